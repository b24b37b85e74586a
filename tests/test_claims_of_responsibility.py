"""A claim of responsibility for an attack is the verbal act the codebook names for it (015), not the attack.
Real model and shipped dictionaries."""
import pytest
from conftest import sentence_events as events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,date,expected", [
    ("Al Shabaab claimed responsibility for the assault on Nairobi's Westgate shopping mall.", "2013-09-22",
     ("SOMINSSHB", "KEN", "015")),
    ("The Houthis claimed responsibility on Saturday for a missile attack on a British oil tanker.", "2024-01-27",
     ("YEMREBHOU", "GBR", "015")),
    # an attack placed only by where it struck: toward the people there
    ("Hamas claimed responsibility on Sunday for a suicide bombing in Jerusalem.", "1996-02-25",
     ("PSEREBHMS", "ISRCVL", "015")),
])
def test_claim_of_responsibility(text, date, expected):
    found = events(text, date)
    assert expected in found
    assert not any(code.startswith("18") for _, _, code in found)
