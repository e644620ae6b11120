"""The `sanshen` command line. Each command imports what it needs when it runs, so that
commands which run no flow start fast and never import Prefect."""

import contextlib
import importlib
import os
import sys
from typing import Any

import typer
from typer._click.exceptions import NoArgsIsHelpError, UsageError
from typer.core import TyperGroup

from .output import say

INTERRUPTED = 130


class SanshenGroup(TyperGroup):
    """Every command ends in one sentence: a usage error, Ctrl-C and a closed pipe included."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except NoArgsIsHelpError:
            raise
        except UsageError as error:
            where = error.ctx.command_path if error.ctx else "sanshen"
            say(f"错误：命令行参数有误：{error.format_message()}（用法见 {where} --help）", err=True)
            raise typer.Exit(2) from None
        except (KeyboardInterrupt, typer.Abort):
            say("已中断", err=True)
            raise typer.Exit(INTERRUPTED) from None
        except BrokenPipeError:
            _quiet_stdout()
            raise typer.Exit(0) from None


def _quiet_stdout() -> None:
    """The reader went away (`sanshen show 1 | head -3`): what is left to print goes nowhere, silently."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


app = typer.Typer(
    cls=SanshenGroup,
    help="sanshen：政府信息发布“三审三校”审批流程引擎",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMAND_MODULES = ("admin", "platform", "items", "read", "check", "mail", "worker", "ledgercmd", "records",
                   "archive", "site", "web")


def _register_all() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"sanshen.commands.{name}")
        except ModuleNotFoundError as missing:
            if missing.name != f"sanshen.commands.{name}":
                raise
            continue
        module.register(app)


_register_all()


def main() -> None:
    app()
