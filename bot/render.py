"""Turns answers and sessions into replies, in English or Chinese, in one place.

Every user-visible string lives in MESSAGES with both languages side by side, so the two
stay in step; every value from data or from a user goes through `escape`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from itertools import groupby

from bot import buttons
from bot.program import City, FaqEntry, Program, Session
from bot.reply import Button, Reply, VenuePin
from bot.search import Answer, Lang

MESSAGES: dict[str, dict[Lang, str]] = {
    "welcome": {
        "en": "Welcome to the <b>{event}</b>, 24–27 July 2018, Shanghai · Hangzhou · Nanjing · "
        "Kunshan.\n\nAsk me anything about the program, in English or Chinese, e.g. "
        "<i>where is the tourism promotion?</i> or <i>what's on in Nanjing on the 25th?</i>",
        "zh": "欢迎参加<b>{event}</b>（2018年7月24日至27日，上海·杭州·南京·昆山）。\n\n"
        "可以用中文或英文问我日程，例如：<i>旅游推介会几点开始？</i>或<i>7月25日南京有什么活动？</i>",
    },
    "help": {
        "en": "Ask in your own words, or use:\n"
        "/schedule [day|city] – the program, e.g. <code>/schedule 25</code>, "
        "<code>/schedule Nanjing</code>\n/today – today's sessions\n/next – what's next\n"
        "/venue &lt;name&gt; – where a venue is, with a map pin\n/help – this message",
        "zh": "直接用自己的话提问，或使用命令：\n"
        "/schedule [日期|城市] – 日程，例如 <code>/schedule 25</code>、<code>/schedule 南京</code>\n"
        "/today – 今天的活动\n/next – 下一场活动\n/venue &lt;名称&gt; – 场馆位置和地图\n"
        "/help – 显示本帮助",
    },
    "nothing_found": {
        "en": "Sorry, I couldn't find anything about that in the program. I can answer questions "
        "about the sessions, venues and times of the Promotion Week. Try /schedule for the "
        "whole program.",
        "zh": "抱歉，日程里没有找到相关内容。我可以回答洽谈周各场活动的时间、地点等问题。"
        "发送 /schedule 查看完整日程。",
    },
    "greeting": {
        "en": "Hello! Ask me about the program, e.g. <i>what's next?</i> or "
        "<i>where is the job fair?</i> /help lists the commands.",
        "zh": "您好！可以问我日程，例如<i>下一场活动是什么？</i>或<i>招聘会在哪里？</i>发送 /help 查看命令。",
    },
    "suggest": {"en": "Did you mean one of these?", "zh": "您要找的是以下哪一场？"},
    "empty_list": {"en": "No sessions {scope}.", "zh": "{scope}没有安排活动。"},
    "list_title": {"en": "Sessions {scope}:", "zh": "{scope}的活动："},
    "whole_program": {"en": "The whole program:", "zh": "全部日程："},
    "next_title": {"en": "Next up:", "zh": "下一场活动："},
    "no_next": {
        "en": "There are no more sessions: the Promotion Week has ended.",
        "zh": "后面没有活动了：本届洽谈周已经结束。",
    },
    "now_title": {"en": "On right now:", "zh": "正在进行："},
    "nothing_now": {"en": "Nothing is on right now.", "zh": "现在没有正在进行的活动。"},
    "coming_next": {"en": "Coming next:", "zh": "接下来："},
    "outside_event": {
        "en": "The Promotion Week runs from {first} to {last}.",
        "zh": "洽谈周的日期是{first}至{last}。",
    },
    "when": {"en": "When:", "zh": "时间："},
    "where": {"en": "Where:", "zh": "地点："},
    "address": {"en": "Address:", "zh": "地址："},
    "map_button": {"en": "📍 Map", "zh": "📍 地图"},
    "details_button": {"en": "Details", "zh": "详情"},
    "venue_title": {
        "en": "{venue}\n{address}\n\nSessions here:",
        "zh": "{venue}\n{address}\n\n在此举行的活动：",
    },
    "venue_unknown": {
        "en": "I don't know a venue called “{name}”. Venues:",
        "zh": "没有找到名为“{name}”的场馆。场馆列表：",
    },
    "venue_usage": {
        "en": "Which venue? For example <code>/venue Expo Center</code>. Venues:",
        "zh": "请告诉我场馆名称，例如 <code>/venue 国际博览中心</code>。场馆列表：",
    },
    "schedule_unknown": {
        "en": "I don't understand “{arg}” as a day or a city.",
        "zh": "无法把“{arg}”识别为日期或城市。",
    },
    "unknown_command": {
        "en": "I don't know the command {command}. Here is what I can do:",
        "zh": "没有 {command} 这个命令。可用的命令如下：",
    },
    "not_text": {
        "en": "I can only read text messages. Ask me about the program in words, "
        "e.g. <i>what's on tomorrow?</i>",
        "zh": "我只能读文字消息。请用文字提问，例如：<i>明天有什么活动？</i>",
    },
    "too_long": {
        "en": "That message is very long; I read only its beginning.",
        "zh": "消息太长，我只读了开头部分。",
    },
    "stale_button": {
        "en": "That button is out of date. Please ask again.",
        "zh": "该按钮已失效，请重新提问。",
    },
    "error": {
        "en": "Sorry, something went wrong on my side. Please try again in a moment.",
        "zh": "抱歉，系统出了点问题，请稍后再试。",
    },
}

# The command menu Telegram shows next to the text field, per language.
COMMAND_MENU: tuple[tuple[str, str, str], ...] = (
    ("schedule", "The program, by day or city", "日程（可按日期或城市）"),
    ("today", "Today's sessions", "今天的活动"),
    ("next", "What's next", "下一场活动"),
    ("venue", "Where a venue is, with a map", "场馆位置和地图"),
    ("help", "What I can do", "使用帮助"),
    ("start", "Welcome", "欢迎"),
)

_WEEKDAYS: dict[Lang, Sequence[str]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "zh": ("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def message(key: str, lang: Lang, **values: str) -> str:
    """A catalog message; values are escaped here so callers cannot forget."""
    return MESSAGES[key][lang].format(**{k: escape(v) for k, v in values.items()})


# ---------------------------------------------------------------- small pieces


def format_day(day: date, lang: Lang) -> str:
    if lang == "zh":
        return f"{day.month}月{day.day}日（{_WEEKDAYS['zh'][day.weekday()]}）"
    return f"{_WEEKDAYS['en'][day.weekday()]} {day.day} {_MONTHS_EN[day.month - 1]}"


def format_hours(session: Session) -> str:
    return f"{session.start:%H:%M}–{session.end:%H:%M}"


def title(session: Session, lang: Lang) -> str:
    return session.title_zh if lang == "zh" else session.title


def venue(session: Session, lang: Lang) -> str:
    return session.venue_zh if lang == "zh" else session.venue


def address(session: Session, lang: Lang) -> str:
    return session.address_zh if lang == "zh" else session.address


def city_name(city: City | None, lang: Lang, program: Program | None = None, name: str = "") -> str:
    if city is None and program is not None:
        city = program.city(name)
    if city is None:
        return name
    return city.name_zh if lang == "zh" else city.name


def venue_pin(session: Session, lang: Lang) -> VenuePin:
    return VenuePin(
        session.latitude, session.longitude, venue(session, lang), address(session, lang)
    )


def session_button(session: Session, lang: Lang) -> Button:
    label = f"{session.start:%d/%m %H:%M} {title(session, lang)}"
    return Button(label[:60], buttons.encode("session", session.id))


# ---------------------------------------------------------------- sessions


def session_card(session: Session, lang: Lang, program: Program, intent: str = "info") -> Reply:
    """One session. A "when" question leads with the time, a "where" question with the place."""
    when = f"{format_day(session.day, lang)} {format_hours(session)}"
    city = city_name(None, lang, program, session.city)
    comma = "，" if lang == "zh" else ", "
    where = f"{escape(venue(session, lang))}{comma}{escape(city)}"
    lines_when = f"🕘 <b>{message('when', lang)}</b> {when}"
    lines_where = (
        f"📍 <b>{message('where', lang)}</b> {where}\n"
        f"🏢 <b>{message('address', lang)}</b> {escape(address(session, lang))}"
    )
    heading = f"<b>{escape(title(session, lang))}</b>"
    body = [lines_where, lines_when] if intent == "where" else [lines_when, lines_where]
    description = session.description_zh if lang == "zh" else session.description
    parts = [heading, *body]
    if description:
        parts.append(f"\n{escape(description)}")
    keyboard = ((Button(message("map_button", lang), buttons.encode("where", session.id)),),)
    pin = venue_pin(session, lang) if intent == "where" else None
    return Reply("\n".join(parts), keyboard, pin)


def session_line(session: Session, lang: Lang, program: Program, with_day: bool = False) -> str:
    day = f"{format_day(session.day, lang)} " if with_day else ""
    city = city_name(None, lang, program, session.city)
    return (
        f"• {day}{format_hours(session)} <b>{escape(title(session, lang))}</b>\n"
        f"   {escape(city)} · {escape(venue(session, lang))}"
    )


def agenda(sessions: Iterable[Session], lang: Lang, program: Program) -> str:
    """Sessions grouped under their day, in time order."""
    blocks = []
    for day, group in groupby(sorted(sessions, key=lambda s: (s.start, s.id)), key=lambda s: s.day):
        lines = "\n".join(session_line(s, lang, program) for s in group)
        blocks.append(f"<b>{format_day(day, lang)}</b>\n{lines}")
    return "\n\n".join(blocks)


def session_keyboard(sessions: Iterable[Session], lang: Lang) -> tuple[tuple[Button, ...], ...]:
    return tuple((session_button(s, lang),) for s in sessions)


# ---------------------------------------------------------------- answers


def render_answer(answer: Answer, program: Program, now: datetime) -> Reply:
    lang = answer.lang
    if answer.kind == "session":
        return session_card(answer.sessions[0], lang, program, answer.intent)
    if answer.kind == "faq" and answer.faq is not None:
        return faq_reply(answer.faq, lang)
    if answer.kind == "suggest":
        return Reply(message("suggest", lang), session_keyboard(answer.sessions, lang))
    if answer.kind == "list":
        return list_reply(answer, program, now)
    if answer.kind == "greeting":
        return Reply(message("greeting", lang))
    return Reply(message("nothing_found", lang))


def faq_reply(entry: FaqEntry, lang: Lang) -> Reply:
    question, text = (
        (entry.question_zh, entry.answer_zh) if lang == "zh" else (entry.question, entry.answer)
    )
    return Reply(f"<b>{escape(question)}</b>\n{escape(text)}")


_PARTS_OF_DAY = {
    "morning": ("in the morning", "上午"),
    "afternoon": ("in the afternoon", "下午"),
    "evening": ("in the evening", "晚上"),
}


def list_scope(answer: Answer) -> str:
    """ "in Nanjing on Wed 25 Jul" / "南京7月25日（周三）" """
    lang = answer.lang
    zh = lang == "zh"
    parts = []
    if answer.city:
        parts.append(city_name(answer.city, lang) if zh else f"in {answer.city.name}")
    if answer.time.day:
        day = format_day(answer.time.day, lang)
        parts.append(day if zh else f"on {day}")
    if answer.time.part:
        parts.append(_PARTS_OF_DAY[answer.time.part][1 if zh else 0])
    return ("" if zh else " ").join(parts)


def list_reply(answer: Answer, program: Program, now: datetime) -> Reply:
    lang = answer.lang
    sessions = answer.sessions
    keyboard = session_keyboard(sessions, lang)
    if answer.time.moment == "next":
        if not sessions:
            return Reply(message("no_next", lang))
        return Reply(
            f"{message('next_title', lang)}\n\n{agenda(sessions, lang, program)}", keyboard
        )
    if answer.time.moment == "now":
        if sessions:
            return Reply(
                f"{message('now_title', lang)}\n\n{agenda(sessions, lang, program)}", keyboard
            )
        text = message("nothing_now", lang)
        if answer.upcoming:
            text += (
                f"\n\n{message('coming_next', lang)}\n\n{agenda(answer.upcoming, lang, program)}"
            )
        return Reply(text, session_keyboard(answer.upcoming, lang))
    scope = list_scope(answer)
    title = message("list_title", lang, scope=scope) if scope else message("whole_program", lang)
    if not sessions:
        text = message("empty_list", lang, scope=scope)
        days = program.days()
        if answer.time.day and days and not days[0] <= answer.time.day <= days[-1]:
            text += " " + message(
                "outside_event",
                lang,
                first=format_day(days[0], lang),
                last=format_day(days[-1], lang),
            )
        return Reply(text)
    return Reply(f"{title}\n\n{agenda(sessions, lang, program)}", keyboard)


def venue_reply(sessions: Sequence[Session], lang: Lang, program: Program) -> Reply:
    first = sessions[0]
    same_hall = len({s.venue for s in sessions}) == 1
    place = (
        venue(first, lang) if same_hall else (first.building_zh if lang == "zh" else first.building)
    )
    heading = message("venue_title", lang, venue=place, address=address(first, lang))
    lines = "\n".join(session_line(s, lang, program, with_day=True) for s in sessions)
    return Reply(f"{heading}\n{lines}", session_keyboard(sessions, lang), venue_pin(first, lang))


def venue_list(program: Program, lang: Lang) -> str:
    names = dict.fromkeys(
        f"{venue(s, lang)} ({city_name(None, lang, program, s.city)})" for s in program.sessions
    )
    return "\n".join(f"• {escape(name)}" for name in names)
