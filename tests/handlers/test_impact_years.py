"""Impact over the years, walked through the real client on a controllable clock (issue 16).

A three-year trajectory and the year after it. Five parents join at different times, in
five languages: Amina (ar) before the start, answers every time and says yes to once more
in a year; Elena (es) a month in, answers, says no; Bart (nl) five months in, never taps;
Ceren (tr) leaves after a year and a half; Deeq (so) uses /forget after two years. Kring
restarts (a new service) half way. The clock visits each interesting day twice, at 22:30
(quiet hours: nothing may arrive) and at 08:30; every message that arrives is sorted by
what it says, in its reader's language.

What must hold: each parent gets intake, six-monthly, end and (with a yes) follow-up
moments on the days the plan says (the morning after, as they fall due in the evening's
quiet hours), each once, in their language, never at night; a parent who taps nothing
gets one reminder per moment four days later, never two; nothing after leaving or
/forget; the follow-up only to Amina.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select, update

from bot.i18n import Translator
from bot.render.impact import ImpactMessages, opening, question_text
from handlers.context import Services
from storage.impact import REMIND_AFTER, ImpactService, MomentView
from storage.impact_moments import Kind, Plan, Stay, add_months, planned
from storage.impact_stats import SOURCES
from storage.models import ImpactParticipant, Member, Membership
from tests.clock import MONDAY_10, Clock
from tests.conftest import Database
from tests.fakes import ApiCall
from tests.handlers.test_journey import World, join, make_world
from tests.harness import BotHarness, bot_harness

AMS = ZoneInfo("Europe/Amsterdam")
AMINA, ELENA, BART, CEREN, DEEQ = (5_000_000_100 + i for i in range(5))
LANGS = {AMINA: "ar", ELENA: "es", BART: "nl", CEREN: "tr", DEEQ: "so"}
NAMES = {AMINA: "Amina", ELENA: "Elena", BART: "Bart", CEREN: "Ceren", DEEQ: "Deeq"}
REMINDER = "reminder"


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), AMS)


class Walk:
    """The world, the clock, and what each parent received."""

    def __init__(self, world: World, clock: Clock, plan: Plan) -> None:
        self.world, self.clock, self.plan = world, clock, plan
        self.service = world.bot.services.impact
        self.composer = world.bot.services.impact_composer
        self.arrived: dict[int, list[tuple[str, date]]] = defaultdict(list)
        self.at_night: list[ApiCall] = []

    @property
    def bot(self) -> BotHarness:
        return self.world.bot

    @property
    def services(self) -> Services:
        return self.bot.services

    def tr(self, user: int) -> Translator:
        return self.services.catalogs.get(LANGS[user])

    def kind_of(self, user: int, text: str) -> str:
        """What a message is: a moment's kind by its opening words, or the reminder."""
        tr = self.tr(user)
        assert question_text(tr, SOURCES[0]) in text, (user, text)  # in their language
        reminder = tr.gettext(
            "A small reminder from {group}: we would still like to hear how you are doing as "
            "a parent. Six short questions, one tap each. You may also skip them."
        )
        if max(reminder.split("{group}"), key=len) in text:
            return REMINDER
        for kind in Kind:
            view = MomentView(0, kind.value, "Moeders Noord", "nl", "Europe/Amsterdam")
            if opening(tr, view) in text:
                return kind.value
        raise AssertionError(f"an unknown message to {user}: {text}")

    async def visit(self, moment: datetime, answer: set[int], yes: set[int]) -> None:
        """Sweep and deliver at `moment`; parents in `answer` tap every question (and, in
        `yes`, yes to once more in a year; the others in `answer` no)."""
        self.clock.set(moment)
        await self.service.ask_due(self.composer)
        calls = await self.bot.deliver(until_idle=False)
        night = moment.astimezone(AMS).hour >= 21
        for call in calls:
            user = int(call.chat_id or 0)
            if user not in LANGS or call.method != "sendMessage":
                continue
            if night:
                self.at_night.append(call)
            kind = self.kind_of(user, call.text or "")
            self.arrived[user].append((kind, moment.astimezone(AMS).date()))
            if user in answer and kind != REMINDER:
                await self.answer(user, call, user in yes)

    async def answer(self, user: int, message: ApiCall, yes: bool) -> None:
        moment_id = int(message.buttons[0]["callback_data"].split(":")[1])
        last = message
        for index in range(len(SOURCES)):
            [*_, last] = await self.bot.send(
                self.bot.updates.callback(f"ia:{moment_id}:{index}:4", user_id=user,
                                          chat_id=user, message=message.result)
            )  # fmt: skip
        if "iaf:" in str(last.buttons):
            await self.bot.send(
                self.bot.updates.callback(f"iaf:{moment_id}:{1 if yes else 0}", user_id=user,
                                          chat_id=user, message=message.result)
            )  # fmt: skip

    async def stay_of(self, user: int) -> Stay | None:
        async with self.bot.db.sessions() as session:
            row = (
                await session.execute(
                    select(ImpactParticipant.joined_at, ImpactParticipant.left_at)
                    .join(Member, Member.id == ImpactParticipant.member_id)
                    .where(Member.telegram_user_id == user)
                )
            ).one_or_none()
        return None if row is None else Stay(row[0], row[1])


async def test_three_years_and_one_of_five_parents(sqlite_db: Database) -> None:
    clock = Clock(MONDAY_10)
    async with bot_harness(sqlite_db, clock=clock) as bot:
        world = await make_world(bot)
        start = (MONDAY_10 + timedelta(days=14)).astimezone(AMS).date()
        end = add_months(start, 36)
        plan = Plan(start, end)
        await bot.services.impact.set_trajectory(world.group_a, start, end)
        walk = Walk(world, clock, plan)

        joins = {AMINA: 0, DEEQ: 0, ELENA: 44, BART: 164, CEREN: 214}  # days from now
        left_on = {CEREN: start + timedelta(days=500)}
        forget_on = {DEEQ: start + timedelta(days=700)}
        restart_on = start + timedelta(days=400)
        follow_up = add_months(end, 12)
        # Every day something may happen, and the days after it (the invitation arrives the
        # next morning, a reminder four days after that).
        join_days = {u: (MONDAY_10 + timedelta(days=o)).astimezone(AMS).date()
                     for u, o in joins.items()}  # fmt: skip
        events = [*join_days.values(), *left_on.values(), *forget_on.values(), restart_on]
        events += [add_months(start, 6 * n) for n in range(7)] + [end, follow_up]
        days = {day + timedelta(days=n) for day in events for n in range(10)}
        answering, saying_yes = {AMINA, ELENA}, {AMINA}

        for day in sorted(days):
            await walk.visit(local(day, 8, 30), answering, saying_yes)
            for user, joined in join_days.items():
                if joined == day:
                    clock.set(local(day, 10))
                    await join(world, LANGS[user], user_id=user, name=NAMES[user])
            if day == restart_on:  # a new process on the same database
                walk.service = ImpactService(bot.db.sessions, clock)
                walk.composer = ImpactMessages(bot.services.catalogs)
            if left_on[CEREN] == day:
                async with bot.db.sessions.begin() as session:
                    member = select(Member.id).where(Member.telegram_user_id == CEREN)
                    await session.execute(
                        update(Membership)
                        .where(Membership.member_id == member.scalar_subquery())
                        .values(active=False)
                    )
            if forget_on[DEEQ] == day:
                clock.set(local(day, 12))
                await bot.send(bot.updates.command("forget", user_id=DEEQ))
                await bot.send(bot.updates.callback("forget:yes", user_id=DEEQ, message_id=1,
                                                    chat_id=DEEQ))  # fmt: skip
            await walk.visit(local(day, 22, 30), answering, saying_yes)

        assert walk.at_night == []  # quiet hours: never at 22:30
        until = local(max(days), 23)
        for user in (AMINA, ELENA, BART, CEREN):
            stay = await walk.stay_of(user)
            assert stay is not None, user
            consent = True if user == AMINA else None
            expected = [
                (m.kind.value, m.due_at.astimezone(AMS).date() + timedelta(days=1))
                for m in planned(plan, Stay(stay.joined_at, stay.left_at, consent), until)
            ]
            if user not in answering:  # one reminder each, four days after it arrived
                expected += [(REMINDER, d + REMIND_AFTER) for _, d in expected]
            assert sorted(walk.arrived[user], key=lambda a: (a[1], a[0])) == sorted(
                expected, key=lambda a: (a[1], a[0])
            ), user

        kinds = {u: [k for k, _ in walk.arrived[u]] for u in LANGS}
        # Amina: intake on the first day, every six months, the end, and a year later.
        assert kinds[AMINA] == ["intake"] + ["six_monthly"] * 5 + ["end", "follow_up"]
        assert "follow_up" not in kinds[ELENA] and kinds[ELENA][-1] == "end"
        assert "follow_up" not in kinds[BART]
        assert kinds[BART].count(REMINDER) == len(kinds[BART]) // 2 > 2
        # Ceren: nothing after she left; no end, no follow-up.
        assert all(d < left_on[CEREN] for _, d in walk.arrived[CEREN])
        assert "end" not in kinds[CEREN]
        # Deeq: nothing after /forget, and Kring no longer knows her.
        assert walk.arrived[DEEQ] and all(d <= forget_on[DEEQ] for _, d in walk.arrived[DEEQ])
        assert await walk.stay_of(DEEQ) is None
