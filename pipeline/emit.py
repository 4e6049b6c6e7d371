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
from functools import lru_cache
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
# A file name's stem, in UTF-8 bytes: room is left in the 255-byte limit for the
# hash, the .yaml suffix and the temporary file's prefix and suffix.
MAX_NAME_BYTES = 160
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
TEMP_SUFFIX = ".part"


class OutputBusy(Exception):
    """Another run is writing the output folder."""


def safe_filename(institution: str | None) -> str:
    """A file name for an institution: no separators or control characters,
    no leading dots, at most MAX_NAME_BYTES bytes, and distinct names never
    collide: a hash of the name as given is appended whenever the name had to
    change (names equal only after Unicode normalisation included)."""
    if not institution:
        return NO_INSTITUTION
    name = unicodedata.normalize("NFC", institution)
    safe = _UNSAFE.sub("_", name).strip().lstrip(".").strip()
    if safe == institution and len(safe.encode()) <= MAX_NAME_BYTES and safe != NO_INSTITUTION:
        return safe
    digest = hashlib.sha256(institution.encode()).hexdigest()[:10]
    return f"{(_cut_to_bytes(safe, MAX_NAME_BYTES - 11) or 'institution')}-{digest}"


def _cut_to_bytes(text: str, limit: int) -> str:
    return text.encode()[:limit].decode("utf-8", "ignore")


@lru_cache(maxsize=1)
def _file_mode() -> int:
    """The mode a new file gets under the process's umask (0644 under 022)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: Path, chunks: Iterable[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX, delete=False)
    try:
        with handle:
            for chunk in chunks:
                handle.write(chunk)
        os.chmod(handle.name, _file_mode())  # a temporary file is 0600 whatever the umask
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
    """One plan as an entry of a checklist's ``plans`` list.

    Written by ``block_yaml``, not PyYAML: PyYAML's representer runs in
    Python even with the C emitter and cost more than parsing the plan.
    The output is the C dumper's layout and loads back equal (tested)."""
    return block_yaml([plan.model_dump(mode="json")])


# Scalars YAML may read as something else, or that cannot stand plain or
# single-quoted, are double-quoted (JSON escapes are YAML escapes).
_NOT_PRINTABLE = re.compile("[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_PLAIN = re.compile(r"(?![-?:,\[\]{}#&*!|>'\"%@`\s])(?!.*(?:: | #|:$|\s$)).+", re.DOTALL)
_IMPLICIT = yaml.resolver.Resolver.yaml_implicit_resolvers  # first character → (tag, regex): 1.5, true, ~, 2021-01-01…


def _reads_as_another_type(value: str) -> bool:
    return any(regex.match(value) for _, regex in _IMPLICIT.get(value[0], ()))


_SHORT_SCALARS: dict[str, str] = {}  # keys, categories, markers: the same few strings over and over


def _scalar(value) -> str:
    if isinstance(value, str) and len(value) <= 24:
        written = _SHORT_SCALARS.get(value)
        if written is None:
            if len(_SHORT_SCALARS) > 50_000:
                _SHORT_SCALARS.clear()
            written = _SHORT_SCALARS[value] = _string(value)
        return written
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if not isinstance(value, str):
        raise TypeError(f"cannot write {type(value).__name__} as YAML")
    return _string(value)


def _string(value: str) -> str:
    if _NOT_PRINTABLE.search(value) or "\n" in value:
        return _NOT_PRINTABLE.sub(_escape, json.dumps(value, ensure_ascii=False))
    if _PLAIN.fullmatch(value) and not _reads_as_another_type(value):
        return value
    return "'" + value.replace("'", "''") + "'"


def _escape(match: re.Match[str]) -> str:
    point = ord(match.group())
    return f"\\u{point:04x}" if point < 0x10000 else f"\\U{point:08x}"


def _literal(value: str, indent: str) -> str | None:
    """A multi-line string as a literal block (|-), where it can be one."""
    lines = value.split("\n")
    if any(not line or line[0].isspace() or line[-1].isspace() or _NOT_PRINTABLE.search(line) for line in lines):
        return None
    return "|-\n" + "".join(f"{indent}{line}\n" for line in lines)


def _block(value, indent: str, out: list[str]) -> None:
    """``value`` (a dict or list) in block style, each line at ``indent``;
    the first line's indentation is already written by the caller."""
    first = True
    if isinstance(value, dict):
        for key, child in value.items():
            out.append(f"{'' if first else indent}{_scalar(key)}:")
            first = False
            _value_after_key(child, indent, out)
    else:
        for child in value:
            out.append(f"{'' if first else indent}- ")
            first = False
            if isinstance(child, (dict, list)) and child:
                _block(child, indent + "  ", out)
            else:
                _inline(child, indent + "  ", out)


def _value_after_key(value, indent: str, out: list[str]) -> None:
    if isinstance(value, dict) and value:
        out.append("\n" + indent + "  ")
        _block(value, indent + "  ", out)
    elif isinstance(value, list) and value:
        out.append("\n" + indent)  # a list under a key is not indented
        _block(value, indent, out)
    else:
        out.append(" ")
        _inline(value, indent + "  ", out)


def _inline(value, indent: str, out: list[str]) -> None:
    if isinstance(value, (dict, list)):
        out.append("{}\n" if isinstance(value, dict) else "[]\n")
    elif isinstance(value, str) and "\n" in value and (block := _literal(value, indent)) is not None:
        out.append(block)
    else:
        out.append(_scalar(value) + "\n")


def block_yaml(value: dict | list) -> str:
    """YAML in the C dumper's block layout for data of str, int, bool, None,
    lists and dicts, multi-line text as literal blocks."""
    if not value:
        return "{}\n" if isinstance(value, dict) else "[]\n"
    out: list[str] = []
    _block(value, "", out)
    return "".join(out)


def plan_chunk_repeating(chunk: str, plan_id: str) -> str:
    """A ``plan_yaml`` chunk saying its plan repeats ``plan_id`` (of another file)."""
    return chunk.replace("\n  duplicate_of: null\n", f"\n  duplicate_of: {_scalar(plan_id)}\n", 1)


def rows_repeating(rows: str, repeats: dict[str, str]) -> str:
    """items.jsonl lines of one file whose plans in ``repeats`` (plan id →
    the id of the plan of another file they repeat) say so."""
    lines = rows.splitlines(keepends=True)
    for plan_id, repeated in repeats.items():
        key = f'"plan_id":{json.dumps(plan_id, ensure_ascii=False)},'
        value = f'"duplicate_of":{json.dumps(repeated, ensure_ascii=False)}'
        lines = [line.replace('"duplicate_of":null', value, 1) if key in line else line for line in lines]
    return "".join(lines)


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
                institution_named=plan.institution_named,
                institution_why=plan.institution_why,
                duplicate_of=plan.duplicate_of,
                item_id=item.id,
                parent_id=parents.get(item.id),
                marker=item.marker,
                level=item.level,
                category=item.category,
                text=item.text,
                when=item.when,
                when_start=item.when_normalized.start if item.when_normalized else None,
                when_end=item.when_normalized.end if item.when_normalized else None,
                frequency=item.when_normalized.frequency if item.when_normalized else None,
                owner=item.owner,
                span_start=item.span[0],
                span_end=item.span[1],
            )


def jsonl(models: Iterable) -> Iterable[str]:
    for model in models:
        yield model.model_dump_json() + "\n"


def json_text(model) -> str:
    return json.dumps(model.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
