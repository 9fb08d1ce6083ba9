"""The one scan that finds where a person rule beginning with a name may match.

Why: about a dozen person rules open on a name and differ only in the words after it
(:data:`pressfacts.entities.person_rules.NAME_LED`). Scanning the text once per rule tries
every capital a dozen times; :func:`name_led_filter` joins their words after the name
into one look-ahead, so each rule is tried only where the filter matched.
"""

from __future__ import annotations

import re

from pressfacts.entities.name_words import (
    NAME,
    NAME_START,
    NAME_TOKEN_REST,
    NAME_WORD,
    POST_NOMINALS,
)

GROUP_NAME = re.compile(r"\(\?P<\w+>")


def name_led_filter(patterns: dict[str, str]) -> re.Pattern[str]:
    """A match wherever one of ``patterns`` (each a name, then its own words) matches,
    starting there: the name's capital, then a look-ahead for the rest of the same
    name and any rule's words (groups unnamed so that they join; the words of the rules
    that open with post-nominals behind one copy of them: the same places, found
    faster). Each pattern's matches start where this one matches, so a rule is only
    tried there."""
    lead = NAME_START + NAME
    tails: list[str] = []
    after_post_nominals: list[str] = []
    for name, pattern in sorted(patterns.items()):
        if not pattern.startswith(lead):
            raise ValueError(f"rule {name} does not begin with the name")
        tail = pattern[len(lead) :]
        if tail.startswith(POST_NOMINALS):
            after_post_nominals.append(tail[len(POST_NOMINALS) :])
        else:
            tails.append(tail)
    if after_post_nominals:  # their shared opening tried once, not once per rule
        tails.insert(0, f"{POST_NOMINALS}(?:{'|'.join(after_post_nominals)})")
    rest = rf"{NAME_TOKEN_REST}(?:{NAME_WORD}){{0,3}}"
    alternation = GROUP_NAME.sub("(?:", f"{rest}(?:{'|'.join(tails)})")
    return re.compile(f"{NAME_LEAD}(?={alternation})")


NAME_LEAD = r"[A-Z](?<![\w’'][A-Z])"
"""A name's first letter, where no word goes on before it (``NAME_START``), taken as
the filter's first character: a pattern opening with a character class is scanned for
that class in C before anything else is tried (one opening with a look-around is tried
at every character). Taking the capital loses no start: the next name begins at least
two characters on. A test checks the filter finds the places the look-ahead form
``NAME_START`` + ``NAME`` + words does."""
