"""The named cleaning steps of a title phrase (``TITLE_CLEANING``), in the order they run.

Each step takes a part out of the phrase that belongs to the role, not the title: an
article, a relative clause, an acronym, a tail pointing back ("for the force"), the
organisation or place before or after it. :class:`pressfacts.entities.titles.TitleTable`
runs them; each is tested on its own (``tests/entities/test_person_rules.py``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pressfacts.entities import title_tails
from pressfacts.entities.anaphoric_owners import ANAPHORIC_OWNERS, OWNER_KINDS
from pressfacts.entities.relative_tails import without_kin_head, without_relative_tail
from pressfacts.entities.title_words import (
    ORGANISATION_LEADER_TITLES,
    POLITICAL_PARTY_WORDS,
    PORTFOLIO_WORDS,
    UNIT_HEAD_PHRASES,
    UNIT_HEAD_WORDS,
    UNIT_LEADER_WORDS,
)
from pressfacts.entities.unit_places import unit_place_dropped

if TYPE_CHECKING:
    from pressfacts.entities.titles import TitleTable

SMALL_WORDS = frozenset({"of", "for", "and", "the", "in", "at", "on", "to", "with", "a", "an"})
CONNECTORS = ("of", "for", "at", "from", "with", "in", "to")
"""Words that link a title to the organisation or place named after it ("head of", "lead
for the", "a clinical adviser to the charity X": ``to`` for advisers and consultants)."""
CONNECTOR_TAIL = re.compile(rf"\s*(?:\b(?:{'|'.join(CONNECTORS)})(?:\s+the)?)?\s*$", re.I)
"""A connector (:data:`CONNECTORS`) left at the end of a phrase ("head of", "adviser to")."""
ON_BEFORE_PLACE = re.compile(r"\s+on\s*$", re.I)
""""on" before a place, as British English names some areas ("manager of the service on
Merseyside", "coordinator on Teesside"): a connector when a place follows it."""
COMPASS_BEFORE_PLACE = re.compile(
    r"\s+(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)ern\s*$", re.I
)
"""A compass adjective left before a place taken out ("officer for northern [England]",
"manager for south-western [Scotland]"): a part of the area, no part of the title."""
PRISON_TAIL = re.compile(
    r"\s+(?:at|of|in)\s+(?:HMP|HMYOI|HM\s+Prison)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s*$"
)
"""A named prison the title is held at ("branch secretary at HMP Leeds", "governor of HMYOI
Feltham"): where the post is, no part of the title (as a place tail is not)."""
# "(CPAI)" after a portfolio: its acronym, not part of the title
_ACRONYM_TAIL = re.compile(r"\s*\([A-Z]{2,10}\)\s*$")


@dataclass(frozen=True)
class Phrase:
    """A title phrase being cleaned, with what the cleaning has taken out of it."""

    text: str
    organisation: str | None = None
    area: str | None = None


@dataclass(frozen=True)
class CleaningStep:
    """One named step of title cleaning; ``example`` is what it changes."""

    name: str
    example: str

    def clean(self, table: TitleTable, phrase: Phrase) -> Phrase:
        """Apply the step (dispatch on its name)."""
        return _STEPS[self.name](table, phrase)


_DETERMINER = re.compile(r"^(?:the|a|an|its|their|our|his|her)\s+(?!majesty)", re.I)
"""An article or a possessive determiner opening a title phrase ("the director", "Its chief
executive" after the organisation named before); not "Her Majesty's Inspector"."""


_OWNER_KIND = "|".join(rf"(?:{'|'.join(o.kinds)})\s+(?={o.noun}[’'])" for o in OWNER_KINDS)
"""Words naming a kind of body before the possessive owner noun (``OWNER_KINDS``: "the
county council's", "the combined authority's") owned as "the council's" is."""
CLIENT_GROUP_POSSESSIVES = ("children", "women", "men", "people")
"""Plural nouns whose possessive opening a title names whom the service is for, not its
owner: "children's services manager", "women's services lead" keep the word (rule
``client_group_possessive``); "the charity's services manager" drops its owner."""
_NOUN_OWNER = re.compile(
    rf"^(?:the\s+)?(?:{_OWNER_KIND})?"
    rf"(?!(?:{'|'.join(CLIENT_GROUP_POSSESSIVES)})[’']s\s)[a-z]+[’']s\s+"
    r"|^(?:the\s+)?(?:force|charity|service|trust|council|organisation)\s+(?=lead\b)"
)
"""A possessive owner noun opening a title phrase ("the charity's", "the county
council's"); the kind word only before "council" ("the young people's worker" keeps its
words); an owner noun before "lead" stands for the possessive ("the force lead for
firearms" as "the force's lead for firearms")."""


_ATTRIBUTIVE_OWNER = re.compile(
    r"^the\s+(?:force|charity|council|trust|partnership|service)\s+(?=lead\b)", re.I
)
"""An owner noun before "lead" with no possessive ("the force lead for knife crime", "the
charity lead for safeguarding"): the organisation pointed back to, as "the force's" is;
not "Force Lead" with no article (a name the text may capitalise as one title)."""


_CAPITALISED_OWNER_NOUN = re.compile(
    r"^(?:the\s+)?(?:"
    + "|".join(owner.noun.capitalize() for owner in ANAPHORIC_OWNERS)
    + r")[’']s\s+(?=[A-Z])"
)
"""A capitalised owner noun pointing back, before a capitalised title ("the Board's Vice
Chair", "the Federation's General Secretary"): the organisation named before, as "the
board's" is (rule ``capitalised_owner_noun``); not "Children's Services Manager"."""


def _drop_article(table: TitleTable, phrase: Phrase) -> Phrase:
    text = _CAPITALISED_OWNER_NOUN.sub("", phrase.text)
    text = _DETERMINER.sub("", _ATTRIBUTIVE_OWNER.sub("", text))
    text = _NOUN_OWNER.sub("", text)  # "the charity's", "the county council's"
    return Phrase(text, phrase.organisation, phrase.area)


_TENURE = re.compile(
    r"^(?:outgoing|incoming|retiring|current|serving|long[-\s]serving|long[-\s]?standing|"
    r"(?:newly|recently)[-\s]appointed|new)\s+(?=\S)",
    re.I,
)
"""A word of the holder's tenure opening a title phrase ("the outgoing chief executive",
"its newly appointed head of policy"): no part of the title; "former", "acting" and
"interim" are (another office than the title alone)."""


def _drop_tenure(table: TitleTable, phrase: Phrase) -> Phrase:
    return Phrase(_TENURE.sub("", phrase.text), phrase.organisation, phrase.area)


_PROPER_OWNER = re.compile(r"^(?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}[’']s?\s+(?=[a-z])")


def _drop_proper_owner(table: TitleTable, phrase: Phrase) -> Phrase:
    """ "Helpwell's service manager" -> service manager: a named owner no organisation took
    is not part of the title (not "Children's Services Manager"); a place as owner, or an
    office's (:func:`.title_tails.office_owner`), is the title's area."""
    owner = _PROPER_OWNER.match(phrase.text)
    if owner is None:  # an office's place owning the title is its area
        at, place = title_tails.office_owner(phrase.text, table.is_place) or (0, None)
        return Phrase(phrase.text[at:], phrase.organisation, phrase.area or place)
    place = re.sub(r"^the\s+|[’']s?\s+$", "", owner.group(0))
    area = place if table.is_place(place) else None
    return Phrase(phrase.text[owner.end() :], phrase.organisation, phrase.area or area)


_ONE_OF = re.compile(
    r"^(?i:one\s+of\s+(?:the|its|our|their|his|her))\s+(?:\w+[’']s?\s+)?(?P<rest>.+?\w)s"
    r"(?P<tail>\s+(?:in|at|across|for)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?$"
)


def _one_of_plural(table: TitleTable, phrase: Phrase) -> Phrase:
    """ "one of the team's wildlife officers" -> wildlife officer: a title shared with
    others, in the singular; a place after it stays for the place steps (rule
    ``one_of_place_tail``: "one of the force's hate crime officers in Cardiff")."""
    match = _ONE_OF.match(phrase.text)
    if match:
        rest = match.group("rest") + (match.group("tail") or "")
        return Phrase(rest, phrase.organisation, phrase.area)
    return phrase


_RELATIVE_IS = re.compile(
    r"^(?:who|which)\s+(?:(?:[^\s,]+\s+){1,10}?and\s+)?(?:is|was)\s+(?:also\s+|now\s+)?"
    r"(?P<rest>.+)$"
)
"""A relative clause that states a post, after another clause of the person's past or
not: "who is now a youth worker", "who joined in 2019 and is now its head of services"."""


def _drop_relative_clause(table: TitleTable, phrase: Phrase) -> Phrase:
    """ "who is the force's drugs lead" -> "force's drugs lead" (:data:`_RELATIVE_IS`); any
    other relative clause ("who chairs the club") is a description, not a title."""
    match = _RELATIVE_IS.match(phrase.text)
    if match:
        return _drop_article(table, Phrase(match.group("rest"), phrase.organisation, phrase.area))
    if re.match(r"^(?:who|which|whose)\b", phrase.text):
        return Phrase("", phrase.organisation, phrase.area)
    return phrase


def _drop_acronym(table: TitleTable, phrase: Phrase) -> Phrase:
    return Phrase(_ACRONYM_TAIL.sub("", phrase.text), phrase.organisation, phrase.area)


def _drop_anaphoric_tail(table: TitleTable, phrase: Phrase) -> Phrase:
    text = title_tails.ANAPHORIC_TAIL.sub("", title_tails.EVENT_TAIL.sub("", phrase.text))
    text = title_tails.far_tails_dropped(text)  # "… on the Fife coast", "… of a Hull school"
    text = title_tails.WORKPLACE_TAIL.sub(lambda m: m.group("place") or "", text)
    unit = title_tails.unit_tail(text)
    if unit and unit.start() > 0:  # "Prosecutor in the RASSO Unit": the unit is no title
        text = text[: unit.start()]
    return Phrase(text, phrase.organisation, phrase.area)


LOCATED_PARTICIPLE = re.compile(
    r"\s+(?:based|working|stationed|posted)(?=\s+(?:in|at|across|from|on)\s+(?:the\s+)?[A-Z])",
    re.I,
)
"""A participle saying where the person works, before the place or workplace ("supervisor
based in Glasgow", "volunteer working in Hull"): no part of the title, so the place after it
closes the phrase as a place tail does; not "office-based staff" (no place after it)."""


def _drop_located_participle(table: TitleTable, phrase: Phrase) -> Phrase:
    """ "a supervisor based in Glasgow" -> "a supervisor in Glasgow" (the place tail then
    goes: :data:`LOCATED_PARTICIPLE`)."""
    return Phrase(LOCATED_PARTICIPLE.sub("", phrase.text), phrase.organisation, phrase.area)


def _drop_compass_tail(table: TitleTable, phrase: Phrase) -> Phrase:
    tail = title_tails.COMPASS_TAIL.search(phrase.text)
    if tail is None or table.is_place(tail.group(0).split(" the ", 1)[-1].strip()):
        return phrase  # "manager for the North West": a region, read by ``place_tail``
    return Phrase(phrase.text[: tail.start()], phrase.organisation, phrase.area)


def _drop_anaphoric_owner(table: TitleTable, phrase: Phrase) -> Phrase:
    text = title_tails.ANAPHORIC_OWNER.sub(r"\g<connector> ", phrase.text)
    return Phrase(text, phrase.organisation, phrase.area)


def _drop_unit_place(table: TitleTable, phrase: Phrase) -> Phrase:
    """The places a unit is named after dropped (:mod:`.unit_places`)."""
    text = unit_place_dropped(phrase.text, table.is_place, UNIT_LEADER_WORDS)
    return phrase if text is None else Phrase(text, phrase.organisation, phrase.area)


_UNIT_ARTICLE = re.compile(
    r"\b(?P<connector>of|for)\s+(?:the|its|their|our)\s+(?=(?:[\w’'-]+\s+){0,4}?(?:unit|team|"
    r"branch|department|squad|hub|desk|cell|service|section)\b)",
    re.I,
)
"""The article or possessive before a unit or service a title leads ("head of the dog unit",
"head of its youth justice service"): no part of the title (gold: "Head of Dog Unit")."""


def _drop_unit_article(table: TitleTable, phrase: Phrase) -> Phrase:
    text = _UNIT_ARTICLE.sub(r"\g<connector> ", phrase.text)
    return Phrase(text, phrase.organisation, phrase.area)


def _drop_place_tail(table: TitleTable, phrase: Phrase) -> Phrase:
    """ "Director Cymru", "Head of Public Protection in Kent", "manager for the South East",
    "deputy director for the East of England" (the longest place the tail ends with); a
    named prison at the end ("secretary at HMP Leeds": :data:`PRISON_TAIL`)."""
    text, area = PRISON_TAIL.sub("", phrase.text), phrase.area
    tail = re.match(
        r"^(?P<title>.+?)\s+(?:(?:for|of|in)\s+(?:the\s+)?)?(?P<place>\S+(?:\s+\S+){0,3})$", text
    )
    if tail:
        words = tail.group("place").split()  # the longest place first: "East of England"
        for place in (" ".join(words[cut:]) for cut in range(len(words))):
            if table.is_place(place) and tail.group("title") != place:
                before = text[: len(text) - len(place)].rstrip()
                named_body = title_tails.place_named_body_title(before, place)
                if named_body:  # "chair of Safer Dunmore": a body named after its place
                    return Phrase(named_body, phrase.organisation, area)
                before, place = title_tails.place_with_run_before(before, place)
                before = COMPASS_BEFORE_PLACE.sub("", before)
                before = CONNECTOR_TAIL.sub("", ON_BEFORE_PLACE.sub("", before))
                if before:
                    return Phrase(before, phrase.organisation, area or place)
    # "Head of Major Investigations in Tayside", "commander for Greater Dunmore": a title
    # ends with its place even when the place list does not know it (title_tails)
    unknown = title_tails.unknown_place_tail(text, table.is_place)
    if unknown:
        return Phrase(unknown[0], phrase.organisation, area or unknown[1])
    return Phrase(text, phrase.organisation, area)


REGION_TAIL = re.compile(
    r"^(?P<title>.+?)\s+(?:for|of|in|across)\s+(?:the\s+|its\s+)?"
    r"(?P<region>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|&)){0,4})\s+[Rr]egion$"
)
"""A named region the post covers, closing the title ("security director for [Network
Rail's] North West & Central region", "head of security for the Eastern region"): where
the post is, no part of the title; its capitalised name is the role's area."""


def _drop_region_tail(table: TitleTable, phrase: Phrase) -> Phrase:
    """ "director for North West & Central region" -> director (area North West & Central)."""
    match = REGION_TAIL.match(phrase.text)
    if match is None or not PORTFOLIO_WORDS.search(match.group("title")):
        return phrase
    return Phrase(match.group("title"), phrase.organisation, phrase.area or match.group("region"))


def _drop_organisation_tail(table: TitleTable, phrase: Phrase) -> Phrase:
    """ "Chairman of the Riverside Residents Association" -> Chairman: "of the" and a
    capitalised run ending in an organisation head word; a unit led by the title keeps its
    name ("head of the Cyber Crime Unit" -> head of Cyber Crime Unit)."""
    match = re.match(
        r"^(?P<title>.+?)\s+(?:of|for|at)\s+the\s+(?P<org>(?:[A-Z][\w’'!-]*\s+){0,6}"
        r"(?P<head>[A-Z][\w!-]*))$",
        phrase.text,
    )
    if match and match.group("head") in table.head_words:
        title = match.group("title")
        org_words = tuple(match.group("org").split()[-2:])
        if (
            (match.group("head") in UNIT_HEAD_WORDS or org_words in UNIT_HEAD_PHRASES)
            and title.split()[-1].lower() in UNIT_LEADER_WORDS
            and re.search(r"\sof\s+the\s", match.group(0))
        ):  # "head of the Public Protection Unit": the unit is the portfolio
            return Phrase(f"{title} of {match.group('org')}", phrase.organisation, phrase.area)
        return Phrase(title, phrase.organisation, phrase.area)
    return phrase


COMMITTEE_WORDS = ("committee", "sub-committee", "subcommittee", "panel", "scrutiny board")
REVIEW_WORDS = ("review", "inquiry")  # entry ``chaired_review``: "chair of the review"
"""Last words of a committee, or a review it holds, a chair is named by ("chair of the
licensing committee", "independent chair of the review"): only the chair is kept."""
_COMMITTEE_TAIL = re.compile(
    r"^(?P<title>(?:vice[- ]|deputy\s+|independent\s+)?chair(?:man|woman|person)?)\s+of\s+"
    r"(?:the\s+|its\s+)?"
    r"(?:[\w’'-]+\s+){0,4}?(?:" + "|".join(COMMITTEE_WORDS + REVIEW_WORDS) + r")$",
    re.I,
)


def _drop_committee_tail(_table: TitleTable, phrase: Phrase) -> Phrase:
    """ "chair of the licensing committee" -> chair; "vice-chair of the police and crime
    panel" -> vice-chair: a chair of a committee (``COMMITTEE_WORDS``) keeps only the chair."""
    match = _COMMITTEE_TAIL.match(phrase.text)
    if match:
        return Phrase(match.group("title"), phrase.organisation, phrase.area)
    return phrase


def _drop_body_after_leader(table: TitleTable, phrase: Phrase) -> Phrase:
    """ "chief executive of Brighter Futures", "manager at Base 51" -> the title: a body
    and not a place after it (:func:`.title_tails.body_tail`, rule ``named_body_at``)."""
    match = title_tails.body_tail(phrase.text)
    if match is None or table.is_place(match.group("body")):
        return phrase
    return Phrase(match.group("title"), phrase.organisation, phrase.area)


def _drop_organisation_head(table: TitleTable, phrase: Phrase) -> Phrase:
    """ "Riverside Residents Association chairman" -> chairman; "National Police Chiefs'
    Council lead for X" -> lead for X: a capitalised run ending in a head word, then a
    lower-case title word; or any capitalised run before a title that only leads an
    organisation ("Safer Places chief executive" -> chief executive)."""
    words = phrase.text.split()
    for index in range(1, min(len(words), 8)):
        word = words[index]
        if not word[:1].islower() or word in SMALL_WORDS:
            continue
        previous = re.sub(r"[’']s?$", "", words[index - 1])
        rest = " ".join(words[index:])
        named = all(before[:1].isupper() for before in words[:index])  # not "acting"
        if previous in table.head_words or (named and rest in ORGANISATION_LEADER_TITLES):
            return Phrase(rest, phrase.organisation, phrase.area)
        break
    return phrase


# "MP for Bristol North": a legislator's constituency (capitalised, up to five words)
_CONSTITUENCY_TAIL = re.compile(
    r"^(?P<title>.{2,60}?)\s+for\s+(?P<area>[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,4})$"
)
# ", would lead the inquiry": a verb phrase after a name, no title
_VERB_START = re.compile(
    r"^(?:would|will|has|have|had|is|was|were|are|said|says|can|could|should|may|might|"
    r"must|did|does|added|told)\b",
    re.I,
)


def _drop_verb_phrase(table: TitleTable, phrase: Phrase) -> Phrase:
    """ "would lead the inquiry" (after "Jo Bell,") is what the person does: no title."""
    if _VERB_START.match(phrase.text):
        return Phrase("", phrase.organisation, phrase.area)
    return phrase


def _drop_constituency(table: TitleTable, phrase: Phrase) -> Phrase:
    """ "MP for Bristol North" or "Bristol North MP" -> MP (area Bristol North); only with
    a legislator title, whose party words go ("Labour MP for Bristol North")."""
    words = phrase.text.split()
    while words and words[0] in POLITICAL_PARTY_WORDS:
        words.pop(0)
    text = " ".join(words)
    match = _CONSTITUENCY_TAIL.match(text)
    entry = table.entry(match.group("title")) if match else None
    if match and entry is not None and entry.kind == "legislator":
        return Phrase(match.group("title"), phrase.organisation, phrase.area or match["area"])
    entry = table.entry(text)
    if entry is not None and entry.kind == "legislator":  # "Labour MP"
        return Phrase(text, phrase.organisation, phrase.area)
    entry = table.entry(words[-1]) if len(words) > 1 else None
    if entry is not None and entry.kind == "legislator" and all(w[:1].isupper() for w in words):
        return Phrase(words[-1], phrase.organisation, phrase.area or " ".join(words[:-1]))
    return phrase


def _drop_place_head(table: TitleTable, phrase: Phrase) -> Phrase:
    """ "Lancashire Police and Crime Commissioner", "Hampshire and Isle of Wight's police and
    crime commissioner" -> area; "Lancashire ACC" -> Lancashire's force."""
    words = phrase.text.split()
    for cut in range(min(title_tails.LONG_PLACE_WORDS, len(words) - 1), 0, -1):
        place = " ".join(words[:cut])
        rest = " ".join(words[cut:])
        place_key = re.sub(r"[’']s$", "", place)
        entry = table.entry(rest)
        if (
            table.is_place(place_key)
            and not entry
            and PORTFOLIO_WORDS.search(rest)
            and not re.search(r"\b(?:for|of)\b", rest)
        ):
            # "North East Regional Manager" -> Regional Manager (area North East); a
            # portfolio with its own subject keeps its place ("North West Lead for Crime")
            return Phrase(rest, phrase.organisation, phrase.area or place_key)
        if table.is_place(place_key) and entry:
            force = table.area_forces.get(place_key.lower())
            if force and entry.kind == "police_rank":
                return Phrase(rest, phrase.organisation or force, phrase.area)
            return Phrase(rest, phrase.organisation, phrase.area or place_key)
    return phrase


_STEPS = {
    "one_of": _one_of_plural,
    "kin_head": lambda _t, p: Phrase(without_kin_head(p.text), p.organisation, p.area),
    "article": _drop_article,
    "tenure": _drop_tenure,
    "relative_clause": _drop_relative_clause,
    "relative_tail": lambda _t, p: Phrase(without_relative_tail(p.text), p.organisation, p.area),
    "acronym": _drop_acronym,
    "located_participle": _drop_located_participle,
    "anaphoric_tail": _drop_anaphoric_tail,
    "anaphoric_owner": _drop_anaphoric_owner,
    "compass_tail": _drop_compass_tail,
    "unit_place": _drop_unit_place,
    "unit_article": _drop_unit_article,
    "verb_phrase": _drop_verb_phrase,
    "constituency": _drop_constituency,
    "proper_owner": _drop_proper_owner,
    "organisation_tail": _drop_organisation_tail,
    "committee_tail": _drop_committee_tail,
    "body_after_leader": _drop_body_after_leader,
    "region_tail": _drop_region_tail,
    "organisation_head": _drop_organisation_head,
    "place_tail": _drop_place_tail,
    "place_head": _drop_place_head,
}

TITLE_CLEANING: tuple[CleaningStep, ...] = (
    CleaningStep("kin_head", "Sam's mother and the foundation's founder -> founder"),
    CleaningStep("one_of", "one of the team's wildlife officers -> wildlife officer"),
    CleaningStep("article", "the director -> director; its chief executive -> chief executive"),
    CleaningStep("tenure", "outgoing chief executive -> chief executive"),
    CleaningStep("relative_clause", "who is the director -> director; who chairs X -> none"),
    CleaningStep("relative_tail", "psychiatrist who advised the panel -> psychiatrist"),
    CleaningStep("proper_owner", "Helpwell's service manager -> service manager"),
    CleaningStep("acronym", "lead for Online Safety (OS) -> lead for Online Safety"),
    CleaningStep("located_participle", "supervisor based in Glasgow -> supervisor in Glasgow"),
    CleaningStep(
        "anaphoric_tail",
        "manager for the area -> manager; supervisor at its Leeds base -> supervisor",
    ),
    CleaningStep("anaphoric_owner", "head of the force's control room -> head of control room"),
    CleaningStep("compass_tail", "services manager in the north -> services manager"),
    CleaningStep("unit_place", "head of the Kent and Essex Dog Unit -> head of Dog Unit"),
    CleaningStep("unit_article", "head of the dog unit / its dog unit -> head of dog unit"),
    CleaningStep("verb_phrase", "would lead the inquiry -> none"),
    CleaningStep("constituency", "MP for Bristol North -> MP (area Bristol North)"),
    CleaningStep(
        "organisation_tail", "chairman of the Riverside Residents Association -> chairman"
    ),
    CleaningStep("committee_tail", "chair of the licensing committee -> chair"),
    CleaningStep("body_after_leader", "chief executive of Brighter Futures -> chief executive"),
    CleaningStep("region_tail", "security director for Wales & Western region -> director"),
    CleaningStep("organisation_head", "Riverside Residents Association chairman -> chairman"),
    CleaningStep("place_tail", "Director Cymru -> Director (area Cymru)"),
    CleaningStep("place_head", "Kent Police and Crime Commissioner -> area Kent"),
)
"""The cleaning steps of a title phrase, in the order they run."""
