"""Warnings for results that look wrong without being errors (SPEC.md,
``warnings``): a plan with no items, one item holding most of a plan's text,
numbering that jumps, markers in a text where no item was found. Thresholds
are in ``rules/warnings.yaml``."""

from __future__ import annotations

import re

from .models import Item, Plan, ResultWarning, walk
from .rules import Rules
from .segment import chinese_number

_NUMBER = re.compile(r"\d+|[一二三四五六七八九十百零〇两]+")


def plan_warnings(plan: Plan, rules: Rules) -> list[ResultWarning]:
    warnings = []
    if not plan.items:
        warnings.append(ResultWarning(code="no-items", message="the plan has no numbered items"))
        return warnings
    items = list(walk(plan.items))
    plan_chars = plan.span[1] - plan.span[0]
    longest = max(items, key=lambda item: len(item.text))
    if len(items) >= rules.warnings.share_min_items and len(longest.text) > rules.warnings.item_share_max * plan_chars:
        warnings.append(
            ResultWarning(code="item-holds-most", message=f"item {longest.id} ({longest.marker}) holds {len(longest.text)} of the plan's {plan_chars} characters")
        )
    jumps = [f"{a.marker}→{b.marker}" for siblings in _sibling_lists(plan.items) for a, b in zip(siblings, siblings[1:]) if _jumps(a, b, rules)]
    if jumps:
        warnings.append(ResultWarning(code="numbering-jump", message="numbering skips: " + ", ".join(jumps[:5])))
    return warnings


def text_warnings(proc: str, plans: list[Plan], rules: Rules) -> list[ResultWarning]:
    """File-level: marker lines in the text but no item in any plan."""
    if any(plan.items for plan in plans):
        return []
    marker_lines = sum(1 for line in proc.split("\n") if line.strip() and rules.line_marker_regex.match(line))
    if marker_lines >= rules.warnings.marker_lines_min:
        return [ResultWarning(code="markers-no-items", message=f"{marker_lines} lines start like items, but no item was found")]
    return []


def _sibling_lists(items: list[Item]):
    yield items
    for item in items:
        if item.children:
            yield from _sibling_lists(item.children)


def _shape_and_number(marker: str) -> tuple[str, int] | None:
    match = _NUMBER.search(marker)
    if match is None:
        return None
    raw = match.group()
    number = int(raw) if raw.isdigit() else chinese_number(raw)
    return (marker[: match.start()] + "#" + marker[match.end() :], number) if number is not None else None


def _jumps(a: Item, b: Item, rules: Rules) -> bool:
    first, second = _shape_and_number(a.marker), _shape_and_number(b.marker)
    return bool(first and second and first[0] == second[0] and second[1] - first[1] > rules.warnings.jump_max)
