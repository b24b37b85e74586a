"""Event assembly from hand-built parses: the logic, without loading a model."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from eventcoder.actors import ActorMatcher
from eventcoder.assemble import SentenceCoder
from eventcoder.dictionaries import Dictionaries, parse_native
from eventcoder.memory import ArticleMemory, link_mentions
from eventcoder.verbs import VerbIndex, repair_parse

ACTORS = """
IRQ: Iraq | Iraqi | Baghdad
IGOUNO: United Nations | UN
IRN: Iran | Iranian
IRNCVL: Iranians
SYR: Syria | Syrian
SYRGOV: Damascus
RUS: Russia | Russian | Moscow
TUR: Turkish
USA: United States | U.S.
UKR: Ukraine
JOR: Jordan
GBR: Britain
KWT: Kuwait
PSE: West Bank
IGOUNOSCR: Security Council
WST: the West
IRQLEG: Iraqi parliament
MEA: Middle East
KUR: Kurds
Barack Obama | Obama
    USAGOV 2009-01-20..2017-01-20
    USAELI
Hamid Karzai
    AFGGOV 2004-12-07..2014-09-29
    AFGELI
USAGOV: Washington
GBRMED: BBC
IGOUNOICT: Special Court
KOR: South Korea | South Korean
IMGMOSISI: Islamic State
PRK: North Korea | North Korean
"""
AGENTS = "OPP: opposition leader | opposition\nMED: reporters\nPTY: candidate\nMIL: military | troops | forces | artillery | officer\nGOV: Foreign Ministry | official | government | president | spokesman\nLEG: parliament\nELI: former president\nCOP: police\nJUD: court\nCVL: civilians | minority | village\nREF: evacuees\nREB: rebels | militants\n"
VERBS = """
&SANCTION = sanction | embargo
condemn => 111
criticize => 111
attack => 190
seal off => 191
impose obj=&SANCTION prep=on => 163
impose => ---
declare obj=curfew => 1723
declare obj=truce => 0871
accept obj=mediation => 038
accept obj=invitation => 036
lodge obj=request prep=for:extradition => 0213
carry off => 181
express obj=hope => 013
discuss => 040
lift obj=ban => 0351
agree comp=release|exchange => 0353
exchange obj=intelligence prep=with => 064
stage obj=drill => 150
lodge obj=complaint => 114
summon => 114
place prep=on:alert => 151
downgrade obj=tie prep=with => 161
suspend obj=agreement => 160
&ROADSIDE = roadside bomb | landmine
hit obj=&ROADSIDE => :1833
submit obj=dispute prep=to:court => 037
&EMERGENCY = emergency measure | martial law | state of emergency
lift obj=&SANCTION prep=on => 085
lift obj=&SANCTION => 085
renew obj=&SANCTION => 1244
step down => 0832
urge comp=condemn => 113
telephone => 041
offer obj=condolence => 018
call comp=urge => 041
urge comp=halt => 0256
protest prep=against:law => 1412
march => 141
&HUNGER = hunger strike
start obj=&HUNGER => 142
rampage => 145
be prep=on:&HUNGER => 142
&PUNISH = sanction | boycott
rally obj=support prep=for:&PUNISH => 113
violate obj=ceasefire => 196
&BATTLE = gunbattle
kill obj=troop prep=in:&BATTLE => 193
threaten comp=crush => 138
accept obj=ceasefire => 0356
deploy obj=police => 153
grant obj=asylum => 075
arrive prep=in => 042
protect obj=civilian => 074
approve obj=extradition => 063
send obj=aid => 070
pledge comp=retreat => 0356
charge comp=that => 112
invade => 192
blame prep=for => 112
open obj=investigation prep=into => 090
promise obj=reform => 034
urge comp=back => 020
order comp=leave|vacate => 1052
refuse comp=send => 122
veto obj=bill => 129
demand obj=resignation => 1041
boycott obj=election => 143
deploy obj=police prep=in => 153
ease obj=measure prep=on => 081
ease obj=&EMERGENCY => 0814
agree => 030
agree comp=that => 019:019
pessimistic prep=about => 012
threaten comp=walk => 134
agree comp=cooperate => 0311
cooperate prep=with => 040
negotiate prep=with => 046:046
kill obj=minister => 186
club obj=civilian => 175
demolish => 171
explode before=bomb => 183
shell => 194
hand over obj=suspect => 063
hand over => 084
order obj=release prep=of:civilian => 0841
resign => 0831
free obj=troop => 0841
allow obj=inspector prep=into => 0862
press on => ---
share obj=view => 019:019
resume before=talks => 046
mediate => 045
admit => 015
sign obj=truce => 057
meet => 040
meet prep=with => 036
demand => 100
demand comp=release => 1041
demand obj=release => 1053
allow obj=Iranians => 0833
refuse comp=allow => 1245
refuse comp=withdraw|pull => 1246
visit => 042
give obj=loan prep=to => 071
back => 051
accuse prep=of:atrocity => 1124
withdraw obj=&KEEPERS => 1661
expel obj=envoy => 161
withdraw obj=envoy => 161
tell => 010
refuse => 120
decline comp=comment => 011
accept obj=plan => 037
distribute obj=aid => 073
tell comp=withdraw => 1056
hold obj=talk prep=with => 046
leave prep=for => 042:043
call prep=for => 020
send obj=troop prep=to => 154
pull obj=troop prep=out => 0874
walk out prep=of => 0874
&KEEPERS = peacekeeping troop | blue helmet
pull obj=&KEEPERS prep=out => 1661
mass obj=troop => 154
kill obj=troop => 190
kill obj=civilian => 190
blow up => 183
launch obj=troop => 190
hold obj=exercise prep=with => 062
hold obj=exercise prep=near => 150
threaten comp=withdraw => 1313
agree comp=talk => 036
demand comp=mediate => 108
pledge => 030
offer comp=mediate => 039
pledge comp=release => 0353
threaten => 130
threaten comp=kill => 1383
threaten comp=attack => 138
release => 0841
take obj=hostage => 181
hold obj=hostage => 181
want => ---
press => 020
help => 070
start obj=strike => 142
fight => 190
reject obj=call => 120
reject obj=aid => 1221
suspend obj=aid prep=to => 162
stage obj=protest => 141
demonstrate => 141
call prep=for:independence => 1044
call prep=for:reform => 104
accuse prep=of => 112
indict => 115
arrest => 173
investigate => 090
deport => 174
protect obj=civilian => 074
indict prep=for:atrocity => 1124
warn prep=against => 130
ratify => 057
agree prep=on:pact => 0311
seize obj=part => 192
seize => 171
urge comp=release => 0253
engage prep=in:cleansing => 203
insist comp=grant => 1043
kill prep=in:strike => 195
complain prep=to => 114
lift obj=ban prep=on:group => 0812
abandon obj=mediation => 165
suspend obj=talk prep=with => 164
expel obj=official => 161
rip prep=through => 183
kill prep=in:bombing => 183
urge comp=ease => 025
ease obj=blockade => 0872
fire obj=gas prep=at:civilian => 175
fire prep=at => 190
exchange obj=fire => 193:193
clash => 190:190
clash prep=with:civilians => 175
occupy obj=square => 144
urge comp=end => 0256
end obj=embargo => 085
deny => 016
supply prep=with:helicopter => 072
rally prep=in => 141
burn => 1712
begin obj=deployment prep=of:troop => 154
lift obj=curfew => 0813
urge comp=stop => 0256
sign obj=agreement => 057
meet => 040
appeal prep=for:aid => 0233
sorry prep=to => 055
shell prep=with:artillery => 194
break up obj=protest => 175
attack => 190
extradite => 063
hold obj=exercise => 062
invite prep=to => 036
rule out => 120
launch obj=strike => 195
expel => 201
retreat => 0874
"""


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def make_coder(nlp, actors: str, agents: str, verbs: str) -> tuple[ActorMatcher, SentenceCoder]:
    """A matcher and a sentence coder over dictionaries written in a test module."""
    dictionaries = Dictionaries()
    for text, kind in ((actors, ".actors"), (agents, ".agents"), (verbs, ".verbs")):
        dictionaries.extend(parse_native(text, kind))
    matcher = ActorMatcher(nlp.vocab, nlp.tokenizer, dictionaries)
    return matcher, SentenceCoder(matcher, VerbIndex(dictionaries.verbs))


@pytest.fixture(scope="module")
def coder(nlp):
    return make_coder(nlp, ACTORS, AGENTS, VERBS)


def parse(nlp, spec: str) -> Doc:
    """Build a parsed Doc from 'word/lemma/POS/dep/head[/TAG]' items (head = absolute token index)."""
    items = [item.split("/") for item in spec.split()]
    return Doc(
        nlp.vocab,
        words=[i[0] for i in items],
        lemmas=[i[1] for i in items],
        pos=[i[2] for i in items],
        deps=[i[3] for i in items],
        heads=[int(i[4]) for i in items],
        tags=[i[5] if len(i) > 5 else "" for i in items],
    )


def code(coder, doc: Doc, day: dt.date | None = None) -> set[tuple[str | None, str | None, str]]:
    matcher, sentences = coder
    mentions = matcher.find_mentions(doc)
    events = [e for i, sent in enumerate(doc.sents) for e in sentences.code_sentence(sent, i, mentions, day)]
    return {(e.source, e.target, e.code) for e in events}


def test_assemble_subject_verb_object(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 ././PUNCT/punct/1")
    assert code(coder, doc) == {("IRQ", "SYR", "111")}


def test_assemble_conjoined_subjects_give_one_event_each(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/3 and/and/CCONJ/cc/0 Iran/Iran/PROPN/conj/0 condemned/condemn/VERB/ROOT/3 Syria/Syria/PROPN/dobj/3",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "111"), ("IRN", "SYR", "111")}


def test_assemble_passive_by_phrase_is_the_source_and_agents_compose(nlp, coder):
    doc = parse(
        nlp,
        "Syria/Syria/PROPN/nsubjpass/2 was/be/AUX/auxpass/2 attacked/attack/VERB/ROOT/2 by/by/ADP/agent/2 "
        "Turkish/turkish/ADJ/amod/5 troops/troop/NOUN/pobj/3",
    )
    assert code(coder, doc) == {("TURMIL", "SYR", "190")}


def test_assemble_negated_verb_gives_no_event(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/3 did/do/AUX/aux/3 not/not/PART/neg/3 attack/attack/VERB/ROOT/3 Kuwait/Kuwait/PROPN/dobj/3")
    assert code(coder, doc) == set()


def test_assemble_agent_phrase_composes_with_country(nlp, coder):
    doc = parse(
        nlp,
        "A/a/DET/det/4 Russian/russian/ADJ/amod/3 Foreign/Foreign/PROPN/compound/3 Ministry/Ministry/PROPN/compound/4 "
        "official/official/NOUN/nsubj/5 criticized/criticize/VERB/ROOT/5 Ukraine/Ukraine/PROPN/dobj/5",
    )
    assert code(coder, doc) == {("RUSGOV", "UKR", "111")}


def test_assemble_reported_speech_codes_the_reported_clause(nlp, coder):
    doc = parse(
        nlp,
        "Russia/Russia/PROPN/nsubj/1 said/say/VERB/ROOT/1 Iran/Iran/PROPN/nsubj/3 attacked/attack/VERB/ccomp/1 Iraq/Iraq/PROPN/dobj/3",
    )
    assert code(coder, doc) == {("IRN", "IRQ", "190")}


def test_assemble_complement_pattern_wins_and_consumes_the_complement(nlp, coder):
    doc = parse(
        nlp,
        "Iran/Iran/PROPN/nsubj/1 agreed/agree/VERB/ROOT/1 to/to/PART/aux/3 cooperate/cooperate/VERB/xcomp/1 "
        "with/with/ADP/prep/3 Russia/Russia/PROPN/pobj/4",
    )
    assert code(coder, doc) == {("IRN", "RUS", "0311")}


def test_assemble_object_constraint_and_preposition_target(nlp, coder):
    doc = parse(
        nlp,
        "The/the/DET/det/1 U.S./U.S./PROPN/nsubj/2 imposed/impose/VERB/ROOT/2 sanctions/sanction/NOUN/dobj/2 on/on/ADP/prep/3 Iran/Iran/PROPN/pobj/4",
    )
    assert code(coder, doc) == {("USA", "IRN", "163")}


def test_assemble_null_pattern_suppresses_the_general_use(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 imposed/impose/VERB/ROOT/1 a/a/DET/det/3 curfew/curfew/NOUN/dobj/1 on/on/ADP/prep/3 Syria/Syria/PROPN/pobj/4",
    )
    assert code(coder, doc) == set()


def test_assemble_a_time_the_parser_made_the_head_of_a_name_keeps_the_name(nlp, coder):
    # "met with President Assad Tuesday", parsed with the name as a compound of "Tuesday".
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 met/meet/VERB/ROOT/1 with/with/ADP/prep/1 Syria/Syria/PROPN/compound/4 Tuesday/Tuesday/PROPN/pobj/2")
    assert code(coder, doc) == {("IRQ", "SYR", "036")}


def test_assemble_most_specific_pattern_wins(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 met/meet/VERB/ROOT/1 with/with/ADP/prep/1 Iran/Iran/PROPN/pobj/2")
    assert code(coder, doc) == {("IRQ", "IRN", "036")}


@pytest.mark.parametrize(
    ("troops", "expected"),
    [
        ("troops/troop/NOUN/dobj/1 out/out/ADP/prep/1 of/of/ADP/prep/3 Syria/Syria/PROPN/pobj/4", "0874"),
        ("peacekeeping/peacekeeping/NOUN/compound/3 troops/troop/NOUN/dobj/1 out/out/ADP/prep/1 of/of/ADP/prep/4 Syria/Syria/PROPN/pobj/5", "1661"),
    ],
)
def test_assemble_of_equally_specific_patterns_the_one_naming_more_words_wins(nlp, coder, troops, expected):
    # The pattern for troops comes first and would win on order alone; "peacekeeping troops" says more.
    doc = parse(nlp, f"Iraq/Iraq/PROPN/nsubj/1 pulled/pull/VERB/ROOT/1 {troops}")
    assert code(coder, doc) == {("IRQ", "SYR", expected)}


def test_assemble_a_border_with_a_country_is_where_not_with_whom(nlp, coder):
    # The parser hangs "with Iran" off the verb; it still says which border.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 held/hold/VERB/ROOT/1 exercises/exercise/NOUN/dobj/1 near/near/ADP/prep/1 the/the/DET/det/5 "
        "border/border/NOUN/pobj/3 with/with/ADP/prep/1 Iran/Iran/PROPN/pobj/6",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "150")}


def test_assemble_a_name_parsed_as_an_adverbial_before_the_verb_is_its_subject(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/npadvmod/1 massed/mass/VERB/ROOT/1 troops/troop/NOUN/dobj/1 near/near/ADP/prep/1 Iran/Iran/PROPN/pobj/3")
    assert code(coder, doc) == {("IRQ", "IRN", "154")}


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        # "threatened on Monday to attack Iran", its infinitive parsed as a purpose clause: what was threatened.
        ("on/on/ADP/prep/1 Monday/Monday/PROPN/pobj/2", {("IRQ", "IRN", "138")}),
        ("Monday/Monday/PROPN/npadvmod/1", {("IRQ", "IRN", "138")}),
        # Not when more than a time comes between: "threatened Syria to attack Iran" is left as parsed.
        ("Syria/Syria/PROPN/dobj/1", {("IRQ", "SYR", "130")}),
    ],
)
def test_assemble_an_infinitive_after_a_time_is_what_the_verb_takes(nlp, coder, between, expected):
    width = len(between.split())
    doc = parse(
        nlp,
        f"Iraq/Iraq/PROPN/nsubj/1 threatened/threaten/VERB/ROOT/1 {between} to/to/PART/aux/{3 + width} attack/attack/VERB/advcl/1 "
        f"Iran/Iran/PROPN/dobj/{3 + width}",
    )
    repair_parse(doc)
    assert code(coder, doc) == expected


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        # Violence is done to its object, of whatever country.
        ("killed/kill", {("IRQ", "---MIL", "190")}),
        # ... unless the verb says what was used.
        ("launched/launch", {("IRQ", "IRN", "190")}),
    ],
)
def test_assemble_the_object_of_violence_is_its_victim(nlp, coder, verb, expected):
    doc = parse(nlp, f"Iraq/Iraq/PROPN/nsubj/1 {verb}/VERB/ROOT/1 troops/troop/NOUN/dobj/1 against/against/ADP/prep/1 Iran/Iran/PROPN/pobj/3")
    assert code(coder, doc) == expected


def test_assemble_a_condition_is_not_an_event(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 threatened/threaten/VERB/ROOT/1 to/to/PART/aux/3 attack/attack/VERB/xcomp/1 Iran/Iran/PROPN/dobj/3 "
        "unless/unless/SCONJ/mark/7 Syria/Syria/PROPN/nsubj/7 condemned/condemn/VERB/advcl/1 Iran/Iran/PROPN/dobj/7",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "138")}


def test_assemble_the_complement_of_a_condition_is_not_an_event(nlp, coder):
    # "Iraq threatened to attack Iran if Syria continued to condemn Iran."
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 threatened/threaten/VERB/ROOT/1 to/to/PART/aux/3 attack/attack/VERB/xcomp/1 Iran/Iran/PROPN/dobj/3 "
        "if/if/SCONJ/mark/7 Syria/Syria/PROPN/nsubj/7 continued/continue/VERB/advcl/1 to/to/PART/aux/9 condemn/condemn/VERB/xcomp/7 "
        "Iran/Iran/PROPN/dobj/9",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "138")}


def test_assemble_what_a_report_says_is_not_an_event(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 reports/report/NOUN/dobj/1 that/that/SCONJ/mark/5 "
        "Syria/Syria/PROPN/nsubj/5 attacked/attack/VERB/acl/2 Iran/Iran/PROPN/dobj/5",
    )
    assert ("SYR", "IRN", "190") not in code(coder, doc)


def test_assemble_between_names_the_parties(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 offered/offer/VERB/ROOT/1 to/to/PART/aux/3 mediate/mediate/VERB/xcomp/1 between/between/ADP/prep/3 "
        "Iran/Iran/PROPN/pobj/4 and/and/CCONJ/cc/5 Syria/Syria/PROPN/conj/5",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "039"), ("IRQ", "SYR", "039")}


def test_assemble_joint_activity_of_conjoined_subjects_is_reciprocal(nlp, coder):
    doc = parse(nlp, "Jordan/Jordan/PROPN/nsubj/3 and/and/CCONJ/cc/0 Britain/Britain/PROPN/conj/0 met/meet/VERB/ROOT/3")
    assert code(coder, doc) == {("JOR", "GBR", "040"), ("GBR", "JOR", "040")}


def test_assemble_conflict_without_target_is_not_made_reciprocal(nlp, coder):
    doc = parse(nlp, "Jordan/Jordan/PROPN/nsubj/3 and/and/CCONJ/cc/0 Britain/Britain/PROPN/conj/0 attacked/attack/VERB/ROOT/3")
    assert code(coder, doc) == set()


@pytest.mark.parametrize(("day", "expected"), [(dt.date(2010, 5, 1), "USAGOV"), (dt.date(2018, 5, 1), "USAELI"), (None, "USAELI")])
def test_assemble_date_limited_actor_codes(nlp, coder, day, expected):
    doc = parse(nlp, "Obama/Obama/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1")
    assert code(coder, doc, day) == {(expected, "SYR", "111")}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("President/president/PROPN/compound/1", "USAGOV"),
        ("former/former/ADJ/amod/1 president/president/NOUN/compound/2", "USAELI"),
        # "Former Yugoslav President": the title is past, even with a word between.
        ("former/former/ADJ/amod/2 American/American/ADJ/amod/2 President/president/PROPN/compound/3", "USAELI"),
        # The opposition's own title.
        ("opposition/opposition/NOUN/compound/1 leader/leader/NOUN/compound/2", "USAOPP"),
    ],
)
def test_assemble_title_of_office_puts_a_person_in_office(nlp, coder, title, expected):
    # A report of 2018 that says "President Obama" is about him in office, whatever the dictionary's dates.
    words = title.split()
    doc = parse(nlp, f"{title} Obama/Obama/PROPN/nsubj/{len(words) + 1} condemned/condemn/VERB/ROOT/{len(words) + 1} Syria/Syria/PROPN/dobj/{len(words) + 1}")
    assert code(coder, doc, dt.date(2018, 5, 1)) == {(expected, "SYR", "111")}


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("the/the/DET/det/2 Iraqi/Iraqi/ADJ/amod/2 president/president/NOUN/nsubj/3", "IRQGOV"),
        # "the former Iraqi president": out of office, of the elite, as "former president" is.
        ("the/the/DET/det/3 former/former/ADJ/amod/3 Iraqi/Iraqi/ADJ/amod/3 president/president/NOUN/nsubj/4", "IRQELI"),
        ("former/former/ADJ/amod/2 Iraqi/Iraqi/ADJ/amod/2 troops/troop/NOUN/nsubj/3", "IRQELI"),
    ],
)
def test_assemble_a_former_office_holder_is_of_the_elite(nlp, coder, words, expected):
    n = len(words.split())
    doc = parse(nlp, f"{words} condemned/condemn/VERB/ROOT/{n} Syria/Syria/PROPN/dobj/{n}")
    assert code(coder, doc) == {(expected, "SYR", "111")}


def test_assemble_an_object_parsed_inside_a_particle_is_the_object(nlp, coder):
    # "Iraq sealed off Syria", parsed with Syria as the object of "off".
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 sealed/seal/VERB/ROOT/1 off/off/ADP/prt/1 Syria/Syria/PROPN/pobj/2")
    assert code(coder, doc) == {("IRQ", "SYR", "191")}


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "Russian sanctions on Iran were lifted": whose sanctions they are is who lifted them.
        (
            "Russian/Russian/ADJ/amod/1 sanctions/sanction/NOUN/nsubjpass/3 were/be/AUX/auxpass/3 lifted/lift/VERB/ROOT/3 "
            "on/on/ADP/prep/1 Iran/Iran/PROPN/pobj/4",
            {("RUS", "IRN", "085")},
        ),
        (
            "Russian/Russian/ADJ/amod/1 troops/troop/NOUN/nsubjpass/3 were/be/AUX/auxpass/3 sent/send/VERB/ROOT/3 "
            "to/to/ADP/prep/3 Iraq/Iraq/PROPN/pobj/4",
            {("RUSMIL", "IRQ", "154")},
        ),
    ],
)
def test_assemble_a_passive_with_no_agent_is_by_whose_sanctions_or_troops_they_are(nlp, coder, spec, expected):
    assert code(coder, parse(nlp, spec)) == expected


@pytest.mark.parametrize(
    "spec",
    [
        "Iraq/Iraq/PROPN/nsubj/1 eased/ease/VERB/ROOT/1 martial/martial/ADJ/amod/3 law/law/NOUN/dobj/1",
        # A set phrase headed by its first word: "state of emergency".
        "Iraq/Iraq/PROPN/nsubj/1 eased/ease/VERB/ROOT/1 the/the/DET/det/3 state/state/NOUN/dobj/1 of/of/ADP/prep/3 "
        "emergency/emergency/NOUN/pobj/4",
    ],
)
def test_assemble_an_eased_measure_with_no_place_is_for_the_states_own_people(nlp, coder, spec):
    assert code(coder, parse(nlp, spec)) == {("IRQ", "IRQCVL", "0814")}


def test_assemble_police_deployed_in_ones_own_capital_are_aimed_at_its_people(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 deployed/deploy/VERB/ROOT/1 police/police/NOUN/dobj/1 in/in/ADP/prep/1 Baghdad/Iraq/PROPN/pobj/3")
    assert code(coder, doc) == {("IRQ", "IRQCVL", "153")}


def test_assemble_an_investigated_allegation_is_about_the_subject_of_its_clause(nlp, coder):
    # "Iraq investigated allegations that troops killed civilians": unnamed troops are the investigator's.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 investigated/investigate/VERB/ROOT/1 allegations/allegation/NOUN/dobj/1 that/that/SCONJ/mark/5 "
        "troops/troop/NOUN/nsubj/5 killed/kill/VERB/acl/2 civilians/civilian/NOUN/dobj/5",
    )
    assert ("IRQ", "IRQMIL", "092") in code(coder, doc)


def test_assemble_what_a_body_is_sent_to_do_is_the_senders_act(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 sent/send/VERB/ROOT/1 a/a/DET/det/3 mission/mission/NOUN/dobj/1 to/to/PART/aux/5 "
        "investigate/investigate/VERB/acl/3 Syria/Syria/PROPN/dobj/5",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "090")}


def test_assemble_a_name_before_era_names_a_time(nlp, coder):
    # "condemned Syria-era policies" is about a time, not an act against Syria.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 Syria/Syria/PROPN/compound/4 -/-/PUNCT/punct/4 era/era/NOUN/compound/5 "
        "policies/policy/NOUN/dobj/1",
    )
    assert code(coder, doc) == set()


def test_assemble_a_show_of_force_after_a_rivals_act_is_aimed_at_the_rival(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 massed/mass/VERB/ROOT/1 troops/troop/NOUN/dobj/1 after/after/SCONJ/mark/5 Syria/Syria/PROPN/nsubj/5 "
        "attacked/attack/VERB/advcl/1 Iran/Iran/PROPN/dobj/5",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "154"), ("SYR", "IRN", "190")}


CHALLENGE3_PROTEST = [
    # "demanded that Syrian President Assad step down", parsed with "step" a noun: its subject is the
    # last capitalised modifier.
    "Iraq/Iraq/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1 that/that/SCONJ/mark/4 Syria/Syria/PROPN/compound/4 step/step/NOUN/ccomp/1 "
    "down/down/ADV/advmod/4",
    # "renewed its demand that Syria lift sanctions": a present form after a demand noun is a subjunctive.
    "Iraq/Iraq/PROPN/nsubj/1 renewed/renew/VERB/ROOT/1 its/its/PRON/poss/3 demand/demand/NOUN/dobj/1 that/that/SCONJ/mark/6 "
    "Syria/Syria/PROPN/nsubj/6 lift/lift/VERB/acl/3/VBP sanctions/sanction/NOUN/dobj/6",
    # "rejected calls to step down", the infinitive parsed as a relative clause of the calls.
    "Syria/Syria/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1 Iraqi/Iraqi/ADJ/amod/3 calls/call/NOUN/dobj/1 to/to/PART/aux/5 "
    "step/step/VERB/relcl/3/VB down/down/ADP/prt/5",
    # "urged Iranians to condemn Syria": whom to condemn is the target of rallying opposition.
    "Iraq/Iraq/PROPN/nsubj/1 urged/urge/VERB/ROOT/1 Iranians/Iranians/PROPN/dobj/1 to/to/PART/aux/4 condemn/condemn/VERB/xcomp/1 "
    "Syria/Syria/PROPN/dobj/4",
    # A veto of a bill with no one named is of the vetoing government's legislature.
    "Iraqi/Iraqi/ADJ/amod/1 government/government/NOUN/nsubj/2 vetoed/veto/VERB/ROOT/2 a/a/DET/det/4 bill/bill/NOUN/dobj/2",
    # A boycott of an election by a country's people is aimed at its government.
    "Iranians/Iranians/PROPN/nsubj/1 boycotted/boycott/VERB/ROOT/1 the/the/DET/det/3 election/election/NOUN/dobj/1",
    # Aid suspended to "the government in Syria", the place parsed as a phrase of the verb.
    "Iraq/Iraq/PROPN/nsubj/1 suspended/suspend/VERB/ROOT/1 aid/aid/NOUN/dobj/1 to/to/ADP/prep/1 the/the/DET/det/5 "
    "government/government/NOUN/pobj/3 in/in/ADP/prep/1 Syria/Syria/PROPN/pobj/6",
    # "demonstrated and rioted, demanding the resignation of Damascus": the protest is aimed at whom the
    # demand is made of, though the parser hangs the demand on the second verb.
    "Iranians/Iranians/PROPN/nsubj/1 demonstrated/demonstrate/VERB/ROOT/1 and/and/CCONJ/cc/1 rioted/riot/VERB/conj/1 ,/,/PUNCT/punct/3 "
    "demanding/demand/VERB/advcl/3 the/the/DET/det/7 resignation/resignation/NOUN/dobj/5 of/of/ADP/prep/7 Damascus/Damascus/PROPN/pobj/8",
]


@pytest.mark.parametrize(
    ("spec", "expected"),
    list(
        zip(
            CHALLENGE3_PROTEST,
            [
                {("IRQ", "SYR", "100")},
                {("IRQ", "SYR", "1054")},
                {("SYR", "IRQ", "1232")},
                {("IRQ", "SYR", "113")},
                {("IRQGOV", "IRQLEG", "129")},
                {("IRNCVL", "IRNGOV", "143")},
                {("IRQ", "SYRGOV", "162")},
                {("IRNCVL", "SYRGOV", "1411")},
            ],
        )
    ),
)
def test_assemble_targets_the_parse_hides_in_demands_rejections_and_protests(nlp, coder, spec, expected):
    assert code(coder, parse(nlp, spec)) == expected


def test_assemble_one_actor_events_only_when_asked(nlp, coder):
    matcher, _ = coder
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 violence/violence/NOUN/dobj/1")
    assert code(coder, doc) == set()
    loose = SentenceCoder(matcher, coder[1].verbs, require_dyad=False)
    assert code((matcher, loose), doc) == {("IRQ", None, "111")}


def test_assemble_agent_without_actor_codes_unknown_country(nlp, coder):
    doc = parse(nlp, "Troops/troop/NOUN/nsubj/1 attacked/attack/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1")
    assert code(coder, doc) == {("---MIL", "SYR", "190")}


def test_assemble_sequence_elements_and_target_role(nlp, coder):
    from eventcoder.dictionaries.model import PhraseElement, VerbPattern

    matcher, _ = coder
    held = VerbPattern(
        verb="hold",
        code="043",
        words_after=(PhraseElement((frozenset({"talk"}),)), PhraseElement(prep="with", role="target")),
    )
    aid = VerbPattern(verb="ask", code="0233", words_after=(PhraseElement((frozenset({"humanitarian"}), frozenset({"aid"})), prep="for"),))
    ask = VerbPattern(verb="ask", code="020")
    sentences = SentenceCoder(matcher, VerbIndex([held, ask, aid]))
    talks = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 held/hold/VERB/ROOT/1 talks/talk/NOUN/dobj/1 with/with/ADP/prep/2 Iran/Iran/PROPN/pobj/3")
    assert code((matcher, sentences), talks) == {("IRQ", "IRN", "043")}
    asked = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 asked/ask/VERB/ROOT/1 Iran/Iran/PROPN/dobj/1 for/for/ADP/prep/1 "
        "humanitarian/humanitarian/ADJ/amod/5 aid/aid/NOUN/pobj/3",
    )
    assert code((matcher, sentences), asked) == {("IRQ", "IRN", "0233")}
    plain = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 asked/ask/VERB/ROOT/1 Iran/Iran/PROPN/dobj/1 for/for/ADP/prep/1 money/money/NOUN/pobj/3")
    assert code((matcher, sentences), plain) == {("IRQ", "IRN", "020")}


def test_assemble_acronyms_match_only_in_capitals(nlp, coder):
    upper = parse(nlp, "UN/UN/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1")
    assert code(coder, upper) == {("IGOUNO", "SYR", "111")}
    name = parse(nlp, "Kim/Kim/PROPN/compound/2 Jong/Jong/PROPN/compound/2 Un/Un/PROPN/nsubj/3 condemned/condemn/VERB/ROOT/3 Syria/Syria/PROPN/dobj/3")
    assert code(coder, name) == set()


def test_assemble_agent_word_used_as_adjective_is_no_actor(nlp, coder):
    doc = parse(
        nlp,
        "Iran/Iran/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 military/military/ADJ/amod/3 action/action/NOUN/dobj/1",
    )
    assert code(coder, doc) == set()


def test_assemble_one_sector_per_actor_from_the_head_noun(nlp, coder):
    doc = parse(
        nlp,
        "Iraqi/iraqi/ADJ/amod/2 government/government/NOUN/compound/2 forces/force/NOUN/nsubj/3 attacked/attack/VERB/ROOT/3 Syria/Syria/PROPN/dobj/3",
    )
    assert code(coder, doc) == {("IRQMIL", "SYR", "190")}


def test_assemble_conjuncts_of_a_non_actor_are_not_targets(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 the/the/DET/det/3 attack/attack/NOUN/dobj/1 "
        "and/and/CCONJ/cc/3 Syria/Syria/PROPN/conj/3",
    )
    assert code(coder, doc) == set()


def test_assemble_pronoun_in_reported_clause_refers_to_the_reporter(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 said/say/VERB/ROOT/1 it/it/PRON/nsubj/3 condemned/condemn/VERB/ccomp/1 Syria/Syria/PROPN/dobj/3",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "111")}


def test_assemble_mandative_clause_names_the_target_but_a_reported_fact_does_not(nlp, coder):
    demand = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1 that/that/SCONJ/mark/4 Syria/Syria/PROPN/nsubj/4 "
        "withdraw/withdraw/VERB/ccomp/1/VB",
    )
    assert code(coder, demand) == {("IRQ", "SYR", "100")}
    told = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 told/tell/VERB/ROOT/1 reporters/reporter/NOUN/dobj/1 that/that/SCONJ/mark/5 "
        "Syria/Syria/PROPN/nsubj/5 withdrew/withdraw/VERB/ccomp/1/VBD",
    )
    assert code(coder, told) == set()


def test_assemble_reported_must_clause_is_a_demand_and_not_an_act(nlp, coder):
    # "Russia said Syria must release ..." is a demand of Syria; the release has not happened.
    doc = parse(
        nlp,
        "Russia/Russia/PROPN/nsubj/1 said/say/VERB/ROOT/1 Syria/Syria/PROPN/nsubj/4 must/must/AUX/aux/4 "
        "release/release/VERB/ccomp/1/VB prisoners/prisoner/NOUN/dobj/4",
    )
    assert code(coder, doc) == {("RUS", "SYR", "1041")}
    plain = parse(
        nlp,
        "Russia/Russia/PROPN/nsubj/1 said/say/VERB/ROOT/1 Syria/Syria/PROPN/nsubj/4 must/must/AUX/aux/4 "
        "withdraw/withdraw/VERB/ccomp/1/VB",
    )
    assert code(coder, plain) == {("RUS", "SYR", "100")}


def test_assemble_reported_will_clause_is_no_demand(nlp, coder):
    doc = parse(
        nlp,
        "Russia/Russia/PROPN/nsubj/1 said/say/VERB/ROOT/1 Syria/Syria/PROPN/nsubj/4 will/will/AUX/aux/4 "
        "withdraw/withdraw/VERB/ccomp/1/VB",
    )
    assert code(coder, doc) == set()


def test_assemble_mutual_code_gives_both_directions(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 held/hold/VERB/ROOT/1 talks/talk/NOUN/dobj/1 with/with/ADP/prep/2 Iran/Iran/PROPN/pobj/3",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "046"), ("IRN", "IRQ", "046")}


def test_assemble_paired_code_gives_the_reverse_event(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 left/leave/VERB/ROOT/1 for/for/ADP/prep/1 Iran/Iran/PROPN/pobj/2")
    assert code(coder, doc) == {("IRQ", "IRN", "042"), ("IRN", "IRQ", "043")}


def test_assemble_demand_of_a_clause_subject_targets_it_not_its_object(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1 that/that/SCONJ/mark/4 Syria/Syria/PROPN/nsubj/4 "
        "release/release/VERB/ccomp/1/VB Iranian/Iranian/PROPN/compound/6 troops/troop/NOUN/dobj/4",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "1041")}


def test_assemble_actors_inside_the_named_prepositional_phrase_are_targets(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 called/call/VERB/ROOT/1 for/for/ADP/prep/1 a/a/DET/det/4 ceasefire/ceasefire/NOUN/pobj/2 "
        "between/between/ADP/prep/4 Iran/Iran/PROPN/pobj/5 and/and/CCONJ/cc/6 Syria/Syria/PROPN/conj/6",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "020"), ("IRQ", "SYR", "020")}


def test_assemble_purpose_infinitive_of_a_coded_verb_is_not_coded(nlp, coder):
    doc = parse(
        nlp,
        "Russia/Russia/PROPN/nsubj/1 sent/send/VERB/ROOT/1 troops/troop/NOUN/dobj/1 to/to/ADP/dative/1 Syria/Syria/PROPN/pobj/3 "
        "to/to/PART/aux/6 fight/fight/VERB/advcl/1 Iraq/Iraq/PROPN/dobj/6",
    )
    assert code(coder, doc) == {("RUS", "SYR", "154")}


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # The agent heads the phrase: its sector replaces the actor's own.
        ("Iraqi/Iraqi/ADJ/amod/2 parliament/parliament/NOUN/compound/2 president/president/NOUN/nsubj/3", "IRQGOV"),
        ("Obama/Obama/PROPN/poss/2 's/'s/PART/case/0 government/government/NOUN/nsubj/3", "USAGOV"),
        # The agent only modifies the head: the actor keeps its sector, and never gains a second.
        ("former/former/ADJ/amod/1 president/president/NOUN/compound/2 Obama/Obama/PROPN/nsubj/3", "USAELI"),
    ],
)
def test_assemble_an_actor_has_one_sector(nlp, coder, spec, expected):
    doc = parse(nlp, spec + " condemned/condemn/VERB/ROOT/3 Syria/Syria/PROPN/dobj/3")
    assert code(coder, doc) == {(expected, "SYR", "111")}


def test_assemble_object_asked_for_by_kind_yields_to_a_known_actor(nlp, coder):
    massed = (
        "Russia/Russia/PROPN/nsubj/1 massed/mass/VERB/ROOT/1 troops/troop/NOUN/dobj/1 near/near/ADP/prep/1 "
        "Ukraine/Ukraine/PROPN/pobj/3"
    )
    assert code(coder, parse(nlp, massed)) == {("RUS", "UKR", "154")}
    # With nobody else in the clause the forces moved are still not the target.
    alone = "Russia/Russia/PROPN/nsubj/1 massed/mass/VERB/ROOT/1 troops/troop/NOUN/dobj/1"
    assert code(coder, parse(nlp, alone)) == set()


def test_assemble_two_actors_of_no_known_country_make_no_event(nlp, coder):
    doc = parse(nlp, "troops/troop/NOUN/nsubj/1 condemned/condemn/VERB/ROOT/1 officials/official/NOUN/dobj/1")
    assert code(coder, doc) == set()


def test_assemble_threat_is_to_whom_its_condition_is_about(nlp, coder):
    doc = parse(
        nlp,
        "Russia/Russia/PROPN/nsubj/1 threatened/threaten/VERB/ROOT/1 to/to/PART/aux/3 withdraw/withdraw/VERB/xcomp/1 "
        "troops/troop/NOUN/dobj/3 unless/unless/SCONJ/mark/7 Syria/Syria/PROPN/nsubj/7 pays/pay/VERB/advcl/3",
    )
    assert code(coder, doc) == {("RUS", "SYR", "1313")}


def test_assemble_purpose_clause_names_the_target_of_the_act(nlp, coder):
    doc = parse(
        nlp,
        "Iraqi/Iraqi/ADJ/amod/1 troops/troop/NOUN/nsubj/2 started/start/VERB/ROOT/2 a/a/DET/det/4 strike/strike/NOUN/dobj/2 "
        "to/to/PART/aux/6 protest/protest/VERB/advcl/2 against/against/ADP/prep/6 Syria/Syria/PROPN/pobj/7",
    )
    assert code(coder, doc) == {("IRQMIL", "SYR", "142")}


def test_assemble_comp_constraint_also_names_the_complements_object(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 agreed/agree/VERB/ROOT/1 to/to/PART/aux/3 hold/hold/VERB/xcomp/1 talks/talk/NOUN/dobj/3 "
        "with/with/ADP/prep/3 Iran/Iran/PROPN/pobj/5",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "036")}


def test_assemble_an_actor_never_acts_on_itself(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 Baghdad/Iraq/PROPN/dobj/1")
    assert code(coder, doc) == set()


def test_assemble_a_leading_the_loses_a_tie_between_overlapping_phrases(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 the/the/DET/det/4 West/West/PROPN/compound/4 Bank/Bank/PROPN/dobj/1",
    )
    assert code(coder, doc) == {("IRQ", "PSE", "111")}


def test_assemble_comp_matches_an_object_only_through_a_light_verb(nlp, coder):
    # "agreed to attack talks" is no agreement to talk; "hold" is a light verb, "attack" is not.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 agreed/agree/VERB/ROOT/1 to/to/PART/aux/3 attack/attack/VERB/xcomp/1 talks/talk/NOUN/dobj/3 "
        "with/with/ADP/prep/3 Iran/Iran/PROPN/pobj/5",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "030")}


def test_assemble_obligation_to_be_ready_to_act_is_a_demand_for_that_act(nlp, coder):
    doc = parse(
        nlp,
        "Russia/Russia/PROPN/nsubj/1 said/say/VERB/ROOT/1 Syria/Syria/PROPN/nsubj/4 must/must/AUX/aux/4 be/be/AUX/ccomp/1/VB "
        "ready/ready/ADJ/acomp/4 to/to/PART/aux/7 mediate/mediate/VERB/xcomp/5",
    )
    assert code(coder, doc) == {("RUS", "SYR", "108")}


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "threaten comp=attack" names the act; where no pattern does, the act's own code says what
        # is promised, as CAMEO divides them alike: a meeting (040) is an intent to meet (036).
        ("Iraq/Iraq/PROPN/nsubj/2 will/will/AUX/aux/2 attack/attack/VERB/ROOT/2 Iran/Iran/PROPN/dobj/2", {("IRQ", "IRN", "138")}),
        ("Iraq/Iraq/PROPN/nsubj/2 would/would/AUX/aux/2 release/release/VERB/ROOT/2 Iran/Iran/PROPN/dobj/2", {("IRQ", "IRN", "0353")}),
        ("Iraq/Iraq/PROPN/nsubj/2 will/will/AUX/aux/2 meet/meet/VERB/ROOT/2 Iran/Iran/PROPN/dobj/2", {("IRQ", "IRN", "036"), ("IRN", "IRQ", "036")}),
        # but one side's word that it will meet the other is its own intent only
        (
            "Iraq/Iraq/PROPN/nsubj/1 said/say/VERB/ROOT/1/VBD it/it/PRON/nsubj/4 would/would/AUX/aux/4 meet/meet/VERB/ccomp/1/VB "
            "Iran/Iran/PROPN/dobj/4",
            {("IRQ", "IRN", "036")},
        ),
        ("Iraq/Iraq/PROPN/nsubj/2 has/have/AUX/aux/2 attacked/attack/VERB/ROOT/2 Iran/Iran/PROPN/dobj/2", {("IRQ", "IRN", "190")}),
        # Words of intent announce their infinitive, and the purpose it serves.
        (
            "Iraq/Iraq/PROPN/nsubj/1 is/be/AUX/ROOT/1 willing/willing/ADJ/acomp/1 to/to/PART/aux/4 release/release/VERB/xcomp/2 "
            "Iran/Iran/PROPN/dobj/4",
            {("IRQ", "IRN", "0353")},
        ),
        ("Iraq/Iraq/PROPN/nsubj/1 plans/plan/VERB/ROOT/1 to/to/PART/aux/3 attack/attack/VERB/xcomp/1 Iran/Iran/PROPN/dobj/3", {("IRQ", "IRN", "138")}),
        # So do words of a timetable: "is to meet", "is expected to meet".
        ("Iraq/Iraq/PROPN/nsubj/1 is/be/AUX/ROOT/1 to/to/PART/aux/3 meet/meet/VERB/xcomp/1 Iran/Iran/PROPN/dobj/3", {("IRQ", "IRN", "036"), ("IRN", "IRQ", "036")}),
        (
            "Iraq/Iraq/PROPN/nsubjpass/2 is/be/AUX/auxpass/2 expected/expect/VERB/ROOT/2 to/to/PART/aux/4 meet/meet/VERB/xcomp/2 "
            "Iran/Iran/PROPN/dobj/4",
            {("IRQ", "IRN", "036"), ("IRN", "IRQ", "036")},
        ),
        (
            "Iraq/Iraq/PROPN/nsubj/2 will/will/AUX/aux/2 send/send/VERB/ROOT/2 it/it/PRON/dobj/2 to/to/PART/aux/5 "
            "release/release/VERB/advcl/2 Iran/Iran/PROPN/dobj/5",
            {("IRQ", "IRN", "0353")},
        ),
        # A clause that only says when is not announced with its governor.
        (
            "Iraq/Iraq/PROPN/nsubj/2 will/will/AUX/aux/2 talk/talk/VERB/ROOT/2 after/after/SCONJ/mark/5 it/it/PRON/nsubj/5 "
            "attacked/attack/VERB/advcl/2 Iran/Iran/PROPN/dobj/5",
            {("IRQ", "IRN", "190")},
        ),
    ],
)
def test_assemble_acts_announced_for_the_future_are_intents_or_threats(nlp, coder, spec, expected):
    assert code(coder, parse(nlp, spec)) == expected


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        # CAMEO has no intent to coerce: a pledge or promise to arrest is a threat (137).
        ("pledged/pledge", {("IRQ", "IRNCVL", "137")}),
        ("promised/promise", {("IRQ", "IRNCVL", "137")}),
        # An agreement is no vow: it keeps its plain code.
        ("agreed/agree", {("IRQ", "IRNCVL", "030")}),
    ],
)
def test_assemble_a_vowed_coercive_act_is_a_threat(nlp, coder, verb, expected):
    doc = parse(nlp, f"Iraq/Iraq/PROPN/nsubj/1 {verb}/VERB/ROOT/1 to/to/PART/aux/3 arrest/arrest/VERB/xcomp/1 Iranians/Iranians/PROPN/dobj/3")
    assert code(coder, doc) == expected


@pytest.mark.parametrize("place", ["from/from/ADP/prep/3", "out/out/ADP/prep/3"])
def test_assemble_the_sources_own_troops_are_what_a_refused_act_would_move(nlp, coder, place):
    # "refused to withdraw Russian troops from Iraq" is refused to Iraq, not to Russia's own army.
    doc = parse(
        nlp,
        "Russia/Russia/PROPN/nsubj/1 refused/refuse/VERB/ROOT/1 to/to/PART/aux/3 withdraw/withdraw/VERB/xcomp/1 "
        f"Russian/Russian/ADJ/amod/5 troops/troop/NOUN/dobj/3 {place} Iraq/Iraq/PROPN/pobj/6",
    )
    assert {(s, t) for s, t, _ in code(coder, doc)} == {("RUS", "IRQ")}


def test_assemble_a_wish_is_no_act(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 wants/want/VERB/ROOT/1 to/to/PART/aux/3 attack/attack/VERB/xcomp/1 Iran/Iran/PROPN/dobj/3")
    assert code(coder, doc) == set()
    other = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 wants/want/VERB/ROOT/1 Syria/Syria/PROPN/nsubj/4 to/to/PART/aux/4 attack/attack/VERB/ccomp/1 "
        "Iran/Iran/PROPN/dobj/4",
    )
    assert code(coder, other) == set()


def test_assemble_the_object_of_an_appeal_is_who_would_act(nlp, coder):
    doc = parse(
        nlp,
        "Russia/Russia/PROPN/nsubj/1 pressed/press/VERB/ROOT/1 Iraq/Iraq/PROPN/dobj/1 to/to/PART/aux/4 help/help/VERB/xcomp/1 "
        "Iran/Iran/PROPN/dobj/4",
    )
    # The appeal consumes its infinitive, and is one for aid (023) because helping is aid (070);
    # were the help coded, Iraq (not Russia) would be the helper.
    assert code(coder, doc) == {("RUS", "IRQ", "023")}
    from eventcoder.assemble import _source_head
    from eventcoder.verbs import Clause

    assert _source_head(Clause.read(doc[4])).text == "Iraq"


def test_assemble_capitalised_names_match_only_as_written(nlp, coder):
    named = parse(nlp, "the/the/DET/det/2 Security/Security/PROPN/compound/2 Council/Council/PROPN/nsubj/3 condemned/condemn/VERB/ROOT/3 Iraq/Iraq/PROPN/dobj/3")
    assert code(coder, named) == {("IGOUNOSCR", "IRQ", "111")}
    generic = parse(nlp, "a/a/DET/det/2 security/security/NOUN/compound/2 council/council/NOUN/nsubj/3 condemned/condemn/VERB/ROOT/3 Iraq/Iraq/PROPN/dobj/3")
    assert code(coder, generic) == set()


def test_assemble_a_call_is_coded_by_what_it_calls_for(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1 Iranian/Iranian/ADJ/amod/3 calls/call/NOUN/dobj/1 for/for/ADP/prep/3 "
        "aid/aid/NOUN/pobj/4",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "1221")}
    plain = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1 Iranian/Iranian/ADJ/amod/3 calls/call/NOUN/dobj/1")
    assert code(coder, plain) == {("IRQ", "IRN", "120")}


@pytest.mark.parametrize(
    "spec",
    [
        # A noun of quantity is read through: "part of its aid" is aid, and its phrase gives the target.
        "Iraq/Iraq/PROPN/nsubj/1 suspended/suspend/VERB/ROOT/1 part/part/NOUN/dobj/1 of/of/ADP/prep/2 its/its/PRON/poss/5 "
        "aid/aid/NOUN/pobj/3 to/to/ADP/prep/5 Iran/Iran/PROPN/pobj/6",
        "Iraq/Iraq/PROPN/nsubj/1 suspended/suspend/VERB/ROOT/1 part/part/NOUN/dobj/1 of/of/ADP/prep/2 its/its/PRON/poss/5 "
        "aid/aid/NOUN/pobj/3 to/to/ADP/prep/2 Iran/Iran/PROPN/pobj/6",
        # So is an amount or a load: "a shipment of aid".
        "Iraq/Iraq/PROPN/nsubj/1 suspended/suspend/VERB/ROOT/1 a/a/DET/det/3 shipment/shipment/NOUN/dobj/1 of/of/ADP/prep/3 "
        "aid/aid/NOUN/pobj/4 to/to/ADP/prep/1 Iran/Iran/PROPN/pobj/6",
        # A generic noun is what the noun before it says: "an aid programme".
        "Iraq/Iraq/PROPN/nsubj/1 suspended/suspend/VERB/ROOT/1 an/an/DET/det/4 aid/aid/NOUN/compound/4 programme/programme/NOUN/dobj/1 "
        "to/to/ADP/prep/4 Iran/Iran/PROPN/pobj/5",
    ],
)
def test_assemble_objects_are_read_for_what_they_are_about(nlp, coder, spec):
    assert code(coder, parse(nlp, spec)) == {("IRQ", "IRN", "162")}


@pytest.mark.parametrize("span", ["13/13/NUM/nummod/3 years/year", "two/two/NUM/nummod/3 decades/decade"])
def test_assemble_years_of_an_act_are_read_through(nlp, coder, span):
    # "lifted 13 years of sanctions on Iraq": a span of years, like one of days, counts what it is of.
    doc = parse(nlp, f"UN/UN/PROPN/nsubj/1 lifted/lift/VERB/ROOT/1 {span}/NOUN/dobj/1 of/of/ADP/prep/3 "
                     "sanctions/sanction/NOUN/pobj/4 on/on/ADP/prep/5 Iraq/Iraq/PROPN/pobj/6")
    assert code(coder, doc) == {("IGOUNO", "IRQ", "085")}


def test_assemble_a_phrase_of_the_verb_against_someone_names_the_target(nlp, coder):
    doc = parse(
        nlp,
        "Britain/Britain/PROPN/nsubj/1 massed/mass/VERB/ROOT/1 troops/troop/NOUN/dobj/1 for/for/ADP/prep/1 a/a/DET/det/5 "
        "war/war/NOUN/pobj/3 against/against/ADP/prep/5 Iraq/Iraq/PROPN/pobj/6",
    )
    assert code(coder, doc) == {("GBR", "IRQ", "154")}


def test_assemble_conjoined_countries_share_the_sector_of_a_whole_phrase(nlp, coder):
    # "Iraqi parliament" is one dictionary phrase (IRQLEG); "Iranian" before it takes its sector.
    doc = parse(
        nlp,
        "Iranian/Iranian/ADJ/amod/3 and/and/CCONJ/cc/0 Iraqi/Iraqi/ADJ/conj/0 parliament/parliament/NOUN/nsubj/4 "
        "condemned/condemn/VERB/ROOT/4 Syria/Syria/PROPN/dobj/4",
    )
    assert code(coder, doc) == {("IRQLEG", "SYR", "111"), ("IRNLEG", "SYR", "111")}


def test_assemble_a_verb_misparsed_as_subject_gives_its_own_subject(nlp, coder):
    doc = parse(
        nlp,
        "Russia/Russia/PROPN/nsubj/1 operating/operate/VERB/nsubj/4 in/in/ADP/prep/1 Iraq/Iraq/PROPN/pobj/2 "
        "condemned/condemn/VERB/ROOT/4 Syria/Syria/PROPN/dobj/4",
    )
    assert code(coder, doc) == {("RUS", "SYR", "111")}


def test_assemble_any_conjoined_object_meets_a_pattern(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 sent/send/VERB/ROOT/1 tanks/tank/NOUN/dobj/1 and/and/CCONJ/cc/2 troops/troop/NOUN/conj/2 "
        "to/to/ADP/prep/1 Syria/Syria/PROPN/pobj/5",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "154")}


def test_assemble_for_whom_inside_the_object_is_the_target(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1 a/a/DET/det/3 camp/camp/NOUN/dobj/1 for/for/ADP/prep/3 "
        "Iranian/Iranian/ADJ/amod/6 refugees/refugee/NOUN/pobj/4",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "190")}


def test_assemble_an_act_named_by_a_noun_was_done_by_its_by_phrase(nlp, coder):
    doc = parse(
        nlp,
        "An/an/DET/det/1 attack/attack/NOUN/nsubj/4 by/by/ADP/prep/1 Iraq/Iraq/PROPN/pobj/2 condemned/condemn/VERB/ROOT/4 "
        "Syria/Syria/PROPN/dobj/4",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "111")}


def test_assemble_a_verb_the_lemmatizer_got_wrong_is_found_by_its_stem(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 staged/stag/VERB/ROOT/1 protests/protest/NOUN/dobj/1 against/against/ADP/prep/1 Iran/Iran/PROPN/pobj/3",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "141")}


def test_assemble_a_protest_is_coded_by_the_change_it_demands(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 demonstrated/demonstrate/VERB/ROOT/1 against/against/ADP/prep/1 Iran/Iran/PROPN/pobj/2 "
        "calling/call/VERB/advcl/1 for/for/ADP/prep/4 independence/independence/NOUN/pobj/5",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "1414")}


def test_assemble_a_protest_for_unspecified_reform_is_for_policy_change(nlp, coder):
    # The codebook's note to 1412: "demonstrators demand specific policy changes or unspecified political reforms".
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 demonstrated/demonstrate/VERB/ROOT/1 against/against/ADP/prep/1 Iran/Iran/PROPN/pobj/2 "
        "calling/call/VERB/advcl/1 for/for/ADP/prep/4 reform/reform/NOUN/pobj/5",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "1412")}


def test_assemble_an_act_a_pattern_names_in_its_phrase_is_not_coded_and_gives_the_target(nlp, coder):
    accused = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 accused/accuse/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 of/of/ADP/prep/1 attacking/attack/VERB/pcomp/3 "
        "Iran/Iran/PROPN/dobj/4",
    )
    assert code(coder, accused) == {("IRQ", "SYR", "1123")}
    warned = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 warned/warn/VERB/ROOT/1 against/against/ADP/prep/1 attacking/attack/VERB/pcomp/2 Iran/Iran/PROPN/dobj/3",
    )
    assert code(coder, warned) == {("IRQ", "IRN", "130")}


def test_assemble_a_place_in_the_name_of_a_treaty_is_no_actor(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 ratified/ratify/VERB/ROOT/1 the/the/DET/det/4 Baghdad/Baghdad/PROPN/compound/4 Protocol/protocol/PROPN/dobj/1",
    )
    assert code(coder, doc) == set()
    named_for_a_country = parse(
        nlp, "Russia/Russia/PROPN/nsubj/1 ratified/ratify/VERB/ROOT/1 the/the/DET/det/4 Iraq/Iraq/PROPN/compound/4 deal/deal/NOUN/dobj/1"
    )
    assert code(coder, named_for_a_country) == {("RUS", "IRQ", "057"), ("IRQ", "RUS", "057")}


def test_assemble_upon_is_on_to_patterns(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 agreed/agree/VERB/ROOT/1 upon/upon/SCONJ/prep/1 a/a/DET/det/4 pact/pact/NOUN/pobj/2 "
        "with/with/ADP/prep/4 Iran/Iran/PROPN/pobj/5",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "0311")}


def test_assemble_a_noun_of_quantity_still_meets_a_pattern_that_names_it(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 seized/seize/VERB/ROOT/1 parts/part/NOUN/dobj/1 of/of/ADP/prep/2 Iran/Iran/PROPN/pobj/3")
    assert code(coder, doc) == {("IRQ", "IRN", "192")}


def test_assemble_its_in_a_target_of_no_country_is_the_source(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 its/its/PRON/poss/3 military/military/NOUN/dobj/1",
    )
    assert code(coder, doc) == {("IRQ", "IRQMIL", "111")}
    other = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 the/the/DET/det/3 military/military/NOUN/dobj/1")
    assert code(coder, other) == {("IRQ", "---MIL", "111")}


def test_assemble_victims_of_no_country_are_placed_where_the_violence_happened(nlp, coder):
    doc = parse(
        nlp,
        "Iran/Iran/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1 troops/troop/NOUN/dobj/1 in/in/ADP/prep/1 Baghdad/Baghdad/PROPN/pobj/3",
    )
    assert code(coder, doc) == {("IRN", "IRQMIL", "190")}
    talks = parse(
        nlp,
        "Iran/Iran/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 troops/troop/NOUN/dobj/1 in/in/ADP/prep/1 Baghdad/Baghdad/PROPN/pobj/3",
    )
    assert code(coder, talks) == {("IRN", "---MIL", "111")}


@pytest.mark.parametrize(
    ("verb", "noun", "expected"),
    [
        ("renewed/renew", "call/call", {("RUS", "SYR", "0253")}),  # a call is an appeal
        ("reiterated/reiterate", "demand/demand", {("RUS", "SYR", "1041")}),
        ("called/call", "demand/demand", {("SYR", "IRN", "0841")}),  # describing a demand is not making one
    ],
)
def test_assemble_a_voiced_demand_or_call_codes_its_that_clause_as_asked_for(nlp, coder, verb, noun, expected):
    doc = parse(
        nlp,
        f"Russia/Russia/PROPN/nsubj/1 {verb}/VERB/ROOT/1 its/its/PRON/poss/3 {noun}/NOUN/dobj/1 that/that/SCONJ/mark/6 "
        "Syria/Syria/PROPN/nsubj/6 release/release/VERB/relcl/3/VB Iran/Iran/PROPN/dobj/6",
    )
    assert code(coder, doc) == expected


def test_assemble_threatened_act_is_the_infinitive_not_another_clause_of_the_verb(nlp, coder):
    # "threatened to attack Iraq, where people were killed": the parser hangs "killed" off "threatened" too.
    doc = parse(
        nlp,
        "Iran/Iran/PROPN/nsubj/1 threatened/threaten/VERB/ROOT/1 to/to/PART/aux/3 attack/attack/VERB/xcomp/1 Iraq/Iraq/PROPN/dobj/3 "
        "where/where/SCONJ/advmod/8 people/people/NOUN/nsubjpass/8 were/be/AUX/auxpass/8 killed/kill/VERB/ccomp/1",
    )
    assert code(coder, doc) == {("IRN", "IRQ", "138")}


@pytest.mark.parametrize(
    ("verb", "act", "expected"),
    [
        # No pattern of the governing verb names the act: the act's own code gives the sub-code.
        ("threatened/threaten", "fight/fight", "1384"),
        ("pledged/pledge", "help/help", "033"),
        # A pattern that names the act keeps its code when the act's own pattern sees no more than
        # its verb ("attack => 190"); see the next test for one that sees its object.
        ("threatened/threaten", "attack/attack", "138"),
        ("pledged/pledge", "release/release", "0353"),
    ],
)
def test_assemble_promise_or_threat_is_coded_by_the_act_it_is_about(nlp, coder, verb, act, expected):
    doc = parse(nlp, f"Iraq/Iraq/PROPN/nsubj/1 {verb}/VERB/ROOT/1 to/to/PART/aux/3 {act}/VERB/xcomp/1 Iran/Iran/PROPN/dobj/3")
    assert code(coder, doc) == {("IRQ", "IRN", expected)}


def test_assemble_coarse_pattern_for_an_appeal_is_refined_by_the_act(nlp, coder):
    # "urge comp=ease" is 025; easing a blockade is 0872, so the appeal is 0256.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 urged/urge/VERB/ROOT/1 Iran/Iran/PROPN/dobj/1 to/to/PART/aux/4 ease/ease/VERB/xcomp/1 "
        "the/the/DET/det/6 blockade/blockade/NOUN/dobj/4",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "0256")}


def test_assemble_two_word_preposition_names_its_object(nlp, coder):
    # "out of Moldova" is parsed as "out" with "of Moldova" below it.
    doc = parse(
        nlp,
        "Russia/Russia/PROPN/nsubj/1 pulled/pull/VERB/ROOT/1 troops/troop/NOUN/dobj/1 out/out/ADP/prep/1 of/of/ADP/prep/3 "
        "Ukraine/Ukraine/PROPN/pobj/4",
    )
    assert code(coder, doc) == {("RUS", "UKR", "0874")}


def test_assemble_two_word_preposition_is_also_its_second_words_phrase(nlp, coder):
    # "walked out of Ukraine", "out" parsed as a preposition: a pattern of the particle verb with
    # "prep=of" still holds.
    doc = parse(
        nlp,
        "Russia/Russia/PROPN/nsubj/1 walked/walk/VERB/ROOT/1 out/out/ADP/prep/1 of/of/ADP/prep/2 Ukraine/Ukraine/PROPN/pobj/3",
    )
    assert code(coder, doc) == {("RUS", "UKR", "0874")}


def test_assemble_preposition_constraint_reads_through_a_number(nlp, coder):
    # "fired gas at thousands of civilians": the "at" phrase is at civilians.
    doc = parse(
        nlp,
        "Iraqi/Iraqi/ADJ/amod/1 police/police/NOUN/nsubj/2 fired/fire/VERB/ROOT/2 gas/gas/NOUN/dobj/2 at/at/ADP/prep/2 "
        "thousands/thousand/NOUN/pobj/4 of/of/ADP/prep/5 civilians/civilian/NOUN/pobj/6",
    )
    assert code(coder, doc) == {("IRQCOP", "IRQCVL", "175")}


def test_assemble_what_is_exchanged_is_no_target(nlp, coder):
    # "exchanged artillery fire": the fire is what they used on each other.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/3 and/and/CCONJ/cc/0 Iran/Iran/PROPN/conj/0 exchanged/exchange/VERB/ROOT/3 "
        "artillery/artillery/NOUN/compound/5 fire/fire/NOUN/dobj/3",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "193"), ("IRN", "IRQ", "193")}


def test_assemble_conjoined_actors_clashing_somewhere_fight_each_other(nlp, coder):
    # "police and civilians clashed in Baghdad": with each other, as Iraq's; not with Baghdad.
    doc = parse(
        nlp,
        "police/police/NOUN/nsubj/3 and/and/CCONJ/cc/0 civilians/civilian/NOUN/conj/0 clashed/clash/VERB/ROOT/3 "
        "in/in/ADP/prep/3 Baghdad/Baghdad/PROPN/pobj/4",
    )
    assert code(coder, doc) == {("IRQCOP", "IRQCVL", "190"), ("IRQCVL", "IRQCOP", "190")}


def test_assemble_hostage_parsed_as_a_clause_is_what_they_were_made(nlp, coder):
    # "took thousands of Iranians hostage", "hostage" parsed as a clausal complement.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 took/take/VERB/ROOT/1 thousands/thousand/NOUN/dobj/1 of/of/ADP/prep/2 "
        "Iranians/Iranians/PROPN/pobj/3 hostage/hostage/NOUN/ccomp/1",
    )
    assert code(coder, doc) == {("IRQ", "IRNCVL", "181")}


def test_assemble_act_named_by_a_noun_is_aimed_where_it_takes_place(nlp, coder):
    # "began the deployment of troops in Iran": the troops are what was moved; Iran is where.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 began/begin/VERB/ROOT/1 the/the/DET/det/3 deployment/deployment/NOUN/dobj/1 "
        "of/of/ADP/prep/3 troops/troop/NOUN/pobj/4 in/in/ADP/prep/3 Iran/Iran/PROPN/pobj/6",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "154")}


def test_assemble_measure_eased_in_the_states_own_capital_is_for_its_people(nlp, coder):
    # "Iraq lifted the curfew in Baghdad": for its own people, not for Baghdad (which is Iraq).
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 lifted/lift/VERB/ROOT/1 the/the/DET/det/3 curfew/curfew/NOUN/dobj/1 "
        "in/in/ADP/prep/3 Baghdad/Baghdad/PROPN/pobj/4",
    )
    assert code(coder, doc) == {("IRQ", "IRQCVL", "0813")}


def test_assemble_what_an_urged_act_would_do_is_not_done(nlp, coder):
    # "urged Iran to stop fighting Syria" reports no fighting.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 urged/urge/VERB/ROOT/1 Iran/Iran/PROPN/dobj/1 to/to/PART/aux/4 stop/stop/VERB/xcomp/1 "
        "fighting/fight/VERB/xcomp/4 Syria/Syria/PROPN/dobj/5",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "0256")}


@pytest.mark.parametrize(
    ("prep", "expected"),
    [
        # What the agreement is about names no party to it.
        ("on", {("IRQ", "IRN", "057"), ("IRN", "IRQ", "057")}),
        # With whom it was signed does.
        ("with", {("IRQ", "SYR", "057"), ("IRN", "SYR", "057"), ("SYR", "IRQ", "057"), ("SYR", "IRN", "057")}),
    ],
)
def test_assemble_joint_act_about_someone_is_between_its_actors(nlp, coder, prep, expected):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/3 and/and/CCONJ/cc/0 Iran/Iran/PROPN/conj/0 signed/sign/VERB/ROOT/3 an/an/DET/det/5 "
        f"agreement/agreement/NOUN/dobj/3 {prep}/{prep}/ADP/prep/5 Syria/Syria/PROPN/pobj/6",
    )
    assert code(coder, doc) == expected


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        # Where neither is at home: CAMEO's meeting at a third location.
        ("Jordan", {("IRQ", "IRN", "044"), ("IRN", "IRQ", "044")}),
        ("Baghdad", {("IRQ", "IRN", "040"), ("IRN", "IRQ", "040")}),
    ],
)
def test_assemble_meeting_in_a_third_country(nlp, coder, place, expected):
    doc = parse(nlp, f"Iraq/Iraq/PROPN/nsubj/3 and/and/CCONJ/cc/0 Iran/Iran/PROPN/conj/0 met/meet/VERB/ROOT/3 in/in/ADP/prep/3 {place}/{place}/PROPN/pobj/4")
    assert code(coder, doc) == expected


def test_assemble_setting_of_a_meeting_is_no_party_to_it(nlp, coder):
    # "met on the sidelines of the UN": where, not with whom.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/3 and/and/CCONJ/cc/0 Iran/Iran/PROPN/conj/0 met/meet/VERB/ROOT/3 on/on/ADP/prep/3 "
        "the/the/DET/det/6 sidelines/sideline/NOUN/pobj/4 of/of/ADP/prep/6 the/the/DET/det/9 UN/UN/PROPN/pobj/7",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "040"), ("IRN", "IRQ", "040")}


def test_assemble_state_body_named_with_a_countrys_people_is_theirs(nlp, coder):
    # "arrested police and Iranians": the police named with Iranians are Iran's.
    doc = parse(nlp, "Russia/Russia/PROPN/nsubj/1 arrested/arrest/VERB/ROOT/1 police/police/NOUN/dobj/1 and/and/CCONJ/cc/2 Iranians/Iranians/PROPN/conj/2")
    assert code(coder, doc) == {("RUS", "IRNCOP", "173"), ("RUS", "IRNCVL", "173")}


def test_assemble_appeal_for_aid_for_others_is_aimed_at_whom_it_asks(nlp, coder):
    # "appealed to the UN for aid for Iranians", both "for" phrases the verb's: asked of the UN.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 appealed/appeal/VERB/ROOT/1 to/to/ADP/prep/1 the/the/DET/det/4 UN/UN/PROPN/pobj/2 "
        "for/for/ADP/prep/1 aid/aid/NOUN/pobj/5 for/for/ADP/prep/1 Iranians/Iranians/PROPN/pobj/7",
    )
    assert code(coder, doc) == {("IRQ", "IGOUNO", "0233")}


@pytest.mark.parametrize(("negation", "expected"), [("", {("IRQ", "IRN", "055")}), ("not/not/PART/neg/1 ", set())])
def test_assemble_predicative_adjective_negated_on_its_copula(nlp, coder, negation, expected):
    # "Iraq was not sorry": the "not" hangs on "was".
    shift = 1 if negation else 0
    doc = parse(
        nlp,
        f"Iraq/Iraq/PROPN/nsubj/1 was/be/AUX/ROOT/1 {negation}sorry/sorry/ADJ/acomp/1 to/to/ADP/prep/{2 + shift} Iran/Iran/PROPN/pobj/{3 + shift}",
    )
    assert code(coder, doc) == expected


def test_assemble_former_further_left_in_a_title(nlp, coder):
    # "Former United States President Obama": out of office, whatever stands between.
    doc = parse(
        nlp,
        "Former/former/ADJ/amod/3 United/United/PROPN/compound/2 States/States/PROPN/compound/3 President/President/PROPN/compound/4 "
        "Obama/Obama/PROPN/nsubj/5 indicted/indict/VERB/ROOT/5 Iran/Iran/PROPN/dobj/5",
    )
    assert code(coder, doc, dt.date(2018, 1, 1)) == {("USAELI", "IRN", "115")}


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # "ethnic Iranians": a people; nothing places them, so their kin state's.
        ("Russia/Russia/PROPN/nsubj/1 arrested/arrest/VERB/ROOT/1 ethnic/ethnic/ADJ/amod/3 Iranians/Iranians/PROPN/dobj/1", {("RUS", "IRNCVL", "173")}),
        # Arrested in Baghdad, they are Iraq's.
        (
            "Russia/Russia/PROPN/nsubj/1 arrested/arrest/VERB/ROOT/1 ethnic/ethnic/ADJ/amod/3 Iranians/Iranians/PROPN/dobj/1 "
            "in/in/ADP/prep/1 Baghdad/Baghdad/PROPN/pobj/4",
            {("RUS", "IRQCVL", "173")},
        ),
    ],
)
def test_assemble_ethnic_people_are_of_where_they_are(nlp, coder, spec, expected):
    assert code(coder, parse(nlp, spec)) == expected


def test_assemble_opposition_before_a_party_role_is_the_oppositions(nlp, coder):
    # "Iraqi police arrested the opposition candidate": an opposition candidate, not a party's.
    doc = parse(
        nlp,
        "Iraqi/Iraqi/ADJ/amod/1 police/police/NOUN/nsubj/2 arrested/arrest/VERB/ROOT/2 the/the/DET/det/5 "
        "opposition/opposition/NOUN/compound/5 candidate/candidate/NOUN/dobj/2",
    )
    assert code(coder, doc) == {("IRQCOP", "IRQOPP", "173")}


@pytest.mark.parametrize(
    ("who", "expected"),
    [("NGOMSF", "1663"), ("IGOUNOWFP", "1663"), ("IGOUNOPKO", "1661"), ("IGOOSC", "1662"), ("USAMIL", "0874")],
)
def test_assemble_withdrawal_coded_by_who_withdraws(who, expected):
    from eventcoder.assemble import ActorRef, _withdrawal

    assert _withdrawal("0874", ActorRef(who, 0, 1)) == expected


def test_assemble_officials_of_an_organisation_are_the_organisation(nlp, coder):
    # "a UN official indicted Iran": the UN's people, not a UN government.
    doc = parse(nlp, "a/a/DET/det/2 UN/UN/PROPN/compound/2 official/official/NOUN/nsubj/3 indicted/indict/VERB/ROOT/3 Iran/Iran/PROPN/dobj/3")
    assert code(coder, doc) == {("IGOUNO", "IRN", "115")}


def test_assemble_weapon_asked_for_by_kind_is_no_target(nlp, coder):
    # "shelled Iran with artillery": the artillery (a MIL word) is what was used.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 shelled/shell/VERB/ROOT/1 Iran/Iran/PROPN/dobj/1 with/with/ADP/prep/1 artillery/artillery/NOUN/pobj/3")
    assert code(coder, doc) == {("IRQ", "IRN", "194")}


def test_assemble_who_one_clashed_with_is_the_other_side_not_a_weapon(nlp, coder):
    # "Iraqi police clashed with civilians": the civilians are the target, as the police's own people.
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1 police/police/NOUN/nsubj/2 clashed/clash/VERB/ROOT/2 with/with/ADP/prep/2 civilians/civilian/NOUN/pobj/3")
    assert code(coder, doc) == {("IRQCOP", "IRQCVL", "175")}


def test_assemble_civilians_killed_by_a_strike_on_a_place_are_its_people(nlp, coder):
    # "Iraq shelled Iran with artillery, killing civilians": Iran's civilians.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 shelled/shell/VERB/ROOT/1 Iran/Iran/PROPN/dobj/1 with/with/ADP/prep/1 artillery/artillery/NOUN/pobj/3 "
        ",/,/PUNCT/punct/1 killing/kill/VERB/advcl/1/VBG civilians/civilian/NOUN/dobj/6",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "194"), ("IRQ", "IRNCVL", "190")}


def test_assemble_forces_ordered_to_act_are_the_ordering_state_s(nlp, coder):
    # "Iraq ordered police to attack Iranians": Iraq's police, not Iran's.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 ordered/order/VERB/ROOT/1 police/police/NOUN/dobj/1 to/to/PART/aux/4 attack/attack/VERB/xcomp/1 "
        "Iranians/Iranians/PROPN/dobj/4",
    )
    assert code(coder, doc) == {("IRQCOP", "IRNCVL", "190")}


def test_assemble_a_capital_naming_where_is_its_country_not_its_government(nlp, coder):
    # "Iraq attacked a Damascus market": Syria, not the Syrian government.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1 a/a/DET/det/4 Damascus/Damascus/PROPN/compound/4 market/market/NOUN/dobj/1")
    assert code(coder, doc) == {("IRQ", "SYR", "190")}


def test_assemble_unnamed_rebels_are_of_the_place_they_struck_not_of_whose_convoy(nlp, coder):
    # "rebels attacked Damascus" are Syria's; "rebels attacked a Syrian convoy" are not placed by it.
    doc = parse(nlp, "rebels/rebel/NOUN/nsubj/1 attacked/attack/VERB/ROOT/1 Damascus/Damascus/PROPN/dobj/1")
    assert code(coder, doc) == {("SYRREB", "SYRGOV", "190")}
    doc = parse(nlp, "rebels/rebel/NOUN/nsubj/1 attacked/attack/VERB/ROOT/1 a/a/DET/det/4 Syrian/Syrian/ADJ/amod/4 convoy/convoy/NOUN/dobj/1")
    assert code(coder, doc) == {("---REB", "SYR", "190")}
    # "rebels attacked Damascus and Baghdad": two countries place no one.
    doc = parse(nlp, "rebels/rebel/NOUN/nsubj/1 attacked/attack/VERB/ROOT/1 Damascus/Damascus/PROPN/dobj/1 and/and/CCONJ/cc/2 Baghdad/Baghdad/PROPN/conj/2")
    assert code(coder, doc) == {("---REB", "SYRGOV", "190"), ("---REB", "IRQ", "190")}
    # "rebels attacked Damascus, killing civilians": the killing is by Syria's rebels too.
    doc = parse(
        nlp,
        "rebels/rebel/NOUN/nsubj/1 attacked/attack/VERB/ROOT/1 Damascus/Damascus/PROPN/dobj/1 ,/,/PUNCT/punct/1 "
        "killing/kill/VERB/advcl/1/VBG civilians/civilian/NOUN/dobj/4",
    )
    assert code(coder, doc) == {("SYRREB", "SYRGOV", "190"), ("SYRREB", "SYRCVL", "190")}


def test_assemble_a_protest_at_a_place_is_against_its_government(nlp, coder):
    # "Iranians occupied a Damascus square": against the Syrian government.
    doc = parse(nlp, "Iranians/Iranians/PROPN/nsubj/1 occupied/occupy/VERB/ROOT/1 a/a/DET/det/4 Damascus/Damascus/PROPN/compound/4 square/square/NOUN/dobj/1")
    assert code(coder, doc) == {("IRNCVL", "SYRGOV", "144")}


def test_assemble_a_relative_clause_on_the_place_of_an_attack_is_the_attack_s(nlp, coder):
    # "Iraq condemned a bombing at a Damascus market that killed civilians": the bombing killed them.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 a/a/DET/det/3 bombing/bombing/NOUN/dobj/1 at/at/ADP/prep/3 "
        "a/a/DET/det/7 Damascus/Damascus/PROPN/compound/7 market/market/NOUN/pobj/4 that/that/PRON/nsubj/9 killed/kill/VERB/relcl/7 "
        "civilians/civilian/NOUN/dobj/9",
    )
    assert ("SYR", "SYRCVL", "190") not in code(coder, doc)
    assert {e for e in code(coder, doc) if e[2] == "190"} == {("SYRUAF", "SYRCVL", "190")}


def test_assemble_an_appeal_reads_through_a_bridging_verb_to_the_act(nlp, coder):
    # "Iraq urged Iran to move to release Iranians": an appeal for a release, not a release done.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 urged/urge/VERB/ROOT/1 Iran/Iran/PROPN/dobj/1 to/to/PART/aux/4 move/move/VERB/xcomp/1 "
        "to/to/PART/aux/6 release/release/VERB/advcl/4 Iranians/Iranians/PROPN/dobj/6",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "0253")}


def test_assemble_an_act_named_by_a_light_verb_takes_its_object_s_sub_code(nlp, coder):
    # "Iraq urged Iran to end the embargo": an appeal to ease an embargo (0254), not to de-escalate (0256).
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 urged/urge/VERB/ROOT/1 Iran/Iran/PROPN/dobj/1 to/to/PART/aux/4 end/end/VERB/xcomp/1 "
        "the/the/DET/det/6 embargo/embargo/NOUN/dobj/4",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "0254")}


def test_assemble_what_is_denied_is_not_done(nlp, coder):
    # "Iraq denied that its troops attacked Iranians": no attack, and no denial aimed at its own troops
    # (the denial is aimed at whom the denied attack was on).
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 denied/deny/VERB/ROOT/1 that/that/SCONJ/mark/5 its/its/PRON/poss/4 troops/troop/NOUN/nsubj/5 "
        "attacked/attack/VERB/ccomp/1 Iranians/Iranians/PROPN/dobj/5",
    )
    assert code(coder, doc) == {("IRQ", "IRNCVL", "016")}


def test_assemble_their_countries_are_the_reporting_actors(nlp, coder):
    # "Iraq and Iran said both countries condemned Syria": each of them condemned it.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/3 and/and/CCONJ/cc/0 Iran/Iran/PROPN/conj/0 said/say/VERB/ROOT/3 both/both/DET/det/5 "
        "countries/country/NOUN/nsubj/6 condemned/condemn/VERB/ccomp/3 Syria/Syria/PROPN/dobj/6",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "111"), ("IRN", "SYR", "111")}


def test_assemble_a_passive_appeal_s_by_phrase_does_not_cut_off_what_is_asked(nlp, coder):
    # "Iran was urged by Iraq on Monday to release Iranians": asked to release them.
    doc = parse(
        nlp,
        "Iran/Iran/PROPN/nsubjpass/2 was/be/AUX/auxpass/2 urged/urge/VERB/ROOT/2 by/by/ADP/agent/2 Iraq/Iraq/PROPN/pobj/3 "
        "on/on/ADP/prep/2 Monday/Monday/PROPN/pobj/5 to/to/PART/aux/8 release/release/VERB/advcl/2 Iranians/Iranians/PROPN/dobj/8",
    )
    repair_parse(doc)
    assert code(coder, doc) == {("IRQ", "IRN", "0253")}


def test_assemble_parties_of_a_joint_act_with_no_one_known_act_on_each_other(nlp, coder):
    # "Iraq and Iran agreed to cooperate with forces": with each other, not with unnamed forces.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/3 and/and/CCONJ/cc/0 Iran/Iran/PROPN/conj/0 agreed/agree/VERB/ROOT/3 to/to/PART/aux/5 "
        "cooperate/cooperate/VERB/xcomp/3 with/with/ADP/prep/5 forces/force/NOUN/pobj/6",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "0311"), ("IRN", "IRQ", "0311")}


def test_assemble_a_go_between_is_no_party(nlp, coder):
    # "Iraq and Iran agreed with the mediation of the UN": with each other, not with the UN.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/3 and/and/CCONJ/cc/0 Iran/Iran/PROPN/conj/0 agreed/agree/VERB/ROOT/3 with/with/ADP/prep/3 "
        "the/the/DET/det/6 mediation/mediation/NOUN/pobj/4 of/of/ADP/prep/6 the/the/DET/det/9 UN/UN/PROPN/pobj/7",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "030"), ("IRN", "IRQ", "030")}


def test_assemble_the_two_sides_are_the_parties_named_before(nlp, coder):
    # "Iraq met Iran and the two sides agreed to talk".
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 met/meet/VERB/ROOT/1 Iran/Iran/PROPN/dobj/1 and/and/CCONJ/cc/1 the/the/DET/det/6 two/two/NUM/nummod/6 "
        "sides/side/NOUN/nsubj/7 agreed/agree/VERB/conj/1 to/to/PART/aux/9 talk/talk/VERB/xcomp/7",
    )
    assert {e for e in code(coder, doc) if e[2] == "036"} == {("IRQ", "IRN", "036"), ("IRN", "IRQ", "036")}


def test_assemble_a_passive_joint_act_between_two_parties_is_theirs(nlp, coder):
    # "A truce was agreed between Iraq and Iran".
    doc = parse(
        nlp,
        "A/a/DET/det/1 truce/truce/NOUN/nsubjpass/3 was/be/AUX/auxpass/3 agreed/agree/VERB/ROOT/3 between/between/ADP/prep/3 "
        "Iraq/Iraq/PROPN/pobj/4 and/and/CCONJ/cc/5 Iran/Iran/PROPN/conj/5",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "030"), ("IRN", "IRQ", "030")}


def test_assemble_troops_a_promise_sends_are_intent_to_deploy(nlp, coder):
    # "Iraq agreed to send troops to Syria": 0334, not a bare 030.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 agreed/agree/VERB/ROOT/1 to/to/PART/aux/3 send/send/VERB/xcomp/1 troops/troop/NOUN/dobj/3 "
        "to/to/ADP/prep/3 Syria/Syria/PROPN/pobj/5",
    )
    assert {e[2] for e in code(coder, doc)} == {"0334"}


def test_assemble_what_a_promised_act_is_for_is_not_done(nlp, coder):
    # "Iraq agreed to send troops to attack Syria": no attack on Syria yet.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 agreed/agree/VERB/ROOT/1 to/to/PART/aux/3 send/send/VERB/xcomp/1 troops/troop/NOUN/dobj/3 "
        "to/to/PART/aux/6 attack/attack/VERB/advcl/3 Syria/Syria/PROPN/dobj/6",
    )
    assert not any(e[2].startswith("19") for e in code(coder, doc))


def test_assemble_a_quantity_of_conjoined_things_is_of_each(nlp, coder):
    # "Iraq supplied Syria with dozens of tanks and helicopters": helicopters among them.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 supplied/supply/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 with/with/ADP/prep/1 dozens/dozen/NOUN/pobj/3 "
        "of/of/ADP/prep/4 tanks/tank/NOUN/pobj/5 and/and/CCONJ/cc/6 helicopters/helicopter/NOUN/conj/6",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "072")}


def test_assemble_a_demand_made_by_a_rally_is_the_rally(nlp, coder):
    # "A rally by Iranians demanded that Iraq release prisoners": a demonstration for it (141x), not a bare demand.
    doc = parse(
        nlp,
        "A/a/DET/det/1 rally/rally/NOUN/nsubj/4 by/by/ADP/prep/1 Iranians/Iranians/PROPN/pobj/2 demanded/demand/VERB/ROOT/4 "
        "that/that/SCONJ/mark/7 Iraq/Iraq/PROPN/nsubj/7 release/release/VERB/ccomp/4 prisoners/prisoner/NOUN/dobj/7",
    )
    assert code(coder, doc) == {("IRNCVL", "IRQ", "1411")}


def test_assemble_property_burned_by_rioters_is_a_violent_protest(nlp, coder):
    # "Iranian rioters burned a Syrian embassy": 145, not property destruction (1712).
    doc = parse(nlp, "Iranian/Iranian/ADJ/amod/1 rioters/rioter/NOUN/nsubj/2 burned/burn/VERB/ROOT/2 a/a/DET/det/5 Syrian/Syrian/ADJ/amod/5 embassy/embassy/NOUN/dobj/2")
    assert code(coder, doc) == {("IRN", "SYRGOV", "145")}


def test_assemble_protesters_at_home_protest_against_their_government(nlp, coder):
    # "Iranians rallied in Iran": against the Iranian government, not against Iran.
    doc = parse(nlp, "Iranians/Iranians/PROPN/nsubj/1 rallied/rally/VERB/ROOT/1 in/in/ADP/prep/1 Iran/Iran/PROPN/pobj/2")
    assert code(coder, doc) == {("IRNCVL", "IRNGOV", "141")}


def test_assemble_a_protest_demanding_something_of_someone_is_against_them_not_the_place(nlp, coder):
    # "Iranians rallied in Syria, demanding compensation from Iraq": against Iraq, not Syria.
    doc = parse(
        nlp,
        "Iranians/Iranians/PROPN/nsubj/1 rallied/rally/VERB/ROOT/1 in/in/ADP/prep/1 Syria/Syria/PROPN/pobj/2 ,/,/PUNCT/punct/1 "
        "demanding/demand/VERB/advcl/1 compensation/compensation/NOUN/dobj/5 from/from/ADP/prep/5 Iraq/Iraq/PROPN/pobj/7",
    )
    assert code(coder, doc) == {("IRNCVL", "IRQ", "141"), ("IRNCVL", "IRQ", "100")}


def test_assemble_protest_broken_up_targets_who_held_it(nlp, coder):
    # "Iraqi police broke up a protest by civilians", the "by" phrase hung on the verb.
    doc = parse(
        nlp,
        "Iraqi/Iraqi/ADJ/amod/1 police/police/NOUN/nsubj/2 broke/break/VERB/ROOT/2 up/up/ADP/prt/2 a/a/DET/det/5 "
        "protest/protest/NOUN/dobj/2 by/by/ADP/prep/2 civilians/civilian/NOUN/pobj/6",
    )
    assert code(coder, doc) == {("IRQCOP", "IRQCVL", "175")}


def test_assemble_what_one_stops_doing_is_not_done(nlp, coder):
    # "Iraq stopped attacking Iran" reports no attack.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 stopped/stop/VERB/ROOT/1 attacking/attack/VERB/xcomp/1 Iran/Iran/PROPN/dobj/2")
    assert code(coder, doc) == set()


def test_assemble_extradition_is_aimed_at_the_receiving_state(nlp, coder):
    # "Iraq pledged to extradite Iranians to Syria": to Syria, not against the Iranians.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 pledged/pledge/VERB/ROOT/1 to/to/PART/aux/3 extradite/extradite/VERB/xcomp/1 "
        "Iranians/Iranians/PROPN/dobj/3 to/to/ADP/prep/3 Syria/Syria/PROPN/pobj/5",
    )
    assert {t for _, t, _ in code(coder, doc)} == {"SYR"}


def test_assemble_joint_act_aimed_at_one_of_its_actors_is_mutual(nlp, coder):
    # "Iraq and Iran held exercises off Iran": with each other.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/3 and/and/CCONJ/cc/0 Iran/Iran/PROPN/conj/0 held/hold/VERB/ROOT/3 exercises/exercise/NOUN/dobj/3 "
        "off/off/ADP/prep/3 Iran/Iran/PROPN/pobj/5",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "062"), ("IRN", "IRQ", "062")}


def test_repair_object_parsed_after_a_time(nlp):
    # "promised on Wednesday sweeping reforms": the reforms are the verb's object, not a second "on" object.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 promised/promise/VERB/ROOT/1 on/on/ADP/prep/1 Wednesday/Wednesday/PROPN/pobj/2 "
        "reforms/reform/NOUN/pobj/2",
    )
    repair_parse(doc)
    assert (doc[4].dep_, doc[4].head.i) == ("dobj", 1)


def test_assemble_people_counted_are_where_the_number_is(nlp, coder):
    # "thousands of civilians in Baghdad", the place parsed as the number's: the civilians are Iraq's.
    doc = parse(
        nlp,
        "Russia/Russia/PROPN/nsubj/1 fired/fire/VERB/ROOT/1 at/at/ADP/prep/1 thousands/thousand/NOUN/pobj/2 of/of/ADP/prep/3 "
        "civilians/civilian/NOUN/pobj/4 in/in/ADP/prep/3 Baghdad/Baghdad/PROPN/pobj/6",
    )
    assert code(coder, doc) == {("RUS", "IRQCVL", "190")}


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("Iraq/Iraq/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1 villages/village/NOUN/dobj/1 in/in/ADP/prep/2 Iran/Iran/PROPN/pobj/3", {("IRQ", "IRN", "190")}),
        # An unnamed organization in Iran is not Iran.
        ("Iraq/Iraq/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1 groups/group/NOUN/dobj/1 in/in/ADP/prep/2 Iran/Iran/PROPN/pobj/3", set()),
    ],
)
def test_assemble_place_attacked_is_its_countrys(nlp, coder, spec, expected):
    assert code(coder, parse(nlp, spec)) == expected


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # A capital the dictionaries code as its government is, as a place, its country.
        ("Iraq/Iraq/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1 villages/village/NOUN/dobj/1 in/in/ADP/prep/2 Damascus/Damascus/PROPN/pobj/3", {("IRQ", "SYR", "190")}),
        # A curfew or a state of emergency is on the people of the place it is declared in.
        ("Iraq/Iraq/PROPN/nsubj/1 declared/declare/VERB/ROOT/1 a/a/DET/det/3 curfew/curfew/NOUN/dobj/1 in/in/ADP/prep/1 Iran/Iran/PROPN/pobj/4", {("IRQ", "IRN", "1723")}),
        # An investigation is of the place of what it looks into.
        ("Iraq/Iraq/PROPN/nsubj/1 investigated/investigate/VERB/ROOT/1 abuses/abuse/NOUN/dobj/1 in/in/ADP/prep/2 Iran/Iran/PROPN/pobj/3", {("IRQ", "IRN", "090")}),
        # ... and "on Monday" is a time, not what "ease ... on" eases.
        (
            "Iraq/Iraq/PROPN/nsubj/1 eased/ease/VERB/ROOT/1 emergency/emergency/NOUN/compound/3 measures/measure/NOUN/dobj/1 "
            "on/on/ADP/prep/1 Monday/Monday/PROPN/pobj/4 in/in/ADP/prep/1 Iran/Iran/PROPN/pobj/6",
            {("IRQ", "IRN", "0814")},
        ),
        # ... also where the parser hangs the time off the object.
        (
            "Iraq/Iraq/PROPN/nsubj/1 eased/ease/VERB/ROOT/1 emergency/emergency/NOUN/compound/3 measures/measure/NOUN/dobj/1 "
            "on/on/ADP/prep/3 Monday/Monday/PROPN/pobj/4 in/in/ADP/prep/1 Iran/Iran/PROPN/pobj/6",
            {("IRQ", "IRN", "0814")},
        ),
    ],
)
def test_assemble_measures_and_acts_in_a_place_are_on_its_country(nlp, coder, spec, expected):
    assert code(coder, parse(nlp, spec)) == expected


@pytest.mark.parametrize(
    ("verb", "prep", "expected"),
    [
        ("arrested/arrest", "in", {("IRQ", "IRNCVL", "173")}),
        ("deported/deport", "from", {("IRQ", "IRNCVL", "174")}),
        # Whoever attacked them, it was not Iraq.
        ("attacked/attack", "in", set()),
        # Arrested somewhere else than where they were from is not arrested there.
        ("arrested/arrest", "from", set()),
    ],
)
def test_assemble_an_arrest_or_deportation_nobody_is_named_for_was_by_the_state_there(nlp, coder, verb, prep, expected):
    doc = parse(nlp, f"Iranians/Iranians/PROPN/nsubjpass/2 were/be/AUX/auxpass/2 {verb}/VERB/ROOT/2 {prep}/{prep}/ADP/prep/2 Iraq/Iraq/PROPN/pobj/3")
    assert code(coder, doc) == expected


@pytest.mark.parametrize(("verb", "expected"), [("expelled/expel", {("IRQ", "IRN", "161")}), ("withdrawn/withdraw", set())])
def test_assemble_envoys_expelled_from_a_country_were_expelled_by_it(nlp, coder, verb, expected):
    # "Iranian envoys were expelled from Iraq": by Iraq; "withdrawn from Iraq" says nothing of by whom.
    doc = parse(
        nlp,
        f"Iranian/Iranian/ADJ/amod/1 envoys/envoy/NOUN/nsubjpass/3 were/be/AUX/auxpass/3 {verb}/VERB/ROOT/3 from/from/ADP/prep/3 "
        "Iraq/Iraq/PROPN/pobj/4",
    )
    assert code(coder, doc) == expected


def test_assemble_people_living_abroad_are_coded_by_where_they_live(nlp, coder):
    doc = parse(nlp, "Iranians/Iranians/PROPN/nsubj/3 in/in/ADP/prep/0 Iraq/Iraq/PROPN/pobj/1 condemned/condemn/VERB/ROOT/3 Syria/Syria/PROPN/dobj/3")
    assert code(coder, doc) == {("IRQCVL", "SYR", "111")}


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        # An institution of no named country dealing with a country's people is theirs, either way round.
        ("Iranians/Iranians/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 the/the/DET/det/3 government/government/NOUN/dobj/1", {("IRNCVL", "IRNGOV", "111")}),
        ("police/police/NOUN/nsubj/1 attacked/attack/VERB/ROOT/1 Iranians/Iranians/PROPN/dobj/1", {("IRNCOP", "IRNCVL", "190")}),
        # Troops may be anyone's, and an official helping a people need not be theirs.
        ("troops/troop/NOUN/nsubj/1 attacked/attack/VERB/ROOT/1 Iranians/Iranians/PROPN/dobj/1", {("---MIL", "IRNCVL", "190")}),
        ("official/official/NOUN/nsubj/1 helped/help/VERB/ROOT/1 Iranians/Iranians/PROPN/dobj/1", {("---GOV", "IRNCVL", "070")}),
    ],
)
def test_assemble_unnamed_institution_belongs_to_the_people_it_deals_with(nlp, coder, spec, expected):
    assert code(coder, parse(nlp, spec)) == expected


def test_assemble_passive_by_phrase_hung_lower_is_still_the_source(nlp, coder):
    # "Iraq was accused of corruption by Iran", with "by Iran" parsed under "corruption".
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubjpass/2 was/be/AUX/auxpass/2 accused/accuse/VERB/ROOT/2 of/of/ADP/prep/2 "
        "corruption/corruption/NOUN/pobj/3 by/by/ADP/prep/4 Iran/Iran/PROPN/pobj/5",
    )
    assert code(coder, doc) == {("IRN", "IRQ", "112")}


def test_assemble_verb_conjoined_to_a_passive_is_done_by_its_subject(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubjpass/2 was/be/AUX/auxpass/2 attacked/attack/VERB/ROOT/2 by/by/ADP/agent/2 Iran/Iran/PROPN/pobj/3 "
        "and/and/CCONJ/cc/2 condemned/condemn/VERB/conj/2 Syria/Syria/PROPN/dobj/6",
    )
    assert code(coder, doc) == {("IRN", "IRQ", "190"), ("IRQ", "SYR", "111")}


def test_assemble_part_in_something_is_read_as_that_thing(nlp, coder):
    doc = parse(
        nlp,
        "Iran/Iran/PROPN/nsubj/1 indicted/indict/VERB/ROOT/1 Iraq/Iraq/PROPN/dobj/1 for/for/ADP/prep/1 its/its/PRON/poss/5 "
        "part/part/NOUN/pobj/3 in/in/ADP/prep/5 atrocities/atrocity/NOUN/pobj/6",
    )
    assert code(coder, doc) == {("IRN", "IRQ", "1124")}


def test_assemble_people_asked_for_by_kind_are_placed_where_it_happened(nlp, coder):
    # "protected civilians in Iran": the civilians are whom it was done to, and they are Iran's.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 protected/protect/VERB/ROOT/1 civilians/civilian/NOUN/dobj/1 in/in/ADP/prep/1 Iran/Iran/PROPN/pobj/3")
    assert code(coder, doc) == {("IRQ", "IRNCVL", "074")}


def test_assemble_spokesman_for_an_actor_speaks_for_it(nlp, coder):
    doc = parse(nlp, "spokesman/spokesman/NOUN/nsubj/3 for/for/ADP/prep/0 Iraq/Iraq/PROPN/pobj/1 condemned/condemn/VERB/ROOT/3 Syria/Syria/PROPN/dobj/3")
    assert code(coder, doc) == {("IRQGOV", "SYR", "111")}


def test_assemble_whom_an_of_phrase_of_the_verb_is_about_is_its_object(nlp, coder):
    # "Iraq accused Syria of sending troops to Iran": accused is Syria, not whoever the charge names.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 accused/accuse/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 of/of/ADP/prep/1 sending/send/VERB/pcomp/3 "
        "troops/troop/NOUN/dobj/4 to/to/ADP/prep/4 Iran/Iran/PROPN/pobj/6",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "1123")}


@pytest.mark.parametrize(
    ("linked", "expected"),
    [
        # "Iranians were attacked when Syria attacked Iraq": who did the violence the clause tells of.
        ("attacked/attack", {("SYR", "IRNCVL", "190"), ("SYR", "IRQ", "190")}),
        # Not when the linked clause is no violence.
        ("met/meet", {("SYR", "IRQ", "040"), ("IRQ", "SYR", "040")}),
    ],
)
def test_assemble_a_passive_act_of_violence_is_done_by_the_attacker_of_the_clause_linked_to_it(nlp, coder, linked, expected):
    doc = parse(
        nlp,
        "Iranians/Iranians/PROPN/nsubjpass/2 were/be/AUX/auxpass/2 attacked/attack/VERB/ROOT/2 when/when/SCONJ/advmod/5 "
        f"Syria/Syria/PROPN/nsubj/5 {linked}/VERB/advcl/2 Iraq/Iraq/PROPN/dobj/5",
    )
    assert code(coder, doc) == expected


@pytest.mark.parametrize(
    ("held", "expected"),
    [
        # "Iraq demanded the release of civilians held by Syria": asked of the captors.
        ("held/hold", {("IRQ", "SYR", "1053")}),
        # Not of whoever else a phrase names.
        ("helped/help", {("IRQ", "---CVL", "1053")}),
    ],
)
def test_assemble_a_release_is_asked_of_whoever_holds_the_captives(nlp, coder, held, expected):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1 release/release/NOUN/dobj/1 of/of/ADP/prep/2 civilians/civilian/NOUN/pobj/3 "
        f"{held}/VERB/acl/4 by/by/ADP/agent/5 Syria/Syria/PROPN/pobj/6",
    )
    assert code(coder, doc) == expected


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        # "civilians demonstrated in Iraq against Syria": protesters are people of where they protest.
        ("in/in/ADP/prep/1 Iraq/Iraq/PROPN/pobj/2", {("IRQCVL", "SYR", "141")}),
        ("at/at/ADP/prep/1 dawn/dawn/NOUN/pobj/2", {("---CVL", "SYR", "141")}),
    ],
)
def test_assemble_protesters_of_no_country_are_people_of_where_they_protest(nlp, coder, place, expected):
    doc = parse(nlp, f"civilians/civilian/NOUN/nsubj/1 demonstrated/demonstrate/VERB/ROOT/1 {place} against/against/ADP/prep/1 Syria/Syria/PROPN/pobj/4")
    assert code(coder, doc) == expected


def test_assemble_an_announced_act_under_a_condition_threatens_whoever_the_condition_is_about(nlp, coder):
    # "Iraq will attack if Syria condemns it": a threat to Syria.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/2 will/will/AUX/aux/2 attack/attack/VERB/ROOT/2 if/if/SCONJ/mark/5 Syria/Syria/PROPN/nsubj/5 "
        "condemns/condemn/VERB/advcl/2 it/it/PRON/dobj/5",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "138")}


def test_assemble_who_is_allowed_to_act_is_the_object_and_what_they_were_allowed_has_happened(nlp, coder):
    # "Iraq allowed Iranians to visit Syria", parsed with the Iranians as the subject of "visit".
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 allowed/allow/VERB/ROOT/1 Iranians/Iranians/PROPN/nsubj/4 to/to/PART/aux/4 visit/visit/VERB/ccomp/1 "
        "Syria/Syria/PROPN/dobj/4",
    )
    assert code(coder, doc) == {("IRQ", "IRNCVL", "0833"), ("IRNCVL", "SYR", "042")}


def test_assemble_what_one_refused_to_allow_has_not_happened(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 refused/refuse/VERB/ROOT/1 to/to/PART/aux/3 allow/allow/VERB/xcomp/1 Iranians/Iranians/PROPN/nsubj/6 "
        "to/to/PART/aux/6 visit/visit/VERB/ccomp/3 Syria/Syria/PROPN/dobj/6",
    )
    assert code(coder, doc) == {("IRQ", "IRNCVL", "1245")}


def test_assemble_an_indirect_object_is_whom_it_was_given_to_and_a_sum_is_what_it_is_in(nlp, coder):
    # "Iraq gave Syria $3 billion in loans".
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 gave/give/VERB/ROOT/1 Syria/Syria/PROPN/dative/1 $/$/SYM/quantmod/5 3/3/NUM/compound/5 "
        "billion/billion/NUM/dobj/1 in/in/ADP/prep/5 loans/loan/NOUN/pobj/6",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "071")}


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # "an official of the Iraqi military": people of a body are of its sector.
        ("official/official/NOUN/nsubj/V of/of/ADP/prep/0 the/the/DET/det/4 Iraqi/Iraqi/ADJ/amod/4 military/military/NOUN/pobj/1", "IRQMIL"),
        # "an Iraqi parliament official": so are they when an actor names the body.
        ("Iraqi/Iraqi/ADJ/amod/1 parliament/parliament/NOUN/compound/2 official/official/NOUN/nsubj/V", "IRQLEG"),
        # "an official of Iraq's parliament": the body, not the country that owns it.
        ("official/official/NOUN/nsubj/V of/of/ADP/prep/0 Iraq/Iraq/PROPN/poss/4 's/'s/PART/case/2 parliament/parliament/NOUN/pobj/1", "IRQLEG"),
        # "Iranian intelligence officers": an officer too, though "officer" alone is military.
        ("Damascus/Damascus/PROPN/compound/1 officer/officer/NOUN/nsubj/V", "SYRGOV"),
        # "an Iraqi official": the word's own sector when nothing else gives one.
        ("Iraqi/Iraqi/ADJ/amod/1 official/official/NOUN/nsubj/V", "IRQGOV"),
    ],
)
def test_assemble_people_of_a_body_are_of_its_sector(nlp, coder, subject, expected):
    verb = len(subject.split())
    doc = parse(nlp, subject.replace("/V", f"/{verb}") + f" condemned/condemn/VERB/ROOT/{verb} Iran/Iran/PROPN/dobj/{verb}")
    assert code(coder, doc) == {(expected, "IRN", "111")}


def test_assemble_a_group_backed_by_an_actor_is_not_that_actor(nlp, coder):
    # "Iran-backed troops attacked Iraq".
    doc = parse(
        nlp,
        "Iran/Iran/PROPN/npadvmod/2 -/-/PUNCT/punct/2 backed/back/VERB/amod/3 troops/troop/NOUN/nsubj/4 attacked/attack/VERB/ROOT/4 "
        "Iraq/Iraq/PROPN/dobj/4",
    )
    assert code(coder, doc) == {("---MIL", "IRQ", "190")}


def test_assemble_a_soft_target_attacked_is_in_the_country_where_it_is(nlp, coder):
    # "troops attacked a hotel in Iraq".
    doc = parse(
        nlp,
        "troops/troop/NOUN/nsubj/1 attacked/attack/VERB/ROOT/1 a/a/DET/det/3 hotel/hotel/NOUN/dobj/1 in/in/ADP/prep/1 Iraq/Iraq/PROPN/pobj/4",
    )
    assert code(coder, doc) == {("---MIL", "IRQ", "190")}


@pytest.mark.parametrize(
    ("participle", "expected"),
    [
        # "Iranians arrested by Iraq", as headlines and reduced clauses say it: a passive.
        ("arrested/arrest/VERB/acl/0/VBN", {("IRQ", "IRNCVL", "173")}),
        # Not a participle that says what a group is.
        ("backed/back/VERB/acl/0/VBN", set()),
    ],
)
def test_assemble_a_participle_after_a_noun_is_a_passive_of_that_noun(nlp, coder, participle, expected):
    doc = parse(nlp, f"Iranians/Iranians/PROPN/ROOT/0 {participle} by/by/ADP/agent/1 Iraq/Iraq/PROPN/pobj/2")
    assert code(coder, doc) == expected


def test_assemble_a_noun_doing_what_its_participle_says_is_the_source(nlp, coder):
    # "troops attacking Iraq".
    doc = parse(nlp, "troops/troop/NOUN/ROOT/0 attacking/attack/VERB/acl/0/VBG Iraq/Iraq/PROPN/dobj/1")
    assert code(coder, doc) == {("---MIL", "IRQ", "190")}


@pytest.mark.parametrize(("verb", "expected"), [("adopted/adopt", {("SYR", "IRQ", "111")}), ("rejected/reject", set())])
def test_assemble_a_decision_does_what_whoever_adopted_it_does(nlp, coder, verb, expected):
    # "Syria adopted a resolution condemning Iraq"; not one it rejected.
    doc = parse(
        nlp,
        f"Syria/Syria/PROPN/nsubj/1 {verb}/VERB/ROOT/1 resolution/resolution/NOUN/dobj/1 condemning/condemn/VERB/acl/2/VBG "
        "Iraq/Iraq/PROPN/dobj/3",
    )
    assert code(coder, doc) == expected


def test_assemble_a_crowd_protesting_in_a_country_are_its_people(nlp, coder):
    # "thousands demonstrated in Iraq against Syria".
    doc = parse(
        nlp,
        "thousands/thousand/NOUN/nsubj/1 demonstrated/demonstrate/VERB/ROOT/1 in/in/ADP/prep/1 Iraq/Iraq/PROPN/pobj/2 "
        "against/against/ADP/prep/1 Syria/Syria/PROPN/pobj/4",
    )
    assert code(coder, doc) == {("IRQCVL", "SYR", "141")}


def test_assemble_whom_an_appeal_addresses_may_stand_before_its_infinitive(nlp, coder):
    # "Iraq urged Iran on Monday to release", the infinitive parsed as a purpose clause.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 urged/urge/VERB/ROOT/1 Iran/Iran/PROPN/dobj/1 on/on/ADP/prep/1 Monday/Monday/PROPN/pobj/3 "
        "to/to/PART/aux/6 release/release/VERB/advcl/1",
    )
    repair_parse(doc)
    assert code(coder, doc) == {("IRQ", "IRN", "0253")}


@pytest.mark.parametrize(
    "spec",
    [
        # "demanded the release of Iranians taken hostage by Russia", parsed with "the release" as the hostage-taker.
        "Iraq/Iraq/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1 the/the/DET/det/3 release/release/NOUN/nsubj/6 of/of/ADP/prep/3 "
        "Iranians/Iranians/PROPN/pobj/4 taken/take/VERB/ccomp/1/VBD hostage/hostage/NOUN/dobj/6 by/by/ADP/agent/6 Russia/Russia/PROPN/pobj/8",
        # "urged Syria to free Iranians taken hostage by Russia", parsed with the Iranians as the hostage-takers.
        "Iraq/Iraq/PROPN/nsubj/1 urged/urge/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 to/to/PART/aux/4 free/free/VERB/xcomp/1 "
        "Iranians/Iranians/PROPN/nsubj/6 taken/take/VERB/ccomp/4/VBD hostage/hostage/NOUN/dobj/6 by/by/ADP/agent/6 Russia/Russia/PROPN/pobj/8",
        # "called for the release of Iranians held hostage by Russia", parsed as a clause of the call.
        "Iraq/Iraq/PROPN/nsubj/1 called/call/VERB/ROOT/1 for/for/ADP/prep/1 the/the/DET/det/4 release/release/NOUN/pobj/2 "
        "of/of/ADP/prep/4 Iranians/Iranians/PROPN/pobj/5 held/hold/VERB/advcl/1/VBD hostage/hostage/NOUN/dobj/7 by/by/ADP/agent/7 "
        "Russia/Russia/PROPN/pobj/9",
    ],
)
def test_assemble_those_taken_hostage_are_the_captives(nlp, coder, spec):
    doc = parse(nlp, spec)
    repair_parse(doc)
    taken = next(t for t in doc if t.lemma_ in ("take", "hold"))
    assert (taken.dep_, taken.head.text) == ("acl", "Iranians")
    assert {(s, t) for s, t, c in code(coder, doc) if c == "181"} == {("RUS", "IRNCVL")}


def test_assemble_hostages_held_by_someone_are_left_as_parsed(nlp, coder):
    # "Syria said Iranians held hostages": a clause of its own, with hostages as its object.
    doc = parse(
        nlp,
        "Syria/Syria/PROPN/nsubj/1 said/say/VERB/ROOT/1 Iranians/Iranians/PROPN/nsubj/3 held/hold/VERB/ccomp/1/VBD "
        "hostages/hostage/NOUN/dobj/3",
    )
    repair_parse(doc)
    assert doc[3].dep_ == "ccomp" and doc[2].dep_ == "nsubj"


def test_assemble_a_passive_taken_hostage_is_done_to_its_subject(nlp, coder):
    doc = parse(
        nlp,
        "Iranians/Iranians/PROPN/nsubjpass/2 were/be/AUX/auxpass/2 taken/take/VERB/ROOT/2/VBN hostage/hostage/NOUN/oprd/2 "
        "by/by/ADP/agent/2 Syria/Syria/PROPN/pobj/4",
    )
    assert code(coder, doc) == {("SYR", "IRNCVL", "181")}


def test_assemble_an_accusation_of_committing_something_is_about_what_was_committed(nlp, coder):
    # "Iraq accused Syria of committing atrocities".
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 accused/accuse/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 of/of/ADP/prep/1 committing/commit/VERB/pcomp/3 "
        "atrocities/atrocity/NOUN/dobj/4",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "1124")}


@pytest.mark.parametrize("verb", ["planning/plan", "ordering/order", "plotting/plot", "preparing/prepare"])
def test_assemble_an_accusation_of_planning_something_is_about_what_was_planned(nlp, coder, verb):
    # "Iraq accused Syria of planning atrocities": the charge is the atrocities, as for "committing".
    doc = parse(
        nlp,
        f"Iraq/Iraq/PROPN/nsubj/1 accused/accuse/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 of/of/ADP/prep/1 {verb}/VERB/pcomp/3 "
        "atrocities/atrocity/NOUN/dobj/4",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "1124")}


def test_assemble_a_threat_takes_its_sub_code_from_the_threatened_act(nlp, coder):
    # "Iraq threatened to withdraw its peacekeeping troops from Syria": a threat to halt
    # international involvement (136), not the 1313 that "threaten comp=withdraw" gives by the verb.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 threatened/threaten/VERB/ROOT/1 to/to/PART/aux/3 withdraw/withdraw/VERB/xcomp/1 "
        "peacekeeping/peacekeeping/NOUN/compound/5 troops/troop/NOUN/dobj/3 from/from/ADP/prep/3 Syria/Syria/PROPN/pobj/6",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "136")}


def test_assemble_each_conjoined_act_of_a_threat_is_threatened_not_done(nlp, coder):
    # "Iraq threatened to withdraw and attack Syria": a threatened attack (138), no attack (190).
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 threatened/threaten/VERB/ROOT/1 to/to/PART/aux/3 withdraw/withdraw/VERB/xcomp/1 "
        "and/and/CCONJ/cc/3 attack/attack/VERB/conj/3 Syria/Syria/PROPN/dobj/5",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "138")}


def test_assemble_conjoined_acts_of_force_share_the_object_of_the_last(nlp, coder):
    # "Iraq attacked and seized Kuwait".
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1 and/and/CCONJ/cc/1 seized/seize/VERB/conj/1 Kuwait/Kuwait/PROPN/dobj/3",
    )
    assert code(coder, doc) == {("IRQ", "KWT", "190"), ("IRQ", "KWT", "171")}


def test_assemble_a_curfew_declared_nowhere_in_particular_is_on_the_state_s_own_people(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 declared/declare/VERB/ROOT/1 a/a/DET/det/3 curfew/curfew/NOUN/dobj/1")
    assert code(coder, doc) == {("IRQ", "IRQCVL", "1723")}


def test_assemble_victims_are_placed_where_the_linked_act_was(nlp, coder):
    # "Syria killed civilians when it attacked in Iraq".
    doc = parse(
        nlp,
        "Syria/Syria/PROPN/nsubj/1 killed/kill/VERB/ROOT/1 civilians/civilian/NOUN/dobj/1 when/when/SCONJ/advmod/5 "
        "it/it/PRON/nsubj/5 attacked/attack/VERB/advcl/1 in/in/ADP/prep/5 Iraq/Iraq/PROPN/pobj/6",
    )
    assert code(coder, doc) == {("SYR", "IRQCVL", "190")}


def test_assemble_of_two_events_alike_but_for_the_target_the_more_precise_stands(nlp, coder):
    # "Syria attacked Iraq, killing civilians in Baghdad": one attack, on IRQCVL.
    doc = parse(
        nlp,
        "Syria/Syria/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1 Iraq/Iraq/PROPN/dobj/1 ,/,/PUNCT/punct/1 "
        "killing/kill/VERB/advcl/1/VBG civilians/civilian/NOUN/dobj/4 in/in/ADP/prep/4 Baghdad/Baghdad/PROPN/pobj/6",
    )
    assert code(coder, doc) == {("SYR", "IRQCVL", "190")}


def test_assemble_a_bombing_by_blowing_oneself_up_is_on_the_place(nlp, coder):
    # "Iranians blew themselves up in Baghdad".
    doc = parse(
        nlp,
        "Iranians/Iranians/PROPN/nsubj/1 blew/blow/VERB/ROOT/1 themselves/themselves/PRON/dobj/1 up/up/ADP/prt/1 "
        "in/in/ADP/prep/1 Baghdad/Baghdad/PROPN/pobj/4",
    )
    assert code(coder, doc) == {("IRNCVL", "IRQ", "183")}


def test_assemble_agreeing_that_something_must_happen_is_a_shared_view_not_about_its_subject(nlp, coder):
    # "Iraq and Syria agreed that Iran must withdraw": accord between the two (019 both ways), not a
    # target in Iran, and no intent to cooperate (030).
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/3 and/and/CCONJ/cc/0 Syria/Syria/PROPN/conj/0 agreed/agree/VERB/ROOT/3 that/that/SCONJ/mark/7 "
        "Iran/Iran/PROPN/nsubj/7 must/must/AUX/aux/7 withdraw/withdraw/VERB/ccomp/3",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "019"), ("SYR", "IRQ", "019")}


def test_assemble_a_predicative_adjective_of_outlook_is_coded_like_a_verb(nlp, coder):
    # "Iraq was pessimistic about Syria".
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 was/be/AUX/ROOT/1 pessimistic/pessimistic/ADJ/acomp/1 about/about/ADP/prep/2 Syria/Syria/PROPN/pobj/3",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "012")}


def test_assemble_the_target_of_a_threatened_act_may_sit_inside_its_phrase(nlp, coder):
    # "Iraq threatened to walk out of talks with Syria".
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 threatened/threaten/VERB/ROOT/1 to/to/PART/aux/3 walk/walk/VERB/xcomp/1 out/out/ADP/prt/3 "
        "of/of/ADP/prep/3 talks/talk/NOUN/pobj/5 with/with/ADP/prep/6 Syria/Syria/PROPN/pobj/7",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "134")}


def test_assemble_an_object_pronoun_of_a_participle_is_whom_the_governing_verb_acted_on(nlp, coder):
    # "Iraq condemned Syria, accusing it of atrocities".
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 ,/,/PUNCT/punct/1 "
        "accusing/accuse/VERB/advcl/1 it/it/PRON/dobj/4 of/of/ADP/prep/4 atrocities/atrocity/NOUN/pobj/6",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "111"), ("IRQ", "SYR", "1124")}


def test_assemble_his_government_in_a_reported_clause_is_the_speaker_s(nlp, coder):
    # "Obama said his government condemned Syria".
    doc = parse(
        nlp,
        "Obama/Obama/PROPN/nsubj/1 said/say/VERB/ROOT/1 his/his/PRON/poss/3 government/government/NOUN/nsubj/4 "
        "condemned/condemn/VERB/ccomp/1 Syria/Syria/PROPN/dobj/4",
    )
    assert code(coder, doc, dt.date(2010, 1, 1)) == {("USAGOV", "SYR", "111")}


def test_assemble_a_region_saying_what_a_plan_is_about_gives_way_to_whose_plan_it_is(nlp, coder):
    # "Iraq condemned the U.S. Middle East plan".
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 the/the/DET/det/6 U.S./U.S./PROPN/compound/6 "
        "Middle/Middle/PROPN/compound/5 East/East/PROPN/compound/6 plan/plan/NOUN/dobj/1",
    )
    assert code(coder, doc) == {("IRQ", "USA", "111")}


def test_assemble_the_first_country_to_act_is_the_subject_of_the_copula(nlp, coder):
    # "Iraq became the first country to condemn Syria".
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 became/become/VERB/ROOT/1 the/the/DET/det/4 first/first/ADJ/amod/4 country/country/NOUN/attr/1 "
        "to/to/PART/aux/6 condemn/condemn/VERB/relcl/4 Syria/Syria/PROPN/dobj/6",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "111")}


def test_assemble_an_attack_no_one_names_is_by_armed_men_of_where_it_struck(nlp, coder):
    # "A bomb near Baghdad killed civilians": unidentified attackers, and victims, of Iraq.
    bomb = "A/a/DET/det/1 bomb/bomb/NOUN/nsubj/4 near/near/ADP/prep/1 Baghdad/Baghdad/PROPN/pobj/2 killed/kill/VERB/ROOT/4 civilians/civilian/NOUN/dobj/4"
    assert code(coder, parse(nlp, bomb)) == {("IRQUAF", "IRQCVL", "190")}
    # With no place, no one can say whose.
    unplaced = "A/a/DET/det/1 bomb/bomb/NOUN/nsubj/2 killed/kill/VERB/ROOT/2 civilians/civilian/NOUN/dobj/2"
    assert code(coder, parse(nlp, unplaced)) == set()


def test_assemble_unnamed_attackers_take_the_place_of_the_attack_but_not_of_a_border(nlp, coder):
    inside = "Rebels/rebel/NOUN/nsubj/1 attacked/attack/VERB/ROOT/1 Turkish/turkish/ADJ/amod/3 troops/troop/NOUN/dobj/1 in/in/ADP/prep/1 Iraq/Iraq/PROPN/pobj/4"
    assert code(coder, parse(nlp, inside)) == {("IRQREB", "TURMIL", "190")}
    near = (
        "Rebels/rebel/NOUN/nsubj/1 attacked/attack/VERB/ROOT/1 Turkish/turkish/ADJ/amod/3 troops/troop/NOUN/dobj/1 near/near/ADP/prep/1 "
        "the/the/DET/det/7 Iraqi/iraqi/ADJ/amod/7 border/border/NOUN/pobj/4"
    )
    assert code(coder, parse(nlp, near)) == {("---REB", "TURMIL", "190")}


def test_assemble_a_people_named_with_a_country_are_its_people(nlp, coder):
    kurds = "Iraqi/iraqi/ADJ/amod/1 Kurds/Kurds/PROPN/nsubj/2 attacked/attack/VERB/ROOT/2 Turkish/turkish/ADJ/amod/4 troops/troop/NOUN/dobj/2"
    assert code(coder, parse(nlp, kurds)) == {("IRQCVL", "TURMIL", "190")}
    counted = (
        "Thousands/thousand/NOUN/nsubj/4 of/of/ADP/prep/0 Iraqi/iraqi/ADJ/amod/3 Kurds/Kurds/PROPN/pobj/1 attacked/attack/VERB/ROOT/4 "
        "Turkish/turkish/ADJ/amod/6 troops/troop/NOUN/dobj/4"
    )
    assert code(coder, parse(nlp, counted)) == {("IRQCVL", "TURMIL", "190")}


def test_assemble_further_acts_of_a_demanded_that_clause_are_demanded_not_done(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 demanded/demand/VERB/ROOT/1/VBD that/that/SCONJ/mark/4 Syria/Syria/PROPN/nsubj/4 "
        "release/release/VERB/ccomp/1/VB civilians/civilian/NOUN/dobj/4 and/and/CCONJ/cc/4 meet/meet/VERB/conj/4/VB Jordan/Jordan/PROPN/dobj/7",
    )
    events = code(coder, doc)
    assert not {e for e in events if e[2] in ("0841", "040", "036")}  # neither act was done
    assert {e[2][:2] for e in events} == {"10"} and len(events) == 2


def test_assemble_tell_orders_only_by_its_infinitive(nlp, coder):
    order = "Britain/Britain/PROPN/nsubj/1 told/tell/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 to/to/PART/aux/4 withdraw/withdraw/VERB/xcomp/1"
    assert code(coder, parse(nlp, order)) == {("GBR", "SYR", "1056")}
    report = (
        "Britain/Britain/PROPN/nsubj/1 told/tell/VERB/ROOT/1 Jordan/Jordan/PROPN/dobj/1 that/that/SCONJ/mark/6 "
        "Syria/Syria/PROPN/nsubj/6 would/would/AUX/aux/6 withdraw/withdraw/VERB/ccomp/1"
    )
    told = code(coder, parse(nlp, report))
    assert ("GBR", "JOR", "010") in told and not {e for e in told if e[2] == "1056"}


def test_assemble_would_not_hesitate_to_announces_the_act(nlp, coder):
    doc = parse(
        nlp,
        "Iran/Iran/PROPN/nsubj/1 threatened/threaten/VERB/ROOT/1 that/that/SCONJ/mark/6 it/it/PRON/nsubj/6 would/would/AUX/aux/6 "
        "not/not/PART/neg/6 hesitate/hesitate/VERB/ccomp/1 to/to/PART/aux/8 attack/attack/VERB/xcomp/6 Iraq/Iraq/PROPN/dobj/8",
    )
    assert code(coder, doc) == {("IRN", "IRQ", "138")}


def test_assemble_who_would_carry_out_a_threat_is_not_its_target(nlp, coder):
    doc = parse(
        nlp,
        "Iran/Iran/PROPN/nsubj/1 threatened/threaten/VERB/ROOT/1 that/that/SCONJ/mark/6 Iranian/iranian/ADJ/amod/4 troops/troop/NOUN/nsubj/6 "
        "would/would/AUX/aux/6 attack/attack/VERB/ccomp/1 Iraq/Iraq/PROPN/dobj/6",
    )
    assert code(coder, doc) == {("IRN", "IRQ", "138")}


def test_assemble_a_country_sized_thing_is_not_the_country(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1 a/a/DET/det/5 Syria/Syria/PROPN/npadvmod/4 sized/sized/ADJ/amod/5 area/area/NOUN/dobj/1",
    )
    assert code(coder, doc) == set()


def test_assemble_who_did_what_the_object_names_is_a_target(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 investigated/investigate/VERB/ROOT/1 attacks/attack/NOUN/dobj/1 "
        "committed/commit/VERB/acl/2/VBN by/by/ADP/agent/3 Syria/Syria/PROPN/pobj/4",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "090")}


def test_assemble_aid_given_in_a_place_is_for_its_people(nlp, coder):
    doc = parse(nlp, "UN/UN/PROPN/nsubj/1 distributed/distribute/VERB/ROOT/1 aid/aid/NOUN/dobj/1 in/in/ADP/prep/1 Iraq/Iraq/PROPN/pobj/3")
    assert code(coder, doc) == {("IGOUNO", "IRQCVL", "073")}
    # At home it says nothing of whom: the state's own place is no target.
    home = "Iraq/Iraq/PROPN/nsubj/1 distributed/distribute/VERB/ROOT/1 aid/aid/NOUN/dobj/1 in/in/ADP/prep/1 Baghdad/Baghdad/PROPN/pobj/3"
    assert code(coder, parse(nlp, home)) == set()


def test_assemble_not_accepting_is_rejecting(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/3 would/would/AUX/aux/3 not/not/PART/neg/3 accept/accept/VERB/ROOT/3 "
        "Syria/Syria/PROPN/poss/6 's/'s/PART/case/4 call/call/NOUN/dobj/3",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "120")}


def test_assemble_declining_to_act_is_refusing_not_acting(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 declined/decline/VERB/ROOT/1 to/to/PART/aux/3 condemn/condemn/VERB/xcomp/1 Syria/Syria/PROPN/dobj/3")
    assert code(coder, doc) == {("IRQ", "SYR", "120")}


def test_assemble_urging_others_to_unite_against_someone_is_rallying_opposition(nlp, coder):
    doc = parse(
        nlp,
        "Iran/Iran/PROPN/nsubj/1 pressed/press/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 to/to/PART/aux/4 unite/unite/VERB/xcomp/1 "
        "against/against/ADP/prep/4 Iraq/Iraq/PROPN/pobj/5",
    )
    assert code(coder, doc) == {("IRN", "IRQ", "113")}


def test_assemble_an_unnamed_branch_facing_a_named_one_is_of_its_state(nlp, coder):
    doc = parse(
        nlp,
        "Iraqi/iraqi/ADJ/amod/1 parliament/parliament/NOUN/nsubj/2 condemned/condemn/VERB/ROOT/2 the/the/DET/det/4 government/government/NOUN/dobj/2",
    )
    assert code(coder, doc) == {("IRQLEG", "IRQGOV", "111")}


def test_repair_weekday_does_not_own_the_of_phrase(nlp):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 accused/accuse/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 on/on/ADP/prep/1 Monday/Monday/PROPN/pobj/3 "
        "of/of/ADP/prep/4 spying/spying/NOUN/pobj/5",
    )
    repair_parse(doc)
    assert doc[5].head.i == 1


def test_assemble_were_engaged_in_is_what_the_subject_did_and_its_place_is_no_target(nlp, coder):
    doc = parse(
        nlp,
        "Iraqi/iraqi/ADJ/amod/1 forces/force/NOUN/nsubjpass/3 were/be/AUX/auxpass/3 engaged/engage/VERB/ROOT/3 "
        "in/in/ADP/prep/3 cleansing/cleansing/NOUN/pobj/4 in/in/ADP/prep/3 Syria/Syria/PROPN/pobj/6 "
        "against/against/ADP/prep/3 Kurds/Kurds/PROPN/pobj/8",
    )
    assert code(coder, doc) == {("IRQMIL", "KUR", "203")}


def test_assemble_a_minority_lives_where_the_phrase_places_it(nlp, coder):
    doc = parse(
        nlp,
        "Syria/Syria/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1 the/the/DET/det/4 Iranian/iranian/ADJ/amod/4 minority/minority/NOUN/dobj/1 "
        "in/in/ADP/prep/4 Iraq/Iraq/PROPN/pobj/5",
    )
    assert code(coder, doc) == {("SYR", "IRQCVL", "190")}


def test_assemble_a_singular_subject_without_the_s_is_a_subjunctive_demand(nlp, coder):
    doc = parse(
        nlp,
        "Iran/Iran/PROPN/nsubj/1/NNP insisted/insist/VERB/ROOT/1/VBD that/that/SCONJ/mark/4/IN Syria/Syria/PROPN/nsubj/4/NNP "
        "grant/grant/VERB/ccomp/1/VBP rights/right/NOUN/dobj/4/NNS to/to/ADP/prep/4/IN its/its/PRON/poss/8/PRP$ "
        "minority/minority/NOUN/pobj/6/NN",
    )
    assert code(coder, doc) == {("IRN", "SYR", "1043")}


def test_assemble_killed_in_an_attack_named_for_its_maker_is_by_that_maker_and_placed_by_its_own_phrase(nlp, coder):
    doc = parse(
        nlp,
        "Civilians/civilian/NOUN/nsubjpass/2 were/be/AUX/auxpass/2 killed/kill/VERB/ROOT/2 in/in/ADP/prep/2 an/an/DET/det/6 "
        "Iranian/iranian/ADJ/amod/6 strike/strike/NOUN/pobj/3 in/in/ADP/prep/6 Iraq/Iraq/PROPN/pobj/7",
    )
    assert code(coder, doc) == {("IRN", "IRQCVL", "195")}


def test_assemble_killed_in_a_bombing_no_one_named_is_by_armed_men_of_where_it_struck(nlp, coder):
    doc = parse(
        nlp,
        "Civilians/civilian/NOUN/nsubjpass/2 were/be/AUX/auxpass/2 killed/kill/VERB/ROOT/2 in/in/ADP/prep/2 a/a/DET/det/5 "
        "bombing/bombing/NOUN/pobj/3 in/in/ADP/prep/5 Baghdad/Baghdad/PROPN/pobj/6",
    )
    assert code(coder, doc) == {("IRQUAF", "IRQCVL", "183")}


def test_assemble_a_bomb_that_went_off_somewhere_killing_people_struck_there(nlp, coder):
    doc = parse(
        nlp,
        "A/a/DET/det/1 bomb/bomb/NOUN/nsubj/2 exploded/explode/VERB/ROOT/2 in/in/ADP/prep/2 Baghdad/Baghdad/PROPN/pobj/3 "
        ",/,/PUNCT/punct/2 killing/kill/VERB/advcl/2 civilians/civilian/NOUN/dobj/6",
    )
    assert code(coder, doc) == {("IRQUAF", "IRQCVL", "190")}


def test_assemble_a_demand_naming_no_one_is_made_of_whom_the_first_verb_named_not_of_the_demanders_own(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 and/and/CCONJ/cc/1 demanded/demand/VERB/conj/1 "
        "the/the/DET/det/6 withdrawal/withdrawal/NOUN/dobj/4 of/of/ADP/prep/6 its/its/PRON/poss/9 troops/troop/NOUN/pobj/7",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "111"), ("IRQ", "SYR", "100")}


def test_assemble_a_participle_demand_is_made_of_whom_the_complaint_was_addressed_to(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 complained/complain/VERB/ROOT/1 to/to/ADP/prep/1 Syria/Syria/PROPN/pobj/2 ,/,/PUNCT/punct/1 "
        "demanding/demand/VERB/advcl/1 compensation/compensation/NOUN/dobj/5",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "114"), ("IRQ", "SYR", "100")}


def test_assemble_an_open_question_is_not_done_and_an_investigation_of_it_takes_its_kind(nlp, coder):
    doc = parse(
        nlp,
        "Iran/Iran/PROPN/nsubj/1 investigated/investigate/VERB/ROOT/1 whether/whether/SCONJ/mark/4 Iraq/Iraq/PROPN/nsubj/4 "
        "attacked/attack/VERB/ccomp/1 Syria/Syria/PROPN/dobj/4",
    )
    assert code(coder, doc) == {("IRN", "IRQ", "093")}


def test_assemble_a_states_concession_to_unnamed_people_is_to_its_own(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 eased/ease/VERB/ROOT/1 measures/measure/NOUN/dobj/1 on/on/ADP/prep/1 the/the/DET/det/5 "
        "opposition/opposition/NOUN/pobj/3",
    )
    assert code(coder, doc) == {("IRQ", "IRQOPP", "081")}


def test_assemble_a_prepositions_object_is_read_in_its_conjuncts(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 lifted/lift/VERB/ROOT/1 a/a/DET/det/3 ban/ban/NOUN/dobj/1 on/on/ADP/prep/3 parties/party/NOUN/pobj/4 "
        "and/and/CCONJ/cc/5 groups/group/NOUN/conj/5",
    )
    assert "0812" in {c for _, _, c in code(coder, doc)}


def test_assemble_a_pronoun_object_reads_through_to_the_noun_it_stands_for(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 arrested/arrest/VERB/ROOT/1 a/a/DET/det/4 Syrian/syrian/ADJ/amod/4 official/official/NOUN/dobj/1/NN "
        "and/and/CCONJ/cc/1 expelled/expel/VERB/conj/1 him/he/PRON/dobj/6",
    )
    assert ("IRQ", "SYRGOV", "161") in code(coder, doc)


def test_assemble_halted_mediation_is_toward_the_parties_it_was_between(nlp, coder):
    doc = parse(
        nlp,
        "Iran/Iran/PROPN/nsubj/1 abandoned/abandon/VERB/ROOT/1 its/its/PRON/poss/3 mediation/mediation/NOUN/dobj/1 in/in/ADP/prep/3 "
        "Syria/Syria/PROPN/pobj/4",
    )
    assert ("IRN", "SYR", "165") in code(coder, doc)


def test_assemble_rebels_breaking_off_talks_with_the_government_break_off_with_their_own(nlp, coder):
    doc = parse(
        nlp,
        "Iraqi/iraqi/ADJ/amod/1 rebels/rebel/NOUN/nsubj/2 suspended/suspend/VERB/ROOT/2 talks/talk/NOUN/dobj/2 with/with/ADP/prep/2 "
        "the/the/DET/det/6 government/government/NOUN/pobj/4",
    )
    assert code(coder, doc) == {("IRQREB", "IRQGOV", "164")}


def test_assemble_a_place_inside_a_phrase_of_the_verb_places_the_attack(nlp, coder):
    doc = parse(
        nlp,
        "Rebels/rebel/NOUN/nsubj/1 killed/kill/VERB/ROOT/1 civilians/civilian/NOUN/dobj/1 in/in/ADP/prep/1 a/a/DET/det/5 "
        "rampage/rampage/NOUN/pobj/3 in/in/ADP/prep/5 Iraq/Iraq/PROPN/pobj/6",
    )
    assert code(coder, doc) == {("IRQREB", "IRQCVL", "190")}


def test_assemble_a_bomb_ripping_through_a_bus_struck_where_the_bus_was(nlp, coder):
    doc = parse(
        nlp,
        "A/a/DET/det/1 bomb/bomb/NOUN/nsubj/2 ripped/rip/VERB/ROOT/2 through/through/ADP/prep/2 a/a/DET/det/5 bus/bus/NOUN/pobj/3 "
        "in/in/ADP/prep/5 Baghdad/Baghdad/PROPN/pobj/6",
    )
    assert code(coder, doc) == {("IRQUAF", "IRQ", "183")}


def test_assemble_a_conjoined_verbs_place_is_its_own_phrase_not_inside_its_object(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 arrested/arrest/VERB/ROOT/1 civilians/civilian/NOUN/dobj/1 and/and/CCONJ/cc/1 joined/join/VERB/conj/1 "
        "a/a/DET/det/6 group/group/NOUN/dobj/4 in/in/ADP/prep/6 Syria/Syria/PROPN/pobj/7",
    )
    assert code(coder, doc) == {("IRQ", "---CVL", "173")}


def test_assemble_a_yielding_act_announced_as_not_to_be_done_is_a_refusal(nlp, coder):
    announced = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 said/say/VERB/ROOT/1 it/it/PRON/nsubj/5 would/would/AUX/aux/5 not/not/PART/neg/5 "
        "release/release/VERB/ccomp/1 Iranians/Iranians/PROPN/dobj/5",
    )
    assert code(coder, announced) == {("IRQ", "IRNCVL", "1243")}
    talks = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 said/say/VERB/ROOT/1 it/it/PRON/nsubj/5 would/would/AUX/aux/5 not/not/PART/neg/5 "
        "negotiate/negotiate/VERB/ccomp/1 with/with/ADP/prep/5 Syria/Syria/PROPN/pobj/6",
    )
    assert code(coder, talks) == {("IRQ", "SYR", "125")}
    not_done = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/3 did/do/AUX/aux/3 not/not/PART/neg/3 release/release/VERB/ROOT/3 Iranians/Iranians/PROPN/dobj/3",
    )
    assert code(coder, not_done) == set()
    hostile = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 said/say/VERB/ROOT/1 it/it/PRON/nsubj/5 would/would/AUX/aux/5 not/not/PART/neg/5 "
        "attack/attack/VERB/ccomp/1 Kuwait/Kuwait/PROPN/dobj/5",
    )
    assert code(coder, hostile) == set()


def test_assemble_the_movement_in_reported_speech_is_the_organisation_that_spoke(nlp, coder):
    doc = parse(
        nlp,
        "The/the/DET/det/1 UN/UN/PROPN/nsubj/2 said/say/VERB/ROOT/2 the/the/DET/det/4 organisation/organisation/NOUN/nsubj/5 "
        "condemned/condemn/VERB/ccomp/2 Syria/Syria/PROPN/dobj/5",
    )
    assert code(coder, doc) == {("IGOUNO", "SYR", "111")}


def test_assemble_a_named_object_is_read_with_its_title(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 killed/kill/VERB/ROOT/1 Minister/Minister/PROPN/compound/3 Obama/Obama/PROPN/dobj/1", )
    assert code(coder, doc, dt.date(2010, 1, 1)) == {("IRQ", "USAGOV", "186")}


def test_assemble_conjoined_verbs_share_the_object_for_their_patterns(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 clubbed/club/VERB/ROOT/1 and/and/CCONJ/cc/1 arrested/arrest/VERB/conj/1 Iranian/iranian/ADJ/amod/5 "
        "civilians/civilian/NOUN/dobj/3",
    )
    assert code(coder, doc) == {("IRQ", "IRNCVL", "175"), ("IRQ", "IRNCVL", "173")}


def test_assemble_property_destroyed_in_a_place_is_that_countrys(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 demolished/demolish/VERB/ROOT/1 shacks/shack/NOUN/dobj/1 in/in/ADP/prep/1 Syria/Syria/PROPN/pobj/3")
    assert code(coder, doc) == {("IRQ", "SYR", "171")}


def test_assemble_a_bomb_that_exploded_in_a_place_struck_there(nlp, coder):
    doc = parse(nlp, "A/a/DET/det/1 bomb/bomb/NOUN/nsubj/2 exploded/explode/VERB/ROOT/2 in/in/ADP/prep/2 a/a/DET/det/5 market/market/NOUN/pobj/3 in/in/ADP/prep/5 Syria/Syria/PROPN/pobj/6")
    assert code(coder, doc) == {("SYRUAF", "SYR", "183")}


def test_assemble_an_attack_that_explains_a_passive_killing_struck_its_victims(nlp, coder):
    doc = parse(
        nlp,
        "Iranian/iranian/ADJ/amod/1 civilians/civilian/NOUN/nsubjpass/3 were/be/AUX/auxpass/3 killed/kill/VERB/ROOT/3 when/when/SCONJ/advmod/6 "
        "Iraq/Iraq/PROPN/nsubj/6 shelled/shell/VERB/advcl/3",
    )
    assert ("IRQ", "IRNCVL", "194") in code(coder, doc)


def test_assemble_police_of_no_named_country_are_those_of_where_they_act(nlp, coder):
    doc = parse(nlp, "Police/police/NOUN/nsubj/1 arrested/arrest/VERB/ROOT/1 Iranians/Iranians/PROPN/dobj/1 in/in/ADP/prep/1 Syria/Syria/PROPN/pobj/3")
    assert code(coder, doc) == {("SYRCOP", "IRNCVL", "173")}


def test_assemble_an_order_to_another_state_is_a_demand_by_the_act_ordered(nlp, coder):
    doc = parse(
        nlp,
        "The/the/DET/det/1 UN/UN/PROPN/nsubj/2 ordered/order/VERB/ROOT/2 Iraq/Iraq/PROPN/dobj/2 to/to/PART/aux/5/TO "
        "withdraw/withdraw/VERB/xcomp/2/VB troops/troop/NOUN/dobj/5/NNS",
    )
    assert code(coder, doc) == {("IGOUNO", "IRQ", "100")}


def test_assemble_refusing_to_hand_over_people_accused_of_a_crime_is_judicial(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 refused/refuse/VERB/ROOT/1 to/to/PART/aux/3/TO hand/hand/VERB/xcomp/1/VB over/over/ADP/prt/3/RP "
        "two/two/NUM/nummod/6 Iranians/Iranians/PROPN/dobj/3/NNPS accused/accuse/VERB/acl/6/VBN of/of/ADP/prep/7 "
        "the/the/DET/det/10 bombing/bombing/NOUN/pobj/8",
    )
    assert code(coder, doc) == {("IRQ", "IRNCVL", "1213")}


def test_assemble_each_act_a_state_must_do_is_demanded(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 said/say/VERB/ROOT/1 Syria/Syria/PROPN/nsubj/4 must/must/AUX/aux/4/MD withdraw/withdraw/VERB/ccomp/1/VB "
        "troops/troop/NOUN/dobj/4 and/and/CCONJ/cc/4 hand/hand/VERB/conj/4/VB over/over/ADP/prt/7/RP Iranians/Iranians/PROPN/dobj/7",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "100"), ("IRQ", "SYR", "1053")}


def test_assemble_both_countries_asked_of_are_the_two_named_before(nlp, coder):
    doc = parse(
        nlp,
        "After/after/ADP/prep/8 talks/talk/NOUN/pobj/0 with/with/ADP/prep/1 Iraq/Iraq/PROPN/pobj/2 and/and/CCONJ/cc/3 Iran/Iran/PROPN/conj/3 "
        ",/,/PUNCT/punct/8 Jordan/Jordan/PROPN/nsubj/8 demanded/demand/VERB/ROOT/8 that/that/SCONJ/mark/12 both/both/DET/det/11 "
        "countries/country/NOUN/nsubj/12/NNS release/release/VERB/ccomp/8/VBP civilians/civilian/NOUN/dobj/12",
    )
    assert code(coder, doc) == {("JOR", "IRQ", "1041"), ("JOR", "IRN", "1041")}


def test_assemble_a_demand_by_protesters_is_their_protest(nlp, coder):
    doc = parse(
        nlp,
        "Syrian/syrian/ADJ/amod/1 protesters/protester/NOUN/nsubj/2 demanded/demand/VERB/ROOT/2 the/the/DET/det/4 "
        "release/release/NOUN/dobj/2 of/of/ADP/prep/4 Iranians/Iranians/PROPN/pobj/5",
    )
    assert code(coder, doc) == {("SYR", "IRNCVL", "141")}


def test_assemble_whoever_made_a_rejected_call_is_its_target(nlp, coder):
    doc = parse(
        nlp,
        "Syria/Syria/PROPN/nsubj/1 rejected/reject/VERB/ROOT/1 opposition/opposition/NOUN/compound/3 calls/call/NOUN/dobj/1 "
        "for/for/ADP/prep/3 reform/reform/NOUN/pobj/4",
    )
    assert code(coder, doc) == {("SYR", "---OPP", "120")}


def test_assemble_what_a_demand_noun_asks_for_is_not_done(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 ignored/ignore/VERB/ROOT/1 a/a/DET/det/3 demand/demand/NOUN/dobj/1 by/by/ADP/prep/3 Jordan/Jordan/PROPN/pobj/4 "
        "that/that/SCONJ/mark/8 Syria/Syria/PROPN/nsubj/8 condemn/condemn/VERB/acl/3/VB Kuwait/Kuwait/PROPN/dobj/8",
    )
    assert code(coder, doc) == set()


def test_assemble_a_refusal_to_lift_ones_own_sanctions_is_toward_whom_they_hit(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 refused/refuse/VERB/ROOT/1 to/to/PART/aux/3/TO lift/lift/VERB/xcomp/1/VB Iraqi/iraqi/ADJ/amod/5 "
        "sanctions/sanction/NOUN/dobj/3 on/on/ADP/prep/5 Syria/Syria/PROPN/pobj/6",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "1244")}


def test_assemble_a_resignation_is_toward_the_country_as_a_whole(nlp, coder):
    doc = parse(nlp, "Obama/Obama/PROPN/nsubj/1 resigned/resign/VERB/ROOT/1/VBD")
    assert code(coder, doc, dt.date(2010, 1, 1)) == {("USAGOV", "USA", "0831")}


def test_assemble_people_freed_are_whom_it_was_done_to_even_asked_for_by_kind(nlp, coder):
    # (of no named country, a state's own: a state named as a whole frees as its government does)
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 freed/free/VERB/ROOT/1 troops/troop/NOUN/dobj/1/NNS")
    assert code(coder, doc) == {("IRQ", "IRQMIL", "0841")}


def test_assemble_sanctions_lifted_are_toward_whom_they_were_imposed_on(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 lifted/lift/VERB/ROOT/1 sanctions/sanction/NOUN/dobj/1 imposed/impose/VERB/acl/2/VBN on/on/ADP/prep/3 "
        "Syria/Syria/PROPN/pobj/4",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "085")}


def test_assemble_inspectors_let_in_are_the_target_not_where_they_go(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 allowed/allow/VERB/ROOT/1 UN/UN/PROPN/compound/3 inspectors/inspector/NOUN/dobj/1 into/into/ADP/prep/3 "
        "Syria/Syria/PROPN/pobj/4",
    )
    assert code(coder, doc) == {("IRQ", "IGOUNO", "0862")}


def test_assemble_a_time_phrase_is_not_a_phrasal_particle(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 pressed/press/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 on/on/ADP/prep/1 Tuesday/Tuesday/PROPN/pobj/3/NNP "
        "to/to/PART/aux/6/TO release/release/VERB/advcl/1/VB Iranians/Iranians/PROPN/dobj/6",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "020")}


def test_assemble_conjoined_parties_of_one_act_are_not_one_named_twice(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP condemned/condemn/VERB/ROOT/1/VBD Syria/Syria/PROPN/dobj/1/NNP and/and/CCONJ/cc/2/CC Syrian/syrian/ADJ/amod/5/JJ rebels/rebel/NOUN/conj/2/NNS")
    assert code(coder, doc) == {("IRQ", "SYR", "111"), ("IRQ", "SYRREB", "111")}


def test_assemble_a_view_shared_with_anothers_is_one_sides(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP shared/share/VERB/ROOT/1/VBD Syria/Syria/PROPN/poss/4/NNP 's/'s/PART/case/2/POS view/view/NOUN/dobj/1/NN")
    assert code(coder, doc) == {("IRQ", "SYR", "019")}


def test_assemble_talks_between_two_sides_that_resumed_are_theirs(nlp, coder):
    doc = parse(nlp, "Talks/talk/NOUN/nsubj/5/NNS between/between/ADP/prep/0/IN Iraq/Iraq/PROPN/pobj/1/NNP and/and/CCONJ/cc/2/CC Iran/Iran/PROPN/conj/2/NNP resumed/resume/VERB/ROOT/5/VBD")
    assert code(coder, doc) == {("IRN", "IRQ", "046"), ("IRQ", "IRN", "046")}


def test_assemble_a_go_between_named_by_a_participle_mediated_between_the_parties(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/3/NNP and/and/CCONJ/cc/0/CC Iran/Iran/PROPN/conj/0/NNP signed/sign/VERB/ROOT/3/VBD a/a/DET/det/5/DT truce/truce/NOUN/dobj/3/NN ,/,/PUNCT/punct/3/, mediated/mediate/VERB/advcl/3/VBN by/by/ADP/agent/7/IN Jordan/Jordan/PROPN/pobj/8/NNP")
    assert code(coder, doc) == {("IRN", "IRQ", "057"), ("IRQ", "IRN", "057"), ("JOR", "IRN", "045"), ("JOR", "IRQ", "045")}


def test_assemble_an_admission_is_toward_whom_the_admitted_act_was_done(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP admitted/admit/VERB/ROOT/1/VBD that/that/SCONJ/mark/5/IN its/its/PRON/poss/4/PRP$ troops/troop/NOUN/nsubj/5/NNS killed/kill/VERB/ccomp/1/VBD Iranians/Iranians/PROPN/dobj/5/NNPS")
    assert code(coder, doc) == {("IRQ", "IRNCVL", "015")}


def test_assemble_what_a_call_was_made_to_say_is_said_to_whom_was_called(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP telephoned/telephone/VERB/ROOT/1/VBD Syria/Syria/PROPN/dobj/1/NNP to/to/PART/aux/4/TO offer/offer/VERB/xcomp/1/VB condolences/condolence/NOUN/dobj/4/NNS")
    assert code(coder, doc) == {("IRQ", "SYR", "041"), ("SYR", "IRQ", "041"), ("IRQ", "SYR", "018")}


def test_assemble_a_caller_urges_whom_it_called_not_the_reverse(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1/NNP called/call/VERB/ROOT/1/VBD Syria/Syria/PROPN/dobj/1/NNP to/to/PART/aux/4/TO urge/urge/VERB/xcomp/1/VB "
        "it/it/PRON/dobj/4/PRP to/to/PART/aux/7/TO halt/halt/VERB/xcomp/4/VB attacks/attack/NOUN/dobj/7/NNS",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "041"), ("SYR", "IRQ", "041"), ("IRQ", "SYR", "0256")}


def test_assemble_an_object_denied_by_no_was_not_given(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP offered/offer/VERB/ROOT/1/VBD Syria/Syria/PROPN/dative/1/NNP no/no/DET/det/4/DT condolences/condolence/NOUN/dobj/1/NNS")
    assert code(coder, doc) == set()


def test_assemble_a_protest_is_refined_by_what_its_noun_protests_against(nlp, coder):
    doc = parse(nlp, "Iraqi/iraqi/ADJ/amod/1/JJ civilians/civilian/NOUN/nsubj/2/NNS marched/march/VERB/ROOT/2/VBD in/in/ADP/prep/2/IN protest/protest/NOUN/pobj/3/NN against/against/ADP/prep/4/IN Syria/Syria/PROPN/poss/8/NNP 's/'s/PART/case/6/POS law/law/NOUN/pobj/5/NN")
    assert code(coder, doc) == {("IRQCVL", "SYR", "1412")}


def test_assemble_a_riot_that_names_no_one_is_against_the_rioters_rulers(nlp, coder):
    doc = parse(nlp, "Iraqi/iraqi/ADJ/amod/1/JJ civilians/civilian/NOUN/nsubj/2/NNS rampaged/rampage/VERB/ROOT/2/VBD")
    assert code(coder, doc) == {("IRQCVL", "IRQGOV", "145")}


def test_assemble_a_hunger_strike_in_anothers_jails_is_against_the_jailer(nlp, coder):
    doc = parse(nlp, "Iraqi/iraqi/ADJ/amod/1/JJ prisoners/prisoner/NOUN/nsubj/5/NNS in/in/ADP/prep/1/IN Syrian/syrian/ADJ/amod/4/JJ jails/jail/NOUN/pobj/2/NNS started/start/VERB/ROOT/5/VBD a/a/DET/det/8/DT hunger/hunger/NOUN/compound/8/NN strike/strike/NOUN/dobj/5/NN")
    assert code(coder, doc) == {("IRQ", "SYRGOV", "142")}


def test_assemble_a_hunger_strike_by_those_held_in_anothers_jails_is_against_the_jailer(nlp, coder):
    # "Thousands of Iraqi prisoners held in Syrian jails started a hunger strike": the jails, however deep.
    doc = parse(nlp, "Thousands/thousand/NOUN/nsubj/8/NNS of/of/ADP/prep/0/IN Iraqi/iraqi/ADJ/amod/3/JJ prisoners/prisoner/NOUN/pobj/1/NNS "
                     "held/hold/VERB/acl/3/VBN in/in/ADP/prep/4/IN Syrian/syrian/ADJ/amod/7/JJ jails/jail/NOUN/pobj/5/NNS "
                     "started/start/VERB/ROOT/8/VBD a/a/DET/det/11/DT hunger/hunger/NOUN/compound/11/NN strike/strike/NOUN/dobj/8/NN")
    assert ("IRQ", "SYRGOV", "142") in code(coder, doc)


def test_assemble_a_copula_heading_its_clause_is_matched(nlp, coder):
    doc = parse(nlp, "An/an/DET/det/1/DT Iraqi/Iraqi/PROPN/nsubj/3/NNP has/have/AUX/aux/3/VBZ been/be/AUX/ROOT/3/VBN on/on/ADP/prep/3/IN hunger/hunger/NOUN/compound/6/NN strike/strike/NOUN/pobj/4/NN")
    assert code(coder, doc) == {("IRQ", "IRQGOV", "142")}


def test_assemble_support_rallied_for_sanctions_is_against_whom_they_punish(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP rallied/rally/VERB/ROOT/1/VBD support/support/NOUN/dobj/1/NN for/for/ADP/prep/2/IN sanctions/sanction/NOUN/pobj/3/NNS against/against/ADP/prep/4/IN Syria/Syria/PROPN/pobj/5/NNP")
    assert code(coder, doc) == {("IRQ", "SYR", "113")}


def test_assemble_a_demand_conjoined_to_a_protests_participle_refines_it(nlp, coder):
    doc = parse(
        nlp,
        "Iraqi/iraqi/ADJ/amod/1/JJ civilians/civilian/NOUN/nsubj/2/NNS marched/march/VERB/ROOT/2/VBD in/in/ADP/prep/2/IN Baghdad/Baghdad/PROPN/pobj/3/NNP "
        ",/,/PUNCT/punct/2/, shouting/shout/VERB/advcl/2/VBG slogans/slogan/NOUN/dobj/6/NNS and/and/CCONJ/cc/6/CC demanding/demand/VERB/conj/6/VBG "
        "the/the/DET/det/11/DT resignation/resignation/NOUN/dobj/9/NN of/of/ADP/prep/11/IN the/the/DET/det/14/DT president/president/NOUN/pobj/12/NN",
    )
    assert code(coder, doc) == {("IRQCVL", "IRQGOV", "1411")}


def test_assemble_fighting_named_with_its_two_sides_is_between_them(nlp, coder):
    doc = parse(
        nlp,
        "Clashes/clash/NOUN/nsubj/7/NNS between/between/ADP/prep/0/IN Iraqi/iraqi/ADJ/amod/3/JJ troops/troop/NOUN/pobj/1/NNS and/and/CCONJ/cc/3/CC "
        "Syrian/syrian/ADJ/amod/6/JJ rebels/rebel/NOUN/conj/3/NNS killed/kill/VERB/ROOT/7/VBD ten/ten/NUM/nummod/9/CD civilians/civilian/NOUN/dobj/7/NNS",
    )
    assert code(coder, doc) == {("IRQMIL", "SYRREB", "190"), ("SYRREB", "IRQMIL", "190")}


def test_assemble_a_ceasefire_broken_by_an_attack_is_broken_against_its_victims(nlp, coder):
    doc = parse(
        nlp,
        "Syrian/syrian/ADJ/amod/1/JJ rebels/rebel/NOUN/nsubj/2/NNS violated/violate/VERB/ROOT/2/VBD the/the/DET/det/4/DT ceasefire/ceasefire/NOUN/dobj/2/NN "
        "by/by/ADP/prep/2/IN shelling/shell/VERB/pcomp/5/VBG Iraqi/iraqi/ADJ/amod/8/JJ troops/troop/NOUN/dobj/6/NNS",
    )
    # the shelling is how the truce was broken: one violation (196), whatever was used
    assert code(coder, doc) == {("SYRREB", "IRQMIL", "196")}


def test_assemble_forces_loyal_to_a_state_are_its(nlp, coder):
    doc = parse(nlp, "Forces/force/NOUN/nsubj/4/NNS loyal/loyal/ADJ/amod/0/JJ to/to/ADP/prep/1/IN Iraq/Iraq/PROPN/pobj/2/NNP attacked/attack/VERB/ROOT/4/VBD Syria/Syria/PROPN/dobj/4/NNP")
    assert code(coder, doc) == {("IRQMIL", "SYR", "190")}


def test_assemble_victims_of_a_pattern_with_a_place_phrase_come_before_the_place(nlp, coder):
    doc = parse(
        nlp,
        "Syrian/syrian/ADJ/amod/1/JJ rebels/rebel/NOUN/nsubj/2/NNS killed/kill/VERB/ROOT/2/VBD ten/ten/NUM/nummod/4/CD troops/troop/NOUN/dobj/2/NNS "
        "in/in/ADP/prep/2/IN a/a/DET/det/7/DT gunbattle/gunbattle/NOUN/pobj/5/NN near/near/ADP/prep/7/IN Baghdad/Baghdad/PROPN/pobj/8/NNP",
    )
    assert code(coder, doc) == {("SYRREB", "---MIL", "193")}


def test_assemble_a_threat_misparsed_as_a_participle_on_a_noun_root_is_re_rooted(nlp, coder):
    doc = parse(
        nlp,
        "The/the/DET/det/2/DT Iraqi/iraqi/ADJ/amod/2/JJ delegation/delegation/NOUN/ROOT/2/NN threatened/threaten/VERB/acl/2/VBN on/on/ADP/prep/3/IN "
        "Wednesday/Wednesday/PROPN/pobj/4/NNP to/to/PART/aux/7/TO attack/attack/VERB/xcomp/3/VB Syria/Syria/PROPN/dobj/7/NNP",
    )
    repair_parse(doc)
    assert code(coder, doc) == {("IRQ", "SYR", "138")}


def test_assemble_a_states_threat_of_force_against_its_own_opposition_is_repression(nlp, coder):
    doc = parse(
        nlp,
        "The/the/DET/det/2/DT Iraqi/iraqi/ADJ/amod/2/JJ government/government/NOUN/nsubj/3/NN threatened/threaten/VERB/ROOT/3/VBD to/to/PART/aux/5/TO "
        "crush/crush/VERB/xcomp/3/VB the/the/DET/det/8/DT Iraqi/iraqi/ADJ/amod/8/JJ opposition/opposition/NOUN/dobj/5/NN",
    )
    assert code(coder, doc) == {("IRQGOV", "IRQOPP", "137")}


def test_assemble_the_country_a_thing_was_brokered_by_is_no_party_to_it(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP accepted/accept/VERB/ROOT/1/VBD a/a/DET/det/6/DT Syrian/syrian/ADJ/npadvmod/5/JJ -/-/PUNCT/punct/5/HYPH brokered/broker/VERB/amod/6/VBN ceasefire/ceasefire/NOUN/dobj/1/NN")
    assert code(coder, doc) == set()


def test_assemble_police_deployed_in_a_passive_are_of_where_they_are_posted(nlp, coder):
    doc = parse(nlp, "Police/Police/NOUN/nsubjpass/2/NNS were/be/AUX/auxpass/2/VBD deployed/deploy/VERB/ROOT/2/VBN throughout/throughout/ADP/prep/2/IN Baghdad/Baghdad/PROPN/pobj/3/NNP")
    assert code(coder, doc) == {("IRQCOP", "IRQCVL", "153")}


def test_assemble_a_passive_of_giving_keeps_what_was_given_as_object(nlp, coder):
    doc = parse(nlp, "The/the/DET/det/2/DT Iraqi/iraqi/ADJ/amod/2/JJ leader/leader/NOUN/nsubjpass/4/NN was/be/AUX/auxpass/4/VBD granted/grant/VERB/ROOT/4/VBN asylum/asylum/NOUN/dobj/4/NN by/by/ADP/prep/5/IN Syria/Syria/PROPN/pobj/6/NNP")
    assert code(coder, doc) == {("SYR", "IRQ", "075")}


def test_assemble_aid_sent_to_help_rebuild_a_country_is_aimed_at_it(nlp, coder):
    doc = parse(nlp, "Syria/Syria/PROPN/nsubj/1/NNP sent/send/VERB/ROOT/1/VBD aid/aid/NOUN/dobj/1/NN to/to/PART/aux/4/TO help/help/VERB/advcl/1/VB rebuild/rebuild/VERB/xcomp/4/VB Iraq/Iraq/PROPN/dobj/5/NNP")
    assert code(coder, doc) == {("SYR", "IRQ", "070")}


def test_assemble_troops_arriving_to_protect_civilians_give_protection_not_a_visit(nlp, coder):
    doc = parse(nlp, "Syrian/syrian/ADJ/amod/1/JJ troops/troop/NOUN/nsubj/2/NNS arrived/arrive/VERB/ROOT/2/VBD in/in/ADP/prep/2/IN Iraq/Iraq/PROPN/pobj/3/NNP to/to/PART/aux/6/TO protect/protect/VERB/advcl/2/VB civilians/civilian/NOUN/dobj/6/NNS")
    assert code(coder, doc) == {("SYRMIL", "IRQ", "074")}


def test_assemble_an_extradition_is_aimed_at_the_receiving_state(nlp, coder):
    doc = parse(
        nlp,
        "Syria/Syria/PROPN/nsubj/1/NNP approved/approve/VERB/ROOT/1/VBD the/the/DET/det/3/DT extradition/extradition/NOUN/dobj/1/NN of/of/ADP/prep/3/IN "
        "Jordan/Jordan/PROPN/pobj/4/NNP to/to/ADP/prep/5/IN Iraq/Iraq/PROPN/pobj/6/NNP",
    )
    assert code(coder, doc) == {("SYR", "IRQ", "063")}


def test_assemble_whoever_pressed_for_an_act_is_no_party_to_it(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1/NNP pledged/pledge/VERB/ROOT/1/VBD to/to/PART/aux/3/TO retreat/retreat/VERB/xcomp/1/VB from/from/ADP/prep/3/IN "
        "the/the/DET/det/6/DT town/town/NOUN/pobj/4/NN under/under/ADP/prep/6/IN Syrian/syrian/ADJ/amod/9/JJ pressure/pressure/NOUN/pobj/7/NN",
    )
    assert code(coder, doc) == set()


def test_assemble_an_accusation_voiced_as_a_clause_is_coded_by_its_act_and_aimed_at_its_doer(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1/NNP charged/charge/VERB/ROOT/1/VBD that/that/SCONJ/mark/6/IN Syrian/syrian/ADJ/amod/4/JJ troops/troop/NOUN/nsubj/6/NNS "
        "had/have/AUX/aux/6/VBD invaded/invade/VERB/ccomp/1/VBN Jordan/Jordan/PROPN/dobj/6/NNP",
    )
    assert code(coder, doc) == {("IRQ", "SYRMIL", "1123")}


def test_assemble_whom_one_blames_for_an_act_is_the_target_not_the_acts_victim(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP blamed/blame/VERB/ROOT/1/VBD Syria/Syria/PROPN/dobj/1/NNP for/for/ADP/prep/1/IN the/the/DET/det/5/DT attack/attack/NOUN/pobj/3/NN on/on/ADP/prep/5/IN Jordan/Jordan/PROPN/pobj/6/NNP")
    assert code(coder, doc) == {("IRQ", "SYR", "112")}


def test_assemble_an_investigation_into_a_killing_is_aimed_at_the_killers(nlp, coder):
    doc = parse(
        nlp,
        "Iran/Iran/PROPN/nsubj/1/NNP opened/open/VERB/ROOT/1/VBD an/an/DET/det/3/DT investigation/investigation/NOUN/dobj/1/NN into/into/ADP/prep/1/IN "
        "the/the/DET/det/6/DT killing/killing/NOUN/pobj/4/NN of/of/ADP/prep/6/IN Iraqi/iraqi/ADJ/amod/9/JJ civilians/civilian/NOUN/pobj/7/NNS "
        "by/by/ADP/prep/6/IN Syrian/syrian/ADJ/amod/12/JJ troops/troop/NOUN/pobj/10/NNS",
    )
    assert code(coder, doc) == {("IRN", "SYRMIL", "090")}


def test_assemble_reforms_promised_to_no_one_are_promised_to_the_states_people(nlp, coder):
    doc = parse(nlp, "The/the/DET/det/2/DT Iraqi/iraqi/ADJ/amod/2/JJ president/president/NOUN/nsubj/3/NN promised/promise/VERB/ROOT/3/VBD reforms/reform/NOUN/dobj/3/NNS")
    assert code(coder, doc) == {("IRQGOV", "IRQCVL", "034")}


def test_assemble_urging_others_to_back_a_third_party_rallies_support_for_it(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP urged/urge/VERB/ROOT/1/VBD Jordan/Jordan/PROPN/dobj/1/NNP to/to/PART/aux/4/TO back/back/VERB/xcomp/1/VB Syria/Syria/PROPN/dobj/4/NNP")
    assert code(coder, doc) == {("IRQ", "SYR", "053")}


def test_assemble_a_host_states_order_to_leave_expels(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP ordered/order/VERB/ROOT/1/VBD Syrian/syrian/ADJ/amod/3/JJ troops/troop/NOUN/dobj/1/NNS to/to/PART/aux/5/TO leave/leave/VERB/xcomp/1/VB Iraq/Iraq/PROPN/dobj/5/NNP")
    assert code(coder, doc) == {("IRQ", "SYRMIL", "166")}


def test_assemble_refusing_to_send_troops_refuses_protection(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1/NNP refused/refuse/VERB/ROOT/1/VBD to/to/PART/aux/3/TO send/send/VERB/xcomp/1/VB troops/troop/NOUN/dobj/3/NNS to/to/ADP/dative/3/IN Syria/Syria/PROPN/pobj/5/NNP")
    assert code(coder, doc) == {("IRQ", "SYR", "1224")}


def test_assemble_the_subject_of_a_passive_acts_in_its_infinitive(nlp, coder):
    # "the rebels were forced to withdraw": the passive's subject is who acts.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubjpass/2 was/be/AUX/auxpass/2 forced/force/VERB/ROOT/2 to/to/PART/aux/4 "
        "attack/attack/VERB/xcomp/2 Kuwait/Kuwait/PROPN/dobj/4",
    )
    assert code(coder, doc) == {("IRQ", "KWT", "190")}


def test_assemble_an_act_expected_of_someone_is_no_threat_of_theirs(nlp, coder):
    # "Israel is expected to strike Iran": others' expectation, not Israel's threat, and not done.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubjpass/2 was/be/AUX/auxpass/2 expected/expect/VERB/ROOT/2 to/to/PART/aux/4 "
        "attack/attack/VERB/xcomp/2 Kuwait/Kuwait/PROPN/dobj/4",
    )
    assert code(coder, doc) == set()


def test_assemble_a_truce_declared_by_conjoined_parties_is_between_them(nlp, coder):
    # "The Sri Lankan government and Tamil Tiger rebels declared a ceasefire".
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/3 and/and/CCONJ/cc/0 Syria/Syria/PROPN/conj/0 declared/declare/VERB/ROOT/3 "
        "a/a/DET/det/5 truce/truce/NOUN/dobj/3",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "0871"), ("SYR", "IRQ", "0871")}


def test_assemble_an_intent_to_accept_mediation_is_the_acceptance(nlp, coder):
    # "Sudan agreed to accept mediation by Chad": 038 aimed at the mediator, not a bare 030.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 agreed/agree/VERB/ROOT/1 to/to/PART/aux/3 accept/accept/VERB/xcomp/1 "
        "mediation/mediation/NOUN/dobj/3 by/by/ADP/prep/4 Syria/Syria/PROPN/pobj/5",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "038")}


def test_assemble_a_dispute_taken_to_a_court_is_settled_with_the_other_party(nlp, coder):
    # "Qatar submitted its dispute with Bahrain to the International Court of Justice".
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 submitted/submit/VERB/ROOT/1 its/its/PRON/poss/3 dispute/dispute/NOUN/dobj/1 "
        "with/with/ADP/prep/3 Syria/Syria/PROPN/pobj/4 to/to/ADP/prep/1 the/the/DET/det/8 court/court/NOUN/pobj/6",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "037")}


def test_assemble_an_accepted_invitation_is_aimed_at_what_it_names(nlp, coder):
    # "Musharraf accepted an invitation to visit India".
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 accepted/accept/VERB/ROOT/1 an/an/DET/det/3 invitation/invitation/NOUN/dobj/1 "
        "to/to/PART/aux/5 visit/visit/VERB/acl/3 Syria/Syria/PROPN/dobj/5",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "036")}


def test_repair_a_finite_verb_after_an_infinitive_is_the_main_verb_s_conjunct(nlp):
    # "called on Assad to step aside and imposed sanctions": the sanctions were imposed, not asked for.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1/NNP called/call/VERB/ROOT/1/VBD on/on/ADP/prep/1/IN Iran/Iran/PROPN/pobj/2/NNP "
        "to/to/PART/aux/5/TO withdraw/withdraw/VERB/xcomp/1/VB and/and/CCONJ/cc/5/CC condemned/condemn/VERB/conj/5/VBD "
        "Syria/Syria/PROPN/dobj/7/NNP",
    )
    repair_parse(doc)
    assert (doc[7].dep_, doc[7].head.i, doc[6].head.i) == ("conj", 1, 1)


def test_repair_for_someone_to_act_after_a_call_is_what_is_asked(nlp):
    # "called for Israel to withdraw": a clause asked for, with its own subject.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1/NNP called/call/VERB/ROOT/1/VBD for/for/SCONJ/mark/5/IN Iran/Iran/PROPN/nsubj/5/NNP "
        "to/to/PART/aux/5/TO withdraw/withdraw/VERB/advcl/1/VB",
    )
    repair_parse(doc)
    assert doc[5].dep_ == "ccomp"


def test_assemble_a_request_lodged_with_someone_is_aimed_at_them(nlp, coder):
    # "lodged a request with Belgium for the extradition of ...".
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 lodged/lodge/VERB/ROOT/1 a/a/DET/det/3 request/request/NOUN/dobj/1 with/with/ADP/prep/3 "
        "Syria/Syria/PROPN/pobj/4 for/for/ADP/prep/3 the/the/DET/det/8 extradition/extradition/NOUN/pobj/6 of/of/ADP/prep/8 "
        "Iranians/Iranians/PROPN/pobj/9",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "0213")}


def test_assemble_a_state_coerces_its_own(nlp, coder):
    # "Belarus banned the main opposition party": Belarus's opposition.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 arrested/arrest/VERB/ROOT/1 the/the/DET/det/3 opposition/opposition/NOUN/dobj/1")
    assert code(coder, doc) == {("IRQ", "IRQOPP", "173")}


def test_assemble_a_vehicle_that_hit_a_roadside_bomb_is_the_victim(nlp, coder):
    # "A U.S. military convoy hit a roadside bomb in Baghdad": by no one named, so by the place.
    doc = parse(
        nlp,
        "Turkish/turkish/ADJ/amod/1 troops/troop/NOUN/nsubj/2 hit/hit/VERB/ROOT/2 a/a/DET/det/5 roadside/roadside/NOUN/compound/5 "
        "bomb/bomb/NOUN/dobj/2 in/in/ADP/prep/2 Syria/Syria/PROPN/pobj/6",
    )
    assert code(coder, doc) == {("SYR", "TURMIL", "1833")}


def test_assemble_a_preposition_with_its_own_object_after_the_object_is_no_particle(nlp, coder):
    # "a ship carrying wheat off the coast of Somalia" is no kidnapping ("carried off three engineers" is).
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 carried/carry/VERB/ROOT/1 wheat/wheat/NOUN/dobj/1 off/off/ADP/prep/1 the/the/DET/det/5 "
        "coast/coast/NOUN/pobj/3 of/of/ADP/prep/5 Syria/Syria/PROPN/pobj/6",
    )
    assert code(coder, doc) == set()


def test_assemble_a_town_named_with_its_country_is_a_place(nlp, coder):
    # "Gunmen killed 12 people in the Pakistani town of Parachinar": rebels of that country, not of its people.
    doc = parse(
        nlp,
        "rebels/rebel/NOUN/nsubj/1 attacked/attack/VERB/ROOT/1 civilians/civilian/NOUN/dobj/1 in/in/ADP/prep/1 "
        "the/the/DET/det/6 Iraqi/Iraqi/ADJ/amod/6 village/village/NOUN/pobj/3",
    )
    assert code(coder, doc) == {("IRQREB", "IRQCVL", "190")}


def test_assemble_a_place_noun_in_a_from_phrase_places_the_act(nlp, coder):
    # "Gunmen kidnapped 30 passengers from a bus in northern Iraq".
    doc = parse(
        nlp,
        "rebels/rebel/NOUN/nsubj/1 attacked/attack/VERB/ROOT/1 civilians/civilian/NOUN/dobj/1 from/from/ADP/prep/1 "
        "a/a/DET/det/5 bus/bus/NOUN/pobj/3 in/in/ADP/prep/5 Iraq/Iraq/PROPN/pobj/6",
    )
    assert code(coder, doc) == {("IRQREB", "IRQCVL", "190")}


def test_assemble_telling_reporters_is_no_statement_to_them(nlp, coder):
    # "Iraq told reporters that Syria attacked Iran": what was said is coded, not a 010 to the press.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 told/tell/VERB/ROOT/1 reporters/reporter/NOUN/dobj/1 that/that/SCONJ/mark/5 "
        "Syria/Syria/PROPN/nsubj/5 attacked/attack/VERB/ccomp/1 Iran/Iran/PROPN/dobj/5",
    )
    assert code(coder, doc) == {("SYR", "IRN", "190")}


def test_assemble_a_counterpart_holds_the_office_of_whom_it_is_the_counterpart_of(nlp, coder):
    # "the Iraqi official condemned his Syrian counterpart": Syria's government, not Syria.
    doc = parse(
        nlp,
        "Iraqi/Iraqi/ADJ/amod/1 official/official/NOUN/nsubj/2 condemned/condemn/VERB/ROOT/2 his/his/PRON/poss/5 "
        "Syrian/Syrian/ADJ/amod/5 counterpart/counterpart/NOUN/dobj/2",
    )
    assert code(coder, doc) == {("IRQGOV", "SYRGOV", "111")}


def test_assemble_a_capital_naming_an_accord_names_no_actor(nlp, coder):
    # "the Lusaka peace accord", "the Oslo accords": a document, not the government of its city.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 the/the/DET/det/5 Damascus/Damascus/PROPN/compound/5 "
        "peace/peace/NOUN/compound/5 accord/accord/NOUN/dobj/1",
    )
    assert code(coder, doc) == set()  # a condemnation of no one named


def test_assemble_a_hoped_for_act_is_not_done_and_the_hope_is_toward_its_doer(nlp, coder):
    # "Egypt expressed hope that Israel would withdraw": no Israeli act, and the hope is toward Israel.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 expressed/express/VERB/ROOT/1 hope/hope/NOUN/dobj/1 that/that/SCONJ/mark/6 "
        "Syria/Syria/PROPN/nsubj/6 would/would/AUX/aux/6 attack/attack/VERB/acl/2 Iran/Iran/PROPN/dobj/6",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "013")}


def test_assemble_what_conjoined_parties_discussed_is_no_party(nlp, coder):
    # "Tudjman and Izetbegovic discussed the Serb offensive": they talked with each other.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/3 and/and/CCONJ/cc/0 Iran/Iran/PROPN/conj/0 discussed/discuss/VERB/ROOT/3 "
        "the/the/DET/det/6 Syrian/Syrian/ADJ/amod/6 offensive/offensive/NOUN/dobj/3",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "040"), ("IRN", "IRQ", "040")}


def test_assemble_a_denial_is_aimed_at_the_accuser(nlp, coder):
    # "Iran denied it sought nuclear weapons, dismissing accusations by the U.S.".
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 denied/deny/VERB/ROOT/1 the/the/DET/det/3 report/report/NOUN/dobj/1 ,/,/PUNCT/punct/1 "
        "calling/call/VERB/advcl/1 accusations/accusation/NOUN/dobj/5 by/by/ADP/prep/6 Syria/Syria/PROPN/pobj/7 "
        "baseless/baseless/ADJ/oprd/5",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "016")}


@pytest.mark.parametrize("report", [
    # "denied accusations in a U.N. report that ...": who wrote the report made the accusations
    "a/a/DET/det/6 UN/UN/PROPN/compound/6 report/report/NOUN/pobj/3",
    # "... in Syria's report ..."
    "Syria/Syria/PROPN/poss/6 's/'s/PART/case/4 report/report/NOUN/pobj/3",
    # "... in a report by Syria ..." (already so: a "by" phrase inside the object)
    "a/a/DET/det/5 report/report/NOUN/pobj/3 by/by/ADP/prep/5 Syria/Syria/PROPN/pobj/6",
])
def test_assemble_a_denial_of_accusations_in_a_report_is_aimed_at_its_author(nlp, coder, report):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 denied/deny/VERB/ROOT/1/VBD accusations/accusation/NOUN/dobj/1/NNS in/in/ADP/prep/2 " + report)
    assert {t for _, t, _ in code(coder, doc)} == {"SYR" if "Syria" in report else "IGOUNO"}


def test_assemble_a_comment_is_about_whom_its_topic_names_however_deep(nlp, coder):
    # "upbeat about the chances of a deal between Israel and Syria".
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 expressed/express/VERB/ROOT/1 hope/hope/NOUN/dobj/1 about/about/ADP/prep/1 "
        "chances/chance/NOUN/pobj/3 of/of/ADP/prep/4 a/a/DET/det/7 deal/deal/NOUN/pobj/5 with/with/ADP/prep/7 Syria/Syria/PROPN/pobj/8",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "013")}


def test_assemble_officials_at_a_body_are_of_it(nlp, coder):
    # "a spokesman at the Chinese embassy", "officials at the French Defence Ministry".
    doc = parse(
        nlp,
        "officials/official/NOUN/nsubj/6 at/at/ADP/prep/0 the/the/DET/det/5 Syrian/Syrian/ADJ/amod/5 Foreign/Foreign/PROPN/compound/5 "
        "Ministry/Ministry/PROPN/pobj/1 condemned/condemn/VERB/ROOT/6 Iran/Iran/PROPN/dobj/6",
    )
    assert code(coder, doc) == {("SYRGOV", "IRN", "111")}


def test_assemble_a_resignation_on_the_day_office_ends_is_by_the_office_holder(nlp, coder):
    # "Obama resigned on Friday", reported on the day his dictionary range ends: he was president.
    doc = parse(nlp, "Obama/Obama/PROPN/nsubj/1 resigned/resign/VERB/ROOT/1/VBD")
    assert {e[0] for e in code(coder, doc, dt.date(2017, 1, 20))} == {"USAGOV"}


def test_assemble_whom_a_state_releases_are_its_own(nlp, coder):
    # "the Iraqi government freed 300 soldiers": Iraq's, when no other country is named.
    doc = parse(nlp, "Iraqi/Iraqi/ADJ/amod/1 government/government/NOUN/nsubj/2 released/release/VERB/ROOT/2 troops/troop/NOUN/dobj/2")
    assert code(coder, doc) == {("IRQGOV", "IRQMIL", "0841")}


@pytest.mark.parametrize("freed, code_", [
    ("reporters/reporter/NOUN/dobj/1/NNS", "IRQMED"),
    ("opposition/opposition/NOUN/compound/3/NN leaders/leader/NOUN/dobj/1/NNS", "IRQOPP"),
])
def test_assemble_whom_a_state_named_as_a_whole_releases_are_its_own(nlp, coder, freed, code_):
    # "Iran freed 38 journalists", "Ethiopia freed 38 opposition leaders": the state's own, as its government's are.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 released/release/VERB/ROOT/1/VBD " + freed)
    assert code(coder, doc) == {("IRQ", code_, "0841")}


def test_assemble_a_curfew_lifted_in_the_passive_is_lifted_by_the_government(nlp, coder):
    # "A curfew on Hebron was lifted on Sunday": by the government of where it was.
    doc = parse(
        nlp,
        "a/a/DET/det/1 curfew/curfew/NOUN/nsubjpass/5 on/on/ADP/prep/1 Syria/Syria/PROPN/pobj/2 was/be/AUX/auxpass/5 "
        "lifted/lift/VERB/ROOT/5",
    )
    assert code(coder, doc) == {("SYRGOV", "SYR", "0813")}


def test_assemble_the_head_of_conjoined_objects_picks_the_pattern(nlp, coder):
    # "agreed to lift the oil embargo and flight ban": the embargo's pattern, not the ban's.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 lifted/lift/VERB/ROOT/1 the/the/DET/det/3 ban/ban/NOUN/dobj/1 and/and/CCONJ/cc/3 "
        "curfew/curfew/NOUN/conj/3 on/on/ADP/prep/1 Syria/Syria/PROPN/pobj/6",
    )
    assert {e[2] for e in code(coder, doc)} == {"0351"}


def test_assemble_forces_of_one_state_named_together_share_its_country(nlp, coder):
    # "Iran released 15 British sailors and marines".
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1 Syrian/Syrian/ADJ/amod/3 troops/troop/NOUN/dobj/1 "
        "and/and/CCONJ/cc/3 police/police/NOUN/conj/3",
    )
    assert code(coder, doc) == {("IRQ", "SYRMIL", "190"), ("IRQ", "SYRCOP", "190")}


def test_assemble_what_is_exchanged_says_the_act(nlp, coder):
    # "agreed to exchange intelligence with Pakistan" is intelligence (0314), not a release (0353).
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 agreed/agree/VERB/ROOT/1 to/to/PART/aux/3 exchange/exchange/VERB/xcomp/1 "
        "intelligence/intelligence/NOUN/dobj/3 with/with/ADP/prep/3 Iran/Iran/PROPN/pobj/5",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "0314")}


@pytest.mark.parametrize(
    "when",
    [
        # "Last year, Iraq attacked Syria", in a report of 2015: background, not news of the day.
        "last/last/ADJ/amod/1 year/year/NOUN/npadvmod/4 ,/,/PUNCT/punct/4",
        # "In 1994, Iraq attacked Syria".
        "In/in/ADP/prep/4 1994/1994/NUM/pobj/0 ,/,/PUNCT/punct/4",
    ],
)
def test_assemble_an_act_dated_before_the_report_is_background(nlp, coder, when):
    doc = parse(nlp, when + " Iraq/Iraq/PROPN/nsubj/4 attacked/attack/VERB/ROOT/4 Syria/Syria/PROPN/dobj/4")
    assert code(coder, doc, dt.date(2015, 6, 1)) == set()
    # "last week" is what leads report.
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 last/last/ADJ/amod/4 week/week/NOUN/npadvmod/1")
    assert code(coder, doc, dt.date(2015, 6, 1)) == {("IRQ", "SYR", "190")}


def test_assemble_acts_an_accusation_names_are_not_done_even_when_conjoined(nlp, coder):
    # "accused Indonesian troops of torturing and killing civilians": no killing is coded.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 accused/accuse/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 of/of/ADP/prep/1 "
        "condemning/condemn/VERB/pcomp/3 and/and/CCONJ/cc/4 attacking/attack/VERB/conj/4 Iran/Iran/PROPN/dobj/6",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "1123")}  # the accusation takes its sub-code from the attack


def test_assemble_refugees_arriving_make_no_visit(nlp, coder):
    # "Thousands of Syrian refugees arrived in Jordan".
    doc = parse(nlp, "Syrian/Syrian/ADJ/amod/1 evacuees/evacuee/NOUN/nsubj/2 arrived/arrive/VERB/ROOT/2 in/in/ADP/prep/2 Jordan/Jordan/PROPN/pobj/3")
    assert code(coder, doc) == set()


def test_assemble_a_show_of_force_is_aimed_at_whom_it_is_meant_for(nlp, coder):
    # "China staged drills in a warning to Vietnam".
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 staged/stage/VERB/ROOT/1 drills/drill/NOUN/dobj/1 in/in/ADP/prep/1 a/a/DET/det/5 "
        "warning/warning/NOUN/pobj/3 to/to/ADP/prep/5 Syria/Syria/PROPN/pobj/6",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "150")}


def test_assemble_a_by_phrase_inside_an_against_phrase_is_no_agent(nlp, coder):
    # "Police were placed on alert against attacks by Abu Sayyaf": Abu Sayyaf placed no one.
    doc = parse(
        nlp,
        "police/police/NOUN/nsubjpass/2 were/be/AUX/auxpass/2 placed/place/VERB/ROOT/2 on/on/ADP/prep/2 alert/alert/NOUN/pobj/3 "
        "against/against/ADP/prep/2 attacks/attack/NOUN/pobj/5 by/by/ADP/prep/6 Syria/Syria/PROPN/pobj/7",
    )
    assert all(source != "SYR" for source, _, _ in code(coder, doc))


def test_assemble_a_cut_in_ties_conjoined_to_another_shares_its_target(nlp, coder):
    # "downgraded ties with Israel and suspended military agreements".
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 downgraded/downgrade/VERB/ROOT/1 ties/tie/NOUN/dobj/1 with/with/ADP/prep/2 Syria/Syria/PROPN/pobj/3 "
        "and/and/CCONJ/cc/1 suspended/suspend/VERB/conj/1 agreements/agreement/NOUN/dobj/6",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "161"), ("IRQ", "SYR", "160")}


def test_assemble_calling_something_a_name_of_condemnation_is_criticism(nlp, coder):
    # "Russia called the EU sanctions an act of economic war".
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 called/call/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 a/a/DET/det/4 threat/threat/NOUN/oprd/1",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "111")}


def test_assemble_a_complaint_is_against_whom_its_against_phrase_names(nlp, coder):
    # "lodged a complaint with the U.N. Security Council against Rwanda", "against" hung on the Council.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 lodged/lodge/VERB/ROOT/1 a/a/DET/det/3 complaint/complaint/NOUN/dobj/1 with/with/ADP/prep/1 "
        "the/the/DET/det/7 Security/Security/PROPN/compound/7 Council/Council/PROPN/pobj/4 against/against/ADP/prep/7 "
        "Syria/Syria/PROPN/pobj/8",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "114")}


def test_assemble_one_summoned_to_a_ministry_was_summoned_by_it(nlp, coder):
    # "Turkey's ambassador was summoned to the Iraqi Foreign Ministry".
    doc = parse(
        nlp,
        "a/a/DET/det/2 Syrian/Syrian/ADJ/amod/2 official/official/NOUN/nsubjpass/4 was/be/AUX/auxpass/4 summoned/summon/VERB/ROOT/4 "
        "to/to/ADP/prep/4 the/the/DET/det/9 Iraqi/Iraqi/ADJ/amod/9 Foreign/Foreign/PROPN/compound/9 Ministry/Ministry/PROPN/pobj/5",
    )
    assert code(coder, doc) == {("IRQGOV", "SYRGOV", "114")}


def test_assemble_conjoined_sectors_of_one_phrase_share_its_country(nlp, coder):
    # "French political and military officials": France's, not an unplaced military.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 Syrian/Syrian/ADJ/amod/6 civilian/civilian/ADJ/amod/6 "
        "and/and/CCONJ/cc/3 military/military/NOUN/conj/3 officials/official/NOUN/dobj/1",
    )
    assert all(not target.startswith("---") for _, target, _ in code(coder, doc))


def code_article(coder, doc: Doc, day: dt.date | None = None) -> list[set[tuple[str | None, str | None, str]]]:
    """Per sentence, its events, coded in order with the article's memory, as the pipeline does."""
    matcher, sentences = coder
    mentions = matcher.find_mentions(doc)
    link_mentions(doc, mentions, matcher)
    memory = ArticleMemory()
    return [{(e.source, e.target, e.code) for e in sentences.code_sentence(sent, i, mentions, day, memory)} for i, sent in enumerate(doc.sents)]


KARZAI = "Hamid/Hamid/PROPN/compound/1 Karzai/Karzai/PROPN/nsubj/2 condemned/condemn/VERB/ROOT/2 Iraq/Iraq/PROPN/dobj/2 ././PUNCT/punct/2"
IN_OFFICE = dt.date(2010, 1, 1)


def _then(first: str, second: str) -> str:
    """Two sentences as one spec: the second's heads shifted past the first's tokens."""
    offset = len(first.split())
    shifted = []
    for item in second.split():
        parts = item.split("/")
        parts[4] = str(int(parts[4]) + offset)
        shifted.append("/".join(parts))
    return first + " " + " ".join(shifted)


def test_memory_a_short_name_is_the_person_named_before(nlp, coder):
    later = "Karzai/Karzai/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 ././PUNCT/punct/1"
    assert code_article(coder, parse(nlp, _then(KARZAI, later)), IN_OFFICE)[1] == {("AFGGOV", "SYR", "190")}
    # Another person of that surname, given a name of their own, is someone else.
    other = "Ahmed/Ahmed/PROPN/compound/1 Karzai/Karzai/PROPN/nsubj/2 attacked/attack/VERB/ROOT/2 Syria/Syria/PROPN/dobj/2 ././PUNCT/punct/2"
    assert code_article(coder, parse(nlp, _then(KARZAI, other)), IN_OFFICE)[1] == set()
    # Alone, a surname is no one.
    assert code_article(coder, parse(nlp, later), IN_OFFICE) == [set()]


def test_memory_a_pronoun_is_the_person_the_sentence_before_named(nlp, coder):
    later = "He/he/PRON/nsubj/1 attacked/attack/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 ././PUNCT/punct/1"
    assert code_article(coder, parse(nlp, _then(KARZAI, later)), IN_OFFICE)[1] == {("AFGGOV", "SYR", "190")}
    # After a sentence naming two people, "he" is either of them.
    met = (
        "Hamid/Hamid/PROPN/compound/1 Karzai/Karzai/PROPN/nsubj/2 condemned/condemn/VERB/ROOT/2 Barack/Barack/PROPN/compound/4 "
        "Obama/Obama/PROPN/dobj/2 ././PUNCT/punct/2"
    )
    assert code_article(coder, parse(nlp, _then(met, later)), IN_OFFICE)[1] == set()
    # After a sentence naming no one, the person is further back than a pronoun reaches.
    gap = "Iraq/Iraq/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 ././PUNCT/punct/1"
    far = _then(_then(_then(KARZAI, gap), gap), later)
    assert code_article(coder, parse(nlp, far), IN_OFFICE)[3] == set()


def test_memory_a_definite_description_is_the_actor_of_its_sector_named_before(nlp, coder):
    lead = "Iraqi/Iraqi/ADJ/amod/1 troops/troop/NOUN/nsubj/2 attacked/attack/VERB/ROOT/2 Syria/Syria/PROPN/dobj/2 ././PUNCT/punct/2"
    later = "The/the/DET/det/1 troops/troop/NOUN/nsubj/2 attacked/attack/VERB/ROOT/2 Iran/Iran/PROPN/dobj/2 ././PUNCT/punct/2"
    assert code_article(coder, parse(nlp, _then(lead, later)))[1] == {("IRQMIL", "IRN", "190")}
    counted = "Three/three/NUM/nummod/1 troops/troop/NOUN/nsubj/2/NNS attacked/attack/VERB/ROOT/2 Iran/Iran/PROPN/dobj/2 ././PUNCT/punct/2"
    assert code_article(coder, parse(nlp, _then(lead, counted)))[1] == {("---MIL", "IRN", "190")}
    dozens = "Dozens/dozens/NOUN/nsubj/3 of/of/ADP/prep/0 troops/troop/NOUN/pobj/1/NNS attacked/attack/VERB/ROOT/3 Iran/Iran/PROPN/dobj/3"
    assert code_article(coder, parse(nlp, _then(lead, dozens)))[1] == {("---MIL", "IRN", "190")}
    # A bare noun refers back as a subject, not as an object: "Iran attacked troops".
    bare = "Troops/troop/NOUN/nsubj/1/NNS attacked/attack/VERB/ROOT/1 Iran/Iran/PROPN/dobj/1"
    assert code_article(coder, parse(nlp, _then(lead, bare)))[1] == {("IRQMIL", "IRN", "190")}
    object_ = "Iran/Iran/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1 troops/troop/NOUN/dobj/1/NNS"
    assert code_article(coder, parse(nlp, _then(lead, object_)))[1] == {("IRN", "---MIL", "190")}
    # A description with a name of its own is not the one named before: "the Kurdish troops".
    named = "Iran/Iran/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1 the/the/DET/det/4 Kurdish/Kurdish/ADJ/amod/4 troops/troop/NOUN/dobj/1/NNS"
    assert code_article(coder, parse(nlp, _then(lead, named)))[1] == {("IRN", "---MIL", "190")}
    the = "Iran/Iran/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1 the/the/DET/det/3 troops/troop/NOUN/dobj/1/NNS"
    assert code_article(coder, parse(nlp, _then(lead, the)))[1] == {("IRN", "IRQMIL", "190")}
    # Two countries' troops named: which troops is unsure.
    both = (
        "Iraqi/Iraqi/ADJ/amod/1 troops/troop/NOUN/nsubj/2 attacked/attack/VERB/ROOT/2 Syrian/Syrian/ADJ/amod/4 troops/troop/NOUN/dobj/2 "
        "././PUNCT/punct/2"
    )
    assert code_article(coder, parse(nlp, _then(both, later)))[1] == {("---MIL", "IRN", "190")}


def test_memory_a_foreign_government_named_later_is_not_the_government(nlp, coder):
    lead = "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 ././PUNCT/punct/1"
    reaction = "Washington/Washington/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 Iraq/Iraq/PROPN/dobj/1 ././PUNCT/punct/1"
    later = "The/the/DET/det/1 government/government/NOUN/nsubj/2 attacked/attack/VERB/ROOT/2 Iran/Iran/PROPN/dobj/2 ././PUNCT/punct/2"
    assert code_article(coder, parse(nlp, _then(_then(lead, reaction), later)))[2] == {("---GOV", "IRN", "190")}
    home = "Damascus/Damascus/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 Iraq/Iraq/PROPN/dobj/1 ././PUNCT/punct/1"
    assert code_article(coder, parse(nlp, _then(_then(lead, home), later)))[2] == {("SYRGOV", "IRN", "190")}


def test_memory_both_sides_are_the_pair_the_article_named(nlp, coder):
    lead = "Iraq/Iraq/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 ././PUNCT/punct/1"
    later = "Russia/Russia/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 both/both/DET/det/3 sides/side/NOUN/dobj/1/NNS ././PUNCT/punct/1"
    assert code_article(coder, parse(nlp, _then(lead, later)))[1] == {("RUS", "IRQ", "111"), ("RUS", "SYR", "111")}
    assert code_article(coder, parse(nlp, later)) == [set()]
    # Two governments stay governments; different bodies of two states are the states.
    governments = "Damascus/Damascus/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 Washington/Washington/PROPN/dobj/1 ././PUNCT/punct/1"
    assert code_article(coder, parse(nlp, _then(governments, later)))[1] == {("RUS", "SYRGOV", "111"), ("RUS", "USAGOV", "111")}
    bodies = "Iraqi/Iraqi/ADJ/amod/1 troops/troop/NOUN/nsubj/2 attacked/attack/VERB/ROOT/2 Damascus/Damascus/PROPN/dobj/2 ././PUNCT/punct/2"
    assert code_article(coder, parse(nlp, _then(bodies, later)))[1] == {("RUS", "IRQ", "111"), ("RUS", "SYR", "111")}


def test_assemble_a_phrase_naming_the_source_says_where_not_whom(nlp, coder):
    doc = parse(
        nlp,
        "Obama/Obama/PROPN/nsubj/1 invited/invite/VERB/ROOT/1 Iraq/Iraq/PROPN/dobj/1 to/to/ADP/prep/1 Washington/Washington/PROPN/pobj/3",
    )
    assert code(coder, doc, IN_OFFICE) == {("USAGOV", "IRQ", "036")}


def test_memory_is_off_when_sentences_are_coded_alone(nlp):
    from eventcoder.pipeline import EventCoder

    dictionaries = Dictionaries()
    for text, kind in ((ACTORS, ".actors"), (AGENTS, ".agents"), (VERBS, ".verbs")):
        dictionaries.extend(parse_native(text, kind))
    later = "He/he/PRON/nsubj/1 attacked/attack/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 ././PUNCT/punct/1"
    found = {}
    for memory in (True, False):
        events, _, _ = EventCoder(dictionaries, nlp=nlp, memory=memory).code_doc(parse(nlp, _then(KARZAI, later)), IN_OFFICE)
        found[memory] = {(e.source, e.target, e.code) for e in events if e.sentence_index == 1}
    assert found == {True: {("AFGGOV", "SYR", "190")}, False: set()}


@pytest.mark.parametrize(
    "spec",
    [
        # "failed to attack", "has yet to attack", "had no plans to attack": not done.
        "Iraq/Iraq/PROPN/nsubj/1 failed/fail/VERB/ROOT/1 to/to/PART/aux/3 attack/attack/VERB/xcomp/1 Iran/Iran/PROPN/dobj/3",
        "Iraq/Iraq/PROPN/nsubj/1 has/have/VERB/ROOT/1 yet/yet/ADV/advmod/1 to/to/PART/aux/4 attack/attack/VERB/xcomp/1 Iran/Iran/PROPN/dobj/4",
        "Iraq/Iraq/PROPN/nsubj/1 had/have/VERB/ROOT/1 no/no/DET/det/3 plans/plan/NOUN/dobj/1 to/to/PART/aux/5 attack/attack/VERB/acl/3 Iran/Iran/PROPN/dobj/5",
    ],
)
def test_assemble_an_act_failed_or_not_yet_done_is_not_coded(nlp, coder, spec):
    matcher, sentences = coder
    # With one actor allowed: "no plans to attack Iran" would otherwise code an attack on Iran by no one.
    assert code((matcher, SentenceCoder(matcher, sentences.verbs, require_dyad=False)), parse(nlp, spec)) == set()


def test_assemble_force_not_ruled_out_is_threatened(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/3 did/do/AUX/aux/3 not/not/PART/neg/3 rule/rule/VERB/ROOT/3 out/out/ADP/prt/3 military/military/ADJ/amod/6 "
        "action/action/NOUN/dobj/3 against/against/ADP/prep/6 Iran/Iran/PROPN/pobj/7",
    )
    assert code(coder, doc) == {("IRQ", "IRN", "138")}
    ruled_out = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 ruled/rule/VERB/ROOT/1 out/out/ADP/prt/1 military/military/ADJ/amod/4 "
        "action/action/NOUN/dobj/1 against/against/ADP/prep/4 Iran/Iran/PROPN/pobj/5",
    )
    assert code(coder, ruled_out) == {("IRQ", "IRN", "120")}


def test_assemble_background_dates_reach_participles_and_wars_of_past_years(nlp, coder):
    report = dt.date(2015, 6, 1)
    # "In 1994, Iraq attacked Syria, killing civilians": the participle has the attack's time.
    killing = parse(
        nlp,
        "In/in/ADP/prep/4 1994/1994/NUM/pobj/0 ,/,/PUNCT/punct/4 Iraq/Iraq/PROPN/nsubj/4 attacked/attack/VERB/ROOT/4 "
        "Syria/Syria/PROPN/dobj/4 ,/,/PUNCT/punct/4 killing/kill/VERB/advcl/4/VBG civilians/civilian/NOUN/dobj/7",
    )
    assert code(coder, killing, report) == set()
    # "Iraq attacked Syria during the 1991-2002 war", but condemning Syria for what it did during the war is today's.
    war = "during/during/ADP/prep/1 the/the/DET/det/8 1991/1991/NUM/nummod/8 -/-/SYM/punct/7 2002/2002/NUM/prep/5 war/war/NOUN/pobj/3"
    attacked = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 " + war)
    assert code(coder, attacked, report) == set()
    condemned = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 " + war)
    assert code(coder, condemned, report) == {("IRQ", "SYR", "111")}


def test_assemble_conjoined_backers_back_a_third_party_not_each_other(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/3 and/and/CCONJ/cc/0 Iran/Iran/PROPN/conj/0 backed/back/VERB/ROOT/3 rebels/rebel/NOUN/dobj/3")
    assert code(coder, doc) == {("IRQ", "---REB", "051"), ("IRN", "---REB", "051")}


def test_assemble_a_news_medium_told_is_the_channel_not_the_one_addressed(nlp, coder):
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 told/tell/VERB/ROOT/1 the/the/DET/det/3 BBC/BBC/PROPN/dobj/1")
    assert code(coder, doc) == set()


def test_memory_a_description_is_whom_the_article_named_with_the_same_noun(nlp, coder):
    # "the court" after "the Special Court": the tribunal, not a court of no named country.
    lead = "The/the/DET/det/2 Special/Special/PROPN/compound/2 Court/Court/PROPN/nsubj/3 condemned/condemn/VERB/ROOT/3 Iraq/Iraq/PROPN/dobj/3 ././PUNCT/punct/3"
    later = "The/the/DET/det/1 court/court/NOUN/nsubj/2 condemned/condemn/VERB/ROOT/2 Syria/Syria/PROPN/dobj/2 ././PUNCT/punct/2"
    assert code_article(coder, parse(nlp, _then(lead, later)))[1] == {("IGOUNOICT", "SYR", "111")}


def test_memory_a_reaction_to_the_attack_is_aimed_at_the_attacker_the_article_named(nlp, coder):
    lead = "Iraq/Iraq/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 ././PUNCT/punct/1"
    later = "Iran/Iran/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 the/the/DET/det/3 attack/attack/NOUN/dobj/1 ././PUNCT/punct/1"
    assert code_article(coder, parse(nlp, _then(lead, later)))[1] == {("IRN", "IRQ", "111")}
    # "condemned attacks": no particular act.
    bare = "Iran/Iran/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 attacks/attack/NOUN/dobj/1 ././PUNCT/punct/1"
    assert code_article(coder, parse(nlp, _then(lead, bare)))[1] == set()


def test_memory_a_definite_noun_is_the_organisation_named_before_with_that_head(nlp, coder):
    # "The council voted ..." after "the Security Council".
    lead = "The/the/DET/det/2 Security/Security/PROPN/compound/2 Council/Council/PROPN/nsubj/3 condemned/condemn/VERB/ROOT/3 Iraq/Iraq/PROPN/dobj/3 ././PUNCT/punct/3"
    later = "The/the/DET/det/1 council/council/NOUN/nsubj/2 condemned/condemn/VERB/ROOT/2 Syria/Syria/PROPN/dobj/2 ././PUNCT/punct/2"
    assert code_article(coder, parse(nlp, _then(lead, later)))[1] == {("IGOUNOSCR", "SYR", "111")}
    assert code_article(coder, parse(nlp, later)) == [set()]


def test_memory_both_sides_are_never_a_go_between_nor_a_place_of_one_side(nlp, coder):
    later = "Russia/Russia/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 both/both/DET/det/3 sides/side/NOUN/dobj/1/NNS ././PUNCT/punct/1"
    # The U.N. condemning Iraq is no pair of sides; Iraqi troops attacking Iraq (a town of it) neither.
    un = "UN/UN/PROPN/nsubj/1 condemned/condemn/VERB/ROOT/1 Iraq/Iraq/PROPN/dobj/1 ././PUNCT/punct/1"
    town = "Iraqi/Iraqi/ADJ/amod/1 troops/troop/NOUN/nsubj/2 attacked/attack/VERB/ROOT/2 Iraq/Iraq/PROPN/dobj/2 ././PUNCT/punct/2"
    for lead in (un, town):
        assert code_article(coder, parse(nlp, _then(lead, later)))[1] == set()


def test_assemble_last_month_of_a_later_name_and_a_pluperfect_relative_clause_are_background(nlp, coder):
    report = dt.date(2015, 2, 10)
    # "Last September, Iraq attacked Syria" in a February story: the September before.
    september = parse(
        nlp,
        "Last/last/ADJ/amod/1 September/September/PROPN/npadvmod/4 ,/,/PUNCT/punct/4 Iraq/Iraq/PROPN/nsubj/4 "
        "attacked/attack/VERB/ROOT/4 Syria/Syria/PROPN/dobj/4",
    )
    assert code(coder, september, report) == set()
    # "Iran, which had attacked Syria, condemned Iraq": only the condemnation is news.
    spec = (
        "Iran/Iran/PROPN/nsubj/6 ,/,/PUNCT/punct/0 which/which/PRON/nsubj/4 had/have/AUX/aux/4 attacked/attack/VERB/relcl/0/VBN "
        "Syria/Syria/PROPN/dobj/4 condemned/condemn/VERB/ROOT/6 Iraq/Iraq/PROPN/dobj/6"
    )
    assert code(coder, parse(nlp, spec), report) == {("IRN", "IRQ", "111")}
    # ... unless the clause says when: "which had attacked Syria on Monday".
    dated = (
        "Iran/Iran/PROPN/nsubj/8 ,/,/PUNCT/punct/0 which/which/PRON/nsubj/4 had/have/AUX/aux/4 attacked/attack/VERB/relcl/0/VBN "
        "Syria/Syria/PROPN/dobj/4 on/on/ADP/prep/4 Monday/Monday/PROPN/pobj/6 condemned/condemn/VERB/ROOT/8 Iraq/Iraq/PROPN/dobj/8"
    )
    assert code(coder, parse(nlp, dated), report) == {("IRN", "IRQ", "111"), ("IRN", "SYR", "190")}
    # "Iraq had attacked Syria last month": the story's background ("Iraq attacked Syria last month" is news).
    had = "Iraq/Iraq/PROPN/nsubj/2 had/have/AUX/aux/2 attacked/attack/VERB/ROOT/2 Syria/Syria/PROPN/dobj/2 last/last/ADJ/amod/5 month/month/NOUN/npadvmod/2"
    assert code(coder, parse(nlp, had), report) == set()
    # "The war began in 2003, when Iraq attacked Syria".
    when = (
        "The/the/DET/det/1 war/war/NOUN/nsubj/2 began/begin/VERB/ROOT/2 in/in/ADP/prep/2 2003/2003/NUM/pobj/3 ,/,/PUNCT/punct/4 "
        "when/when/SCONJ/advmod/8 Iraq/Iraq/PROPN/nsubj/8 attacked/attack/VERB/relcl/4 Syria/Syria/PROPN/dobj/8"
    )
    assert code(coder, parse(nlp, when), report) == set()


def test_assemble_an_attack_nouns_participle_names_its_target(nlp, coder):
    # "Iraq launched air strikes targeting Iran".
    doc = parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 launched/launch/VERB/ROOT/1 strikes/strike/NOUN/dobj/1 targeting/target/VERB/acl/2/VBG Iran/Iran/PROPN/dobj/3")
    assert code(coder, doc) == {("IRQ", "IRN", "195")}


def test_assemble_an_expulsion_named_ethnic_cleansing_is_203(nlp, coder):
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 expelled/expel/VERB/ROOT/1 Iranians/Iranians/PROPN/dobj/1 in/in/ADP/prep/1 a/a/DET/det/5 "
        "campaign/campaign/NOUN/pobj/3 of/of/ADP/prep/5 ethnic/ethnic/ADJ/amod/8 cleansing/cleansing/NOUN/pobj/6",
    )
    assert code(coder, doc) == {("IRQ", "IRNCVL", "203")}
    assert code(coder, parse(nlp, "Iraq/Iraq/PROPN/nsubj/1 expelled/expel/VERB/ROOT/1 Iranians/Iranians/PROPN/dobj/1")) == {("IRQ", "IRNCVL", "201")}


def test_assemble_north_and_south_korean_names_both(nlp, coder):
    doc = parse(
        nlp,
        "North/North/PROPN/compound/4 and/and/CCONJ/cc/0 South/South/PROPN/conj/0 Korean/Korean/PROPN/compound/4 troops/troop/NOUN/nsubj/5 "
        "attacked/attack/VERB/ROOT/5 Iraq/Iraq/PROPN/dobj/5",
    )
    assert code(coder, doc) == {("KORMIL", "IRQ", "190"), ("PRKMIL", "IRQ", "190")}


def test_assemble_government_troops_rebels_fight_are_their_countrys(nlp, coder):
    doc = parse(
        nlp,
        "Iraqi/Iraqi/ADJ/amod/1 rebels/rebel/NOUN/nsubj/2 attacked/attack/VERB/ROOT/2 government/government/NOUN/compound/4 troops/troop/NOUN/dobj/2",
    )
    assert code(coder, doc) == {("IRQREB", "IRQMIL", "190")}


def test_memory_a_sides_act_that_names_no_one_is_at_the_other_side(nlp, coder):
    # "The rebels withdrew" after a lead about them and the army: withdrew from the army.
    lead = "Iraq/Iraq/PROPN/nsubj/1 attacked/attack/VERB/ROOT/1 Syria/Syria/PROPN/dobj/1 ././PUNCT/punct/1"
    later = "Syria/Syria/PROPN/nsubj/1 retreated/retreat/VERB/ROOT/1 ././PUNCT/punct/1"
    assert code_article(coder, parse(nlp, _then(lead, later)))[1] == {("SYR", "IRQ", "0874")}
    # A third party is no side: "Iran retreated" names no one.
    third = "Iran/Iran/PROPN/nsubj/1 retreated/retreat/VERB/ROOT/1 ././PUNCT/punct/1"
    assert code_article(coder, parse(nlp, _then(lead, third)))[1] == set()


def test_assemble_a_retribution_reported_is_the_speakers_threat(nlp, coder):
    # "Iraq said Syria will pay a heavy price": Iraq threatens Syria; nothing is paid.
    doc = parse(
        nlp,
        "Iraq/Iraq/PROPN/nsubj/1 said/say/VERB/ROOT/1 Syria/Syria/PROPN/nsubj/4 will/will/AUX/aux/4 pay/pay/VERB/ccomp/1 "
        "a/a/DET/det/7 heavy/heavy/ADJ/amod/7 price/price/NOUN/dobj/4",
    )
    assert code(coder, doc) == {("IRQ", "SYR", "130")}


def test_assemble_i_in_a_quote_is_the_speaker(nlp, coder):
    # '"I condemn Syria," Obama said.'
    doc = parse(
        nlp,
        "I/I/PRON/nsubj/1 condemn/condemn/VERB/ccomp/5 Syria/Syria/PROPN/dobj/1 ,/,/PUNCT/punct/5 Obama/Obama/PROPN/nsubj/5 said/say/VERB/ROOT/5",
    )
    assert code(coder, doc, IN_OFFICE) == {("USAGOV", "SYR", "111")}


def test_memory_the_militants_are_the_armed_group_named_before(nlp, coder):
    lead = "Islamic/Islamic/PROPN/compound/1 State/State/PROPN/nsubj/2 attacked/attack/VERB/ROOT/2 Syria/Syria/PROPN/dobj/2 ././PUNCT/punct/2"
    later = "The/the/DET/det/1 militants/militant/NOUN/nsubj/2/NNS condemned/condemn/VERB/ROOT/2 Iraq/Iraq/PROPN/dobj/2 ././PUNCT/punct/2"
    assert code_article(coder, parse(nlp, _then(lead, later)))[1] == {("IMGMOSISI", "IRQ", "111")}


def test_assemble_a_named_groups_own_people_take_no_sector_of_its_code(nlp, coder):
    # "Islamic State attacked its rebels": not IMGMOSISIREB.
    doc = parse(
        nlp,
        "Islamic/Islamic/PROPN/compound/1 State/State/PROPN/nsubj/2 attacked/attack/VERB/ROOT/2 its/its/PRON/poss/4 rebels/rebel/NOUN/dobj/2/NNS",
    )
    assert code(coder, doc) == {("IMGMOSISI", "---REB", "190")}


@pytest.mark.parametrize("noun", ["arrest", "capture", "extradition"])
def test_assemble_a_protest_against_a_harm_done_to_someone_is_not_against_them(nlp, coder, noun):
    # "Iranians demonstrated against the capture of Iraqi civilians": not against the civilians
    doc = parse(nlp, f"Iranians/Iranians/PROPN/nsubj/1/NNPS demonstrated/demonstrate/VERB/ROOT/1/VBD against/against/ADP/prep/1/IN "
                     f"the/the/DET/det/4/DT {noun}/{noun}/NOUN/pobj/2/NN of/of/ADP/prep/4/IN Iraqi/iraqi/ADJ/amod/7/JJ "
                     "civilians/civilian/NOUN/pobj/5/NNS ././PUNCT/punct/1/.")
    assert not any(t is not None and t.startswith("IRQ") for _, t, _ in code(coder, doc))


def test_assemble_what_was_done_under_someones_rule_was_done_by_them(nlp, coder):
    # "Iran condemned abuses committed under Syria's regime"
    doc = parse(nlp, "Iran/Iran/PROPN/nsubj/1/NNP condemned/condemn/VERB/ROOT/1/VBD abuses/abuse/NOUN/dobj/1/NNS "
                     "committed/commit/VERB/acl/2/VBN under/under/ADP/prep/3/IN Syria/Syria/PROPN/poss/7/NNP 's/'s/PART/case/5/POS "
                     "regime/regime/NOUN/pobj/4/NN ././PUNCT/punct/1/.")
    assert code(coder, doc) == {("IRN", "SYR", "111")}
