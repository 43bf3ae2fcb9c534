"""Bad and unusual inputs: each is a clear one-line error with exit code 2, or a clean result.

Offsets are checked against the file as decoded: for plain text ``text[start:end]`` is the
flagged phrase.  No test here reaches the network: URLs point at a local closed port or a
local server.
"""

from __future__ import annotations

import http.server
import json
import resource
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from cli_support import assert_clean_error, install, run
from healthlint.api import check
from healthlint.ingest import MAX_CHARS, InputError, read_source
from healthlint.ingest.decode import decode_bytes, looks_binary, normalize_newlines


@pytest.fixture(autouse=True)
def _fake_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    install(monkeypatch)


def _json(proc_stdout: str) -> dict:  # type: ignore[type-arg]
    return json.loads(proc_stdout)  # type: ignore[no-any-return]


# ---- missing, empty, binary ----------------------------------------------------------------


def test_missing_path(tmp_path: Path) -> None:
    assert_clean_error(run("check", str(tmp_path / "nope.md")), "nope.md", "no such file")


def test_directory_without_articles(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.md").write_text("Buy now.")
    assert_clean_error(run("check", str(tmp_path)), "no articles found")


def test_directory_is_expanded_recursively(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("Buy now, friends.\n")
    (tmp_path / "a.txt").write_text("Nothing to see.\n")
    (tmp_path / "c.pdf").write_bytes(b"%PDF")
    proc = run("check", str(tmp_path), "--format", "json")
    assert proc.returncode == 1, proc.stderr
    sources = [d["source"] for d in _json(proc.stdout)["documents"]]
    assert sources == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.md")]


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert_clean_error(run("check", str(path)), "empty.txt", "empty")


@pytest.mark.parametrize("content", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    bytes((i * 37 + 11) % 256 for i in range(4096)),
])
def test_binary_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(content)
    assert_clean_error(run("check", str(path)), "image.txt", "binary")


def test_binary_detection_leaves_text_alone() -> None:
    assert not looks_binary("Plain text with tabs\tand\r\nnewlines and ünïcödé.".encode())
    assert looks_binary(b"abc\x00def")


def test_error_in_one_file_keeps_the_others(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Buy now.\n")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    proc = run("check", str(tmp_path), "--format", "json")
    assert proc.returncode == 2
    docs = {Path(d["source"]).name: d for d in _json(proc.stdout)["documents"]}
    assert docs["bad.txt"]["errors"] and not docs["bad.txt"]["findings"]
    assert [f["code"] for f in docs["good.txt"]["findings"]] == ["COM901"]
    assert proc.stderr.count("\n") == 1 and "bad.txt" in proc.stderr


def test_device_file_is_capped() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    started = time.monotonic()
    assert_clean_error(run("check", "/dev/zero"), "/dev/zero")
    assert time.monotonic() - started < 30


# ---- size ----------------------------------------------------------------------------------


def test_ten_megabyte_file_finishes_with_bounded_memory(tmp_path: Path) -> None:
    sentence = "The trial followed {} adults for a year and reported fewer headaches. "
    para = "".join(sentence.format(i) for i in range(40)) + "\n\n"
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as fh:
        written = 0
        while written < 10_000_000:
            fh.write(para)
            written += len(para)
        fh.write("Buy now at the end.\n")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.monotonic()
    proc = run("check", str(big), "--format", "json", fake=False, timeout=300)
    elapsed = time.monotonic() - started
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert proc.returncode in (0, 1), proc.stderr
    (doc,) = _json(proc.stdout)["documents"]
    assert any(f"{MAX_CHARS:,}" in w for w in doc["warnings"]), doc["warnings"]
    assert all(f["end"] is None or f["end"] <= MAX_CHARS for f in doc["findings"])
    assert elapsed < 120, f"10 MB file took {elapsed:.1f} s"
    # ru_maxrss is the largest child so far (KiB on Linux); the file is 10 MB, so stay well under 1 GB
    assert max(before, peak_kib) < 1_000_000, f"peak RSS {peak_kib / 1024:.0f} MiB"


# ---- encodings and newlines ----------------------------------------------------------------

PHRASE = "buy now"
TEXT = "Café owners say “magnesium helps”.\nYou can buy now at a discount — naïve buyers beware.\n"


def _flagged(path: Path, code: str = "COM901") -> tuple[str, list[dict]]:  # type: ignore[type-arg]
    proc = run("check", str(path), "--format", "json")
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    (doc,) = _json(proc.stdout)["documents"]
    return doc, [f for f in doc["findings"] if f["code"] == code]  # type: ignore[return-value]


@pytest.mark.parametrize(("encoding", "bom"), [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
    ("cp1252", b""),
])
def test_encodings_decode_and_offsets_index_the_decoded_text(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(bom + TEXT.encode(encoding))
    _, found = _flagged(path)
    (f,) = found
    assert TEXT[f["start"]:f["end"]] == PHRASE
    assert (f["line"], f["column"]) == (2, TEXT.split("\n")[1].index(PHRASE) + 1)
    text, _ = decode_bytes(bom + TEXT.encode(encoding))
    assert text == TEXT


def test_cp1252_short_western_text() -> None:
    for sample in ("Café naïve résumé “quoted” text.", "Die Ärztin sagte, dass größere Kinder übten.",
                   "Le médecin a précisé que l'étude, publiée en été, concernait des enfants âgés."):
        assert decode_bytes(sample.encode("cp1252"))[0] == sample


def test_other_code_pages_still_detected() -> None:
    russian = "Врач сказал, что исследование, опубликованное летом, касалось детей в возрасте от пяти лет."
    assert decode_bytes(russian.encode("cp1251"))[0] == russian


def test_invalid_utf8_is_a_clean_result(tmp_path: Path) -> None:
    data = "Magnesium helps — you can buy now. ".encode() * 3 + b"\xff\xfe\xc3(" + b" The end.\n"
    path = tmp_path / "broken.txt"
    path.write_bytes(data)
    proc = run("check", str(path), "--format", "json")
    assert proc.returncode == 1, proc.stderr
    (doc,) = _json(proc.stdout)["documents"]
    assert not doc["errors"] and len(doc["findings"]) == 3
    text, enc = decode_bytes(data)
    assert enc == "utf-8" and "—" in text and "\ufffd" in text  # kept as UTF-8, bad bytes replaced
    for f in doc["findings"]:
        assert text[f["start"]:f["end"]].lower() == PHRASE


def test_invalid_utf8_without_any_utf8_falls_back_to_a_single_byte_code_page() -> None:
    text, enc = decode_bytes(b"plain ascii with one bad byte \xff here and a sentence.")
    assert enc == "cp1252" and text.endswith("\xff here and a sentence.")


def test_bad_bom_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"\xff\xfe" + b"A\x00B")  # odd number of UTF-16 bytes
    assert_clean_error(run("check", str(path)), "odd.txt")


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_offsets_index_the_file_as_decoded(tmp_path: Path, newline: str) -> None:
    text = f"First line.{newline}Second line where you buy now.{newline}{newline}Third: buy now!{newline}"
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode())
    _, found = _flagged(path)
    assert len(found) == 2
    for f in found:
        assert text[f["start"]:f["end"]].lower() == PHRASE
    assert [(f["line"], f["column"]) for f in found] == [(2, 23), (4, 8)]


def test_crlf_markdown_keeps_source_lines(tmp_path: Path) -> None:
    text = "# Title\r\n\r\nSome *text* here.\r\n\r\n- You should buy now.\r\n"
    path = tmp_path / "a.md"
    path.write_bytes(text.encode())
    _, (f,) = _flagged(path)
    assert text[f["start"]:f["end"]] == PHRASE
    assert (f["line"], f["column"]) == (5, 14)


def test_normalize_newlines_keeps_length() -> None:
    for s in ("a\r\nb", "a\rb\r\n\r\nc", "no newline"):
        out = normalize_newlines(s)
        assert len(out) == len(s) and "\r" not in out


# ---- HTML ----------------------------------------------------------------------------------


def test_broken_html_is_a_clean_result(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text('<html><body><p>Unclosed <b>bold <div>you can buy now <a href="/x">link <p><table><td>cell')
    doc, (f,) = _flagged(path)
    assert not doc["errors"] and f["excerpt"] == PHRASE


def test_garbage_html_is_a_clean_result(tmp_path: Path) -> None:
    path = tmp_path / "garbage.html"
    path.write_text("<<<>>></p></div><html<body>>buy now<!-- unterminated comment")
    proc = run("check", str(path), "--format", "json")
    assert proc.returncode in (0, 1, 2) and "Traceback" not in proc.stderr
    if proc.returncode == 2:
        assert_clean_error(proc)


def test_script_and_style_text_is_never_analysed(tmp_path: Path) -> None:
    body = "<p>Magnesium is a mineral that many adults take at night to help with sleep and cramps.</p>" * 5
    html = (
        "<!DOCTYPE html><html><head><title>Sleep</title><script>var a = 'buy now';</script>"
        "<style>.x:after{content:'buy now'}</style></head><body><article><h1>Sleep</h1>"
        f"{body}<script type='text/javascript'>document.write('studies show, buy now')</script>"
        "<script type='application/ld+json'>{\"name\": \"coupon code\"}</script></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html)
    proc = run("check", str(path), "--format", "json")
    assert proc.returncode == 0, proc.stdout
    assert _json(proc.stdout)["documents"][0]["findings"] == []
    doc = read_source(str(path))
    assert "buy now" not in doc.text and "document.write" not in doc.text and "coupon" not in doc.text
    assert "Magnesium is a mineral" in doc.text


def test_short_html_page_without_main_text(tmp_path: Path) -> None:
    path = tmp_path / "tiny.html"
    path.write_text("<html><head><script>buy now</script></head><body><p>Buy now.</p></body></html>")
    _, (f,) = _flagged(path)
    assert f["excerpt"] == "Buy now"


# ---- stdin ---------------------------------------------------------------------------------


def test_stdin_text() -> None:
    proc = run("check", "-", "--format", "json", stdin=b"Some text.\nPlease buy now.\n")
    assert proc.returncode == 1, proc.stderr
    (doc,) = _json(proc.stdout)["documents"]
    assert doc["source"] == "-"
    (f,) = doc["findings"]
    assert (f["start"], f["end"], f["line"], f["column"]) == (18, 25, 2, 8)


def test_stdin_html_detected_and_forced() -> None:
    page = b"<!DOCTYPE html><html><body><p>Please <b>buy now</b>.</p></body></html>"
    proc = run("check", "-", "--format", "json", stdin=page)
    assert proc.returncode == 1
    assert _json(proc.stdout)["documents"][0]["findings"][0]["excerpt"] == "buy now"
    proc = run("check", "-", "--input-format", "text", "--format", "json", stdin=b"<p>buy now</p>")
    assert _json(proc.stdout)["documents"][0]["findings"][0]["start"] == 3


def test_stdin_empty_and_binary() -> None:
    assert_clean_error(run("check", "-", stdin=b""), "empty")
    assert_clean_error(run("check", "-", stdin=b"\x00\x01\x02\x03" * 100), "binary")


# ---- URLs (local only) ---------------------------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # closed again when we leave


def test_unreachable_url_is_a_clean_error() -> None:
    port = _closed_port()
    line = assert_clean_error(run("check", f"http://127.0.0.1:{port}/a.html", "--allow-private-urls"),
                              f"127.0.0.1:{port}")
    assert "cannot fetch" in line or "refused" in line


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/a.html", "http://localhost:9/", "http://[::1]:9/",
                                 "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/"])
def test_private_addresses_are_refused_without_the_flag(url: str) -> None:
    assert_clean_error(run("check", url), "refusing", "--allow-private-urls")


def test_unsupported_scheme() -> None:
    assert_clean_error(run("check", "ftp://example.org/a.txt"), "unsupported URL scheme")
    assert_clean_error(run("check", "file:///etc/passwd"), "unsupported URL scheme")


class _Handler(http.server.BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, tuple[int, str, bytes, dict[str, str]]]] = {}

    def do_GET(self) -> None:
        status, ctype, body, headers = self.pages.get(self.path, (404, "text/plain", b"not found", {}))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    _Handler.pages = {
        "/page.html": (200, "text/html; charset=windows-1252", "<html><head><title>Café</title></head><body>"
                       "<p>Café owners: buy now.</p></body></html>".encode("cp1252"), {}),
        "/plain": (200, "text/plain; charset=utf-8", b"Line one.\r\nBuy now, it says.\r\n", {}),
        "/pdf": (200, "application/pdf", b"%PDF-1.4", {}),
        "/redirect": (302, "text/plain", b"", {"Location": "/page.html"}),
        "/loop": (302, "text/plain", b"", {"Location": "/loop"}),
        "/gone": (404, "text/plain", b"nope", {}),
        "/huge": (200, "text/plain", b"a" * 5_000_100, {}),
    }
    try:
        yield base
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_local_server_pages(server: str) -> None:
    report = check([f"{server}/page.html", f"{server}/plain", f"{server}/redirect"], allow_private_urls=True)
    page, plain, redirected = report.documents
    assert not page.errors and page.title == "Café" and [f.excerpt for f in page.findings] == ["buy now"]
    assert plain.document is not None and plain.document.metadata.format == "text"
    (f,) = plain.findings
    assert "Line one.\r\nBuy now, it says.\r\n"[f.start:f.end] == "Buy now"  # type: ignore[misc]
    assert redirected.title == "Café"


@pytest.mark.parametrize(("path", "needle"), [("/pdf", "content type"), ("/loop", "redirect"), ("/gone", "404"),
                                              ("/huge", "larger than")])
def test_bad_url_responses(server: str, path: str, needle: str) -> None:
    assert_clean_error(run("check", f"{server}{path}", "--allow-private-urls"), needle)


def test_url_refused_without_flag_even_when_served(server: str) -> None:
    with pytest.raises(InputError, match="refusing"):
        read_source(f"{server}/page.html")
