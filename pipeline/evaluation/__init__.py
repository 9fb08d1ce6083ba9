"""Scoring a knowledge set against gold annotations (``pressfacts eval``)."""
