"""The command table: every slash command, defined once.

PTB's CommandHandlers, the per-language menus (delegates' and organizers'), `/help` and
the dispatch of a typed "/name words" all come from this table. Adding a command is one
entry here plus one ChatCommands method.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal

from bot.chat_commands import ChatCommands
from bot.delegate import Delegate, Lang
from bot.reply import Reply

# /help shows the groups in the order the table first uses them.
Group = Literal["find", "signup", "meet", "inform", "data", "organizer"]
Run = Callable[[ChatCommands, Delegate, str], Awaitable[Reply]]


@dataclass(frozen=True)
class Command:
    name: str
    group: Group  # organizers' commands are listed and offered to organizers only
    en: str  # menu text, also the help line
    zh: str
    run: Run
    args_en: str = ""  # what may follow the name, as /help shows it
    args_zh: str = ""
    listed: bool = True  # in the menus and /help
    # The questions its reply may open: name and organization, or an announcement's text.
    conversation: Literal["profile_questions", "announcement"] | None = None
    ends_conversation: bool = False
    # Answered in a group chat too: the program, nothing about anyone. The rest (sign-ups,
    # profile, agenda, reminders, organizers' tools) only in a private chat.
    in_groups: bool = False

    def describe(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en

    def usage(self, lang: Lang) -> str:
        args = self.args_zh if lang == "zh" else self.args_en
        return f"/{self.name} {args}" if args else f"/{self.name}"

    @property
    def for_organizers(self) -> bool:
        return self.group == "organizer"


C = ChatCommands
COMMANDS: tuple[Command, ...] = (
    Command(
        "schedule", "find", "The program, by day or city", "日程（可按日期或城市）", C.schedule,
        args_en="[day|city]", args_zh="[日期|城市]", in_groups=True,
    ),
    Command("today", "find", "Today's sessions", "今天的活动", C.today, in_groups=True),
    Command("next", "find", "What's next", "下一场活动", C.next_up, in_groups=True),
    Command(
        "themes", "find", "The five opening-up themes", "五大开放主题", C.themes, in_groups=True
    ),
    Command(
        "venue", "find", "Where a venue is, with a map", "场馆位置和地图", C.venue,
        args_en="<name>", args_zh="<名称>", in_groups=True,
    ),
    Command(
        "signup", "signup", "Sign up for a session", "报名活动", C.signup,
        args_en="<session>", args_zh="<活动>", conversation="profile_questions",
    ),
    Command("my", "signup", "My sign-ups and calendar", "我的报名和日历", C.my),
    Command(
        "cancel", "signup", "Cancel a sign-up", "取消报名", C.cancel,
        args_en="<session>", args_zh="<活动>",
    ),
    Command(
        "network", "meet", "Meet the right people (opt in)", "对接洽谈（自愿加入）", C.network,
        args_en="[off|on]", args_zh="[off|on]", conversation="profile_questions",
    ),
    Command("matches", "meet", "People to meet", "推荐洽谈对象", C.matches),
    Command(
        "reminders", "inform", "When to remind me", "提醒时间设置", C.reminders,
        args_en="[minutes|off]", args_zh="[分钟|off]",
    ),
    Command("subscribe", "inform", "Daily program at 08:00", "每天 8:00 推送日程", C.subscribe),
    Command("unsubscribe", "inform", "Stop the daily program", "取消每日推送", C.unsubscribe),
    Command("news", "inform", "Recent announcements", "最新通知", C.news, in_groups=True),
    Command(
        "profile", "data", "My name and organization", "我的姓名和单位", C.profile,
        conversation="profile_questions",
    ),
    Command("forget", "data", "Delete my data", "删除我的数据", C.forget),
    Command("help", "data", "What I can do", "使用帮助", C.help, in_groups=True),
    Command("start", "data", "Welcome", "欢迎", C.start, in_groups=True),
    Command(
        "broadcast", "organizer", "Send an announcement", "发送通知", C.broadcast,
        args_en="[text]", args_zh="[内容]", conversation="announcement",
    ),
    Command(
        "broadcasts", "organizer", "Recent announcements and delivery", "最近的通知和发送进度",
        C.broadcasts,
    ),
    Command(
        "attendees", "organizer", "Who signed up for a session", "活动报名名单", C.attendees,
        args_en="<session>", args_zh="<活动>",
    ),
    Command(
        "stats", "organizer", "Sign-ups and networking figures", "报名和对接统计", C.stats
    ),
    Command("reload", "organizer", "Load the edited program", "重新加载日程", C.reload),
    # Leaves the sign-up questions or the announcement being written: offered in those
    # prompts rather than in the menu.
    Command(
        "stop", "data", "Stop what you started", "中止当前操作", C.stop,
        listed=False, ends_conversation=True,
    ),
)  # fmt: skip

BY_NAME: dict[str, Command] = {command.name: command for command in COMMANDS}


def split_command(text: str) -> tuple[str, str]:
    """ "/schedule 25" -> ("schedule", "25"); any white space separates, "@bot" is dropped."""
    name, *rest = text[1:].split(maxsplit=1) or [""]
    return name.split("@")[0].lower(), (rest[0].strip() if rest else "")


def starting(conversation: Literal["profile_questions", "announcement"]) -> list[Command]:
    return [c for c in COMMANDS if c.conversation == conversation]


def listed(organizer: bool) -> list[Command]:
    """The commands a delegate (or an organizer) is offered, in menu order."""
    return [c for c in COMMANDS if c.listed and (organizer or not c.for_organizers)]
