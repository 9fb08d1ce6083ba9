"""Titles written between an organisation's name and the person's: "Lanterns Trust
outreach manager Jo Bell", "NSPCC head of policy Jo Bell".

The rules that find a person before a name start at a title word of the table, so
"outreach manager" loses "outreach" and "head of policy" (no table word) gives nothing.
Here the whole lower-case phrase between the organisation and the name is the title,
when it holds a portfolio word; the organisation owns it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.entities.gazetteer import OrganisationMention
from pressfacts.entities.person_context import PersonMention
from pressfacts.entities.portfolio_runs import CLIENT_GROUP_WORD
from pressfacts.entities.titles import PORTFOLIO_WORDS, TitleTable
from pressfacts.findings import RoleFinding

__all__ = ["with_organisation_led_titles"]

_BETWEEN = re.compile(
    r"(?:[’']s?)?[ \t]+(?P<phrase>[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,7})[ \t]+"
    r"(?:[A-Z][\w.]*[ \t]+)*$"
)
"""After the organisation: an optional possessive, the lower-case phrase, then any
capitalised words (a rank written in full or short) up to the name."""

_BETWEEN_COMMA = re.compile(
    rf"(?:[’']s?)?[ \t]+(?P<phrase>[a-z][\w-]*(?:[ \t]+{CLIENT_GROUP_WORD}){{1,7}}),[ \t]+"
    r"(?:[A-Z][\w.]*[ \t]+)*$"
)
"""Rule ``organisation_portfolio_comma``: the same phrase set off by a comma before the
rank and name, when it is a portfolio "of"/"for" something (:func:`_is_portfolio`): "The
NPCC lead for acquisitive crime, Assistant Chief Constable Jo Bell"; a subject may hold
the possessive of a group served (rule ``client_group_portfolio_word``: "the council's
cabinet member for children's services, Councillor Jo Bell"); not "Kent Police officer,
PC Jo Bell" nor "Kent Police and its officers, Jo Bell"."""

_BETWEEN_LIST_COMMA = re.compile(
    r"(?:[’']s?)?[ \t]+(?P<phrase>(?P<items>[a-z][\w-]*(?:,[ \t]+[a-z][\w-]*)+[ \t]+and[ \t]+"
    r"[a-z][\w-]*)[ \t]+(?P<head>[a-z][\w-]*)),[ \t]+(?:[A-Z][\w.]*[ \t]+)*$"
)
"""Rule ``organisation_listed_portfolio_comma``: a title whose portfolio is a list of
three or more subjects ("safety, health and environment director") set off by a comma
before the name: "ScotRail's safety, health and environment director, Callum Reid"; the
head a title of the table, no list item a linking word; not "Kent Police's officers,
staff and volunteers, Jo Bell" (no title head)."""

NOT_IN_TITLE = frozenset(
    {"and", "or", "but", "its", "their", "our", "his", "her", "the", "a", "an", "with"}
    | {"to", "as", "by", "from", "at", "in", "on", "who", "which", "whose", "said", "says"}
    | {"told", "was", "is", "has", "had", "were", "are", "will", "would"}
)
"""Words that make the phrase before the name something else than a title ("and its
chief executive", "said officer") when they stand before its first "of"/"for"."""


def _joined_subjects(table: TitleTable, lead: list[str]) -> bool:
    """Rule ``organisation_joined_portfolio``: the one linking word of the words before a
    title's head is an "and" joining two subjects, a word or two each ("Gloucestershire
    Constabulary's fraud and cyber protect officer Jo Bell"); not "and its officer" nor
    "officers and PC" (no subject on one side), nor two "and"s, nor "officers and council
    staff" (no title of the table for its head)."""
    linking = [i for i, word in enumerate(lead) if word in NOT_IN_TITLE]
    if len(linking) != 1 or lead[linking[0]] != "and":
        return False
    joined = 1 <= linking[0] <= 2 and 2 <= len(lead) - linking[0] - 1 <= 3
    return joined and table.entry(lead[-1]) is not None


def _is_title_phrase(table: TitleTable, phrase: str) -> bool:
    """A portfolio of two words or more ("outreach manager", "head of policy"), or a
    title of the table ("chief constable"); no linking word before its subject but the
    "and" of two joined subjects (:func:`_joined_subjects`)."""
    words = phrase.split()
    lead = words[: next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))]
    linked = any(word in NOT_IN_TITLE for word in lead) and not _joined_subjects(table, lead)
    if linked or not PORTFOLIO_WORDS.search(phrase):
        return False
    return len(words) > 1 or table.entry(phrase) is not None


def _is_portfolio(table: TitleTable, phrase: str) -> bool:
    """A title phrase with "of" or "for" after its head ("lead for roads policing")."""
    words = phrase.split()
    return ("of" in words[1:] or "for" in words[1:]) and _is_title_phrase(table, phrase)


def _is_listed_portfolio(table: TitleTable, items: str, head: str) -> bool:
    """A list of subjects ("safety, health and environment") before a title of the table
    ("director"), with no linking word among them but the last "and"."""
    words = items.replace(",", " ").split()
    if any(w in NOT_IN_TITLE for w in words[:-2]):  # the pattern ends the items on "and X"
        return False
    return words[-1] not in NOT_IN_TITLE and table.entry(head) is not None


def _phrase(
    table: TitleTable, text: str, start: int, organisations: Sequence[OrganisationMention]
) -> tuple[int, int, OrganisationMention] | None:
    """Where the lower-case title phrase before a name at ``start`` is, and whose."""
    for mention in organisations:
        if mention.is_area or mention.end > start or start - mention.end > 80:
            continue
        if "\n" in text[mention.end : start]:
            continue
        match = _BETWEEN.fullmatch(text, mention.end, start)
        if match and _is_title_phrase(table, match.group("phrase")):
            return match.start("phrase"), match.end("phrase"), mention
        match = _BETWEEN_COMMA.fullmatch(text, mention.end, start)
        if match and _is_portfolio(table, match.group("phrase")):
            return match.start("phrase"), match.end("phrase"), mention
        match = _BETWEEN_LIST_COMMA.fullmatch(text, mention.end, start)
        if match and _is_listed_portfolio(table, match.group("items"), match.group("head")):
            return match.start("phrase"), match.end("phrase"), mention
    return None


def with_organisation_led_titles(
    table: TitleTable,
    text: str,
    people: Sequence[PersonMention],
    organisations: Sequence[OrganisationMention],
) -> None:
    """Give each person named right after an organisation and a lower-case title
    phrase that title: added when the person has none, or in place of a shorter title
    the phrase ends with ("Manager" -> "Outreach Manager")."""
    for person in people:
        found = _phrase(table, text, person.start, organisations)
        if found is None:
            continue
        start, end, mention = found
        roles, _ = table.parse(text, start, end, organisations)
        if len(roles) != 1:
            continue
        first = roles[0]
        role = RoleFinding(first.title, first.organisation or mention.entity_id, first.area)
        shorter = [r for r in person.roles if role.title.lower().endswith(r.title.lower())]
        if shorter:  # the title found without its owner ("Policy Officer") takes this one's
            kept = shorter[0]
            owned = kept.organisation is not None or kept.area is not None
            index = person.roles.index(kept)
            person.roles[index] = (
                kept
                if owned and kept.title == role.title
                else RoleFinding(
                    role.title,
                    kept.organisation if owned else role.organisation,
                    kept.area if owned else role.area,
                )
            )
        elif not any(r.title.lower() in role.title.lower() for r in person.roles):
            person.roles.append(role)
        if mention.entity_id not in person.affiliations:
            person.affiliations.append(mention.entity_id)
