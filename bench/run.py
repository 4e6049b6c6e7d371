"""Benchmark of plancheck run, as ratios measured in one run (machines here
are noisy, so absolute times mean little).

    python bench/run.py [--mb 50] [--work bench/work]

1. Builds a corpus of at least --mb MB from corpus/docs: copies in UTF-8,
   GB18030 or Big5, simplified or traditional, with web boilerplate around
   them and CRLF line ends, each copy made unique.
2. Measures, in this order: OpenCC t2s alone over the same decoded text (the
   floor any normalising pipeline pays); plancheck run with 1 worker; with 2
   workers; a re-run with nothing changed.
3. Measures what writing the 1-worker run's YAML checklists alone costs, with
   no parsing at all: PyYAML's C dumper and plancheck's own writer over a
   sample of them, scaled to all. It bounds what any run writing them can reach.
4. Prints chars/s, the ratios against the targets, and the peak RSS of each run.
5. Start-up: the median wall time of `plancheck count` on one small seed file
   (seven runs, each a new process), beside a bare `python -c pass`.
   `--startup-only` measures just this.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = "当前位置:首页>方案>{n}\n时间:2023-11-26 09:41:43 作者:编辑{n}\n"
FOOTER = "\n相关范文推荐\n安全生产工作方案范文{n}\n"
TARGETS = {"one_worker_vs_opencc": 0.15, "two_vs_one_worker": 1.7, "rerun_speedup": 20.0}


def build_corpus(target: Path, megabytes: float) -> tuple[int, int]:
    """Files and decoded characters written to ``target``."""
    import opencc

    to_traditional = opencc.OpenCC("s2t").convert
    # The five seed files, as in every earlier run, so that figures compare across sessions.
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "docs").glob("00[0-4]_*.txt"))]
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    written = chars = n = 0
    while written < megabytes * 1e6:
        for seed in seeds:
            variant = n % 4
            text = HEADER.format(n=n) + (to_traditional(seed) if variant == 2 else seed) + FOOTER.format(n=n)
            if variant == 3:
                text = text.replace("\n", "\r\n")
            encoding = {1: "gb18030", 2: "big5"}.get(variant, "utf-8")
            try:
                data = text.encode(encoding)
            except UnicodeEncodeError:
                encoding, data = "utf-8", text.encode("utf-8")
            (target / f"{n:06d}_{encoding}.txt").write_bytes(data)
            written += len(data)
            chars += len(text)
            n += 1
    return n, chars


def opencc_alone(corpus: Path) -> float:
    """Seconds OpenCC t2s takes over the decoded text of every file."""
    import opencc

    sys.path.insert(0, str(ROOT))
    from pipeline.ingest import decode_bytes

    convert = opencc.OpenCC("t2s").convert
    spent = 0.0
    for path in sorted(corpus.iterdir()):
        text, _, _ = decode_bytes(path.name, path.read_bytes())
        start = time.perf_counter()
        convert(text)
        spent += time.perf_counter() - start
    return spent


def timed_run(corpus: Path, out: Path, workers: int) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB, largest process) of one plancheck run."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "done = subprocess.run(sys.argv[1:])\n"
        "wall = time.perf_counter() - start\n"
        "print(wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, done.returncode)\n"
    )
    command = [sys.executable, "-c", probe, sys.executable, "-m", "pipeline.cli", "run", str(corpus), "-o", str(out), "--workers", str(workers), "--quiet"]
    output = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True).stdout.split()
    wall, rss, code = float(output[0]), float(output[1]), int(output[2])
    if code != 0:
        raise SystemExit(f"plancheck run exited {code}")
    return wall, rss


def writing_alone(out: Path, sample_chars: int = 4_000_000) -> dict[str, float]:
    """Seconds that writing every YAML checklist in ``out`` takes, by writer,
    measured on the smallest checklists up to ``sample_chars`` and scaled."""
    import yaml

    sys.path.insert(0, str(ROOT))
    from pipeline.emit import block_yaml, load_yaml

    checklists = sorted(out.glob("*.yaml"), key=lambda p: p.stat().st_size)
    texts = [p.read_text(encoding="utf-8") for p in checklists]
    total = sum(map(len, texts))
    sample, chars = [], 0
    for text in texts:
        if chars >= sample_chars:
            break
        sample.append(load_yaml(text))
        chars += len(text)
    writers = {
        "pyyaml_c_dumper": lambda data: yaml.dump(data, Dumper=yaml.CDumper, allow_unicode=True, sort_keys=False, width=1000),
        "plancheck_writer": block_yaml,
    }
    seconds = {}
    for name, write in writers.items():
        start = time.perf_counter()
        for data in sample:
            write(data)
        seconds[name] = (time.perf_counter() - start) * total / chars
    return seconds


def startup(runs: int = 7) -> dict[str, float]:
    """Median wall seconds of a new process answering `plancheck count` on a
    small file, and of a bare interpreter."""
    small = sorted((ROOT / "corpus" / "docs").glob("000_*.txt"))[0]
    script = Path(sys.executable).with_name("plancheck")  # the installed command, as a user runs it
    command = [str(script)] if script.exists() else [sys.executable, "-m", "pipeline.cli"]
    commands = {
        "python_alone": [sys.executable, "-c", "pass"],
        "plancheck_count": [*command, "count", str(small)],
    }
    medians = {}
    for name, command in commands.items():
        walls = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, cwd=ROOT, check=True)
            walls.append(time.perf_counter() - start)
        medians[name] = sorted(walls)[runs // 2]
    return medians


def print_startup(medians: dict[str, float]) -> None:
    count = medians["plancheck_count"]
    print(f"start-up: plancheck count on one small file {count:.2f} s (median of 7; python alone {medians['python_alone']:.2f} s)"
          f"   target <= 0.5   {'meets' if count <= 0.5 else 'MISSES'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / "work", help="scratch folder (default bench/work)")
    parser.add_argument("--startup-only", action="store_true", help="measure only the start-up of one small count")
    args = parser.parse_args()
    if args.startup_only:
        print_startup(startup())
        return
    corpus = args.work / "corpus"
    files, chars = build_corpus(corpus, args.mb)
    size = sum(p.stat().st_size for p in corpus.iterdir()) / 1e6
    print(f"corpus: {files} files, {size:.1f} MB, {chars / 1e6:.1f} M chars  ({platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()})")

    opencc_seconds = opencc_alone(corpus)
    for name in ("one", "two"):
        shutil.rmtree(args.work / name, ignore_errors=True)
    one_wall, one_rss = timed_run(corpus, args.work / "one", 1)
    two_wall, two_rss = timed_run(corpus, args.work / "two", 2)
    rerun_wall, rerun_rss = timed_run(corpus, args.work / "two", 2)
    writing = writing_alone(args.work / "one")
    startup_seconds = startup()

    results = {
        "corpus_mb": round(size, 1),
        "chars": chars,
        "opencc_chars_per_s": chars / opencc_seconds,
        "one_worker_chars_per_s": chars / one_wall,
        "two_workers_chars_per_s": chars / two_wall,
        "rerun_seconds": rerun_wall,
        "one_worker_vs_opencc": opencc_seconds / one_wall,
        "two_vs_one_worker": one_wall / two_wall,
        "rerun_speedup": two_wall / rerun_wall,
        "peak_rss_mb": {"one_worker": one_rss, "two_workers": two_rss, "rerun": rerun_rss},
        "writing_alone_seconds": writing,
        "writing_alone_vs_opencc": {name: opencc_seconds / spent for name, spent in writing.items()},
        "startup_seconds": startup_seconds,
    }
    print(f"OpenCC t2s alone      {results['opencc_chars_per_s'] / 1e6:8.2f} M chars/s")
    print(f"plancheck, 1 worker   {results['one_worker_chars_per_s'] / 1e6:8.2f} M chars/s   {one_wall:7.1f} s   peak RSS {one_rss:6.0f} MB")
    print(f"plancheck, 2 workers  {results['two_workers_chars_per_s'] / 1e6:8.2f} M chars/s   {two_wall:7.1f} s   peak RSS {two_rss:6.0f} MB")
    print(f"re-run, unchanged                         {rerun_wall:7.1f} s   peak RSS {rerun_rss:6.0f} MB")
    for name, spent in writing.items():
        print(f"writing YAML alone, {name:17} {spent:6.1f} s   = {opencc_seconds / spent:.3f} of OpenCC at most, parsing nothing")
    for key, target in TARGETS.items():
        verdict = "meets" if results[key] >= target else "MISSES"
        print(f"{key:22} {results[key]:8.3f}   target >= {target}   {verdict}")
    print_startup(startup_seconds)
    rss = max(results["peak_rss_mb"].values())
    print(f"{'peak_rss_mb':22} {rss:8.0f}   target <= 400   {'meets' if rss <= 400 else 'MISSES'}")
    (args.work / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
