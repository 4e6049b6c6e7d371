import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest import Document
from pipeline.models import walk
from pipeline.normalize import normalize
from pipeline.document import parse_document, parse_path

from .conftest import seed

fragments = st.sampled_from(
    ["安全生产工作方案\n", "第一篇\n", "一、", "（二）", "1.", "(3)", "①", "一是", "二是", "第一条", "第一阶段:", "衛(wèi)生", "\r\n", "\n", "。", "，",
     "为加强管理，特制定本方案。\n", "组长:\n", "加强领导，落实责任", "2月28日—3月7日", "每季度", "当前位置:首页\n"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(fragments, st.text(max_size=4)), max_size=40))
def test_parse_never_fails_and_spans_slice_the_original(rules, parts):
    text = "".join(parts)
    if not text.strip():
        return
    result = parse_document(Document("x.txt", "0" * 64, "utf-8", text), rules)
    for plan in result.plans:
        assert 0 <= plan.span[0] <= plan.span[1] <= len(text)
        for item in walk(plan.items):
            start, end = item.span
            assert plan.span[0] <= start <= end <= plan.span[1]
            marker = item.marker
            assert text[start : end].replace("\r", "").startswith(marker.replace("\r", "")[:1])
        assert plan.counts.items == sum(1 for _ in walk(plan.items))


def test_item_spans_point_at_the_marker_in_the_original_traditional_text(rules):
    path = seed("001")
    original = path.read_text(encoding="utf-8")
    result = parse_path(path, rules)
    first = result.plans[0].items[0]
    assert first.marker == "一、"
    assert original[first.span[0] : first.span[1]].startswith("一、扎實(shí)進(jìn)行動(dòng)員準(zhǔn)備")
    assert first.text.startswith("扎實進行動員準備")
    assert result.source.encoding == "utf-8" and result.source.script == "traditional"


def test_regulation_with_chapters_and_articles(rules):
    text = (
        "XX县安全生产大检查实施细则\n第一章 总则\n第一条 为进一步加强安全生产工作，制定本细则。\n"
        "第二章 检查内容\n第三条 检查的主要内容包括：\n（一）安全生产责任制落实情况；\n（二）隐患排查治理情况，重点是：\n"
        "1.危险化学品储存；\n2.消防设施完好情况。\n第三章 附则\n第五条 本细则自发布之日起施行。\nXX县安全生产委员会办公室\n2021年3月1日\n"
    )
    [plan] = parse_document(Document("x.txt", "0" * 64, "utf-8", text), rules).plans
    assert [(i.marker, i.level) for i in walk(plan.items)] == [
        ("第一章", 1), ("第一条", 2), ("第二章", 1), ("第三条", 2), ("（一）", 3), ("（二）", 3), ("1.", 4), ("2.", 4), ("第三章", 1), ("第五条", 2)
    ]
    assert plan.institution == "县安全生产委员会"
    assert [i.category for i in walk(plan.items)][-1] == "other"


def test_the_body_that_issues_the_cover_notice_issues_the_plan(rules):
    text = (
        "青山县卫生健康局关于印发医疗机构消防安全专项整治工作方案的通知\n\n各医疗卫生单位：\n现将方案印发给你们，请认真执行。\n\n"
        "医疗机构消防安全专项整治工作方案\n\n"
        "为做好消防安全工作，特制定本方案。\n一、开展隐患排查。县消防救援大队配合检查。\n二、加强宣传教育。\n"
    )
    result = parse_document(Document("cover.txt", "0" * 64, "utf-8", text), rules)
    [plan] = result.plans
    assert (plan.title, plan.institution, plan.institution_named) == ("医疗机构消防安全专项整治工作方案", "青山县卫生健康局", True)


@pytest.mark.parametrize(
    "text, issuer",
    [
        pytest.param(
            "关于举办青禾读书节的通知\n各学院:\n为营造书香校园,现举办读书节。\n一、活动时间\n四月至五月。\n"
            "二、活动内容\n读书征文、好书推荐。\n附件1:青禾读书节报名表.docx\n附件2:关于举办青禾读书节的通知.pdf\n青禾学院科研处\n2024年3月20日\n",
            "青禾学院科研处",
            id="a signature below the list of attachments",
        ),
        pytest.param(
            "您的位置：网站首页 > 通知公告\n\n2023年护林防火工作方案\n\n发布时间：2023年3月1日　发布单位：河谷县林业局\n\n"
            "为做好今冬明春护林防火，制定本方案。\n\n一、划定巡护区域\n\n二、落实巡护人员\n",
            "河谷县林业局",
            id="a page's publishing field, chrome in the text",
        ),
    ],
)
def test_a_body_named_outside_the_plans_items_issues_it(rules, text, issuer):
    [plan] = parse_document(Document("page.txt", "0" * 64, "utf-8", text), rules).plans
    assert (plan.institution, plan.institution_named) == (issuer, True)


def test_a_body_forwarding_anothers_document_issues_the_notice(rules):
    # its title broken after the body it forwards, its signature run on with page debris
    text = (
        "\n\n国务院办公厅转发国家计委\n\n关于河谷水库移民安置\n\n有关问题请示的通知\n\n国办发〔2001〕9号\n\n各有关省人民政府：\n\n"
        "国家计委《关于河谷水库移民安置有关问题的请示》已经同意，现转发给你们。\n\n国务院办公厅         &sp;   \n\n二〇〇一年三月二日\n\n"
        "关于河谷水库\n\n移民安置有关问题的请示\n\n现提出如下意见：\n\n一、分期安置移民\n\n二、保障安置资金\n"
    )
    [plan] = parse_document(Document("forward.txt", "0" * 64, "utf-8", text), rules).plans
    assert plan.institution == "国务院办公厅"


def test_the_documents_a_notice_hands_out_by_name_are_its_issuers(rules):
    text = (
        "河谷省人民政府办公厅关于印发促进茶产业发展若干措施和河谷省茶产业振兴行动计划的通知\n"
        "各市人民政府：\n《促进茶产业发展若干措施》《河谷省茶产业振兴行动计划（2021-2023年）》已经省政府同意，现印发给你们。\n"
        "促进茶产业发展若干措施\n一、扶持茶园改造。省农业农村厅负责。\n二、培育茶叶品牌。省农业农村厅负责。\n"
        "河谷省茶产业振兴行动计划（2021-2023年）\n为振兴茶产业，制定本计划。\n"
        "一、良种推广行动。省农业农村厅牵头。\n二、品牌培育行动。省农业农村厅、省财政厅负责。\n"
    )
    plans = parse_document(Document("notice.txt", "0" * 64, "utf-8", text), rules).plans
    assert [plan.institution for plan in plans] == ["河谷省人民政府办公厅", "河谷省人民政府办公厅"]


def test_annexes_naming_no_body_are_their_documents_and_every_record_stays_valid(rules):
    from pipeline.models import Plan

    text = (
        "河谷市交通局道路巡查工作规范\n第一条 为规范道路巡查，制定本规范。\n第二条 巡查人员应当佩戴执法记录仪。\n"
        "第三条 本规范自公布之日起施行。\n"
        "附件1：路面巡查记录办法\n一、巡查人员当日填写记录。\n二、记录按月归档。\n"
        "附件2：车辆检查登记办法\n一、检查车辆须登记车牌。\n二、登记表交科室存档。\n"
    )
    plans = parse_document(Document("rules.txt", "0" * 64, "utf-8", text), rules).plans
    assert [(plan.institution, plan.institution_why) for plan in plans] == [("河谷市交通局", "mentions"), ("河谷市交通局", "enclosure"), ("河谷市交通局", "enclosure")]
    assert all(Plan.model_validate(plan.model_dump()) == plan for plan in plans)  # the changed records still meet the schema


def test_a_mirrored_pages_title_names_the_documents_issuer_and_its_site_stays_the_owner(rules):
    # the site a mirror's title opens with is the page's, not the issuer of the document it reposts…
    page = "---\ntitle: 河谷大学->青禾省委关于加强基层建设的决定 | hegu.edu.cn\n---\n\n为加强基层建设，作出如下决定。\n\n一、总体要求\n\n二、主要任务\n"
    plan = parse_document(Document("post.md", "", "utf-8", page, "markdown", page_title="河谷大学->青禾省委关于加强基层建设的决定 | hegu.edu.cn"), rules).plans[0]
    assert plan.institution == "青禾省委"
    # …but the owner of a plan that speaks only as 学校
    page = "---\ntitle: 河谷大学->学校2022年工作要点出台 | hegu.edu.cn\n---\n\n学校印发工作要点。\n\n一、学校加强党建\n\n二、学校推进改革\n"
    plan = parse_document(Document("post.md", "", "utf-8", page, "markdown", page_title="河谷大学->学校2022年工作要点出台 | hegu.edu.cn"), rules).plans[0]
    assert plan.institution == "河谷大学"


def test_a_website_a_page_names_as_publisher_is_no_issuer_and_a_section_label_no_title(rules):
    text = "发布单位：河谷大学信息公开网\n\n附件正文\n\n河谷大学学生宿舍管理办法\n第一条 为规范宿舍管理，制定本办法。\n第二条 学校后勤处负责宿舍管理。\n"
    [plan] = parse_document(Document("page.md", "0" * 64, "utf-8", text, "markdown"), rules).plans
    assert (plan.title, plan.institution) == ("河谷大学学生宿舍管理办法", "河谷大学")


def test_a_pages_source_line_is_chrome_in_the_text_but_names_the_issuer(rules):
    text = "乡村医生师资培训将在全国开展\n2017-05-18 14:30\n来源：河谷省继续医学教育中心\n【字体：大 中 小】\n(一)培训目标\n提高乡村医生能力。\n(二)培训安排\n分三轮开展。\n"
    [plan] = parse_document(Document("page.txt", "0" * 64, "utf-8", text), rules).plans
    assert plan.institution == "河谷省继续医学教育中心"
    assert "来源" not in "".join(item.text for item in walk(plan.items))


def test_a_law_databases_name_field_titles_the_plan_and_its_label_names_no_body(rules):
    # the body the title opens with issues it, read past the field's label (法规名称:), not the site's owner
    text = "青山市政府法规查询系统\n法规名称: 青山市河谷区防汛指挥中心值班要点 (民国 101 年 05 月 20 日 修正)\n一、值班人员坚守岗位。\n二、交班前填写记录。\n"
    [plan] = parse_document(Document("page.txt", "0" * 64, "utf-8", text), rules).plans
    assert (plan.title, plan.institution) == ("青山市河谷区防汛指挥中心值班要点", "青山市河谷区防汛指挥中心")


def test_a_breadcrumb_of_slashes_is_chrome_not_the_notices_issuer(rules):
    # the trail's last word (正文) ran on into the notice title below it, and its first (首页/) was read as a joint issuer
    text = (
        "首页/ 信息公开/ 政策文件/ 部门文件/ 农业农村/ 防灾减灾/ 正文\n\n河谷县人民政府办公室关于印发河谷县冰雹灾害应急预案的通知\n\n"
        "各镇,县直各单位:\n\n现将《河谷县冰雹灾害应急预案》印发给你们,请遵照执行。\n\n\n河谷县人民政府办公室\n\n2023年6月5日\n\n\n"
        "河谷县冰雹灾害应急预案\n\n1.总则\n\n1.1目的\n\n为减轻冰雹灾害损失,制定本预案。\n"
    )
    [plan] = parse_document(Document("page.txt", "0" * 64, "utf-8", text), rules).plans
    assert plan.institution == "河谷县人民政府办公室"


def test_markdown_markup_is_structure_not_text(rules):
    text = "# 河谷县节水行动方案\n\n> **发布机构**：河谷县水务局\n\n---\n\n## 一、总体要求\n\n节约用水。\n\n### （一）目标\n\n**1.** 到2025年，用水总量下降。\n\n- 2. 完善计量设施。\n"
    result = parse_document(Document("plan.md", "0" * 64, "utf-8", text, "markdown"), rules)
    [plan] = result.plans
    items = list(walk(plan.items))
    assert [(item.marker, item.level) for item in items] == [("一、", 1), ("（一）", 2), ("1.", 3), ("2.", 3)]
    assert plan.institution == "河谷县水务局" and plan.title == "河谷县节水行动方案"
    start, end = items[2].span
    assert text[start:end].startswith("1.** 到2025年")  # spans index the original, markup and all


def test_raw_html_in_markdown_is_read_as_its_text(rules):
    text = (
        "## 第一章&emsp;总则{align=\"center\"}\n\n"
        "<p id=\"t1\">&emsp;&emsp;<b>第一条</b>&emsp;为了规范执法，制定本办法。</p>\n"
        "<p id=\"t2\">&emsp;&emsp;<b>第二条</b>&emsp;本办法适用于本省。<br>\n&emsp;&emsp;本办法所称执法，是指行政行为。</p>\n"
    )
    result = parse_document(Document("rules.md", "0" * 64, "utf-8", text, "markdown"), rules)
    [plan] = result.plans
    items = list(walk(plan.items))
    assert [(item.marker, item.level) for item in items] == [("第一章", 1), ("第一条", 2), ("第二条", 2)]
    assert items[0].text == "总则" and "<" not in items[2].text


def test_markdown_is_recognised_by_its_headings_under_any_name():
    from pipeline.ingest import decode_document

    markdown = "# 标题\n\n## 一、总体要求\n\n## 二、工作任务\n".encode()
    assert decode_document("plan.txt", markdown).markup == "markdown"
    assert decode_document("plan.txt", "一、20**年工作\n二、**市\n".encode()).markup == "text"


def test_markdown_headings_set_off_by_an_ideographic_space_are_headings(rules):
    from pipeline.ingest import decode_document

    page = "**河谷市人口管理文件**\n\n##\u3000河谷市人口管理若干意见\n\n一、工作思路\n\n###\u3000河谷市户籍迁入规定\n\n第一条 为规范户籍迁入,制定本规定。\n"
    document = decode_document("page.txt", page.encode())
    assert document.markup == "markdown"
    clean = normalize(document.text, rules, document.markup).clean
    assert "#" not in clean and "*" not in clean and "河谷市人口管理若干意见" in clean


def test_a_chapter_cut_from_a_plan_book_is_titled_by_its_numbered_first_line(rules):
    text = "4.3 河谷码头防台风专项应急预案\n4.3.1 适用范围\n本预案适用于码头作业区。\n4.3.2 处置程序\n(1)发现险情立即报告;\n(2)组织人员撤离。\n"
    [plan] = parse_document(Document("book.txt", "0" * 64, "utf-8", text), rules).plans
    assert plan.title == "4.3 河谷码头防台风专项应急预案"
    assert [(i.marker, i.level) for i in walk(plan.items)] == [("4.3.1", 1), ("4.3.2", 1), ("(1)", 2), ("(2)", 2)]


def test_a_handbooks_short_numbered_section_opening_the_text_titles_it(rules):
    # a handbook's section saved alone: its short numbered heading holds all the rest and opens the text
    text = "# （三）值班制度\n\n## 一、值班要求\n\n1、值班人员按时到岗。\n\n2、做好交接记录。\n\n## 二、违纪处理\n\n1、脱岗者通报批评。\n"
    [plan] = parse_document(Document("section.md", "0" * 64, "utf-8", text, "markdown"), rules).plans
    assert plan.title == "（三）值班制度"
    assert [(i.marker, i.level) for i in walk(plan.items)][:2] == [("一、", 1), ("1、", 2)]
    # …but under a preamble a short heading holding the rest is the plan's first item (一、行为规范)
    text = "为规范学生行为,制定本条例。\n一、行为规范\n（一）仪容仪表\n学生穿校服。\n（二）课堂纪律\n学生按时到课。\n"
    [plan] = parse_document(Document("rules.txt", "0" * 64, "utf-8", text), rules).plans
    assert [(i.marker, i.level) for i in walk(plan.items)][:2] == [("一、", 1), ("（一）", 2)]


def test_one_numbered_heading_over_a_plan_that_has_a_title_stays_an_item(rules):
    text = "河谷码头应急预案\n4.3 防台风专项应急预案\n4.3.1 适用范围\n本预案适用于码头作业区。\n4.3.2 处置程序\n"
    [plan] = parse_document(Document("book.txt", "0" * 64, "utf-8", text), rules).plans
    assert plan.title == "河谷码头应急预案" and [(i.marker, i.level) for i in walk(plan.items)][0] == ("4.3", 1)
