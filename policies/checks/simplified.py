"""The text in simplified characters, character for character, so that offsets stay those of the original.

Traditional, Taiwan and Hong Kong forms (機密, 內部資料, 台灣, 臺灣, 衞) all become the simplified form
(OpenCC t2s), and every check that matches words matches them once, in simplified form. OpenCC converts
phrases too; a line whose conversion changes its length is kept as it is, so offsets never shift.
"""

from functools import cache

from opencc import OpenCC


@cache
def converter(config: str) -> OpenCC:
    """One OpenCC converter per configuration (building one reads its dictionaries)."""
    return OpenCC(config)


def to_simplified(text: str) -> str:
    """The text in simplified characters, of the same length, each character where the original's is."""
    converted = converter("t2s").convert(text)
    if len(converted) == len(text):
        return converted
    return "\n".join(_line_to_simplified(line) for line in text.split("\n"))


def _line_to_simplified(line: str) -> str:
    """One line in simplified characters, or the line itself if its conversion would change its length."""
    converted = converter("t2s").convert(line)
    return converted if len(converted) == len(line) else line
