"""A minimal keep-alive HTTP/1.1 client for load generation.

httpx costs several milliseconds of CPU per request, enough to make the load generator,
not the server, the bottleneck on a two-core machine. This client only writes a POST and
reads the status line, headers and a Content-Length body.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import urlsplit


class _Connection:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    async def post(self, head: bytes, body: bytes) -> int:
        self.writer.write(head + body)
        await self.writer.drain()
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError("server closed the connection")
        status = int(status_line.split()[1])
        length = 0
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b"\n", b""):
                break
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        if length:
            await self.reader.readexactly(length)
        return status


class LoadClient:
    """POST JSON to one server over a pool of keep-alive connections."""

    def __init__(self, base_url: str, connections: int, headers: dict[str, str]) -> None:
        parts = urlsplit(base_url)
        self._host = parts.hostname or "127.0.0.1"
        self._port = parts.port or 80
        self._size = connections
        self._extra = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        self._pool: asyncio.Queue[_Connection] = asyncio.Queue()

    async def __aenter__(self) -> LoadClient:
        for _ in range(self._size):
            reader, writer = await asyncio.open_connection(self._host, self._port)
            self._pool.put_nowait(_Connection(reader, writer))
        return self

    async def __aexit__(self, *exc: object) -> None:
        while not self._pool.empty():
            conn = self._pool.get_nowait()
            conn.writer.close()

    async def post_json(self, path: str, data: Any) -> int:
        """POST `data` as JSON; return the status code."""
        body = json.dumps(data).encode()
        head = (
            f"POST {path} HTTP/1.1\r\nHost: {self._host}:{self._port}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
            f"{self._extra}\r\n"
        ).encode()
        conn = await self._pool.get()
        try:
            return await conn.post(head, body)
        finally:
            self._pool.put_nowait(conn)
