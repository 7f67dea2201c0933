"""The Phoenix (TABARI) actor dictionary importer, on fictional and real snippets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from readouts.knowledge.actors import KnowledgeBase
from readouts.knowledge.phoenix import display_name, parse_lines, parse_restriction, read_phoenix
from readouts.knowledge.phoenix_codes import map_code, parse_date

from .conftest import FIXTURES, SHARED

MIDDLE_EARTH = FIXTURES / "phoenix" / "middle-earth.actors.txt"
REAL = FIXTURES / "phoenix" / "real-snippet.actors.txt"
D = dt.date


def _line_of(path: Path, text: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if text in line:
            return number
    raise AssertionError(f"{text!r} not in {path}")


@pytest.fixture(scope="module")
def middle_earth() -> KnowledgeBase:
    return KnowledgeBase(read_phoenix([MIDDLE_EARTH]).actors)


@pytest.mark.parametrize(
    ("code", "country", "sectors"),
    [
        ("USAGOV", "USA", ("GOV",)),
        ("IGOUNOKID", "IGO", ()),
        ("---REB", None, ("REB",)),
        ("SYROPPHRI", "SYR", ("OPP", "HRI")),
        ("KSVGOV", "XKX", ("GOV",)),
        ("USRARM", "ARM", ()),  # Soviet Armenia is Armenia
        ("YUGGOV", "SRB", ("GOV",)),
        ("AFRREB", None, ("REB",)),  # a region is no country
        ("MED", None, ("MED",)),
        ("NGOCHRPRO214", "NGO", ("CHR", "PRO")),
    ],
)
def test_codes_map_to_country_and_sectors(
    code: str, country: str | None, sectors: tuple[str, ...]
) -> None:
    mapped = map_code(code)
    assert (mapped.country, mapped.sectors) == (country, sectors)


def test_dates_two_and_four_digit_years() -> None:
    assert parse_date("761203") == D(1976, 12, 3)
    assert parse_date("080224") == D(2008, 2, 24)
    assert parse_date("300101") == D(2030, 1, 1)  # 00-30 are 20YY, as in PETRARCH
    assert parse_date("19270101") == D(1927, 1, 1)
    for bad in ("9008223", "201005011", "990229", "2010-01-01"):
        with pytest.raises(ValueError):
            parse_date(bad)


def test_restrictions() -> None:
    dated = parse_restriction("CUBGOV 761203-080224")
    assert (dated.start, dated.end, dated.default) == (D(1976, 12, 3), D(2008, 2, 24), False)
    assert parse_restriction("USAGOV >060731").start == D(2006, 7, 31)
    assert parse_restriction("EGYGOV > 140608").start == D(2014, 6, 8)  # a space after >
    assert parse_restriction("USAGOV <900101").end == D(1990, 1, 1)
    assert parse_restriction("AFGELI").default
    with pytest.raises(ValueError, match="before start"):
        parse_restriction("EGYGOV 20121207-20120802")
    with pytest.raises(ValueError, match="want"):
        parse_restriction("MNEGOV 20121204")


def test_display_names() -> None:
    assert display_name("HAMID_KARZAI_") == "Hamid Karzai"
    assert display_name("COMMUNIST_PARTY_OF_CUBA") == "Communist Party of Cuba"
    assert display_name("MUHAMMAD_AL-BARADEI_") == "Muhammad Al-Baradei"
    assert display_name("LORD'S_RESISTANCE_ARMY") == "Lord's Resistance Army"
    assert display_name("B._LYNN_PASCOE_") == "B. Lynn Pascoe"


def test_dated_roles_hold_only_inside_their_dates(middle_earth: KnowledgeBase) -> None:
    aragorn = middle_earth.lookup("Strider")[0]
    assert aragorn.name == "Aragorn" and aragorn.kind == "PERSON"
    assert aragorn.sectors_at(D(2018, 6, 1)) == ["REB"]
    assert aragorn.sectors_at(D(2020, 6, 1)) == ["GOV"]
    # the default code [NZLELI] holds where no dated code does: before 2018 and in the gap
    assert aragorn.sectors_at(D(2010, 1, 1)) == ["ELI"]
    assert aragorn.sectors_at(D(2019, 4, 30)) == ["REB"]  # bounds are inclusive
    assert aragorn.sectors_at(D(2019, 5, 1)) == ["GOV"]
    assert aragorn.country_at(D(2020, 6, 1)) == "NZL"
    denethor = middle_earth.lookup("Denethor")[0]
    assert denethor.country_at(D(2019, 3, 15)) == "NZL"
    assert denethor.country_at(D(2019, 3, 16)) is None  # no role after his end date


def test_codes_on_the_name_line(middle_earth: KnowledgeBase) -> None:
    theoden = middle_earth.lookup("Theoden King")[0]
    assert theoden.sectors_at(D(2000, 1, 1)) == ["GOV"]
    assert theoden.sectors_at(D(2020, 1, 1)) == ["ELI"]
    assert theoden.country_at(D(2020, 1, 1)) == "ISL"


def test_kinds_aliases_and_acronyms(middle_earth: KnowledgeBase) -> None:
    gondor = middle_earth.lookup("Minas Tirith")[0]
    assert (gondor.name, gondor.kind, gondor.country_at(None)) == ("Gondor", "GPE", "NZL")
    council = middle_earth.lookup("Council of the Wise")[0]
    assert (council.kind, council.country_at(None)) == ("ORG", "IGO")
    company = middle_earth.lookup("DUNEDAIN")[0]
    assert company.name == "Grey Company"
    assert company.country_at(None) is None and company.sectors_at(None) == ["REB"]


def test_unknown_country_code_gives_no_country(middle_earth: KnowledgeBase) -> None:
    saruman = middle_earth.lookup("Curunir")[0]
    assert saruman.country_at(D(2016, 1, 1)) is None  # XYZ is no country
    assert saruman.sectors_at(D(2016, 1, 1)) == ["GOV"]
    assert saruman.country_at(D(2010, 1, 1)) == "IGO"


def test_bad_lines_are_reported_with_line_numbers_and_import_goes_on() -> None:
    result = read_phoenix([MIDDLE_EARTH])
    where = {(Path(p.file).name, p.line) for p in result.problems}
    assert where == {
        (MIDDLE_EARTH.name, _line_of(MIDDLE_EARTH, "170101-]")),
        (MIDDLE_EARTH.name, _line_of(MIDDLE_EARTH, "990229")),
    }
    assert all(str(p).startswith(f"{MIDDLE_EARTH}:") for p in result.problems)
    kb = KnowledgeBase(result.actors)
    faramir = kb.lookup("Faramir")[0]
    assert len(faramir.roles) == 1  # the good line of his block was kept
    assert kb.lookup("Saruman")  # entries after the bad lines were read
    assert not kb.lookup("Boromir")  # his only code was unreadable: no actor


def test_malformed_structure() -> None:
    lines = [
        "\t[USAGOV]",  # a code before any name
        "+ALIAS_ONLY_",  # a synonym before any name
        "SOMEONE_ [USA",  # an unclosed bracket
        "NOBODY_",
        "+NOBODY_ELSE_",
        "---STOP---",
        "AFTER_STOP_ [USA]",
    ]
    entries, problems = parse_lines(lines, "x.txt")
    assert [p.line for p in problems] == [1, 2, 3, 4]
    assert "no code" in problems[-1].message
    assert entries == []


def test_phrases_without_codes_share_the_next_codes() -> None:
    """As PETRARCH-2 reads it: consecutive names before one code block are one actor."""
    lines = ["LEONID_BREZHNEV_", "SECRETARY_BREZHNEV", "\t[RUSGOV 641014-821110]"]
    entries, problems = parse_lines(lines, "x.txt")
    assert not problems and len(entries) == 1
    assert entries[0].name == "LEONID_BREZHNEV_" and entries[0].aliases == ["SECRETARY_BREZHNEV"]


def test_real_snippet() -> None:
    result = read_phoenix([REAL])
    assert not result.problems
    kb = KnowledgeBase(result.actors)
    karzai = kb.lookup("President Karzai")[0]
    assert karzai.id == "phoenix:hamid-karzai"
    assert karzai.source.endswith("real-snippet.actors.txt:7")
    assert karzai.country_at(D(2008, 8, 4)) == "AFG"
    assert karzai.sectors_at(D(2008, 8, 4)) == ["GOV"]
    assert karzai.sectors_at(D(2001, 1, 1)) == ["ELI"]  # between the dated codes
    assert kb.lookup("Kabul")[0].name == "Afghanistan"


def test_unreadable_file_is_a_problem(tmp_path: Path) -> None:
    result = read_phoenix([tmp_path / "missing.txt", REAL])
    assert result.problems[0].line == 0 and "cannot read" in result.problems[0].message
    assert result.actors


@pytest.mark.skipif(
    not (SHARED / "eval" / "petrarch2" / "dictionaries").exists(), reason="no shared dictionaries"
)
def test_full_phoenix_dictionaries_read() -> None:
    folder = SHARED / "eval" / "petrarch2" / "dictionaries"
    names = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"]
    names.append("Phoenix.MilNonState.actors.txt")
    result = read_phoenix([folder / n for n in names])
    assert len(result.actors) > 25_000
    assert len(result.problems) < 30  # a handful of bad dates and codes, each reported
    kb = KnowledgeBase(result.actors)
    assert kb.lookup("Barack Obama")[0].country_at(D(2010, 1, 1)) == "USA"
