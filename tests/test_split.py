import pytest

from pipeline.split import split_plans

from .conftest import seed


def titles(norm, rules, text):
    return [plan.title for plan in split_plans(norm(text), rules)]


def test_repeated_teaser_titles_split_and_lose_the_collection_heading(norm, rules):
    text = seed("000").read_text(encoding="utf-8")
    assert titles(norm, rules, text) == [f"卫生院安全生产工作实施方案{n}" for n in "一二三四五六七八"]


def test_separators_and_titles_broken_over_two_lines(norm, rules):
    text = seed("004").read_text(encoding="utf-8")
    assert titles(norm, rules, text) == [
        "安全生產實施方案 篇1",
        "神華準能集團公司安全管理標準化示範班組創建活動實施方案",
        "班組標準化建設方案",
        "安全生產實施方案 篇4",
        "安全生產實施方案 篇5",
        "安全生產實施方案 篇6",
    ]


def test_a_page_number_above_the_text_is_no_title(norm, rules):
    # (a page number has no Han character: the heading line below it titles the text)
    text = "24\n河谷大学学生考试规则\n一、本校为使学生明确考试事项,特订定本规则。\n二、学生应准时进入试场。\n"
    assert titles(norm, rules, text) == ["河谷大学学生考试规则"]


def test_a_heading_line_going_on_from_the_one_above_joins_it_in_the_title(norm, rules):
    text = "附件3:\n\n河谷市招聘人员体能测评标准\n及实施规范\n测评按照省里的标准组织实施。\n一、10米往返跑\n二、纵跳摸高\n"
    assert titles(norm, rules, text) == ["河谷市招聘人员体能测评标准及实施规范"]
    text = "附件 2\n《河谷市公众参与办法》\n（征求意见稿）修订说明\n一、修订背景\n现行办法施行多年。\n二、修订过程\n"
    assert titles(norm, rules, text) == ["《河谷市公众参与办法》（征求意见稿）修订说明"]


def test_numbered_chapters_of_a_collection(norm, rules):
    text = seed("001").read_text(encoding="utf-8")
    assert titles(norm, rules, text) == ["第一篇", "第二篇", "第三篇"]


def test_a_title_then_an_arabic_chapter_number_separates_plans(norm, rules):
    text = (
        "消防安全工作计划（精选2篇）\n\n消防安全工作计划 第1篇\n为加强消防安全管理，特制定本计划。\n(1)每月检查一次；\n"
        "消防安全工作计划 第2篇\n一、指导思想\n坚持预防为主。\n"
    )
    assert titles(norm, rules, text) == ["消防安全工作计划 第1篇", "消防安全工作计划 第2篇"]


def test_a_single_plan_with_its_title_on_two_lines(norm, rules):
    text = seed("003").read_text(encoding="utf-8")
    assert titles(norm, rules, text) == ["全省卫生健康系统安全生产领域“保平安 迎大庆”专项整治行动工作方案"]


def test_an_untitled_plan_starts_at_its_own_preamble(norm, rules):
    text = (
        "安全工作方案\n一、加强领导。\n二、落实责任。\n"
        "为全面贯彻落实安全生产重要论述，根据有关工作部署，制定2021年集中攻坚方案。\n"
        "(一)集中开展学习教育。\n(二)全面系统宣传。\n"
    )
    plans = split_plans(norm(text), rules)
    assert [p.title for p in plans] == ["安全工作方案", "2021年集中攻坚方案"]


def test_a_preamble_that_is_not_a_sentence_end_does_not_split(norm, rules):
    text = "安全工作方案\n一、加强领导。\n按照产业发展总体要求，制定完善产业发展规划，明确项目准入条件。\n二、落实责任。\n"
    assert titles(norm, rules, text) == ["安全工作方案"]


def test_a_title_with_no_items_under_it_is_no_plan(norm, rules):
    text = (
        "消防安全工作方案\n一、加强领导。\n二、落实责任。\n"
        "安全生产专项整治三年行动实施方案\n日前，院党委书记主持召开专题会，审议通过了实施方案。\n"
        "校园安全工作方案\n1、排查隐患。\n2、加强宣传。\n"
    )
    assert titles(norm, rules, text) == ["消防安全工作方案", "校园安全工作方案"]


def test_a_title_over_a_page_flattened_into_one_paragraph_is_a_plan(norm, rules):
    # The list stands inline (a copy that lost its line breaks); a site's line repeating the title closes the page.
    points = " ".join(f"{n}.做好第{n}项河谷建设工作，按期完成各项任务，确保建设质量和进度达到要求，群众满意。" for n in range(1, 9))
    text = f"河谷镇建设工作方案\n\n河谷镇建设工作方案 一、工作目标 {points} 二、保障措施 {points}\n\n文库河谷镇建设工作方案\n"
    assert titles(norm, rules, text) == ["河谷镇建设工作方案"]


def test_a_footer_after_a_page_flattened_into_one_paragraph_titles_nothing(norm, rules):
    # No line reads as a whole title (…模板), so the text is one plan; the site's line after the inline list is no heading of it.
    points = " ".join(f"{n}.做好第{n}项河谷德育工作，按期完成各项任务，确保工作质量和进度达到要求，师生满意。" for n in range(1, 9))
    norm_text = norm(f"河谷小学德育工作计划模板\n\n河谷小学德育工作计划模板 一、工作目标 {points} 二、保障措施 {points}\n\n文库河谷小学德育工作计划模板\n")
    (plan,) = split_plans(norm_text, rules)
    assert "一、工作目标" in norm_text.proc[plan.body_start : plan.end]


def test_a_title_the_text_ends_on_is_a_footer_and_opens_no_plan(norm, rules):
    # A kind-only heading, the text flattened into one line after its full title, then the site's name and the title as the last line.
    points = " ".join(f"第{n}条 河谷幼儿园做好第{n}项防汛工作，按期完成各项任务，确保幼儿安全和保教秩序正常，家长满意。" for n in "一二三四五六")
    norm_text = norm(f"幼儿园防汛预案\n\n河谷幼儿园防汛预案 {points}\n\n文库幼儿园防汛预案\n")
    (plan,) = split_plans(norm_text, rules)
    assert "第一条" in norm_text.proc[plan.body_start : plan.end]
    assert "文库" not in norm_text.proc[plan.start : plan.end]


def test_a_collections_heading_right_above_its_first_item_titles_that_text_without_its_count(norm, rules):
    text = "青禾社区垃圾分类工作计划(精选3篇)\n一、工作目标\n分类投放全覆盖。\n二、主要措施\n1、设置投放点。\n2、开展入户宣传。\n"
    assert titles(norm, rules, text) == ["青禾社区垃圾分类工作计划"]
    # …but a heading followed by a preamble or a separator titles nothing itself.
    text = "青禾社区垃圾分类工作计划(精选3篇)\n篇1\n一、工作目标\n分类投放全覆盖。\n二、主要措施\n"
    assert titles(norm, rules, text) == ["篇1"]


def test_a_heading_repeated_with_a_number_under_it_separates_the_collections_texts(norm, rules):
    # 职责与标准 is no title word: the heading, written alone above, then again as 1 and 2, tells the texts apart
    text = (
        "河谷门岗职责与标准\n下面整理了门岗职责与标准,欢迎参考。\n河谷门岗职责与标准1\n一、坚守岗位。\n二、登记来访。\n"
        "河谷门岗职责与标准2\n1、执行巡逻任务。\n2、及时报告险情。\n"
    )
    assert titles(norm, rules, text) == ["河谷门岗职责与标准1", "河谷门岗职责与标准2"]
    # …but not a table's cells and their values: copies count from 1
    text = "青禾系统故障分级\n一、分级标准\n持续时间超过两小时\n持续时间超过两小时 8\n二、处置流程\n"
    assert len(split_plans(norm(text), rules)) == 1


def test_text_without_titles_is_one_plan(norm, rules):
    plans = split_plans(norm("为加强管理，特制定本办法。\n一、总则\n二、职责\n"), rules)
    assert len(plans) == 1


def test_an_uninvited_roster_after_items_opens_a_new_plan(norm, rules):
    text = (
        "校园安全工作方案\n(一)强化组织领导。\n(二)狠抓工作落实。\n"
        "组长:\n副组长:\n成员:\n从2020年6月至2022年12月,分四个阶段进行。\n1、动员部署。\n2、调查整改。\n"
    )
    assert len(split_plans(norm(text), rules)) == 2


def test_a_roster_introduced_by_its_group_stays_in_the_plan(norm, rules):
    text = "校园安全工作方案\n一、组织领导\n成立安全工作领导小组，名单如下:\n组长:王一\n成员:李二\n二、工作任务\n"
    assert len(split_plans(norm(text), rules)) == 1
    # …or by the group it is the roster of, named as its item's heading before its duties.
    text = "青禾小学运动会工作方案\n一、组织机构\n二、工作分工\n1.裁判组:负责比赛裁判。\n组长:\n成员:\n2.后勤组:负责场地器材。\n组 长:\n成 员:\n3.宣传组:负责赛事报道。\n"
    assert len(split_plans(norm(text), rules)) == 1
    # …above the roles listed before its leader (顾问:…, 总指挥:…)
    text = "青禾小学读书节方案\n一、活动主题\n书香满校园\n二、领导小组\n顾问:王一\n总指挥:赵三\n组长:李二\n三、活动安排\n1.读书分享会。\n"
    assert len(split_plans(norm(text), rules)) == 1


def test_a_roster_under_each_numbered_team_stays_in_the_plan(norm, rules):
    # An emergency plan's teams (1、疏散引导小组 / 组长:… / 职责:) are one plan's items.
    text = (
        "运动会安全应急预案\n1、疏散引导小组。\n组长:周甲。\n职责:\n(1)引导观众有序离场。\n(2)清点人数。\n"
        "2、后勤保障小组。\n组长:吴乙。\n职责:\n(1)备好饮水和药品。\n"
    )
    assert len(split_plans(norm(text), rules)) == 1


def test_a_rules_preamble_after_items_opens_a_plan_named_by_it(norm, rules):
    # Rules pasted one after another: each begins with 为…制定本制度 or 特制定X制度.
    text = (
        "仓库物资管理制度\n一、物资入库须登记。\n二、物资出库须签字。\n"
        "为规范车辆使用,降低运行成本,特制定车辆使用制度。\n一、用车须提前申请。\n二、出车须登记里程。\n"
    )
    assert titles(norm, rules, text) == ["仓库物资管理制度", "车辆使用制度"]


def test_a_preamble_inside_an_item_whose_numbering_goes_on_after_it_opens_no_plan(norm, rules):
    # 1.1、 then a paragraph that names a plan, then 1.2、: one plan's item, not a new plan's preamble
    text = (
        "青禾学院实习工作细则\n1.1、总则\n依据学院实习管理规定,加强实习的组织和管理。\n为做好实习工作,特制定本年度实习工作计划。\n"
        "1.2、组建指导教师队伍\n1.3、按周检查实习日志\n"
    )
    assert titles(norm, rules, text) == ["青禾学院实习工作细则"]


def test_a_notice_preamble_opens_a_plan(norm, rules):
    text = (
        "校园安全工作方案\n1、动员部署。\n2、巩固提升。\n"
        "为深入学习贯彻安全生产重要论述，决定在教育系统开展“安全生产月”活动，现就有关事项通知如下。\n"
        "(一)深入学习。\n(二)排查整治。\n"
    )
    assert len(split_plans(norm(text), rules)) == 2


def test_bracketed_essay_separators(norm, rules):
    text = (
        "学校安全工作计划范文精选5篇\n【篇一】学校安全工作计划\n为确保学校安全，特制定本计划。\n一、工作目标\n二、主要措施\n"
        "【篇二】学校安全工作计划\n一、指导思想\n二、具体工作\n"
    )
    assert titles(norm, rules, text) == ["【篇一】学校安全工作计划", "【篇二】学校安全工作计划"]


def test_short_unmarked_section_headings_do_not_split_a_plan(norm, rules):
    text = "学校安全工作计划\n一、工作目标\n二、主要措施\n时间安排\n3月：开展安全检查。\n安全例会制度\n三、工作要求\n"
    assert titles(norm, rules, text) == ["学校安全工作计划"]


def test_a_roster_under_a_leadership_heading_stays_in_the_plan(norm, rules):
    text = "校园安全工作方案\n一、工作任务\n二、组织领导\n成立安全工作领导小组。\n组长:王一\n成员:李二\n三、工作要求\n"
    assert len(split_plans(norm(text), rules)) == 1
    # …or right under its item's heading, whatever the body is called (四、读书节组委会 / 组长: / 副组长:)
    text = "青禾小学读书节方案\n一、活动主题\n书香满校园\n二、活动时间\n5月\n三、读书节组委会\n组长:\n副组长:\n成员:\n四、活动内容\n1.读书分享会。\n"
    assert len(split_plans(norm(text), rules)) == 1


def test_telling_others_to_make_plans_is_no_preamble(norm, rules):
    text = "安全生产工作方案\n一、工作任务\n二、工作要求\n为确保工作落实，各乡镇要结合实际制定具体实施方案。\n三、保障措施\n"
    assert titles(norm, rules, text) == ["安全生产工作方案"]


def test_the_date_closing_a_cover_notice_is_not_part_of_the_next_title(norm, rules):
    text = (
        "县教育局关于印发《2023年校园安全工作要点》的通知\n各乡镇中心学校：\n现将《2023年校园安全工作要点》印发给你们，请认真贯彻落实。\n"
        "县教育局\n2023年2月15日\n\n2023年校园安全工作要点\n\n一、健全安全责任体系\n二、加强安全教育\n"
    )
    assert titles(norm, rules, text) == ["2023年校园安全工作要点"]


def test_a_cover_notice_with_items_and_the_plan_it_prints_are_one_plan(norm, rules):
    # The notice's own points and signature, then the plan it prints under its title: one plan (ANNOTATION.md).
    notice = (
        "区人民政府办公室关于印发2023年区重点工作责任分解方案的通知\n各街道办事处:\n"
        "《2023年区重点工作责任分解方案》已经区人民政府同意，现印发给你们，并就有关事项通知如下:\n"
        "一、各责任单位要制订工作方案。\n二、区考评机构要纳入考核。\n河谷区人民政府办公室\n2023年1月3日\n"
    )
    plan = "2023年区重点工作责任分解方案\n一、主要预期目标\n(一)地区生产总值增长7%\n(二)固定资产投资增长10%\n"
    assert len(split_plans(norm(notice + plan), rules)) == 1
    # …but a notice printing two documents (X和Y) has each as a plan of its own
    two = notice.replace("责任分解方案的通知", "责任分解方案和2023年区民生实事方案的通知").replace("》已经", "》和《2023年区民生实事方案》已经")
    second = "2023年区民生实事方案\n一、办好十件实事\n(一)新建公园\n(二)改造老旧小区\n"
    assert len(split_plans(norm(two + plan + second), rules)) == 3


def test_articles_numbered_afresh_under_a_sections_unmarked_heading_stay_in_the_plan(norm, rules):
    text = (
        "河谷公司人事管理制度\n第一条 为规范人事管理,特制定本规定。\n第二条 员工的聘用按本规定办理。\n第三条 员工均应遵守本规定。\n"
        "第四条 本规定由人事部解释。\n聘用\n第一条 本公司所需员工,一律公开招聘。\n第二条 聘用以学识、品德为准。\n"
    )
    assert len(split_plans(norm(text), rules)) == 1
    # …but after a title-like line (a lost title ends in a title word) the first article again opens a document
    second = text.replace("聘用\n", "考勤制度\n")
    assert len(split_plans(norm(second), rules)) == 2


def titled_roots(norm, rules, text):
    """Each plan's title and the markers of its top-level items."""
    from pipeline.segment import segment_plan

    norm_text = norm(text)
    return [
        (plan.title, [norm_text.proc[root.start : root.marker.end] for root in segment_plan(norm_text, plan.body_start, plan.end, rules)])
        for plan in split_plans(norm_text, rules)
    ]


def test_a_title_run_into_the_plans_first_marker_is_read_apart(norm, rules):
    text = "河谷运输公司安全生产会议制度一、总则\n1.1制定目的\n为规范会议组织,制定本制度。\n二、会议组织\n2.1会议分类\n"
    assert titled_roots(norm, rules, text) == [("河谷运输公司安全生产会议制度", ["一、", "二、"])]
    # …after a sharing site's name for a template (…方案模板范文) too
    text = "河谷社区网格化管理实施方案模板范文一、背景分析\n1.1政策背景\n1.2社会背景\n二、问题定义\n2.1管理碎片化问题\n"
    assert titled_roots(norm, rules, text)[0][1] == ["一、", "二、"]
    # …but a page flattened to one line (its first item a sentence) is left to segment as one paragraph
    flat = "河谷幼儿园临时封闭应急预案一、成立领导小组,落实各部门职责(一)成立由园长组成的领导小组。(二)明确分工。\n"
    assert split_plans(norm(flat), rules)[0].title != "河谷幼儿园临时封闭应急预案"


def test_a_page_flattened_to_one_line_is_titled_by_the_words_it_opens_with_and_stays_whole(norm, rules):
    # A whole page on one line (a sharing site's copy): the words before its first marker, ending in a plan
    # word, title it; the line stays in the body, for segment to read as the flattened paragraph it is.
    tasks = "".join(f"({n})青禾街道各社区每周清理一次河道沿岸垃圾,网格员逐户宣传,发现问题当天登记并上报街道办。" for n in "一二三四五六")
    flat = f"青禾街道河道保洁工作方案一、工作目标{tasks}二、保障措施{tasks}\n"
    assert len(flat) > 400
    plan = split_plans(norm(flat), rules)[0]
    assert (plan.title, plan.body_start) == ("青禾街道河道保洁工作方案", 0)
    # …but not by a sentence before its first marker (为…制定本方案), which is no title
    preamble = f"为做好青禾街道河道保洁工作,制定本方案一、工作目标{tasks}二、保障措施{tasks}\n"
    assert split_plans(norm(preamble), rules)[0].title == ""


def test_an_article_closing_its_chapters_heading_line_keeps_its_purpose_in_the_plan(norm, rules):
    # A copy moved each chapter's first article up onto the chapter's heading (纪律 第一条): the purpose
    # sentence under it (为…,制定本规定。) is that article's text, not a new plan's preamble.
    text = "河谷街道值班规定\n第一章\n纪律 第一条\n为严肃值班纪律,保障应急处置,制定本规定。\n第二条\n值班人员不得脱岗。\n第二章\n交接 第三条\n交班前填写记录。\n"
    assert titled_roots(norm, rules, text) == [("河谷街道值班规定", ["第一章", "第二章"])]


def test_a_pages_title_field_titles_the_plan_under_the_sites_banner(norm, rules):
    # a forum's print page: its banner, the field with a bracketed link, the field again, then the plan
    page = "河谷教育论坛\n标题: 初中秋季学期卫生工作行事历 [打印本页]\n作者: 管理员\n标题: 初中秋季学期卫生工作行事历\n1.晨检。\n2.消毒。\n"
    assert titles(norm, rules, page) == ["初中秋季学期卫生工作行事历"]
    # …or a government site's metadata table, the field a row of it
    table = "河谷县人民政府\n| 标题: | 河谷县第二中学学期教学安排 | |\n|---|---|---|\n一、教学目标\n二、主要措施\n"
    assert titles(norm, rules, table) == ["河谷县第二中学学期教学安排"]


def test_a_law_databases_name_field_titles_the_plan_without_its_amendment_date(norm, rules):
    page = "青山市政府法规查询系统\n法规名称: 青山市河谷区防汛指挥中心值班要点 (民国 101 年 05 月 20 日 修正)\n一、值班人员坚守岗位。\n二、交班前填写记录。\n"
    assert titles(norm, rules, page) == ["青山市河谷区防汛指挥中心值班要点"]
    [plan] = split_plans(normalized := norm(page), rules)
    assert plan.heading(normalized.proc).startswith("青山市河谷区防汛指挥中心值班要点")  # the heading the issuer is read from: no label


def test_a_roster_under_a_team_named_without_its_mark_stays_in_the_plan(norm, rules):
    # 2应急抢修队 (its 、 lost) names the team whose roster follows: no new plan.
    text = (
        "医院停电应急预案\n一、应急原则\n二、组织机构\n1、停电应急领导小组\n组长:\n成员:\n(1)做好供电工作。\n(2)恢复供电。\n"
        "2应急抢修队\n组长:\n成员:\n职责。发生事故时组织抢修。\n三、应急程序\n"
    )
    assert len(split_plans(norm(text), rules)) == 1


def test_titles_with_a_bracketed_period_start_plans(norm, rules):
    text = (
        "XX市推进数字经济发展三年行动方案（2023—2025年）\n为推进数字经济发展，制定本方案。\n一、发展目标\n二、重点任务\n"
        "XX县乡村振兴规划（2021-2035年）\n第一章 发展基础\n第二章 总体要求\n"
    )
    assert titles(norm, rules, text) == ["XX市推进数字经济发展三年行动方案（2023—2025年）", "XX县乡村振兴规划（2021-2035年）"]


@pytest.mark.parametrize("first", ["安全工作计划范文1", "安全工作计划范文（一）", "【第1篇】", "安全工作计划篇一", "安全工作计划【一】", "精选范文1"])
def test_each_text_of_a_collection_is_titled_by_its_separator(norm, rules, first):
    second = first.replace("1", "2").replace("一", "二")
    body = "为加强学校安全工作，特制定本计划。\n一、加强领导\n二、加强检查\n"
    text = f"安全工作计划范文（精选2篇）\n\n{first}\n{body}{second}\n{body}"
    assert titles(norm, rules, text) == [first, second]


def test_notices_pasted_together_split_at_their_headers_and_wrap_their_plans(norm, rules):
    text = (
        "关于印发河谷县秸秆禁烧工作方案的通知\n（河政办发〔2021〕12号）\n各乡镇人民政府：\n现将方案印发给你们，请认真执行。\n"
        "河谷县人民政府办公室\n2021年3月1日\n河谷县秸秆禁烧工作方案\n一、工作目标\n全面禁烧。\n二、工作措施\n加强巡查。\n"
        "河谷县农业农村局\n关于印发河谷县春耕备耕工作要点的通知\n（河农发〔2021〕3号）\n各乡镇农业站：\n现将要点印发。\n"
        "河谷县春耕备耕工作要点\n一、抓好种子供应\n二、抓好农资保障\n"
    )
    normalized = norm(text)
    plans = split_plans(normalized, rules)
    assert [p.title for p in plans] == ["河谷县秸秆禁烧工作方案", "河谷县春耕备耕工作要点"]
    second = normalized.proc[plans[1].start : plans[1].end]
    assert second.startswith("河谷县农业农村局\n关于印发") and "抓好农资保障" in second


def test_a_page_carrying_its_text_twice_holds_two_plans(norm, rules):
    body = "河谷县关于加快建设统一市场体系的指导意见\n一、总体要求\n坚持统筹推进。\n二、重点任务\n完善市场规则。\n"
    normalized = norm(body + "分享到：\n" + body)
    assert len(split_plans(normalized, rules)) == 2


def test_an_annex_with_its_own_title_after_the_items_is_a_plan_of_its_own(norm, rules):
    text = (
        "社区财务管理办法\n一、会计事务。\n二、出纳事务,详见附件一。\n"
        "附件一 请购与采购核准权限\n一、零用金\n1. 提案人:物管\n二、采购项目\n"
        "附件2:收支情况表.xls\n"
    )
    # The list of attachments at the end (附件2:…表.xls) has no items: no plan.
    assert titles(norm, rules, text) == ["社区财务管理办法", "附件一 请购与采购核准权限"]
    # A cover notice's 附件 line, before any item, opens nothing.
    cover = "各单位:\n现将方案印发给你们。\n附件1:安全生产工作方案\n安全生产工作方案\n一、总体要求\n二、主要任务\n"
    assert titles(norm, rules, cover) == ["安全生产工作方案"]
    bracketed = "社区活动室管理办法\n一、开放时间。\n二、使用登记。\n【附件一】活动室使用承诺书\n一、本人承诺遵守本办法。\n二、损坏照价赔偿。\n"
    assert titles(norm, rules, bracketed) == ["社区活动室管理办法", "【附件一】活动室使用承诺书"]


def test_a_tables_caption_after_a_line_that_introduces_it_opens_no_plan(norm, rules):
    text = (
        "河谷市住房保障发展规划\n第一条 用地安排\n全市供应用地4.1平方公里。\n"
        "第二条 年度指引\n各年度用地规模，年度指引如下：\n2011—2015年保障性住房用地供应指引\n单位：平方公里\n"
        "第三条 资金安排\n全市预计安排资金715亿元。\n"
    )
    assert titles(norm, rules, text) == ["河谷市住房保障发展规划"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "河谷支付公司考核管理办法\n第一章 总则\n第一条 为全面评价公司各部门工作质量，提升管理水平，\n"
            "根据有关法律法规和公司规章制度，制定本办法。\n第二条 本办法适用于公司各部门。\n",
            "河谷支付公司考核管理办法",
        ),
        # (…督导检查、 then 积分激励…管理制度: a line like a title, ending in a title word, is the sentence's rest too)
        (
            "河谷街道垃圾分类目标责任书\n一、工作目标\n在今后三年内，通过开展宣传发动、设施配套、督导检查、\n"
            "积分激励、考核评比五项行动，着力解决投放不规范、收运不及时、管理制度\n"
            "与居民习惯不相适应等问题。\n二、主要任务\n（一）设施配套方面\n",
            "河谷街道垃圾分类目标责任书",
        ),
    ],
)
def test_a_sentence_broken_off_at_a_comma_goes_on_and_opens_no_plan(norm, rules, text, title):
    assert titles(norm, rules, text) == [title]


def test_records_of_a_data_file_are_plans_of_their_own(norm, rules):
    text = (
        '[\n{\n"title": "河谷市公共租赁住房保障办法",\n"original_text": "第一条 为完善住房保障体系，制定本办法。\n第二条 本办法适用于本市。"\n},\n'
        '{\n"title": "关于推出河谷市公共租赁住房房源的通告",\n"original_text": "一、房源情况\n二、申请条件"\n}\n]\n'
    )
    assert titles(norm, rules, text) == ["河谷市公共租赁住房保障办法", "关于推出河谷市公共租赁住房房源的通告"]


def test_a_js_records_title_field_opens_a_plan_whatever_its_title_ends_with(norm, rules):
    record = "  {{\n    id:'{n}',\n    title:'河谷一小{name}比赛通知',\n    comment:`\n一、比赛时间\n二、比赛内容`\n  }},\n"
    text = "const notices=[\n" + record.format(n=1, name="朗读") + record.format(n=2, name="书法") + "]\n"
    assert titles(norm, rules, text) == ["河谷一小朗读比赛通知", "河谷一小书法比赛通知"]


def test_a_records_name_field_in_camel_case_titles_it_but_a_bare_name_does_not(norm, rules):
    record = "  {{\n    siteId:[{n}],\n    siteName:'{name}',\n    detail:'1、凭证入场。\\n' +\n    '2、爱护设施。\\n',\n  }},\n"
    text = "var data=[\n" + record.format(n=1, name="河谷游泳馆") + record.format(n=2, name="河谷网球场") + "]\n"
    assert titles(norm, rules, text) == ["河谷游泳馆", "河谷网球场"]
    chart = "series: [{\n  name: '发布政策数量',\n  type: 'bar'\n}]\n"
    assert titles(norm, rules, "河谷县政策发布工作方案\n一、工作目标\n二、工作任务\n" + chart) == ["河谷县政策发布工作方案"]


def test_each_row_of_a_database_dump_is_a_plan_titled_by_its_first_text_field(norm, rules):
    text = (
        "INSERT INTO `article` VALUES ('5', '河谷社区档案管理制度', '\n第一章 总则\n第一条 为规范档案管理，制定本制度。\n', '1600000000');\n"
        "INSERT INTO `article` VALUES ('6', '/uploads/b.png', '河谷图书馆借阅办法', '\n一、借阅对象\n二、借阅期限\n', null);\n"
    )
    assert titles(norm, rules, text) == ["河谷社区档案管理制度", "河谷图书馆借阅办法"]
    # …and so where the dump names its columns
    named = text.replace("INSERT INTO `article` VALUES", "INSERT INTO `article` (`id`, `name`, `content`, `time`) VALUES")
    assert titles(norm, rules, named) == ["河谷社区档案管理制度", "河谷图书馆借阅办法"]


def test_a_title_word_before_a_unit_in_brackets_heads_a_tables_column_not_a_plan(norm, rules):
    text = "河谷县扶贫项目实施方案\n一、项目内容\n项目名称\n资金使用计划（万元）\n二、资金安排\n"
    assert titles(norm, rules, text) == ["河谷县扶贫项目实施方案"]


def test_a_collections_numbered_entry_above_a_document_number_is_a_plan_titled_without_its_number(norm, rules):
    text = (
        "十三、关于学生查分的有关规定\n校教字[2004] 016号(2016年7月修订)\n1. 考生可以在网上查阅成绩。\n2. 查阅结果报开课院系。\n"
        "十四、河谷大学新生入学资格审查\n实施办法\n校教〔2021〕21号\n为切实保护学生权益，根据有关规定，特制定本办法。\n第一条 审查工作由教务处负责。\n"
    )
    assert titles(norm, rules, text) == ["关于学生查分的有关规定", "河谷大学新生入学资格审查实施办法"]


def test_an_articles_purpose_on_the_line_after_its_bare_number_opens_no_plan(norm, rules):
    text = "一、总则\n第一条\n为了加强乡村建设工程质量管理，根据有关法律法规，结合本省实际，制定本办法。\n第二条\n本办法适用于本省行政区域。\n"
    assert len(split_plans(norm(text), rules)) == 1


def test_a_policy_qa_before_the_first_plan_is_no_plan(norm, rules):
    text = (
        "一、《通知》制定的背景是什么?当前,知识产权地位日益凸显。\n二、《通知》的主要内容有哪些?一是压减周期。\n"
        "河谷市知识产权保护工作方案\n一、总体要求\n二、重点任务\n"
    )
    assert titles(norm, rules, text) == ["河谷市知识产权保护工作方案"]
    assert len(split_plans(norm("一、工作目标\n确保安全。\n二、工作措施\n加强巡查。\n"), rules)) == 1


def test_a_page_with_no_title_line_is_titled_by_its_heading_below_the_menu(norm, rules):
    text = "学校主页\n专栏首页\n您现在的位置:\n河谷中学各处室新规划工作设想(德育)\n索引号:\n1.继续加强德育研究\n2.凸现德育特色\n"
    assert titles(norm, rules, text) == ["河谷中学各处室新规划工作设想(德育)"]
    assert titles(norm, rules, "学校主页\n1.继续加强德育研究\n2.凸现德育特色\n") == ["学校主页"]


def test_a_procedures_title_ending_in_guicheng_opens_a_plan(norm, rules):
    text = "河谷物业治安守则\n一、维护小区秩序。\n二、做好防盗工作。\n河谷物业配电房安全操作规程\n1、进入配电房须两人同行。\n2、定期检查绝缘用具。\n"
    assert titles(norm, rules, text) == ["河谷物业治安守则", "河谷物业配电房安全操作规程"]


def test_a_line_opening_with_a_full_date_is_a_record_not_a_title(norm, rules):
    # A law's history entries above its articles: the last one ends in 公告, a title word.
    text = (
        "河谷研究院档案借阅管理办法\n1.中华民国九十八年三月二日河谷研究院秘书字第 55 号令订定发布全文 8 条\n"
        "中华民国一百零九年五月六日河谷院规字第 302 号公告\n第 1 条\n本办法依档案法订定之。\n第 2 条\n本院设档案室。\n"
    )
    assert titles(norm, rules, text) == ["河谷研究院档案借阅管理办法"]


def test_a_title_broken_over_two_lines_after_a_plans_last_sentence_is_joined(norm, rules):
    text = (
        "河谷市停车场管理细则\n第一条 为规范停车管理,制定本细则。\n第二条 本细则自公布之日起实施。\n\n"
        "河谷市公共自行车\n\n租赁服务管理细则\n\n第一条 为规范自行车租赁,制定本细则。\n"
    )
    assert titles(norm, rules, text) == ["河谷市停车场管理细则", "河谷市公共自行车租赁服务管理细则"]
    # …but an item's line above a title is the item's, never half a title.
    text = "河谷镇防汛预案\n一、组织领导\n二、物资保障\n河谷镇抗旱预案\n一、组织领导\n"
    assert titles(norm, rules, text) == ["河谷镇防汛预案", "河谷镇抗旱预案"]


def test_a_title_said_twice_a_page_title_then_its_heading_is_one_title(norm, rules):
    text = "河谷市山林防火管理办法\n\n河谷市山林防火管理办法\n\n第一条 为了预防山林火灾，制定本办法。\n第二条 本办法适用于全市。\n"
    assert titles(norm, rules, text) == ["河谷市山林防火管理办法"]


def test_a_title_broken_after_a_cover_notice_is_joined(norm, rules):
    text = (
        "所属通知:河谷大学推荐免试研究生工作管理办法(试行)\n发布单位:河谷大学教务处\n关于印发《管理办法》的通知\n"
        "各学院:\n现印发给你们,请认真遵照执行。\n河谷大学\n2021年4月30日\n河谷大学推荐优秀应届本科毕业生免试攻读\n"
        "研究生工作管理办法(2020年9月修订)\n第一章 总则\n第一条 为规范推免工作,制定本办法。\n"
    )
    assert titles(norm, rules, text) == ["河谷大学推荐优秀应届本科毕业生免试攻读研究生工作管理办法(2020年9月修订)"]


def test_a_sentence_cut_where_the_text_names_itself_or_closes_a_cited_name_opens_no_plan(norm, rules):
    text = (
        "河谷金融控股股份有限公司数据平台管理要点\n"
        "第一条 为规范数据平台管理，订定本要点。\n"
        "第二条 (适用对象)\n"
        "本公司及各子公司使用数据平台，应依本要点\n"
        "之规定办理。\n"
        "第三条 账号申请依《河谷金融控股股份有\n"
        "限公司账号权限审批要点》之规定\n"
        "办理。\n"
        "第四条 本要点自发布之日起施行。\n"
    )
    assert titles(norm, rules, text) == ["河谷金融控股股份有限公司数据平台管理要点"]


def test_each_colleges_rules_under_its_name_line_are_a_plan_and_an_articles_text_opens_none(norm, rules):
    text = (
        "河谷大学化学学院\n关于本科生毕业设计的管理规定\n"
        "第一条 目的及依据\n为规范毕业设计工作，根据《河谷大学本科教学管理暂行办法》，制定本办法。\n"
        "第二条 本规定自2020年起执行。\n"
        "河谷大学材料科学与工程学院\n关于本科生毕业设计的管理规定\n"
        "第一条 目的及依据\n为规范毕业设计工作，制定本办法。\n第二条 本规定自2020年起执行。\n"
    )
    assert [t.replace("\n", "") for t in titles(norm, rules, text)] == [
        "河谷大学化学学院关于本科生毕业设计的管理规定",
        "河谷大学材料科学与工程学院关于本科生毕业设计的管理规定",
    ]


def test_a_sentence_of_several_clauses_ending_in_a_title_word_is_no_title(norm, rules):
    text = (
        "河谷行业协会会员自律管理办法\n第一条 为规范会员行为，制定本办法。\n第二条 会员单位应当建立自律制度。\n"
        "会员单位开展自律工作，本办法未作规定的，参照行业协会有关规定\n第三条 本办法自发布之日起施行。\n"
    )
    assert titles(norm, rules, text) == ["河谷行业协会会员自律管理办法"]


def test_numbered_announcements_one_after_another_are_plans_of_their_own(norm, rules):
    text = (
        "河谷市防疫指挥部第33号公告\n一、全员核酸检测。\n二、暂停聚集活动。\n"
        "河谷市防疫指挥部第34号公告\n一、落实扫码查验。\n二、加强社区管控。\n"
    )
    assert titles(norm, rules, text) == ["河谷市防疫指挥部第33号公告", "河谷市防疫指挥部第34号公告"]


def test_the_list_of_attachments_naming_a_document_opens_no_plan(norm, rules):
    text = (
        "河谷大学学生竞赛奖励办法\n一、竞赛分为三类。\n二、本办法自发文之日起实施。\n"
        "附件:1.河谷大学学科竞赛奖励办法\n2.河谷大学体育竞赛奖励办法\n"
        "附件1\n河谷大学学科竞赛奖励办法\n为鼓励学生参加学科竞赛,制定本办法。\n一、竞赛组织。\n二、奖励标准。\n"
    )
    assert titles(norm, rules, text) == ["河谷大学学生竞赛奖励办法", "河谷大学学科竞赛奖励办法"]


def test_a_title_word_that_is_a_clauses_verb_opens_no_plan(norm, rules):
    text = (
        "河谷区少儿书法比赛实施计划\n一、比赛时间\n1.初赛:4月10日。\n2.复赛日期待定,\n"
        "颁奖典礼日期:另行公告\n3.决赛:5月20日。\n二、奖项设置\n1.一等奖3名。\n"
    )
    assert titles(norm, rules, text) == ["河谷区少儿书法比赛实施计划"]
    assert rules.is_title("河谷市防疫指挥部第3号公告")


def test_a_line_opening_with_a_clause_mark_opens_no_plan(norm, rules):
    text = (
        "河谷棋社会员管理规定\n第一章 总则\n第一条 本社设有对弈室。\n第二条 会员违反规定时\n"
        ",按下列方式处理: 参照棋社议事规程\n第三条 会员应遵守棋规。\n第四条 本规定自公布之日起施行。\n"
    )
    assert titles(norm, rules, text) == ["河谷棋社会员管理规定"]


def test_a_preamble_that_decrees_its_plan_in_taiwans_word_opens_and_names_it(norm, rules):
    text = "河谷大学奖学金办法\n一、奖励优秀学生。\n二、每年评选一次。\n为协助清寒学生,依据本校规定订定河谷大学助学金要点。\n一、申请资格。\n二、申请程序。\n"
    assert titles(norm, rules, text) == ["河谷大学奖学金办法", "河谷大学助学金要点"]


def test_a_page_carrying_its_article_twice_holds_two_plans_but_a_running_header_opens_none(norm, rules):
    article = "关于举办河谷县护林员培训班的通知\n各乡镇林业站:\n根据《河谷县护林员管理办法》文件要求,\n一、培训对象\n二、培训时间\n"
    assert len(titles(norm, rules, "河谷县政府网\n" + article + "地址:河谷县城关镇\n" + article)) == 2
    page = "河谷县护林工作简报第一期\n一、巡山情况\n各站每日巡山,记录在册。\n河谷县护林工作简报第一期\n二、防火宣传\n各站张贴标语,发放传单。\n"
    assert len(titles(norm, rules, page)) == 1


def test_a_part_line_giving_its_texts_title_separates_plans(norm, rules):
    text = (
        "第1篇 后勤管理-河谷小学食堂管理制度\n河谷小学食堂管理制度\n1、食堂必须持证经营。\n2、食材须索证索票。\n"
        "第2篇 河谷中学安全事故报告制度\n1、发生事故立即报告。\n2、学校做好记录。\n"
    )
    assert len(titles(norm, rules, text)) == 2


def test_a_part_line_whose_title_ends_in_a_sites_section_tag_opens_one_plan(norm, rules):
    text = (
        "第一篇:公司管理制度大纲-行政\n河谷通讯有限公司\n二〇一七年九月\n公司管理制度大纲\n"
        "为了加强公司的规范化管理,特制定本管理细则。\n一、全体员工遵守公司章程。\n二、公司的财产属股东所有。\n"
    )
    assert len(titles(norm, rules, text)) == 1  # not the part line as a plan of its own, then the preamble's


def test_a_pages_keyword_line_after_the_text_is_no_title(norm, rules):
    text = "河谷商场停电处置预案一、成立指挥组(一)经理任组长。二、处置措施(一)启用应急照明。\n- 关 键 词:\n- 商场 停电 处置 预案\n"
    plans = split_plans(norm(text), rules)
    assert len(plans) == 1 and plans[0].body_start == 0  # the text is the plan's body, not a title's page furniture


def test_a_charter_is_titled_by_its_heading(norm, rules):
    text = "const menu = [\n河谷摄影家协会章程\n第一条 本会是摄影工作者自愿结成的团体。\n第二条 本会会址设在河谷市。\n"
    assert titles(norm, rules, text) == ["河谷摄影家协会章程"]


def test_an_annex_after_a_plan_that_opened_with_no_title_line_is_a_plan_of_its_own(norm, rules):
    text = (
        "Home | English\n河谷大学访问学者离校须知\n2020-04-10\n一、离校时限\n一般为一年。\n二、离校手续\n1. 交回工作证。\n"
        "附一:成果基本要求\n1、在站期间发表论文2篇。\n2、论文以河谷大学为第一单位。\n"
    )
    assert titles(norm, rules, text) == ["河谷大学访问学者离校须知", "附一:成果基本要求"]


def test_a_field_and_its_value_is_no_title_but_an_annex_label_before_one_is(norm, rules):
    text = (
        "河谷公司考勤管理办法\n一、工作时间\n1、固定工作时间：每周一至周五。\n弹性工作时间：按各部门实际安排\n"
        "2、打卡方式：使用门禁打卡。\n二、请假\n1、请假须提前申请。\n附件1：河谷公司请假审批办法\n一、审批权限\n1、三天以内由部门经理审批。\n"
    )
    assert titles(norm, rules, text) == ["河谷公司考勤管理办法", "附件1：河谷公司请假审批办法"]


def test_a_title_like_line_under_an_articles_own_heading_is_its_text(norm, rules):
    # 第二条 申报原则 on its line, then its first point: a line ending in 规范 is no plan title there.
    text = "河谷公司合同管理办法\n第一条 目的\n规范合同管理。\n第二条 申报原则\n客观、完整和规范\n不得迟报、漏报\n第三条 附则\n本办法自印发之日起施行。\n"
    assert titles(norm, rules, text) == ["河谷公司合同管理办法"]


def test_a_form_s_notes_after_a_charter_are_a_text_of_their_own(norm, rules):
    text = "河谷学院学生公寓管理章程\n一、入住管理\n二、安全管理\n河谷学院宿舍报修说明\n1、报修:登录平台填写报修单。\n2、维修:后勤处派员处理。\n"
    assert titles(norm, rules, text) == ["河谷学院学生公寓管理章程", "河谷学院宿舍报修说明"]


@pytest.mark.parametrize(
    "text",
    [
        # a marker alone on its line, then its heading (…章程): the item's own words
        "河谷中学学生会选拔流程\n一、\n社团登记\n1、提交登记表。\n二、\n学生社团活动管理章程\n1、活动须提前报备。\n",
        # 二、范本: then the form it gives
        "河谷中学学生会选拔流程\n一、起草要点如下:\n1. 社团的名称。\n二、范本:\n××社团管理章程\n第一章 总则\n第一条 本社团由学生自愿组成。\n",
        # the rest of a broken line, closing a quote it never opened (though it ends in 说明, a title word)
        "河谷中学学生会选拔流程\n一、扶助对象\n符合标准者,得申请项目一「推动家长学\n申请\n校建设」、项目二「开设特色课程」、项目说明\n二、经费申请\n",
        # a purpose paragraph under the first article
        "河谷中学学生会选拔流程\n第一章 总则\n第一条 学生会选拔应当公开公正。\n为了规范学生干部选拔工作,根据有关规定,制定本制度。\n第二条 本制度适用于全体学生干部。\n",
    ],
)
def test_title_like_lines_inside_an_item_open_no_plan(norm, rules, text):
    assert titles(norm, rules, text) == ["河谷中学学生会选拔流程"]



def test_the_first_article_again_after_a_run_of_articles_opens_the_next_document(norm, rules):
    rules_text = "第一条 为规范河谷县护林工作,制定本办法。\n第二条 护林员由乡镇聘用。\n第三条 护林员每日巡山。\n第四条 本办法自印发之日起施行。\n"
    page = "河谷县护林员管理办法\n" + rules_text + "《河谷县护林员管理办法》已经县政府同意,现印发给你们,请认真组织实施。河谷县林业局2020年6月29日河谷县护林员管理办法\n" + rules_text
    assert len(titles(norm, rules, page)) == 2
    chapters = "河谷县护林协会章程\n第一章 总则\n" + rules_text + "第二章 细则\n第一条 会员按时缴纳会费。\n第二条 会员参加巡山。\n"
    assert len(titles(norm, rules, chapters)) == 1  # a later part may number its articles afresh


def test_a_section_numbering_its_articles_afresh_opens_no_document(norm, rules):
    text = (
        "河谷燃气隐患管理制度\n第一章 定义\n第一节 术语\n第一条 事故隐患指可能导致事故的缺陷。\n第二条 隐患排查指发现隐患的工作。\n"
        "第三条 隐患治理指消除隐患的工作。\n第二节 分级\n第一条 基本要求\n隐患分为一般隐患和重大隐患。\n第二条 重大隐患需停气整改。\n"
    )
    assert titles(norm, rules, text) == ["河谷燃气隐患管理制度"]


def test_the_title_again_between_two_points_of_one_list_is_a_running_header(norm, rules):
    text = (
        "河谷胶囊股份有限公司\n突发事件应急制度\n第一章 总则\n第一条 为加强突发事件管理,制定本制度。\n"
        "第二条 突发事件主要包括:\n(一)治理类\n(二)经营类\n河谷胶囊股份有限公司 突发事件应急制度\n(三)政策环境类\n(四)信息类\n"
    )
    assert len(split_plans(norm(text), rules)) == 1
    # …but the title again with the list begun afresh is the document given again: a second plan
    again = text.replace("(三)政策环境类\n(四)信息类", "第一章 总则\n第一条 为加强突发事件管理,制定本制度。")
    assert len(split_plans(norm(again), rules)) == 2


def test_the_first_article_again_splits_text_that_opened_with_no_title_line(norm, rules):
    articles = "第一条 河谷协会会费按年缴纳。\n第二条 会费由财务组收取。\n第三条 会费用于会务。\n第四条 本办法自通过日施行。\n"
    page = "Home | News\n" + articles + "页码 2/5 河谷协会财务文件汇编\n" + articles.replace("会费", "捐款")
    assert len(split_plans(norm(page), rules)) == 2


def test_an_articles_paragraph_that_opens_like_a_preamble_but_gives_a_rule_opens_no_plan(norm, rules):
    text = (
        "河谷省山林应急条例\n第一条 为了规范应急工作，制定本条例。\n第二条 各级政府负责应急工作。\n"
        "第三条 应急预案应当报上一级政府备案。\n根据人员变动情况，制定部门应当及时调整值班安排。\n第四条 本条例自公布之日起施行。\n"
    )
    assert titles(norm, rules, text) == ["河谷省山林应急条例"]


def test_a_collections_entries_that_its_contents_list_are_plans_of_their_own(norm, rules):
    text = (
        "河谷协会规章汇编\n目录说明如下\n一、《河谷协会章程》(节录)(会员大会2016年通过)\n二、《河谷协会财务规定》(节录)(理事会制定)\n"
        "一、《河谷协会章程》(节录)\n第一条 本会宗旨为服务会员。\n第二条 本会设理事会。\n"
        "二、《河谷协会财务规定》(节录)\n第三条 会费按年缴纳。\n第四条 账目每季公布。\n"
    )
    assert titles(norm, rules, text)[-2:] == ["《河谷协会章程》(节录)", "《河谷协会财务规定》(节录)"]


def test_lists_citing_other_documents_under_each_heading_are_no_collection(norm, rules):
    text = (
        "河谷区防汛预案\n1总则\n1.1编制依据\n1.1.1法规\n1.《中华人民共和国防洪法》\n2.《河谷省河道管理条例》\n"
        "1.1.2文件\n1.《城市防洪应急预案编制大纲》\n2.《洪水风险图编制导则》\n1.1.3规划\n1.《青禾江干流防洪规划报告》\n"
        "2.《河谷区城市防洪规划》\n1.2适用范围\n本预案适用于本区。\n"
    )
    assert titles(norm, rules, text) == ["河谷区防汛预案"]


def test_a_list_citing_documents_twice_is_no_collection(norm, rules):
    text = (
        "河谷村庄规划\n一、规划依据\n1)《河谷县乡村振兴方案》；\n2)《河谷镇总体规划》。\n"
        "二、编制依据\n1)《河谷县乡村振兴方案》；\n2)《河谷镇总体规划》。\n三、规划目标\n"
    )
    assert titles(norm, rules, text) == ["河谷村庄规划"]


def test_a_law_database_page_is_titled_by_its_name_field_and_keeps_its_chapter(norm, rules):
    # the page's menu line above the field joins no title, and a sentence cut at a
    # line end behind a defined short name (…(以下简称…)) opens no plan
    text = (
        "编章节条文\n法规名称: 河谷县中长程计划编审办法\n法规类别: 河谷县政府\n第 四 章 计划之拟订\n"
        "各机关应拟订长程个案计划及中程个案计划 (以下简称中长程个案计划)\n之事项如下:\n"
        "一、依基本施政目标应规划事项。\n二、依有关法令规定应规划事项。\n"
    )
    plans = split_plans(norm(text), rules)
    assert [plan.title for plan in plans] == ["河谷县中长程计划编审办法"]


def test_a_defined_short_name_in_brackets_ends_no_title(rules):
    assert rules.is_title("河谷县中长程个案计划(试行)")
    assert not rules.is_title("各单位应拟订中程个案计划 (以下简称个案计划)")


def test_a_part_line_with_a_long_title_opens_one_plan(norm, rules):
    title = "中共河谷市青山区合面镇委员会关于开展“创文明城市、做文明市民、建幸福青山”实施方案"
    text = (
        f"第一篇:{title}\n中共河谷市青山区合面镇委员会\n关于开展“创文明城市、做文明市民、建幸福青山”\n活动的实施方案\n"
        "根据区委宣传部的通知要求,制定如下实施方案。\n一、活动目标\n提高市民文明素质。\n二、活动组织\n全镇统一组织。\n"
    )
    assert len(titles(norm, rules, text)) == 1  # not the part line a plan of its own, then the preamble's


def test_a_purpose_under_a_bare_marker_and_its_caption_opens_no_plan(norm, rules):
    # 一、 alone on its line, its caption on the next, then its text: …,特制定本计划。 is the item's text
    text = (
        "河谷区图书馆读书会实施计划\n一、\n计划宗旨\n为推广阅读风气,特制定本计划。\n二、\n活动内容如下:\n"
        "(一) 每月共读一本书。\n(二) 组织读后分享。\n三、\n会员之招募:\n应公告活动内容。\n"
    )
    assert titles(norm, rules, text) == ["河谷区图书馆读书会实施计划"]


def test_the_basis_under_its_caption_opens_no_plan(norm, rules):
    # (二)编制依据。 then its basis, …制定本预案。: the item's text (an untitled plan's preamble follows other items)
    text = (
        "河谷区突发地质灾害应急预案\n一、总则\n(一)目的。\n建立健全应急体系。\n(二)编制依据。\n"
        "依据《地质灾害防治条例》及有关规定,结合我区实际,制定本预案。\n(三)适用范围。\n本预案适用于本区。\n"
    )
    assert titles(norm, rules, text) == ["河谷区突发地质灾害应急预案"]


def test_articles_numbered_afresh_under_each_numbered_part_stay_in_the_plan(norm, rules):
    # A hotel's finance rules: 一、 and 二、 name its parts, each numbering its articles from 第一条.
    text = (
        "河谷酒店财务管理制度\n一、借款管理办法\n第一条、借款人填制借款凭证。\n第二条、费用发生后报帐。\n"
        "第三条、报销票据须合法。\n二、会计核算管理办法\n第一条、会计核算以权责发生制为基础。\n第二条、记帐单位为人民币。\n"
    )
    assert titles(norm, rules, text) == ["河谷酒店财务管理制度"]


def test_a_collections_part_cut_before_its_first_item_is_a_plan_where_it_has_text(norm, rules):
    first = "第1篇:河谷医院感染科工作计划\n一、加强培训。\n二、落实消毒隔离制度。\n"
    part = "第2篇:河谷医院感染科工作计划\n为进一步加强医院感染管理,有效预防和控制医院感染,提高医疗质量,保证医疗安全,结合我院实际,制定本计划。\n"
    assert len(titles(norm, rules, first + part)) == 2
    # …but a separator line with nothing under it is no plan
    assert len(titles(norm, rules, first + "第2篇:河谷医院感染科工作计划\n")) == 1


def test_the_title_again_under_a_sites_number_before_the_articles_makes_no_item(norm, rules):
    text = "河谷文化专项资金使用办法\n\n2021-11-02 09:30\n\n3. 河谷文化专项资金使用办法\n\n第一条 为规范资金使用,制定本办法。第二条 资金单独核算。\n"
    assert titled_roots(norm, rules, text) == [("河谷文化专项资金使用办法", ["第一条", "第二条"])]


def test_a_handbooks_number_before_the_title_opening_a_text_makes_no_item(norm, rules):
    text = "（一）河谷中学班级常规考核实施办法\n为规范班级管理，特制定本办法。\n一、文明礼仪\n1.佩戴校牌。\n2.按时到校。\n"
    assert titles(norm, rules, text) == ["（一）河谷中学班级常规考核实施办法"]
    # …but a first item heading a section stays an item
    plan = "河谷中学工作计划\n（一）指导思想\n坚持立德树人。\n（二）工作目标\n提高质量。\n"
    assert titles(norm, rules, plan) == ["河谷中学工作计划"]


def test_a_collections_heading_with_its_count_and_a_texts_number_separates_its_texts(norm, rules):
    text = (
        "青禾幼儿园安全演练方案(通用3篇)\n青禾幼儿园安全演练方案(通用3篇)1\n一、活动目的\n1、了解疏散路线。\n二、活动过程\n1、警报响起。\n"
        "青禾幼儿园安全演练方案(通用3篇)2\n游戏目的:\n1、训练有序疏散。\n2、培养安全意识。\n"
    )
    assert titles(norm, rules, text) == ["青禾幼儿园安全演练方案(通用3篇)1", "青禾幼儿园安全演练方案(通用3篇)2"]


def test_a_separator_run_onto_an_items_last_sentence_opens_the_next_text(norm, rules):
    text = (
        "仓库防火管理制度篇一\n(1)每日下班前检查电源。\n(2)离库时关好门窗并上锁。仓库防火管理制度篇二\n"
        "(1)消防通道保持畅通。\n(2)灭火器每月检查一次。\n"
    )
    assert titles(norm, rules, text) == ["仓库防火管理制度篇一", "仓库防火管理制度篇二"]
    numbered = "社区读书月活动方案一\n1、活动主题:书香社区。\n2、评选阅读之星并颁发证书。2024年社区读书月活动方案二\n1.开展亲子共读。\n2.举办好书交换会。\n"
    assert titles(norm, rules, numbered) == ["社区读书月活动方案一", "2024年社区读书月活动方案二"]
    # …not a paragraph of no item naming the first text under the collection's heading
    blurb = "第一篇:仓库防火管理制度\n仓库防火事关全局,仓库是物资的集散地,也是火灾的多发地,你知道仓库防火管理制度应该怎么写吗?下面为你带来仓库防火管理制度范文,希望对你有帮助。仓库防火管理制度范文1\n(1)每日下班前检查电源。\n(2)灭火器每月检查一次。\n"
    assert len(titles(norm, rules, blurb)) == 1


def test_a_line_ending_in_a_cited_provision_is_no_title(norm, rules):
    # an article's sentence broken at a line end, its rest citing another law's provision: one plan, one article
    assert not rules.is_title("依照河谷法第十二条第三项规定")
    assert rules.is_title("河谷大学学生奖惩办法")
    text = (
        "河谷大学学生奖惩办法\n第一条 为规范学生奖惩,制定本办法。\n第二条 学生有违纪行为的,由学校\n"
        "依照河谷法第十二条第三项规定\n给予处分。\n第三条 本办法自公布之日起施行。\n"
    )
    assert [plan.title for plan in split_plans(norm(text), rules)] == ["河谷大学学生奖惩办法"]


def test_a_line_holding_a_clauses_modal_verb_is_no_title(norm, rules):
    # a law's sentence a PDF broke right after a title word (…设立计划 / 生育工作机构…): one plan
    assert not rules.is_title("青山单位应当根据需要,设立计划")
    text = (
        "河谷省青山条例\n第一条 为规范青山管理,制定本条例。\n第二条 乡镇设立青山机构。\n"
        "　　河谷单位应当根据需要,设立计划\n生育工作机构,负责本单位的管理工作。\n第三条 本条例自公布之日起施行。\n"
    )
    assert [plan.title for plan in split_plans(norm(text), rules)] == ["河谷省青山条例"]


def test_a_line_like_a_title_between_two_numbers_of_one_run_opens_no_plan(norm, rules):
    text = (
        "河谷小组项目开发计划\n1 范围\n本计划适用于河谷小组。\n2 过程模型\n本组采用原型模式开发。\n"
        "关于模型实施的更多细节，请参照进度计划\n3 资源计划\n本组使用学院机房。\n4 进度计划\n四月底前发布首个版本。\n"
    )
    assert len(split_plans(norm(text), rules)) == 1
    # …but a title followed by a list begun afresh opens the next plan
    two = text.replace("3 资源计划\n本组使用学院机房。\n4 进度计划", "1 资源计划\n本组使用学院机房。\n2 进度计划").replace("关于模型实施的更多细节，请参照进度计划", "河谷小组测试工作计划")
    assert len(split_plans(norm(two), rules)) == 2


def test_a_tables_header_row_between_two_sections_opens_no_plan(norm, rules):
    # a Word table flattened to lines, its cells set apart by tabs: the row is no title, however it ends
    text = (
        "河谷小组项目计划书\n4 技术方案\n4.1 总体架构\n本系统采用前后端分离架构。\n类别\t建议技术\t说明\n前端\tVue\t界面\n"
        "4.2 关键技术\n本组采用关系型数据库。\n5 项目计划\n5.1 进度安排\n本项目计划在12天内完成。\n"
    )
    assert len(split_plans(norm(text), rules)) == 1
    assert not rules.is_title("类别\t建议技术\t说明") and rules.is_title("河谷小组项目实施方案")


def test_an_annex_heading_alone_then_a_title_broken_over_two_lines_opens_the_annexs_plan(norm, rules):
    text = (
        "河谷区入学审核实施细则\n一、审核内容\n审核户籍材料。\n二、工作要求\n各部门严格执行。\n"
        "附件2\n河谷区2015年非本市户籍超龄儿童\n入学申请办法\n一、申请材料\n提交医疗证明。\n二、受理时间\n5月5日至8日。\n"
    )
    assert titles(norm, rules, text) == ["河谷区入学审核实施细则", "河谷区2015年非本市户籍超龄儿童入学申请办法"]
    # …but an annex heading over a line that is no title (a form's caption) opens no plan
    form = text.replace("河谷区2015年非本市户籍超龄儿童\n入学申请办法\n一、申请材料\n提交医疗证明。\n二、受理时间\n5月5日至8日。\n", "一寸照片\n兹有我辖区儿童。\n")
    assert titles(norm, rules, form) == ["河谷区入学审核实施细则"]


def test_a_line_without_han_characters_above_an_untitled_text_is_chrome_not_its_title(norm, rules):
    # a page's slider captions, then the plan's heading (no plan word), then its items
    text = "slider image 597\nslider image 598\n:::\n5-19 午餐供应紧急应变措施\n一、依据\n本校与厂商签订之契约。\n二、目的\n确保学生饮食安全。\n"
    assert titles(norm, rules, text) == ["5-19 午餐供应紧急应变措施"]
