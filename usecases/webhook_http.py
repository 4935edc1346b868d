"""Sending one webhook request to an address that was vetted a moment before.

The connection goes to the vetted IP address itself (no second DNS lookup that a rebinding attacker could
answer differently), with the URL's host name in the Host header and, for https, as the TLS server name
that the certificate is checked against. `http.client` never follows redirects: a 3xx is just a failed
attempt. The response body is read up to a small limit and discarded.
"""

from __future__ import annotations

import http.client
import socket
import ssl
from dataclasses import dataclass

from usecases.webhook_signing import Target

MAX_RESPONSE_BYTES = 64 * 1024


@dataclass(frozen=True)
class SendResult:
    status: int | None  # HTTP status, None when no response was received
    error: str | None  # why the attempt failed, None on 2xx

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def post(target: Target, body: bytes, headers: dict[str, str], timeout: float) -> SendResult:
    """POST `body` to the first vetted address of `target`; never raises for network trouble."""
    address = target.addresses[0]
    connection_class = _PinnedHTTPSConnection if target.scheme == "https" else _PinnedHTTPConnection
    connection = connection_class(target.host, target.port, address, timeout)
    try:
        connection.request("POST", target.path, body=body, headers=headers)
        response = connection.getresponse()
        response.read(MAX_RESPONSE_BYTES)
        status = response.status
    except (OSError, http.client.HTTPException) as exc:
        return SendResult(None, f"{type(exc).__name__}: {exc}"[:500])
    finally:
        connection.close()
    if 200 <= status < 300:
        return SendResult(status, None)
    if 300 <= status < 400:
        return SendResult(status, f"HTTP {status}: redirects are not followed")
    return SendResult(status, f"HTTP {status}")
