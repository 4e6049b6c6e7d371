"""Score parse output against gold annotations (ANNOTATION.md format).

Items are aligned in order by their text heads, after converting both sides
to simplified characters and removing whitespace and punctuation; plans are
aligned through their items. A file's plans may be split differently from
gold and its items still count.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .models import FileResult, walk
from .normalize import opencc_converter

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader

CATEGORIES = ("goal", "duty", "schedule", "control", "other")
HEAD_CHARS = 8


@dataclass(frozen=True, slots=True)
class FlatItem:
    plan: int
    head: str
    level: int
    category: str
    when: str  # simplified, "" when there is none


@dataclass(slots=True)
class FileScore:
    name: str
    gold_plans: int
    pred_plans: int
    gold_items: int
    pred_items: int
    matched: int
    level_ok: int
    when_ok: int = 0
    category_pairs: list[tuple[str, str]] = field(default_factory=list)
    plan_total_ok: int = 0
    plan_top_ok: int = 0
    institution_ok: int = 0


@dataclass(slots=True)
class Report:
    files: list[FileScore]

    def _sum(self, attr: str) -> int:
        return sum(getattr(f, attr) for f in self.files)

    @property
    def metrics(self) -> dict[str, float]:
        gold, pred, matched = self._sum("gold_items"), self._sum("pred_items"), self._sum("matched")
        precision = matched / pred if pred else 0.0
        recall = matched / gold if gold else 0.0
        pairs = [pair for f in self.files for pair in f.category_pairs]
        plans = self._sum("gold_plans")
        return {
            "plan_count_exact": sum(f.gold_plans == f.pred_plans for f in self.files) / len(self.files) if self.files else 0.0,
            "item_precision": precision,
            "item_recall": recall,
            "item_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
            "total_count_exact": self._sum("plan_total_ok") / plans if plans else 0.0,
            "top_level_count_exact": self._sum("plan_top_ok") / plans if plans else 0.0,
            "level_accuracy": self._sum("level_ok") / matched if matched else 0.0,
            "when_accuracy": self._sum("when_ok") / matched if matched else 0.0,
            "category_accuracy": sum(g == p for g, p in pairs) / len(pairs) if pairs else 0.0,
            "category_macro_f1": macro_f1(pairs),
            "institution_accuracy": self._sum("institution_ok") / plans if plans else 0.0,
        }


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    scores = []
    for category in CATEGORIES:
        tp = sum(g == p == category for g, p in pairs)
        fp = sum(p == category and g != category for g, p in pairs)
        fn = sum(g == category and p != category for g, p in pairs)
        if tp + fp + fn == 0:
            continue
        scores.append(2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores) if scores else 0.0


def text_head(text: str) -> str:
    """Simplified text with whitespace and punctuation removed, first characters."""
    simplified = opencc_converter("t2s").convert(text[:60])
    kept = [ch for ch in simplified if not ch.isspace() and not unicodedata.category(ch).startswith(("P", "S"))]
    return "".join(kept)[:HEAD_CHARS]


def heads_match(a: str, b: str) -> bool:
    n = min(len(a), len(b))
    return n > 0 and a[:n] == b[:n]


def load_gold(path: Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_Loader)


def _flatten_gold(gold: dict) -> list[FlatItem]:
    def items(nodes, plan):
        for node in nodes:
            yield FlatItem(plan, text_head(str(node.get("text", ""))), node["level"], node["cat"], _simplified(node.get("when")))
            yield from items(node.get("children", []), plan)

    return [item for index, plan in enumerate(gold["plans"]) for item in items(plan["items"], index)]


def _flatten_pred(result: FileResult) -> list[FlatItem]:
    return [
        FlatItem(index, text_head(item.text), item.level, item.category, _simplified(item.when))
        for index, plan in enumerate(result.plans)
        for item in walk(plan.items)
    ]


def _simplified(text) -> str:
    return opencc_converter("t2s").convert(str(text)) if text else ""


def align(gold: list[FlatItem], pred: list[FlatItem]) -> list[tuple[int, int]]:
    """Longest order-preserving matching of items by text head."""
    n, m = len(gold), len(pred)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = table[i], table[i + 1]
        head = gold[i].head
        for j in range(m - 1, -1, -1):
            if heads_match(head, pred[j].head):
                row[j] = below[j + 1] + 1
            else:
                row[j] = max(below[j], row[j + 1])
    pairs = []
    i = j = 0
    while i < n and j < m:
        if heads_match(gold[i].head, pred[j].head) and table[i][j] == table[i + 1][j + 1] + 1:
            pairs.append((i, j))
            i += 1
            j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def score_file(name: str, gold: dict, result: FileResult) -> FileScore:
    gold_items, pred_items = _flatten_gold(gold), _flatten_pred(result)
    pairs = align(gold_items, pred_items)
    score = FileScore(name, len(gold["plans"]), len(result.plans), len(gold_items), len(pred_items), len(pairs), 0)
    votes: dict[int, dict[int, int]] = {}
    for i, j in pairs:
        g, p = gold_items[i], pred_items[j]
        score.level_ok += g.level == p.level
        score.when_ok += g.when == p.when
        score.category_pairs.append((g.category, p.category))
        votes.setdefault(g.plan, {}).setdefault(p.plan, 0)
        votes[g.plan][p.plan] += 1
    to_simplified = opencc_converter("t2s").convert
    for index, plan in enumerate(gold["plans"]):
        if index not in votes:
            continue
        predicted = result.plans[max(votes[index], key=votes[index].get)]
        flat = list(_gold_walk(plan["items"]))
        score.plan_total_ok += predicted.counts.items == len(flat)
        score.plan_top_ok += predicted.counts.top_level == len(plan["items"])
        score.institution_ok += to_simplified(predicted.institution or "") == to_simplified(str(plan.get("institution") or ""))
    return score


def _gold_walk(nodes):
    for node in nodes:
        yield node
        yield from _gold_walk(node.get("children", []))


def evaluate(gold_dir: Path, docs_dir: Path, parse) -> Report:
    """Score ``parse(path) -> FileResult`` on every gold file of ``gold_dir``."""
    files = []
    for gold_path in sorted(gold_dir.glob("*.yaml")):
        gold = load_gold(gold_path)
        source = docs_dir / gold.get("source", gold_path.with_suffix(".txt").name)
        files.append(score_file(source.name, gold, parse(source)))
    return Report(files)


def format_report(report: Report) -> str:
    lines = [f"{'file':34} {'plans':>9} {'items':>11} {'matched':>7} {'P':>6} {'R':>6} {'level':>6} {'cat':>6}"]
    for f in report.files:
        precision = f.matched / f.pred_items if f.pred_items else 0.0
        recall = f.matched / f.gold_items if f.gold_items else 0.0
        cat = sum(g == p for g, p in f.category_pairs) / len(f.category_pairs) if f.category_pairs else 0.0
        level = f.level_ok / f.matched if f.matched else 0.0
        lines.append(
            f"{f.name[:34]:34} {f.pred_plans:>4}/{f.gold_plans:<4} {f.pred_items:>5}/{f.gold_items:<5} {f.matched:>7} "
            f"{precision:6.3f} {recall:6.3f} {level:6.3f} {cat:6.3f}"
        )
    m = report.metrics
    lines.append("")
    lines.append(
        f"plans exact {m['plan_count_exact']:.3f}  items P {m['item_precision']:.3f} R {m['item_recall']:.3f} F1 {m['item_f1']:.3f}"
    )
    lines.append(
        f"total-count exact {m['total_count_exact']:.3f}  top-level exact {m['top_level_count_exact']:.3f}  level acc {m['level_accuracy']:.3f}  "
        f"when exact {m['when_accuracy']:.3f}"
    )
    lines.append(
        f"category acc {m['category_accuracy']:.3f}  macro-F1 {m['category_macro_f1']:.3f}  institution acc {m['institution_accuracy']:.3f}"
    )
    return "\n".join(lines)
