import pytest

from pipeline.emit import NO_INSTITUTION, checklist_chunks, dump_yaml, load_yaml, safe_filename, write_atomic
from pipeline.models import Checklist
from pipeline.parse import parse_path

from .conftest import seed


@pytest.mark.parametrize("name", ["../x", "a/b", "a\\b", ".hidden", "..", "x" * 300, "名\x00字", "_no-institution"])
def test_unsafe_institution_names_become_safe_file_names(name):
    safe = safe_filename(name)
    assert "/" not in safe and "\\" not in safe and "\x00" not in safe
    assert not safe.startswith(".")
    assert 0 < len(safe) <= 100
    assert safe == safe_filename(name)  # stable


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
