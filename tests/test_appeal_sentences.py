"""Appeals as news reports them, with the real model and shipped dictionaries: an appeal to join talks is an
appeal to negotiate (026), an appeal to join a coalition one for support (022)."""
import pytest
from conftest import sentence_events as events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,date,expected", [
    ("Karzai urged the Taliban on Friday to join peace talks with his government.", "2010-06-04", ("AFGGOV", "AFGINSTAL", "026")),
    ("Bush urged Turkey to join the coalition against Iraq.", "2003-03-01", ("USAGOV", "TUR", "022")),
])
def test_appeal_sentence(text, date, expected):
    assert expected in events(text, date)
