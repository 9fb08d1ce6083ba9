"""No input crashes a stage, and every mention stays inside its text."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP, register_extensions
from pressfacts.knowledge import parts
from pressfacts.knowledge.build import process_documents
from pressfacts.knowledge.entity_merge import doc_entities
from pressfacts.reader.formats import DEFAULT_MAX_CHARS
from pressfacts.reader.read import SourceDocument, read_path

PRESS_WORDS = st.sampled_from(
    [
        "Detective",
        "Inspector",
        "DI",
        "Chief",
        "Constable",
        "Kent",
        "Police",
        "said",
        "“",
        "”",
        '"',
        "’s",
        "Lucy",
        "Faithfull",
        "Foundation",
        "Stop",
        "It",
        "Now!",
        ",",
        ".",
        "\n\n",
        "Mr",
        "Jo",
        "Bell",
        "of",
        "the",
        "NSPCC",
        "forces",
        "in",
        "Essex",
        "and",
        "_",
        "-",
        "1,747",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=200),
    st.lists(PRESS_WORDS, max_size=60).map(" ".join),
)


FUZZ_DOCUMENTS = int(
    os.environ.get("PRESSFACTS_FUZZ_DOCS") or (1000 if os.environ.get("CI") else 150)
)
"""Documents per fuzz test: 1,000 in CI (derandomised by the "ci" profile), 150 locally,
and as many as ``PRESSFACTS_FUZZ_DOCS`` asks (10,000 before a release)."""


@settings(
    max_examples=FUZZ_DOCUMENTS,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=TEXTS)
def test_pipeline_never_crashes_and_mentions_match_the_text(nlp: Language, text: str) -> None:
    doc = nlp(text)
    for span in doc.spans[ENTITY_SPAN_GROUP]:
        assert span.id_ in doc._.entity_info
    for record in doc_entities(doc, "doc:test"):
        for mention in record.mentions:
            assert text[mention.start : mention.end] == mention.text


@settings(
    max_examples=FUZZ_DOCUMENTS,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=st.one_of(st.binary(max_size=300), TEXTS.map(str.encode)),
    suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl", ".pdf", ".docx"]),
)
def test_reader_never_raises_on_any_bytes(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    for document in read_path(str(path)):
        assert (document.error is None) != (document.text == "")
        assert document.error is None or "\n" not in document.error


# --- long documents: processed in parts, offsets shifted back into the whole text ---


def test_long_document_in_parts_keeps_every_offset(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    paragraph = (
        "Officers from Kent Police arrested 14 people, Detective Sergeant Lee Ward said. "
        "“We will not stop,” said Superintendent Amy Holt of Essex Police."
    )
    text = "\n\n".join(f"{paragraph} Case {n}." for n in range(40))
    monkeypatch.setattr(parts, "LONG_DOCUMENT_CHARS", 1000)
    monkeypatch.setattr(parts, "PART_CHARS", 500)
    assert len(parts.split_parts(text)) > 10
    [facts] = process_documents([SourceDocument(source="long.txt", text=text)], nlp)
    assert facts.error is None
    assert facts.sentences[-1][1] == len(text)
    assert all(
        a_end <= b_start
        for (_, a_end), (b_start, _) in zip(facts.sentences, facts.sentences[1:], strict=False)
    )
    mentions = [m for e in facts.entities for m in e.mentions]
    mentions += [m for q in facts.quotes for m in q.mentions] + [
        s.mention for s in facts.statistics
    ]
    assert {m.text for m in mentions} >= {"Lee Ward", "Kent Police", "Amy Holt"}
    assert len(facts.quotes) == 40
    assert max(m.start for m in mentions) > len(text) - len(paragraph) - 20
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "part_chars", "expected"),
    [
        ("short", 10, [(0, 5)]),
        ("aaaa\n\nbbbb\n\ncccc\n\ndddd", 12, [(0, 12), (12, 22)]),  # at paragraph breaks
        ("aaaa bbbb cccc dddd eeee", 10, [(0, 10), (10, 20), (20, 24)]),  # else at spaces
        ("x" * 25, 10, [(0, 10), (10, 20), (20, 25)]),  # else where the part is full
    ],
)
def test_split_parts(text: str, part_chars: int, expected: list[tuple[int, int]]) -> None:
    assert parts.split_parts(text, long_chars=6, part_chars=part_chars) == expected


def test_a_document_over_a_million_characters_is_processed() -> None:
    register_extensions()
    blank = spacy.blank("en")  # the length limit is spaCy's own: no need for the stages
    blank.add_pipe("sentencizer")
    text = ("word " * 199 + "end.\n\n") * 1001
    assert len(text) > 1_000_000 > blank.max_length - 1
    [facts] = process_documents([SourceDocument(source="big.txt", text=text)], blank)
    assert facts.error is None
    assert blank.max_length == DEFAULT_MAX_CHARS


# --- a run killed while it writes leaves the previous file whole ---

KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from pressfacts.knowledge.store import write_knowledge_set
from pressfacts.models.records import RunRecord

def records():
    for number in range(100_000):
        if number == 50_000:
            os.kill(os.getpid(), signal.SIGKILL)
        yield RunRecord(pipeline_version=str(number), documents=0, errors=0)

write_knowledge_set(records(), Path(sys.argv[1]))
"""


def test_a_run_killed_during_the_write_leaves_the_previous_file_whole(tmp_path: Path) -> None:
    from pressfacts.cli import main

    source = tmp_path / "a.txt"
    source.write_text("Kent Police made 12 arrests.")
    out = tmp_path / "out"
    assert main(["run", str(source), "--out", str(out), "-q"]) == 0
    before = (out / "knowledge.jsonl").read_bytes()
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_WRITER, str(out)], capture_output=True, check=False
    )
    assert killed.returncode == -signal.SIGKILL
    assert (out / "knowledge.jsonl").read_bytes() == before  # whole, and the old one
    [stale] = list(out.glob(".knowledge-*.tmp"))
    assert stale.stat().st_size > 0  # the kill came mid-write
    assert main(["run", str(source), "--out", str(out), "-q"]) == 0
    assert not list(out.glob(".knowledge-*.tmp"))  # the next run removes it
