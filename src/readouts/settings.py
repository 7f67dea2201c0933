"""Settings shared by every interface; one object, passed to :func:`readouts.pipeline.build`.

Values come from keyword arguments, else from ``READOUTS_*`` environment variables, else the
defaults below (``READOUTS_MODEL=sm`` selects the small spaCy model, for example).
"""

from __future__ import annotations

import os
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_MAX_BYTES = 1_000_000


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str = Field(
        default="md",
        description="spaCy model: 'md' (en_core_web_md), 'sm' (en_core_web_sm), or a package/path",
    )
    batch_size: int = Field(default=32, ge=1, description="texts per nlp.pipe batch")
    n_process: int = Field(default=1, ge=1, description="spaCy worker processes for batches")
    max_bytes: int = Field(default=DEFAULT_MAX_BYTES, ge=1, description="largest article accepted")
    check_language: bool = Field(default=True, description="reject text that is not English")
    kb_db: str | None = Field(
        default=None,
        description="DuckDB file whose kb_ tables (readouts kb add/import) extend the packaged "
        "knowledge base",
    )
    db: str = Field(default="readouts.duckdb", description="DuckDB store file (READOUTS_DB)")

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        values: dict[str, Any] = {}
        for name, field in cls.model_fields.items():
            env = os.environ.get(f"READOUTS_{name.upper()}")
            if env is None:
                continue
            if field.annotation is bool:
                values[name] = env.strip().lower() in {"1", "true", "yes", "on"}
            else:
                values[name] = env
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls.model_validate(values)


__all__ = ["DEFAULT_MAX_BYTES", "Settings"]
