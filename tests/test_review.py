"""The review page, as a person uses it: headless Chromium (Debian's chromium
package, driven by Playwright) changes an item's category and a plan's
institution; the saved gold loads and scores with plancheck eval."""

import shutil
import threading

import pytest
import yaml

from pipeline.cli import main
from pipeline.document import parse_path
from pipeline.review import apply_edit, gold_from_flat, gold_from_result, start_review

from .conftest import seed

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def test_edits_change_the_flat_items_and_the_tree_follows_the_levels(rules):
    state = gold_from_result(parse_path(seed("003"), rules), "seed 003", "national")
    apply_edit(state, {"plan": 0, "item": 1, "field": "cat", "value": "other"})
    apply_edit(state, {"plan": 0, "item": 2, "action": "merge"})
    apply_edit(state, {"plan": 0, "field": "institution", "value": "河谷省卫生健康委"})
    apply_edit(state, {"plan": 0, "item": 3, "action": "split", "n": "一是", "text": "加强 巡查 值守"})
    assert state["plans"][0]["items"][4] == {**{k: state["plans"][0]["items"][3][k] for k in ("level", "cat")}, "n": "一是", "text": "加强巡查值守"}
    apply_edit(state, {"plan": 0, "item": 4, "action": "drop"})
    with pytest.raises(ValueError):
        apply_edit(state, {"plan": 0, "item": 1, "field": "cat", "value": "risk"})
    gold = gold_from_flat(state)
    assert gold["plans"][0]["institution"] == "河谷省卫生健康委" and gold["plans"][0]["items"][1]["cat"] == "other"
    assert sum(1 for _ in _walk(gold["plans"][0]["items"])) == 17


def _walk(nodes):
    for node in nodes:
        yield node
        yield from _walk(node["children"])


def test_the_review_page_in_a_browser_saves_gold_that_eval_scores(rules, tmp_path):
    if CHROMIUM is None:
        pytest.fail("the browser tests need Debian's chromium package: apt-get install chromium (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    docs = tmp_path / "docs"
    docs.mkdir()
    document = docs / seed("003").name
    document.write_bytes(seed("003").read_bytes())
    gold_dir = tmp_path / "gold"
    server = start_review(parse_path(document, rules), gold_dir, "national")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    errors = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
            page = browser.new_page()
            page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
            page.goto(server.url)
            page.select_option("tr[data-item='1'] select", "other")
            page.wait_for_function("document.getElementById('status').textContent.startsWith('saved')")
            page.evaluate("document.getElementById('status').textContent = ''")
            page.fill("input[data-field='institution']", "河谷省卫生健康委")
            page.press("input[data-field='institution']", "Tab")
            page.wait_for_function("document.getElementById('status').textContent.startsWith('saved')")
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    assert errors == []
    gold = yaml.safe_load((gold_dir / f"{document.stem}.yaml").read_text(encoding="utf-8"))
    assert gold["plans"][0]["institution"] == "河谷省卫生健康委" and gold["plans"][0]["items"][1]["cat"] == "other"
    assert gold["origin"] and gold["genre"] == "national"
    assert main(["eval", str(gold_dir), str(docs), "--classifier", "rules", "--min-item-f1", "0.99"]) == 0
