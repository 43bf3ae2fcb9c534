"""``healthlint serve``: the page, the form post, the JSON API and its error answers."""

from __future__ import annotations

import http.client
import json
import threading
import urllib.parse
from collections.abc import Iterator
from typing import Any

import pytest

from cli_support import assert_clean_error, install, run
from healthlint.config import Config
from healthlint.web.server import MAX_BODY, App, RequestError, make_server, page


@pytest.fixture(autouse=True)
def _fake_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    install(monkeypatch)


@pytest.fixture
def server() -> Iterator[tuple[str, int]]:
    srv = make_server("127.0.0.1", 0, App(Config()))
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield "127.0.0.1", int(srv.server_address[1])
    finally:
        srv.shutdown()
        srv.server_close()


def _request(where: tuple[str, int], method: str, path: str, body: bytes | None = None,
             headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
    conn = http.client.HTTPConnection(*where, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read().decode("utf-8")
    finally:
        conn.close()


def _api(where: tuple[str, int], payload: Any) -> tuple[int, dict[str, Any]]:
    status, _, body = _request(where, "POST", "/api/check", json.dumps(payload).encode(),
                               {"Content-Type": "application/json"})
    return status, json.loads(body)


def test_app_check_text_and_errors() -> None:
    app = App(Config())
    result = app.check({"text": "Buy now. Studies show it.", "format": "text"})
    assert sorted(f["code"] for f in result["document"]["findings"]) == ["CIT901", "COM901"]
    assert "<mark" in result["html"]
    for bad, needle in [({"text": ""}, "give some text"), ({"text": "x", "format": "pdf"}, "unknown format"),
                        ({"url": "http://127.0.0.1:9/"}, "refusing"), ({"url": 5}, "must be a string"),
                        ({"text": "x", "config": {"selct": ["COM"]}}, "unknown key 'selct'")]:
        with pytest.raises(RequestError, match=needle):
            app.check(bad)
    only = app.check({"text": "Buy now. Studies show it.", "config": {"select": ["CIT"]}})
    assert [f["code"] for f in only["document"]["findings"]] == ["CIT901"]


def test_page_escapes_what_it_echoes() -> None:
    html = page(text="</textarea><script>x()</script>", url='"><script>', error="<b>bad</b>")
    assert "<script>" not in html and "&lt;/textarea&gt;" in html and "&lt;b&gt;bad" in html


def test_get_pages(server: tuple[str, int]) -> None:
    status, headers, body = _request(server, "GET", "/")
    assert status == 200 and body.startswith("<!DOCTYPE html>") and 'action="/check"' in body
    assert "default-src 'none'" in headers["content-security-policy"]
    assert "<script" not in body and "http://" not in body.replace('placeholder="https://..."', "")
    status, _, body = _request(server, "GET", "/api/rules")
    assert status == 200 and [r["code"] for r in json.loads(body)] == ["CIT901", "COM901", "COM902", "TRN901"]
    assert _request(server, "GET", "/healthz")[0] == 200
    assert _request(server, "GET", "/nope")[0] == 404


def test_api_check(server: tuple[str, int]) -> None:
    status, data = _api(server, {"text": "# Title\n\nPlease **buy now**.\n", "format": "markdown"})
    assert status == 200
    doc = data["document"]
    assert doc["title"] == "Title" and [f["code"] for f in doc["findings"]] == ["COM901"]
    assert doc["findings"][0]["line"] == 3 and "buy now</mark>" in data["html"]


@pytest.mark.parametrize(("body", "needle"), [
    (b"{not json", "invalid JSON"), (b"[1]", "JSON object"), (b'{"text": ""}', "give some text"),
    (b"\xff\xfe", "invalid JSON"),
])
def test_api_bad_requests(server: tuple[str, int], body: bytes, needle: str) -> None:
    status, _, text = _request(server, "POST", "/api/check", body, {"Content-Type": "application/json"})
    assert status == 400 and needle in json.loads(text)["error"]


def test_api_too_large(server: tuple[str, int]) -> None:
    status, _, text = _request(server, "POST", "/api/check", b"x" * (MAX_BODY + 1))
    assert status == 413 and "larger" in json.loads(text)["error"]


def test_form_post(server: tuple[str, int]) -> None:
    form = urllib.parse.urlencode({"text": "Buy now <script>alert(1)</script>", "url": "", "format": "auto"})
    status, _, body = _request(server, "POST", "/check", form.encode(),
                               {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and "<script>" not in body and "&lt;script&gt;" in body
    assert 'class="sev-warning"' in body and "trust score" in body
    status, _, body = _request(server, "POST", "/check", b"text=&url=http%3A%2F%2F10.0.0.1%2F",
                               {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 400 and "refusing" in body and 'value="http://10.0.0.1/"' in body


def test_private_urls_allowed_when_the_server_says_so(server: tuple[str, int]) -> None:
    # the test server itself is a private URL: let a second app fetch a page from it
    app = App(Config(), allow_private_urls=True)
    result = app.check({"url": f"http://{server[0]}:{server[1]}/"})
    assert result["document"]["source"].startswith("http://127.0.0.1")


def test_serve_command_errors() -> None:
    assert_clean_error(run("serve", "--port", "70000"), "--port")
    assert_clean_error(run("serve", "--config", "/nonexistent.toml"), "nonexistent.toml")
