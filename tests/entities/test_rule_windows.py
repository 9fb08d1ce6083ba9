"""The windowed Matcher (each window matched by the rules that may match there) finds
what the full Matcher finds in the same windows, rule by rule in the order the rules were
added; each rule's Matcher is built once, and names its rule after a memory zone."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from pressfacts.entities.rule_windows import WindowedMatcher

CAP = r"^(?:[A-Z][\w’'.]*|[-&])$"

TEXTS = [
    "Officers from Harlow District Council and Basildon Crown Court met on Monday.",
    "Our Safer Streets Project team and its Night Bus service ran all week.",
    "The charity called Open Door Trust and the charity's Young Carers group met.",
    "The Office of the Police and Crime Commissioner for Kent and Medway said so.",
    "Staff of the Mid Essex Clinical Commissioning Group, the Bay Health Board and "
    "the Riverside Neighbourhood Watch, with Leeds City Council, joined Redbridge "
    "Action Group at Luton Magistrates' Court.",
    "Nothing here names a body at all.",
]


def _full_in_windows(matcher: WindowedMatcher, doc: Doc) -> list[tuple[int, int, int]]:
    """The plain way: the full Matcher in every window, keeping the matches of the rules
    anchored there (a rule anchored only on words it must be followed by, absent from the
    window, is not run there: "Leeds City Council" is no "… City" football club); in each
    window the rules' matches in the order the rules were added, each rule's as the full
    Matcher gives them."""
    strings = doc.vocab.strings
    full = Matcher(doc.vocab, validate=False)
    for key in matcher._patterns:
        patterns, greedy = matcher._patterns[key]
        full.add(key, patterns, greedy=greedy)
    found = []
    for start, end, keys in matcher.windows(doc):
        matches = [match for match in full(doc[start:end]) if strings[match[0]] in keys]
        found += [
            (match_id, start + begin, start + stop)
            for key in matcher._patterns
            for match_id, begin, stop in matches
            if strings[match_id] == key
        ]
    return found


@pytest.mark.parametrize("text", TEXTS)
def test_windowed_equals_full(nlp: Language, text: str) -> None:
    """Each text: the same matches as the full Matcher's, rule by rule."""
    matcher = nlp.get_pipe("pressfacts_entities").organisations.patterns._matcher
    doc = nlp.make_doc(text)
    assert matcher(doc) == _full_in_windows(matcher, doc)


def test_the_rules_of_a_window_are_those_anchored_in_it(nlp: Language) -> None:
    """A window around "Council" alone holds the council rule, not the court rule."""
    matcher = nlp.get_pipe("pressfacts_entities").organisations.patterns._matcher
    (_, _, keys), *_ = matcher.windows(nlp.make_doc("They wrote to Harlow District Council."))
    assert "council|0" in keys
    assert "court|0" not in keys


def test_each_rules_matcher_is_built_once(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows of different rule sets share each rule's one Matcher: after all the texts,
    one Matcher per rule matched, and a rule's Matcher is the same object each time."""
    matcher = nlp.get_pipe("pressfacts_entities").organisations.patterns._matcher
    monkeypatch.setattr(matcher, "_kept", {})
    for text in TEXTS:
        doc = nlp.make_doc(text)
        assert matcher(doc) == _full_in_windows(matcher, doc)
    assert "council|0" in matcher._kept and len(matcher._kept) > 3
    council = matcher._kept["council|0"]
    matcher(nlp.make_doc(TEXTS[0]))
    assert matcher._matcher("council|0") is council


@pytest.mark.parametrize(
    ("rule", "pattern", "anchors"),
    [
        ({"patterns": [["CAP"]], "followed_by": ["service"]}, ["CAP"], {"service"}),
        ({"patterns": [["CAP"]]}, ["CAP", {"ORTH": "Council"}], {"council"}),
        # a plain lower-case NORM word anchors (rule plain_lead_anchor); another: anywhere
        ({"patterns": [["CAP"]]}, [{"NORM": "charity"}, "CAP"], {"charity"}),
        ({"patterns": [["CAP"]]}, [{"NORM": "'s"}, "CAP"], None),
    ],
)
def test_anchors_of_a_pattern(
    rule: dict[str, object], pattern: list[object], anchors: set[str] | None
) -> None:
    """Each case: a rule, one of its patterns (macros expanded), the words it is anchored on."""
    from pressfacts.entities.org_patterns import _anchors
    from pressfacts.entities.pattern_tokens import compile_pattern
    from pressfacts.models.resources import OrganisationPattern

    model = OrganisationPattern.model_validate({"id": "test", "type": "ORG", **rule})
    assert _anchors(model, compile_pattern(pattern)) == anchors  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("The council met and the trust agreed.", False),  # lower case: no rule's words
        ("Harlow Council met.", True),
        ("Our Night Bus service ran.", True),
        ("The Night Bus service ran.", False),  # "our" missing before the service
    ],
)
def test_a_window_without_a_rules_words_is_not_matched(
    nlp: Language, text: str, matched: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each case: a text with an anchor word, and whether any Matcher runs on it."""
    matcher = nlp.get_pipe("pressfacts_entities").organisations.patterns._matcher
    calls: list[str] = []
    choose = matcher._matcher

    def spy(key: str):  # type: ignore[no-untyped-def]
        calls.append(key)
        return choose(key)

    monkeypatch.setattr(matcher, "_matcher", spy)
    doc = nlp.make_doc(text)
    assert matcher.windows(doc)  # an anchor word stands in every text
    assert matcher(doc) == _full_in_windows(matcher, doc)
    assert bool(calls) is matched


def test_no_rule_added_after_sealing() -> None:
    """Once sealed (its patterns written with flags), the Matcher takes no more rules."""
    matcher = WindowedMatcher(spacy.blank("en"), 2, 2)
    matcher.add("ONE", [[{"TEXT": {"REGEX": CAP}}, {"LOWER": "council"}]], {"council"}, "LONGEST")
    matcher.seal()
    with pytest.raises(RuntimeError, match="after the Matcher was sealed"):
        matcher.add("TWO", [[{"LOWER": "court"}]], {"court"}, "LONGEST")


def test_a_set_first_matched_in_a_memory_zone_names_its_rule_after_it() -> None:
    """A rule's Matcher is built the first time a window needs it, maybe inside a
    memory zone (whose new strings are forgotten after it): the rule's key stays readable
    after the zone, as when the Matcher is built outside one."""
    nlp = spacy.blank("en")
    matcher = WindowedMatcher(nlp, 3, 3)
    harbour = [{"TEXT": {"REGEX": CAP}, "OP": "+"}, {"LOWER": "harbourmasters"}]
    matcher.add("rule-harbourmasters", [harbour], {"harbourmasters"}, "LONGEST")
    matcher.seal()
    text = "They wrote to Port Talbot Harbourmasters yesterday."
    with nlp.memory_zone():
        inside = matcher(nlp.make_doc(text))
    doc = nlp.make_doc(text)
    found = [(doc.vocab.strings[match_id], start, end) for match_id, start, end in matcher(doc)]
    assert found == [("rule-harbourmasters", 3, 6)]
    assert [(start, end) for _, start, end in inside] == [(3, 6)]
