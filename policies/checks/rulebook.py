"""The register of proofreading rules: each a function from the text to findings, under the rule ids it reports."""

import re
from collections.abc import Callable, Iterator

from ..findings import Finding, Severity

CJK = r"\u4e00-\u9fff"
Rule = Callable[[str], Iterator[Finding]]
RULES: list[tuple[tuple[str, ...], Rule]] = []


def rule(*rule_ids: str) -> Callable[[Rule], Rule]:
    """Register a rule function under every rule id it reports."""
    def register(func: Rule) -> Rule:
        RULES.append((rule_ids, func))
        return func

    return register


def finding(rule_id: str, m: re.Match[str], message: str, suggestion: str | None = None,
            severity: Severity = "warn", group: int = 0) -> Finding:
    return Finding("proofreading", rule_id, severity, m.start(group), m.end(group), m.group(group), message, suggestion)
