"""Phoenix actor dictionaries (TABARI format, PETRARCH-2's ``Phoenix.*.actors.txt``, MIT) read
into knowledge-base actors with dated roles.

The format, as PETRARCH-2's ``read_actor_dictionary`` reads it::

    AFGHANISTAN_  [AFG]              a primary phrase, optionally with its default code
    +KABUL_                          a synonym of the phrase above
    HAMID_KARZAI_  # CountryInfo.txt
    +PRESIDENT_KARZAI_
        [AFGELI 750101-000101]       a dated code: holds from the first to the second date
        [AFGGOV >011222]             holds from the date on
        [AFGGOV <011222]             holds until the date
        [AFGELI]                     a default code: holds whenever no dated code does
    JAVIER_SOLANA_ [IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006]   codes on one line

Comments start with ``#`` or ``;``. Dates are ``YYMMDD`` (``00``-``30`` are 20YY, others 19YY)
or ``YYYYMMDD``; every bound is inclusive. :mod:`readouts.knowledge.phoenix_codes` reads the
codes (``USAGOV`` = USA + GOV) and dates.

A default code becomes roles that cover exactly the time no dated code covers, so resolution
by date (:meth:`~readouts.knowledge.actors.KBActor.roles_at`) gives what PETRARCH-2 would.

Malformed lines (a bad date, an unreadable code, a code line before any name) become
:class:`Problem` records with their file and line number; the rest of the file is still read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .actors import KBActor, Role, slug
from .countries import PSEUDO_CODES
from .phoenix_codes import PhoenixCode, map_code, parse_date

SOURCE = "phoenix"

_LOWER_WORDS = frozenset(
    {"of", "the", "and", "for", "in", "on", "at", "to", "de", "del", "la", "le", "du", "von"}
)
_CODE_RE = re.compile(r"^[A-Z0-9-]{3,}$")


@dataclass(frozen=True)
class Problem:
    """A line that could not be read (or only partly): where it is and what is wrong."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Restriction:
    """One code of an entry with its validity; ``default`` codes hold outside the dated ones."""

    code: PhoenixCode
    start: dt.date | None = None
    end: dt.date | None = None
    default: bool = False


@dataclass
class Entry:
    """One dictionary block: a primary phrase, its synonyms and its codes."""

    name: str
    file: str
    line: int
    aliases: list[str] = field(default_factory=list)
    codes: list[Restriction] = field(default_factory=list)
    unreadable: int = 0  # codes skipped as malformed


def parse_restriction(body: str) -> Restriction:
    """The inside of one ``[...]``: ``CODE``, ``CODE >D``, ``CODE <D`` or ``CODE D-D``."""
    parts = body.strip().split(None, 1)
    if not parts:
        raise ValueError("empty code []")
    code, rest = parts[0], (parts[1] if len(parts) > 1 else "")
    if not _CODE_RE.match(code):
        raise ValueError(f"code {code!r} is not made of capital letters and digits")
    mapped = map_code(code)
    rest = rest.replace(" ", "")
    if not rest:
        return Restriction(mapped, default=True)
    if rest[0] in "<>":
        day = parse_date(rest[1:])
        return Restriction(mapped, None, day) if rest[0] == "<" else Restriction(mapped, day, None)
    first, sep, second = rest.partition("-")
    if not sep:
        raise ValueError(f"cannot read date restriction {rest!r} (want >D, <D or D-D)")
    start, end = parse_date(first), parse_date(second)
    if end < start:
        raise ValueError(f"end date {second} is before start date {first}")
    return Restriction(mapped, start, end)


def display_name(phrase: str) -> str:
    """``HAMID_KARZAI_`` -> ``Hamid Karzai``; ``COMMUNIST_PARTY_OF_CUBA`` keeps ``of`` lower."""
    words = phrase.replace("_", " ").split()
    out: list[str] = []
    for index, word in enumerate(words):
        lower = word.lower()
        if index and lower in _LOWER_WORDS:
            out.append(lower)
            continue
        out.append(re.sub(r"[A-Za-z]+", _cap, lower))
    return " ".join(out)


def _cap(match: re.Match[str]) -> str:
    word = match.group(0)
    before = match.string[match.start() - 1 : match.start()]
    if before == "'" and len(word) <= 1:  # Lord's, Baha'i
        return word
    return word[:1].upper() + word[1:]


def _names(phrase: str) -> list[str]:
    """The display name, and an acronym given in brackets: ``IRISH_ARMY_(IRA)_`` -> 2 names."""
    phrase = phrase.strip().rstrip("_").strip()
    match = re.match(r"^(.*?)[_\s]*\(([^()]+)\)[_\s]*$", phrase)
    names: list[str] = []
    if match and match.group(1):
        names.append(display_name(match.group(1)))
        inner = match.group(2).replace("_", " ").strip()
        if inner.replace(" ", "").isalpha() and len(inner) <= 8 and " " not in inner:
            names.append(inner.upper())
        else:
            names.append(display_name(inner))
    else:
        names.append(display_name(phrase.strip("()")))
    return [n for n in names if n]


def _strip_comment(line: str) -> str:
    cut = len(line)
    for mark in ("#", ";"):
        pos = line.find(mark)
        if pos != -1:
            cut = min(cut, pos)
    return line[:cut]


def _brackets(text: str) -> tuple[str, list[str]]:
    """Split ``NAME [A][B x-y]`` into the text before the first bracket and the bodies."""
    head, sep, tail = text.partition("[")
    bodies = re.findall(r"\[([^\]]*)\]", sep + tail) if sep else []
    return head, bodies


def parse_lines(lines: Iterable[str], file: str) -> tuple[list[Entry], list[Problem]]:
    """Read one dictionary's lines into entries; problems say which lines were skipped."""
    entries: list[Entry] = []
    problems: list[Problem] = []
    current: Entry | None = None

    def codes(bodies: list[str], number: int) -> None:
        for body in bodies:
            try:
                restriction = parse_restriction(body)
            except ValueError as exc:
                problems.append(Problem(file, number, f"[{body.strip()}] skipped: {exc}"))
                if current is not None:
                    current.unreadable += 1
                continue
            if current is None:
                problems.append(Problem(file, number, f"[{body.strip()}] comes before any name"))
                continue
            if len(restriction.code.raw) % 3:
                problems.append(
                    Problem(file, number, f"code {restriction.code.raw} has a partial chunk")
                )
            current.codes.append(restriction)

    for number, raw in enumerate(lines, start=1):
        if "---STOP---" in raw:
            break
        if raw.startswith("<!"):
            continue
        text = _strip_comment(raw.rstrip("\r\n"))
        if not text.strip():
            continue
        head, bodies = _brackets(text)
        if "[" in text and "]" not in text:
            problems.append(Problem(file, number, f"unclosed bracket in {text.strip()!r}"))
            continue
        if text[0] in " \t":
            if not bodies:
                problems.append(Problem(file, number, f"cannot read line {text.strip()!r}"))
                continue
            if head.strip() and current is not None:  # "\tJOHN_MCCLOY_ [CODE]": a synonym
                current.aliases.append(head.strip())
            codes(bodies, number)
        elif text[0] == "+":
            alias = head[1:].strip()
            if current is None:
                problems.append(Problem(file, number, f"synonym {alias!r} comes before any name"))
                continue
            if alias:
                current.aliases.append(alias)
            codes(bodies, number)
        else:
            name = head.strip()
            if not name or any(c.islower() for c in name):  # "Source: MNC.MLH.actors"
                problems.append(Problem(file, number, f"cannot read name {name!r}"))
                current = None
                continue
            current = Entry(name=name, file=file, line=number)
            entries.append(current)
            codes(bodies, number)
    return _join_codeless(entries, problems), problems


def _join_codeless(entries: list[Entry], problems: list[Problem]) -> list[Entry]:
    """As PETRARCH-2 reads it, a phrase without codes shares the codes of the next entry that
    has them: ``LEONID_BREZHNEV_`` / ``SECRETARY_BREZHNEV`` / … ``[RUSELI …]`` is one actor.
    An entry whose every code was malformed (and reported) is left out instead."""
    joined: list[Entry] = []
    waiting: list[Entry] = []
    for entry in entries:
        if not entry.codes:
            if not entry.unreadable:  # an entry whose codes were all malformed is dropped
                waiting.append(entry)
            continue
        if waiting:
            first = waiting[0]
            names = [e.name for e in waiting[1:]] + [entry.name]
            aliases = [a for e in waiting for a in e.aliases] + entry.aliases
            entry = Entry(first.name, entry.file, first.line, [*names, *aliases], entry.codes)
            waiting = []
        joined.append(entry)
    for entry in waiting:
        problems.append(Problem(entry.file, entry.line, f"{entry.name} has no code"))
    return joined


def _gaps(intervals: list[tuple[dt.date | None, dt.date | None]]) -> list[tuple[dt.date, dt.date]]:
    """The stretches of time (as inclusive dates, open ends as date.min/max) none covers."""
    lo, hi = dt.date.min, dt.date.max
    spans = sorted((s or lo, e or hi) for s, e in intervals)
    gaps: list[tuple[dt.date, dt.date]] = []
    cursor = lo
    for start, end in spans:
        if start > cursor:
            gaps.append((cursor, start - dt.timedelta(days=1)))
        if end >= hi:
            return gaps
        cursor = max(cursor, end + dt.timedelta(days=1))
    gaps.append((cursor, hi))
    return gaps


def entry_roles(entry: Entry) -> list[Role]:
    dated = [r for r in entry.codes if not r.default]
    roles = [Role(r.code.country, r.code.sectors, None, r.start, r.end) for r in dated]
    defaults = [r for r in entry.codes if r.default]
    if not defaults:
        return roles
    if not dated:
        return [*roles, *(Role(r.code.country, r.code.sectors) for r in defaults)]
    lo, hi = dt.date.min, dt.date.max
    for start, end in _gaps([(r.start, r.end) for r in dated]):
        for r in defaults:
            roles.append(
                Role(
                    r.code.country,
                    r.code.sectors,
                    None,
                    None if start == lo else start,
                    None if end == hi else end,
                )
            )
    return roles


def entry_kind(entry: Entry) -> str:
    """PERSON when a code is dated or an elite; GPE for a bare country; ORG otherwise."""
    if any(not r.default for r in entry.codes) or any("ELI" in r.code.sectors for r in entry.codes):
        return "PERSON"
    if entry.codes and all(
        len(r.code.raw) == 3 and r.code.country and r.code.country not in PSEUDO_CODES
        for r in entry.codes
    ):
        return "GPE"
    return "ORG"


def entry_actor(entry: Entry) -> KBActor:
    names = _names(entry.name)
    kind = entry_kind(entry)
    aliases: list[str] = names[1:]
    for alias in entry.aliases:
        aliases.extend(_names(alias))
    if kind == "ORG":  # Phoenix writes everything in capitals: keep short names as acronyms too
        for name in (names[0], *aliases):
            if " " not in name and len(name) <= 6 and name.isalpha():
                aliases.append(name.upper())
    primary = names[0]
    unique = [a for a in dict.fromkeys(aliases) if a != primary]
    return KBActor(
        id=f"{SOURCE}:{slug(primary)}",
        name=primary,
        kind=kind,
        aliases=tuple(unique),
        roles=entry_roles(entry),
        source=f"{SOURCE}:{Path(entry.file).name}:{entry.line}",
    )


@dataclass
class PhoenixImport:
    """What reading some Phoenix dictionaries gave: actors, and the lines that were skipped."""

    actors: list[KBActor] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    entries: int = 0


def _lines(path: Path) -> Iterator[str]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    yield from text.splitlines()


def read_phoenix(paths: Iterable[str | Path]) -> PhoenixImport:
    """Parse Phoenix actor dictionaries; an unreadable file is a problem at line 0."""
    result = PhoenixImport()
    for path in map(Path, paths):
        try:
            lines = list(_lines(path))
        except OSError as exc:
            result.problems.append(Problem(str(path), 0, f"cannot read: {exc.strerror or exc}"))
            continue
        entries, problems = parse_lines(lines, str(path))
        result.entries += len(entries)
        result.problems.extend(problems)
        result.actors.extend(entry_actor(e) for e in entries if e.codes)
    return result


__all__ = [
    "Entry",
    "PhoenixImport",
    "Problem",
    "Restriction",
    "display_name",
    "entry_actor",
    "entry_kind",
    "entry_roles",
    "parse_lines",
    "parse_restriction",
    "read_phoenix",
]
