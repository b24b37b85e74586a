"""Investigations as news reports them, with the real model and shipped dictionaries: an inquiry a court,
a parliament or judges authorize or approve is an inquiry ordered, coded by what it looks into."""
import pytest
from conftest import sentence_events as events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,date,expected", [
    ("Peru's Congress approved an investigation into President Pedro Castillo over corruption allegations.", "2022-01-20",
     ("PERLEG", "PERGOV", "091")),
    ("Judges of the International Criminal Court authorised an investigation into war crimes in Burundi.", "2017-11-09",
     ("IGOICCJUD", "BDI", "094")),
    ("Israel's attorney general approved a criminal investigation into Prime Minister Benjamin Netanyahu.", "2016-12-28",
     ("ISRJUD", "ISRGOV", "091")),
])
def test_investigation_authorized(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    ("The International Criminal Court is investigating Russian commanders for war crimes in Ukraine.", "2022-03-10",
     ("IGOICC", "RUSMIL", "094")),
    ("Dutch prosecutors are probing Syrian officers over alleged war crimes.", "2019-05-20", ("NLDJUD", "SYRMIL", "094")),
])
def test_investigated_for_war_crimes(text, date, expected):
    # "investigated X for war crimes" is an inquiry into war crimes (094), not into a crime (091)
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # an inquiry whose noun names a crime (money laundering, drug trafficking) is an investigation of crime (091)
    ("Spanish prosecutors opened a money laundering investigation into a Russian businessman on Wednesday.", "2017-05-10",
     ("ESPJUD", "RUSBUS", "091")),
    ("Dutch prosecutors launched a drug trafficking investigation into two Colombian diplomats.", "2001-03-14",
     ("NLDJUD", "COLGOV", "091")),
])
def test_investigation_of_a_named_crime(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # an impeachment inquiry looks into crimes and misconduct in office (091), not an inquiry unspecified (090)
    ("Peru's Congress opened an impeachment inquiry into President Pedro Pablo Kuczynski on Friday.", "2017-12-15",
     ("PERLEG", "PERGOV", "091")),
    ("South Korea's parliament launched an impeachment investigation into President Park Geun-hye.", "2016-11-30",
     ("KORLEG", "KORGOV", "091")),
])
def test_impeachment_inquiry_is_of_a_crime(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # hackers and cyberattacks investigated are crimes investigated (091)
    ("Police launched an investigation into a cyberattack on the ministry by Chinese hackers.", "2021-03-12", ("---COP", "CHNCRM", "091")),
    ("Dutch prosecutors opened an investigation into Russian hackers on Monday.", "2018-10-08", ("NLDJUD", "RUSCRM", "091")),
])
def test_hackers_investigated_are_crimes_investigated(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # a person named or identified "as a suspect" is placed under investigation (091)
    ("South Korean prosecutors named former President Park Geun-hye as a suspect on Sunday.", "2017-03-19", ("KORJUD", "KORELI", "091")),
    ("Indonesia's Corruption Eradication Commission named the speaker of parliament as a suspect on Friday.", "2017-11-10", ("IDNGOV", "IDNLEG", "091")),
])
def test_named_as_a_suspect_is_placed_under_investigation(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # officers investigated "over" killings or deaths are investigated for human rights abuses (092), as
    # "over" a crime makes a crime investigated (091)
    ("Mexican prosecutors are investigating soldiers over the killing of 22 suspected gang members.", "2014-09-25", ("MEXJUD", "MEXMIL", "092")),
    ("Kenyan prosecutors are investigating police officers over the deaths of protesters.", "2017-08-15", ("KENJUD", "KENCOP", "092")),
])
def test_investigations_over_killings_are_into_abuses(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    ("Spain's High Court opened an investigation into Morocco's police for possible crimes against humanity.", "2019-06-04",
     ("ESPJUD", "MARCOP", "094")),
    ("The U.N. rights office launched an inquiry into Myanmar's army for torture and rape.", "2018-03-12",
     ("IGOUNOHCH", "MMRMIL", "092")),
])
def test_inquiry_opened_for_what_it_looks_into(text, date, expected):
    # an inquiry "for" war crimes or abuses is coded by them, as one "over" them is, not as a bare 090
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # questioning by prosecutors, detectives or police is an inquiry into a crime (091), whatever
    # the matter the parser leaves off the verb
    ("Brazilian prosecutors questioned former President Luiz Inacio Lula da Silva for three hours on Friday about an apartment a builder renovated.", "2016-03-04",
     ("BRAJUD", "BRA", "091")),
    ("Former French President Nicolas Sarkozy was questioned by French police for a second day on Wednesday about funds his campaign received.", "2018-03-21",
     ("FRACOP", "FRA", "091")),
])
def test_questioned_by_investigators(text, date, expected):
    found = events(text, date)
    assert any(e[0] == expected[0] and e[1].startswith(expected[1]) and e[2] == expected[2] for e in found), found


@pytest.mark.parametrize("text,date,expected", [
    # an inquiry "on charges of" an offence looks into a crime (091); into war crimes when those are the charges (094)
    ("Turkish prosecutors opened an investigation into the journalist on charges of espionage on Tuesday.", "2015-11-24", ("TURJUD", "-", "091")),
    ("A Belgian judge opened an investigation on charges of war crimes against the former Chadian dictator.", "2001-12-05", ("BELJUD", "-", "094")),
])
def test_inquiries_on_charges_of_an_offence(text, date, expected):
    got = events(text, date)
    assert any(s == expected[0] and c == expected[2] for s, _, c in got), got


@pytest.mark.parametrize("text,date,expected", [
    # reports or allegations looked into are investigated, by what they allege
    ("The European Union said it was looking into reports that Belarusian police had shot protesters.", "2020-08-20",
     ("IGOEEU", "BLRCOP", "092")),
    # a site, factory or depot searched by inspectors is inspected (090)
    ("IAEA inspectors searched a nuclear facility near Tehran on Monday.", "2003-10-13", ("IGOUNOAEA", "IRNGOV", "090")),
])
def test_investigation_looked_into_or_searched(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # police, prosecutors and magistrates investigate crimes (091) when nothing says what else
    ("German police are investigating a former Kenyan finance minister, officials in Berlin said on Monday.", "2012-06-04",
     ("DEUCOP", "KENELI", "091")),
    ("Argentina's federal prosecutors opened an investigation into Vice President Amado Boudou on Tuesday.", "2012-04-17",
     ("ARGJUD", "ARGGOV", "091")),
    # what they look into, where named, still says which inquiry (092); the police of a sentence that names
    # Uganda's state only are Uganda's
    ("Police are investigating allegations of torture by soldiers in Uganda.", "2012-06-04", ("UGACOP", "UGAMIL", "092")),
])
def test_police_and_prosecutors_investigate_crimes(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # Milan alone is left out (people's names, football clubs); its magistrates, judges and courts are Italy's judiciary
    ("Milan magistrates placed Socialist party leader Bettino Craxi under investigation for corruption on Tuesday.",
     "1992-12-15", ("ITAJUD", "ITAELI", "091")),
    ("Milan magistrates questioned former Prime Minister Bettino Craxi for six hours on Friday.", "1993-02-12",
     ("ITAJUD", "ITAELI", "091")),
    ("Bettino Craxi denied accusations by Milan magistrates that his party had taken kickbacks on public works contracts.",
     "1993-02-12", ("ITAELI", "ITAJUD", "016")),
])
def test_milan_judiciary_is_italys(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # South Korea's ministers of the Moon and Yoon years, and Yoon Suk Yeol as prosecutor general
    ("Justice Minister Choo Mi-ae ordered an investigation into Prosecutor General Yoon Suk Yeol on Tuesday.", "2020-11-24",
     ("KORGOV", "KORJUD", "090")),
    ("Health Minister Cho Kyoo-hong urged South Korean trainee doctors on Monday to return to their hospitals.", "2024-03-04",
     ("KORGOV", "KORHLH", "020")),
    ("Finance Minister Hong Nam-ki held talks with U.S. Treasury Secretary Janet Yellen in Washington on Wednesday.", "2021-04-07",
     ("KORGOV", "USAGOV", "046")),
])
def test_south_korean_ministers_of_the_2010s_and_2020s(text, date, expected):
    assert expected in events(text, date)
