import shutil

import pytest

from pipeline.rules import (
    AnchoredPattern,
    LinePatterns,
    RulesError,
    _compile_all,
    load_rules,
)

from .conftest import ROOT


def test_line_patterns_anchored_at_the_start_only_match_there():
    patterns = LinePatterns(["^当前位置", "不代表本站观点"], "test")
    assert patterns.search("当前位置:首页")
    assert not patterns.search("首页 当前位置")
    assert patterns.search("本文仅供参考,不代表本站观点。")


def test_a_pattern_with_an_unanchored_branch_is_searched_everywhere():
    patterns = LinePatterns(["^来源:|版权所有"], "test")
    assert patterns.search("本站版权所有")
    assert patterns.search("来源:新华网")


def test_an_anchored_pattern_gives_the_first_match_of_its_pattern():
    owner = AnchoredPattern(_compile_all(["(?P<owner>[\\u4e00-\\u9fff]{2,15}?)牵头"], "test")[0], "牵头", 15, "test")
    text = "加强学校周边治安管理,各有关部门配合,由公安局牵头,教育局参与。"
    assert owner.search(text).span() == owner.pattern.search(text).span()
    assert owner.search("没有责任单位。") is None


def test_a_bad_pattern_is_a_clear_error():
    with pytest.raises(RulesError, match="test: bad pattern"):
        LinePatterns(["(unclosed"], "test")


def test_a_key_written_twice_in_a_rule_file_is_an_error(tmp_path):
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    owners = tmp_path / "rules" / "owners.yaml"
    owners.write_text(owners.read_text(encoding="utf-8") + "patterns: []\n", encoding="utf-8")
    with pytest.raises(RulesError, match="owners.yaml: not valid YAML: .*'patterns' appears twice"):
        load_rules(tmp_path / "rules")
