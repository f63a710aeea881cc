"""Settings for Kring, read from the environment and `.env` (see `.env.example`)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

SUPPORTED_LOCALES: tuple[str, ...] = ("nl", "ar", "tr", "so", "es")

TOKEN_HINT = (
    "TELEGRAM_BOT_TOKEN is not set: talk to @BotFather in Telegram (/newbot), "
    "then put TELEGRAM_BOT_TOKEN=<token> in a .env file here or in the environment."
)

# Values people paste from examples; refusing them beats running with a guessable secret.
_PLACEHOLDERS = {"", "changeme", "change-me", "change_me", "changethis", "secret", "replace-me"}
_WEBHOOK_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


def _is_placeholder(value: str) -> bool:
    lowered = value.strip().lower()
    return lowered in _PLACEHOLDERS or lowered.startswith(("your-", "your_", "<"))


class SettingsError(ValueError):
    """A setting is missing or unusable; the message says which and how to fix it."""


class Settings(BaseSettings):
    """Every setting of DESIGN.md's contract table; names are the environment variables."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    telegram_bot_token: str = Field(default="", alias="TELEGRAM_BOT_TOKEN")
    telegram_api_base_url: str = Field(
        default="https://api.telegram.org/bot", alias="TELEGRAM_API_BASE_URL"
    )
    telegram_webhook_url: str = Field(default="", alias="TELEGRAM_WEBHOOK_URL")
    telegram_webhook_secret: str = Field(default="", alias="TELEGRAM_WEBHOOK_SECRET")
    database_url: str = Field(default="sqlite+aiosqlite:///./kring.db", alias="DATABASE_URL")
    kring_host: str = Field(default="127.0.0.1", alias="KRING_HOST")
    kring_port: int = Field(default=8080, alias="KRING_PORT", ge=0, le=65535)
    kring_default_locale: str = Field(default="nl", alias="KRING_DEFAULT_LOCALE")
    kring_timezone: str = Field(default="Europe/Amsterdam", alias="KRING_TIMEZONE")
    kring_secret_key: str = Field(default="", alias="KRING_SECRET_KEY")
    # Free-text answers and voice-note references are deleted after this many days.
    kring_answer_retention_days: int = Field(
        default=365, alias="KRING_ANSWER_RETENTION_DAYS", ge=1, le=3650
    )

    # Messages a second the outbox sender sends for the whole bot. One replica at a time
    # sends (a lease), so this is the bot's budget whatever the number of replicas; replies
    # to people take their slot of it first.
    kring_send_rate: float = Field(default=29.0, alias="KRING_SEND_RATE", gt=0, le=30)

    # Where people reach the web dashboard; by default the webhook's origin, else
    # http://KRING_HOST:KRING_PORT (fine on the machine itself).
    kring_public_url: str = Field(default="", alias="KRING_PUBLIC_URL")

    @field_validator("kring_default_locale")
    @classmethod
    def _known_locale(cls, value: str) -> str:
        if value not in SUPPORTED_LOCALES:
            raise ValueError(f"must be one of {', '.join(SUPPORTED_LOCALES)}")
        return value

    @field_validator("kring_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("telegram_webhook_url", "telegram_api_base_url")
    @classmethod
    def _strip(cls, value: str) -> str:
        return value.strip()

    @field_validator("kring_public_url")
    @classmethod
    def _web_url(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if value and not value.startswith(("https://", "http://")):
            raise ValueError("must start with https:// (or http:// on your own machine)")
        return value

    @model_validator(mode="after")
    def _webhook_needs_secret(self) -> Settings:
        if self.telegram_webhook_url:
            if not self.telegram_webhook_url.startswith("https://") and not (
                self.telegram_webhook_url.startswith("http://127.0.0.1")
                or self.telegram_webhook_url.startswith("http://localhost")
            ):
                raise ValueError("TELEGRAM_WEBHOOK_URL must start with https://")
            secret = self.telegram_webhook_secret
            if _is_placeholder(secret):
                raise ValueError(
                    "TELEGRAM_WEBHOOK_SECRET is required with TELEGRAM_WEBHOOK_URL and must not "
                    "be a placeholder; generate one with: "
                    'python -c "import secrets; print(secrets.token_urlsafe(32))"'
                )
            if not _WEBHOOK_SECRET_RE.match(secret):
                raise ValueError(
                    "TELEGRAM_WEBHOOK_SECRET may only use A-Z a-z 0-9 _ - (1 to 256 characters)"
                )
        return self

    @property
    def use_webhook(self) -> bool:
        """Whether Telegram pushes updates to us (else we long-poll)."""
        return bool(self.telegram_webhook_url)

    @property
    def public_url(self) -> str:
        """The dashboard's base URL, without a trailing slash."""
        if self.kring_public_url:
            return self.kring_public_url
        if self.telegram_webhook_url:
            parts = urlsplit(self.telegram_webhook_url)
            return f"{parts.scheme}://{parts.netloc}"
        host = "127.0.0.1" if self.kring_host in ("0.0.0.0", "::", "") else self.kring_host
        return f"http://{host}:{self.kring_port}"

    def require_token(self) -> str:
        """Return the bot token, or raise `SettingsError` with the @BotFather hint."""
        token = self.telegram_bot_token.strip()
        if not token or _is_placeholder(token):
            raise SettingsError(TOKEN_HINT)
        return token

    def require_secret_key(self) -> str:
        """Return KRING_SECRET_KEY, refusing a missing or placeholder key."""
        key = self.kring_secret_key
        if _is_placeholder(key) or len(key) < 16:
            raise SettingsError(
                "KRING_SECRET_KEY must be set to a random value of at least 16 characters; "
                'generate one with: python -c "import secrets; print(secrets.token_urlsafe(32))"'
            )
        return key


def format_settings_error(exc: Exception) -> str:
    """Turn a pydantic validation error into one line per problem, naming the variable."""
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return str(exc)
    lines = []
    for err in errors():
        where = ".".join(str(p) for p in err.get("loc", ())) or "settings"
        msg = str(err.get("msg", "")).removeprefix("Value error, ")
        lines.append(f"{where.upper()}: {msg}" if where != "settings" else msg)
    return "; ".join(lines)
