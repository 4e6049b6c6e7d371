"""A long fuzz campaign over the parser (issue: reliability). Mutates real corpus
text and hostile shapes into N inputs, parses each, and reports exceptions,
hangs (an input over --hang seconds) and the slowest input per KB.

    python bench/fuzz.py --inputs 100000 --workers 2
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HOSTILE = [
    "。5.好", "一是好。", "1、甲\n", "（一）乙\n", "第一百零五条 ", "1.1.1 ", "壹、", "㈠", "## 一、", "**1.** ", "&emsp;&emsp;", "\\n\\t",
    "衛(wèi)生", "\r\n", "— 3 —\n", "相关推荐\n", "(国卫办发〔2020〕8号)\n", "发布机构：河谷县人民政府\n", "关于印发方案的通知\n", "\x00", "\ufffd",
    "\u200b", "\u202e", "𠀀", "99、", "100、", "2026 年 6 月 30 日前", "组长:\n", "特制定本方案。\n", "《", "》", "(", ")",
]


def _corpus_lines() -> list[str]:
    from pipeline.ingest import IngestError, read_document

    lines: list[str] = []
    for path in sorted((ROOT / "corpus" / "docs").iterdir()):
        try:
            lines += read_document(path).text.splitlines()
        except IngestError:
            continue
    return [line for line in lines if line.strip()]


def make_input(rng: random.Random, lines: list[str]) -> str:
    kind = rng.random()
    if kind < 0.15:  # a hostile shape repeated, up to ~64 KB
        return rng.choice(HOSTILE) * rng.randint(1, 16000 // 4)
    start = rng.randrange(len(lines))
    text = "\n".join(lines[start : start + rng.randint(1, 120)])
    chars = list(text)
    for _ in range(rng.randint(0, 30)):  # mutations: insert, delete, swap, duplicate a span
        if not chars:
            break
        op, at = rng.random(), rng.randrange(len(chars))
        if op < 0.4:
            chars[at:at] = list(rng.choice(HOSTILE))
        elif op < 0.6:
            del chars[at : at + rng.randint(1, 20)]
        elif op < 0.8:
            chars[at] = chr(rng.randint(0x20, 0x9FFF))
        else:
            chars[at:at] = chars[at : at + rng.randint(1, 200)] * rng.randint(1, 5)
    return "".join(chars)


def _work(args):
    seed, count, hang = args
    from pipeline.ingest import Document
    from pipeline.document import ParseOptions, parse_document
    from pipeline.rules import load_rules

    rules, lines = load_rules(), _corpus_lines()
    rng = random.Random(seed)
    exceptions, hangs, slowest = [], [], (0.0, 0, "")
    options = ParseOptions(classifier="rules")
    for _ in range(count):
        text = make_input(rng, lines)
        if not text.strip():
            continue
        started = time.perf_counter()
        try:
            parse_document(Document("fuzz.txt", "0" * 64, "utf-8", text), rules, options)
        except Exception:
            exceptions.append((text[:200], traceback.format_exc(limit=3)))
        took = time.perf_counter() - started
        if took > hang:
            hangs.append((took, len(text), text[:80]))
        per_kb = took / max(1, len(text.encode()) / 1024)
        if per_kb > slowest[0]:
            slowest = (per_kb, len(text), text[:80])
    return count, exceptions, hangs, slowest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=20261130)
    parser.add_argument("--hang", type=float, default=2.0, help="seconds for one input that count as a hang")
    args = parser.parse_args()
    chunk = 2000
    jobs = [(args.seed + i, min(chunk, args.inputs - i * chunk), args.hang) for i in range((args.inputs + chunk - 1) // chunk)]
    started = time.time()
    total, exceptions, hangs, slowest = 0, [], [], (0.0, 0, "")
    with multiprocessing.get_context("fork").Pool(args.workers) as pool:
        for count, exc, hung, slow in pool.imap_unordered(_work, jobs):
            total += count
            exceptions += exc
            hangs += hung
            slowest = max(slowest, slow)
    print(f"inputs {total}  exceptions {len(exceptions)}  hangs (> {args.hang} s) {len(hangs)}  wall {time.time() - started:.0f} s")
    print(f"slowest per KB: {slowest[0] * 1000:.2f} ms/KB on {slowest[1]} chars: {slowest[2]!r}")
    for text, trace in exceptions[:5]:
        print("--- exception on", repr(text[:80]), "\n", trace)
    for took, size, text in sorted(hangs, reverse=True)[:5]:
        print(f"--- hang {took:.1f} s on {size} chars: {text!r}")
    return 1 if exceptions or hangs else 0


if __name__ == "__main__":
    sys.exit(main())
