"""The councils and forces a partnership's relative clause says it brings together are
its members, not the scope of its figures (``place_role_leads.MEMBER_BODIES_BEFORE``, rule
``member-bodies``): the partnership's own area stays. Every sentence is invented for the
test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

_NORFOLK = "The Norfolk Safeguarding Adults Board has published its annual report. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _NORFOLK + "The board, which brings together Norfolk County Council, Norfolk "
            "Constabulary and Norwich City Council, received 2,400 concerns in 2025/26.",
            [(2400, "Norfolk")],
            id="brings-together",
        ),
        pytest.param(
            "The Surrey Safeguarding Adults Board has published its report. The board, which "
            "is made up of Surrey County Council, Surrey Police and Guildford Borough "
            "Council, received 1,830 concerns last year.",
            [(1830, "Surrey")],
            id="made-up-of",
        ),
        pytest.param(
            "The West Yorkshire partnership has published its report. The partnership, "
            "which includes Leeds City Council, West Yorkshire Police and Bradford Council, "
            "recorded 640 referrals in 2025.",
            [(640, "West Yorkshire")],
            id="includes",
        ),
        # near misses: a place the board meets or works in; a council's own team
        pytest.param(
            _NORFOLK + "The board, which meets in Norwich, received 2,400 concerns in 2025/26.",
            [(2400, "Norwich")],
            id="meets-in",
        ),
        pytest.param(
            _NORFOLK + "The board, which works across Norwich and King's Lynn, received 2,400 "
            "concerns in 2025/26.",
            [(2400, "Norwich and King's Lynn")],
            id="works-across",
        ),
        pytest.param(
            _NORFOLK + "Norwich City Council, which includes the city's housing team, "
            "received 2,400 concerns in 2025/26.",
            [(2400, "Norwich")],
            id="council-includes-team",
        ),
    ],
)
def test_area_member_bodies(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
