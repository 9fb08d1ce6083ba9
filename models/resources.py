"""Models of the resource files under `pipeline/resources/`, validated on load.

Resources are JSON Lines, one entry a line, sorted by id (after medspaCy's rules
and scispacy's knowledge-base entries). A bad line is reported as
``file:line field: message`` by :func:`pressfacts.resources.load_jsonl`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints


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
        description=(
            "FORCE: places whose bare name stands for this force in a list of forces; "
            "ORG: the area a policing body with no place in its name speaks for."
        ),
    )
    speaks_for: str | None = Field(
        default=None,
        description=(
            "FORCE: the area a regional police body speaks for when no bare place name "
            "stands for it in a list of forces (Counter Terrorism Policing North East: "
            "'North East'; 'police forces in the North East' names no such unit)."
        ),
    )
    parent: str | None = Field(default=None, description="Id of the body it belongs to.")

    def area(self) -> str | None:
        """The area the body speaks for: its first bare place name, else ``speaks_for``."""
        return self.areas[0] if self.areas else self.speaks_for


TokenMacro = Annotated[
    str,
    StringConstraints(
        pattern=r"^(CAP|NAMECAP|PLACECAP|TOPICCAP|LINK|POSS)(\?|\*|\+|\{\d+,\d+\})?$"
    ),
]
"""A named token of an organisation pattern, with an optional spaCy operator: ``CAP{1,4}``
(capitalised words), ``NAMECAP`` (a capitalised word that ends no organisation's name:
not "Council", "Police", "Service" …), ``PLACECAP`` (nor one that opens a person's
title or name: "Chief", "Mr" …), ``TOPICCAP`` (nor a word of a title: "Director",
"Chair" …, the words a topic after "Against" stops at), ``LINK?`` (of/for/and/&/the),
``POSS?`` ('s or a bare apostrophe)."""


class OrganisationPattern(_Entry):
    """A named rule for an open class of organisation names ("X County Council").

    ``patterns`` are spaCy Matcher token patterns; a string token is a named macro
    (:data:`TokenMacro`). The match is the name; the other fields say when it counts.
    """

    id: str = Field(description="Rule name, reported in traces and tests.")
    type: Literal["FORCE", "CHARITY", "ORG"] = Field(description="Type of the names it finds.")
    patterns: list[list[dict[str, Any] | TokenMacro]] = Field(
        min_length=1, description="Matcher token patterns (macros allowed)."
    )
    heads: list[str] = Field(
        default_factory=list,
        description="Words that make the kind ('Council', 'County'): the name needs another "
        "word, not a stop word, beside them.",
    )
    preceded_by: list[str] = Field(
        default_factory=list,
        description="Lower-case phrases one of which must stand right before the name.",
    )
    not_preceded_by: list[str] = Field(
        default_factory=list,
        description="Lower-case phrases none of which may stand right before the name "
        "(\"the team's Quick Response Service\" is a team's own service, no organisation).",
    )
    followed_by: list[str] = Field(
        default_factory=list,
        description="Lower-case nouns one of which must follow within follow_window words.",
    )
    follow_window: int = Field(default=1, ge=1, le=6)
    not_followed_by: list[str] = Field(
        default_factory=list,
        description="Lower-case words none of which may stand right after the name "
        "('Bradford City Centre', 'Huddersfield Town Hall' are no clubs).",
    )
    place_led: bool = Field(
        default=False,
        description="The words before the last, and before any head words right before it, "
        "must be a listed place ('Leeds United', 'Huddersfield Town': a club named after its "
        "town; 'Leeds Cycling Campaign').",
    )
    place_not_name: bool = Field(
        default=False,
        description="The words before the last may be no listed place, nor end on one "
        "('Lisburn NI', 'Across Belfast NI': a place and its nation, no name).",
    )
    excluded_words: list[str] = Field(
        default_factory=list,
        description="Lower-case words none of which may stand in the name ('Power NI', "
        "'Retail NI': a business or a trade body, no charity).",
    )
    trailed_by: list[str] = Field(
        default_factory=list,
        description="Lower-case phrases one of which must stand right after the name (cut off "
        "the match again: 'X, run by'); a '*' in one stands for any one word or possessive "
        "('X, the * charity ,'); with owner, the organisation named next after the "
        "name must be of that type ('Parentline, run by Children 1st').",
    )
    owner: Literal["CHARITY"] | None = Field(
        default=None,
        description="Counts only when the nearest organisation named before is of this type "
        "(a service a charity runs: 'our Harbour service'); after it, for a trailed_by rule.",
    )
    generic_words: list[str] = Field(
        default_factory=list,
        description="Lower-case words that together make no name: a match made only of "
        "them and the heads is a kind of channel or help, not a named service ('the "
        "charity's Live Chat service', 'its Online Support service').",
    )
    contains_known: bool = Field(
        default=False,
        description="May swallow a gazetteer name ('Kent Police and Crime Panel').",
    )
    priority: int = Field(
        default=0,
        description="Wins a tie for the same words; of two rules of the same priority, the "
        "one listed first. The generic head-word rules ('org-head', 'charity-head') have "
        "-1: a rule naming the kind of body wins a tie with them.",
    )
    unnamed_claims: bool = Field(
        default=False,
        description="A match of the rule's heads alone (no name: 'the city's Policing and "
        "Community Safety Partnership') is no entity, and no other rule may take its words.",
    )


class TitleEntry(_Entry):
    """A rank, job title or honorific that introduces a person's name."""

    id: str = Field(description="Slug of the expanded title.")
    title: str = Field(description="Expanded form recorded in titles, e.g. 'Detective Inspector'.")
    kind: Literal["police_rank", "job_title", "honorific", "legislator"] = Field(
        description="honorific (Mr, Ms) introduces a name but is not recorded as a title;"
        " legislator (MP, MSP) takes the constituency written before it as its area."
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
    role: Literal[
        "qualifier",
        "change_before",
        "change_after",
        "change_comparative",
        "level_before",
        "level_before_extra",
        "level_after",
    ] = Field(
        description="qualifier and change_before stand before the number; change_after after;"
        " change_comparative after a count or percentage, not a multiplier ('350 more people',"
        " '35% above', but 'four times more likely' is no change); level_before: a verb of"
        " providing right before the number, whose 'more/extra/additional' after it counts"
        " what is added, a level ('will pay for 12 extra officers'), not a change;"
        " level_before_extra: such a verb only with 'extra/additional' after the number ('had"
        " put eight extra officers on patrol'; 'put 280 more officers into teams' stays a"
        " change); level_after:"
        " the participle of such a verb after 'more/extra/additional' and its noun ('45 extra"
        " beds have opened', '12 more officers will be recruited'), a level too."
    )
    value: str = Field(description="The contract's value: 'nearly', 'increase', …")
    words: list[str] = Field(description="Cue phrases, matched case-insensitively.")
