"""A pronoun cue after an unnamed person who says something: the quote is nobody's.

"One woman from Hull, who did not want to be named, said she had waited a month. "…," she
said": the pronoun is the unnamed woman's (:func:`pressfacts.quotes.unnamed.unnamed_sayer_between`),
not the person named before her; so is one after a post whose holder goes unnamed ("The
force's head of neighbourhood policing said …", rule ``unnamed_post_holder``). Sentences
invented; near misses keep the person named.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

LEAD = 'Sarah Lane, chief executive of the charity, said: "This must change."\n\n'
LANE = ("person:sarah-lane", "speaker before quote: said")

# (text, [(speaker, attribution) of each quote])
ROWS: list[tuple[str, list[tuple[str | None, str]]]] = [
    (
        LEAD + "One woman from Hull, who did not want to be named, said she had waited a "
        'month for a call back. "I felt forgotten," she said.',
        [LANE, (None, "speaker after quote: said; pronoun of an unnamed person 'she'")],
    ),
    (
        LEAD + 'A mother who used the service said it had been a lifeline. "They listened '
        'to me," she said.',
        [LANE, (None, "speaker after quote: said; pronoun of an unnamed person 'she'")],
    ),
    (
        LEAD + 'Another resident told officers the street felt safer. "I walk home at '
        'night now," he added.',
        [LANE, (None, "speaker after quote: added; pronoun of an unnamed person 'he'")],
    ),
    # rule unnamed_post_holder: a post whose holder goes unnamed says something
    (
        LEAD + "The force's head of neighbourhood policing said the patrols had worked. "
        '"People noticed the difference," he said.',
        [LANE, (None, "speaker after quote: said; pronoun of an unnamed person 'he'")],
    ),
    (
        LEAD + "The director of the refuge told the panel that demand had doubled.\n\n"
        '"We turn women away every week," she said.',
        [LANE, (None, "speaker after quote: said; pronoun of an unnamed person 'she'")],
    ),
]

NEAR_MISSES: list[tuple[str, list[tuple[str | None, str]]]] = [
    # the unnamed person is a man: "she" is the woman named before
    (
        LEAD + 'A father from Derby said the wait was too long. "It was awful," she said.',
        [LANE, ("person:sarah-lane", "speaker after quote: said; pronoun 'she'")],
    ),
    # the unnamed person says nothing
    (
        LEAD + 'One resident has moved away. "We will keep going," she said.',
        [LANE, ("person:sarah-lane", "speaker after quote: said; pronoun 'she'")],
    ),
    # the unnamed person is named in apposition: she is the speaker
    (
        LEAD + 'A local resident, Jo Hill, said she was pleased. "It is better now," she said.',
        [LANE, ("person:jo-hill", "speaker after quote: said; pronoun 'she'")],
    ),
    # the post's holder is named: he is the speaker
    (
        LEAD + "The force's head of neighbourhood policing, Superintendent Tom Reid, said "
        'the patrols had worked. "People noticed," he said.',
        [LANE, ("person:tom-reid", "speaker after quote: said; pronoun 'he'")],
    ),
    # "the officer" refers back to the person named before
    (
        LEAD + 'The officer said the charity had helped. "We are grateful," she said.',
        [LANE, ("person:sarah-lane", "speaker after quote: said; pronoun 'she'")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS + NEAR_MISSES)
def test_pronoun_after_an_unnamed_sayer(
    nlp: Language, text: str, expected: list[tuple[str | None, str]]
) -> None:
    doc = nlp(text)
    assert [(quote.speaker, quote.attribution) for quote in doc._.quotes] == expected
