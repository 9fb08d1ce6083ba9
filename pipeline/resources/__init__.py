"""Resource files (gazetteers, title tables) and their validated loading.

Each resource is a JSON Lines file in this package, read with ``importlib.resources``
so it works once installed. Lines are validated by a model from ``models.resources``;
a bad line raises :class:`ResourceError` saying ``file:line field: message``.
Resources reach components through the registered functions in
:mod:`pressfacts.registry`, never as literals in code or config.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from pressfacts.models.resources import (
    OrganisationEntry,
    OrganisationPattern,
    StatisticCue,
    TitleEntry,
)

EntryT = TypeVar("EntryT", bound=BaseModel)


class ResourceError(ValueError):
    """A resource file has a line that is not valid JSON or not a valid entry."""


def parse_jsonl(text: str, model: type[EntryT], file_name: str) -> list[EntryT]:
    """Validate every non-blank line of ``text`` as ``model``; raise on the first bad one."""
    entries: list[EntryT] = []
    for line_number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entries.append(model.model_validate(json.loads(line)))
        except json.JSONDecodeError as error:
            raise ResourceError(f"{file_name}:{line_number} (json): {error.msg}") from error
        except ValidationError as error:
            first = error.errors()[0]
            field = ".".join(str(part) for part in first["loc"]) or "(entry)"
            raise ResourceError(f"{file_name}:{line_number} {field}: {first['msg']}") from error
    return entries


def read_resource_text(file_name: str) -> str:
    """The text of a packaged resource file."""
    return resources.files(__name__).joinpath(file_name).read_text(encoding="utf-8")


@cache
def load_organisations(name: str) -> tuple[OrganisationEntry, ...]:
    """Gazetteer ``<name>.jsonl`` (forces, charities, organisations), loaded once."""
    file_name = f"{name}.jsonl"
    return tuple(parse_jsonl(read_resource_text(file_name), OrganisationEntry, file_name))


@cache
def load_titles(name: str) -> tuple[TitleEntry, ...]:
    """Title table ``<name>.jsonl`` (ranks, job titles, honorifics), loaded once."""
    file_name = f"{name}.jsonl"
    return tuple(parse_jsonl(read_resource_text(file_name), TitleEntry, file_name))


@cache
def read_word_list(name: str) -> tuple[str, ...]:
    """The entries of a plain word list ``<name>.txt`` (one a line, ``#`` comments), each
    once, in the file's order; read once."""
    text = read_resource_text(f"{name}.txt")
    entries = (entry for line in text.splitlines() if (entry := line.strip()) and line[:1] != "#")
    return tuple(dict.fromkeys(entries))


@cache
def load_word_list(name: str) -> frozenset[str]:
    """A plain word list ``<name>.txt``: one entry a line, ``#`` comments; loaded once."""
    return frozenset(read_word_list(name))


@cache
def sorted_word_list(name: str) -> tuple[str, ...]:
    """The entries of word list ``<name>.txt``, sorted; sorted once. Sorted from the
    file's order, not from a set's: a file kept sorted (the 37,000 given names) is then
    sorted in one pass."""
    return tuple(sorted(read_word_list(name)))


@cache
def load_statistic_cues(name: str) -> tuple[StatisticCue, ...]:
    """Qualifier and change cues ``<name>.jsonl``, loaded once."""
    file_name = f"{name}.jsonl"
    return tuple(parse_jsonl(read_resource_text(file_name), StatisticCue, file_name))


@cache
def load_organisation_patterns(name: str) -> tuple[OrganisationPattern, ...]:
    """Open-class organisation rules ``<name>.jsonl`` (councils, courts, …), loaded once."""
    file_name = f"{name}.jsonl"
    return tuple(parse_jsonl(read_resource_text(file_name), OrganisationPattern, file_name))
