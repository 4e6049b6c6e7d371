"""A tagged word list, and the one thing done with it: cutting a short string
into its most probable words, each with its part-of-speech tag.

The mechanism is jieba's dictionary method (the most probable path through
the words the list knows; a character it does not know stands alone), without
jieba's HMM for unknown words. Institution extraction asks it only about
candidate names, a few characters each. The list is data: `rules/lexicon.txt.gz`,
compiled from jieba's dictionary by `plancheck lexicon` (jieba is needed for
that, not to run). Loading it takes tens of milliseconds where jieba's
tagger takes about a second.

File format (gzip-compressed UTF-8): a first line ``total\\t<n>\\t<k>``, the sum
of the frequencies of the whole dictionary the list was taken from (a word's
probability is its frequency over it, dropped words included) and the longest
word's length; then one line per first character,
``<char>\\t<word> <band> <tag>\\t<word> <band> <tag>…``, where a word's frequency
is about exp(band / BANDS_PER_NAT). A line is read the first time a word
starting with its character is looked up: a short document reads a few hundred
of them, not the whole list.
"""

from __future__ import annotations

import gzip
import math
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

BANDS_PER_NAT = 32  # fine enough to keep jieba's near ties (中正|高中 against 中|正|高中)
UNKNOWN_TAG = "x"
PLACE_RANKS = ("major", "county")


class Lexicon:
    """Words with their tag and log-frequency, read by first character on demand."""

    def __init__(self, lines: dict[str, str], total: float, max_word_chars: int):
        self._lines = lines
        self._read: dict[str, dict[str, tuple[float, str]]] = {}
        self.max_word_chars = max_word_chars
        self.log_total = math.log(max(total, 1.0))

    def get(self, word: str) -> tuple[float, str] | None:
        """The word's log-frequency and tag, if the list knows it."""
        first = word[0]
        entries = self._read.get(first)
        if entries is None:
            entries = self._read[first] = _entries(self._lines.get(first, ""))
        return entries.get(word)

    def cut(self, text: str) -> list[tuple[str, str]]:
        """The most probable cut of ``text`` into known words (a character the
        list does not know is a word of its own, tagged ``x``)."""
        length = len(text)
        # best[i]: (log-probability of the best cut of text[i:], end of its first word)
        best: list[tuple[float, int]] = [(0.0, length)] * (length + 1)
        found: dict[str, tuple[float, str] | None] = {}
        for start in range(length - 1, -1, -1):
            options = []
            for end in range(start + 1, min(length, start + self.max_word_chars) + 1):
                word = text[start:end]
                entry = found[word] = self.get(word)
                if entry is not None or end == start + 1:
                    log_freq = entry[0] if entry is not None else 0.0
                    options.append((log_freq - self.log_total + best[end][0], end))
            best[start] = max(options)
        words, start = [], 0
        while start < length:
            end = best[start][1]
            word = text[start:end]
            entry = found[word]
            words.append((word, entry[1] if entry is not None else UNKNOWN_TAG))
            start = end
        return words


def _entries(line: str) -> dict[str, tuple[float, str]]:
    entries = {}
    for entry in line.split("\t")[1:]:
        try:
            word, band, tag = entry.split(" ")
            entries[word] = (int(band) / BANDS_PER_NAT, tag)
        except ValueError as exc:
            raise ValueError(f"lexicon: the line of {line[0]!r}: expected <word> <band> <tag>, found {entry!r}") from exc
    return entries


def read_lexicon(lines: Iterable[str]) -> Lexicon:
    lines = iter(lines)
    header = next(lines, "").rstrip("\n").split("\t")
    if len(header) != 3 or header[0] != "total" or not (header[1].isdigit() and header[2].isdigit()):
        raise ValueError("line 1: expected total\\t<sum of frequencies>\\t<longest word>")
    by_char = {}
    for number, line in enumerate(lines, 2):
        line = line.rstrip("\n")
        if not line:
            continue
        if line[1:2] != "\t":
            raise ValueError(f"line {number}: expected <char>\\t<word> <band> <tag>\\t…")
        by_char[line[0]] = line
    return Lexicon(by_char, float(header[1]), int(header[2]))


@lru_cache(maxsize=2)
def load_lexicon(path: Path) -> Lexicon:
    """The lexicon in ``path``, read once per process."""
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)  # whole: several times faster than reading a gzip stream line by line
    return read_lexicon(data.decode("utf-8").split("\n"))


def read_places(lines: Iterable[str]) -> dict[str, str]:
    """Place words and their rank from a places file (``<word> major|county``
    per line; ``#`` starts a comment)."""
    places = {}
    for number, line in enumerate(lines, 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 2 or parts[1] not in PLACE_RANKS:
            raise ValueError(f"line {number}: expected <word> major|county, found {line!r}")
        places[parts[0]] = parts[1]
    return places


def compile_lexicon(
    dictionary: Iterable[str], min_freq: int, keep_tags: Iterable[str], places: dict[str, str] | None = None, place_tag: str = "ns", place_freq: int = 100
) -> str:
    """The lexicon file's text from jieba-format dictionary lines (``word freq
    tag``): every single character and every word tagged one of ``keep_tags``
    (places and names, whatever their frequency), and other words used at least
    ``min_freq`` times (they keep a name from being found inside a common word).

    ``places`` (``read_places``) corrects the dictionary where it does not
    know a place: a ``major`` place (a province or a city: 大连, which jieba
    tags an adverb) is tagged ``place_tag`` whatever the dictionary says, with
    at least ``place_freq`` (台中, which it knows 3 times, is cut as one word); a
    ``county`` place only where the dictionary does not know the word as
    something else (公安县's 公安 stays "police"). A place the dictionary lacks
    is added with ``place_freq``."""
    keep = set(keep_tags)
    places = places or {}
    by_char: dict[str, list[str]] = defaultdict(list)
    total = longest = 0
    seen = set()

    def add(word: str, freq: int, tag: str) -> None:
        nonlocal longest
        by_char[word[0]].append(f"{word} {round(math.log(max(freq, 1)) * BANDS_PER_NAT)} {tag}")
        longest = max(longest, len(word))

    for line in dictionary:
        parts = line.split()
        if len(parts) != 3:
            continue
        word, freq, tag = parts[0], int(parts[1]), parts[2]
        total += freq
        if word in places:
            seen.add(word)
            if places[word] == "major":
                tag, freq = place_tag, max(freq, place_freq)
            elif tag in keep:
                tag = place_tag
        if len(word) == 1 or tag in keep or freq >= min_freq:
            add(word, freq, tag)
    for word in sorted(places.keys() - seen):
        total += place_freq
        add(word, place_freq, place_tag)
    lines = (f"{char}\t{chr(9).join(entries)}\n" for char, entries in sorted(by_char.items()))
    return f"total\t{total}\t{longest}\n" + "".join(lines)
