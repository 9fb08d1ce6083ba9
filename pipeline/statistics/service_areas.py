"""The area a release's subject says it works in, for a release that no body places: a
charity of no known area whose service "supports … young people in the West Midlands and the
East of England", a project that "works across Kent and Medway". Its figures with no place of
their own are of that area, as a force's are of the force's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from pressfacts.statistics.areas import Place


class ServiceAreaRule(NamedTuple):
    """A named wording of a sentence that says where the release's subject works, matched on
    the sentence up to its first place."""

    name: str
    pattern: re.Pattern[str]


_SUBJECT_NOUN = (
    r"^\W{0,3}(?:the|its|our)\s+(?:[\w-]+(?:['’]s)?\s+){0,2}?(?:service|charity|scheme|"
    r"project|programme|team|trust|caseworkers|workers|mentors|staff|helpline)"
)
"""The release's subject: "The service", "Its mentors", "The charity's consumer service"."""
_SUBJECT = _SUBJECT_NOUN + r"\s+"
SERVICE_AREA_RULES: tuple[ServiceAreaRule, ...] = (
    # "The service supports 15 to 21-year-olds released from custody in the West Midlands",
    # "The charity works across Kent", "Its mentors cover Hull and York"
    ServiceAreaRule(
        "subject-works-in",
        re.compile(
            _SUBJECT + r"(?:works?|operates?|supports?|runs?|helps?|serves?)\b[^.!?;]{0,90}?"
            r"\b(?:in|across|throughout)\s+(?:the\s+)?$",
            re.I,
        ),
    ),
    ServiceAreaRule(
        "subject-covers", re.compile(_SUBJECT + r"(?:covers?|spans?)\s+(?:the\s+)?$", re.I)
    ),
    # "The charity's consumer service, which covers England and Wales, handled 3,912 cases",
    # "Its helpline, which operates across Wales, took 900 calls"; not ", which opened in
    # Leeds" (where it began, not where it works)
    ServiceAreaRule(
        "subject-aside-covers",
        re.compile(
            _SUBJECT_NOUN + r",\s+(?:which|that|who)\s+(?:covers?|spans?|(?:works?|operates?|"
            r"runs?|serves?)\s+(?:in|across|throughout))\s+(?:the\s+)?$",
            re.I,
        ),
    ),
    # "The charity, which runs the helpline for victims across England and Wales, said …",
    # "The trust, which supports families throughout the North East, …": the remit after the
    # aside's verb and its object; not ", which runs a shop in Leeds" (where, not a remit)
    ServiceAreaRule(
        "subject-aside-object-across",
        re.compile(
            _SUBJECT_NOUN + r",\s+(?:which|that|who)\s+(?:runs?|operates?|provides?|"
            r"supports?|serves?|helps?|works?\s+with)\s+[^,.;:!?\n]{1,60}?"
            r"\b(?:across|throughout)\s+(?:the\s+)?$",
            re.I,
        ),
    ),
)
"""The wordings of a service-area sentence, tried in order."""

SERVICE_SENTENCES = 3
"""How many sentences from the start of the body a service-area sentence may be."""
_LIST_JOIN = re.compile(r"(?:,\s*|\s+and\s+)(?:the\s+)?")


def service_area(
    text: str, sentences: Sequence[tuple[int, int]], places: Sequence[Place]
) -> str | None:
    """The places (as worded, a list joined by commas and "and" kept whole) that one of the
    first :data:`SERVICE_SENTENCES` sentences gives as where the release's subject works,
    by a rule of :data:`SERVICE_AREA_RULES`; None when none does."""
    for start, end in sentences[:SERVICE_SENTENCES]:
        inside = [p for p in places if start <= p.start < end]
        if not inside:
            continue
        head = text[start : inside[0].start]
        if not any(rule.pattern.search(head) for rule in SERVICE_AREA_RULES):
            continue
        last = inside[0]
        for place in inside[1:]:
            if not _LIST_JOIN.fullmatch(text[last.end : place.start]):
                break
            last = place
        return text[inside[0].start : last.end]
    return None
