"""The pure scoring of who should meet whom: each signal moves a candidate in the expected
direction, requests meet offers across languages, and suggestions are ordered, limited
and never include the delegate, an excluded one, or one with nothing in common."""

from __future__ import annotations

from dataclasses import replace
from itertools import product

import pytest

from bot.matchmaking import (
    LANGUAGES,
    ROLE_FIT,
    ROLES,
    Match,
    Matchmaker,
    NetworkProfile,
    Reason,
    Role,
)
from tests.helpers_core import bundled_program

FINANCE = "industry-finance-matchmaking"  # a matchmaking session
TOURISM = "tourism-promotion"  # not one


def profile(user_id: int, role: Role = "other", **fields: object) -> NetworkProfile:
    values: dict[str, object] = {
        "name": f"Delegate {user_id}",
        "organization": f"Org {user_id}",
        "sectors": (),
        "offer": "",
        "seek": "",
        "languages": ("en",),
    }
    values.update(fields)
    return NetworkProfile(user_id=user_id, role=role, **values)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def matchmaker() -> Matchmaker:
    return Matchmaker(bundled_program())


def ranked(matchmaker: Matchmaker, me: NetworkProfile, *others: NetworkProfile) -> list[int]:
    return [match.profile.user_id for match in matchmaker.suggest(me, others, limit=10)]


def scored(matchmaker: Matchmaker, me: NetworkProfile, other: NetworkProfile) -> Match:
    match = matchmaker.score(me, other)
    assert match is not None
    return match


ME = profile(
    1,
    "enterprise",
    sectors=("new-materials",),
    seek="Investors for our graphene plant",
    offer="We produce carbon fibre composites",
)


def test_what_i_seek_offered_ranks_first_and_is_the_first_reason(matchmaker: Matchmaker) -> None:
    offers_it = profile(3, "investor", sectors=("new-materials",), offer="We invest in graphene")
    offers_else = profile(2, "investor", sectors=("new-materials",), offer="Hotels and tourism")
    assert ranked(matchmaker, ME, offers_else, offers_it) == [3, 2]
    reason = scored(matchmaker, ME, offers_it).reasons[0]
    assert reason.kind == "seek_offer"
    assert reason.sectors == ("new-materials", "finance-investment")  # the file's order


def test_what_they_seek_that_i_offer_counts_but_less_than_what_i_seek(
    matchmaker: Matchmaker,
) -> None:
    they_want_mine = profile(2, "buyer", seek="carbon fibre")
    they_offer_mine = profile(3, "buyer", offer="carbon fibre")
    neither = profile(4, "buyer", seek="tea", sessions=(TOURISM,))
    me = profile(1, "enterprise", seek="carbon fibre", offer="carbon fibre", sessions=(TOURISM,))
    assert ranked(matchmaker, me, neither, they_want_mine, they_offer_mine) == [3, 2, 4]
    assert scored(matchmaker, me, they_want_mine).reasons[0] == Reason(
        "offer_seek", ("new-materials",)
    )


@pytest.mark.parametrize(
    "seek",
    ["寻找新材料领域的投资", "尋找新材料領域的投資", "ＧＲＡＰＨＥＮＥ investors"],
)
def test_a_chinese_or_traditional_request_meets_an_english_offer_of_the_same_sector(
    matchmaker: Matchmaker, seek: str
) -> None:
    me = profile(1, "enterprise", seek=seek, languages=("zh", "en"))
    investor = profile(2, "investor", offer="We invest in new materials and graphene")
    match = scored(matchmaker, me, investor)
    assert match.reasons[0].kind == "seek_offer"
    assert {"new-materials", "finance-investment"} <= set(match.reasons[0].sectors)


def test_an_english_request_meets_a_chinese_offer(matchmaker: Matchmaker) -> None:
    me = profile(1, "buyer", seek="Hunan farm produce and tea", languages=("en", "zh"))
    farmer = profile(2, "enterprise", offer="湖南特色农产品、茶叶", languages=("zh", "en"))
    assert scored(matchmaker, me, farmer).reasons[0] == Reason("seek_offer", ("agriculture-food",))


def test_shared_plain_words_count_and_are_shown_as_their_offer_writes_them(
    matchmaker: Matchmaker,
) -> None:
    me = profile(1, "buyer", sectors=("agriculture-food",), seek="bamboo furniture")
    bamboo = profile(
        2, "enterprise", sectors=("agriculture-food",), offer="BAMBOO furniture, rattan"
    )
    other = profile(3, "enterprise", sectors=("agriculture-food",), offer="pork")
    assert ranked(matchmaker, me, other, bamboo) == [2, 3]
    assert scored(matchmaker, me, bamboo).reasons[0] == Reason(
        "seek_offer", (), ("bamboo", "furniture")
    )
    zh = profile(4, "buyer", seek="寻找竹制品家具", languages=("zh",))
    offer = profile(5, "enterprise", offer="我们生产竹制品家具", languages=("zh",))
    assert scored(matchmaker, zh, offer).reasons[0].words == ("竹制品家具",)


def test_words_every_offer_uses_are_not_common_ground(matchmaker: Matchmaker) -> None:
    me = profile(1, "enterprise", seek="Looking for partners and cooperation projects")
    other = profile(2, "investor", offer="We offer partnership and cooperation to companies")
    assert matchmaker.score(me, other) is None
    assert (
        matchmaker.score(profile(3, seek="寻找合作伙伴"), profile(4, offer="提供合作项目")) is None
    )


def test_complementary_roles_rank_higher(matchmaker: Matchmaker) -> None:
    me = profile(1, "enterprise", sectors=("logistics",))
    others = [
        profile(user_id, role, sectors=("logistics",))
        for user_id, role in ((2, "enterprise"), (3, "services"), (4, "buyer"), (5, "investor"))
    ]
    assert ranked(matchmaker, me, *others) == [5, 4, 3, 2]
    assert scored(matchmaker, me, others[3]).reasons[0] == Reason("roles")
    assert Reason("roles") not in scored(matchmaker, me, others[0]).reasons


def test_the_role_table_is_symmetric_and_a_role_with_itself_is_weak() -> None:
    for a, b in product(ROLES, ROLES):
        assert ROLE_FIT[a, b] == ROLE_FIT[b, a]
        assert 0 <= ROLE_FIT[a, b] <= 1
    assert ROLE_FIT["enterprise", "investor"] == max(ROLE_FIT.values())
    assert all(ROLE_FIT[role, role] <= 0.2 for role in ROLES)


def test_a_shared_sector_ranks_higher(matchmaker: Matchmaker) -> None:
    me = profile(1, sectors=("biomedicine", "logistics"), sessions=(TOURISM,))
    one = profile(2, sectors=("biomedicine",), sessions=(TOURISM,))
    two = profile(3, sectors=("logistics", "biomedicine"), sessions=(TOURISM,))
    none = profile(4, sectors=("energy-environment",), sessions=(TOURISM,))
    assert ranked(matchmaker, me, none, one, two) == [3, 2, 4]
    assert Reason("sectors", ("biomedicine", "logistics")) in scored(matchmaker, me, two).reasons


def test_a_shared_session_counts_and_a_matchmaking_one_counts_more(matchmaker: Matchmaker) -> None:
    me = profile(1, sectors=("logistics",), sessions=(FINANCE, TOURISM))
    at_finance = profile(2, sectors=("logistics",), sessions=(FINANCE,))
    at_tourism = profile(3, sectors=("logistics",), sessions=(TOURISM,))
    at_neither = profile(4, sectors=("logistics",), sessions=("talent-recruiting",))
    assert ranked(matchmaker, me, at_neither, at_tourism, at_finance) == [2, 3, 4]
    at_both = profile(5, sessions=(TOURISM, FINANCE))
    sessions = [r.session_id for r in scored(matchmaker, me, at_both).reasons if r.session_id]
    assert sessions == [FINANCE, TOURISM]  # the matchmaking one first


def test_no_shared_language_is_a_strong_penalty(matchmaker: Matchmaker) -> None:
    me = profile(1, "enterprise", seek="investors", languages=("en",))
    english = profile(2, "investor", offer="venture capital", languages=("en", "zh"))
    chinese = replace(english, user_id=3, languages=("zh",))
    speaks = scored(matchmaker, me, english)
    silent = scored(matchmaker, me, chinese)
    assert silent.score < speaks.score / 3
    assert Reason("language", languages=("en",)) in speaks.reasons
    assert all(reason.kind != "language" for reason in silent.reasons)
    weak_but_speaks = profile(4, "investor", sectors=("finance-investment",), languages=("en",))
    me_with_sector = replace(me, sectors=("finance-investment",))
    assert ranked(matchmaker, me_with_sector, chinese, weak_but_speaks)[0] == 4


def test_nothing_in_common_is_no_match_however_well_roles_fit(matchmaker: Matchmaker) -> None:
    me = profile(1, "enterprise", sectors=("logistics",), seek="freight", languages=LANGUAGES)
    stranger = profile(2, "investor", sectors=("biomedicine",), offer="vaccines")
    assert matchmaker.score(me, stranger) is None
    assert matchmaker.suggest(me, [stranger]) == []


def test_never_me_nor_the_excluded_and_at_most_the_limit(matchmaker: Matchmaker) -> None:
    me = profile(1, "enterprise", sectors=("logistics",))
    others = [profile(user_id, "buyer", sectors=("logistics",)) for user_id in range(2, 12)]
    found = matchmaker.suggest(me, [me, *others], exclude=[2, 5])
    assert [m.profile.user_id for m in found] == [3, 4, 6, 7, 8]  # ties: by user id
    assert len(matchmaker.suggest(me, others, limit=2)) == 2
    assert matchmaker.suggest(me, others, limit=0) == []
    assert [m.profile.user_id for m in matchmaker.suggest(me, others[::-1], limit=3)] == [2, 3, 4]


def test_reasons_are_strongest_first_and_agree_with_the_score(matchmaker: Matchmaker) -> None:
    me = replace(ME, sessions=(FINANCE,), languages=("en", "zh"))
    investor = profile(
        2,
        "investor",
        sectors=("new-materials",),
        offer="We invest in graphene",
        seek="carbon fibre",
        sessions=(FINANCE,),
    )
    match = scored(matchmaker, me, investor)
    kinds = [reason.kind for reason in match.reasons]
    assert kinds == ["seek_offer", "offer_seek", "roles", "session", "sectors", "language"]
    found = matchmaker.suggest(me, [investor])
    assert found == [match]


def test_a_profile_read_again_with_new_words_is_scored_on_them(matchmaker: Matchmaker) -> None:
    me = profile(1, "buyer", seek="tea")
    before = profile(2, "enterprise", offer="steel")
    assert matchmaker.suggest(me, [before]) == []
    after = replace(before, offer="black tea", name="Renamed")
    (match,) = matchmaker.suggest(me, [after])
    assert match.profile is after and match.profile.name == "Renamed"
    assert matchmaker.suggest(me, [before]) == []


def test_sectors_and_sessions_the_program_does_not_know_are_ignored(
    matchmaker: Matchmaker,
) -> None:
    me = profile(1, sectors=("gone",), sessions=("dropped",))
    other = profile(2, sectors=("gone",), sessions=("dropped",))
    assert matchmaker.score(me, other) is None
