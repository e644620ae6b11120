"""Turning the errors of the layers below into one clear sentence and an exit status."""

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from ..output import fail

F = TypeVar("F", bound=Callable[..., Any])


def user_errors(func: F) -> F:
    """Run a command; answer a user error with one sentence on stderr, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from ..engine.errors import CommandError, Conflict
        from ..policies.config import PolicyError
        from ..policies.errors import RuleBroken

        try:
            return func(*args, **kwargs)
        except Conflict as exc:
            fail(str(exc), 3)
        except (CommandError, RuleBroken, PolicyError) as exc:
            fail(str(exc))
        except LookupError as exc:
            fail(str(exc).strip("'\""))
        except OSError as exc:
            fail(f"无法访问文件或数据库：{exc}")

    return wrapper  # type: ignore[return-value]
