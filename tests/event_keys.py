"""Shared helpers of the construction tests: the events a sentence codes, as comparable
keys (source code, CAMEO code, target code, ...), so each test file asserts exact sets."""

from __future__ import annotations

import eventwire

A = ("asserted", "actual")
INTENT = ("asserted", "intent")
THREAT = ("asserted", "threat")


def coded_with_flags(engine, text, published="2024-06-01"):
    """Every event as (source, code, target, polarity, modality)."""
    return {(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None,
             e.polarity, e.modality)
            for e in eventwire.code_text(text, published=published, engine=engine)}


def coded_with_modality(engine, text, published="2017-03-03"):
    """Every event as (source, code, target, modality)."""
    return {(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None,
             e.modality)
            for e in eventwire.code_text(text, published=published, engine=engine)}


def ev(source, code, target, flags=A):
    """The key coded_with_flags gives an event; asserted and actual unless `flags` say."""
    return (source, code, target, *flags)


def coded_asserted(engine, text, published="2024-06-01"):
    """Asserted events only, as (source, code, target)."""
    return {(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in eventwire.code_text(text, published=published, engine=engine)
            if e.polarity == "asserted"}
