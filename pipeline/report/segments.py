"""Overlapping highlights cut into flat segments, so marks never cross in the HTML.

A highlight is a span of a document's text with the record it shows. Spans may
overlap (a person inside a quote, a figure inside a quote); HTML elements may not
cross, so the text is cut at every span boundary and each piece (a segment) carries
the keys of every highlight that covers it. One sweep over the sorted boundaries:
linear in the number of spans after the sort.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Highlight:
    """A span of the text and the record it shows (``key`` in the page's record map)."""

    start: int
    end: int
    key: str
    kind: str  # entity, quote, statistic or miss
    css: str  # class names for its colour
    label: str  # the displaCy-style tag shown after its last segment
    hue: int | None = None  # a quote's speaker colour


@dataclass(frozen=True)
class Segment:
    """A piece of the text; ``marks`` are the highlights covering it, innermost last."""

    start: int
    end: int
    text: str
    marks: tuple[Highlight, ...]
    ending: tuple[Highlight, ...]  # highlights whose last segment this is


def segments(text: str, highlights: Sequence[Highlight]) -> list[Segment]:
    """Cut text into segments at every highlight boundary (empty spans are left out).

    Args:
        text: The document's text.
        highlights: Spans inside the text, in any order, overlapping or not.

    Returns:
        Segments covering the whole text in order; their texts joined give ``text``.
    """
    spans = [h for h in highlights if 0 <= h.start < h.end <= len(text)]
    events: list[tuple[int, int, int]] = []  # (offset, 0 = close / 1 = open, index)
    for index, span in enumerate(spans):
        events.append((span.start, 1, index))
        events.append((span.end, 0, index))
    events.sort()
    out: list[Segment] = []
    open_spans: dict[int, Highlight] = {}
    position = 0
    at = 0
    while at < len(events):
        offset = events[at][0]
        if offset > position:
            out.append(_segment(text, position, offset, open_spans))
            position = offset
        while at < len(events) and events[at][0] == offset:
            _, opens, index = events[at]
            if opens:
                open_spans[index] = spans[index]
            else:
                open_spans.pop(index, None)
            at += 1
    if position < len(text) or not out:
        out.append(_segment(text, position, len(text), open_spans))
    return _with_endings(out)


def _segment(text: str, start: int, end: int, open_spans: dict[int, Highlight]) -> Segment:
    # innermost last: longer spans first, so the shortest span gives the colour
    marks = tuple(sorted(open_spans.values(), key=lambda h: (h.start - h.end, h.start, h.key)))
    return Segment(start, end, text[start:end], marks, ())


def _with_endings(out: list[Segment]) -> list[Segment]:
    """Mark, on each segment, the highlights that end with it (their label goes after it)."""
    return [
        Segment(
            s.start,
            s.end,
            s.text,
            s.marks,
            tuple(h for h in s.marks if h.end == s.end),
        )
        for s in out
    ]
