"""A local web server for the book with the browser edition under ``/navegador/`` (``make serve``).

The browser edition cannot open from ``file://`` (its kernel runs in a web worker that fetches WebAssembly), so
it needs a server. This one serves ``_build/html`` at ``/`` and ``dist/navegador`` at ``/navegador/``, the layout
the book's «Obre-ho al navegador» links expect by default (``course.yml`` → ``navegador: url: navegador/``).
``python -m autograder.publish.lite.serve [port]``; the tests use ``server()`` on a free port of 127.0.0.1.
"""
from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

from autograder.model.course import ROOT
from autograder.publish.lite import SITE

BOOK = ROOT / "_build" / "html"
PREFIX = "/navegador/"


class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files from ``book`` and, under ``prefix``, from ``site``; JavaScript modules and WebAssembly with
    the MIME types browsers require."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".mjs": "text/javascript", ".js": "text/javascript", ".wasm": "application/wasm",
                      ".json": "application/json", ".ipynb": "application/json", ".whl": "application/zip"}

    def __init__(self, *args, book: Path, site: Path, prefix: str = PREFIX, quiet: bool = False, **kwargs):
        self.book, self.site, self.prefix, self.quiet = book, site, prefix, quiet
        super().__init__(*args, directory=str(book), **kwargs)

    def translate_path(self, path: str) -> str:
        clean = unquote(urlsplit(path).path)
        if clean.startswith(self.prefix) or clean + "/" == self.prefix:
            self.directory = str(self.site)
            path = "/" + clean[len(self.prefix):]
        else:
            self.directory = str(self.book)
        return super().translate_path(path)

    def log_message(self, *args):
        if not self.quiet:
            super().log_message(*args)


class Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """A browser that closes a connection early (it often does) is not an error worth a traceback."""
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)


def server(host: str = "127.0.0.1", port: int = 0, book: Path = BOOK, site: Path = SITE,
           prefix: str = PREFIX, quiet: bool = True) -> Server:
    """A started server in a daemon thread (``server.shutdown()`` stops it); ``port=0`` picks a free port."""
    handler = functools.partial(Handler, book=book, site=site, prefix=prefix, quiet=quiet)
    httpd = Server((host, port), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    port = int(argv[0]) if argv else 8000
    httpd = server(port=port, quiet=False)
    print(f"El llibre és a http://localhost:{port}/ i l'edició al navegador, a http://localhost:{port}{PREFIX} "
          "(Ctrl+C per aturar-ho).")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        httpd.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
