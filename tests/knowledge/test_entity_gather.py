"""The entity merge reads its partials once, as a stream, and keeps first-seen order."""

from __future__ import annotations

import pytest

from pressfacts.knowledge.entity_merge import merge_entities
from pressfacts.models.records import EntityRecord, Mention

FULL = EntityRecord(
    id="person:marta-oyelaran",
    type="PERSON",
    name="Marta Oyelaran",
    aliases=["M. oyelaran"],
    mentions=[Mention(doc="doc:a", start=0, end=14, text="Marta Oyelaran")],
)
SHORT = EntityRecord(
    id="person:oyelaran",
    type="PERSON",
    name="Oyelaran",
    aliases=["m. Oyelaran"],
    mentions=[Mention(doc="doc:b", start=4, end=12, text="Oyelaran")],
)


@pytest.mark.parametrize(
    ("stream", "aliases"),
    [
        ((FULL, SHORT), ["M. oyelaran", "Oyelaran"]),  # equally capitalised: first seen kept
        ((SHORT, FULL), ["m. Oyelaran", "Oyelaran"]),
    ],
)
def test_family_name_fold_keeps_first_seen_form(
    stream: tuple[EntityRecord, ...], aliases: list[str]
) -> None:
    merged, remap = merge_entities(iter(stream))  # a one-shot iterator is enough
    assert remap == {"person:oyelaran": "person:marta-oyelaran"}
    (record,) = merged
    assert record.name == "Marta Oyelaran"
    assert record.aliases == aliases
    assert [m.doc for m in record.mentions] == ["doc:a", "doc:b"]
