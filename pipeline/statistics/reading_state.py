"""What the numbers component carries while it reads a document: from sentence to
sentence (:class:`DocumentState`) and within one sentence (:class:`SentenceReading`:
its places and periods, and what its figures share, looked for once per sentence
instead of once per figure).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pressfacts.findings import PeriodFinding, StatisticFinding
from pressfacts.statistics.areas import Place
from pressfacts.statistics.period_context import DocumentPeriods
from pressfacts.statistics.subject_nouns import SUBJECT_NOUN

_PLURAL = (
    r"(?:(?!(?:has|was|is|this|us|its|as|his|does|less)\b)[a-z]+s|children|people|men|women)\b"
)
"""A plural noun (not a verb or function word ending in s)."""
_NOT_MODIFIER = r"(?:people|children|men|women|on|in|at|for|from|by|with|who|that|which)"
"""Words that end a noun's modifiers: an irregular plural is the head itself ("the number
of people killed on roads" counts people), a preposition or relative word follows it."""
NUMBER_OF = re.compile(
    r"\b(?:the\s+)?(?:number|rate|shortfall|shortage)\s+of\s+"
    rf"(?:(?![a-z-]+s\s|{_NOT_MODIFIER}\b)[a-z-]+\s+(?=(?:[a-z-]+\s+){{0,3}}(?:{_PLURAL}|crime\b))){{0,4}}"
    r"(?P<noun>[a-z]+)",
    re.I,
)
"""What a sentence counts: "the number of arrests", "the rate of referrals … at 41 per
100,000 children" (a rate counts what it is the rate of); up to four words before a plural
head are its modifiers ("the number of missing children", "of domestic abuse incidents",
"of online child sexual abuse crimes"); the first plural ends them ("the number of people
killed on roads" counts people); a shortfall or shortage of a plural counts it too ("puts
the shortfall of detectives at about 6,300": detectives); a mass noun of cases ends
them as a plural does ("the rate of violent crime": crime, counted as crimes)."""


@dataclass
class DocumentState:
    """What the reading of one document carries from sentence to sentence."""

    text: str
    periods: DocumentPeriods
    document_area: str | None
    issuer_country: str | None = None
    """The country the issuing body speaks for (:func:`~pressfacts.statistics.areas.
    issuer_country`), else the document's area when that is a country: "nationally"."""
    findings: list[StatisticFinding] = field(default_factory=list)
    last_count: StatisticFinding | None = None
    """The last of ``findings`` that counts something (not a percentage or multiple)."""
    compared_only: int = -1
    """The index of the last sentence whose figures only compare or divide the counts
    before (yardsticks, percentages, multiples): no sentence between a count and its
    elided restatement ("742 … That is 31% more than …, when 566 … A further 164")."""
    spans: dict[int, tuple[float, float]] = field(default_factory=dict)
    """Sentence index -> the counts of its "from … to …"."""
    last_area: str | None = None
    last_region: str | None = None
    """The last region named before (``PlaceTree.is_region``): what "across the region" after
    a town within it points back to (rule ``region-named-before``)."""
    lead_in_area: str | None = None
    list_area: str | None = None
    """The place of a list's lead-in ("In east Leeds:"), kept for each of its lines."""
    force_area: str | None = None
    """The area of the one territorial force the release names (None for none or more)."""


@dataclass
class SentenceReading:
    """One sentence: its index, offsets, places (lists joined) and periods."""

    index: int
    start: int
    end: int
    places: list[Place]
    periods: list[PeriodFinding]
    partitive: re.Match[str] | None = None
    """Its opening on the total it divides (:data:`~pressfacts.statistics.partitives.PARTITIVE`),
    read once it has figures."""
    region_area: str | None = None
    """The area its back-pointing words take (:func:`~pressfacts.statistics.areas.region_area`),
    read once it has figures."""
    _number_of: list[re.Match[str] | None] = field(default_factory=list)
    _subject: list[str | None] = field(default_factory=list)

    def number_of(self, sentence: str) -> re.Match[str] | None:
        """Its first "the number of …" or "the rate of …" (:data:`NUMBER_OF`), looked for
        once."""
        if not self._number_of:
            self._number_of.append(NUMBER_OF.search(sentence))
        return self._number_of[0]

    def subject(self, sentence: str) -> str | None:
        """The plural noun it opens on (:data:`~pressfacts.statistics.subject_nouns.SUBJECT_NOUN`),
        lower-cased, looked for once; none where that word is a place it names ("Wales
        rose 6% to 127": Wales is where, not what is counted)."""
        if not self._subject:
            match = SUBJECT_NOUN.match(sentence)
            group = (
                next(
                    (
                        g
                        for g in ("noun", "modified", "seen", "quoted", "changed")
                        if match.group(g)
                    ),
                    None,
                )
                if match
                else None
            )
            noun = match.group(group) if match and group else None
            if match and group and self._names_place(self.start + match.start(group)):
                noun = None
            self._subject.append(noun.lower() if noun else None)
        return self._subject[0]

    def _names_place(self, at: int) -> bool:
        """Whether a place of the sentence covers the character at ``at``."""
        return any(place.start <= at < place.end for place in self.places)
