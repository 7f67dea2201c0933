"""Reading input files whole or line by line, gzip-compressed (``.gz``) or not."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError, InputErrorCode

_GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


def is_gzip(path: Path) -> bool:
    return path.suffix.lower() == ".gz"


def inner_name(path: Path) -> str:
    """The file name without a ``.gz`` suffix: ``a.jsonl.gz`` -> ``a.jsonl``."""
    return path.name[:-3] if is_gzip(path) else path.name


def _unreadable(path: Path, exc: BaseException) -> InputError:
    if isinstance(exc, _GZIP_ERRORS):
        return InputError(InputErrorCode.UNREADABLE, f"{path} is not a valid gzip file: {exc}")
    reason = getattr(exc, "strerror", None) or str(exc)
    return InputError(InputErrorCode.UNREADABLE, f"cannot read {path}: {reason}")


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The (decompressed) content; with ``limit``, refuse content larger than that."""
    try:
        if not is_gzip(path):
            if limit is not None and (size := path.stat().st_size) > limit:
                raise InputError(
                    InputErrorCode.TOO_LARGE,
                    f"file is {size:,} bytes, over the limit of {limit:,} bytes "
                    "(raise it with --max-bytes)",
                )
            return path.read_bytes()
        with gzip.open(path, "rb") as stream:
            data = stream.read() if limit is None else stream.read(limit + 1)
        if limit is not None and len(data) > limit:
            raise InputError(
                InputErrorCode.TOO_LARGE,
                f"decompressed content is over the limit of {limit:,} bytes "
                "(raise it with --max-bytes)",
            )
        return data
    except InputError:
        raise
    except (OSError, *_GZIP_ERRORS) as exc:
        raise _unreadable(path, exc) from None


def iter_lines(path: Path) -> Iterator[bytes]:
    """The lines of a (decompressed) file, streamed; a read error raises InputError."""
    try:
        with gzip.open(path, "rb") if is_gzip(path) else path.open("rb") as stream:
            yield from stream
    except (OSError, *_GZIP_ERRORS) as exc:
        raise _unreadable(path, exc) from None


__all__ = ["inner_name", "is_gzip", "iter_lines", "read_bytes"]
