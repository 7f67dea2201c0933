import datetime as dt

import pytest

from readouts.articles import decode, looks_english, make_article, parse_published, text_id
from readouts.errors import InputError


def code_of(fn, *args, **kwargs) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as info:
        fn(*args, **kwargs)
    return info.value.code


def test_decode_rejects_each_kind_of_bad_bytes() -> None:
    assert code_of(decode, b"") == "empty"
    assert code_of(decode, b"  \n\t ") == "empty"
    assert code_of(decode, b"abc\x00def") == "binary"
    assert code_of(decode, b"caf\xe9 au lait") == "invalid_encoding"
    assert code_of(decode, b"x" * 50, max_bytes=10) == "too_large"
    assert code_of(decode, bytes(range(1, 32)) * 20) == "binary"


def test_decode_names_the_offending_byte() -> None:
    with pytest.raises(InputError) as info:
        decode(b"ok \xff")
    assert "0xff" in info.value.message and "offset 3" in info.value.message


def test_decode_strips_bom_and_keeps_text() -> None:
    assert decode("\ufeffHello".encode()) == "Hello"


def test_make_article_ids_and_normalization() -> None:
    article = make_article("Line one.\r\nLine two.", published="2023-04-27")
    assert article.text == "Line one.\nLine two."
    assert article.id == text_id(article.text) and article.id.startswith("sha256:")
    assert len(article.id) == len("sha256:") + 16
    assert article.published == dt.date(2023, 4, 27)
    assert make_article("Some text here.", id="abc").id == "abc"


def test_make_article_rejects_bad_dates_and_empty_text() -> None:
    assert code_of(make_article, "Text.", published="27/04/2023 or so") == "bad_date"
    assert code_of(make_article, "   ") == "empty"


def test_parse_published_accepts_common_forms() -> None:
    assert parse_published("2023-04-27T10:00:00Z") == dt.date(2023, 4, 27)
    assert parse_published("Thu, 27 Apr 2023 10:00:00 +0000") == dt.date(2023, 4, 27)
    assert parse_published(None) is None


def test_language_check() -> None:
    english = (
        "The minister said that the two countries would deepen their cooperation in trade " * 3
    )
    spanish = "El ministro dijo que los dos países profundizarán su cooperación en comercio y " * 3
    assert looks_english(english)
    assert not looks_english(spanish)
    assert code_of(make_article, spanish) == "not_english"
