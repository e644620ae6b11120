"""Reading the policy file from disk (the pure parsing lives in policies.config).

Lexicon files named in `checks.lexicon_files` are read here and merged into `checks.lexicon`, so
the policy version stored in the database carries the lexicon as it stood: replay, and every
check of a revision, use the terms that were in force. Loading the policy again (`sanshen init
--policy FILE`) reloads changed lexicon files.

Templates named in `templates` (template name -> file, relative to the policy file) are read the same way:
the stored policy version carries their text, so a worker on any machine renders the organisation's pages
and mails without the files. Each is checked here: a known name, a readable UTF-8 file within the bound, and a
template that compiles.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from .notifications.templating import MAX_TEMPLATE_BYTES, template_problem
from .policies.checks.settings import LexiconEntry, unknown_rule_ids, unknown_rules_message
from .policies.config import Policy, PolicyError, bad_character, parse_policy_text, parse_yaml

if TYPE_CHECKING:
    from .policies.platform import PlatformPolicy

DEMO_POLICY = Path(__file__).parent / "data" / "demo_policy.yaml"
MB = 1024 * 1024
LIMITS = {"策略文件": 2 * MB, "词表文件": 16 * MB, "模板文件": MAX_TEMPLATE_BYTES}
TSV_COLUMNS = ("term", "correction", "category", "severity", "source", "skip_punct")


def load_policy(path: Path) -> Policy:
    """Read and validate a YAML or TOML policy file, with its lexicon files merged in."""
    policy = parse_policy_text(_read(path, "策略文件"), path.name)
    if policy.templates:
        policy = policy.model_copy(update={"templates": load_templates(path, policy.templates)})
    files = policy.checks.lexicon_files
    if not files:
        return policy
    extra = tuple(entry for name in files for entry in load_lexicon(path.parent / name))
    checks = policy.checks.model_copy(update={"lexicon": policy.checks.lexicon + extra})
    unknown = unknown_rule_ids(checks.disabled_rules, checks.lexicon)
    if unknown:
        raise PolicyError(f"{path.name}: checks.disabled_rules: {unknown_rules_message(unknown)}")
    return policy.model_copy(update={"checks": checks})


def load_templates(path: Path, named: dict[str, str]) -> dict[str, str]:
    """The text of each template the policy file names (name -> file relative to it), each one checked."""
    loaded = {}
    for name, file_name in sorted(named.items()):
        where = f"{path.name}: templates.{name}"
        if not isinstance(file_name, str) or not file_name.strip():
            raise PolicyError(f"{where}: 应为模板文件的路径")
        try:
            text = _read(path.parent / file_name, "模板文件")
        except PolicyError as error:
            raise PolicyError(f"{where}: {error}") from None
        problem = template_problem(name, text)
        if problem:
            raise PolicyError(f"{where}: {problem}")
        loaded[name] = text
    return loaded


def load_platform(path: Path) -> "PlatformPolicy":
    """Read and validate a platform policy file (YAML or TOML)."""
    import tomllib

    from .policies.platform import parse_platform

    raw = _read(path, "策略文件")
    if path.suffix == ".toml":
        try:
            return parse_platform(tomllib.loads(raw), path.name)
        except tomllib.TOMLDecodeError as exc:
            raise PolicyError(f"{path.name}: 格式错误：{exc}") from None
    data = parse_yaml(raw, path.name)
    bad = bad_character(data)
    if bad:
        raise PolicyError(f"{path.name}: {bad}")
    return parse_platform(data, path.name)


def load_lexicon(path: Path) -> list[LexiconEntry]:
    """A lexicon file: YAML (a list of entries) or TSV (term, correction, category, severity, source[, skip_punct])."""
    raw = _read(path, "词表文件")
    rows = parse_yaml(raw, path.name) if path.suffix in (".yaml", ".yml") else _tsv_rows(raw)
    if not isinstance(rows, list):
        raise PolicyError(f"{path.name}: 词表文件应为词条列表")
    entries = []
    for number, row in enumerate(rows, start=1):
        bad = bad_character(row)
        if bad:
            raise PolicyError(f"{path.name}: 第 {number} 条 {bad}")
        try:
            entries.append(LexiconEntry.model_validate(row))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise PolicyError(f"{path.name}: 第 {number} 条 {where}: {first['msg']}") from None
    return entries


def _tsv_rows(raw: str) -> list[dict[str, str]]:
    """One entry per line: term, correction, category, severity, source, and optionally skip_punct (true/false)."""
    rows = []
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        values = [v.strip() for v in line.split("\t")]
        rows.append({k: v for k, v in zip(TSV_COLUMNS, values, strict=False) if v})
    return rows


def _read(path: Path, what: str) -> str:
    """A policy or lexicon file as UTF-8, read no further than the limit of its kind."""
    from .engine.errors import InvalidInput
    from .textfiles import read_bounded

    if not path.exists():
        raise PolicyError(f"找不到{what}：{path}")
    try:
        data = read_bounded(path, LIMITS[what], what)
    except InvalidInput as exc:
        raise PolicyError(str(exc)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PolicyError(f"无法读取{what} {path}：不是 UTF-8 编码（{exc.reason}，第 {exc.start} 字节）") from None
