"""Actor country accuracy: locating gold spans, picking our entity, both scoring methods."""

from __future__ import annotations

from readouts.evaluation.actor_countries import entity_at, locate, score_actor_countries
from readouts.evaluation.gold import GoldActor, GoldArticle, GoldEvent, conllu_text
from readouts.model import Article, CodedArticle, CoderInfo, Entity, Mention

TEXT = "Senior Rohirrim and Gondorian officials met in Edoras. U.S. and Russian negotiators left."


def _coded(
    mentions: list[tuple[str, str | None]], countries: dict[str, str | None]
) -> CodedArticle:
    """Mentions given by their text (first occurrence) and entity id."""
    items = []
    for number, (text, entity) in enumerate(mentions, start=1):
        start = TEXT.index(text)
        items.append(
            Mention(
                id=f"M{number}",
                start=start,
                end=start + len(text),
                text=text,
                label="X",
                sentence=0,
                source="ner",
                entity=entity,
            )
        )
    entities = [
        Entity(id=eid, name=eid, kind="GROUP", country=country, mentions=[])
        for eid, country in countries.items()
    ]
    return CodedArticle(
        article=Article(id="a", text=TEXT, text_sha256="0"),
        entities=entities,
        mentions=items,
        coder=CoderInfo(version="t", model="m", model_version="0"),
    )


def _gold(source: list[tuple[str, str]], target: list[tuple[str, str]]) -> GoldArticle:
    def actors(items: list[tuple[str, str]]) -> list[GoldActor]:
        return [GoldActor(name=text, country=code) for text, code in items]

    event = GoldEvent(type="CONSULT", actor=actors(source), recipient=actors(target))
    return GoldArticle(id="a", text=TEXT, events=[event])


def test_locate_exact_and_by_words() -> None:
    [(start, end)], how = locate(TEXT, "Gondorian officials")
    assert how == "exact" and TEXT[start:end] == "Gondorian officials"
    ranges, how = locate(TEXT, "U.S. ... negotiators")
    assert how == "words" and [TEXT[s:e] for s, e in ranges] == ["U.S.", "negotiators"]
    ranges, how = locate(TEXT, "West  Rohirrim")  # a word the sentence lacks, doubled space
    assert how == "words" and [TEXT[s:e] for s, e in ranges] == ["Rohirrim"]
    assert locate(TEXT, "Mordor") == ([], "missing")


def test_entity_at_prefers_the_tightest_overlap() -> None:
    coded = _coded(
        [("Senior Rohirrim and Gondorian officials", "E1"), ("Gondorian", "E2"), ("Edoras", None)],
        {"E1": "ISL", "E2": "NZL"},
    )
    assert entity_at(coded, locate(TEXT, "Gondorian")[0]) == ("E2 E2", "NZL")
    # no mention of its own: the enclosing group's entity
    assert entity_at(coded, locate(TEXT, "Rohirrim")[0]) == ("E1 E1", "ISL")
    # a mention without an entity is never chosen
    assert entity_at(coded, locate(TEXT, "Edoras")[0]) == (None, None)


def test_span_method_counts_right_and_wrong() -> None:
    coded = _coded(
        [("Senior Rohirrim and Gondorian officials", "E1"), ("Gondorian", "E2")],
        {"E1": "ISL", "E2": None},
    )
    gold = _gold([("Rohirrim", "ISL"), ("Gondorian", "NZL")], [("Edoras", "---")])
    score = score_actor_countries("plover", [(gold, coded)])
    assert score.method == "span"
    assert (score.right, score.total, score.unscored) == (1, 2, 1)
    [miss] = score.errors()
    assert (miss.gold_text, miss.gold, miss.ours) == ("Gondorian", "NZL", None)
    assert score.frequent_errors() == [(("Gondorian", "NZL", "none"), 1)]


def test_gold_codes_are_normalized() -> None:
    coded = _coded([("Gondorian", "E1")], {"E1": "JPN"})
    gold = _gold([("Gondorian", "JAP")], [])
    assert score_actor_countries("plover", [(gold, coded)]).accuracy == 1.0


def test_sentence_method_for_code_only_gold() -> None:
    coded = _coded([("Rohirrim", "E1"), ("Russian", "E2")], {"E1": "ISL", "E2": "RUS"})
    gold = _gold([("ISLGOV", "ISLGOV")], [("USAMIL", "USAMIL"), ("---REB", "---REB")])
    score = score_actor_countries("petrarch", [(gold, coded)])
    assert score.method == "sentence"
    assert (score.right, score.total, score.unscored) == (1, 2, 1)
    assert score.errors()[0].ours == "ISL,RUS"


def test_failed_articles_count_as_misses() -> None:
    gold = _gold([("Rohirrim", "ISL")], [("Gondorian", "NZL")])
    score = score_actor_countries("plover", [(gold, None)])
    assert (score.right, score.total, score.failures) == (0, 2, 1)
    assert {item.located for item in score.items} == {"failed"}


def test_conllu_text_rebuilds_a_missing_sentence() -> None:
    conllu = (
        "# text = x\n"
        "1\tBoko\tBoko\tPROPN\tNNP\t_\t2\tname\t_\t_\n"
        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\tHaram\tHaram\tPROPN\tNNP\t_\t0\troot\t_\tSpaceAfter=No\n"
        "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    )
    assert conllu_text(conllu) == "Boko Haram."


def test_one_mention_for_two_countries_takes_the_one_named_in_the_gold_words() -> None:
    from readouts.model import FieldEvidence, Span

    coded = _coded([("U.S. and Russian negotiators", "E1")], {"E1": "USA", "E2": "RUS"})
    us, ru = coded.entities
    us.mentions = ru.mentions = ["M1"]
    for entity, word in ((us, "U.S."), (ru, "Russian")):
        start = TEXT.index(word)
        entity.evidence.append(
            FieldEvidence(
                field="country",
                value=entity.country or "",
                rule="coordinated-demonym",
                span=Span(start=start, end=start + len(word), text=word),
            )
        )
    russian, _ = locate(TEXT, "Russian negotiators")
    american, _ = locate(TEXT, "U.S. ... negotiators")
    assert entity_at(coded, russian)[1] == "RUS"
    assert entity_at(coded, american)[1] == "USA"
