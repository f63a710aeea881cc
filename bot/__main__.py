"""The `kring` command: `kring run` starts the bot, `kring migrate` updates the database."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from typing import NoReturn

import uvicorn
from pydantic import ValidationError

from bot.config import Settings, SettingsError, format_settings_error
from bot.runtime import KringRuntime, StartupError, migrate_with_retry
from bot.web.app import create_app
from storage.community import CommunityService
from storage.db import create_engine, create_sessionmaker
from storage.impact import ImpactService

log = logging.getLogger("kring")

EXIT_CONFIG = 2  # a setting is missing or wrong: the message says which
EXIT_STARTUP = 1  # the database or Telegram could not be reached


def load_settings() -> Settings:
    """Read settings from the environment and `.env`, or exit 2 with one clear line."""
    try:
        return Settings()
    except ValidationError as exc:
        _fail(f"kring: {format_settings_error(exc)}", EXIT_CONFIG)


def _fail(message: str, code: int) -> NoReturn:
    print(message, file=sys.stderr)
    raise SystemExit(code)


class _Server(uvicorn.Server):
    """uvicorn without its own signal handling: `kring run` stops the bot itself first."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def configure_logging(level: str) -> None:
    """One line per event, `time LEVEL logger: message`, with libraries' routine lines quiet.

    APScheduler's executor logs two INFO lines for every job it runs ("Running job",
    "executed successfully"); with Kring's sweeps every minute that is tens of thousands of
    lines a day of nothing. Its warnings (a run missed) and errors (a job that raised) still
    show, and `--log-level DEBUG` shows everything.
    """
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    root = logging.getLogger()
    root.setLevel(level.upper())
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if root.level > logging.DEBUG:
        logging.getLogger("apscheduler.executors").setLevel(logging.WARNING)


async def _run(settings: Settings) -> None:
    runtime = KringRuntime(settings)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    config = uvicorn.Config(
        create_app(runtime),
        host=settings.kring_host,
        port=settings.kring_port,
        lifespan="off",
        log_config=None,
        access_log=False,
    )
    server = _Server(config)

    def request_stop() -> None:
        log.info("stopping: finishing work in flight")
        stop.set()
        server.should_exit = True

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, request_stop)
    try:
        await runtime.start()
        if not stop.is_set():
            await server.serve()
    finally:
        await runtime.stop()
        log.info("stopped cleanly")


async def _add_coordinator(settings: Settings, organisation: str, telegram_id: int) -> int:
    engine = create_engine(settings.database_url)
    try:
        await migrate_with_retry(engine, settings.database_url)
        service = CommunityService(create_sessionmaker(engine))
        return await service.add_coordinator(organisation, telegram_id)
    finally:
        await engine.dispose()


async def _add_to_project(settings: Settings, project: str, organisation: str) -> tuple[int, int]:
    engine = create_engine(settings.database_url)
    try:
        await migrate_with_retry(engine, settings.database_url)
        return await ImpactService(create_sessionmaker(engine)).add_to_project(
            project, organisation
        )
    finally:
        await engine.dispose()


async def _migrate(settings: Settings) -> None:
    engine = create_engine(settings.database_url)
    try:
        await migrate_with_retry(engine, settings.database_url)
    finally:
        await engine.dispose()


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the `kring` console script."""
    parser = argparse.ArgumentParser(
        prog="kring", description="Kring: a Telegram bot for parent peer groups."
    )
    parser.add_argument("--log-level", default=os.environ.get("KRING_LOG_LEVEL", "INFO"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("run", help="migrate the database, then run the bot and web app")
    commands.add_parser("migrate", help="bring the database schema up to date")
    admin = commands.add_parser("admin", help="set up organisations from the command line")
    admin_commands = admin.add_subparsers(
        dest="admin_command", metavar="ADMIN_COMMAND", required=True
    )
    add = admin_commands.add_parser(
        "add-coordinator",
        help="make a Telegram user coordinator of an organisation (created if new)",
    )
    add.add_argument("--organisation", required=True, help="the organisation's name")
    add.add_argument(
        "--telegram-id",
        required=True,
        type=int,
        help="the person's numeric Telegram id (they can see it with @userinfobot)",
    )
    join = admin_commands.add_parser(
        "add-to-project",
        help="add an organisation to a project several organisations share (created if new)",
    )
    join.add_argument("--project", required=True, help="the project's name")
    join.add_argument(
        "--organisation", required=True, help="the organisation's name, or its number"
    )
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        raise SystemExit(EXIT_CONFIG)
    configure_logging(args.log_level)
    settings = load_settings()
    try:
        if args.command == "migrate":
            asyncio.run(_migrate(settings))
            log.info("database is up to date")
        elif args.command == "admin" and args.admin_command == "add-to-project":
            project = args.project.strip()
            try:
                project_id, org_id = asyncio.run(
                    _add_to_project(settings, project, args.organisation.strip())
                )
            except LookupError as exc:
                _fail(f"kring: {exc}", EXIT_CONFIG)
            print(
                f"organisation {org_id} takes part in {project!r} (project {project_id}); "
                "its coordinators see the project's impact report on the dashboard."
            )
        elif args.command == "admin":
            org_id = asyncio.run(
                _add_coordinator(settings, args.organisation.strip(), args.telegram_id)
            )
            print(
                f"{args.telegram_id} is coordinator of {args.organisation.strip()!r} "
                f"(organisation {org_id}); they can now use /newgroup in Telegram."
            )
        else:
            settings.require_token()
            asyncio.run(_run(settings))
    except SettingsError as exc:
        _fail(f"kring: {exc}", EXIT_CONFIG)
    except StartupError as exc:
        _fail(f"kring: {exc}", EXIT_STARTUP)


if __name__ == "__main__":
    main()
