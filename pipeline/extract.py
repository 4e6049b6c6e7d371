"""Extract a plan's institution and each item's time expression and owner.

Patterns live in ``rules/when.yaml``, ``rules/owners.yaml`` and
``rules/institutions.yaml``; everything is matched in the proc copy and
reported verbatim from the clean copy at the same indices.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .rules import Rules

_YEAR = re.compile(r"(20\d\d)年")
_DATE_PARTS = re.compile(r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?")
_DEADLINE = re.compile(r"(?:前|以前|之前|底|末)$")


@dataclass(frozen=True, slots=True)
class TimeExpression:
    start: int  # index into the searched text
    end: int
    text: str
    start_date: str | None
    end_date: str | None
    frequency: str | None


@dataclass(frozen=True, slots=True)
class Institution:
    name: str | None
    named: bool
    why: str


def plan_year(text: str) -> int | None:
    """The year a plan speaks of: the first 20xx年 in its opening text."""
    match = _YEAR.search(text[:2000])
    return int(match.group(1)) if match else None


def find_when(text: str, rules: Rules, year: int | None = None) -> TimeExpression | None:
    """First time expression of ``text`` (proc), with a normalised form."""
    match = rules.when_regex.search(text)
    if match is None:
        return None
    found = match.group().rstrip()
    frequency = rules.when.frequencies.get(found)
    start_date, end_date = _dates(found, year)
    return TimeExpression(match.start(), match.start() + len(found), found, start_date, end_date, frequency)


def _dates(expression: str, year: int | None) -> tuple[str | None, str | None]:
    parts = list(_DATE_PARTS.finditer(expression))
    if not parts:
        stated = _YEAR.search(expression)
        if stated and not _DEADLINE.search(expression):
            return f"{stated.group(1)}-01-01", f"{stated.group(1)}-12-31"
        if stated:
            return None, f"{stated.group(1)}-12-31"
        return None, None
    isos = []
    current_year = year
    for part in parts:
        if part.group("y"):
            current_year = int(part.group("y"))
        if current_year is None:
            return None, None
        month = int(part.group("m"))
        if not 1 <= month <= 12:
            return None, None
        iso = f"{current_year:04d}-{month:02d}"
        if part.group("d"):
            iso += f"-{int(part.group('d')):02d}"
        isos.append(iso)
    if len(isos) >= 2:
        return isos[0], isos[-1]
    if _DEADLINE.search(expression):
        return None, isos[0]
    return isos[0], isos[0]


def find_owner(text: str, rules: Rules) -> tuple[int, int] | None:
    """Span in ``text`` (proc) of the body or person responsible, if stated."""
    for regex in rules.owner_regexes:
        match = regex.search(text)
        if match:
            owner = match.group("owner").strip()
            start = match.start("owner")
            return (start, start + len(owner)) if owner else None
    return None


@lru_cache(maxsize=4)
def _institution_regexes(rules: Rules):
    config = rules.institutions
    suffixes = "|".join(sorted(map(re.escape, config.suffixes), key=len, reverse=True))
    named = re.compile(rf"[\u4e00-\u9fff]{{1,{config.max_chars}}}?(?:{suffixes})")
    refs = "|".join(sorted(map(re.escape, config.generic_refs), key=len, reverse=True))
    generic = re.compile(rf"(?:我|本|全)(?P<ref>{refs})")
    leading = re.compile(config.leading_group)
    stop = re.compile("^(?:" + "|".join(sorted(map(re.escape, config.stop_prefixes), key=len, reverse=True)) + ")+")
    suffix_only = re.compile(rf"^(?:{suffixes})$")
    return named, generic, leading, stop, suffix_only


def find_institution(title: str, body: str, rules: Rules) -> Institution:
    """Institution of a plan from its title, preamble, leading group, signature
    and self-references (我院 → 卫生院), most specific first."""
    named, generic, leading, stop, suffix_only = _institution_regexes(rules)

    def clean_name(raw: str) -> str:
        return stop.sub("", raw)

    def is_named(name: str) -> bool:
        return len(name) >= 2 and not suffix_only.match(name)

    opening = body[:1500]
    candidates: list[tuple[str, str]] = []
    for match in leading.finditer(opening):
        candidates.append((clean_name(match.group("body")), "leading group"))
    for match in named.finditer(title):
        candidates.append((clean_name(match.group()), "title"))
    signature = _signature(body)
    if signature:
        candidates.append((signature, "signature"))
    for name, why in candidates:
        if is_named(name) and named.fullmatch(name):
            return Institution(name, True, why)
    self_ref = generic.search(body)
    if self_ref:
        return Institution(rules.institutions.generic_refs[self_ref.group("ref")], False, f"self-reference {self_ref.group()!r}")
    for name, why in candidates:
        if name:
            return Institution(name, False, f"generic {why}")
    return Institution(None, False, "no institution found")


def _signature(body: str) -> str | None:
    """A short last line naming a body (the signature), before an optional date."""
    lines = [line.strip() for line in body.strip().split("\n")[-4:] if line.strip()]
    for line in reversed(lines):
        if len(line) <= 25 and not re.search(r"[。;,:]", line) and not re.search(r"\d+月\d+日|年\d+月", line):
            return line
    return None
