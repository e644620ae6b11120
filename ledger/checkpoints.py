"""Checkpoints in the database: the heads of every item, their Merkle root, chained and signed.

A checkpoint stores only the heads that changed since the previous one; the heads a checkpoint
vouches for are, per item, the newest stored at or before it.
"""

import hashlib
import json
from dataclasses import asdict, dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import Connection, func, insert, select, update

from . import merkle, models, signing
from .chain import GENESIS

CHECKPOINTS, HEADS = models.Checkpoint.__table__, models.CheckpointHead.__table__
ITEMS = models.Item.__table__
SIGNED_FIELDS = ("id", "at", "items", "events", "root", "prev_hash")


@dataclass(frozen=True)
class Signed:
    """A checkpoint as it is signed, published and given back to `verify --checkpoint`."""

    id: int
    at: str
    items: int
    events: int
    root: str
    prev_hash: str
    hash: str
    signature: str
    public_key: str

    def payload(self) -> bytes:
        return payload_of(asdict(self))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def payload_of(fields: dict[str, Any]) -> bytes:
    """The bytes that are hashed and signed: the signed fields as canonical JSON."""
    picked = {name: fields[name] for name in SIGNED_FIELDS}
    return json.dumps(picked, sort_keys=True, separators=(",", ":")).encode("utf-8")


def current_heads(conn: Connection) -> list[tuple[int, int, str]]:
    """Every item's (id, seq, head hash), in item order, read in one statement."""
    rows = conn.execute(select(ITEMS.c.id, ITEMS.c.last_seq, ITEMS.c.head_hash).order_by(ITEMS.c.id))
    return [(row[0], row[1], row[2]) for row in rows]


def heads_at(conn: Connection, checkpoint_id: int) -> dict[int, tuple[int, str]]:
    """item id -> (seq, head hash) as the checkpoint vouches for them."""
    newest = (select(HEADS.c.item_id, func.max(HEADS.c.checkpoint_id).label("checkpoint_id"))
              .where(HEADS.c.checkpoint_id <= checkpoint_id).group_by(HEADS.c.item_id).subquery())
    rows = conn.execute(select(HEADS.c.item_id, HEADS.c.seq, HEADS.c.head_hash).join(
        newest, (newest.c.item_id == HEADS.c.item_id) & (newest.c.checkpoint_id == HEADS.c.checkpoint_id)))
    return {row[0]: (row[1], row[2]) for row in rows}


def record(conn: Connection, key: Ed25519PrivateKey, at: str) -> Signed:
    """Sign the ledger as it stands and store the checkpoint with the heads that changed."""
    previous = conn.execute(select(CHECKPOINTS).order_by(CHECKPOINTS.c.id.desc()).limit(1)).first()
    heads = current_heads(conn)
    fields: dict[str, Any] = {
        "id": previous.id + 1 if previous else 1, "at": at, "items": len(heads),
        "events": sum(seq for _, seq, _ in heads), "root": merkle.root(heads),
        "prev_hash": previous.hash if previous else GENESIS}
    body = payload_of(fields)
    signed = Signed(**fields, hash=hashlib.sha256(body).hexdigest(), signature=signing.sign(key, body),
                    public_key=signing.public_hex(key))
    conn.execute(insert(models.Checkpoint), [signed.to_dict()])
    before = heads_at(conn, previous.id) if previous else {}
    changed = [{"item_id": i, "checkpoint_id": signed.id, "seq": seq, "head_hash": head}
               for i, seq, head in heads if before.get(i) != (seq, head)]
    if changed:
        conn.execute(insert(models.CheckpointHead), changed)
    return signed


def stored(conn: Connection, checkpoint_id: int) -> Signed | None:
    row = conn.execute(select(CHECKPOINTS).where(CHECKPOINTS.c.id == checkpoint_id)).first()
    return _signed(row) if row else None


def latest(conn: Connection, verified: bool = False) -> Signed | None:
    """The newest checkpoint, or the newest that a full verify has vouched for."""
    query = select(CHECKPOINTS).order_by(CHECKPOINTS.c.id.desc()).limit(1)
    row = conn.execute(query.where(CHECKPOINTS.c.verified_at.is_not(None)) if verified else query).first()
    return _signed(row) if row else None


def listed(conn: Connection) -> list[Signed]:
    return [_signed(row) for row in conn.execute(select(CHECKPOINTS).order_by(CHECKPOINTS.c.id))]


def mark_verified(conn: Connection, checkpoint_id: int, at: str) -> None:
    conn.execute(update(models.Checkpoint).where(CHECKPOINTS.c.id == checkpoint_id).values(verified_at=at))


def _signed(row: Any) -> Signed:
    return Signed(**{name: getattr(row, name) for name in Signed.__dataclass_fields__})


def seal_problems(signed: Signed, key: Ed25519PublicKey, heads: dict[int, tuple[int, str]]) -> list[str]:
    """What is wrong with a checkpoint itself: its hash, its signature, or heads that are not those it signed."""
    problems = []
    if hashlib.sha256(signed.payload()).hexdigest() != signed.hash:
        problems.append(f"检查点 {signed.id} 的内容与其哈希不符（检查点被改动）")
    if not signing.signature_holds(key, signed.payload(), signed.signature):
        problems.append(f"检查点 {signed.id} 的签名无效（不是由受信任的密钥签署，或内容被改动）")
    if merkle.root((i, seq, head) for i, (seq, head) in sorted(heads.items())) != signed.root:
        problems.append(f"数据库中检查点 {signed.id} 记录的各稿件链头与其签名的默克尔根不符（链头记录被改动）")
    return problems
