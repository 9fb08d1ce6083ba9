"""Every identifier and slug of the knowledge set, computed in this one module.

The contract (`knowledge-set.md`) fixes the id forms: ``doc:<16 hex>``,
``<type>:<slug>``, ``quote:<16 hex>`` and ``stat:<16 hex>``. Keeping them here means
a record built anywhere in the pipeline gets the same id for the same thing.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from functools import lru_cache

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def hash16(text: str) -> str:
    """Return the first 16 hex digits of the SHA-256 of ``text`` (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def slugify(name: str) -> str:
    """Lower-case ASCII slug: accents dropped, apostrophes removed, other runs to ``-``.

    >>> slugify("Barnardo’s")
    'barnardos'
    >>> slugify("Stop It Now!")
    'stop-it-now'
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    ascii_name = re.sub(r"['’‘`]", "", ascii_name.lower().replace("’", "'"))
    return _NON_SLUG.sub("-", ascii_name).strip("-")


def document_id(text: str) -> str:
    """Id of a readable document: ``doc:`` + hash of its body text."""
    return "doc:" + hash16(text)


def error_document_id(source: str) -> str:
    """Id of a document that could not be read.

    Such a document has no text, so hashing its (empty) text would merge every failed
    input into one record and lose their separate reasons; the source path is hashed
    instead, under a prefix that cannot collide with a text hash.
    """
    return "doc:" + hash16("\x00error\x00" + source)


@lru_cache(maxsize=16384)
def entity_id(entity_type: str, name: str) -> str:
    """``<type in lower case>:<slug of name>``, e.g. ``person:alan-barr``.

    Kept for the names met last (a bounded cache): the same people and organisations
    are named in document after document, and the slug costs about 2.5 µs to build
    (Unicode normalisation and two regular expressions), a look-up 0.15 µs."""
    return f"{entity_type.lower()}:{slugify(name)}"


def quote_id(normalised_text: str) -> str:
    """``quote:`` + hash of the normalised canonical quote text."""
    return "quote:" + hash16(normalised_text)


_FIELDS_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False)
"""What ``json.dumps(fields, sort_keys=True, ensure_ascii=False)`` uses, made once."""


def statistic_id(fields: dict[str, object]) -> str:
    """``stat:`` + hash of the statistic's normalised fields (key-sorted JSON)."""
    return "stat:" + hash16(_FIELDS_JSON.encode(fields))
