"""解读三同步: a policy document and its interpretation are published together, linked both ways.

Whichever finishes its reviews first waits at 发布中 for the other; refusing or withdrawing the
policy ends its interpretation (its own event, in the same transaction); refusing the
interpretation sends the policy back to its drafter.
"""

from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...ledger import models
from ...ledger.policystore import current_policy
from ...policies.config import SYSTEM_USER, Person, Policy
from ...policies.errors import RuleBroken
from ...states import stage_name
from ..errors import InvalidInput, NotFound

if TYPE_CHECKING:  # the site's templates and the command path are imported where they are used: `show` needs neither
    from ...notifications.site import PageItem, Related
    from ..unit import Loaded

ITEMS = models.Item.__table__
ENDED = ("refused", "withdrawn")


@dataclass(frozen=True)
class Attributes:
    """What a new item's submission says of its kind and the policy it interprets."""

    kind: str
    interprets: int | None = None
    form: str | None = None


def attributes(session: Session, policy: Policy, person: Person, given_kind: str | None,
               interprets: int | None, form: str | None, disclosure: str = "proactive") -> Attributes:
    """Check the kind, the policy interpreted (谁起草谁解读) and the form of interpretation."""
    kind = policy.kind_id(given_kind) if given_kind else policy.default_kind
    if interprets is not None and not given_kind:
        kind = next((k for k, rule in policy.kinds.items() if rule.interprets), kind)
    if kind is None:
        raise InvalidInput(f"未知信息类别：{given_kind}（可选：{'、'.join(k.name for k in policy.kinds.values())}）")
    rule = policy.kinds[kind]
    if rule.interprets != (interprets is not None):
        raise InvalidInput(f"“{rule.name}”类信息{'须用 --interprets 指明所解读的政策文件' if rule.interprets else '不能解读其他稿件'}")
    if interprets is None:
        return Attributes(kind)
    if disclosure != "proactive":
        raise InvalidInput("政策解读须主动公开，与所解读的政策文件同步发布")
    _may_interpret(session, policy, person, interprets, rule.interpreter_roles)
    if form is not None and rule.forms and form not in rule.forms:
        raise InvalidInput(f"解读形式须为 {'、'.join(rule.forms)} 之一")
    return Attributes(kind, interprets, form or (rule.forms[0] if rule.forms else None))


def _may_interpret(session: Session, policy: Policy, person: Person, policy_id: int,
                   interpreter_roles: tuple[str, ...]) -> None:
    target = session.execute(select(ITEMS.c.id, ITEMS.c.kind, ITEMS.c.drafter, ITEMS.c.stage)
                             .where(ITEMS.c.id == policy_id)).one_or_none()
    if target is None:
        raise NotFound(f"找不到被解读的稿件 {policy_id}")
    if not policy.needs_interpretation(target.kind):
        raise InvalidInput(f"稿件 {policy_id} 不是需要解读的政策文件")
    if target.stage in ("published", "retracted", *ENDED, "recorded"):
        raise InvalidInput(f"稿件 {policy_id} 已处于“{stage_name(target.stage)}”环节，不能再为其提交解读")
    if live_interpretation(session, policy_id) is not None:
        raise InvalidInput(f"稿件 {policy_id} 已有在办的政策解读")
    allowed = person.username == target.drafter or bool(set(person.roles) & set(interpreter_roles))
    if not allowed:
        raise RuleBroken("interpreter_only", "谁起草谁解读：政策解读须由该政策文件的撰稿人起草")


def live_interpretation(session: Session, policy_id: int) -> Any:
    """The policy's interpretation that is not refused or withdrawn (the newest), or None."""
    return session.execute(select(ITEMS).where(ITEMS.c.interprets == policy_id, ITEMS.c.stage.not_in(ENDED))
                           .order_by(ITEMS.c.id.desc()).limit(1)).first()


def partner_of(session: Session, item: Any) -> Any:
    """The other item of the pair: the policy an interpretation interprets, or a policy's live interpretation."""
    if item.interprets is not None:
        return session.execute(select(ITEMS).where(ITEMS.c.id == item.interprets)).first()
    return live_interpretation(session, item.id)


def waiting(session: Session, item: Any, policy: Policy) -> dict[str, Any] | None:
    """What an item at 发布中 waits for before it can be published with its partner (None: nothing)."""
    if item.stage != "publishing" or not (item.interprets is not None or policy.needs_interpretation(item.kind)):
        return None
    partner = partner_of(session, item)
    if partner is None:
        return {"waiting_for": None, "text": "等待撰稿人提交政策解读（解读三同步）"}
    if partner.stage == "publishing":
        return None
    what = "所解读的政策文件" if item.interprets is not None else "政策解读"
    return {"waiting_for": partner.id,
            "text": f"等待{what}《{partner.title}》（稿件 {partner.id}，当前环节：{stage_name(partner.stage)}）同步发布"}


def follow_partner(session: Session, loaded: "Loaded", now: datetime) -> None:
    """After a decision on one item of a pair, the event it causes on the other, in the same transaction."""
    item = loaded.item
    if item.stage in ENDED and loaded.policy.needs_interpretation(loaded.rules.kind):
        partner = live_interpretation(session, item.id)
        if partner is not None:
            _system_step(session, partner.id, "end_with_policy", item.id, now)
    elif item.stage == "refused" and loaded.rules.interprets is not None:
        policy_row = session.execute(select(ITEMS.c.stage).where(ITEMS.c.id == loaded.rules.interprets)).one()
        if policy_row.stage not in ("drafting", "published", "retracted", "recorded", *ENDED):
            _system_step(session, loaded.rules.interprets, "back_with_interpretation", item.id, now)


def _system_step(session: Session, item_id: int, event: str, cause: int, now: datetime) -> None:
    from ...policies.rules import Step
    from ..unit import load, transition

    partner = load(session, item_id)
    opinion = (f"所解读的政策文件（稿件 {cause}）已终止，本解读随之终止" if event == "end_with_policy"
               else f"政策解读（稿件 {cause}）不予发布，请撰稿人修改政策文件并重新组织解读")
    transition(session, partner, Step(event, SYSTEM_USER, opinion=opinion), now, {"because_of": cause})


def publication_group(session: Session, item_id: int) -> list[int] | str:
    """The items to publish together (the item alone, or the pair both at 发布中), or what it waits for."""
    item = session.execute(select(ITEMS).where(ITEMS.c.id == item_id)).one()
    policy = current_policy(session)[1]
    if not (item.interprets is not None or policy.needs_interpretation(item.kind)):
        return [item_id]
    pending = waiting(session, item, policy)
    if pending is not None:
        return str(pending["text"])
    partner = partner_of(session, item)
    return sorted([item_id, partner.id])


def related(session: Session, item_id: int) -> "tuple[Related, ...]":
    """The published other half of an item's pair, as its page links it."""
    from ...notifications.site import Related

    item = session.execute(select(ITEMS.c.interprets).where(ITEMS.c.id == item_id)).one()
    if item.interprets is not None:
        rows = session.execute(select(ITEMS.c.id, ITEMS.c.title).where(ITEMS.c.id == item.interprets)).all()
        return tuple(Related(r.id, r.title, "policy") for r in rows)
    rows = session.execute(select(ITEMS.c.id, ITEMS.c.title).where(
        ITEMS.c.interprets == item_id, ITEMS.c.stage.in_(("publishing", "published", "retracted")))
        .order_by(ITEMS.c.id)).all()
    return tuple(Related(r.id, r.title, "interpretation") for r in rows)


def linked(session: Session, pages: "dict[int, PageItem]") -> "dict[int, PageItem]":
    """The pages with their links to the other half of their pair."""
    return {item_id: replace(page, related=related(session, item_id)) for item_id, page in pages.items()}


def show_fields(session: Session, item: Any) -> dict[str, Any]:
    """What `show` says of an item's kind and pair: kind, interprets, interpreted_by, waiting_for."""
    policy = current_policy(session)[1]
    interpretation = live_interpretation(session, item.id) if item.interprets is None else None
    pending = waiting(session, item, policy)
    return {"kind": item.kind, "kind_name": policy.kind_name(item.kind), "interprets": item.interprets,
            "interpreted_by": interpretation.id if interpretation is not None else None,
            "interpretation_form": item.interpretation_form,
            "waiting_for": pending["waiting_for"] if pending else None,
            "waiting": pending["text"] if pending else None,
            "channel": item.channel, "intended_on": item.intended_on,
            "disclosure_ground": item.disclosure_ground, "disclosure_reason": item.disclosure_reason}


def waiting_items(session: Session, username: str) -> list[dict[str, Any]]:
    """The person's own items waiting at 发布中 for the other half of their pair, and what they wait for."""
    policy = current_policy(session)[1]
    rows = session.execute(select(ITEMS).where(ITEMS.c.stage == "publishing", ITEMS.c.drafter == username)
                           .order_by(ITEMS.c.id)).all()
    found = []
    for row in rows:
        pending = waiting(session, row, policy)
        if pending is not None:
            found.append({"item_id": row.id, "title": row.title, "stage": row.stage, "stage_name": stage_name(row.stage),
                          "status": "waiting", "waiting_for": pending["waiting_for"], "waiting": pending["text"]})
    return found


def pair_problems(session: Session) -> list[dict[str, Any]]:
    """Publications that claim a partner which was not published with them, at the same moment, naming them back."""
    from ...ledger.replay import detail_of

    events = models.Event.__table__
    rows = session.execute(select(events.c.item_id, events.c.seq, events.c.at, events.c.detail)
                           .where(events.c.event == "deliver")).all()
    delivered = {row.item_id: (row.at, detail_of(row.detail).get("together_with")) for row in rows}
    problems = []
    for row in rows:
        partner = detail_of(row.detail).get("together_with")
        if partner is not None and delivered.get(partner) != (row.at, row.item_id):
            problems.append({"item_id": row.item_id, "seq": row.seq,
                             "problem": f"记录与稿件 {partner} 同步发布，但该稿件没有在同一时刻与之同步发布（解读三同步记录不符）"})
    return problems
