"""Reading articles from files, streams and records.

Every reader yields, for each input it finds, either a :class:`Loaded` article or a
:class:`~readouts.model.Failure` that says which input failed and why. Nothing is dropped.
"""

from .jsonl import read_jsonl
from .records import ArticleMeta, Loaded, article_from_record, failure_for
from .text import read_text

__all__ = ["ArticleMeta", "Loaded", "article_from_record", "failure_for", "read_jsonl", "read_text"]
