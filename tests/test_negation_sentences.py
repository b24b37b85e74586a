"""News sentences the negation rules must code (real model): acts failed, not yet done, not ruled out, refused; proposals blocked."""
import pytest
from conftest import sentence_events as codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,date", [
    ("Croatia has failed to arrest fugitive general Ante Gotovina.", "2005-09-12"),
    ("Hamas has yet to release captured Israeli soldier Gilad Shalit.", "2008-06-10"),
    ("Libyan rebel forces were unable to capture the oil town of Brega on Sunday.", "2011-03-20"),
    ("China has no plans to invade Taiwan, a foreign ministry spokesman said on Monday.", "2005-03-14"),
])
def test_not_done_is_no_event(text, date):
    assert codes(text, date) == set()


def test_failed_assassination_is_an_attempt():
    got = codes("Militants failed to assassinate Pakistani President Pervez Musharraf in Rawalpindi.", "2003-12-14")
    assert any(c == "185" for _, _, c in got) and not any(c == "186" for _, _, c in got)


def test_denied_report_content_is_not_coded_and_the_paper_is_the_target():
    got = codes("Syria denied on Tuesday a report in an Israeli newspaper that Syrian and Israeli officials had held secret talks in Europe.", "2007-01-16")
    assert got == {("SYR", "ISRMED", "016")}


def test_not_let_leave_is_refused_release():
    assert codes("North Korea refused to let two detained American journalists leave the country.", "2009-06-10") == {("PRK", "-", "1243")}


def test_force_not_ruled_out_is_a_threat():
    assert codes("Turkey did not rule out military action against the PKK.", "2007-10-10") == {("TUR", "TURREBPKK", "138")}


def test_ruled_out_against_is_no_court_ruling():
    assert {c for _, _, c in codes("The Philippine government ruled out military action against the Abu Sayyaf kidnappers.", "2000-05-02")} == {"120"}


def test_refused_return_to_talks():
    assert {c for _, _, c in codes("Hamas refused on Wednesday to return to talks with Fatah on a unity government.", "2007-06-20")} == {"125"}


def test_prevented_convoy_is_refused_access():
    assert ("ISRMIL", "IGOUNO", "1245") in codes("Israeli troops prevented U.N. inspectors from entering the Jenin refugee camp on Saturday.", "2002-04-20")


@pytest.mark.parametrize("text,date,expected", [
    ("Ethiopia barred U.N. aid workers from entering the Ogaden region on Tuesday.", "2007-07-10", ("ETH", "IGOUNONGO", "1245")),
    ("Iraq banned U.N. weapons inspectors from visiting presidential palaces on Tuesday.", "1998-01-13", ("IRQ", "IGOUNO", "1245")),
])
def test_aid_workers_or_inspectors_barred_from_a_place_are_refused_access(text, date, expected):
    assert expected in codes(text, date)


@pytest.mark.parametrize("text,date", [
    ("Britain refused to rule out military action against Iran.", "2006-04-10"),
    ("Kyiv declined to rule out talks with Moscow on Friday.", "2022-03-18"),
])
def test_refusing_to_rule_out_is_no_rejection(text, date):
    # what is not ruled out stays open: refusing to rule it out rejects nothing
    assert not any(c.startswith("12") for _, _, c in codes(text, date))


@pytest.mark.parametrize("text,date", [
    ("Turkey's government dismissed the board of the central bank on Friday.", "2019-07-06"),
    ("Hungary's new government dismissed the management of the state broadcaster on Monday.", "2010-08-02"),
])
def test_people_dismissed_from_posts_are_no_rejection(text, date):
    # a board or a management dismissed is fired, as a minister or a director is: nothing is rejected
    assert not any(c.startswith("12") for _, _, c in codes(text, date))


@pytest.mark.parametrize("text,date,expected", [
    ("Israel turned down a truce proposal from Hamas on Sunday.", "2014-07-20", ("ISR", "PSEREBHMS", "1246")),
    ("Yemen's Houthi rebels dismissed a ceasefire proposal from Saudi Arabia.", "2021-03-23", ("YEMREBHOU", "SAU", "1246")),
    # "offer" parsed as a clause of "ceasefire" (repaired), its "from" phrase the offerer
    ("Sudan's army rejected a ceasefire offer from the Rapid Support Forces on Tuesday.", "2023-06-13", ("SDNMIL", "SDNREBRSF", "1246")),
])
def test_truce_offered_and_refused_is_refused_de_escalation(text, date, expected):
    # a ceasefire refused is the codebook's 1246, not the refusal of a comprehensive settlement (127)
    assert expected in codes(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # recognition announced as not to be granted is a rejection (120), not nothing
    ("Spain will not recognize Kosovo, Foreign Minister Miguel Angel Moratinos said on Monday.", "2008-02-18", ("ESP", "KSV", "120")),
    ("India will not recognize the Taliban government in Kabul, the foreign ministry said on Thursday.", "2021-09-02", ("IND", "AFGGOV", "120")),
])
def test_recognition_announced_as_never_to_be_granted_is_rejected(text, date, expected):
    assert expected in codes(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # a proposal blocked is vetoed (129), as a resolution or bill blocked is; what it proposed is not done
    ("Poland blocked a European Commission proposal on Tuesday to cut farm subsidies.", "2005-11-22", ("POL", "IGOEEU", "129")),
    ("Russia and China blocked a British proposal at the Security Council on Syria.", "2012-07-19", ("RUS", "GBR", "129")),
    # so are a budget and sanctions blocked by one member of a union that decides them together
    ("Italy blocked the European Union's 2021 budget on Tuesday.", "2020-11-17", ("ITA", "IGOEEU", "129")),
    ("Cyprus blocked European Union sanctions against Belarus on Monday.", "2020-09-21", ("CYP", "BLR", "129")),
])
def test_proposal_blocked_is_vetoed(text, date, expected):
    assert expected in codes(text, date)
