import struct

import pytest

from pipeline.ingest import _format_number
from pipeline.word97 import Level, Word97Error, _label, _level, _sprms, document_text, table_stream_name


def _word97_streams(pieces: list[tuple[str, bool]]) -> tuple[bytes, bytes]:
    """A minimal Word 97 WordDocument stream and table stream holding ``pieces``
    (text, stored 8-bit), with the FIB fields the reader uses ([MS-DOC] 2.5)."""
    csw, cslw, fc_lcb_pairs = 14, 22, 93
    header = 0x20 + 2 + 2 * csw + 2 + 4 * cslw + 2 + 8 * fc_lcb_pairs
    body, stored = b"", []
    for text, eight_bit in pieces:
        data = text.encode("cp1252" if eight_bit else "utf-16-le")
        stored.append((header + len(body), eight_bit))
        body += data
    main_chars = sum(len(text) for text, _ in pieces)
    positions, at = [0], 0
    for text, _ in pieces:
        at += len(text)
        positions.append(at)
    pcds = b"".join(struct.pack("<HIH", 0, (2 * offset) | 0x40000000 if eight_bit else offset, 0) for offset, eight_bit in stored)
    plc = struct.pack(f"<{len(positions)}i", *positions) + pcds
    clx = b"\x02" + struct.pack("<I", len(plc)) + plc
    word = bytearray(header)
    struct.pack_into("<HH", word, 0, 0xA5EC, 0)
    struct.pack_into("<H", word, 0x0A, 0x0200)  # its table stream is 1Table
    struct.pack_into("<H", word, 0x20, csw)
    long_words = 0x20 + 2 + 2 * csw
    struct.pack_into("<H", word, long_words, cslw)
    struct.pack_into("<i", word, long_words + 2 + 12, main_chars)
    fc_lcb = long_words + 2 + 4 * cslw
    struct.pack_into("<H", word, fc_lcb, fc_lcb_pairs)
    struct.pack_into("<II", word, fc_lcb + 2 + 33 * 8, 0, len(clx))
    return bytes(word) + body, clx


def test_a_documents_text_is_its_pieces_in_order_8_bit_or_utf16():
    word, table = _word97_streams([("Plan 2024\r", True), ("一、工作目标\r二、工作任务\r", False)])
    assert document_text(word, table, _format_number) == "Plan 2024\r一、工作目标\r二、工作任务\r"


def test_a_paragraphs_list_sprms_are_read_past_the_others():
    # sprmPJc (1-byte operand), sprmPIlvl = 1, sprmPIlfo = 3, sprmPDxaLeft (2-byte operand)
    grpprl = struct.pack("<HB", 0x2403, 1) + struct.pack("<HB", 0x260A, 1) + struct.pack("<Hh", 0x460B, 3) + struct.pack("<Hh", 0x840F, 420)
    assert _sprms(grpprl) == {0x260A: 1, 0x460B: 3}


def test_a_list_level_gives_its_start_format_number_text_and_what_follows():
    lvlf = struct.pack("<iBB9sBiiBBBB", 1, 0x25, 0, bytes(9), 2, 0, 0, 0, 0, 0, 0)
    xst = struct.pack("<H", 2) + "\x00、".encode("utf-16-le")
    level, after = _level(lvlf + xst, 0)
    assert level == Level(1, "chineseCounting", "\x00、", "") and after == len(lvlf + xst)


def test_list_numbers_count_by_level_and_a_deeper_level_starts_afresh():
    levels = [Level(1, "chineseCounting", "\x00、", ""), Level(1, "decimal", "\x01.", " ")]
    counters = [None] * 9
    shown = [_label(levels, level, counters, {}, _format_number) for level in (0, 1, 1, 0, 1)]
    assert shown == ["一、", "1. ", "2. ", "二、", "1. "]
    # …and an override starts a level at another number
    assert _label(levels, 0, [None] * 9, {0: 5}, _format_number) == "五、"


def test_roman_list_numbers_are_written_as_roman_numeral_characters():
    # "i." in ASCII would read as a Latin letter's list; Word's Roman formats become Ⅰ … Ⅻ and ⅰ … ⅻ
    assert [_format_number(n, "lowerRoman") for n in (1, 2, 12)] == ["ⅰ", "ⅱ", "ⅻ"]
    assert _format_number(3, "upperRoman") == "Ⅲ"
    assert _format_number(13, "lowerRoman") == "13"  # beyond the characters Unicode has


def test_a_word97_list_is_read_with_the_numbers_word_shows():
    # a corpus file kept as found: its points numbered by Word's own list numbering, not typed
    from pathlib import Path

    from pipeline.ingest import decode_document

    data = (Path(__file__).parents[1] / "corpus/docs/b108b_donghua_hsse_plan.doc").read_bytes()
    lines = [line for line in decode_document("plan.doc", data).text.split("\n") if line.strip()]
    numbered = [line.split("\t")[0] for line in lines if "\t" in line and line.split("\t")[0].endswith("、")]
    assert numbered[:3] == ["1、", "2、", "3、"]


def test_a_row_end_mark_is_told_from_a_cell_mark_by_its_paragraph_property():
    grpprl = struct.pack("<HB", 0x2416, 1) + struct.pack("<HB", 0x2417, 1)  # sprmPFInTable, sprmPFTtp
    assert _sprms(grpprl) == {0x2417: 1}


def test_a_word97_tables_rows_are_lines_of_tab_separated_cells():
    from pathlib import Path

    from pipeline.ingest import decode_document

    data = (Path(__file__).parents[1] / "corpus/docs/b109b_dh_hsse_devplan.doc").read_bytes()
    lines = decode_document("plan.doc", data).text.split("\n")
    row = next(line for line in lines if "201026-S00-03" in line)
    assert row.split("\t")[1:3] == ["03", "安全操作规程"]


def test_the_fib_names_the_table_stream_and_refuses_what_it_cannot_read():
    word, _ = _word97_streams([("一、工作目标\r", False)])
    assert table_stream_name(word) == "1Table"
    encrypted = bytearray(word)
    struct.pack_into("<H", encrypted, 0x0A, 0x0300)
    with pytest.raises(Word97Error, match="encrypted"):
        table_stream_name(bytes(encrypted))
    with pytest.raises(Word97Error, match="not a Word"):
        table_stream_name(b"\x00" * 64)
