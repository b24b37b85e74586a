"""The project's own held-out sentence sets (benchmarks/sentences/): well-formed, and scored above a floor."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.cameo import is_cameo_code
from eventcoder.validate import combine, format_files, format_score, load_gold, score

SETS = sorted((Path(__file__).resolve().parents[1] / "benchmarks" / "sentences").glob("*.jsonl"))


def test_benchmark_sets_are_well_formed():
    assert len(SETS) >= 179
    for path in SETS:
        records = load_gold(path)  # raises on malformed lines and repeated ids
        assert len(records) == 60, path.name
        for record in records:
            assert record.date is not None and record.text.strip(), f"{path.name}: {record.id}"
            for source, target, code in record.expected:
                assert is_cameo_code(code) and source and target, f"{path.name}: {record.id}: {source} {target} {code}"


@pytest.mark.slow
def test_benchmark_sets_score_above_their_floor():
    """Regression guard: the pooled score of every set (in-sample once a set has been tuned on; the
    held-out figures are each set's first score, in benchmarks/sentences/README.md): event F1
    0.736 and root F1 0.804 over the 179 sets when last set (a new set, scored before it is tuned on,
    lowers the pool; the floor moved from 0.75 to 0.74 when the sets on American policing and
    Australia and China came in well below the others, and to 0.73 when six sets on countries' own
    politics, Turkey, India, Israel, South Africa, Argentina and Thailand, came in at event F1 0.48 to
    0.65, and Kenya and Iran at home at 0.61 and 0.62). Raise the floors as the coding improves."""
    from eventcoder.pipeline import EventCoder

    coder = EventCoder()
    scores = {}
    for path in SETS:
        records = load_gold(path)
        found = coder.code_texts((r.text, r.date, None) for r in records)
        scores[path.name] = score(records, {r.id: [(e.source, e.target, e.code) for e in events] for r, events in zip(records, found)})
    pooled = combine(scores.values())
    assert pooled.event.f1 >= 0.73 and pooled.root.f1 >= 0.80, format_files(scores) + "\n" + format_score(pooled)
