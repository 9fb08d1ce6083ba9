"""Stage 3b: every figure a press release states, normalised into a statistic finding.

| Requires                  | Assigns                      | Config                      |
|---------------------------|------------------------------|-----------------------------|
| sentences, entity spans,  | ``doc._.statistics``: list   | ``cues``: qualifier and     |
| ``doc._.periods``         | of StatisticFinding          | change words; ``places``    |

How a figure is read: a number (digits, words, percentages, multipliers such as
"doubled", proportions such as "one in five") is found; negatives are set aside first
(phone numbers, years and dates, times, ages, ordinals, section and reference numbers,
durations such as "six months"); then, within its sentence, the words before it give
the qualifier and change ("nearly", "a rise of"), the words after it the unit ("1,747
people") and rate ("every month"), the places around it the area, and the periods of
:mod:`pressfacts.statistics.periods` its period. "That figure", "these" and "the same" carry the
unit, area and period over from the figure before. Candidate figures and the negatives
are in :mod:`pressfacts.statistics.figures`; checks of changes against their counts in
:mod:`pressfacts.statistics.checks`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from pressfacts.extensions import ENTITY_SPAN_GROUP, register_extensions
from pressfacts.findings import (
    PeriodFinding,
    StatisticFinding,
    as_change,
    as_per,
    as_qualifier,
)
from pressfacts.lexicon.number_words import (
    NUMBER,
    parse_number,
    tidy,
)
from pressfacts.models.resources import StatisticCue
from pressfacts.statistics.checks import check_change, compared_change, split_comparison
from pressfacts.statistics.figures import candidate_figures
from pressfacts.statistics.period_context import DocumentPeriods, restated_period

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_SKIPPED_BEFORE_NOUN = {
    "more", "new", "other", "additional", "extra", "further", "fewer", "separate", "different",
    "individual", "reported", "recorded", "known", "suspected", "potential", "young", "local",
    "vulnerable", "online", "of", "these", "those", "the", "them", "which", "such", "illegal",
    "indecent", "sexual", "child", "serious", "people’s",
}  # fmt: skip
_NOT_A_UNIT = {
    "in", "to", "and", "or", "a", "an", "from", "per", "for", "with", "by", "at", "on", "as",
    "were", "was", "had", "have", "has", "is", "are", "be", "been", "who", "which", "that",
    "this", "between", "across", "during", "since", "than", "said", "says", "times", "more",
    "will", "would", "can", "could", "may", "might", "each", "every", "percent", "cent",
    "million", "thousand", "hundred", "it", "they", "we", "he", "she", "respectively", "so",
    "year", "years", "month", "months", "of", "the", "people’s", "out", "all", "up",
}  # fmt: skip
_IRREGULAR_PLURALS = {"person": "people", "child": "children", "man": "men", "woman": "women"}
_ANAPHORA = re.compile(
    r"\b(?:that|this|the)\s+(?:figure|number|total)\b|\b(?:of\s+)?(?:these|those)\b|\bthe\s+same\b",
    re.I,
)
_REGION_WORDS = re.compile(
    r"\b(?:the\s+region|across\s+the\s+region|the\s+county|both\s+counties|the\s+area|locally)\b",
    re.I,
)
_BOTH = re.compile(r"\bboth\s+(?:counties|areas|regions|forces|cities)\b", re.I)
_RATE = re.compile(
    r"^[^.;]{0,140}?\b(?:every|each|a|per)\s+(?P<per>day|week|month|year)\b(?![-\w]|\s+of\b)|"
    r"^[^.;]{0,140}?\b(?P<adv>daily|weekly|monthly|annually)\b",
    re.I,
)
_NUMBER_OF = re.compile(r"\b(?:the\s+)?number\s+of\s+(?P<noun>[a-z]+)", re.I)
_COMPARED = re.compile(
    r"\b(?:from|with|to|than|against|versus|vs|the)\s*$|\bcompared\s+(?:with|to)\s*$", re.I
)
_SUBJECT_NOUN = re.compile(r"\s*(?:the\s+)?(?P<noun>[A-Za-z]+s)\b(?:\s+of\b|\s+to\b|\s+in\b)", re.I)
_FROM_TO = re.compile(
    rf"\bfrom\s+(?P<a>{NUMBER})(?:\s+[a-z]+)?\s+to\s+(?P<b>{NUMBER})(?![\w%]|\s*per\s?cent)",
    re.I,
)
"""Two counts a change runs between ("from 1,747 to 3,549"), read even without a unit."""
_CLAUSE_BREAK = re.compile(r"[;:]|\s[–—-]\s|\.\s|,\s+(?:while|whereas|but|although)\b")


def _plural(word: str, value: float) -> str:
    word = word.lower()
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith("s") or word in ("people", "children", "men", "women", "staff", "police"):
        return word
    if word.endswith("y") and not word.endswith(("ay", "ey", "oy")):
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("ch", "sh", "x")) else "s")


class StatisticReader:
    """Reads figures out of a Doc; built once from the cue table and place names."""

    def __init__(self, cues: Sequence[StatisticCue], places: Sequence[str]) -> None:
        self._qualifier = self._cue_pattern(cues, "qualifier", before=True)
        self._change_before = self._cue_pattern(cues, "change_before", before=True)
        self._change_after = self._cue_pattern(cues, "change_after", before=False)
        self._cue_values = {word.lower(): cue.value for cue in cues for word in cue.words}
        canonical: dict[str, str] = {}
        for place in sorted(places, key=lambda p: ("-" in p, p)):
            canonical.setdefault(place.lower().replace("-", " "), place.replace("-", " "))
        self._places = canonical
        body = "|".join(
            re.escape(p).replace(r"\ ", r"[\s-]") for p in sorted(canonical, key=len, reverse=True)
        )
        self._place_pattern = re.compile(rf"\b(?:{body})\b", re.I)

    @staticmethod
    def _cue_pattern(cues: Sequence[StatisticCue], role: str, before: bool) -> re.Pattern[str]:
        words = sorted({w for c in cues if c.role == role for w in c.words}, key=len, reverse=True)
        if not words:
            return re.compile(r"(?!x)x")  # nothing configured for this role: never matches
        body = "|".join(re.escape(w) for w in words)
        if before:
            return re.compile(rf"(?:^|[^\w])(?P<cue>{body})\s*$", re.I)
        return re.compile(rf"^\s*(?P<cue>{body})\b", re.I)

    # -- reading the words around a number --------------------------------------------

    def _qualifier_of(self, before: str) -> tuple[str | None, int]:
        match = self._qualifier.search(before)
        if not match:
            return None, 0
        return self._cue_values[match.group("cue").lower()], len(before) - match.start("cue")

    def _change_of(self, before: str, after: str) -> str | None:
        match = self._change_before.search(before)
        if match:
            return self._cue_values[match.group("cue").lower()]
        match = self._change_after.match(after)
        return self._cue_values[match.group("cue").lower()] if match else None

    def _unit_of(self, after: str, value: float) -> str | None:
        """The plural noun counted: the first common noun after the number, past
        adjectives and a capitalised name of the thing ("7,062 Sexual Communication with a
        Child offences" counts offences)."""
        in_name = False
        for index, match in enumerate(_WORD.finditer(after[:100])):
            word, written = match.group(0).lower(), match.group(0)
            if index == 0 and after[: match.start()].strip():
                return None  # punctuation between the number and the next word
            if written[0].isupper() and word != "people" and index < 8:
                in_name = True
                continue
            if in_name and word in ("with", "a", "an", "of", "the", "and", "for", "to", "in"):
                continue
            if word in _SKIPPED_BEFORE_NOUN and index < 3:
                continue
            if word in _NOT_A_UNIT or (not written.islower() and word != "people"):
                return None
            return _plural(word, value)
        return None

    def places_in(self, text: str, masked: Sequence[tuple[int, int]]) -> list[tuple[int, str]]:
        """(offset, canonical place) of the places named in ``text`` outside ``masked``."""
        found = []
        for match in self._place_pattern.finditer(text):
            if any(s <= match.start() < e for s, e in masked):
                continue
            key = re.sub(r"[\s-]+", " ", match.group(0).lower())
            found.append((match.start(), self._places[key]))
        return found

    # -- the whole document -----------------------------------------------------------

    def read(
        self,
        text: str,
        sentences: Sequence[tuple[int, int]],
        periods: Sequence[PeriodFinding],
        masked: Sequence[tuple[int, int]],
    ) -> list[StatisticFinding]:
        """Every statistic of a document."""
        places = self.places_in(text, masked)
        context = DocumentPeriods(text, sentences, periods)
        findings: list[StatisticFinding] = []
        last_area: str | None = None
        spans: dict[int, tuple[float, float]] = {}  # sentence -> the counts "from … to …"
        for index, (s_start, s_end) in enumerate(sentences):
            sentence = text[s_start:s_end]
            sentence_places = [(o, p) for o, p in places if s_start <= o < s_end]
            if "respectively" not in sentence.lower():
                sentence_places = _joined_places(text, sentence_places)
            sentence_periods = [p for p in periods if s_start <= p.start_char < s_end]
            raw = [f for f in candidate_figures(sentence)]
            previous = next(  # the figure "these", "that figure" point back to: a count
                (f for f in reversed(findings) if f.unit not in ("percent", "times")),
                findings[-1] if findings else None,
            )
            sentence_findings: list[StatisticFinding] = []
            for number, (start, end, value, unit, change) in enumerate(raw):
                before = sentence[max(0, start - 40) : start]
                after = sentence[end:]
                qualifier, cue_length = self._qualifier_of(before)
                change = change or self._change_of(before[: len(before) - cue_length], after)
                if change is None and number and sentence_findings:
                    gap = sentence[raw[number - 1][1] : start]
                    if re.fullmatch(r"\s*(?:,|and|, and|or)\s*", gap):
                        change = sentence_findings[-1].change  # "146%, 193% and 186%"
                yardstick = None
                if change is None and unit == "percent":
                    yardstick = compared_change(
                        sentence[: start - cue_length], index, [*findings, *sentence_findings]
                    )
                    change = yardstick.change if yardstick else None
                anaphoric = bool(_ANAPHORA.search(sentence[:start])) or bool(
                    re.match(r"\s*of\s+(?:these|those)\b", after)
                )
                is_word = sentence[start:end][:1].isalpha()
                if is_word and re.search(r"\bthe\s*$", before, re.I):
                    continue  # "the six police forces" refers, it does not count
                if not unit and is_word:
                    unit = self._unit_of(after, value) or ""
                    if not unit:
                        continue
                if not unit:
                    unit = self._unit_of(after, value) or ""
                    counted = [f for f in sentence_findings if f.unit not in ("percent", "times")]
                    if not unit and counted and _COMPARED.search(before):
                        unit = counted[-1].unit  # "418 offences, down from 475"
                    subject = _SUBJECT_NOUN.match(sentence)
                    if not unit and subject and _COMPARED.search(before):
                        unit = subject.group("noun").lower()  # "Reports rose from 120 to 410"
                    if not unit:
                        noun = _NUMBER_OF.search(sentence)
                        if noun:
                            unit = _plural(noun.group("noun"), value)
                        elif anaphoric and previous and previous.unit not in ("percent", "times"):
                            unit = previous.unit
                    if not unit:
                        continue
                absolute = s_start + start
                area = self._area(sentence, absolute, sentence_places, s_start)
                if area is None and _REGION_WORDS.search(sentence):
                    area = last_area
                if area is None and anaphoric and previous:
                    area = previous.area
                period = context.figure_period(
                    sentence, s_start, absolute, change, sentence_periods
                )
                if period is None and anaphoric and previous and change is None:
                    period = previous.period
                if period is None and yardstick:
                    period = yardstick.period  # the average is of the same comparison
                if period is None:
                    period = restated_period(value, unit, area, findings)
                rate = _RATE.match(after)
                per = None
                if rate:
                    per = (
                        rate.group("per")
                        or {
                            "daily": "day",
                            "weekly": "week",
                            "monthly": "month",
                            "annually": "year",
                        }[rate.group("adv").lower()]
                    ).lower()
                finding = StatisticFinding(
                    start=absolute - cue_length,
                    end=s_start + end,
                    value=tidy(value),
                    unit=unit,
                    qualifier=as_qualifier(qualifier),
                    change=as_change(change),
                    measure=self._measure(sentence, end, unit),
                    area=area,
                    per=as_per(per),
                    period=period,
                    sentence=index,
                )
                sentence_findings.append(finding)
            span = _FROM_TO.search(sentence)
            if span:
                a, b = parse_number(span.group("a")), parse_number(span.group("b"))
                if a is not None and b is not None:
                    spans[index] = (a, b)
            sentence_findings = self._respectively(
                sentence, s_start, sentence_places, sentence_findings
            )
            findings.extend(sentence_findings)
            if sentence_places:
                last_area = sentence_places[-1][1]
                if len(sentence_places) >= 2 and _BOTH.search(text, s_end, s_end + 200):
                    # "More in Lancashire and Cumbria … In both counties, …"
                    last_area = " and ".join(p for _, p in sentence_places[-2:])
        by_sentence: dict[int, list[StatisticFinding]] = {}
        for finding in findings:
            by_sentence.setdefault(finding.sentence, []).append(finding)
        checked = [  # each change against the counts of its sentence and the one before
            check_change(
                f,
                by_sentence.get(f.sentence - 1, []) + by_sentence[f.sentence],
                spans.get(f.sentence),
            )
            for f in findings
        ]
        return split_comparison(checked, periods)

    def _area(
        self, sentence: str, absolute: int, places: list[tuple[int, str]], s_start: int
    ) -> str | None:
        if not places:
            return None
        clause_start = s_start
        for brk in _CLAUSE_BREAK.finditer(sentence):
            if s_start + brk.end() <= absolute:
                clause_start = s_start + brk.end()
        in_clause = [p for p in places if p[0] >= clause_start] or places
        return min(in_clause, key=lambda p: abs(p[0] - absolute))[1]

    @staticmethod
    def _measure(sentence: str, end: int, unit: str) -> str | None:
        if unit in ("percent", "times", "pounds"):
            match = _NUMBER_OF.search(sentence)
            if not match:
                return None
            tail = re.split(
                r"\s(?:has|have|had|is|was|were|rose|fell|increased|decreased)\b|[,.;–]",
                sentence[match.start() :],
            )[0]
            return tail.strip() or None
        tail = re.split(r"[,.;:()–—]|\s-\s", sentence[end:])[0]
        words = tail.split()[:12]
        return " ".join(words) if words and words[0] not in ("to", "from", "and") else None

    @staticmethod
    def _respectively(
        sentence: str, s_start: int, places: list[tuple[int, str]], findings: list[StatisticFinding]
    ) -> list[StatisticFinding]:
        if "respectively" not in sentence.lower() or len(places) != len(findings) or not places:
            return findings
        return [replace(f, area=p[1]) for f, p in zip(findings, places, strict=True)]


def _joined_places(text: str, places: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Places joined by "and" name one area ("in Bristol and Somerset")."""
    joined: list[tuple[int, str]] = []
    for offset, place in places:
        if joined:
            previous_offset, previous = joined[-1]
            gap = text[previous_offset + len(previous) : offset]
            if re.fullmatch(r"\s+(?:and|&)\s+", gap):
                joined[-1] = (previous_offset, f"{previous} and {place}")
                continue
        joined.append((offset, place))
    return joined


class NumberFinder:
    """Writes :class:`StatisticReader` findings onto ``doc._.statistics``."""

    def __init__(
        self, nlp: Language, name: str, *, cues: list[StatisticCue], places: list[str]
    ) -> None:
        register_extensions()
        self.name = name
        self.reader = StatisticReader(cues, places)

    def __call__(self, doc: Doc) -> Doc:
        """Read every figure of ``doc``; entity names are not places ("Kent Police")."""
        sentences = [(s.start_char, s.end_char) for s in doc.sents]
        masked = [(s.start_char, s.end_char) for s in doc.spans.get(ENTITY_SPAN_GROUP, [])]
        doc._.statistics = self.reader.read(doc.text, sentences, doc._.periods or [], masked)
        return doc


@Language.factory(
    "pressfacts_numbers",
    default_config={
        "cues": {"@misc": "pressfacts.statistic_cues.v1", "name": "statistic_cues"},
        "places": {"@misc": "pressfacts.word_list.v1", "name": "places"},
    },
    assigns=["doc._.statistics"],
    requires=["doc._.periods"],
)
def make_numbers(
    nlp: Language, name: str, cues: list[StatisticCue], places: list[str]
) -> NumberFinder:
    """Factory of the ``pressfacts_numbers`` component (cues may come as dicts inline)."""
    return NumberFinder(
        nlp, name, cues=[StatisticCue.model_validate(c) for c in cues], places=places
    )
