"""The tagged word list: compiled from a jieba-format dictionary, read back,
and cutting short strings as jieba's dictionary method would."""

import gzip
import math

import pytest

from pipeline.lexicon import UNKNOWN_TAG, compile_lexicon, load_lexicon, read_lexicon

DICTIONARY = [
    "中 243191 f",
    "正 37763 d",
    "中正 166 nz",
    "高中 4732 s",
    "卫生院 2000 nt",
    "卫生 9000 an",
    "院 5000 n",
    "夯实 66 v",
    "青山 800 ns",
    "的 59799249 uj",  # brings the total to jieba's own (60,101,967)
]


def lexicon(min_freq=100, keep=("ns", "nz", "nt")):
    return read_lexicon(compile_lexicon(DICTIONARY, min_freq, keep).splitlines(keepends=True))


def test_the_total_is_the_whole_dictionarys_so_dropped_words_still_count():
    text = compile_lexicon(DICTIONARY, 100, ["ns"])
    assert text.splitlines()[0] == f"total\t{sum(int(line.split()[1]) for line in DICTIONARY)}\t3"  # 卫生院: 3 characters


def test_places_and_names_are_kept_whatever_their_frequency_other_rare_words_dropped():
    words = lexicon()
    assert words.get("中正") and words.get("青山")  # nz 166, ns 800
    assert words.get("夯实") is None  # a verb used 66 times
    assert lexicon(min_freq=50).get("夯实")


def test_frequencies_survive_the_banding_closely():
    log_freq, tag = lexicon().get("中正")
    assert tag == "nz" and abs(log_freq - math.log(166)) < 0.02


def test_the_most_probable_cut_keeps_a_near_tie_as_jieba_does():
    # log P(中正) beats log P(中) + log P(正) by 0.08 nats.
    assert lexicon().cut("中正高中") == [("中正", "nz"), ("高中", "s")]


def test_the_longest_probable_word_wins_and_unknown_characters_stand_alone():
    assert lexicon().cut("青山卫生院") == [("青山", "ns"), ("卫生院", "nt")]
    assert lexicon().cut("罗坝卫生院") == [("罗", UNKNOWN_TAG), ("坝", UNKNOWN_TAG), ("卫生院", "nt")]
    assert lexicon().cut("") == []


def test_a_gzip_file_is_read_once(tmp_path):
    path = tmp_path / "lexicon.txt.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(compile_lexicon(DICTIONARY, 100, ["ns"]))
    assert load_lexicon(path) is load_lexicon(path)
    assert load_lexicon(path).cut("青山") == [("青山", "ns")]


def test_a_malformed_file_is_refused_with_the_line_or_character_at_fault():
    with pytest.raises(ValueError, match="line 1"):
        read_lexicon(["青\t青山 3 ns\n"])
    with pytest.raises(ValueError, match="line 2"):
        read_lexicon(["total\t10\t2\n", "青山 3 ns\n"])
    lexicon = read_lexicon(["total\t10\t2\n", "青\t青山 three ns\n"])  # a line is read when first needed
    with pytest.raises(ValueError, match="the line of '青'"):
        lexicon.cut("青山")


def test_a_place_list_corrects_the_dictionarys_tags():
    from pipeline.lexicon import read_places

    dictionary = [*DICTIONARY, "大连 1034 d", "公安 2800 n", "河谷 3 ns", "河 30000 n", "谷 20000 n"]
    places = read_places(["# provinces, cities, counties", "大连 major", "公安 county", "罗坝 county", "青山 county", "河谷 major"])
    words = read_lexicon(compile_lexicon(dictionary, 100, ["ns", "nz", "nt"], places).splitlines())
    assert words.get("大连")[1] == "ns"  # a city: a place whatever the dictionary says
    assert words.cut("河谷市") == [("河谷", "ns"), ("市", UNKNOWN_TAG)]  # a city the dictionary hardly knows: at least a new place's frequency
    assert words.get("公安")[1] == "n"  # a county's stem the dictionary knows as a word: left alone
    assert words.get("青山")[1] == "ns"
    log_freq, tag = words.get("罗坝")  # a place the dictionary lacks: added
    assert tag == "ns" and abs(log_freq - math.log(100)) < 0.02
    assert words.cut("罗坝卫生院") == [("罗坝", "ns"), ("卫生院", "nt")]


def test_a_malformed_place_line_names_its_line():
    from pipeline.lexicon import read_places

    with pytest.raises(ValueError, match="line 2"):
        read_places(["大连 major", "大连 city"])
