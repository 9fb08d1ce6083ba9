"""HTML pages to text: the main text, title, date and url, extracted with trafilatura.

Why trafilatura: a press release page is mostly navigation, sidebars ("Council tax to
rise by 5%") and footers; trafilatura keeps the article. ``document.text`` is that
extracted text, one paragraph per block separated by blank lines, character references
(``&ldquo;``) decoded, so offsets point into text a reader sees. Nothing is fetched:
trafilatura parses the string it is given (lxml's HTML parser, which expands no
external entities), and the date search is kept to the page's own metadata and markup.
"""

from __future__ import annotations

from typing import Any

from pressfacts.reader.datelines import parse_date_value
from pressfacts.reader.decoding import InputError
from pressfacts.reader.formats import Extracted, paragraphs
from pressfacts.reader.quiet import quiet_parsers

DATE_PARAMETERS = {"extensive_search": False, "original_date": True}
"""htmldate settings: the publication date stated by the page, never a guessed one."""


def extract_html(page: str) -> Extracted:
    """The main text and metadata of an HTML page.

    Raises:
        InputError: no main text was found in the page.
    """
    import trafilatura  # imported on first use: a slow import most runs never need

    try:
        with quiet_parsers():
            found: Any = trafilatura.bare_extraction(
                page,
                with_metadata=True,
                include_comments=False,
                include_tables=True,
                deduplicate=False,
                date_extraction_params=DATE_PARAMETERS,
            )
    except Exception as error:  # a third-party parser on hostile markup must not stop the batch
        raise InputError(f"unreadable HTML: {type(error).__name__}: {error}") from error
    text = paragraphs(str(found.text or "").splitlines()) if found is not None else ""
    if not text:
        raise InputError("no main text found in the HTML page")
    return Extracted(
        text=text,
        title=_clean(found.title),
        url=_clean(found.url),
        published=parse_date_value(found.date) if found.date else None,
        extractors=("trafilatura",),
    )


def _clean(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
