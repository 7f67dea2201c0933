import datetime as dt

from readouts.dates import resolve

THURSDAY = dt.date(2023, 4, 27)


def test_weekday_before_publication() -> None:
    assert resolve("Wednesday", THURSDAY).date == dt.date(2023, 4, 26)
    assert resolve("on Monday", THURSDAY).date == dt.date(2023, 4, 24)


def test_weekday_equal_to_publication_weekday_is_that_day() -> None:
    assert resolve("Thursday", THURSDAY).date == THURSDAY
    assert resolve("last Thursday", THURSDAY).date == dt.date(2023, 4, 20)


def test_future_weekday_points_forward() -> None:
    assert resolve("Friday", THURSDAY, future=True).date == dt.date(2023, 4, 28)


def test_relative_words() -> None:
    assert resolve("today", THURSDAY).date == THURSDAY
    assert resolve("yesterday", THURSDAY).date == dt.date(2023, 4, 26)
    assert resolve("tomorrow", THURSDAY).date == dt.date(2023, 4, 28)
    assert resolve("last week", THURSDAY).date == dt.date(2023, 4, 20)


def test_explicit_dates_take_the_publication_year() -> None:
    assert resolve("June 14", dt.date(2022, 6, 15)).date == dt.date(2022, 6, 14)
    assert resolve("March 29, 2022", None).date == dt.date(2022, 3, 29)
    assert resolve("May 23-27", dt.date(2022, 5, 22), future=True).date == dt.date(2022, 5, 23)
    assert resolve("14 June 2021", None).date == dt.date(2021, 6, 14)
    assert resolve("December 30", dt.date(2023, 1, 3)).date == dt.date(2022, 12, 30)


def test_without_publication_date_relative_expressions_stay_open() -> None:
    result = resolve("on Wednesday", None)
    assert result.date is None and result.text == "on Wednesday"
    assert resolve("yesterday", None).date is None
