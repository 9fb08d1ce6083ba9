"""A mayor's deputy for policing, like a police and crime commissioner, speaks for the place
after "for" (rule ``policing-mayor`` of ``areas.PCC_BEFORE``): that place is the area of
the figures only when the sentence names no other; "the Mayor for Leeds" holds no policing
office (sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def areas(nlp: Language, text: str) -> list[tuple[float, str | None]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2026, 5, 4)
    doc = nlp(doc)
    return [(float(f.value), f.area) for f in doc._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Deputy Mayor for Policing and Crime for Greater Manchester, Jo Bell, said "
         "£60,000 would pay for cameras in Bolton.", [(60000, "Bolton")]),
        ("The Deputy Mayor for Policing, Fire and Crime for West Yorkshire, Sam Kerr, said "
         "£15,000 had gone to youth clubs across Wakefield.", [(15000, "Wakefield")]),
        ("The Deputy Mayor for Policing and Crime for Greater Manchester, Jo Bell, said "
         "£60,000 would pay for cameras.", [(60000, "Greater Manchester")]),
        # near miss: a mayor with no policing office names the place as any place
        ("The Mayor for Leeds, Jo Bell, said £60,000 would pay for cameras in Bolton.",
         [(60000, "Leeds")]),
    ],
)  # fmt: skip
def test_policing_mayor_area(
    nlp: Language, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
