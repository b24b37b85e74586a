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


# CAMEO codes promises, demands, refusals and threats in parallel with the acts they are about:
# an intent to provide humanitarian aid (0333) mirrors providing it (073), a demand for the release
# of persons (1053) and a refusal to release them (1243) mirror releasing them (084), a threat of
# blockade (1381) mirrors imposing one (191). Keyed by the act's code prefix; the longest wins.
_COOPERATIVE_FRAMES = {
    # act prefix: (intent 03, demand 10, refusal 12)
    "04": ("036", "106", "125"),
    "045": ("039", "108", "126"),
    "05": ("032", "102", None),
    # recognition announced as never to be granted is a rejection ("will never recognize Kosovo"),
    # where other diplomatic cooperation refused is no event ("would not praise")
    "054": ("032", "102", "120"),
    "06": ("031", "101", "121"),
    "061": ("0311", "1011", "1211"),
    "062": ("0312", "1012", "1212"),
    "063": ("0313", "1013", "1213"),
    "064": ("0314", "1014", None),
    "07": ("033", "103", "122"),
    "071": ("0331", "1031", "1221"),
    "072": ("0332", "1032", "1222"),
    "073": ("0333", "1033", "1223"),
    "074": ("0334", "1034", "1224"),
    # asylum is humanitarian protection when asked, promised, demanded or refused: CAMEO puts asylum
    # requests under 0233 and 1033 and refusals of refuge under 1223
    "075": ("0333", "1033", "1223"),
    "08": ("035", "105", "124"),
    "081": ("0351", "1051", "1241"),
    "082": ("0352", "1052", "1242"),
    "083": ("034", "104", "123"),
    "0831": ("0341", "1041", "1231"),
    "0832": ("0342", "1042", "1232"),
    "0833": ("0343", "1043", "1233"),
    "0834": ("0344", "1044", "1234"),
    "084": ("0353", "1053", "1243"),
    "085": ("0354", "1054", "1244"),
    "086": ("0355", "1055", "1245"),
    "087": ("0356", "1056", "1246"),
}
_THREATS = {
    "14": "133",
    "15": "138",
    "16": "131",
    "161": "1313",
    "162": "1311",
    "163": "1312",
    "164": "134",
    "165": "135",
    "166": "136",
    "17": "137",
    "171": "130",
    "172": "132",
    "1721": "1321",
    "1722": "1322",
    "1723": "1323",
    "1724": "1324",
    "18": "1383",
    "19": "1384",
    "191": "1381",
    "192": "1382",
    "20": "1385",
}
# An intent is asked for, demanded or refused as the act it intends: "urged Hamas to agree to a
# truce" appeals for de-escalation (0256, as 0356 intends 087). Settling a dispute (037) and
# accepting mediation (038) are intents with no act of their own: (demand, refusal).
_INTENDED = {intent: act for act, (intent, _, _) in _COOPERATIVE_FRAMES.items()}
_INTENT_ONLY = {"037": {"10": "107", "12": "127"}, "038": {"10": "108", "12": "126"}}
_FRAMES = {"03": 0, "10": 1, "12": 2}
APPEAL, INTENT, DEMAND, REFUSAL, THREAT = "02", "03", "10", "12", "13"
# Per frame root: act prefix -> framed code (None where CAMEO has none: no refusal to praise).
_BY_FRAME = {frame: {prefix: codes[column] for prefix, codes in _COOPERATIVE_FRAMES.items()} for frame, column in _FRAMES.items()}
_BY_FRAME[THREAT] = _THREATS
FRAME_ROOTS = frozenset({*_BY_FRAME, APPEAL})


def framed_code(frame_root: str, act: str) -> str | None:
    """The code of an appeal (root 02), promise (03), demand (10), refusal (12) or threat (13) of the
    act coded ``act``, by CAMEO's parallel divisions: ``framed_code("13", "191")`` is 1381, a
    threatened blockade; None when CAMEO has no such code ("demand to attack")."""
    if frame_root == APPEAL:
        # Appeals are divided as demands are: 0253 and 1053 ask for a release.
        demand = framed_code(DEMAND, act)
        return APPEAL + demand[2:] if demand is not None else None
    if act[:2] == INTENT and frame_root in (DEMAND, REFUSAL):
        if act[:3] in _INTENT_ONLY:
            return _INTENT_ONLY[act[:3]][frame_root]
        intended = next((_INTENDED[act[:size]] for size in (4, 3) if act[:size] in _INTENDED), None)
        return framed_code(frame_root, intended) if intended is not None else None
    table = _BY_FRAME.get(frame_root, {})
    prefix = next((act[:size] for size in (4, 3, 2) if len(act) >= size and act[:size] in table), None)
    return table[prefix] if prefix is not None else None
