"""The automated sensitivity check's verdict on a revision's findings."""

from .findings import Finding


def scan_outcome(findings: list[Finding]) -> str:
    """`scan_clean` when nothing needs a person; `scan_flag` holds the item for the sensitivity reviewer.

    Any sensitivity finding (a wrong or sensitive expression) or any personal datum (a landline or
    an email address may be an office's, so a person decides) needs a human decision; proofreading
    findings are for the proofreaders.
    """
    needs_person = any(
        f.check == "sensitivity" and f.severity in ("block", "warn")
        or f.check == "privacy" and f.severity in ("block", "warn")
        or f.check == "confidentiality" and f.severity == "block"
        for f in findings
    )
    return "scan_flag" if needs_person else "scan_clean"
