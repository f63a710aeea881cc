"""In-process PTB transport: a ``BaseRequest`` that hands Bot API calls to a FakeBotAPI.

Unit tests use it to run a real ``telegram.Bot`` (or Application) without sockets; PTB still
builds every request, encodes it and maps every error answer to its exception exactly as with
its HTTPX transport, because only ``do_request`` is replaced.
"""

from __future__ import annotations

import asyncio
import json
from typing import IO, Any, cast
from urllib.parse import unquote, urlsplit

from telegram import Bot
from telegram.request import BaseRequest, RequestData

from .botapi import DEFAULT_TOKEN, FakeBotAPI, UploadedFile

__all__ = ["FakeRequest", "make_bot"]


def _read_content(content: bytes | IO[bytes]) -> bytes:
    """Return the bytes of a multipart part; PTB may hand over an open file handle."""
    if isinstance(content, bytes | bytearray):
        return bytes(content)
    position = content.tell() if content.seekable() else None
    data = content.read()
    if position is not None:
        content.seek(position)  # leave the handle as PTB gave it, in case it is reused
    return data


class FakeRequest(BaseRequest):
    """Answers PTB's requests from a :class:`FakeBotAPI` instead of the network."""

    def __init__(self, api: FakeBotAPI, *, read_timeout: float | None = 5.0) -> None:
        """Serve calls from ``api``; ``read_timeout`` is what PTB reads as the default."""
        self.api = api
        self._read_timeout = read_timeout

    @property
    def read_timeout(self) -> float | None:
        """Default read timeout PTB adds to getUpdates' long-polling ``timeout``."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Nothing to set up: there is no connection pool."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Route ``url`` (``.../bot<token>/<method>`` or a file URL) to the fake."""
        segments = urlsplit(url).path.split("/")
        if self.api.delay_s > 0:
            await asyncio.sleep(self.api.delay_s)
        if method == "GET":
            return self._download(segments)
        if len(segments) < 2 or not segments[-2].startswith("bot"):
            return 404, _dump({"ok": False, "error_code": 404, "description": "Not Found"})
        if unquote(segments[-2].removeprefix("bot")) != self.api.token:
            return 401, _dump({"ok": False, "error_code": 401, "description": "Unauthorized"})
        endpoint = segments[-1]

        params: dict[str, Any] = {}
        files: dict[str, UploadedFile] = {}
        if request_data is not None:
            # A JSON round trip gives the fake what the wire would carry (and fails, like the
            # real transport, on values that are not JSON-serialisable).
            params = json.loads(json.dumps(request_data.parameters))
            for part, field_tuple in request_data.multipart_data.items():
                filename, content, mime_type = cast("tuple[str, Any, str]", field_tuple[:3])
                files[part] = UploadedFile(part, filename, _read_content(content), mime_type)

        if endpoint.lower() == "getupdates":
            # Long polling blocks on a threading.Condition; keep the event loop free.
            try:
                status, body = await asyncio.to_thread(self.api.handle, endpoint, params, files)
            except asyncio.CancelledError:
                self.api.cancel_long_polls()
                raise
        else:
            status, body = self.api.handle(endpoint, params, files)
        return status, _dump(body)

    def _download(self, segments: list[str]) -> tuple[int, bytes]:
        """Serve ``.../file/bot<token>/<file_path>`` like Telegram's file endpoint."""
        try:
            index = next(i for i, s in enumerate(segments) if s.startswith("bot") and i > 0)
        except StopIteration:
            return 404, _dump({"ok": False, "error_code": 404, "description": "Not Found"})
        if unquote(segments[index].removeprefix("bot")) != self.api.token:
            return 401, _dump({"ok": False, "error_code": 401, "description": "Unauthorized"})
        data = self.api.file_bytes("/".join(segments[index + 1 :]))
        if data is None:
            return 404, _dump({"ok": False, "error_code": 404, "description": "Not Found"})
        return 200, data


def _dump(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def make_bot(api: FakeBotAPI, token: str = DEFAULT_TOKEN, **bot_kwargs: Any) -> Bot:
    """Build a real ``telegram.Bot`` whose requests (getUpdates included) go to ``api``."""
    return Bot(
        token,
        request=FakeRequest(api),
        get_updates_request=FakeRequest(api),
        **bot_kwargs,
    )
