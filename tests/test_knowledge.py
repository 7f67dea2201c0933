import datetime as dt

from readouts.knowledge.actors import KBActor, KnowledgeBase, Role, packaged_kb
from readouts.knowledge.countries import countries
from readouts.knowledge.places import gazetteer
from readouts.knowledge.roles import roles
from readouts.knowledge.tables import resource_versions


def test_country_names_demonyms_and_case() -> None:
    table = countries()
    assert table.lookup("Cuban") == ("CUB", "demonym")
    assert table.lookup("the United States") == ("USA", "name")
    assert table.by_name("US") == "USA"
    assert table.by_name("us") is None  # the pronoun is not a country
    assert table.by_name("China's") == "CHN"
    assert table.lookup("Kyiv") == ("UKR", "capital")
    assert table.is_code("IGO") and not table.is_code("XYZ")


def test_gazetteer_resolves_province_aliases() -> None:
    places = gazetteer()
    assert places.lookup("Santiago Province")[0].name == "Santiago de Cuba"
    assert places.lookup("Havana Province")[0].name == "La Habana"
    shanghai = places.lookup("Shanghai")
    assert {p.country for p in shanghai} == {"CHN"}
    assert any(p.kind == "city" and p.lat is not None for p in shanghai)


def test_roles_table_prefers_curated_rows() -> None:
    party_secretary = roles().get("party secretary")
    assert party_secretary is not None and set(party_secretary.sectors) == {"PTY", "GOV"}
    size, role = roles().longest(["shanghai", "party", "secretary"], 1) or (0, None)
    assert size == 2 and role is not None and role.kind == "title"


def test_dated_roles_apply_only_inside_their_dates() -> None:
    kb = KnowledgeBase(
        [
            KBActor(
                "person:aragorn",
                "Aragorn",
                "PERSON",
                roles=[Role("GON", ("GOV",), "King", dt.date(2019, 1, 1), None)],
            )
        ]
    )
    aragorn = kb.lookup("aragorn")[0]
    assert aragorn.country_at(dt.date(2020, 5, 1)) == "GON"
    assert aragorn.country_at(dt.date(2010, 5, 1)) is None


def test_packaged_kb_knows_acronyms() -> None:
    kb = packaged_kb()
    assert kb.lookup("PCC")[0].name == "Communist Party of Cuba"
    assert kb.lookup("CPC")[0].country_at(None) == "CHN"


def test_resource_versions_cover_data_files() -> None:
    versions = resource_versions()
    assert {"countries.tsv", "event_lexicon.tsv", "cameo.tsv"} <= set(versions)


def test_provinces_grouped_under_island_units_are_first_level() -> None:
    # Indonesia's provinces sit under island groups in ISO 3166-2; Bali is the province, not
    # the Indian town of the same name
    places = gazetteer()
    assert places.lookup("Bali")[0].country == "IDN"
    assert places.lookup("Java")[0].country == "IDN"
