"""Weekly digests in Telegram (/digest) and the way into the web dashboard (/dashboard).

`DigestBuilder` turns an organisation's figures into outbox rows: for each coordinator a
numbers-only digest of the whole organisation (small figures hidden), for each
facilitator a digest of their own groups (which may name parents waiting for contact),
each as short texts plus one chart (PNG) in the reader's language. The scheduler calls
`build` when an organisation's slot comes; `/digest` shows the same digest on request
and lets coordinators choose the day and time.
"""

from __future__ import annotations

import asyncio
import base64
import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from babel.dates import get_day_names
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.charts import digest_png, has_hidden, points_from_coordinator, points_from_weeks
from bot.i18n import Catalogs, Translator
from handlers.checkins import weekday_name
from handlers.context import KringContext
from handlers.digest_text import chart_caption, coordinator_digest, facilitator_digest
from handlers.groups import send_or_edit
from storage.community import CommunityService, NotAllowed
from storage.dashboard import DashboardAuth
from storage.digest_delivery import DIGEST_HOURS, DigestDelivery, DigestSchedule, Recipient
from storage.digest_stats import GroupFigures, group_for_coordinator, total_of
from storage.digests import DigestService
from storage.models import Role
from storage.outbox import PHOTO_PNG_KEY, outbox_row
from storage.types import utcnow

log = logging.getLogger(__name__)

SETTINGS = "dg:"  # dg:<organisation id>:<action>[:<value>]
Payload = dict[str, Any]


class DigestBuilder:
    """Figures → texts and charts → payloads, per reader."""

    def __init__(
        self,
        catalogs: Catalogs,
        digests: DigestService,
        delivery: DigestDelivery,
        community: CommunityService,
    ) -> None:
        self.catalogs = catalogs
        self.digests = digests
        self.delivery = delivery
        self.community = community

    async def build(self, schedule: DigestSchedule, until: datetime) -> list[dict[str, Any]]:
        """Every outbox row of one organisation's weekly digest (empty: nobody to tell)."""
        audience = await self.delivery.audience(schedule.organisation_id)
        people: list[tuple[Recipient, list[Payload]]] = []
        if not audience.coordinators and not audience.facilitators:
            return []
        figures = await self.digests.organisation_weeks(schedule.organisation_id, until=until)
        charts = _Charts()
        for person in audience.coordinators:
            people.append(
                (person, await self._coordinator(person, schedule.name, figures, audience, charts))
            )
        if audience.facilitators:
            by_id = {g.group_id: g for g in figures.groups}
            contacts = await self.delivery.waiting_contacts(list(by_id))
            for person, group_ids in audience.facilitators.items():
                own = [(audience.group_names[g], by_id[g]) for g in group_ids if g in by_id]
                people.append((person, await self._facilitator(person, own, contacts, charts)))
        stamp = until.strftime("%Y%m%d%H%M")
        rows: list[dict[str, Any]] = []
        for person, payloads in people:
            for index, payload in enumerate(payloads):
                method = "sendPhoto" if PHOTO_PNG_KEY in payload else "sendMessage"
                rows.append(
                    outbox_row(
                        f"digest:{schedule.organisation_id}:{stamp}:{person.member_id}:{index}",
                        person.telegram_user_id,
                        person.member_id,
                        payload,
                        until,
                        until,
                        method=method,
                    )
                )
        return rows

    async def for_person(self, telegram_user_id: int, locale: str | None) -> list[Payload]:
        """The digest someone would get now: of each organisation they coordinate, and of
        the groups they facilitate (/digest)."""
        now = utcnow()
        charts = _Charts()
        person = Recipient(0, telegram_user_id, locale)
        found: list[Payload] = []
        roles = await self.community.roles(telegram_user_id)
        for schedule in await self.delivery.coordinated(telegram_user_id):
            audience = await self.delivery.audience(schedule.organisation_id)
            figures = await self.digests.organisation_weeks(schedule.organisation_id, until=now)
            found += await self._coordinator(person, schedule.name, figures, audience, charts)
        groups = [r.group for r in roles if r.role is Role.FACILITATOR and r.group is not None]
        if groups:
            own = [(g.name, await self.digests.group_weeks(g.id, until=now)) for g in groups]
            contacts = await self.delivery.waiting_contacts([g.id for g in groups])
            found += await self._facilitator(person, own, contacts, charts)
        return found

    async def _coordinator(
        self,
        person: Recipient,
        name: str,
        figures: Any,
        audience: Any,
        charts: _Charts,
    ) -> list[Payload]:
        tr = self.catalogs.get(person.locale)
        groups = [
            (audience.group_names.get(g.group_id, "?"), group_for_coordinator(g))
            for g in figures.groups
        ]
        total = group_for_coordinator(figures.total)
        texts = coordinator_digest(tr, name, groups, total)
        points = points_from_coordinator(total.weeks)
        png = await charts.get(("org", figures.organisation_id, tr.rtl), lambda: points, tr.rtl)
        return _payloads(tr, texts, png, hidden=has_hidden(points))

    async def _facilitator(
        self,
        person: Recipient,
        own: Sequence[tuple[str, GroupFigures]],
        contacts: dict[int, list[str]],
        charts: _Charts,
    ) -> list[Payload]:
        if not own:
            return []
        tr = self.catalogs.get(person.locale)
        texts = facilitator_digest(
            tr, own, {g.group_id: contacts.get(g.group_id, []) for _, g in own}
        )
        figures = [g for _, g in own]
        first = figures[0]
        total = (
            first
            if len(figures) == 1
            else total_of(figures, first.as_of, [w.start for w in first.weeks])
        )
        key = ("groups", tuple(sorted(g.group_id for g in figures)), tr.rtl)
        png = await charts.get(key, lambda: points_from_weeks(total.weeks), tr.rtl)
        return _payloads(tr, texts, png)


class _Charts:
    """Charts drawn once per digest run (facilitators of one group share one)."""

    def __init__(self) -> None:
        self._made: dict[Any, bytes] = {}

    async def get(self, key: Any, points: Any, rtl: bool) -> bytes:
        if key not in self._made:
            # Drawing takes a tenth of a second of CPU: keep it off the event loop.
            self._made[key] = await asyncio.to_thread(digest_png, points(), rtl=rtl)
        return self._made[key]


def _payloads(
    tr: Translator, texts: Sequence[str], png: bytes, *, hidden: bool = False
) -> list[Payload]:
    payloads: list[Payload] = [{"text": text, "parse_mode": ParseMode.HTML} for text in texts]
    payloads.append(
        {
            PHOTO_PNG_KEY: base64.b64encode(png).decode("ascii"),
            "caption": chart_caption(tr, hidden=hidden),
            "parse_mode": ParseMode.HTML,
        }
    )
    return payloads


# -- /digest ------------------------------------------------------------------------------


async def digest_command(update: Update, context: KringContext) -> None:
    """/digest: this week's digest now; coordinators also get the schedule's buttons."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return
    tr = context.tr
    services = context.services
    roles = await services.community.roles(user.id)
    if not any(r.role in (Role.COORDINATOR, Role.FACILITATOR) for r in roles):
        await message.reply_text(
            tr.gettext("The weekly digest is for facilitators and coordinators.")
        )
        return
    for schedule in await services.digest_delivery.coordinated(user.id):
        await message.reply_text(
            _schedule_text(tr, schedule),
            parse_mode=ParseMode.HTML,
            reply_markup=_schedule_keyboard(tr, schedule),
        )
    await message.reply_text(tr.gettext("Here is the digest of the last eight weeks."))
    for payload in await services.digest_builder.for_person(user.id, tr.locale):
        await _send(context, message.chat_id, payload)


async def _send(context: KringContext, chat_id: int, payload: Payload) -> None:
    if PHOTO_PNG_KEY in payload:
        await context.bot.send_photo(
            chat_id,
            photo=base64.b64decode(payload[PHOTO_PNG_KEY]),
            caption=payload["caption"],
            parse_mode=payload["parse_mode"],
        )
    else:
        await context.bot.send_message(
            chat_id,
            payload["text"],
            parse_mode=payload["parse_mode"],
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        )


def _schedule_text(tr: Translator, schedule: DigestSchedule) -> str:
    title = "<b>{}</b>".format(
        tr.gettext("Weekly digest of {organisation}").format(
            organisation=tr.user_text(schedule.name)
        )
    )
    if not schedule.enabled:
        return "\n".join([title, tr.gettext("The weekly digest is off.")])
    hour, minute = divmod(schedule.minute, 60)
    return "\n".join(
        [
            title,
            tr.gettext("Every {day} at {time} ({zone}).").format(
                day=weekday_name(tr, schedule.weekday),
                time=f"{hour:02d}:{minute:02d}",
                zone=tr.zone_name(schedule.timezone),
            ),
            tr.gettext(
                "Coordinators get the figures of every group; facilitators get their own groups."
            ),
        ]
    )


def _schedule_keyboard(tr: Translator, schedule: DigestSchedule) -> InlineKeyboardMarkup:
    o = f"{SETTINGS}{schedule.organisation_id}:"
    if not schedule.enabled:
        return InlineKeyboardMarkup(
            [[InlineKeyboardButton(tr.gettext("Turn on"), callback_data=f"{o}on")]]
        )
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(tr.gettext("Day"), callback_data=f"{o}days"),
                InlineKeyboardButton(tr.gettext("Time"), callback_data=f"{o}hours"),
            ],
            [InlineKeyboardButton(tr.gettext("Turn off"), callback_data=f"{o}off")],
        ]
    )


def _choices(tr: Translator, organisation_id: int, action: str) -> InlineKeyboardMarkup:
    o = f"{SETTINGS}{organisation_id}:"
    if action == "days":
        names = get_day_names("abbreviated", locale=tr.locale)
        buttons = [
            InlineKeyboardButton(str(names[d]), callback_data=f"{o}day:{d}") for d in range(7)
        ]
    else:
        buttons = [
            InlineKeyboardButton(f"{h:02d}:00", callback_data=f"{o}hour:{h}") for h in DIGEST_HOURS
        ]
    rows = [buttons[i : i + 4] for i in range(0, len(buttons), 4)]
    rows.append([InlineKeyboardButton(tr.gettext("Back"), callback_data=f"{o}show")])
    return InlineKeyboardMarkup(rows)


async def schedule_tapped(update: Update, context: KringContext) -> None:
    """The digest schedule's buttons; the service checks the coordinator role."""
    query = update.callback_query
    user = update.effective_user
    if query is None or query.data is None or user is None or query.message is None:
        return
    await query.answer()
    tr = context.tr
    parts = query.data.removeprefix(SETTINGS).split(":")
    chat_id, message_id = query.message.chat.id, query.message.message_id
    delivery = context.services.digest_delivery
    try:
        organisation_id, action = int(parts[0]), parts[1]
        value = int(parts[2]) if len(parts) > 2 else None
        if action in ("days", "hours"):
            schedule = await delivery.change(user.id, organisation_id)
            await send_or_edit(
                context,
                chat_id,
                message_id,
                _schedule_text(tr, schedule),
                _choices(tr, organisation_id, action),
            )
            return
        choices: dict[str, dict[str, Any]] = {
            "on": {"enabled": True},
            "off": {"enabled": False},
            "day": {"weekday": value},
            "hour": {"minute": (value or 0) * 60},
            "show": {},
        }
        changes = choices[action]
        if action == "hour" and value not in DIGEST_HOURS:
            raise ValueError("hour out of range")
        schedule = await delivery.change(user.id, organisation_id, **changes)
    except NotAllowed:
        await context.bot.send_message(
            chat_id, tr.gettext("Only the organisation's coordinators can change this.")
        )
        return
    except (ValueError, IndexError, KeyError):
        log.info("ignored a malformed digest button: %r", query.data)
        return
    await send_or_edit(
        context, chat_id, message_id, _schedule_text(tr, schedule), _schedule_keyboard(tr, schedule)
    )


# -- /dashboard ---------------------------------------------------------------------------


async def dashboard_command(update: Update, context: KringContext) -> None:
    """/dashboard: a one-time sign-in link to the web dashboard (private chats only)."""
    message = update.effective_message
    user = update.effective_user
    chat = update.effective_chat
    if message is None or user is None or chat is None:
        return
    tr = context.tr
    if chat.type != chat.PRIVATE:
        # A sign-in link in a group chat would let everyone there in.
        await message.reply_text(tr.gettext("Send /dashboard to me in a private chat."))
        return
    auth: DashboardAuth = context.services.dashboard
    token = await auth.create_link(user.id)
    if token is None:
        await message.reply_text(
            tr.gettext("The dashboard is for facilitators, volunteers and coordinators.")
        )
        return
    url = f"{context.services.dashboard_url.rstrip('/')}/dashboard/login?token={token}"
    minutes = int(auth.link_ttl.total_seconds() // 60)
    await message.reply_text(
        "\n\n".join(
            [
                tr.ngettext(
                    "Your sign-in link for the dashboard. It works once, for {minutes} "
                    "minute. Do not share it.",
                    "Your sign-in link for the dashboard. It works once, for {minutes} "
                    "minutes. Do not share it.",
                    minutes,
                ).format(minutes=minutes),
                url,
            ]
        ),
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )


def register(application: Application) -> None:
    """Add /digest, its buttons and /dashboard."""
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("digest", digest_command, filters=private))
    application.add_handler(CallbackQueryHandler(schedule_tapped, pattern=f"^{SETTINGS}"))
    application.add_handler(CommandHandler("dashboard", dashboard_command))
