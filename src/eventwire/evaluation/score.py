"""Scoring emitted events against gold: precision / recall / F1 per level, a
per-category breakdown, the most frequent confusions and actor accuracy.

Pure functions over GoldEvent lists (no spaCy), so the rules can be unit-tested:
events are compared per sentence as multisets of keys, micro-averaged over a set;
a sentence whose gold is empty (`noevents`) makes every emitted event there a
false positive.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Event
from .gold import CAMEO, HELD, PLOVER, GoldEvent, GoldSentence, GoldSet

# Every level, in report order; a set is scored at the ones its gold supports.
ALL_LEVELS = ("root", "code", "plover", "tuple")
TOP = 10


def emitted_event(event: Event) -> GoldEvent:
    """An emitted Event in the scorer's form (countries = first 3 letters of actor codes)."""

    def ctry(actor) -> str | None:
        code = actor.code if actor is not None else None
        return code[:3] if code else None

    return GoldEvent(ctry(event.source), ctry(event.target), event.cameo, event.plover_event)


@dataclass(frozen=True)
class Prf:
    tp: int
    gold: int
    emitted: int

    @property
    def precision(self) -> float:
        if self.emitted == 0:
            return 1.0 if self.gold == 0 else 0.0
        return self.tp / self.emitted

    @property
    def recall(self) -> float:
        if self.gold == 0:
            return 1.0 if self.emitted == 0 else 0.0
        return self.tp / self.gold

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Prf) -> Prf:
        return Prf(self.tp + other.tp, self.gold + other.gold, self.emitted + other.emitted)

    def to_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "gold": self.gold,
            "emitted": self.emitted,
        }


ZERO = Prf(0, 0, 0)


@dataclass(frozen=True)
class Example:
    id: str
    text: str

    def to_dict(self) -> dict:
        return {"id": self.id, "text": self.text}


@dataclass(frozen=True)
class ErrorCount:
    """A frequent error: gold -> emitted category (None when missed / spurious)."""

    gold: str | None
    emitted: str | None
    count: int
    example: Example

    @property
    def kind(self) -> str:
        if self.gold is None:
            return "spurious"
        if self.emitted is None:
            return "missed"
        return "confused"

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "gold": self.gold,
            "emitted": self.emitted,
            "count": self.count,
            "example": self.example.to_dict(),
        }


@dataclass(frozen=True)
class Confusion:
    """Errors at one level: gold -> emitted pairs within a sentence, then what was missed
    (gold with nothing left to pair) and what was spurious, each most frequent first."""

    level: str
    confused: int
    missed: int
    spurious: int
    pairs: tuple[ErrorCount, ...]
    missed_by: tuple[ErrorCount, ...]
    spurious_by: tuple[ErrorCount, ...]

    @property
    def top(self) -> tuple[ErrorCount, ...]:
        """All listed error types of the three kinds, most frequent first."""
        every = self.pairs + self.missed_by + self.spurious_by
        return tuple(sorted(every, key=lambda e: (-e.count, str(e.gold), str(e.emitted))))

    def to_dict(self) -> dict:
        return {
            "level": self.level,
            "confused": self.confused,
            "missed": self.missed,
            "spurious": self.spurious,
            "pairs": [e.to_dict() for e in self.pairs],
            "missed_by": [e.to_dict() for e in self.missed_by],
            "spurious_by": [e.to_dict() for e in self.spurious_by],
        }


@dataclass(frozen=True)
class Accuracy:
    correct: int
    total: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict:
        acc = self.accuracy
        return {
            "correct": self.correct,
            "total": self.total,
            "accuracy": round(acc, 4) if acc is not None else None,
        }


@dataclass(frozen=True)
class SetScore:
    name: str
    path: str
    kind: str
    sentences: int
    gold_events: int
    emitted_events: int
    levels: dict[str, Prf | None]
    breakdown: dict[str, list[tuple[str, Prf]]]
    confusion: dict[str, Confusion]
    source_accuracy: Accuracy | None = None
    target_accuracy: Accuracy | None = None
    unscored: int = 0  # emitted events with no type at the set's event level

    @property
    def over_production(self) -> float | None:
        return self.emitted_events / self.gold_events if self.gold_events else None

    def f1(self, level: str) -> float | None:
        prf = self.levels.get(level)
        return prf.f1 if prf is not None else None

    def measure(self, name: str) -> float | None:
        """A headline number by name: a level's F1 ("root", "tuple" …), or the country
        accuracy of matched events' actors ("source_actor", "target_actor")."""
        if name in {"source_actor", "target_actor"}:
            acc = self.source_accuracy if name == "source_actor" else self.target_accuracy
            return acc.accuracy if acc is not None else None
        return self.f1(name)

    def to_dict(self) -> dict:
        ratio = self.over_production
        return {
            "name": self.name,
            "path": self.path,
            "kind": self.kind,
            "sentences": self.sentences,
            "gold_events": self.gold_events,
            "emitted_events": self.emitted_events,
            "over_production": round(ratio, 4) if ratio is not None else None,
            "unscored_events": self.unscored,
            "levels": {k: (v.to_dict() if v is not None else None) for k, v in self.levels.items()},
            "actors": None
            if self.source_accuracy is None
            else {
                "source": self.source_accuracy.to_dict(),
                "target": self.target_accuracy.to_dict() if self.target_accuracy else None,
            },
            "breakdown": {
                level: [{"category": c, **p.to_dict()} for c, p in rows]
                for level, rows in self.breakdown.items()
            },
            "confusion": {level: c.to_dict() for level, c in self.confusion.items()},
        }


# -- keys ------------------------------------------------------------------------------------
def key(level: str, event: GoldEvent, kind: str) -> object | None:
    """What is compared at a level; None when the event cannot be scored there."""
    if level == "root":
        return event.root
    if level == "code":
        return event.code
    if level == "plover":
        return event.plover
    if level == "tuple":
        kind_key = event.plover if kind == PLOVER else event.root
        return None if kind_key is None else (event.source, event.target, kind_key)
    raise ValueError(f"unknown level {level!r}")


def category(level: str, k: object) -> str:
    """The breakdown category of a key: the event type (for tuples, the tuple's type)."""
    if level == "tuple":
        return str(k[2])  # type: ignore[index]
    return str(k)


def _keys(level: str, events: Sequence[GoldEvent], kind: str) -> Counter:
    return Counter(k for k in (key(level, e, kind) for e in events) if k is not None)


def _applies(level: str, gold_set: GoldSet, sentence: GoldSentence) -> bool:
    if level not in gold_set.levels:
        return False
    return level != "tuple" or sentence.has_actors


def match(
    gold: Sequence[GoldEvent], emitted: Sequence[GoldEvent], level: str, kind: str = CAMEO
) -> Prf:
    """Multiset comparison of one sentence's gold and emitted events at one level."""
    g, e = _keys(level, gold, kind), _keys(level, emitted, kind)
    return Prf(sum((g & e).values()), sum(g.values()), sum(e.values()))


# -- one set ---------------------------------------------------------------------------------
def score_set(
    gold_set: GoldSet, emitted: Sequence[Sequence[GoldEvent]], top: int = TOP
) -> SetScore:
    """Score a gold set; `emitted[i]` holds the events coded for `gold_set.sentences[i]`."""
    if len(emitted) != len(gold_set.sentences):
        raise ValueError("one list of emitted events per gold sentence is needed")
    kind = gold_set.kind
    totals: dict[str, Prf] = {lv: ZERO for lv in gold_set.levels}
    cats: dict[str, dict[str, Prf]] = {lv: {} for lv in gold_set.levels}
    event_level = gold_set.event_level
    confusion_levels = [lv for lv in ("root", "code", "plover") if lv in gold_set.levels]
    errors: dict[str, Counter] = {lv: Counter() for lv in confusion_levels}
    examples: dict[str, dict[tuple, Example]] = {lv: {} for lv in confusion_levels}
    src_ok = src_all = tgt_ok = tgt_all = 0
    unscored = 0
    for sentence, events in zip(gold_set.sentences, emitted, strict=True):
        unscored += sum(1 for e in events if key(event_level, e, kind) is None)
        for lv in gold_set.levels:
            if not _applies(lv, gold_set, sentence):
                continue
            g, e = _keys(lv, sentence.events, kind), _keys(lv, events, kind)
            totals[lv] = totals[lv] + Prf(sum((g & e).values()), sum(g.values()), sum(e.values()))
            for k in g.keys() | e.keys():
                c = category(lv, k)
                add = Prf(min(g[k], e[k]), g[k], e[k])
                cats[lv][c] = cats[lv].get(c, ZERO) + add
            if lv in errors:
                for err in _errors(g, e):
                    errors[lv][err] += 1
                    # The held part is only ever scored: its errors name the record, never
                    # show its sentence, so no one writes a rule from it by accident.
                    text = "" if gold_set.part == HELD else sentence.text
                    examples[lv].setdefault(err, Example(sentence.id, text))
        if kind != CAMEO:
            s_ok, s_all, t_ok, t_all = _actor_agreement(sentence.events, events, event_level, kind)
            src_ok, src_all, tgt_ok, tgt_all = (
                src_ok + s_ok,
                src_all + s_all,
                tgt_ok + t_ok,
                tgt_all + t_all,
            )
    levels = {lv: (totals[lv] if lv in totals else None) for lv in ALL_LEVELS}
    breakdown = {
        lv: sorted(rows.items(), key=lambda kv: (-kv[1].gold, -kv[1].emitted, kv[0]))
        for lv, rows in cats.items()
    }
    confusion = {}
    for lv, counter in errors.items():
        ranked = [
            ErrorCount(g, e, n, examples[lv][(g, e)])
            for (g, e), n in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))
        ]
        by_kind = {
            k: [r for r in ranked if r.kind == k] for k in ("confused", "missed", "spurious")
        }
        confusion[lv] = Confusion(
            level=lv,
            confused=sum(r.count for r in by_kind["confused"]),
            missed=sum(r.count for r in by_kind["missed"]),
            spurious=sum(r.count for r in by_kind["spurious"]),
            pairs=tuple(by_kind["confused"][:top]),
            missed_by=tuple(by_kind["missed"][:top]),
            spurious_by=tuple(by_kind["spurious"][:top]),
        )
    n_gold = sum(len(s.events) for s in gold_set.sentences)
    n_emitted = sum(len(e) for e in emitted)
    has_actors = kind != CAMEO
    return SetScore(
        name=gold_set.name,
        path=gold_set.path,
        kind=kind,
        sentences=len(gold_set.sentences),
        gold_events=n_gold,
        emitted_events=n_emitted,
        levels=levels,
        breakdown=breakdown,
        confusion=confusion,
        source_accuracy=Accuracy(src_ok, src_all) if has_actors else None,
        target_accuracy=Accuracy(tgt_ok, tgt_all) if has_actors else None,
        unscored=unscored,
    )


def _errors(gold: Counter, emitted: Counter) -> list[tuple[str | None, str | None]]:
    """Unmatched gold and emitted keys of one sentence as (gold, emitted) error pairs:
    paired in order while both remain (a confusion), then missed / spurious."""
    missed = sorted((gold - emitted).elements(), key=str)
    spurious = sorted((emitted - gold).elements(), key=str)
    pairs: list[tuple[str | None, str | None]] = []
    for i in range(max(len(missed), len(spurious))):
        g = str(missed[i]) if i < len(missed) else None
        e = str(spurious[i]) if i < len(spurious) else None
        pairs.append((g, e))
    return pairs


def _actor_agreement(
    gold: Sequence[GoldEvent], emitted: Sequence[GoldEvent], level: str, kind: str
) -> tuple[int, int, int, int]:
    """Among events matched on type, how often the source / target country agrees.

    Each gold event takes the unused emitted event of the same type that agrees best."""
    free = list(emitted)
    s_ok = s_all = t_ok = t_all = 0
    for g in gold:
        k = key(level, g, kind)
        if k is None or not g.has_actors:
            continue
        same = [e for e in free if key(level, e, kind) == k]
        if not same:
            continue
        best = max(same, key=lambda e: (e.source == g.source) + (e.target == g.target))
        free.remove(best)
        if g.source is not None:
            s_all += 1
            s_ok += best.source == g.source
        if g.target is not None:
            t_all += 1
            t_ok += best.target == g.target
    return s_ok, s_all, t_ok, t_all
