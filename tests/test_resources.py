"""The resource files: valid, sorted, ids derived from names, no alias claimed twice."""

from __future__ import annotations

from importlib import resources

import pytest

from pressfacts.models.ids import entity_id, slugify
from pressfacts.registry import word_list
from pressfacts.resources import load_organisations, load_titles, load_word_list, read_word_list

GAZETTEERS = ["forces", "charities", "organisations"]
WORD_LISTS = sorted(
    path.name.removesuffix(".txt")
    for path in resources.files("pressfacts.resources").iterdir()
    if path.name.endswith(".txt")
)


@pytest.mark.parametrize("name", WORD_LISTS)
def test_a_word_list_is_its_entries_each_once_and_sorted_for_the_config(name: str) -> None:
    entries = read_word_list(name)
    assert len(set(entries)) == len(entries)
    assert not any(entry.startswith("#") or entry != entry.strip() for entry in entries)
    assert frozenset(entries) == load_word_list(name)
    assert word_list(name) == sorted(load_word_list(name))


@pytest.mark.parametrize("name", GAZETTEERS)
def test_gazetteer_ids_are_sorted_unique_and_derived_from_the_name(name: str) -> None:
    entries = load_organisations(name)
    ids = [entry.id for entry in entries]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    for entry in entries:
        assert entry.id == entity_id(entry.type, entry.name)
        assert entry.type == {"forces": "FORCE", "charities": "CHARITY"}.get(name, "ORG")


def test_no_form_is_claimed_by_two_entities() -> None:
    owners: dict[str, str] = {}
    for name in GAZETTEERS:
        for entry in load_organisations(name):
            folded = {entry.name.lower(), *(alias.lower() for alias in entry.aliases)}
            for form in folded | set(entry.abbreviations):
                assert owners.setdefault(form, entry.id) == entry.id, form


def test_every_territorial_force_and_national_body_is_there() -> None:
    forces = load_organisations("forces")
    territorial = [entry for entry in forces if entry.areas]
    assert len(territorial) == 46  # 43 in England and Wales, Police Scotland, PSNI, the Garda
    names = {entry.name for entry in forces}
    assert {
        "British Transport Police",
        "National Crime Agency",
        "Civil Nuclear Constabulary",
        "Ministry of Defence Police",
        "North West Regional Organised Crime Unit",
    } <= names


def test_parents_exist() -> None:
    ids = {entry.id for name in GAZETTEERS for entry in load_organisations(name)}
    for name in GAZETTEERS:
        for entry in load_organisations(name):
            assert entry.parent is None or entry.parent in ids


def test_titles_ids_are_slugs_and_forms_include_the_title() -> None:
    titles = load_titles("titles")
    assert [t.id for t in titles] == sorted(t.id for t in titles)
    for entry in titles:
        assert entry.id == slugify(entry.title)
        assert entry.title in entry.forms
