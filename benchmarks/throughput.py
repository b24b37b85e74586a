"""Throughput benchmark (not a test): how much eventcoder adds to spaCy's parse, and how it scales.

Builds a corpus of at least 200k words from data/ and ../shared/corpus/ (repeated as distinct
articles), then measures in one run:
  (a) raw nlp.pipe in one process, with exactly the components the coder uses, per backend;
  (b) `eventcoder code` with 1 worker;  (c) with 2 workers.
Prints words/s, sentences/s, the ratios b/a and c/b, and peak memory per process.

    python benchmarks/throughput.py [--words 200000] [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"


def source_texts() -> list[str]:
    """Article texts from data/ and, when present, ../shared/corpus/."""
    from eventcoder.ingest import Article, iter_articles

    inputs = [ROOT / "data"] + ([SHARED_CORPUS] if SHARED_CORPUS.is_dir() else [])
    return [a.text for a in iter_articles(inputs) if isinstance(a, Article)]


def build_corpus(folder: Path, min_words: int) -> tuple[Path, int]:
    texts = source_texts()
    path = folder / "corpus.jsonl"
    words = 0
    with path.open("w", encoding="utf-8") as handle:
        n = 0
        while words < min_words:
            for text in texts:
                handle.write(json.dumps({"id": f"a{n}", "date": "2015-10-03", "text": text}) + "\n")
                words += len(text.split())
                n += 1
    return path, words


def raw_parse(path: Path, backend: str) -> dict:
    """(a): nlp.pipe alone, in this process's child, so memory is measured apart."""
    code = f"""
import json, time, resource, sys
from eventcoder.nlp import load_pipeline
nlp = load_pipeline(backend={backend!r})
texts = [json.loads(l)["text"] for l in open({str(path)!r})]
list(nlp.pipe(texts[:20]))
start = time.perf_counter()
tokens = sentences = 0
for doc in nlp.pipe(texts, batch_size=64):
    tokens += len(doc); sentences += sum(1 for _ in doc.sents)
print(json.dumps({{"seconds": time.perf_counter() - start, "tokens": tokens, "sentences": sentences,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def coder_run(path: Path, workers: int, out: Path) -> dict:
    """(b)/(c): the real CLI, timed end to end minus its own startup (model load) measured apart."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "eventcoder.cli", "code", str(path), "-o", str(out), "-q", "--workers", str(workers)],
        check=True,
    )
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    import pandas as pd

    articles = pd.read_parquet(out / "articles.parquet")
    events = pd.read_parquet(out / "events.parquet", columns=["event_id"])
    return {
        "seconds": seconds,
        "tokens": int(articles.n_tokens.sum()),
        "sentences": int(articles.n_sentences.sum()),
        "events": len(events),
        "maxrss_mb": max(peak, before) / 1024,
    }


def startup_seconds(workers: int, folder: Path) -> float:
    """Time to start and code one tiny article: model loading, subtracted from (b) and (c)."""
    tiny = folder / "tiny.jsonl"
    tiny.write_text(json.dumps({"id": "t", "text": "Iraq condemned Syria."}) + "\n", encoding="utf-8")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "eventcoder.cli", "code", str(tiny), "-o", str(folder / "tiny-out"), "-q", "--workers", str(workers)], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path, words = build_corpus(folder, args.words)
        print(f"corpus: {words:,} words from data/" + (" and ../shared/corpus/" if SHARED_CORPUS.is_dir() else ""), flush=True)
        rows = {}
        for backend in ("numpy", "blis"):
            rows[f"(a) nlp.pipe, {backend}"] = raw_parse(path, backend)
        for workers in (1, 2):
            result = coder_run(path, workers, folder / f"out{workers}")
            result["seconds"] -= startup_seconds(workers, folder)
            rows[f"({'b' if workers == 1 else 'c'}) eventcoder code, {workers} worker{'s' * (workers > 1)}"] = result
        print(f"{'run':<32}{'seconds':>9}{'words/s':>10}{'sents/s':>9}{'peak MB':>9}")
        for name, row in rows.items():
            print(f"{name:<32}{row['seconds']:>9.1f}{words / row['seconds']:>10,.0f}{row['sentences'] / row['seconds']:>9,.0f}{row['maxrss_mb']:>9.0f}")
        a = words / rows["(a) nlp.pipe, numpy"]["seconds"]
        b = words / rows["(b) eventcoder code, 1 worker"]["seconds"]
        c = words / rows["(c) eventcoder code, 2 workers"]["seconds"]
        blis = words / rows["(a) nlp.pipe, blis"]["seconds"]
        print(f"b/a = {b / a:.2f}   c/b = {c / b:.2f}   numpy/blis backend = {a / blis:.2f}")


if __name__ == "__main__":
    main()
