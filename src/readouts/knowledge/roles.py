"""Role nouns and institutions -> PLOVER sectors (data/roles.tsv over data/agents.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .tables import read_table, split

# When a Phoenix agent phrase carries several sector codes, the first of these wins.
_PRIMARY_ORDER = (
    "GOV",
    "MIL",
    "COP",
    "SPY",
    "LEG",
    "JUD",
    "PTY",
    "OPP",
    "REB",
    "CRM",
    "BUS",
    "MED",
    "EDU",
    "LAB",
    "AGR",
    "REL",
    "REF",
    "CVL",
    "ELI",
    "HLH",
    "NGO",
    "ENV",
    "DEV",
    "HRI",
)
MAX_WORDS = 7


@dataclass(frozen=True)
class RoleNoun:
    phrase: str
    sectors: tuple[str, ...]
    kind: str  # title | person | group | org | agent
    leader: bool
    source: str
    country: str | None = None  # the only country with this office, if any


class Roles:
    def __init__(self) -> None:
        self._table: dict[str, RoleNoun] = {}
        self._words: set[str] | None = None
        for row in read_table("agents.tsv", ("phrase", "sectors")):
            sectors = split(row["sectors"])
            primary = next(
                (s for s in _PRIMARY_ORDER if s in sectors), sectors[0] if sectors else ""
            )
            if not primary:
                continue
            phrase = row["phrase"]
            self._table[phrase] = RoleNoun(phrase, (primary,), "agent", False, "agents.tsv")
        for row in read_table("roles.tsv", ("phrase", "sectors", "kind", "leader")):
            phrase = row["phrase"].lower()
            role = RoleNoun(
                phrase,
                tuple(split(row["sectors"])),
                row["kind"],
                row["leader"] == "1",
                "roles.tsv",
                row.get("country") or None,
            )
            self._table[phrase] = role
            if "-" in phrase:  # the tokenizer splits "Director-General" into three words
                self._table[" - ".join(part.strip() for part in phrase.split("-"))] = role

    def is_role_word(self, word: str) -> bool:
        """Whether a word occurs in a role phrase ("federal", "interior", "national")."""
        if self._words is None:
            self._words = {w for phrase in self._table for w in phrase.split()}
        return word in self._words

    def get(self, phrase: str) -> RoleNoun | None:
        return self._table.get(" ".join(phrase.lower().split()))

    def longest(self, words: list[str], start: int = 0) -> tuple[int, RoleNoun] | None:
        """Longest role phrase starting at ``words[start]``: (number of words, role)."""
        best: tuple[int, RoleNoun] | None = None
        for size in range(1, min(MAX_WORDS, len(words) - start) + 1):
            found = self._table.get(" ".join(words[start : start + size]).lower())
            if found is not None:
                best = (size, found)
        return best


@lru_cache(maxsize=1)
def roles() -> Roles:
    return Roles()
