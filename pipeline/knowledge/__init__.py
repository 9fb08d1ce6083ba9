"""Stage 5: per-document findings to records, merged across documents, and written."""
