"""Pure: the stages and the publication state machine."""

from .chart import PublicationProcess
from .stages import (
    AUTOMATED_STAGES,
    EVENT_NAMES,
    HUMAN_STAGES,
    LEVEL_OF_PROOFREADING,
    PROOFREADING_STAGES,
    REVIEW_STAGES,
    STAGE_NAMES,
    STAGES,
    TERMINAL_STAGES,
    THREE_REVIEWS,
    stage_name,
)

__all__ = [
    "AUTOMATED_STAGES", "EVENT_NAMES", "HUMAN_STAGES", "LEVEL_OF_PROOFREADING", "PROOFREADING_STAGES",
    "PublicationProcess", "REVIEW_STAGES", "STAGES", "STAGE_NAMES", "TERMINAL_STAGES", "THREE_REVIEWS",
    "stage_name",
]
