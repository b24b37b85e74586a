"""Exports of a run in the layouts existing tools read: GDELT 1.0 events and Phoenix."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .aggregation import DEDUPED_ONE_A_DAY, DEDUPED_GDELT, events_view, connect
from .errors import InputError

GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]  # fmt: skip

PHOENIX_COLUMNS = [
    "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity", "SourceActorRole",
    "SourceActorAttribute", "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
    "EventCode", "EventRootCode", "PentaClass", "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName",
    "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources",
]  # fmt: skip

# CAMEO actor type (sector) codes and religion codes, as the third-letter chunks of actor codes.
TYPE_CODES = frozenset(
    "COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED REF MOD RAD IGO IMG INT NGM NGO SET REL".split()
)
RELIGION_CODES = frozenset("ADR ALE ATH BAH BUD CHR CON CPT CTH DOX JAN JEW JUD HIN HSD ITR JNS MOS NRM PAG PRO SFI SHI SHN SIK SUN TAO ZRO".split())
GROUP_PREFIXES = frozenset({"IGO", "NGO", "IMG", "NGM", "MNC"})


@dataclass(frozen=True)
class ActorParts:
    """A CAMEO actor code split the way GDELT's actor columns want it."""

    country: str = ""
    known_group: str = ""
    ethnic: str = ""
    religion1: str = ""
    religion2: str = ""
    type1: str = ""
    type2: str = ""
    type3: str = ""


def split_actor(code: str | None) -> ActorParts:
    """``IRQGOV`` -> country IRQ, type GOV; ``IGOUNO`` -> type IGO, known group UNO; ``IRQCVLkur`` -> ethnic kur."""
    if not code or code.startswith("---") and len(code) == 3:
        return ActorParts()
    match = re.match(r"^([A-Z0-9-]*)([a-z]*)$", code)
    body, ethnic = (match.group(1), match.group(2)) if match else (code, "")
    chunks = [body[i : i + 3] for i in range(0, len(body), 3)]
    country, group, religions, types = "", "", [], []
    for position, chunk in enumerate(chunks):
        if chunk == "---":
            continue
        if position == 0 and chunk not in TYPE_CODES and chunk not in RELIGION_CODES:
            country = chunk
        elif chunk in GROUP_PREFIXES:
            types.append(chunk)
        elif chunk in RELIGION_CODES:
            religions.append(chunk)
        elif chunk in TYPE_CODES:
            types.append(chunk)
        elif not group:
            group = chunk
    religions += ["", ""]
    types += ["", "", ""]
    return ActorParts(country, group, ethnic, religions[0], religions[1], types[0], types[1], types[2])


def _gdelt_rows(con, date_added: dt.date):
    query = f"""
        SELECT d.*, e.source_text, e.target_text, e.article_id, e.sentence_index
        FROM ({DEDUPED_GDELT}) d LEFT JOIN events e USING (event_id)
        ORDER BY d.date, d.source, d.target, d.code"""
    cursor = con.execute(query)
    names = [c[0] for c in cursor.description]
    number = 0
    while batch := cursor.fetchmany(10_000):
        for values in batch:
            row = dict(zip(names, values))
            number += 1
            yield _gdelt_row(number, row, date_added)


def _gdelt_row(number: int, row: dict, date_added: dt.date) -> dict:
    day: dt.date | None = row["date"]
    out = dict.fromkeys(GDELT_COLUMNS, "")
    out.update(
        GLOBALEVENTID=number,
        SQLDATE=day.strftime("%Y%m%d") if day else "",
        MonthYear=day.strftime("%Y%m") if day else "",
        Year=day.year if day else "",
        FractionDate=f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
        IsRootEvent=int(bool(row["is_root_event"])),
        EventCode=row["code"],
        EventBaseCode=row["base_code"] or "",
        EventRootCode=row["root_code"] or "",
        QuadClass=row["quad_class"] if row["quad_class"] is not None else "",
        GoldsteinScale=row["goldstein"] if row["goldstein"] is not None else "",
        NumMentions=row["num_mentions"],
        NumSources=row["num_sources"],
        NumArticles=row["num_articles"],
        DATEADDED=date_added.strftime("%Y%m%d"),
        SOURCEURL=row["source_url"] or "",
    )
    for prefix, code, text in (("Actor1", row["source"], row["source_text"]), ("Actor2", row["target"], row["target_text"])):
        parts = split_actor(code)
        out.update(
            {
                f"{prefix}Code": code or "",
                f"{prefix}Name": (text or "").upper(),
                f"{prefix}CountryCode": parts.country,
                f"{prefix}KnownGroupCode": parts.known_group,
                f"{prefix}EthnicCode": parts.ethnic,
                f"{prefix}Religion1Code": parts.religion1,
                f"{prefix}Religion2Code": parts.religion2,
                f"{prefix}Type1Code": parts.type1,
                f"{prefix}Type2Code": parts.type2,
                f"{prefix}Type3Code": parts.type3,
            }
        )
    return out


def _phoenix_rows(con):
    query = f"""SELECT d.*, a.url, a.publisher FROM ({DEDUPED_ONE_A_DAY}) d LEFT JOIN articles a USING (article_id)
                ORDER BY d.date, d.source, d.target, d.code"""
    cursor = con.execute(query)
    names = [c[0] for c in cursor.description]
    while batch := cursor.fetchmany(10_000):
        for values in batch:
            row = dict(zip(names, values))
            day = row["date"]
            source, target = split_actor(row["source"]), split_actor(row["target"])
            yield {
                "EventID": row["event_id"],
                "Date": day.strftime("%Y%m%d") if day else "",
                "Year": day.year if day else "",
                "Month": day.month if day else "",
                "Day": day.day if day else "",
                "SourceActorFull": row["source"],
                "SourceActorEntity": source.country or source.known_group,
                "SourceActorRole": source.type1,
                "SourceActorAttribute": source.religion1 or source.ethnic,
                "TargetActorFull": row["target"],
                "TargetActorEntity": target.country or target.known_group,
                "TargetActorRole": target.type1,
                "TargetActorAttribute": target.religion1 or target.ethnic,
                "EventCode": row["code"],
                "EventRootCode": row["root_code"] or "",
                # Phoenix's PentaClass: 0 statements (root 01), then GDELT's four classes.
                "PentaClass": 0 if row["root_code"] == "01" else (row["quad_class"] if row["quad_class"] is not None else ""),
                "GoldsteinScore": row["goldstein"] if row["goldstein"] is not None else "",
                "Issues": "",
                "Lat": "",
                "Lon": "",
                "LocationName": "",
                "StateName": "",
                "CountryCode": "",
                "SentenceID": f"{row['article_id']}_{row['sentence_index']}",
                "URLs": row["url"] or "",
                "NewsSources": row["publisher"] or "",
            }


def export(run: str | os.PathLike[str], output: str | os.PathLike[str], fmt: str = "gdelt", *, date_added: dt.date | None = None, memory_limit: str = "1GB") -> int:
    """Write ``run`` as GDELT 1.0 or Phoenix events: TSV without header for ``.tsv``/``.csv``/``.txt``
    (as those tools read it), Parquet with the same column names for ``.parquet``. Returns the rows written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if fmt not in ("gdelt", "phoenix"):
        raise InputError(f"unknown export format {fmt!r}; choose gdelt or phoenix")
    path = Path(output)
    con = connect(memory_limit)
    events_view(con, run)
    rows = _gdelt_rows(con, date_added or dt.date.today()) if fmt == "gdelt" else _phoenix_rows(con)
    columns = GDELT_COLUMNS if fmt == "gdelt" else PHOENIX_COLUMNS
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    count = 0
    if path.suffix == ".parquet":
        schema = pa.schema([(name, pa.string()) for name in columns])
        with pq.ParquetWriter(temp, schema) as writer:
            batch: list[dict] = []
            for row in rows:
                batch.append({k: ("" if v is None else str(v)) for k, v in row.items()})
                if len(batch) >= 10_000:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    count += len(batch)
                    batch = []
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    else:
        with temp.open("w", encoding="utf-8", newline="") as handle:
            for row in rows:
                handle.write("\t".join(_cell(row[c]) for c in columns) + "\n")
                count += 1
    os.replace(temp, path)
    con.close()
    return count


def _cell(value) -> str:
    return "" if value is None else str(value).replace("\t", " ").replace("\n", " ")
