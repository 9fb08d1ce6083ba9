"""Titles a sentence gives a person by appointing them: "Jo Farrell has been sworn in as
the new Chief Constable of Durham Constabulary", "Sam Lee was appointed head of the
rural crime team", "Lancashire Constabulary has appointed Amina Rashid as its new head of
crime" (rule ``appointed_by_organisation``: the title is the appointing body's); and the
post a relative clause right after a name states (rule ``relative_post_after_name``:
"Cumbria Constabulary's Chief Constable, Rachel Hewitt, who is the National Police Chiefs'
Council lead for wildlife and rural crime, said").

The rules that find a person read titles written before or beside a name; an
appointment states the title after a verb, so it gave none. Here, once the people are
found (:func:`with_titles_read_after`), the phrase after an appointing verb right after
a person's name is read as a title phrase by the title table, and its roles are added
when it holds a title the person does not already have.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.entities.gazetteer import OrganisationMention
from pressfacts.entities.organisation_led_titles import with_organisation_led_titles
from pressfacts.entities.person_context import PersonMention, owned_role
from pressfacts.entities.person_events import APPOINTING_VERBS
from pressfacts.entities.titles import TitleTable
from pressfacts.findings import RoleFinding
from pressfacts.lexicon.stops import previous_sentence_start

__all__ = [
    "APPOINTED",
    "APPOINTED_BY",
    "OFFICE_THEN_NAMED",
    "RELATIVE_POST",
    "with_titles_read_after",
]

APPOINTED = re.compile(
    r"(?:,[^,.\n]{1,60},)?[ \t]+(?:has[ \t]+been|had[ \t]+been|was|is|will[ \t]+be)[ \t]+"
    r"(?:formally[ \t]+|officially[ \t]+|today[ \t]+)?"
    r"(?:appointed|sworn[ \t]+in|named|confirmed|elected|re-elected|selected|chosen|promoted)"
    r"[ \t]+(?:as[ \t]+|to[ \t]+(?:the[ \t]+(?:post|role|rank)[ \t]+of[ \t]+)?)?"
    r"(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:new[ \t]+|next[ \t]+|first[ \t]+|permanent[ \t]+)?"
    r"(?P<phrase>[A-Za-z][^.;,\n()]{2,100}?)"
    r"(?=[ \t]*(?:[.;,\n(]|$)|[ \t]+(?:and|after|following|on|in|from|with|by|last|this)\b)"
)
"""After a name: an optional appositive, an appointing verb ("has been sworn in as",
"was promoted to the rank of", "was named") and an optional "the new", then the title
phrase up to the end of its clause: "Chief Constable of Durham Constabulary"."""


APPOINTING_VERB = re.compile(
    rf"\b(?:has|have|had)[ \t]+{APPOINTING_VERBS}[ \t]+"
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Professor|Prof)\.?[ \t]+)?$"
)
"""Right before a name: an organisation's appointing verb ("has appointed Dr")."""
APPOINTED_BY = re.compile(
    r"[ \t]+as[ \t]+(?:(?:its|their|the|an?)[ \t]+)?"
    r"(?:new[ \t]+|next[ \t]+|first[ \t]+|permanent[ \t]+|interim[ \t]+)?"
    r"(?P<phrase>[A-Za-z][^.;,\n()]{2,100}?)"
    r"(?=[ \t]*(?:[.;,\n(]|$)|[ \t]+(?:and|after|following|on|in|from|with|by|last|this)\b)"
)
"""Rule ``appointed_by_organisation``: after a name an organisation "has appointed", the
title it is appointed as ("… has appointed Amina Rashid as its new head of crime"): that
body's title (the last organisation named before the verb in its sentence); not "has
appointed Jo Bell to lead the review" (no "as")."""
_APPOINTER_REACH = 160
"""How far before the verb (characters) the appointing organisation may be named."""


def _appointed_by(
    table: TitleTable,
    text: str,
    person: PersonMention,
    organisations: Sequence[OrganisationMention],
) -> None:
    """Rule ``appointed_by_organisation`` on ``person`` (:data:`APPOINTED_BY`)."""
    verb = APPOINTING_VERB.search(text, max(0, person.start - 40), person.start)
    appointed = APPOINTED_BY.match(text, person.end) if verb else None
    if verb is None or appointed is None:
        return
    floor = previous_sentence_start(text, verb.start(), _APPOINTER_REACH)
    owner = next(
        (
            o.entity_id
            for o in reversed(organisations)
            if floor <= o.start and o.end <= verb.start() and not o.is_area
        ),
        None,
    )
    roles, _ = table.parse(text, appointed.start("phrase"), appointed.end("phrase"), organisations)
    _add_roles(
        person,
        [owned_role(role, owner, None) for role in roles],
        [owner] if owner and roles else [],
    )


def _add_roles(
    person: PersonMention, roles: Sequence[RoleFinding], affiliations: Sequence[str]
) -> None:
    """Each of ``roles`` whose title ``person`` does not hold yet, and each new affiliation."""
    held = {role.title.casefold() for role in person.roles}
    person.roles.extend(role for role in roles if role.title.casefold() not in held)
    person.affiliations.extend(
        a for a in dict.fromkeys(affiliations) if a not in person.affiliations
    )


RELATIVE_POST = re.compile(
    r",[ \t]+who[ \t]+is[ \t]+(?:also[ \t]+|now[ \t]+)?(?:the|an?)[ \t]+"
    r"(?P<phrase>[^.;,\n()“”\"]{2,120}?)(?=[ \t]*,)"
)
"""Rule ``relative_post_after_name``: right after a name, a relative clause in commas that
states a post ("Rachel Hewitt, who is the National Police Chiefs' Council lead for
wildlife and rural crime, said"): the phrase after the article is read as a title phrase,
whatever rule found the name (a title before it, "Cumbria Constabulary's Chief Constable,
Rachel Hewitt,", reads nothing after it). Not "who is a mother of two" (no title the table
knows), "who was the force's lead" (a past post), "who is leading the review" (no article)."""


_TITLE_WORDS = r"[A-Z][\w’'-]*(?:[ \t]+(?:(?:and|for|of)[ \t]+)?[A-Z][\w’'-]*){0,5}"
OFFICE_THEN_NAMED = re.compile(
    rf"(?:(?<![\s\S])|(?<=\n)|(?<=[.!?][ \t]))(?P<office>(?:(?:The|the)[ \t]+)?"
    rf"(?:[A-Z][\w’'-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'-]*){{0,3}}['’]s[ \t]+)"
    rf"{_TITLE_WORDS})[ \t]+(?:is|has|had|was|will|have)[ \t]"
    r"(?:[^.!?\n]|[.!?](?=\S))*[.!?][ \t]*\n*[ \t]*$"
)
"""Rule ``office_then_named``: a sentence whose subject is an office held by nobody named
("West Mercia's Police and Crime Commissioner is to spend £1.2m on cameras."), right before
a sentence that opens with a person's bare name and a verb of saying ("Graham Ledbury said
…"): the office is that person's title. Not an office with a name of its own in its
sentence, nor a person named with a title already, nor "The council's plan is …" (no title
the table knows)."""
_SAID_AFTER = re.compile(r"[ \t]+(?:said|says|announced|added|explained|told)\b")


def _office_then_named(
    table: TitleTable,
    text: str,
    people: Sequence[PersonMention],
    organisations: Sequence[OrganisationMention],
) -> None:
    """Rule ``office_then_named`` (:data:`OFFICE_THEN_NAMED`) on each person named bare at
    the start of a sentence, before a verb of saying, with no title in any mention."""
    titled = {person.name for person in people if person.roles}
    for person in people:
        if person.name in titled or not _SAID_AFTER.match(text, person.end):
            continue
        line = text.rfind("\n", 0, person.start) + 1
        office = OFFICE_THEN_NAMED.search(text, max(0, line - 400), person.start)
        if office is None or any(office.start() <= other.start < person.start for other in people):
            continue
        roles, affiliations = table.parse(
            text, office.start("office"), office.end("office"), organisations
        )
        person.roles.extend(roles)
        person.affiliations.extend(a for a in affiliations if a not in person.affiliations)
        if roles:
            titled.add(person.name)


def with_titles_read_after(
    table: TitleTable,
    text: str,
    people: Sequence[PersonMention],
    organisations: Sequence[OrganisationMention],
) -> None:
    """Titles read once the people are found: those between an organisation and a name
    (:func:`~pressfacts.entities.organisation_led_titles.with_organisation_led_titles`),
    then those an appointment after a name gives, then those a relative clause after a name
    states (:data:`RELATIVE_POST`)."""
    with_organisation_led_titles(table, text, people, organisations)
    for person in people:
        appointed = APPOINTED.match(text, person.end)
        if appointed is None:
            _appointed_by(table, text, person, organisations)
            continue
        roles, affiliations = table.parse(
            text, appointed.start("phrase"), appointed.end("phrase"), organisations
        )
        _add_roles(person, roles, affiliations)
    for person in people:  # rule relative_post_after_name
        if post := RELATIVE_POST.match(text, person.end):
            roles, affiliations = table.parse(
                text, post.start("phrase"), post.end("phrase"), organisations
            )
            _add_roles(person, roles, affiliations if roles else [])
    _office_then_named(table, text, people, organisations)
