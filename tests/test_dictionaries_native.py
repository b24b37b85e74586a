"""The native dictionary format: what each kind of line means, and how problems are reported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventcoder.dictionaries import load_dictionaries, parse_native
from eventcoder.errors import DictionaryError


def test_native_actors_simple_entries_and_comments():
    loaded = parse_native("# countries\nIRQ: Iraq | Iraqi | Iraqis  # demonyms too\nIGOUNO: United Nations | U.N.\n", ".actors")
    assert [(a.phrases, a.codes[0].code) for a in loaded.actors] == [
        (("Iraq", "Iraqi", "Iraqis"), "IRQ"),
        (("United Nations", "U.N."), "IGOUNO"),
    ]


def test_native_actors_dated_block_picks_code_by_date():
    text = "Barack Obama | Obama\n    USAGOV 2009-01-20..2017-01-20\n    USAELI\n"
    (obama,) = parse_native(text, ".actors").actors
    assert obama.code_on(dt.date(2009, 1, 19)) == "USAELI"
    assert obama.code_on(dt.date(2009, 1, 20)) == "USAGOV"  # FROM is inclusive
    assert obama.code_on(dt.date(2017, 1, 20)) == "USAELI"  # TO is exclusive
    assert obama.code_on(None) == "USAELI"  # unknown date: the fallback


def test_native_actors_open_ranges_and_first_line_without_fallback():
    text = "Someone\n  XGOV ..2001-01-01\n  XELI 2001-01-01..\n"
    (person,) = parse_native(text, ".actors").actors
    assert person.code_on(dt.date(2000, 6, 1)) == "XGOV"
    assert person.code_on(dt.date(2020, 6, 1)) == "XELI"
    assert person.code_on(None) == "XGOV"


def test_native_agents_and_discards():
    agents = parse_native("MIL: military | troops\n", ".agents").agents
    assert agents[0].code == "MIL" and agents[0].phrases == ("military", "troops")
    discards = parse_native("sentence: World Cup | box office\narticle: horoscope\n", ".discards")
    assert discards.sentence_discards == ["World Cup", "box office"]
    assert discards.article_discards == ["horoscope"]


def test_native_verbs_constraints_and_nested_synsets_defined_later():
    text = "hold obj=&TALKS prep=with => 043\n&TALKS = talk | &MEETING\n&MEETING = meeting | summit\nstep up => 190\n"
    loaded = parse_native(text, ".verbs")
    hold, step = loaded.verbs
    assert hold.verb == "hold" and hold.code == "043" and hold.prep == "with"
    assert hold.obj == frozenset({"talk", "meeting", "summit"})
    assert step.particles == ("up",) and step.specificity == 1
    assert hold.specificity == 2


def test_native_verbs_paired_and_mutual_codes():
    leave, reverse_only, talks, attack, ratify = parse_native(
        "leave prep=for => 042:043\nhost => :043\nhold obj=talk => 046\nattack => 190\nratify => 057:---\n", ".verbs"
    ).verbs
    assert (leave.code, leave.reverse_code) == ("042", "043")
    assert (reverse_only.code, reverse_only.reverse_code) == (None, "043")
    assert (talks.code, talks.reverse_code) == ("046", "046")  # negotiations are mutual by nature
    assert (attack.code, attack.reverse_code) == ("190", None)
    assert (ratify.code, ratify.reverse_code) == ("057", None)  # one direction of a mutual code


def test_native_verbs_one_line_may_hold_several_verbs():
    text = "order | authorize|approve obj=inquiry prep=into:abuse => 092\nset up obj=inquiry => 090\n"
    order, authorize, approve, set_up = parse_native(text, ".verbs").verbs
    assert [p.verb for p in (order, authorize, approve)] == ["order", "authorize", "approve"]
    assert {(p.code, p.obj, p.prep, p.prep_obj, p.origin) for p in (order, authorize, approve)} == {("092", frozenset({"inquiry"}), "into", frozenset({"abuse"}), "<string>:1")}
    assert (set_up.verb, set_up.particles) == ("set", ("up",))
    # each is shown as if written alone (events report the pattern that fired)
    assert [p.text for p in (order, authorize, approve)] == [f"{v} obj=inquiry prep=into:abuse => 092" for v in ("order", "authorize", "approve")]
    with pytest.raises(DictionaryError, match="bad verb word 'or&der'"):
        parse_native("or&der|approve obj=inquiry => 090\n", ".verbs")


def test_native_verbs_bad_paired_code_is_a_problem():
    with pytest.raises(DictionaryError, match="bad event code '042:'"):
        parse_native("leave => 042:\n", ".verbs")


def test_native_verbs_prep_noun_and_null_code():
    (pattern,) = parse_native("fire prep=from:position|base => ---\n", ".verbs").verbs
    assert pattern.code is None and pattern.prep == "from" and pattern.prep_obj == frozenset({"position", "base"})


def test_native_verbs_a_pattern_an_earlier_one_always_beats_is_reported_unreachable():
    text = (
        "agree prep=to:&DEESC => 0356\n"
        "agree prep=to:&CEASEFIRE => 0871\n"  # every word also in &DEESC: the 0356 line always wins
        "agree prep=to:&CEASEFIRE|armistice => 0871\n"  # one word more: reachable
        "agree prep=to:ceasefire => 0356\n"  # the same code: harmless
        "agree prep=on:ceasefire => 0871\n"  # another preposition
        "&DEESC = ceasefire | truce | withdrawal\n&CEASEFIRE = ceasefire | truce\n"
    )
    (problem,) = parse_native(text, ".verbs").unreachable_patterns()
    assert problem.startswith("<string>:2: 'agree prep=to:&CEASEFIRE => 0871' is never used: <string>:1 ")


def test_native_problems_are_all_reported_with_file_and_line(tmp_path: Path):
    (tmp_path / "a.actors").write_text("IRQ: Iraq\nbad line: x\n  XGOV 2009-13-01..\n", encoding="utf-8")
    (tmp_path / "b.verbs").write_text("attack => 19x\nmeet prep=with => 036\nmeet colour=red => 036\nhold obj=&NOPE => 043\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as caught:
        load_dictionaries(tmp_path)
    problems = caught.value.problems
    assert any(p.startswith(f"{tmp_path / 'a.actors'}:2:") for p in problems)
    assert any(p.startswith(f"{tmp_path / 'a.actors'}:3:") for p in problems)
    assert any(p.startswith(f"{tmp_path / 'b.verbs'}:1:") and "19x" in p for p in problems)
    assert any(p.startswith(f"{tmp_path / 'b.verbs'}:3:") and "colour" in p for p in problems)
    assert any(p.startswith(f"{tmp_path / 'b.verbs'}:4:") and "&NOPE" in p for p in problems)
    assert len(problems) == 5


def test_native_synset_cycle_is_a_problem_not_a_hang():
    with pytest.raises(DictionaryError, match="refers to itself"):
        parse_native("&A = x | &B\n&B = &A\nhold obj=&A => 043\n", ".verbs")


def test_native_synset_member_holding_an_equals_sign_is_a_problem():
    # a slip that runs two set lines together still parses as legal phrases, so it is reported
    with pytest.raises(DictionaryError, match="member 'deal = settlement' holds '='"):
        parse_native("&SETTLE = peace | deal = settlement | accord\nsign obj=&SETTLE => 057\n", ".verbs")


def test_native_missing_folder_and_empty_folder(tmp_path: Path):
    with pytest.raises(DictionaryError, match="no such dictionary folder"):
        load_dictionaries(tmp_path / "nope")
    with pytest.raises(DictionaryError, match="no dictionary files"):
        load_dictionaries(tmp_path)


def test_native_hash_can_be_escaped():
    (entry,) = parse_native(r"XYZ: Channel \#4  # a comment" + "\n", ".actors").actors
    assert entry.phrases == ("Channel #4",)
