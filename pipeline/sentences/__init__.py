"""Stage 1: sentence boundaries for press-release prose (component ``pressfacts_sentences``)."""
