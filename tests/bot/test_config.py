"""Settings: the contract table of DESIGN.md, and clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.config import Settings, SettingsError, format_settings_error

ALL_VARS = [
    "TELEGRAM_BOT_TOKEN", "TELEGRAM_API_BASE_URL", "TELEGRAM_WEBHOOK_URL",
    "TELEGRAM_WEBHOOK_SECRET", "DATABASE_URL", "KRING_HOST", "KRING_PORT",
    "KRING_DEFAULT_LOCALE", "KRING_TIMEZONE", "KRING_SECRET_KEY", "KRING_PUBLIC_URL",
]  # fmt: skip


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ALL_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env


def test_defaults_match_the_contract() -> None:
    s = Settings()
    assert s.telegram_api_base_url == "https://api.telegram.org/bot"
    assert s.telegram_webhook_url == ""
    assert s.database_url == "sqlite+aiosqlite:///./kring.db"
    assert (s.kring_host, s.kring_port) == ("127.0.0.1", 8080)
    assert (s.kring_default_locale, s.kring_timezone) == ("nl", "Europe/Amsterdam")
    assert s.use_webhook is False


def test_reads_dotenv(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("TELEGRAM_BOT_TOKEN=123:abc\nKRING_DEFAULT_LOCALE=so\n")
    s = Settings()
    assert s.require_token() == "123:abc"
    assert s.kring_default_locale == "so"


def test_env_example_documents_every_setting() -> None:
    example = (Path(__file__).resolve().parents[2] / ".env.example").read_text()
    for name in [*ALL_VARS, "KRING_TEST_POSTGRES_URL"]:
        line = next(
            (ln for ln in example.splitlines() if ln.lstrip("# ").startswith(name + "=")), None
        )
        assert line is not None, f"{name} missing from .env.example"
        index = example.splitlines().index(line)
        assert example.splitlines()[index - 1].startswith("#"), f"{name} has no comment"


@pytest.mark.parametrize("token", ["", "   ", "changeme", "<your-token>"])
def test_missing_token_is_refused_with_a_hint(monkeypatch: pytest.MonkeyPatch, token: str) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", token)
    with pytest.raises(SettingsError, match="@BotFather"):
        Settings().require_token()


@pytest.mark.parametrize(
    ("secret", "message"),
    [
        ("", "TELEGRAM_WEBHOOK_SECRET is required"),
        ("changeme", "TELEGRAM_WEBHOOK_SECRET is required"),
        ("has spaces in it", "may only use"),
        ("x" * 257, "may only use"),
    ],
)
def test_webhook_needs_a_real_secret(
    monkeypatch: pytest.MonkeyPatch, secret: str, message: str
) -> None:
    monkeypatch.setenv("TELEGRAM_WEBHOOK_URL", "https://kring.example.org/telegram/webhook")
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", secret)
    with pytest.raises(ValidationError) as info:
        Settings()
    assert message in format_settings_error(info.value)


def test_webhook_with_a_good_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_WEBHOOK_URL", "https://kring.example.org/telegram/webhook")
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", "s3cr3t_-TOKEN")
    assert Settings().use_webhook is True


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("KRING_DEFAULT_LOCALE", "en", "KRING_DEFAULT_LOCALE: must be one of nl, ar, tr, so, es"),
        ("KRING_TIMEZONE", "Mars/Olympus", "KRING_TIMEZONE: unknown time zone"),
        ("KRING_PORT", "99999", "KRING_PORT"),
    ],
)
def test_bad_values_name_the_variable(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, message: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError) as info:
        Settings()
    assert message in format_settings_error(info.value)


def test_secret_key_is_refused_when_weak(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KRING_SECRET_KEY", "changeme")
    with pytest.raises(SettingsError, match="KRING_SECRET_KEY"):
        Settings().require_secret_key()


def test_the_dashboard_address_follows_the_webhook_unless_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert Settings().public_url == "http://127.0.0.1:8080"
    monkeypatch.setenv("KRING_HOST", "0.0.0.0")
    monkeypatch.setenv("KRING_PORT", "9000")
    assert Settings().public_url == "http://127.0.0.1:9000"
    monkeypatch.setenv("TELEGRAM_WEBHOOK_URL", "https://kring.example.org/telegram/webhook")
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", "s3cr3t-value")
    assert Settings().public_url == "https://kring.example.org"
    monkeypatch.setenv("KRING_PUBLIC_URL", "https://dash.example.org/")
    assert Settings().public_url == "https://dash.example.org"
    monkeypatch.setenv("KRING_PUBLIC_URL", "dash.example.org")
    with pytest.raises(ValidationError) as info:
        Settings()
    assert "KRING_PUBLIC_URL" in format_settings_error(info.value)
