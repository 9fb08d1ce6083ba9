"""The records of the knowledge set: the single source of `knowledge.jsonl`.

One pydantic v2 class per record kind of the contract (`knowledge-set.md`, version 2),
each frozen and closed to unknown fields, with ``kind`` as the discriminator. The
JSON Schema that ``pressfacts schema`` prints is generated from these classes, and
every output line is written from (and validated against) them. States the contract
forbids cannot be built: an inverted period, a title without a role, and (checked over
the whole set by :func:`check_references`) an id that points at no record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    TypeAdapter,
    model_serializer,
    model_validator,
)

SCHEMA_VERSION = 2

EntityType = Literal["PERSON", "FORCE", "CHARITY", "ORG"]
Qualifier = Literal["approximately", "nearly", "more than", "less than", "at least", "up to"]
Change = Literal["increase", "decrease"]
Per = Literal["day", "week", "month", "year"]


def _one_line(words: str) -> str:
    return " ".join(words.split())


Words = Annotated[str, AfterValidator(_one_line)]
"""Words read from a text, on one line: each run of white space one space ("the six
months to\\nSeptember" in a hard-wrapped text is "the six months to September"). The
mentions keep the text's own characters."""


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Mention(_Record):
    """A place in a document: ``text == document.text[start:end]``."""

    doc: str = Field(description="Id of the document the mention is in.")
    start: int = Field(ge=0, description="Start offset in document.text (Python str index).")
    end: int = Field(ge=0, description="End offset in document.text, exclusive.")
    text: str = Field(description="document.text[start:end], exactly.")


class RunRecord(_Record):
    """First line of the file: what made it and how many documents it covers."""

    kind: Literal["run"] = "run"
    schema_version: int = Field(default=SCHEMA_VERSION, description="Version of this contract.")
    pipeline_version: str = Field(description="Version of pressfacts that wrote the file.")
    documents: int = Field(ge=0, description="Number of document records.")
    errors: int = Field(ge=0, description="Number of document records with status error.")
    extractors: dict[str, str] | None = Field(
        default=None,
        description="Versions of the text extractors the run used (HTML, PDF, DOCX, "
        "encoding detection), by distribution name: a new extractor can change "
        "document.text and so the ids. Left out when the run used none.",
    )

    @model_serializer(mode="wrap")
    def _leave_out_no_extractors(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if isinstance(data, dict) and data.get("extractors") is None:
            data.pop("extractors", None)
        return data


class DocumentRecord(_Record):
    """One input text (identical texts from several inputs are one document)."""

    kind: Literal["document"] = "document"
    id: str = Field(description="'doc:' + first 16 hex digits of the SHA-256 of text.")
    sources: list[str] = Field(description="The input paths as given.")
    title: str | None = Field(default=None, description="From the header, when there is one.")
    url: str | None = Field(default=None, description="From the header, when there is one.")
    published: dt.date | None = Field(
        default=None, description="From the header or a dateline in the text; null when unknown."
    )
    text: str = Field(description="The decoded body, header removed: what offsets point into.")
    sentences: list[tuple[int, int]] = Field(
        default_factory=list, description="Sentence spans [start, end] in text."
    )
    status: Literal["ok", "error"] = Field(description="'error': could not be read or processed.")
    warnings: list[str] = Field(
        default_factory=list,
        description="What was wrong but did not stop the document (a header that is not "
        "valid YAML, a decoding fallback).",
    )
    error: str | None = Field(default=None, description="One line saying why, for status error.")


class Role(_Record):
    """A title paired with what it belongs to, as the text states it."""

    title: str = Field(description="The title, as in the entity's titles.")
    organisation: str | None = Field(
        default=None, description="Entity id of the organisation the title belongs to."
    )
    area: str | None = Field(
        default=None, description="The place the title belongs to ('Lancashire' for its PCC)."
    )


class EntityRecord(_Record):
    """A person, police force or body, charity or other organisation."""

    kind: Literal["entity"] = "entity"
    id: str = Field(description="'<type in lower case>:<slug of name>'.")
    type: EntityType = Field(description="PERSON, FORCE, CHARITY or ORG.")
    name: str = Field(description="Canonical name: person without rank; organisation official.")
    aliases: list[str] = Field(default_factory=list, description="Other forms the texts use.")
    titles: list[str] = Field(
        default_factory=list, description="PERSON: ranks and job titles, abbreviations expanded."
    )
    affiliations: list[str] = Field(
        default_factory=list, description="PERSON: ids of organisations they belong to."
    )
    roles: list[Role] = Field(
        default_factory=list,
        description="PERSON: each title with its organisation and area; every title has one.",
    )
    mentions: list[Mention] = Field(description="Every place the entity is named.")

    @model_validator(mode="after")
    def _every_title_has_a_role(self) -> EntityRecord:
        """A title no role covers gets a role of its own (no organisation, no area).

        So every title is in a role, and a version-1 record (titles, no roles) reads.
        """
        covered = {role.title for role in self.roles}
        missing = [title for title in self.titles if title not in covered]
        if missing:
            roles = [*self.roles, *(Role(title=title) for title in missing)]
            object.__setattr__(self, "roles", roles)
        return self


class QuoteRecord(_Record):
    """Direct speech, attributed, merged across the documents that carry it."""

    kind: Literal["quote"] = "quote"
    id: str = Field(description="'quote:' + 16 hex digits of a hash of the normalised text.")
    speaker: str | None = Field(description="Entity id of who said it; null when not stated.")
    text: Words = Field(
        description="Canonical words, the fullest version seen, no quote marks, on one line."
    )
    attribution: str | None = Field(
        default=None, description="How the speaker was found: the rule and the cue."
    )
    mentions: list[Mention] = Field(description="Each contiguous run of quoted words.")


class Period(_Record):
    """The time a statistic covers, as whole ISO dates."""

    start: dt.date = Field(description="First day covered.")
    end: dt.date = Field(description="Last day covered.")
    text: Words = Field(description="The words the period was read from, on one line.")

    @model_validator(mode="after")
    def _not_inverted(self) -> Period:
        if self.start > self.end:
            raise ValueError(f"inverted period: {self.start} is after {self.end}")
        return self


class ChangeCheck(_Record):
    """Consistency of a stated change with the counts it is computed from."""

    from_value: float = Field(description="The earlier count.")
    to_value: float = Field(description="The later count.")
    computed: float = Field(description="The change the counts give, in the statistic's unit.")
    stated: float = Field(description="The change the text states.")
    agrees: bool = Field(description="Whether computed and stated agree within rounding.")


class StatisticRecord(_Record):
    """A figure a text states, normalised."""

    kind: Literal["statistic"] = "statistic"
    id: str = Field(description="'stat:' + 16 hex digits of a hash of the normalised fields.")
    value: float | int = Field(description="The number: 1747, 103, 25000; 2 for 'doubled'.")
    unit: str = Field(description="'percent', 'times', 'pounds' or the plural noun counted.")
    qualifier: Qualifier | None = Field(default=None, description="Hedge on the value.")
    change: Change | None = Field(default=None, description="Set when the figure is a change.")
    measure: Words | None = Field(
        default=None, description="What is counted, in the text's words, on one line."
    )
    area: str | None = Field(default=None, description="The place the figure is for.")
    per: Per | None = Field(default=None, description="Set when the figure is a rate.")
    period: Period | None = Field(default=None, description="The time the figure covers.")
    check: ChangeCheck | None = Field(
        default=None, description="For a change stated beside its counts: whether they agree."
    )
    mentions: list[Mention] = Field(description="Every place the figure is stated.")


Record = Annotated[
    RunRecord | DocumentRecord | EntityRecord | QuoteRecord | StatisticRecord,
    Field(discriminator="kind"),
]
RECORD_ADAPTER: TypeAdapter[Record] = TypeAdapter(Record)
"""Validates any output line into its record class (``RECORD_ADAPTER.validate_python``)."""


def record_json_schema() -> dict[str, object]:
    """The JSON Schema of one line of `knowledge.jsonl`, as ``pressfacts schema`` prints it."""
    return RECORD_ADAPTER.json_schema()


def check_references(records: Iterable[BaseModel]) -> None:
    """Reject a knowledge set in which an id points at no record of the same set.

    Affiliations, role organisations and quote speakers must be entity records;
    mentions must point at documents that are ``ok``.

    Raises:
        ValueError: naming the first dangling id and the record that holds it.
    """
    entity_ids: set[str] = set()
    ok_documents: set[str] = set()
    # only the references not yet resolved when their record passes are kept to the end
    # (in file order, documents come first: a set's mentions are not all held)
    pointers: list[tuple[str, str, str]] = []  # (holder id, what, target id)
    mentions: list[tuple[str, str]] = []
    for record in records:
        if isinstance(record, DocumentRecord) and record.status == "ok":
            ok_documents.add(record.id)
        elif isinstance(record, EntityRecord):
            entity_ids.add(record.id)
            pointers += [(record.id, "affiliation", a) for a in record.affiliations]
            pointers += [
                (record.id, "role organisation", r.organisation)
                for r in record.roles
                if r.organisation
            ]
        elif (
            isinstance(record, QuoteRecord) and record.speaker and record.speaker not in entity_ids
        ):
            pointers.append((record.id, "speaker", record.speaker))
        if isinstance(record, EntityRecord | QuoteRecord | StatisticRecord):
            mentions += [
                (record.id, mention.doc)
                for mention in record.mentions
                if mention.doc not in ok_documents
            ]
    for holder, what, target in pointers:
        if target not in entity_ids:
            raise ValueError(f"{holder}: {what} {target} is not an entity record")
    for holder, doc in mentions:
        if doc not in ok_documents:
            raise ValueError(f"{holder}: mention in {doc}, which is not an ok document")
