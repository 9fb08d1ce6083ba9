"""Stage 0, before spaCy: input paths to source documents (decoding, headers, datelines)."""
