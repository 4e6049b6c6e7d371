"""Train the category model from gold annotations, and score it honestly by
leave-one-file-out cross-validation (``plancheck eval --cross-validate``)."""

from __future__ import annotations

from pathlib import Path

from .classify import heading_of
from .evaluate import _flatten_gold, _flatten_pred, align, load_gold
from .model import Example, item_place, model_text, section_place, train
from .models import FileResult, Item
from .normalize import processing_form
from .document import ParseOptions, parse_path
from .rules import Rules


def examples_from_gold(gold_path: Path, docs_dir: Path, rules: Rules) -> list[Example]:
    """Items of one gold file's document, as the classifier reads them at run
    time (rules-only parse), labelled with their aligned gold category."""
    gold = load_gold(gold_path)
    result = parse_path(docs_dir / gold["source"], rules, ParseOptions(classifier="rules"))
    texts = model_texts(result, rules)
    gold_items = _flatten_gold(gold)
    return [Example(texts[j], gold_items[i].category) for i, j in align(gold_items, _flatten_pred(result))]


def model_texts(result: FileResult, rules: Rules) -> list[str]:
    """Classifier input of every item, in the order of ``_flatten_pred``."""
    texts: list[str] = []

    def visit(item: Item, parent: Item | None, depth: int, section: str, place: str) -> None:
        # ``section``: the heading of the top-level item above, as classify_tree reads it
        parent_heading = heading_of(processing_form(parent.text), rules.categories.heading_max_chars) or "" if parent else ""
        texts.append(
            model_text(
                processing_form(item.marker),
                processing_form(item.text),
                parent_heading,
                parent.category if parent else None,
                rule_summary_of(item),
                section if depth >= 2 else "",
                item_place(place, depth, bool(item.children)),
            )
        )
        below = heading_of(processing_form(item.text), rules.categories.heading_max_chars) or "" if depth == 0 and item.children else section
        for child in item.children:
            visit(child, item, depth + 1, below, place)

    for plan in result.plans:
        for index, item in enumerate(plan.items):
            visit(item, None, 0, "", section_place(index, len(plan.items)))
    return texts


def rule_summary_of(item: Item) -> str:
    """``rule_summary`` of a rules-only parse, read back from the item."""
    return f"{item.category}:{item.why.split(' ', 1)[0]}"


def train_from_gold(gold_dir: Path, docs_dir: Path, rules: Rules, exclude: set[str] = frozenset()):
    examples = [
        example
        for gold_path in sorted(gold_dir.glob("*.yaml"))
        if gold_path.name not in exclude
        for example in examples_from_gold(gold_path, docs_dir, rules)
    ]
    if not examples:
        raise ValueError(f"{gold_dir}: no gold examples to train on")
    return train(examples)


def cross_validated_parser(gold_dir: Path, docs_dir: Path, rules: Rules, classifier: str, leave_out: str = "file"):
    """``parse(path)`` where each document is classified by a model trained on
    the other gold files: every other file (``leave_out="file"``), or every
    file of another genre (``"genre"``), so a genre is scored as if unseen."""
    from .model import CategoryModel

    golds = {path.name: load_gold(path) for path in sorted(gold_dir.glob("*.yaml"))}
    gold_of_source = {gold["source"]: name for name, gold in golds.items()}

    def held_out(source: str) -> set[str]:
        if leave_out == "genre":
            genre = golds[gold_of_source[source]].get("genre")
            return {name for name, gold in golds.items() if gold.get("genre") == genre}
        return {gold_of_source[source]}

    models: dict[frozenset[str], CategoryModel] = {}

    def parse(path: Path) -> FileResult:
        exclude = frozenset(held_out(path.name))
        if exclude not in models:
            models[exclude] = CategoryModel.from_spacy(train_from_gold(gold_dir, docs_dir, rules, exclude=exclude))
        return parse_path(path, rules, ParseOptions(classifier=classifier, model=models[exclude]))

    return parse
