"""The learned category classifier: a spaCy text classifier trained from
``corpus/gold`` (``plancheck train``), configured by ``textcat.cfg``.

Its input is an item as the rules see it: the heading of its parent, the
category the parent was given, its marker and the start of its own text.
A missing or corrupt model is reported once and the rules carry on alone.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CONFIG_PATH = Path(__file__).with_name("textcat.cfg")
DEFAULT_MODEL_DIR = Path(__file__).with_name("models") / "textcat"
TEXT_CHARS = 60


class ModelError(RuntimeError):
    """The model cannot be loaded; the message says why and where."""


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: str


def model_text(marker: str, own_text: str, parent_heading: str, parent_category: str | None, rule: str) -> str:
    """What the classifier reads for one item: the rules' verdict and how they
    reached it come first, so the model learns where the rules go wrong."""
    own = "".join(own_text.split())[:TEXT_CHARS]
    return f"{rule}|{parent_category or '-'}|{parent_heading[:16]}|{marker}{own}"


def train(examples: list[Example], config_path: Path = CONFIG_PATH):
    """A trained spaCy pipeline, deterministic for the same examples."""
    from spacy.training import Example as SpacyExample
    from spacy.util import fix_random_seed, load_config, load_model_from_config, registry

    config = load_config(config_path)
    training = config["training"]
    fix_random_seed(training["seed"])
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    labels = sorted({example.label for example in examples})
    textcat = nlp.get_pipe("textcat")
    for label in labels:
        textcat.add_label(label)

    def to_spacy(example: Example):
        doc = nlp.make_doc(example.text)
        return SpacyExample.from_dict(doc, {"cats": {label: float(label == example.label) for label in labels}})

    data = [to_spacy(example) for example in examples]
    batcher = registry.resolve({"batcher": training["batcher"]})["batcher"]
    optimizer = registry.resolve({"optimizer": training["optimizer"]})["optimizer"]
    nlp.initialize(lambda: data, sgd=optimizer)
    order = random.Random(training["seed"])
    for _ in range(training["max_epochs"]):
        order.shuffle(data)
        for batch in batcher(data):
            nlp.update(batch, drop=training["dropout"], sgd=optimizer)
    return nlp


class CategoryModel:
    """A loaded model: category probabilities for item texts."""

    def __init__(self, nlp):
        self.nlp = nlp

    def predict(self, texts: Iterable[str]) -> list[dict[str, float]]:
        # Characters are the tokens: building the Doc directly skips the
        # tokenizer's per-character bookkeeping, with the same result.
        from spacy.tokens import Doc

        vocab = self.nlp.vocab
        docs = (Doc(vocab, words=list(text), spaces=[False] * len(text)) for text in texts)
        return [dict(doc.cats) for doc in self.nlp.pipe(docs, batch_size=256)]


def save(nlp, directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(directory)


@lru_cache(maxsize=2)
def load_model(directory: str | None = None) -> CategoryModel:
    path = Path(directory) if directory else DEFAULT_MODEL_DIR
    if not (path / "config.cfg").is_file():
        raise ModelError(f"{path}: no trained model (run: plancheck train)")
    import spacy

    try:
        return CategoryModel(spacy.load(path))
    except Exception as exc:  # spaCy raises many kinds on damaged model files
        raise ModelError(f"{path}: cannot load the model: {type(exc).__name__}: {exc}") from exc


@lru_cache(maxsize=2)
def load_model_or_warn(directory: str | None = None) -> CategoryModel | None:
    """The model, or None after one warning on stderr: the rules go on alone."""
    try:
        return load_model(directory)
    except ModelError as exc:
        print(f"plancheck: {exc}; classifying by rules only", file=sys.stderr)
        return None
