"""The entity mentions of a Doc as plain values, kept by the entity stage for the readers.

``doc.spans["entities"]`` is where the mentions live. Reading them back makes a Span per
mention, and spaCy makes two Tokens for each (for its offsets): the quote stage and the
document records each read every mention, and that reading cost a tenth of the quote
stage. So the entity stage, which has each mention's offsets, id and label at hand as
it writes the group, also keeps them as tuples (:func:`keep_entity_mentions`), keyed
weakly by the Doc as :mod:`pressfacts.doc_text` keeps its text (nothing is added to
the Doc, so serialised Docs stay as they were).

:func:`entity_mentions` gives the kept tuples while the Doc still holds that very span
group with as many spans; for a group set or changed in length since (another stage, a
caller, a Doc rebuilt from its record) it reads the group itself. A group edited in
place span for span (``group[i] = span``) after the entity stage is not seen: no stage
does that.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, SpanGroup

from pressfacts.extensions import ENTITY_SPAN_GROUP


class EntitySpan(NamedTuple):
    """One span of ``doc.spans["entities"]``: character offsets, entity id, type."""

    start: int
    end: int
    id: str
    label: str


_KEPT: WeakKeyDictionary[Doc, tuple[SpanGroup, int, list[EntitySpan]]] = WeakKeyDictionary()


def keep_entity_mentions(doc: Doc, mentions: list[EntitySpan]) -> None:
    """Keep ``mentions`` as the values of ``doc.spans["entities"]`` as it stands now (the
    caller has just set it from spans with these values, in this order)."""
    group = doc.spans[ENTITY_SPAN_GROUP]
    _KEPT[doc] = (group, len(group), mentions)


def entity_mentions(doc: Doc) -> Sequence[EntitySpan]:
    """The spans of ``doc.spans["entities"]`` as values, in the group's order (none when
    the Doc has no such group)."""
    group = doc.spans.get(ENTITY_SPAN_GROUP)
    if group is None:
        return ()
    kept = _KEPT.get(doc)
    if kept is not None and kept[0] is group and kept[1] == len(group):
        return kept[2]
    return [EntitySpan(s.start_char, s.end_char, s.id_, s.label_) for s in group]
