"""Cut a normalised text into its plans.

A plan starts at a separator line (篇1, 第一篇, 【篇二】), at a title line (a
short line ending in 方案/计划/… with no sentence punctuation), or, when the
current plan already has items, at a paragraph that announces a plan of its
own (为…, 特制定本方案), at a leading-group roster no line introduces, at an
annex heading with its own title (附件一 请购与采购核准权限), or at a data file's
record title (title:'…').
A collection's own heading, and text before the first plan that has no
items, belong to no plan.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from .normalize import NormalizedText
from .rules import Rules
from .segment import Marker, line_marker, numbers_on

_CJK = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_PUNCT = re.compile(r"[。!?;]")
_LETTER = re.compile(r"[^\W\d_]")  # a page number (24, 31-1) has none
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_CLOSING = frozenset("。!?;:,、")
_LISTING = re.compile(r"[、,]")  # a line that lists, as a point does and a title seldom
_QUESTION = re.compile(r"[^。!;\n]{2,60}\?")  # a first sentence that asks


@dataclass(frozen=True, slots=True)
class PlanSlice:
    """One plan: ``[start, end)`` in the clean/proc text, its title as written;
    its heading is ``[heading_start, body_start)`` (after a record's field label: 法规名称:)."""

    title: str
    start: int
    body_start: int
    end: int
    heading_start: int | None = None

    def heading(self, text: str) -> str:
        return text[self.start if self.heading_start is None else self.heading_start : self.body_start]


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str  # stripped proc text


@dataclass(slots=True)
class _Open:
    start: int
    title_lines: list[_Line]
    title_from_separator: bool
    body_start: int
    body_seen: bool = False
    has_items: bool = False
    last_title_is_fragment: bool = False
    title_override: str | None = None
    wraps: bool = False  # opened by a document header: its first title before any item titles it
    separated: bool = False  # opened by a collection's separator (篇2, 【第二篇】): a part of the collection
    heading_start: int | None = None  # a record's title value, after its field label

    def takes_title_line(self) -> bool:
        return not self.body_seen and (self.title_from_separator or self.last_title_is_fragment)


def split_plans(norm: NormalizedText, rules: Rules) -> list[PlanSlice]:
    lines = _lines(norm.proc, rules)
    opened: list[_Open] = []
    leading: list[_Line] = []  # text before any plan start
    skip_to = 0
    # The heading lines of the current plan (or of the text before any) above its first
    # item: one of them met again below items, with a line of what followed it the first
    # time, is the document given again (a page carrying an article twice, desktop and
    # mobile): another plan, as written. (A running header repeats alone.)
    opening: dict[str, int] = {}
    items_seen, plans_seen = False, 0
    last_marker = ""  # the current plan's last line opening with a marker
    runs: dict[tuple[str, str], Marker] = {}  # …and its last marker of each style and suffix: the runs it has open
    articles = 0  # the current plan's lines opening with an article (第N条)
    listed_before: dict[str, str] = {}  # marker lines naming a document (一、《…》) met so far: number → caption
    copies = _numbered_heading_copies(lines, rules)
    for index, line in enumerate(lines):
        if index < skip_to:
            continue
        kind = "separator" if index in copies else _kind(line.text, rules)
        if kind == "marker" and not opened and not leading and _numbered_title(line.text, rules) and _entry_header(lines, index, rules) is None:
            kind = "title"  # (一)河谷中学班级考核办法 opening the text: a handbook's number before the title
        if kind == "marker" and _numbers_own_title(line.text, opened, rules):
            opened[-1] = replace(opened[-1], body_start=line.end)  # the open plan's title again, numbered: its body starts after it
            continue
        if len(opened) != plans_seen:
            opening, items_seen, plans_seen, last_marker, articles, runs = {}, False, len(opened), "", 0, {}
        if kind == "marker":
            items_seen = True
            restarts = rules.purpose_article_regex.match(line.text) and articles >= rules.split.article_restart_after
            if restarts and not _under_section(lines, index, last_marker, rules):
                kind = "restart"  # 第一条 again after a run of articles: the next document, its title lost
            articles += bool(rules.article_regex.match(line.text))
            last_marker = line.text
            if (marker := line_marker(line.text, rules)) is not None:
                runs[marker.style.name, marker.suffix] = marker
        elif _heading_like(line, rules) and len(line.text) >= rules.split.title_min_chars:
            if items_seen and line.text in opening and _follows_as_before(lines, opening[line.text], index, rules):
                kind = "title"  # …whatever it ends with (…的通知)
            elif not items_seen:
                opening.setdefault(line.text, index)
        current = opened[-1] if opened else None
        if kind == "title" and current is not None and current.has_items and _repeats_title(line, current) and _run_goes_on(last_marker, lines, index, rules):
            kind = "body"  # the title again as a PDF copy's running header, between two items of one run: (二)… / title / (三)…
        if kind == "marker" and (listed := _listed_entry(lines, index, listed_before, rules)) is not None:
            opened.append(_Open(line.start, [line], False, line.end, title_override=listed))
            continue
        if kind == "marker" and (entry := _entry_header(lines, index, rules)) is not None:
            # 十五、华东理工大学大类招生专业分流实施办法 / 校教〔2017〕23 号: a collection's
            # numbered entry, a document of its own, titled without its number.
            number_line, title = entry
            opened.append(_Open(line.start, lines[index:number_line], False, lines[number_line].end, title_override=title))
            skip_to = number_line + 1
            continue
        # (附件2 alone on its line, then its title, maybe broken over two: …超龄儿童 / 入学申请办法)
        annex_title = _annex_title(lines, index, rules) if kind not in ("separator", "marker") else []
        if kind != "separator" and (rules.annex_regex.match(line.text) or annex_title) and _holds_items(current, leading, rules):
            kind = "annex"
        if kind == "title" and current is not None and current.has_items and _numbering_goes_on(runs, lines, index, rules):
            kind = "body"  # a line like a title (…请参照进度计划) between 4 过程模型 and 5 资源计划: the plan's numbering goes on
        if kind == "title" and current is not None and current.has_items and index and rules.introduces_regex.search(lines[index - 1].text):
            kind = "body"  # …指引如下: then the table's caption
        if kind == "title" and _holds_items(current, leading, rules) and _printed_by_cover(line, lines, index, current, leading, rules):
            kind = "body"  # the plan a cover notice prints, after the notice's own items and signature
        if kind in ("preamble", "title") and index and rules.continued_after_regex.search(lines[index - 1].text):
            kind = "body"  # the rest of a sentence broken off at a comma (…督导检查、 / 积分激励…管理制度: no title)
        if kind == "preamble" and index and (_marker_heading(lines[index - 1].text, rules) or _ends_with_article(lines[index - 1].text, rules)):
            kind = "body"  # 第一条 (目的及依据) on a line of its own, or closing its chapter's heading (总则 第一条), then its text: 为了…制定本办法。
        if kind == "preamble" and index > 1 and _caption(lines[index - 2].text, rules) == "" and _unmarked_heading(lines[index - 1].text, rules):
            kind = "body"  # 一、 alone on its line, then its caption (计划宗旨), then its text: 为…,特制定本计划。
        if kind == "preamble" and index and _basis_heading(lines[index - 1].text, rules):
            kind = "body"  # (二)编制依据。 then the basis, …制定本预案。: that item's text
        if kind == "preamble" and current is not None and current.has_items and _run_goes_on(last_marker, lines, index, rules):
            kind = "body"  # a paragraph of an item whose run goes on after it (1.1、总则 / …特制定X计划。/ 1.2、…): no plan's preamble
        if kind == "preamble" and rules.purpose_article_regex.match(last_marker):
            kind = "body"  # a paragraph of 第一条, the article that states the text's purpose
        if kind == "title" and index and _marker_awaiting_words(lines[index - 1].text, rules):
            kind = "body"  # 二、 alone on its line, then its heading (…管理章程), or 二、范本: then the form it gives: the item's own
        if kind == "title" and current is not None and current.has_items and _marker_heading(lines[index - 1].text, rules) and _LISTING.search(line.text):
            kind = "body"  # 第三条 报告原则, then its first point, a list of qualities: 严格、规范 (not 【篇二】…计划)
        if kind == "collection":
            if current is None and not _has_marker_line(leading, rules) and (heading := _first_text_heading(lines, index, rules)) is not None:
                opened.append(_Open(line.start, [heading], False, line.end))
            continue
        if kind == "record_title":
            value = _record_title(line.text, rules)
            title = _Line(line.start + value.start("title"), line.start + value.end("title"), value.group("title"))
            opened.append(_Open(line.start, [title], False, line.end, heading_start=title.start))
            continue
        if kind == "doc_number" and (current is None or current.has_items):
            header = _header_lines(lines, index, rules)
            if current is None:
                del leading[len(leading) - len(header) :]
            opened.append(_Open((header[0] if header else line).start, header, False, line.end, wraps=True))
        elif kind == "title" and current is not None and current.wraps and not current.has_items:
            current.title_lines, current.body_start, current.wraps = [line], line.end, False
        elif kind == "separator":
            opened.append(_Open(line.start, [line], True, line.end, separated=True))
        elif kind == "annex":
            if current is None:
                _open_leading_plan(opened, leading, rules)
            title = annex_title or [line]
            opened.append(_Open(line.start, title, False, title[-1].end))
            skip_to = index + 1 + len(annex_title)
        elif kind in ("title", "fragment") and current is not None and current.takes_title_line():
            # Right after a separator, or the first half of a broken title.
            current.title_lines = [line] if current.title_from_separator else [*current.title_lines, line]
            current.title_from_separator = False
            current.last_title_is_fragment = kind == "fragment"
            current.body_start = line.end
        elif kind == "title":
            fragment = _title_fragment(lines, index, leading, current, rules) or _issuer_line(lines, index, current, rules)
            if fragment is not None and current is None:
                leading.pop()
            opened.append(_Open((fragment or line).start, [fragment, line] if fragment else [line], False, line.end))
        elif kind == "preamble" and _holds_items(current, leading, rules):
            if current is None:
                _open_leading_plan(opened, leading, rules)
            named = rules.preamble_title_regex.search(line.text)
            opened.append(_Open(line.start, [], False, line.start, body_seen=True, title_override=named.group(1) if named else ""))
        elif kind == "restart":
            if current is None:
                _open_leading_plan(opened, leading, rules)
            opened.append(_Open(line.start, [], False, line.start, body_seen=True, has_items=True, title_override=""))
        elif kind == "roster" and current is not None and current.has_items and not rules.roster_introduced_regex.search(_above_roles(lines, index, rules)):
            opened.append(_Open(line.start, [], False, line.start, body_seen=True, title_override=""))
        elif current is None:
            leading.append(line)
        else:
            current.body_seen = True
            current.has_items = current.has_items or kind == "marker"
    parts = {plan.start for plan in opened if plan.separated}
    slices = _close(opened, leading, norm, rules)
    # A title with no items under it (a news report that a plan was adopted)
    # is no plan, unless it is all the file holds; a collection's part with a
    # text of its own (篇2, then its preamble, cut before any item) is one.
    with_items = [s for s in slices if _has_items(s, norm, rules) or (s.start in parts and _has_text(s, norm, rules))]
    return with_items if with_items or len(slices) != 1 else slices


def _under_section(lines: list[_Line], index: int, last_marker: str, rules: Rules) -> bool:
    """Whether the article at ``lines[index]`` opens a part of the plan: after a chapter's marker
    (``last_marker``), or right under a section's unmarked heading or a numbered part's (二、…办法)."""
    above = lines[index - 1].text if index else ""
    return bool(rules.article_part_regex.match(last_marker) or (above and (_section_heading(above, rules) or _outer_marker_heading(above, rules))))


def _section_heading(text: str, rules: Rules) -> bool:
    """A section's unmarked heading (聘用, 试用及报到): short, no sentence mark, no title word."""
    return len(text) <= rules.split.article_section_max_chars and not _SENTENCE_PUNCT.search(text) and "," not in text and not rules.title_word_regex.search(text)


def _repeats_title(line: _Line, plan: _Open) -> bool:
    """``line`` is ``plan``'s title again, spacing aside (a running header: 河谷公司 突发事件制度)."""
    return "".join(line.text.split()) == "".join("".join(title.text for title in plan.title_lines).split())


def _printed_by_cover(line: _Line, lines: list[_Line], index: int, plan: _Open | None, leading: list[_Line], rules: Rules) -> bool:
    """Whether ``line`` (``lines[index]``) is the title of the one document a line of the plan so far
    (``plan``, else the text before any, ``leading``) says it prints (…关于印发X的通知, 《X》已…现印发给你们),
    quotes and spacing aside. A notice printing several (印发X和Y的通知, 《X》《Y》已…, 七家学院《X》:
    X again below a first X) wraps none: each is a plan."""
    printed = _bare_title(line.text)
    first = bisect_left(lines, plan.start, hi=index, key=lambda earlier: earlier.start) if plan else index
    own = [*plan.title_lines, *lines[first:index]] if plan else leading
    if any(_bare_title(earlier.text) == printed for earlier in own):
        return False
    joiners = rules.split.cover_joiners
    named_alone = False
    for earlier in own:
        cover = _bare_title(earlier.text)
        at = cover.find(printed)
        if at < 0 or not rules.cover_prints_regex.search(earlier.text):
            continue
        after = at + len(printed)
        joined = (at > 0 and cover[at - 1] in joiners) or (after < len(cover) and cover[after] in joiners)
        if joined or earlier.text.count("《") > 1:
            return False
        named_alone = True
    return named_alone


def _bare_title(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace() and ch not in "《》〈〉<>“”\"'「」")


def _next_marker(lines: list[_Line], index: int, rules: Rules) -> Marker | None:
    """The marker of the first line opening with one within ``repeat_follow_lines`` after ``index``."""
    following = next((line.text for line in lines[index + 1 : index + 1 + rules.split.repeat_follow_lines] if rules.line_marker_regex.match(line.text)), "")
    return line_marker(following, rules)


def _run_goes_on(last_marker: str, lines: list[_Line], index: int, rules: Rules) -> bool:
    """Whether the first line opening with a marker after ``index`` numbers on the run of
    ``last_marker`` (the same marker, the next number: (二) then (三))."""
    before, after = line_marker(last_marker, rules), _next_marker(lines, index, rules)
    return before is not None and after is not None and numbers_on(before, after)


def _numbering_goes_on(runs: dict[tuple[str, str], Marker], lines: list[_Line], index: int, rules: Rules) -> bool:
    """Whether the first line opening with a marker after ``index`` numbers on one of the
    open plan's ``runs`` (4 then 5, never a first number: a new plan starts its own at one)."""
    after = _next_marker(lines, index, rules)
    return after is not None and (before := runs.get((after.style.name, after.suffix))) is not None and numbers_on(before, after)


def _follows_as_before(lines: list[_Line], first: int, again: int, rules: Rules) -> bool:
    """Whether a sentence of the few lines after ``again`` is one of the few after
    ``first`` (the document's opening, not a running header's next heading line)."""
    reach = rules.split.repeat_follow_lines
    before = {line.text for line in lines[first + 1 : min(first + 1 + reach, again)] if "," in line.text or not _heading_like(line, rules)}
    return any(line.text in before for line in lines[again + 1 : again + 1 + reach])


def _lines(proc: str, rules: Rules) -> list[_Line]:
    """The text's non-blank lines, stripped; a title run into the plan's first marker
    (…会议制度一、总则: ``glued_title_regex``) read as two lines."""
    lines = []
    start = 0
    for raw in proc.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            line = _Line(start + lead, start + lead + len(stripped), stripped)
            glued = rules.glued_title_regex.match(stripped)
            if glued is not None:
                cut = line.start + glued.end("title")
                lines += [_Line(line.start, cut, glued.group("title")), _Line(cut, line.end, stripped[glued.end("title") :])]
            elif (cut := _glued_separator(stripped, rules)) is not None:
                lines += [_Line(line.start, line.start + cut, stripped[:cut]), _Line(line.start + cut, line.end, stripped[cut:])]
            else:
                lines.append(line)
        start += len(raw) + 1
    return lines


_LAST_SENTENCE_END = re.compile(r"[。!?](?=[^。!?]*$)")
# A title numbered as one text of a collection (…活动方案二, …工作计划3)
_NUMBERED_END = re.compile(r"[一二三四五六七八九十\d]$")


def _glued_separator(text: str, rules: Rules) -> int | None:
    """Where a collection's separator, or a title numbered as its next text, run onto the end of an item's
    last sentence begins ((12)…停止作业。河谷设备管理制度篇八, 4、…一同回来。植树节活动方案二: a page that lost
    the break before its next text), else None. (Not after a paragraph of no item: a sharing page's blurb
    names its first text (…希望对你有帮助。X范文1) under the collection's heading.)"""
    end = _LAST_SENTENCE_END.search(text)
    if end is None or not rules.line_marker_regex.match(text):
        return None
    tail = text[end.end() :].lstrip()
    cut = len(text) - len(tail)
    return cut if tail and (rules.is_separator(tail) or (rules.is_title(tail) and _NUMBERED_END.search(tail))) else None


def _first_text_heading(lines: list[_Line], index: int, rules: Rules) -> _Line | None:
    """A collection's heading right above its first text's first item, no separator between
    (…德育工作计划(通用4篇) / 一、指导思想): without its count, that text's title."""
    count = rules.collection_count_regex.search(lines[index].text)
    if count is None or index + 1 == len(lines) or not rules.line_marker_regex.match(lines[index + 1].text):
        return None
    heading = lines[index].text[: count.start()].rstrip()
    return _Line(lines[index].start, lines[index].start + len(heading), heading) if rules.is_title(heading) else None


def _record_title(text: str, rules: Rules) -> re.Match[str] | None:
    return next((match for regex in rules.record_title_regexes if (match := regex.match(text))), None)


_HAN_END = re.compile(r"[\u4e00-\u9fff]$")


def _numbered_heading_copies(lines: list[_Line], rules: Rules) -> set[int]:
    """The lines repeating, numbered 1, 2, … in turn, a heading a line above holds alone (…职责与标准 / …职责与标准1 /
    …职责与标准2): the texts of a collection under that heading (``heading_copy_number``). Not a marker's line, nor
    a table's cell and a value (持续超过两小时,≤ / 持续超过两小时,≤ 8): a heading has words, ending in one, and no
    sentence marks, and its copies count from 1."""
    last_number: dict[str, int] = {}  # a heading written alone → the number of its last copy (0: none yet)
    copies = set()
    for index, line in enumerate(lines):
        number = rules.heading_copy_number_regex.search(line.text)
        heading = line.text[: number.start()] if number else ""
        worded = len(heading) >= rules.split.title_min_chars and _HAN_END.search(heading) and not _SENTENCE_PUNCT.search(heading)
        if worded and heading in last_number and last_number[heading] + 1 == int(number.group()) and not rules.line_marker_regex.match(line.text):
            copies.add(index)
            last_number[heading] += 1
        last_number.setdefault(line.text, 0)
    return copies


def _kind(text: str, rules: Rules) -> str:
    if rules.is_separator(text):
        return "separator"
    if _record_title(text, rules):
        return "record_title"
    if rules.doc_number_regex.match(text):
        return "doc_number"
    short = len(text) <= rules.split.title_max_chars
    if rules.line_marker_regex.match(text):
        return "marker"
    if short and any(r.search(text) for r in rules.collection_regexes) and not _SENTENCE_PUNCT.search(text):
        return "collection"
    if rules.is_title(text) and not rules.attachments_regex.match(text) and not _closes_unopened(text):
        return "title"  # …not the list of attachments naming one (附件:1.…管理办法), nor a broken line's rest (…建设」、项目说明)
    if rules.preamble_hint_regex.search(text, 0, 60) and rules.preamble_regex.search(text) and not rules.preamble_not_regex.search(text):
        return "preamble"
    if rules.roster_regex.search(text):
        return "roster"
    if len(text) <= rules.join_min_chars and text[-1] not in _CLOSING and not _SENTENCE_PUNCT.search(text):
        return "fragment"
    return "body"


_CLOSING_MARKS = {"」": "「", "』": "『", "》": "《", ")": "(", "】": "【", "”": "“"}


def _closes_unopened(text: str) -> bool:
    """``text`` closes a quote or bracket it did not open (校建设」、…): the rest of a broken line."""
    first_close = min((index for mark in _CLOSING_MARKS if (index := text.find(mark)) >= 0), default=-1)
    return first_close >= 0 and _CLOSING_MARKS[text[first_close]] not in text[:first_close]


def _header_lines(lines: list[_Line], index: int, rules: Rules) -> list[_Line]:
    """The heading-like lines (a notice's title, its issuer) just above the
    document number at ``index``: no marker, no sentence punctuation, no date."""
    header: list[_Line] = []
    for line in reversed(lines[max(0, index - rules.split.header_max_lines) : index]):
        if not _heading_like(line, rules) or rules.closing_date_regex.match(line.text):
            break
        header.insert(0, line)
    return header


def _listed_entry(lines: list[_Line], index: int, listed_before: dict[str, str], rules: Rules) -> str | None:
    """The words of a collection's entry at ``index`` (一、《…》(节录)) when a line
    before it named the same document under the same number (its contents: sharing
    ``listed_entry_min_shared`` characters in a row with it); None otherwise. Each
    such marker line's number and caption go into ``listed_before``: lists citing
    documents that start again under each heading (1.《…法》, then 1.《…规划》) name others."""
    text = lines[index].text
    marker = rules.line_marker_regex.match(text)
    caption = text[marker.end() :].strip()
    if rules.listed_entry_regex.match(caption) is None or _SENTENCE_PUNCT.search(caption):
        return None  # (a list citing documents, 7)《…》。, is no collection's entry)
    key = text[: marker.end()].strip()  # the contents may name it in other words (with its issuers)
    if key not in listed_before or not _shares_run(listed_before[key], caption, rules.split.listed_entry_min_shared):
        listed_before[key] = caption
        return None
    return caption


def _shares_run(first: str, second: str, length: int) -> bool:
    """``first`` and ``second`` hold the same ``length`` Han characters in a row."""
    runs = {first[i : i + length] for i in range(len(first) - length + 1) if _HAN_RUN.fullmatch(first[i : i + length])}
    return any(second[i : i + length] in runs for i in range(len(second) - length + 1))


def _entry_header(lines: list[_Line], index: int, rules: Rules) -> tuple[int, str] | None:
    """A collection's numbered entry: the marker line at ``index`` and the
    heading-like lines after it up to a document number (at most
    ``header_max_lines`` in all), which without the marker read as a title.
    Returns the number line's index and the title."""
    marker = rules.line_marker_regex.match(lines[index].text)
    parts = [lines[index].text[marker.end() :].strip()]
    for following in range(index + 1, min(len(lines), index + 1 + rules.split.header_max_lines)):
        text = lines[following].text
        if rules.doc_number_regex.match(text):
            title = "".join(parts)
            return (following, title) if rules.is_title(title) and not _SENTENCE_PUNCT.search(title) else None
        if not _heading_like(lines[following], rules):
            return None
        parts.append(text)
    return None


def _annex_title(lines: list[_Line], index: int, rules: Rules) -> list[_Line]:
    """The title lines after an annex's heading alone on its line at ``index`` (附件2): the next line, or
    the next two where the title is broken over them; none where they read as no title."""
    if not rules.annex_heading_regex.fullmatch(lines[index].text):
        return []
    for count in (1, 2):
        parts = lines[index + 1 : index + 1 + count]
        if len(parts) == count and all(_heading_like(part, rules) for part in parts) and rules.is_title("".join(part.text for part in parts)):
            return parts
    return []


def _title_fragment(lines: list[_Line], index: int, leading: list[_Line], current: _Open | None, rules: Rules) -> _Line | None:
    """The first half of a title broken over two lines, when it stands right
    before the title at the top of the file (before any plan) or in a plan with
    no items yet (a cover notice); never the date that closes a cover notice."""
    if index == 0 or (current is None and (not leading or leading[-1] is not lines[index - 1])):
        return None
    previous = lines[index - 1]
    if current is not None and current.has_items and not _after_sentence_end(lines, index - 1, rules):
        return None  # …after a plan's items, only a line of its own after a sentence's end (…废止。 / 河谷市居住证 / 管理细则)
    if len(previous.text) > 30 or previous.text[-1] in _CLOSING or _SENTENCE_PUNCT.search(previous.text) or not _CJK.search(previous.text):
        return None  # …nor a line without words ({ of a data file's record)
    if ":" in previous.text or ":" in lines[index].text:
        return None  # …nor a label and its value (发布单位:河谷大学信息公开网), nor before one (法规名称:…办法 starts the title)
    if rules.closing_date_regex.match(previous.text) or rules.annex_heading_regex.match(previous.text) or rules.attachments_regex.match(previous.text):
        return None  # …nor an annex's heading or the list of attachments (附件1:安全生产工作方案, then that title)
    return previous


def _after_sentence_end(lines: list[_Line], index: int, rules: Rules) -> bool:
    """The line at ``index`` is no item and the line before it ends a sentence."""
    return index > 0 and not rules.line_marker_regex.match(lines[index].text) and lines[index - 1].text.rstrip()[-1:] in "。!?;"


def _issuer_line(lines: list[_Line], index: int, current: _Open | None, rules: Rules) -> _Line | None:
    """A body's name on the line right above the title at ``index``, closing a
    plan that has items: the new plan's issuer line (``issuer_line``)."""
    if index == 0 or current is None or not current.has_items or not rules.issuer_line_regex.match(lines[index - 1].text):
        return None
    return lines[index - 1]


def _heading_like(line: _Line, rules: Rules) -> bool:
    """A short line with words, no sentence punctuation and no marker, nor a page's keyword line: a title."""
    text = line.text
    return (
        len(text) <= rules.split.title_max_chars
        and _LETTER.search(text) is not None
        and not _SENTENCE_PUNCT.search(text)
        and not rules.line_marker_regex.match(text)
        and not rules.keyword_line_regex.match(text)
    )


def _caption(text: str, rules: Rules) -> str | None:
    """What follows the marker a line opens with (第一条 目的及依据: 目的及依据; "" for a
    bare marker), or None where the line opens with no marker."""
    marker = rules.line_marker_regex.match(text)
    return text[marker.end() :].strip() if marker else None


def _numbered_title(text: str, rules: Rules) -> bool:
    """A marker line whose caption is a title (一、河谷中学班级常规考核实施办法): a title line on its own."""
    caption = _caption(text, rules)
    return bool(caption) and _kind(caption, rules) == "title"


def _numbers_own_title(text: str, opened: list[_Open], rules: Rules) -> bool:
    """The line is the open plan's title again under a site's number, before any item
    (河谷基金管理办法 / 2024-05-13 / 1. 河谷基金管理办法 / 第一条…): its title, not an item."""
    current = opened[-1] if opened else None
    return current is not None and not current.has_items and _caption(text, rules) == "".join(title.text for title in current.title_lines)


def _marker_heading(text: str, rules: Rules) -> bool:
    """A line that is a marker, maybe with a short caption, and nothing more
    (第一条, 一、, 第一条 目的及依据): what follows is its text."""
    caption = _caption(text, rules)
    return caption is not None and (not caption or _heading_words(caption, rules))


def _ends_with_article(text: str, rules: Rules) -> bool:
    """A short heading with an article's marker closing its line (总则 第一条), as a copy that
    moved each chapter's first article up onto the chapter's heading writes it: what follows is
    that article's text."""
    *heading, last = text.split() or [""]
    marker = rules.article_regex.match(last)
    words = "".join(heading)
    return bool(heading) and marker is not None and marker.end() == len(last) and len(words) <= rules.heading_line_max_chars and not _SENTENCE_PUNCT.search(words)


def _above_roles(lines: list[_Line], index: int, rules: Rules) -> str:
    """The line above a roster's leader and the roles listed before it (二、领导小组 / 顾问:… / 组长:…)."""
    above = index - 1
    while above > 0 and _caption(lines[above].text, rules) is None and rules.roster_role_regex.search(lines[above].text.strip()):
        above -= 1
    return lines[above].text


def _heading_words(words: str, rules: Rules) -> bool:
    """Words short enough for a heading, holding no sentence mark and no comma."""
    return len(words) <= rules.heading_line_max_chars and not _SENTENCE_PUNCT.search(words) and "," not in words


def _unmarked_heading(text: str, rules: Rules) -> bool:
    """A short line with no marker and no sentence mark (计划宗旨): a caption."""
    words = text.strip()
    return bool(words) and _caption(words, rules) is None and _heading_words(words, rules)


def _basis_heading(text: str, rules: Rules) -> bool:
    """A marker line whose caption names a plan's purpose or basis (1.2 编制依据。, (一)目的): the
    sentence after it (为…, 根据…制定本预案) is that item's text, not a new plan's preamble."""
    caption = _caption(text, rules)
    return bool(caption) and rules.basis_caption_regex.fullmatch(caption.rstrip("。:")) is not None


def _outer_marker_heading(text: str, rules: Rules) -> bool:
    """A marker heading of a style other than an article's (二、会计核算管理办法): a part the
    articles below it number afresh under, as they do under a chapter."""
    return _marker_heading(text, rules) and not rules.article_regex.match(text)


def _marker_awaiting_words(text: str, rules: Rules) -> bool:
    """A line that is a marker and nothing more (二、), or a marker and a caption ending in a
    colon (二、范本:): its words, or what it introduces, are on the next line."""
    caption = _caption(text, rules)
    return caption is not None and (not caption or (caption.endswith(":") and len(caption) <= rules.heading_line_max_chars))


def _leading_title(leading: list[_Line], rules: Rules) -> list[_Line]:
    """The heading lines of a plan that opens with no title line: of the heading-like
    lines before its first item, the last that names a kind of plan (a page's
    own heading, 复兴高级中学…新规划工作设想, below its menu), with the heading-like
    line above it where it goes on from that one (…测评标准 / 及实施规范), else the
    first line with words in Han characters when it reads as a heading."""
    # (a list flattened into one paragraph is its first item: a heading-like line after it, a page's footer, titles nothing)
    first_item = next((index for index, line in enumerate(leading) if rules.line_marker_regex.match(line.text) or _flattened(line.text, rules)), len(leading))
    named = [index for index, line in enumerate(leading[:first_item]) if _heading_like(line, rules) and rules.title_word_regex.search(line.text)]
    if named:
        last = named[-1]
        if last and rules.title_continued_regex.match(leading[last].text) and _heading_like(leading[last - 1], rules):
            return [leading[last - 1], leading[last]]
        return [leading[last]]
    # (a line without a Han character, a slider's caption or a page's Loading……, is chrome, no Chinese plan's title)
    first = next((line for line in leading if _CJK.search(line.text)), None)
    return [first] if first is not None and _heading_like(first, rules) else []


def _holds_items(current: _Open | None, leading: list[_Line], rules: Rules) -> bool:
    """The plan open so far, or the text before any plan start, holds items."""
    return current.has_items if current is not None else _has_marker_line(leading, rules)


def _open_leading_plan(opened: list[_Open], leading: list[_Line], rules: Rules) -> None:
    """The text before any plan start, with items, made a plan of its own, titled by the
    heading its lines give it (before a preamble, an annex or a text starting its articles again)."""
    opened.append(_leading_plan(leading, rules, body_seen=True))
    leading.clear()


def _leading_plan(leading: list[_Line], rules: Rules, body_seen: bool = False) -> _Open:
    """The plan the text before any plan start makes, when it holds items."""
    first, title = leading[0], _leading_title(leading, rules)
    return _Open(first.start, title, False, title[-1].end if title else first.start, body_seen=body_seen, has_items=True)


def _questions_only(lines: list[_Line], rules: Rules) -> bool:
    """Every marker line opens with a question (一、《通知》制定的背景是什么?): a
    policy Q&A (政策解读) answering about a plan, not a plan."""
    heads = [line.text[marker.end() :] for line in lines if (marker := rules.line_marker_regex.match(line.text))]
    return bool(heads) and all(_QUESTION.match(head) for head in heads)


def _has_marker_line(lines: list[_Line], rules: Rules) -> bool:
    return any(rules.line_marker_regex.match(line.text) for line in lines)


def _close(opened: list[_Open], leading: list[_Line], norm: NormalizedText, rules: Rules) -> list[PlanSlice]:
    clean = norm.clean
    slices = []
    text_end = len(clean)
    if opened and (leading or len(opened) > 1) and _footer(opened[-1], norm):
        text_end = opened.pop().start
    if not opened and leading:
        # No title or separator anywhere: the whole text is one plan, titled by
        # the heading its leading lines give it.
        first, heading = leading[0], _leading_title(leading, rules)
        title = "".join(clean[line.start : line.end] for line in heading) if heading else _flattened_title(norm, first.start, rules)
        return [PlanSlice(title, first.start, heading[-1].end if heading else first.start, text_end)]
    if _has_marker_line(leading, rules) and not _questions_only(leading, rules):
        opened.insert(0, _leading_plan(leading, rules))
    repeated = _repeated_prefixes(opened, clean)
    for index, plan in enumerate(opened):
        end = opened[index + 1].start if index + 1 < len(opened) else text_end
        if plan.title_override is not None:
            title = plan.title_override
        else:
            parts = [_strip_prefix(clean[l.start : l.end], repeated, rules) for l in plan.title_lines]
            # A title line said twice (a page's <title>, then its heading) is one title, not a broken one.
            title = "".join(part for k, part in enumerate(parts) if not k or part.strip() != parts[k - 1].strip())
        body_start = max(plan.body_start, plan.start)
        slices.append(PlanSlice(title.strip() or _flattened_title(norm, body_start, rules), plan.start, body_start, end, plan.heading_start))
    return slices


def _flattened_title(norm: NormalizedText, start: int, rules: Rules) -> str:
    """The title a page flattened to one line opens with, run into its first marker (河谷街道…方案一、工作目标为…):
    the plan's title where it has none. The line stays whole in the body, read as the flattened paragraph it is."""
    line_end = norm.proc.find("\n", start)
    line = norm.proc[start : line_end if line_end >= 0 else len(norm.proc)]
    text = line.strip()
    match = rules.flattened_title_regex.match(text) if _flattened(text, rules) else None
    begin = start + len(line) - len(line.lstrip())
    return norm.clean[begin : begin + match.end("title")] if match else ""


def _footer(plan: _Open, norm: NormalizedText) -> bool:
    """A title-like line the text ends on (a page's footer: its site's name and the title):
    it opens no plan, and belongs to none."""
    opened_by_title = plan.title_override is None and not plan.separated and not plan.wraps
    return opened_by_title and not norm.proc[plan.body_start :].strip()


def _repeated_prefixes(opened: list[_Open], clean: str) -> set[str]:
    """A collection heading pasted in front of each title (``合集名 方案一``)."""
    counts: dict[str, int] = {}
    for plan in opened:
        for line in plan.title_lines[:1]:
            parts = clean[line.start : line.end].split()
            if len(parts) > 1:
                counts[parts[0]] = counts.get(parts[0], 0) + 1
    return {prefix for prefix, n in counts.items() if n > 1}


def _strip_prefix(title: str, repeated: set[str], rules: Rules) -> str:
    parts = title.split(maxsplit=1)
    if len(parts) == 2 and parts[0] in repeated and rules.title_regex.search(parts[1]):
        return parts[1]
    return title


def _has_items(plan: PlanSlice, norm: NormalizedText, rules: Rules) -> bool:
    body = norm.proc[plan.body_start : plan.end]
    return any(rules.line_marker_regex.match(line) or _flattened(line, rules) for line in body.split("\n") if line.strip())


def _has_text(plan: PlanSlice, norm: NormalizedText, rules: Rules) -> bool:
    """Whether ``plan``'s body holds at least ``split.part_text_min_chars`` characters of text."""
    return len("".join(norm.proc[plan.body_start : plan.end].split())) >= rules.split.part_text_min_chars


def _flattened(paragraph: str, rules: Rules) -> bool:
    """A page flattened into one paragraph, its list inline (segment reads it as one, ``flattened``)."""
    config = rules.flattened
    return len(paragraph) >= config.min_chars and len(rules.inline_marker_regex.findall(paragraph)) >= config.min_markers
