"""The words a reference or a label's number follows, and the label numbered in words:
the patterns of the exclusions ``reference-number`` and ``reference-number-word``
(:data:`.exclusions.EXCLUSIONS`).

``reference-number``: "section 58", "no. 4", "Group 1", "Category 2 to 4" name a thing,
not a count (:data:`REFERENCE_WORDS`). ``reference-number-word``: "category two calls",
"category two and three calls", "tier three limits", "priority one incidents", "phase two
of the scheme" are labels numbered in words (:data:`LABEL_NUMBER_WORDS`); not "stage two
hundred officers" (a scale), "a level three times higher" (a multiple), "the level two
years ago" (a time after it).
"""

from __future__ import annotations

import re

from pressfacts.lexicon.number_words import WORD_NUMBER

REFERENCE_WORDS = (
    "section", "sections", "s.", "article", "paragraph", "para", "clause", "ref", "reference",
    "case", "no.", "no", "number", "page", "chapter", "rule", "part", "schedule", "operation",
    "op", "room", "flat", "route", "junction", "platform", "level", "tier", "grade", "category",
    "version", "phase", "stage", "size", "group", "groups", "categories", "outcome",
    "priority",
)  # fmt: skip
"""Words a reference number follows ("section 58", "no. 4", "Group 1"; "outcome 22", a crime
outcome code: rule ``outcome-code``; "Priority 1 calls", a call's grade: rule
``priority-grade``): none is another and a space, so the alternation's order
changes no match; their trie, with "year", is the hint."""
LABEL_WORDS = ("category", "tier", "level", "grade", "phase", "stage", "priority")
"""Words a label's number in words follows ("category two", "priority one"): a subset of
:data:`REFERENCE_WORDS` whose word-number labels are common, and "priority" (a call's grade)."""
_AFTER_LABEL_NUMBER = (
    r"hundred|thousand|million|billion|times|"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)"
)
"""What after "level two" makes it a count, not a label: a scale, a multiple, a time."""
_LABEL_NUMBER = rf"(?:{WORD_NUMBER}|one)\b"
"""A label's number in words ("two"; "one" too: "priority one"); several may be listed
("category two and three calls", "grade one to three")."""
LABEL_NUMBER_WORDS = re.compile(
    rf"\b(?:{'|'.join(LABEL_WORDS)})\s+{_LABEL_NUMBER}"
    rf"(?:(?:,|\s+(?:and|or|to))\s+{_LABEL_NUMBER})*\b(?!\s+(?:{_AFTER_LABEL_NUMBER})\b)",
    re.I,
)
"""The ``reference-number-word`` pattern: a label word and its number (or list of
numbers) in words, with no scale, multiple or time after it."""
