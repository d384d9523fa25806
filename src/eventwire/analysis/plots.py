"""Charts of a timeline or of event places: PNG with matplotlib, interactive HTML with
plotly (plotly.js embedded in the file, so it opens offline). Both are optional extras
(`pip install 'eventwire[plot]'`)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pyarrow as pa

from ..data_files import data_path
from ..errors import InputError

QUAD_NAMES = {
    "verbal_coop": ("verbal cooperation", "#4c9f70"),
    "material_coop": ("material cooperation", "#1f6f43"),
    "verbal_conflict": ("verbal conflict", "#e39b3a"),
    "material_conflict": ("material conflict", "#c0392b"),
}


@lru_cache(maxsize=1)
def world_outline() -> list[list[list[float]]]:
    """Coast and border polylines (Natural Earth 1:110m; see data/world/SOURCE.md)."""
    with open(data_path("world", "outline-110m.json"), encoding="utf-8") as fh:
        return json.load(fh)["lines"]


def _kind(out: Path) -> str:
    suffix = out.suffix.lower()
    if suffix not in (".png", ".html"):
        raise InputError(f"a plot is .png or .html, not {suffix or 'no suffix'!r}",
                        source=str(out))
    return suffix[1:]


def _pyplot():
    try:
        import matplotlib

        matplotlib.use("Agg")  # files only: no display needed
        import matplotlib.pyplot as plt
        from matplotlib.ticker import MaxNLocator
    except ImportError:
        raise InputError("PNG plots need matplotlib: pip install 'eventwire[plot]'") from None
    return plt, MaxNLocator


def _plotly():
    try:
        import plotly.graph_objects as go
        from plotly.subplots import make_subplots
    except ImportError:
        raise InputError("HTML plots need plotly: pip install 'eventwire[plot]'") from None
    return go, make_subplots


def plot_timeline(table: pa.Table, out: str | Path, *, title: str = "timeline") -> Path:
    """Goldstein (sum per period, and mean) above stacked quad-class counts."""
    out = Path(out)
    kind = _kind(out)
    rows = table.to_pylist()
    periods = [r["period"] for r in rows]
    if kind == "png":
        plt, MaxNLocator = _pyplot()
        fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(10, 6.5), sharex=True,
                                       gridspec_kw={"height_ratios": [1, 1.2]})
        sums = [r["goldstein_sum"] for r in rows]
        # Blue/brown, not the quad classes' green/red: a sum is not a class.
        ax1.bar(periods, sums, color=["#a0522d" if s < 0 else "#2e86c1" for s in sums],
                width=_bar_width(periods), label="Goldstein sum")
        ax1.axhline(0, color="#555", linewidth=0.8)
        ax1.set_ylabel("Goldstein sum")
        means = [(p, r["goldstein_mean"]) for p, r in zip(periods, rows, strict=True)
                 if r["goldstein_mean"] is not None]
        if means:
            axm = ax1.twinx()
            axm.plot([m[0] for m in means], [m[1] for m in means], "o-", color="#2c3e50",
                     label="Goldstein mean")
            axm.set_ylim(-10.5, 10.5)
            axm.set_ylabel("Goldstein mean (-10 .. 10)")
        ax1.set_title(title)
        bottom = [0] * len(rows)
        for col, (name, colour) in QUAD_NAMES.items():
            vals = [r[col] for r in rows]
            ax2.bar(periods, vals, bottom=bottom, color=colour, label=name,
                    width=_bar_width(periods))
            bottom = [b + v for b, v in zip(bottom, vals, strict=True)]
        ax2.set_ylabel("events")
        ax2.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts are whole
        ax2.legend(loc="upper left", fontsize=8, ncol=2)
        fig.autofmt_xdate()
        fig.tight_layout()
        fig.savefig(out, dpi=120)
        plt.close(fig)
        return out
    go, make_subplots = _plotly()
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.08,
                        specs=[[{"secondary_y": True}], [{}]])
    fig.add_trace(go.Bar(x=periods, y=[r["goldstein_sum"] for r in rows],
                         name="Goldstein sum"), row=1, col=1)
    fig.add_trace(go.Scatter(x=periods, y=[r["goldstein_mean"] for r in rows],
                             name="Goldstein mean", mode="lines+markers"),
                  row=1, col=1, secondary_y=True)
    for col, (name, colour) in QUAD_NAMES.items():
        fig.add_trace(go.Bar(x=periods, y=[r[col] for r in rows], name=name,
                             marker_color=colour), row=2, col=1)
    fig.update_layout(barmode="stack", title=title)
    fig.write_html(out, include_plotlyjs=True, full_html=True)  # offline: js inlined
    return out


def _bar_width(periods: list) -> float:
    if len(periods) < 2:
        return 0.8
    days = (periods[1] - periods[0]).days
    return max(days * 0.8, 0.8)


def plot_map(table: pa.Table, out: str | Path, *, title: str = "events") -> Path:
    """Event places as circles sized by count, coloured by mean Goldstein, over the
    offline world outline."""
    out = Path(out)
    kind = _kind(out)
    rows = table.to_pylist()
    if kind == "png":
        plt, _ = _pyplot()
        fig, ax = plt.subplots(figsize=(11, 5.8))
        for line in world_outline():
            ax.plot([p[0] for p in line], [p[1] for p in line], color="#9aa5b1",
                    linewidth=0.5)
        if rows:
            sc = ax.scatter([r["lon"] for r in rows], [r["lat"] for r in rows],
                            s=[30 + 20 * r["events"] for r in rows],
                            c=[r["goldstein_mean"] for r in rows], cmap="RdYlGn", vmin=-10,
                            vmax=10, edgecolors="#222", linewidths=0.6, zorder=3)
            fig.colorbar(sc, ax=ax, shrink=0.7, label="mean Goldstein")
            for r in rows[:15]:
                ax.annotate(f"{r['name']} ({r['events']})", (r["lon"], r["lat"]),
                            fontsize=8, xytext=(4, 4), textcoords="offset points")
        ax.set_xlim(-180, 180)
        ax.set_ylim(-60, 85)
        ax.set_aspect("equal")
        ax.set_title(f"{title} ({len(rows)} places)")
        ax.set_xticks([])
        ax.set_yticks([])
        fig.tight_layout()
        fig.savefig(out, dpi=120)
        plt.close(fig)
        return out
    go, _ = _plotly()
    xs: list = []
    ys: list = []
    for line in world_outline():
        xs.extend([p[0] for p in line] + [None])
        ys.extend([p[1] for p in line] + [None])
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line={"color": "#9aa5b1", "width": 0.6},
                             hoverinfo="skip", showlegend=False))
    fig.add_trace(go.Scatter(
        x=[r["lon"] for r in rows], y=[r["lat"] for r in rows], mode="markers",
        text=[f"{r['name']} ({r['country']}): {r['events']} events, mean Goldstein "
              f"{r['goldstein_mean']}" for r in rows], hoverinfo="text", showlegend=False,
        marker={"size": [8 + 4 * r["events"] for r in rows],
                "color": [r["goldstein_mean"] for r in rows], "colorscale": "RdYlGn",
                "cmin": -10, "cmax": 10, "showscale": True, "line": {"width": 1}},
    ))
    fig.update_layout(title=title, xaxis={"range": [-180, 180], "visible": False},
                      yaxis={"range": [-60, 85], "visible": False, "scaleanchor": "x"})
    fig.write_html(out, include_plotlyjs=True, full_html=True)
    return out
