"""Fixtures of the review-page tests: the seeds' report, and 1,000 generated documents.

The generated knowledge set is made of records directly (no pipeline run), so it is
quick: invented people, forces, charities, quotes and figures with areas and periods.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pressfacts.evaluation import read_knowledge, score_files
from pressfacts.knowledge.store import write_knowledge_set
from pressfacts.models.ids import document_id, entity_id, hash16
from pressfacts.models.records import (
    ChangeCheck,
    DocumentRecord,
    EntityRecord,
    Mention,
    Period,
    QuoteRecord,
    Role,
    RunRecord,
    StatisticRecord,
)
from pressfacts.report import build_report

ROOT = Path(__file__).resolve().parents[2]
SEEDS_KNOWLEDGE = ROOT / "outputs" / "knowledge.jsonl"
SEEDS_GOLD = ROOT / "seeds" / "gold"
GENERATED_DOCUMENTS = 1000

GIVEN = ["Tamsin", "Ravi", "Eilidh", "Joel", "Maren", "Osian", "Kezia", "Bram", "Nadia", "Fergus"]
FAMILY = ["Holloway", "Quarrie", "Penhale", "Stroud", "Vickery", "Ainsley", "Dacre", "Morrow"]
FORCES = [("Kent Police", "Kent"), ("Gwent Police", "Gwent"), ("Essex Police", "Essex")]
CHARITIES = ["Barnardo's", "Victim Support", "Action for Children"]


def _mention(doc: str, text: str, needle: str, after: int = 0) -> Mention:
    start = text.index(needle, after)
    return Mention(doc=doc, start=start, end=start + len(needle), text=needle)


def generated_records(count: int) -> list[object]:
    """A valid knowledge set of ``count`` small documents, each with every record kind."""
    people: dict[str, tuple[str, list[Mention], str]] = {}
    organisations: dict[str, tuple[str, str, list[Mention]]] = {}
    documents: list[DocumentRecord] = []
    quotes: list[QuoteRecord] = []
    statistics: list[StatisticRecord] = []
    for n in range(count):
        person = f"{GIVEN[n % len(GIVEN)]} {FAMILY[(n // len(GIVEN)) % len(FAMILY)]}"
        force, area = FORCES[n % len(FORCES)]
        charity = CHARITIES[n % len(CHARITIES)]
        arrests = 10 + n
        said = f"We made {arrests} arrests in the operation numbered {n}, and we are not done"
        text = (
            f"Inspector {person} of {force} said: “{said}.” "
            f"{charity} said calls in {area} rose by {n % 90 + 5}% in {2000 + n % 25}."
        )
        doc = document_id(text)
        published = dt.date(2020, 1, 1) + dt.timedelta(days=n)
        documents.append(
            DocumentRecord(
                id=doc,
                sources=[f"generated/{n:04d}.txt"],
                title=f"Generated release {n}",
                published=published,
                text=text,
                status="ok",
            )
        )
        person_id = entity_id("PERSON", person)
        force_id = entity_id("FORCE", force)
        people.setdefault(person_id, (person, [], force_id))[1].append(_mention(doc, text, person))
        for kind, name in (("FORCE", force), ("CHARITY", charity)):
            key = entity_id(kind, name)
            organisations.setdefault(key, (kind, name, []))[2].append(_mention(doc, text, name))
        quotes.append(
            QuoteRecord(
                id=f"quote:{hash16(said)}",
                speaker=person_id,
                text=said,
                attribution="said-after-name: said",
                mentions=[_mention(doc, text, said)],
            )
        )
        year = 2000 + n % 25
        rise = f"{n % 90 + 5}%"
        statistics += [
            StatisticRecord(
                id=f"stat:{hash16(doc + 'arrests')}",
                value=arrests,
                unit="arrests",
                measure="arrests",
                area=area,
                mentions=[_mention(doc, text, f"{arrests} arrests")],
            ),
            StatisticRecord(
                id=f"stat:{hash16(doc + 'rise')}",
                value=n % 90 + 5,
                unit="percent",
                change="increase",
                measure="calls",
                area=area,
                period=Period(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), text=str(year)),
                check=ChangeCheck(
                    from_value=100, to_value=105, computed=5, stated=5, agrees=n % 2 == 0
                ),
                mentions=[_mention(doc, text, rise, text.index("rose"))],
            ),
        ]
    entities = [
        EntityRecord(
            id=key,
            type="PERSON",
            name=name,
            titles=["Inspector"],
            affiliations=[force_id],
            roles=[Role(title="Inspector", organisation=force_id)],
            mentions=mentions,
        )
        for key, (name, mentions, force_id) in people.items()
    ]
    entities += [
        EntityRecord(id=key, type=kind, name=name, mentions=mentions)  # type: ignore[arg-type]
        for key, (kind, name, mentions) in organisations.items()
    ]
    run = RunRecord(pipeline_version="test", documents=len(documents), errors=0)
    return [run, *documents, *entities, *quotes, *statistics]


@pytest.fixture(scope="session")
def seeds_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of the seeds' report, built with the seeds' gold."""
    out = tmp_path_factory.mktemp("seeds-report")
    evaluation = score_files(SEEDS_KNOWLEDGE, SEEDS_GOLD)
    build_report(read_knowledge(SEEDS_KNOWLEDGE), out, evaluation)
    return out


@pytest.fixture(scope="session")
def generated_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ``knowledge.jsonl`` of 1,000 generated documents."""
    folder = tmp_path_factory.mktemp("generated")
    return write_knowledge_set(generated_records(GENERATED_DOCUMENTS), folder)  # type: ignore[arg-type]
