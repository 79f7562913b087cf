"""Reads the time part of a question: a day, a part of the day, or "now" / "next".

Works on normalised text (see textnorm.normalize) and returns the text with the
recognised words cut out, so the rest can be matched against session topics.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from bot.patterns import Bilingual, bilingual
from bot.textnorm import zh_number

PartOfDay = Literal["morning", "afternoon", "evening"]
Moment = Literal["now", "next"]

_MONTHS = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_WEEKDAYS = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}
_ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}

_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_NAMES = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
# "the sun sets", "sunscreen": the star, not Sunday
_NOT_SUNDAY = (
    r"(?<!\bthe sun)(?<!\ba sun)"
    r"(?!(?<=\bsun)\s*(?:set|rise|shine|light|glasses|screen|burn|block|cream))"
)
_ZH_NUMBER = r"[0-9]{1,2}|[一二三四五六七八九十]{1,3}"
# A part of every day ("in the mornings", 每天下午): not only today's
EVERY_DAY = bilingual(
    r"\b(?:mornings|afternoons|evenings|every (?:day|morning|afternoon))\b|每天|每日|天天"
)


@dataclass(frozen=True)
class TimeFilter:
    day: date | None = None
    part: PartOfDay | None = None
    moment: Moment | None = None

    @property
    def empty(self) -> bool:
        return self.day is None and self.part is None and self.moment is None


@dataclass
class _Reading:
    today: date
    event_days: list[date]
    day: date | None = None
    day_at: int = -1  # where in the text the day was named: the last one named wins
    first_day_at: int = -1  # where the first day was named
    part: PartOfDay | None = None
    part_at: int = -1
    moment: Moment | None = None
    asked_parts: int = 0

    def in_event_month(self, day_of_month: int, month: int | None = None) -> date | None:
        year = self.event_days[0].year if self.event_days else self.today.year
        default_month = self.event_days[0].month if self.event_days else self.today.month
        try:
            return date(year, month or default_month, day_of_month)
        except ValueError:
            return None

    def weekday(self, weekday: int) -> date:
        for day in self.event_days:
            if day.weekday() == weekday:
                return day
        return self.today + timedelta(days=(weekday - self.today.weekday()) % 7)

    def nth_event_day(self, n: int) -> date | None:
        if not self.event_days:
            return None
        return self.event_days[n - 1] if 1 <= n <= len(self.event_days) else None


Rule = tuple[re.Pattern[str] | Bilingual, Callable[[_Reading, re.Match[str]], None]]


def _set_day(
    value: Callable[[_Reading, re.Match[str]], date | None],
) -> Callable[[_Reading, re.Match[str]], None]:
    def apply(reading: _Reading, match: re.Match[str]) -> None:
        # "I arrived yesterday; what is on today?": the day asked about comes last
        if reading.first_day_at < 0 or match.start() < reading.first_day_at:
            reading.first_day_at = match.start()
        if reading.day is None or match.start() > reading.day_at:
            day = value(reading, match)
            if day is not None or reading.day is None:
                reading.day, reading.day_at = day, match.start()

    return apply


def _set_moment(value: Moment) -> Callable[[_Reading, re.Match[str]], None]:
    def apply(reading: _Reading, match: re.Match[str]) -> None:
        reading.moment = value

    return apply


def _set_part(value: PartOfDay) -> Callable[[_Reading, re.Match[str]], None]:
    def apply(reading: _Reading, match: re.Match[str]) -> None:
        if reading.part != value:
            reading.asked_parts += 1
        reading.part, reading.part_at = value, match.start()

    return apply


def _dotted(reading: _Reading, match: re.Match[str]) -> date | None:
    month, day = int(match[1]), int(match[2])
    event_month = reading.event_days[0].month if reading.event_days else reading.today.month
    return reading.in_event_month(day, month) if month == event_month else None


def _name_day(reading: _Reading, day: date, position: int) -> None:
    """A day named at `position`: the last one named is the day asked about."""
    if reading.first_day_at < 0 or position < reading.first_day_at:
        reading.first_day_at = position
    if reading.day is None or position > reading.day_at:
        reading.day, reading.day_at = day, position


def _tonight(reading: _Reading, match: re.Match[str]) -> None:
    _name_day(reading, reading.today, match.start())
    reading.part, reading.part_at = "evening", match.start()


def _tomorrow_evening(reading: _Reading, match: re.Match[str]) -> None:
    _name_day(reading, reading.today + timedelta(days=1), match.start())
    reading.part, reading.part_at = "evening", match.start()


def _whole_week(reading: _Reading, match: re.Match[str]) -> None:
    """ "…this morning; what is on in Kunshan this week?": the week named last spans every
    day, so a day or part of the day named before it no longer filters."""
    if match.start() > reading.day_at:
        reading.day, reading.day_at = None, match.start()
    if match.start() > reading.part_at:
        reading.part, reading.part_at = None, match.start()


def _trip_told(reading: _Reading, match: re.Match[str]) -> None:
    """ "我昨天刚从永州坐高铁到上海…", "landed this morning", "my partner went to Hangzhou
    yesterday", "tomorrow I fly home": when the teller or theirs travel is their story, not
    the time asked about; the words are taken and set nothing."""


def _ordinal_day(reading: _Reading, match: re.Match[str]) -> date | None:
    n = _ORDINALS.get(match.group("n"), 0) or (4 if match.group("n") in {"last", "final"} else 0)
    return reading.nth_event_day(n) if n else None


_RULES: list[Rule] = [
    (  # first, so that its day and part words are gone before the rules below read them
        bilingual(
            r"(?:昨天|前天|昨晚|今早|今天早上|今天上午)(?:晚上|早上|下午)?(?:刚刚?|才)?"
            r"(?:从[^，,。？?\s]{1,6})?(?:坐[^，,。？?\s]{1,6})?(?:到了?|抵达|来到|飞到|落地|下飞机)"
            r"|\b(?:landed|arrived|got in|flew in)(?: [a-z]+){0,2} (?:this morning|yesterday|last night)\b"
            r"|\b(?:went|left|came|flew|drove) (?:to |back to |home to )?[a-z]+ (?:yesterday|last night)\b"
            r"|\b(?:yesterday|last night) (?:i|we) (?:was|were|went)\b"
            r"|\b(?:tomorrow|tmrw|tmr) (?:i|we) (?:fly|go|leave|head)(?: back)? home\b"
            r"|\b(?:yesterday|last night|this morning) (?:i|we) (?:landed|arrived|got in|flew in)\b"
        ),
        _trip_told,
    ),
    (
        bilingual(r"(?<![0-9])(20[0-9]{2})[-/.](\d{1,2})[-/.](\d{1,2})(?![0-9])"),
        _set_day(lambda r, m: r.in_event_month(int(m[3]), int(m[2]))),
    ),
    (
        bilingual(rf"(?:({_ZH_NUMBER})\s*月\s*)({_ZH_NUMBER})\s*(?:日|号|號)?"),
        _set_day(lambda r, m: r.in_event_month(zh_number(m[2]), zh_number(m[1]))),
    ),
    (
        # "25号" is a day, "3号会议室" a room: after 号 only a break, a day word or one of
        # the event's cities may follow (25号杭州下午; 最后一日, 第一日 are days of the
        # event, not the 1st)
        bilingual(
            rf"(?<!最后)(?<!第)({_ZH_NUMBER})\s*(?:日|号|號)"
            r"(?:(?![^\W\d_有的上下晚早中傍凌全整白那当在是开举活安找去参想要看还都也])|(?=杭州|南京|昆山|花桥))"
            # 号 typed by its sound (hao) before asking what is on: 28好还有会没
            rf"|(?<!最后)(?<!第)({_ZH_NUMBER})\s*好(?=还有|有没有|有会|有啥|有什么|有活动)"
        ),
        _set_day(lambda r, m: r.in_event_month(zh_number(m[1] or m[2]))),
    ),
    (
        bilingual(rf"\b(?P<month>{_MONTH_NAMES})\.?\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"),
        _set_day(lambda r, m: r.in_event_month(int(m["day"]), _MONTHS[m["month"]])),
    ),
    (
        bilingual(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTH_NAMES})\b"),
        _set_day(lambda r, m: r.in_event_month(int(m[1]))),
    ),
    (
        bilingual(r"(?<![0-9:])(\d{1,2})\s*/\s*(\d{1,2})(?![0-9:])"),
        _set_day(
            lambda r, m: (
                r.in_event_month(int(m[2]), int(m[1]))
                if int(m[1]) <= 12
                else r.in_event_month(int(m[1]), int(m[2]))
            )
        ),
    ),
    # 7.25 is a date only in the event's month: "2.5 hours" is not the 5th of February
    (bilingual(r"(?<![0-9:.])(\d{1,2})\.(\d{1,2})(?![0-9:.])"), _set_day(_dotted)),
    (bilingual(r"^\s*(\d{1,2})\s*$"), _set_day(lambda r, m: r.in_event_month(int(m[1])))),
    (
        bilingual(r"\b(?P<n>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+day\b"),
        _set_day(_ordinal_day),
    ),
    (bilingual(r"\bday\s+([1-4])\b"), _set_day(lambda r, m: r.nth_event_day(int(m[1])))),
    (
        bilingual(r"\b(\d{1,2})(?:st|nd|rd|th)\b"),
        _set_day(lambda r, m: r.in_event_month(int(m[1]))),
    ),
    (
        # "the 25": a day; "the 15 minutes meeting", "the 20 tables" count something else
        bilingual(
            r"\b(?:on|the)\s+(\d{1,2})\b(?!\s*(?:am|pm|:|点|h\b))"
            r"(?![\s-]*(?:minutes?|mins?|hours?|hrs?|days?|people|persons|pax|tables?|seats?"
            r"|companies|firms|booths?|slots?|percent|%|km|kg)\b)"
        ),
        _set_day(lambda r, m: r.in_event_month(int(m[1]))),
    ),
    (
        bilingual(r"大后天|大後天|大后日"),  # before 后天, which it holds
        _set_day(lambda r, m: r.today + timedelta(days=3)),
    ),
    (
        bilingual(r"\bday after tomorrow\b|后天|後天"),
        _set_day(lambda r, m: r.today + timedelta(days=2)),
    ),
    (
        bilingual(r"\b(?:tomorrow|tmr|tmrw|tommorow|tomorow|tommorrow)\b|明天|明日"),
        _set_day(lambda r, m: r.today + timedelta(days=1)),
    ),
    (bilingual(r"\byesterday\b|昨天|昨日"), _set_day(lambda r, m: r.today - timedelta(days=1))),
    (bilingual(r"\btomorrow (?:evening|night)\b|明晚|明天晚上"), _tomorrow_evening),
    (bilingual(r"\btonight\b|今晚"), _tonight),
    (
        # "this afternoon": the day goes here, "afternoon" stays for the part-of-day rule
        bilingual(r"\b(?:today|todays|this(?=\s+(?:morning|afternoon|evening)\b))\b|今天|今日"),
        _set_day(lambda r, m: r.today),
    ),
    (  # "fri am", "wed pm": a weekday with its half of the day
        bilingual(r"(?<=\b(?:mon|tue|wed|thu|fri|sat|sun)) am\b|(?<=day) am\b"),
        _set_part("morning"),
    ),
    (
        bilingual(rf"\b(?:{_WEEKDAY_NAMES})\b{_NOT_SUNDAY}"),
        _set_day(lambda r, m: r.weekday(_WEEKDAYS[m[0]])),
    ),
    (
        bilingual(
            r"(?<!洽谈)(?:周|星期|礼拜|禮拜)([一二三四五六日天])(?!共)"
        ),  # 洽谈周一共: no Monday
        _set_day(lambda r, m: r.weekday(_ZH_WEEKDAYS[m[1]])),
    ),
    (
        bilingual(r"第\s*([1-4一二三四])\s*[天日]"),
        _set_day(lambda r, m: r.nth_event_day(zh_number(m[1]))),
    ),
    (bilingual(r"首日|第一[天日]|头一?[天日]|开幕当天"), _set_day(lambda r, m: r.nth_event_day(1))),
    (
        bilingual(r"最后一[天日]|闭幕(?![式礼典])"),
        _set_day(lambda r, m: r.nth_event_day(len(r.event_days))),
    ),
    (
        bilingual(r"\bmornings?\b|\b\d{1,2}\s*(?:am|a\.m\.)|上午|早上|早晨|上半天"),
        _set_part("morning"),
    ),
    (  # "after 6pm", "7:30 pm", "after dinner", 晚饭后
        bilingual(
            r"\b(?:[6-9]|1[01])(?::\d\d)?\s*(?:pm|p\.m\.)|\bafter dinner\b|晚饭后|晚餐后|吃完晚饭"
        ),
        _set_part("evening"),
    ),
    (bilingual(r"\bafternoons?\b|\b\d{1,2}\s*(?:pm|p\.m\.)|下午|下半天"), _set_part("afternoon")),
    (bilingual(r"\b(?:evenings?|nights?|tonight)\b|晚上|晚间|今晚|明晚"), _set_part("evening")),
    (
        bilingual(
            r"\b(?:next|upcoming|coming up|after this|up next|afterwards|soon|later)\b"
            r"|下一个|下一场|下一项|下一|下个|接下来|即将|马上|稍后|之后"
        ),
        _set_moment("next"),
    ),
    (
        bilingual(
            r"\b(?:now|right now|currently|at (?:the|this) moment|ongoing|in progress|happening now)\b"
            r"|现在|正在|目前|此刻|当前|这会儿"
        ),
        _set_moment("now"),
    ),
]


# Applied after every other rule: it compares its place with the day and part they found.
_RULES.append(
    (
        bilingual(
            r"\b(?:this|the whole|all|all of this) week\b|本周|这周|这星期|这礼拜|整周|这一周"
        ),
        _whole_week,
    )
)


def read_time(text: str, today: date, event_days: list[date]) -> tuple[TimeFilter, str]:
    """Finds the time words in `text`; returns the filter and the text without them."""
    reading = _Reading(today=today, event_days=event_days)
    for pattern, apply in _RULES:

        def replace(match: re.Match[str], apply=apply) -> str:
            apply(reading, match)
            return " " * len(match.group())  # the same length: later positions still compare

        text = pattern.sub(replace, text)
    moment = reading.moment
    if reading.part is not None and reading.asked_parts > 1:
        reading.part = None  # "morning or afternoon?" asks which, it does not filter
    if reading.part is not None and 0 <= reading.first_day_at < reading.part_at < reading.day_at:
        reading.part = None  # "I arrive Wednesday evening; when is it on Thursday?"
    if reading.day is not None and moment == "now":
        moment = None  # "what's on now, on the 26th?" asks about the day, not this minute
    return TimeFilter(day=reading.day, part=reading.part, moment=moment), " ".join(text.split())
