"""``healthlint serve``: run the web page and JSON API."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def add_parser(sub: Any) -> None:
    s = sub.add_parser("serve", help="serve a web page and JSON API for checking articles")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    s.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    s.add_argument("--config", help="configuration file (healthlint.toml or pyproject.toml)")
    s.add_argument("--allow-private-urls", action="store_true", help="let the page fetch private addresses")


def run_command(args: argparse.Namespace) -> int:
    from healthlint.cli import UsageError
    from healthlint.config import Config, discover, load_file
    from healthlint.web.server import App, make_server

    if not 0 <= args.port <= 65535:
        raise UsageError("--port must be between 0 and 65535")
    if args.config:
        path = Path(args.config)
        if not path.is_file():
            raise UsageError(f"{args.config}: no such configuration file")
        config = load_file(path) or Config(path=str(path))
    else:
        config = discover(Path.cwd())
    try:
        server = make_server(args.host, args.port, App(config, args.allow_private_urls))
    except OSError as exc:
        raise UsageError(f"cannot listen on {args.host}:{args.port} ({exc.strerror or exc})") from None
    host, port = str(server.server_address[0]), int(server.server_address[1])
    print(f"healthlint: serving on http://{host}:{port}/ (Ctrl-C to stop)", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
