"""The Merkle root and the checkpoint key: pure parts and a key file on disk."""

import os
import stat

import pytest

from sanshen.ledger import merkle, signing

HEADS = [(1, 3, "a" * 64), (2, 18, "b" * 64), (5, 1, "c" * 64)]


def test_the_root_changes_when_any_head_seq_or_item_changes():
    base = merkle.root(HEADS)
    assert merkle.root(list(HEADS)) == base
    for changed in ([(1, 3, "d" * 64), *HEADS[1:]], [(1, 4, "a" * 64), *HEADS[1:]], [(9, 3, "a" * 64), *HEADS[1:]],
                    HEADS[:2], list(reversed(HEADS))):
        assert merkle.root(changed) != base


def test_a_leaf_cannot_pass_for_a_node():
    one = merkle.root(HEADS[:2])
    assert merkle.root([]) == merkle.EMPTY_ROOT != one
    assert merkle.root(HEADS[:1]) == merkle.leaf(*HEADS[0]).hex()


def test_the_key_file_is_created_readable_by_its_owner_only_and_never_replaced(tmp_path):
    path = tmp_path / "keys" / "checkpoint.key"
    key = signing.create_key(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert signing.public_hex(signing.load_key(path)) == signing.public_hex(key)
    with pytest.raises(signing.CheckpointKeyError, match="已存在"):
        signing.create_key(path)


def test_a_key_file_others_may_read_is_refused(tmp_path):
    path = tmp_path / "checkpoint.key"
    signing.create_key(path)
    os.chmod(path, 0o644)
    with pytest.raises(signing.CheckpointKeyError, match="0600"):
        signing.load_key(path)


def test_a_signature_holds_only_for_its_payload_and_key(tmp_path):
    key = signing.create_key(tmp_path / "k")
    other = signing.create_key(tmp_path / "o")
    signature = signing.sign(key, b"payload")
    assert signing.signature_holds(key.public_key(), b"payload", signature)
    assert not signing.signature_holds(key.public_key(), b"payloaD", signature)
    assert not signing.signature_holds(other.public_key(), b"payload", signature)
    assert not signing.signature_holds(key.public_key(), b"payload", "zz")
