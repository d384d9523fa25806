"""The shared event filter as API query parameters (one pydantic model, so OpenAPI
documents every field), turned into the same EventFilter the CLI builds."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

from ..store.queries import EventFilter


def _split(values: list[str]) -> tuple[str, ...]:
    """Repeated parameters and comma-separated lists alike: root=18&root=19 or root=18,19."""
    return tuple(v.strip() for item in values for v in item.split(",") if v.strip())


class FilterParams(BaseModel):
    dyad: str | None = Field(None, max_length=200, examples=["USA,COL"],
                             description="Source and target actors, comma-separated.")
    both_directions: bool = Field(False, description="The dyad either way round.")
    actor: str | None = Field(None, max_length=80, description="Actor as source or target.")
    country: str | None = Field(None, max_length=3, description="ISO alpha-3 (actor or place).")
    code: str | None = Field(None, max_length=4, description="CAMEO code prefix: 19, 042.")
    root: list[str] = Field([], description="CAMEO roots: root=18&root=19 or root=18,19.")
    quad_class: list[int] = Field([], description="Quad classes 1-4.")
    since: date | None = None
    until: date | None = Field(None, description="Inclusive.")
    text: str | None = Field(None, max_length=200, description="Substring of the sentence.")
    polarity: Literal["asserted", "negated"] | None = None
    modality: list[str] = Field([], description="actual, threat, intent, hypothetical, ...")
    min_confidence: float | None = Field(None, ge=0, le=1)
    include_negated: bool = False
    include_hypothetical: bool = False
    include_background: bool = False

    def to_filter(self) -> EventFilter:
        """The EventFilter; raises FilterError (422, E401) when a value is malformed."""
        # A dyad that is not two names reaches EventFilter.validate, which says so.
        dyad = _split([self.dyad]) if self.dyad is not None else None
        return EventFilter(
            dyad=dyad, both_directions=self.both_directions, actor=self.actor or None,
            country=self.country or None, code=self.code or None,
            roots=tuple(r.zfill(2) for r in _split(self.root)) or None,
            quad_classes=tuple(self.quad_class) or None, since=self.since, until=self.until,
            text=self.text or None, polarity=self.polarity,
            modalities=_split(self.modality) or None, min_confidence=self.min_confidence,
            include_negated=self.include_negated,
            include_hypothetical=self.include_hypothetical,
            include_background=self.include_background,
        )
