from pipeline.evaluate import FileScore, Report, heads_match, institution_routes_report, match_plans, rule_of, rules_report, same_body, text_head


def test_rule_of_keeps_the_deciding_word_and_drops_scores():
    assert rule_of("heading word '组织领导'") == "heading word '组织领导'"
    assert rule_of("time slot '6月上旬'") == "time slot"
    assert rule_of("model p=0.91 (rules: duty, inherited from parent (duty))") == "model"
    assert rule_of("inherited from parent (control)") == "inherited"


def test_the_rules_report_counts_what_each_rule_got_right():
    score = FileScore("a.txt", 1, 1, 3, 3, 3, 3)
    score.rule_outcomes = [("heading word '要求'", "duty", "control"), ("heading word '要求'", "control", "control"), ("time slot", "schedule", "schedule")]
    lines = rules_report(Report([score])).splitlines()
    assert lines[1].split()[-5:] == ["2", "1", "0.500", "control->duty", "1"]


def test_the_routes_report_counts_the_plans_each_institution_route_got_right_in_order_of_trust():
    first, second = FileScore("a.txt", 2, 2, 0, 0, 0, 0), FileScore("b.txt", 1, 1, 0, 0, 0, 0)
    first.institution_outcomes = [("mentions", True), ("declared", True)]
    second.institution_outcomes = [("mentions", False)]
    lines = institution_routes_report(Report([first, second])).splitlines()
    assert [line.split() for line in lines[1:]] == [["declared", "1", "1", "1.000"], ["mentions", "2", "1", "0.500"]]


def test_plans_are_matched_one_to_one_by_shared_items():
    assert match_plans({(0, 0): 5, (1, 0): 3, (1, 1): 2}) == {0: 0, 1: 1}


def test_a_government_and_its_peoples_government_are_one_body():
    assert same_body("龙里县人民政府", "龙里县政府") and not same_body("龙里县人民政府", "龙里县人民政府办公室")


def test_a_gold_head_written_with_pinyin_ruby_matches_the_items_text():
    # The pipeline drops ruby (normalize); an annotator copies the text as it stands.
    assert heads_match(text_head("門衛(wèi)人員應按時交接班"), text_head("门卫人员应按时交接班，不得脱岗"))
    assert text_head("(一)加强领导") == text_head("（一）加强领导")  # brackets are punctuation, not ruby


def test_owners_are_scored_against_an_annotation_of_each_gold_item(tmp_path):
    from pipeline.api import parse
    from pipeline.evaluate import load_owner_annotation, score_file

    doc = tmp_path / "plan.txt"
    doc.write_text("河谷镇河道保洁方案\n一、巡河。镇水利站负责每日巡河。\n二、保洁。由镇环卫所负责清运。\n三、宣传。广泛宣传爱河护河。\n", encoding="utf-8")
    gold = {"plans": [{"institution": "河谷镇政府", "items": [{"n": "一", "level": 1, "cat": "duty", "text": t} for t in ("巡河", "保洁", "宣传")]}]}
    annotation = tmp_path / "plan.tsv"
    annotation.write_text("idx\ttext_head\towner\n0\t巡河\t镇水利站\n1\t保洁\t镇环卫所、镇城管队\n2\t宣传\t\n", encoding="utf-8")
    owners = load_owner_annotation(annotation)
    assert owners == ["镇水利站", "镇环卫所、镇城管队", ""]
    score = score_file("plan.txt", gold, parse(doc), owners)
    # three items, two state an owner, both found (a list is found by its first name)
    assert (score.owner_items, score.owner_stated, score.owner_found, score.owner_hit) == (3, 2, 2, 2)
    metrics = Report([score]).metrics
    assert (metrics["owner_recall"], metrics["owner_precision"]) == (1.0, 1.0)
    assert Report([score_file("plan.txt", gold, parse(doc))]).metrics["owner_stated_share"] == 0.0  # not annotated


def test_a_second_reading_is_scored_against_the_gold_as_the_pipeline_is():
    from pipeline.evaluate import result_from_gold, score_file

    def gold(second_category, institution):
        items = [
            {"n": "一、", "level": 1, "cat": "goal", "text": "工作目标确保河谷镇汛期安全", "children": [{"n": "1.", "level": 2, "cat": second_category, "text": "每月巡查一次堤防", "when": "每月"}]},
            {"n": "二、", "level": 1, "cat": "control", "text": "保障措施加强组织领导"},
        ]
        return {"genre": "grassroots", "plans": [{"title": "河谷镇防汛工作方案", "institution": institution, "institution_named": True, "items": items}]}

    score = score_file("a.txt", gold("duty", "河谷镇人民政府"), result_from_gold(gold("schedule", "河谷镇政府")))
    assert (score.matched, score.level_ok, score.when_ok) == (3, 3, 3)
    assert score.category_pairs == [("goal", "goal"), ("duty", "schedule"), ("control", "control")]
    assert score.institution_ok == 1  # 人民政府 and 政府 name one body, as for the pipeline
