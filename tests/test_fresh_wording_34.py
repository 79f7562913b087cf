"""Rules of stop 34 on the bundled program (examples of each rule, not the accuracy
figure):
- a city outside the program is guessed from a homophone typo only when the typo keeps
  half of its name (株州 is 株洲), never from a word that merely sounds like it (医务室,
  a medical room, is not 义乌);
- the field of a session asked for may stand before the kind of meeting
  (纺织机械的技术交流会, 停车场项目的招商推介): a field the program has no session on is
  "not found";
- a subject only FAQ entries speak of (停车场 as an investment project) is no session of
  the program either;
- 联系方式 is a way to contact, not a ceremony (式);
- 世界五百墙 (强 typed by its sound) is the Fortune 500 theme;
- a press pass or 记者证 is not in the program."""

from __future__ import annotations

import pytest

from bot.subjects import subject_phrases
from tests.helpers_core import answered


def test_a_word_sounding_like_another_city_is_not_that_city(index):
    answer = answered(index, "医务室在哪")
    assert answer.kind != "outside"
    assert not answer.confident


def test_a_typo_keeping_half_of_another_city_is_still_that_city(index):
    assert answered(index, "株州有没有分会场").kind == "outside"


@pytest.mark.parametrize(
    "text",
    [
        "纺织机械的技术交流会几号开",
        "有没有停车场项目的招商推介",
        "有没有充电桩项目的招商推介会",
    ],
)
def test_a_field_before_the_kind_of_meeting_the_program_lacks_is_not_found(index, text):
    assert answered(index, text).kind == "none"


def test_a_field_the_program_has_before_the_kind_of_meeting_is_its_session(index):
    answer = answered(index, "工程机械的产业推介会在哪天")
    assert answer.confident
    assert [s.id for s in answer.sessions] == ["hz-industry-promotion"]


def test_a_way_to_contact_is_no_ceremony():
    assert subject_phrases("请提供组委会的联系方式") == []
    assert subject_phrases("有没有奠基仪式") == ["奠基"]


def test_fortune_500_typed_by_its_sound_is_the_theme(index):
    answer = answered(index, "世界五百墙的活动有哪些")
    assert (answer.kind, answer.theme.id if answer.theme else None) == ("theme", "fortune500")


@pytest.mark.parametrize(
    "text",
    ["how do I get a press pass for the signing ceremony", "招聘会的记者证去哪里领"],
)
def test_a_press_pass_is_not_in_the_program(index, text):
    assert answered(index, text).kind == "none"
