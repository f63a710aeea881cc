"""Helpers for browser tests: the real ASGI app under uvicorn on loopback, and a
headless Chromium driven by Playwright.

Without Playwright or a Chromium the browser tests skip loudly on a workstation and FAIL
in CI (env CI set): a browser test that silently does not run proves nothing.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, NoReturn

import pytest
import uvicorn

try:
    from playwright.async_api import Browser, async_playwright
except ImportError:  # pragma: no cover - depends on the machine
    Browser = Any  # type: ignore[assignment,misc]
    async_playwright = None  # type: ignore[assignment]

CHROMIUM_ENV = "KRING_CHROMIUM"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-extensions",
    "--no-first-run",
]


def in_ci() -> bool:
    """Whether this run is CI, where nothing may be skipped for want of a browser."""
    return os.environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}


def unavailable(reason: str) -> NoReturn:
    """Skip loudly, or fail in CI."""
    message = f"!!! BROWSER TESTS NOT RUN: {reason} !!!"
    if in_ci():
        pytest.fail(f"{message} (CI must run them)", pytrace=False)
    pytest.skip(message)


def chromium_path() -> str | None:
    """Chromium from $KRING_CHROMIUM, else the one on PATH, else Debian's."""
    configured = os.environ.get(CHROMIUM_ENV, "").strip()
    if configured:
        return configured if Path(configured).is_file() else None
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return DEFAULT_CHROMIUM if Path(DEFAULT_CHROMIUM).is_file() else None


def require_chromium() -> str:
    """The Chromium to drive; skips (fails in CI) without Playwright or a Chromium."""
    if async_playwright is None:
        unavailable("the Python package playwright is not installed (pip install playwright)")
    path = chromium_path()
    if path is None:
        where = os.environ.get(CHROMIUM_ENV) or f"PATH or {DEFAULT_CHROMIUM}"
        unavailable(f"no Chromium found (looked in {where}; set {CHROMIUM_ENV})")
    return path


@asynccontextmanager
async def chromium() -> AsyncIterator[Browser]:
    """A headless Chromium, closed afterwards."""
    path = require_chromium()
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=path, headless=True, args=CHROMIUM_ARGS, timeout=30_000
        )
        try:
            yield browser
        finally:
            await browser.close()


@asynccontextmanager
async def serve(app: Any) -> AsyncIterator[str]:
    """Serve `app` with uvicorn on a free loopback port in this loop; yields the base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        lifespan="off",
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=2,
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        async with asyncio.timeout(10):
            while not server.started:
                if task.done():
                    task.result()  # raises what stopped it
                    raise AssertionError("uvicorn stopped before it started")
                await asyncio.sleep(0.02)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        try:
            await asyncio.wait_for(task, 10)
        finally:
            sock.close()
