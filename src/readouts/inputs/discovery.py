"""Finding the input files named on a command line: files as given, folders recursively
(sorted, hidden files and folders skipped)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError, InputErrorCode
from ..model import Failure
from .records import failure_for


def discover(paths: Iterable[str | Path]) -> Iterator[Path | Failure]:
    """Each input file in order, or a Failure for a path that does not exist."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield path
        else:
            yield failure_for(
                InputError(InputErrorCode.UNREADABLE, f"no such file or folder: {path}"), str(path)
            )


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


__all__ = ["discover"]
