"""Signed checkpoints of the ledger: made, published with the site, and verified against the ledger today."""

import json
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import Connection, and_, func, or_, select
from sqlalchemy.exc import IntegrityError

from ..ledger import checkpoints as store
from ..ledger import models
from ..ledger.db import Database
from ..ledger.policystore import current_policy
from ..ledger.signing import public_pem
from ..notifications import site
from .errors import Conflict, InvalidInput, NotFound
from .verify_parallel import verify_all, verify_ids

EVENTS, ITEMS, HEADS = models.Event.__table__, models.Item.__table__, models.CheckpointHead.__table__
WHOLE = 0  # the item_id of a problem of the checkpoint itself rather than of one item


def make_checkpoint(db: Database, key: Ed25519PrivateKey, now: datetime, site_root: Path | None = None,
                    ) -> store.Signed:
    """Record a signed checkpoint of the whole ledger, then publish it with the site."""
    try:
        with db.engine.begin() as conn:
            signed = store.record(conn, key, now.isoformat(timespec="microseconds"))
    except IntegrityError as raced:
        raise Conflict("另一个检查点正在生成，本次未生效，请重试") from raced
    publish_checkpoints(db, key.public_key(), now, site_root)
    return signed


PLATFORM_SITE = 1  # checkpoints sign the whole platform's ledger: they are published on the first organisation's site


def publish_checkpoints(db: Database, key: Ed25519PublicKey, now: datetime, site_root: Path | None = None) -> Path:
    """Write the transparency page, the feed, one JSON file per checkpoint and the public key into the site."""
    with db.sessions() as session:
        policy = current_policy(session, PLATFORM_SITE)[1]
        listed = store.listed(session.connection())
    root = site_root if site_root is not None else Path(policy.channel.path)
    name, pem = policy.organisation.name, public_pem(key)
    for signed in listed:
        _write(root / "checkpoints" / f"{signed.id}.json", json.dumps(signed.to_dict(), indent=2) + "\n")
    _write(root / "checkpoint-public-key.pem", pem)
    _write(root / "transparency.html", site.transparency_page(listed, pem, name))
    _write(root / "checkpoints.xml", site.checkpoint_feed(listed, name, policy.organisation.base_url,
                                                          now.isoformat(timespec="seconds")))
    return root


def checkpoint_of_file(path: Path) -> store.Signed:
    """A checkpoint as printed by `checkpoint --json` or published in the site's checkpoints/ folder."""
    try:
        fields = json.loads(path.read_text(encoding="utf-8"))
        return store.Signed(**{name: fields[name] for name in store.Signed.__dataclass_fields__})
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InvalidInput(f"检查点文件 {path} 无法读取：{type(error).__name__} {error}") from None


def verify_checkpoint(db: Database, reference: int | store.Signed, key: Ed25519PublicKey, now: datetime,
                      workers: int | None = None) -> dict[str, Any]:
    """A full verify, plus the proof that the ledger extends the checkpoint; a clean result marks it verified."""
    with db.engine.connect() as conn:
        signed, problems = _the_checkpoint(conn, reference)
        heads = store.heads_at(conn, signed.id)
        problems += _whole(store.seal_problems(signed, key, heads)) + extension_problems(conn, signed.id)
    report = verify_all(db, workers)
    report = _merged(problems, report, signed)
    if report["ok"]:
        with db.engine.begin() as conn:
            store.mark_verified(conn, signed.id, now.isoformat(timespec="microseconds"))
    return report


def verify_since_checkpoint(db: Database, key: Ed25519PublicKey, workers: int | None = None) -> dict[str, Any]:
    """Verify only the items whose head moved since the last verified checkpoint, from their recorded heads."""
    with db.engine.connect() as conn:
        signed = store.latest(conn, verified=True)
        if signed is None:
            raise NotFound("尚无经完整核验的检查点：请先运行 sanshen checkpoint，再运行 sanshen verify --checkpoint ID")
        heads = store.heads_at(conn, signed.id)
        problems = _whole(store.seal_problems(signed, key, heads))
        now_heads = {i: (seq, head) for i, seq, head in store.current_heads(conn)}
        touched = [i for i, head in now_heads.items() if heads.get(i) != head]
        gone = [i for i in heads if i not in now_heads]
        problems += extension_problems(conn, signed.id, sorted(touched + gone))
    trusted = {i: heads[i][0] for i in touched if i in heads}
    report = verify_ids(db, touched, trusted, workers)
    return _merged(problems, report, signed)


def extension_problems(conn: Connection, checkpoint_id: int, only: list[int] | None = None) -> list[dict[str, Any]]:
    """Items whose chain no longer passes through the head the checkpoint recorded at its seq (or that vanished)."""
    newest = (select(HEADS.c.item_id, func.max(HEADS.c.checkpoint_id).label("cid"))
              .where(HEADS.c.checkpoint_id <= checkpoint_id).group_by(HEADS.c.item_id).subquery())
    heads = (select(HEADS.c.item_id, HEADS.c.seq, HEADS.c.head_hash)
             .join(newest, and_(newest.c.item_id == HEADS.c.item_id, newest.c.cid == HEADS.c.checkpoint_id))
             .where(HEADS.c.seq > 0).subquery())
    query = (select(heads.c.item_id, heads.c.seq, EVENTS.c.hash, ITEMS.c.id.label("present"))
             .outerjoin(EVENTS, and_(EVENTS.c.item_id == heads.c.item_id, EVENTS.c.seq == heads.c.seq))
             .outerjoin(ITEMS, ITEMS.c.id == heads.c.item_id)
             .where(or_(EVENTS.c.hash.is_(None), EVENTS.c.hash != heads.c.head_hash)).order_by(heads.c.item_id))
    if only is None:
        rows = list(conn.execute(query))
    else:
        rows = [row for start in range(0, len(only), 1000)
                for row in conn.execute(query.where(heads.c.item_id.in_(only[start:start + 1000])))]
    return [{"item_id": row.item_id, "seq": row.seq, "problem": _broken_extension(checkpoint_id, row)} for row in rows]


def _broken_extension(checkpoint_id: int, row: Any) -> str:
    if row.present is None:
        return f"检查点 {checkpoint_id} 之后稿件被删除"
    if row.hash is None:
        return f"检查点 {checkpoint_id} 记录的第 {row.seq} 号事件已不存在（历史被截断或改写）"
    return f"第 {row.seq} 号事件的哈希与检查点 {checkpoint_id} 记录的链头不符：此前的历史在检查点之后被改写并重新计算"


def _the_checkpoint(conn: Connection, reference: int | store.Signed) -> tuple[store.Signed, list[dict[str, Any]]]:
    """The checkpoint to check against; a file's copy must also be the one the database keeps."""
    number = reference if isinstance(reference, int) else reference.id
    kept = store.stored(conn, number)
    if isinstance(reference, int):
        if kept is None:
            raise NotFound(f"找不到检查点 {reference}")
        return kept, []
    if kept is None:
        return reference, _whole([f"数据库中没有检查点 {number}（检查点被删除）"])
    if kept != reference:
        return reference, _whole([f"数据库中的检查点 {number} 与所给文件不符（检查点被改动）"])
    return reference, []


def _whole(sentences: list[str]) -> list[dict[str, Any]]:
    return [{"item_id": WHOLE, "seq": 0, "problem": sentence} for sentence in sentences]


def _merged(problems: list[dict[str, Any]], report: dict[str, Any], signed: store.Signed) -> dict[str, Any]:
    everything = problems + report["problems"]
    return {**report, "ok": not everything, "problems": everything, "checkpoint": signed.id}


def _write(path: Path, text: str) -> None:
    """Write a site file atomically: a temporary file, then a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(temporary, path)
