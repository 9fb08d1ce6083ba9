"""Quoted passages: marks paired per paragraph, continuation paragraphs and split quotes.

The pairing works per paragraph so that one unbalanced mark never swallows the rest
of the document. A paragraph that ends inside a quote leaves the passage open; the
next paragraph continues it only if it opens with a mark (or closes one it never
opened); otherwise the passage ended with its paragraph. An unclosed mark in the
middle of a sentence (not after "said:", a comma or a sentence end) is a stray and
is dropped. A closing mark with no opening one, followed by a verb of saying, quotes
its paragraph from the start. Split quotes (``“…,” said X. “…”``) join into one
passage, so the attribution between the runs and the speech test see the whole of it;
the passage notes where each part split off by its attribution starts, and each part is
a quote of its own (as a part closed and re-opened after ``She added:`` is). Runs are
trimmed of white space, underscores, asterisks, marks and a final comma.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from pressfacts.quotes.attribution import PassageContext
from pressfacts.quotes.cues import Cues, ends_with_lead, has_cue_after
from pressfacts.quotes.marks import MARK_CHARS, Mark, find_marks, paragraphs

_TRIM = " \t\n_*" + MARK_CHARS


@dataclass
class _Run:
    start: int
    end: int
    open_at: int | None
    close_end: int | None
    paragraph: int


@dataclass
class Passage:
    """One quoted passage: its runs of words and the paragraphs around it."""

    runs: list[tuple[int, int]]
    first_paragraph: int
    last_paragraph: int
    head: tuple[int, int]
    tails: list[tuple[int, int]] = field(default_factory=list)
    previous_paragraph: tuple[int, int] | None = None
    next_paragraph: tuple[int, int] | None = None
    splits: tuple[int, ...] = ()
    """Indices into ``runs`` where a part split off by its attribution starts."""

    def parts(self) -> list[tuple[tuple[int, int], ...]]:
        """The runs of each part: the passage cut where its attribution splits it."""
        bounds = [0, *self.splits, len(self.runs)]
        return [tuple(self.runs[a:b]) for a, b in pairwise(bounds) if b > a]

    def context(self) -> PassageContext:
        """The passage as the attribution rules see it."""
        return PassageContext(
            tuple(self.runs),
            self.head,
            tuple(self.tails),
            self.previous_paragraph,
            self.next_paragraph,
        )


@dataclass
class _ParagraphResult:
    runs: list[_Run]
    still_open: bool
    continued: bool
    """Whether the paragraph went on with a passage left open by the one before."""


def _pair_paragraph(
    text: str,
    index: int,
    span: tuple[int, int],
    continuing: bool,
    cues: Cues,
) -> _ParagraphResult | None:
    """Runs of one paragraph; None when an open passage does not go on here."""
    start, end = span
    marks = find_marks(text, start, end)
    lead = start
    while lead < end and text[lead] in " \t_*":
        lead += 1
    first = marks[0] if marks else None
    opens_here = first is not None and first.role == "open" and first.at == lead
    missing_open = first is not None and first.role == "close"
    if continuing and not (opens_here or missing_open):
        return None
    return _pair_marks(text, index, span, lead, marks, continuing, cues)


def _pair_marks(
    text: str,
    index: int,
    span: tuple[int, int],
    lead: int,
    marks: Sequence[Mark],
    continuing: bool,
    cues: Cues,
) -> _ParagraphResult:
    """Pair marks left to right in one pass, dropping stray unclosed marks.

    An opening mark with no closing mark of its kind after it stays open to the end of
    the paragraph: it is kept (the passage goes on) when it opens after a lead-in, and
    dropped as a stray otherwise, the pairing going on after it. Knowing where each
    kind last closes decides that at the mark, so the pass never starts over.
    """
    start, end = span
    last_close = {mark.kind: at for at, mark in enumerate(marks) if mark.role == "close"}
    runs: list[_Run] = []
    inside: str | None = None
    run_start, open_at = lead, None
    all_dropped = True  # every mark so far was a dropped stray: the next is the first
    for position, mark in enumerate(marks):
        if inside is None and mark.role == "close" and all_dropped:
            if continuing or has_cue_after(text, mark.at + 1, end, cues):
                # the opening mark went missing: quote from the paragraph start
                runs.append(_Run(lead, mark.at, None, mark.at + 1, index))
        elif inside is None and mark.role == "open":
            if last_close.get(mark.kind, -1) > position:
                inside, open_at, run_start = mark.kind, mark.at, mark.at + 1
            elif mark.at == lead or ends_with_lead(text, start, mark.at, cues):
                runs.append(_Run(mark.at + 1, end, mark.at, None, index))
                return _ParagraphResult(runs, True, continuing)
            else:
                continue  # a stray unclosed mark mid-sentence: dropped
        elif inside == mark.kind and mark.role == "close":
            runs.append(_Run(run_start, mark.at, open_at, mark.at + 1, index))
            inside = None
        all_dropped = False
    return _ParagraphResult(runs, False, continuing)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Run bounds without white space, underscores, asterisks, marks or a final comma."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if end > start and text[end - 1] == ",":
        end -= 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
    return start, end


def find_passages(
    text: str, cues: Cues, end_markers: frozenset[str] = frozenset()
) -> list[Passage]:
    """Every quoted passage of ``text``, before telling speech from scare quotes.

    Args:
        text: the document text.
        cues: compiled word lists (verbs of saying decide stray and split marks).
        end_markers: lines that end the release.
    """
    spans = paragraphs(text, end_markers)
    groups: list[list[_Run]] = []
    splits: list[set[int]] = []  # per group: the runs that start a part split off
    open_group = False
    for index, span in enumerate(spans):
        result = _pair_paragraph(text, index, span, open_group, cues)
        if result is None:  # the open passage ended with the paragraph before
            open_group = False
            result = _pair_paragraph(text, index, span, False, cues)
        assert result is not None
        for position, run in enumerate(result.runs):
            joins = position == 0 and result.continued
            split = False
            if not joins and groups and groups[-1][-1].paragraph == index:
                joins = split = _is_split(text, groups[-1][-1], run, cues)
            if joins and groups:
                if split:
                    splits[-1].add(len(groups[-1]))
                groups[-1].append(run)
            else:
                groups.append([run])
                splits.append(set())
        open_group = result.still_open
    return [
        _passage(text, group, spans, split)
        for group, split in zip(groups, splits, strict=True)
        if _has_words(text, group)
    ]


def _is_split(text: str, before: _Run, after: _Run, cues: Cues) -> bool:
    """``“…,” said X. “…”``: only a cue of saying between two runs of one paragraph."""
    if before.close_end is None or after.open_at is None:
        return False
    gap = text[before.close_end : after.open_at]
    if gap.rstrip().endswith(":"):
        return False  # '… said: “A.” Jo Bell said: “B.”': the cue opens the next quote
    if _WORDS_AFTER_STOP.search(gap):
        return False  # '“A,” said Jo Bell. The council agreed to “B”': B is another's
    return len(gap) < SPLIT_GAP_MAX and has_cue_after(text, before.close_end, after.open_at, cues)


SPLIT_GAP_MAX = 180
"""The longest attribution (characters) that splits one quote in two (rule
``long_split_attribution``): a title, a name and a relative clause fit ("…,” said
Lincolnshire's Police and Crime Commissioner, Richard Fenwick, who has given the team an
extra £180,000 for 2026-27. “…”: both parts are his); before, 120 characters."""


_WORDS_AFTER_STOP = re.compile(r"[.!?]\s+[^.!?]*\w[^.!?]*$")
"""Words after the gap's last full stop, before the next opening mark: a sentence begun
after the attribution, whose own subject says what follows ("“A,” said Jo Bell. The
council agreed to “B”"); not the stop of an abbreviation inside the attribution
("said Supt. Amy Cole. “B”": nothing after the last stop)."""


def _has_words(text: str, group: list[_Run]) -> bool:
    return any(
        _trim(text, run.start, run.end)[1] > _trim(text, run.start, run.end)[0] for run in group
    )


def _passage(
    text: str, group: list[_Run], spans: list[tuple[int, int]], splits: set[int]
) -> Passage:
    first, last = group[0], group[-1]
    trimmed = [_trim(text, run.start, run.end) for run in group]
    kept = [position for position, run in enumerate(trimmed) if run[1] > run[0]]
    # a part starts at the first kept run at or after each split (empty runs dropped)
    starts = {sum(1 for k in kept if k < split) for split in splits}
    head_end = first.open_at if first.open_at is not None else first.start
    tails = [(run.close_end, spans[run.paragraph][1]) for run in group if run.close_end is not None]
    return Passage(
        runs=[trimmed[position] for position in kept],
        first_paragraph=first.paragraph,
        last_paragraph=last.paragraph,
        head=(spans[first.paragraph][0], head_end),
        tails=tails,
        previous_paragraph=spans[first.paragraph - 1] if first.paragraph > 0 else None,
        next_paragraph=spans[last.paragraph + 1] if last.paragraph + 1 < len(spans) else None,
        splits=tuple(sorted(start for start in starts if 0 < start < len(kept))),
    )
