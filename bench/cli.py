"""How fast a reading command answers, interpreter start included: `users`, `show`, `queue`. Goal < 0.5 s.

Each command runs as its own process, as a user runs it, on a demo database with one item; the
median wall time and the CPU time (user + system, what the command costs whatever else the machine
is doing) are printed beside the load average.

    python bench/cli.py [--runs N]
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SANSHEN = str(Path(sys.executable).parent / "sanshen")
COMMANDS = [["users"], ["show", "1"], ["queue", "--as", "linfeng"], ["--help"]]


def run(args: list[str], env: dict[str, str], cwd: str) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([SANSHEN, *args], env=env, cwd=cwd, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "SANSHEN_DATABASE_URL": f"sqlite:///{tmp}/cli.db",
               "SANSHEN_NOW": "2026-11-24T09:30:00+08:00"}
        (Path(tmp) / "body.txt").write_text("各科室：\n现将有关事项通知如下。", encoding="utf-8")
        run(["init", "--demo"], env, tmp)
        run(["submit", "--as", "wangfang", "--title", "关于开展科技活动周的通知", "--body-file", "body.txt"], env, tmp)
        for command in COMMANDS:
            samples = [run(command, env, tmp) for _ in range(args.runs)]
            wall = statistics.median(s[0] for s in samples)
            cpu = statistics.median(s[1] for s in samples)
            print(f"sanshen {' '.join(command):<20} median {wall:5.2f} s wall, {cpu:5.2f} s CPU "
                  f"(goal < 0.5 s; load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
