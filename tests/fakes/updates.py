"""Factories for Update dicts shaped exactly like the ones Telegram sends.

Feed them to :meth:`FakeBotAPI.push_update` (delivered through getUpdates), post them to the
bot's webhook, or turn them into ``telegram.Update`` objects with ``Update.de_json``.
"""

from __future__ import annotations

import itertools
import time
from typing import Any

from .botapi import DEFAULT_BOT_FIRST_NAME, DEFAULT_BOT_ID, DEFAULT_BOT_USERNAME, BotApiSpec
from .formatting import utf16_len

__all__ = ["UpdateFactory"]

DEFAULT_USER_ID = 1001
DEFAULT_GROUP_ID = -1001234567890

# ChatMember status -> the subtype whose required fields a my_chat_member update needs.
_MEMBER_TYPES = {
    "creator": "ChatMemberOwner",
    "administrator": "ChatMemberAdministrator",
    "member": "ChatMemberMember",
    "restricted": "ChatMemberRestricted",
    "left": "ChatMemberLeft",
    "kicked": "ChatMemberBanned",
}


class UpdateFactory:
    """Builds realistic Update dicts with increasing update ids and per-chat message ids."""

    def __init__(
        self,
        *,
        bot_id: int = DEFAULT_BOT_ID,
        bot_username: str = DEFAULT_BOT_USERNAME,
        bot_first_name: str = DEFAULT_BOT_FIRST_NAME,
        first_update_id: int = 1,
        spec: BotApiSpec | None = None,
    ) -> None:
        """Describe the bot the updates are addressed to; ids start at ``first_update_id``."""
        self.bot_id = bot_id
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self._update_ids = itertools.count(first_update_id)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._callback_ids = itertools.count(1)
        self._spec = spec

    # -- building blocks ------------------------------------------------------------------------

    def next_update_id(self) -> int:
        """Reserve the next update_id."""
        return next(self._update_ids)

    def next_message_id(self, chat_id: int) -> int:
        """Reserve the next message_id in ``chat_id``."""
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return next(counter)

    def user(
        self,
        user_id: int = DEFAULT_USER_ID,
        first_name: str = "Alice",
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
    ) -> dict[str, Any]:
        """A User object for a human (Telegram omits absent optional fields)."""
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if last_name is not None:
            user["last_name"] = last_name
        if username is not None:
            user["username"] = username
        if language_code is not None:
            user["language_code"] = language_code
        return user

    def bot_user(self) -> dict[str, Any]:
        """The bot as it appears in ``from`` of its own messages."""
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    def private_chat(self, user: dict[str, Any]) -> dict[str, Any]:
        """The private chat with ``user`` (its id is the user's id)."""
        chat: dict[str, Any] = {"id": user["id"], "type": "private"}
        for key in ("first_name", "last_name", "username"):
            if key in user:
                chat[key] = user[key]
        return chat

    def group_chat(
        self, chat_id: int = DEFAULT_GROUP_ID, title: str = "Kring test group", chat_type: str = ""
    ) -> dict[str, Any]:
        """A group chat; ``-100...`` ids are supergroups, other negative ids basic groups."""
        kind = chat_type or ("supergroup" if str(chat_id).startswith("-100") else "group")
        return {"id": chat_id, "type": kind, "title": title}

    def bot_command_entities(self, text: str) -> list[dict[str, Any]]:
        """A ``bot_command`` entity for a leading ``/command[@bot]``, as Telegram adds it."""
        if not text.startswith("/"):
            return []
        command = text.split(maxsplit=1)[0] if text.strip() else text
        return [{"type": "bot_command", "offset": 0, "length": utf16_len(command)}]

    # -- updates --------------------------------------------------------------------------------

    def message(
        self,
        text: str,
        user_id: int = DEFAULT_USER_ID,
        first_name: str = "Alice",
        language_code: str | None = "en",
        chat_id: int | None = None,
        chat_type: str = "private",
        *,
        last_name: str | None = None,
        username: str | None = None,
        chat_title: str = "Kring test group",
        entities: list[dict[str, Any]] | None = None,
        reply_to: dict[str, Any] | None = None,
        date: int | None = None,
        message_id: int | None = None,
        edited: bool = False,
    ) -> dict[str, Any]:
        """A ``message`` update with ``text`` from a user (private chat unless told otherwise).

        Entities default to a ``bot_command`` entity for a leading ``/command``. ``edited``
        makes it an ``edited_message`` update (with ``edit_date``).
        """
        user = self.user(
            user_id,
            first_name,
            last_name=last_name,
            username=username,
            language_code=language_code,
        )
        if chat_type == "private":
            chat = self.private_chat(user)
            if chat_id is not None:
                chat["id"] = chat_id
        else:
            chat = self.group_chat(chat_id or DEFAULT_GROUP_ID, chat_title, chat_type)
        message: dict[str, Any] = {
            "message_id": message_id or self.next_message_id(chat["id"]),
            "from": user,
            "chat": chat,
            "date": date if date is not None else int(time.time()),
            "text": text,
        }
        found = self.bot_command_entities(text) if entities is None else entities
        if found:
            message["entities"] = found
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        if edited:
            message["edit_date"] = message["date"] + 1
            return {"update_id": self.next_update_id(), "edited_message": message}
        return {"update_id": self.next_update_id(), "message": message}

    def command(self, name: str, args: str = "", **kwargs: Any) -> dict[str, Any]:
        """A ``/name args`` message update; keyword arguments go to :meth:`message`."""
        text = "/" + name.removeprefix("/")
        if args:
            text += " " + args
        return self.message(text, **kwargs)

    def group_message(
        self,
        text: str,
        *,
        chat_id: int = DEFAULT_GROUP_ID,
        chat_title: str = "Kring test group",
        chat_type: str = "supergroup",
        **kwargs: Any,
    ) -> dict[str, Any]:
        """A message update in a group (a supergroup by default)."""
        return self.message(
            text, chat_id=chat_id, chat_title=chat_title, chat_type=chat_type, **kwargs
        )

    def callback(
        self,
        data: str,
        user_id: int = DEFAULT_USER_ID,
        message_id: int | None = None,
        chat_id: int | None = None,
        language_code: str | None = "en",
        *,
        first_name: str = "Alice",
        message: dict[str, Any] | None = None,
        message_text: str = "…",
        reply_markup: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """A ``callback_query`` update: ``user_id`` pressed a button carrying ``data``.

        The button sits on ``message`` (e.g. ``api.sent_messages()[-1].result``) or else on a
        bot message built from ``message_id``/``chat_id``/``message_text``/``reply_markup``.
        """
        user = self.user(user_id, first_name, language_code=language_code)
        if message is None:
            chat = (
                self.private_chat(user)
                if chat_id is None or chat_id == user_id
                else self.group_chat(chat_id)
            )
            message = {
                "message_id": message_id or self.next_message_id(chat["id"]),
                "from": self.bot_user(),
                "chat": chat,
                "date": int(time.time()) - 1,
                "text": message_text,
            }
            if reply_markup is not None:
                message["reply_markup"] = reply_markup
        chat_key = message["chat"]["id"]
        return {
            "update_id": self.next_update_id(),
            "callback_query": {
                "id": str(4_382_000_000_000_000_000 + next(self._callback_ids)),
                "from": user,
                "message": message,
                "chat_instance": str(-(7_000_000_000_000_000_000 + abs(chat_key))),
                "data": data,
            },
        }

    def my_chat_member(
        self,
        user_id: int = DEFAULT_USER_ID,
        old_status: str = "member",
        new_status: str = "kicked",
        *,
        first_name: str = "Alice",
        language_code: str | None = "en",
        chat_id: int | None = None,
        date: int | None = None,
    ) -> dict[str, Any]:
        """A ``my_chat_member`` update: the bot's status changed in a chat.

        In a private chat ``new_status="kicked"`` means the user blocked the bot and
        ``"member"`` that they unblocked (restarted) it. With ``chat_id`` of a group, ``user_id``
        is whoever added or removed the bot.
        """
        user = self.user(user_id, first_name, language_code=language_code)
        chat = (
            self.private_chat(user)
            if chat_id is None or chat_id == user_id
            else self.group_chat(chat_id)
        )
        return {
            "update_id": self.next_update_id(),
            "my_chat_member": {
                "chat": chat,
                "from": user,
                "date": date if date is not None else int(time.time()),
                "old_chat_member": self._chat_member(self.bot_user(), old_status),
                "new_chat_member": self._chat_member(self.bot_user(), new_status),
            },
        }

    def chat_member(
        self,
        user_id: int,
        old_status: str = "left",
        new_status: str = "member",
        *,
        chat_id: int = DEFAULT_GROUP_ID,
        first_name: str = "Alice",
        language_code: str | None = "en",
        username: str | None = None,
        date: int | None = None,
    ) -> dict[str, Any]:
        """A ``chat_member`` update: someone's status in a group changed (a join when they
        go from "left" to "member"), as Telegram sends it without a service message."""
        user = self.user(user_id, first_name, username=username, language_code=language_code)
        return {
            "update_id": self.next_update_id(),
            "chat_member": {
                "chat": self.group_chat(chat_id),
                "from": user,
                "date": date if date is not None else int(time.time()),
                "old_chat_member": self._chat_member(user, old_status),
                "new_chat_member": self._chat_member(user, new_status),
            },
        }

    def blocked(self, user_id: int = DEFAULT_USER_ID, **kwargs: Any) -> dict[str, Any]:
        """The update Telegram sends when a user blocks the bot."""
        return self.my_chat_member(user_id, "member", "kicked", **kwargs)

    def unblocked(self, user_id: int = DEFAULT_USER_ID, **kwargs: Any) -> dict[str, Any]:
        """The update Telegram sends when a user unblocks the bot."""
        return self.my_chat_member(user_id, "kicked", "member", **kwargs)

    def _chat_member(self, user: dict[str, Any], status: str) -> dict[str, Any]:
        """A ChatMember of the given status with every field PTB requires for it."""
        type_name = _MEMBER_TYPES.get(status)
        if type_name is None:
            raise ValueError(f"unknown chat member status {status!r}")
        if self._spec is None:
            self._spec = BotApiSpec()
        member = self._spec.minimal_object(type_name, {"status": status, "user": user}) or {}
        return member
