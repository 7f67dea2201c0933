"""Exports of the store: CodedArticle JSON Lines, a flat one-row-per-event table (CSV or
Parquet, POLECAT-like column names) and a GDELT-style event TSV (one row per event cluster).

Column lists are data here so that the docs and the tests can show them; the SQL is fixed and
filters are parameters.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from .filters import EventFilters


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"


def _names(role: str, field: str) -> str:
    return f"(SELECT string_agg({field}, '; ' ORDER BY p.position) FROM event_participants p WHERE p.event_uid = e.event_uid AND p.role = '{role}')"  # noqa: E501


# (column, SQL expression over events e, articles a, event_clusters c)
FLAT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "e.event_uid"),
    ("event_date", "e.day"),
    ("event_type", "e.type"),
    ("event_mode", "e.mode"),
    ("aux_flags", "array_to_string(e.aux, ';')"),
    ("contexts", "array_to_string(e.contexts, ';')"),
    ("topics", "array_to_string(e.topics, ';')"),
    ("quad_code", "e.quad_class"),
    ("event_intensity", "e.intensity"),
    ("goldstein", "e.goldstein"),
    ("cameo_code", "e.cameo"),
    ("cameo_name", "e.cameo_name"),
    ("actor_name", _names("actor", "p.name")),
    ("actor_country", _names("actor", "coalesce(p.country, '')")),
    ("actor_sectors", _names("actor", "array_to_string(p.sectors, '+')")),
    ("actor_subnational", _names("actor", "coalesce(p.subnational, '')")),
    ("recipient_name", _names("recipient", "p.name")),
    ("recipient_country", _names("recipient", "coalesce(p.country, '')")),
    ("recipient_sectors", _names("recipient", "array_to_string(p.sectors, '+')")),
    ("recipient_subnational", _names("recipient", "coalesce(p.subnational, '')")),
    ("placename", "e.location_name"),
    ("place_country", "e.location_country"),
    ("place_subnational", "e.location_subnational"),
    ("latitude", "e.lat"),
    ("longitude", "e.lon"),
    ("geonames_id", "e.geonameid"),
    ("date_text", "e.date_text"),
    ("confidence", "e.confidence"),
    ("rule", "e.rule"),
    ("cluster_id", "e.cluster_id"),
    ("cluster_articles", "c.n_articles"),
    ("article_id", "e.article_id"),
    ("headline", "a.title"),
    ("source", "a.source"),
    ("source_url", "a.url"),
    ("publication_date", "a.published"),
    ("evidence_sentence", "e.evidence_text"),
    ("trigger", "e.trigger_text"),
    ("coder", "a.coder_key"),
)


def _first(role: str, field: str) -> str:
    return f"(SELECT {field} FROM event_participants p WHERE p.event_uid = e.event_uid AND p.role = '{role}' AND p.position = 0)"  # noqa: E501


def _actor_code(role: str) -> str:
    return _first(role, "coalesce(p.country, '') || coalesce(p.sectors[1], '')")


def _tsv(expr: str) -> str:
    return f"regexp_replace(coalesce(CAST({expr} AS VARCHAR), ''), '[\\t\\r\\n]+', ' ', 'g')"


# GDELT 1.0 event table columns, in GDELT's order (no header row, as GDELT's files).
GDELT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("GLOBALEVENTID", "c.cluster_id"),
    ("SQLDATE", "strftime(c.day_start, '%Y%m%d')"),
    ("MonthYear", "strftime(c.day_start, '%Y%m')"),
    ("Year", "strftime(c.day_start, '%Y')"),
    ("FractionDate", "round(year(c.day_start) + (dayofyear(c.day_start) - 1) / 365.0, 4)"),
    ("Actor1Code", _actor_code("actor")),
    ("Actor1Name", _first("actor", "upper(p.name)")),
    ("Actor1CountryCode", _first("actor", "p.country")),
    ("Actor1KnownGroupCode", "NULL"),
    ("Actor1EthnicCode", "NULL"),
    ("Actor1Religion1Code", "NULL"),
    ("Actor1Religion2Code", "NULL"),
    ("Actor1Type1Code", _first("actor", "p.sectors[1]")),
    ("Actor1Type2Code", _first("actor", "p.sectors[2]")),
    ("Actor1Type3Code", _first("actor", "p.sectors[3]")),
    ("Actor2Code", _actor_code("recipient")),
    ("Actor2Name", _first("recipient", "upper(p.name)")),
    ("Actor2CountryCode", _first("recipient", "p.country")),
    ("Actor2KnownGroupCode", "NULL"),
    ("Actor2EthnicCode", "NULL"),
    ("Actor2Religion1Code", "NULL"),
    ("Actor2Religion2Code", "NULL"),
    ("Actor2Type1Code", _first("recipient", "p.sectors[1]")),
    ("Actor2Type2Code", _first("recipient", "p.sectors[2]")),
    ("Actor2Type3Code", _first("recipient", "p.sectors[3]")),
    (
        "IsRootEvent",
        "CASE WHEN CAST(json_extract(e.evidence, '$[0].sentence') AS INTEGER) < 2 "
        "THEN 1 ELSE 0 END",
    ),
    ("EventCode", "e.cameo"),
    ("EventBaseCode", "left(e.cameo, 3)"),
    ("EventRootCode", "left(e.cameo, 2)"),
    ("QuadClass", "e.quad_class"),
    ("GoldsteinScale", "e.goldstein"),
    ("NumMentions", "c.n_events"),
    ("NumSources", "s.n_sources"),
    ("NumArticles", "c.n_articles"),
    ("AvgTone", "NULL"),
    *(
        (f"{prefix}Geo_{name}", "NULL")
        for prefix in ("Actor1", "Actor2")
        for name in ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")
    ),
    ("ActionGeo_Type", "CASE WHEN e.location_name IS NULL THEN 0 ELSE 4 END"),
    ("ActionGeo_FullName", "e.location_name"),
    ("ActionGeo_CountryCode", "e.location_country"),
    ("ActionGeo_ADM1Code", "e.location_subnational"),
    ("ActionGeo_Lat", "e.lat"),
    ("ActionGeo_Long", "e.lon"),
    ("ActionGeo_FeatureID", "e.geonameid"),
    ("DATEADDED", "strftime(a.published, '%Y%m%d')"),
    ("SOURCEURL", "a.url"),
)


def flat_events_sql(filters: EventFilters) -> tuple[str, list[Any]]:
    where, params = filters.where("e")
    columns = ", ".join(f"{expr} AS {name}" for name, expr in FLAT_COLUMNS)
    sql = f"""
        SELECT {columns}
        FROM events e
        JOIN articles a ON a.id = e.article_id
        LEFT JOIN event_clusters c ON c.cluster_num = e.cluster_num
        WHERE {where}
        ORDER BY e.day NULLS LAST, e.event_uid
    """
    return sql, params


def gdelt_sql(filters: EventFilters) -> tuple[str, list[Any]]:
    where, params = filters.where("f")
    columns = ", ".join(f"{_tsv(expr)} AS {name}" for name, expr in GDELT_COLUMNS)
    sql = f"""
        WITH s AS (
            SELECT e.cluster_num, count(DISTINCT a.source) AS n_sources
            FROM events e JOIN articles a ON a.id = e.article_id GROUP BY e.cluster_num
        )
        SELECT {columns}
        FROM event_clusters c
        JOIN events e ON e.event_uid = c.first_event_uid
        JOIN articles a ON a.id = e.article_id
        LEFT JOIN s ON s.cluster_num = c.cluster_num
        WHERE c.cluster_num IN (SELECT f.cluster_num FROM events f WHERE {where})
        ORDER BY c.day_start NULLS LAST, c.cluster_id
    """
    return sql, params


@contextmanager
def _binary_out(path: str | Path) -> Any:
    if str(path) == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
    else:
        with open(path, "wb") as stream:
            yield stream


def _write_arrow(reader: pa.RecordBatchReader, path: str | Path, fmt: ExportFormat) -> int:
    rows = 0
    if fmt is ExportFormat.parquet:
        if str(path) == "-":
            raise ValueError("Parquet cannot be written to standard output: give a file name")
        with pq.ParquetWriter(str(path), reader.schema) as writer:
            for batch in reader:
                writer.write_batch(batch)
                rows += batch.num_rows
        return rows
    gdelt = fmt is ExportFormat.gdelt
    options = pacsv.WriteOptions(
        include_header=not gdelt,
        delimiter="\t" if gdelt else ",",
        quoting_style="none" if gdelt else "needed",
    )
    with (
        _binary_out(path) as stream,
        pacsv.CSVWriter(stream, reader.schema, write_options=options) as writer,
    ):
        for batch in reader:
            writer.write_batch(batch)
            rows += batch.num_rows
    return rows


def export_events(
    con: Any, path: str | Path, fmt: ExportFormat, filters: EventFilters | None = None
) -> int:
    """Write the flat event table (csv, parquet) or the GDELT-style TSV; return the row count."""
    filters = filters or EventFilters()
    sql, params = gdelt_sql(filters) if fmt is ExportFormat.gdelt else flat_events_sql(filters)
    relation = con.sql(sql, params=params)
    # DuckDB 2 names it to_arrow_reader, 1.x fetch_arrow_reader
    to_reader = getattr(relation, "to_arrow_reader", None) or relation.fetch_arrow_reader
    reader = to_reader(65536)
    return _write_arrow(reader, path, fmt)


def export_jsonl(articles: Any, path: str | Path) -> int:
    """Write CodedArticles (an iterable from :meth:`Store.coded_articles`) as JSON Lines."""
    count = 0
    with _binary_out(path) as stream:
        out: IO[bytes] = stream
        for coded in articles:
            out.write(coded.model_dump_json().encode("utf-8") + b"\n")
            count += 1
    return count


__all__ = [
    "FLAT_COLUMNS",
    "GDELT_COLUMNS",
    "ExportFormat",
    "export_events",
    "export_jsonl",
    "flat_events_sql",
    "gdelt_sql",
]
