"""A sentence with no figure whose places lie in a relative clause telling what a body does
where leads in to no figure after it (rule ``remit-clause-no-lead-in``). Sentences invented
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Durham Police has funded two more outreach workers. The money goes to the charity "
            "Halo Project, which runs advice services in Hartlepool and Stockton-on-Tees. The "
            "force now funds 14 workers.",
            [(2, "Durham"), (14, "Durham")],
        ),
        (
            "Essex Police has widened its scheme. It works with a charity, which also offers "
            "drop-in sessions in Colchester and Chelmsford. Officers made 230 referrals last "
            "year.",
            [(230, "Essex")],
        ),
        # near miss: a place the sentence itself tells on still leads in
        (
            "Durham Police has funded two more outreach workers. The workers are based in "
            "Hartlepool. They saw 120 families in May.",
            [(2, "Durham"), (120, "Hartlepool")],
        ),
    ],
)
def test_remit_clause_leads_in_no_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
