from pipeline.schema import schema_files, validate_checklist

from .conftest import ROOT


def test_schemas_on_disk_match_the_models():
    for name, text in schema_files().items():
        assert (ROOT / "schemas" / name).read_text(encoding="utf-8") == text, f"schemas/{name} is stale: run plancheck schema"


def test_validate_names_the_bad_fields(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\ninstitution: 镇\nplans:\n- id: 1\n", encoding="utf-8")
    problems = validate_checklist(bad)
    assert any(p.startswith("plans.0.title") for p in problems)
    assert validate_checklist(tmp_path / "missing.yaml") == ["cannot read: No such file or directory"]
