"""JSON Schemas generated from the output models, and checklist validation."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from .models import Checklist, FileResult, ItemRow, RunSummary

SCHEMAS = {"file_result.json": FileResult, "checklist.json": Checklist, "item_row.json": ItemRow, "run_summary.json": RunSummary}


def schema_files() -> dict[str, str]:
    return {name: json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2) + "\n" for name, model in SCHEMAS.items()}


def validate_checklist(path: Path) -> list[str]:
    """Problems of a checklist YAML file, one readable line each; empty if valid."""
    from .emit import load_yaml

    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except OSError as exc:
        return [f"cannot read: {exc.strerror}"]
    except Exception as exc:  # yaml raises several kinds, all meaning "not YAML"
        return [f"not valid YAML: {exc}"]
    try:
        Checklist.model_validate(data)
    except ValidationError as exc:
        return [f"{'.'.join(map(str, error['loc'])) or '(top)'}: {error['msg']}" for error in exc.errors()]
    return []
