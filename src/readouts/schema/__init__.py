"""The JSON Schema of the public output format (CodedArticle), generated from the data model.

``python -m readouts.schema`` rewrites ``coded-article.schema.json``; a test checks that the
shipped file matches the model.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from ..model import CodedArticle

SCHEMA_FILE = "coded-article.schema.json"
SCHEMA_ID = "https://readouts.dev/schema/coded-article.schema.json"


def generate() -> dict[str, Any]:
    schema = CodedArticle.model_json_schema(mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def shipped() -> dict[str, Any]:
    text = resources.files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def write(path: Path | None = None) -> Path:
    target = path or Path(str(resources.files(__name__).joinpath(SCHEMA_FILE)))
    target.write_text(json.dumps(generate(), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return target
