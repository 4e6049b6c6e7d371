"""Pydantic models of everything plancheck writes: the public contract of
SPEC.md. ``schemas/*.json`` is generated from these by ``plancheck schema``."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

Category = Literal["goal", "duty", "schedule", "control", "other"]
CATEGORY_NAMES: tuple[str, ...] = get_args(Category)

# Where a plan's institution was read, most trusted first (ANNOTATION.md's order).
InstitutionRoute = Literal[
    "declared",  # a cover notice's or regulation's header, a metadata line (发布机构:), a competent authority
    "title",  # the body a title opens with
    "page source",  # a saved page's source line (来源:)
    "enclosure",  # the plan before it lists it as an enclosure or hands it out
    "mentions",  # the best supported of the bodies the text names
    "footer owner",  # a page footer's owner of the kind the text speaks as
    "self-reference",  # the generic body 我院, 本公司 or a placeholder (某某镇) stands for
    "scope",  # the level's body a plan for 全县/全市 implies
    "sector",  # the department of the sector it speaks for (全市教育系统)
    "kind",  # the kind of body the title or text speaks of most
    "none",
]
INSTITUTION_ROUTES: tuple[str, ...] = get_args(InstitutionRoute)
Script = Literal["simplified", "traditional", "mixed"]
Span = tuple[int, int]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Model):
    path: str
    sha256: str
    encoding: str
    script: Script
    chars: int = Field(description="Characters of the decoded original text; spans index into it.")


class When(_Model):
    text: str = Field(description="The time expression as written.")
    start: str | None = Field(None, description="ISO date (or year-month) it starts, where stated.")
    end: str | None = Field(None, description="ISO date (or year-month) it ends, where a range or deadline.")
    frequency: str | None = Field(None, description="quarterly, monthly, … for recurring expressions.")


class ResultWarning(_Model):
    """A result that looks wrong without being an error (SPEC.md, ``warnings``)."""

    code: str = Field(description="no-items, item-holds-most, numbering-jump, markers-no-items, bytes-dropped, …")
    message: str


class Item(_Model):
    id: str = Field(description="Dotted position in the plan's item tree: 1, 1.2, 1.2.1.")
    marker: str = Field(description="The enumeration marker exactly as written.")
    level: int = Field(ge=1)
    category: Category
    why: str = Field("", description="The cue or score that decided the category.")
    text: str = Field(description="The item's own text, children excluded.")
    when: str | None = Field(description="First time expression of the own text, verbatim.")
    when_normalized: When | None = None
    owner: str | None = None
    span: Span
    page: int | None = Field(None, description="The page (from 1) the item starts on, in a PDF.")
    children: list[Item] = []


class Counts(_Model):
    items: int
    top_level: int
    by_level: dict[str, int]
    by_category: dict[str, int]


class Plan(_Model):
    id: str
    title: str
    institution: str | None
    institution_named: bool
    institution_why: InstitutionRoute = Field(
        "none",
        description="Where the institution was read: declared (a cover notice's or regulation's header, a metadata line), title, "
        "page source, enclosure (the plan that hands this one out), mentions (the best supported body the text names), "
        "footer owner, self-reference (我院 → 卫生院, 某某镇 → 镇), scope (全县 → 县政府), sector (全市教育系统 → 市教育局), kind, or none.",
    )
    span: Span
    counts: Counts
    items: list[Item]
    warnings: list[ResultWarning] = []
    duplicate_of: str | None = Field(
        None,
        description="Id of an earlier plan whose items this plan repeats word for word: of the same file, or, in a batch run, of a file earlier by path.",
    )
    source: Source | None = Field(None, description="Set in checklists, where plans of many files meet.")


class FileResult(_Model):
    """What ``plancheck parse`` prints for one input file (one JSON line)."""

    schema_version: int = SCHEMA_VERSION
    source: Source | None
    plans: list[Plan]
    errors: list[str]
    warnings: list[ResultWarning] = []


class Checklist(_Model):
    """One YAML file of ``plancheck run``: every plan of one institution."""

    schema_version: int = SCHEMA_VERSION
    institution: str
    plans: list[Plan]


class FileError(_Model):
    path: str
    error: str


class FileWarning(_Model):
    path: str
    plan_id: str | None = None
    code: str
    message: str


class RunSummary(_Model):
    """``OUT/summary.json`` of ``plancheck run``."""

    schema_version: int = SCHEMA_VERSION
    rules_version: str
    files: int
    files_skipped: int = Field(0, description="Unchanged since the last run, outputs kept.")
    files_removed: list[str] = Field([], description="Files under this run's inputs that are gone since the last run; their plans were removed.")
    skipped: list[FileError] = Field([], description="Files of a kind that is not read (.doc, images), each with the reason.")
    plans: int
    items: int
    institutions: int
    errors: list[FileError]
    warnings: list[FileWarning] = []


class ItemRow(_Model):
    """One flat row of ``OUT/items.jsonl``, for spreadsheets and databases."""

    source_path: str
    plan_id: str
    plan_title: str
    institution: str | None
    institution_named: bool
    institution_why: InstitutionRoute
    duplicate_of: str | None
    item_id: str
    parent_id: str | None
    marker: str
    level: int
    category: Category
    text: str
    when: str | None
    when_start: str | None
    when_end: str | None
    frequency: str | None
    owner: str | None
    span_start: int
    span_end: int


def count_items(items: list[Item]) -> Counts:
    """Counts derived from an item tree, so they always agree with it."""
    by_level: dict[str, int] = {}
    by_category: dict[str, int] = {}
    stack = list(items)
    while stack:
        item = stack.pop()
        by_level[str(item.level)] = by_level.get(str(item.level), 0) + 1
        by_category[item.category] = by_category.get(item.category, 0) + 1
        stack.extend(item.children)
    return Counts(
        items=sum(by_level.values()),
        top_level=len(items),
        by_level=dict(sorted(by_level.items(), key=lambda kv: int(kv[0]))),
        by_category=dict(sorted(by_category.items())),
    )


def walk(items: list[Item]):
    """Items of a tree in document order (pre-order)."""
    for item in items:
        yield item
        yield from walk(item.children)
