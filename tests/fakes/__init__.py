"""An honest fake of the Telegram Bot API for Kring's tests and benches.

Telegram is replaced only at the HTTP boundary: the bot's real python-telegram-bot client
talks either to :class:`FakeRequest` (in-process) or to :class:`FakeBotAPIServer` (loopback
HTTP), both backed by one :class:`FakeBotAPI` that validates calls against the published Bot
API, keeps state, records calls and injects faults.
"""

from .botapi import (
    DEFAULT_BOT_ID,
    DEFAULT_BOT_USERNAME,
    DEFAULT_TOKEN,
    SENT_MESSAGE_METHODS,
    ApiCall,
    BotApiError,
    BotApiSpec,
    FakeBotAPI,
    FieldSpec,
    UploadedFile,
    default_spec_path,
    is_rate_limited_method,
)
from .formatting import EntityParseError, FormattedText, parse_html, parse_text, utf16_len
from .request import FakeRequest, make_bot
from .server import FakeBotAPIServer
from .updates import UpdateFactory

__all__ = [
    "DEFAULT_BOT_ID",
    "DEFAULT_BOT_USERNAME",
    "DEFAULT_TOKEN",
    "SENT_MESSAGE_METHODS",
    "ApiCall",
    "BotApiError",
    "BotApiSpec",
    "EntityParseError",
    "FakeBotAPI",
    "FakeBotAPIServer",
    "FakeRequest",
    "FieldSpec",
    "FormattedText",
    "UpdateFactory",
    "UploadedFile",
    "default_spec_path",
    "is_rate_limited_method",
    "make_bot",
    "parse_html",
    "parse_text",
    "utf16_len",
]
