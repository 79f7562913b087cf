"""Fresh wording from stop 42's probe files (br, bs) and first-sight set AL, read on
arrival. Each rule has examples on both sides; each example failed before its rule.

- A thing of the town to recommend (南京有啥青旅推荐不, 有没有民宿推荐) is the delegate's own
  leisure, not a list of the city's sessions; "南京有啥活动推荐" still lists them.
"""

from __future__ import annotations

import pytest

from tests.helpers_core import DEFAULT_NOW, session_ids


@pytest.mark.parametrize("text", ["南京有啥便宜青旅推荐不，学生党穷哭了", "南京有啥民宿推荐不"])
def test_a_thing_of_the_town_to_recommend_is_no_list_of_sessions(index, text):
    assert not index.answer(text, DEFAULT_NOW).confident


@pytest.mark.parametrize("text", ["南京有啥活动推荐", "南京有啥推荐"])
def test_sessions_to_recommend_are_still_listed(index, text):
    answer = index.answer(text, DEFAULT_NOW)
    assert answer.kind == "list"
    assert session_ids(answer) == ["cultural-creative-parks", "nj-parks-promotion"]
