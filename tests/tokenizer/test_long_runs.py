"""The tokenizer wrapper: spaCy's tokens on ordinary text, linear pieces on long runs.

One table row per behaviour of :mod:`pressfacts.tokenizer.long_runs` (small settings so
the runs stay readable): where a text is cut, the tokens that result, and that
``doc.text`` is the input exactly. Real texts (seeds, ``tests/devset``,
``../shared/devset``) tokenize exactly as spaCy's own tokenizer does, with the default
settings and even when every run is cut before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

from pressfacts import build_nlp
from pressfacts.reader.read import read_inputs
from pressfacts.tokenizer.long_runs import LONGEST_RUN, LongRunTokenizer

ROOT = Path(__file__).resolve().parents[2]
SHARED = [p / "shared" / "devset" / "texts" for p in (ROOT.parent, ROOT.parent.parent)]
REAL_TEXTS = [
    folder
    for folder in (ROOT / "seeds", ROOT / "tests" / "devset" / "texts", *SHARED)
    if folder.is_dir()
]


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def small(blank: Language) -> LongRunTokenizer:
    """Runs over 10 characters are long; pieces at most 12."""
    return LongRunTokenizer(blank.tokenizer, longest_run=10, piece_chars=12)


# (behaviour, text, cuts, tokens)
ROWS = [
    (
        "no long run: spaCy's tokens",
        "Two vans, one car.",
        [],
        ["Two", "vans", ",", "one", "car", "."],
    ),
    (
        "a long run is cut where a letter follows a mark",
        "Alpha.Beta,Gamma.Delta",
        [11],
        ["Alpha", ".", "Beta", ",", "Gamma", ".", "Delta"],
    ),
    (
        "a run inside a text is cut before it too",
        "Rang 01632.960.961.00 today",
        [5, 17],
        ["Rang", "01632.960.96", "1.00", "today"],
    ),
    (
        "a run with no mark is cut every piece_chars",
        "Zzzzzzzzzzzzzzzzzzzzzzzzz",
        [12, 24],
        ["Zzzzzzzzzzzz", "zzzzzzzzzzzz", "z"],
    ),
    (
        "white space after a run stays with it",
        "Fox.Hound.Hare.Stag \n\nNext line",
        [10],
        ["Fox", ".", "Hound", ".", "Hare", ".", "Stag", "\n\n", "Next", "line"],
    ),
]


@pytest.mark.parametrize(
    ("behaviour", "text", "cuts", "tokens"), ROWS, ids=[row[0] for row in ROWS]
)
def test_long_runs_are_cut_into_pieces(
    blank: Language, behaviour: str, text: str, cuts: list[int], tokens: list[str]
) -> None:
    tokenizer = small(blank)
    doc = tokenizer(text)
    assert (list(tokenizer.cuts(text)), [t.text for t in doc], doc.text) == (cuts, tokens, text)


@given(st.text(alphabet=st.sampled_from('ab1.,"“ \n-'), max_size=80))
def test_doc_text_is_the_input_exactly(blank: Language, text: str) -> None:
    tokenizer = small(blank)
    doc = tokenizer(text)
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)


def _tokens(doc: spacy.tokens.Doc) -> list[tuple[str, str, str, int]]:
    return [(t.text, t.whitespace_, t.norm_, t.idx) for t in doc]


@pytest.mark.parametrize(
    ("settings", "longest_run"), [("default", LONGEST_RUN), ("every run cut before", 1)]
)
def test_real_texts_tokenize_as_spacy_does(
    blank: Language, settings: str, longest_run: int
) -> None:
    tokenizer = LongRunTokenizer(blank.tokenizer, longest_run, piece_chars=10**9)
    texts = [document.text for document in read_inputs([str(f) for f in REAL_TEXTS])]
    assert len(texts) >= 5
    differing = [t[:40] for t in texts if _tokens(tokenizer(t)) != _tokens(blank.tokenizer(t))]
    assert differing == []


@pytest.mark.parametrize(("settings", "value"), [("longest_run", 0), ("piece_chars", 1)])
def test_settings_out_of_range_are_refused(blank: Language, settings: str, value: int) -> None:
    arguments = {"longest_run": 10, "piece_chars": 12, settings: value}
    with pytest.raises(ValueError):
        LongRunTokenizer(blank.tokenizer, **arguments)


def test_the_pipeline_tokenizer_is_configured_in_config_cfg() -> None:
    nlp = build_nlp({"nlp.tokenizer.longest_run": 10, "nlp.tokenizer.piece_chars": 12})
    assert isinstance(nlp.tokenizer, LongRunTokenizer)
    assert [t.text for t in nlp.make_doc("Alpha.Beta,Gamma.Delta")][:2] == ["Alpha", "."]
    assert (nlp.tokenizer.longest_run, nlp.tokenizer.piece_chars) == (10, 12)
