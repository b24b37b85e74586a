"""Public statements (01) in news sentences: views shared are accord (019); a danger foreseen ("warned that the
conflict could spread") is pessimism (012). Real model and shipped dictionaries."""
import pytest
from conftest import sentence_events as events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,date,expected", [
    # a copula "in agreement" is a view shared, as "agreed that" is; by both sides when they are the subject
    ("Chancellor Gerhard Schroeder and President Jacques Chirac said they were in full agreement on Iraq.", "2003-01-22",
     {("DEUGOV", "FRAGOV", "019"), ("FRAGOV", "DEUGOV", "019")}),
    ("Japan and South Korea were in agreement on the need for more pressure on North Korea, officials said.", "2017-09-04",
     {("JPN", "KOR", "019"), ("KOR", "JPN", "019")}),
])
def test_statement_views_shared(text, date, expected):
    assert expected <= events(text, date)


def test_statement_a_text_in_accord_with_a_law_is_no_accord():
    found = events("The Iraqi plan is in accord with international law.", "2003-01-22")
    assert not any(code == "019" and "-" not in (source, target) for source, target, code in found)


@pytest.mark.parametrize("text,date,expected", [
    # Pakistan's foreign ministry is "the Foreign Office" too; named with Pakistan it is not Britain's
    ("Pakistan's Foreign Office denied Indian accusations of backing militants in Kashmir.", "2016-09-20", ("PAKGOV", "IND", "016")),
    ("The Pakistani Foreign Office denied Indian accusations of backing militants in Kashmir.", "2016-09-20", ("PAKGOV", "IND", "016")),
])
def test_statement_by_a_foreign_office_named_with_its_country(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # a monarchy speaks through its royal palace, as a republic through its presidential palace
    ("Jordan's royal palace expressed condolences to Turkey on Monday after the earthquake.", "2023-02-07", ("JORGOV", "TUR", "018")),
    ("The Thai royal palace praised the Japanese government on Friday.", "2019-05-10", ("THAGOV", "JPNGOV", "051")),
])
def test_statement_by_a_royal_palace_is_the_government(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # a danger foreseen is pessimism (012), not a threat (130)
    ("U.N. Secretary-General Ban Ki-moon warned that Lebanon could slide into civil war.", "2013-06-10", ("IGOUNO", "LBN", "012")),
    ("Iran warned Israel on Monday that the war in Gaza could spread.", "2023-10-16", ("IRN", "ISR", "012")),
    # hunger foreseen: a people that could starve, a country that could slip into famine
    ("The WFP warned on Monday that millions of Yemenis could starve unless the ports reopened.", "2018-11-05", ("IGOUNOWFP", "YEMCVL", "012")),
])
def test_statement_a_danger_foreseen_is_pessimism(text, date, expected):
    found = events(text, date)
    assert expected in found and not any(code.startswith("13") for *_, code in found)


def test_statement_a_warning_of_what_the_warner_would_do_stays_a_threat():
    found = events("Iran warned that it would strike Israel if attacked.", "2024-04-15")
    assert not any(code == "012" for *_, code in found)


@pytest.mark.parametrize("text,date,expected", [
    ("Germany is considering supplying Leopard tanks to Ukraine, officials said on Tuesday.", "2023-01-17", ("DEU", "UKR", "014")),
    ("Washington is considering providing F-16 fighter jets to Ukraine.", "2023-05-19", ("USAGOV", "UKR", "014")),
])
def test_statement_giving_under_consideration_is_a_policy_option_not_aid(text, date, expected):
    found = events(text, date)
    assert expected in found and not any(code.startswith("07") for _, _, code in found)


@pytest.mark.parametrize("text,date,expected", [
    # a plea in court: "pleaded guilty" admits the charges, "pleaded not guilty" denies them, toward the court
    ("Former Congolese militia leader Thomas Lubanga pleaded not guilty at the International Criminal Court on Monday to recruiting child soldiers.",
     "2009-01-26", ("COD", "IGO", "016")),
    ("A former Bosnian Serb army officer pleaded guilty before the UN war crimes tribunal on Wednesday to charges of persecution.",
     "2003-05-07", ("BIH", "IGOUNOICT", "015")),
    # the court in the phrase of the charges answered
    ("Former Ivorian president Laurent Gbagbo pleaded not guilty to crimes against humanity charges at the International Criminal Court on Thursday.",
     "2016-01-28", ("CIV", "IGOICC", "016")),
])
def test_statement_pleas_entered_in_court(text, date, expected):
    source, target, code = expected
    assert any(s.startswith(source) and t.startswith(target) and c == code for s, t, c in events(text, date))


@pytest.mark.parametrize("text,date,expected", [
    # a request, bid or application welcomed is endorsed (051), not a visitor hosted (043)
    ("The European Commission welcomed Moldova's application to join the European Union on Friday.", "2022-06-17", ("IGOEEU", "MDA", "051")),
    ("Germany on Tuesday welcomed Ukraine's bid for membership of the bloc.", "2022-06-21", ("DEU", "UKR", "051")),
])
def test_statement_a_request_welcomed_is_endorsed(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # forgiveness asked as the object, of whom the "from" phrase or the possessive names, is an apology (055)
    ("Britain's foreign secretary asked forgiveness from Kenya on Monday for abuses committed under colonial rule.", "2013-06-10", ("GBRGOV", "KEN", "055")),
    ("The German president asked Poland's forgiveness for the crimes of the Nazi occupation.", "1994-08-01", ("DEUGOV", "POL", "055")),
])
def test_statement_forgiveness_asked_is_an_apology(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # the Kremlin's spokesman by name
    ("Dmitry Peskov declined to comment on the verdict against Alexei Navalny.", "2021-02-03", ("RUSGOV", "RUSOPP", "011")),
])
def test_statement_kremlin_spokesman_declines(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # praise given in a light verb is praise (051), of whom it is heaped on or showered on
    ("French President Emmanuel Macron heaped praise on German Chancellor Angela Merkel on Friday.", "2019-05-10", ("FRAGOV", "DEUGOV", "051")),
    ("Russian President Vladimir Putin lavished praise upon Chinese President Xi Jinping at a Kremlin dinner.", "2023-03-21", ("RUSGOV", "CHNGOV", "051")),
    ("Indian Prime Minister Narendra Modi showered Japanese Prime Minister Shinzo Abe with praise in Tokyo.", "2018-10-29", ("INDGOV", "JPNGOV", "051")),
])
def test_statement_praise_lavished_on_someone(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # relations reassessed, reevaluated or rethought are reviewed, a policy option weighed (014)
    ("Japan will reassess its ties with China after the boat collision, the foreign minister said.", "2010-09-20", ("JPN", "CHN", "014")),
    ("The Netherlands said it would reevaluate its relationship with Turkey after the diplomatic row.", "2017-03-13", ("NLD", "TUR", "014")),
    ("Australia is rethinking its relationship with China, Prime Minister Scott Morrison said.", "2020-05-01", ("AUS", "CHN", "014")),
])
def test_statement_relations_reassessed_are_under_review(text, date, expected):
    source, target, code = expected
    assert any(s.startswith(source) and t.startswith(target) and c == code for s, t, c in events(text, date))


@pytest.mark.parametrize("text,date,expected", [
    # an inquiry's findings or conclusions rejected are the accusations denied (016), not a refusal (120)
    ("Israel rejected the findings of a U.N. inquiry into the Gaza war on Tuesday.", "2009-09-15", ("ISR", "IGOUNO", "016")),
    ("Russia dismissed the conclusions of the OPCW report on Thursday.", "2018-09-06", ("RUS", "IGOOPW", "016")),
])
def test_statement_findings_rejected_are_a_denial(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # joining others at a funeral or memorial is attending it, a symbolic act (017) toward whom it honours
    ("The British prime minister joined world leaders at the funeral of Nelson Mandela on Tuesday.", "2013-12-10", ("GBRGOV", "ZAFELI", "017")),
    ("French President Emmanuel Macron joined Lebanese officials at a memorial in Beirut.", "2020-08-06", ("FRAGOV", "LBNGOV", "017")),
])
def test_statement_joining_mourners_at_a_funeral(text, date, expected):
    assert expected in events(text, date)
