"""A finding of a content check: what is wrong, where, and what to write instead."""

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any, Literal

Check = Literal["confidentiality", "sensitivity", "privacy", "proofreading"]
Severity = Literal["block", "warn", "info"]


@dataclass(frozen=True, slots=True)
class Finding:
    check: Check
    rule: str
    severity: Severity
    start: int
    end: int
    text: str
    message: str
    suggestion: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Finding":
        return cls(**data)


def blocking(findings: list[Finding], *checks: Check) -> list[Finding]:
    """The findings of the given checks (all, when none given) whose severity blocks publication."""
    return [f for f in findings if f.severity == "block" and (not checks or f.check in checks)]


def unpublishable(findings: Iterable[Finding]) -> list[Finding]:
    """Residue that must never be published and that the checks know how to take out."""
    return [f for f in findings if f.check == "proofreading" and f.severity == "block" and f.suggestion is not None]


def apply_suggestions(text: str, findings: list[Finding]) -> str:
    """The text with each finding's span replaced by its suggestion; overlapping later ones are skipped."""
    out, last = [], 0
    for f in sorted((f for f in findings if f.suggestion is not None), key=lambda f: f.start):
        if f.start < last:
            continue
        out.append(text[last:f.start])
        out.append(f.suggestion or "")
        last = f.end
    out.append(text[last:])
    return "".join(out)
