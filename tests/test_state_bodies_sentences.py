"""Real-model sentences: in a sentence that names one country's state only, its unnamed police, army,
courts and parliament are that country's own."""

import pytest
from conftest import sentence_events as events


@pytest.mark.parametrize("text,date,expected", [
    ("German Chancellor Angela Merkel praised the police on Sunday for their handling of the riots in Hamburg.", "2017-07-09", ("DEUGOV", "DEUCOP", "051")),
    ("Turkish President Recep Tayyip Erdogan defended the army on Tuesday against criticism over its offensive.", "2018-01-23", ("TURGOV", "TURMIL", "052")),
    ("President Joe Biden praised police officers on Thursday for their bravery during the riot at the Capitol.", "2021-01-08", ("USAGOV", "USACOP", "051")),
    ("Indian Prime Minister Narendra Modi on Sunday defended the army against criticism over the deaths of civilians in Nagaland.", "2021-12-05", ("INDGOV", "INDMIL", "052")),
])
def test_unnamed_state_bodies_of_the_one_country_named(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,unexpected", [
    # a country named only by people outside its state says nothing of whose police these are
    ("Police launched an investigation into a cyberattack on the ministry by Chinese hackers.", "2021-03-12", "CHNCOP"),
    ("Zimbabwean refugees praised the government for letting them stay.", "2008-06-10", "ZWEGOV"),
])
def test_a_country_named_by_its_people_only_gives_no_state_bodies(text, date, unexpected):
    assert all(unexpected not in (s, t) for s, t, _ in events(text, date))


@pytest.mark.parametrize("text,date,expected", [
    # a country named by its former leader alone still says whose prosecutors and judges these are
    ("Former Peruvian President Alberto Fujimori denied on Monday accusations by prosecutors that he ordered the killings.", "2007-12-10", ("PERELI", "PERJUD", "016")),
])
def test_state_bodies_of_the_country_a_former_leader_names(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # two people in office in one government: a country's own politics, both of one code
    ("French President Emmanuel Macron praised Prime Minister Edouard Philippe on Monday for his handling of the pension talks.",
     "2019-03-04", ("FRAGOV", "FRAGOV", "051")),
    ("German Chancellor Angela Merkel criticized Interior Minister Horst Seehofer on Monday over his remarks on migration.",
     "2018-09-10", ("DEUGOV", "DEUGOV", "111")),
])
def test_two_people_in_office_of_one_government(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # a court's order to a government or to police is a demand of them by the act ordered, not the act done
    ("Kenya's High Court ordered the government on Monday to release the opposition leader.", "2018-02-05", ("KENJUD", "KENGOV", "1053")),
    ("A Pakistani court ordered police on Tuesday to release the opposition leader.", "2023-05-09", ("PAKJUD", "PAKCOP", "1053")),
])
def test_a_courts_order_is_a_demand(text, date, expected):
    found = events(text, date)
    assert expected in found and not any(code == "0841" for _, _, code in found)


@pytest.mark.parametrize("text,date,expected", [
    # Peru's presidents of Congress and attorneys general are its parliament and its prosecutors,
    # though a title of "President" alone would read as the government
    ("Congress President Luis Galarreta met Prime Minister Mercedes Araoz in Lima on Tuesday to discuss the budget.",
     "2017-11-14", ("PERLEG", "PERGOV", "040")),
    ("Prime Minister Pedro Cateriano met Congress President Manuel Merino on Thursday to seek a vote of confidence.",
     "2020-07-30", ("PERGOV", "PERLEG", "040")),
    ("Peru's Patricia Benavides filed a constitutional complaint against President Dina Boluarte on Tuesday over the deaths of protesters.",
     "2023-01-10", ("PERJUD", "PERGOV", "114")),
])
def test_perus_presidents_of_congress_and_attorneys_general(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    # Bangladesh's border force (Bangladesh Rifles, Border Guard Bangladesh) is army-officered, as India's BSF;
    # the Rapid Action Battalion is its police-led elite force; a home minister named without his country
    ("Members of the Border Guard Bangladesh exchanged fire with Myanmar border police on Friday.", "2015-06-12", ("BGDMIL", "MMRCOP", "193")),
    ("The Rapid Action Battalion arrested a senior BNP leader in Dhaka on Wednesday.", "2016-07-20", ("BGDCOP", "BGDOPPBNP", "173")),
    ("Home Minister Asaduzzaman Khan praised the police on Monday for their handling of the hostage crisis.", "2016-07-18", ("BGDGOV", "BGDCOP", "051")),
])
def test_bangladeshi_security_forces_and_ministers_by_name(text, date, expected):
    assert expected in events(text, date)
