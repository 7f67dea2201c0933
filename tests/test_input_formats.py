"""Readers for CSV, JSON, HTML, RSS/Atom, .gz and folders: every input ends as an article or
a failure with a specific code (no language model needed)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from readouts.inputs import ArticleMeta, Loaded, ReadOptions, read_paths
from readouts.inputs.html import fragment_text
from readouts.model import Failure

from .conftest import SHARED

RSS = SHARED / "corpora" / "rss-samples"
ENGLISH = (
    "The foreign minister of Arnor met the steward of Gondor in Minas Tirith on Tuesday. "
    "They discussed trade and the security of the river crossings, and agreed to meet again."
)


def read(*paths: Path, **options: object) -> list[Loaded | Failure]:
    return list(read_paths(paths, ReadOptions(**options)))  # type: ignore[arg-type]


def codes(results: list[Loaded | Failure]) -> list[str]:
    return [r.code for r in results if isinstance(r, Failure)]


def test_csv_with_text_column_and_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(
        f'id,body,published\nc1,"{ENGLISH}",2023-01-02\nc2,"short, ragged",2023-01-03,extra\n'
        f'c3,,2023-01-04\nc4,"{ENGLISH} Again.",not a date\n',
        encoding="utf-8",
    )
    results = read(path, text_column="body")
    assert isinstance(results[0], Loaded) and results[0].article.id == "c1"
    assert results[0].origin == f"{path}:2"
    assert codes(results) == ["malformed_line", "empty", "bad_date"]
    missing = read(path)
    assert codes(missing) == ["missing_text"] and "--text-column" in missing[0].message  # type: ignore[union-attr]


def test_json_object_or_list(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(f'{{"id": "j1", "text": "{ENGLISH}"}}', encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(f'[{{"id": "j2", "text": "{ENGLISH}"}}, 5]', encoding="utf-8")
    results = read(one, many)
    assert [r.article.id for r in results if isinstance(r, Loaded)] == ["j1", "j2"]
    assert codes(results) == ["malformed_line"]


def test_html_page_and_unreadable_html(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Talks in Minas Tirith</title></head><body><nav>Home | News</nav>"
        f"<article><h1>Talks in Minas Tirith</h1><p>{ENGLISH}</p><p>{ENGLISH}</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    empty = tmp_path / "script.html"
    empty.write_text("<html><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    results = read(page, empty)
    assert isinstance(results[0], Loaded)
    assert (
        "Minas Tirith" in results[0].article.text and "Home | News" not in results[0].article.text
    )
    assert codes(results) == ["unreadable_html"]


def test_fragment_text_keeps_paragraphs() -> None:
    text = fragment_text("<p>One&nbsp;two</p>\n<p>Three <b>four</b><br>five</p><script>x</script>")
    assert text == "One two\n\nThree four\nfive"


@pytest.mark.skipif(not RSS.exists(), reason="../shared/corpora is not present")
def test_rss_samples_as_given() -> None:
    results = read(RSS)
    loaded = [r for r in results if isinstance(r, Loaded)]
    assert len(loaded) == 20 and not codes(results)
    first = loaded[0].article
    assert first.id.startswith("https://www.state.gov/?page_id=") and first.published is not None
    assert first.url and first.title and "\n\n" in first.text


def test_atom_feed_and_bad_feeds(tmp_path: Path) -> None:
    atom = tmp_path / "a.atom"
    atom.write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        "<entry><id>urn:1</id><title>Talks</title><link href='https://example.org/1'/>"
        f"<updated>2023-04-05T10:00:00Z</updated><content type='html'>&lt;p&gt;{ENGLISH}&lt;/p&gt;"
        "</content></entry><entry><id>urn:2</id><title>No body</title></entry></feed>",
        encoding="utf-8",
    )
    broken = tmp_path / "broken.rss"
    broken.write_text("<rss><channel><item>", encoding="utf-8")
    other = tmp_path / "other.xml"
    other.write_text("<catalog><book/></catalog>", encoding="utf-8")
    results = read(atom, broken, other)
    article = results[0].article  # type: ignore[union-attr]
    assert article.id == "urn:1" and str(article.published) == "2023-04-05"
    assert article.url == "https://example.org/1"
    assert codes(results) == ["missing_text", "unreadable", "unsupported_format"]


def test_gzip_files_and_corrupt_gzip(tmp_path: Path) -> None:
    lines = tmp_path / "a.jsonl.gz"
    with gzip.open(lines, "wt", encoding="utf-8") as stream:
        stream.write(f'{{"id": "g1", "text": "{ENGLISH}"}}\n{{broken\n')
    text = tmp_path / "b.txt.gz"
    text.write_bytes(gzip.compress(ENGLISH.encode()))
    corrupt = tmp_path / "c.txt.gz"
    corrupt.write_bytes(b"\x1f\x8b\x08\x00garbage")
    results = read(lines, text, corrupt)
    assert next(r.article.id for r in results if isinstance(r, Loaded)) == "g1"
    assert sum(isinstance(r, Loaded) for r in results) == 2
    assert codes(results) == ["malformed_line", "unreadable"]


def test_folders_recursive_sorted_hidden_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ENGLISH + " First.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    big = tmp_path / "big.txt"
    big.write_text(ENGLISH * 20, encoding="utf-8")
    results = list(
        read_paths([tmp_path, tmp_path / "nope"], ReadOptions(meta=ArticleMeta(max_bytes=1000)))
    )
    origins = [r.origin if isinstance(r, Loaded) else r.input for r in results]
    assert origins == [
        str(tmp_path / "a.txt"),
        str(big),
        str(tmp_path / "report.pdf"),
        str(tmp_path / "b" / "z.txt"),
        str(tmp_path / "nope"),
    ]
    assert codes(results) == ["too_large", "unsupported_format", "unreadable"]


def test_jsonl_without_records_is_an_empty_input(tmp_path: Path) -> None:
    empty, blank, gz = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl.gz"
    empty.write_bytes(b"")
    blank.write_bytes(b"\n  \n")
    gz.write_bytes(gzip.compress(b"\n"))
    for path in (empty, blank, gz):
        results = read(path)
        assert codes(results) == ["empty"], path
        assert isinstance(results[0], Failure) and results[0].input == str(path)
