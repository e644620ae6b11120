"""The check suite: every enabled check on a text, and masking what they found.

`run_checks` is called by the engine on every new revision, inside the command's transaction; the
lexicon is compiled on the first check of a process that needs it, and reused.
"""

from ..findings import Finding, apply_suggestions
from . import confidentiality, privacy, proofreading
from .default_lexicon import DEFAULT_LEXICON
from .lexicon import Lexicon
from .settings import ChecksSettings, LexiconEntry

LEXICONS_KEPT = 4
_lexicons: dict[tuple[bool, int], tuple[tuple[LexiconEntry, ...], Lexicon]] = {}


def lexicon_for(settings: ChecksSettings) -> Lexicon:
    """The compiled lexicon of these settings, built on the first check that needs it; settings sharing it share it."""
    key = (settings.use_default_lexicon, id(settings.lexicon))
    cached = _lexicons.get(key)
    if cached is None or cached[0] is not settings.lexicon:
        entries = (DEFAULT_LEXICON if settings.use_default_lexicon else ()) + settings.lexicon
        cached = (settings.lexicon, Lexicon.build(entries))
        _lexicons.pop(key, None)
        _lexicons[key] = cached
        while len(_lexicons) > LEXICONS_KEPT:
            del _lexicons[next(iter(_lexicons))]
    return cached[1]


def run_checks(text: str, settings: ChecksSettings) -> list[Finding]:
    """Every finding of every enabled check on the text, sorted by position."""
    found: list[Finding] = []
    if settings.confidentiality:
        found += confidentiality.check(text, settings)
    if settings.sensitivity:
        found += lexicon_for(settings).scan(text)
    if settings.privacy:
        found += privacy.check(text, settings)
    if settings.proofreading:
        found += proofreading.check(text, settings.disabled_rules)
    found = [f for f in found if f.rule not in settings.disabled_rules]
    return sorted(found, key=lambda f: (f.start, f.end, f.check))


def apply_masks(text: str, findings: list[Finding], also_warnings: bool = False) -> str:
    """The text with each blocking personal datum masked; landlines and emails (an office's may stay) only if asked."""
    severities = ("block", "warn") if also_warnings else ("block",)
    return apply_suggestions(text, [f for f in findings
                                    if f.check == "privacy" and f.severity in severities and f.suggestion])


__all__ = ["ChecksSettings", "LexiconEntry", "apply_masks", "lexicon_for", "run_checks"]
