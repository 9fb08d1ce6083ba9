"""Every named rule table holds each name once: a trace reports a rule by its name, and a
name written twice (as two branches' rules merged into one table) hides one of them."""

from __future__ import annotations

import importlib
import pkgutil
from collections import Counter

import pressfacts


def rule_tables() -> dict[str, list[str]]:
    """Each module-level table of the package whose entries all have a ``name``
    (``PERIOD_RULES``, ``ELIDED_RULES``, ``FIGURE_AREA_RULES`` …): its entries' names."""
    tables: dict[str, list[str]] = {}
    for found in pkgutil.walk_packages(pressfacts.__path__, "pressfacts."):
        module = importlib.import_module(found.name)
        for attribute, value in vars(module).items():
            if not attribute.isupper() or not isinstance(value, tuple) or not value:
                continue
            if all(isinstance(getattr(entry, "name", None), str) for entry in value):
                tables[f"{found.name}.{attribute}"] = [entry.name for entry in value]
    return tables


def test_the_rule_tables_are_found() -> None:
    tables = rule_tables()
    assert "pressfacts.statistics.period_table.PERIOD_RULES" in tables
    assert "pressfacts.statistics.elided_counts.ELIDED_RULES" in tables
    assert len(tables) > 40


def test_no_rule_name_is_written_twice() -> None:
    repeated = {
        table: sorted(name for name, count in Counter(names).items() if count > 1)
        for table, names in rule_tables().items()
    }
    assert {table: names for table, names in repeated.items() if names} == {}
