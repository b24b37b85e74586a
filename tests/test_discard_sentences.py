"""Sentences the shipped discards drop as entertainment, with the real model: a film award's category
("best foreign-language film", "best picture") marks a story of prizes, whose "beat" is no beating."""
import pytest
from conftest import sentence_events as events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,date", [
    ("Iran beat Israel in the race for best foreign-language film.", "2012-02-27"),
    ("A Chilean film beat an Argentine entry to win the Oscar for best foreign language film.", "2018-03-05"),
])
def test_film_award_race_is_no_assault(text, date):
    assert not any(code.startswith("18") for _, _, code in events(text, date))
