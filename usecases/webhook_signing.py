"""Pure helpers for webhooks: Standard Webhooks signing, retry backoff, and the SSRF guard.

Nothing here touches Redis, Celery or the network except through the resolver passed in, so each piece is
testable on its own.

Signing follows the Standard Webhooks spec (https://www.standardwebhooks.com/): the secret is `whsec_` plus
base64 of random bytes; the signature is `v1,` + base64(HMAC-SHA256(key=base64-decoded secret,
msg="{webhook-id}.{webhook-timestamp}.{body}")).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import random
import secrets
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

SECRET_PREFIX = "whsec_"  # the public prefix of generated secrets, not a secret  # nosec B105
ALLOWED_SCHEMES = ("http", "https")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], list[str]]


# --- signing -----------------------------------------------------------------------------------------------


def new_secret() -> str:
    """A fresh signing secret: `whsec_` + base64 of 24 random bytes."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(24)).decode()


def secret_key(secret: str) -> bytes:
    """The HMAC key: the base64-decoded part after `whsec_`."""
    return base64.b64decode(secret.removeprefix(SECRET_PREFIX))


def sign(secret: str, msg_id: str, timestamp: int, body: str) -> str:
    """The `webhook-signature` header value for one delivery attempt."""
    digest = hmac.new(secret_key(secret), f"{msg_id}.{timestamp}.{body}".encode(), hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def signed_headers(secret: str, msg_id: str, timestamp: int, body: str) -> dict[str, str]:
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(secret, msg_id, timestamp, body),
        "content-type": "application/json",
        "user-agent": "factrecon-webhooks/1",
    }


# --- backoff -----------------------------------------------------------------------------------------------


def backoff_delay(attempt: int, base: float, cap: float, rand: Callable[[], float] = random.random) -> float:
    """Seconds to wait after failed attempt number `attempt` (1-based): exponential, capped, "equal jitter"
    (half the delay fixed, half random), so receivers recovering from an outage are not hit in lockstep."""
    delay = min(cap, base * (2 ** max(0, attempt - 1)))
    return delay / 2 + rand() * delay / 2


# --- SSRF guard ---------------------------------------------------------------------------------------------


class TargetRefused(Exception):
    """The webhook target is not an allowed public http(s) address."""


class TargetUnresolvable(TargetRefused):
    """The target's host name does not resolve (at send time this may pass: the attempt is retried)."""


@dataclass(frozen=True)
class AllowList:
    """FACTRECON_WEBHOOK_ALLOW: comma-separated host names and IP addresses or CIDR networks."""

    hosts: frozenset[str] = frozenset()
    networks: tuple[Network, ...] = ()

    @classmethod
    def parse(cls, raw: str | None) -> AllowList:
        hosts: set[str] = set()
        networks: list[Network] = []
        for item in (raw or "").split(","):
            entry = item.strip().lower()
            if not entry:
                continue
            try:
                networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
            except ValueError:
                hosts.add(entry.rstrip("."))
        return cls(frozenset(hosts), tuple(networks))

    def allows_host(self, host: str) -> bool:
        return host.lower().rstrip(".") in self.hosts

    def allows_address(self, address: IPAddress) -> bool:
        return any(address.version == net.version and address in net for net in self.networks)


NAT64_WELL_KNOWN = ipaddress.IPv6Network("64:ff9b::/96")  # RFC 6052: the last 32 bits are an IPv4 address
NAT64_LOCAL_USE = ipaddress.IPv6Network("64:ff9b:1::/48")  # RFC 8215: a site's own translator; never public
IPV4_TRANSLATED = ipaddress.IPv6Network("::ffff:0:0:0/96")  # RFC 2765 (SIIT)
IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")  # RFC 4291, deprecated: ::a.b.c.d


def embedded_ipv4(address: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries and would reach: IPv4-mapped (::ffff:a.b.c.d),
    IPv4-compatible (::a.b.c.d), SIIT (::ffff:0:a.b.c.d), 6to4 (2002::/16), Teredo (2001::/32: server and
    de-obfuscated client) and NAT64 (64:ff9b::/96). Python calls several of these "global" whatever they
    embed, so they are judged by what they carry."""
    low32 = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address.ipv4_mapped is not None:
        return [address.ipv4_mapped]
    if address.sixtofour is not None:
        return [address.sixtofour]
    if address.teredo is not None:
        return list(address.teredo)
    if address in NAT64_WELL_KNOWN or address in IPV4_TRANSLATED:
        return [low32]
    if address in IPV4_COMPATIBLE and int(address) > 1:  # :: and ::1 are unspecified and loopback themselves
        return [low32]
    return []


def refusal_reason(address: IPAddress) -> str | None:
    """Why an address is not a public unicast target, or None when it is. An IPv6 address that embeds IPv4
    addresses (see `embedded_ipv4`) is refused when any of them is refused; NAT64's local-use prefix is
    refused outright."""
    if isinstance(address, ipaddress.IPv6Address):
        if address in NAT64_LOCAL_USE:
            return "local-use NAT64"
        for inner in embedded_ipv4(address):
            reason = refusal_reason(inner)
            if reason:
                return f"{reason} (embedded {inner})"
        if embedded_ipv4(address):
            return None  # judged by the public IPv4 address it carries
    checks = (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
        ("not globally routable", not address.is_global),
    )
    for name, hit in checks:
        if hit:
            return name
    return None


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the host resolves to (A and AAAA)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str
    port: int
    path: str  # path plus query, as sent in the request line
    addresses: tuple[str, ...]  # the vetted addresses; connect only to these (no second DNS lookup)


def _split(url: str) -> tuple[str, str, int, str]:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise TargetRefused(f"not a valid URL: {exc}") from exc
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise TargetRefused("only http and https URLs are accepted")
    host = (parts.hostname or "").lower()
    if not host:
        raise TargetRefused("the URL has no host")
    if parts.username or parts.password:
        raise TargetRefused("credentials in the URL are not accepted")
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return scheme, host, port or (443 if scheme == "https" else 80), path


def vet_target(url: str, allow: AllowList, resolver: Resolver = system_resolver) -> Target:
    """Resolve the URL's host and check every address it resolves to; raise TargetRefused if any is
    loopback, private, link-local, multicast, reserved or unspecified (unless the allow-list names the host
    or covers the address). Call it at registration and again right before each send (DNS rebinding), and
    connect only to the returned addresses."""
    scheme, host, port, path = _split(url)
    try:
        literal: IPAddress | None = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        raw_addresses: Sequence[str] = [str(literal)]
    else:
        try:
            raw_addresses = resolver(host, port)
        except (OSError, UnicodeError) as exc:
            raise TargetUnresolvable(f"the host {host!r} does not resolve") from exc
        if not raw_addresses:
            raise TargetUnresolvable(f"the host {host!r} does not resolve")
    host_allowed = allow.allows_host(host)
    vetted: list[str] = []
    for raw in raw_addresses:
        address = ipaddress.ip_address(raw.split("%", 1)[0])  # drop an IPv6 zone id
        reason = refusal_reason(address)
        if reason and not (host_allowed or allow.allows_address(address)):
            shown = host if literal is not None else f"{host} ({address})"
            raise TargetRefused(f"the target {shown} is a {reason} address; webhooks go to public hosts only")
        vetted.append(str(address))
    return Target(scheme, host, port, path, tuple(vetted))

