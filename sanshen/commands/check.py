"""`sanshen check FILE...`: run the content checks on text or .docx files, without the database."""

from pathlib import Path
from typing import Annotated, Any

import typer

EXIT_CLEAN, EXIT_BLOCKED, EXIT_USAGE = 0, 1, 2
COLOURS = {"block": typer.colors.RED, "warn": typer.colors.YELLOW, "info": typer.colors.BLUE}
SEVERITY_NAMES = {"block": "阻断", "warn": "警告", "info": "提示"}


def register(app: typer.Typer) -> None:
    app.command("check")(check)


def check(
    files: Annotated[list[Path], typer.Argument(help="文本文件（UTF-8、GBK/GB18030、UTF-16、Big5）或 .docx")],
    json_out: Annotated[bool, typer.Option("--json", help="以 JSON 输出")] = False,
    policy: Annotated[Path | None, typer.Option(help="策略文件（取其中的 checks 设置）")] = None,
) -> None:
    """检查稿件：涉密标志、严重表述错误、个人信息、校对规则。有阻断项时退出码为 1，输入错误为 2。"""
    from ..engine.errors import InvalidInput
    from ..output import emit_json, fail
    from ..policies.checks import run_checks
    from ..policies.config import PolicyError
    from ..policyfile import DEMO_POLICY, load_policy
    from ..textfiles import read_text

    try:
        settings = load_policy(policy or DEMO_POLICY).checks
        texts = [(path, read_text(path)) for path in files]
    except (InvalidInput, PolicyError) as error:
        fail(str(error), EXIT_USAGE)
    results = [(path, text, run_checks(text, settings)) for path, text in texts]
    if json_out:
        emit_json({"files": [{"path": str(path), "findings": [f.to_dict() for f in findings]}
                             for path, _, findings in results]})
    else:
        for path, text, findings in results:
            _print_file(path, text, findings)
    blocked = any(f.severity == "block" for _, _, findings in results for f in findings)
    raise typer.Exit(EXIT_BLOCKED if blocked else EXIT_CLEAN)


def _print_file(path: Path, text: str, findings: list[Any]) -> None:
    """The findings of one file; its text is neutralised before the colours are added."""
    from ..output import neutralise, say

    say(f"{path}：{len(findings)} 处发现", bold=True)
    for f in findings:
        line = text.count("\n", 0, f.start) + 1
        before = neutralise(text[max(0, f.start - 12):f.start].split("\n")[-1])
        after = neutralise(text[f.end:f.end + 12].split("\n")[0])
        label = typer.style(f"[{SEVERITY_NAMES[f.severity]}]", fg=COLOURS[f.severity], bold=True)
        marked = typer.style(neutralise(f.text), fg=COLOURS[f.severity], underline=True)
        typer.echo(f"  第 {line} 行 {label} {f.check}/{f.rule}：{neutralise(f.message)}")  # neutralised
        typer.echo(f"      …{before}{marked}{after}…")  # neutralised
        if f.suggestion:
            say(f"      建议：{f.suggestion}")
