"""Models of the resource files under `pipeline/resources/`, validated on load.

Resources are JSON Lines, one entry a line, sorted by id (after medspaCy's rules
and scispacy's knowledge-base entries). A bad line is reported as
``file:line field: message`` by :func:`pressfacts.resources.load_jsonl`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class OrganisationEntry(_Entry):
    """A known police force or body, charity or other organisation (gazetteer entry)."""

    id: str = Field(description="Canonical entity id, '<type>:<slug of name>'.")
    type: Literal["FORCE", "CHARITY", "ORG"]
    name: str = Field(description="Official name: the entity's canonical name.")
    aliases: list[str] = Field(
        default_factory=list, description="Other names, matched case-insensitively."
    )
    abbreviations: list[str] = Field(
        default_factory=list,
        description="Short forms matched case-sensitively ('GMP', 'Met', 'NCA').",
    )
    areas: list[str] = Field(
        default_factory=list,
        description="FORCE: places whose bare name stands for this force in a list of forces.",
    )
    parent: str | None = Field(default=None, description="Id of the body it belongs to.")


class TitleEntry(_Entry):
    """A rank, job title or honorific that introduces a person's name."""

    id: str = Field(description="Slug of the expanded title.")
    title: str = Field(description="Expanded form recorded in titles, e.g. 'Detective Inspector'.")
    kind: Literal["police_rank", "job_title", "honorific"] = Field(
        description="honorific (Mr, Ms) introduces a name but is not recorded as a title."
    )
    forms: list[str] = Field(
        default_factory=list, description="Written forms matched case-insensitively."
    )
    abbreviations: list[str] = Field(
        default_factory=list, description="Short forms matched case-sensitively ('DI', 'ACC')."
    )


class StatisticCue(_Entry):
    """Words that set a field of a statistic: a qualifier or a change direction."""

    id: str = Field(description="Slug of role and value.")
    role: Literal["qualifier", "change_before", "change_after", "change_comparative"] = Field(
        description="qualifier and change_before stand before the number; change_after after;"
        " change_comparative after a count or percentage, not a multiplier ('350 more people',"
        " '35% above', but 'four times more likely' is no change)."
    )
    value: str = Field(description="The contract's value: 'nearly', 'increase', …")
    words: list[str] = Field(description="Cue phrases, matched case-insensitively.")
