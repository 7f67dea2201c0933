"""The HTTP API and web UI of readouts (``readouts serve``): FastAPI over the shared pipeline
and the DuckDB store, with pages that need nothing from the internet."""

from .app import create_app
from .config import ServeConfig, is_loopback

__all__ = ["ServeConfig", "create_app", "is_loopback"]
