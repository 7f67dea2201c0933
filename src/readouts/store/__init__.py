"""The DuckDB store of coded articles (DESIGN.md section 5): schema migrations, idempotent
transactional writes, cross-article event clusters, queries and exports.

    from readouts.store import EventFilters, Store

    with Store("readouts.duckdb") as store:
        store.write(coded_articles, failures)
        page = store.query_events(EventFilters(country="CHN"), clustered=True)
"""

from .database import DEFAULT_DB, Store, Triage, WriteResult
from .exports import ExportFormat
from .filters import EventFilters
from .queries import Page
from .rows import TABLES, Batch, coder_key

__all__ = [
    "DEFAULT_DB",
    "TABLES",
    "Batch",
    "EventFilters",
    "ExportFormat",
    "Page",
    "Store",
    "Triage",
    "WriteResult",
    "coder_key",
]
