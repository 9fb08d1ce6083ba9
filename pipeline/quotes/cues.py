"""Cues of saying around a quote: the word lists, and the clauses that hold a cue.

A cue is a verb of saying ("said", "says", "told", "went on": one- and several-word
entries of ``speech_verbs.txt``, looked up word by word in a set, never a regex
alternation), "according to", "from" at the start of a lead-in line, or the colon of
a speaker introduced with no verb ("Jane Doe, Head of Safeguarding:"). A clause is the
stretch of text around the cue that may name the speaker.

- tail: after a closing mark, to the sentence end: ``“…,” said DI Smith.``, ``“…,” she added``.
- head: the sentence before an opening mark: ``DI Smith said: “…”``, ``According to X, “…”``.
- intro: a name before a colon, no verb: ``CEOP Command lead Jane Doe: “…”``.
- partial: a verb of saying earlier in the sentence: ``Smith warned that they “will be caught”``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from pressfacts.lexicon.stops import is_initial, word_before_stop
from pressfacts.quotes.marks import Mark, find_marks
from pressfacts.quotes.misspelt_cues import misspelt_verb, slip_targets
from pressfacts.resources import load_word_list

# a sentence end and the marks after it: matches ". " in "found. The" and '.” ' in 'it.” He';
# not the "." of "3.5"
_SENTENCE_END = re.compile(r"[.!?][\"'”’_*)]*(?:\s+|$)")
# a word: matches "Constabulary’s", "co-ordinated"; not "2,000"
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# "according to" right after a closing mark: matches ', according to the charity'; not
# ', which according to'
_ACCORDING_AFTER = re.compile(r"[\s,_*]{0,8}(according to)\b", re.I)
# the words after a quote naming whose words they were: matches ' That was the message
# from Sgt Jo Bell', ' This is the stark warning from', ', read a statement from'; not
# ' That was the day' (no noun of saying), ' The message from' (no "that" pointing back)
_MESSAGE_FROM_AFTER = re.compile(
    r"[\s,_*]{0,8}(?:(?:that|this)(?:['’]s|\s+is|\s+was|\s+has\s+been)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+)?(?P<noun>(?:message|warning|advice|plea|appeal|reminder|verdict|promise)"
    r"\s+(?:from|of))|reads?\s+(?:a|the)\s+(?:[a-z]+\s+)?(?P<text>(?:statement|post|message|"
    r"letter|note)\s+(?:from|by|issued\s+by)))\b",
    re.I,
)
# "according to" anywhere in a head clause: matches 'According to DI Smith,'; not 'accordingly'
_ACCORDING = re.compile(r"\b(according to)\b", re.I)
# a tail that goes on the sentence: matches ', said' and ' DI Smith'; not '. The'
_GOES_ON = re.compile(r"[\s,_*–—-]{0,8}[\w(]")
# a lead-in line opening with "From": matches 'From Chief Constable Jo Bell:'; not 'Fromage'
_FROM_LINE = re.compile(r"[\s_*]{0,4}(from)\b", re.I)
_QUOTE_CHARS = "“”\"‘’'„"
LEAD_STRIP = " \t\n_*"
"""Characters around a paragraph or a mark that carry no words (markdown emphasis)."""
_MAX_CUE_WORDS = 8
"""A verb of saying after a quote must come within this many words of its close."""
NAMED_APPOSITIVE_CUE = re.compile(
    r"[\s,_*]*(?:[A-Z][\w’'-]*\s+){1,3}[A-Z][\w’'-]*,\s+[^,.;:!?\"“”‘]{3,150},\s*$"
)
"""Before a verb of saying after a quote, a name and the appositive that describes it
(\u201c…,\u201d Ruth Kemp, chief executive of the Lorimer Trust, said): the verb may then
stand up to :data:`_MAX_APPOSITIVE_CUE_WORDS` words from the close (rule
``named_appositive_cue``)."""
_MAX_APPOSITIVE_CUE_WORDS = 20
COORDINATED_CUE = re.compile(r"[\s,_*]*(?:but|and|yet)\s+(?:also\s+|later\s+|then\s+)?", re.I)
"""Before a verb of saying after a quote, only a conjunction (\u201c…\u201d, but warned that
too many referrals came from the police): the verb is a second one of the sentence's own
subject, so what follows it is what was said, not who said it (rule ``coordinated_cue``);
not ", and DI Smith added" (a subject of its own)."""
COORDINATED_PARTIAL_CUE = re.compile(r",?\s+(?:but|and)\s+(?:also\s+|then\s+)?$", re.I)
"""Before the verb of saying of a partial quote, only a conjunction after an earlier verb
of saying (She added that the law was clear, and said forces were “ignoring the rules”):
the verb is a second one of the earlier verb's subject, so the cue is that earlier verb
and its subject the speaker (rule ``coordinated_partial_cue``); not "and Smith said" (a
subject of its own)."""
_MAX_PARTIAL_WORDS = 30
"""A verb of saying before a partial quote must come within this many words of its mark."""
_INTRO_MAX_WORDS = 12
CLAUSE_REACH = 1000
"""A cue clause lies within this many characters of its quote mark (no sentence of a
release is longer): every clause search is bounded by it, so a paragraph with many
quotes is read in windows, never from its start for each quote."""
"""An introduction with no verb ("Org lead Jane Doe:") is at most this many words."""


@dataclass
class Cues:
    """The word lists attribution needs, compiled once.

    Args:
        speech_verbs: verbs of saying ("said", "says", "told reporters"), any number of words.
        gendered_words: "<word> <male|female>" lines: pronouns and honorifics.
        speaker_nouns: nouns for an organisation's voice ("spokesperson").
        organisation_references: "<noun> <TYPE>" lines ("charity CHARITY", "officer PERSON").
    """

    speech_verbs: Iterable[str]
    gendered_words: Iterable[str] = ()
    speaker_nouns: Iterable[str] = ()
    organisation_references: Iterable[str] = ()
    verbs: frozenset[str] = field(init=False)
    longest_verb: int = field(init=False)
    first_words: frozenset[str] = field(init=False)
    """First words of the entries of several words."""
    slip_verbs: tuple[str, ...] = field(init=False)
    """The one-word verbs a typed slip is read back to (:func:`.misspelt_cues.slip_targets`)."""
    genders: dict[str, str] = field(init=False)
    pronouns: frozenset[str] = field(init=False)
    references: dict[str, str] = field(init=False)
    spokesperson_nouns: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.verbs = frozenset(" ".join(v.lower().split()) for v in self.speech_verbs)
        self.longest_verb = max((len(v.split()) for v in self.verbs), default=1)
        self.first_words = frozenset(v.split()[0] for v in self.verbs if " " in v)
        self.slip_verbs = slip_targets(self.verbs)
        self.genders = dict(_pairs(self.gendered_words))
        self.pronouns = frozenset(w for w in self.genders if w in {"he", "she", "they"})
        self.references = {
            noun: kind.upper() for noun, kind in _pairs(self.organisation_references)
        }
        self.spokesperson_nouns = frozenset(n.lower() for n in self.speaker_nouns)

    def verbs_in(self, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """Verbs of saying in ``text[start:end]``: (start, end, lower-case entry), in order.

        The words are read from the lower-cased stretch in one call (the same words:
        lower-casing keeps each character's length and kind, but for "İ" and the
        Kelvin sign, which turn into letters); where they stand is read only when a
        verb is found."""
        chunk = text[start:end]
        if "\u0130" in chunk or "\u212a" in chunk:
            lowered = [word.lower() for word in _WORD.findall(chunk)]
        else:
            lowered = _WORD.findall(chunk.lower())
        verbs, first_words, longest = self.verbs, self.first_words, self.longest_verb
        hits: list[tuple[int, int, str]] = []  # (first word, words, entry)
        index, count = 0, len(lowered)
        while index < count:
            word = lowered[index]
            if word in first_words:  # an entry of several words: only from its first word
                for size in range(min(longest, count - index), 0, -1):
                    key = " ".join(lowered[index : index + size])
                    if key in verbs:
                        hits.append((index, size, key))
                        index += size - 1
                        break
            elif word in verbs:
                hits.append((index, 1, word))
            index += 1
        if not hits:
            return []
        spans = [word.span() for word in _WORD.finditer(text, start, end)]
        return [(spans[at][0], spans[at + size - 1][1], key) for at, size, key in hits]

    def is_verb(self, word: str) -> bool:
        """Whether one word is a verb of saying."""
        return word.lower() in self.verbs

    def words_in(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """The words of ``text[start:end]``."""
        return _WORD.finditer(text, start, end)


def _pairs(lines: Iterable[str]) -> Iterable[tuple[str, str]]:
    for line in lines:
        parts = line.lower().split()
        if len(parts) >= 2:
            yield " ".join(parts[:-1]), parts[-1]


@dataclass(frozen=True)
class Clause:
    """A stretch of text holding a cue: ``[start, end)`` and the cue at ``cue_span``."""

    start: int
    end: int
    cue_span: tuple[int, int]
    cue: str


def tail_clause(text: str, start: int, end: int, cues: Cues) -> Clause | None:
    """The cue clause right after a closing mark: ``, said X.`` ``, X added`` ``, according to X``.

    The clause runs to the sentence end or the next opening mark; its verb of saying
    must come within a few words of its start.
    """
    stop = _clause_end(text, start, min(end, start + CLAUSE_REACH))
    clause = text[start:stop]
    if not clause.strip(" ,\t_*"):
        return None
    according = _ACCORDING_AFTER.match(clause)
    if according:
        return Clause(
            start, stop, (start + according.start(1), start + according.end(1)), "according to"
        )
    message = _MESSAGE_FROM_AFTER.match(clause)
    if message:
        group = "noun" if message.group("noun") else "text"
        cue = " ".join(message.group(group).lower().split())
        span = (start + message.start(group), start + message.end(group))
        return Clause(start, stop, span, cue)
    verbs = cues.verbs_in(text, start, stop)
    if not verbs:
        slip = misspelt_verb(clause, cues.slip_verbs)  # rule misspelt_pronoun_cue: ", she aded."
        if slip is None:
            return None
        return Clause(start, stop, (start + slip[0], start + slip[1]), slip[2])
    verb_start, verb_end, verb = verbs[0]
    words = len(_WORD.findall(text, start, verb_start))
    if words >= _MAX_CUE_WORDS and not (
        words < _MAX_APPOSITIVE_CUE_WORDS and NAMED_APPOSITIVE_CUE.match(text, start, verb_start)
    ):
        return None
    if not _GOES_ON.match(clause) or clause.lstrip(" _*")[:1] in ".!?":
        return None
    if COORDINATED_CUE.fullmatch(text, start, verb_start):
        return None
    return Clause(start, stop, (verb_start, verb_end), verb)


def message_paragraph_clause(text: str, start: int, end: int) -> Clause | None:
    """The clause opening the paragraph ``[start, end)`` after a quote that closes its own
    paragraph, when it says whose words they were: ``That was the message from Supt Jo
    Bell as the force …`` (the same words as after a quote in its paragraph), else None."""
    while start < end and text[start] in LEAD_STRIP:
        start += 1
    stop = _clause_end(text, start, min(end, start + CLAUSE_REACH))
    message = _MESSAGE_FROM_AFTER.match(text, start, stop)
    if message is None or message.start() != start:
        return None
    group = "noun" if message.group("noun") else "text"
    cue = " ".join(message.group(group).lower().split())
    return Clause(start, stop, (message.start(group), message.end(group)), cue)


def head_clause(
    text: str, start: int, end: int, cues: Cues, lead_line: bool = False
) -> Clause | None:
    """The cue clause before an opening mark: ``X said:`` ``X, …, said,`` ``According to X,``.

    ``[start, end)`` is the text from the paragraph start to the opening mark (or a
    whole lead-in paragraph when ``lead_line``). The clause is its last sentence; it
    must end with a colon, or end with a comma or a verb of saying.
    """
    clause_start, body_end = _last_sentence(text, start, end)
    if body_end <= clause_start:
        return None
    clause = text[clause_start:body_end]
    last = clause[-1]
    if lead_line and last != ":":
        return None
    according = _ACCORDING.search(clause)
    if according and last in ",:":
        span = (clause_start + according.start(1), clause_start + according.end(1))
        return Clause(clause_start, body_end, span, "according to")
    from_line = _FROM_LINE.match(clause)
    if from_line and last == ":":
        span = (clause_start + from_line.start(1), clause_start + from_line.end(1))
        return Clause(clause_start, body_end, span, "from")
    verbs = cues.verbs_in(text, clause_start, body_end)
    if not verbs:
        return None
    verb_start, verb_end, verb = verbs[-1]
    after_verb = text[verb_end:body_end].strip()
    if last != ":" and after_verb not in {"", ","}:
        return None
    return Clause(clause_start, body_end, (verb_start, verb_end), verb)


def intro_clause(text: str, start: int, end: int, cues: Cues) -> Clause | None:
    """A speaker introduced with no verb: a short last sentence ending in a colon.

    ``Head of Safeguarding Jane Doe:`` before a quote or as a line of its own. The cue
    is the colon; a clause holding a verb of saying is a head clause instead.
    """
    clause_start, body_end = _last_sentence(text, start, end)
    if body_end <= clause_start or text[body_end - 1] != ":":
        return None
    if len(_WORD.findall(text, clause_start, body_end)) > _INTRO_MAX_WORDS:
        return None
    if cues.verbs_in(text, clause_start, body_end):
        return None
    return Clause(clause_start, body_end, (body_end - 1, body_end), ":")


SECOND_PARTIAL = re.compile(r"[\s,]*(?:and|but)\s+that\s", re.I)
"""Between an earlier partial quote's close and a partial quote's mark, a second reported
clause of the same verb of saying, opening on "and that"/"but that" (rule ``second_partial``:
'She said drivers were “far too fast” and that the figures showed “a clear trend”.'): the
verb before the first quote is the cue of both; not ', and the council said …' (no "that":
a clause of its own), nor 'and that “…”' after a quote that is not closed."""


def second_partial(text: str, marks: list[Mark], body_end: int) -> bool:
    """Whether ``marks`` (the quote marks between a partial quote's sentence start and its
    mark) are whole closed quotes, the last followed by "and that" and the words of
    :data:`SECOND_PARTIAL`'s clause up to ``body_end`` (rule ``second_partial``)."""
    if len(marks) % 2 or any(
        (a.role, b.role) != ("open", "close") or a.kind != b.kind
        for a, b in zip(marks[::2], marks[1::2], strict=True)
    ):
        return False
    clause = SECOND_PARTIAL.match(text, marks[-1].at + 1, body_end)
    return clause is not None and len(_WORD.findall(text, clause.end(), body_end)) <= 12


ASIDE_BEFORE_PARTIAL = re.compile(r"\w,\s+(?P<aside>[^,;:.!?“”\"\n]{3,60}),$")
"""A comma right before a partial quote's mark that closes an aside set off by commas after
the verb of saying's clause (rule ``aside_before_partial``: 'She said the sentence handed to
the driver, six years and eight months, “felt like nothing”.'): no lead-in, so the quote is
partial; not 'She said, “…”' (the comma right after the verb), nor an aside before the verb."""


def partial_clause(text: str, start: int, end: int, cues: Cues) -> Clause | None:
    """A verb of saying earlier in the sentence of a partial quote.

    ``Smith warned offenders that they “will be caught”``: the clause runs from the
    sentence start to the opening mark; the verb must come within a few words of it.
    A head ending a sentence (``… said it would act. “…”``) holds no partial quote, and
    only real quote marks in between stop it: an apostrophe ("O'Hare", "the charity's")
    is none.
    """
    clause_start, body_end = _last_sentence(text, start, end)
    aside = ASIDE_BEFORE_PARTIAL.search(text, clause_start, body_end)
    if body_end <= clause_start or (text[body_end - 1] in ":,.!?" and not aside):
        return None  # a lead-in, or a sentence ended before the mark: not a partial quote
    marks = find_marks(text, clause_start, body_end)
    if marks and not second_partial(text, marks, body_end):
        return None  # another quotation in between: its own cue ("O'Dowd", "charity's" are not)
    verbs = cues.verbs_in(text, clause_start, marks[0].at if marks else body_end)
    if aside and not (verbs and verbs[-1][1] < aside.start()):
        return None  # the aside is no aside of a clause after a verb of saying
    according = _ACCORDING.search(text, clause_start, body_end)
    if according and (not verbs or verbs[-1][0] < according.start()):
        verbs = [(according.start(1), according.end(1), "according to")]  # "According to X, it “…”"
    if not verbs:
        return None
    verb_start, verb_end, verb = verbs[-1]
    if len(_WORD.findall(text, verb_end, body_end)) > _MAX_PARTIAL_WORDS:
        return None
    if len(verbs) > 1 and COORDINATED_PARTIAL_CUE.search(text[clause_start:verb_start]):
        verb_start, verb_end, verb = verbs[-2]  # "She added that …, and said …": hers
    return Clause(clause_start, body_end, (verb_start, verb_end), verb)


REPORTED_SUBJECT_WORDS = 14
"""At most this many words before the verb of a sentence of reported speech that opens a
quote's paragraph (its subject, with an appositive: "Det Supt Jo Bell, the head of the
unit, said")."""


def _plain_sentence_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the last sentence of ``text[start:end]`` when it ends on a full stop
    and holds no quote marks: a sentence of reported speech may be; else None."""
    clause_start, body_end = _last_sentence(text, start, end)
    if body_end <= clause_start or text[body_end - 1] != ".":
        return None
    if find_marks(text, clause_start, body_end):
        return None
    return clause_start, body_end


def reported_clause(text: str, start: int, end: int, cues: Cues) -> Clause | None:
    """A sentence of reported speech ending right before an opening mark, in its paragraph:
    ``Jo Bell, head of X, said the force was ready. “…”`` (the rule ``reported speech before
    quote``). The sentence ends on a full stop, holds no quote marks, and its first verb of
    saying comes within :data:`REPORTED_SUBJECT_WORDS` words of its start."""
    sentence = _plain_sentence_before(text, start, end)
    if sentence is None:
        return None
    clause_start, body_end = sentence
    verbs = cues.verbs_in(text, clause_start, body_end)
    if not verbs:
        return None
    verb_start, verb_end, verb = verbs[0]
    if len(_WORD.findall(text, clause_start, verb_start)) > REPORTED_SUBJECT_WORDS:
        return None
    return Clause(clause_start, body_end, (verb_start, verb_end), verb)


TRAILING_SPEAKER_WORDS = 6
"""At most this many words after the last comma of a sentence of reported speech whose
speaker and verb close it ("…, Ms Cole said.", "…, said Det Supt Jo Bell.")."""


def trailing_reported_clause(text: str, start: int, end: int, cues: Cues) -> Clause | None:
    """A sentence of reported speech closed by its speaker and verb after a comma, ending
    right before an opening mark in its paragraph: ``Most calls came from schools, Ms Cole
    said. “…”`` (the rule ``trailing speaker before quote``). The sentence ends on a full
    stop and holds no quote marks; the clause is its tail after the last comma, of at most
    :data:`TRAILING_SPEAKER_WORDS` words, with a verb of saying in it."""
    sentence = _plain_sentence_before(text, start, end)
    if sentence is None:
        return None
    clause_start, body_end = sentence
    comma = text.rfind(",", clause_start, body_end)
    if comma < 0 or len(_WORD.findall(text, comma, body_end)) > TRAILING_SPEAKER_WORDS:
        return None
    verbs = cues.verbs_in(text, comma + 1, body_end)
    if not verbs:
        return None
    verb_start, verb_end, verb = verbs[-1]
    return Clause(comma + 1, body_end, (verb_start, verb_end), verb)


def _last_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The last sentence of ``text[start:end]`` without the white space and emphasis after it."""
    body_end = end
    while body_end > start and text[body_end - 1] in LEAD_STRIP:
        body_end -= 1
    start = max(start, body_end - CLAUSE_REACH)  # never scan a whole paragraph per quote
    last = start
    for match in _SENTENCE_END.finditer(text, start, body_end):
        if match.end() < body_end and text[match.end() : match.end() + 1].isupper():
            last = match.end()
    return last, body_end


def _clause_end(text: str, start: int, end: int) -> int:
    """End of a tail clause: the sentence end, a line break or the next quote mark; not
    the full stop of an abbreviation or an initial ("said Supt. Amy Cole.")."""
    stop = end
    sentence = next(
        (m for m in _SENTENCE_END.finditer(text, start, end) if not _abbreviated(text, m.start())),
        None,
    )
    if sentence and sentence.start() > start:
        stop = min(stop, sentence.start())
    for index in range(start, stop):
        char = text[index]
        if char == "\n" or (char in '“‘"' and index > start):
            return index
    return stop


def _abbreviated(text: str, at: int) -> bool:
    """Whether the full stop at ``at`` ends a listed abbreviation (``abbreviations.txt``,
    as the sentence stage reads it) or an initial."""
    word = word_before_stop(text, at)
    return is_initial(word) or (
        word is not None and word.lower() in load_word_list("abbreviations")
    )


def has_cue_after(text: str, start: int, end: int, cues: Cues) -> bool:
    """Whether a verb of saying (or "according to") follows a closing mark closely."""
    return tail_clause(text, start, end, cues) is not None


def ends_with_lead(text: str, start: int, end: int, cues: Cues) -> bool:
    """Whether ``text[start:end]`` (before an opening mark) introduces speech.

    True for nothing (a paragraph start), a colon, a comma, a sentence end or a verb of
    saying: the places a quotation may open without a closing mark on its line.
    """
    stop = end
    while stop > start and text[stop - 1] in LEAD_STRIP:
        stop -= 1
    if stop == start:
        return True
    if text[stop - 1] in ":,.!?" or text[stop - 1] in _QUOTE_CHARS:
        return True
    last = _WORD.findall(text, max(start, stop - 20), stop)  # a bounded look back
    return bool(last) and cues.is_verb(last[-1])
