import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.normalize import fold, is_pinyin, normalize

from .conftest import seed


def kept_lines(norm, text):
    """The lines of ``text`` normalisation keeps, stripped, blank ones aside."""
    return [line.strip() for line in norm(text).clean.split("\n") if line.strip()]


def test_pinyin_ruby_is_removed(norm):
    result = norm("衛(wèi)生局群眾路線教育實(shí)踐工作方案\n導(dǎo)語:\n")
    assert result.clean.startswith("衛生局群眾路線教育實踐工作方案")
    assert result.proc.startswith("卫生局群众路线教育实践工作方案")


def test_real_parentheses_stay(norm):
    text = "(一)根据贛內貿(綜)字，电话(010)，时间(2月28日—3月7日)，本公司(以下简称公司)负责。"
    assert norm(text).clean == text


def test_pinyin_check_accepts_syllables_not_words():
    assert is_pinyin("wèi") and is_pinyin("shí") and is_pinyin("dǎo") and is_pinyin("zhuang")
    assert not is_pinyin("010") and not is_pinyin("GDP") and not is_pinyin("safety")


def test_crlf_becomes_lf_and_spans_point_into_the_original(norm):
    text = "一、目标\r\n二、任务\r三、要求"
    result = norm(text)
    assert result.clean == "一、目标\n二、任务\n三、要求"
    start = result.clean.index("二")
    assert text[result.offsets[start]] == "二"


def test_a_page_break_a_pdf_extraction_puts_before_a_pages_first_line_is_a_line_break(norm):
    # pdftotext opens each page's first line with a form feed: 三、 there starts its line.
    text = "(二)清理林下可燃物。\n\f三、巡护措施\n(一)划定巡护区\u2028(二)配备巡护员"
    result = norm(text)
    assert result.clean == "(二)清理林下可燃物。\n\n三、巡护措施\n(一)划定巡护区\n(二)配备巡护员"
    assert result.proc.split("\n")[2] == "三、巡护措施"
    assert text[result.offsets[result.clean.index("三")]] == "三"


def test_processing_copy_is_simplified_and_half_width(norm):
    result = norm("（一）組織領導\n１．加強領導。")
    assert result.clean == "（一）組織領導\n１．加強領導。"
    assert result.proc == "(一)组织领导\n1.加强领导。"
    assert result.script == "traditional"


def test_broken_line_is_joined_but_headings_and_items_are_not(norm):
    # From seed 004: a sentence broken after 安全價值觀和 continues on the next line.
    text = (
        "2. 立足“以人爲本”，強化員工安全意識培養，形成全班組共同認同、自覺遵守、帶有本班組特點的安全價值觀和\n\n"
        "安全行爲規範，切實提升安全素質。\n\n"
        "  三、組織領導\n\n"
        "爲加強安全管理標準化示範班組創建工作的領導，公司成立創建活動領導小組\n"
        "(一)安全管理標準化示範班組創建活動領導小組"
    )
    lines = kept_lines(norm, text)
    assert lines[0].endswith("安全價值觀和安全行爲規範，切實提升安全素質。")
    assert lines[1] == "三、組織領導"
    assert lines[3] == "(一)安全管理標準化示範班組創建活動領導小組"


def test_a_line_opening_with_a_mark_no_line_opens_with_continues_the_line_before(norm):
    # A page that set its spans on lines of their own broke a heading before its 、 and a word before a comma.
    text = "一、\n巡查范围\n二\n、工作措施\n各村要定期清理\n，河道保持畅通。\n"
    lines = norm(text).clean.split("\n")
    assert "二、工作措施" in lines
    assert "各村要定期清理，河道保持畅通。" in lines
    assert lines[:2] == ["一、", "巡查范围"]  # a marker alone on its line is left as it is


def test_a_line_ending_with_an_opening_bracket_goes_on_with_the_next(norm):
    text = "(十)加强宣传。\n各村张贴标语。\n(\n十一\n)加强监管。\n各村落实责任。\n"
    assert "(十一)加强监管。" in norm(text).clean.split("\n")
    # …but not code's (return ( ends no sentence) nor a quote a page misused to close one (“…“).
    code = "return (\n<Text>一、巡查范围</Text>\n)\n"
    assert "return (" in norm(code).clean.split("\n")
    quoted = "一、活动主题\n“清洁村庄“\n二、时间安排\n"
    assert "二、时间安排" in norm(quoted).clean.split("\n")


def test_a_text_wrapped_at_a_fixed_width_is_joined_at_that_width(norm):
    # A copy from a PDF: lines break at 27 characters, under the usual length limit.
    text = (
        "为切实做好2023年森林防火工作，有效预防和控制森林火灾\n"
        "的发生，保护森林资源和人民生命财产安全，根据《森林防火\n"
        "条例》和县森林防火指挥部的统一部署，结合我镇实际，制定\n"
        "本方案。\n"
        "一、工作目标\n"
        "（一）加强火源管控。各村要在清明、春节等重点时段，安排\n"
        "专人在进山路口值守，严禁携带火种进山。\n"
        "（二）开展隐患排查\n"
        "由镇林业站牵头。"
    )
    lines = norm(text).clean.split("\n")
    assert lines[0].endswith("制定本方案。")
    assert lines[1:] == ["一、工作目标", "（一）加强火源管控。各村要在清明、春节等重点时段，安排专人在进山路口值守，严禁携带火种进山。", "（二）开展隐患排查", "由镇林业站牵头。"]


def test_title_lines_are_not_joined(norm):
    text = "卫生院安全生产工作计划共几项内容 卫生院安全生产工作实施方案一\n为切实加强我院安全生产工作。"
    assert norm(text).clean.split("\n")[0].endswith("实施方案一")


def test_a_date_alone_on_its_line_is_not_joined_to_the_signature_above_it(norm):
    # three signers on one long line that ends in no punctuation, then the date in words
    text = "现将办法印发给你们。\n河谷市青禾服务中心   河谷市住房和城乡建设局   河谷市财政局\n二〇二六年三月九日\n"
    assert norm(text).clean.split("\n")[2] == "二〇二六年三月九日"


def test_a_page_field_is_not_joined_to_the_field_above_it(norm):
    # a government page's metadata, one field to a line, the label spaced out (文 号)
    text = "索 引 号: 000014349/2020-105482 发布日期: 2020-06-28 发布机构: 下陆区政府办公室\n文 号: 文件分类: 综合政务 所属机构:\n"
    assert norm(text).clean.split("\n")[1].startswith("文 号")
    # …and one whose labels are set off by spaces alone, no colon (发布机构 河谷省住房和城乡建设厅 / 公开方式 主动公开)
    text = "索引号 002482242/2011-37736 发布机构 河谷省住房和城乡建设厅\n公开方式 主动公开 公开范围 面向全社会\n"
    assert norm(text).clean.split("\n")[1].startswith("公开方式")
    # …nor is the notice's title below the fields: a field's value ends with its line
    text = "文件编号: 河政办发〔2023〕7号 发布机构: 河谷县政府办公室\n河谷县人民政府办公室关于印发青禾行动方案的通知\n"
    assert norm(text).clean.split("\n")[1] == "河谷县人民政府办公室关于印发青禾行动方案的通知"


def test_a_notices_title_line_is_whole_though_it_ends_without_punctuation(norm):
    # A page puts a notice's title, then its document number, in blocks of their own.
    text = "河谷省科学技术厅关于组织申报2015年省应用型科技研发专项资金项目的通知\n\n河科函字[2015]12号\n各地级以上市科技局:"
    assert norm(text).clean.split("\n")[0].endswith("项目的通知")


def test_a_signature_line_ending_in_its_date_set_apart_is_whole(norm):
    # a page's sidebar heading follows the signature in a block of its own: no sentence runs on into it
    text = "联系电话:12345678\n\n河谷市青禾区教育局                    2019年3月8日\n\n招聘信息\n\n前台文员\n"
    assert "2019年3月8日\n" in norm(text).clean


def test_a_spaced_out_letterhead_a_pdf_copy_put_mid_sentence_stands_alone(norm):
    text = (
        "河谷能源监管局经商河谷省发展改革委、能源局和河谷电网公司等单位，结合\n国 家 能 源 局 河 谷 监 管 局 文 件\n"
        "河谷区域电力市场建设运行实际，组织制定了本方案。\n"
    )
    lines = norm(text).proc.split("\n")
    assert lines[0].endswith("结合") and lines[1] == "国 家 能 源 局 河 谷 监 管 局 文 件"
    assert lines[2].startswith("河谷区域")


def test_a_page_number_at_the_start_of_a_line_goes_and_its_text_stays(norm):
    text = "— 1 — 河谷支付科技有限公司\n制度管理信息表\n— 2 — 第一章  总 则\n第一条  为防范风险，制定本制度。\n"
    lines = norm(text).clean.split("\n")
    assert lines[0] == "河谷支付科技有限公司" and lines[2] == "第一章  总 则"
    glued = "-1-河谷银行\n关于印发管理办法的通知\n-4-（五）建立客户身份识别制度。\n根据行\n-15-业特点确定。\n"
    assert [line for line in norm(glued).clean.split("\n") if line][:3] == ["河谷银行", "关于印发管理办法的通知", "（五）建立客户身份识别制度。"]
    assert "-15-" not in norm(glued).clean  # …glued to the text, no space between


def test_a_word_page_field_saved_as_its_codes_before_the_text_goes(norm):
    text = "第第PAGE\\MERGEFORMAT1页共NUMPAGES\\MERGEFORMAT1页河谷厂设备夹伤应急预案一、总则1、适用范围\n"
    assert norm(text).clean.split("\n")[0].startswith("河谷厂设备夹伤应急预案")
    text = "第PAGE\\*Arabic\\*MERGEFORMAT4页共NUMPAGES\\*MERGEFORMAT4页河谷县交通运输局工作计划\n一、总体要求\n"
    assert norm(text).clean.split("\n")[0] == "河谷县交通运输局工作计划"
    text = "PAGE河谷酒店新员工培训制度一、总则\n"  # …or its bare code
    assert norm(text).clean.split("\n")[0] == "河谷酒店新员工培训制度一、总则"
    assert norm("PAGEANT 2024\n").clean.strip() == "PAGEANT 2024"  # a Latin word: no field


def test_a_sharing_sites_end_of_preview_is_chrome(norm):
    text = "第5页 / 共21页\n试读已结束,还剩16页,您可下载完整版后进行离线阅读\nTHE END\n河谷县寄生虫病防治实施方案\n一、目标要求\n"
    assert norm(text).clean.split() == ["河谷县寄生虫病防治实施方案", "一、目标要求"]


def test_a_sharing_sites_copyright_notice_and_the_label_under_it_are_chrome(norm):
    text = "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领\n文档简介\n河谷村卫生管理制度\n一、总则\n"
    assert norm(text).clean.split() == ["河谷村卫生管理制度", "一、总则"]
    assert "版权说明:本制度由河谷村委会负责解释" in norm("版权说明:本制度由河谷村委会负责解释\n").clean  # a plan's own note


def test_a_sharing_sites_prompt_to_pin_it_to_the_desktop_is_chrome(norm):
    text = "电脑桌面\n添加河谷文库到电脑桌面\n安装后可以在桌面快捷访问\n\n河谷村卫生管理制度\n一、总则\n"
    assert norm(text).clean.split() == ["河谷村卫生管理制度", "一、总则"]
    assert "三、整理电脑桌面" in norm("三、整理电脑桌面\n").clean  # an item's own words


def test_a_sites_header_naming_its_portals_is_chrome(norm):
    text = "中国政府网 | 河谷市人民政府网\n\n2020年市农业农村局工作要点\n一、总体要求\n"
    assert norm(text).clean.split() == ["2020年市农业农村局工作要点", "一、总体要求"]
    assert "一、河谷网和青山网联合报道。" in norm("一、河谷网和青山网联合报道。\n").clean


def test_a_front_matter_is_metadata_but_for_its_title(norm):
    text = "---\ntitleFull: 河谷大学学生代表推派办法\ntitleShort: 推派办法\nhistory:\n - 112年5月19日通过。\n---\n第1条\n本办法依章程制订之。\n"
    assert norm(text).clean.split("\n")[:2] == ["河谷大学学生代表推派办法", "第1条"]
    # Whatever the keys are called, the longest title is the document's (a short title is shorter).
    text = "---\ntitle: 河谷省行政执法全过程记录办法\nshortTitle: 河谷执法记录办法\nauthor: 河谷省人民政府\n---\n第一条 为规范执法，制定本办法。\n"
    assert norm(text).clean.split("\n")[0] == "河谷省行政执法全过程记录办法"
    assert norm("---\nicon: article\n---\n第一条 为规范管理，制定本办法。\n").clean.strip() == "第一条 为规范管理，制定本办法。"


def test_the_site_and_domain_a_mirrors_front_matter_title_names_are_not_the_title(norm):
    text = "---\ntitle: 河谷大学->青禾省委关于加强基层建设的决定 | hegu.edu.cn\ndate: 2022-10-31\n---\n一、总体要求\n"
    assert norm(text).clean.split("\n")[0].strip() == "青禾省委关于加强基层建设的决定"


def test_a_pages_own_heading_giving_the_front_matters_title_in_full_is_the_title(rules):
    text = "---\nlayout: page\ntitle: 会员服务\n---\n\n<h2>河谷商会 - 会员服务细则</h2>\n\n壹、入会\n一、申请条件:依法登记的企业。\n"
    lines = [line for line in normalize(text, rules, "markdown").clean.split("\n") if line.strip()]
    assert lines[:2] == ["河谷商会 - 会员服务细则", "壹、入会"]


def test_bold_closed_after_a_space_is_still_emphasis_markup(rules):
    # A PDF-to-Markdown copy bolds each article with the space inside (**第一条 **): still markup.
    text = "## 第一章 总 则\n\n**第一条 **为规范林区管理，制定本办法。\n**第二条 **本办法适用于本县林区。\n"
    lines = [line for line in normalize(text, rules, "markdown").clean.split("\n") if line.strip()]
    assert lines == ["第一章 总 则", "第一条 为规范林区管理，制定本办法。", "第二条 本办法适用于本县林区。"]


def test_a_static_sites_containers_and_tabs_are_markup():
    from pipeline.normalize import markdown_drops

    text = "::: details 目录\n::: tabs\n@tab 章节\n[[toc]]\n:::\n第一条 为规范管理。\n"
    kept = "".join(ch for i, ch in enumerate(text) if not any(a <= i < b for a, b in markdown_drops(text)))
    assert [line for line in kept.split("\n") if line.strip()] == ["第一条 为规范管理。"]
    signed = "> 中国人民银行\\\n> 财政部\\\n> 2025年11月26日\n"
    kept = "".join(ch for i, ch in enumerate(signed) if not any(a <= i < b for a, b in markdown_drops(signed)))
    assert kept.split("\n")[:3] == ["中国人民银行", "财政部", "2025年11月26日"]  # a hard break's backslash is markup


def test_a_data_files_field_syntax_goes_but_a_title_fields_key_which_opens_a_plan(norm):
    text = '[\n  {\n    "id": "doc_2",\n    "title": "关于推出公共租赁住房房源的通告",\n    "original_text": "一、房源情况\n二、申请条件"\n  },\n'
    lines = kept_lines(norm, text)
    assert '"title": "关于推出公共租赁住房房源的通告' in lines and "一、房源情况" in lines and "二、申请条件" in lines
    # In running text a colon after a word is text, not a field.
    assert norm("时间: \"3月\"").clean == "时间: \"3月\""


def test_web_boilerplate_is_dropped(norm):
    lines = [
        "当前位置:首页>方案>三年行动专项整治方案(优秀19篇)",
        "位置:首頁 > 行業範文 > 生產",
        "時(shí)間:2022-03-31 10:34:25",
        "时间:2023-11-26 09:41:43 作者:雨中梧",
        "導(dǎo)語:衛(wèi)生局群眾路線教育實(shí)踐工作方案3篇一文來源于網(wǎng)友上傳,不代表本站觀點(diǎn)",
        "以下是小编收集整理的安全生产实施方案6篇,欢迎阅读,希望大家能够喜欢。",
        "生產2.11W",
        "发布日期：2023-01-10  来源：XX镇人民政府  字号：大 中 小",
        "新闻来源：河谷省科技厅",
        "【字体：大 中 小】",
        "[打印本页] [关闭窗口]",
        "本文已影响 2.35W 人",
        "推荐度：",
        "点击下载文档",
        "复制全文",
        "正文复制",
        "一、工作目标",
        "相关范文推荐",
        "安全生产工作方案范文",
    ]
    kept = [line for line in norm("\n".join(lines)).clean.split("\n") if line.strip()]
    assert kept == ["一、工作目标"]


def test_an_activitys_time_line_is_the_plans_text_not_a_page_stamp(norm):
    # 时间: with a page's date form (2024.5.2, 2024-07-30, a clock time) is the page's stamp;
    # with a date in words alone it is when the activity happens.
    text = "(一)举办开幕式:\n时间:2019年5月8日\n时间:2023.9.1\n时间:2024年3月2日 08:15:00 河谷网\n"
    kept = [line for line in norm(text).clean.split("\n") if line.strip()]
    assert kept == ["(一)举办开幕式:", "时间:2019年5月8日"]


def test_offsets_cover_a_real_seed(norm):
    text = seed("001").read_text(encoding="utf-8")
    result = norm(text)
    assert "(wèi)" not in result.clean and "衛生局" in result.clean
    assert all(text[result.offsets[i]] == ch for i, ch in enumerate(result.clean) if ch != "\n")


pieces = st.sampled_from(["衛(wèi)", "生(shēng)", "局", "\r\n", "\r", "\f", "\n", "\n\n", "（一）", "(1)", "1.", "一是", "。", "当前位置:首页", "xx", " ", "\u3000", "方案", "测试文字很长" * 6])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(pieces, st.text(max_size=5)), max_size=30))
@example(["\\n", "\\n", "\\n"])  # escaped line breaks, read as the breaks they stand for
def test_offset_map_is_monotone_and_points_at_the_same_character(norm, rules, parts):
    text = "".join(parts)
    result = norm(text)
    assert len(result.clean) == len(result.proc) == len(result.offsets)
    assert all(a < b for a, b in zip(result.offsets, result.offsets[1:]))
    # …or, in a text with enough escaped whitespace (\\n \\t from JSON), at the escape the whitespace was read from
    escapes = list(re.finditer(r"\\[nrt]", text))
    escaped = {i for m in escapes for i in range(*m.span())} if len(escapes) >= rules.boilerplate.escapes_min else set()
    for i, ch in enumerate(result.clean):
        source = text[result.offsets[i]]
        assert source == ch or (ch == "\n" and source in "\r\f\v\u2028\u2029") or (ch.isspace() and result.offsets[i] in escaped)


@pytest.mark.parametrize("heading", ["【社区安全生产工作计划相关文章】", "【学校消防安全工作计划（通用6篇）】相关文章：", "友情链接:"])
def test_a_related_articles_list_in_brackets_ends_the_text(norm, heading):
    text = f"三、工作要求\n各网格员要切实履行职责。\n{heading}\n社区消防安全工作计划\n社区综治工作计划"
    assert [line for line in norm(text).clean.split("\n") if line.strip()] == ["三、工作要求", "各网格员要切实履行职责。"]


def test_a_table_of_contents_is_dropped(norm):
    text = "XX县应急体系建设规划\n目  录\n第一章 发展基础……………1\n第二章 总体要求.........5\n第一章 发展基础\n一、主要成就\n"
    assert norm(text).clean.split("\n") == ["XX县应急体系建设规划", "第一章 发展基础", "一、主要成就", ""]


def test_a_table_of_contents_headed_目次_with_dashed_leaders_is_dropped(norm):
    text = "河谷县补助计划\n目次\n第一部分 实施内容----------------1\n壹、实施背景 ........ 2\n第一部分 实施内容\n壹、实施背景\n"
    assert norm(text).clean.split("\n") == ["河谷县补助计划", "第一部分 实施内容", "壹、实施背景", ""]


def test_a_related_link_above_the_title_is_a_menu_line_however_much_markup_comes_first(norm):
    # A mirror's junk tags fill the page's first lines: the link stands before any of the text, whatever its offset.
    junk = '<p id="q1"><cite id="q1"></cite></p>\n' * 30
    text = junk + "青禾图书馆借阅规则\n• 相关推荐\n青禾图书馆借阅规则\n一、开放时间\n每周二至周日开放。\n二、借阅数量\n每证限借五册。\n"
    clean = norm(text).clean
    assert "一、开放时间" in clean and "二、借阅数量" in clean


def test_a_related_list_at_the_top_is_a_menu_line_not_the_end_of_the_text(norm):
    text = "相关推荐\n学校安全工作计划\n一、加强领导。\n二、落实责任。\n" + "三、做好检查。\n" * 5 + "相关推荐\n其他学校的计划\n"
    clean = norm(text).clean
    assert "一、加强领导" in clean and "三、做好检查" in clean and "其他学校的计划" not in clean


def test_small_form_list_marks_fold_to_their_plain_forms(norm):
    result = norm("（一）茶园改造行动。\n1\ufe52推广良种。\n2\ufe52改良土壤。\n")
    assert "1.推广良种" in result.proc and len(result.proc) == len(result.clean)


def test_compatibility_ideographs_fold_to_unified_ones(norm):
    assert norm("第\uf9d1條 本辦法").proc == "第六条 本办法"


def test_kangxi_radicals_a_pdf_put_for_characters_fold_to_them(norm):
    assert norm("\u2f00、\u2f24\u2f12推进").proc == "一、大力推进"


def test_a_sharing_sites_paragraph_mark_is_a_line_break_but_not_in_a_russian_word(norm):
    # A document-sharing site's preview writes each paragraph break of the Word file as a Cyrillic Р
    result = norm("三、值班制度Р1、每日交接班。Р 2、夜间巡查两次。")
    assert result.proc.split("\n") == ["三、值班制度", "1、每日交接班。", " 2、夜间巡查两次。"] and len(result.proc) == len(result.clean)
    assert "Россия" in norm("合作伙伴:Россия 河谷公司").proc


def test_a_bopomofo_yi_typed_for_one_is_one_but_not_in_a_zhuyin_spelling(norm):
    result = norm("ㄧ、本要点所称之ㄧ般事项\n(ㄧ)注册\n注音:ㄅㄧˋ")
    assert result.proc.split("\n") == ["一、本要点所称之一般事项", "(一)注册", "注音:ㄅㄧˋ"] and len(result.proc) == len(result.clean)


def test_a_browsers_print_footer_is_dropped(norm):
    text = "一、总体要求\n坚持预防为主。\n2 of 7 3/9/2016 10:41 AM\n二、主要任务\n"
    assert "AM" not in norm(text).proc and "二、主要任务" in norm(text).proc


def test_whitespace_written_as_escapes_is_read_as_whitespace(norm):
    text = "通知\\n\\t\\t一、比赛时间\\n\\t\\t二、比赛内容\\n\\t\\t三、评分办法"
    normalized = norm(text)
    assert [line.strip() for line in normalized.proc.split("\n") if line.strip()] == ["通知", "一、比赛时间", "二、比赛内容", "三、评分办法"]
    assert normalized.original == text and len(normalized.offsets) == len(normalized.clean)


def test_a_body_on_one_line_opens_a_line_at_each_paragraph_indent(norm, rules):
    paragraph = "河谷县各乡镇要按照本方案要求认真组织实施，确保各项工作落到实处。" * 12
    text = f"河谷县防汛工作方案\u3000\u3000一、工作目标{paragraph}\u3000\u3000二、工作措施{paragraph}\u3000\u3000三、工作要求{paragraph}" * 2
    normalized = norm(text)
    assert [line.strip()[:6] for line in normalized.proc.split("\n")][:4] == ["河谷县防汛工", "一、工作目标", "二、工作措施", "三、工作要求"]
    assert len(normalized.offsets) == len(normalized.clean) and normalized.original == text


def test_paragraph_indents_of_a_text_set_in_lines_stay(norm):
    text = "河谷县防汛工作方案\n\u3000\u3000一、工作目标\u3000\u3000确保安全度汛。\n" * 40
    assert norm(text).proc.count("\n") == 80


def test_a_private_use_glyph_before_a_marker_reads_as_space(norm):
    normalized = norm("第六条 河谷居住证具有下列功能:\n\ue004 （一）居住证明;\n\ue004 （二）办事凭证。\n")
    assert normalized.proc.split("\n")[1] == "  (一)居住证明;" and len(normalized.proc) == len(normalized.clean)


def test_a_zero_width_space_before_a_marker_reads_as_space(norm):
    normalized = norm("1. 值班安排\n\u200b\ta) 早班人员:\n\u200b\tb) 晚班人员:\n\ufeff2. 交接要求\n")
    assert normalized.proc.split("\n")[1:4] == [" \ta) 早班人员:", " \tb) 晚班人员:", " 2. 交接要求"] and len(normalized.proc) == len(normalized.clean)


def test_question_marks_a_copy_put_for_lost_indentation_are_dropped(norm):
    normalized = norm("???1.目标\n???1.1 植树数量\n河谷县全年植树十万株。是否补种?\n???(一)青禾片区;\n")
    assert [line for line in normalized.proc.split("\n") if line] == ["1.目标", "1.1 植树数量", "河谷县全年植树十万株。是否补种?", "(一)青禾片区;"]
    assert len(normalized.offsets) == len(normalized.clean)


def test_a_line_of_markup_tags_alone_is_dropped(norm):
    text = '<div id="q7"><em id="q7"></em></div>\n  1. <i class="x"></i><u></u>\n河谷县植树方案\n1.目标\n全县植树十万株。\n'
    assert [line.strip() for line in norm(text).proc.split("\n") if line.strip()] == ["河谷县植树方案", "1.目标", "全县植树十万株。"]


def test_page_numbers_of_a_pdf_copy_are_dropped(norm):
    text = "一、总体要求\n— 3 —\n坚持统筹推进。\n第 4 页 共 9 页\n二、工作任务\n- 5 -\n·69·\n"
    assert [line for line in norm(text).clean.split("\n") if line.strip()] == ["一、总体要求", "坚持统筹推进。", "二、工作任务"]


def test_a_running_header_by_the_page_lines_goes_but_where_it_opens_the_document(norm):
    page = "某厂质量手册 文件编号 QY-5.0\n5 管理职责\n页 次 {}/3\n"
    text = page.format(1) + "5.1 管理承诺\n厂长负责。\n" + page.format(2) + "5.2 质量方针\n" + page.format(3) + "5.3 策划\n"
    assert [line for line in norm(text).clean.split("\n") if line.strip()] == ["某厂质量手册 文件编号 QY-5.0", "5.1 管理承诺", "厂长负责。", "5.2 质量方针", "5.3 策划"]


def test_a_running_header_that_also_opens_the_file_away_from_any_page_line_goes_at_the_page_breaks(norm):
    body = "".join(f"第{n}章 河谷建设\n推进河谷建设,完善设施。\n" for n in "一二三")
    text = f"河谷省政府文件汇编\n\n河谷省振兴规划\n{body}- 1 -\n\n河谷省政府文件汇编\n{body}- 2 -\n\n河谷省政府文件汇编\n{body}- 3 -\n"
    lines = [line for line in norm(text).clean.split("\n") if line.strip()]
    assert lines.count("河谷省政府文件汇编") == 1 and lines[0] == "河谷省政府文件汇编"


def test_a_table_of_contents_goes_on_over_a_page_break_and_its_running_header(norm):
    header = "河谷省政府文件汇编"
    pages = f"{header}\n河谷省振兴规划\n目录\n第一章 总体要求\n- 1 -\n{header}\n第二章 重点任务\n- 2 -\n{header}\n第三章 保障措施\n- 3 -\n{header}\n"
    body = "第一章 总体要求\n推进振兴。\n第二章 重点任务\n建设园区。\n第三章 保障措施\n加强保障。\n"
    lines = [line for line in norm(pages + body).clean.split("\n") if line.strip()]
    assert lines == [header, "河谷省振兴规划", "第一章 总体要求", "推进振兴。", "第二章 重点任务", "建设园区。", "第三章 保障措施", "加强保障。"]


def test_bare_page_numbers_counting_up_beside_a_running_header_go_with_it(norm):
    header = "河谷支付科技有限公司培训管理办法"
    def page(number):
        articles = "".join(f"第{number}{n}条 公司应当做好培训工作,规范各部门培训。\n" for n in range(11))
        return f"{header}\n{number}\n{articles}"

    lines = [line for line in norm("河谷支付科技有限公司\n" + page(1) + page(2) + page(3)).clean.split("\n") if line.strip()]
    assert header not in lines and not any(line.isdigit() for line in lines) and len(lines) == 34


def test_a_short_title_page_among_bare_page_numbers_is_still_a_page(norm):
    header = "河谷支付科技有限公司分公司管理办法"
    articles = ["".join(f"第{page}{n}条 分公司应当遵守本办法,规范经营。\n" for n in range(11)) for page in (2, 3)]
    text = f"{header}\n1\n河谷支付科技有限公司\n分公司管理办法\n{header}\n2\n{articles[0]}{header}\n3\n{articles[1]}"
    lines = [line for line in norm(text).clean.split("\n") if line.strip()]
    assert header not in lines[1:] and not any(line.isdigit() for line in lines)


def test_a_tables_serial_numbers_are_no_page_numbers(norm):
    rows = "".join(f"{n}\n市教育局\n完成第{n}项排查\n" for n in range(1, 6))
    lines = [line for line in norm("序号\n责任单位\n任务\n" + rows).clean.split("\n") if line.strip()]
    assert lines.count("市教育局") == 5 and "3" in lines


def test_a_table_of_contents_without_page_numbers_goes_up_to_the_body_repeating_an_entry(norm):
    text = "河谷村村庄规划\n目  录\n第一章 总  则\n第一条 规划背景\n第二章 规划内容\n附件 1 意见征询\n总  则\n规划背景\n本村位于河谷县东部，总面积23平方公里。\n"
    lines = [line for line in norm(text).clean.split("\n") if line.strip()]
    assert lines == ["河谷村村庄规划", "总  则", "规划背景", "本村位于河谷县东部，总面积23平方公里。"]


def test_a_contents_entry_naming_a_long_annex_stays_in_the_table_of_contents(norm):
    text = (
        "河谷区自然灾害救助应急预案\n目 录\n1、总则\n1.1 编制目的\n2、附件\n2.1 河谷省人民政府制定的《特别重大、重大自然灾害分级响应标准(试行)》\n"
        "2.2 救助物资储备清单\n1. 总 则\n1.1 编制目的\n为做好河谷区救助工作，制定本预案。\n"
    )
    lines = [line for line in norm(text).clean.split("\n") if line.strip()]
    assert lines == ["河谷区自然灾害救助应急预案", "1. 总 则", "1.1 编制目的", "为做好河谷区救助工作，制定本预案。"]


def test_contents_entries_that_differ_only_by_a_roman_numeral_are_two_entries(norm):
    # Ⅳ级响应 and Ⅲ级响应 are two headings: the second is no body repeating the first
    text = "河谷镇地质灾害应急预案\n目 录\n1 总则\n1.1 编制目的\n2 应急响应\n2.1 Ⅳ级响应\n2.2 Ⅲ级响应\n2.3 响应终止\n附则\n1 总 则\n1.1 编制目的\n为做好河谷镇地质灾害防治工作，制定本预案。\n"
    lines = [line for line in norm(text).clean.split("\n") if line.strip()]
    assert lines == ["河谷镇地质灾害应急预案", "1 总 则", "1.1 编制目的", "为做好河谷镇地质灾害防治工作，制定本预案。"]


def test_a_long_table_of_contents_with_blank_lines_between_its_entries_is_dropped_whole(norm):
    # fifty entries, a blank line after each: its length is counted in entries, not lines
    numerals = "零一二三四五六七八九十"
    entries = "".join(f"{chapter}.{section}青禾{numerals[chapter]}{numerals[section]}项工作- {chapter} -\n\n" for chapter in range(1, 11) for section in range(1, 6))
    text = f"河谷县防汛应急预案\n目 录\n\n{entries}1 总则\n1.1 编制目的\n为做好河谷县防汛工作，制定本预案。\n"
    assert "青禾" not in norm(text).clean


def test_a_sites_contents_outline_label_heads_a_table_of_contents(norm):
    text = "目录/提纲:……\n一、指导思想\n二、目标任务\n三、保障措施\n……\n河谷镇创建卫生镇实施方案\n一、指导思想\n坚持以人为本。\n二、目标任务\n全镇达标。\n"
    assert norm(text).clean.count("指导思想") == 1


@pytest.mark.parametrize(
    ("entries", "first", "second"),
    [
        ("1 总则\n1.1 编制目的\n1.2 适用范围\n2 组织体系\n2.1 指挥机构\n", "1 总则", "1.1 编制目的"),
        # …its numbers run into their headings, a page number after each (1总则 4): still its entries
        ("1总则 4\n1.1编制目的 4\n1.2编制依据 4\n2组织体系 9\n2.1青禾指挥部 9\n2.2成员单位 10\n", "1总则", "1.1编制目的"),
    ],
)
def test_a_table_of_contents_no_heading_announces_ends_where_the_body_opens_with_its_first_entry(norm, entries, first, second):
    text = f"河谷县防汛应急预案\n{entries}{first}\n{second}\n为做好河谷县防汛工作，制定本预案。\n"
    lines = [line for line in norm(text).clean.split("\n") if line.strip()]
    assert lines == ["河谷县防汛应急预案", first, second, "为做好河谷县防汛工作，制定本预案。"]


def test_a_table_of_contents_whose_chapter_entries_lost_their_numbers_is_dropped(norm):
    entries = "总则\n1.1 编制目的\n1.2 适用范围\n1.3 工作原则\n组织体系\n2.1 指挥机构\n2.2 成员单位\n附则\n"
    text = f"河谷县防汛应急预案\n{entries}1 总则\n1.1 编制目的\n为做好河谷县防汛工作，制定本预案。\n"
    lines = [line for line in norm(text).clean.split("\n") if line.strip()]
    assert lines == ["河谷县防汛应急预案", "1 总则", "1.1 编制目的", "为做好河谷县防汛工作，制定本预案。"]


def test_a_caption_over_a_list_that_the_next_section_repeats_over_another_list_stays(norm):
    # 重点工作 heads each town's own list: the second is no body repeating the first as contents
    first = "重点工作\n1.修缮青禾桥\n2.疏浚河谷渠\n3.建设文化站\n4.改造卫生室\n5.整治村容\n东岭镇\n"
    text = f"各镇重点工作\n西岭镇\n{first}重点工作\n1.扩建小学\n2.硬化村道\n"
    assert norm(text).clean.count("修缮青禾桥") == 1 and norm(text).clean.count("重点工作") == 3


def test_a_table_of_contents_a_crawl_set_on_one_line_is_dropped(norm):
    contents = "第一章 河谷概况 第一节 自然条件 第二节 社会经济第二章 发展目标 第一节 总体目标 第二节 分项目标,分步实施"
    text = f"河谷县旅游发展规划\n{contents}\n第一章 河谷概况\n河谷县地处山区,旅游资源丰富。\n"
    lines = [line for line in norm(text).clean.split("\n") if line.strip()]
    assert lines == ["河谷县旅游发展规划", "第一章 河谷概况", "河谷县地处山区,旅游资源丰富。"]
    # …and one headed 目 录: on its line, its entries parted by semicolons
    headed = "目 录：第一章 河谷概况；第二章 发展目标；第三章 重点项目；第四章 保障措施；第五章 附则"
    lines = [line for line in norm(f"河谷县旅游发展规划\n{headed}\n第一章 河谷概况\n河谷县地处山区。\n").clean.split("\n") if line.strip()]
    assert lines == ["河谷县旅游发展规划", "第一章 河谷概况", "河谷县地处山区。"]


def test_short_numbered_headings_the_body_does_not_open_with_again_stay(norm):
    text = "河谷县防汛应急预案\n1 总则\n1.1 编制目的\n1.2 适用范围\n2 组织体系\n2.1 指挥机构\n2.2 工作小组\n3 保障措施\n"
    assert len([line for line in norm(text).clean.split("\n") if line.strip()]) == 8


def test_a_table_of_contents_a_crawl_set_inside_the_line_of_its_body_is_cut_out(norm):
    entries = " ".join(f"{n}.{k}青禾{'甲乙丙'[k - 1]}项 - {n + 2} -" for n in range(1, 4) for k in range(1, 4))
    text = f"河谷镇人民政府关于印发预案的通知 各村: 现予印发。 河谷镇人民政府 2026年3月2日 目 录 1 总则 - 3 - {entries} 1 总则 1.1编制目的 为了做好河谷镇应急工作,制定本预案。\n"
    clean = norm(text).clean
    assert "青禾" not in clean and "目 录" not in clean
    assert "2026年3月2日" in clean and "1 总则 1.1编制目的" in clean and "为了做好河谷镇应急工作" in clean


def test_a_collections_contents_may_list_same_titled_plans_by_their_page_numbers(norm):
    text = "河谷农业局工作计划汇编\n目录\n1.\n河谷县农业局工作计划2\n2.镇农业站工作计划9\n3.镇农业站工作计划14\n河谷县农业局工作计划\n一、总体要求\n"
    lines = [line for line in norm(text).clean.split("\n") if line.strip()]
    assert lines == ["河谷农业局工作计划汇编", "河谷县农业局工作计划", "一、总体要求"]


def test_no_line_is_joined_across_a_table_of_contents(norm):
    opening = "河谷省防汛抗旱指挥部组织编制河谷省海河流域卫河防洪预案并报省政府批准实施"
    text = f"{opening}\n目 录\n1 防御洪水方案\n1.1 水库防洪方案\n附表 1-1 居民安全撤离及安置计划表\n卫河流域的防洪工作遵循安全第一的方针。\n"
    assert norm(text).clean.split("\n")[0] == opening


def test_short_lines_after_a_contents_link_that_are_no_entries_stay(norm):
    text = "目录\n首页\n河谷县安全生产工作方案\n为加强安全生产，制定本方案。\n一、工作目标\n"
    assert "河谷县安全生产工作方案" in norm(text).clean


def test_a_heading_each_plan_of_a_collection_repeats_is_no_running_header(norm):
    text = "篇一\n一、工作目标\n确保安全。\n篇二\n一、工作目标\n确保质量。\n篇三\n一、工作目标\n确保进度。\n"
    assert norm(text).clean.count("一、工作目标") == 3


def test_lone_spaces_a_pdf_copy_left_in_running_text_are_dropped(norm):
    text = "其他医疗机构因科研需要查阅、借 阅病历的，应当提出申请，经同意并办理相应手 续后方可查阅。借阅病历应当在3个工 作日内归还。\n国家发展改革委 国家能源局\n"
    clean = norm(text).clean
    assert "借阅病历的" in clean and "3个工作日内" in clean and "国家发展改革委 国家能源局" in clean


def test_the_space_after_an_article_run_into_the_text_before_it_stays(norm):
    text = "为促进环境协调发展,借 阅病历,根据有关法律法规,修订本办法第二条 集团公司环境保护工作遵循属 地管理的原则,做好污 染预防。\n"
    clean = norm(text).clean
    assert "第二条 集团公司" in clean and "属地管理" in clean and "污染预防" in clean
    # …and so does the space before a list marker run into the sentence.
    text = "贰、安全管理方面 一、门卫值守:外来人 员登记,车辆凭 证出入。 二、消防巡查:每日巡 查一次。\n"
    clean = norm(text).clean
    assert "管理方面 一、门卫" in clean and "。 二、消防" in clean and "外来人员" in clean


def test_a_sharing_sites_chunk_numbers_go_and_the_chunks_join(norm):
    body = "一、指导思想本年度,我院将坚持以人民健康为中心的发展思想,深化医药卫生体制改革,提升基层医疗服务能力,确保公共卫生安全。" * 3
    text = f"1、{body}二、工作目标国家基本公共卫生服\n2、务项目覆盖率达到99%,居民健康档案建档率达到95%。\n"
    clean = norm(text).clean
    assert clean.startswith("一、指导思想") and "国家基本公共卫生服务项目覆盖率" in clean


def test_chunk_numbers_go_where_a_chunk_holds_a_higher_section_number_though_it_ends_a_sentence(norm):
    # The first chunk stops at a full stop, but it holds 一、 inside its line: no item numbered 1、 does.
    lead = "全县青禾工作的总体要求是:坚持以人民为中心,推进青禾事业均衡发展,加快青禾强县创建步伐,确保各项任务落到实处。" * 3
    text = f"1、青禾局工作要点{lead}一、推进青禾建设1.开展青禾调研。形成调研报告。\n2、健全青禾督查制度,推动任务落地。2.做好年度总结。\n"
    clean = norm(text).clean
    assert clean.startswith("青禾局工作要点") and "\n2、" not in clean and "调研报告。健全青禾" in clean


def test_real_list_items_that_open_long_lines_stay(norm):
    text = "1、为切实加强对防台抗灾工作的领导,因人事变动,经研究决定调整充实我镇防汛抗旱指挥部成员,总指挥:黄某;常务副指挥:陈某;成员:杨某、林某、陈某及各村村委会主任;指挥部下设办公室,办公室主任:陈某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某\n2、分工明确:\n(1)防汛物资筹备组。\n"
    assert "\n2、分工明确" in norm(text).clean


def test_a_short_documents_title_repeated_beside_its_page_number_is_its_running_header(norm):
    text = (
        "十六、河谷大学本科生转专业\n实施细则(修订)\n一、基本原则\n学生可在规定时间内申请转专业。\n"
        "河谷大学本科生转专业实施细则(修订)\n·77·\n二、操作程序\n学院提交录取计划。\n"
    )
    lines = [line for line in norm(text).clean.split("\n") if line.strip()]
    assert "河谷大学本科生转专业实施细则(修订)" not in lines and lines[:2] == ["十六、河谷大学本科生转专业", "实施细则(修订)"]


def test_a_numbered_title_beside_a_page_number_stays_though_its_header_came_first(norm):
    text = "学生成绩由教务处存档。\n河谷大学新生入学资格审查实施办法\n·69·\n十四、河谷大学新生入学资格审查实施办法\n校教〔2021〕21号\n"
    assert "十四、河谷大学新生入学资格审查实施办法" in norm(text).clean


def test_a_breadcrumb_trail_is_page_chrome(norm):
    text = "您现在的位置:\n河谷中学 → 信息公开 → 计划总结 → 发展规划\n河谷中学发展规划\n一、目标\n"
    assert "→" not in norm(text).clean


def test_a_sites_menu_bar_on_one_line_is_page_chrome(norm):
    # …and is not joined to the header line below it as a sentence broken off
    text = "网站首页 走进青禾县 新闻中心 政务公开 便民服务\n青禾县人民政府办公室关于印发青禾县森林防火方案的通知\n各乡镇:\n"
    assert norm(text).clean.split("\n")[0] == "青禾县人民政府办公室关于印发青禾县森林防火方案的通知"


def test_a_sites_menu_is_page_chrome_and_a_tables_cells_are_not(norm):
    menu = "\n".join(["网站首页", "机构概况", "新闻动态", "通知公告", "办事指南", "下载中心", "联系我们", "留言板"])
    text = f"{menu}\n\n河谷社区议事规则\n一、议事范围\n二、议事程序\n"
    assert norm(text).clean.split() == ["河谷社区议事规则", "一、议事范围", "二、议事程序"]
    table = "\n".join(["序号", "项目", "分值", "1", "卫生", "10", "2", "纪律", "10", "3", "考勤", "5"])
    assert norm(table).clean.split() == table.split()  # numbers break the run: cells, no menu
    headings = "\n".join(["工作目标", "工作任务", "工作要求"])
    assert norm(headings).clean.split() == headings.split()  # fewer than a menu's lines


def test_a_title_like_line_going_on_with_a_sentence_cut_at_the_wrap_width_is_joined(norm):
    wrapped = "".join(f"第{n}条 公司应当于每年年初制定金融知识普及与消费者教育年度工作\n计划内容并报送消费者权益保护部备案审核通过。\n" for n in "一二三")
    cut = "第四条 公司金融知识普及与金融消费者教育的年度工作计划与总结应"  # as long as the lines above
    text = wrapped + cut + "\n计划和工作总结应纳入公司整体工作计划\n"
    lines = [line for line in norm(text).clean.split("\n") if line.strip()]
    assert lines[-1] == cut + "计划和工作总结应纳入公司整体工作计划"


def test_a_heading_set_one_character_to_a_line_is_one_line(norm):
    text = "第九章\n附\n则\n第三十七条 本办法由教务处负责解释。\n规\n\n划\n\n目\n\n标\n1.继续加强德育研究\n"
    lines = [line for line in norm(text).clean.split("\n") if line.strip()]
    assert lines == ["第九章", "附则", "第三十七条 本办法由教务处负责解释。", "规划目标", "1.继续加强德育研究"]


def test_a_page_number_set_with_dashes_in_markdown_is_no_bullet(rules):
    text = "上海财经大学\n2021年4月30日\n- 2 -\n上海财经大学推荐免试研究生管理办法\n"
    lines = [line for line in normalize(text, rules, "markdown").clean.split("\n") if line.strip()]
    assert lines == ["上海财经大学", "2021年4月30日", "上海财经大学推荐免试研究生管理办法"]


def test_a_sharing_pages_blurb_repeating_the_texts_opening_is_dropped(norm):
    opening = "河谷小学德育工作计划 一、指导思想: 把青少年思想道德建设放在学校工作的首位,从学生的日常行为抓起,在教育的目标"
    text = f"河谷小学德育工作计划\n\n{opening}\n\n{opening}、方法上形成合力。 二、工作目标: 1、学生行为规范达标率逐年提高。\n"
    assert norm(text).proc.count("一、指导思想") == 1
    short = "一、指导思想\n一、指导思想:深入贯彻落实立德树人根本任务。\n"  # a heading is no blurb
    assert norm(short).proc.count("一、指导思想") == 2


def test_a_markdown_image_is_no_text(rules):
    text = "一、清理绿化带。\n\n青禾物业服务有限公司\n\n![](image/plan.png)\n"
    lines = [line for line in normalize(text, rules, "markdown").clean.split("\n") if line.strip()]
    assert lines == ["一、清理绿化带。", "青禾物业服务有限公司"]


def test_a_document_sharing_sites_notices_and_file_facts_are_dropped(norm):
    text = "• 23.00 KB\n• 2021-04-12 发布\n• 2页\n1. 1、本文档由用户上传,某文库整理发布。\n2. 网站客服QQ:12345\n河谷小学安全预案\n一、组织领导\n"
    assert kept_lines(norm, text) == ["河谷小学安全预案", "一、组织领导"]


def test_a_sharing_sites_preview_notice_and_collection_button_are_dropped(norm):
    text = (
        "合集下载\n  1. 1、下载文档前请自行甄别文档内容的完整性,平台概不负责。\n  2. 2、\"仅部分预览\"的文档,请先阅读说明。\n"
        "  3. 3、如文档侵犯您的权益,请与我们联系。\n河谷社区志愿服务计划\n一、服务对象\n"
    )
    assert kept_lines(norm, text) == ["河谷社区志愿服务计划", "一、服务对象"]


def test_an_outline_before_the_plans_title_is_a_table_of_contents_ending_at_the_title(norm):
    text = "提纲:\n一、发展青禾产业\n二、做好河谷良种繁育\n三、推进村庄规划\n河谷县农业局2024年工作计划\n一、发展青禾产业。全年新增加工企业5家。\n"
    assert kept_lines(norm, text) == ["河谷县农业局2024年工作计划", "一、发展青禾产业。全年新增加工企业5家。"]


def test_a_sharing_sites_numbered_tips_and_service_line_are_dropped(norm):
    text = (
        "温馨提示:\n1. 在线查看预览时排版可能不同。\n2. 本文档由用户上传,仅供参考。\n"
        "3. 下载前请核对文件名称。\n网站客服:12345678\n河谷县团委工作要点\n一、强化思想引领。\n"
    )
    assert kept_lines(norm, text) == ["河谷县团委工作要点", "一、强化思想引领。"]


def test_a_download_sites_friendly_tips_are_dropped_whatever_number_they_open_with(norm):
    text = (
        "友情提示\n2、文件下载后可能被浏览器打开。\n3、本站不支持青禾工具下载,请用浏览器。\n"
        "4、本站资源下载后的文档无水印。\n5、题目类文档,如果标题没有明确说明有答案则都视为没有答案。\n"
        "河谷中学安全工作计划\n一、指导思想\n"
    )
    assert kept_lines(norm, text) == ["河谷中学安全工作计划", "一、指导思想"]


def test_a_sharing_sites_greeting_and_its_footer_naming_the_page_again_are_dropped(norm):
    text = "您好,欢迎访问青禾文库\n河谷站值守制度\n一、值守人员坚守岗位。\n本文标题:河谷站值守制度\n链接地址:https://www.example.com/doc-1.html\n"
    assert kept_lines(norm, text) == ["河谷站值守制度", "一、值守人员坚守岗位。"]


def test_a_sharing_sites_download_notice_dashed_file_facts_and_editors_blurb_are_dropped(norm):
    text = (
        "- 2021-04-19 发布 |\n- 37.5 KB |\n- 4页\n如果您无法下载资料,请参考说明:\n1、部分资料下载需要金币,请确保您的账户上有足够的金币\n"
        "2、已购买过的文档,再次下载不重复扣费\n3、资料包下载后请先用软件解压,在使用对应软件打开\n"
        "前言:我们特意为您整理了5篇工作计划范文,希望对您有所帮助。\n河谷小学防汛工作预案\n一、组织领导\n"
    )
    assert kept_lines(norm, text) == ["河谷小学防汛工作预案", "一、组织领导"]


def test_a_law_databases_json_fields_with_chinese_keys_are_its_lines(norm):
    text = (
        '{\n\t"法規名稱": "河谷辦法",\n\t"法規內容": [\n\t\t{\n\t\t\t"條號": "第 1 條",\n'
        '\t\t\t"條文內容": "本辦法依河谷法訂定之。"\n\t\t},\n\t\t{\n\t\t\t"條號": "第 2 條",\n'
        '\t\t\t"條文內容": "本辦法用語定義如下：\\r\\n一、定期演練。\\r\\n二、日常巡查。\\r\\n三、專項檢查。"\n\t\t}\n\t]\n}\n'
    )
    lines = kept_lines(norm, text)
    assert lines[:4] == ["河谷辦法", "第 1 條", "本辦法依河谷法訂定之。", "第 2 條"]
    assert "一、定期演練。" in lines and not any("條號" in line or line in ("},", "{", "}") for line in lines)


def test_a_forums_anti_copy_strings_go_and_the_markers_after_them_open_their_lines(norm):
    text = "培训安排如下:$ Zq &7 e] *k Lp ~9 w\n一、培训对象\n^ u# V 4t +x Mm _0二、培训内容\nK9 ?r {b 5 y& Jn(一)消防器材使用。\n"
    assert norm(text).clean == "培训安排如下\n一、培训对象\n二、培训内容\n(一)消防器材使用。\n"  # (the run takes the colon it starts on)
    # a spaced run of numbers or single marks is no such string
    assert norm("表中序号 1 2 3 4 5 6 7 依次排列;( 1 ) ( 2 )\n").clean == "表中序号 1 2 3 4 5 6 7 依次排列;( 1 ) ( 2 )\n"
    assert norm("合计 1 6 0 3 1 1 1 1 1; 户\n").clean == "合计 1 6 0 3 1 1 1 1 1; 户\n"  # one token of two kinds (1;) is too few


def test_spaces_a_pdf_copy_set_inside_an_articles_marker_are_dropped(norm):
    assert norm("第 2 7 条 仓库每月盘点。\n第 28 条 盘点结果报财务部。\n").clean == "第 27 条 仓库每月盘点。\n第 28 条 盘点结果报财务部。\n"
    assert norm("共 1 2 3 人参加。\n").clean == "共 1 2 3 人参加。\n"  # no article: left as written
    assert norm("第   三   條   （會員資格）\n").clean == "第三條   （會員資格）\n"  # a PDF layout's spaced marker


def test_right_aligned_page_numbers_before_a_pages_first_line_go_with_the_running_header(norm):
    header = "河谷科技有限公司 设备管理手册"
    margin = " " * 60
    pages = [f"第{n}条 团队经理应当及时处理故障,并向上级报告。\n" * 3 for n in "一二三四"]
    text = "".join(f"{header}\n{margin}{page} 第{'一二三四'[page - 1]}章 总则\n{pages[page - 1]}" for page in range(1, 5))
    lines = kept_lines(norm, text)
    assert lines[0] == header and header not in lines[1:]
    assert [line for line in lines if line.endswith("总则")] == ["第一章 总则", "第二章 总则", "第三章 总则", "第四章 总则"]


def test_right_aligned_numbers_that_do_not_count_up_stay(norm):
    margin = " " * 40
    text = f"一、申请流程\n{margin}98 年 08 月 17 日会议通过\n二、受理\n{margin}35 个工作日内办结\n三、办结\n{margin}12 项材料\n"
    clean = norm(text).clean
    assert "98年08月17日会议通过" in clean and "35 个工作日内办结" in clean  # a date, a deadline: 98, 35, 12 count no pages


def test_heading_marks_with_no_space_after_them_are_markup_but_not_a_directive(rules):
    text = "# 员工手册\n\n##第一章 总则\n###一、考勤\n####1. 工作时间\n#define 不是标题\n"
    lines = [line for line in normalize(text, rules, "markdown").clean.split("\n") if line.strip()]
    assert lines == ["员工手册", "第一章 总则", "一、考勤", "1. 工作时间", "#define 不是标题"]


def test_a_units_exponent_set_on_the_next_line_is_no_line_and_no_marker(rules):
    text = "第五条 河谷学院周转房定额面积:教授100m\n2、副教授80m\n2、讲师60m\n2。\n第六条 租金按月收取。\n"
    proc = normalize(text, rules).proc
    assert "100m2、副教授80m2、讲师60m2。" in proc
    assert "\n2、" not in proc


def test_numbers_a_pdf_copy_set_on_lines_of_their_own_rejoin_their_sentence(norm):
    opening = "为做好河谷县秋季森林防火工作，结合各乡镇林区的实际情况，针对"
    text = f"{opening}\n2024\n年度巡护任务制定本方案。\n一、\n2024\n年\n10\n月\n8\n日\n—12\n日，各乡镇完成巡护排查。\n二、重点村\n(\n林木覆盖率高于\n30%\n)\n加密巡护。\n"
    proc = norm(text).proc
    assert "针对2024年度巡护任务" in proc
    assert "一、\n2024年10月8日—12日,各乡镇完成巡护排查。" in proc  # a number after 一、 alone starts its own line


def test_a_number_after_a_signers_line_starts_the_date_line(norm):
    text = "一、加强领导。\n二、本细则自发布之日起试行。\n河谷学院教务处\n2024\n年\n5\n月\n"
    assert norm(text).proc.endswith("河谷学院教务处\n2024年5月\n")


def test_page_numbers_counting_up_are_no_numbers_of_a_sentence(norm):
    line = "第{}条 河谷公司各部门应当按照本办法落实安全生产责任制度并且按时报送相关材料，不得拖延"
    text = "".join(f"{line.format(n)}\n{page}\n的要求执行。\n" for n, page in zip("一二三", (3, 4, 5)))
    assert "拖延3的" not in norm(text).proc and "拖延4的" not in norm(text).proc


def test_a_contents_list_under_a_cover_date_or_with_its_page_numbers_lost_is_dropped(norm):
    text = "河谷县垃圾分类实施细则\n2022年3月目录\n一、总体要求\n二、分类投放\n三、收运处置\n为做好垃圾分类工作，制订本细则。\n一、总体要求\n"
    assert norm(text).clean.count("二、分类投放") == 0
    text = "河谷县垃圾分类实施细则\n一、总体要求....................\n..............\n为做好垃圾分类工作，制订本细则。\n一、总体要求\n"
    assert norm(text).clean.count("一、总体要求") == 1 and "....." not in norm(text).clean


def test_a_records_excerpt_of_its_content_is_dropped(norm):
    content = "<p>1、河谷医院食堂每日公示菜谱，接受职工监督。</p><p>2、食材由总务科统一采购。</p>"
    text = f"INSERT INTO `cms_article` (`id`,`summary`,`content`) VALUES ('7','1、河谷医院食堂每日公示菜谱，接受职工监督。2、食材','{content}');"
    assert norm(text).clean.count("河谷医院食堂每日公示菜谱") == 1


def test_a_contents_heading_in_brackets_heads_a_contents_list(norm):
    text = "河谷县用水管理办法\n(目录)\n一、总则\n二、用水\n三、附则\n为规范河谷县用水，制定本办法。\n一、总则\n"
    assert norm(text).clean.count("二、用水") == 0


def test_a_letter_o_for_the_zero_of_a_chinese_numeral_is_folded(rules):
    assert fold("二O一八年十二月九日,二OO八年,二O二O年") == "二〇一八年十二月九日,二〇〇八年,二〇二〇年"
    assert fold("BOOK GOOD 一O") == "BOOK GOOD 一O"  # no numeral on both sides: a letter


def test_a_pages_read_aloud_button_on_its_own_line_is_chrome(norm):
    text = "朗读\n河谷县青禾镇人民政府文件\n一、活动主题\n关爱生命。\n"
    assert "朗读" not in norm(text).clean and "河谷县青禾镇人民政府文件" in norm(text).clean


def test_a_pages_script_switch_on_its_own_line_is_chrome(norm):
    text = "繁體\n河谷市燃气应急预案\n1 总则\n"
    assert norm(text).clean.split() == ["河谷市燃气应急预案", "1", "总则"]


def test_a_bar_of_buttons_closing_with_the_script_switch_is_chrome(norm):
    text = "RSS信息订阅 | 繁体 | 简体\n河谷市传统村落保护工作通知\n一、调查\n"
    assert norm(text).clean.split() == ["河谷市传统村落保护工作通知", "一、调查"]
    assert "安全 | 卫生 | 简体字教学" in norm("安全 | 卫生 | 简体字教学\n").clean  # a line going on past the switch: text


def test_a_sites_banner_of_its_places_honours_is_chrome(norm):
    text = "★全国文明县城  ★国家卫生城市  ★西部百强县\n河谷县人民政府办公室关于印发《河谷县气象灾害应急预案》的通知\n"
    assert norm(text).clean.split() == ["河谷县人民政府办公室关于印发《河谷县气象灾害应急预案》的通知"]
    assert "★重点任务" in norm("★重点任务\n").clean  # one starred heading: the plan's own


def test_a_notices_release_mark_below_its_date_is_chrome(norm):
    text = "河谷县人民政府办公室\n2025年12月9日\n(此件公开发布)\n\n河谷县气象灾害应急预案\n1 总则\n"
    assert "此件公开发布" not in norm(text).clean and "河谷县气象灾害应急预案" in norm(text).clean


def test_a_regulation_databases_page_labels_are_chrome(norm):
    text = "法規內容\n\n下載法規原始檔 |\n國立青川大學圖書館閱覽規則\n一、本館開放時間另定之。\n"
    assert norm(text).clean.split()[0] == "國立青川大學圖書館閱覽規則"


def test_month_lines_of_a_schedule_are_no_contents_entries(norm):
    text = "青禾学院工作要点\n4月：\n（1）梳理实训基地\n（2）推动实训室建设\n（3）完善评价机制\n（4）编制建设规划\n12月：\n（1）总结年度工作\n"
    assert "推动实训室建设" in norm(text).clean


def test_a_site_menu_set_as_numbered_lists_that_start_again_is_chrome(norm):
    menu = "1. 青禾公开\n\n1. 青禾导航\n2. 青禾政府\n3. 青禾办公室\n1. 河谷部门\n2. 河谷乡镇\n1. 青山规划\n2. 青山专题\n1. 河口留言\n2. 河口回复\n"
    text = f"{menu}\n河谷县防汛工作方案\n一、工作目标\n确保安全度汛。\n"
    assert norm(text).clean.split() == ["河谷县防汛工作方案", "一、工作目标", "确保安全度汛。"]
    # …a plan's own lists that start again under headings stay
    plan = "河谷县防汛工作方案\n一、目标\n1. 安全度汛\n2. 不死一人\n二、措施\n1. 加固堤防\n2. 清理河道\n三、保障\n1. 落实资金\n2. 储备物资\n"
    assert norm(plan).clean.count("\n") >= 10


def test_a_sites_outline_with_commas_ends_at_its_closing_ellipsis_and_goes_whole(norm):
    outline = "目录/提纲:……\n一、指导思想\n二、工作目标\n(一)加快中心村建设,保护特色村\n(二)开展村庄绿化\n三、工作保障\n……\n"
    text = f"{outline}青禾镇美丽乡村建设实施意见\n各村:\n一、指导思想\n坚持规划先行。\n"
    assert norm(text).clean.split() == ["青禾镇美丽乡村建设实施意见", "各村:", "一、指导思想", "坚持规划先行。"]


def test_contents_set_off_only_by_page_numbers_are_dropped(norm):
    text = "仓库日常管理18\n二、入库管理19\n出库管理19\n四、报表及其他管理19\n附件1试用期员工考核规定20\n总则\n一、为维护本厂秩序,特制定本制度。\n"
    assert norm(text).clean.splitlines()[0] == "总则"


def test_contents_set_off_by_page_numbers_with_blank_lines_between_their_entries_are_dropped(norm):
    entries = ["1 范围 1", "2 术语 2", "2.1 巡查 2", "3 班组职责 4", "3.1 交接 5", "4 检查记录 7"]
    text = "\n\n".join(entries) + "\n\n青禾水厂设备巡检规程\n\n1.范围\n本规程适用于青禾水厂泵房设备巡检。\n"
    assert norm(text).clean.split() == ["青禾水厂设备巡检规程", "1.范围", "本规程适用于青禾水厂泵房设备巡检。"]


def test_lines_ending_in_figures_that_go_down_are_no_contents(norm):
    text = "一、配备灭火器20\n二、配备消防栓12\n三、配备应急灯30\n四、配备警示牌8\n"
    assert norm(text).clean.count("配备") == 4


def test_a_web_lists_rendered_number_before_the_authors_own_goes(norm):
    text = "(一)开幕表演\n  1. 1.    活动时间:08:00~09:00\n  2. 2.    活动地点:4楼礼堂\n  1. 5.    收件方式:各班学生送至训导处\n1.2 编制依据\n"
    lines = kept_lines(norm, text)
    assert lines == ["(一)开幕表演", "1.    活动时间:08:00~09:00", "2.    活动地点:4楼礼堂", "5.    收件方式:各班学生送至训导处", "1.2 编制依据"]


def test_a_collections_long_part_line_is_not_joined_to_the_line_after(norm):
    text = "第一篇:中共河谷市青山区合面镇委员会关于开展“创文明城市、做文明市民、建幸福青山”实施方案\n中共河谷市青山区合面镇委员会\n一、活动目标\n"
    lines = kept_lines(norm, text)
    assert lines[1] == "中共河谷市青山区合面镇委员会"


def test_a_line_holding_only_a_circled_number_is_no_page_number_and_no_error():
    from pipeline.normalize import counting_numbers

    assert counting_numbers(["③", "深圳海事局负责维护水上交通秩序", "④", "及时组织搜救", "⑤"]) == set()  # ③ isdigit, but int() cannot read it
    assert counting_numbers(["3", "正文", "4", "正文", "5"]) == {0, 2, 4}


def test_a_sharing_sites_slogan_glued_into_the_text_is_dropped_wherever_it_stands(norm):
    text = "精选优质文档-倾情为你奉上青禾社区垃圾分类方案一、目标\n提高分类投放率。下载后可任意编辑二、措施\n"
    assert norm(text).clean == "青禾社区垃圾分类方案一、目标\n提高分类投放率。二、措施\n"


def test_a_latex_table_of_contents_with_spaced_dot_leaders_is_dropped_up_to_the_first_line_without_a_page_number(norm):
    text = (
        "河谷小组项目开发计划\nContents\n1 范围 4\n1.1 项目概述 . . . . . . . . . . . . . . . . . . . . 4\n"
        "1.2 文档概述 . . . . . . . . . . . . . . . . . . . . . . 5\n2 进度计划 6\n前 言\n"
        "第一条 根据学院课程要求，结合本组实际\n制定本计划。\n1 范围\n1.1 项目概述\n"
    )
    lines = [line for line in norm(text).clean.split("\n") if line.strip()]
    assert lines == ["河谷小组项目开发计划", "前 言", "第一条 根据学院课程要求，结合本组实际", "制定本计划。", "1 范围", "1.1 项目概述"]


def test_a_line_closing_the_bracket_the_line_above_left_open_is_that_lines_rest_not_a_marker(norm):
    text = "各系:\n接学院通知,4月29日补上5月7日(星期\n一)的课,4月30日照常上课。\n1、放假时间:5月1日至5月7日。\n"
    lines = [line for line in norm(text).clean.split("\n") if line.strip()]
    assert lines == ["各系:", "接学院通知,4月29日补上5月7日(星期一)的课,4月30日照常上课。", "1、放假时间:5月1日至5月7日。"]


def test_contents_entries_with_the_same_words_under_two_numbers_are_two_entries(norm):
    # a plan's two parts have the same sections; the body begins where a number comes again (1、 or 1. alike)
    text = (
        "河谷街道防汛防台风应急预案\n目 录\n1、总则\n2 暴雨应急响应\n2.1 Ⅳ级应急响应\n3 台风应急响应\n3.1 Ⅳ级应急响应\n"
        "3.2 应急响应结束\n4 保障措施\n4.1 物资保障\n河谷街道防汛防台风应急预案\n1. 总 则\n为做好防汛工作,制定本预案。\n"
    )
    lines = [line for line in norm(text).clean.split("\n") if line.strip()]
    assert lines == ["河谷街道防汛防台风应急预案", "河谷街道防汛防台风应急预案", "1. 总 则", "为做好防汛工作,制定本预案。"]
