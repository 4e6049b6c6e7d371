"""Write outputs: YAML checklists (one per institution), JSON Lines rows,
the run summary. Every file is written atomically (temporary file, then
rename), so an interrupted run never leaves half a file."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import yaml

from .models import Checklist, FileResult, ItemRow, Plan, walk

try:
    from yaml import CSafeDumper as _Dumper
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - libyaml missing
    from yaml import SafeDumper as _Dumper
    from yaml import SafeLoader as _Loader

NO_INSTITUTION = "_no-institution"
MAX_NAME_CHARS = 80
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


def safe_filename(institution: str | None) -> str:
    """A file name for an institution: no separators or control characters,
    no leading dots, bounded length, and distinct names never collide
    (a hash of the name is appended whenever anything was changed)."""
    if not institution:
        return NO_INSTITUTION
    name = unicodedata.normalize("NFC", institution)
    safe = _UNSAFE.sub("_", name).strip().lstrip(".").strip()
    if safe == name and len(safe) <= MAX_NAME_CHARS and safe != NO_INSTITUTION:
        return safe
    digest = hashlib.sha256(institution.encode()).hexdigest()[:10]
    return f"{(safe[:MAX_NAME_CHARS] or 'institution')}-{digest}"


def write_atomic(path: Path, chunks: Iterable[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", suffix=".part", delete=False)
    try:
        with handle:
            for chunk in chunks:
                handle.write(chunk)
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


class _ChecklistDumper(_Dumper):
    """The C dumper, writing multi-line text as literal blocks (|) so that
    paragraphs read as they stand in the plan."""


def _represent_text(dumper, value: str):
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_ChecklistDumper.add_representer(str, _represent_text)


def dump_yaml(data) -> str:
    return yaml.dump(data, Dumper=_ChecklistDumper, allow_unicode=True, sort_keys=False, width=1000)


def load_yaml(text: str):
    return yaml.load(text, Loader=_Loader)


def plan_yaml(plan: Plan) -> str:
    """One plan as an entry of a checklist's ``plans`` list."""
    return dump_yaml([plan.model_dump(mode="json")])


def checklist_from_chunks(institution: str, plan_chunks: Iterable[str]) -> Iterable[str]:
    """YAML of a Checklist from its plans' ``plan_yaml`` chunks, streamed so
    memory stays flat however many plans an institution has."""
    header = Checklist(institution=institution, plans=[]).model_dump(mode="json")
    del header["plans"]
    yield dump_yaml(header)
    yield "plans:\n"
    empty = True
    for chunk in plan_chunks:
        empty = False
        yield chunk
    if empty:
        yield "[]\n"


def checklist_chunks(institution: str, plans: Iterable[Plan]) -> Iterable[str]:
    return checklist_from_chunks(institution, map(plan_yaml, plans))


def item_rows(result: FileResult) -> Iterable[ItemRow]:
    path = result.source.path if result.source else ""
    for plan in result.plans:
        parents: dict[str, str] = {}
        for item in walk(plan.items):
            for child in item.children:
                parents[child.id] = item.id
            yield ItemRow(
                source_path=path,
                plan_id=plan.id,
                plan_title=plan.title,
                institution=plan.institution,
                item_id=item.id,
                parent_id=parents.get(item.id),
                marker=item.marker,
                level=item.level,
                category=item.category,
                text=item.text,
                when=item.when,
                owner=item.owner,
                span_start=item.span[0],
                span_end=item.span[1],
            )


def jsonl(models: Iterable) -> Iterable[str]:
    for model in models:
        yield model.model_dump_json() + "\n"


def json_text(model) -> str:
    return json.dumps(model.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
