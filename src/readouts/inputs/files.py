"""Reading one input file with the reader for its format (by extension, ``.gz`` unwrapped)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from ..errors import InputError, InputErrorCode
from ..model import Failure
from .compressed import inner_name, iter_lines, read_bytes
from .csvfile import read_csv
from .feeds import read_feed
from .html import read_html
from .jsonl import read_json, read_jsonl_lines
from .records import ArticleMeta, Loaded, failure_for
from .text import read_text


class InputKind(StrEnum):
    text = "text"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    tsv = "tsv"
    html = "html"
    feed = "feed"


_BY_SUFFIX = {
    ".txt": InputKind.text,
    ".text": InputKind.text,
    ".md": InputKind.text,
    ".jsonl": InputKind.jsonl,
    ".ndjson": InputKind.jsonl,
    ".jsonlines": InputKind.jsonl,
    ".json": InputKind.json,
    ".csv": InputKind.csv,
    ".tsv": InputKind.tsv,
    ".html": InputKind.html,
    ".htm": InputKind.html,
    ".xhtml": InputKind.html,
    ".rss": InputKind.feed,
    ".atom": InputKind.feed,
    ".xml": InputKind.feed,
}
# Containers and documents readouts does not open: say so instead of guessing.
_UNSUPPORTED = frozenset(
    [
        ".zip",
        ".tar",
        ".tgz",
        ".7z",
        ".bz2",
        ".xz",
        ".zst",
        ".rar",
        ".pdf",
        ".doc",
        ".docx",
        ".odt",
        ".rtf",
        ".xls",
        ".xlsx",
        ".ppt",
        ".pptx",
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".webp",
        ".mp3",
        ".mp4",
        ".parquet",
        ".duckdb",
        ".db",
        ".sqlite",
        ".exe",
        ".so",
    ]
)
SUPPORTED = "text, JSONL, JSON, CSV/TSV, HTML, RSS/Atom files and .gz of these"


@dataclass(frozen=True)
class ReadOptions:
    """How to read inputs: caller metadata, the CSV text column, a forced format."""

    meta: ArticleMeta = field(default_factory=ArticleMeta)
    text_column: str = "text"
    kind: InputKind | None = None


def kind_of(path: Path) -> InputKind | None:
    """The format by extension (text when unknown); ``None`` for formats readouts refuses."""
    suffix = Path(inner_name(path)).suffix.lower()
    if suffix in _UNSUPPORTED:
        return None
    return _BY_SUFFIX.get(suffix, InputKind.text)


def read_file(path: Path, options: ReadOptions) -> Iterator[Loaded | Failure]:
    """Every article of one file, or a Failure for each part that cannot be read."""
    origin = str(path)
    meta = options.meta
    kind = options.kind or kind_of(path)
    try:
        if kind is None:
            raise InputError(
                InputErrorCode.UNSUPPORTED_FORMAT,
                f"{Path(inner_name(path)).suffix} files are not read; readouts reads {SUPPORTED}",
            )
        if kind is InputKind.jsonl:
            yield from read_jsonl_lines(iter_lines(path), origin, meta)
        elif kind is InputKind.text:
            yield read_text(read_bytes(path, meta.max_bytes), origin, meta)
        elif kind is InputKind.html:
            yield read_html(read_bytes(path, 20 * meta.max_bytes), origin, meta)
        elif kind is InputKind.json:
            yield from read_json(read_bytes(path), origin, meta)
        elif kind is InputKind.feed:
            yield from read_feed(read_bytes(path), origin, meta)
        else:
            delimiter = "\t" if kind is InputKind.tsv else ","
            yield from read_csv(
                read_bytes(path),
                origin,
                meta,
                text_column=options.text_column,
                delimiter=delimiter,
            )
    except InputError as error:
        yield failure_for(error, origin, meta.id)


__all__ = ["SUPPORTED", "InputKind", "ReadOptions", "kind_of", "read_file"]
