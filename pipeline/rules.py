"""Load the YAML rule files once, validate them and compile their patterns.

Rules are data: analysts edit ``rules/*.yaml`` without touching code. A bad
rule file fails at load time with the file and the field named.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .models import Category

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - libyaml missing
    from yaml import SafeLoader as _Loader

def _default_rules_dir() -> Path:
    """$PLANCHECK_RULES, else the checkout's rules/, else the copy an installed
    wheel ships inside the package."""
    if "PLANCHECK_RULES" in os.environ:
        return Path(os.environ["PLANCHECK_RULES"])
    checkout = Path(__file__).resolve().parent.parent / "rules"
    return checkout if (checkout / "markers.yaml").is_file() else Path(__file__).resolve().parent / "rulefiles"


DEFAULT_RULES_DIR = _default_rules_dir()


class RulesError(ValueError):
    """A rule file is missing or malformed."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class HeadedRunRule(_Strict):
    min_items: int = Field(ge=2)
    min_runs: int = Field(ge=1)
    alone_min_items: int | None = Field(default=None, ge=2)  # one run this long counts with no heading before it


class MarkerStyleRule(_Strict):
    name: str
    pattern: str
    rank: int | None = None
    inline: bool = False
    after: str = ""
    after_any: bool = False  # an inline marker may follow any character (a circled number marks a list and nothing else)
    ordinal: bool = False
    glued: bool = False  # may follow a word directly when whitespace follows it (a flattened page)
    requires: str | None = None  # another style that must occur in the plan for this one to count
    # …or, without it, runs of its own at line starts, each opening after a heading (segment._headed_runs)
    headed_run: HeadedRunRule | None = None
    dotted: bool = False  # its number states its depth (5.5.1): styles that follow nest under it
    continuous: bool = False  # numbered on through the parts between (第X条): a number going on holds none of them
    sibling_across: bool = False  # inline after a sentence's end, its sibling may stand anywhere in the plan, not only in its paragraph
    inline_before: str = ""  # what must follow it inline (第二阶段(3-4月):, not 第二阶段预定办理时间 in running text)



class FlattenedRules(_Strict):
    min_chars: int = Field(ge=1)
    min_markers: int = Field(ge=2)
    min_confirmed: int = Field(ge=2)
    glued_run_min: int = Field(ge=2)
    glued_gap_min: int = Field(ge=0)
    not_glued_after: str


class MarkerRules(_Strict):
    numerals: dict[str, str]
    fragments: dict[str, str] = {}  # pattern pieces styles share, expanded as the numerals are
    flattened: FlattenedRules
    run_in_chars: int = Field(ge=0)
    heading_style_min: int = Field(ge=1)
    heading_line_min_chars: int = Field(ge=1)
    heading_line_max_chars: int = Field(ge=1)
    note_sentence_share: float = Field(gt=0, le=1)
    run_in_styles: list[str]
    colon_run_styles: list[str]
    colon_run_min: int = Field(ge=2)
    ones_list_min: int = Field(ge=2)
    closing_date: str
    closing_imprint: str
    closing_line_max_chars: int
    closing_line_not: str
    signer: str  # a signer's line: a body's name and the seal it notes
    signer_date: str  # the date a signer's line may end with
    attachments: str
    annex_heading: str
    attachments_indented: str
    cover_attachments_label: str  # a 附件 line alone, above the names a cover notice attaches
    in_force_clause: str
    blank_slot: str
    number_list: str
    code_value: str
    history_entry: str
    cited_before: str = ""
    bracket_clause_min_chars: int = Field(1, ge=1)
    bracket_score: str
    half_width_stop: str
    table_row_min_numbers: int = Field(ge=1)
    table_row_number_share: float = Field(ge=0, le=1)
    table_row_max_chars: int = Field(ge=1)
    styles: list[MarkerStyleRule]


class SplitRules(_Strict):
    title_words: list[str]
    record_titles: list[str]
    record_title_key: str = "title"
    repeat_follow_lines: int = Field(ge=1)
    title_suffix: str
    title_template: str = ""
    title_reference: str
    title_not_after: str
    keyword_line: str = "(?!)"
    field_line: str = "(?!)"
    dated_line: str
    cited_provision: str
    clause_modal: str = "(?!)"
    title_max_chars: int
    title_min_chars: int
    title_item_min_chars: int
    title_max_commas: int = Field(ge=0)
    separators: list[str]
    collection_headings: list[str]
    collection_count: str = "(?!)"
    heading_copy_number: str = "(?!)"
    preamble: str
    preamble_not: str
    preamble_hint: str
    preamble_title: str
    roster: str
    roster_introduced: str
    roster_role: str = "(?!)"
    doc_number: str
    header_max_lines: int
    annex: str
    issuer_line: str
    introduces: str
    article_section_max_chars: int = Field(0, ge=0)
    part_text_min_chars: int = Field(ge=1)
    basis_caption: str = "(?!)"
    glued_first_marker: str = "(?!)"
    glued_heading_max_chars: int = Field(0, ge=0)
    cover_prints: str
    cover_joiners: str
    continued_after: str
    title_continued: str = "(?!)"
    purpose_article: str
    article: str
    article_part: str
    listed_entry: str
    listed_entry_min_shared: int = Field(ge=2)
    article_restart_after: int = Field(ge=1)


class BoilerplateRules(_Strict):
    drop_lines: list[str]
    page_lines: list[str]
    page_prefix: str
    indented_page_prefix: str
    list_number_prefix: str
    indented_page_max_step: int = Field(ge=1)
    front_matter_title_key: str
    front_matter_title_site: str
    running_header_min_repeats: int = Field(ge=2)
    running_header_window: int = Field(ge=0)
    title_header_min_chars: int = Field(ge=1)
    cut_from: list[str]
    cut_from_min_share: float = Field(ge=0, le=1)
    join_min_chars: int
    continued_line: str
    open_line_end: str
    closed_line: str
    toc_heading: str
    toc_entry: str
    toc_max_lines: int = Field(ge=0)
    toc_entry_max_chars: int = Field(ge=1)
    toc_numbered_share: float = Field(ge=0, le=1)
    toc_unheaded_min_lines: int = Field(ge=2)
    toc_unnumbered_max_chars: int = Field(ge=1)
    toc_paged_min_lines: int = Field(ge=2)
    toc_inline_entry: str
    menu_min_lines: int = Field(ge=2)
    menu_item: str
    menu_numbered_item: str
    menu_min_restarts: int = Field(ge=1)
    bare_page_number: str
    page_min_lines: int = Field(ge=1)
    display_line: str
    page_field_line: str
    metadata_field_line: str
    wrap_min_chars: int
    wrap_min_lines: int
    wrap_slack: int
    ocr_line_min_chars: int = Field(ge=1)
    ocr_marker_chars: int = Field(ge=0)
    ocr_spaces_min: int = Field(ge=1)
    ocr_space_keep_after: str
    ocr_space_keep_before: str
    chunk_number: str
    chunk_min_chars: int = Field(ge=1)
    chunk_inner_section: str
    escapes_min: int = Field(ge=1)
    site_slogan: str
    unit_exponent_break: str
    number_run_line: str
    number_run_next: str
    broken_marker_next: str
    excerpt_min_chars: int = Field(ge=1)
    excerpt_field_window: int = Field(ge=1)
    summary_line_min_chars: int = Field(ge=1)
    indent_break_min_chars: int = Field(ge=1)
    indent_break_min_runs: int = Field(ge=1)
    jammer_min_tokens: int = Field(ge=2)
    jammer_min_mixed: int = Field(ge=1)


class WarningRules(_Strict):
    item_share_max: float = Field(gt=0, le=1)
    share_min_items: int = Field(ge=1)
    jump_max: int = Field(ge=1)
    marker_lines_min: int = Field(ge=1)


# What can decide an item's category by rules (classify.Decision.kind), strongest first.
DECISION_KINDS = ("pattern", "time_slot", "heading", "cues_outweigh", "cues", "inherited", "default")


class CategoryRules(_Strict):
    categories: list[str]

    @model_validator(mode="after")
    def _one_list_of_categories(self):
        """Every category named anywhere is one of ``categories``, and those are
        the output contract's (models.Category): one list for classifier, model and eval."""
        known = set(get_args(Category))
        if set(self.categories) != known:
            raise ValueError(f"categories: must be the output contract's {sorted(known)}, not {self.categories}")
        named = {
            "headings": set(self.headings),
            "style_headings": {category for by_category in self.style_headings.values() for category in by_category},
            "patterns": set(self.patterns),
            "cues": set(self.cues),
            "inherit": set(self.inherit) | set(self.inherit.values()),
            "time_slot_category": {self.time_slot_category},
            "default": {self.default},
            "title_defaults": set(self.title_defaults),
        }
        if unknown_kinds := set(self.model_may_override) - set(DECISION_KINDS):
            raise ValueError(f"model_may_override: unknown kind(s) {sorted(unknown_kinds)}; kinds are {list(DECISION_KINDS)}")
        for field, values in named.items():
            if unknown := values - known:
                raise ValueError(f"{field}: unknown categor{'ies' if len(unknown) > 1 else 'y'} {sorted(unknown)}; categories are {sorted(known)}")
        return self

    headings: dict[str, list[str]]
    style_headings: dict[str, dict[str, list[str]]] = {}
    patterns: dict[str, list[str]]
    cues: dict[str, dict[str, float]]
    time_slot_category: str
    time_slot_opening_chars: int
    time_slot_label: str
    time_slot_day_label: str
    time_slot_day: str
    time_slot_markers: list[str]
    inherit: dict[str, str]
    default: str
    title_defaults: dict[str, str] = {}
    heading_max_chars: int
    heading_word_max_chars: int
    override_margin: float
    model_override_confidence: float
    model_may_override: list[str]
    model_may_override_words: list[str] = []


class WhenRules(_Strict):
    patterns: list[str]
    relative: list[str]
    frequencies: dict[str, str]
    anchor: str
    anchor_lead: int
    heading: str
    document_reference: str


class OwnerPattern(_Strict):
    pattern: str
    anchor: str | None = None
    anchor_lead: int = 0


# The institution settings that are regular expressions, compiled when the rules load.
_INSTITUTION_PATTERNS = (
    "name_chars", "self_reference", "placeholder", "placeholder_body", "deference", "deference_after", "deference_clause", "leading_group",
    "tasked", "addressed", "founded", "founded_after", "visited_before", "visited_after", "cover", "cover_issues", "short_form", "bracketed_tag", "joint_tail", "term_number", "declared_not",
    "official_title", "government_plan_title", "place_rules_title_note", "numbered_school", "titled_department", "titled_unit", "declared_unit", "titled_kind", "titled_body_kind", "footer_kind_after", "title_year", "title_separator", "title_village", "joined_name", "title_name_not", "own_name", "own_kind_name",
    "national_not_before", "scope", "own_jurisdiction", "sector_scope",
)
# What institution scoring reads from its weights and windows, by name.
_INSTITUTION_WEIGHTS = {"title", "leading_group", "signature", "self_reference", "issuer_cue", "cover", "site_owner", "opening"}
_INSTITUTION_WINDOWS = {
    "deference_before",
    "cited_titles_before",
    "placeholder_before",
    "addressed_before",
    "founded_before",
    "visited_before",
    "group_before",
    "signature_lines",
    "signature_max_chars",
}


class InstitutionRules(_Strict):
    levels: list[str]
    autonomous_levels: list[str] = []
    autonomous_place_max_chars: int = Field(ge=2)
    level_bodies: list[str]
    level_body_max_chars: int
    body_word_not_before: dict[str, str] = {}
    not_in_name: str
    word_closing_kinds: list[str]
    common_place_words: list[str] = []
    jurisdiction_references: list[str]
    joining_in_name: str
    joined_body_max_chars: int
    not_bodies: list[str]
    named_bodies: list[str]
    name_chars: str
    long_name_bodies: list[str] = []
    registered_bodies: list[str] = []
    kind_overlaps: dict[str, str] = {}
    long_name_max_chars: int = Field(ge=2, default=6)
    proper_noun_tags: list[str]
    unknown_name_max_chars: int
    unknown_name_not_tags: list[str]
    unknown_name_lead_tags: list[str]
    name_breaking_tags: list[str]
    registered_name_breaking_tags: list[str]
    lexicon: str
    lexicon_min_freq: int
    lexicon_keep_tags: list[str]
    lexicon_places: str
    lexicon_place_tag: str
    place_directions: str = ""
    lexicon_place_freq: int
    national: list[str]
    national_traditional: list[str] = []
    former_prefix: str = ""
    kind_cues: dict[str, list[str]] = {}
    kind_cue_min_mentions: int = Field(1, ge=1)
    compound_kinds: list[str] = []
    compound_kind_min_mentions: int = Field(1, ge=1)
    abbreviation_min_chars: int = Field(4, ge=2)
    kind_subtypes: dict[str, list[str]] = {}
    kind_short_forms: dict[str, str] = {}
    joint_kinds: list[str] = []
    stop_prefixes: list[str]
    self_reference: str
    self_references: dict[str, str]
    self_reference_kinds: dict[str, list[str]]
    unreferenced_kinds: list[str] = []
    self_reference_only_kinds: list[str] = []
    title_after_name_min_chars: int = Field(ge=2)
    weights: dict[str, float]
    windows: dict[str, int]
    min_self_references: int
    other_body_weight: float
    level_ranks: dict[str, int]
    subordinate_body_weight: float = Field(ge=0)
    superior_body_weight: float = Field(ge=0)
    state_names: list[str] = []
    aliases: dict[str, str]
    placeholder: str
    placeholder_body: str
    opening_chars: int
    deference: str
    deference_after: str
    deference_clause: str
    cue_units: list[str]
    cue_unit_parent_chars: int = Field(ge=0)
    unit_parent_kinds: list[str]
    deference_weight: float
    leading_group: str
    issuer_cues: list[str]
    issuer_field: str
    issuer_verbs: list[str]
    subject_chars: int
    subject_indent_chars: int = Field(ge=0)
    place_named_kinds: list[str]
    place_levels: list[str]
    clause_marks: str
    tasked: str
    addressed: str
    addressee_line: str = "(?!)"
    founded: str
    founded_after: str
    visited_kinds: list[str]
    visited_before: str
    visited_after: str
    tasked_weight: float
    cover: str
    cover_issues: str
    cited_title_min_chars: int = Field(ge=2)
    declared: list[str]
    declared_chars: int
    page_source: str
    short_form: str
    short_form_clause_chars: int = Field(ge=2)
    parent_name_max_chars: int = Field(ge=2)
    spelt_out_max_chars: int = Field(ge=1)
    abbreviated_bodies: dict[str, str] = {}
    self_definition: str
    self_definition_chars: int = Field(ge=2)
    name_prefixes: list[str] = []
    committee_prefixes: list[str] = []
    committee_endings: list[str] = []
    page_source_chars: int = Field(ge=0)
    bracketed_tag: str
    joint_tail: str
    term_number: str
    full_forms: dict[str, str]
    declared_not: str
    official_title: str
    government_words: list[str]
    place_government_levels: list[str]
    place_government: str
    place_offices: list[str] = []
    government_plan_title: str
    place_rules_issuers: dict[str, str] = {}
    place_rules_title_note: str = "$"
    governed_classes: list[str] = []
    title_village: str = "(?!)"
    numbered_school: str = "(?!)"
    titled_department: str = "(?!)"
    titled_unit: str = "(?!)"
    declared_unit: str = "(?!)"
    titled_kind: str = "(?!)"
    titled_body_kind: str = "(?!)"
    titled_kind_named_min_support: float = Field(ge=0)
    trade_words_max_chars: int = Field(ge=0)
    trade_word_tags: list[str] = []
    trade_kind_not_before_tags: list[str] = []
    written_trade_kinds: list[str] = []
    written_trade_word_tags: list[str] = []
    written_trade_opening_tags: list[str] = []
    written_trade_not_after_tags: list[str] = []
    site_owner: list[str]
    footer_kind_after: str
    title_name_max_chars: int
    title_unit: str
    whole_line_name_max_chars: int = Field(ge=2)
    whole_line_bodies: list[str] = []
    signature_closings: list[str] = []
    notice_closings: list[str] = []
    self_short_forms: list[str] = []
    defined_short_forms: list[str] = []
    title_year: str
    title_separator: str
    joined_name: str
    cover_signature: str
    page_metadata: str
    page_metadata_labels: list[str]
    issued_title: str
    opening_signature: str
    national_sub_bodies: list[str]
    national_sub_place_chars: int
    national_unit_bodies: list[str]
    national_unit_chars: int = Field(ge=2)
    common_word_body_max_chars: int = Field(ge=1)
    enrolled_schools: str
    enrolment: str
    title_name_not: str
    title_joining: str = "(?!)"
    own_name: str
    own_kind_name: str
    national_not_before: str
    title_place_chars: int = Field(ge=1)
    one_character_place_levels: list[str]
    place_name_max_chars: int
    scope: str
    scope_bodies: dict[str, str]
    own_jurisdiction: str
    sector_scope: str
    sector_bodies: dict[str, str]
    name_tag_max_chars: dict[str, int]
    rare_place_max_weight: float = Field(ge=0.0, default=0.0)  # 0: no place word is read as rare
    rare_place_min_chars: int = Field(ge=2, default=4)
    place_endings: str = ""
    whole_name_not_tags: list[str]

    @model_validator(mode="after")
    def _ranked_levels(self):
        if unranked := [level for level in self.levels if level not in self.level_ranks]:
            raise ValueError(f"level_ranks: give each of levels a rank; missing {unranked}")
        if stray := [level for level in self.one_character_place_levels if level not in self.levels]:
            raise ValueError(f"one_character_place_levels: each must be one of levels; not {stray}")
        return self

    @model_validator(mode="after")
    def _registered_forms(self):
        # a registered form is read over a long name's reach: it must be one of the long-name bodies
        if stray := [body for body in self.registered_bodies if body not in self.long_name_bodies]:
            raise ValueError(f"registered_bodies: each must be one of long_name_bodies; not {stray}")
        return self

    @model_validator(mode="after")
    def _overlapping_kinds(self):
        # 大学校: 大学, the first body word of the two: the name is cut back to it.
        if wrong := [longer for longer, shorter in self.kind_overlaps.items() if not (longer.startswith(shorter) and len(longer) > len(shorter))]:
            raise ValueError(f"kind_overlaps: each name ending must start with, and be longer than, the body word it stands for; not {wrong}")
        return self

    @model_validator(mode="after")
    def _declared_groups(self):
        # The list is an order of trust: a pattern given twice is an editing slip.
        if repeated := sorted({pattern[:40] for pattern in self.declared if self.declared.count(pattern) > 1}):
            raise ValueError(f"declared: the pattern(s) {repeated}… appear twice; each declaration has one place in the order")
        for pattern in [*self.declared, self.opening_signature, self.cover_signature, self.page_metadata, self.issued_title, self.page_source]:
            try:
                groups = re.compile(pattern).groupindex
            except re.error as exc:
                raise ValueError(f"declared: bad pattern {pattern!r}: {exc}") from exc
            if "issuer" not in groups:
                raise ValueError(f"declared: the pattern {pattern[:40]!r}… needs a group (?P<issuer>…)")
        if "cited" not in re.compile(self.issued_title).groupindex:
            raise ValueError("issued_title: the pattern needs a group (?P<cited>…) for the title it names")
        if "kind" not in re.compile(self.self_definition).groupindex:
            raise ValueError("self_definition: the pattern needs a group (?P<kind>…) for the short form's kind (会 of 本会)")
        for field in _INSTITUTION_PATTERNS:
            # {refs}, {bodies}, {sectors}: word lists filled in when the patterns are built
            pattern = re.sub(r"\{(?:refs|bodies|sectors)\}", "x", getattr(self, field))
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"{field}: bad pattern {getattr(self, field)!r}: {exc}") from exc
        try:
            unit_groups = re.compile(self.title_unit).groupindex
        except re.error as exc:
            raise ValueError(f"title_unit: bad pattern {self.title_unit!r}: {exc}") from exc
        if "unit" not in unit_groups:
            raise ValueError("title_unit: the pattern needs a group (?P<unit>…), the unit's name")
        for pattern in self.site_owner:
            try:
                groups = re.compile(pattern).groupindex
            except re.error as exc:
                raise ValueError(f"site_owner: bad pattern {pattern!r}: {exc}") from exc
            if "owner" not in groups:
                raise ValueError(f"site_owner: the pattern {pattern[:40]!r}… needs a group (?P<owner>…)")
        for field, required in (("weights", _INSTITUTION_WEIGHTS), ("windows", _INSTITUTION_WINDOWS)):
            given = set(getattr(self, field))
            if given != required:
                missing, unknown = sorted(required - given), sorted(given - required)
                raise ValueError(f"{field}: " + "; ".join(filter(None, [missing and f"missing {missing}", unknown and f"unknown {unknown}"])))
        if unknown := sorted(set(self.body_word_not_before) - set(self.level_bodies)):
            raise ValueError(f"body_word_not_before: {unknown} not among level_bodies")
        for body, pattern in self.body_word_not_before.items():
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"body_word_not_before: {body}: bad pattern {pattern!r}: {exc}") from exc
        return self


class OwnerRules(_Strict):
    bodies: list[str]
    patterns: list[OwnerPattern]


class CompiledStyle:
    """One marker style with its pattern compiled."""

    __slots__ = ("name", "regex", "rank", "inline", "after", "after_any", "ordinal", "glued", "requires", "headed_run", "dotted", "continuous", "sibling_across", "inline_before")

    def __init__(self, rule: MarkerStyleRule, placeholders: dict[str, str]):
        self.name = rule.name
        try:
            self.regex = re.compile(rule.pattern.format(**placeholders))
        except (re.error, KeyError, IndexError) as exc:
            raise RulesError(f"markers.yaml: style {rule.name!r}: bad pattern: {exc}") from exc
        self.rank = rule.rank
        self.inline = rule.inline
        self.after = frozenset(rule.after)
        self.after_any = rule.after_any
        self.ordinal = rule.ordinal
        self.glued = rule.glued
        self.requires = rule.requires
        self.headed_run = rule.headed_run
        self.dotted = rule.dotted
        self.continuous = rule.continuous
        self.sibling_across = rule.sibling_across
        try:
            self.inline_before = re.compile(rule.inline_before).pattern if rule.inline_before else ""
        except re.error as exc:
            raise RulesError(f"markers.yaml: style {rule.name!r}: bad inline_before: {exc}") from exc


class Rules:
    """All rule files of one rules directory, validated and compiled."""

    def __init__(self, directory: Path, version: str):
        self.directory = directory
        self.version = version
        markers = _load(directory, "markers.yaml", MarkerRules)
        if clash := sorted(markers.numerals.keys() & markers.fragments.keys()):
            raise RulesError(f"markers.yaml: fragments: {', '.join(clash)} named as a numeral class too")
        self.styles = [CompiledStyle(s, {**markers.numerals, **markers.fragments}) for s in markers.styles]
        self.flattened = markers.flattened
        self.not_glued_after_regex = _compile_all([markers.flattened.not_glued_after], "markers.yaml: flattened.not_glued_after")[0]
        # a paragraph long enough to be a page flattened to one line, found once per plan, compiled once here
        self.flattened_paragraph_regex = re.compile(rf"[^\n]{{{markers.flattened.min_chars},}}")
        self.run_in_chars = markers.run_in_chars
        self.heading_style_min = markers.heading_style_min
        self.heading_line_min_chars, self.heading_line_max_chars = markers.heading_line_min_chars, markers.heading_line_max_chars
        self.note_sentence_share = markers.note_sentence_share
        self.table_row_min_numbers, self.table_row_number_share = markers.table_row_min_numbers, markers.table_row_number_share
        self.table_row_max_chars = markers.table_row_max_chars
        self.run_in_styles = frozenset(markers.run_in_styles)
        self.colon_run_styles, self.colon_run_min = frozenset(markers.colon_run_styles), markers.colon_run_min
        self.ones_list_min = markers.ones_list_min
        self.cited_before = markers.cited_before
        self.bracket_clause_min_chars = markers.bracket_clause_min_chars
        _check_numerals(markers.numerals)
        for style in self.styles:
            if not {"num", "num_alt"} & set(style.regex.groupindex):
                raise RulesError(f"markers.yaml: style {style.name!r}: the pattern needs a group (?P<num>…) for the number")
        names = {s.name for s in self.styles}
        if unknown := sorted(self.run_in_styles - names):
            raise RulesError(f"markers.yaml: run_in_styles: unknown style {unknown}")
        if unknown := sorted(self.colon_run_styles - names):
            raise RulesError(f"markers.yaml: colon_run_styles: unknown style {unknown}")
        for style in self.styles:
            if style.requires is not None and style.requires not in names:
                raise RulesError(f"markers.yaml: style {style.name!r}: requires unknown style {style.requires!r}")
        self.closing_date_regex, self.closing_imprint_regex, self.closing_line_not_regex, self.attachments_regex, self.annex_heading_regex, self.blank_slot_regex, self.signer_line_regex, self.closing_signed_date_regex = _compile_all(
            [markers.closing_date, markers.closing_imprint, markers.closing_line_not, f"(?m)^(?:[ \\t]+(?={markers.attachments_indented}))?(?:{markers.attachments})", f"(?m)(?:^[ \\t]*|(?<=[^\\s\\d]))(?:{markers.annex_heading})[ \\t]*$", markers.blank_slot, f"^(?:{markers.signer})$", f"^(?P<signer>{markers.signer})\\s*(?:{markers.signer_date})$"], "markers.yaml"
        )
        self.closing_line_max_chars = markers.closing_line_max_chars
        self.number_list_regex, self.code_value_regex, self.history_entry_regex, self.in_force_regex, self.bracket_score_regex, self.half_width_stop_regex, self.cover_attachments_label_regex = _compile_all(
            [markers.number_list.format(**markers.numerals), markers.code_value, markers.history_entry, markers.in_force_clause, markers.bracket_score, markers.half_width_stop.format(**markers.numerals), markers.cover_attachments_label], "markers.yaml"
        )
        self.style_ranks = {s.name: s.rank for s in self.styles}
        self.dotted_styles = frozenset(s.name for s in self.styles if s.dotted)
        # Any marker at the start of a line: stops line joining and title guesses.
        any_marker = "|".join(_ungroup(s.regex.pattern) for s in self.styles)
        self.line_marker_regex = re.compile(rf"\s*(?:{any_marker})")
        # …and one after a space or a sentence mark inside a paragraph: a flattened page's list.
        self.inline_marker_regex = re.compile(rf"(?<=[\s。;:,!?])(?:{any_marker})")
        self.split = _load(directory, "split.yaml", SplitRules)
        words = "|".join(map(re.escape, self.split.title_words))
        self.keyword_line_regex = _compile_all([self.split.keyword_line], "split.yaml: keyword_line")[0]
        self.dated_line_regex = _compile_all([self.split.dated_line], "split.yaml: dated_line")[0]
        self.field_line_regex = _compile_all([self.split.field_line], "split.yaml: field_line")[0]
        self.clause_modal_regex = _compile_all([self.split.clause_modal], "split.yaml: clause_modal")[0]
        self.cited_provision_regex = _compile_all([self.split.cited_provision.replace("{title_words}", words)], "split.yaml: cited_provision")[0]
        self.title_regex = re.compile(f"(?<!{self.split.title_reference})(?<!{self.split.title_not_after})(?:{words}){self.split.title_suffix}$")
        self.title_word_regex = re.compile(words)
        # A title's words run into the plan's first marker: no sentence mark, ending in a plan word.
        title_run = rf"[^。,;:!?，；：！？\s]{{{self.split.title_min_chars - 1},{self.split.title_max_chars}}}?(?:{words}){self.split.title_template}"
        first_marker = f"(?:{self.split.glued_first_marker})"
        # …the marker's heading the rest of the line (…会议制度一、总则)
        self.glued_title_regex = re.compile(rf"^(?P<title>{title_run})(?={first_marker}[^。,;:!?，；：！？]{{0,{self.split.glued_heading_max_chars}}}$)")
        # …or at the start of a page flattened to one line, its heading running on into the list (河谷街道…方案一、工作目标为…)
        self.flattened_title_regex = re.compile(rf"^(?P<title>{title_run})(?={first_marker})")
        # …or set off from it by spaces, alone with it at the line's start (物业消防培训方案 一、培训目的 …): that first marker
        self.title_before_first_marker_regex = re.compile(rf"^{title_run}[ \t\u3000]+$")
        self.first_marker_heading_regex = re.compile(rf"{first_marker}[^。,;:!?，；：！？\s]{{1,{self.split.glued_heading_max_chars}}}(?:[ \t\u3000]|$)", re.MULTILINE)
        self.separator_regexes = _compile_all([separator.replace("{title_words}", words) for separator in self.split.separators], "split.yaml")
        self.collection_regexes = _compile_all(self.split.collection_headings, "split.yaml")
        self.collection_count_regex = _compile_all([self.split.collection_count], "split.yaml: collection_count")[0]
        self.heading_copy_number_regex = _compile_all([self.split.heading_copy_number], "split.yaml: heading_copy_number")[0]
        self.record_title_regexes = _compile_all([title.replace("{record_title_key}", self.split.record_title_key) for title in self.split.record_titles], "split.yaml: record_titles (with record_title_key)")
        # …and a data file's other field keys, which normalize drops (a title field's stays: it opens a plan)
        self.record_key_regex = _compile_all(
            [rf"""(?m)^[ \t]*(?!["']?(?:{self.split.record_title_key})["']?[ \t]*:)(?:["']?[A-Za-z_]\w*["']?|"[\u4e00-\u9fff][\w\u4e00-\u9fff]*")[ \t]*:[ \t]*["'`]"""],
            "split.yaml: record_title_key",
        )[0]
        for regex in self.record_title_regexes:
            if "title" not in regex.groupindex:
                raise RulesError(f"split.yaml: record_titles: {regex.pattern!r} needs a group (?P<title>…)")
        split = self.split
        patterns = [split.preamble.replace("{title_words}", words), split.preamble_not, split.preamble_hint, split.preamble_title.replace("{title_words}", words), split.roster, split.roster_introduced, split.roster_role, split.doc_number, split.annex, split.introduces, split.cover_prints, split.continued_after, split.title_continued, split.purpose_article, split.article, split.article_part, split.listed_entry, split.basis_caption]
        (
            self.preamble_regex,
            self.preamble_not_regex,
            self.preamble_hint_regex,
            self.preamble_title_regex,
            self.roster_regex,
            self.roster_introduced_regex,
            self.roster_role_regex,
            self.doc_number_regex,
            self.annex_regex,
            self.introduces_regex,
            self.cover_prints_regex,
            self.continued_after_regex,
            self.title_continued_regex,
            self.purpose_article_regex,
            self.article_regex,
            self.article_part_regex,
            self.listed_entry_regex,
            self.basis_caption_regex,
        ) = _compile_all(patterns, "split.yaml")
        boiler = _load(directory, "boilerplate.yaml", BoilerplateRules)
        self.boilerplate = boiler
        self.drop_lines = LinePatterns(boiler.drop_lines, "boilerplate.yaml")
        self.cut_from_lines = LinePatterns(boiler.cut_from, "boilerplate.yaml")
        self.page_lines = LinePatterns(boiler.page_lines, "boilerplate.yaml")
        self.cut_from_min_share = boiler.cut_from_min_share
        self.ocr_space_keep_after_regex, self.ocr_space_keep_before_regex, self.chunk_number_regex, self.chunk_inner_section_regex = _compile_all(
            [boiler.ocr_space_keep_after, boiler.ocr_space_keep_before, f"(?m){boiler.chunk_number}", boiler.chunk_inner_section], "boilerplate.yaml"
        )
        # (an opening bracket right after the run opens the marker that follows it: …Jn(一))
        self.jammer_regex = re.compile(rf"(?<![!-~])(?:[!-~]{{1,2}}[ \t]){{{boiler.jammer_min_tokens - 1},}}[!-~][!-'*-~]?(?=\(|[^!-~]|$)")
        if "num" not in self.chunk_number_regex.groupindex:
            raise RulesError("boilerplate.yaml: chunk_number: the pattern needs a group (?P<num>…) for the number")
        self.join_min_chars = boiler.join_min_chars
        (
            self.continued_line_regex,
            self.open_line_end_regex,
            self.closed_line_regex,
            self.display_line_regex,
            self.page_field_line_regex,
            self.metadata_field_line_regex,
            self.page_prefix_regex,
            self.indented_page_prefix_regex,
            self.list_number_prefix_regex,
            self.front_matter_title_key_regex,
            self.front_matter_title_site_regex,
            self.bare_page_number_regex,
            self.toc_heading_regex,
            self.toc_entry_regex,
            self.toc_inline_entry_regex,
            self.menu_item_regex,
            self.menu_numbered_item_regex,
            self.site_slogan_regex,
            self.unit_exponent_break_regex,
            self.number_run_line_regex,
            self.number_run_next_regex,
            self.broken_marker_next_regex,
        ) = _compile_all(
            [boiler.continued_line, boiler.open_line_end, boiler.closed_line, boiler.display_line, boiler.page_field_line, boiler.metadata_field_line, boiler.page_prefix, boiler.indented_page_prefix, boiler.list_number_prefix, boiler.front_matter_title_key, boiler.front_matter_title_site, boiler.bare_page_number, boiler.toc_heading, boiler.toc_entry, boiler.toc_inline_entry, boiler.menu_item, boiler.menu_numbered_item, boiler.site_slogan, boiler.unit_exponent_break, boiler.number_run_line, boiler.number_run_next, boiler.broken_marker_next],
            "boilerplate.yaml"
        )
        if "num" not in self.menu_numbered_item_regex.groupindex:
            raise RulesError("boilerplate.yaml: menu_numbered_item: the pattern needs a group (?P<num>…) for the number")
        self.wrap_min_chars, self.wrap_min_lines, self.wrap_slack = boiler.wrap_min_chars, boiler.wrap_min_lines, boiler.wrap_slack
        self.categories = _load(directory, "categories.yaml", CategoryRules)
        self.category_patterns = {cat: _union(p, "categories.yaml") for cat, p in self.categories.patterns.items()}
        self.title_default_regexes = {cat: _union([p], "categories.yaml") for cat, p in self.categories.title_defaults.items()}
        self.time_slot_label_regex, self.time_slot_day_label_regex, self.time_slot_day_regex = _compile_all(
            [self.categories.time_slot_label, self.categories.time_slot_day_label, self.categories.time_slot_day], "categories.yaml"
        )
        self.when = _load(directory, "when.yaml", WhenRules)
        self.when_heading_regex, self.document_reference_regex = _compile_all([self.when.heading, self.when.document_reference], "when.yaml: heading, document_reference")
        self.when_pattern = AnchoredPattern(_union([*self.when.patterns, *self.when.relative], "when.yaml"), self.when.anchor, self.when.anchor_lead, "when.yaml")
        self.relative_when_regex = _union(self.when.relative, "when.yaml")
        self._frequencies = sorted(self.when.frequencies.items(), key=lambda kv: -len(kv[0]))
        self.institutions = _load(directory, "institutions.yaml", InstitutionRules)
        bodies = "|".join(sorted(map(re.escape, {*self.institutions.named_bodies, *self.institutions.level_bodies}), key=len, reverse=True))
        (self.issuer_line_regex,) = _compile_all([split.issuer_line.replace("{bodies}", bodies)], "split.yaml")
        # The tagged word list institutions are read with and headings are cut by (rules/lexicon.txt.gz).
        self.lexicon_path = directory / self.institutions.lexicon
        if not self.lexicon_path.is_file():
            raise RulesError(f"institutions.yaml: lexicon: {self.lexicon_path} not found (plancheck lexicon builds it)")
        self.owners = _load(directory, "owners.yaml", OwnerRules)
        self.warnings = _load(directory, "warnings.yaml", WarningRules)
        bodies = "|".join(map(re.escape, self.owners.bodies))
        self.owner_patterns = [
            AnchoredPattern(_compile_all([p.pattern.replace("{bodies}", bodies)], "owners.yaml")[0], p.anchor, p.anchor_lead, "owners.yaml")
            for p in self.owners.patterns
        ]

    def when_matches(self, text: str) -> Iterator[re.Match[str]]:
        """The time expressions of ``text`` outside the names of the documents it
        cites (a date in 《…(2021—2025年)》 or in 《…》(2019年修订) is the
        document's, not the text's) and their bracketed references (…(教育部2019年6月12日…号函)),
        off its signers' dates and off a time heading
        the unnumbered lines after the text (``heads_what_follows``)."""
        cited = [m.span() for m in CITED_DOCUMENT.finditer(text)] if "《" in text else []
        cited += [m.span() for m in self.document_reference_regex.finditer(text)] if "号" in text else []
        return (
            m
            for m in self.when_pattern.finditer(text)
            if not any(a <= m.start() < b for a, b in cited) and not self.is_signed_date(text, m.start()) and not self.heads_what_follows(text, m)
        )

    def heads_what_follows(self, text: str, match: re.Match[str]) -> bool:
        """A time alone on the last line of a text with lines above it, of the form
        of a month-by-month plan's headings (…报告卡网上直报及审核; / 二月: when.yaml
        heading): the heading of the unnumbered lines after it, not this text's time."""
        line_start = text.rfind("\n", 0, match.start()) + 1
        return (
            line_start > 0
            and bool(text[:line_start].strip())
            and not text[line_start : match.start()].strip()
            and not text[match.end() :].strip()
            and bool(self.when_heading_regex.fullmatch(match.group().strip()))
        )

    def is_signed_date(self, text: str, position: int) -> bool:
        """Whether ``position`` of ``text`` lies on a signer's date: a date line
        under a signer's line, or a signer's line ending with its date."""
        start = text.rfind("\n", 0, position) + 1
        end = text.find("\n", position)
        line = text[start : end if end >= 0 else len(text)].strip()
        if self.closing_signed_date_regex.match(line):
            return True
        if not self.closing_date_regex.match(line):
            return False
        above = next((row.strip() for row in reversed(text[:start].split("\n")) if row.strip()), "")
        return bool(self.signer_line_regex.match(above))

    def frequency(self, expression: str) -> str | None:
        """The frequency a time expression states (每周星期一前 → weekly), if any."""
        for word, name in self._frequencies:
            if expression.startswith(word):
                return name
        return None

    def is_title(self, line: str, min_chars: int | None = None) -> bool:
        """A stripped proc line that reads as a plan title: short (at least ``min_chars``,
        else ``title_min_chars``), ending in a title word, no sentence punctuation, not
        opening with a bracket nor with a clause mark (a sentence's rest: ,处理原则如下: 参考…办法)."""
        return (
            (self.split.title_min_chars if min_chars is None else min_chars) <= len(line) <= self.split.title_max_chars
            and bool(self.title_regex.search(line))
            and not _SENTENCE_PUNCT.search(line)
            and "\t" not in line  # a table's row, its cells set apart by tabs (类别\t建议技术\t说明)
            and not line.startswith(("(", "《", ",", "、", ":"))
            and not _CLOSES_FIRST.match(line)
            and line.count(",") <= self.split.title_max_commas
            and not self.keyword_line_regex.match(line)
            and not self.dated_line_regex.match(line)
            and not self.cited_provision_regex.search(line)
            and not self.clause_modal_regex.search(line)
            and not self.field_line_regex.match(line)
        )

    def is_separator(self, line: str) -> bool:
        """A stripped proc line that starts a collection's next text on its own (篇1, 第一篇:…实施方案)."""
        return any(separator.search(line) for separator in self.separator_regexes)


_SENTENCE_PUNCT = re.compile(r"[。!?;]")
# A line that closes a cited name it did not open (…限公司資訊作業申請管理要點》之規定) is a sentence's rest.
_CLOSES_FIRST = re.compile(r"[^《]*》")
# A cited document's name, with the note in brackets right after it (《…》(2019年修订)).
CITED_DOCUMENT = re.compile(r"《[^》\n]{1,80}》(?:[(（][^()（）\n]{1,20}[)）])?")


class _RulesLoader(_Loader):
    """A key written twice is an error: YAML would keep the second silently,
    and an analyst's edit would vanish without a word."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"key {key!r} appears twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


def _load(directory: Path, name: str, model: type[_Strict]):
    path = directory / name
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=_RulesLoader)
    except OSError as exc:
        raise RulesError(f"{path}: cannot read rule file: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise RulesError(f"{path}: not valid YAML: {exc}") from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise RulesError(f"{path}: {_one_line(exc)}") from exc


def _one_line(error: ValidationError) -> str:
    """Pydantic's report as one line: each problem as field: message."""
    problems = []
    for item in error.errors():
        field = ".".join(map(str, item["loc"]))
        message = item["msg"].removeprefix("Value error, ")
        problems.append(f"{field}: {message}" if field else message)
    return "; ".join(problems)


class LinePatterns:
    """Patterns tried on one line: those anchored at its start (^…) are tried
    only there, the rest searched together. The same answer as one joined
    pattern, without trying the anchored ones at every character."""

    __slots__ = ("at_start", "anywhere")

    def __init__(self, patterns: list[str], source: str):
        anchored = [all(branch.startswith("^") for branch in _branches(p)) for p in patterns]
        self.at_start = _union([p for p, at_start in zip(patterns, anchored, strict=True) if at_start], source)
        self.anywhere = _union([p for p, at_start in zip(patterns, anchored, strict=True) if not at_start], source)

    def search(self, line: str) -> bool:
        return bool(self.at_start.match(line) or self.anywhere.search(line))


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (``^a|b`` → ``^a``, ``b``)."""
    branches, depth, in_class, escaped, start = [], 0, False, False, 0
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
    return [*branches, pattern[start:]]


class AnchoredPattern:
    """A pattern whose every match has its anchor (a shorter pattern such as
    a literal) within its first ``lead`` characters. Searching starts just
    before the first anchor, and text without one is skipped at once: the
    same first match, without trying a slow pattern at every character."""

    __slots__ = ("pattern", "anchor", "lead")

    def __init__(self, pattern: re.Pattern[str], anchor: str | None, lead: int, source: str):
        self.pattern = pattern
        self.anchor = _compile_all([anchor], source)[0] if anchor else None
        self.lead = lead

    def search(self, text: str) -> re.Match[str] | None:
        if self.anchor is None:
            return self.pattern.search(text)
        found = self.anchor.search(text)
        return self.pattern.search(text, max(0, found.start() - self.lead)) if found else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.anchor is None:
            return self.pattern.finditer(text)
        found = self.anchor.search(text)
        return self.pattern.finditer(text, max(0, found.start() - self.lead)) if found else iter(())


def _check_numerals(numerals: dict[str, str]) -> None:
    """Every character a numeral class admits is one the segmenter can count:
    a new class it cannot read would find markers and give them no number."""
    from .segment import marker_number

    for name, pattern in numerals.items():
        for chars in re.findall(r"\[([^\]]+)\]", pattern):
            expanded = re.sub(r"(.)-(.)", lambda m: "".join(map(chr, range(ord(m.group(1)), ord(m.group(2)) + 1))), chars)
            unreadable = [ch for ch in expanded if ch not in "^\\" and marker_number(ch) is None and not ("a" <= ch.lower() <= "z")]
            if unreadable and name != "latin":
                raise RulesError(f"markers.yaml: numerals: {name}: the segmenter cannot count {''.join(unreadable)!r}")


def _compile_all(patterns: list[str], source: str) -> list[re.Pattern[str]]:
    try:
        return [re.compile(p) for p in patterns]
    except re.error as exc:
        raise RulesError(f"{source}: bad pattern: {exc}") from exc


def _union(patterns: list[str], source: str) -> re.Pattern[str]:
    return _compile_all(["|".join(f"(?:{p})" for p in patterns) or "(?!)"], source)[0]


def _ungroup(pattern: str) -> str:
    """A pattern with its named groups made anonymous, so several can be joined."""
    return "(?:" + re.sub(r"\(\?P<\w+>", "(?:", pattern) + ")"


def _digest(directory: Path) -> str:
    """Hash of every rule file, so outputs can say which rules made them."""
    digest = hashlib.sha256()
    for path in sorted([*directory.glob("*.yaml"), *directory.glob("*.txt.gz")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def institution_rules(directory: Path) -> InstitutionRules:
    """institutions.yaml alone, checked: what building the lexicon it names needs."""
    return _load(directory, "institutions.yaml", InstitutionRules)


def load_rules(directory: str | Path | None = None) -> Rules:
    """Rules of ``directory`` (default: the project's ``rules/``), compiled
    once per content: an edited rule file is picked up on the next call."""
    path = Path(directory) if directory is not None else DEFAULT_RULES_DIR
    if not path.is_dir():
        raise RulesError(f"{path}: rules directory not found")
    return _compiled(path.resolve(), _digest(path))


@lru_cache(maxsize=4)
def _compiled(path: Path, version: str) -> Rules:
    return Rules(path, version)
