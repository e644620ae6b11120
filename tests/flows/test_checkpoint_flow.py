"""The scheduled checkpoint flow, with its key in a Prefect Secret block (never a parameter, never stored)."""

from cryptography.hazmat.primitives import serialization

from sanshen.engine.handlers import Engine
from sanshen.flows.checkpoints import checkpoint
from sanshen.ledger import checkpoints as store
from sanshen.ledger import signing
from tests.helpers import submit


def test_the_flow_signs_publishes_and_verifies_with_the_key_of_a_secret_block(
        prefect_harness, db, database_url, now, tmp_path, monkeypatch):
    from prefect.blocks.system import Secret

    monkeypatch.chdir(tmp_path)
    submit(Engine(db), now)
    key = signing.create_key(tmp_path / "k.pem")
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption()).decode()
    Secret(value=pem).save("sanshen-checkpoint-key", overwrite=True)

    made = checkpoint(url=database_url, now=now, key_secret_block="sanshen-checkpoint-key")

    assert made["verified"] is True and made["items"] == 1
    assert made["public_key"] == signing.public_hex(key)
    with db.engine.connect() as conn:
        assert store.latest(conn, verified=True).id == made["id"]
    assert (tmp_path / "var" / "site" / "checkpoints" / f"{made['id']}.json").exists()
    assert pem.splitlines()[1] not in (tmp_path / "var" / "site" / "transparency.html").read_text()
