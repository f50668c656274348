"""Named exceptions for the knowledge base (all :class:`app.errors.AppError`).

Every message is a sentence a staff user can act on: it says what went wrong
and, where there is one, what to do about it. The CLI and the chat transports
show ``str(exc)`` as it is.
"""

from app.errors import AppError, ConfigError  # noqa: F401  (ConfigError is app-wide; importable here as before)


class KBError(AppError):
    """Base class for every error the knowledge base raises on purpose."""


class DocumentError(KBError):
    """A document could not be read; the knowledge base is left unchanged.

    ``reason`` is a short machine-readable code (``empty``, ``encrypted`` ...)
    that transports use to pick a translated reply.
    """

    reason = "unreadable"

    def __init__(self, message: str, *, path: str | None = None):
        super().__init__(message)
        self.path = path


class UnsupportedFileType(DocumentError):
    reason = "unsupported_type"


class FileTooLarge(DocumentError):
    reason = "too_large"


class ContentTooLarge(DocumentError):
    """The file is small but expands to too much: unpacked size, text or passages.

    ``what`` is ``unzipped``, ``text`` or ``chunks``; ``limit`` the limit passed (bytes,
    characters or passages), so a chat transport can say it in the member's language.
    """

    reason = "too_much_content"

    def __init__(self, message: str, *, path: str | None = None, what: str = "text", limit: int = 0):
        super().__init__(message, path=path)
        self.what = what
        self.limit = limit


class SameTitle(DocumentError):
    """Another document (under another file name) has this title: replace it or keep both?"""

    reason = "same_title"


class EmptyDocument(DocumentError):
    reason = "empty"


class EncryptedDocument(DocumentError):
    reason = "encrypted"


class CorruptDocument(DocumentError):
    reason = "corrupt"


class UndecodableText(DocumentError):
    reason = "undecodable"


class DocumentNotFound(KBError):
    """A document id or title named by the user is not in the knowledge base."""


class EmbedderMismatch(KBError):
    """The index was built with a different embedding model than the one configured."""


class EmbedderUnavailable(KBError):
    """The configured embedding backend cannot be loaded (missing package or model files)."""


class DatabaseDamaged(KBError):
    """assistant.db (the source of truth) is damaged: restore a backup."""


class VectorIndexUnavailable(KBError):
    """Chroma's files cannot be read; ``ingest.py verify --repair`` rebuilds them from SQLite."""


class IngestBusy(KBError):
    """Another process is changing this data dir's documents (see kb.ingest_lock)."""


class IndexInconsistent(KBError):
    """SQLite, Chroma and the BM25 index disagree; ``ingest.py verify --repair`` fixes it."""
