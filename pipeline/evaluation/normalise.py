"""Text folding and sentence splitting for the scorer, as the contract's Scoring defines.

Names are folded for entity matching (case, punctuation, a leading "the"); quote
sentences are folded for quote matching (case, quote marks, dashes, underscores, white
space): both by the one text normaliser, ``pressfacts.lexicon.text``. Quote texts are
split into sentences by its small regex splitter (``split_sentences``), not by the
pipeline's sentence stage, so the scorer measures that stage instead of sharing its
errors.
"""

from __future__ import annotations

from pressfacts.lexicon.text import fold_name, fold_quote, split_sentences, squash_spaces

# The folding is the one text normaliser's (pressfacts.lexicon.text); the contract's
# name for the quote folding is kept for callers of the evaluation API.
normalise_quote = fold_quote


__all__ = ["fold_name", "normalise_quote", "split_sentences", "squash_spaces"]
