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


@pytest.mark.parametrize("text,date", [
    # a record's mark beaten by a rival is a result in sport, no beating (182)
    ("Kenyan runner Faith Kipyegon broke the 1,500 metres world record on Friday, beating the mark set by Ethiopian rival Genzebe Dibaba in 2015.", "2023-06-02"),
    ("The Ugandan athlete beat the mark set by his Kenyan rival at the last Olympics.", "2022-02-10"),
])
def test_a_mark_beaten_in_sport_is_no_assault(text, date):
    assert not any(code.startswith("18") for _, _, code in events(text, date))


@pytest.mark.parametrize("text,date", [
    # a currency, index or rate that falls to a low, a level or a percentage is no town falling to a force (192)
    ("The Russian rouble fell to a record low against the U.S. dollar on Wednesday.", "2014-12-17"),
    ("Brazil's real fell to its lowest level against the U.S. dollar in a decade on Monday.", "2015-03-09"),
])
def test_currency_falling_to_a_low_is_no_occupation(text, date):
    assert not any(code.startswith("19") for _, _, code in events(text, date))


@pytest.mark.parametrize("text,date", [
    # a track race won over another country's runner is no assault (182)
    ("Ethiopia's Letesenbet Gidey beat Kenya's Hellen Obiri in the 10,000 metres at a Diamond League meeting in Eugene on Saturday.", "2021-08-21"),
    ("Uganda's Peruth Chemutai beat Kenya's Beatrice Chepkoech to take the steeplechase title in Tokyo.", "2021-08-04"),
])
def test_track_race_is_no_assault(text, date):
    assert not any(code.startswith("18") for _, _, code in events(text, date))


@pytest.mark.parametrize("text,date", [
    # rugby is only ever a sport: a national side that beats another is no assault (182)
    ("Fiji beat Tonga in Suva on Saturday to win the Pacific rugby title for a third straight year.", "2019-08-03"),
    ("Argentina beat Italy 25-10 in a rugby test in Rome on Saturday, with fans singing through the night.", "2022-11-12"),
])
def test_rugby_result_is_no_assault(text, date):
    assert not any(code.startswith("18") for _, _, code in events(text, date))


@pytest.mark.parametrize("text,date", [
    # a yacht race won over another country's crew is sailing, no beating (182)
    ("Alinghi of Switzerland beat Team New Zealand in the fifth race to win the America's Cup on Sunday.", "2003-03-02"),
    ("Spain beat Britain in the final race of the regatta off Cowes on Saturday.", "2019-08-03"),
])
def test_yacht_race_won_is_no_assault(text, date):
    assert not any(code.startswith("18") for _, _, code in events(text, date))


def test_a_yachtsman_seized_by_pirates_is_news():
    # guard: a yachtsman is no sign of a race; pirates seizing one are coded
    assert events("Somali pirates seized a British yachtsman and his wife off the Seychelles.", "2009-10-24")


@pytest.mark.parametrize("text,date", [
    # a margin of victory ("by 23 runs", "by two goals", "by three strokes") says a game or race was won, no beating (182)
    ("New Zealand beat England by 45 runs in Wellington on Tuesday to level the series.", "2023-02-28"),
    ("Brazil beat Argentina by two goals on Saturday in front of a packed crowd in Rio.", "2021-07-10"),
])
def test_a_winning_margin_is_no_assault(text, date):
    assert not any(code.startswith("18") for _, _, code in events(text, date))


def test_a_beating_by_police_is_still_news():
    # guard: a "by" phrase naming who beat is no margin
    assert ("BGDCOP", "BGDCVL", "175") in events("Protesters were beaten by police in Dhaka on Sunday.", "2013-05-05")
