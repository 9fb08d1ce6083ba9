"""Third-party parsers kept quiet: their log lines would land, out of context, in the run's
stderr.

pypdf logs "EOF marker not found" for a truncated PDF and trafilatura "discarding data"
for a page it cannot use; Python's last-resort handler prints such warnings bare on
stderr, between the progress bar and the summary, naming no input. What matters of them
is already in the document's record (its ``error``, or the text that was read), so the
extractors run with these loggers raised above CRITICAL and put back afterwards.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

PARSER_LOGGERS = ("pypdf", "docx", "trafilatura", "htmldate", "courlan", "justext")
"""The loggers of the libraries that read PDF, DOCX and HTML inputs (and their helpers)."""


@contextmanager
def quiet_parsers(names: tuple[str, ...] = PARSER_LOGGERS) -> Iterator[None]:
    """Within the block, the loggers ``names`` (and their children) log nothing."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
