"""quiet_parsers: a third-party parser's log lines are dropped inside the block only."""

from __future__ import annotations

import logging

import pytest

from pressfacts.reader.quiet import PARSER_LOGGERS, quiet_parsers


@pytest.mark.parametrize("name", [*PARSER_LOGGERS, "pypdf._reader", "trafilatura.core"])
def test_a_parser_logs_nothing_inside_the_block_and_again_after(
    name: str, caplog: pytest.LogCaptureFixture
) -> None:
    logger = logging.getLogger(name)
    with caplog.at_level(logging.WARNING), quiet_parsers():
        logger.warning("inside")
    logger.warning("after")
    assert [record.getMessage() for record in caplog.records] == ["after"]


def test_other_loggers_are_left_alone(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING), quiet_parsers():
        logging.getLogger("pressfacts").warning("ours")
    assert [record.getMessage() for record in caplog.records] == ["ours"]
