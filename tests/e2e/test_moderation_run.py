"""Group-chat moderation through a real `kring run` and its webhook, against the loopback
fake Bot API: a coordinator who reads Arabic links a group chat; a Dutch mother discloses
violence with the word he calls her; an insult is deleted; a newcomer who arrives only as a
`chat_member` update is welcomed once; the coordinator reads /modlog in Arabic."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import httpx
import pytest

from bot.i18n import Catalogs
from tests.e2e.test_kring_run import (
    SECRET,
    clean_env,
    fake_api,  # noqa: F401  (fixture)
    kring_command,
    replies_to,
    start_kring,
    wait_until,
)
from tests.fakes import UpdateFactory
from tests.fakes.server import FakeBotAPIServer

pytestmark = pytest.mark.e2e
CHAT = -1_001_777_000_111


def test_a_groups_chat_moderated_through_kring_run(
    tmp_path: Path,
    fake_api: FakeBotAPIServer,  # noqa: F811
) -> None:
    coordinator, mother, rude, newcomer = 7_200_000_001, 7_200_000_002, 7_200_000_003, 7_200_000_004
    db_file = tmp_path / "kring.db"
    subprocess.run(
        [*kring_command(), "admin", "add-coordinator", "--organisation", "Buurtvrouwen",
         "--telegram-id", str(coordinator)],
        env=clean_env(DATABASE_URL=f"sqlite+aiosqlite:///{db_file}"), cwd=tmp_path,
        check=True, capture_output=True, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    kring, base = start_kring(tmp_path, fake_api, webhook=True)
    updates = UpdateFactory()
    api = fake_api.api
    ar = Catalogs.load("nl").get("ar")
    try:
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        with httpx.Client(base_url=base, timeout=5, headers=headers) as client:

            def post(update: dict[str, object]) -> None:
                assert client.post("/telegram/webhook", json=update).status_code == 200

            def in_group(user: int, text: str, name: str, lang: str) -> dict[str, object]:
                return updates.group_message(text, chat_id=CHAT, user_id=user,
                                             first_name=name, language_code=lang)  # fmt: skip

            # The coordinator chooses Arabic (Kring writes to her in it from then on).
            post(updates.command("start", user_id=coordinator, language_code="ar"))
            wait_until(lambda: len(replies_to(fake_api, coordinator)) >= 1, 10, "the start")
            started = api.sent_messages(coordinator)[-1].result["message_id"]
            post(updates.callback("lang:ar", user_id=coordinator, message_id=started,
                                  chat_id=coordinator, language_code="ar"))  # fmt: skip
            wait_until(lambda: bool(api.calls_to("editMessageText")), 10, "the language")
            post(updates.command("newgroup", "أمهات الشمال", user_id=coordinator,
                                 language_code="ar"))  # fmt: skip
            wait_until(lambda: len(replies_to(fake_api, coordinator)) >= 2, 10, "the group")
            post(updates.command("linkgroup", user_id=coordinator, language_code="ar"))
            wait_until(
                lambda: any("/link " in t for t in replies_to(fake_api, coordinator)),
                10,
                "a link code",
            )
            code = re.search(r"/link (\S+?)<", "".join(replies_to(fake_api, coordinator)))
            assert code is not None
            post(in_group(coordinator, f"/link {code.group(1)}", "Karima", "ar"))
            wait_until(lambda: bool(replies_to(fake_api, CHAT)), 10, "the chat linked")

            # A mother discloses violence, with the word he calls her: it stays.
            disclosure = in_group(
                mother, "mijn man noemt me een hoer en sloeg me gisteren, de kinderen zagen het",
                "Sanne", "nl",
            )  # fmt: skip
            post(disclosure)
            # An insult aimed at someone goes.
            insult = in_group(rude, "jij bent een vuile h*er", "Rob", "nl")
            post(insult)
            wait_until(lambda: bool(api.calls_to("deleteMessage")), 10, "the deletion")
            # A newcomer known only from a chat_member update is welcomed once.
            post(updates.chat_member(newcomer, chat_id=CHAT, first_name="Warsan",
                                     language_code="so"))  # fmt: skip
            wait_until(
                lambda: any("Warsan" in t for t in replies_to(fake_api, CHAT)), 10, "a welcome"
            )
            # The coordinator hears of the disclosure, privately, in Arabic.
            concern = ar.gettext("there may be violence at home")
            wait_until(
                lambda: any(concern in t for t in replies_to(fake_api, coordinator)),
                15,
                "the alert",
            )
            post(updates.command("modlog", user_id=coordinator, language_code="ar"))
            heading = ar.gettext("Moderation in {group}").split("{group}")[0]
            wait_until(
                lambda: any(heading in t for t in replies_to(fake_api, coordinator)),
                10,
                "the log",
            )
    except AssertionError:
        print(kring.log[-4000:])
        print(replies_to(fake_api, coordinator))
        raise
    finally:
        code_ = kring.terminate()
    assert code_ == 0, kring.log
    for call in api.calls:  # the transcript, for `pytest -s`
        if call.method in ("sendMessage", "editMessageText", "deleteMessage", "restrictChatMember"):
            print(call.method, call.chat_id, (call.text or "")[:300].replace("\n", " | "))
    [deleted] = api.calls_to("deleteMessage")
    assert deleted.params["message_id"] == insult["message"]["message_id"]  # type: ignore[index]
    restricted = [c.params["user_id"] for c in api.calls_to("restrictChatMember")]
    assert restricted == [newcomer]  # the newcomer reads along; nobody else is muted
    welcomes = [t for t in replies_to(fake_api, CHAT) if "Warsan" in t]
    assert len(welcomes) == 1
    log = next(t for t in replies_to(fake_api, coordinator) if heading in t)
    assert ar.gettext("an insult aimed at someone") in log
    assert "word_list" not in log and "safeguarding:" not in log
    assert "h*er" not in log  # a coordinator reads what happened, never a parent's words
    # Without a facilitator the coordinator hears of the disclosure, who wrote it and where
    # to open it, but Kring does not hand her the mother's words.
    [alert] = [t for t in replies_to(fake_api, coordinator) if concern in t and "⚠️" in t]
    assert "Sanne" in alert and "sloeg me" not in alert
    assert (
        ar.gettext(
            "(Coordinators do not read members' words here. Open the message in the group chat.)"
        )
        in alert
    )
