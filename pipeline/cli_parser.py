"""The argument parser of the ``pressfacts`` command: every command, option, help and example.

Kept apart from the handlers (``pressfacts.cli``) so that the command line reads in one
place; it imports nothing heavy, so ``pressfacts --help`` stays quick. Each sub-command
records its name in ``command_name``, which ``pressfacts.cli.main`` dispatches on.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from pressfacts.reader.formats import DEFAULT_MAX_CHARS

NER_HELP = "also take PERSON and ORG spans of this installed spaCy pipeline (name or path)"


class _VersionAction(argparse.Action):
    """``--version``: the version is read from the installed metadata only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("help", "show program's version number and exit")
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        from pressfacts.version import __version__

        print(f"pressfacts {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command, with help and an example for each."""
    parser = argparse.ArgumentParser(
        prog="pressfacts",
        description="Turn press releases into a deduplicated knowledge set.",
    )
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    run = commands.add_parser(
        "run",
        help="extract the knowledge set from press releases",
        description=(
            "Extract entities, quotes and statistics into DIR/knowledge.jsonl (and "
            "DIR/partials.jsonl, what each document contributed, for a later --merge)."
        ),
        epilog="example: pressfacts run seeds/ --out outputs/; "
        "later: pressfacts run today/ --out outputs/ --merge",
    )
    run.add_argument(
        "inputs",
        nargs="+",
        metavar="PATH",
        help="files, folders or globs; - reads JSON Lines from standard input",
    )
    run.add_argument("--out", required=True, metavar="DIR", help="output folder")
    run.add_argument(
        "--max-chars",
        type=int,
        default=DEFAULT_MAX_CHARS,
        metavar="N",
        help=f"longer documents are recorded as errors (default {DEFAULT_MAX_CHARS:,})",
    )
    run.add_argument("--ner-model", metavar="NAME_OR_PATH", help=NER_HELP)
    run.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="extract in N processes (default 1); the output is the same bytes; with "
        "--engine dask, the local cluster's worker processes (default one per core)",
    )
    run.add_argument(
        "--engine",
        choices=("local", "dask"),  # build.ENGINES, written out: --help imports no spaCy
        default="local",
        help="where extraction runs: this machine (default) or a Dask cluster, the same "
        'bytes (needs pip install "pressfacts[dask]")',
    )
    run.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask, the scheduler to use (e.g. tcp://host:8786); "
        "default: a local cluster",
    )
    run.add_argument(
        "--merge",
        action="store_true",
        help="add the inputs to the knowledge set already in DIR (only new texts are "
        "processed); renamed ids go to DIR/renamed-ids.jsonl",
    )
    loudness = run.add_mutually_exclusive_group()
    loudness.add_argument(
        "-q",
        "--quiet",
        dest="verbosity",
        action="store_const",
        const=-1,
        default=0,
        help="no progress bar and no summary; usage errors only",
    )
    loudness.add_argument(
        "-v",
        "--verbose",
        dest="verbosity",
        action="store_const",
        const=1,
        help="one line per document: ok, its warnings, or its error",
    )
    run.set_defaults(command_name="run")

    evaluate = commands.add_parser(
        "eval",
        help="score extraction against gold annotations",
        description=(
            "Score a knowledge.jsonl, or a folder of inputs (run first), against a folder "
            "of gold files: entities, titles, quotes, attribution, statistics, dedup."
        ),
        epilog="example: pressfacts eval --gold seeds/gold outputs/knowledge.jsonl",
    )
    evaluate.add_argument("target", metavar="TARGET", help="knowledge.jsonl or input folder")
    evaluate.add_argument("--gold", required=True, metavar="DIR", help="folder of gold files")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.add_argument("--ner-model", metavar="NAME_OR_PATH", help=NER_HELP)
    evaluate.set_defaults(command_name="eval")

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of the records",
        description="Print the JSON Schema of one line of knowledge.jsonl.",
        epilog="example: pressfacts schema > knowledge.schema.json",
    )
    schema.set_defaults(command_name="schema")

    load = commands.add_parser(
        "load",
        help="load a knowledge set into SQLite or PostgreSQL",
        description=(
            "Load knowledge.jsonl into a database: normalised tables and analyst views. "
            "Idempotent (only changed rows are written; vanished records are deleted) and "
            "one transaction. renamed-ids.jsonl beside the file is applied first."
        ),
        epilog=(
            "example: pressfacts load outputs/knowledge.jsonl  (writes outputs/knowledge.db); "
            "into PostgreSQL: pressfacts load outputs/knowledge.jsonl "
            "--db postgresql://me@localhost/facts"
        ),
    )
    load.add_argument("knowledge", metavar="KNOWLEDGE", help="a knowledge.jsonl file")
    load.add_argument(
        "--db",
        metavar="URL",
        help="sqlite:///PATH, postgresql://USER@HOST/DB or a SQLite file path "
        "(default: knowledge.db beside KNOWLEDGE)",
    )
    load.set_defaults(command_name="load")

    report = commands.add_parser(
        "report",
        help="write a static review page of a knowledge set",
        description=(
            "Write DIR/report.html and one page per document in DIR/docs/: the texts with "
            "entities, quotes and statistics highlighted (click one to see its record), "
            "people, quotes and a statistics table. Static: no server, nothing fetched. "
            "With --gold, the evaluation's figures and every miss marked in its text."
        ),
        epilog="example: pressfacts report outputs/knowledge.jsonl --gold seeds/gold --out review/",
    )
    report.add_argument("knowledge", metavar="KNOWLEDGE", help="a knowledge.jsonl file")
    report.add_argument("--gold", metavar="DIR", help="folder of gold files to score against")
    report.add_argument("--out", required=True, metavar="DIR", help="output folder")
    report.set_defaults(command_name="report")
    return parser
