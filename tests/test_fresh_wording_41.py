"""Rules of stop 41 on the bundled program (examples of each rule, not the accuracy
figure), from the probe files read this stop and older notes:
- a journey that only sets out from a program city (从南京坐什么车过去, "how from
  Nanjing?") to a place named outside the program goes elsewhere: no list of that city,
  no transport entry of the event's; a journey to the event's own buildings (从南京怎么去
  会场), or with no destination named ("from Shanghai, how long does the train take?"),
  is still the event's (bot.city_reader.CityReader.only_set_out_from);
- "after the event" (会后) is when the delegate's own plans are, not sessions asked for;
- a story that says where the journey goes ("client wants go Xi'an…") still says it when
  the question after it ("how from Nanjing?") is read alone;
"""

from __future__ import annotations

import pytest

from tests.helpers_core import answered, entry_given


@pytest.mark.parametrize(
    "text",
    [
        "开完会我想去趟山东潍坊看农机展，从南京坐什么车过去方便",
        "after event client wants go Xi'an to see Terracotta Army, how from Nanjing?",
        "from hangzhou how do i get to moganshan after the event?",
    ],
)
def test_a_journey_setting_out_from_a_program_city_goes_elsewhere(index, text):
    assert not answered(index, text).confident


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("从南京怎么去会场", "suggest"),  # the event's buildings: which one
        ("from nanjing, how do I get to the venue?", "suggest"),
        ("what's on in nanjing", "list"),
    ],
)
def test_a_journey_to_the_event_is_still_the_events(index, text, kind):
    assert answered(index, text).kind == kind


@pytest.mark.parametrize(
    "text", ["from shanghai, how long does the train take?", "从上海怎么去昆山"]
)
def test_a_journey_with_no_destination_or_to_a_program_city_is_intercity(index, text):
    assert entry_given(answered(index, text)) == "intercity-travel"
