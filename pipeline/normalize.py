"""Normalise decoded text for processing, keeping a map back to the original.

Two index-aligned strings come out: ``clean`` (original script, pinyin ruby
and boilerplate removed, broken lines joined, LF line ends) and ``proc``
(the same in simplified characters with half-width punctuation, which every
later stage reads). ``offsets[i]`` is the index in the original of
``clean[i]``. Every step only deletes characters or replaces one with one,
so the map is monotone by construction.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .ingest import FRONT_MATTER, FRONT_MATTER_FIELD
from .rules import Rules

# Full-width ASCII forms to half-width; ideographic and no-break spaces to
# spaces; CR and the other line breaks (a PDF extraction's form feed that opens
# each page's first line, vertical tab, Unicode's line and paragraph separators)
# to LF. One character for one, so indices stay aligned.
# CJK compatibility ideographs (U+F900–FAFF, 六 written as U+F9D1 by some input
# methods) to their unified form.
_LINE_BREAK_CHARS = "\r\f\v\u2028\u2029"
_LINE_BREAK = re.compile(f"[{_LINE_BREAK_CHARS}]")
_FOLD = (
    {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
    | {0x3000: 0x20, 0xA0: 0x20, 0x2002: 0x20, 0x2003: 0x20}
    | dict.fromkeys(map(ord, _LINE_BREAK_CHARS), 0x0A)
    | {cp: ord(n) for cp in range(0xF900, 0xFB00) if len(n := unicodedata.normalize("NFKC", chr(cp))) == 1 and n != chr(cp)}
    # the small forms some editors set list marks in (1﹒推进…, ﹙一﹚): their plain forms
    | {cp: ord(n) for cp in range(0xFE50, 0xFE6C) if len(n := unicodedata.normalize("NFKC", chr(cp))) == 1 and n != chr(cp)}
    # Kangxi radicals a PDF's fonts put for ordinary characters (⼀、⼤⼒推进): the characters
    | {cp: ord(n) for cp in range(0x2F00, 0x2FD6) if len(n := unicodedata.normalize("NFKC", chr(cp))) == 1 and n != chr(cp)}
    # private-use glyphs a font or an editor set (an indent mark before (一)): no text, read as space
    | dict.fromkeys(range(0xE000, 0xF900), 0x20)
    # zero-width spaces and joiners a web editor left (an invisible mark before a line's a) or 1.): read as space
    | dict.fromkeys((0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF), 0x20)
)
_FOLDABLE = re.compile(f"[\uff01-\uff5e\u3000\u00a0\u2002\u2003{_LINE_BREAK_CHARS}\ue000-\ufaff\ufe50-\ufe6b\u2f00-\u2fd5\u200b-\u200d\u2060\ufeff]+")

# Pinyin ruby after a character: 衛(wèi), 導(dǎo). The bracketed word must be
# one pinyin syllable, so (一), (综), (010) and (以下简称…) are untouched.
# (The bracket comes first so that the regex engine can skip to brackets.)
_RUBY = re.compile(r"[(（](?<=[\u3400-\u9fff][(（])([A-Za-z\u00c0-\u024f\u0300-\u036f]{1,8})[)）]")
_PINYIN_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|in|ia|ie|iu|ua|uo|ui|un|ue|ve|vn|a|o|e|i|u|v)"
    r"(?:ng|n|r)?"
)
_TONED = re.compile(r"[\u0300-\u036f]")
# Markdown is read as structure: a line's quote, heading and list markup and
# paired emphasis go, so a marker behind them (## 一、, > **1.**, - (一)) is at
# its line start. Rules (---) go whole. Only in documents read as Markdown:
# elsewhere ** is a placeholder (20**年).
# (a bullet, but not the dash of a page number set - 2 -)
# (a heading's #s maybe with no space after them, as many Chinese editors save them: ##第一章, ###一、; not #define)
_MD_LINE_PREFIX = re.compile(r"^[ \t]*(?:>[ \t]?)*(?:#{1,6}(?:[ \t\u3000]+|(?![#\sA-Za-z!]))|[-*+][ \t]+(?=\S)(?!\d{1,3}[ \t]*[-—–][ \t]*$))?", re.MULTILINE)
_MD_RULE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)[^\n]*?\1")
# HTML a Markdown file holds raw (<p id="t1">&emsp;<b>第一条</b>…</p>), which a
# renderer would show as its text, and attribute lists ({align="center"}) at a line's end.
_MD_HTML_TAG = re.compile(r"</?(?:p|b|strong|i|em|u|span|a|br|div|font|sup|sub|center|small|big|section|h[1-6])(?:\s[^<>\n]*)?/?>", re.IGNORECASE)
# A hard line break: a backslash ending a line.
_MD_HARD_BREAK = re.compile(r"\\(?=[ \t]*\r?$)", re.MULTILINE)
# A static-site generator's containers and tabs (VuePress ::: tabs, @tab 条例, [[toc]]): markup lines.
_MD_CONTAINER = re.compile(r"^[ \t]*(?::{3,}.*|@tab\b.*|\[\[toc\]\])[ \t]*$", re.MULTILINE)
# An image (![alt](path)): shown as a picture, no text.
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_ATTRIBUTES = re.compile(r"(?:\{[^{}\n]*=[^{}\n]*\}|\{[#.][\w-]+\})[ \t]*$", re.MULTILINE)
# Spaces an OCR or PDF copy put inside a date (2026 年 6 月 30 日, 202 4 年): dropped,
# so that the date reads as one expression.
_SPACED_DATE = re.compile(r"(?<=\d)[ \t\u3000]+(?=[年月日号]|\d{1,3}[ \t\u3000]*年)|(?<=[年月])[ \t\u3000]+(?=\d)")
# …and inside an article's or chapter's marker (第 2 7 条, a PDF layout's 第   三   條): dropped, so it reads (第 27 条, 第三條).
_SPACED_ARTICLE_NUMBER = re.compile(r"第(?:[ \t\u3000]*[\d〇零一二三四五六七八九十百]){1,4}[ \t\u3000]*(?=[条章节條節])")
# (where the marker's own pattern cannot read it: between digits, or a run of more than one space)
_INNER_SPACE = re.compile(r"(?<=\d)[ \t\u3000]+(?=\d)|[ \t\u3000]{2,}")
# A lone space an OCR or PDF copy put between two characters of running text
# (借 阅, 3个工 作日内): dropped in sentence lines (windows in rules/boilerplate.yaml).
_OCR_SPACE = re.compile(r"(?<=[\u4e00-\u9fff，、]) (?=[\u4e00-\u9fff])")
_SENTENCE_MARK = re.compile("[，。；]")
# Indentation written as HTML entities in a text copy (&emsp;&emsp;1、).
_SPACE_ENTITY = re.compile(r"&(?:emsp|ensp|nbsp|thinsp|#12288|#160|#8195);")
# …or as question marks, where a copy lost its encoding's full-width spaces (???1.1 编制目的, ???(一)…).
_LOST_INDENT = re.compile(r"(?m)^[ \t]*(\?+)(?=[\u4e00-\u9fff\d(（〔【])")
_SENTENCE_MARKS = frozenset("。!?;")
_OPENING = frozenset("([〔【《「『“")
_CLOSING = frozenset("。!?;:…”’」』)]】》、,.")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A line's first bracket a closing one, a few characters in: the rest of one a line above opened.
_CLOSES_BRACKET = re.compile(r"[^()\n]{1,6}\)")
_HEADING_WORD_CHAR = re.compile(r"[\u4e00-\u9fff\u2160-\u217fA-Za-z]")  # Han, Roman numerals (Ⅳ, IV), letters
# A sentence in the processing copy (half-width punctuation but the full stop).
_SENTENCE_END = re.compile(r"[。;,!?]")
_LEADER_LINE = re.compile(r"[….·]{2,}")
_SENTENCE_STOP = re.compile(r"[。;!?]")  # a contents entry may hold a comma (强化源头防控,夯实基础), not a full stop
# A contents entry's page number after its heading's words (镇农业站工作计划9).
_PAGE_NUMBER_END = re.compile(r"[\u4e00-\u9fff]\s*\d{1,3}$")
# …after its words or its leader (第五章 附则 ....... 13).
_PAGED = re.compile(r"[\u4e00-\u9fff….·]\s*\d{1,3}$")
# …and the leader to it, dots spaced as LaTeX sets them (1.1 项目概述 . . . . 4): no part of the entry's length.
_LEADER_TO_PAGE = re.compile(r"\s*(?:[….·]\s*){3,}\d{0,3}$")
# The numbers of a marker, whatever marks set them off (1、 and 1. alike; 6.1 → 6, 1).
_NUMERALS = re.compile(r"\d+|[一二三四五六七八九十百零〇]+")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    original: str
    clean: str
    proc: str
    offsets: np.ndarray  # index in the original of each character of clean/proc
    script: str

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` of clean/proc as ``[start, end)`` of the original."""
        if end <= start:
            at = int(self.offsets[start]) if start < len(self.offsets) else len(self.original)
            return (at, at)
        return (int(self.offsets[start]), int(self.offsets[end - 1]) + 1)


@lru_cache(maxsize=2)
def opencc_converter(config: str):
    import opencc

    return opencc.OpenCC(config)


def to_simplified_aligned(text: str) -> str:
    """``text`` in simplified characters, one character for each original.

    OpenCC's phrase tables may change length in rare cases; such lines fall
    back to character-by-character conversion, and a character whose
    conversion is not one character stays as it is.
    """
    convert = opencc_converter("t2s").convert
    simplified = convert(text)
    if len(simplified) == len(text):
        return simplified
    lines = []
    for line in text.split("\n"):
        converted = convert(line)
        if len(converted) != len(line):
            converted = "".join(c if len(c := convert(ch)) == 1 else ch for ch in line)
        lines.append(converted)
    return "\n".join(lines)


def is_pinyin(word: str) -> bool:
    bare = unicodedata.normalize("NFD", word.lower())
    has_tone = bool(_TONED.search(bare))
    bare = _TONED.sub("", bare).replace("ü", "v")
    # Untoned words are pinyin only if they cannot be an English abbreviation.
    return bool(_PINYIN_SYLLABLE.fullmatch(bare)) and (has_tone or word.islower())


def without_ruby(text: str) -> str:
    """``text`` with the pinyin ruby after its characters dropped (門衛(wèi) -> 門衛)."""
    return _RUBY.sub(lambda m: "" if is_pinyin(m.group(1)) else m.group(), text)


# A Latin O typed for the zero of a year or date in Chinese numerals (二O一八年, 二OO八): 〇.
_LETTER_ZERO = re.compile("(?<=[〇零一二三四五六七八九十])[Oo]{1,2}(?=[〇零一二三四五六七八九十年])")


# The Cyrillic Р a document-sharing site's preview writes for each paragraph break of the Word file
# it shows (…备案。Р 3、值班…Р五、…), standing in no Russian word: a line break.
_PARAGRAPH_MARK = re.compile("(?<![\u0400-\u04ff])\u0420(?![\u0400-\u04ff])")


# The bopomofo ㄧ typed for 一, which it looks like (ㄧ、 as a marker, 之ㄧ, ㄧ般), standing in no
# zhuyin spelling (ㄧˋ, ㄅㄧ): 一.
_BOPOMOFO_ONE = re.compile("(?<![\u3105-\u312f\u31a0-\u31bfˊˇˋ˙])\u3127(?![\u3105-\u312f\u31a0-\u31bfˊˇˋ˙])")


def fold(text: str) -> str:
    """``text`` with full-width forms half-width, line breaks as LF, a letter O
    for the zero of a Chinese numeral as 〇 and a lone bopomofo ㄧ as 一 (one for
    one). Only runs of foldable characters are touched: most text has few."""
    text = _FOLDABLE.sub(lambda m: m.group().translate(_FOLD), text)
    if "\u0420" in text:
        text = _PARAGRAPH_MARK.sub("\n", text)
    if "\u3127" in text:
        text = _BOPOMOFO_ONE.sub("一", text)
    return _LETTER_ZERO.sub(lambda m: "〇" * len(m.group()), text)


def detect_script(original: str, simplified: str) -> str:
    if original == simplified:
        return "simplified"
    sample_original = np.frombuffer(original[:20000].encode("utf-32-le"), dtype=np.uint32)
    sample_simplified = np.frombuffer(simplified[:20000].encode("utf-32-le"), dtype=np.uint32)
    cjk = np.count_nonzero((sample_original >= 0x4E00) & (sample_original <= 0x9FFF))
    changed = np.count_nonzero(sample_original != sample_simplified)
    if not cjk or changed / cjk < 0.005:
        return "simplified"
    return "traditional" if changed / cjk >= 0.05 else "mixed"


def _keep(text: str, drops: list[tuple[int, int]]) -> str:
    """``text`` without the sorted, disjoint ``[start, end)`` ranges."""
    pieces = []
    position = 0
    for start, end in drops:
        pieces.append(text[position:start])
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _kept(length: int, drops: list[tuple[int, int]]) -> np.ndarray:
    """Mask of the positions of ``range(length)`` outside the ``drops``."""
    mask = np.ones(length, dtype=bool)
    for start, end in drops:
        mask[start:end] = False
    return mask


def normalize(text: str, rules: Rules, markup: str = "text") -> NormalizedText:
    original = text
    text = unescape_whitespace(text, rules.boilerplate.escapes_min)
    text = indent_breaks(text, rules.boilerplate.indent_break_min_chars, rules.boilerplate.indent_break_min_runs)
    simplified = to_simplified_aligned(text)
    script = detect_script(text, simplified)

    # Pass 1: CRLF, ruby and markup, so that lines read as written for pass 2.
    drops = [(m.start(), m.start() + 1) for m in re.finditer("\r\n", text)]
    drops += [m.span() for m in _RUBY.finditer(text) if is_pinyin(m.group(1))]
    drops += [m.span() for m in _SPACE_ENTITY.finditer(text)]
    drops += [m.span(1) for m in _LOST_INDENT.finditer(text)]
    drops += [m.span() for m in _SPACED_DATE.finditer(text)]
    drops += [m.span() for m in rules.unit_exponent_break_regex.finditer(text)]
    drops += [m.span() for m in rules.site_slogan_regex.finditer(simplified)]
    drops += number_run_drops(fold(simplified), rules)
    drops += [space.span() for number in _SPACED_ARTICLE_NUMBER.finditer(text) for space in _INNER_SPACE.finditer(text, number.start(), number.end())]
    drops += ocr_space_drops(text, rules)
    drops += jammer_drops(text, rules)
    drops += front_matter_drops(text, rules)
    drops += record_key_drops(text, rules)
    drops += excerpt_field_drops(text, rules)
    drops += summary_line_drops(text, rules)
    if markup == "markdown":
        drops += markdown_drops(text)
    drops = _merged(drops)
    clean = _keep(text, drops)
    clean = _LINE_BREAK.sub("\n", clean)
    proc = fold(_keep(simplified, drops))
    offsets = np.flatnonzero(_kept(len(text), drops))

    # Pass 2: boilerplate lines, a sharing site's chunk numbers and broken lines, decided on the proc copy.
    drops = _merged(_line_drops(proc, rules, joins=markup != "elements") + chunk_number_drops(proc, rules))
    return NormalizedText(original, _keep(clean, drops), _keep(proc, drops), offsets[_kept(len(offsets), drops)], script)


_IDEOGRAPHIC_INDENT = re.compile("\u3000{2,}")
_LONG_LINE = re.compile("[^\n]+")


def indent_breaks(text: str, min_chars: int, min_runs: int) -> str:
    """``text`` with each paragraph indent (two or more ideographic spaces) of a
    line at least ``min_chars`` long holding at least ``min_runs`` of them opening
    a line: its first space becomes a line break, one character for one."""
    if len(text) < min_chars or text.count("\u3000\u3000") < min_runs:
        return text  # most texts: no such line

    def broken(line: re.Match[str]) -> str:
        found = line.group()
        if len(found) < min_chars or len(_IDEOGRAPHIC_INDENT.findall(found)) < min_runs:
            return found
        return _IDEOGRAPHIC_INDENT.sub(lambda run: "\n" + run.group()[1:], found)

    return _LONG_LINE.sub(broken, text)


# Whitespace written as escapes (\n, \t) in text exported from JSON or code:
# read as the whitespace it stands for, one character for one, where a text
# has at least ``escapes_min`` of them (a lone \n may be meant).
_ESCAPED_WHITESPACE = re.compile(r"\\[nrt]")


def unescape_whitespace(text: str, escapes_min: int) -> str:
    if len(_ESCAPED_WHITESPACE.findall(text, 0, 200_000)) < escapes_min:
        return text
    return _ESCAPED_WHITESPACE.sub(lambda m: " \n" if m.group()[1] in "nr" else "  ", text)


def ocr_space_drops(text: str, rules: Rules) -> list[tuple[int, int]]:
    """Spans of the lone spaces an OCR or PDF copy left inside running text:
    in sentence lines (a comma or full stop, ``ocr_line_min_chars`` or more), past
    a line's first ``ocr_marker_chars`` (a spaced marker stands as written: 第 二 條),
    where a text has at least ``ocr_spaces_min``; a header's space between joint
    issuers (发展改革委 能源局) and one that sets off a marker stay."""
    config = rules.boilerplate
    if " " not in text:
        return []
    keep_after, keep_before = rules.ocr_space_keep_after_regex, rules.ocr_space_keep_before_regex
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        if len(line) >= config.ocr_line_min_chars and " " in line and _SENTENCE_MARK.search(line):
            spans += [
                (start + m.start(), start + m.end())
                for m in _OCR_SPACE.finditer(line, config.ocr_marker_chars)
                if not keep_after.search(line, max(0, m.start() - 10), m.start()) and not keep_before.match(line, m.end())
            ]
        start += len(line) + 1
    return spans if len(spans) >= config.ocr_spaces_min else []


def jammer_drops(text: str, rules: Rules) -> list[tuple[int, int]]:
    """Spans of a forum's anti-copy strings ($ Zq &7 e] *k): spaced runs of one-
    or two-character ASCII tokens, enough of them two characters of two kinds."""
    min_mixed = rules.boilerplate.jammer_min_mixed
    return [m.span() for m in rules.jammer_regex.finditer(text) if sum(map(_mixed, m.group().split())) >= min_mixed]


def _mixed(token: str) -> bool:
    """Two characters of two kinds (letter, digit, mark): b8, d%, 1;."""
    kinds = {"letter" if char.isalpha() else "digit" if char.isdigit() else "mark" for char in token}
    return len(token) == 2 and len(kinds) == 2


# A data file's records (a JSON array, a JS object): "content": "…", id: '…' or "條文內容": "…", a
# field a line; in a JSON text the quote and comma closing a field's value too. A
# title field stays whole: it opens a plan (split.yaml, record_title).
_JSON_START = re.compile(r"\s*[\[{]")
_RECORD_VALUE_END = re.compile(r"""["'`][ \t]*,?[ \t]*\r?$""", re.MULTILINE)
# …and the lines that are nothing but brackets between records (}, {) or a key opening a list of them ("法規內容": [)
_RECORD_PUNCTUATION = re.compile(r"""^[ \t]*(?:"[^"\n]{1,40}"[ \t]*:[ \t]*)?[\[\]{},]+(?:[ \t]+[\[\]{},]+)*[ \t]*\r?$""", re.MULTILINE)


def record_key_drops(text: str, rules: Rules) -> list[tuple[int, int]]:
    """Spans of the syntax around a data file's text fields: each field's key
    and opening quote but a title field's, and in a JSON text, which opens with
    [ or {, each value's closing quote and the lines of brackets between records."""
    drops = [m.span() for m in rules.record_key_regex.finditer(text)]
    if _JSON_START.match(text):
        drops += [m.span() for m in _RECORD_VALUE_END.finditer(text)]
        drops += [m.span() for m in _RECORD_PUNCTUATION.finditer(text)]
    return drops


# A single-quoted SQL value (\' and '' escape a quote inside it).
_SQL_VALUE = re.compile(r"'((?:[^'\\]|\\.|'')*)'", re.DOTALL)
_MARKUP_OR_SPACE = re.compile(r"<[^>]*>|\\[nrt]|\s+|&nbsp;")


def excerpt_field_drops(text: str, rules: Rules) -> list[tuple[int, int]]:
    """Spans of a database record's excerpt fields: a quoted value of at least
    ``excerpt_min_chars`` (markup and spaces aside) that one of the next
    ``excerpt_field_window`` values opens with (a CMS's summary of its content)."""
    if "INSERT INTO" not in text[:2000]:
        return []
    config = rules.boilerplate
    values = [(m.span(1), _MARKUP_OR_SPACE.sub("", m.group(1))) for m in _SQL_VALUE.finditer(text)]
    return [
        span
        for index, (span, bare) in enumerate(values)
        if len(bare) >= config.excerpt_min_chars
        and any(later.startswith(bare) for _, later in values[index + 1 : index + 1 + config.excerpt_field_window])
    ]


def summary_line_drops(text: str, rules: Rules) -> list[tuple[int, int]]:
    """Spans of a page's summary line: the opening of its content cut short, of at least
    ``summary_line_min_chars`` (markup and spaces aside), that the next line with text
    opens with and goes on past (a document-sharing page's blurb above the text it shows)."""
    min_chars = rules.boilerplate.summary_line_min_chars
    lines = [(m.span(), bare) for m in _LONG_LINE.finditer(text) if (bare := _MARKUP_OR_SPACE.sub("", m.group()))]
    return [
        span
        for (span, bare), (_, after) in zip(lines, lines[1:])
        if len(bare) >= min_chars and len(after) > len(bare) and after.startswith(bare)
    ]


def front_matter_drops(text: str, rules: Rules) -> list[tuple[int, int]]:
    """Spans of the YAML front matter opening a file (---, key: value lines, ---),
    which is metadata, but for the longest value of a title key
    (``front_matter_title_key``: title, titleFull), which stays as the text's
    first line."""
    block = FRONT_MATTER.match(text)
    if block is None:
        return []
    titles = [field for field in FRONT_MATTER_FIELD.finditer(block.group(1)) if field.group(2) and rules.front_matter_title_key_regex.search(field.group(1))]
    if not titles:
        return [(0, block.end())]
    title = max(titles, key=lambda field: len(field.group(2)))
    if title.group(2).strip() in _first_line_text(text, block.end()):
        return [(0, block.end())]  # the page's own heading gives the title in full (河谷商会 - 会员服务细则 for 会员服务)
    start, end = block.start(1) + title.start(2), block.start(1) + title.end(2)
    sites = [(start + site.start(), start + site.end()) for site in rules.front_matter_title_site_regex.finditer(title.group(2))]
    return [(0, start), *sites, (end, block.end() - 1)]


def _first_line_text(text: str, position: int) -> str:
    """The first line with text from ``position`` on, without its HTML tags and Markdown line prefix."""
    for line in text[position:].split("\n"):
        if words := _MD_LINE_PREFIX.sub("", _MD_HTML_TAG.sub("", line)).strip():
            return words
    return ""


def markdown_drops(text: str) -> list[tuple[int, int]]:
    """Spans of Markdown markup in ``text``: line prefixes, rules, containers,
    hard breaks, emphasis marks, raw HTML tags, attribute lists and images."""
    drops = [m.span() for m in _MD_LINE_PREFIX.finditer(text) if m.end() > m.start() and m.group().strip()]
    drops += [m.span() for m in _MD_RULE.finditer(text)]
    drops += [m.span() for m in _MD_CONTAINER.finditer(text)]
    drops += [m.span() for m in _MD_HARD_BREAK.finditer(text)]
    drops += [m.span() for m in _MD_HTML_TAG.finditer(text)]
    drops += [m.span() for m in _MD_ATTRIBUTES.finditer(text)]
    drops += [m.span() for m in _MD_IMAGE.finditer(text)]
    for m in _MD_EMPHASIS.finditer(text):
        drops += [(m.start(), m.start() + 2), (m.end() - 2, m.end())]
    return drops


def _line_drops(proc: str, rules: Rules, joins: bool = True) -> list[tuple[int, int]]:
    """Boilerplate lines to drop and, where ``joins``, the line breaks that broke a sentence or a heading."""
    drops: list[tuple[int, int]] = []
    wrap_width = _wrap_width(proc, rules)
    join_min_chars = min(rules.join_min_chars, wrap_width - rules.wrap_slack) if wrap_width else rules.join_min_chars
    previous_wrapped = False  # the last kept line was cut at a wrap width the text shows
    previous_single = False  # the last kept line was one character
    previous_bracket = False  # the last kept line ended with an opening bracket or quote
    previous_unclosed = False  # …or left a bracket open (…补上5月7日(星期)
    lines = proc.split("\n")
    stripped_lines = [line.strip() for line in lines]
    # the length of each page-number prefix, in the stripped line (— 2 — 第一章 总则; a right-aligned 2 第一章 总则)
    prefixes = {index: match.end() for index, line in enumerate(stripped_lines) if line and (match := rules.page_prefix_regex.match(line))}
    prefixes.update(indented_page_prefixes(lines, rules))
    prefixed = set(prefixes)
    pages = sorted(prefixed.union(index for index, line in enumerate(stripped_lines) if line and rules.page_lines.search(line)))
    dropped = set(pages).difference(prefixed).union(running_header_repeats(stripped_lines, pages, rules), title_headers(stripped_lines, pages, rules))
    dropped |= bare_page_numbers(stripped_lines, dropped, rules)
    contents = table_of_contents(stripped_lines, dropped, rules) | unheaded_contents(stripped_lines, rules) | paged_contents(stripped_lines, rules)
    dropped |= contents | site_menu(stripped_lines, rules)
    previous_end = -1  # end of the last kept non-blank line's content
    previous_open = False  # that line may continue on the next
    share_before = _TextShare(proc)
    start = 0
    for index, line in enumerate(lines):
        end = start + len(line)
        stripped = line.strip()
        if stripped:
            cut = rules.cut_from_lines.search(stripped)
            if cut and share_before(start) >= rules.cut_from_min_share:
                drops.append((start, len(proc)))
                break
            if cut or index in dropped or rules.drop_lines.search(stripped):
                drops.append((start, min(end + 1, len(proc))))
                if index in contents or rules.toc_heading_regex.match(stripped):
                    previous_open = False  # a sentence goes on over a page break, not over a table of contents
            else:
                content_start = start + len(line) - len(line.lstrip())
                if len(stripped) > rules.boilerplate.toc_entry_max_chars and (inline := inline_contents(stripped, rules)):
                    drops.append((content_start + inline[0], content_start + inline[1]))
                if index in prefixed:  # — 2 — 第一章 总则: the page number goes, its line stays
                    number_end = content_start + prefixes[index]
                    drops.append((content_start, number_end))
                    content_start, stripped = number_end, line[number_end - start :].strip()
                if listed := rules.list_number_prefix_regex.match(stripped):  # 1. 5. 收件方式: the page's list number goes
                    drops.append((content_start, content_start + listed.end()))
                    content_start, stripped = content_start + listed.end(), stripped[listed.end() :]
                # A line that reads as a title but goes on with a sentence cut at the text's wrap width
                # (…年度工作 / 计划和工作总结应纳入公司…工作计划) is that sentence's rest.
                run_on = previous_wrapped and not rules.line_marker_regex.match(stripped) and not rules.display_line_regex.match(stripped)
                # A heading set one character to a line (附 / 则, 规 / 划 / 目 / 标) is one heading.
                single = _CJK.fullmatch(stripped) is not None
                continued = previous_end >= 0 and rules.continued_line_regex.match(stripped) is not None
                # (a line that closes the bracket the line before left open, 一)的课, is no marker 一) but that bracket's rest)
                closes_open = previous_unclosed and _CLOSES_BRACKET.match(stripped) is not None
                if joins and (continued or previous_bracket or closes_open or previous_single and single or previous_open and (run_on or not _opens_unit(stripped, rules))):
                    drops.append((previous_end, content_start))
                previous_single = single
                previous_bracket = rules.open_line_end_regex.search(stripped) is not None
                previous_unclosed = stripped.rfind("(") > stripped.rfind(")")
                previous_end = start + len(line.rstrip())
                previous_open = (
                    len(stripped) >= join_min_chars
                    and stripped[-1] not in _CLOSING
                    and bool(_CJK.match(stripped[-1]))
                    and not rules.is_title(stripped)
                    and not rules.closed_line_regex.search(stripped)
                    and not rules.display_line_regex.match(stripped)
                    and not rules.metadata_field_line_regex.search(stripped)  # …发布机构: 河谷县政府办公室: the field's value ends there
                    and not rules.is_separator(stripped)  # 第一篇:…实施方案, however long
                )
                previous_wrapped = previous_open and wrap_width is not None and abs(len(stripped) - wrap_width) <= rules.wrap_slack
        start = end + 1
    return _merged(drops)


def number_run_drops(text: str, rules: Rules) -> list[tuple[int, int]]:
    """Spans of the line breaks around numbers a PDF copy set on lines of their
    own, cut out of their sentence (…针对 / 2024 / 年度, 2024 / 年 / 10 / 月): a
    line holding only a number the next line goes on from (a unit, a closing
    mark) joins that line, and joins the line before where that line was open:
    a long sentence left unfinished, an opening bracket, or a number's own rest
    (年 after 2019). After a short line that ends nothing (一、, a signer's
    name) the number starts its own line. A marker's number set apart from its
    mark (12 / .借阅…) joins the line it marks. ``text``: half-width, simplified."""
    if "\n" not in text:
        return []
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    numbers = [
        bool(rules.number_run_line_regex.fullmatch(line)) and index + 1 < len(lines) and bool(rules.number_run_next_regex.match(stripped[index + 1]))
        for index, line in enumerate(stripped)
    ]
    broken_markers = [
        line.isdecimal() and len(line) <= 3 and index + 1 < len(lines) and bool(rules.broken_marker_next_regex.match(stripped[index + 1]))
        for index, line in enumerate(stripped)
    ]
    if not any(numbers) and not any(broken_markers):
        return []
    for index in counting_numbers(stripped):
        numbers[index] = False
    starts = np.cumsum([0] + [len(line) + 1 for line in lines[:-1]])
    drops = []
    in_number = False  # the line before was a number, or the rest of one
    for index in range(1, len(lines)):
        previous = stripped[index - 1]
        opened = previous[-1:] in _OPENING or len(previous) >= rules.join_min_chars and previous[-1:] not in _CLOSING and bool(_CJK.match(previous[-1:]))
        if numbers[index - 1] or broken_markers[index - 1] or numbers[index] and previous and (opened or in_number):
            end_of_previous = int(starts[index - 1]) + len(lines[index - 1].rstrip())
            drops.append((end_of_previous, int(starts[index]) + len(lines[index]) - len(lines[index].lstrip())))
        in_number = numbers[index] or numbers[index - 1] and stripped[index][-1:] not in _SENTENCE_MARKS
    return drops


def counting_numbers(lines: list[str], min_run: int = 3) -> set[int]:
    """Indices of the ``lines`` that hold only a whole number, where the numbers
    count up by one through the text at least ``min_run`` times (3, 4, 5 with
    text between): a PDF copy's page numbers."""
    runs: dict[int, list[int]] = {}  # the value a run expects next → its line indices
    for index, line in enumerate(lines):
        if line.isdecimal() and len(line) <= 3:  # (not isdigit: ③ is a digit int() cannot read)
            value = int(line)
            runs[value + 1] = [*runs.pop(value, []), index]
    return {index for run in runs.values() if len(run) >= min_run for index in run}


def indented_page_prefixes(lines: list[str], rules: Rules) -> dict[int, int]:
    """Page numbers a PDF copy set right-aligned before a line's text (a long run of
    spaces, 2, then 第一章 概述), where they count up through the file by at most
    ``indented_page_max_step``, at least ``running_header_min_repeats`` of them: line
    index → the length of the number and the spaces after it, in the stripped line."""
    config = rules.boilerplate
    found = {index: match for index, line in enumerate(lines) if (match := rules.indented_page_prefix_regex.match(line))}
    values = [int(match.group("number")) for match in found.values()]
    counting = all(0 < later - earlier <= config.indented_page_max_step for earlier, later in zip(values, values[1:]))
    if len(found) < config.running_header_min_repeats or not counting:
        return {}
    return {index: match.end() - match.start("number") for index, match in found.items()}


def title_headers(lines: list[str], pages: list[int], rules: Rules) -> set[int]:
    """Indices of lines right beside a page line that repeat a title set
    earlier, on one line or broken over two, its number aside: a short
    document's running header, printed once or twice in a handbook. A line
    with a number of its own (十四、…) is the title, not its header."""
    beside = sorted({index for page in pages for index in (page - 1, page + 1) if 0 <= index < len(lines) and lines[index]} - set(pages))
    if not beside:
        return set()
    keys = [_heading_key(line, rules) if line and not _SENTENCE_END.search(line) else "" for line in lines]
    seen: set[str] = set()
    headers: set[int] = set()
    previous = ""  # the key of the last non-blank line
    next_beside = 0
    for index, key in enumerate(keys):
        while next_beside < len(beside) and beside[next_beside] == index:
            numbered = rules.line_marker_regex.match(lines[index]) is not None  # 十四、… is the title itself
            if len(key) >= rules.boilerplate.title_header_min_chars and key in seen and not numbered:
                headers.add(index)
            next_beside += 1
        if lines[index]:
            seen.update((key, previous + key) if key else ())
            previous = key
    return headers


def bare_page_numbers(lines: list[str], dropped: set[int], rules: Rules) -> set[int]:
    """Indices of page numbers standing alone on a line (1, 2, 3 as a PDF copy
    sets them) and of the running header beside them: the numbers count up by
    one, each next to the same repeated line, pages apart. A table's serial
    numbers are set rows apart, beside different cells, and stay."""
    config = rules.boilerplate
    numbers = [index for index, line in enumerate(lines) if index not in dropped and rules.bare_page_number_regex.match(line)]
    repeats = running_header_repeats(lines, numbers, rules)
    window = config.running_header_window
    paged = [index for index in numbers if any(index - window <= other <= index + window for other in repeats)]
    values = [int(lines[index]) for index in paged]
    counting = all(later == earlier + 1 for earlier, later in zip(values, values[1:]))
    # …pages apart, but for one short page (a cover with only the title)
    apart = sum(later - earlier < config.page_min_lines for earlier, later in zip(paged, paged[1:])) <= 1
    if len(paged) < config.running_header_min_repeats or not (counting and apart):
        return set()
    return set(paged) | repeats


def table_of_contents(lines: list[str], page_chrome: set[int], rules: Rules) -> set[int]:
    """Indices of a table of contents' entries without page numbers: the short
    lines after a 目录 line, up to the line where the body repeats an entry's
    heading (第一章 总则, then 总  则) or a sentence starts, when most of them
    are numbered (第一条 规划背景, 附件1 …); the body's headings stay. Lines of
    ``page_chrome`` (page numbers, running headers) are passed over: a table of
    contents goes on over a page break."""
    config = rules.boilerplate
    entries: set[int] = set()
    for start, line in enumerate(lines):
        if not rules.toc_heading_regex.match(line):
            continue
        # …counted in lines that hold text: a copy may set a blank line between entries
        run = [index for index in range(start + 1, len(lines)) if lines[index] and index not in page_chrome][: config.toc_max_lines]
        numbers: dict[str, str] = {}  # each entry's heading words → its number ("" for none)
        taken: list[int] = []
        for index in run:
            text = lines[index]
            key = _heading_key(text, rules)
            number = "-".join(_NUMERALS.findall(marker.group())) if (marker := rules.line_marker_regex.match(text)) else ""
            # a heading met again is the body's, unless it carries a page number: a
            # collection's contents list same-titled plans (镇农业站工作计划9, …14), or
            # a number of its own: a plan's two parts have the same sections (6.1 Ⅳ级应急响应, 7.1 Ⅳ级应急响应)
            # (an entry may hold a comma: 强化宣传,营造氛围; not a full stop)
            again = key in numbers and not _PAGE_NUMBER_END.search(text) and not (number and numbers[key] and number != numbers[key])
            if len(_LEADER_TO_PAGE.sub("", text)) > config.toc_entry_max_chars or _SENTENCE_STOP.search(text) or again:
                break
            if taken and _plan_title_after_entries(text, rules):
                break  # the plan's own title under an outline of its headings: the text starts
            if len(taken) >= 2 and not _PAGED.search(text) and all(_PAGED.search(lines[i]) for i in taken):
                break  # the first line without a page number after entries that all had one (…附则 ..... 13 / 前 言)
            numbers.setdefault(key, number)
            taken.append(index)
            if _LEADER_LINE.fullmatch(text):
                break  # an outline's closing ellipsis (……): what follows is the text
        numbered = sum(1 for index in taken if rules.line_marker_regex.match(lines[index]) or rules.toc_entry_regex.match(lines[index]))
        if taken and numbered >= config.toc_numbered_share * len(taken):
            entries.update([start, *taken])  # the 目录 line goes with its entries
    return entries


def _plan_title_after_entries(line: str, rules: Rules) -> bool:
    """An unnumbered title with no page number (河谷县农业局2024年工作计划 below 提纲: 一、… 二、…): no entry."""
    numbered = rules.line_marker_regex.match(line) or rules.toc_entry_regex.match(line)
    return not numbered and not _PAGE_NUMBER_END.search(line) and rules.is_title(line)


def unheaded_contents(lines: list[str], rules: Rules) -> set[int]:
    """Indices of a table of contents no 目录 line heads: at least
    ``toc_unheaded_min_lines`` lines in a row, each a marker and a short heading
    (1 总则, 1.1 编制目的), ending right where the body opens with the first of them again.
    A chapter's entry whose number the copy lost (总则 before 1.1 编制目的) is one of
    them, while the numbered ones keep ``toc_numbered_share`` of the run."""
    config = rules.boilerplate
    entries: set[int] = set()
    start = 0
    while start < len(lines):
        if not lines[start] or not (_is_contents_entry(lines[start], rules) or _opens_contents(lines, start, rules)):
            start += 1
            continue
        key = _heading_key(lines[start], rules)
        end = start + 1  # the run's end: the body's first line, if it repeats the first entry
        while end < len(lines) and end - start <= config.toc_max_lines and (not lines[end] or _is_contents_line(lines[end], rules)):
            if lines[end] and _heading_key(lines[end], rules) == key:
                break
            end += 1
        repeated = end < len(lines) and lines[end] and _heading_key(lines[end], rules) == key
        run = [lines[index] for index in range(start, end) if lines[index]]
        numbered = sum(1 for line in run if _is_contents_entry(line, rules))
        # …and where some lost their numbers, the body repeats the second entry too (总则 / 1.1 编制目的)
        body = [line for line in lines[end : end + config.toc_max_lines] if line][:2] if repeated else []
        follows = numbered == len(run) or (len(body) == 2 and len(run) > 1 and _heading_key(body[1], rules) == _heading_key(run[1], rules))
        if repeated and follows and numbered >= config.toc_unheaded_min_lines and numbered >= config.toc_numbered_share * len(run):
            entries.update(range(start, end))
            start = end
        else:
            start += 1
    return entries | _one_line_contents(lines, rules)


def _is_contents_line(line: str, rules: Rules) -> bool:
    return _is_contents_entry(line, rules) or _is_unnumbered_entry(line, rules)


def _is_unnumbered_entry(line: str, rules: Rules) -> bool:
    """A heading alone, its number lost: nothing but heading words, ``toc_unnumbered_max_chars`` at most (总则)."""
    words = _heading_key(line, rules)
    return 0 < len(words) <= rules.boilerplate.toc_unnumbered_max_chars and len(words) == len("".join(line.split()))


def _opens_contents(lines: list[str], index: int, rules: Rules) -> bool:
    """An unnumbered entry (``_is_unnumbered_entry``) whose next line holding text is a numbered one."""
    if not _is_unnumbered_entry(lines[index], rules):
        return False
    following = next((line for line in itertools.islice(lines, index + 1, None) if line), "")
    return _is_contents_entry(following, rules)


def paged_contents(lines: list[str], rules: Rules) -> set[int]:
    """Indices of a table of contents no 目录 line heads and no leader sets off: at least
    ``toc_paged_min_lines`` short lines in a row, no sentence, each ending in its page
    number right after its words (入库管理19, 附件4业务内部结算办法24), the numbers never
    going down (a list of figures goes up and down); blank lines between entries (a copy's
    paragraph spacing) neither count nor break the run."""
    config = rules.boilerplate
    entries: set[int] = set()
    run: list[int] = []
    last_page = -1
    texted = [(index, line) for index, line in enumerate(lines) if line.strip()]
    for index, line in [*texted, (len(lines), "")]:
        page = _PAGE_NUMBER_END.search(line) if len(line) <= config.toc_entry_max_chars and not _SENTENCE_STOP.search(line) else None
        number = int(line[page.start() + 1 :]) if page else -1
        if page and number >= last_page:
            run.append(index)
            last_page = number
            continue
        if len(run) >= config.toc_paged_min_lines:
            entries.update(run)
        run, last_page = ([index], number) if page else ([], -1)
    return entries


def _one_line_contents(lines: list[str], rules: Rules) -> set[int]:
    """Indices of tables of contents a crawl set on one line (第一章 总则 第一节 背景…概况第二章 目标…,
    目 录:第一章 总则;第二章 基金;…): at least ``toc_unheaded_min_lines`` entries opening with
    ``toc_inline_entry``, each short and no sentence, the line opening with the first (or a 目录
    word before it), which the next line repeats (the body begins)."""
    config = rules.boilerplate
    found: set[int] = set()
    following = ""
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if not line:
            continue
        if following and len(line) > config.toc_entry_max_chars:
            spans = _entry_spans(line, rules)
            # (its entries parted by a semicolon, the line headed 目 录: as a line of its own would be)
            parts = [line[a:b].strip().rstrip(";") for a, b in spans]
            if (
                spans
                and (spans[0][0] == 0 or rules.toc_heading_regex.match(line[: spans[0][0]].strip()))
                and not any(_SENTENCE_STOP.search(part) for part in parts)
                and len(parts) >= config.toc_unheaded_min_lines
                and all(len(part) <= config.toc_entry_max_chars for part in parts)
                and _heading_key(parts[0], rules) == _heading_key(following, rules)
            ):
                found.add(index)
        following = line
    return found


def inline_contents(line: str, rules: Rules) -> tuple[int, int] | None:
    """The span of a table of contents a crawl set inside ``line`` ahead of the body
    (…印发给你们。 目 录 1 总则 - 4 - 1.1编制目的 - 4 - … 1 总则 1.1编制目的 为了…): from its
    first entry (its 目录 word before it) up to where the body opens with that entry again,
    at least ``toc_unheaded_min_lines`` entries on, every entry between a short heading and no sentence."""
    config = rules.boilerplate
    spans = _entry_spans(line, rules)
    if len(spans) <= config.toc_unheaded_min_lines:
        return None  # (most long lines: too few numbers to hold a table of contents and its body)
    first = None  # the run's first entry: (its index, its heading key)
    for index, (begin, end) in enumerate(spans):
        part = line[begin:end].strip()
        key = _heading_key(part, rules)  # (its length without the page number: …主要职责: - 10 -)
        if len(key) > config.toc_entry_max_chars or _SENTENCE_STOP.search(part):
            first = None
        elif first is None:
            first = (index, key)
        elif key == first[1] and index - first[0] >= config.toc_unheaded_min_lines:
            opening = spans[first[0]][0]
            before = line[:opening].rstrip()
            heading = next((len(before) - size for size in range(1, config.toc_entry_max_chars) if rules.toc_heading_regex.match(before[-size:].strip())), opening)
            return heading, begin
    return None


def _entry_spans(line: str, rules: Rules) -> list[tuple[int, int]]:
    """[start, end) of each contents entry ``line`` holds, from one ``toc_inline_entry`` to the next."""
    starts = [match.start() for match in rules.toc_inline_entry_regex.finditer(line)]
    return list(zip(starts, [*starts[1:], len(line)]))


def _is_contents_entry(line: str, rules: Rules) -> bool:
    """A marker (or a number glued to its heading, ``toc_entry``) and a short heading, no sentence (1.1 编制目的)."""
    numbered = rules.line_marker_regex.match(line) or rules.toc_entry_regex.match(line)
    return len(line) <= rules.boilerplate.toc_entry_max_chars and not _SENTENCE_END.search(line) and bool(numbered) and bool(_heading_key(line, rules))


def site_menu(lines: list[str], rules: Rules) -> set[int]:
    """Indices of a site's menu: a run of at least ``menu_min_lines`` non-blank
    lines, each a short label (``menu_item``), blank lines between them aside."""
    menus: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, "."]):
        if not line:
            continue
        if rules.menu_item_regex.match(line) and not rules.line_marker_regex.match(line):
            run.append(index)
            continue
        if len(run) >= rules.boilerplate.menu_min_lines:
            menus.update(run)
        run = []
    return menus | numbered_menu(lines, rules)


def numbered_menu(lines: list[str], rules: Rules) -> set[int]:
    """Indices of a site's menu set as numbered lists of short labels (``menu_numbered_item``):
    a run of at least ``menu_min_lines`` of them, blank lines aside, numbered from 1 again at
    least ``menu_min_restarts`` times."""
    config = rules.boilerplate
    menus: set[int] = set()
    run: list[int] = []
    restarts = 0
    for index, line in enumerate([*lines, "."]):
        if not line:
            continue
        item = rules.menu_numbered_item_regex.match(line)
        if item:
            restarts += bool(run) and item.group("num") == "1"
            run.append(index)
            continue
        if len(run) >= config.menu_min_lines and restarts >= config.menu_min_restarts:
            menus.update(run)
        run, restarts = [], 0
    return menus


def _heading_key(line: str, rules: Rules) -> str:
    """A heading's words without its number, spacing or page number (第一章 总  则 → 总则),
    with the numerals of the words (Ⅳ级应急响应 and Ⅲ级应急响应 are two headings)."""
    marker = rules.line_marker_regex.match(line)
    return "".join(_HEADING_WORD_CHAR.findall(line[marker.end() if marker else 0 :]))


def running_header_repeats(lines: list[str], pages: list[int], rules: Rules) -> set[int]:
    """Indices of a running header's lines: a stripped line repeated at least
    ``running_header_min_repeats`` times, each time within
    ``running_header_window`` lines of a page line (``pages``, in order: 页次 3/7,
    — 3 —). Only the line that opens the document stays, once: it is the
    document's title (a chapter number in the header is no item of the chapter)."""
    config = rules.boilerplate
    if len(pages) < config.running_header_min_repeats:
        return set()
    places: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        if line:
            places.setdefault(line, []).append(index)

    def near_page(index: int) -> bool:
        nearest = bisect.bisect_left(pages, index - config.running_header_window)
        return nearest < len(pages) and pages[nearest] <= index + config.running_header_window

    opening = next((index for index, line in enumerate(lines) if line), -1)
    repeats: set[int] = set()
    for indices in places.values():
        # …the opening line aside: a header printed above the title page's text is the title there
        if len(indices) >= config.running_header_min_repeats and all(near_page(index) for index in indices if index != opening):
            repeats.update(index for index in indices if index != opening)
    return repeats


def chunk_number_drops(proc: str, rules: Rules) -> list[tuple[int, int]]:
    """Spans of a document-sharing site's chunk numbers (1、 2、 3、 opening long
    lines, each chunk before stopping mid-sentence), with the line break
    before each but the first: the chunks are one text again."""
    config = rules.boilerplate
    last_line_start = proc.rstrip().rfind("\n") + 1
    chunks: list[tuple[int, int]] = []  # (line start, number end) of the run so far
    # Only lines opening with a number are looked at, and the line before each.
    for match in rules.chunk_number_regex.finditer(proc):
        start = match.start()
        if int(match.group("num")) != len(chunks) + 1:
            continue
        line_end = proc.find("\n", start)
        line = proc[start : line_end if line_end >= 0 else len(proc)].strip()
        # Every chunk is long but the text's last, and each after the first
        # follows a chunk cut mid-sentence, or one holding a section number above its own.
        before = _text_end_before(proc, start)
        cut_before = not chunks or (before > 0 and proc[before - 1] not in _CLOSING) or _holds_inner_section(proc, chunks[-1][1], before, rules)
        if (len(line) >= config.chunk_min_chars or start >= last_line_start) and cut_before:
            chunks.append((start, match.end()))
    if len(chunks) < 2:
        return []
    return [chunks[0], *((_text_end_before(proc, line_start), number_end) for line_start, number_end in chunks[1:])]


def _holds_inner_section(proc: str, start: int, end: int, rules: Rules) -> bool:
    """Whether the chunk line ``proc[start:end]`` holds a section number of a higher
    rank inside it (…。一、…): no item numbered 1、 does."""
    line_end = proc.find("\n", start, end)
    return rules.chunk_inner_section_regex.search(proc, start, line_end if line_end >= 0 else end) is not None


class _TextShare:
    """The share of the text's Han characters before a position: how far into the text a
    line stands, however much markup a page puts before it. Positions are asked in
    increasing order, so each character is counted once (a page of many cut lines
    stays linear)."""

    def __init__(self, proc: str):
        self._proc, self._total, self._counted, self._before = proc, None, 0, 0

    def __call__(self, position: int) -> float:
        if self._total is None:
            self._total = len(_CJK.findall(self._proc))
        self._before += len(_CJK.findall(self._proc, self._counted, position))
        self._counted = position
        return self._before / self._total if self._total else 1.0


def _text_end_before(proc: str, position: int) -> int:
    """Where the text before ``position`` ends, the whitespace between them aside."""
    while position > 0 and proc[position - 1].isspace():
        position -= 1
    return position


def _wrap_width(proc: str, rules: Rules) -> int | None:
    """The width a text was wrapped at (a copy from a PDF or a fixed-width page):
    the most common length of lines that stop mid-sentence and run on into the
    next line, when at least ``wrap_min_lines`` share it; else None."""
    lines = [line.strip() for line in proc.split("\n")]
    lengths = Counter(
        len(line)
        for line, following in zip(lines, lines[1:])
        if len(line) >= rules.wrap_min_chars
        and line[-1] not in _CLOSING
        and _CJK.match(line[-1])
        and following
        and not _opens_unit(following, rules)
        and not rules.is_title(line)
    )
    width, count = max(lengths.items(), key=lambda kv: (kv[1], kv[0]), default=(0, 0))
    return width if count >= rules.wrap_min_lines else None


def _merged(drops: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, disjoint ranges (a joined line's gap may cover a dropped line)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(drops):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _opens_unit(line: str, rules: Rules) -> bool:
    """A line that starts an item, is a title, is set in display type, opens a page's field (文 号: …)
    or is a date alone (a signature's: markers.yaml closing_date) is never joined onto the previous one."""
    return (
        bool(rules.line_marker_regex.match(line))
        or rules.is_title(line)
        or bool(rules.display_line_regex.match(line) or rules.page_field_line_regex.match(line) or rules.closing_date_regex.match(line))
    )


def processing_form(text: str) -> str:
    """Text as the processing copy has it: simplified, half-width."""
    return fold(opencc_converter("t2s").convert(text))
