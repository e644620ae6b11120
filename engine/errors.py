"""Errors a command answers with: each is one clear sentence for the user, in Chinese."""

from ..policies.errors import RuleBroken


class CommandError(Exception):
    """A command that cannot be carried out; nothing was written."""


class NotFound(CommandError):
    pass


ROW_ID_MAX = 2**31 - 1
"""The largest id a row can have: ids are 32-bit integers on PostgreSQL (and so, by choice, on SQLite)."""


def a_row_id(value: int) -> bool:
    """Whether `value` can be the id of a stored row at all (a bigger or non-positive number names nothing)."""
    return 1 <= value <= ROW_ID_MAX


CONFLICT = "稿件刚被他人处理，本次操作未生效，请刷新后重试"


class Conflict(CommandError):
    """Someone else changed the item first; the command was not applied and may be retried."""


class InvalidInput(CommandError):
    pass


class LedgerMismatch(CommandError):
    """The item's row disagrees with its hash-chained ledger (changed behind the engine): nothing is decided."""


__all__ = ["CommandError", "Conflict", "InvalidInput", "LedgerMismatch", "NotFound", "RuleBroken", "a_row_id"]
