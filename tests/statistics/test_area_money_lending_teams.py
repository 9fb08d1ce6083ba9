"""The national illegal money lending teams (the England Illegal Money Lending Team, the
Wales and Scottish Illegal Money Lending Units) carry their nation as their ``areas`` in
``organisations.jsonl``: a figure of theirs with no place of its own takes the nation, as
a figure of MOPAC takes London. A national body named before the release's first force,
when that force is named as a partner ("after a joint investigation with Gwent Police"),
is the release's voice (rule ``national-before-partner``). Every sentence is invented for
the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Scottish Illegal Money Lending Unit helped 214 victims in 2025.",
            [(214, "Scotland")],
            id="unit-speaks-for-scotland",
        ),
        pytest.param(
            "The England Illegal Money Lending Team wrote off £2.4m of debt in 2025. It "
            "brought 19 prosecutions.",
            [(2400000, "England"), (19, "England")],
            id="later-figure-takes-the-team-nation",
        ),
        pytest.param(
            "Investigators from the Wales Illegal Money Lending Unit visited 36 homes in 2025.",
            [(36, "Wales")],
            id="wales-unit",
        ),
        # near miss: a place of the figure's own clause still wins
        pytest.param(
            "The Wales Illegal Money Lending Unit supported 48 people in Rhyl in 2025.",
            [(48, "Rhyl")],
            id="own-place-wins",
        ),
    ],
)
def test_a_money_lending_team_speaks_for_its_nation(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A Barry loan shark was jailed on Monday. She was prosecuted by the Wales Illegal "
            "Money Lending Unit after a joint investigation with South Wales Police. The unit "
            "supported 17 of her victims.",
            [(17, "Wales")],
            id="team-before-partner-force",
        ),
        pytest.param(
            "A Luton loan shark was jailed. The England Illegal Money Lending Team worked with "
            "Bedfordshire Police on the case. The team wrote off £51,000 of debt.",
            [(51000, "England")],
            id="worked-with-force",
        ),
        # near misses: the force leads, or is named before the team; no partner cue
        pytest.param(
            "A Luton loan shark was jailed. Bedfordshire Police worked with the England Illegal "
            "Money Lending Team on the case. Officers recovered £51,000.",
            [(51000, "Bedfordshire")],
            id="force-named-first",
        ),
        pytest.param(
            "A Barry loan shark was jailed on Monday. The Wales Illegal Money Lending Unit and "
            "South Wales Police said 17 victims had come forward.",
            [(17, "South Wales")],
            id="no-partner-cue",
        ),
    ],
)
def test_a_national_team_before_a_partner_force_is_the_voice(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A Wrexham loan shark who lent £9,000 to 12 people has been jailed.\n\nDafydd "
            'Evans, head of the Wales Illegal Money Lending Unit, said: "He preyed on '
            'people."\n\nThe court heard his victims repaid more than £30,000.',
            [(9000, "Wrexham"), (12, "Wrexham"), (30000, "Wrexham")],
            id="case-lead-place-beats-the-unit-nation",
        ),
        # near misses: no place before the lead's noun; a national body of no local cases
        pytest.param(
            "Loan sharks are being targeted.\n\nThe England Illegal Money Lending Team said 14 "
            "victims repaid £52,000 last year.",
            [(14, "England"), (52000, "England")],
            id="no-case-lead",
        ),
        pytest.param(
            "A Leeds teenager has praised Childline.\n\nThe NSPCC said 4,000 children called "
            "the helpline last year.",
            [(4000, "UK")],
            id="other-national-body-keeps-its-country",
        ),
    ],
)
def test_a_local_case_lead_beats_the_team_nation(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
