"""Resolving date expressions against the publication date.

Rules, in order: "today"/"tonight"/"this morning" are the publication date; "yesterday" and
"tomorrow" one day either side; a weekday ("on Wednesday") is the latest such day on or before
the publication date (a weekday equal to the publication weekday is that day), or after it
when the clause is in the future tense; "last week"/"next week" are seven days back/forward;
explicit dates ("June 14", "March 29, 2022", "May 23-27", "14 June 2022") take the publication
year when none is given (the previous year if that would put a past event over six months
after publication). Without a publication date a relative expression stays unresolved
(``None``) and the raw text is kept.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_MONTH = (
    r"(january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_MONTH_DAY = re.compile(
    _MONTH + r"\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?(?:,?\s+(\d{4}))?", re.I
)
_DAY_MONTH = re.compile(
    r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(\d{4}))?", re.I
)
_MONTH_YEAR = re.compile(_MONTH + r"\s+(\d{4})", re.I)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_RELATIVE = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "last week": -7,
    "next week": 7,
    "earlier today": 0,
    "later today": 0,
    "last night": -1,
    "this week": 0,
}


@dataclass(frozen=True)
class ResolvedDate:
    date: dt.date | None
    text: str
    precision: str  # day, week, month, year, none
    rule: str


def resolve(text: str, published: dt.date | None, *, future: bool = False) -> ResolvedDate:
    """Resolve one date expression; unresolvable expressions keep their text with date None."""
    raw = " ".join(text.split())
    low = raw.lower().strip(" ,.")
    low_nodet = re.sub(r"^(on|the)\s+", "", low)
    if low_nodet in _RELATIVE:
        if published is None:
            return ResolvedDate(None, raw, "none", "relative-unanchored")
        precision = "week" if "week" in low_nodet else "day"
        return ResolvedDate(
            published + dt.timedelta(days=_RELATIVE[low_nodet]),
            raw,
            precision,
            f"relative:{low_nodet}",
        )
    weekday = _weekday(low_nodet)
    if weekday is not None:
        if published is None:
            return ResolvedDate(None, raw, "none", "weekday-unanchored")
        nxt = low_nodet.startswith("next ") or future
        delta = (published.weekday() - weekday) % 7
        if nxt:
            ahead = (weekday - published.weekday()) % 7 or 7
            return ResolvedDate(published + dt.timedelta(days=ahead), raw, "day", "weekday:next")
        if low_nodet.startswith("last ") and delta == 0:
            delta = 7
        return ResolvedDate(published - dt.timedelta(days=delta), raw, "day", "weekday:last")
    iso = _ISO.search(low)
    if iso:
        try:
            return ResolvedDate(dt.date(int(iso[1]), int(iso[2]), int(iso[3])), raw, "day", "iso")
        except ValueError:
            return ResolvedDate(None, raw, "none", "invalid")
    for pattern, order in ((_MONTH_DAY, "md"), (_DAY_MONTH, "dm")):
        match = pattern.search(low)
        if match:
            if order == "md":
                month, day, year = MONTHS[match[1].lower()], int(match[2]), match[3]
            else:
                day, month, year = int(match[1]), MONTHS[match[2].lower()], match[3]
            return _explicit(raw, day, month, int(year) if year else None, published, future)
    match = _MONTH_YEAR.search(low)
    if match:
        try:
            return ResolvedDate(
                dt.date(int(match[2]), MONTHS[match[1].lower()], 1), raw, "month", "month-year"
            )
        except ValueError:
            return ResolvedDate(None, raw, "none", "invalid")
    match = _YEAR.search(low)
    if match and len(low) <= 12:
        return ResolvedDate(dt.date(int(match[1]), 1, 1), raw, "year", "year")
    return ResolvedDate(None, raw, "none", "unparsed")


def _weekday(low: str) -> int | None:
    words = low.replace(",", " ").split()
    if not words:
        return None
    if words[0] in {"last", "next", "this", "past"} and len(words) > 1:
        words = words[1:]
    if len(words) <= 3 and words[0] in WEEKDAYS and not any(w in MONTHS for w in words[1:]):
        return WEEKDAYS[words[0]]
    return None


def _explicit(
    raw: str, day: int, month: int, year: int | None, published: dt.date | None, future: bool
) -> ResolvedDate:
    if year is None:
        if published is None:
            return ResolvedDate(None, raw, "none", "month-day-unanchored")
        year = published.year
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return ResolvedDate(None, raw, "none", "invalid")
        if not future and (candidate - published).days > 183:
            year -= 1
        elif future and (published - candidate).days > 183:
            year += 1
    try:
        return ResolvedDate(dt.date(year, month, day), raw, "day", "explicit")
    except ValueError:
        return ResolvedDate(None, raw, "none", "invalid")


def is_past_year(text: str, published: dt.date | None) -> bool:
    """Whether an expression names a year (or date) clearly before the publication year."""
    match = _YEAR.search(text)
    if not match:
        return False
    year = int(match[1])
    return published is not None and year < published.year


__all__ = ["ResolvedDate", "is_past_year", "resolve"]
