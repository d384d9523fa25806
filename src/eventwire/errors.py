"""One exception tree with stable error codes.

E1xx input, E2xx nlp, E3xx store, E4xx api. Codes are a public contract:
they appear in CLI messages and in Skip records, so never renumber one.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{where}{self.message} [{self.code}]"


class InputError(EventwireError):
    """The input could not be read as a news document."""

    code = "E100"


class InputNotFound(InputError):
    code = "E101"


class EmptyInput(InputError):
    code = "E102"


class BinaryInput(InputError):
    code = "E103"


class EncodingError(InputError):
    code = "E104"


class InputTooLarge(InputError):
    code = "E105"


class BadDate(InputError):
    code = "E106"


class MalformedInput(InputError):
    code = "E107"


class NoText(InputError):
    code = "E108"


class NlpError(EventwireError):
    """The language pipeline failed or is not installed."""

    code = "E200"


class ModelNotInstalled(NlpError):
    code = "E201"


class DataError(EventwireError):
    """A bundled or user-supplied data file (lexicon, KB, ontology) is invalid."""

    code = "E210"


class StoreError(EventwireError):
    code = "E300"


class ApiError(EventwireError):
    code = "E400"


# Codes added by the ingest / store work (appended; never renumber the ones above).


class UnsupportedFormat(InputError):
    """A file whose format no reader handles (after sniffing its first bytes)."""

    code = "E109"


class CodingFailed(NlpError):
    """The coder raised on a document; the document is kept as a Skip."""

    code = "E202"


class WorkerCrashed(NlpError):
    """A worker process died while coding a document (e.g. out of memory)."""

    code = "E203"


class StoreLocked(StoreError):
    """The database file is open in another process."""

    code = "E301"


class SchemaTooNew(StoreError):
    """The database was written by a newer eventwire (unknown migrations)."""

    code = "E302"


# Codes of the query filters and the REST API (eventwire serve); appended, never renumbered.


class FilterError(ApiError):
    """A malformed event filter (CLI option or API query parameter); HTTP 422."""

    code = "E401"


class Forbidden(ApiError):
    """A write endpoint called without the configured bearer token; HTTP 403."""

    code = "E402"


class BodyTooLarge(ApiError):
    """A request body over the server's limit; HTTP 413."""

    code = "E403"


class QueryTimeout(ApiError):
    """A query ran past the server's time limit and was interrupted; HTTP 503."""

    code = "E404"


class NotFound(ApiError):
    """No event, document or route with that id; HTTP 404."""

    code = "E405"
