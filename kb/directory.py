"""The staff contact in "no answer" replies, read from the directory document.

A committee keeps one document listing its offices with their phone numbers
(机关处室职责与联系方式). When it is ingested, the phone number of the office
members are told to contact (``committee.staff_office``, 委员工作室) comes
from there, so a number changed in the document is not contradicted by an
old one in config.yaml. The directory is the document whose title contains
``committee.directory_title`` or, when that is empty, the document that looks
like one: several distinct phone numbers and the office's name.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

PHONE = re.compile(r"(?<![\d-])(?:\d{3,4}-)?\d{7,8}(?![\d-])")
# How far after the office's name its phone number may stand (a directory entry: name,
# duties, room, then "联系电话：…").
WINDOW = 400
MIN_PHONES = 4


@dataclass
class Contact:
    office: str
    phone: str
    title: str      # of the directory document


def find_directory(docs: list[dict], texts: dict[int, str], office: str, title_word: str = "") -> dict | None:
    """The directory among ``docs`` (rows with id, title), given their texts."""
    if title_word:
        named = [d for d in docs if title_word in (d["title"] or "")]
        return named[0] if named else None
    best, best_phones = None, 0
    for d in docs:
        text = texts.get(d["id"], "")
        if office not in text:
            continue
        phones = len(set(PHONE.findall(text)))
        if phones >= MIN_PHONES and phones > best_phones:
            best, best_phones = d, phones
    return best


def office_phone(text: str, office: str) -> str | None:
    """The phone number that most often follows the office's name (first one after each mention).

    A mention counts only if no other phone-bearing office entry starts in between, which
    the window and "first number after the name" approximate: a directory lists the name
    and then its number, and the closing "请联系委员工作室（电话…）" agrees with it.
    """
    votes: Counter[str] = Counter()
    start = text.find(office)
    while start >= 0:
        after = text[start + len(office): start + len(office) + WINDOW]
        m = PHONE.search(after)
        if m:
            # The nearest number wins more weight than a far one.
            votes[m.group(0)] += 2 if m.start() < 80 else 1
        start = text.find(office, start + len(office))
    if not votes:
        return None
    return votes.most_common(1)[0][0]


def directory_contact(records, committee) -> Contact | None:
    """The staff office's phone from the ingested directory document, if there is one.

    ``records`` is the knowledge base's :class:`kb.store.KBStore` (read on the caller's thread).
    """
    office = committee.staff_office
    if not office:
        return None
    found = _directory(records, committee)
    if found is None:
        return None
    directory, text = found
    phone = office_phone(text, office)
    return Contact(office, phone, directory["title"]) if phone else None


def directory_document(records, committee) -> dict | None:
    """The directory document (id, title) by the rule above, or None.

    Without ``committee.staff_office`` a directory is found only by
    ``committee.directory_title``.
    """
    found = _directory(records, committee)
    return found[0] if found else None


def _directory(records, committee) -> tuple[dict, str] | None:
    office = committee.staff_office or ""
    if not office and not committee.directory_title:
        return None
    docs = records.ready_documents()
    texts: dict[int, str] = {}
    for d in docs:
        if committee.directory_title and committee.directory_title not in (d["title"] or ""):
            continue
        texts[d["id"]] = "\n".join(r["text"] for r in records.chunks_of(d["id"], reader=True))
    directory = find_directory(docs, texts, office, committee.directory_title)
    return (directory, texts[directory["id"]]) if directory is not None else None


def contact_line(contact: Contact | None, committee, language: str) -> str:
    """The "please contact …" words: the directory's number when found, else config's text."""
    if contact is None:
        return committee.staff_contact_en if language == "en" else committee.staff_contact
    if language == "en":
        return f"{committee.staff_office_en} (phone {contact.phone})"
    return f"{contact.office}（电话 {contact.phone}）"
