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


def _edited_rules(tmp_path, name, old, new):
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    path = tmp_path / "rules" / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return tmp_path / "rules"


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        ("categories.yaml", "categories: [goal, duty, schedule, control, other]", "categories: [goal, duty, schedule, control, other, risk]", "categories.yaml.*output contract"),
        ("categories.yaml", "  goal: [目标,", "  goals: [目标,", "categories.yaml.*headings: unknown category \\['goals'\\]"),
        ("categories.yaml", "heading_max_chars:", "heading_max_charz:", "categories.yaml.*heading_max_char"),
        ("markers.yaml", "  paren_cn: \"[㈠", "  paren_cn: \"[㈠Ω", "markers.yaml: numerals: paren_cn: the segmenter cannot count 'Ω'"),
        ("markers.yaml", "pattern: \"(?P<num>{circled})、?\"", "pattern: \"({circled})、?\"", "markers.yaml: style 'circled': the pattern needs a group"),
        ("markers.yaml", "run_in_styles: [decimal,", "run_in_styles: [decimals,", "markers.yaml: run_in_styles: unknown style \\['decimals'\\]"),
        ("markers.yaml", "fragments:\n  not_an_amount:", "fragments:\n  cn:", "markers.yaml: fragments: cn named as a numeral class too"),
        ("institutions.yaml", "  deference_before: 16\n", "  deference_befor: 16\n", "institutions.yaml.*windows: missing \\['deference_before'\\]; unknown \\['deference_befor'\\]"),
        ("institutions.yaml", "(?P<owner>[\\\\u4e00-\\\\u9fff]{2,30}?)", "([\\\\u4e00-\\\\u9fff]{2,30}?)", "institutions.yaml.*site_owner: the pattern .* needs a group \\(\\?P<owner>"),
        ("institutions.yaml", "  cover: 5\n", "", "institutions.yaml.*weights: missing \\['cover'\\]"),
        ("institutions.yaml", "lexicon: lexicon.txt.gz", "lexicon: places.txt.gz", "institutions.yaml: lexicon: .*places.txt.gz not found \\(plancheck lexicon builds it\\)"),
        ("boilerplate.yaml", 'chunk_number: "^(?P<num>', 'chunk_number: "^(', "boilerplate.yaml: chunk_number: the pattern needs a group \\(\\?P<num>"),
        ("categories.yaml", "model_may_override: [cues_outweigh,", "model_may_override: [inheritance,", "categories.yaml.*model_may_override: unknown kind\\(s\\) \\['inheritance'\\]"),
        ("institutions.yaml", "(?P<issuer>[\\\\u4e00-\\\\u9fff]{2,20}?)令", "([\\\\u4e00-\\\\u9fff]{2,20}?)令", "institutions.yaml.*needs a group \\(\\?P<issuer>"),
        ("institutions.yaml", 'footer_kind_after: "[', 'footer_kind_after: "(', "institutions.yaml.*footer_kind_after: bad pattern"),
        ("institutions.yaml", "declared:\n", 'declared:\n  - "(?P<issuer>局)文件"\n  - "(?P<issuer>局)文件"\n', "institutions.yaml.*declared: the pattern\\(s\\) \\['\\(\\?P<issuer>局\\)文件'\\]… appear twice"),
        ("institutions.yaml", "  委: \"[托派]\"", "  会: \"[托派]\"", "institutions.yaml.*body_word_not_before: \\['会'\\] not among level_bodies"),
        ("split.yaml", "'(?P<title>[^'", "'([^'", "split.yaml: record_titles: .* needs a group \\(\\?P<title>"),
        ("institutions.yaml", "(?P<unit>", "(", "institutions.yaml.*title_unit: the pattern needs a group \\(\\?P<unit>"),
        ("institutions.yaml", "本(?P<kind>{self_short_forms}", "本({self_short_forms}", "institutions.yaml.*self_definition: the pattern needs a group \\(\\?P<kind>"),
        ("split.yaml", 'keyword_line: "^', 'keyword_line: "^(', "split.yaml: keyword_line: bad pattern"),
        ("split.yaml", 'record_title_key: "title', 'record_title_key: "(title', "split.yaml: record_titles \\(with record_title_key\\): bad pattern"),
        ("institutions.yaml", "kind_overlaps: {大学校: 大学}", "kind_overlaps: {大学校: 学校}", "institutions.yaml.*kind_overlaps: each name ending must start with"),
        ("institutions.yaml", "one_character_place_levels: [县]", "one_character_place_levels: [郡]", "institutions.yaml.*one_character_place_levels: each must be one of levels; not \\['郡'\\]"),
        ("split.yaml", 'clause_modal: "', 'clause_modal: "(', "split.yaml: clause_modal: bad pattern"),
        ("institutions.yaml", "registered_bodies: [股份有限公司", "registered_bodies: [合作社, 股份有限公司", "institutions.yaml.*registered_bodies: each must be one of long_name_bodies; not \\['合作社'\\]"),
    ],
)
def test_rules_are_checked_for_meaning_with_one_line_naming_file_and_field(tmp_path, name, old, new, message):
    with pytest.raises(RulesError, match=message):
        load_rules(_edited_rules(tmp_path, name, old, new))


def test_a_bad_rules_folder_is_one_line_for_every_command(tmp_path, capsys):
    from pipeline.cli import main

    from .conftest import seed

    rules = _edited_rules(tmp_path, "categories.yaml", "  goal: [目标,", "  goals: [目标,")
    for command in (["parse", str(seed("003"))], ["count", str(seed("003"))], ["show", str(seed("003"))], ["run", str(seed("003")), "-o", str(tmp_path / "o")]):
        assert main(["--rules", str(rules), *command]) == 2
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and "categories.yaml" in err, err


def test_the_lexicon_command_rebuilds_the_word_list_the_rules_name(tmp_path, capsys):
    from pipeline.cli import main
    from pipeline.lexicon import load_lexicon

    rules = _edited_rules(tmp_path, "institutions.yaml", "lexicon_min_freq: 100", "lexicon_min_freq: 50")
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text("青山 800 ns\n夯实 66 v\n落实 40 v\n", encoding="utf-8")
    assert main(["--rules", str(rules), "lexicon", "--dictionary", str(dictionary)]) == 0
    assert "rules/lexicon.txt.gz" in capsys.readouterr().out
    lexicon = load_lexicon(rules / "lexicon.txt.gz")
    assert lexicon.get("青山") and lexicon.get("夯实")
    assert lexicon.get("落实") is None  # under the rules' lexicon_min_freq
    assert load_rules(rules).institutions.lexicon_min_freq == 50
