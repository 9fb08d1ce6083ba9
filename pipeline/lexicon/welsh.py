"""Sentences written in Welsh: a bilingual release states its figures twice.

Forces and bodies in Wales (Heddlu Gogledd Cymru, Heddlu Dyfed-Powys, Llywodraeth Cymru)
issue releases in English and Welsh, paragraph by paragraph. The Welsh paragraph restates
the English one's figures ("23 o arestiadau yn ystod wythnos o weithredu"), which the
English rules would read again with Welsh words as their nouns ("23 ystods").
:func:`is_welsh` tells such a sentence by its function words: many of
:data:`WELSH_FUNCTION_WORDS`, few of :data:`ENGLISH_FUNCTION_WORDS`. Words both languages
share ("a", "i") count for neither; Welsh place names in an English sentence ("Ynys Môn",
"Pen-y-bont") are too few to tip it.
"""

from __future__ import annotations

import re

WELSH_FUNCTION_WORDS = frozenset(
    {
        "yn", "y", "yr", "o", "ac", "ar", "gan", "wedi", "mae", "maen", "roedd", "oedd", "ein",
        "eu", "ei", "gyda", "yng", "ym", "rhwng", "ydy", "yw", "fod", "bod", "hyn", "hynny",
        "sy", "sydd", "am", "dros", "mewn", "wrth", "neu", "hefyd", "ond", "fel", "yma", "bydd",
        "fydd", "nid", "nad", "pob", "rhai", "mwy", "na", "chi", "fe", "fy", "eich", "iddo",
        "iddi", "drwy", "trwy", "tan", "heb", "ers", "cyn", "ôl", "i'r", "o'r", "a'r", "â", "ag",
    }
)  # fmt: skip
"""Welsh words of grammar, common in any Welsh sentence and not English words."""
ENGLISH_FUNCTION_WORDS = frozenset(
    {
        "the", "and", "of", "to", "was", "were", "is", "are", "in", "for", "with", "by", "that",
        "this", "has", "have", "been", "from", "on", "at", "said", "will", "their", "they",
    }
)  # fmt: skip
"""English words of grammar: a sentence with many of them is English, whatever it names."""
MIN_WELSH_WORDS = 3
WELSH_SHARE = 0.2
"""A Welsh sentence holds at least this share of Welsh function words among its words."""
_WORD = re.compile(r"[a-zâêîôûŵŷáéíóúàèìòùäëïöüÿ]+(?:['’][a-z]+)?")


def is_welsh(folded: str) -> bool:
    """Whether the lower-cased sentence ``folded`` is written in Welsh: at least
    :data:`MIN_WELSH_WORDS` Welsh function words, making :data:`WELSH_SHARE` of its words,
    and at most a third as many English ones."""
    words = [word.replace("’", "'") for word in _WORD.findall(folded)]
    welsh = sum(word in WELSH_FUNCTION_WORDS for word in words)
    if welsh < MIN_WELSH_WORDS or welsh < WELSH_SHARE * len(words):
        return False
    return 3 * sum(word in ENGLISH_FUNCTION_WORDS for word in words) <= welsh
