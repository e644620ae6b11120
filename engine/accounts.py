"""Web identity: passwords (argon2id), sessions, API tokens, the sign-in limits and the access log.

Every process of the web app shares these through the database only, so any number of them may
run behind a proxy. Tokens and session cookies are random; only their SHA-256 is stored. Accounts,
sessions and tokens are keyed by (organisation, username): two organisations may each have a `zhang`
with a password, sessions and tokens of their own; a platform person's have no organisation.
"""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError

from ..ledger import models
from ..ledger.db import Database
from ..ledger.policystore import current_policy
from ..ledger.times import utc
from ..policies.config import Auth
from .errors import CommandError, InvalidInput, NotFound

ACCOUNTS, SESSIONS = models.Account.__table__, models.WebSession.__table__
TOKENS, LOG = models.ApiToken.__table__, models.AccessLog.__table__
ORGANISATIONS = models.Organisation.__table__
PLATFORM = "platform"
WRONG = "用户名或密码错误"
LIMITED = "登录失败次数过多，请稍后再试（{minutes} 分钟内）"
MIN_PASSWORD = 8


class SignInRefused(CommandError):
    """A sign-in that did not succeed; the sentence never tells whether the account exists."""


@dataclass(frozen=True)
class Who:
    """One person of the platform: their organisation (None: the platform itself) and username."""

    organisation_id: int | None
    username: str
    code: str  # the organisation's code, or `platform`

    @property
    def text(self) -> str:
        return f"{self.username}@{self.code}"


@dataclass(frozen=True)
class SignedIn:
    who: Who
    token: str
    csrf: str


@dataclass(frozen=True)
class ActiveSession:
    id: int
    who: Who
    csrf: str


@cache
def _hasher() -> PasswordHasher:
    return PasswordHasher()  # argon2id with the library's recommended cost


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def who_is(session: Any, text: str) -> Who | None:
    """The person `USER@CODE` (or an unambiguous `USER`, or `USER@platform`) names; None: nobody, or ambiguous."""
    from ..policies.errors import RuleBroken
    from .org_scope import acting

    try:
        found = acting(session, text.strip())
    except (CommandError, RuleBroken):
        return None
    if found.username is None or found.organisation_code is None:
        return None
    if found.organisation_id is not None and current_policy(session, found.organisation_id)[1].person(
            found.username) is None:
        return None
    return Who(found.organisation_id, found.username, found.organisation_code)


def _of(table: Any, who: Who) -> Any:
    """The rows of this person's account, sessions or tokens."""
    organisation = (table.c.organisation_id.is_(None) if who.organisation_id is None
                    else table.c.organisation_id == who.organisation_id)
    return organisation & (table.c.username == who.username)


def set_password(db: Database, username: str, password: str, now: datetime) -> None:
    """Set a person's password (`USER@CODE`, or `USER` where unambiguous); the person must be of a policy in force."""
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(f"密码至少 {MIN_PASSWORD} 个字符")
    hashed = _hasher().hash(password)
    with db.transaction() as session:
        who = who_is(session, username)
        if who is None:
            raise NotFound(f"用户 {username} 不在人员名单中（同名用户请写成 用户名@单位代码）")
        changed = session.execute(update(ACCOUNTS).where(_of(ACCOUNTS, who))
                                  .values(password_hash=hashed, changed_at=utc(now))).rowcount
        if not changed:
            session.execute(insert(ACCOUNTS).values(organisation_id=who.organisation_id, username=who.username,
                                                    password_hash=hashed, changed_at=utc(now)))


def sign_in(db: Database, username: str, password: str, address: str, now: datetime) -> SignedIn:
    """Check the password under the sign-in limits; open a session, or log and refuse in one sentence.

    `username` is `USER@CODE`, or `USER` where one organisation alone has it.
    """
    typed = username.strip()[:140]
    with db.transaction() as session:
        who = who_is(session, typed)
        auth = current_policy(session, who.organisation_id if who else None)[1].auth
        stored = session.execute(select(ACCOUNTS.c.password_hash).where(_of(ACCOUNTS, who))).scalar() if who else None
        name = who.text if who else typed
        limited = _limited(session, auth, name, address, now)
        if limited:
            _log(session, name, address, "sign_in_limited", "", now)
    if limited:
        raise SignInRefused(LIMITED.format(minutes=auth.failure_window_minutes))
    if not _password_matches(stored, password) or who is None:
        with db.transaction() as session:
            _log(session, name, address, "sign_in_failed", "", now)
        raise SignInRefused(WRONG)
    return open_session(db, who, address, now, "sign_in")


def open_session(db: Database, who: Who, address: str, now: datetime, action: str) -> SignedIn:
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    with db.transaction() as session:
        session.execute(insert(SESSIONS).values(token_hash=digest(token), organisation_id=who.organisation_id,
                                                username=who.username, csrf=csrf, address=address[:64],
                                                created_at=utc(now), last_seen_at=utc(now)))
        _log(session, who.text, address, action, "", now)
    return SignedIn(who, token, csrf)


def _password_matches(stored: str | None, password: str) -> bool:
    """Verify against the stored hash; an unknown account costs the same hashing as a known one."""
    try:
        return _hasher().verify(stored or _dummy_hash(), password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


@cache
def _dummy_hash() -> str:
    return _hasher().hash(secrets.token_hex(16))


def _limited(session: Any, auth: Auth, username: str, address: str, now: datetime) -> bool:
    since = utc(now - timedelta(minutes=auth.failure_window_minutes))
    failed = (LOG.c.action == "sign_in_failed") & (LOG.c.at >= since)
    by_account = session.execute(select(func.count()).where(failed, LOG.c.username == username)).scalar_one()
    by_address = session.execute(select(func.count()).where(failed, LOG.c.address == address)).scalar_one()
    return by_account >= auth.max_failures_per_account or by_address >= auth.max_failures_per_address


def active_session(db: Database, token: str, now: datetime) -> ActiveSession | None:
    with db.transaction() as session:
        return active_session_in(session, token, now)


def active_session_in(session: Any, token: str, now: datetime) -> ActiveSession | None:
    """The session of a cookie, if it was not ended and has not been idle too long (then it ends)."""
    row = session.execute(select(SESSIONS, ORGANISATIONS.c.code).outerjoin(
        ORGANISATIONS, ORGANISATIONS.c.id == SESSIONS.c.organisation_id).where(
        SESSIONS.c.token_hash == digest(token), SESSIONS.c.ended_at.is_(None))).first()
    if row is None:
        return None
    idle = timedelta(minutes=current_policy(session, row.organisation_id)[1].auth.session_idle_minutes)
    if row.last_seen_at < utc(now - idle):
        session.execute(update(SESSIONS).where(SESSIONS.c.id == row.id).values(ended_at=utc(now)))
        return None
    if row.last_seen_at < utc(now - timedelta(minutes=1)):  # one write a minute at most
        session.execute(update(SESSIONS).where(SESSIONS.c.id == row.id).values(last_seen_at=utc(now)))
    return ActiveSession(row.id, _who(row), row.csrf)


def _who(row: Any) -> Who:
    return Who(row.organisation_id, row.username, row.code or PLATFORM)


def sign_out(db: Database, session_id: int, who: Who, address: str, now: datetime) -> None:
    with db.transaction() as session:
        session.execute(update(SESSIONS).where(SESSIONS.c.id == session_id).values(ended_at=utc(now)))
        _log(session, who.text, address, "sign_out", "", now)


def create_token(db: Database, username: str, name: str, now: datetime) -> str:
    """A new bearer token for the person (`USER@CODE`, or `USER` where unambiguous); shown once, stored hashed."""
    token = "ss_" + secrets.token_urlsafe(32)
    with db.transaction() as session:
        who = who_is(session, username)
        if who is None:
            raise NotFound(f"用户 {username} 不在人员名单中（同名用户请写成 用户名@单位代码）")
        session.execute(insert(TOKENS).values(organisation_id=who.organisation_id, username=who.username,
                                              name=(name or "token")[:200], token_hash=digest(token),
                                              created_at=utc(now)))
    return token


def tokens_of(db: Database, username: str | Who | None = None) -> list[dict[str, Any]]:
    """The tokens (not the tokens themselves) of everyone, or of one person, with their organisation's code."""
    query = (select(TOKENS.c.id, TOKENS.c.username, func.coalesce(ORGANISATIONS.c.code, PLATFORM).label("organisation"),
                    TOKENS.c.name, TOKENS.c.created_at, TOKENS.c.last_used_at, TOKENS.c.revoked_at)
             .outerjoin(ORGANISATIONS, ORGANISATIONS.c.id == TOKENS.c.organisation_id).order_by(TOKENS.c.id))
    with db.transaction() as session:
        if username is not None:
            who = username if isinstance(username, Who) else who_is(session, username)
            if who is None:
                return []
            query = query.where(_of(TOKENS, who))
        return [dict(row._mapping) for row in session.execute(query)]


def revoke_token(db: Database, token_id: int, now: datetime, owner: Who | None = None) -> None:
    """Revoke a token (only the owner's own, when an owner is given); an unknown one is NotFound."""
    where = (TOKENS.c.id == token_id) & TOKENS.c.revoked_at.is_(None)
    if owner is not None:
        where &= _of(TOKENS, owner)
    with db.transaction() as session:
        if not session.execute(update(TOKENS).where(where).values(revoked_at=utc(now))).rowcount:
            raise NotFound(f"找不到有效的令牌 {token_id}")


def token_user(db: Database, token: str, now: datetime) -> Who | None:
    with db.transaction() as session:
        return token_user_in(session, token, now)


def token_user_in(session: Any, token: str, now: datetime) -> Who | None:
    """The holder of a bearer token that was not revoked."""
    row = session.execute(select(TOKENS.c.id, TOKENS.c.organisation_id, TOKENS.c.username, TOKENS.c.last_used_at,
                                 ORGANISATIONS.c.code)
                          .outerjoin(ORGANISATIONS, ORGANISATIONS.c.id == TOKENS.c.organisation_id)
                          .where(TOKENS.c.token_hash == digest(token), TOKENS.c.revoked_at.is_(None))).first()
    if row is None:
        return None
    if (row.last_used_at or "") < utc(now - timedelta(minutes=1)):
        session.execute(update(TOKENS).where(TOKENS.c.id == row.id).values(last_used_at=utc(now)))
    return _who(row)


def log_access(db: Database, username: str, address: str, action: str, detail: str, now: datetime) -> None:
    with db.transaction() as session:
        _log(session, username, address, action, detail, now)


def _log(session: Any, username: str, address: str, action: str, detail: str, now: datetime) -> None:
    session.execute(insert(LOG).values(at=utc(now), username=username[:64], address=address[:64], action=action,
                                       detail=detail[:2000]))


def access_log(db: Database, limit: int = 200, offset: int = 0, code: str | None = None) -> list[dict[str, Any]]:
    """The newest entries (of one organisation's people, `USER@CODE`, when a code is given)."""
    query = select(LOG).order_by(LOG.c.id.desc()).limit(limit).offset(offset)
    if code is not None:
        query = query.where(LOG.c.username.like(f"%@{code}"))
    with db.transaction() as session:
        rows = session.execute(query)
        return [dict(row._mapping) for row in rows]


def form_key(db: Database) -> str:
    """The key that signs the sign-in form's CSRF token, shared by every process through the database."""
    secret = models.WebSecret.__table__
    query = select(secret.c.value).where(secret.c.name == "form_key")
    with db.transaction() as session:
        key = session.execute(query).scalar()
    if key is None:  # the migration makes one; a wiped table gets a new one, whoever comes first
        try:
            with db.transaction() as session:
                session.execute(insert(secret).values(name="form_key", value=secrets.token_hex(32)))
        except IntegrityError:
            pass
        with db.transaction() as session:
            key = session.execute(query).scalar_one()
    return str(key)
