"""Every pyarrow schema eventcoder writes, versioned in the file metadata. Nothing else."""

from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = "1"
_METADATA = {b"eventcoder.schema_version": SCHEMA_VERSION.encode()}

EVENTS = pa.schema(
    [
        pa.field("event_id", pa.string(), nullable=False),
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("sentence_index", pa.int32(), nullable=False),
        pa.field("date", pa.date32()),
        pa.field("source", pa.string()),
        pa.field("target", pa.string()),
        pa.field("code", pa.string(), nullable=False),
        pa.field("base_code", pa.string()),
        pa.field("root_code", pa.string()),
        pa.field("quad_class", pa.int8()),
        pa.field("goldstein", pa.float32()),
        pa.field("source_text", pa.string()),
        pa.field("target_text", pa.string()),
        pa.field("verb_text", pa.string(), nullable=False),
        pa.field("source_start", pa.int32()),
        pa.field("source_end", pa.int32()),
        pa.field("target_start", pa.int32()),
        pa.field("target_end", pa.int32()),
        pa.field("verb_start", pa.int32(), nullable=False),
        pa.field("verb_end", pa.int32(), nullable=False),
        pa.field("sentence", pa.string(), nullable=False),
        pa.field("pattern", pa.string(), nullable=False),
    ],
    metadata={**_METADATA, b"eventcoder.table": b"events"},
)

ARTICLES = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("path", pa.string(), nullable=False),
        pa.field("line", pa.int32()),
        pa.field("date", pa.date32()),
        pa.field("title", pa.string()),
        pa.field("url", pa.string()),
        pa.field("source", pa.string()),
        pa.field("status", pa.string(), nullable=False),  # ok | discarded | error
        pa.field("error", pa.string()),
        pa.field("n_sentences", pa.int32(), nullable=False),
        pa.field("n_tokens", pa.int32(), nullable=False),
        pa.field("n_events", pa.int32(), nullable=False),
    ],
    metadata={**_METADATA, b"eventcoder.table": b"articles"},
)

STATUS_OK, STATUS_DISCARDED, STATUS_ERROR = "ok", "discarded", "error"
