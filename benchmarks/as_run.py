"""Compile regular expressions as ``pressfacts run`` does; imported by the benchmarks that
time the pipeline in their own process, before any pressfacts module compiles a pattern.

``pressfacts run`` enables :func:`pressfacts.regex_cache.enable` first: patterns kept
between runs, each with the first characters a match can start with
(:mod:`pressfacts.regex_starts`), which makes the statistics stage's scans faster. A
benchmark that built the pipeline without it would time another program. The bare
``spacy.blank("en")`` tokenizer is the same either way (its patterns are anchored).
"""

from pressfacts.regex_cache import enable

ENABLED = enable()
"""Whether this process compiles as ``pressfacts run`` does (False: ``re`` left as it is)."""
