import copy
import shutil

import numpy as np
import pytest

from pipeline.classify import classify_by_rules, classify_tree, heading_category, model_may_override
from pipeline.model import DEFAULT_MODEL_DIR, WEIGHTS_FILE, ModelError, _orth_key, load_model, load_model_or_warn
from pipeline.segment import segment_plan

from .conftest import seed


def category(rules, text, parent=None, marker="一、", style="cn_list"):
    return classify_by_rules(text, marker, parent, rules, style).category


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("工作目标", "goal"),
        ("指导思想", "goal"),
        ("基本原则", "goal"),
        ("主要任务", "duty"),
        ("整治重点", "duty"),
        ("时间安排", "schedule"),
        ("实施步骤", "schedule"),
        ("整治时间", "schedule"),
        ("活动安排", "schedule"),
        ("工作行事历", "schedule"),
        ("保障措施", "control"),
        ("组织领导", "control"),
        ("工作要求", "control"),
        ("适用范围", "other"),
        ("联系方式", "other"),
        ("总　则", "other"),  # a regulation's chapter heading, spaced out
        ("附 则", "other"),
        ("编制依据", "other"),
        ("选取条件", "other"),
        ("组织体系", "control"),  # an emergency plan's command structure
        ("法律责任", "control"),  # a regulation's penalties
        ("罚　则", "control"),
        ("奖励与惩罚", "control"),
        ("违规行为的处理", "control"),
        ("工程概况", "other"),  # the situation a plan starts from
        ("应急工作小组组成", "control"),  # a group's make-up: organisation
        ("组织与分工", "control"),
        ("安全生产组织架构", "control"),
        ("业务范围", "duty"),  # a charter's chapters, as the civil-affairs model charter heads them: its work
        ("资产管理、使用原则", "control"),  # …its funds (not the 原则 of a goal)
        ("经费来源", "control"),
    ],
)
def test_a_heading_names_its_category(rules, heading, expected):
    assert category(rules, f"{heading}\n为确保工作顺利开展，制定如下措施。") == expected


def test_a_heading_word_may_name_another_category_under_another_marker(rules):
    # A regulation's 第一章 总则 states its purpose and principles; a plan's 1 总则 its basis and scope.
    assert category(rules, "总则", marker="第一章", style="chapter") == "goal"
    assert category(rules, "总则", marker="1", style="section_number") == "other"


def test_an_aims_or_a_theme_heading_states_a_goal(rules):
    # a charter's 宗旨 and an event's 活动主题, whatever words follow them
    assert category(rules, "宗旨\n服务会员，团结同行。") == "goal"
    assert category(rules, "活动主题\n书香校园，快乐阅读") == "goal"


def test_a_target_responsibility_heading_is_control_though_it_names_a_target(rules):
    assert category(rules, "明确目标责任\n为确保工作顺利开展，制定如下措施。") == "control"
    assert category(rules, "完善目标考核办法\n为确保工作顺利开展，制定如下措施。") == "control"
    assert category(rules, "工作目标\n为确保工作顺利开展，制定如下措施。") == "goal"


def test_the_shipped_rules_leave_a_duties_or_an_assessment_heading_to_a_sure_model(rules):
    # a body's 职责 are often its controls, and 考核 heads criteria as often as checks: the corpus shows them unsure
    for heading in ("岗位职责", "考核办法"):
        decision = classify_by_rules(f"{heading}\n按月进行。", "一、", None, rules, "cn_list")
        assert decision.kind == "heading" and model_may_override(decision, rules)
    assert not model_may_override(classify_by_rules("保障措施\n按月进行。", "一、", None, rules, "cn_list"), rules)


def test_a_theme_meeting_is_no_theme_heading(rules):
    # 主题 alone is no heading word: a class's theme meeting is a task
    assert category(rules, "召开主题班会\n各班组织学生讨论安全知识。") != "goal"


def test_heading_words_count_only_in_a_real_heading(rules):
    # 明确任务,落实责任 is an instruction, not the 工作任务 section.
    assert category(rules, "明确任务,落实责任。将责任层层拆解到人，形成责任体系。", parent="control") == "control"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("坚决杜绝刑事案件和医疗差错事故，确保零事故目标。", "goal"),
        ("加强安全隐患排查，开展专项整治和应急演练培训。", "duty"),
        ("全院职工签订安全生产责任状，落实安全生产责任制，严肃追究问责。", "control"),
        ("服务资助所需资金纳入市、区部门预算，补贴按季度发放。", "control"),
    ],
)
def test_cue_words_decide_items_without_a_parent(rules, text, expected):
    assert category(rules, text, marker="1、", style="ar_list") == expected


def test_a_time_slot_makes_a_schedule_item_and_its_steps_duties(norm, rules):
    text = "(二)排查整治(2020年5月至12月)。\n1.全面排查隐患。\n2.建立问题清单。\n"
    result = norm(text)
    roots = segment_plan(result, 0, len(result.proc), rules)
    decisions = classify_tree(roots, lambda n: result.proc[n.marker.end : n.end], lambda n: result.proc[n.start : n.marker.end], rules)
    assert [decisions[n.start].category for n in [roots[0], *roots[0].children]] == ["schedule", "duty", "duty"]


def test_stages_are_schedule_items(rules):
    assert category(rules, "宣传发动", marker="第一阶段:", style="stage") == "schedule"


def test_a_date_opening_a_long_first_sentence_is_the_items_slot(rules):
    text = "3月5日，召开全镇安全生产工作会议，通报上一年度全镇安全生产工作情况，部署本年度重点任务，与各村签订安全生产目标责任书。"
    assert category(rules, text, parent="duty", marker="1、", style="ar_list") == "schedule"


def test_a_date_after_a_label_naming_a_time_is_the_items_slot(rules):
    assert category(rules, "颁奖日期:104年5月27日(星期三)", parent="duty", marker="(三)", style="cn_paren") == "schedule"
    # …but a goal's deadline after its own label is no slot.
    assert category(rules, "工作目标:2025年底前实现全覆盖。", parent="goal", marker="1.", style="ar_list") == "goal"


def test_a_day_after_a_short_label_is_the_items_slot(rules):
    assert category(rules, "河谷节:3月8日放假,与周末连休。", parent="duty", marker="三、", style="cn_list") == "schedule"
    # …but a year, or a deadline, after a label is no slot.
    assert category(rules, "工作目标:到2027年建成示范区。", parent="goal", marker="1.", style="ar_list") == "goal"
    assert category(rules, "工作目标:6月底前完成全部改造。", parent="goal", marker="1.", style="ar_list") == "goal"


def test_the_situation_a_plan_starts_from_is_other(rules):
    text = "存在部分企业主体责任落实不到位、隐患排查整改不彻底等问题;"
    assert category(rules, text, parent="duty", marker="一是", style="ordinal") == "other"


def test_a_year_in_a_topic_name_is_not_a_time_slot(rules):
    assert category(rules, "危险化学品安全专项整治2021年集中攻坚。", parent="duty", marker="(三)", style="cn_paren") == "duty"
    assert category(rules, "《中华人民共和国土地管理法》(2019年修订);", parent="other", marker="1)", style="ar_half_paren") == "other"
    assert category(rules, "开会五日前公布会议议程和相关事项;", parent="duty", marker="(一)", style="cn_paren") == "duty"


def test_children_inherit_unless_their_own_words_clearly_differ(rules):
    assert category(rules, "建立台账，逐项整改。", parent="control", marker="1.", style="ar_list") == "control"
    # Inspecting hazards is a duty; checking whether units deliver is a control.
    assert category(rules, "严肃追究责任，实行问责，纳入考核并通报。", parent="duty", marker="1.", style="ar_list") == "control"


@pytest.mark.parametrize(
    "text",
    [
        "本制度所称安全生产隐患，是指违反安全生产法律法规的行为。",
        "本制度自发布之日起执行。",
        "本办法经教务会议通过后实施，修正时亦同。",
        "化工企业:玉桥化工厂、友谊肉联厂、金湘木业有限公司;",
        "本办法适用于本市行政区域内政务数据的采集、共享和开放。",
        "本市政务部门采集汇聚、共享开放政务数据,适用本办法。",
        "本要点所称研习营,指学生自行组织的短期课程。",
        "研习营导师系指经学院认可指导研习营的教师。",  # 係指, in simplified script
        "本规定由河谷市农业农村局负责解释。",
        "本细则与国家规定不一致的,以国家规定为准。",
        "本办法用语,定义如下:",
    ],
)
def test_definitions_scope_effective_dates_and_unit_lists_are_other(rules, text):
    assert category(rules, text, parent="duty", marker="第三条", style="article") == "other"


def test_a_system_word_before_zhi_is_no_definition(rules):
    assert category(rules, "建立安全防控体系指导学校开展辨识评估。", parent="duty", marker="第三条", style="article") == "duty"


def test_the_conditions_a_rule_applies_to_are_other_and_the_conduct_it_punishes_control(rules):
    assert category(rules, "符合下列条件者，授予学士学位：", parent="duty", marker="第五条", style="article") == "other"
    assert category(rules, "下列人员不能确定为村级组织候选人：", parent="duty", marker="3.", style="ar_list") == "other"
    assert category(rules, "会员享有下列权利：", parent="duty", marker="第八条", style="article") == "other"  # the rights a rule grants
    assert category(rules, "有以下情形之一的，不予受理：", parent="duty", marker="（二）", style="cn_paren") == "control"
    punished = "举报人有下列情形之一的，依法予以处理；构成犯罪的，依法追究刑事责任："
    assert category(rules, punished, parent="duty", marker="第二十条", style="article") == "control"


def test_the_sanction_a_rules_first_sentence_sets_for_a_conduct_is_control(rules):
    assert category(rules, "在宿舍内私接电线者,勒令退学。", parent="duty", marker="五、", style="cn_comma") == "control"
    assert category(rules, "无故旷课三天的,给予警告处分。", parent="duty", marker="3.", style="ar_list") == "control"
    # …not a body's own work of deciding penalties
    assert category(rules, "市场监管部门应当公示作出的行政处罚决定信息。", parent="duty", marker="第二条", style="article") == "duty"


def test_the_purpose_a_rule_states_for_itself_is_a_goal_and_its_basis_alone_is_not(rules):
    assert category(rules, "为规范公立医院的管理和服务行为,制定本办法。", parent="other", marker="第一条", style="article") == "goal"
    assert category(rules, "根据《环境保护税法》,制定本条例。", parent="other", marker="第一条", style="article") == "other"


class _SureOfControl:
    """A stand-in model that is always sure an item is a control."""

    def predict(self, texts):
        return [{"goal": 0.0, "duty": 0.0, "schedule": 0.0, "control": 1.0, "other": 0.0} for _ in texts]


def _overridable(rules, kinds):
    """The project's rules with the model allowed to override these kinds of rule decision only."""
    fixed = copy.copy(rules)
    fixed.categories = rules.categories.model_copy(update={"model_may_override": kinds, "model_override_confidence": 0.85})
    return fixed


class _Reader:
    """A stand-in model that keeps what it is given to read."""

    def __init__(self):
        self.read = []

    def predict(self, texts):
        self.read += list(texts)
        return [{"goal": 0.2, "duty": 0.2, "schedule": 0.2, "control": 0.2, "other": 0.2} for _ in self.read]


def _model_reads(norm, rules, text: str) -> list[str]:
    """What the model is given to read for each item of ``text``, one plan."""
    result = norm(text)
    roots = segment_plan(result, 0, len(result.proc), rules)
    reader = _Reader()
    classify_tree(roots, lambda n: result.proc[n.marker.end : n.end], lambda n: result.proc[n.start : n.marker.end], rules, reader, "model")
    return reader.read


def test_the_model_reads_an_items_section_heading_as_well_as_its_parents(norm, rules):
    from pipeline.api import parse
    from pipeline.train import model_texts

    text = "河谷镇防汛工作方案\n一、保障措施\n（一）加强宣传\n1.张贴标语。\n"
    read = _model_reads(norm, rules, text)
    grandchild = read[-1]
    assert "保障措施" in grandchild and "加强宣传" in grandchild  # the section, then the parent
    assert read[1].count("保障措施") == 1  # …a child of the section reads it once, as its parent
    # Training reads every item the same way.
    assert model_texts(parse(text, classifier="rules"), rules)[-1] == grandchild


def test_the_model_overrides_only_the_kinds_of_rule_decision_it_may(norm, rules):
    result = norm("一、工作任务\n（一）开展隐患排查。\n二、其他事项\n")
    tasks, others = segment_plan(result, 0, len(result.proc), rules)
    [inspection] = tasks.children

    def own(node):
        return result.proc[node.marker.end : node.end]

    def marker(node):
        return result.proc[node.start : node.marker.end]

    weak = _overridable(rules, ["cues_outweigh", "cues", "default"])
    both = classify_tree([tasks, others], own, marker, weak, _SureOfControl(), "both")
    assert (both[tasks.start].category, both[tasks.start].kind) == ("duty", "heading")  # a heading word settles it
    assert (both[inspection.start].category, both[inspection.start].kind) == ("duty", "inherited")  # not the model's to overturn
    assert (both[others.start].category, both[others.start].kind) == ("control", "model")  # no rule evidence at all
    assert classify_tree([tasks, others], own, marker, weak, _SureOfControl(), "model")[inspection.start].category == "control"
    # …and where inheritance is open to it, the model may overturn what an item only inherited.
    opened = classify_tree([tasks, others], own, marker, _overridable(rules, ["cues_outweigh", "cues", "default", "inherited"]), _SureOfControl(), "both")
    assert (opened[tasks.start].kind, opened[inspection.start].kind) == ("heading", "model")


def test_the_model_may_override_a_heading_word_or_pattern_listed_as_unsure_and_no_other(norm, rules):
    result = norm("一、工作任务\n（一）开展隐患排查。\n二、其他事项\n")
    tasks, others = segment_plan(result, 0, len(result.proc), rules)

    def decide(words):
        fixed = _overridable(rules, ["default"])
        fixed.categories = fixed.categories.model_copy(update={"model_may_override_words": words})
        return classify_tree([tasks, others], lambda n: result.proc[n.marker.end : n.end], lambda n: result.proc[n.start : n.marker.end], fixed, _SureOfControl(), "both")

    assert decide([])[tasks.start].kind == "heading"
    assert (decide(["任务"])[tasks.start].category, decide(["任务"])[tasks.start].kind) == ("control", "model")
    assert decide(["目标"])[tasks.start].kind == "heading"  # another word: still the rules'


def test_items_that_only_inherit_follow_a_parent_the_model_decided(norm, rules):
    result = norm("一、退会办法\n（一）会员连续两年不缴纳会费。\n")
    [section] = segment_plan(result, 0, len(result.proc), rules)
    [ground] = section.children

    weak = _overridable(rules, ["cues_outweigh", "cues", "default"])
    decisions = classify_tree([section], lambda n: result.proc[n.marker.end : n.end], lambda n: result.proc[n.start : n.marker.end], weak, _SureOfControl(), "both")
    assert decisions[section.start].kind == "model"
    assert (decisions[ground.start].category, decisions[ground.start].kind) == ("control", "inherited")


def test_a_scoring_schemes_items_nothing_else_decides_state_criteria(norm, rules):
    from pipeline.classify import plan_default

    assert plan_default("河谷中学宿舍卫生检查评分细则", rules) == "other"
    assert plan_default("河谷学院本科生综合评价实施细则", rules) == "other"
    assert plan_default("关于印发《河谷大学本科生素质综合评价实施办法》的通知", rules) == "other"
    assert plan_default("河谷市农商银行普惠贷款业绩评价方案(试行)", rules) == "other"
    assert plan_default("河谷中学安全工作实施方案", rules) == rules.categories.default
    result = norm("一、宿舍卫生\n1.地面整洁，无杂物。\n2.被子叠放整齐。\n二、工作要求\n1.检查员如实记录。\n")
    hygiene, requirements = segment_plan(result, 0, len(result.proc), rules)

    def own(node):
        return result.proc[node.marker.end : node.end]

    def marker(node):
        return result.proc[node.start : node.marker.end]

    defaults = {hygiene.start: "other", requirements.start: "other"}
    decided = classify_tree([hygiene, requirements], own, marker, rules, None, "rules", defaults)
    assert [decided[n.start].category for n in (hygiene, *hygiene.children)] == ["other", "other", "other"]
    assert decided[requirements.start].category == "control"  # a heading word still decides
    assert classify_tree([hygiene, requirements], own, marker, rules, None, "rules")[hygiene.start].category == "duty"


def test_a_missing_model_is_a_clear_error_and_rules_carry_on(tmp_path, capsys):
    with pytest.raises(ModelError, match="no trained model"):
        load_model(str(tmp_path))
    assert load_model_or_warn(str(tmp_path)) is None
    assert "classifying by rules only" in capsys.readouterr().err


def test_a_corrupt_model_is_a_clear_error(tmp_path):
    (tmp_path / "config.cfg").write_text("[nlp]\nlang = \n this is not a config", encoding="utf-8")
    with pytest.raises(ModelError, match="cannot load the model"):
        load_model(str(tmp_path))


def test_the_shipped_model_loads_and_scores_every_category():
    model = load_model()
    [scores] = model.predict(["duty:inherited|control|保障措施|(一)加强组织领导,成立领导小组"])
    assert set(scores) == {"goal", "duty", "schedule", "control", "other"}
    assert abs(sum(scores.values()) - 1.0) < 1e-3


@pytest.fixture(scope="module")
def small_spacy_model():
    """A spaCy pipeline trained with the project's config on a few examples (the shipped
    model keeps only its exported weights)."""
    from pipeline.model import Example, train

    texts = {
        "goal": ["A0l|goal:cue|-||一、工作目标到年底全面建成", "A1l|goal:cue|goal|工作目标|1、覆盖率达到95%以上"],
        "duty": ["M0h|duty:default|-||二、重点任务开展隐患排查", "M1l|duty:inherited|duty|重点任务|1、全面排查校园周边"],
        "schedule": ["Y0h|schedule:cue|-||三、实施步骤分三个阶段", "Y1l|schedule:cue|schedule|实施步骤|1、3月1日至3月15日动员部署"],
        "control": ["Z0h|control:cue|-||四、保障措施加强组织领导", "Z1l|control:inherited|control|保障措施|1、成立领导小组"],
        "other": ["B0l|other:default|-||附件:统计表", "B1l|other:default|other|附则|本办法自印发之日起施行"],
    }
    return train([Example(text, label) for label, group in texts.items() for text in group])


def test_the_numpy_inference_gives_spacys_probabilities(small_spacy_model, tmp_path):
    from spacy.tokens import Doc

    from pipeline.model import CategoryModel, save

    nlp = small_spacy_model
    textcat = nlp.get_pipe("textcat")
    opening = seed("002").read_text(encoding="utf-8")[:3000]
    texts = ["其他", "goal:cue|-||1、全面排查"] + [f"duty:cue|control|保障措施|{opening[i : i + 60]}" for i in range(0, 2900, 97)]
    theirs = [textcat(Doc(nlp.vocab, words=list(text), spaces=[False] * len(text))).cats for text in texts]
    ours = CategoryModel.from_spacy(nlp).predict(texts)  # one batch: n-grams must not run across items
    for mine, spacys in zip(ours, theirs, strict=True):
        assert mine.keys() == spacys.keys()
        assert max(abs(mine[label] - spacys[label]) for label in mine) < 1e-5
    # …and as saved (half-precision weights, loaded without spaCy): within a thousandth
    save(nlp, tmp_path / "model")
    assert not (tmp_path / "model" / "textcat").exists()  # spaCy's own copy is not kept
    saved = load_model(str(tmp_path / "model")).predict(texts)
    for mine, spacys in zip(saved, theirs, strict=True):
        assert max(abs(mine[label] - spacys[label]) for label in mine) < 1e-3


def test_training_sets_adams_subnormal_moments_to_zero_and_keeps_the_rest():
    from thinc.api import Adam

    from pipeline.model import flush_subnormal_moments

    optimizer = Adam(0.005)
    optimizer.mom1["weights"] = np.array([1e-3, 1e-39, -1e-40, 0.0], dtype=np.float32)
    optimizer.mom2["weights"] = np.array([2e-38, 1e-45, 1e-6, 0.0], dtype=np.float32)
    flush_subnormal_moments(optimizer)
    assert np.array_equal(optimizer.mom1["weights"], np.array([1e-3, 0.0, 0.0, 0.0], dtype=np.float32))
    assert np.array_equal(optimizer.mom2["weights"], np.array([2e-38, 0.0, 1e-6, 0.0], dtype=np.float32))


def test_characters_are_keyed_as_spacy_keys_them():
    from spacy.strings import hash_string

    for text in ["一", "|", "a", "衛", "é", "𠀀", "", "八个字节以上的字符串"]:
        assert _orth_key(text) == hash_string(text)


def test_damaged_exported_weights_are_a_clear_error(tmp_path):
    shutil.copytree(DEFAULT_MODEL_DIR, tmp_path / "model")
    (tmp_path / "model" / WEIGHTS_FILE).write_bytes(b"not numpy")
    with pytest.raises(ModelError, match="cannot load the model"):
        load_model(str(tmp_path / "model"))


def test_the_model_refuses_an_empty_text():
    with pytest.raises(ValueError, match="empty"):
        load_model().predict(["goal:cue|-||1、", ""])


def test_the_model_reads_where_an_item_stands_in_its_plan(norm, rules):
    from pipeline.api import parse
    from pipeline.train import model_texts

    text = "河谷镇防汛工作方案\n一、工作目标\n二、工作任务\n（一）清理河道。\n三、督查考核\n四、保障措施\n"
    # first, second (heading a task), its task, last but one, last
    assert [read.split("|")[0] for read in _model_reads(norm, rules, text)] == ["A0l", "B0h", "B1l", "Y0l", "Z0l"]
    # …each plan of a file counted on its own, in training as at run time
    two = text + "河谷镇抗旱工作方案\n一、工作目标\n二、保障措施\n"
    assert [read.split("|")[0] for read in model_texts(parse(two, classifier="rules"), rules)][-2:] == ["A0l", "Z0l"]


def test_a_bodys_composition_powers_and_term_are_control(rules):
    assert category(rules, "理事会由七名理事组成,任期三年,可连选连任。", marker="第十条", style="article") == "control"
    assert category(rules, "监事会行使下列职权:", marker="第二十条", style="article") == "control"


def test_a_heading_word_read_across_the_headings_own_words_names_nothing(rules):
    # 建设项目的… holds 目的 only across 项目|的; 编制目的 and 附则 (附|则) keep theirs
    assert heading_category("建设项目的环境影响评价", rules) is None
    assert heading_category("编制目的", rules) == ("goal", "目的")
    assert heading_category("附则", rules) == ("other", "附则")
