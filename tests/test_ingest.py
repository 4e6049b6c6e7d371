import io
from pathlib import Path

import docx
import pytest

from pipeline.ingest import IngestError, decode_bytes, decode_document, iter_input_files, read_document
from pipeline.models import walk

from .conftest import seed

TRADITIONAL = "安全生產實施方案\n一、組織領導\n為確保百日安全生產經營專項行動的順利開展，決定成立領導小組。\n" * 20
SIMPLIFIED = "卫生院安全生产工作实施方案\n一、组织领导\n为切实加强我院安全生产工作，消除不安全隐患因素。\n" * 20


def test_utf8_seed_is_read_as_utf8():
    document = read_document(seed("000"))
    assert document.encoding == "utf-8"
    assert document.text.startswith(" 卫生院安全生产工作计划")
    assert len(document.sha256) == 64


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_byte_order_marks_choose_the_encoding(encoding):
    text, found, _ = decode_bytes("a.txt", SIMPLIFIED.encode(encoding))
    assert text == SIMPLIFIED
    assert found in {"utf-16", "utf-8"}


def test_big5_is_not_mistaken_for_gb18030():
    # GB18030 decodes these Big5 bytes without error, into nonsense.
    data = TRADITIONAL.encode("big5")
    data.decode("gb18030")
    text, encoding, _ = decode_bytes("a.txt", data)
    assert encoding == "big5"
    assert text == TRADITIONAL


def test_gbk_is_read_as_gb18030():
    text, encoding, _ = decode_bytes("a.txt", SIMPLIFIED.encode("gbk"))
    assert (text, encoding) == (SIMPLIFIED, "gb18030")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "file is empty"),
        (b"  \n\n ", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("文本".encode() + b"\x00\x00\x01\x02", "binary file (NUL bytes)"),
    ],
)
def test_unreadable_bytes_get_a_one_line_reason(data, reason):
    with pytest.raises(IngestError) as error:
        decode_document("bad.txt", data)
    assert str(error.value).startswith("bad.txt: ")
    assert reason in str(error.value)
    assert "\n" not in str(error.value)


def test_missing_and_oversized_files_are_rejected(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        read_document(tmp_path / "missing.txt")
    big = tmp_path / "big.txt"
    big.write_text(SIMPLIFIED, encoding="utf-8")
    with pytest.raises(IngestError, match="over the 100-byte limit"):
        read_document(big, max_bytes=100)


def test_html_keeps_text_and_drops_scripts():
    page = "<html><head><title>x</title><script>var a=1;</script></head><body><p>一、组织领导</p><div>成立领导小组。</div></body></html>"
    document = decode_document("page.html", page.encode("utf-8"))
    lines = [line for line in document.text.split("\n") if line.strip()]
    assert lines == ["一、组织领导", "成立领导小组。"]


def test_a_page_saved_as_txt_is_read_as_html_but_a_text_mentioning_tags_is_not():
    page = "<!DOCTYPE html>\n<html><body><p><strong>一、组织领导</strong></p><p>成立领导小组。</p></body></html>"
    assert [line for line in decode_document("page.txt", page.encode("utf-8")).text.split("\n") if line.strip()] == ["一、组织领导", "成立领导小组。"]
    text = "一、网页制作\n学习<p>标签的用法。"
    assert decode_document("notes.txt", text.encode("utf-8")).text == text


def test_a_database_rows_html_saved_as_txt_is_read_as_html_but_markdown_with_tables_is_not():
    cells = "".join(f"<p style=\"text-indent: 2em;\">（{n}）第{n}项工作。</p> " for n in "一二三四五六七八九十")
    row = f"insert into policy (id, title, html) values (7, '河谷市节水工作方案', '<tbody><tr><td>{cells}{cells}</td></tr></tbody>');"
    lines = [line.strip() for line in decode_document("row.txt", row.encode("utf-8")).text.split("\n") if line.strip()]
    assert "（一）第一项工作。" in lines
    table = "# 节水工作方案\n\n" + "<table>" + "<tr><td>1</td><td>节水</td></tr>" * 12 + "</table>\n\n一、加强领导。\n"
    assert decode_document("plan.md", table.encode("utf-8")).markup == "markdown"


def test_a_dumps_html_rows_after_a_long_schema_are_read_as_html():
    schema = "".join(f"-- Table structure for t{n}\nCREATE TABLE `t{n}` (`id` int(11) NOT NULL, `name` varchar(50) NOT NULL);\n" for n in range(60))
    paragraphs = "".join(f"<p><b>第{n}条</b>&nbsp;&nbsp;档案员应当遵守本办法。</p>" for n in "一二三四五六七八九十")
    row = f"INSERT INTO `article` VALUES ('3', '河谷档案管理办法', '{paragraphs}{paragraphs}', '1600000000');\n"
    lines = [line.strip() for line in decode_document("site.sql", (schema + row).encode("utf-8")).text.split("\n") if line.strip()]
    assert "第一条\xa0\xa0档案员应当遵守本办法。" in lines


def test_a_records_html_column_after_a_long_serialized_head_is_read_as_html():
    # a CMS backup's row: its other columns fill the first 4 KB, then a cut copy's few paragraphs
    head = "".join(f's:{n}:\\"field{n}\\";s:40:\\"河谷学院实验室安全管理办法摘要第{n}段\\";' for n in range(60))
    content = "".join(f'<div align=\\"left\\">\u3000\u3000<strong>{n}、落实实验室安全检查。</strong>各学院每月自查。</div>\\r\\n' for n in "一二三")
    document = decode_document("data_28.php", (f"<?php\n$row = '{head}content\\\";s:900:\\\"{content}';\n").encode("utf-8"))
    lines = [line.strip() for line in document.text.split("\n") if line.strip()]
    assert len(head.encode("utf-8")) > 4096 and any(line.startswith("一、落实实验室安全检查。") for line in lines)


def test_an_ordered_list_in_a_template_a_page_hides_is_numbered():
    vue = (
        "<template><div><h3>第三条 指标分配原则。</h3><ol><li>基本条件：通过合格评估。</li>"
        "<li>坚持均衡分配。<ol type=\"1\"><li>先均分。</li><li>再轮询。</li></ol></li></ol></div></template>"
        "<script>export default { name: 'Mentor' }</script>"
    )
    lines = [line.strip() for line in decode_document("quota.vue", vue.encode("utf-8")).text.split("\n") if line.strip()]
    assert lines[:5] == ["第三条 指标分配原则。", "1. 基本条件：通过合格评估。", "2. 坚持均衡分配。", "1. 先均分。", "2. 再轮询。"]


def test_a_feeds_escaped_html_is_read_as_a_page():
    paragraphs = "".join(f"&lt;p&gt;&lt;span&gt;第{n}条 第{n}项规定。&lt;/span&gt;&lt;/p&gt;" for n in "一二三四五六七八九十" * 2)
    feed = f"<item><title>河谷市专项资金管理办法</title><description>{paragraphs}</description></item>"
    lines = [line.strip() for line in decode_document("feed.xml", feed.encode("utf-8")).text.split("\n") if line.strip()]
    assert "第一条 第一项规定。" in lines and not any("&lt;" in line or "<p>" in line for line in lines)


def test_docx_paragraphs_in_order():
    buffer = io.BytesIO()
    word = docx.Document()
    for text in ["安全生产工作方案", "一、工作目标", "二、工作任务"]:
        word.add_paragraph(text)
    word.save(buffer)
    document = decode_document("plan.docx", buffer.getvalue())
    assert document.text.split("\n") == ["安全生产工作方案", "一、工作目标", "二、工作任务"]


def test_docx_laid_out_in_nested_tables_is_read_as_its_lines_and_a_grid_as_rows():
    buffer = io.BytesIO()
    word = docx.Document()
    layout = word.add_table(rows=2, cols=1)  # a page laid out in a one-column table, a table nested in a cell
    layout.cell(0, 0).text = "河谷市专项资金管理办法"
    inner = layout.cell(1, 0).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "第一条 为规范资金管理,制定本办法。"
    inner.cell(0, 0).add_paragraph("第二条 本办法自发布之日起施行。")
    grid = word.add_table(rows=1, cols=2)  # a table of data: one line per row
    grid.cell(0, 0).text = "序号"
    grid.cell(0, 1).text = "项目"
    word.save(buffer)
    lines = [line for line in decode_document("plan.docx", buffer.getvalue()).text.split("\n") if line.strip()]
    assert lines == ["河谷市专项资金管理办法", "第一条 为规范资金管理,制定本办法。", "第二条 本办法自发布之日起施行。", "序号\t项目"]


def test_corrupt_docx_is_an_error_not_a_crash():
    with pytest.raises(IngestError, match="not a readable .docx"):
        decode_document("plan.docx", b"PK\x03\x04 not really a zip")


def test_folders_are_walked_and_problems_reported(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "empty").mkdir()
    found = list(iter_input_files([tmp_path, tmp_path / "empty", tmp_path / "nope.txt"]))
    paths = [p for p in found if not isinstance(p, IngestError)]
    problems = [str(p) for p in found if isinstance(p, IngestError)]
    assert [p.name for p in paths] == ["a.md", "b.txt"]
    assert any("holds no readable files" in p for p in problems)
    assert any("no such file" in p for p in problems)


def test_a_broken_link_in_a_folder_is_reported_not_skipped(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    found = list(iter_input_files([tmp_path]))
    assert [p.name for p in found if not isinstance(p, IngestError)] == ["a.txt"]
    assert [str(p) for p in found if isinstance(p, IngestError)] == [f"{tmp_path / 'gone.txt'}: broken symbolic link"]


def test_html_is_read_by_structure_chrome_lists_and_inline_tags():
    page = (
        "<html><body><div class='breadcrumb'>首页 &gt; 通知公告</div><nav>网站导航</nav>"
        "<h1>社区垃圾分类工作方案</h1><p>(<span>一</span>)总体要求</p>"
        "<ol><li>设置分类投放点。</li><li>开展入户宣传。</li></ol>"
        "<table><tr><td>1、</td><td>督导检查</td></tr></table>"
        "<div class='share-bar'>分享到：微信 微博</div><footer>版权所有</footer></body></html>"
    )
    text = decode_document("page.html", page.encode("utf-8")).text
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines == ["社区垃圾分类工作方案", "(一)总体要求", "1. 设置分类投放点。", "2. 开展入户宣传。", "1、\t督导检查"]


def test_a_few_nul_bytes_are_dropped_with_a_warning_not_the_document():
    body = "一、加强领导。\n".encode() * 400
    data = body[:3000] + b"\x00\x00\x00" + body[3000:]
    document = decode_document("plan.txt", data)
    assert document.text == body.decode() and [w.code for w in document.warnings] == ["bytes-dropped"]
    assert "3000" in document.warnings[0].message


def test_a_gb18030_line_in_a_utf8_text_is_read_not_the_whole_file_garbled():
    data = "一、加强领导。\n".encode() * 50 + "二、落实责任。\n".encode("gb18030") + "三、严格考核。\n".encode() * 50
    document = decode_document("plan.txt", data)
    assert "二、落实责任。" in document.text and "三、严格考核。" in document.text
    assert [w.code for w in document.warnings] == ["mixed-encoding"]


def test_utf16_without_a_bom_is_detected_by_its_byte_pattern():
    text = "1、加强领导。\n2、落实责任。\n" * 20
    for encoding in ("utf-16-le", "utf-16-be"):
        document = decode_document("plan.txt", text.encode(encoding))
        assert document.text == text and document.encoding == encoding


def test_a_symbolic_link_loop_is_reported_as_a_loop(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    reasons = {str(entry) for entry in iter_input_files([tmp_path]) if isinstance(entry, IngestError)}
    assert reasons == {f"{tmp_path / 'a.txt'}: symbolic link loop", f"{tmp_path / 'b.txt'}: symbolic link loop"}


def _pdf(pages: list[list[str]]) -> bytes:
    """A PDF of the given lines per page, each page with a running header and a page number."""
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer)
    for number, lines in enumerate(pages, 1):
        sheet.setFont("STSong-Light", 12)
        sheet.drawString(72, 810, "内部资料 注意保存")
        for row, line in enumerate(lines):
            sheet.drawString(72, 770 - 20 * row, line)
        sheet.drawString(280, 30, f"— {number} —")
        sheet.showPage()
    sheet.save()
    return buffer.getvalue()


def test_a_pdfs_running_header_block_of_several_lines_goes_from_every_page_but_the_first():
    from pipeline.ingest import _without_running_edges

    running = {"河谷工程有限公司", "企业标准#版", "第#页共#页"}
    page = ["河谷工程有限公司", "企业标准 1 版", "第 3 页 共 6 页", "4.1 费用使用范围", "河谷工程有限公司负责审核。", ""]
    assert _without_running_edges(page, running) == ["4.1 费用使用范围", "河谷工程有限公司负责审核。"]


def test_a_pdf_is_read_page_by_page_without_its_running_header_and_page_numbers(rules):
    from pipeline.document import parse_document

    pages = [
        ["河谷县防汛工作方案", "一、组织领导", "（一）成立防汛指挥部，县长任指挥长。", "（二）各乡镇成立防汛工作组。"],
        ["二、工作措施", "（一）汛前全面排查隐患，", "建立台账。", "（二）汛期实行24小时值班。"],
        ["三、工作要求", "各单位要严格落实责任。"],
    ]
    document = decode_document("plan.pdf", _pdf(pages))
    # the running header stays once, where the document opens (there it may name the issuer)
    assert document.text.count("内部资料") == 1 and document.text.startswith("内部资料") and len(document.page_starts) == 3
    [plan] = parse_document(document, rules).plans
    items = list(walk(plan.items))
    assert [(i.marker, i.level, i.page) for i in items] == [
        ("一、", 1, 1), ("（一）", 2, 1), ("（二）", 2, 1), ("二、", 1, 2), ("（一）", 2, 2), ("（二）", 2, 2), ("三、", 1, 3)
    ]
    assert "— 2 —" not in items[2].text and "— 1 —" not in items[2].text
    assert items[4].text.replace("\n", "") == "汛前全面排查隐患，建立台账。"
    start, _ = items[3].span
    assert document.text[start:].startswith("二、工作措施")


def test_a_folder_says_which_files_it_does_not_read(tmp_path):
    from pipeline.ingest import IngestSkipped

    (tmp_path / "plan.txt").write_text("一、甲\n", encoding="utf-8")
    (tmp_path / "old.wps").write_bytes(b"\xd0\xcf\x11\xe0")
    (tmp_path / "scan.jpg").write_bytes(b"\xff\xd8\xff")
    entries = list(iter_input_files([tmp_path]))
    skipped = sorted(str(e) for e in entries if isinstance(e, IngestSkipped))
    assert skipped == [f"{tmp_path / 'old.wps'}: a WPS file is not read; save it as .docx", f"{tmp_path / 'scan.jpg'}: an image is not read (no OCR)"]
    assert tmp_path / "plan.txt" in entries


def test_a_word97_file_is_read_with_its_fields_shown_as_their_results():
    # a corpus file kept as found: an engineering company's rules saved by Word 97-2003
    document = decode_document("rules.doc", (Path(__file__).parents[1] / "corpus/docs/b107b_wuhuan_resp.doc").read_bytes())
    lines = [line.strip() for line in document.text.split("\n") if line.strip()]
    assert "安全生产责任制实施及考核规定" in lines and "4.2    实施方法" in lines
    assert not any(mark in document.text for mark in "\x13\x14\x15\x07\r")


def test_a_file_named_doc_that_is_no_word_file_is_an_error_not_a_crash():
    with pytest.raises(IngestError, match="not a readable .doc"):
        decode_document("plan.doc", b"\xd0\xcf\x11\xe0 not really a compound file")


def _numbered_docx() -> bytes:
    """A .docx whose list numbers live in Word's numbering part (一、 > （1）), with a task table."""
    import io

    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%2）"/></w:lvl>'
        "</w:abstractNum>"
    ))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def numbered(text, level):
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))

    document.add_paragraph("河谷县防汛工作方案")
    numbered("组织领导", 0)
    numbered("成立防汛指挥部。", 1)
    numbered("落实包保责任。", 1)
    numbered("工作任务", 0)
    numbered("汛前排查隐患。", 1)
    table = document.add_table(rows=2, cols=3)
    for row, cells in enumerate([("序号", "任务", "责任单位"), ("1、", "加固堤防", "县水利局")]):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_word_numbering_and_tables_are_read_as_displayed(rules):
    from pipeline.document import parse_document

    document = decode_document("plan.docx", _numbered_docx())
    assert "一、组织领导\n（1）成立防汛指挥部。\n（2）落实包保责任。\n二、工作任务\n（1）汛前排查隐患。" in document.text
    assert "1、\t加固堤防\t县水利局" in document.text
    [plan] = parse_document(document, rules).plans
    assert [(i.marker, i.level) for i in walk(plan.items)] == [("一、", 1), ("（1）", 2), ("（2）", 2), ("二、", 1), ("（1）", 2), ("1、", 2)]


def test_an_app_screens_jsx_elements_are_read_as_its_lines():
    from pipeline.ingest import decode_document

    lines = ["import React from 'react';", "export default () => (", "  <ScrollView>"]
    for number in "一二三四五六七八九十":
        lines += [f"    <Text style={{ H1 }}>{number}、做好第{number}项工作</Text>", f"    <Text style={{ H3 }}>{{'\\t'}}按时完成并报告。</Text>"]
    lines += ["  </ScrollView>", ");"]
    document = decode_document("Screen.js", "\n".join(lines).encode())
    assert "\n    一、做好第一项工作\n" in document.text and "\t按时完成并报告。" in document.text and "<Text" not in document.text
    assert [w.code for w in document.warnings] == ["text-in-code"]
    # …but a script with a few elements in it stays as written
    assert decode_document("Short.js", "\n".join(lines[:7]).encode()).text.count("<Text") == 4
    # …and a short screen of a dozen elements, one nested in another's text, is read too
    short = ["export default () => (", "  <View>"] + [f"    <Text style={{ H2 }}>{n}、于<Text style={{ Y }}>9月{i}日</Text>前完成第{n}项</Text>" for i, n in enumerate("一二三四五六", 1)]
    short += [f"    <Text style={{ H3 }}>({n})按时报告。</Text>" for n in "一二三四"] + ["  </View>", ");"]
    assert "<Text" not in decode_document("Checkup.js", "\n".join(short).encode()).text


def test_an_app_screens_template_literals_are_read_as_their_text():
    from pipeline.ingest import decode_document

    # <Text>{`第一条`}</Text>: a template literal with nothing interpolated is the element's text.
    lines = ["export default class Rules extends Component {", "  render() {", "    return (<ScrollView>"]
    for number in "一二三四五六七八九十":
        lines += [f"      <Text style={{[styles.word, {{ color: 'red' }}]}}>&emsp;&emsp;{{`第{number}条`}}</Text>", f"      <Text style={{styles.word}}>{{`学生应按时完成第{number}项手续。`}}</Text>"]
    lines += ["    </ScrollView>);", "  }", "}"]
    text = decode_document("Rules.js", "\n".join(lines).encode()).text
    assert "\u2003\u2003第一条\n" in text  # &emsp; read as the space it is, then the literal's text
    assert "`" not in text and "学生应按时完成第十项手续。" in text


def test_an_app_screens_elements_are_whole_lines_never_joined(rules):
    from pipeline.ingest import decode_document
    from pipeline.normalize import normalize

    # An element's text wrapped over lines in the code is one line (as JSX reads it); a long line
    # ending without a full stop is not joined onto the next element's short heading.
    lines = ["export default () => (", "  <View>"]
    lines += [f"    <Text style={{ H2 }}>{n}、做好第{n}台设备的日常巡检并如实填写巡检记录表以备查验</Text>" for n in "一二三四五六七八九十"]
    lines += [f"    <Text style={{ H3 }}>{n}、第{n}台设备的巡检记录按月归档</Text>" for n in "一二三四五六七八九十"]
    lines += ["    <Text style={ H2 }>补充说明</Text>", "    <Text style={ H3 }>1、巡检须两人同行。</Text>", "    <Text style={ H3 }>2、发现隐患者", "      立即上报。</Text>"]
    lines += ["  </View>", ");"]
    document = decode_document("Screen.js", "\n".join(lines).encode())
    text = normalize(document.text, rules, document.markup).clean
    assert "\n    补充说明\n" in text
    assert "2、发现隐患者 立即上报。" in text


def test_text_inside_a_template_or_a_script_string_is_read_with_its_tags_removed():
    from pipeline.ingest import decode_document

    vue = (
        '<template>\n  <div class="plan">\n    <h1 v-if="items.some(item => item.startsWith(\'1\'))">1 总则</h1>\n'
        "    <p>1.1 编制目的 为做好防汛工作,保障人民群众生命财产安全,制定本预案。</p>\n"
        "    <p>1.2 适用范围 适用于全市洪涝灾害的预防和应急处置。</p>\n  </div>\n</template>\n<script>export default {}</script>\n"
    )
    document = decode_document("plan.vue", vue.encode())
    assert "1 总则\n" in document.text and "1.1 编制目的" in document.text and "<" not in document.text.split("export")[0]
    assert [w.code for w in document.warnings] == ["text-in-code"]
    page = "<html><body><p>一、总体要求</p><p>二、主要任务</p></body></html>"
    assert not decode_document("page.html", page.encode()).warnings  # a page whose text the reader keeps


def test_a_text_a_script_writes_out_string_by_string_is_read_as_its_lines():
    page = (
        "<html><body><div id=\"c\"></div><script>\n  $('#c').append('<strong>河谷学院章程</strong><hr>' +\n"
        "    '\u3000\u3000第一章 总 则<br>\\n' +\n    '\u3000\u3000第一条 学校名称为河谷学院。<br>\\n' +\n"
        "    \"\u3000\u3000第二条 学校由河谷市人民政府举办。<br>\\n\";\n</script></body></html>"
    )
    lines = [line.strip() for line in decode_document("center.jsp", page.encode()).text.split("\n") if line.strip()]
    assert "第一条 学校名称为河谷学院。" in lines and "第二条 学校由河谷市人民政府举办。" in lines


def test_a_program_writing_its_page_call_by_call_is_read_as_the_strings_it_writes():
    # an app's screen (Kotlin) builds its page with one append("…") per line: each line's string, not the call
    rows = [f"<p style='font-size:15sp;'>{number}、河谷物流公司负责第{number}项安全培训。</p>" for number in "一二三四五六七八九十"]
    rows += ["<p>1.青禾车队每月检修。<br>", "2.青禾车队每季演练。<br>"] * 5
    code = "package cn.qinghe.app\n\nclass BookActivity {\n    fun show() {\n" + "".join(f'        append("{row}")\n' for row in rows) + "    }\n}\n"
    lines = [line.strip() for line in decode_document("BookActivity.kt", code.encode()).text.split("\n") if line.strip()]
    assert "一、河谷物流公司负责第一项安全培训。" in lines and "2.青禾车队每季演练。" in lines
    assert not any(line.startswith("append(") for line in lines)


def test_a_pages_footer_is_dropped_from_its_text_but_kept_for_whose_site_it_is():
    from pipeline.ingest import decode_document

    page = (
        "<html><body><div class='content'><p>一、车辆管理</p><p>公务车辆由行政部统一调度，用车须提前一天登记，出车前由驾驶员检查车况。</p>"
        "<p>二、仓库管理</p><p>物资入库须经质检员验收签字，仓管员每月盘点一次并将盘点表报财务部核对。</p>"
        "<p>三、档案管理</p><p>合同原件由法务部归档保管，借阅须经部门负责人批准并在三个工作日内归还。</p></div>"
        "<div class='footer'><p>首页 | 关于我们</p><p>Copyright &copy; 河谷建材集团有限公司 All Rights Reserved.</p></div>"
        "<footer>技术支持：河谷网络科技有限公司</footer></body></html>"
    )
    document = decode_document("page.html", page.encode())
    assert "河谷" not in document.text
    assert "Copyright © 河谷建材集团有限公司" in document.page_footer and "河谷网络科技有限公司" in document.page_footer


def test_a_pages_title_is_kept_beside_its_text():
    from pipeline.ingest import decode_document

    page = "<html><head><title>聖公會河谷小學 S.K.H. River Primary School</title></head><body><p>一、目的</p><p>二、內容</p></body></html>"
    document = decode_document("page.html", page.encode())
    assert document.page_title == "聖公會河谷小學 S.K.H. River Primary School" and "聖公會" not in document.text


def test_a_markdown_pages_front_matter_title_is_its_page_title():
    text = "---\ntitle: 河谷大学->关于青禾计划的意见 | hegu.edu.cn\ndate: 2022-10-31\n---\n一、总体要求\n二、主要任务\n"
    assert decode_document("post.md", text.encode()).page_title == "河谷大学->关于青禾计划的意见 | hegu.edu.cn"
    assert decode_document("notes.md", "一、总体要求\n二、主要任务\n".encode()).page_title == ""


def test_a_word_exports_runs_set_a_line_each_read_as_one_line():
    page = (
        "<html><body><p>\n    <span style=\"font-weight:bold\">第</span>\n    <span>4</span>\n    <span>条</span>\n"
        "    <span>本公司仓库实行专人管理。</span>\n</p><p>\n    <span>第</span>\n    <span>5</span>\n    <span>条</span>\n"
        "    <span>物资出库须经审批。</span>\n</p></body></html>"
    )
    lines = [" ".join(line.split()) for line in decode_document("page.html", page.encode("utf-8")).text.split("\n") if line.strip()]
    assert lines == ["第 4 条 本公司仓库实行专人管理。", "第 5 条 物资出库须经审批。"]


def test_a_scrapers_table_is_one_document_per_row_titled_by_its_title_column(rules):
    from pipeline.document import parse_document

    table = (
        "\ufeffcategory,title,unit,url,content\n"
        'aid,獎學金申請,課外活動組,https://example.edu/1,"一、申請資格：家境清寒者。 二、申請時間：每學期初。"\n'
        'loan,工讀助學須知,課外活動組,https://example.edu/2,"一、辦理對象：本校學生。 二、辦理方式：線上申請。"\n'
    )
    document = decode_document("pages.csv", table.encode("utf-8"))
    assert document.text.startswith('title: "獎學金申請"\n課外活動組\n一、申請資格')
    plans = parse_document(document, rules).plans
    assert [(plan.title, [item.marker for item in plan.items]) for plan in plans] == [("獎學金申請", ["一、", "二、"]), ("工讀助學須知", ["一、", "二、"])]


def test_a_table_with_no_title_column_gives_each_row_as_a_paragraph():
    document = decode_document("rows.tsv", "一、報名。\t二、審查。\n三、公告。\n".encode("utf-8"))
    assert document.text == "一、報名。\n二、審查。\n\n三、公告。\n"


def test_a_web_page_saved_under_a_word_or_pdf_name_is_read_as_the_page_it_is():
    page = "<!DOCTYPE html><html><body><p>河谷县防汛工作方案</p><p>一、工作目标</p><p>确保安全度汛。</p></body></html>".encode()
    for name in ("通知.doc", "通知.docx", "通知.pdf"):
        document = decode_document(name, page)
        assert "一、工作目标" in document.text
        assert [warning.code for warning in document.warnings] == ["format-mismatch"]
