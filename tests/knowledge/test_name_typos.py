"""A copy that misspells a person's family or given name, or writes the given name short
("Jo Bell" for "Joanna Bell"), names the same person (``name_typos``); names invented for
the tests."""

from __future__ import annotations

import pytest

from pressfacts.knowledge.name_typos import Person, typo_remap

INSPECTOR = frozenset({"inspector"})


def person(ident: str, name: str, titles: frozenset[str] = INSPECTOR, mentions: int = 1) -> Person:
    return Person(ident, name, titles, mentions)


@pytest.mark.parametrize(
    ("people", "expected"),
    [
        pytest.param(  # a letter dropped; the one with more mentions is kept
            [person("p:davies", "Rhian Davies", mentions=3), person("p:davis", "Rhian Davis")],
            {"p:davis": "p:davies"},
            id="letter-dropped",
        ),
        pytest.param(
            [person("p:okafor", "Ada Okafor"), person("p:okafer", "Ada Okafer", mentions=2)],
            {"p:okafor": "p:okafer"},
            id="letter-changed-more-mentions-wins",
        ),
        pytest.param(
            [person("p:b", "Tom Brierley"), person("p:a", "Tom Breirley")],
            {"p:b": "p:a"},
            id="letters-swapped-tie-goes-to-the-first-id",
        ),
        pytest.param(  # a given name misspelt: the family name the same
            [person("p:g", "Gethin Pryce", mentions=2), person("p:y", "Gethyn Pryce")],
            {"p:y": "p:g"},
            id="given-name-letter-changed",
        ),
        pytest.param(  # two given names of the lexicon: two people
            [person("p:1", "Claire Hibbert"), person("p:2", "Clare Hibbert")],
            {},
            id="two-known-given-names",
        ),
        pytest.param(  # a short given name joins the full one, the full name kept
            [person("p:jo", "Jo Bell", mentions=5), person("p:joanna", "Joanna Bell")],
            {"p:jo": "p:joanna"},
            id="short-given-name",
        ),
        pytest.param(  # a short form of a typo's group goes to the group's kept id
            [
                person("p:chris", "Chris Noble"),
                person("p:christopher", "Christopher Noble", mentions=3),
                person("p:christopher-nobel", "Christopher Nobel"),
            ],
            {"p:chris": "p:christopher", "p:christopher-nobel": "p:christopher"},
            id="short-given-name-and-typo",
        ),
        pytest.param(  # two full names the short one opens: no way to tell which
            [
                person("p:sam", "Sam Bell"),
                person("p:samantha", "Samantha Bell"),
                person("p:samuel", "Samuel Bell"),
            ],
            {},
            id="short-given-name-two-fuller",
        ),
        pytest.param(  # one letter more is another name, not a short form
            [person("p:ann", "Ann Bell"), person("p:anne", "Anne Bell")], {}, id="ann-anne"
        ),
        pytest.param(
            [person("p:jo", "Jo Bell"), person("p:joanna", "Joanna Bell", frozenset({"nurse"}))],
            {},
            id="short-given-name-no-shared-title",
        ),
        # near misses: another given name, no shared title, a short family name, two edits
        pytest.param(
            [person("p:1", "Rhian Davies"), person("p:2", "Rhys Davis")], {}, id="given-name"
        ),
        pytest.param(
            [person("p:1", "Rhian Davies"), person("p:2", "Rhian Davis", frozenset({"sergeant"}))],
            {},
            id="no-shared-title",
        ),
        pytest.param([person("p:1", "Jo Lee"), person("p:2", "Jo Lea")], {}, id="short-name"),
        pytest.param(
            [person("p:1", "Sam Morton"), person("p:2", "Sam Norten")], {}, id="two-edits"
        ),
        pytest.param(
            [person("p:1", "Rhian Davies", frozenset()), person("p:2", "Rhian Davis")],
            {},
            id="no-title",
        ),
    ],
)
def test_typo_remap(people: list[Person], expected: dict[str, str]) -> None:
    assert typo_remap(people) == expected


def test_the_remap_is_the_same_in_any_order() -> None:
    people = [
        person("p:davies", "Rhian Davies", mentions=2),
        person("p:davis", "Rhian Davis"),
        person("p:daviess", "Rhian Daviess"),
    ]
    assert typo_remap(people) == typo_remap(reversed(people))
