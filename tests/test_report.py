import re

from pipeline.cli import main
from pipeline.report import unsureness

from .conftest import seed


def test_a_run_report_is_one_self_contained_page(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for prefix in ("002", "003", "004"):
        (folder / seed(prefix).name).write_bytes(seed(prefix).read_bytes())
    out = tmp_path / "out"
    assert main(["run", str(folder), "-o", str(out), "--quiet", "--report", "--classifier", "rules"]) == 0
    page = (out / "report.html").read_text(encoding="utf-8")
    labels = re.findall(r"<svg role='img' aria-label='([^']+)'", page)
    assert labels == ["items per plan", "categories per institution", "levels per plan", "timeline of dated items"]
    assert not re.search(r"<(?:script|link|img)[^>]+(?:src|href)=['\"]https?:", page)  # nothing fetched at view time
    assert page.count("<details id='plan-") == 43 and "<mark>一、</mark>" in page
    assert "全省卫生健康系统安全生产领域" in page


def test_least_sure_means_a_model_probability_near_its_threshold_or_a_weak_rule():
    assert unsureness({"why": "model p=0.86 (rules: duty, default)"}) > unsureness({"why": "model p=0.99 (rules: duty)"}) > 0
    assert unsureness({"why": "heading word '组织领导'"}) == 0 and unsureness({"why": "default"}) > 0


def test_report_needs_a_run(tmp_path, capsys):
    assert main(["report", str(tmp_path)]) == 2
    assert "no summary.json" in capsys.readouterr().err
