"""Accuracy measurement on gold-standard event files (`eventwire eval`)."""

from .gold import GoldEvent, GoldSentence, GoldSet, gold_paths, read_gold
from .runner import evaluate
from .score import Prf, SetScore, match, score_set

__all__ = [
    "GoldEvent",
    "GoldSentence",
    "GoldSet",
    "Prf",
    "SetScore",
    "evaluate",
    "gold_paths",
    "match",
    "read_gold",
    "score_set",
]
