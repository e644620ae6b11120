"""Text shown on the pages: findings marked in place, and the character-level diff of two revisions."""

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any


@dataclass(frozen=True)
class Segment:
    text: str
    finding: dict[str, Any] | None = None
    number: int | None = None


def marked(text: str, findings: list[dict[str, Any]]) -> list[Segment]:
    """The text cut into plain runs and the runs a finding covers (overlaps go to the first finding)."""
    segments, at = [], 0
    numbered = sorted(enumerate(findings, start=1), key=lambda pair: (pair[1].get("start", 0), pair[0]))
    for number, finding in numbered:
        start, end = max(int(finding.get("start", 0)), at), min(int(finding.get("end", 0)), len(text))
        if end <= start:
            continue
        if start > at:
            segments.append(Segment(text[at:start]))
        segments.append(Segment(text[start:end], finding, number))
        at = end
    if at < len(text):
        segments.append(Segment(text[at:]))
    return segments


def char_diff(old: str, new: str) -> list[tuple[str, str]]:
    """('same' | 'del' | 'ins', text) runs, character by character (Chinese has no word spaces)."""
    runs: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            runs.append(("same", old[i1:i2]))
            continue
        if i2 > i1:
            runs.append(("del", old[i1:i2]))
        if j2 > j1:
            runs.append(("ins", new[j1:j2]))
    return runs
