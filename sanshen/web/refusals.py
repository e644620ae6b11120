"""The engine's refusals as HTTP answers: the same sentence and rule id as on the CLI."""

from dataclasses import dataclass

from ..engine.errors import CommandError, Conflict, NotFound
from ..policies.errors import RuleBroken


@dataclass(frozen=True)
class Refusal:
    status: int
    code: str
    message: str


def refusal_of(error: Exception) -> Refusal | None:
    """What to answer for an error of a command or query; None for an error that is not the user's."""
    if isinstance(error, NotFound):
        return Refusal(404, "not_found", str(error))
    if isinstance(error, Conflict):
        return Refusal(409, "conflict", str(error))
    if isinstance(error, RuleBroken):
        return Refusal(403, error.rule, str(error))
    if isinstance(error, CommandError):
        return Refusal(422, "invalid", str(error))
    if isinstance(error, LookupError):
        return Refusal(422, "invalid", str(error).strip("'\""))
    return None


USER_ERRORS = (CommandError, RuleBroken, LookupError)
