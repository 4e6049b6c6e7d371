"""The ``plancheck`` command: wires the stages together, nothing more."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import unicodedata
from pathlib import Path

from . import __version__
from .classify import CLASSIFIERS
from .ingest import DEFAULT_MAX_BYTES, IngestError, IngestSkipped, iter_input_files
from .models import FileResult, walk
from .document import SCRIPTS, ParseOptions, parse_path
from .model import ModelError
from .rules import RulesError, load_rules
from .distributed import SchedulerUnreachable
from .emit import OutputBusy

EPILOG = """examples:
  plancheck run corpus/docs -o checklists     one YAML checklist per institution
  plancheck count corpus/docs/*.txt            items per plan, as a table
  plancheck show corpus/docs/003_*.txt --why   the item tree, with categories
  plancheck eval corpus/gold corpus/docs       scores against gold annotations
  plancheck run corpus/docs -o out --report    the checklists and out/report.html
  plancheck review plan.txt --gold mygold      correct a parse in the browser; edits saved as gold
"""


EVAL_FLOORS = (
    "item-f1",
    "item-f1-per-plan",
    "total-count-exact",
    "top-level-count-exact",
    "level-accuracy",
    "category-accuracy",
    "institution-accuracy",
    "when-f1",
)
EVAL_FLOOR_ALIASES = {"institution": "institution-accuracy", "when": "when-f1"}


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv:
        parser.print_help()
        return 0
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except RulesError as exc:
        print(f"plancheck: rules: {exc}", file=sys.stderr)
        return 2
    except ModelError as exc:
        print(f"plancheck: {exc} (--classifier model needs a trained model; `plancheck train` makes one)", file=sys.stderr)
        return 2
    except (OutputBusy, SchedulerUnreachable) as exc:
        print(f"plancheck: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("plancheck: interrupted; outputs written so far are complete", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="plancheck",
        description="Turn Chinese plan documents (工作方案, 实施方案, 工作计划, 行动方案, 规划, 实施细则) into structured checklists: "
        "plans, numbered items with their hierarchy, categories, institutions and time expressions.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-V", "--version", action="version", version=f"plancheck {__version__}")
    # Global options: before the command (plancheck --rules DIR count …) or after it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--rules", metavar="DIR", default=argparse.SUPPRESS, help="rules directory (default: the project's rules/, or $PLANCHECK_RULES)")
    parser.add_argument("--rules", metavar="DIR", default=None, help="rules directory (default: the project's rules/, or $PLANCHECK_RULES)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str, handler):
        p = sub.add_parser(name, help=help_text, description=help_text, formatter_class=argparse.RawDescriptionHelpFormatter, parents=[common])
        p.set_defaults(handler=handler)
        return p

    p = command("parse", "Parse files and print one JSON object per file (JSON Lines, SPEC.md).", _parse)
    p.add_argument("files", nargs="+", metavar="FILE", help="files or folders (searched recursively)")
    p.add_argument("--format", choices=("json", "yaml"), default="json", help="json: one line per file (default); yaml: a YAML document per file")
    _script_option(p)
    _classifier_options(p)

    p = command("count", "Count items per plan: top-level, all, per level.", _count)
    p.add_argument("files", nargs="+", metavar="FILE", help="files or folders (searched recursively)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    _script_option(p)
    # Counts do not depend on categories: the model is not loaded.
    p.set_defaults(classifier="rules", model=None)

    p = command("show", "Print the plans and item trees of files, indented with their markers, to check by eye.", _show)
    p.add_argument("files", nargs="+", metavar="FILE", help="files or folders (searched recursively)")
    p.add_argument("--why", action="store_true", help="print each item's category and the cue or score that decided it")
    _script_option(p)
    _classifier_options(p)

    p = command("eval", "Score the pipeline against gold annotations (ANNOTATION.md format).", _eval)
    p.add_argument("gold_dir", metavar="GOLD_DIR", type=Path)
    p.add_argument("docs_dir", metavar="DOCS_DIR", type=Path)
    p.add_argument("--json", action="store_true", help="print the metrics as JSON: overall (pooled), file_averages and genres")
    p.add_argument("--rules-report", action="store_true", help="also print what each category rule decided on the gold and how often it was right")
    p.add_argument(
        "--owners",
        metavar="DIR",
        type=Path,
        help="also score owners on the files DIR holds an owner annotation for (STEM.tsv; corpus/owners): the share of items that state one, the share found, recall and precision",
    )
    p.add_argument(
        "--cross-validate",
        nargs="?",
        const="file",
        choices=("file", "genre"),
        help="classify each file with a model trained on the other gold files (file: leave one file out, the default; "
        "genre: leave the file's whole genre out)",
    )
    p.add_argument(
        "--reading",
        metavar="DIR",
        type=Path,
        help="score a second, blind annotation of the same documents (DIR: gold files named as in GOLD_DIR) against GOLD_DIR "
        "instead of the pipeline, on the files DIR holds: how far two annotators agree, the ceiling a pipeline can be measured to",
    )
    _classifier_options(p)
    for metric in EVAL_FLOORS:
        flags = [f"--min-{metric}"] + [f"--min-{alias}" for alias, target in EVAL_FLOOR_ALIASES.items() if target == metric]
        p.add_argument(*flags, dest=f"min_{metric.replace('-', '_')}", type=float, default=0.0, metavar="X", help=f"exit 1 if {metric.replace('-', ' ')} is below X")

    p = command("run", "Parse inputs into one YAML checklist per institution, items.jsonl and summary.json in OUT.", _run)
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders (searched recursively)")
    p.add_argument("-o", "--out", type=Path, required=True, metavar="OUT", help="output folder (created if missing)")
    p.add_argument("--workers", type=int, default=0, metavar="N", help="worker processes (default: every core)")
    p.add_argument("--force", action="store_true", help="re-parse every file, even unchanged ones")
    p.add_argument("--engine", choices=("local", "dask"), default="local", help="local worker processes (default), or a Dask distributed cluster")
    p.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: the scheduler (tcp://host:8786); default: a local cluster of --workers processes")
    p.add_argument("--connect-timeout", type=float, default=10.0, metavar="S", help="with --engine dask: seconds to wait for the scheduler (default 10)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--report", action="store_true", help="also write OUT/report.html (plancheck report)")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N", help="skip files larger than N bytes (default 20 MB)")
    _script_option(p)
    _classifier_options(p)

    p = command("report", "Write OUT/report.html: one self-contained page of charts, tables and item trees over a run's outputs.", _report)
    p.add_argument("out", type=Path, metavar="OUT", help="the output folder of a plancheck run")

    p = command(
        "review",
        "Serve a page on localhost for correcting one file's parse; every edit is saved at once as gold (corpus/ANNOTATION.md) in --gold.",
        _review,
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--gold", type=Path, required=True, metavar="DIR", help="folder for the gold file (FILE's name, .yaml); one already there is taken up")
    p.add_argument("--genre", default="unknown", help="the genre: recorded in the gold file (default: unknown)")
    p.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (default 8765; 0: any free one)")
    _classifier_options(p)

    p = command("train", "Train the category model from gold annotations and save it (spaCy, config pipeline/textcat.cfg).", _train)
    p.add_argument("--gold", type=Path, default=Path("corpus/gold"), metavar="GOLD_DIR")
    p.add_argument("--docs", type=Path, default=Path("corpus/docs"), metavar="DOCS_DIR")
    p.add_argument("-o", "--out", type=Path, default=None, metavar="DIR", help="where to save (default: pipeline/models/textcat)")

    p = command(
        "lexicon",
        "Rebuild the tagged word list institutions are read with (rules/lexicon.txt.gz) from a jieba-format dictionary "
        "(word, frequency, tag per line; default: jieba's own), keeping what rules/institutions.yaml says (lexicon_min_freq, lexicon_keep_tags) "
        "and correcting it by the place list it names (lexicon_places: China's provinces, cities and counties).",
        _lexicon,
    )
    p.add_argument("--dictionary", type=Path, metavar="FILE", help="a dictionary in jieba's format (default: jieba's dict.txt; needs plancheck[train])")

    p = command("schema", "Write the JSON Schemas of the output models to schemas/.", _schema)
    p.add_argument("-o", "--out", type=Path, default=Path("schemas"), metavar="DIR")
    p.add_argument("--check", action="store_true", help="exit 1 if the files in DIR differ from the models")

    p = command(
        "validate",
        "Check checklist YAML files (as plancheck run writes them) against the schema of the Checklist model; "
        "prints 'ok' per valid file, or each problem with the path of the field at fault, and exits 1 if any file is invalid.",
        _validate,
    )
    p.add_argument("files", nargs="+", metavar="FILE.yaml", type=Path)
    return parser


def _script_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--script", choices=SCRIPTS, default="original", help="script of item text and titles on output (default: as written)")


def _classifier_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--classifier",
        choices=CLASSIFIERS,
        default="both",
        help="categories by rules, by the learned model, or both (default: the model decides what no time slot or heading word settles)",
    )
    parser.add_argument("--model", metavar="DIR", help="trained model directory (default: the one shipped in pipeline/models/textcat)")


def _parse_options(args, script: str = "original") -> ParseOptions:
    from .model import load_model_or_warn

    model = load_model_or_warn(args.model, args.classifier) if args.classifier != "rules" else None
    return ParseOptions(script=script, classifier=args.classifier if model is not None else "rules", model=model)


def _results(args, script: str = "original"):
    rules = load_rules(args.rules)
    options = _parse_options(args, script)
    for entry in iter_input_files(args.files):
        if isinstance(entry, IngestSkipped):
            print(f"plancheck: skipped {entry}", file=sys.stderr)
        elif isinstance(entry, IngestError):
            yield FileResult(source=None, plans=[], errors=[str(entry)])
        else:
            yield parse_path(entry, rules, options)


def _report_errors(result: FileResult) -> bool:
    for error in result.errors:
        print(f"plancheck: {error}", file=sys.stderr)
    return bool(result.errors)


def _parse(args) -> int:
    from .emit import dump_yaml

    failed = False
    for result in _results(args, args.script):
        failed |= _report_errors(result)
        if args.format == "json":
            sys.stdout.write(result.model_dump_json(exclude_none=False) + "\n")
        else:
            sys.stdout.write("---\n" + dump_yaml(result.model_dump(mode="json")))
    return 1 if failed else 0


def _count(args) -> int:
    rows = []
    failed = False
    for result in _results(args, args.script):
        failed |= _report_errors(result)
        for plan in result.plans:
            rows.append(
                {
                    "file": result.source.path,
                    "plan": plan.title,
                    "institution": plan.institution or "",
                    "top_level": plan.counts.top_level,
                    "items": plan.counts.items,
                    "by_level": plan.counts.by_level,
                }
            )
    if args.format == "json":
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    elif args.format == "csv":
        depth = max((int(k) for row in rows for k in row["by_level"]), default=0)
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["file", "plan", "institution", "top_level", "items", *[f"level_{i}" for i in range(1, depth + 1)]])
        for row in rows:
            writer.writerow([row["file"], row["plan"], row["institution"], row["top_level"], row["items"], *[row["by_level"].get(str(i), 0) for i in range(1, depth + 1)]])
        sys.stdout.write(buffer.getvalue())
    else:
        print(f"{_cell('file', 36)} {_cell('plan', 32)} {_cell('institution', 16)} {'top':>4} {'items':>5}  by level")
        for row in rows:
            levels = " ".join(f"{k}:{v}" for k, v in row["by_level"].items())
            print(f"{_cell(Path(row['file']).name, 36)} {_cell(row['plan'], 32)} {_cell(row['institution'], 16)} {row['top_level']:>4} {row['items']:>5}  {levels}")
    return 1 if failed else 0


def _cell(text: str, width: int) -> str:
    """``text`` cut and padded to ``width`` terminal columns: CJK characters take two."""
    out, used = [], 0
    for ch in text.replace("\n", " "):
        w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + w > width - 1:  # keep one column between cells
            break
        out.append(ch)
        used += w
    return "".join(out) + " " * (width - used)


def _show(args) -> int:
    failed = False
    for result in _results(args, args.script):
        failed |= _report_errors(result)
        if result.source is not None and len(args.files) + sum(Path(f).is_dir() for f in args.files) > 1:
            print(f"# {result.source.path}")
        _show_plans(result, args.why)
    return 1 if failed else 0


def _show_plans(result: FileResult, why: bool) -> None:
    for plan in result.plans:
        named = "" if plan.institution_named else " (implied)"
        print(f"== {plan.title or '(untitled)'}  [{plan.institution or 'no institution'}{named}]  {plan.counts.items} items, {plan.counts.top_level} top-level")
        for item in walk(plan.items):
            line = f"{'  ' * item.level}{item.marker} {item.text[:40].replace(chr(10), ' ')}"
            line += f"   [{item.category}: {item.why}]" if why else f"   [{item.category}]"
            if item.when:
                line += f"   when: {item.when}"
            print(line)


def _eval(args) -> int:
    from .evaluate import evaluate, format_report

    rules = load_rules(args.rules)
    only = None
    if args.reading is not None:
        from .evaluate import load_gold, result_from_gold

        if not args.reading.is_dir():
            print(f"plancheck eval: {args.reading}: not a folder of gold files", file=sys.stderr)
            return 2
        paths = sorted(args.reading.glob("*.yaml"))
        readings = {(gold := load_gold(path))["source"]: result_from_gold(gold) for path in paths}
        only = {path.stem for path in paths}
        parse = lambda path: readings[path.name]  # noqa: E731
    elif args.cross_validate and args.classifier != "rules":
        from .train import cross_validated_parser

        parse = cross_validated_parser(args.gold_dir, args.docs_dir, rules, args.classifier, leave_out=args.cross_validate)
    else:
        options = _parse_options(args)
        parse = lambda path: parse_path(path, rules, options)  # noqa: E731
    if args.owners is not None and not args.owners.is_dir():
        print(f"plancheck eval: {args.owners}: not a folder of owner annotations", file=sys.stderr)
        return 2
    report = evaluate(args.gold_dir, args.docs_dir, parse, args.owners, only)
    metrics = report.metrics
    if args.json:
        figures = {"overall": metrics, "file_averages": report.file_averages, "genres": {g: r.metrics for g, r in report.by_genre().items()}}
        print(json.dumps(figures, indent=2))
    else:
        print(format_report(report))
    if args.rules_report:
        from .evaluate import institution_routes_report, rules_report

        print("\n" + rules_report(report))
        print("\n" + institution_routes_report(report))
    floors = {metric.replace("-", "_"): getattr(args, f"min_{metric.replace('-', '_')}") for metric in EVAL_FLOORS}
    below = [f"{name} {metrics[name]:.3f} < {floor}" for name, floor in floors.items() if metrics[name] < floor]
    for line in below:
        print(f"plancheck eval: below threshold: {line}", file=sys.stderr)
    return 1 if below else 0


def _run(args) -> int:
    from .runner import RunOptions, run

    options = RunOptions(
        workers=args.workers,
        force=args.force,
        script=args.script,
        quiet=args.quiet,
        rules_dir=args.rules,
        max_bytes=args.max_bytes,
        classifier=args.classifier,
        model_dir=args.model,
        engine=args.engine,
        scheduler=args.scheduler,
        connect_timeout=args.connect_timeout,
    )
    summary = run(args.inputs, args.out, options)
    print(
        f"plancheck: {summary.files} files ({summary.files_skipped} unchanged), {summary.plans} plans, {summary.items} items, "
        f"{summary.institutions} institutions, {len(summary.errors)} errors -> {args.out}",
        file=sys.stderr,
    )
    for error in summary.errors:
        print(f"plancheck: {error.error}", file=sys.stderr)
    if args.report:
        from .report import write_report

        print(f"plancheck: report {write_report(args.out)}", file=sys.stderr)
    return 1 if summary.errors else 0


def _report(args) -> int:
    from .report import write_report

    if not (args.out / "summary.json").is_file():
        print(f"plancheck report: {args.out}: no summary.json; run plancheck run INPUT -o {args.out} first", file=sys.stderr)
        return 2
    print(f"plancheck report: {write_report(args.out)}")
    return 0


def _review(args) -> int:
    from .review import start_review

    result = parse_path(args.file, load_rules(args.rules), _parse_options(args))
    if _report_errors(result):
        return 1
    server = start_review(result, args.gold, args.genre, args.port)
    print(f"plancheck review: {server.url}  (saving to {server.target}; Ctrl-C to stop)", file=sys.stderr)
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0


def _train(args) -> int:
    try:
        import spacy  # noqa: F401
    except ImportError:
        print("plancheck train: needs spaCy, which running does not: pip install 'plancheck[train]'", file=sys.stderr)
        return 2
    from .model import DEFAULT_MODEL_DIR, save
    from .train import train_from_gold

    out = args.out or DEFAULT_MODEL_DIR
    nlp = train_from_gold(args.gold, args.docs, load_rules(args.rules))
    save(nlp, out)
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"plancheck train: model saved to {out} ({size / 1e6:.1f} MB)")
    return 0


def _lexicon(args) -> int:
    import gzip

    from .lexicon import compile_lexicon, read_places
    from .rules import DEFAULT_RULES_DIR, institution_rules

    dictionary = args.dictionary
    if dictionary is None:
        try:
            import jieba
        except ImportError:
            print("plancheck lexicon: needs jieba's dictionary: pip install 'plancheck[train]', or give --dictionary FILE", file=sys.stderr)
            return 2
        dictionary = Path(jieba.__file__).with_name("dict.txt")
    directory = Path(args.rules) if args.rules else DEFAULT_RULES_DIR
    config = institution_rules(directory)
    places_path = directory / config.lexicon_places
    try:
        with open(places_path, encoding="utf-8") as handle:
            places = read_places(handle)
    except (OSError, ValueError) as exc:
        print(f"plancheck lexicon: {places_path}: {exc}", file=sys.stderr)
        return 2
    with open(dictionary, encoding="utf-8") as handle:
        text = compile_lexicon(handle, config.lexicon_min_freq, config.lexicon_keep_tags, places, config.lexicon_place_tag, config.lexicon_place_freq)
    out = directory / config.lexicon
    partial = out.with_name(out.name + ".part")
    with gzip.GzipFile(partial, "wb", compresslevel=9, mtime=0) as handle:  # mtime 0: the same input gives the same bytes
        handle.write(text.encode("utf-8"))
    partial.replace(out)
    print(f"plancheck lexicon: {text.count(chr(10)) - 1} lines, {out} ({out.stat().st_size / 1e6:.2f} MB)")
    return 0


def _schema(args) -> int:
    from .schema import schema_files

    stale = []
    for name, text in schema_files().items():
        target = args.out / name
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(str(target))
        else:
            from .emit import write_atomic

            write_atomic(target, [text])
            print(target)
    for path in stale:
        print(f"plancheck schema: out of date: {path} (run: plancheck schema)", file=sys.stderr)
    return 1 if stale else 0


def _validate(args) -> int:
    from .schema import validate_checklist

    failed = False
    for path in args.files:
        problems = validate_checklist(path)
        for problem in problems:
            print(f"{path}: {problem}", file=sys.stderr)
        if not problems:
            print(f"{path}: ok")
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
