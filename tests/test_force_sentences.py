"""Coercion and threats of force as news reports them, with the real model and shipped dictionaries: people
wanted by the law who are seized are arrested (173), hostages seized are abducted (181); revenge vowed is a
threat of force (138)."""
import pytest
from conftest import sentence_events as events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,date,expected", [
    ("Israeli troops seized six Hamas militants in Hebron on Tuesday.", "2003-06-10", ("ISRMIL", "PSEREBHMS", "173")),
    ("Hezbollah vowed revenge on Israel for the killing of its commander.", "2008-02-13", ("LBNREBHEZ", "ISR", "138")),
])
def test_force_sentence(text, date, expected):
    assert expected in events(text, date)
