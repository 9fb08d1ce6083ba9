"""Stage 3: quote extraction, marks and broken markup, speech versus scare quotes."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts import build_nlp
from pressfacts.quotes.component import find_marks, is_end_marker, looks_like_title, paragraphs


def quoted(nlp: Language, text: str) -> list[list[str]]:
    """The runs of every quote found, as texts."""
    doc = nlp(text)
    return [[doc.text[s:e] for s, e in quote.runs] for quote in doc._.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # curly double quotes
        ("DI Anna Green said: “We acted fast.”", [["We acted fast."]]),
        # straight double quotes
        ('DI Anna Green said: "We acted fast."', [["We acted fast."]]),
        # curly single quotes with apostrophes inside
        (
            "PC Tom Baker said: ‘We don’t give up, whatever the Constabulary’s workload.’",
            [["We don’t give up, whatever the Constabulary’s workload."]],
        ),
        # straight single quotes with straight apostrophes inside
        (
            "PC Tom Baker said: 'We don't give up, whatever the force's workload.'",
            [["We don't give up, whatever the force's workload."]],
        ),
        # a straight opening mark closed by a curly one (seed 000)
        (
            '"Online grooming is an abhorrent crime,” added PCC Andrew Snowden.',
            [["Online grooming is an abhorrent crime"]],
        ),
        # a nested quote inside a quote stays part of it
        (
            "DI Anna Green said: “Victims told us ‘enough is enough’ and we listened.”",
            [["Victims told us ‘enough is enough’ and we listened."]],
        ),
        # several paragraphs: each opens with a mark, only the last closes
        (
            "DI Anna Green said: “We acted fast.\n\n“We made three arrests.\n\n“More will follow.”",
            [["We acted fast.", "We made three arrests.", "More will follow."]],
        ),
        # markdown italics with stray underscores (seed 002), paragraphs on single lines
        (
            "DI Anna Green said:\n\n_“We acted fast._\n _“We made three arrests.”_",
            [["We acted fast.", "We made three arrests."]],
        ),
        # underscores piled up after the closing mark
        ("DI Anna Green said: “We acted fast.”____", [["We acted fast."]]),
        # closing mark missing at the end of a paragraph: the passage ends there
        (
            "DI Anna Green said: “We acted fast.\n\nThe force made three arrests on Tuesday.",
            [["We acted fast."]],
        ),
        # opening mark missing at the start of a continuation paragraph
        (
            "DI Anna Green said: “We acted fast.\n\nWe made three arrests.”",
            [["We acted fast.", "We made three arrests."]],
        ),
        # opening mark missing at the start of a paragraph, a cue after the closing one
        (
            "We acted as fast as we possibly could,” said DI Anna Green.",
            [["We acted as fast as we possibly could"]],
        ),
        # a closing mark typed where the quote opens (a reprint's typo), then its close
        (
            "Ann Lee, the commissioner, said ” We listened to residents.”",
            [["We listened to residents."]],
        ),
        ("DI Anna Green said:”We acted fast.”", [["We acted fast."]]),
        # a stray opening mark mid-sentence does not swallow the rest of the document
        (
            "The so-called “dark web is used by offenders.\n\nDI Anna Green said: “We acted "
            "fast.”\n\nThe force made three arrests.",
            [["We acted fast."]],
        ),
    ],
)
def test_extraction(nlp: Language, text: str, expected: list[list[str]]) -> None:
    assert quoted(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a scare quote
        "Offenders use the so-called “dark web” to share images.",
        # a campaign name
        "The charity runs a campaign called “Stop it Now” across the region.",
        # a title-cased slogan with no cue
        "Posters carrying the message “Get Help Now” went up in every town.",
        # a short phrase inside a sentence with no verb of saying (seed 000)
        "It offers a helpline to those “worried about their own thoughts, feelings and behaviour”.",
        # a short phrase in a sentence with no verb of saying before it
        "Officers were “determined to help” every victim, the inspection report found.",
        # a short phrase with a cue after it but inside a sentence
        "The “dark web”, officers said, is growing.",
        # a report title
        "The report “Protecting Children Online” was published in May.",
    ],
)
def test_not_speech(nlp: Language, text: str) -> None:
    assert quoted(nlp, text) == []


def test_short_quote_with_a_cue_is_speech(nlp: Language) -> None:
    assert quoted(nlp, "“No comment,” said DI Anna Green.") == [["No comment"]]


def test_standalone_sentence_with_no_cue_is_speech_without_a_speaker(nlp: Language) -> None:
    doc = nlp("The force issued an appeal.\n\n“Anyone with information should call 101 now.”")
    [quote] = doc._.quotes
    assert quote.speaker is None


@pytest.mark.parametrize(
    "marker",
    ["ENDS", "- ENDS -", "Notes to editors", "NOTES TO EDITORS:", "Notes to editors: 1. The"],
)
def test_nothing_after_an_end_marker_is_speech(nlp: Language, marker: str) -> None:
    text = (
        f"“We are proud of the team,” said DI Owen Hughes.\n\n{marker}\n\n“Stop it Now” is a "
        "helpline, and callers said: “It helped me stop before it was too late.”"
    )
    assert quoted(nlp, text) == [["We are proud of the team"]]


@pytest.mark.parametrize(
    ("line", "is_marker"),
    [
        ("ENDS", True),
        ("-ends-", True),
        ("Notes to Editors", True),
        ("Ends of the earth", False),
        ("  ** E’nds **", True),  # the first letter after marks and emphasis
        ("Notes to editors: 1. The charity", True),
        ("Officers said", False),  # no marker opens with its first letter
        ("2024 – 12", False),  # no letter at all
    ],
)
def test_is_end_marker(line: str, is_marker: bool) -> None:
    markers = frozenset({"ends", "notes to editors"})
    assert is_end_marker(line, markers) is is_marker


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("“a”", ["open", "close"]),
        ('"a"', ["open", "close"]),
        ("don’t", []),  # apostrophe between letters
        ("Constabulary’s", []),
        ("‘a’", ["open", "close"]),
        ("'a,' he", ["open", "close"]),
        # a plural possessive is not a closing mark when no single quote is open
        ("the Chiefs' Council lead", []),
        ("the parents’ group", []),
        # but it closes one that is open
        ("‘we thank the officers’ and", ["open", "close"]),
        ("'it was for the victims' he said", ["open", "close"]),
        # inside an open quote, before a noun, it stays a possessive
        ("‘Parents’ groups told us, and we listened.’", ["open", "close"]),
        ("'The victims' families deserve answers,' she", ["open", "close"]),
        # and before a capital: a name of a body, unless a speaker and a cue follow
        ("‘We work with the Police Chiefs’ Council on it,’ she", ["open", "close"]),
        ("'We told the Victims' Commissioner,' he said", ["open", "close"]),
        ("‘Ask the Farmers’ Union of Wales.’", ["open", "close"]),
        ("‘It was for the victims’ DCI Jo Bell said", ["open", "close"]),
        ("'We did it for the families' Mr Osei added", ["open", "close"]),
        # a close typed for an open: after a space or a colon, another close following
        ("said ” We act.”", ["open", "close"]),
        ("said:”We act.”", ["open", "close"]),
        ("“We act. ”", ["open", "close"]),  # a spaced close after an open stays one
        ("said ” We act.", ["close"]),  # no close follows: left as typed
    ],
)
def test_find_marks(text: str, roles: list[str]) -> None:
    assert [mark.role for mark in find_marks(text, 0, len(text))] == roles


def test_paragraphs_join_hard_wrapped_lines_and_stop_at_ends() -> None:
    text = "First line\ngoes on here.\n\nSecond.\nENDS\nNotes."
    spans = paragraphs(text, frozenset({"ends"}))
    assert [text[s:e] for s, e in spans] == ["First line\ngoes on here.", "Second."]


@pytest.mark.parametrize(
    ("words", "title"),
    [
        (["Stop", "it", "Now"], True),
        (["Protecting", "Children", "Online"], True),
        (["dark", "web"], False),
        (["We", "acted", "fast"], False),
    ],
)
def test_looks_like_title(words: list[str], title: bool) -> None:
    assert looks_like_title(words) is title


def test_mentions_exclude_marks_and_underscores(nlp: Language, seed_texts: dict[str, str]) -> None:
    for text in seed_texts.values():
        doc = nlp(text)
        for quote in doc._.quotes:
            for start, end in quote.runs:
                run = text[start:end]
                assert run == run.strip(" \n_*“”\"‘’'"), run


def test_plural_possessive_does_not_open_a_passage(nlp: Language) -> None:
    doc = nlp('Amy Holt, the Police Chiefs\' Council lead, said: "We are seeing more victims."')
    [quote] = doc._.quotes
    assert quote.text(doc.text) == "We are seeing more victims."
    assert quote.speaker == "person:amy-holt"


def test_seed_000_helpline_phrase_is_not_a_quote(nlp: Language, seed_texts: dict[str, str]) -> None:
    doc = nlp(seed_texts["000"])
    assert all("worried about their own thoughts" not in q.text(doc.text) for q in doc._.quotes)


def test_seed_000_di_ashcroft_quote_is_attributed_to_rachael_ashcroft(
    nlp: Language, seed_texts: dict[str, str]
) -> None:
    doc = nlp(seed_texts["000"])
    first = doc._.quotes[0]
    assert first.speaker == "person:rachael-ashcroft"
    assert first.text(doc.text).startswith("Every day in Lancashire")
    assert len(first.runs) == 5  # mixed straight and curly marks, one passage


def test_seed_000_andrew_snowden_quotes_are_attributed_to_him(
    nlp: Language, seed_texts: dict[str, str]
) -> None:
    doc = nlp(seed_texts["000"])
    later = [q for q in doc._.quotes if "Online grooming" in q.text(doc.text)]
    later += [q for q in doc._.quotes if "digital innovations" in q.text(doc.text)]
    assert [q.speaker for q in later] == ["person:andrew-snowden"] * 2


def test_seed_002_passages_do_not_swallow_the_following_paragraph(
    nlp: Language, seed_texts: dict[str, str]
) -> None:
    doc = nlp(seed_texts["002"])
    for quote in doc._.quotes:
        text = quote.text(doc.text)
        assert "Reflecting on" not in text
        assert "Lancashire Constabulary’s Assistant" not in text
    assert [len(q.runs) for q in doc._.quotes] == [4, 5, 3]


def test_no_seed_quote_is_attributed_to_the_wrong_person(
    nlp: Language, seed_texts: dict[str, str]
) -> None:
    openings = {
        "Every day in": "person:rachael-ashcroft",
        "Online grooming": "person:andrew-snowden",
        "I will continue": "person:andrew-snowden",
        "As a police service": "person:jo-edwards",
        "The problem of viewing": "person:alan-barr",
        "We are delighted": "person:donald-findlater",
        "Safeguarding and protecting": "person:stuart-york",
    }
    seen = 0
    for text in seed_texts.values():
        doc = nlp(text)
        for quote in doc._.quotes:
            opening = next(k for k in openings if quote.text(doc.text).startswith(k))
            assert quote.speaker == openings[opening], opening
            seen += 1
    assert seen == 14


def test_component_config_keys_reach_the_component() -> None:
    nlp = build_nlp({"components.pressfacts_quotes.min_speech_words": 3})
    doc = nlp("The force issued an appeal.\n\n“Call us now.”")
    assert len(doc._.quotes) == 1
    nlp = build_nlp({"components.pressfacts_quotes.end_markers": ["the end"]})
    doc = nlp("The end\n\n“We acted fast,” said DI Anna Green.")
    assert doc._.quotes == []
