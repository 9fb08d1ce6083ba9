"""Stage 1: sentence splitting on press-release layout."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

from pressfacts.resources import load_word_list
from pressfacts.sentences.component import sentence_spans, sentence_starts

ABBREVIATIONS = load_word_list("abbreviations")
EXCLAIMED = ("Stop It Now!",)


def split(text: str) -> list[str]:
    spans = sentence_spans(sentence_starts(text, ABBREVIATIONS, EXCLAIMED), text)
    return [text[start:end] for start, end in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers attended. Two men were arrested.",
            ["Officers attended.", "Two men were arrested."],
        ),
        # abbreviated ranks and "No." do not end a sentence
        (
            "Det. Insp. Jane Rowe of Gwent Police said so. Ch. Supt. Ali Khan agreed.",
            ["Det. Insp. Jane Rowe of Gwent Police said so.", "Ch. Supt. Ali Khan agreed."],
        ),
        (
            "He lives at No. 4 Mill Lane. Mr. Shah visited.",
            ["He lives at No. 4 Mill Lane.", "Mr. Shah visited."],
        ),
        # an initial is not a sentence end
        ("Officer J. Smith attended.", ["Officer J. Smith attended."]),
        # the closing mark follows the full stop
        (
            "She said: “We will act.” The force agreed.",
            ["She said: “We will act.”", "The force agreed."],
        ),
        # a split quote: the attribution ends, then the quote goes on
        (
            "“It matters,” said PC Lee Wong. “We are listening.”",
            ["“It matters,” said PC Lee Wong.", "“We are listening.”"],
        ),
        # a brand name that ends in "!" goes on
        (
            "It was led by Stop It Now! And backed by police.",
            ["It was led by Stop It Now! And backed by police."],
        ),
        # a headline without a full stop, then the story
        (
            "Record arrests in Dorset\n\nPolice made 40 arrests.",
            ["Record arrests in Dorset", "Police made 40 arrests."],
        ),
        # list items without final punctuation
        (
            "Help is there if:\n\n- you are worried\n- you want advice",
            ["Help is there if:", "- you are worried", "- you want advice"],
        ),
        # a paragraph break always ends a sentence, even mid-phrase
        (
            "Call the helpline\n\nor visit the website",
            ["Call the helpline", "or visit the website"],
        ),
        # a hard-wrapped line goes on when the next line starts in lower case
        (
            "Officers from Essex Police\nwere called at noon.",
            ["Officers from Essex Police\nwere called at noon."],
        ),
        # markdown italics around quote paragraphs (seed 002's layout)
        (
            "_“First paragraph of speech._\n _“Second paragraph.”_",
            ["_“First paragraph of speech._", "_“Second paragraph.”_"],
        ),
        # decimals and money do not split
        (
            "It cost £1.5m in 2.5 years. That is a lot.",
            ["It cost £1.5m in 2.5 years.", "That is a lot."],
        ),
        # a bracketed sentence after a full stop starts a new one
        (
            "Rises were steep. (A breakdown is in the notes.)",
            ["Rises were steep.", "(A breakdown is in the notes.)"],
        ),
    ],
)
def test_sentence_starts(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_spans_are_ordered_non_empty_and_inside_the_text(text: str) -> None:
    spans = sentence_spans(sentence_starts(text, ABBREVIATIONS, EXCLAIMED), text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end


def test_component_marks_tokens(nlp: Language) -> None:
    doc = nlp("Record arrests in Dorset\n\nPolice made 40 arrests. Det. Insp. Rowe said so.")
    assert [s.text.strip() for s in doc.sents] == [
        "Record arrests in Dorset",
        "Police made 40 arrests.",
        "Det. Insp. Rowe said so.",
    ]


def test_every_config_key_is_used() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe(
        "pressfacts_sentences",
        config={"abbreviations": ["Ref"], "exclaimed_names": ["Go Now!"]},
    )
    doc = nlp("See Ref. 12 for details. We said Go Now! Then left.")
    assert [s.text.strip() for s in doc.sents] == [
        "See Ref. 12 for details.",
        "We said Go Now! Then left.",
    ]


def test_seed_002_quote_paragraphs_are_separate_sentences(seed_texts: dict[str, str]) -> None:
    text = seed_texts["002"]
    sentences = split(text)
    assert "Friday, November 2, 2018" in sentences
    assert any(s.startswith("_“Every time a sexual image") for s in sentences)
    assert all("\n\n" not in s for s in sentences)
