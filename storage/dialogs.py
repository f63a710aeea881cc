"""Dialogs: what a person's next private message means, kept in the database.

A feature that asks a question (the text of a broadcast, a meeting's place, the day a break
ends, a group's new name, a facilitator's own question) opens a dialog; the one entry point
for private text and voice (`handlers.dialogs`) reads it and hands the message to that
feature. Because the row lives in the shared database, a dialog started on one replica is
continued on another, and survives a restart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import Dialog
from storage.types import utcnow

# Long enough to write a message in peace, short enough that a word typed days later is
# not taken as the answer to a forgotten question.
DIALOG_TTL = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class DialogView:
    """An open (or just expired) dialog."""

    feature: str
    step: str
    args: dict[str, Any] = field(default_factory=dict)
    expired: bool = False


class DialogStore:
    """Opens, reads and closes dialogs; each method owns its transaction."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        clock: Callable[[], datetime] = utcnow,
        ttl: timedelta = DIALOG_TTL,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._ttl = ttl

    async def open(
        self,
        telegram_user_id: int,
        feature: str,
        step: str,
        args: dict[str, Any] | None = None,
        ttl: timedelta | None = None,
    ) -> None:
        """Start (or move on) a dialog; it replaces whatever this person was asked before.
        It lasts `ttl` (the store's default when None)."""
        expires = self._clock() + (ttl if ttl is not None else self._ttl)
        values = {"feature": feature, "step": step, "args": dict(args or {}),
                  "expires_at": expires}  # fmt: skip
        for attempt in range(2):
            try:
                async with self._sessions.begin() as session:
                    row = await session.get(Dialog, telegram_user_id)
                    if row is None:
                        session.add(Dialog(telegram_user_id=telegram_user_id, **values))
                    else:
                        for name, value in values.items():
                            setattr(row, name, value)
                return
            except IntegrityError:
                # Another replica inserted this person's row at the same moment: update it.
                if attempt:
                    raise

    async def get(self, telegram_user_id: int, feature: str | None = None) -> DialogView | None:
        """This person's dialog (of `feature`, if given), marked expired when it is."""
        async with self._sessions() as session:
            row = await session.get(Dialog, telegram_user_id)
            if row is None or (feature is not None and row.feature != feature):
                return None
            return DialogView(
                row.feature, row.step, dict(row.args or {}), row.expires_at <= self._clock()
            )

    async def current(self, telegram_user_id: int, feature: str) -> DialogView | None:
        """This person's open dialog of `feature`; None when there is none or it expired."""
        dialog = await self.get(telegram_user_id, feature)
        return dialog if dialog is not None and not dialog.expired else None

    async def close(self, telegram_user_id: int, feature: str | None = None) -> None:
        """End this person's dialog (only one of `feature`, if given)."""
        async with self._sessions.begin() as session:
            query = delete(Dialog).where(Dialog.telegram_user_id == telegram_user_id)
            if feature is not None:
                query = query.where(Dialog.feature == feature)
            await session.execute(query)

    async def purge_expired(self) -> int:
        """Delete dialogs nobody finished (they may hold words someone typed)."""
        async with self._sessions.begin() as session:
            result = await session.execute(delete(Dialog).where(Dialog.expires_at <= self._clock()))
            return int(getattr(result, "rowcount", 0) or 0)
