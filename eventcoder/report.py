"""A self-contained HTML report of a run: trends, dyads, codes, a country matrix, sample events."""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import os
from pathlib import Path

from . import cameo
from .aggregation import country_sql, events_view, connect

QUAD_COLOURS = {1: "#4e9a6b", 2: "#1f6f9f", 3: "#e0a030", 4: "#c0392b"}
TOP = 15


def _png(figure) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(figure)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def _period(con) -> str:
    first, last = con.execute("SELECT min(date), max(date) FROM events").fetchone()
    if first is None:
        return "month"
    span = (last - first).days
    return "day" if span <= 60 else "week" if span <= 400 else "month" if span <= 5 * 366 else "year"


def build_report(run: str | os.PathLike[str], output: str | os.PathLike[str], title: str | None = None, memory_limit: str = "1GB") -> Path:
    """Write the report page for ``run`` to ``output`` and return its path."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd
    from matplotlib.ticker import MaxNLocator

    con = connect(memory_limit)
    events_view(con, run)
    dyadic = "FROM events WHERE source IS NOT NULL AND target IS NOT NULL"
    total, articles, first, last = con.execute(f"SELECT count(*), count(DISTINCT article_id), min(date), max(date) {dyadic}").fetchone()
    period = _period(con)
    sections: list[str] = []

    by_quad = con.execute(
        f"SELECT CAST(date_trunc('{period}', date) AS DATE) AS period, quad_class, count(*) AS n {dyadic} AND date IS NOT NULL GROUP BY ALL ORDER BY ALL"
    ).df()
    if not by_quad.empty:
        table = by_quad.pivot_table(index="period", columns="quad_class", values="n", fill_value=0).sort_index()
        figure, axis = plt.subplots(figsize=(10, 3.6))
        bottom = None
        for quad in (1, 2, 3, 4):
            values = table[quad] if quad in table else pd.Series(0, index=table.index)
            axis.bar(table.index, values, bottom=bottom, width=_bar_width(period), color=QUAD_COLOURS[quad], label=cameo.QUAD_CLASS_NAMES[quad])
            bottom = values if bottom is None else bottom + values
        axis.set_ylabel(f"events per {period}")
        axis.yaxis.set_major_locator(MaxNLocator(integer=True))
        axis.legend(ncol=4, fontsize=8, frameon=False, loc="upper left")
        axis.spines[["top", "right"]].set_visible(False)
        sections.append(_section("Events over time, by QuadClass", _png(figure)))

        trend = con.execute(
            f"SELECT CAST(date_trunc('{period}', date) AS DATE) AS period, avg(goldstein) AS mean, count(*) AS n {dyadic} AND date IS NOT NULL GROUP BY ALL ORDER BY ALL"
        ).df()
        figure, axis = plt.subplots(figsize=(10, 2.8))
        axis.axhline(0, color="#999", linewidth=0.8)
        axis.plot(trend.period, trend["mean"], marker="o", color="#333")
        axis.fill_between(trend.period, trend["mean"], 0, where=trend["mean"] >= 0, color=QUAD_COLOURS[2], alpha=0.25, interpolate=True)
        axis.fill_between(trend.period, trend["mean"], 0, where=trend["mean"] < 0, color=QUAD_COLOURS[4], alpha=0.25, interpolate=True)
        axis.set_ylim(-10, 10)
        axis.set_ylabel("mean Goldstein")
        axis.spines[["top", "right"]].set_visible(False)
        sections.append(_section("Goldstein trend (cooperation above zero, conflict below)", _png(figure)))

    dyads = con.execute(f"SELECT source || ' → ' || target AS dyad, count(*) AS n, avg(goldstein) AS g {dyadic} GROUP BY ALL ORDER BY n DESC, dyad LIMIT {TOP}").df()
    codes = con.execute(f"SELECT code, count(*) AS n {dyadic} GROUP BY ALL ORDER BY n DESC, code LIMIT {TOP}").df()
    if not dyads.empty:
        figure, (left, right) = plt.subplots(1, 2, figsize=(12, 0.32 * max(len(dyads), len(codes)) + 1.2))
        left.barh(dyads.dyad[::-1], dyads.n[::-1], color=[_goldstein_colour(g) for g in dyads.g[::-1]])
        left.set_title("Top dyads (colour: mean Goldstein)", fontsize=10)
        labels = [f"{c} {(cameo.lookup(c).name or '')[:38]}" for c in codes.code[::-1]]
        right.barh(labels, codes.n[::-1], color=[QUAD_COLOURS.get(cameo.lookup(c).quad_class or 0, "#888") for c in codes.code[::-1]])
        right.set_title("Top event codes (colour: QuadClass)", fontsize=10)
        for axis in (left, right):
            axis.xaxis.set_major_locator(MaxNLocator(integer=True))
            axis.spines[["top", "right"]].set_visible(False)
            axis.tick_params(labelsize=8)
        figure.tight_layout()
        sections.append(_section("Who acts on whom, and how", _png(figure)))

    matrix = con.execute(
        f"SELECT {country_sql('source')} AS s, {country_sql('target')} AS t, count(*) AS n {dyadic} GROUP BY ALL HAVING s IS NOT NULL AND t IS NOT NULL"
    ).df()
    if not matrix.empty:
        totals = pd.concat([matrix.groupby("s").n.sum(), matrix.groupby("t").n.sum()]).groupby(level=0).sum()
        top = list(totals.sort_values(ascending=False).index[:12])
        grid = matrix[matrix.s.isin(top) & matrix.t.isin(top)].pivot_table(index="s", columns="t", values="n", aggfunc="sum", fill_value=0)
        grid = grid.reindex(index=top, columns=top, fill_value=0)
        figure, axis = plt.subplots(figsize=(6.5, 5.5))
        image = axis.imshow(grid.values, cmap="Blues")
        axis.set_xticks(range(len(top)), top, rotation=90, fontsize=8)
        axis.set_yticks(range(len(top)), top, fontsize=8)
        axis.set_xlabel("target")
        axis.set_ylabel("source")
        for (i, j), value in pd.DataFrame(grid.values).stack().items():
            if value:
                axis.text(j, i, int(value), ha="center", va="center", fontsize=7, color="white" if value > grid.values.max() / 2 else "black")
        figure.colorbar(image, ax=axis, shrink=0.7, label="events")
        sections.append(_section("Country by country (source rows, target columns)", _png(figure)))

    samples = con.execute(
        f"SELECT date, source, target, code, verb_text, sentence, article_id {dyadic} ORDER BY date, article_id, sentence_index LIMIT 40"
    ).fetchall()
    rows = "".join(
        "<tr>"
        + "".join(f"<td>{html.escape(str(v if v is not None else ''))}</td>" for v in (d, s, t, f"{c} {cameo.lookup(c).name or ''}"))
        + f"<td class='s'>{_highlight(sentence, verb)}</td><td>{html.escape(a)}</td></tr>"
        for d, s, t, c, verb, sentence, a in samples
    )
    sections.append(
        "<section><h2>Sample events</h2><table><thead><tr><th>date</th><th>source</th><th>target</th><th>event</th>"
        f"<th>sentence</th><th>article</th></tr></thead><tbody>{rows}</tbody></table></section>"
    )
    con.close()

    heading = html.escape(title or f"Events in {Path(run).name}")
    summary = f"{total:,} dyadic events from {articles:,} articles" + (f", {first} to {last}" if first else "")
    page = PAGE.format(title=heading, summary=html.escape(summary), generated=dt.date.today().isoformat(), body="\n".join(sections))
    path = Path(output)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temp.write_text(page, encoding="utf-8")
    os.replace(temp, path)
    return path


def _bar_width(period: str) -> float:
    return {"day": 0.8, "week": 5.5, "month": 24.0}.get(period, 300.0)


def _goldstein_colour(value) -> str:
    if value is None or value != value:
        return "#888"
    return QUAD_COLOURS[2] if value >= 0 else QUAD_COLOURS[4]


def _section(heading: str, image: str) -> str:
    return f'<section><h2>{html.escape(heading)}</h2><img src="{image}" alt="{html.escape(heading)}"></section>'


def _highlight(sentence: str | None, verb: str | None) -> str:
    text = html.escape(sentence or "")
    if verb:
        word = html.escape(verb)
        text = text.replace(word, f"<mark>{word}</mark>", 1)
    return text


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; margin: 2rem auto; max-width: 1200px; color: #222; padding: 0 1rem; }}
h1 {{ margin-bottom: .2rem; }} .summary {{ color: #555; margin-top: 0; }}
section {{ margin: 2rem 0; }} h2 {{ font-size: 1.1rem; border-bottom: 1px solid #ddd; padding-bottom: .3rem; }}
img {{ max-width: 100%; }}
table {{ border-collapse: collapse; font-size: .85rem; width: 100%; }}
th, td {{ border-bottom: 1px solid #eee; padding: .35rem .5rem; text-align: left; vertical-align: top; }}
th {{ background: #f6f6f6; }} td.s {{ max-width: 520px; }} mark {{ background: #ffe58a; }}
footer {{ color: #888; font-size: .8rem; }}
</style></head>
<body><h1>{title}</h1><p class="summary">{summary}</p>
{body}
<footer>eventcoder report, generated {generated}. CAMEO codes; QuadClass as GDELT: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</footer>
</body></html>
"""
