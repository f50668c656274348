"""The homeserver's HTTP API: mautrix's HTTPAPI keeping 429 delays, and errors as delivery outcomes."""
from __future__ import annotations

import json

from mautrix.api import HTTPAPI
from mautrix.errors import MatrixRequestError, make_request_error

from bot.kernel.delivery import DeliveryError, PermanentFailure, RetryLater, TemporaryFailure


class MatrixAPI(HTTPAPI):
    """mautrix's HTTPAPI keeping what a 429 says: ``exc.retry_after_ms`` (body or Retry-After)."""

    async def _send(self, method, url, content, query_params, headers):
        request = self.session.request(str(method), url, data=content, params=query_params, headers=headers)
        async with request as response:
            if response.status < 200 or response.status >= 300:
                text = await response.text()
                try:
                    data = json.loads(text)
                except ValueError:
                    data = None
                if not isinstance(data, dict):
                    data = {}
                exc = make_request_error(
                    http_status=response.status, text=text, errcode=data.get("errcode"),
                    message=data.get("error"), unstable_errcode=data.get("org.matrix.msc3848.unstable.errcode"))
                retry = data.get("retry_after_ms")
                if retry is None and response.headers.get("Retry-After", "").strip().isdigit():
                    retry = int(response.headers["Retry-After"].strip()) * 1000
                exc.retry_after_ms = retry
                exc.errcode = getattr(exc, "errcode", None) or data.get("errcode")
                raise exc
            return await response.json(), response


def is_rate_limit(exc: MatrixRequestError) -> bool:
    return getattr(exc, "http_status", 0) == 429 or getattr(exc, "errcode", None) == "M_LIMIT_EXCEEDED"


def retry_after(exc: MatrixRequestError) -> float | None:
    ms = getattr(exc, "retry_after_ms", None)
    try:
        return max(0.0, float(ms) / 1000.0) if ms is not None else None
    except (TypeError, ValueError):
        return None


def translate_error(exc: MatrixRequestError) -> DeliveryError:
    """The transport-neutral outcome of a homeserver error (see bot/kernel/delivery.py)."""
    status = getattr(exc, "http_status", 0) or 0
    code = getattr(exc, "errcode", None) or ""
    text = getattr(exc, "message", None) or str(exc)
    low = text.lower()
    if is_rate_limit(exc):
        return RetryLater(retry_after(exc) or 1.0)
    if code == "M_FORBIDDEN" or status == 403:
        if "not in room" in low or "not in the room" in low or "not joined" in low or "not a member" in low:
            return PermanentFailure("not_in_room", text)
        return PermanentFailure("forbidden", text)
    if code in ("M_UNKNOWN_TOKEN", "M_MISSING_TOKEN") or status == 401:
        return TemporaryFailure(f"unauthorized: {text}")      # a configuration error: retry, do not drop
    if code == "M_USER_DEACTIVATED":
        return PermanentFailure("deactivated", text)
    if code in ("M_NOT_FOUND", "M_INVALID_ROOM_STATE") or status == 404:
        return PermanentFailure("chat_not_found", text)
    if status >= 500:
        return TemporaryFailure(f"HTTP {status}: {text}")
    return PermanentFailure("bad_request", f"{code or status}: {text}")


__all__ = ["MatrixAPI", "is_rate_limit", "retry_after", "translate_error"]
