"""Weekly check-in rounds: schedules, opening, answers, reminders, closing, retention.

Every method owns its transaction. Everything the bot sends because of a round (the
check-in itself, the reminder, contact alerts, the facilitators' summary) is written to
the outbox in the same transaction as the state it follows from, so a crash never leaves
a round opened without its messages or a contact request without its alert.

Message texts are not made here: a `RoundComposer` supplied by the caller (handlers)
turns rounds and people into Bot API payloads in each reader's language.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import and_, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.audience import (
    Payload,
    Person,
    active_parents,
    person_of,
    prefs_of,
    prompts_this_week,
)
from storage.community import CommunityService, NotAllowed
from storage.crypto import AnswerCipher
from storage.db import insert_ignoring_conflicts
from storage.delivery_policy import decide
from storage.models import (
    CheckinNote,
    CheckinResponse,
    CheckinRound,
    CheckinSchedule,
    ContactRequest,
    ContactStatus,
    Group,
    Member,
    Membership,
    Role,
    RoundStatus,
)
from storage.outbox import enqueue_rows, outbox_row
from storage.round_times import RoundTimes, Slot
from storage.types import utcnow

Clock = Callable[[], datetime]

MOODS = range(1, 6)  # the five-point scale; 0 is "skip"
REFLECTIONS = range(1, 4)  # one-tap reflection: 1 not really .. 3 very much; 0 is "skip"
CONTACT_YES, CONTACT_NO = 1, 2
MAX_NOTES_PER_ANSWER = 20
MAX_NOTE_CHARS = 4096
WINDOW_HOURS = (24, 48, 72)


class Step(enum.IntEnum):
    """How far a member's check-in conversation got."""

    MOOD = 1
    REFLECTION = 2
    CONTACT = 3
    DONE = 4


class Question(enum.StrEnum):
    """The three questions of a round."""

    MOOD = "m"
    REFLECTION = "r"
    CONTACT = "c"


@dataclass(frozen=True, slots=True)
class ScheduleView:
    """A group's check-in settings (defaults when none are stored yet)."""

    group_id: int
    group_name: str
    timezone: str
    enabled: bool = False
    weekday: int = 0
    minute_of_day: int = 10 * 60
    window_hours: int = 48
    questions: tuple[dict[str, Any], ...] | None = None
    next_round: datetime | None = None  # None when disabled
    next_round_skipped: bool = False

    @property
    def slot(self) -> Slot:
        """The weekly opening time."""
        return Slot(self.weekday, self.minute_of_day, self.timezone)


@dataclass(frozen=True, slots=True)
class RoundView:
    """What messages about a round need to know."""

    id: int
    group_id: int
    group_name: str
    timezone: str
    default_locale: str
    scheduled_for: datetime
    closes_at: datetime
    sequence: int
    source: str | None
    question: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Note:
    """A decrypted free-text answer or voice-note reference, for the facilitators."""

    kind: str  # "text" or "voice"
    content: str
    name: str | None


@dataclass(frozen=True, slots=True)
class RoundSummary:
    """A closed round's figures; answers and names only for facilitators."""

    invited: int
    answered: int
    moods: dict[int, int]  # 1..5 -> how many
    reflections: dict[int, int]  # 1..3 -> how many
    notes: tuple[Note, ...]
    open_contacts: tuple[str | None, ...]  # names of members with open contact requests


class RoundComposer(Protocol):
    """Turns rounds into Bot API payloads in each reader's language (see handlers)."""

    def question_for(
        self, sequence: int, custom: Sequence[dict[str, Any]] | None
    ) -> tuple[dict[str, Any], str | None]:
        """The reflection question of round number `sequence`, and its source."""

    def invitation(self, rnd: RoundView, person: Person) -> Payload:
        """The check-in message (question 1) a member receives."""

    def reminder(self, rnd: RoundView, person: Person) -> Payload:
        """The one reminder halfway through the window."""

    def contact_alert(
        self, rnd: RoundView, staff: Person, parent: Person, request_id: int
    ) -> Payload:
        """'<name> would like a facilitator to contact them', with a 'handled' button."""

    def summary(
        self, rnd: RoundView, staff: Person, summary: RoundSummary
    ) -> list[tuple[str, Payload]]:
        """The closing summary for one member of staff, as (method, payload) pairs."""


@dataclass(frozen=True, slots=True)
class OpenResult:
    """What one pass of `open_due` did."""

    rounds: int = 0
    invited: int = 0
    held: Counter[str] = field(default_factory=Counter)


class AnswerStatus(enum.Enum):
    """What became of a tap or a note."""

    SAVED = "saved"
    CLOSED = "closed"  # the round has closed: "this round is closed"
    UNKNOWN = "unknown"  # no such round for this person (forged or after /forget)
    INVALID = "invalid"  # a value outside the scale
    TOO_MANY = "too_many"  # notes beyond the limit


@dataclass(frozen=True, slots=True)
class AnswerOutcome:
    """The result of recording an answer: what to show the member next."""

    status: AnswerStatus
    round: RoundView | None = None
    next_step: Step | None = None  # the question to send now (the first time only)
    response: dict[str, int | None] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class HandledOutcome:
    """The result of a facilitator marking a contact request handled."""

    allowed: bool
    already: bool = False
    parent_name: str | None = None
    group_name: str | None = None


class CheckinService:
    """Check-in rounds for every group; safe with several replicas on PostgreSQL."""

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

    # -- schedules ------------------------------------------------------------------------

    async def schedule(self, group_id: int) -> ScheduleView | None:
        """A group's settings, with the next opening (None if the group does not exist)."""
        async with self._sessions() as session:
            row = (
                await session.execute(
                    select(Group, CheckinSchedule)
                    .outerjoin(CheckinSchedule, CheckinSchedule.group_id == Group.id)
                    .where(Group.id == group_id)
                )
            ).one_or_none()
            if row is None:
                return None
            group, stored = row
            view = _schedule_view(group, stored)
            if not view.enabled:
                return view
            upcoming = view.slot.next(self._clock())
            skipped = await session.scalar(
                select(CheckinRound.id).where(
                    CheckinRound.group_id == group_id,
                    CheckinRound.scheduled_for == upcoming,
                    CheckinRound.status == RoundStatus.SKIPPED,
                )
            )
        return _replace(view, next_round=upcoming, next_round_skipped=skipped is not None)

    async def configure(self, actor_telegram_id: int, group_id: int, **changes: Any) -> None:
        """Change a group's check-in settings (facilitators and coordinators only).

        Accepted keys: enabled, weekday, minute_of_day, window_hours, questions.
        """
        await self._require_manager(actor_telegram_id, group_id)
        allowed = {"enabled", "weekday", "minute_of_day", "window_hours", "questions"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"unknown schedule settings: {sorted(unknown)}")
        if "weekday" in changes or "minute_of_day" in changes:
            Slot(changes.get("weekday", 0), changes.get("minute_of_day", 0), "UTC")  # validates
        if "window_hours" in changes and changes["window_hours"] not in WINDOW_HOURS:
            raise ValueError("window must be one of 24, 48 or 72 hours")
        if changes.get("questions") is not None:
            changes["questions"] = [_valid_question(q) for q in changes["questions"]] or None
        async with self._sessions.begin() as session:
            stored = await session.get(CheckinSchedule, group_id)
            if stored is None:
                # Off until someone says "on": a question chosen before the check-in is set
                # up must not start a live default schedule.
                stored = CheckinSchedule(
                    group_id=group_id,
                    enabled=False,
                    weekday=0,
                    minute_of_day=10 * 60,
                    window_hours=48,
                )
                session.add(stored)
            for key, value in changes.items():
                setattr(stored, key, value)
            stored.updated_at = self._clock()

    async def skip_next(self, actor_telegram_id: int, group_id: int, skip: bool = True) -> bool:
        """Skip (or un-skip) the group's next round; False when check-ins are off."""
        await self._require_manager(actor_telegram_id, group_id)
        view = await self.schedule(group_id)
        if view is None or view.next_round is None:
            return False
        times = RoundTimes.of(view.next_round, view.window_hours)
        async with self._sessions.begin() as session:
            if skip:
                await session.execute(
                    insert_ignoring_conflicts(session, CheckinRound).values(
                        group_id=group_id,
                        scheduled_for=times.scheduled_for,
                        closes_at=times.closes_at,
                        remind_at=times.remind_at,
                        status=RoundStatus.SKIPPED,
                        sequence=0,
                        reminded=True,
                    )
                )
            else:
                await session.execute(
                    delete(CheckinRound).where(
                        CheckinRound.group_id == group_id,
                        CheckinRound.scheduled_for == times.scheduled_for,
                        CheckinRound.status == RoundStatus.SKIPPED,
                    )
                )
        return True

    async def slots(self) -> set[Slot]:
        """The distinct weekly opening times of enabled schedules (one scheduler job each)."""
        async with self._sessions() as session:
            rows = await session.execute(
                select(CheckinSchedule.weekday, CheckinSchedule.minute_of_day, Group.timezone)
                .join(Group, Group.id == CheckinSchedule.group_id)
                .where(CheckinSchedule.enabled.is_(True))
                .distinct()
            )
            return {Slot(w, m, tz) for w, m, tz in rows.all()}

    # -- the scheduler's jobs ----------------------------------------------------------

    async def open_due(self, composer: RoundComposer) -> OpenResult:
        """Open every round whose time has come and whose window is still open.

        Idempotent: the round row is unique on (group, scheduled time), so a second call,
        a second replica or a restart opens nothing twice. A round missed while the
        process was down opens now if its window has not closed.
        """
        now = self._clock()
        async with self._sessions.begin() as session:
            rows = (
                await session.execute(
                    select(Group, CheckinSchedule)
                    .join(CheckinSchedule, CheckinSchedule.group_id == Group.id)
                    .where(CheckinSchedule.enabled.is_(True))
                )
            ).all()
            due: dict[int, tuple[Group, CheckinSchedule, RoundTimes]] = {}
            for group, sched in rows:
                slot = Slot(sched.weekday, sched.minute_of_day, group.timezone)
                times = RoundTimes.of(slot.last(now), sched.window_hours)
                if times.is_open(now):
                    due[group.id] = (group, sched, times)
            if not due:
                return OpenResult()
            earliest = min(times.scheduled_for for *_, times in due.values())
            existing = set(
                (
                    await session.execute(
                        select(CheckinRound.group_id, CheckinRound.scheduled_for).where(
                            CheckinRound.group_id.in_(due),
                            CheckinRound.scheduled_for >= earliest,
                        )
                    )
                ).all()
            )
            due = {g: v for g, v in due.items() if (g, v[2].scheduled_for) not in existing}
            if not due:
                return OpenResult()
            sequences = dict(
                (
                    await session.execute(
                        select(CheckinRound.group_id, func.count())
                        .where(
                            CheckinRound.group_id.in_(due),
                            CheckinRound.status != RoundStatus.SKIPPED,
                        )
                        .group_by(CheckinRound.group_id)
                    )
                ).all()
            )
            new_rounds: list[dict[str, Any]] = []
            for group_id, (_group, sched, times) in due.items():
                sequence = int(sequences.get(group_id, 0))
                question, source = composer.question_for(sequence, sched.questions)
                new_rounds.append(
                    {
                        "group_id": group_id,
                        "scheduled_for": times.scheduled_for,
                        "closes_at": times.closes_at,
                        "remind_at": times.remind_at,
                        "status": RoundStatus.OPEN,
                        "sequence": sequence,
                        "source": source,
                        "question": question,
                        "reminded": False,
                        "opened_at": now,
                    }
                )
            new_by_group = {r["group_id"]: r for r in new_rounds}
            opened: dict[int, int] = {}  # group id -> new round id
            stmt = insert_ignoring_conflicts(session, CheckinRound).returning(
                CheckinRound.id, CheckinRound.group_id
            )
            for start in range(0, len(new_rounds), 500):
                result = await session.execute(stmt, new_rounds[start : start + 500])
                opened.update({g: r for r, g in result.all()})
            if not opened:
                return OpenResult()  # another scheduler was faster
            people = await active_parents(session, list(opened))
            prompts = await prompts_this_week(
                session, [p.member_id for ps in people.values() for p, _ in ps], now
            )
            held: Counter[str] = Counter()
            responses: list[dict[str, Any]] = []
            messages: list[dict[str, Any]] = []
            for group_id, round_id in opened.items():
                group, _sched, times = due[group_id]
                view = _round_view(group, round_id, new_by_group[group_id])
                for person, prefs in people.get(group_id, []):
                    decision = decide(
                        prefs,
                        now,
                        group.timezone,
                        prompts_this_week=prompts.get(person.member_id, 0),
                        weekly_cap=group.prompt_cap_per_week,
                    )
                    if decision.send_at is None:
                        held[decision.hold.value if decision.hold else "held"] += 1
                        continue
                    if decision.hold is not None:
                        held[decision.hold.value] += 1
                    responses.append(
                        {
                            "round_id": round_id,
                            "member_id": person.member_id,
                            "step": Step.MOOD,
                            "invited_at": now,
                        }
                    )
                    messages.append(
                        _outbox_row(
                            f"checkin:{round_id}:{person.member_id}",
                            person,
                            composer.invitation(view, person),
                            decision.send_at,
                            now,
                            prompt=True,
                        )
                    )
            for start in range(0, len(responses), 1000):
                await session.execute(
                    insert_ignoring_conflicts(session, CheckinResponse),
                    responses[start : start + 1000],
                )
            if messages:
                await enqueue_rows(session, messages)
        return OpenResult(rounds=len(opened), invited=len(responses), held=held)

    async def remind_due(self, composer: RoundComposer) -> int:
        """Send the one reminder of every round past its halfway point; returns how many."""
        now = self._clock()
        async with self._sessions.begin() as session:
            claimed = (
                (
                    await session.execute(
                        update(CheckinRound)
                        .where(
                            CheckinRound.status == RoundStatus.OPEN,
                            CheckinRound.reminded.is_(False),
                            CheckinRound.remind_at <= now,
                            CheckinRound.closes_at > now,
                        )
                        .values(reminded=True)
                        .returning(CheckinRound.id),
                        execution_options={"synchronize_session": False},
                    )
                )
                .scalars()
                .all()
            )
            if not claimed:
                return 0
            rounds = await _round_views(session, list(claimed))
            rows = (
                await session.execute(
                    select(CheckinResponse.round_id, Member, Group.prompt_cap_per_week)
                    .join(Member, Member.id == CheckinResponse.member_id)
                    .join(CheckinRound, CheckinRound.id == CheckinResponse.round_id)
                    .join(Group, Group.id == CheckinRound.group_id)
                    .where(
                        CheckinResponse.round_id.in_(claimed),
                        CheckinResponse.mood.is_(None),
                        CheckinResponse.reflection.is_(None),
                        CheckinResponse.contact.is_(None),
                        Member.reachable.is_(True),
                    )
                )
            ).all()
            prompts = await prompts_this_week(session, [m.id for _, m, _ in rows], now)
            messages = []
            for round_id, member, cap in rows:
                rnd = rounds[round_id]
                decision = decide(
                    prefs_of(member),
                    now,
                    rnd.timezone,
                    prompts_this_week=prompts.get(member.id, 0),
                    weekly_cap=cap,
                )
                if decision.send_at is None or decision.send_at >= rnd.closes_at:
                    continue
                person = person_of(member, Role.PARENT)
                messages.append(
                    _outbox_row(
                        f"checkin-reminder:{round_id}:{member.id}",
                        person,
                        composer.reminder(rnd, person),
                        decision.send_at,
                        now,
                        prompt=True,
                    )
                )
            if messages:
                await enqueue_rows(session, messages)
        return len(messages)

    async def close_due(self, composer: RoundComposer) -> int:
        """Close every round past its window and send the facilitators their summary."""
        now = self._clock()
        async with self._sessions.begin() as session:
            closing = (
                (
                    await session.execute(
                        update(CheckinRound)
                        .where(
                            CheckinRound.status == RoundStatus.OPEN, CheckinRound.closes_at <= now
                        )
                        .values(status=RoundStatus.CLOSED, closed_at=now)
                        .returning(CheckinRound.id),
                        execution_options={"synchronize_session": False},
                    )
                )
                .scalars()
                .all()
            )
            if not closing:
                return 0
            rounds = await _round_views(session, list(closing))
            messages: list[dict[str, Any]] = []
            for round_id in sorted(closing):
                rnd = rounds[round_id]
                summary = await self._summarise(session, round_id)
                staff = await _staff(session, rnd.group_id)
                for person in staff:
                    shown = summary if person.role is Role.FACILITATOR else _figures_only(summary)
                    for index, (method, payload) in enumerate(composer.summary(rnd, person, shown)):
                        messages.append(
                            _outbox_row(
                                f"checkin-summary:{round_id}:{person.member_id}:{index}",
                                person,
                                payload,
                                now,
                                now,
                                method=method,
                            )
                        )
            if messages:
                await enqueue_rows(session, messages)
        return len(closing)

    async def purge_notes(self, older_than: timedelta) -> int:
        """Delete free text and voice references older than the retention period.

        The one-tap numbers stay: digests need them, and they name nobody.
        """
        cutoff = self._clock() - older_than
        async with self._sessions.begin() as session:
            result = await session.execute(
                delete(CheckinNote).where(CheckinNote.created_at < cutoff)
            )
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

    # -- answers ------------------------------------------------------------------------

    async def answer(
        self,
        telegram_user_id: int,
        round_id: int,
        question: Question,
        value: int,
        composer: RoundComposer,
    ) -> AnswerOutcome:
        """Record a tap; answers can change until the round closes.

        A "yes, contact me" alerts the group's facilitators at once (urgent: no cap, no
        quiet hours); changing it to "no" before it is handled withdraws the request.
        """
        valid = {
            Question.MOOD: (0, *MOODS),
            Question.REFLECTION: (0, *REFLECTIONS),
            Question.CONTACT: (0, CONTACT_YES, CONTACT_NO),
        }[question]
        if value not in valid:
            return AnswerOutcome(AnswerStatus.INVALID)
        now = self._clock()
        async with self._sessions.begin() as session:
            found = await _response_of(session, telegram_user_id, round_id)
            if found is None:
                return AnswerOutcome(AnswerStatus.UNKNOWN)
            response, member, rnd, group = found
            view = _round_view(group, rnd.id, rnd)
            if rnd.status is not RoundStatus.OPEN or now >= rnd.closes_at:
                return AnswerOutcome(AnswerStatus.CLOSED, view)
            column = {
                Question.MOOD: "mood",
                Question.REFLECTION: "reflection",
                Question.CONTACT: "contact",
            }[question]
            setattr(response, column, value)
            response.answered_at = response.answered_at or now
            asked = {Question.MOOD: Step.MOOD, Question.REFLECTION: Step.REFLECTION}
            next_step = None
            if question in asked and response.step == asked[question]:
                next_step = Step(response.step + 1)
            elif question is Question.CONTACT and response.step == Step.CONTACT:
                next_step = Step.DONE
            if next_step is not None:
                response.step = next_step
            if question is Question.CONTACT:
                await self._contact(session, composer, view, member, value, now)
            state = {"mood": response.mood, "reflection": response.reflection}
            state["contact"] = response.contact
        return AnswerOutcome(AnswerStatus.SAVED, view, next_step, state)

    async def add_note(self, telegram_user_id: int, kind: str, content: str) -> AnswerOutcome:
        """Keep a free-text answer or a voice note for the member's open round.

        Returns UNKNOWN when the member has no open round (the text is not for us).
        """
        if kind not in {"text", "voice"}:
            raise ValueError("a note is text or voice")
        now = self._clock()
        async with self._sessions.begin() as session:
            row = (
                await session.execute(
                    select(CheckinResponse, CheckinRound, Group)
                    .join(Member, Member.id == CheckinResponse.member_id)
                    .join(CheckinRound, CheckinRound.id == CheckinResponse.round_id)
                    .join(Group, Group.id == CheckinRound.group_id)
                    .where(
                        Member.telegram_user_id == telegram_user_id,
                        CheckinRound.status == RoundStatus.OPEN,
                        CheckinRound.closes_at > now,
                    )
                    .order_by(CheckinRound.scheduled_for.desc())
                    .limit(1)
                )
            ).one_or_none()
            if row is None:
                return AnswerOutcome(AnswerStatus.UNKNOWN)
            response, rnd, group = row
            view = _round_view(group, rnd.id, rnd)
            count = await session.scalar(
                select(func.count()).where(CheckinNote.response_id == response.id)
            )
            if (count or 0) >= MAX_NOTES_PER_ANSWER:
                return AnswerOutcome(AnswerStatus.TOO_MANY, view)
            session.add(
                CheckinNote(
                    response_id=response.id,
                    kind=kind,
                    content=self._cipher.encrypt(content[:MAX_NOTE_CHARS]),
                    created_at=now,
                )
            )
            response.answered_at = response.answered_at or now
            next_step = None
            if response.step <= Step.REFLECTION:
                # Words answer the reflection question: go on to the contact question.
                next_step = Step.CONTACT
                response.step = Step.CONTACT
        return AnswerOutcome(AnswerStatus.SAVED, view, next_step)

    async def mark_handled(self, actor_telegram_id: int, request_id: int) -> HandledOutcome:
        """A facilitator marks a contact request handled (once; later taps say so)."""
        now = self._clock()
        async with self._sessions.begin() as session:
            row = (
                await session.execute(
                    select(ContactRequest, Group.name)
                    .join(Group, Group.id == ContactRequest.group_id)
                    .where(ContactRequest.id == request_id)
                )
            ).one_or_none()
            if row is None:
                return HandledOutcome(allowed=False)
            request, group_name = row
            actor = await session.scalar(
                select(Member)
                .join(Membership, Membership.member_id == Member.id)
                .where(
                    Member.telegram_user_id == actor_telegram_id,
                    Membership.group_id == request.group_id,
                    Membership.role == Role.FACILITATOR,
                    Membership.active.is_(True),
                )
            )
            if actor is None:
                return HandledOutcome(allowed=False)
            parent = await session.get(Member, request.member_id) if request.member_id else None
            name = parent.display_name if parent else None
            if request.status is ContactStatus.HANDLED:
                return HandledOutcome(True, already=True, parent_name=name, group_name=group_name)
            request.status = ContactStatus.HANDLED
            request.handled_at = now
            request.handled_by = actor.id
        return HandledOutcome(True, parent_name=name, group_name=group_name)

    async def contact_requests(self, group_id: int) -> list[tuple[int, str | None, ContactStatus]]:
        """A group's contact requests, newest first: (id, name, status)."""
        async with self._sessions() as session:
            rows = await session.execute(
                select(ContactRequest.id, Member.display_name, ContactRequest.status)
                .outerjoin(Member, Member.id == ContactRequest.member_id)
                .where(ContactRequest.group_id == group_id)
                .order_by(ContactRequest.id.desc())
            )
            return [(i, n, s) for i, n, s in rows.all()]

    async def export(self, telegram_user_id: int) -> list[dict[str, Any]]:
        """A member's check-in answers, words included, for /mydata."""
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    select(CheckinResponse, CheckinRound.scheduled_for, Group.name)
                    .join(Member, Member.id == CheckinResponse.member_id)
                    .join(CheckinRound, CheckinRound.id == CheckinResponse.round_id)
                    .join(Group, Group.id == CheckinRound.group_id)
                    .where(Member.telegram_user_id == telegram_user_id)
                    .order_by(CheckinRound.scheduled_for)
                )
            ).all()
            notes = (
                await session.execute(
                    select(CheckinNote.response_id, CheckinNote.kind, CheckinNote.content)
                    .where(CheckinNote.response_id.in_([r.id for r, _, _ in rows]))
                    .order_by(CheckinNote.id)
                )
            ).all()
        words: dict[int, list[dict[str, str]]] = {}
        for response_id, kind, content in notes:
            words.setdefault(response_id, []).append(
                {"kind": kind, "content": self._cipher.decrypt(content)}
            )
        return [
            {
                "group": group_name,
                "round": scheduled_for.isoformat(),
                "mood": response.mood,
                "reflection": response.reflection,
                "contact": response.contact,
                "notes": words.get(response.id, []),
            }
            for response, scheduled_for, group_name in rows
        ]

    async def round_of(self, group_id: int, scheduled_for: datetime) -> CheckinRound | None:
        """A round row (for tests and tools)."""
        async with self._sessions() as session:
            return await session.scalar(
                select(CheckinRound).where(
                    CheckinRound.group_id == group_id,
                    CheckinRound.scheduled_for == scheduled_for,
                )
            )

    async def summary(self, round_id: int) -> RoundSummary:
        """A round's figures and answers (facilitators' view)."""
        async with self._sessions() as session:
            return await self._summarise(session, round_id)

    # -- internals --------------------------------------------------------------------

    async def _require_manager(self, actor_telegram_id: int, group_id: int) -> None:
        if not await self._community.can_manage(actor_telegram_id, group_id):
            raise NotAllowed("only the group's facilitators and coordinators may do this")

    async def _contact(
        self,
        session: AsyncSession,
        composer: RoundComposer,
        rnd: RoundView,
        member: Member,
        value: int,
        now: datetime,
    ) -> None:
        request = await session.scalar(
            select(ContactRequest).where(
                ContactRequest.round_id == rnd.id, ContactRequest.member_id == member.id
            )
        )
        if value != CONTACT_YES:
            if request is not None and request.status is ContactStatus.OPEN:
                request.status = ContactStatus.WITHDRAWN
            return
        if request is not None and request.status is not ContactStatus.WITHDRAWN:
            return  # already asked (open or handled): one alert is enough
        if request is None:
            request = ContactRequest(
                group_id=rnd.group_id,
                round_id=rnd.id,
                member_id=member.id,
                status=ContactStatus.OPEN,
                created_at=now,
            )
            session.add(request)
        else:
            request.status = ContactStatus.OPEN
            request.created_at = now
        await session.flush()
        parent = person_of(member, Role.PARENT)
        messages = [
            _outbox_row(
                f"contact:{request.id}:{staff.member_id}:{int(now.timestamp())}",
                staff,
                composer.contact_alert(rnd, staff, parent, request.id),
                now,
                now,
            )
            for staff in await _staff(session, rnd.group_id)
            if staff.role is Role.FACILITATOR
        ]
        if messages:
            await enqueue_rows(session, messages)

    async def _summarise(self, session: AsyncSession, round_id: int) -> RoundSummary:
        rows = (
            await session.execute(
                select(
                    CheckinResponse.id,
                    CheckinResponse.mood,
                    CheckinResponse.reflection,
                    CheckinResponse.contact,
                    CheckinResponse.answered_at,
                    Member.display_name,
                )
                .outerjoin(Member, Member.id == CheckinResponse.member_id)
                .where(CheckinResponse.round_id == round_id)
                .order_by(CheckinResponse.id)
            )
        ).all()
        moods = Counter(r.mood for r in rows if r.mood)
        reflections = Counter(r.reflection for r in rows if r.reflection)
        names = {r.id: r.display_name for r in rows}
        notes = (
            await session.execute(
                select(CheckinNote.response_id, CheckinNote.kind, CheckinNote.content)
                .where(CheckinNote.response_id.in_(names))
                .order_by(CheckinNote.id)
            )
        ).all()
        open_contacts = (
            (
                await session.execute(
                    select(Member.display_name)
                    .join(ContactRequest, ContactRequest.member_id == Member.id)
                    .where(
                        ContactRequest.round_id == round_id,
                        ContactRequest.status == ContactStatus.OPEN,
                    )
                    .order_by(ContactRequest.id)
                )
            )
            .scalars()
            .all()
        )
        return RoundSummary(
            invited=len(rows),
            answered=sum(1 for r in rows if r.answered_at is not None),
            moods={m: moods.get(m, 0) for m in MOODS},
            reflections={v: reflections.get(v, 0) for v in REFLECTIONS},
            notes=tuple(
                Note(kind, self._cipher.decrypt(content), names.get(rid))
                for rid, kind, content in notes
            ),
            open_contacts=tuple(open_contacts),
        )


# -- helpers ----------------------------------------------------------------------------


def _replace(view: ScheduleView, **changes: Any) -> ScheduleView:
    from dataclasses import replace

    return replace(view, **changes)


def _schedule_view(group: Group, stored: CheckinSchedule | None) -> ScheduleView:
    if stored is None:
        return ScheduleView(group.id, group.name, group.timezone)
    return ScheduleView(
        group.id,
        group.name,
        group.timezone,
        enabled=stored.enabled,
        weekday=stored.weekday,
        minute_of_day=stored.minute_of_day,
        window_hours=stored.window_hours,
        questions=tuple(stored.questions) if stored.questions else None,
    )


def _valid_question(item: dict[str, Any]) -> dict[str, Any]:
    """A custom question: a library key, or texts per language with a fallback language."""
    if "key" in item:
        return {"key": str(item["key"])}
    texts = {str(k): str(v).strip() for k, v in dict(item.get("texts", {})).items() if v}
    if not texts:
        raise ValueError("a question needs a text in at least one language")
    fallback = item.get("fallback") or next(iter(texts))
    if fallback not in texts:
        raise ValueError("the fallback language must have a text")
    return {"texts": texts, "fallback": fallback}


def _round_view(group: Group, round_id: int, rnd: CheckinRound | dict[str, Any]) -> RoundView:
    values: dict[str, Any] = (
        rnd
        if isinstance(rnd, dict)
        else {
            "scheduled_for": rnd.scheduled_for,
            "closes_at": rnd.closes_at,
            "sequence": rnd.sequence,
            "source": rnd.source,
            "question": rnd.question,
        }
    )
    return RoundView(
        id=round_id,
        group_id=group.id,
        group_name=group.name,
        timezone=group.timezone,
        default_locale=group.default_locale,
        scheduled_for=values["scheduled_for"],
        closes_at=values["closes_at"],
        sequence=values["sequence"],
        source=values["source"],
        question=values["question"] or {},
    )


async def _round_views(session: AsyncSession, round_ids: list[int]) -> dict[int, RoundView]:
    rows = await session.execute(
        select(CheckinRound, Group)
        .join(Group, Group.id == CheckinRound.group_id)
        .where(CheckinRound.id.in_(round_ids))
    )
    return {rnd.id: _round_view(group, rnd.id, rnd) for rnd, group in rows.all()}


async def _staff(session: AsyncSession, group_id: int) -> list[Person]:
    """The group's facilitators and volunteers (who get summaries; only facilitators alerts)."""
    rows = await session.execute(
        select(Member, Membership.role)
        .join(Membership, Membership.member_id == Member.id)
        .where(
            Membership.group_id == group_id,
            Membership.role.in_([Role.FACILITATOR, Role.VOLUNTEER]),
            Membership.active.is_(True),
        )
        .order_by(Member.id)
    )
    return [person_of(member, role) for member, role in rows.all()]


async def _response_of(
    session: AsyncSession, telegram_user_id: int, round_id: int
) -> tuple[CheckinResponse, Member, CheckinRound, Group] | None:
    row = (
        await session.execute(
            select(CheckinResponse, Member, CheckinRound, Group)
            .join(Member, Member.id == CheckinResponse.member_id)
            .join(CheckinRound, CheckinRound.id == CheckinResponse.round_id)
            .join(Group, Group.id == CheckinRound.group_id)
            .where(
                and_(
                    Member.telegram_user_id == telegram_user_id,
                    CheckinResponse.round_id == round_id,
                )
            )
        )
    ).one_or_none()
    if row is None:
        return None
    response, member, rnd, group = row
    return response, member, rnd, group


def _figures_only(summary: RoundSummary) -> RoundSummary:
    """What volunteers see: the figures, no words and no names."""
    return RoundSummary(
        invited=summary.invited,
        answered=summary.answered,
        moods=summary.moods,
        reflections=summary.reflections,
        notes=(),
        open_contacts=tuple(None for _ in summary.open_contacts),
    )


def _outbox_row(
    dedupe_key: str,
    person: Person,
    payload: Payload,
    send_at: datetime,
    now: datetime,
    *,
    prompt: bool = False,
    method: str = "sendMessage",
) -> dict[str, Any]:
    return outbox_row(
        dedupe_key,
        person.telegram_user_id,
        person.member_id,
        payload,
        send_at,
        now,
        prompt=prompt,
        method=method,
    )
