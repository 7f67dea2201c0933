from readouts.events.codebook import codebook
from readouts.events.lexicon import lexicon, parse_trigger


def test_parse_trigger_syntax() -> None:
    assert parse_trigger("meet /with") == ("VERB", "meet", None, "with", None, False)
    pos, lemma, _particle, _prep, objects, _complement = parse_trigger("hold >talks|meeting")
    assert (pos, lemma, objects) == ("VERB", "hold", frozenset({"talks", "meeting"}))
    assert parse_trigger("agree ~")[5] is True
    assert parse_trigger("n:visit")[:2] == ("NOUN", "visit")
    assert parse_trigger("call off")[2] == "off"


def test_lexicon_rows_have_valid_types_and_codes() -> None:
    book = codebook()
    lex = lexicon()
    for triggers in lex._by_key.values():
        for trigger in triggers:
            assert book.code(trigger.cameo) is not None, trigger.rule
            assert book.quad(trigger.type) is not None, trigger.rule
            assert book.is_mode(trigger.type, trigger.mode), (trigger.rule, trigger.mode)


def test_more_specific_triggers_come_first() -> None:
    rules = [t.rule for t in lexicon().candidates("VERB", "meet")]
    assert rules.index("lex:meet_/with") < rules.index("lex:meet")


def test_codebook_scores() -> None:
    book = codebook()
    assert book.intensity("CONSULT", "visit") == 4
    assert book.intensity("CONSULT", None) == 2.5
    assert book.quad("ASSAULT") == 4
    code = book.code("042")
    assert code is not None and code.plover == "CONSULT" and code.goldstein == 1.9
