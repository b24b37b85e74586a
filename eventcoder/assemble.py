"""Events from a parsed sentence: who (subject) did what (verb pattern) to whom (object)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .actors import ACTOR, AGENT, BORDERS, ActorMatcher, Mention
from .cameo import FRAME_ROOTS, INTENT, framed_code
from .dictionaries.model import VerbPattern
from .memory import PEOPLE_SECTOR, PLURAL_NAME, PLURAL_TAGS, ArticleMemory, has_definite_determiner, is_definite, is_dictionary_person
from .tense import (
    FUTURE_AUXILIARIES, INTENT_NOUNS, LINKED_EVENTS, announced_intent, asks_whether, counterfactual, hypothetical, dated_before, first_conjunct, is_announced, result_sought,
    is_foreseen, is_hoped_for, is_purpose_of, is_scheduled, is_stopped, not_done, speculated, standing_force, under_denied_noun, willed, aimed_goal, lapsed_schedule, sought_purpose,
    rehearsed,
)
from .verbs import AFFILIATIONS, of_chain, origins, participles_of, AUTHORIZING_VERBS, TALKS_NAMED, CARRIER_NOUNS, FINITE_CLAUSE, GO_BETWEEN_VERBS, LOADED_PARTICIPLES, MEANS_NOUNS, NOMINAL, PERMITTING_VERBS, REPORTING_VERBS, SUBJECT_DEPS, SUBJECTS, TRANSPARENT_NOUNS, VEHICLES, VERB_TAGS, Clause, VerbIndex, VerbMatch, bridged_act, carried, in_phrase_of, is_in, names_action, names_what, is_infinitive, is_time, names_prep_object, phrase_head, phrase_subtree, prep_object, shared_object, through_quantities

# Dependents that stay inside a noun phrase when looking for the actor it names.
NOUN_PHRASE_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod", "nummod", "case", "flat", "appos", "npadvmod", "nn"})
# Words for armed people the parser may tag as adjectives before a noun ("rebel demands").
ARMED_PEOPLE_WORDS = frozenset({"rebel", "guerrilla", "insurgent", "militant", "separatist"})
# Modifiers saying a noun is tied to an actor, or measured by one, that it is not.
NOT_THE_ACTOR = AFFILIATIONS | GO_BETWEEN_VERBS | {"sized", "size", "make", "build", "manufacture", "design", "produce"}
# "AU-led talks": who leads talks mediates them, unlike "a US-led coalition", which is the US's.
LEAD = "lead"
# Prepositions whose object is a target when the pattern names none ("protested against Russia").
TARGET_PREPS = ("with", "against", "on", "onto", "to", "toward", "towards", "at", "into", "over", "from", "out", "upon", "between")
# Verbs whose missing subject is taken from the verb they hang off ("agreed to cooperate", "attacked and killed").
INHERITS_SUBJECT = frozenset({"xcomp", "conj", "advcl", "acomp", "pcomp", "prep"})
# Joint activities: "A and B met" with no other target means A met B and B met A.
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06"})
# "would cooperate with the troops": one side's announced material cooperation is its intent alone; talks and
# agreements announced ("would meet", "will sign") stay mutual.
MATERIAL_COOPERATION_ROOT = "06"
# Occupation of territory: never of a state's own by its own forces ("government troops rolled into Mogadishu").
OCCUPATION = "192"
# fighting with no one else named, by one noun's conjoined nationality adjectives, is between them:
# "Ecuadorean and Peruvian troops fought along their border" (ECUMIL<->PERMIL 190).
MUTUAL_FIGHTS = frozenset({"190", "193", "194"})  # also with small arms or heavy weapons
# halting fighting and ceasefires by them are between them too
MUTUAL_DEESCALATIONS = frozenset({"087", "0871"})
# a casualty participle of a repression act ("opened fire on protesters, killing dozens") is part of it.
CASUALTY_VERBS = frozenset({"kill", "wound", "injure"})
# the repression acts (violent repression, 175) whose casualty participle adds no event.
REPRESSION_CODES = frozenset({"175"})
# the bombings (183x) whose casualty participle is part of them: "a car bomb tore through Omagh, killing 28".
BOMBING_CODES = frozenset({"183"})
CASUALTY_HOSTS = REPRESSION_CODES | BOMBING_CODES
# A charge or a denial is said, it kills no one: a casualty participle the parser hung on it ("accused Iran of
# firing missiles at Baghdad, killing dozens") tells what the charged or denied act did (roots, codes).
CHARGE_ROOTS, CHARGE_CODES = frozenset({"11"}), frozenset({"016"})
# Participles of damage done by an attack ("struck Gaza, destroying several homes"): what the attack did, not a
# destruction of property (1712) of its own.
DAMAGE_VERBS = frozenset({"destroy", "damage", "flatten", "level", "raze", "wreck", "demolish"})
# Participles of yielding that say to whom a concession or promise gave way ("lifted the curfew, bowing to
# opposition demands", "agreed to new elections, giving in to pressure"): the concession is the yield, not a
# second, vaguer one (080). "give" and "cave" only with "in".
YIELDING_PARTICIPLES = frozenset({"bow", "yield", "succumb", "relent", "accede", "submit", "bend"})
YIELDING_WITH_IN = frozenset({"give", "cave"})
YIELD_HOSTS = frozenset({"03", "08"})
# an unnamed military coercing a named state's leaders is that state's (a coup: "Soldiers arrested
# Honduran President Manuel Zelaya" is HNDMIL).
COUP_TARGETS = frozenset({"GOV"})
# the assaults on a leader that an unnamed army commits in a coup (abduct, attempt to kill, assassinate).
COUP_ASSAULTS = frozenset({"181", "185", "186"})
# the titles that make a government target its leader (not an ambassador or aide): "Soldiers detained the
# Cuban ambassador" stays ---MIL.
LEADER_TITLES = frozenset({"president", "premier", "prime", "king", "emir", "sultan", "leader"})
# envoys of a leader are not the leader ("the president's envoy").
ENVOY_WORDS = frozenset({"ambassador", "envoy", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "emissary"})
# a state's envoys to an organisation ("Russia's U.N. envoy", "the French U.N. ambassador") are the state's;
# by an adjective only as ambassadors, which organisations do not send ("Norwegian U.N. envoy Terje Roed-Larsen"
# is the U.N.'s envoy of Norwegian birth).
MISSION_ENVOYS = frozenset({"ambassador", "envoy", "representative", "delegate", "delegation", "mission"})
STATE_ONLY_ENVOYS = frozenset({"ambassador"})
# the preposition of an affiliation participle naming whom a group is tied to ("companies linked to Iran's ...").
TIE_PREPS = frozenset({"to", "with"})
# speakers whose "the government" in what they report is their own: "Indonesian Vice President Jusuf
# Kalla said the government would grant an amnesty" (IDNGOV).
SPEAKING_OFFICIALS = frozenset({"GOV"})
# So are the police, armed forces and courts of no named country in what they report.
SPEAKERS_FORCES = frozenset({"COP", "MIL", "JUD"})
UNSPECIFIED_MEETING = "040"
THIRD_LOCATION = "044"
# Cities left out of cities.actors because they stand for international bodies, with their country:
# a meeting there of two other states is at a third location.
NEUTRAL_VENUES = {"geneva": "CHE", "davos": "CHE", "strasbourg": "FRA"}
UNKNOWN_ACTOR = "---"
# Sectors CAMEO writes in the country's place for a body of no country ("NGO", not "---NGO").
TRANSNATIONAL = frozenset({"NGO"})
SETTING_NOUNS = frozenset({"sideline", "sidelines", "margin", "margins", "eve", "ahead", "run-up"})
# Who stands between the parties of an act without being one: "under the auspices of the AU",
# "with the mediation of Norway", "talks brokered by Qatar", "an exchange supervised by the Red Cross".
GO_BETWEEN_NOUNS = frozenset({"auspices", "aegis", "mediation", "sponsorship", "patronage", "chairmanship", "facilitation", "supervision", "offices"})
# "offices" is a go-between only as "good offices"; "the offices of the Palestinian Authority" are its buildings.
OFFICES_NOUN, GOOD_WORD = "offices", "good"
ACCORD = "019"  # a view one shares with another's ("shared Russia's view") is one side's
# Consultations (talks, phone calls, negotiations): when the pattern names how they were held ("by
# telephone", "in a call"), the partner is in the "with" phrase, not in the topic discussed.
CONSULTATIONS = frozenset({"040", "041", "046"})
# Nouns of dealings between two sides, whose "with" phrase names the other side: "U.S. trade with Nicaragua".
DEALINGS_NOUNS = frozenset({"trade", "commerce", "relation", "relations", "tie", "ties", "dealing", "dealings", "contact", "contacts", "link", "links"})
OUTLOOKS = frozenset({"012", "013"})  # pessimism and optimism: about talks or ties with whom
ADMISSION = "015"
APOLOGY = "055"
MEDIATION = "045"
# The root of consultations a named mediator holds with two parties: "Egyptian mediators held talks with
# Hamas and Israeli officials" is mediation (045).
CONSULTATION_ROOT = "04"
MEETING_INTENT = "036"
MEETING_REFUSED = "125"
# Meetings asked for, promised or refused: whom the meeting verb's object names is the other party, not
# something the speaker would move ("agreed to meet opposition leaders").
MEETING_FRAMES = frozenset({"026", MEETING_INTENT, MEETING_REFUSED})
SIGNED_AGREEMENT = "057"
MEDIATION_ACCEPTED = "038"
# A dispute taken to a court is settled between its parties, not with the court; so is an agreement
# signed to refer it there ("Gabon and Equatorial Guinea signed an accord to take their dispute to the ICJ").
SETTLEMENT = "037"
COURTS = frozenset({"IGOICJ", "IGOPCA", "IGOICC"})
JUDICIARY = "JUD"
# "agreed to resume oil exports": what is resumed says the act.
RESUMING = frozenset({"resume", "restart"})
# Nouns of talks whose "between" phrase names their parties, as subject of the verb that says they happen.
MEDIATION_ACTS = ("028", "038", "039", "045", "108", "126")
# Prepositions of what a thing is about: "an agreement on self-rule", "talks over Kashmir".
TOPIC_PREPS = frozenset({"on", "about", "over", "concerning", "regarding"})
# A role noun takes its country from these too: "lawmakers in Fornost", "soldiers from Gondor".
AGENT_PREPS = frozenset({"in", "from", "throughout", "across"})
# "foreign troops in Afghanistan", "international aid workers in Darfur": people said to be foreign are not
# of the place their "in"/"from" phrase names.
FOREIGN_MODIFIERS = frozenset({"foreign", "international", "expatriate"})
# Nouns (lemmas) of people who follow someone they are not: "supporters of President Gbagbo" are Ivorians (CIVCVL).
FOLLOWER_NOUNS = frozenset({"supporter", "follower", "loyalist", "partisan", "sympathizer", "sympathiser"})
# Sectors that followers share with whom they follow: "supporters of the Iraqi Islamic Party" are the party's.
FOLLOWED_SECTORS = ("PTY", "OPP")
# Places (lemmas) that an international organisation modifying them only guards: "the U.N. safe area of Srebrenica".
GUARDED_PLACES = frozenset({"area", "haven", "enclave", "zone", "corridor", "pocket"})
# Verbs of stopping another's act: "to stop Iran from acquiring nuclear weapons", "to prevent Cyprus deploying".
STOPPING_VERBS = frozenset({"stop", "prevent", "block", "deter", "thwart", "keep"})
# What a state had as members or possessions: "the former Soviet republic of Georgia" is no longer the USSR's.
FORMER_MEMBERS = frozenset({"republic", "state", "colony", "territory", "protectorate", "satellite", "member", "country", "nation", "bloc"})
# Role nouns (lemmas) that speak for whom their "for" phrase names: "a spokesman for Central Command".
SPEAKERS = frozenset({"spokesman", "spokeswoman", "spokesperson", "envoy", "negotiator", "representative", "adviser", "advisor"})
# Prepositions that put an act at a place ("on a crowded bus in Jerusalem").
AT_PLACE = frozenset({"at", "on", "onto", "outside", "near", "inside", "in", "into", "through", "under"})
COPULAS = frozenset({"be", "become", "remain"})
LINKING_VERBS = COPULAS | {"seem", "appear", "sound", "feel"}
HUMAN_SHIELDS = "184"
ASSASSINATION_ATTEMPT = "185"
# A vehicle that hit a roadside bomb: its people are the victims, the place the source with no one named.
ROADSIDE_BOMBING = "1833"
POSTURE_ROOT = "15"
# Threats of force that, made by a state against its own people, are threats of repression (137).
THREATENED_FORCE = frozenset({"138", "1384"})
REPRESSION_THREAT = "137"
REPRESSORS = frozenset({"", "GOV", "COP", "MIL", "JUD"})
DISSENTERS = frozenset({"OPP", "CVL", "LAB", "EDU", "MED", "PTY", "REL"})
POLICE_POSTURE = frozenset({"151", "153"})
POSTED_PREPS = ("in", "across", "throughout", "around")  # where forces put on alert or deployed are
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
# Prepositions of place, time and purpose: their objects say where, when or why, not to whom.
PLACE_TIME_PREPS = frozenset({"in", "at", "during", "for", "since", "after", "before", "until", "inside", "within", "throughout"})
FALLBACK_PREPS = frozenset({"near", "around", "outside", "beside", "behind", "across", "along", "beyond", "among", "between", "about", "of"})
# Heads of names such as "Kyoto Protocol", "Oslo Accords", "Beijing Olympics", "Normandy Format".
NAMED_DOCUMENTS = frozenset(
    {"convention", "protocol", "accord", "accords", "agreement", "agreements", "treaty", "declaration", "charter", "pact", "act",
     "format", "process", "consensus", "olympics", "olympic", "games", "conference", "communique", "memorandum", "statute", "principles"}
)
# Heads of names of waters: "the South China Sea", "the Sea of Japan", "the Indian Ocean", "the Taiwan Strait",
# "the Jordan River", "the San Juan River" (a river named for a country or a city runs past more than it).
NAMED_WATERS = frozenset({"sea", "ocean", "gulf", "strait", "straits", "bay", "river"})
# Decisions that do what their makers do: "a resolution imposing an arms embargo on Libya".
DECISIONS = frozenset({"resolution", "decision", "decree", "law", "bill", "order", "ruling", "measure", "directive", "regulation", "package"})
# Verbs by which a decision becomes its maker's act (not "vetoed", "rejected", "debated").
ADOPTING = frozenset({"adopt", "pass", "approve", "issue", "sign", "enact", "unveil", "announce", "endorse", "agree"})
MANDATIVE_AUXILIARIES = frozenset({"should", "must", "ought"})
# The verb whose patterns code a demand reported as speech ("said Libya must hand over").
DEMAND_VERB = "demand"
DEMAND_ROOT = "10"
# Nouns whose "that" clause says what is demanded ("its demand that Israel ease ...").
DEMAND_NOUNS = frozenset({"demand", "call", "request", "appeal", "insistence", "ultimatum"})
# Formal requests lodged with someone: "filed a request with Belgium for the extradition of ...".
REQUEST_NOUNS = DEMAND_NOUNS | {"plea", "petition", "application"}
# Verbs whose "that" clause is asked for, not done, also when protesters say them.
DEMANDING_VERBS = frozenset({DEMAND_VERB, "insist"})
# Auxiliaries of a clause reported as done or to be done, not asked for ("demands that it has met").
FACTUAL_AUXILIARIES = frozenset({"have", "be", "will"})
APPEAL_NOUNS = frozenset({"call", "request", "appeal"})
APPEAL_VERB = "urge"
APPEAL_ROOT = "02"
# Verbs that voice such a demand (not "called the demand unrealistic").
VOICING_VERBS = frozenset({"reiterate", "renew", "repeat", "restate", "issue", "make", "voice", "press", "stress", "deliver", "send", "submit", "present", "underline", "underscore", "put"})
# Acts announced for the future are intents (cooperative roots, coded as "pledge" would be) or
# threats (conflictual roots, coded as "threaten" would be).
COOPERATIVE_ACTS = frozenset({"04", "05", "06", "07", "08", "09"})
CONFLICTUAL_ACTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
HALT_MEDIATION = "165"
DENIAL = "016"
# Verbs whose "that" clause is denied, so not known to be done: "denied that it had supplied weapons".
DENYING_VERBS = frozenset({"deny", "dismiss"})
# Acts an appeal or promise may name by a light verb whose object says more: "urged the US to end its
# trade embargo" is the embargo's 0254, not "end"'s 0256; "agreed to reopen their embassies" is ties
# restored (032), not the eased restriction (0351) that "reopen" gives a border.
LIGHT_ACT_VERBS = frozenset({"end", "stop", "halt", "lift", "ease", "resume", "suspend", "relax", "loosen", "cease", "scrap", "abandon", "accept", "exchange", "swap", "withdraw", "reopen"})
# So does a permission asked or demanded, told by whom it lets do what: "urged Saddam to let the hostages go" (0253).
ASKED_PERMISSIONS = frozenset({"allow", "let", "permit"})
# "the two sides agreed", "Putin and Hu said their countries held identical positions": the parties
# the clause before named.
BOTH_SIDES_NOUNS = frozenset({"side", "party", "country", "nation", "government", "leader", "man", "delegation", "neighbour", "neighbor", "state", "foe", "rival", "camp"})
PAIRING_WORDS = frozenset({"both", "two"})
# Forces sent under a cooperative intent: "agreed to send 1,000 troops to Ituri" is 0334, not 033.
DEPLOYMENT, INTENT_TO_DEPLOY = "154", "0334"
# Drills held "joint" with a partner are military cooperation (062).
MILITARY_COOPERATION, JOINT = "062", "joint"
REFUSED_DEPLOYMENT = "1224"
SENDING_FORCES = frozenset({"send", "deploy", "dispatch", "rush"})
# Forces "ordered to" a place are sent there too, for what they are sent to do: "ordered warplanes to Saudi
# Arabia to help defend the kingdom" is protection (074).
DEPLOYING_ORDERS = SENDING_FORCES | {"order"}
FOUGHT_WITH = frozenset({"with", "between"})
# Verbs whose "with" phrase is the other side, not what was used: "clashed with demonstrators".
CONFRONTATION_VERBS = frozenset({"clash", "fight", "battle", "skirmish", "scuffle", "brawl", "tussle", "grapple", "spar"})
# ... except when the pattern asks the "with" phrase for heavy weapons: "fought with tanks and mortars".
HEAVY_WEAPONS_FIGHT = "194"
# Where the parties of a mediation are named: "between Eritrea and Ethiopia", "in Sudan's conflict".
MEDIATED_PREPS = frozenset({"between", "among", "in"})
# Prepositions naming whom something was said to or against ("lodged a protest with China").
ADDRESSEE_PREPS = frozenset({"with", "against", "to"})
# Demands, disapproval, rejection and threats: said of someone.
VERBAL_CONFLICT = frozenset({DEMAND_ROOT, "11", "12", "13"})
# Force posture (15) is aimed at whom a show of force is meant for; a verb conjoined to a cut in
# ties (16) shares its target ("downgraded ties with Israel and suspended military agreements").
REDUCED_RELATIONS = "16"
# Nouns that say a show of force is meant for someone ("in a warning to", "in response to", "a message to").
AIM_NOUNS = frozenset({"warning", "message", "signal", "show", "display", "demonstration", "response", "retaliation",
                       "reply", "riposte", "rebuke", "answer", "reaction"})
AIM_PREPS = frozenset({"to", "at", "against", "toward", "towards", "for"})
SHOWN_AIM_PREPS = frozenset({"at", "against", "toward", "towards"})
AIMING_VERBS = frozenset({"aim", "direct", "target"})
# A standoff a show of force is made amid names whom it is meant for: "amid rising tension with Russia".
STANDOFF_NOUNS = frozenset({"tension", "tensions", "standoff", "stand-off", "confrontation", "row", "dispute"})
STANDOFF_PREPS = frozenset({"amid", "amidst"})
# A participle that names what a show of force answers ("put its forces on alert, citing threats by India").
CITING_VERBS = frozenset({"cite"})
# Participles of an attack noun that name its target: "air strikes targeting", "shells hitting".
TARGETING_VERBS = AIMING_VERBS | {"hit", "strike", "pound", "bomb", "shell"}
# Mass expulsion (201) and mass killing (202) named as ethnic cleansing are 203.
CLEANSING_ACTS = frozenset({"201", "202"})
MASS_EXPULSION = "201"
# Where a people is driven to or from: "drove 370,000 Rohingya into Bangladesh" is done to the Rohingya.
DRIVEN_PREPS = ("into", "across", "to", "from", "out")
ETHNIC_CLEANSING = "203"
HOSTILE_ROOTS = frozenset({"11", "12", "13"}) | CONFLICTUAL_ACTS
THREATS_OF_FORCE = ("132", "137", "138")  # threats of administrative sanctions, repression and military force: done to their object
PLEDGE_VERB = "pledge"
# Prepositions by which a repression act names the rally it hit ("fired on a rally", "shot at a march"),
# and those naming who held the rally ("a rally of students") or where ("a rally in Belgrade").
STRUCK_RALLY_PREPS = frozenset({"on", "at", "into"})
RALLY_HOLDER_PREPS = ("of", "by")
RALLY_PLACE_PREP = "in"
# Words that say a deployment's purpose is peacekeeping: "to join a peacekeeping force", "for peacekeeping duties".
PEACEKEEPING_WORDS = frozenset({"peacekeeping", "peacekeeper", "peace-keeping", "peace-keeper"})
PURPOSE_PREP = "for"
GUARDING_VERBS = frozenset({"protect", "defend", "guard", "shield"})
# What forces sent to keep an accord do to it: "to enforce the peace accord", "to monitor the ceasefire".
KEEPING_VERBS = frozenset({"enforce", "monitor", "police", "oversee", "supervise", "uphold"})
# What forces sent to help a state do to keep the peace there ("to help restore order", "to help quell the fighting").
PACIFYING_VERBS = frozenset({"restore", "quell", "stabilize", "stabilise", "secure", "calm", "pacify", "keep", "maintain"})
# What forces sent to help a state hold off its attackers do: "to help Kabila repel the rebels" defends him.
REPELLING_VERBS = frozenset({"repel", "repulse"})
# All that forces sent "to help" a state may do and give protection by (074).
PROTECTING_HELP = GUARDING_VERBS | PACIFYING_VERBS | REPELLING_VERBS
# Nouns of a time of rule whose rulers did what was done under it (see _doers).
RULE_NOUNS = frozenset({"rule", "regime", "dictatorship", "government", "administration", "reign", "presidency", "junta"})
# A vehicle packed with explosives is a car bomb: "a truck packed with explosives blew up" (1832).
CAR_BOMBING = "1832"
# "prisoners held in Israeli jails": a captivity described by a participle of holding is no arrest; nor
# are "women and children held hostage in Gaza" a hostage-taking when no one is said to hold them.
ARREST, HOLDING_VERBS = "173", frozenset({"hold", "keep"})
# Verbs whose plain use takes a place (192) but, of a named person, an arrest: "U.S. troops captured Saddam Hussein".
CAPTURING_VERBS = frozenset({"capture", "recapture"})
HOSTAGE_TAKING = "181"
PACKING_VERBS = LOADED_PARTICIPLES | {"rig"}
EXPLOSIVES = frozenset({"explosive", "explosives", "dynamite", "tnt", "bomb", "bombs", "semtex"})
# Vehicles named with whom they carried: "a bus carrying Civil Guards" (see _target_candidates).
CARRYING_VERBS = frozenset({"carry", "transport", "ferry", "take"})
# Verbs of agreeing, and the act (sanctions, 163) that an agreement to do is that act: "agreed to ban
# imports from Burma" is a decision to impose sanctions, not an intent to cooperate.
AGREEING_VERB = "agree"
SANCTIONS = "163"
# Prepositions of where forces are sent: "sent troops to East Timor as peacekeepers".
DESTINATION_PREPS = ("to", "into", "in")
# An absolute "with" phrase naming a mediator: "with Clinton mediating", "with Egypt acting as
# mediator", "with Chad as mediator" (the words, the verbs of acting as, the nouns of the role).
MEDIATOR_PREP = "with"
MEDIATING_WORDS = frozenset({"mediating", "brokering", "arbitrating"})
ACTING_AS_VERBS = frozenset({"act", "serve"})
ROLE_PREP = "as"
MEDIATOR_NOUNS = frozenset({"mediator", "intermediary", "arbiter", "arbitrator", "facilitator", "broker", "peacemaker"})
MEDIATE_VERB = "mediate"
# Where the parties of a mediated act are named besides its subject: "held talks with Ethiopia", "between".
PARTY_PREPS = frozenset({"with", "between"})
# Tags of a past participle the parser may hang off the main verb, or tag as a past tense ("pledged
# aid for nations hit by the tsunami").
STRAY_PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})
# Phrases of a charge or an inquiry that say what it is about, not against whom: "charged X with", "questioned X in",
# "questioned X over (or about) the murder of Y",
# "placed X under investigation over ...".
CONTENT_PREPS = frozenset({"with", "in", "under", "over", "about"})
# "withdraw or face air strikes": an ultimatum (139), given by demanding or by these verbs; its
# pattern is taken from "give" ("gave Iraq 48 hours ..."), and "face" names the penalty.
ULTIMATUM = "139"
ULTIMATUM_GIVER = "give"
PENALTY_VERB = "face"
ULTIMATUM_GIVERS = frozenset({"give", "set", "tell", "order", "warn", "instruct"})
ULTIMATUM_NOUN = "ultimatum"
ORDER_VERB = "order"  # a time given to leave is read as an order to leave
# "gave Iraq 48 hours to withdraw": the time given is not who must act.
DURATION_NOUNS = frozenset({"day", "hour", "week", "month", "minute", "deadline", "time", "until"})
# "unless it withdrew within seven days", "gave Iraq 48 hours to withdraw": the time limit that makes
# a threat or an order an ultimatum (139); "time" alone ("gave them more time to") is not one.
DEADLINE_NOUNS = DURATION_NOUNS - {"time", "until"}
# The words that set a time limit: "within seven days", "until Friday", "by Friday".
DEADLINE_PREPS = frozenset({"within", "until", "by", "before"})
# The word of a threat's condition: "wage holy war against Ethiopia unless it withdrew".
UNLESS = "unless"
# "had no intention of holding talks": an intent disowned with "have no".
HAVE_VERB = "have"
# Words that announce one's own act: with a coercive act they are threats ("pledged to expel the
# diplomats" is 137), where CAMEO has no intent to coerce.
VOWING_VERBS = frozenset({"vow", "pledge", "promise", "swear"})
COERCIVE_ROOTS = frozenset({"16", "17"})
THREATEN_VERB = "threaten"
# Reported blame: "said Iran was behind the attack", "... was responsible for", "... was to blame for".
BLAME_VERB = "blame"
BLAMED_PREP = "for"
BEHIND = "behind"
COPULA = "be"
BLAME_ADJECTIVES = frozenset({"responsible", "accountable", "culpable"})
# "said Russia had committed war crimes": what the reported side committed is what it is blamed for.
COMMIT_VERB = "commit"
# Force used or taken as such (190 by "use force", "take military action"): threatened, it is 138.
FORCE_UNSPECIFIED, FORCE_THREATENED = "190", "138"
# A threat whose content names war or force as the warner's answer is a threat of force (138): "warned
# Greece that any extension of its waters would be a cause for war", "would be treated as a declaration of
# war", "threatened to topple the government by force". Nouns of war under these heads; force under "by".
WAR_ANSWER_HEADS = frozenset({"cause", "declaration", "act", "reason", "ground", "casus"})
WAR_ANSWERS = frozenset({"war", "belli"})
MILITARY_ANSWERS = frozenset({"means", "step", "measure", "response", "retaliation", "action", "option", "force"})
PLAIN_THREAT = "130"
FORCE_LIGHT_VERBS = frozenset({"use", "take", "resort"})
# "until foreign troops leave": a present "until" clause is a condition still to be met.
UNMET_TAGS = frozenset({"VBP", "VBZ", "VB"})
# The participles that lay an attack on someone, and their word: "a bomb blamed on X", "claimed by X"; and
# those that name who used its means: "rockets fired by Hamas", "drones launched by the Houthis".
BLAMING_WORDS = {"blame": "on", "attribute": "to", "claim": "by", "fire": "by", "launch": "by", "drop": "by", "plant": "by"}
# Craft a weapon is fired or launched from are its user's: "a missile fired from a CIA drone", "rockets launched
# from Israeli helicopter gunships" (a place it was fired from names no one who fired it).
LAUNCHING_CRAFT = frozenset({
    "drone", "aircraft", "plane", "warplane", "jet", "fighter", "bomber", "helicopter", "chopper", "gunship",
    "warship", "ship", "vessel", "destroyer", "frigate", "cruiser", "submarine", "boat",
})
# Means of attack a state is said to own ("Ukraine said its drones had struck ..."): the state's own.
OWNED_MEANS = LAUNCHING_CRAFT | {"missile", "rocket"}
# What no one can be asked to do: "said the EU must survive the crisis" is a view, not a demand.
STATES_OF_BEING = frozenset({"survive", "prevail", "succeed", "endure", "exist", "thrive", "flourish", "persist", "triumph"})
THREAT_ROOT = "13"
WARNED_AGAINST = "against"  # "warned X against Y": X is warned, Y is what it is warned against
# "A said B will pay a heavy price / will not go unpunished / would regret it" is A's threat (see
# SentenceCoder._mandates).
RETRIBUTION_OBJECTS = frozenset({"price", "cost"})
RETRIBUTION_STATES = frozenset({"unpunished", "unanswered", "unavenged"})
RETRIBUTION_STATE_VERBS = frozenset({"go", "remain", "be"})
RETRIBUTION_SEVERITY = frozenset({"heavy", "heavier", "terrible", "steep", "dear", "harsh", "painful", "bitter", "severe", "high"})
# Roots of acts another carries out for the speaker: threats and intents ("pledged that Britain would send troops").
CARRIED_ROOTS = (THREAT_ROOT, "03")
# Verbs of telling someone something: what the teller will do, told to someone, is aimed at them.
TOLD_VERBS = frozenset({"tell", "assure", "inform", "notify", "reassure", "warn", "promise"})
REFUSAL_ROOT = "12"
# Not accepting is rejecting (see SentenceCoder._nonacceptance).
NONACCEPTING = frozenset({"accept", "agree", "heed"})
REFUSING = frozenset({"refuse", "decline"})
# Refugees not let in are refused refuge (see _refuge_refused).
ACCESS_REFUSED, REFUGE_REFUSED = "1245", "1223"
# Force one did not rule out is threatened (138): "did not rule out military action", "the use of
# force", "a strike"; "action", "option" and the like only when military.
FORCE_THREAT = "138"
FORCE_NOUNS = frozenset({"force", "strike", "airstrike", "attack", "invasion", "war", "retaliation"})
MILITARY_OPTIONS = frozenset({"action", "option", "operation", "response", "intervention"})
# Prepositions in the phrase of force held open that say where it would be used ("military action in Syria").
FORCE_PLACE_PREPS = frozenset({"in", "against", "on"})
# People not let leave (LEAVING_VERBS) are refused release (1243), not access (see _refuge_refused).
RELEASE_REFUSED = "1243"
REFUGE_SEEKERS = frozenset({"refugee", "seeker", "migrant", "immigrant", "evacuee", "asylum-seeker"})
# Refusing to sign X is rejecting X (see SentenceCoder._nonacceptance), also under "rule out", "reject".
SIGNING = frozenset({"sign", "ratify", "join", "conclude", "endorse"})
REJECTING_ACTS = REFUSING | {"reject", "oppose"}
# Not complying is defying (see SentenceCoder._nonacceptance): "would not abide by the ruling".
NONCOMPLYING = frozenset({"comply", "abide", "obey"})
REJECT_VERB = "reject"
REFUSE_VERB = "refuse"
DECLINE_VERB = "decline"
REJECT_CODE = "120"
# What is rejected as a refusal to change a policy when no act it asks is named (1232).
POLICY_DEMANDS = frozenset({"demand", "ultimatum", "condition", "precondition"})
POLICY_CHANGE_REFUSED = "1232"
# Teams whose sending (SENDING_FORCES), asked and rejected, is access refused: "rejected a U.N. request to send monitors".
INSPECTION_TEAMS = frozenset({"inspector", "investigator", "observer", "monitor", "rapporteur", "inspection team", "fact-finding mission",
                              "fact-finding team", "observer mission", "monitoring mission", "inspection mission", "investigation team"})
STATEMENT_ROOT = "01"
# Protests (demonstrate, hunger strike, strike, obstruct, violent protest) that CAMEO divides, as it
# divides demands for change (104), by what they are for: leadership, policy, rights, regime.
PROTEST_CODES = frozenset({"141", "142", "143", "144", "145"})
# Nouns of a protest whose own phrase says what it is against: "in protest against", "a strike against".
PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "strike", "boycott", "walkout", "stoppage", "vigil", "sit-in", "blockade", "riot", "riots"})
# Prepositions of a protest noun that tells a protest act what it is against: "in protest against", "with a
# strike against", "during protests against", "amid riots over".
PROTEST_NOUN_PREPS = frozenset({"in", "with", "during", "amid", "amidst"})
PROTEST_ROOT = "14"
PROTEST_VERB = "protest"
DEMONSTRATION, STRIKE, VIOLENT_PROTEST, PROPERTY_DAMAGE = "141", "143", "145", "171"
# Who storm a building to attack it, not to riot: armed groups, armies, unidentified gunmen, militant networks,
# and criminal gangs ("drug gang members attacked police stations" is no protest).
STORMING_FORCES = frozenset({"REB", "INS", "MIL", "UAF", "CRM"})
MILITANT_GROUPS = "IMG"
CONFISCATION = "1711"  # a state's seizure of property no owner is named for: from its own people
# Phrases of the verb that say where a protest was: "rallied in Cluj", "blocked the railway at Idomeni".
PROTEST_PLACE_PREPS = frozenset({"in", "at", "outside", "near", "through", "across", "throughout", "inside", "on"})
PROTESTER_NOUNS = frozenset({"rioter", "protester", "protestor", "demonstrator", "marcher", "mob"})
PROTESTING_VERBS = frozenset({"protest", "demonstrate", "riot", "rally", "march"})
# Verbs of going in a body, which armed men do as they move, not as they demonstrate.
MARCHING_VERBS = frozenset({"march", "rally", "parade"})
# A crowd that gathers to celebrate, mourn or welcome is no protest ("poured into the streets to celebrate the
# fall of Mubarak", "marched through Paris to mourn the victims"), unless its verb says protest.
FESTIVE_PURPOSES = frozenset({"celebrate", "mourn", "welcome", "greet", "cheer", "commemorate", "honour", "honor", "pray", "worship", "watch"})
SAYS_PROTEST = frozenset({"protest", "demonstrate", "riot", "picket", "strike", "boycott"})
# Police and soldiers, who act on protesters and do not march: "police arrested 100 clergymen as they marched
# on parliament" (they are the clergymen).
REPRESSING_FORCES = frozenset({"police", "policeman", "troop", "soldier", "force", "army", "guard", "gendarme", "commando"})
DEMAND_CLAUSE_DEPS = frozenset({"advcl", "xcomp", "ccomp", "conj"})
# Where protesters are: "protested across Argentina", "rallied outside the parliament in Budapest".
PROTEST_PLACES = ("in", "across", "throughout", "outside", "through")
# Open places a crowd fills, whose names say where a protest is, not whom it is against once a demand says so.
GATHERING_PLACES = frozenset({"square", "street", "plaza", "avenue", "boulevard", "park"})
# Phrases of a protest's act that name the building it struck ("set fire to a police station in Basra").
STRUCK_PLACE_PREPS = frozenset({"to", "into"})
# Asking for change: an appeal for (024x) or a demand of (104x) leadership, policy, rights, regime.
CHANGE_ASKED = frozenset({"024", "104"})
POLICY_CHANGE = "2"
# Asking the target to yield a policy (ease curbs or sanctions, let others in, stop fighting: 0251/1051,
# 0254/1054, 0255/1055, 0256/1056) is asking it to change a policy (the codebook's 1042 note sends demands
# for withdrawal to 1056): protested for, it is 14x2. A release (0253/1053) is an act, not a policy.
YIELD_ASKED = frozenset({"0251", "0254", "0255", "0256", "1051", "1054", "1055", "1056"})
# Asking that fighting stop (0256, 1056) in a place is asking it of the sides fighting there, who are named
# by the place when the act names no one else (the codebook's 0871 note lets a truce's location be its target).
DEESCALATION_ASKED = frozenset({"0256", "1056"})
# Coercion and violence, whose victims of no known country are placed by where it happened.
VIOLENT_ROOTS = frozenset({"17", "18", "19", "20"})
# Attacks by armed men no one names, who are placed where they struck; what such an attack is done
# with, when it is the subject ("a car bomb killed ..."); and where the attack was.
ATTACK_ROOTS = frozenset({"18", "19", "20"})
CEASEFIRE_VIOLATION = "196"
# A truce declared by conjoined parties is between them (the codebook's 0871 target can be "the opponent").
CEASEFIRE = "0871"
# Truce nouns whose "between" phrase names their sides, as subject of the verb that says the truce holds:
# "a ceasefire between Israel and Hamas took effect" is each side's truce with the other.
TRUCES_NAMED = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
# An attack done "in violation of the ceasefire" or "in breach of a truce" is its violation (see _in_breach_of_truce).
BREACH_NOUNS = frozenset({"violation", "breach", "contravention", "defiance"})
# Nouns whose "between" phrase names the parties, as subject of the verb that says they happen or hold.
BETWEEN_PARTIES = TALKS_NAMED | TRUCES_NAMED
# Fighting named by a noun with its two sides: "clashes between A and B killed ...".
FIGHTING_SECTORS = frozenset({"MIL", "REB", "INS", "COP", "GOV", "UAF", "SPY"})
# A clash over an issue between actors with no arms is a war of words (see _verbal_clash); over
# ground it is a fight whoever clashes.
FIGHT, VERBAL_CLASH, CLASH_VERB = "190", "111", "clash"
MARCH_VERB = "march"
ARMED_SECTORS = FIGHTING_SECTORS - {"GOV"}
CONTESTED_GROUND = frozenset({"control", "territory", "land", "border", "town", "city", "village", "area", "region", "island", "hill",
                              "pasture", "water", "well", "cattle", "field", "road", "mine", "oilfield", "base", "post"})
CONTESTED_PREPS = ("for", "over")
# A show of force (150) by drills, which states holding them together hold as military cooperation (062).
FORCE_DISPLAY = "150"
EXERCISE_NOUNS = frozenset({"exercise", "drill", "maneuver", "manoeuvre", "wargame", "game"})
# The preposition of the weapons an attack pattern names: "attacked the patrol with rifles".
MEANS_PREP = "with"
FIGHT_NOUNS = frozenset(
    {
        "fighting", "fight", "clash", "battle", "skirmish", "gunbattle", "firefight", "gunfight", "shootout",
        "hostility", "hostilities", "combat", "confrontation", "exchange", "war",
    }
)
# "forces loyal to Aidid", "troops led by Colonel Goita": the patron's country; a rebel patron's own code
# for armed men ("rebels led by Laurent Kabila"), and a militant network's ("a bomber linked to Islamic State").
LOYALTY_WORDS = frozenset({"loyal", "allied", "ally", "aligned", "answerable", "link", "affiliate"})
LEADING_PARTICIPLES = frozenset({"lead", "command", "head"})
# "envoys sent by President Ramaphosa", "troops dispatched by Chad": those who send people act through them.
SENDING_PARTICIPLES = frozenset({"send", "dispatch"})
PATRONS_PARTICIPLES = LEADING_PARTICIPLES | SENDING_PARTICIPLES
# "rebel-held", "government-controlled": who holds a place.
HOLDING_PARTICIPLES = frozenset({"hold", "control"})
UNIDENTIFIED_ARMED = "UAF"
UNNAMED_ATTACKERS = frozenset({UNIDENTIFIED_ARMED, "REB"})
ATTACK_MEANS = frozenset({"bomb", "bombing", "blast", "explosion", "explosive", "attack", "ambush", "device", "ied", "grenade"})
# Nouns of an attack, whose own names say who made it rather than where ("a U.S. air strike").
ATTACK_NOUNS = ATTACK_MEANS | {"strike", "airstrike", "raid", "shelling", "bombardment", "offensive", "assault"}
ATTACK_PLACES = ("in", "near", "outside", "at")
# Where victims or objects of no known country were: "killed 23 people in Tel Aviv", "struck targets inside Syria".
VICTIM_PLACES = ("in", "inside")
# What a claim of an attack takes: "claimed responsibility for", "took credit for".
CLAIMED_NOUNS = frozenset({"responsibility", "credit"})
# Reactions whose object may be an act an earlier sentence reported ("condemned the attack"): the
# act nouns, and the roots (or codes) of the events they name; see _Resolver.remembered_act.
REACTION_ROOTS = frozenset({"01", "02", "04", "05", "10", "11", "12", "13", "16"})
AGREED_ACTS = ("057", "03", "0871", "08")
AGREEMENT_NOUNS = frozenset({"agreement", "deal", "accord", "treaty", "pact", "ceasefire", "truce", "settlement"})
# Measures one side imposes on another: an actor before the noun imposed it ("the U.S. embargo", "a U.N. naval
# blockade"), its "against", "on" or "of" phrase names whom it is aimed at.
IMPOSED_MEASURES = frozenset({"embargo", "sanction", "blockade", "boycott", "siege"})
MEASURE_AIM_PREPS = frozenset({"against", "on", "of"})
# Roots of acts that are the measure's own (pledging, lifting, refusing to lift, threatening, imposing it,
# enforcing a blockade): aimed where it is. Appeals, demands, criticism and protest are at who imposed it.
MEASURE_DOER_ROOTS = frozenset({"03", "08", "12", "13", "16", "19"})
# Acts a side of a conflict does to the other, named or not: "the rebels withdrew", "vowed to fight on".
COUNTERPART_ROOTS = frozenset({"08", "12", "13", "19"})
# (act nouns, roots, the article's first such act?): "the attack" and "the agreement" a reaction
# names are the story's own, its first; "the offer" or "the demand" the latest made.
REACTED_ACTS = (
    (ATTACK_NOUNS | {"killing", "killings", "massacre", "invasion", "shooting", "bombings", "attacks", "incursion"}, frozenset({"18", "19", "20"}), True),
    (AGREEMENT_NOUNS, frozenset(AGREED_ACTS), True),
    (frozenset({"offer", "proposal", "plan", "initiative", "invitation"}), frozenset({"03", "02", "08"}), False),
    (frozenset({"demand", "call", "ultimatum", "request", "appeal"}), frozenset({"10", "02", "13"}), False),
    (frozenset({"sanction", "sanctions", "embargo", "expulsion", "expulsions", "ban", "measure", "measures"}), frozenset({"16", "17"}), False),
    # "dismissed the criticism", "called the accusations baseless": whoever criticised or accused last.
    (frozenset({"criticism", "accusation", "accusations", "allegation", "allegations", "charge", "charges", "claim", "claims"}), frozenset({"11"}), False),
    (frozenset({"arrest", "arrests", "detention", "detentions"}), frozenset({"17"}), False),
    (frozenset({"violence", "crackdown", "bloodshed", "repression"}), frozenset({"17", "18", "19", "20"}), True),
    # "welcomed the decision", "criticised the move": whatever was reported last.
    (frozenset({"decision", "move", "step"}), frozenset({"0", "1", "2"}), False),
)
# What a paper runs: its "in" phrase names who made the charge a denial answers.
REPORT_ITEMS = frozenset({"report", "story", "article"})
# Nouns whose "that" clause is a claim, not a fact: "denied reports that its jets bombed a hospital".
REPORT_NOUNS = frozenset(
    {"report", "allegation", "accusation", "claim", "rumor", "rumour", "charge", "suggestion", "speculation", "suspicion",
     "assertion", "story", "fear", "belief", "impression", "theory", "notion",
     "hope", "optimism", "confidence", "expectation", "doubt", "pessimism", "skepticism", "scepticism", "hopefulness", "prospect"}
)
# Words that make a noun's act an allegation: "alleged atrocities committed by ...".
ALLEGED_WORDS = frozenset({"alleged", "suspected", "purported", "possible", "potential", "reported", "claimed"})
# Verbs whose object is what was used, not whom it was used on: "launched artillery fire against".
INSTRUMENT_VERBS = frozenset(
    {"launch", "fire", "use", "deploy", "send", "drop", "unleash", "mount", "carry", "conduct", "stage", "step", "intensify",
     "employ", "detonate", "explode", "plant", "set", "lob", "hurl", "throw", "shoot", "aim", "point", "open", "resume", "exchange", "trade"}
)
# Verbs of launching a projectile: a "from" phrase is where it was fired from, not the target.
PROJECTILE_VERBS = frozenset({"fire", "launch", "lob", "shoot"})
# Acts on things in a place are acts on its country: "shelled villages in Kosovo", "will evacuate
# the settlements in the Gaza Strip" (yielding, 08), "protect civilians in Mali" (aid, 07).
LOCATED_ROOTS = VIOLENT_ROOTS | {"07", "08", "09", "16"}
# Acts on whatever they are about in a place: curfews, states of emergency and bans (imposed, 172, or
# eased, 081) are on the people of the place they are declared in ("declared a state of siege in
# Haiti" targets HTI), and investigations (09) on the place of what they look into ("a probe into
# war crimes in Sri Lanka").
ADMINISTRATIVE = "172"  # administrative sanctions: curfews, states of emergency, bans
PLACE_MEASURES = frozenset({"081", ADMINISTRATIVE})
INVESTIGATION = "09"
# What a probe looks into: "hearings in Seoul into abuses in North Korea" are placed by the abuses.
PROBED_PREPS = frozenset({"into", "over", "of"})
# Inside what a probe looks into, a time phrase places the acts as "in" does: "abuses during Sri Lanka's civil war".
PROBED_TIMES = {"during": "in", "amid": "in"}
OFFENCE_PREPS = ("over", "for")  # "an inquiry into X over corruption": the offence, not whom it is into
DISAPPROVAL_ROOT = "11"
# Acts that judge another's act: aimed at whoever did it.
JUDGED_ACT_ROOTS = frozenset({INVESTIGATION, DISAPPROVAL_ROOT, PROTEST_ROOT})
PROBE, CRIME_PROBE, ABUSE_PROBE, MILITARY_PROBE, WAR_CRIMES_PROBE, VISIT = "090", "091", "092", "093", "094", "042"
HOSTED_VISIT = "043"
# What an investigation looks into, by the root (or code) of the act alleged: mass violence is a war
# crime (094), assault, arrest, expulsion or repression an abuse (092), fighting or a show of force
# military action (093), unless it was against civilians ("reports that troops killed civilians": 092).
# What an accusation is of, by the code of the act it names ("accused Russia of sending troops into
# Ukraine", "charged that Eritrean troops had invaded"): mass violence is a war crime (1124), torture, rape,
# arrest, expulsion or repression a rights abuse (1122), abduction a crime (1121), fighting or a show of force
# aggression (1123).
ACCUSATION = "112"
# A court's finding of liability: what it ruled was done ("ruled that Hungary had broken EU law by
# restricting access to asylum") is the verdict's content, coded as the finding, like a charge's.
LIABILITY_FOUND = "116"
ACCUSED_ACTS = {
    "20": "1124", "1821": "1122", "1822": "1122", "172": "1122", "173": "1122", "174": "1122", "175": "1122",
    "181": "1121", "19": "1123", "15": "1123",
}
ALLEGED_ACTS = {
    "20": WAR_CRIMES_PROBE, "18": ABUSE_PROBE, "173": ABUSE_PROBE, "174": ABUSE_PROBE, "175": ABUSE_PROBE,
    "19": MILITARY_PROBE, "15": MILITARY_PROBE,
}
# Acts only a state does (arrest, detain, deport): done, when the report names no one, by the state
# where they happened.
STATE_ACTS = frozenset({"173", "174"})
EXPULSION = "174"
EXPELLING_VERBS = frozenset({"expel", "deport", "evict", "eject", "banish"})
# People of a body, whose sector is the body's: "leaders of the opposition", "Pentagon officials".
MEMBER_NOUNS = SPEAKERS | {"leader", "official", "officer", "member", "delegation", "aide"}
# People who serve at a body, as its members do: "judges at the International Criminal Court" are the court's
# (only through "at": "military prosecutors" keep their own sector).
SERVING_AT = MEMBER_NOUNS | {"judge", "prosecutor"}
# Participles that tie a role noun to its employer ("journalists working for Reuters").
EMPLOYED = frozenset({"work", "employ", "serve"})
# The prepositions that name the employer: "working for Reuters", "employed by the UN"; a force served
# with or under is one's own too ("peacekeepers serving with the U.N. mission", "troops serving under
# NATO command"), not a place served in ("soldiers serving in Afghanistan" are not Afghan).
EMPLOYER_PREPS = frozenset({"for", "by"})
SERVING_PREPS = EMPLOYER_PREPS | {"with", "under"}
# Appeals and demands for a release are made of whoever holds the captives.
RELEASE_ASKED = frozenset({"0253", "1053"})
# Yields (08) aimed by the codebook's notes. Persons released (0841) are whom it was done to, even
# asked for by kind ("freed three soldiers"); for international involvement allowed (086x), whoever
# is let in is the target before where they go; property returned (0842) goes back to whom it was
# taken from, and eased measures (081x, 085, 0872) to whom they were imposed on.
PERSONS_RELEASED = "0841"
# Resignations (0831) reported on their day: the resigner held the office the day before.
RESIGNATION = "0831"
# Restrictions eased (081x) in the passive with no one named are eased by that country's government.
RESTRICTIONS_EASED = "081"
INVOLVEMENT_ALLOWED = "086"
LET_IN_PREPS = frozenset({"into", "to", "through", "in"})
PROPERTY_RETURNED = "0842"
MEASURES_EASED = ("081", "085", "0872")
TAKEN_FROM_PREPS = ("from",)
IMPOSED_ON_PREPS = ("on", "against")
CAPTIVITY_VERBS = frozenset({"hold", "detain", "kidnap", "abduct", "seize", "capture", "imprison", "jail", "arrest", "take"})
# Targets that move: their country is whose they are, not where they were struck.
MOBILE_TARGETS = frozenset({"convoy", "patrol", "vehicle", "jeep", "truck", "lorry", "car", "bus", "minibus", "van", "ferry", "boat",
                            "ship", "plane", "aircraft", "airliner", "helicopter", "tanker", "train", "tram", "column", "motorcade",
                            "vessel", "flotilla"})
# Places that are a government's own: "the Kabul palace" is still the government's.
SEATS_OF_POWER = frozenset({"palace", "parliament", "office", "headquarters", "embassy", "consulate", "compound", "ministry", "building"})
# Verbs of winning or losing a game: with a scoreline ("Algeria beat Senegal 1-0") a match result.
CONTEST_VERBS = frozenset({"beat", "defeat", "edge", "thrash", "rout", "crush", "hammer", "whip", "trounce", "down", "overcome",
                           "outplay", "stun", "upset", "draw", "tie", "lose", "win", "hold", "hit"})
# A scoreline is two numbers below this joined by a dash (an en dash too); "1991-95" is not one.
MAX_SCORE, EN_DASH = 100, "\u2013"
# Support that goes one way, also between conjoined actors: praise, backing, defence, apology (051-056),
# and the intents to give aid, to reform and to mediate (033, 034, 039): "Norway and Sweden pledged aid",
# "France and Germany offered to mediate" are to a third party, not to each other; so are visits and their
# hosting (042, 043): "Rice and Rumsfeld arrived in Baghdad" visit Iraq, not each other.
ONE_SIDED_ACTS = frozenset({"051", "052", "053", "055", "056", "033", "034", "039", "042", "043"})
# "praised each other's role", "backed one another".
RECIPROCALS = (("each", "other"), ("one", "another"))
# Objects that are places or property, whose place says whose they are ("an organization in
# Northern Ireland" is someone unnamed, not Britain).
PLACE_NOUNS = frozenset(
    {
        "village", "town", "city", "settlement", "outpost", "area", "region", "district", "province", "territory",
        "neighbourhood", "neighborhood", "suburb", "camp", "base", "position", "post", "garrison", "home", "house",
        "building", "office", "facility", "installation", "site", "port", "airport", "bridge", "road", "border",
        "checkpoint", "school", "hospital", "mosque", "church", "market", "plant", "refinery", "pipeline", "target",
        # soft targets: "attacked a hotel in Mali"
        "hotel", "restaurant", "cafe", "bus", "train", "station", "embassy", "consulate", "compound", "convoy", "shrine",
        "temple", "synagogue", "palace", "parliament", "headquarters", "barracks", "stronghold", "hideout",
        # more soft targets and vehicles: "ripped through a social club in Bogota", "opened fire on a minibus in Kashmir"
        "club", "nightclub", "bar", "cinema", "theatre", "theater", "stadium", "mall", "shop", "bank", "rally", "ceremony",
        "funeral", "university", "college", "court", "courthouse", "prison", "jail", "square", "street", "bazaar",
        "minibus", "van", "truck", "lorry", "car", "vehicle", "jeep", "ferry", "boat", "ship", "plane", "tram", "patrol",
        "concert", "festival", "parade", "wedding", "township", "park", "hall", "arena", "underpass", "marketplace", "resort", "centre", "center", "metro", "subway", "museum", "cathedral", "monastery", "mausoleum", "tomb",
        # venues of talks and works of arms: "met at a lakeside villa in Geneva", "bombed a reactor in Syria"
        "villa", "residence", "mansion", "castle", "chateau", "reactor", "factory", "laboratory", "lab",
    }
)
PLACES_NOT_SEATS = PLACE_NOUNS - SEATS_OF_POWER
CONDITIONS = frozenset({"if", "unless"})
# "under U.S. pressure", "at the urging of France": who pressed for an act is no party to it.
PRESSURE_NOUNS = frozenset({"pressure", "urging", "insistence", "behest", "prodding"})
PRESSURED_PREPS = frozenset({"under", "amid", "after", "following", "despite", "at"})
# "on behalf of the African Union", "in behalf of": whom one acts for is no party to the act.
BEHALF = "behalf"
BEHALF_PREPS = frozenset({"on", "in"})
# What a head of government vetoes that its own legislature passed.
VETOED_LAWS = frozenset({"bill", "legislation", "law", "budget", "amendment", "measure"})
VETO = "129"
LEGISLATURE = "LEG"
# Boycotts and obstruction of an institution ("boycotted the election", "blockaded the parliament").
BOYCOTTS = frozenset({"143", "144"})
HOME_PROTESTS = frozenset({"142", "143", "144", "145"})  # hunger strikes and riots that name no one
JAILS = frozenset({"jail", "prison", "detention", "custody", "camp", "cell"})
# A protest against a harm named by a noun ("the killing of Palestinians by Israeli troops") is at
# whoever did it, never at whom it was done to.
HARM_NOUNS = frozenset({
    "killing", "killings", "murder", "murders", "death", "deaths", "shooting", "shootings", "massacre", "arrest", "arrests",
    "detention", "detentions", "jailing", "imprisonment", "execution", "executions", "beating", "torture", "abduction",
    "kidnapping", "disappearance", "deportation", "deportations", "expulsion", "eviction", "evictions", "closure",
    "persecution", "treatment", "mistreatment", "trial", "sentencing", "conviction", "prosecution", "dismissal", "firing",
    "banning", "ban", "shutdown", "suspension", "harassment", "capture", "seizure", "extradition", "assassination", "ouster", "removal",
})
# A harm or an attack a judging act (an inquiry, a condemnation, a protest) is aimed at the doer of.
JUDGED_NOUNS = HARM_NOUNS | ATTACK_NOUNS
# Verbs whose infinitive is done by their subject even when they have an object ("promised Iraq to help").
SUBJECT_CONTROL = frozenset({"promise", "pledge", "vow", "threaten", "offer", "agree", "swear"})
# A body set up or sent to act acts for whoever set it up: "appointed a panel to investigate war crimes",
# "sent a team to monitor the truce". Only a body the sentence does not name by its own actor.
DELEGATING_VERBS = frozenset({"appoint", "name", "set", "establish", "form", "create", "constitute", "convene", "send", "dispatch", "assign", "task"})
DELEGATED_BODIES = frozenset({"panel", "commission", "committee", "team", "taskforce", "mission", "delegation", "body", "board", "envoy", "investigator", "expert"})
# A call or visit made to say something says it: "telephoned Ecevit to express condolences",
# "called Arafat to urge him to halt the violence". The caller speaks, and what is said is done
# ("telephoned Yeltsin to discuss Kosovo" is the call itself).
CALLING_VERBS = frozenset({"telephone", "phone", "call", "ring", "visit", "meet"})
APPEAL_PARTICLES = frozenset({"on", "upon", "for"})
SPOKEN_PURPOSES = frozenset(
    {
        "express", "offer", "convey", "extend", "congratulate", "thank", "urge", "press", "ask", "appeal",
        "brief", "inform", "assure", "apologize", "apologise", "protest", "complain", "warn", "invite",
        "condole", "reassure", "praise",
    }
)
NEGATIONS = frozenset({"not", "n't", "never", "no"})
# The arguments a "neither" opening them denies the verb of: its subject and object.
NEITHER, NEITHER_DENIES = "neither", SUBJECT_DEPS | {"nsubjpass", "dobj", "obj"}
PERSONAL_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})
# Reporting verbs said to someone, and the pronouns by which what is said there refers to that addressee.
ADDRESSING_VERBS = frozenset({"tell"})
ADDRESSEE_PRONOUNS = frozenset({"it", "they", "he", "she"})
POSSESSIVE_PRONOUNS = frozenset({"its", "their"})
# Bare nouns ("the movement said") that refer back to an organisation named before.
ANAPHORIC_NOUNS = frozenset({"movement", "group", "organisation", "organization", "militia", "faction"})
# Nouns for the body a person heads, named by a pronoun of theirs ("said his office was investigating").
OWN_BODY_NOUNS = frozenset({"office", "ministry", "department", "agency"})
OBJECT_PRONOUNS = frozenset({"it", "him", "her", "them"})
PERSON_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# Object pronouns that, in what a person is reported to say, stand for that person.
SPEAKER_PRONOUNS = frozenset({"him", "her"})
# Clauses whose pronouns and possessives refer back to the governing verb's subject.
GOVERNED_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl"})
OWNER_PRONOUNS = frozenset({"his", "her", "its", "their"})
# Subjects by which a speaker says what they themselves will do ("said he would meet", "said it would"):
# not "they", which may be others.
DOER_PRONOUNS = PERSONAL_PRONOUNS - {"they"}
# "said our hearts go out to the victims": the speaker's own feelings.
FEELING_NOUNS = frozenset({"heart", "thought", "prayer", "sympathy", "condolence"})
FEELING_OWNERS = OWNER_PRONOUNS | {"our", "my"}
NATION_NOUNS = frozenset({"country", "nation", "people", "state", "homeland"})
# What a state's speaker calls "his" or "its" and is the state's own: "his country", "its drones".
SPEAKERS_OWN_NOUNS = NATION_NOUNS | OWNED_MEANS
# Titles of office: "President Reagan" in a dated report was in office then, whatever the dictionary's
# dates say ("former President Bush" is the ELI agent phrase "former president", "Former Yugoslav
# President Milosevic" is not in office either).
OFFICE_TITLES = frozenset(
    {"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "vice president", "foreign minister", "defense minister", "defence minister", "foreign secretary", "secretary of state",
     "state councilor", "state councillor", "state counselor", "state counsellor"}
)
ELITE = "ELI"
# Sectors of office: whoever formerly held one is of the elite (ELI).
OFFICES = frozenset({"GOV", "MIL", "LEG", "JUD"})
NAME_WORD_TAGS = frozenset({"PROPN", "ADJ", "PUNCT", "DET", "PART"})  # words of a titled name: "Brazil's acting Governor X"
OPPOSITION = "OPP"
# Sectors of parties and movements with branches in several countries, named by the branch's country.
MOVEMENT_SECTORS = frozenset({OPPOSITION, "PTY"})
PROTEST_EVENTS = frozenset({"protest", "demonstration", "rally", "march", "sit-in", "vigil", "gathering", "strike"})
# Roles an "opposition" modifier makes the opposition's.
OPPOSABLE = frozenset({"PTY", "ELI", "LEG"})
# Words that put a title in the past: "former President", "ex-premier", "the ousted president".
FORMER = frozenset({"former", "ex", "ex-", "ousted", "deposed", "toppled", "overthrown", "exiled", "late", "then"})
FORMER_NOW_OUT = FORMER - {"then"}  # "the then president" was in office at the time
# A government that went into exile still governs, for those who recognise it ("Yemen's exiled government",
# "the exiled Kuwaiti government"): only its people are put out of office by the word.
GOVERNING_BODIES = frozenset({"government", "cabinet", "administration", "parliament"})
BODY_NOW_OUT = FORMER_NOW_OUT - {"exiled"}
# Roles an appositive may give a person of no office known for the day ("X, the opposition leader,").
APPOSITIVE_ROLES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "OPP", "PTY", "LAB", "REB", "REL", "BUS", "EDU", "MED", "HRI"})
CIVILIANS = "CVL"
# A news medium told something is the channel, not the one addressed ("he told CNN").
MEDIA = "MED"
REFUGEES = "REF"
CIVILIAN_SECTOR = frozenset({CIVILIANS})
GOVERNMENT = "GOV"
MILITARY = "MIL"
# A country's institutions and its people: an unnamed institution dealing with a named people is theirs.
STATE_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})
# The unnamed bodies of the one country a sentence names that are its own (see _sole_country), its forces
# too where no force is used, and the actors by which a sentence names that country's state.
OWN_STATE_BODIES = STATE_SECTORS | {"SPY"}
OWN_BODIES_AND_FORCES = OWN_STATE_BODIES | {MILITARY}
NAMING_THE_STATE = OWN_BODIES_AND_FORCES | {ELITE}
# Whom a state releases, of no named country, are its own (or, released by rebels, of the rebels' country).
RELEASED_OF_A_STATE = OFFICES | STATE_SECTORS | {ELITE, "PTY", OPPOSITION}
# Institutions an investigation by a state may look into: unnamed ones are its own.
# A state's bodies and its armed forces.
STATE_FORCES = STATE_SECTORS | {MILITARY}
INVESTIGATED = STATE_FORCES
SOCIETY_SECTORS = frozenset({"CVL", "OPP", "REB", "INS", "LAB", "EDU", "PTY", "MED", "AGR", "BUS", "REL"})
# Society actors whose dealings with an unnamed state body are with their own state, in any act (see _faces_own_state).
POLITICAL_SOCIETY = frozenset({OPPOSITION, "PTY", "LAB"})
ARMED_GROUPS = frozenset({"REB", "INS"})
# The word that lists some of a group: "four foreign oil workers, including an American and a Briton".
INCLUDING_PREP = "including"
# "government troops" an armed group fights are its country's.
GOVERNMENT_WORD = "government"
NATIONAL_FORCES = frozenset({"army", "military"})
WHOLE_COUNTRY = ""  # the sector of a country as a whole
# Yields that name no one are done toward whom the codebook's notes say, by the yielder's sector:
# act prefix -> (sectors of the yielder, sector of its own country aimed at).
YIELDS_AIMED = {
    "0831": (OFFICES, WHOLE_COUNTRY),  # "Suharto resigned": the country as a whole
    "081": (OFFICES, CIVILIANS),  # "the junta lifted martial law": for its own people
    "083": (OFFICES, CIVILIANS),  # "parliament repealed the amendment"
    "082": (SOCIETY_SECTORS, GOVERNMENT),  # "the opposition called off its protests": toward its government
    "0352": (SOCIETY_SECTORS, GOVERNMENT),  # "the opposition agreed to call off its protests": the same promised
    "087": (ARMED_GROUPS, WHOLE_COUNTRY),  # "the IRA announced a cessation of military operations": in its country
    # The same promised (codebook notes to 034, 0341): "Suharto promised fresh elections", "pledged reforms".
    "0341": (OFFICES, WHOLE_COUNTRY),
    "034": (OFFICES, CIVILIANS),
    "0351": (OFFICES, CIVILIANS),
    "0352": (SOCIETY_SECTORS, GOVERNMENT),
    "0356": (ARMED_GROUPS, WHOLE_COUNTRY),
    # The same refused (codebook notes to 1231): "Gbagbo refused to step down" is toward the country as a whole.
    "1231": (OFFICES, WHOLE_COUNTRY),
}
# Where a state meets its own people: demands, disapproval, rejection, threats, protest, coercion.
DOMESTIC_ROOTS = frozenset({"10", "11", "12", "13", "14", "16", "17"})
# Concessions a state makes at home: yielding, easing restrictions, calling off dissent, reform.
DOMESTIC_YIELDS = frozenset({"080", "081", "082", "083"})
# Forces posted somewhere, as a deployment's target: "peacekeepers in Iraq" are posted there, not Iraq's.
SERVING_BODIES = frozenset({"force", "mission", "operation", "contingent", "peacekeeper", "troop"})
RALLY_SUPPORT = "053"
BACKING_OBJECT = frozenset({"support", "back", "endorse"})
BACKING = BACKING_OBJECT | {"stand", "rally", "unite"}
BACKING_PREPS = frozenset({"behind", "by", "with", "around"})
PRAISE = "051"
# Concessions a state promises at home: reform (034x), easing restrictions (0351), calling off dissent (0352).
DOMESTIC_INTENTS = frozenset({"034", "0351", "0352"})
# Appeals a state makes at home: to call off dissent (0252), as demands to (1052) are.
DOMESTIC_APPEALS = frozenset({"0252"})
# A denial at home answers its own critics: "Lukashenko denied opposition accusations" is BLROPP (not
# the victims of what it denies: "denied that soldiers fired on demonstrators" says nothing of whose).
DOMESTIC_STATEMENTS = frozenset({DENIAL})
POLICE = "COP"  # police are a country's own, whatever they do
COERCION = "17"
# Elites whose coercion by unnamed police, courts or government places them in the elite's country:
# "Police arrested a former Zambian minister" (ZMBCOP).
COERCED_ELITES = frozenset({ELITE})
ELITE_HANDLING = frozenset({COERCION, INVESTIGATION})  # roots whose unnamed state bodies are the elite's
BRANCHES = frozenset({"GOV", "LEG", "JUD"})  # an unnamed branch dealing with a named one is of its state
# A state coerces its own: "Belarus banned the main opposition party" (not deportations, 174: the
# deported are mostly foreigners).
DEPORTATION = "174"
# Expelling thousands is a mass expulsion (201); deporting them stays a deportation (174), as the
# codebook has it ("legal deportations").
EXPEL = "expel"
MULTITUDE_WORDS = frozenset({"thousand", "thousands", "million", "millions"})
MULTITUDE = 1000
SOCIETY_COERCED = frozenset({"PTY", "OPP", "LAB", "EDU", "REL", "REB", "INS"})
# Unnamed coercers of no named country are of where they act ("riot police broke up a rally in Moscow"); not
# soldiers, who are as often foreign troops in occupied or invaded land.
PLACED_COERCERS = frozenset({POLICE, *UNNAMED_ATTACKERS})
PEOPLE_SECTORS = frozenset({"CVL", "REF"})
# People of no named country who are, where a linked act places them, of that place: civilians, and the
# dissidents, strikers and students who march there ("beat dissidents as they marched through Havana").
LOCAL_PEOPLE = frozenset({CIVILIANS, OPPOSITION, "LAB", "EDU"})
# People a projectile verb's object may name, who are then whom the shot hit (see _people_shot).
PEOPLE_SHOT = PEOPLE_SECTORS | LOCAL_PEOPLE
SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})
# Nouns of a people as a whole, who live where the phrase places them.
RESIDENT_GROUPS = frozenset({"population", "minority", "community"})
# "his Turkish counterpart Ismail Cem": a counterpart holds the office of whom it is the counterpart of.
COUNTERPARTS = frozenset({"counterpart", "counterparts"})
# Phrases a comment's topic is in, and the phrases inside them that name whom it is about.
COMMENT_TOPIC_PREPS = TOPIC_PREPS | {"for", "of"}
NESTED_TOPIC_PREPS = ("with", "between", "of", "against", "to", "toward", "towards", "by")
EMPATHY = "018"
NO_COMMENT = "011"
# Verbs whose object is what was talked about: "discussed Syria" is a topic, not a party.
DISCUSSING = frozenset({"discuss", "debate", "review", "examine"})
# A denial is aimed at whoever made the accusation it names ("accusations by Seoul").
ACCUSATION_NOUNS = frozenset({"accusation", "allegation", "charge", "claim", "assertion", "suggestion"})
# Things asked for by kind that stay their maker's: "rejected opposition demands", "denied opposition accusations".
MADE_NOUNS = CARRIER_NOUNS | ACCUSATION_NOUNS
# Natural forces that "strike", "hit" and "kill": no actor's violence.
NATURAL_FORCES = frozenset({
    "earthquake", "quake", "tremor", "aftershock", "tsunami", "cyclone", "hurricane", "typhoon", "storm", "tornado", "flood",
    "flooding", "landslide", "mudslide", "avalanche", "drought", "wildfire", "bushfire", "eruption", "volcano", "monsoon",
    "downpour", "rain", "blizzard", "heatwave", "epidemic", "disaster",
})
# Vehicles and buildings that crash, sink or collapse: the deaths that follow are an accident, not the
# act of whoever was on board ("a plane carrying the president crashed, killing all 96 people on board").
CRASHING_THINGS = frozenset({
    "plane", "airplane", "aeroplane", "aircraft", "airliner", "jet", "helicopter", "chopper", "ferry", "boat", "ship",
    "vessel", "submarine", "bus", "minibus", "train", "truck", "lorry", "car", "van", "building", "bridge",
})
ACCIDENT_VERBS = frozenset({"crash", "sink", "capsize", "derail", "collapse", "overturn", "plunge"})
# A storm's name before a craft is its model: "Tornado jets", "Typhoon fighters" are warplanes, not weather.
NAMED_CRAFT = CRASHING_THINGS | {"fighter", "warplane", "bomber", "interceptor"}
STATEMENT = "010"
# "told reporters that ...": said to the press, which is no one's target.
PRESS_AUDIENCE = frozenset({"reporter", "journalist", "correspondent", "newsman", "newsmen", "press", "media", "newspaper", "audience", "crowd", "interviewer"})
# CAMEO's regional codes (its manual, section on regions).
REGIONS = frozenset({
    "AFR", "ASA", "BLK", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU", "EUR", "LAM", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN",
    "SEA", "WAF", "WEU", "WST",
})
NON_STATE = frozenset({"IGO", "NGO", "IMG", "MNC", "UIS"})
# Words that rank a thing within what a possessive names ("Africa's largest", "Asia's first").
SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
RANKING_WORDS = frozenset({"first", "only", "last"})
# CAMEO's ethnic codes the dictionaries use for a people of several countries (the Kurds).
PEOPLES = frozenset({"KUR"})
# Nouns that count a crowd by its number ("thousands of Taiwanese"), as against a share of a whole ("most of
# the Philippines").
CROWD_NUMBERS = frozenset({"dozen", "dozens", "score", "scores", "hundred", "hundreds", "thousand", "thousands", "tens"})
# Nouns for a state that a region before them only places ("the Central Asian nation").
PLACED_COUNTRY_NOUNS = frozenset({"country", "nation"})
COUNTRY_NOUN = frozenset({"country"})  # bare, "the country" alone
# Codes of three letters that name no country: "the country" is never one of them.
NOT_COUNTRIES = REGIONS | PEOPLES | NON_STATE
# Acts whose object is what was given, eased, moved or imposed (aid, sanctions, troops): in a passive
# with no "by" phrase the actor naming that object is the source ("U.S. aid was delivered to ...").
# Not releases (0841: "Palestinian prisoners were freed" are the target).
MOVED_ROOTS = frozenset({"06", "07", "08", "15"})
MOVED_EXCEPT = ("084", "0833")
PERSONS_HANDED = "084"  # the plain "hand over", when what is handed over is not said to be captives or property
JUDICIAL_COOPERATION = "063"
EXTRADITION_NOUNS = frozenset({"extradition", "handover", "hand-over", "surrender", "transfer"})
# What one is handed over "to face": a trial ("to face corruption charges", "to face justice").
TRIAL_NOUNS = frozenset({"trial", "charge", "justice", "prosecution", "court", "accusation", "sentence"})
PROTECTION = "074"
MOVING_FORCES = frozenset({"troop", "soldier", "force", "paratrooper", "marine", "commando", "unit", "contingent", "battalion", "peacekeeper", "detachment", "legionnaire"})
# Sending forces somewhere, and the forces sent (see _target_candidates).
FORCE_SENDING = SENDING_FORCES | {"move", "despatch"}
FORCES_SENT = MOVING_FORCES | {"army", "warship", "tank", "reinforcement"}
# Things sent that arrive or land somewhere, which make no visit: "the first American missiles arrived in
# Europe", "a shipment of arms landed in Luanda", "U.S. aid arrived in Haiti" (unlike people, or the plane a
# leader flies in).
SENT_THINGS = frozenset({"missile", "rocket", "weapon", "arm", "arms", "ammunition", "munition", "warhead", "shipment", "consignment",
                         "cargo", "aid", "supply", "supplies", "food", "medicine", "grain", "fuel"})
HELPING_VERBS = frozenset({"help", "assist", "aid"})
# What force may be threatened for without being aimed at those it is for: "to protect Russians", "to help Kiev".
SHIELDING_VERBS = GUARDING_VERBS | HELPING_VERBS
# Verbs of ordering someone to act: "ordered Iraq to destroy its missiles" demands it (see _orders).
ORDERING_VERBS = frozenset({"order", "tell", "instruct", "command", "direct"})
# Verbs by which a state sets its own forces to act: "ordered police to evict", "told troops to withdraw".
COMMANDING_VERBS = ORDERING_VERBS | {"authorize", "authorise", "send", "dispatch", "deploy"}
COMMANDED_SECTORS = STATE_SECTORS | {MILITARY, "SPY"}
# What an effort is made to do is the doer's act: "launched a campaign to isolate Iran".
EFFORT_NOUNS = frozenset({"campaign", "effort", "drive", "bid", "attempt", "crusade", "push"})
# Verbs by which one makes an effort oneself ("launched a campaign to", not "crushed any attempt by X to").
EFFORT_VERBS = frozenset({"launch", "begin", "start", "mount", "step", "intensify", "lead", "spearhead", "wage", "make", "redouble", "pursue", "continue", "stage", "open", "renew", "escalate", "embark"})
# Verbs of sending or setting up a body to do something: what it is sent to do is the sender's act.
SENDING_VERBS = frozenset({"send", "dispatch", "deploy", "appoint", "establish", "set", "create", "form", "name", "assign", "task", "mandate", "authorize", "authorise"})
# Rallying others against someone (113): the target is whom they are urged to act against.
RALLY_OPPOSITION = "113"
# Official complaints and lawsuits (114, 115) are "against" someone, wherever the parser hangs the phrase.
COMPLAINTS = frozenset({"114", "115"})
# ... or against whom a participle of accusing after them names: "filed a case at the International Court of
# Justice accusing Israel of genocide" is against Israel, not the court.
ACCUSING_VERBS = frozenset({"accuse", "charge"})
# "urged Arab states to oppose the U.S. plan": rallying them against whoever the plan names.
OPPOSING = frozenset({"oppose", "reject", "resist"})
# Criticism by calling something a name: "called the sanctions an act of economic war" (111).
CHARACTERISING_VERBS = frozenset({"call", "term", "label", "dub", "describe", "characterize", "characterise", "brand"})
CONDEMNING_WORDS = frozenset({
    "provocation", "provocative", "violation", "aggression", "aggressive", "crime", "criminal", "threat", "insult", "outrage",
    "outrageous", "disgrace", "disgraceful", "farce", "sham", "travesty", "mistake", "blunder", "interference", "terrorism",
    "terrorist", "war", "invasion", "massacre", "genocide", "atrocity", "coup", "betrayal", "lie", "lies", "slander",
    "blackmail", "hypocrisy", "hypocritical", "affront", "illegal", "unacceptable", "irresponsible", "unjust", "illegitimate",
    "unlawful", "deplorable", "shameful", "reckless", "hostile", "barbaric", "barbarous", "cowardly", "heinous", "despicable",
    "inhuman", "brutal", "piracy", "banditry", "aggressor", "dangerous", "destabilizing", "destabilising", "unfriendly",
    # names called of people: "called Obama a liar", "called Congress a nest of rats"
    "traitor", "dictator", "tyrant", "thug", "liar", "murderer", "butcher", "fascist", "nazi", "idiot", "fool", "clown",
    "puppet", "scoundrel", "rat", "gangster", "coward", "warmonger", "madman", "lunatic", "hypocrite", "thief", "crook",
})
RALLYING = frozenset({"rally", "unite", "mobilize", "mobilise", "band", "join", "stand"})
EXTRADITING = frozenset({"extradite", "deport"})
# Judicial cooperation asked for, promised or refused: whom the suspects go to is the target.
JUDICIAL_FRAMES = frozenset({"063", "0313", "1013", "1213", "0213"})
AID_CODES = frozenset({"033"})
LAWSUIT = "115"  # "took Germany to the European Court of Justice": against Germany, not the court
# What a country gives, named by its giver: "American aid", "Japan's loans".
GIVEN_AID = frozenset({"aid", "assistance", "loan", "credit", "funding", "grant", "subsidy", "donation"})
AID_ROOT = "07"
AID_CUTS = frozenset({"162"})  # reducing or stopping aid
AID_THREAT = "1311"  # threatening to reduce or stop aid
HUMANITARIAN_AID = "073"
# Prepositions of where relief is sent: "airlifted food to Mogadishu", "flew medicine into Sarajevo".
RELIEF_DESTINATION_PREPS = ("to", "into")
# Withdrawals (166, or a retreat 0874) by whom the codebook's 1661-1663 name: peacekeepers, monitors, aid.
WITHDRAWALS = frozenset({"166", "0874"})
MILITARY_RETREAT = "0874"
# Where two states pull back from each other: "withdrew their troops from the border", "out of a buffer zone".
RETREAT_PREPS = frozenset({"from", "of"})
DISENGAGED_GROUND = BORDERS | {"line", "zone", "frontline", "front"}
DISPUTED = frozenset({"disputed", "contested"})
# Orders to leave or to halt work that expel (see _ordered_out).
EXPELLED_GROUPS = "166"
# Verbs that send their object out of a country: "expelled the DEA", "ordered the DEA out", "kicked out".
SENDING_OUT = frozenset({"expel", "order", "kick"})
LEAVING_VERBS = frozenset({"leave", "vacate", "quit", "depart", "exit", "evacuate"})
HALTING_WORK = frozenset({"halt", "stop", "suspend", "cease", "end", "close", "shut"})
ORGANISATION_WORK = frozenset({"work", "operation", "activity", "program", "programme", "office", "mission"})
# A foreign state's diplomatic post a host orders shut: "ordered the Taliban to close their embassy" cuts ties (161).
CLOSING_VERBS = frozenset({"close", "shut"})
DIPLOMATIC_POSTS = frozenset({"embassy", "consulate", "legation"})
# Other outposts a foreign state keeps in the host's country: ordered shut there, its presence is ended (166).
FOREIGN_OUTPOSTS = frozenset({"office", "station", "post", "centre", "center", "branch", "bureau", "institute", "base"})
MOVED_MISSIONS = {"peacekeeper": "1661", "inspector": "1662", "observer": "1662", "monitor": "1662"}
PEACEKEEPERS_WITHDRAWAL, MONITORS_WITHDRAWAL, AID_WITHDRAWAL = "1661", "1662", "1663"
IGO, PEACEKEEPING = "IGO", "PKO"
# Missions a host sends away (166x), by the verbs that send them, and aid groups' sector.
EXPELLED_MISSIONS = "166"
CUT_TIES = "161"  # envoys expelled (see _expelled_groups)
SENDING_AWAY = frozenset({"expel", "order", "tell", "kick", "evict", "ban", "bar"})
AID_GROUPS = "NGO"
# IGO agencies that bring aid, or inspect, as the codebook's 1663 and 1662 speak of them.
AID_IGOS = ("IGOUNOHCR", "IGOUNOWFP", "IGOUNOCEF", "IGOUNORWA", "IGOUNOCHA", "IGOUNOIOM")
INSPECTING_IGOS = ("IGOUNOAEA", "IGOOSC", "IGOOPW")
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
# Reactions to an act whose "X-led" leader is whom they are aimed at (demand, disapprove, protest).
LED_ACT_ROOTS = frozenset({"10", "11", "14"})


@dataclass(frozen=True)
class ActorRef:
    """An actor as coded in one sentence: its code and where its words are."""

    code: str
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    sector: str | None = None  # the agent's code, shared with actors conjoined inside the phrase
    prefix: bool = False
    kin: str | None = None  # "ethnic Albanians": coded as of no known country, ALB if nothing places them


@dataclass(frozen=True)
class Event:
    """One coded event of a sentence; offsets are characters in the article text."""

    sentence_index: int
    source: str | None
    target: str | None
    code: str
    source_text: str | None
    target_text: str | None
    verb_text: str
    source_start: int | None
    source_end: int | None
    target_start: int | None
    target_end: int | None
    verb_start: int
    verb_end: int
    pattern: str
    sentence: str


class SentenceCoder:
    """Codes the sentences of one Doc, given the actor mentions found in it."""

    def __init__(self, actors: ActorMatcher, verbs: VerbIndex, require_dyad: bool = True, dictionary_root: str = ""):
        self.actors = actors
        self.verbs = verbs
        self.require_dyad = require_dyad
        # PETRARCH's agents stack roles and leave an unnamed institution unknown ("Russian police
        # arrested students" is RUSCOP -> ---EDU); native dictionaries give it the people's country.
        self._infer_domestic = not any(agent.stacks for agent in actors.agents)
        # Patterns are reported relative to their folder, so output does not depend on where it is installed.
        self._root_prefix = dictionary_root.rstrip("/") + "/" if dictionary_root else ""
        # The pattern ultimatums are coded with (see _ultimatums): "give" ... => 139, if the dictionaries have one.
        base = next((p for p in verbs.patterns_for(ULTIMATUM_GIVER) if p.code == ULTIMATUM), None)
        self._ultimatum = replace(base, reverse_code=None) if base is not None else None
        # Patterns read once for reported demands, threats and blame (see _mandates), and orders out (_orders).
        self._plain_demand = next((p for p in verbs.patterns_for(DEMAND_VERB) if _plain(p) and p.comp is None and p.code is not None), None)
        self._retribution = next((p for p in verbs.patterns_for(THREATEN_VERB) if _plain(p) and p.comp is None and p.code == THREAT_ROOT + "0"), None)
        self._blames = [p for p in verbs.patterns_for(BLAME_VERB) if p.prep == BLAMED_PREP and p.prep_obj is not None and p.code is not None]
        # "protest against tax increases" (1412), read for the object of "to protest" as a protest's purpose;
        # not against an ouster (14x1), which is no call for one.
        self._protested = [p for p in verbs.patterns_for(PROTEST_VERB) if p.prep == "against" and p.prep_obj is not None
                           and len(code := p.code or "") == 4 and code[:2] == PROTEST_ROOT and code[3] != "1"]

    def code_sentence(
        self, sent: Span, index: int, mentions: Sequence[Mention | None], day: dt.date | None, memory: ArticleMemory | None = None
    ) -> list[Event]:
        """Every event of one sentence, in verb order, without duplicates; ``memory`` holds the actors
        of the article's earlier sentences ("the rebels", "both sides")."""
        clauses: dict[int, Clause] = {}
        matches: dict[int, VerbMatch] = {}
        # The one pass over the sentence's tokens: its verbs, and the demand nouns that carry a clause.
        verbs: list[Token] = []
        demand_nouns: list[Token] = []
        for token in sent:
            pos = token.pos_
            if pos in VERB_TAGS:
                verbs.append(token)
            elif pos == "NOUN" and token.lemma_.lower() in DEMAND_NOUNS:
                demand_nouns.append(token)
            # "said he was pessimistic about the talks": an adjective of outlook is coded like a verb.
            # "has been on hunger strike": a copula heading its clause is matched too.
            copula = pos == "AUX" and token.lemma_ == "be" and token.dep_ not in ("aux", "auxpass")
            characterising = pos in VERB_TAGS and token.lemma_.lower() in CHARACTERISING_VERBS
            if (pos in VERB_TAGS or (pos == "ADJ" and _is_predicative(token)) or copula) and (characterising or self.verbs.has_patterns(token)):
                clause = clauses[token.i] = Clause.read(token)
                found = self.verbs.match(clause)
                if characterising and (found is None or (found.pattern.code or "")[:2] != STATEMENT_ROOT):
                    named = _condemning_predicate(clause)
                    if named is not None and any(mentions[t.i] is not None for t in phrase_subtree(named)):
                        # (one that names no one, "calling it a grave threat", adds nothing)
                        if named is not clause.obj:
                            clause = clauses[token.i] = replace(clause, obj=named)
                        own = found is not None and (found.pattern.code or "")[:2] == DISAPPROVAL_ROOT
                        found = self.verbs.match(clause, lemma=None if own else "condemn") or found
                    elif named is not None and found is not None and (found.pattern.code or "")[:2] != DISAPPROVAL_ROOT:
                        # "called the strikes an act of aggression": a label, not a strike called
                        found = None
                    elif found is not None and (found.pattern.code or "")[:2] == APPEAL_ROOT and _label_predicates(clause):
                        # "calling the decision a matter of justice for the Palestinians": a label, no call for anything
                        found = None
                if found is not None and token.lemma_.lower() in CONTEST_VERBS and _scoreline(token):
                    # "Algeria beat Senegal 1-0", "lost 3-2 to Ghana": a match result, not an assault or a battle.
                    found = None
                if found is not None:
                    matches[token.i] = found
        for i, found in list(matches.items()):
            if (found.pattern.code or "")[:2] != APPEAL_ROOT:
                continue
            rally = next((c for c in clauses[i].complements if c.dep_ == "xcomp" and c.lemma_.lower() in RALLYING
                          and any(p.dep_ == "prep" and p.lower_ == "against" for p in c.children)), None)
            if rally is None:
                rally = next((c for c in clauses[i].complements if c.dep_ == "xcomp" and c.lemma_.lower() in OPPOSING
                              and (o := Clause.read(c).obj) is not None
                              and any(mentions[t.i] is not None and mentions[t.i].kind != AGENT for t in phrase_subtree(o))), None)
                if rally is not None and not found.pattern.comp:
                    found = replace(found, pattern=replace(found.pattern, comp=OPPOSING))
            if rally is not None:
                # With comp set, the target is whom they are urged to act against (see _target_candidates).
                pattern = replace(found.pattern, code=RALLY_OPPOSITION, comp=found.pattern.comp or RALLYING,
                                  text=f"{found.pattern.text}, others to {rally.lemma_.lower()} against => {RALLY_OPPOSITION}")
                matches[i] = replace(found, pattern=pattern, complement=rally)
        for i, found in list(matches.items()):
            clause = clauses[i]
            if (found.pattern.code or "")[:2] != POSTURE_ROOT or found.pattern.prep is None or clause.obj is None:
                continue
            subject = _counted_noun(clause.subject) if clause.subject is not None else None  # "thousands of U.S. and Honduran troops"
            partners = subject is not None and any(t.conjuncts for t in (subject, *(c for c in subject.children if c.dep_ in ("amod", "compound", "nmod"))))
            # "Japanese and Indian warships held a naval exercise off Goa": drills of two states' forces are
            # held together, "joint" or not, as they are with no place (see "by states together" below).
            states = {code[:3] for t in phrase_subtree(subject) if (m := mentions[t.i]) is not None and m.kind == ACTOR
                      and not (code := self.actors.actor_code(m, day)).startswith(UNKNOWN_ACTOR) and code[:3] not in NON_STATE} if partners else set()
            if partners and (len(states) > 1 or any(c.lower_ == JOINT for c in clause.obj.children)):
                # "Russian and Tajik troops began joint exercises near the Afghan border": joint drills are
                # military cooperation between those who hold them (062), wherever they are held, so they are
                # matched again without the place phrase, which names no partner ("China held joint drills near
                # Taiwan", of its own services, stays a show of force).
                unplaced = replace(clause, preps=[(p, o) for p, o in clause.preps if p != found.pattern.prep],
                                   object_preps=[o for o in clause.object_preps if o.head.lower_ != found.pattern.prep])
                plain = self.verbs.match(unplaced)
                if plain is not None and (plain.pattern.code == MILITARY_COOPERATION or len(states) > 1 and plain.pattern.code == FORCE_DISPLAY):
                    matches[i], clauses[i] = plain, unplaced
        for i, found in list(matches.items()):
            verb = clauses[i].verb
            code = (found.pattern.code or "")[:3]
            if code not in (VISIT, OCCUPATION):
                continue
            # ("troops began arriving in Dili": the forces are the subject "arriving" shares with "began")
            subject = _source_head(clauses[i]) if not clauses[i].passive else None
            movers = () if subject is None else (subject, *(prep_object(c) for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"))
            if code == VISIT and any(m is not None and m.lemma_.lower() in SENT_THINGS for m in movers):
                del matches[i]  # "the first new American missiles arrived in Europe": things sent visit no one
                continue
            if not any(m is not None and m.lemma_.lower() in MOVING_FORCES for m in movers):
                continue
            guard = next((t for t in verb.children if is_purpose_of(t, verb) and (
                (t.i in matches and (matches[t.i].pattern.code or "").startswith(PROTECTION)) or _helps_keep_order(t)
                or _names_peacekeeping(t) or _keeps_accord(t))), None)
            if guard is not None:
                # "troops flew into Dili to protect civilians", "entered Ivory Coast to protect foreigners",
                # "arrived in Bosnia to join the UN peacekeeping force", as forces sent there for it do
                matches[i] = replace(found, pattern=replace(found.pattern, code=PROTECTION, reverse_code=None, text=f"{found.pattern.text}, to {guard.lemma_.lower()} => {PROTECTION}"))
            elif code == VISIT:
                del matches[i]  # "troops flew into Dili": forces moving are no visit
        for i, found in list(matches.items()):
            verb = clauses[i].verb
            if found.pattern.code != DEPLOYMENT or verb.lemma_.lower() not in DEPLOYING_ORDERS:
                continue
            # "deployed 700 soldiers to Liberia to join a peacekeeping force", "sent troops for peacekeeping
            # duties": what they were sent for says they keep the peace.
            # (an infinitive the parser reads as what forces were ordered to do says it as well)
            purposes = [t for t in verb.children if is_purpose_of(t, verb) or (t.dep_ == "prep" and t.lower_ == PURPOSE_PREP)
                        or (t.dep_ == "xcomp" and t.pos_ == "VERB" and is_infinitive(t))]
            if any(_names_peacekeeping(t) for t in purposes) or any(
                    t.pos_ == "VERB" and t.lemma_.lower() in GUARDING_VERBS for t in purposes) or any(
                    # "rushed troops to Saudi Arabia to help defend the kingdom", "to help restore order"
                    _helps_keep_order(t) or _keeps_accord(t) for t in purposes):
                # (also "sent troops to defend his government", "to protect civilians")
                matches[i] = replace(found, pattern=replace(found.pattern, code=PROTECTION, reverse_code=None, text=f"{found.pattern.text}, to keep the peace or protect => {PROTECTION}"))
        # "held talks, with Egypt acting as mediator": the mediator's own act (045).
        mediated = self._absolute_mediations(clauses, matches)
        refusals = self._nonacceptance(clauses, matches)
        self._orders(clauses, matches, mentions, day)
        self._extraditions(clauses, matches, mentions, day)
        self._captured_people(clauses, matches, mentions)
        mandates = self._mandates(verbs, clauses, matches, mentions)
        _frame_acts(clauses, matches)
        _refuge_refused(matches)
        self._refused_by_content(clauses, matches)
        self._ultimatums(clauses, matches, mentions, day)
        for i, found in list(matches.items()):
            if (found.pattern.code or "")[:2] == DEMAND_ROOT and clauses[i].verb.lemma_.lower() in DEMANDING_VERBS and _insists_on_the_past(clauses[i]):
                # "insisting he had never paid for sex": a claim about what was done, not a demand.
                del matches[i]
        for i, found in list(matches.items()):
            code, clause = found.pattern.code or "", clauses[i]
            subject = clause.subject
            crowd = subject is not None and not clause.passive and code[:2] == DEMAND_ROOT and _by_protesters(clause)
            if (
                subject is not None and not clause.passive and subject.lemma_.lower() in PROTEST_EVENTS
                and (code[:2] == DEMAND_ROOT or code[:3] in CHANGE_ASKED)
            ) or crowd:
                # "A rally by opposition supporters demanded the resignation of Saakashvili" is 1411.
                base = STRIKE if subject.lemma_.lower() == "strike" else DEMONSTRATION
                new = base + (code[3:] or POLICY_CHANGE) if code[:3] in CHANGE_ASKED else base + POLICY_CHANGE if code[:4] in YIELD_ASKED else base
                matches[i] = replace(found, pattern=replace(found.pattern, code=new, text=f"{found.pattern.text}, by a {subject.lemma_.lower()} => {new}"))
            elif code[:2] == CONSULTATION_ROOT and code != MEDIATION and subject is not None and not clause.passive and _is_mediator(subject) and len(_talk_parties(clause)) >= 2:
                # "Egyptian mediators held talks with Hamas and Israeli officials": mediation between them.
                matches[i] = replace(found, pattern=replace(found.pattern, code=MEDIATION, reverse_code=None, text=f"{found.pattern.text}, by a mediator => {MEDIATION}"))
            elif code == DEPORTATION and clause.verb.lemma_.lower() == EXPEL and clause.obj is not None and _multitude(clause.obj):
                # "expelled more than 300,000 Congolese migrants": a mass expulsion (201), not a deportation
                matches[i] = replace(found, pattern=replace(found.pattern, code=MASS_EXPULSION, text=f"{found.pattern.text}, of thousands => {MASS_EXPULSION}"))
            elif code[:3] == PROPERTY_DAMAGE and _by_protesters(clause):
                # "Serb rioters set fire to the U.S. embassy", "were set ablaze by Syrians protesting ...".
                matches[i] = replace(found, pattern=replace(found.pattern, code=VIOLENT_PROTEST, text=f"{found.pattern.text}, by protesters => {VIOLENT_PROTEST}"))
        # A protest for a demanded change is coded once, as the protest for it.
        protests = {i: refined for i, found in matches.items() if (refined := _protest_for(clauses[i], found.pattern, matches)) is not None}
        consumed = {demand for _, demand in protests.values()}
        for i, found in matches.items():
            if i not in protests and (found.pattern.code or "") in PROTEST_CODES and (digit := self._protest_aim(clauses[i], matches)) is not None:
                protests[i] = (found.pattern.code + digit, _protest_demand(clauses[i], found.pattern.code, matches))
        # "opened fire on protesters, killing dozens of people": the killing is the repression's, not another event.
        consumed.update(i for i in matches if _part_of_act(clauses[i].verb, matches))
        # "attacked rebel positions, violating a ceasefire": the attack is the violation, which the codebook
        # codes 196 whatever was used.
        consumed.update(clauses[i].verb.head.i for i in matches if _violated_by_the_act_before(clauses[i].verb, matches))
        superseded: set[int] = set()  # visits made to mediate: the mediation stands for them (after the loop)
        for i, found in matches.items():
            # A governing verb's pattern describes its infinitive complement ("threatened to attack");
            # a null pattern its every complement ("wants Putin to attack" is a wish, no attack).
            null = found.pattern.code is None and found.pattern.reverse_code is None
            consumed.update(c.i for c in clauses[i].complements if (c.dep_ == "xcomp" or null) and not _is_spoken_purpose(c))
            consumed.update(k.i for c in clauses[i].complements if c.dep_ == "xcomp" for k in c.conjuncts if k.i > c.i and k.pos_ == "VERB")
            if (found.pattern.code or "")[:2] == DEMAND_ROOT or ((found.pattern.code or "")[:2] == PROTEST_ROOT and found.pattern.verb in DEMANDING_VERBS):
                # "demanded that Ethiopia halt the war and return to talks": what is demanded is not done
                # (also when protesters demand it, coded as their protest).
                consumed.update(t.i for c in clauses[i].complements if c.dep_ == "ccomp" for t in (c, *_demanded_conjuncts(c)))
            if clauses[i].obj is not None and clauses[i].obj.lemma_.lower() in TALKS_NAMED:
                # "opened talks with Ireland on releasing prisoners", its "on" read as the verb's: what talks
                # are about is not done, wherever the parser hangs the phrase.
                consumed.update(k.i for p in clauses[i].verb.children if p.dep_ == "prep" and p.lower_ in TOPIC_PREPS
                                for c in p.children if c.dep_ == "pcomp" for k in (c, *c.conjuncts))
            if found.complement is not None and not _is_spoken_purpose(found.complement):
                consumed.add(found.complement.i)
                if (found.pattern.code or "").startswith((ACCUSATION, LIABILITY_FOUND)) and found.complement.dep_ == "ccomp":
                    consumed.update(t.i for t in found.complement.subtree if t.pos_ == "VERB")
                    # "found Turkey liable on Wednesday for denying ...": the charge the parser hangs on the verb
                    # past a time is the complement's all the same, not the court's act.
                    consumed.update(t.i for p in clauses[i].verb.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                                    for t in p.subtree if t.pos_ == "VERB")
            if found.target_prep is not None:
                # "accused Hamas of violating the truce": the pattern's phrase is what was said, not done.
                accusation = (found.pattern.code or "").startswith(ACCUSATION)
                phrases = [prep for head in (clauses[i].verb, *([clauses[i].obj] if clauses[i].obj is not None and accusation else []))
                           for prep in head.children if prep.dep_ == "prep" and prep.lower_ == found.target_prep]
                consumed.update(k.i for prep in phrases for t in prep.subtree if t.dep_ == "pcomp" for k in (t, *t.conjuncts, *_casualty_participles(t)))
                if accusation:
                    # "accusing Islamabad of harbouring militants who attack U.S. troops": a clause inside what
                    # is charged is part of the charge, as in a charge voiced as a clause.
                    consumed.update(t.i for prep in phrases for t in prep.subtree if t.pos_ == "VERB")
            if i in mandates:
                # What B must do has not been done: nothing in the obliged clause is coded.
                consumed.update(t.i for t in mandates[i].subtree if t.i != i)
            elif found.pattern.code is not None or found.pattern.reverse_code is not None:
                # Purpose: "demanded a meeting of the Council to discuss X", "sent troops to fight".
                # An investigation a visit is made for is done all the same: "a U.N. commission arrived in
                # Khartoum to investigate ...".
                # So is a mediation, which the codebook puts before the visit it was made for: "flew to Moscow
                # and Tbilisi to mediate between Russia and Georgia" is 045, not 042.
                visit = (found.pattern.code or "")[:3] == VISIT
                purposes = [t for t in clauses[i].verb.subtree if is_purpose_of(t, clauses[i].verb) and not _is_spoken_purpose(t)]
                made = visit and not is_announced(clauses[i].verb) and not _is_negated(clauses[i])
                done = [t for t in purposes if visit and t.i in matches
                        and ((matches[t.i].pattern.code or "")[:2] == INVESTIGATION or (made and matches[t.i].pattern.code == MEDIATION))]
                consumed.update(t.i for t in purposes if t not in done)
                if any(matches[t.i].pattern.code == MEDIATION for t in done):
                    superseded.add(i)

        consumed.update(_asked_by_demand_nouns(demand_nouns))
        # "failed to arrest Mladic", "have yet to sign the accord", "had no plans to attack Iran", "talks aimed at
        # ending the war", "had been due to visit Myanmar", "so that the troops could leave", "practising how to
        # repel an incursion": not done.
        consumed.update(i for i, clause in clauses.items() if not_done(clause.verb) or counterfactual(clause.verb)
                        or under_denied_noun(first_conjunct(clause.verb)) or aimed_goal(clause.verb) or sought_purpose(clause.verb)
                        or lapsed_schedule(clause.verb) or result_sought(clause.verb) or rehearsed(clause.verb))
        # "authorised African and French forces to use force": what is authorised is allowed for later, not done.
        consumed.update(i for i, clause in clauses.items() if _authorised(clause.verb))
        # What an act not done would itself go on to do is not done either: "urged Greece to stop
        # supporting the rebels" reports no support.
        doc = sent.doc
        stack = list(consumed)
        while stack:
            governing = doc[stack.pop()]
            # "urged Nigeria to move swiftly to restore democracy": the restoring is asked for too.
            bridged = bridged_act(governing)
            for c in governing.children:
                if (c.dep_ == "xcomp" or c.i == bridged.i or is_purpose_of(c, governing) or _small_clause(c) or _shares_its_to(c)) and c.i not in consumed:
                    consumed.add(c.i)
                    stack.append(c.i)
        consumed |= superseded
        # "would stop firing rockets", "refrained from attacking": what one stops doing is not done.
        consumed.update(i for i, clause in clauses.items() if is_stopped(clause.verb))
        # "Last year, the army sent troops", "In 2010, police arrested ...": background, dated before the report.
        consumed.update(i for i, clause in clauses.items() if dated_before(clause.verb, day, body=index > 0))
        # "..., according to officials and journalists who visited the area": the attribution's relative
        # clause describes the source, it is not news.
        consumed.update(i for i, clause in clauses.items() if _in_attribution(clause.verb))
        # "refused to let the Red Cross visit", "did not allow inspectors to return": what one
        # would let happen, or would not, has not happened.
        consumed.update(
            c.i for i, clause in clauses.items() if clause.verb.lemma_.lower() in PERMITTING_VERBS and (i in consumed or _is_negated(clause))
            for c in clause.complements
        )
        # A mediation of an act not done ("would meet, with Egypt mediating") is not done either; of an
        # act done, it is done too (not what the act's own "with" phrase says: "held talks with").
        for m, governing in mediated.items():
            if governing in consumed:
                consumed.add(m)
            else:
                consumed.discard(m)
        events: list[Event] = []
        seen: set[tuple[str | None, str | None, str]] = set()
        resolve = _Resolver(self.actors, mentions, day, sent.doc, self._infer_domestic, memory)
        for i, found in [*matches.items(), *self._conjoined_acts(clauses, matches)]:
            clause = clauses[i]
            pattern = found.pattern
            act = pattern.code or ""
            if i in consumed or (pattern.code is None and pattern.reverse_code is None):
                continue
            if _denied_object(clause) and not any(w.split()[0] in NEGATIONS for w in pattern.obj or ()):
                continue  # "had offered no evidence", "made no concessions": nothing was done ("had no comment" is 011)
            if _is_negated(clause) and _force_not_ruled_out(clause, pattern):
                pattern = replace(pattern, code=FORCE_THREAT, reverse_code=None, text=f"{pattern.text}, not ruled out => {FORCE_THREAT}")
                act = FORCE_THREAT
                found = replace(found, pattern=pattern)
            elif _is_negated(clause) and not _expects_negation(pattern) and i not in refusals:
                refused = _refused_by_negation(clause, pattern)
                if refused is None:
                    continue
                # "said the movement would not hand over bin Laden" (1243): a refusal to yield.
                pattern, act = refused, refused.code
                found = replace(found, pattern=pattern)
            if act == LIABILITY_FOUND and found.complement is not None and found.complement.dep_ == "ccomp" and _denied(found.complement):
                continue  # "ruled that Serbia had not violated the convention": no one was found at fault
            if act == ARREST and clause.verb.dep_ == "acl" and clause.verb.tag_ == "VBN" and clause.verb.lemma_.lower() in HOLDING_VERBS and not any(
                c.dep_ in ("aux", "auxpass", "agent") for c in clause.verb.children
            ):
                continue  # "prisoners held in Israeli jails": a captivity described, not an arrest
            if act == ARREST and _captives_described(clause.verb):
                continue  # "handed over four officers arrested in Tbilisi": whom another act deals with, arrested before
            if act == HOSTAGE_TAKING and clause.verb.dep_ == "acl" and clause.verb.tag_ in ("VBN", "VBD") and clause.verb.lemma_.lower() in HOLDING_VERBS and not any(
                c.dep_ in ("aux", "auxpass", "agent") or (c.dep_ == "prep" and c.lower_ == "by")
                for head in (clause.verb, *(o for o in clause.verb.children if o.dep_ in ("dobj", "obj"))) for c in head.children
            ):
                # "children held hostage in Gaza": a captivity described, its holder unnamed (not a "by" phrase
                # of another noun: "in exchange for the release of prisoners by Israel"); held "by Hamas" stays 181.
                continue
            if act[:2] == PROTEST_ROOT and clause.verb.lemma_.lower() not in SAYS_PROTEST and any(
                is_purpose_of(t, clause.verb) and t.lemma_.lower() in FESTIVE_PURPOSES for t in clause.verb.children
            ):
                continue  # "Egyptians poured into Tahrir Square to celebrate Mubarak's fall": a celebration, no protest
            if act[:2] == POSTURE_ROOT and standing_force(clause.verb):
                continue  # "About 4,000 French troops patrol a buffer zone": a deployment described, not an event
            if speculated(clause.verb):
                continue  # "the opposition could boycott the election, analysts said": onlookers' view, no one's act
            if act[:2] in CONFLICTUAL_ACTS and (is_scheduled(clause.verb) or is_foreseen(clause.verb)):
                # "Israel is expected to strike Iran", "investors worried that the West would impose sanctions":
                # others' expectation, no threat of Israel's or the West's
                continue
            if is_hoped_for(clause.verb):
                continue  # "was confident the United States would remove Sudan from the list": hoped for, no U.S. intent
            if _is_conditional(clause.verb) or _is_reported(clause.verb):
                # "... unless Seoul withdrew its troops", "denied reports that its jets bombed a
                # hospital": a condition or a claim, not something known to have happened.
                continue
            if act[:2] == INVESTIGATION and (probed := _investigated_act(clause, act, clauses, matches, resolve)) is not None:
                # "investigating reports that Russian troops had committed war crimes" (094).
                pattern = replace(pattern, code=probed, text=f"{pattern.text}, of what is alleged => {probed}")
                found = replace(found, pattern=pattern)
                act = probed
            if act == ACCUSATION and (accused := _accused_act(clause, matches)) is not None:
                # "charged that Eritrean troops had invaded its territory" (1123).
                pattern = replace(pattern, code=accused, text=f"{pattern.text}, of what is accused => {accused}")
                found = replace(found, pattern=pattern)
                act = accused
            if act == STATEMENT and clause.verb.lemma_.lower() == "tell" and clause.obj is not None and clause.obj.lemma_.lower() in PRESS_AUDIENCE:
                continue  # "told reporters that ...": said to the press, no one's target
            if act == STATEMENT and any(t.i in matches and t.i not in consumed for t in _told_predicates(clause.verb)):
                continue  # "Britain demanded that Iran free the sailors, Blair told parliament": the telling only carries the demand
            head = found.source_token or _source_head(clause)
            if head is None and act[:2] == STATEMENT_ROOT and clause.verb.dep_ == "ccomp" and any(c.dep_ == "expl" for c in clause.verb.children):
                head = _source_head(Clause.read(clause.verb.head))  # "said there was little hope of ...": the speaker's
            if head is not None and act[:2] in VIOLENT_ROOTS and any(
                t.lemma_.lower() in NATURAL_FORCES for t in (
                    head, *(c for c in head.children if c.dep_ == "compound" and not _names_craft_model(c, head))
                )
            ):
                continue  # "an earthquake struck Japan, killing thousands", "Cyclone Nargis hit Myanmar": no one's act
            if head is not None and act[:2] in VIOLENT_ROOTS and _crashed(head):
                continue  # "a helicopter crashed, killing 12 soldiers": an accident, no one's act
            sources = _owned_by_speaker(resolve, clause, head, _sources(resolve, head))
            if head is not None and _names_both_sides(head):
                # "Vajpayee and Musharraf held talks and the two leaders agreed ...": both of them.
                sides = _sides_named_before(clause.verb, resolve)
                if len({s.code for s in sides}) > 1:
                    sources = sides
                elif all(_unknown(s) for s in sources):
                    # "The two sides agreed ...", "the two leaders signed ..." after a lead about them.
                    sources = resolve.remembered_pair(head) or sources
            if not sources and clause.verb.dep_ in ("relcl", "acl") and is_infinitive(clause.verb) and clause.verb.head.dep_ in ("dobj", "obj"):
                # "voted to send a fact-finding mission to investigate the raid": the sender's.
                sender = Clause.read(clause.verb.head.head)
                if not sender.passive and (sender.verb.lemma_.lower() in SENDING_VERBS or (
                    clause.verb.head.lemma_.lower() in EFFORT_NOUNS and sender.verb.lemma_.lower() in EFFORT_VERBS
                    and not any(c.dep_ == "prep" and c.lower_ == "by" for c in clause.verb.head.children)
                )):
                    sources = _sources(resolve, _source_head(sender))
            sources = _commanded(resolve, clause, head, sources)
            sources = _aid_givers(resolve, clause, act, sources)
            if head is not None and head.lemma_.lower() == GOVERNMENT_WORD and sources and all(_unknown(s) and s.code[3:6] == GOVERNMENT for s in sources):
                # "Kalla said the government would grant an amnesty": the speaking official's government.
                sources = [_with_country(s, _speakers_country(clause.verb, resolve), frozenset({GOVERNMENT})) for s in sources]
            elif sources and all(_unknown(s) and s.code[3:6] in SPEAKERS_FORCES for s in sources):
                # "Serbian President Boris Tadic announced that police had arrested Ratko Mladic": the speaking
                # official's police, army or courts (not those of whom they acted on).
                sources = [_with_country(s, _speakers_country(clause.verb, resolve), SPEAKERS_FORCES) for s in sources]
            fought = False
            if act[:2] in ATTACK_ROOTS and all(_unknown(s) for s in sources):
                sides = _fight_sides(clause, head, resolve)
                # at least one side armed or a state body: "clashes between Kyrgyz and Uzbeks" name peoples whose country is unsure
                if len({s.code for s in sides}) > 1 and any(s.code[3:6] in FIGHTING_SECTORS or len(s.code) > 6 for s in sides):
                    sources, fought = sides, True
            if not sources and clause.passive and clause.agent is None and _is_joint(pattern):
                # "a ceasefire was agreed between Israel and Hamas": by both.
                sides = [a for p, o in clause.preps if p == "between" for a in resolve.actors_of(o) if not _unknown(a)]
                if len({s.code for s in sides}) > 1:
                    sources = sides
            expelled = clause.verb.lemma_.lower() in EXPELLING_VERBS
            extradited = clause.verb.lemma_.lower() in EXTRADITING
            if not sources and clause.passive and clause.agent is None and (act[:3] in STATE_ACTS or expelled or extradited):
                # "was arrested in Lebanon", "were expelled from Russia": by the state whose territory it
                # was; so were diplomats, inspectors and aid workers ("expelled from Britain"), and a
                # suspect "extradited from Thailand" was handed over by Thailand.
                sources = _place_of(clause, resolve, ("in", "from") if expelled or extradited or act.startswith(EXPULSION) else ("in",))
            if not sources and clause.passive and clause.agent is None and clause.verb.lemma_.lower() == "summon":
                # "Turkey's ambassador was summoned to the Iraqi Foreign Ministry": by the ministry.
                sources = [s for o in clause.prep_objects("to") for s in resolve.actors_of(o) if not _unknown(s)]
            if not sources and clause.passive and clause.agent is None and act[:2] in VIOLENT_ROOTS:
                # "Three Palestinians were killed when Israeli troops opened fire": by whoever did the
                # violence the linked clause tells of.
                sources = next((_sources(resolve, _source_head(clauses[c.i])) for c in _linked_acts(clause.verb, matches, VIOLENT_ROOTS)), [])
            moved = None
            if (
                not sources and clause.passive and clause.agent is None and clause.obj is not None and pattern.obj is not None
                and act[:2] in MOVED_ROOTS and not act.startswith(MOVED_EXCEPT)
            ):
                # "U.N. sanctions against Libya were suspended", "Turkish troops were deployed along the
                # Syrian border": whose sanctions or troops they are is who acted.
                # Not people: "Iraqi civilians were evacuated" were helped, by someone unnamed.
                sources = [s for s in resolve.actors_of(clause.obj) if not _unknown(s) and s.code[3:6] not in PEOPLE_SECTORS]
                moved = clause.obj if sources else None
                if not sources and act[:2] == POSTURE_ROOT:
                    country = _country_of_place(next(iter(_place_of(clause, resolve, POSTED_PREPS)), None))
                    sources = [_with_country(s, country, frozenset({POLICE, MILITARY})) for s in resolve.actors_of(clause.obj) if _unknown(s)]
                    moved = clause.obj if sources else None
            if (
                not sources and clause.passive and clause.agent is None and act == SANCTIONS
                and pattern.prep is not None and pattern.prep_obj is not None
            ):
                # "PDVSA was hit with sweeping U.S. sanctions", "Iran was slapped with new EU tariffs": whose
                # sanctions they are is who imposed them.
                sources = [
                    s for o in clause.prep_objects(pattern.prep) if is_in(o, pattern.prep_obj)
                    for s in resolve.actors_of(o) if s.end <= o.i and not _unknown(s) and s.code[3:6] not in PEOPLE_SECTORS
                ]
            if act[:3] == VIOLENT_PROTEST and sources and all(s.code[3:6] in STORMING_FORCES or s.code[:3] == MILITANT_GROUPS for s in sources) and not (
                _by_protesters(clause) or (head is not None and head.lemma_.lower() in FOLLOWER_NOUNS)
                or any(is_purpose_of(t, clause.verb) and t.lemma_.lower() in PROTESTING_VERBS for t in clause.verb.children)
            ):
                # "Islamist militants stormed the U.S. consulate": armed men who storm a building attack it (190);
                # a riot (145) is by protesters ("supporters of a militia stormed the embassy ... to protest").
                act = FIGHT
                pattern = replace(pattern, code=FIGHT, reverse_code=None, text=f"{pattern.text}, by armed men => {FIGHT}")
                found = replace(found, pattern=pattern)
                protests.pop(i, None)
            if act[:3] == DEMONSTRATION and clause.verb.lemma_.lower() in MARCHING_VERBS and sources and all(
                    s.code[3:6] in STORMING_FORCES or s.code[:3] == MILITANT_GROUPS for s in sources) and not (
                    _by_protesters(clause) or (head is not None and head.lemma_.lower() in FOLLOWER_NOUNS)):
                # "Russian troops marched near the border", "rebel fighters marched to the capital": armed men on
                # the march move; they do not demonstrate (141).
                protests.pop(i, None)
                continue
            if act[:2] in ATTACK_ROOTS and act != CEASEFIRE_VIOLATION and _in_breach_of_truce(clause.verb):
                # "seized four towns in violation of the ceasefire", "shelled the city in breach of the truce": the
                # codebook codes every violation of a truce 196, whatever was used.
                act = CEASEFIRE_VIOLATION
                pattern = replace(pattern, code=act, reverse_code=None, text=f"{pattern.text}, in breach of a truce => {act}")
                found = replace(found, pattern=pattern)
            if act[:2] == PROTEST_ROOT and all(_unknown(s) for s in sources):
                # "Thousands of farmers protested across Argentina": protesters are people of where
                # they protest, and so are "thousands" who "rallied in Caracas".
                country = _country_of_place(next(iter(_place_of(clause, resolve, PROTEST_PLACES)), None)) or _struck_building_country(clause, resolve)
                sources = [_with_country(s, country, SOCIETY_SECTORS) for s in sources]
                crowd = clause.subject
                if not sources and country is not None and crowd is not None and crowd.pos_ != "PRON":
                    sources = [ActorRef(country + CIVILIANS, crowd.i, crowd.i + 1, CIVILIANS)]
            if act[:2] == COERCION and sources and all(_unknown(s) and s.code[3:6] in PLACED_COERCERS for s in sources):
                # "were detained in Moscow as riot police broke up a rally": police of no named country
                # are those of where they act.
                verb = clause.verb
                place = _place_of(clause, resolve, ("in",)) or (
                    _place_of(Clause.read(verb.head), resolve, ("in",)) if verb.dep_ in ("advcl", "conj") and verb.head.i != verb.i else []
                ) or _place_of(clause, resolve, ("in",), inside_object=True) or _purpose_place(verb, resolve)
                country = _country_of_place(next(iter(place), None))
                sources = [_with_country(s, country, PLACED_COERCERS) for s in sources]
            struck = None
            if act[:2] in ATTACK_ROOTS and all(_unknown(s) for s in sources):
                # "A roadside bomb near Samarra killed a U.S. soldier", "gunmen killed three soldiers in
                # Kashmir": attackers no one names are armed men of the country where they struck.
                # "were killed in a car bombing in Baghdad": the means a passive names, as a subject would.
                vehicle_bomb = head is not None and _vehicle_bomb(head)
                means = head if head is not None and (head.lemma_.lower() in ATTACK_MEANS or vehicle_bomb) else _passive_means(clause, found)
                if vehicle_bomb and act in BOMBING_CODES:
                    # "A truck packed with explosives blew up outside the barracks": a car bombing.
                    act = CAR_BOMBING
                    pattern = replace(pattern, code=CAR_BOMBING, text=f"{pattern.text}, by a vehicle packed with explosives => {CAR_BOMBING}")
                    found = replace(found, pattern=pattern)
                if not sources and means is not None and means is not head:
                    # "in an Israeli air strike", "in a Taliban attack", "in a U.S. air strike": who the
                    # attack is named for (not "a Baghdad car bombing", named for where).
                    sources = [
                        a for a in resolve.actors_of(means) if a.end <= means.i and (
                            _country_of_place(a) is None or means.doc[a.end - 1].pos_ == "ADJ" or (len(a.code) == 3 and means.lemma_.lower() not in ATTACK_MEANS)
                        )
                    ]
                if not sources:
                    sources = _blamed_on(means, resolve) or _blamed_on(head, resolve)
                struck = _attack_place(clause, resolve, means)
                sources = [_with_country(s, struck, UNNAMED_ATTACKERS) for s in sources]
                if not sources and struck is not None and means is not None:
                    sources = [ActorRef(struck + UNIDENTIFIED_ARMED, means.i, means.i + 1, UNIDENTIFIED_ARMED)]
            if act == FORCE_DISPLAY and pattern.prep is None and clause.obj is not None and any(
                    o.lemma_.lower() in EXERCISE_NOUNS for o in (clause.obj, *clause.obj.conjuncts)) and len(
                    {s.code[:3] for s in sources if not _unknown(s) and s.code[:3] not in NON_STATE}) > 1:
                # "India and Russia held military exercises in the Bay of Bengal": states that drill together
                # cooperate militarily (062) with each other, not show force to no one; so do those whose
                # "air and naval exercises" the parser heads by "air".
                act = MILITARY_COOPERATION
                pattern = replace(pattern, code=act, reverse_code=act, text=f"{pattern.text}, by states together => {act}")
                found = replace(found, pattern=pattern)
            # "Rwanda and Uganda backed a rebellion", "pledged aid": backing, praising, defending, apologizing
            # and offers of aid or mediation go one way, to a third party, unless they say "each other".
            one_sided = pattern.reverse_code is None and act[:3] in ONE_SIDED_ACTS and not _says_each_other(clause.verb)
            joint = len(sources) > 1 and _is_joint(pattern) and not one_sided
            if not joint and (act[:3] in MUTUAL_FIGHTS or act in MUTUAL_DEESCALATIONS or act == CEASEFIRE_VIOLATION):
                # "Ecuadorean and Peruvian troops fought along their border", "the army and the Tamil
                # Tigers violated the ceasefire": each other; an army no one places is the rebels' state's.
                opposed = _opposing_sides(sources) if act == CEASEFIRE_VIOLATION or clause.obj is None else None
                joint = opposed is not None or (act != CEASEFIRE_VIOLATION and _adjective_sides(head, sources) and not _aimed_at(clause, resolve))
                sources = [_with_country(s, opposed or None, STATE_FORCES) if _of_the_government(s, sent.doc) else s for s in sources]
            if not joint and act == MILITARY_RETREAT and len({s.code[:3] for s in sources if not _unknown(s)}) > 1 and (
                    _their_own(clause.obj) or _adjective_sides(head, sources)) and any(p in RETREAT_PREPS and _ground_between(o) for p, o in clause.preps):
                # "Thailand and Cambodia pulled their troops out of a demilitarised zone", "Thai and Cambodian troops
                # withdrew from the disputed area": states that disengage from ground between them each pull back
                # from the other, when it names no one else.
                joint = True
            if joint and act[:2] in LOCATED_ROOTS:
                # "Israeli troops and Hezbollah traded fire in south Lebanon": conjoined actors fighting
                # each other are not fighting the place; "police and protesters clashed in Nairobi" are
                # Kenya's.
                country = _country_of_place(next(iter(_place_of(clause, resolve, ("in",))), None))
                sources = [_with_country(s, country, STATE_SECTORS | SOCIETY_SECTORS | {MILITARY}) for s in sources]
            if i in mandates:
                # "A said B must hand over ...": B is the one the demand is made of; in "A told B that it
                # must ..." the pronoun is B, whom A told.
                demanded_of = Clause.read(mandates[i]).subject
                if demanded_of is not None and demanded_of.pos_ == "PRON" and clause.obj is not None:
                    demanded_of = clause.obj
                targets = resolve.actors_of(demanded_of)
            else:
                targets = self._targets(clause, found, resolve, sources[0] if len(sources) == 1 else None, skip=moved)
                alleged = _alleged(clause, resolve) if act[:2] == INVESTIGATION else []
                if act[:2] == INVESTIGATION and not alleged:
                    alleged = next((a for t in clause.verb.children if t.i in clauses and is_purpose_of(t, clause.verb)
                                    and (a := _alleged(clauses[t.i], resolve))), [])
                if any(not _unknown(a) for a in alleged):
                    # "investigating Georgian charges that Russian warplanes bombed villages": Russia's.
                    targets = alleged
                if act[:2] in LOCATED_ROOTS and not joint:
                    # Placed whatever its object: a measure a pattern names as its object ("impose
                    # obj=curfew"), or an investigation.
                    measure = (act[:3] in PLACE_MEASURES and pattern.obj is not None) or act[:2] == INVESTIGATION
                    # "set off a roadside bomb near Vavuniya, killing seven soldiers": a bombing that names
                    # no victim is aimed at its dead; they are of the country the place gives, if none of their own.
                    dead = _bombing_dead(clause, resolve) if act[:3] in BOMBING_CODES and all(
                        t.code[3:] == CIVILIANS and _in_place_phrase(t, clause, tuple(ATTACK_PLACES)) for t in targets) else []
                    targets = _located(targets, clause, resolve, measure, owned=act[:3] == PROPERTY_DAMAGE, probe=act[:2] == INVESTIGATION,
                                       seized=act[:3] == HOSTAGE_TAKING)
                    if dead:
                        country = next((t.code[:3] for t in targets if not _unknown(t)), None)
                        targets = [_with_country(d, country, frozenset({d.code[3:6]})) for d in _located(dead, clause, resolve)]
                    # "An explosion at a bus station in Karachi killed 12 people": where the attack was.
                    targets = [_with_country(t, struck, CIVILIAN_SECTOR) for t in targets]
                    if measure and act[:3] in PLACE_MEASURES and len(sources) == 1 and _at_home(targets, sources[0]):
                        # "Thai authorities imposed a nationwide curfew", "Egypt lifted the curfew in
                        # Cairo": on their own people.
                        targets = _own(sources[0], CIVILIANS)
            if act == CONFISCATION and pattern.obj is not None and not targets and len(sources) == 1 and sources[0].code[3:6] in ("", *STATE_SECTORS):
                # "Zimbabwe's government ordered the seizure of white-owned farms": of its own people.
                targets = _own(sources[0], CIVILIANS)
            if (not targets or all(_unknown(t) for t in targets)) and (act[:2] == AID_ROOT or act[:3] in AID_CUTS) and pattern.obj is not None:
                # "distributed food aid in southern Sudan", "suspended aid deliveries in Baghdad": for
                # the people of where it is given.
                place = next(iter(_place_of(clause, resolve, ("in",), inside_object=True)), None)
                country = _country_of_place(place)
                if country is not None and not (len(sources) == 1 and sources[0].code[:3] == country):
                    targets = [replace(place, code=country + CIVILIANS, sector=CIVILIANS)]
            if act[:3] == HUMANITARIAN_AID:
                # "airlifted food to Mogadishu": relief sent to a capital the dictionaries code as its
                # government is for the people there, as relief given in it is.
                targets = [
                    replace(t, code=country + CIVILIANS, sector=CIVILIANS)
                    if len(t.code) > 3 and (country := _country_of_place(t)) is not None and _in_place_phrase(t, clause, RELIEF_DESTINATION_PREPS) else t
                    for t in targets
                ]
            if act[:2] == PROTEST_ROOT and clause.obj is not None and clause.obj.lemma_.lower() in PLACE_NOUNS:
                # "protesters blockaded Bangkok's airport", "marched on a Cairo square": against the
                # government of the place, not the place.
                targets = [replace(t, code=t.code + GOVERNMENT, sector=GOVERNMENT) if _state_of(t) == t.code else t for t in targets]
            if act[:3] in REPRESSION_CODES:
                # "police broke up a rally in Minsk", "troops stormed a protest camp in Bangkok": repression
                # is of people (codebook, 175), so a state named only as where it happened is its people.
                targets = [replace(t, code=t.code + CIVILIANS, sector=CIVILIANS) if _state_of(t) == t.code else t for t in targets]
            if act[:3] in POLICE_POSTURE and len(sources) == 1 and i not in mandates and _at_home(targets, sources[0]):
                # "deployed 90,000 police across the country ahead of protests": at its own people.
                targets = _own(sources[0], CIVILIANS)
            if not targets and pattern.code is None and (pattern.reverse_code or "").startswith((ASSASSINATION_ATTEMPT, ROADSIDE_BOMBING)) and sources:
                # "survived an assassination attempt when a Tamil Tiger suicide bomber blew herself up":
                # by the bomber; with no one named, by the place it happened.
                targets = next((
                    rivals for c in _linked_acts(clause.verb, matches, VIOLENT_ROOTS)
                    if (rivals := [r for r in _sources(resolve, _source_head(clauses[c.i])) if not _unknown(r)])
                ), []) or _place_of(clause, resolve, ATTACK_PLACES) or next(
                    (place for c in _linked_clauses(clause.verb) if (place := _place_of(Clause.read(c), resolve, ATTACK_PLACES))), []
                )
            if not targets and (act[:2] in ATTACK_ROOTS or act == ADMISSION) and clause.obj is not None and clause.obj.lemma_.lower() in CLAIMED_NOUNS and sources:
                # "claimed responsibility for twin bombings in the Ugandan capital Kampala": the people of where
                # the attack was, as for a bombing placed by where it struck (the "for" phrase hangs on the verb
                # or on "responsibility"), whether the claim is coded as the attack or as the claim (015).
                targets = [replace(p, code=p.code[:3] + CIVILIANS, sector=CIVILIANS) for p in _place_of(clause, resolve, ("for",), inside_object=True)]
            if not targets and act[:2] in ATTACK_ROOTS and clause.verb.dep_ == "advcl" and any(
                t.lower_ in LINKED_EVENTS and t.dep_ in ("mark", "advmod") for t in clause.verb.children
            ) and clause.verb.head.i in matches and (matches[clause.verb.head.i].pattern.code or "")[:2] in ATTACK_ROOTS:
                explained = clauses[clause.verb.head.i]
                if explained.passive and explained.obj is not None and explained.obj.dep_ in ("nsubjpass", "csubjpass"):
                    # a clause subject, not the noun a participle hangs on ("censorship imposed by the king after he seized power")
                    targets = [t for t in resolve.actors_of(explained.obj) if not _unknown(t) and not any(s.code == t.code for s in sources)]
            if act == CEASEFIRE_VIOLATION and i not in mandates and (not targets or (clause.obj is not None and all(
                clause.obj.left_edge.i <= t.start and t.end - 1 <= clause.obj.i for t in targets
            ))):
                # "broke a week-old ceasefire by attacking army positions", "breached the U.N.-brokered truce, shelling ...",
                # and the attack before a participle of violation ("shelled army positions, breaking the truce").
                acts = [next((k for k in c.children if k.dep_ == "pcomp"), None) if c.dep_ == "prep" and c.lower_ == "by" else (
                    c if c.dep_ in ("advcl", "conj", "xcomp") and c.pos_ == "VERB" else None) for c in clause.verb.children]
                if _violated_by_the_act_before(clause.verb, matches):
                    acts.append(clause.verb.head)
                for done in acts:
                    if done is not None and done.i in matches and (matches[done.i].pattern.code or "")[:2] in ATTACK_ROOTS:
                        hit = [t for t in self._targets(clauses[done.i], matches[done.i], resolve, sources[0] if len(sources) == 1 else None)
                               if not any(t.code == s.code for s in sources)]
                        if hit:
                            targets = _located(_located(hit, clauses[done.i], resolve), clause, resolve)
                            break
            if act[:2] == APPEAL_ROOT and i not in mandates and (backed := _backed(clause, resolve, sources)):
                targets, act = backed, RALLY_SUPPORT
                pattern = replace(pattern, code=RALLY_SUPPORT, reverse_code=None, text=f"{pattern.text}, others to back a third party => {RALLY_SUPPORT}")
                found = replace(found, pattern=pattern)
            if act[:4] == RESIGNATION and len(sources) == 1 and sources[0].code[3:6] == ELITE and day is not None:
                # "Mubarak resigned on Friday": a resignation reported on the day his office ends in the dictionary.
                held = {self.actors.actor_code(m, day - dt.timedelta(days=1)) for m in mentions[sources[0].start:sources[0].end]
                        if m is not None and m.kind == ACTOR and self.actors.actor_code(m, day) == sources[0].code}
                if len(held) == 1 and (code := held.pop())[3:6] in OFFICES and code[:3] == sources[0].code[:3]:
                    sources = [replace(sources[0], code=code, sector=code[3:6])]
            if act in (INTENT_TO_DEPLOY, PROTECTION, REFUSED_DEPLOYMENT):
                targets = [_posted_where(t, sent.doc, resolve) for t in targets] or [
                    place for body in _serving_bodies(clause) if (place := _deployed_to(body, resolve)) is not None][:1]
            if act[:3] == SETTLEMENT and targets and all(_court(t) for t in targets):
                # "submitted its dispute with Bahrain to the International Court of Justice": with Bahrain.
                targets = [a for o in clause.object_preps if o.head.lower_ == "with" for a in resolve.actors_of(o) if not _court(a)] or targets
            if act == MILITARY_RETREAT and len(sources) == 1 and targets and all(
                    t.code[:3] == sources[0].code[:3] and t.code[3:6] in ("", CIVILIANS) for t in targets):
                # "Syrian troops withdrew from the northern town of Afrin": a retreat is from the other side,
                # not from the force's own country or its people.
                targets = []
            if i not in mandates and (not targets or (act[:2] == INVESTIGATION and all(_nameless(t) for t in targets))):
                # "sent personnel to Bosnia to investigate the feasibility of a force": no one in particular.
                targets = _implied_targets(act, pattern, clause, sources, resolve, clauses, matches) or targets
            if not targets and i not in mandates and act[:2] in REACTION_ROOTS:
                # "Japan condemned the attack", "welcomed the agreement", "rejected the offer": an act
                # an earlier sentence of the article reported.
                targets = resolve.remembered_act(clause)
            if not targets and i not in mandates and act[:2] in COUNTERPART_ROOTS and len(sources) == 1:
                # "The rebels withdrew", "vowed to fight on" in a story about the army and the rebels: at the other side.
                targets = resolve.counterpart(sources[0], clause.verb)
            elif i not in mandates and (YIELDS_AIMED.get(act[:4]) or YIELDS_AIMED.get(act[:3])) and all(
                    (_unknown(t) and t.code[3:6] in OFFICES) or any(t.code == s.code for s in sources) for t in targets):
                # "declared a ceasefire in the PKK's war" names only itself; "resigned as president" no one placed
                targets = _implied_targets(act, pattern, clause, sources, resolve, clauses, matches) or targets
            if act[:4] == PERSONS_RELEASED and len(sources) == 1:
                # "freed 300 prisoners": a state's own people, or the rebels' country's ("the release of 15
                # British sailors and marines": the unplaced are the named foreigners).
                home = _country_of(sources[0], OFFICES | {WHOLE_COUNTRY})
                if home is None:
                    targets = [_with_country(t, _country_of(sources[0], ARMED_GROUPS), RELEASED_OF_A_STATE) for t in targets]
                elif all(_unknown(t) or t.code[:3] == home for t in targets):
                    targets = [_with_country(t, home, frozenset({t.code[3:6]})) for t in targets]
            if not sources and act[:3] == RESTRICTIONS_EASED and clause.passive and clause.agent is None and len({t.code[:3] for t in targets}) == 1 \
                    and not _unknown(targets[0]) and targets[0].code[:3] not in NON_STATE:
                sources = [ActorRef(targets[0].code[:3] + GOVERNMENT, clause.verb.i, clause.verb.i, GOVERNMENT)]
            # "the rebels", "the army" of no named country: the ones the article named before.
            sources = [resolve.remembered(s) for s in sources]
            targets = [resolve.remembered(t) for t in targets]
            # An actor acting on itself is a misreading ("the United States would deny entry to the United States").
            # Two actors of no known country say nothing anyone can aggregate ("a colonel told reporters").
            pairs = [
                (s, t) for s in sources for t in targets
                if (s.start, s.end) != (t.start, t.end) and (s.code != t.code or _two_office_holders(s, t, resolve))
                and not (_nameless(s) and _nameless(t) and POLICE not in (s.code[3:6], t.code[3:6]))
                and not _own_state_beside_partner(s, t, targets, sent.doc)
            ]
            # (police and whom they face, both of no known country, wait for the sentence's one country to place them)
            unplaced = {(s.start, t.start) for s, t in pairs if _nameless(s) and _nameless(t)}
            # "Tamil Tiger rebels ambushed government troops", "captured Torit from government forces", "were
            # ready to resume peace talks with the government", "accused government troops of shelling": the
            # government the rebels face, and its forces, are their country's ...
            pairs = [(s, _with_country(t, _country_of(s, ARMED_GROUPS), COMMANDED_SECTORS)) if s is not None and _of_the_government(t, sent.doc) else (s, t) for s, t in pairs]
            # ... and "Government troops killed 12 Tamil rebels": the forces of the rebels' country.
            pairs = [(_with_country(s, _country_of(t, ARMED_GROUPS), COMMANDED_SECTORS), t) if t is not None and _of_the_government(s, sent.doc) else (s, t) for s, t in pairs]
            if act[:2] == INVESTIGATION:
                # "Bahrain investigated abuses by security forces": unnamed forces are the investigator's.
                pairs = [(s, _with_country(t, _state_of(s), INVESTIGATED)) for s, t in pairs]
            if act[:3] in DOMESTIC_YIELDS:
                # "Myanmar abolished censorship of the press": its own press.
                pairs = [(s, _with_country(t, _state_of(s), SOCIETY_SECTORS)) for s, t in pairs]
            # "sanctions on 11 companies linked to Iran's missile programme": Iran's companies, not the
            # sanctioning state's; "companies linked to the programme" of no one named stay unknown.
            ties = {(t.start, t.end): _tie_of(t, sent.doc, resolve) for _, t in pairs if t is not None and _unknown(t) and t.code[3:6] in SOCIETY_SECTORS}
            pairs = [(s, _with_country(t, ties.get((t.start, t.end)) or None, SOCIETY_SECTORS) if t is not None else t) for s, t in pairs]
            if self._infer_domestic:
                domestic = act[:2] in DOMESTIC_ROOTS or act[:3] in DOMESTIC_YIELDS or act[:3] in DOMESTIC_INTENTS or act[:4] in DOMESTIC_INTENTS or act[:4] in DOMESTIC_APPEALS
                # (and whom a state agrees to meet among them: "agreed to meet opposition leaders")
                critics = POLITICAL_SOCIETY | ARMED_GROUPS if act[:3] in DOMESTIC_STATEMENTS or act == MEETING_INTENT else frozenset()
                # (a place of another country, "met the president at the White House", says the state is that one)
                abroad = {p.code[:3] for p in _place_of(clause, resolve, ("in", "at"))} if any(_faces_own_state(s, t) for s, t in pairs) else set()
                pairs = [_domestic(s, t) if (domestic or t.code[3:6] in critics or POLICE in (s.code[3:6], t.code[3:6]) or _faces_own_state(s, t, abroad))
                         and ties.get((t.start, t.end)) is None
                         else (s, t) for s, t in pairs]
                if act[:2] == COERCION or act[:3] in COUP_ASSAULTS:
                    # "Soldiers arrested Honduran President Manuel Zelaya": the president's country's army;
                    # so are soldiers who kill him ("President Ndadaye was killed by army paratroopers").
                    pairs = [(_with_country(s, _country_of(t, COUP_TARGETS), frozenset({MILITARY})), t) if s is not None and _names_leader(t, sent.doc) else (s, t) for s, t in pairs]
                if act[:2] in ELITE_HANDLING:
                    # "Police arrested a former Zambian minister": the police of the elite's country; so are
                    # prosecutors who question one ("was questioned by prosecutors"), as a state probes its own.
                    pairs = [(_with_country(s, _country_of(t, COERCED_ELITES), STATE_SECTORS), t) if s is not None and t is not None else (s, t) for s, t in pairs]
                if act[:2] == COERCION and act[:3] != DEPORTATION:
                    pairs = [(s, _coerced_own(s, t)) for s, t in pairs]
                if any(a is not None and _unknown(a) for pair in pairs for a in pair) and (sole := _sole_country(sent, mentions, resolve)) is not None:
                    # "Louisville's police chief pledged to cooperate with the FBI inquiry into the police shooting":
                    # in a sentence that names one country only, its unnamed state bodies are that country's
                    # (its forces too, but not where they use force: "Palestinian gunmen attacked troops").
                    # A body made the other side itself ("the prosecutor asked a judge") stays of no country.
                    # Nor is a body facing the state itself ("the government attacked Iran", "Venezuela accused
                    # a government").
                    own = OWN_STATE_BODIES if act[:2] in VIOLENT_ROOTS else OWN_BODIES_AND_FORCES
                    placed = [(_placed_facing(s, t, sole, own), _placed_facing(t, s, sole, own)) for s, t in pairs]
                    # (two people in office stay two: "President Lula praised Finance Minister Antonio Palocci")
                    pairs = [old if None not in new and new[0].code == new[1].code and not _two_office_holders(*new, resolve) else new
                             for old, new in zip(pairs, placed)]
                    # The home rule above once more, now that the country is known: the people a domestic act
                    # or its police face are its own too ("police fired tear gas at protesters outside
                    # Argentina's Congress" is ARGCOP against ARGCVL), as for police of a named country.
                    pairs = [_domestic(s, t) if s is not None and t is not None and (domestic or POLICE in (s.code[3:6], t.code[3:6]))
                             and ties.get((t.start, t.end)) is None else (s, t) for s, t in pairs]
            # (they stay only if both were placed)
            pairs = [(s, t) for s, t in pairs if s is None or t is None or (s.start, t.start) not in unplaced or not (_nameless(s) or _nameless(t))]
            states = {s.code[:3] for s in sources}
            if joint and (not targets or all(
                _discussed(clause, sent.doc[t.end - 1]) or
                _topic_of(clause, sent.doc[t.end - 1]) or t.code in {s.code for s in sources}
                or (t.code[:3] in states and len(states) > 1 and t.code[3:] in ("", GOVERNMENT)) or (_unknown(t) and act[:3] not in AID_CODES and act[:2] != AID_ROOT)
                or ((act[:3] == SETTLEMENT or act == SIGNED_AGREEMENT) and _court(t))
                or (act[:3] in MUTUAL_FIGHTS and _where_fought(t, clause))
                or (act == CEASEFIRE and _side_of_border(sent.doc[t.end - 1]))
                or ((act[:2] == CONSULTATION_ROOT or act == SIGNED_AGREEMENT) and (len(states) > 1 or t.code[:3] not in states) and _in_place_phrase(t, clause, inside_object=True))
                for t in targets
            )):
                # Conjoined actors of a joint act act on each other, also when the object says what
                # about ("Rabin and Arafat signed an agreement on Palestinian self-rule"), names one of
                # their own countries ("Fatah and Hamas agreed to form a unity government"... of PSE) or
                # no one known ("fought fierce battles"); not when they give aid to others.
                pairs = [(s, t) for s in sources for t in sources if s.code != t.code and not _same_party(s.code, t.code)]
            if fought:
                pairs = [(s, t) for s in sources for t in sources if s.code != t.code and not _same_party(s.code, t.code)]
            if act == UNSPECIFIED_MEETING and pairs and all(s is not None and t is not None for s, t in pairs):
                # "Clinton and Yeltsin met in Helsinki": a meeting where none of the parties is at home.
                states = {a.code[:3] for s, t in pairs for a in (s, t)}
                place = _place_of(clause, resolve, ("in", "at", "outside", "near"), inside_object=True)
                # "met in Geneva", also "at a lakeside villa in Geneva": a neutral city, or one a place noun is in.
                venues = [p for prep, p in clause.preps if prep in ("in", "at")]
                venues += [q for p in venues if p.lemma_.lower() in PLACE_NOUNS for c in p.children if c.dep_ == "prep" and c.lower_ == "in" and (q := prep_object(c)) is not None]
                venue = next((NEUTRAL_VENUES[p.lower_] for p in venues if p.lower_ in NEUTRAL_VENUES), None)
                if all(not a.startswith(UNKNOWN_ACTOR) and a not in NON_STATE for a in states) and (place and place[0].code[:3] not in states or venue is not None and venue not in states):
                    reverse = THIRD_LOCATION if pattern.reverse_code == UNSPECIFIED_MEETING else pattern.reverse_code
                    pattern = replace(pattern, code=THIRD_LOCATION, reverse_code=reverse, text=f"{pattern.text}, in a third country => {THIRD_LOCATION}")
                    found = replace(found, pattern=pattern)
            if not pairs and not self.require_dyad and (sources or targets):
                pairs = [(s, None) for s in sources] or [(None, t) for t in targets]
            demand = protests[i][1] if i in protests else _protest_demand(clause, act, matches)
            if demand is not None and any(t for _, t in pairs) and all(t is None or _in_place_phrase(t, clause) or _in_protest_place(t, clause, pattern) for _, t in pairs):
                # "blocked the railway line at the Greek border village of Idomeni, demanding that Macedonia
                # reopen its border": whom the demand is made of, not where they protest; so for a place
                # the protest fills ("packed Beirut's Martyrs' Square, demanding that Syria pull out").
                aimed = [a for a in self._targets(clauses[demand], matches[demand], resolve, None) if not _unknown(a)]
                if aimed:
                    pairs = [(s, None) for s, _ in pairs]
            if demand is not None and not any(t for _, t in pairs):
                aimed = [a for a in self._targets(clauses[demand], matches[demand], resolve, None) if not (_unknown(a) and a.code[3:6] in PEOPLE_SECTORS)]
                pairs = [(s, t) for s in sources or [None] for t in aimed if s is None or (s.code != t.code and not (_unknown(s) and _unknown(t)))] or pairs
                if self._infer_domestic:
                    pairs = [_domestic(s, t) if s is not None and t is not None else (s, t) for s, t in pairs]
            home = [s for s in sources if not _unknown(s)]  # "Israeli doctors, dockworkers and airport staff": one country named
            if act[:3] in HOME_PROTESTS and not any(t is not None and not (_unknown(t) and t.code[3:6] in PEOPLE_SECTORS) for _, t in pairs) and len(home) == 1 and _country_of(home[0], (SOCIETY_SECTORS - ARMED_GROUPS) | PEOPLE_SECTORS | {WHOLE_COUNTRY}):
                # "has been on hunger strike in a Belgrade prison", "rioted after the election": against their own
                # rulers; "prisoners in Israeli jails": against those who hold them.
                # (however deep: "thousands of prisoners held in Israeli jails")
                jails = [o for o in (clause.subject.subtree if clause.subject is not None else ()) if o.dep_ == "pobj" and o.head.lower_ == "in" and o.lemma_.lower() in JAILS]
                jailers = [a for o in jails for a in resolve.actors_of(o) if _state_of(a) is not None and _state_of(a) != home[0].code[:3]]
                pairs = [_domestic(s, t) if _unknown(s) else (s, t) for s in sources for t in _own(jailers[0] if jailers else home[0], GOVERNMENT)] or pairs
            if act[:2] == PROTEST_ROOT:
                pairs = [_protest_pair(s, t, clause) if s is not None and t is not None else (s, t) for s, t in pairs]
            if act[:2] == PROTEST_ROOT and _follows_rulers(clause, resolve):
                # "supporters of President Gbagbo rioted in Abidjan": not against the government they follow.
                own = [(s, t) for s, t in pairs if s is not None and t is not None and _country_of(t, frozenset({GOVERNMENT})) == s.code[:3]]
                pairs = [(s, t) for s, t in pairs if (s, t) not in own]
                if not self.require_dyad:
                    pairs += [(s, None) for s, _ in own]
            if i in protests:
                pattern = replace(pattern, code=protests[i][0])
                found = replace(found, pattern=pattern)
            intent = self._intent(clause, pattern)
            if intent is not None:
                # What an actor will or would do is an intent or a threat, not an act (yet).
                # One side's readiness ("was ready to meet Rabin") is not the other's, nor what one side
                # says it will do ("Mitsotakis said he would meet Erdogan"); a meeting set for the future
                # ("Iraq will meet Iran") is both sides'.
                one_side = not joint and (willed(clause.verb) or _said_by_its_doer(clause.verb))
                reverse = intent.code if pattern.reverse_code is not None and not one_side and (pattern.code or "")[:2] != MATERIAL_COOPERATION_ROOT else None
                pattern = replace(intent, reverse_code=reverse)
                found = replace(found, pattern=pattern)
            for source, target in pairs:
                directed = [(source, target, pattern.code)]
                if pattern.reverse_code is not None and source is not None and target is not None and not (
                    pattern.code == ACCORD and clause.obj is not None
                    and any(c.dep_ == "poss" and target.start <= c.i < target.end for c in clause.obj.children)
                ):
                    # "France shared Russia's view": France's accord with Russia, not Russia's with France.
                    directed.append((target, source, pattern.reverse_code))
                for actor, acted_on, code in directed:
                    code = _cleansing(code, clause)
                    code = _withdrawal(code, actor)
                    code = _repression(code, actor, acted_on)
                    code = _verbal_clash(code, clause, actor, acted_on)
                    code = _unarmed_march(code, clause, actor)
                    key = (actor and actor.code, acted_on and acted_on.code, code)
                    visitor = actor if code == VISIT else acted_on if code == HOSTED_VISIT else None
                    if visitor is not None and (visitor.code[3:6] == REFUGEES or (
                        code == HOSTED_VISIT and visitor.code[3:6] == CIVILIANS and clause.obj is not None
                        and any(c.dep_ == "nummod" for c in clause.obj.children)
                    )):
                        continue  # refugees arriving, a counted population of civilians housed: no visit
                    if code == STATEMENT and acted_on is not None and acted_on.code[3:6] == MEDIA:
                        continue  # "he told CNN", "told Reuters": the medium is the channel, not the one addressed
                    if code == OCCUPATION and actor is not None and acted_on is not None and actor.code[3:6] in STATE_FORCES \
                            and acted_on.code[:3] == actor.code[:3] and acted_on.code[3:6] in ("", GOVERNMENT) and not _unknown(actor):
                        continue  # "Somali government troops rolled into Mogadishu": no occupation of one's own
                    if code is not None and key not in seen:
                        seen.add(key)
                        events.append(_make_event(sent, index, actor, acted_on, clause.verb, found, code, self._root_prefix))
        events = _most_specific(events, sent.doc)
        if self.require_dyad:
            # Whatever a rule dropped late, an event with one actor is not written unless asked for.
            events = [e for e in events if e.source is not None and e.target is not None]
            # Next to an event of known actors, one with an actor of no known country is a fragment of
            # its background ("broke off relations with Colombia, which it accused of harbouring rebels":
            # ---GOV accusing no one in particular), not an event anyone can aggregate. A conjunct of
            # the same act stays, as PETRARCH writes it ("Danish media and government warned").
            known = [e for e in events if not _partial(e)]
            if known:
                events = [e for e in events if not _partial(e) or any(_conjoined_in(e, k) for k in known)]
        if memory is not None:
            memory.remember(lambda: _named_in(sent, mentions, resolve), ((e.source, e.target, e.code) for e in events))
        return events

    def _extraditions(self, clauses: dict[int, Clause], matches: dict[int, VerbMatch], mentions: Sequence[Mention | None], day: dt.date | None) -> None:
        """A named person or group handed over to a state is extradited (063), toward that state: "refused to
        hand over bin Laden to the United States" is 1213 at the USA, not a release (084) of bin Laden. Only
        for the plain "hand over" pattern: captives, weapons, power and territory have their own, and a
        place named (a country, a city, a capital) is handed over, not extradited: to the state the "to" phrase
        names ("Portugal handed Macau back to China" is 084 at China)."""
        for i, found in list(matches.items()):
            pattern, clause = found.pattern, clauses[i]
            if pattern.code in (PERSONS_HANDED, PERSONS_RELEASED) and clause.obj is not None and _to_face_trial(clause.verb) \
                    and (receiver := next((self._named(o, mentions, day) for p, o in clause.preps if p == "to"), None)) is not None \
                    and receiver != UNKNOWN_ACTOR:
                # "handed over a former Kyrgyz minister to Kyrgyzstan to face corruption charges", "sent the suspect back
                # to the United States to face trial": whoever is handed over to be tried is extradited, named or not.
                text = f"{pattern.text}, handed over to face trial => {JUDICIAL_COOPERATION}"
                matches[i] = replace(found, pattern=replace(pattern, code=JUDICIAL_COOPERATION, prep="to", text=text), target_prep="to")
                continue
            if pattern.code != PERSONS_HANDED or pattern.obj is not None or pattern.prep is not None or clause.obj is None:
                continue
            # "handed over militant leader Hambali": the name in apposition to a title is who is handed over.
            person = clause.obj if clause.obj.pos_ == "PROPN" else next((c for c in clause.obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), clause.obj)
            handed = self._named(person, mentions, day)
            receiver = next((self._named(o, mentions, day) for p, o in clause.preps if p == "to"), None)
            if handed is not None and receiver is not None and len(handed) == len(UNKNOWN_ACTOR) and handed != UNKNOWN_ACTOR:
                # "Portugal handed Macau back to China": a place handed over goes to whom the "to" phrase names.
                text = f"{pattern.text}, a place to whom it goes => {PERSONS_HANDED}"
                matches[i] = replace(found, pattern=replace(pattern, prep="to", text=text), target_prep="to")
                continue
            if handed is None or receiver is None or len(handed) <= len(UNKNOWN_ACTOR) or handed[3:6] in (GOVERNMENT, ""):
                continue
            if len(receiver) != len(UNKNOWN_ACTOR) and receiver[3:6] not in (GOVERNMENT, JUDICIARY):
                continue
            text = f"{pattern.text}, a named person to a state => {JUDICIAL_COOPERATION}"
            matches[i] = replace(found, pattern=replace(pattern, code=JUDICIAL_COOPERATION, prep="to", text=text), target_prep="to")

    def _captured_people(self, clauses: dict[int, Clause], matches: dict[int, VerbMatch], mentions: Sequence[Mention | None]) -> None:
        """A named person captured is arrested (173), not a place occupied (192): "U.S. troops captured Saddam
        Hussein", "Saddam Hussein was captured by U.S. troops". Only the plain pattern: what its object
        words say (a town, a hostage) has its own."""
        for i, found in list(matches.items()):
            pattern, clause = found.pattern, clauses[i]
            if pattern.code != OCCUPATION or pattern.obj is not None or clause.obj is None or clause.verb.lemma_.lower() not in CAPTURING_VERBS:
                continue
            mention = mentions[clause.obj.i]
            if mention is None or mention.kind != ACTOR or clause.obj.pos_ != "PROPN" or not is_dictionary_person(self.actors, mention.entry):
                continue
            matches[i] = replace(found, pattern=replace(pattern, code=ARREST, text=f"{pattern.text}, a named person => {ARREST}"))

    def _named(self, head: Token, mentions: Sequence[Mention | None], day: dt.date | None) -> str | None:
        """The code of the dictionary name a noun phrase's head is part of, or None (agents name no one)."""
        mention = mentions[head.i]
        return self.actors.actor_code(mention, day) if mention is not None and mention.kind == ACTOR and head.pos_ == "PROPN" else None

    def _protest_aim(self, clause: Clause, matches: dict[int, VerbMatch]) -> str | None:
        """The last digit of a protest's sub-code (14x1-14x4) told by what it protests against: a protesting
        purpose ("rallied to protest against discrimination", 1413), or the protest's own noun, read as
        the verb "protest" would be ("in protest against a proposed law", "with a general strike against
        tax increases", 1412); None when neither says."""
        verb = clause.verb
        for c in verb.children:
            code = matches[c.i].pattern.code or "" if c.i in matches else ""
            if c.dep_ in ("advcl", "xcomp") and code[:2] == PROTEST_ROOT and len(code) == 4 and not (matches[c.i].pattern.prep == "against" and code[3] == "1"):
                return code[3]
            if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == PROTEST_VERB and (protested := Clause.read(c).obj) is not None:
                # "marched to protest the government's decision": what the march is against.
                if (against := next((p for p in self._protested if names_prep_object(protested, p.prep_obj)), None)) is not None:
                    return against.code[3]
        # "set fire to buildings during protests against a new tax": the protest the act was part of says it too.
        nouns = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in PROTEST_NOUN_PREPS and (o := prep_object(p)) is not None]
        # The verb's own "against"/"over"/"for" phrase, read as a protest's ("rioted over price rises",
        # "refused food ... in protest against plans", the parser hanging "against" on the verb).
        for phrase in (*(Clause.read(n) for n in (*nouns, clause.obj) if n is not None and n.lemma_.lower() in PROTEST_NOUNS), clause):
            found = self.verbs.match(phrase, lemma=PROTEST_VERB)
            code = found.pattern.code or "" if found is not None else ""
            if code[:2] == PROTEST_ROOT and len(code) == 4 and not (found.pattern.prep == "against" and code[3] == "1"):
                # Not "against the removal of fuel subsidies" (&P_LEADER): a protest against an ouster is no call for one.
                return code[3]
        return None

    def _conjoined_acts(self, clauses: dict[int, Clause], matches: dict[int, VerbMatch]) -> Iterator[tuple[int, VerbMatch]]:
        """The further acts of a promise, demand, refusal or threat, each coded as its own: "agreed to
        free prisoners and withdraw troops" is an intent to release (0353) and one to withdraw (0356),
        where the second, without this, would go uncoded (the governing verb consumes it: it was not
        done). Each is matched by the governing verb's patterns as if it were the only complement."""
        for i, found in list(matches.items()):
            if (found.pattern.code or "")[:2] not in FRAME_ROOTS:
                continue
            clause = clauses[i]
            demand = (found.pattern.code or "")[:2] == DEMAND_ROOT
            first = found.complement or next((c for c in clause.complements if c.dep_ == "xcomp" or (demand and c.dep_ == "ccomp")), None)
            if first is None or not (first.dep_ == "xcomp" or (demand and first.dep_ == "ccomp")):
                continue
            acts = _demanded_conjuncts(first) if first.dep_ == "ccomp" else [k for k in first.conjuncts if k.i > first.i and k.pos_ == "VERB"]
            borrowed = found.pattern.verb if found.pattern.verb != clause.verb.lemma_.lower() else None
            for act in acts:
                again = self.verbs.match(replace(clause, complements=[act], acts=[act]), lemma=borrowed)
                if again is None or (again.pattern.code or "")[:2] not in FRAME_ROOTS:
                    continue
                done = matches.get(act.i)
                # "urged Maduro to step aside and allow a peaceful transition of power": told as the first act is
                light = _light_act(act, again.pattern.code or "")
                pattern = _framed_by_act(again.pattern, done.pattern, light=light) if done is not None else again.pattern
                if pattern is again.pattern and again.pattern.comp is None:
                    continue  # nothing known of this act: the first one's event says it all
                yield i, replace(again, pattern=pattern, complement=act)

    def _intent(self, clause: Clause, pattern) -> VerbPattern | None:
        """The pattern for an announced act (see ``is_announced``): "Israel will evacuate the
        settlements" is an intent (root 03, coded with the patterns of "pledge"), "Obama said he
        will attack Iraq" a threat (root 13, with those of "threaten"); None for other verbs."""
        root = (pattern.code or "")[:2]
        verb = clause.verb
        if root not in COOPERATIVE_ACTS and root not in CONFLICTUAL_ACTS:
            return None
        # (an act a modal of possibility puts in prospect is one too: "Turkey may suspend relations" is a
        # threat, "the EU might lift sanctions on Belarus" an intent, not an act done)
        if not is_announced(verb) and not hypothetical(verb):
            return None
        announcing = self.verbs.patterns_for(PLEDGE_VERB if root in COOPERATIVE_ACTS else THREATEN_VERB)
        chosen = _announcing_pattern(announcing, verb)
        # "NATO would tighten the blockade": the act's own pattern, which sees its object (a
        # blockade, 191), says what is threatened (1381) better than a list of verbs ("tighten", 132).
        # One whose comp= named the act by its object has seen it too: "is ready to sign a peace
        # agreement" is the settlement promised (037), not the signing's plain intent (032).
        by_object = chosen is not None and chosen.comp is not None and not is_in(verb, chosen.comp)
        return _framed_by_act(chosen, pattern, announced=not by_object) if chosen is not None else None

    def _absolute_mediations(self, clauses: dict[int, Clause], matches: dict[int, VerbMatch]) -> dict[int, int]:
        """The mediations named by an absolute "with" phrase of a coded act ("opened talks, with Clinton
        mediating"), coded with the plain pattern of "mediate" (045) from the mediator; see
        _absolute_mediator and _mediated_parties. Returns the phrase's token -> the act's verb."""
        mediated: dict[int, int] = {}
        for i in list(matches):
            clause = clauses[i]
            withs = list(_clause_preps(clause, (MEDIATOR_PREP,)))
            if not withs or is_announced(clause.verb) or _is_negated(clause):
                continue  # "would hold talks, with Turkey mediating": no mediation yet
            for prep in withs:
                mediator = _absolute_mediator(prep)
                phrase = prep_object(prep)
                if mediator is None or phrase is None:
                    continue
                if phrase.i in matches:
                    if matches[phrase.i].pattern.code == MEDIATION:
                        mediated[phrase.i] = i  # "with Egypt acting as mediator": coded as "act as" already
                    continue
                own = Clause(phrase)
                found = self.verbs.match(own, lemma=MEDIATE_VERB)
                if found is None or found.pattern.code != MEDIATION:
                    continue
                clauses[phrase.i] = own
                matches[phrase.i] = replace(found, source_token=mediator)
                mediated[phrase.i] = i
        return mediated

    def _nonacceptance(self, clauses: dict[int, Clause], matches: dict[int, VerbMatch]) -> set[int]:
        """Not accepting is rejecting: "said it would not accept the demands", "refused to accept
        Gonzalez as a mediator" are coded with the patterns of "reject" (by what is not accepted),
        "would not agree to lift sanctions" with those of "refuse" (by what one would not do). A
        refusal to accept replaces the plain refusal when it says more, or when what is not accepted
        is a demand. Returns the clauses so coded: their negation is their meaning."""
        coded: set[int] = set()
        for i, clause in list(clauses.items()):
            # "had no intention of holding talks with Seoul", "has no plans to withdraw": an intent
            # disowned is a refusal, coded with the patterns of "refuse" by the act (125, 1246).
            noun = clause.obj
            if clause.verb.lemma_.lower() != HAVE_VERB or clause.passive or noun is None or noun.lemma_.lower() not in INTENT_NOUNS:
                continue
            if not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
                continue
            act = next((x for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children if x.dep_ == "pcomp" and x.pos_ == "VERB"), None)
            act = act or next((c for c in noun.children if c.dep_ == "acl" and is_infinitive(c)), None)
            if act is None:
                continue
            disowned = replace(clause, obj=None, complements=[act], acts=[act])
            found = self.verbs.match(disowned, lemma=REFUSE_VERB)
            if found is None or found.pattern.code is None or found.pattern.comp is None:
                continue  # "no intention of building nuclear weapons": a disavowal, no act refused
            matches.pop(act.i, None)
            clauses[i] = disowned
            matches[i] = found
            coded.add(i)
        for i, clause in list(clauses.items()):
            verb = clause.verb
            if verb.lemma_.lower() == DECLINE_VERB and i not in matches and any(
                c.dep_ == "xcomp" and is_infinitive(c) for c in clause.complements
            ):
                found = self.verbs.match(clause, lemma=REFUSE_VERB)
                if found is not None:
                    matches[i] = found
        for i, clause in list(clauses.items()):
            verb = clause.verb
            if verb.lemma_.lower() in NONCOMPLYING and not clause.passive and any(c.dep_ == "neg" for c in verb.children):
                found = self.verbs.match(replace(clause, complements=[verb], acts=[verb]), lemma=REFUSE_VERB)
                if found is not None and found.pattern.code is not None and found.pattern.comp is not None:
                    # "abide by a ruling of the SADC tribunal": what one abides by is what one complies with.
                    clauses[i] = replace(clause, preps=[("with" if p == "by" else p, o) for p, o in clause.preps])
                    matches[i] = replace(found, complement=None)
                    coded.add(i)
                continue
            signing = verb.lemma_.lower() in SIGNING
            if (verb.lemma_.lower() not in NONACCEPTING and not signing) or clause.passive:
                continue
            own = matches.get(i)
            if own is not None and (own.pattern.code or "")[:2] == STATEMENT_ROOT:
                continue  # "did not accept responsibility", "did not agree with him": a statement
            negated = any(c.dep_ == "neg" for c in verb.children)
            refusal = matches.get(verb.head.i) if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING else None
            if signing:
                negated = negated and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children)
                governor = verb.head.lemma_.lower()
                if verb.dep_ == "xcomp" and (governor in REJECTING_ACTS or (governor == "rule" and any(c.lower_ == "out" for c in verb.head.children))):
                    refusal = matches.get(verb.head.i)
                if refusal is not None and (refusal.pattern.code or "")[:2] != REFUSAL_ROOT:
                    refusal = None
                if clause.obj is None or (refusal is None and not negated):
                    continue
            if not negated and refusal is None:
                continue
            obj = clause.obj if clause.obj is not None else next((o for p, o in clause.preps if p == "to"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                found = self.verbs.match(replace(clause, obj=obj) if obj is not clause.obj else clause, lemma=REJECT_VERB)
            elif clause.complements:
                found = self.verbs.match(clause, lemma=REFUSE_VERB)
            else:
                continue
            if found is None or found.pattern.code is None:
                continue
            if signing and (found.pattern.code == REJECT_CODE or (refusal is not None and found.pattern.code == refusal.pattern.code)):
                continue  # "refused to sign the peace accord" (127) or "the document" (120): the refusal says as much
            if refusal is not None:
                plain = found.pattern.code == refusal.pattern.code or found.pattern.code == REJECT_CODE
                if plain and not (obj is not None and obj.lemma_.lower() in DEMAND_NOUNS):
                    continue  # "refused to accept the results": the refusal says as much
                del matches[verb.head.i]
            matches[i] = found
            coded.add(i)
        return coded

    def _ultimatums(self, clauses: dict[int, Clause], matches: dict[int, VerbMatch], mentions: Sequence[Mention | None], day: dt.date | None) -> None:
        """An act demanded "or face" a penalty is an ultimatum (139): "gave the Bosnian Serbs ten days
        to withdraw their guns or face air strikes", "demanded that Iraq withdraw or face force". Coded
        on the demanding verb, against whoever must act; the act and the penalty are not events. A time
        to leave with no penalty is a host state's order out ("gave the French ambassador 72 hours to
        leave the country" is 161, as "ordered him to leave" is)."""
        base = self._ultimatum
        if base is None:
            return
        resolve = None
        for i, clause in list(clauses.items()):
            verb = clause.verb
            own = matches.get(i)
            if own is not None and (own.pattern.code or "")[:2] == THREAT_ROOT:
                # "threatened to wage war against Ethiopia unless it withdrew within seven days": an ultimatum.
                acts = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB")]
                cond = next((c for a in acts for c in a.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == UNLESS for m in c.children)), None)
                if cond is not None and _deadline(cond) is not None:
                    text = f"{own.pattern.text}, unless ... within => {ULTIMATUM}"
                    matches[i] = replace(own, pattern=replace(own.pattern, code=ULTIMATUM, reverse_code=None, text=text))
                    matches.pop(cond.i, None)
                    continue
            if own is None and verb.lemma_.lower() not in ULTIMATUM_GIVERS:
                continue
            if own is None and verb.lemma_.lower() == ULTIMATUM_GIVER and (limit := _deadline(verb)) is not None:
                # "gave Cambodia 24 hours to withdraw", "gave Iraq until Friday to comply": an ultimatum.
                holders = (verb, limit) if limit.dep_ != "prep" else (verb,)
                act = next((c for h in holders for c in h.children if c.dep_ in ("xcomp", "advcl", "acl", "relcl") and c.pos_ == "VERB" and is_infinitive(c)), None)
                if act is not None and act.lemma_.lower() in LEAVING_VERBS and not any(t.lemma_.lower() == PENALTY_VERB for t in verb.sent):
                    # "expelled the diplomats and gave them 48 hours to leave": the expulsion's deadline, no penalty
                    # named; with no expulsion but this one, the time given is the order out itself.
                    given = _given_to(verb, clause.obj)
                    resolve = resolve or _Resolver(self.actors, mentions, day, verb.doc, self._infer_domestic)
                    who = resolve.actors_of(given) if given is not None else []
                    expulsion = None if any(_unknown(w) for w in who) else _ordered_out(act, who, _sources(resolve, _source_head(clause)), resolve)
                    demand = self._plain_demand
                    if expulsion is not None and demand is not None:
                        # read as the order it is ("ordered the ambassador to leave" is the envoy's expulsion, 161;
                        # "ordered the journalist to leave" a deportation of one person, 174)
                        order = self.verbs.match(replace(clause, obj=given, complements=[act], acts=[act]), lemma=ORDER_VERB)
                        if order is not None and ((order.pattern.code or "")[:2] == REDUCED_RELATIONS or order.pattern.code == DEPORTATION):
                            expulsion = order.pattern.code
                        text = f"{verb.lemma_.lower()} time to {act.lemma_.lower()} by a host state => {expulsion}"
                        matches[i] = VerbMatch(replace(demand, code=expulsion, comp=None, reverse_code=None, text=text), None, act, None, given)
                        continue
                    act = None
                if act is not None:
                    actor = _given_to(verb, clause.obj)
                    if actor is not None:
                        matches[i] = VerbMatch(replace(base, text=f"{verb.lemma_.lower()} time to act => {ULTIMATUM}"), None, None, None, actor)
                        for done in (act, *(c for c in act.children if c.dep_ == "conj" and c.lemma_.lower() == PENALTY_VERB)):
                            _drop_within(matches, done)
                        continue
            if own is not None and (own.pattern.code or "")[:2] != DEMAND_ROOT:
                continue
            for act in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ == "VERB"):
                penalty = next((c for c in act.children if c.dep_ == "conj" and c.lemma_.lower() == PENALTY_VERB), None)
                if penalty is None or not any(c.dep_ == "cc" and c.lower_ == "or" for c in (*act.children, *penalty.children)):
                    continue
                actor = Clause.read(act).subject or _given_to(verb, clause.obj)
                text = f"{own.pattern.text if own else verb.lemma_.lower()}, or face => {ULTIMATUM}"
                matches[i] = VerbMatch(replace(base, text=text), None, None, None, actor)
                matches.pop(act.i, None)
                _drop_within(matches, penalty)
                break
        for i, clause in clauses.items():
            own = matches.get(i)
            if own is None or own.pattern.code != ULTIMATUM or own.pattern.prep is not None or own.target_token is not None:
                continue
            if clause.obj is None or clause.obj.lemma_.lower() != ULTIMATUM_NOUN:
                continue
            # "issued an ultimatum giving Saddam Hussein 48 hours to leave Iraq", "... ordering Iraq to withdraw",
            # "... demanding that Iraq withdraw": the ultimatum is to whom its participle gives the time or the order.
            for participle in (c for c in clause.obj.children if c.dep_ == "acl" and c.pos_ == "VERB"):
                inner = matches.get(participle.i)
                addressee = inner.target_token if inner is not None else None
                demanded = next((c for c in participle.children if c.dep_ == "ccomp" and _is_mandative(c)), None)
                given = next((c for c in participle.children if c.dep_ in ("dative", "dobj") and c.lemma_.lower() not in DURATION_NOUNS), None)
                addressee = addressee or (Clause.read(demanded).subject if demanded is not None else None) or given
                if addressee is None:
                    continue
                matches[i] = replace(own, target_token=addressee)
                _drop_within(matches, participle)
                break

    def _refused_by_content(self, clauses: dict[int, Clause], matches: dict[int, VerbMatch]) -> None:
        """A demand, call or request rejected ("rejected U.S. calls to extradite bin Laden") whose act no
        pattern frames is coded as a refusal of that act, with the comp= lists of "refuse" (1213). A
        demand, ultimatum or set of conditions rejected whose act none frames is a refusal to change a
        policy (1232): "rejected the IMF's conditions for a bailout", "rejected union demands"."""
        for i, found in list(matches.items()):
            clause = clauses[i]
            if found.pattern.code != REJECT_CODE or found.complement is not None or clause.obj is None or clause.obj.lemma_.lower() not in DEMAND_NOUNS:
                continue
            act = next((t for t in clause.content if t.pos_ in ("VERB", "ADJ") and is_infinitive(t)), None)  # "to extradite" is often tagged ADJ
            # "rejected demands that he concede defeat": the demand noun's that-clause is what was asked;
            # a noun read as a verb ("rejected government demands that they disarm") has it as ccomp, and
            # its "that" as the clause's object
            act = act or next((c for c in clause.obj.children if c.dep_ in ("acl", "relcl", "ccomp") and c.pos_ == "VERB"
                               and any(m.lower_ == "that" and (m.dep_ == "mark" or m.tag_ == "IN") and m.i < c.i for m in c.children)), None)
            # "rejected demands that he dissolve parliament and call early elections": the first act a
            # pattern frames, the conjuncts' too.
            for act in (act, *(c for c in act.conjuncts if c.pos_ == "VERB" and c.i > act.i)) if act is not None else ():
                again = self.verbs.match(replace(clause, obj=None, complements=[act], acts=[act]), lemma=REFUSE_VERB)
                if again is not None and again.pattern.comp is not None and again.pattern.code not in (None, REJECT_CODE):
                    break
            else:
                if clause.obj.lemma_.lower() in POLICY_DEMANDS:
                    pattern = replace(found.pattern, code=POLICY_CHANGE_REFUSED, text=f"{found.pattern.text}, a {clause.obj.lemma_.lower()} of no act named => {POLICY_CHANGE_REFUSED}")
                    matches[i] = replace(found, pattern=pattern)
                continue
            if act.lemma_.lower() in SENDING_FORCES and any(c.dep_ in ("dobj", "obj") and is_in(c, INSPECTION_TEAMS) for c in act.children):
                again = replace(again, pattern=replace(again.pattern, code=ACCESS_REFUSED))
            pattern = replace(again.pattern, obj=found.pattern.obj, text=f"{found.pattern.text}, refusing to {act.lemma_.lower()} => {again.pattern.code}")
            matches[i] = replace(found, pattern=pattern, complement=act)

    def _orders(self, clauses: dict[int, Clause], matches: dict[int, VerbMatch], mentions: Sequence[Mention | None], day: dt.date | None) -> None:
        """An order to another actor is a demand: "ordered Lithuanians to hand in their firearms",
        "Iraq was ordered by the Security Council to destroy its weapons" are coded with the patterns of
        "demand" (by the act's own code), and the act is not done. An order to forces of no named
        country, or of the orderer's own country, is a command: what they do is theirs."""
        demands = self.verbs.patterns_for(DEMAND_VERB)
        resolve = None
        for i, clause in list(clauses.items()):
            if clause.verb.lemma_.lower() not in ORDERING_VERBS:
                continue
            known = matches.get(i)
            if known is not None and (known.pattern.code is None or known.pattern.code[:2] not in (STATEMENT_ROOT, DEMAND_ROOT)):
                continue
            act = next((c for c in clause.complements if c.dep_ == "xcomp" and c.pos_ == "VERB" and is_infinitive(c)), None)
            ordered = clause.obj  # in the passive, the subject
            if act is None or ordered is None:
                continue
            resolve = resolve or _Resolver(self.actors, mentions, day, clause.verb.doc, self._infer_domestic)
            who = resolve.actors_of(ordered)
            orderer = _sources(resolve, _source_head(clause))
            # A court commands no one: its order to a government, police or anyone else is a demand of them
            # ("the Supreme Court ordered the government to draft seminary students").
            court = bool(who and orderer) and all(o.code[3:6] == JUDICIARY for o in orderer) and not any(w.code[3:6] == JUDICIARY for w in who)
            if not court and (not who or any(_unknown(w) for w in who) or any(w.code[:3] == o.code[:3] for w in who for o in orderer)):
                if (known is not None and known.pattern.comp is not None and (known.pattern.code or "")[:2] == DEMAND_ROOT and (
                        (who and all(w.code[3:6] in COMMANDED_SECTORS for w in who)
                         and all(_unknown(w) or any(w.code[:3] == o.code[:3] for o in orderer) for w in who))
                        or (not who and _delegated_body(ordered, clause.verb)))):
                    # the forces' own act is coded, with the orderer's country; a panel or team of no one's
                    # named ("ordered a joint investigation team to probe ...") acts for the orderer
                    del matches[i]
                continue
            pattern = _coding_act(demands, act, matches)
            expulsion = _ordered_out(act, who, orderer, resolve)
            base = pattern or self._plain_demand
            if expulsion is not None and base is not None:
                pattern = replace(base, code=expulsion, comp=None, reverse_code=None, text=f"order to {act.lemma_.lower()} by a host state => {expulsion}")
            elif known is not None and (known.pattern.code or "")[:2] == DEMAND_ROOT:
                continue  # the dictionary's own demand pattern stands
            if pattern is not None:
                matches[i] = VerbMatch(pattern, None, act)

    def _mandates(
        self, verbs: list[Token], clauses: dict[int, Clause], matches: dict[int, VerbMatch], mentions: Sequence[Mention | None]
    ) -> dict[int, Token]:
        """Reported demands: "A said B must withdraw" is A demanding that B withdraw, coded with the
        patterns of "demand" (the most specific whose comp= names the reported verb, else plain
        "demand"), and what B must do is not coded as done; "A told B that it must withdraw" is a demand
        of B, the pronoun being whom A told. So is reported retribution: "A said B
        will pay a heavy price", "... will not go unpunished", "... would regret it" is A threatening B
        (the plain pattern of "threaten", 130). So is reported blame: "A said B was behind the attack",
        "... was responsible for", "... was to blame for" an act of the kinds "blame ... for" names is A
        blaming B, coded with the pattern of "blame" that names it. Returns reporting verb -> reported
        verb; ``clauses`` and ``matches`` gain the demand, threat or blame."""
        demands = self.verbs.patterns_for(DEMAND_VERB)
        threat, blames = self._retribution, self._blames
        if not demands and threat is None and not blames:
            return {}
        found: dict[int, Token] = {}
        for token in verbs:
            # "reiterated its demand that Israel ease the restrictions": the demand noun's clause.
            obj = None
            if token.lemma_.lower() in VOICING_VERBS:
                obj = next((c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in DEMAND_NOUNS), None)
            # The clause may hang off the noun or, misattached, off the verb ("reiterated its demand today that ...").
            nominal = [
                c for c in (*obj.children, *token.children)
                if (c.dep_ in ("acl", "ccomp") or (c.dep_ == "relcl" and c.head.i == obj.i and any(m.dep_ == "mark" for m in c.children)))
                and (_is_mandative(c) or c.tag_ == "VBP")
            ] if obj is not None else []
            if token.lemma_.lower() not in REPORTING_VERBS and not nominal:
                continue
            known = matches.get(token.i)
            if not nominal and known is not None and known.pattern.code is not None and known.pattern.code[:2] != "01":
                continue  # the verb's own pattern says more than "said" ("warned", "insisted on")
            # A call or an appeal is coded as one (02), a demand as a demand (10).
            voiced = self.verbs.patterns_for(APPEAL_VERB) if obj is not None and obj.lemma_.lower() in APPEAL_NOUNS else demands
            asked = [(c, voiced) for c in nominal]
            asked += [(c, demands) for c in token.children if c.dep_ == "ccomp" and _is_mandative(c, explicit=True)]
            if threat is not None and token.lemma_.lower() in REPORTING_VERBS:
                asked += [(c, None) for c in token.children if c.dep_ == "ccomp" and _is_retribution(c)]
            if blames and token.lemma_.lower() in REPORTING_VERBS:
                asked += [(c, blames) for c in token.children if c.dep_ == "ccomp" and _blamed_act(c) is not None]
            # "told Serbia that it must dismantle ...", "told Assad he must go": a pronoun after a named
            # addressee is the addressee, of whom the demand is made (the told object is the target).
            # (Not "told reporters that it must", an agent of no one, nor "told Iraqi officials that it must",
            # whose number the pronoun's does not share.)
            addressee = next((
                c for c in token.children
                if c.dep_ == "dobj" and any((m := mentions[t.i]) is not None and m.kind == ACTOR for t in c.subtree)
            ), None) if token.lemma_.lower() in ADDRESSING_VERBS else None
            for complement, announcing in asked:
                subject = Clause.read(complement).subject
                if subject is None:
                    continue
                if (subject.lower_ in PERSONAL_PRONOUNS or subject.pos_ == "PRON") and not (
                    addressee is not None and announcing is demands and subject.lower_ in ADDRESSEE_PRONOUNS
                    and (subject.lower_ == "they") == (addressee.tag_ in PLURAL_TAGS)
                ):
                    continue
                if announcing is not None and _predicate_verb(complement).lemma_.lower() in STATES_OF_BEING:
                    continue  # "said the EU must survive": a view of what must be, asked of no one
                if announcing is None:
                    pattern = replace(threat, text=f"reported retribution ({complement.lemma_.lower()}) => {threat.code}")
                elif announcing is blames:
                    act = _blamed_act(complement)
                    pattern = next((replace(p, text=f"reported blame ({p.text})") for p in blames if names_prep_object(act, p.prep_obj)), None)
                else:
                    # "said Israel must ease the blockade": what is asked for, by the act's own code.
                    pattern = _coding_act(announcing, _predicate_verb(complement), matches)
                if pattern is None:
                    continue
                clauses.setdefault(token.i, Clause.read(token))
                matches[token.i] = VerbMatch(pattern, None, complement)
                found[token.i] = complement
                break
        return found

    def _targets(self, clause: Clause, found: VerbMatch, resolve: _Resolver, owner: ActorRef | None, skip: Token | None = None) -> list[ActorRef]:
        """The first candidate (see ``_target_candidates``) that names an actor; ``owner`` is whom
        "its"/"their" refers to."""
        code = found.pattern.code or ""
        if code[:2] == POSTURE_ROOT and (aimed := _posture_aim(clause, resolve, owner, stated=True)):
            # "sent a carrier group to the Middle East to send a clear message to Iran": the codebook's target
            # is whom the military move is directed against, before where the forces went.
            return aimed
        if code[:3] in REPRESSION_CODES and (rally := _struck_rally(clause, resolve)) is not None:
            # "opened fire on a peace rally in Belgrade": on its protesters, not on the place.
            if protesters := _rally_protesters(rally, clause, resolve, owner):
                return protesters
            if owner is not None and owner.code[3:6] == POLICE:
                # "Belarusian police broke up protests against Lukashenko": police repress their own people,
                # not whom the protest was against.
                return _own(owner, CIVILIANS)
        if code[:2] == PROTEST_ROOT and found.target_prep in PROTEST_PLACES and (aim := self._protest_purpose_aim(clause, resolve, owner)):
            # "marched through Taipei to protest against China's new law": at whom the protest is against,
            # not at the government of the city it crossed.
            return aim
        if code == MEDIATION and (parties := _mediated_parties(clause.verb)) is not None:
            # "opened talks, with Clinton mediating": between those who held them.
            mediator = {r.code for r in resolve.actors_of(found.source_token, owner)} if found.source_token is not None else set()
            return [r for t in parties for r in resolve.actors_of(t, owner) if r.code not in mediator]
        if (
            clause.obj is not None and clause.obj.lower_ in OBJECT_PRONOUNS and not clause.passive
            and (clause.verb.dep_ in ("advcl", "conj") or _is_spoken_purpose(clause.verb))
        ):
            # "cut ties with Qatar, accusing it of ...", "summoned the ambassador and accused him of
            # ...", "called Arafat to urge him to ...": the pronoun is whom the governing verb acted on.
            governing = Clause.read(clause.verb.head)
            for head in (governing.obj, *(o for p, o in governing.preps if p in TARGET_PREPS)):
                if head is not None and (refs := resolve.actors_of(head)):
                    return refs
            if (
                clause.obj.lower_ in PERSON_OBJECT_PRONOUNS and clause.subject is not None
                and clause.subject.lower_ not in PERSONAL_PRONOUNS and governing.obj is None
                and not any(c.dep_ == "ccomp" for c in governing.verb.children)
                and governing.subject is not None and (refs := resolve.actors_of(governing.subject))
            ):
                # "Khodorkovsky walked free after Putin pardoned him": with no one acted on or spoken of,
                # the pronoun is who the governing clause is about (not so after "demanded that Egypt
                # free Greste, a day after a court sentenced him").
                return refs
        if (
            clause.obj is not None and clause.obj.lower_ in SPEAKER_PRONOUNS and not clause.passive
            and clause.verb.dep_ == "ccomp" and clause.verb.head.lemma_.lower() in REPORTING_VERBS
            and (speaker := _source_head(Clause.read(clause.verb.head))) is not None and _names_a_person(speaker, resolve)
            and (refs := resolve.actors_of(speaker, owner))
        ):
            # "Lam said Chinese agents had abducted him": "him" or "her" in what a person reports is that person.
            return refs
        complements = [found.complement] if found.complement is not None else [c for c in clause.complements if c.dep_ == "xcomp"]
        # Objects asked for by kind ("massed troops", "threatened to withdraw its peacekeepers"):
        # when they name no country they are what was moved or used, never the target.
        # Coercion and violence are done to their object ("killed five soldiers", "dispersed
        # protesters"), unless the verb says what was used ("launched artillery fire against camps").
        # People used as human shields (184) are its victims all the same, and so are people shot ("shot a
        # protester": a projectile verb's object is what was fired or, when it names people, whom it hit).
        victim = (code[:2] in VIOLENT_ROOTS and (
            clause.verb.lemma_.lower() not in INSTRUMENT_VERBS or found.pattern.code == HUMAN_SHIELDS or _people_shot(clause, resolve)
        )) or code.startswith(PERSONS_RELEASED)
        asked = found.pattern.obj is not None and not victim
        # So are the nouns conjoined to it, read through their quantities ("massed tanks and tens of
        # thousands of troops along the border with Gaza": the troops were moved, Gaza is faced).
        weak = {t.i for t in through_quantities([clause.obj, *clause.obj.conjuncts])} if clause.obj is not None and asked else set()
        if victim and found.pattern.prep == "with" and found.pattern.prep_obj is not None and (clause.verb.lemma_.lower() not in CONFRONTATION_VERBS or code == HEAVY_WEAPONS_FIGHT):
            weak |= {o.i for o in clause.prep_objects("with")}
        if asked and found.pattern.prep_obj is not None and found.target_prep == "of":
            # "began the deployment of troops": what the act is of, asked for by kind, is what was moved too.
            weak |= {o.i for o in clause.prep_objects(found.pattern.prep)}
        # Not so for whom one threatens to crack down on or attack ("vowed to crush the protesters"), or
        # whom force is used on ("used force to disperse the protesters").
        acted_on = {inner.i for c in complements if (inner := Clause.read(c).obj) is not None}
        force_used = code[:2] in VIOLENT_ROOTS and all(_is_purpose(c, clause.verb) for c in complements)
        if (found.pattern.comp is not None or found.complement is not None) and not code.startswith(THREATS_OF_FORCE) and not force_used \
                and code not in MEETING_FRAMES:
            weak |= acted_on
        moved = weak | acted_on
        # "warned that his guerrillas would fire rockets", "warned that police would crush any protest":
        # who would carry out a threat is the threatener's side, not whom it is aimed at.
        carriers = {s.i for c in complements if c.dep_ == "ccomp" and code[:2] in CARRIED_ROOTS
                    and (s := Clause.read(c).subject) is not None}
        # "expelled foreign aid agencies from Darfur", "ordered aid groups to leave": the groups sent
        # away, not where from.
        expelled = _expelled_groups(clause, found, resolve)
        sent_away = {o.i for o in clause.prep_objects("from")} if expelled else set()
        if code[:2] in VIOLENT_ROOTS and clause.verb.lemma_.lower() in PROJECTILE_VERBS:
            # "fired rockets from the Gaza Strip", "missiles fired from Israeli helicopter gunships": where
            # the shot came from, not whom it hit.
            sent_away |= {o.i for o in clause.prep_objects("from")}
        if code == MASS_EXPULSION and clause.obj is not None and any(not _unknown(r) and r.code[:3] not in REGIONS for r in resolve.actors_of(clause.obj, owner)):
            # "drove 370,000 Rohingya into Bangladesh": the people driven out, not where to (a people named
            # only by a region, "black African villagers", is placed by where they were driven from).
            sent_away |= {o.i for p in DRIVEN_PREPS for o in clause.prep_objects(p)}
        if code in COMPLAINTS:
            # "lodged a complaint with the U.N. Security Council against Rwanda and Uganda": the "against"
            # phrase, also when hung on the body complained to (an actor named by the phrase's own head).
            against = [t for _, pobj in clause.preps for t in phrase_subtree(pobj) if t.dep_ == "pobj" and t.head.lower_ == "against"]
            against += [t for t in clause.object_preps if t.head.lower_ == "against"]
            for head in against:
                refs = resolve.actors_of(head, owner)
                if refs and refs[0].start <= head.i < refs[0].end and not any(_is_own(r, owner) for r in refs):
                    return refs
            for participle in _charges(clause.verb):
                refs = resolve.actors_of(Clause.read(participle).obj, owner)
                if refs and not any(_is_own(r, owner) for r in refs):
                    return refs
        if code[:2] == REDUCED_RELATIONS and clause.obj is not None and not clause.passive and any(not _unknown(r) and not _is_own(r, owner) for r in resolve.actors_of(clause.obj, None)):
            # "ordered the American ambassador out of La Paz": whom it sent away, not where from.
            sent_away |= {o.i for o in clause.prep_objects("out")}
        for head in _target_candidates(clause, found, complements):
            if head is not None and head.i in sent_away:
                continue  # "expelled aid agencies from Darfur": where from, not whom
            if head is not None and clause.agent is not None and head.i == clause.agent.i:
                continue  # the passive's "by" phrase is the source
            if head is not None and skip is not None and head.i == skip.i:
                continue  # the passive subject that named the source
            if head is not None and code[:2] in JUDGED_ACT_ROOTS and head.pos_ == "NOUN" and head.lemma_.lower() in JUDGED_NOUNS:
                # "to protest against the killing of Palestinians by Israeli troops", "condemned Russia's shelling
                # of civilians": at who did it, if said (by its "by" phrase or its possessor), not at the harmed;
                # so by the harmed's own participle ("the deaths of protesters killed by the police")
                harmed = (o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" and (o := prep_object(p)) is not None)
                doers = [a for d in (*_doers(head), *(c for c in head.children if c.dep_ == "poss" and c.lower_ not in OWNER_PRONOUNS),
                                     *(d for o in harmed for d in _doers(o)))
                         for a in resolve.actors_of(d, owner)]
                if doers:
                    return doers
            if head is not None and code[:2] == PROTEST_ROOT and head.pos_ == "NOUN" and head.lemma_.lower() in HARM_NOUNS:
                # whoever else the phrase names, not inside what was done to whom ("the closure of a newspaper
                # and a police raid on a dormitory": the police)
                harmed = [(o.left_edge.i, o.right_edge.i) for p in head.children if p.dep_ == "prep" and p.lower_ == "of" and (o := prep_object(p)) is not None]
                kept = [a for a in resolve.actors_of(head, owner) if not any(lo <= a.start and a.end - 1 <= hi for lo, hi in harmed)]
                if kept:
                    return kept
                continue
            if head is not None and code[:2] == PROTEST_ROOT and _harmed_by_act(head):
                continue  # "protested against the arrest of opposition leaders": not at those arrested
            if head is not None and _in_setting(head):
                continue  # "on the sidelines of the APEC summit": where, not with whom
            if head is not None and code[:2] in MEASURE_DOER_ROOTS and (aimed := _measure_aimed_at(head, resolve, owner)):
                return aimed  # "tightened the U.S. embargo against Cuba": at Cuba, not at who imposed it
            if head is not None and code[:2] in VIOLENT_ROOTS and _border_of_object(head, clause):
                continue  # "seized a highway to the Turkish border": where it leads (forces sent to a border face it)
            if head is not None and code in CONSULTATIONS and _discussed(clause, head) and not (head.dep_ == "pobj" and head.head.lower_ == "with"):
                continue  # "discussed Russia's offensive": what about, not with whom
            if head is not None and code[:2] != REFUSAL_ROOT and _under_pressure(head):
                # "agreed to withdraw under U.S. pressure": whoever pressed is no party (but whom one
                # refuses despite their pressure is: "refused to step down despite pressure from his party").
                continue
            if head is not None and _acted_for(head) and BEHALF not in (found.pattern.prep_obj or ()):
                # "agreed to mediate in Ivory Coast's crisis on behalf of the African Union": whom one acts
                # for is no party (unless the pattern names the phrase: "campaigned on behalf of", 053).
                continue
            if head is not None and _is_go_between(head) and not code.startswith(MEDIATION_ACTS):
                continue  # "talks under the auspices of the African Union": no party to them
            if head is not None and _names_both_sides(head) and all(_unknown(a) for a in resolve.actors_of(head, owner)):
                pair = _pair_named_before(head, resolve, owner) or resolve.remembered_pair(head, owner)
                if pair:
                    return pair
            # A demand or an accusation asked for by kind is still its maker's: "rejected opposition demands",
            # "denied opposition accusations" are aimed at the opposition.
            is_weak = head is not None and head.i in weak and head.lemma_.lower() not in MADE_NOUNS
            # "recalled its ambassador from Moscow": "its" ambassador is what was moved, not whom it was done to.
            found_actors = resolve.actors_of(head, None if is_weak else owner)
            if found_actors and head.i in moved and owner is not None and _own_forces(found_actors[0], owner) and head.lemma_.lower() not in CARRIER_NOUNS:
                # "refused to pull Japanese troops out of Iraq": its own troops are what would move (not "rejected
                # the Egyptian army's demands": a demand is its maker's, and is not moved)
                continue
            if found_actors and head.i in moved and owner is not None and _givers_aid(head, found_actors[0], owner):
                continue  # "threatened to cut off American aid to Egypt": the giver's own aid, not whom it goes to
            if found_actors and head.i in carriers and owner is not None and all(_unknown(a) or a.code[:3] == owner.code[:3] for a in found_actors):
                continue
            if found_actors and code in (ADMISSION, DENIAL) and owner is not None and _own_forces(found_actors[0], owner):
                continue  # "accepted responsibility for the failure of Dutch peacekeepers": not its own forces
            if found_actors and code in RELEASE_ASKED and head.dep_ == "pobj" and (captors := resolve.holders_of(found_actors[0])):
                return captors  # "demanded the release of British servicemen detained by Iran": even of its own people
            if found_actors and code[:2] == DEMAND_ROOT and _is_own(found_actors[0], owner) and not _two_office_holders(owner, found_actors[0], resolve):
                continue  # "condemned Serbia and demanded the withdrawal of its forces": not the demander's own
            if found_actors and code[:2] in (DEMAND_ROOT, REFUSAL_ROOT) and owner is not None and all(a.code == owner.code[:3] for a in found_actors) \
                    and owner.code[3:6] not in SOCIETY_SECTORS and not (head.lemma_.lower() in CARRIER_NOUNS and all(_makes(a, head) for a in found_actors)):
                # "declined to lift the U.S. embargo against Vietnam": its own country's measure (not "rejected
                # Scotland's demand for a referendum": a demand is its maker's, one of the country's parts; nor
                # "FARC rebels demanded that Colombia release ...": rebels, parties and people ask their state)
                continue
            if found_actors and owner is not None and head.dep_ == "pobj" and all(a.code == owner.code and not _two_office_holders(owner, a, resolve) for a in found_actors):
                continue  # "would invite Kim to the White House": a phrase naming the source says where, not whom
            if found_actors and owner is not None and code[:2] < PROTEST_ROOT and _possessed_by_own_state(head, found_actors, owner):
                continue  # "defended Washington's partnership with the YPG": the source's own state is "its", not whom
            if found_actors and victim and all(_unknown(a) for a in found_actors) and (named := _included_nationals(head, resolve, owner)):
                # "kidnapped four foreign oil workers, including an American and a Briton": the victims' countries.
                return named
            if found_actors and not (is_weak and _unknown(found_actors[0])):
                if code in RELEASE_ASKED:
                    # "demanded the release of aid workers held by Houthi rebels": asked of the captors.
                    return resolve.holders_of(found_actors[0]) or found_actors
                return found_actors
        if clause.obj is not None and clause.obj.lemma_.lower() in PROTEST_EVENTS and code[:2] in HOSTILE_ROOTS:
            # "broke up a protest by opposition supporters", "banned a rally of the opposition": its holders.
            # (the parser often hangs the "by" phrase on the verb of an active clause)
            for prep in (*clause.obj.children, *(c for c in clause.verb.children if c.lower_ == "by" and not clause.passive)):
                if prep.dep_ == "prep" and prep.lower_ in ("by", "of") and (held := prep_object(prep)) is not None:
                    if refs := resolve.actors_of(held, owner):
                        return refs
        if clause.obj is None and not clause.passive and code[:2] in HOSTILE_ROOTS:
            # "beat and arrested the opposition leader": acts against someone share the object the
            # parser hangs on the last ("arrived and detained" does not make the arrival a visit).
            shared = shared_object(clause)
            if shared is not None and (refs := resolve.actors_of(shared, owner)):
                return refs
        if (
            (code[:2] in VERBAL_CONFLICT or code[:2] == REDUCED_RELATIONS) and clause.verb.dep_ in ("conj", "advcl")
            and not any(c.dep_ in SUBJECT_DEPS for c in clause.verb.children) and not _asserts(clause, found)
        ) or _is_spoken_purpose(clause.verb):
            # "condemned Serbia and demanded an immediate withdrawal", "lodged a protest with China,
            # demanding an apology": a demand or protest that names no one is made of whom the first
            # verb was addressed to; so is what a call was made to say ("telephoned Bush to offer
            # condolences").
            governing = Clause.read(clause.verb.head)
            # (or, failing those, of whom the first verb asked to act: "demanded that Ethiopia halt
            # fighting and threatened an arms embargo")
            demanding = governing.verb.lemma_.lower() in DEMANDING_VERBS
            asked = [Clause.read(c).subject for c in governing.complements if c.dep_ == "ccomp" and (demanding or _is_mandative(c))]
            if governing.verb.dep_ == "ccomp" and (governing.verb.head.lemma_.lower() in DEMANDING_VERBS or _is_mandative(governing.verb)):
                asked.append(governing.subject)  # the same, with the threat hung on the demanded verb
            for head in (governing.obj, *(o for p, o in governing.preps if p in ADDRESSEE_PREPS), *asked):
                refs = [r for r in resolve.actors_of(head, owner) if not _unknown(r) and not _is_own(r, owner)] if head is not None else []
                if refs:
                    return refs
        if code.startswith(MEDIATION) and clause.passive and clause.obj is not None and clause.verb.dep_ == "acl":
            # "held talks in Istanbul brokered by Turkey", "agreed to a truce brokered by Egypt": between the
            # parties the noun names, or the subject of the verb it hangs on.
            between = [a for t in phrase_subtree(clause.obj) if t.dep_ == "pobj" and t.head.lower_ == "between" for a in resolve.actors_of(t, owner)]
            if between:
                return between
            governing = clause.obj.head
            while governing.pos_ not in ("VERB", "AUX") and governing.head.i != governing.i:
                governing = governing.head
            subject = Clause.read(governing).subject if governing.pos_ in ("VERB", "AUX") else None
            if subject is not None and (refs := [r for r in resolve.actors_of(subject, owner) if not _unknown(r)]):
                return refs
        if code == HALT_MEDIATION and clause.obj is not None:
            # "abandoned its efforts to broker peace between Eritrea and Ethiopia": the parties; "put its role
            # as peace broker in Sri Lanka on hold": where the role named in the verb's "as" phrase was played.
            roles = [o for p, o in clause.preps if p == ROLE_PREP and o.lemma_.lower() in MEDIATOR_NOUNS]
            for node in (clause.obj, *clause.content, *roles):
                for prep in node.children:
                    if prep.dep_ == "prep" and prep.lower_ in MEDIATED_PREPS and (pobj := prep_object(prep)) is not None:
                        if refs := [r for r in resolve.actors_of(pobj, owner) if not _is_own(r, owner)]:
                            return refs
        if code[:2] == POSTURE_ROOT and not expelled:
            return _posture_aim(clause, resolve, owner)
        return expelled

    def _protest_purpose_aim(self, clause: Clause, resolve: _Resolver, owner: ActorRef | None) -> list[ActorRef]:
        """Whom a protesting purpose of a march or rally is against ("rallied in Belgrade to protest against
        NATO's bombing": NATO), or whom it went to denounce ("marched through Mar del Plata to denounce Bush"),
        when it names someone somewhere other than a place; [] otherwise."""
        for c in clause.verb.children:
            if is_purpose_of(c, clause.verb):
                purpose = Clause.read(c)
                found = self.verbs.match(purpose)
                root = (found.pattern.code or "")[:2] if found is not None else None
                if (root == DISAPPROVAL_ROOT or root == PROTEST_ROOT and c.lemma_.lower() in PROTESTING_VERBS) and found.target_prep not in PROTEST_PLACES:
                    if refs := [r for r in self._targets(purpose, found, resolve, owner) if not _unknown(r)]:
                        return refs
        return []


def _target_candidates(clause: Clause, found: VerbMatch, complements: list[Token]) -> Iterator[Token | None]:
    """Where a target may be named, in order of preference; produced lazily, as the first that names
    an actor ends the search. A vehicle named with whom it carried is them: "ambushed a bus carrying
    Civil Guards", "attacked a convoy carrying U.N. aid workers"."""
    for head in _places_and_parties(clause, found, complements):
        if head is not None and head.lemma_.lower() in VEHICLES:
            yield from (o for acl in head.children if acl.dep_ == "acl" and acl.lemma_.lower() in CARRYING_VERBS
                        for o in acl.children if o.dep_ in ("dobj", "obj"))
        yield head


def _is_gerund(token: Token) -> bool:
    """An act named by its -ing form, as a verb or a noun ("from marching", "from entering")."""
    return token.tag_ == "VBG" or (token.pos_ == "NOUN" and token.lower_.endswith("ing"))


def _drop_within(matches: dict[int, VerbMatch], head: Token) -> None:
    """Drop the matches of ``head`` and of the verbs inside its phrase: a penalty threatened ("or face
    military action launched at a time of America's choosing") is no event, nor is anything in it."""
    for t in head.subtree:
        matches.pop(t.i, None)


def _holds(token: Token, place: Token) -> bool:
    """True when ``token`` names who holds ``place`` in a participle modifying it: "rebel-held town"."""
    holding = token.head
    return holding.head.i == place.i and holding.dep_ in ("amod", "acl") and holding.lemma_.lower() in HOLDING_PARTICIPLES and token.dep_ != "pobj"


def _vehicle_bomb(noun: Token) -> bool:
    """A vehicle packed, loaded or rigged with explosives: "a truck packed with explosives"."""
    return noun.lemma_.lower() in VEHICLES and any(
        c.dep_ in ("acl", "amod") and c.lemma_.lower() in PACKING_VERBS
        and any(o.lower_ in EXPLOSIVES for p in c.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.subtree)
        for c in noun.children)


def _places_and_parties(clause: Clause, found: VerbMatch, complements: list[Token]) -> Iterator[Token | None]:
    """The phrases of _target_candidates, in order of preference."""
    code = found.pattern.code or ""
    # "struck what New Delhi called a militant camp": whoever named the thing is not acted on.
    complements = [c for c in complements if not names_what(c)]
    if code[:2] == CONSULTATION_ROOT or code == MEETING_INTENT:
        # "will discuss whether to impose sanctions on Russia": an open question is what the talks are
        # about; whom it names is no party to them.
        complements = [c for c in complements if not asks_whether(c)]
    if code[:2] in LED_ACT_ROOTS:
        # "denounced the U.S.-led invasion of Iraq", "protested against the U.S.-led bombing of Afghanistan":
        # whoever leads the act, not whom it hits.
        yield from (t for noun in (clause.obj, *clause.prep_objects("against")) if noun is not None for t in _led_by(noun))
    if code[:2] in (INVESTIGATION, DISAPPROVAL_ROOT, PROTEST_ROOT) and clause.obj is not None:
        # "condemned the storming of the mosque by Israeli police": whoever did the act the object names,
        # before whom or what it was done to (its "of" phrase comes first among the object's phrases).
        yield from _doers(clause.obj)
    if code == ADMISSION and found.target_prep == "for":
        # "acknowledged responsibility for shooting down a Ukrainian jet": the act's object before its place.
        yield from (t for act in clause.prep_objects("for") if act.pos_ in VERB_TAGS for t in _acted_on(act))
    if code[:2] in (APPEAL_ROOT, DEMAND_ROOT) and clause.obj is not None and clause.obj.lemma_.lower() in REQUEST_NOUNS:
        # "lodged a request with Belgium for the extradition of ...": whom it was lodged with.
        yield from (pobj for p in clause.obj.children if p.dep_ == "prep" and p.lower_ in ("with", "to") and (pobj := prep_object(p)) is not None)
    if code == PROTECTION and found.target_prep == ROLE_PREP:
        # "sent troops to East Timor as peacekeepers": where they go, not the role they go in.
        yield from (t for prep in DESTINATION_PREPS for t in clause.prep_objects(prep))
    if code[:2] == INVESTIGATION and found.target_prep in OFFENCE_PREPS:
        # "opened an investigation into Craxi over illegal party financing": whom it is into, before the offence.
        yield from (t for t in clause.object_preps if t.head.lower_ == "into")
    if code in CONSULTATIONS:
        # "discussed Kosovo by telephone with U.S. Secretary of State Albright": with whom, where the parser
        # hangs it on the means, before any phrase inside the name ("of State").
        yield from (pobj for means in clause.prep_objects("by") if means.lemma_.lower() in MEANS_NOUNS
                    for p in means.children if p.dep_ == "prep" and p.lower_ == "with" and (pobj := prep_object(p)) is not None)
        if clause.verb.lemma_.lower() in DISCUSSING and not clause.passive:
            # "discussed Ankara's request for F-16 jets with Biden": with whom, also where the parser hangs it
            # inside the topic, before anyone the topic names.
            yield from clause.prep_objects("with")
            yield from (t for t in clause.object_preps if t.head.lower_ == "with")
    if code[:2] == THREAT_ROOT and found.target_prep == WARNED_AGAINST and not clause.passive:
        # "warned the United States against selling arms to Taiwan": whom the warning is given to, before
        # anyone inside what it warns against.
        yield clause.obj
    if found.target_prep == "from" and clause.obj is not None and not clause.passive and any(_is_gerund(o) for o in clause.prep_objects("from")):
        # "prevented protesters from marching to the embassy", "barred journalists from entering Gaza": whom
        # it keeps from the act, before anyone the act is done to.
        yield clause.obj
    if code == ARREST and found.target_prep == "under":
        # "placed President Ali Bongo under house arrest": whom, not the state he is put under ("house"
        # there is no household).
        yield clause.obj
    if (code == EXPULSION or (code.startswith(EXPELLED_GROUPS) and clause.verb.lemma_.lower() in SENDING_OUT)) and (
            found.target_prep in ("from", "out", "of") and not clause.passive):
        # "expelled three American journalists from the country", "ordered DEA agents out of Bolivia": who
        # is sent out, before where from.
        yield clause.obj
    yield found.target_token
    if code.startswith(INVOLVEMENT_ALLOWED) and found.target_prep in LET_IN_PREPS:
        # "allowed U.N. inspectors into a presidential palace": the inspectors (codebook, 0862).
        yield clause.obj
    if code == RALLY_OPPOSITION and found.pattern.comp is not None:
        # "urged Muslim nations to condemn Israel": the one to be condemned, not those asked to.
        for complement in complements:
            inner = Clause.read(complement)
            yield inner.obj
            yield from (pobj for prep, pobj in inner.preps if prep in TARGET_PREPS)
    if clause.passive:
        if code.startswith(JUDICIAL_COOPERATION):
            # "Karadzic was handed over by Serbia to the U.N. war crimes tribunal": the receiving party,
            # as the codebook's note on extraditions says, not the person handed over.
            yield from clause.prep_objects("to")
        # "Aristide was accused of corruption by officials": who it was done to, before any phrase.
        yield clause.obj
        if clause.obj is None and clause.agent is not None:
            # "arrived in Pyongyang and was greeted by Kim Jong Il": a passive conjunct with no subject
            # of its own was done to the subject it shares with the first verb.
            yield _shared_subject(clause.verb)
    if code.startswith(JUDICIAL_COOPERATION) and clause.obj is not None and clause.obj.lemma_.lower() in EXTRADITION_NOUNS:
        # "approved the extradition of Pinochet to Spain": the receiving state.
        yield from (t for t in clause.object_preps if t.head.lower_ == "to")
    if code in CONSULTATIONS and found.target_prep not in (None, "with"):
        # "discussed the Syrian crisis with Erdogan by telephone": with whom, before what about.
        yield from clause.prep_objects("with")
    if code == ACCORD and found.target_prep != "with":
        yield from clause.prep_objects("with")
    loose = found.pattern.any_target
    named = clause.prep_objects(found.target_prep) if found.target_prep is not None else []
    if found.pattern.prep_obj is not None and found.target_prep in PLACE_TIME_PREPS:
        # "engaged in ethnic cleansing in Montenegro against ...": the act's phrase, not the place's.
        named = [o for o in named if names_prep_object(o, found.pattern.prep_obj)]
    # "accused the United States of arming rebels in Syria": an "of" phrase of the verb itself says what
    # for; whom is the object (not "the lifting of sanctions on Iran"). So for an accusation's "of" phrase
    # hung on the object: "accused Rwanda's army of killing hundreds of civilians" is aimed at the army.
    hung_on = {clause.verb.i}
    if code[:2] == DISAPPROVAL_ROOT and found.pattern.prep == "of" and found.pattern.obj is None and clause.obj is not None:
        hung_on.add(clause.obj.i)
    if found.target_prep == "of" and any(head.head.head.i in hung_on for head in named):
        yield clause.obj
    if found.target_prep in CONTENT_PREPS and code[:2] in (DISAPPROVAL_ROOT, INVESTIGATION) and not clause.passive:
        # "charged five Chinese officers with hacking into American companies", "questioned Olmert in
        # an inquiry into payments from an American businessman": the phrase says what for; whom is the object.
        yield clause.obj
    if found.target_prep == "for" and code[:2] == DISAPPROVAL_ROOT:
        # "blamed Pakistan for the incursion of infiltrators into Kashmir", "held the rebels responsible for
        # the massacre of villagers": whom, not what for.
        yield clause.obj
    if code == LAWSUIT and found.target_prep in ("to", "before"):
        # "took Germany to the European Court of Justice", "hauled the firm before a tribunal": whom, not the court.
        yield clause.obj
    if code == CONFISCATION and not clause.passive:
        # "confiscated land from white farmers", "seized control of the oil company YPF from Spain's Repsol"
        # (with "from" hung inside the object): whom it was taken from, before what was taken.
        yield from clause.prep_objects("from")
        if clause.obj is not None:
            yield from (q for t in clause.obj.subtree if t.dep_ == "prep" and t.lower_ == "from" and (q := prep_object(t)) is not None)
    if found.target_prep == "with" and code[:2] in (MATERIAL_COOPERATION_ROOT, AID_ROOT) and not clause.passive:
        # "provided the United States with intelligence on al Qaeda", "supplied Syria with missiles against
        # Israeli jets": whom it was given to, not what the things are about or for.
        yield clause.obj
    if found.target_prep == "as":
        # "refused to accept Turkey as a mediator in its dispute with Lebanon": Turkey.
        yield clause.obj
    if code == MEDIATION_ACCEPTED and not clause.passive:
        # "agreed to accept mediation by Thabo Mbeki", with "by" hung on the verb: the mediator.
        yield from clause.prep_objects("by")
        for complement in complements:
            yield from (pobj for prep, pobj in Clause.read(complement).preps if prep == "by")
    if found.target_prep == "for" and code[:2] == APPEAL_ROOT:
        # "appealed to the United Nations for food aid for its starving people": whom it asked.
        yield clause.obj
        yield from clause.prep_objects("to")
    if found.pattern.prep_obj is not None and (found.target_prep in PLACE_TIME_PREPS or found.target_prep == MEANS_PREP) and code[:2] in VIOLENT_ROOTS:
        # "killed 16 soldiers in a gunbattle near X", "attacked a police patrol with rifles in the forests of X":
        # the victims, before the place of the pattern's phrase or of the weapons it names.
        yield clause.obj
    if code[:2] in (INVESTIGATION, DISAPPROVAL_ROOT, PROTEST_ROOT):
        # "opened an investigation into the killing of 45 Albanians by Serbian police": the doer, not the victims.
        yield from (doer for head in named for doer in _doers(head))
    yield from named
    # "called for a ceasefire between Israel and Hamas": the actors inside the named phrase.
    yield from (
        t for head in named for t in phrase_subtree(head) if t.dep_ == "pobj" and t.i != head.i and (loose or t.head.lower_ not in PLACE_TIME_PREPS)
    )
    # "an investigation into crimes committed by Croatian forces": who did what the phrase names.
    yield from (doer for head in named for doer in _doers(head))
    yield clause.obj
    if code in DEESCALATION_ASKED:
        # "demanded an end to the violence in Syria", "called for a ceasefire in Libya": asked of whoever
        # fights where what is asked for goes on, when the appeal names no one to act (not where talks
        # urged would be held: "urged talks in Geneva").
        yield from (t for head in (*named, clause.obj) if head is not None for t in phrase_subtree(head)
                    if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.i != clause.verb.i)
    if clause.obj is not None and (code.startswith(PROPERTY_RETURNED) or code.startswith(MEASURES_EASED)):
        # "returned gold bullion seized from Kuwait's central bank": to whom it was taken from;
        # "lifted sanctions imposed on India and Pakistan": on whom they were imposed; so in a relative
        # clause whose object is the noun ("lifted the sanctions it imposed on Turkey").
        taken = TAKEN_FROM_PREPS if code.startswith(PROPERTY_RETURNED) else IMPOSED_ON_PREPS
        yield from (
            q for o in {clause.obj, *(c for c in clause.verb.children if c.dep_ in ("dobj", "obj", "nsubjpass"))} for t in o.subtree
            if (t.dep_ == "acl" and t.tag_ == "VBN")
            or (t.dep_ == "relcl" and not any(c.dep_ in ("dobj", "obj") and c.lower_ not in RELATIVE_PRONOUNS for c in t.children))
            for p in t.children if p.dep_ == "prep" and p.lower_ in taken and (q := prep_object(p)) is not None
        )
    # "warned against attacking Syria": whom the act the pattern names is about.
    yield from (Clause.read(head).obj for head in named if head.pos_ in VERB_TAGS)
    # The first actor in the object's phrase: "condemned an attack by X" (not where or when,
    # "signed an agreement in Vienna", unless the pattern keeps PETRARCH's rule).
    # Inside the object, "for" says for whom ("a camp for Congolese refugees", "aid for Syria").
    # An act named by a noun, of what it names by kind ("began the deployment of troops in Macedonia"), is
    # aimed where it takes place, as the verb would be ("deployed troops in Macedonia").
    nominal = found.target_prep == "of" and found.pattern.prep_obj is not None and found.pattern.obj is not None
    yield from (t for t in clause.object_preps if loose or nominal or t.head.lower_ == "for" or t.head.lower_ not in PLACE_TIME_PREPS)
    if clause.obj is not None:
        yield from _doers(clause.obj)
    if code[:2] in VIOLENT_ROOTS and clause.obj is not None:
        # "launched air strikes targeting rebel positions", "a wave of raids aimed at militants": the
        # attack noun's participle (the object's, or up to two "of" phrases down) says at whom.
        for noun in of_chain(clause.obj):
            for acl in noun.children:
                if acl.dep_ == "acl" and acl.lemma_.lower() in TARGETING_VERBS:
                    yield from _acted_on(acl)
                    yield from (prep_object(p) for p in acl.children if p.dep_ == "prep" and p.lower_ == "at" and acl.lemma_.lower() in AIMING_VERBS)
    if code[:2] == REFUSAL_ROOT and clause.obj is not None and clause.obj.lemma_.lower() in CARRIER_NOUNS:
        yield from (d for t in clause.obj.children if t.dep_ == "prep" and t.lower_ == "of" for p in t.children if p.dep_ == "pobj" for d in _doers(p))
    if (code[:2] == INTENT or code == MEETING_REFUSED) and clause.obj is not None:
        # "accepted an invitation to visit India", "turned down an invitation to meet Assad": what the invitation names.
        yield from (t for acl in clause.obj.children if acl.dep_ in ("acl", "relcl") and acl.pos_ == "VERB" and is_infinitive(acl)
                    for t in _acted_on(acl))
    # "agreed that the talks must resume": a view shared, whatever its clause is about.
    # (not an accusation voiced as a clause, "charged that Eritrean troops had invaded": at its subject)
    view = found.pattern.comp is not None and FINITE_CLAUSE in found.pattern.comp and not code.startswith(ACCUSATION)
    # "denied that its troops fired", "admitted that its gunships killed": not at its own troops
    denial = code in (DENIAL, ADMISSION)
    if code == DENIAL:
        # "..., saying accusations by the Congolese government were baseless": the accuser.
        for noun in clause.verb.subtree:
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in ACCUSATION_NOUNS and noun.i != (clause.obj.i if clause.obj is not None else -1):
                yield from (prep_object(p) for p in noun.children if p.dep_ == "prep" and p.lower_ in ("by", "from"))
                yield from (c for c in noun.children if c.dep_ in ("poss", "amod", "compound"))
        if clause.obj is not None and clause.obj.lemma_.lower() in REPORT_ITEMS:
            # "denied a report in an Israeli newspaper that ...": the paper that made the charge.
            yield from (prep_object(p) for p in clause.obj.children if p.dep_ == "prep" and p.lower_ == "in")
        # "denied accusations in a U.N. experts' report that ...": whoever wrote the report made them.
        reports = [r for noun in clause.verb.subtree if noun.pos_ == "NOUN" and noun.lemma_.lower() in ACCUSATION_NOUNS
                   for p in noun.children if p.dep_ == "prep" and p.lower_ == "in" and (r := prep_object(p)) is not None and r.lemma_.lower() in REPORT_ITEMS]
        yield from (c for r in reports for c in r.children if c.dep_ in ("poss", "compound"))
        yield from (prep_object(p) for r in reports for p in r.children if p.dep_ == "prep" and p.lower_ == "by")
    for complement in [] if view else complements:
        inner = Clause.read(complement)
        if _verbless(complement):
            # "declared the ambassador persona non grata": a predicate with no verb says what the governing
            # verb made of its subject, whom it acts on (also when the parser folds the subject into the noun).
            yield inner.subject if inner.subject is not None else complement
        # "demanded that Russia stop its offensive and withdraw its troops from Ukraine": a further verb of the
        # demanded clause is asked of the clause's subject too, not of the place it is to leave.
        demanded = _demanded_first(complement)
        if demanded.dep_ == "ccomp" and not denial and (clause.verb.lemma_.lower() not in REPORTING_VERBS or _is_mandative(demanded)):
            # "demanded that the PRC release the journalists": of whom, before what.
            subject = inner.subject if inner.subject is not None or demanded is complement else Clause.read(demanded).subject
            yield subject if subject is not None else _squashed_subject(demanded)
        if complement.lemma_.lower() in EXTRADITING or code in JUDICIAL_FRAMES:
            # "agreed to extradite a Russian arms dealer to the United States": the receiving state.
            yield from (pobj for prep, pobj in inner.preps if prep == "to")
        if clause.verb.lemma_.lower() in HELPING_VERBS and (helped := _helped_party(complement)) is not None:
            yield helped  # "would help Pakistan fight militants": Pakistan is helped, not the militants
        forces_sent = complement.lemma_.lower() in FORCE_SENDING and inner.obj is not None and inner.obj.lemma_.lower() in FORCES_SENT
        if forces_sent:
            # "threatened to send troops into Somalia": where the forces would go, not the forces; "threatened
            # to send troops to punish North Korea": whom they would be sent to act on.
            yield from (pobj for prep, pobj in inner.preps if prep in ("into", "to"))
            if code[:2] == THREAT_ROOT:
                yield from _purpose_acted_on(complement)
        if not (forces_sent and code[:2] == THREAT_ROOT):
            # (a threat is never aimed at the forces it would send: "to send troops to protect Russians")
            yield inner.obj
        if inner.obj is not None and (code[:3] in AID_CODES or code[:2] == AID_ROOT):
            # "agreed to write off $40 billion of debt owed by Zambia": whose debt, through "of" phrases.
            yield from (d for noun in of_chain(inner.obj) for d in _doers(noun))
        yield from (t for t in inner.object_preps if t.head.lower_ == "with" and t.head.head.i == inner.obj.i)
        yield from (pobj for prep, pobj in inner.preps if prep in TARGET_PREPS)
        if code[:3] in AID_CODES or code[:2] == AID_ROOT:
            # "pledged to provide $100 million in aid for Haiti", "to provide aid to help Haiti", "... to help
            # Greece cope with the migrants": the recipients, whom the aid is for or is to help (not whom
            # it is to help fight, "to help fight the Islamic State"). A "for" phrase only of an act that gives
            # something: not "help search for survivors".
            if inner.obj is not None:
                yield from (pobj for prep, pobj in inner.preps if prep == "for")
            for helping in (c for c in complement.children if _is_purpose(c, complement) and c.lemma_.lower() in HELPING_VERBS):
                yield Clause.read(helping).obj
                yield from (_helped_party(c) for c in helping.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB")
        if inner.obj is None:
            yield from _helped(complement)
        # "threatened to walk out of peace talks with Israel": inside the act's own phrases.
        yield from (t for _, pobj in inner.preps for t in phrase_subtree(pobj) if t.dep_ == "pobj" and t.i != pobj.i and t.head.lower_ not in PLACE_TIME_PREPS)
        if code[:2] == THREAT_ROOT:
            # "warned that police would crush any attempt by the opposition to stage protests"; "threatened to
            # suspend trade benefits for Guatemala": for whom, as in the act itself.
            yield from (t for t in inner.object_preps if t.head.lower_ == "for" or t.head.lower_ not in PLACE_TIME_PREPS)
            yield from (pobj for prep, pobj in inner.preps if prep == "for")
            # "threatened to slap tariffs on goods imported from Mexico": where the goods come from.
            yield from (o for _, pobj in inner.preps for o in origins(participles_of(pobj)))
            # "threatened to use force to stop Iran from acquiring nuclear weapons": whom the act is to stop.
            yield from (t for c in complement.children if c.dep_ in ("xcomp", "advcl") and is_infinitive(c) for t in _stopped(c))
            yield from _purpose_acted_on(complement)
    if code[:2] == THREAT_ROOT and clause.obj is not None:
        # "threatened military action to stop Iran from building a bomb": so for a threatened act named by a noun.
        yield from (t for c in clause.obj.children if c.dep_ == "acl" and is_infinitive(c) for t in _stopped(c))
    yield from (pobj for prep, pobj in clause.preps if prep in TARGET_PREPS)
    if code[:3] in AID_CODES or code[:2] == AID_ROOT:
        # "promised 30 million euros in humanitarian aid for flood victims in Pakistan": the recipients.
        yield from (pobj for prep, pobj in clause.preps if prep == "for")
    # "demanded that the US cancel ...", "believes Dagolath can cope": the clause's subject is the
    # target; after a reporting verb ("told reporters that Syria withdrew") it is only what was said,
    # unless the clause is a mandative subjunctive ("said Libya must hand over"). An open question
    # ("will discuss whether Bosnia has done enough") names what is asked about, no one acted on.
    # A passive subjunctive's subject is whom the act is asked of: "demanded that Israel be expelled".
    reporting = clause.verb.lemma_.lower() in REPORTING_VERBS
    for c in clause.complements:
        if c.dep_ == "ccomp" and not view and not denial and (not reporting or _is_mandative(c)) and not names_what(c) and not asks_whether(c):
            inner = Clause.read(c)
            yield inner.subject or _squashed_subject(c) or (inner.obj if inner.passive and _is_mandative_passive(c) else None)
    if code[:3] in OUTLOOKS and not view:
        # "hopeful that peace talks with the FARC would resume", "had little faith that talks with ZANU-PF
        # would produce a deal": with whom the talks or ties the clause is about are.
        held = [c for c in clause.obj.children if c.dep_ in ("acl", "ccomp")] if clause.obj is not None else []
        for c in (*clause.complements, *held):
            inner = Clause.read(c) if c.dep_ in ("ccomp", "acl") else None
            # "optimism that a peace agreement with Muslim rebels would be signed": a passive's subject too.
            subject = None if inner is None else inner.subject if inner.subject is not None else inner.obj if inner.passive else None
            if subject is not None:
                # also through a count or span: "confident that six days of meetings with the Taliban had produced progress"
                yield from (pobj for noun in through_quantities([subject]) for prep in noun.children
                            if prep.dep_ == "prep" and prep.lower_ in ("with", "between") and (pobj := prep_object(prep)) is not None)
                yield subject  # "expressed hope that Israel would withdraw from the Golan": toward Israel
    if code[:3] in (ADMISSION, DENIAL):
        # "acknowledged that its gunships had killed nine Afghan boys": to whom the admitted act was done;
        # so for a denial that names no accuser ("denied that it had torpedoed a South Korean warship"),
        # as for the denied gerund ("denied sinking a South Korean warship").
        for c in clause.complements:
            if c.dep_ == "ccomp":
                inner = Clause.read(c)
                yield inner.obj
                yield from (pobj for prep, pobj in inner.preps if prep in TARGET_PREPS)
    if code == APOLOGY:
        # "apologized for the killing of Pakistani soldiers", "for the massacre of Croatian prisoners": to the
        # victims of the act it regrets, as an admission is toward whom the admitted act was done.
        yield from (n for prep, pobj in clause.preps if prep in ("for", "over") for n in of_chain(pobj)[1:])
    # Last, as PETRARCH does: an actor in another phrase of the verb ("fired near X"), but never a
    # place, time or cause ("signed in Vienna", "fought for the militants").
    yield from (pobj for prep, pobj in clause.preps if loose or prep in FALLBACK_PREPS)
    # Whom a phrase of the verb is against: "mobilized reservists for a war against Iraq".
    yield from (t for _, pobj in clause.preps for t in phrase_subtree(pobj) if t.dep_ == "pobj" and t.i != pobj.i and t.head.lower_ == "against")
    if code[:2] == PROTEST_ROOT:
        # "walked out in protest at a government plan": a protest noun's "at" is its "against".
        yield from (t for _, pobj in clause.preps for t in phrase_subtree(pobj) if t.dep_ == "pobj" and t.head.lower_ == "at" and t.head.head.lemma_.lower() in PROTEST_NOUNS)
    if code[:2] == STATEMENT_ROOT:
        # "upbeat about the chances of a deal between Israel and Syria": whom the topic is about, however deep.
        topics = [pobj for prep, pobj in clause.preps if prep in COMMENT_TOPIC_PREPS]
        topics += [t for t in clause.object_preps if t.head.lower_ in COMMENT_TOPIC_PREPS]
        inner = ("in",) if code == EMPATHY else ()
        yield from (t for pobj in topics for t in phrase_subtree(pobj) if t.dep_ == "pobj" and t.i != pobj.i and t.head.lower_ in (*NESTED_TOPIC_PREPS, *inner))
        if code == NO_COMMENT:
            # "declined to comment on reports that U.S. commandos had raided a village": about whom the report is.
            topics += [pobj for c in complements for prep, pobj in Clause.read(c).preps if prep in COMMENT_TOPIC_PREPS]
            yield from (Clause.read(t).subject for pobj in topics for t in pobj.children if t.dep_ in ("acl", "ccomp") and t.pos_ in ("VERB", "AUX"))
    if loose:
        # PETRARCH's rule in full: the first actor anywhere after the verb in its own clause.
        yield from (t for t in phrase_subtree(clause.verb) if t.i > clause.verb.i and t.pos_ in NOMINAL)
        return
    for child in clause.verb.children:
        if _is_purpose(child, clause.verb):
            # "started a hunger strike to protest Assad's failure": at whom the act was aimed.
            purpose = Clause.read(child)
            yield purpose.obj
            yield from (pobj for prep, pobj in purpose.preps if prep in TARGET_PREPS)
            # "to demand reforms by Suharto's government": of whom inside what was demanded; not where what
            # a meeting is to discuss is ("will meet to discuss the crisis in Niger").
            talks = code[:2] == CONSULTATION_ROOT or code == MEETING_INTENT
            yield from (t for t in purpose.object_preps if not (talks and t.head.lower_ == "in"))
            if purpose.obj is None:
                yield from _helped(child)
    if (code[:3] == PRAISE or code[:2] == DISAPPROVAL_ROOT) and clause.verb.dep_ != "pcomp":
        # not "found ... liable for supporting attacks in Israel"
        yield from (t for t in clause.object_preps if t.head.lower_ == "in")
    root = code[:2]
    if root == THREAT_ROOT or (root in CONFLICTUAL_ACTS and is_announced(clause.verb)):
        # "threatened to quit the talks if the United States deploys", "said it would close the
        # strait if the US imposed sanctions": the threat is to whoever the condition is about,
        # wherever the parser hung the condition.
        for verb in (clause.verb, *complements):
            yield from (Clause.read(c).subject for c in verb.subtree if c.dep_ == "advcl" and _is_condition(c))


def _stopped(verb: Token) -> Iterator[Token]:
    """Whom a verb of stopping stops: its object ("to stop Iran from acquiring ..."), or the subject of the
    act it stops ("to stop Cyprus deploying missiles")."""
    if verb.lemma_.lower() not in STOPPING_VERBS:
        return
    yield from (c for c in verb.children if c.dep_ in ("dobj", "obj"))
    yield from (s for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBG" for s in c.children if s.dep_ == "nsubj")


def _purpose_acted_on(verb: Token) -> Iterator[Token | None]:
    """Whom a threatened act's purpose acts on ("to use force to remove Saddam Hussein"), unless the act is to
    guard or help them ("to use force to protect Russians in Crimea")."""
    for c in verb.children:
        if _is_purpose(c, verb) and c.lemma_.lower() not in SHIELDING_VERBS:
            yield from _acted_on(c)


def _acted_on(verb: Token) -> Iterator[Token | None]:
    """Whom a verb's own clause acts on: its object, then its target phrases."""
    inner = Clause.read(verb)
    yield inner.obj
    yield from (pobj for prep, pobj in inner.preps if prep in TARGET_PREPS)


def _label_predicates(clause: Clause) -> list[Token]:
    """What a calling verb says its object is ("called the raid a crime", "described the decision as
    illegal"), or [] when it gives its object no label."""
    obj = clause.obj
    if obj is None or clause.passive:
        return []
    predicates = [c for c in clause.verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advcl") and c.i > obj.i and c.pos_ in ("NOUN", "ADJ")]
    predicates += [c for c in obj.children if c.dep_ == "appos" and c.i > obj.i and c.pos_ == "NOUN"]
    predicates += [q for p in (*clause.verb.children, *obj.children) if p.dep_ == "prep" and p.lower_ == "as" and p.i > obj.i
                   for q in p.children if q.dep_ in ("pobj", "amod", "acomp", "pcomp") and q.pos_ in ("NOUN", "ADJ")]
    return predicates


def _condemning_predicate(clause: Clause) -> Token | None:
    """What a calling verb names by a word of condemnation ("called the raid a crime", "described the
    decision as illegal"), or None."""
    obj = clause.obj
    if obj is None or clause.passive:
        return None
    named = obj
    small = next((c for c in obj.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    predicates = _label_predicates(clause)
    if small is not None:
        # "branded the army's overthrow of Mursi an unacceptable coup": the coup is said of the overthrow.
        named, predicates = small, [obj, *predicates]
    for word in predicates:
        words = [word, *(c for c in word.children if c.dep_ in ("amod", "compound")),
                 *(q for p in word.children if p.dep_ == "prep" and p.lower_ == "of" for q in p.children if q.dep_ == "pobj")]
        words += [c for q in words[1:] for c in q.children if c.dep_ in ("amod", "compound")]
        if any(w.lemma_.lower() in CONDEMNING_WORDS or w.lower_ in CONDEMNING_WORDS for w in words):
            return named
    return None


def _squashed_subject(clause_head: Token) -> Token | None:
    """The subject of a "that" clause the parser squashed into a noun phrase: "that Syrian President
    Bashar al-Assad step down" with "step" a noun, "that Israel halt settlement construction" with
    "Israel" a compound of "construction": the last capitalised modifier; None for a real clause."""
    if clause_head.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "mark" for c in clause_head.children):
        return None
    return next((k for k in reversed(list(clause_head.lefts)) if k.dep_ in ("compound", "amod", "nmod") and k.text[:1].isupper()), None)


def _says_each_other(verb: Token) -> bool:
    """True when a verb's phrase says "each other" or "one another"."""
    return any(t.i + 1 < len(t.doc) and (t.lower_, t.doc[t.i + 1].lower_) in RECIPROCALS for t in verb.subtree)


def _bombing_dead(clause: Clause, resolve: _Resolver) -> list[ActorRef]:
    """Whom a bombing's casualty participle names as killed or wounded ("..., killing seven soldiers"),
    when they are someone (soldiers, police, a named people), not just "people"."""
    dead = [a for p in _casualty_participles(clause.verb) if (obj := Clause.read(p).obj) is not None for a in resolve.actors_of(obj)]
    return dead if dead and not all(_unknown(a) and a.code[3:6] in ("", CIVILIANS) for a in dead) else []


def _casualty_participles(act: Token) -> list[Token]:
    """The casualty participles of an act ("sinking the ship, killing a photographer"): said with it."""
    return [c for c in act.children if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in CASUALTY_VERBS]


def _protest_for(clause: Clause, pattern, matches: dict[int, VerbMatch]) -> tuple[str, int] | None:
    """A protest coded by the change it demands, as CAMEO divides protests (14x1-14x4) like demands
    for change (1041-1044): "demonstrated calling for independence" is 1414, the protest's code
    with the demand's last digit. Returns (code, index of the demanding verb), or None when the
    protest is already specific or demands no such change."""
    code = pattern.code or ""
    if code not in PROTEST_CODES:
        return None
    for child in _protest_demands(clause, matches):
        demanded = matches[child.i].pattern.code or ""
        if demanded == DEMAND_ROOT + "0" and any((c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")) or any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                                                 for c in child.children if c.dep_ in ("ccomp", "dobj")):
            # "blockaded fuel depots, demanding that the government cut taxes": an act demanded in a "that"
            # clause (also one the parser flattens into an object) that no demand code names is a policy
            # change (14x2), coded once, as the protest.
            return code + POLICY_CHANGE, child.i
        if demanded[:4] in YIELD_ASKED:
            # "rallied to demand an end to U.S. drone strikes": a policy's yielding asked for is a change of it.
            return code + POLICY_CHANGE, child.i
        if demanded[:3] not in CHANGE_ASKED:
            if demanded[:2] in (DEMAND_ROOT, APPEAL_ROOT) and len(demanded) > 3 and demanded not in RELEASE_ASKED:
                # "rallied to demand that the government take in more refugees" (1033), "... reach a deal"
                # (107 is three digits, kept out): an act of its own asked of a government is a policy changed.
                return code + POLICY_CHANGE, child.i
            continue
        # The codebook puts protests for "unspecified political reforms" with policy change (14x2).
        return code + (demanded[3:] or POLICY_CHANGE), child.i
    return None


def _protest_pair(source: ActorRef, target: ActorRef, clause: Clause) -> tuple[ActorRef, ActorRef]:
    """Protesters at home protest against their own government ("thousands of Albanians rioted in
    Vlora" is ALBCVL -> ALBGOV); protesters of no named country are people of the country a place
    phrase names; an unnamed government or police is the protesters' own."""
    if len(target.code) == 3 and _in_place_phrase(target, clause, ("to",)):
        source = _with_country(source, target.code, SOCIETY_SECTORS | PEOPLE_SECTORS)
    if len(target.code) == 3 and source.code[:3] == target.code and source.code[3:6] not in COMMANDED_SECTORS:
        return source, replace(target, code=target.code + GOVERNMENT, sector=GOVERNMENT)
    if not _unknown(source) and source.code[:3] not in NON_STATE:
        target = _with_country(target, source.code[:3], STATE_FORCES)
    return source, target


def _where_fought(actor: ActorRef, clause: Clause) -> bool:
    """True when an actor is named only as where a fight was, or the ground it was for: "fought near Jaffna",
    "fought fierce battles for the town of Ruhengeri"."""
    if _in_place_phrase(actor, clause, ATTACK_PLACES, inside_object=True):
        return True
    ground = [o for p, o in clause.preps if p in CONTESTED_PREPS]
    if clause.obj is not None:
        ground += [o for c in clause.obj.children if c.dep_ == "prep" and c.lower_ in CONTESTED_PREPS and (o := prep_object(c)) is not None]
    return any(o.lemma_.lower() in CONTESTED_GROUND and o.left_edge.i <= actor.start and actor.end <= o.right_edge.i + 1 for o in ground)


def _in_protest_place(actor: ActorRef, clause: Clause, pattern: VerbPattern) -> bool:
    """True when an actor is named only inside the open place a protest pattern asks for as its object, the
    place the crowd fills ("packed Beirut's Martyrs' Square"); not a building it storms or blocks."""
    obj = clause.obj
    return (
        (pattern.code or "")[:2] == PROTEST_ROOT and pattern.obj is not None and obj is not None
        and obj.lemma_.lower() in GATHERING_PLACES and obj.left_edge.i <= actor.start and actor.end <= obj.right_edge.i + 1
    )


def _in_place_phrase(actor: ActorRef, clause: Clause, more: tuple[str, ...] = (), inside_object: bool = False) -> bool:
    """True when an actor is named only inside a place phrase of the verb ("at the Greek border village"),
    with ``inside_object`` also of its object ("signed an agreement at United Nations headquarters")."""
    preps = [*clause.preps]
    if inside_object and clause.obj is not None:
        preps += [(c.lower_, o) for c in clause.obj.children if c.dep_ == "prep" and c.lower_ in ("at", "in") and (o := prep_object(c)) is not None and o.lemma_.lower() in PLACE_NOUNS]
    return any((p in PROTEST_PLACE_PREPS or p in more) and o.left_edge.i <= actor.start and actor.end <= o.right_edge.i + 1 for p, o in preps)


def _protest_demand(clause: Clause, act: str, matches: dict[int, VerbMatch]) -> int | None:
    """The demanding verb of a protest ("blockaded fuel depots, demanding that the government cut
    taxes"), whatever it demands; None when the verb is no protest or demands nothing."""
    if act[:2] != PROTEST_ROOT:
        return None
    return next((c.i for c in _protest_demands(clause, matches) if (matches[c.i].pattern.code or "")[:2] == DEMAND_ROOT), None)


def _protest_demands(clause: Clause, matches: dict[int, VerbMatch]) -> Iterator[Token]:
    """The coded verbs a protest voices its demands by ("to demand reforms", "calling for
    independence", "saying he must resign"), also under a verb conjoined to it with no subject of its own,
    and a participle on the protesters themselves ("Rioters demanding Suharto's resignation set fire to ...")."""
    verbs = [clause.verb, *(k for k in clause.verb.children if k.dep_ == "conj" and k.pos_ == "VERB" and not any(s.dep_ in SUBJECTS for s in k.children))]
    chained = [k for c in clause.verb.children if c.dep_ == "advcl" for k in c.conjuncts if k.i in matches and k.pos_ == "VERB" and not any(s.dep_ in SUBJECTS for s in k.children)]
    doer = clause.agent if clause.passive else clause.subject
    described = [c for d in ({doer, _counted_noun(doer)} if doer is not None else ()) for c in d.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.i in matches
                 and (matches[c.i].pattern.code or "")[:2] == DEMAND_ROOT]
    return (*(c for v in verbs for c in (*v.children, *chained) if c.dep_ in DEMAND_CLAUSE_DEPS and c.i in matches), *described)


def _by_protesters(clause: Clause) -> bool:
    """True when who acted are protesters: "rioters", "thousands of demonstrators", "Syrians
    protesting against the cartoons" (also for a verb conjoined to theirs)."""
    verb = clause.verb
    doer = clause.agent if clause.passive else clause.subject
    if doer is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        governing = Clause.read(verb.head)
        doer = governing.agent if governing.passive else governing.subject
    if doer is None:
        return False
    nouns = [doer, *(o for p in doer.children if p.dep_ == "prep" and p.lower_ == "of" and (o := prep_object(p)) is not None)]
    return any(
        n.lemma_.lower() in PROTESTER_NOUNS or n.lower_ in PROTESTER_NOUNS
        or any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in PROTESTING_VERBS for c in n.children)
        for n in nouns
    )


def _located(targets: list[ActorRef], clause: Clause, resolve: _Resolver, measure: bool = False, owned: bool = False, probe: bool = False,
             seized: bool = False) -> list[ActorRef]:
    """Victims of no known country take the country where it happened: "killed 23 people in Tel
    Aviv" is ISRCVL, and so are people a pattern asks for by kind ("protect civilians in Mali" is
    MLICVL); an object that names no one is that country's ("shelled villages in Kosovo"), and so
    is a ``measure`` (a curfew, a state of emergency, what a probe looks into) declared or found there.
    Captives (``seized``) are of the country whose building or body the act they were taken in struck."""
    if targets and not all(_unknown(t) for t in targets):
        return targets
    if targets and clause.obj is not None and _said_foreign(clause.obj):
        return targets  # "attacked foreign troops in Afghanistan": not Afghan troops
    placed = targets
    # "blew himself up", "detonated a bomb": an object that is no victim still leaves the place.
    used_object = clause.obj is not None and (clause.obj.lower_ in REFLEXIVES or clause.verb.lemma_.lower() in INSTRUMENT_VERBS)
    if not targets and clause.obj is not None and not used_object:
        named = resolve.actor_of(clause.obj)
        if named is not None and _unknown(named) and named.code[len(UNKNOWN_ACTOR):] in PEOPLE_SECTORS:
            placed = [named]
        elif named is not None or (clause.obj.lemma_.lower() not in PLACE_NOUNS and not measure and not owned):
            return targets
    elif not targets and not used_object and not (
        clause.obj is None and (clause.verb.lemma_.lower() not in INSTRUMENT_VERBS or (clause.subject is not None and clause.subject.lemma_.lower() in ATTACK_MEANS))
        and any(p in AT_PLACE and (o.lemma_.lower() in PLACE_NOUNS or o.lower_ in PLACE_NOUNS) for p, o in clause.preps)
    ):
        return targets
    found = _place_of(clause, resolve, VICTIM_PLACES, inside_object=measure, probe=probe)
    if not found and placed and seized:
        found = _seized_in(clause.verb, resolve)
    if not found and not measure and all(t.code[len(UNKNOWN_ACTOR):] in LOCAL_PEOPLE for t in placed):
        # "killed 23 people when they blew themselves up in Tel Aviv", "blew himself up in a market
        # in Baghdad, killing 20 people": where the linked act was. Civilians only: soldiers killed
        # in an ambush in Afghanistan need not be Afghan.
        # "bombed the Eritrean capital Asmara, killing several civilians": the place it struck.
        verb = clause.verb
        linked = [*_linked_clauses(verb), *([verb.head] if verb.dep_ == "advcl" and verb.tag_ == "VBG" else [])]
        found = next((place for c in map(Clause.read, linked) if (place := _place_of(c, resolve, ("in", "through")) or _struck_place(c, resolve))), [])
        # "fired tear gas to disperse protesters in Caracas": where what it was done for was done.
        found = found or _purpose_place(verb, resolve)
    if not found and placed:
        verb = clause.verb
        partners = [*(k for k in verb.children if k.dep_ == "conj" and k.pos_ == "VERB"), *([verb.head] if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else [])]
        # "tortured and beat prisoners at a camp in Bosnia": the partner verb's own phrases, not its object's.
        found = next((place for k in partners if not any(s.dep_ in SUBJECT_DEPS for s in k.children) or verb.dep_ == "conj"
                      if (place := _place_of(_own_phrases(Clause.read(k)), resolve, ("in",)))), [])
    if not found:
        return targets
    return [replace(t, code=found[0].code + t.code[len(UNKNOWN_ACTOR):]) for t in placed] or found


def _seized_in(verb: Token, resolve: _Resolver) -> list[ActorRef]:
    """The country of what the act that captives were taken in struck: "stormed the U.S. embassy,
    taking 52 diplomats hostage", "... and took 52 diplomats hostage" (the embassy's: USA)."""
    acts = [*([verb.head] if verb.dep_ in ("advcl", "conj") and verb.head.pos_ == "VERB" else []),
            *(k for k in verb.children if k.dep_ == "conj" and k.pos_ == "VERB")]
    for act in acts:
        struck = Clause.read(act)
        if struck.obj is None or struck.passive:
            continue
        owner = resolve.actor_of(struck.obj)
        if owner is not None and not _unknown(owner) and owner.code[:3] not in NOT_COUNTRIES:
            return [replace(owner, code=owner.code[:3])]
    return []


def _their_own(noun: Token | None) -> bool:
    """True for a noun its subjects own together: "their troops", "their forces"."""
    return noun is not None and any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)


def _border_of_object(head: Token, clause: Clause) -> bool:
    """True for a border named in a phrase beside or inside the verb's object ("captured a key highway to the
    Turkish border", "seized a road on the border with Turkey"): it says where the thing lies or leads,
    and a border is on both sides, so its country is no one acted on (unlike the object itself, "closed
    its border with Syria")."""
    if clause.obj is None or head.dep_ != "pobj":
        return False
    border = head.head.head if head.head.lower_ == "with" else head
    return border.lemma_.lower() in BORDERS and border.dep_ == "pobj" and border.i != clause.obj.i


def _side_of_border(token: Token) -> bool:
    """True for a country named only as a border's ("a ceasefire along the Lebanese border", "on the border
    with Iran"): a border is on both sides, so it says where, not who."""
    noun = token.head if token.dep_ in ("amod", "compound", "poss") else token
    if noun.dep_ == "pobj" and noun.head.lower_ == "with":
        noun = noun.head.head
    return noun.lemma_.lower() in BORDERS


def _ground_between(place: Token) -> bool:
    """True for ground two sides face each other on: a border, a front line, a buffer or demilitarised zone,
    or a place called disputed or contested."""
    return place.lemma_.lower() in DISENGAGED_GROUND or any(c.dep_ == "amod" and c.lower_ in DISPUTED for c in place.children)


def _helps_keep_order(purpose: Token) -> bool:
    """True for a purpose of helping to defend, or to restore order: forces sent or arriving "to help
    defend the kingdom", "to help quell the fighting", "to help restore order" give protection (074), as
    do those sent "to help Kabila repel the rebels" (the helped party parsed as the clause's subject)."""
    return purpose.pos_ == "VERB" and purpose.lemma_.lower() in HELPING_VERBS and any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in PROTECTING_HELP for c in purpose.children)


def _names_peacekeeping(purpose: Token) -> bool:
    """True for a purpose that names peacekeeping: forces sent or arriving "to join a peacekeeping force",
    "for peacekeeping duties" keep the peace (074)."""
    return any(w.lemma_.lower() in PEACEKEEPING_WORDS or w.lower_ in PEACEKEEPING_WORDS for w in purpose.subtree)


def _keeps_accord(purpose: Token) -> bool:
    """True for a purpose of keeping an accord: forces sent "to enforce the Dayton peace accord", "to
    monitor the ceasefire" keep the peace (074); not those sent to enforce a no-fly zone or a blockade.
    Read through a helping verb: "to help enforce the peace agreement"."""
    if purpose.pos_ == "VERB" and purpose.lemma_.lower() in HELPING_VERBS:
        purpose = next((c for c in purpose.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), purpose)
    return purpose.pos_ == "VERB" and purpose.lemma_.lower() in KEEPING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in AGREEMENT_NOUNS for c in purpose.children)


def _struck_place(clause: Clause, resolve: _Resolver) -> list[ActorRef]:
    """The object of an active clause when it is a place, not anyone in it ("bombed Asmara")."""
    if clause.obj is None or clause.passive:
        return []
    place = resolve.actor_of(clause.obj)
    country = _country_of_place(place)
    return [replace(place, code=country)] if country is not None else []


def _alleged(clause: Clause, resolve: _Resolver) -> list[ActorRef]:
    """Whom an investigated allegation, claim or report is about: the subject of its "that" clause
    (the doer of a passive one), or of a "whether" clause the investigating verb governs."""
    for c in _alleged_clauses(clause):
        said = Clause.read(c)
        for who in ((said.agent, said.obj) if said.passive else (said.subject,)):
            if who is not None and (refs := resolve.actors_of(who)):
                return refs
    return []


def _alleged_clauses(clause: Clause) -> list[Token]:
    """The "that" clauses of the report nouns a verb's object or phrases name ("reports that troops
    killed ..."), and the "whether" clause the verb governs ("investigate whether genocide was
    committed") or one of its phrases holds ("opened an inquiry into whether Gazprom had ...")."""
    nouns = [*([clause.obj] if clause.obj is not None else []), *(p for _, p in clause.preps)]
    said = [
        c for noun in nouns if noun.lemma_.lower() in REPORT_NOUNS for c in noun.children
        if c.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
    ]
    # ("began investigating on Monday whether troops had ...": after a time the parser may make the question an adverbial clause.)
    asked = [c for c in clause.verb.children if c.dep_ == "ccomp" or (c.dep_ == "advcl" and c.i > clause.verb.i)]
    asked += [p for _, p in clause.preps if p.dep_ == "pcomp"]
    return said + [c for c in asked if asks_whether(c)]


def _investigated_act(
    clause: Clause, act: str, clauses: dict[int, Clause], matches: dict[int, VerbMatch], resolve: _Resolver, sent_for: bool = True,
) -> str | None:
    """The sub-code of an investigation (090, or 091 read from a report noun) by what the allegation,
    report or open question it looks into says was done; for a mission sent to investigate, what it
    is sent to investigate. None when that says nothing more."""
    reported = any(n is not None and n.lemma_.lower() in REPORT_NOUNS for n in (clause.obj, *(p for _, p in clause.preps)))
    if act != PROBE and not (act == CRIME_PROBE and reported):
        return None
    for verb in _alleged_clauses(clause):
        for v in (verb, *(k for k in verb.conjuncts if k.pos_ == "VERB" and k.i > verb.i)):
            code = (matches[v.i].pattern.code or "") if v.i in matches else ""
            found = next((ALLEGED_ACTS[code[:n]] for n in (3, 2) if code[:n] in ALLEGED_ACTS), None)
            # People, as the agent dictionary names them, not places ("bombed villages" stays 093).
            victim = Clause.read(v).obj if found == MILITARY_PROBE else None
            if (
                victim is not None and victim.lemma_.lower() not in PLACE_NOUNS
                and (ref := resolve.actor_of(victim)) is not None and ref.code[3:6] in PEOPLE_SECTORS
            ):
                found = ABUSE_PROBE
            if found is not None:
                return found
    if act == PROBE and sent_for:
        # "sent a team to Togo to investigate reports that security forces killed ...".
        for t in clause.verb.subtree:
            if t.i in matches and t.i in clauses and is_purpose_of(t, clause.verb) and (code := matches[t.i].pattern.code or "")[:2] == INVESTIGATION:
                return _investigated_act(clauses[t.i], code, clauses, matches, resolve, False) or (code if code != act else None)
    return None


def _under_pressure(token: Token) -> bool:
    """True for a noun inside a phrase saying under whose pressure an act was done: "under U.S.
    pressure", "under pressure from Washington", "at the urging of France". Whoever pressed is no party."""
    while True:
        if token.lemma_.lower() in PRESSURE_NOUNS and token.dep_ == "pobj" and token.head.lower_ in PRESSURED_PREPS:
            return True
        if token.dep_ not in ("pobj", "prep", "conj", "compound", "amod", "nmod", "poss") or token.head.i == token.i:
            return False
        token = token.head


def _acted_for(token: Token) -> bool:
    """True for a noun in an "on behalf of" phrase: "behalf" or "the African Union" in "on behalf of the
    African Union"."""
    while True:
        if token.lemma_.lower() == BEHALF and token.dep_ == "pobj" and token.head.lower_ in BEHALF_PREPS:
            return True
        if token.dep_ not in ("pobj", "prep", "conj", "compound") or token.head.i == token.i:
            return False
        token = token.head


def _accused_act(clause: Clause, matches: dict[int, VerbMatch]) -> str | None:
    """The sub-code of a plain accusation by what the act it names was coded: the gerund of its
    "of"/"for" phrase ("accused Russia of sending troops into Ukraine"), the clause it governs ("charged
    that Eritrean troops had invaded") or the "that" clause of a report noun ("levelled accusations that
    ..."). None when that act is not one of ACCUSED_ACTS."""
    heads = [clause.verb, *([clause.obj] if clause.obj is not None else [])]
    acts = [c for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "for") for c in p.children if c.dep_ == "pcomp" and c.pos_ == "VERB"]
    acts += [c for c in clause.complements if c.dep_ == "ccomp"]
    acts += _alleged_clauses(clause)
    for verb in acts:
        for v in (verb, *(k for k in verb.conjuncts if k.pos_ == "VERB" and k.i > verb.i)):
            code = (matches[v.i].pattern.code or "") if v.i in matches else ""
            found = next((ACCUSED_ACTS[code[:n]] for n in (4, 3, 2) if code[:n] in ACCUSED_ACTS), None)
            if found is not None:
                return found
    return None


def _measure_aimed_at(head: Token, resolve: _Resolver, owner: ActorRef | None) -> list[ActorRef]:
    """Whom a measure noun is aimed at when its own actors all stand before it, as who imposed it: the
    actors of its "against", "on" or "of" phrase ("the U.S. embargo against Cuba", "a U.N. blockade of
    Haiti"); [] otherwise."""
    if head.lemma_.lower() not in IMPOSED_MEASURES:
        return []
    refs = resolve.actors_of(head, owner)
    if not refs or any(r.end > head.i for r in refs):
        return []
    return next((aimed for c in head.children if c.dep_ == "prep" and c.lower_ in MEASURE_AIM_PREPS
                 and (aimed := resolve.actors_of(prep_object(c), owner))), [])


def _in_setting(token: Token) -> bool:
    """True for a noun inside the phrase of a setting noun: "the APEC summit" in "on the sidelines of
    the APEC summit"."""
    while token.dep_ in ("pobj", "prep", "conj") and token.head.i != token.i:
        token = token.head
        if token.lemma_.lower() in SETTING_NOUNS or token.lower_ in SETTING_NOUNS:
            return True
    return False


def _harmed_by_act(token: Token) -> bool:
    """True for whom a harmful act named by a noun was done to: "the killing of Palestinians", "the closure
    of the reformist newspaper Salam" (also a conjunct of it)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in HARM_NOUNS


def _absolute_mediator(prep: Token) -> Token | None:
    """The mediator an absolute "with" phrase names: "with Clinton mediating", "with Egypt acting as
    mediator", "with Chad as mediator"; None for other "with" phrases ("talks with Egypt")."""
    phrase = prep_object(prep) if prep.lower_ == MEDIATOR_PREP else None
    if phrase is None:
        return None

    def in_role(word: Token) -> bool:
        return any(c.dep_ == "prep" and c.lower_ == ROLE_PREP and (o := prep_object(c)) is not None and o.lemma_.lower() in MEDIATOR_NOUNS
                   for c in word.children)

    if phrase.lower_ in MEDIATING_WORDS or (phrase.pos_ in VERB_TAGS and phrase.lemma_.lower() in ACTING_AS_VERBS and in_role(phrase)):
        return next((c for c in phrase.children if c.dep_ in ("nsubj", "compound") and c.pos_ in ("PROPN", "NOUN")), None)
    if phrase.pos_ in ("PROPN", "NOUN") and (in_role(phrase) or any(
        # "talks with Turkey as mediator", with the "as" phrase hung beside the "with" phrase
        c.i == phrase.right_edge.i + 1 and c.lower_ == ROLE_PREP for c in prep.head.children if c.dep_ == "prep"
    ) and in_role(prep.head)):
        return phrase
    return None


def _clause_preps(clause: Clause, words: Iterable[str]) -> Iterator[Token]:
    """The prepositions among ``words`` on a clause's verb or on its object ("held talks with Ethiopia":
    the "with" of "talks")."""
    holders = (clause.verb, clause.obj) if clause.obj is not None else (clause.verb,)
    return (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in words)


def _is_mediator(subject: Token) -> bool:
    """True for a subject named a mediator: "Egyptian mediators", "AU mediator Thabo Mbeki"."""
    return subject.lemma_.lower() in MEDIATOR_NOUNS or any(
        c.dep_ in ("compound", "appos", "amod") and c.lemma_.lower() in MEDIATOR_NOUNS for c in subject.children
    )


def _talk_parties(clause: Clause) -> list[Token]:
    """The heads a consultation's "with"/"between" phrases name, conjuncts included ("held talks with Hamas
    and Israeli officials": Hamas, officials)."""
    heads = [o for c in _clause_preps(clause, PARTY_PREPS) if (o := prep_object(c)) is not None]
    return [t for h in heads for t in (h, *h.conjuncts)]


def _mediated_parties(phrase: Token) -> list[Token] | None:
    """For the object of an absolute "with" phrase naming a mediator, the heads naming the parties of
    the act it hangs on: its subject and its "with"/"between" phrases ("Eritrea held talks with Ethiopia,
    with Algeria mediating"); None for any other token."""
    prep = phrase.head
    if phrase.dep_ not in ("pobj", "pcomp") or prep.i == phrase.i or _absolute_mediator(prep) is None:
        return None
    verb = prep.head
    while verb.pos_ not in VERB_TAGS and verb.head.i != verb.i:
        verb = verb.head
    governing = Clause.read(verb)
    source = _source_head(governing)  # "said it would ...": the pronoun's referent
    heads = [source] if source is not None else []
    heads += [o for c in _clause_preps(governing, PARTY_PREPS) if c.i != prep.i and (o := prep_object(c)) is not None]
    return heads


def _go_between_noun(noun: Token) -> bool:
    """"auspices", "mediation", "good offices" (not any offices)."""
    if noun.lower_ == OFFICES_NOUN:
        return any(c.dep_ == "amod" and c.lower_ == GOOD_WORD for c in noun.children)
    return noun.lemma_.lower() in GO_BETWEEN_NOUNS or noun.lower_ in GO_BETWEEN_NOUNS


def _is_go_between(token: Token) -> bool:
    """True for a noun named as the go-between of an act: "under the auspices of the African Union",
    "with the mediation of Norway", "a ceasefire brokered by Egypt"."""
    if token.dep_ == "pobj" and _go_between_noun(token):
        return True  # "talks with the mediation of Norway": the phrase itself
    if token.dep_ in ("pobj", "pcomp") and token.head.i != token.i and _absolute_mediator(token.head) is not None:
        return True  # "held talks with Ethiopia, with Algeria mediating": the mediator is no party
    while token.dep_ in ("pobj", "prep", "conj", "agent", "appos") and token.head.i != token.i:
        token = token.head
        if token.lower_ == "of" and token.dep_ == "prep" and _go_between_noun(token.head):
            return True
        if token.lower_ == "by" and token.head.tag_ == "VBN" and token.head.lemma_.lower() in GO_BETWEEN_VERBS:
            return True
    return False


def _names_both_sides(noun: Token) -> bool:
    """True for "the two sides", "both sides", "the two leaders", "their countries": the parties a
    clause before named."""
    if noun.lemma_.lower() not in BOTH_SIDES_NOUNS:
        return False
    return any(
        (c.lower_ in PAIRING_WORDS and c.dep_ in ("nummod", "det", "predet", "amod", "quantmod"))
        or (c.dep_ == "poss" and c.lower_ == "their" and noun.tag_ == "NNS")
        for c in noun.children
    )


def _sides_named_before(verb: Token, resolve: _Resolver) -> list[ActorRef]:
    """The actors the clause ``verb`` is conjoined to named: its conjoined subject, or its subject
    and whom it acted with ("Rabin met Arafat and the two sides agreed")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        earlier = Clause.read(verb)
        if earlier.subject is None or _names_both_sides(earlier.subject):
            continue
        sides = [a for a in resolve.actors_of(earlier.subject) if not _unknown(a)]
        if len({s.code for s in sides}) < 2:
            partners = [earlier.obj] if earlier.obj is not None and not earlier.passive else []
            partners += [o for p, o in earlier.preps if p == "with"]
            sides += [a for head in partners for a in resolve.actors_of(head) if not _unknown(a)]
        return sides
    return []


def _asked_by_demand_nouns(nouns: list[Token]) -> Iterator[int]:
    """The clauses demand nouns carry, which are asked for, not done: "despite demands from Kuchma
    that they let officials return", "rejected a U.S. call for Israel to withdraw"; also when the
    parser hung the "that" clause on the verb whose phrase the demand noun is in."""
    for noun in nouns:
        for c in noun.children:
            if c.pos_ == "VERB" and c.dep_ in ("acl", "ccomp") and (_is_mandative(c) or is_infinitive(c) or c.tag_ == "VBP"):
                yield c.i
        if noun.dep_ != "pobj":
            continue
        for verb in noun.ancestors:
            if verb.pos_ != "VERB":
                continue
            yield from (
                c.i for c in verb.children
                if c.dep_ == "ccomp" and c.i > noun.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                and not any(a.dep_ in ("aux", "auxpass") and a.lemma_.lower() in FACTUAL_AUXILIARIES for a in c.children)
            )


def _pair_named_before(noun: Token, resolve: _Resolver, owner: ActorRef | None) -> list[ActorRef]:
    """The two states named before "both countries" / "the two sides" in its sentence, other than
    ``owner`` ("the Security Council condemned the tests by India and Pakistan and demanded that both
    countries ..."); [] unless there are exactly two. The targets' counterpart of
    ``_sides_named_before``, which finds the actors of a clause the verb is conjoined to."""
    pair: dict[str, ActorRef] = {}
    governor = noun.head
    while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
        governor = governor.head
    own = {t.i for v in (governor, first_conjunct(governor)) for s in v.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree}
    for token in noun.sent:
        if token.i >= noun.i:
            break
        if token.pos_ not in ("PROPN", "NOUN", "ADJ") or token.i in own:
            continue
        ref = resolve.actor_of(token)
        if ref is None or _unknown(ref) or (owner is not None and ref.code[:3] == owner.code[:3]):
            continue
        pair.setdefault(ref.code[:3], ref)
    return list(pair.values()) if len(pair) == 2 else []


def _led_by(noun: Token) -> list[Token]:
    """Who leads what a noun names, by an "X-led" modifier: "the U.S.-led invasion" is the U.S.'s."""
    return [t for led in noun.children if led.dep_ == "amod" and led.lower_ == "led" and led.i < noun.i
            for t in (*led.children, *noun.children) if t.i < led.i and t.dep_ in ("npadvmod", "compound", "nmod", "amod", "advmod", "poss")]


def _doers(noun: Token) -> Iterator[Token]:
    """Who did what a noun names, by a participle's "by" phrase: "crimes committed by Croatian forces",
    "the bombing carried out by Hamas"."""
    for participle in noun.children:
        if participle.dep_ == "acl" and participle.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "mark") for c in participle.children):
            yield from (p for c in participle.children if c.dep_ == "agent" and (p := prep_object(c)) is not None)
            # "abuses committed under Pinochet's military rule": the rulers of the time
            yield from (p for c in participle.children if c.dep_ == "prep" and c.lower_ == "under" and (p := prep_object(c)) is not None
                        and p.lemma_.lower() in RULE_NOUNS)
    if noun.pos_ == "NOUN":
        # "the killing of 45 ethnic Albanians by Serbian police": the act noun's own "by" phrase.
        yield from (p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" and (p := prep_object(c)) is not None)


def _demanded_conjuncts(clause: Token) -> list[Token]:
    """The further verbs of a demanded "that" clause ("demanded that X halt the war and return to
    talks"); not a verb of another tense the parser hung there ("demands that he step down ... and
    ordered peacekeepers to leave" is the reporter's)."""
    return [k for k in clause.conjuncts if k.i > clause.i and k.pos_ == "VERB" and k.tag_ in (clause.tag_, "VB")]


def _demanded_first(verb: Token) -> Token:
    """The first verb of the demanded "that" clause ``verb`` is a further verb of (see
    _demanded_conjuncts), else ``verb`` itself."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first if first is not verb and first.dep_ == "ccomp" and verb in _demanded_conjuncts(first) else verb


def _linked_clauses(verb: Token) -> Iterator[Token]:
    """The verbs of adverbial clauses that tell of the same happening as ``verb``: "... when they
    blew themselves up", "... after troops opened fire"."""
    return (c for c in verb.children if c.dep_ == "advcl" and any(t.lower_ in LINKED_EVENTS and t.dep_ in ("mark", "advmod") for t in c.children))


def _purpose_place(verb: Token, resolve: _Resolver) -> list[ActorRef]:
    """The place a purpose of ``verb`` says it was done in, as ``_place_of`` gives it: "fired tear gas to
    disperse protesters in Caracas" (the parser hangs the place on the purpose)."""
    return next((place for c in verb.children if _is_purpose(c, verb) if (place := _place_of(Clause.read(c), resolve, ("in",)))), [])


def _is_purpose(token: Token, verb: Token) -> bool:
    """``is_purpose_of``, and the infinitive the parser makes the complement of a verb of using that has
    its object: "used water cannon to disperse the crowd", "fired tear gas to break up a rally"."""
    return is_purpose_of(token, verb) or (
        token.dep_ == "xcomp" and is_infinitive(token) and verb.lemma_.lower() in INSTRUMENT_VERBS and any(c.dep_ == "dobj" for c in verb.children))


def _linked_acts(verb: Token, matches: dict[int, VerbMatch], roots: frozenset[str]) -> Iterator[Token]:
    """The linked clauses (see ``_linked_clauses``) coded as an act of one of ``roots``."""
    return (c for c in _linked_clauses(verb) if c.i in matches and (matches[c.i].pattern.code or "")[:2] in roots)


def _place_of(clause: Clause, resolve: _Resolver, preps: tuple[str, ...], inside_object: bool = False, probe: bool = False) -> list[ActorRef]:
    """The country of the place a clause's phrase of ``preps`` names, as an actor, or none; with
    ``inside_object``, also a phrase inside the object ("a probe into war crimes in Sri Lanka"); for a
    ``probe``, the place of what it looks into comes before where it sits ("hearings in Seoul into abuses
    in North Korea")."""
    inner, looked_into = [], []
    if inside_object:
        # Inside the object, or inside a phrase of the verb ("opened a probe into atrocities in Darfur").
        phrases = [t for _, p in clause.preps for t in phrase_subtree(p) if t.dep_ == "pobj" and t.i != p.i]
        if probe:
            # what a probe looks into, also in its participle: "into war crimes allegedly committed in northern Uganda";
            # and the unrest it was done during: "into killings during Kenya's post-election violence" is in Kenya.
            looked_into = [(PROBED_TIMES.get(t.head.lower_, t.head.lower_), t) for w, p in clause.preps if w in PROBED_PREPS
                           for t in p.subtree if t.dep_ == "pobj" and t.i != p.i]
        inner = [(t.head.lower_, t) for t in (*clause.object_preps, *phrases)]
    if "in" in preps:
        # "on a crowded bus in Jerusalem", "outside a police station in Kandahar": a place noun,
        # named ("a Shi'ite mosque") or placed by its own phrase.
        for prep, pobj in clause.preps:
            if (prep in AT_PLACE or prep == "from") and (pobj.lemma_.lower() in PLACE_NOUNS or pobj.lower_ in PLACE_NOUNS):
                inner.append(("in", pobj))
                inner.extend(("in", q) for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("in", "near", "outside") and (q := prep_object(c)) is not None)
    for prep, pobj in (*looked_into, *clause.preps, *inner):
        if prep not in preps:
            continue
        # "killed in a U.S. air strike": an attack is named for who made it, and where is its own
        # phrase ("in an offensive in Chechnya"); any other phrase may hold its place in its own
        # ("in a rampage in northeastern Congo").
        attack = pobj.lemma_.lower() in ATTACK_NOUNS
        place = None if attack else _place_named(pobj, resolve)
        if place is None:
            within = (ATTACK_PLACES + ("on",) if attack else ("in",))
            where = next((q for c in pobj.children if c.dep_ == "prep" and c.lower_ in within and (q := prep_object(c)) is not None), None)
            if attack and where is not None and where.head.lower_ == "on" and where.lemma_.lower() in MOBILE_TARGETS:
                # "killed in a raid on a Turkish ship", "an attack on a Gaza-bound convoy": a vehicle is whose
                # (or whither), not where; only its own phrase places it ("on a convoy in Helmand").
                where = next((q for c in where.children if c.dep_ == "prep" and c.lower_ in ("in", "near") and (q := prep_object(c)) is not None), None)
            place = _place_named(where, resolve)
            if _country_of_place(place) is None and attack and where is not None and (where.lemma_.lower() in PLACE_NOUNS or where.lower_ in PLACE_NOUNS):
                place = _place_named(next((q for c in where.children if c.dep_ == "prep" and c.lower_ in ("in", "near") and (q := prep_object(c)) is not None), None), resolve)
        country = _country_of_place(place)
        if place is not None and country is not None:
            return [replace(place, code=country)]
    return []


def _struck_building_country(clause: Clause, resolve: _Resolver) -> str | None:
    """The country of the place a protest's "to" or "into" phrase names by a place noun's own "in" phrase
    ("set fire to a police station in Basra", "broke into the parliament building in Tbilisi"), also through
    the part of it struck ("set fire to the front of the French embassy in Ouagadougou": the embassy's
    adjective names whose building it is, the "in" phrase where the protesters are); None if none."""
    return next((
        country for prep, pobj in clause.preps if prep in STRUCK_PLACE_PREPS
        for building in of_chain(pobj) if building.lemma_.lower() in PLACE_NOUNS
        for c in building.children if c.dep_ == "prep" and c.lower_ == "in"
        if (country := _country_of_place(_place_named(prep_object(c), resolve))) is not None
    ), None)


def _place_named(pobj: Token | None, resolve: _Resolver) -> ActorRef | None:
    """The actor a phrase of place names; none for a border ("near the Iraqi border" is on either side of it)."""
    place = resolve.actor_of(pobj) if pobj is not None and pobj.lemma_.lower() not in BORDERS else None
    if place is not None and not _unknown(place) and pobj.lemma_.lower() in PLACE_NOUNS and (
            place.code[3:] == CIVILIANS or any(_holds(t, pobj) for a in pobj.children for t in a.children)):
        # "the northern Indian town of Ayodhya": "town" is a place here, not its people; "rebel-held suburbs of
        # Damascus" are where they are, not their holders.
        place = replace(place, code=place.code[:3], sector=None)
    return place


def _own_phrases(clause: Clause) -> Clause:
    """The clause with only the phrases hung on its verb or on a place it names ("stormed a hotel in
    Bamako"), not those of other objects ("join an armed group in Lebanon": where the group is, not
    where the joining was)."""
    return replace(clause, preps=[(p, o) for p, o in clause.preps if o.head.head.i == clause.verb.i or o.head.head.lemma_.lower() in PLACE_NOUNS])


def _passive_means(clause: Clause, found: VerbMatch) -> Token | None:
    """What a passive with no one named says it was done with: "killed in a suicide bombing", or
    the attack its pattern names ("killed in an Israeli air strike")."""
    if not clause.passive or clause.agent is not None:
        return None
    named = found.pattern.prep_obj if found.pattern.prep == "in" else None
    return next((o for p, o in clause.preps if p == "in" and (o.lemma_.lower() in ATTACK_MEANS or (named is not None and is_in(o, named)))), None)


def _attack_place(clause: Clause, resolve: _Resolver, subject: Token | None) -> str | None:
    """The country where an attack happened: a place the verb's phrases or its object name ("killed
    ten people in Mosul", "seized the port of Vlore"), the place of the verb it follows on from ("a
    car bomb exploded in Baghdad, killing 20"), or the attack's own ("a roadside bomb near Samarra
    killed ...")."""
    country = _country_of_place(next(iter(_place_of(clause, resolve, ATTACK_PLACES)), None))
    if country is None and clause.obj is not None and clause.obj.lemma_.lower() not in MOBILE_TARGETS:
        # "seized the port of Vlore", "stormed a Bamako hotel": not "a Russian convoy", which is whose.
        # One country only: "seized parts of Iraq and Syria" places no one.
        places = {c for p in resolve.actors_of(clause.obj) if clause.verb.doc[p.end - 1].pos_ == "PROPN" and (c := _country_of_place(p))}
        country = places.pop() if len(places) == 1 and not clause.passive else None
    if country is None and clause.verb.dep_ == "advcl" and clause.verb.tag_ == "VBG" and clause.verb.head.i != clause.verb.i:
        # "bombarded Aleppo, killing at least eight people": where the act it follows on from struck.
        country = _attack_place(Clause.read(clause.verb.head), resolve, None)
    if country is None and clause.verb.dep_ in ("advcl", "conj") and subject is not None and subject.lemma_.lower() in ATTACK_MEANS:
        country = _country_of_place(next(iter(_place_of(Clause.read(clause.verb.head), resolve, ATTACK_PLACES)), None))
    if country is None and subject is not None and subject.lemma_.lower() in ATTACK_MEANS:
        # "near the town of Samarra", "at a bus station in Karachi": the place, or the place it is in.
        places = [
            q for c in subject.children if c.dep_ == "prep" and (q := prep_object(c)) is not None
            and (c.lower_ in ATTACK_PLACES or (c.lower_ == "on" and q.lemma_.lower() in PLACE_NOUNS))
        ]
        places += [q for p in places for c in p.children if c.dep_ == "prep" and c.lower_ in ("of", "in") and (q := prep_object(c)) is not None]
        country = next((found for q in places if (found := _country_of_place(resolve.actor_of(q))) is not None), None)
    return country


def _discussed(clause: Clause, token: Token) -> bool:
    """True when ``token`` is in the object of a verb of discussing: "discussed Russia's military buildup" is a topic."""
    obj = clause.obj
    return obj is not None and not clause.passive and clause.verb.lemma_.lower() in DISCUSSING and any(a.i == obj.i for a in (token, *token.ancestors))


def _topic_of(clause: Clause, token: Token) -> bool:
    """True when ``token`` is in a phrase saying what the clause's act is about: of its object ("an
    agreement on Palestinian self-rule"), or of a noun anywhere under its verb ("agreed to share
    intelligence on the Taliban"); not with whom ("talks with Romania's leaders")."""
    return (clause.obj is not None and in_phrase_of(token, clause.obj, TOPIC_PREPS)) or in_phrase_of(token, clause.verb, TOPIC_PREPS, of_nouns=True)


def _court(actor: ActorRef) -> bool:
    """A court or arbitration body: a judiciary or an international court."""
    return actor.code[3:6] == JUDICIARY or actor.code[:6] in COURTS


def _at_home(targets: list[ActorRef], source: ActorRef) -> bool:
    """True when no target is named but the source itself or places of its own country."""
    return all(t.code == source.code or _country_of_place(t) == source.code[:3] for t in targets)


def _struck_rally(clause: Clause, resolve: _Resolver) -> Token | None:
    """The rally an act of repression was done to ("fired tear gas at a rally", "dispersed a demonstration
    in central Cairo"), or None; not "an opposition rally" as the object, whose holders its own modifier names."""
    rally = next((o for p, o in clause.preps if p in STRUCK_RALLY_PREPS and o.lemma_.lower() in PROTEST_EVENTS), None)
    if rally is None and clause.obj is not None and not clause.passive and clause.obj.lemma_.lower() in PROTEST_EVENTS and not any(
            resolve.actor_of(c) is not None for c in clause.obj.children if c.i < clause.obj.i):
        rally = clause.obj
    return rally


def _rally_protesters(rally: Token, clause: Clause, resolve: _Resolver, owner: ActorRef | None) -> list[ActorRef]:
    """Whom repression of ``rally`` was done to: "fired tear gas at a rally of students" (its holders),
    "opened fire on a peace rally in Belgrade", "dispersed a demonstration in Cairo" (the people of
    where it was, not the city or its government); [] when it names neither."""
    holders: list[ActorRef] = []
    for prep in rally.children:
        if prep.dep_ == "prep" and prep.lower_ in RALLY_HOLDER_PREPS and (held := prep_object(prep)) is not None:
            # "students in Jakarta": not the place the holders are named by (a capital read as its government).
            placed = {t.i for p in held.children if p.dep_ == "prep" and p.lower_ == RALLY_PLACE_PREP for t in p.subtree}
            holders = [r for r in resolve.actors_of(held, owner) if r.start not in placed]
            if holders and not all(_unknown(r) for r in holders):
                return holders
            break
    # "a rally of 10,000 students in Jakarta": the place may hang on the holders.
    for prep in (*(t for t in rally.subtree if t.i != rally.i), *clause.verb.children):
        if prep.dep_ == "prep" and prep.lower_ == RALLY_PLACE_PREP and (place := prep_object(prep)) is not None:
            placed_at = resolve.actor_of(place)
            if (country := _country_of_place(placed_at)) is not None:
                if holders:
                    return [replace(r, code=country + r.code[len(UNKNOWN_ACTOR):]) for r in holders]
                return [replace(placed_at, code=country + CIVILIANS, sector=CIVILIANS)]
    return []


def _country_of_place(place: ActorRef | None) -> str | None:
    """The country a place is in: a country's own code, or the country of a capital the
    dictionaries code as its government ("killed five people in Baghdad" were in IRQ)."""
    if place is None or _unknown(place):
        return None
    if len(place.code) == 3:
        return place.code
    if place.sector is None and len(place.code) == 6 and place.code.endswith(GOVERNMENT):
        return place.code[:3]
    return None


def _owned_by_speaker(resolve: _Resolver, clause: Clause, head: Token | None, sources: list[ActorRef]) -> list[ActorRef]:
    """A subject that is "his", "her", "its" or "their" something in a clause governed by another
    verb belongs to that verb's subject: "Putin said his government had condemned ..." is RUSGOV,
    "Fox said his country condemned the raid" MEX, "Ukraine said its drones had struck ..." UKR."""
    if head is None or (sources and not all(_unknown(s) for s in sources)):
        return sources
    if not any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in head.children):
        return sources
    verb = clause.verb
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.i != verb.i:
        # "said her government was willing to accept": the subject is the copula's, under "said".
        verb = head.head
    if verb.dep_ not in GOVERNED_CLAUSE_DEPS or verb.head.i == verb.i:
        return sources
    owners = _sources(resolve, _source_head(Clause.read(verb.head)))
    country = owners[0].code[:3] if owners and not _unknown(owners[0]) and owners[0].code[:3] not in NON_STATE else None
    if country is None:
        return sources
    if sources:
        return [replace(s, code=country + s.code[len(UNKNOWN_ACTOR):]) for s in sources]
    return [ActorRef(country, head.i, head.i + 1, None)] if head.lemma_.lower() in SPEAKERS_OWN_NOUNS else []


def _commanded(resolve: _Resolver, clause: Clause, head: Token | None, sources: list[ActorRef]) -> list[ActorRef]:
    """Forces of no named country ordered to act by a state's leader or institution are that state's:
    "Mugabe ordered police to evict white farmers" is ZWECOP."""
    if head is None or not sources or not all(_unknown(s) for s in sources) or clause.verb.dep_ != "xcomp":
        return sources
    command = clause.verb.head
    if head.dep_ not in ("dobj", "obj") or head.head.i != command.i or command.lemma_.lower() not in COMMANDING_VERBS:
        return sources
    country = next((c for o in _sources(resolve, _source_head(Clause.read(command))) if (c := _state_of(o)) is not None), None)
    return [_with_country(s, country, COMMANDED_SECTORS) for s in sources]


def _fight_sides(clause: Clause, head: Token | None, resolve: _Resolver) -> list[ActorRef]:
    """The two sides a noun of fighting names with "between", where the clause's subject is that noun
    ("clashes between A and B killed ...", "fighting broke out between A and B") or its "in"/"during"/"amid"
    phrase holds it ("were killed in six days of fighting between A and B"); [] when none is named."""
    def between(noun: Token) -> list[ActorRef]:
        return [a for p in noun.children if p.dep_ == "prep" and p.lower_ == "between" and (q := prep_object(p)) is not None
                for a in resolve.actors_of(q) if not _unknown(a)]

    verb = clause.verb
    if head is not None and _is_fighting(head):
        sides = between(head) or between(verb)
        if sides:
            return sides
    if _is_fighting(verb) and verb.pos_ in ("NOUN", "VERB") and head is None:
        if sides := between(verb):
            return sides
    # the verb's own prepositions: clause.preps leaves out times, and "six days of fighting" reads as one
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ in ("in", "during", "amid", "amidst") and (pobj := prep_object(p)) is not None:
            for t in pobj.subtree:
                if _is_fighting(t) and (sides := between(t)):
                    return sides
    return []


def _is_fighting(token: Token) -> bool:
    return token.lemma_.lower() in FIGHT_NOUNS or token.lower_ in FIGHT_NOUNS


def _sources(resolve: _Resolver, head: Token | None) -> list[ActorRef]:
    """The actors a source phrase names; for an act named by a noun, who did it ("an attack by
    Hamas killed ...")."""
    found = resolve.actors_of(head)
    if found or head is None:
        return found
    if head.lemma_.lower() in BETWEEN_PARTIES:
        # "Talks between the Sudanese government and the SPLA resumed", "a truce between Israel and Hamas took
        # effect": the parties to them.
        between = next((refs for t in phrase_subtree(head) if t.dep_ == "pobj" and t.head.lower_ == "between" and (refs := resolve.actors_of(t))), [])
        if len(between) > 1:
            return between
    return next((refs for t in phrase_subtree(head) if t.dep_ == "pobj" and t.head.lower_ == "by" and (refs := resolve.actors_of(t))), [])


def _aim_preps(noun: Token) -> frozenset[str]:
    """The prepositions by which a noun says whom a show of force is meant for: those of "a warning to",
    "a response to"; of what such a noun shows, only the hostile ones ("a show of force against North
    Korea", where the parser hangs the aim on "force"; "a show of support for Taiwan" is not aimed at Taiwan)."""
    if noun.lemma_.lower() in AIM_NOUNS:
        return AIM_PREPS
    of = noun.head if noun.dep_ == "pobj" else None
    return SHOWN_AIM_PREPS if of is not None and of.lower_ == "of" and of.head.lemma_.lower() in AIM_NOUNS else frozenset()


def _posture_aim(clause: Clause, resolve: _Resolver, owner: ActorRef | None, stated: bool = False) -> list[ActorRef]:
    """Whom a show of force is meant for: "staged drills in a warning to Vietnam", "tested missiles in
    response to India's tests", "held drills aimed at North Korea", "in a show of force aimed at Taiwan",
    "sent a carrier to the region to send a message to Iran"; with ``stated``, only whom such words name."""
    purposes = [t for t in clause.verb.children if is_purpose_of(t, clause.verb) or (t.dep_ == "xcomp" and t.pos_ == "VERB" and is_infinitive(t))]
    nouns = [o for p, o in clause.preps if p in ("in", "as") or (p in STANDOFF_PREPS and o.lemma_.lower() in STANDOFF_NOUNS)]
    if clause.obj is not None:
        nouns.append(clause.obj)
    # (the "to" of "send a message to Iran" the parser may hang on the verb)
    conveyed = [t for t in purposes if any(o.dep_ == "dobj" and o.lemma_.lower() in AIM_NOUNS for o in t.children)]
    nouns += [o for t in conveyed for o in t.children if o.dep_ == "dobj"]
    nouns += [o for n in list(nouns) for c in n.children if c.dep_ == "prep" and c.lower_ == "of" and (o := prep_object(c)) is not None]
    # "..., citing aggressive statements by NATO": what the show of force answers, as "in response to" says.
    cited = [o for c in clause.verb.children if c.dep_ == "advcl" and c.lemma_.lower() in CITING_VERBS for o in c.children if o.dep_ == "dobj"]
    for noun in (*nouns, None):
        if noun is None:
            heads = cited + [prep_object(c) for t in conveyed for c in t.children if c.dep_ in ("prep", "dative") and c.lower_ in AIM_PREPS]
        else:
            aim_preps = _aim_preps(noun)
            heads = [prep_object(c) for c in noun.children if c.dep_ == "prep" and c.lower_ in aim_preps]
            heads += [prep_object(c) for a in noun.children if a.dep_ == "acl" and a.lemma_.lower() in AIMING_VERBS
                      for c in a.children if c.dep_ == "prep" and c.lower_ in AIM_PREPS]
        if noun is not None and noun.lemma_.lower() in STANDOFF_NOUNS and any(p in STANDOFF_PREPS and o.i == noun.i for p, o in clause.preps):
            heads += [prep_object(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"]
        # (whose the answered act is, also by its "by" phrase: "in response to tests by India")
        for head in (h for head in heads if head is not None for h in (head, *_doers(head))):
            if refs := [r for r in resolve.actors_of(head) if not _unknown(r) and not _is_own(r, owner)]:
                return refs
    if stated:
        return []
    # "ordered the deployment of a standby force to restore constitutional order in Niger": where what the
    # forces are sent to do is to be done.
    for place in (o for t in purposes for p in t.children if p.dep_ == "prep" and p.lower_ == "in" and (o := prep_object(p)) is not None):
        if refs := [r for r in resolve.actors_of(place) if not _unknown(r) and not _is_own(r, owner)]:
            return refs
    return []


def _blamed_act(clause_verb: Token) -> Token | None:
    """The act a copula says its subject is to blame for, or None: "B was behind the attack", "B was
    responsible for the bombing", "B was to blame for the massacre" (not "was not behind"); so is what
    the subject committed ("B had committed war crimes")."""
    if any(c.dep_ == "neg" for c in clause_verb.children):
        return None
    if clause_verb.lemma_.lower() == COMMIT_VERB:
        return next((c for c in clause_verb.children if c.dep_ == "dobj"), None)
    if clause_verb.lemma_.lower() != COPULA:
        return None
    for child in clause_verb.children:
        if child.dep_ == "prep" and child.lower_ == BEHIND:
            return prep_object(child)
        if (child.dep_ == "acomp" and child.lemma_.lower() in BLAME_ADJECTIVES) or (child.dep_ == "xcomp" and child.lemma_.lower() == BLAME_VERB):
            return next((o for p in child.children if p.dep_ == "prep" and p.lower_ == BLAMED_PREP and (o := prep_object(p)) is not None), None)
    return None


def _shares_its_to(verb: Token) -> bool:
    """A bare verb conjoined to an infinitive, with no subject of its own: "(aid to shelter) and feed the
    migrants"; what it says is as done as the infinitive it shares its "to" with."""
    return verb.dep_ == "conj" and verb.tag_ == "VB" and not any(c.dep_ in SUBJECTS for c in verb.children)


def _small_clause(verb: Token) -> bool:
    """A bare infinitive with a subject of its own, governed by a verb: "(to help) it fight", "(let)
    inspectors return", "(made) Iraq pay"; what it says is as done as the verb that governs it."""
    return (verb.dep_ == "ccomp" and verb.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


def _verbless(complement: Token) -> bool:
    """A clausal complement headed by a noun or adjective: "(declared the ambassador) persona non grata"."""
    return complement.dep_ == "ccomp" and complement.pos_ in ("NOUN", "PROPN", "ADJ")


def _captives_described(verb: Token) -> bool:
    """True for a participle with no auxiliary that describes the object of another verb, however deep in
    its phrases: "handed over four Russian officers arrested in Tbilisi", "swapped agents arrested in the
    U.S. for four men jailed in Russia" (their arrest came before the act the sentence reports)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    noun = verb.head
    while noun.dep_ in ("pobj", "prep", "conj", "appos") and noun.head.i != noun.i:
        noun = noun.head
        if noun.pos_ in VERB_TAGS:
            return True  # an object of the verb's own phrase: "swapped ten agents for four men jailed in Russia"
    return noun.dep_ in ("dobj", "obj", "nsubjpass") and noun.head.pos_ in VERB_TAGS


def _is_retribution(verb: Token) -> bool:
    """A future retribution: "will pay a heavy price", "will pay dearly", "will not go
    unpunished", "would regret it"."""
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "pay":
        # "a heavy price", not "a higher price for fertiliser"
        return any(
            (c.dep_ == "dobj" and c.lemma_.lower() in RETRIBUTION_OBJECTS and any(a.dep_ == "amod" and a.lower_ in RETRIBUTION_SEVERITY for a in c.children))
            or (c.dep_ == "advmod" and c.lower_ == "dearly") for c in verb.children
        )
    if lemma in RETRIBUTION_STATE_VERBS:
        return any(c.dep_ == "neg" for c in verb.children) and any(c.dep_ in ("acomp", "oprd", "attr") and c.lower_ in RETRIBUTION_STATES for c in verb.children)
    return lemma == "regret" and not any(c.dep_ == "neg" for c in verb.children)


def _is_mandative(verb: Token, explicit: bool = False) -> bool:
    """should/must/ought, or (unless ``explicit``) a bare base-form verb: "that the US cancel",
    "Libya must hand over" (not "will"). After "said" only the explicit modal is trusted: a bare
    verb there is too often a misparse."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) and any(c.dep_ in SUBJECTS for c in verb.children):
        return True  # "(renewed its call) for Israel to withdraw"
    if auxiliaries:
        return any(a in MANDATIVE_AUXILIARIES for a in auxiliaries)
    # "insisted that Latvia grant": a present tense without the -s of a singular subject is a subjunctive.
    subjunctive = verb.tag_ == "VBP" and any(
        c.dep_ in SUBJECTS and c.tag_ in SINGULAR_NOUN_TAGS and not any(k.dep_ == "conj" for k in c.children) for c in verb.children
    )
    return not explicit and (verb.tag_ == "VB" or subjunctive)


def _is_mandative_passive(verb: Token) -> bool:
    """A passive asked for: a bare "be" ("demanded that Israel be expelled") or a mandative modal ("Iraq
    should be punished"), not a plain passive ("Iraq was punished")."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return auxiliaries == ["be"] or _is_mandative(verb)


def _asserts(clause: Clause, found: VerbMatch) -> bool:
    """True for a plain demand that only says something: "denied the accusations, insisting that its
    program is peaceful" holds a view in an indicative clause and asks no one to act."""
    return found.pattern.code == DEMAND_ROOT + "0" and found.pattern.comp is None and any(
        c.dep_ == "ccomp" and any(k.dep_ in SUBJECTS for k in c.children) and not _is_mandative(c) for c in clause.complements
    )


def _to_face_trial(verb: Token) -> bool:
    """True when a verb has a purpose clause "to face" a trial, charges or justice."""
    return any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "face" and any(o.dep_ == "dobj" and o.lemma_.lower() in TRIAL_NOUNS for o in c.children)
        for c in verb.children
    )


def _insists_on_the_past(clause: Clause) -> bool:
    """True when a verb of demanding has a "that" clause with a subject of its own in the perfect, or with
    "was" or "were" ("insisted he had never paid", "insisted that the vote was fair"): it holds that
    something was so and asks no one to act ("insisted that talks had to resume" still asks). Other past
    forms are left alone: the tagger reads many a subjunctive ("demanded that Greece cut pensions") as one."""
    return any(
        c.dep_ == "ccomp" and any(k.dep_ in SUBJECTS for k in c.children) and not _is_mandative(c)
        and not (c.lemma_.lower() == "have" and any(k.dep_ == "xcomp" for k in c.children))
        and ((c.tag_ == "VBD" and c.lemma_.lower() == "be") or any(k.dep_ == "aux" and k.lemma_.lower() == "have" for k in c.children))
        for c in clause.complements
    )


def _adjective_sides(head: Token | None, sources: list[ActorRef]) -> bool:
    """True when the sources are two or more countries named by conjoined adjectives of the one
    subject noun ("Ecuadorean and Peruvian troops"), not by conjoined nouns."""
    if head is None or len(sources) < 2 or len({s.code[:3] for s in sources}) < 2 or any(_unknown(s) for s in sources):
        return False
    adjectives = [a for a in head.children if a.dep_ in ("amod", "nmod", "compound") and any(k.dep_ == "conj" for k in a.children)]
    if not adjectives or any(k.dep_ == "conj" for k in head.children):
        return False
    words = {k.i for a in adjectives for k in (a, *a.conjuncts)}
    return all(any(s.start <= w < s.end for w in words) for s in sources)


def _aimed_at(clause: Clause, resolve: "_Resolver") -> bool:
    """True when the act names whom it is aimed at: "against" an actor, or an attack noun's "on" an
    actor ("U.S. and British forces launched a war on Iraq"): not each other."""
    named = clause.prep_objects("against")  # the verb's or its object's
    if clause.obj is not None:
        named += [o for p in clause.obj.children if p.dep_ == "prep" and p.lower_ == "on" and (o := prep_object(p)) is not None]
    return any(resolve.actors_of(o) for o in named)


def _opposing_sides(sources: list[ActorRef]) -> str | None:
    """For two conjoined actors on the two sides of a war, a state's forces and an armed group ("the
    army and the rebels", "the Sri Lankan army and the Tamil Tigers", "Israeli troops and Hezbollah"):
    the country they share, or "" when they name none or two; else None."""
    if len(sources) != 2:
        return None
    state = [s for s in sources if s.code[3:6] in STATE_FORCES]
    armed = [s for s in sources if s.code[3:6] in ARMED_GROUPS]
    if len(state) != 1 or len(armed) != 1:
        return None
    countries = {s.code[:3] for s in sources if not _unknown(s) and s.code[:3] not in NON_STATE}
    return countries.pop() if len(countries) == 1 else ""


def _tie_of(actor: ActorRef, doc: Doc, resolve: "_Resolver") -> str | None:
    """For a group tied by a participle to someone ("companies and individuals linked to Iran's missile
    programme"): the country named in the tie ("IRN"), or "" when none is; None for no such participle."""
    head = doc[actor.end - 1]
    for noun in (head, *head.conjuncts):
        for acl in noun.children:
            if acl.dep_ != "acl" or acl.lemma_.lower() not in AFFILIATIONS:
                continue
            objects = [o for c in acl.children if c.dep_ == "prep" and c.lower_ in TIE_PREPS and (o := prep_object(c)) is not None]
            if not objects:
                continue
            countries = [a.code[:3] for o in objects for t in o.subtree if (a := resolve.actor_of(t)) is not None
                         and not _unknown(a) and a.code[:3] not in NON_STATE]
            return countries[0] if countries else ""
    return None


def _speakers_country(verb: Token, resolve: "_Resolver") -> str | None:
    """The country of the state official whose reported words a clause is ("Kalla said the government
    would ..."), or None."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    speaker = _source_head(Clause.read(verb.head))
    countries = {c for a in (resolve.actors_of(speaker) if speaker is not None else []) if (c := _country_of(a, SPEAKING_OFFICIALS)) is not None}
    return countries.pop() if len(countries) == 1 else None


def _names_leader(actor: ActorRef | None, doc: Doc) -> bool:
    """True for an actor named with a leader's title ("Honduran President Manuel Zelaya")."""
    if actor is None or actor.start >= actor.end:
        return False
    span = doc[actor.start : actor.end]
    return any(t.lemma_.lower() in LEADER_TITLES or t.lower_ in LEADER_TITLES for t in span) and not any(t.lemma_.lower() in ENVOY_WORDS for t in span)


def _part_of_act(verb: Token, matches: dict[int, VerbMatch]) -> bool:
    """True for a participle that tells what the act it hangs on did: a casualty participle of a
    repression or bombing ("opened fire on protesters, killing dozens", "a car bomb tore through Omagh,
    killing 28"), one of damage of an attack ("Israeli jets struck Gaza, destroying several homes"), or
    the attack by which a truce was broken ("violated the truce by shelling army positions", "breached
    the truce, firing rockets at Sderot"), since the codebook codes every violation 196 whatever was
    used, or the charge a complaint or lawsuit makes ("filed a case at the ICJ accusing Israel of
    genocide"), or one of giving way to a concession or promise ("lifted the curfew, bowing to opposition
    demands"). It is part of that act, not an event of its own; a casualty participle hung on a charge
    or a denial belongs to the act charged or denied ("accused Iran of firing missiles at Baghdad,
    killing dozens")."""
    attack = (matches[verb.i].pattern.code or "")[:2] in ATTACK_ROOTS if verb.i in matches else False
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep":
        # "filed a case at the World Court accusing Iraq of aggression": the charge, hung on the court
        host_verb = verb.head.head.head
        return host_verb.i in matches and matches[host_verb.i].pattern.code in COMPLAINTS and verb in _charges(host_verb)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ == "by":
        host_verb = verb.head.head
        return attack and host_verb.i in matches and matches[host_verb.i].pattern.code == CEASEFIRE_VIOLATION
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i == verb.i or verb.head.i not in matches:
        return False
    lemma, host = verb.lemma_.lower(), matches[verb.head.i].pattern.code or ""
    charge = host[:2] in CHARGE_ROOTS or host in CHARGE_CODES
    yielding = lemma in YIELDING_PARTICIPLES or (lemma in YIELDING_WITH_IN and any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children))
    return (
        (lemma in CASUALTY_VERBS and (host[:3] in CASUALTY_HOSTS or charge)) or (lemma in DAMAGE_VERBS and host[:2] in ATTACK_ROOTS)
        or (attack and host == CEASEFIRE_VIOLATION) or (lemma in ACCUSING_VERBS and host in COMPLAINTS) or (yielding and host[:2] in YIELD_HOSTS)
    )


def _in_breach_of_truce(verb: Token) -> bool:
    """True for an act done "in violation of the ceasefire", "in breach of a truce agreement": the phrase hung
    on the verb, on its object ("shelled positions in breach of the truce") or on a participle that tells what
    the act did ("attacked a gunboat, killing 13 sailors in violation of the ceasefire")."""
    heads = (verb, *(c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "advcl" and c.tag_ == "VBG")))
    return any(
        prep.dep_ == "prep" and prep.lower_ == "in" and breach.dep_ == "pobj" and breach.lemma_.lower() in BREACH_NOUNS
        and any(of.dep_ == "prep" and of.lower_ == "of" and _names_truce(prep_object(of)) for of in breach.children)
        for head in heads for prep in head.children for breach in prep.children
    )


def _names_truce(noun: Token | None) -> bool:
    """True for a truce noun, or an agreement named by one ("the ceasefire agreement")."""
    return noun is not None and (noun.lemma_.lower() in TRUCES_NAMED or (
        noun.lemma_.lower() in AGREEMENT_NOUNS and any(c.dep_ == "compound" and c.lemma_.lower() in TRUCES_NAMED for c in noun.children)))


def _violated_by_the_act_before(verb: Token, matches: dict[int, VerbMatch]) -> bool:
    """True for a participle of violation hung on the attack it explains: "shelled army positions, breaking
    the truce", "attacked rebel positions on Sunday, violating a ceasefire signed in Ethiopia"."""
    if verb.dep_ != "advcl" or verb.i not in matches or matches[verb.i].pattern.code != CEASEFIRE_VIOLATION or verb.tag_ != "VBG":
        return False
    head = verb.head
    return head.i != verb.i and head.i in matches and (matches[head.i].pattern.code or "")[:2] in ATTACK_ROOTS


def _charges(verb: Token) -> list[Token]:
    """The participles of accusing that say what a complaint or lawsuit charges: hung on its verb ("filed
    a case at the ICJ on Friday accusing Israel of genocide") or on the body it was filed with ("... at the
    World Court accusing Iraq of aggression")."""
    on_verb = [c for c in verb.children if c.dep_ == "advcl"]
    on_body = [a for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj" for a in o.children if a.dep_ == "acl"]
    return [c for c in (*on_verb, *on_body) if c.tag_ == "VBG" and c.lemma_.lower() in ACCUSING_VERBS]


def _domestic(source: ActorRef, target: ActorRef) -> tuple[ActorRef, ActorRef]:
    """Government, police, courts or parliament of no named country, dealing with a country's own
    people, are that country's, and the other way round: "Liberian riot police dispersed
    demonstrators" are LBRCOP and LBRCVL, "Liberians protested against the government" LBRGOV."""
    source = _with_country(_with_country(source, _country_of(target, SOCIETY_SECTORS), STATE_SECTORS), _country_of(target, STATE_SECTORS), SOCIETY_SECTORS)
    target = _with_country(_with_country(target, _country_of(source, SOCIETY_SECTORS), STATE_SECTORS), _country_of(source, STATE_SECTORS), SOCIETY_SECTORS)
    if source.code[3:6] != target.code[3:6]:
        source = _with_country(source, _country_of(target, BRANCHES), BRANCHES)
        target = _with_country(target, _country_of(source, BRANCHES), BRANCHES)
        # "between Georgia's ruling party and the opposition": an unnamed party or opposition facing a
        # named one is of its country, as an unnamed branch facing a named one is of its state.
        source = _with_country(source, _country_of(target, POLITICAL_SOCIETY), POLITICAL_SOCIETY)
        target = _with_country(target, _country_of(source, POLITICAL_SOCIETY), POLITICAL_SOCIETY)
    return source, target


def _faces_own_state(source: ActorRef, target: ActorRef, places: frozenset[str] | set[str] = frozenset()) -> bool:
    """True when a country's named opposition, party or union deals with a government, court, parliament or
    police of no named country, in any act: "Thailand's opposition praised the Constitutional Court",
    "Zimbabwe's opposition urged the government to free ...". Such bodies are nearly always its own state's,
    unless the act's ``places`` name another country ("met the president at the White House")."""
    return any(
        (country := _country_of(a, POLITICAL_SOCIETY)) is not None and _unknown(b) and b.code[3:6] in STATE_SECTORS and places <= {country}
        for a, b in ((source, target), (target, source))
    )


def _sole_country(sent: Span, mentions: Sequence[Mention | None], resolve: _Resolver) -> str | None:
    """The one country every actor the sentence names belongs to, or None: for none, several, any actor of
    no country (a region, an organisation, a people), or a country named only by its people outside the
    state ("Chinese hackers", "Zimbabwean refugees", whose state the police or the government need not be).
    Its state, its bodies and its political class (a former president) do name it."""
    codes = [code for _, code in _named_in(sent, mentions, resolve) if not code.startswith(UNKNOWN_ACTOR)]
    countries = {code[:3] for code in codes}
    if len(countries) != 1 or countries & NOT_COUNTRIES or any(c.startswith(("IGO", "NGO", "IMG")) for c in countries):
        return None
    if not any(len(code) == 3 or code[3:6] in NAMING_THE_STATE for code in codes):
        return None
    return next(iter(countries))


def _placed_facing(actor: ActorRef | None, other: ActorRef | None, country: str, sectors: frozenset[str]) -> ActorRef | None:
    """``actor`` given the sentence's one ``country`` (see _sole_country), unless it faces that state itself."""
    if actor is None or (other is not None and other.code == country):
        return actor
    return _with_country(actor, country, sectors)


def _named_in(sent: Span, mentions: Sequence[Mention | None], resolve: _Resolver) -> list[tuple[str | None, str]]:
    """The actors a sentence names, one per phrase, in order, as (head noun, code): ("court",
    "IGOUNOICT") for "the Special Court for Sierra Leone"."""
    doc = sent.doc
    heads: dict[int, Mention] = {}
    for m in dict.fromkeys(mentions[sent.start : sent.end]):
        if m is not None:
            heads.setdefault(phrase_head(doc[m.start : m.end].root).i, m)
    # The head noun only when a name is the noun's own ("the Special Court"), not a modifier's ("FARC hostages").
    return [
        (doc[i].lemma_.lower() if m.kind == ACTOR and m.start <= i < m.end else None, ref.code)
        for i, m in heads.items() if (ref := resolve.actor_of(doc[i])) is not None
    ]


def _most_specific(events: list[Event], doc: Doc) -> list[Event]:
    """The events of a sentence without those another says more precisely: "blew themselves up in
    Tel Aviv, killing 23 people" is one bombing of ISRCVL, not one of ISRCVL and one of ISR."""
    def finer(event: Event, other: Event) -> bool:
        if other is event or (other.code, other.source) != (event.code, event.source):
            return False
        if other.verb_start == event.verb_start and None not in (event.target_start, other.target_start):
            mine, theirs = doc.char_span(event.target_start, event.target_end), doc.char_span(other.target_start, other.target_end)
            if mine is not None and theirs is not None and any(k.i == theirs.root.i for k in mine.root.conjuncts):
                return False  # two conjoined parties of one act ("Indonesia and the Free Aceh Movement"), not one named twice
        return event.target is not None and other.target != event.target and (other.target or "").startswith(event.target)

    def repeated_casualties(event: Event, other: Event) -> bool:
        # "ambushed a Serbian police patrol, killing five": the dead of no named country are the
        # attack's own victims, already coded with their country by the attack; so are dead named as
        # the very party the attack struck ("bombed a FARC camp, killing its commander Raul Reyes").
        # (A bombing's or a repression's casualty clause is never an event of its own: see _part_of_act.)
        if other is event or event.source != other.source:
            return False
        if not (event.target or "").startswith(UNKNOWN_ACTOR) and (event.target is None or event.target != other.target):
            return False
        if (other.target or UNKNOWN_ACTOR).startswith(UNKNOWN_ACTOR) or other.code[:2] not in ATTACK_ROOTS:
            return False
        verb = _token_at(doc, event.verb_start)
        if verb is None or verb.lemma_.lower() not in CASUALTY_VERBS:
            return False
        participle = first_conjunct(verb)  # "hitting apartment blocks and killing five civilians"
        return participle.dep_ == "advcl" and participle.tag_ == "VBG" and participle.head.idx == other.verb_start

    def elaborating_statement(event: Event, other: Event) -> bool:
        # "issued an ultimatum to Haiti's generals, telling them to leave": a plain statement in a participle
        # of the act, between the same two actors, only says what the act said (CAMEO codes statements as
        # such only when they imply nothing further).
        if other is event or event.code != STATEMENT or other.code == STATEMENT or (event.source, event.target) != (other.source, other.target):
            return False
        verb = _token_at(doc, event.verb_start)
        return verb is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.idx == other.verb_start

    return [
        event for event in events
        if not any(finer(event, other) or repeated_casualties(event, other) or elaborating_statement(event, other) for other in events)
    ]


def _token_at(doc: Doc, char: int) -> Token | None:
    """The token that starts at character ``char`` (an event's verb_start)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _own(state: ActorRef, sector: str) -> list[ActorRef]:
    """The body of ``sector`` of ``state``'s country, named by no words of its own; none for an actor
    of no known state."""
    country = state.code[:3]
    if _unknown(state) or country in NON_STATE:
        return []
    return [ActorRef(country + sector, state.end, state.end, sector)]


def _sent_to(clause: Clause, resolve: _Resolver) -> list[ActorRef]:
    """Where those sent to do an act were sent: "sent a team to Darfur to investigate reports of
    genocide" investigates in Sudan."""
    verb = clause.verb
    sender = verb.head
    if not is_purpose_of(verb, sender) or sender.lemma_.lower() not in SENDING_FORCES:
        return []
    return _place_of(Clause.read(sender), resolve, ("to",), inside_object=True)  # "a team of experts to Darfur"


def _implied_targets(
    act: str, pattern: VerbPattern, clause: Clause, sources: list[ActorRef], resolve: _Resolver,
    clauses: dict[int, Clause], matches: dict[int, VerbMatch],
) -> list[ActorRef]:
    """Whom an act that names no one is aimed at, by the kind of act it is; [] when it says nothing."""
    if act[:2] == INVESTIGATION:
        # "opened an investigation into allegations that Fillon's wife was paid"
        return _alleged(clause, resolve) or _sent_to(clause, resolve)
    if act[:2] == POSTURE_ROOT and act[:3] not in POLICE_POSTURE and sources:
        # "put its forces on alert after Beijing launched live-fire drills": at the rival.
        # Hostile acts first, then any linked clause, whose subject or, failing one, whom its fighting
        # was with ("after clashes with Indian troops").
        for c in (*_linked_acts(clause.verb, matches, HOSTILE_ROOTS), *_linked_clauses(clause.verb)):
            head = _source_head(Clause.read(c))
            rivals = [r for r in _sources(resolve, head) if not _unknown(r)]
            if not rivals and head is not None:
                rivals = [r for p in head.children if p.dep_ == "prep" and p.lower_ in FOUGHT_WITH and (q := prep_object(p)) is not None
                          for r in resolve.actors_of(q) if not _unknown(r)]
            if rivals and all(r.code[:3] != s.code[:3] for r in rivals for s in sources):
                return rivals
        states = {s.code[:3] for s in sources if not _unknown(s)}
        if len(states) > 1 and any(
            (pobj.lemma_.lower() in BORDERS or any(c.dep_ == "compound" and c.lemma_.lower() in BORDERS for c in pobj.children))
            and not any(not _unknown(a) and a.code[:3] not in states for t in pobj.subtree if t.pos_ in ("PROPN", "ADJ") for a in resolve.actors_of(t))
            for _, pobj in clause.preps
        ):
            return list(sources)
    if (
        clause.verb.dep_ == "ccomp" and clause.verb.head.lemma_.lower() in TOLD_VERBS
        and clause.subject is not None and clause.subject.lower_ in PERSONAL_PRONOUNS
        and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in clause.verb.children)
        and not any(c.dep_ == "neg" for c in clause.verb.children)
    ):
        # "Libya told Annan that it would hand over the two suspects": what the teller says it will do is
        # promised (or threatened) to whom it was told.
        told = [r for c in clause.verb.head.children if c.dep_ in ("dobj", "dative") for r in resolve.actors_of(c)]
        if told and not any(r.code == s.code for r in told for s in sources):
            return told
    if act == FORCE_THREAT and clause.obj is not None and sources:
        # "would not rule out a military option to deal with the crisis in Venezuela", "did not exclude
        # military action in Syria": force held open is aimed where its own phrase places it.
        own = {s.code[:3] for s in sources}
        for t in clause.obj.subtree:
            if t.dep_ == "pobj" and t.head.lower_ in FORCE_PLACE_PREPS and t.head.i > clause.obj.i:
                placed = [a for a in resolve.actors_of(t) if not _unknown(a) and a.code[:3] not in own]
                if placed:
                    return placed[:1]
    if len(sources) != 1:
        return []
    if act == VETO and clause.obj is not None and clause.obj.lemma_.lower() in VETOED_LAWS and _country_of(sources[0], frozenset({GOVERNMENT})):
        # "President Kaczynski vetoed a media bill": the bill of its own legislature.
        return _own(sources[0], LEGISLATURE)
    if act[:3] in BOYCOTTS and pattern.obj is not None and _country_of(sources[0], SOCIETY_SECTORS):
        # "the opposition boycotted the election": an institution of the state, its government.
        return _own(sources[0], GOVERNMENT)
    if act == APOLOGY:
        # "apologised in Kigali for Belgium's failure to stop the genocide", "in the Bosnian parliament": an
        # apology made in another country is made to it.
        own = sources[0].code[:3]
        for place in (a for p, o in clause.preps if p in ("in", "at") for a in resolve.actors_of(o)):
            if not _unknown(place) and place.code[:3] not in NON_STATE | REGIONS and place.code[:3] != own:
                return [replace(place, code=place.code[:3], sector=None)]
    aimed = YIELDS_AIMED.get(act[:4]) or YIELDS_AIMED.get(act[:3])
    if aimed is None or (is_infinitive(clause.verb) and clause.verb.head.lemma_.lower() != "vote"):
        return []  # nor "a plan calling for Assad to step down": asked for, not done ("voted to repeal" is done)
    yielders, sector = aimed
    if _country_of(sources[0], yielders):
        return _own(sources[0], sector)
    if _unknown(sources[0]) and sources[0].code[3:6] in yielders and sector == GOVERNMENT:
        # "the opposition agreed to postpone the demonstration in Baku": the government where it protests.
        for verb in (clause.verb, *clause.acts):
            place = next(iter(_place_of(Clause.read(verb), resolve, ("in",), inside_object=True)), None)
            country = _country_of_place(place)
            if country is not None:
                return [replace(place, code=country + GOVERNMENT, sector=GOVERNMENT)]
    return []


def _backed(clause: Clause, resolve: _Resolver, sources: list[ActorRef]) -> list[ActorRef]:
    """Whom an appeal asks others to back ("urged donors to stand behind the government of Ivory Coast",
    "called on Arab states to support the Palestinian Authority"): the known actors the infinitive backs,
    none of them those asked nor the appealer; [] for anything else ("urged Iran to support the plan",
    "called on EU leaders to back Beijing's bid": an appeal for support of its own, 022)."""
    asked = {a.code for h in (clause.obj, *(o for p, o in clause.preps if p in ("on", "to"))) for a in resolve.actors_of(h)}
    for c in clause.complements:
        lemma = c.lemma_.lower()
        if c.dep_ != "xcomp" or lemma not in BACKING or any(k.dep_ == "neg" for k in c.children):
            continue
        inner = Clause.read(c)
        heads = [inner.obj] if lemma in BACKING_OBJECT else [o for p, o in inner.preps if p in BACKING_PREPS]
        backed = [a for h in heads for a in resolve.actors_of(h) if not _unknown(a)]
        if backed and not any(a.code in asked or any(a.code[:3] == o.code[:3] for o in sources) for a in backed):
            return backed
    return []


def _posted_where(target: ActorRef, doc: Doc, resolve: _Resolver) -> ActorRef:
    """The country a force or mission named as a target serves in ("a peacekeeping force for Liberia",
    "the U.N. mission in Sierra Leone"), else the target itself."""
    head = phrase_head(doc[target.end - 1])
    if head.dep_ == "pobj" and head.head.lower_ in ("in", "for", "to") and head.head.head.lemma_.lower() in SERVING_BODIES:
        # "a peacekeeping force in Ivory Coast" read as that country's forces (CIVMIL): the country.
        return replace(target, code=target.code[:3], sector=None) if not _unknown(target) and target.code[:3] not in NON_STATE else target
    if head.lemma_.lower() not in SERVING_BODIES:
        return target
    return _deployed_to(head, resolve) or target


def _deployed_to(body: Token, resolve: _Resolver) -> ActorRef | None:
    """The country a force is posted to, named on the noun ("a force for Liberia") or on the verb
    that sends it ("a call for its forces to be deployed in East Timor", "to deploy peacekeepers in Haiti")."""
    nouns = [body, body.head.head] if body.dep_ == "pobj" and body.head.head.pos_ == "NOUN" else [body]
    # the parser hangs "to be deployed" on "call" as often as on "forces"
    holders = [body] + [c for n in nouns for c in n.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in SENDING_FORCES]
    if body.dep_ in ("dobj", "nsubjpass") and body.head.lemma_.lower() in SENDING_FORCES:
        holders.append(body.head)
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "for", "to", "into") and (pobj := prep_object(child)) is not None:
                place = resolve.actor_of(pobj)
                country = _country_of_place(place)
                if country is not None:
                    return replace(place, code=country, sector=None)
    return None


def _serving_bodies(clause: Clause) -> list[Token]:
    """The forces a clause's object or complements name: "rejected a call to deploy peacekeepers"."""
    heads = [h for h in (clause.obj, *clause.acts, *clause.complements) if h is not None]
    return [t for h in heads for t in h.subtree if t.lemma_.lower() in SERVING_BODIES and t.pos_ in ("NOUN", "PROPN")]


def _counted_noun(head: Token) -> Token:
    """What a noun of quantity counts ("thousands of Kurds": Kurds), else the noun itself."""
    if head.lemma_.lower() in TRANSPARENT_NOUNS:
        return next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and (p := prep_object(c)) is not None), head)
    return head


def _counts_a_demonym(head: Token, actor: Mention) -> bool:
    """True when ``head`` counts a crowd (through "hundreds of thousands of") whose people are named by the
    one plural proper noun ``actor`` is: "thousands of Taiwanese", not "thousands of Taiwan's troops"."""
    number = head
    while number.lower_ in CROWD_NUMBERS:
        people = _counted_noun(number)
        if people is number:
            return False
        if people.tag_ == "NNPS" and actor.start == people.i and actor.end == people.i + 1:
            return True
        number = people
    return False


def _follows_rulers(clause: Clause, resolve: _Resolver) -> bool:
    """True when the subject follows a ruler ("supporters of President Gbagbo rioted", "Maduro's
    loyalists"): their riot is not against his government."""
    if clause.subject is None:
        return False
    people = _counted_noun(clause.subject)
    if people.lemma_.lower() not in FOLLOWER_NOUNS:
        return False
    led = [c for c in people.children if c.dep_ == "poss"]
    led += [o for p in people.children if p.dep_ == "prep" and p.lower_ == "of" and (o := prep_object(p)) is not None]
    return any((ref := resolve.actor_of(o)) is not None and _country_of(ref, STATE_SECTORS) is not None for o in led)


def _country_of(actor: ActorRef, sectors: frozenset[str]) -> str | None:
    """The country of an actor of a known state with one of ``sectors`` (IRQCVL: IRQ), or None."""
    code = actor.code
    return code[:3] if not _unknown(actor) and code[:3] not in NON_STATE and code[3:6] in sectors else None


def _coerced_own(source: ActorRef | None, target: ActorRef | None) -> ActorRef | None:
    """Whom a state coerces, of no named country, is its own: "Ukraine banned the opposition party",
    "Iranian authorities arrested two former ministers". Not people of a kin state ("ethnic Iranians")."""
    if source is None or target is None or target.kin is not None:
        return target
    target = _with_country(target, _country_of(source, frozenset({WHOLE_COUNTRY})), SOCIETY_COERCED)
    return _with_country(target, _country_of(source, STATE_SECTORS | {WHOLE_COUNTRY, MILITARY}), BRANCHES | {ELITE})


def _with_country(actor: ActorRef, country: str | None, sectors: frozenset[str]) -> ActorRef:
    """An actor of no known country with one of ``sectors`` given ``country``."""
    if country is None or not _unknown(actor) or actor.code[3:6] not in sectors:
        return actor
    return replace(actor, code=country + actor.code[len(UNKNOWN_ACTOR):])


def _state_of(actor: ActorRef) -> str | None:
    """The country of a state or of one of its institutions (IRQ, IRQGOV: IRQ), or None."""
    if len(actor.code) == 3 and not _unknown(actor) and actor.code not in NON_STATE:
        return actor.code
    return _country_of(actor, INVESTIGATED)


def _expelled_groups(clause: Clause, found: VerbMatch, resolve: _Resolver) -> list[ActorRef]:
    """The aid groups an expulsion sends away ("expelled foreign aid agencies"); [] for any other act."""
    if clause.obj is None or (found.pattern.code or "")[:3] not in (EXPELLED_MISSIONS, CUT_TIES) or clause.verb.lemma_.lower() not in SENDING_AWAY:
        return []
    refs = resolve.actors_of(clause.obj, None)
    if refs and all(r.code.endswith(AID_GROUPS) for r in refs):
        return refs
    # "expelled U.N. inspectors from Baghdad", "expelled two British diplomats from Moscow": an IGO's
    # mission, or another country's people, sent away from a place, are whom, not the place.
    if not refs or any(_unknown(r) for r in refs):
        return []
    if all(r.code.startswith(IGO) for r in refs):
        return refs
    places = [a for o in clause.prep_objects("from") for a in resolve.actors_of(o, None)]
    return refs if places and all(p.code[:3] != r.code[:3] for p in places for r in refs) else []


def _is_own(actor: ActorRef, owner: ActorRef | None) -> bool:
    """True when ``actor`` is ``owner`` or one of its bodies ("its forces" of the EU, IGOEEUMIL); a
    country's rebels are not its bodies ("Colombia demanded that the FARC lay down their arms")."""
    return owner is not None and not _unknown(owner) and actor.code.startswith(owner.code) and not (
        len(owner.code) == 3 and actor.code[3:6] in ARMED_GROUPS
    ) and not (_regional(actor.code) and actor.code != owner.code)


def _possessed_by_own_state(noun: Token, actors: list[ActorRef], owner: ActorRef) -> bool:
    """True when every actor ``noun`` names is only its possessor and that possessor is the owner's own
    state or government, as its capital names it ("Washington's partnership" for a U.S. envoy); not for
    what a maker carries (a demand, an offer, an accusation). Only the state or its government speaks
    for it: its opposition, rebels, regions or people deal with its capital as another party.
    Protest and force at home are left alone ("Iraqis filled Baghdad's main square" is against its rulers)."""
    if noun.lemma_.lower() in MADE_NOUNS:
        return False  # "rejected Scotland's demand": a demand or an offer is its maker's, one of the country's parts
    owners = [c for c in noun.children if c.dep_ == "poss"]
    state = owner.code[:3]
    return owner.code in (state, state + GOVERNMENT) and not _unknown(owner) and bool(owners) and all(
        a.code in (state, state + GOVERNMENT, owner.code)
        and any(o.left_edge.i <= a.start and a.end - 1 <= o.right_edge.i for o in owners)
        for a in actors
    )


def _makes(actor: ActorRef, noun: Token) -> bool:
    """True when ``actor`` is who made what ``noun`` carries: its possessor ("Scotland's demand") or its
    "by" or "from" phrase ("a demand by Catalonia", "an offer from the Basque government")."""
    doc = noun.doc
    return any(
        (t.dep_ == "poss" and t.head.i == noun.i)
        or (t.dep_ == "pobj" and t.head.lower_ in ("by", "from") and t.head.head.i == noun.i)
        for t in doc[actor.start : actor.end]
    )


def _own_forces(actor: ActorRef, state: ActorRef) -> bool:
    """True when ``actor`` is the armed forces of ``state``'s own country (JPNMIL of JPN)."""
    return not _unknown(state) and actor.code[:3] == state.code[:3] and actor.code[3:6] == MILITARY


def _givers_aid(noun: Token, actor: ActorRef, source: ActorRef) -> bool:
    """True when ``noun`` is aid named by the country that gives it, the source's own or, for a source of
    no named country, any ("U.S. lawmakers threatened to cut American aid", "Congress ... U.S. aid")."""
    return (
        noun.lemma_.lower() in GIVEN_AID and len(actor.code) == 3 and actor.end <= noun.i
        and (_unknown(source) or actor.code == source.code[:3])
    )


def _aid_givers(resolve: _Resolver, clause: Clause, act: str, sources: list[ActorRef]) -> list[ActorRef]:
    """A government or parliament of no named country that gives, pledges, cuts or threatens to cut aid
    named by its giver gives its own country's aid: "Congress cut off U.S. military aid to the Contras"
    is USALEG, not the recipients' parliament."""
    if not (act[:2] == AID_ROOT or act[:3] in AID_CUTS | AID_CODES or act[:4] == AID_THREAT) or clause.obj is None:
        return sources
    if not sources or not all(_unknown(s) and s.code[3:6] in STATE_SECTORS for s in sources):
        return sources
    if clause.obj.lemma_.lower() not in GIVEN_AID:
        return sources
    # "U.S. military aid" names the U.S. military: its country gives it.
    givers = {a.code[:3] for a in resolve.actors_of(clause.obj) if a.end <= clause.obj.i and not _unknown(a) and a.code[:3] not in NON_STATE}
    return [_with_country(s, next(iter(givers)), STATE_SECTORS) for s in sources] if len(givers) == 1 else sources


def _repression(code: str | None, actor: ActorRef | None, acted_on: ActorRef | None) -> str | None:
    """A threat of force (138, 1384) by a state, its police or army against its own people or opposition
    is a threat of repression (137): "Lukashenko threatened to crush any attempt by the opposition to
    protest". Against its own rebels it stays a threat of force. Protesters or opposition of no named
    country ("warned anti-government protesters that troops would use force") are the state's own."""
    if code not in THREATENED_FORCE or actor is None or acted_on is None or _unknown(actor):
        return code
    if actor.code[:3] in NON_STATE or (actor.code[:3] != acted_on.code[:3] and not _unknown(acted_on)):
        return code
    return REPRESSION_THREAT if actor.code[3:6] in REPRESSORS and acted_on.code[3:6] in DISSENTERS else code


def _verbal_clash(code: str | None, clause: Clause, actor: ActorRef | None, acted_on: ActorRef | None) -> str | None:
    """A clash over an issue between actors with no arms is a war of words (the 111 "clash over" has):
    "Britain clashed with its EU partners over the budget". Armed forces clash by fighting, and so
    does anyone over ground ("clashed over control of the town")."""
    if code != FIGHT or clause.verb.lemma_.lower() != CLASH_VERB or any(a is None or a.code[3:6] in ARMED_SECTORS for a in (actor, acted_on)):
        return code
    issues = [o for p, o in clause.preps if p == "over" and o.lemma_.lower() not in CONTESTED_GROUND]
    return VERBAL_CLASH if issues else code


def _unarmed_march(code: str | None, clause: Clause, actor: ActorRef | None) -> str | None:
    """A march on a place or into it by people with no arms is a demonstration (141), not an assault or an
    occupation: "Thousands of Serbs marched on Belgrade", "Hungarians marched on parliament". Armies and
    rebels marching on a capital still fight."""
    if code not in (FIGHT, OCCUPATION) or clause.verb.lemma_.lower() != MARCH_VERB or actor is None or actor.code[3:6] not in DISSENTERS:
        return code
    return DEMONSTRATION


def _included_nationals(head: Token, resolve: "_Resolver", owner: ActorRef | None) -> list[ActorRef]:
    """The countries an "including" phrase on a group names ("foreign oil workers, including an American and
    a Briton": USA, GBR), or [] when it names none or any of no country. The parser hangs the phrase on
    the verb when a time comes between ("freed 24 hostages on Friday, including 13 Israelis")."""
    hung = head.head.children if head.dep_ == "dobj" and head.head.i != head.i else ()
    for prep in (*head.children, *(c for c in hung if c.i > head.i)):
        if prep.dep_ == "prep" and prep.lower_ == INCLUDING_PREP and (named := prep_object(prep)) is not None:
            refs = resolve.actors_of(named, owner)
            return refs if refs and not any(_unknown(r) for r in refs) else []
    return []


def _of_the_government(actor: ActorRef | None, doc: Doc) -> bool:
    """True for a state body of no named country called the government's: "government troops",
    "government forces", "pro-government militias"; or "the army", "the military", which a story
    names so only at home."""
    if actor is None or not _unknown(actor) or actor.code[3:6] not in COMMANDED_SECTORS:
        return False
    head = phrase_head(doc[actor.end - 1])
    if head.lemma_.lower() in NATIONAL_FORCES and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return True
    return any(t.lemma_.lower() == GOVERNMENT_WORD for t in (*doc[actor.start : actor.end], *(c for c in head.children if c.dep_ in ("compound", "amod", "nmod"))))


def _cleansing(code: str | None, clause: Clause) -> str | None:
    """A mass expulsion (201) or mass killing (202) that its own clause names as ethnic cleansing is
    ethnic cleansing (203, codebook: expulsions or killings reported as ethnically motivated): "drove a
    million Africans from their homes in a campaign of ethnic cleansing"."""
    if code not in CLEANSING_ACTS:
        return code
    words = [t for t in clause.verb.subtree if t.lemma_.lower() == "cleansing"]
    return ETHNIC_CLEANSING if any(any(c.lower_ == "ethnic" for c in t.children) for t in words) else code


def _withdrawal(code: str | None, actor: ActorRef | None) -> str | None:
    """A withdrawal (166, or a retreat 0874) by an aid agency is 1663, by a peacekeeping mission 1661,
    by inspectors or monitors 1662: "MSF pulled out of Somalia", "the Red Cross pulled its staff out"."""
    if code not in WITHDRAWALS or actor is None:
        return code
    who = actor.code
    if who.startswith(AID_GROUPS) or who[3:6] == AID_GROUPS or who.startswith(AID_IGOS):
        return AID_WITHDRAWAL
    if who.startswith(IGO) and who.endswith(PEACEKEEPING):
        return PEACEKEEPERS_WITHDRAWAL
    if who.startswith(INSPECTING_IGOS):
        return MONITORS_WITHDRAWAL
    return code


def _ordered_out(act: Token, who: list[ActorRef], orderer: list[ActorRef], resolve: _Resolver) -> str | None:
    """The expulsion (see ``_withdrawal`` for the sub-codes) that a state's order to foreign ``who`` to
    ``act`` is: to leave its territory, or, for an aid group or IGO, to halt its work, or to close its
    embassy or consulate (161); None otherwise."""
    if not orderer or not who or any(_unknown(o) or o.code[:3] in NON_STATE for o in orderer):
        return None
    lemma = act.lemma_.lower()
    work = next((c for c in act.children if c.dep_ in ("dobj", "obj")), None)
    halted = (
        lemma in HALTING_WORK and work is not None and work.lemma_.lower() in ORGANISATION_WORK
        and all(w.code[:3] in (IGO, AID_GROUPS) or w.code[3:6] == AID_GROUPS for w in who)
    )
    leaving = lemma in LEAVING_VERBS or lemma == "withdraw" or (lemma == "pull" and any(c.lower_ == "out" for c in act.children))
    closing = lemma in CLOSING_VERBS and work is not None and work.lemma_.lower() in DIPLOMATIC_POSTS
    # "ordered China to close two police stations in the Netherlands": only where the host's own country is named
    outpost = lemma in CLOSING_VERBS and work is not None and work.lemma_.lower() in FOREIGN_OUTPOSTS
    if not (leaving or halted or closing or outpost):
        return None
    # where from: what is left ("leave the country"), and the act's own from/of/in phrases (not those of
    # a clause inside: "an air base it has used ... in Afghanistan")
    places = [work] if lemma in LEAVING_VERBS and work is not None else []
    heads = [act, *(c for c in act.children if c.dep_ == "prt"), *([] if work is None else phrase_subtree(work))]
    places += [o for h in heads for t in h.children if t.dep_ == "prep" and t.lower_ in ("from", "of", "in") and (o := prep_object(t)) is not None]
    refs = [r for place in places for r in resolve.actors_of(place) if not _unknown(r)]
    if any(r.code[:3] != orderer[0].code[:3] for r in refs):
        return None  # "ordered Iraq to withdraw from Kuwait": a demand to leave a third country
    if closing:
        return CUT_TIES  # the post is the host's to close, wherever the sentence places it or not
    if outpost and not halted and not refs:
        return None  # "ordered Iran to close its offices": where is not said
    if lemma not in LEAVING_VERBS and not halted and not refs and not all(w.code[:3] in (IGO, AID_GROUPS) or w.code[3:6] == AID_GROUPS for w in who):
        return None  # "told Syria to withdraw": from where is not said
    # by who is sent away, or what they must withdraw ("ordered the UN to withdraw its peacekeepers")
    moved = resolve.actors_of(work) if work is not None and lemma not in LEAVING_VERBS else []
    if work is not None and lemma not in LEAVING_VERBS and work.lemma_.lower() in MOVED_MISSIONS:
        return MOVED_MISSIONS[work.lemma_.lower()]
    return next((c for a in (*who, *moved) if (c := _withdrawal(EXPELLED_GROUPS, a)) != EXPELLED_GROUPS), EXPELLED_GROUPS)


def _refuge_refused(matches: dict[int, VerbMatch]) -> None:
    """A refused access (1245) whose permitting complement lets in refugees is refused refuge (1223)."""
    for i, found in list(matches.items()):
        permit = found.complement
        if found.pattern.code != ACCESS_REFUSED or permit is None or permit.lemma_.lower() not in PERMITTING_VERBS:
            continue
        let_in = Clause.read(permit).obj
        if let_in is not None and let_in.lemma_.lower() in REFUGE_SEEKERS:
            matches[i] = replace(found, pattern=replace(found.pattern, code=REFUGE_REFUSED, text=f"{found.pattern.text}, refugees let in => {REFUGE_REFUSED}"))
        elif any(t.lemma_.lower() in LEAVING_VERBS and t.pos_ == "VERB" and t.dep_ in ("xcomp", "ccomp", "advcl") for t in permit.subtree if t.i != permit.i):
            matches[i] = replace(found, pattern=replace(found.pattern, code=RELEASE_REFUSED, text=f"{found.pattern.text}, not let leave => {RELEASE_REFUSED}"))


def _names_craft_model(compound: Token, head: Token) -> bool:
    """A capitalised name before a craft is its model ("Tornado jets"), not the weather that struck."""
    return compound.tag_ == "NNP" and head.lemma_.lower() in NAMED_CRAFT


def _crashed(head: Token) -> bool:
    """True when ``head`` is the subject of a crash, sinking or collapse whose subject is a vehicle or building
    (not one derailed or sunk by someone); also when the parser made a passenger a second subject ("a jet
    carrying Prigozhin crashed")."""
    verb = head.head
    return head.dep_ == "nsubj" and verb.lemma_.lower() in ACCIDENT_VERBS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in CRASHING_THINGS for c in verb.children)


def _own_state_beside_partner(source: ActorRef, target: ActorRef, targets: list[ActorRef], doc: Doc) -> bool:
    """True when ``target`` is the source's own state, conjoined with a foreign actor: "Sargsyan said he was
    optimistic that Armenia and Turkey would open their border" is about Turkey; Armenia is his side."""
    if len(source.code) <= 3 or target.code != source.code[:3] or doc[target.end - 1].tag_ != "NNP":
        # (a people is not its state: "Iraqi police arrested Iraqis and Iranians" arrested both)
        return False
    beside = doc[target.end - 1].conjuncts
    return any(not _unknown(t) and t.code[:3] != target.code and doc[t.end - 1] in beside for t in targets)


def _two_office_holders(source: ActorRef, target: ActorRef, resolve: _Resolver) -> bool:
    """True when two different people, each named with the title of an office of one code, are source and
    target: "President Dilma Rousseff accused Vice President Michel Temer", "Okinawa Governor Hirokazu
    Nakaima urged Prime Minister Yukio Hatoyama" (both JPNGOV). A country's own politics is mostly such
    pairs. One person by two names is still one actor, and a seat of power ("Moscow", "the White House")
    or a phrase that only ends in a title ("the assets of President Mugabe") is no titled person, nor one
    who stands for his followers ("soldiers loyal to President Kiir")."""
    if len(source.code) < 6 or _unknown(source) or source.code[3:6] not in OFFICES:
        return False
    people = [_titled_person(actor, resolve) for actor in (source, target)]
    return None not in people and people[0] != people[1]


def _titled_person(actor: ActorRef, resolve: _Resolver) -> int | str | None:
    """The person an actor's words name with a title ("Interior Minister Horst Seehofer", "Minnesota
    Governor Tim Walz", whose name the phrase may stop before), as their dictionary entry or, for a name
    no dictionary holds, its last word; None for anything else."""
    name = resolve.doc[actor.end - 1]
    while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
        name = name.head
    words = resolve.doc[actor.start:name.i + 1]
    titles = {t.i for t in words if (mention := resolve.mentions[t.i]) is not None and mention.kind == AGENT}
    if not titles or any(t.pos_ not in NAME_WORD_TAGS and t.i not in titles for t in words):
        return None
    if not _names_a_person(name, resolve) or _stands_for_followers(name):
        return None
    mention = resolve.mentions[name.i]
    return name.lower_ if mention is None else mention.entry


def _stands_for_followers(name: Token) -> bool:
    """True for a name inside an adjective's phrase, up to the verb: "soldiers loyal to President Salva
    Kiir" are his soldiers, not Kiir acting."""
    for above in name.ancestors:
        if above.pos_ in VERB_TAGS:
            return False
        if above.pos_ == "ADJ":
            return True
    return False


def _unknown(actor: ActorRef) -> bool:
    return actor.code.startswith(UNKNOWN_ACTOR)


def _nameless(actor: ActorRef) -> bool:
    """Of no known country, and no kin people either."""
    return _unknown(actor) and actor.kin is None


def _partial(event: Event) -> bool:
    """An event one of whose actors is of no known country ("---MIL")."""
    return any(code is not None and code.startswith(UNKNOWN_ACTOR) for code in (event.source, event.target))


def _conjoined_in(event: Event, other: Event) -> bool:
    """The same act with the same source or target: one of conjoined parties to it."""
    return event.verb_start == other.verb_start and (event.source == other.source or event.target == other.target)


def _final(ref: ActorRef | None) -> str | None:
    """The code written for an actor: a kin people nothing placed falls back to its kin state."""
    if ref is None:
        return None
    if ref.kin and _unknown(ref):
        return ref.kin + ref.code[len(UNKNOWN_ACTOR):]
    if ref.code[len(UNKNOWN_ACTOR):] in TRANSNATIONAL and _unknown(ref):
        # "international aid agencies": CAMEO writes a non-governmental body of no country as NGO.
        return ref.code[len(UNKNOWN_ACTOR):]
    return ref.code


def _helped_party(act: Token) -> Token | None:
    """Whom a helping verb helps do an act: "help Pakistan fight militants" helps Pakistan, not the militants."""
    return next((c for c in act.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)


def _helped(verb: Token) -> Iterator[Token | None]:
    """Whom the act a helping verb leads to is done to: "to help rebuild Afghanistan", "help stabilise Haiti"."""
    if verb.lemma_.lower() not in HELPING_VERBS:
        return
    for helped in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"):
        party = _helped_party(helped)
        if party is not None:
            yield party
            continue
        inner = Clause.read(helped)
        yield inner.obj
        yield from (pobj for prep, pobj in inner.preps if prep in TARGET_PREPS)


def _names_a_person(token: Token, resolve: _Resolver) -> bool:
    """Whether a name is a person's: one the dictionaries hold as a person, or a name they do not know
    at all ("bookseller Lam Wing-kee"), not a country's or a group's ("Iraq", "Hamas")."""
    mention = resolve.mentions[token.i]
    return token.pos_ == "PROPN" and (mention is None or (mention.kind == ACTOR and is_dictionary_person(resolve.actors, mention.entry)))


def _people_shot(clause: Clause, resolve: _Resolver) -> bool:
    """Whether a projectile verb's object names people ("shot a protester", not "fired rockets")."""
    return (
        clause.verb.lemma_.lower() in PROJECTILE_VERBS and clause.obj is not None
        and (ref := resolve.actor_of(clause.obj)) is not None and ref.code[3:6] in PEOPLE_SHOT
    )


def _is_spoken_purpose(verb: Token) -> bool:
    """What a call or visit was made to say ("telephoned Ecevit to express condolences"): said, so done."""
    head = verb.head
    return (
        verb.dep_ in ("xcomp", "advcl") and verb.lemma_.lower() in SPOKEN_PURPOSES and head.i != verb.i
        and head.lemma_.lower() in CALLING_VERBS and is_infinitive(verb)
        # not an appeal: "called on both sides to discuss a ceasefire"
        and not any(
            c.dep_ in ("prep", "prt") and c.lower_ in APPEAL_PARTICLES and not ((o := prep_object(c)) is not None and is_time(o))
            for c in head.children
        )
    )


def _given_to(verb: Token, obj: Token | None) -> Token | None:
    """Whom a giving or demanding verb addresses: its dative ("gave Iraq 48 hours"), else its object unless
    that is the time given."""
    dative = next((c for c in verb.children if c.dep_ == "dative"), None)
    return dative if dative is not None else obj if obj is not None and obj.lemma_.lower() not in DURATION_NOUNS else None


def _deadline(verb: Token) -> Token | None:
    """The time limit a clause sets ("within seven days", "until Friday", "24 hours", "a 48-hour
    deadline"), or None."""
    # "unless it withdraws from Kuwait by January 15": the limit hung on the place left
    held = (g for p in verb.children if p.dep_ == "prep" and (q := prep_object(p)) is not None for g in q.children if g.dep_ == "prep")
    for c in (*verb.children, *(g for o in verb.children if o.dep_ == "dobj" for g in o.children), *held):
        if c.dep_ == "prep" and c.lower_ in DEADLINE_PREPS and (o := prep_object(c)) is not None:
            if o.lemma_.lower() in DEADLINE_NOUNS or (c.lower_ != "within" and is_time(o)):
                return c
        if c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in DEADLINE_NOUNS and (c.lemma_.lower() != "day" or any(n.dep_ == "nummod" for n in c.children)):
            return c
    # "gave Saddam Hussein and his two sons, Uday and Qusay, 48 hours to leave", with the hours parsed as an
    # appositive inside the object
    return next((t for o in verb.children if o.dep_ == "dobj" for t in o.subtree
                 if t.dep_ == "appos" and t.lemma_.lower() in DEADLINE_NOUNS and any(n.dep_ == "nummod" for n in t.children)), None)


def _blamed_on(noun: Token | None, resolve: _Resolver) -> list[ActorRef]:
    """Whom an attack noun's participle lays it on: "a bomb blamed on X", "attributed to X", "claimed by X",
    "rockets fired by X", "a missile fired from an X drone"."""
    if noun is None:
        return []
    for acl in noun.children:
        if acl.dep_ != "acl":
            continue
        if acl.lemma_.lower() in PROJECTILE_VERBS:
            # the craft it was fired from, however the participle is tagged ("a rocket fired from an Israeli helicopter")
            crafts = (o for p in acl.children if p.dep_ == "prep" and p.lower_ == "from" and (o := prep_object(p)) is not None)
            if found := next((f for o in crafts if o.lemma_.lower() in LAUNCHING_CRAFT and (f := resolve.actors_of(o))), None):
                return found
        # a participle with an agent is one, however tagged ("drones fired by Hezbollah" read as past tense)
        participle = acl.tag_ == "VBN" or any(c.dep_ == "agent" for c in acl.children)
        if not participle or (word := BLAMING_WORDS.get(acl.lemma_.lower())) is None:
            continue
        for p in acl.children:
            if p.dep_ in ("prep", "dative", "agent") and p.lower_ == word and (o := prep_object(p)) is not None and (found := resolve.actors_of(o)):
                return found
    return []


def _is_condition(verb: Token) -> bool:
    """A clause introduced by "if" or "unless"."""
    return any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in verb.children)


def _shared_subject(verb: Token) -> Token | None:
    """The subject a conjoined verb with none of its own shares with the verb it is conjoined to."""
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return None
    first = first_conjunct(verb)
    return next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _is_conditional(verb: Token) -> bool:
    """A verb of an "if" or "unless" clause, or conjoined to one ("unless it withdrew and paid"), or the
    complement of its verb ("if Kigali continued to back the rebels")."""
    verb = first_conjunct(verb)
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = first_conjunct(verb.head)
    if verb.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "until" for m in verb.children) and (
            verb.tag_ in UNMET_TAGS or verb.tag_ == "VBD" and _under_modal(verb.head)):
        # "until foreign troops leave": a condition still to be met; so is a past one under a modal,
        # the tense shifted back in reported speech ("said it would not negotiate until the IRA disarmed")
        return True
    return verb.dep_ == "advcl" and _is_condition(verb)


def _under_modal(verb: Token) -> bool:
    """A verb with a modal auxiliary ("would not negotiate", "could resume"): not yet done when said."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in first_conjunct(verb).children)


def _authorised(verb: Token) -> bool:
    """The act a verb of authorising gives leave for ("authorised African and French forces to use force",
    "mandated the force to protect civilians"), or one conjoined to it: allowed for later, not done."""
    verb = first_conjunct(verb)
    return verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i and verb.head.lemma_.lower() in AUTHORIZING_VERBS


def _told_predicates(verb: Token) -> list[Token]:
    """The verbs of what a statement tells: its clausal complements, with the infinitives their predicate
    adjectives carry ("told Putin that Saudi Arabia was ready to mediate": the mediating)."""
    told = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    told += [x for c in told for a in c.children if a.dep_ == "acomp" for x in a.children if x.dep_ == "xcomp" and x.pos_ == "VERB"]
    return told


def _is_reported(verb: Token) -> bool:
    """A verb of what a report or allegation says ("reports that Ethiopian troops killed civilians"),
    or conjoined to one."""
    verb = first_conjunct(verb)
    head = verb.head
    if verb.dep_ in ("ccomp", "advcl", "xcomp") and asks_whether(verb):
        # "to investigate whether genocide had been committed", "is debating whether to arm the rebels": an open question.
        return True
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and head.i != verb.i and any(c.dep_ == "amod" and c.lower_ in ALLEGED_WORDS for c in head.children):
        # "alleged war crimes committed by Israel and Hamas": what is alleged, not known to be done.
        return True
    if verb.dep_ == "ccomp" and head.i != verb.i and head.lemma_.lower() in DENYING_VERBS and head.pos_ == "VERB":
        # "Syria denied that it had supplied weapons to Hezbollah": what is denied is not known to be done.
        return True
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in CASUALTY_VERBS | DAMAGE_VERBS and head.i != verb.i and _is_reported(head):
        # "denied that its troops shelled Basra, killing dozens": what the denied act did is denied with it
        # (not the denier's own words the parser hung there: "..., calling Seoul's inquiry a fabrication").
        return True
    if verb.dep_ == "ccomp" and head.i != verb.i and head.pos_ == "VERB" and verb.i > head.i and any(
        o.dep_ == "dobj" and o.lemma_.lower() in REPORT_NOUNS and o.i < verb.i for o in head.children
    ):
        # "expressed optimism on Friday that a deal would be signed": the parser hangs the noun's clause on the verb.
        return True
    if verb.dep_ == "pcomp" and head.lower_ == "of" and head.head.i != head.i and head.head.lemma_.lower() in REPORT_NOUNS:
        # "little prospect of resuming peace talks", "hope of reaching a deal": hoped for, not done.
        return True
    if verb.dep_ == "xcomp" and head.i != verb.i and head.pos_ in ("VERB", "AUX") and _is_reported(head):
        # "claims that Beijing was considering supplying weapons": what a claimed act goes on to is claimed with it.
        return True
    if verb.dep_ == "advcl" and head.i != verb.i and is_purpose_of(verb, head) and _is_reported(head):
        # "denied a report that Abe was preparing a trip to Pyongyang to meet Kim": what a reported act was for
        # is reported with it.
        return True
    # "U.S. claims that Beijing had supplied weapons", with the noun's clause parsed as a relative or adverbial one.
    content = verb.dep_ in ("acl", "ccomp") or (verb.dep_ in ("relcl", "advcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in verb.children))
    return content and head.i != verb.i and head.pos_ == "NOUN" and head.lemma_.lower() in REPORT_NOUNS


def _predicate_verb(verb: Token) -> Token:
    """The verb that says what is to be done: "must be ready to mediate" is "mediate"."""
    if verb.lemma_.lower() == "be":
        for adjective in (c for c in verb.children if c.dep_ == "acomp"):
            inner = next((c for c in adjective.children if c.dep_ == "xcomp"), None)
            if inner is not None:
                return inner
    return verb


# An intent, refusal or threat of one's own act with no addressee is aimed where the act is: "intended to lift
# U.S. sanctions against South Africa" (0354 at ZAF). Appeals and demands are aimed at whom they ask.
ACT_TARGET_PREPS = ("against", "on")
OWN_ACT_ROOTS = FRAME_ROOTS - {APPEAL_ROOT, DEMAND_ROOT}


def _frame_acts(clauses: dict[int, Clause], matches: dict[int, VerbMatch]) -> None:
    """A promise, demand, refusal or threat that no pattern names more closely is coded by the act
    it is about, as CAMEO divides them alike: "threatened to ambush troops" is a threatened attack
    (1384) because "ambush" is an attack, "promised to airlift food" an intent to give humanitarian
    aid (0333). The act is then consumed: it was not done."""
    for i, found in list(matches.items()):
        code = found.pattern.code
        if code is None or code[:2] not in FRAME_ROOTS:
            continue
        carried_acts = [t for t in clauses[i].content if t.pos_ == "VERB" and t.dep_ in ("acl", "relcl", "advcl", "xcomp")]
        askers: dict[int, Token | None] = {}
        if code[:2] == REFUSAL_ROOT:
            # "rejected NATO demands to withdraw his forces" (also with "NATO" parsed as a second object):
            # the refusal is of the act the demand carries (1246).
            objects = [clauses[i].obj, *(c for c in clauses[i].verb.children if c.dep_ in ("dobj", "obj") and c is not clauses[i].obj)]
            carriers = [o for o in objects if o is not None and o.lemma_.lower() in CARRIER_NOUNS]
            carried_acts += [t for o in carriers for t in carried(o) if t.pos_ == "VERB" and t not in carried_acts]
            # "rejected on Tuesday NATO demands to withdraw ...", with "demands" parsed as a verb whose subject is NATO.
            askers = {x.i: next((s for s in c.children if s.dep_ == "nsubj"), None) for c in clauses[i].verb.children
                      if c.dep_ == "ccomp" and c.tag_ == "VBZ" and c.lemma_.lower() in CARRIER_NOUNS
                      for x in c.children if x.dep_ == "xcomp" and is_infinitive(x) and x not in carried_acts}
            carried_acts += [clauses[i].verb.doc[k] for k in sorted(askers)]
        for act in [found.complement] if found.complement is not None else [*clauses[i].acts, *carried_acts]:
            done = matches.get(act.i)
            framed = _framed_by_act(found.pattern, done.pattern, light=_light_act(act, code)) if done is not None else found.pattern
            if framed is not found.pattern:
                # (in the parse of a demand as a verb, its subject is the one refused)
                named = found.target_token or askers.get(act.i)
                if (named is None and found.target_prep is None and code[:2] in OWN_ACT_ROOTS and done is not None
                        and done.target_prep in ACT_TARGET_PREPS and act.i in clauses):
                    named = next(iter(clauses[act.i].prep_objects(done.target_prep)), None)
                matches[i] = replace(found, pattern=framed, complement=act, target_token=named)
                break
        else:  # no act framed it: a plain threat may still name war or force as its answer
            if code == PLAIN_THREAT and _threat_of_war(clauses[i].verb):
                matches[i] = replace(found, pattern=replace(found.pattern, code=FORCE_THREATENED, text=f"{found.pattern.text}, war or force named as the answer => {FORCE_THREATENED}"))


def _threat_of_war(verb: Token) -> bool:
    """True when a plain threat's complement clause (not its "if" or "unless" condition) names war or
    force as the answer: a cause for war, a declaration of war, "by force", "military steps"."""
    stack = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    while stack:
        token = stack.pop()
        lemma = token.lemma_.lower()
        if lemma in WAR_ANSWERS and token.head.dep_ == "prep" and token.head.head.lemma_.lower() in WAR_ANSWER_HEADS:
            return True
        if lemma == "force" and token.head.dep_ == "prep" and token.head.lower_ == "by":
            return True
        if lemma in MILITARY_ANSWERS and any(c.dep_ == "amod" and c.lower_ == "military" for c in token.children):
            return True
        stack += [c for c in token.children if not (c.pos_ in ("VERB", "AUX") and _is_condition(c))]
    return False


def _multitude(noun: Token) -> bool:
    """True when a noun counts thousands or more: "thousands of immigrants", "more than 300,000 migrants",
    "hundreds of thousands"."""
    if noun.lemma_.lower() in MULTITUDE_WORDS:
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in MULTITUDE_WORDS:
        return True  # "thousands of immigrants", read by the count's noun
    for count in (c for c in noun.children if c.dep_ == "nummod"):
        if count.lower_ in MULTITUDE_WORDS or any(c.lower_ in MULTITUDE_WORDS for c in count.children if c.dep_ in ("compound", "quantmod")):
            return True
        try:
            if float(count.text.replace(",", "")) >= MULTITUDE:
                return True
        except ValueError:
            pass
    return False


def _light_act(act: Token, code: str) -> bool:
    """Whether an act under a pattern of ``code`` is named by a light verb whose object says more ("end its
    trade embargo"), or is a permission asked or demanded, told by what it permits ("to let the hostages go")."""
    lemma = act.lemma_.lower()
    return lemma in LIGHT_ACT_VERBS or (lemma in ASKED_PERMISSIONS and code[:2] in (APPEAL_ROOT, DEMAND_ROOT))


def _framed_by_act(governing: VerbPattern, act: VerbPattern, announced: bool = False, light: bool = False) -> VerbPattern:
    """``governing`` (a pattern of promising, appealing, demanding, refusing or threatening) coding
    the act that ``act`` matched, by CAMEO's parallel divisions (``framed_code``), or ``governing``
    itself when that says no more:
    - a plain code (030, 100, 130) takes the act's: "threatened to ambush" is 1384;
    - a code a ``comp=`` pattern gives by the act's verb gives way only to an act pattern that sees
      its object, and only to a finer code below it ("urge comp=ease" 025 -> "ease the blockade"
      0256), or, for an act announced with will/would, to any ("tighten" 132 -> the blockade 1381);
    - any other code stands."""
    code = governing.code
    if code is None or act.code is None or code[:2] not in FRAME_ROOTS:
        return governing
    framed = framed_code(code[:2], act.code)
    if code[:2] == INTENT and not announced and act.code == DEPLOYMENT and act.verb in SENDING_FORCES and governing.verb not in VOWING_VERBS:
        # "agreed to send troops": peacekeeping or protection promised (a vow to send them is a threat).
        framed = INTENT_TO_DEPLOY
    if code[:2] in (APPEAL_ROOT, DEMAND_ROOT) and act.code == DEPLOYMENT and act.verb in SENDING_FORCES:
        # "appealed to the EU to send a multinational force", "urged NATO to send more troops": the
        # protection asked for (0234, 1034), as "agreed to send troops" is protection promised.
        framed = framed_code(code[:2], PROTECTION)
    if code[:2] == REFUSAL_ROOT and act.code == DEPLOYMENT and act.verb in SENDING_FORCES:
        # "ruled out sending ground troops to East Timor", "refused to send troops": protection refused.
        framed = REFUSED_DEPLOYMENT
    if framed is None and code[:2] == INTENT and act.code[:2] == INTENT and _sees_object(act):
        # "agreed to accept mediation by Chad": the intent is the act's own (038), not a bare 030.
        framed = act.code
    if framed is None and code[:2] == INTENT and not announced and governing.verb == AGREEING_VERB and act.code[:3] == SANCTIONS:
        # "agreed to ban imports from Burma", "agreed to freeze Yugoslavia's assets": the sanction itself.
        framed = act.code
    if code[:2] == INTENT and not announced and governing.verb == AGREEING_VERB and act.code == CEASEFIRE:
        # "agreed to observe a ceasefire", "agreed to implement a truce": the codebook codes agreements to
        # commence a ceasefire as the ceasefire (0871), as "agreed to a ceasefire" already is.
        framed = CEASEFIRE
    if framed is None and code[:2] == INTENT and governing.verb in VOWING_VERBS and act.code[:2] in COERCIVE_ROOTS:
        framed = framed_code(THREAT_ROOT, act.code)
    if code[:2] == THREAT_ROOT and act.code == FORCE_UNSPECIFIED and act.verb in FORCE_LIGHT_VERBS:
        # "threatened to use force", "would take military action": force not otherwise specified (138),
        # where "threatened to attack" is a conventional attack (1384).
        framed = FORCE_THREATENED
    if framed is None or framed == code:
        return governing
    if code[2:].strip("0") and code.startswith(framed.rstrip("0")):
        # the act says less than the pattern already did ("will resume development loans": 0331, not 033)
        return governing
    if code[2:].strip("0"):
        # A threat stays a threat whatever its sub-code: "threatened to launch a nationwide strike"
        # is the strike's 133, not the 1384 that "threaten comp=...|launch" gives by the verb.
        threat = code[:2] == framed[:2] == THREAT_ROOT or (code[:2] == framed[:2] == REFUSAL_ROOT and len(code) == 3)
        sibling = (light or act.verb in RESUMING) and framed[:2] == code[:2]
        phrased = code[:2] == REFUSAL_ROOT and act.prep_obj is not None and act.obj is None and framed[:3] != code[:3]
        # "demanded that Kabila leave office", "refused to leave power": the office left says it is power
        # given up (1041, 1231), not the withdrawal that "demand comp=leave" gives by the verb.
        ceded = act.code == RESIGNATION and act.obj is not None
        if code == REFUSED_DEPLOYMENT and framed == ACCESS_REFUSED and _sees_object(act):
            # "rejected a demand to allow NATO peacekeepers into Kosovo": access refused (1245), not
            # the protection (1224) that the peacekeepers in the object suggest.
            return replace(governing, code=framed, text=f"{governing.text}, by the act's {act.code} => {framed}")
        # an announced act is told by its own complement too: "will allow refugees to return" is the return (0343)
        sees = _sees_object(act) or ((announced or light) and act.comp is not None)
        if governing.comp is None or not sees or not (announced or threat or sibling or phrased or ceded or framed.startswith(code)):
            return governing
    return replace(governing, code=framed, text=f"{governing.text}, by the act's {act.code} => {framed}")


def _sees_object(pattern: VerbPattern) -> bool:
    """True for a pattern that looks at what its verb acts on: it can say more about the act than a
    list of verbs ("ease obj=blockade" does, plain "retaliate" does not)."""
    return pattern.obj is not None or pattern.prep_obj is not None


def _announcing_pattern(patterns: list[VerbPattern], act: Token) -> VerbPattern | None:
    """Of the patterns of "demand", "pledge" or "threaten", the one to code a demanded, promised or
    threatened ``act`` with: the most specific whose comp= names the act, else the plain one."""
    plain = [p for p in patterns if _plain(p) and p.code is not None]
    return next((p for p in plain if p.comp is not None and names_action(act, p.comp)), None) or next((p for p in plain if p.comp is None), None)


def _coding_act(patterns: list[VerbPattern], act: Token, matches: dict[int, VerbMatch]) -> VerbPattern | None:
    """The pattern of ``patterns`` (see ``_announcing_pattern``) for ``act``, framed by the act's own
    code when a pattern matched it."""
    pattern = _announcing_pattern(patterns, act)
    done = matches.get(act.i)
    return _framed_by_act(pattern, done.pattern) if pattern is not None and done is not None else pattern


def _plain(pattern) -> bool:
    """A pattern that asks nothing of the verb's own arguments, only perhaps of its complement."""
    return not (pattern.particles or pattern.obj or pattern.prep or pattern.before or pattern.words_before or pattern.words_after)


def _same_party(a: str, b: str) -> bool:
    """Two codes of one party: one a finer code of the other, both below a sector ("rebel leader Foday
    Sankoh" is SLEREB and SLEREBRUF); a bare country stays a party of its own sectors, and a region's
    government one apart from its country's ("Rajoy and Puigdemont met")."""
    short, long = sorted((a, b), key=len)
    return len(short) > 3 and not short.startswith(UNKNOWN_ACTOR) and long.startswith(short) and not _regional(long)


def _regional(code: str) -> bool:
    """A region's own government, coded below its country's (IRQGOVKRG, ESPGOVCAT)."""
    return code[3:6] == GOVERNMENT and code[6:] in REGIONAL_GOVERNMENTS


# Regions whose governments the dictionaries code below their country's (society.actors, organizations.actors):
# Iraqi Kurdistan, Catalonia, the Basque Country, Scotland, Wales, Northern Ireland, Quebec.
REGIONAL_GOVERNMENTS = frozenset({"KRG", "CAT", "BAS", "SCO", "WLS", "NIR", "QUE"})
# Codes that two conjoined parties do to each other, like a meeting: "A and B agreed a ceasefire", "broke off
# talks", "severed ties".
TALKS_HALTED = "164"
JOINT_CODES = frozenset({CEASEFIRE, CUT_TIES, TALKS_HALTED})


def _is_joint(pattern) -> bool:
    """A joint activity: conjoined subjects act on each other ("A and B met")."""
    if pattern.reverse_code is not None:
        return True
    return pattern.code is not None and (pattern.code[:2] in RECIPROCAL_ROOTS or pattern.code in JOINT_CODES)


def _expects_negation(pattern) -> bool:
    """A pattern written for the negated verb ("didn't clash over"): negation is its meaning."""
    return any(word.rsplit(" ", 1)[-1] in NEGATIONS for element in pattern.words_before for words in element.words for word in words)


def _is_negated(clause: Clause) -> bool:
    """Negated here or in a governing verb ("did not agree to attack")."""
    verb = clause.verb
    if _is_predicative(verb) and any(child.dep_ == "neg" for child in verb.head.children):
        return True  # "was not optimistic about": the copula carries the "not"
    while True:
        if _denied(verb):
            return True
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head


def _denied(verb: Token) -> bool:
    """A verb denied by its own "not", or by a "neither" on it or opening its subject or object: "Neither
    Russia nor China supported", "neither confirmed nor denied", "accused neither Kiev nor Warsaw" deny
    the act of each."""
    return any(
        c.dep_ == "neg" or c.lower_ == NEITHER or (c.dep_ in NEITHER_DENIES and c.left_edge.lower_ == NEITHER) for c in verb.children
    )


def _denied_object(clause: Clause) -> bool:
    """An active clause whose object is denied by "no": "offered no evidence"."""
    return clause.obj is not None and not clause.passive and any(c.dep_ == "det" and c.lower_ == "no" for c in clause.obj.children)


def _is_anaphoric_noun(noun: Token) -> bool:
    """"The movement", "the group": a bare noun for an organisation named before; "his office", "its
    ministry": the body the one named before heads."""
    children = [c.lower_ for c in noun.children]
    lemma = noun.lemma_.lower()
    if lemma in ANAPHORIC_NOUNS | OWN_BODY_NOUNS and len(children) == 1 and children[0] in OWNER_PRONOUNS:
        return True
    return lemma in ANAPHORIC_NOUNS and children == ["the"]


def _force_not_ruled_out(clause: Clause, pattern: VerbPattern) -> bool:
    """"did not rule out military action", "would not exclude the use of force": force held open."""
    verb = clause.verb.lemma_.lower()
    ruled_out = verb == "rule" and any(c.dep_ in ("prt", "prep") and c.lower_ == "out" for c in clause.verb.children)
    if not (ruled_out or verb == "exclude") or clause.obj is None:
        return False
    noun = clause.obj
    lemma = noun.lemma_.lower()
    if lemma == "use":
        return any(p.lower_ == "of" and (o := prep_object(p)) is not None and o.lemma_.lower() == "force" for p in noun.children if p.dep_ == "prep")
    if lemma in MILITARY_OPTIONS:
        return any(c.dep_ == "amod" and c.lemma_.lower() == "military" for c in noun.children)
    return lemma in FORCE_NOUNS


def _refused_by_negation(clause: Clause, pattern: VerbPattern) -> VerbPattern | None:
    """A cooperative act announced as not to be done ("will not withdraw", "would not hand over")
    is a refusal, coded by CAMEO's parallel division (1246, 1243); None for any other negated act:
    what was not done ("did not release") is not an event, nor is a negated hostile act."""
    verb = clause.verb
    if not _denied(verb) or not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children):
        return None
    code = framed_code(REFUSAL_ROOT, pattern.code or "")
    if code is None:
        return None
    # The refusal is one side's: "would not negotiate with" is not a negotiation the other joins.
    return replace(pattern, code=code, reverse_code=None, text=f"{pattern.text}, announced as not to be done => {code}")


def _decision_maker(decision: Token) -> Token | None:
    """Who made a decision that does something: whoever adopted it; no one for one vetoed or
    rejected ("vetoed a resolution condemning Syria" condemned no one)."""
    made = decision.head.lemma_.lower() in ADOPTING and decision.dep_ in ("dobj", "nsubjpass") and not _is_negated(Clause.read(decision.head))
    return _source_head(Clause.read(decision.head)) if made else None


def _is_score(token: Token) -> bool:
    """A number a game's score can be: below ``MAX_SCORE``."""
    return token.text.isdigit() and int(token.text) < MAX_SCORE


def _scoreline(verb: Token) -> bool:
    """True when the verb's clause has a scoreline: "1-0", "8 - 7" (two scores joined by a dash), not "1991-95"."""
    doc = verb.doc
    for t in verb.subtree:
        parts = t.text.replace(EN_DASH, "-").split("-")
        if len(parts) == 2 and all(p.isdigit() and int(p) < MAX_SCORE for p in parts):
            return True
        if _is_score(t) and t.i + 2 < len(doc) and doc[t.i + 1].text in ("-", EN_DASH) and _is_score(doc[t.i + 2]):
            return True
    return False


def _is_predicative(adjective: Token) -> bool:
    return adjective.dep_ == "acomp" and adjective.head.lemma_.lower() in LINKING_VERBS


def _is_owned_feeling(subject: Token) -> bool:
    """"our hearts", "his thoughts and prayers": the speaker's own feelings ("said our hearts go out to")."""
    return subject.lemma_.lower() in FEELING_NOUNS and any(c.dep_ == "poss" and c.lower_ in FEELING_OWNERS for c in subject.children)


def _in_attribution(verb: Token) -> bool:
    """True for a verb in a relative clause under an "according to" phrase."""
    relative = False
    for a in (verb, *verb.ancestors):
        if a.dep_ in ("relcl", "acl") and a.pos_ in VERB_TAGS:
            relative = True
        if a.lower_ == "according" and any(c.dep_ == "prep" and c.lower_ == "to" for c in a.children):
            return relative
    return False


def _source_head(clause: Clause) -> Token | None:
    """The token naming who acted: subject, passive agent, or the governing verb's subject."""
    if clause.passive:
        return clause.agent
    subject = clause.subject
    verb = clause.verb
    if clause.agent is not None and verb.tag_ in STRAY_PARTICIPLE_TAGS and verb.dep_ not in ("ROOT", "acl", "relcl"):
        # "pledged aid for nations hit by the tsunami", a participle the parser hung off the main verb
        # (or gave "nations" as subject): its by-phrase names who did it, not the main clause's subject.
        return clause.agent
    if subject is not None and subject.pos_ in VERB_TAGS:
        # "The Red Cross operating in Iraq said", parsed with "operating" as the subject: its own subject.
        subject = next((c for c in subject.children if c.dep_ in ("nsubj", "nsubjpass")), subject)
    if subject is not None:
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            # "vetoed a resolution that condemned Syria" condemned no one.
            antecedent = verb.head
            if antecedent.lemma_.lower() in PLACE_NOUNS and antecedent.dep_ == "pobj" and antecedent.head.head.lemma_.lower() in ATTACK_NOUNS:
                # "a suicide bombing at a Tel Aviv cafe that killed three Israelis": the bombing, not the cafe.
                antecedent = antecedent.head.head
            return _decision_maker(antecedent) if antecedent.lemma_.lower() in DECISIONS else antecedent
        if _names_both_sides(subject) and verb.dep_ == "ccomp" and verb.head.i != verb.i:
            # "Putin and Hu said their countries held identical positions": the reporting subjects.
            return _source_head(Clause.read(verb.head)) or subject
        if subject.lower_ in ("he", "she") and verb.dep_ == "advcl" and verb.head.i != verb.i:
            governing = Clause.read(verb.head)
            doer = _source_head(governing)
            if doer is not None and doer.tag_ in ("NNS", "NNPS"):
                # "rebels kidnapped Betancourt as she travelled": she is the singular object, not the rebels.
                obj = governing.obj
                return obj if obj is not None and obj.tag_ in ("NN", "NNP") else subject
        if subject.lower_ == "they" and verb.dep_ == "advcl" and verb.lemma_.lower() in PROTESTING_VERBS and verb.head.i != verb.i:
            governing = Clause.read(verb.head)
            doer = _source_head(governing)
            acted_on = governing.obj or next((o for p, o in governing.preps if p in ("on", "at")), None)
            if doer is not None and doer.lemma_.lower() in REPRESSING_FORCES and acted_on is not None and not governing.passive:
                # "police arrested 100 clergymen as they marched on parliament": the marchers are whom the police
                # acted on, not the police.
                return acted_on
        if (subject.lower_ in PERSONAL_PRONOUNS or _is_anaphoric_noun(subject) or _is_owned_feeling(subject)) and verb.dep_ in GOVERNED_CLAUSE_DEPS and verb.head.i != verb.i:
            # "Iraq said it would ...", "a Taliban spokesman said the movement would ...": the
            # pronoun, or the bare noun, refers back to the reporting clause's subject.
            return _source_head(Clause.read(verb.head)) or subject
        return subject
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.i != verb.i:
        # "troops firing on protesters": the noun does it; "adopted a resolution imposing an
        # embargo": a decision does what whoever made it does.
        noun = verb.head
        if (noun.lemma_.lower() in VEHICLES and verb.lemma_.lower() in CARRYING_VERBS and noun.dep_ in ("dobj", "obj")
                and noun.head.lemma_.lower() in SENDING_FORCES):
            # "the UAE sent a ship carrying food to Aden": the sender carries it, not the ship.
            return _source_head(Clause.read(noun.head)) or noun
        return _decision_maker(noun) if noun.lemma_.lower() in DECISIONS else noun
    if verb.dep_ in ("relcl", "acl") and is_infinitive(verb) and verb.head.dep_ == "attr" and verb.head.head.lemma_.lower() in COPULAS:
        # "Sweden became the first country to recognise Palestine": the copula's subject did it.
        return _source_head(Clause.read(verb.head.head))
    if announced_intent(verb):
        # "Turkey announced plans to withdraw its troops": the announcer.
        return _source_head(Clause.read(verb.head.head))
    # Climb through the verbs (and adjectives: "is about to restore") this one depends on.
    while verb.dep_ in INHERITS_SUBJECT and verb.head.i != verb.i:
        dependent, verb = verb, verb.head
        if verb.lower_ == "for" and dependent.dep_ == "pcomp" and verb.head.i != verb.i:
            # "jailed a man for helping militants": the man helped, not the court.
            verb = verb.head
            governing = Clause.read(verb)
            if governing.obj is not None and not governing.passive:
                return governing.obj
        else:
            governing = Clause.read(verb)
        if (
            dependent.dep_ == "xcomp" and governing.obj is not None and not governing.passive
            and verb.lemma_.lower() not in SUBJECT_CONTROL and verb.lemma_.lower() not in COPULAS
            and not _is_spoken_purpose(dependent)
            and not _delegated_body(governing.obj, verb)
        ):
            # "pressed Obama to help Iran", "urged Iran to release": the object is who would act.
            return governing.obj
        if dependent.dep_ == "conj" and governing.passive and governing.obj is not None:
            # "the minister has been indicted by the court and will resign": the minister resigns.
            return governing.obj
        if (
            dependent.dep_ == "xcomp" and governing.passive and governing.agent is None
            and governing.obj is not None and governing.obj.dep_ == "nsubjpass"
        ):
            # "Bush was expected to meet Putin", "the rebels were forced to withdraw": the passive's
            # subject acts ("a strike called by separatists to protest" is the callers' purpose).
            return governing.obj
        if governing.subject is not None or governing.passive:
            return _source_head(governing)
    return None


def _delegated_body(obj, verb) -> bool:
    """A body named by no actor of its own that the verb's subject sets up, sends or orders to act: "appointed
    a three-member panel to investigate", "ordered a team to probe" (the panel acts for the appointer; "a U.N.
    panel" keeps its own)."""
    return (
        (verb.lemma_.lower() in DELEGATING_VERBS or verb.lemma_.lower() in ORDERING_VERBS) and obj.lemma_.lower() in DELEGATED_BODIES
        and not any(t.pos_ == "PROPN" or (t.pos_ == "ADJ" and t.text[:1].isupper()) for t in obj.lefts)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
    )


class _Resolver:
    """Turns argument tokens into actor codes, composing agents with actors."""

    def __init__(
        self, actors: ActorMatcher, mentions: Sequence[Mention | None], day: dt.date | None, doc, domestic_pairs: bool = True,
        memory: ArticleMemory | None = None,
    ):
        self.actors = actors
        self.memory = memory
        self.mentions = mentions
        self.day = day
        self._doc = doc
        self._sectors = actors.sector_codes
        # Conjoined state and society actors share a country (native dictionaries only, as for pairs).
        self.domestic_pairs = domestic_pairs
        self._phrases: dict[int, list[int]] = {}  # per head token: its phrase, walked once per sentence

    @property
    def doc(self) -> Doc:
        return self._doc

    def actors_of(self, head: Token | None, owner: ActorRef | None = None) -> list[ActorRef]:
        """The actors an argument names: one per conjoined noun ("Iraq and Iran", "envoys of A and B");
        ``owner`` is whom "its"/"their" refers to."""
        if head is None:
            return []
        first = self.actor_of(head, owner)
        if first is None:
            # "sued Colt and other U.S. gun makers": names listed before "other" ones are of their kind.
            kind = next((c for c in head.conjuncts if c.i > head.i and any(a.dep_ == "amod" and a.lower_ == "other" for a in c.children)), None)
            if kind is not None and (first := self.actor_of(kind, owner)) is not None:
                return [first]
            # "condemned the attack and Germany" is nearly always a misparse of two clauses.
            return []
        refs = [first]
        inner = [t for i in self._phrase(head) if (t := self._doc[i]).i != head.i and (t.conjuncts or (t.dep_ == "nmod" and any(c.dep_ == "cc" for c in t.children)))]
        if head.pos_ == "NOUN" and any(c.dep_ == "poss" and first.start <= c.i < first.end for c in head.children):
            of_phrase = {t.i for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree}
            inner = [t for t in inner if t.i not in of_phrase]
        # The phrase's sector, also when a dictionary phrase names it whole ("Syrian troops" is SYRMIL).
        sector = first.sector or (self._sector_of(first.code) if len(first.code) == 6 else None)
        for noun in (*head.conjuncts, *inner, *(c for t in inner for c in t.conjuncts)):
            ref = self.actor_of(noun, owner)
            if ref is None:
                continue
            if noun not in head.conjuncts and ref.sector is None and sector is not None and len(ref.code) == 3:
                # "the ambassadors of Arnor, Osgiliath and Gondor", "Russian and Syrian troops": each
                # takes the phrase's sector.
                prefix = first.prefix if first.sector is not None else False
                code = sector + ref.code if prefix else ref.code + sector
                ref = ActorRef(code, ref.start, ref.end, sector, prefix)
            if _unknown(ref) and ref.sector in COMMANDED_SECTORS and (first.sector in COMMANDED_SECTORS or noun not in head.conjuncts):
                # "Iraqi soldiers and policemen", "British sailors and marines", "French political and
                # military officials": forces of one state named together share its country (not
                # "Israeli troops and protesters").
                ref = _with_country(ref, _country_of(first, COMMANDED_SECTORS | {WHOLE_COUNTRY}), COMMANDED_SECTORS)
            if all(r.code != ref.code for r in refs):
                refs.append(ref)
        if len(refs) > 1 and self.domestic_pairs:
            known = [r for r in refs if not _unknown(r)]
            refs = [next((d for k in known if (d := _domestic(r, k)[0]) is not r), r) if _unknown(r) else r for r in refs]
        return refs

    def remembered(self, ref: ActorRef) -> ActorRef:
        """``ref``, or for a definite description of no named country ("the rebels", "police") the
        actor of its sector an earlier sentence of the article named; for a people's plural ("the
        Serbs") the armed group of that people the article named ("Bosnian Serb forces")."""
        if self.memory is not None and ref.kin is None and ref.end - ref.start == 1 and ref.code[3:] == PEOPLE_SECTOR and not _unknown(ref):
            noun = self._doc[ref.start]
            mention = self.mentions[noun.i]
            if (
                noun.tag_ in PLURAL_TAGS and mention is not None and mention.kind == ACTOR and (mention.start, mention.end) == (ref.start, ref.end)
                and is_definite(noun) and (code := self.memory.ethnic_group(ref.code[:3])) is not None
            ):
                return replace(ref, code=code)
        if self.memory is None or not _unknown(ref) or ref.kin is not None or len(ref.code) != len(UNKNOWN_ACTOR) + 3:
            return ref
        noun = self._doc[ref.end - 1]
        if not is_definite(noun):
            return ref
        code = self.memory.recall(ref.code[len(UNKNOWN_ACTOR) :], noun.lemma_.lower())
        return ref if code is None else replace(ref, code=code)

    def _body_leader(self, head: Token, owner: ActorRef | None) -> ActorRef | None:
        """Who leads a team, mission or delegation that names no actor of its own, by a participle's "by"
        phrase: "a team of experts led by the World Health Organization" is the WHO's, as a "WHO-led team" is."""
        for body in of_chain(head):
            if body.lemma_.lower() not in DELEGATED_BODIES:
                continue
            for led in body.children:
                if led.dep_ == "acl" and led.tag_ == "VBN" and led.lemma_.lower() in LEADING_PARTICIPLES:
                    for by in led.children:
                        if by.dep_ == "agent" and (leader := prep_object(by)) is not None and (ref := self.actor_of(leader, owner)) is not None and not _unknown(ref):
                            return ref
        return None

    def _named_before(self, noun: Token) -> ActorRef | None:
        """For "the council", "the group", "the agency", "the Tigers" that name no actor here: the
        organisation an earlier sentence named by a name with that head ("the U.N. Security Council",
        "the Liberation Tigers of Tamil Eelam"), or None."""
        if self.memory is None or not (noun.pos_ == "NOUN" or noun.tag_ == PLURAL_NAME) or not has_definite_determiner(noun):
            return None
        code = self.memory.named_as(noun.lemma_.lower())
        return ActorRef(code, noun.i, noun.i + 1) if code is not None else None

    def _country_meant(self, noun: Token, placed: bool = False, nearest: bool = False) -> ActorRef | None:
        """For a bare "the country": the first country named before it outside its own clause's subject
        ("Lithuanian officials said Russia had pulled its troops out of the country" is Lithuania, "Mali gave the
        French ambassador 72 hours to leave the country" Mali), or None. ``placed`` also takes "the country"
        with modifiers before it ("the southern African country"); ``nearest`` takes the last country named
        before it instead of the first."""
        children = [c for c in noun.children if not (placed and ((c.i < noun.i and c.dep_ in ("amod", "compound", "nmod")) or c.dep_ == "case"))]
        if noun.lemma_.lower() not in (PLACED_COUNTRY_NOUNS if placed else COUNTRY_NOUN) or noun.tag_ != "NN" or [c.lower_ for c in children] != ["the"]:
            return None
        verb = noun
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
        for i in reversed(range(noun.sent.start, noun.i)) if nearest else range(noun.sent.start, noun.i):
            mention = self.mentions[i]
            if mention is not None and mention.kind == ACTOR and i not in subject and not (
                    # "Chinese President Hu ... visited the southern African country": a country named as a
                    # person's or body's adjective is theirs, not the one visited.
                    placed and self._doc[mention.end - 1].dep_ in ("amod", "compound")):
                code = self.actors.actor_code(mention, self.day)
                if len(code) == 3 and code not in NOT_COUNTRIES:
                    return ActorRef(code, noun.i, noun.i + 1)
        return None

    def counterpart(self, source: ActorRef, verb: Token) -> list[ActorRef]:
        """The other side of the article's pair (see ``remembered_pair``) when ``source`` is one of
        them; [] otherwise."""
        pair = self.memory.pair if self.memory is not None else None
        if pair is None or _unknown(source):
            return []
        for side, other in (pair, pair[::-1]):
            if source.code.startswith(side) or side.startswith(source.code):
                return [ActorRef(other, verb.i, verb.i + 1)]
        return []

    def remembered_pair(self, noun: Token, owner: ActorRef | None = None) -> list[ActorRef]:
        """For "both sides" named in a sentence that names no pair: the article's first pair, unless
        ``owner`` is one of them."""
        pair = self.memory.pair if self.memory is not None else None
        if pair is None or (owner is not None and owner.code[:3] in (pair[0][:3], pair[1][:3])):
            return []
        sides = [ActorRef(code, noun.i, noun.i + 1) for code in pair]
        if pair[0][:3] == pair[1][:3] or pair[0][3:] == pair[1][3:]:
            return sides  # a government and its opposition, two governments
        # Of two countries, a state's body is the state: the two sides of a lead about Indian troops
        # and China's government are India and China.
        return [ActorRef(state, noun.i, noun.i + 1) if (state := _state_of(side)) is not None else side for side in sides]

    def remembered_act(self, clause: Clause) -> list[ActorRef]:
        """For a reaction to "the attack", "the agreement", "the offer" ... that names no one: who
        did the latest such act the article reported (the parties of an agreement); [] if none."""
        noun = clause.obj
        if self.memory is None or noun is None or clause.passive or not has_definite_determiner(noun):
            return []
        lemma = noun.lemma_.lower()
        kind = next(((roots, first) for nouns, roots, first in REACTED_ACTS if lemma in nouns), None)
        act = self.memory.event(*kind) if kind is not None else None
        if act is None:
            return []
        source, target, code = act
        # An agreement is its parties'; an offer, an attack or a demand its maker's.
        parties = [source, target] if lemma in AGREEMENT_NOUNS and target else [source]
        return [ActorRef(code, noun.i, noun.i + 1) for code in parties if code and not code.startswith(UNKNOWN_ACTOR)]

    def holders_of(self, captives: ActorRef) -> list[ActorRef]:
        """Who holds the people an actor names: "aid workers held by Houthi rebels"; [] if not said."""
        head = phrase_head(self._doc[captives.end - 1])
        return next((
            refs for acl in head.children if acl.dep_ == "acl" and acl.lemma_.lower() in CAPTIVITY_VERBS
            for agent in acl.children if agent.dep_ == "agent"
            for pobj in agent.children if pobj.dep_ == "pobj" and (refs := self.actors_of(pobj))
        ), [])

    def _is_region_modifier(self, mention: Mention) -> bool:
        return self.actors.actor_code(mention, self.day) in REGIONS and self._doc[mention.end - 1].dep_ in ("compound", "amod", "nmod")

    def _is_agent(self, token: Token) -> bool:
        mention = self.mentions[token.i]
        return mention is not None and mention.kind == AGENT

    def _phrase(self, head: Token) -> list[int]:
        phrase = self._phrases.get(head.i)
        if phrase is None:
            phrase = self._phrases[head.i] = _phrase_tokens(head, self._is_agent)
        return phrase

    def _sector_of(self, code: str) -> str | None:
        """The sector an actor code ends in (IRQMIL: MIL), or None."""
        return code[-3:] if len(code) > 3 and code[-3:] in self._sectors else None

    def _resident(self, people: Token) -> str | None:
        """People of one nation living in another are coded by where they live, as CAMEO codes
        residents: "ethnic Albanians in south Serbia" are SRBCVL. None when no other country is named."""
        country = self._country_placed(people, ("in", "of"))
        return None if country is None else country + CIVILIANS

    def _counted(self, number: Token, people: Token, owner: ActorRef | None) -> ActorRef | None:
        """The people a noun of quantity counts, placed where the parser hung the place on the number:
        "thousands of protesters in Nairobi" are KENCVL."""
        ref = self.actor_of(people, owner)
        if ref is None or not _unknown(ref):
            return ref
        country = self._country_placed(number, AGENT_PREPS)
        return ref if country is None else replace(ref, code=country + ref.code[len(UNKNOWN_ACTOR) :])

    def _country_placed(self, noun: Token, preps: Iterable[str]) -> str | None:
        """The country of the first place a phrase of ``noun`` with one of ``preps`` names, or None."""
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in preps and (place := prep_object(child)) is not None:
                country = _country_of_place(self.actor_of(place))
                if country is not None:
                    return country
        return None

    def _title_sector(self, agent: Mention, person: Mention) -> str | None:
        """The sector a title written just before a person's name gives them: GOV for a title of
        office ("President Assad"), OPP for the opposition's ("opposition leader Odinga"); None for
        no title, or a former one ("Former Yugoslav President Milosevic")."""
        if agent.end != person.start or any(t.lower_ in FORMER for t in _words_before(self._doc, agent.start)):
            return None
        if self._doc[agent.start : agent.end].text.lower() in OFFICE_TITLES:
            return GOVERNMENT
        return OPPOSITION if self.actors.agents[agent.entry].code == OPPOSITION else None

    def _appositive_role(self, person: Mention, code: str) -> str | None:
        """The sector an appositive gives a person of no office known for the day: "Vuk Draskovic, leader
        of Serbia's main opposition party" (OPP), "Frederick Chiluba, chairman of the Zambia Congress of
        Trade Unions" (LAB); None for none, a former role, or a role of another country."""
        name = self._doc[person.end - 1]
        for appos in (c for c in name.children if c.dep_ == "appos" and c.i >= person.end):
            if any(t.lower_ in FORMER_NOW_OUT for t in appos.subtree):
                return None
            role = self.actor_of(appos)
            if role is not None and role.code[3:6] in APPOSITIVE_ROLES and role.code[:3] in (code[:3], UNKNOWN_ACTOR):
                return role.code[3:6]
        return None

    def _named_as_of(self, actors: list[Mention], body: Mention, code: str) -> str | None:
        """Another country named right before ``body``'s name, modifying it ("Philippine", "Mexico's"), or None."""
        for m in actors:
            last = self._doc[m.end - 1]
            adjacent = m.end == body.start or (m.end + 1 == body.start and self._doc[m.end].tag_ == "POS")
            if adjacent and last.dep_ in ("amod", "compound", "poss") and body.start <= last.head.i < body.end:
                country = self.actors.actor_code(m, self.day)
                if len(country) == 3 and country not in REGIONS | PEOPLES and country != code[:3] and not country.startswith(UNKNOWN_ACTOR):
                    return country
        return None

    def _envoy_state(self, actors: list[Mention], body: Mention, head: Token) -> Mention | None:
        """The state named before an organisation ``body`` whose envoy to it the phrase names ("Russia's U.N.
        envoy", "the French U.N. ambassador"), or None."""
        # the title may be in the organisation's own phrase ("U.N. envoy" is listed as the U.N.'s)
        titles = {self._doc[i].lemma_.lower() for i in self._phrase(head) if i > body.start}
        if not titles & MISSION_ENVOYS:
            return None
        for m in sorted(actors, key=lambda m: -m.start):
            country = self.actors.actor_code(m, self.day)
            if m.end > body.start or len(country) != 3 or country in NOT_COUNTRIES or country.startswith(UNKNOWN_ACTOR):
                continue
            if titles & STATE_ONLY_ENVOYS or self._doc[m.end - 1].dep_ == "poss":
                return m
        return None

    def _first_conjunct_owner(self, head: Token) -> ActorRef | None:
        """The state "its"/"their" in a conjunct refers to when the first conjunct names one: "Eritrea's
        military and its ruling party" are Eritrea's, not the sentence's subject's. (A named group's
        "its leader" gets no code from it, as below.)"""
        first = head
        while first.dep_ == "conj":
            first = first.head
        if first is head:
            return None
        owner = self.actor_of(first)
        if owner is None or _unknown(owner) or len(owner.code[:-3] if self._sector_of(owner.code) else owner.code) != len(UNKNOWN_ACTOR):
            return None
        return owner

    def actor_of(self, head: Token, owner: ActorRef | None = None) -> ActorRef | None:
        """The actor one noun phrase names, or None; a phrase of no known country saying "its" or
        "their" is ``owner``'s ("Israel withdrew its troops", "urged its citizens")."""
        if head.lemma_.lower() in SETTING_NOUNS or head.lower_ in SETTING_NOUNS:
            # "met on the sidelines of the U.N. General Assembly": where and when, not with whom.
            return None
        if head.lemma_.lower() in DEALINGS_NOUNS and any(
                self.mentions[c.i] is not None for c in head.children if c.dep_ in ("compound", "poss", "nmod", "amod") and c.i < head.i):
            # "U.S. trade with Nicaragua": the side the "with" phrase names, not the first side before the noun
            # (a noun with no side before it, "ties with Gondor and Arnor", is read as any phrase is)
            partner = next((p for p in head.children if p.dep_ == "prep" and p.lower_ == "with"), None)
            if partner is not None and (other := prep_object(partner)) is not None and (ref := self.actor_of(other, owner)) is not None:
                return ref
        counted = _counted_noun(head)
        if counted is not head and self._is_agent(counted):
            return self._counted(head, counted, owner)
        found: list[Mention] = []
        for i in self._phrase(head):
            mention = self.mentions[i]
            if mention is not None and mention not in found:
                found.append(mention)
        # "the Istanbul Convention", "the Beijing Olympics": a place in a name of a treaty or an event names no actor.
        actors = [m for m in found if m.kind == ACTOR and not _names_a_document(self._doc[m.end - 1], self._is_city(m)) and not _names_an_era(self._doc, m.end)
                  and not _names_a_water(self._doc[m.end - 1])]
        # "Africa's longest-running civil war", "Asia's largest refinery": a region a thing is ranked in is no party.
        actors = [m for m in actors if not (_ranks_in(self._doc[m.end - 1]) and self.actors.actor_code(m, self.day) in REGIONS)]
        # "the U.N. safe area of Srebrenica", "a U.N. protected zone": an organisation that guards a place is not it.
        actors = [m for m in actors if not (self.actors.actor_code(m, self.day)[:3] == IGO and (t := self._doc[m.end - 1]).i != head.i
                                             and t.dep_ in ("compound", "amod", "nmod") and phrase_head(t).lemma_.lower() in GUARDED_PLACES)]
        # "the former Soviet republic of Georgia", "a former Yugoslav republic", "the former British colony of Hong
        # Kong": the state a member or colony once belonged to is not it (the "of" phrase may name it).
        actors = [m for m in actors if not ((t := self._doc[m.end - 1]).i != head.i and t.dep_ in ("compound", "amod", "nmod")
                                            and m.start > 0 and self._doc[m.start - 1].lower_ in FORMER_NOW_OUT
                                            and phrase_head(t).lemma_.lower() in FORMER_MEMBERS)]
        if actors and head.lemma_.lower() in PLACED_COUNTRY_NOUNS and all(self.actors.actor_code(m, self.day) in REGIONS for m in actors):
            # "a visit to the southern African country": a country placed by its region is the one named before
            # it, not the region.
            meant = self._country_meant(head, placed=True)
            if meant is not None:
                return meant
        # "military action": an agent word used as an adjective names no one; a word for armed people
        # does ("rebel demands" are the rebels'), and so does one heading its phrase, a noun the parser
        # tagged as an adjective ("Zimbabwe's military placed Mugabe under house arrest").
        agents = [m for m in found if m.kind == AGENT and (self._doc[m.end - 1].pos_ != "ADJ" or self._doc[m.end - 1].lower_ in ARMED_PEOPLE_WORDS
                                                             or m.end - 1 == head.i)]
        if len(actors) > 1:
            # "the U.S. Middle East peace plan": a region saying what a thing is about gives way to
            # whoever else the phrase names.
            actors = [m for m in actors if not self._is_region_modifier(m)] or actors
        elif actors and not agents and self._is_region_modifier(actors[0]):
            # "the Middle East peace plan unveiled by Donald Trump": so it does to whoever made the thing.
            maker = next((ref for doer in _doers(head) if (ref := self.actor_of(doer, owner)) is not None), None)
            if maker is not None:
                return maker
        if head.lemma_.lower() in MEMBER_NOUNS and not any(m.start <= head.i < m.end and m.end - m.start > 1 for m in agents):
            # "leaders of the Iraqi army", "a spokesman for the rebels", "Pentagon officials": people
            # of a body are of its sector; the word gives one only when nothing else in the phrase does.
            others = [m for m in agents if not m.start <= head.i < m.end]
            if others or any(self._sector_of(self.actors.actor_code(m, self.day)) for m in actors):
                agents = others
        if not actors and not agents:
            return self._body_leader(head, owner) or self._named_before(head) or self._country_meant(head)
        # No actor in the phrase: the sector alone, with PETRARCH's "---" for the unknown country.
        code = UNKNOWN_ACTOR
        used: list[Mention] = []
        sector, prefix = None, False
        if actors:
            people = _counted_noun(head)
            actor = _nearest(actors, people, by_steps=self._is_agent(head))
            if self._is_city(actor) and (post := self._doc[actor.end - 1]).dep_ == "compound" and (
                    title := self.mentions[post.head.i]) is not None and title.kind == AGENT:
                # "the BBC's Tehran correspondent Jon Leyne", "Reuters' Moscow correspondent": a capital before
                # the title says where the post is; whoever owns the title is the possessor.
                actor = next((m for m in actors if (t := self._doc[m.end - 1]).dep_ == "poss" and t.head.i == post.head.i), actor)
            holders = [m for m in actors if _holds(self._doc[m.end - 1], head)]
            if holders and (head.lemma_.lower() in PLACES_NOT_SEATS or len(self.actors.actor_code(actor, self.day)) == 3):
                # "Houthi-controlled Hodeidah", "the Taliban-held district of Musa Qala": a place is its holders'.
                actor = holders[-1]
            ethnic = self._ethnic(actor, head) and self._people(actor, agents, head)
            if ethnic and len(actors) > 1:
                # "ethnic Albanian rebels in Macedonia": the country the phrase places them in.
                placed = [m for m in actors if m is not actor and len(self.actors.actor_code(m, self.day)) == 3]
                if placed:
                    actor, ethnic = _nearest(placed, head), False
            code = self.actors.actor_code(actor, self.day)
            if code[:3] == IGO and len(actors) > 1 and (state := self._envoy_state(actors, actor, head)) is not None:
                # "Russia's U.N. Ambassador Vitaly Churkin": a state's envoy to an organisation speaks for the state.
                actor, code = state, self.actors.actor_code(state, self.day)
                if not agents:
                    # the title was the organisation's own phrase ("U.N. envoy"): the state's government
                    code, sector = code + GOVERNMENT, GOVERNMENT
            if code in REGIONS and (country_noun := self._doc[actor.end - 1].head).i != head.i and country_noun.dep_ == "poss" \
                    and (meant := self._country_meant(country_noun, placed=True, nearest=True)) is not None:
                # "the West African country's government": the country named last before it ("broke off
                # relations with Liberia after the West African country's government ..."), with the sector of
                # the body it owns.
                code = meant.code
            if code.endswith(ELITE) and len(actors) > 1 and not any(self._doc[i].lower_ in FORMER_NOW_OUT for i in self._phrase(head) if i < actor.start):
                # "African Union Commission chairman Alpha Oumar Konare", "U.N. envoy X": a person with no
                # role known for the day, titled by an organisation named before him, acts for it.
                body = next((m for m in reversed(actors) if m.end <= actor.start and self.actors.actor_code(m, self.day)[:3] == IGO), None)
                if body is not None:
                    actor, code = body, self.actors.actor_code(body, self.day)
            if len(actors) > 1 and actor.start <= people.i < actor.end and (code.endswith(CIVILIANS) or code in PEOPLES):
                # "Kosovo Albanians", "thousands of Iraqi Kurds": a people named with a country are its
                # people, as "Bosnian Serbs" are BIHCVL.
                country = next((c for m in reversed(actors) if m.end <= actor.start and self._doc[m.end - 1].head.i == people.i
                                and len(c := self.actors.actor_code(m, self.day)) == 3 and c not in REGIONS | PEOPLES), None)
                if country is not None:
                    code = country + CIVILIANS
            elif len(code) == 3 and code not in NOT_COUNTRIES and _counts_a_demonym(head, actor):
                # "thousands of Taiwanese", "hundreds of Chinese": a demonym spelt alike in the singular and
                # the plural, counted by a crowd's number, is the country's people, as the plural demonyms
                # the dictionaries list are ("Iraqis" is IRQCVL).
                code += CIVILIANS
            if (len(code) == 6 or (len(code) == 9 and code[3:6] in MOVEMENT_SECTORS)) and actor.end - actor.start > 1 and (
                    country := self._named_as_of(actors, actor, code)) is not None:
                # "the Philippine Justice Department", "Mexico's Treasury Department": a body whose name the
                # dictionaries give one country is the country named as its own; so is a movement's branch
                # ("Jordan's Muslim Brotherhood", "Syria's Muslim Brotherhood").
                code = country + code[3:]
            used.append(actor)
            if code.endswith(ELITE):
                title = next(filter(None, (self._title_sector(agent, actor) for agent in agents)), None) or self._appositive_role(actor, code)
                if title is not None:
                    code = code[: -len(ELITE)] + title
            if code.endswith(CIVILIANS) and actor.start <= head.i < actor.end:
                code = self._resident(head) or code
        if agents:
            # One sector per actor, as CAMEO codes it: the head noun's own ("government forces" -> MIL).
            # "La Prensa, Nicaragua's only opposition newspaper": a name the dictionaries do not know is what
            # its appositive's head noun says, not the nearest modifier of that noun.
            appos = next((c for c in head.children if c.dep_ == "appos"), None) if self.mentions[head.i] is None else None
            agent = _nearest(agents, appos if appos is not None and self._is_agent(appos) else head)
            entry = self.actors.agents[agent.entry]
            if entry.code in OPPOSABLE:
                # "opposition presidential candidate Alexander Kozulin", "opposition party leader": the
                # opposition's, as "opposition leader" is.
                # Not one hyphened to a participle: the "opposition-controlled parliament" is a parliament.
                opposing = [m for m in agents if m.start < agent.start and self.actors.agents[m.entry].code == OPPOSITION
                            and not (m.end < len(self._doc) and self._doc[m.end].tag_ == "HYPH")]
                if opposing:
                    agent = opposing[-1]
                    entry = self.actors.agents[agent.entry]
            elif entry.code == UNIDENTIFIED_ARMED:
                # "Chechen rebel suicide bombers", "insurgent gunmen": attackers the phrase says are rebels or
                # insurgents are identified, not unidentified armed forces.
                identified = [m for m in agents if m is not agent and self.actors.agents[m.entry].code in ARMED_GROUPS]
                if identified:
                    agent = _nearest(identified, head)
                    entry = self.actors.agents[agent.entry]
            elif entry.code == CIVILIANS and agent.start <= head.i < agent.end:
                # "the rebel-held town of Douma": a place is its holders', not its townspeople.
                holders = [m for m in agents if _holds(self._doc[m.end - 1], head)]
                if holders:
                    agent = holders[-1]
                    entry = self.actors.agents[agent.entry]
            used.append(agent)
            sector, prefix = entry.code, entry.prefix
            # A person's own code stands: "former Prime Minister Putin" as president is RUSGOV.
            had_sector = _has_part(code, entry.code) or (bool(actors) and self._sector_of(code) is not None)
            if not _has_part(code, entry.code):
                has_sector = not entry.prefix and self._sector_of(code) is not None
                if entry.stacks:
                    code = entry.code + code if entry.prefix else code + entry.code
                elif has_sector:
                    # One sector per actor, the head noun's: "French National Assembly president" is
                    # FRAGOV, not FRALEGGOV; "Putin's government" is RUSGOV, not RUSELIGOV; an agent
                    # that only modifies ("Pentagon press office") leaves the actor's own sector.
                    if agent.start <= head.i < agent.end:
                        code = code[:-3] + entry.code
                    elif self._is_city(actor) and head.lemma_.lower() in PLACES_NOT_SEATS:
                        # "rebel-held suburbs of Damascus", "a Baghdad police station": the place of a capital
                        # is the country's, and whoever the phrase says holds or uses it is the actor.
                        code = code[:3] + entry.code
                    elif self._is_city(actor) and self._titles_unknown_name(agent, head):
                        # "Kinshasa police chief Celestin Kanyama": a capital before the title of a person the
                        # dictionaries do not know places the title's holder, as "the Kinshasa police chief" is.
                        code = code[:3] + entry.code
                elif code[:3] in ("IGO", "NGO") and entry.code == GOVERNMENT:
                    pass  # "Red Cross officials", "OSCE spokesman": the organisation's own people
                elif len(code) <= 6:
                    # A named organisation's own code (IMGMOSALQ) is not extended: "al-Qaeda's terror
                    # network" is al-Qaeda.
                    code = entry.code + code if entry.prefix else code + entry.code
            if entry.code in OFFICES and not had_sector and code.endswith(entry.code) and head.lemma_.lower() not in PLACE_NOUNS and any(
                self._doc[i].lower_ in (BODY_NOW_OUT if head.lemma_.lower() in GOVERNING_BODIES else FORMER_NOW_OUT)
                for i in self._phrase(head) if i < agent.start
            ):
                # "the former Iraqi president": out of office, one of the elite, as "former president" is (a
                # "former U.S. embassy" is still the state's building).
                code, sector = code[: -len(entry.code)] + ELITE, ELITE
        if actors and sector == CIVILIANS and code.endswith(CIVILIANS) and head.lemma_.lower() in RESIDENT_GROUPS:
            # "the Albanian minority in Macedonia", "the Serb population of Croatia": where they live.
            code = self._resident(head) or code
        if (
            actors and not agents and len(code) == 6 and code.endswith(GOVERNMENT) and not actor.start <= head.i < actor.end
            and head.lemma_.lower() in PLACES_NOT_SEATS
        ):
            # "a Baghdad market", "a hotel in Kabul": a capital saying where, not its government.
            code = code[:3]
        follower = _counted_noun(head)
        if (
            actors and len(code) > 3 and follower.lemma_.lower() in FOLLOWER_NOUNS and not any(m.start <= follower.i < m.end for m in used)
            and code[:3] not in NON_STATE and not code.startswith(UNKNOWN_ACTOR)
        ):
            # "young supporters of President Laurent Gbagbo", "Aristide loyalists": the leader's country's people.
            kept = next((s for s in FOLLOWED_SECTORS if _has_part(code[3:], s)), CIVILIANS)
            code, sector, prefix = code[:3] + kept, kept, False
        if code == UNKNOWN_ACTOR:
            return None
        kin = None
        if actors and ethnic and code[:3] not in NON_STATE and len(code) in (3, 6) and code[3:] in SOCIETY_SECTORS | PEOPLE_SECTORS:
            # "ethnic Albanians", "ethnic Uzbek protesters": people of where they are, the kin state if
            # nothing says where.
            kin, code = code[:3], UNKNOWN_ACTOR + code[3:]
        if code.startswith(UNKNOWN_ACTOR) and agents and code != UNKNOWN_ACTOR:
            kind = code[len(UNKNOWN_ACTOR):]
            patron = next((ref for adj in head.children if adj.dep_ in ("amod", "acl") for prep in adj.children
                           if (adj.lemma_.lower() in LOYALTY_WORDS and prep.dep_ == "prep" and prep.lower_ in ("to", "with"))
                           or (adj.lemma_.lower() in PATRONS_PARTICIPLES and adj.dep_ == "acl" and prep.dep_ == "agent")
                           if (q := prep_object(prep)) is not None and (ref := self.actor_of(q)) is not None and not _unknown(ref)
                           and (ref.code[:3] not in NON_STATE or ref.code[:3] in (kind, MILITANT_GROUPS))), None)
            if patron is not None and patron.code[:3] == MILITANT_GROUPS:
                # "a suicide bomber linked to Islamic State", "gunmen loyal to al-Qaeda": the network's own men;
                # unarmed people tied to it are not it.
                code = patron.code if kind in ARMED_SECTORS else code
            elif patron is not None and kind in ARMED_SECTORS and patron.code[3:6] in ARMED_GROUPS:
                # "rebels led by Laurent Kabila", "fighters loyal to Riek Machar" in his rebel years: his rebels.
                code = patron.code
            elif patron is not None and patron.code[:3] == kind:
                # "international donors led by the World Bank", "international mediators led by the African Union":
                # organisations named only by their kind are the one that leads them.
                code = patron.code
            elif patron is not None:
                code = patron.code[:3] + kind
        if code.startswith(UNKNOWN_ACTOR) and any(self._doc[i].dep_ == "poss" and self._doc[i].lower_ in POSSESSIVE_PRONOUNS for i in self._phrase(head)):
            owner = self._first_conjunct_owner(head) or owner
            if owner is not None and not _unknown(owner):
                base = owner.code[:-3] if self._sector_of(owner.code) else owner.code
                if len(base) == len(UNKNOWN_ACTOR):
                    # a state's ("Israel withdrew its troops"); a named group's own code takes no sector
                    # ("the group's fighters" of IMGMOSISI are not IMGMOSISIREB)
                    code = base + code[len(UNKNOWN_ACTOR):]
        if len(code) == 3 and code not in REGIONS and code[:3] not in NON_STATE and kin is None:
            # "his Turkish counterpart Ismail Cem": the person in apposition says which body of the country;
            # "his Pakistani counterpart": a counterpart holds the office of whom it is the counterpart of.
            counterpart = head.lemma_.lower() in COUNTERPARTS
            named = next((a for a in head.children if a.dep_ == "appos" and a.pos_ == "PROPN"), None) if counterpart else None
            person = self.actor_of(named) if named is not None else None
            if person is not None and person.code[:3] == code and self._sector_of(person.code) is not None:
                code, sector, prefix = person.code, person.sector, person.prefix
            elif counterpart and owner is not None and (office := self._sector_of(owner.code)) in OFFICES:
                code, sector, prefix = code + office, office, False
        return ActorRef(code, min(m.start for m in used), max(m.end for m in used), sector, prefix, kin)

    def _titles_unknown_name(self, agent: Mention, head: Token) -> bool:
        """True when ``agent`` is a title written just before the name ``head`` ends, a name no dictionary
        knows ("police chief Celestin Kanyama")."""
        name = self._doc[agent.end : head.i + 1]
        return agent.end <= head.i and all(t.pos_ == "PROPN" and self.mentions[t.i] is None for t in name)

    def _is_city(self, mention: Mention) -> bool:
        """True for a capital coded as its government ("Oslo", "Lusaka"), the city most accords are named for."""
        code = self.actors.actor_code(mention, self.day)
        return mention.end - mention.start == 1 and len(code) == 6 and code.endswith(GOVERNMENT) and self._doc[mention.start].pos_ in ("PROPN", "ADJ")

    def _ethnic(self, actor: Mention, head: Token) -> bool:
        """True when "ethnic" qualifies a people named by a country's demonym: "ethnic Albanians",
        "ethnic Albanian rebels"."""
        before = self._doc[actor.start - 1] if actor.start > 0 else None
        return before is not None and before.lower_ == "ethnic" and before.i in self._phrase(head)

    def _people(self, actor: Mention, agents: list[Mention], head: Token) -> bool:
        """True when the phrase names people of a society, not a state's body: "ethnic Albanian rebels"
        and "ethnic Uzbeks" are placed where they live, "ethnic Armenian forces" keep their kin."""
        sector = self.actors.agents[_nearest(agents, head).entry].code if agents else self._sector_of(self.actors.actor_code(actor, self.day))
        return sector in SOCIETY_SECTORS | PEOPLE_SECTORS


def _words_before(doc, start: int, most: int = 5) -> list[Token]:
    """The words of a title's own phrase before ``start``, nearest last: "Former South African" of
    "Former South African President"; at most ``most``, stopping at a verb, punctuation, a preposition or "and"."""
    words: list[Token] = []
    for i in range(start - 1, max(start - most, 0) - 1, -1):
        if doc[i].pos_ in ("VERB", "AUX", "PUNCT", "ADP", "CCONJ", "SCONJ"):
            break
        words.insert(0, doc[i])
    return words


def _ranks_in(token: Token) -> bool:
    """True for a possessive name whose noun a superlative or "first", "only", "last" ranks within it:
    "Africa's longest-running civil war", "Asia's first female leader"."""
    noun = token.head
    return token.dep_ == "poss" and noun.i > token.i and any(t.tag_ in SUPERLATIVE_TAGS or t.lower_ in RANKING_WORDS for t in token.doc[token.i + 1 : noun.i])


def _names_an_era(doc, end: int) -> bool:
    """True when the words after a name make it a time: "Soviet-era", "the Mubarak era"."""
    following = [t.lower_ for t in doc[end : end + 2]]
    return following[:1] == ["era"] or following == ["-", "era"]


def _names_a_document(token: Token, city: bool = False) -> bool:
    """True for a name that modifies the capitalised name of a treaty, a conference or a games; a
    city's name ("the Lusaka peace accord") also when the name is written in lower case."""
    head = token.head
    # a city's name the parser reads as an adjective ("the Lusaka peace accord") modifies all the same
    deps = ("compound", "amod") if city else ("compound",)
    while city and token.dep_ in deps and head.dep_ == "compound" and head.head.i != head.i and head.lemma_.lower() not in NAMED_DOCUMENTS:
        head = head.head  # "the Oslo peace accords": through "peace"
    return token.dep_ in deps and head.i != token.i and (head.text[:1].isupper() or city) and head.lemma_.lower() in NAMED_DOCUMENTS


def _names_a_water(token: Token) -> bool:
    """True for a name in the capitalised name of a sea, ocean, gulf, strait, bay or river ("the South China Sea",
    "the Sea of Japan", "the Jordan River"): waters named for a country are off its shores, not it, as a border is on both sides."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif token.dep_ not in ("compound", "amod"):
        return False
    return head.i != token.i and head.text[:1].isupper() and head.lemma_.lower() in NAMED_WATERS


def _nearest(mentions: list[Mention], head: Token, by_steps: bool = False) -> Mention:
    """The mention covering the head token, else the closest one (ties: the earlier); ``by_steps``
    (for the people of a body), the one fewest dependency steps below the head first ("leaders of
    Egypt's Muslim Brotherhood" are the Brotherhood's, not Egypt's)."""
    doc = head.doc

    def steps(token: Token) -> int:
        count = 0
        while token.i != head.i and token.head.i != token.i:
            token, count = token.head, count + 1
        return count if token.i == head.i else len(doc)

    def rank(m: Mention) -> tuple[int, int, int]:
        first = min(steps(doc[i]) for i in range(m.start, m.end)) if by_steps else int(not m.start <= head.i < m.end)
        return first, min(abs(m.start - head.i), abs(m.end - 1 - head.i)), m.start

    return min(mentions, key=rank)


def _has_part(code: str, sector: str) -> bool:
    """True when ``sector`` is already one of the 3-letter parts of ``code``."""
    return any(code[i : i + len(sector)] == sector for i in range(0, len(code), 3))


def _said_by_its_doer(verb: Token) -> bool:
    """True for an act its doer is reported to say it will do: "Mitsotakis said he would meet Erdogan",
    "Iran said it would hold talks with the EU" (a pronoun subject of a clause a reporting verb says)."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS and any(
        c.dep_ == "nsubj" and c.lower_ in DOER_PRONOUNS for c in verb.children
    )


def _said_foreign(noun: Token) -> bool:
    """True when a modifier of ``noun`` (or of a noun compounded to it) calls it foreign: "foreign (aid) workers"."""
    return any(m.dep_ == "amod" and m.lower_ in FOREIGN_MODIFIERS for n in (noun, *(c for c in noun.children if c.dep_ == "compound")) for m in n.children)


def _phrase_tokens(head: Token, is_agent) -> list[int]:
    """Token indices of the noun phrase headed by ``head``: modifiers, "of" phrases, and
    "in"/"from" phrases of role nouns ("lawmakers in Fornost", not "an attack in Ithilen")."""
    indices = [head.i]
    stack = [head]
    while stack:
        token = stack.pop()
        # "the UN-backed government", with "UN" parsed as the noun's compound, not the participle's: the
        # name hyphenated to the participle is no more the actor than when the parser hangs it there.
        children = list(token.children)
        skipped = {c.i for c in children if c.dep_ == "amod" and (c.lemma_.lower() in NOT_THE_ACTOR or (c.lemma_.lower() == LEAD and token.lemma_.lower() in TALKS_NAMED))}
        if skipped:
            skipped |= {i - 2 for i in skipped if i >= 2 and token.doc[i - 1].text == "-"}
        for child in children:
            if child.i in skipped and child.dep_ in ("compound", "amod", "nmod"):
                # "Iran-backed militias", "al-Qaeda-linked rebels" are not Iran or al-Qaeda, nor "a
                # Switzerland-sized safe haven" Switzerland.
                continue
            if child.dep_ in NOUN_PHRASE_DEPS:
                indices.append(child.i)
                stack.append(child)
            elif child.dep_ == "prep" and (
                child.lower_ == "of"
                or (child.lower_ in AGENT_PREPS and is_agent(token) and not _said_foreign(token))
                # "a spokesman for U.S. Central Command" speaks for it.
                or (child.lower_ == "for" and token.lemma_.lower() in SPEAKERS)
                or (child.lower_ == "at" and token.lemma_.lower() in SERVING_AT)
            ):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        indices.append(pobj.i)
                        stack.append(pobj)
            elif child.dep_ == "acl" and child.lemma_.lower() in EMPLOYED and is_agent(token):
                # "journalists working for Al Jazeera", "aid workers employed by the UN" are its people.
                preps = SERVING_PREPS if child.lemma_.lower() == "serve" else EMPLOYER_PREPS
                for pobj in (o for p in child.children if p.dep_ in ("prep", "agent") and p.lower_ in preps for o in p.children if o.dep_ == "pobj"):
                    indices.append(pobj.i)
                    stack.append(pobj)
    return indices


def _make_event(
    sent: Span, index: int, source: ActorRef | None, target: ActorRef | None, verb: Token, found: VerbMatch, code: str, root_prefix: str
) -> Event:
    doc = sent.doc

    def chars(ref: ActorRef | None) -> tuple[str | None, int | None, int | None]:
        if ref is None:
            return None, None, None
        span = doc[ref.start : ref.end]
        return span.text, span.start_char, span.end_char

    source_text, source_start, source_end = chars(source)
    target_text, target_start, target_end = chars(target)
    pattern = found.pattern
    return Event(
        sentence_index=index,
        source=_final(source),
        target=_final(target),
        code=code,
        source_text=source_text,
        target_text=target_text,
        verb_text=verb.text,
        source_start=source_start,
        source_end=source_end,
        target_start=target_start,
        target_end=target_end,
        verb_start=verb.idx,
        verb_end=verb.idx + len(verb.text),
        pattern=f"{pattern.origin.removeprefix(root_prefix)}: {pattern.text}",
        sentence=sent.text,
    )
