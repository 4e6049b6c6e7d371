"""The bundled corpus: every gold file is complete and anchored in its document."""

import html
import re
import unicodedata

import pytest
from pipeline.evaluate import load_gold
from pipeline.models import CATEGORY_NAMES
from pipeline.ingest import DOC_SUFFIXES, DOCX_SUFFIXES, PDF_SUFFIXES, decode_bytes, decode_document

from .conftest import DOCS, GOLD

GOLD_FILES = sorted(GOLD.glob("*.yaml"))
RUBY = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def flat(text: str) -> str:
    """Text as a head is written: no markup (HTML tags, Markdown's bold), ruby, entities or spaces; NFKC."""
    text = html.unescape(re.sub(r"<[A-Za-z/!#?][^>]*>", "", text)).replace("**", "")
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", RUBY.sub("", text)))


def items_with_depth(nodes, depth=1):
    for node in nodes:
        yield node, depth
        yield from items_with_depth(node.get("children") or [], depth + 1)


def test_the_corpus_is_large_and_varied():
    golds = [load_gold(path) for path in GOLD_FILES]
    genres = {}
    for gold in golds:
        genres[gold["genre"]] = genres.get(gold["genre"], 0) + 1
    items = sum(1 for gold in golds for plan in gold["plans"] for _ in items_with_depth(plan["items"]))
    # the corpus issue's bar: 60 files, 2,500 items, 12 genres of at least 3 files each
    assert len(golds) >= 60 and items >= 2500
    assert len([genre for genre, files in genres.items() if files >= 3]) >= 12


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_is_valid_and_anchored(gold_path):
    gold = load_gold(gold_path)
    for key in ("source", "origin", "genre", "script", "plans"):
        assert gold.get(key), f"{gold_path.name}: no {key}"
    path = DOCS / gold["source"]
    data = path.read_bytes()
    # A Word or PDF file is read as the pipeline reads it; any other file as its raw text, markup and all.
    text = decode_document(path.name, data).text if path.suffix.lower() in DOCX_SUFFIXES | DOC_SUFFIXES | PDF_SUFFIXES else decode_bytes(path.name, data)[0]
    document = flat(text)
    for plan in gold["plans"]:
        assert {"title", "institution", "institution_named", "items"} <= set(plan)
        for item, depth in items_with_depth(plan["items"]):
            assert item["level"] == depth, item
            assert item["cat"] in CATEGORY_NAMES, item
            head = flat(str(item["text"]))[:12]
            assert head in document, f"{gold_path.name}: text head {head!r} ({item['n']}) not in the document"
