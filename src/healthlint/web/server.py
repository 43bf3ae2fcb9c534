"""A small web page and JSON API over :mod:`healthlint.api` (standard library only).

``GET /`` is a page with a text box and a URL box whose form posts to ``POST /check`` and gets
the page back with the report (the HTML reporter's fragment; no script needed).  ``POST
/api/check`` takes ``{"text": ..., "format": ..., "url": ..., "config": {...}}`` and answers
``{"healthlint": version, "document": {...}, "html": "..."}`` or ``{"error": "..."}`` with status
400.  ``GET /api/rules`` lists the rules.  URLs go through the same guarded fetcher as the
command line (public addresses only unless the server allows private ones).
"""

from __future__ import annotations

import json
import sys
import urllib.parse
from dataclasses import dataclass, field
from html import escape
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from healthlint import __version__
from healthlint.config import Config

MAX_BODY = 2_000_000
FORMATS = ("auto", "text", "markdown", "html")
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                               "base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


class RequestError(ValueError):
    """A bad request: its message goes back to the client with status 400."""


@dataclass
class App:
    """What the server does, apart from HTTP: testable on its own."""

    config: Config = field(default_factory=Config)
    allow_private_urls: bool = False

    def check(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Check ``text`` or ``url`` from a request; raises :class:`RequestError` for bad input."""
        from healthlint.api import check_document, check_text
        from healthlint.config import ConfigError, from_mapping
        from healthlint.ingest import InputError, read_source
        from healthlint.report import Report
        from healthlint.reporters.html import render_fragment
        from healthlint.reporters.json import document_dict

        text, url = payload.get("text"), payload.get("url")
        fmt = payload.get("format") or "auto"
        if fmt not in FORMATS:
            raise RequestError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")
        config = self.config
        if payload.get("config") is not None:
            try:
                config = from_mapping(payload["config"], "request config", base=self.config)
            except ConfigError as exc:
                raise RequestError(str(exc)) from None
        url = url.strip() if isinstance(url, str) else url
        try:
            if url:
                if not isinstance(url, str):
                    raise RequestError("'url' must be a string")
                doc = read_source(url, fmt=None if fmt == "auto" else fmt,
                                  allow_private_urls=self.allow_private_urls)
                report = Report([check_document(doc, config)], __version__)
            elif isinstance(text, str) and text.strip():
                report = check_text(text, source="<pasted text>", fmt=None if fmt == "auto" else fmt, config=config)
            else:
                raise RequestError("give some text or a URL to check")
        except InputError as exc:
            raise RequestError(str(exc)) from None
        return {"healthlint": __version__, "document": document_dict(report.documents[0]),
                "html": render_fragment(report)}

    def rules(self) -> list[dict[str, Any]]:
        from healthlint.rules import all_rules

        return [{"code": r.code, "name": r.name, "category": r.category, "severity": str(r.severity),
                 "scope": r.scope, "status": r.status, "summary": r.summary} for r in all_rules()]


PAGE_STYLE = """
form.check{background:#fff;border:1px solid var(--line);border-radius:6px;padding:12px 16px;margin:0 0 20px}
form.check textarea{width:100%;min-height:220px;box-sizing:border-box;
  font:14px/1.4 ui-monospace,Menlo,Consolas,monospace}
form.check input[type=url]{width:100%;box-sizing:border-box;font-size:14px;padding:4px}
form.check label{display:block;margin:8px 0 4px;font-weight:600}
form.check .row{display:flex;gap:12px;align-items:center;margin-top:10px}
.error{color:var(--err);font-weight:600}
"""


def page(text: str = "", url: str = "", fmt: str = "auto", result_html: str = "", error: str = "") -> str:
    """The whole page: the form (refilled with what was sent) and the report or error."""
    from healthlint.reporters.html import STYLE

    options = "".join(
        f'<option value="{f}"{" selected" if f == fmt else ""}>{f}</option>' for f in FORMATS
    )
    err = f'<p class="error">{escape(error)}</p>' if error else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>healthlint</title><style>{STYLE}\n{PAGE_STYLE}</style></head>\n"
        f'<body><header class="page"><h1>healthlint {escape(__version__)}: check a health article</h1></header>'
        "<main>"
        '<form class="check" method="post" action="/check">'
        '<label for="text">Article text (plain text, Markdown or HTML)</label>'
        f'<textarea id="text" name="text" placeholder="Paste an article here">{escape(text)}</textarea>'
        '<label for="url">or a web address</label>'
        f'<input id="url" type="url" name="url" placeholder="https://..." value="{escape(url, quote=True)}">'
        f'<div class="row"><label for="format">Input format</label><select id="format" name="format">{options}'
        '</select><button type="submit">Check</button></div></form>'
        f"{err}{result_html}</main></body></html>\n"
    )


class Handler(BaseHTTPRequestHandler):
    server_version = f"healthlint/{__version__}"
    app: App = App()

    # ---- plumbing ----------------------------------------------------------------------
    def _send(self, status: int, body: str, ctype: str) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", f"{ctype}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for key, value in SECURITY_HEADERS.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _json(self, status: int, data: Any) -> None:
        self._send(status, json.dumps(data, ensure_ascii=False, default=str), "application/json")

    def _body(self) -> bytes | None:
        """The request body, or None after answering 411/413."""
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            self._json(HTTPStatus.LENGTH_REQUIRED, {"error": "Content-Length required"})
            return None
        if int(length) > MAX_BODY:
            self.close_connection = True
            if int(length) <= 8 * MAX_BODY:  # drain it, so the client reads our answer, not a reset
                left = int(length)
                while left > 0:
                    chunk = self.rfile.read(min(left, 65536))
                    if not chunk:
                        break
                    left -= len(chunk)
            self._json(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"error": f"request larger than {MAX_BODY} bytes"})
            return None
        return self.rfile.read(int(length))

    def log_message(self, format: str, *args: Any) -> None:
        sys.stderr.write(f"healthlint serve: {self.address_string()} {format % args}\n")

    # ---- routes ------------------------------------------------------------------------
    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        path = urllib.parse.urlsplit(self.path).path
        if path == "/":
            self._send(HTTPStatus.OK, page(), "text/html")
        elif path == "/api/rules":
            self._json(HTTPStatus.OK, self.app.rules())
        elif path == "/healthz":
            self._send(HTTPStatus.OK, "ok\n", "text/plain")
        else:
            self._json(HTTPStatus.NOT_FOUND, {"error": f"no such page: {path}"})

    def do_POST(self) -> None:
        path = urllib.parse.urlsplit(self.path).path
        if path not in ("/check", "/api/check"):
            self._json(HTTPStatus.NOT_FOUND, {"error": f"no such page: {path}"})
            return
        body = self._body()
        if body is None:
            return
        if path == "/api/check":
            self._api_check(body)
        else:
            self._form_check(body)

    def _api_check(self, body: bytes) -> None:
        try:
            payload = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            self._json(HTTPStatus.BAD_REQUEST, {"error": f"invalid JSON: {exc}"})
            return
        if not isinstance(payload, dict):
            self._json(HTTPStatus.BAD_REQUEST, {"error": "send a JSON object"})
            return
        try:
            self._json(HTTPStatus.OK, self.app.check(payload))
        except RequestError as exc:
            self._json(HTTPStatus.BAD_REQUEST, {"error": str(exc)})
        except Exception as exc:  # a bug must not kill the server or leak a traceback to the client
            self.log_error("internal error: %s: %s", type(exc).__name__, exc)
            self._json(HTTPStatus.INTERNAL_SERVER_ERROR, {"error": "internal error"})

    def _form_check(self, body: bytes) -> None:
        fields = urllib.parse.parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
        text = fields.get("text", [""])[0]
        url = fields.get("url", [""])[0]
        fmt = fields.get("format", ["auto"])[0]
        try:
            result = self.app.check({"text": text, "url": url, "format": fmt})
            self._send(HTTPStatus.OK, page(text, url, fmt, result["html"]), "text/html")
        except RequestError as exc:
            self._send(HTTPStatus.BAD_REQUEST, page(text, url, fmt if fmt in FORMATS else "auto", error=str(exc)),
                       "text/html")
        except Exception as exc:  # a bug must not kill the server
            self.log_error("internal error: %s: %s", type(exc).__name__, exc)
            self._send(HTTPStatus.INTERNAL_SERVER_ERROR, page(text, url, error="internal error"), "text/html")


def make_server(host: str = "127.0.0.1", port: int = 8000, app: App | None = None) -> ThreadingHTTPServer:
    """A ready server (``port`` 0 picks a free one); call ``serve_forever`` on it."""
    handler = type("BoundHandler", (Handler,), {"app": app or App()})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server
