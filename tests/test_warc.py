"""WARC input: the reader (:mod:`healthlint.ingest.warc`) and ``healthlint batch crawl.warc.gz``.

The WARC files are written here with warcio's writer; nothing is downloaded."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cli_support import install, run
from healthlint.batch import runner as batch
from healthlint.config import Config
from healthlint.ingest.warc import WarcItem, page_text, read_warc

ARTICLE = ("<!doctype html><html><head><title>Zinc and colds</title></head><body><article>"
           "<p>Studies show that zinc shortens a cold by a day or two in adults.</p>"
           "<p>Buy now while the offer lasts.</p></article></body></html>")
# windows-1252 bytes: smart quotes (0x93, 0x94) and e-acute (0xe9), invalid as UTF-8
CP1252 = ("<html><head><title>Caf\u00e9 au lait</title></head><body><p>\u201cStudies show\u201d that "
          "caf\u00e9 au lait is fine for most adults.</p></body></html>").encode("cp1252")


def _http(status: str, ctype: str | None, extra: list[tuple[str, str]] | None = None) -> StatusAndHeaders:
    headers = ([("Content-Type", ctype)] if ctype else []) + (extra or [])
    return StatusAndHeaders(status, headers, protocol="HTTP/1.1")


def build_warc(gz: bool) -> bytes:
    """warcinfo, request, 6 responses (2 pages, 1 plain text, 1 image, 1 404, 1 gzip-encoded page),
    metadata, a resource page."""
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    w.write_record(w.create_warcinfo_record("test.warc", {"software": "healthlint tests"}))

    def response(url: str, body: bytes, http: StatusAndHeaders) -> None:
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))

    w.write_record(w.create_warc_record("https://a.example/zinc", "request", payload=io.BytesIO(b""),
                                        http_headers=StatusAndHeaders("GET /zinc HTTP/1.1", [("Host", "a.example")],
                                                                      is_http_request=True)))
    response("https://a.example/zinc", ARTICLE.encode(), _http("200 OK", "text/html; charset=UTF-8"))
    response("https://b.example/cafe", CP1252, _http("200 OK", 'text/html; charset="ISO-8859-1"'))
    response("https://c.example/notes.txt", b"Plain notes. Buy now with coupon code X.\n",
             _http("200 OK", "text/plain"))
    response("https://c.example/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", _http("200 OK", "image/png"))
    response("https://c.example/gone", b"<html><body>Not found</body></html>", _http("404 Not Found", "text/html"))
    response("https://d.example/gz", gzip.compress(ARTICLE.encode()),
             _http("200 OK", "text/html", [("Content-Encoding", "gzip")]))
    w.write_record(w.create_warc_record("https://a.example/zinc", "metadata", payload=io.BytesIO(b"fetchTimeMs: 12\n"),
                                        warc_content_type="application/warc-fields"))
    w.write_record(w.create_warc_record("file:///saved/page.html", "resource", payload=io.BytesIO(ARTICLE.encode()),
                                        warc_content_type="text/html"))
    return buf.getvalue()


def _items(data: bytes) -> list[WarcItem]:
    return list(read_warc(io.BytesIO(data)))


@pytest.mark.parametrize("gz", [False, True])
def test_reader_gives_every_record_a_kind(gz: bool) -> None:
    items = _items(build_warc(gz))
    assert [(i.record, i.kind) for i in items] == [
        (1, "other"), (2, "other"), (3, "page"), (4, "page"), (5, "page"), (6, "skipped"), (7, "skipped"),
        (8, "page"), (9, "other"), (10, "page")]
    assert [i.rec_type for i in items if i.kind == "other"] == ["warcinfo", "request", "metadata"]
    offsets = [i.offset for i in items]
    assert offsets[0] == 0 and offsets == sorted(set(offsets))
    zinc, cafe, notes, png, gone, gz_page, _, resource = items[2:]
    assert (zinc.url, zinc.fmt, zinc.charset) == ("https://a.example/zinc", "html", "utf-8")
    assert zinc.record_id and zinc.record_id.startswith("<urn:uuid:") and zinc.date
    assert (cafe.fmt, cafe.charset, cafe.body) == ("html", "iso-8859-1", CP1252)
    assert notes.fmt == "text"
    assert png.reason == "not HTML or plain text (image/png)" and png.body == b""
    assert gone.reason == "HTTP status 404"
    assert gz_page.body == ARTICLE.encode()  # Content-Encoding undone
    assert (resource.url, resource.fmt, resource.body) == ("file:///saved/page.html", "html", ARTICLE.encode())


def test_page_text_uses_the_http_charset_then_meta() -> None:
    cafe = WarcItem("page", 1, 0, fmt="html", charset="iso-8859-1", body=CP1252)
    text = page_text(cafe)  # ISO-8859-1 is read as windows-1252, as browsers do
    assert "\u201cStudies show\u201d" in text and "Caf\u00e9" in text
    meta = b'<html><head><meta charset="koi8-r"></head><body>' + "Привет".encode("koi8-r") + b"</body></html>"
    assert "Привет" in page_text(WarcItem("page", 1, 0, fmt="html", body=meta))
    guessed = page_text(WarcItem("page", 1, 0, fmt="html", body=CP1252))  # no label: detected
    assert "caf\u00e9 au lait" in guessed


@pytest.mark.parametrize("gz", [False, True])
def test_a_cut_anywhere_ends_in_an_error_item(gz: bool) -> None:
    data = build_warc(gz)
    full = _items(data)
    starts = [i.offset for i in full] + [len(data)]
    for cut in range(full[-3].offset + 1, len(data) - 4, 5):  # inside the last three records
        if any(-4 <= cut - start <= 4 for start in starts):
            continue  # a cut between records leaves a complete (shorter) file
        items = _items(data[:cut])
        assert items[-1].kind == "error", (cut, items[-1])
        assert items[:-1] == full[: len(items) - 1], cut  # every record before the cut is intact
        assert items[-1].offset == max(s for s in starts if s < cut), cut


def test_truncation_messages() -> None:
    data = build_warc(False)
    last = _items(data)[-1].offset
    items = _items(data[: len(data) - 60])  # cut inside the resource record's payload
    assert len(items) == 10 and items[-1].record == 10
    assert items[-1].reason == "truncated record: 56 of 211 bytes missing"
    items = _items(data[: last + 250])  # the Content-Length header is lost
    assert len(items) == 10 and items[-1].reason == "truncated record: no Content-Length header"
    zinc = _items(data)[2]
    items = _items(data[: zinc.offset + 420])  # inside the HTTP headers
    assert len(items) == 3 and items[-1].reason == "truncated record: 211 of 270 bytes missing"
    items = _items(data + b"WARC/1.0\r\nWARC-Type: resp")  # the start of one more record
    assert len(items) == 11 and items[-1].kind == "error" and items[-1].offset == len(data)


def test_truncated_gzip_member_and_garbage() -> None:
    data = build_warc(True)
    last = _items(data)[-1].offset
    items = _items(data[: last + 30])
    assert len(items) == 10 and items[-1].kind == "error" and items[-1].offset == last
    items = _items(b'{"id": 1, "text": "this is JSON Lines, not WARC"}\n')
    assert [(i.record, i.kind) for i in items] == [(1, "error")]
    assert items[0].reason == "not WARC data at byte 0 (ARC is not supported)"
    assert _items(b"") == []
    items = _items(gzip.compress(build_warc(False)))  # one gzip member for the whole file: warcio refuses it
    assert items[-1].kind == "error" and "warcio recompress" in (items[-1].reason or "")
    assert all(i.offset >= 0 for i in items)


def test_trailing_blank_lines_are_not_an_error() -> None:
    assert [i.kind for i in _items(build_warc(False) + b"\r\n\r\n")][-1] == "page"


def test_run_warc_writes_a_record_per_page(monkeypatch: pytest.MonkeyPatch) -> None:
    install(monkeypatch)
    data = build_warc(True)
    cut = _items(data)[-1].offset + 30
    out = io.StringIO()
    stats = batch.run_warc(io.BytesIO(data[:cut]), out, config=Config())
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["record"] for r in records] == [3, 4, 5, 6, 7, 8, 10]
    assert [batch.outcome(r) for r in records] == ["ok", "ok", "ok", "skipped", "skipped", "ok", "error"]
    assert (stats.records, stats.ok, stats.errors, stats.skipped) == (7, 4, 1, 2)
    assert stats.other == {"warcinfo": 1, "request": 1, "metadata": 1}
    zinc, cafe, notes = (r["document"] for r in records[:3])
    assert zinc["source"] == "https://a.example/zinc" and zinc["title"] == "Zinc and colds"
    assert sorted(f["code"] for f in zinc["findings"]) == ["CIT901", "COM901"]
    assert cafe["title"] == "Caf\u00e9 au lait" and [f["code"] for f in cafe["findings"]] == ["CIT901"]
    assert {f["code"] for f in notes["findings"]} == {"COM901", "COM902"}
    assert records[3] == {"record": 6, "offset": records[3]["offset"], "id": records[3]["id"],
                          "url": "https://c.example/logo.png", "ok": False,
                          "skipped": "not HTML or plain text (image/png)"}
    assert "truncated or unreadable" in records[-1]["error"] or "truncated record" in records[-1]["error"]
    assert stats.findings == sum(len(r["document"]["findings"]) for r in records if r["ok"])


def test_binary_page_becomes_an_error_record(monkeypatch: pytest.MonkeyPatch) -> None:
    install(monkeypatch)
    item = WarcItem("page", 4, 100, record_id="<urn:x>", url="https://e.example/", fmt="html",
                    body=b"\x00\x01\x02" * 50)
    assert batch.process_warc_item(item) == {"record": 4, "offset": 100, "id": "<urn:x>", "url": "https://e.example/",
                                             "ok": False, "error": "binary file, not text"}


def test_cli_warc_file_stdin_and_workers(tmp_path: Path) -> None:
    src = tmp_path / "crawl.warc.gz"
    src.write_bytes(build_warc(True))
    proc = run("batch", str(src), "--isolated")
    assert proc.returncode == 0, proc.stderr
    assert "7 record(s), 5 checked, 0 error(s), 2 skipped" in proc.stderr
    assert "3 other WARC record(s) hold no page, not written (1 metadata, 1 request, 1 warcinfo)" in proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 7 and all(json.loads(line)["url"] for line in lines)
    plain = build_warc(False)
    piped = run("batch", "-", "--input-format", "warc", "--isolated", "-q", stdin=plain)
    assert piped.returncode == 0 and piped.stderr == "" and len(piped.stdout.splitlines()) == 7
    # worker processes import healthlint afresh: the real rules on both sides
    one = run("batch", str(src), "-o", str(tmp_path / "one.jsonl"), "--isolated", fake=False)
    two = run("batch", str(src), "-o", str(tmp_path / "two.jsonl"), "--isolated", "-j", "2", fake=False)
    assert one.returncode == two.returncode == 0, two.stderr
    a = (tmp_path / "one.jsonl").read_text(encoding="utf-8")
    assert a == (tmp_path / "two.jsonl").read_text(encoding="utf-8") and len(a.splitlines()) == 7


def test_cli_truncated_warc_exits_1(tmp_path: Path) -> None:
    data = build_warc(False)
    src = tmp_path / "cut.warc"
    src.write_bytes(data[: len(data) - 25])
    proc = run("batch", str(src), "--isolated")
    assert proc.returncode == 1 and "1 error(s)" in proc.stderr
    assert json.loads(proc.stdout.splitlines()[-1])["ok"] is False
