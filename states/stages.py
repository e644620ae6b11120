"""Stage ids and their groupings, derived from the chart so there is one source of truth."""

from .chart import PublicationProcess

STAGES: tuple[str, ...] = tuple(state.id for state in PublicationProcess.states)
STAGE_NAMES: dict[str, str] = {state.id: state.name for state in PublicationProcess.states}
EVENT_NAMES: dict[str, str] = {
    event.id: event.name for event in PublicationProcess.events  # type: ignore[attr-defined]
}

REVIEW_STAGES = ("confidentiality_review", "sensitivity_check", "first_review", "second_review", "final_review")
THREE_REVIEWS = ("first_review", "second_review", "final_review")
PROOFREADING_STAGES = ("proofreading_1", "proofreading_2", "proofreading_3")
HUMAN_STAGES = REVIEW_STAGES + PROOFREADING_STAGES
AUTOMATED_STAGES = ("sensitivity_check", "publishing")
TERMINAL_STAGES = ("refused", "withdrawn", "retracted", "recorded")

LEVEL_OF_PROOFREADING = {"proofreading_1": "first_review", "proofreading_2": "second_review",
                         "proofreading_3": "final_review"}
"""Each proofreading round and the review of the same level (一校↔初审, 二校↔复审, 三校↔终审)."""


def stage_name(stage: str) -> str:
    """The Chinese name of a stage, as users read it."""
    return STAGE_NAMES.get(stage, stage)
