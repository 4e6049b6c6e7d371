from pipeline.checks import plan_warnings, text_warnings
from pipeline.ingest import Document
from pipeline.document import parse_document


def _parse(text, rules):
    return parse_document(Document("plan.txt", "0" * 64, "utf-8", text), rules)


def codes(plan, rules):
    return [w.code for w in plan_warnings(plan, rules)]


def test_numbering_that_jumps_is_flagged(rules):
    [plan] = _parse("河谷县防汛工作方案\n一、组织领导\n二、工作措施\n七、工作要求\n", rules).plans
    [warning] = plan_warnings(plan, rules)
    assert warning.code == "numbering-jump" and "二、→七、" in warning.message


def test_one_item_swallowing_the_plan_is_flagged(rules):
    text = "河谷县防汛工作方案\n一、组织领导\n" + "加强领导，落实责任，全面排查隐患。" * 30 + "\n二、工作要求\n严格执行。\n"
    [plan] = _parse(text, rules).plans
    assert codes(plan, rules) == ["item-holds-most"]


def test_a_well_formed_plan_has_no_warnings(rules):
    [plan] = _parse("河谷县防汛工作方案\n一、组织领导\n成立指挥部。\n二、工作措施\n排查隐患。\n三、工作要求\n严格执行。\n", rules).plans
    assert codes(plan, rules) == []


def test_markers_but_no_items_is_flagged_on_the_file(rules):
    result = _parse("河谷县防汛工作方案\n正文。\n", rules)
    assert text_warnings("1、甲\n2、乙\n3、丙\n", result.plans, rules)[0].code == "markers-no-items"


def test_a_plan_repeating_another_word_for_word_is_marked_a_duplicate(rules):
    plan = "河谷县防汛工作方案\n一、组织领导\n成立指挥部。\n二、工作措施\n排查隐患。\n"
    first, second = _parse(plan + plan, rules).plans
    assert first.duplicate_of is None and second.duplicate_of == first.id
