"""Pure: which characters stored text may hold, and how to show a refused one.

Titles, bodies, opinions, names and every string of the policy file become pages, an Atom feed
(XML 1.0), mail and terminal output. None of them may hold a C0 or C1 control character (other than
tab and line ends where text has lines), a lone surrogate or a noncharacter (U+FFFE, U+FFFF): XML 1.0
cannot carry them, and terminals obey them (ESC sequences, CSI).
"""

import re

LINE_BREAKS = "\t\n\r"
_FORBIDDEN = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
FORBIDDEN_IN_TEXT = re.compile(f"[{_FORBIDDEN}]")
FORBIDDEN_ON_A_LINE = re.compile(f"[{_FORBIDDEN}\t\n\r\u2028\u2029]")


def forbidden_character(value: str, multiline: bool = True) -> str | None:
    """A sentence naming the first character the text may not hold and where it is, or None."""
    found = (FORBIDDEN_IN_TEXT if multiline else FORBIDDEN_ON_A_LINE).search(value)
    if found is None:
        return None
    line = value.count("\n", 0, found.start()) + 1
    column = found.start() - (value.rfind("\n", 0, found.start()) + 1) + 1
    where = f"第 {line} 行第 {column} 个字符" if "\n" in value else f"第 {found.start() + 1} 个字符"
    return f"{where}是不允许的控制字符 {codepoint(found.group())}"


def codepoint(ch: str) -> str:
    return f"U+{ord(ch):04X}"
