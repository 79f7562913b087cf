"""Networking's pieces of replies: role names, the public profile and a suggestion's
one-line reason, in each language alone, with every delegate's words escaped."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.matchmaking import ROLES, Match, Matchmaker, NetworkProfile, Reason
from bot.networking import NetworkStats
from bot.render.meetings import stats_reply
from bot.render.networking import match_reason, public_profile, role_label, role_name
from bot.search import Lang
from bot.storage.records import ReportRecord
from tests.helpers_core import CJK, bundled_program, latin_words

FINANCE = "industry-finance-matchmaking"
ENTERPRISE = NetworkProfile(
    user_id=1,
    name="Li Ming",
    organization="Changsha Graphene Co.",
    role="enterprise",
    sectors=("new-materials",),
    offer="Graphene films",
    seek="Investors in new materials",
    languages=("en", "zh"),
    sessions=(FINANCE,),
)
INVESTOR = NetworkProfile(
    user_id=2,
    name="Anna <b>Chen</b>",
    organization="Delta & Partners Capital",
    role="investor",
    sectors=("finance-investment", "new-materials", "no-longer-a-sector"),
    offer="We invest in new materials <b>now</b>",
    seek="",
    languages=("en",),
    sessions=(FINANCE,),
)
ENTERPRISE_ZH = replace(
    ENTERPRISE, name="李明", organization="长沙石墨烯公司", seek="寻找新材料投资"
)
INVESTOR_ZH = replace(
    INVESTOR,
    name="陈安娜",
    organization="三角洲资本",
    offer="投资新材料和竹制品",
    languages=("zh",),
)


def suggested(me: NetworkProfile, other: NetworkProfile) -> Match:
    match = Matchmaker(bundled_program()).score(me, other)
    assert match is not None
    return match


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_role_has_its_own_name_in_each_language(lang: Lang) -> None:
    names = [role_name(role, lang) for role in ROLES]
    assert len(set(names)) == len(ROLES) and all(names)
    check = (lambda n: not CJK.search(n)) if lang == "en" else (lambda n: not latin_words(n))
    assert all(check(name) for name in names), names


def test_a_role_as_a_label_starts_with_a_capital_and_reads_the_same_in_chinese() -> None:
    assert [role_label(role, "en") for role in ROLES] == [
        "Hunan enterprise",
        "Investor or financial institution",
        "Buyer or trader",
        "Government or park",
        "Service provider",
        "Other",
    ]
    assert [role_label(role, "zh") for role in ROLES] == [role_name(r, "zh") for r in ROLES]
    assert role_name("investor", "en") == "investor or financial institution"  # in a sentence


def test_the_public_profile_shows_what_was_opted_in_and_escapes_every_value() -> None:
    shown = public_profile(INVESTOR, bundled_program(), "en")
    assert "Anna &lt;b&gt;Chen&lt;/b&gt;" in shown and "<b>Chen" not in shown
    assert "Delta &amp; Partners Capital" in shown
    assert "Offers: We invest in new materials &lt;b&gt;now&lt;/b&gt;" in shown
    assert "Role: Investor or financial institution" in shown  # a label, capitalised
    assert "Sectors: Finance and investment, New materials" in shown  # the unknown one left out
    assert "Seeks" not in shown  # nothing sought: no empty line
    assert str(INVESTOR.user_id) not in shown


def test_the_public_profile_in_chinese_has_no_english_words() -> None:
    shown = public_profile(INVESTOR_ZH, bundled_program(), "zh")
    assert shown.splitlines()[0] == "👤 <b>陈安娜</b>，三角洲资本"
    assert "身份：投资或金融机构" in shown and "行业：金融与投资、新材料" in shown
    assert "提供：投资新材料和竹制品" in shown
    assert latin_words(shown) == set(), shown
    assert not CJK.search(public_profile(INVESTOR, bundled_program(), "en"))


def test_the_reason_is_one_line_of_what_they_offer_and_where_both_will_be() -> None:
    match = suggested(ENTERPRISE, INVESTOR)
    line = match_reason(match, ENTERPRISE, bundled_program(), "en")
    assert "\n" not in line
    assert line.startswith("they offer what you seek: New materials, Finance and investment")
    assert "both at the Industrial and Financial Cooperation Matchmaking on Fri 27 Jul" in line
    assert not CJK.search(line)


def test_the_reason_in_chinese_says_the_same_in_chinese_alone() -> None:
    match = suggested(ENTERPRISE_ZH, INVESTOR_ZH)
    line = match_reason(match, ENTERPRISE_ZH, bundled_program(), "zh")
    assert line.startswith("对方提供您寻找的新材料、金融与投资")
    assert "都参加7月27日（周五）的产融合作对接会" in line
    assert "\n" not in line and latin_words(line) == set(), line


def test_a_delegates_words_in_a_reason_are_quoted_and_escaped() -> None:
    match = Match(INVESTOR, 1.0, (Reason("seek_offer", (), ("<i>bamboo</i>", "tea")),))
    line = match_reason(match, ENTERPRISE, bundled_program(), "en")
    assert line == "they offer what you seek: “&lt;i&gt;bamboo&lt;/i&gt;”, “tea”"


def test_reasons_the_program_cannot_say_any_more_are_left_out() -> None:
    gone = (
        Reason("session", session_id="dropped-session"),
        Reason("sectors", ("no-longer-a-sector",)),
        Reason("roles"),
        Reason("language", languages=("en", "zh")),
    )
    line = match_reason(Match(INVESTOR, 1.0, gone), ENTERPRISE, bundled_program(), "en")
    assert line == (
        "your roles fit (investor or financial institution and Hunan enterprise); "
        "you both speak English, Chinese"
    )


def test_a_report_line_in_stats_names_a_delegate_without_a_name_with_a_dash() -> None:
    report = ReportRecord(
        1, 10, None, None, 20, "Li <Wei>", None, 3, datetime(2018, 7, 24, tzinfo=UTC)
    )
    stats = NetworkStats(visible=1, hidden=0, requests={}, meetings={}, reports=[report])
    text = stats_reply(stats, bundled_program(), "en").text
    assert "None" not in text
    assert "—" in text and "Li &lt;Wei&gt;" in text
