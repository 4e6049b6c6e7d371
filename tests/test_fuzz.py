"""Hostile input: parse never raises, stays linear, and its spans and counts hold.
A few hundred examples a run with a fixed seed; ``bench/fuzz.py`` is the long campaign."""

import time

from hypothesis import given, seed, settings
from hypothesis import strategies as st

from pipeline.ingest import Document, decode_document
from pipeline.models import walk
from pipeline.document import parse_document

PIECES = [
    "安全生产工作方案\n", "关于印发工作方案的通知\n", "(国卫办发〔2020〕8号)\n", "第一篇\n", "一、", "壹、", "㈠", "（二）", "1.", "100、", "1.1 ", "1 总则\n",
    "(3)", "①", "一是", "第一条", "第 二 條", "## ", "**", "> ", "&emsp;", "\\n", "衛(wèi)生", "\r\n", "\n", "。", "，", "— 3 —\n", "相关推荐\n",
    "为加强管理，特制定本方案。\n", "组长:\n", "2026 年 6 月 30 日前", "24小时内", "每季度", "发布机构：河谷县人民政府\n", "\x00", "\ufffd",
]


def _check(text: str, rules) -> None:
    result = parse_document(Document("x.txt", "0" * 64, "utf-8", text), rules)
    for plan in result.plans:
        assert 0 <= plan.span[0] <= plan.span[1] <= len(text)
        items = list(walk(plan.items))
        assert plan.counts.items == len(items) and plan.counts.top_level == len(plan.items)
        for item in items:
            assert plan.span[0] <= item.span[0] <= item.span[1] <= plan.span[1]


@seed(20261130)
@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=60))
def test_parse_never_raises_and_spans_and_counts_hold(rules, parts):
    text = "".join(parts)
    if text.strip():
        _check(text, rules)


@seed(20261130)
@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_are_read_or_refused_with_a_reason(data):
    from pipeline.ingest import IngestError

    try:
        decode_document("x.txt", data)
    except IngestError as exc:
        assert "\n" not in str(exc)


def _parse_seconds(text: str, rules) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        parse_document(Document("x.txt", "0" * 64, "utf-8", text), rules)
        best = min(best, time.perf_counter() - started)
    return best


def test_parse_time_grows_linearly_on_repeated_marker_texts(rules):
    """Doubling the text must not much more than double the time (a quadratic
    step quadruples it). Generous margins: a ratio, never a wall-clock limit."""
    shapes = ["。5.好", "一是好。", "1、甲\n", "（一）乙\n第一条 丙\n", "1.1 丁\n"]
    for shape in shapes:
        small, large = (_parse_seconds(shape * n, rules) for n in (2500, 10000))
        assert large < 10 * small + 0.05, (shape, small, large)  # 4x the text: linear is ~4x
