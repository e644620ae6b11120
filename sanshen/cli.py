"""The `sanshen` command line. Each command imports what it needs when it runs, so that
commands which run no flow start fast and never import Prefect."""

import importlib

import typer

app = typer.Typer(
    help="sanshen：政府信息发布“三审三校”审批流程引擎",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMAND_MODULES = ("admin", "items", "read", "check", "mail", "worker", "web")


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
