"""Registered resource functions: how data files reach components through the config.

Configs name resources, never hold them: ``{"@misc": "pressfacts.gazetteer.v1",
"name": "forces"}``. Each function here is versioned; loading is cached in
:mod:`pressfacts.resources`, so building several pipelines reads each file once.
"""

from __future__ import annotations

from spacy.util import registry

from pressfacts.entities.misspelt_titles import with_misspelt_forms
from pressfacts.models.resources import (
    OrganisationEntry,
    OrganisationPattern,
    StatisticCue,
    TitleEntry,
)
from pressfacts.resources import (
    load_organisation_patterns,
    load_organisations,
    load_statistic_cues,
    load_titles,
    read_word_list,
    sorted_word_list,
)


@registry.misc("pressfacts.gazetteer.v1")
def gazetteer(names: list[str]) -> list[OrganisationEntry]:
    """The entries of the named gazetteer files (``forces``, ``charities``, …), in order."""
    return [entry for name in names for entry in load_organisations(name)]


@registry.misc("pressfacts.organisation_patterns.v1")
def organisation_patterns(name: str) -> list[OrganisationPattern]:
    """Named token rules for open classes of organisation names (councils, courts, …)."""
    return list(load_organisation_patterns(name))


@registry.misc("pressfacts.titles.v1")
def titles(name: str, misspellings: str | None = None) -> list[TitleEntry]:
    """The entries of a title table (ranks, job titles, honorifics); with
    ``misspellings`` (a word list of ``<misspelt> > <word>`` lines), each entry's forms
    with one word misspelt are forms of it too (:mod:`~pressfacts.entities.misspelt_titles`)."""
    entries = list(load_titles(name))
    if misspellings is None:
        return entries
    return with_misspelt_forms(entries, read_word_list(misspellings))


@registry.misc("pressfacts.word_list.v1")
def word_list(name: str) -> list[str]:
    """A plain word list (``abbreviations``, ``places``, …), sorted."""
    return list(sorted_word_list(name))


@registry.misc("pressfacts.word_lists.v1")
def word_lists(names: list[str]) -> list[str]:
    """Several plain word lists as one, sorted (``given_names`` and the team's
    ``given_names_more``)."""
    return sorted({word for name in names for word in sorted_word_list(name)})


@registry.misc("pressfacts.exclaimed_names.v1")
def exclaimed_names(names: list[str]) -> list[str]:
    """Gazetteer names and aliases ending in ``!`` or ``?`` ("Stop It Now!").

    The sentence splitter must not end a sentence at their final mark.
    """
    found = {
        form
        for entry in gazetteer(names)
        for form in (entry.name, *entry.aliases, *entry.abbreviations)
        if form.endswith(("!", "?"))
    }
    return sorted(found)


@registry.misc("pressfacts.statistic_cues.v1")
def statistic_cues(name: str) -> list[StatisticCue]:
    """Qualifier and change cues for the statistics stage."""
    return list(load_statistic_cues(name))
