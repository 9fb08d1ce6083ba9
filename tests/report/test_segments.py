"""The sweep that cuts overlapping highlights into flat segments."""

from __future__ import annotations

import pytest

from pressfacts.report.segments import Highlight, segments

TEXT = "Sergeant Ada Quill said: “Calls rose by 40% in Gwent.”"
NAME = (TEXT.index("Ada"), TEXT.index(" said"))  # "Ada Quill"
QUOTE = (TEXT.index("Calls"), TEXT.index(".”") + 1)  # "Calls rose by 40% in Gwent."
FIGURE = (TEXT.index("40%"), TEXT.index("40%") + 3)


def _h(start: int, end: int, key: str) -> Highlight:
    return Highlight(start, end, key, "entity", "entity", key.upper())


CASES = {
    "no-highlights": ([], [("", TEXT)]),
    "one-span": (
        [(*NAME, "a")],
        [("", "Sergeant "), ("a", "Ada Quill"), ("", TEXT[NAME[1] :])],
    ),
    "nested": (
        [(*QUOTE, "q"), (*FIGURE, "s")],
        [
            ("", TEXT[: QUOTE[0]]),
            ("q", "Calls rose by "),
            ("q s", "40%"),
            ("q", " in Gwent."),
            ("", "”"),
        ],
    ),
    "crossing": (
        [(0, NAME[0] + 3, "a"), (*NAME, "b")],
        [("a", "Sergeant "), ("a b", "Ada"), ("b", " Quill"), ("", TEXT[NAME[1] :])],
    ),
    "same-span": ([(*NAME, "a"), (*NAME, "b")], [("", "Sergeant "), ("a b", "Ada Quill")]),
    "empty-span-left-out": ([(5, 5, "a")], [("", TEXT)]),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_segments_cut_at_every_boundary(case: str) -> None:
    spans, expected = CASES[case]
    pieces = segments(TEXT, [_h(*span) for span in spans])
    assert "".join(piece.text for piece in pieces) == TEXT
    for piece in pieces:
        assert piece.text == TEXT[piece.start : piece.end]
    got = [(" ".join(sorted(h.key for h in piece.marks)), piece.text) for piece in pieces]
    assert got[: len(expected)] == expected


def test_the_innermost_highlight_is_last_and_labels_go_after_the_last_piece() -> None:
    pieces = segments(TEXT, [_h(*QUOTE, "q"), _h(*FIGURE, "s")])
    inner = next(piece for piece in pieces if piece.text == "40%")
    assert [h.key for h in inner.marks] == ["q", "s"]
    assert [h.key for h in inner.ending] == ["s"]
    assert [h.key for h in pieces[-2].ending] == ["q"]
