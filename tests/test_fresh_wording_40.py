"""Rules of stop 40 on the bundled program (examples of each rule, not the accuracy
figure), from the confident answers of the probe files read this stop and of older notes:
- "reception" alone is a party as often as a desk ("is there a reception on Friday
  evening?"): it is no longer a word of the registration desk entry; "reception desk"
  still is;
- Taiwan's own authorities (陸委會, 投審會) are no business of the visa entry: asked
  whether they must approve, the question is the delegate's own; a Taiwan Compatriot
  Permit still is the visa entry's;
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


@pytest.mark.parametrize("text", ["台灣廠商要不要陸委會許可", "台商去大陆投资要经过投审会吗"])
def test_taiwans_own_authorities_are_not_the_visa_entry(index, text):
    assert answered(index, text).kind == "none"


def test_a_taiwan_compatriot_permit_is_still_the_visa_entry(index):
    assert entry_given(answered(index, "台灣廠商來參會要帶台胞證嗎")) == "visa"
