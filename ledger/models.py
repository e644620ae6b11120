"""The tables that hold the truth: items, revisions, tasks, the event ledger, jobs and the outbox."""

from sqlalchemy import ForeignKey, ForeignKeyConstraint, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


ORG = "organisations.id"


def organisation_column(primary_key: bool = False) -> Mapped[int]:
    """The organisation a row belongs to; rows of before organisations existed belong to the first one."""
    return mapped_column(ForeignKey(ORG), primary_key=primary_key, server_default="1", index=not primary_key)


class Organisation(Base):
    """One unit hosted on the platform, identified by the `organisation.code` of its policy file."""

    __tablename__ = "organisations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(40))


class PlatformPerson(Base):
    """A platform administrator or auditor, from the platform policy file; above every organisation."""

    __tablename__ = "platform_people"
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(320))


class PlatformPolicyVersion(Base):
    """Every platform policy loaded (its people and shared rules); the newest is in force."""

    __tablename__ = "platform_policies"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
    content: Mapped[str] = mapped_column(Text)
    loaded_at: Mapped[str] = mapped_column(String(40))


class PolicyVersion(Base):
    """Every policy the organisation has run under, so that replay uses the rules as they stood."""

    __tablename__ = "policy_versions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = organisation_column()
    digest: Mapped[str] = mapped_column(String(64), index=True)
    content: Mapped[str] = mapped_column(Text)
    loaded_at: Mapped[str] = mapped_column(String(40))


class Department(Base):
    __tablename__ = "departments"
    organisation_id: Mapped[int] = organisation_column(primary_key=True)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class Person(Base):
    __tablename__ = "people"
    organisation_id: Mapped[int] = organisation_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    department_id: Mapped[str] = mapped_column(String(64))
    email: Mapped[str | None] = mapped_column(String(320))
    notify: Mapped[str] = mapped_column(String(16), default="immediate")
    active: Mapped[bool] = mapped_column(default=True)
    __table_args__ = (ForeignKeyConstraint(["organisation_id", "department_id"],
                                           ["departments.organisation_id", "departments.id"]),)


class PersonRole(Base):
    __tablename__ = "person_roles"
    organisation_id: Mapped[int] = organisation_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(64), primary_key=True)
    __table_args__ = (ForeignKeyConstraint(["organisation_id", "username"], ["people.organisation_id", "people.username"]),)


class Item(Base):
    """An item for publication; `stage` and `version` change only through engine commands."""

    __tablename__ = "items"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = organisation_column()
    title: Mapped[str] = mapped_column(String(500))
    drafter: Mapped[str] = mapped_column(String(64))
    department_id: Mapped[str] = mapped_column(String(64))
    stage: Mapped[str] = mapped_column(String(32), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    revision_hash: Mapped[str | None] = mapped_column(String(64))
    disclosure: Mapped[str] = mapped_column(String(16), default="proactive")
    source: Mapped[str] = mapped_column(String(500), default="")
    channel: Mapped[str] = mapped_column(String(32), default="website")
    formed_on: Mapped[str | None] = mapped_column(String(10))
    index_number: Mapped[str | None] = mapped_column(String(64), unique=True)
    kind: Mapped[str | None] = mapped_column(String(64))
    interprets: Mapped[int | None] = mapped_column(Integer, index=True)
    interpretation_form: Mapped[str | None] = mapped_column(String(64))
    intended_on: Mapped[str | None] = mapped_column(String(10))
    disclosure_ground: Mapped[str | None] = mapped_column(String(32))
    disclosure_reason: Mapped[str | None] = mapped_column(Text)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    head_hash: Mapped[str] = mapped_column(String(64), default="0" * 64)
    snapshot: Mapped[str | None] = mapped_column(Text)  # the fold of its events at last_seq (ledger.snapshot)
    created_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        ForeignKeyConstraint(["organisation_id", "drafter"], ["people.organisation_id", "people.username"]),
        ForeignKeyConstraint(["organisation_id", "department_id"], ["departments.organisation_id", "departments.id"]),
        Index("ix_items_organisation_stage", "organisation_id", "stage"),
    )


class Revision(Base):
    """A full text of an item, immutable; approvals are pinned to its hash."""

    __tablename__ = "revisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(32))
    findings: Mapped[str] = mapped_column(Text, default="[]")
    created_at: Mapped[str] = mapped_column(String(40))
    __table_args__ = (UniqueConstraint("item_id", "number"), Index("ix_revisions_item_hash", "item_id", "hash"))


class Event(Base):
    """The ledger: appended, never updated; keyed by (item, seq) and hash-chained per item."""

    __tablename__ = "events"
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    event: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(64))
    from_stage: Mapped[str] = mapped_column(String(32))
    to_stage: Mapped[str] = mapped_column(String(32))
    revision_hash: Mapped[str | None] = mapped_column(String(64))
    opinion: Mapped[str | None] = mapped_column(Text)
    ground: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text, default="{}")
    at: Mapped[str] = mapped_column(String(40))
    policy_version: Mapped[int] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    command_key: Mapped[str | None] = mapped_column(String(100))  # the caller's idempotency key; not chained
    __table_args__ = (Index("ux_events_command_key", "command_key", unique=True),)


WAITING = text("status IN ('open', 'claimed')")


class ReviewTask(Base):
    """A stage waiting for a person: open for its candidates, claimed by one, then closed."""

    __tablename__ = "review_tasks"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = organisation_column()
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    stage: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    assignee: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(40))
    due_at: Mapped[str | None] = mapped_column(String(40))
    due_note: Mapped[str | None] = mapped_column(String(200))
    closed_at: Mapped[str | None] = mapped_column(String(40))
    decision: Mapped[str | None] = mapped_column(String(32))
    reminders_sent: Mapped[str] = mapped_column(Text, default="[]")
    # When the deadline sweep must next look at the task (UTC text; "" = at once, NULL = nothing more due).
    next_notice_at: Mapped[str | None] = mapped_column(String(40), server_default="")
    __table_args__ = (Index("ix_review_tasks_waiting_notice", "next_notice_at", postgresql_where=WAITING,
                            sqlite_where=WAITING),
                      Index("ix_review_tasks_organisation_stage_status_due", "organisation_id", "stage", "status", "due_at"),
                      Index("ix_review_tasks_organisation_status_due", "organisation_id", "status", "due_at"),
                      Index("ix_review_tasks_open_due", "status", "due_at", "id"),
                      Index("ix_review_tasks_assignee", "assignee"),
                      # The queue reads open tasks by stage in deadline order, and the claimed ones the person holds;
                      # the overdue list by deadline alone (ix_review_tasks_open_due).
                      Index("ix_review_tasks_stage_status_due", "stage", "status", "due_at"),
                      Index("ix_review_tasks_holder", "organisation_id", "assignee", "status", "stage", "due_at"))


class Job(Base):
    """Automated work a command leaves for the Prefect dispatcher, written in the same transaction."""

    __tablename__ = "jobs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = organisation_column()
    kind: Mapped[str] = mapped_column(String(32))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    key: Mapped[str] = mapped_column(String(128), unique=True)
    status: Mapped[str] = mapped_column(String(16), index=True, default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(128))
    lease_until: Mapped[str | None] = mapped_column(String(40))
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(40))
    finished_at: Mapped[str | None] = mapped_column(String(40))


class OutboxMessage(Base):
    """A rendered email waiting for delivery; written with the transition that caused it."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = organisation_column()
    key: Mapped[str] = mapped_column(String(200), unique=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))
    kind: Mapped[str] = mapped_column(String(32))
    recipient: Mapped[str] = mapped_column(String(64))
    address: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(String(500))
    message: Mapped[str] = mapped_column(Text)
    message_id: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), index=True, default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[str | None] = mapped_column(String(40))
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(String(40))
    sent_at: Mapped[str | None] = mapped_column(String(40))


class IndexCounter(Base):
    """The last serial of the 索引号 per organisation and year; serials are never reused."""

    __tablename__ = "index_counters"
    organisation_id: Mapped[int] = organisation_column(primary_key=True)
    prefix: Mapped[str] = mapped_column(String(64), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class Publication(Base):
    """What a channel carries: the published revision of an item, and its retraction."""

    __tablename__ = "publications"
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), primary_key=True)
    organisation_id: Mapped[int] = organisation_column()
    index_number: Mapped[str] = mapped_column(String(64), unique=True)
    revision_hash: Mapped[str] = mapped_column(String(64))
    path: Mapped[str] = mapped_column(String(500))
    published_at: Mapped[str] = mapped_column(String(40))
    page_hash: Mapped[str | None] = mapped_column(String(64))
    retracted_at: Mapped[str | None] = mapped_column(String(40))
    retract_reason: Mapped[str | None] = mapped_column(Text)


class Installation(Base):
    """This installation's id, made at `init`: it keeps Message-IDs unique across databases."""

    __tablename__ = "installation"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[str] = mapped_column(String(40))


class Checkpoint(Base):
    """A signed summary of the whole ledger at a moment: the Merkle root over every item's head."""

    __tablename__ = "checkpoints"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(40))
    items: Mapped[int] = mapped_column(Integer)
    events: Mapped[int] = mapped_column(Integer)
    root: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    signature: Mapped[str] = mapped_column(String(128))
    public_key: Mapped[str] = mapped_column(String(64))
    verified_at: Mapped[str | None] = mapped_column(String(40))


class CheckpointHead(Base):
    """An item's head as a checkpoint recorded it; stored only when it changed since the previous one."""

    __tablename__ = "checkpoint_heads"
    item_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    checkpoint_id: Mapped[int] = mapped_column(ForeignKey("checkpoints.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    head_hash: Mapped[str] = mapped_column(String(64))


class SitePage(Base):
    """A rendered file of an organisation's site (page, index page, feed): the database holds it, exports copy it."""

    __tablename__ = "site_pages"
    organisation_id: Mapped[int] = organisation_column(primary_key=True)
    path: Mapped[str] = mapped_column(String(300), primary_key=True)
    content: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[str] = mapped_column(String(40))


class SiteListing(Base):
    """One line of an organisation's index per publication, numbered in its publication order (the index's pages)."""

    __tablename__ = "site_listing"
    organisation_id: Mapped[int] = organisation_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), unique=True)
    index_number: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(Text)
    disclosure: Mapped[str] = mapped_column(String(32))
    department: Mapped[str] = mapped_column(String(200))
    revision_hash: Mapped[str] = mapped_column(String(64))
    published_at: Mapped[str] = mapped_column(String(40))
    retracted_at: Mapped[str | None] = mapped_column(String(40))
    pair_mark: Mapped[str] = mapped_column(String(16), default="", server_default="")


class SiteRebuild(Base):
    """One `sanshen site rebuild` of an organisation's site: when, by whom, what it rendered again."""

    __tablename__ = "site_rebuilds"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = organisation_column()
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(140))
    written: Mapped[int] = mapped_column(Integer)
    unchanged: Mapped[int] = mapped_column(Integer)
    templates: Mapped[str] = mapped_column(String(64))


class Account(Base):
    """A person's web password (argon2id), keyed by (organisation, username); a platform person's has no organisation.

    Two organisations may each have a `zhang`, with separate passwords, sessions and tokens.
    """

    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey(ORG))
    username: Mapped[str] = mapped_column(String(64))
    password_hash: Mapped[str] = mapped_column(String(200))
    changed_at: Mapped[str] = mapped_column(String(40))
    __table_args__ = (UniqueConstraint("organisation_id", "username", name="uq_accounts_organisation_username"),
                      Index("uq_accounts_platform_username", "username", unique=True,
                            sqlite_where=text("organisation_id IS NULL"),
                            postgresql_where=text("organisation_id IS NULL")))


class WebSession(Base):
    """A signed-in browser: the cookie carries a random token, the row its SHA-256; ended at sign-out."""

    __tablename__ = "web_sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey(ORG))  # None: a platform person
    username: Mapped[str] = mapped_column(String(64), index=True)
    csrf: Mapped[str] = mapped_column(String(64))
    address: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(40))
    last_seen_at: Mapped[str] = mapped_column(String(40))
    ended_at: Mapped[str | None] = mapped_column(String(40))


class ApiToken(Base):
    """A bearer token of the JSON API, stored as its SHA-256 only."""

    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey(ORG))  # None: a platform person
    username: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[str] = mapped_column(String(40))
    last_used_at: Mapped[str | None] = mapped_column(String(40))
    revoked_at: Mapped[str | None] = mapped_column(String(40))


class AccessLog(Base):
    """Sign-ins, sign-outs and refusals: who, when, from where, what."""

    __tablename__ = "access_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(40), index=True)
    username: Mapped[str] = mapped_column(String(64))
    address: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_access_log_username_at", "username", "at"),
                      Index("ix_access_log_address_at", "address", "at"))


class WebSecret(Base):
    """Secrets every web process shares through the database (the CSRF key of the sign-in form)."""

    __tablename__ = "web_secrets"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
