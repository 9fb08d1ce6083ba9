"""HTML character references left in a text body ("&rdquo;", "&#8217;", "&amp;"), decoded.

Why: a release copied out of a feed or a CMS export and saved as plain text keeps its
HTML escapes: "&ldquo;We will act,&rdquo; said …". Nothing reads "&rdquo;" as a closing
quote, nor "Barnardo&#8217;s" as a charity's name: the founding devset so escaped kept
0.305 of its quote sentences and 0.944 of its entities. An HTML page's text is decoded by
its extractor; a plain text body was not.

How: :func:`decoded_references` replaces each complete reference (named or numeric,
ended by its ";") with its character, by :func:`html.unescape`; a bare "&" ("R&D",
"Hull & East Riding") and a name with no ";" stay as written, as does an unknown name
("&foo;"). The document's text is the decoded body (what every offset points into), and
a warning says how many references were decoded.
"""

from __future__ import annotations

import html
import re

CHARACTER_REFERENCE = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
"""A complete HTML character reference: "&rdquo;", "&#8217;", "&#x2019;", "&amp;"."""


def decoded_references(text: str) -> tuple[str, str | None]:
    """``text`` with its HTML character references decoded, and a warning saying how many
    were (None, and ``text`` itself, when none was)."""
    if "&" not in text:
        return text, None
    decoded = 0

    def character(match: re.Match[str]) -> str:
        nonlocal decoded
        found = html.unescape(match.group())
        decoded += found != match.group()
        return found

    result = CHARACTER_REFERENCE.sub(character, text)
    if not decoded:
        return text, None
    return result, f"decoded {decoded} HTML character references (such as &rdquo;)"
