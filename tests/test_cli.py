import json
import subprocess
import sys

import pytest

from pipeline.cli import main

from .conftest import DOCS, GOLD, seed

COMMANDS = ["parse", "count", "show", "eval", "run", "report", "review", "train", "schema", "validate"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_explains_itself(command, capsys):
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    assert len(capsys.readouterr().out) > 200


def test_parse_prints_one_json_line_per_file(capsys):
    assert main(["parse", str(seed("003")), str(seed("004")), "--classifier", "rules"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [len(json.loads(line)["plans"]) for line in lines] == [1, 6]


def test_parse_reports_bad_files_and_exits_nonzero(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    assert main(["parse", str(bad), "--classifier", "rules"]) == 1
    assert json.loads(capsys.readouterr().out)["errors"] == [f"{bad}: file is empty"]


def test_count_as_csv(capsys):
    assert main(["count", str(seed("003")), "--format", "csv"]) == 0
    header, row = capsys.readouterr().out.splitlines()
    assert header.startswith("file,plan,institution,top_level,items,level_1,level_2")
    assert row.endswith(",4,18,4,14")


def test_show_prints_the_tree_with_reasons(capsys):
    assert main(["show", str(seed("003")), "--why"]) == 0
    out = capsys.readouterr().out
    assert "  一、 总体要求" in out and "    （一） 深入开展打非治违专项行动" in out and "heading word" in out


def seed_gold(tmp_path):
    """The five seed files' gold alone (the files the rules were first written on)."""
    for path in GOLD.glob("00[0-4]_*.yaml"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    return tmp_path


def test_eval_meets_the_segmentation_floors_on_the_seeds(tmp_path, capsys):
    floors = ["--min-item-f1", "0.97", "--min-total-count-exact", "0.85", "--min-top-level-count-exact", "0.90", "--min-level-accuracy", "0.95"]
    assert main(["eval", str(seed_gold(tmp_path)), str(DOCS), "--classifier", "rules", "--min-category-accuracy", "0.82", *floors]) == 0
    out = capsys.readouterr().out
    assert "per-plan F1" in out and "file averages" in out


def test_eval_reports_figures_per_genre(sample_corpus, capsys):
    gold, docs = sample_corpus
    assert main(["eval", str(gold), str(docs), "--classifier", "rules", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert {"overall", "file_averages", "genres"} <= set(figures)
    assert {"health", "collection", "national"} <= set(figures["genres"])
    assert figures["overall"]["item_f1_per_plan"] <= figures["overall"]["item_f1"]


def test_eval_scores_owners_where_an_annotation_is_given(tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "p.yaml").write_text('source: p.txt\nplans:\n- institution: 河谷镇\n  items:\n  - {n: 一, level: 1, cat: duty, text: 巡河}\n', encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "p.txt").write_text("河谷镇河道保洁方案\n一、巡河。镇水利站负责每日巡河。\n", encoding="utf-8")
    owners = tmp_path / "owners"
    owners.mkdir()
    (owners / "p.tsv").write_text("idx\ttext_head\towner\n0\t巡河\t镇水利站\n", encoding="utf-8")
    assert main(["eval", str(gold), str(docs), "--classifier", "rules", "--owners", str(owners)]) == 0
    assert "owners (1 annotated files, 1 items): stated 1.000  found 1.000  recall 1.000  precision 1.000" in capsys.readouterr().out
    assert main(["eval", str(gold), str(docs), "--owners", str(tmp_path / "none")]) == 2  # not a folder: one line, no figures


def test_eval_scores_a_second_reading_of_the_files_it_holds_instead_of_the_pipeline(tmp_path, capsys):
    gold, reading, docs = tmp_path / "gold", tmp_path / "reading", tmp_path / "docs"
    for folder in (gold, reading, docs):
        folder.mkdir()
    plan = "source: {stem}.txt\ngenre: grassroots\nplans:\n- institution: 河谷镇\n  items:\n  - {{n: 一、, level: 1, cat: {cat}, text: 巡河保洁}}\n"
    for stem, first, second in (("p", "duty", "duty"), ("q", "duty", "control"), ("r", "goal", "goal")):
        (gold / f"{stem}.yaml").write_text(plan.format(stem=stem, cat=first), encoding="utf-8")
        if stem != "r":  # the second reader read two of the three files
            (reading / f"{stem}.yaml").write_text(plan.format(stem=stem, cat=second), encoding="utf-8")
    assert main(["eval", str(gold), str(docs), "--reading", str(reading), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    overall = figures["overall"]
    assert (overall["item_f1"], overall["category_accuracy"], overall["institution_accuracy"]) == (1.0, 0.5, 1.0)
    assert figures["file_averages"]["category_accuracy"] == 0.5  # p agrees, q does not; r, unread, is not scored
    assert main(["eval", str(gold), str(docs), "--reading", str(tmp_path / "none")]) == 2  # not a folder: one line, no figures


def test_eval_fails_below_a_floor(sample_corpus, capsys):
    gold, docs = sample_corpus
    assert main(["eval", str(gold), str(docs), "--classifier", "rules", "--min-item-f1", "1.01"]) == 1


def test_the_console_script_runs(tmp_path):
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", "run", str(seed("003")), "-o", str(tmp_path), "--quiet"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "1 files (0 unchanged), 1 plans, 18 items" in done.stderr


def test_no_arguments_prints_the_help_and_v_the_version(capsys):
    assert main([]) == 0
    assert "COMMAND" in capsys.readouterr().out
    with pytest.raises(SystemExit) as done:
        main(["-V"])
    assert done.value.code == 0 and capsys.readouterr().out.startswith("plancheck ")


def test_global_options_work_after_the_command_and_show_takes_folders(tmp_path, capsys):
    from .conftest import ROOT

    folder = tmp_path / "in"
    folder.mkdir()
    for prefix in ("003", "004"):
        (folder / seed(prefix).name).write_bytes(seed(prefix).read_bytes())
    assert main(["show", str(folder), "--rules", str(ROOT / "rules"), "--classifier", "rules", "--script", "simplified"]) == 0
    out = capsys.readouterr().out
    assert out.count("# ") == 2 and "神华准能集团公司安全管理标准化" in out


def test_count_columns_line_up_in_terminal_cells(capsys):
    import unicodedata

    assert main(["count", str(seed("004"))]) == 0
    lines = capsys.readouterr().out.splitlines()

    def columns(text):
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    # the items column ends at the same terminal column on every row, CJK titles and all
    assert len(lines) == 7 and len({columns(line[: line.rfind("  ")]) for line in lines}) == 1
