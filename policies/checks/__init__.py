"""Content checks: confidentiality markings, wrong expressions, personal data, proofreading rules."""

from ..findings import Finding
from .settings import ChecksSettings


def run_checks(text: str, settings: ChecksSettings) -> list[Finding]:
    """Every finding of every enabled check on the text, sorted by position."""
    return []


def apply_masks(text: str, findings: list[Finding]) -> str:
    """The text with every privacy finding replaced by its mask (its suggestion)."""
    out, last = [], 0
    for f in sorted((f for f in findings if f.check == "privacy" and f.suggestion), key=lambda f: f.start):
        if f.start < last:
            continue
        out.append(text[last:f.start])
        out.append(f.suggestion or "")
        last = f.end
    out.append(text[last:])
    return "".join(out)
