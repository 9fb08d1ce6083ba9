"""Stage 2: entity recognition for people, police forces and bodies, charities, others.

| Requires | Assigns                                   | Config                              |
|----------|-------------------------------------------|-------------------------------------|
| tokens   | ``doc.spans["entities"]`` (label = type,  | ``gazetteer``: organisation entries |
|          | ``id_`` = entity id)                      | ``titles``: ranks and job titles    |
|          | ``doc._.entity_info``: id -> EntityInfo   | ``patterns``: open-class org rules  |
|          | (with each person's roles)                | ``speech_verbs``, ``places``,       |
|          |                                           | ``non_name_words``, ``given_names``,|
|          |                                           | ``head_words``: word lists          |
|          |                                           | ``ner_model``: optional spaCy model |

The algorithms live in :mod:`pressfacts.entities.organisations` and
:mod:`pressfacts.entities.people`; this component builds them once and writes their
findings onto the Doc.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from pressfacts.batching import BatchedStage
from pressfacts.doc_text import doc_text
from pressfacts.entities.held_offices import held_offices
from pressfacts.entities.organisations import OrganisationFinder, OrganisationMention
from pressfacts.entities.people import PersonFinder, PersonMention
from pressfacts.entities.service_ranks import with_service_ranks
from pressfacts.entities.statistical import StatisticalCandidates
from pressfacts.entities.title_context import ranks_lending_owner_word
from pressfacts.entities.title_spans import TitleMatcher
from pressfacts.entity_spans import EntitySpan, keep_entity_mentions
from pressfacts.extensions import ENTITY_SPAN_GROUP, register_extensions
from pressfacts.findings import EntityInfo
from pressfacts.models.ids import entity_id
from pressfacts.models.resources import OrganisationEntry, OrganisationPattern, TitleEntry
from pressfacts.space_runs import compacted


def _moved(mention: OrganisationMention, start: int, end: int) -> OrganisationMention:
    """``mention`` at ``[start, end)``."""
    return replace(mention, start=start, end=end)


def _inside_title(
    mention: OrganisationMention,
    titles: list[tuple[int, int]],
    ranks: list[tuple[int, int]],
) -> bool:
    """True when a title starts inside the mention and runs past it ("Kent [Police and
    Crime Commissioner]"), or holds it within longer words ("Police, Crime and [Victims'
    Commissioner]"): the words belong to the title, not to an organisation. ``ranks`` are
    the same titles with a police rank after a body word cut to the rank
    (:func:`~pressfacts.entities.title_context.ranks_lending_owner_word`): a force whose
    name ends on that word keeps it ("[Kent Police] Sergeant")."""
    size = mention.end - mention.start
    return any(
        (mention.start < start < mention.end < end and rank_start < mention.end)
        or (start <= mention.start and mention.end <= end and end - start > size)
        for (start, end), (rank_start, _) in zip(titles, ranks, strict=True)
    )


class EntityRecognizer(BatchedStage):
    """Finds organisations, then people around them, and records both on the Doc."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        gazetteer: list[OrganisationEntry],
        titles: list[TitleEntry],
        speech_verbs: list[str],
        places: list[str],
        non_name_words: list[str],
        given_names: frozenset[str] | list[str] = frozenset(),
        head_words: frozenset[str] | list[str] = frozenset(),
        patterns: list[OrganisationPattern] | None = None,
        ner_model: str | None = None,
    ) -> None:
        register_extensions()
        self.name = name
        area_forces = {
            area: entry.id for entry in gazetteer if entry.type == "FORCE" for area in entry.areas
        }
        self.organisations = OrganisationFinder(
            nlp,
            gazetteer,
            patterns or [],
            stop_names=non_name_words,
            places=[*places, *area_forces],
            given_names=given_names,
        )
        self.people = PersonFinder(
            titles,
            speech_verbs=speech_verbs,
            non_name_words=non_name_words,
            places=[*places, *area_forces],
            area_forces=area_forces,
            given_names=given_names,
            head_words=head_words,
        )
        self.titles = TitleMatcher(nlp, self.people.table)
        self.statistical = (
            StatisticalCandidates(ner_model, self.organisations.gazetteer, self.people.names)
            if ner_model
            else None
        )

    def __call__(self, doc: Doc) -> Doc:
        """Find every entity mention of ``doc``; fill the span group and ``entity_info``."""
        text = doc_text(doc)
        read = compacted(doc, text)  # the rules read a doubled space as one
        organisations, people = (
            self._mentions(read.doc, read.text) if read else self._mentions(doc, text)
        )
        if read is not None:  # back to the Doc's offsets
            organisations = [_moved(m, *read.span(m.start, m.end)) for m in organisations]
            for person in people:
                person.start, person.end = read.span(person.start, person.end)
        spans: list[Span] = []
        info: dict[str, EntityInfo] = {}
        for mention in organisations:
            self._add_organisation(doc, text, mention, spans, info)
        for person in people:
            self._add_person(doc, text, person, spans, info)
        if self.statistical is not None:
            self._add_statistical(doc, text, spans, info)
        spans.sort(key=lambda span: (span.start, span.end))
        doc.spans[ENTITY_SPAN_GROUP] = spans
        keep_entity_mentions(
            doc, [EntitySpan(s.start_char, s.end_char, s.id_, s.label_) for s in spans]
        )
        doc._.entity_info = info
        return doc

    def _mentions(
        self, doc: Doc, text: str
    ) -> tuple[list[OrganisationMention], list[PersonMention]]:
        """The organisations and people the rules find in ``doc`` (its text ``text``)."""
        titles = self.titles.spans(doc)
        ranks = ranks_lending_owner_word(self.people.table, text, titles)
        organisations = [
            mention
            for mention in self.organisations.find(doc, titles, text)
            if not _inside_title(mention, titles, ranks)
        ]
        people = self.people.find(text, organisations, titles)
        offices = held_offices(text, organisations, titles, people)
        if offices:  # "The Victims' Commissioner, Jo Bell, said": her title, no organisation
            organisations = [mention for mention in organisations if mention not in offices]
            people = self.people.find(text, organisations, titles)
        with_service_ranks(text, people, self.people.names.is_given_name)  # "Major Jo Bell"
        return organisations, people

    def _add_statistical(
        self, doc: Doc, text: str, spans: list[Span], info: dict[str, EntityInfo]
    ) -> None:
        """The optional model's spans where the rules found nothing (``ner_model``)."""
        assert self.statistical is not None
        taken = [(span.start_char, span.end_char) for span in spans]
        known = {entity.name for entity in info.values() if entity.type == "PERSON"}
        organisations, people = self.statistical.find(text, taken, known)
        for mention in organisations:
            self._add_organisation(doc, text, mention, spans, info)
        for start, end, name in people:
            person = PersonMention(start, end, name, rule="ner-person")
            self._add_person(doc, text, person, spans, info)

    @staticmethod
    def _span(doc: Doc, start: int, end: int, label: str, ident: str) -> Span | None:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is None:
            return None
        span.id_ = ident
        return span

    def _add_organisation(
        self,
        doc: Doc,
        text: str,
        mention: OrganisationMention,
        spans: list[Span],
        info: dict[str, EntityInfo],
    ) -> None:
        span = self._span(doc, mention.start, mention.end, mention.type, mention.entity_id)
        if span is None:
            return
        spans.append(span)
        entity = info.get(mention.entity_id)
        if entity is None:  # built once per entity, not for each of its mentions
            entity = info[mention.entity_id] = EntityInfo(
                mention.entity_id, mention.type, mention.name
            )
        if not mention.is_area:  # the span's words, read from the text (Span.text joins tokens)
            form = text[span.start_char : span.end_char]
            entity.add_alias(form)
            short = self.organisations.gazetteer.abbreviation_named(mention.entity_id, form)
            if short is not None:  # "the RMT union": "RMT" names it too
                entity.add_alias(short)

    def _add_person(
        self,
        doc: Doc,
        text: str,
        person: PersonMention,
        spans: list[Span],
        info: dict[str, EntityInfo],
    ) -> None:
        ident = entity_id("PERSON", person.name)
        span = self._span(doc, person.start, person.end, "PERSON", ident)
        if span is None:
            return
        spans.append(span)
        entity = info.get(ident)
        if entity is None:
            entity = info[ident] = EntityInfo(ident, "PERSON", person.name)
        entity.add_alias(text[span.start_char : span.end_char])
        for title in person.titles:
            if title.lower() not in {known.lower() for known in entity.titles}:
                entity.titles.append(title)
        for role in person.roles:
            if role not in entity.roles:
                entity.roles.append(role)
        for affiliation in person.affiliations:
            if affiliation not in entity.affiliations:
                entity.affiliations.append(affiliation)


@Language.factory(
    "pressfacts_entities",
    default_config={
        "gazetteer": {
            "@misc": "pressfacts.gazetteer.v1",
            "names": ["forces", "charities", "organisations"],
        },
        "titles": {
            "@misc": "pressfacts.titles.v1",
            "name": "titles",
            "misspellings": "title_misspellings",
        },
        "speech_verbs": {"@misc": "pressfacts.word_list.v1", "name": "speech_verbs"},
        "places": {"@misc": "pressfacts.word_list.v1", "name": "places"},
        "non_name_words": {"@misc": "pressfacts.word_list.v1", "name": "non_name_words"},
        "given_names": {
            "@misc": "pressfacts.word_lists.v1",
            "names": ["given_names", "given_names_more"],
        },
        "head_words": {"@misc": "pressfacts.word_list.v1", "name": "organisation_head_words"},
        "patterns": {
            "@misc": "pressfacts.organisation_patterns.v1",
            "name": "organisation_patterns",
        },
        "ner_model": None,
    },
    assigns=["doc.spans", "doc._.entity_info"],
)
def make_entities(
    nlp: Language,
    name: str,
    gazetteer: list[OrganisationEntry],
    titles: list[TitleEntry],
    speech_verbs: list[str],
    places: list[str],
    non_name_words: list[str],
    given_names: list[str],
    head_words: list[str],
    patterns: list[OrganisationPattern],
    ner_model: str | None,
) -> EntityRecognizer:
    """Factory of the ``pressfacts_entities`` component.

    Entries may come as models (from the registered resource functions) or as plain
    dicts (inline in a config); both are validated here.
    """
    return EntityRecognizer(
        nlp,
        name,
        gazetteer=[OrganisationEntry.model_validate(entry) for entry in gazetteer],
        titles=[TitleEntry.model_validate(entry) for entry in titles],
        speech_verbs=speech_verbs,
        places=places,
        non_name_words=non_name_words,
        given_names=frozenset(given_names),
        head_words=frozenset(head_words),
        patterns=[OrganisationPattern.model_validate(rule) for rule in patterns],
        ner_model=ner_model,
    )
