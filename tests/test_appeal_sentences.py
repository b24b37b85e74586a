"""Appeals as news reports them, with the real model and shipped dictionaries: an appeal to join talks is an
appeal to negotiate (026), an appeal to join a coalition one for support (022); forces asked for, also as their
deployment, are protection asked for (0234); the departure or removal of forces asked or demanded is their
withdrawal (0256, 1056), not a change of leader (0241, 1041); a deposed leader's reinstatement demanded is one (1041)."""
import pytest
from conftest import sentence_events as events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text,date,expected", [
    ("Karzai urged the Taliban on Friday to join peace talks with his government.", "2010-06-04", ("AFGGOV", "AFGINSTAL", "026")),
    ("Bush urged Turkey to join the coalition against Iraq.", "2003-03-01", ("USAGOV", "TUR", "022")),
])
def test_appeal_sentence(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    ("Mali asked the United Nations on Tuesday for the deployment of an international force.", "2012-09-25",
     ("MLI", "IGOUNO", "0234")),
    ("Somalia requested troops from the African Union.", "2007-01-10", ("SOM", "IGOAFUMIL", "0234")),
    ("Kenya appealed to the African Union for troops.", "2008-02-01", ("KEN", "IGOAFU", "0234")),
])
def test_appeal_for_forces_is_for_protection(text, date, expected):
    assert expected in events(text, date)


def test_appeal_to_allow_a_transfer_of_power_is_for_a_change_in_leadership():
    assert ("IGOEEU", "ZWEGOV", "0241") in events("The European Union urged Mugabe to allow a peaceful transfer of power.", "2008-06-25")


@pytest.mark.parametrize("text,date,expected", [
    ("The United States demanded the departure of Syrian troops from Lebanon.", "2005-03-08", ("USA", "SYRMIL", "1056")),
    ("Iraq's parliament demanded the removal of Turkish forces from the north.", "2016-10-04", ("IRQLEG", "TURMIL", "1056")),
    ("France urged the departure of Syrian forces from Lebanon.", "2005-03-10", ("FRA", "SYRMIL", "0256")),
])
def test_departure_of_forces_asked_is_a_withdrawal(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # an opposition, party or union named with its country deals with its own state's unnamed bodies, in any act
    ("Zimbabwe's main opposition party urged the government on Tuesday to release jailed activists.", "2008-11-25", ("ZWEOPP", "ZWEGOV", "0253")),
    ("Nigeria's main labour unions appealed to the government on Sunday to reverse the fuel price rise.", "2012-01-08", ("NGALAB", "NGAGOV", "0242")),
])
def test_appeal_to_own_state_unnamed(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # heads of UN relief agencies and the Red Cross act for their agency while in office
    ("Jan Egeland urged Sudan on Monday to let aid workers reach Darfur.", "2004-09-20", ("IGOUNOCHA", "SDN", "0255")),
    ("Filippo Grandi appealed to Europe on Friday to take in more refugees.", "2016-03-04", ("IGOUNOHCR", "EUR", "0233")),
    ("David Beasley urged Saudi Arabia on Monday to lift the blockade of Yemen's ports.", "2017-11-20", ("IGOUNOWFP", "SAU", "0256")),
    ("Peter Maurer appealed to Syria on Tuesday to let aid convoys into besieged towns.", "2016-02-16", ("NGOIRC", "SYR", "0255")),
])
def test_appeal_by_heads_of_relief_agencies(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    ("Zambia urged China on Tuesday to reschedule its loans as the country struggled to pay its creditors.", "2020-11-17", ("ZMB", "CHN", "0231")),
    ("Pakistan asked Saudi Arabia to restructure its debt repayments on Thursday.", "2019-01-10", ("PAK", "SAU", "0231")),
])
def test_appeal_to_reschedule_loans_or_repayments_is_for_economic_aid(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # aid a lender is urged to approve is aid asked for, with or without a "for" phrase
    ("Ukrainian Prime Minister Arseniy Yatsenyuk urged the European Union on Thursday to approve new loans quickly, warning that Kiev could soon run out of cash.", "2014-04-03", ("UKRGOV", "IGOEEU", "0231")),
    ("Afghan President Ashraf Ghani urged the U.S. Congress to approve more military aid as the Taliban advanced.", "2015-03-25", ("AFGGOV", "USALEG", "0232")),
])
def test_appeal_to_approve_aid_is_for_that_aid(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date", [
    # a loan approved from a lender is borrowed: no aid from the borrower to the lender
    ("Kenya's parliament approved a $2 billion loan from China on Tuesday.", "2014-05-13"),
])
def test_loan_approved_from_a_lender_is_no_aid_to_it(text, date):
    assert not any(code.startswith("07") for *_, code in events(text, date))


@pytest.mark.parametrize("text,date,expected", [
    ("Iraq insisted that Kuwait pay reparations for the oil it pumped from the Rumaila field.", "1990-07-20", ("IRQ", "KWT", "105")),
    ("China demanded that Japan pay compensation to victims of its wartime germ warfare units.", "2002-08-28", ("CHN", "JPN", "105")),
])
def test_demand_to_pay_compensation_is_a_demand_to_yield(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    ("More than 3,000 Eritreans have sought asylum in Israel this month, the Interior Ministry said.", "2012-01-09", ("ERI", "ISR", "0233")),
    ("Tens of thousands of Rwandan Hutus sought refuge in Zaire after the massacres.", "1994-07-20", ("RWA", "ZAR", "1033")),
    ("Hundreds of Burmese villagers took refuge in Thailand on Sunday after fighting near the border.", "2010-11-08", ("MMR", "THA", "1033")),
    ("Two Belarusian athletes applied for asylum in Poland.", "2021-08-02", ("BLR", "POL", "0233")),
])
def test_asylum_or_refuge_sought_in_a_country_asks_it_of_that_country(text, date, expected):
    assert any(s.startswith(expected[0]) and t.startswith(expected[1]) and c == expected[2] for s, t, c in events(text, date))


@pytest.mark.parametrize("text,date,expected", [
    # churchmen named are their church's (REL) of their country; a papal envoy is the Vatican's
    ("Cardinal Jaime Sin urged President Joseph Estrada to resign.", "2000-10-12", ("PHLREL", "PHLGOV", "0241")),
    ("Archbishop Desmond Tutu urged President P.W. Botha to free Nelson Mandela.", "1989-03-01", ("ZAFREL", "ZAFGOV", "0253")),
    ("The papal nuncio urged Nicaragua's government to free the jailed bishop.", "2022-09-01", ("VAT", "NICGOV", "0253")),
])
def test_appeal_by_named_churchmen(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    ("The European Union urged Thailand's military rulers to hold elections as soon as possible.", "2014-06-10", ("IGOEEU", "THAGOV", "0241")),
    ("Myanmar's junta refused to hold elections despite pressure from ASEAN.", "2010-03-01", ("MMRGOV", "IGOASN", "1231")),
])
def test_elections_asked_for_or_refused_are_a_change_in_leadership(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    ("Kazakhstan invited observers from the OSCE to monitor its parliamentary vote.", "2015-09-20", ("KAZ", "IGOOSC", "0355")),
    ("The United States called on Azerbaijan to invite OSCE monitors to its parliamentary election.", "2015-09-20", ("USA", "AZE", "0255")),
    ("Azerbaijan refused to invite observers from the OSCE to its parliamentary vote.", "2015-09-20", ("AZE", "IGOOSC", "1245")),
    # an invitation extended to inspectors or investigators, not to a leader (036)
    ("Sri Lanka extended an invitation to U.N. rapporteurs on torture to visit its prisons.", "2016-04-20", ("LKA", "IGOUNO", "0355")),
    ("North Korea issued an invitation to IAEA inspectors on Monday.", "2007-06-18", ("PRK", "IGOUNOAEA", "0355")),
])
def test_observers_invited_are_access_offered_not_a_meeting(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    ("Belarus declined to accredit monitors from the OSCE for its parliamentary vote.", "2016-09-01", ("BLR", "IGOOSC", "1245")),
    ("Russia refused to accredit election observers from the European Union.", "2021-09-10", ("RUS", "IGOEEU", "1245")),
])
def test_observers_refused_accreditation_are_access_refused(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # rescue and medical teams and field hospitals asked for are humanitarian aid asked for (0233)
    ("Nepal's government appealed to India for rescue teams on Sunday.", "2015-04-26", ("NPLGOV", "IND", "0233")),
    ("Pakistan asked the United States for medical teams and field hospitals after the floods.", "2010-08-05", ("PAK", "USA", "0233")),
])
def test_rescue_teams_asked_for_are_humanitarian_aid(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # acting with restraint is restraint shown (087): urged, it is an appeal for de-escalation (0256)
    ("The United States called on India and Pakistan to act with restraint.", "2001-12-20", ("USA", "IND", "0256")),
    ("Germany urged Russia on Monday to act with restraint in Georgia.", "2008-08-11", ("DEU", "RUS", "0256")),
])
def test_acting_with_restraint_urged_is_de_escalation(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # applying to join an organisation or alliance, or for its membership, asks it to take one in (022)
    ("Ukraine applied to join the European Union on Monday.", "2022-02-28", ("UKR", "IGOEEU", "022")),
    ("Turkey applied for membership of the European Union.", "1987-04-14", ("TUR", "IGOEEU", "022")),
])
def test_applications_to_join_are_appeals(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # warplanes or tanks asked to be handed over, to whoever asks, are military aid appealed for (0232)
    ("Kyiv urged Bulgaria on Tuesday to hand over its old Soviet-made fighter jets.", "2022-04-19", ("UKRGOV", "BGR", "0232")),
    ("Lithuania asked Germany to hand over its Leopard tanks.", "2023-01-20", ("LTU", "DEU", "0232")),
])
def test_arms_asked_to_be_handed_over_are_military_aid(text, date, expected):
    assert expected in events(text, date)


def test_chiapas_mediator_bishop_is_a_mexican_religious_actor():
    # Samuel Ruiz, bishop of San Cristobal de las Casas, who mediated between the government and the Zapatistas
    assert ("MEXREL", "MEXREBZAP", "020") in events("Bishop Samuel Ruiz urged the Zapatista rebels on Monday to accept a government peace offer.", "1996-05-01")


@pytest.mark.parametrize("text,date,expected", [
    # what a generic noun in the "for" phrase is of says what is asked for, as it does for an object
    ("Sri Lanka asked the International Monetary Fund on Wednesday for an emergency loan package.", "2022-04-20", ("LKA", "IGOIMF", "0231")),
    ("Haiti asked the United Nations for a food aid programme.", "2010-01-20", ("HTI", "IGOUNO", "0233")),
])
def test_aid_asked_for_by_a_generic_noun(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # Amien Rais led the 1998 reform movement in opposition, then chaired the People's Consultative Assembly
    ("Opposition figure Amien Rais urged Suharto to resign on Friday.", "1998-05-15", ("IDNOPP", "IDNGOV", "0241")),
    ("Assembly speaker Amien Rais urged President Abdurrahman Wahid on Monday to step aside.", "2001-06-11", ("IDNLEG", "IDNGOV", "0241")),
])
def test_appeals_by_amien_rais(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    # compensation or reparations for a wrong are a yielding asked for (025) or promised (035), not rights (0243, 0343)
    ("Namibia asked Germany for reparations.", "2021-05-28", ("NAM", "DEU", "025")),
    ("Japan promised to pay compensation to South Korea.", "2015-12-28", ("JPN", "KOR", "035")),
])
def test_compensation_is_a_yielding(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # Wan Azizah Wan Ismail led Malaysia's opposition while her husband Anwar Ibrahim was jailed, and was deputy
    # prime minister from May 2018 to February 2020
    ("Wan Azizah Wan Ismail demanded that the authorities release political prisoners.", "1999-05-02", ("MYSOPP", "MYSGOV", "1053")),
    ("Deputy Prime Minister Wan Azizah met Chinese Foreign Minister Wang Yi in Kuala Lumpur.", "2019-03-15", ("MYSGOV", "CHNGOV", "040")),
])
def test_wan_azizah(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # a deposed leader's reinstatement or return to power demanded is a change of leadership demanded (1041),
    # not a release (1053)
    ("The African Union demanded the reinstatement of Niger's ousted president Mohamed Bazoum.", "2023-07-28", ("IGOAFU", "NERELI", "1041")),
    ("Brazil demanded the return to power of Manuel Zelaya.", "2009-07-10", ("BRA", "HNDELI", "1041")),
])
def test_reinstatement_demanded_is_a_change_of_leader(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    ("Washington urged India and Pakistan on Friday to reduce tensions along their border.", "2002-05-31", ("USAGOV", "IND", "0256")),
    ("Ankara called on Armenia and Azerbaijan to ease tensions in the region.", "2016-04-03", ("TURGOV", "ARM", "0256")),
])
def test_appeal_to_reduce_tension_is_for_de_escalation(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # the NAACP, the American civil rights group, is a named non-governmental organisation
    ("The NAACP urged the Justice Department to investigate the shooting of an unarmed man in Georgia.", "2020-05-07", ("NGONAA", "USA")),
])
def test_american_civil_rights_groups(text, date, expected):
    assert expected in {(s, t[:3]) for s, t, _ in events(text, date)}


@pytest.mark.parametrize("text,date,expected", [
    ("Egypt asked the IMF for a stand-by arrangement on Sunday.", "2016-07-24", ("EGY", "IGOIMF", "0231")),
    ("Ukraine requested a new credit facility from the International Monetary Fund on Monday.", "2014-03-03", ("UKR", "IGOIMF", "0231")),
])
def test_appeal_for_an_imf_facility_is_for_economic_aid(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # asylum asked for is humanitarian protection asked for (0233), as CAMEO files asylum requests
    ("Edward Snowden asked Ecuador to grant him asylum.", "2013-06-24", ("USA", "ECU", "0233")),
    ("Haitian President Jovenel Moise urged Washington to grant Temporary Protected Status to Haitians.", "2018-01-12", ("HTIGOV", "USAGOV", "0233")),
])
def test_appeal_to_grant_asylum_is_for_humanitarian_aid(text, date, expected):
    assert expected in events(text, date)
