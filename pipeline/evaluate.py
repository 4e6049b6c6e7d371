"""Score parse output against gold annotations (ANNOTATION.md format).

Items are aligned in order by their text heads, after converting both sides
to simplified characters and removing whitespace and punctuation. Two item
scores come out: over the whole file, ignoring plan boundaries (segmenting
alone), and per plan, where an item counts only inside the predicted plan
matched one-to-one with its gold plan (splitting and segmenting together).
Figures are pooled over items, averaged over files (so one long file does not
decide them) and given per genre (the gold file's ``genre:``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .models import CATEGORY_NAMES, INSTITUTION_ROUTES, FileResult, Item, Plan, count_items, walk
from .normalize import opencc_converter, without_ruby

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader

HEAD_CHARS = 8


@dataclass(frozen=True, slots=True)
class FlatItem:
    plan: int
    head: str
    level: int
    category: str
    when: str  # simplified, "" when there is none
    why: str = ""  # predicted items: the cue or score that decided the category
    owner: str = ""  # predicted items: who the item says carries it out, "" when none


@dataclass(slots=True)
class FileScore:
    name: str
    gold_plans: int
    pred_plans: int
    gold_items: int
    pred_items: int
    matched: int
    level_ok: int
    genre: str = ""
    plan_matched: int = 0  # matched items that also sit in the plan matched with their gold plan
    when_ok: int = 0
    when_gold: int = 0  # matched items with a gold ``when``
    when_pred: int = 0  # matched items with a predicted ``when``
    when_hit: int = 0  # matched items whose predicted ``when`` equals the gold one
    category_pairs: list[tuple[str, str]] = field(default_factory=list)
    rule_outcomes: list[tuple[str, str, str]] = field(default_factory=list)  # (rule, gold, predicted)
    plan_total_ok: int = 0
    plan_top_ok: int = 0
    institution_ok: int = 0
    institution_outcomes: list[tuple[str, bool]] = field(default_factory=list)  # (route, right) per matched plan
    owner_items: int = 0  # items of a file whose owners were annotated (corpus/owners), else 0
    owner_stated: int = 0  # …that state an owner
    owner_found: int = 0  # predicted items with an owner, in those files
    owner_hit: int = 0  # matched items whose predicted owner and annotated owner overlap (one contains the other)


@dataclass(slots=True)
class Report:
    files: list[FileScore]

    def _sum(self, attr: str) -> int:
        return sum(getattr(f, attr) for f in self.files)

    @property
    def metrics(self) -> dict[str, float]:
        gold, pred, matched = self._sum("gold_items"), self._sum("pred_items"), self._sum("matched")
        pairs = [pair for f in self.files for pair in f.category_pairs]
        plans = self._sum("gold_plans")
        when_p, when_r = _ratio(self._sum("when_hit"), self._sum("when_pred")), _ratio(self._sum("when_hit"), self._sum("when_gold"))
        return {
            "plan_count_exact": _ratio(sum(f.gold_plans == f.pred_plans for f in self.files), len(self.files)),
            "item_precision": _ratio(matched, pred),
            "item_recall": _ratio(matched, gold),
            "item_f1": _f1(_ratio(matched, pred), _ratio(matched, gold)),
            "item_f1_per_plan": _f1(_ratio(self._sum("plan_matched"), pred), _ratio(self._sum("plan_matched"), gold)),
            "total_count_exact": _ratio(self._sum("plan_total_ok"), plans),
            "top_level_count_exact": _ratio(self._sum("plan_top_ok"), plans),
            "level_accuracy": _ratio(self._sum("level_ok"), matched),
            "when_accuracy": _ratio(self._sum("when_ok"), matched),
            "when_precision": when_p,
            "when_recall": when_r,
            "when_f1": _f1(when_p, when_r),
            "category_accuracy": _ratio(sum(g == p for g, p in pairs), len(pairs)),
            "category_macro_f1": macro_f1(pairs),
            "institution_accuracy": _ratio(self._sum("institution_ok"), plans),
            "owner_stated_share": _ratio(self._sum("owner_stated"), self._sum("owner_items")),
            "owner_found_share": _ratio(self._sum("owner_found"), self._sum("owner_items")),
            "owner_recall": _ratio(self._sum("owner_hit"), self._sum("owner_stated")),
            "owner_precision": _ratio(self._sum("owner_hit"), self._sum("owner_found")),
        }

    @property
    def file_averages(self) -> dict[str, float]:
        """Each file's own figure, averaged over files (macro)."""
        keys = ("item_f1", "item_f1_per_plan", "level_accuracy", "category_accuracy", "institution_accuracy")
        per_file = [Report([f]).metrics for f in self.files]
        return {key: sum(m[key] for m in per_file) / len(per_file) if per_file else 0.0 for key in keys}

    def by_genre(self) -> dict[str, Report]:
        groups: dict[str, list[FileScore]] = {}
        for f in self.files:
            groups.setdefault(f.genre or "(none)", []).append(f)
        return {genre: Report(files) for genre, files in sorted(groups.items())}


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    scores = []
    for category in CATEGORY_NAMES:
        tp = sum(g == p == category for g, p in pairs)
        fp = sum(p == category and g != category for g, p in pairs)
        fn = sum(g == category and p != category for g, p in pairs)
        if tp + fp + fn == 0:
            continue
        scores.append(2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores) if scores else 0.0


def text_head(text: str) -> str:
    """Simplified text with whitespace, punctuation and pinyin ruby removed (a
    gold head is written as the text stands, 門衛(wèi)), first characters."""
    simplified = opencc_converter("t2s").convert(without_ruby(text[:90]))
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
        FlatItem(index, text_head(item.text), item.level, item.category, _simplified(item.when), item.why, _simplified(item.owner))
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


def score_file(name: str, gold: dict, result: FileResult, owners: list[str] | None = None) -> FileScore:
    """``owners``: the annotated owner of each gold item in order ("" for none), where annotated."""
    gold_items, pred_items = _flatten_gold(gold), _flatten_pred(result)
    pairs = align(gold_items, pred_items)
    score = FileScore(name, len(gold["plans"]), len(result.plans), len(gold_items), len(pred_items), len(pairs), 0, genre=str(gold.get("genre") or ""))
    votes: dict[tuple[int, int], int] = {}
    for i, j in pairs:
        g, p = gold_items[i], pred_items[j]
        score.level_ok += g.level == p.level
        score.when_ok += g.when == p.when
        score.when_gold += bool(g.when)
        score.when_pred += bool(p.when)
        score.when_hit += when_overlaps(g.when, p.when)
        score.category_pairs.append((g.category, p.category))
        score.rule_outcomes.append((rule_of(p.why), g.category, p.category))
        votes[g.plan, p.plan] = votes.get((g.plan, p.plan), 0) + 1
    plan_of = match_plans(votes)
    score.plan_matched = sum(plan_of.get(gold_items[i].plan) == pred_items[j].plan for i, j in pairs)
    to_simplified = opencc_converter("t2s").convert
    for index, plan in enumerate(gold["plans"]):
        if index not in plan_of:
            continue
        predicted = result.plans[plan_of[index]]
        flat = list(_gold_walk(plan["items"]))
        score.plan_total_ok += predicted.counts.items == len(flat)
        score.plan_top_ok += predicted.counts.top_level == len(plan["items"])
        right = same_body(to_simplified(predicted.institution or ""), to_simplified(str(plan.get("institution") or "")))
        score.institution_ok += right
        score.institution_outcomes.append((predicted.institution_why, right))
    if owners is not None:
        if len(owners) != len(gold_items):
            raise ValueError(f"{name}: the owner annotation has {len(owners)} rows for {len(gold_items)} gold items")
        score.owner_items = len(gold_items)
        score.owner_stated = sum(map(bool, owners))
        score.owner_found = sum(bool(p.owner) for p in pred_items)
        score.owner_hit = sum(owners_overlap(owners[i], pred_items[j].owner) for i, j in pairs)
    return score


def owners_overlap(annotated: str, predicted: str) -> bool:
    """One name contains the other, in simplified script without punctuation: a
    list of owners (市发展改革委、市财政局) is found by its first name."""
    a, p = _bare(_simplified(annotated)), _bare(predicted)
    return bool(a and p) and (a in p or p in a)


def load_owner_annotation(path: Path) -> list[str]:
    """The ``owner`` column of an owner annotation (a TSV with a header, one row
    per gold item in document order; corpus/owners/README.md)."""
    rows = path.read_text(encoding="utf-8").splitlines()
    header = rows[0].split("\t")
    if "owner" not in header:
        raise ValueError(f"{path}: no owner column")
    column = header.index("owner")
    return [(row.split("\t") + [""] * len(header))[column].strip() for row in rows[1:] if row.strip()]


def match_plans(votes: dict[tuple[int, int], int]) -> dict[int, int]:
    """Gold plan -> predicted plan, one-to-one, the pairs sharing most items first."""
    matched: dict[int, int] = {}
    taken: set[int] = set()
    for (gold_plan, pred_plan), _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])):
        if gold_plan not in matched and pred_plan not in taken:
            matched[gold_plan] = pred_plan
            taken.add(pred_plan)
    return matched


_QUOTED = re.compile(r"'[^']*'")


def rule_of(why: str) -> str:
    """The rule behind a ``why``: a heading word or pattern keeps its word,
    scores and probabilities are dropped (heading word '要求', time slot, model)."""
    if why.startswith(("heading word", "pattern")):
        quoted = _QUOTED.search(why)
        return f"{why.split(' ', 2)[0]} {why.split(' ', 2)[1]} {quoted.group() if quoted else ''}".strip()
    for prefix in ("time slot", "cue score", "cues outweigh", "inherited", "default", "model"):
        if why.startswith(prefix):
            return prefix
    return why.split(" ", 1)[0] if why else "(none)"


def rules_report(report: Report, limit: int = 40) -> str:
    """What each category rule decided on the gold, and how often it was right;
    the rules that decide most first."""
    stats: dict[str, list] = {}
    for f in report.files:
        for rule, gold, predicted in f.rule_outcomes:
            entry = stats.setdefault(rule, [0, 0, {}])
            entry[0] += 1
            entry[1] += gold == predicted
            if gold != predicted:
                entry[2][f"{predicted}->{gold}"] = entry[2].get(f"{predicted}->{gold}", 0) + 1
    lines = [f"{'rule':34} {'items':>6} {'right':>6} {'acc':>6}  most common errors (decided->gold)"]
    for rule, (n, right, errors) in sorted(stats.items(), key=lambda kv: -kv[1][0])[:limit]:
        common = ", ".join(f"{k} {v}" for k, v in sorted(errors.items(), key=lambda kv: -kv[1])[:3])
        lines.append(f"{rule[:34]:34} {n:>6} {right:>6} {right / n:6.3f}  {common}")
    return "\n".join(lines)


def institution_routes_report(report: Report) -> str:
    """Per route the institution was read by (``Plan.institution_why``): the
    matched plans it decided and how often it was right, in the routes' order of trust."""
    stats: dict[str, list[int]] = {}
    for f in report.files:
        for route, right in f.institution_outcomes:
            entry = stats.setdefault(route, [0, 0])
            entry[0] += 1
            entry[1] += right
    order = {route: index for index, route in enumerate(INSTITUTION_ROUTES)}
    lines = [f"{'institution route':34} {'plans':>6} {'right':>6} {'acc':>6}"]
    for route, (n, right) in sorted(stats.items(), key=lambda kv: order.get(kv[0], len(order))):
        lines.append(f"{route:34} {n:>6} {right:>6} {right / n:6.3f}")
    return "\n".join(lines)


def when_overlaps(gold: str, predicted: str) -> bool:
    """Both say a time and one contains the other, spacing and punctuation aside
    (2014年1月1日 and 2014年1月1日起; 每月 and 每月一次): the relaxed match of
    temporal-expression evaluation. ``when_accuracy`` stays exact."""
    a, b = _bare(gold), _bare(predicted)
    return bool(a and b) and (a in b or b in a)


def _bare(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace() and not unicodedata.category(ch).startswith("P"))


def same_body(a: str, b: str) -> bool:
    """Names of one body: equal once 人民政府 is read as its short form 政府."""
    return a.replace("人民政府", "政府") == b.replace("人民政府", "政府")


def _gold_walk(nodes):
    for node in nodes:
        yield node
        yield from _gold_walk(node.get("children", []))


def result_from_gold(gold: dict) -> FileResult:
    """A second annotation of a document read as if the pipeline had written it, so that
    ``score_file`` measures how far two annotators agree (items, levels, categories, `when`,
    institutions) with the same alignment and comparisons it scores the pipeline by."""

    def item(node: dict, item_id: str) -> Item:
        children = [item(child, f"{item_id}.{i}") for i, child in enumerate(node.get("children") or [], 1)]
        when = str(node["when"]) if node.get("when") else None
        return Item(id=item_id, marker=str(node.get("n", "")), level=node["level"], category=node["cat"], text=str(node.get("text", "")), when=when, span=(0, 0), children=children)

    plans = []
    for index, plan in enumerate(gold["plans"], 1):
        items = [item(node, str(i)) for i, node in enumerate(plan["items"], 1)]
        institution = str(plan["institution"]) if plan.get("institution") else None
        plans.append(
            Plan(
                id=str(index),
                title=str(plan.get("title") or ""),
                institution=institution,
                institution_named=bool(plan.get("institution_named", institution is not None)),
                span=(0, 0),
                counts=count_items(items),
                items=items,
            )
        )
    return FileResult(source=None, plans=plans, errors=[])


def evaluate(gold_dir: Path, docs_dir: Path, parse, owners_dir: Path | None = None, only: set[str] | None = None) -> Report:
    """Score ``parse(path) -> FileResult`` on every gold file of ``gold_dir`` (of ``only``'s
    stems, where given); owners too on the files ``owners_dir`` holds an annotation for (STEM.tsv)."""
    files = []
    for gold_path in sorted(gold_dir.glob("*.yaml")):
        if only is not None and gold_path.stem not in only:
            continue
        gold = load_gold(gold_path)
        source = docs_dir / gold.get("source", gold_path.with_suffix(".txt").name)
        annotation = owners_dir / f"{gold_path.stem}.tsv" if owners_dir else None
        owners = load_owner_annotation(annotation) if annotation and annotation.is_file() else None
        files.append(score_file(source.name, gold, parse(source), owners))
    return Report(files)


def format_report(report: Report) -> str:
    lines = [f"{'file':34} {'genre':11} {'plans':>9} {'items':>11} {'F1':>6} {'F1plan':>6} {'level':>6} {'cat':>6} {'inst':>6}"]
    for f in report.files:
        m = Report([f]).metrics
        lines.append(
            f"{f.name[:34]:34} {f.genre[:11]:11} {f.pred_plans:>4}/{f.gold_plans:<4} {f.pred_items:>5}/{f.gold_items:<5} "
            f"{m['item_f1']:6.3f} {m['item_f1_per_plan']:6.3f} {m['level_accuracy']:6.3f} {m['category_accuracy']:6.3f} {m['institution_accuracy']:6.3f}"
        )
    genres = report.by_genre()
    if len(genres) > 1:
        lines += ["", f"{'genre':14} {'files':>5} {'items':>6} {'F1':>6} {'F1plan':>6} {'count':>6} {'level':>6} {'cat':>6} {'catF1':>6} {'when':>6} {'inst':>6}"]
        for genre, sub in genres.items():
            m = sub.metrics
            lines.append(
                f"{genre[:14]:14} {len(sub.files):>5} {sub._sum('gold_items'):>6} {m['item_f1']:6.3f} {m['item_f1_per_plan']:6.3f} "
                f"{m['total_count_exact']:6.3f} {m['level_accuracy']:6.3f} {m['category_accuracy']:6.3f} {m['category_macro_f1']:6.3f} "
                f"{m['when_f1']:6.3f} {m['institution_accuracy']:6.3f}"
            )
    m, avg = report.metrics, report.file_averages
    lines.append("")
    lines.append(f"files {len(report.files)}  gold plans {report._sum('gold_plans')}  gold items {report._sum('gold_items')}")
    lines.append(
        f"plans exact {m['plan_count_exact']:.3f}  items P {m['item_precision']:.3f} R {m['item_recall']:.3f} F1 {m['item_f1']:.3f}  "
        f"per-plan F1 {m['item_f1_per_plan']:.3f}"
    )
    lines.append(
        f"total-count exact {m['total_count_exact']:.3f}  top-level exact {m['top_level_count_exact']:.3f}  level acc {m['level_accuracy']:.3f}  "
        f"when P {m['when_precision']:.3f} R {m['when_recall']:.3f} exact {m['when_accuracy']:.3f}"
    )
    lines.append(
        f"category acc {m['category_accuracy']:.3f}  macro-F1 {m['category_macro_f1']:.3f}  institution acc {m['institution_accuracy']:.3f}"
    )
    if owned := [f for f in report.files if f.owner_items]:
        lines.append(
            f"owners ({len(owned)} annotated files, {report._sum('owner_items')} items): stated {m['owner_stated_share']:.3f}  "
            f"found {m['owner_found_share']:.3f}  recall {m['owner_recall']:.3f}  precision {m['owner_precision']:.3f}"
        )
    lines.append(
        f"file averages: F1 {avg['item_f1']:.3f}  per-plan F1 {avg['item_f1_per_plan']:.3f}  level {avg['level_accuracy']:.3f}  "
        f"category {avg['category_accuracy']:.3f}  institution {avg['institution_accuracy']:.3f}"
    )
    return "\n".join(lines)
