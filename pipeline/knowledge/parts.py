"""Long documents in parts: paragraph-aligned slices the stages process one at a time.

Why: a release is tens of thousands of characters at most, but an input can be a
report of millions, and several stages do work per finding that grows with the
length of the whole Doc. A document longer than :data:`LONG_DOCUMENT_CHARS` is cut at
paragraph breaks (else line breaks, else sentence ends, else spaces) into parts of
about :data:`PART_CHARS`; each part is one Doc, and the findings' offsets are shifted
back into the whole text, so mentions still point into ``document.text``. Shorter
documents are processed whole, as before: for them nothing changes.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from pressfacts.models.records import EntityRecord, Mention

LONG_DOCUMENT_CHARS = 100_000
"""Documents up to this length are processed whole."""
PART_CHARS = 10_000
"""The length a part of a longer document aims at (a paragraph longer than that is cut)."""
_BREAKS = ("\n\n", "\n", ". ", " ")
"""Where a part may end, best first."""


def split_parts(
    text: str, long_chars: int | None = None, part_chars: int | None = None
) -> list[tuple[int, int]]:
    """``(start, end)`` slices covering ``text``; one slice when it is not long.

    The limits default to :data:`LONG_DOCUMENT_CHARS` and :data:`PART_CHARS`.
    """
    long_chars = LONG_DOCUMENT_CHARS if long_chars is None else long_chars
    part_chars = PART_CHARS if part_chars is None else part_chars
    if len(text) <= long_chars:
        return [(0, len(text))]
    parts: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > part_chars:
        limit = start + part_chars
        end = next(
            (
                cut + len(mark)
                for mark in _BREAKS
                if (cut := text.rfind(mark, start + part_chars // 2, limit)) != -1
            ),
            limit,
        )
        parts.append((start, end))
        start = end
    parts.append((start, len(text)))
    return parts


def shift_mention(mention: Mention, offset: int) -> Mention:
    """The mention moved ``offset`` characters on (from a part into the whole text)."""
    if not offset:
        return mention
    return mention.model_copy(update={"start": mention.start + offset, "end": mention.end + offset})


def shift_entity(record: EntityRecord, offset: int) -> EntityRecord:
    """An entity's mentions moved from a part into the whole text."""
    if not offset:
        return record
    moved = [shift_mention(mention, offset) for mention in record.mentions]
    return record.model_copy(update={"mentions": moved})


def shift_partial(partial: Any, offset: int) -> Any:
    """A quote or statistic partial (a frozen dataclass holding ``mentions`` or a
    ``mention``) moved from a part into the whole text."""
    if not offset:
        return partial
    if hasattr(partial, "mentions"):
        moved = tuple(shift_mention(mention, offset) for mention in partial.mentions)
        return dataclasses.replace(partial, mentions=moved)
    return dataclasses.replace(partial, mention=shift_mention(partial.mention, offset))
