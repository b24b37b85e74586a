"""Force posture as news reports it, with the real model and shipped dictionaries: warships sent or moved
to a place show force there (150); troops massed or poured in add forces (154), police poured or rushed in police power (153); a border patrolled "with" a neighbour is a posture toward it (150)."""
import pytest
from conftest import sentence_events as events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,date,expected", [
    ("Britain sent a destroyer to the South Atlantic on Friday amid tension with Argentina.", "2012-02-03",
     ("GBR", "ARG", "150")),
    ("Russia moved a cruiser and several destroyers toward the Syrian coast on Tuesday.", "2013-09-03", ("RUS", "SYR", "150")),
    # guard: troops massed on a border are a build-up
    ("Iraq massed thousands of troops on its border with Kuwait on Tuesday.", "1994-10-11", ("IRQ", "KWT", "154")),
])
def test_warships_sent_show_force_troops_massed_mobilise(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # drills on or along the border with a neighbour show force at it, as drills near it do
    ("Russia held large military exercises along the border with Ukraine on Thursday.", "2021-04-15", ("RUS", "UKR", "150")),
    ("China staged live-fire drills on its frontier with India this week.", "2020-09-10", ("CHN", "IND", "150")),
    ("Iran conducted military exercises on the border with Azerbaijan on Friday.", "2021-10-01", ("IRN", "AZE", "150")),
])
def test_drills_on_a_border_show_force_at_the_neighbour(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # an alert level named military is the armed forces' (152), whoever raises it, not a police alert (151)
    ("South Korea raised its military alert level on Sunday after North Korea fired artillery near the border.", "2015-08-23",
     ("KOR", "PRK", "152")),
    ("India heightened the military alert along its frontier with Pakistan on Thursday.", "2019-02-28", ("IND", "PAK", "152")),
])
def test_force_posture_military_alert_level_raised(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # police poured or rushed into a place add police power (153), as police sent there do
    ("Indonesia poured thousands of riot police into Jayapura on Tuesday after days of unrest.", "2019-09-03", ("IDN", "IDN", "153")),
    ("Egypt rushed riot police to Alexandria on Friday to contain sectarian clashes.", "2011-01-07", ("EGY", "EGY", "153")),
])
def test_police_poured_or_rushed_in_add_police_power(text, date, expected):
    assert any(s.startswith(expected[0]) and t.startswith(expected[1]) and c == expected[2] for s, t, c in events(text, date))


@pytest.mark.parametrize("text,date,expected", [
    # a border "with" a neighbour is on both sides: patrolling it is a posture toward the neighbour (150),
    # not a joint patrol with it (062); patrolling "with" another's ships still is one
    ("Thai soldiers patrolled the frontier with Cambodia on Monday.", "2011-02-07", ("THAMIL", "KHM", "150")),
    ("Turkish troops patrolled the border with Syria on Tuesday.", "2012-10-09", ("TURMIL", "SYR", "150")),
])
def test_patrolling_the_border_with_a_neighbour_is_no_joint_patrol(text, date, expected):
    coded = events(text, date)
    assert expected in coded
    assert not any(code == "062" for _, _, code in coded)


def test_patrolling_with_anothers_ships_is_a_joint_patrol():
    assert ("RUSMIL", "CHNMIL", "062") in events("Russian warships patrolled with Chinese destroyers in the Sea of Japan.", "2021-10-20")
