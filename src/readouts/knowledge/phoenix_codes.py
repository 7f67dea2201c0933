"""Phoenix actor codes and dates: ``USAGOV`` is the United States + GOV, ``761203`` is
1976-12-03 (PETRARCH-2's reading of the TABARI formats).

A code is made of three-letter chunks: a country (ISO alpha-3 or a Phoenix special code) or a
pseudo-country (IGO, NGO, MNC, IMG), then sector codes. :func:`map_code` gives our country (ISO
alpha-3, IGO, NGO, MNC, IMG, or none for regions, religions and unknown codes) and sectors.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .countries import PSEUDO_CODES

# Phoenix country codes that are not (current) ISO alpha-3 codes.
COUNTRY_FIXES = {
    "KSV": "XKX",  # Kosovo (World Bank code in Phoenix; readouts uses XKX)
    "TMP": "TLS",  # East Timor
    "ANG": "AGO",  # Angola (old CAMEO code)
    "SRP": "BIH",  # Republika Srpska
    "KRJ": "HRV",  # Republic of Serbian Krajina
}
# Former states: a following country chunk names the successor (USRARM = Armenia, then part of
# the USSR); without one, the main successor state.
FORMER_STATES = {
    "USR": "RUS",
    "SUN": "RUS",
    "YUG": "SRB",
    "FRY": "SRB",
    "SCG": "SRB",
    "DDR": "DEU",
    "CSK": "CZE",
}
# Sector (CAMEO "agent") codes kept from Phoenix codes. readouts keeps Phoenix's own
# three-letter codes, as data/agents.tsv does (MED is media and HLH health in Phoenix).
SECTOR_CODES = frozenset(
    {
        "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "ELI", "BUS", "CRM",
        "CVL", "EDU", "LAB", "MED", "HLH", "REF", "AGR", "ENV", "HRI", "DEV", "UAF", "RAD",
        "MOD", "INS", "SEP", "IRC", "PRM", "UNK", "JRN", "PRE", "REL", "SOC", "MUS", "CHR",
        "JEW", "CTH", "PRO", "ORT", "SHI", "SUN", "BUD", "HIN", "SIK", "JAN", "TAO", "CON",
        "ITP", "NGO", "MNC", "IMG", "IGO",
    }
)  # fmt: skip
_DATE_RE = re.compile(r"^\d{6}(\d{2})?$")


@dataclass(frozen=True)
class PhoenixCode:
    raw: str
    country: str | None
    sectors: tuple[str, ...]


@lru_cache(maxsize=1)
def _iso3() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}


def _country(chunk: str) -> str | None:
    if chunk in PSEUDO_CODES:
        return chunk
    if chunk in COUNTRY_FIXES:
        return COUNTRY_FIXES[chunk]
    return chunk if chunk in _iso3() else None


@lru_cache(maxsize=4096)
def map_code(raw: str) -> PhoenixCode:
    """``USAGOV`` -> USA + GOV; ``IGOUNOKID`` -> IGO; ``---REB`` -> no country + REB.

    A leading region or religion code (``AFRREB``, ``MUS``) gives no country.
    """
    chunks = [raw[i : i + 3] for i in range(0, len(raw), 3)]
    first, rest = (chunks[0], chunks[1:]) if chunks else ("---", [])
    country: str | None
    if first in FORMER_STATES:
        successor = _country(rest[0]) if rest else None
        country = successor or FORMER_STATES[first]
        if successor:
            rest = rest[1:]
    else:
        country = _country(first)
        if country is None and first in SECTOR_CODES:
            rest = [first, *rest]
    sectors = tuple(dict.fromkeys(c for c in rest if c in SECTOR_CODES and c not in PSEUDO_CODES))
    return PhoenixCode(raw, country, sectors)


def parse_date(text: str) -> dt.date:
    """``YYMMDD`` (00-30 = 20YY, else 19YY) or ``YYYYMMDD``; raises ValueError."""
    if not _DATE_RE.match(text):
        raise ValueError(f"date {text!r} is not YYMMDD or YYYYMMDD")
    if len(text) == 8:
        year, rest = int(text[:4]), text[4:]
    else:
        short = int(text[:2])
        year, rest = (2000 + short if short <= 30 else 1900 + short), text[2:]
    try:
        return dt.date(year, int(rest[:2]), int(rest[2:]))
    except ValueError:
        raise ValueError(f"date {text!r} is not a calendar date") from None


__all__ = [
    "COUNTRY_FIXES",
    "FORMER_STATES",
    "SECTOR_CODES",
    "PhoenixCode",
    "map_code",
    "parse_date",
]
