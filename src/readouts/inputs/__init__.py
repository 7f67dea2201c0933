"""Reading articles from files, streams and records.

Every reader yields, for each input it finds, either a :class:`Loaded` article or a
:class:`~readouts.model.Failure` that says which input failed and why. Nothing is dropped.
:func:`read_paths` reads files and folders of any supported format.
"""

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..model import Failure
from .discovery import discover
from .files import SUPPORTED, InputKind, ReadOptions, kind_of, read_file
from .jsonl import read_json, read_jsonl, read_jsonl_lines
from .records import ArticleMeta, Loaded, article_from_record, failure_for
from .text import read_text


def read_paths(paths: Iterable[str | Path], options: ReadOptions) -> Iterator[Loaded | Failure]:
    """Every article in these files and folders (recursively), in order, or its Failure."""
    for found in discover(paths):
        if isinstance(found, Failure):
            yield found
        else:
            yield from read_file(found, options)


__all__ = [
    "SUPPORTED",
    "ArticleMeta",
    "InputKind",
    "Loaded",
    "ReadOptions",
    "article_from_record",
    "discover",
    "failure_for",
    "kind_of",
    "read_file",
    "read_json",
    "read_jsonl",
    "read_jsonl_lines",
    "read_paths",
    "read_text",
]
