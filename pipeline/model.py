"""The learned category classifier: a spaCy text classifier trained from
``corpus/gold`` (``plancheck train``), configured by ``textcat.cfg``.

Its input is an item as the rules see it: the heading of its parent, the
category the parent was given, its marker and the start of its own text.
A missing or corrupt model is reported once and the rules carry on alone.
"""

from __future__ import annotations

import random
import shutil
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

CONFIG_PATH = Path(__file__).with_name("textcat.cfg")
DEFAULT_MODEL_DIR = Path(__file__).with_name("models") / "textcat"
TEXT_CHARS = 60
_SMALLEST_NORMAL = np.finfo(np.float32).tiny
# Batches between flushes of subnormal moments. A batch of the corpus's training
# cost 37 ms with none (alone on the machine), 18 ms flushing every batch and
# about 11 ms every 8 or 32 (two trainings side by side).
_FLUSH_EVERY = 8


class ModelError(RuntimeError):
    """The model cannot be loaded; the message says why and where."""


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: str


def model_text(marker: str, own_text: str, parent_heading: str, parent_category: str | None, rule: str, root_heading: str = "", place: str = "") -> str:
    """What the classifier reads for one item: where it stands (``item_place``),
    then the rules' verdict and how they reached it, so the model learns where
    the rules go wrong."""
    own = "".join(own_text.split())[:TEXT_CHARS]
    return f"{place}|{rule}|{parent_category or '-'}|{root_heading[:12]}|{parent_heading[:16]}|{marker}{own}"


def section_place(index: int, count: int) -> str:
    """Where a top-level item stands among its plan's: first, second, last but
    one, last or between (a plan of any genre opens with its aims and closes
    with its safeguards and requirements)."""
    if index == 0:
        return "A"
    if index == count - 1:
        return "Z"
    if index == count - 2:
        return "Y"
    return "B" if index == 1 else "M"


def item_place(section: str, depth: int, has_children: bool) -> str:
    """An item's place for the model: its section's place, its depth (0, 1, 2
    or deeper) and whether it heads others."""
    return f"{section}{min(depth, 2)}{'h' if has_children else 'l'}"


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
    step = 0
    for _ in range(training["max_epochs"]):
        order.shuffle(data)
        for batch in batcher(data):
            nlp.update(batch, drop=training["dropout"], sgd=optimizer)
            step += 1
            if step % _FLUSH_EVERY == 0:
                flush_subnormal_moments(optimizer)
    return nlp


def flush_subnormal_moments(optimizer) -> None:
    """Set Adam's moments that have decayed below float32's smallest normal
    number to zero.

    Most hash buckets get no gradient in a batch, so their moments decay
    step by step into subnormal numbers, which the CPU computes on about
    twenty times slower (measured: thinc's Adam over 1.3 million weights,
    4 ms normal, 90 ms subnormal). A subnormal moment moves no weight: the
    step divides it by at least Adam's epsilon (1e-8)."""
    for moments in (optimizer.mom1, optimizer.mom2):
        for values in moments.values():
            values[np.abs(values) < _SMALLEST_NORMAL] = 0.0


class CategoryModel:
    """A loaded model: category probabilities for item texts.

    Inference is spaCy's ``TextCatBOW`` done in numpy over a whole batch at
    once: the same hashed character n-grams (thinc's ``extract_ngrams`` and
    ``SparseLinear``), the same weights, a softmax. Building a spaCy ``Doc``
    per item cost more than all the rules together; this costs about a tenth
    of that. ``tests/test_classify.py`` checks it against spaCy itself.
    """

    def __init__(self, labels: tuple[str, ...], ngram_size: int, weights: np.ndarray, bias: np.ndarray):
        """``weights`` has one row per hash bucket and one column per label."""
        if ngram_size < 1 or weights.ndim != 2 or weights.shape[1] != len(labels) or bias.shape != (len(labels),):
            raise ModelError("the model's weights do not fit its labels; retrain it: plancheck train")
        self.labels = labels
        self.ngram_size = ngram_size
        self.rows = weights.shape[0]
        # A zero row after the buckets, for n-grams that do not exist.
        self.weights = np.vstack([weights.astype(np.float32), np.zeros((1, len(labels)), dtype=np.float32)])
        self.bias = bias.astype(np.float32)
        # Per character (code point below 65536): its ORTH key and its unigram row.
        self._char_key = np.zeros(65536, dtype=np.uint64)
        self._char_row = np.zeros((65536, len(labels)), dtype=np.float32)
        self._char_known = np.zeros(65536, dtype=bool)

    @classmethod
    def from_spacy(cls, nlp) -> CategoryModel:
        """The weights of a trained spaCy pipeline's ``textcat``."""
        textcat = nlp.get_pipe("textcat")
        layers = {layer.name: layer for layer in textcat.model.walk()}
        linear = layers["sparse_linear"]
        if linear.attrs.get("v1_indexing") or "softmax_activation" not in layers:
            raise ModelError("the model is not a softmax TextCatBOW (spacy.TextCatBOW.v3); retrain it: plancheck train")
        labels = tuple(textcat.labels)
        weights = linear.get_param("W").reshape(len(labels), linear.get_dim("length")).T
        return cls(labels, layers["extract_ngrams"].attrs["ngram_size"], weights, linear.get_param("b"))

    @classmethod
    def from_file(cls, path: Path) -> CategoryModel:
        """The weights ``save`` exported next to the spaCy pipeline."""
        with np.load(path, allow_pickle=False) as data:
            return cls(tuple(str(label) for label in data["labels"]), int(data["ngram_size"]), data["weights"], data["bias"])

    def to_file(self, path: Path) -> None:
        """The weights in half precision: a quarter of a million buckets fit the 5 MB a model may
        take, and scores move by less than a thousandth (``tests/test_classify.py``)."""
        np.savez_compressed(path, labels=np.array(self.labels), ngram_size=self.ngram_size, weights=self.weights[: self.rows].astype(np.float16), bias=self.bias)

    def predict(self, texts: Iterable[str]) -> list[dict[str, float]]:
        texts = list(texts)
        if not texts:
            return []
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        if not lengths.all():
            raise ValueError("the model cannot read an empty text")
        points = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32)
        if points.max() >= 65536:  # outside the basic plane: rare, fold to one symbol
            points = np.where(points >= 65536, 0xFFFD, points)
        self._learn_characters(points)
        unigrams = self._char_key[points]
        total = self._char_row[points].astype(np.float64)
        # An n-gram starting at i exists if it ends inside the same item.
        room = np.repeat(np.cumsum(lengths), lengths) - np.arange(len(points))
        for n in range(2, self.ngram_size + 1):
            blocks = [unigrams[offset:] for offset in range(n)]
            keys = _murmur64a([block[: len(blocks[-1])] for block in blocks])
            exists = room[: len(keys)] >= n
            for hashes in _murmur3_32(keys):
                total[: len(keys)] += self.weights[np.where(exists, hashes % self.rows, self.rows)]
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        scores = np.add.reduceat(total, starts, axis=0) + self.bias
        scores = np.exp(scores - scores.max(axis=1, keepdims=True))
        scores /= scores.sum(axis=1, keepdims=True)
        return [dict(zip(self.labels, row, strict=True)) for row in scores.tolist()]

    def _learn_characters(self, points: np.ndarray) -> None:
        """ORTH key (spaCy's hash of the character: characters are the
        tokens) and unigram weight row of each character not seen before."""
        known = self._char_known[points]
        if known.all():
            return
        new = points[~known]
        new = np.unique(new)
        keys = np.fromiter((_orth_key(chr(point)) for point in new.tolist()), dtype=np.uint64, count=len(new))
        self._char_key[new] = keys
        first, second = _murmur3_32(keys)
        self._char_row[new] = self.weights[first % self.rows] + self.weights[second % self.rows]
        self._char_known[new] = True


def _orth_key(text: str) -> int:
    """spaCy's hash of a string (``spacy.strings.hash_string``): MurmurHash64A
    of its UTF-8 bytes with seed 1, so that loading a model needs no spaCy."""
    data = text.encode("utf-8")
    m, mask = 0xC6A4A7935BD1E995, 0xFFFFFFFFFFFFFFFF
    h = (1 ^ (len(data) * m)) & mask
    whole = len(data) // 8 * 8
    for start in range(0, whole, 8):
        k = int.from_bytes(data[start : start + 8], "little") * m & mask
        k = (k ^ (k >> 47)) * m & mask
        h = (h ^ k) * m & mask
    if whole < len(data):
        h = (h ^ int.from_bytes(data[whole:], "little")) * m & mask
    h = (h ^ (h >> 47)) * m & mask
    return h ^ (h >> 47)


_M64 = np.uint64(0xC6A4A7935BD1E995)
_R64 = np.uint64(47)


def _murmur64a(blocks: list[np.ndarray]) -> np.ndarray:
    """MurmurHash64A (seed 0) of each row of 8-byte blocks: thinc's n-gram key."""
    h = np.full(blocks[0].shape, (8 * len(blocks) * 0xC6A4A7935BD1E995) % 2**64, dtype=np.uint64)
    for block in blocks:
        k = block * _M64
        k ^= k >> _R64
        k *= _M64
        h ^= k
        h *= _M64
    h ^= h >> _R64
    h *= _M64
    h ^= h >> _R64
    return h


def _murmur3_32(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """MurmurHash3_x86_32 of each uint64 key with seeds 0 and 1: the two
    buckets thinc's SparseLinear adds for a key."""
    c1, c2 = np.uint32(0xCC9E2D51), np.uint32(0x1B873593)
    mixed = []
    for half in ((keys & np.uint64(0xFFFFFFFF)).astype(np.uint32), (keys >> np.uint64(32)).astype(np.uint32)):
        k = half * c1
        k = (k << np.uint32(15)) | (k >> np.uint32(17))
        k *= c2
        mixed.append(k)
    hashes = []
    for seed in (0, 1):
        h = np.full(keys.shape, seed, dtype=np.uint32)
        for k in mixed:
            h ^= k
            h = (h << np.uint32(13)) | (h >> np.uint32(19))
            h = h * np.uint32(5) + np.uint32(0xE6546B64)
        h ^= np.uint32(8)
        h ^= h >> np.uint32(16)
        h *= np.uint32(0x85EBCA6B)
        h ^= h >> np.uint32(13)
        h *= np.uint32(0xC2B2AE35)
        h ^= h >> np.uint32(16)
        hashes.append(h)
    return hashes[0], hashes[1]


WEIGHTS_FILE = "weights.npz"


def save(nlp, directory: Path) -> None:
    """The model's weights as numpy arrays, which is what running loads, with the spaCy
    pipeline's config, vocabulary and tokenizer beside them; not spaCy's own copy of the
    weights, which running never reads and which would double the model's size."""
    directory.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(directory / "textcat", ignore_errors=True)  # a copy an earlier save left
    nlp.to_disk(directory, exclude=["textcat"])
    CategoryModel.from_spacy(nlp).to_file(directory / WEIGHTS_FILE)


@lru_cache(maxsize=2)
def load_model(directory: str | None = None) -> CategoryModel:
    """The model in ``directory``: its exported weights (spaCy is not even
    imported, which saves a second and 60 MB per process), else a whole spaCy
    pipeline saved there (one trained by other means)."""
    path = Path(directory) if directory else DEFAULT_MODEL_DIR
    if not (path / "config.cfg").is_file():
        raise ModelError(f"{path}: no trained model (run: plancheck train)")
    try:
        if (path / WEIGHTS_FILE).is_file():
            return CategoryModel.from_file(path / WEIGHTS_FILE)
        import spacy

        return CategoryModel.from_spacy(spacy.load(path))
    except ModelError:
        raise
    except Exception as exc:  # numpy and spaCy raise many kinds on damaged model files
        raise ModelError(f"{path}: cannot load the model: {type(exc).__name__}: {exc}") from exc


@lru_cache(maxsize=2)
def load_model_or_warn(directory: str | None = None, classifier: str = "both") -> CategoryModel | None:
    """The model, or None after one warning on stderr: the rules go on alone.
    Asked for alone (``classifier="model"``), a missing model is an error."""
    try:
        return load_model(directory)
    except ModelError as exc:
        if classifier == "model":
            raise
        print(f"plancheck: {exc}; classifying by rules only", file=sys.stderr)
        return None
