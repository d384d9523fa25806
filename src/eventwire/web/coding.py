"""POST /code: code a text and return its events without storing them. Off unless the
server was given a token; the token comes as a bearer header (403 otherwise)."""

from __future__ import annotations

import secrets
import threading
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from ..errors import Forbidden

router = APIRouter()
_bearer = HTTPBearer(auto_error=False)
_engine_lock = threading.Lock()  # one spaCy parse at a time: the pipeline is shared


class CodeRequest(BaseModel):
    text: str = Field(min_length=1, description="News text to code.")
    published: date | None = Field(None, description="Publication date (anchors dates).")


def _authorised(request: Request,
                creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
                ) -> None:
    token = request.app.state.settings.token
    if not token:
        raise Forbidden("POST /code is off: start the server with --token "
                        "(or EVENTWIRE_API_TOKEN)", source="code")
    given = creds.credentials if creds else ""
    if not secrets.compare_digest(given.encode(), token.encode()):
        raise Forbidden("missing or wrong bearer token", source="code")


@router.post("/code", tags=["coding"], dependencies=[Depends(_authorised)])
def code(body: CodeRequest) -> dict:
    """Events of a text (schema-1 records); nothing is stored."""
    from ..api import code_text

    with _engine_lock:
        events = code_text(body.text, published=body.published, source="<api>")
    return {"events": [e.to_dict() for e in events], "stored": False}
