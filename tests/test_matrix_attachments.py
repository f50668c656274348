"""Encrypted Matrix attachments (bot/transports/matrix/attachments.py) without a homeserver.

The files are made with mautrix's ``encrypt_attachment``, as another client's would be; the
end-to-end flows (a member's photo, a staff upload, the bot's own documents) run against a real
Synapse in tests/test_matrix_e2ee.py.
"""
from __future__ import annotations

import base64
import hashlib

import pytest

pytest.importorskip("Crypto")           # pycryptodome, which mautrix's attachment crypto needs

from mautrix.crypto.attachments import decrypt_attachment, encrypt_attachment  # noqa: E402

from bot.kernel.messages import AttachmentDamaged  # noqa: E402
from bot.transports.matrix.attachments import decrypt_file, encrypt_file, encrypted_url  # noqa: E402

DATA = "社情民意信息附件：小区路灯长期不亮。".encode() * 20


def theirs(data: bytes = DATA) -> tuple[bytes, dict]:
    ciphertext, info = encrypt_attachment(data)
    info.url = "mxc://example.org/abc"
    return ciphertext, info.serialize()


def test_an_attachment_from_another_client_is_decrypted():
    ciphertext, file = theirs()
    assert ciphertext != DATA
    assert encrypted_url(file) == "mxc://example.org/abc"
    assert decrypt_file(ciphertext, file) == DATA


def test_altered_ciphertext_or_hash_is_refused_with_the_reason():
    ciphertext, file = theirs()
    altered = bytes([ciphertext[0] ^ 1]) + ciphertext[1:]
    with pytest.raises(AttachmentDamaged, match="does not match its SHA-256 checksum"):
        decrypt_file(altered, file)
    with pytest.raises(AttachmentDamaged, match="does not match its SHA-256 checksum"):
        decrypt_file(ciphertext[:-1], file)                    # cut short
    other = base64.b64encode(hashlib.sha256(b"something else").digest()).decode().rstrip("=")
    with pytest.raises(AttachmentDamaged, match="SHA-256"):
        decrypt_file(ciphertext, {**file, "hashes": {"sha256": other}})


def test_a_bad_key_or_incomplete_file_object_is_refused():
    ciphertext, file = theirs()
    with pytest.raises(AttachmentDamaged, match="could not be decrypted"):
        decrypt_file(ciphertext, {**file, "key": {**file["key"], "k": "c2hvcnQ"}})      # 5 bytes, not 32
    with pytest.raises(AttachmentDamaged, match="could not be decrypted"):
        decrypt_file(ciphertext, {**file, "iv": "AAAA"})
    with pytest.raises(AttachmentDamaged, match="no key.k"):
        decrypt_file(ciphertext, {**file, "key": {}})
    with pytest.raises(AttachmentDamaged, match="no hashes.sha256"):
        decrypt_file(ciphertext, {k: v for k, v in file.items() if k != "hashes"})
    with pytest.raises(AttachmentDamaged, match="no url"):
        encrypted_url({k: v for k, v in file.items() if k != "url"})
    with pytest.raises(AttachmentDamaged, match="version 'v3'"):
        decrypt_file(ciphertext, {**file, "v": "v3"})
    with pytest.raises(AttachmentDamaged, match="malformed"):
        decrypt_file(ciphertext, {**file, "hashes": {"sha256": "not base64!"}})


def test_what_the_bot_sends_is_a_spec_encrypted_file_with_a_fresh_key():
    ciphertext, file = encrypt_file(DATA)
    assert "url" not in file and file["v"] == "v2" and file["key"]["alg"] == "A256CTR"
    assert file["key"]["key_ops"] == ["encrypt", "decrypt"] and file["key"]["kty"] == "oct"
    assert decrypt_attachment(ciphertext, file["key"]["k"], file["hashes"]["sha256"], file["iv"]) == DATA
    again, other = encrypt_file(DATA)
    assert other["key"]["k"] != file["key"]["k"] and again != ciphertext
