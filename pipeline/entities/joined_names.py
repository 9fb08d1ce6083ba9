"""The second of two organisation names of one head word joined by "and".

"the University of Bath and the University of Exeter": a pattern's longest match runs
over both, and trimming keeps the first ("University of Bath"); the second, overlapping
that match, was no match of its own. :func:`second_start` finds where it starts, so the
pattern rules match it again from there (rule ``second_joined_name``), and
:func:`cut_at_joined_names` cuts each candidate before such a second name.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span

from pressfacts.models.resources import OrganisationPattern


def cut_at_repeated_head(span: Span, heads: set[str]) -> Span:
    """``span`` cut before an "and" (or "and the") that a head word of its rule follows
    as the first word of a name of its own, after a head word before it: its own first
    word again ("the University of Leeds and the University of York"), or a capitalised
    head then "of"/"for" ("the Office for National Statistics and the University of
    Hull"), where the second, overlapping the first, was no candidate of its own. "Office
    of the Police and Crime Commissioner" and "Fire and Rescue Service" stay whole."""
    doc, first = span.doc, span.doc[span.start]
    headed = False
    for i in range(span.start, span.end - 1):
        headed = headed or doc[i].lower_ in heads
        after = i + 2 if doc[i + 1].lower_ == "the" else i + 1
        if not (headed and doc[i].lower_ == "and" and after < span.end and after + 1 < len(doc)):
            continue
        head = doc[after]
        if head.text == first.text or (
            head.lower_ in heads and head.is_title and doc[after + 1].lower_ in ("of", "for")
        ):
            return doc[span.start : i]
    return span


JOINS = ("and", "&")
"""The words joining two names of one head word."""
SECOND_NAME_REACH = 12
"""At most this many tokens of the second name, matched again from its start."""


def second_start(first: Span, end: int, heads: set[str]) -> int | None:
    """Rule ``second_joined_name``: the token where a second name starts, after the
    "and (the)" that ends ``first`` (a name trimmed from a match ending at ``end``, or cut
    before a repeated head word); None when the match ends at the name or no join follows
    it ("the Department of Health and Social Care" is one name, never cut)."""
    doc = first.doc
    first_end = cut_at_repeated_head(first, heads).end
    if first_end >= end or doc[first_end].lower_ not in JOINS:
        return None
    start = first_end + 1
    if start < end and doc[start].lower_ == "the":
        start += 1
    return start if start < end else None


def joined_second(first: Span, other: Span, heads: set[str], rule_heads: Iterable[str]) -> bool:
    """Whether ``other``, a candidate starting after an "and" inside ``first`` and running
    past its end, is a second name joined to the first: one of ``heads`` (the first's head
    words at its edges) starts or ends it ("the University of Liverpool and Liverpool John
    Moores University"), or (rule ``crossing_joined_name``) ``first`` ends on no head word
    of its rule, cut off inside ``other`` ("the University of Strathclyde and Strathclyde
    Students' Union": the first rule's words stop at "Students"). "Kent Fire and Rescue
    Service" stays whole: "Rescue Service" ends where it ends."""
    doc = first.doc
    if heads & {doc[other.start].lower_, doc[other.end - 1].lower_}:
        return True
    return doc[first.end - 1].lower_ not in {head.lower() for head in rule_heads}


AND_THE_TAIL_VERBS = frozenset(
    {"said", "says", "say", "told", "added", "has", "have", "had", "is", "are", "was", "were"}
    | {"will", "would", "can", "could", "may", "must", "should", "does", "did", "and", "or"}
)
"""Lower-case words after "and the" and one capitalised word that may follow a name's own
last word ("… and the Arts said"): before them the tail is left to the name."""


def and_the_modifier_tail(doc: Doc, start: int, end: int) -> int:
    """Rule ``and_the_modifier_tail``: the end of a name found by pattern before a tail of
    "and the" and one capitalised word that a lower-case word then follows, the capitalised
    word modifying that noun outside the name ("students returning to the University of
    Plymouth and the Christmas party season", "… the University of Exeter and the Easter
    holidays"): the name ends before "and". Not "… Devon, Cornwall and the Isles of Scilly"
    (more words of the name), nor a verb after it (:data:`AND_THE_TAIL_VERBS`), nor the end
    of the text."""
    if end - start < 4 or end >= len(doc):
        return end
    if doc[end - 3].lower_ != "and" or doc[end - 2].lower_ != "the":
        return end
    after = doc[end]
    if not (after.is_alpha and after.is_lower) or after.lower_ in AND_THE_TAIL_VERBS:
        return end
    return end - 3


def cut_at_joined_names(
    candidates: Sequence[tuple[Span, OrganisationPattern]],
) -> list[tuple[Span, OrganisationPattern]]:
    """Each candidate cut before an "and" (or "and the") that another candidate starts right
    after and runs past its end, a second name (:func:`joined_second`); "Office
    of the Police and Crime Commissioner", "Domestic Abuse and Forced Marriage Helpline" stay
    whole: no second name starts after the "and"."""
    cut: list[tuple[Span, OrganisationPattern]] = []
    # only a candidate starting inside a span can join it: found by the sorted starts, in
    # candidate order, so the test stays linear in the candidates of a long document
    by_start = sorted(range(len(candidates)), key=lambda index: candidates[index][0].start)
    starts = [candidates[index][0].start for index in by_start]
    for span, rule in candidates:
        doc = span.doc
        heads = {doc[span.start].lower_, doc[span.end - 1].lower_} & set(rule.heads)
        inside = by_start[
            bisect.bisect_right(starts, span.start) : bisect.bisect_left(starts, span.end)
        ]
        for other, _ in (candidates[index] for index in sorted(inside)):
            joint = other.start - 1
            if joint > 0 and doc[joint].lower_ == "the":
                joint -= 1
            if not span.start < joint < other.start < span.end < other.end:
                continue
            if doc[joint].lower_ == "and" and joined_second(span, other, heads, rule.heads):
                span = doc[span.start : joint]
                break
        else:
            span = cut_at_repeated_head(span, set(rule.heads))
        cut.append((span, rule))
    return cut
