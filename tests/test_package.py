"""The package as a user installs it: a wheel in a fresh environment, run from
outside the checkout; and the Python API."""

import json
import subprocess
import sys
import sysconfig
from pathlib import Path

import pipeline

from .conftest import ROOT, seed


def test_the_api_parses_a_path_bytes_or_text_and_gives_rows():
    text = "河谷县防汛工作方案\n一、组织领导\n成立指挥部。\n二、工作措施\n排查隐患。\n"
    from_text = pipeline.parse(text)
    from_bytes = pipeline.parse(text.encode("gb18030"), name="plan.txt")
    assert [p.counts.items for p in from_text.plans] == [p.counts.items for p in from_bytes.plans] == [2]
    rows = pipeline.to_rows(pipeline.parse(seed("003")))
    assert len(rows) == 18 and {"when_start", "frequency", "institution_named"} <= set(rows[0])
    assert pipeline.parse(b"").errors == ["text.txt: file is empty"]


def test_parse_many_streams_results_in_order():
    paths = [seed("003"), seed("004"), seed("003")]
    titles = [result.plans[0].title for result in pipeline.parse_many(paths, workers=2, classifier="rules")]
    assert titles[0] == titles[2] != titles[1]


def test_a_wheel_installs_and_runs_outside_the_checkout(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)], check=True, capture_output=True)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], check=True, capture_output=True, text=True).stdout.strip()
    # The dependencies come from this environment's site-packages (a plain path
    # entry: its .pth files, this checkout's editable finder among them, stay unread).
    Path(site, "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    [wheel] = wheels.glob("*.whl")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], check=True, capture_output=True)
    work = tmp_path / "elsewhere"
    work.mkdir()
    doc = work / "plan.txt"
    doc.write_bytes(seed("003").read_bytes())
    plancheck = venv / "bin" / "plancheck"

    def call(*args):
        done = subprocess.run([str(plancheck), *args], cwd=work, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert "18" in call("count", "plan.txt")
    assert "总体要求" in call("show", "plan.txt")
    call("run", "plan.txt", "-o", "out", "--quiet")
    assert json.loads((work / "out" / "summary.json").read_text(encoding="utf-8"))["items"] == 18
    api = "import pipeline; r = pipeline.parse('plan.txt'); print(pipeline.__file__); print(r.plans[0].counts.items)"
    where, items = subprocess.run([str(python), "-c", api], cwd=work, capture_output=True, text=True, check=True).stdout.split()
    assert where.startswith(str(venv)) and items == "18"
