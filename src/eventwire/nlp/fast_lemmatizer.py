"""spaCy's rule lemmatizer with the same output, looked up by token attributes.

The packaged English pipeline lemmatizes in Python token by token: a Token object per
word, its morphology read into a dict, the lemma string set through the Token. spaCy's
own rule lemmatizer caches its rules by (form, POS, morphology), and what it gives a
token that the attribute_ruler left without a lemma depends on nothing else (the
base-form test reads the POS and morphology, the rules the form). So the lemma is
looked up here by those three ids, read for a whole Doc with Doc.to_array and written
back with Doc.from_array; the first token of each combination is lemmatized by spaCy's
own code (`lemmatize`), which fills the table. Tokens that already have a lemma (set by
the attribute_ruler) keep it, as in spaCy (tests/test_lemmas.py compares the two).

`speed_up(lemmatizer)` swaps the class of a loaded rule-mode Lemmatizer for a subclass
with this `__call__` (same state, tables and serialisation); any other mode, or
`overwrite`, is left as it is.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.pipeline import Lemmatizer

# distinct (form, POS, morphology) combinations kept; past that the table starts over
# (news brings new words forever; spaCy's own rule cache grows the same way)
MAX_ENTRIES = 500_000
_ATTRS = [ORTH, POS, MORPH, LEMMA]
_CLASSES: dict[type, type] = {}


class _FastCall:
    """The `__call__` of a FastLemmatizer (mixed into the loaded lemmatizer's class)."""

    def __call__(self, doc):
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if self.overwrite or self.mode != "rule":
            return super().__call__(doc)
        error_handler = self.get_error_handler()
        try:
            if not len(doc):
                return doc
            table = self.__dict__.setdefault("_ew_lemmas", {})
            if len(table) > MAX_ENTRIES:
                table.clear()
            rows = doc.to_array(_ATTRS).tolist()
            lemmas = []
            add = doc.vocab.strings.add
            for i, (orth, pos, morph, lemma) in enumerate(rows):
                if lemma == 0:
                    lemma = table.get((orth, pos, morph))
                    if lemma is None:
                        lemma = table[(orth, pos, morph)] = add(self.lemmatize(doc[i])[0])
                lemmas.append(lemma)
            doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
            return doc
        except Exception as e:  # noqa: BLE001 - handed to spaCy's error handler, as spaCy does
            error_handler(self.name, self, [doc], e)


def speed_up(lemmatizer) -> bool:
    """Give a loaded rule-mode Lemmatizer the table lookup above; True if done."""
    cls = type(lemmatizer)
    if getattr(cls, "_ew_fast", False):
        return True
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule" \
            or lemmatizer.overwrite:
        return False
    fast = _CLASSES.get(cls)
    if fast is None:
        fast = _CLASSES[cls] = type(f"Fast{cls.__name__}", (_FastCall, cls), {"_ew_fast": True})
    lemmatizer.__class__ = fast
    return True
