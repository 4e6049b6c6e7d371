"""The text of a Word 97-2003 document ([MS-DOC]) as a reader sees it: the main
document's characters from the piece table, each list paragraph opened by the
number Word displays for it (its list tables; Word does not store the number in
the text). ``ingest`` reads the compound file and calls ``document_text``."""

from __future__ import annotations

import struct
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

_MAGIC = 0xA5EC
_ENCRYPTED, _TABLE_1 = 0x0100, 0x0200
_COMPRESSED = 0x40000000
# FibRgFcLcb97: the (fc, lcb) pairs read, by their index.
_STSHF, _PLCF_BTE_PAPX, _CLX, _PLF_LST, _PLF_LFO = 1, 13, 33, 73, 74
_SPRM_ILVL, _SPRM_ILFO = 0x260A, 0x460B
_SPRM_TTP, _SPRM_INNER_TTP = 0x2417, 0x244C  # the paragraph mark ending a table row (outer, nested)
_SPRM_TDEF_TABLE, _SPRM_CHG_TABS = 0xD608, 0xC615
_OPERAND_BYTES = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by a sprm's spra (its top three bits)
_PARAGRAPH_ENDS = "\r\x07"
_FKP_BYTES = 512
# A level's number format (MSONFC) as Word's XML names it, for the formats plans use.
NUMBER_FORMATS = {
    0x00: "decimal", 0x01: "upperRoman", 0x02: "lowerRoman", 0x03: "upperLetter", 0x04: "lowerLetter",
    0x0A: "ideographDigital", 0x0E: "decimalFullWidth", 0x12: "decimalEnclosedCircle", 0x16: "decimalZero",
    0x17: "bullet", 0x1B: "decimalEnclosedParen", 0x1C: "decimalEnclosedCircleChinese", 0x1E: "ideographTraditional",
    0x21: "taiwaneseCounting", 0x25: "chineseCounting", 0x26: "chineseLegalSimplified", 0x27: "chineseCountingThousand",
    0xFF: "none",
}
_FOLLOW = {0: "\t", 1: " ", 2: ""}  # what Word sets after the number (ixchFollow)


class Word97Error(ValueError):
    """The WordDocument stream is no Word 97-2003 document, or one that cannot be read."""


def table_stream_name(word: bytes) -> str:
    """Which table stream (0Table, 1Table) the WordDocument stream's FIB names."""
    if len(word) < 0x20 or struct.unpack_from("<H", word, 0)[0] != _MAGIC:
        raise Word97Error("not a Word 97-2003 document")
    flags = struct.unpack_from("<H", word, 0x0A)[0]
    if flags & _ENCRYPTED:
        raise Word97Error("the .doc is encrypted")
    return "1Table" if flags & _TABLE_1 else "0Table"


@dataclass(frozen=True, slots=True)
class Piece:
    cp_start: int
    cp_end: int
    fc: int
    eight_bit: bool

    def fc_of(self, cp: int) -> int:
        return self.fc + (cp - self.cp_start) * (1 if self.eight_bit else 2)


@dataclass(frozen=True, slots=True)
class Level:
    start: int
    number_format: str
    text: str  # its number text: characters below 9 stand for a level's number (\x00 for the first)
    follow: str


def document_text(word: bytes, table: bytes, format_number: Callable[[int, str], str]) -> str:
    """The main text, list numbers written before their paragraphs, a table's cells
    ended by a tab and its rows by a line end (with Word's other marks still in it:
    \\r ends a paragraph, \\x07 a cell where the rows cannot be told). Properties
    the reader cannot follow cost the numbers and the rows, never the text."""
    pieces = text_pieces(word, table)
    text = "".join(_piece_text(word, piece) for piece in pieces)
    try:
        labels, row_ends = list_labels(word, table, pieces, text, format_number)
    except (struct.error, IndexError, KeyError, ValueError):
        return text
    out, position = [], 0
    for start in sorted(labels):
        out += [text[position:start], labels[start]]
        position = start
    shown = "".join(out) + text[position:]
    if not row_ends:
        return shown
    # The labels shift positions: a cell mark is known by its order among the cell marks.
    cell_marks = [index for index, char in enumerate(text) if char == "\x07"]
    row_end_marks = {order for order, index in enumerate(cell_marks) if index in row_ends}
    pieces = shown.split("\x07")
    return "".join(piece + ("\n" if order in row_end_marks else "\t") for order, piece in enumerate(pieces[:-1])) + pieces[-1]


def _fib_pair(word: bytes, index: int) -> tuple[int, int]:
    """(fc, lcb) of FibRgFcLcb97's pair ``index``."""
    position = 0x20
    position += 2 + 2 * struct.unpack_from("<H", word, position)[0]  # csw, FibRgW97
    position += 2 + 4 * struct.unpack_from("<H", word, position)[0]  # cslw, FibRgLw97
    return struct.unpack_from("<II", word, position + 2 + 8 * index)


def _main_chars(word: bytes) -> int:
    """ccpText: how many characters the main document has (headers and notes follow it)."""
    long_words = 0x20 + 2 + 2 * struct.unpack_from("<H", word, 0x20)[0] + 2
    return struct.unpack_from("<i", word, long_words + 12)[0]


def text_pieces(word: bytes, table: bytes) -> list[Piece]:
    """The main document's pieces, from the Clx's piece table."""
    fc_clx, lcb_clx = _fib_pair(word, _CLX)
    clx = table[fc_clx : fc_clx + lcb_clx]
    at = 0
    while clx[at] == 0x01:  # Prc: formatting, skipped
        at += 3 + struct.unpack_from("<H", clx, at + 1)[0]
    if clx[at] != 0x02:
        raise ValueError("no piece table")
    size = struct.unpack_from("<I", clx, at + 1)[0]
    plc = clx[at + 5 : at + 5 + size]
    count = (size - 4) // 12
    positions = struct.unpack_from(f"<{count + 1}i", plc, 0)
    main_chars = _main_chars(word)
    pieces = []
    for index in range(count):
        start, end = positions[index], min(positions[index + 1], main_chars)
        if start >= end:
            break
        fc = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * index + 2)[0]
        eight_bit = bool(fc & _COMPRESSED)
        pieces.append(Piece(start, end, (fc & ~_COMPRESSED) // 2 if eight_bit else fc, eight_bit))
    return pieces


def _piece_text(word: bytes, piece: Piece) -> str:
    length = piece.cp_end - piece.cp_start
    if piece.eight_bit:
        return word[piece.fc : piece.fc + length].decode("cp1252", "replace")
    return word[piece.fc : piece.fc + 2 * length].decode("utf-16-le", "replace")


def list_labels(word: bytes, table: bytes, pieces: list[Piece], text: str, format_number: Callable[[int, str], str]) -> tuple[dict[int, str], set[int]]:
    """The number Word displays before each list paragraph, by the paragraph's first
    character; and where the text's table rows end (the cell marks that end a row)."""
    lists = _lists(table, *_fib_pair(word, _PLF_LST))
    overrides = _list_overrides(table, *_fib_pair(word, _PLF_LFO))
    styles = _style_numbering(table, *_fib_pair(word, _STSHF)) if lists and overrides else {}
    paragraph_properties = _ParagraphProperties(word, table)
    counters: dict[int, list[int | None]] = {}
    labels: dict[int, str] = {}
    row_ends: set[int] = set()
    starts = [piece.cp_start for piece in pieces]
    start = 0
    for end, char in enumerate(text):
        if char not in _PARAGRAPH_ENDS:
            continue
        piece = pieces[bisect_right(starts, end) - 1]
        istd, own = paragraph_properties.at(piece.fc_of(end))
        if char == "\x07" and (own.get(_SPRM_TTP) or own.get(_SPRM_INNER_TTP)):
            row_ends.add(end)
        inherited = styles.get(istd, {})
        ilfo = own.get(_SPRM_ILFO, inherited.get(_SPRM_ILFO, 0))
        ilvl = own.get(_SPRM_ILVL, inherited.get(_SPRM_ILVL, 0))
        if overrides and 0 < ilfo <= len(overrides) and start < end:
            lsid, start_overrides = overrides[ilfo - 1]
            levels = lists.get(lsid)
            if levels and ilvl < len(levels):
                label = _label(levels, ilvl, counters.setdefault(lsid, [None] * 9), start_overrides, format_number)
                if label:
                    labels[start] = label
        start = end + 1
    return labels, row_ends


def _label(levels: list[Level], ilvl: int, counters: list[int | None], start_overrides: dict[int, int], format_number) -> str:
    """Count the paragraph at level ``ilvl`` (the levels below it start afresh) and write its number."""
    level = levels[ilvl]
    counters[ilvl] = start_overrides.get(ilvl, level.start) if counters[ilvl] is None else counters[ilvl] + 1
    for deeper in range(ilvl + 1, len(counters)):
        counters[deeper] = None
    if level.number_format in ("bullet", "none") or not level.text:
        return ""
    written = []
    for char in level.text:
        if ord(char) < 9:  # a level's number
            shown = ord(char)
            value = counters[shown] if counters[shown] is not None else levels[shown].start if shown < len(levels) else 1
            written.append(format_number(value, levels[shown].number_format if shown < len(levels) else "decimal"))
        else:
            written.append(char)
    return "".join(written) + level.follow


def _sprms(grpprl: bytes) -> dict[int, int]:
    """The list and table-row sprms (sprmPIlfo, sprmPIlvl, sprmPFTtp) of a property list, by opcode."""
    found, at = {}, 0
    while at + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, at)[0]
        at += 2
        spra = sprm >> 13
        if spra == 6:  # variable: its size comes first
            if sprm == _SPRM_TDEF_TABLE:
                size = struct.unpack_from("<H", grpprl, at)[0] + 1
            else:
                size = grpprl[at] + 1 if sprm != _SPRM_CHG_TABS or grpprl[at] != 255 else len(grpprl) - at
        else:
            size = _OPERAND_BYTES[spra]
        if sprm in (_SPRM_ILVL, _SPRM_TTP, _SPRM_INNER_TTP):
            found[sprm] = grpprl[at]
        elif sprm == _SPRM_ILFO:
            found[sprm] = struct.unpack_from("<h", grpprl, at)[0]
        at += size
    return found


class _ParagraphProperties:
    """A paragraph's style and list sprms, by the file position of its paragraph mark
    (the PlcBtePapx and the formatted disk pages it points to)."""

    def __init__(self, word: bytes, table: bytes):
        fc, lcb = _fib_pair(word, _PLCF_BTE_PAPX)
        plc = table[fc : fc + lcb]
        count = (lcb - 4) // 8
        self.word = word
        self.bounds = struct.unpack_from(f"<{count + 1}I", plc, 0)
        self.pages = [number & 0x3FFFFF for number in struct.unpack_from(f"<{count}I", plc, 4 * (count + 1))]

    def at(self, fc: int) -> tuple[int, dict[int, int]]:
        index = bisect_right(self.bounds, fc) - 1
        if not 0 <= index < len(self.pages):
            return 0, {}
        page = self.word[self.pages[index] * _FKP_BYTES : (self.pages[index] + 1) * _FKP_BYTES]
        runs = page[_FKP_BYTES - 1]
        bounds = struct.unpack_from(f"<{runs + 1}I", page, 0)
        run = bisect_right(bounds, fc) - 1
        if not 0 <= run < runs:
            return 0, {}
        offset = 2 * page[4 * (runs + 1) + 13 * run]
        if offset == 0:
            return 0, {}
        size = page[offset]
        body = page[offset + 2 : offset + 2 + 2 * page[offset + 1]] if size == 0 else page[offset + 1 : offset + 1 + 2 * size - 1]
        return struct.unpack_from("<H", body, 0)[0], _sprms(body[2:])


def _lists(table: bytes, fc: int, lcb: int) -> dict[int, list[Level]]:
    """The document's lists (PlfLst: LSTFs, then every list's LVLs), by lsid."""
    if lcb < 2:
        return {}
    count = struct.unpack_from("<h", table, fc)[0]
    at = fc + 2
    heads = []
    for _ in range(count):
        lsid = struct.unpack_from("<i", table, at)[0]
        simple = table[at + 26] & 0x01
        heads.append((lsid, 1 if simple else 9))
        at += 28
    lists = {}
    for lsid, level_count in heads:
        levels = []
        for _ in range(level_count):
            level, at = _level(table, at)
            levels.append(level)
        lists[lsid] = levels
    return lists


def _level(data: bytes, at: int) -> tuple[Level, int]:
    """One LVL at ``at`` and where the next begins."""
    start = struct.unpack_from("<i", data, at)[0]
    number_format = NUMBER_FORMATS.get(data[at + 4], "decimal")
    follow = _FOLLOW.get(data[at + 15], "")
    chpx_bytes, papx_bytes = data[at + 24], data[at + 25]
    at += 28 + papx_bytes + chpx_bytes
    chars = struct.unpack_from("<H", data, at)[0]
    text = data[at + 2 : at + 2 + 2 * chars].decode("utf-16-le", "replace")
    return Level(start, number_format, text, follow), at + 2 + 2 * chars


def _list_overrides(table: bytes, fc: int, lcb: int) -> list[tuple[int, dict[int, int]]]:
    """Each list override (PlfLfo: LFOs, then their LFOData): its list's lsid and the
    levels it starts at another number."""
    if lcb < 4:
        return []
    count = struct.unpack_from("<I", table, fc)[0]
    heads = [(struct.unpack_from("<i", table, fc + 4 + 16 * i)[0], table[fc + 4 + 16 * i + 12]) for i in range(count)]
    at = fc + 4 + 16 * count
    overrides = []
    for lsid, level_count in heads:
        at += 4  # cp
        starts = {}
        for _ in range(level_count):
            start, flags = struct.unpack_from("<iI", table, at)
            at += 8
            if flags & 0x10:  # fStartAt
                starts[flags & 0x0F] = start
            if flags & 0x20:  # fFormatting: an LVL follows
                _, at = _level(table, at)
        overrides.append((lsid, starts))
    return overrides


def _style_numbering(table: bytes, fc: int, lcb: int) -> dict[int, dict[int, int]]:
    """The list sprms each paragraph style sets, its base styles' included (the STSH)."""
    if lcb < 6:
        return {}
    data = table[fc : fc + lcb]
    header = struct.unpack_from("<H", data, 0)[0]
    count, base_bytes = struct.unpack_from("<HH", data, 2)
    at = 2 + header
    own: dict[int, tuple[int, dict[int, int]]] = {}
    for istd in range(count):
        size = struct.unpack_from("<H", data, at)[0]
        std = data[at + 2 : at + 2 + size]
        at += 2 + size
        if size < base_bytes or std[2] & 0x0F != 1:  # empty, or no paragraph style
            continue
        base = struct.unpack_from("<H", std, 2)[0] >> 4
        name_chars = struct.unpack_from("<H", std, base_bytes)[0]
        upx = base_bytes + 2 + 2 * name_chars + 2
        upx += upx % 2
        upx_bytes = struct.unpack_from("<H", std, upx)[0]
        own[istd] = (base, _sprms(std[upx + 4 : upx + 2 + upx_bytes]) if upx_bytes >= 2 else {})
    resolved: dict[int, dict[int, int]] = {}

    def sprms_of(istd: int, depth: int = 0) -> dict[int, int]:
        if istd in resolved or istd not in own or depth > 16:
            return resolved.get(istd, {})
        base, sprms = own[istd]
        resolved[istd] = {**(sprms_of(base, depth + 1) if base != 0xFFF else {}), **sprms}
        return resolved[istd]

    for istd in own:
        sprms_of(istd)
    return resolved
