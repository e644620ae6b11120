"""A `sanshen` command line on a private SQLite file, for the tests of hostile input."""

import json
import os
import subprocess
import sys
from pathlib import Path

SANSHEN = str(Path(sys.executable).parent / "sanshen")
TERMINAL_CONTROLS = ("\x1b", "\x07", "\x9b", "\u202e", "\u2066", "\r")


class Cli:
    def __init__(self, folder: Path):
        self.folder = folder
        self.env = {**os.environ, "SANSHEN_DATABASE_URL": f"sqlite:///{folder / 's.db'}",
                    "SANSHEN_NOW": "2026-11-24T09:30:00+08:00"}

    def __call__(self, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([SANSHEN, *args], env=self.env, cwd=self.folder, capture_output=True, text=True,
                              timeout=60)
        if ok:
            assert done.returncode == 0, done.stderr
        return done

    def json(self, *args: str):  # type: ignore[no-untyped-def]
        return json.loads(self(*args, "--json").stdout)

    def body(self, text: str, name: str = "body.txt") -> str:
        (self.folder / name).write_text(text, encoding="utf-8")
        return name


def obeyed_by_a_terminal(text: str) -> list[str]:
    """The characters of the output a terminal would act upon."""
    return [ch for ch in TERMINAL_CONTROLS if ch in text]
