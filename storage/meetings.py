"""Group meetings ("sessions"): planning, reminders, attendance and reflection prompts.

Everything the bot sends about a meeting is an outbox row written in the same transaction
as the state it follows from (a reminder is marked sent as it is enqueued), so a restart
never sends a reminder twice, and a reminder missed while Kring was down goes out on start
as long as the meeting has not begun.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

import holidays
from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.audience import active_parents, prefs_of, prompts_this_week
from storage.community import CommunityService, NotAllowed
from storage.crypto import AnswerCipher
from storage.delivery_policy import decide
from storage.models import (
    Attendance,
    BlockedDay,
    Group,
    Meeting,
    MeetingReflection,
    MeetingStatus,
    Member,
    Membership,
    OutboxMessage,
    OutboxStatus,
    Role,
)
from storage.outbox import enqueue_rows, outbox_row
from storage.types import utcnow

Clock = Callable[[], datetime]
Payload = dict[str, Any]
ANSWERS = ("yes", "no", "maybe")
EVE_HOUR = 19  # the reminder the evening before, local time
DAY_HOUR = 9  # the optional reminder on the day
ATTENDANCE_BEFORE = timedelta(hours=2)
MEETING_LENGTH = timedelta(hours=2)  # the reflection prompt follows the meeting's end
REFLECTION_OPEN = timedelta(days=3)
COUNTRIES = {"Europe/Amsterdam": "NL", "Europe/Brussels": "BE"}


@dataclass(frozen=True, slots=True)
class MeetingView:
    """What messages about a meeting need."""

    id: int
    group_id: int
    group_name: str
    timezone: str
    default_locale: str
    starts_at: datetime
    place: str
    theme: str
    status: MeetingStatus
    day_reminder: bool


@dataclass(frozen=True, slots=True)
class Attendee:
    """Someone a meeting message goes to."""

    member_id: int
    telegram_user_id: int
    locale: str | None
    name: str | None


@dataclass(frozen=True, slots=True)
class Skipped:
    """A week a weekly series skips, and why."""

    day: date
    holiday: str | None  # the holiday's English name; None: a day the facilitator blocked


@dataclass(frozen=True, slots=True)
class AttendanceList:
    """Who answered what."""

    meeting: MeetingView
    yes: tuple[str, ...]
    no: tuple[str, ...]
    maybe: tuple[str, ...]
    silent: int  # active parents of the group who have not answered (reminded or not)


class MeetingComposer(Protocol):
    """Meeting messages in each reader's language (see handlers.meetings)."""

    def reminder(self, meeting: MeetingView, person: Attendee, on_the_day: bool) -> Payload:
        """Date, time, place and the three attendance buttons."""

    def changed(self, meeting: MeetingView, person: Attendee, cancelled: bool) -> Payload:
        """The meeting moved or was cancelled."""

    def attendance(self, listing: AttendanceList, staff: Attendee) -> Payload:
        """The attendance list for a facilitator."""

    def reflection(self, meeting: MeetingView, person: Attendee, prompt_key: str) -> Payload:
        """The reflection prompt after the meeting, with one-tap answers."""


class MeetingService:
    """Meetings of every group; permission checks for facilitators here."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        community: CommunityService,
        cipher: AnswerCipher,
        clock: Clock = utcnow,
    ) -> None:
        self._sessions = sessions
        self._community = community
        self._cipher = cipher
        self._clock = clock

    # -- planning -------------------------------------------------------------------------

    async def plan(
        self,
        actor: int,
        group_id: int,
        day: date,
        minute_of_day: int,
        theme: str,
        place: str = "",
        weeks: int = 1,
    ) -> tuple[list[MeetingView], list[Skipped]]:
        """One meeting (weeks=1) or a weekly series from `day`; holidays of the group's
        country and blocked days are skipped (and reported)."""
        await self._require(actor, group_id)
        if not 1 <= weeks <= 52 or not 0 <= minute_of_day < 24 * 60:
            raise ValueError("weeks 1-52, a time within the day")
        async with self._sessions.begin() as session:
            group = await session.get(Group, group_id)
            assert group is not None
            zone = ZoneInfo(group.timezone)
            days = [day + timedelta(weeks=w) for w in range(weeks)]
            blocked = set(
                (
                    await session.scalars(
                        select(BlockedDay.day).where(
                            BlockedDay.group_id == group_id, BlockedDay.day.in_(days)
                        )
                    )
                ).all()
            )
            public = _public_holidays(group, {d.year for d in days})
            series = str(uuid.uuid4()) if weeks > 1 else None
            at = time(minute_of_day // 60, minute_of_day % 60)
            starts = {d: datetime.combine(d, at, zone).astimezone(ZoneInfo("UTC")) for d in days}
            # One meeting per group and start time: a week already planned keeps its meeting;
            # a cancelled one at that time makes way for the new one.
            existing = {
                m.starts_at: m
                for m in (
                    await session.scalars(
                        select(Meeting).where(
                            Meeting.group_id == group_id, Meeting.starts_at.in_(starts.values())
                        )
                    )
                ).all()
            }
            skipped: list[Skipped] = []
            created: list[Meeting] = []
            for d in days:
                if weeks > 1 and d in public:
                    skipped.append(Skipped(d, str(public.get(d))))
                    continue
                if weeks > 1 and d in blocked:
                    skipped.append(Skipped(d, None))
                    continue
                if starts[d] <= self._clock():
                    continue
                old = existing.get(starts[d])
                if old is not None and old.status is MeetingStatus.PLANNED:
                    continue
                if old is not None:
                    await session.delete(old)
                    await session.flush()
                meeting = Meeting(
                    group_id=group_id,
                    series=series,
                    starts_at=starts[d],
                    place=place.strip()[:200],
                    theme=theme,
                    status=MeetingStatus.PLANNED,
                    created_at=self._clock(),
                )
                session.add(meeting)
                created.append(meeting)
            await session.flush()
            views = [_view(m, group) for m in created]
        return views, skipped

    async def block_day(self, actor: int, group_id: int, day: date) -> None:
        """A day without meetings (series planned later skip it)."""
        await self._require(actor, group_id)
        async with self._sessions.begin() as session:
            exists = await session.scalar(
                select(BlockedDay.id).where(BlockedDay.group_id == group_id, BlockedDay.day == day)
            )
            if exists is None:
                session.add(BlockedDay(group_id=group_id, day=day))

    async def upcoming(self, group_id: int, limit: int = 10) -> list[MeetingView]:
        """Planned meetings that have not begun, soonest first."""
        async with self._sessions() as session:
            rows = await session.execute(
                select(Meeting, Group)
                .join(Group, Group.id == Meeting.group_id)
                .where(
                    Meeting.group_id == group_id,
                    Meeting.status == MeetingStatus.PLANNED,
                    Meeting.starts_at > self._clock(),
                )
                .order_by(Meeting.starts_at)
                .limit(limit)
            )
            return [_view(m, g) for m, g in rows.all()]

    async def get(self, meeting_id: int) -> MeetingView | None:
        """One meeting."""
        async with self._sessions() as session:
            row = (
                await session.execute(
                    select(Meeting, Group)
                    .join(Group, Group.id == Meeting.group_id)
                    .where(Meeting.id == meeting_id)
                )
            ).one_or_none()
        return _view(*row) if row else None

    async def change(
        self,
        actor: int,
        meeting_id: int,
        composer: MeetingComposer,
        *,
        cancel: bool = False,
        starts_at: datetime | None = None,
        place: str | None = None,
        day_reminder: bool | None = None,
    ) -> MeetingView:
        """Move, re-place or cancel a meeting; members who were reminded are told."""
        view = await self.get(meeting_id)
        if view is None:
            raise NotAllowed("no such meeting")
        await self._require(actor, view.group_id)
        now = self._clock()
        if starts_at is not None and starts_at <= now:
            raise ValueError("a meeting can only move to the future")
        async with self._sessions.begin() as session:
            meeting = await session.get(Meeting, meeting_id)
            group = await session.get(Group, view.group_id)
            assert meeting is not None and group is not None
            moved = False
            if cancel:
                meeting.status = MeetingStatus.CANCELLED
            if starts_at is not None and starts_at != meeting.starts_at:
                meeting.starts_at = starts_at
                meeting.eve_reminded_at = meeting.day_reminded_at = None
                meeting.attendance_sent_at = None
                moved = True
            if place is not None and place.strip() != meeting.place:
                meeting.place = place.strip()[:200]
                moved = True
            if day_reminder is not None:
                meeting.day_reminder = day_reminder
            await session.flush()
            updated = _view(meeting, group)
            if cancel or moved:
                unseen = await _withdraw_reminders(session, meeting_id)
                reminded = [
                    p for p in await _reminded(session, meeting_id) if p.member_id not in unseen
                ]
                stamp = int(now.timestamp())
                rows = [
                    _row(
                        f"meeting-change:{meeting_id}:{p.member_id}:{stamp}",
                        p,
                        composer.changed(updated, p, cancel),
                        now,
                        now,
                    )
                    for p in reminded
                ]
                if rows:
                    await enqueue_rows(session, rows)
        return updated

    # -- the scheduler's sweep --------------------------------------------------------

    async def send_reminders(self, composer: MeetingComposer) -> int:
        """Reminders due now: the evening before (19:00) and, if asked, the morning of the
        meeting (09:00). Only for meetings that have not begun: a reminder missed while
        Kring was down goes out on start, or not at all."""
        now = self._clock()
        sent = 0
        async with self._sessions.begin() as session:
            rows = (
                await session.execute(
                    select(Meeting, Group)
                    .join(Group, Group.id == Meeting.group_id)
                    .where(
                        Meeting.status == MeetingStatus.PLANNED,
                        Meeting.starts_at > now,
                        Meeting.starts_at <= now + timedelta(days=2),
                    )
                )
            ).all()
            for meeting, group in rows:
                local = meeting.starts_at.astimezone(ZoneInfo(group.timezone))
                eve = datetime.combine(
                    local.date() - timedelta(days=1), time(EVE_HOUR), ZoneInfo(group.timezone)
                )
                morning = datetime.combine(local.date(), time(DAY_HOUR), ZoneInfo(group.timezone))
                for on_the_day, due, column in (
                    (False, eve, "eve_reminded_at"),
                    (True, morning, "day_reminded_at"),
                ):
                    if getattr(meeting, column) is not None or due > now:
                        continue
                    if on_the_day and (not meeting.day_reminder or morning >= meeting.starts_at):
                        continue
                    setattr(meeting, column, now)
                    if (
                        not on_the_day
                        and meeting.day_reminder
                        and morning < meeting.starts_at
                        and now.astimezone(ZoneInfo(group.timezone)).date() >= local.date()
                    ):
                        continue  # caught up on the day itself: the day's reminder is the one
                    sent += await self._remind(session, composer, meeting, group, on_the_day, now)
        return sent

    async def _remind(
        self,
        session: AsyncSession,
        composer: MeetingComposer,
        meeting: Meeting,
        group: Group,
        on_the_day: bool,
        now: datetime,
    ) -> int:
        view = _view(meeting, group)
        zone = ZoneInfo(group.timezone)
        day = meeting.starts_at.astimezone(zone).date()
        people = (await active_parents(session, [group.id])).get(group.id, [])
        prompts = await prompts_this_week(session, [p.member_id for p, _ in people], now)
        rows = []
        for person, prefs in people:
            decision = decide(
                prefs,
                now,
                group.timezone,
                prompts_this_week=prompts.get(person.member_id, 0),
                weekly_cap=group.prompt_cap_per_week,
                counts_towards_cap=group.reminders_count_to_cap,
            )
            if decision.send_at is None or decision.send_at >= meeting.starts_at:
                continue
            attendee = Attendee(
                person.member_id, person.telegram_user_id, person.locale, person.name
            )
            kind = "day" if on_the_day else "eve"
            # A reminder that reaches them on the day itself (caught up after downtime, or
            # held by quiet hours) must not say "tomorrow".
            today = on_the_day or decision.send_at.astimezone(zone).date() == day
            rows.append(
                _row(
                    f"meeting-reminder:{meeting.id}:{kind}:{_arming(meeting)}:{person.member_id}",
                    attendee,
                    composer.reminder(view, attendee, today),
                    decision.send_at,
                    now,
                    prompt=group.reminders_count_to_cap,
                )
            )
            existing = await session.scalar(
                select(Attendance).where(
                    Attendance.meeting_id == meeting.id,
                    Attendance.member_id == person.member_id,
                )
            )
            if existing is None:
                session.add(
                    Attendance(meeting_id=meeting.id, member_id=person.member_id, reminded_at=now)
                )
            elif existing.reminded_at is None:
                existing.reminded_at = now
        if rows:
            await enqueue_rows(session, rows)
        return len(rows)

    async def send_attendance_lists(self, composer: MeetingComposer) -> int:
        """Two hours before a meeting its facilitators get the attendance list."""
        now = self._clock()
        count = 0
        async with self._sessions.begin() as session:
            meetings = (
                await session.scalars(
                    select(Meeting).where(
                        Meeting.status == MeetingStatus.PLANNED,
                        Meeting.attendance_sent_at.is_(None),
                        Meeting.starts_at > now,
                        Meeting.starts_at <= now + ATTENDANCE_BEFORE,
                    )
                )
            ).all()
            for meeting in meetings:
                meeting.attendance_sent_at = now
                listing = await _listing(session, meeting)
                rows = [
                    _row(
                        f"meeting-attendance:{meeting.id}:{_arming(meeting)}:{s.member_id}",
                        s,
                        composer.attendance(listing, s),
                        now,
                        now,
                    )
                    for s in await _facilitators(session, meeting.group_id)
                ]
                if rows:
                    await enqueue_rows(session, rows)
                    count += len(rows)
        return count

    async def send_reflections(
        self, composer: MeetingComposer, choose_prompt: Callable[[str, int], str]
    ) -> int:
        """After a meeting, those who said they would come get one reflection prompt
        about its theme."""
        now = self._clock()
        count = 0
        async with self._sessions.begin() as session:
            rows = (
                await session.execute(
                    select(Meeting, Group)
                    .join(Group, Group.id == Meeting.group_id)
                    .where(
                        Meeting.status == MeetingStatus.PLANNED,
                        Meeting.reflection_sent_at.is_(None),
                        Meeting.starts_at <= now - MEETING_LENGTH,
                        Meeting.starts_at > now - MEETING_LENGTH - REFLECTION_OPEN,
                    )
                )
            ).all()
            for meeting, group in rows:
                meeting.reflection_sent_at = now
                view = _view(meeting, group)
                key = choose_prompt(meeting.theme, meeting.id)
                came = (
                    (
                        await session.execute(
                            select(Member)
                            .join(Attendance, Attendance.member_id == Member.id)
                            .where(
                                Attendance.meeting_id == meeting.id,
                                Attendance.answer == "yes",
                                Member.reachable.is_(True),
                            )
                        )
                    )
                    .scalars()
                    .all()
                )
                out = []
                for member in came:
                    # A pause drops the prompt, quiet hours delay it (an evening meeting ends
                    # late); like a reminder it is one message, so the cap does not apply.
                    decision = decide(
                        prefs_of(member),
                        now,
                        group.timezone,
                        prompts_this_week=0,
                        weekly_cap=group.prompt_cap_per_week,
                        counts_towards_cap=False,
                    )
                    if decision.send_at is None:
                        continue
                    person = Attendee(
                        member.id, member.telegram_user_id, member.locale, member.display_name
                    )
                    session.add(
                        MeetingReflection(
                            meeting_id=meeting.id,
                            member_id=member.id,
                            prompt_key=key,
                            sent_at=decision.send_at,
                        )
                    )
                    out.append(
                        _row(
                            f"meeting-reflection:{meeting.id}:{member.id}",
                            person,
                            composer.reflection(view, person, key),
                            decision.send_at,
                            now,
                        )
                    )
                if out:
                    await enqueue_rows(session, out)
                    count += len(out)
        return count

    # -- answers --------------------------------------------------------------------------

    async def answer(
        self, telegram_user_id: int, meeting_id: int, answer: str
    ) -> MeetingView | None:
        """Coming / not coming / not sure; None if the meeting is over or not theirs."""
        if answer not in ANSWERS:
            return None
        now = self._clock()
        async with self._sessions.begin() as session:
            row = (
                await session.execute(
                    select(Attendance, Meeting, Group)
                    .join(Member, Member.id == Attendance.member_id)
                    .join(Meeting, Meeting.id == Attendance.meeting_id)
                    .join(Group, Group.id == Meeting.group_id)
                    .where(
                        Member.telegram_user_id == telegram_user_id,
                        Attendance.meeting_id == meeting_id,
                    )
                )
            ).one_or_none()
            if row is None:
                return None
            attendance, meeting, group = row
            if meeting.status is not MeetingStatus.PLANNED or meeting.starts_at <= now:
                return None
            attendance.answer = answer
            attendance.answered_at = now
            return _view(meeting, group)

    async def reflect(
        self,
        telegram_user_id: int,
        meeting_id: int | None = None,
        *,
        scale: int | None = None,
        text: str | None = None,
        voice: str | None = None,
    ) -> MeetingView | None:
        """A reflection answer (a tap, words or a voice note) for a prompt sent in the last
        days; with no meeting id, the latest open one."""
        if scale is not None and scale not in (0, 1, 2, 3):
            return None
        now = self._clock()
        async with self._sessions.begin() as session:
            stmt = (
                select(MeetingReflection, Meeting, Group)
                .join(Member, Member.id == MeetingReflection.member_id)
                .join(Meeting, Meeting.id == MeetingReflection.meeting_id)
                .join(Group, Group.id == Meeting.group_id)
                .where(
                    Member.telegram_user_id == telegram_user_id,
                    MeetingReflection.sent_at > now - REFLECTION_OPEN,
                    MeetingReflection.sent_at <= now,  # not words written before the prompt
                )
                .order_by(MeetingReflection.sent_at.desc())
                .limit(1)
            )
            if meeting_id is not None:
                stmt = stmt.where(MeetingReflection.meeting_id == meeting_id)
            elif text is not None or voice is not None:
                # Words only go to a prompt not yet answered in words.
                stmt = stmt.where(
                    MeetingReflection.note.is_(None), MeetingReflection.voice.is_(None)
                )
            row = (await session.execute(stmt)).one_or_none()
            if row is None:
                return None
            reflection, meeting, group = row
            if scale is not None:
                reflection.scale = scale
            if text:
                reflection.note = self._cipher.encrypt(text[:4096])
            if voice:
                reflection.voice = self._cipher.encrypt(voice)
            reflection.answered_at = now
            return _view(meeting, group)

    async def export(self, telegram_user_id: int) -> list[dict[str, Any]]:
        """A member's meeting answers (attendance, reflections with their words), for
        /mydata."""
        async with self._sessions() as session:
            member_id = await session.scalar(
                select(Member.id).where(Member.telegram_user_id == telegram_user_id)
            )
            if member_id is None:
                return []
            attendance = (
                await session.execute(
                    select(Meeting.id, Meeting.starts_at, Group.name, Attendance.answer)
                    .join(Meeting, Meeting.id == Attendance.meeting_id)
                    .join(Group, Group.id == Meeting.group_id)
                    .where(Attendance.member_id == member_id)
                    .order_by(Meeting.starts_at)
                )
            ).all()
            reflections = {
                r.meeting_id: r
                for r in (
                    await session.scalars(
                        select(MeetingReflection).where(MeetingReflection.member_id == member_id)
                    )
                ).all()
            }
        out = []
        for meeting_id, starts_at, group_name, answer in attendance:
            reflection = reflections.get(meeting_id)
            words = None
            if reflection is not None and reflection.note:
                words = self._cipher.decrypt(reflection.note)
            out.append(
                {
                    "group": group_name,
                    "meeting": starts_at.isoformat(),
                    "attendance": answer,
                    "reflection": reflection.scale if reflection else None,
                    "words": words,
                    "voice_note": bool(reflection and reflection.voice),
                }
            )
        return out

    async def attendance_list(self, actor: int, meeting_id: int) -> AttendanceList:
        """The list, for a facilitator asking at any time."""
        view = await self.get(meeting_id)
        if view is None:
            raise NotAllowed("no such meeting")
        await self._require(actor, view.group_id)
        async with self._sessions() as session:
            meeting = await session.get(Meeting, meeting_id)
            assert meeting is not None
            return await _listing(session, meeting)

    async def _require(self, actor: int, group_id: int) -> None:
        if not await self._community.can_manage(actor, group_id):
            raise NotAllowed("only the group's facilitators and coordinators plan meetings")


def _view(meeting: Meeting, group: Group) -> MeetingView:
    return MeetingView(
        id=meeting.id,
        group_id=group.id,
        group_name=group.name,
        timezone=group.timezone,
        default_locale=group.default_locale,
        starts_at=meeting.starts_at,
        place=meeting.place,
        theme=meeting.theme,
        status=meeting.status,
        day_reminder=meeting.day_reminder,
    )


def _row(
    key: str,
    person: Attendee,
    payload: Payload,
    send_at: datetime,
    now: datetime,
    *,
    prompt: bool = False,
) -> dict[str, Any]:
    return outbox_row(
        key, person.telegram_user_id, person.member_id, payload, send_at, now, prompt=prompt
    )


def _arming(meeting: Meeting) -> str:
    """Part of the dedupe key of reminders and lists: a moved meeting (or, with SQLite
    reusing a deleted row's id, a cancelled one planned anew) is reminded of again."""
    return f"{int(meeting.starts_at.timestamp())}-{int(meeting.created_at.timestamp())}"


def _public_holidays(group: Group, years: set[int]) -> holidays.HolidayBase:
    """The public holidays of the group's country, named in English: the name is a key that
    the reader's language writes out (`handlers.meetings.holiday_name`), since the
    `holidays` package has neither Arabic nor Turkish, Somali or Spanish for them."""
    country = COUNTRIES.get(group.timezone, "NL")
    return holidays.country_holidays(country, years=years, language="en_US")


async def _withdraw_reminders(session: AsyncSession, meeting_id: int) -> set[int]:
    """Drop reminders of a meeting that have not gone out yet (held by quiet hours): they
    would show the old time, or a cancelled meeting. Returns the members who therefore
    were never reminded (their attendance row no longer counts them as reminded)."""
    prefix = f"meeting-reminder:{meeting_id}:"
    dropped = set(
        (
            await session.scalars(
                delete(OutboxMessage)
                .where(
                    OutboxMessage.dedupe_key.startswith(prefix, autoescape=True),
                    OutboxMessage.status == OutboxStatus.PENDING,
                )
                .returning(OutboxMessage.member_id)
            )
        ).all()
    )
    seen = set(
        (
            await session.scalars(
                select(OutboxMessage.member_id).where(
                    OutboxMessage.dedupe_key.startswith(prefix, autoescape=True)
                )
            )
        ).all()
    )
    unseen = {m for m in dropped - seen if m is not None}
    if unseen:
        await session.execute(
            update(Attendance)
            .where(Attendance.meeting_id == meeting_id, Attendance.member_id.in_(unseen))
            .values(reminded_at=None)
        )
    return unseen


async def _reminded(session: AsyncSession, meeting_id: int) -> list[Attendee]:
    rows = await session.execute(
        select(Member)
        .join(Attendance, Attendance.member_id == Member.id)
        .where(Attendance.meeting_id == meeting_id, Attendance.reminded_at.is_not(None))
    )
    return [Attendee(m.id, m.telegram_user_id, m.locale, m.display_name) for m in rows.scalars()]


async def _facilitators(session: AsyncSession, group_id: int) -> list[Attendee]:
    rows = await session.execute(
        select(Member)
        .join(Membership, Membership.member_id == Member.id)
        .where(
            Membership.group_id == group_id,
            Membership.role == Role.FACILITATOR,
            Membership.active.is_(True),
        )
    )
    return [Attendee(m.id, m.telegram_user_id, m.locale, m.display_name) for m in rows.scalars()]


async def _listing(session: AsyncSession, meeting: Meeting) -> AttendanceList:
    group = await session.get(Group, meeting.group_id)
    assert group is not None
    rows = (
        await session.execute(
            select(Attendance.answer, Member.display_name)
            .join(Member, Member.id == Attendance.member_id)
            .where(Attendance.meeting_id == meeting.id)
            .order_by(Member.display_name)
        )
    ).all()
    by: dict[str | None, list[str]] = {}
    for answer, name in rows:
        by.setdefault(answer, []).append(name or "?")
    # Everyone expected counts, not only those the evening reminder has reached yet: a
    # week before the meeting a group of six must read "no answer yet: 6", not 0.
    answered = select(Attendance.member_id).where(
        Attendance.meeting_id == meeting.id, Attendance.answer.is_not(None)
    )
    silent = await session.scalar(
        select(func.count())
        .select_from(Membership)
        .join(Member, Member.id == Membership.member_id)
        .where(
            Membership.group_id == meeting.group_id,
            Membership.role == Role.PARENT,
            Membership.active.is_(True),
            Member.consent_given_at.is_not(None),
            Membership.member_id.not_in(answered),
        )
    )
    return AttendanceList(
        _view(meeting, group),
        tuple(by.get("yes", [])),
        tuple(by.get("no", [])),
        tuple(by.get("maybe", [])),
        silent or 0,
    )
