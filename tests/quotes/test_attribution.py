"""Attribution: who said a quote, by every rule of ``pressfacts.quotes.attribution``."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.quotes.cues import Clause, Cues, head_clause, tail_clause
from pressfacts.quotes.speakers import (
    EntityMention,
    SpeakerContext,
    SpeakerFound,
    speaker_in_clause,
)


def attributions(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    doc = nlp(text)
    return [(quote.speaker, quote.attribution) for quote in doc._.quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "rule"),
    [
        # speaker before, colon
        (
            "Detective Sergeant Mark Lee said: “We will not stop until every offender is found.”",
            "person:mark-lee",
            "speaker before quote: said",
        ),
        # a post on social media introduces a quote as a verb of saying does
        (
            "Ravi Shah, head of security at the Co-op, posted on social media: “This is a "
            "good day for our colleagues.”",
            "person:ravi-shah",
            "speaker before quote: posted on social media",
        ),
        (
            "“Proud of the team tonight,” tweeted Inspector Lou Grant.",
            "person:lou-grant",
            "speaker after quote: tweeted",
        ),
        # speaker before with an appositive between name and verb
        (
            "Jane Moss, chief executive of the NSPCC, said: “Every child deserves to be safe.”",
            "person:jane-moss",
            "speaker before quote: said",
        ),
        # speaker after: verb then name
        (
            "“We will not stop until every offender is found,” said Detective Sergeant Mark Lee.",
            "person:mark-lee",
            "speaker after quote: said",
        ),
        # speaker after: name then verb
        (
            "“We will not stop until every offender is found,” Detective Sergeant Mark Lee said.",
            "person:mark-lee",
            "speaker after quote: said",
        ),
        # a verb of saying other than "said", then a name with an appositive
        (
            "“Every child deserves to be safe online,” warned Jane Moss, chief executive of the "
            "NSPCC.",
            "person:jane-moss",
            "speaker after quote: warned",
        ),
        # "according to" after the quote; the charity named first is not the speaker
        (
            "“Every child deserves to be safe online,” according to NSPCC chief executive Jane "
            "Moss.",
            "person:jane-moss",
            "speaker after quote: according to",
        ),
        # "told": a short form with an honorific, introduced earlier in the text
        (
            "Mr Tom Price, head of safeguarding, spoke first. “Reports have doubled this year,” "
            "Mr Price told reporters.",
            "person:tom-price",
            "speaker after quote: told",
        ),
        # a force between the verb and the person: the person speaks
        (
            "“Online grooming is an abhorrent crime,” added Lancashire Police and Crime "
            "Commissioner Andrew Snowden.",
            "person:andrew-snowden",
            "speaker after quote: added",
        ),
        # lead-in line of its own ending in a colon
        (
            "Launching the campaign in Maidstone, Kent Police and Crime Commissioner Matthew "
            "Scott said:\n\n“This is a crime that ruins lives.”",
            "person:matthew-scott",
            "lead-in line: said",
        ),
        # "From Chief Constable X:" lead-in line
        (
            "From Chief Constable Sarah Crew:\n\n“Avon and Somerset Police will pursue every "
            "lead we are given.”",
            "person:sarah-crew",
            "lead-in line: from",
        ),
        # attribution line after the quote, by a person named before
        (
            "NSPCC chief executive Jane Smith opened the conference.\n\n“Reports have doubled "
            "this year and we need more help.”\n\n– Jane Smith, Chief Executive",
            "person:jane-smith",
            "attribution line: –",
        ),
        # an organisation through its spokesperson
        (
            "A spokesperson for Kent Police said: “Officers attended and a man was arrested.”",
            "force:kent-police",
            "speaker before quote: said; spokesperson",
        ),
        # an organisation as the subject
        (
            "Kent Police said: “Three men have been charged.”",
            "force:kent-police",
            "speaker before quote: said",
        ),
        # "the charity said": the last charity named before
        (
            "The NSPCC has launched a new campaign.\n\n“Children can call us at any time of "
            "day,” the charity said.",
            "charity:nspcc",
            "speaker after quote: said; reference 'the charity'",
        ),
        # "the force said": the last force named before
        (
            "Officers from Essex Police searched the house.\n\n“Two laptops were seized at the "
            "address,” the force said.",
            "force:essex-police",
            "speaker after quote: said; reference 'the force'",
        ),
        # title alone, its holder named before
        (
            "Durham Police and Crime Commissioner Joy Allen opened the event.\n\n“Victims must "
            "come first in everything we do,” the Commissioner said.",
            "person:joy-allen",
            "speaker after quote: said; title 'the commissioner'",
        ),
        # pronoun: the nearest person named before
        (
            "Chief Superintendent Helen Ward of Kent Police was at the launch.\n\n“We will not "
            "stop until every offender is found,” she added.",
            "person:helen-ward",
            "speaker after quote: added; pronoun 'she'",
        ),
        # pronoun of a gender the honorific tells: not the nearest person, the fitting one
        (
            "Mrs Ann Cole chairs the panel and Mr Tom Price leads the review.\n\n“The review "
            "will report in the spring,” she said.",
            "person:ann-cole",
            "speaker after quote: said; pronoun 'she'",
        ),
        (
            "Mr Tom Price leads the review and Mrs Ann Cole chairs the panel.\n\n“The review "
            "will report in the spring,” he said.",
            "person:tom-price",
            "speaker after quote: said; pronoun 'he'",
        ),
        # ... also past a nearer person whose gender the text does not tell
        (
            "Ms Rhian Moss, who joined in 2001, takes over from Gareth Pugh, who retired in "
            "May.\n\n“It is an honour to lead this team,” she said.",
            "person:rhian-moss",
            "speaker after quote: said; pronoun of a known gender 'she'",
        ),
        (  # ... but not past a paragraph break before the paragraph's own untold subject
            "Ms Dana Holt said the team had grown.\n\nThe unit's head, Inspector Jess Park, "
            "agreed. “Every call is answered,” she told reporters.",
            "person:jess-park",
            "speaker after quote: told; pronoun 'she'",
        ),
        (  # near miss: the nearer person's gender is told too, and fits
            "Ms Rhian Moss takes over from Mrs Jan Pugh, who retired in May.\n\n“It has "
            "been an honour to lead this team,” she said.",
            "person:jan-pugh",
            "speaker after quote: said; pronoun 'she'",
        ),
        # pronoun after reported speech about someone else: the one who reported it
        (
            "Sentencing, Judge Maureen Tallis said Kyle Brandon had shown no remorse.\n\n"
            "“You lied to the jury from start to finish,” she told him.",
            "person:maureen-tallis",
            "speaker after quote: told; pronoun past reported speech 'she'",
        ),
        (
            "Detective Sergeant Owain Pryce told the court that Aled Morgan, 29, had fled the "
            "scene. “The evidence against him was overwhelming,” he said.",
            "person:owain-pryce",
            "speaker after quote: said; pronoun past reported speech 'he'",
        ),
        # ... but a person named in a sentence of their own is the nearest antecedent
        (
            "Superintendent Carys Bevan said the work went on. Inspector Neil Rudd leads the "
            "team.\n\n“We are out every night,” he said.",
            "person:neil-rudd",
            "speaker after quote: said; pronoun 'he'",
        ),
        # a cue before the quote names its speaker: a pronoun after it is that speaker, not
        # a person of known gender named earlier
        (
            "Mr Owen Tate opened the meeting.\n\nCouncillor Ian Rees said: “The plan is "
            "working.” He added that more help was on its way.",
            "person:ian-rees",
            "speaker before quote: said",
        ),
        (
            "Mrs Gwen Lowe chaired the forum.\n\nCommunity worker Dana Pryor told the forum: "
            "“People feel heard.” She said that the next forum would be in March.",
            "person:dana-pryor",
            "speaker before quote: told",
        ),
        # ... but a cue before the quote that names nobody leaves the pronoun to decide
        (
            "Mr Owen Tate opened the meeting. The report said: “Crime is down.” He said "
            "that was welcome.",
            "person:owen-tate",
            "speaker after quote: said; pronoun 'He'",
        ),
        # the sentence after the quote says whose words they were
        (
            "“Lock your sheds.” That was the message from Sergeant Lowri Bevan.",
            "person:lowri-bevan",
            "speaker after quote: message from",
        ),
        (
            "“Never share your PIN.” That's the clear advice from Inspector Tom Reid.",
            "person:tom-reid",
            "speaker after quote: advice from",
        ),
        (
            "“Keep your valuables out of sight,” read a statement from Gwent Police.",
            "force:gwent-police",
            "speaker after quote: statement from; spokesperson",
        ),
        # a relative named in apposition after the verb is that person, not "relatives"
        (
            "“We want answers,” pleaded his mother, Karen Hughes.",
            "person:karen-hughes",
            "speaker after quote: pleaded",
        ),
        (
            "“She lit up every room,” said her sister, Amy Clarke.",
            "person:amy-clarke",
            "speaker after quote: said",
        ),
        # near miss: a relative left unnamed is nobody single
        (
            "“She lit up every room,” said her sister, who lives in Hull.",
            None,
            "speaker after quote: said; relatives 'her sister'",
        ),
        # the paragraph after a quote that fills its own paragraph says whose words they were
        (
            "“Nobody should feel unsafe on a train.”\n\nThis is the plea from Merseyside "
            "Police's Chief Inspector Aled Morris, who leads the rail unit.",
            "person:aled-morris",
            "message paragraph after: plea from",
        ),
        # near misses: the quote's paragraph goes on after it; the next paragraph opens
        # on no message words
        (
            "“Nobody should feel unsafe on a train.” Posters went up on Monday.\n\nThat "
            "was the message from Chief Inspector Aled Morris.",
            None,
            "no speaker named",
        ),
        (
            "“Nobody should feel unsafe on a train.”\n\nChief Inspector Aled Morris leads "
            "the rail unit.",
            None,
            "no speaker named",
        ),
        # near misses: no noun of saying; no "that" pointing back to the quote
        (
            "Inspector Tom Reid leads the team.\n\n“It was an awful night for everyone.” "
            "That was the day the town changed.",
            None,
            "no speaker named",
        ),
        (
            "Inspector Tom Reid leads the team. “It was an awful night for everyone.” The "
            "message from Mr Reid was clear.",
            None,
            "no speaker named",
        ),
        # pronoun before the quote
        (
            "Inspector Ruth Evans leads the team. She said: “This is important work for us.”",
            "person:ruth-evans",
            "speaker before quote: said; pronoun 'She'",
        ),
        # a spokesperson with no organisation named anywhere: nobody
        (
            "A spokesperson said: “Three men have been charged in connection with the offences.”",
            None,
            "speaker before quote: said; nobody named",
        ),
    ],
)
def test_speaker_rules(nlp: Language, text: str, speaker: str | None, rule: str) -> None:
    assert attributions(nlp, text) == [(speaker, rule)]


# (text, [(speaker, attribution, quoted words, follows) of each quote])
SPLIT_QUOTE_ROWS = [
    (  # speaker after the first part, the second part a sentence of its own
        "“We will not stop until every offender is found,” added Chief Superintendent Helen "
        "Ward. “Nobody is beyond our reach.”",
        [
            (
                "person:helen-ward",
                "split quote: added",
                "We will not stop until every offender is found",
                False,
            ),
            ("person:helen-ward", "split quote: added", "Nobody is beyond our reach.", True),
        ],
    ),
    (  # split mid-sentence, by a pronoun
        "Inspector Rhodri Vaughan spoke to residents. “We cannot promise miracles,” he said, "
        "“but we will be on every estate this summer.”",
        [
            (
                "person:rhodri-vaughan",
                "split quote: said; pronoun 'he'",
                "We cannot promise miracles",
                False,
            ),
            (
                "person:rhodri-vaughan",
                "split quote: said; pronoun 'he'",
                "but we will be on every estate this summer.",
                True,
            ),
        ],
    ),
    (  # three parts, speaker named in the first gap
        "“Scams change every week,” said Detective Sergeant Priya Nair. “Criminals are clever.” "
        "she added. “Hang up and call us back.”",
        [
            ("person:priya-nair", "split quote: said", "Scams change every week", False),
            ("person:priya-nair", "split quote: said", "Criminals are clever.", True),
            ("person:priya-nair", "split quote: said", "Hang up and call us back.", True),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_QUOTE_ROWS)
def test_a_quote_split_by_its_attribution_is_a_quote_per_part(
    nlp: Language, text: str, expected: list[tuple[str, str, str, bool]]
) -> None:
    """The attribution between the parts names the speaker of each; each part is a quote
    of its own, marked as following the part before it."""
    doc = nlp(text)
    assert [
        (
            quote.speaker,
            quote.attribution,
            " ".join(doc.text[s:e] for s, e in quote.runs),
            quote.follows,
        )
        for quote in doc._.quotes
    ] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a closed quote, then a quote paragraph with no cue
        "DCI Priya Nair said: “Our officers worked tirelessly.”\n\n“We are grateful to the "
        "public for their help.”",
        # speaker after the first quote; the next paragraph opens a new one
        "“Reports have doubled this year,” said Jane Smith of the NSPCC.\n\n“Please call us "
        "if you are worried about a child.”",
    ],
)
def test_continuation_paragraph_belongs_to_the_last_speaker(nlp: Language, text: str) -> None:
    speakers = attributions(nlp, text)
    assert len(speakers) == 2
    assert speakers[1] == (speakers[0][0], "continuation")
    assert speakers[0][0] is not None


def test_continuation_does_not_jump_over_a_narrative_paragraph(nlp: Language) -> None:
    text = (
        "DCI Priya Nair said: “Our officers worked tirelessly.”\n\nThe court heard the case "
        "over three days.\n\n“Anyone with information should call 101 straight away.”"
    )
    assert attributions(nlp, text)[1] == (None, "no speaker named")


@pytest.mark.parametrize(
    ("tail", "cue"),
    [
        (", said DI Smith.", "said"),
        (" DI Smith added, before leaving.", "added"),
        (", according to the charity.", "according to"),
        (" The figures rose again.", None),  # a new sentence: no cue
        # the verb is too far from the mark to attribute it
        (" was the message given to everyone at the briefing that the inspector said.", None),
    ],
)
def test_tail_clause(cues: Cues, tail: str, cue: str | None) -> None:
    clause = tail_clause(tail, 0, len(tail), cues)
    assert (clause.cue if clause else None) == cue


@pytest.mark.parametrize(
    ("head", "cue"),
    [
        ("DI Smith said: ", "said"),
        ("Jane Moss, chief executive of the NSPCC, said, ", "said"),
        ("According to DI Smith, ", "according to"),
        ("The figures rose. DI Smith explained: ", "explained"),
        ("Police said the campaign was ", None),  # the verb does not introduce the quote
        ("The campaign used posters to: ", None),  # a colon but no verb of saying
    ],
)
def test_head_clause(cues: Cues, head: str, cue: str | None) -> None:
    clause = head_clause(head, 0, len(head), cues)
    assert (clause.cue if clause else None) == cue


def test_speaker_in_clause_prefers_the_person_nearest_the_verb(cues: Cues) -> None:
    text = "Speaking alongside DI Brown, Jane Smith said:"
    mentions = [
        EntityMention(19, 27, "person:brown", "PERSON"),
        EntityMention(29, 39, "person:jane-smith", "PERSON"),
    ]
    clause = Clause(0, len(text), (40, 44), "said")
    assert speaker_in_clause(text, clause, SpeakerContext(mentions), cues) == SpeakerFound(
        "person:jane-smith", "person named"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote with a cue of its own that names nobody is not the last speaker's, and a
        # paragraph going on after it goes on it, still of nobody
        (
            "A Leeds City Council spokesperson said: “The bins will be replaced.”\n\n“We have "
            "made 12 arrests and expect to make more,” police said.\n\n“Anyone with "
            "information should call 101 straight away.”",
            [
                ("org:leeds-city-council", "speaker before quote"),
                (None, "speaker after quote"),
                (None, "continuation"),
            ],
        ),
        (
            "Inspector Amy Lee said: “We will keep patrolling the park.”\n\n“It was the most "
            "frightening night of my life,” one resident said.",
            [("person:amy-lee", "speaker before quote"), (None, "speaker after quote")],
        ),
        # near miss: a quote with no cue of its own goes on the last speaker's
        (
            "Inspector Amy Lee said: “We will keep patrolling the park.”\n\n“Anyone with "
            "information should call 101 straight away.”",
            [("person:amy-lee", "speaker before quote"), ("person:amy-lee", "continuation")],
        ),
    ],
)
def test_a_cued_quote_of_nobody_is_no_continuation(
    nlp: Language, text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert [(speaker, rule.split(":")[0]) for speaker, rule in attributions(nlp, text)] == expected
