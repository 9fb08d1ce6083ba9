"""The ``pressfacts`` command: a thin layer over the library.

Commands:
    run     press releases in, ``knowledge.jsonl`` out
    eval    score a knowledge set (or a folder of inputs) against gold annotations
    schema  the JSON Schema of the records
    load    a knowledge set into SQLite or PostgreSQL
    report  a static review page of a knowledge set (with --gold, the evaluation too)
Exit status: 0 when every document was processed, 1 when some were recorded as
errors, 2 for a usage error. For ``load``: 0 loaded (or nothing to change), 1 the
database refused the load (nothing was changed), 2 a usage error or a file that
cannot be loaded.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from contextlib import nullcontext
from functools import partial
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pressfacts.cli_parser import build_parser

# Each command imports what it needs (spaCy, pydantic, the readers, tqdm) when it runs:
# ``pressfacts --help`` and a usage error stay quick, and ``schema`` never loads spaCy.
if TYPE_CHECKING:
    from pressfacts.knowledge.build import DocumentFacts

PROGRESS_MIN_INPUTS = 5
"""A progress bar is shown on stderr, when it is a terminal, for batches of more inputs."""
FAILURES_LISTED = 10
"""The summary names this many failed inputs, then gives the count of the rest."""

UNMATCHED_GOLD = "missing document"
"""The kind of miss the scorer reports for a gold file that matches no document."""

EXIT_OK, EXIT_DOCUMENT_ERRORS, EXIT_USAGE = 0, 1, 2


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    """Config overrides from the command line (``--ner-model``)."""
    if getattr(args, "ner_model", None):
        return {"components.pressfacts_entities.ner_model": args.ner_model}
    return {}


def _error(command: str, message: str) -> int:
    print(f"pressfacts {command}: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _run(args: argparse.Namespace) -> int:
    # spaCy is imported only by the commands that run the pipeline: --help stays quick
    from pressfacts.lifetime import long_lived
    from pressfacts.regex_cache import enable as cache_regexes

    cache_regexes()  # the pipeline's and spaCy's patterns, compiled in an earlier run
    with long_lived():  # modules are kept for the run
        from pressfacts.knowledge.store import OutputError, open_output
        from pressfacts.reader.read import expand_inputs

    paths = expand_inputs(args.inputs)
    if not paths:
        return _error("run", "no input files found")
    if args.max_chars < 1:
        return _error("run", f"--max-chars must be at least 1, not {args.max_chars}")
    if args.workers < 1:
        return _error("run", f"--workers must be at least 1, not {args.workers}")
    engine_problem = _engine_problem(args)
    if engine_problem:
        return _error("run", engine_problem)
    with long_lived():
        from pressfacts.lean_spacy import import_spacy

        import_spacy()  # first, without spaCy's own command line
        from pressfacts.knowledge.dispatch import EngineError

    try:
        with open_output(Path(args.out)) as out_dir:
            return _run_locked(args, paths, out_dir)
    except (OutputError, EngineError) as error:
        return _error("run", str(error))


def _engine_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with ``--engine``/``--scheduler``/``--workers`` together, if anything."""
    if args.engine != "dask":
        return "--scheduler needs --engine dask" if args.scheduler else None
    if args.scheduler and args.workers != 1:
        return "--workers sizes the local cluster; with --scheduler the cluster's workers run"
    from pressfacts.knowledge.dask_engine import require_dask
    from pressfacts.knowledge.dispatch import EngineError

    try:
        require_dask()
    except EngineError as error:
        return str(error)
    return None


def _run_locked(args: argparse.Namespace, paths: list[str], out_dir: Path) -> int:
    from pressfacts.lifetime import long_lived

    with long_lived():  # modules are kept for the run
        from tqdm import tqdm

        from pressfacts.knowledge.beside import beside
        from pressfacts.knowledge.build import build_knowledge_parts, copy_redater
        from pressfacts.knowledge.partials import (
            PartialsError,
            discard_ahead,
            read_stored_set,
            side_files,
            write_partials_ahead,
        )
        from pressfacts.knowledge.store import KNOWLEDGE_FILE, write_knowledge_set
        from pressfacts.knowledge.workers import FORK_WORKERS
        from pressfacts.nlp import build_nlp
        from pressfacts.reader.inputs import STDIN
        from pressfacts.reader.read import read_inputs

    try:  # --merge: the set already in --out, read before any work is done
        stored = read_stored_set(out_dir, _overrides(args)) if args.merge else None
    except PartialsError as error:
        return _error("run", f"--merge: {error}")
    # one pipeline for the run, kept to its end: workers are forked from it on Linux;
    # spawned workers and a cluster's build their own
    with long_lived():
        local = args.engine == "local" and (args.workers == 1 or FORK_WORKERS)
        nlp = build_nlp(_overrides(args)) if local else None
    show_progress = len(paths) > PROGRESS_MIN_INPUTS and args.verbosity >= 0 and sys.stderr.isatty()
    # a JSON Lines input holds many documents: then the total is not known in advance;
    # otherwise one step per input and a last one for the merge and the write
    streams = any(path == STDIN or path.lower().endswith(".jsonl") for path in paths)
    total = None if streams else len(paths) + 1
    with tqdm(total=total, disable=not show_progress, unit="doc", file=sys.stderr) as bar:

        def on_document(facts: DocumentFacts) -> None:
            bar.update()
            if args.verbosity > 0:
                bar.write(_document_line(facts), file=sys.stderr)

        parts = build_knowledge_parts(
            read_inputs(paths),
            nlp,
            on_document=on_document,
            max_chars=args.max_chars,
            workers=args.workers,
            overrides=_overrides(args),
            known=stored.parts if stored else None,
            engine=args.engine,
            scheduler=args.scheduler,
        )
        bar.set_postfix_str("merging")
        # with workers, their cores are free again: the statistics merged, and the
        # partials written, each in a child beside the rest of the merge
        together = args.workers > 1 and args.engine == "local"
        ahead = partial(write_partials_ahead, parts, out_dir, _overrides(args))
        with beside(ahead) if together else nullcontext() as partials:
            try:
                records = parts.records(
                    pack=True,
                    beside=together,
                    redate=copy_redater(nlp, _overrides(args), args.max_chars),
                )
                try:
                    written = partials.result() if partials else None
                    files, renamed = side_files(parts, records, _overrides(args), stored, written)
                    target = write_knowledge_set(records, out_dir, files)
                except OSError as error:
                    bar.close()
                    name = out_dir / KNOWLEDGE_FILE
                    return _error("run", f"cannot write {name}: {error.strerror}")
            finally:  # renamed into place when written; else not left behind
                discard_ahead(partials)
        bar.update()
    if args.verbosity >= 0:
        print(_summary(records, target), file=sys.stderr)
        if renamed:
            print(f"  {renamed} ids renamed -> {out_dir / 'renamed-ids.jsonl'}", file=sys.stderr)
    return EXIT_DOCUMENT_ERRORS if records[0].errors else EXIT_OK


def _document_line(facts: DocumentFacts) -> str:
    source = ", ".join(facts.sources)
    if facts.error:
        return f"{source}: error: {facts.error}"
    notes = "".join(f"; warning: {warning}" for warning in facts.source.warnings)
    return f"{source}: ok{notes}"


def _summary(records: Sequence[Any], target: Path) -> str:
    """One line of counts, then each failed input with its reason (the first ten)."""
    counts: dict[str, int] = {}
    for record in islice(records, 1, None):
        counts[record.kind] = counts.get(record.kind, 0) + 1
    run = records[0]
    lines = [
        f"pressfacts: {run.documents} documents ({run.errors} errors), "
        f"{counts.get('entity', 0)} entities, {counts.get('quote', 0)} quotes, "
        f"{counts.get('statistic', 0)} statistics -> {target}"
    ]
    failed = sorted(
        (source, record.error)
        for record in records
        if record.kind == "document" and record.status == "error"
        for source in record.sources
    )
    lines += [f"  failed: {source}: {reason}" for source, reason in failed[:FAILURES_LISTED]]
    if len(failed) > FAILURES_LISTED:
        lines.append(f"  … and {len(failed) - FAILURES_LISTED} more failed inputs")
    return "\n".join(lines)


def _eval(args: argparse.Namespace) -> int:
    from pressfacts.evaluation import evaluate  # only this command needs the scorer
    from pressfacts.models.gold import GoldError

    target, gold = Path(args.target), Path(args.gold)
    for path, what in ((target, "TARGET"), (gold, "--gold")):
        if not path.exists():
            print(f"pressfacts eval: error: {what} {path} does not exist", file=sys.stderr)
            return EXIT_USAGE
    try:
        with tempfile.TemporaryDirectory() as workdir:
            report = evaluate(target, gold, Path(workdir), _overrides(args))
    except (GoldError, ValueError) as error:  # a bad gold file or a bad knowledge set
        reason = str(error).splitlines()[0]
        print(f"pressfacts eval: error: {reason}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        print(json.dumps(report.to_json(), indent=2, sort_keys=True))
    else:
        print(report.format_report())
    unmatched = sorted({miss.doc for miss in report.misses if miss.kind == UNMATCHED_GOLD})
    if not report.documents or unmatched:
        named = ", ".join(unmatched[:FAILURES_LISTED])
        more = (
            f" and {len(unmatched) - FAILURES_LISTED} more"
            if len(unmatched) > FAILURES_LISTED
            else ""
        )
        print(
            f"pressfacts eval: error: no gold file in {gold}"
            if not report.documents
            else f"pressfacts eval: error: {len(unmatched)} of {report.documents} gold files "
            f"match no document: {named}{more}",
            file=sys.stderr,
        )
        return EXIT_DOCUMENT_ERRORS
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from pressfacts.models.records import record_json_schema

    print(json.dumps(record_json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def _load(args: argparse.Namespace) -> int:
    # SQLAlchemy is imported by this command only: --help and run stay quick
    from sqlalchemy.exc import SQLAlchemyError

    from pressfacts.load import (
        DatabaseTooNewError,
        DatabaseUrlError,
        LoadInputError,
        load_knowledge_set,
    )

    try:
        report = load_knowledge_set(Path(args.knowledge), args.db)
    except (LoadInputError, DatabaseUrlError, DatabaseTooNewError) as error:
        print(f"pressfacts load: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        print(
            f"pressfacts load: error: the database refused the load, nothing was changed: {reason}",
            file=sys.stderr,
        )
        return EXIT_DOCUMENT_ERRORS
    if report.dropped_affiliations:
        print(
            f"pressfacts load: warning: {report.dropped_affiliations} affiliations name no "
            "entity record (allowed in schema_version 1) and were not loaded",
            file=sys.stderr,
        )
    print(f"pressfacts load: {report.summary()}", file=sys.stderr)
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    # Jinja2 and the scorer are imported by this command only: --help stays quick
    from pressfacts.evaluation import read_knowledge, score
    from pressfacts.models.gold import GoldError, load_gold_dir
    from pressfacts.report import build_report

    knowledge_path = Path(args.knowledge)
    if not knowledge_path.is_file():
        return _error("report", f"KNOWLEDGE {knowledge_path} is not a file")
    if args.gold and not Path(args.gold).is_dir():
        return _error("report", f"--gold {args.gold} is not a folder")
    try:
        knowledge = read_knowledge(knowledge_path)
        evaluation = score(knowledge, load_gold_dir(Path(args.gold))) if args.gold else None
    except (GoldError, ValueError) as error:
        return _error("report", str(error).splitlines()[0])
    try:
        target = build_report(knowledge, Path(args.out), evaluation)
    except OSError as error:
        return _error("report", f"cannot write {args.out}: {error.strerror}")
    print(f"pressfacts report: {target}", file=sys.stderr)
    return EXIT_OK


HANDLERS = {"run": _run, "eval": _eval, "schema": _schema, "load": _load, "report": _report}
"""The handler of each command, by the name the parser records in ``command_name``."""
EXIT_BROKEN_PIPE = 141
"""128 + SIGPIPE: what a Unix tool returns when the reader of its output (``head``) left."""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``pressfacts`` console script; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return int(HANDLERS[args.command_name](args))
    except BrokenPipeError:
        # stdout's reader closed it: stop quietly, and keep Python's exit-time flush of
        # stdout from raising again (the recipe of the ``signal`` module's documentation)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
