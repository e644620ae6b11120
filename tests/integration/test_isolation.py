"""Two organisations on one database: nothing of one is visible to, claimable by or sent to the other.

Each test tries to break the isolation and would fail if a query or command read outside the scope.
"""


import pytest
from sqlalchemy import select, update

from sanshen.engine.commands import Correct, Decide, Revise
from sanshen.engine.deadlines import overdue, sweep
from sanshen.engine.errors import InvalidInput, NotFound
from sanshen.engine.forms import approval_form
from sanshen.engine.org_scope import acting
from sanshen.engine.organisations import organisation_scope, organisations
from sanshen.engine.publishing import publish
from sanshen.engine.queries import history, queue, show, users, verify
from sanshen.ledger import models
from sanshen.policyfile import DEMO_POLICY, load_policy
from tests.helpers import CLEAN_BODY
from tests.platform_helpers import MISSING, as_, drive, submit_as


def not_found_text(call, item: int) -> str:
    with pytest.raises(NotFound) as refused:
        call(item)
    return str(refused.value).replace(str(item), "N")


def test_a_username_in_two_organisations_needs_its_code_and_with_it_acts_in_that_one_only(two, now):
    with two.transaction() as session, pytest.raises(InvalidInput) as ambiguous:
        acting(session, "linfeng")
    assert "linfeng@单位代码" in str(ambiguous.value) and "QHJYJ" in str(ambiguous.value)
    item = submit_as(two, "wangfang@QHJYJ", now)
    with two.transaction() as session:
        assert show(session, item)["organisation"] == "QHJYJ"
        assert acting(session, "tianye").organisation_code == "QHJYJ"  # unambiguous without the code


def test_another_organisations_item_answers_exactly_as_an_item_that_does_not_exist(two, now):
    theirs = submit_as(two, "wangfang@QHKJJ", now)
    engine, me = as_(two, "linfeng@QHJYJ")
    with two.transaction() as session:
        scope = acting(session, "linfeng@QHJYJ")
        readers = [lambda i: show(session, i, scope=scope), lambda i: history(session, i, scope),
                   lambda i: approval_form(session, i, scope)]
        for read in readers:
            assert not_found_text(read, theirs) == not_found_text(read, MISSING) == "找不到稿件 N"
    writers = [lambda i: engine.decide(Decide("claim", me, i), now),
               lambda i: engine.decide(Decide("approve", me, i, opinion="同意"), now),
               lambda i: engine.revise(Revise(me, i, "标题", CLEAN_BODY), now),
               lambda i: engine.correct(Correct(me, i, CLEAN_BODY + "。"), now),
               lambda i: engine.mask(me, i, now), lambda i: engine.resubmit(me, i, now)]
    for write in writers:
        assert not_found_text(write, theirs) == not_found_text(write, MISSING) == "找不到稿件 N"
    with two.transaction() as session:
        assert show(session, theirs)["stage"] == "confidentiality_review"
        assert session.execute(select(models.Event.seq).where(models.Event.item_id == theirs)).scalars().all() == [1]


def test_queues_hold_only_the_askers_organisation(two, now):
    ours, theirs = submit_as(two, "wangfang@QHJYJ", now), submit_as(two, "wangfang@QHKJJ", now)
    with two.transaction() as session:
        edu = queue(session, "linfeng", scope=acting(session, "linfeng@QHJYJ"))
        kjj = queue(session, "linfeng", scope=acting(session, "linfeng@QHKJJ"))
    assert [e.item_id for e in edu] == [ours] and [e.item_id for e in kjj] == [theirs]


def test_only_the_items_organisation_is_notified_and_counted_as_candidates(two, now):
    item = submit_as(two, "wangfang@QHJYJ", now)
    with two.transaction() as session:
        mail = session.execute(select(models.OutboxMessage.address, models.OutboxMessage.organisation_id)
                               .where(models.OutboxMessage.item_id == item)).all()
        edu = session.execute(select(models.Organisation.id).where(models.Organisation.code == "QHJYJ")).scalar()
    assert sorted(a for a, _ in mail) == ["linfeng@jyj.qinghe.example", "qiuyue@jyj.qinghe.example"]
    assert {o for _, o in mail} == {edu}


def test_reminders_and_overdue_lists_stay_within_the_organisation(two, now):
    from datetime import timedelta

    ours, theirs = submit_as(two, "wangfang@QHJYJ", now), submit_as(two, "wangfang@QHKJJ", now)
    later = now + timedelta(days=30)
    sweep(two, later)
    with two.transaction() as session:
        edu = acting(session, "qiuyue")
        late = overdue(session, later, scope=edu)
        reminders = session.execute(select(models.OutboxMessage.item_id, models.OutboxMessage.address)
                                    .where(models.OutboxMessage.kind.in_(("reminder", "escalation")))).all()
    assert [r["item_id"] for r in late] == [ours]
    for item, address in reminders:
        assert address.endswith("@jyj.qinghe.example" if item == ours else "@kjj.qinghe.example"), (item, address)
    assert {item for item, _ in reminders} == {ours, theirs}


def test_people_and_organisations_are_listed_within_the_scope(two, now):
    with two.transaction() as session:
        edu = acting(session, "tianye@QHJYJ")
        people = users(session, edu)
        everyone = users(session)
        listed = organisations(session, edu)
    assert {p["organisation"] for p in people} == {"QHJYJ"} and len(people) == 11
    assert {p["organisation"] for p in everyone} == {"QHJYJ", "QHKJJ"}
    assert len(everyone) == 11 + len(load_policy(DEMO_POLICY).people)
    assert [o["code"] for o in listed] == ["QHJYJ"]


def test_index_numbers_are_per_organisation_and_pages_carry_their_organisation(two, now):
    from sanshen.engine.publishing import page_of

    edu_item, kjj_item = submit_as(two, "wangfang@QHJYJ", now), submit_as(two, "wangfang@QHKJJ", now)
    drive(two, edu_item, "QHJYJ", "publishing", now)
    drive(two, kjj_item, "QHKJJ", "publishing", now)
    assert publish(two, edu_item, now) == publish(two, kjj_item, now) == "published"
    with two.transaction() as session:
        numbers = [show(session, i)["index_number"] for i in (edu_item, kjj_item)]
        edu_page, kjj_page = page_of(session, edu_item), page_of(session, kjj_item)
    assert numbers == ["QHJYJ-2026-00001", "QHKJJ-2026-00001"]
    assert "清河县教育局" in edu_page and "清河县科学技术局" not in edu_page
    assert "清河县科学技术局" in kjj_page and "清河县教育局" not in kjj_page


def test_each_organisations_ledger_verifies_on_its_own(two, now):
    edu_item, kjj_item = submit_as(two, "wangfang@QHJYJ", now), submit_as(two, "wangfang@QHKJJ", now)
    with two.transaction() as session:
        session.execute(update(models.Event).where(models.Event.item_id == kjj_item).values(opinion="篡改"))
    with two.transaction() as session:
        edu, kjj = organisation_scope(session, "QHJYJ"), organisation_scope(session, "QHKJJ")
        assert verify(session, scope=edu) == {"ok": True, "items_checked": 1, "events_checked": 1, "problems": []}
        broken = verify(session, scope=kjj)
        assert not broken["ok"] and {p["item_id"] for p in broken["problems"]} == {kjj_item}
        assert verify(session)["items_checked"] == 2
        with pytest.raises(NotFound):
            organisation_scope(session, "QHKJJ", acting(session, "tianye"))
    assert edu_item != kjj_item


def test_the_web_scope_of_a_person_sees_nothing_of_another_organisation(two, now):
    from sanshen.engine.scope import scope_of

    theirs, ours = submit_as(two, "wangfang@QHKJJ", now), submit_as(two, "wangfang@QHJYJ", now)
    with two.transaction() as session:
        web = scope_of(session, "linfeng@QHJYJ")
        assert web is not None and web.policy.organisation.code == "QHJYJ"
        with pytest.raises(NotFound) as refused:
            web.require_item(session, theirs)
        assert str(refused.value) == f"找不到稿件 {theirs}"
        web.require_item(session, ours)
        listed = session.execute(select(models.Item.id).where(web.visible_items())).scalars().all()
        assert listed == [ours]
        assert scope_of(session, "linfeng") is None  # two organisations have a linfeng: the code is needed
