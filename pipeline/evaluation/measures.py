"""The figures of the scorer: P/R/F1 counts, accuracies, B-cubed, and one miss.

Small frozen value types that add up across documents, so every scoring module
returns counts and the report sums them; no module computes a ratio of its own.
"""

from __future__ import annotations

from dataclasses import dataclass


def ratio(numerator: int, denominator: int, *, empty: float) -> float:
    """numerator / denominator, or ``empty`` when the denominator is 0."""
    return numerator / denominator if denominator else empty


@dataclass(frozen=True)
class Score:
    """Counts of true positives, predictions and gold items, and the P/R/F1 they give."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def p(self) -> float:
        """Precision; 1.0 when nothing is predicted and nothing is gold."""
        return ratio(self.tp, self.predicted, empty=1.0 if self.gold == 0 else 0.0)

    @property
    def r(self) -> float:
        """Recall; 1.0 when nothing is gold and nothing is predicted."""
        return ratio(self.tp, self.gold, empty=1.0 if self.predicted == 0 else 0.0)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.predicted + other.predicted, self.gold + other.gold)

    def to_json(self) -> dict[str, float]:
        """``{"p", "r", "f1"}`` rounded to four places, plus the counts."""
        return {
            "p": round(self.p, 4),
            "r": round(self.r, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass(frozen=True)
class Accuracy:
    """Share of correct items among matched pairs."""

    correct: int = 0
    total: int = 0
    gold: int = 0

    @property
    def value(self) -> float:
        """correct / total; over no pairs 1.0 when there was no gold item, else 0.0."""
        return ratio(self.correct, self.total, empty=1.0 if self.gold == 0 else 0.0)

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(
            self.correct + other.correct, self.total + other.total, self.gold + other.gold
        )


@dataclass(frozen=True)
class BCubed:
    """B-cubed precision and recall, averaged over the clustered items."""

    p: float
    r: float

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def to_json(self) -> dict[str, float]:
        """``{"p", "r", "f1"}`` rounded to four places."""
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class Miss:
    """One error, with where it is and enough context to find it."""

    doc: str
    kind: str
    detail: str
    context: str = ""
