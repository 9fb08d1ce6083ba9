"""The misspelt-word table (``title_misspellings.txt``) turns into title forms with one
word misspelt, case kept; a line that would misread a title or do nothing fails."""

from __future__ import annotations

import pytest

from pressfacts.entities.misspelt_titles import misspelt_forms, with_misspelt_forms
from pressfacts.models.resources import TitleEntry
from pressfacts.registry import titles

MISSPELLINGS = {"chief": ("cheif",), "sergeant": ("sargeant", "sergant")}

FORMS = {
    "one_word_misspelt": ("Det Chief Supt", ["Det Cheif Supt"]),
    "each_misspelling_once": ("Sergeant", ["Sargeant", "Sergant"]),
    "lower_case_kept": ("chief executive", ["cheif executive"]),
    "one_word_at_a_time": (
        "Chief Sergeant",
        ["Cheif Sergeant", "Chief Sargeant", "Chief Sergant"],
    ),
    # near miss: a form with no listed word has no misspelt form
    "no_listed_word": ("Inspector", []),
}


@pytest.mark.parametrize("form, expected", FORMS.values(), ids=FORMS.keys())
def test_misspelt_forms(form: str, expected: list[str]) -> None:
    assert misspelt_forms(form, MISSPELLINGS) == expected


RANK = TitleEntry(
    id="chief-inspector", title="Chief Inspector", kind="police_rank", forms=["Ch Insp"]
)

BAD_LINES = {
    "not_a_pair": (["Cheif Chief"], "not '<misspelt word> > <word>'"),
    "two_words": (["Cheif Insp > Chief"], "not '<misspelt word> > <word>'"),
    "word_of_no_form": (["Consable > Constable"], "word of no title form"),
    "misspelling_is_a_form_word": (["Insp > Inspector"], "words of title forms"),
}


@pytest.mark.parametrize("lines, message", BAD_LINES.values(), ids=BAD_LINES.keys())
def test_bad_lines_fail(lines: list[str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        with_misspelt_forms([RANK], lines)


def test_entries_gain_misspelt_forms() -> None:
    (entry,) = with_misspelt_forms([RANK], ["Cheif > Chief", "Inspecter > Inspector"])
    assert entry.forms == ["Ch Insp", "Cheif Inspector", "Chief Inspecter"]


def test_shipped_table_covers_the_ranks_it_names() -> None:
    forms = {form for entry in titles("titles", "title_misspellings") for form in entry.forms}
    assert {"Detective Cheif Superintendent", "Det Cheif Supt", "Superintendant"} <= forms
