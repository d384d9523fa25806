"""nlp.pipeline.numpy_products: spaCy's matrix products through numpy's BLAS on one
thread give the parse blis gives."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import load_pipeline

TEXTS = [
    "Norwegian mediators met rebel commanders in Havana on Thursday to revive stalled talks.",
    "The finance ministry of Kenya said it would repay the bond early, citing strong "
    "tea exports.",
    "Police in Lima detained 14 protesters after clashes near the congress building.",
]


def _parse(nlp) -> list[tuple]:
    return [(tuple(t.tag_ for t in d), tuple((t.dep_, t.head.i) for t in d),
             tuple((e.start, e.end, e.label_) for e in d.ents)) for d in nlp.pipe(TEXTS)]


def _set_ops(nlp, ops) -> None:
    for _name, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


def test_numpy_products_on_one_thread():
    pytest.importorskip("threadpoolctl")
    from threadpoolctl import threadpool_info

    nlp = load_pipeline()
    assert nlp.get_pipe("ner").model.ops.use_blis is False
    # numpy's own BLAS, which NumpyOps multiplies with (a BLAS another package loads later
    # in the same process, scipy's say, is not the one the parse uses)
    numpy_blas = [i for i in threadpool_info()
                  if i["user_api"] == "blas" and "numpy" in i.get("filepath", "")]
    assert numpy_blas and all(i["num_threads"] == 1 for i in numpy_blas)


def test_same_parse_as_blis():
    from thinc.api import NumpyOps

    nlp = load_pipeline()
    ours = nlp.get_pipe("tok2vec").model.ops
    got = _parse(nlp)
    try:
        _set_ops(nlp, NumpyOps(use_blis=True))
        assert _parse(nlp) == got
    finally:
        _set_ops(nlp, ours)
