"""The checkpoint key: Ed25519 (`cryptography`), kept in a file of its own, never in the database."""

import os
import stat
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

DEFAULT_KEY = "var/checkpoint.key"


class CheckpointKeyError(LookupError):
    """The checkpoint key is missing, unreadable or too widely readable (a sentence for the user)."""


def key_path() -> Path:
    """Where the private key lives: SANSHEN_CHECKPOINT_KEY, by default var/checkpoint.key."""
    return Path(os.environ.get("SANSHEN_CHECKPOINT_KEY", DEFAULT_KEY))


def create_key(path: Path) -> Ed25519PrivateKey:
    """A new key in a new file readable by its owner only (0600); an existing key is never replaced."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise CheckpointKeyError(f"签名密钥 {path} 已存在，不会覆盖") from None
    with os.fdopen(descriptor, "wb") as out:
        out.write(pem)
    return key


def load_key(path: Path) -> Ed25519PrivateKey:
    """The private key of a file that only its owner may read."""
    if not path.exists():
        raise CheckpointKeyError(f"找不到检查点签名密钥 {path}：请先运行 sanshen checkpoint --init-key")
    if stat.S_IMODE(path.stat().st_mode) & 0o077:
        raise CheckpointKeyError(f"签名密钥 {path} 的权限过宽，应为 0600（chmod 600 {path}）")
    return private_key_of(path.read_bytes())


def private_key_of(pem: bytes) -> Ed25519PrivateKey:
    """A private key from PEM text (a key file, or a Prefect Secret block's value)."""
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError):
        raise CheckpointKeyError("签名密钥无法读取：应为 PEM 格式的 Ed25519 私钥") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise CheckpointKeyError("签名密钥不是 Ed25519 私钥")
    return key


def public_pem(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def public_hex(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def trusted_public_key() -> Ed25519PublicKey:
    """The key checkpoints are verified with: SANSHEN_CHECKPOINT_PUBLIC_KEY (a PEM file), else the private key's."""
    public_file = os.environ.get("SANSHEN_CHECKPOINT_PUBLIC_KEY")
    if not public_file:
        return load_key(key_path()).public_key()
    try:
        key = serialization.load_pem_public_key(Path(public_file).read_bytes())
    except (OSError, ValueError) as error:
        raise CheckpointKeyError(f"公钥文件 {public_file} 无法读取：{error}") from None
    if not isinstance(key, Ed25519PublicKey):
        raise CheckpointKeyError(f"公钥文件 {public_file} 不是 Ed25519 公钥")
    return key


def sign(key: Ed25519PrivateKey, payload: bytes) -> str:
    return key.sign(payload).hex()


def signature_holds(key: Ed25519PublicKey, payload: bytes, signature: str) -> bool:
    try:
        key.verify(bytes.fromhex(signature), payload)
    except (InvalidSignature, ValueError):
        return False
    return True
