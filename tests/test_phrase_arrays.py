"""PhraseMatcher patterns as attribute arrays: the values a Doc of the form holds, the
same matches as Doc patterns, and kept in the regex cache keyed by the tokenizer.

The cache runs in fresh interpreters (it replaces the compiler for a process): the first
run tokenises the forms and writes the file, the second reads them back untokenised.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string

from pressfacts.phrase_arrays import PhraseArrays, phrase_arrays

# (attribute, form, the words whose hashes the pattern holds): invented forms
ARRAYS = [
    ("LOWER", "Dyfed-Powys", ["dyfed", "-", "powys"]),  # infix hyphens split
    ("LOWER", "Stoke-on-Trent", ["stoke", "-", "on", "-", "trent"]),
    ("ORTH", "St. Helens", ["St.", "Helens"]),  # an abbreviation kept whole
    ("NORM", "Children’s Society", ["children", "'s", "society"]),  # the token's own norm
    ("NORM", "Barnardo's", ["barnardo", "'s"]),
    ("ORTH", "NSPCC", ["NSPCC"]),
    ("LOWER", "", []),  # no tokens: an empty pattern, skipped as an empty Doc is
]


@pytest.mark.parametrize(("attr", "form", "words"), ARRAYS)
def test_arrays_hold_the_values_of_the_forms_tokens(attr: str, form: str, words: list[str]) -> None:
    nlp = spacy.blank("en")
    assert PhraseArrays(nlp.make_doc).of(attr, [form]) == [tuple(map(hash_string, words))]


# (attribute, forms, text, matched texts): invented
MATCHES = [
    ("LOWER", ["Dyfed-Powys", "North Wales"], "Officers in DYFED-POWYS and north wales", 2),
    ("NORM", ["Children’s Society"], "The Children's Society said", 1),  # ' matches ’
    ("ORTH", ["St. Helens"], "in St. Helens and st. helens", 1),  # ORTH: as written only
]


@pytest.mark.parametrize(("attr", "forms", "text", "count"), MATCHES)
def test_arrays_match_what_docs_of_the_forms_match(
    attr: str, forms: list[str], text: str, count: int
) -> None:
    nlp = spacy.blank("en")
    by_docs = PhraseMatcher(nlp.vocab, attr=attr)
    by_docs.add("KEY", [nlp.make_doc(form) for form in forms])
    by_arrays = PhraseMatcher(nlp.vocab, attr=attr)
    by_arrays.add("KEY", PhraseArrays(nlp.make_doc).of(attr, forms))  # type: ignore[arg-type]
    doc = nlp.make_doc(text)
    assert by_arrays(doc) == by_docs(doc)
    assert len(by_arrays(doc)) == count


def test_a_changed_tokenizer_keys_its_arrays_apart() -> None:
    nlp = spacy.blank("en")
    before = PhraseArrays(nlp.make_doc, nlp.tokenizer)._tokenizer_digest()
    again = PhraseArrays(nlp.make_doc, nlp.tokenizer)._tokenizer_digest()
    nlp.tokenizer.add_special_case("Dyfed-Powys", [{"ORTH": "Dyfed-Powys"}])
    after = PhraseArrays(nlp.make_doc, nlp.tokenizer)._tokenizer_digest()
    assert before == again != after


def test_the_stages_of_one_pipeline_share_one_phrase_arrays() -> None:
    nlp = spacy.blank("en")
    assert phrase_arrays(nlp) is phrase_arrays(nlp)
    assert phrase_arrays(spacy.blank("en")) is not phrase_arrays(nlp)


_PROBE = """
import json, sys
from pathlib import Path
from pressfacts.regex_cache import enable
import spacy
from pressfacts.phrase_arrays import PhraseArrays
print(json.dumps(enable(Path(sys.argv[1]))))
nlp = spacy.blank("en")
made = []
def make_doc(text):
    made.append(text)
    return nlp.make_doc(text)
print(json.dumps(PhraseArrays(make_doc, nlp.tokenizer).of("LOWER", json.loads(sys.argv[2]))))
print(json.dumps(made))
"""


def _probe(path: Path, forms: list[str]) -> list[object]:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, str(path), json.dumps(forms)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_arrays_kept_in_the_cache_are_read_back_without_tokenising(tmp_path: Path) -> None:
    path = tmp_path / "regex.bin"
    forms = ["Dyfed-Powys", "Stoke-on-Trent", "Milton Keynes"]
    enabled, first, tokenised = _probe(path, forms)
    assert enabled is True and tokenised == forms and path.exists()
    _, second, tokenised_again = _probe(path, [*forms, "Bury St Edmunds"])
    nlp = spacy.blank("en")
    fresh = [[hash_string(t.lower_) for t in nlp.make_doc(form)] for form in forms]
    assert first == fresh
    assert second[:3] == fresh  # type: ignore[index]
    assert tokenised_again == ["Bury St Edmunds"]  # only the form not kept
