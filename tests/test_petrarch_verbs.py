"""PETRARCH2 verb dictionaries: blocks, synsets, patterns and codes, from small snippets."""

from __future__ import annotations

import time


from eventcoder.dictionaries.model import PhraseElement
from eventcoder.dictionaries.petrarch_verbs import read_petrarch_verbs

SNIPPET = """\
<!-- a comment block
     over two lines -->
&TIETYPES
+MILITARY
# a comment inside a set does not end it
+ECONOMIC
+&MORE

&MORE
+CULTURAL

--- ABANDON  [345]  ---
ABANDON    # pas
KLM_NOP_+RST [002]
- * &TIETYPES TIES [902]
- * {DIPLOMATIC TIES} (WITH +) [901]
- $ * (AGAINST) [---]

---  ASK   [---]  ---
+ASK_FOR {+ASKED_FOR +ASKING_FOR} [020]
- * + TO RESIGN [0241]

--- LEFT  [032:033]  ---
LEFT
- + * {DEATH THREAT} [:138]
"""


def read(text: str = SNIPPET):
    problems: list[str] = []
    warnings: list[str] = []
    patterns = read_petrarch_verbs(text.replace("\n", "\r\n"), "v.txt", problems, warnings)
    return patterns, problems, warnings


def by_origin(patterns, line: int):
    return [p for p in patterns if p.origin == f"v.txt:{line}"]


def test_petrarch_verbs_block_code_applies_to_verbs_and_patterns_to_every_verb():
    patterns, problems, warnings = read()
    assert not problems and not warnings
    bare = [p for p in patterns if not p.words_after and not p.words_before and p.verb in ("abandon", "rst")]
    assert {(p.verb, p.code) for p in bare} == {("abandon", "345")}
    rst = [p for p in patterns if p.verb == "rst"]
    assert all(p.words_before[0] == PhraseElement((frozenset({"klm"}), frozenset({"nop"}))) for p in rst)
    assert {p.code for p in rst} == {"002", "902", "901", None}


def test_petrarch_verbs_nested_synsets_and_phrases():
    patterns, _, _ = read()
    (ties,) = [p for p in by_origin(patterns, 15) if p.verb == "abandon"]
    # Words separated by spaces are separate elements, in order; "_" would make them adjacent.
    assert ties.words_after == (PhraseElement((frozenset({"military", "economic", "cultural"}),)), PhraseElement((frozenset({"ties"}),)))
    (diplomatic,) = [p for p in by_origin(patterns, 16) if p.verb == "abandon"]
    assert diplomatic.words_after == (
        PhraseElement((frozenset({"diplomatic"}), frozenset({"ties"}))),
        PhraseElement(prep="with", role="target"),
    )


def test_petrarch_verbs_null_code_and_source_marker():
    patterns, _, _ = read()
    (null,) = [p for p in by_origin(patterns, 17) if p.verb == "abandon"]
    assert null.code is None and null.reverse_code is None
    assert null.words_before == (PhraseElement(role="source"),)
    assert null.words_after == (PhraseElement(prep="against"),)


def test_petrarch_verbs_multiword_verb_and_paired_codes():
    patterns, _, _ = read()
    ask = [p for p in patterns if p.verb == "ask"]
    assert {(p.code, p.words_after) for p in ask} >= {("020", (PhraseElement((frozenset({"for"}),)),))}
    (left,) = [p for p in patterns if p.verb == "left" and not p.words_after and not p.words_before]
    assert (left.code, left.reverse_code) == ("032", "033")
    (threat,) = [p for p in patterns if p.verb == "left" and p.words_before]
    assert (threat.code, threat.reverse_code) == (None, "138")


def test_petrarch_verbs_malformed_lines_warn_with_file_and_line():
    text = "--- ATTACK [190] ---\nATTACK\n- * BASE [19x!]\n- * BASE BASE [190]\n- NO STAR [190]\n- * &NOPE [190]\n"
    patterns, problems, warnings = read(text)
    assert not problems
    assert [w.split(":")[1] for w in warnings] == ["3", "5", "6"]
    assert {p.origin for p in patterns} == {"v.txt:2", "v.txt:4"}


def test_petrarch_verbs_phoenix_file_loads_quickly(shared):
    path = shared / "dictionaries" / "phoenix" / "CAMEO.2.0.txt"
    started = time.perf_counter()
    patterns, problems, warnings = read(path.read_bytes().decode("utf-8", errors="replace"))
    elapsed = time.perf_counter() - started
    assert not problems
    assert len(warnings) < 10, warnings
    assert len({p.verb for p in patterns}) > 1500
    assert elapsed < 10  # generous: it takes ~0.3 s here; this only catches a pathological slowdown
