"""Moderation in the group chat: rules for newcomers, the check chain on every message,
flags and safeguarding alerts to facilitators, /report, facilitators' commands and /rules.

The facilitators' private side is elsewhere: the audit log in `moderation_log`, the
settings and word lists in `moderation_settings`. Every word and button written here comes
from `bot.render.moderation`; this module decides and sends.

It protects and does not police: messages are deleted only for unambiguous insults aimed
at someone, floods and links from brand-new members, always with a kind private word;
worrying messages are never deleted but reach the facilitators; when Kring is not sure (a
word that is also an animal, a parent calling herself names, a parent quoting her child)
it asks the facilitators privately with one-tap buttons and changes nothing in the chat;
Kring never bans on its own.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from telegram import (
    Chat,
    ChatMember,
    ChatMemberUpdated,
    ChatPermissions,
    Message,
    Update,
    User,
)
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.i18n import Translator
from bot.render import Reply
from bot.render import moderation as words
from bot.render.moderation import AGREE, ALERT_TEXT, FLAG, REPORT, Joiner
from handlers.callbacks import parse
from handlers.context import KringContext
from handlers.context import linked_group as _linked_group
from handlers.keyboards import reply_to, send
from handlers.moderation import Chain, ChainSettings, Finding, MessageFacts, Verdict
from storage.community import GroupView, NotAllowed
from storage.enums import Role
from storage.moderation import REPORTS_PER_HOUR, ActionView, ModerationConfig
from storage.outbox import NewMessage

log = logging.getLogger(__name__)

CHAINS_KEY = "kring.moderation.chains"
WELCOMES_KEY = "kring.moderation.welcomes"
USERNAMES_KEY = "kring.moderation.usernames"
WELCOME_DELAY_KEY = "kring.moderation.welcome_delay"
WELCOME_DELAY_S = 2.0  # joins within this time share one welcome message
MODERATION_GROUP = 1  # its own handler group: every group message is checked
# Links in plain text, for clients that send no entity: a scheme, "www.", a t.me address,
# or a domain with a real top-level domain *and a path*. "word.Net" or "Thanks.Me" typed
# without a space is a sentence, not a link; Telegram marks real links as entities anyway.
LINK = re.compile(
    r"https?://\S|\bwww\.[a-z0-9-]+\.[a-z]{2,}|\b(?:t|telegram)\.me/\w"
    r"|\b[a-z0-9-]{2,}\.(?:com|nl|be|org|net|info|io|me|ly|gg|xyz|ru|app|shop|site|link)/\S",
    re.IGNORECASE,
)
MUTE_UNITS = {"m": 1, "h": 60, "d": 1440}
# Refusals that admin rights would not cure: the message is already gone (the member deleted
# it first), or the member is an admin of the chat. No "make me an admin" for these.
NOT_ABOUT_RIGHTS = ("not found", "is an administrator", "can't remove chat owner")
SILENT = ChatPermissions(
    can_send_messages=False,
    can_send_audios=False,
    can_send_documents=False,
    can_send_photos=False,
    can_send_videos=False,
    can_send_video_notes=False,
    can_send_voice_notes=False,
    can_send_polls=False,
    can_send_other_messages=False,
    can_add_web_page_previews=False,
)
SPEAKING = ChatPermissions(
    can_send_messages=True,
    can_send_audios=True,
    can_send_documents=True,
    can_send_photos=True,
    can_send_videos=True,
    can_send_video_notes=True,
    can_send_voice_notes=True,
    can_send_polls=True,
    can_send_other_messages=True,
    can_add_web_page_previews=True,
)


def message_link(chat_id: int, message_id: int | None) -> str | None:
    """A t.me link to a message in a supergroup (ordinary groups have none)."""
    text = str(chat_id)
    if message_id is None or not text.startswith("-100"):
        return None
    return f"https://t.me/c/{text[4:]}/{message_id}"


# -- helpers ---------------------------------------------------------------------------------


def _chain(context: KringContext, config: ModerationConfig) -> Chain:
    """The group's check chain, built once per settings version (the flood check keeps
    its recent-message memory inside it)."""
    chains: dict[int, tuple[str, Chain]] = context.application.bot_data.setdefault(CHAINS_KEY, {})
    cached = chains.get(config.group_id)
    if cached is not None and cached[0] == config.version:
        return cached[1]
    chain = Chain.from_settings(
        ChainSettings(
            flood_enabled=config.flood_enabled,
            flood_max_messages=config.flood_max_messages,
            flood_window_seconds=float(config.flood_window_s),
            newcomer_enabled=config.newcomer_enabled,
            newcomer_hours=float(config.newcomer_hours),
            safeguarding_enabled=config.safeguarding_enabled,
            word_list_enabled=config.words_enabled,
        ),
        extra_words=config.extra_words or None,
        allowed_words=config.allowed_words or None,
    )
    chains[config.group_id] = (config.version, chain)
    return chain


# A staff notice in one reader's language: the reader's translator and whether they may
# read members' words.
Notice = Callable[[Translator, bool], Reply]


async def _staff_notice(
    context: KringContext, group: GroupView, key: str, build: Notice, urgent: bool = True
) -> None:
    """A private message to each facilitator of the group (its coordinators while it has
    none), in their language."""
    staff = await context.services.community.responsible(group.id)
    messages = []
    for person in staff:
        tr = context.services.catalogs.resolve(person.locale, group.default_locale)
        # A coordinator told while the group has no facilitator reads who and why and can
        # open the message in the chat, but Kring never hands them a member's words.
        payload = build(tr, person.reads_words).payload()
        messages.append(
            NewMessage(f"{key}:{person.telegram_user_id}", person.telegram_user_id, payload)
        )
    await context.services.outbox.enqueue(messages)


async def _missing_rights(context: KringContext, group: GroupView, what: str) -> None:
    """Tell the facilitators (at most once an hour) that Kring needs admin rights."""
    hour = context.services.clock().strftime("%Y%m%d%H")

    def build(tr: Translator, _: bool) -> Reply:
        return words.missing_rights(tr, what, group.name)

    await _staff_notice(context, group, f"rights:{group.id}:{hour}", build)


async def attempt(context: KringContext, group: GroupView, what: str, call: Any) -> bool:
    """Run a Bot API call that needs admin rights; on refusal tell the facilitators."""
    try:
        await call
        return True
    except (BadRequest, Forbidden) as exc:
        log.info("moderation call refused in chat %s: %s", group.telegram_chat_id, exc)
        if not any(part in str(exc).lower() for part in NOT_ABOUT_RIGHTS):
            await _missing_rights(context, group, what)
        return False


async def _private_word(
    context: KringContext,
    group: GroupView,
    user: User,
    key: str,
    text_of: Callable[[Translator], str],
) -> None:
    """A kind private message to a member (through the outbox; they may never have
    opened a private chat, then Telegram refuses and nothing more happens)."""
    member = await context.services.members.find(user.id)
    tr = context.services.catalogs.resolve(
        member.locale if member else None, user.language_code, group.default_locale
    )
    await context.services.outbox.enqueue(
        [
            NewMessage(
                key,
                user.id,
                Reply(text_of(tr)).payload(),
                member_id=member.id if member else None,
            )
        ]
    )


async def _warn(
    context: KringContext,
    group: GroupView,
    chat_id: int,
    user: User,
    reason: str,
    actor: int | None,
) -> tuple[ActionView, bool]:
    """Record a warning; at the group's threshold, mute for the group's time. Returns the
    warning and whether it led to a mute."""
    service = context.services.moderation
    config = await service.config(group.id)
    warning = await service.record(
        group.id,
        chat_id,
        "warn",
        actor=actor,
        target=user.id,
        target_name=user.first_name,
        reason=reason,
    )
    count = await service.warnings(group.id, user.id)
    if count < config.warn_threshold:
        return warning, False
    await _mute(context, group, chat_id, user, config.mute_minutes, "warnings", actor)
    return warning, True


async def _mute(
    context: KringContext,
    group: GroupView,
    chat_id: int,
    user: User,
    minutes: int,
    reason: str,
    actor: int | None,
) -> bool:
    until = context.services.clock() + timedelta(minutes=minutes)
    done = await attempt(
        context,
        group,
        "restrict",
        context.bot.restrict_chat_member(
            chat_id, user.id, SILENT, until_date=until, use_independent_chat_permissions=True
        ),
    )
    if done:
        await context.services.moderation.record(
            group.id,
            chat_id,
            "mute",
            actor=actor,
            target=user.id,
            target_name=user.first_name,
            reason=reason,
            until=until,
        )
    return done


# -- newcomers and the rules ---------------------------------------------------------------


async def newcomers(update: Update, context: KringContext) -> None:
    """Someone joined the linked chat (a service message): see `_joined`."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None or not message.new_chat_members:
        return
    _remember_usernames(context, chat.id, list(message.new_chat_members))
    await _joined(context, chat.id, list(message.new_chat_members))


async def member_changed(update: Update, context: KringContext) -> None:
    """A `chat_member` update: a join that came without a service message (large groups,
    joins by link or request) gets the same welcome and checks, once."""
    changed = update.chat_member
    if changed is None or not _is_join(changed):
        return
    person = changed.new_chat_member.user
    _remember_usernames(context, changed.chat.id, [person])
    await _joined(context, changed.chat.id, [person])


def _is_join(changed: ChatMemberUpdated) -> bool:
    return not _inside(changed.old_chat_member) and _inside(changed.new_chat_member)


def _inside(member: ChatMember) -> bool:
    if member.status in (ChatMember.OWNER, ChatMember.ADMINISTRATOR, ChatMember.MEMBER):
        return True
    return member.status == ChatMember.RESTRICTED and bool(getattr(member, "is_member", False))


async def _joined(context: KringContext, chat_id: int, people: list[User]) -> None:
    """Newcomers: the newcomer clock starts, they can read but not write until they agree
    to the rules (if the group wants that), and one welcome greets everyone who joined
    within `WELCOME_DELAY_S`. A join seen twice (service message and `chat_member`) counts
    once. Restricting is a moderation call and never waits behind messages."""
    group = await _linked_group(context, chat_id)
    if group is None:
        return
    service = context.services.moderation
    config = await service.config(group.id)
    fresh = []
    for person in people:
        if person.is_bot:
            continue
        staff = await service.role_in(person.id, group.id) in {Role.FACILITATOR, Role.VOLUNTEER}
        new = await service.joined(group.id, person.id, agreed=staff or not config.rules_required)
        if not new or staff:
            continue
        if config.rules_required:
            await attempt(
                context,
                group,
                "restrict",
                context.bot.restrict_chat_member(
                    chat_id, person.id, SILENT, use_independent_chat_permissions=True
                ),
            )
        fresh.append(Joiner(person.id, person.first_name, person.language_code))
    if not fresh:
        return
    pending: dict[int, list[Joiner]] = context.application.bot_data.setdefault(WELCOMES_KEY, {})
    waiting = pending.get(group.id)
    if waiting is not None:
        waiting.extend(fresh)  # a welcome is on its way: these names join it
        return
    pending[group.id] = list(fresh)
    delay = float(context.application.bot_data.get(WELCOME_DELAY_KEY, WELCOME_DELAY_S))
    context.application.create_task(
        _welcome_later(context, group, chat_id, delay), name=f"kring-welcome-{group.id}"
    )


async def _welcome_later(
    context: KringContext, group: GroupView, chat_id: int, delay: float
) -> None:
    """After `delay`, one welcome for everyone who joined meanwhile."""
    await asyncio.sleep(delay)
    pending: dict[int, list[Joiner]] = context.application.bot_data.get(WELCOMES_KEY, {})
    joiners = pending.pop(group.id, [])
    try:
        claimed = set(await context.services.moderation.claim_welcomes(
            group.id, [j.user_id for j in joiners]
        ))  # fmt: skip
        joiners = [j for j in joiners if j.user_id in claimed]
        if not joiners:
            return
        config = await context.services.moderation.config(group.id)
        reply = words.welcome(
            context.services.catalogs, config, group, joiners, context.bot.username
        )
        await send(context, chat_id, reply)
    except TelegramError:
        log.warning("could not welcome newcomers in chat %s", chat_id, exc_info=True)
    except Exception:
        log.exception("welcoming newcomers in chat %s failed", chat_id)


def _remember_usernames(context: KringContext, chat_id: int, people: list[User]) -> None:
    """Usernames of people seen in a chat (memory only): an @mention of one of them is not
    a link to another chat."""
    seen: dict[int, set[str]] = context.application.bot_data.setdefault(USERNAMES_KEY, {})
    names = seen.setdefault(chat_id, set())
    for person in people:
        if person.username and len(names) < 5_000:
            names.add(person.username.lower())


async def agree_tapped(update: Update, context: KringContext) -> None:
    """ "I agree to the group rules": only a newcomer who has not agreed yet can tap it
    (the button of an older, one-person welcome names that person)."""
    query = update.callback_query
    tap = parse(query.data, AGREE) if query is not None else None
    if query is None or tap is None:
        return
    tr = context.tr
    # Digits of any length: a user id that is not theirs is "not for you", whatever its size.
    raw_group, raw_user = tap.text(0), tap.rest(1)
    if not (raw_group.isdigit() and raw_user.isdigit()):
        await query.answer(words.button_gone(tr))
        return
    for_anyone = int(raw_user) == 0
    if not for_anyone and int(raw_user) != query.from_user.id:
        await query.answer(words.not_for_you(tr), show_alert=True)
        return
    group_id = tap.number(0)
    group = await context.services.community.group(group_id) if group_id is not None else None
    if group is None or group.telegram_chat_id is None:
        await query.answer(words.button_gone(tr))
        return
    service = context.services.moderation
    if for_anyone and not await service.needs_agreement(group.id, query.from_user.id):
        await query.answer(words.not_for_you(tr), show_alert=True)
        return
    await service.agree(group.id, query.from_user.id)
    await attempt(
        context,
        group,
        "restrict",
        context.bot.restrict_chat_member(
            group.telegram_chat_id,
            query.from_user.id,
            SPEAKING,
            use_independent_chat_permissions=True,
        ),
    )
    await query.answer(words.can_write_now(tr), show_alert=True)


# -- every group message ---------------------------------------------------------------------


def facts_of(
    message: Message,
    joined_at: datetime | None,
    is_edit: bool,
    known_usernames: set[str] | frozenset[str] = frozenset(),
) -> MessageFacts:
    """What the checks need, from a Telegram message.

    A link is what Telegram marks as one (`url`, `text_link`), an @mention of someone not
    seen in this chat (most likely another chat or channel), or a strict plain-text link.
    """
    text = message.text or message.caption or ""
    entities = list(message.entities or ()) + list(message.caption_entities or ())
    has_link = any(e.type in ("url", "text_link") for e in entities)
    if not has_link:
        for entity in entities:
            if entity.type == "mention":
                name = (
                    message.parse_entity(entity)
                    if message.text
                    else message.parse_caption_entity(entity)
                )
                if name.lstrip("@").lower() not in known_usernames:
                    has_link = True
                    break
    has_link = has_link or bool(LINK.search(text))
    origin = message.forward_origin
    user = message.from_user
    assert user is not None
    return MessageFacts(
        text=text,
        chat_id=message.chat.id,
        user_id=user.id,
        sent_at=message.edit_date or message.date,
        member_joined_at=joined_at,
        has_link=has_link,
        is_forward=origin is not None,
        forward_from_channel=origin is not None and origin.type == "channel",
        locale=user.language_code,
        is_edit=is_edit,
        media_group_id=message.media_group_id,
    )


async def check_message(update: Update, context: KringContext) -> None:
    """Run the group's check chain on a message (new or edited) and act on the verdict."""
    message = update.message or update.edited_message
    chat = update.effective_chat
    if message is None or chat is None or message.from_user is None:
        return
    user = message.from_user
    if user.is_bot or (message.sender_chat is not None and message.sender_chat.id == chat.id):
        return  # bots and the group's anonymous admins
    group = await _linked_group(context, chat.id)
    if group is None:
        return
    _remember_usernames(context, chat.id, [user])
    service = context.services.moderation
    if await service.role_in(user.id, group.id) in {Role.FACILITATOR, Role.VOLUNTEER}:
        return  # staff are not checked
    config = await service.config(group.id)
    joined_at = await service.joined_at(group.id, user.id)
    known = context.application.bot_data.get(USERNAMES_KEY, {}).get(chat.id, frozenset())
    facts = facts_of(message, joined_at, update.edited_message is not None, known)
    finding = _chain(context, config).decide(facts)
    if finding is None:
        return
    if finding.verdict is Verdict.ALERT:
        await _safeguarding_alert(context, group, config, message, finding.reason)
    elif finding.verdict is Verdict.FLAG:
        await _flag(context, group, message, finding)
    elif finding.verdict is Verdict.DELETE:
        await _remove(context, group, config, message, finding)


async def _remove(
    context: KringContext,
    group: GroupView,
    config: ModerationConfig,
    message: Message,
    finding: Finding,
) -> None:
    """Delete the message; one line in the log that is also a warning (once per flood
    burst), and a kind private word if the deletion happened."""
    user = message.from_user
    assert user is not None
    service = context.services.moderation
    first_of_burst = True
    if finding.reason == "flood" and finding.detail.isdigit():
        began = datetime.fromtimestamp(int(finding.detail), tz=message.date.tzinfo)
        first_of_burst = not await service.burst_handled(group.id, user.id, began)
    deleted = await attempt(context, group, "delete", message.delete())
    action = await service.record(
        group.id,
        message.chat.id,
        "delete" if deleted else "flag",
        target=user.id,
        target_name=user.first_name,
        reason=finding.reason,
        message_id=message.message_id,
        warned=first_of_burst,
        term=finding.term,
        excerpt=message.text or message.caption,
    )
    if not first_of_burst:
        return
    muted = False
    if await service.warnings(group.id, user.id) >= config.warn_threshold:
        muted = await _mute(
            context, group, message.chat.id, user, config.mute_minutes, "warnings", None
        )

    def explain(tr: Translator) -> str:
        return words.removed_note(tr, user.first_name, group.name, finding.reason, config, muted)

    if deleted:  # "I removed your message" must be true
        await _private_word(context, group, user, f"modnote:{action.id}", explain)


async def _flag(
    context: KringContext, group: GroupView, message: Message, finding: Finding
) -> None:
    """Not sure: the facilitators decide, privately, with one tap. Nothing changes in the
    chat and the member is not told or warned."""
    user = message.from_user
    assert user is not None
    text = message.text or message.caption or ""
    action = await context.services.moderation.record(
        group.id,
        message.chat.id,
        "flag",
        target=user.id,
        target_name=user.first_name,
        reason=finding.reason,
        message_id=message.message_id,
        term=finding.term,
        excerpt=text,
    )
    link = message_link(message.chat.id, message.message_id)

    def build(tr: Translator, reads_words: bool) -> Reply:
        return words.flag(
            tr, group.name, user.first_name, finding.reason, text, words=reads_words,
            action_id=action.id, term=finding.term, url=link,
        )  # fmt: skip

    await _staff_notice(context, group, f"modflag:{action.id}", build)


async def flag_tapped(update: Update, context: KringContext) -> None:
    """A facilitator's decision on a flagged message (the first tap counts)."""
    query = update.callback_query
    tap = parse(query.data, FLAG) if query is not None else None
    if query is None or tap is None:
        return
    tr = context.tr
    action_id, op = tap.number(0), tap.rest(1)
    service = context.services.moderation
    flagged = await service.action(action_id) if action_id is not None else None
    if flagged is None or flagged.action != "flag" or op not in {"del", "warn", "ok", "allow"}:
        await query.answer(words.button_gone(tr))
        return
    if await service.role_in(query.from_user.id, flagged.group_id) is not Role.FACILITATOR:
        await query.answer(words.only_facilitators(tr), show_alert=True)
        return
    group = await context.services.community.group(flagged.group_id)
    if group is None:
        await query.answer(words.button_gone(tr))
        return
    if not await service.resolve(flagged.id):
        await query.answer(words.already_decided(tr), show_alert=True)
        return
    actor = query.from_user.id
    target = User(flagged.target_telegram_id or 0, flagged.target_name or "?", False)
    if op == "del" and flagged.message_id is not None:
        if await attempt(
            context,
            group,
            "delete",
            context.bot.delete_message(flagged.chat_id, flagged.message_id),
        ):
            await service.record(
                group.id,
                flagged.chat_id,
                "delete",
                actor=actor,
                target=target.id,
                target_name=target.first_name,
                reason=flagged.reason,
                message_id=flagged.message_id,
                term=flagged.term,
            )
        outcome = words.deleted(tr)
    elif op == "warn":
        _, muted = await _warn(context, group, flagged.chat_id, target, flagged.reason, actor)
        outcome = words.warned(tr, target.first_name, muted)
    elif op == "allow" and flagged.term:
        try:
            await service.allow_word(actor, group.id, flagged.term)
        except (NotAllowed, ValueError):
            await query.answer(words.only_facilitators(tr), show_alert=True)
            return
        outcome = words.word_allowed(tr, group.name)
    else:
        await service.record(
            group.id,
            flagged.chat_id,
            "dismiss",
            actor=actor,
            target=target.id,
            target_name=target.first_name,
            reason=flagged.reason,
        )
        outcome = words.left_as_it_is(tr)
    await query.answer(words.plain(outcome))
    try:
        await query.edit_message_reply_markup(None)
        if query.message is not None:
            await send(context, query.message.chat.id, Reply(outcome))
    except TelegramError:
        log.debug("could not update a flag message", exc_info=True)


async def _safeguarding_alert(
    context: KringContext,
    group: GroupView,
    config: ModerationConfig,
    message: Message,
    reason: str,
) -> None:
    """A worrying message: it stays, every facilitator is told privately, and (if the group
    wants it) the writer gets a warm private word with where to find help. Never a warning,
    never "hurtful words", whatever else the message contains."""
    user = message.from_user
    assert user is not None
    text = (message.text or message.caption or "")[:ALERT_TEXT]
    action = await context.services.moderation.record(
        group.id,
        message.chat.id,
        "alert",
        target=user.id,
        target_name=user.first_name,
        reason=reason,
        message_id=message.message_id,
        excerpt=text,
    )
    link = message_link(message.chat.id, message.message_id)

    def build(tr: Translator, reads_words: bool) -> Reply:
        return words.safeguarding_alert(
            tr, group.name, reason, user.id, user.first_name, text, reads_words, link
        )

    await _staff_notice(context, group, f"safeguarding:{action.id}", build)
    if config.support_note:
        await _private_word(
            context, group, user, f"support:{action.id}", lambda tr: words.support_text(tr, group)
        )


async def _in_linked_chat(
    update: Update, context: KringContext
) -> tuple[Message, Chat, User, GroupView, Translator] | None:
    """A command in a linked group chat: its message, chat, sender, group and the
    sender's language (None when the chat is not linked to a group)."""
    message = update.effective_message
    chat = update.effective_chat
    user = update.effective_user
    if message is None or chat is None or user is None:
        return None
    group = await _linked_group(context, chat.id)
    if group is None:
        return None
    tr = context.services.catalogs.resolve(user.language_code, group.default_locale)
    return message, chat, user, group, tr


# -- /report ---------------------------------------------------------------------------------


async def report(update: Update, context: KringContext) -> None:
    """/report as a reply: the facilitators get the message with one-tap actions."""
    found = await _in_linked_chat(update, context)
    if found is None:
        return
    message, chat, user, group, tr = found
    reported = message.reply_to_message
    if reported is None or reported.from_user is None:
        await reply_to(message, words.report_usage(tr))
        return
    service = context.services.moderation
    if await service.reports_last_hour(group.id, user.id) >= REPORTS_PER_HOUR:
        await reply_to(message, words.too_many_reports(tr))
        return
    reason = " ".join(context.args or [])[:200]
    target = reported.from_user
    action = await service.record(
        group.id,
        chat.id,
        "report",
        actor=user.id,
        target=target.id,
        target_name=target.first_name,
        reason=reason,
        message_id=reported.message_id,
    )
    text = (reported.text or reported.caption or "")[:1000]

    def build(tr: Translator, reads_words: bool) -> Reply:
        return words.report_notice(
            tr, group.name, target.first_name, text, reason, reads_words, action.id
        )

    await _staff_notice(context, group, f"report:{action.id}", build)
    # The report stays discreet: the command disappears from the chat if Kring may delete.
    try:
        await message.delete()
    except TelegramError:
        log.debug("could not remove a /report command", exc_info=True)
    await _private_word(
        context,
        group,
        user,
        f"reported:{action.id}",
        lambda tr: words.report_thanks(tr, group.name),
    )


async def report_action(update: Update, context: KringContext) -> None:
    """A facilitator's tap on a report: delete, warn, mute 1 hour or dismiss."""
    query = update.callback_query
    tap = parse(query.data, REPORT) if query is not None else None
    if query is None or tap is None:
        return
    tr = context.tr
    action_id, op = tap.number(0), tap.rest(1)
    service = context.services.moderation
    report_row = await service.action(action_id) if action_id is not None else None
    if report_row is None or op not in {"del", "warn", "mute", "dis"}:
        await query.answer(words.button_gone(tr))
        return
    if await service.role_in(query.from_user.id, report_row.group_id) is not Role.FACILITATOR:
        await query.answer(words.only_facilitators(tr), show_alert=True)
        return
    group = await context.services.community.group(report_row.group_id)
    assert group is not None
    chat_id = report_row.chat_id
    target = User(report_row.target_telegram_id or 0, report_row.target_name or "?", False)
    actor = query.from_user.id
    if op == "del" and report_row.message_id is not None:
        if await attempt(
            context, group, "delete", context.bot.delete_message(chat_id, report_row.message_id)
        ):
            await service.record(
                group.id,
                chat_id,
                "delete",
                actor=actor,
                target=target.id,
                target_name=target.first_name,
                reason="report",
                message_id=report_row.message_id,
            )
        outcome = words.deleted(tr)
    elif op == "warn":
        await _warn(context, group, chat_id, target, "report", actor)
        outcome = words.warned(tr, target.first_name)
    elif op == "mute":
        await _mute(context, group, chat_id, target, 60, "report", actor)
        outcome = words.muted_for_an_hour(tr, target.first_name)
    else:
        await service.record(
            group.id,
            chat_id,
            "dismiss",
            actor=actor,
            target=target.id,
            target_name=target.first_name,
            reason="report",
        )
        outcome = words.report_dismissed(tr)
    await query.answer(outcome)
    try:
        await query.edit_message_reply_markup(None)
        if query.message is not None:
            await send(context, query.message.chat.id, Reply(outcome))
    except TelegramError:
        log.debug("could not update a report message", exc_info=True)


# -- facilitators' commands in the group -----------------------------------------------------


def parse_duration(text: str) -> int | None:
    """'30m', '2h', '1d' (or a bare number of minutes) in minutes; None if unreadable."""
    match = re.fullmatch(r"(\d{1,4})([mhd]?)", text.strip().lower())
    if not match:
        return None
    minutes = int(match.group(1)) * MUTE_UNITS.get(match.group(2) or "m", 1)
    return minutes if 1 <= minutes <= 366 * 1440 else None


async def staff_command(update: Update, context: KringContext) -> None:
    """/warn, /mute <time>, /unmute, /ban, /unban, as a reply to a member's message."""
    found = await _in_linked_chat(update, context)
    if found is None or not found[0].text:
        return
    message, chat, user, group, tr = found
    assert message.text is not None
    command = message.text.split()[0].lstrip("/").split("@")[0].lower()
    service = context.services.moderation
    if await service.role_in(user.id, group.id) is not Role.FACILITATOR:
        await reply_to(message, Reply(words.only_facilitators(tr), html=False))
        return
    target_message = message.reply_to_message
    if target_message is None or target_message.from_user is None:
        await reply_to(message, words.staff_reply_usage(tr))
        return
    target = target_message.from_user
    args = list(context.args or [])
    if command == "mute":
        minutes = parse_duration(args[0]) if args else 60
        if args and minutes is not None:
            args = args[1:]
        if minutes is None:
            minutes = 60
        reason = " ".join(args)[:200]
        if await _mute(context, group, chat.id, target, minutes, reason, user.id):
            await reply_to(message, words.staff_muted(tr, target.first_name, minutes))
        return
    reason = " ".join(args)[:200]

    async def log_action(action: str) -> None:
        await service.record(
            group.id,
            chat.id,
            action,
            actor=user.id,
            target=target.id,
            target_name=target.first_name,
            reason=reason,
        )

    if command == "warn":
        _, muted = await _warn(context, group, chat.id, target, reason, user.id)
        await reply_to(message, Reply(words.warned(tr, target.first_name, muted)))
    elif command == "unmute":
        if await attempt(
            context,
            group,
            "restrict",
            context.bot.restrict_chat_member(
                chat.id, target.id, SPEAKING, use_independent_chat_permissions=True
            ),
        ):
            await log_action("unmute")
            await reply_to(message, words.unmuted(tr, target.first_name))
    elif command == "ban":
        if await attempt(context, group, "ban", context.bot.ban_chat_member(chat.id, target.id)):
            await log_action("ban")
            await reply_to(message, words.banned(tr, target.first_name))
    elif command == "unban":
        if await attempt(
            context,
            group,
            "ban",
            context.bot.unban_chat_member(chat.id, target.id, only_if_banned=True),
        ):
            await log_action("unban")
            await reply_to(message, words.unbanned(tr, target.first_name))


# -- /rules in the group chat ----------------------------------------------------------------


async def show_rules(update: Update, context: KringContext) -> None:
    """/rules in the group chat: the rules in the asker's language."""
    found = await _in_linked_chat(update, context)
    if found is None:
        return
    message, _, _, group, tr = found
    config = await context.services.moderation.config(group.id)
    await reply_to(message, words.rules(tr, config, group.default_locale))


def register(application: Application) -> None:
    """Add the group chat's moderation handlers."""
    groups = filters.ChatType.GROUPS
    application.add_handler(CommandHandler("report", report, filters=groups))
    application.add_handler(
        CommandHandler(["warn", "mute", "unmute", "ban", "unban"], staff_command, filters=groups)
    )
    application.add_handler(CommandHandler("rules", show_rules, filters=groups))
    application.add_handler(CallbackQueryHandler(agree_tapped, pattern=f"^{AGREE}"))
    application.add_handler(CallbackQueryHandler(report_action, pattern=f"^{REPORT}"))
    application.add_handler(CallbackQueryHandler(flag_tapped, pattern=f"^{FLAG}"))
    application.add_handler(
        MessageHandler(groups & filters.StatusUpdate.NEW_CHAT_MEMBERS, newcomers)
    )
    application.add_handler(ChatMemberHandler(member_changed, ChatMemberHandler.CHAT_MEMBER))
    checked = groups & ~filters.COMMAND & ~filters.StatusUpdate.ALL
    application.add_handler(
        MessageHandler(checked & filters.UpdateType.MESSAGES, check_message),
        group=MODERATION_GROUP,
    )
