"""Wrong and sensitive expressions, matched with one Aho-Corasick automaton over the whole lexicon.

Each entry is added in its simplified and traditional forms (OpenCC), so a traditional text is
matched at its own offsets. Entries marked `skip_punct` are matched a second time on the text with
spaces and punctuation removed, so that "中华 人民 共合国" is found too.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

import ahocorasick
from opencc import OpenCC

from ..findings import Finding
from .settings import LexiconEntry

SEPARATORS = " \t\n\r\u3000·•.,，、;；:：-—_*/|（）()【】[]“”\"'‘’"
SEPARATOR_RE = re.compile("[" + re.escape(SEPARATORS) + "]")
DROP_SEPARATORS = str.maketrans("", "", SEPARATORS)


@cache
def _converter(config: str) -> OpenCC:
    return OpenCC(config)


def variants(terms: list[str]) -> list[set[str]]:
    """Each term in its simplified and traditional forms (converted in one batch: OpenCC calls are costly)."""
    joined = "\n".join(terms)
    converted = [_converter(config).convert(joined).split("\n") for config in ("s2t", "t2s")]
    if any(len(forms) != len(terms) for forms in converted):
        converted = [[_converter(config).convert(t) for t in terms] for config in ("s2t", "t2s")]
    return [{term, *forms} for term, *forms in zip(terms, *converted, strict=True)]


@dataclass
class Lexicon:
    """A compiled lexicon: one automaton for exact matches, one for the punctuation-tolerant ones."""

    exact: ahocorasick.Automaton
    loose: ahocorasick.Automaton | None
    size: int

    @classmethod
    def build(cls, entries: tuple[LexiconEntry, ...]) -> "Lexicon":
        exact, loose = ahocorasick.Automaton(), ahocorasick.Automaton()
        for entry, forms in zip(entries, variants([e.term for e in entries]), strict=True):
            for form in forms:
                exact.add_word(form, (form, entry))
                if entry.skip_punct:
                    loose.add_word(form, (form, entry))
        exact.make_automaton()
        has_loose = len(loose) > 0
        if has_loose:
            loose.make_automaton()
        return cls(exact, loose if has_loose else None, len(entries))

    def scan(self, text: str) -> list[Finding]:
        found = {(f.start, f.end): f for f in self._exact(text)}
        if self.loose is not None:
            for f in self._loose(text):
                found.setdefault((f.start, f.end), f)
        return sorted(found.values(), key=lambda f: f.start)

    def _exact(self, text: str) -> list[Finding]:
        if not len(self.exact):
            return []
        return [_finding(entry, end - len(form) + 1, end + 1, text) for end, (form, entry) in self.exact.iter(text)]

    def _loose(self, text: str) -> list[Finding]:
        assert self.loose is not None
        squeezed = text.translate(DROP_SEPARATORS)
        separators = [m.start() for m in SEPARATOR_RE.finditer(text)]
        findings = []
        for end, (form, entry) in self.loose.iter(squeezed):
            start = _original(end - len(form) + 1, separators)
            stop = _original(end, separators) + 1
            if stop - start > len(form):
                findings.append(_finding(entry, start, stop, text))
        return findings


def _original(index: int, separators: list[int]) -> int:
    """The offset in the text of the character at `index` in the text without separators."""
    position = index + bisect_right(separators, index)
    while position != index + bisect_right(separators, position):
        position = index + bisect_right(separators, position)
    return position


def _finding(entry: LexiconEntry, start: int, end: int, text: str) -> Finding:
    wrong = text[start:end]
    hint = f"，应为“{entry.correction}”" if entry.correction else ""
    return Finding("sensitivity", entry.category, entry.severity, start, end, wrong,
                   f"“{wrong}”属于严重表述错误或不规范表述{hint}（依据：{entry.source}）", entry.correction)
