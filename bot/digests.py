"""Weekly digests as outbox payloads: who gets one, their figures, and the chart.

`DigestBuilder` reads an organisation's figures and audience and draws the chart; the
words are `bot.render.digests`' (plain values in, payloads out). For each coordinator a
numbers-only digest of the whole organisation (small figures hidden), for each facilitator
a digest of their own groups (which may name parents waiting for contact), each as short
texts plus one chart (PNG) in the reader's language. The scheduler calls `build` when an
organisation's slot comes; `/digest` shows the same digest on request (`for_person`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from bot.charts import digest_png, has_hidden, points_from_coordinator, points_from_weeks
from bot.i18n import Catalogs
from bot.render import digests as words
from bot.render.digests import Payload
from storage.community import CommunityService
from storage.digest_delivery import DigestDelivery, DigestSchedule, Recipient
from storage.digest_stats import GroupFigures, group_for_coordinator, total_of
from storage.digests import DigestService
from storage.enums import Role
from storage.outbox import PHOTO_PNG_KEY, outbox_row
from storage.types import utcnow


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
        if not figures.groups:
            # An organisation set up minutes ago (a coordinator added from the command line
            # on a Monday morning) has nothing to report yet: no "0 groups" message.
            return []
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
        points = points_from_coordinator(total.weeks)
        png = await charts.get(("org", figures.organisation_id, tr.rtl), lambda: points, tr.rtl)
        return words.coordinator(tr, name, groups, total, png, hidden=has_hidden(points))

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
        figures = [g for _, g in own]
        first = figures[0]
        total = (
            first
            if len(figures) == 1
            else total_of(figures, first.as_of, [w.start for w in first.weeks])
        )
        key = ("groups", tuple(sorted(g.group_id for g in figures)), tr.rtl)
        png = await charts.get(key, lambda: points_from_weeks(total.weeks), tr.rtl)
        return words.facilitator(tr, own, contacts, png)


class _Charts:
    """Charts drawn once per digest run (facilitators of one group share one)."""

    def __init__(self) -> None:
        self._made: dict[Any, bytes] = {}

    async def get(self, key: Any, points: Any, rtl: bool) -> bytes:
        if key not in self._made:
            # Drawing takes a tenth of a second of CPU: keep it off the event loop.
            self._made[key] = await asyncio.to_thread(digest_png, points(), rtl=rtl)
        return self._made[key]
