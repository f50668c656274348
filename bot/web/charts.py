"""Charts of the stats page as SVG, drawn server-side by pygal (no script, nothing from a CDN).

Each function returns the SVG text. The page shows them as <img>, so even a
label made from a member's question is inert inside an image.
"""
from __future__ import annotations

FONT = "'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"


def _style():
    from pygal.style import Style

    return Style(font_family=FONT, background="white", plot_background="white",
                 colors=("#8b1a1a", "#2e7d32", "#f9a825", "#546e7a", "#6a1b9a", "#00838f"),
                 label_font_size=11, major_label_font_size=11, legend_font_size=12, title_font_size=14,
                 value_font_size=10, tooltip_font_size=11)


def _config(cls, title: str, **kwargs):
    chart = cls(style=_style(), js=[], disable_xml_declaration=True, title=title, width=640, height=360,
                print_values=False, show_legend=kwargs.pop("show_legend", True), legend_at_bottom=True,
                truncate_label=kwargs.pop("truncate_label", 24), **kwargs)
    chart.no_data_text = "—"
    return chart


def _svg(chart) -> str:
    return chart.render(is_unicode=True)


def per_day(title: str, series: str, days: list[tuple[str, int]]) -> str:
    import pygal

    chart = _config(pygal.Bar, title, show_legend=False, x_label_rotation=40,
                    show_minor_x_labels=False)
    chart.x_labels = [d[5:] for d, _ in days]          # MM-DD
    chart.x_labels_major = chart.x_labels[::max(1, len(days) // 10)]
    chart.add(series, [n for _, n in days])
    return _svg(chart)


def outcomes(title: str, parts: list[tuple[str, int]]) -> str:
    import pygal

    chart = _config(pygal.Pie, title, inner_radius=.45)
    for label, n in parts:
        chart.add(f"{label} {n}", n)
    return _svg(chart)


def ranking(title: str, series: str, rows: list[tuple[str, int]]) -> str:
    """Longest bar on top; labels are document titles or questions (escaped by pygal's XML writer)."""
    import pygal

    chart = _config(pygal.HorizontalBar, title, show_legend=False, truncate_label=40)
    rows = list(reversed(rows))
    chart.x_labels = [label for label, _ in rows]
    chart.add(series, [n for _, n in rows])
    return _svg(chart)


def delivery(title: str, sent_label: str, failed_label: str, rows: list[tuple[str, int, int]]) -> str:
    import pygal

    chart = _config(pygal.StackedBar, title)
    chart.x_labels = [label for label, _, _ in rows]
    chart.add(sent_label, [s for _, s, _ in rows])
    chart.add(failed_label, [f for _, _, f in rows])
    return _svg(chart)


__all__ = ["per_day", "outcomes", "ranking", "delivery"]
