"""Throughput of the full check suite on Chinese text with a 50,000-term lexicon.

Beside it, in the same run: a plain `re` alternation of the same lexicon over the same text.
Also: the time to build the lexicon, and to check one 20,000-character document.
Last line: `checks mb_per_s=N.N regex_mb_per_s=N.N ratio=N.N`.

    python bench/checks.py [--quick] [--mb 10] [--terms 50000]
"""

import argparse
import random
import re
import time
from pathlib import Path

from sanshen.policies.checks import ChecksSettings, LexiconEntry, lexicon_for, run_checks

SEEDS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "seeds"
CJK = [chr(c) for c in range(0x4E00, 0x9FA5)]


def lexicon(n: int, rng: random.Random, text: str) -> tuple[LexiconEntry, ...]:
    """n terms shaped like real ones: 4-8 characters of real text plus one changed character."""
    runs = [run for run in re.findall(r"[\u4e00-\u9fff]{5,}", text)]
    terms: set[str] = set()
    while len(terms) < n:
        run, size = rng.choice(runs), rng.randint(4, 8)
        if len(run) > size:
            start = rng.randint(0, len(run) - size)
            terms.add(run[start:start + size] + rng.choice(CJK))
    return tuple(LexiconEntry(term=t, correction="更正", category="bench", source="bench") for t in terms)


def corpus(megabytes: float) -> str:
    base = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    text, size = [], 0
    while size < megabytes * 1_000_000:
        text.append(base)
        size += len(base.encode("utf-8"))
    return "\n".join(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--mb", type=float)
    parser.add_argument("--terms", type=int, default=50_000)
    args = parser.parse_args()
    megabytes = args.mb or (1 if args.quick else 10)
    rng = random.Random(7)
    text = corpus(megabytes)
    entries = lexicon(args.terms, rng, text)
    settings = ChecksSettings(lexicon=entries)
    start = time.perf_counter()
    lexicon_for(settings)
    print(f"lexicon:  {len(entries)} terms (x traditional forms) compiled in {time.perf_counter() - start:.2f} s")

    size = len(text.encode("utf-8")) / 1_000_000
    start = time.perf_counter()
    findings = run_checks(text, settings)
    checks_rate = size / (time.perf_counter() - start)
    print(f"checks:   {size:.1f} MB, {len(findings)} findings, {checks_rate:.2f} MB/s (all four checks)")

    start = time.perf_counter()
    lexicon_for(settings).scan(text)
    scan_rate = size / (time.perf_counter() - start)
    print(f"lexicon:  scan alone (sensitivity check) {scan_rate:.2f} MB/s")

    start = time.perf_counter()
    alternation = re.compile("|".join(re.escape(e.term) for e in entries))
    compiled = time.perf_counter() - start
    sample = text[: max(200_000, len(text) // 50)]
    start = time.perf_counter()
    matches = sum(1 for _ in alternation.finditer(sample))
    regex_rate = len(sample.encode("utf-8")) / 1_000_000 / (time.perf_counter() - start)
    print(f"regex:    alternation of the same lexicon compiled in {compiled:.2f} s, {regex_rate:.3f} MB/s "
          f"({matches} matches on a {len(sample)}-character sample)")

    document = text[:20_000]
    start = time.perf_counter()
    run_checks(document, settings)
    print(f"document: one 20,000-character document checked in {(time.perf_counter() - start) * 1000:.0f} ms")
    print(f"checks mb_per_s={checks_rate:.2f} lexicon_mb_per_s={scan_rate:.2f} regex_mb_per_s={regex_rate:.3f} "
          f"lexicon_ratio={scan_rate / regex_rate:.0f}")


if __name__ == "__main__":
    main()
