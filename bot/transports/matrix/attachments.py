"""Encrypted file attachments in end-to-end encrypted Matrix rooms (the spec's ``EncryptedFile``).

In an encrypted room the media repository holds only ciphertext: an ``m.file``
or ``m.image`` event carries ``file`` (``url``, a JSON Web Key ``key.k``, ``iv``,
``hashes.sha256`` of the ciphertext, ``v: "v2"``) instead of ``url``, and the
event itself is megolm-encrypted, so only room members learn the key.
AES-256-CTR and SHA-256 come from mautrix (``mautrix.crypto.attachments``, on
pycryptodome); this module checks the ``file`` object, turns mautrix's
``DecryptionError`` into :class:`~bot.kernel.messages.AttachmentDamaged` (the
features tell the sender to send the file again, and keep nothing), and builds
the ``file`` object of what the bot sends.

The SHA-256 covers the ciphertext, not the plaintext: a malformed key or IV is
caught, but a well-formed wrong key would decrypt to noise unnoticed. The key
travels inside the megolm-encrypted (and authenticated) event, so only a broken
sending client could get it wrong; the noise then fails as an unreadable file
in the feature that parses it.
"""
from __future__ import annotations

from bot.kernel.messages import AttachmentDamaged

VERSIONS = ("v1", "v2")    # v1: older clients (a full 128-bit counter); mautrix decodes both


def _field(file: dict, *path: str) -> str:
    value = file
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    if not isinstance(value, str) or not value:
        raise AttachmentDamaged(f"the encrypted attachment has no {'.'.join(path)}: the sender's client "
                                "sent an incomplete file; send it again")
    return value


def encrypted_url(file: dict) -> str:
    """The ``mxc://`` URL of an encrypted attachment's ciphertext."""
    return _field(file, "url")


def decrypt_file(ciphertext: bytes, file: dict) -> bytes:
    """The plaintext of an encrypted attachment; :class:`AttachmentDamaged` when it does not check out.

    The SHA-256 of the ciphertext is checked before anything is decrypted, so a file altered on
    the homeserver or cut short in transit is refused whole, never returned in part."""
    from mautrix.crypto.attachments import decrypt_attachment
    from mautrix.errors import DecryptionError

    version = file.get("v", "v2")
    if version not in VERSIONS:
        raise AttachmentDamaged(f"the encrypted attachment uses version {version!r}, which the bot cannot read")
    key, iv, digest = _field(file, "key", "k"), _field(file, "iv"), _field(file, "hashes", "sha256")
    try:
        return decrypt_attachment(ciphertext, key, digest, iv)
    except DecryptionError as exc:
        reason = str(exc)
        if "SHA-256" in reason:
            raise AttachmentDamaged("the encrypted attachment does not match its SHA-256 checksum (altered or "
                                    "cut short on the way); send it again") from exc
        raise AttachmentDamaged(f"the encrypted attachment could not be decrypted ({reason}); "
                                "send it again") from exc
    except (ValueError, TypeError) as exc:      # a malformed base64 hash
        raise AttachmentDamaged(f"the encrypted attachment's key data is malformed ({exc}); send it again") from exc


def encrypt_file(data: bytes) -> tuple[bytes, dict]:
    """``data`` encrypted with a fresh key: the ciphertext to upload and the ``file`` object
    (without ``url``: set it to the upload's ``mxc://`` URL)."""
    from mautrix.crypto.attachments import encrypt_attachment

    ciphertext, info = encrypt_attachment(data)
    file = info.serialize()
    file.pop("url", None)
    return ciphertext, file


__all__ = ["AttachmentDamaged", "decrypt_file", "encrypt_file", "encrypted_url"]
