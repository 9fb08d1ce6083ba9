"""No input crashes a stage, and every mention stays inside its text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP
from pressfacts.knowledge.entity_merge import doc_entities

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


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=TEXTS)
def test_pipeline_never_crashes_and_mentions_match_the_text(nlp: Language, text: str) -> None:
    doc = nlp(text)
    for span in doc.spans[ENTITY_SPAN_GROUP]:
        assert span.id_ in doc._.entity_info
    for record in doc_entities(doc, "doc:test"):
        for mention in record.mentions:
            assert text[mention.start : mention.end] == mention.text
