"""The scorer on tiny hand-made predictions and gold, with figures computed by hand."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonlines
import pytest

from pressfacts.evaluation import (
    EvalReport,
    bcubed,
    fold_name,
    normalise_quote,
    score_files,
    split_sentences,
)
from pressfacts.models.gold import GoldError, load_gold_dir
from pressfacts.models.ids import document_id, entity_id, quote_id, statistic_id
from pressfacts.models.records import (
    DocumentRecord,
    EntityRecord,
    Mention,
    Period,
    QuoteRecord,
    RunRecord,
    StatisticRecord,
)

TEXT_A = (
    "Detective Inspector Jane Hollis of Dyfed-Powys Police said: “We acted fast. "
    "Nobody was hurt.” Calls rose by 12% in 2022, to 340 calls."
)
TEXT_B = "A reprint. DI Jane Hollis said: “We acted fast. Nobody was hurt.”"
TEXT_C = "Another copy. Jane Hollis said: “We acted fast. Nobody was hurt.”"

REPO_ROOT = Path(__file__).resolve().parents[2]


def mention(text: str, words: str, occurrence: int = 0) -> Mention:
    """The mention of ``words`` in ``text`` (its n-th occurrence)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return Mention(doc=document_id(text), start=start, end=start + len(words), text=words)


def document(text: str, source: str) -> DocumentRecord:
    return DocumentRecord(
        id=document_id(text), sources=[f"inputs/{source}"], text=text, status="ok"
    )


def entity(kind: str, name: str, mentions: list[Mention], **extra: Any) -> EntityRecord:
    return EntityRecord(id=entity_id(kind, name), type=kind, name=name, mentions=mentions, **extra)  # type: ignore[arg-type]


def quote(speaker: str | None, text: str, mentions: list[Mention]) -> QuoteRecord:
    return QuoteRecord(id=quote_id(text), speaker=speaker, text=text, mentions=mentions)


def statistic(value: float, unit: str, mentions: list[Mention], **extra: Any) -> StatisticRecord:
    return StatisticRecord(
        id=statistic_id({"value": value, "unit": unit, **{k: str(v) for k, v in extra.items()}}),
        value=value,
        unit=unit,
        mentions=mentions,
        **extra,
    )


HOLLIS = "person:jane-hollis"
DYFED = "force:dyfed-powys-police"


def base_records() -> list[Any]:
    """A perfect prediction for document A."""
    return [
        document(TEXT_A, "a.txt"),
        entity(
            "PERSON",
            "Jane Hollis",
            [mention(TEXT_A, "Jane Hollis")],
            titles=["Detective Inspector"],
        ),
        entity("FORCE", "Dyfed-Powys Police", [mention(TEXT_A, "Dyfed-Powys Police")]),
        quote(
            HOLLIS,
            "We acted fast. Nobody was hurt.",
            [mention(TEXT_A, "We acted fast. Nobody was hurt.")],
        ),
        statistic(
            12,
            "percent",
            [mention(TEXT_A, "12%")],
            change="increase",
            period=Period(start=dt.date(2022, 1, 1), end=dt.date(2022, 12, 31), text="2022"),
        ),
        statistic(
            340,
            "calls",
            [mention(TEXT_A, "340 calls")],
            period=Period(start=dt.date(2022, 1, 1), end=dt.date(2022, 12, 31), text="2022"),
        ),
    ]


def gold_a() -> dict[str, Any]:
    period = {"start": "2022-01-01", "end": "2022-12-31"}
    return {
        "source": "a.txt",
        "entities": [
            {"type": "PERSON", "name": "Jane Hollis", "titles": ["Detective Inspector"]},
            {"type": "FORCE", "name": "Dyfed-Powys Police"},
        ],
        "quotes": [{"speaker": "Jane Hollis", "text": "We acted fast. Nobody was hurt."}],
        "statistics": [
            {
                "value": 12,
                "unit": "percent",
                "qualifier": None,
                "change": "increase",
                "area": None,
                "period": period,
            },
            {
                "value": 340,
                "unit": "calls",
                "qualifier": None,
                "change": None,
                "area": None,
                "period": period,
            },
        ],
    }


def run_scorer(tmp_path: Path, records: list[Any], golds: list[dict[str, Any]]) -> EvalReport:
    """Write records as knowledge.jsonl and gold files to tmp_path, then score."""
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    for gold in golds:
        name = Path(gold["source"]).with_suffix(".json").name
        (gold_dir / name).write_text(json.dumps(gold), encoding="utf-8")
    documents = sum(1 for r in records if isinstance(r, DocumentRecord))
    lines = [RunRecord(pipeline_version="test", documents=documents, errors=0), *records]
    path = tmp_path / "knowledge.jsonl"
    with jsonlines.open(path, "w") as writer:
        writer.write_all(line.model_dump(mode="json") for line in lines)
    return score_files(path, gold_dir)


def figures(report: EvalReport) -> dict[str, Any]:
    data = report.to_json()
    return {
        "entities": data["entities"]["f1"],  # type: ignore[index]
        "entities.p": data["entities"]["p"],  # type: ignore[index]
        "entities.r": data["entities"]["r"],  # type: ignore[index]
        "titles": data["titles"],
        "quotes.p": data["quotes"]["p"],  # type: ignore[index]
        "quotes.r": data["quotes"]["r"],  # type: ignore[index]
        "attribution": data["attribution"],
        "statistics": data["statistics"]["f1"],  # type: ignore[index]
        "period": data["statistics"]["fields"]["period"],  # type: ignore[index]
        "dedup.p": data["dedup"]["p"],  # type: ignore[index]
        "dedup.r": data["dedup"]["r"],  # type: ignore[index]
    }


PERFECT = {
    "entities": 1.0,
    "entities.p": 1.0,
    "entities.r": 1.0,
    "titles": 1.0,
    "quotes.p": 1.0,
    "quotes.r": 1.0,
    "attribution": 1.0,
    "statistics": 1.0,
    "period": 1.0,
    "dedup.p": 1.0,
    "dedup.r": 1.0,
}


def with_false_entity(records: list[Any]) -> list[Any]:
    # A third entity the gold does not have: entity P 2/3, R 1, F1 0.8.
    return [*records, entity("ORG", "Hurt", [mention(TEXT_A, "hurt")])]


def without_force(records: list[Any]) -> list[Any]:
    # The force is missed: entity P 1, R 1/2, F1 2/3.
    return [r for r in records if getattr(r, "id", "") != DYFED]


def with_alias_names(records: list[Any]) -> list[Any]:
    # Predicted under another canonical name, but an alias equals the gold name once
    # folded (case, punctuation): still a match, so everything stays perfect.
    out = [r for r in records if getattr(r, "id", "") != DYFED]
    return [
        *out,
        entity(
            "FORCE",
            "Heddlu Dyfed Powys",
            [mention(TEXT_A, "Dyfed-Powys Police")],
            aliases=["dyfed powys police"],
        ),
    ]


def with_wrong_speaker(records: list[Any]) -> list[Any]:
    # Both quote sentences match but are given to the force: attribution 0 of 2.
    out = [r for r in records if not isinstance(r, QuoteRecord)]
    return [
        *out,
        quote(
            DYFED,
            "We acted fast. Nobody was hurt.",
            [mention(TEXT_A, "We acted fast. Nobody was hurt.")],
        ),
    ]


def with_missing_title(records: list[Any]) -> list[Any]:
    # The person is found without the gold title: titles 0 of 1, entities still perfect.
    out = [r for r in records if getattr(r, "id", "") != HOLLIS]
    return [*out, entity("PERSON", "Jane Hollis", [mention(TEXT_A, "Jane Hollis")])]


def with_wrong_period(records: list[Any]) -> list[Any]:
    # 12% is matched (same value, same unit class) but its period is 2021:
    # statistics F1 stays 1, period accuracy 1 of 2 = 0.5.
    out = [r for r in records if not (isinstance(r, StatisticRecord) and r.value == 12)]
    wrong = Period(start=dt.date(2021, 1, 1), end=dt.date(2021, 12, 31), text="2021")
    return [
        *out,
        statistic(12, "percent", [mention(TEXT_A, "12%")], change="increase", period=wrong),
    ]


def with_false_statistic(records: list[Any]) -> list[Any]:
    # 2022 read as a count: statistics P 2/3, R 1, F1 0.8.
    return [*records, statistic(2022, "calls", [mention(TEXT_A, "2022")])]


def with_split_quote(records: list[Any]) -> list[Any]:
    # The quote is found as two runs, one per sentence, in one record: sentences
    # match one-for-one, so quotes stay perfect.
    out = [r for r in records if not isinstance(r, QuoteRecord)]
    runs = [mention(TEXT_A, "We acted fast."), mention(TEXT_A, "Nobody was hurt.")]
    return [*out, quote(HOLLIS, "We acted fast. Nobody was hurt.", runs)]


def with_half_quote(records: list[Any]) -> list[Any]:
    # Only the first sentence is found: quote P 1, R 1/2.
    out = [r for r in records if not isinstance(r, QuoteRecord)]
    return [*out, quote(HOLLIS, "We acted fast.", [mention(TEXT_A, "We acted fast.")])]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda r: r, {}),
        (with_false_entity, {"entities": 0.8, "entities.p": 0.6667}),
        (without_force, {"entities": 0.6667, "entities.r": 0.5}),
        (with_alias_names, {}),
        (with_wrong_speaker, {"attribution": 0.0}),
        (with_missing_title, {"titles": 0.0}),
        (with_wrong_period, {"period": 0.5}),
        (with_false_statistic, {"statistics": 0.8}),
        (with_split_quote, {}),
        (with_half_quote, {"quotes.r": 0.5}),
    ],
    ids=[
        "perfect",
        "false-entity",
        "missed-entity",
        "alias-match",
        "wrong-speaker",
        "missing-title",
        "wrong-period",
        "false-statistic",
        "split-quote",
        "half-quote",
    ],
)
def test_single_document_figures(tmp_path: Path, change: Any, expected: dict[str, float]) -> None:
    report = run_scorer(tmp_path, change(base_records()), [gold_a()])
    assert figures(report) == {**PERFECT, **expected}


def test_entity_types_are_scored_separately(tmp_path: Path) -> None:
    # The force predicted as a CHARITY: FORCE R 0, CHARITY P 0, PERSON perfect.
    records = without_force(base_records())
    records.append(entity("CHARITY", "Dyfed-Powys Police", [mention(TEXT_A, "Dyfed-Powys Police")]))
    by_type = run_scorer(tmp_path, records, [gold_a()]).to_json()["entities"]["by_type"]  # type: ignore[index]
    assert (by_type["PERSON"]["f1"], by_type["FORCE"]["r"], by_type["CHARITY"]["p"]) == (1, 0, 0)
    assert by_type["ORG"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "tp": 0, "predicted": 0, "gold": 0}


def test_gold_split_quote_runs_count_as_sentences(tmp_path: Path) -> None:
    # An interrupted quote: “We will find you,” she said, “and we will charge you.”
    # Gold joins the runs with a newline, so each run is a sentence; the prediction
    # found only the first run: quote P 1, R 1/2.
    text = "“We will find you,” she said, “and we will charge you.” Jane Hollis spoke."
    gold = {
        "source": "s.txt",
        "entities": [{"type": "PERSON", "name": "Jane Hollis"}],
        "quotes": [
            {"speaker": "Jane Hollis", "text": "We will find you,\nand we will charge you."}
        ],
        "statistics": [],
    }
    records = [
        document(text, "s.txt"),
        entity("PERSON", "Jane Hollis", [mention(text, "Jane Hollis")]),
        quote(HOLLIS, "We will find you,", [mention(text, "We will find you,")]),
    ]
    report = run_scorer(tmp_path, records, [gold]).to_json()
    assert report["quotes"]["p"] == 1.0  # type: ignore[index]
    assert report["quotes"]["r"] == 0.5  # type: ignore[index]


def reprint_records(split: bool) -> list[Any]:
    """The quote of A, B and C as one record, or as two (A+B and C)."""
    texts = {TEXT_A: "a.txt", TEXT_B: "b.txt", TEXT_C: "c.txt"}
    records: list[Any] = [document(text, source) for text, source in texts.items()]
    records.append(
        entity("PERSON", "Jane Hollis", [mention(text, "Jane Hollis") for text in texts])
    )
    words = "We acted fast. Nobody was hurt."
    runs = {text: mention(text, words) for text in texts}
    if split:
        records.append(quote(HOLLIS, words, [runs[TEXT_A], runs[TEXT_B]]))
        records.append(quote(HOLLIS, words + " ", [runs[TEXT_C]]))
    else:
        records.append(quote(HOLLIS, words, list(runs.values())))
    return records


def reprint_golds() -> list[dict[str, Any]]:
    return [
        {
            "source": source,
            "entities": [{"type": "PERSON", "name": "Jane Hollis"}],
            "quotes": [{"speaker": "Jane Hollis", "text": "We acted fast. Nobody was hurt."}],
            "statistics": [],
        }
        for source in ("a.txt", "b.txt", "c.txt")
    ]


@pytest.mark.parametrize(
    ("split", "expected"),
    [
        # One record for the three copies: B-cubed P = R = 1.
        (False, {"p": 1.0, "r": 1.0, "f1": 1.0}),
        # Split into {A, B} and {C}, for each of the two sentences. Every predicted
        # cluster is pure: P = 1. Recall per item: A, B 2/3, C 1/3, mean 5/9 = 0.5556;
        # F1 = 2 * 5/9 / (1 + 5/9) = 10/14 = 0.7143.
        (True, {"p": 1.0, "r": 0.5556, "f1": 0.7143}),
    ],
    ids=["one-cluster", "cluster-split-in-two"],
)
def test_dedup_bcubed(tmp_path: Path, split: bool, expected: dict[str, float]) -> None:
    report = run_scorer(tmp_path, reprint_records(split), reprint_golds())
    assert report.to_json()["dedup"] == expected
    assert report.quotes.f1 == 1.0


def test_bcubed_merged_clusters() -> None:
    # Two gold clusters {0, 1} and {2} wrongly merged: P per item 2/3, 2/3, 1/3 = 5/9; R 1.
    result = bcubed(["q", "q", "q"], [0, 0, 1], empty=1.0)
    assert (round(result.p, 4), result.r) == (0.5556, 1.0)


@pytest.mark.parametrize(
    ("records", "sentence_clusters", "quote_clusters", "expected"),
    [
        # One record holding the two sentences of one gold quote: costs nothing.
        (["r", "r"], [0, 1], ["q", "q"], (1.0, 1.0)),
        # Two different gold quotes merged into one record: precision 1/2 per item.
        (["r", "r"], [0, 1], ["q1", "q2"], (0.5, 1.0)),
        # A reprint of one sentence kept in a record of its own: recall 1/2 per item.
        (["r1", "r2"], [0, 0], ["q", "q"], (1.0, 0.5)),
    ],
    ids=["multi-sentence-quote", "two-quotes-merged", "reprint-split"],
)
def test_dedup_precision_against_gold_quote_clusters(
    records: list[str],
    sentence_clusters: list[int],
    quote_clusters: list[str],
    expected: tuple[float, float],
) -> None:
    result = bcubed(records, sentence_clusters, empty=1.0, gold_for_precision=quote_clusters)
    assert (result.p, result.r) == expected


def test_gold_quote_clusters_link_quotes_through_a_shared_sentence() -> None:
    from pressfacts.evaluation import gold_clusters, gold_quote_clusters
    from pressfacts.evaluation.quotes import Sentence

    def sentence(text: str, doc: str, quote: int) -> Sentence:
        return Sentence(text, normalise_quote(text), doc=doc, quote=quote)

    sentences = [
        sentence("The new unit opens in May.", "a.txt", 0),
        sentence("Officers will staff it every night.", "a.txt", 0),
        sentence("Officers will staff it every night.", "b.txt", 0),
        sentence("Nobody else can help.", "b.txt", 1),
    ]
    labels = gold_quote_clusters(sentences, gold_clusters(sentences))
    assert labels[0] == labels[1] == labels[2] != labels[3]


def test_unmatched_gold_document_is_all_missed(tmp_path: Path) -> None:
    gold = {**gold_a(), "source": "elsewhere.txt"}
    report = run_scorer(tmp_path, base_records(), [gold])
    assert (report.entities.r, report.quotes.r, report.statistics.r) == (0, 0, 0)
    assert report.misses[0].kind == "missing document"


def test_empty_gold_and_prediction_is_perfect(tmp_path: Path) -> None:
    gold = {"source": "a.txt", "entities": [], "quotes": [], "statistics": []}
    report = run_scorer(tmp_path, [document(TEXT_A, "a.txt")], [gold])
    assert report.headline() == dict.fromkeys(report.headline(), 1.0)


def test_report_lists_misses_with_document_and_context(tmp_path: Path) -> None:
    records = with_wrong_speaker(with_false_entity(base_records()))
    records = [r for r in records if getattr(r, "id", "") != DYFED]
    records.append(entity("FORCE", "Dyfed-Powys Police", []))  # named nowhere: not counted
    text = run_scorer(tmp_path, records, [gold_a()]).format_report()
    assert "[a.txt] false entity: ORG 'Hurt'" in text
    assert "Nobody was [hurt]" in text
    assert "[a.txt] missed entity: FORCE 'Dyfed-Powys Police'" in text
    assert "[a.txt] wrong speaker: gold 'Jane Hollis', predicted 'Dyfed-Powys Police'" in text


def test_json_shape(tmp_path: Path) -> None:
    data = run_scorer(tmp_path, base_records(), [gold_a()]).to_json()
    assert {"entities", "titles", "quotes", "attribution", "statistics", "dedup"} <= set(data)
    assert {"p", "r", "f1", "by_type"} <= set(data["entities"])  # type: ignore[arg-type]
    assert set(data["statistics"]["fields"]) == {"qualifier", "change", "area", "period"}  # type: ignore[index]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        # A value that is not a number: the file, then the field path.
        (
            {**gold_a(), "statistics": [{**gold_a()["statistics"][0], "value": "many"}]},
            "a.json: statistics.0.value: Input should be a valid number",
        ),
        # A field the format does not have.
        ({**gold_a(), "quote": []}, "a.json: quote: Extra inputs are not permitted"),
        # A speaker who is not an entity of the file.
        (
            {**gold_a(), "quotes": [{"speaker": "Jane Holis", "text": "Hi."}]},
            "a.json: quotes: Value error, quotes.0.speaker 'Jane Holis' is not the name",
        ),
        # A source that names another input.
        ({**gold_a(), "source": "b.txt"}, "a.json: source: 'b.txt' would be gold file 'b.json'"),
    ],
    ids=["bad-value", "unknown-field", "unknown-speaker", "wrong-source"],
)
def test_malformed_gold_names_file_and_field(
    tmp_path: Path, content: dict[str, Any], message: str
) -> None:
    (tmp_path / "a.json").write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(GoldError) as error:
        load_gold_dir(tmp_path)
    assert str(error.value).startswith(message)


def test_invalid_json_names_file(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text("{", encoding="utf-8")
    with pytest.raises(GoldError, match=r"^a\.json: \(file\): cannot read JSON"):
        load_gold_dir(tmp_path)


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("The Lucy Faithfull Foundation", "lucy faithfull foundation"),
        ("Stop it Now!", "stop it now"),
        ("North-West", "north west"),  # a hyphen folds like a space
        ("Barnardo’s", "barnardos"),  # an apostrophe vanishes
        ("Theale Police", "theale police"),  # "the" only as a whole word
    ],
)
def test_fold_name(name: str, folded: str) -> None:
    assert fold_name(name) == folded


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("One. Two! Three?", ["One.", "Two!", "Three?"]),
        ("Mr. Day spoke. Then 12 went.", ["Mr. Day spoke.", "Then 12 went."]),
        ("It works,\nand it lasts.", ["It works,", "and it lasts."]),  # runs of a split quote
        ("We said “stop.” Then we left.", ["We said “stop.", "Then we left."]),
        ("_“Italic.”_\n _“Next.”_", ["“Italic.”", "“Next.”"]),  # markdown italics (seed 002)
        ("at 3.5 per cent. Fine", ["at 3.5 per cent.", "Fine"]),
        # the answer "no" ends a sentence; "No." before a figure does not
        ("Scared to say no. Banks wait.", ["Scared to say no.", "Banks wait."]),
        ("They just said no. Then they hung up.", ["They just said no.", "Then they hung up."]),
        ("It went to No. 10 first.", ["It went to No. 10 first."]),
        ("See Nos. 4 and 5 below.", ["See Nos. 4 and 5 below."]),
        ("Sgt. Rowe came. Cllr. Dale left.", ["Sgt. Rowe came.", "Cllr. Dale left."]),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


def test_normalise_quote_folds_marks_dashes_underscores_space() -> None:
    assert normalise_quote("_“It’s  vital – truly.”_") == normalise_quote('"It\'s vital - truly."')


SUITES = {
    "seeds": (REPO_ROOT / "seeds", REPO_ROOT / "seeds/gold"),
    "devset": (REPO_ROOT / "tests/devset/texts", REPO_ROOT / "tests/devset/gold"),
}


def records_from_gold(texts: Path, gold_dir: Path) -> list[Any]:
    """A prediction that is the gold itself: every figure must come out 1.0."""
    from pressfacts.evaluation import gold_clusters, gold_sentences

    golds = load_gold_dir(gold_dir)
    docs = {
        g.source: document((texts / g.source).read_text(encoding="utf-8"), g.source) for g in golds
    }
    entities: dict[tuple[str, str], EntityRecord] = {}
    for g in golds:
        doc = docs[g.source]
        for e in g.entities:
            m = Mention(doc=doc.id, start=0, end=1, text=doc.text[0])
            old = entities.get((e.type, e.name))
            mentions = [*(old.mentions if old else []), m]
            aliases = sorted({*(old.aliases if old else []), *e.aliases})
            titles = sorted({*(old.titles if old else []), *e.titles})
            entities[(e.type, e.name)] = entity(
                e.type, e.name, mentions, aliases=aliases, titles=titles
            )
    sentences = [s for g in golds for s in gold_sentences(g)]
    quotes: dict[int, list[Mention]] = {}
    speakers: dict[int, str | None] = {}
    for s, label in zip(sentences, gold_clusters(sentences), strict=True):
        doc = docs[s.doc]
        start = doc.text.index(s.text)
        quotes.setdefault(label, []).append(
            Mention(doc=doc.id, start=start, end=start + len(s.text), text=s.text)
        )
        speakers[label] = None if s.speaker is None else entity_id("PERSON", s.speaker)
    stats = [
        statistic(
            st.value,
            st.unit,
            [Mention(doc=docs[g.source].id, start=0, end=1, text="x")],
            qualifier=st.qualifier,
            change=st.change,
            area=st.area,
            period=None
            if st.period is None
            else Period(start=st.period.start, end=st.period.end, text="x"),
        )
        for g in golds
        for st in g.statistics
    ]
    quote_records = [quote(speakers[k], f"q{k}", ms) for k, ms in quotes.items()]
    return [*docs.values(), *entities.values(), *quote_records, *stats]


@pytest.mark.parametrize("suite", sorted(SUITES))
def test_gold_scored_against_itself_is_perfect(tmp_path: Path, suite: str) -> None:
    texts, gold_dir = SUITES[suite]
    golds = [
        json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(gold_dir.glob("*.json"))
        if p.name != "baseline.json"
    ]
    report = run_scorer(tmp_path, records_from_gold(texts, gold_dir), golds)
    assert report.misses == []
    assert report.headline() == dict.fromkeys(report.headline(), 1.0)
