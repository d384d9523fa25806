"""spaCy's attribute_ruler with the same rules and the same output, without its Matcher.

The packaged English pipeline maps tags to POS, morphology and a few lemmas with an
AttributeRuler of ~180 one- and two-token patterns. spaCy runs them through a generic
Matcher at every token and builds a Span per match: 15-20% of the whole parse time on
news (bench/coding_speed.py), as much as the tagger and parser together.

Every one-token pattern tests only the token's own TAG, LOWER, DEP and IS_SPACE, so
the rules that match a token are a function of those four values: they are found once
per distinct combination (a dict lookup afterwards) by evaluating the patterns in
Python; two-token patterns are tried only where their first token matches. A word no
pattern names (==, IN, NOT_IN) passes or fails those tests like any other such word,
so it counts as one class, told apart only by the few LOWER regexes: news keeps
bringing new words, and keyed by the word itself the table missed on every one. Matches are
ordered and applied as AttributeRuler does (by rule number, later rules win), so
tokens get exactly the attributes the stock component gives them
(tests/test_lean_engine.py compares every token attribute and the match lists).

`speed_up(ruler)` swaps the class of a loaded AttributeRuler for this subclass (same
state, same patterns, same serialisation); a ruler holding a pattern outside the
supported subset (another attribute or operator) is left as it is.
"""

from __future__ import annotations

import re

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens._retokenize import set_token_attrs

_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_OPS = {"IN", "NOT_IN", "REGEX"}


def _supported(token_pattern: dict) -> bool:
    for key, value in token_pattern.items():
        if key not in _KEYS:
            return False
        if isinstance(value, dict) and (not value or set(value) - _OPS):
            return False
        if key == "IS_SPACE" and not isinstance(value, bool):
            return False
    return True


def _test(value, wanted) -> bool:
    """One attribute test of a Matcher token pattern, as the Matcher evaluates it."""
    if not isinstance(wanted, dict):
        return value == wanted
    for op, arg in wanted.items():
        if op == "IN" and value not in arg:
            return False
        if op == "NOT_IN" and value in arg:
            return False
        if op == "REGEX" and not re.search(arg, value):
            return False
    return True


def _matches(token_pattern: dict, feats: tuple[str, str, str, bool]) -> bool:
    return all(_test(feats[_KEYS.index(k)], v) for k, v in token_pattern.items())


class FastAttributeRuler(AttributeRuler):
    """AttributeRuler.match and set_annotations by table lookup (same results)."""

    def _prepare(self) -> None:
        single: list[tuple[int, dict]] = []  # (rule number, token pattern)
        double: list[tuple[int, list[dict]]] = []
        for rule, patterns in enumerate(self._rule_patterns()):
            for pattern in patterns:
                (single if len(pattern) == 1 else double).append(
                    (rule, pattern[0] if len(pattern) == 1 else pattern))
        self._single = single
        self._double = double
        self._by_key: dict[tuple, tuple[int, ...]] = {}  # one-token rules per features
        self._first: dict[tuple, tuple[int, ...]] = {}  # two-token patterns per 1st token
        self._second: dict[tuple[int, tuple], bool] = {}
        self._merged: dict[tuple[int, ...], dict] = {}
        named: set[str] = set()
        regexes: list[str] = []
        for _rule, pattern in single + [(r, t) for r, ps in double for t in ps]:
            wanted = pattern.get("LOWER")
            if isinstance(wanted, dict):
                for op, arg in wanted.items():
                    (regexes.append(arg) if op == "REGEX" else named.update(arg))
            elif wanted is not None:
                named.add(wanted)
        self._named = named
        self._regexes = [re.compile(r) for r in regexes]
        self._word_class: dict[int, object] = {}  # LOWER hash -> its class in keys
        self._match_ids = [self.vocab.strings[str(i)] for i in range(len(self.attrs))]
        self._prepared_for = len(self.attrs)

    def _rule_patterns(self) -> list[list[list[dict]]]:
        """The Matcher patterns of each rule, by rule number (as AttributeRuler.add
        registered them under the key str(rule number))."""
        return [self.matcher.get(self.vocab.strings[str(i)])[1] for i in range(len(self.attrs))]

    @staticmethod
    def _feats(strings, key: tuple[int, int, int, int]) -> tuple[str, str, str, bool]:
        tag, lower, dep, space = key
        return (strings[tag] if tag else "", strings[lower] if lower else "",
                strings[dep] if dep else "", bool(space))

    def _key(self, strings, row: tuple[int, int, int, int]) -> tuple:
        """(tag, word class, dep, space): a named word is its own class; any other
        word's class is the outcome of the LOWER regexes on it."""
        tag, lower, dep, space = row
        word = self._word_class.get(lower)
        if word is None:
            text = strings[lower] if lower else ""
            word = self._word_class[lower] = lower if text in self._named else tuple(
                bool(r.search(text)) for r in self._regexes)
        return (tag, word, dep, space)

    def match(self, doc):
        if getattr(self, "_prepared_for", None) != len(self.attrs):
            self._prepare()
        strings = doc.vocab.strings  # hashes are the same in any vocab; strings are not
        raw = [tuple(r) for r in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        rows = [self._key(strings, r) for r in raw]
        by_key, first, second = self._by_key, self._first, self._second
        match_ids = self._match_ids
        out = []
        for i, key in enumerate(rows):
            rules = by_key.get(key)
            if rules is None:  # the first token of its class: its own words stand for all
                feats = self._feats(strings, raw[i])
                rules = by_key[key] = tuple(r for r, p in self._single if _matches(p, feats))
                first[key] = tuple(n for n, (_r, ps) in enumerate(self._double)
                                   if _matches(ps[0], feats))
            for rule in rules:
                out.append((rule, match_ids[rule], i, i + 1))
            candidates = first[key]
            if candidates and i + 1 < len(rows):
                nxt = rows[i + 1]
                for n in candidates:
                    ok = second.get((n, nxt))
                    if ok is None:
                        ok = second[(n, nxt)] = _matches(self._double[n][1][1],
                                                         self._feats(strings, raw[i + 1]))
                    if ok:
                        rule = self._double[n][0]
                        out.append((rule, match_ids[rule], i, i + 2))
        out.sort()
        return out

    def set_annotations(self, doc, matches):
        """Each token gets the attributes of its rules, later rules winning, as
        AttributeRuler applies them match by match."""
        per_token: dict[int, list[int]] = {}
        for rule, _match_id, start, end in matches:
            index = self.indices[rule]
            i = (start if index >= 0 else end) + index
            if not start <= i < end:
                raise ValueError(f"attribute_ruler: index {index} outside a match of "
                                 f"{end - start} tokens")
            per_token.setdefault(i, []).append(rule)
        merged = self._merged
        for i, rules in per_token.items():
            key = tuple(rules)
            attrs = merged.get(key)
            if attrs is None:
                attrs = {}
                for rule in rules:
                    attrs.update(self.attrs[rule])
                merged[key] = attrs
            set_token_attrs(doc[i], attrs)


def speed_up(ruler: AttributeRuler) -> bool:
    """Make a loaded AttributeRuler a FastAttributeRuler if every pattern is of the
    supported kind (one or two tokens testing TAG, LOWER, DEP, IS_SPACE); True if so."""
    if type(ruler) is not AttributeRuler:
        return isinstance(ruler, FastAttributeRuler)
    for entry in ruler.patterns:
        for pattern in entry["patterns"]:
            if not 1 <= len(pattern) <= 2 or not all(_supported(t) for t in pattern):
                return False
    ruler.__class__ = FastAttributeRuler
    return True
