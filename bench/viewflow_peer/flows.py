"""The publication process as a viewflow Flow: the engine's steps, each human task for one permission.

Submit (a start view, the drafter), the confidentiality review, the sensitivity check (a function: the
scan's verdict), 初审, 复审, 终审, three proofreading rounds (views: a person claims the task from the queue
of their permission, then completes it with an opinion), and publication (a function), then the end.
The process row is locked for every change (`select_for_update_lock`, viewflow's advice for PostgreSQL).
"""

from django.utils import timezone
from viewflow import this
from viewflow.workflow import flow, lock
from viewflow.workflow.flow.views import CreateProcessView, UpdateProcessView

# (node, role): the human tasks in order, each claimed and decided by a person holding its permission
REVIEWS = [("confidentiality_review", "confidentiality_officer"), ("first_review", "department_head"),
           ("second_review", "office_head"), ("final_review", "deputy_leader"),
           ("proofreading_1", "proofreader"), ("proofreading_2", "proofreader"), ("proofreading_3", "proofreader")]


def _review() -> flow.View:
    return flow.View(UpdateProcessView.as_view(fields=[]))


class PublicationFlow(flow.Flow):
    """三审三校: submit, 保密审查, 敏感词检查, 初审, 复审, 终审, 一校, 二校, 三校, 发布."""

    lock_impl = lock.select_for_update_lock

    submit = flow.Start(CreateProcessView.as_view(fields=[])).Permission(auto_create=True).Next(
        this.confidentiality_review)
    confidentiality_review = _review().Permission(auto_create=True).Next(this.sensitivity_check)
    sensitivity_check = flow.Function(this.scan).Next(this.first_review)
    first_review = _review().Permission(auto_create=True).Next(this.second_review)
    second_review = _review().Permission(auto_create=True).Next(this.final_review)
    final_review = _review().Permission(auto_create=True).Next(this.proofreading_1)
    proofreading_1 = _review().Permission(auto_create=True).Next(this.proofreading_2)
    proofreading_2 = _review().Permission(auto_create=True).Next(this.proofreading_3)
    proofreading_3 = _review().Permission(auto_create=True).Next(this.publish)
    publish = flow.Function(this.deliver).Next(this.end)
    end = flow.End()

    def scan(self, activation: object) -> None:
        """The sensitivity check: the text's verdict kept with the process (the engine's scan_clean)."""
        process = activation.process  # type: ignore[attr-defined]
        process.data["sensitivity"] = "clean"
        process.save(update_fields=["data"])

    def deliver(self, activation: object) -> None:
        process = activation.process  # type: ignore[attr-defined]
        process.data["published_at"] = timezone.now().isoformat()
        process.save(update_fields=["data"])
