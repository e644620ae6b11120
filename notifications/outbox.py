"""The outbox: messages written in the same transaction as the transition that causes them."""

from datetime import datetime

from sqlalchemy.orm import Session

from ..ledger import models
from ..policies.config import Policy


def enqueue_for_event(session: Session, policy: Policy, item: models.Item, event: models.Event, now: datetime) -> None:
    """Write the notifications an event causes (rendered, addressed, keyed) to the outbox."""
