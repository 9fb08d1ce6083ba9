"""The entity mentions kept by the entity stage are the values of the span group, and a
group set or resized after it is read afresh."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pressfacts.entity_spans import EntitySpan, entity_mentions
from pressfacts.extensions import ENTITY_SPAN_GROUP

TEXTS = [
    "Detective Inspector Priya Nair of Kent Police said the NSPCC helped.",
    "Jo Bell, head of policy at Victim Support, said: “We listen.” Bell added more.",
    "No entity here at all.",
]


def _values(doc: Doc) -> list[EntitySpan]:
    return [
        EntitySpan(s.start_char, s.end_char, s.id_, s.label_)
        for s in doc.spans.get(ENTITY_SPAN_GROUP, [])
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_kept_mentions_are_the_groups_values(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert list(entity_mentions(doc)) == _values(doc)


def test_a_group_set_or_grown_after_the_stage_is_read_afresh(nlp: Language) -> None:
    doc = nlp(TEXTS[0])
    assert len(entity_mentions(doc)) >= 2
    doc.spans[ENTITY_SPAN_GROUP] = [doc[0:2]]  # set anew
    assert list(entity_mentions(doc)) == _values(doc)
    doc.spans[ENTITY_SPAN_GROUP].append(doc[3:5])  # grown in place
    assert list(entity_mentions(doc)) == _values(doc)


def test_a_doc_without_the_group_has_none(nlp: Language) -> None:
    assert entity_mentions(nlp.make_doc("Kent Police said so.")) == ()
