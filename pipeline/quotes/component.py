"""Stage 3: quotes, found by their marks, told apart from scare quotes, attributed.

Press releases quote people at length, and real pages break the markup: quotes run
over several paragraphs where each paragraph opens with a mark and only the last
closes; markdown italics wrap them in underscores (``_“…”_``); straight and curly
marks mix; a closing or opening mark goes missing. The algorithm works per paragraph
so that one unbalanced mark never swallows the rest of the document.

| Requires                  | Assigns                     | Config                               |
|---------------------------|-----------------------------|--------------------------------------|
| ``doc.spans["entities"]`` | ``doc._.quotes``: a list of | ``speech_verbs``, ``gendered_words``, |
| ``doc._.entity_info``     | :class:`QuoteFinding`       | ``speaker_nouns``, ``end_markers``,  |
|                           |                             | ``organisation_references``,         |
|                           |                             | ``non_speech_cues``: word lists;     |
|                           |                             | ``min_speech_words``: int            |

Extraction, in order (the modules that do each step in brackets):
1. (marks) Paragraphs are lines (a line starting in lower case goes on the one before); the
   text stops at an end marker ("ENDS", "Notes to editors").
2. (marks) Marks: curly and straight double quotes; single quotes unless they are apostrophes
   (a mark between letters, "don’t", "Constabulary’s"); a straight mark opens after
   space or punctuation and closes after a word.
3. (passages) Pairing per paragraph. A paragraph that ends inside a quote leaves the passage
   open; the next paragraph continues it only if it opens with a mark (or closes one
   it never opened); otherwise the passage ended with its paragraph. An unclosed mark
   in the middle of a sentence (not after "said:", a comma or a sentence end) is a
   stray and is dropped. A closing mark with no opening one, followed by a verb of
   saying, quotes its paragraph from the start.
4. (passages) Split quotes (``“…,” said X. “…”``) join into one passage for the
   attribution and the speech test; each part split off by the attribution is then a
   quote of its own, with the same speaker (a quote's runs are one statement).
5. (passages) Runs are trimmed of white space, underscores, asterisks and marks.
6. (speech) Speech or not, by the named rules of ``SPEECH_RULES``: a passage of
   several paragraphs is speech; one named by a cue ("so-called") or a title-cased
   phrase is not; a passage an attribution rule found a cue of saying for is speech
   (inside a sentence from three words up: a partial quote after a verb of saying);
   otherwise a passage standing as its own sentence of ``min_speech_words`` words.
7. (attribution, speakers) Who said it: ``ATTRIBUTION_RULES`` find where the cue
   stands, ``SPEAKER_RULES`` who its clause names; ``quote.attribution`` is
   "<rule>: <cue>" and, when the speaker is not named outright, "; <speaker rule>".
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pressfacts.batching import BatchedStage
from pressfacts.doc_text import doc_text
from pressfacts.entity_spans import entity_mentions
from pressfacts.extensions import register_extensions
from pressfacts.findings import QuoteFinding
from pressfacts.quotes.attribution import NOBODY_NAMED, attribute
from pressfacts.quotes.cues import Cues
from pressfacts.quotes.marks import Mark, find_marks, is_end_marker, paragraphs
from pressfacts.quotes.passages import Passage, find_passages
from pressfacts.quotes.person_index import person_genders, surname_index
from pressfacts.quotes.relatives import named_as_relative
from pressfacts.quotes.speakers import EntityMention, SpeakerContext
from pressfacts.quotes.speech import head_position, is_speech, looks_like_title

__all__ = [
    "Mark",
    "Passage",
    "QuoteExtractor",
    "find_marks",
    "find_passages",
    "head_position",
    "is_end_marker",
    "is_speech",
    "looks_like_title",
    "make_quotes",
    "paragraphs",
    "speaker_context",
]


def speaker_context(doc: Doc, cues: Cues, text: str | None = None) -> SpeakerContext:
    """The entities of ``doc`` as the attribution rules need them.

    ``text`` is ``doc.text`` when the caller has it: spaCy builds that string anew on
    each read, so it is read once per Doc, never once per mention.
    """
    text = doc_text(doc) if text is None else text
    mentions = [EntityMention(*values) for values in entity_mentions(doc)]  # no Span made
    # "Jo Reed, whose son Callum was killed, said": the relative never speaks
    mentions = [m for m in mentions if m.type != "PERSON" or not named_as_relative(text, m.start)]
    info = doc._.entity_info or {}
    people = {ident: item for ident, item in info.items() if item.type == "PERSON"}
    titles = {ident: tuple(item.titles) for ident, item in people.items()}
    forms: dict[str, list[str]] = {ident: list(item.aliases) for ident, item in people.items()}
    for mention in mentions:
        if mention.id in forms:  # with the word before it: "Mrs Cole" tells a gender
            before = text[max(0, mention.start - 6) : mention.start].split()
            forms[mention.id].append(" ".join([*before[-1:], text[mention.start : mention.end]]))
    names = {ident: [item.name, *item.aliases] for ident, item in people.items()}
    return SpeakerContext(
        sorted(mentions, key=lambda m: (m.start, m.end)),
        titles,
        person_genders(forms, cues),
        surnames=surname_index(names),
    )


class QuoteExtractor(BatchedStage):
    """Finds quoted speech and its speakers; word lists compiled once."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        speech_verbs: list[str],
        gendered_words: list[str],
        speaker_nouns: list[str],
        organisation_references: list[str],
        end_markers: list[str],
        non_speech_cues: list[str],
        min_speech_words: int = 6,
    ) -> None:
        register_extensions()
        self.name = name
        self.cues = Cues(speech_verbs, gendered_words, speaker_nouns, organisation_references)
        self.end_markers = frozenset(marker.lower() for marker in end_markers)
        self.non_speech_cues = tuple(sorted({cue.lower() for cue in non_speech_cues}))
        self.min_speech_words = min_speech_words

    def find(self, doc: Doc) -> list[QuoteFinding]:
        """The quotes of ``doc``, in text order."""
        text = doc_text(doc)
        context = speaker_context(doc, self.cues, text)
        findings: list[QuoteFinding] = []
        last_speaker: str | None = None
        last_paragraph = -2
        passages = find_passages(text, self.cues, self.end_markers)
        context = context.with_quoted(tuple(run for p in passages for run in p.runs))
        for passage in passages:
            adjacent = passage.first_paragraph == last_paragraph + 1
            found = attribute(
                text, passage.context(), context, self.cues, last_speaker if adjacent else None
            )
            if not is_speech(text, passage, found, self.non_speech_cues, self.min_speech_words):
                continue
            described = found.describe()
            carried_on = found.rule == "continuation"  # the paragraph goes on the last quote
            findings += [
                QuoteFinding(part, found.speaker, described, follows=number > 0 or carried_on)
                for number, part in enumerate(passage.parts())
            ]
            # a cued quote of nobody named ('“…,” police said.') ends the last speaker's run:
            # a paragraph going on after it goes on that quote, still of nobody
            speaker = found.speaker or NOBODY_NAMED
            last_speaker = speaker if found.cue else (found.speaker or last_speaker)
            last_paragraph = passage.last_paragraph
        return findings

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc._.quotes``."""
        doc._.quotes = self.find(doc)
        return doc


@Language.factory(
    "pressfacts_quotes",
    default_config={
        "speech_verbs": {"@misc": "pressfacts.word_list.v1", "name": "speech_verbs"},
        "gendered_words": {"@misc": "pressfacts.word_list.v1", "name": "gendered_words"},
        "speaker_nouns": {"@misc": "pressfacts.word_list.v1", "name": "speaker_nouns"},
        "organisation_references": {
            "@misc": "pressfacts.word_list.v1",
            "name": "organisation_references",
        },
        "end_markers": {"@misc": "pressfacts.word_list.v1", "name": "end_markers"},
        "non_speech_cues": {"@misc": "pressfacts.word_list.v1", "name": "non_speech_cues"},
        "min_speech_words": 6,
    },
    assigns=["doc._.quotes"],
    requires=["doc.spans", "doc._.entity_info"],
)
def make_quotes(
    nlp: Language,
    name: str,
    speech_verbs: list[str],
    gendered_words: list[str],
    speaker_nouns: list[str],
    organisation_references: list[str],
    end_markers: list[str],
    non_speech_cues: list[str],
    min_speech_words: int,
) -> QuoteExtractor:
    """Factory of the ``pressfacts_quotes`` component."""
    return QuoteExtractor(
        nlp,
        name,
        speech_verbs=speech_verbs,
        gendered_words=gendered_words,
        speaker_nouns=speaker_nouns,
        organisation_references=organisation_references,
        end_markers=end_markers,
        non_speech_cues=non_speech_cues,
        min_speech_words=min_speech_words,
    )
