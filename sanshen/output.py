"""Printing results: JSON for scripts, short Chinese lines for people, one-sentence errors.

Everything printed goes through `neutralise`: stored text (titles, bodies, opinions, names, file
names, mail) reaches reviewers' terminals, and a control character in it (ESC and CSI sequences,
OSC titles, BEL, a carriage return that hides a line) or a bidirectional override (U+202E and kin)
would be obeyed by the terminal. They are shown as visible escapes (``\\x1b``, ``\\u202e``) instead.
"""

import json
import re
import sys
from typing import Any, NoReturn

import typer

_BEYOND_ASCII = "\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff"
UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f{_BEYOND_ASCII}]")
UNSAFE_IN_JSON = re.compile(f"[{_BEYOND_ASCII}]")  # JSON itself escapes the C0 controls


def neutralise(text: str) -> str:
    """The text with every character a terminal would obey replaced by a visible escape; lines and tabs kept."""
    return UNSAFE.sub(_escape, text.replace("\r\n", "\n"))


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def say(text: str = "", err: bool = False, nl: bool = True, **style: Any) -> None:
    """Print a line for people (stored text neutralised), optionally styled."""
    typer.secho(neutralise(text), err=err, nl=nl, **style)


def emit_json(data: Any) -> None:
    """Print JSON; characters a terminal would obey are written as JSON escapes (the data is unchanged)."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    typer.echo(UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


def emit_json_line(data: Any) -> None:
    """Print one JSON object on one line (JSON Lines, for streams such as the worker's), escaped as emit_json."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    typer.echo(UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


def fail(message: str, code: int = 1) -> NoReturn:
    """Print one clear sentence to stderr and exit with a non-zero status."""
    print(f"错误：{neutralise(message)}", file=sys.stderr)
    raise typer.Exit(code)
