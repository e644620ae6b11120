"""Turning the errors of the layers below into one clear sentence and an exit status."""

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from ..output import fail

F = TypeVar("F", bound=Callable[..., Any])
NO_SUCH_NUMBER = "找不到该编号的记录（编号超出范围）"


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
        except BrokenPipeError:
            raise
        except OSError as exc:
            fail(f"无法访问文件或数据库：{exc}")
        except OverflowError:
            fail(NO_SUCH_NUMBER)
        except Exception as exc:
            _database_error(exc)
            raise

    return wrapper  # type: ignore[return-value]


def _database_error(exc: Exception) -> None:
    """Answer a database that is missing, unreachable or not initialised in one sentence."""
    from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

    if isinstance(exc, (ArgumentError, NoSuchModuleError)):
        fail(f"数据库地址无效（SANSHEN_DATABASE_URL）：{str(exc).splitlines()[0]}")
    if isinstance(exc, ImportError):
        fail(f"数据库地址无效（SANSHEN_DATABASE_URL）：缺少其驱动 {exc.name}，请用 sqlite:/// 或 postgresql+psycopg://")
    if not isinstance(exc, DBAPIError):
        return
    if getattr(exc.orig, "sqlstate", None) == "22003":  # a number beyond the column's range names no row
        fail(NO_SUCH_NUMBER)
    text = str(exc.orig)
    if "no such table" in text or "does not exist" in text and "relation" in text:
        fail("数据库尚未初始化：请先运行 sanshen init --demo 或 sanshen init --policy 策略文件")
    fail(f"数据库错误：{text.splitlines()[0] if text else type(exc.orig).__name__}")
