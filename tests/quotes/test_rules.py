"""One row per attribution rule and per speaker rule, ids = rule names (sentences invented)."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from pressfacts.quotes.attribution import ATTRIBUTION_RULES, attribute
from pressfacts.quotes.cues import Clause, Cues, intro_clause, partial_clause
from pressfacts.quotes.passages import find_passages
from pressfacts.quotes.person_index import surname_index
from pressfacts.quotes.speakers import (
    SPEAKER_RULES,
    EntityMention,
    SpeakerContext,
    speaker_in_clause,
)
from pressfacts.quotes.speech import SPEECH_RULES, speech_rule

# (rule, text, [(speaker, attribution) of each quote])
ATTRIBUTION_ROWS = [
    (
        "split quote",
        "“Nobody is above the law,” said Inspector Carla Mendes. “We will find you.”",
        [("person:carla-mendes", "split quote: said")] * 2,
    ),
    (
        "speaker after quote",
        "“The roads are safer this winter than last,” says Sergeant Owen Pryce.",
        [("person:owen-pryce", "speaker after quote: says")],
    ),
    (
        "speaker before quote",
        "Superintendent Hamid Qureshi responded: “We take every single report seriously.”",
        [("person:hamid-qureshi", "speaker before quote: responded")],
    ),
    (
        "speaker intro",
        "Safeguarding lead Detective Inspector Ruth Okafor: “Every child deserves protection "
        "from harm.”",
        [("person:ruth-okafor", "speaker intro: :")],
    ),
    (
        "lead-in line",
        "Chief Inspector Maya Lund went on:\n\n“Patrols will continue through the summer.”",
        [("person:maya-lund", "lead-in line: went on")],
    ),
    (
        "lead-in intro line",
        "Roads policing lead Inspector Tom Baxter:\n\n“Speeding drivers put lives at risk "
        "every day.”",
        [("person:tom-baxter", "lead-in intro line: :")],
    ),
    (
        "partial quote",
        "Detective Sergeant Ian Moffat warned that burglars “will be found and prosecuted” "
        "across the county.",
        [("person:ian-moffat", "partial quote: warned")],
    ),
    (
        "partial quote",
        "According to Chief Inspector Rosa Vane, the patrols “will stay for as long as "
        "they are needed” in the town.",
        [("person:rosa-vane", "partial quote: according to")],
    ),
    (
        "attribution line",
        "Charity director Owen Lake opened the new centre.\n\n“We are proud of every "
        "volunteer who gives their time.”\n\n– Owen Lake, Director",
        [("person:owen-lake", "attribution line: –")],
    ),
    (
        "message paragraph after",
        "“Lock your bikes, every time.”\n\nThat was the warning from Sergeant Idris Kaur as "
        "the force began a week of patrols.",
        [("person:idris-kaur", "message paragraph after: warning from")],
    ),
    (
        "reported speech before quote",
        "Sergeant Nia Powell said the patrols had worked. “We saw fewer thefts every week.”",
        [("person:nia-powell", "reported speech before quote: said")],
    ),
    (
        "trailing speaker before quote",
        "Most of the thefts in the town since the start of the year were from vans parked "
        "overnight, Sergeant Nia Powell said. “We saw fewer every week.”",
        [("person:nia-powell", "trailing speaker before quote: said")],
    ),
    (
        "reported speech paragraph before",
        "Sergeant Nia Powell said the patrols had worked.\n\n“We saw fewer thefts every week.”",
        [("person:nia-powell", "reported speech paragraph before: said")],
    ),
    (
        "continuation",
        "Inspector Sian Hughes said: “We made four arrests overnight.”\n\n“Nobody was hurt.”",
        [
            ("person:sian-hughes", "speaker before quote: said"),
            ("person:sian-hughes", "continuation"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(text, expected, id=rule) for rule, text, expected in ATTRIBUTION_ROWS],
)
def test_attribution_rule(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    assert [(quote.speaker, quote.attribution) for quote in doc._.quotes] == expected


def test_every_attribution_rule_has_a_row() -> None:
    # a rule may have several rows ("partial quote" after a verb and after "according to")
    assert {rule.name for rule in ATTRIBUTION_RULES} == {row[0] for row in ATTRIBUTION_ROWS}


# (rule, text, entities named in it: surface -> (id, type), where the clause starts,
#  titles of the people, expected speaker, expected description)
SPEAKER_ROWS: list[tuple[str, str, dict[str, tuple[str, str]], str, dict, str | None, str]] = [
    (
        "unnamed person",
        "A teenager who called Childline said",
        {"Childline": ("charity:childline", "CHARITY")},
        "A teenager",
        {},
        None,
        "unnamed person 'A teenager'",
    ),
    (
        "person named",
        "The court heard from both. said PC Dan Hale",
        {"Dan Hale": ("person:dan-hale", "PERSON")},
        "said",
        {},
        "person:dan-hale",
        "person named",
    ),
    (
        "surname",
        "Gareth Pinnock runs the residents' group. Pinnock said",
        {"Gareth Pinnock": ("person:gareth-pinnock", "PERSON")},
        "Pinnock said",
        {},
        "person:gareth-pinnock",
        "surname 'Pinnock'",
    ),
    (
        "pronoun",
        "Mrs Ann Cole chairs the panel. she added",
        {"Ann Cole": ("person:ann-cole", "PERSON")},
        "she",
        {},
        "person:ann-cole",
        "pronoun 'she'",
    ),
    (
        "pronoun past quoted names",
        "Jo Bell said: “Tom Reed lied to us.” she added",
        {"Jo Bell": ("person:jo-bell", "PERSON"), "Tom Reed": ("person:tom-reed", "PERSON")},
        "she",
        {},
        "person:jo-bell",
        "pronoun past quoted names 'she'",
    ),
    (
        "organisations jointly",
        "Essex Police and the NSPCC said",
        {"Essex Police": ("force:essex-police", "FORCE"), "NSPCC": ("charity:nspcc", "CHARITY")},
        "Essex",
        {},
        None,
        "organisations jointly",
    ),
    (
        "spokesperson",
        "a spokesperson for Essex Police said",
        {"Essex Police": ("force:essex-police", "FORCE")},
        "a spokesperson",
        {},
        "force:essex-police",
        "spokesperson",
    ),
    (
        "title",
        "Chief Constable Joy Allen and DI Sam Reed spoke. added the chief constable",
        {"Joy Allen": ("person:joy-allen", "PERSON"), "Sam Reed": ("person:sam-reed", "PERSON")},
        "added",
        {"person:joy-allen": ("Chief Constable",), "person:sam-reed": ("Detective Inspector",)},
        "person:joy-allen",
        "title 'the chief constable'",
    ),
    (
        "reference",
        "Victim Support's Jo Marsh met the family. The officer, who leads the team, said",
        {"Jo Marsh": ("person:jo-marsh", "PERSON")},
        "The officer",
        {},
        "person:jo-marsh",
        "reference 'the officer'",
    ),
    (
        "relatives",
        "Gwent Police charged Jo Marsh. In a statement, her family said",
        {
            "Gwent Police": ("force:gwent-police", "FORCE"),
            "Jo Marsh": ("person:jo-marsh", "PERSON"),
        },
        "In a statement",
        {},
        None,
        "relatives 'her family'",
    ),
    (
        "unnamed definite person",
        "He was jailed at Leeds Crown Court. In a statement read to the court, the woman said",
        {"Leeds Crown Court": ("org:leeds-crown-court", "ORG")},
        "In a statement",
        {},
        None,
        "unnamed person 'the woman'",
    ),
    (
        "organisation named",
        "Earlier. Gwent Police said",
        {"Gwent Police": ("force:gwent-police", "FORCE")},
        "Gwent",
        {},
        "force:gwent-police",
        "organisation named",
    ),
]


_QUOTED = re.compile("“(?=([^”]*)”)")
"""An opening curly quote mark, its quoted words (group 1) up to the closing mark."""


@pytest.mark.parametrize(
    ("text", "entities", "clause_from", "titles", "speaker", "described"),
    [pytest.param(*row[1:], id=row[0]) for row in SPEAKER_ROWS],
)
def test_speaker_rule(
    cues: Cues,
    text: str,
    entities: dict[str, tuple[str, str]],
    clause_from: str,
    titles: dict[str, tuple[str, ...]],
    speaker: str | None,
    described: str,
) -> None:
    mentions = sorted(
        (
            EntityMention(text.index(surface), text.index(surface) + len(surface), ident, kind)
            for surface, (ident, kind) in entities.items()
        ),
        key=lambda m: m.start,
    )
    start = text.index(clause_from)
    verb_start, verb_end, verb = cues.verbs_in(text, start, len(text))[0]
    clause = Clause(start, len(text), (verb_start, verb_end), verb)
    names = {ident: [surface] for surface, (ident, kind) in entities.items() if kind == "PERSON"}
    context = SpeakerContext(mentions, titles, surnames=surname_index(names))
    quoted = tuple((m.end(), m.end() + len(m.group(1))) for m in _QUOTED.finditer(text))
    context = context.with_quoted(quoted)  # the words inside curly quote marks
    found = speaker_in_clause(text, clause, context, cues)
    assert (found.speaker, found.describe()) == (speaker, described)


def test_every_speaker_rule_has_a_row() -> None:
    assert {rule.name for rule in SPEAKER_RULES} == {row[0] for row in SPEAKER_ROWS}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Officers said it, then he went on to thank them.", ["said", "went on"]),
        ("The spokesman says", ["says"]),
        ("Nothing was sayable or said-so.", []),
    ],
)
def test_verbs_in_matches_whole_words_and_phrases(cues: Cues, text: str, found: list[str]) -> None:
    assert [verb for _, _, verb in cues.verbs_in(text, 0, len(text))] == found


@pytest.mark.parametrize(
    ("head", "is_intro"),
    [
        ("Unit head Dr Lina Park: ", True),
        ("The figures rose again. Campaign lead Dev Rao: ", True),
        ("DI Lina Park said: ", False),  # a verb of saying: a head clause instead
        (
            "The campaign will run in Bristol, Bath, Swindon, Gloucester and also in the towns "
            "around them for six weeks: ",
            False,
        ),  # too long to be a name
    ],
)
def test_intro_clause(cues: Cues, head: str, is_intro: bool) -> None:
    assert (intro_clause(head, 0, len(head), cues) is not None) is is_intro


@pytest.mark.parametrize(
    ("head", "cue"),
    [
        ("Sergeant Amy Lo warned drivers that they ", "warned"),
        ("The force said the town had become ", "said"),
        ("Officers were ", None),  # no verb of saying: a scare quote
        ("Sergeant Amy Lo said: ", None),  # a lead-in: the head clause's case
        ("Inspector Niamh O'Hare said the charity's van was ", "said"),  # apostrophes
        ("The force said it would act. ", None),  # the sentence ended before the mark
        ("According to Inspector Dev Rao, the new unit ", "according to"),  # no verb
        ("According to the audit, the council was ", "according to"),
        ("The chief said, according to a colleague, that crews ", "according to"),
        ("The accordingly named team was ", None),  # no cue
    ],
)
def test_partial_clause(cues: Cues, head: str, cue: str | None) -> None:
    clause = partial_clause(head, 0, len(head), cues)
    assert (clause.cue if clause else None) == cue


def test_the_person_told_is_not_the_speaker(nlp: Language) -> None:
    text = (
        "Mrs Nadia Frost has run the corner shop for years.\n\n“We were frightened for "
        "weeks,” she told Inspector Leo Grant of Avon and Somerset Police."
    )
    doc = nlp(text)
    assert [(q.speaker, q.attribution) for q in doc._.quotes] == [
        ("person:nadia-frost", "speaker after quote: told; pronoun 'she'")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sergeant Ola Berg said: “We will keep patrolling the park every night",
            [("We will keep patrolling the park every night", "person:ola-berg")],
            id="quote open at the end of the file runs to the end",
        ),
        pytest.param(
            "Sergeant Ola Berg said: “We will keep patrolling the park.\n\nThe park reopened "
            "on Monday after repairs.",
            [("We will keep patrolling the park.", "person:ola-berg")],
            id="an unclosed quote ends where the narrative resumes",
        ),
        pytest.param(
            "Essex Police and the NSPCC warned parents that “nobody is safe online”.",
            [("nobody is safe online", None)],
            id="two organisations speaking jointly: no speaker",
        ),
        pytest.param(
            "Officers described the estate as “a no-go zone” in their report.",
            [],
            id="a quoted phrase with no verb of saying is not a quote",
        ),
    ],
)
def test_news_copy(nlp: Language, text: str, expected: list[tuple[str, str | None]]) -> None:
    doc = nlp(text)
    found = [(" ".join(doc.text[s:e] for s, e in q.runs), q.speaker) for q in doc._.quotes]
    assert found == expected


SPEECH_ROWS = [
    (
        "several paragraphs",
        "“Help Is Here\n\n“Call Us Today”",
        True,
    ),
    ("no words", "Officers said: “…”", False),
    ("named by a cue", "Gangs run what officers have dubbed “the pipeline into the city”.", False),
    ("urged to", "The RNLI is urging swimmers to “float on their backs first”.", False),
    ("title-cased phrase", "Posters reading “Safe Streets For All” went up in May.", False),
    ("cue of saying", "“It is over,” said Inspector Nia Rowe.", True),
    (
        "standalone sentence",
        "The station reopened.\n\n“Everyone in this town deserves to feel safe at night.”",
        True,
    ),
]


@pytest.mark.parametrize(
    ("text", "speech"),
    [pytest.param(text, speech, id=rule) for rule, text, speech in SPEECH_ROWS],
)
def test_speech_rule(cues: Cues, text: str, speech: bool) -> None:
    [passage] = find_passages(text, cues)
    found = attribute(text, passage.context(), SpeakerContext([]), cues)
    rule = next(row[0] for row in SPEECH_ROWS if row[1] == text)
    assert speech_rule(text, passage, found, ("dubbed", "so-called")) == (speech, rule)


def test_every_speech_rule_has_a_row() -> None:
    assert {rule.name for rule in SPEECH_RULES} == {row[0] for row in SPEECH_ROWS}


def test_the_outlet_told_is_not_the_speaker(cues: Cues) -> None:
    text = "a spokesman for Gwent Police told the BBC"
    mentions = [
        EntityMention(16, 28, "force:gwent-police", "FORCE"),
        EntityMention(38, 41, "org:bbc", "ORG"),
    ]
    verb_start = text.index("told")
    clause = Clause(0, len(text), (verb_start, verb_start + 4), "told")
    found = speaker_in_clause(text, clause, SpeakerContext(mentions), cues)
    assert (found.speaker, found.rule) == ("force:gwent-police", "spokesperson")
