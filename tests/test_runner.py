import json
import shutil
from pathlib import Path

import pytest

from pipeline.emit import load_yaml
from pipeline.models import Checklist
from pipeline.runner import RunOptions, run

from .conftest import DOCS, ROOT, corpus_sample, seed

QUIET = RunOptions(workers=1, quiet=True, classifier="rules")


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for prefix in ("003", "004"):
        shutil.copy(seed(prefix), folder)
    return folder


def test_a_run_writes_checklists_rows_and_a_summary(inputs, tmp_path):
    out = tmp_path / "out"
    summary = run([inputs], out, QUIET)
    assert (summary.files, summary.errors, summary.files_skipped) == (2, [], 0)
    checklists = sorted(out.glob("*.yaml"))
    assert checklists
    plans = [plan for path in checklists for plan in Checklist.model_validate(load_yaml(path.read_text(encoding="utf-8"))).plans]
    assert len(plans) == summary.plans == 7
    assert all(plan.source is not None for plan in plans)
    rows = [json.loads(line) for line in (out / "items.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == summary.items == sum(plan.counts.items for plan in plans)
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["items"] == summary.items


def test_bad_files_are_recorded_and_the_run_goes_on(inputs, tmp_path):
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    summary = run([inputs, tmp_path / "missing"], tmp_path / "out", QUIET)
    reasons = sorted(error.error for error in summary.errors)
    assert len(reasons) == 3
    assert any("empty" in r for r in reasons) and any("binary" in r for r in reasons) and any("no such file" in r for r in reasons)
    assert summary.plans == 7


def test_a_rerun_skips_unchanged_files_and_redoes_changed_ones(inputs, tmp_path):
    out = tmp_path / "out"
    first = run([inputs], out, QUIET)
    assert run([inputs], out, QUIET).files_skipped == 2
    changed = next(inputs.glob("003_*"))
    changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    again = run([inputs], out, QUIET)
    assert again.files_skipped == 1
    assert again.items == first.items
    assert run([inputs], out, RunOptions(workers=1, quiet=True, classifier="rules", force=True)).files_skipped == 0


def test_a_changed_rule_file_invalidates_every_result(inputs, tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    options = RunOptions(workers=1, quiet=True, classifier="rules", rules_dir=str(rules))
    out = tmp_path / "out"
    run([inputs], out, options)
    with open(rules / "boilerplate.yaml", "a", encoding="utf-8") as handle:
        handle.write("\n# an analyst's edit\n")
    assert run([inputs], out, options).files_skipped == 0


def test_a_removed_file_leaves_the_checklists(inputs, tmp_path):
    out = tmp_path / "out"
    run([inputs], out, QUIET)
    next(inputs.glob("003_*")).unlink()
    summary = run([inputs], out, QUIET)
    assert summary.files == 1
    assert not (out / "省卫生健康委.yaml").exists() or "003_" not in (out / "省卫生健康委.yaml").read_text(encoding="utf-8")
    assert not list(out.glob(".*.part"))


def test_workers_give_the_same_output_as_one_process(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    documents = [document for _, document in corpus_sample()]
    run(documents, one, QUIET)
    run(documents, two, RunOptions(workers=2, quiet=True, classifier="rules"))
    names = sorted(p.name for p in one.iterdir() if not p.name.startswith("."))
    assert names == sorted(p.name for p in two.iterdir() if not p.name.startswith("."))
    for name in names:
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


def test_the_dask_engine_writes_what_the_local_engine_writes(tmp_path):
    import dask.distributed as distributed
    local, remote = tmp_path / "local", tmp_path / "dask"
    documents = [document for _, document in corpus_sample()]
    here = run(documents, local, RunOptions(workers=2, quiet=True))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = run(documents, remote, RunOptions(quiet=True, engine="dask", scheduler=cluster.scheduler_address))
    assert summary.files == here.files > 40 and not summary.errors
    names = sorted(p.name for p in local.iterdir() if not p.name.startswith("."))
    assert names == sorted(p.name for p in remote.iterdir() if not p.name.startswith("."))
    for name in names:
        assert (local / name).read_bytes() == (remote / name).read_bytes(), name


def test_rules_edited_during_a_run_fail_those_files_with_a_clear_reason(inputs, tmp_path):
    from pipeline.runner import Job, parse_job

    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    options = RunOptions(workers=1, quiet=True, classifier="rules", rules_dir=str(rules), rules_version="0000")
    output = parse_job(Job(str(next(inputs.glob("003_*"))), "0" * 64), options)
    assert output.plans == []
    assert len(output.errors) == 1 and "rule files changed during the run" in output.errors[0] and "\n" not in output.errors[0]


def _dies_on_003(args):
    """A worker job that kills its process on one file, as the out-of-memory
    killer would (module level: the pool pickles it by name)."""
    import os

    from pipeline.runner import parse_job

    if "003_" in args[0].path:
        os._exit(9)
    return parse_job(*args)


def test_a_worker_that_dies_costs_its_file_not_the_run(inputs, tmp_path, monkeypatch):
    from pipeline import runner

    shutil.copy(seed("000"), inputs)
    monkeypatch.setattr(runner, "_parse_job_star", _dies_on_003)
    summary = run([inputs], tmp_path / "out", RunOptions(workers=2, quiet=True, classifier="rules"))
    assert summary.files == 3
    assert [e.error.split(": ", 1)[1] for e in summary.errors] == ["a worker process died while parsing it (out of memory?)"]
    assert summary.plans == 8 + 6


def _stored(out: Path) -> int:
    """Files whose results the manifest of a running ``plancheck run`` holds."""
    import sqlite3

    try:
        with sqlite3.connect(out / ".plancheck.sqlite", timeout=1) as db:
            return db.execute("SELECT COUNT(*) FROM files").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_ctrl_c_leaves_complete_outputs_and_the_next_run_finishes(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    corpus = tmp_path / "in"
    corpus.mkdir()
    for n in range(40):
        for path in DOCS.glob("00[0-4]_*.txt"):  # the five seeds
            (corpus / f"{n:03d}_{path.name}").write_text(path.read_text(encoding="utf-8") + f"\n{n}\n", encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline.cli", "run", str(corpus), "-o", str(out), "--workers", "2", "--quiet", "--classifier", "rules"]
    # Ctrl-C as a terminal delivers it: a test run started from a script in the background
    # inherits SIGINT ignored, and Python would then start its child with it ignored too.
    reset = lambda: signal.signal(signal.SIGINT, signal.SIG_DFL)  # noqa: E731
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True, preexec_fn=reset)
    deadline = time.time() + 120
    while _stored(out) < 5 and time.time() < deadline:
        time.sleep(0.1)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert not list(out.glob("*.part")) and not list(out.glob(".*.part"))
    finished = run([corpus], out, RunOptions(workers=2, quiet=True, classifier="rules"))
    assert finished.files == 200 and not finished.errors
    assert 0 < finished.files_skipped < 200  # the interrupted run's work was kept
    for path in out.glob("*.yaml"):
        Checklist.model_validate(load_yaml(path.read_text(encoding="utf-8")))


def _checklist_names(out):
    return sorted(p.name for p in out.glob("*.yaml"))


def test_a_run_on_some_files_keeps_the_checklists_of_others(inputs, tmp_path):
    out = tmp_path / "out"
    run([inputs], out, QUIET)
    everything = _checklist_names(out)
    summary = run([inputs / seed("003").name], out, QUIET)
    assert _checklist_names(out) == everything and summary.files_removed == []
    (inputs / seed("004").name).unlink()
    summary = run([inputs], out, QUIET)
    assert summary.files_removed == [str(inputs / seed("004").name)]
    assert summary.plans == 1 and len(_checklist_names(out)) == 1


@pytest.mark.parametrize(
    ("plan", "kind"),
    [
        ("学校安全工作计划\n一、加强领导\n我校成立领导小组。\n二、落实责任\n我校签订责任书。\n", "学校"),
        ("工作安排\n一、加强准备。\n二、按时完成。\n", "_no-institution"),  # no body read at all
    ],
)
def test_plans_of_unnamed_placeless_or_unread_bodies_keep_to_their_source_file(tmp_path, plan, kind):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(plan, encoding="utf-8")
    (folder / "b.txt").write_text(plan.replace("加强", "强化"), encoding="utf-8")
    out = tmp_path / "out"
    summary = run([folder], out, QUIET)
    assert summary.plans == 2
    assert _checklist_names(out) == [f"{kind} (a).yaml", f"{kind} (b).yaml"]


def test_a_second_run_into_a_busy_folder_stops_with_one_line(inputs, tmp_path):
    import subprocess
    import sys

    from pipeline.emit import OutputBusy
    from pipeline.runner import LOCK_NAME

    out = tmp_path / "out"
    out.mkdir()
    holder = "import fcntl, sys, time; f = open(sys.argv[1], 'a+'); fcntl.lockf(f, fcntl.LOCK_EX); print('held', flush=True); time.sleep(60)"
    other_run = subprocess.Popen([sys.executable, "-c", holder, str(out / LOCK_NAME)], stdout=subprocess.PIPE, text=True)
    try:
        assert other_run.stdout.readline().strip() == "held"
        with pytest.raises(OutputBusy, match="another plancheck run"):
            run([inputs], out, QUIET)
    finally:
        other_run.kill()
        other_run.wait()
    assert run([inputs], out, QUIET).files == 2


def test_temporary_files_a_killed_run_left_are_removed(inputs, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".学校.yaml.x1y2.part").write_text("half", encoding="utf-8")
    run([inputs], out, QUIET)
    assert not list(out.glob(".*.part"))


def test_the_summary_carries_the_warnings_of_plans(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("河谷县防汛工作方案\n一、组织领导\n成立指挥部。\n二、工作措施\n排查隐患。\n七、工作要求\n严格执行。\n", encoding="utf-8")
    summary = run([folder], tmp_path / "out", QUIET)
    assert [(w.code, w.plan_id) for w in summary.warnings] == [("numbering-jump", "a#1")]


def test_the_model_asked_for_alone_must_exist(inputs, tmp_path, capsys):
    from pipeline.cli import main

    code = main(["run", str(inputs), "-o", str(tmp_path / "out"), "--classifier", "model", "--model", str(tmp_path / "no-model"), "--quiet"])
    assert code == 2 and "--classifier model needs a trained model" in capsys.readouterr().err


def _outputs(out: Path) -> dict[str, bytes]:
    """Everything a run leaves a reader, the summary's own-run counter aside."""
    found = {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".") and p.name != "summary.json"}
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    summary.pop("files_skipped")
    found["summary.json"] = json.dumps(summary, sort_keys=True).encode()
    return found


def _processes_writing_to(out: Path) -> list[int]:
    """Processes (Linux /proc) whose command line names ``out``."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if str(out).encode() in cmdline.read_bytes():
                found.append(int(cmdline.parent.name))
        except OSError:  # a process that ended while being read
            continue
    return found


@pytest.mark.parametrize("moment", ["parsing", "writing"])
def test_sigkill_then_a_rerun_equals_a_clean_run(tmp_path, moment):
    import signal
    import subprocess
    import sys
    import time

    corpus = tmp_path / "in"
    corpus.mkdir()
    for n in range(30):
        for path in DOCS.glob("00[0-4]_*.txt"):
            (corpus / f"{n:03d}_{path.name}").write_text(path.read_text(encoding="utf-8") + f"\n{n}\n", encoding="utf-8")
    clean, out = tmp_path / "clean", tmp_path / "out"
    options = RunOptions(workers=2, quiet=True, classifier="rules")
    run([corpus], clean, options)
    command = [sys.executable, "-m", "pipeline.cli", "run", str(corpus), "-o", str(out), "--workers", "2", "--quiet", "--classifier", "rules"]
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    if moment == "parsing":
        while _stored(out) < 10 and time.time() < deadline:
            time.sleep(0.05)
    else:  # the first checklists are being written
        while not list(out.glob("*.yaml")) and not list(out.glob(".*.part")) and process.poll() is None and time.time() < deadline:
            time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    # Its workers notice and exit: none is left waiting for work (a deadline of its
    # own: on a loaded machine the run before the kill may have used up the first).
    exit_deadline = time.time() + 60
    while _processes_writing_to(out) and time.time() < exit_deadline:
        time.sleep(0.1)
    assert not _processes_writing_to(out)
    run([corpus], out, options)
    assert not list(out.glob(".*.part"))
    assert _outputs(out) == _outputs(clean)


def test_dask_with_a_separate_scheduler_and_relative_paths(inputs, tmp_path):
    import subprocess
    import sys

    cluster_code = (
        "import time\nfrom dask.distributed import LocalCluster\n"
        "c = LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None)\n"
        "print(c.scheduler_address, flush=True)\ntime.sleep(120)\n"
    )
    elsewhere = tmp_path / "cluster-home"
    elsewhere.mkdir()
    cluster = subprocess.Popen([sys.executable, "-c", cluster_code], cwd=elsewhere, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        address = cluster.stdout.readline().strip()
        done = subprocess.run(
            [sys.executable, "-m", "pipeline.cli", "run", "in", "-o", "out", "--engine", "dask", "--scheduler", address, "--quiet", "--classifier", "rules"],
            cwd=tmp_path, capture_output=True, text=True, timeout=180,
        )
    finally:
        cluster.kill()
        cluster.wait()
    assert done.returncode == 0, done.stderr
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary["files"] == 2 and summary["errors"] == [] and summary["plans"] == 7


def test_an_unreachable_scheduler_is_one_line_and_exit_2(inputs, tmp_path):
    import subprocess
    import sys
    import time

    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "run", str(inputs), "-o", str(tmp_path / "out"), "--engine", "dask",
         "--scheduler", "tcp://127.0.0.1:9", "--connect-timeout", "2", "--quiet", "--classifier", "rules"],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 2 and "no Dask scheduler answered at tcp://127.0.0.1:9" in done.stderr
    assert done.stderr.strip().count("\n") == 0 and "Traceback" not in done.stderr
    assert time.monotonic() - started < 60


def test_the_manifest_is_smaller_than_the_outputs_it_stands_for(inputs, tmp_path):
    from pipeline.runner import MANIFEST_NAME

    out = tmp_path / "out"
    run([inputs], out, QUIET)
    outputs = sum(p.stat().st_size for p in out.iterdir() if not p.name.startswith("."))
    assert (out / MANIFEST_NAME).stat().st_size < outputs


def test_a_plan_repeating_one_of_another_file_says_so_until_that_file_is_gone(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    text = (DOCS / "p05_sanzi_shequ.txt").read_text(encoding="utf-8")
    (inputs / "a.txt").write_text(text, encoding="utf-8")
    (inputs / "b.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"

    def repeats():
        rows = [json.loads(line) for line in (out / "items.jsonl").read_text(encoding="utf-8").splitlines()]
        in_rows = {(row["plan_id"], row["duplicate_of"]) for row in rows}
        in_checklists = {
            (plan["id"], plan["duplicate_of"]) for path in out.glob("*.yaml") for plan in load_yaml(path.read_text(encoding="utf-8"))["plans"]
        }
        assert in_rows == in_checklists
        return in_rows

    run([inputs], out, QUIET)
    assert repeats() == {("a#1", None), ("b#1", "a#1")}
    (inputs / "a.txt").unlink()
    run([inputs], out, QUIET)
    assert repeats() == {("b#1", None)}
