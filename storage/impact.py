"""Impact over the years (issue 16): trajectories and the paired impact report.

The report is two aggregate queries (pairs of answers summed per group, source and pair
of moments; parents asked and answered per group and moment) and the pure arithmetic of
`storage.impact_stats`; no answer row is loaded into Python, so an organisation's five
years cost about the same as one group's.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import ColumnElement, and_, case, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import aliased

from storage.audience import Payload, Person, person_of, prefs_of, prompts_this_week
from storage.crypto import AnswerCipher, InvalidToken
from storage.db import insert_ignoring_conflicts
from storage.delivery_policy import decide
from storage.impact_moments import Kind, Moment, Plan, Stay, due_moments
from storage.impact_stats import (
    PAIRS,
    REPORTED,
    SOURCES,
    AskedKey,
    AskedSums,
    ImpactReport,
    OrganisationImpact,
    PairKey,
    PairSums,
    ProjectImpact,
    group_report,
    organisation_report,
    project_report,
)
from storage.models import (
    FollowUpConsent,
    Group,
    ImpactAnswer,
    ImpactMoment,
    ImpactNote,
    ImpactParticipant,
    ImpactQuestion,
    Member,
    Membership,
    MomentKind,
    Organisation,
    Project,
    ProjectOrganisation,
    Role,
    Trajectory,
)
from storage.outbox import enqueue_rows, outbox_row
from storage.types import utcnow


class ImpactService:
    """Trajectories and the impact report; each method owns its transaction."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        clock: Callable[[], datetime] = utcnow,
        cipher: AnswerCipher | None = None,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._cipher = cipher  # words after the questions; only the bot's service has it

    async def ask_due(self, composer: ImpactComposer) -> AskResult:
        """Enrol the parents of groups with a trajectory and send each moment that is due,
        once, through the outbox (a break or a full week makes it wait, quiet hours delay
        it; it counts towards the weekly limit); then one gentle reminder, at most, for a
        moment nobody has tapped after `REMIND_AFTER` (by the same rules)."""
        now = self._clock()
        async with self._sessions.begin() as session:
            result = await _ask_due(session, composer, now)
            reminded, waiting = await _remind_unanswered(session, composer, now)
        return AskResult(result.enrolled, result.sent, result.waiting + waiting, reminded)

    async def answer(
        self, telegram_user_id: int, moment_id: int, source: str, scale: int
    ) -> TapOutcome:
        """One tap (1-5, or 0: skipped) for one source; what to ask next."""
        if source not in SOURCES or not 0 <= scale <= 5:
            return TapOutcome(TapStatus.UNKNOWN)
        now = self._clock()
        async with self._sessions.begin() as session:
            found = await _moment_of(session, telegram_user_id, moment_id, now)
            if found is None:
                return TapOutcome(TapStatus.UNKNOWN)
            moment, participant, member, group = found
            answers = {
                a.source: a
                for a in await session.scalars(
                    select(ImpactAnswer).where(ImpactAnswer.moment_id == moment.id)
                )
            }
            if source in answers:
                answers[source].scale = scale
            else:
                answers[source] = ImpactAnswer(moment_id=moment.id, source=source, scale=scale)
                session.add(answers[source])
            if scale > 0 and moment.answered_at is None:
                moment.answered_at = now
            next_source = next((s for s in SOURCES if s not in answers), None)
            ask_follow_up = False
            if next_source is None and moment.kind == MomentKind.END:
                ask_follow_up = (
                    await session.scalar(
                        select(FollowUpConsent.id).where(
                            FollowUpConsent.trajectory_id == participant.trajectory_id,
                            FollowUpConsent.member_id == member.id,
                        )
                    )
                ) is None
            own = (await _own_questions(session, [group.organisation_id])).get(
                group.organisation_id, {}
            )
            return TapOutcome(TapStatus.SAVED, _moment_view(moment, group, own), next_source,
                              ask_follow_up)  # fmt: skip

    async def follow_up(self, telegram_user_id: int, moment_id: int, agreed: bool) -> TapOutcome:
        """The answer to "may we ask you once more in a year?", asked at the end."""
        now = self._clock()
        async with self._sessions.begin() as session:
            found = await _moment_of(session, telegram_user_id, moment_id, now)
            if found is None or found[0].kind != MomentKind.END:
                return TapOutcome(TapStatus.UNKNOWN)
            moment, participant, member, group = found
            consent = await session.scalar(
                select(FollowUpConsent).where(
                    FollowUpConsent.trajectory_id == participant.trajectory_id,
                    FollowUpConsent.member_id == member.id,
                )
            )
            if consent is None:
                consent = FollowUpConsent(
                    trajectory_id=participant.trajectory_id, member_id=member.id
                )
                session.add(consent)
            consent.agreed, consent.answered_at = agreed, now
            return TapOutcome(TapStatus.SAVED, _moment_view(moment, group))

    async def add_note(
        self, telegram_user_id: int, moment_id: int, kind: str, content: str
    ) -> NoteOutcome:
        """Keep words or a voice note a parent sent after a moment's questions (encrypted)."""
        if kind not in {"text", "voice"}:
            raise ValueError("a note is text or voice")
        if self._cipher is None:
            raise RuntimeError("words are kept only with the answer key")
        now = self._clock()
        async with self._sessions.begin() as session:
            found = await _moment_of(session, telegram_user_id, moment_id, now)
            if found is None:
                return NoteOutcome(TapStatus.UNKNOWN)
            moment, _, _, group = found
            count = await session.scalar(
                select(func.count()).where(ImpactNote.moment_id == moment.id)
            )
            if (count or 0) >= MAX_NOTES_PER_MOMENT:
                return NoteOutcome(TapStatus.TOO_MANY, group.name)
            session.add(
                ImpactNote(
                    moment_id=moment.id,
                    kind=kind,
                    content=self._cipher.encrypt(content[:MAX_NOTE_CHARS]),
                    created_at=now,
                )
            )
        return NoteOutcome(TapStatus.SAVED, group.name)

    async def words_for(self, telegram_user_id: int) -> list[ImpactWords]:
        """The words parents sent after the questions in the groups this person facilitates
        (never a coordinator's or a volunteer's), newest first: the last `LAST_WORDS`."""
        async with self._sessions() as session:
            groups = (
                select(Membership.group_id)
                .join(Member, Member.id == Membership.member_id)
                .where(
                    Member.telegram_user_id == telegram_user_id,
                    Membership.active.is_(True),
                    Membership.role == Role.FACILITATOR,
                )
            )
            parent = aliased(Member)
            rows = (
                await session.execute(
                    select(
                        Group.name,
                        parent.display_name,
                        ImpactMoment.kind,
                        ImpactNote.kind,
                        ImpactNote.content,
                        ImpactNote.created_at,
                    )
                    .select_from(ImpactNote)
                    .join(ImpactMoment, ImpactMoment.id == ImpactNote.moment_id)
                    .join(ImpactParticipant, ImpactParticipant.id == ImpactMoment.participant_id)
                    .outerjoin(parent, parent.id == ImpactParticipant.member_id)
                    .join(Trajectory, Trajectory.id == ImpactParticipant.trajectory_id)
                    .join(Group, Group.id == Trajectory.group_id)
                    .where(Trajectory.group_id.in_(groups.scalar_subquery()))
                    .order_by(ImpactNote.created_at.desc(), ImpactNote.id.desc())
                    .limit(LAST_WORDS)
                )
            ).all()
        found = []
        for group_name, name, moment_kind, kind, content, created_at in rows:
            plain = self._open(content)
            if plain is not None:
                found.append(ImpactWords(group_name, name, str(moment_kind), kind, plain,
                                         created_at))  # fmt: skip
        return found

    async def purge_notes(self, older_than: timedelta) -> int:
        """Delete words and voice references older than the retention period (the one-tap
        numbers stay: the report needs them, and they name nobody)."""
        cutoff = self._clock() - older_than
        async with self._sessions.begin() as session:
            result = await session.execute(delete(ImpactNote).where(ImpactNote.created_at < cutoff))
            return int(getattr(result, "rowcount", 0) or 0)

    def _open(self, token: str) -> str | None:
        """The words behind a stored token; None without the key or with another one."""
        if self._cipher is None:
            return None
        try:
            return self._cipher.decrypt(token)
        except (InvalidToken, ValueError):
            return None

    async def coordinated(self, telegram_user_id: int) -> list[tuple[int, str]]:
        """The organisations this person coordinates (id, name), whose questions they set."""
        async with self._sessions() as session:
            rows = await session.execute(
                select(Organisation.id, Organisation.name)
                .join(Membership, Membership.organisation_id == Organisation.id)
                .join(Member, Member.id == Membership.member_id)
                .where(
                    Member.telegram_user_id == telegram_user_id,
                    Membership.active.is_(True),
                    Membership.role == Role.COORDINATOR,
                )
                .distinct()
                .order_by(Organisation.name, Organisation.id)
            )
            return [(i, n) for i, n in rows.all()]

    async def own_questions(self, organisation_id: int) -> dict[str, dict[str, str]]:
        """An organisation's own wording of the questions: source -> language -> text."""
        async with self._sessions() as session:
            return (await _own_questions(session, [organisation_id])).get(organisation_id, {})

    async def set_question(
        self,
        telegram_user_id: int,
        organisation_id: int,
        source: str,
        locale: str,
        text: str | None,
    ) -> bool:
        """A coordinator words one question in one language (None: the library's again).
        False when they do not coordinate the organisation or the source is unknown."""
        if source not in SOURCES:
            return False
        if organisation_id not in {o for o, _ in await self.coordinated(telegram_user_id)}:
            return False
        wording = " ".join((text or "").split())[:MAX_QUESTION_CHARS]
        async with self._sessions.begin() as session:
            row = await session.scalar(
                select(ImpactQuestion).where(
                    ImpactQuestion.organisation_id == organisation_id,
                    ImpactQuestion.source == source,
                    ImpactQuestion.locale == locale,
                )
            )
            if not wording:
                if row is not None:
                    await session.delete(row)
                return True
            if row is None:
                session.add(ImpactQuestion(organisation_id=organisation_id, source=source,
                                           locale=locale, text=wording))  # fmt: skip
            else:
                row.text = wording
        return True

    async def set_trajectory(self, group_id: int, starts_on: date, ends_on: date | None) -> int:
        """Set (or change) a group's trajectory; `ends_on` None is open ended. Its id."""
        if ends_on is not None and ends_on <= starts_on:
            raise ValueError("a trajectory ends after it starts")
        async with self._sessions.begin() as session:
            trajectory = await session.scalar(
                select(Trajectory).where(Trajectory.group_id == group_id)
            )
            if trajectory is None:
                trajectory = Trajectory(group_id=group_id)
                session.add(trajectory)
            trajectory.starts_on, trajectory.ends_on = starts_on, ends_on
            await session.flush()
            return trajectory.id

    async def organisation_report(self, organisation_id: int) -> OrganisationImpact:
        """The organisation's paired report beside each of its groups' (small numbers hidden)."""
        async with self._sessions() as session:
            groups = (
                await session.scalars(
                    select(Trajectory.group_id)
                    .join(Group, Group.id == Trajectory.group_id)
                    .where(Group.organisation_id == organisation_id)
                )
            ).all()
            in_scope = Group.organisation_id == organisation_id
            pairs = await _pair_sums(session, in_scope)
            asked = await _asked_sums(session, in_scope)
        return organisation_report(groups, pairs, asked)

    async def project_report(self, project_id: int) -> ProjectImpact:
        """A project's paired report over all its organisations' groups, beside each
        organisation's report as its own page shows it (small numbers hidden)."""
        async with self._sessions() as session:
            organisations = list(
                (
                    await session.scalars(
                        select(ProjectOrganisation.organisation_id).where(
                            ProjectOrganisation.project_id == project_id
                        )
                    )
                ).all()
            )
            in_scope = Group.organisation_id.in_(organisations)
            tracked = dict(
                (
                    await session.execute(
                        select(Trajectory.group_id, Group.organisation_id)
                        .join(Group, Group.id == Trajectory.group_id)
                        .where(in_scope)
                    )
                ).all()
            )
            pairs = await _pair_sums(session, in_scope)
            asked = await _asked_sums(session, in_scope)
        own: dict[int, ImpactReport] = {}
        for organisation in organisations:
            groups = [g for g, o in tracked.items() if o == organisation]
            own[organisation] = organisation_report(
                groups,
                {k: v for k, v in pairs.items() if tracked.get(k[0]) == organisation},
                {k: v for k, v in asked.items() if tracked.get(k[0]) == organisation},
            ).organisation
        by_pairs: dict[PairKey, PairSums] = {}
        for (group, source, before, after), sums in pairs.items():
            key = (tracked[group], source, before, after)
            by_pairs[key] = by_pairs.get(key, PairSums()) + sums
        by_asked: dict[AskedKey, AskedSums] = {}
        for (group, kind), counted in asked.items():
            found = (tracked[group], kind)
            by_asked[found] = by_asked.get(found, AskedSums()) + counted
        return project_report(own, by_pairs, by_asked)

    async def projects_of(self, organisation_ids: Iterable[int]) -> list[tuple[int, str]]:
        """The projects (id, name) these organisations take part in."""
        ids = sorted(set(organisation_ids))
        if not ids:
            return []
        async with self._sessions() as session:
            rows = await session.execute(
                select(Project.id, Project.name)
                .join(ProjectOrganisation, ProjectOrganisation.project_id == Project.id)
                .where(ProjectOrganisation.organisation_id.in_(ids))
                .distinct()
                .order_by(Project.name, Project.id)
            )
            return [(i, n) for i, n in rows.all()]

    async def project_organisations(self, project_id: int) -> dict[int, str]:
        """A project's organisations, id -> name."""
        async with self._sessions() as session:
            rows = await session.execute(
                select(Organisation.id, Organisation.name)
                .join(ProjectOrganisation, ProjectOrganisation.organisation_id == Organisation.id)
                .where(ProjectOrganisation.project_id == project_id)
                .order_by(Organisation.id)
            )
            return {i: n for i, n in rows.all()}

    async def add_to_project(self, project: str, organisation: str) -> tuple[int, int]:
        """An operator adds an organisation (its name, or its number) to a project (made
        when new); (project id, organisation id). LookupError: no such organisation, or
        several of that name."""
        async with self._sessions.begin() as session:
            query = select(Organisation.id)
            if organisation.isdigit():
                query = query.where(Organisation.id == int(organisation))
            else:
                query = query.where(Organisation.name == organisation)
            found = (await session.scalars(query)).all()
            if len(found) != 1:
                raise LookupError(
                    f"{len(found)} organisations are called {organisation!r}"
                    if found
                    else f"no organisation {organisation!r}"
                )
            row = await session.scalar(select(Project).where(Project.name == project))
            if row is None:
                row = Project(name=project)
                session.add(row)
                await session.flush()
            known = await session.get(ProjectOrganisation, (row.id, found[0]))
            if known is None:
                session.add(ProjectOrganisation(project_id=row.id, organisation_id=found[0]))
            return row.id, found[0]

    async def reports_for(self, telegram_user_id: int) -> list[NamedReport]:
        """The reports a person reads in /impact: each organisation they coordinate, then
        each group they facilitate outside those organisations (empty: neither)."""
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    select(Membership.role, Membership.organisation_id, Membership.group_id)
                    .join(Member, Member.id == Membership.member_id)
                    .where(
                        Member.telegram_user_id == telegram_user_id,
                        Membership.active.is_(True),
                        Membership.role.in_([Role.COORDINATOR, Role.FACILITATOR]),
                    )
                    .order_by(Membership.id)
                )
            ).all()
            organisations = [o for role, o, _ in rows if role == Role.COORDINATOR and o]
            groups = [g for role, _, g in rows if role == Role.FACILITATOR and g]
            names = dict(
                (
                    await session.execute(
                        select(Organisation.id, Organisation.name).where(
                            Organisation.id.in_(organisations)
                        )
                    )
                ).all()
            )
            facilitated = (
                await session.execute(
                    select(Group.id, Group.name, Group.organisation_id, Trajectory.id)
                    .outerjoin(Trajectory, Trajectory.group_id == Group.id)
                    .where(Group.id.in_(groups))
                    .order_by(Group.name, Group.id)
                )
            ).all()
        found = []
        for organisation_id in organisations:
            whole = await self.organisation_report(organisation_id)
            found.append(
                NamedReport(names.get(organisation_id, ""), None, whole.organisation,
                            bool(whole.groups))
            )  # fmt: skip
        for group_id, name, organisation_id, trajectory_id in facilitated:
            if organisation_id in organisations:
                continue  # already in their organisation's report
            found.append(
                NamedReport(name, group_id, await self.group_report(group_id),
                            trajectory_id is not None)
            )  # fmt: skip
        return found

    async def export(self, telegram_user_id: int) -> list[dict[str, Any]]:
        """A parent's own impact answers for /mydata: per moment they were asked, the group,
        the moment, when, and each answer (1-5; 0: skipped)."""
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    select(ImpactMoment, Group.name)
                    .join(ImpactParticipant, ImpactParticipant.id == ImpactMoment.participant_id)
                    .join(Member, Member.id == ImpactParticipant.member_id)
                    .join(Trajectory, Trajectory.id == ImpactParticipant.trajectory_id)
                    .join(Group, Group.id == Trajectory.group_id)
                    .where(
                        Member.telegram_user_id == telegram_user_id,
                        ImpactMoment.sent_at.is_not(None),
                    )
                    .order_by(ImpactMoment.sent_at, ImpactMoment.id)
                )
            ).all()
            answers: dict[int, dict[str, int]] = {}
            words: dict[int, list[dict[str, str]]] = {}
            ids = [moment.id for moment, _ in rows]
            for start in range(0, len(ids), 500):
                found = await session.execute(
                    select(ImpactAnswer.moment_id, ImpactAnswer.source, ImpactAnswer.scale).where(
                        ImpactAnswer.moment_id.in_(ids[start : start + 500])
                    )
                )
                for moment_id, source, scale in found.all():
                    answers.setdefault(moment_id, {})[source] = scale
                notes = await session.execute(
                    select(ImpactNote.moment_id, ImpactNote.kind, ImpactNote.content)
                    .where(ImpactNote.moment_id.in_(ids[start : start + 500]))
                    .order_by(ImpactNote.id)
                )
                for moment_id, kind, content in notes.all():
                    plain = self._open(content)
                    if plain is not None:
                        words.setdefault(moment_id, []).append({"kind": kind, "content": plain})
        return [
            {
                "group": name,
                "moment": str(moment.kind),
                "asked_on": moment.sent_at.isoformat() if moment.sent_at else None,
                "answers": [
                    {"source": source, "answer": answers[moment.id][source]}
                    for source in SOURCES
                    if source in answers.get(moment.id, {})
                ],
                "words": words.get(moment.id, []),
            }
            for moment, name in rows
        ]

    async def group_report(self, group_id: int) -> ImpactReport:
        """One group's paired report (small numbers hidden)."""
        async with self._sessions() as session:
            in_scope = Group.id == group_id
            pairs = await _pair_sums(session, in_scope)
            asked = await _asked_sums(session, in_scope)
        return group_report(
            group_id,
            {(s, b, a): sums for (_, s, b, a), sums in pairs.items()},
            {kind: sums for (_, kind), sums in asked.items()},
        )


async def _pair_sums(
    session: AsyncSession, in_scope: ColumnElement[bool]
) -> dict[PairKey, PairSums]:
    """Per group, source and pair of moments: the parents who answered the source at both
    (1-5; a skip is 0 and no answer), with the sums and the counts of up, same, down."""
    first, then = aliased(ImpactMoment), aliased(ImpactMoment)
    was, now = aliased(ImpactAnswer), aliased(ImpactAnswer)
    pairs = or_(*(and_(first.kind == b, then.kind == a) for b, a in PAIRS))
    rows = await session.execute(
        select(
            Trajectory.group_id,
            was.source,
            first.kind,
            then.kind,
            func.count(),
            func.sum(was.scale),
            func.sum(now.scale),
            func.sum(case((now.scale > was.scale, 1), else_=0)),
            func.sum(case((now.scale == was.scale, 1), else_=0)),
            func.sum(case((now.scale < was.scale, 1), else_=0)),
        )
        .select_from(Trajectory)
        .join(Group, Group.id == Trajectory.group_id)
        .join(ImpactParticipant, ImpactParticipant.trajectory_id == Trajectory.id)
        .join(first, first.participant_id == ImpactParticipant.id)
        .join(then, then.participant_id == ImpactParticipant.id)
        .join(was, was.moment_id == first.id)
        .join(now, and_(now.moment_id == then.id, now.source == was.source))
        .where(
            in_scope,
            first.kind.in_([MomentKind.INTAKE, MomentKind.END]),
            then.kind.in_([MomentKind.END, MomentKind.FOLLOW_UP]),
            pairs,
            was.scale > 0,
            now.scale > 0,
        )
        .group_by(Trajectory.group_id, was.source, first.kind, then.kind)
    )
    return {
        (group, source, str(before), str(after)): PairSums(
            int(n), int(b), int(a), int(up), int(same), int(down)
        )
        for group, source, before, after, n, b, a, up, same, down in rows.all()
    }


async def _asked_sums(
    session: AsyncSession, in_scope: ColumnElement[bool]
) -> dict[AskedKey, AskedSums]:
    """Per group and reported moment: parents asked (sent) and parents who answered."""
    rows = await session.execute(
        select(
            Trajectory.group_id,
            ImpactMoment.kind,
            func.count(ImpactMoment.sent_at),
            func.count(ImpactMoment.answered_at),
        )
        .select_from(Trajectory)
        .join(Group, Group.id == Trajectory.group_id)
        .join(ImpactParticipant, ImpactParticipant.trajectory_id == Trajectory.id)
        .join(ImpactMoment, ImpactMoment.participant_id == ImpactParticipant.id)
        .where(in_scope, ImpactMoment.kind.in_(REPORTED))
        .group_by(Trajectory.group_id, ImpactMoment.kind)
    )
    return {
        (group, str(kind)): AskedSums(int(asked), int(answered))
        for group, kind, asked, answered in rows.all()
    }


# -- asking parents (the sweep) and their taps ---------------------------------------------


ANSWER_OPEN = timedelta(days=30)  # how long a moment's buttons keep working after it was sent
REMIND_AFTER = timedelta(days=4)  # a moment not tapped this long after it went: one reminder
REMIND_UNTIL = timedelta(days=14)  # no reminder later than this (a break may hold it so long)
MAX_NOTES_PER_MOMENT = 20  # words and voice notes kept after one moment's questions
MAX_NOTE_CHARS = 4096
MAX_QUESTION_CHARS = 300  # an organisation's own wording of one question
LAST_WORDS = 50  # what /impact shows a facilitator of the words after the questions


@dataclass(frozen=True, slots=True)
class MomentView:
    """What the messages of one moment need."""

    id: int
    kind: str  # a MomentKind value
    group_name: str
    default_locale: str
    timezone: str
    # The organisation's own wording, source -> language -> text (none: the library's).
    questions: Mapping[str, Mapping[str, str]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class NamedReport:
    """A report with its title: an organisation's (`group_id` None) or one group's.
    `tracked`: the group has a trajectory (or the organisation a group with one)."""

    title: str
    group_id: int | None
    report: ImpactReport
    tracked: bool


class ImpactComposer(Protocol):
    """The impact questions in each reader's language (see handlers.impact)."""

    def invitation(self, moment: MomentView, person: Person) -> Payload:
        """A few warm words and the first question, with the one-tap scale and "skip"."""

    def reminder(self, moment: MomentView, person: Person) -> Payload:
        """One gentle reminder, with the first question again."""


class TapStatus(enum.Enum):
    """What became of a tap."""

    SAVED = "saved"
    UNKNOWN = "unknown"  # not theirs, not sent, or too old: the button no longer works
    TOO_MANY = "too_many"  # words beyond what one moment keeps


@dataclass(frozen=True, slots=True)
class NoteOutcome:
    """After words or a voice note: kept or not, and the group's name to thank in."""

    status: TapStatus
    group_name: str = ""


@dataclass(frozen=True, slots=True)
class ImpactWords:
    """Words (or a voice note's file id) a parent sent after the questions, decrypted, for
    the group's facilitators."""

    group_name: str
    parent_name: str | None  # None after /forget would have removed them (never shown)
    moment: str  # a MomentKind value
    kind: str  # "text" or "voice"
    content: str
    sent_at: datetime


@dataclass(frozen=True, slots=True)
class TapOutcome:
    """After a tap: the next source to ask (None: all six answered or skipped), and whether
    to ask "may we ask you once more in a year?" (the end moment, not yet answered)."""

    status: TapStatus
    moment: MomentView | None = None
    next_source: str | None = None
    ask_follow_up: bool = False


@dataclass(frozen=True, slots=True)
class AskResult:
    """What one sweep did: participants enrolled, moments sent, moments or reminders
    waiting (a break or a full week: they go when it allows, while they are not stale),
    reminders sent."""

    enrolled: int = 0
    sent: int = 0
    waiting: int = 0
    reminded: int = 0


async def _sync_participants(
    session: AsyncSession, trajectories: dict[int, tuple[Trajectory, Group]], now: datetime
) -> int:
    """Every consenting parent of a group with a trajectory becomes its participant (joined
    when their membership began); one who is no longer in the group has left now."""
    by_group = {group.id: trajectory.id for trajectory, group in trajectories.values()}
    active: dict[tuple[int, int], datetime] = {}
    for start in range(0, len(by_group), 500):
        rows = await session.execute(
            select(Membership.group_id, Membership.member_id, func.min(Membership.created_at))
            .join(Member, Member.id == Membership.member_id)
            .where(
                Membership.group_id.in_(list(by_group)[start : start + 500]),
                Membership.role == Role.PARENT,
                Membership.active.is_(True),
                Member.consent_given_at.is_not(None),
            )
            .group_by(Membership.group_id, Membership.member_id)
        )
        for group_id, member_id, joined in rows.all():
            active[(by_group[group_id or 0], member_id)] = joined
    known: dict[tuple[int, int], ImpactParticipant] = {}
    for start in range(0, len(trajectories), 500):
        found = await session.scalars(
            select(ImpactParticipant).where(
                ImpactParticipant.trajectory_id.in_(list(trajectories)[start : start + 500]),
                ImpactParticipant.member_id.is_not(None),
            )
        )
        known.update({(p.trajectory_id, p.member_id or 0): p for p in found.all()})
    for key, participant in known.items():
        if key not in active and participant.left_at is None:
            participant.left_at = now
        elif key in active and participant.left_at is not None:
            participant.left_at = None  # back in the group
    new = [
        {"trajectory_id": t, "member_id": m, "joined_at": min(joined, now)}
        for (t, m), joined in active.items()
        if (t, m) not in known
    ]
    for start in range(0, len(new), 500):
        await session.execute(
            insert_ignoring_conflicts(session, ImpactParticipant), new[start : start + 500]
        )
    await session.flush()
    return len(new)


async def _ask_due(session: AsyncSession, composer: ImpactComposer, now: datetime) -> AskResult:
    trajectories = {
        t.id: (t, g)
        for t, g in (
            await session.execute(
                select(Trajectory, Group).join(Group, Group.id == Trajectory.group_id)
            )
        ).all()
    }
    if not trajectories:
        return AskResult()
    enrolled = await _sync_participants(session, trajectories, now)
    rows = (
        await session.execute(
            select(ImpactParticipant, Member)
            .join(Member, Member.id == ImpactParticipant.member_id)
            .where(ImpactParticipant.trajectory_id.in_(list(trajectories)))
            .order_by(ImpactParticipant.id)
        )
    ).all()
    done: dict[int, set[tuple[Kind, int]]] = {}
    consents: dict[tuple[int, int], bool] = {}
    ids = [p.id for p, _ in rows]
    for start in range(0, len(ids), 500):
        found = await session.execute(
            select(ImpactMoment.participant_id, ImpactMoment.kind, ImpactMoment.sequence).where(
                ImpactMoment.participant_id.in_(ids[start : start + 500])
            )
        )
        for participant_id, kind, sequence in found.all():
            done.setdefault(participant_id, set()).add((Kind(str(kind)), int(sequence)))
    agreed = await session.execute(
        select(FollowUpConsent.trajectory_id, FollowUpConsent.member_id, FollowUpConsent.agreed)
    )
    consents = {(t, m): bool(a) for t, m, a in agreed.all()}
    due: list[tuple[ImpactParticipant, Member, Moment]] = []
    for participant, member in rows:
        trajectory, group = trajectories[participant.trajectory_id]
        plan = Plan(trajectory.starts_on, trajectory.ends_on, group.timezone)
        stay = Stay(
            participant.joined_at,
            participant.left_at,
            consents.get((trajectory.id, member.id)),
            member.reachable,
        )
        for moment in due_moments(plan, stay, now, done.get(participant.id, ())):
            due.append((participant, member, moment))
    if not due:
        return AskResult(enrolled=enrolled)
    prompts = await prompts_this_week(session, [m.id for _, m, _ in due], now)
    own = await _own_questions(session, {g.organisation_id for _, g in trajectories.values()})
    sent = waiting = 0
    messages: list[dict[str, Any]] = []
    for participant, member, moment in due:
        trajectory, group = trajectories[participant.trajectory_id]
        decision = decide(
            prefs_of(member),
            now,
            group.timezone,
            prompts_this_week=prompts.get(member.id, 0),
            weekly_cap=group.prompt_cap_per_week,
        )
        if decision.send_at is None:
            waiting += 1  # a break or a full week: asked when it allows (unless stale)
            continue
        moment_id = await session.scalar(
            insert_ignoring_conflicts(session, ImpactMoment)
            .values(
                participant_id=participant.id,
                kind=MomentKind(moment.kind.value),
                sequence=moment.sequence,
                due_at=moment.due_at,
                sent_at=decision.send_at,
            )
            .returning(ImpactMoment.id)
        )
        if moment_id is None:
            continue  # another scheduler was faster
        view = MomentView(
            moment_id,
            moment.kind.value,
            group.name,
            group.default_locale,
            group.timezone,
            own.get(group.organisation_id, {}),
        )
        person = person_of(member, Role.PARENT)
        messages.append(
            outbox_row(
                f"impact:{moment_id}",
                member.telegram_user_id,
                member.id,
                composer.invitation(view, person),
                decision.send_at,
                now,
                prompt=True,
            )
        )
        prompts[member.id] = prompts.get(member.id, 0) + 1
        sent += 1
    if messages:
        await enqueue_rows(session, messages)
    return AskResult(enrolled=enrolled, sent=sent, waiting=waiting)


async def _remind_unanswered(
    session: AsyncSession, composer: ImpactComposer, now: datetime
) -> tuple[int, int]:
    """One reminder for each moment sent `REMIND_AFTER` ago that its parent has not tapped
    at all (not even "skip"), while they are in the group and reachable: through the
    outbox, counted towards the weekly limit, held by a break or a full week (until
    `REMIND_UNTIL`), delayed by quiet hours. Never a second one. (reminded, waiting)"""
    tapped = select(ImpactAnswer.id).where(ImpactAnswer.moment_id == ImpactMoment.id).exists()
    rows = (
        await session.execute(
            select(ImpactMoment, Member, Group)
            .join(ImpactParticipant, ImpactParticipant.id == ImpactMoment.participant_id)
            .join(Member, Member.id == ImpactParticipant.member_id)
            .join(Trajectory, Trajectory.id == ImpactParticipant.trajectory_id)
            .join(Group, Group.id == Trajectory.group_id)
            .where(
                ImpactMoment.sent_at <= now - REMIND_AFTER,
                ImpactMoment.sent_at > now - REMIND_UNTIL,
                ImpactMoment.answered_at.is_(None),
                ImpactMoment.reminded_at.is_(None),
                ImpactParticipant.left_at.is_(None),
                Member.reachable.is_(True),
                ~tapped,
            )
            .order_by(ImpactMoment.id)
        )
    ).all()
    if not rows:
        return 0, 0
    prompts = await prompts_this_week(session, [m.id for _, m, _ in rows], now)
    own = await _own_questions(session, {g.organisation_id for _, _, g in rows})
    reminded = waiting = 0
    messages: list[dict[str, Any]] = []
    for moment, member, group in rows:
        decision = decide(
            prefs_of(member),
            now,
            group.timezone,
            prompts_this_week=prompts.get(member.id, 0),
            weekly_cap=group.prompt_cap_per_week,
        )
        if decision.send_at is None:
            waiting += 1
            continue
        marked = await session.execute(
            update(ImpactMoment)
            .where(ImpactMoment.id == moment.id, ImpactMoment.reminded_at.is_(None))
            .values(reminded_at=decision.send_at)
            .execution_options(synchronize_session=False)
        )
        if not getattr(marked, "rowcount", 0):
            continue  # another scheduler was faster
        messages.append(
            outbox_row(
                f"impact-reminder:{moment.id}",
                member.telegram_user_id,
                member.id,
                composer.reminder(
                    _moment_view(moment, group, own.get(group.organisation_id, {})),
                    person_of(member, Role.PARENT),
                ),
                decision.send_at,
                now,
                prompt=True,
            )
        )
        prompts[member.id] = prompts.get(member.id, 0) + 1
        reminded += 1
    if messages:
        await enqueue_rows(session, messages)
    return reminded, waiting


async def _moment_of(
    session: AsyncSession, telegram_user_id: int, moment_id: int, now: datetime
) -> tuple[ImpactMoment, ImpactParticipant, Member, Group] | None:
    """The parent's own sent moment whose buttons still work."""
    row = (
        await session.execute(
            select(ImpactMoment, ImpactParticipant, Member, Group)
            .join(ImpactParticipant, ImpactParticipant.id == ImpactMoment.participant_id)
            .join(Member, Member.id == ImpactParticipant.member_id)
            .join(Trajectory, Trajectory.id == ImpactParticipant.trajectory_id)
            .join(Group, Group.id == Trajectory.group_id)
            .where(ImpactMoment.id == moment_id, Member.telegram_user_id == telegram_user_id)
        )
    ).one_or_none()
    if row is None:
        return None
    moment, participant, member, group = row
    if moment.sent_at is None or now - moment.sent_at > ANSWER_OPEN:
        return None
    return moment, participant, member, group


def _moment_view(
    moment: ImpactMoment, group: Group, own: Mapping[str, Mapping[str, str]] | None = None
) -> MomentView:
    return MomentView(moment.id, str(moment.kind), group.name, group.default_locale,
                      group.timezone, own or {})  # fmt: skip


async def _own_questions(
    session: AsyncSession, organisation_ids: Iterable[int]
) -> dict[int, dict[str, dict[str, str]]]:
    """Per organisation, its own wording of the questions: source -> language -> text."""
    ids = sorted(set(organisation_ids))
    if not ids:
        return {}
    rows = await session.execute(
        select(
            ImpactQuestion.organisation_id,
            ImpactQuestion.source,
            ImpactQuestion.locale,
            ImpactQuestion.text,
        ).where(ImpactQuestion.organisation_id.in_(ids))
    )
    found: dict[int, dict[str, dict[str, str]]] = {}
    for organisation_id, source, locale, text in rows.all():
        found.setdefault(organisation_id, {}).setdefault(source, {})[locale] = text
    return found
