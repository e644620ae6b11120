"""Wrong and sensitive expressions, matched with one Aho-Corasick automaton over the whole lexicon.

The text is scanned in simplified form (`to_simplified`, character for character), so an entry is found
in its traditional, Taiwan and Hong Kong forms (中華人民共合國, 台灣政府, 臺灣總統) at the text's own
offsets; each entry is added as written and in simplified form. Entries marked `skip_punct` are matched
a second time on the text with spaces and punctuation (half- and full-width, zero-width spaces) removed,
so that "中华 人民 共合国" and "中华《人民》共合国" are found too.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass

import ahocorasick

from ..findings import Finding
from .settings import LexiconEntry
from .simplified import converter, to_simplified

SEPARATORS = (" \t\n\r\u3000\u00a0\u200b\u200c\u200d\ufeff·•・.．,，、;；:：!！?？…～~-－—–_*/|\\"
              "（）()【】[]［］〔〕{}｛｝《》〈〉「」『』“”\"'‘’")
SEPARATOR_RE = re.compile("[" + re.escape(SEPARATORS) + "]")
DROP_SEPARATORS = str.maketrans("", "", SEPARATORS)


def simplified_forms(terms: list[str]) -> list[str]:
    """Each term in simplified characters, converted in one batch (one OpenCC call per lexicon, not per term)."""
    converted = converter("t2s").convert("\n".join(terms)).split("\n")
    if len(converted) != len(terms):
        converted = [converter("t2s").convert(term) for term in terms]
    return converted


@dataclass
class Lexicon:
    """A compiled lexicon: one automaton for exact matches, one for the punctuation-tolerant ones."""

    exact: ahocorasick.Automaton
    loose: ahocorasick.Automaton | None
    size: int

    @classmethod
    def build(cls, entries: tuple[LexiconEntry, ...]) -> "Lexicon":
        exact, loose = ahocorasick.Automaton(), ahocorasick.Automaton()
        for entry, simplified in zip(entries, simplified_forms([e.term for e in entries]), strict=True):
            for form in {entry.term, simplified}:
                exact.add_word(form, (len(form), entry))
                if entry.skip_punct:
                    loose.add_word(form, (len(form), entry))
        exact.make_automaton()
        has_loose = len(loose) > 0
        if has_loose:
            loose.make_automaton()
        return cls(exact, loose if has_loose else None, len(entries))

    def scan(self, text: str) -> list[Finding]:
        """Every entry found in the text, in any script, at the text's own offsets; one finding per span."""
        simplified = to_simplified(text)
        found = {(f.start, f.end): f for f in self._exact(simplified, text)}
        if self.loose is not None:
            for f in self._loose(simplified, text):
                found.setdefault((f.start, f.end), f)
        return sorted(found.values(), key=lambda f: f.start)

    def _exact(self, simplified: str, text: str) -> list[Finding]:
        if not len(self.exact):
            return []
        return [_finding(entry, end - length + 1, end + 1, text) for end, (length, entry) in self.exact.iter(simplified)]

    def _loose(self, simplified: str, text: str) -> list[Finding]:
        assert self.loose is not None
        squeezed = simplified.translate(DROP_SEPARATORS)
        separators = [m.start() for m in SEPARATOR_RE.finditer(simplified)]
        findings = []
        for end, (length, entry) in self.loose.iter(squeezed):
            start = _original(end - length + 1, separators)
            stop = _original(end, separators) + 1
            if stop - start > length:
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
