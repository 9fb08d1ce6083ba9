"""What may follow a title before a comma and a name, as regex parts of the person rule
``title_comma_name`` (:mod:`pressfacts.entities.person_rules`): a place after "of"/"for"
or "in", or a lower-case subject ("head of policy, Jo Bell")."""

from __future__ import annotations

from pressfacts.entities.title_cleaning import CLIENT_GROUP_POSSESSIVES
from pressfacts.lexicon.months import MONTH_WORD

_ONE_PLACE = (
    r"(?:the[ \t]+)?[A-Z][\w’'-]*"
    r"(?:[ \t]+(?:(?:and|of)[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'-]*){0,3}"
)
"""Rule ``joined_place_run``: one place of up to four capitalised words, which "and", "of",
"and the" or "of the" may join ("Mid and East Antrim", "Hampshire and the Isle of Wight",
"the East of England")."""
PLACE_LIST_RUN = (
    rf"{_ONE_PLACE}(?:,[ \t]+{_ONE_PLACE}){{1,3}},?[ \t]+and[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*"
    r"(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'-]*){0,3}(?=,)"
)
"""Rule ``place_comma_list``: places listed with commas and closed by "and", before the
comma and name ("Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly,
Jo Bell", "Procurator Fiscal for Tayside, Central and Fife, Jo Bell"); never a list with no
"and" ("Commissioner for Kent, Jo Bell, Sam Reed")."""
PLACE_RUN = rf"(?:{PLACE_LIST_RUN}|{_ONE_PLACE})"
"""A place after a title, before a comma and a name ("for South Wales"): capitals only, or
a list of places (:data:`PLACE_LIST_RUN`)."""
IN_PLACE_RUN = rf"(?!(?i:{MONTH_WORD})\b){PLACE_RUN}"
"""The place of a title named with "in" before a comma and a name ("director in Northern
Ireland, Jo Bell"): a place run, never a month ("the chairman in July, Jo Bell")."""
_LOWER_ITEM = r"[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?"
"""One subject of a listed portfolio: a word or two ("crime", "young people")."""
LOWER_PORTFOLIO_LIST = (
    rf"[a-z][\w-]*(?:,[ \t]+{_LOWER_ITEM}){{1,3}},?[ \t]+and[ \t]+{_LOWER_ITEM}(?=,)"
)
"""Rule ``portfolio_comma_list``: a title's subjects listed with commas and closed by "and",
before the comma and name ("deputy mayor for policing, crime and criminal justice, Jo
Bell", "cabinet member for children, young people and families, Jo Bell": a subject after
the first of one or two words); never a list with no "and" ("head of policy, crime, Jo
Bell" is no list)."""
APPOSITIVE_LIST_PART = (
    r"(?=[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?(?:,[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?){0,2}"
    r",?[ \t]+and[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2},)"
)
"""Rule ``appositive_portfolio_list``: after a comma inside the appositive of the person
rule ``name_appositive_verb``, a lower-case part of a title's subjects listed with commas
and closed by "and" ("Jo Bell, the force's lead for rural, wildlife and heritage crime,
said"); never a part with no "and" ("Jo Bell, the force's lead, a mother, said")."""
CLOSING_LIST_PART = (
    r"(?=[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?(?:,[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?){0,2}"
    r",?[ \t]+and[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2}(?:[.;](?:\s|$)|$))"
)
"""Rule ``closing_portfolio_list``: after a comma inside the appositive that closes the
sentence after "said Jo Bell" (the person rules of ``CLOSING_APPOSITIVE_RULES``), a
lower-case part of a title's subjects listed with commas and closed by "and" at the sentence
end ("…,” said Jo Bell, the council's director for children, young people and education.");
never a part with no "and" ("said Jo Bell, the force's lead, a mother.")."""
CLIENT_GROUP_WORD = rf"(?:(?:{'|'.join(CLIENT_GROUP_POSSESSIVES)})[’']s(?=[ \t]+[a-z])|[a-z][\w-]*)"
"""Rule ``client_group_portfolio_word``: one lower-case word of a title's subject, or the
possessive of a group the service is for (``CLIENT_GROUP_POSSESSIVES``) with a word after
it: "director of children's social care, Jo Bell", "lead for women's services, Jo Bell";
never another possessive ("head of the force's unit", "director of Jo's, Sam Reed") nor
one ending the subject ("head of the children's, Jo Bell")."""
LOWER_PORTFOLIO = (
    r"(?!(?:the|a|an|his|her|their|its|our|this|that)\b)"
    rf"(?:{LOWER_PORTFOLIO_LIST}|{CLIENT_GROUP_WORD}"
    rf"(?:[ \t]+(?:and[ \t]+)?{CLIENT_GROUP_WORD}){{0,3}})"
)
"""A title's subject in lower case, before a comma and a name ("head of policy, Jo Bell"):
up to four words, or a list of them (:data:`LOWER_PORTFOLIO_LIST`), never opening on an
article or a possessive ("the head of the family")."""
OWNER_TITLE = (
    r"(?:the[ \t]+)?(?:[A-Z][\w&-]*[ \t]+){0,4}[A-Z][\w&-]*(?:[’']s?)?[ \t]+"
    r"(?=(?:[a-z][\w-]*[ \t]+){0,2}(?:head|director|lead|manager|officer|chief|executive|"
    r"co-?ordinator|advis[eo]r|chair\w*|spokes\w+|commissioner|commander|secretary)\b)"
    r"(?:[a-z][\w-]*[ \t]+){1,7}"
)
"""Rule ``verb_owner_title_name`` of :mod:`pressfacts.entities.person_rules`: an
organisation, possessive or not, then a lower-case title phrase whose first three words hold
a title word, up to a name: "Crimestoppers' director of operations "."""


def place_before_name(place_word: str) -> str:
    """Rule ``joined_place_before_name``: the place of a title standing right before a name
    with no comma (rule ``title_place_then_name``), of up to five words each matching
    ``place_word``, which "and", "of", "and the" or "of the" may join ("Police and Crime
    Commissioner for Hampshire and the Isle of Wight Jo Bell said", "Deputy Mayor for the
    East of England Jo Bell said"); never a lower-case word other than these joiners
    ("Commissioner for Kent, Jo Bell" keeps its comma rules)."""
    joiner = r"(?:(?:and|of)[ \t]+(?:the[ \t]+)?)?"
    return rf"(?:the[ \t]+)?{place_word}(?:[ \t]+{joiner}{place_word}){{0,4}}?"
