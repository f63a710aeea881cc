"""The one place a rendered message meets Telegram: `Reply` → text and inline keyboard.

Renderers (`bot.render`) return plain values; handlers send them with `send`, `reply` or
`send_or_edit`, and `bot.delivery` turns an outbox row's buttons into markup with `markup`.
"""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.constants import ParseMode

from bot.render import Button, Reply, Rows
from handlers.context import KringContext


def button(value: Button) -> InlineKeyboardButton:
    """One Telegram button."""
    if value.url is not None:
        return InlineKeyboardButton(value.label, url=value.url)
    return InlineKeyboardButton(value.label, callback_data=value.data)


def markup(buttons: Rows) -> InlineKeyboardMarkup | None:
    """Telegram's inline keyboard for rows of buttons (None when there are none)."""
    if not buttons:
        return None
    return InlineKeyboardMarkup([[button(b) for b in row] for row in buttons if row])


def _parse_mode(reply: Reply) -> str | None:
    return ParseMode.HTML if reply.html else None


async def send(context: KringContext, chat_id: int, reply: Reply, **extra: Any) -> Message:
    """Send `reply` as a new message."""
    return await context.bot.send_message(
        chat_id, reply.text, parse_mode=_parse_mode(reply), reply_markup=markup(reply.buttons),
        **extra,
    )  # fmt: skip


async def reply_to(message: Message, reply: Reply, **extra: Any) -> Message:
    """Answer `message` with `reply`."""
    return await message.reply_text(
        reply.text, parse_mode=_parse_mode(reply), reply_markup=markup(reply.buttons), **extra
    )


async def send_or_edit(
    context: KringContext, chat_id: int, message_id: int | None, reply: Reply
) -> None:
    """Answer a command with a new message, or a tapped button by editing its message."""
    if message_id is None:
        await send(context, chat_id, reply)
    else:
        await context.bot.edit_message_text(
            reply.text, chat_id=chat_id, message_id=message_id,
            parse_mode=_parse_mode(reply), reply_markup=markup(reply.buttons),
        )  # fmt: skip


def buttons_of(value: InlineKeyboardMarkup | None) -> Rows:
    """The buttons of a message Kring sent, read back as data (to redraw them)."""
    if value is None:
        return ()
    return tuple(
        tuple(
            Button(b.text, url=b.url) if b.url else Button(b.text, str(b.callback_data or ""))
            for b in row
        )
        for row in value.inline_keyboard
    )
