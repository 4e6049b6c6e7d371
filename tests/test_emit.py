import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.emit import NO_INSTITUTION, block_yaml, checklist_chunks, dump_yaml, load_yaml, safe_filename, write_atomic
from pipeline.models import Checklist
from pipeline.document import parse_path

from .conftest import seed


@pytest.mark.parametrize("name", ["../x", "a/b", "a\\b", ".hidden", "..", "x" * 300, "名\x00字", "_no-institution"])
def test_unsafe_institution_names_become_safe_file_names(name):
    safe = safe_filename(name)
    assert "/" not in safe and "\\" not in safe and "\x00" not in safe
    assert not safe.startswith(".")
    assert 0 < len(safe.encode()) <= 200  # bytes: with .yaml and a temporary prefix, under 255
    assert safe == safe_filename(name)  # stable


def test_long_cjk_names_fit_the_file_name_limit_in_bytes(tmp_path):
    name = "河谷县" * 40  # 120 characters, 360 bytes
    target = tmp_path / f"{safe_filename(name)}.yaml"
    write_atomic(target, ["x"])
    assert target.read_text() == "x" and len(target.name.encode()) < 255


def test_names_equal_only_after_unicode_normalisation_get_two_files():
    import unicodedata

    precomposed = "한국기관"
    decomposed = unicodedata.normalize("NFD", precomposed)
    assert safe_filename(precomposed) != safe_filename(decomposed)


def test_outputs_respect_the_umask(tmp_path):
    import os

    old = os.umask(0o022)
    try:
        from pipeline.emit import _file_mode

        _file_mode.cache_clear()
        write_atomic(tmp_path / "a.yaml", ["x"])
        assert (tmp_path / "a.yaml").stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(old)
        _file_mode.cache_clear()


def test_safe_names_never_collide_and_plain_names_stay():
    names = ["a/b", "a_b", "a\\b", "../x", "x", "中连卫生院", "x" * 300, "x" * 301]
    assert len({safe_filename(n) for n in names}) == len(names)
    assert safe_filename("中连卫生院") == "中连卫生院"
    assert safe_filename(None) == NO_INSTITUTION


def test_checklist_yaml_round_trips_through_the_models(rules):
    result = parse_path(seed("004"), rules)
    plans = [p for p in result.plans if p.institution == result.plans[0].institution]
    text = "".join(checklist_chunks(plans[0].institution, plans))
    checklist = Checklist.model_validate(load_yaml(text))
    assert checklist.plans == plans
    assert "".join(checklist_chunks(checklist.institution, checklist.plans)) == text
    assert "組織領導" in text  # Chinese is written as is, not escaped


def test_plans_are_written_as_pyyamls_c_dumper_would_write_them(rules):
    for path in [seed("000"), seed("004")]:
        for plan in parse_path(path, rules).plans:
            data = [plan.model_dump(mode="json")]
            assert block_yaml(data) == dump_yaml(data)


@pytest.mark.parametrize(
    "text",
    ["1", "1.5", "1、", "true", "no", "~", "null", "", " 前后空格 ", "a: b", "a #b", "- x", "'引号'", '"双"', "二\n三", "二\n 缩进", "x\x07", "行\u2028分", "2021-01-01", "#1"],
)
def test_every_scalar_reads_back_as_the_same_string(text):
    data = {"text": text, "list": [text, {"k": text}], "empty": [], "none": None, "n": 3}
    assert load_yaml(block_yaml(data)) == data


@settings(max_examples=300, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(), lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=8))
def test_any_data_reads_back_equal(value):
    data = {"value": value}
    assert load_yaml(block_yaml(data)) == data


def test_yaml_keeps_key_order_and_unicode():
    assert dump_yaml({"b": "一", "a": 1}) == "b: 一\na: 1\n"


def test_atomic_write_leaves_the_old_file_when_interrupted(tmp_path):
    target = tmp_path / "out.yaml"
    write_atomic(target, ["old\n"])

    def chunks():
        yield "new, half"
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, chunks())
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"]


def test_a_plan_repeating_another_files_plan_says_which_in_yaml_and_rows():
    from pipeline.emit import plan_chunk_repeating, rows_repeating

    chunk = "- id: b#1\n  title: 方案\n  duplicate_of: null\n  items: []\n"
    assert load_yaml("plans:\n" + plan_chunk_repeating(chunk, "a#1"))["plans"][0]["duplicate_of"] == "a#1"
    rows = '{"plan_id":"b#1","duplicate_of":null,"item_id":"1"}\n{"plan_id":"b#2","duplicate_of":null,"item_id":"1"}\n'
    assert rows_repeating(rows, {"b#1": "a#1"}).splitlines() == [
        '{"plan_id":"b#1","duplicate_of":"a#1","item_id":"1"}',
        '{"plan_id":"b#2","duplicate_of":null,"item_id":"1"}',
    ]
