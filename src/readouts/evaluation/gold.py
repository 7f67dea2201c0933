"""Gold codings: the DESIGN.md section 7 format, and adapters for the development sets.

Readers:
- a directory of ``<id>.json`` gold files, or one such file, with the text in a sibling file
  (``<id>.txt`` next to the gold, or a ``.txt`` file next to a single gold file) or in a JSONL
  file given with ``texts`` (records with ``id`` and ``text``);
- PLOVER GSR records (``plover_gsr_dev.jsonl``): one sentence, one gold event whose type is
  ``plover_event_2021_from_cameo``; actors from ``source``, recipients from ``target``;
- PETRARCH GSR records (``gsr_records.jsonl``): sentences with CAMEO-coded dyads
  (``source``/``target`` Phoenix codes whose first three letters are the country).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..errors import UsageError

# Non-ISO codes in the development sets, read as their ISO equivalents.
CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "UKG": "GBR", "UK": "GBR"}


class GoldActor(BaseModel):
    model_config = ConfigDict(extra="ignore")
    name: str | None = None
    country: str | None = None
    sector: list[str] = Field(default_factory=list)
    subnational: str | None = None

    @field_validator("sector", mode="before")
    @classmethod
    def _sectors(cls, value: Any) -> list[str]:
        if value is None:
            return []
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value]

    @field_validator("country", mode="before")
    @classmethod
    def _country(cls, value: Any) -> str | None:
        if value in (None, "", "---"):
            return None
        code = str(value).upper()[:3]
        return CODE_FIXES.get(code, code)


class GoldEvent(BaseModel):
    model_config = ConfigDict(extra="ignore")
    type: str
    mode: str | None = None
    aux: list[str] = Field(default_factory=list)
    actor: list[GoldActor] = Field(default_factory=list)
    recipient: list[GoldActor] = Field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    location: str | None = None
    optional: bool = False
    cameo: str | None = None
    note: str | None = None


class GoldRelation(BaseModel):
    model_config = ConfigDict(extra="ignore")
    type: str
    a: GoldActor
    b: GoldActor


class GoldArticle(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str
    published: str | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    text: str = ""
    events: list[GoldEvent] = Field(default_factory=list)
    relations: list[GoldRelation] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    scored_relations: bool = True


def _texts(path: Path | None) -> dict[str, dict[str, Any]]:
    if path is None:
        return {}
    out: dict[str, dict[str, Any]] = {}
    opener = _open(path)
    for line in opener:
        if line.strip():
            record = json.loads(line)
            out[str(record["id"])] = record
    return out


def _open(path: Path) -> Iterable[str]:
    if path.suffix == ".gz":
        import gzip

        with gzip.open(path, "rt", encoding="utf-8") as handle:
            yield from handle
    else:
        with path.open(encoding="utf-8") as handle:
            yield from handle


def _gold_file(path: Path, texts: dict[str, dict[str, Any]]) -> GoldArticle:
    data = json.loads(path.read_text(encoding="utf-8"))
    gold = GoldArticle.model_validate(data)
    record = texts.get(gold.id)
    if record is not None:
        gold.text = record["text"]
        gold.title = gold.title or record.get("title")
        gold.published = gold.published or record.get("published")
        gold.source = gold.source or record.get("source")
        return gold
    candidates = [path.with_name(gold.id + ".txt"), path.with_suffix(".txt")]
    candidates += (
        sorted(path.parent.glob("*.txt")) if len(list(path.parent.glob("*.json"))) == 1 else []
    )
    for candidate in candidates:
        if candidate.exists():
            gold.text = candidate.read_text(encoding="utf-8")
            return gold
    raise UsageError(
        f"no text for gold article {gold.id!r}: "
        f"put {gold.id}.txt next to {path.name} or pass --texts"
    )


def load_gold(path: str | Path, texts: str | Path | None = None) -> tuple[str, list[GoldArticle]]:
    """Load a gold set; returns (dataset kind, articles). Kind: gold, plover, petrarch."""
    path = Path(path)
    if not path.exists():
        raise UsageError(f"gold path {path} does not exist")
    text_records = _texts(Path(texts)) if texts else {}
    if path.is_dir():
        files = sorted(path.glob("*.json"))
        if not files:
            raise UsageError(f"no gold .json files in {path}")
        if not text_records:
            sibling = path.with_name(path.name.removesuffix(".gold") + ".jsonl")
            if sibling.exists():
                text_records = _texts(sibling)
        return "gold", [_gold_file(f, text_records) for f in files]
    if path.suffix == ".json":
        return "gold", [_gold_file(path, text_records)]
    if path.suffix in {".jsonl", ".gz"}:
        first = next((json.loads(line) for line in _open(path) if line.strip()), None)
        if first is None:
            raise UsageError(f"{path} is empty")
        if "plover_event_2021_from_cameo" in first:
            return "plover", [_plover(json.loads(line)) for line in _open(path) if line.strip()]
        if "gold_events" in first:
            return "petrarch", [_petrarch(json.loads(line)) for line in _open(path) if line.strip()]
    raise UsageError(f"cannot tell what gold format {path} is (expected a folder, .json or .jsonl)")


def _plover(record: dict[str, Any]) -> GoldArticle:
    def actors(items: Any) -> list[GoldActor]:
        if not items or not isinstance(items, list):
            return []
        return [
            GoldActor(name=i.get("text"), country=i.get("code"), sector=i.get("sector") or [])
            for i in items
        ]

    event = GoldEvent(
        type=record["plover_event_2021_from_cameo"],
        mode=record.get("mode"),
        actor=actors(record.get("source")),
        recipient=actors(record.get("target")),
        cameo=record.get("cameo_code_recovered"),
    )
    return GoldArticle(
        id=record["id"],
        text=record["text"],
        events=[event],
        scored_relations=False,
        # The records' date (2000-01-01) is a placeholder, not the sentence's date: they are
        # coded undated, so dated roles are not judged against a wrong day.
    )


def _petrarch(record: dict[str, Any]) -> GoldArticle:
    events = [
        GoldEvent(
            type="CAMEO",
            cameo=e["cameo"],
            actor=[GoldActor(name=e["source"], country=e["source"])],
            recipient=[GoldActor(name=e["target"], country=e["target"])],
        )
        for e in record.get("gold_events", [])
    ]
    date = record.get("date") or ""
    published = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 else None
    return GoldArticle(
        id=record["id"],
        text=record["text"] or conllu_text(record.get("parse_ud_conllu") or ""),
        events=events,
        published=published,
        scored_relations=False,
    )


def conllu_text(conllu: str) -> str:
    """The sentence of a CoNLL-U parse (one record of PETRARCH GSR has its text only there)."""
    out: list[str] = []
    for line in conllu.splitlines():
        cells = line.split("\t")
        if len(cells) < 10 or not cells[0].isdigit():
            continue  # comments, multiword-token ranges, empty nodes
        out.append(cells[1] + ("" if "SpaceAfter=No" in cells[9] else " "))
    return "".join(out).strip()
