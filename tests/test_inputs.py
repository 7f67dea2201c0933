from readouts.inputs import ArticleMeta, Loaded, read_jsonl, read_text
from readouts.model import Failure


def test_jsonl_keeps_ids_and_reports_bad_lines() -> None:
    data = b"\n".join(
        [
            b'{"id": "a1", "text": "The minister met the ambassador.", "published": "2022-01-05"}',
            b"{not json",
            b'["a", "list"]',
            b'{"id": "a4", "title": "no text"}',
            b'{"id": "a5", "text": ""}',
            b'{"text": "Second good article."}',
        ]
    )
    results = list(read_jsonl(data, "in.jsonl", ArticleMeta()))
    assert isinstance(results[0], Loaded) and results[0].article.id == "a1"
    codes = [r.code for r in results[1:5] if isinstance(r, Failure)]
    assert codes == ["malformed_line", "malformed_line", "missing_text", "empty"]
    assert results[1].input == "in.jsonl:2"  # type: ignore[union-attr]
    assert results[3].article_id == "a4"  # type: ignore[union-attr]
    assert isinstance(results[5], Loaded) and results[5].article.id.startswith("sha256:")


def test_text_input_uses_caller_metadata() -> None:
    meta = ArticleMeta(id="x", published="2023-04-27", title="T", source="S")
    result = read_text(b"Some article text.", "f.txt", meta)
    assert isinstance(result, Loaded)
    assert result.article.id == "x" and str(result.article.published) == "2023-04-27"
    failure = read_text(b"\xff\xfe\x00\x01", "bad.bin", meta)
    assert isinstance(failure, Failure) and failure.code == "binary" and failure.input == "bad.bin"
