"""Parquet writing: rows stream into a temporary file that is renamed into place on success."""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

import pyarrow as pa
import pyarrow.parquet as pq


class AtomicParquetWriter:
    """Write rows to ``path`` in row groups; the file appears only when the writer closes cleanly."""

    def __init__(self, path: str | os.PathLike[str], schema: pa.Schema, row_group_size: int = 20_000):
        self.path = Path(path)
        self.schema = schema
        self.row_group_size = row_group_size
        self.rows_written = 0
        self._pending: list[dict] = []
        self._temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        self._writer = pq.ParquetWriter(self._temp, schema, compression="zstd")

    def write_table(self, table: pa.Table) -> None:
        """Write a table (or record batches' table) as it is, after any queued rows."""
        self._flush()
        self._writer.write_table(table)
        self.rows_written += table.num_rows

    def write_rows(self, rows: list[dict]) -> None:
        """Queue rows (dicts keyed by column name); full row groups are written out."""
        self._pending.extend(rows)
        if len(self._pending) >= self.row_group_size:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._writer.write_table(pa.Table.from_pylist(self._pending, schema=self.schema))
            self.rows_written += len(self._pending)
            self._pending = []

    def close(self) -> None:
        """Write what is left and move the file into place."""
        self._flush()
        self._writer.close()
        os.replace(self._temp, self.path)

    def abort(self) -> None:
        """Drop the temporary file; the destination is left as it was."""
        self._writer.close()
        self._temp.unlink(missing_ok=True)

    def __enter__(self) -> AtomicParquetWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()


def write_rows_atomic(path: str | os.PathLike[str], rows: list[dict], schema: pa.Schema) -> None:
    """Write rows to ``path`` in one go: a temporary file renamed into place."""
    with AtomicParquetWriter(path, schema) as writer:
        writer.write_rows(rows)


def concatenate(parts: list[Path], path: str | os.PathLike[str], schema: pa.Schema) -> None:
    """Stream the row groups of ``parts``, in order, into one file at ``path`` (atomically)."""
    with AtomicParquetWriter(path, schema) as writer:
        for part in parts:
            source = pq.ParquetFile(part)
            for group in range(source.num_row_groups):
                writer.write_table(source.read_row_group(group).cast(schema))
