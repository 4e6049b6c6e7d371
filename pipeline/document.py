"""Wire the stages for one document: ingest → normalize → split → segment →
classify → extract, into the FileResult of SPEC.md."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from pathlib import Path

from .checks import plan_warnings, text_warnings
from .classify import Decision, classify_tree, plan_default, section_places
from .extract import Institution, attachments_signature, enclosure_issuers, find_institution, find_owner, find_when, page_sources, plan_year, site_owners
from .ingest import DEFAULT_MAX_BYTES, Document, IngestError, read_document
from .models import FileResult, Item, Plan, Source, When, count_items
from .normalize import NormalizedText, normalize, opencc_converter, processing_form
from .rules import Rules, load_rules
from .segment import ItemNode, segment_plan, title_item
from .split import PlanSlice, split_plans

SCRIPTS = ("original", "simplified", "traditional")


@dataclass(frozen=True, slots=True)
class PageNames:
    """What a saved page says of whose it is, read once for all its plans."""

    owners: tuple[str, ...]  # its site owner (主办单位: X, X版权所有) and the body its <title> opens with
    sources: tuple[str, ...]  # the bodies its source line names (来源: X)
    footer_owners: tuple[str, ...]  # the owner its dropped footer names (Copyright © X)


@dataclass(frozen=True)
class ParseOptions:
    script: str = "original"
    classifier: str = "both"  # rules | model | both
    model: object | None = None  # a loaded CategoryModel; None with rules alone
    max_bytes: int = DEFAULT_MAX_BYTES


def parse_path(path: str | Path, rules: Rules | None = None, options: ParseOptions = ParseOptions()) -> FileResult:
    """Parse one file; a file that cannot be read yields its error, never an exception."""
    rules = rules or load_rules()
    try:
        document = read_document(path, options.max_bytes)
    except IngestError as exc:
        return FileResult(source=None, plans=[], errors=[str(exc)])
    return parse_document(document, rules, options)


def parse_document(document: Document, rules: Rules, options: ParseOptions = ParseOptions()) -> FileResult:
    norm = normalize(document.text, rules, document.markup)
    source = Source(path=document.path, sha256=document.sha256, encoding=document.encoding, script=norm.script, chars=len(document.text))
    convert = _converter(options.script)
    stem = Path(document.path).stem
    slices = split_plans(norm, rules)
    forests = [segment_plan(norm, plan.body_start, plan.end, rules) for plan in slices]
    slices, forests = _titled_by_item(slices, forests, norm, rules)
    # One classifier pass over the whole file: the model reads all its items in one batch.
    plan_defaults = [plan_default(processing_form(plan.title), rules) for plan in slices]
    proc = norm.proc
    decisions = classify_tree(
        [root for roots in forests for root in roots],
        lambda n: proc[n.marker.end : n.end],
        lambda n: proc[n.start : n.marker.end],
        rules,
        options.model,
        options.classifier,
        {root.start: default for default, roots in zip(plan_defaults, forests, strict=True) for root in roots},
        {start: place for roots in forests for start, place in section_places(roots).items()},
    )
    # The text between a plan and the one before it may be its cover (青山县教育局关于印发…的通知).
    covers = [proc[previous.end if previous else 0 : plan.start] for previous, plan in zip([None, *slices], slices, strict=False)]
    # A saved page's footer and <title>: read once for all its plans.
    page = PageNames(
        site_owners(proc, rules, processing_form(document.page_title)),
        page_sources(processing_form(document.text[: rules.institutions.page_source_chars]), rules),
        site_owners(processing_form(document.page_footer), rules),
    )
    # …and the text after it up to the next plan may close with its signature, below a list of attachments.
    text_ends = [following.start for following in slices[1:]] + [len(proc)]
    signatures = [attachments_signature(proc[plan.end : text_end], rules) for plan, text_end in zip(slices, text_ends[: len(slices)], strict=True)]
    plans = [
        _plan(norm, plan, roots, cover, signature, decisions, f"{stem}#{index}", rules, convert, page, document.page_starts)
        for index, (plan, roots, cover, signature) in enumerate(zip(slices, forests, covers, signatures, strict=True), 1)
    ]
    issuers = enclosure_issuers(
        [processing_form(s.title) for s in slices],
        [proc[previous.body_start if previous else 0 : plan.start] for previous, plan in zip([None, *slices], slices, strict=False)],
        [
            proc[previous.end if previous else 0 : min(plan.end, plan.body_start + rules.institutions.declared_chars)]
            for previous, plan in zip([None, *slices], slices, strict=False)
        ],
        [Institution(p.institution, p.institution_named, p.institution_why) for p in plans],
        rules,
    )
    plans = [
        plan.model_copy(update={"institution": issuer.name, "institution_named": issuer.named, "institution_why": issuer.why})
        for plan, issuer in zip(plans, issuers, strict=True)
    ]
    plans = _mark_duplicates(plans, [proc[s.body_start : s.end] for s in slices])
    plans = [plan.model_copy(update={"warnings": plan_warnings(plan, rules)}) for plan in plans]
    warnings = [*document.warnings, *text_warnings(proc, plans, rules)]
    return FileResult(source=source, plans=plans, errors=[], warnings=warnings)


def _titled_by_item(slices: list[PlanSlice], forests: list[list[ItemNode]], norm: NormalizedText, rules: Rules) -> tuple[list[PlanSlice], list[list[ItemNode]]]:
    """Untitled plans whose one top-level item is their title (``title_item``), titled by it as written."""
    titled_slices, titled_forests = [], []
    for plan, roots in zip(slices, forests, strict=True):
        if not plan.title and (titled := title_item(roots, norm.proc, plan.body_start, rules)) is not None:
            title_start, body_start, roots = titled
            plan = replace(plan, title=norm.clean[title_start:body_start].strip(), body_start=body_start)
        titled_slices.append(plan)
        titled_forests.append(roots)
    return titled_slices, titled_forests


def _mark_duplicates(plans: list[Plan], bodies: list[str]) -> list[Plan]:
    """A plan whose body repeats an earlier plan's word for word (spacing aside)
    says so, so that it is not counted twice unawares."""
    first_of: dict[str, str] = {}
    marked = []
    for plan, body in zip(plans, bodies, strict=True):
        key = "".join(body.split())
        earlier = first_of.setdefault(key, plan.id) if plan.items else plan.id
        marked.append(plan.model_copy(update={"duplicate_of": earlier}) if earlier != plan.id else plan)
    return marked


def _converter(script: str):
    if script == "original":
        return lambda text: text
    if script == "simplified":
        return opencc_converter("t2s").convert
    if script == "traditional":
        return opencc_converter("s2t").convert
    raise ValueError(f"script must be one of {', '.join(SCRIPTS)}, not {script!r}")


def _paragraphs(text: str) -> str:
    """One line per paragraph: blank lines and indentation between them go."""
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _plan(
    norm: NormalizedText,
    plan: PlanSlice,
    roots: list[ItemNode],
    cover: str,
    signature: str,
    decisions: dict[int, Decision],
    plan_id: str,
    rules: Rules,
    convert,
    page: PageNames,
    page_starts: tuple[int, ...] = (),
) -> Plan:
    proc, clean = norm.proc, norm.clean
    body = proc[plan.body_start : plan.end] + (f"\n{signature}" if signature else "")
    institution = find_institution(
        plan.heading(proc) or plan.title, body, rules, cover, page.owners, page.sources, page.footer_owners, norm.script
    )
    year = plan_year(proc[plan.start : plan.end])

    def build(node: ItemNode, item_id: str) -> Item:
        own_start = node.marker.end
        own_proc = proc[own_start : node.end]
        lead = len(own_proc) - len(own_proc.lstrip())
        when = find_when(own_proc, rules, year)
        owner = find_owner(own_proc, rules)
        return Item(
            id=item_id,
            marker=clean[node.start : node.marker.end].strip(),
            level=node.level,
            category=decisions[node.start].category,
            why=decisions[node.start].why,
            text=convert(_paragraphs(clean[own_start + lead : node.end])),
            when=clean[own_start + when.start : own_start + when.end] if when else None,
            when_normalized=When(text=when.text, start=when.start_date, end=when.end_date, frequency=when.frequency) if when else None,
            owner=proc[own_start + owner[0] : own_start + owner[1]] if owner else None,
            span=(span := norm.original_span(node.start, node.end)),
            page=bisect_right(page_starts, span[0]) if page_starts else None,
            children=[build(child, f"{item_id}.{i}") for i, child in enumerate(node.children, 1)],
        )

    items = [build(root, str(i)) for i, root in enumerate(roots, 1)]
    return Plan(
        id=plan_id,
        title=convert(plan.title),
        institution=institution.name,
        institution_named=institution.named,
        institution_why=institution.why,
        span=norm.original_span(plan.start, plan.end),
        counts=count_items(items),
        items=items,
    )
