"""A count of a capitalised role ("12 Special Constables in Newport", "four more
Independent Sexual Violence Advisers across Essex") counts that role's plural; a
capitalised name before a lower-case noun only describes it. Phrases invented; a role
plural at a stop ("hired 25 Travel Safe Officers, and …") counts it too."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.units import noun_after


@pytest.mark.parametrize(
    ("after", "unit"),
    [
        (" Special Constables in Newport last year.", "constables"),
        (" more Independent Domestic Violence Advisers across Essex.", "advisers"),
        (" Police Community Support Officers who patrol the town.", "officers"),
        (" Street Pastors were on duty in Bangor.", "pastors"),
        (" Child Safeguarding Practice Reviews during the year.", "reviews"),
        (" Domestic Homicide Reviews since 2021.", "reviews"),
        (" Special Constables last year.", "constables"),
        # the name describes the noun after it
        (" Sexual Harm Prevention Orders breaches in 2025.", "breaches"),
        (" Crown Court trials in 2025.", "trials"),
        # not a plural: no unit from the name
        (" Community Payback in Leeds.", None),
    ],
)
def test_capitalised_role_unit(after: str, unit: str | None) -> None:
    assert noun_after(after) == unit


# A role plural that ends the name at a stop counts that role (rule
# ``capitalised_role_at_stop``: :data:`~pressfacts.statistics.unit_words.
# CAPITALISED_ROLE_PLURALS`); near misses end in a plural that is no role, or put a
# lower-case noun after the name.
STOP_ROWS = [
    pytest.param(
        "Since May, Lothian Buses has hired 25 Travel Safe Officers, and more will follow.",
        [(25, "officers")],
        id="officers-at-a-comma",
    ),
    pytest.param(
        "Leicester City Council now employs 14 Community Safety Wardens.",
        [(14, "wardens")],
        id="wardens-at-the-end",
    ),
    pytest.param(
        "Gwent Police has trained 30 Special Constables; they start in June.",
        [(30, "constables")],
        id="constables-at-a-semicolon",
    ),
    pytest.param(
        "The trust funds 6 Independent Domestic Violence Advisers.",
        [(6, "advisers")],
        id="advisers-at-the-end",
    ),
    # an order or notice that ends the name at a stop (rule ``capitalised_order_at_stop``:
    # :data:`~pressfacts.statistics.unit_words.CAPITALISED_ORDER_PLURALS`)
    pytest.param(
        "Cumbria Police made 20 arrests and applied for four Stalking Protection Orders.",
        [(20, "arrests"), (4, "orders")],
        id="orders-at-the-end",
    ),
    pytest.param(
        "The council served 35 Community Protection Notices, and two were breached.",
        [(35, "notices"), (2, "notices")],
        id="notices-at-a-comma",
    ),
    pytest.param(
        "Magistrates granted nine Closure Orders; three more are pending.",
        [(9, "orders"), (3, "orders")],
        id="orders-at-a-semicolon",
    ),
    # near misses: a plural that is no role; a lower-case noun after the name
    pytest.param("Officers recovered 12 Range Rovers.", [], id="no-role-plural"),
    pytest.param("Detectives seized 8 Royal Enfields.", [], id="no-order-plural"),
    pytest.param(
        "Sussex Police investigated 11 Domestic Abuse Protection Orders breaches.",
        [(11, "breaches")],
        id="order-name-before-a-noun",
    ),
    pytest.param(
        "The team handled 310 Anti-Social Behaviour Officers reports.",
        [(310, "reports")],
        id="name-before-a-noun",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STOP_ROWS)
def test_a_capitalised_role_at_a_stop_is_counted(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    doc = nlp(text)
    assert [(f.value, f.unit) for f in doc._.statistics] == expected
