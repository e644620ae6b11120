"""Two organisations side by side (the demo bureau QHKJJ and the education bureau QHJYJ), for isolation tests."""

from pathlib import Path

import pytest

from sanshen.engine.commands import Decide, Submit
from sanshen.engine.handlers import Engine
from sanshen.engine.org_scope import acting
from sanshen.engine.queries import show
from sanshen.ledger.policystore import store_policy
from sanshen.policyfile import load_policy
from tests.helpers import CLEAN_BODY, REVIEWERS

EDUCATION = Path(__file__).parent.parent / "sanshen" / "data" / "demo_policy_education.yaml"
EDU_REVIEWERS = {"confidentiality_review": "linfeng", "first_review": "luoping", "second_review": "shenhua",
                 "final_review": "yuanjie", "proofreading_1": "jiangbo", "proofreading_2": "dongmei",
                 "proofreading_3": "kongliang"}
MISSING = 999_999


@pytest.fixture
def two(db, now):
    """The demo bureau (QHKJJ, loaded by `db`) and the education bureau (QHJYJ) side by side."""
    with db.transaction() as session:
        store_policy(session, load_policy(EDUCATION), now.isoformat())
    return db


def as_(db, who: str) -> tuple[Engine, str]:
    with db.transaction() as session:
        scope = acting(session, who)
    return Engine(db, scope=scope), scope.username or who


def submit_as(db, who: str, now, title: str = "关于开展科技活动周的通知") -> int:
    engine, username = as_(db, who)
    return engine.submit(Submit(username, title, CLEAN_BODY), now).id


def drive(db, item: int, code: str, target: str, now) -> None:
    reviewers = REVIEWERS if code == "QHKJJ" else EDU_REVIEWERS
    system = Engine(db)
    with db.transaction() as session:
        stage = show(session, item)["stage"]
    while stage != target:
        if stage == "sensitivity_check":
            stage = system.system("scan_clean", item, now).stage
            continue
        engine, who = as_(db, f"{reviewers[stage]}@{code}")
        engine.decide(Decide("claim", who, item), now)
        stage = engine.decide(Decide("approve", who, item, opinion="同意"), now).stage
