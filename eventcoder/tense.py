"""When an act happened, as a sentence tells it: background dated before the report, acts not done
(failed, stopped, denied, counterfactual), and acts only announced, intended or scheduled."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from .verbs import MONTHS, VERB_TAGS, WEEKDAYS, is_infinitive, is_time, prep_object

# Auxiliaries of the future: "will meet", "would send", "won't" (wo).
FUTURE_AUXILIARIES = frozenset({"will", "would", "shall", "'ll", "wo"})
# Nouns of intent and the verbs that announce them: "announced plans to withdraw", "expressed readiness to mediate".
INTENT_NOUNS = frozenset({"plan", "intention", "intent", "readiness", "willingness", "commitment", "determination", "eagerness", "desire", "preparedness"})
ANNOUNCING_VERBS = frozenset({"announce", "unveil", "express", "signal", "voice", "reaffirm", "reiterate", "confirm", "outline", "declare", "indicate", "show", "stress", "underline", "state"})
# "would stop firing rockets", "refrained from attacking": what one stops doing is not done.
CESSATION_VERBS = frozenset({"stop", "cease", "halt", "quit", "refrain", "desist", "discontinue"})
# "prevented protesters from marching", "barred officials from attending", "to prevent Cyprus deploying":
# what one keeps another from doing is not done.
PREVENTING_VERBS = frozenset(
    {"stop", "prevent", "block", "bar", "ban", "prohibit", "forbid", "deter", "keep", "restrain", "dissuade", "discourage", "preclude", "hinder", "thwart"}
)
_STOPPERS = CESSATION_VERBS | PREVENTING_VERBS
# "failed to arrest", "were unable to reach", "has yet to sign": the infinitive was not done; nor is one
# judged unlikely ("China was unlikely to support the measure" is a forecast that it will not be).
FAILING_WORDS = frozenset({"fail", "unable", "unlikely"})
# "has yet to sign", "is yet to decide".
YET_VERBS = frozenset({"have", "be"})
# "is willing to send", "plans to impose", "plotted to bomb": words that announce the act of their infinitive.
INTENT_WORDS = frozenset({"willing", "ready", "prepared", "determined", "eager", "keen", "poised", "plan", "intend", "vow", "pledge", "promise", "swear", "threaten", "prepare", "plot", "conspire"})
# Words that put an act on a timetable: "are to resume talks", "is due to visit", "are set to sign",
# "was scheduled to meet", "are expected to hold talks": not done yet.
SCHEDULING_WORDS = frozenset({"be", "due", "set", "schedule", "slate", "expect"})
# People who comment on what others may do and act for no one: "analysts said the opposition could boycott".
ONLOOKERS = frozenset({"analyst", "expert", "observer", "commentator", "economist", "pundit", "scholar", "academic", "strategist", "researcher", "forecaster"})
# Words of worry or expectation whose "that" clause others foresee: "investors worried that the West would
# impose sanctions", "analysts expect the EU will ...", "markets were concerned that ...", "fretted that".
FORESEEING_WORDS = frozenset({"worry", "fear", "expect", "anticipate", "predict", "concern", "afraid", "speculate", "fret"})
# Words of hope or doubt whose clause is the speaker's outlook (012, 013), not the act of its subject: "was
# confident the United States would remove Sudan from the list", "hoped Israel would withdraw". The parser
# lemmatizes "hoped" as "hop", so the inflected forms are listed too.
HOPING_WORDS = frozenset(
    {"hope", "hoped", "hopes", "hoping", "hopeful", "optimistic", "confident", "doubt", "doubted", "doubts", "doubtful", "pessimistic", "skeptical", "sceptical"}
)
# Modals that with a perfect ("would have imposed", "could have averted") say an act was not done.
# ("may have supplied weapons" is not known to be done either: a guess about the past)
COUNTERFACTUAL_MODALS = frozenset({"would", "could", "might", "may"})
PERFECT_AUXILIARY = "have"
# Modals of possibility: a conflictual act under them is threatened, not done.
POSSIBILITY_MODALS = frozenset({"may", "might", "could"})
# Simple present tags (not the base form VB of a subjunctive or an infinitive): "troops patrol", "a force patrols".
PRESENT_TENSE_TAGS = ("VBP", "VBZ")
# "were killed when/as troops opened fire": the clause that tells who did the violence.
LINKED_EVENTS = frozenset({"when", "as", "after"})
# Dependents of a verb that may say when ("on Monday", "a day earlier").
TIME_DEPS = frozenset({"npadvmod", "advmod", "prep", "obl", "nmod:tmod"})
# A past perfect "last month", "earlier this week" is the story's background, not its news.
RECENT_PERIODS = frozenset({"week", "month", "year"})
# "months after Baku retook the territory", "two years after the war ended", "two weeks after security forces
# opened fire": an "after" clause measured in these tells of an act that long before the report, the story's
# background (one of hours or days stays news).
ELAPSED_PERIODS = frozenset({"week", "month", "year", "decade"})
# "killed since Hezbollah captured two soldiers": a "since" clause in the past tense tells the act that began the
# span its verb measures, the story's background (a present "since" is a reason: "since Iran refuses").
SINCE_TAGS = frozenset({"VBD", "VBN"})
# "last September" in a February story is last year's.
LAST_WORDS = frozenset({"last", "previous"})
EARLIER_WORDS = LAST_WORDS | {"earlier"}
# A participle or a clause of these has the time of the verb it hangs on (see dated_before).
DATED_WITH_MAIN_VERB = LINKED_EVENTS | {"while"}
# Participles that take the time of the verb they hang on: "..., killing 13", "..., backed by tanks".
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
# A war named by years that ended before the report dates what was done "during" it: "during the
# 1991-2002 war", "in the 1994 genocide" (years from FIRST_YEAR to LAST_YEAR).
PAST_WARS = frozenset(
    {"war", "conflict", "genocide", "massacre", "uprising", "insurgency", "intifada", "campaign", "crisis", "fighting", "occupation",
     "revolution", "invasion", "offensive"}
)
FIRST_YEAR, LAST_YEAR = 1900, 2100
# Nouns whose "of" phrase names a past act recalled: "marked the 20th anniversary of the massacre in which ...".
RECALLING_NOUNS = frozenset({"anniversary"})
# Dependencies by which a noun is inside a larger noun's phrase ("the massacre at Vukovar", "the war and the siege").
NOUN_PHRASE_DEPS = frozenset({"pobj", "conj", "appos"})
# In a body sentence (not the lead) these prepositions of a time date an act ("seized towns since January").
BODY_TIME_PREPS = frozenset({"in", "on", "during", "since"})
# In a body sentence the date these prepositions' noun carries dates the act ("killed hundreds after the August 30 ballot").
BODY_DATED_NOUN_PREPS = frozenset({"after", "since"})
# In a body sentence "last week", "late last month" are the story's background (a lead may report them as its news).
BODY_RECENT_PERIODS = frozenset({"week", "month"})
# In a body sentence a day this many days or more before the report is background ("on Aug. 25" in a September 5 story).
BODY_BACKGROUND_DAYS = 7
# Acts that judge or recall a past act are today's: "accusing Belgrade of ethnic cleansing during the 1991-95 war".
JUDGED_PAST = frozenset(
    {"accuse", "charge", "blame", "convict", "indict", "condemn", "sentence", "try", "find", "acquit", "prosecute", "investigate", "probe",
     "apologize", "apologise", "deny", "admit", "testify", "arrest", "detain", "extradite", "commemorate", "mark", "remember", "honour",
     "honor", "compensate"}
)
# Objects of a verb that judges the past as those verbs do: "opened an investigation into killings during the 1995 offensive".
JUDGING_NOUNS = frozenset({"investigation", "inquiry", "enquiry", "probe", "inquest", "trial", "case", "lawsuit", "indictment", "proceeding"})
# Month names and their abbreviations ("Sept."), by number.
_MONTHS = {form: n for n, name in enumerate(MONTHS, 1) for form in (name, name[:3])} | {"sept": 9}


def is_announced(verb: Token) -> bool:
    """An act not done but announced: with will/would/shall ("Israel will evacuate"), after a word of
    intent ("is willing to send", "plans to impose"), or serving such an act ("will send troops to
    help")."""
    while True:
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children):
            return True
        head = verb.head
        if announced_intent(verb):
            return True
        if head.i == verb.i or verb.dep_ not in ("xcomp", "advcl", "conj"):
            return False
        if verb.dep_ == "xcomp" and (head.lemma_.lower() in INTENT_WORDS or is_scheduled(verb)):
            return True
        if verb.dep_ == "advcl" and not is_purpose_of(verb, head):
            return False
        verb = head


def willed(verb: Token) -> bool:
    """An act announced by a word of intent ("is ready to meet", "plans to visit", "announced plans to
    hold talks"), not by a future tense or a timetable ("will meet", "is due to meet")."""
    while True:
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children):
            return False
        if announced_intent(verb) or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in INTENT_WORDS):
            return True
        if verb.head.i == verb.i or verb.dep_ not in ("xcomp", "advcl", "conj"):
            return False
        verb = verb.head


def standing_force(verb: Token) -> bool:
    """True for a simple present with no auxiliary whose subject is counted: "About 4,000 French troops
    and 6,000 U.N. peacekeepers patrol a buffer zone" (not "Troops patrolled", "4,000 troops are patrolling")."""
    if verb.tag_ not in PRESENT_TENSE_TAGS or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(c.dep_ == "nummod" and c.like_num for c in subject.children)


def is_scheduled(verb: Token) -> bool:
    """True for an act on a timetable: "are to resume talks", "is due to visit", "was expected to meet"."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in SCHEDULING_WORDS and is_infinitive(verb)


def is_foreseen(verb: Token) -> bool:
    """True for an announced or possible act in the clause of a word of worry or expectation: "investors worried
    that the West would impose sanctions", "feared the EU could withhold funds" is what they foresee, not the
    West's or the EU's threat."""
    return verb.dep_ == "ccomp" and verb.head.i != verb.i and verb.head.lemma_.lower() in FORESEEING_WORDS and (is_announced(verb) or hypothetical(verb))


def is_hoped_for(verb: Token) -> bool:
    """True for an announced act of another in the clause of a word of hope or doubt: "Hamdok was confident
    the United States would remove Sudan from the list" is his outlook, no U.S. intent. A pronoun subject is
    the speaker's own side, whose act stays announced ("Iran said it was confident it would reach a deal")."""
    verb = first_conjunct(verb)
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or not (head.lemma_.lower() in HOPING_WORDS or head.lower_ in HOPING_WORDS):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" for c in verb.children):
        return False
    return is_announced(verb)


def speculated(verb: Token) -> bool:
    """True for an act a modal of possibility or a future puts in prospect in what onlookers say: "Nigeria's
    opposition could boycott the election, analysts said", "analysts say Transnistria would seek closer ties with
    Moscow" are the analysts' view or forecast, neither a threat nor an intent of the opposition's (an actor's own
    "could", or its officials', stays one: "Iran said it could close the strait"); so is what such an act would
    lead someone to do ("a coup could prompt the United States to cut off aid")."""
    verb = modal_sharer(verb)
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return False
    if not (hypothetical(verb) or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children)):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in ONLOOKERS for c in verb.head.children)


def time_before(token: Token, day: dt.date) -> bool:
    """True for a time word that names a period ended before ``day``: "last year", "two years ago",
    "1962", "the 1970s", "March" (two or more months before the report, same year), "July 8" (over
    30 days before), "March 2016"."""
    word = token.lower_.rstrip(".")
    kids = list(token.children)
    # Not "last month", "last week": a lead often reports just that ("food aid was delivered last month").
    if token.lemma_.lower() in ("year", "decade") and any(c.lower_ in ("last", "previous") for c in kids):
        return True
    if (token.lemma_.lower() in ("year", "decade") and any(c.lower_ == "ago" for c in kids)) or (
        word == "ago" and any(c.lemma_.lower() in ("year", "decade") for c in kids)
    ):
        return True  # "two years ago" (parsed either way round), not "two weeks ago"
    if len(word) == 4 and word.isdigit() and 1900 <= int(word) < day.year:
        return True
    if len(word) == 5 and word.endswith("s") and word[:4].isdigit() and int(word[:4]) + 9 < day.year:
        return True
    if word in _MONTHS and token.pos_ == "PROPN":
        month = _MONTHS[word]
        year = next((int(c.lower_) for c in kids if c.like_num and len(c.lower_) == 4 and c.lower_.isdigit()), None)
        if year is not None:
            return year < day.year or (year == day.year and month < day.month)
        date_num = next((int(c.lower_) for c in kids if c.like_num and c.lower_.isdigit() and len(c.lower_) <= 2), None)
        if date_num is not None and 1 <= date_num <= 31 and month <= day.month:
            try:
                return (day - dt.date(day.year, month, date_num)).days > 30
            except ValueError:
                return False
        if month >= day.month and any(c.lower_ in LAST_WORDS for c in kids):
            return True  # "last September" in a February story, "last March" in a March one: a year before
        return month < day.month - 1
    if word == "past" and token.pos_ == "NOUN" and token.dep_ == "pobj" and not any(c.dep_ in ("amod", "compound", "nummod", "prep") for c in kids):
        return True  # "in the past", not "in the past week" / "in the past 24 hours" (there "past" modifies the noun)
    return False


def body_time_before(token: Token, day: dt.date) -> bool:
    """time_before for a body sentence, whose news is the lead's: also "last week", "late last month",
    last month's name ("in May" in a June story) and a day a week or more before the report."""
    if time_before(token, day):
        return True
    kids = list(token.children)
    if token.lemma_.lower() in BODY_RECENT_PERIODS and any(c.lower_ in LAST_WORDS for c in kids):
        return True
    word = token.lower_.rstrip(".")
    if word not in _MONTHS or token.pos_ != "PROPN" or any(c.like_num and len(c.lower_) == 4 for c in kids):
        return False  # (a month with its year is time_before's)
    month = _MONTHS[word]
    date_num = next((int(c.lower_) for c in kids if c.like_num and c.lower_.isdigit() and len(c.lower_) <= 2), None)
    if date_num is None:
        return month < day.month
    try:
        return (day - dt.date(day.year, month, date_num)).days >= BODY_BACKGROUND_DAYS
    except ValueError:
        return False


def after_dated_noun(prep: Token, day: dt.date) -> bool:
    """In a body sentence: "after the August 30 ballot", "since the May 5 election", a phrase whose noun
    carries a date before the report (not "since the first round in March")."""
    o = prep_object(prep) if prep.dep_ == "prep" and prep.lower_ in BODY_DATED_NOUN_PREPS else None
    return o is not None and any(k.dep_ in ("compound", "nmod", "npadvmod") and body_time_before(k, day) for k in o.children)


def past_war(noun: Token, day: dt.date) -> bool:
    """A war or the like named by years that all ended before the report: "the 1991-2002 war", "the 1994 genocide"."""
    years = [int(t.lower_) for t in noun.subtree if t.i < noun.i and len(t.lower_) == 4 and t.lower_.isdigit() and FIRST_YEAR <= int(t.lower_) <= LAST_YEAR]
    return noun.lemma_.lower() in PAST_WARS and bool(years) and max(years) < day.year


def recalled_past(noun: Token, day: dt.date) -> bool:
    """True for a noun inside the phrase of a past war ("the 1991 massacre at Vukovar") or in what an anniversary
    is "of" ("the 20th anniversary of the massacre"), though not the anniversary itself."""
    while True:
        if past_war(noun, day):
            return True
        if noun.dep_ == "pobj" and (prep := noun.head).dep_ == "prep" and prep.head.i != prep.i and prep.head.pos_ in ("NOUN", "PROPN"):
            if prep.lower_ == "of" and prep.head.lemma_.lower() in RECALLING_NOUNS:
                return True
            noun = prep.head
        elif noun.dep_ in NOUN_PHRASE_DEPS and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        else:
            return False


def dated_before(verb: Token, day: dt.date | None, body: bool = False) -> bool:
    """True for a verb (or the first of its conjoined verbs) with a time modifier that dates it before
    the report: "Last year, North Korea conducted a test and fired missiles over Japan", "citizens
    abducted by North Korea in the 1970s". A time that is only in a noun's modifier does not count.
    In a ``body`` sentence (not the lead) also "last week", "since January" and the like (see body_time_before)."""
    if day is None:
        return False
    before = body_time_before if body else time_before
    first = first_conjunct(verb)
    if any(
        c.dep_ in TIME_DEPS and c.lemma_.lower() in RECENT_PERIODS and any(k.lower_ in EARLIER_WORDS for k in c.children) for c in first.children
    ) and (
        any(c.dep_ == "aux" and c.lower_ == "had" for c in first.children)
        or first.dep_ == "relcl" and first.head.i != first.i
    ):
        # "had seized government buildings last month", "Earlier this month, X had freed ...", "Hamas, which
        # captured a soldier last month, demanded ...": the story's background
        return True
    if (
        first.dep_ == "relcl" and first.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in first.children)
        and not any(is_time(t) for c in first.children if c.dep_ in TIME_DEPS for t in c.subtree)
    ):
        # "X, which had pressed both countries to ..., praised ...": what X had done before the report (not
        # "which had expelled the envoy on Monday", "a day earlier").
        return True
    if (
        first.dep_ == "advcl" and first.head.i != first.i and any(c.dep_ == "aux" and c.lower_ == "had" for c in first.children)
        and any(c.dep_ == "mark" and c.lower_ == "after" for c in first.children)
        and not any(c.dep_ in ("nsubjpass", "auxpass") for c in first.head.children)
    ):
        # "rejected talks, after Ethiopian forces had recaptured Badme": a past perfect "after" clause is
        # the news's background (not "were killed after troops had opened fire", which tells who killed).
        return True
    if (
        first.dep_ == "advcl" and first.head.i != first.i and any(c.dep_ == "mark" and c.lower_ == "after" for c in first.children)
        and any(c.dep_ == "npadvmod" and c.lemma_.lower() in ELAPSED_PERIODS for c in first.children)
    ):
        return True  # "..., months after Baku retook the territory": what happened then is background
    if (
        first.dep_ == "advcl" and first.head.i != first.i and first.tag_ in SINCE_TAGS
        and any(c.dep_ == "mark" and c.lower_ == "since" for c in first.children)
    ):
        return True  # "300 people have been killed since Hezbollah guerrillas captured two soldiers": the span's start
    if first.dep_ in ("relcl", "acl") and first.head.i != first.i and recalled_past(first.head, day) and not any(
        is_time(t) for c in first.children if c.dep_ in TIME_DEPS for t in c.subtree
    ):
        # "the 20th anniversary of the massacre in which Bosnian Serb forces killed ...", "apologised for the 1991
        # massacre at Vukovar, where Serb forces killed ...": a clause told of what is recalled is of its time.
        return True
    if first.dep_ == "relcl" and any(c.lower_ == "when" for c in first.children) and time_before(first.head, day):
        return True  # "in 2003, when the military launched ...", "in March, when troops fired on ...": that time
    if first.dep_ == "advcl" and first.head.i != first.i and (
        (first.tag_ in PARTICIPLE_TAGS and not any(c.dep_ == "mark" for c in first.children))
        or any(c.dep_ in ("mark", "advmod") and c.lower_ in DATED_WITH_MAIN_VERB for c in first.children)
    ) and dated_before(first.head, day, body):
        # "In 2008, the army bombed a camp, killing ...", "talks collapsed in 2002 after the rebels
        # hijacked a plane": a participle, or an after/when clause, has the time of the verb it hangs on.
        return True
    for v in {verb.i: verb, first.i: first}.values():
        for c in v.children:
            if c.dep_ in ("npadvmod", "advmod", "obl", "nmod:tmod") and before(c, day) and not on_weekday(v):
                return True
            if body and after_dated_noun(c, day):
                return True  # body: "killed hundreds after the August 30 ballot"
            if c.dep_ == "prep" and c.lower_ in (BODY_TIME_PREPS if body else ("in", "on", "during")) and (o := prep_object(c)) is not None:
                if (before(o, day) or (c.lower_ != "on" and past_war(o, day) and not judges_past(v))) and not on_weekday(v):
                    return True
    head = first
    for v in conjoined_below(head):  # the time on a later verb of the coordination ("killed, raped and mutilated ... during the war")
        if v.i not in (verb.i, head.i) and v.pos_ in VERB_TAGS:
            for c in v.children:
                if body and after_dated_noun(c, day):
                    return True  # body: "killed hundreds and forced 200,000 to flee after the August 30 ballot"
                if c.dep_ == "prep" and c.lower_ in (BODY_TIME_PREPS - {"on"} if body else ("in", "during")) and (o := prep_object(c)) is not None and (before(o, day) or (past_war(o, day) and not judges_past(v))):
                    return True
    return False


def on_weekday(verb: Token) -> bool:
    """True for a verb dated to a day of the report's week ("froze aid on Friday"): a bare "decades ago", or an "in
    the 1940s", the parser hung on it belongs to a phrase after it ("the cases of citizens abducted by its agents
    decades ago", "apologized on Friday for experiments in the 1940s")."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "on" and (o := prep_object(c)) is not None and o.lower_ in WEEKDAYS)
        or (c.dep_ in ("npadvmod", "nmod:tmod") and c.lower_ in WEEKDAYS)
        for c in verb.children
    )


def judges_past(verb: Token) -> bool:
    """True for a verb that judges or recalls a past act, which is today's news whenever the act was:
    "accused Belgrade of ethnic cleansing during the 1991-95 war", "opened an investigation into
    killings during the 1995 offensive"."""
    return verb.lemma_.lower() in JUDGED_PAST or any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in JUDGING_NOUNS for c in verb.children)


def conjoined_below(head: Token) -> list[Token]:
    """The tokens joined to ``head`` by a chain of conj dependencies: those of its subtree whose
    first conjunct it is, found without walking the subtree."""
    found, stack = [], [head]
    while stack:
        for c in stack.pop().children:
            if c.dep_ == "conj":
                found.append(c)
                stack.append(c)
    return found


def not_done(verb: Token) -> bool:
    """An act a lead says was not (yet) done: the infinitive of "fail", of "have/be yet", of "unable" or of
    "unlikely" ("failed to arrest", "has yet to sign", "were unable to reach", "is unlikely to back"); see also
    under_denied_noun."""
    verb = first_conjunct(verb)
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i:
        return False
    lemma = head.lemma_.lower()
    if lemma in FAILING_WORDS:
        return True
    return lemma in YET_VERBS and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)


def hypothetical(verb: Token) -> bool:
    """An act a modal of possibility puts in prospect, not done: "Turkey may suspend relations",
    "said it could use force if its demands were not met" (not "could have averted", see counterfactual)."""
    auxiliaries = [c for c in modal_sharer(verb).children if c.dep_ == "aux"]
    return any(c.lower_ in POSSIBILITY_MODALS for c in auxiliaries) and not any(c.lemma_.lower() == PERFECT_AUXILIARY for c in auxiliaries)


def counterfactual(verb: Token) -> bool:
    """An act a modal perfect says was not done, or only may have been: "a resolution that would have imposed
    sanctions", "could have averted the war", "Iran may have supplied the weapons" (or conjoined to one:
    "would have frozen assets and banned travel"), or one such an act would have brought about: "a resolution
    that would have required Israel to withdraw"."""
    while True:
        verb = first_conjunct(verb)
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(c.lower_ in COUNTERFACTUAL_MODALS for c in auxiliaries) and any(c.lemma_.lower() == PERFECT_AUXILIARY for c in auxiliaries):
            return True
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        verb = verb.head


def under_denied_noun(verb: Token) -> bool:
    """The act a noun denied by "no" would name: "had no plans to attack", "no intention of recognising"."""
    noun = verb.head
    if verb.dep_ == "pcomp" and noun.dep_ == "prep" and noun.head.i != noun.i:
        noun = noun.head
    elif not (verb.dep_ == "acl" and is_infinitive(verb)):
        return False
    return noun.pos_ == "NOUN" and noun.i != verb.i and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


# Participles of aiming whose "at" gerund or infinitive is only the goal: "talks aimed at ending the war",
# "a plan designed to end the fighting": the goal is not done.
AIMING_PARTICIPLES = frozenset({"aim", "design", "intend", "mean"})
# Participles of seeking that, after a comma, say what the act before them was for.
# (by their form: the parser's lemma of "hoping" may be "hop")
SEEKING_PARTICIPLES = frozenset({"seeking", "aiming", "hoping", "trying", "attempting", "striving", "intending"})
# Participles of answering that, after a comma, say what the act before them answered: "expelled Canada's
# ambassador, retaliating for calls to free activists" is the expulsion, no attack of its own.
ANSWERING_PARTICIPLES = frozenset({"retaliating", "responding", "reacting"})
EXPLAINING_PARTICIPLES = SEEKING_PARTICIPLES | ANSWERING_PARTICIPLES


def aimed_goal(verb: Token) -> bool:
    """The goal a participle of aiming names: "talks aimed at ending the war", "a visit intended to
    revive the talks", "an operation aimed at restoring Hadi to power"."""
    verb = first_conjunct(verb)
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "at" and head.head.i != head.i:
        head = head.head
    elif not (verb.dep_ == "xcomp" and is_infinitive(verb)):
        return False
    return head.i != verb.i and head.tag_ == "VBN" and head.dep_ in ("acl", "advcl", "amod") and head.lemma_.lower() in AIMING_PARTICIPLES


def sought_purpose(verb: Token) -> bool:
    """A present participle of seeking or answering after the act it explains: "signed a peace accord, seeking
    to end half a century of war", "aiming to end 30 years of fighting", "retaliating for the arrests": the
    act's purpose or cause, not an act of its own."""
    if verb.dep_ != "advcl" or verb.lower_ not in EXPLAINING_PARTICIPLES or verb.tag_ != "VBG":
        return False
    head = verb.head
    return head.i < verb.i and head.pos_ in ("VERB", "AUX")


def result_sought(verb: Token) -> bool:
    """An act a "so that" or "in order that" clause says another act is meant to bring about: "asked Kenya
    to send peacekeepers so that Ethiopian troops could leave", "in order that aid can reach the city": a
    purpose, neither done nor promised by its subject."""
    verb = first_conjunct(verb)
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if verb.dep_ == "advcl" and "so" in marks:
        # (with a modal only: "so" alone may also tell a result that came about)
        return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    head = verb.head
    return verb.dep_ == "acl" and "that" in marks and head.lower_ == "order" and head.dep_ == "pobj" and head.head.lower_ == "in"


# Verbs of a drill whose infinitive or gerund is the scenario rehearsed, not an act: "practising how to repel an
# incursion", "rehearsed retaking an island".
REHEARSING_VERBS = frozenset({"practise", "practice", "rehearse", "simulate"})


def rehearsed(verb: Token) -> bool:
    """An act a drill rehearses: "troops practised how to repel an incursion", "rehearsed retaking an island":
    the scenario of an exercise, not done to anyone."""
    verb = first_conjunct(verb)
    head = verb.head
    return verb.dep_ in ("xcomp", "ccomp", "dobj") and verb.pos_ == "VERB" and head.i != verb.i and head.lemma_.lower() in REHEARSING_VERBS


def lapsed_schedule(verb: Token) -> bool:
    """An act a past perfect timetable says was due and is told as not done: "had been due to visit
    Myanmar on Monday, but the trip was called off", "had been scheduled to sign the accord"."""
    verb = first_conjunct(verb)
    if not is_scheduled(verb):
        return False
    holders = [verb.head] + ([verb.head.head] if verb.head.dep_ == "acomp" else [])  # "had been due": "due" is acomp of "been"
    words = holders + [c for h in holders for c in h.children]
    return any(t.dep_ == "aux" and t.lower_ == "had" for t in words) and any(t.lower_ == "been" for t in words)


def is_stopped(verb: Token) -> bool:
    """True for what a verb of stopping says is stopped: the complement of "stop", "cease" or "halt",
    the gerund of "refrained from", or what one keeps another from doing ("prevented protesters from
    marching", "to prevent Cyprus deploying")."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "from":
        head = head.head
        stoppers = _STOPPERS
    elif verb.dep_ in ("xcomp", "ccomp"):
        stoppers = _STOPPERS if verb.dep_ == "ccomp" and verb.tag_ == "VBG" else CESSATION_VERBS
    else:
        return False
    return head.i != verb.i and head.pos_ == "VERB" and head.lemma_.lower() in stoppers


def announced_intent(verb: Token) -> bool:
    """An infinitive of a noun of intent that a verb announces: "announced plans to withdraw"."""
    noun = verb.head
    return (
        verb.dep_ == "acl" and is_infinitive(verb) and noun.lemma_.lower() in INTENT_NOUNS and noun.dep_ in ("dobj", "obj")
        and noun.head.lemma_.lower() in ANNOUNCING_VERBS
    )


def asks_whether(verb: Token) -> bool:
    """True for a clause that is an open question: "whether to impose sanctions", "whether Iran had complied"."""
    return any(m.dep_ == "mark" and m.lower_ == "whether" for m in verb.children)


def is_purpose_of(token: Token, verb: Token) -> bool:
    """An infinitive saying what ``verb`` was done for: an adverbial or noun-modifying "to" clause
    whose nearest governing verb is ``verb``."""
    if token.dep_ not in ("advcl", "acl") or not is_infinitive(token):
        return False
    if asks_whether(token):
        return False  # "will discuss whether to impose sanctions on Russia": an open question, not what for
    governor = token.head
    while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
        governor = governor.head
    return governor.i == verb.i


def modal_sharer(verb: Token) -> Token:
    """The verb whose auxiliaries a bare conjoined verb shares: "could become prime minister and clash
    with Macron" puts the clash under "could" too; "clashed", or "and will clash", has a tense of its own."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.tag_ == "VB" and not any(c.dep_ == "aux" for c in verb.children):
        verb = verb.head
    return verb


def first_conjunct(verb: Token) -> Token:
    """The first of conjoined verbs, whose dependency says what kind of clause they all are."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb
