import pytest

from pipeline.normalize import normalize
from pipeline.segment import chinese_number, line_marker, numbers_on, segment_plan


def tree(norm, rules, text):
    """(marker, level) of every item, in document order."""
    result = norm(text)
    out = []

    def visit(nodes):
        for node in nodes:
            out.append((result.clean[node.start : node.marker.end].strip(), node.level))
            visit(node.children)

    visit(segment_plan(result, 0, len(result.proc), rules))
    return out


def own_texts(norm, rules, text):
    result = norm(text)
    texts = []

    def visit(nodes):
        for node in nodes:
            texts.append(result.clean[node.marker.end : node.end].strip())
            visit(node.children)

    visit(segment_plan(result, 0, len(result.proc), rules))
    return texts


@pytest.mark.parametrize(
    "marker",
    ["一、", "一 、", "十二、", "三，", "（一）", "(二)", "〔三〕", "1、", "1.", "1 .", "1．", "1)", "（1）", "⑴", "①", "第一条", "第一章", "第一节", "第一阶段:", "第一步", "A.", "第三，", "一是、", "二是，", "（一）、", "1.、", "(1)、", "①、", "第一条：", "第一章、", "第一阶段、"],
)
def test_every_marker_style_at_line_start(norm, rules, marker):
    items = tree(norm, rules, f"{marker}加强组织领导，成立领导小组。\n")
    assert items == [(marker, 1)]


def test_markers_are_kept_as_written_in_traditional_text(norm, rules):
    text = "一、組織領導\n（一）領導小組\n二、工作安排\n第一階段:宣傳發動(4月30日前)\n"
    assert tree(norm, rules, text) == [("一、", 1), ("（一）", 2), ("二、", 1), ("第一階段:", 2)]


def test_an_inline_list_in_the_preamble_stays_at_level_one_and_spaced_markers_nest(norm, rules):
    text = "今年的主要任务是：1.深化专项整治；2.推进标准化建设。具体安排如下：\n一 、强化责任落实\n（1）签订责任书。\n二 、深化隐患排查\n"
    assert tree(norm, rules, text) == [("1.", 1), ("2.", 1), ("一 、", 1), ("（1）", 2), ("二 、", 1)]


def test_usual_nesting(norm, rules):
    text = "一、工作目标\n（一）总体目标\n1.降低事故\n（1）每月检查\n①建立台账\n②定期报送\n二、工作任务\n"
    assert tree(norm, rules, text) == [("一、", 1), ("（一）", 2), ("1.", 3), ("（1）", 4), ("①", 5), ("②", 5), ("二、", 1)]


def test_four_part_numbers_sit_below_three_part_ones_and_a_wrapped_amount_is_no_number(norm, rules):
    text = "1 防御洪水方案\n1.2 河道防洪方案\n1.2.1 防御标准内洪水方案\n1.2.1.1 合河至淇门段\n(1)水库库水位超过 253.93 米时,控泄不大于\n60 立方米每秒。\n1.2.1.2 淇门至浚内沟口段\n"
    assert tree(norm, rules, text) == [("1", 1), ("1.2", 2), ("1.2.1", 3), ("1.2.1.1", 4), ("(1)", 5), ("1.2.1.2", 4)]


def test_a_four_part_number_may_end_in_a_dot_like_the_shorter_ones(norm, rules):
    # 2.3.1.1. as 2.3. and 2.3.1. may be written, and run on after a sentence as the others may
    text = "2 巡查要求\n2.3 巡查记录\n2.3.1 记录内容\n2.3.1.1. 护林员应写明巡查路线。 2.3.1.2. 组长应每周核对一次。\n2.4 巡查考核\n"
    assert tree(norm, rules, text) == [("2", 1), ("2.3", 2), ("2.3.1", 3), ("2.3.1.1.", 4), ("2.3.1.2.", 4), ("2.4", 2)]


def test_a_sub_number_may_head_a_section_on_staff_but_not_count_people(norm, rules):
    # 3.1人员配备 and 3.1.1人才引进 are headings; 1.5人 after a sentence is a head count, no marker
    text = "3.实施保障\n3.1人员配备\n3.1.1人才引进 每年引进两名技术员。\n3.2场地保障\n每个站点平均1.5人。\n"
    assert tree(norm, rules, text) == [("3.", 1), ("3.1", 2), ("3.1.1", 3), ("3.2", 2)]


def test_a_half_paren_list_nests_below_a_full_paren_one(norm, rules):
    text = "（1）国家政策文件依据\n1)《土地管理法》；\n2)《城乡规划法》。\n（2）省级政策文件依据\n1)《土地利用总体规划条例》。\n"
    assert tree(norm, rules, text) == [("（1）", 1), ("1)", 2), ("2)", 2), ("（2）", 1), ("1)", 2)]


def test_a_half_paren_item_may_open_with_a_date(norm, rules):
    # 2)5月8日… is item 2 opening with its date; 3)5 stays no item (a figure, not a date)
    text = "一、活动安排\n1)各班出一期黑板报。\n2)5月8日下午举行朗诵比赛。\n3)5月20日前上交作品。\n"
    assert tree(norm, rules, text) == [("一、", 1), ("1)", 2), ("2)", 2), ("3)", 2)]


def test_decimal_sub_numbers_sit_below_their_number(norm, rules):
    text = "4.加强培训\n4.1 岗前培训\n4.2 在岗培训\n5.加强检查\n"
    assert tree(norm, rules, text) == [("4.", 1), ("4.1", 2), ("4.2", 2), ("5.", 1)]


def test_a_list_starting_at_one_under_a_dotted_number_nests_under_it(norm, rules):
    text = "5.5 职责和权限\n5.5.1 职责\n一、厂长\na)全面领导。\n二、副厂长\n5.6 管理评审\n"
    assert tree(norm, rules, text) == [("5.5", 1), ("5.5.1", 2), ("一、", 3), ("a)", 4), ("二、", 3), ("5.6", 1)]


def test_a_list_first_seen_past_its_start_pops_past_a_dotted_number(norm, rules):
    # 1. 总则 was run into the title line and missed: 2. is still the outer list.
    text = "1.1 编制目的\n1.2 工作原则\n2. 组织架构\n2.1 指挥部\n"
    assert tree(norm, rules, text) == [("1.1", 1), ("1.2", 1), ("2.", 1), ("2.1", 2)]


@pytest.mark.parametrize(
    "closing",
    [
        "\n广东省科技厅\n\n2015年8月14日\n\n天成医疗科技服务部为企业提供项目申报服务,欢迎来电咨询。\n",  # a signature, then a page's ad
        "内 发:各学院、机关部门\n华东理工大学校长办公室 2019年9月2日印发\n",  # an imprint line
        "民国93年06月09日教务会议通过\n民国94年06月08日教务会议修正通过\n",  # a rule's history
        "河谷街道办事处 (盖章) 2024年5月6日\n",  # a signer and its date on one line
        "(河谷省卫生厅2005年11月30日制定)\n",  # who made it and when, in brackets
    ],
)
def test_the_closing_block_after_the_last_item_is_no_part_of_it(norm, rules, closing):
    texts = own_texts(norm, rules, f"一、工作要求\n认真组织实施。\n二、联系方式\n联系人:规财处\n{closing}")
    assert texts[-1].rstrip().endswith(("联系人:规财处", "机关部门"))


def test_inline_ordinals_are_children_of_the_item_holding_them(norm, rules):
    # Seed 002: 四、做好紧急准备。一是建立应急救援队伍。…灭火器二是充分调动…
    text = "四、做好紧急准备。一是建立应急救援队伍。各村建立民兵应急队伍，人人使用灭火器二是充分调动各类救火资源。\n五、切实加大执法力度。\n"
    assert tree(norm, rules, text) == [("四、", 1), ("一是", 2), ("二是", 2), ("五、", 1)]


def test_inline_ordinals_outside_any_item_are_level_one(norm, rules):
    text = "为做好工作，一要提高认识，二要加强领导，三要狠抓落实。\n"
    assert tree(norm, rules, text) == [("一要", 1), ("二要", 1), ("三要", 1)]


def test_an_ordinal_after_a_sentence_end_stands_alone(norm, rules):
    text = "六、建立健全工作机制。建立长期防范机制。二要普遍建立村级管理组织。\n"
    assert tree(norm, rules, text) == [("六、", 1), ("二要", 2)]


@pytest.mark.parametrize(
    "sentence",
    [
        "以实际行动学习实践“三个代表”重要思想。",
        "对发生的安全事故，要坚持“四不放过”的原则。",
        "认真贯彻落实省委省政府“一细则两意见”。",
        "明确党政主要负责人是单位安全生产第一责任人。",
        "确保“零事故、零死亡”目标，始终把它列为“一把手”工程。",
        "全省党的群众路线教育实践活动第一批总结暨第二批部署。",
        "2月28日，召开会议。3月4日，召开会议。",
        "电话(010)12345678，联系人王一。",
        "本公司(以下简称公司)负责。",
        "组长：王一、李二、张三。",
        "生产经营2.11万元，完成率98.5%。",
        "首先，加强领导。其次，完善制度。最后，严格考核。",
        "——坚持党的领导。",
        "统一是前提，唯一要求是安全。",
    ],
)
def test_enumeration_like_words_in_running_text_are_not_items(norm, rules, sentence):
    assert tree(norm, rules, f"为做好安全工作，特制定本方案。{sentence}\n") == []


def test_an_inline_list_may_open_after_a_colon(norm, rules):
    # A model-essay page run into one paragraph: 方案如下:一、…。二、…
    text = "为开展专项治理,特制定本方案,方案如下:一、治理目的加强教育。二、工作安排召开会议。\n"
    assert tree(norm, rules, text) == [("一、", 1), ("二、", 1)]


def test_an_inline_list_may_open_after_a_full_stop_typed_half_width(norm, rules):
    # a copy run onto one line whose full stops were typed '.': …计划.一、…质量.二、…
    text = "青禾站为做好汛期值守工作,现制定本计划.一、工作目标保障河谷两岸安全.二、工作措施开展巡堤查险。\n"
    assert tree(norm, rules, text) == [("一、", 1), ("二、", 1)]
    # …not a numeral's own mark (一.工作目标 stays one marker), nor a decimal's point
    assert tree(norm, rules, "河谷县2.5万人参加。一.工作目标提高知晓率。二.工作措施开展宣传。\n") == [("一.", 1), ("二.", 1)]


def test_inline_list_needs_a_sibling(norm, rules):
    text = "主要内容：(1)学习党章；(2)学习讲话精神。参见本办法(3)。\n"
    assert tree(norm, rules, text) == [("(1)", 1), ("(2)", 1)]


def test_articles_run_together_without_punctuation_are_read_by_the_space_after_them(norm, rules):
    # A page flattened without its breaks or full stops: the space after 第N条 tells the marker.
    filler = "控制和消除污染,促进企业生产发展,协调社会、企业与经济的需求关系,创造良好的工作生活环境" * 3
    text = f"环境保护管理办法第一章 总则第一条 为促进企业与环境协调发展,{filler}修订本办法第二条 集团公司环境保护工作遵循属地管理、预防为主的原则,{filler}第二章 监督管理第三条 集团公司遵循环境管理体系标准,{filler}\n"
    assert tree(norm, rules, text) == [("第一章", 1), ("第一条", 2), ("第二条", 2), ("第二章", 1), ("第三条", 2)]
    # …while a reference in running text, with no space after it, is none.
    assert tree(norm, rules, "违反本办法第三条规定的,依照第四条处理。\n") == []


def test_chapters_run_on_after_a_sentence_in_a_page_flattened_to_one_line(norm, rules):
    clause = "全面落实安全生产主体责任,防止和减少生产安全事故,保障员工生命和公司财产安全," * 4  # a page flattened: a long line
    text = (
        f"河谷公司安全生产管理规定(试行)第一章总 则第一条 为加强公司安全生产工作,{clause}制定本规定。第二条 本规定适用于公司各部门。"
        f"第三条 公司坚持安全第一的方针,{clause}建立逐级监督管理体系。第二章组织与责任第四条 公司设立安全生产委员会。\n"
    )
    assert tree(norm, rules, text) == [("第一章", 1), ("第一条", 2), ("第二条", 2), ("第三条", 2), ("第二章", 1), ("第四条", 2)]


def test_chapters_and_articles_run_on_after_a_sentence_find_their_siblings_in_other_paragraphs(norm, rules):
    text = (
        "为了规范学生宿舍管理,特制定本办法。 第一章总则\n第一条本办法适用于在校住宿的学生。\n"
        "第二条宿舍管理坚持以学生为本的原则。 第三条学生应遵守学校有关规定。 第二章入住管理\n第四条学生统一在校住宿。\n"
    )
    assert tree(norm, rules, text) == [("第一章", 1), ("第一条", 2), ("第二条", 2), ("第三条", 2), ("第二章", 1), ("第四条", 2)]
    # …but not an article a contents list or a citation writes glued to a bracket or a word
    assert tree(norm, rules, "[第九条 表决票的送达](#第九条)\n[第十条 计票](#第十条)\n") == []


def test_a_list_indented_under_an_item_of_its_own_style_nests(norm, rules):
    text = "(一)收入:\n  1. 每一个月为一期。\n  2. 经手人员应办事项:\n     1. 收款存入指定银行。\n     2. 设置日记账。\n  3. 公布收据格式。\n(二)支出:\n"
    assert tree(norm, rules, text) == [("(一)", 1), ("1.", 2), ("2.", 2), ("1.", 3), ("2.", 3), ("3.", 2), ("(二)", 1)]


def test_restarted_repeated_and_skipped_numbers_are_kept(norm, rules):
    # Seed 000, plan 2: headings stripped, （一） restarts three times.
    text = "（一）坚持党的领导。\n（二）坚持方针。\n（一）持续推进工作。\n（二）改革创新。\n（四）营造环境。\n（四）高效完成任务。\n"
    assert [level for _, level in tree(norm, rules, text)] == [1] * 6
    assert [marker for marker, _ in tree(norm, rules, text)] == ["（一）", "（二）", "（一）", "（二）", "（四）", "（四）"]


def test_a_list_before_its_headings_goes_under_them_after(norm, rules):
    # A 1、 list, then （一） headings: the later 1、 list nests under the heading.
    text = "(1)学习\n(2)宣传\n1.动员部署\n2.组织实施\n"
    assert tree(norm, rules, text) == [("(1)", 1), ("(2)", 1), ("1.", 1), ("2.", 1)]
    text = "1、杜绝事故\n2、签订责任状\n（一）加强领导\n1、成立小组\n"
    assert tree(norm, rules, text) == [("1、", 1), ("2、", 1), ("（一）", 1), ("1、", 2)]
    # …but a list ranked above it that does not hold the outer style again sits in the top-level heading before it.
    text = "A．组织机构\n（1）设会长一名。\nB．会员\n（1）会员须年满十八岁。\n（2）会员应遵守章程。\n"
    assert tree(norm, rules, text) == [("A．", 1), ("（1）", 2), ("B．", 1), ("（1）", 2), ("（2）", 2)]


def test_plan_starting_at_a_deeper_style_starts_at_level_one(norm, rules):
    assert tree(norm, rules, "（一）加强领导\n1.成立小组\n2.明确分工\n（二）强化考核\n") == [("（一）", 1), ("1.", 2), ("2.", 2), ("（二）", 1)]


def test_own_text_excludes_children_and_spans_lines(norm, rules):
    text = "一、组织领导\n为确保顺利开展，成立领导小组。\n1、组长负责\n二、工作要求\n"
    assert own_texts(norm, rules, text) == ["组织领导\n为确保顺利开展，成立领导小组。", "组长负责", "工作要求"]


@pytest.mark.parametrize(("numeral", "value"), [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("二十一", 21), ("一百", 100), ("一百零五", 105), ("两", 2), ("一二", None)])
def test_chinese_numerals(numeral, value):
    assert chinese_number(numeral) == value


def test_a_glued_first_ordinal_counts_when_its_sibling_follows(norm, rules):
    # Seed 002: (一)学习宣传贯彻…专题一是教育系统…。二是集中开展学习教育。
    text = "(一)学习宣传贯彻重要论述专题一是组织观看专题片。二是集中开展学习教育。\n"
    assert tree(norm, rules, text) == [("(一)", 1), ("一是", 2), ("二是", 2)]


def test_a_first_marker_after_the_title_on_its_line_opens_the_list(norm, rules):
    # A page cut short shows no 二、, but 一、 set after the plan's title on one line still heads the list.
    text = "河谷物业消防培训方案 一、培训目的 1、熟悉器材的位置。\n2、掌握报警的步骤。\n(一)培训对象:\n1、全体保安。\n"
    assert tree(norm, rules, text) == [("一、", 1), ("1、", 2), ("2、", 2), ("(一)", 2), ("1、", 3)]
    # …not a 一、 after a sentence that merely ends in a plan word
    assert tree(norm, rules, "我们认真学习了实施方案 一、二两个部分。\n") == []


def test_a_first_heading_run_onto_a_sentence_opens_the_list_where_its_first_child_follows(norm, rules):
    # A page cut short shows no 二、: 一、 after the preamble's last sentence is its heading, as its 1. shows.
    text = "为做好青禾社区的绿化工作,现制定方案如下。一、加强绿地养护\n1.每周修剪草坪。\n2.及时补种苗木。\n"
    assert tree(norm, rules, text) == [("一、", 1), ("1.", 2), ("2.", 2)]
    # …not a 一、 whose next marker is no first child of another style
    assert tree(norm, rules, "为做好绿化工作,现制定方案如下。一、加强绿地养护\n青禾社区负责。\n") == []


def test_two_is_not_an_ordinal(norm, rules):
    assert tree(norm, rules, "四、工作要求。兩促進，兩確保。\n") == [("四、", 1)]


def test_a_list_restarting_under_the_same_parent_takes_the_parents_place(norm, rules):
    # A stripped heading (五、实施步骤) between two 1. lists under (五).
    text = "(五)提升保障能力。\n1.加强教育。\n2.健全制度。\n1.动员部署(2020年5月)。\n2.组织实施(2020年7月)。\n"
    assert tree(norm, rules, text) == [("(五)", 1), ("1.", 2), ("2.", 2), ("1.", 1), ("2.", 1)]


def test_a_list_a_label_line_introduces_stays_where_the_first_list_stands(norm, rules):
    # 注: introduces the second list under 一、; nothing was stripped between them.
    text = "一、图书借阅\n1.凭证借书。\n2.按期归还。\n注:\n1.寒假不办理借阅。\n2.每人限借五册。\n二、阅览室\n1.保持安静。\n"
    assert tree(norm, rules, text) == [("一、", 1), ("1.", 2), ("2.", 2), ("1.", 2), ("2.", 2), ("二、", 1), ("1.", 2)]


def test_two_lists_each_under_a_label_line_of_its_own_stay_under_their_parent(norm, rules):
    # 报到材料 and 办理须知 each introduce a list under 一、: both are the item's, not a stripped heading's.
    text = "一、新生入学\n报到材料\n1、录取通知书\n2、身份证\n办理须知\n1、按时报到。\n2、缴清费用。\n二、转学学生\n报到材料\n1、转学证明\n"
    assert tree(norm, rules, text) == [("一、", 1), ("1、", 2), ("2、", 2), ("1、", 2), ("2、", 2), ("二、", 1), ("1、", 2)]


def test_a_list_restarting_under_a_dotted_number_stays_under_it(norm, rules):
    # 1.3 states its depth; the heading 1.4 that would part the two lists is missing (a template left it out).
    text = "1 总则\n1.3 工作原则\n1.统一领导。\n2.分级负责。\n1.总体预案。\n2.专项预案。\n2 组织体系\n2.1 领导机构\n"
    assert tree(norm, rules, text) == [("1", 1), ("1.3", 2), ("1.", 3), ("2.", 3), ("1.", 3), ("2.", 3), ("2", 1), ("2.1", 2)]


def test_an_amount_at_a_line_start_is_not_a_sub_number(norm, rules):
    assert tree(norm, rules, "4.加强保障\n1.5万元用于购置消防器材。\n4.1 岗前培训\n") == [("4.", 1), ("4.1", 2)]


def test_a_chinese_numeral_with_a_closing_bracket(norm, rules):
    assert tree(norm, rules, "一）工作目标\n二）工作任务\n") == [("一）", 1), ("二）", 1)]


def test_any_enumeration_inside_a_paragraph_belongs_to_its_item(norm, rules):
    text = "1、开展宣传活动。\n2、开展隐患排查。第一，排查危化品企业；第二，排查人员密集场所。\n3、开展应急演练。\n"
    assert tree(norm, rules, text) == [("1、", 1), ("2、", 1), ("第一，", 2), ("第二，", 2), ("3、", 1)]


@pytest.mark.parametrize("date", ["2023年2月20日", "二〇二三年二月二十日", "20xx年x月x日", "二?XX年XX月XX日"])
def test_the_signature_and_date_after_the_last_item_are_not_its_text(norm, rules, date):
    text = f"一、加强领导。\n二、强化督查。县教育局将把专项整治纳入年度考核。\n\n青山县教育局\n{date}\n"
    assert own_texts(norm, rules, text)[-1] == "强化督查。县教育局将把专项整治纳入年度考核。"


def test_a_last_item_that_goes_on_after_a_short_line_keeps_it_without_a_closing_date(norm, rules):
    text = "一、加强领导。\n二、联系方式\n县教育局安全股\n"
    assert own_texts(norm, rules, text)[-1] == "联系方式\n县教育局安全股"


def test_a_sentence_above_the_date_stays_with_the_last_item(norm, rules):
    text = "一、加强领导。\n二、强化督查。\n各单位于年底前报送总结材料。\n2023年2月20日\n"
    assert own_texts(norm, rules, text)[-1] == "强化督查。\n各单位于年底前报送总结材料。"


def test_an_item_that_starts_with_a_date_is_not_a_decimal(norm, rules):
    text = "三、具体措施\n1.每月开展一次安全隐患排查。\n2.9月底前完成消防设施检修。\n3.10日前上报总结。"
    assert tree(norm, rules, text) == [("三、", 1), ("1.", 2), ("2.", 2), ("3.", 2)]
    assert own_texts(norm, rules, text)[2] == "9月底前完成消防设施检修。"


def test_an_item_that_starts_with_a_range_is_not_a_decimal(norm, rules):
    text = "二、扣分标准\n1.迟到每次扣1分。\n2.1至3人缺勤扣2分,以此类推。\n3.旷课扣5分。"
    assert tree(norm, rules, text) == [("二、", 1), ("1.", 2), ("2.", 2), ("3.", 2)]


def test_decimals_that_are_amounts_are_not_items(norm, rules):
    text = "1.加强投入。\n1.5万元用于设备更新。\n4.1 完善制度"
    assert tree(norm, rules, text) == [("1.", 1), ("4.1", 2)]


def test_a_sub_number_may_open_with_an_annual_word(norm, rules):
    # 年度 is annual, not 4.1 years
    text = "4 程序\n4.1年度河谷巡查计划\n4.1.1 由河谷组编制计划。\n4.1.2年度计划内容\n4.2 巡查前的准备\n"
    assert tree(norm, rules, text) == [("4", 1), ("4.1", 2), ("4.1.1", 3), ("4.1.2", 3), ("4.2", 2)]


def test_a_pdf_may_space_a_sub_number(norm, rules):
    text = "1. 范围：河谷站的样品。\n2. 职责：\n2. 1 青山科负责样品登记。\n2. 2 河谷室负责样品保管。\n3. 工作程序：\n3.1 青山科登记样品。\n"
    assert tree(norm, rules, text) == [("1.", 1), ("2.", 1), ("2. 1", 2), ("2. 2", 2), ("3.", 1), ("3.1", 2)]


def test_a_spaced_count_or_date_after_a_number_is_its_text(norm, rules):
    text = "1. 组织评比。\n2. 5 家企业参加评比。\n3. 4 月27日前上报总结。\n"
    assert tree(norm, rules, text) == [("1.", 1), ("2.", 1), ("3.", 1)]
    assert own_texts(norm, rules, text)[1:] == ["5 家企业参加评比。", "4月27日前上报总结。"]


def test_an_inline_marker_that_goes_on_with_a_line_start_list_is_its_sibling(norm, rules):
    text = "一、落实值班制度。\n1）门卫实行24小时值班；2）节假日实行领导带班。"
    assert tree(norm, rules, text) == [("一、", 1), ("1）", 2), ("2）", 2)]


def test_an_inline_list_under_a_numbered_item_is_its_child(norm, rules):
    text = "3.加强门卫管理。1)实行24小时值班;2)严格来访登记。"
    assert tree(norm, rules, text) == [("3.", 1), ("1)", 2), ("2)", 2)]


def test_an_inline_item_ending_in_a_colon_holds_the_list_after_it(norm, rules):
    # (一)…: 1.… 2.… then (二)…: 1.… 2.…, all in one paragraph: each 1. 2. is its (一)'s or (二)'s.
    text = (
        "八、竞赛分两组进行: (一)教师组: 1.说课:每人十分钟。 2.答辩:每人五分钟。 "
        "(二)学生组分两轮进行: 1.初赛在各班举行。 2.决赛在礼堂举行。\n九、评委由教研室聘请。\n"
    )
    assert tree(norm, rules, text) == [("八、", 1), ("(一)", 2), ("1.", 3), ("2.", 3), ("(二)", 2), ("1.", 3), ("2.", 3), ("九、", 1)]
    # …not a new list after an inline item's sentence: (一看…二看…)后归纳。一要…二要… go on beside it.
    text = "1、开展自查。(一看台账;二看现场)后归纳问题。一要逐项登记;二要限期整改。\n2、形成报告。\n"
    assert tree(norm, rules, text) == [("1、", 1), ("一看", 2), ("二看", 2), ("一要", 2), ("二要", 2), ("2、", 1)]


def test_headings_a_copy_ran_onto_the_lines_before_go_on_with_their_list(norm, rules):
    # Each (N) ends the line before its text, after a sentence: alone in its line, it follows (N-1).
    text = (
        "二、巡查内容。\n(一)堤防巡查。由各站负责,记录渗漏情况。(二)闸门运行。\n由管理所负责,每日试车一次。(三)物资仓库。\n"
        "由后勤组负责,清点储备。(四)通讯保障。\n由办公室负责。\n"
    )
    assert tree(norm, rules, text) == [("二、", 1), ("(一)", 2), ("(二)", 2), ("(三)", 2), ("(四)", 2)]


def test_bare_ordinals_nest_under_the_item_they_follow(norm, rules):
    text = "1.重点任务\n1.1 加强培训\n第一,新员工进行三级安全教育;\n第二,特种作业人员持证上岗。\n2.保障措施"
    assert tree(norm, rules, text) == [("1.", 1), ("1.1", 2), ("第一,", 3), ("第二,", 3), ("2.", 1)]


def test_the_list_of_attachments_after_the_last_item_is_no_item(norm, rules):
    text = "第六条 县农业农村局负责统筹协调。\n第七条 本细则自印发之日起施行。\n\n附件：1.任务分解表\n      2.考核评分表\n"
    assert tree(norm, rules, text) == [("第六条", 1), ("第七条", 1)]
    assert own_texts(norm, rules, text)[-1] == "本细则自印发之日起施行。"


def test_a_list_of_attachments_under_a_line_of_its_own_is_no_annex(norm, rules):
    # 附件: alone on its line, the names under it, then a page's download links to them
    text = (
        "第五条 青禾服务由区中心办理。\n第六条 本办法自印发之日起施行。\n\n  附件:\n\n  1.青禾登记表\n\n  2.青禾服务网点名单\n\n"
        "1.青禾登记表.doc\n\n2.青禾服务网点名单.doc\n\n版权所有:河谷市青禾局\n"
    )
    assert tree(norm, rules, text) == [("第五条", 1), ("第六条", 1)]


def test_a_list_of_attachments_whose_numbers_stand_alone_on_their_lines_is_no_annex(norm, rules):
    # 1. on its own line, the enclosed file's name on the next
    text = "一、活动对象\n全体学生。\n二、奖项设置\n设一等奖三名。\n青禾学院团委\n附件:\n1.\n青禾竞赛规则.docx\n2.\n青禾报名表.docx\n"
    assert tree(norm, rules, text) == [("一、", 1), ("二、", 1)]


def test_a_short_attachment_line_ends_the_items_too(norm, rules):
    text = "一、组织领导\n二、工作要求\n附：1.领导小组成员名单\n2.联络员名单\n"
    assert tree(norm, rules, text) == [("一、", 1), ("二、", 1)]


def test_an_indented_short_attachment_line_going_on_with_its_first_number_ends_the_items(norm, rules):
    text = "三、工作要求\n各校要按时上报。\n四、本方案由县教育局负责解释。\n\n 附:1、选调岗位表\n\n2、报名登记表\n\n3、诚信承诺书\n"
    assert tree(norm, rules, text) == [("三、", 1), ("四、", 1)]
    # …but an indented 附: naming what is appended in full, its points below, stays the note it is
    note = "六、补助发放。\n七、其他。\n 附:困难学生的认定(指下列情形之一)\n1.家庭遭受重大自然灾害;\n2.父母一方长期患病;\n"
    assert tree(norm, rules, note) == [("六、", 1), ("七、", 1), ("1.", 2), ("2.", 2)]


def test_an_appended_note_whose_points_are_sentences_is_no_list_of_attachments(norm, rules):
    text = "六、补助发放。\n七、其他。\n附：困难学生的认定（指下列情形之一）\n1.家庭遭受重大自然灾害；\n2.父母一方长期患病；\n3.其他特殊困难。\n"
    assert tree(norm, rules, text) == [("六、", 1), ("七、", 1), ("1.", 2), ("2.", 2), ("3.", 2)]
    enclosed = "六、补助发放。\n七、其他。\n附：\n1.补助申请表\n2.认定结果名单\n"
    assert tree(norm, rules, enclosed) == [("六、", 1), ("七、", 1)]  # document names: enclosures
    # …names with a bracketed note or listing things with 、 are names still.
    enclosed = "六、补助发放。\n七、其他。\n附件：\n1.项目登记表（一式三份，加盖公章）\n2.设备、器材清单\n"
    assert tree(norm, rules, enclosed) == [("六、", 1), ("七、", 1)]


def test_an_attachment_line_followed_by_more_items_ends_nothing(norm, rules):
    text = "一、组织领导\n附件：领导小组名单\n1.组长负责\n二、工作要求\n"
    assert tree(norm, rules, text) == [("一、", 1), ("1.", 2), ("二、", 1)]


def test_the_names_a_cover_notice_attaches_before_the_plan_it_prints_are_no_items(norm, rules):
    text = "现予印发，请遵照执行。\n附件：\n1.《青禾服务规范》2.《青禾统计报表》\n青禾区民政局\n1 总则\n1.1 目的\n1.2 范围\n2 职责\n2.1 区民政局\n"
    assert tree(norm, rules, text) == [("1", 1), ("1.1", 2), ("1.2", 2), ("2", 1), ("2.1", 2)]
    # …but an annex's own heading (附件一:…) opens its items
    annex = "附件一：申请资料\n1.资料提交方式\n1.1在线提交\n2.资料要求\n"
    assert tree(norm, rules, annex) == [("1.", 1), ("1.1", 2), ("2.", 1)]
    # …and a 附件 line above the plan's own text (the end of the plan before it) is no label of its names
    result = norm("附件：\n1.《青禾服务规范》\n2.《青禾统计报表》\n")
    second_plan = result.proc.index("1.")
    assert [node.marker.number for node in segment_plan(result, second_plan, len(result.proc), rules)] == [1, 2]


def test_a_numbered_clause_after_a_comma_goes_on_with_its_list(norm, rules):
    text = "二、工作措施\n1、加强培训，培训率达100%，2、加强检查。\n"
    assert tree(norm, rules, text) == [("二、", 1), ("1、", 2), ("2、", 2)]
    assert tree(norm, rules, "一、工作措施\n对1、2、3号楼进行检查，4、5号楼另行安排。\n") == [("一、", 1)]


def test_spaced_out_articles_are_markers(rules, norm):
    text = "第 一 條 依據教育部方案訂定本辦法。\n第 二 條 本校服務學習列為畢業審查條件。\n"
    normalized = norm(text)
    roots = segment_plan(normalized, 0, len(normalized.proc), rules)
    assert [normalized.clean[r.start : r.marker.end] for r in roots] == ["第 一 條", "第 二 條"]


def test_an_article_an_amendment_inserted_is_one_marker_with_its_number(rules, norm):
    text = "第八條 設置稽核室。\n第八條之一 設置風險管理小組。\n第八條 之二 設置檢舉信箱。\n第九條 本辦法自公布日施行。\n"
    assert _markers(norm, rules, text) == [("第八條", 1), ("第八條之一", 1), ("第八條 之二", 1), ("第九條", 1)]
    dashed = "第 8 條\n設置稽核室。\n第 8-1 條\n設置風險管理小組，其職責如下：\n一、評估風險。\n第 9 條\n本辦法自公布日施行。\n"
    assert _markers(norm, rules, dashed) == [("第 8 條", 1), ("第 8-1 條", 1), ("一、", 2), ("第 9 條", 1)]


def test_a_list_restarting_after_a_sentence_that_introduces_it_stays_under_its_item(rules, norm):
    text = (
        "第一章 总则\n第五条 护林员的条件\n护林员应当具备下列基本条件,由林场统一组织考核后上岗:\n\n一、身体健康。\n\n二、熟悉林区。\n\n"
        "护林员上岗以后还应当具备下列工作能力,由林场每年组织一次复核:\n\n一、识别火情。\n\n二、扑救初起火。\n第六条 附则\n"
    )
    levels = [level for _, level in _markers(norm, rules, text)]
    assert levels == [1, 2, 3, 3, 3, 3, 2]
    # …but under a heading the markers lost (扑火队伍, unnumbered), the list takes that heading's place.
    lost = (
        "一、组织体系\n(一)指挥部\n1.负责统一指挥。\n2.负责调度。\n扑火队伍\n\n"
        "林区发生火情以后,指挥部应当立即调动下列扑火队伍赶赴现场,并向上级报告:\n\n1.专业扑火队。\n2.半专业扑火队。\n"
    )
    assert [level for _, level in _markers(norm, rules, lost)] == [1, 2, 3, 3, 2, 2]


def test_a_number_closing_a_bracket_its_line_opened_is_a_reference_not_a_marker(rules, norm):
    text = "1)各林场每周一上报巡查记录表(附件 2)。\n2)各护林站每日巡查(详见附件 3)。\n3)县林业局汇总。\n"
    assert [m for m, _ in _markers(norm, rules, text)] == ["1)", "2)", "3)"]


def _markers(norm, rules, text):
    normalized = norm(text)
    roots = segment_plan(normalized, 0, len(normalized.proc), rules)

    def walk(nodes):
        for node in nodes:
            yield normalized.clean[node.start : node.marker.end].strip(), node.level
            yield from walk(node.children)

    return list(walk(roots))


def test_items_numbered_past_ninety_nine_are_items(rules, norm):
    text = "".join(f"{n}、第{n}项工作。\n" for n in range(97, 103)) + "第一百零五条 本办法自发布之日起施行。\n"
    assert [m for m, _ in _markers(norm, rules, text)] == ["97、", "98、", "99、", "100、", "101、", "102、", "第一百零五条"]


def test_standards_numbering_nests_by_its_dots(rules, norm):
    text = "1 总则\n1.1 编制目的\n为规范应急处置。\n1.2 适用范围\n1.2.1 本预案适用于全县。\n2 组织体系\n2.1 指挥部\n"
    assert _markers(norm, rules, text) == [("1", 1), ("1.1", 2), ("1.2", 2), ("1.2.1", 3), ("2", 1), ("2.1", 2)]


def test_a_section_number_glued_to_a_heading_line_is_one_but_not_in_running_text(rules, norm):
    text = "1总则\n1.1编制目的\n为规范应急处置。\n2组织体系\n2.1指挥部\n3家单位参与演练。\n"
    assert _markers(norm, rules, text) == [("1", 1), ("1.1", 2), ("2", 1), ("2.1", 2)]


def test_a_section_number_alone_on_its_line_above_its_heading_is_one_where_a_sub_number_follows(rules, norm):
    text = "1\n总则\n1.1\n编制目的\n为规范应急处置。\n2\n组织体系\n2.1\n指挥部\n"
    assert _markers(norm, rules, text) == [("1", 1), ("1.1", 2), ("2", 1), ("2.1", 2)]
    # …not a table's row number above a cell broken over lines, nor a wrapped line's figure
    table = "1.1 演练安排\n序号 事项\n1\n前期准\n备 确认人员\n2\n方案编制完成。\n"
    assert _markers(norm, rules, table) == [("1.1", 1)]


def test_a_holiday_named_by_its_date_opens_no_item(rules, norm):
    text = "一、做好值班安排。\n二、加强安全检查。\n十一、国庆期间各班级须报告离校情况。\n三、及时上报信息。\n"
    assert _markers(norm, rules, text) == [("一、", 1), ("二、", 1), ("三、", 1)]
    assert _markers(norm, rules, "十、做好值班安排。\n十一、加强安全检查。\n") == [("十、", 1), ("十一、", 1)]


def test_a_list_a_colon_introduces_may_run_on_without_marks_between_its_items(rules, norm):
    text = "第十六条 经营者应当报送下列材料:（一）执照复印件（二）身份证明（三）租赁合同。\n第十七条 本办法自发布之日起施行。\n"
    assert _markers(norm, rules, text) == [("第十六条", 1), ("（一）", 2), ("（二）", 2), ("（三）", 2), ("第十七条", 1)]
    # …not two numbers a sentence cites, nor a run that does not follow the colon
    cited = "第十六条 申请人有违反规定情形的,依照本办法第十条（一）（二）（三）项处理:逾期不改的,报请处理。\n第十七条 本办法自发布之日起施行。\n"
    assert _markers(norm, rules, cited) == [("第十六条", 1), ("第十七条", 1)]


def test_a_bracket_a_pdf_spaced_still_marks_an_item(rules, norm):
    text = "三、保障措施\n（一 ） 各单位做好值守。\n（二 ） 经费列入预算。\n1.核算\n( 1 ) 按月核算。\n(2 ) 按年清算。\n"
    assert _markers(norm, rules, text) == [("三、", 1), ("（一 ）", 2), ("（二 ）", 2), ("1.", 3), ("( 1 )", 4), ("(2 )", 4)]


def test_bare_numbered_paragraphs_under_each_heading_are_items_without_dotted_numbers(rules, norm):
    text = (
        "一、值班制度\n1 值班人员须按时到岗。\n2 交接时当面清点物品。\n3 离岗须经带班领导同意。\n"
        "二、报告制度\n1 发现险情立即报告。\n2 报告内容须真实完整。\n3 重大情况随时续报。\n"
    )
    assert _markers(norm, rules, text) == [("一、", 1), ("1", 2), ("2", 2), ("3", 2), ("二、", 1), ("1", 2), ("2", 2), ("3", 2)]
    # …not a table's rows (no sentences), nor one block of numbered notes at a page's foot.
    table = "一、人员名单\n1 张三 组长\n2 李四 副组长\n3 王五 组员\n二、设备清单\n1 水泵 两台\n2 发电机 一台\n3 对讲机 十部\n"
    assert _markers(norm, rules, table) == [("一、", 1), ("二、", 1)]
    notes = "一、术语\n1 值守指按班次在岗。\n2 交接指当面移交物品。\n3 续报指补充报告情况。\n"
    assert _markers(norm, rules, notes) == [("一、", 1)]


def test_one_long_run_of_bare_numbered_points_is_a_list_of_items(rules, norm):
    points = "".join(f"{n}   开展第{n}项监测工作。\n\n" for n in range(1, 9))
    assert [marker for marker, _ in _markers(norm, rules, "河谷区疾病预防控制工作要点\n\n" + points)] == [str(n) for n in range(1, 9)]
    # …not a table's rows, though as many (each line no sentence), nor a shorter run without a heading
    rows = "".join(f"{n}   燃气表 漏气 更换燃气表 截气\n" for n in range(1, 9)) + "以上为处置标准。\n"
    assert _markers(norm, rules, "处置标准\n" + rows) == []
    short = "".join(f"{n}   开展第{n}项监测工作。\n\n" for n in range(1, 5))
    assert _markers(norm, rules, "工作要点\n\n" + short) == []


def test_a_first_child_run_into_its_headings_line_is_a_child(rules, norm):
    text = "1.4 工作原则(1)以人为本,减少危害。\n(2)预防为主,及时应对。\n2. 组织架构与职责2.1 应急指挥部负责统一领导。\n2.2 各部门职责\n"
    assert _markers(norm, rules, text) == [("1.4", 1), ("(1)", 2), ("(2)", 2), ("2.", 1), ("2.1", 2), ("2.2", 2)]


def test_an_article_run_into_its_chapters_line_is_a_child_though_articles_number_on(rules, norm):
    # A law database's export: each chapter's first article on the chapter's line.
    text = "第一章　总则　　第一条 　为规范管理，制定本办法。\n第二条 　本办法适用于全州。\n第二章　规划建设　　第三条 　主管部门应当编制规划。\n"
    assert _markers(norm, rules, text) == [("第一章", 1), ("第一条", 2), ("第二条", 2), ("第二章", 1), ("第三条", 2)]


def test_articles_numbered_straight_across_headings_of_a_lower_style_sit_under_them(rules, norm):
    # A county's incentive policy: 一、 and (一) headings play the part of chapters.
    text = (
        "一、总体安排\n第1条 设立专项资金。\n二、扶持措施\n(一)用地\n第2条 优先保障项目用地。\n"
        "第3条 简化用地审批。\n(二)融资\n第4条 给予贷款贴息。\n三、监督管理\n第5条 定期评估成效。\n"
    )
    assert _markers(norm, rules, text) == [
        ("一、", 1), ("第1条", 2), ("二、", 1), ("(一)", 2), ("第2条", 3), ("第3条", 3), ("(二)", 2), ("第4条", 3), ("三、", 1), ("第5条", 2)
    ]
    # …but a list inside an article, its items one after another, stays inside it.
    text = "第一条 本办法适用于：\n(一)医院\n(二)诊所\n第二条 主管部门负责监督。\n第三条 下列单位参照执行：\n(一)药店\n(二)卫生室\n第四条 本办法自发布之日起施行。\n"
    assert [level for _, level in _markers(norm, rules, text)] == [1, 2, 2, 1, 1, 2, 2, 1]


def test_a_decimal_in_a_tables_cell_is_a_value_not_a_marker(rules, norm):
    text = "1.1 筹集建设\n各年度安排如下：\n年份\t用地\n2012\t\n4.1\t\n281\n1.2 用地供应\n"
    assert _markers(norm, rules, text) == [("1.1", 1), ("1.2", 1)]
    # …but a number whose text starts on the next line is a marker, and a unit there is no text.
    text = "6.1 \n市公安局根据救援需要，保障道路畅通。\n6.2 储能时长按\n12.5 \n小时确定。\n"
    assert _markers(norm, rules, text) == [("6.1", 1), ("6.2", 1)]


def test_a_list_starting_at_1_under_a_heading_nests_whatever_its_styles_rank(rules, norm):
    text = (
        "2.1 应急指挥部\n① 组成人员\n总指挥由市长担任。\n② 指挥部的主要职责\n(1)发布启动应急预案的命令；\n(2)向市政府报告。\n"
        "2.2 现场指挥部\n① 现场指挥部实行指挥长负责制。\n"
    )
    assert _markers(norm, rules, text) == [("2.1", 1), ("①", 2), ("②", 2), ("(1)", 3), ("(2)", 3), ("2.2", 1), ("①", 2)]


def test_a_list_restarting_under_a_heading_of_its_own_style_nests_and_the_outer_list_goes_on(rules, norm):
    # A PDF copy: no indentation tells the post headings from their duties.
    text = (
        "二、管理岗位职责\n3、质检员执行质检员职责。\n4、拼版人员\n1、根据生产任务单要求操作；\n2、按时完成作业计划；\n"
        "5、晒版人员\n1、严格按作业指导书操作；\n"
    )
    assert _markers(norm, rules, text) == [
        ("二、", 1), ("3、", 2), ("4、", 2), ("1、", 3), ("2、", 3), ("5、", 2), ("1、", 3),
    ]


def test_a_forms_empty_numbered_slots_are_no_items(rules, norm):
    text = "本次修订要点\n1、新建制度\n2、\n3、\n4、/\n第一章 总则\n第一条 为防范风险，制定本制度。\n"
    assert _markers(norm, rules, text) == [("1、", 1), ("4、", 1), ("第一章", 1), ("第一条", 2)]


def test_numerals_in_running_text_after_a_heading_are_no_run_in_child(rules, norm):
    text = "（一）坚持“安全第一、预防为主”的方针。\n（二）完成高一、高二选修课。\n"
    assert _markers(norm, rules, text) == [("（一）", 1), ("（二）", 1)]


def test_a_bare_number_before_words_is_no_section_without_dotted_ones(rules, norm):
    assert _markers(norm, rules, "1 总则\n本办法适用于全校。\n2 职责\n") == []


def test_financial_numerals_sit_above_chinese_ones_and_circled_brackets_count(rules, norm):
    text = "壹、學校願景\n一、環境向度\n㈠校園綠化\n㈡節能減碳\n貳、經營目標\n參、實施策略\n"
    assert _markers(norm, rules, text) == [("壹、", 1), ("一、", 2), ("㈠", 3), ("㈡", 3), ("貳、", 1), ("參、", 1)]


def test_a_volume_sits_above_every_other_division(rules, norm):
    # 第壹編、總則 heads a Taiwan plan's 一、 items; 第二编 a code's chapters
    text = "第壹編、總則\n一、青禾沿革\n(一)河谷願景\n第貳編、青禾推廣\n第二编 青禾\n第一章 河谷\n第一条 本办法所称河谷。\n"
    assert _markers(norm, rules, text) == [
        ("第壹編、", 1), ("一、", 2), ("(一)", 3), ("第貳編、", 1), ("第二编", 1), ("第一章", 2), ("第一条", 3)
    ]


def test_stages_run_on_after_a_sentence_are_items_with_their_colon(norm, rules):
    # 分三个阶段。第一个阶段:… (个 written), each with its colon or bracketed time after it
    text = "一、时间安排\n分三个阶段。第一个阶段:3月20日前,自查。第二个阶段(3月28日-4月3日):督查。第三个阶段:临战。\n二、工作要求\n"
    assert [m for m, _ in _markers(norm, rules, text)] == ["一、", "第一个阶段:", "第二个阶段", "第三个阶段:", "二、"]
    # …but stages named in running text are no items (第二阶段预定办理时间…)
    running = "一、申请须知\n请详阅公告内容。第二阶段预定办理时间为8月。第一阶段已结束。\n二、申请方式\n"
    assert [m for m, _ in _markers(norm, rules, running)] == ["一、", "二、"]


def test_financial_numerals_run_on_after_a_sentence_are_items(norm, rules):
    # A page that ran a Taiwan plan's parts on after each sentence: …辦理。 貳、目的 (a sibling in the paragraph)
    text = "壹、依據 教育部演練計畫辦理。 貳、目的\n參、辦理單位\n肆、實施時間 9月13日進行正式演練。 伍、實施方式 一、公告演練日期。 二、辦理演練活動。\n"
    assert _markers(norm, rules, text) == [("壹、", 1), ("貳、", 1), ("參、", 1), ("肆、", 1), ("伍、", 1), ("一、", 2), ("二、", 2)]
    # …but an amount in them is no item: 共計壹、貳萬元 has no sentence end before it
    assert [m for m, _ in _markers(norm, rules, "一、經費共計壹、貳萬元。\n二、核實支出。\n")] == ["一、", "二、"]


def test_checking_inline_markers_is_linear_in_their_number(rules, norm):
    import time

    def cost(repeats):
        text = "。5.好" * repeats
        normalized = norm(text)
        started = time.perf_counter()
        segment_plan(normalized, 0, len(normalized.proc), rules)
        return time.perf_counter() - started

    cost(200)  # warm the compiled scanners
    small, large = min(cost(2000) for _ in range(3)), min(cost(8000) for _ in range(3))
    assert large < 12 * small  # four times the text: linear is ~4x, the quadratic scan was ~16x


def test_a_page_flattened_into_one_line_keeps_its_list(rules, norm):
    line = "为做好应急工作，制定本预案。 一、总则 " + " ".join(f"({n})《第{n}部法规》的有关规定，结合本单位的实际情况加以落实，确保各项措施落实到位，不留死角。" for n in range(1, 7))
    text = line + " 附则从略。" + "本预案由安全部负责解释，自发布之日起施行，各部门遵照执行。" * 3
    markers = _markers(norm, rules, text)
    # 一、 has no sibling on the page, yet heads the list the page flattened
    assert markers == [("一、", 1)] + [(f"({n})", 2) for n in range(1, 7)]


def test_a_sub_number_glued_to_its_headings_last_word_in_a_flattened_page_is_its_child(rules, norm):
    # 1.2.1 runs straight on from its heading (…管理制度1.2.1…) and the page is cut before 1.2.2: no sibling confirms it
    clause = "仓储部按照物资台账的要求,结合库区的实际情况,对入库出库的各个环节进行全面清点和登记,"
    text = "1、库区物资盘点" + clause * 3 + "做到账实相符。1.1明确盘点范围" + clause * 2 + "做到账实相符。1.2完善盘点台账1.2.1每月核对货位卡" + clause + "做到账实相符。1.3加强抽查" + clause + "做到"
    markers = _markers(norm, rules, text)
    assert markers == [("1、", 1), ("1.1", 2), ("1.2", 2), ("1.2.1", 3), ("1.3", 2)]
    # …numbered under its heading only: a (1) glued so, with no sibling, may be a clause's number (on the corpus,
    # reading every style so lost more levels than it won)
    other = text.replace("1.2.1每月", "(1)每月")
    assert ("(1)", 3) not in _markers(norm, rules, other)


def test_a_headings_score_in_brackets_ends_its_clause_in_a_flattened_page(rules, norm):
    # (10分) closes a heading: the 1、 right after it starts the heading's list, with its sibling 2、 after a sentence.
    rule = "按时提交青禾教案,格式符合学校要求,逾期一次扣1分,缺交一次扣2分,抄袭他人教案每次扣3分。"
    text = "青禾中心学校考核细则为规范考核,制定本细则。一、考核内容(一)课堂常规(10分)1、" + rule + "2、" + rule + "(二)作业批改(20分)1、" + rule + "2、" + rule
    markers = _markers(norm, rules, text)
    assert [m for m, _ in markers].count("1、") == 2 and [m for m, _ in markers].count("2、") == 2


def test_chapters_numbered_in_financial_numerals_hold_their_articles(norm, rules):
    text = "第壹章　總綱\n第一條　本會為河谷大學學生自治組織。\n第二條　本會會員為全體學生。\n第貳章　行政\n第三條　本會置會長一人。\n"
    assert tree(norm, rules, text) == [("第壹章", 1), ("第一條", 2), ("第二條", 2), ("第貳章", 1), ("第三條", 2)]


def test_a_taiwan_texts_amendment_dates_are_no_section_numbers(norm, rules):
    text = "97.6.6 服務學習指導委員會會議通過\n99.6.30 服務學習指導委員會會議通過\n一. 本細則依本校辦法訂定。\n二. 課程內容如下：\n1. 校區環境清潔。\n"
    assert tree(norm, rules, text) == [("一.", 1), ("二.", 1), ("1.", 2)]


def test_a_sub_number_with_a_stop_after_it_is_a_sub_number(norm, rules):
    text = "1. 安装前检查\n1.1. 导轨架的完好性;\n1.2. 电气设备的绝缘;\n2. 安装步骤\n2.1、安装底架;\n2.2、安装吊笼。\n"
    assert tree(norm, rules, text) == [("1.", 1), ("1.1.", 2), ("1.2.", 2), ("2.", 1), ("2.1、", 2), ("2.2、", 2)]


def test_bracketed_latin_letters_list_below_bracketed_numbers(norm, rules):
    text = "4.1 费用范围\n(1)费用按下列范围使用:\n(a)完善安全防护设施;\n(b)配备应急救援器材;\n(2)费用不得挪用。\n"
    assert tree(norm, rules, text) == [("4.1", 1), ("(1)", 2), ("(a)", 3), ("(b)", 3), ("(2)", 2)]


def test_small_roman_numerals_list_inside_the_item_they_follow(norm, rules):
    text = "1. 平台功能\n1.1 首页\nⅰ. 显示青禾项目的通知。\nⅱ. 显示待办事项。\n1.2 检查\n"
    assert tree(norm, rules, text) == [("1.", 1), ("1.1", 2), ("ⅰ.", 3), ("ⅱ.", 3), ("1.2", 2)]


def test_roman_numerals_list_inside_the_section_they_follow(norm, rules):
    text = "1 总则\n1.1 事件分级\nⅠ.特别重大事件。\nⅡ.重大事件。\n1.2 工作原则\n"
    assert tree(norm, rules, text) == [("1", 1), ("1.1", 2), ("Ⅰ.", 3), ("Ⅱ.", 3), ("1.2", 2)]


def test_an_annex_under_a_heading_of_its_own_holds_items_numbered_afresh(norm, rules):
    text = (
        "第十二条 市人社部门制定办事指南。\n第十三条 本办法自印发之日起施行。\n附件:积分指标及分值表\n"
        "附件\n积分指标及分值表\n合法稳定住所\n1. 办理居住证,每满1年计8分。\n2. 累计居住年限:\n(1)合法产权住所(20分);\n"
    )
    assert tree(norm, rules, text) == [("第十二条", 1), ("第十三条", 1), ("1.", 1), ("2.", 1), ("(1)", 2)]


def test_an_annex_headed_by_the_name_its_attachment_line_gives_holds_items(norm, rules):
    # no 附件 heading: the annex opens with its own title, the one name the 附件: line gave
    text = (
        "第八条 本办法由河谷市青禾中心负责解释。\n第九条 本办法自印发之日起施行。\n附件:河谷市青禾服务评分表\n\n"
        "河谷市青禾服务评分表\n评分表分为服务质量和服务时效两部分。\n一、服务质量\n(一)办结率。\n二、服务时效\n(一)按时办结。\n"
    )
    assert tree(norm, rules, text) == [("第八条", 1), ("第九条", 1), ("一、", 1), ("(一)", 2), ("二、", 1), ("(一)", 2)]


def test_an_indented_list_of_attachments_ends_the_items_and_its_annex_restarts(norm, rules):
    # A page indenting every paragraph indents its 附件: line too; the annex's heading may run onto the list's
    # last line (…评分表附件1), and the annex's points that end sentences are no part of the list.
    text = (
        "  第十二条 河谷区教育局负责解释。\n  第十三条 本办法自印发之日起施行。\n"
        "  附件:1.积分指标表\n      2.考核评分表附件1\n积分指标表\n  一、基础指标\n  1.居住每满1年计2分;\n  2.参保每满1年计1分;\n"
    )
    assert tree(norm, rules, text) == [("第十二条", 1), ("第十三条", 1), ("一、", 1), ("1.", 2), ("2.", 2)]
    # …but an indented 附: naming a template appended in full, its own articles after it, ends nothing.
    template = "  一、注册资本由股东缴纳。\n  二、章程由股东制定。\n  附:《河谷公司章程》参考格式\n  第一条 公司名称。\n  第二条 公司住所。\n"
    assert tree(norm, rules, template) == [("一、", 1), ("二、", 1), ("第一条", 1), ("第二条", 1)]


def test_a_list_after_the_clause_putting_the_rules_in_force_is_appended_numbered_afresh(norm, rules):
    text = (
        "第一章 总则\n第一条 为规范河谷镇集市管理,制定本细则。\n第二章 附则\n第二条 本细则自印发之日起施行。\n"
        "摊位申请需提交的材料\n一、摊位申请表原件。\n二、经营者身份证明:\n（一）身份证复印件;\n"
    )
    assert tree(norm, rules, text) == [("第一章", 1), ("第一条", 2), ("第二章", 1), ("第二条", 2), ("一、", 1), ("二、", 1), ("（一）", 2)]


def test_a_list_the_in_force_clause_introduces_is_its_own(norm, rules):
    text = "第一条 为规范河谷镇集市管理,制定本办法。\n第二条 本办法自印发之日起施行,下列规定同时废止:\n（一）《河谷镇摊位暂行规定》;\n（二）《河谷镇夜市规定》。\n"
    assert tree(norm, rules, text) == [("第一条", 1), ("第二条", 1), ("（一）", 2), ("（二）", 2)]


def test_a_list_ranked_above_an_item_that_its_numbering_goes_on_after_is_that_items_own(norm, rules):
    text = "一、检查流程\n① 制定检查方案。\n② 分组检查,采用交叉方式(随机抽取)。\n（1）教学检查(占40%)\n（2）后勤检查(占60%)\n③ 通报检查结果。\n"
    assert tree(norm, rules, text) == [("一、", 1), ("①", 2), ("②", 2), ("（1）", 3), ("（2）", 3), ("③", 2)]


def test_articles_numbered_on_across_a_section_hold_no_section(norm, rules):
    text = "第一章 总则\n第一条 为规范河谷县应急保障,制定本条例。\n第二条 本条例适用于河谷县。\n第一节 一般规定\n第三条 县人民政府应当编制规划。\n"
    assert tree(norm, rules, text) == [("第一章", 1), ("第一条", 2), ("第二条", 2), ("第一节", 2), ("第三条", 3)]


def test_a_marker_after_a_private_use_glyph_opens_its_line(norm, rules):
    text = "第六条 河谷会员卡具有下列用途:\n\ue004 （一）入场凭证;\n\ue004 （二）积分兑换。\n第七条 办卡条件如下。\n"
    assert tree(norm, rules, text) == [("第六条", 1), ("（一）", 2), ("（二）", 2), ("第七条", 1)]


def test_a_name_opening_like_a_fourth_ordinal_with_no_third_before_it_is_no_item(norm, rules):
    text = "第六条 河谷县消防大队负责全县消防工作。四防安全员由各单位指派。\n第七条 各单位应当编制预案。\n"
    assert tree(norm, rules, text) == [("第六条", 1), ("第七条", 1)]
    # …but a text may leave its first point unnumbered: 二要 stands alone
    text = "六、加强宣传教育。开展进村入户宣传,营造良好氛围。二要组织应急演练,每季度一次。\n七、强化保障。\n"
    assert tree(norm, rules, text) == [("六、", 1), ("二要", 2), ("七、", 1)]


def test_a_markdown_table_rows_numbered_cells_are_no_items(norm, rules):
    text = "一、建设项目\n| 序号 | 项目 | 备注 |\n| 1 | 巷道硬底化 | 1. 项目类别分为三类;2. 内容需细化 |\n二、保障措施\n"
    assert tree(norm, rules, text) == [("一、", 1), ("二、", 1)]


def test_a_style_nested_once_against_its_rank_nests_there_again_without_a_heading(norm, rules):
    text = (
        "3 预警\n3.1 预警信息\n① 气象信息\n（1）气象局负责监测。\n（2）水文站负责预报。\n"
        "② 暴雨预警 气象部门负责暴雨的预报,预警信号分三级。\n（1）黄色预警信号。\n（2）红色预警信号。\n③ 接警 值班室负责接警。\n"
    )
    assert tree(norm, rules, text) == [
        ("3", 1), ("3.1", 2), ("①", 3), ("（1）", 4), ("（2）", 4), ("②", 3), ("（1）", 4), ("（2）", 4), ("③", 3),
    ]


def test_a_number_and_its_full_stop_set_as_one_character_is_a_marker(norm, rules):
    text = "一、住宿資格\n（一）員工申請住宿。\n⒈ 填寫申請表。\n⒉ 經主管核定。\n二、宿舍管理\n"
    assert tree(norm, rules, text) == [("一、", 1), ("（一）", 2), ("⒈", 3), ("⒉", 3), ("二、", 1)]


def test_a_chapter_heading_set_one_character_a_line_is_no_list_of_attachments(norm, rules):
    text = "第八章\n奖励\n第三十六条 学校建立年度报告制度。\n第九章\n附\n则\n第三十七条 本办法由教务处负责解释。\n"
    assert [marker for marker, _ in tree(norm, rules, text)] == ["第八章", "第三十六条", "第九章", "第三十七条"]


def test_a_list_a_label_item_introduces_nests_under_it_though_an_outer_list_has_its_style(norm, rules):
    text = (
        "十、评审阶段:\n1. 初评:办公室汇总材料。\n(1)材料不全者限期补交。\n(2)初评内容:\n"
        "1. 材料是否完整。\n2. 是否重复申报。\n2. 终评:由专家组讨论。\n(1)现场答辩。\n"
    )
    assert tree(norm, rules, text) == [
        ("十、", 1), ("1.", 2), ("(1)", 3), ("(2)", 3), ("1.", 4), ("2.", 4), ("2.", 2), ("(1)", 3)
    ]


def test_an_inline_marker_filling_the_one_gap_in_a_line_start_list_is_read_as_at_a_line_start(norm, rules):
    # The copy lost the line break before 二、; its run-in (一) heads that section's list.
    text = (
        "一、适用范围。分为两类。\n（一）校内活动。\n（二）校外活动。二、工作原则（一）安全第一原则。保障师生安全。\n"
        "（二）就近处置原则。\n三、应急响应\n1. 立即报告。\n"
    )
    assert tree(norm, rules, text) == [
        ("一、", 1), ("（一）", 2), ("（二）", 2), ("二、", 1), ("（一）", 2), ("（二）", 2), ("三、", 1), ("1.", 2)
    ]


def test_a_lists_first_item_right_after_its_headings_colon_is_read_as_at_a_line_start(norm, rules):
    # 一、服务目标:1. …, its 2. and 3. at line starts; the list starts afresh under the next heading
    text = (
        "一、服务目标:1. 提供学习辅导,巩固课内知识。\n2. 开展兴趣培养,组织活动。\n3. 进行体能训练。\n"
        "二、工作内容:1. 学科辅导,组织辅导活动。\n2. 兴趣培养,安排兴趣班。\n"
    )
    assert tree(norm, rules, text) == [("一、", 1), ("1.", 2), ("2.", 2), ("3.", 2), ("二、", 1), ("1.", 2), ("2.", 2)]
    # …but not a list of attachments after its colon
    text = "一、申报要求\n1. 填写申报表。\n2. 按时报送。\n附件:1. 申报表\n2. 名单\n"
    assert tree(norm, rules, text) == [("一、", 1), ("1.", 2), ("2.", 2)]


def test_a_flattened_page_runs_its_title_and_headings_into_their_first_items(norm, rules):
    # No sentence mark before 一、 or either 1、: the list's next item (二、, 2、) implies them.
    clause = "值守人员应当坚守岗位,认真记录来访情况,发现异常立即报告值班负责人并做好交接。"
    items = f"1、{clause * 2}2、{clause * 2}3、{clause}"
    text = f"河谷站值守制度一、值守原则{items}二、交接要求{items}三、附则本制度自印发之日起执行。\n"
    expected = [("一、", 1), ("1、", 2), ("2、", 2), ("3、", 2), ("二、", 1), ("1、", 2), ("2、", 2), ("3、", 2), ("三、", 1)]
    assert tree(norm, rules, text) == expected


def test_a_short_page_flattened_into_one_line_runs_its_title_into_its_first_item(norm, rules):
    # a page of six short rules on one line (some 300 characters): its title glued to 一、, which 二、 implies
    rule = "值守人员应当坚守岗位,认真记录来访情况,发现异常立即报告值班负责人并做好交接记录,确保值守不断档。"
    text = "河谷站值守制度" + "".join(f"{n}、{rule}" for n in "一二三四五六") + "\n"
    assert tree(norm, rules, text) == [(f"{n}、", 1) for n in "一二三四五六"]


def test_a_short_page_on_one_line_opens_its_list_with_the_marker_its_title_runs_into(norm, rules):
    # too short to be read as a flattened page: the title's 一、 still opens the list 二、 and 三、 go on
    text = "青禾站消毒管理制度一、消毒人员每日检查器械。二、消毒记录应完整清晰。三、科主任每周抽查一次。\n"
    assert tree(norm, rules, text) == [("一、", 1), ("二、", 1), ("三、", 1)]


def test_a_flattened_page_cut_off_keeps_the_outline_its_first_markers_begin(norm, rules):
    # Two sub-numbers with a sibling, then markers whose siblings the cut-off page lost (2., 2.1.2) or
    # glued to their heading (1., 1.1, 2.1, 2.1.1): still a flattened outline, nested by its numbers.
    clause = "河谷镇各村应当按照本预案的要求落实各项防范措施,确保群众生命财产安全,及时报告险情。"
    text = (
        f"河谷镇防汛预案1.总则1.1 编制目的{clause * 3}1.2 适用范围{clause * 3}1.3 工作原则{clause * 3}"
        f"2.组织机构2.1 机构组成2.1.1 指挥部:{clause}2.1.2 工作组:{clause}2.2 机构职责{clause}\n"
    )
    expected = [("1.", 1), ("1.1", 2), ("1.2", 2), ("1.3", 2), ("2.", 1), ("2.1", 2), ("2.1.1", 3), ("2.1.2", 3), ("2.2", 2)]
    assert tree(norm, rules, text) == expected


def test_a_flattened_page_cut_off_after_three_inline_markers_keeps_its_outline(norm, rules):
    # The page stops after 3、: two markers with a sibling (2、 3、) and one after a sentence (二、) are
    # enough to read the line as a flattened page, so the title's and the heading's glued firsts count.
    clause = "对任期届满的村委会财务进行清理和公开,划清责任,保护集体利益,并在选举前将结果向群众公开。"
    text = f"河谷村委会换届选举工作方案一、指导思想坚持依法办事,{clause * 2}二、工作步骤1、搞好财务审计。{clause * 2}2、培训工作人员。{clause * 2}3、确定成员职数。{clause * 2}\n"
    assert tree(norm, rules, text) == [("一、", 1), ("二、", 1), ("1、", 2), ("2、", 2), ("3、", 2)]


def test_a_lists_first_or_last_item_run_on_after_a_closed_sentence_is_a_lost_line_break(norm, rules):
    # 第一章 after the amendment note's closing bracket, then 第二章 at a line start
    amended = "河谷市护林条例\n(2020年5月1日河谷市人民代表大会常务委员会通过　2024年3月2日修正)　第一章 总则　　第一条 为保护林木,制定本条例。\n第二条 本条例适用于本市。\n第二章 巡护\n第三条 林场每日巡护。\n"
    assert tree(norm, rules, amended) == [("第一章", 1), ("第一条", 2), ("第二条", 2), ("第二章", 1), ("第三条", 2)]
    # (三) after a full stop, the list's last: the next list starts again at (一)
    benefits = "一、参保待遇\n(一)住院费用。\n按规定报销。\n(二)门诊费用。\n按月结算,由经办机构支付。(三)个人账户。\n继续使用。\n二、经办服务\n(一)登记。\n(二)缴费。\n"
    assert tree(norm, rules, benefits) == [("一、", 1), ("(一)", 2), ("(二)", 2), ("(三)", 2), ("二、", 1), ("(一)", 2), ("(二)", 2)]
    # …but not a list of attachments after a colon
    attached = "一、总则\n二、附则\n本办法自印发之日起施行。\n附件:1.河谷市申请表\n2.河谷市登记表\n"
    assert tree(norm, rules, attached) == [("一、", 1), ("二、", 1)]


def test_a_table_row_set_as_a_line_of_number_cells_is_no_item(norm, rules):
    text = "一、奖励标准\n等级 比例 金额\n2.5 甲级 30 2 15\n3 乙级 20 1 10\n二、发放要求\n奖金按学期发放。\n"
    assert tree(norm, rules, text) == [("一、", 1), ("二、", 1)]


def test_a_title_or_heading_run_into_its_first_item_on_one_line_gives_it_up(norm, rules):
    # A copy that lost a line break: 一、 glued to the title, 1. glued to 二、's heading; 2. on the next line.
    text = "河谷站值守制度一、值守原则1. 坚守岗位。\n2. 认真记录。\n二、交接要求1. 当面交接。\n2. 记录清楚。\n"
    assert tree(norm, rules, text) == [("一、", 1), ("1.", 2), ("2.", 2), ("二、", 1), ("1.", 2), ("2.", 2)]
    # …but a number inside brackets, or after 第, is none: (三) is one marker, not 三) too.
    text = "一、工作安排\n(一)动员部署。\n(二)组织实施。\n(三)总结提高。\n1、抓好整改。\n2、建立台账。\n"
    assert tree(norm, rules, text) == [("一、", 1), ("(一)", 2), ("(二)", 2), ("(三)", 2), ("1、", 3), ("2、", 3)]


def test_a_heading_run_onto_the_end_of_the_paragraph_before_heads_the_lines_below(norm, rules):
    text = (
        "为促进资源节约,保护生态环境,结合我镇实际,特制定本方案。 一、指导思想\n深入贯彻会议和文件精神,确保完成全年工作。 二、工作步骤\n"
        "(一)组织发动阶段。时间:5月。召开全镇会议。\n(二)全面禁烧阶段。时间:6月。开展巡回检查。\n"
    )
    assert tree(norm, rules, text) == [("一、", 1), ("二、", 1), ("(一)", 2), ("(二)", 2)]
    # …not a clause a line break cut after a sentence's end: (3) stays inside its paragraph's list
    text = "(1)参保人身份证;(2)婴儿出生证;(3)申请人社会保障卡(核对原件、\n留复印件)。\n(二)津贴发放:按规定发放。\n"
    assert [level for _, level in tree(norm, rules, text)][:3] == [1, 1, 1]


def test_points_a_pdf_copy_wrapped_onto_a_new_line_are_no_item(norm, rules):
    # 60.0～ / 79.9 分为及格 and 分别以 / 15 分、65 分: a score, then a mark or a verb
    text = (
        "第一条 评定等级依次为:80.0～89.9 分为良好,60.0～\n79.9 分为及格。\n"
        "第二条 四项评价分别以\n15 分、65 分、10 分、10 分计入总成绩。\n第三条 免测项目成绩以\n60 分计。\n"
    )
    assert tree(norm, rules, text) == [("第一条", 1), ("第二条", 1), ("第三条", 1)]


def test_a_marker_in_a_list_of_numbers_is_no_item(norm, rules):
    # An amendment history under a title: meeting numbers and the articles amended.
    text = "河谷大学学生会章程\n        12、15、21及30次代表大会修正通过\n        第三、五、九条\n第一条 本会由全体学生组成。\n第二条 本会设主席一人。\n"
    assert tree(norm, rules, text) == [("第一条", 1), ("第二条", 1)]
    # …but an item may open with such a list: (二)'s own text.
    text = "一、保护区域\n（一）森林公园；\n（二）一、二级水源保护区；\n二、保护措施\n"
    assert tree(norm, rules, text) == [("一、", 1), ("（一）", 2), ("（二）", 2), ("二、", 1)]


def test_numbers_and_a_count_word_going_on_an_open_sentence_are_no_item(norm, rules):
    # a copy broke the sentence at a line end: 县委十一届 / 八、九次会议精神
    text = "一、指导思想\n全面贯彻县委十一届\n八、九次会议精神,推动发展。\n二、主要任务\n抓好产业。\n"
    assert tree(norm, rules, text) == [("一、", 1), ("二、", 1)]
    # …but after a sentence's end the same words open an item
    text = "六、中途退租的,按月退费。\n七、三次违停的,取消停车资格。\n"
    assert tree(norm, rules, text) == [("六、", 1), ("七、", 1)]


def test_bracketed_numbers_joined_by_a_word_are_a_reference_no_item(norm, rules):
    # A note after a scoring list refers back to two of its entries at a line's start.
    text = "一、申请材料\n（1）青禾申请表；\n（2）身份证明；\n（3）住址证明；\n（2）和（3）项可合并提交。\n二、附则\n"
    assert tree(norm, rules, text) == [("一、", 1), ("（1）", 2), ("（2）", 2), ("（3）", 2), ("二、", 1)]


def test_a_value_in_code_is_no_item(norm, rules):
    # A SQL dump's rows around a plan stored in one of them: tuples and NULLs, no list.
    text = (
        "INSERT INTO `role` VALUES (1,1,1),(2,1,2),(3,3,3),(4,1,4);\n"
        "INSERT INTO `user` VALUES (41,NULL,'甲',1,'x1'),(42,NULL,'乙',2,'x2');\n"
        "河谷站值守办法\n一、坚守岗位。\n二、认真记录。\n"
    )
    assert tree(norm, rules, text) == [("一、", 1), ("二、", 1)]


def test_an_outlines_parts_head_its_chapters_and_sections(rules, norm):
    text = (
        "第一篇   总体要求\n第一章   发展目标\n推进河谷建设。\n第二篇   生态保护\n第二章   治理污染\n"
        "第一节   治理大气\n加强治理。\n第二节   治理水体\n保护水源。\n"
    )
    assert _markers(norm, rules, text) == [("第一篇", 1), ("第一章", 2), ("第二篇", 1), ("第二章", 2), ("第一节", 3), ("第二节", 3)]


def test_a_part_word_without_chapters_is_no_marker(rules, norm):
    text = "第一篇 河谷小学食堂管理制度\n1、食堂必须持证经营。\n2、食材须索证索票。\n"
    assert _markers(norm, rules, text) == [("1、", 1), ("2、", 1)]


def _markdown(rules):
    """A normalizer reading its text as Markdown."""
    return lambda text: normalize(text, rules, "markdown")


def test_a_markdown_list_numbered_one_throughout_counts_as_its_renderer_does(rules):
    text = (
        "## 一、场地要求\n\n1. 设有值班室。\n\n1. 设有活动室:\n\n   1. 面积50平方米以上。\n\n   1. 通风良好。\n\n"
        "1. 配备专职人员。\n\n## 二、人员要求\n\n1. 主治医师以上。\n\n1. 经过培训。\n"
    )
    assert _markers(_markdown(rules), rules, text) == [
        ("一、", 1), ("1.", 2), ("1.", 2), ("1.", 3), ("1.", 3), ("1.", 2), ("二、", 1), ("1.", 2), ("1.", 2),
    ]


def test_a_converters_nested_list_counting_on_across_its_parents_nests_by_its_indentation(rules):
    # 1. 2. 3. under 1., then 4. 5. under 2.: the renderer nests by indentation, whatever the numbers say
    text = (
        "第一章 组织\n\n1.  社团设社长一人。\n\n    1.  社长主持工作。\n\n    2.  社长代表社团。\n\n    3.  社长审核开支。\n\n"
        "2.  社团设干事若干:\n\n    4.  干事组织活动。\n\n    5.  干事管理经费。\n\n3.  会员每学期登记一次。\n"
    )
    assert _markers(_markdown(rules), rules, text) == [
        ("第一章", 1), ("1.", 2), ("1.", 3), ("2.", 3), ("3.", 3), ("2.", 2), ("4.", 3), ("5.", 3), ("3.", 2),
    ]
    # …but an article a copy's stray spaces indent after a skipped number stays an article (第五条 / 　　第七条)
    text = "第五条 会员按时缴费。\n     第七条 本办法自发布之日起施行。\n"
    assert _markers(_markdown(rules), rules, text) == [("第五条", 1), ("第七条", 1)]


def test_two_lists_numbered_one_each_are_not_counted_on(rules, norm):
    text = "一、工作目标\n1.完成建设。\n二、工作措施\n1.加强领导。\n2.落实责任。\n"
    assert _markers(norm, rules, text) == [("一、", 1), ("1.", 2), ("二、", 1), ("1.", 2), ("2.", 2)]


def test_a_laws_amendment_history_is_no_list(rules, norm):
    text = (
        "1.中华民国八十二年三月五日河谷署令订定发布\n2.民国95年7月1日河谷部令修正发布第3条条文\n"
        "第一条 本细则依组织法规定订定之。\n第二条 本院处理事务,依本细则之规定。\n"
    )
    assert _markers(norm, rules, text) == [("第一条", 1), ("第二条", 1)]


def test_numbers_a_pdf_copy_cites_with_spaces_are_no_items(norm, rules):
    text = "第十二条 申请人有前条第 （一）、 （二）、 （三）款所列行为的,不予受理。\n第十三条 受理后十日内答复。\n"
    assert tree(norm, rules, text) == [("第十二条", 1), ("第十三条", 1)]


def test_an_article_number_written_digit_by_digit_counts_on(norm, rules):
    text = "第二九條 會員應繳納會費。\n第三〇條 會費每年收取一次。\n第三一條 會費用於會務。\n"
    assert tree(norm, rules, text) == [("第二九條", 1), ("第三〇條", 1), ("第三一條", 1)]


def test_a_list_numbered_with_a_leading_zero_is_items(norm, rules):
    text = "培训课程\n01.消防知识讲座\n讲师:安全科\n02.灭火器实操\n讲师:保卫处\n"
    assert tree(norm, rules, text) == [("01.", 1), ("02.", 1)]


def test_an_article_cited_with_its_paragraph_is_no_item(norm, rules):
    text = "第五条 本所设所长一人。\n第六条 所长主持日常工作。\n第5条第2款规定的人选由董事会聘任。\n"
    assert tree(norm, rules, text) == [("第五条", 1), ("第六条", 1)]


def test_lists_that_each_open_a_paragraph_with_1_and_count_up_inline_are_no_markdown_ones_list(norm, rules):
    text = "采购职责\n1、编制采购计划； 2、询价比价。\n验收要求\n1、核对数量； 2、检查质量。\n付款程序\n1、填写付款单； 2、财务审核。\n"
    assert [level for _, level in tree(norm, rules, text)] == [1, 1, 1, 1, 1, 1]


def test_items_between_two_numbers_one_after_the_other_belong_to_the_first(norm, rules):
    # The second （一） list restarts after a question heading, no label: read alone, it would climb to the top
    # level; but 贰、 and 参、 are numbered one after the other across it, so it is 贰、's.
    text = (
        "壹、总则\n本指南说明社团活动的办理方式。\n贰、活动办理篇\n【如何申请使用场地？】\n(一)填写场地借用申请表。\n"
        "(二)经指导老师签核后送课外活动组。\n【如何申请活动经费？】\n(一)检附活动企划书。\n(二)于活动结束后办理核销。\n参、成果考核篇\n(一)社团应于期末缴交成果报告。\n"
    )
    assert [level for _, level in tree(norm, rules, text)] == [1, 1, 2, 2, 2, 2, 1, 2]


def test_a_section_number_closes_the_list_above_it_and_sits_under_its_own_prefix(norm, rules):
    # ① ② list the triggers of 3.2.2; 3.2.2.1 is numbered as 3.2.2's child, not the list's.
    text = (
        "3.2 响应行动\n3.2.1 关注级\n3.2.2 四级响应\n启动条件:\n① 发布黄色预警时;\n② 发生积水时\n"
        "3.2.2.1 指挥与协调\n（1）掌握雨情。\n3.2.2.2 成员单位行动\n3.2.3 三级响应\n"
    )
    assert tree(norm, rules, text) == [
        ("3.2", 1), ("3.2.1", 2), ("3.2.2", 2), ("①", 3), ("②", 3), ("3.2.2.1", 3), ("（1）", 4), ("3.2.2.2", 3), ("3.2.3", 2)
    ]


def test_a_task_lists_markers_follow_the_owner_bracket_that_closes_each_task(norm, rules):
    # A task-division plan set as one line: each task ends with who carries it out, the next marker right after.
    text = (
        "一、优化服务。(一)推进网上办理。(河谷市政务办牵头,各区配合)具体措施:1.整合办事入口。(市政务办负责)"
        "2.2025年底前实现一网通办。(市数据局负责)(二)压减办理时限。(市政务办负责)二、加强监管。(一)开展抽查。(市场监管局负责)(二)公开结果。(市场监管局负责)"
    )
    assert tree(norm, rules, text) == [("一、", 1), ("(一)", 2), ("1.", 3), ("2.", 3), ("(二)", 2), ("二、", 1), ("(一)", 2), ("(二)", 2)]


def test_a_grading_scale_set_inline_in_letters_is_a_list(norm, rules):
    text = "7、年度评议等级: A、成绩显著,表现优秀; B、如期完成任务; C、大体完成任务。\n8、评议结果存档。\n"
    assert tree(norm, rules, text) == [("7、", 1), ("A、", 2), ("B、", 2), ("C、", 2), ("8、", 1)]
    # …but letters a sentence lists are no items
    assert tree(norm, rules, "1、分为A、B、C三级管理。\n2、按级检查。\n") == [("1、", 1), ("2、", 1)]


def test_a_caption_ending_in_a_colon_holds_the_document_it_introduces_even_under_its_title(rules, norm):
    text = (
        "一、制作要点:\n1.公司的名称。\n2.公司的住所。\n二、格式:\n河谷有限公司章程\n依据《公司法》,制定本章程。\n"
        "第一章 总则\n第一条 公司名称:河谷有限公司。\n第二章 股东\n第二条 股东按期出资。\n"
    )
    assert _markers(norm, rules, text) == [("一、", 1), ("1.", 2), ("2.", 2), ("二、", 1), ("第一章", 2), ("第一条", 3), ("第二章", 2), ("第二条", 3)]
    # …but not a clause ending in a colon: 第十四条 计分方式如下: / a table, then 第一节 is the chapter's
    scored = "第一章 评价\n第一条 成绩按百分制计分,计算方式如下:\n成绩=德育分+智育分\n第一节 德育\n第二条 德育分满分20分。\n"
    assert _markers(norm, rules, scored) == [("第一章", 1), ("第一条", 2), ("第一节", 2), ("第二条", 3)]


def test_an_article_text_opening_with_a_citation_of_articles_opens_no_article(rules, norm):
    text = "第二十条 河谷县设立护林站。\n第二十一条\n第十条及第十一条有关护林员配置的规定,自2020年起逐年落实。\n第二十二条 本办法自公布之日起施行。\n"
    assert [m for m, _ in _markers(norm, rules, text)] == ["第二十条", "第二十一条", "第二十二条"]


def test_circled_numbers_run_into_a_sentence_are_its_list(norm, rules):
    text = "一、报到\n1.参赛者携带①身份证、②报名表及③照片到河谷体育馆报到。\n2.其他事项按第①、②项办理。\n"
    assert tree(norm, rules, text) == [("一、", 1), ("1.", 2), ("①", 3), ("②", 3), ("③", 3), ("2.", 2)]


def test_a_marker_whose_number_a_pdf_copy_set_on_its_own_line_is_one_marker(norm, rules):
    text = "一、借阅\n11.\n河谷图书馆周一闭馆。\n12\n.借阅逾期的，应予催还。\n"
    assert tree(norm, rules, text) == [("一、", 1), ("11.", 2), ("12.", 2)]


def test_an_article_cited_at_a_line_start_for_what_it_sets_is_no_marker(norm, rules):
    text = "第一条 河谷棋社设会员大会。\n第二条 会员大会由全体会员组成。\n第三条 入会以书面申请。\n第四条 会费按年缴纳。\n第一条所定之会员资格丧失者，不得参加选举。\n第五条 本章程自通过日施行。\n"
    assert [n for n, _ in tree(norm, rules, text)] == ["第一条", "第二条", "第三条", "第四条", "第五条"]


def test_a_chapter_citing_one_of_its_articles_is_no_marker(norm, rules):
    text = "第一章 总则\n第一条 为规范河谷棋社活动，制定本办法。\n第二条 活动由理事会组织。\n第一章第二条关于理事会的规定另行公布。\n第二章 附则\n第三条 本办法自通过之日起施行。\n"
    assert [n for n, _ in tree(norm, rules, text)] == ["第一章", "第一条", "第二条", "第二章", "第三条"]


def test_a_flattened_table_rows_decimal_values_are_no_markers(norm, rules):
    text = "河谷乡防汛预案\n一、基本概况\n全乡各村面积:\n村别 |\n面积 |\n青禾 |\n3.25 |\n河口 |\n1.8 |\n二、组织机构\n"
    assert tree(norm, rules, text) == [("一、", 1), ("二、", 1)]


def test_a_lines_marker_and_the_next_of_its_run(rules):
    second, third = line_marker("(二)经营类", rules), line_marker("(三)政策环境类", rules)
    assert (second.number, third.number) == (2, 3) and numbers_on(second, third)
    assert not numbers_on(second, line_marker("3、信息类", rules))  # another style
    assert not numbers_on(second, line_marker("(四)信息类", rules))  # a number skipped
    assert line_marker("经营类", rules) is None


def test_a_page_on_one_line_opening_with_its_title_run_into_its_first_marker_keeps_its_list(norm, rules):
    # 一、 is glued to the title, 二、 follows a sentence's end, and the page is cut before 三、: each confirms the other
    text = "2019学年度青禾小学德育工作计划一、指导思想:以立德树人为根本任务,全面落实德育工作要求。二、主要工作:(一)加强行为规范教育,开展文明礼仪"
    assert [m for m, _ in _markers(norm, rules, text)][:2] == ["一、", "二、"]
    # …on whatever line of the text the title opens: here after an order's signature run onto it, below the order
    order = "河谷市人民政府令第1号\n市长王青禾二〇〇二年七月一日河谷市公墓管理实施规定第一条为了加强公墓管理,制定本规定。第二条本规定适用于本市行政区域内的公墓建设和管理活动"
    assert [m for m, _ in _markers(norm, rules, order)] == ["第一条", "第二条"]


def test_a_list_going_on_after_a_full_stop_in_a_later_paragraph_is_one_list(rules, norm):
    # a copy ran the headings into paragraphs: 四、 follows 三、 (two paragraphs up) after a full stop
    text = "一、目标明确。二、分工落实。三、措施有力。\n-2-\n各组每日巡查河道。四、对照清单逐项检查,月底汇总通报。\n"
    assert [m for m, _ in _markers(norm, rules, text)] == ["一、", "二、", "三、", "四、"]
    # …not after a semicolon, where a number is often one the sentence cites
    text = "一、目标明确。二、分工落实。三、措施有力。\n-2-\n各组每日巡查河道;四、对照清单逐项检查,月底汇总通报。\n"
    assert [m for m, _ in _markers(norm, rules, text)] == ["一、", "二、", "三、"]


def test_a_page_flattened_to_one_line_keeps_its_list_glued_to_the_words_before_it(rules, norm):
    # a copy lost the stops before its markers: a run of 一、二、三、 (and 1、2、3、) numbered one after another is its list
    filler = "组织居民熟悉疏散路线和灭火器材的使用方法,提高应急处置能力," * 8
    text = (
        "时间:周六上午。地点:社区广场。主办:社区居委会一、目的:" + filler + "确保演练有序二、参加人员:全体网格员和楼栋长"
        "三、分工:总指挥由主任担任1、疏散组:负责引导居民有序撤离2、救护组:负责现场救护和转运3、保障组:负责器材和后勤\n"
    )
    assert [(m, level) for m, level in _markers(norm, rules, text)] == [("一、", 1), ("二、", 1), ("三、", 1), ("1、", 2), ("2、", 2), ("3、", 2)]
    # …not numbers a sentence lists (一、二、三年级), nor an ordinal's (第一、第二、第三)
    prose = "本次活动面向一、二、三年级学生,由第一、第二、第三小组分别负责," + filler * 2 + "请各班主任提前做好准备。\n"
    assert _markers(norm, rules, prose) == []
