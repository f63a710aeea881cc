"""The running bot: database, PTB Application, update intake, sender and scheduler."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import secrets
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.schedulers.base import STATE_PAUSED, STATE_RUNNING, STATE_STOPPED
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from telegram import Bot
from telegram.ext import Application
from telegram.request import BaseRequest, HTTPXRequest

from bot.app import (
    ALLOWED_UPDATES,
    HANDLER_ERRORS_KEY,
    SendBudgetLimiter,
    build_application,
    set_command_menu,
)
from bot.config import Settings, SettingsError
from bot.delivery import OutboxSender, SenderLimits
from bot.i18n import Catalogs
from bot.intake import InboxWorker, UpdateIntake
from bot.metrics import Counts, KringMetrics
from bot.polling import poll_updates
from bot.render.broadcasts import report_text
from bot.render.meetings import choose_prompt
from bot.render.moderation import rest_payload, rules_reminder_payload
from bot.services import build_services
from bot.web.app import WEBHOOK_PATH, check_database
from bot.web.dashboard import DashboardSite
from handlers.moderation import default_lexicons
from scheduler.broadcasts import BroadcastJobs
from scheduler.checkins import CheckinJobs
from scheduler.digests import DigestJobs
from scheduler.impact import ImpactJobs
from scheduler.leader import SENDER_LOCK_KEY, LeaderElection
from scheduler.meetings import MeetingJobs
from scheduler.moderation import ModerationJobs
from scheduler.setup import build_scheduler
from storage.crypto import AnswerCipher
from storage.dashboard import DashboardAuth
from storage.dashboard_data import DashboardData
from storage.db import (
    create_engine,
    create_read_engine,
    create_read_sessionmaker,
    create_sessionmaker,
    is_sqlite,
)
from storage.members import MemberCache
from storage.migrate import upgrade_head
from storage.outbox import Outbox
from storage.updates import UpdateInbox

log = logging.getLogger(__name__)


class StartupError(RuntimeError):
    """Kring cannot start; the message says why in one line."""


@dataclass
class Transport:
    """How to reach Telegram: the default HTTP client, or a test's request objects."""

    request: BaseRequest | None = None
    sender_request: BaseRequest | None = None


def safe_url(url: str) -> str:
    """A database URL with its password hidden, for messages and logs."""
    return make_url(url).render_as_string(hide_password=True)


async def migrate_with_retry(
    engine: AsyncEngine, url: str, attempts: int = 6, first_delay_s: float = 1.0
) -> None:
    """Run migrations, waiting for a database that is still starting (about 30 s in all)."""
    delay = first_delay_s
    for attempt in range(1, attempts + 1):
        try:
            await upgrade_head(engine)
            return
        except (TimeoutError, OSError, ConnectionError) as exc:
            error: Exception = exc
        except Exception as exc:  # drivers wrap connection errors in their own types
            if not _looks_like_connection_error(exc):
                raise
            error = exc
        if attempt == attempts:
            raise StartupError(
                f"the database at {safe_url(url)} is not reachable after {attempts} tries "
                f"({type(error).__name__}: {error}); check DATABASE_URL and that the server runs"
            ) from error
        log.warning("database not reachable yet (%s); retrying in %.0f s", error, delay)
        await asyncio.sleep(delay)
        delay = min(delay * 2, 10.0)


def _looks_like_connection_error(exc: BaseException) -> bool:
    chain: BaseException | None = exc
    while chain is not None:
        if isinstance(chain, (OSError, ConnectionError, asyncio.TimeoutError)):
            return True
        name = type(chain).__name__
        if name in {"CannotConnectNowError", "ConnectionDoesNotExistError"} or (
            "unable to open database" in str(chain)
        ):
            return True
        chain = chain.__cause__ or chain.__context__
    return False


def resolve_secret(settings: Settings) -> str:
    """KRING_SECRET_KEY, or with SQLite a key kept in a file next to the database.

    A newcomer's `kring run` needs nothing but a token, yet free-text answers must be
    encrypted from the first day: so SQLite deployments get a random key, written once
    (mode 0600) to `<database>.secret`. PostgreSQL replicas must share one key, which
    only the operator can give them.
    """
    if settings.kring_secret_key:
        try:
            return settings.require_secret_key()
        except SettingsError as exc:
            raise StartupError(str(exc)) from exc
    url = make_url(settings.database_url)
    if url.get_backend_name() != "sqlite":
        raise StartupError(
            "KRING_SECRET_KEY must be set with PostgreSQL (the same value on every replica); "
            'generate one with: python -c "import secrets; print(secrets.token_urlsafe(32))"'
        )
    database = url.database or ""
    if database in ("", ":memory:"):
        return secrets.token_urlsafe(32)  # nothing outlives the process anyway
    path = Path(database).expanduser().resolve().with_name(Path(database).name + ".secret")
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    key = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(key + "\n")
    log.warning("KRING_SECRET_KEY is not set: created %s; back it up with the database", path)
    return key


class KringRuntime:
    """Owns every long-lived part of a `kring run` process and their order of start/stop."""

    def __init__(
        self,
        settings: Settings,
        transport: Transport | None = None,
        limits: SenderLimits | None = None,
        leader_retry_s: float = 10.0,
    ) -> None:
        self.settings = settings
        self.transport = transport or Transport()
        self.limits = limits or SenderLimits(per_second=settings.kring_send_rate)
        self.webhook_secret: str | None = settings.telegram_webhook_secret or None
        self.engine: AsyncEngine | None = None
        # SQLite: read-only connections for the lookups most updates make (None otherwise).
        self.read_engine: AsyncEngine | None = None
        self.sessions: async_sessionmaker[AsyncSession] | None = None
        self.application: Application | None = None
        self.sender: OutboxSender | None = None
        self._intake: UpdateIntake | None = None
        self.inbox_worker: InboxWorker | None = None
        self._sender_bot: Bot | None = None
        self._scheduler: AsyncIOScheduler | None = None
        self._election: LeaderElection | None = None
        self._send_election: LeaderElection | None = None
        self._send_lease_task: asyncio.Task[None] | None = None
        self._leader_retry_s = leader_retry_s
        self._send_lease_retry_s = min(leader_retry_s, 2.0)
        self.checkin_jobs: CheckinJobs | None = None
        self.moderation_jobs: ModerationJobs | None = None
        self.broadcast_jobs: BroadcastJobs | None = None
        self.meeting_jobs: MeetingJobs | None = None
        self.digest_jobs: DigestJobs | None = None
        self.dashboard_auth: DashboardAuth | None = None
        # The web dashboard's parts (None until started: its pages answer 503 until then).
        self.dashboard: DashboardSite | None = None
        self._lead_task: asyncio.Task[None] | None = None
        self.metrics = KringMetrics(self._counts)
        self._inbox: UpdateInbox | None = None
        self._outbox: Outbox | None = None
        self._poll_stop = asyncio.Event()
        self._poll_task: asyncio.Task[None] | None = None

    @property
    def intake(self) -> UpdateIntake:
        """The update intake (exists once started)."""
        if self._intake is None:
            raise RuntimeError("runtime not started")
        return self._intake

    async def database_ok(self) -> bool:
        """Whether the database answers."""
        return self.engine is not None and await check_database(self.engine)

    async def migrate(self) -> None:
        """Create the engine and bring the schema to head (waiting for the database)."""
        if self.engine is None:
            self.engine = create_engine(self.settings.database_url)
        await migrate_with_retry(self.engine, self.settings.database_url)

    async def start(self) -> None:
        """Start everything; in webhook mode register the webhook, else start polling."""
        settings = self.settings
        token = settings.require_token()
        secret = resolve_secret(settings)
        await self.migrate()
        # The moderation word lists take about half a second to index: do it now, off the
        # event loop, rather than in the middle of the first group message.
        await asyncio.to_thread(default_lexicons)
        assert self.engine is not None
        self.sessions = create_sessionmaker(self.engine)
        self.read_engine = create_read_engine(settings.database_url)
        reads = create_read_sessionmaker(self.engine, self.read_engine)
        # With SQLite this process is the only writer, so remembering members is exact and
        # saves a query on nearly every update; PostgreSQL replicas always ask the database.
        cache = MemberCache() if is_sqlite(settings.database_url) else None
        catalogs = Catalogs.load(settings.kring_default_locale)
        services = build_services(
            self.sessions,
            catalogs,
            secret,
            member_cache=cache,
            dashboard_url=settings.public_url,
            default_timezone=settings.kring_timezone,
            wake_sender=self._wake_sender,
            schedules_changed=self._schedules_changed,
            reads=reads,
        )
        outbox = services.outbox
        retention = timedelta(days=settings.kring_answer_retention_days)
        self.checkin_jobs = CheckinJobs(services.checkins, services.composer, retention)
        self.moderation_jobs = ModerationJobs(
            services.moderation,
            outbox,
            lambda r: rules_reminder_payload(catalogs, r),
            lambda c: rest_payload(catalogs, c),
            retention=retention,
        )
        self.broadcast_jobs = BroadcastJobs(
            services.broadcasts,
            outbox,
            lambda r: {
                "text": report_text(catalogs, r, r.author_locale),
                "parse_mode": "HTML",
            },
        )
        self.meeting_jobs = MeetingJobs(services.meetings, services.meeting_composer, choose_prompt)
        self.impact_jobs = ImpactJobs(services.impact, services.impact_composer, retention)
        self.dashboard_auth = services.dashboard
        self.digest_jobs = DigestJobs(
            services.digest_delivery,
            services.digest_builder,
            self.dashboard_auth,
            wake=self._wake_sender,
        )
        self.dashboard = DashboardSite(
            catalogs=catalogs,
            auth=self.dashboard_auth,
            data=DashboardData(self.sessions, AnswerCipher(secret)),
            secure_cookie=settings.public_url.startswith("https://"),
            timezone=settings.kring_timezone,
            public_url=settings.public_url,
        )
        inbox = UpdateInbox(self.sessions)
        self._inbox, self._outbox = inbox, outbox
        self.application = build_application(
            token,
            services,
            base_url=settings.telegram_api_base_url,
            request=self.transport.request,
        )
        self.inbox_worker = InboxWorker(inbox, self.application)
        self._intake = UpdateIntake(inbox, self.inbox_worker)
        try:
            await self.application.initialize()  # calls getMe: a bad token fails here
        except Exception as exc:
            raise StartupError(
                f"cannot reach Telegram with this token ({type(exc).__name__}: {exc}); "
                "check TELEGRAM_BOT_TOKEN and TELEGRAM_API_BASE_URL"
            ) from exc
        await self.application.start()
        # Updates stored before a crash (here or in another replica) are handled from now on.
        self.inbox_worker.start()
        await set_command_menu(self.application)
        bot = self.application.bot
        if settings.use_webhook:
            url = settings.telegram_webhook_url
            if not url.rstrip("/").endswith(WEBHOOK_PATH):
                log.warning("TELEGRAM_WEBHOOK_URL does not end with %s", WEBHOOK_PATH)
            await bot.set_webhook(
                url, secret_token=self.webhook_secret, allowed_updates=ALLOWED_UPDATES
            )
            log.info("webhook registered; waiting for Telegram at %s", WEBHOOK_PATH)
        else:
            await bot.delete_webhook()
            self._poll_task = asyncio.create_task(
                poll_updates(bot, self._intake, ALLOWED_UPDATES, self._poll_stop),
                name="kring:polling",
            )
            log.info("no TELEGRAM_WEBHOOK_URL: long polling")
        self._sender_bot = Bot(
            token,
            base_url=settings.telegram_api_base_url,
            request=self.transport.sender_request
            or HTTPXRequest(connection_pool_size=self.limits.concurrency + 2),
        )
        await self._sender_bot.initialize()
        self.sender = OutboxSender(outbox, self._sender_bot, self.limits)
        # One replica sends at a time: it holds the send lease until it dies or stops.
        self.sender.set_active(False)
        limiter = self.application.bot.rate_limiter
        if isinstance(limiter, SendBudgetLimiter):
            limiter.on_throttled = self.sender.pause
            limiter.on_sent = self.sender.replied
        self._send_election = LeaderElection(self.engine, SENDER_LOCK_KEY, "the outbox sender")
        self.sender.set_active(await self._send_election.try_acquire())
        self.sender.start()
        self._send_lease_task = asyncio.create_task(self._hold_send_lease(), name="kring:send")
        # Every replica serves webhooks and handles updates; one sends, one runs the scheduler.
        self._scheduler = build_scheduler(
            inbox,
            outbox,
            self.checkin_jobs,
            self.moderation_jobs,
            self.broadcast_jobs,
            self.meeting_jobs,
            self.digest_jobs,
            services.dialogs,
            self.impact_jobs,
        )
        self._election = LeaderElection(self.engine)
        self._lead_task = asyncio.create_task(self._lead(), name="kring:leader")
        # What is loaded now (word lists, the learned reader, catalogs, PTB) lives as long as
        # the process: keep it out of the garbage collector's full passes, which otherwise
        # walk it all and stall every update for tens of milliseconds now and then.
        gc.collect()
        gc.freeze()
        log.info("Kring is running as @%s", bot.username)

    def _counts(self) -> Counts:
        """The running totals `/metrics` shows."""
        counts = Counts(scheduler_leader=self.runs_scheduler)
        if self.inbox_worker is not None:
            counts.updates_handled = self.inbox_worker.handled
            counts.updates_given_up = self.inbox_worker.given_up
        if self._intake is not None:
            counts.updates_refused = self._intake.refused
        if self.application is not None:
            counts.handler_errors = int(self.application.bot_data.get(HANDLER_ERRORS_KEY, 0))
        if self.sender is not None:
            stats = self.sender.stats
            counts.sends_ok, counts.sends_429 = stats.sent, stats.throttled_429
            counts.sends_403, counts.sends_error = stats.unreachable, stats.failed + stats.retried
            counts.send_lease = self.sender.active
        return counts

    async def refresh_metrics(self) -> None:
        """Read the queue depths from the database for a scrape."""
        if self._inbox is not None:
            depth = await self._inbox.depth()
            self.metrics.inbox_waiting.set(depth.waiting)
            self.metrics.inbox_oldest.set(depth.oldest_age_s)
        if self._outbox is not None:
            waiting, oldest = await self._outbox.depth()
            self.metrics.outbox_waiting.set(waiting)
            self.metrics.outbox_oldest.set(oldest)

    def _wake_sender(self) -> None:
        if self.sender is not None:
            self.sender.wake()

    async def _schedules_changed(self) -> None:
        """A facilitator changed a schedule here: re-plan at once if this replica leads
        (otherwise the leader's sweep picks the change up within a minute)."""
        if self.runs_scheduler and self.checkin_jobs is not None:
            await self.checkin_jobs.sync()

    @property
    def runs_scheduler(self) -> bool:
        """Whether this replica's scheduler is running (it is the leader)."""
        return self._scheduler is not None and self._scheduler.state == STATE_RUNNING

    async def _hold_send_lease(self) -> None:
        """Try for the send lease now and then; send only while holding it."""
        assert self._send_election is not None and self.sender is not None
        while True:
            await asyncio.sleep(self._send_lease_retry_s)
            try:
                holding = await self._send_election.try_acquire()
            except Exception:
                log.warning("could not try for the send lease", exc_info=True)
                holding = False
            self.sender.set_active(holding)

    async def _lead(self) -> None:
        """Try for leadership now and then; run the scheduler only while leading."""
        assert self._election is not None and self._scheduler is not None
        while True:
            try:
                leading = await self._election.try_acquire()
            except Exception:
                log.warning("could not try for the scheduler lock", exc_info=True)
                leading = False
            scheduler = self._scheduler
            if leading and scheduler.state == STATE_STOPPED:
                scheduler.start()
            elif leading and scheduler.state == STATE_PAUSED:
                scheduler.resume()
            elif not leading and scheduler.state == STATE_RUNNING:
                scheduler.pause()
            await asyncio.sleep(self._leader_retry_s)

    async def stop(self) -> None:
        """Stop in reverse order: no new updates, finish queued ones, settle the outbox."""
        if self._poll_task is not None:
            self._poll_stop.set()
            self._poll_task.cancel()
            await asyncio.gather(self._poll_task, return_exceptions=True)
            self._poll_task = None
        if self._lead_task is not None:
            self._lead_task.cancel()
            await asyncio.gather(self._lead_task, return_exceptions=True)
            self._lead_task = None
        if self._scheduler is not None:
            if self._scheduler.state != STATE_STOPPED:
                # APScheduler's asyncio executor cancels running jobs on shutdown but does not
                # wait for them; a job still unwinding a database call while the engine is
                # disposed below can hang the loop. So: take them, shut down, then wait.
                executor = self._scheduler._lookup_executor("default")
                running = list(getattr(executor, "_pending_futures", ()))
                self._scheduler.shutdown(wait=False)
                if running:
                    await asyncio.wait(running, timeout=10)
            self._scheduler = None
        if self._election is not None:
            await self._election.release()  # another replica can take over at once
            self._election = None
        if self._send_lease_task is not None:
            self._send_lease_task.cancel()
            await asyncio.gather(self._send_lease_task, return_exceptions=True)
            self._send_lease_task = None
        if self.inbox_worker is not None:
            await self.inbox_worker.stop()  # lets running updates finish; the rest stay stored
            self.inbox_worker = None
        if self.application is not None:
            if self.application.running:
                await self.application.stop()
            await self.application.shutdown()
            self.application = None
        if self.sender is not None:
            await self.sender.stop()
            self.sender = None
        if self._send_election is not None:
            await self._send_election.release()  # after the last send: hand over at once
            self._send_election = None
        if self._sender_bot is not None:
            await self._sender_bot.shutdown()
            self._sender_bot = None
        if self.read_engine is not None:
            await self.read_engine.dispose()
            self.read_engine = None
        if self.engine is not None:
            await self.engine.dispose()
            self.engine = None
