"""Every write carries the session's CSRF token (a hidden form field or the X-CSRF-Token header).

The session cookie is also SameSite=Strict, so another site cannot make the
browser send it; the token is the second lock (old browsers, same-site
subdomains). Compared in constant time.
"""
from __future__ import annotations

import hmac

from starlette.exceptions import HTTPException

FIELD = "csrf"
HEADER = "x-csrf-token"


def check_csrf(request, form, session) -> None:
    sent = (form.get(FIELD) if form is not None else None) or request.headers.get(HEADER) or ""
    if not isinstance(sent, str) or not hmac.compare_digest(sent.encode(), session.csrf.encode()):
        raise HTTPException(403, "csrf")


__all__ = ["check_csrf", "FIELD", "HEADER"]
