"""The area of one figure: the first rule of :data:`FIGURE_AREA_RULES` that gives one.

The places and bodies a figure's sentence names, the document's area and the area named last
are found by :mod:`pressfacts.statistics.areas`; here each figure picks among them (the place
of its clause, a place pointed back to, the area of the figure it refers to, a lead-in's place,
the document's area). The same for every figure of a sentence is read once per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pressfacts.statistics.agent_places import agent_located, part_by_force_agent, sent_to
from pressfacts.statistics.areas import SCOPE_PLACE, Place
from pressfacts.statistics.centre_words import centre_named_before
from pressfacts.statistics.clause_breaks import (
    PART_OF,
    WITH_PART,
    sentence_breaks,
)
from pressfacts.statistics.closing_bodies import (
    ATTRIBUTED_AFTER,
    OWN_SCOPE_AFTER,
    attributed_aside,
    cited_body,
    closes_as_speaker,
    closing_speaker,
    relative_aside_place,
    yardstick_under_speaker,
)
from pressfacts.statistics.county_wording import county_as_worded
from pressfacts.statistics.district_names import venue_at, venue_scope
from pressfacts.statistics.force_subjects import (
    commissioner_subject,
    council_subject,
    force_subject,
    named_council_subject,
)
from pressfacts.statistics.gapped_subjects import gapped_subject, is_gapped_subject
from pressfacts.statistics.list_count_places import later_figures_place, listed_count_place
from pressfacts.statistics.list_units import is_place
from pressfacts.statistics.local_teams import local_team_patch
from pressfacts.statistics.namesake_cities import namesake_city
from pressfacts.statistics.own_places import OWN_PLACE, own_place, region_words_before
from pressfacts.statistics.part_places import in_part_opening, part_of_sentence_whole
from pressfacts.statistics.place_roles import DIVISION_AFTER, example_elsewhere
from pressfacts.statistics.place_wording import LIST_PARTS, THE_COUNTRY, PlaceTree
from pressfacts.statistics.port_scopes import port_scope
from pressfacts.statistics.pronoun_openings import (
    possessive_opening,
    pronoun_went_on,
    that_compares_back,
    there_points_back,
    victims_went_on,
)
from pressfacts.statistics.region_areas import CLOSING_REGION_WORDS, OWN_REGION_WORDS, THE_BOROUGH
from pressfacts.statistics.release_country import national_figure
from pressfacts.statistics.remit_places import remit_place
from pressfacts.statistics.result_clauses import money_purpose_place, result_clause_area
from pressfacts.statistics.share_areas import scopes_share_whole, share_area, wider_whole_share
from pressfacts.statistics.sibling_areas import compared_count
from pressfacts.statistics.station_scopes import station_scope
from pressfacts.statistics.subject_places import sentence_opening, subject_place
from pressfacts.statistics.survey_samples import sample_share
from pressfacts.statistics.yardstick_areas import FORCE_AVERAGE, yardstick_area, yardstick_between


@dataclass(slots=True)  # not frozen: one per figure, and a frozen __init__ costs 3x
class FigureContext:
    """What the area rules of one figure look at."""

    text: str
    sentence: tuple[int, int]
    at: int
    """Where the figure starts in ``text``."""
    places: Sequence[Place]
    """The places and territorial bodies of its sentence, lists joined."""
    anaphoric: bool
    """It points back to a figure before ("of these", "that figure")."""
    previous_area: str | None
    """The area of the figure it points back to."""
    region_area: str | None
    """The last area named before its sentence as its sentence's back-pointing words
    take it (:func:`region_area`; None when it has no such words)."""
    lead_in_area: str | None
    """The place of the sentence before, when that sentence states no figure."""
    document_area: str | None
    country: str | None = None
    """What the release's national words mean (:func:`release_country`)."""
    last_area: str | None = None
    """The area named last before its sentence (what "across the region" points back to)."""
    compared_area: str | None = None
    """The area of the count before it in its sentence, when it is that count's yardstick
    with its noun left out ("6,870 arrests across Leeds, compared with 6,210 in the same
    quarter last year")."""
    further_area: str | None = None
    """The area of the count before it in its sentence that it adds to with its noun left
    out ("… and a further 302 since January": :func:`.further_area`)."""
    force_area: str | None = None
    """The area of the one territorial force the release names, if it names one."""
    tree: PlaceTree | None = None
    """Which place lies within which (:class:`~.place_wording.PlaceTree`)."""


_DIGIT = re.compile(r"\d")
_OF_OPENING = re.compile(r"\W{0,3}(?:of|out\s+of)\s", re.I)
"""A sentence opening on the whole it divides ("Of the 30 who took part, 21 …")."""

_CLAUSE_COMMA = re.compile(r",(?!\d)")
"""A comma that ends a clause: not one between a figure's digits ("3,870")."""


def _clause(context: FigureContext) -> tuple[int, int, int]:
    """(clause start, clause end, earliest usable place offset) of the figure."""
    s_start, s_end = context.sentence
    start, end, floor = s_start, s_end, s_start
    clause_breaks, yardstick_breaks = sentence_breaks(context.text[s_start:s_end])
    for breaks, is_yardstick in ((clause_breaks, False), (yardstick_breaks, True)):
        for brk_start, brk_end in breaks:
            if s_start + brk_end <= context.at:
                start = max(start, s_start + brk_end)
                if is_yardstick:
                    floor = max(floor, s_start + brk_end)
            elif s_start + brk_start > context.at:
                end = min(end, s_start + brk_start)
    floor = start if floor > s_start else floor  # rule past-yardstick-clause
    if _OF_OPENING.match(context.text, s_start):  # "Of the 38 forces that responded, Kent …"
        # the whole divided is not the part's place; "3,870" has no comma of the clause
        comma = _CLAUSE_COMMA.search(context.text, context.at, end)
        end = comma.start() if comma else end
    return start, end, floor


def _yardstick(context: FigureContext) -> str | None:
    """:func:`.yardstick_area` of the figure; an average of the release's own area ("a
    force average of 1.4") is the area the document speaks for."""
    area = yardstick_area(context.text, context.at, context.sentence, context.places)
    return context.document_area if area == FORCE_AVERAGE else area


PARTS_AFTER = re.compile(
    r",\s+(?:including\s+)?(?:[\d,.]+|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:them|these|those|which)\b|"
    r",\s+(?:including|among\s+them|of\s+(?:which|whom))\b|"
    r",\s+with\s+(?=[^.;:]{0,80}?\d)|"
    r",\s+out\s+of\s+(?:a\s+total\s+of\s+)?(?:[a-z]+\s+){0,2}?\d",
    re.I,
)
"""After a figure in its clause: the start of its breakdown into parts ("140 arrests, 68
of them in Stoke", "…, including 12 in Leek", "…, of which 1,934 were in Swindon" (rule
``of-which-parts``), "…, with the bin in Hove collecting 41"),
whose places are the parts', not the total's (a colon, "140 arrests: 68 in Stoke",
already ends the clause); or of the whole it is a part of ("14 in 2023, out of 96 across
the UK": rule ``whole-after``, the whole's place). A bound for the figure only: unlike a
:data:`~pressfacts.statistics.clause_breaks.YARDSTICK_BREAK`, it leaves the parts free to
take the total's place when they name none."""


WHOLE_OF_PART = re.compile(r"\b(?:\d[\d,]*|[a-z]+)\s+of\s+the\s+$", re.I)
"""Before a figure that is the whole of a part ("23 of the [52] thefts")."""
PART_LOCATED = re.compile(
    r"\b(?:took\s+place|happened|occurred|were|was)\s+(?:in|at|near)\s+(?:the\s+)?$", re.I
)
"""Before a place that locates the part ("… took place in Powys"): the part's, not its
whole's ("23 of the 52 thefts took place in Powys": the 52 are the issuer's)."""


PART_SUBJECT = re.compile(
    r"\s+(?:alone\s+)?(?:accounted\s+for|recorded|saw|had|made|carried\s+out|logged)\s+"
    r"(?:(?:nearly|almost|around|about|over|more\s+than|just\s+over|just\s+under)\s+)?"
    r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+of\s+the\s+",
    re.I,
)
"""Between a place and a figure, the place as the subject of the part of which the figure
is the whole (rule ``part_subject_place``): "Bristol accounted for 4,112 of the [9,870]
searches", "Leeds recorded 412 of the [1,870] arrests": the whole is the wider body's,
not the place's; not "Leeds recorded 412 of its 1,870" (its own whole)."""


def _part_located(context: FigureContext, place: Place) -> bool:
    """Whether ``place`` locates the part of which the figure is the whole: after the part
    (:data:`PART_LOCATED`) or as its subject (:data:`PART_SUBJECT`)."""
    before = context.text[max(0, context.at - 24) : context.at]
    if not WHOLE_OF_PART.search(before):
        return False
    if PART_LOCATED.search(context.text, max(0, place.start - 30), place.start):
        return True
    return PART_SUBJECT.fullmatch(context.text, place.end, context.at) is not None


_PART_OPENING = re.compile(rf"\s*{PART_OF}", re.I)
"""A clause that opens on a part of the total before it ("around a fifth of them")."""

_PART_END = re.compile(r",\s|;")
"""Where a breakdown's part ends: its clause's comma."""


def _in_parts_before(context: FigureContext, at: int) -> bool:
    """Whether ``at`` lies in a breakdown's part (:data:`PARTS_AFTER`) that ends before the
    figure: "57 arrests, 19 of them in Oxford, and 31 test purchases": Oxford is the
    19's, not the 31's."""
    s_start = context.sentence[0]
    for parts in PARTS_AFTER.finditer(context.text, s_start, context.at):
        end = _PART_END.search(context.text, parts.end(), context.at)
        if end is not None and parts.start() <= at < end.start():
            return True
    return in_part_opening(context.text, s_start, context.at, at)  # rule part-opening-clause


def _nearest(context: FigureContext, places: Sequence[Place]) -> str | None:
    """The place nearest the figure in its clause, else the nearest in its sentence before
    the end of its clause, not across a comparison or a part of a total ("… in the UK,
    compared with 417 …")."""
    own_at = OWN_PLACE.match(context.text, context.at)  # a venue: only its own place
    places = [
        p
        for p in places
        if not _part_located(context, p)
        and not _in_parts_before(context, p.start)
        and not listed_count_place(context.text, context.at, p)
        and not later_figures_place(context.text, context.at, p)
        and (p.rule != "district" or venue_scope(context.text, context.at, p, own_at))
        and not example_elsewhere(context.text, p, context.at)
        and not relative_aside_place(context.text, p, context.at, context.sentence[0])
    ]
    if not places:
        return None  # no place: nothing is nearest, the clause is not looked for
    start, end, floor = _clause(context)
    s_start, s_end = context.sentence
    parts = PARTS_AFTER.search(context.text, context.at, s_end)  # "140 arrests, 68 of them"
    end = min(end, parts.start()) if parts else end
    in_clause = [  # not a later gapped item's subject (", York 25"): that item's own
        p
        for p in places
        if start <= p.start < end
        and not (p.start > context.at and is_gapped_subject(context.text, p))
    ]
    own = gapped_subject(context.text, context.at, context.places) or own_place(
        context.text, context.at, context.sentence[0], in_clause
    )
    if own is not None:
        return own.area
    if in_clause:
        best = min(in_clause, key=lambda p: (_rank(context.text, p), abs(p.start - context.at)))
        rank = _rank(context.text, best)
        national = THE_COUNTRY.search(context.text, context.at, end)  # rule national-over-remit
        if national and rank >= 3:
            return None
        if (
            rank >= 3
            and closes_as_speaker(context.text, best)
            and start > s_start
            and not OWN_SCOPE_AFTER.search(context.text, start, end)
        ):
            # rule speaker-yields-to-sentence-place: "Officers in Plymouth applied for 146
            # orders, and magistrates granted 131 of them, Devon and Cornwall Police said."
            # No place before: the later rules read the sentence ("officers in the city").
            before = [
                p for p in places if s_start <= p.start < start and _rank(context.text, p) < 3
            ]
            return max(before, key=lambda p: p.start).area if before else None
        return best.area
    if context.previous_area and start > s_start and _PART_OPENING.match(context.text, start):
        return None  # ", around a fifth of them": a part's clause, the whole's place
    yardstick_breaks = sentence_breaks(context.text[s_start:s_end])[1]
    ceiling = next((s_start + b for b, _ in yardstick_breaks if s_start + b > context.at), end)
    # never into the next clause ("…, while Hull recorded 97") nor a breakdown's parts
    ceiling = min(ceiling, end)
    usable = [p for p in places if floor <= p.start < ceiling]
    if not usable and WITH_PART.search(context.text, s_start, context.at):
        # "… to UK law enforcement more than doubled in 2025, with 91% of victims male"
        usable = [p for p in places if s_start <= p.start < context.at]
    if not usable:
        return None
    # rule ``speaker-aside``: ", Kent Police said, up 9% on …" yields to a place before it
    return min(
        usable,
        key=lambda p: (attributed_aside(context.text, p.start, p.end), abs(p.start - context.at)),
    ).area


def _rank(text: str, place: Place) -> float:
    """Which of a clause's places a figure takes first: a scope ("in Essex", a venue "at
    Anfield", a site's town "on a farm near Dover": rule ``site-near-place``), then a
    territorial body, a force's division or local team named after a place ("Police
    Scotland's Tayside division", "Dover neighbourhood team": rule ``local-team-patch``; the
    nearer first), then a place used otherwise, and last a national body cited as the
    source (its remit yields to any place the clause names: "Dogs Trust said it took in 38
    dogs from Derbyshire"), a body that closes the sentence as its speaker
    (:data:`ATTRIBUTED_AFTER`) or speaks between commas inside it (``speaker-aside``), one
    cited as its source ("according to West Midlands Police", :func:`cited_body`) or a
    speaker's portfolio place (:func:`.remit_place`, rule ``portfolio-remit``: "Jo Bell,
    director for the North West, said …")."""
    if place.rule == "source-body" or ATTRIBUTED_AFTER.match(text, place.end):
        return 3
    if attributed_aside(text, place.start, place.end) or cited_body(text, place.start):
        return 3  # ", Kent Police said, up 9% on"; "…, according to West Midlands Police"
    if remit_place(text, place.start, place.end):  # a portfolio's or an aside's place
        return 3
    if place.rule in ("place", "district"):
        before = text[max(0, place.start - 30) : place.start]
        if (
            SCOPE_PLACE.search(before)
            or sent_to(text, place.start)  # rule sent-to-place: "officers … were sent to Dover"
            or venue_at(before, place.area)
            or port_scope(text, place.start, place.end)  # "at the Humber ports"
            or station_scope(text, place.start, place.end)  # "a sweep of Leeds station"
        ):
            if scopes_share_whole(text, place.start, place.end):  # "half of all … in Kent"
                return 0.5  # yields to the share's own scope, not to a body
            return 1 if agent_located(text, place.start) else 0  # "Officers in Suffolk" yields
        patch = DIVISION_AFTER.match(text, place.end) or local_team_patch(text, place.end)
        return 1 if patch else 2
    return 1


def _national_figure(context: FigureContext) -> str | None:
    """ "the national average of 244": the country the release means (:func:`national_figure`)."""
    return national_figure(context.text, context.sentence[0], context.at, context.country)


_CLOSING_REACH = 160
"""How far after a figure (characters) the words closing its sentence may end."""


def _own_region_words(context: FigureContext) -> str | None:
    """Back-pointing words that are the figure's own ("North Wales Police logged 412 hate
    crimes in the county": the county named before, Gwynedd; "12 more places in Leek,
    taking the total across the county to 58": Staffordshire, not Leek), before the body
    its clause names; not when what was named before is a list of places."""
    area = context.region_area
    if area is None:
        return None
    before = region_words_before(context.text, context.sentence[0], context.at, context.places)
    s_end = context.sentence[1]
    closing = (
        s_end - context.at <= _CLOSING_REACH
        and not re.search(r"[;:]", context.text[context.at : s_end])
        and CLOSING_REGION_WORDS.search(context.text, context.at, s_end)
        and not any(context.at < p.start < s_end for p in context.places)
    )
    if not before and not closing and not OWN_REGION_WORDS.match(context.text, context.at):
        return None
    if THE_COUNTRY.search(context.text, *context.sentence):
        return None  # a sentence of national and local words: _region_words splits it
    # a list ("Norfolk and Suffolk") is no one area; a place with "and" is: own-area-with-and
    return None if LIST_PARTS.search(area) and not is_place(area) else area


def _borough_over_county(context: FigureContext) -> str | None:
    """Rule ``the-borough-over-its-county``: "in the borough" in a figure's sentence after
    a borough named before (its ``region_area``) is that borough, not a county or force area
    its clause names that holds it ("Merseyside's Police Commissioner said the force had cut
    burglary in the borough by 14%" after Wirral: Wirral); a borough the clause names stands."""
    if context.region_area is None or not THE_BOROUGH.search(context.text, *context.sentence):
        return None
    place = _nearest(context, context.places)
    if place is None or context.tree is None or place == context.region_area:
        return None
    return context.region_area if context.tree.within(context.region_area, place) else None


def _clause_place(context: FigureContext) -> str | None:
    """The place or body named by the figure ("40 crimes across Scotland", "Kent Police")."""
    return _nearest(context, context.places)


_LOCAL_WORDS = re.compile(r"\b(?:across\s+)?the\s+(?:region|area)\b|\blocally\b", re.I)
"""Back-pointing words that take the area named last as it is ("across the region")."""


def _region_words(context: FigureContext) -> str | None:
    """ "Across the region", "the county": the area named last (:func:`region_area`). A
    sentence that sets a local figure against a national one ("Across the region, 14% …,
    compared with 11% … nationally") points back per clause: a figure whose clause holds
    the local words and not the national ones takes the area named last; national words
    alone, after a yardstick later than the figure, are the yardstick's, not its."""
    area = context.region_area
    s_start, s_end = context.sentence
    national = THE_COUNTRY.search(context.text, s_start, s_end) if area else None
    if (  # "29% …, compared with 32% nationally": the yardstick's words, not the figure's
        national
        and not _LOCAL_WORDS.search(context.text, s_start, s_end)
        and yardstick_between(
            context.text[s_start:s_end], context.at - s_start, national.start() - s_start
        )
    ):
        return None
    if area is None or context.last_area is None or area == context.last_area:
        return area
    if national is None:
        return area
    start, end, _floor = _clause(context)
    if start <= national.start() < end or not _LOCAL_WORDS.search(context.text, start, end):
        return area
    return context.last_area


def _anaphora(context: FigureContext) -> str | None:
    """ "Of these", "that figure": the area of the figure pointed back to; not after a
    sentence that named a place and no figure, which the words point back to instead
    ("… backed by £40,000. It follows a pilot in Hull. Of the 30 who took part, 21 …"),
    unless it points to a figure before it in its own sentence that no partitive opening
    holds ("… 90 children in 2023, and one in four of those children …")."""
    start = context.sentence[0]
    if context.lead_in_area is not None and (
        _OF_OPENING.match(context.text, start) or not _DIGIT.search(context.text, start, context.at)
    ):
        return None
    return context.previous_area if context.anaphoric else None


@dataclass(frozen=True)
class FigureAreaRule:
    """A named way to find a figure's area; ``find`` gives None when it does not apply."""

    name: str
    find: Callable[[FigureContext], str | None]


FIGURE_AREA_RULES: tuple[FigureAreaRule, ...] = (
    FigureAreaRule(
        "national-figure", lambda c: national_figure(c.text, c.sentence[0], c.at, c.country)
    ),
    FigureAreaRule("yardstick", _yardstick),
    FigureAreaRule("share-of", share_area),
    FigureAreaRule("wider-whole-share", wider_whole_share),
    FigureAreaRule("own-region-words", _own_region_words),
    FigureAreaRule("namesake-city", lambda c: namesake_city(c.text, c.at, c.document_area)),
    FigureAreaRule(
        "result-clause",
        lambda c: result_clause_area(c.text, c.sentence, c.at, c.places, c.compared_area),
    ),
    FigureAreaRule("centre-named-before", centre_named_before),
    FigureAreaRule("yardstick-under-speaker", yardstick_under_speaker),
    FigureAreaRule("part-by-force-agent", part_by_force_agent),
    FigureAreaRule("the-borough-over-its-county", _borough_over_county),
    FigureAreaRule("clause-place", _clause_place),
    FigureAreaRule("money-purpose-place", money_purpose_place),
    FigureAreaRule("part-of-sentence-whole", part_of_sentence_whole),
    # a like-for-like yardstick ("…, compared with 6,210 in the same quarter last year") counts
    # as its count does; one naming its noun ("compared with 417 arrests") may be another
    FigureAreaRule("compared-count", lambda c: compared_count(c.text, c.at, c.compared_area)),
    FigureAreaRule("further-count", lambda c: c.further_area),  # "… and a further 302"
    FigureAreaRule("region-words", _region_words),
    FigureAreaRule("sentence-opening", lambda c: sentence_opening(c.text, c.sentence, c.places)),
    FigureAreaRule("subject-place", lambda c: subject_place(c.text, c.sentence, c.at, c.places)),
    FigureAreaRule("anaphora", _anaphora),
    FigureAreaRule("council-subject", council_subject),
    FigureAreaRule("named-council-subject", named_council_subject),
    FigureAreaRule("force-subject", force_subject),
    FigureAreaRule(
        "closing-speaker", lambda c: closing_speaker(c.text, c.sentence, c.at, c.places)
    ),
    FigureAreaRule("there-points-back", there_points_back),
    FigureAreaRule("commissioner-subject", commissioner_subject),
    FigureAreaRule("lead-in", lambda c: c.lead_in_area),  # "The charity works across Wales."
    FigureAreaRule("possessive-opening", possessive_opening),
    FigureAreaRule("pronoun-went-on", pronoun_went_on),
    FigureAreaRule("victims-went-on", victims_went_on),
    FigureAreaRule("that-compares-back", that_compares_back),
    FigureAreaRule("survey-sample-share", sample_share),
    FigureAreaRule("document", lambda c: c.document_area),  # AreaReader.document_area
)
"""The area rules of a figure, in the order they are tried."""


def figure_area(context: FigureContext) -> tuple[str | None, str | None]:
    """(area, rule name) of a figure: the first rule of :data:`FIGURE_AREA_RULES` that
    gives one, its county as the document words it (:func:`.county_as_worded`)."""
    for rule in FIGURE_AREA_RULES:
        area = rule.find(context)
        if area is not None:
            return county_as_worded(area or None, context.document_area), rule.name
    return None, None
