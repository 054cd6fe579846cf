"""HTML page -> article text and metadata, with trafilatura."""

from __future__ import annotations

import logging

from extractor.errors import InputError
from extractor.ingest.document import SourceDocument

# trafilatura logs every page it cannot parse at WARNING/ERROR; our callers report problems themselves.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

#: Fewer words than this in the main text is a menu, a login wall or an error page, not an article.
MIN_ARTICLE_WORDS = 20


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (
        "<body" in head or "<p>" in head or "<div" in head or "<article" in head
    )


def from_html(
    html: str, *, id: str | None = None, url: str | None = None, origin: str | None = None
) -> SourceDocument:
    """The main text of an HTML page, its title, URL and date; InputError when it holds no article."""
    from trafilatura import bare_extraction

    try:
        doc = bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise InputError(f"HTML could not be parsed ({type(exc).__name__})") from exc
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise InputError("no article text found in the HTML page")
    title = getattr(doc, "title", None) or None
    body = "\n\n".join(line for line in text.split("\n") if line.strip())
    date = getattr(doc, "date", None) or None
    return SourceDocument(
        text=body,
        id=id,
        title=title,
        url=url or getattr(doc, "url", None) or None,
        published=date if date and len(date) == 10 else None,
        origin=origin,
    )
