"""A loopback HTTP server speaking the Telegram Bot API wire protocol, backed by a FakeBotAPI.

Point PTB (or the whole ``kring`` process, via ``TELEGRAM_API_BASE_URL``) at
:attr:`FakeBotAPIServer.base_url` and the real HTTPX transport talks to the fake. The server
accepts what Telegram accepts on the wire: JSON bodies, URL-encoded forms, multipart forms
(with chunked transfer encoding), and query strings, on ``POST`` and ``GET``.
"""

from __future__ import annotations

import json
import re
import socket
import sys
import threading
import time
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import TCPServer
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qsl, unquote

from .botapi import FakeBotAPI, UploadedFile

__all__ = ["FakeBotAPIServer", "parse_multipart"]

_API_PATH = re.compile(r"/bot([^/]+)/([A-Za-z0-9_]+)/?")
_FILE_PATH = re.compile(r"/file/bot([^/]+)/(.+)")
_PARAM = re.compile(r';\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)')


def _header_params(value: str) -> tuple[str, dict[str, str]]:
    """Split ``type/sub; a=1; b="x"`` into the main value and its parameters."""
    main, _, rest = value.partition(";")
    params: dict[str, str] = {}
    for match in _PARAM.finditer(";" + rest):
        key, raw = match.group(1).lower(), match.group(2).strip()
        if raw.startswith('"') and raw.endswith('"') and len(raw) >= 2:
            raw = raw[1:-1]
            # httpx (HTML5 form encoding) writes '"' as %22, control characters as %XX and
            # a backslash as two backslashes; browsers do the same.
            raw = re.sub(r"%([01][0-9A-Fa-f]|22)", lambda m: chr(int(m.group(1), 16)), raw)
            raw = raw.replace("\\\\", "\\")
        params[key] = raw
    if "filename*" in params:
        # RFC 5987: charset'language'percent-encoded
        charset, _, encoded = params["filename*"].partition("'")
        params["filename"] = unquote(encoded.partition("'")[2], encoding=charset or "utf-8")
    return main.strip().lower(), params


def parse_multipart(body: bytes, boundary: str) -> tuple[dict[str, str], dict[str, UploadedFile]]:
    """Split a multipart/form-data body into text fields and file parts."""
    fields: dict[str, str] = {}
    files: dict[str, UploadedFile] = {}
    delimiter = b"--" + boundary.encode("latin-1")
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break  # the closing delimiter
        head, _, content = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        content = content.removesuffix(b"\r\n")
        headers: dict[str, str] = {}
        for line in head.decode("utf-8", "replace").split("\r\n"):
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        _, disposition = _header_params(headers.get("content-disposition", ""))
        name = disposition.get("name")
        if name is None:
            continue
        if "filename" in disposition:
            content_type = headers.get("content-type", "application/octet-stream")
            files[name] = UploadedFile(name, disposition["filename"], content, content_type)
        else:
            fields[name] = content.decode("utf-8")
    return fields, files


class _HTTPServer(ThreadingHTTPServer):
    """Threading server tuned for bursts: big backlog, daemon threads, no reverse DNS."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 1024

    def __init__(self, address: tuple[str, int], owner: FakeBotAPIServer) -> None:
        self.owner = owner
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind resolves the host name (getfqdn), which can stall for
        # seconds without DNS; the name is never used here.
        TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)


class _Handler(BaseHTTPRequestHandler):
    """Handles one keep-alive connection: each request is a Bot API call or a file download."""

    protocol_version = "HTTP/1.1"  # keep-alive, so httpx can pool connections
    server: _HTTPServer
    # Buffer the response so status line, headers and body leave in one send(): fewer
    # syscalls (each one a GIL hand-off between handler threads) and no Nagle stall.
    # handle_one_request() flushes after every request.
    wbufsize = -1

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes; without NODELAY, Nagle plus delayed
        # ACKs add ~40 ms to every response.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.server.connections_lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        with self.server.connections_lock:
            self.server.connections.discard(self.connection)
        try:
            super().finish()
        except OSError:
            pass  # the client is gone; nothing left to flush to

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: hundreds of requests a second would drown the test output."""

    def do_GET(self) -> None:
        """Serve a Bot API call (query string parameters) or a file download."""
        self._serve()

    def do_POST(self) -> None:
        """Serve a Bot API call with a JSON, URL-encoded or multipart body."""
        self._serve()

    def _serve(self) -> None:
        owner = self.server.owner
        try:
            body = self._read_body()
            path, _, query = self.path.partition("?")
            file_match = _FILE_PATH.fullmatch(path)
            if file_match is not None and self.command == "GET":
                self._download(file_match.group(1), file_match.group(2))
                return
            match = _API_PATH.fullmatch(path)
            if match is None:
                self._send_json(404, {"ok": False, "error_code": 404, "description": "Not Found"})
                return
            if unquote(match.group(1)) != owner.token:
                self._send_json(
                    401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
                )
                return
            params, files = self._parse_params(body, query)
        except _BadRequest as exc:
            self._send_json(400, {"ok": False, "error_code": 400, "description": str(exc)})
            return
        except (ConnectionError, TimeoutError):
            self.close_connection = True
            return
        except Exception as exc:  # a bug in the fake must show up, not hang the client
            self._internal_error(exc)
            return
        if owner.api.delay_s > 0:
            time.sleep(owner.api.delay_s)  # outside the fake's lock, in this client's thread
        try:
            status, payload = owner.api.handle(match.group(2), params, files)
        except Exception as exc:
            self._internal_error(exc)
            return
        self._send_json(status, payload)

    def _internal_error(self, exc: Exception) -> None:
        self.server.owner.errors.append(exc)
        traceback.print_exception(exc, file=sys.stderr)
        description = f"Internal Server Error: fake Bot API bug: {exc!r}"
        self._send_json(500, {"ok": False, "error_code": 500, "description": description})

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            while True:
                size_line = self.rfile.readline(65537)
                size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    # Trailers, if any, end with an empty line.
                    while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline(65537)  # the CRLF after each chunk
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _parse_params(
        self, body: bytes, query: str
    ) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
        params: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
        files: dict[str, UploadedFile] = {}
        if not body:
            return params, files
        content_type, ct_params = _header_params(self.headers.get("Content-Type", ""))
        if content_type == "application/json":
            try:
                decoded = json.loads(body)
            except ValueError:
                raise _BadRequest("Bad Request: can't parse JSON request body") from None
            if not isinstance(decoded, dict):
                raise _BadRequest("Bad Request: JSON request body must be an object")
            params.update(decoded)
        elif content_type == "multipart/form-data":
            boundary = ct_params.get("boundary")
            if not boundary:
                raise _BadRequest("Bad Request: multipart body without boundary")
            fields, files = parse_multipart(body, boundary)
            params.update(fields)
        elif content_type in ("application/x-www-form-urlencoded", ""):
            text = body.decode("utf-8")
            params.update(parse_qsl(text, keep_blank_values=True))
        else:
            raise _BadRequest(f"Bad Request: unsupported Content-Type {content_type}")
        return params, files

    def _download(self, token: str, file_path: str) -> None:
        owner = self.server.owner
        if unquote(token) != owner.token:
            self._send_json(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        data = owner.api.file_bytes(unquote(file_path))
        if data is None:
            self._send_json(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        self._send(200, data, "application/octet-stream")

    def _send_json(self, status: int, payload: dict[str, Any]) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self._send(status, body, "application/json")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            # The client hung up (e.g. a cancelled long poll); drop the connection quietly.
            self.close_connection = True


class _BadRequest(Exception):
    """A body the server cannot decode; answered with 400 before reaching the fake."""


class FakeBotAPIServer:
    """Serves a :class:`FakeBotAPI` on a loopback port, like ``https://api.telegram.org``."""

    def __init__(
        self,
        api: FakeBotAPI | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str | None = None,
    ) -> None:
        """Prepare a server for ``api`` (a new FakeBotAPI if omitted); port 0 picks a free one.

        Only requests for ``token`` are answered; others get 401. Without ``api`` a new fake
        for ``token`` is made; without ``token`` the fake's own token is used.
        """
        if api is None:
            api = FakeBotAPI(token=token) if token is not None else FakeBotAPI()
        self.api = api
        self.token = token if token is not None else self.api.token
        self.host = host
        self._requested_port = port
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        #: Exceptions raised inside the fake while serving; a test can assert it stays empty.
        self.errors: list[Exception] = []

    @property
    def port(self) -> int:
        """The port the server listens on (after :meth:`start`)."""
        if self._httpd is None:
            raise RuntimeError("the server is not running; call start() first")
        return self._httpd.server_port

    @property
    def url(self) -> str:
        """``http://host:port`` of the running server."""
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """PTB's ``base_url`` (and ``TELEGRAM_API_BASE_URL``): PTB appends the token to it."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        """PTB's ``base_file_url`` for downloading files from the fake."""
        return f"{self.url}/file/bot"

    def method_url(self, method: str) -> str:
        """Full URL of one Bot API method for this server's token."""
        return f"{self.base_url}{self.token}/{method}"

    def start(self) -> Self:
        """Bind and serve in a daemon thread; return ``self`` for chaining."""
        if self._httpd is not None:
            return self
        self._httpd = _HTTPServer((self.host, self._requested_port), self)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"fake-bot-api:{self._httpd.server_port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, drop open keep-alive connections and release the port."""
        httpd, thread = self._httpd, self._thread
        if httpd is None:
            return
        self._httpd = self._thread = None
        httpd.shutdown()
        self.api.cancel_long_polls()
        with httpd.connections_lock:
            open_connections = list(httpd.connections)
        for connection in open_connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed by the client
        httpd.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def __enter__(self) -> Self:
        """Start the server for a ``with`` block."""
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop the server at the end of a ``with`` block."""
        self.stop()
