"""`eventwire serve`: the REST API and the offline dashboard (extra: eventwire[web])."""

from .app import ServerSettings, create_app

__all__ = ["ServerSettings", "create_app"]
