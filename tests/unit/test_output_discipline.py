"""Every line the CLI prints goes through sanshen.output (say, emit_json, fail), which neutralises stored text."""

import re
from pathlib import Path

SANSHEN = Path(__file__).resolve().parents[2] / "sanshen"
RAW_PRINT = re.compile(r"\b(typer\.echo|typer\.secho|click\.echo|print|sys\.stdout\.write|sys\.stderr\.write)\(")


def test_no_command_prints_around_the_neutralising_helper():
    raw = [f"{path.relative_to(SANSHEN)}:{number}: {line.strip()}"
           for path in SANSHEN.rglob("*.py") if path.name != "output.py"
           for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
           if RAW_PRINT.search(line) and "# neutralised" not in line]
    assert raw == []
