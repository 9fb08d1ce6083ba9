"""Stage 4: figures, periods, change checks (``pressfacts_periods``, ``pressfacts_numbers``)."""
