"""One function per intent. Each loads, decides, records and commits in one transaction."""

from datetime import datetime

from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..ledger.chain import GENESIS, text_hash
from ..ledger.db import Database
from ..ledger.models import Publication
from ..ledger.policystore import current_policy
from ..policies import checks
from ..policies.config import SYSTEM_USER
from ..policies.errors import RuleBroken
from ..policies.findings import apply_suggestions
from ..policies.rules import ItemRules, RevisionFacts, Step
from ..policies.scope import Scope
from .commands import Correct, Decide, Revise, Submit
from .errors import CONFLICT, Conflict, InvalidInput
from .jobs import JobRef, hold
from .once import exactly_once, moved_under
from .org_scope import acting, interpreted_in_scope, may_change
from .records import pairs
from .unit import ITEMS, ItemState, Loaded, add_revision, load, stamp, transition

PUBLICATIONS = Publication.__table__


class Engine:
    """The commands of the process over one database; every method is one transaction."""

    def __init__(self, db: Database, invocation_key: str | None = None, scope: Scope | None = None):
        """`invocation_key`: the key of the one command this engine will run (the CLI makes one per invocation);
        `scope`: the acting person's slice of the platform (None: the system, or a trusted caller)."""
        self.db, self.scope = db, scope
        self.invocation_key, self.commands_run = invocation_key, 0

    def next_invocation_key(self) -> str | None:
        """The invocation's key for its next command (`KEY:1`, `KEY:2` ...): each command of one engine once."""
        if self.invocation_key is None:
            return None
        self.commands_run += 1
        return f"{self.invocation_key}:{self.commands_run}"

    @exactly_once
    def submit(self, cmd: Submit, now: datetime) -> ItemState:
        with self._unit() as session:
            organisation = self._organisation_of(session, cmd.actor)
            version, policy = current_policy(session, organisation)
            person = policy.person(cmd.actor)
            if person is None:
                raise RuleBroken("unknown_user", f"用户 {cmd.actor} 不在本单位人员名单中")
            if policy.drafter_roles and not set(person.roles) & set(policy.drafter_roles):
                names = "、".join(policy.roles[r] for r in policy.drafter_roles)
                raise RuleBroken("role_required", f"只有{names}可以提交稿件")
            if cmd.formed_on and cmd.formed_on > now.date():
                raise InvalidInput(f"信息形成日期 {cmd.formed_on} 晚于今天，请核对")
            if cmd.interprets is not None:  # a policy of another organisation is not found, as one that does not exist
                interpreted_in_scope(session, cmd.interprets, Scope(cmd.actor, organisation))
            kind = pairs.attributes(session, policy, person, cmd.kind, cmd.interprets, cmd.interpretation_form,
                                    cmd.disclosure)
            item = ItemState(0, cmd.title.strip(), cmd.actor, person.department, "drafting", 1, None, 0, GENESIS,
                             cmd.disclosure, None, organisation)
            item.id = session.execute(insert(ITEMS).values(
                organisation_id=organisation, title=item.title, drafter=item.drafter, department_id=item.department_id, stage=item.stage,
                version=item.version, last_seq=0, head_hash=GENESIS, disclosure=cmd.disclosure, source=cmd.source,
                channel=cmd.channel, formed_on=cmd.formed_on.isoformat() if cmd.formed_on else None,
                kind=kind.kind, interprets=kind.interprets, interpretation_form=kind.form,
                intended_on=cmd.intended_on.isoformat() if cmd.intended_on else None,
                disclosure_ground=cmd.disclosure_ground, disclosure_reason=cmd.disclosure_reason,
                created_at=stamp(now), updated_at=stamp(now)).returning(ITEMS.c.id)).scalar_one()
            loaded = Loaded(item, version, policy, ItemRules(policy, cmd.actor, person.department, {}))
            revision = add_revision(session, loaded, item.title, cmd.body, cmd.actor, "submit", now)
            attributes = {"disclosure": cmd.disclosure, "kind": kind.kind, "interprets": kind.interprets}
            transition(session, loaded, Step("submit", cmd.actor, revision=revision.hash, **attributes), now,
                       {key: value for key, value in attributes.items() if value is not None})
            return item

    @exactly_once
    def revise(self, cmd: Revise, now: datetime) -> ItemState:
        with self._unit() as session:
            loaded = self._load(session, cmd.item_id)
            loaded.rules.may_attempt("revise", cmd.actor)
            loaded.rules.actor_is_drafter(cmd.actor)
            _changes_the_text(loaded, cmd.title.strip(), cmd.body, "修改后的标题和正文与现行版本相同，没有需要记录的修改")
            revision = add_revision(session, loaded, cmd.title.strip(), cmd.body, cmd.actor, "revise", now)
            loaded.item.title = cmd.title.strip()
            transition(session, loaded, Step("revise", cmd.actor, revision=revision.hash), now)
            return loaded.item

    @exactly_once
    def resubmit(self, actor: str, item_id: int, now: datetime) -> ItemState:
        with self._unit() as session:
            loaded = self._load(session, item_id)
            transition(session, loaded, Step("submit", actor, revision=loaded.item.revision_hash), now)
            return loaded.item

    @exactly_once
    def decide(self, cmd: Decide, now: datetime) -> ItemState:
        """approve, return, refuse, claim, release, withdraw or retract."""
        if cmd.event not in {"approve", "return", "refuse", "claim", "release", "withdraw", "retract"}:
            raise InvalidInput(f"不认识的操作：{cmd.event}")
        with self._unit() as session:
            loaded = self._load(session, cmd.item_id)
            step = Step(cmd.event, cmd.actor, opinion=cmd.opinion, ground=cmd.ground, assignee=cmd.assignee,
                        expected_revision=cmd.expected_revision)
            if cmd.secret and loaded.item.stage != "confidentiality_review":
                raise InvalidInput("“涉密”只能由保密审查员在保密审查环节标明")
            try:
                transition(session, loaded, step, now, {"secret": True} if cmd.secret else None)
            except RuleBroken:
                moved_under(session, loaded, cmd.actor)
                raise
            pairs.follow_partner(session, loaded, now)
            return loaded.item

    @exactly_once
    def correct(self, cmd: Correct, now: datetime) -> ItemState:
        """A proofreading correction: a new revision within the policy's tolerance."""
        with self._unit() as session:
            loaded = self._load(session, cmd.item_id)
            loaded.rules.may_attempt("correct", cmd.actor)
            title = (cmd.title or loaded.item.title).strip()
            _changes_the_text(loaded, title, cmd.body, "校对修改与现行版本相同，没有需要记录的修改")
            revision = add_revision(session, loaded, title, cmd.body, cmd.actor, "correct", now)
            loaded.item.title = title
            transition(session, loaded, Step("correct", cmd.actor, revision=revision.hash, opinion=cmd.opinion), now)
            return loaded.item

    @exactly_once
    def apply_suggestions(self, actor: str, item_id: int, picks: list[int], now: datetime) -> ItemState:
        """A proofreading correction made of the suggestions of the chosen findings (numbered from 1)."""
        with self._unit() as session:
            loaded = self._load(session, item_id)
            loaded.rules.may_attempt("correct", actor)
            facts = _current_revision(loaded)
            if not picks or not all(1 <= n <= len(facts.findings) for n in picks):
                raise InvalidInput(f"发现编号超出范围：本版本共有 {len(facts.findings)} 条检查发现，编号从 1 起")
            chosen = [facts.findings[n - 1] for n in picks]
            if any(f.suggestion is None for f in chosen):
                raise InvalidInput("所选的检查发现没有可采纳的修改建议")
            title, _, body = apply_suggestions(facts.text, chosen).partition("\n\n")
            _changes_the_text(loaded, title, body, "所选的修改建议不改变正文，没有需要记录的修改")
            revision = add_revision(session, loaded, title, body, actor, "correct", now)
            loaded.item.title = title
            transition(session, loaded, Step("correct", actor, revision=revision.hash), now)
            return loaded.item

    @exactly_once
    def mask(self, actor: str, item_id: int, now: datetime) -> ItemState:
        """Replace every unmasked personal datum by its mask, as a revision of its own."""
        with self._unit() as session:
            loaded = self._load(session, item_id)
            loaded.rules.may_attempt("mask", actor)
            facts = _current_revision(loaded)
            masked = checks.apply_masks(facts.text, list(facts.findings))
            if masked == facts.text:
                raise InvalidInput("稿件中没有需要遮掩的个人信息")
            title, _, body = masked.partition("\n\n")
            revision = add_revision(session, loaded, title, body, actor, "mask", now)
            transition(session, loaded, Step("mask", actor, revision=revision.hash), now)
            return loaded.item

    @exactly_once
    def system(self, event: str, item_id: int, now: datetime, detail: dict | None = None,
               claim: JobRef | None = None) -> ItemState:
        """An automated transition: scan_clean, scan_flag or deliver; for a job, only while its claim holds."""
        with self._unit() as session:
            hold(session, claim, now)
            loaded = self._load(session, item_id)
            transition(session, loaded, Step(event, SYSTEM_USER), now, detail)
            return loaded.item

    @exactly_once
    def deliver_together(self, pages: list[tuple[int, str, str, str, str]], now: datetime,
                         claim: JobRef | None = None) -> None:
        """Record the publication of a policy and its interpretation: both deliver events in one transaction.

        `pages`: (item id, 索引号, path, revision hash, page hash) of each of the two.
        """
        with self._unit() as session:
            hold(session, claim, now)
            for n, (item_id, index_number, path, revision_hash, page_hash) in enumerate(pages):
                loaded = load(session, item_id)
                if loaded.item.revision_hash != revision_hash:
                    raise Conflict("待发布的版本已改变，本次发布未生效")
                other = pages[1 - n][0]
                transition(session, loaded, Step("deliver", SYSTEM_USER, together_with=other), now,
                           {"index_number": index_number, "page_hash": page_hash, "together_with": other})
                session.execute(insert(PUBLICATIONS).values(item_id=item_id, index_number=index_number,
                                                            organisation_id=loaded.item.organisation_id,
                                                            revision_hash=revision_hash, path=path,
                                                            published_at=stamp(now), page_hash=page_hash))

    @exactly_once
    def deliver(self, item_id: int, index_number: str, path: str, revision_hash: str, now: datetime,
                page_hash: str | None = None, claim: JobRef | None = None) -> ItemState:
        """Record a publication: the deliver event and the channel's publication row, together."""
        with self._unit() as session:
            hold(session, claim, now)
            loaded = self._load(session, item_id)
            if loaded.item.revision_hash != revision_hash:
                raise Conflict("待发布的版本已改变，本次发布未生效")
            detail = {"index_number": index_number, **({"page_hash": page_hash} if page_hash else {})}
            transition(session, loaded, Step("deliver", SYSTEM_USER), now, detail)
            session.execute(insert(PUBLICATIONS).values(item_id=item_id, organisation_id=loaded.item.organisation_id,
                                                        index_number=index_number,
                                                        revision_hash=revision_hash, path=path,
                                                        published_at=stamp(now), page_hash=page_hash))
            return loaded.item

    def _load(self, session: Session, item_id: int) -> Loaded:
        """The item within the acting person's scope; a platform auditor changes nothing."""
        may_change(self.scope)
        return load(session, item_id, self.scope)

    def _organisation_of(self, session: Session, actor: str) -> int:
        """Where a new item belongs: the scope's organisation, or the one the actor's username names."""
        may_change(self.scope)
        if self.scope is not None and self.scope.organisation_id is not None:
            return self.scope.organisation_id
        found = acting(session, actor).organisation_id
        if found is None:
            raise RuleBroken("role_required", "平台人员不能以单位身份提交稿件")
        return found

    def _unit(self):  # type: ignore[no-untyped-def]
        return _CommandUnit(self.db)


def _changes_the_text(loaded: Loaded, title: str, body: str, same: str) -> None:
    """A new revision must differ from the current one: an identical text is refused, and writes nothing."""
    if text_hash(title, body) == loaded.item.revision_hash:
        raise InvalidInput(same)


def _current_revision(loaded: Loaded) -> RevisionFacts:
    try:
        return loaded.rules.revisions[loaded.item.revision_hash or ""]
    except KeyError:
        raise InvalidInput("稿件还没有正文") from None


class _CommandUnit:
    """The transaction of one command; a lost race on the item becomes a clear Conflict."""

    def __init__(self, db: Database, invocation_key: str | None = None):
        """`invocation_key`: the key of the one command this engine will run (the CLI makes one per invocation)."""
        self.db = db
        self.invocation_key, self.commands_run = invocation_key, 0

    def next_invocation_key(self) -> str | None:
        """The invocation's key for its next command (`KEY:1`, `KEY:2` ...): each command of one engine once."""
        if self.invocation_key is None:
            return None
        self.commands_run += 1
        return f"{self.invocation_key}:{self.commands_run}"

    def __enter__(self) -> Session:
        self.cm = self.db.transaction()
        return self.cm.__enter__()

    def __exit__(self, kind, exc, tb):  # type: ignore[no-untyped-def]
        """Roll back on any error; a lost race, in the body or at commit, becomes a Conflict."""
        try:
            suppressed = self.cm.__exit__(kind, exc, tb)
        except Exception as error:
            if _lost_race(error):
                raise Conflict(CONFLICT) from error
            raise
        if exc is not None and _lost_race(exc):
            raise Conflict(CONFLICT) from exc
        return suppressed


def _lost_race(error: BaseException) -> bool:
    """Another command changed the item first: a duplicate ledger key, a stale row, a serialisation failure."""
    if isinstance(error, OperationalError):
        return getattr(error.orig, "sqlstate", None) in ("40001", "40P01")
    return isinstance(error, (StaleDataError, IntegrityError))
