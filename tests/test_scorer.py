from readouts.evaluation.gold import GoldActor, GoldArticle, GoldEvent
from readouts.evaluation.scorer import event_key, score_corpus
from readouts.model import Article, CodedArticle, CoderInfo, EntityRef, Event


def _coded(events: list[Event]) -> CodedArticle:
    article = Article(id="a", text="x", text_sha256="0")
    return CodedArticle(
        article=article, events=events, coder=CoderInfo(version="t", model="m", model_version="0")
    )


def _event(kind: str, actor: list[str], recipient: list[str], mode: str | None = None) -> Event:
    refs = lambda codes: [EntityRef(id=f"E{i}", name=c, country=c) for i, c in enumerate(codes)]  # noqa: E731
    return Event(
        id="V1",
        type=kind,
        mode=mode,
        actor=refs(actor),
        recipient=refs(recipient),
        confidence=0.5,
        rule="t",
    )  # type: ignore[arg-type]


def _gold(events: list[GoldEvent]) -> GoldArticle:
    return GoldArticle(id="a", text="x", events=events)


def _g(
    kind: str,
    actor: list[str],
    recipient: list[str],
    optional: bool = False,
    mode: str | None = None,
) -> GoldEvent:
    return GoldEvent(
        type=kind,
        mode=mode,
        optional=optional,
        actor=[GoldActor(name=c, country=c) for c in actor],
        recipient=[GoldActor(name=c, country=c) for c in recipient],
    )


def test_consult_is_direction_free() -> None:
    a = event_key("CONSULT", [GoldActor(country="USA")], [GoldActor(country="DEU")])
    b = event_key("CONSULT", [GoldActor(country="DEU"), GoldActor(country="USA")], [])
    assert a == b
    assert event_key(
        "SUPPORT", [GoldActor(country="USA")], [GoldActor(country="DEU")]
    ) != event_key("SUPPORT", [GoldActor(country="DEU")], [GoldActor(country="USA")])


def test_optional_gold_counts_neither_way() -> None:
    gold = _gold(
        [
            _g("CONSULT", ["USA"], ["DEU"]),
            _g("ACCUSE", ["USA"], ["RUS"], optional=True),
            _g("AGREE", ["USA"], ["DEU"], optional=True),
        ]
    )
    predicted = _coded(
        [
            _event("CONSULT", ["DEU", "USA"], [], mode="visit"),
            _event("ACCUSE", ["USA"], ["RUS"]),
            _event("SUPPORT", ["USA"], ["FRA"]),
        ]
    )
    score = score_corpus([(gold, predicted)])
    assert (score.overall.tp, score.overall.fp, score.overall.fn) == (1, 1, 0)
    assert score.by_type["SUPPORT"].fp == 1


def test_failed_article_counts_its_required_events_as_missed() -> None:
    gold = _gold([_g("CONSULT", ["USA"], ["DEU"]), _g("AGREE", ["USA"], ["DEU"])])
    score = score_corpus([(gold, None)])
    assert score.overall.fn == 2 and score.failures == 1
    assert score.overall.f1 == 0.0


def test_mode_accuracy_over_matched_events() -> None:
    gold = _gold([_g("CONSULT", ["USA"], ["DEU"], mode="visit")])
    score = score_corpus([(gold, _coded([_event("CONSULT", ["USA", "DEU"], [], mode="phone")]))])
    assert score.overall.tp == 1 and score.consult_mode.value == 0.0
