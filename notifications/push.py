"""The push channel: a publication or retraction sent as HMAC-signed JSON to the provincial platform's CMS.

The receiver keeps one entry per 索引号 and replaces it on a repeated push, so a retry after a lost
answer changes nothing. The signature is HMAC-SHA256 over the exact body, hex, in `X-Sanshen-Signature`.
"""

import hashlib
import hmac
import json
from dataclasses import asdict, dataclass

import httpx

SIGNATURE_HEADER = "X-Sanshen-Signature"


@dataclass(frozen=True)
class PushMessage:
    """What the CMS receives: the page, the 索引号 and the hash of the published revision."""

    index_number: str
    item_id: int
    state: str
    title: str
    revision_hash: str
    published_at: str
    retracted_at: str | None
    page: str

    def body(self) -> bytes:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify_signature(secret: str, body: bytes, header: str) -> bool:
    """For receivers (and tests): does the header sign this body with this secret?"""
    return hmac.compare_digest(signature(secret, body), header)


class PushFailed(RuntimeError):
    """The CMS did not accept the push; the job is retried and parked like any other."""


def send(url: str, secret: str, message: PushMessage, timeout: float = 10) -> int:
    """POST the message; returns the HTTP status of a 2xx answer, raises PushFailed otherwise."""
    body = message.body()
    headers = {"Content-Type": "application/json; charset=utf-8", SIGNATURE_HEADER: signature(secret, body),
               "Idempotency-Key": f"{message.index_number}/{message.state}"}
    try:
        answer = httpx.post(url, content=body, headers=headers, timeout=timeout)
    except httpx.HTTPError as exc:
        raise PushFailed(f"推送到 {url} 失败：{type(exc).__name__}: {exc}") from None
    if not answer.is_success:
        raise PushFailed(f"推送到 {url} 被拒绝：HTTP {answer.status_code} {answer.text[:200]}")
    return answer.status_code
