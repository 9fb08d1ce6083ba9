"""Entity records: from one Doc, then merged across documents into one per entity.

Why a merge step: the same force or person is named in many documents and in many
ways. Records merge on their id (type + slug of the canonical name); a person known
in some document only by family name ("DI Ashcroft") joins the one person of the
corpus with that family name, when there is exactly one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from spacy.tokens import Doc

from pressfacts.extensions import ENTITY_SPAN_GROUP
from pressfacts.findings import EntityInfo
from pressfacts.models.records import EntityRecord, Mention, Role


def doc_entities(doc: Doc, doc_id: str, text: str | None = None) -> list[EntityRecord]:
    """One partial entity record per entity named in ``doc``, with its mentions there;
    ``text`` is ``doc.text`` when the caller has it (a mention's words are sliced from it,
    not rebuilt from the span's tokens)."""
    text = doc.text if text is None else text
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for span in doc.spans.get(ENTITY_SPAN_GROUP, []):
        start, end = span.start_char, span.end_char
        mentions[span.id_].append(Mention(doc=doc_id, start=start, end=end, text=text[start:end]))
    records = []
    for ident, info in (doc._.entity_info or {}).items():
        if not mentions.get(ident):
            continue
        records.append(
            EntityRecord(
                id=ident,
                type=info.type,
                name=info.name,
                aliases=list(info.aliases),
                titles=list(info.titles),
                affiliations=list(info.affiliations),
                roles=_roles(info),
                mentions=mentions[ident],
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


def _merge_roles(group: list[EntityRecord], titles: list[str], remap: dict[str, str]) -> list[Role]:
    """The group's roles, once each, on the titles kept (case variants fold to the kept form)."""
    kept = {title.casefold(): title for title in titles}
    roles = {
        Role(
            title=kept.get(role.title.casefold(), role.title),
            organisation=remap.get(role.organisation, role.organisation)
            if role.organisation
            else None,
            area=role.area,
        )
        for record in group
        for role in record.roles
    }
    return sorted(roles, key=lambda r: (r.title, r.organisation or "", r.area or ""))


def family_name_remap(records: Iterable[EntityRecord]) -> dict[str, str]:
    """Ids of family-name-only people -> the one full-name person with that family name."""
    people = [record for record in records if record.type == "PERSON"]
    full_by_family: dict[str, set[str]] = defaultdict(set)
    for record in people:
        if len(record.name.split()) >= 2:
            full_by_family[record.name.split()[-1].casefold()].add(record.id)
    remap: dict[str, str] = {}
    for record in people:
        if len(record.name.split()) == 1:
            matches = full_by_family.get(record.name.casefold(), set())
            if len(matches) == 1:
                remap[record.id] = next(iter(matches))
    return remap


def merge_entities(partials: Iterable[EntityRecord]) -> tuple[list[EntityRecord], dict[str, str]]:
    """Merge partial records into one per entity, sorted by id.

    Returns:
        The merged records, and the remap of ids that were folded into another
        (callers pointing at entities, such as quote speakers, must apply it).
    """
    partial_list = list(partials)
    remap = family_name_remap(partial_list)
    groups: dict[str, list[EntityRecord]] = defaultdict(list)
    for record in partial_list:
        groups[remap.get(record.id, record.id)].append(record)
    merged: list[EntityRecord] = []
    for ident in sorted(groups):
        group = groups[ident]
        canonical = next((r for r in group if r.id == ident), group[0])
        absorbed_names = [r.name for r in group if r.id != ident]
        titles = _fold_unique(title for r in group for title in r.titles)
        merged.append(
            EntityRecord(
                id=ident,
                type=canonical.type,
                name=canonical.name,
                aliases=_fold_unique(
                    [alias for r in group for alias in r.aliases] + absorbed_names,
                    exclude=canonical.name,
                ),
                titles=titles,
                affiliations=sorted(
                    {remap.get(a, a) for r in group for a in r.affiliations} - {ident}
                ),
                roles=_merge_roles(group, titles, remap),
                mentions=sorted(
                    {m for r in group for m in r.mentions},
                    key=lambda m: (m.doc, m.start, m.end),
                ),
            )
        )
    return drop_dangling_references(merged), remap


def drop_dangling_references(records: list[EntityRecord]) -> list[EntityRecord]:
    """Affiliations and role organisations that name no record of the set are dropped.

    A text can link a person to an organisation that is not itself named as an entity
    there; the contract wants every id to resolve, so such a link is not kept.
    """
    known = {record.id for record in records}
    kept: list[EntityRecord] = []
    for record in records:
        affiliations = [a for a in record.affiliations if a in known]
        roles = [
            role
            if role.organisation in known or role.organisation is None
            else role.model_copy(update={"organisation": None})
            for role in record.roles
        ]
        if affiliations != record.affiliations or roles != record.roles:
            record = record.model_copy(update={"affiliations": affiliations, "roles": roles})
        kept.append(record)
    return kept
