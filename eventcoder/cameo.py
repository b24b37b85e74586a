"""The CAMEO code table: names, Goldstein values, base and root codes, GDELT QuadClass."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources

QUAD_CLASS_NAMES = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict"}
_TABLE = "cameo.tsv"


@dataclass(frozen=True)
class CameoCode:
    """What the table knows about one event code; unknown codes get None where nothing is derivable."""

    code: str
    name: str | None
    base_code: str | None
    root_code: str | None
    quad_class: int | None
    goldstein: float | None


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, float]]:
    source = resources.files("eventcoder") / "data" / _TABLE
    rows: dict[str, tuple[str, float]] = {}
    with source.open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        for number, row in enumerate(csv.DictReader(lines, delimiter="\t"), start=2):
            try:
                rows[row["code"]] = (row["name"], float(row["goldstein"]))
            except (KeyError, TypeError, ValueError) as exc:
                raise RuntimeError(f"{source}: bad row {number} in the packaged CAMEO table: {row} ({exc})") from exc
    return rows


def quad_class_of(root_code: str | None) -> int | None:
    """GDELT QuadClass of a root code: 01-05 → 1, 06-09 → 2, 10-14 → 3, 15-20 → 4."""
    if root_code is None or not root_code.isdigit():
        return None
    root = int(root_code)
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 9:
        return 2
    if 10 <= root <= 14:
        return 3
    if 15 <= root <= 20:
        return 4
    return None


@functools.lru_cache(maxsize=4096)
def lookup(code: str) -> CameoCode:
    """Everything known about ``code``; never raises, whatever the code."""
    known = _table().get(code)
    digits = code.isdigit() and 2 <= len(code) <= 4
    root = code[:2] if digits else None
    # GDELT's EventBaseCode is the 3-digit level; a root code is its own base.
    base = (code[:3] if len(code) >= 3 else code) if digits else None
    return CameoCode(
        code=code,
        name=known[0] if known else None,
        base_code=base,
        root_code=root,
        quad_class=quad_class_of(root),
        goldstein=known[1] if known else None,
    )


def is_cameo_code(code: str) -> bool:
    """True when ``code`` is in the CAMEO table."""
    return code in _table()


def cameo_codes():
    """The CAMEO table as a pandas DataFrame, with root and QuadClass names."""
    import pandas as pd

    rows = []
    for code in _table():
        info = lookup(code)
        root_name = _table().get(info.root_code or "", (None,))[0]
        rows.append({**info.__dict__, "root_name": root_name, "quad_name": QUAD_CLASS_NAMES.get(info.quad_class or 0)})
    return pd.DataFrame(rows)
