"""Words every stage shares, written once: months, number words, named regex parts."""
