"""Words for the same kind of thing counted: "74 firearms" restated as "74 guns".

Read by the ``restated-noun`` merge (:mod:`pressfacts.knowledge.statistic_merge`): a
count stated again with no period after a dated statement of the same value joins it
only when its noun names the same kind of thing. Without that test a later, undated count
that only shares the value ("two drones seized during the week" … "two additional drone
detection units") would be taken for a restatement.
"""

from __future__ import annotations

COUNT_SYNONYMS: dict[str, frozenset[str]] = {
    "firearms": frozenset({"firearms", "guns", "weapons", "firearm", "gun", "weapon"}),
    "knives": frozenset({"knives", "blades", "bladed articles", "knife", "blade"}),
    "people": frozenset(
        {"people", "individuals", "persons", "suspects", "offenders", "men", "women"}
    ),
    "vehicles": frozenset({"vehicles", "cars", "vans", "vehicle", "car", "van"}),
    "crimes": frozenset({"crimes", "offences", "crime", "offence"}),
    "calls": frozenset({"calls", "contacts", "call", "contact"}),
    "children": frozenset({"children", "young people", "youngsters", "child"}),
}
"""Named groups of nouns for one kind of counted thing (heads, singular and plural)."""

_GROUP_OF = {word: name for name, words in COUNT_SYNONYMS.items() for word in words}


def _head(unit: str) -> str:
    """The counted noun of a unit: its last word, or a listed two-word noun whole."""
    words = unit.lower().split()
    if len(words) >= 2 and " ".join(words[-2:]) in _GROUP_OF:
        return " ".join(words[-2:])
    return words[-1] if words else ""


def same_kind(unit: str, other: str) -> bool:
    """Whether two units count the same kind of thing: the same head noun, or heads of
    one group of :data:`COUNT_SYNONYMS`."""
    head, other_head = _head(unit), _head(other)
    if head == other_head:
        return True
    group = _GROUP_OF.get(head)
    return group is not None and group == _GROUP_OF.get(other_head)


def counts_people(unit: str) -> bool:
    """Whether a unit counts people: its head noun is of the ``people`` group of
    :data:`COUNT_SYNONYMS` (read by the ``small-count-coincidence`` merge)."""
    return _GROUP_OF.get(_head(unit)) == "people"
