"""read_time: the day, part of day and now/next in a question, in English and Chinese."""

from __future__ import annotations

from datetime import date

import pytest

from bot.textnorm import normalize
from bot.when import TimeFilter, read_time
from tests.helpers_core import EVENT_DAYS

TUE_24 = date(2018, 7, 24)  # the first event day, a Tuesday
JUL = {day: date(2018, 7, day) for day in range(1, 32)}


def read(text: str, today: date = TUE_24, event_days: list[date] | None = None):
    days = EVENT_DAYS if event_days is None else event_days
    return read_time(normalize(text), today, days)


# (question, expected day, words that must be gone from the rest)
DAYS = [
    ("what's on July 25", JUL[25], ["july", "25"]),
    ("what's on july 25th", JUL[25], ["july", "25"]),
    ("sessions on jul. 26", JUL[26], ["jul", "26"]),
    ("25 july agenda", JUL[25], ["july", "25"]),
    ("schedule for 24th of july", JUL[24], ["july", "24"]),
    ("what's on the 25th", JUL[25], ["25"]),
    ("anything on the 25th?", JUL[25], ["25"]),
    ("on the 26", JUL[26], ["26"]),
    ("25th", JUL[25], ["25"]),
    ("7月25日有什么活动", JUL[25], ["7", "25", "月", "日"]),
    ("七月二十五日", JUL[25], ["七", "二十五"]),
    ("25号的活动", JUL[25], ["25", "号"]),
    ("26號有什麼", JUL[26], ["26", "號"]),
    ("二十六号有什么", JUL[26], ["二十六", "号"]),
    ("25日下午", JUL[25], ["25", "日"]),
    ("events 7/25", JUL[25], ["7/25"]),
    ("events 25/7", JUL[25], ["25/7"]),
    ("events 7 / 26", JUL[26], ["26"]),
    ("agenda 2018-07-26", JUL[26], ["2018", "07", "26"]),
    ("agenda 2018/07/26", JUL[26], ["2018", "26"]),
    ("2018.07.27 schedule", JUL[27], ["2018", "27"]),
    ("周三有什么活动", JUL[25], ["周三"]),
    ("星期三的活动", JUL[25], ["星期三"]),
    ("礼拜五", JUL[27], ["礼拜五"]),
    ("wednesday", JUL[25], ["wednesday"]),
    ("what's on Thursday?", JUL[26], ["thursday"]),
    ("fri sessions", JUL[27], ["fri"]),
    ("day 2", JUL[25], ["day", "2"]),
    ("program for day 4", JUL[27], ["day", "4"]),
    ("first day", JUL[24], ["first", "day"]),
    ("last day", JUL[27], ["last", "day"]),
    ("the final day", JUL[27], ["final", "day"]),
    ("第二天有什么", JUL[25], ["第二天"]),
    ("第3天", JUL[26], ["第3天"]),
    ("首日活动", JUL[24], ["首日"]),
    ("最后一天", JUL[27], ["最后一天"]),
    ("最後一日喺昆山", JUL[27], ["最后一日"]),  # not the 1st: the event's last day
    ("第一日", JUL[24], ["第一日"]),
    ("第二日有咩活動", JUL[25], ["第二日"]),
    ("廿五號有乜嘢", JUL[25], ["二十五号"]),  # 廿 is twenty
    ("27号找融资的对接会", JUL[27], ["27号"]),  # a verb after the day: still the day
    ("26号去南京", JUL[26], ["26号"]),
]


@pytest.mark.parametrize(("text", "day", "gone"), DAYS, ids=[case[0] for case in DAYS])
def test_reads_a_day(text, day, gone):
    time_filter, rest = read(text)
    assert time_filter.day == day
    assert time_filter.moment is None
    for word in gone:
        assert word not in rest, f"{word!r} left in {rest!r}"


RELATIVE = [
    ("today", TUE_24, TUE_24),
    ("what's on today", JUL[26], JUL[26]),
    ("today's schedule", JUL[27], JUL[27]),
    ("今天有什么活动", JUL[25], JUL[25]),
    ("tomorrow", TUE_24, JUL[25]),
    ("what's on tomorrow?", JUL[26], JUL[27]),
    ("tmrw", TUE_24, JUL[25]),
    ("明天有什么活动", JUL[26], JUL[27]),
    ("明天", date(2018, 7, 23), TUE_24),
    ("后天", TUE_24, JUL[26]),
    ("後天", JUL[25], JUL[27]),
    ("day after tomorrow", TUE_24, JUL[26]),
    ("yesterday", JUL[25], TUE_24),
    ("昨天", JUL[25], TUE_24),
]


@pytest.mark.parametrize(("text", "today", "day"), RELATIVE, ids=[case[0] for case in RELATIVE])
def test_relative_days_count_from_the_given_today(text, today, day):
    time_filter, rest = read(text, today=today)
    assert time_filter.day == day
    for word in ("today", "tomorrow", "tmrw", "明天", "后天", "後天", "今天", "昨天", "yesterday"):
        assert word not in rest


@pytest.mark.parametrize("text", ["周三", "星期三", "wednesday", "Wednesday", "wed"])
def test_weekday_is_the_event_day_even_from_another_week(text):
    # Asked long before the event (a Monday in June), "Wednesday" still means 25 July.
    assert read(text, today=date(2018, 6, 4))[0].day == JUL[25]


def test_weekday_outside_the_event_is_the_next_such_day():
    assert read("sunday")[0].day == date(2018, 7, 29)
    assert read("周日")[0].day == date(2018, 7, 29)


@pytest.mark.parametrize("text", ["day 5", "第5天"])
def test_event_day_numbers_beyond_the_event_give_no_day(text):
    assert read(text)[0].day is None


def test_without_event_days_dates_use_todays_month():
    assert read("25号", today=date(2019, 3, 1), event_days=[])[0].day == date(2019, 3, 25)
    assert read("day 2", event_days=[])[0].day is None


def test_impossible_date_gives_no_day():
    assert read("2月30日")[0].day is None
    assert read("july 32")[0].day is None


PARTS = [
    ("上午", "morning"),
    ("明天上午有什么", "morning"),
    ("早上的活动", "morning"),
    ("下午", "afternoon"),
    ("25号下午", "afternoon"),
    ("晚上", "evening"),
    ("morning", "morning"),
    ("sessions in the morning", "morning"),
    ("afternoon", "afternoon"),
    ("tomorrow afternoon", "afternoon"),
    ("evening", "evening"),
    ("at 10am", "morning"),
    ("at 3 pm", "afternoon"),
]


@pytest.mark.parametrize(("text", "part"), PARTS, ids=[case[0] for case in PARTS])
def test_reads_a_part_of_day(text, part):
    time_filter, rest = read(text)
    assert time_filter.part == part
    for word in ("上午", "下午", "早上", "晚上"):
        assert word not in rest
    for word in ("morning", "afternoon", "evening", "10am", "3", "pm"):
        assert word not in rest.split()


def test_day_and_part_together():
    assert read("明天下午")[0] == TimeFilter(day=JUL[25], part="afternoon")
    assert read("the 26th in the morning")[0] == TimeFilter(day=JUL[26], part="morning")


@pytest.mark.parametrize(
    "text", ["morning or afternoon", "is it in the morning or the afternoon?", "上午还是下午"]
)
def test_asking_which_part_is_no_part(text):
    time_filter, rest = read(text)
    assert time_filter.part is None
    assert "morning" not in rest and "afternoon" not in rest
    assert "上午" not in rest and "下午" not in rest


NEXT_AND_NOW = [
    ("what's next", "next"),
    ("next session?", "next"),
    ("what is coming up", "next"),
    ("下一个活动是什么", "next"),
    ("下一场", "next"),
    ("接下来有什么", "next"),
    ("what's on now", "now"),
    ("now", "now"),
    ("happening right now", "now"),
    ("现在有什么活动", "now"),
    ("正在进行的活动", "now"),
]


@pytest.mark.parametrize(("text", "moment"), NEXT_AND_NOW, ids=[case[0] for case in NEXT_AND_NOW])
def test_reads_now_and_next(text, moment):
    time_filter, rest = read(text)
    assert time_filter.moment == moment
    assert time_filter.day is None
    for word in ("next", "now", "coming up", "下一个", "下一场", "接下来", "现在", "正在"):
        assert word not in rest


def test_now_with_a_day_asks_about_the_day():
    time_filter, _ = read("what's on now, on the 26th?")
    assert time_filter == TimeFilter(day=JUL[26])


@pytest.mark.parametrize(
    "text",
    [
        "1号馆在哪",
        "2号馆怎么走",
        "3号厅",
        "地铁2号线",
        "5号门",
        "A1号楼",
        "where is hall 1",
        "room 25",
        "at 10:30",
        "the 3 pm session",
        "on the 25 :",
    ],
)
def test_numbers_that_are_not_days(text):
    time_filter, _ = read(text)
    assert time_filter.day is None


def test_hall_number_stays_in_the_rest():
    time_filter, rest = read("1号馆在哪")
    assert time_filter.empty
    assert rest == "1号馆在哪"


def test_text_without_time_words_is_unchanged():
    time_filter, rest = read("Where is the tourism promotion?")
    assert time_filter.empty
    assert rest == normalize("Where is the tourism promotion?")


def test_rest_is_single_spaced():
    _, rest = read("what is on   on the 25th   in nanjing")
    assert rest == "what is on on the in nanjing"


def test_full_width_digits_are_read_after_normalising():
    assert read("７月２５日")[0].day == JUL[25]


def test_the_last_day_named_wins_as_the_question_comes_last():
    assert read("I arrived yesterday, what is on today?")[0].day == JUL[24]
    assert read("我昨天到的上海，今天下午有什么活动")[0].day == JUL[24]
    assert read("on the 25th I am in Hangzhou, what about the 26th")[0].day == JUL[26]


def test_dotted_dates_only_in_the_event_month() -> None:
    days = [date(2018, 7, d) for d in range(24, 28)]
    found, _ = read_time("7.25 nanjing", date(2018, 7, 24), days)
    assert found.day == date(2018, 7, 25)
    found, _ = read_time("is it 2.5 hours long", date(2018, 7, 24), days)
    assert found.day is None


def test_a_part_of_the_day_goes_with_the_day_it_was_named_with():
    found, _ = read("i arrive on wednesday evening; when does it start on thursday?")
    assert (found.day, found.part) == (JUL[26], None)
    found, _ = read("is there an evening session tonight")
    assert (found.day, found.part) == (JUL[24], "evening")
    found, _ = read("明晚有活动么")
    assert (found.day, found.part) == (JUL[25], "evening")
    found, _ = read("any mtg fri am")
    assert (found.day, found.part) == (JUL[27], "morning")
    assert read("what's on after 7:30 pm")[0].part == "evening"


@pytest.mark.parametrize(
    "text", ["when does the sun set in Shanghai?", "need sunscreen", "sun rise time"]
)
def test_the_sun_is_no_sunday(text):
    time_filter, _ = read(text)
    assert time_filter.day is None


def test_sun_as_a_day_is_still_sunday():
    time_filter, _ = read("anything on sun morning?")
    assert time_filter.day is not None and time_filter.day.weekday() == 6


def test_the_trade_week_is_no_monday():
    time_filter, _ = read("洽谈周一共几场活动")
    assert time_filter.day is None
