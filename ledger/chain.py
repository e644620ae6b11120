"""The hash chain: a canonical encoding of each event and the SHA-256 linking it to the previous."""

import hashlib
import json
import operator
from json.encoder import encode_basestring as _quote  # type: ignore[attr-defined]
from typing import Any

GENESIS = "0" * 64
CHAINED_FIELDS = (
    "item_id", "seq", "event", "actor", "role", "from_stage", "to_stage", "revision_hash",
    "opinion", "ground", "detail", "at", "policy_version", "prev_hash",
)


SORTED_FIELDS = tuple(sorted(CHAINED_FIELDS))
_TEMPLATE = "{" + ",".join(f'"{name}":%s' for name in SORTED_FIELDS) + "}"  # the names are plain ASCII


_sorted_values = operator.attrgetter(*SORTED_FIELDS)


class _Unusual(Exception):
    """A value that is not a str, an int or None (a row edited behind the engine): json.dumps encodes it."""


def _encoded(value: Any) -> str:
    """A value that is not a str exactly as json.dumps writes it (strings are escaped inline, by the same C escaper)."""
    if value is None:
        return "null"
    if type(value) is int:
        return int.__repr__(value)
    raise _Unusual


def canonical(fields: dict[str, Any]) -> bytes:
    """The bytes that are hashed: sorted keys, no whitespace, UTF-8."""
    return canonical_values(tuple(fields[name] for name in SORTED_FIELDS))


def canonical_values(values: tuple[Any, ...]) -> bytes:
    """`canonical` of the chained fields' values given in SORTED_FIELDS order: byte for byte json.dumps's output.

    A fixed template, each string escaped by json's own C escaper: no encoder built and no dict sorted per event.
    """
    try:
        return (_TEMPLATE % tuple([_quote(v) if type(v) is str else _encoded(v) for v in values])).encode("utf-8")
    except _Unusual:
        picked = dict(zip(SORTED_FIELDS, values, strict=True))
        return json.dumps(picked, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def event_hash(fields: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(fields)).hexdigest()


def row_hash(row: Any) -> str:
    """The hash of a stored event (a row or an object with the chained fields as attributes)."""
    return hashlib.sha256(canonical_values(_sorted_values(row))).hexdigest()


def text_hash(title: str, body: str) -> str:
    """The SHA-256 of a revision's canonical text: title and body, newlines normalised."""
    normal = title.strip() + "\n\n" + body.replace("\r\n", "\n").replace("\r", "\n")
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def findings_json(findings: list[dict[str, Any]]) -> str:
    """How a revision's findings are stored: the text its event's `findings` digest is taken over."""
    return json.dumps(findings, ensure_ascii=False)


def findings_digest(stored: str) -> str:
    """The SHA-256 of a revision's stored findings, chained in the event that recorded the revision."""
    return hashlib.sha256(stored.encode("utf-8")).hexdigest()
