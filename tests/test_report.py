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


def test_the_report_shows_every_chart_and_table_in_a_browser_without_console_errors(tmp_path):
    from .test_review import CHROMIUM, CHROMIUM_FLAGS

    if CHROMIUM is None:
        import pytest

        pytest.fail("the browser tests need Debian's chromium package: apt-get install chromium (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    folder = tmp_path / "in"
    folder.mkdir()
    for prefix in ("003", "004"):
        (folder / seed(prefix).name).write_bytes(seed(prefix).read_bytes())
    out = tmp_path / "out"
    assert main(["run", str(folder), "-o", str(out), "--quiet", "--report", "--classifier", "rules"]) == 0
    errors = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page()
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto((out / "report.html").as_uri())
        charts = page.locator("svg[role='img']")
        assert charts.count() == 4 and all(charts.nth(i).is_visible() for i in range(4))
        assert page.locator("#plans tbody tr").count() == 7
        page.fill("#filter", "神華")
        assert page.locator("#plans tbody tr:visible").count() == 1
        page.click("#plans th:nth-child(4)")  # sort by items
        browser.close()
    assert errors == []
