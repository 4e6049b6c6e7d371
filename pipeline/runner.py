"""Batch runner of ``plancheck run``: parse many files in worker processes,
keep every file's result in a SQLite manifest, and write one checklist per
institution from it.

The manifest (``OUT/.plancheck.sqlite``) is keyed by file content hash and
pipeline version (package, rules and output script), so a re-run parses only
what changed and rewrites only the checklists of institutions it touched.
Results are committed file by file: after Ctrl-C or a crash the next run goes
on where this one stopped, and every output on disk is complete.
"""

from __future__ import annotations

import gc
import hashlib
import json
import multiprocessing
import os
import signal
import sqlite3
import sys
import threading
import time
import zlib
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from . import __version__
from .emit import (
    NO_INSTITUTION,
    TEMP_SUFFIX,
    OutputBusy,
    checklist_from_chunks,
    item_rows,
    json_text,
    jsonl,
    plan_chunk_repeating,
    plan_yaml,
    rows_repeating,
    safe_filename,
    write_atomic,
)
from .extract import load_lexicon
from .ingest import DEFAULT_MAX_BYTES, IngestError, IngestSkipped, iter_input_files
from .model import load_model_or_warn
from .models import FileError, FileResult, FileWarning, RunSummary, walk
from .document import ParseOptions, parse_path
from .rules import RulesError, load_rules

MANIFEST_NAME = ".plancheck.sqlite"
LOCK_NAME = ".plancheck.lock"
MANIFEST_SCHEMA = 4  # PRAGMA user_version: an older manifest is rebuilt, not misread
# plans.fingerprint: the plan's item text, hashed ('' for none); plans.repeats: the
# id of a plan of an earlier file whose text it repeats word for word.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, sha256 TEXT, version TEXT, errors TEXT, rows BLOB, plans INTEGER, items INTEGER, warnings TEXT);
CREATE TABLE IF NOT EXISTS plans (path TEXT, idx INTEGER, institution TEXT, yaml BLOB, plan_id TEXT, fingerprint TEXT, repeats TEXT, PRIMARY KEY (path, idx));
CREATE INDEX IF NOT EXISTS plans_by_fingerprint ON plans (fingerprint, path, idx);
CREATE INDEX IF NOT EXISTS plans_by_institution ON plans (institution, path, idx);
CREATE TABLE IF NOT EXISTS dirty (institution TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


@dataclass(frozen=True, slots=True)
class Job:
    path: str
    sha256: str


@dataclass(frozen=True, slots=True)
class RunOptions:
    workers: int = 0  # 0: every core
    force: bool = False
    script: str = "original"
    quiet: bool = False
    rules_dir: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    classifier: str = "both"
    model_dir: str | None = None
    rules_version: str | None = None  # fixed by run(): every file sees the same rules
    level_words: frozenset[str] = frozenset()  # fixed by run(): the rules' levels (县, 镇…), for checklist names
    engine: str = "local"  # local | dask
    scheduler: str | None = None  # dask scheduler address; None: a local cluster
    connect_timeout: float = 10.0  # seconds to wait for a dask scheduler


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class FileOutput:
    """What a worker sends back for one file: text ready to store, so the
    main process does no serialising and little else."""

    path: str
    sha256: str
    errors: list[str]
    plans: list[tuple[str, str, str, str]]  # (checklist name, plan_yaml chunk with its source, plan id, fingerprint)
    rows: str  # items.jsonl lines
    items: int
    warnings: list[dict] = ()  # FileWarning fields


def parse_job(job: Job, options: RunOptions) -> FileOutput:
    """The per-file work, the same for every engine. Never raises for a bad file."""
    result = parse_file(job, options)
    plans = [
        (checklist_name(plan, job.path, options.level_words), plan_yaml(plan.model_copy(update={"source": result.source})), plan.id, plan_fingerprint(plan))
        for plan in result.plans
    ]
    rows = "".join(jsonl(item_rows(result)))
    items = sum(plan.counts.items for plan in result.plans)
    warnings = [{"path": job.path, "plan_id": None, **w.model_dump()} for w in result.warnings]
    warnings += [{"path": job.path, "plan_id": plan.id, **w.model_dump()} for plan in result.plans for w in plan.warnings]
    return FileOutput(job.path, job.sha256, result.errors, plans, rows, items, warnings)


def plan_fingerprint(plan) -> str:
    """What two plans share when one repeats the other word for word: their
    items' text, spacing aside, hashed ('' for a plan without items, or one
    already marked as repeating a plan of its own file)."""
    if not plan.items or plan.duplicate_of:
        return ""
    text = "\n".join("".join(item.text.split()) for item in walk(plan.items))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def checklist_name(plan, path: str, levels: frozenset[str]) -> str:
    """The checklist a plan goes to: its institution's, where the name tells the
    body apart from others (青山县教育局, 中连卫生院); a name the plan does not
    state (学校, not named) or one that opens with its level word and so names
    no place (县卫生局, 镇政府) could be any of many bodies, and keeps to its
    own source file: ``学校 (002_08cab7141f9855ae)``; so does a plan whose body
    could not be read at all: ``_no-institution (002_08cab7141f9855ae)``."""
    name = plan.institution or NO_INSTITUTION
    if plan.institution_named and name[0] not in levels and name != NO_INSTITUTION:
        return name
    return f"{name} ({Path(path).stem})"



def parse_file(job: Job, options: RunOptions) -> FileResult:
    try:
        model = load_model_or_warn(options.model_dir) if options.classifier != "rules" else None
        parse_options = ParseOptions(
            script=options.script, classifier=options.classifier if model else "rules", model=model, max_bytes=options.max_bytes
        )
        rules = load_rules(options.rules_dir)
        if options.rules_version and rules.version != options.rules_version:
            raise RulesError(f"rule files changed during the run ({options.rules_version} -> {rules.version}); run again")
        result = parse_path(job.path, rules, parse_options)
    except Exception as exc:  # a bug must cost one file, not the batch
        reason = " ".join(f"{type(exc).__name__}: {exc}".split())
        result = FileResult(source=None, plans=[], errors=[f"{job.path}: internal error: {reason}"])
    return result


def _parse_job_star(args) -> FileOutput:
    return parse_job(*args)


def _pack(text: str) -> bytes:
    """Stored text, compressed: the manifest stays several times smaller than the
    outputs it stands for (zlib level 1: fast, and YAML compresses well)."""
    return zlib.compress(text.encode("utf-8"), 1)


def _unpack(packed: bytes) -> str:
    return zlib.decompress(packed).decode("utf-8")


class Manifest:
    def __init__(self, path: Path, version: str):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path)
        self.close = self.db.close
        if self.db.execute("PRAGMA user_version").fetchone()[0] != MANIFEST_SCHEMA:
            self.db.executescript("DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS plans; DROP TABLE IF EXISTS dirty; DROP TABLE IF EXISTS meta;")
            self.db.execute(f"PRAGMA user_version = {MANIFEST_SCHEMA}")
        # The manifest is a cache: a commit per file must stay atomic, but need
        # not wait for the disk (a crash costs re-parsing a few files).
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)
        self.version = version

    def known(self) -> dict[str, tuple[str, str]]:
        return {path: (sha, version) for path, sha, version in self.db.execute("SELECT path, sha256, version FROM files")}

    def institutions_of(self, path: str) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT institution FROM plans WHERE path = ?", (path,))}

    def store(self, output: FileOutput) -> None:
        with self.db:
            old = self.institutions_of(output.path)
            self.db.execute("DELETE FROM plans WHERE path = ?", (output.path,))
            self.db.executemany(
                "INSERT INTO plans VALUES (?, ?, ?, ?, ?, ?, NULL)",
                [(output.path, i, institution, _pack(text), plan_id, fingerprint) for i, (institution, text, plan_id, fingerprint) in enumerate(output.plans)],
            )
            self.db.execute(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    output.path,
                    output.sha256,
                    self.version,
                    json.dumps(output.errors, ensure_ascii=False),
                    _pack(output.rows),
                    len(output.plans),
                    output.items,
                    json.dumps(list(output.warnings), ensure_ascii=False),
                ),
            )
            new = {plan[0] for plan in output.plans}
            self.db.executemany("INSERT OR IGNORE INTO dirty VALUES (?)", [(i,) for i in old | new])

    def forget(self, path: str) -> None:
        with self.db:
            old = self.institutions_of(path)
            self.db.execute("DELETE FROM plans WHERE path = ?", (path,))
            self.db.execute("DELETE FROM files WHERE path = ?", (path,))
            self.db.executemany("INSERT OR IGNORE INTO dirty VALUES (?)", [(i,) for i in old])

    def dirty(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT institution FROM dirty ORDER BY institution")]

    def mark_repeats(self) -> None:
        """Plans that repeat a plan of an earlier file (by path) word for word say
        which; where that changed since the last run, their checklists are
        rewritten. Within one file, parsing has marked them already."""
        first: dict[str, tuple[str, str]] = {}
        changed = []
        query = "SELECT path, idx, institution, plan_id, fingerprint, repeats FROM plans WHERE fingerprint != '' ORDER BY path, idx"
        for path, idx, institution, plan_id, fingerprint, repeats in self.db.execute(query).fetchall():
            first_path, first_id = first.setdefault(fingerprint, (path, plan_id))
            wanted = first_id if first_path != path else None
            if wanted != repeats:
                changed.append((wanted, path, idx, institution))
        with self.db:
            self.db.executemany("UPDATE plans SET repeats = ? WHERE path = ? AND idx = ?", [row[:3] for row in changed])
            self.db.executemany("INSERT OR IGNORE INTO dirty VALUES (?)", [(row[3],) for row in changed])
            if changed:
                self.db.execute("INSERT OR IGNORE INTO meta VALUES ('rows_stale', '1')")

    def rows_stale(self) -> bool:
        """Whether marking repeats changed rows of items.jsonl (cleared by ``rows``)."""
        return self.db.execute("SELECT 1 FROM meta WHERE key = 'rows_stale'").fetchone() is not None

    def plan_chunks(self, institution: str) -> Iterator[str]:
        query = "SELECT yaml, repeats FROM plans WHERE institution = ? ORDER BY path, idx"
        for packed, repeats in self.db.execute(query, (institution,)):
            chunk = _unpack(packed)
            yield plan_chunk_repeating(chunk, repeats) if repeats else chunk

    def has_plans(self, institution: str) -> bool:
        return self.db.execute("SELECT 1 FROM plans WHERE institution = ? LIMIT 1", (institution,)).fetchone() is not None

    def clean(self, institution: str) -> None:
        with self.db:
            self.db.execute("DELETE FROM dirty WHERE institution = ?", (institution,))

    def rows(self) -> Iterator[str]:
        repeats: dict[str, dict[str, str]] = {}
        for path, plan_id, repeated in self.db.execute("SELECT path, plan_id, repeats FROM plans WHERE repeats IS NOT NULL"):
            repeats.setdefault(path, {})[plan_id] = repeated
        for path, packed in self.db.execute("SELECT path, rows FROM files ORDER BY path").fetchall():
            rows = _unpack(packed)
            yield rows_repeating(rows, repeats[path]) if path in repeats else rows
        with self.db:
            self.db.execute("DELETE FROM meta WHERE key = 'rows_stale'")

    def warnings(self) -> list[FileWarning]:
        return [
            FileWarning(**warning)
            for (text,) in self.db.execute("SELECT warnings FROM files WHERE warnings != '[]' ORDER BY path")
            for warning in json.loads(text)
        ]

    def totals(self) -> tuple[int, int, int, int, list[FileError]]:
        files, plans, items = self.db.execute("SELECT COUNT(*), COALESCE(SUM(plans), 0), COALESCE(SUM(items), 0) FROM files").fetchone()
        institutions = self.db.execute("SELECT COUNT(DISTINCT institution) FROM plans").fetchone()[0]
        errors = [
            FileError(path=path, error=error)
            for path, text in self.db.execute("SELECT path, errors FROM files WHERE errors != '[]' ORDER BY path")
            for error in json.loads(text)
        ]
        return files, plans, items, institutions, errors


def _model_version(options: RunOptions) -> str:
    """Hash of the model files, so a retrained model re-parses everything."""
    from .model import DEFAULT_MODEL_DIR

    if options.classifier == "rules":
        return "-"
    directory = Path(options.model_dir) if options.model_dir else DEFAULT_MODEL_DIR
    digest = hashlib.sha256()
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass(slots=True)
class _Scan:
    jobs: list[Job]
    unchanged: set[str]
    errors: list[FileError]
    skipped: list[FileError]


def run(inputs: Iterable[str | Path], out: Path, options: RunOptions = RunOptions()) -> RunSummary:
    """Parse ``inputs`` (files or folders, recursively) into checklists in ``out``.

    Only the checklists of these inputs' plans change: results of files outside
    them stay as an earlier run left them, and files under them that are gone
    are forgotten (and named in the summary). One run at a time writes ``out``."""
    inputs = [Path(i) for i in inputs]
    if options.engine == "dask":  # workers elsewhere cannot resolve this process's relative paths
        inputs = [path.absolute() for path in inputs]
        absolute = {key: os.path.abspath(value) for key in ("rules_dir", "model_dir") if (value := getattr(options, key))}
        options = replace(options, **absolute)
    rules = load_rules(options.rules_dir)
    if options.classifier == "model":
        load_model_or_warn(options.model_dir, "model")  # asked for alone, a missing model stops the run
    options = replace(options, rules_version=rules.version, level_words=frozenset(rules.institutions.levels))
    version = f"{__version__}:{rules.version}:{options.script}:{options.classifier}:{_model_version(options)}"
    out.mkdir(parents=True, exist_ok=True)
    with _locked(out), closing(Manifest(out / MANIFEST_NAME, version)) as manifest:
        _remove_leftovers(out)
        known = manifest.known()
        scan = _scan(inputs, known, version, options.force)
        gone = {path for path in known if _under(path, inputs)} - scan.unchanged - {job.path for job in scan.jobs}
        for path in sorted(gone):
            manifest.forget(path)
        for output in _execute(scan.jobs, options):
            manifest.store(output)
        manifest.mark_repeats()
        write_errors = _write_checklists(manifest, out)
        if scan.jobs or gone or manifest.rows_stale() or not (out / "items.jsonl").exists():
            write_atomic(out / "items.jsonl", manifest.rows())
        files, plans, items, institutions, errors = manifest.totals()
        warnings = manifest.warnings()
    summary = RunSummary(
        rules_version=rules.version,
        files=files + len(scan.errors),
        files_skipped=len(scan.unchanged),
        files_removed=sorted(gone),
        skipped=scan.skipped,
        plans=plans,
        items=items,
        institutions=institutions,
        errors=scan.errors + errors + write_errors,
        warnings=warnings,
    )
    write_atomic(out / "summary.json", [json_text(summary)])
    return summary


def _under(path: str, inputs: list[Path]) -> bool:
    """Whether ``path`` is one of ``inputs`` or lies in one of the input folders."""
    for root in inputs:
        root_text = str(root)
        if path == root_text or path.startswith(root_text.rstrip(os.sep) + os.sep):
            return True
    return False


@contextmanager
def _locked(out: Path):
    """Hold ``OUT/.plancheck.lock`` for the run: a second run into the same
    folder stops at once with one line instead of mixing its outputs in. A
    POSIX record lock, not flock: forked workers do not inherit it, so a
    killed run's orphaned workers never keep the folder locked."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - no advisory locks on this platform
        yield
        return
    with open(out / LOCK_NAME, "a+") as handle:
        try:
            fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise OutputBusy(f"{out} is being written by another plancheck run; wait for it to finish") from None
        try:
            yield
        finally:
            fcntl.lockf(handle, fcntl.LOCK_UN)


def _remove_leftovers(out: Path) -> None:
    """Temporary files a killed run left (``.name.xxxx.part``); safe under the lock."""
    for leftover in out.glob(f".*{TEMP_SUFFIX}"):
        leftover.unlink(missing_ok=True)


def _scan(inputs, known: dict[str, tuple[str, str]], version: str, force: bool) -> _Scan:
    scan = _Scan([], set(), [], [])
    for entry in iter_input_files(list(inputs)):
        if isinstance(entry, IngestSkipped):
            scan.skipped.append(FileError(path=entry.path, error=str(entry)))
            continue
        if isinstance(entry, IngestError):
            scan.errors.append(FileError(path=entry.path, error=str(entry)))
            continue
        path = str(entry)
        try:
            sha = file_sha256(entry)
        except OSError as exc:
            scan.errors.append(FileError(path=path, error=f"{path}: cannot read: {exc.strerror}"))
            continue
        if force or known.get(path) != (sha, version):
            scan.jobs.append(Job(path, sha))
        else:
            scan.unchanged.add(path)
    return scan


def _execute(jobs: list[Job], options: RunOptions) -> Iterator[FileOutput]:
    """Results of ``jobs`` as they finish, with a progress bar on a terminal."""
    from tqdm import tqdm

    args = [(job, options) for job in jobs]
    workers = options.workers or os.cpu_count() or 1
    show = not options.quiet and sys.stderr.isatty()
    errors = 0
    with tqdm(total=len(jobs), unit="file", disable=not show, dynamic_ncols=True) as bar:
        for output in _results(args, workers, options):
            errors += bool(output.errors)
            bar.set_postfix(errors=errors, refresh=False)
            bar.update()
            yield output


def _results(args: list[tuple], workers: int, options: RunOptions) -> Iterator[FileOutput]:
    if options.engine == "dask":
        from .distributed import dask_results

        yield from dask_results(args, options.scheduler, workers, options.connect_timeout)
        return
    if args:
        # Loaded once, before forking, so that workers share them.
        load_lexicon(load_rules(options.rules_dir))
        if options.classifier != "rules":
            load_model_or_warn(options.model_dir)
        # The lexicon and the model are many long-lived objects:
        # out of the collector's way, a full collection stops costing ~10 ms
        # (and forked workers stop touching, so copying, their pages).
        gc.freeze()
    if workers == 1 or len(args) <= 1:
        yield from map(_parse_job_star, args)
    else:
        yield from _pool_results(args, workers)


# How often a worker checks that the process that started it is still there.
ORPHAN_CHECK_SECONDS = 1.0


def _init_worker(parent: int) -> None:
    """Ctrl-C is the main process's to handle: it stops handing out work and
    leaves complete outputs only. A worker whose main process is gone (killed
    with SIGKILL, which no handler sees) exits instead of waiting for work forever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(ORPHAN_CHECK_SECONDS)
    os._exit(1)  # no cleanup to run: the work in flight is redone by the next run


def _pool_results(args: list[tuple], workers: int) -> Iterator[FileOutput]:
    """Results from worker processes, as they finish. At most a few jobs per
    worker are in flight, so memory stays flat. A worker that dies (killed,
    out of memory) breaks the pool: the jobs then in flight are retried one at
    a time in a new pool, so that the file that kills a worker again is named
    in an error and the run goes on."""
    context = multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork")
    pending, suspects = deque(args), deque()
    while pending or suspects:
        isolating = bool(suspects)
        queue = suspects if isolating else pending
        limit = 1 if isolating else workers * 4
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(os.getpid(),)) as pool:
            running: dict = {}
            try:
                while queue or running:
                    while queue and len(running) < limit:
                        arg = queue.popleft()
                        running[pool.submit(_parse_job_star, arg)] = arg
                    done, _ = wait(running, return_when=FIRST_COMPLETED)
                    for future in done:
                        output = future.result()
                        del running[future]
                        yield output
            except KeyboardInterrupt:
                pool.shutdown(wait=False, cancel_futures=True)
                raise
            except BrokenProcessPool:
                if not isolating:
                    suspects.extend(running.values())
                    continue
                for job, _ in running.values():
                    yield FileOutput(job.path, job.sha256, [f"{job.path}: a worker process died while parsing it (out of memory?)"], [], "", 0)


def _write_checklists(manifest: Manifest, out: Path) -> list[FileError]:
    """Rewrite the checklists the run touched; a checklist that cannot be written
    is an error in the summary, never the end of the run."""
    errors = []
    for institution in manifest.dirty():
        target = out / f"{safe_filename(institution or None)}.yaml"
        try:
            if manifest.has_plans(institution):
                write_atomic(target, checklist_from_chunks(institution or NO_INSTITUTION, manifest.plan_chunks(institution)))
            else:
                target.unlink(missing_ok=True)
        except OSError as exc:
            errors.append(FileError(path=str(target), error=f"{target.name}: cannot write checklist: {exc.strerror or exc}"))
            continue
        manifest.clean(institution)
    return errors
