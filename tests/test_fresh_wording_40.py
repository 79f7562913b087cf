"""Rules of stop 40 on the bundled program (examples of each rule, not the accuracy
figure), from the confident answers of the probe files read this stop and of older notes:
- "reception" alone is a party as often as a desk ("is there a reception on Friday
  evening?"): it is no longer a word of the registration desk entry; "reception desk"
  still is;
"""

from __future__ import annotations

import pytest

from tests.helpers_core import answered, entry_given


@pytest.mark.parametrize(
    "text",
    ["is there a reception on Friday evening?", "is there a welcome reception for delegates"],
)
def test_a_reception_is_not_the_registration_desk(index, text):
    assert entry_given(answered(index, text)) != "registration-desk"


@pytest.mark.parametrize(
    "text", ["where is the reception desk", "where is the registration desk in nanjing"]
)
def test_the_reception_desk_is_still_the_registration_desk(index, text):
    assert entry_given(answered(index, text)) == "registration-desk"
