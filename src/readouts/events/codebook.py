"""CAMEO codes and PLOVER scores: names, Goldstein values, quad classes, intensities."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..knowledge.tables import read_table, split


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad: int
    plover: str | None
    mode: str | None
    contexts: tuple[str, ...]


class Codebook:
    def __init__(self) -> None:
        self.cameo: dict[str, CameoCode] = {}
        for row in read_table("cameo.tsv", ("code", "name", "goldstein", "quad", "plover", "mode")):
            self.cameo[row["code"]] = CameoCode(
                code=row["code"],
                name=row["name"],
                goldstein=float(row["goldstein"]),
                quad=int(row["quad"]),
                plover=row["plover"] or None,
                mode=row["mode"] or None,
                contexts=tuple(split(row["contexts"])),
            )
        self._scores: dict[tuple[str, str], tuple[float, int]] = {}
        for row in read_table("plover.tsv", ("type", "mode", "score", "quad")):
            self._scores[(row["type"], row["mode"])] = (float(row["score"]), int(row["quad"]))

    def code(self, code: str) -> CameoCode | None:
        return self.cameo.get(code)

    def intensity(self, event_type: str, mode: str | None) -> float | None:
        found = self._scores.get((event_type, mode or "")) or self._scores.get((event_type, ""))
        return found[0] if found else None

    def quad(self, event_type: str) -> int | None:
        found = self._scores.get((event_type, ""))
        return found[1] if found else None

    def is_mode(self, event_type: str, mode: str | None) -> bool:
        return mode is None or (event_type, mode) in self._scores


@lru_cache(maxsize=1)
def codebook() -> Codebook:
    return Codebook()
