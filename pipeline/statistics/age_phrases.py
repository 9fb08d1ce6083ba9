"""Ages said of children with "of": "children of 11 and 12", "a boy of 14", "girls of nine
or ten" (the exclusion ``age-of-people`` of :mod:`pressfacts.statistics.exclusions`).

A noun for a young person, then "of" and a number (or two joined by "and", "or", "to"),
is the age of that person, not a count. It is no age when a plural noun follows the
number ("the children of 11 families", "pupils of 12 schools": what they belong to is
counted), nor when the number is a large one ("children of 14,300"), a share ("boys of
40%") or a noun before "of" is no young person ("the parents of 11 children", "two of
11 children").
"""

from __future__ import annotations

import re

from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.statistics.exclusion_rule import Exclusion

YOUNG_PERSON_NOUNS: tuple[str, ...] = (
    "child", "children", "boy", "boys", "girl", "girls", "kid", "kids", "pupil", "pupils",
    "teenager", "teenagers", "youngster", "youngsters", "son", "sons", "daughter", "daughters",
)  # fmt: skip
"""The nouns an age may follow with "of" ("a daughter of 15"); lower case."""
YOUNG_PERSON_STEMS: tuple[str, ...] = tuple(
    sorted({noun.removesuffix("ren").removesuffix("s") for noun in YOUNG_PERSON_NOUNS})
)
"""The singular of each noun, held by every match (the rule's ``needs``)."""

_AGE = rf"(?:\d{{1,2}}(?![,.]?\d)|{WORD_NUMBER})"
"""One age: one or two digits (not the head of "14,300" or "1.5"), or a number word."""

_JOIN = r"\s*(?:and|or|to|-|–)\s*"
"""Between two ages of one range ("11 and 12", "nine or ten", "13-15")."""

AGE_OF_PEOPLE = re.compile(
    r"\b(?:" + "|".join(YOUNG_PERSON_NOUNS) + r")\s+of\s+(?:just\s+|only\s+)?"
    rf"{_AGE}(?:{_JOIN}{_AGE})?\b(?!{_JOIN}{_AGE})"
    r"(?!\s*(?:%|per\s*cent))(?!\s+(?!is\b|was\b|has\b)[a-z]+s\b)",
    re.I,
)
"""An age after a young person's noun and "of": "children of 11 and 12 carrying drugs",
"a boy of just 13", "girls of nine or ten"; not "the children of 11 families", "pupils of
12 schools", "children of 14,300", "the parents of 11 children"."""

AGE_UNDER_WORDS = re.compile(
    r"\b(?:" + "|".join(YOUNG_PERSON_NOUNS) + r"|babies|toddlers)\s+(?:aged\s+)?"
    rf"(?:under|over|below)\s+(?:the\s+age\s+of\s+)?(?!\d){_AGE}\b"
    r"(?![,.]?\d)(?!\s*(?:%|per\s*cent))(?!\s+(?!is\b|was\b|has\b)[a-z]+s\b)",
    re.I,
)
"""An age bound in words after a young person's noun (rule ``age-under-words``): "a child
under five", "children under ten", "toddlers under three"; ages in digits are the ``age``
exclusion's. Not "children under five per cent" (a share), "children under two schemes"
(a plural noun counted), "just under five" (no young person before it)."""

AGE_BOUND_PERSON_NOUNS: tuple[str, ...] = (
    "suspects", "offenders", "defendants", "adults", "men", "women", "drivers", "riders",
    "passengers", "residents", "students", "patients", "users", "customers", "motorists",
)  # fmt: skip
"""Plural person nouns an age bound in digits may follow ("suspects under 18", "drivers
over 70"); lower case. "people", "victims", "those" and the young people's nouns are the
``age`` exclusion's."""

AGE_BOUND_AFTER_PERSON = re.compile(
    r"\b(?:" + "|".join(AGE_BOUND_PERSON_NOUNS) + r")\s+(?:aged\s+)?(?:under|over)\s+"
    r"\d{1,2}\b(?![,.]?\d)(?!\s*(?:%|per\s*cent|mph|km|miles|[a-z]+s\b))",
    re.I,
)
"""An age bound in digits after a person noun (rule ``age-bound-after-person``): "about a
quarter involved suspects under 18", "offenders over 21", "drivers over 70"; not "suspects
under 18 months" (a plural noun after the number), "drivers over 30 mph", "victims under 40
per cent", "suspects under 1,200" (a large number)."""

ONE_PERSON_NOUNS: tuple[str, ...] = (
    "victim", "person", "customer", "resident", "pensioner", "caller", "householder", "patient",
    "driver", "passenger", "adult", "man", "woman", "user", "client", "member",
)  # fmt: skip
"""Singular person nouns an age bound may follow after "every", "each", "any" or "no"
("every victim over 65"); lower case."""

VERBS_AFTER_ONE_PERSON: tuple[str, ...] = (
    "is", "was", "has", "gets", "asks", "pays", "needs", "receives", "wants", "goes", "lives",
    "calls", "loses", "makes", "takes",
)  # fmt: skip
"""Verbs in -s that may follow the bound ("every victim over 65 gets a visit"), unlike a
plural noun counted after the number ("every member over 40 sessions")."""

AGE_BOUND_AFTER_ONE_PERSON = re.compile(
    r"\b(?:every|each|any|no)\s+(?:(?:older|elderly|vulnerable|new)\s+)?(?:"
    + "|".join(ONE_PERSON_NOUNS)
    + r")\s+(?:aged\s+)?(?:under|over)\s+\d{1,2}\b(?![,.]?\d)(?!\s*(?:%|per\s*cent|mph|km|miles))"
    r"(?!\s+(?!(?:" + "|".join(VERBS_AFTER_ONE_PERSON) + r")\b)[a-z]+s\b)",
    re.I,
)
"""An age bound in digits after "every", "each", "any" or "no" and a singular person noun
(rule ``age-bound-after-one-person``): "every victim over 65 gets a visit", "any customer
over 70", "each resident aged over 80"; not "every victim over 12 months" (a plural noun
after the number), "each driver over 30 mph", "any customer over 1,000" (a large number),
"every victim over 40 per cent" (a share)."""

LIFE_EVENT_WORDS: tuple[str, ...] = (
    "record", "arrested", "cautioned", "convicted", "charged", "sentenced", "excluded",
    "expelled", "groomed", "exploited", "recruited", "offended", "school", "care", "home",
)  # fmt: skip
"""Words of a young person's life an age may follow with "at" ("a criminal record at 13",
"first arrested at 12", "excluded from school at 14", "left care at 16"); lower case."""

AGE_AT_LIFE_EVENT = re.compile(
    r"\b(?:" + "|".join(LIFE_EVENT_WORDS) + r")\s+at\s+(?:just\s+|only\s+)?"
    rf"{_AGE}(?:{_JOIN}{_AGE})?\b(?![,.]?\d)(?!{_JOIN}{_AGE})"
    r"(?=\s*(?:[,.;:!?)\"”’]|$)|\s+(?:and|but|when|while|because|after|before)\b)",
    re.I,
)
"""An age after a word of a young person's life and "at", closing its clause (rule
``age-at-life-event``): "a child given a criminal record at 13 or 14,", "he was first
arrested at 12 and excluded from school at 14."; not "arrested at 12 addresses" (a noun
counted), "the total stood at 13" (no such word), "excluded at 1,200" (a large number)."""

AGE_PHRASE_EXCLUSIONS: tuple[Exclusion, ...] = (
    # "children of 11 and 12", "a boy of 14"; not "the children of 11 families"
    Exclusion("age-of-people", AGE_OF_PEOPLE, needs=YOUNG_PERSON_STEMS),
    # "a child under five", "toddlers under three"
    Exclusion("age-under-words", AGE_UNDER_WORDS, needs=("under", "over", "below")),
    # "suspects under 18", "drivers over 70"
    Exclusion("age-bound-after-person", AGE_BOUND_AFTER_PERSON, needs=("under", "over")),
    # "every victim over 65"
    Exclusion("age-bound-after-one-person", AGE_BOUND_AFTER_ONE_PERSON, needs=("under", "over")),
    # "a criminal record at 13 or 14", "first arrested at 12"
    Exclusion("age-at-life-event", AGE_AT_LIFE_EVENT, needs=LIFE_EVENT_WORDS),
)
"""The age phrases' exclusions, read by :data:`pressfacts.statistics.exclusions.EXCLUSIONS`
in this order."""
