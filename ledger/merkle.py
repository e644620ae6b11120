"""A Merkle tree over every item's head (RFC 6962 hashing: leaves and nodes are domain-separated)."""

import hashlib
from collections.abc import Iterable

EMPTY_ROOT = hashlib.sha256(b"").hexdigest()


def leaf(item_id: int, seq: int, head_hash: str) -> bytes:
    """The hash of one item's head: its id, the sequence number and hash of its last event."""
    return hashlib.sha256(b"\x00" + f"{item_id}:{seq}:{head_hash}".encode("ascii")).digest()


def root(heads: Iterable[tuple[int, int, str]]) -> str:
    """The root over heads given in item order; the empty ledger has the hash of nothing."""
    level = [leaf(*head) for head in heads]
    if not level:
        return EMPTY_ROOT
    while len(level) > 1:
        paired = [hashlib.sha256(b"\x01" + level[i] + level[i + 1]).digest() for i in range(0, len(level) - 1, 2)]
        level = paired + level[len(level) - len(level) % 2:]  # an odd node is carried up unchanged
    return level[0].hex()
