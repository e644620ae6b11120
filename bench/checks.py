"""Loading a 50,000-term lexicon, and the throughput of the full check suite on Chinese text with it.

The terms are drawn the way an agency's lexicon is made: misspelt names of bodies (a place and a body,
one character wrong), misspelt phrases of real documents, words of common characters, some in
traditional characters and some matched across punctuation; their first characters spread over the
whole common character set, not over the prefixes of one text. The load is timed where it happens:
reading the lexicon file (TSV and YAML) when the policy is loaded, reading the stored policy back
(every command) and compiling the automaton (the first check of a process). Beside the scan, in the
same run: a plain `re` alternation of the same lexicon over the same text.

    python bench/checks.py [--quick] [--mb 10] [--terms 50000]
"""

import argparse
import random
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from opencc import OpenCC

from sanshen.ledger.policystore import parse_stored
from sanshen.policies.checks import ChecksSettings, LexiconEntry, lexicon_for, run_checks
from sanshen.policies.checks.lexicon import Lexicon
from sanshen.policyfile import DEMO_POLICY, load_lexicon, load_policy

SEEDS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "seeds"
BODIES = ("人民政府", "人民政府办公室", "科学技术局", "发展和改革委员会", "财政局", "教育局", "卫生健康委员会",
          "生态环境局", "自然资源局", "市场监督管理局", "农业农村局", "交通运输局", "住房和城乡建设局", "民政局",
          "人力资源和社会保障局", "审计局", "统计局", "应急管理局", "退役军人事务局", "文化和旅游局")
PLACE_SUFFIXES = ("省", "市", "县", "区", "自治州", "自治县", "镇", "乡")


def common_characters() -> list[str]:
    """The 3,755 most used hanzi (GB 2312 level 1): where real terms start and what they are made of."""
    found = []
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                found.append(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return found


def misspelt(word: str, rng: random.Random, characters: list[str]) -> str:
    """The word with one character (not the first) replaced, as a typo would."""
    at = rng.randrange(1, len(word))
    return word[:at] + rng.choice(characters) + word[at + 1:]


def body_name(rng: random.Random, characters: list[str]) -> str:
    place = "".join(rng.choice(characters) for _ in range(rng.randint(2, 3))) + rng.choice(PLACE_SUFFIXES)
    return misspelt(place + rng.choice(BODIES), rng, characters)


def phrase(rng: random.Random, runs: list[str], characters: list[str]) -> str:
    run = rng.choice(runs)
    size = rng.randint(4, min(8, len(run)))
    start = rng.randrange(0, len(run) - size + 1)
    return misspelt(run[start:start + size], rng, characters)


def word(rng: random.Random, characters: list[str]) -> str:
    return "".join(rng.choice(characters) for _ in range(rng.randint(3, 6)))


def lexicon(n: int, rng: random.Random, text: str) -> tuple[LexiconEntry, ...]:
    """n distinct terms: 40% body names, 30% phrases of the seeds, 30% words; 10% traditional, 2% skip_punct."""
    characters = common_characters()
    runs = re.findall(r"[\u4e00-\u9fff]{5,}", text)
    makers: list[Callable[[], str]] = [lambda: body_name(rng, characters), lambda: phrase(rng, runs, characters),
                                       lambda: word(rng, characters)]
    terms: dict[str, None] = {}
    while len(terms) < n:
        terms[rng.choices(makers, weights=(4, 3, 3))[0]()] = None
    ordered = list(terms)
    traditional = OpenCC("s2t").convert("\n".join(ordered)).split("\n")
    return tuple(LexiconEntry(term=traditional[i] if rng.random() < 0.1 else term, correction="更正",
                              category="bench", severity="warn", source="bench", skip_punct=rng.random() < 0.02)
                 for i, term in enumerate(ordered))


def corpus(megabytes: float) -> str:
    base = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    text, size = [], 0
    while size < megabytes * 1_000_000:
        text.append(base)
        size += len(base.encode("utf-8"))
    return "\n".join(text)


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def write_lexicon_files(entries: tuple[LexiconEntry, ...], folder: Path) -> None:
    rows = [e.model_dump(exclude_defaults=True) for e in entries]
    (folder / "lexicon.tsv").write_text("".join(f"{e.term}\t{e.correction}\t{e.category}\t{e.severity}\t{e.source}"
                                                f"\t{'true' if e.skip_punct else ''}\n" for e in entries),
                                        encoding="utf-8")
    (folder / "lexicon.yaml").write_text(yaml.dump(rows, Dumper=yaml.CSafeDumper, allow_unicode=True), encoding="utf-8")
    policy = DEMO_POLICY.read_text(encoding="utf-8") + "\nchecks:\n  lexicon_files: [lexicon.tsv]\n"
    (folder / "org.yaml").write_text(policy, encoding="utf-8")


def load_figures(entries: tuple[LexiconEntry, ...]) -> dict[str, float]:
    """Seconds for each step of loading the lexicon, from the file to the compiled automaton."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        write_lexicon_files(entries, folder)
        tsv, _ = timed(lambda: load_lexicon(folder / "lexicon.tsv"))
        yaml_file, _ = timed(lambda: load_lexicon(folder / "lexicon.yaml"))
        policy_file, policy = timed(lambda: load_policy(folder / "org.yaml"))
    stored = policy.fingerprint()
    stored_read, stored_policy = timed(lambda: parse_stored(stored))
    compiled, _ = timed(lambda: Lexicon.build(stored_policy.checks.lexicon))
    return {"tsv": tsv, "yaml": yaml_file, "policy": policy_file, "stored": stored_read, "compile": compiled}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--mb", type=float)
    parser.add_argument("--terms", type=int, default=50_000)
    args = parser.parse_args()
    megabytes = args.mb or (1 if args.quick else 10)
    rng = random.Random(7)
    text = corpus(megabytes)
    entries = lexicon(args.terms, rng, text)
    load = load_figures(entries)
    print(f"lexicon:  {len(entries)} terms, {len({e.term[0] for e in entries})} distinct first characters")
    print(f"load:     lexicon file read and validated: TSV {load['tsv']:.2f} s, YAML {load['yaml']:.2f} s; "
          f"policy file with the TSV {load['policy']:.2f} s")
    print(f"load:     every command: stored policy read {load['stored']:.2f} s; first check of a process: "
          f"automaton compiled {load['compile']:.2f} s; together {load['stored'] + load['compile']:.2f} s")

    settings = ChecksSettings(lexicon=entries)
    lexicon_for(settings)
    size = len(text.encode("utf-8")) / 1_000_000
    elapsed, findings = timed(lambda: run_checks(text, settings))
    checks_rate = size / elapsed
    print(f"checks:   {size:.1f} MB, {len(findings)} findings, {checks_rate:.2f} MB/s (all four checks)")

    elapsed, _ = timed(lambda: lexicon_for(settings).scan(text))
    scan_rate = size / elapsed
    print(f"lexicon:  scan alone (sensitivity check) {scan_rate:.2f} MB/s")

    compiled, alternation = timed(lambda: re.compile("|".join(re.escape(e.term) for e in entries)))
    sample = text[: max(200_000, len(text) // 50)]
    elapsed, matches = timed(lambda: sum(1 for _ in alternation.finditer(sample)))
    regex_rate = len(sample.encode("utf-8")) / 1_000_000 / elapsed
    print(f"regex:    alternation of the same lexicon compiled in {compiled:.2f} s, {regex_rate:.3f} MB/s "
          f"({matches} matches on a {len(sample)}-character sample)")

    elapsed, _ = timed(lambda: run_checks(text[:20_000], settings))
    print(f"document: one 20,000-character document checked in {elapsed * 1000:.0f} ms")
    print(f"checks mb_per_s={checks_rate:.2f} lexicon_mb_per_s={scan_rate:.2f} regex_mb_per_s={regex_rate:.3f} "
          f"lexicon_ratio={scan_rate / regex_rate:.0f} load_s={load['stored'] + load['compile']:.2f} "
          f"tsv_s={load['tsv']:.2f} yaml_s={load['yaml']:.2f}")


if __name__ == "__main__":
    main()
