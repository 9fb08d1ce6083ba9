"""``--engine dask``: documents extracted on a Dask cluster give the local engine's bytes."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from distributed import LocalCluster
from spacy.language import Language

from pressfacts.cli import EXIT_DOCUMENT_ERRORS, EXIT_OK, EXIT_USAGE, main
from pressfacts.knowledge import dask_engine
from pressfacts.knowledge.build import DocumentFacts, build_knowledge_set
from pressfacts.knowledge.combine import KnowledgeParts
from pressfacts.knowledge.store import write_knowledge_set
from pressfacts.reader.read import SourceDocument, read_inputs

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = [str(ROOT / "seeds"), str(ROOT / "tests" / "devset" / "texts")]

INVENTED = [
    "Inspector Ola Brandt of Cumbria Police said: “We are grateful to the public.”",
    "The charity Harbour Light said calls rose by 12% last year.",
    "Sergeant Mina Hale of Dyfed-Powys Police said: “Report anything unusual.”",
    "BOOM Superintendent Ravi Kell of Gwent Police said: “The inquiry continues.”",
    "Councillor Tess Moray said 40 new places would open in the spring.",
]


@pytest.fixture(scope="module")
def thread_cluster() -> Iterator[str]:
    """An in-process cluster of two one-thread workers; its scheduler's address."""
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=False,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as cluster:
        yield cluster.scheduler_address


def test_a_local_cluster_writes_the_same_bytes_as_the_local_engine(
    nlp: Language, tmp_path: Path
) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "reprint.txt").write_text((ROOT / "seeds" / "000_d5759edd94ebe312.txt").read_text())
    (extra / "empty.txt").write_bytes(b"")
    paths = [*FOLDERS, str(extra)]
    local = build_knowledge_set(read_inputs(paths), nlp)
    argv = ["run", *paths, "--out", str(tmp_path / "dask"), "-q", "--engine", "dask"]
    status = main([*argv, "--workers", "2"])  # a LocalCluster of two worker processes
    assert local[0].errors == 1 and status == EXIT_DOCUMENT_ERRORS
    expected = write_knowledge_set(local, tmp_path / "local").read_bytes()
    assert (tmp_path / "dask" / "knowledge.jsonl").read_bytes() == expected


def test_a_cluster_at_an_address_writes_the_same_bytes(
    nlp: Language, thread_cluster: str, tmp_path: Path
) -> None:
    local = write_knowledge_set(build_knowledge_set(read_inputs(FOLDERS), nlp), tmp_path / "a")
    argv = ["run", *FOLDERS, "--out", str(tmp_path / "b"), "-q", "--engine", "dask"]
    assert main([*argv, "--scheduler", thread_cluster]) == EXIT_OK
    assert (tmp_path / "b" / "knowledge.jsonl").read_bytes() == local.read_bytes()


@pytest.mark.parametrize(
    ("failing", "failed"),
    [
        (3, {2, 3}),  # partitions of two: the failing one takes its partner along
        (4, {4}),  # the last partition, alone
        (None, set()),
    ],
)
def test_a_failed_partition_becomes_error_records_and_the_batch_goes_on(
    thread_cluster: str,
    monkeypatch: pytest.MonkeyPatch,
    failing: int | None,
    failed: set[int],
) -> None:
    texts = [text.replace("BOOM ", "") for text in INVENTED]
    if failing is not None:
        texts[failing] = "BOOM " + texts[failing]
    real = dask_engine.process_documents

    def process_or_fail(partition: list[SourceDocument], *args: Any, **kwargs: Any) -> Any:
        if any(source.text.startswith("BOOM") for source in partition):
            raise RuntimeError("made-up worker failure")
        return real(partition, *args, **kwargs)

    monkeypatch.setattr(dask_engine, "process_documents", process_or_fail)
    monkeypatch.setattr(dask_engine, "PARTITION_DOCUMENTS", 2)
    sources = [SourceDocument(source=f"{n}.txt", text=text) for n, text in enumerate(texts)]
    records = build_knowledge_set(sources, None, engine="dask", scheduler=thread_cluster)
    documents = {record.sources[0]: record for record in records if record.kind == "document"}
    assert {int(name[0]) for name, d in documents.items() if d.status == "error"} == failed
    assert {d.error for d in documents.values() if d.error} <= {
        "worker failed: RuntimeError: made-up worker failure"
    }
    assert len(documents) == len(texts)


def _facts(ident: str, title: str) -> DocumentFacts:
    source = SourceDocument(source=f"{ident}-{title}.txt", text=ident, title=title)
    return DocumentFacts(source, ident, [source.source])


@pytest.mark.parametrize("count", [0, 1, 2, 3, 7, 16])
def test_the_tree_reduction_equals_one_merge_and_keeps_the_first_copy(count: int) -> None:
    # partition i holds doc:i and doc:shared, each under the title of partition i
    partitions = [
        [_facts(f"doc:{i}", f"t{i}"), _facts("doc:shared", f"t{i}")] for i in range(count)
    ]
    reduction = dask_engine._Reduction()
    for documents in partitions:
        reduction.add(KnowledgeParts.of(documents))
    merged = reduction.result()
    assert merged == KnowledgeParts.of(facts for documents in partitions for facts in documents)
    if count:
        assert merged.documents["doc:shared"].source.title == "t0"
        assert len(merged.documents["doc:shared"].sources) == count


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--scheduler", "tcp://127.0.0.1:1"], "--scheduler needs --engine dask"),
        (
            ["--engine", "dask", "--scheduler", "tcp://127.0.0.1:1", "--workers", "2"],
            "--workers sizes the local cluster",
        ),
        (["--engine", "dask", "--workers", "0"], "--workers must be at least 1"),
    ],
)
def test_engine_options_that_do_not_fit_are_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str], message: str
) -> None:
    status = main(["run", FOLDERS[0], "--out", str(tmp_path / "out"), *options])
    assert status == EXIT_USAGE
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("options", "engine", "scheduler"),
    [
        ([], "local", None),
        (["--engine", "dask"], "dask", None),
        (["--engine", "dask", "--scheduler", "tcp://10.0.0.5:8786"], "dask", "tcp://10.0.0.5:8786"),
    ],
)
def test_engine_options_parse(options: list[str], engine: str, scheduler: str | None) -> None:
    from pressfacts.cli import build_parser

    args = build_parser().parse_args(["run", "in", "--out", "out", *options])
    assert (args.engine, args.scheduler) == (engine, scheduler)


def test_an_unknown_engine_is_refused_by_the_parser() -> None:
    with pytest.raises(SystemExit) as raised:
        main(["run", FOLDERS[0], "--out", "out", "--engine", "spark"])
    assert raised.value.code == EXIT_USAGE


def test_without_dask_installed_the_engine_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    status = main(["run", FOLDERS[0], "--out", str(tmp_path / "out"), "--engine", "dask"])
    assert status == EXIT_USAGE
    err = capsys.readouterr().err.strip()
    install = 'pip install "pressfacts[dask]"'
    assert err == f"pressfacts run: error: the dask engine needs Dask: {install}"
    assert not (tmp_path / "out").exists()


def test_the_local_engine_never_imports_dask(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from pressfacts.cli import main\n"
        "import pressfacts.knowledge.dask_engine\n"
        f"main(['run', {str(ROOT / 'seeds' / '000_d5759edd94ebe312.txt')!r}, "
        f"'--out', {str(tmp_path)!r}, '-q'])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(result.stdout.strip().replace("'", '"')) == []
