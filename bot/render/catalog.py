"""Every user-visible string, English and Chinese side by side, and the one place
values are escaped for Telegram's HTML.

The strings about sign-ups, about the organizers' tools and about networking are kept in
their own modules (catalog_signups.py, catalog_organizer.py, catalog_networking.py) and
joined here; a key defined twice is an error at import, so one message always has one
definition."""

from __future__ import annotations

import html

from bot.render.catalog_meetings import MEETING_MESSAGES
from bot.render.catalog_networking import NETWORKING_MESSAGES
from bot.render.catalog_organizer import ORGANIZER_MESSAGES
from bot.render.catalog_signups import SIGNUP_MESSAGES
from bot.search import Lang

_GENERAL: dict[str, dict[Lang, str]] = {
    "welcome": {
        "en": "Welcome to the <b>{event}</b>, 24–27 July 2018, Shanghai · Hangzhou · Nanjing · "
        "Kunshan.\n\nAsk me anything about the program, in English or Chinese, e.g. "
        "<i>where is the tourism promotion?</i> or <i>what's on in Nanjing on the 25th?</i>",
        "zh": "欢迎参加<b>{event}</b>（2018年7月24日至27日，上海·杭州·南京·昆山）。\n\n"
        "可以用中文或英文问我日程，例如：<i>旅游推介会几点开始？</i>或<i>7月25日南京有什么活动？</i>",
    },
    "help_intro": {
        "en": "Ask in your own words, e.g. <i>where is the job fair?</i>, or use a command:",
        "zh": "直接用自己的话提问，例如<i>招聘会在哪里？</i>，或使用以下命令：",
    },
    "help_find": {"en": "Finding things", "zh": "查找日程"},
    "help_signup": {"en": "Signing up", "zh": "报名"},
    "help_inform": {"en": "Staying informed", "zh": "提醒与通知"},
    "help_data": {"en": "Your data and this help", "zh": "个人信息与帮助"},
    "help_organizer": {"en": "For organizers", "zh": "主办方专用"},
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
    "more_sessions": {
        "en": "…and {count} more. Narrow it down, e.g. <code>/schedule 25 Nanjing</code> "
        "or <i>Nanjing tomorrow afternoon</i>.",
        "zh": "……另有 {count} 场。可以缩小范围，例如 <code>/schedule 25 南京</code> 或<i>明天下午南京</i>。",
    },
    "next_title": {"en": "Next up:", "zh": "下一场活动："},
    "next_title_in": {"en": "Next up in {city}:", "zh": "{city}的下一场活动："},
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
    "outside": {
        "en": "That is not in the program: the Promotion Week runs from {first} to {last} 2018, "
        "in {cities}, and nothing else is scheduled. /schedule shows the whole program.",
        "zh": "日程里没有这项安排：2018洽谈周于{first}至{last}在{cities}举行，此外没有其他安排。"
        "发送 /schedule 查看完整日程。",
    },
    "theme_title": {
        "en": "Opening-up theme: <b>{theme}</b>\nIts sessions{scope}:",
        "zh": "开放主题：<b>{theme}</b>\n{scope}相关活动：",
    },
    "themes_title": {
        "en": "The five major opening-up activities of the week, with their sessions:",
        "zh": "本届洽谈周的五大开放活动及相关场次：",
    },
    "detail_unstated": {
        "en": "The programme does not give that detail. This is the session you asked about:",
        "zh": "日程里没有这方面的信息。您问的这场活动是：",
    },
    "offer_faq": {
        "en": "I am not sure this is what you are asking. Is it this?",
        "zh": "不确定您问的是不是这个，是吗？",
    },
    "room_unused": {
        "en": "No session of the programme is held in that room. This is the building you named:",
        "zh": "日程里没有在这个厅室举行的活动。您说的场馆是：",
    },
    "offer_venue": {
        "en": "I am not sure which building you mean. Is it this one?",
        "zh": "不确定您说的是哪个场馆，是这个吗？",
    },
    "venue_choice": {
        "en": "Several buildings go by that name. Which one do you mean?",
        "zh": "有几个场馆都叫这个名字，您要找的是哪一个？",
    },
    "agenda_hint": {
        "en": "Your own sign-ups and waitlist places are in /my.",
        "zh": "您报名的场次和候补名次请发送 /my 查看。",
    },
    "suits_you": {
        "en": "Why this session: it matches what you said ({words}).",
        "zh": "推荐理由：与您提到的“{words}”相符。",
    },
    "duration": {"en": "{hours} h {minutes} min", "zh": "{hours}小时{minutes}分钟"},
    "duration_hours": {"en": "{hours} h", "zh": "{hours}小时"},
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
    "venues_title": {"en": "Venues of the Promotion Week:", "zh": "洽谈周各场馆："},
    "venues_hint": {
        "en": "Ask about a session (“where is the tourism promotion?”) or send "
        "<code>/venue Expo Center</code> for an address, the sessions there and a map pin.",
        "zh": "可以问具体活动（例如“旅游推介会在哪里”），或发送 "
        "<code>/venue 国际博览中心</code> 查看地址、在该场馆举行的活动和地图。",
    },
    "venue_usage": {
        "en": "Which venue? For example <code>/venue Expo Center</code>. Venues:",
        "zh": "请告诉我场馆名称，例如 <code>/venue 国际博览中心</code>。场馆列表：",
    },
    "words_not_read": {
        "en": "I couldn't read “{words}” as a day, time or city, so here is plain {command}:",
        "zh": "无法把“{words}”识别为日期、时间或城市，以下是 {command} 的结果：",
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
    "private_only": {
        "en": "To keep it private, I answer that only in a private chat: {link}",
        "zh": "为保护隐私，此功能只在私聊中使用，请私信我：{link}",
    },
    "stale_button": {
        "en": "That button is out of date. Please ask again.",
        "zh": "该按钮已失效，请重新提问。",
    },
    # sign-ups
    "slow_down": {
        "en": "You're sending messages faster than I can read them. I'll answer again "
        "in a few seconds.",
        "zh": "您发送消息太快了，请稍等几秒钟，我再继续回答。",
    },
    "error": {
        "en": "Sorry, something went wrong on my side. Please try again in a moment.",
        "zh": "抱歉，系统出了点问题，请稍后再试。",
    },
}


def _joined(*parts: dict[str, dict[Lang, str]]) -> dict[str, dict[Lang, str]]:
    joined: dict[str, dict[Lang, str]] = {}
    for part in parts:
        twice = joined.keys() & part.keys()
        if twice:
            raise ValueError(f"messages defined twice: {sorted(twice)}")
        joined.update(part)
    return joined


MESSAGES = _joined(
    _GENERAL, SIGNUP_MESSAGES, ORGANIZER_MESSAGES, NETWORKING_MESSAGES, MEETING_MESSAGES
)


def escape(text: str) -> str:
    return html.escape(text, quote=False)


class Markup(str):
    """Text that is already safe HTML (built by these functions): not escaped again."""


def message(key: str, lang: Lang, **values: str) -> str:
    """A catalog message; values are escaped here so callers cannot forget."""
    safe = {k: v if isinstance(v, Markup) else escape(v) for k, v in values.items()}
    return MESSAGES[key][lang].format(**safe)
