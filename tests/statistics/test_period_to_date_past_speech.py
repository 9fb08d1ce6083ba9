"""A sentence in the present perfect looks back past paragraphs of speech for the span up
to P it counts within (``period_to_date.befores_of``, rule ``to_date_past_speech``), and
its tally words may stand between "have" and the verb ("have so far recovered"). Every
sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 20)
SINCE_JUNE = ("2025-06-01", "2025-11-20")

ROWS = [
    pytest.param(
        "Since June, Dyfed-Powys Police has received 41 reports of courier fraud.\n\n"
        'Detective Sergeant Owen Price said: "They are ruthless. They pick on the old. They'
        ' never stop."\n\n'
        '"Please hang up," he added.\n\n'
        "Officers have so far recovered £62,000 of the money.",
        {41.0: SINCE_JUNE, 62000.0: SINCE_JUNE},
        id="past-two-paragraphs-of-speech",
    ),
    pytest.param(
        "Since June, Dyfed-Powys Police has received 41 reports of courier fraud. Officers"
        " have already returned £9,000 to victims.",
        {41.0: SINCE_JUNE, 9000.0: SINCE_JUNE},
        id="already-between-have-and-verb",
    ),
    # near misses: a span said in a quote past the reach; narrative sentences count against the
    # reach; a closed span
    pytest.param(
        "Since June, Dyfed-Powys Police has received 41 reports of courier fraud. The calls"
        " come from abroad. Most victims live alone. Many are in their eighties. Some are"
        " widowed.\n\n"
        "Officers have so far recovered £62,000 of the money.",
        {41.0: SINCE_JUNE, 62000.0: None},
        id="four-sentences-of-narrative",
    ),
    pytest.param(
        'Superintendent Ann Ford said: "I have put £50,000 into the scheme this year."\n\n'
        '"It is working. Families notice. Children love it," she added.\n\n'
        "The scheme meets weekly.\n\n"
        "Ceredigion County Council has lent the scheme three minibuses.",
        {50000.0: ("2025-01-01", "2025-11-20"), 3.0: None},
        id="a-span-said-in-a-quote-further-back",
    ),
    pytest.param(
        "In 2024, Dyfed-Powys Police received 41 reports of courier fraud.\n\n"
        '"Please hang up," Detective Sergeant Owen Price said.\n\n'
        "Officers have so far recovered £62,000 of the money.",
        {41.0: ("2024-01-01", "2024-12-31"), 62000.0: None},
        id="a-closed-span",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_to_date_past_speech(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
