"""Titles a person gets from the text around the name, after the rules have found them:
a post-nominal ("Jo Bell MP"), a portfolio word before a rank ("Depot Commander"), and a
fuller form of a one-word title written elsewhere ("the Police and Crime Commissioner …
Commissioner Jo Bell").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pressfacts.entities.title_words import (
    BODY_WORDS,
    NOT_PORTFOLIO_WORDS,
    ORGANISATION_LEADER_TITLES,
)
from pressfacts.entities.titles import TitleTable, title_case
from pressfacts.findings import RoleFinding

POST_NOMINAL_TITLES: dict[str, str] = {
    "MP": "Member of Parliament",
    "MSP": "Member of the Scottish Parliament",
    "MS": "Member of the Senedd",
    "MLA": "Member of the Legislative Assembly",
    "MEP": "Member of the European Parliament",
}
"""Letters after a name that are a seat in a legislature ("Jo Bell MSP"); honours (OBE)
are not titles."""

# " MP" right after a name, then punctuation or a space: "Jo Bell MP said"; must not
# match "Jo Bell MPs" or "Jo Bell MS-13"
_POST_NOMINAL = re.compile(
    r"(?:[ \t]+(?:OBE|MBE|CBE|KBE|DBE|QPM|KPM|DL|KC|QC|JP|BEM))*"  # honours first
    r"[ \t]+(?P<letters>" + "|".join(POST_NOMINAL_TITLES) + r")(?![\w’'-])"
)


_OTHER_OFFICE = frozenset({"Deputy", "Assistant", "Shadow", "Vice", "Former"})
"""First words that make a longer title another office than its last word."""


def post_nominal_role(text: str, name_end: int) -> RoleFinding | None:
    """The legislator title written right after a name ending at ``name_end``."""
    match = _POST_NOMINAL.match(text, name_end)
    if match is None:
        return None
    return RoleFinding(POST_NOMINAL_TITLES[match.group("letters")])


JOINED_BEFORE_TITLE: dict[str, re.Pattern[str]] = {
    # "the charity's founder and chair of trustees", "the union's secretary and
    # treasurer": the words before "and" are a title of their own; not "health and safety
    # officer" (no "and" right before the title)
    "title_and_title": re.compile(
        r"^(?P<title>(?:[A-Z][\w-]*\s+){0,2}(?:Founder|Co-Founder|Secretary|Treasurer|"
        r"Chair\w*|Trustee|Director|Chief\s+Executive|President|Manager|Lead|Head|Owner))"
        r"\s+and$"
    ),
}
"""Portfolio words written before a title that end on "and" after a title word, each
named: a title joined to the next, not a portfolio of it (:func:`with_portfolio`)."""


def with_portfolio(roles: list[RoleFinding], portfolio: str) -> list[RoleFinding]:
    """The first role with the portfolio words written before it ("Branch" +
    "Commander" -> "Branch Commander", "Co-" + "Chair" -> "Co-Chair"); the others as they
    are. Portfolio words that are a title joined by "and" (:data:`JOINED_BEFORE_TITLE`:
    "Founder and" + "Chair of Trustees") are a role of their own before the first."""
    if not portfolio or not roles:
        return roles
    first = roles[0]
    joined_title = next(
        filter(None, (r.match(portfolio) for r in JOINED_BEFORE_TITLE.values())), None
    )
    if joined_title:
        return [RoleFinding(joined_title.group("title"), first.organisation, first.area), *roles]
    if first.title.lower().startswith(("temporary ", "acting ", "interim ")):
        return roles  # "Depot A/Insp": the prefix stands between; keep the rank
    if first.title.lower() in ORGANISATION_LEADER_TITLES and not portfolio.endswith("-"):
        return roles  # "Safer Places chief executive": the words name its organisation
    joined = f"{portfolio}{'' if portfolio.endswith('-') else ' '}{first.title}"
    return [RoleFinding(joined, first.organisation, first.area), *roles[1:]]


def fuller_titles(
    table: TitleTable, text: str, held: Sequence[Sequence[RoleFinding]]
) -> dict[str, tuple[RoleFinding, int]]:
    """One-word titles (folded) -> the one longer title ending with that word that the
    text writes (with the area written after it, and where it first does) and no person
    holds: "the Police and Crime Commissioner for Cumbria announced … Commissioner Jo Bell
    said" -> Police and Crime Commissioner (area Cumbria). Ranks are left alone ("Chief
    Inspector" written elsewhere says nothing of "Inspector Jo Bell"), as is a word with
    two such longer titles."""
    taken = {role.title.lower() for roles in held for role in roles}
    longer: dict[str, set[str]] = {}
    first: dict[str, tuple[RoleFinding, int]] = {}
    for match in table.anywhere.finditer(text):
        entry = table.entry(match.group(0))
        if entry is None or entry.kind != "job_title" or " " not in entry.title:
            continue
        if entry.title.split()[0] in _OTHER_OFFICE:
            continue  # a deputy's title is another office
        longer.setdefault(entry.title.split()[-1].lower(), set()).add(entry.title)
        if entry.title not in first:
            place = _PLACE_AFTER.match(text, match.end())
            area = place.group("place") if place and table.is_place(place["place"]) else None
            first[entry.title] = (RoleFinding(entry.title, None, area), match.start())
    return {
        head: first[next(iter(titles))]
        for head, titles in longer.items()
        if len(titles) == 1 and next(iter(titles)).lower() not in taken
    }


# " for Cumbria", " for North Wales": the area written right after a title
_PLACE_AFTER = re.compile(r"[ \t]+(?:for|of|in)[ \t]+(?P<place>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)")


def use_fuller_title(
    roles: list[RoleFinding], start: int, fuller: dict[str, tuple[RoleFinding, int]]
) -> list[RoleFinding]:
    """``roles`` of a person named at ``start`` with each one-word title replaced by its
    fuller form (:func:`fuller_titles`) when the text wrote that form before."""
    changed: list[RoleFinding] = []
    for role in roles:
        found = fuller.get(role.title.lower()) if " " not in role.title else None
        if found and found[1] < start:
            role = RoleFinding(found[0].title, role.organisation, role.area or found[0].area)
        changed.append(role)
    return changed


POSSESSIVE_PORTFOLIO_WORD = r"[a-z][\w-]*(?:s[’']|[’']s)"
"""Rule ``possessive_portfolio_word``: a possessive word of a portfolio, written between
the owner's possessive and the title ("the union's [international students' ]officer",
"Leeds University Union's [women's ]officer", "the charity's [victims' ]lead"): the
portfolio names whom the post serves and keeps its apostrophe."""
_JOINED_WORD = r"(?!(?:its|their|our|his|her|the|a|an|acting|and|or)\s)[a-z][\w-]*\s+"
JOINED_PORTFOLIO = rf"(?:{_JOINED_WORD}){{1,2}}(?:and|&)\s+(?:{_JOINED_WORD}){{1,2}}"
"""Rule ``joined_portfolio``: a lower-case portfolio of two subjects joined by "and" or
"&", a word or two each, between the owner's possessive and the title: "Gloucestershire
Constabulary's [fraud and cyber protect ]officer" gives "Fraud and Cyber Protect Officer"
(the plain run stops at three words, so four lost the portfolio and left "Officer"); no
determiner on either side ("the force's partners and their protect officer" is no joined
portfolio: its "their" opens one of its own)."""
_LOWER_PORTFOLIO = re.compile(
    r"(?:(?:[’']s?|\b(?:[Ii]ts|[Tt]heir|[Oo]ur))\s+(?:[A-Z][a-z][\w-]*\s+){0,2}"
    r"|(?:^|(?<=\n)|(?<=[.!?][ \t]))(?P<article>The)\s+(?![^\n]*[’']))"
    rf"(?P<words>(?:(?:{POSSESSIVE_PORTFOLIO_WORD}|[a-z][\w-]*)\s+){{1,3}}|{JOINED_PORTFOLIO})$"
)
"""Lower-case words between an owner's possessive and a title: "the charity's [senior
policy ]officer", "Kent Police's [chief digital ]officer", "Its [campaigns ]director" (a
possessive determiner for the body named before), two subjects joined by "and"
(rule ``joined_portfolio``, :data:`JOINED_PORTFOLIO`), also after the place the post covers
("Its Sussex [partnerships ]officer": the place is no part of the title); and, rule
``article_led_portfolio``, after the "The" opening a sentence, the title's owner named
after it ("The [rural affairs ]specialist at NFU Mutual, Jo Bell, said"); not after a
"the" inside a sentence ("said the policy manager, …"), nor before a possessive ("The
charity's …" is the owner's)."""
_OWNER_NOUNS = frozenset(
    {"club", "charity", "force", "council", "trust", "union", "society", "company", "firm",
     "school", "church", "team", "party", "group", "board", "association", "federation",
     "service", "agency", "foundation", "partnership", "committee", "panel", "commission",
     "authority", "department", "unit", "office", "network", "alliance"}
)  # fmt: skip
"""Nouns of a body that, after "The", are the title's owner, not its portfolio (rule
``article_led_portfolio``): "The club secretary, Joan Firth" is the club's Secretary."""
_NOT_PORTFOLIO = frozenset({"the", "a", "an", "acting"})
"""Words that make the words before a title no portfolio ("the charity's acting head")."""
_TENURE = frozenset({"new", "former", "own", "then", "current", "outgoing", "incoming"})
"""Words of a post's tenure, no part of its portfolio: "Kent Police's new chief constable"
is the force's Chief Constable (the owner still reaches the title past them)."""


def lower_portfolio_before(text: str, position: int) -> tuple[str, int]:
    """The lower-case portfolio written between a possessive and the title at
    ``position`` ("the charity's senior policy officer" -> "Senior Policy"), title-cased,
    and where it starts; ("", position) when there is none."""
    match = _LOWER_PORTFOLIO.search(text, max(0, position - 60), position)
    if match is None:
        return "", position
    words = match.group("words").split()
    if any(word in _NOT_PORTFOLIO for word in words):
        return "", position
    if match.group("article") and any(word in _OWNER_NOUNS for word in words):
        return "", position  # "The club secretary": the club's
    kept = [word for word in words if word not in _TENURE]
    return title_case(" ".join(kept)), match.start("words")  # "Health and Safety"


SENTENCE_LED_PORTFOLIO = re.compile(
    r"(?:\A|(?<=\n)|(?<=[.!?][ \t]))[ \t]*(?P<words>[A-Z][a-z][\w-]*(?:[ \t]+[a-z][\w-]*){1,2})"
    r"[ \t]+\Z"
)
"""The rule ``sentence_led_portfolio``: a lower-case job title opening its sentence after
the words of its portfolio, its first word capitalised only as the sentence's: "Firearms
licensing manager Tom Reed said", "Domestic abuse lead Jo Bell"; not "The licensing
manager Tom Reed" (an article), "Yesterday licensing manager …" (a time word)."""


_NOT_LED_PORTFOLIO = _NOT_PORTFOLIO | _TENURE | {"and", "or", "of", "to", "for", "with", "by"}
"""Lower-case words that make the sentence's opening words no portfolio: "Officers and|
manager Jo Bell" (a join), "Staff of| manager …", an article or a tenure word."""


JOINED_PORTFOLIO_LEAD = re.compile(
    r"(?:\A|(?<=\n)|(?<=[.!?][ \t]))[ \t]*(?P<first>[A-Z][a-z][\w-]*(?<![^s]s))[ \t]+and[ \t]+\Z"
)
JOINED_PORTFOLIO_TITLE = re.compile(r"(?:[a-z][\w-]*[ \t]+){2,}")
"""Rule ``sentence_led_joined_portfolio``: a sentence opening on a word and "and" right
before a lower-case title of the title table with portfolio words of its own ("Wildlife
and| rural crime officer PC Jo Bell", "Business and| rural crime officer …"): the opening
word is a portfolio joined to the title's ("Wildlife and Rural Crime Officer"). Not
"Officers and| manager Jo Bell" (a plural, and a one-word title: two people joined)."""


JOINED_NOT_PORTFOLIO = frozenset({"Police", "Council", "Constabulary", "Officers", "Staff"})
"""Opening words of rule ``sentence_led_joined_portfolio`` that are a body or people, not a
subject ("Police and wildlife crime officer PC Jo Bell": two bodies of people)."""


def _joined_portfolio(
    before: str, text: str, position: int, name_or_place: Callable[[str], bool]
) -> str:
    """The joined portfolio of rule ``sentence_led_joined_portfolio`` ending at
    ``position`` ("Wildlife and"); "" when there is none, or its opening word is a given
    name or a place (``name_or_place``: "Sarah and rural crime officer PC Jo Bell",
    "Lancashire and rural crime officer …") or one of :data:`JOINED_NOT_PORTFOLIO`."""
    match = JOINED_PORTFOLIO_LEAD.search(before)
    if match is None:
        return ""
    first = match.group("first")
    if first in NOT_PORTFOLIO_WORDS or first in JOINED_NOT_PORTFOLIO or name_or_place(first):
        return ""
    if not JOINED_PORTFOLIO_TITLE.match(text, position):
        return ""
    return f"{match.group('first').capitalize()} and"


def sentence_led_portfolio(
    text: str, position: int, name_or_place: Callable[[str], bool] = lambda _word: False
) -> str:
    """The portfolio words opening the sentence before a lower-case title at
    ``position`` ("Firearms licensing| manager Tom Reed" -> "Firearms Licensing"),
    title-cased; "" when the title is capitalised or other words stand before it.
    ``name_or_place`` tells a given name or place, which opens no joined portfolio."""
    if not text[position : position + 1].islower():
        return ""
    line_start = max(0, position - 60, text.rfind("\n", 0, position) + 1)
    match = SENTENCE_LED_PORTFOLIO.search(text[line_start:position])
    if match is None:
        return ""
    joined = _joined_portfolio(text[line_start:position], text, position, name_or_place)
    if joined:
        return joined
    words = match.group("words").split()
    if words[0] in NOT_PORTFOLIO_WORDS or any(w in _NOT_LED_PORTFOLIO for w in words):
        return ""
    return " ".join(word.capitalize() for word in words)


def rank_after_owner_word(table: TitleTable, titles: str, owner: str | None) -> str:
    """Rule ``rank_after_owner_word``: a run of ranks whose first word is a body word
    (:data:`~pressfacts.entities.title_words.BODY_WORDS`) that ends the name of the force
    or body ``owner`` found right before it loses that word, when the rest is a title of
    its own: "Kent Police Sergeant Tom Bryant" is a Sergeant of Kent Police and "Gwent
    Police Constable Rhys Evans" a Constable (the force's "Police", not a "Police
    Sergeant"); not "Police Sergeant Amy Cole" (no owner before: the rank as written)."""
    first, _, rest = titles.partition(" ")
    if owner is None or first not in BODY_WORDS or table.entry(rest.strip()) is None:
        return titles
    return rest.strip()


def ranks_lending_owner_word(
    table: TitleTable, text: str, titles: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """``titles`` (character spans) with a police rank written after a body word cut to
    the rank alone, for the organisation side of rule ``rank_after_owner_word``: in
    "Kent Police Sergeant Tom Bryant" the title "Police Sergeant" reaches into "Kent
    Police", and the force's name keeps its word (the person is a Sergeant of Kent
    Police); so does a rank that opens on the body word ("a Merseyside Police constable",
    "Kent Police Community Support Officer Jo Bell"); "Kent Police and Crime Commissioner"
    stays one title ("and Crime Commissioner" is no rank, nor is the whole)."""
    cut = []
    for start, end in titles:
        first, space, rest = text[start:end].partition(" ")
        # "Police Sergeant": the rank after the word; "Police Constable": a rank opening on it
        entry = (
            (table.entry(rest) or table.entry(text[start:end]))
            if space and first in BODY_WORDS
            else None
        )
        if entry is not None and entry.kind == "police_rank":
            start += len(first) + len(space)
        cut.append((start, end))
    return cut
