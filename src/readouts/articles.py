"""Turning raw input (bytes or text plus metadata) into a validated :class:`Article`.

Every check raises :class:`InputError` with a specific code, so a batch can record the input
as a Failure and go on.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from .errors import InputError, InputErrorCode
from .model import Article
from .settings import DEFAULT_MAX_BYTES

_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F']+")
# Frequent English function words: their share of the words separates English from other
# languages written in Latin script well enough for a rejection with a clear message.
_ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "with",
        "as",
        "by",
        "was",
        "at",
        "from",
        "it",
        "are",
        "be",
        "this",
        "an",
        "which",
        "or",
        "has",
        "have",
        "had",
        "were",
        "its",
        "their",
        "his",
        "her",
        "he",
        "she",
        "they",
        "we",
        "not",
        "but",
        "also",
        "will",
        "would",
        "said",
        "after",
        "been",
        "who",
        "more",
        "than",
        "two",
        "about",
        "into",
        "other",
    ]
)


def decode(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode UTF-8 bytes, refusing empty, oversized, binary and badly encoded input."""
    if not data.strip():
        raise InputError(InputErrorCode.EMPTY, "input is empty (no text to code)")
    if len(data) > max_bytes:
        raise InputError(
            InputErrorCode.TOO_LARGE,
            f"input is {len(data):,} bytes, over the limit of {max_bytes:,} bytes "
            "(raise it with --max-bytes)",
        )
    if b"\x00" in data[:8192]:
        raise InputError(InputErrorCode.BINARY, "input looks binary (contains NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            InputErrorCode.INVALID_ENCODING,
            f"input is not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}",
        ) from None
    sample = text[:8192]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in _CONTROL_OK)
    if controls > max(3, len(sample) // 100):
        raise InputError(
            InputErrorCode.BINARY,
            f"input looks binary ({controls} control characters in the first "
            f"{len(sample)} characters), not text",
        )
    return text


def normalize_text(text: str) -> str:
    """Unify line ends and drop a byte-order mark; offsets refer to the result."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def text_id(text: str) -> str:
    return "sha256:" + Article.digest(text)[:16]


def parse_published(value: str | dt.date | dt.datetime | None) -> dt.date | None:
    """Accept a date, a datetime, or an ISO 8601 / RFC 2822 string; ``None`` stays ``None``."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raw = value.strip()
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw[:10])
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(raw.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        pass
    raise InputError(
        InputErrorCode.BAD_DATE,
        f"cannot read the publication date {raw!r}: use YYYY-MM-DD (ISO 8601)",
    )


def looks_english(text: str) -> bool:
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if len(words) < 25:
        return True  # too short to judge; do not reject
    share = sum(1 for w in words if w in _ENGLISH_FUNCTION_WORDS) / len(words)
    return share >= 0.12


def make_article(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: str | dt.date | dt.datetime | None = None,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    check_language: bool = True,
) -> Article:
    """Validate and normalize one article; raise :class:`InputError` on bad input."""
    if not isinstance(text, str):
        raise InputError(InputErrorCode.MISSING_TEXT, "the article text must be a string")
    text = normalize_text(text)
    if not text.strip():
        raise InputError(InputErrorCode.EMPTY, "article text is empty or only whitespace")
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise InputError(
            InputErrorCode.TOO_LARGE,
            f"article is {size:,} bytes, over the limit of {max_bytes:,} bytes",
        )
    if "\x00" in text:
        raise InputError(InputErrorCode.BINARY, "article text contains NUL characters")
    if check_language and not looks_english(text):
        raise InputError(
            InputErrorCode.NOT_ENGLISH,
            "article does not look like English (readouts codes English text only)",
        )
    date = parse_published(published)
    if date is not None and not (dt.date(1800, 1, 1) <= date <= dt.date(2200, 1, 1)):
        raise InputError(InputErrorCode.BAD_DATE, f"publication date {date} is out of range")
    clean_id = id.strip() if isinstance(id, str) and id.strip() else None
    return Article(
        id=clean_id or text_id(text),
        text=text,
        title=title or None,
        url=url or None,
        published=date,
        source=source or None,
        text_sha256=Article.digest(text),
    )


__all__ = [
    "decode",
    "looks_english",
    "make_article",
    "normalize_text",
    "parse_published",
    "text_id",
]
