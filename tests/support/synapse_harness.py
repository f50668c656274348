"""Run a real Synapse homeserver on 127.0.0.1 (SQLite) for integration tests.

Synapse lives in its own virtualenv (``$SYNAPSE_VENV`` or ``<project>/.synapse-venv``),
created on demand by ``scripts/synapse-venv.sh``; this module only uses the standard
library so it can be imported from the project venv without Synapse installed.

Typical use::

    with SynapseServer() as hs:
        user_id, token = hs.register_user("alice", "secret")
        ...  # talk to hs.base_url with any Matrix client

This module holds no tests. See ``tests/test_synapse_harness.py`` for an example.
"""

from __future__ import annotations

import atexit
import base64
import hashlib
import hmac
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SETUP_SCRIPT = PROJECT_ROOT / "scripts" / "synapse-venv.sh"
DEFAULT_SERVER_NAME = "localhost"
DEFAULT_STARTUP_TIMEOUT = float(os.environ.get("SYNAPSE_STARTUP_TIMEOUT", "60"))

# A rate limit that nothing in a test suite will ever reach.
_UNLIMITED = {"per_second": 10000, "burst_count": 100000}

# rc_message settings used by SynapseServer(rate_limited=True). Note that Synapse's
# rc_message limiter ("request ratelimiter") covers sent events (messages, reactions,
# redactions, state), room creation and membership changes alike; server admins are
# NOT exempt by config, so register_user(admin=True) on such a server disables the
# limit for that user through the admin ratelimit-override API.
RATE_LIMITED_RC_MESSAGE = {"per_second": 0.5, "burst_count": 2}


class SynapseError(RuntimeError):
    """Synapse could not be installed, started or talked to."""


# --------------------------------------------------------------------------- venv


def synapse_venv_path() -> Path:
    """Where the Synapse virtualenv lives (``$SYNAPSE_VENV`` or ``<project>/.synapse-venv``)."""
    env = os.environ.get("SYNAPSE_VENV")
    return Path(env).expanduser().resolve() if env else PROJECT_ROOT / ".synapse-venv"


def pinned_synapse_version() -> str | None:
    """The ``matrix-synapse`` version pinned in ``scripts/synapse-venv.sh``."""
    try:
        text = SETUP_SCRIPT.read_text()
    except OSError:
        return None
    m = re.search(r'^SYNAPSE_VERSION="([^"]+)"', text, re.MULTILINE)
    return m.group(1) if m else None


def _venv_is_current(venv: Path) -> bool:
    python = venv / "bin" / "python"
    stamp = venv / ".synapse-version"
    if not python.exists() or not stamp.exists():
        return False
    pinned = pinned_synapse_version()
    return pinned is None or stamp.read_text().strip() == f"matrix-synapse=={pinned}"


def ensure_synapse_venv(timeout: float = 900) -> Path:
    """Return the python of the Synapse venv, running scripts/synapse-venv.sh if needed."""
    venv = synapse_venv_path()
    if not _venv_is_current(venv):
        if not SETUP_SCRIPT.exists():
            raise SynapseError(f"Synapse venv {venv} missing and {SETUP_SCRIPT} not found")
        env = dict(os.environ, SYNAPSE_VENV=str(venv))
        try:
            proc = subprocess.run(
                ["bash", str(SETUP_SCRIPT)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired as e:
            raise SynapseError(f"{SETUP_SCRIPT} timed out after {timeout}s") from e
        sys.stderr.write(proc.stdout)
        if proc.returncode != 0:
            raise SynapseError(
                f"{SETUP_SCRIPT} failed (exit {proc.returncode}):\n{proc.stdout[-4000:]}"
            )
    return venv / "bin" / "python"


_available: bool | None = None
_unavailable_reason = ""
_install_lock = threading.Lock()


def skip_or_fail_unavailable() -> None:
    """Skip a test that needs Synapse, except in CI (CI=true), where it must not pass unseen."""
    import pytest

    reason = f"Synapse unavailable: {synapse_unavailable_reason()}"
    if os.environ.get("CI", "").strip().lower() in ("1", "true", "yes") and \
            os.environ.get("SKIP_SYNAPSE_TESTS", "").strip() in ("", "0"):
        pytest.fail(reason)
    pytest.skip(reason)


def synapse_available(install: bool = True) -> bool:
    """True if Synapse can be run here (installing the venv first unless install=False).

    Set ``SKIP_SYNAPSE_TESTS=1`` to force False. The result is cached per process;
    :func:`synapse_unavailable_reason` tells why it is False.
    """
    with _install_lock:     # fixtures start two homeservers from threads: install once
        return _synapse_available(install)


def _synapse_available(install: bool) -> bool:
    global _available, _unavailable_reason
    if os.environ.get("SKIP_SYNAPSE_TESTS", "").strip() not in ("", "0"):
        _unavailable_reason = "SKIP_SYNAPSE_TESTS is set"
        return False
    if _available is not None:
        return _available
    if not install:
        ok = _venv_is_current(synapse_venv_path())
        if not ok:
            _unavailable_reason = f"Synapse venv {synapse_venv_path()} not installed"
        return ok
    try:
        ensure_synapse_venv()
        _available = True
    except SynapseError as e:
        _available = False
        _unavailable_reason = str(e)
    return _available


def synapse_unavailable_reason() -> str:
    return _unavailable_reason


# ----------------------------------------------------------------------- helpers


def _free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _signing_key() -> str:
    """A Synapse/signedjson signing key file line: ``ed25519 <version> <unpadded b64 seed>``."""
    seed = base64.b64encode(secrets.token_bytes(32)).decode().rstrip("=")
    version = "a_" + secrets.token_hex(2)
    return f"ed25519 {version} {seed}\n"


def _tail(path: Path, lines: int = 60) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return f"<{path} unreadable>"


_live_servers: set[SynapseServer] = set()
_live_lock = threading.Lock()


@atexit.register
def _stop_leftover_servers() -> None:  # safety net: never leave a Synapse running
    with _live_lock:
        servers = list(_live_servers)
    for server in servers:
        try:
            server.stop()
        except Exception:
            pass


# ------------------------------------------------------------------------ server


class SynapseServer:
    """A throw-away Synapse homeserver on 127.0.0.1 with an SQLite database.

    Args:
        server_name: Matrix server name (user IDs are ``@localpart:<server_name>``).
        rate_limited: Make ``rc_message`` low (0.5/s, burst 2) so that non-admin users
            get ``429 M_LIMIT_EXCEEDED`` quickly; every other limit stays very high.
        rc_override: Extra ``rc_*`` settings merged over the defaults, e.g.
            ``{"rc_message": {"per_second": 1, "burst_count": 3}}``.
        extra_config: Any other homeserver.yaml keys, merged last (top-level replace).
        startup_timeout: Seconds to wait for ``/_matrix/client/versions`` to answer.
        keep_dir: Keep the temp dir after stop() (for debugging). Also set by
            ``SYNAPSE_KEEP_DIR=1``.
        log_level: Level of the homeserver.log written in the temp dir.
    """

    def __init__(
        self,
        server_name: str = DEFAULT_SERVER_NAME,
        *,
        rate_limited: bool = False,
        rc_override: dict[str, Any] | None = None,
        extra_config: dict[str, Any] | None = None,
        startup_timeout: float = DEFAULT_STARTUP_TIMEOUT,
        keep_dir: bool | None = None,
        log_level: str = "WARNING",
    ) -> None:
        self.server_name = server_name
        self.rate_limited = rate_limited
        self.rc_override = dict(rc_override or {})
        self.extra_config = dict(extra_config or {})
        self.startup_timeout = startup_timeout
        self.keep_dir = (
            keep_dir if keep_dir is not None else os.environ.get("SYNAPSE_KEEP_DIR") == "1"
        )
        self.log_level = log_level
        self.registration_shared_secret = secrets.token_urlsafe(32)
        self.port: int | None = None
        self.data_dir: Path | None = None
        self.startup_seconds: float | None = None
        self._proc: subprocess.Popen | None = None
        self._stdio = None

    # ---- properties

    @property
    def base_url(self) -> str:
        if self.port is None:
            raise SynapseError("SynapseServer not started")
        return f"http://127.0.0.1:{self.port}"

    @property
    def config_path(self) -> Path:
        assert self.data_dir is not None
        return self.data_dir / "homeserver.yaml"

    @property
    def log_path(self) -> Path:
        assert self.data_dir is not None
        return self.data_dir / "homeserver.log"

    @property
    def stdio_path(self) -> Path:
        assert self.data_dir is not None
        return self.data_dir / "stdio.log"

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def user_id(self, localpart: str) -> str:
        return f"@{localpart}:{self.server_name}"

    # ---- config

    def _build_config(self) -> dict[str, Any]:
        assert self.data_dir is not None
        d = self.data_dir
        rc: dict[str, Any] = {
            "rc_message": dict(_UNLIMITED),
            "rc_registration": dict(_UNLIMITED),
            "rc_registration_token_validity": dict(_UNLIMITED),
            "rc_login": {
                "address": dict(_UNLIMITED),
                "account": dict(_UNLIMITED),
                "failed_attempts": dict(_UNLIMITED),
            },
            "rc_admin_redaction": dict(_UNLIMITED),
            "rc_joins": {"local": dict(_UNLIMITED), "remote": dict(_UNLIMITED)},
            "rc_joins_per_room": dict(_UNLIMITED),
            "rc_3pid_validation": dict(_UNLIMITED),
            "rc_invites": {
                "per_room": dict(_UNLIMITED),
                "per_user": dict(_UNLIMITED),
                "per_issuer": dict(_UNLIMITED),
            },
            "rc_third_party_invite": dict(_UNLIMITED),
            "rc_media_create": dict(_UNLIMITED),
            "rc_key_requests": dict(_UNLIMITED),
            "rc_presence": {"per_user": dict(_UNLIMITED)},
            "rc_delayed_event_mgmt": dict(_UNLIMITED),
            "rc_room_creation": dict(_UNLIMITED),
            "rc_reports": dict(_UNLIMITED),
            "rc_user_directory": dict(_UNLIMITED),
            "rc_profile": dict(_UNLIMITED),
        }
        if self.rate_limited:
            rc["rc_message"] = dict(RATE_LIMITED_RC_MESSAGE)
        rc.update(self.rc_override)

        config: dict[str, Any] = {
            "server_name": self.server_name,
            "public_baseurl": self.base_url + "/",
            "pid_file": str(d / "homeserver.pid"),
            "listeners": [
                {
                    "port": self.port,
                    "bind_addresses": ["127.0.0.1"],
                    "type": "http",
                    "tls": False,
                    "x_forwarded": False,
                    "resources": [{"names": ["client"], "compress": False}],
                }
            ],
            "database": {"name": "sqlite3", "args": {"database": str(d / "homeserver.db")}},
            "log_config": str(d / "log.config.yaml"),
            "media_store_path": str(d / "media_store"),
            "max_upload_size": "50M",
            "url_preview_enabled": False,
            "enable_media_repo": True,
            "signing_key_path": str(d / "signing.key"),
            "trusted_key_servers": [],
            "suppress_key_server_warning": True,
            "report_stats": False,
            "enable_metrics": False,
            "registration_shared_secret": self.registration_shared_secret,
            "enable_registration": False,
            "allow_guest_access": False,
            "bcrypt_rounds": 4,
            "macaroon_secret_key": secrets.token_urlsafe(32),
            "form_secret": secrets.token_urlsafe(32),
            "presence": {"enabled": False},
            "serve_server_wellknown": False,
            "federation_domain_whitelist": [],
            "user_directory": {"enabled": True, "search_all_users": True},
            **rc,
        }
        config.update(self.extra_config)
        return config

    def _write_files(self) -> None:
        assert self.data_dir is not None
        d = self.data_dir
        (d / "media_store").mkdir(exist_ok=True)
        key_path = d / "signing.key"
        key_path.write_text(_signing_key())
        key_path.chmod(0o600)
        log_config = {
            "version": 1,
            "formatters": {
                "precise": {
                    "format": "%(asctime)s - %(name)s - %(lineno)d - %(levelname)s - "
                    "%(request)s - %(message)s"
                }
            },
            "handlers": {
                "file": {
                    "class": "logging.FileHandler",
                    "formatter": "precise",
                    "filename": str(self.log_path),
                    "encoding": "utf8",
                }
            },
            "root": {"level": self.log_level, "handlers": ["file"]},
            "disable_existing_loggers": False,
        }
        # JSON is valid YAML: no PyYAML needed on this side.
        (d / "log.config.yaml").write_text(json.dumps(log_config, indent=2))
        self.config_path.write_text(json.dumps(self._build_config(), indent=2))

    # ---- lifecycle

    def start(self) -> SynapseServer:
        """Write the config, start Synapse and wait until the client API answers."""
        if self.running:
            return self
        python = ensure_synapse_venv()
        self.data_dir = Path(tempfile.mkdtemp(prefix="synapse-test-"))
        t0 = time.monotonic()
        last_error: SynapseError | None = None
        try:
            for _attempt in range(3):  # retry only if the port got taken meanwhile
                self.port = _free_port()
                self._write_files()
                self._spawn(python)
                try:
                    self._wait_ready(t0)
                    break
                except SynapseError as e:
                    last_error = e
                    port_taken = "Address already in use" in _tail(self.stdio_path, 200) + _tail(
                        self.log_path, 200
                    )
                    self._terminate()
                    if not port_taken:
                        raise
            else:
                raise last_error or SynapseError("Synapse failed to start")
        except BaseException:
            self._cleanup_dir()
            raise
        self.startup_seconds = time.monotonic() - t0
        with _live_lock:
            _live_servers.add(self)
        return self

    def _spawn(self, python: Path) -> None:
        assert self.data_dir is not None
        self._stdio = open(self.stdio_path, "ab")
        env = dict(os.environ)
        env.pop("PYTHONPATH", None)  # keep the project venv out of Synapse's process
        env.pop("VIRTUAL_ENV", None)
        self._proc = subprocess.Popen(
            [str(python), "-m", "synapse.app.homeserver", "-c", str(self.config_path)],
            cwd=str(self.data_dir),
            stdin=subprocess.DEVNULL,
            stdout=self._stdio,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,  # Ctrl-C in the terminal reaches pytest, not Synapse
        )

    def _wait_ready(self, t0: float) -> None:
        url = self.base_url + "/_matrix/client/versions"
        deadline = t0 + self.startup_timeout
        while True:
            assert self._proc is not None
            code = self._proc.poll()
            if code is not None:
                raise SynapseError(
                    f"Synapse exited with code {code} during startup.\n"
                    f"--- {self.stdio_path} ---\n{_tail(self.stdio_path)}\n"
                    f"--- {self.log_path} ---\n{_tail(self.log_path)}"
                )
            try:
                with urllib.request.urlopen(url, timeout=2) as resp:
                    if resp.status == 200 and "versions" in json.load(resp):
                        return
            except (urllib.error.URLError, OSError, ValueError):
                pass
            if time.monotonic() > deadline:
                raise SynapseError(
                    f"Synapse did not answer {url} within {self.startup_timeout:.1f}s.\n"
                    f"--- {self.stdio_path} ---\n{_tail(self.stdio_path)}\n"
                    f"--- {self.log_path} ---\n{_tail(self.log_path)}"
                )
            time.sleep(0.2)

    def _terminate(self, timeout: float = 15) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            try:
                proc.send_signal(signal.SIGTERM)
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
            except ProcessLookupError:
                pass
        if self._stdio is not None:
            self._stdio.close()
            self._stdio = None

    def _cleanup_dir(self) -> None:
        if self.data_dir is not None and not self.keep_dir:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    def stop(self) -> None:
        """SIGTERM Synapse (SIGKILL after 15 s) and remove its temp dir. Idempotent."""
        with _live_lock:
            _live_servers.discard(self)
        self._terminate()
        self._cleanup_dir()
        if not self.keep_dir:
            self.data_dir = None

    def log_tail(self, lines: int = 60) -> str:
        """The last lines of Synapse's stdout/stderr and homeserver.log."""
        if self.data_dir is None:
            return ""
        return f"{_tail(self.stdio_path, lines)}\n{_tail(self.log_path, lines)}"

    def __enter__(self) -> SynapseServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = f"running on {self.base_url}" if self.running else "stopped"
        return f"<SynapseServer {self.server_name} {state}>"

    # ---- HTTP helpers (stdlib only, synchronous)

    def request(
        self,
        method: str,
        path: str,
        body: dict[str, Any] | None = None,
        access_token: str | None = None,
        timeout: float = 30,
    ) -> dict[str, Any]:
        """JSON request to the homeserver; raises SynapseError with the body on HTTP errors."""
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base_url + path, data=data, method=method)
        req.add_header("Content-Type", "application/json")
        if access_token:
            req.add_header("Authorization", f"Bearer {access_token}")
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                raw = resp.read()
        except urllib.error.HTTPError as e:
            detail = e.read().decode(errors="replace")
            raise SynapseError(f"{method} {path} -> HTTP {e.code}: {detail}") from e
        return json.loads(raw) if raw else {}

    def register_user(
        self,
        localpart: str,
        password: str,
        admin: bool = False,
        displayname: str | None = None,
    ) -> tuple[str, str]:
        """Register through the shared-secret admin API; returns (user_id, access_token).

        On a ``rate_limited`` server, admins get their message rate limit lifted.
        """
        path = "/_synapse/admin/v1/register"
        nonce = self.request("GET", path)["nonce"]
        mac = hmac.new(self.registration_shared_secret.encode(), digestmod=hashlib.sha1)
        mac.update(nonce.encode())
        mac.update(b"\x00")
        mac.update(localpart.encode())
        mac.update(b"\x00")
        mac.update(password.encode())
        mac.update(b"\x00")
        mac.update(b"admin" if admin else b"notadmin")
        body: dict[str, Any] = {
            "nonce": nonce,
            "username": localpart,
            "password": password,
            "admin": admin,
            "mac": mac.hexdigest(),
        }
        if displayname is not None:
            body["displayname"] = displayname
        resp = self.request("POST", path, body)
        user_id, token = resp["user_id"], resp["access_token"]
        if admin and self.rate_limited:
            self.set_ratelimit_override(user_id, token, messages_per_second=0, burst_count=0)
        return user_id, token

    def set_ratelimit_override(
        self,
        user_id: str,
        admin_token: str,
        messages_per_second: int = 0,
        burst_count: int = 0,
    ) -> None:
        """Per-user rc_message override via the admin API (0/0 = not rate limited)."""
        self.request(
            "POST",
            f"/_synapse/admin/v1/users/{urllib.parse.quote(user_id)}/override_ratelimit",
            {"messages_per_second": messages_per_second, "burst_count": burst_count},
            access_token=admin_token,
        )


def start_synapse(**kwargs: Any) -> SynapseServer:
    """Start a SynapseServer (installing the venv if needed); caller must stop() it.

    Meant for a session-scoped pytest fixture (see running_synapse()).
    """
    return SynapseServer(**kwargs).start()


def running_synapse(**kwargs: Any):
    """Generator for a pytest fixture: skips if Synapse is unavailable, always stops.

    Usage::

        @pytest.fixture(scope="session")
        def synapse():
            yield from running_synapse()
    """
    if not synapse_available():
        skip_or_fail_unavailable()
    server = SynapseServer(**kwargs)
    try:
        server.start()
        yield server
    finally:
        server.stop()
