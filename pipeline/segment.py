"""Segment one plan into its tree of numbered items (ANNOTATION.md, "Item").

Markers are found at line starts and, for styles allowed inline, after a
sentence end inside a paragraph. An inline marker counts only when a sibling
of the same style (number ±1) stands in the same paragraph, which is what
separates 一是…二是… from 三个代表 or 第一责任人 in running text.

Levels come from how the plan nests its styles: a stack of styles in order
of first use; re-entering a style pops back to it, and a new style that
normally sits above the current one (its rank is smaller) pops past it.
Ordinals (一是) and markers inside a paragraph sit under the item whose
paragraph holds them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .normalize import NormalizedText
from .rules import CompiledStyle, Rules

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PAREN_AR = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_PAREN_CN = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
_ROMAN_SMALL = "ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻ"
_AR_STOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_FULL_STOP, _TYPED_STOP = "。", "."  # a full stop, and the '.' a copy may type for it after a Chinese word
_FINANCIAL = str.maketrans("壹贰叁参肆伍陆柒捌玖拾佰", "一二三三四五六七八九十百")


def chinese_number(text: str) -> int | None:
    """Value of a Chinese numeral (一, 十二, 二十一, 一百零五), None if not one."""
    total = 0
    digit = None
    for ch in text:
        if ch in _CN_DIGITS:
            if digit is not None and digit != 0:
                return None  # two digits in a row: 一二 is not a numeral
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (digit if digit else 1) * _CN_UNITS[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


def marker_number(raw: str) -> int | None:
    if raw.isascii() and raw.isdigit():
        return int(raw)
    if raw in _CIRCLED:
        return _CIRCLED.index(raw) + 1
    if raw in _PAREN_AR:
        return _PAREN_AR.index(raw) + 1
    if raw in _PAREN_CN:
        return _PAREN_CN.index(raw) + 1
    if raw in _ROMAN:
        return _ROMAN.index(raw) + 1
    if raw in _ROMAN_SMALL:
        return _ROMAN_SMALL.index(raw) + 1
    if raw in _AR_STOP:
        return _AR_STOP.index(raw) + 1
    if len(raw) == 1 and raw.isascii() and raw.isalpha():
        return ord(raw.lower()) - ord("a") + 1
    if "." in raw:  # 4.1 → 401, 1.2.3 → 10203: siblings differ by one
        number = 0
        for part in raw.split("."):
            number = number * 100 + int(part)
        return number
    if len(raw) == 2 and raw[0] in "二三四五六七八九" and raw[1] in _CN_DIGITS:  # 第二九條: 29, written digit by digit
        return 10 * _CN_DIGITS[raw[0]] + _CN_DIGITS[raw[1]]
    return chinese_number(raw.translate(_FINANCIAL))


@dataclass(frozen=True, slots=True)
class Marker:
    style: CompiledStyle
    number: int
    suffix: str
    start: int
    end: int
    paragraph: int
    at_line_start: bool
    after_boundary: bool


@dataclass(slots=True)
class ItemNode:
    """One item: marker ``[start, marker_end)``, own text ``[marker_end, end)``
    in clean/proc coordinates."""

    marker: Marker
    level: int
    end: int
    children: list[ItemNode] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.marker.start


@lru_cache(maxsize=4)
def _scanners(rules: Rules) -> tuple[tuple[re.Pattern[str], ...], list[CompiledStyle]]:
    """Regexes for markers at line starts, inline markers after a boundary
    character, inline ordinals anywhere (the only inline markers that may
    follow a word), run-in children anywhere (looked for only just after a
    heading's marker) and glued markers; the named group ``s<i>`` tells which
    style matched.
    Scanning for boundaries first is several times faster than trying every
    inline style at every character."""
    styles = rules.styles

    def union(indexed, inline: bool = False) -> str:
        # (inline, a style may require what follows it: inline_before)
        return "|".join(f"(?P<s{i}>{_anonymous(s.regex.pattern)}{_followed_by(s) if inline else ''})" for i, s in indexed) or "(?!)"

    inline = [(i, s) for i, s in enumerate(styles) if s.inline]
    typed_stop = {_TYPED_STOP} if any(_FULL_STOP in s.after for _, s in inline) else set()  # …checked by _half_width_stop
    boundaries = "".join(sorted({ch for _, s in inline for ch in s.after} | typed_stop))
    line_regex = re.compile(rf"^[ \t]*(?:{union(enumerate(styles))})", re.MULTILINE)
    bounded, anywhere = [(i, s) for i, s in inline if not s.after_any], [(i, s) for i, s in inline if s.after_any]
    after_boundary = re.compile("|".join(
        [rf"(?<=[{re.escape(boundaries)}])[ \t]*(?:{union(bounded, inline=True)})"] * bool(bounded and boundaries) + [union(anywhere, inline=True)] * bool(anywhere)
    ) or "(?!)")
    ordinals = re.compile(union((i, s) for i, s in inline if s.ordinal))
    run_in = re.compile(union((i, s) for i, s in enumerate(styles) if s.name in rules.run_in_styles))
    glued = [(i, s) for i, s in enumerate(styles) if s.glued]
    glued_to_word = re.compile(rf"(?:{union(glued)})(?=[ \t\u3000])" if glued else "(?!)")
    anywhere_ranked = re.compile(union((i, s) for i, s in inline if s.rank is not None and not s.ordinal))
    return (line_regex, after_boundary, ordinals, run_in, glued_to_word, anywhere_ranked), styles


def _followed_by(style: CompiledStyle) -> str:
    return f"(?={style.inline_before})" if style.inline_before else ""


def _anonymous(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def find_markers(proc: str, start: int, end: int, rules: Rules) -> list[Marker]:
    (line_regex, after_boundary, ordinals, run_in, glued_to_word, anywhere_ranked), styles = _scanners(rules)
    paragraph_of = _paragraph_index(proc, start, end)
    found: dict[int, Marker] = {}
    # A marker glued to the word before it, with a space after it (修订本办法第二条 集团公司…),
    # is read as one after a boundary: like any inline marker, it needs a sibling.
    for regex, at_line_start in ((line_regex, True), (after_boundary, False), (ordinals, False), (glued_to_word, False)):
        for match in regex.finditer(proc, start, end):
            style = styles[int(match.lastgroup[1:])]
            begin = match.start(match.lastgroup)
            if begin in found:
                continue
            boundary = regex is glued_to_word or _after_boundary(proc, begin, style, rules)
            marker = _marker(style, proc, begin, paragraph_of(begin), at_line_start, boundary)
            if marker is not None and (at_line_start or marker.after_boundary or style.ordinal):
                found[begin] = marker
    for marker in _colon_runs(proc, start, end, paragraph_of, rules):
        found.setdefault(marker.start, marker)
    for marker in _glued_runs(proc, start, end, anywhere_ranked, styles, paragraph_of, rules):
        found.setdefault(marker.start, marker)
    for marker in _gap_fillers(found.values(), proc, rules):
        found[marker.start] = marker
    for marker in _run_in_children(sorted((m for m in found.values() if m.at_line_start), key=lambda m: m.start), proc, end, run_in, styles, rules):
        found[marker.start] = marker  # a run-in child, though also read as glued or inline (which needs a sibling)
    candidates = _counted_ones(sorted(found.values(), key=lambda m: m.start), proc, rules.ones_list_min)
    present = {m.style.name for m in candidates}
    headed = _headed_runs(candidates, proc, rules)
    candidates = [m for m in candidates if m.style.requires is None or m.style.requires in present or m.start in headed]
    positions = _sibling_index(candidates)
    firsts = _first_ordinals(candidates)
    accepted = _glued_headings_going_on([m for m in candidates if _accepted(m, positions, firsts, proc)], candidates, proc, rules)
    accepted = sorted(accepted + _first_after_title(candidates, accepted, proc, rules), key=lambda m: m.start)
    flat = _flattened_paragraphs(accepted, [m for m in candidates if m.after_boundary and m.style.rank is not None], proc, start, end, rules)
    if not flat:
        # On a short page stored as one line opening with its title glued to the first marker (…工作计划一、指导思想:…。
        # 二、…), the second marker has no sibling to confirm it but that first one: each confirms the other.
        kept, titled = {m.start for m in accepted}, {}
        unconfirmed = [m for m in candidates if m.start not in kept and m.after_boundary and m.style.rank is not None and _glued_title_end(proc, m.start, rules, titled) is not None]
        glued = _glued_first_markers(sorted(accepted + unconfirmed, key=lambda m: m.start), proc, start, flat, rules)
        confirmed = [m for m in unconfirmed if any(g.style.name == m.style.name and g.suffix == m.suffix and g.number == m.number - 1 for g in glued)]
        return sorted(accepted + confirmed + glued, key=lambda m: m.start)
    # A page flattened into one long paragraph (a copy that lost its line breaks)
    # holds a whole list inline: its markers after a boundary count without a
    # sibling (the page may show one 一、 of many) and nest by their styles, as
    # markers at line starts do, not under the item whose paragraph holds them.
    kept = {m.start for m in accepted}
    markers = [
        replace(m, at_line_start=True) if m.paragraph in flat and not m.style.ordinal else m
        for m in candidates
        if m.start in kept or (m.paragraph in flat and m.after_boundary and m.style.rank is not None)
    ]
    # …and a heading's first child glued to its last word there, numbered under it (…进行。1.3建立管理制度1.3.1建立…)
    kept = {m.start for m in markers}
    headings = sorted((m for m in markers if m.paragraph in flat and m.at_line_start), key=lambda m: m.start)
    markers += [m for m in _run_in_children(headings, proc, end, run_in, styles, rules) if m.start not in kept and _numbered_under(m, headings, proc)]
    kept = {m.start for m in markers}
    return sorted(markers + [m for m in _glued_first_markers(markers, proc, start, flat, rules) if m.start not in kept], key=lambda m: m.start)


def _glued_runs(proc: str, start: int, end: int, regex: re.Pattern[str], styles, paragraph_of, rules: Rules) -> list[Marker]:
    """In a paragraph of a page flattened to one line (``flattened.min_chars``), the markers glued to the word before
    them (…居委会一、目的:…) that make a run: at least ``flattened.glued_run_min`` of one style numbered one after
    another, each at least ``flattened.glued_gap_min`` characters after the one before, none after a character of
    ``flattened.not_glued_after``. Read as after a boundary."""
    config = rules.flattened
    runs: list[list[Marker]] = []
    for paragraph in rules.flattened_paragraph_regex.finditer(proc, start, end):
        open_runs: dict[tuple, list[Marker]] = {}  # by style, suffix and the number each run expects next
        for match in regex.finditer(proc, paragraph.start(), paragraph.end()):
            begin = match.start(match.lastgroup)
            marker = _marker(styles[int(match.lastgroup[1:])], proc, begin, paragraph_of(begin), False, True)
            if marker is None or rules.not_glued_after_regex.match(proc, begin - 1):
                continue
            expected = (marker.style.name, marker.suffix, marker.number)
            run = open_runs.get(expected)
            if run is None or marker.start - run[-1].end < config.glued_gap_min:
                run = []
                runs.append(run)
            else:
                del open_runs[expected]
            run.append(marker)
            open_runs[(*expected[:2], marker.number + 1)] = run
    return [marker for run in runs if len(run) >= config.glued_run_min for marker in run]


def _numbered_under(child: Marker, headings: list[Marker], proc: str) -> bool:
    """``child``'s number spells out the number of the last of ``headings`` before it, then 1 (1.3.1 under 1.3)."""
    parent = next((m for m in reversed(headings) if m.start < child.start), None)
    if parent is None:
        return False
    number = proc[parent.start : parent.end].strip().rstrip("、.")
    return proc[child.start : child.end].strip().rstrip("、.") == f"{number}.1"


def _glued_headings_going_on(accepted: list[Marker], candidates: list[Marker], proc: str, rules: Rules) -> list[Marker]:
    """``accepted`` and the inline markers that go on with its numbering as headings a copy
    ran onto the end of the line before (…情况。(二)闸门运行。 / 由管理所…。(三)物资仓库。):
    alone in their lines, they have no sibling there, but each follows the one numbered before it."""
    kept = {m.start for m in accepted}
    last: dict[tuple, Marker] = {}
    for marker in candidates:
        key = (marker.style.name, marker.suffix)
        before = last.get(key)
        if marker.start not in kept and before is not None and before.number == marker.number - 1 and (_glued_heading(proc, marker, rules, closed=True) or _after_sentence_in_later_paragraph(proc, marker, before)):
            kept.add(marker.start)
        if marker.start in kept:
            last[key] = marker
    return [m for m in candidates if m.start in kept]


def _after_sentence_in_later_paragraph(proc: str, marker: Marker, before: Marker) -> bool:
    """An inline marker after a sentence's end, in a paragraph below the one numbered before it (…3、落实到人。
    / 页码 / …每日巡查。四、检查考核…): the list going on where a copy ran its paragraphs together. A full stop only:
    after a semicolon a number is often cited (…;(二)款所列…)."""
    previous = _before_spaces(proc, marker.start)
    return marker.paragraph > before.paragraph and previous >= 0 and proc[previous] == _FULL_STOP


def _first_after_title(candidates: list[Marker], accepted: list[Marker], proc: str, rules: Rules) -> list[Marker]:
    """The plan's first marker (一、, 第一章, 第一条) and its heading where a copy set them after the plan's title
    on one line (物业消防培训方案 一、培训目的 1、…), before any marker accepted: it opens the list as if at the
    line's start, though a page cut short shows no sibling of it."""
    first_accepted = accepted[0].start if accepted else len(proc)
    for index, marker in enumerate(candidates):
        if marker.start >= first_accepted:
            break
        line_start = proc.rfind("\n", 0, marker.start) + 1
        before = proc[line_start : marker.start]
        spaced = rules.first_marker_heading_regex.match(proc, marker.start) and rules.title_before_first_marker_regex.match(before)
        # …or run on with no space after a title or a sentence, where its first child follows its short heading
        # (…培训方案一、培训目的1、…, …方案如下。一、工作措施 / 1.…): the child confirms it
        child = candidates[index + 1] if index + 1 < len(candidates) else None
        if spaced or (_heads_first_child(marker, child, proc, rules) and (rules.title_before_first_marker_regex.match(before + " ") or _glued_heading(proc, marker, rules))):
            return [replace(marker, at_line_start=True)]
    return []


def _heads_first_child(marker: Marker, child: Marker | None, proc: str, rules: Rules) -> bool:
    """``marker`` is numbered 1 and the next marker, ``child``, of another style, is numbered 1 after at most a
    short heading between them (一、工作措施 / 1.)."""
    if marker.number != 1 or child is None or child.number != 1 or child.style.name == marker.style.name:
        return False
    heading = proc[marker.end : child.start].strip()
    return 0 < len(heading) <= rules.split.glued_heading_max_chars and not _CLAUSE_MARKS.search(heading)


def _counted_ones(markers: list[Marker], proc: str, least: int) -> list[Marker]:
    """``markers`` with a list numbered 1 throughout (a Markdown source's 1. 1. 1.,
    nested by indentation) numbered as its renderer counts: each such marker the
    next of its run at its indentation; a line less indented ends the runs deeper
    in, and a line-start marker of an outer style (a heading 二、) ends them all.
    Applies to a style whose every line-start marker is numbered 1, at least ``least``,
    and that no 2 of it follows inline (1、…； 2、…； in paragraphs that each open a list counts up)."""
    at_line_start = [m for m in markers if m.at_line_start]
    counts = Counter(m.style.name for m in at_line_start)
    counting_up = {m.style.name for m in markers if not m.at_line_start and m.number == 2}
    ones = {
        name
        for name, count in counts.items()
        if count >= least and name not in counting_up and all(m.number == 1 for m in at_line_start if m.style.name == name)
    }
    if not ones:
        return markers
    ranks = {m.style.name: m.style.rank for m in at_line_start}
    renumbered: dict[int, Marker] = {}
    runs: dict[str, dict[int, int]] = {name: {} for name in ones}  # style -> indentation -> count so far
    for marker in at_line_start:
        name = marker.style.name
        if name not in ones:
            for style in ones:  # an outer heading ends its lists
                if marker.style.rank is not None and ranks[style] is not None and marker.style.rank < ranks[style]:
                    runs[style].clear()
            continue
        indent = _indent(proc, marker.start)
        run = runs[name]
        for deeper in [level for level in run if level > indent]:
            del run[deeper]
        run[indent] = run.get(indent, 0) + 1
        renumbered[marker.start] = replace(marker, number=run[indent])
    return [renumbered.get(m.start, m) for m in markers]


def _headed_runs(candidates: list[Marker], proc: str, rules: Rules) -> set[int]:
    """Starts of the markers of a style that counts only beside another (``requires``)
    standing in runs of their own instead: at line starts, numbered 1, 2, 3… at least
    ``headed_run.min_items`` long, each item a paragraph ending a sentence, each run's 1
    on the line after a heading (一、值班制度, then 1 值班人员…。 2 …。), in at least
    ``headed_run.min_runs`` runs: a structure the text repeats, not a table's rows
    (no sentences) nor a page's footnotes (one block); or one run at least
    ``headed_run.alone_min_items`` long whose every line ends a sentence, headed or not
    (a body's points 1 to 15, not a table's rows)."""
    found: set[int] = set()
    for style in {m.style for m in candidates if m.style.headed_run and m.style.requires}:
        rule = style.headed_run
        markers = [m for m in candidates if m.style is style and m.at_line_start]
        runs, run = [], []
        for marker in markers + [None]:
            if marker is not None and run and marker.number == run[-1].number + 1:
                run.append(marker)
                continue
            if len(run) >= rule.min_items and all(_ends_sentence(proc, m.end) for m in run):
                if rule.alone_min_items is not None and len(run) >= rule.alone_min_items and all(_ends_sentence(proc, m.end, "\n") for m in run):
                    found.update(m.start for m in run)
                elif _after_heading_line(proc, run[0].start, rules):
                    runs.append(run)
            run = [marker] if marker is not None and marker.number == 1 else []
        if len(runs) >= rule.min_runs:
            found.update(m.start for run in runs for m in run)
    return found


def _after_heading_line(proc: str, position: int, rules: Rules) -> bool:
    """Whether the line before ``position``'s, blank lines aside, is a heading."""
    before = proc.rfind("\n", 0, position) + 1
    while before > 0 and proc[before - 1].isspace():
        before -= 1
    return before > 0 and _after_heading(proc, before, rules)


def _ends_sentence(proc: str, position: int, until: str = "\n\n") -> bool:
    """Whether the paragraph holding ``position`` (lines up to a blank one) ends a sentence;
    with ``until="\n"``, the line holding it (a point's own line, not a table's row)."""
    end = proc.find(until, position)
    return proc[position : len(proc) if end < 0 else end].rstrip()[-1:] in _SENTENCE_ENDS


_SENTENCE_ENDS = frozenset(";。")
_COLON_THEN = re.compile(r":[ \t]*")
_SENTENCE_OR_LINE_END = re.compile(r"[。;!?\n]")


def _colon_runs(proc: str, start: int, end: int, paragraph_of, rules: Rules) -> list[Marker]:
    """The markers of lists a colon introduces whose items run on after words with
    no mark between them (报送下列材料:(一)执照复印件(二)身份证明(三)租赁合同): of a style in
    ``colon_run_styles``, numbered 1, 2, 3… from right after the colon to the sentence's
    end, at least ``colon_run_min`` of them; each counts as after a boundary."""
    runs: list[Marker] = []
    styles = [style for style in rules.styles if style.name in rules.colon_run_styles]
    for colon in _COLON_THEN.finditer(proc, start, end):
        stop = _SENTENCE_OR_LINE_END.search(proc, colon.end(), end)
        limit = stop.start() if stop else end
        for style in styles:
            run = [_marker(style, proc, colon.end(), paragraph_of(colon.end()), False, True)]
            if run[0] is None or run[0].number != 1:
                continue
            while following := next(style.regex.finditer(proc, run[-1].end, limit), None):
                marker = _marker(style, proc, following.start(), paragraph_of(following.start()), False, True)
                if marker is None or marker.number != run[-1].number + 1:
                    break
                run.append(marker)
            if len(run) >= rules.colon_run_min:
                runs += run
    return runs


# What a glued marker may not follow: a number's digits or 第 (第1、), or an opening
# bracket (the 三) inside (三)).
_GLUED_NOT_AFTER = re.compile(r"[0-9A-Za-z第.(\[【〔]")


def _glued_first_markers(markers: list[Marker], proc: str, start: int, flat: set[int], rules: Rules) -> list[Marker]:
    """The marker a list's second item implies, glued to the word before it: where
    a list's item numbered k+1 follows no item numbered k of its style, the first
    marker numbered k between the previous item of that style (or the paragraph's
    start) and it. In a flattened paragraph anywhere (…值守制度一、值守原则1、…。2、…);
    elsewhere only after a title or heading that opens its line (…值守制度一、值守原则,
    二、交接要求1. 当面交接…, then 2. on the next line): a copy that lost a line break
    runs a title or a heading straight into its first child."""
    by_sequence: dict[tuple, list[Marker]] = {}
    titled: dict[int, int | None] = {}  # line start → where the title run into its first marker ends, read once per line
    for marker in markers:
        if marker.style.rank is None or marker.style.ordinal:
            continue
        if marker.paragraph in flat or marker.at_line_start or (marker.after_boundary and _glued_title_end(proc, marker.start, rules, titled) is not None):
            paragraph = marker.paragraph if marker.paragraph in flat else None
            by_sequence.setdefault((paragraph, marker.style.name, marker.suffix), []).append(marker)
    found = []
    for (paragraph, _, _), sequence in by_sequence.items():
        previous = None
        for marker in sequence:
            if marker.number > 1 and (previous is None or previous.number != marker.number - 1):
                if previous is not None:
                    low = previous.end
                elif paragraph is not None:  # the flattened paragraph's start
                    low = max(start, proc.rfind("\n", start, marker.start) + 1)
                else:
                    low = start
                first = _first_numbered(marker, marker.number - 1, proc, low)
                if first is not None and (paragraph is not None or _after_heading(proc, first.start, rules) or _glued_title_end(proc, first.start, rules, titled) == first.start):
                    found.append(first)
            previous = marker
    return found


def _glued_title_end(proc: str, position: int, rules: Rules, titled: dict[int, int | None]) -> int | None:
    """Where the title ends that opens the line holding ``position``, run into its first marker (…值守制度|一、值守人员…。
    二、…: a short page on one line, whose list the title's marker opens though the line is no flattened page); None
    where the line opens with no such title. ``titled`` keeps the answer per line start."""
    line_start = proc.rfind("\n", 0, position) + 1
    if line_start not in titled:
        line_end = proc.find("\n", line_start)
        title = rules.flattened_title_regex.match(proc[line_start : line_end if line_end >= 0 else len(proc)])
        titled[line_start] = line_start + title.end("title") if title else None
    return titled[line_start]


def _after_heading(proc: str, position: int, rules: Rules) -> bool:
    """Whether what stands before ``position`` on its line is a title or a heading:
    at most heading_line_max_chars characters after any marker, no sentence mark."""
    before = proc[proc.rfind("\n", 0, position) + 1 : position].strip()
    marker = rules.line_marker_regex.match(before)
    words = before[marker.end() if marker else 0 :].strip()
    return 0 < len(words) <= rules.heading_line_max_chars and not _SENTENCE_MARKS.search(words) and "," not in words


def _first_numbered(marker: Marker, number: int, proc: str, low: int) -> Marker | None:
    """The first marker of ``marker``'s style numbered ``number`` in ``[low, marker.start)``."""
    for match in marker.style.regex.finditer(proc, low, marker.start):
        position = match.start()
        if position > 0 and _GLUED_NOT_AFTER.match(proc[position - 1]):
            continue
        glued = _marker(marker.style, proc, position, marker.paragraph, True, False)
        if glued is not None and glued.number == number and glued.suffix == marker.suffix:
            return glued
    return None


_SENTENCE_MARKS = re.compile(r"[。;:!?\n]")
_LIST_INTRODUCER = ":"  # (proc text: a full-width colon is folded to half-width)
_SENTENCE_CLOSE = "。;!?)"  # what ends a sentence or a bracketed note before a list's lost line break
_CLAUSE_MARKS = re.compile(r"[。;:!?,、\n]")  # …and the marks between a sentence's clauses
_BRACKETED_NOTE = re.compile(r"\([^()]*\)")  # (一式三份,加盖公章): a note in a name, no clause of its own
_NAME_BREAKS = re.compile(r"[。;:!?,\n]")  # clause marks a document's name has none of (设备、器材清单 has 、)


def _gap_fillers(candidates: Iterable[Marker], proc: str, rules: Rules) -> list[Marker]:
    """Inline markers after a sentence end that fill the one gap in a list whose
    other items stand at line starts (一、 at a line start, …突发事件。二、处置原则, then 三、
    at a line start): a line break the copy lost, so each is read as at a line start.
    So is a list's first item before its second at a line start, or its last after the
    one before it (…修正)　第一章 总则, then 第二章; …支付。(六)医疗个人账户。), where a
    sentence or a bracket closes before it, and a list's first item after a heading's colon
    (一、服务目标:1. …, its list numbered afresh under each heading; not 附件:1.…, a list of attachments)."""
    by_sequence: dict[tuple[str, str], list[Marker]] = {}
    for marker in sorted(candidates, key=lambda m: m.start):
        if marker.style.rank is not None and not marker.style.ordinal:
            by_sequence.setdefault((marker.style.name, marker.suffix), []).append(marker)
    fillers = []
    for sequence in by_sequence.values():
        lines = [m for m in sequence if m.at_line_start]
        starts = [m.start for m in lines]
        for index, marker in enumerate(sequence):
            if marker.at_line_start or not marker.after_boundary:
                continue
            after = bisect_right(starts, marker.start)  # the first line-start marker after it
            follows = after > 0 and lines[after - 1].number == marker.number - 1
            precedes = after < len(lines) and lines[after].number == marker.number + 1
            closed = (position := _before_spaces(proc, marker.start)) >= 0 and proc[position] in _SENTENCE_CLOSE
            # …or a heading's colon (一、服务目标:1. 提供… / 2. …), a list starting afresh under each heading
            introduced = position >= 0 and proc[position] in _LIST_INTRODUCER and not rules.attachments_regex.match(proc, proc.rfind("\n", 0, position) + 1)
            afresh = after == 0 or (introduced and lines[after - 1].number > marker.number)
            first = (closed or introduced) and afresh and marker.number == 1 and precedes
            ends = index + 1 == len(sequence) or sequence[index + 1].number != marker.number + 1  # (no next item inline)
            last = closed and follows and ends and (after == len(lines) or lines[after].number == 1)
            if (follows and precedes) or first or last:
                fillers.append(replace(marker, at_line_start=True))
    return fillers


def _run_in_children(headings: list[Marker], proc: str, end: int, run_in: re.Pattern[str], styles, rules: Rules) -> list[Marker]:
    """The first child run into each heading's line, glued to the heading's last
    word (职责2.1 under 2., 原则(1) under 1.4) or after spaces (第二章 规划建设 第八条):
    a marker of another style within ``run_in_chars`` of the heading's marker,
    before any sentence mark, numbered first of its sequence or next after the
    last of its style at a line start before the heading (articles number on
    across chapters). It nests as a marker at a line start does (by style): the
    heading's text before it is the heading, what follows is the child's.
    ``headings``: the markers at line starts, in order."""
    children = []
    last_number: dict[str, int] = {}
    for heading in headings:
        limit = min(end, heading.end + rules.run_in_chars)
        stop = _SENTENCE_MARKS.search(proc, heading.end, limit)
        for match in run_in.finditer(proc, heading.end + 1, stop.start() if stop else limit):
            style = styles[int(match.lastgroup[1:])]
            child = _marker(style, proc, match.start(match.lastgroup), heading.paragraph, True, True)
            if child is None or style.name == heading.style.name or _cited(proc, child.start, rules.cited_before):
                continue
            first = heading.number * 100 + 1 if "." in proc[child.start : child.end].rstrip("、 ") else 1
            if child.number in (first, last_number.get(style.name, 0) + 1):
                children.append(child)
                last_number[style.name] = child.number
                break
        last_number[heading.style.name] = heading.number
    return children


def _flattened_paragraphs(accepted: list[Marker], unconfirmed: list[Marker], proc: str, start: int, end: int, rules: Rules) -> set[int]:
    """Paragraphs of at least ``flattened.min_chars`` holding at least
    ``flattened.min_markers`` inline markers, or at least ``flattened.min_confirmed``
    with a sibling and, with those after a boundary that have none (a list cut off,
    its first glued to a heading: …分工2.1 指挥部…。2.2 …), ``min_markers``."""
    config = rules.flattened

    def inline_counts(markers: list[Marker]) -> Counter:
        return Counter(m.paragraph for m in markers if not m.at_line_start and not m.style.ordinal)

    confirmed = inline_counts(accepted)
    kept = {m.start for m in accepted}
    either = confirmed + inline_counts([m for m in unconfirmed if m.start not in kept])
    flat = {p for p, n in confirmed.items() if n >= config.min_markers or (n >= config.min_confirmed and either[p] >= config.min_markers)}
    if not flat:
        return flat
    lengths = _paragraph_lengths(proc, start, end)
    return {p for p in flat if lengths[p] >= config.min_chars}


def _paragraph_lengths(proc: str, start: int, end: int) -> list[int]:
    return [len(line) for line in proc[start:end].split("\n")]


def _sibling_index(candidates: list[Marker]) -> dict[tuple, list[int]]:
    """Start positions of the candidates by paragraph, style, suffix and number:
    a sibling is found by two look-ups, so checking every inline candidate is
    linear in their count (scanning them all for each was quadratic)."""
    index: dict[tuple, list[int]] = {}
    for m in candidates:
        index.setdefault((m.paragraph, m.style.name, m.suffix, m.number), []).append(m.start)
        if m.style.sibling_across:  # …and, for the styles whose sibling may be anywhere, by style alone
            index.setdefault((_ANYWHERE, m.style.name, m.suffix, m.number), []).append(m.start)
    return index


_ANYWHERE = -1  # the sibling index's paragraph for markers anywhere in the plan


def _after_boundary(proc: str, begin: int, style: CompiledStyle, rules: Rules) -> bool:
    """Whether ``begin`` follows one of the style's boundary characters
    (spaces between them allowed; any character for an ``after_any`` style),
    and is no number cited in running text;
    a closing bracket is one where it closes a clause (``_closes_clause``)."""
    if style.after_any:
        # 第①项 is cited, and so is ② of ①、②项; 报名表、② is a list's next entry
        position = _before_spaces(proc, begin)
        return position < 0 or proc[position] != "第" and not (proc[position] == "、" and style.regex.match(proc, position - 1))
    if _cited(proc, begin, rules.cited_before):
        return False
    if begin > 0 and proc[begin - 1] in style.after:  # a space, where the style allows one
        position = begin - 1
    else:
        position = _before_spaces(proc, begin)
    if position < 0 or proc[position] not in style.after and not _half_width_stop(proc, position, style, rules):
        return False
    return proc[position] != ")" or _closes_clause(proc, position, rules)


def _half_width_stop(proc: str, position: int, style: CompiledStyle, rules: Rules) -> bool:
    """The '.' at ``position`` ends a sentence, for a style a full stop is a boundary of (``half_width_stop``)."""
    return proc[position] == _TYPED_STOP and _FULL_STOP in style.after and position > 0 and rules.half_width_stop_regex.match(proc, position - 1) is not None


def _closes_clause(proc: str, close: int, rules: Rules) -> bool:
    """The bracket closing at ``close`` holds at least ``bracket_clause_min_chars`` characters on its
    line (an owner's clause, (市财政局牵头)) or a heading's score (``bracket_score``: (10分));
    not a number: (二)."""
    line_start = proc.rfind("\n", 0, close) + 1
    open_at = proc.rfind("(", line_start, close)
    return open_at >= 0 and (close - open_at - 1 >= rules.bracket_clause_min_chars or rules.bracket_score_regex.fullmatch(proc, open_at + 1, close) is not None)


def _cited(proc: str, begin: int, cited_before: str) -> bool:
    """The marker at ``begin`` follows one of ``cited_before`` (spaces between allowed):
    a number the text cites (前条第 (一)、 (二)款), no item."""
    position = _before_spaces(proc, begin)
    return position >= 0 and proc[position] in cited_before


def _before_spaces(proc: str, begin: int) -> int:
    position = begin - 1
    while position >= 0 and proc[position] in " \t":
        position -= 1
    return position


def _first_ordinals(candidates: list[Marker]) -> dict[tuple, int]:
    """Where each ordinal series (style, suffix: 一是…, 一防…) first takes each number."""
    firsts: dict[tuple, int] = {}
    for m in candidates:
        if m.style.ordinal:
            firsts.setdefault((m.style.name, m.suffix, m.number), m.start)
    return firsts


def _accepted(marker: Marker, positions: dict[tuple, list[int]], firsts: dict[tuple, int], proc: str) -> bool:
    """Line starts always count. Inline, an ordinal after a boundary stands
    alone (二要… is never running text) where its series was begun before it
    (not 三防指挥部, a name, with no 二防 before it); an ordinal glued to the
    previous word, and any other inline style, needs a sibling in its paragraph."""
    if marker.at_line_start:
        return True
    if marker.style.ordinal and marker.after_boundary and _series_begun(marker, firsts):
        return True
    return _has_sibling(marker, positions, proc)


def _series_begun(marker: Marker, firsts: dict[tuple, int]) -> bool:
    """An ordinal numbered 1 or 2 (a text may leave its first point unnumbered: the sentence
    before 二要 is its 一), or one whose number less one the text took before it."""
    earlier = firsts.get((marker.style.name, marker.suffix, marker.number - 1))
    return marker.number <= 2 or (earlier is not None and earlier < marker.start)


def _marker(style: CompiledStyle, proc: str, begin: int, paragraph: int, at_line_start: bool, after_boundary: bool) -> Marker | None:
    match = style.regex.match(proc, begin)
    if match is None:
        return None
    groups = match.groupdict()
    raw = groups.get("num") or groups.get("num_alt")
    number = marker_number(raw) if raw else None
    if number is None:
        return None
    return Marker(style, number, groups.get("suffix") or "", begin, match.end(), paragraph, at_line_start, after_boundary)


def line_marker(line: str, rules: Rules) -> Marker | None:
    """The marker ``line`` opens with, read as the segmenter reads one at a line start."""
    (line_regex, *_), styles = _scanners(rules)
    match = line_regex.match(line)
    if match is None:
        return None
    return _marker(styles[int(match.lastgroup[1:])], line, match.start(match.lastgroup), 0, True, False)


def numbers_on(previous: Marker, marker: Marker) -> bool:
    """``marker`` is the next of ``previous``'s run: the same style, the next number ((二) then (三))."""
    return _same_style(previous, marker) and marker.number == previous.number + 1


def _paragraph_index(proc: str, start: int, end: int):
    breaks = [m.start() for m in re.finditer("\n", proc[start:end])]

    def paragraph(position: int) -> int:
        return bisect_right(breaks, position - start)

    return paragraph


def _has_sibling(marker: Marker, positions: dict[tuple, list[int]], proc: str) -> bool:
    """A candidate of the same style and suffix in the same paragraph numbered
    one less before it, or one more after it; for a ``sibling_across`` style, also
    one anywhere in the plan, where a sentence ends before it (…。 第一章总则 at a preamble's end,
    …。 第二章… in a paragraph below)."""
    # (after a sentence's end only: not one glued to a word, as a contents list's [第九条 …](#…) is)
    before_marker = _before_spaces(proc, marker.start)
    across = marker.style.sibling_across and before_marker >= 0 and proc[before_marker] in marker.style.after
    paragraphs = (marker.paragraph, _ANYWHERE) if across else (marker.paragraph,)
    for paragraph in paragraphs:
        key = (paragraph, marker.style.name, marker.suffix)
        before = positions.get((*key, marker.number - 1), ())
        after = positions.get((*key, marker.number + 1), ())
        if (bool(before) and before[0] < marker.start) or (bool(after) and after[-1] > marker.start):
            return True
    return False


def segment_plan(norm: NormalizedText, start: int, end: int, rules: Rules) -> list[ItemNode]:
    """The item tree of the plan text ``[start, end)``: its body's items, up to
    the list of attachments after them, then those of each annex that follows
    under a heading of its own (附件 / 附件2 alone on a line), numbered afresh."""
    markers = [
        marker
        for marker in find_markers(norm.proc, start, end, rules)
        if not _in_table_row(norm.proc, marker, rules)
        and not rules.number_list_regex.match(norm.proc, marker.start)
        and not rules.code_value_regex.match(norm.proc, marker.end)
        and not rules.history_entry_regex.match(norm.proc, marker.end)
        and not _closes_open_bracket(norm.proc, marker)
    ]
    if not markers:
        return []
    body_end = _attachments_start(norm.proc, markers, end, rules)
    names = _cover_attachment_names(norm.proc, markers, start, body_end, rules)
    body = [marker for marker in markers if marker.start < body_end and marker.start not in names]
    appended = _after_in_force(norm.proc, body, rules)
    roots = _tree(norm, body[:appended], body[appended].start if appended < len(body) else body_end, rules)
    if appended < len(body):
        roots += _tree(norm, body[appended:], body_end, rules)
    for annex_start, annex_end in _annex_bodies(norm.proc, body_end, end, rules):
        annexed = [marker for marker in markers if annex_start <= marker.start < annex_end]
        on_attachments_line = norm.proc.rfind("\n", 0, annex_start) < body_end
        if not (on_attachments_line and _lists_names(norm.proc, annex_start, annexed)):
            roots += _tree(norm, annexed, annex_end, rules)
    return roots


def _cover_attachment_names(proc: str, markers: list[Marker], start: int, body_end: int, rules: Rules) -> set[int]:
    """Starts of the markers numbering the names of the documents a cover notice attaches,
    on the lines after its 附件 line and before every item of the plan it prints
    (附件: / 1.《工作规范》2.《统计报表》, then 1 总则): names, no items. The label is the
    last line of the plan's text ``[start, …)`` above its first marker that holds anything."""
    first_line = proc.rfind("\n", start, markers[0].start) + 1 or start
    above = proc[start:first_line].rstrip().rsplit("\n", 1)[-1]
    if not rules.cover_attachments_label_regex.fullmatch(above.strip()):
        return set()
    run: list[Marker] = []
    for marker in markers:
        if marker.start >= body_end or not marker.at_line_start or (run and not numbers_on(run[-1], marker)) or (not run and marker.number != 1):
            break
        run.append(marker)
    return {marker.start for marker in run} if _lists_names(proc, first_line, run) else set()


def _lists_names(proc: str, start: int, markers: list[Marker]) -> bool:
    """What follows a 附件: line at ``start`` is a list of the names of the documents
    attached (1.补助申请表 / 2.名单), not an annex's own text: every line up to the last
    of ``markers`` is one of them, holding a name and no clause (a bracketed note aside:
    登记表(一式三份,加盖公章); 、 joins the things a name lists); a number alone on its line
    names the document on the next (1. / 评分表.docx)."""
    if not markers or not all(marker.at_line_start for marker in markers):
        return False
    last_line_end = proc.find("\n", markers[-1].end)
    last_line_end = proc.find("\n", last_line_end + 1) if last_line_end >= 0 and not proc[markers[-1].end : last_line_end].strip() else last_line_end
    bare = {proc[marker.start : marker.end].strip() for marker in markers}
    entries: list[str] = []
    for line in (line.strip() for line in proc[start : last_line_end if last_line_end >= 0 else len(proc)].split("\n")):
        if line and entries and entries[-1] in bare:
            entries[-1] += line
        elif line:
            entries.append(line)
    return len(entries) == len(markers) and not any(_NAME_BREAKS.search(_BRACKETED_NOTE.sub("", entry)) for entry in entries)


def _after_in_force(proc: str, markers: list[Marker], rules: Rules) -> int:
    """The index of the first marker of a list appended after the item that puts the
    document in force (本办法自印发之日起施行, then 一、 in a style the body has not used),
    else ``len(markers)``: that list is numbered afresh, as an annex's is. A list the
    clause's line introduces (…同时废止:) is the clause's own."""
    styles: set[tuple[str, str]] = set()
    for index, marker in enumerate(markers[:-1]):
        styles.add((marker.style.name, marker.suffix))
        following = markers[index + 1]
        if (
            following.at_line_start
            and (following.style.name, following.suffix) not in styles
            and (clause := rules.in_force_regex.search(proc, marker.end, following.start))
            and not _introduces_next_line(proc, clause.end(), following.start)
        ):
            return index + 1
    return len(markers)


def _introduces_next_line(proc: str, position: int, limit: int) -> bool:
    """The line holding ``position`` ends in a colon (…同时废止:): it introduces what follows."""
    line_end = proc.find("\n", position, limit)
    return proc[position : line_end if line_end >= 0 else limit].rstrip().endswith(":")


def title_item(roots: list[ItemNode], proc: str, body_start: int, rules: Rules) -> tuple[int, int, list[ItemNode]] | None:
    """A plan with no title line whose one top-level item holds all the rest
    and reads, marker aside, as a plan title (2.2 水上交通事故专项应急预案: a
    chapter cut from a plan book): that item's line is the title; a shorter one
    too (``title_item_min_chars``: （三）值班制度) where it opens the plan's body at
    ``body_start``, no preamble above it. Returns where the title starts, where the
    body starts and the items, a level up."""
    if len(roots) != 1 or not roots[0].children:
        return None
    root = roots[0]
    caption = proc[root.marker.end : root.children[0].start].strip()
    opens_body = not proc[body_start : root.start].strip()
    if "\n" in caption or not rules.is_title(caption, rules.split.title_item_min_chars if opens_body else None):
        return None
    for child in root.children:
        _shift_level(child, -1)
    return root.start, root.children[0].start, root.children


def _closes_open_bracket(proc: str, marker: Marker) -> bool:
    """A half-bracketed number (2)) that closes a bracket its line left open
    before it (…填报巡查记录表(附件 2)。): a reference, no marker."""
    if proc[marker.start] == "(" or proc[marker.end - 1] != ")":
        return False
    depth = 0
    for char in proc[proc.rfind("\n", 0, marker.start) + 1 : marker.start]:
        if char == "(":
            depth += 1
        elif char == ")" and depth:  # a ) with none open before it closes a marker (1)), no bracket
            depth -= 1
    return depth > 0


def _in_table_row(proc: str, marker: Marker, rules: Rules) -> bool:
    """A Markdown table row (| 1 | 龙溪 | 1. 项目类别分为… |), or a row set as a line of
    space-separated cells, most of them numbers (2.5 甲级 30 2 15): a table's data, no list.
    Only the marker's own line is read: an item's text may hold a table below it."""
    if proc[proc.rfind("\n", 0, marker.start) + 1 : marker.start].lstrip().startswith("|"):
        return True
    line_end = proc.find("\n", marker.end, marker.end + rules.table_row_max_chars + 1)
    if line_end < 0 and len(proc) - marker.end > rules.table_row_max_chars:
        return False
    cells = proc[marker.end : line_end if line_end >= 0 else len(proc)].split()
    numbers = sum(1 for cell in cells if _NUMBER_CELL.fullmatch(cell))
    return numbers >= rules.table_row_min_numbers and numbers > rules.table_row_number_share * len(cells)


_NUMBER_CELL = re.compile(r"[\d.%]+")


def _annex_bodies(proc: str, start: int, end: int, rules: Rules) -> list[tuple[int, int]]:
    """The spans of ``[start, end)`` after each annex heading line, each up to the next:
    附件 alone on its line, or the line repeating the name the list of attachments at
    ``start`` gives (附件:青禾服务评分表 … 青禾服务评分表 / 一、…)."""
    heads = [match.span() for match in rules.annex_heading_regex.finditer(proc, start, end)]
    named = _attached_name(proc, start, rules)
    if named:
        heads += [match.span() for match in re.compile(rf"(?m)^[ \t]*{re.escape(named)}[ \t]*$").finditer(proc, start, end)]
        heads.sort()
    ends = [next_start for next_start, _ in heads[1:]] + [end] if heads else []
    return [(head_end, annex_end) for (_, head_end), annex_end in zip(heads, ends, strict=True)]


def _attached_name(proc: str, start: int, rules: Rules) -> str | None:
    """The one document's name the attachments line at ``start`` gives (附件:青禾服务评分表), if it gives one."""
    line_end = proc.find("\n", start)
    line = proc[start : line_end if line_end >= 0 else len(proc)]
    opening = rules.attachments_regex.match(line.lstrip())
    name = line.lstrip()[opening.end() :].strip() if opening else ""
    return name if len(name) > 1 and not _CLAUSE_MARKS.search(name) else None


def _tree(norm: NormalizedText, markers: list[Marker], end: int, rules: Rules) -> list[ItemNode]:
    """The item tree of ``markers``, the last item ending at ``end`` or at the closing block before it."""
    if markers:
        end = _closing_block_start(norm.proc, markers[-1].end, end, rules)
        markers = _without_blank_slots(norm.proc, markers, rules)
    roots: list[ItemNode] = []
    open_items: list[ItemNode] = []  # the path from a root to the last item
    style_stack: list[StyleKey] = []
    nestings: set[tuple[str, str]] = set()  # (outer, inner) styles this plan has nested against their ranks
    headings_over = _headings_over_lists(markers, rules)
    last_structural: ItemNode | None = None
    for index, marker in enumerate(markers):
        item_end = markers[index + 1].start if index + 1 < len(markers) else end
        nested = marker.style.ordinal or not (marker.at_line_start or _glued_heading(norm.proc, marker, rules))
        if nested:
            # An enumeration inside a paragraph (一是…, 第一，…；第二，…) belongs
            # to the item whose paragraph holds it and leaves the stack alone,
            # unless it goes on with an open item's numbering (1）…；2）…).
            continued = _continued_item(marker, open_items)
            if continued is not None:
                level = continued.level
            elif _opens_inline_list(norm.proc, marker, markers[index - 1] if index else None, open_items, last_structural):
                level = open_items[-1].level + 1
            else:
                level = last_structural.level + 1 if last_structural is not None else 1
        elif index and (
            _restarts_under_own_heading(marker, markers[index - 1], open_items, norm.proc, rules)
            or _restarts_under_label_item(marker, markers[index - 1], open_items, norm.proc)
        ):
            # 4、拼版人员 then 1、根据…: a list of the heading's own style, one level down;
            # (2) 初审项目: then 1. 2.: the items the label introduces, though an outer list is 1. too.
            level = open_items[-1].level + 1
            del style_stack[level - 1 :]
            style_stack.append((marker.style.name, _RESTARTED))
        elif (marker.style.name, _RESTARTED) in style_stack and (continued := _continued_item(marker, open_items)) is not None:
            # With such a list open, a number goes on with the list it continues: 2、 the inner one, 5、 the outer.
            level = continued.level
            del style_stack[level:]
        elif (key := _style_key(marker, norm.proc, style_stack, open_items)) not in style_stack and (interrupted := _interrupted_sibling(marker, roots, open_items, rules)) is not None:
            # ③, a list ranked above it ((1)…(4)), then ④: the list that took ③'s place was ③'s own, and ④
            # goes on beside ③ (where _nest_interrupted moves that list under ③), not under (4).
            level = interrupted.level
            del style_stack[level - 1 :]
            style_stack.append(key)
        else:
            # Under a top-level entry only where the list's own items are not numbered in that entry's style: a list
            # ranked above it that holds the outer style again starts a new section (1、…2、签订责任状, then
            # （一）加强领导 / 1、成立小组); one that does not sits in the entry (A．组织机构 / （1）设会长一名).
            under_heading = (
                marker.number == 1
                and (len(open_items) >= 2 or (len(open_items) == 1 and not _holds_style_of(markers, index, open_items[0].marker)))
                and _is_heading(norm.proc, markers[index - 1], marker, rules)
            )
            level = _style_level(key, marker, style_stack, rules, nestings, under_heading, headings_over)  # key: read in the elif above
            if _restarts_under_same_parent(marker, level, open_items, norm.proc, rules):
                # A list restarting at 1 with no new parent since its previous
                # run: the heading between them was stripped, so the list
                # takes its parent's place.
                del style_stack[level - 2]
                level -= 1
        level = min(level, len(open_items) + 1)
        del open_items[level - 1 :]
        node = ItemNode(marker, level, _trim_end(norm.proc, marker.end, item_end))
        (open_items[-1].children if open_items else roots).append(node)
        open_items.append(node)
        if not nested:
            last_structural = node
    return _nest_interrupted(roots)


def _opens_inline_list(proc: str, marker: Marker, previous: Marker | None, open_items: list[ItemNode], last_structural: ItemNode | None) -> bool:
    """``marker`` starts a list of another style right after an inline item that
    introduces it with a colon ((一)教师组: 1.说课… 2.答辩…; (二)…进行: 1.… 2.…):
    that item's own list (not a new series after a sentence: …二看…。一要…)."""
    return (
        marker.number == 1
        and previous is not None
        and bool(open_items)
        and open_items[-1].marker is previous
        and open_items[-1] is not last_structural
        and not _same_style(previous, marker)
        and proc[previous.end : marker.start].rstrip().endswith(":")
    )


def _glued_heading(proc: str, marker: Marker, rules: Rules, closed: bool = False) -> bool:
    """An inline marker whose heading a copy ran onto the end of the paragraph before
    (…特制定本方案。 一、指导思想 / 深入贯彻…): after a sentence's end, its heading the rest
    of the line, whole (not a clause a line break cut: (3)申请人社会保障卡(核对原件、); it heads
    what follows as a line's marker would. ``closed``: the heading may end in 。, as a list's
    next heading run onto the line before does (…情况。(二)闸门运行。)."""
    line_end = proc.find("\n", marker.end)
    heading = proc[marker.end : line_end if line_end >= 0 else len(proc)].strip()
    if closed:
        heading = heading.removesuffix("。")
    before = proc[proc.rfind("\n", 0, marker.start) + 1 : marker.start].rstrip()
    return bool(before) and before[-1] in _SENTENCE_ENDS and _heading_line(heading, rules) and not _CLAUSE_MARKS.search(heading)


def _nest_interrupted(nodes: list[ItemNode]) -> list[ItemNode]:
    """``nodes`` with the siblings that stand between two items numbered one after
    the other in one style (贰、, then a list restarted under a question heading, then
    参、) moved into the first of them: a numbering that goes on across a list holds
    it. Applied at every level; one pass, the last sibling of each style indexed."""
    siblings: list[ItemNode] = []
    last_of_style: dict[tuple, int] = {}  # (style, suffix) → index in siblings of its last item
    for node in nodes:
        key = (id(node.marker.style), node.marker.suffix)
        previous = last_of_style.get(key)
        if previous is not None and previous < len(siblings) - 1 and siblings[previous].marker.number == node.marker.number - 1:
            held = siblings[previous + 1 :]
            del siblings[previous + 1 :]
            last_of_style = {style: index for style, index in last_of_style.items() if index <= previous}
            for item in held:
                _shift_level(item, 1)
            siblings[previous].children.extend(held)
        last_of_style[key] = len(siblings)
        siblings.append(node)
    for node in siblings:
        node.children = _nest_interrupted(node.children)
    return siblings


def _same_style(a: Marker, b: Marker) -> bool:
    """One numbering style: the same pattern and the same suffix (1、 and 1. are two lists)."""
    return a.style is b.style and a.suffix == b.suffix


def _shift_level(node: ItemNode, levels: int) -> None:
    """Move ``node`` and all below it ``levels`` down (up, where negative)."""
    node.level += levels
    for child in node.children:
        _shift_level(child, levels)


def _holds_style_of(markers: list[Marker], index: int, outer: Marker) -> bool:
    """The marker at ``index`` is followed straight by a list of its own numbered in ``outer``'s style
    and suffix (a 1 of that style: the outer list begun again under it, not continued)."""
    following = markers[index + 1] if index + 1 < len(markers) else None
    return following is not None and _same_style(following, outer) and following.number == 1


def _without_blank_slots(proc: str, markers: list[Marker], rules: Rules) -> list[Marker]:
    """``markers`` but a form's empty numbered slots: a marker with nothing but
    fill characters (``blank_slot``) before the next marker, which is its own next sibling."""
    return [
        marker
        for marker, following in zip(markers, [*markers[1:], None])
        if following is None
        or following.style is not marker.style
        or following.number != marker.number + 1
        or not rules.blank_slot_regex.fullmatch(proc, marker.end, following.start)
    ]


# The stack key's indentation for a list restarting under a heading of its own style.
_RESTARTED = -1


def _restarts_under_own_heading(marker: Marker, previous: Marker, open_items: list[ItemNode], proc: str, rules: Rules) -> bool:
    """``marker`` starts at 1 right after a heading of its own style numbered 2 or
    more, at the same indentation (4、拼版人员 then 1、根据…, a PDF copy): a list
    under that heading, not a new run."""
    return (
        marker.number == 1
        and bool(open_items)
        and open_items[-1].marker is previous
        and _same_style(previous, marker)
        and previous.number >= 2
        and _indent(proc, marker.start) == _indent(proc, previous.start)  # indentation, where there is some, tells
        and _is_heading(proc, previous, marker, rules)
    )


def _restarts_under_label_item(marker: Marker, previous: Marker, open_items: list[ItemNode], proc: str) -> bool:
    """``marker`` starts at 1 right after an item of another style that is a
    label ending in a colon ((2) 初审项目:), while an outer open item has
    ``marker``'s style: the label's own list, not the outer list begun again."""
    if marker.number != 1 or not open_items or open_items[-1].marker is not previous or previous.style is marker.style:
        return False
    outer = any(_same_style(item.marker, marker) for item in open_items[:-1])
    own = proc[previous.end : marker.start].strip()
    return outer and "\n" not in own and own.endswith(":")


def _interrupted_sibling(marker: Marker, roots: list[ItemNode], open_items: list[ItemNode], rules: Rules) -> ItemNode | None:
    """An item ``marker``'s numbering continues (same style, number minus one) followed, among
    the children of an open item (or the roots), only by a list of one style ranked above
    ``marker``'s, starting at 1: a list that took its place by rank, though it was its own."""
    rank = rules.style_ranks.get(marker.style.name)
    if rank is None or marker.number < 2 or marker.style.continuous:
        return None
    for siblings in (roots, *(item.children for item in open_items)):
        for index, item in enumerate(siblings[:-1]):
            if _same_style(item.marker, marker) and item.marker.number == marker.number - 1:
                after = siblings[index + 1 :]
                outer_rank = rules.style_ranks.get(after[0].marker.style.name)
                if after[0].marker.number == 1 and outer_rank is not None and outer_rank < rank and all(_same_style(node.marker, after[0].marker) for node in after):
                    return item
    return None


def _continued_item(marker: Marker, open_items: list[ItemNode]) -> ItemNode | None:
    """The deepest open item whose numbering ``marker`` continues (same style, number minus one)."""
    for item in reversed(open_items):
        if _same_style(item.marker, marker) and item.marker.number == marker.number - 1:
            return item
    return None


def _restarts_under_same_parent(marker: Marker, level: int, open_items: list[ItemNode], proc: str, rules: Rules) -> bool:
    if level < 2 or marker.number != 1 or len(open_items) < level - 1 or _after_label(proc, marker.start, rules):
        return False  # …a label line (注:, 说明:) introduces the second list where the first stands
    parent = open_items[level - 2]
    if parent.marker.style.dotted:  # 1.5 states its own depth: a list restarting under it is a second list there
        return False
    siblings = parent.children
    if not siblings or siblings[-1].marker.style is not marker.style:
        return False
    # Both lists under labels of their own lines (一、… / 报到材料 / 1、 2、 / 办理须知 / 1、 2、): two lists of the parent.
    first = next(child for child in siblings if child.marker.style is marker.style)
    return not (_label_above(proc, marker.start, parent, rules) and _label_above(proc, first.marker.start, parent, rules))


def _label_above(proc: str, position: int, parent: ItemNode, rules: Rules) -> bool:
    """The line above ``position``, below ``parent``'s own line, is a short label: no marker, no sentence mark."""
    line_start = proc.rfind("\n", 0, position) + 1
    above_start = proc.rfind("\n", 0, max(line_start - 1, 0)) + 1
    while above_start > 0 and not proc[above_start:line_start].strip():  # blank lines between
        line_start = above_start
        above_start = proc.rfind("\n", 0, max(line_start - 1, 0)) + 1
    label = proc[above_start:line_start].strip()
    return (
        above_start > parent.marker.start
        and 0 < len(label) <= rules.heading_line_max_chars
        and not _SENTENCE_MARKS.search(label)
        and not rules.line_marker_regex.match(label)
    )


def _after_label(proc: str, position: int, rules: Rules) -> bool:
    """The line before ``position`` is a short label ending in a colon (注:, 特别强调:),
    or the last line with text before it a sentence that introduces the list
    (护林员还应当具备下列能力:), longer than a heading line."""
    line_start = proc.rfind("\n", 0, position)
    label = proc[proc.rfind("\n", 0, max(line_start, 0)) + 1 : max(line_start, 0)].strip()
    if label.endswith(":") and len(label) <= rules.heading_line_max_chars and not rules.line_marker_regex.match(label):
        return True
    sentence, above = (_last_lines(proc, line_start + 1, 2) + ["", ""])[:2]
    if not sentence.endswith(":") or len(sentence) <= rules.heading_line_max_chars or rules.line_marker_regex.match(sentence):
        return False
    # …unless a heading the markers lost stands above that sentence (扑火队伍 / 指挥部调动下列队伍:): the list takes its place.
    return not (above and len(above) <= rules.heading_line_max_chars and "。" not in above and not rules.line_marker_regex.match(above))


def _last_lines(proc: str, end: int, count: int) -> list[str]:
    """The last ``count`` lines with text before ``end``, stripped, the nearest first."""
    lines: list[str] = []
    position = end
    while len(lines) < count and position > 0:
        start = proc.rfind("\n", 0, max(position - 1, 0)) + 1
        if line := proc[start:position].strip():
            lines.append(line)
        position = start
    return lines


def _indent(proc: str, position: int) -> int:
    """How far the line holding ``position`` is indented before it (spaces, tabs)."""
    line_start = proc.rfind("\n", 0, position) + 1
    return len(proc[line_start:position]) - len(proc[line_start:position].lstrip(" \t\u3000"))


# The least indentation setting a nested Markdown list under its parent's line (a copy's stray space is one).
_NESTED_INDENT = 2

# A level of the style stack: a style, and the indentation of a list of that
# style nested under an item of its own (None for the style's usual level).
StyleKey = tuple[str, int | None]


def _style_key(marker: Marker, proc: str, stack: list[StyleKey], open_items: list[ItemNode]) -> StyleKey:
    """The marker's style, or, for a list of the same style indented under an
    open item of it (5. then, further in, 1. 2.: a nested Markdown list), that
    style at that indentation: a level of its own."""
    name = marker.style.name
    same_style = [item for item in open_items if item.marker.style is marker.style and item.marker.at_line_start]
    # …numbered on from a list under an earlier item (a converter's nested list counting across its parents: 7. 8.
    # under 3.), well indented under it: ahead of the next number, never a number repeated or skipped by one
    counted_on = same_style and not marker.style.continuous and marker.number > same_style[-1].marker.number + 1
    if marker.number != 1 and not counted_on:
        same_style = []
    if not same_style and not any(key[0] == name and key[1] is not None for key in stack):
        return (name, None)  # the usual case: no indentation to read
    indent = _indent(proc, marker.start)
    parent_indent = _indent(proc, same_style[-1].marker.start) if same_style else 0
    if counted_on and indent < parent_indent + _NESTED_INDENT:
        same_style = []
    nested = (name, indent)
    if nested in stack or (same_style and indent > parent_indent):
        return nested
    return (name, None)


def _is_heading(proc: str, previous: Marker, marker: Marker, rules: Rules) -> bool:
    """The item before ``marker`` is a heading: its own text, up to ``marker``, a
    short line without sentence marks (② 指挥部的主要职责), or ending in a colon; or,
    before a list of a style ranked above its own, a short caption ending in a colon,
    whatever follows it on its lines (二、格式: / 河谷公司章程 / 依据…制定本章程。 /
    第一章: the document it introduces)."""
    own = proc[previous.end : marker.start].strip()
    first, _, rest = own.partition("\n")
    if rest:
        ranks = rules.style_ranks.get(marker.style.name), rules.style_ranks.get(previous.style.name)
        outranks = None not in ranks and ranks[0] < ranks[1]
        return outranks and first.endswith(":") and len(first) <= rules.heading_line_max_chars and not _CLAUSE_MARKS.search(first[:-1])
    return own.endswith(":") or _heading_line(own, rules)


def _heading_line(text: str, rules: Rules) -> bool:
    return rules.heading_line_min_chars <= len(text) <= rules.heading_line_max_chars and not _SENTENCE_MARKS.search(text)


def _headings_over_lists(markers: list[Marker], rules: Rules) -> frozenset[tuple[str, str]]:
    """(heading, list) styles where the list numbers straight on across headings
    of a style ranked below it (一、总体安排 / 第1条 / 二、… / 第2条): at least
    ``heading_style_min`` line-start headings followed straight by the list's
    next number, none by another heading of their own style."""
    line_start = [m for m in markers if m.at_line_start and m.style.rank is not None and not m.style.ordinal]
    last_number: dict[str, int] = {}
    crossings: Counter[tuple[str, str]] = Counter()
    repeated: set[str] = set()
    for marker, following in zip(line_start, line_start[1:]):
        last_number[marker.style.name] = marker.number
        if following.style is marker.style:
            repeated.add(marker.style.name)
        elif marker.style.rank > following.style.rank and following.number == last_number.get(following.style.name, 0) + 1:
            crossings[marker.style.name, following.style.name] += 1
    return frozenset(pair for pair, count in crossings.items() if count >= rules.heading_style_min and pair[0] not in repeated)


def _style_level(
    key: StyleKey,
    marker: Marker,
    stack: list[StyleKey],
    rules: Rules,
    nestings: set[tuple[str, str]],
    under_heading: bool = False,
    headings_over: frozenset[tuple[str, str]] = frozenset(),
) -> int:
    if key in stack:
        del stack[stack.index(key) + 1 :]
        return len(stack)
    style = marker.style
    if style.dotted and (outer := _dotted_above(stack, style.rank, rules)) is not None:
        # 5.2.2.1 after 5.2.2's ① list: its number states that it sits right under 5.2.2.
        del stack[outer + 1 :]
        stack.append(key)
        return len(stack)
    if style.rank is not None and key[1] is None:
        # A list starting at 1 under a dotted number (5.5.1 职责和权限, then 一、厂长),
        # or under a heading of its own (② 指挥部的主要职责, then (1)), nests: that
        # number states its own depth, the heading introduces the list. One first
        # seen at 2 or later continues an outer list whose start was missed: it pops.
        # Once a plan has nested one style in another so, a list of that style
        # starting at 1 nests there again, heading or not (the text's own order).
        if under_heading:
            if stack:
                nestings.add((stack[-1][0], style.name))
            stack.append(key)
            return len(stack)
        starts = marker.number == 1
        while (
            stack
            and (rules.style_ranks.get(stack[-1][0]) or 0) > style.rank
            and not (starts and (stack[-1][0] in rules.dotted_styles or (stack[-1][0], style.name) in nestings))
            and (stack[-1][0], style.name) not in headings_over
        ):
            stack.pop()
    stack.append(key)
    return len(stack)


def _dotted_above(stack: list[StyleKey], rank: int, rules: Rules) -> int | None:
    """Where in ``stack`` the innermost dotted style of a smaller rank stands, if any."""
    return next(
        (index for index in range(len(stack) - 1, -1, -1) if stack[index][0] in rules.dotted_styles and rules.style_ranks[stack[index][0]] < rank),
        None,
    )


def _attachments_start(proc: str, markers: list[Marker], end: int, rules: Rules) -> int:
    """Where the list of attachments after the plan's items begins, else ``end``.
    A line 附件… followed by more of the plan's outermost markers is no such list."""
    outermost = markers[0].style.name
    for match in rules.attachments_regex.finditer(proc, markers[0].end, end):
        if not any(m.start > match.start() and m.style.name == outermost and m.at_line_start for m in markers):
            # (the list's own lines: an annex under its heading (附件1) is no part of it)
            annex = rules.annex_heading_regex.search(proc, match.end(), end)
            listed = [m for m in markers if match.start() < m.start < (annex.start() if annex else end) and m.at_line_start]
            if not _lists_sentences(proc, match.start(), listed, rules.note_sentence_share):
                return match.start()
    return end


def _lists_sentences(proc: str, position: int, markers: list[Marker], share: float) -> bool:
    """The line at ``position`` goes straight on with a list at least ``share``
    of whose lines end a sentence (高热38.5度以上；): the points of an appended
    note (附：急诊的定义), not the names of enclosed documents."""
    line_end = proc.find("\n", position)
    if not markers or line_end < 0 or proc[line_end : markers[0].start].strip():
        return False
    ends = [proc[m.end : (cut if (cut := proc.find("\n", m.end)) >= 0 else len(proc))].rstrip()[-1:] for m in markers]
    return len(ends) >= 2 and sum(end in _SENTENCE_ENDS for end in ends) >= share * len(ends)


def _closing_block_start(proc: str, start: int, end: int, rules: Rules) -> int:
    """Where the plan's closing block begins in ``[start, end)``, the text
    after the last marker: the signature lines above its first closing line
    (a date line ending the text or under a signature line, a signer's line
    ending with its date, or an imprint or history line); ``end`` if there is none. The marker's own line stays."""
    lines = proc[start:end].rstrip().split("\n")
    closing = next((index for index in range(1, len(lines)) if _is_closing_line(lines, index, rules)), None)
    if closing is None:
        return end
    kept = closing
    while kept > 1 and _is_signature_line(lines[kept - 1].strip(), rules):
        kept -= 1
    return start + len("\n".join(lines[:kept]))


def _is_closing_line(lines: list[str], index: int, rules: Rules) -> bool:
    line = lines[index].strip()
    if rules.closing_imprint_regex.match(line) or rules.closing_signed_date_regex.match(line):
        return True
    if not rules.closing_date_regex.match(line):
        return False
    above = next((index_above for index_above in range(index - 1, 0, -1) if lines[index_above].strip()), None)  # blank lines aside
    return index == len(lines) - 1 or (above is not None and _is_signature_line(lines[above].strip(), rules))


def _is_signature_line(line: str, rules: Rules) -> bool:
    """A short line without sentence punctuation (empty lines pass too)."""
    return not line or (len(line) <= rules.closing_line_max_chars and not rules.closing_line_not_regex.search(line))


def _trim_end(proc: str, start: int, end: int) -> int:
    while end > start and proc[end - 1].isspace():
        end -= 1
    return end
