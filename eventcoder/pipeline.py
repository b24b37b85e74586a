"""The library entry point: articles in, event and article rows out, Parquet tables written."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import logging
import multiprocessing
import os
import shutil
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import cameo
from .actors import ActorMatcher
from .assemble import Event, SentenceCoder
from .dictionaries import Dictionaries, load_dictionaries
from .ingest import Article, BadInput, iter_articles
from .memory import ArticleMemory, link_mentions
from .errors import InputError
from .nlp import DEFAULT_BACKEND, DEFAULT_MODEL, load_pipeline, read_acronyms_as_names
from .schema import ARTICLES, EVENTS, STATUS_DISCARDED, STATUS_ERROR, STATUS_OK
from .verbs import VerbIndex, repair_parse
from .writer import concatenate, write_rows_atomic

log = logging.getLogger(__name__)

# Acts a sentence dropped as sport or markets still reports: no game is told by an abduction, a bombing, an
# assassination (attempt), unconventional violence or mass violence ("bombings ... that killed 74 people
# watching the World Cup final").
DISCARD_SPARED = ("180", "181", "183", "185", "186", "20")
# Nor is one told by two actors of whom one is a state body or an international organisation: "President
# Kim met Prime Minister Koizumi on the sidelines of the World Cup opening". Teams are named by their
# countries (BRA, DEU), never by a sector, and never as an organisation: a governing body (FIFA, the IOC)
# or a rights group acting on a state is news of its own ("FIFA suspended Russia from the World Cup").
STATE_BODIES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
ORGANISATIONS = ("IGO", "NGO")


def spared_by_discard(events: list[Event]) -> list[Event]:
    """The events of a discarded sentence that are kept: those of the attack codes in DISCARD_SPARED,
    and those between two actors of whom one is a state body, an IGO or an NGO."""
    return [e for e in events if e.code.startswith(DISCARD_SPARED) or (e.source and e.target and any(
        code[3:6] in STATE_BODIES or code.startswith(ORGANISATIONS) for code in (e.source, e.target)))]

EVENTS_FILE = "events.parquet"
ARTICLES_FILE = "articles.parquet"


def make_event_id(article_id: str, sentence_index: int, source: str | None, target: str | None, code: str) -> str:
    """A stable id: the same article, sentence and event always get the same one."""
    key = "\x1f".join((article_id, str(sentence_index), source or "", target or "", code))
    return hashlib.blake2b(key.encode(), digest_size=10).hexdigest()


class EventCoder:
    """A loaded pipeline and dictionaries, ready to code texts."""

    def __init__(
        self,
        dictionaries: Dictionaries | str | os.PathLike[str] | None = None,
        model: str = DEFAULT_MODEL,
        *,
        nlp=None,
        require_dyad: bool = True,
        backend: str = DEFAULT_BACKEND,
        memory: bool = True,
    ):
        # Dictionaries first: their errors are the likelier ones and cost less to find.
        self.dictionaries = dictionaries if isinstance(dictionaries, Dictionaries) else load_dictionaries(dictionaries)
        self.nlp = nlp if nlp is not None else load_pipeline(model, backend)
        read_acronyms_as_names(self.nlp, (phrase for entry in self.dictionaries.actors for phrase in entry.phrases))
        self.actors = ActorMatcher(self.nlp.vocab, self.nlp.tokenizer, self.dictionaries)
        self.verbs = VerbIndex(self.dictionaries.verbs)
        self.require_dyad = require_dyad
        # Code each sentence with what the article's earlier sentences named ("he", "the rebels").
        self.memory = memory
        self._sentence_coders = {flag: SentenceCoder(self.actors, self.verbs, require_dyad=flag, dictionary_root=self.dictionaries.root) for flag in (True, False)}

    def code_doc(self, doc, day: dt.date | None, require_dyad: bool | None = None) -> tuple[list[Event], int, bool]:
        """(events, number of sentences, whole article discarded?) for one parsed text."""
        sentence_coder = self._sentence_coders[self.require_dyad if require_dyad is None else require_dyad]
        drop_article, dropped = self.actors.discards(doc)
        sentences = list(doc.sents)
        if drop_article:
            return [], len(sentences), True
        repair_parse(doc)
        mentions = self.actors.find_mentions(doc)
        memory = None
        if self.memory:
            link_mentions(doc, mentions, self.actors)
            memory = ArticleMemory()
        events: list[Event] = []
        for index, sent in enumerate(sentences):
            if sent.start not in dropped:
                events.extend(sentence_coder.code_sentence(sent, index, mentions, day, memory))
            else:
                events.extend(spared_by_discard(sentence_coder.code_sentence(sent, index, mentions, day, None)))
        return events, len(sentences), False

    def code_text(self, text: str, date: dt.date | None = None, require_dyad: bool | None = None) -> list[Event]:
        """The events of one text."""
        events, _, _ = self.code_doc(self.nlp(text), date, require_dyad)
        return events

    def code_texts(
        self, items: Iterable[tuple[str, dt.date | None, bool | None]], batch_size: int = 64
    ) -> Iterator[list[Event]]:
        """Events of many (text, date, require_dyad) items, parsed in batches, in order."""
        stream = ((text, (day, dyad)) for text, day, dyad in items)
        for doc, (day, dyad) in self.nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
            yield self.code_doc(doc, day, dyad)[0]

    def iter_coded(self, records: Iterable[Article | BadInput], batch_size: int = 64) -> Iterator[tuple[dict, list[dict]]]:
        """(article row, event rows) for every record, in input order; bad records get an error row."""
        max_length = self.nlp.max_length

        def texts() -> Iterator[tuple[str, Article | BadInput]]:
            for record in records:
                if isinstance(record, Article) and len(record.text) > max_length:
                    where = f"{record.path}:{record.line}" if record.line else record.path
                    reason = f"{where}: article is {len(record.text):,} characters, over the pipeline's limit of {max_length:,}"
                    record = BadInput(record.id, record.path, record.line, reason)
                yield ("" if isinstance(record, BadInput) else record.text), record

        for doc, record in self.nlp.pipe(texts(), as_tuples=True, batch_size=batch_size):
            if isinstance(record, BadInput):
                yield _error_row(record), []
                continue
            events, n_sentences, discarded = self.code_doc(doc, record.date)
            rows = [event_row(record, event) for event in events]
            status = STATUS_DISCARDED if discarded else STATUS_OK
            yield _article_row(record, status, None, n_sentences, len(doc), len(rows)), rows


def event_row(article: Article, event: Event) -> dict:
    info = cameo.lookup(event.code)
    row = {
        "event_id": make_event_id(article.id, event.sentence_index, event.source, event.target, event.code),
        "article_id": article.id,
        "date": article.date,
        "base_code": info.base_code,
        "root_code": info.root_code,
        "quad_class": info.quad_class,
        "goldstein": info.goldstein,
    }
    row.update({name: getattr(event, name) for name in _EVENT_FIELDS})
    return row


_EVENT_FIELDS = tuple(name for name in Event.__dataclass_fields__)


def _article_row(article: Article, status: str, error: str | None, n_sentences: int, n_tokens: int, n_events: int) -> dict:
    return {
        "article_id": article.id,
        "path": article.path,
        "line": article.line,
        "date": article.date,
        "title": article.title,
        "url": article.url,
        "source": article.source,
        "status": status,
        "error": error,
        "n_sentences": n_sentences,
        "n_tokens": n_tokens,
        "n_events": n_events,
    }


def _error_row(bad: BadInput) -> dict:
    return {
        "article_id": bad.id,
        "path": bad.path,
        "line": bad.line,
        "date": None,
        "title": None,
        "url": None,
        "source": None,
        "status": STATUS_ERROR,
        "error": bad.reason,
        "n_sentences": 0,
        "n_tokens": 0,
        "n_events": 0,
    }


@dataclass
class RunReport:
    """What a run did: counts, failures, and where the tables are."""

    output: Path
    articles: int = 0
    coded: int = 0
    discarded: int = 0
    failed: int = 0
    sentences: int = 0
    tokens: int = 0
    events: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def summary(self) -> str:
        """One line for a person: what was coded, how fast, what failed."""
        rate = self.tokens / self.seconds if self.seconds else 0.0
        return (
            f"{self.articles} articles ({self.coded} coded, {self.discarded} discarded, {self.failed} failed), "
            f"{self.sentences} sentences, {self.events} events in {self.seconds:.1f}s ({rate:,.0f} tokens/s) -> {self.output}"
        )


def default_workers() -> int:
    """One worker per core."""
    return os.cpu_count() or 1


def code_articles(
    inputs: Sequence[str | os.PathLike[str]],
    output: str | os.PathLike[str],
    *,
    coder: EventCoder | None = None,
    dictionaries: str | os.PathLike[str] | None = None,
    model: str = DEFAULT_MODEL,
    date: dt.date | None = None,
    batch_size: int = 64,
    require_dyad: bool = True,
    backend: str = DEFAULT_BACKEND,
    memory: bool = True,
    workers: int = 1,
    resume: bool = False,
    chunk_size: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    progress: bool = False,
) -> RunReport:
    """Code every article under ``inputs`` and write ``events.parquet`` and ``articles.parquet`` to ``output``.

    Articles are coded in chunks of the stable input order; each chunk is committed as its own
    pair of Parquet parts, and the parts are joined into the two tables at the end. A run that is
    killed at any point and started again with ``resume=True`` codes only the chunks not yet
    committed and ends with exactly the tables of an uninterrupted run. With ``workers > 1`` each
    worker process loads the pipeline once; only article text goes in and rows come back.
    """
    started = time.perf_counter()
    missing = [str(path) for path in inputs if not Path(path).exists()]
    if missing:
        raise InputError(f"no such input file or folder: {', '.join(missing)}")
    chunk_size = chunk_size or CHUNK_ARTICLES
    settings = _CoderSettings(None if dictionaries is None else str(dictionaries), model, require_dyad, backend, memory)
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    parts = out / PARTS_DIR
    fingerprint = _fingerprint(inputs, settings, date, chunk_size)
    done = _prepare_parts(parts, out, fingerprint, resume)
    if done is not None:
        chunks = _iter_chunks(iter_articles(inputs, default_date=date), chunk_size)
        pending = ((index, chunk) for index, chunk in chunks if index not in done)
        if engine == "dask":
            from .cluster import iter_dask

            load_dictionaries(settings.dictionaries)
            coded = iter_dask(pending, settings, scheduler=scheduler, workers=workers)
        elif workers > 1 and coder is None:
            # Load once here so dictionary errors surface before any worker starts.
            load_dictionaries(settings.dictionaries)
            coded = _iter_parallel(pending, settings, workers)
        else:
            coder = coder or settings.make()
            coded = ((index, list(coder.iter_coded(chunk, batch_size=batch_size))) for index, chunk in pending)
        bar = None
        if progress:
            from tqdm import tqdm

            bar = tqdm(unit=" articles", desc="coding", leave=False)
        for index, results in coded:
            # Events first, then articles: an articles part marks its chunk as committed.
            write_rows_atomic(parts / f"events-{index:06d}.parquet", [row for _, rows in results for row in rows], EVENTS)
            write_rows_atomic(parts / f"articles-{index:06d}.parquet", [article for article, _ in results], ARTICLES)
            if bar is not None:
                bar.update(len(results))
        if bar is not None:
            bar.close()
        _consolidate(parts, out)
    report = _report(out)
    report.seconds = time.perf_counter() - started
    return report


PARTS_DIR = ".parts"
RUN_FILE = "run.json"


def _fingerprint(inputs: Sequence[str | os.PathLike[str]], settings: _CoderSettings, date: dt.date | None, chunk_size: int) -> dict:
    """Everything that decides a run's output; a run resumes only with the same fingerprint."""
    from . import __version__
    from .schema import SCHEMA_VERSION

    return {
        "inputs": [str(Path(p).resolve()) for p in inputs],
        "dictionaries": settings.dictionaries and str(Path(settings.dictionaries).resolve()),
        "model": settings.model,
        "backend": settings.backend,
        "require_dyad": settings.require_dyad,
        "memory": settings.memory,
        "date": date.isoformat() if date else None,
        "chunk_size": chunk_size,
        "eventcoder": __version__,
        "schema": SCHEMA_VERSION,
    }


def _prepare_parts(parts: Path, out: Path, fingerprint: dict, resume: bool) -> set[int] | None:
    """Chunks already committed (None: the run to resume had already finished)."""
    run_file = parts / RUN_FILE
    if resume and run_file.exists():
        previous = json.loads(run_file.read_text(encoding="utf-8"))
        changed = sorted(key for key in fingerprint if previous.get(key) != fingerprint[key])
        if changed:
            raise InputError(f"{out}: cannot resume, the run was started with other {', '.join(changed)}; start it again without --resume")
        return {int(p.stem.split("-")[1]) for p in parts.glob("articles-*.parquet")}
    if resume and not parts.exists() and (out / EVENTS_FILE).exists() and (out / ARTICLES_FILE).exists():
        return None
    if parts.exists():
        shutil.rmtree(parts)
    parts.mkdir()
    temp = run_file.with_suffix(".tmp")
    temp.write_text(json.dumps(fingerprint, indent=1), encoding="utf-8")
    os.replace(temp, run_file)
    return set()


def _iter_chunks(records: Iterator[Article | BadInput], size: int) -> Iterator[tuple[int, list[Article | BadInput]]]:
    for index in itertools.count():
        chunk = list(itertools.islice(records, size))
        if not chunk:
            return
        yield index, chunk


def _consolidate(parts: Path, out: Path) -> None:
    """Join the parts into the two tables in chunk order, then drop the parts."""
    for name, schema, prefix in ((EVENTS_FILE, EVENTS, "events"), (ARTICLES_FILE, ARTICLES, "articles")):
        concatenate(sorted(parts.glob(f"{prefix}-*.parquet")), out / name, schema)
    shutil.rmtree(parts)


def _report(out: Path) -> RunReport:
    """Counts and failures of a finished run, read back from its articles table."""
    import pyarrow.parquet as pq

    report = RunReport(output=out)
    for row in pq.read_table(out / ARTICLES_FILE, columns=["status", "error", "n_sentences", "n_tokens", "n_events"]).to_pylist():
        _count(report, row)
    return report


@dataclass(frozen=True)
class _CoderSettings:
    """What a worker process needs to build its own EventCoder (picklable)."""

    dictionaries: str | None
    model: str
    require_dyad: bool
    backend: str
    memory: bool = True

    def make(self) -> EventCoder:
        return EventCoder(self.dictionaries, self.model, require_dyad=self.require_dyad, backend=self.backend, memory=self.memory)


_WORKER_CODER: EventCoder | None = None
_WORKER_ERROR: Exception | None = None
CHUNK_ARTICLES = 256


def _init_worker(settings: _CoderSettings) -> None:
    global _WORKER_CODER, _WORKER_ERROR
    try:
        _WORKER_CODER = settings.make()
    except Exception as exc:  # noqa: BLE001 - re-raised from the first task; Pool would respawn forever
        _WORKER_ERROR = exc


def code_chunk_with(settings: _CoderSettings, index: int, chunk: list[Article | BadInput]) -> tuple[int, list[tuple[dict, list[dict]]]]:
    """Code one chunk in this process, loading the coder for ``settings`` once per process."""
    coder = _CODERS.get(settings)
    if coder is None:
        coder = _CODERS[settings] = settings.make()
    return index, list(coder.iter_coded(chunk, batch_size=min(len(chunk), 64) or 1))


_CODERS: dict[_CoderSettings, EventCoder] = {}


def _code_chunk(item: tuple[int, list[Article | BadInput]]) -> tuple[int, list[tuple[dict, list[dict]]]]:
    if _WORKER_ERROR is not None:
        raise _WORKER_ERROR
    assert _WORKER_CODER is not None, "worker not initialised"
    index, chunk = item
    return index, list(_WORKER_CODER.iter_coded(chunk, batch_size=min(len(chunk), 64) or 1))


def _iter_parallel(
    chunks: Iterator[tuple[int, list[Article | BadInput]]], settings: _CoderSettings, workers: int
) -> Iterator[tuple[int, list[tuple[dict, list[dict]]]]]:
    methods = multiprocessing.get_all_start_methods()
    # Not plain fork: a parent that has already run BLAS threads (a notebook, a test run) can leave
    # a forked child deadlocked. forkserver forks from a clean process and starts fast.
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    with context.Pool(workers, initializer=_init_worker, initargs=(settings,)) as pool:
        yield from pool.imap(_code_chunk, chunks)


def _count(report: RunReport, row: dict) -> None:
    report.articles += 1
    status = row["status"]
    if status == STATUS_ERROR:
        report.failed += 1
        report.failures.append(row["error"])
    elif status == STATUS_DISCARDED:
        report.discarded += 1
    else:
        report.coded += 1
    report.sentences += row["n_sentences"]
    report.tokens += row["n_tokens"]
    report.events += row["n_events"]
