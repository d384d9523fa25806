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


# Codes added by the input-hardening work (E110-E129 are input errors).


class NotRegularFile(InputError):
    """A FIFO, device or socket: never opened, since reading one may block or never end."""

    code = "E110"


class UnreadableInput(InputError):
    """The file or folder exists but cannot be read (permission denied, I/O error)."""

    code = "E111"


class SymlinkLoop(InputError):
    """A symbolic link that leads back to itself or to a folder above it."""

    code = "E112"


class FormatMismatch(InputError):
    """The content does not match the file's extension (a .gz that is not gzip, a .warc
    that is not a WARC archive)."""

    code = "E113"


# Codes of the store, knowledge-base and CLI-input hardening (E303-E319 store,
# E211-E219 data, E130-E139 CLI input); appended, never renumbered.


class NotADatabase(StoreError):
    """--db names a file that is not a DuckDB database (SQLite, text, an image):
    refused from its header, before DuckDB opens it."""

    code = "E303"


class SchemaIncomplete(StoreError):
    """The database lacks migrations or tables this eventwire needs (half-migrated, or
    not an eventwire store at all)."""

    code = "E304"


class StoreFull(StoreError):
    """No space left on the device holding the database; committed batches are kept."""

    code = "E305"


class StorePathError(StoreError):
    """--db is a directory, a FIFO or device, or lies in a folder that is missing,
    not a folder, or not writable."""

    code = "E306"


class StoreWriteFailed(StoreError):
    """An I/O error while writing the database (other than a full disk)."""

    code = "E307"


class BadActorName(DataError):
    """An actor name or alias that cannot be matched or stored: empty, too long, or
    with NULs, control characters or lone surrogates."""

    code = "E211"


class UserKbInvalid(DataError):
    """A stored imported actor file cannot be loaded; the message names the file."""

    code = "E212"


class FileAccessError(InputError):
    """An operating-system error (permission, I/O) met outside any reader."""

    code = "E130"


class StoreCorrupt(StoreError):
    """The database file is damaged: truncated, or a block fails its checksum."""

    code = "E308"


# Lexicon validation (E220-E229): what is wrong in a lexicon YAML file, by code.


class LexiconUnknownKey(DataError):
    """A lexicon pattern or control rule has a key the coder does not read (a typo such as
    `prep_requried` would otherwise be ignored silently)."""

    code = "E220"


class LexiconBadCode(DataError):
    """A lexicon entry names a CAMEO code that is not in the ontology."""

    code = "E221"


class LexiconUnknownClass(DataError):
    """A pattern names a word class ("@weapons") that classes.yaml does not define."""

    code = "E222"


class LexiconDuplicateId(DataError):
    """Two lexicon patterns share one id."""

    code = "E223"


class LexiconExampleFails(DataError):
    """A pattern's example sentence no longer codes the pattern's event."""

    code = "E224"


class LexiconBadValue(DataError):
    """A lexicon value of the wrong kind: a missing field, a pos other than verb/noun, an
    unknown control effect, a word list that is not a list of words."""

    code = "E225"
