"""The hash chain: a canonical encoding of each event and the SHA-256 linking it to the previous."""

import hashlib
import json
from typing import Any

GENESIS = "0" * 64
CHAINED_FIELDS = (
    "item_id", "seq", "event", "actor", "role", "from_stage", "to_stage", "revision_hash",
    "opinion", "ground", "detail", "at", "policy_version", "prev_hash",
)


def canonical(fields: dict[str, Any]) -> bytes:
    """The bytes that are hashed: sorted keys, no whitespace, UTF-8."""
    picked = {name: fields[name] for name in CHAINED_FIELDS}
    return json.dumps(picked, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def event_hash(fields: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(fields)).hexdigest()


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
