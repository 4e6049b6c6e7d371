from functools import cache
from pathlib import Path

import pytest

from pipeline.normalize import normalize
from pipeline.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DOCS = CORPUS / "docs"
GOLD = CORPUS / "gold"


@pytest.fixture(scope="session")
def rules():
    return load_rules()


@pytest.fixture(scope="session")
def norm(rules):
    """Normalise a string with the project's rules."""
    return lambda text: normalize(text, rules)


# Every tenth gold file and its document: a varied tenth of the corpus (every genre and format) for the tests that
# check a property of whole runs (workers and engines agree, anchored search finds what the patterns find, eval
# reports per genre). The corpus's own figures are `plancheck eval`'s to measure, on all of it.
SAMPLE_STEP = 10


@cache
def corpus_sample() -> tuple[tuple[Path, Path], ...]:
    """(gold file, document) of every SAMPLE_STEP-th gold file, in name order; read once per test run."""
    from pipeline.evaluate import load_gold

    return tuple((gold, DOCS / load_gold(gold)["source"]) for gold in sorted(GOLD.glob("*.yaml"))[::SAMPLE_STEP])


@pytest.fixture(scope="session")
def sample_corpus(tmp_path_factory) -> tuple[Path, Path]:
    """Gold and document folders holding links to ``corpus_sample()``, as ``plancheck eval`` reads them."""
    root = tmp_path_factory.mktemp("sample")
    gold_dir, docs_dir = root / "gold", root / "docs"
    gold_dir.mkdir()
    docs_dir.mkdir()
    for gold, document in corpus_sample():
        (gold_dir / gold.name).symlink_to(gold)
        (docs_dir / document.name).symlink_to(document)
    return gold_dir, docs_dir


def seed(prefix: str) -> Path:
    return next(DOCS.glob(f"{prefix}_*.txt"))
