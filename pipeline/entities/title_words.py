"""Word lists of the title rules that look before a title: which capitalised words are a
portfolio ("Depot Commander"), which name a body, which name a party ("Labour MP"); which
words make a phrase a portfolio title (:data:`PORTFOLIO_WORDS`).
General English and UK politics, not taken from any release."""

from __future__ import annotations

import re

from pressfacts.entities.lead_in_heads import RANK_HEADS
from pressfacts.lexicon.alternations import longest_first

# "Online Safety Minister", "Bristol North MP": up to four capitalised words right
# before a title, on one line ("June. Commander" must not match: the stop ends the run)
CAPITALISED_RUN = re.compile(r"(?<![\w’'])(?:[A-Z][\w-]*[ \t]+(?:and[ \t]+)?){0,3}[A-Z][\w-]*$")
NOT_PORTFOLIO_WORDS = frozenset(
    {
        "The",
        "On",
        "In",
        "At",
        "By",
        "For",
        "From",
        "With",
        "Of",
        "To",
        "During",
        "Last",
        "Next",
        "A",
        "An",
        "And",
        "But",
        "As",
        "When",
        "While",
        "After",
        "Before",
        "Then",
        "Now",
        "Today",
        "Yesterday",
        "Tonight",
        "Former",
        "Ex",
        "New",
        "Our",
        "Their",
        "His",
        "Her",
        "Its",
        "This",
        "That",
        "These",
        "Those",
        "Also",
        "Meanwhile",
        "However",
        "If",
        "Once",
        "Since",
        "Both",
        "Local",
        "Senior",
        "Retired",
        "Veteran",
        "Acting",
        "Temporary",
        "Interim",
        "Outgoing",
        "Incoming",
        "Retiring",
        "Newly",
        "Current",
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Dr",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    }
)
"""Capitalised words before a title that are not part of it ("When Commander X",
"Former Minister X", "On Monday Inspector X")."""

BODY_WORDS = frozenset(
    {"Police", "Constabulary", "Council", "Service", "Agency", "Charity", "Trust", "Foundation",
     "Federation", "Association"}
)  # fmt: skip
"""Head words that name a body even alone ("Police Sergeant", "Trust chief executive" at
the head of a sentence: the trust named before; "Federation secretary Jo Lamb", a police
federation's short name, rule ``body_word_owner``); others alone are a function ("Branch
Commander", "Unit Manager")."""

UNIT_HEAD_WORDS = frozenset(
    {"Unit", "Branch", "Department", "Team", "Squad", "Bureau", "Hub", "Directorate"}
)
"""Head words of a unit inside an organisation: "head of the Public Protection Unit" keeps
its unit as the portfolio ("Head of Public Protection Unit", as "head of Kent Police's
Public Protection Unit" does), while "chairman of the Riverside Residents Association"
loses its organisation."""

UNIT_HEAD_PHRASES = frozenset({("Task", "Force")})
"""Two-word heads of a unit: "head of the Paramilitary Crime Task Force" keeps the task
force as the portfolio, as a unit's ("Head of Paramilitary Crime Task Force"); a force
named by "Force" alone ("the Border Force") is an organisation and is dropped."""

UNIT_LEADER_WORDS = frozenset({"head", "manager", "commander", "lead", "director"})
"""Last words of a title that lead a unit named after "of the" (see UNIT_HEAD_WORDS); a
rank ("Assistant Chief Constable of the Major Crime Unit") does not."""

ORGANISATION_LEADER_TITLES = frozenset(
    {"chief executive", "chief executive officer", "founder", "co-founder", "chairman",
     "chairwoman", "managing director", "ceo"}
)  # fmt: skip
"""Lower-case titles that only ever lead an organisation, never a portfolio: capitalised
words written before one are the organisation's name, no part of the title ("Safer Places
chief executive Jo Bell" is chief executive; cleaning step ``organisation_head``)."""

POLITICAL_PARTY_WORDS = frozenset(
    {
        "Labour",
        "Conservative",
        "Tory",
        "Liberal",
        "Democrat",
        "Democrats",
        "Lib",
        "Dem",
        "Green",
        "SNP",
        "Plaid",
        "Cymru",
        "Reform",
        "UK",
        "DUP",
        "SDLP",
        "Alliance",
        "Independent",
        "Sinn",
        "Féin",
        "Fein",
        "Co-operative",
    }
)
PARTY_SHORT_FORMS = ("Lab", "Con", "LD", "Lib Dem", "Ind", "Grn", "SNP", "PC", "SF", "UUP")
"""How a councillor's party is written in brackets after the name ("Cllr Ann Lee (Lab,
Riverside)", "(Con)", "(Lib Dem)"), beside the party words in full."""
NAME_BRACKET = (
    r"\((?:pictured|above|below|left|right|centre|"
    + "|".join(
        longest_first(
            w.replace(" ", r"[ \t]+") for w in (*PARTY_SHORT_FORMS, *POLITICAL_PARTY_WORDS)
        )
    )
    + r")\b"
)
"""A bracket after a person's name that is no part of it (rule ``name_bracket``): a photo
caption's marker ("Leah Fox (pictured)") or a councillor's party, with or without the
ward ("Cllr Ann Lee (Lab, Riverside)", "(Conservative)")."""
"""Words of UK party names, which stand before "MP" but are no constituency."""


STAND_IN = r"temporary|acting|interim"
"""Words before a rank or title that make its holder a stand-in ("Acting Chief Constable"),
kept in the expanded title; "T/" and "A/" are their abbreviations. A regular-expression
alternation, lower case, for the patterns that find the prefix (match case-insensitively)."""
STAND_IN_PREFIX = rf"(?i:{STAND_IN})\s+|[TA]/\s?"
"""A stand-in's prefix as written before a title: a word of :data:`STAND_IN` or "T/", "A/"."""

TITLE_QUALIFIERS = frozenset(
    {
        "regional",
        "national",
        "area",
        "district",
        "divisional",
        "county",
        "deputy",
        "vice",
        "programme",
        "senior",
        "principal",
    }
)
"""Lower-case words that belong to the title written right after them ("Crimestoppers'
North West regional manager" -> Regional Manager, "senior prosecutor" -> Senior
Prosecutor), though no capital marks them."""

COMMAND_TIERS = ("Gold", "Silver", "Bronze")
"""Capitalised tiers of an event's command structure that may open such a lower-case title
after a possessive (rule ``command_tier``): "the force's Silver commander, Chief Inspector
Jo Bell"; not "the force's Silver Jubilee, …" (no title head after it)."""
POSSESSIVE_TITLE_HEADS = (
    "lead",
    "manager",
    "director",
    "co-?ordinator",
    "officer",
    "commander",
    *RANK_HEADS,
)
"""Heads of a lower-case title of one or two words after a possessive and before a rank
and name, set off by commas (rule ``after_possessive`` of the person lead-in): "the
force's dog legislation officer, PC Jo Bell", "Essex Police's airport commander, Chief
Inspector Jo Bell", "the force's neighbourhood inspector, Inspector Jo Bell" (rule
``place_rank_title``: a rank word as the head) (regular-expression alternatives, lower
case)."""
APPOSITIVE_BODY = (
    r"(?:[ \t]+(?:of|from|at)[ \t]+(?P<appos_org>(?:the[ \t]+)?[A-Z][\w’'&-]*"
    r"(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'&-]*){0,3}))?"
)
"""Rule ``body_then_appositive``: the body a person is "of" between the name and a title
set off by commas: "Supt Jo Bell of Kent Police, the force lead for volunteering, said";
its organisation is an affiliation (``appos_org``)."""
CAPITALISED_WORDS = r"[A-Z][\w’'&-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'&-]*){0,3}"
"""A place or body of up to four capitalised words ("Newry", "Mid and East Antrim")."""
POSSESSIVE_PLACE_TITLE = (
    r"(?:[A-Z][\w’'-]*[ \t]+){1,2}(?:[a-z][\w-]*[ \t]+)?"
    rf"(?:{'|'.join(POSSESSIVE_TITLE_HEADS)})"
)
"""Rule ``possessive_place_title`` of the person lead-in: the place a lower-case title
covers (one or two capitalised words) between a possessive and the title, set off by a
comma before a rank and name: "South Yorkshire Police's Sheffield district commander,
Chief Superintendent Jo Bell"; not "the force's Sheffield team, DC Jo Bell" (no title
head of :data:`POSSESSIVE_TITLE_HEADS`)."""


CAMPAIGNING_PRAISE: tuple[str, ...] = (
    "tireless", "fierce", "strong", "vocal", "staunch", "passionate", "long-time", "longtime",
    "lifelong", "committed", "powerful", "dedicated", "outspoken", "keen", "great", "leading",
    "prominent", "fearless", "determined", "loud", "true", "real",
)  # fmt: skip
"""Words of praise before "advocate" that make it the campaigning sense, no post (rule
``advocate_post``'s guard): "a tireless advocate", "a fierce advocate on behalf of victims";
not "a stalking advocate", "an independent domestic violence advocate" (posts)."""
_ADVOCATE_POST = (
    "".join(rf"(?<!\b{word}\s)" for word in CAMPAIGNING_PRAISE)
    + r"advocate(?!\s+(?:for|of|on\s+behalf\s+of|against|in\s+the\s+campaign)\b)"
)
"""Rule ``advocate_post``: "advocate" as a post, neither after a word of
:data:`CAMPAIGNING_PRAISE` nor before what a campaigner speaks for, of, on behalf of or
against."""
PORTFOLIO_WORDS = re.compile(
    r"\b(?:lead|head|director|manager|officer|chief|co-?ordinator|advis[eo]r|commissioner|"
    r"chair\w*|conven[eo]r|spokes\w+|secretary|minister|inspector|constable|superintendent|sergeant|"
    r"founder|executive|president|detective|councillor|mayor|specialist|reporter|editor|"
    r"correspondent|cabinet\s+member|portfolio\s+holder|commander|member|worker|educator|"
    r"practitioner|psychologist|psychiatrist|caseworker|analyst|researcher|campaigner|"
    r"counsellor|therapist|investigator|prosecutor|trustee|consultant|paediatrician|organi[sz]er|"
    + _ADVOCATE_POST
    + r"|clinician|physician|surgeon|matron|lecturer|professor|"
    r"research\s+fellow|supervisor)\b",
    re.I,
)
"""A phrase with one of these words is a portfolio title ("national lead for X", "a senior
domestic abuse practitioner at X", "a stalking advocate at X", not "an advocate for" a cause:
rule ``advocate_post``); not the trades court reports describe people by (no title)."""
