"""Quote deduplication across documents: normalisation, clustering, merged records."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressfacts import build_nlp
from pressfacts.knowledge.build import build_knowledge_set
from pressfacts.knowledge.quote_merge import QuotePartial, cluster, cluster_exhaustive, merge_quotes
from pressfacts.models.records import Mention, QuoteRecord
from pressfacts.reader.read import read_inputs

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

LONG = (
    "The problem of viewing indecent images of children online has grown exponentially in "
    "recent years. Technological advancements and the presumption of anonymity have led more "
    "people to view illegal images. Every time an image is viewed, that child is re-victimised "
    "and further demand is created."
)


def partial(doc: str, *runs: str, speaker: str | None = "person:alan-barr") -> QuotePartial:
    """A partial whose runs sit one after another in a made-up document text."""
    mentions, offset = [], 0
    for run in runs:
        mentions.append(Mention(doc=doc, start=offset, end=offset + len(run), text=run))
        offset += len(run) + 2
    return QuotePartial(doc, tuple(mentions), speaker, f"rule in {doc}")


@pytest.mark.parametrize(
    ("copy", "same"),
    [
        # exact reprint
        (LONG, True),
        # re-paragraphed: the same words with other breaks and marks
        (LONG.replace(". ", ".\n\n“"), True),
        # trimmed to its first sentence
        (LONG.split(". ")[0] + ".", True),
        # small typos and an American spelling
        (LONG.replace("exponentially", "exponentialy").replace("victimised", "victimized"), True),
        # a different quote that shares a stock phrase
        ("We have seen more people viewing indecent images of children online than ever.", False),
    ],
)
def test_cluster_links_copies(copy: str, same: bool) -> None:
    groups = cluster([LONG, copy])
    assert (len(groups) == 1) is same


def test_different_speakers_need_near_identical_text() -> None:
    shared = "we have a duty to protect children from harm and deter individuals from offending"
    first = f"As a police service {shared}, and we will keep doing so every day of the year."
    second = f"Our message is simple: {shared}. The helpline is open and confidential to all."
    assert len(cluster([first, second], ["person:a", "person:b"])) == 2
    assert len(cluster([first, first], ["person:a", "person:b"])) == 1


def test_trimmed_copy_is_one_record_with_the_fullest_text() -> None:
    first_sentence = LONG.split(". ")[0] + "."
    [record] = merge_quotes([partial("doc:a", first_sentence), partial("doc:b", LONG)], {})
    assert record.text == LONG
    assert [m.doc for m in record.mentions] == ["doc:a", "doc:b"]


def test_re_paragraphed_copy_has_one_mention_per_run() -> None:
    paragraphs = LONG.split(". ")
    runs = [p if p.endswith(".") else p + "." for p in paragraphs]
    [record] = merge_quotes([partial("doc:a", LONG), partial("doc:b", *runs)], {})
    assert len(record.mentions) == 1 + len(runs)


def test_typo_copy_keeps_the_text_most_copies_print() -> None:
    typo = LONG.replace("Technological", "Technologicl")
    partials = [partial("doc:a", typo), partial("doc:b", LONG), partial("doc:c", LONG)]
    [record] = merge_quotes(partials, {})
    assert record.text == LONG


def test_long_quote_printed_as_several_short_ones_is_one_record() -> None:
    pieces = [p + ("" if p.endswith(".") else ".") for p in LONG.split(". ")]
    partials = [partial("doc:a", LONG)] + [partial("doc:b", piece) for piece in pieces]
    [record] = merge_quotes(partials, {})
    assert record.text == LONG
    assert sum(m.doc == "doc:b" for m in record.mentions) == len(pieces)


def test_speaker_is_the_majority_and_the_attribution_says_so() -> None:
    partials = [
        partial("doc:a", LONG, speaker="person:alan-barr"),
        partial("doc:b", LONG, speaker="person:alan-barr"),
        partial("doc:c", LONG, speaker="person:jo-edwards"),
    ]
    [record] = merge_quotes(partials, {})
    assert record.speaker == "person:alan-barr"
    assert "copies disagree: person:alan-barr in 2 of 3" in (record.attribution or "")


def partial_by(doc: str, speaker: str, attribution: str) -> QuotePartial:
    """A copy of LONG in ``doc`` given to ``speaker`` by ``attribution``."""
    return QuotePartial(doc, partial(doc, LONG).mentions, speaker, attribution)


@pytest.mark.parametrize(
    ("copies", "expected"),
    [
        # rule named_over_pronoun: the release names him, the reprint's moved "he added"
        # lands on the commissioner named just before
        (
            [
                ("person:dev-khanna", "split quote: added"),
                ("person:ruth-osei", "split quote: added; pronoun 'he'"),
            ],
            "person:dev-khanna",
        ),
        # the same, whichever copy comes first in the batch
        (
            [
                ("person:ruth-osei", "speaker after quote: said; pronoun 'she'"),
                ("person:dev-khanna", "speaker before quote: said"),
            ],
            "person:dev-khanna",
        ),
        (
            [
                ("person:amy-tait", "speaker after quote: told; pronoun of a known gender 'she'"),
                ("person:zak-rowe", "speaker before quote: said"),
            ],
            "person:zak-rowe",
        ),
        # near miss: a majority reached by pronouns still wins over one named copy
        (
            [
                ("person:dev-khanna", "split quote: added"),
                ("person:ruth-osei", "split quote: added; pronoun 'she'"),
                ("person:ruth-osei", "speaker after quote: said; pronoun 'she'"),
            ],
            "person:ruth-osei",
        ),
        # near miss: both copies named outright keep the old tie-break (the canonical
        # copy's speaker, here the first)
        (
            [
                ("person:dev-khanna", "speaker before quote: said"),
                ("person:ruth-osei", "speaker before quote: said"),
            ],
            "person:dev-khanna",
        ),
    ],
)
def test_a_tie_goes_to_the_speaker_a_copy_names(
    copies: list[tuple[str, str]], expected: str
) -> None:
    partials = [
        partial_by(f"doc:{i}", speaker, attribution)
        for i, (speaker, attribution) in enumerate(copies)
    ]
    [record] = merge_quotes(partials, {})
    assert record.speaker == expected


def test_entity_remap_applies_to_speakers() -> None:
    partials = [
        partial("doc:a", LONG, speaker="person:barr"),
        partial("doc:b", LONG, speaker="person:alan-barr"),
    ]
    [record] = merge_quotes(partials, {"person:barr": "person:alan-barr"})
    assert record.speaker == "person:alan-barr"
    assert "disagree" not in (record.attribution or "")


def test_unrelated_quotes_stay_apart_and_are_sorted_by_id() -> None:
    other = "Anyone worried about a child should call the helpline straight away, day or night."
    records = merge_quotes([partial("doc:a", LONG), partial("doc:b", other)], {})
    assert len(records) == 2
    assert [r.id for r in records] == sorted(r.id for r in records)


@pytest.fixture(scope="module")
def seed_quotes() -> list[QuoteRecord]:
    records = build_knowledge_set(read_inputs([str(SEEDS)]), build_nlp())
    return [record for record in records if isinstance(record, QuoteRecord)]


def _record(quotes: list[QuoteRecord], opening: str) -> QuoteRecord:
    [record] = [quote for quote in quotes if quote.text.startswith(opening)]
    return record


def _docs(record: QuoteRecord) -> set[str]:
    return {mention.doc for mention in record.mentions}


def test_seed_alan_barr_quote_is_one_record_across_four_documents(
    seed_quotes: list[QuoteRecord],
) -> None:
    record = _record(seed_quotes, "The problem of viewing")
    assert record.speaker == "person:alan-barr"
    assert len(_docs(record)) == 4


def test_seed_jo_edwards_quote_is_one_record_despite_lucy_faithful(
    seed_quotes: list[QuoteRecord],
) -> None:
    record = _record(seed_quotes, "As a police service")
    assert record.speaker == "person:jo-edwards"
    assert len(_docs(record)) == 3
    assert "Lucy Faithful Foundation" in record.text  # the fullest version, as printed


def test_seed_donald_findlater_short_and_long_quotes_are_one_record(
    seed_quotes: list[QuoteRecord],
) -> None:
    record = _record(seed_quotes, "We are delighted")
    assert record.speaker == "person:donald-findlater"
    assert len(_docs(record)) == 3
    assert record.text.endswith("Getting help takes just a phone call.")


def test_seed_quote_mentions_match_their_document_text(seed_quotes: list[QuoteRecord]) -> None:
    texts = {document_id: text for document_id, text in _seed_texts_by_id().items()}
    for record in seed_quotes:
        for mention in record.mentions:
            assert texts[mention.doc][mention.start : mention.end] == mention.text


def _seed_texts_by_id() -> dict[str, str]:
    from pressfacts.models.ids import document_id

    return {document_id(d.text): d.text for d in read_inputs([str(SEEDS)])}


# (first copy, second copy, one record?): short quotes, where one changed word breaks
# most shingles
SHORT_COPY_ROWS = [
    (
        "Shoppers told us they felt ignored. This shows that is changing.",
        "Shoppers told us they felt ignord. This shows that is changing.",
        True,
    ),
    (
        "Ring us first. There is always someone to listen,",
        "Ring us first. Their is always someone to listen.",
        True,
    ),
    (
        "Our volunteers are here around the clock.",
        "Our volunteers are hear around the clock.",
        True,
    ),
    # a word dropped by the reprint
    (
        "Every report we get helps us protect the whole valley.",
        "Every report we get helps us protect the valley.",
        True,
    ),
    # one word apart but not a typo of it: the texts differ too much
    ("We will win.", "We will lose.", False),
    # two words apart
    ("Our officers are out in Ely every night.", "Our staff are out in Ely every weekend.", False),
    # the same words: always one
    ("Please lock your shed.", "Please lock your shed.", True),
]


@pytest.mark.parametrize(("first", "second", "same"), SHORT_COPY_ROWS)
def test_short_copies_one_word_apart_are_one_quote(first: str, second: str, same: bool) -> None:
    assert (len(cluster([first, second])) == 1) is same
    assert (len(cluster_exhaustive([first, second])) == 1) is same


def test_short_copies_one_word_apart_need_speakers_that_agree() -> None:
    first, second = "Lock your bike every time.", "Lock your bikes every time."
    assert len(cluster([first, second], ["person:a", "person:b"])) == 2
    assert len(cluster([first, second], ["person:a", None])) == 1


TRIMMED_COPY_ROWS = [
    # a reprint trimmed to the first sentence, with a typo that breaks most of its shingles
    (
        "Three of our officers in Bootle were hurt on duty last week. We will not accept "
        "it, and neither should the courts, which must use the powers they have.",
        "Three of our officers in Botle were hurt on duty last week.",
        True,
    ),
    # trimmed to the second sentence
    (
        "Spit guards protect officers. Every response car in the county now carries "
        "two of them, and crews are trained to use them safely.",
        "Every response car in the conty now carries two of them.",
        True,
    ),
    # near misses: another sentence sharing one run of words, or a long text
    (
        "Three of our officers in Bootle were hurt on duty last week. We will not accept it.",
        "Three of our officers in Bootle were praised by the court today.",
        False,
    ),
]


@pytest.mark.parametrize(("longer", "trimmed", "same"), TRIMMED_COPY_ROWS)
def test_a_trimmed_copy_with_a_typo_is_one_quote(longer: str, trimmed: str, same: bool) -> None:
    assert (len(cluster([longer, trimmed])) == 1) is same
    assert (len(cluster_exhaustive([longer, trimmed])) == 1) is same


def test_a_trimmed_copy_with_a_typo_needs_speakers_that_agree() -> None:
    longer, trimmed = TRIMMED_COPY_ROWS[0][:2]
    assert len(cluster([longer, trimmed], ["person:a", "person:b"])) == 2
    assert len(cluster([longer, trimmed], ["person:a", None])) == 1


def split(doc: str, *parts: str, speaker: str | None = "person:alan-barr") -> list[QuotePartial]:
    """A quote split by its attribution: a partial per part, each after the first
    marked as following the one before."""
    found = [partial(doc, text, speaker=speaker) for text in parts]
    return [
        QuotePartial(p.doc, p.mentions, p.speaker, p.attribution, follows=k > 0)
        for k, p in enumerate(found)
    ]


# (the other copies, how many records the split quote's parts end in)
SPLIT_PART_ROWS = [
    # printed once: a record per part
    ([], 2),
    # a reprint split the same way: still a record per part
    ([split("doc:b", "Vans are being stolen to order", "Fit a steering lock tonight.")], 2),
    # a reprint trimmed to the first part: it joins that part only
    ([[partial("doc:b", "Vans are being stolen to order.")]], 2),
    # a reprint printing both parts in one run, with a typo in the short one
    ([[partial("doc:b", "Vans are being stolen to order. Fit a steerin lock tonight.")]], 1),
]


@pytest.mark.parametrize(("others", "records"), SPLIT_PART_ROWS)
def test_parts_of_a_split_quote_join_only_when_a_copy_prints_them_as_one(
    others: list[list[QuotePartial]], records: int
) -> None:
    partials = split("doc:a", "Vans are being stolen to order", "Fit a steering lock tonight.")
    for copy in others:
        partials += copy
    merged = merge_quotes(partials, {})
    holding = {r.id for r in merged for m in r.mentions if m.doc == "doc:a"}
    assert len(holding) == records
