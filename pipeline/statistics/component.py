"""Stage 3b: every figure a press release states, normalised into a statistic finding.

| Requires                  | Assigns                      | Config                      |
|---------------------------|------------------------------|-----------------------------|
| sentences, entity spans,  | ``doc._.statistics``: list   | ``cues``: qualifier and     |
| ``doc._.periods``         | of StatisticFinding          | change words; ``places``,   |

How a figure is read: a number (digits, words, percentages, multipliers such as
"doubled", proportions such as "one in five") is found; negatives are set aside first
(phone numbers, years and dates, times, ages, ordinals, section and reference numbers,
durations such as "six months"); then, within its sentence, the words before it give the
qualifier and change ("nearly", "a rise of"), the words after it the unit ("1,747 people")
and rate ("every month"), the places around it the area, and the periods of
:mod:`pressfacts.statistics.periods` its period. "That figure", "these" and "the same"
carry the unit, area and period over from the figure before. Candidates and negatives:
:mod:`.figures`; checks of changes: :mod:`.checks`; pipe tables: :mod:`.table_figures`; the
reading itself: :class:`.reader.StatisticReader` (this module wires the spaCy component)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from pressfacts.batching import BatchedStage
from pressfacts.extensions import register_extensions
from pressfacts.findings import PeriodFinding, StatisticFinding
from pressfacts.models.resources import OrganisationEntry, StatisticCue
from pressfacts.phrase_arrays import phrase_arrays
from pressfacts.statistics.areas import Body
from pressfacts.statistics.doubled_spaces import figures_across_doubled_spaces
from pressfacts.statistics.figures import number_flag, numbered_sentences
from pressfacts.statistics.period_unit_prices import unit_prices_undated
from pressfacts.statistics.place_spellings import and_places, worded_areas
from pressfacts.statistics.reader import StatisticReader


class NumberFinder(BatchedStage):
    """Writes :class:`StatisticReader` findings onto ``doc._.statistics``."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        cues: list[StatisticCue],
        places: list[str],
        bodies: Sequence[OrganisationEntry] = (),
        within: Sequence[str] = (),
        towns: Sequence[str] = (),
    ) -> None:
        register_extensions()
        self.name = name
        self._number_flag = number_flag(nlp.vocab)
        phrases = phrase_arrays(nlp)
        self.reader = StatisticReader(cues, places, bodies, nlp.make_doc, within, towns, phrases)
        self._and_places = and_places(places)  # what rule ampersand_as_worded may respell

    def __call__(self, doc: Doc) -> Doc:
        """Read every figure of ``doc``, places, areas (:mod:`.doubled_spaces`: one space)."""
        doc._.statistics = figures_across_doubled_spaces(doc, self._figures)
        return doc

    def _figures(
        self, doc: Doc, text: str, bodies: list[Body], periods: list[PeriodFinding]
    ) -> list[StatisticFinding]:
        sentences, numbered = numbered_sentences(doc, self._number_flag)
        masked = [(body.start, body.end) for body in bodies]  # one pass over the spans
        read = self.reader.read(text, sentences, periods, masked, bodies, numbered, doc)
        read = worded_areas(read, text, self._and_places)  # "Brighton & Hove"
        return unit_prices_undated(read, text)  # "kits cost £12,000 each"


@Language.factory(
    "pressfacts_numbers",
    default_config={
        "cues": {"@misc": "pressfacts.statistic_cues.v1", "name": "statistic_cues"},
        "places": {"@misc": "pressfacts.word_list.v1", "name": "places"},
        "towns": {"@misc": "pressfacts.word_list.v1", "name": "towns"},
        "bodies": {"@misc": "pressfacts.gazetteer.v1", "names": ["forces", "organisations"]},
        "within": {"@misc": "pressfacts.word_list.v1", "name": "place_within"},
    },
    assigns=["doc._.statistics"],
    requires=["doc._.periods"],
)
def make_numbers(
    nlp: Language,
    name: str,
    cues: list[StatisticCue],
    places: list[str],
    bodies: list[OrganisationEntry],
    within: list[str],
    towns: list[str],
) -> NumberFinder:
    """Factory of the ``pressfacts_numbers`` component (cues may come as dicts inline;
    ``bodies``: the force and organisation gazetteers, whose areas the forces and policing
    offices stand for; ``within``: which place lies within which, ``place_within.txt``;
    ``towns``: the lesser places ``towns.txt`` adds for areas, :class:`.areas.AreaReader`)."""
    return NumberFinder(
        nlp,
        name,
        cues=[StatisticCue.model_validate(c) for c in cues],
        places=places,
        bodies=[OrganisationEntry.model_validate(b) for b in bodies],
        within=within,
        towns=towns,
    )
