"""Entity records: from one Doc, then merged across documents into one per entity.

Why a merge step: the same force or person is named in many documents and in many
ways. Records merge on their id (type + slug of the canonical name); a person known
in some document only by family name ("DI Ashcroft") joins the one person of the
corpus with that family name, when there is exactly one; a person whose family name a
copy misspells joins the person it names (:mod:`pressfacts.knowledge.name_typos`).
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from spacy.tokens import Doc

from pressfacts.entity_spans import entity_mentions
from pressfacts.findings import EntityInfo
from pressfacts.knowledge.name_typos import Person, typo_remap
from pressfacts.models.records import EntityRecord, Role
from pressfacts.resources import load_organisations


def doc_entities(doc: Doc, doc_id: str, text: str | None = None) -> list[EntityRecord]:
    """One partial entity record per entity named in ``doc``, with its mentions there;
    ``text`` is ``doc.text`` when the caller has it (a mention's words are sliced from it,
    not rebuilt from the span's tokens). The mentions go in as plain values, validated with
    their record in one call (a Mention model made apiece cost a call each)."""
    text = doc.text if text is None else text
    mentions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for start, end, ident, _ in entity_mentions(doc):  # the spans' values, no Span made
        mentions[ident].append({"doc": doc_id, "start": start, "end": end, "text": text[start:end]})
    records = []
    for ident, info in (doc._.entity_info or {}).items():
        if not mentions.get(ident):
            continue
        records.append(
            EntityRecord.model_validate(
                {
                    "id": ident,
                    "type": info.type,
                    "name": info.name,
                    "aliases": list(info.aliases),
                    "titles": list(info.titles),
                    "affiliations": list(info.affiliations),
                    "roles": _roles(info),
                    "mentions": mentions[ident],  # validated with the record, in one call
                }
            )
        )
    return records


def _roles(info: EntityInfo) -> list[Role]:
    """The document's roles of an entity; a title the finders paired with nothing gets a
    bare role, so every title is in one."""
    roles = [
        Role(title=role.title, organisation=role.organisation, area=role.area)
        for role in info.roles
    ]
    paired = {role.title for role in roles}
    roles += [Role(title=title) for title in info.titles if title not in paired]
    return list(dict.fromkeys(roles))


def _fold_unique(forms: Iterable[str], exclude: str = "") -> list[str]:
    """Forms without case-insensitive repeats (preferring the most capitalised), sorted."""
    best: dict[str, str] = {}
    for form in forms:
        key = form.casefold()
        if key == exclude.casefold():
            continue
        kept = best.get(key)
        if kept is None or sum(c.isupper() for c in form) > sum(c.isupper() for c in kept):
            best[key] = form
    return sorted(best.values(), key=lambda form: (form.casefold(), form))


_RoleFields = tuple[str, str | None, str | None]
"""A role's title, organisation and area: what the merge holds of it."""


def _merge_roles(
    roles: Iterable[_RoleFields], titles: list[str], remap: dict[str, str]
) -> list[Role]:
    """The group's roles, once each, on the titles kept (case variants fold to the kept form).
    A bare role (a title paired with nothing, as a trimmed reprint's "said Det Supt Kay Hill")
    goes when another role pairs the same title with what it belongs to."""
    kept = {title.casefold(): title for title in titles}
    merged = {
        Role(
            title=kept.get(title.casefold(), title),
            organisation=remap.get(organisation, organisation) if organisation else None,
            area=area,
        )
        for title, organisation, area in roles
    }
    owned = {role.title for role in merged if role.organisation or role.area}
    merged = {role for role in merged if role.organisation or role.area or role.title not in owned}
    return sorted(merged, key=lambda r: (r.title, r.organisation or "", r.area or ""))


def family_name_remap(records: Iterable[EntityRecord]) -> dict[str, str]:
    """Ids of family-name-only people -> the one full-name person with that family name."""
    return _family_remap((record.id, record.type, record.name) for record in records)


def _family_remap(records: Iterable[tuple[str, str, str]]) -> dict[str, str]:
    """:func:`family_name_remap` on ``(id, type, name)`` triples."""
    people = [(ident, name) for ident, kind, name in records if kind == "PERSON"]
    full_by_family: dict[str, set[str]] = defaultdict(set)
    for ident, name in people:
        if len(name.split()) >= 2:
            full_by_family[name.split()[-1].casefold()].add(ident)
    remap: dict[str, str] = {}
    for ident, name in people:
        if len(name.split()) == 1:
            matches = full_by_family.get(name.casefold(), set())
            if len(matches) == 1:
                remap[ident] = next(iter(matches))
    return remap


class _Gathered:
    """What the partial records of one id hold, gathered as they arrive (document order).

    Forms (aliases, titles, names) keep the position of their first occurrence in the
    whole stream: :func:`_fold_unique` depends on the order forms first appear, never
    on their repeats, so groups of several ids give the same result as their records
    in stream order."""

    __slots__ = (
        "affiliations",
        "aliases",
        "first",
        "mentions",
        "name",
        "names",
        "roles",
        "titles",
        "type",
    )

    def __init__(self, record: EntityRecord, first: int) -> None:
        self.first = first
        self.type = record.type
        self.name = record.name
        self.names: dict[str, int] = {}
        self.aliases: dict[str, int] = {}
        self.titles: dict[str, int] = {}
        self.affiliations: set[str] = set()
        self.roles: set[_RoleFields] = set()
        self.mentions = array("q")  # (doc, start, end, text) per mention, strings as numbers


def _in_order(forms: Iterable[dict[str, int]]) -> list[str]:
    """The forms of several ids by their first position in the stream."""
    first: dict[str, int] = {}
    for each in forms:
        for form, at in each.items():
            if form not in first or at < first[form]:
                first[form] = at
    return sorted(first, key=first.__getitem__)


class _Strings:
    """Each distinct string once, by number: a mention's document id and words repeat
    across thousands of mentions, and four numbers take a tenth of a Mention's memory."""

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self.strings: list[str] = []

    def number(self, string: str) -> int:
        """The number of ``string`` (a new one for a string not seen before)."""
        found = self.numbers.get(string)
        if found is None:
            found = self.numbers[string] = len(self.strings)
            self.strings.append(string)
        return found


def _gather(partials: Iterable[EntityRecord], strings: _Strings) -> dict[str, _Gathered]:
    """Each id's gathered partial records; each partial can be dropped once read. The
    mentions are kept as numbers of ``strings``."""
    gathered: dict[str, _Gathered] = {}
    position = 0
    for number, record in enumerate(partials):
        into = gathered.get(record.id)
        if into is None:
            into = gathered[record.id] = _Gathered(record, number)
        into.names.setdefault(record.name, number)
        for alias in record.aliases:
            into.aliases.setdefault(alias, position)
            position += 1
        for title in record.titles:
            into.titles.setdefault(title, position)
            position += 1
        into.affiliations.update(record.affiliations)
        into.roles.update((role.title, role.organisation, role.area) for role in record.roles)
        for m in record.mentions:
            into.mentions.extend((strings.number(m.doc), m.start, m.end, strings.number(m.text)))
    return gathered


def _count(each: _Gathered) -> int:
    """How many distinct mentions (document, start) an id's partials hold."""
    numbers = each.mentions
    return len({(numbers[i], numbers[i + 1]) for i in range(0, len(numbers), 4)})


def _mentions(group: list[_Gathered], strings: _Strings) -> list[dict[str, Any]]:
    """The group's mentions, once each, in document order, as the plain values of
    :class:`Mention` (validated with their record, in one call)."""
    words = strings.strings
    found = {
        (words[numbers[i]], numbers[i + 1], numbers[i + 2], words[numbers[i + 3]])
        for numbers in (each.mentions for each in group)
        for i in range(0, len(numbers), 4)
    }
    return [
        {"doc": doc, "start": start, "end": end, "text": text}
        for doc, start, end, text in sorted(found, key=lambda m: m[:3])
    ]


def merge_entities(partials: Iterable[EntityRecord]) -> tuple[list[EntityRecord], dict[str, str]]:
    """Merge partial records into one per entity, sorted by id.

    Partials are read once and gathered per id as they come (not all held), so a
    stream that thaws one document at a time keeps one document's partials live.

    Returns:
        The merged records, and the remap of ids that were folded into another
        (callers pointing at entities, such as quote speakers, must apply it).
    """
    records, remap = merged_entities(partials)
    return list(records), remap


def merged_entities(
    partials: Iterable[EntityRecord],
) -> tuple[Iterator[EntityRecord], dict[str, str]]:
    """:func:`merge_entities` with the records made one at a time, in id order, as the
    iterator is read: a caller that writes or packs each record as it comes never holds
    them all as objects (each group's gathered partials are let go once it is built)."""
    strings = _Strings()
    gathered = _gather(partials, strings)
    family = _family_remap(
        (ident, each.type, name) for ident, each in gathered.items() for name in each.names
    )
    typos = typo_remap(
        Person(ident, each.name, frozenset(t.casefold() for t in each.titles), _count(each))
        for ident, each in gathered.items()
        if each.type == "PERSON"
    )
    remap = {**family, **typos}
    for ident, into in family.items():  # a family name of a typo's person: to its group
        remap[ident] = typos.get(into, into)
    groups: dict[str, list[_Gathered]] = defaultdict(list)
    for ident, each in gathered.items():
        groups[remap.get(ident, ident)].append(each)
    # a group's own partials, kept by the id it merges under (usually one of its members)
    own = {ident: gathered[ident] for ident in groups if ident in gathered}
    del gathered
    known = set(groups)  # the ids of the merged records: a reference to any other dangles

    def records() -> Iterator[EntityRecord]:
        for ident in sorted(groups):
            group = groups.pop(ident)
            record = _merged_group(ident, group, own.pop(ident, None), remap, strings)
            yield _dangling_dropped(record, known)

    return records(), remap


def _merged_group(
    ident: str,
    members: list[_Gathered],
    own: _Gathered | None,
    remap: dict[str, str],
    strings: _Strings,
) -> EntityRecord:
    """The record of one merged id from its members' gathered partials; ``own``: the
    partials gathered under ``ident`` itself, if any (its name and type come first)."""
    group = sorted(members, key=lambda each: each.first)
    canonical = own or group[0]
    absorbed = _in_order(each.names for each in group if each is not own)
    titles = _fold_unique(_in_order(each.titles for each in group))
    return EntityRecord.model_validate(
        {
            "id": ident,
            "type": canonical.type,
            "name": canonical.name,
            "aliases": _fold_unique(
                _in_order(each.aliases for each in group) + absorbed,
                exclude=canonical.name,
            ),
            "titles": titles,
            "affiliations": sorted(
                {remap.get(a, a) for each in group for a in each.affiliations} - {ident}
            ),
            "roles": _merge_roles((role for each in group for role in each.roles), titles, remap),
            "mentions": _mentions(group, strings),
        }
    )


def drop_dangling_references(records: list[EntityRecord]) -> list[EntityRecord]:
    """Affiliations and role organisations that name no record of the set are dropped.

    A text can link a person to an organisation that is not itself named as an entity
    there; the contract wants every id to resolve, so such a link is not kept.
    """
    known = {record.id for record in records}
    return [_dangling_dropped(record, known) for record in records]


@cache
def _force_areas() -> dict[str, str]:
    """A territorial force's area by its id ("force:kent-police" -> "Kent"), read once."""
    return {entry.id: entry.areas[0] for entry in load_organisations("forces") if entry.areas}


def _dangling_dropped(record: EntityRecord, known: set[str]) -> EntityRecord:
    """``record`` without affiliations and role organisations outside ``known``.

    A force no record stands for came from its place before a rank ("Kent Chief
    Constable", "Cumbria detective sergeant"): the role keeps that place as its area."""
    affiliations = [a for a in record.affiliations if a in known]
    roles = list(
        dict.fromkeys(
            role
            if role.organisation in known or role.organisation is None
            else role.model_copy(
                update={
                    "organisation": None,
                    "area": role.area or _force_areas().get(role.organisation),
                }
            )
            for role in record.roles
        )
    )
    if affiliations != record.affiliations or roles != record.roles:
        record = record.model_copy(update={"affiliations": affiliations, "roles": roles})
    return record
