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


def seed(prefix: str) -> Path:
    return next(DOCS.glob(f"{prefix}_*.txt"))
