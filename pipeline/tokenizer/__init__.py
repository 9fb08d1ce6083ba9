"""Stage 0b: spaCy's English tokenizer, kept linear on very long runs without white space."""
