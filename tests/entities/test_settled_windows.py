"""Windows whose anchor words all stand inside gazetteer names skip the rules that
could only find matches over those names: the organisations found are the same as when
every window is matched."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.entities import org_patterns

TEXTS = [
    "The Internet Watch Foundation and the Lucy Faithfull Foundation met.",
    "Call the NSPCC Helpline or the Greater Harlow Community Foundation today.",
    "Chief Executive of the Lucy Faithfull Foundation, Sam Lee, said so.",
    "Staff of Victim Support and the Riverside Trust, with Harlow District Council, met.",
    "The charity's Safer Streets Project and the Children's Society Appeal ran.",
    "Our Night Bus service and the Internet Watch Foundation Helpline opened.",
    "Kent Police, Essex Police and Barnardo's Cymru met the Open Door Trust.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_settled_windows_find_the_same(
    nlp: Language, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each text: the same organisation mentions with and without settled tokens."""
    finder = nlp.get_pipe("pressfacts_entities").organisations
    doc = nlp.make_doc(text)
    skipping = finder.find(doc)
    monkeypatch.setattr(org_patterns, "_settled", lambda *_: set())
    assert finder.find(doc) == skipping


def test_a_held_rule_is_skipped_inside_a_known_name(nlp: Language) -> None:
    """Around "Foundation" of a gazetteer name only, the charity-head rule is not run."""
    matcher = nlp.get_pipe("pressfacts_entities").organisations.patterns._matcher
    doc = nlp.make_doc("The Lucy Faithfull Foundation met.")
    assert matcher(doc)  # its name, found by the rule when nothing is settled
    assert matcher(doc, settled=set(range(len(doc)))) == []
