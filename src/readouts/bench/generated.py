"""A deterministic generated corpus of diplomatic readouts, for benchmarks at any size.

The same ``(n, seed)`` always gives the same articles. People are invented; countries,
capitals and titles are real words so that the coder has work to do.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

COUNTRIES = (
    ("Kenya", "Kenyan", "Nairobi"),
    ("Uganda", "Ugandan", "Kampala"),
    ("Brazil", "Brazilian", "Brasilia"),
    ("Argentina", "Argentine", "Buenos Aires"),
    ("India", "Indian", "New Delhi"),
    ("Japan", "Japanese", "Tokyo"),
    ("Germany", "German", "Berlin"),
    ("France", "French", "Paris"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Indonesia", "Indonesian", "Jakarta"),
    ("Mexico", "Mexican", "Mexico City"),
    ("Canada", "Canadian", "Ottawa"),
    ("Nigeria", "Nigerian", "Abuja"),
    ("Vietnam", "Vietnamese", "Hanoi"),
    ("Poland", "Polish", "Warsaw"),
    ("Chile", "Chilean", "Santiago"),
    ("Turkey", "Turkish", "Ankara"),
    ("Australia", "Australian", "Canberra"),
    ("Ghana", "Ghanaian", "Accra"),
    ("Norway", "Norwegian", "Oslo"),
)
TITLES = ("President", "Prime Minister", "Foreign Minister", "Defense Minister", "Trade Minister")
FIRST = ("Amara", "Lucas", "Priya", "Kenji", "Hanna", "Omar", "Sofia", "Tomas", "Wanjiru", "Ana")
LAST = ("Okello", "Ferreira", "Raman", "Sato", "Keller", "Haddad", "Novak", "Mensah", "Lund")
TOPICS = ("trade", "investment", "energy", "climate", "security", "health", "education")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")

SENTENCES = (
    "{t1} {p1} of {c1} met {t2} {p2} of {c2} in {city} on {day} to discuss {topic} and {topic2}.",
    "The two leaders discussed cooperation in {topic}, {topic2} and regional security.",
    "{p1} said {c1} was ready to deepen its partnership with {c2} in {topic}.",
    "{p2} thanked {p1} for the {a1} government's support during the recent crisis.",
    "Both sides agreed to hold the next round of talks in {city2} later this year.",
    "The ministers signed an agreement on {topic} and a memorandum on {topic2}.",
    "{p1} welcomed the progress made since the last meeting of the joint commission.",
    "The {a2} side invited {p1} to visit {c2} at a mutually convenient time.",
    "{p2} condemned the attack on a border post and called for restraint.",
    "The {a1} delegation also met business leaders to promote {topic} between the two countries.",
    "They expressed concern about rising food prices and their effect on {topic2}.",
    "{c1} pledged additional aid to support refugees hosted by {c2}.",
    "{p2} praised the long friendship between the peoples of {c1} and {c2}.",
    "The talks were held in a frank and constructive atmosphere, officials said.",
    "Officials from both governments will meet again next month to review {topic}.",
)


def generate(n: int, seed: int = 0) -> list[dict[str, str]]:
    """``n`` article records (id, title, published, source, text), always the same."""
    rng = random.Random(seed)
    start = dt.date(2022, 1, 3)
    out: list[dict[str, str]] = []
    for index in range(n):
        (c1, a1, city), (c2, a2, city2) = rng.sample(COUNTRIES, 2)
        values = {
            "c1": c1,
            "a1": a1,
            "c2": c2,
            "a2": a2,
            "city": city,
            "city2": city2,
            "t1": rng.choice(TITLES),
            "t2": rng.choice(TITLES),
            "p1": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            "p2": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            "topic": rng.choice(TOPICS),
            "topic2": rng.choice(TOPICS),
            "day": rng.choice(WEEKDAYS),
        }
        chosen = [SENTENCES[0], *rng.sample(SENTENCES[1:], rng.randint(6, 12))]
        paragraphs = [
            " ".join(s.format(**values) for s in chosen[i : i + 3])
            for i in range(0, len(chosen), 3)
        ]
        published = start + dt.timedelta(days=index % 900)
        out.append(
            {
                "id": f"gen-{seed}-{index:07d}",
                "title": f"{values['t1']} {values['p1']} meets {values['t2']} {values['p2']}",
                "published": published.isoformat(),
                "source": "Generated Wire",
                "text": "\n\n".join(paragraphs) + f"\n\n(Generated readout {index}.)",
            }
        )
    return out


def write_jsonl(records: list[dict[str, str]], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


__all__ = ["generate", "write_jsonl"]
