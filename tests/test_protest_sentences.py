"""News sentences the protest rules must code (real model): strikes, harms, camps, indigenous peoples, foreign rule."""
import pytest
from conftest import sentence_events as events


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    # P1+P2: "ahead of a U.N. summit" is when, not against whom; one named country among the strikers
    ("Eight Tunisian opposition leaders and activists began a hunger strike on Tuesday to demand freedom of expression and association ahead of a U.N. information summit in Tunis.", "2005-10-18", ("TUNOPP", "TUNGOV", "1423")),
    # P2: strikes that name no one are against the strikers' own government
    ("Bangladeshi garment workers walked off the job on Sunday demanding higher wages.", "2013-09-15", ("BGDLAB", "BGDGOV", "1433")),
    # P3: a protest against a killing is aimed at the killers, not the killed
    ("Turkish Kurds called a general strike in Diyarbakir on Tuesday to protest against the killing of 13 villagers by Turkish soldiers.", "2008-01-01", ("TURCVL", "TURMIL", "1433")),
    # P4: an unnamed army is the home protesters' own
    ("Burmese students marched in Mandalay on Monday against the military, defying a ban on gatherings.", "2021-02-15", ("MMREDU", "MMRMIL", "141")),
    # D1: the downfall of a regime, a rerun of an election, the withdrawal of a bill
    ("Tens of thousands of Yemenis rallied in Sanaa on Friday demanding the downfall of President Ali Abdullah Saleh's regime.", "2011-02-18", ("YEMCVL", "YEMGOV", "1411")),
    ("Opposition supporters marched through Kinshasa on Monday demanding a rerun of the presidential election.", "2011-12-12", ("CODOPP", "CODGOV", "1411")),
    # an election's annulment asked for is a vote to be run again
    ("Thousands of Georgian opposition supporters rallied in Tbilisi on Sunday against President Eduard Shevardnadze, demanding the annulment of the parliamentary election.", "2003-11-09", ("GEOOPP", "GEOGOV", "1411")),
    # D2: protest camps, staying off the job, blockades by protesters
    ("Hundreds of Thai protesters camped outside Government House in Bangkok on Monday, demanding that Prime Minister Thaksin Shinawatra resign.", "2006-03-06", ("THACVL", "THAGOV", "1411")),
    ("Thousands of Nigerian oil workers stayed off the job on Tuesday in protest against higher fuel prices.", "2004-10-12", ("NGALAB", "NGAGOV", "1432")),
    # D3: indigenous peoples are their state's people
    ("Aymara Indians blocked roads around Lake Titicaca on Saturday, demanding the resignation of Bolivian President Gonzalo Sanchez de Lozada.", "2003-09-20", ("BOLCVL", "BOLGOV", "1441")),
    # D4: against a foreign state's rule is for independence (14x4)
    ("Thousands of Kashmiris marched through Srinagar on Friday in protest against Indian rule.", "2010-06-25", ("INDCVL", "INDGOV", "1414")),
    # D5: protesters of no named country are placed by the building they set fire to
    ("Demonstrators set fire to the governor's office in Basra on Friday.", "2018-09-07", ("IRQCVL", "IRQGOV", "145")),
    # D6: a seat of power protested at is its body: the U.S. Capitol is Congress's
    ("Thousands of anti-war demonstrators rallied outside the U.S. Capitol on Saturday.", "2007-01-27", ("USACVL", "USALEG", "141")),
    # D7: a crowd converging on a seat of power (a palace, an embassy, a ministry), as on a parliament, protests there
    ("Thousands of Filipino protesters converged on the U.S. embassy in Manila on Friday.", "2012-04-20", ("PHLCVL", "USAGOV", "141")),
    ("Angry farmers converged on the agriculture ministry in Seoul on Tuesday.", "2008-06-10", ("KORAGR", "KORGOV", "141")),
    # D8: a march or rally near a seat of power, as one outside it, protests there
    ("Hundreds of Pakistani students marched near the French embassy in Islamabad on Friday.", "2020-10-30", ("PAKEDU", "FRAGOV", "141")),
])
def test_protest_sentence(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    # a crowd that fills a square or the streets to ask for something demonstrates for it (Milosevic was
    # Yugoslavia's president)
    ("Tens of thousands of Serbs packed the main square in Belgrade on Sunday to demand that Milosevic resign.", "2000-10-01", ("SRBCVL", "YUGGOV", "1411")),
    ("Thousands of Georgians gathered in the main square of Tbilisi to demand that Shevardnadze resign.", "2003-11-20", ("GEOCVL", "GEOGOV", "1411")),
    # a crowd massing on an avenue, as at or in a square, demonstrates (hundreds as well as thousands)
    ("Hundreds of Venezuelans massed on a Caracas avenue on Saturday, demanding that President Nicolas Maduro step down.", "2019-02-02", ("VENCVL", "VENGOV", "1411")),
])
def test_protest_by_crowds_filling_a_square(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.slow
@pytest.mark.parametrize("text,date", [
    # a crowd that gathers to celebrate, mourn or welcome protests against no one
    ("Thousands of Libyans poured into the streets of Tripoli on Thursday to celebrate the death of Moammar Gadhafi.", "2011-10-20"),
    ("Tens of thousands of Iranians filled the streets of Tehran to mourn General Qassem Soleimani.", "2020-01-06"),
])
def test_no_protest_by_a_festive_crowd(text, date):
    assert not any(code.startswith("14") for *_, code in events(text, date))


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    ("President Jacob Zuma met leaders of the National Union of Mineworkers in Pretoria on Monday.", "2012-08-27",
     ("ZAFGOV", "ZAFLAB", "040")),
    ("Prime Minister John Major met leaders of the National Union of Mineworkers in London on Monday.", "1993-01-18",
     ("GBRGOV", "GBRLAB", "040")),
    ("Cosatu urged President Thabo Mbeki on Monday to provide drugs for AIDS patients.", "2002-03-04", ("ZAFLAB", "ZAFGOV", "023")),
    ("The AFL-CIO urged President Barack Obama on Monday to reject the trade deal.", "2015-04-20", ("USALAB", "USAGOV", "020")),
])
def test_named_unions_are_their_countrys_labour(text, date, expected):
    # a union shared by two countries' names (the NUM) is the one the sentence's country decides
    assert expected in events(text, date)


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    ("Nigeria's two main labour federations called off a general strike on Sunday after the government agreed to cut fuel prices.",
     "2012-01-15", ("NGALAB", "NGAGOV", "082")),
    ("Argentina's rival labor confederations staged a general strike on Thursday against President Mauricio Macri's austerity measures.",
     "2017-04-06", ("ARGLAB", "ARGGOV", "1432")),
])
def test_labour_federations_in_the_plural_are_labour(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    # a strike told by who took part in it or stayed home for it
    ("Workers across Nigeria stayed at home on Monday in a general strike against the government's fuel price increases.", "2012-01-09", ("NGALAB", "NGAGOV", "1432")),
    ("Teachers in Kenya took part in a nationwide strike against the government's pay offer on Monday.", "2015-09-07", ("KENEDU", "KENGOV", "143")),
    ("Nurses in Malawi participated in a national strike against the government on Tuesday.", "2016-03-01", ("MWIHLH", "MWIGOV", "143")),
])
def test_protest_strike_taken_part_in(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.slow
def test_no_strike_by_jets_taking_part_in_strikes():
    # guard: air strikes taken part in are no work stoppage
    assert not any(code.startswith("14") for *_, code in events("British jets took part in strikes on Syria on Monday.", "2015-12-03"))


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    ("Belarusian riot police prevented opposition supporters from marching to the presidential administration.", "2006-03-25", ("BLRCOP", "BLROPP", "175")),
    ("Zimbabwe's government banned opposition supporters from demonstrating in Harare.", "2007-02-21", ("ZWEGOV", "ZWEOPP", "1721")),
])
def test_protest_kept_from_happening_is_repression_of_the_protesters(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    ("Police in Minsk used batons to disperse hundreds of opposition demonstrators on Sunday.", "2010-12-19", ("BLRCOP", "BLRCVL", "175")),
    ("Egyptian soldiers used live ammunition to break up a sit-in by protesters in Cairo.", "2011-12-17", ("EGYMIL", "EGYCVL", "175")),
])
def test_riot_gear_used_to_break_up_a_protest_is_repression(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    ("Thousands of protesters marched in Tbilisi against President Eduard Shevardnadze, demanding that the parliamentary election be rerun.",
     "2003-11-20", ("GEOCVL", "GEOGOV", "1411")),
    ("Georgia's opposition demanded that Shevardnadze rerun the election.", "2003-11-20", ("GEOOPP", "GEOGOV", "1041")),
])
def test_a_rerun_of_the_vote_demanded_is_a_new_election(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    # a human chain formed or joined is a demonstration, with the demand's sub-code (1414 for independence)
    ("Tens of thousands of Catalans formed a human chain across the region on Wednesday to demand independence from Spain.",
     "2013-09-11", ("ESPCVL", "ESPGOV", "1414")),
    ("Thousands of Armenians joined a human chain in Yerevan on Saturday to demand the resignation of President Serzh Sarkisian.",
     "2013-03-09", ("ARMCVL", "ARMGOV", "1411")),
])
def test_protest_a_human_chain_is_a_demonstration(text, date, expected):
    source, target, code = expected
    assert any(s.startswith(source) and t.startswith(target) and c == code for s, t, c in events(text, date))


@pytest.mark.parametrize("text,date,expected", [
    # a protest, march or sit-in begun or started is held (141, with its sub-code from what it demands)
    ("Thousands of opposition supporters began a march on Dhaka on Sunday to demand the resignation of Prime Minister Sheikh Hasina.",
     "2013-03-24", ("BGD", "BGDGOV", "1411")),
    ("Students started a protest against the government in Colombo on Monday.", "2022-04-04", ("LKA", "LKAGOV", "141")),
])
def test_protest_begun_is_held(text, date, expected):
    source, target, code = expected
    assert any(s.startswith(source) and t.startswith(target) and c == code for s, t, c in events(text, date))


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    # protesters who clash with soldiers or peacekeepers riot (145), as with police; not a battle both ways (190)
    ("Egyptian protesters clashed with soldiers outside the cabinet building in Cairo on Friday.", "2011-12-16", ("EGYCVL", "EGYMIL", "145")),
    ("Haitian demonstrators clashed with U.N. peacekeepers in Cap-Haitien on Monday.", "2010-11-15", ("HTICVL", "IGOUNO", "145")),
])
def test_protesters_clashing_with_troops_riot(text, date, expected):
    found = events(text, date)
    assert any(s == expected[0] and t.startswith(expected[1]) and c == expected[2] for s, t, c in found)
    assert not any(c == "190" for _, _, c in found)


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    # protesters who block a convoy obstruct its passage (144); only armed forces blockade (191)
    ("Demonstrators blocked a U.N. convoy in Goma on Tuesday.", "2008-11-18", ("CODCVL", "IGOUNO", "144")),
])
def test_protesters_blocking_a_convoy_obstruct_it(text, date, expected):
    found = events(text, date)
    assert expected in found
    assert not any(c == "191" for _, _, c in found)


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    # protesters marching into a city demonstrate there (141), as when they march on it; troops marching in occupy (192)
    ("Thousands of Bolivian miners marched into La Paz on Tuesday demanding the president's resignation.", "2003-10-14",
     ("BOLLAB", "BOLGOV", "1411")),
    ("Hundreds of Kenyan students marched into Nairobi on Monday to protest against the government.", "2016-05-16",
     ("KENEDU", "KENGOV", "141")),
])
def test_protesters_marching_into_a_city_demonstrate(text, date, expected):
    found = events(text, date)
    assert any(s.startswith(expected[0][:3]) and t == expected[1] and c == expected[2] for s, t, c in found)
    assert not any(c == "192" for _, _, c in found)


@pytest.mark.parametrize("text,date,expected", [
    # the spraying or fumigation of crops protested against is a policy protested, as crop eradication is (1412)
    ("Thousands of Bolivian farmers marched in La Paz on Tuesday to protest against the fumigation of coca fields.", "2002-01-15", ("BOLAGR", "BOLGOV", "1412")),
])
def test_protest_crop_spraying_is_a_policy(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # "Qom Indians" are an Argentine people, not people of the Iranian city of Qom
    ("Qom Indians blocked a highway in Argentina's Formosa province on Monday to demand land titles.", "2015-02-16", ("ARGCVL", "ARGGOV")),
])
def test_protest_by_an_indigenous_people_named_with_indians(text, date, expected):
    assert any((s, t) == expected and c.startswith("14") for s, t, c in events(text, date))


@pytest.mark.parametrize("text,date,expected", [
    # land occupations of farms, ranches and plantations by peasants or landless movements are protest (144x)
    ("Landless peasants occupied a sugar plantation in Pernambuco on Monday.", "2012-10-22", ("BRAAGR", "BRAGOV", "144")),
    ("Hundreds of Paraguayan peasants occupied a ranch owned by a Brazilian farmer on Monday, demanding land reform.", "2012-06-11", ("PRYAGR", "BRAAGR", "1442")),
])
def test_protest_farms_occupied(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    # one protest leader or anti-government protester is the opposition, as several are (not a "leader" of government)
    ("The protest leader gave President Kurmanbek Bakiyev an ultimatum on Tuesday to resign.", "2010-04-06", ("KGZOPP", "KGZGOV", "139")),
    ("A Venezuelan anti-government protester accused President Nicolas Maduro of fraud.", "2017-05-02", ("VENOPP", "VENGOV", "1121")),
])
def test_one_protest_leader(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    # leaders of Thailand's street movements: Suthep (deputy prime minister, then the PDRC), Sondhi (the PAD)
    ("Deputy Prime Minister Suthep Thaugsuban held talks with Malaysian Prime Minister Najib Razak in Kuala Lumpur on Tuesday.", "2010-06-08", ("THAGOV", "MYSGOV", "046")),
    ("Suthep urged Yingluck to resign.", "2014-01-13", ("THAOPP", "THAGOV", "0241")),
    ("Sondhi Limthongkul called on Prime Minister Samak Sundaravej to resign.", "2008-08-27", ("THAOPP", "THAGOV", "0241")),
])
def test_thai_street_movement_leaders(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    # protesters besieging or surrounding a place block it (144), not an armed blockade (191)
    ("Hundreds of demonstrators surrounded the parliament in Kiev on Tuesday.", "2004-11-23", ("UKRCVL", "UKRLEG", "144")),
    ("Thai protesters besieged the airport in Bangkok on Monday, demanding that Prime Minister Yingluck Shinawatra resign.", "2014-01-13", ("THACVL", "THAGOV", "1441")),
])
def test_places_besieged_by_protesters(text, date, expected):
    found = events(text, date)
    assert expected in found and not any(c == "191" for _, _, c in found), found


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    # Tunisia's UGTT is its labour federation (LAB)
    ("The UGTT staged a general strike against the government on Thursday.", "2019-01-17", ("TUNLAB", "TUNGOV", "143")),
])
def test_tunisias_labour_federation(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    # a strike declared is begun, as one called or staged is (143); a hunger strike declared already was (142)
    ("Nigeria's main labour unions declared an indefinite general strike against the government on Monday.", "2012-01-09",
     ("NGALAB", "NGAGOV", "143")),
    ("Bangladesh's opposition declared a nationwide strike against the government on Sunday.", "2013-03-03",
     ("BGDOPP", "BGDGOV", "143")),
])
def test_strikes_declared(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # one dissident group is the opposition, as several are
    ("Belarusian police detained members of a dissident group.", "2011-03-01", ("BLRCOP", "BLROPP", "173")),
    ("Chinese police arrested the founder of a small dissident group in Shanghai.", "1999-06-01", ("CHNCOP", "CHNOPP", "173")),
])
def test_one_dissident_group(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    # Cuba's Ladies in White (Damas de Blanco), the wives and mothers of the dissidents jailed in 2003
    ("Cuban police detained several Ladies in White outside a church in Havana on Sunday.", "2012-03-18", ("CUBCOP", "CUBOPP", "173")),
    ("The Damas de Blanco marched through Havana on Sunday to demand the release of political prisoners.", "2010-03-21", ("CUBOPP", "CUBGOV", "141")),
])
def test_cuban_ladies_in_white(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # German firms and unions: a strike at Deutsche Bahn is against the railway, not the government
    ("The GDL union began a nationwide strike at Deutsche Bahn on Thursday after pay talks collapsed.", "2021-08-12", ("DEULAB", "DEUBUS", "143")),
    ("The ver.di union called a strike at Lufthansa on Wednesday.", "2024-02-06", ("DEULAB", "DEUBUS", "143")),
])
def test_strikes_at_german_firms(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    # Andean and Amazonian peoples by their own name, and Ecuador's indigenous confederation, are civilians
    # of their country, not of India
    ("Ecuador's indigenous confederation CONAIE demanded on Tuesday that President Lucio Gutierrez step down.", "2005-04-12", ("ECUCVL", "ECUGOV", "1041")),
    ("Shining Path rebels killed 14 Ashaninka Indians in an attack on a village in the Ene valley on Sunday.", "1994-05-16", ("PERREBSLU", "PERCVL", "190")),
])
def test_indigenous_peoples_of_the_andes_and_amazon(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    # a decree or a piece of legislation protested against is a policy the protesters would change (1412)
    ("Hundreds of Tunisians demonstrated in Tunis on Sunday against a government decree restricting the work of independent associations.",
     "2022-04-03", ("TUNCVL", "TUNGOV", "1412")),
    ("Thousands of Georgians rallied in Tbilisi on Tuesday against the government's foreign agents legislation.", "2024-04-16",
     ("GEOCVL", "GEOGOV", "1412")),
])
def test_protest_against_a_decree_or_legislation(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    # "Tibetan" names China's people as "Tibetans" does, as "Uighur" does
    ("Tibetan nuns staged a protest against Chinese rule in Lhasa on Monday.", "2008-03-10", ("CHNREL", "CHNGOV", "1414")),
    # ... but the exiles' administration is no Chinese government, and the Dalai Lama leads their faith
    ("The Tibetan government-in-exile condemned China's crackdown in Lhasa on Sunday.", "2008-03-16", ("CHNOPP", "CHN", "111")),
    ("China accused the Dalai Lama on Monday of inciting riots in Tibet.", "2008-03-17", ("CHN", "CHNREL", "1123")),
])
def test_protest_by_tibetans_is_chinas_people(text, date, expected):
    assert expected in events(text, date)


# activists who block a ship obstruct its passage (144), as they do a convoy; a navy that does so blockades (191)
@pytest.mark.parametrize("text,date,expected", [
    ("Environmental activists blocked a Japanese whaling ship in the port of Hobart on Friday.", "2008-01-18", ("---ENV", "JPNGOV", "144")),
])
def test_protesters_blocking_a_ship(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # a movement's branch is named by its country: Jordan's and Syria's Muslim Brotherhood are not Egypt's
    ("Jordan's Muslim Brotherhood called for protests against the government on Friday.", "2012-10-05", ("JOROPPMBR", "JORGOV")),
    ("Syria's Muslim Brotherhood condemned President Bashar al-Assad.", "2011-04-29", ("SYROPPMBR", "SYRGOV")),
])
def test_a_movements_branch_is_its_countrys(text, date, expected):
    assert expected in {(source, target) for source, target, _ in events(text, date)}


@pytest.mark.parametrize("text,date,expected", [
    # dissidents or students police act on as they march are of the place they march through or in
    ("Police beat dissidents as they marched through Minsk on Sunday.", "2006-03-25", ("BLRCOP", "BLROPP", "175")),
    ("Riot police clubbed students as they marched through Jakarta on Friday.", "1998-05-08", ("IDNCOP", "IDNEDU", "175")),
])
def test_marchers_beaten_are_of_the_place_they_march(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date", [
    # troops or rebels on the march move; they do not demonstrate (141)
    ("Russian troops marched near the Ukrainian border on Tuesday.", "2021-04-13"),
    ("Rebel fighters marched to the capital on Sunday.", "1997-05-11"),
])
def test_armed_men_on_the_march_do_not_demonstrate(text, date):
    assert not any(code == "141" for _, _, code in events(text, date))


@pytest.mark.parametrize("text,date,expected", [
    # American cities of the police-violence protests are the United States (place + agent compose)
    ("Police in Kenosha fired tear gas at protesters on Monday night.", "2020-08-25", ("USACOP", "USACVL", "175")),
    ("Louisville police arrested dozens of protesters on Saturday.", "2020-09-26", ("USACOP", "USACVL", "173")),
    ("Police in Omaha arrested more than 100 demonstrators on Saturday.", "2020-07-26", ("USACOP", "USACVL", "173")),
])
def test_american_cities_police_and_protesters(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # "anti-Chinese", "anti-American": whom the protesters oppose, not whose they are
    ("Anti-Chinese rioters in Vietnam set fire to Taiwanese factories on Wednesday.", "2014-05-14", ("VNMCVL", "TWN", "145")),
    ("Anti-American protesters in Karachi attacked the U.S. consulate on Friday.", "2012-09-21", ("PAKCVL", "USAGOV", "145")),
])
def test_protesters_against_a_country_are_not_its(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # people with no arms marching on a capital or a parliament demonstrate (141); they do not attack (190)
    ("Thousands of Serbs marched on Belgrade on Thursday to demand Milosevic's resignation.", "1996-12-12", ("SRBCVL", "YUGGOV", "141")),
    ("Thousands of Georgians marched on the parliament building in Tbilisi on Friday.", "2012-05-04", ("GEOCVL", "GEOLEG", "141")),
])
def test_unarmed_marches_on_a_place_are_demonstrations(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    # "agitation" is South Asian English for a protest campaign: launched, called off, asked to end
    ("Sugarcane growers in India launched an agitation against the state government on Monday.", "2021-02-08", ("INDAGR", "INDGOV", "141")),
    ("Indian farmers called off their agitation against the government on Thursday.", "2021-02-08", ("INDAGR", "INDGOV", "082")),
    ("Prime Minister Narendra Modi appealed to Indian farmers on Monday to end their agitation and return home.", "2021-02-08", ("INDGOV", "INDAGR", "0252")),
])
def test_an_agitation_is_a_protest(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.parametrize("text,date,expected", [
    # protesters who chant for a leader to step down demonstrate (141) against him; the leader has not yielded (0831)
    ("Thousands of protesters in Bangkok chanted for Prime Minister Prayuth Chan-ocha to step down on Sunday in defiance of a ban on gatherings.", "2020-10-18", ("THACVL", "THAGOV", "141")),
    ("Hundreds of students in Hong Kong chanted for the city's leader to step down on Friday.", "2019-09-06", ("HKGEDU", "HKGGOV", "141")),
])
def test_chanting_for_a_leader_to_go_is_a_demonstration(text, date, expected):
    found = events(text, date)
    assert expected in found and not any(code.startswith("08") for _, _, code in found)


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    # Thailand's rival street movements in lower case and as modifiers, not only as the capitalised "Red Shirts"
    ("Police arrested 20 yellow-shirted protesters outside parliament on Tuesday.", "2008-10-07", ("THACOP", "THAOPPPAD", "173")),
    ("Prime Minister Abhisit Vejjajiva held talks with red-shirt leaders on Sunday.", "2010-03-28", ("THAGOV", "THAOPPUDD", "046")),
    ("Prime Minister Samak Sundaravej accused the yellow shirts of trying to provoke a coup.", "2008-08-30", ("THAGOV", "THAOPPPAD", "112")),
])
def test_thai_street_movements_named_by_their_shirts(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    # protesters rallying at a place demonstrate there (141), as they do rallying in or outside it
    ("Thousands of Georgian protesters rallied at the parliament building on Friday.", "2019-06-21", ("GEOCVL", "GEOLEG", "141")),
    # and the demand they carry says which kind (1411), rather than a bare verbal demand (1041)
    ("Thousands of Thai protesters rallied at the Democracy Monument on Sunday, demanding that the government step down.", "2020-08-16", ("THACVL", "THAGOV", "1411")),
])
def test_rallies_at_a_place(text, date, expected):
    assert expected in events(text, date)


@pytest.mark.slow
def test_shares_rallying_at_the_close_are_no_protest():
    assert not events("Hong Kong stocks rallied at the close on Friday.", "2020-08-14")


@pytest.mark.slow
@pytest.mark.parametrize("text,date,expected", [
    # Argentina's piqueteros, its unemployed workers' movements, by their own name
    ("Thousands of piqueteros blocked the main highways into Buenos Aires on Tuesday to demand more jobless benefits from the government.", "2004-06-22", ("ARGLAB", "ARGGOV", "144")),
    ("Piqueteros marched on the Economy Ministry on Monday.", "2005-03-07", ("ARGLAB", "ARGGOV", "141")),
])
def test_piqueteros_are_argentine_workers(text, date, expected):
    assert expected in events(text, date)
