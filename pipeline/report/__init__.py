"""The review page of a knowledge set: ``pressfacts report``.

Static HTML pages, rendered from Jinja2 templates, that show each document's text
with its entities, quotes and statistics highlighted in place (a click shows the
record), the knowledge set's people, quotes and statistics, and, with a gold folder,
the evaluation's figures and misses. See :func:`build_report`.
"""

from pressfacts.report.build import build_report

__all__ = ["build_report"]
