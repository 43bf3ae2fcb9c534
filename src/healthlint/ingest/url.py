"""Fetch an http(s) URL safely: timeout, size cap, limited redirects, text types only, and no
loopback/private/link-local targets unless allowed."""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from http.client import HTTPMessage
from typing import IO, Any

from healthlint.ingest.errors import InputError

MAX_BYTES = 5_000_000
MAX_REDIRECTS = 5
ALLOWED_TYPES = ("text/html", "text/plain", "application/xhtml+xml", "text/markdown")
USER_AGENT = "healthlint (+https://pypi.org/project/healthlint/)"


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    content_type: str
    charset: str | None
    body: bytes


def check_host(url: str, allow_private: bool) -> None:
    """Refuse non-http(s) URLs and hosts that resolve to non-public addresses."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"not an http(s) URL: {url}")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError(f"cannot resolve host {parts.hostname!r}: {exc}") from None
    for info in infos:
        addr = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not addr.is_global or addr.is_multicast:
            raise InputError(
                f"refusing {url}: {parts.hostname} resolves to non-public address {addr} "
                "(use --allow-private-urls to permit)"
            )


class _Redirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private
        self.count = 0

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage, newurl: str
    ) -> urllib.request.Request | None:
        self.count += 1
        if self.count > MAX_REDIRECTS:
            raise InputError(f"too many redirects (more than {MAX_REDIRECTS})")
        check_host(newurl, self.allow_private)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, *, timeout: float = 15.0, allow_private: bool = False, max_bytes: int = MAX_BYTES) -> Fetched:
    """Download ``url`` or raise :class:`InputError` with one clear line."""
    check_host(url, allow_private)
    opener = urllib.request.build_opener(_Redirects(allow_private))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain"})
    try:
        with opener.open(request, timeout=timeout) as resp:
            headers: Any = resp.headers
            ctype = (headers.get_content_type() or "").lower()
            if ctype not in ALLOWED_TYPES:
                raise InputError(f"{url}: unsupported content type {ctype!r} (need text/html or text/plain)")
            body = resp.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise InputError(f"{url}: page larger than {max_bytes} bytes")
            return Fetched(resp.geturl(), ctype, headers.get_content_charset(), body)
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:
            raise InputError(f"{url}: redirect loop or too many redirects (HTTP {exc.code})") from None
        reason = " ".join(str(exc.reason).split())
        raise InputError(f"{url}: HTTP {exc.code} {reason}") from None
    except urllib.error.URLError as exc:
        raise InputError(f"{url}: cannot fetch ({exc.reason})") from None
    except TimeoutError:
        raise InputError(f"{url}: timed out after {timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{url}: cannot fetch ({exc})") from None
