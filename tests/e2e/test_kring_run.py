"""The real `kring run` process against the loopback fake Bot API."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from bot.i18n import Catalogs
from tests.fakes import ApiCall, FakeBotAPIServer, UpdateFactory
from tests.harness import TOKEN

pytestmark = pytest.mark.e2e

SECRET = "e2e_secret-TOKEN_42"
PARENT = 5_555_000_001


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def kring_command() -> list[str]:
    script = Path(sys.executable).with_name("kring")
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot"]


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of a fresh machine: no Kring settings but the ones given."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "KRING_"))}
    env.pop("DATABASE_URL", None)
    env.update(extra)
    return env


def wait_until(predicate: Callable[[], bool], within_s: float, what: str) -> None:
    deadline = time.monotonic() + within_s
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


class KringProcess:
    """A `kring run` child process with its output captured to a file."""

    def __init__(self, env: dict[str, str], cwd: Path) -> None:
        self.log_path = cwd / "kring.log"
        self._log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            [*kring_command(), "run"], env=env, cwd=cwd, stdout=self._log, stderr=subprocess.STDOUT
        )

    @property
    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def terminate(self, within_s: float = 20.0) -> int:
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(within_s)
        finally:
            self._log.close()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self._log.close()


@pytest.fixture
def fake_api() -> Iterator[FakeBotAPIServer]:
    with FakeBotAPIServer(token=TOKEN) as server:
        yield server


def start_kring(tmp_path: Path, fake: FakeBotAPIServer, *, webhook: bool, db_url: str | None = None
                ) -> tuple[KringProcess, str]:  # fmt: skip
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = clean_env(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=fake.base_url,
        DATABASE_URL=db_url or f"sqlite+aiosqlite:///{tmp_path / 'kring.db'}",
        KRING_PORT=str(port),
    )
    if db_url and db_url.startswith("postgresql"):
        env["KRING_SECRET_KEY"] = "e2e-shared-secret-0123456789"  # replicas need one key
    if webhook:
        env |= {
            "TELEGRAM_WEBHOOK_URL": f"{base}/telegram/webhook",
            "TELEGRAM_WEBHOOK_SECRET": SECRET,
        }
    kring = KringProcess(env, tmp_path)

    def healthy() -> bool:
        if kring.proc.poll() is not None:
            raise AssertionError(f"kring run exited early:\n{kring.log}")
        try:
            return httpx.get(f"{base}/healthz", timeout=1).status_code == 200
        except httpx.HTTPError:
            return False

    try:
        wait_until(healthy, 60, "kring run to serve /healthz")
    except BaseException:
        kring.kill()
        raise
    return kring, base


def replies_to(fake: FakeBotAPIServer, chat_id: int) -> list[str]:
    return [c.text for c in fake.api.sent_messages(chat_id)]


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_webhook_mode_end_to_end(
    tmp_path: Path, fake_api: FakeBotAPIServer, backend: str, request: pytest.FixtureRequest
) -> None:
    """Telegram posts updates; Kring answers in the right language; SIGTERM stops it cleanly."""
    db_url = request.getfixturevalue("postgres_url") if backend == "postgres" else None
    kring, base = start_kring(tmp_path, fake_api, webhook=True, db_url=db_url)
    updates = UpdateFactory()
    try:
        [hook] = fake_api.api.calls_to("setWebhook")
        assert hook.params["secret_token"] == SECRET
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        with httpx.Client(base_url=base, headers=headers, timeout=5) as client:
            start = updates.command(
                "start", user_id=PARENT, first_name="<b>Ay</b>", language_code="tr"
            )
            assert client.post("/telegram/webhook", json=start).status_code == 200
            assert client.post("/telegram/webhook", json=start).json()["outcome"] == "duplicate"
            assert client.post("/telegram/webhook", content=b"{oops").status_code == 400
            assert (
                client.post(
                    "/telegram/webhook",
                    json=start,
                    headers={"X-Telegram-Bot-Api-Secret-Token": "no"},
                ).status_code
                == 403
            )
            wait_until(lambda: len(replies_to(fake_api, PARENT)) >= 1, 10, "the welcome")
            welcome = replies_to(fake_api, PARENT)[0]
            assert "Ben Kring" in welcome and "&lt;b&gt;Ay&lt;/b&gt;" in welcome
            # Choose Somali with the button, then /help answers in Somali.
            message_id = fake_api.api.sent_messages(PARENT)[0].result["message_id"]
            tap = updates.callback("lang:so", user_id=PARENT, message_id=message_id,
                                   chat_id=PARENT, language_code="tr")  # fmt: skip
            assert client.post("/telegram/webhook", json=tap).status_code == 200
            wait_until(lambda: bool(fake_api.api.calls_to("editMessageText")), 10, "the edit")
            help_ = updates.command("help", user_id=PARENT, language_code="tr")
            assert client.post("/telegram/webhook", json=help_).status_code == 200
            wait_until(lambda: len(replies_to(fake_api, PARENT)) >= 2, 10, "help")
            assert replies_to(fake_api, PARENT)[1].startswith("Waa kuwan waxyaabaha")
    finally:
        code = kring.terminate()
    assert code == 0, kring.log
    assert "stopped cleanly" in kring.log
    assert len(replies_to(fake_api, PARENT)) == 2  # the duplicate was not answered


def test_polling_mode_end_to_end(tmp_path: Path, fake_api: FakeBotAPIServer) -> None:
    """Without a webhook URL, Kring long-polls: a newcomer needs only a token."""
    kring, _ = start_kring(tmp_path, fake_api, webhook=False)
    try:
        assert fake_api.api.calls_to("deleteWebhook")
        updates = UpdateFactory()
        fake_api.api.push_update(updates.command("help", user_id=PARENT, language_code="ar"))
        wait_until(lambda: bool(replies_to(fake_api, PARENT)), 15, "a reply by polling")
        assert replies_to(fake_api, PARENT)[0].startswith("هذا ما يمكنك فعله.")
    finally:
        code = kring.terminate()
    assert code == 0, kring.log
    assert (tmp_path / "kring.db").exists()


def test_without_a_token_kring_run_explains_and_exits_2(tmp_path: Path) -> None:
    result = subprocess.run(
        [*kring_command(), "run"], env=clean_env(), cwd=tmp_path, capture_output=True,
        text=True, timeout=60, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "@BotFather" in lines[0] and ".env" in lines[0]
    assert not (tmp_path / "kring.db").exists()  # nothing created before the check


def test_kring_migrate_creates_the_database(tmp_path: Path) -> None:
    result = subprocess.run(
        [*kring_command(), "migrate"], env=clean_env(), cwd=tmp_path, capture_output=True,
        text=True, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "kring.db").exists()


def test_kring_admin_bootstraps_the_first_coordinator(tmp_path: Path) -> None:
    command = [
        *kring_command(), "--log-level", "WARNING", "admin", "add-coordinator",
        "--organisation", "Stichting Buurtmoeders", "--telegram-id", "7123456789",
    ]  # fmt: skip
    for _ in range(2):  # running it twice changes nothing the second time
        result = subprocess.run(command, env=clean_env(), cwd=tmp_path, capture_output=True,
                                text=True, timeout=120, stdin=subprocess.DEVNULL)  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert "7123456789 is coordinator of 'Stichting Buurtmoeders'" in result.stdout
    with sqlite3.connect(tmp_path / "kring.db") as conn:
        rows = conn.execute(
            "SELECT m.telegram_user_id, ms.role, o.name FROM memberships ms "
            "JOIN members m ON m.id = ms.member_id "
            "JOIN organisations o ON o.id = ms.organisation_id"
        ).fetchall()
    assert rows == [(7123456789, "coordinator", "Stichting Buurtmoeders")]


def test_add_coordinator_beside_a_running_kring(tmp_path: Path, fake_api: FakeBotAPIServer) -> None:
    """`kring admin add-coordinator` also works while `kring run` serves the same database:
    the running bot knows the new coordinator at their next message."""
    coordinator = 7_100_000_011
    kring, base = start_kring(tmp_path, fake_api, webhook=True)
    updates = UpdateFactory()
    nl = Catalogs.load().get("nl")
    try:
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        with httpx.Client(base_url=base, headers=headers, timeout=5) as client:

            def newgroup() -> str:
                update = updates.command("newgroup", "Moeders Oost", user_id=coordinator,
                                         language_code="nl")  # fmt: skip
                before = len(replies_to(fake_api, coordinator))
                assert client.post("/telegram/webhook", json=update).status_code == 200
                wait_until(lambda: len(replies_to(fake_api, coordinator)) > before, 10, "a reply")
                return replies_to(fake_api, coordinator)[-1]

            assert newgroup() == nl.gettext("Sorry, only coordinators can create groups.")
            result = subprocess.run(
                [*kring_command(), "admin", "add-coordinator", "--organisation", "Buurtvrouwen",
                 "--telegram-id", str(coordinator)],
                env=clean_env(DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'kring.db'}"),
                cwd=tmp_path, capture_output=True, text=True, timeout=120,
                stdin=subprocess.DEVNULL,
            )  # fmt: skip
            assert result.returncode == 0, result.stderr
            assert newgroup() == nl.gettext(
                "The group {group} is ready. Invite its facilitators with /invite."
            ).format(group=nl.user_text("Moeders Oost"))
    finally:
        code = kring.terminate()
    assert code == 0, kring.log


def test_from_bootstrap_to_a_parent_member_through_kring_run(
    tmp_path: Path, fake_api: FakeBotAPIServer
) -> None:
    """The whole way in, over HTTP: CLI bootstrap, /newgroup, /invite, invite link, consent."""
    coordinator, parent = 7_100_000_001, 7_100_000_002
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
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    try:
        with httpx.Client(base_url=base, headers=headers, timeout=5) as client:

            def post(update: dict[str, object]) -> None:
                assert client.post("/telegram/webhook", json=update).status_code == 200

            def last_to(chat_id: int, count: int) -> list[str]:
                wait_until(lambda: len(replies_to(fake_api, chat_id)) >= count, 10, "a reply")
                return replies_to(fake_api, chat_id)

            post(updates.command("newgroup", "Moeders Noord", user_id=coordinator,
                                 language_code="nl"))  # fmt: skip
            assert "Moeders Noord" in last_to(coordinator, 1)[0]
            post(updates.command("invite", user_id=coordinator, language_code="nl"))
            last_to(coordinator, 2)
            question = api.sent_messages(coordinator)[-1]
            [parent_button] = [d for d in question.callback_data if ":parent:" in d]
            post(updates.callback(parent_button, user_id=coordinator,
                                  message_id=question.result["message_id"],
                                  chat_id=coordinator))  # fmt: skip

            def edits() -> list[ApiCall]:
                return api.calls_to("editMessageText")

            wait_until(lambda: any("start=" in (c.text or "") for c in edits()), 10, "the link")
            link = next(c.text for c in api.calls_to("editMessageText") if "start=" in c.text)
            code = link.rsplit("start=", 1)[1].strip()
            post(updates.command("start", code, user_id=parent, first_name="Hodan",
                                 language_code="so"))  # fmt: skip
            last_to(parent, 1)
            invite_message = api.sent_messages(parent)[-1]
            assert f"join:so:{code}" in invite_message.callback_data
            message_id = invite_message.result["message_id"]
            post(updates.callback(f"join:so:{code}", user_id=parent, message_id=message_id,
                                  chat_id=parent, first_name="Hodan"))  # fmt: skip
            consent = f"consent:y:so:{code}"
            wait_until(lambda: any(consent in c.callback_data for c in edits()), 10, "consent")
            post(updates.callback(f"consent:y:so:{code}", user_id=parent, message_id=message_id,
                                  chat_id=parent, first_name="Hodan"))  # fmt: skip
            wait_until(lambda: any("🌱" in (c.text or "") for c in edits()), 10, "the welcome")
    finally:
        code_ = kring.terminate()
    assert code_ == 0, kring.log
    with sqlite3.connect(db_file) as conn:
        rows = conn.execute(
            "SELECT m.display_name, m.locale, ms.role, g.name FROM members m "
            "JOIN memberships ms ON ms.member_id = m.id JOIN groups g ON g.id = ms.group_id "
            "WHERE m.telegram_user_id = ?",
            (parent,),
        ).fetchall()
    assert rows == [("Hodan", "so", "parent", "Moeders Noord")]
