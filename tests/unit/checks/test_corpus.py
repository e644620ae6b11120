"""Precision and recall of each check over the corpus (documents written for the purpose plus the seeds)."""

from collections import Counter
from pathlib import Path

import pytest
import yaml

from sanshen.policies.checks import ChecksSettings, run_checks

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
EXPECTED = yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))
DOCUMENTS = [key for key in EXPECTED if not key.endswith(".unscored")]


def scored(document: str) -> tuple[Counter, Counter]:
    """(expected, found) as multisets of (check, rule, text), leaving out the document's unscored rules."""
    unscored = set(EXPECTED.get(f"{document}.unscored", []))
    text = (CORPUS / document).read_text(encoding="utf-8")
    found = Counter((f.check, f.rule, f.text) for f in run_checks(text, ChecksSettings()) if f.rule not in unscored)
    expected = Counter(tuple(row) for row in EXPECTED[document] if row[1] not in unscored)
    return expected, found


def totals(select) -> tuple[float, float]:
    """Precision and recall over the whole corpus for the findings `select` keeps."""
    true_positive = expected_n = found_n = 0
    for document in DOCUMENTS:
        expected, found = scored(document)
        expected = Counter({k: v for k, v in expected.items() if select(*k)})
        found = Counter({k: v for k, v in found.items() if select(*k)})
        true_positive += sum((expected & found).values())
        expected_n += sum(expected.values())
        found_n += sum(found.values())
    precision = true_positive / found_n if found_n else 1.0
    recall = true_positive / expected_n if expected_n else 1.0
    return precision, recall


def test_the_corpus_has_every_kind_of_finding():
    kinds = {row[0] for document in DOCUMENTS for row in EXPECTED[document]}
    assert kinds == {"confidentiality", "sensitivity", "privacy", "proofreading"}


def test_confidentiality_markings_are_found_exactly():
    assert totals(lambda check, rule, text: check == "confidentiality") == (1.0, 1.0)


@pytest.mark.parametrize("rule", ["id_card", "mobile"])
def test_id_and_mobile_numbers_are_found_exactly(rule):
    assert totals(lambda check, r, text: check == "privacy" and r == rule) == (1.0, 1.0)


def test_proofreading_precision_is_at_least_95_percent():
    precision, recall = totals(lambda check, rule, text: check == "proofreading")
    assert precision >= 0.95, precision
    assert recall >= 0.9, recall


def test_seed_000_a_public_document_that_mentions_secrets_is_not_blocked():
    _, found = scored("seeds/000_f42dccc320a7f380.txt")
    assert not [k for k in found if k[0] == "confidentiality"]


def test_seed_000_with_a_classification_mark_on_its_first_line_is_blocked():
    text = "机密★5年\n" + (CORPUS / "seeds/000_f42dccc320a7f380.txt").read_text(encoding="utf-8")
    blocks = [f for f in run_checks(text, ChecksSettings()) if f.severity == "block"]
    assert [(f.rule, f.start, f.text) for f in blocks] == [("state_secret_marking", 0, "机密★5年")]
