"""/digest: this week's digest on request, and the buttons of its schedule; /dashboard: the
way into the web dashboard.

The digest itself is built by `bot.digests.DigestBuilder` (reached as
`services.digest_builder`, the scheduler's too) and worded by `bot.render.digests`.
"""

from __future__ import annotations

import base64
import logging
from typing import Any

from telegram import LinkPreviewOptions, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot.render import digests as words
from bot.render.digests import SETTINGS, Payload
from handlers.callbacks import parse
from handlers.context import KringContext
from handlers.keyboards import reply_to, send, send_or_edit
from storage.community import NotAllowed
from storage.dashboard import DashboardAuth
from storage.digest_delivery import DIGEST_HOURS
from storage.enums import Role
from storage.outbox import PHOTO_PNG_KEY

log = logging.getLogger(__name__)


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
        await reply_to(message, words.not_for_you(tr))
        return
    for schedule in await services.digest_delivery.coordinated(user.id):
        await reply_to(message, words.schedule_reply(tr, schedule))
    await reply_to(message, words.here_it_is(tr))
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


async def schedule_tapped(update: Update, context: KringContext) -> None:
    """The digest schedule's buttons; the service checks the coordinator role."""
    query = update.callback_query
    user = update.effective_user
    tap = parse(query.data, SETTINGS) if query is not None else None
    if query is None or tap is None or user is None or query.message is None:
        return
    await query.answer()
    tr = context.tr
    chat_id, message_id = query.message.chat.id, query.message.message_id
    delivery = context.services.digest_delivery
    try:
        # int(), not Tap.number: any integer is tried, and the service refuses what is not
        # a coordinator's organisation ("-1" is answered "coordinators only", as before).
        organisation_id, action = int(tap.text(0)), tap.text(1)
        value = int(tap.text(2)) if len(tap.fields) > 2 else None
        if action in ("days", "hours"):
            schedule = await delivery.change(user.id, organisation_id)
            await send_or_edit(
                context, chat_id, message_id, words.schedule_choices(tr, schedule, action)
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
        await send(context, chat_id, words.coordinators_only(tr))
        return
    except (ValueError, IndexError, KeyError):
        log.info("ignored a malformed digest button: %r", query.data)
        return
    await send_or_edit(context, chat_id, message_id, words.schedule_reply(tr, schedule))


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
        await reply_to(message, words.dashboard_in_private(tr))
        return
    auth: DashboardAuth = context.services.dashboard
    token = await auth.create_link(user.id)
    if token is None:
        await reply_to(message, words.dashboard_not_for_you(tr))
        return
    url = f"{context.services.dashboard_url.rstrip('/')}/dashboard/login?token={token}"
    minutes = int(auth.link_ttl.total_seconds() // 60)
    await reply_to(
        message,
        words.sign_in_link(tr, url, minutes),
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )


def register(application: Application) -> None:
    """Add /digest, its buttons and /dashboard."""
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("digest", digest_command, filters=private))
    application.add_handler(CallbackQueryHandler(schedule_tapped, pattern=f"^{SETTINGS}"))
    application.add_handler(CommandHandler("dashboard", dashboard_command))
