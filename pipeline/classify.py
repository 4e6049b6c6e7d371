"""Classify every item as goal, duty, schedule, control or other.

Rules first (ANNOTATION.md, "Categories"): a heading's own words name its
category (工作目标 → goal) and its children inherit it; an item's own cue
words (weights in ``rules/categories.yaml``) override the inherited category
only when they outweigh it clearly. A learned model, where one is loaded,
is combined with the rules by ``combine``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import load_lexicon
from .model import item_place, model_text, section_place
from .rules import Rules
from .segment import ItemNode

_HEADING_END = re.compile(r"[。;!?\n]")


CLASSIFIERS = ("rules", "model", "both")


@dataclass(frozen=True, slots=True)
class Decision:
    category: str
    why: str
    scores: dict[str, float]
    kind: str  # what decided it: one of rules.DECISION_KINDS, or "model"
    word: str = ""  # the heading word or the text a pattern matched, where one decided it


@dataclass(frozen=True, slots=True)
class _Cues:
    heading: list[tuple[str, str]]  # (keyword, category), longest first
    style_heading: dict[str, list[tuple[str, str]]]  # the same for headings of one marker style
    cue_regex: re.Pattern[str]
    cue_weight: dict[str, tuple[str, float]]


def _longest_first(headings: dict[str, list[str]]) -> list[tuple[str, str]]:
    return sorted(((word, cat) for cat, words in headings.items() for word in words), key=lambda kv: -len(kv[0]))


@lru_cache(maxsize=4)
def _cues(rules: Rules) -> _Cues:
    config = rules.categories
    weights: dict[str, tuple[str, float]] = {}
    for category, words in config.cues.items():
        for word, weight in words.items():
            weights[word] = (category, weight)
    pattern = "|".join(sorted(map(re.escape, weights), key=len, reverse=True)) or "(?!)"
    style_heading = {style: _longest_first(headings) for style, headings in config.style_headings.items()}
    return _Cues(_longest_first(config.headings), style_heading, re.compile(pattern), weights)


def heading_of(text: str, max_chars: int) -> str | None:
    """The item's heading: its first clause when short (一、工作目标 / （一）加强领导。),
    without the spaces a regulation's chapter headings are set with (总　则)."""
    first = "".join(_HEADING_END.split(text.strip(), 1)[0].split())
    return first if 0 < len(first) <= max_chars else None


def _is_section_heading(heading: str, max_chars: int) -> bool:
    return len(heading) <= max_chars and "," not in heading


def heading_category(heading: str, rules: Rules, style: str = "") -> tuple[str, str] | None:
    """The category a heading's word names: first the words of its marker's
    style (第一章 总则 is a regulation's purpose and principles), then all;
    a word read across the heading's own words names nothing (建设项目的评价: no 目的)."""
    cues = _cues(rules)
    for word, category in (*cues.style_heading.get(style, ()), *cues.heading):
        if word in heading and _read_whole(word, heading, rules):
            return category, word
    return None


def _read_whole(word: str, heading: str, rules: Rules) -> bool:
    """``word`` stands in ``heading`` inside one of the lexicon's words or along their
    ends (编制|目的, 附|则, 总体目标), somewhere, not only across one (项目|的)."""
    ends = _word_ends(heading, rules.lexicon_path)
    start = heading.find(word)
    while start >= 0:
        end = start + len(word)
        if not any(start < e < end for e in ends) or (start in ends and end in ends):
            return True
        start = heading.find(word, start + 1)
    return False


@lru_cache(maxsize=8192)
def _word_ends(heading: str, lexicon_path) -> frozenset[int]:
    """Where the lexicon's words of ``heading`` end (0 and its length included)."""
    ends, at = {0}, 0
    for word, _ in load_lexicon(lexicon_path).cut(heading):
        at += len(word)
        ends.add(at)
    return frozenset(ends)


def cue_scores(text: str, rules: Rules) -> dict[str, float]:
    cues = _cues(rules)
    scores = dict.fromkeys(rules.categories.categories, 0.0)
    for match in cues.cue_regex.finditer(text):
        category, weight = cues.cue_weight[match.group()]
        scores[category] += weight
    return scores


def time_slot(own_text: str, style: str, rules: Rules) -> str | None:
    """The time slot an item's heading or opening words carry, if any."""
    config = rules.categories
    if style in config.time_slot_markers:
        return f"{style} marker"
    # A long first sentence is no heading, but a date opening it is still the item's slot.
    heading = heading_of(own_text, config.heading_max_chars + 20) or own_text[: config.heading_max_chars]
    for match in rules.when_matches(heading):
        found = match.group().strip()
        bracketed = match.start() > 0 and heading[match.start() - 1] in "(（"
        opening = match.start() < config.time_slot_opening_chars
        label = heading[: match.start()]
        labelled = rules.time_slot_label_regex.fullmatch(label) is not None or (  # 颁奖日期:5月27日
            rules.time_slot_day_label_regex.fullmatch(label) is not None and rules.time_slot_day_regex.search(found) is not None
        )
        if (bracketed or opening or labelled) and rules.frequency(found) is None and not rules.relative_when_regex.fullmatch(found):
            return found
    return None


def plan_default(title: str, rules: Rules) -> str:
    """The category an item of a plan with this title takes where nothing
    else decides it: a scoring scheme's items state criteria (``title_defaults``)."""
    config = rules.categories
    squeezed = "".join(title.split())
    return next((category for category, regex in rules.title_default_regexes.items() if regex.search(squeezed)), config.default)


def classify_by_rules(own_text: str, marker: str, parent: str | None, rules: Rules, style: str = "", default: str | None = None) -> Decision:
    """Category of one item from its own text and its parent's category;
    ``default``: the plan's category for items nothing decides (``plan_default``)."""
    config = rules.categories
    heading = heading_of(own_text, config.heading_max_chars)
    scores = cue_scores(f"{marker}{own_text[:200]}", rules)
    opening = own_text.lstrip()[:120]
    for category, regex in rules.category_patterns.items():
        if match := regex.search(opening):
            return Decision(category, f"pattern {match.group()[:12]!r}", scores, "pattern", match.group())
    if (slot := time_slot(own_text, style, rules)) is not None:
        return Decision(config.time_slot_category, f"time slot {slot!r}", scores, "time_slot")
    if heading is not None and _is_section_heading(heading, config.heading_word_max_chars) and (named := heading_category(heading, rules, style)) is not None:
        return Decision(named[0], f"heading word {named[1]!r}", scores, "heading", named[1])
    best = max(scores, key=scores.get)
    if parent is None:
        if scores[best] > 0:
            return Decision(best, f"cue score {scores[best]:.1f}", scores, "cues")
        return Decision(default or config.default, "default", scores, "default")
    if best != parent and scores[best] - scores[parent] > config.override_margin:
        return Decision(best, f"cues outweigh parent's {parent} ({scores[best]:.1f} vs {scores[parent]:.1f})", scores, "cues_outweigh")
    return Decision(parent, f"inherited from parent ({parent})", scores, "inherited")


def model_may_override(decision: Decision, rules: Rules) -> bool:
    """Whether the rules' evidence is weak enough for the model to overrule:
    its kind (no cue at all, only inherited), or a heading word or pattern the
    corpus shows unsure (``model_may_override_words``)."""
    config = rules.categories
    return decision.kind in config.model_may_override or any(word in decision.word for word in config.model_may_override_words)


def rule_summary(decision: Decision) -> str:
    """The rules' verdict and the kind of evidence behind it, for the model."""
    return f"{decision.category}:{decision.why.split(' ', 1)[0]}"


def section_places(roots: list[ItemNode]) -> dict[int, str]:
    """``section_place`` of each of one plan's top-level items, by its start."""
    return {root.start: section_place(index, len(roots)) for index, root in enumerate(roots)}


def classify_tree(
    roots: list[ItemNode],
    own_text,
    marker_text,
    rules: Rules,
    model=None,
    mode: str = "both",
    defaults: dict[int, str] | None = None,
    places: dict[int, str] | None = None,
) -> dict[int, Decision]:
    """Decisions for every item of a plan, keyed by the item's start;
    ``defaults``: each root's plan's category for what nothing decides (by the root's start);
    ``places``: each root's ``section_place`` in its plan (by default, ``roots`` read as one plan's).

    ``own_text(node)`` and ``marker_text(node)`` read the proc text. The rules
    decide every item first; with a model, one batched pass then decides
    the items whose rule evidence is weak (``both``: ``model_may_override``),
    or everything (``model``);
    an item that only inherited its parent's category then takes the parent's final one."""
    decisions: dict[int, Decision] = {}
    model_inputs: list[tuple[ItemNode, str]] = []
    places = places if places is not None else section_places(roots)

    def visit(node: ItemNode, parent: ItemNode | None, depth: int, section: str, inherited: str | None, default: str | None, place: str) -> None:
        # ``section``: the heading of the top-level item ``node`` stands under (read once per top-level item);
        # the model reads it from two levels down, where it is not the parent's own.
        text, marker = own_text(node), marker_text(node)
        decision = classify_by_rules(text, marker, inherited, rules, node.marker.style.name, default)
        decisions[node.start] = decision
        if model is not None and mode != "rules" and (mode == "model" or model_may_override(decision, rules)):
            parent_heading = heading_of(own_text(parent), rules.categories.heading_max_chars) or "" if parent else ""
            parent_category = decisions[parent.start].category if parent else None
            where = item_place(place, depth, bool(node.children))
            model_inputs.append((node, model_text(marker, text, parent_heading, parent_category, rule_summary(decision), section if depth >= 2 else "", where)))
        passed_on = rules.categories.inherit.get(decision.category, decision.category)
        below = heading_of(text, rules.categories.heading_max_chars) or "" if depth == 0 and node.children else section
        for child in node.children:
            visit(child, node, depth + 1, below, passed_on, default, place)

    for root in roots:
        visit(root, None, 0, "", None, (defaults or {}).get(root.start), places[root.start])
    if model is None or mode == "rules" or not model_inputs:
        return decisions
    for (node, _), probabilities in zip(model_inputs, model.predict(text for _, text in model_inputs), strict=True):
        rule = decisions[node.start]
        best = max(probabilities, key=probabilities.get)
        if mode == "both" and probabilities[best] < rules.categories.model_override_confidence:
            continue
        decisions[node.start] = Decision(best, f"model p={probabilities[best]:.2f} (rules: {rule.category}, {rule.why})", probabilities, "model")

    def pass_on(node: ItemNode, inherited: str | None) -> None:
        # An item that only inherited follows its parent's final category: where the
        # model overturned the parent (辞退管理 → control), its grounds go with it.
        decision = decisions[node.start]
        if decision.kind == "inherited" and inherited is not None and decision.category != inherited:
            decision = decisions[node.start] = Decision(inherited, f"inherited from parent ({inherited})", decision.scores, "inherited")
        for child in node.children:
            pass_on(child, rules.categories.inherit.get(decision.category, decision.category))

    for root in roots:
        pass_on(root, None)
    return decisions
