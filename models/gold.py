"""Gold annotations: the hand-made truth that ``pressfacts eval`` scores against.

One JSON file per input document, named after the input's file name with ``.json``
for its suffix (`knowledge-set.md`, section "Gold annotations"). Each file is
validated by :class:`GoldFile`; :func:`load_gold_dir` reads a folder of them and
reports a malformed file as ``<file>: <field path>: <message>`` so the annotator
sees at once what to fix.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path, PurePath

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from pressfacts.models.records import Change, EntityType, Per, Qualifier

BASELINE_FILE = "baseline.json"
"""Name of the recorded-figures file kept beside the gold files; not a gold file."""


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldEntity(_Gold):
    """An entity the document names, as an analyst would load it."""

    type: EntityType = Field(description="PERSON, FORCE, CHARITY or ORG.")
    name: str = Field(min_length=1, description="Canonical name, as the contract defines it.")
    aliases: list[str] = Field(default_factory=list, description="Other forms the text uses.")
    titles: list[str] = Field(
        default_factory=list, description="PERSON: ranks and job titles, abbreviations expanded."
    )


class GoldQuote(_Gold):
    """A passage of direct speech and who said it."""

    speaker: str | None = Field(description="The gold entity name of the speaker, or null.")
    text: str = Field(
        min_length=1,
        description=(
            "The quoted words without quote marks; runs interrupted by an attribution or a"
            " paragraph break are joined by a newline."
        ),
    )


class GoldPeriod(_Gold):
    """The time a statistic covers, as whole ISO dates."""

    start: dt.date
    end: dt.date
    text: str | None = Field(default=None, description="Optional: the words it was read from.")


class GoldStatistic(_Gold):
    """A figure the document states, normalised by hand."""

    value: float = Field(description="The number, e.g. 1747, 103, 2 for 'doubled'.")
    unit: str = Field(min_length=1, description="'percent', 'times', 'pounds' or a plural noun.")
    qualifier: Qualifier | None
    change: Change | None
    area: str | None
    period: GoldPeriod | None
    measure: str | None = Field(default=None, description="Optional: what is counted.")
    per: Per | None = Field(default=None, description="Optional: set when the figure is a rate.")


class GoldFile(_Gold):
    """Everything one document says that the knowledge set should hold."""

    source: str = Field(min_length=1, description="File name of the input, e.g. '002_x.txt'.")
    entities: list[GoldEntity]
    quotes: list[GoldQuote]
    statistics: list[GoldStatistic]

    @field_validator("quotes")
    @classmethod
    def _speakers_are_entities(
        cls, quotes: list[GoldQuote], info: ValidationInfo
    ) -> list[GoldQuote]:
        """Every quote's speaker must be the name of an entity of this file."""
        entities: list[GoldEntity] = info.data.get("entities", [])
        names = {entity.name for entity in entities}
        for index, quote in enumerate(quotes):
            if quote.speaker is not None and quote.speaker not in names:
                raise ValueError(
                    f"quotes.{index}.speaker {quote.speaker!r} is not the name of an entity"
                    " of this file"
                )
        return quotes


class GoldError(ValueError):
    """A gold file that cannot be read or does not follow the gold format."""


def gold_name(source: str) -> str:
    """The gold file name for an input: its base name with ``.json`` for its suffix."""
    return PurePath(PurePath(source).name).with_suffix(".json").name


def _format_error(name: str, error: ValidationError) -> str:
    first = error.errors()[0]
    location = ".".join(str(part) for part in first["loc"]) or "(file)"
    return f"{name}: {location}: {first['msg']}"


def load_gold_file(path: Path) -> GoldFile:
    """Read and validate one gold file.

    Args:
        path: The JSON file.

    Returns:
        The validated gold annotations.

    Raises:
        GoldError: The file is not JSON, breaks the gold format, or its ``source``
            does not match its own name; the message names the file and the field.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise GoldError(f"{path.name}: (file): cannot read JSON: {error}") from error
    try:
        gold = GoldFile.model_validate(data)
    except ValidationError as error:
        raise GoldError(_format_error(path.name, error)) from error
    if gold_name(gold.source) != path.name:
        raise GoldError(
            f"{path.name}: source: {gold.source!r} would be gold file {gold_name(gold.source)!r}"
        )
    return gold


def load_gold_dir(path: Path) -> list[GoldFile]:
    """Read every gold file of a folder, in file-name order.

    Args:
        path: The folder; ``baseline.json`` and files that are not ``*.json`` are skipped.

    Returns:
        The validated gold files.

    Raises:
        GoldError: The folder is missing, or a file is malformed (see :func:`load_gold_file`).
    """
    if not path.is_dir():
        raise GoldError(f"{path}: not a folder of gold files")
    files = sorted(p for p in path.glob("*.json") if p.name != BASELINE_FILE)
    return [load_gold_file(file) for file in files]
