"""Stage 3: direct quotes and their speakers (component ``pressfacts_quotes``)."""
