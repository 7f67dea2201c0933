"""RSS 2.0, RSS 1.0 (RDF) and Atom feed files: each item is one article.

An item's text is its full content (``content:encoded``, Atom ``content``) or else its
summary, converted from HTML; its id is the item's guid (Atom ``id``), else its link.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

from ..articles import decode, make_article
from ..errors import InputError, InputErrorCode
from ..model import Failure
from .html import fragment_text
from .records import ArticleMeta, Loaded, failure_for

_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
_RSS1 = "{http://purl.org/rss/1.0/}"


def _text(element: ET.Element | None) -> str | None:
    if element is None:
        return None
    if len(element):  # Atom type="xhtml": the markup is child elements
        return "".join(ET.tostring(child, encoding="unicode") for child in element)
    value = (element.text or "").strip()
    return value or None


def _items(root: ET.Element) -> list[tuple[ET.Element, str]]:
    tag = root.tag
    if tag == "rss":
        return [(item, "rss") for item in root.iterfind("./channel/item")]
    if tag == f"{_ATOM}feed":
        return [(entry, "atom") for entry in root.iterfind(f"./{_ATOM}entry")]
    if tag.endswith("RDF"):
        return [(item, "rss1") for item in root.iterfind(f"./{_RSS1}item")]
    raise InputError(
        InputErrorCode.UNSUPPORTED_FORMAT,
        f"XML root element <{tag}> is not an RSS or Atom feed",
    )


def _fields(item: ET.Element, kind: str) -> dict[str, str | None]:
    if kind == "atom":
        link = next(
            (
                el.get("href")
                for el in item.iterfind(f"{_ATOM}link")
                if el.get("rel", "alternate") == "alternate"
            ),
            None,
        )
        return {
            "id": _text(item.find(f"{_ATOM}id")) or link,
            "title": _text(item.find(f"{_ATOM}title")),
            "url": link,
            "published": _text(item.find(f"{_ATOM}published"))
            or _text(item.find(f"{_ATOM}updated")),
            "body": _text(item.find(f"{_ATOM}content")) or _text(item.find(f"{_ATOM}summary")),
        }
    ns = _RSS1 if kind == "rss1" else ""
    link = _text(item.find(f"{ns}link"))
    return {
        "id": _text(item.find("guid"))
        or item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
        or link,
        "title": _text(item.find(f"{ns}title")),
        "url": link,
        "published": _text(item.find("pubDate")) or _text(item.find(_DC_DATE)),
        "body": _text(item.find(_CONTENT)) or _text(item.find(f"{ns}description")),
    }


def read_feed(data: bytes, origin: str, meta: ArticleMeta) -> Iterator[Loaded | Failure]:
    """One result per feed item; a feed that cannot be parsed is one failure."""
    try:
        decode(data, max_bytes=max(meta.max_bytes, len(data)))
        try:
            root = ET.fromstring(data)
        except ET.ParseError as exc:
            raise InputError(
                InputErrorCode.UNREADABLE, f"not a well-formed RSS/Atom feed: XML error {exc}"
            ) from None
        items = _items(root)
    except InputError as error:
        yield failure_for(error, origin)
        return
    if not items:
        yield failure_for(InputError(InputErrorCode.EMPTY, "the feed has no items"), origin)
        return
    for number, (item, kind) in enumerate(items, start=1):
        where = f"{origin}#item{number}"
        fields = _fields(item, kind)
        try:
            body = fields["body"]
            if not body:
                raise InputError(
                    InputErrorCode.MISSING_TEXT, "feed item has no content and no description"
                )
            article = make_article(
                fragment_text(body),
                id=fields["id"],
                title=fields["title"],
                url=fields["url"],
                published=fields["published"],
                source=meta.source,
                max_bytes=meta.max_bytes,
                check_language=meta.check_language,
            )
        except InputError as error:
            yield failure_for(error, where, fields["id"])
            continue
        yield Loaded(article, where)


__all__ = ["read_feed"]
