"""A verb of saying typed with a slip after a quote (rule ``misspelt_pronoun_cue``).

Reprints carry typos, and one in the verb of a short tail after a closing mark loses the
quote its cue: '"…," she aded.' A tail that is only a pronoun and one word, ending the
sentence, whose word of four letters or more is one slip (a letter dropped, added,
changed, or two swapped) from a listed one-word verb of saying of four letters or more,
is read as that verb ("aded" added, "siad" said). Not '"…," she smiled.' (no listed verb
so near), nor '"…," she sad' (too short to tell from a word of its own), nor a longer
tail ('"…," she aded to the crowd').
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

MISSPELT_PRONOUN_CUE = re.compile(
    r"[\s,_*]*(?:he|she|they)\s+(?P<verb>[a-z]{4,})[\s_*]*[.!?]?[\s_*]*\Z", re.I
)
"""The whole tail after a closing mark: a pronoun and one lower-case word, then the
sentence end (', she aded.')."""
_MIN_VERB = 4
"""The shortest listed verb a slip is read back to ("said"; not "ask")."""


def one_slip(typed: str, word: str) -> bool:
    """Whether ``typed`` differs from ``word`` by one dropped, added or changed letter, or
    two neighbouring letters swapped."""
    if typed == word:
        return False
    short, long_ = sorted((typed, word), key=len)
    if len(long_) - len(short) > 1:
        return False
    if len(short) == len(long_):
        diffs = [i for i, (a, b) in enumerate(zip(short, long_, strict=True)) if a != b]
        if len(diffs) == 1:
            return True
        first, second = [*diffs, -1, -1][:2]
        return (
            len(diffs) == 2
            and second == first + 1
            and (short[first], short[second]) == (long_[second], long_[first])
        )
    at = next((i for i, (a, b) in enumerate(zip(short, long_)) if a != b), len(short))  # noqa: B905
    return short[at:] == long_[at + 1 :]


def slip_targets(verbs: Iterable[str]) -> tuple[str, ...]:
    """The listed verbs a slip may be read back to, in a fixed order: one word of
    :data:`_MIN_VERB` letters or more (built once with the cue tables, not per tail)."""
    return tuple(sorted(v for v in verbs if " " not in v and len(v) >= _MIN_VERB))


def misspelt_verb(clause: str, targets: Sequence[str]) -> tuple[int, int, str] | None:
    """The misspelt verb of a pronoun tail (rule ``misspelt_pronoun_cue``): its start and
    end in ``clause`` and the verb of ``targets`` (:func:`slip_targets`) it stands for, or
    None."""
    match = MISSPELT_PRONOUN_CUE.match(clause)
    if match is None:
        return None
    typed = match.group("verb").lower()
    verb = next((verb for verb in targets if one_slip(typed, verb)), None)
    return None if verb is None else (match.start("verb"), match.end("verb"), verb)
