"""Printing results: JSON for scripts, short Chinese lines for people, one-sentence errors."""

import json
import sys
from typing import Any, NoReturn

import typer


def emit_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def fail(message: str, code: int = 1) -> NoReturn:
    """Print one clear sentence to stderr and exit with a non-zero status."""
    print(f"错误：{message}", file=sys.stderr)
    raise typer.Exit(code)
