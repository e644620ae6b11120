"""The process diagram as SVG, with the path an item took drawn on it (no graphviz, no script)."""

from collections import Counter
from html import escape
from typing import Any

from markupsafe import Markup

from ..states import stage_name

ROWS = [["drafting", "confidentiality_review", "sensitivity_check", "first_review", "second_review", "final_review"],
        ["proofreading_1", "proofreading_2", "proofreading_3", "publishing", "published", "retracted"],
        ["refused", "withdrawn"]]
W, H, GAP_X, GAP_Y, MARGIN = 112, 40, 26, 56, 30
PLACES = {stage: (MARGIN + col * (W + GAP_X), MARGIN + row * (H + GAP_Y))
          for row, stages in enumerate(ROWS) for col, stage in enumerate(stages)}


def path_svg(events: list[dict[str, Any]]) -> Markup:
    """Every stage as a box; the stages the item passed filled; each move it made an arrow, numbered in order."""
    visited = {e["from_stage"] for e in events} | {e["to_stage"] for e in events}
    moves = [(e["from_stage"], e["to_stage"]) for e in events if e["from_stage"] != e["to_stage"]]
    width = MARGIN * 2 + 6 * W + 5 * GAP_X
    height = MARGIN * 2 + 3 * H + 2 * GAP_Y
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" class="diagram" role="img" '
             f'aria-label="流程图及本稿件经过的路径">',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
             'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#9b1c1c"/></marker></defs>']
    parts += [_box(stage, stage in visited) for stage in PLACES]
    seen: Counter[tuple[str, str]] = Counter()
    for number, (a, b) in enumerate(moves, start=1):
        if a in PLACES and b in PLACES:
            parts.append(_arrow(a, b, number, seen[(a, b)]))
            seen[(a, b)] += 1
    parts.append("</svg>")
    return Markup("".join(parts))


def _box(stage: str, visited: bool) -> str:
    x, y = PLACES[stage]
    fill, ink = ("#1f3a5f", "#ffffff") if visited else ("#f4f5f7", "#4a5568")
    return (f'<g><rect x="{x}" y="{y}" width="{W}" height="{H}" rx="4" fill="{fill}" stroke="#8a94a6"/>'
            f'<text x="{x + W / 2}" y="{y + H / 2 + 5}" text-anchor="middle" font-size="14" fill="{ink}">'
            f'{escape(stage_name(stage))}</text></g>')


def _arrow(a: str, b: str, number: int, repeat: int) -> str:
    (x1, y1), (x2, y2) = PLACES[a], PLACES[b]
    bend = 14 * (repeat + 1) * (1 if (x2, y2) >= (x1, y1) else -1)
    sx, sy, ex, ey = x1 + W / 2, y1 + H / 2, x2 + W / 2, y2 + H / 2
    mx, my = (sx + ex) / 2, (sy + ey) / 2 - bend - (30 if sy == ey else 0)
    lx, ly = (sx + 2 * mx + ex) / 4, (sy + 2 * my + ey) / 4  # the middle of the curve
    return (f'<path d="M{sx},{sy} Q{mx},{my} {ex},{ey}" fill="none" stroke="#9b1c1c" stroke-width="1.6" '
            f'marker-end="url(#arrow)" opacity="0.85"/>'
            f'<circle cx="{lx}" cy="{ly - 4}" r="8" fill="#ffffff" stroke="#9b1c1c"/>'
            f'<text x="{lx}" y="{ly}" font-size="11" fill="#9b1c1c" text-anchor="middle">{number}</text>')
