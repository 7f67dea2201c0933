"""Countries: ISO alpha-3 codes, names, aliases, demonyms and capitals (data/countries.tsv)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .tables import read_table, split

PSEUDO_CODES = frozenset({"IGO", "NGO", "MNC", "IMG"})


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


def norm(text: str) -> str:
    """Lookup key: lowercase, no accents, straight apostrophes, hyphens as spaces ("al-Bashir"
    = "Al Bashir", "Díaz-Canel" = "Diaz Canel"), no leading 'the', no possessive."""
    key = text.strip().replace("\u2019", "'").replace("\u00a0", " ")
    if key.endswith("'s"):
        key = key[:-2]
    elif key.endswith("'"):
        key = key[:-1]
    if not key.isascii():
        key = "".join(
            ch for ch in unicodedata.normalize("NFKD", key) if not unicodedata.combining(ch)
        )
    key = " ".join(key.replace("-", " ").split()).lower()
    if key.startswith("the "):
        key = key[4:]
    return key


class Countries:
    """Name, alias, demonym and capital lookups; short all-caps aliases match case-sensitively."""

    def __init__(self) -> None:
        self.by_iso3: dict[str, Country] = {}
        self._names: dict[str, str] = {}
        self._exact: dict[str, str] = {}
        self._demonyms: dict[str, str] = {}
        self._capitals: dict[str, str] = {}
        for row in read_table("countries.tsv", ("iso3", "name", "aliases", "demonyms", "capital")):
            country = Country(
                iso3=row["iso3"],
                name=row["name"],
                aliases=tuple(split(row["aliases"])),
                demonyms=tuple(split(row["demonyms"])),
                capitals=tuple(split(row["capital"])),
            )
            self.by_iso3[country.iso3] = country
            for name in (country.name, *country.aliases):
                self._add(self._names, name, country.iso3)
            for demonym in country.demonyms:
                self._add(self._demonyms, demonym, country.iso3)
            for capital in country.capitals:
                self._capitals.setdefault(norm(capital), country.iso3)
        self._add_official_names()

    def _add(self, table: dict[str, str], name: str, iso3: str) -> None:
        bare = name.replace(".", "")
        if len(bare) <= 4 and bare.isupper():
            self._exact.setdefault(name, iso3)
            return
        table.setdefault(norm(name), iso3)

    def _add_official_names(self) -> None:
        import pycountry

        for record in pycountry.countries:
            iso3 = record.alpha_3
            if iso3 not in self.by_iso3:
                continue
            for attr in ("name", "official_name", "common_name"):
                value = getattr(record, attr, None)
                if value:
                    self._names.setdefault(norm(value), iso3)

    def get(self, iso3: str | None) -> Country | None:
        return self.by_iso3.get(iso3) if iso3 else None

    def is_code(self, code: str | None) -> bool:
        return bool(code) and (code in self.by_iso3 or code in PSEUDO_CODES)

    def by_name(self, text: str) -> str | None:
        exact = self._exact.get(text.strip().rstrip("'s").strip()) or self._exact.get(text.strip())
        return exact or self._names.get(norm(text))

    def by_demonym(self, text: str) -> str | None:
        exact = self._exact.get(text.strip())
        return exact or self._demonyms.get(norm(text))

    def by_capital(self, text: str) -> str | None:
        return self._capitals.get(norm(text))

    def lookup(self, text: str) -> tuple[str, str] | None:
        """(iso3, how) for a country name, demonym or capital; ``how`` names the table used."""
        for how, finder in (
            ("name", self.by_name),
            ("demonym", self.by_demonym),
            ("capital", self.by_capital),
        ):
            found = finder(text)
            if found:
                return found, how
        return None

    def name_of(self, iso3: str) -> str:
        country = self.by_iso3.get(iso3)
        return country.name if country else iso3


@lru_cache(maxsize=1)
def countries() -> Countries:
    return Countries()
