"""The two ends of an appositive range of examples (", from a bakery in Walsall to an
engineering firm in Telford,") are samples of the things counted, not the figure's area
(place roles ``example-range-start`` and ``example-range-end``,
``place_role_leads.EXAMPLE_RANGE_START``/``EXAMPLE_RANGE_END``): the figure takes the
issuer's area. Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kent Police said 63 traders, from a florist in Margate to a garage in Ashford, "
            "were sent the letters.",
            [(63, "Kent")],
            id="two-towns-of-a-range",
        ),
        pytest.param(
            "Merseyside Police said that 28 firms, from a café in Southport to one haulier in "
            "Birkenhead, lost money.",
            [(28, "Merseyside")],
            id="one-as-the-second-article",
        ),
        pytest.param(  # near miss: a move from one place to another (no comma before)
            "Kent Police said 12 families moved from a hostel in Margate to a flat in Ashford.",
            [(12, "Margate")],
            id="moved-from-a-place",
        ),
        pytest.param(  # near miss: one end only, no range
            "Kent Police said 63 traders, from a florist in Margate, were sent the letters.",
            [(63, "Margate")],
            id="no-second-end",
        ),
    ],
)
def test_a_range_of_examples_is_no_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
