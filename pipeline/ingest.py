"""Read one file into decoded text: detect its encoding, extract text from
HTML, .docx, Word 97 .doc and PDF, and reject what cannot be read with a one-line reason."""

from __future__ import annotations

import codecs
import csv
import errno
import os
import hashlib
import html
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .models import ResultWarning

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
DOCX_SUFFIXES = frozenset({".docx"})
DOC_SUFFIXES = frozenset({".doc"})
PDF_SUFFIXES = frozenset({".pdf"})
TABLE_SUFFIXES = {".csv": ",", ".tsv": "\t"}  # a scraper's export: one document per row
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES | DOC_SUFFIXES | PDF_SUFFIXES | frozenset(TABLE_SUFFIXES)
# Files a folder often holds beside plans that are not read: said in the summary, never silently passed over.
UNREAD_SUFFIXES = {
    ".wps": "a WPS file is not read; save it as .docx",
    ".xls": "a spreadsheet is not read",
    ".xlsx": "a spreadsheet is not read",
    ".ppt": "a presentation is not read",
    ".pptx": "a presentation is not read",
    ".jpg": "an image is not read (no OCR)",
    ".jpeg": "an image is not read (no OCR)",
    ".png": "an image is not read (no OCR)",
    ".gif": "an image is not read (no OCR)",
    ".tif": "an image is not read (no OCR)",
    ".tiff": "an image is not read (no OCR)",
}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Magic numbers of common binary formats that get renamed to .txt.
_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"\xd0\xcf\x11\xe0")
_HTML_SNIFF = re.compile(rb"<(?:!doctype html|html|body|div|p)[\s>]", re.IGNORECASE)
# A page saved under a text name (scrapers often write .txt) starts with its markup,
# or is thick with it (a database row's HTML column saved as text): this many
# paragraph, cell or break tags in its first 8 KB.
_HTML_START = re.compile(r"\s*<(?:!doctype html|html|head|body)[\s>]", re.IGNORECASE)
_DENSE_TAG_NAMES = "p|div|td|tr|br|li|span"
_MARKUP_TAGS = re.compile(rf"<(?:{_DENSE_TAG_NAMES})[\s/>]", re.IGNORECASE)
_HTML_DENSE_TAGS = 20
# Elements of a program's markup holding Chinese (<Text …>一、…</Text>: a component's capitalised name, no
# page's tag) that tell an app screen's text: fewer than a page's tags, as a short screen holds a dozen.
_JSX_DENSE_ELEMENTS = 10
_ESCAPED_TAGS = re.compile(rf"&lt;(?:{_DENSE_TAG_NAMES})[\s/&]", re.IGNORECASE)  # the same tags, escaped


class IngestError(Exception):
    """The file cannot be read; ``str()`` is a one-line reason naming it."""

    def __init__(self, path: str | Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


class IngestSkipped(IngestError):
    """A file of a kind that is not read (.doc, an image): reported, not an error."""


@dataclass(frozen=True, slots=True)
class Document:
    path: str
    sha256: str
    encoding: str
    text: str
    markup: str = "text"  # text | markdown | elements (a line each, never broken): how normalize reads lines
    warnings: tuple[ResultWarning, ...] = ()  # bytes dropped or read in another encoding
    page_starts: tuple[int, ...] = ()  # a PDF's pages: where each starts in ``text``
    page_title: str = ""  # an HTML page's <title> or a Markdown page's front-matter title: often the site that published it
    page_footer: str = ""  # the footer its reader dropped (版权所有, 主办单位): whose site it is


MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
# Markdown saved under any text name: ATX headings (## 一、总体要求) on two lines or more,
# the marks set off by a space, a tab or an ideographic space (##\u3000, as Chinese sites type it).
_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t\u3000]+\S", re.MULTILINE)


def is_markdown(name: str, text: str) -> bool:
    if Path(name).suffix.lower() in MARKDOWN_SUFFIXES:
        return True
    return len(_MARKDOWN_HEADING.findall(text, 0, 200_000)) >= 2


def read_document(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Decode ``path`` into a Document or raise IngestError."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise IngestError(path, "no such file") from None
    except OSError as exc:
        raise IngestError(path, f"cannot read: {exc.strerror}") from None
    if path.is_dir():
        raise IngestError(path, "is a directory")
    if size > max_bytes:
        raise IngestError(path, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(path, f"cannot read: {exc.strerror}") from None
    return decode_document(str(path), data)


def decode_document(name: str, data: bytes) -> Document:
    """Decode raw bytes named ``name`` (its suffix chooses the format)."""
    if not data.strip():
        raise IngestError(name, "file is empty")
    digest = hashlib.sha256(data).hexdigest()
    suffix = Path(name).suffix.lower()
    disguised = suffix in (*DOCX_SUFFIXES, *DOC_SUFFIXES, *PDF_SUFFIXES) and _saved_page_bytes(data)
    if disguised:  # a web page saved under a Word or PDF name (通知.doc holding <html>…): read as the page it is
        suffix = ".html"
    if suffix in DOCX_SUFFIXES:
        return Document(name, digest, "docx", _docx_text(name, data))
    if suffix in DOC_SUFFIXES:
        return Document(name, digest, "doc", _doc_text(name, data))
    if suffix in PDF_SUFFIXES or data.startswith(b"%PDF"):
        text, page_starts = pdf_text(name, data)
        return _nonempty(Document(name, digest, "pdf", text, page_starts=page_starts))
    if data.startswith(_BINARY_MAGIC):
        raise IngestError(name, "binary file, not text")
    text, encoding, warnings = decode_bytes(name, data)
    escaped = len(_ESCAPED_TAGS.findall(text, 0, 8192)) >= _HTML_DENSE_TAGS
    if escaped:  # a page's markup escaped inside a feed or a data file (an RSS <description>): read it unescaped
        text = html.unescape(text)
    if suffix in HTML_SUFFIXES or escaped or (_is_saved_page(text, suffix) if suffix in TEXT_SUFFIXES else _holds_markup(data, text)):
        if suffix not in (*HTML_SUFFIXES, *TEXT_SUFFIXES):  # a program writing its page call by call: the strings it writes
            text = _WRITTEN_STRING.sub(r"\g<indent>\g<value>", text)
        page, footer = html_text(text)
        if len(_CHINESE.findall(page)) < _HTML_KEPT_MIN_SHARE * len(_CHINESE.findall(text)):
            # The text sits in markup a page's reader drops (a Vue template, a string in a script).
            page = markup_as_text(_CONCATENATED_STRING.sub(r"\g<indent>\g<value>", text))
            warnings = (*warnings, ResultWarning(code="text-in-code", message="the text is inside code or a template an HTML page hides; read with its tags removed"))
        if disguised:
            warnings = (*warnings, ResultWarning(code="format-mismatch", message=f"named {Path(name).suffix} but holds a web page; read as HTML"))
        return _nonempty(Document(name, digest, encoding, page, warnings=warnings, page_title=page_title(text), page_footer=footer))
    if suffix in TABLE_SUFFIXES:
        return _nonempty(Document(name, digest, encoding, table_text(text, TABLE_SUFFIXES[suffix]), "elements", warnings))
    if suffix not in TEXT_SUFFIXES and len(_JSX_TEXT.findall(text)) >= _JSX_DENSE_ELEMENTS:
        # A screen of an app (React, React Native) writes its text as elements of its code: <Text …>一、…</Text>.
        warnings = (*warnings, ResultWarning(code="text-in-code", message="the text is in the elements of a program's markup (JSX); read with its tags removed"))
        # Each element holds a whole paragraph: its lines in the code are one (as JSX joins them), and
        # normalize joins no line of the text onto the next ("elements").
        text = _JSX_TEXT.sub(lambda element: _CODE_LINE_BREAK.sub(" ", element.group()), text)
        return _nonempty(Document(name, digest, encoding, markup_as_text(_JSX_STRING.sub(_jsx_string, text)), "elements", warnings))
    return _nonempty(Document(name, digest, encoding, text, "markdown" if is_markdown(name, text) else "text", warnings, page_title=front_matter_title(text)))


_MARKUP_START = re.compile(rb"\s*(?:\xef\xbb\xbf)?\s*<(?:!doctype|html|head|meta|body|div|p|table)\b", re.IGNORECASE)


def _saved_page_bytes(data: bytes) -> bool:
    """The bytes open as a web page does (<html>, <!DOCTYPE…>), no binary format's magic."""
    return not data.startswith(_BINARY_MAGIC) and bool(_MARKUP_START.match(data[:512]))


# The header of a table's title column, as scrapers name it.
_TITLE_COLUMN = re.compile(r"(?i)(?:doc_?)?title|标\s*题|名称|题目|文件名称|標題|名稱|題目")


def table_text(text: str, delimiter: str) -> str:
    """A table of documents (a scraper's CSV: a header, then one row per page)
    as text: per row, its title as a data record writes it (title: "…"), then
    each other cell that holds Chinese, a paragraph each; rows apart."""
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    if not rows:
        return ""
    title_column = next((index for index, name in enumerate(rows[0]) if _TITLE_COLUMN.fullmatch(name.strip())), None)
    body = rows[1:] if title_column is not None else rows  # no header naming a title: every row is text
    records = []
    for row in body:
        cells = [cell.strip() for index, cell in enumerate(row) if index != title_column and _CHINESE.search(cell)]
        title = row[title_column].strip().replace('"', "") if title_column is not None and title_column < len(row) else ""
        records.append("\n".join(([f'title: "{title}"'] if title else []) + cells))
    return "\n\n".join(records) + "\n"


# An element of a program's markup holding Chinese text, and a string a JSX text writes as an expression
# ({'\t'}, {' '}, a template literal {`第一条`} with nothing interpolated).
_JSX_TEXT = re.compile(r"<([A-Z][\w.]*)\b[^<>]*>[^<>]*[\u4e00-\u9fff][^<>]*</\1>")
_CODE_LINE_BREAK = re.compile(r"[ \t]*\n\s*")
_JSX_STRING = re.compile(r"""\{\s*(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.|\$(?!\{))*)`)\s*\}""")


# A line of a program that writes one string of its page (append("<p>一、…</p>"), document.write('…');): the string.
_WRITTEN_STRING = re.compile(r"""^(?P<indent>[ \t]*)[\w$.]+\(\s*(?P<quote>['"])(?P<value>(?:(?!(?P=quote))[^\\\n]|\\.)*)(?P=quote)\s*\)[ \t]*;?[ \t]*$""", re.MULTILINE)
# A line of a text a script writes out string by string ('　　第一条 …<br>\n' +): the string's value.
_CONCATENATED_STRING = re.compile(r"""^(?P<indent>[ \t]*)(?P<quote>['"])(?P<value>[^'"\n]*?)(?:\\n)?(?P=quote)[ \t]*\+?[ \t]*;?[ \t]*$""", re.MULTILINE)


def _jsx_string(match: re.Match[str]) -> str:
    value = next(group for group in match.groups() if group is not None)
    return re.sub(r"\\(.)", lambda escape: {"t": "\t", "n": "\n"}.get(escape.group(1), escape.group(1)), value)


def _holds_markup(data: bytes, text: str) -> bool:
    """Whether a data or code file (.sql, .js, .jsp) holds a page's markup: in its first
    8 KB (a record's HTML column after its other columns), or thick with it anywhere (a
    dump's HTML rows after a long schema)."""
    return bool(_HTML_SNIFF.search(data[:8192])) or len(_MARKUP_TAGS.findall(text)) >= _HTML_DENSE_TAGS


def _is_saved_page(text: str, suffix: str) -> bool:
    """Whether a file with a text name is a saved page: it starts with its markup,
    or (not Markdown, which may hold HTML tables and stay Markdown) is thick with it."""
    dense = suffix != ".md" and len(_MARKUP_TAGS.findall(text, 0, 8192)) >= _HTML_DENSE_TAGS
    return bool(_HTML_START.match(text)) or dense


def _nonempty(document: Document) -> Document:
    if not document.text.strip():
        raise IngestError(document.path, "no text in file")
    return document


def decode_bytes(name: str, data: bytes) -> tuple[str, str, tuple[ResultWarning, ...]]:
    """Text, encoding name and repair warnings of ``data``.

    BOMs first; UTF-16 without a BOM by its pattern of NUL bytes; then strict
    UTF-8, then the Chinese legacy encodings. GB18030 decodes most Big5 byte
    streams without error into nonsense, so the first encoding that decodes is
    not the answer: the one whose text reads as Chinese wins. A few bad bytes
    do not cost the document: stray NULs are dropped, and lines of another
    encoding inside a UTF-8 text are read in GB18030, each said in a warning.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(name, data.decode(encoding)), encoding.replace("-sig", ""), ()
            except UnicodeDecodeError:
                raise IngestError(name, f"bad {encoding} after its byte-order mark") from None
    warnings: list[ResultWarning] = []
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return _checked(name, utf16[0]), utf16[1], ()
        nuls = [i for i, byte in enumerate(data) if byte == 0]
        if len(nuls) > min(_MAX_REPAIRS, max(1, len(data) // 100)):
            raise IngestError(name, "binary file (NUL bytes), not text")
        warnings.append(ResultWarning(code="bytes-dropped", message=f"{len(nuls)} NUL bytes dropped at byte offsets {_offsets(nuls)}"))
        data = data.replace(b"\x00", b"")
    try:
        return _checked(name, data.decode("utf-8")), "utf-8", tuple(warnings)
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(data)
    if mixed is not None:
        text, foreign = mixed
        warnings.append(ResultWarning(code="mixed-encoding", message=f"{len(foreign)} lines read as GB18030 in a UTF-8 text, at byte offsets {_offsets(foreign)}"))
        return _checked(name, text), "utf-8", tuple(warnings)
    candidates = []
    for encoding in ("gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_chinese_score(text), encoding, text))
    if not candidates:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise IngestError(name, "undecodable bytes: not UTF-8, GB18030, Big5 or another known encoding")
        return _checked(name, str(best)), best.encoding, tuple(warnings)
    _, encoding, text = max(candidates)
    return _checked(name, text), encoding, tuple(warnings)


_MAX_REPAIRS = 64  # stray NULs or foreign lines a text may have and still be read


def _offsets(positions: list[int], shown: int = 5) -> str:
    listed = ", ".join(map(str, positions[:shown]))
    return listed + (f" and {len(positions) - shown} more" if len(positions) > shown else "")


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text has its NULs on one side of each byte pair (ASCII in LE:
    b'1\x00'); decoded, it must read as text."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if max(even, odd) < 4 or min(even, odd) > max(even, odd) // 20:
        return None
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return (text, encoding) if _chinese_score(text) > 0.5 else None


def _mostly_utf8(data: bytes) -> tuple[str, list[int]] | None:
    """A UTF-8 text with a few lines in another encoding: those lines read as
    GB18030, the rest as UTF-8; None when most lines are not UTF-8."""
    lines = data.split(b"\n")
    foreign, pieces, offset = [], [], 0
    for line in lines:
        try:
            pieces.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            foreign.append(offset)
            pieces.append(line.decode("gb18030", errors="replace"))
        offset += len(line) + 1
    if len(foreign) > max(_MAX_REPAIRS // 8, len(lines) // 20):
        return None
    return "\n".join(pieces), foreign


_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]+")


def _checked(name: str, text: str) -> str:
    controls = sum(map(len, _CONTROLS.findall(text, 0, 65536)))
    if controls > max(8, len(text[:65536]) // 100):
        raise IngestError(name, "binary file (control characters), not text")
    return text


def _chinese_score(text: str) -> float:
    """Share of characters that belong to running Chinese text: CJK in the
    common range plus ordinary punctuation. Wrong decodings land in rare
    ideographs, private-use and symbol blocks."""
    sample = text[:20000]
    if not sample:
        return 0.0
    good = sum(map(len, _running_chinese().findall(sample)))
    return good / len(sample)


@lru_cache(maxsize=1)
def _running_chinese() -> re.Pattern[str]:
    from .charfreq import COMMON_HANZI

    return re.compile("[\x00-\x7f" + re.escape("".join(sorted(COMMON_HANZI)) + "，。、；：？！“”‘’（）《》—…") + "]+")


# HTML is read by its structure: block elements end lines, inline ones (span,
# font, b) do not, so a marker split over tags ((<span>一</span>)) stays whole.
_BLOCK_TAGS = frozenset(
    "address article blockquote body br caption dd div dl dt fieldset figcaption figure h1 h2 h3 h4 h5 h6 hr li main ol "
    "p pre section table tbody tfoot thead title tr ul".split()
)
_DROPPED_TAGS = ["script", "style", "noscript", "template", "head", "nav", "footer", "aside", "iframe", "button", "select", "svg"]
# Page chrome by class or id: navigation, breadcrumbs, share bars, related lists, footers.
_CHROME_NAME = re.compile(
    r"^(?:[\w-]*[-_])?(?:nav|navbar|menu|breadcrumbs?|crumbs?|share|bdshare|sidebar|related|relate|copyright|toolbar|pager|pagination|footer|foot|position|location)(?:[-_\d][\w-]*)?$",
    re.IGNORECASE,
)
# …of which these are the footer, kept aside: where a site says whose it is.
_FOOTER_NAME = re.compile(r"^(?:[\w-]*[-_])?(?:copyright|footer|foot)(?:[-_\d][\w-]*)?$", re.IGNORECASE)
# A chrome-looking element holding more than this share of the page's text is the page.
_CHROME_MAX_SHARE = 0.3


# Reading a file as an HTML page must keep at least this share of its Chinese
# characters; else its text is in code or a template, and the markup is read as text.
_HTML_KEPT_MIN_SHARE = 0.2
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
_ATTRIBUTES = r"""(?:[^<>"']|"[^"]*"|'[^']*')*"""  # quoted values may hold > (v-if="a => b")
_BLOCK_TAG = re.compile(r"</?(?:" + "|".join(sorted(_BLOCK_TAGS)) + r")\b" + _ATTRIBUTES + ">", re.IGNORECASE)
_ANY_TAG = re.compile(r"</?[A-Za-z!]" + _ATTRIBUTES + ">")
_TITLE = re.compile(r"<title[^<>]*>([^<]*)</title>", re.IGNORECASE)
_SOURCE_BREAK = re.compile(r"\n")
_INLINE_TAGS = frozenset("a b em font i small span strong sub sup u".split())


def page_title(markup: str) -> str:
    """The text of a page's <title>, if it has one."""
    match = _TITLE.search(markup, 0, 20_000)
    return " ".join(html.unescape(match.group(1)).split()) if match else ""


# A Markdown page's YAML front matter (---, key: value lines, ---), as a static site's generator writes it, and its fields.
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\n)---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
FRONT_MATTER_FIELD = re.compile(r"^[ \t]*([\w-]+)[ \t]*:[ \t]*[\"']?([^\r\n]*?)[\"']?[ \t]*\r?$", re.MULTILINE)


def front_matter_title(text: str) -> str:
    """The title field of the front matter a saved page opens with: like an HTML <title>, often naming its site."""
    block = FRONT_MATTER.match(text)
    fields = FRONT_MATTER_FIELD.finditer(block.group(1)) if block else ()
    return next((field.group(2).strip() for field in fields if field.group(1).lower() == "title"), "")


def markup_as_text(markup: str) -> str:
    """A file's markup read as text: an ordered list's numbers written before its
    items (as html_text writes them), block tags end lines, other tags go, entities are read."""
    while (numbered := _INNERMOST_OL.sub(_numbered_list, markup)) != markup:
        markup = numbered
    return html.unescape(_ANY_TAG.sub("", _BLOCK_TAG.sub("\n", markup)))


# An <ol> with no <ol> inside it: lists are numbered from the innermost out, each
# numbered list left as a <div> whose items are marked done.
_INNERMOST_OL = re.compile(r"<ol\b([^<>]*)>((?:(?!<ol\b)[\s\S])*?)</ol>", re.IGNORECASE)
_OPEN_ITEM = re.compile(r"<li\b(?![^<>]*\bdata-numbered)([^<>]*)>([^<]*)", re.IGNORECASE)
_LIST_START = re.compile(r"\bstart\s*=\s*[\"']?(\d+)", re.IGNORECASE)


def _numbered_list(match: re.Match[str]) -> str:
    start = _LIST_START.search(match.group(1))
    number = int(start.group(1)) if start else 1

    def label(item: re.Match[str]) -> str:
        nonlocal number
        text = item.group(2)
        if not _OWN_NUMBER.match(text.lstrip()):
            text = f"{number}. {text.lstrip()}"
        number += 1
        return f"<li data-numbered{item.group(1)}>{text}"

    return f"<div{match.group(1)}>{_OPEN_ITEM.sub(label, match.group(2))}</div>"


def html_text(markup: str) -> tuple[str, str]:
    """Visible text of an HTML page: block elements as line breaks, page chrome
    (nav, footer, breadcrumbs, share bars, related lists) removed, an ordered
    list's numbers written before its items, table cells separated by tabs;
    and the text of the footer removed (where a site says whose it is)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    footer = [tag.get_text(" ") for tag in soup("footer")]
    for tag in soup(_DROPPED_TAGS):
        tag.decompose()
    total = len(soup.get_text()) or 1
    for tag in soup.find_all(_is_chrome):
        if not tag.decomposed and len(tag.get_text()) <= _CHROME_MAX_SHARE * total:
            if _is_footer(tag):
                footer.append(tag.get_text(" "))
            tag.decompose()
    for ordered in soup.find_all("ol"):
        _number_list_items(ordered)
    for cell in soup.find_all(["td", "th"]):
        cell.insert_after("\t")
    # The source's line break between two inline elements is a space on the page, no line (a Word export sets each
    # run's span on a line of its own: 第 / 4 / 条).
    for node in soup.find_all(string=_SOURCE_BREAK):
        if not node.strip() and _inline(node.previous_sibling) and _inline(node.next_sibling):
            node.replace_with(" ")
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    text = soup.get_text("")
    return re.sub(r"[ \t]*\n(?:[ \t]*\n)+", "\n\n", text), "\n".join(" ".join(part.split()) for part in footer)


def _inline(node) -> bool:
    return getattr(node, "name", None) in _INLINE_TAGS


def _class_and_id(tag) -> list[str]:
    return [name for name in (*(tag.get("class") or []), tag.get("id") or "") if name]


def _is_chrome(tag) -> bool:
    return tag.name not in ("html", "body") and any(_CHROME_NAME.match(name) for name in _class_and_id(tag))


def _is_footer(tag) -> bool:
    return any(_FOOTER_NAME.match(name) for name in _class_and_id(tag))


def _number_list_items(ordered) -> None:
    """Write each item's displayed number (1. 2. …, a. b. … for type="a") before it,
    unless the item's text starts with a number of its own."""
    kind = ordered.get("type", "1")
    try:
        number = int(ordered.get("start", 1))
    except ValueError:
        number = 1
    for item in ordered.find_all("li", recursive=False):
        text = item.get_text().lstrip()
        if not _OWN_NUMBER.match(text):
            label = chr(ord("a") + number - 1) if kind in ("a", "A") and number <= 26 else str(number)
            item.insert(0, f"{label.upper() if kind == 'A' else label}. ")
        number += 1


_OWN_NUMBER = re.compile(r"[(（]?[\d一二三四五六七八九十①-⑳]+[)）、.．]")


def pdf_text(name: str, data: bytes) -> tuple[str, tuple[int, ...]]:
    """A PDF's text, page after page, and where each page starts. Lines that
    stand at the top or bottom of most pages (running headers and footers) go;
    page numbers go in normalize. pypdfium2: 8x faster than pdfplumber here, and
    PDFium's BSD licence."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
        pages = [page.get_textpage().get_text_range().replace("\r\n", "\n") for page in document]
    except pypdfium2.PdfiumError as exc:
        raise IngestError(name, f"not a readable PDF: {exc}") from None
    if not any(page.strip() for page in pages):
        raise IngestError(name, "no text in PDF (a scan needs OCR first)")
    running = _running_lines(pages)
    first = next(index for index, page in enumerate(pages) if page.strip())
    texts, starts, position = [], [], 0
    for index, page in enumerate(pages):
        # (the first page with text keeps its header: there it heads the document, its issuer and title)
        kept = page if index == first else "\n".join(_without_running_edges(page.split("\n"), running))
        starts.append(position)
        texts.append(kept)
        position += len(kept) + 1
    return "\n".join(texts), tuple(starts)


_DIGITS = re.compile(r"\d+")


def _page_line_key(line: str) -> str:
    return _DIGITS.sub("#", "".join(line.split()))


def _without_running_edges(lines: list[str], running: set[str]) -> list[str]:
    """``lines`` without the running lines that stand at their top or bottom, one after
    another from the edge (a header block of several lines); the same words inside the
    page's text stay."""
    top, bottom = 0, len(lines)
    while top < bottom and (not lines[top].strip() or _page_line_key(lines[top]) in running):
        top += 1
    while bottom > top and (not lines[bottom - 1].strip() or _page_line_key(lines[bottom - 1]) in running):
        bottom -= 1
    return lines[top:bottom]


def _running_lines(pages: list[str], edge_lines: int = 6) -> set[str]:
    """Lines (numbers aside) among the first or last ``edge_lines`` of at least
    half the pages, when there are three pages or more."""
    if len(pages) < 3:
        return set()
    seen: dict[str, int] = {}
    for page in pages:
        lines = [line for line in page.split("\n") if line.strip()]
        for key in {_page_line_key(line) for line in lines[:edge_lines] + lines[-edge_lines:]}:
            seen[key] = seen.get(key, 0) + 1
    return {key for key, count in seen.items() if key and count >= max(3, len(pages) / 2)}


def _docx_text(name: str, data: bytes) -> str:
    """A .docx's paragraphs and tables in document order: each numbered paragraph
    with the number Word displays for it (its numbering part, numId and level),
    each table row as a line of tab-separated cells, a cell's own tables within it;
    a row of one cell (a page laid out in a table, tables nested in it) as its lines."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    def block_lines(container, numbering: _WordNumbering) -> list[str]:
        lines = []
        for child in container.iterchildren():
            if child.tag == _W + "p":
                paragraph = Paragraph(child, document)
                lines.append(numbering.label(paragraph) + paragraph.text)
            elif child.tag == _W + "tbl":
                for row in Table(child, document).rows:
                    cells = list(dict.fromkeys(cell._tc for cell in row.cells))  # merged cells repeat
                    if len(cells) == 1:
                        lines += block_lines(cells[0], numbering)
                    else:
                        lines.append("\t".join(dict.fromkeys("\n".join(block_lines(cell, numbering)).strip() for cell in cells)))
        return lines

    try:
        document = docx.Document(io.BytesIO(data))
        lines = block_lines(document.element.body, _WordNumbering(document))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise IngestError(name, f"not a readable .docx: {exc}") from None
    except Exception as exc:  # zipfile and lxml raise many kinds on corrupt files
        raise IngestError(name, f"not a readable .docx: {type(exc).__name__}") from None
    text = "\n".join(lines)
    if not text.strip():
        raise IngestError(name, "no text in .docx")
    return text


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Word's marks in a .doc's text: paragraph and cell ends, line and page breaks as line ends;
# a field's code (between 0x13 and 0x14) dropped, its shown result kept; object anchors dropped.
_DOC_MARKS = str.maketrans({"\r": "\n", "\x07": "\n", "\x0b": "\n", "\x0c": "\n", "\x1e": "-", "\x01": None, "\x08": None, "\x1f": None})
_DOC_FIELD_CODE = re.compile("\x13[^\x13\x14\x15]*(?:\x14|(?=\x15))")


def _doc_text(name: str, data: bytes) -> str:
    """A Word 97-2003 .doc's main text, its paragraphs as lines, list numbers as Word shows them
    (olefile reads the compound file, ``word97`` the document in it)."""
    import olefile

    from . import word97

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            word = ole.openstream("WordDocument").read()
            table = ole.openstream(word97.table_stream_name(word)).read()
            text = word97.document_text(word, table, _format_number)
    except word97.Word97Error as exc:
        raise IngestError(name, str(exc)) from None
    except Exception as exc:  # olefile and struct raise many kinds on corrupt files
        raise IngestError(name, f"not a readable .doc: {type(exc).__name__}") from None
    while (cleaner := _DOC_FIELD_CODE.sub("", text)) != text:  # nested fields, innermost first
        text = cleaner
    text = text.replace("\x15", "").translate(_DOC_MARKS)
    if not text.strip():
        raise IngestError(name, "no text in .doc")
    return text


class _WordNumbering:
    """The numbers Word displays before list paragraphs: counters per list
    (numId) and level, a level's counter restarting when a higher level moves
    on, written by the level's numFmt into its lvlText (%1、, （%1）, %1.%2)."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # numId -> ilvl -> (start, numFmt, lvlText)
        self.counters: dict[str, list[int]] = {}
        self.styles = document.styles
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {}
        for node in root.findall(_W + "abstractNum"):
            levels = {}
            for level in node.findall(_W + "lvl"):
                start, fmt, text = level.find(_W + "start"), level.find(_W + "numFmt"), level.find(_W + "lvlText")
                levels[int(level.get(_W + "ilvl"))] = (
                    int(start.get(_W + "val")) if start is not None else 1,
                    fmt.get(_W + "val") if fmt is not None else "decimal",
                    text.get(_W + "val") if text is not None else "",
                )
            abstract[node.get(_W + "abstractNumId")] = levels
        for node in root.findall(_W + "num"):
            ref = node.find(_W + "abstractNumId")
            if ref is not None:
                self.levels[node.get(_W + "numId")] = abstract.get(ref.get(_W + "val"), {})

    def label(self, paragraph) -> str:
        found = self._num_pr(paragraph)
        if found is None:
            return ""
        num_id, level = found
        levels = self.levels.get(num_id)
        if not levels or level not in levels:
            return ""
        counters = self.counters.setdefault(num_id, [levels.get(i, (1, "", ""))[0] - 1 for i in range(9)])
        counters[level] += 1
        for deeper in range(level + 1, 9):
            counters[deeper] = levels.get(deeper, (1, "", ""))[0] - 1
        start, fmt, text = levels[level]
        if fmt in ("bullet", "none") or not text:
            return ""
        return re.sub(r"%(\d)", lambda m: _format_number(counters[int(m.group(1)) - 1], levels.get(int(m.group(1)) - 1, (1, fmt, ""))[1]), text)

    def _num_pr(self, paragraph) -> tuple[str, int] | None:
        """numId and level of the paragraph's own numbering, else its style's."""
        candidates = [paragraph._p.pPr]
        style = paragraph.style
        while style is not None:
            candidates.append(style.element.pPr)
            style = style.base_style
        for ppr in candidates:
            num_pr = ppr.find(_W + "numPr") if ppr is not None else None
            if num_pr is not None and num_pr.find(_W + "numId") is not None:
                level = num_pr.find(_W + "ilvl")
                return num_pr.find(_W + "numId").get(_W + "val"), int(level.get(_W + "val")) if level is not None else 0
        return None


_CN_NUMERALS = "零一二三四五六七八九"


def _format_number(n: int, fmt: str) -> str:
    if fmt.startswith(("chinese", "ideograph", "japaneseCounting", "taiwaneseCounting")):
        return _chinese_numeral(n)
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (n - 1) % 26)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman") and 1 <= n <= 12:
        # as the one-character numerals Ⅰ … Ⅻ, ⅰ … ⅻ: an ASCII "i." reads as a Latin letter's list
        return chr((0x2160 if fmt == "upperRoman" else 0x2170) + n - 1)
    if fmt.startswith("decimalEnclosedCircle") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalEnclosedParen" and 1 <= n <= 20:
        return chr(0x2474 + n - 1)
    return str(n)


def _chinese_numeral(n: int) -> str:
    """一 … 九十九, 一百零五: the numerals Word's chineseCounting writes."""
    if n < 10:
        return _CN_NUMERALS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN_NUMERALS[tens]) + "十" + (_CN_NUMERALS[ones] if ones else "")
    hundreds, rest = divmod(n, 100)
    tail = "" if rest == 0 else ("零" + _CN_NUMERALS[rest] if rest < 10 else ("一" if rest < 20 else "") + _chinese_numeral(rest))
    return _CN_NUMERALS[hundreds] + "百" + tail


def iter_input_files(inputs: list[str | Path]):
    """Files named or found (recursively, supported suffixes) under ``inputs``,
    in a stable order; a missing path or an empty folder yields an IngestError
    so the caller can report it and go on."""
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            candidates = sorted(
                p for p in path.rglob("*")
                if p.suffix.lower() in SUPPORTED_SUFFIXES and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            unread = sorted(p for p in path.rglob("*") if p.suffix.lower() in UNREAD_SUFFIXES and p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts))
            for skipped in unread:
                yield IngestSkipped(skipped, UNREAD_SUFFIXES[skipped.suffix.lower()])
            if not any(p.is_file() or p.is_symlink() for p in candidates) and not unread:
                yield IngestError(path, "directory holds no readable files (.txt .md .html .htm .docx .doc .pdf)")
            for candidate in candidates:
                if candidate.is_file():
                    yield candidate
                elif candidate.is_symlink() and not candidate.exists():  # reported, not silently lost
                    yield IngestError(candidate, _link_problem(candidate))
        elif path.exists():
            yield path
        elif path.is_symlink():
            yield IngestError(path, _link_problem(path))
        else:
            yield IngestError(path, "no such file or directory")


def _link_problem(path: Path) -> str:
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
    return "broken symbolic link"
