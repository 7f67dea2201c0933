"""HTML input: the main text of a web page (trafilatura), or the text of an HTML fragment
such as a feed item's content, with paragraphs separated by blank lines."""

from __future__ import annotations

import html as html_lib
import re
from html.parser import HTMLParser

from ..articles import decode, make_article, parse_published
from ..errors import InputError, InputErrorCode
from ..model import Failure
from .records import ArticleMeta, Loaded, failure_for

_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tr",
        "td",
        "th",
        "ul",
    ]
)
_SKIP = frozenset({"script", "style", "noscript", "template", "head"})
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")


class _FragmentText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.current: list[str] = []
        self.skipping = 0

    def _close_paragraph(self) -> None:
        lines = [_SPACES.sub(" ", line).strip() for line in "".join(self.current).split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            self.paragraphs.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag == "br":
            self.current.append("\n")
        elif tag in _BLOCKS:
            self._close_paragraph()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self._close_paragraph()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.current.append(data.replace("\n", " "))


def fragment_text(markup: str) -> str:
    """The text of an HTML fragment: one paragraph per block element, blank lines between."""
    if "<" not in markup:
        return "\n\n".join(
            p for p in (_SPACES.sub(" ", x).strip() for x in html_lib.unescape(markup).split("\n"))
        )
    parser = _FragmentText()
    parser.feed(markup)
    parser.close()
    parser._close_paragraph()
    return "\n\n".join(parser.paragraphs)


def _page_date(value: object) -> str | None:
    """A date found in the page is a hint: one that cannot be read is dropped, not an error."""
    if not isinstance(value, str):
        return None
    try:
        found = parse_published(value)
    except InputError:
        return None
    return found.isoformat() if found else None


def read_html(data: bytes, origin: str, meta: ArticleMeta) -> Loaded | Failure:
    """The main text of a page; title, date and URL from the page when the caller gave none."""
    import trafilatura

    try:
        markup = decode(data, max_bytes=max(meta.max_bytes, 20 * meta.max_bytes))
        page = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=False
        )
        text = getattr(page, "text", None) if page is not None else None
        if not text or not text.strip():
            raise InputError(
                InputErrorCode.UNREADABLE_HTML,
                "no main text found in the HTML page (is it a page of links or a script?)",
            )
        article = make_article(
            text,
            id=meta.id,
            title=meta.title or getattr(page, "title", None),
            url=meta.url or getattr(page, "url", None),
            published=meta.published or _page_date(getattr(page, "date", None)),
            source=meta.source or getattr(page, "sitename", None),
            max_bytes=meta.max_bytes,
            check_language=meta.check_language,
        )
    except InputError as error:
        return failure_for(error, origin, meta.id)
    return Loaded(article, origin)


__all__ = ["fragment_text", "read_html"]
