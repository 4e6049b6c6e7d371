"""The Python API, for notebooks and other programs:

    import pipeline
    result = pipeline.parse("plan.txt")          # a path, the file's bytes, or the text itself
    for result in pipeline.parse_many(paths, workers=2):
        rows = pipeline.to_rows(result)         # the rows of items.jsonl, ready for pandas.DataFrame

Rules and the category model are loaded once per process.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path

from .emit import item_rows
from .ingest import IngestError, decode_document
from .models import FileResult
from .document import ParseOptions, parse_document, parse_path
from .rules import load_rules


@lru_cache(maxsize=8)
def _options(classifier: str, script: str, rules_dir: str | None, model_dir: str | None) -> tuple:
    from .model import load_model_or_warn

    rules = load_rules(rules_dir)
    model = load_model_or_warn(model_dir, classifier) if classifier != "rules" else None
    return rules, ParseOptions(script=script, classifier=classifier if model is not None else "rules", model=model)


def parse(
    source: str | bytes | Path,
    *,
    name: str = "text.txt",
    classifier: str = "both",
    script: str = "original",
    rules_dir: str | None = None,
    model_dir: str | None = None,
) -> FileResult:
    """Parse one document: a ``Path`` (or a one-line str naming an existing file),
    raw ``bytes`` (decoded as a file called ``name`` would be), or the text as a str.
    A document that cannot be read gives a result with ``errors``, never an exception."""
    rules, options = _options(classifier, script, rules_dir, model_dir)
    if isinstance(source, Path) or (isinstance(source, str) and "\n" not in source and len(source) < 4096 and Path(source).is_file()):
        return parse_path(source, rules, options)
    data = source if isinstance(source, bytes) else source.encode("utf-8")
    try:
        document = decode_document(name, data)
    except IngestError as exc:
        return FileResult(source=None, plans=[], errors=[str(exc)])
    return parse_document(document, rules, options)


def _parse_one(args: tuple) -> FileResult:
    path, kwargs = args
    return parse(Path(path), **kwargs)


def parse_many(paths: Iterable[str | Path], *, workers: int = 1, **kwargs) -> Iterator[FileResult]:
    """Results of ``paths`` in their order, as they are parsed; with ``workers`` > 1
    in that many processes. Keyword arguments are those of ``parse``."""
    jobs = ((str(path), kwargs) for path in paths)
    if workers <= 1:
        yield from map(_parse_one, jobs)
        return
    with ProcessPoolExecutor(workers) as pool:
        yield from pool.map(_parse_one, jobs, chunksize=4)


def to_rows(result: FileResult) -> list[dict]:
    """One flat dict per item, the rows of ``items.jsonl``."""
    return [row.model_dump() for row in item_rows(result)]
