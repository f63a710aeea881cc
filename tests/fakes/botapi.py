"""Transport-independent fake of the Telegram Bot API: validation, state, recording and faults.

:class:`FakeBotAPI` answers Bot API calls the way Telegram does: it refuses what Telegram
refuses (checked against the published method list in ``api.min.json``), keeps the state a
bot can observe (sent messages, pending updates, webhook, commands, uploaded files) and records
every call for assertions. Transports put it on the wire: :mod:`tests.fakes.request` in-process
for PTB, :mod:`tests.fakes.server` over real HTTP.

Where the fake is deliberately stricter than Telegram it says so (see ``strict_html_ampersand``
and unknown parameters); where it is more lenient by default (unknown message or file ids) a
``strict_ids`` switch restores Telegram's behaviour.
"""

from __future__ import annotations

import asyncio
import copy
import json
import math
import os
import re
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from http import HTTPStatus
from pathlib import Path
from typing import Any, Final

from .formatting import EntityParseError, FormattedText, parse_text

__all__ = [
    "DEFAULT_BOT_ID",
    "DEFAULT_BOT_USERNAME",
    "DEFAULT_TOKEN",
    "SENT_MESSAGE_METHODS",
    "ApiCall",
    "BotApiError",
    "BotApiSpec",
    "FakeBotAPI",
    "FieldSpec",
    "UploadedFile",
    "default_spec_path",
    "is_rate_limited_method",
]

DEFAULT_TOKEN: Final = "123456789:TEST-token"
DEFAULT_BOT_ID: Final = 123456789
DEFAULT_BOT_FIRST_NAME: Final = "Kring"
DEFAULT_BOT_USERNAME: Final = "kring_test_bot"

MAX_MESSAGE_LENGTH: Final = 4096
MAX_CAPTION_LENGTH: Final = 1024
MAX_CALLBACK_ANSWER_LENGTH: Final = 200
MAX_CALLBACK_DATA_BYTES: Final = 64
MAX_INLINE_BUTTONS: Final = 100

#: Methods :meth:`FakeBotAPI.sent_messages` reports.
SENT_MESSAGE_METHODS: Final = frozenset({"sendMessage", "sendPhoto", "sendDocument", "sendVoice"})

_CHAT_ACTIONS: Final = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
# Update kinds Telegram leaves out unless allowed_updates names them.
_OPT_IN_UPDATES: Final = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
_INLINE_BUTTON_ACTIONS: Final = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_MEDIA_METHODS: Final[dict[str, str]] = {
    "sendPhoto": "photo",
    "sendDocument": "document",
    "sendVoice": "voice",
    "sendAudio": "audio",
    "sendVideo": "video",
    "sendAnimation": "animation",
    "sendSticker": "sticker",
    "sendVideoNote": "video_note",
}
_DEFAULT_MIME: Final[dict[str, str]] = {
    "photo": "image/jpeg",
    "document": "application/octet-stream",
    "voice": "audio/ogg",
    "audio": "audio/mpeg",
    "video": "video/mp4",
    "animation": "video/mp4",
    "sticker": "image/webp",
    "video_note": "video/mp4",
}
_PRIMITIVE_DEFAULTS: Final[dict[str, Any]] = {
    "Integer": 0,
    "String": "",
    "Boolean": False,
    "True": True,
    "Float": 0.0,
}
_INT_RE: Final = re.compile(r"-?\d+")
_COMMAND_RE: Final = re.compile(r"[a-z0-9_]{1,32}")
_SECRET_TOKEN_RE: Final = re.compile(r"[A-Za-z0-9_-]{1,256}")
_WEBHOOK_PORTS: Final = frozenset({80, 88, 443, 8443})

_CONFLICT_WEBHOOK: Final = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
_CONFLICT_POLLER: Final = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
_NOT_MODIFIED: Final = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)


def default_spec_path() -> Path:
    """Return the spec to load: ``$KRING_BOTAPI_SPEC`` if set, else the copy next to this file."""
    override = os.environ.get("KRING_BOTAPI_SPEC")
    return Path(override) if override else Path(__file__).parent / "api.min.json"


def is_rate_limited_method(method: str) -> bool:
    """Tell whether ``method`` sends or edits a message, i.e. counts against flood limits."""
    if method == "sendChatAction":
        return False  # an action is not a message; Telegram limits it separately
    return method.startswith(("send", "editMessage", "copyMessage", "forwardMessage"))


# ---------------------------------------------------------------------------------------------
# The published API description
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """Describes one parameter of a method or one field of a type."""

    name: str
    types: tuple[str, ...]
    required: bool
    description: str = ""

    @property
    def is_array(self) -> bool:
        """Whether every accepted type is an ``Array of ...``."""
        return all(t.startswith("Array of ") for t in self.types)

    @property
    def is_object(self) -> bool:
        """Whether the value is a JSON object (a Bot API type rather than a primitive)."""
        return not self.is_array and all(
            t not in _PRIMITIVE_DEFAULTS and t != "InputFile" for t in self.types
        )


@lru_cache(maxsize=8)
def _load_spec_json(path: str) -> dict[str, Any]:
    # Parsing 650 kB of JSON per FakeBotAPI would dominate fast unit tests; the data is
    # read-only, so one parse per file is shared.
    with open(path, encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


class BotApiSpec:
    """Loads the Bot API method and type list (``api.min.json``) and answers questions on it."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        """Load the spec from ``path``, or from :func:`default_spec_path` when omitted."""
        self.path = Path(path) if path is not None else default_spec_path()
        raw = _load_spec_json(str(self.path.resolve()))
        self.version: str = raw.get("version", "")
        self.methods: dict[str, dict[str, Any]] = raw["methods"]
        self.types: dict[str, dict[str, Any]] = raw["types"]
        # Telegram resolves method names case-insensitively.
        self._by_lower = {name.lower(): name for name in self.methods}
        self._fields: dict[str, dict[str, FieldSpec]] = {}

    def canonical_method(self, name: str) -> str | None:
        """Return the method's canonical spelling, or ``None`` if Telegram has no such method."""
        return self._by_lower.get(name.lower())

    def fields(self, method: str) -> dict[str, FieldSpec]:
        """Return the parameters of ``method`` (which must be canonical) by name."""
        cached = self._fields.get(method)
        if cached is None:
            cached = {
                f["name"]: FieldSpec(f["name"], tuple(f["types"]), f["required"], f["description"])
                for f in self.methods[method].get("fields", [])
            }
            self._fields[method] = cached
        return cached

    def returns(self, method: str) -> tuple[str, ...]:
        """Return the documented result types of ``method``."""
        return tuple(self.methods[method].get("returns", []))

    def minimal_object(
        self, type_name: str, overrides: Mapping[str, Any] | None = None, *, _depth: int = 0
    ) -> dict[str, Any] | None:
        """Build the smallest valid instance of a type: its required fields with zero values."""
        spec = self.types.get(type_name)
        if spec is None:
            return None
        if spec.get("subtypes"):
            return self.minimal_object(spec["subtypes"][0], overrides, _depth=_depth)
        obj: dict[str, Any] = {}
        for f in spec.get("fields", []):
            if f["required"]:
                obj[f["name"]] = self._minimal_value(tuple(f["types"]), _depth)
        obj.update(overrides or {})
        return obj

    def _minimal_value(self, types: tuple[str, ...], depth: int) -> Any:
        first = types[0]
        if first.startswith("Array of "):
            return []
        if first in _PRIMITIVE_DEFAULTS:
            return _PRIMITIVE_DEFAULTS[first]
        if depth > 5:
            return {}
        return self.minimal_object(first, _depth=depth + 1) or {}


# ---------------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class UploadedFile:
    """One file part of a multipart request, as the fake received it."""

    field: str
    filename: str
    data: bytes
    content_type: str = "application/octet-stream"

    @property
    def size(self) -> int:
        """Length of the file in bytes."""
        return len(self.data)


@dataclass
class ApiCall:
    """One Bot API call the fake answered, with decoded parameters and the answer it gave."""

    method: str
    #: Parameters decoded per the spec: JSON objects parsed, numeric ``chat_id`` as ``int``,
    #: uploads as ``{"filename": ..., "size": ...}``.
    params: dict[str, Any]
    #: When the call arrived (``time.monotonic()``, or the clock the fake was given).
    at: float
    status: int = 200
    description: str | None = None
    #: The ``result`` returned on success.
    result: Any = None
    #: ``parameters.retry_after`` of a 429 answer.
    retry_after: int | None = None
    files: dict[str, UploadedFile] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Whether the call succeeded."""
        return self.status == 200

    @property
    def chat_id(self) -> int | str | None:
        """The ``chat_id`` parameter, if any."""
        return self.params.get("chat_id")

    @property
    def text(self) -> str | None:
        """The raw ``text`` parameter (markup included), else the raw ``caption``."""
        value = self.params["text"] if "text" in self.params else self.params.get("caption")
        return value if isinstance(value, str) else None

    @property
    def shown_text(self) -> str | None:
        """The text or caption as the recipient sees it (markup parsed, trimmed)."""
        if isinstance(self.result, dict):
            shown = self.result.get("text", self.result.get("caption"))
            if isinstance(shown, str):
                return shown
        return None

    @property
    def reply_markup(self) -> dict[str, Any] | None:
        """The decoded ``reply_markup`` parameter, if any."""
        markup = self.params.get("reply_markup")
        return markup if isinstance(markup, dict) else None

    @property
    def buttons(self) -> list[dict[str, Any]]:
        """All inline keyboard buttons, row by row."""
        markup = self.reply_markup or {}
        return [button for row in markup.get("inline_keyboard", []) for button in row]

    @property
    def callback_data(self) -> list[str]:
        """The ``callback_data`` of every inline button that has one."""
        return [b["callback_data"] for b in self.buttons if "callback_data" in b]


class BotApiError(Exception):
    """A Telegram error answer; raise it from a custom handler to make the fake answer it."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        """Describe the answer: HTTP status, Telegram's description, optional retry_after."""
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after


@dataclass(slots=True)
class _ScriptedFailure:
    """A failure queued by :meth:`FakeBotAPI.fail_next`."""

    method: str | None
    status: int
    description: str
    retry_after: int | None
    remaining: int


@dataclass(slots=True)
class _StoredFile:
    """A file the fake knows by file_id (uploaded, registered or seen in an update)."""

    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes | None
    filename: str | None = None
    mime_type: str | None = None

    @property
    def size(self) -> int | None:
        return None if self.data is None else len(self.data)


@dataclass(slots=True)
class _Request:
    """A validated call on its way to its behaviour."""

    method: str
    params: dict[str, Any]
    files: dict[str, UploadedFile]
    text: FormattedText | None = None
    caption: FormattedText | None = None


def _default_description(status: int, retry_after: int | None) -> str:
    """Telegram's usual description for an HTTP status."""
    known = {
        400: "Bad Request: injected failure",
        401: "Unauthorized",
        403: "Forbidden: bot was blocked by the user",
        404: "Not Found",
        409: _CONFLICT_POLLER,
        429: f"Too Many Requests: retry after {retry_after or 1}",
        500: "Internal Server Error",
        502: "Bad Gateway",
    }
    if status in known:
        return known[status]
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return f"Error {status}"


def _error_body(status: int, description: str, retry_after: int | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return body


def _clone(value: Any) -> Any:
    """Deep-copy JSON data (several times faster than copy.deepcopy for it)."""
    return json.loads(json.dumps(value))


def _update_kind(update: Mapping[str, Any]) -> str:
    return next((key for key in update if key != "update_id"), "")


def _walk_dicts(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _walk_dicts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk_dicts(item)


# ---------------------------------------------------------------------------------------------
# The fake
# ---------------------------------------------------------------------------------------------


class FakeBotAPI:
    """Holds a fake Telegram's state, answers Bot API calls, records them and injects faults.

    Every public method is thread-safe: the HTTP server answers from many threads while a test
    inspects and scripts the fake from another.
    """

    def __init__(
        self,
        spec: BotApiSpec | None = None,
        *,
        token: str = DEFAULT_TOKEN,
        first_name: str = DEFAULT_BOT_FIRST_NAME,
        username: str = DEFAULT_BOT_USERNAME,
        strict_html_ampersand: bool = True,
        strict_ids: bool = False,
        strict_webhook_url: bool = False,
        long_poll_cap_s: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Create a fake for bot ``token`` (its numeric prefix becomes the bot's user id).

        ``strict_html_ampersand`` refuses a bare ``&`` in HTML (Telegram keeps it literally;
        see :mod:`tests.fakes.formatting`). ``strict_ids`` refuses edits/deletes of messages
        and sends of file ids the fake never saw, as Telegram would; off by default because
        tests often fabricate them. ``strict_webhook_url`` demands an HTTPS URL on an allowed
        port like Telegram; off by default because a loopback end-to-end test must register a
        plain ``http://127.0.0.1`` webhook. ``long_poll_cap_s`` caps how long ``getUpdates``
        waits so tests and shutdowns stay fast. ``clock`` tells when each call arrived
        (``ApiCall.at``) and measures the rate limits; a test on virtual time passes its own.
        """
        self._clock = clock
        self.spec = spec or BotApiSpec()
        self.token = token
        prefix = token.split(":", 1)[0]
        self.bot_id = int(prefix) if prefix.isdigit() else DEFAULT_BOT_ID
        self._bot_user: dict[str, Any] = {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": first_name,
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        self.strict_html_ampersand = strict_html_ampersand
        self.strict_ids = strict_ids
        self.strict_webhook_url = strict_webhook_url
        self.long_poll_cap_s = long_poll_cap_s
        #: Artificial latency per call in seconds, applied by the transports outside the lock.
        self.delay_s: float = 0.0
        #: How many 429 answers the fake gave (rate limit and scripted).
        self.count_429: int = 0

        self._lock = threading.Lock()
        self._calls_changed = threading.Condition(self._lock)
        self._updates_changed = threading.Condition(self._lock)

        self._all: list[ApiCall] = []
        self._accepted: list[ApiCall] = []
        self._rejected: list[ApiCall] = []

        self._blocked: set[int | str] = set()
        self._failures: list[_ScriptedFailure] = []
        self._server_errors = 0
        self._rate_window_s = 1.0
        self._rate_capacity: int | None = None
        self._send_times: deque[float] = deque()
        self._chat_rate_capacity: int | None = None
        self._chat_rate_window_s = 1.0
        self._chat_send_times: dict[int | str, deque[float]] = {}

        self._updates: list[dict[str, Any]] = []
        self._last_update_id = 0
        self._poll_generation = 0
        self._poll_cancel = 0
        self._allowed_updates: frozenset[str] | None = None
        self._webhook: dict[str, Any] = {"url": ""}

        self._chats: dict[int, dict[str, Any]] = {}
        self._users: dict[int, dict[str, Any]] = {}
        self._message_ids: dict[int, int] = {}
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._files: dict[str, _StoredFile] = {}
        self._file_paths: dict[str, str] = {}
        self._file_seq = 0
        self._commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self._media_group_seq = 0
        self._handlers: dict[str, Callable[[dict[str, Any]], Any]] = {}

    # -- identity -------------------------------------------------------------------------------

    @property
    def bot_user(self) -> dict[str, Any]:
        """The User object ``getMe`` returns."""
        return dict(self._bot_user)

    def _bot_from(self) -> dict[str, Any]:
        keys = ("id", "is_bot", "first_name", "username")
        return {k: self._bot_user[k] for k in keys}

    # -- the entry point ------------------------------------------------------------------------

    def handle(
        self,
        method: str,
        params: Mapping[str, Any],
        files: Mapping[str, UploadedFile] | None = None,
    ) -> tuple[int, dict[str, Any]]:
        """Answer one call: return ``(http_status, body)`` exactly as Telegram would.

        ``params`` may hold wire strings (form fields) or decoded JSON values; both are decoded
        per the spec. ``files`` are multipart file parts by part name. ``delay_s`` is *not*
        applied here: the transports sleep outside the lock.
        """
        at = self._clock()
        with self._lock:
            call = self._answer(method, dict(params), dict(files or {}), at)
            self._all.append(call)
            if call.status == 200:
                self._accepted.append(call)
            elif call.status == 400:
                self._rejected.append(call)
            if call.status == 429:
                self.count_429 += 1
            self._calls_changed.notify_all()
        if call.status == 200:
            return 200, {"ok": True, "result": call.result}
        return call.status, _error_body(call.status, call.description or "", call.retry_after)

    def _answer(
        self, method: str, params: dict[str, Any], files: dict[str, UploadedFile], at: float
    ) -> ApiCall:
        """Run one call through faults, validation and behaviour; the lock is held."""
        call = ApiCall(method=method, params=params, at=at, files=files)
        if self._server_errors > 0:
            # A gateway failure happens before Telegram even looks at the request.
            self._server_errors -= 1
            return self._fail(call, 502, "Bad Gateway")
        canonical = self.spec.canonical_method(method)
        if canonical is None:
            return self._fail(call, 404, "Not Found")
        call.method = canonical
        try:
            call.params = self._decode(canonical, params, files)
            request = self._validate(canonical, call.params, files)
            failure = self._take_failure(canonical)
            if failure is not None:
                raise BotApiError(failure.status, failure.description, failure.retry_after)
            chat_id = call.params.get("chat_id")
            if is_rate_limited_method(canonical):
                self._check_rate(chat_id)
            if chat_id is not None and chat_id in self._blocked:
                group = isinstance(chat_id, str) or chat_id < 0
                raise BotApiError(
                    403,
                    "Forbidden: bot was kicked from the supergroup chat"
                    if group
                    else "Forbidden: bot was blocked by the user",
                )
            handler = self._handlers.get(canonical)
            result = handler(call.params) if handler else self._dispatch(request)
        except BotApiError as exc:
            retry_after = exc.retry_after
            if exc.status == 429 and retry_after is None:
                retry_after = 1
            return self._fail(call, exc.status, exc.description, retry_after)
        call.result = _clone(result)
        return call

    @staticmethod
    def _fail(
        call: ApiCall, status: int, description: str, retry_after: int | None = None
    ) -> ApiCall:
        call.status = status
        call.description = description
        call.retry_after = retry_after
        return call

    # -- decoding and validation ---------------------------------------------------------------

    def _decode(
        self, method: str, params: dict[str, Any], files: dict[str, UploadedFile]
    ) -> dict[str, Any]:
        """Decode wire values per the spec and refuse unknown or missing parameters."""
        fields = self.spec.fields(method)
        decoded: dict[str, Any] = {}
        for name, upload in files.items():
            spec = fields.get(name)
            if spec is not None and "InputFile" in spec.types:
                decoded[name] = {"filename": upload.filename, "size": upload.size}
            # Other parts are attach:// targets; they stay in ApiCall.files.
        for name, value in params.items():
            if value is None:
                continue  # JSON null means "not given" to Telegram
            spec = fields.get(name)
            if spec is None:
                # Telegram ignores unknown parameters; the fake refuses them so a typo or a
                # parameter from a newer/older API version does not pass silently.
                raise BotApiError(400, f'Bad Request: unknown parameter "{name}"')
            decoded[name] = self._decode_value(spec, value)
        for spec in fields.values():
            value = decoded.get(spec.name)
            empty_id = value == "" and "Integer" in spec.types
            if spec.required and (value is None or empty_id):
                if spec.name == "text" and method in ("sendMessage", "editMessageText"):
                    continue  # refused below with Telegram's own "message text is empty"
                raise BotApiError(400, f"Bad Request: {spec.name} is required")
        return decoded

    @staticmethod
    def _decode_value(spec: FieldSpec, value: Any) -> Any:
        """Turn one parameter into the Python value Telegram would see."""
        types = spec.types
        name = spec.name
        if isinstance(value, dict) and "InputFile" in types:
            return value
        if isinstance(value, str):
            if "String" in types or "InputFile" in types:
                if "Integer" in types and _INT_RE.fullmatch(value):
                    return int(value)
                return value
            if types == ("Integer",):
                if not _INT_RE.fullmatch(value.strip()):
                    raise BotApiError(400, f'Bad Request: field "{name}" must be of type Integer')
                return int(value)
            if types == ("Float",):
                try:
                    return float(value)
                except ValueError:
                    raise BotApiError(
                        400, f'Bad Request: field "{name}" must be of type Float'
                    ) from None
            if types in (("Boolean",), ("True",)):
                return value.strip().lower() in ("true", "1")
            try:
                value = json.loads(value)
            except ValueError:
                what = "reply keyboard markup" if name == "reply_markup" else name
                raise BotApiError(400, f"Bad Request: can't parse {what} JSON object") from None
        elif isinstance(value, bool):
            if types not in (("Boolean",), ("True",)):
                raise BotApiError(400, f'Bad Request: field "{name}" has wrong type Boolean')
            return value
        elif isinstance(value, int | float):
            if types == ("String",):
                return str(value)  # Telegram accepts a JSON number where it wants a string
            if types == ("Integer",) and isinstance(value, float):
                if not value.is_integer():
                    raise BotApiError(400, f'Bad Request: field "{name}" must be of type Integer')
                return int(value)
            return value
        if spec.is_array and not isinstance(value, list):
            raise BotApiError(400, f'Bad Request: field "{name}" must be an Array')
        if spec.is_object and not isinstance(value, dict):
            what = "reply keyboard markup" if name == "reply_markup" else name
            raise BotApiError(400, f"Bad Request: can't parse {what} JSON object")
        return value

    def _validate(
        self, method: str, params: dict[str, Any], files: dict[str, UploadedFile]
    ) -> _Request:
        """Apply Telegram's content rules; return the call with its text parsed."""
        request = _Request(method, params, files)
        chat_id = params.get("chat_id")
        if chat_id is not None and (
            chat_id == 0 or (isinstance(chat_id, str) and not re.fullmatch(r"@\w{1,64}", chat_id))
        ):
            raise BotApiError(400, "Bad Request: chat not found")
        parse_mode = params.get("parse_mode")
        if parse_mode is not None and parse_mode.lower() not in ("html", "markdown", "markdownv2"):
            raise BotApiError(400, f"Bad Request: unsupported parse_mode {parse_mode}")
        if method in ("sendMessage", "editMessageText"):
            request.text = self._format(params.get("text", ""), parse_mode, params.get("entities"))
            if not request.text.text:
                raise BotApiError(400, "Bad Request: message text is empty")
            if len(request.text.text) > MAX_MESSAGE_LENGTH:
                raise BotApiError(400, "Bad Request: message is too long")
        if "caption" in params:
            request.caption = self._format(
                params["caption"], parse_mode, params.get("caption_entities")
            )
            if len(request.caption.text) > MAX_CAPTION_LENGTH:
                raise BotApiError(400, "Bad Request: message caption is too long")
        if "reply_markup" in params:
            _validate_reply_markup(params["reply_markup"])
        if method == "answerCallbackQuery":
            if len(params.get("text", "")) > MAX_CALLBACK_ANSWER_LENGTH:
                raise BotApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        elif method == "sendChatAction":
            if params["action"] not in _CHAT_ACTIONS:
                raise BotApiError(400, "Bad Request: wrong parameter action in request")
        elif method == "setMyCommands":
            _validate_commands(params["commands"])
        elif method == "sendMediaGroup":
            media = params["media"]
            if not 2 <= len(media) <= 10:
                raise BotApiError(400, "Bad Request: media must contain 2-10 items")
            for item in media:
                caption = item.get("caption") if isinstance(item, dict) else None
                if caption is not None:
                    formatted = self._format(
                        caption, item.get("parse_mode"), item.get("caption_entities")
                    )
                    if len(formatted.text) > MAX_CAPTION_LENGTH:
                        raise BotApiError(400, "Bad Request: message caption is too long")
        return request

    def _format(
        self,
        text: str,
        parse_mode: str | None,
        entities: list[dict[str, Any]] | None,
    ) -> FormattedText:
        """Parse text per its parse_mode, turning a parse failure into Telegram's 400."""
        try:
            return parse_text(
                text, parse_mode, entities, strict_ampersand=self.strict_html_ampersand
            )
        except EntityParseError as exc:
            raise BotApiError(400, f"Bad Request: can't parse entities: {exc}") from None

    # -- faults ---------------------------------------------------------------------------------

    def _take_failure(self, method: str) -> _ScriptedFailure | None:
        for failure in self._failures:
            if failure.method is None or failure.method == method:
                failure.remaining -= 1
                if failure.remaining <= 0:
                    self._failures.remove(failure)
                return failure
        return None

    def _check_rate(self, chat_id: int | str | None) -> None:
        """Refuse a send above the configured rate with a 429, else count it."""
        now = self._clock()
        if self._rate_capacity is not None:
            _admit(self._send_times, self._rate_capacity, self._rate_window_s, now)
        if self._chat_rate_capacity is not None and chat_id is not None:
            times = self._chat_send_times.setdefault(chat_id, deque())
            _admit(times, self._chat_rate_capacity, self._chat_rate_window_s, now)
            times.append(now)
        if self._rate_capacity is not None:
            self._send_times.append(now)

    def block_chat(self, chat_id: int | str) -> None:
        """Make every call addressed to ``chat_id`` answer 403, as if the user blocked the bot."""
        with self._lock:
            self._blocked.add(chat_id)

    def unblock_chat(self, chat_id: int | str) -> None:
        """Undo :meth:`block_chat`."""
        with self._lock:
            self._blocked.discard(chat_id)

    @property
    def blocked_chats(self) -> frozenset[int | str]:
        """The chats currently answering 403."""
        with self._lock:
            return frozenset(self._blocked)

    def fail_next(
        self,
        method: str | None,
        status: int = 400,
        description: str | None = None,
        retry_after: int | None = None,
        count: int = 1,
    ) -> None:
        """Queue ``count`` failures for the next valid calls of ``method`` (``None``: any method).

        Without ``description`` Telegram's usual text for ``status`` is used; a 429 without
        ``retry_after`` gets 1 second.
        """
        canonical = None if method is None else self.spec.canonical_method(method) or method
        if status == 429 and retry_after is None:
            retry_after = 1
        text = description or _default_description(status, retry_after)
        with self._lock:
            self._failures.append(_ScriptedFailure(canonical, status, text, retry_after, count))

    def server_error_next(self, n: int = 1) -> None:
        """Answer the next ``n`` calls, whatever they are, with 502 Bad Gateway."""
        with self._lock:
            self._server_errors += n

    def rate_limit(
        self, per_second: float | None, *, per_chat_per_second: float | None = None
    ) -> None:
        """Enforce a sending limit like Telegram's flood control; ``None`` switches it off.

        Sends and edits (see :func:`is_rate_limited_method`) above ``per_second`` within a
        sliding window answer 429 with an integer ``retry_after`` of at least 1 second. The
        window is 1 s, or ``1 / per_second`` seconds for rates below one per second.
        ``per_chat_per_second`` adds the same limit per chat.
        """
        with self._lock:
            self._rate_capacity, self._rate_window_s = _window(per_second)
            self._send_times.clear()
            self._chat_rate_capacity, self._chat_rate_window_s = _window(per_chat_per_second)
            self._chat_send_times.clear()

    def reset_faults(self) -> None:
        """Drop blocks, scripted failures, pending 502s and rate limits."""
        with self._lock:
            self._blocked.clear()
            self._failures.clear()
            self._server_errors = 0
            self._rate_capacity = self._chat_rate_capacity = None
            self._send_times.clear()
            self._chat_send_times.clear()

    def set_handler(self, method: str, handler: Callable[[dict[str, Any]], Any] | None) -> None:
        """Replace the behaviour of ``method`` after validation; ``None`` restores the default.

        The handler gets the decoded parameters and returns the ``result``, or raises
        :class:`BotApiError` to answer an error. It runs under the fake's lock: keep it quick
        and do not call back into the fake.
        """
        canonical = self.spec.canonical_method(method)
        if canonical is None:
            raise ValueError(f"Telegram has no method {method!r}")
        with self._lock:
            if handler is None:
                self._handlers.pop(canonical, None)
            else:
                self._handlers[canonical] = handler

    # -- recording ------------------------------------------------------------------------------

    @property
    def calls(self) -> list[ApiCall]:
        """Snapshot of the calls answered with success, oldest first."""
        with self._lock:
            return list(self._accepted)

    @property
    def rejected(self) -> list[ApiCall]:
        """Snapshot of the calls refused with 400 (validation or content rules)."""
        with self._lock:
            return list(self._rejected)

    @property
    def all_calls(self) -> list[ApiCall]:
        """Snapshot of every call, whatever the answer (404, 403, 429, 502 included)."""
        with self._lock:
            return list(self._all)

    def calls_to(self, method: str, chat_id: int | str | None = None) -> list[ApiCall]:
        """Successful calls of ``method``, optionally only those addressed to ``chat_id``."""
        canonical = self.spec.canonical_method(method) or method
        with self._lock:
            return [
                c
                for c in self._accepted
                if c.method == canonical and (chat_id is None or c.chat_id == chat_id)
            ]

    def sent_messages(self, chat_id: int | str | None = None) -> list[ApiCall]:
        """Successful sendMessage/sendPhoto/sendDocument/sendVoice calls, optionally per chat."""
        with self._lock:
            return [
                c
                for c in self._accepted
                if c.method in SENT_MESSAGE_METHODS and (chat_id is None or c.chat_id == chat_id)
            ]

    def sent_texts(self, chat_id: int | str | None = None) -> list[str]:
        """Texts and captions of :meth:`sent_messages` as the recipient sees them."""
        return [c.shown_text or "" for c in self.sent_messages(chat_id)]

    def clear(self) -> None:
        """Forget recorded calls and reset ``count_429``; state and faults stay."""
        with self._lock:
            self._all.clear()
            self._accepted.clear()
            self._rejected.clear()
            self.count_429 = 0

    def wait_for_calls(
        self,
        method: str,
        count: int = 1,
        *,
        chat_id: int | str | None = None,
        timeout_s: float = 5.0,
    ) -> list[ApiCall]:
        """Block until ``count`` successful calls of ``method`` exist; return them.

        For code running the bot in another thread or process. From a coroutine use
        :meth:`wait_for_calls_async` so the event loop keeps running.
        """
        canonical = self.spec.canonical_method(method) or method
        deadline = time.monotonic() + timeout_s
        with self._lock:
            while True:
                found = [
                    c
                    for c in self._accepted
                    if c.method == canonical and (chat_id is None or c.chat_id == chat_id)
                ]
                remaining = deadline - time.monotonic()
                if len(found) >= count:
                    return found
                if remaining <= 0:
                    raise TimeoutError(
                        f"expected {count} {canonical} call(s), got {len(found)} in {timeout_s} s"
                    )
                self._calls_changed.wait(remaining)

    async def wait_for_calls_async(
        self,
        method: str,
        count: int = 1,
        *,
        chat_id: int | str | None = None,
        timeout_s: float = 5.0,
    ) -> list[ApiCall]:
        """Await until ``count`` successful calls of ``method`` exist; return them."""
        deadline = time.monotonic() + timeout_s
        while True:
            found = self.calls_to(method, chat_id)
            if len(found) >= count:
                return found
            if time.monotonic() >= deadline:
                raise TimeoutError(
                    f"expected {count} {method} call(s), got {len(found)} in {timeout_s} s"
                )
            await asyncio.sleep(0.005)

    # -- updates --------------------------------------------------------------------------------

    def push_update(self, update: Mapping[str, Any]) -> int:
        """Queue an Update (a dict as Telegram sends it) for getUpdates; return its update_id.

        A missing ``update_id`` is assigned. Chats, users and file ids in the update become
        known to the fake, and the chat's message ids continue after the update's.
        """
        item = _clone(dict(update))
        with self._lock:
            if "update_id" not in item:
                item["update_id"] = self._last_update_id + 1
            self._last_update_id = max(self._last_update_id, int(item["update_id"]))
            self._learn_from(item)
            self._updates.append(item)
            self._updates_changed.notify_all()
            return int(item["update_id"])

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates queued and not yet confirmed by a getUpdates offset."""
        with self._lock:
            return copy.deepcopy(self._updates)

    def cancel_long_polls(self) -> None:
        """Make waiting getUpdates calls return empty now (their client went away)."""
        with self._lock:
            self._poll_cancel += 1
            self._updates_changed.notify_all()

    def _learn_from(self, update: dict[str, Any]) -> None:
        for obj in _walk_dicts(update):
            if "file_id" in obj and isinstance(obj["file_id"], str):
                file_id = obj["file_id"]
                if file_id not in self._files:
                    self._register_file(
                        file_id, obj.get("file_unique_id") or f"U{file_id}", None, None, None
                    )
            chat = obj.get("chat")
            if isinstance(chat, dict) and isinstance(chat.get("id"), int):
                self._chats[chat["id"]] = {k: v for k, v in chat.items() if k != "all_members"}
                message_id = obj.get("message_id")
                if isinstance(message_id, int):
                    current = self._message_ids.get(chat["id"], 0)
                    self._message_ids[chat["id"]] = max(current, message_id)
                    sender = obj.get("from")
                    key = (chat["id"], message_id)
                    if isinstance(sender, dict) and sender.get("id") == self.bot_id:
                        # A bot message a callback points at exists on Telegram: remember it
                        # so edits compare against it.
                        self._messages.setdefault(key, copy.deepcopy(obj))
            sender = obj.get("from")
            if isinstance(sender, dict) and isinstance(sender.get("id"), int):
                self._users[sender["id"]] = dict(sender)

    # -- files ----------------------------------------------------------------------------------

    def add_file(
        self, data: bytes, filename: str = "file.bin", mime_type: str | None = None
    ) -> str:
        """Register a file users "sent" so getFile and downloads work; return its file_id."""
        with self._lock:
            return self._store_file("document", data, filename, mime_type).file_id

    def file_bytes(self, file_path: str) -> bytes | None:
        """Contents served for a getFile ``file_path``, or ``None`` if unknown."""
        with self._lock:
            file_id = self._file_paths.get(file_path)
            stored = self._files.get(file_id) if file_id else None
            return None if stored is None else stored.data or b""

    def _store_file(
        self, kind: str, data: bytes | None, filename: str | None, mime_type: str | None
    ) -> _StoredFile:
        self._file_seq += 1
        file_id = f"FAKE{kind.upper()}{self._file_seq:06d}"
        return self._register_file(file_id, f"U{self._file_seq:06d}", data, filename, mime_type)

    def _register_file(
        self,
        file_id: str,
        unique_id: str,
        data: bytes | None,
        filename: str | None,
        mime_type: str | None,
    ) -> _StoredFile:
        suffix = Path(filename).suffix if filename else ""
        path = f"files/file_{len(self._file_paths) + 1}{suffix}"
        stored = _StoredFile(file_id, unique_id, path, data, filename, mime_type)
        self._files[file_id] = stored
        self._file_paths[path] = file_id
        return stored

    # -- state helpers ------------------------------------------------------------------------

    def message(self, chat_id: int, message_id: int) -> dict[str, Any] | None:
        """The current state of a message the bot sent (edits applied), or ``None``."""
        with self._lock:
            found = self._messages.get((chat_id, message_id))
            return copy.deepcopy(found) if found else None

    @property
    def webhook_url(self) -> str:
        """The webhook URL set with setWebhook ("" when polling)."""
        with self._lock:
            return str(self._webhook["url"])

    def commands(
        self, scope: Mapping[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, Any]]:
        """The command list set for ``scope`` (default scope if omitted) and language."""
        with self._lock:
            return copy.deepcopy(self._commands.get(_commands_key(scope, language_code), []))

    def _chat_for(self, chat_id: int | str) -> dict[str, Any]:
        if isinstance(chat_id, str):
            # A public @username: a channel with a stable made-up id.
            name = chat_id.removeprefix("@")
            cid = -(1_000_000_000_000 + zlib.crc32(name.encode()) % 1_000_000_000)
            return {"id": cid, "type": "channel", "title": name, "username": name}
        known = self._chats.get(chat_id)
        if known is not None:
            return dict(known)
        if chat_id > 0:
            user = self._users.get(chat_id, {})
            return {
                "id": chat_id,
                "type": "private",
                "first_name": user.get("first_name", f"User {chat_id}"),
            }
        return {"id": chat_id, "type": "supergroup", "title": f"Group {chat_id}"}

    def _next_message_id(self, chat_id: int) -> int:
        self._message_ids[chat_id] = self._message_ids.get(chat_id, 0) + 1
        return self._message_ids[chat_id]

    def _new_message(self, chat_id: int | str, **content: Any) -> dict[str, Any]:
        chat = self._chat_for(chat_id)
        message = {
            "message_id": self._next_message_id(chat["id"]),
            "from": self._bot_from(),
            "chat": chat,
            "date": int(time.time()),
            **content,
        }
        self._messages[(chat["id"], message["message_id"])] = message
        return message

    def _find_message(self, params: dict[str, Any], missing: str) -> dict[str, Any]:
        """The stored bot message a chat_id/message_id pair names (made up unless strict)."""
        if "chat_id" not in params or "message_id" not in params:
            raise BotApiError(400, "Bad Request: message identifier is not specified")
        chat = self._chat_for(params["chat_id"])
        key = (chat["id"], int(params["message_id"]))
        found = self._messages.get(key)
        if found is None:
            if self.strict_ids:
                raise BotApiError(400, f"Bad Request: {missing}")
            found = {
                "message_id": key[1],
                "from": self._bot_from(),
                "chat": chat,
                "date": int(time.time()),
                "text": "",
            }
            self._messages[key] = found
        return found

    # -- behaviour ------------------------------------------------------------------------------

    def _dispatch(self, request: _Request) -> Any:
        """Run the behaviour of a validated call and return its ``result``."""
        behaviour = _BEHAVIOURS.get(request.method)
        if behaviour is not None:
            return behaviour(self, request)
        if request.method in _MEDIA_METHODS:
            return self._send_media(request, _MEDIA_METHODS[request.method])
        return self._generic(request)

    def _get_me(self, request: _Request) -> Any:
        return self.bot_user

    def _send_message(self, request: _Request) -> Any:
        assert request.text is not None
        content: dict[str, Any] = {"text": request.text.text}
        if request.text.entities:
            content["entities"] = request.text.entities
        self._add_common(content, request.params)
        return self._new_message(request.params["chat_id"], **content)

    def _add_common(self, content: dict[str, Any], params: dict[str, Any]) -> None:
        """Echo the parts of a send that end up in the Message: keyboard, reply."""
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            content["reply_markup"] = markup  # Messages only carry inline keyboards
        reply = params.get("reply_parameters")
        if isinstance(reply, dict) and "message_id" in reply:
            chat = self._chat_for(reply.get("chat_id", params["chat_id"]))
            original = self._messages.get((chat["id"], int(reply["message_id"])))
            if original is not None:
                content["reply_to_message"] = copy.deepcopy(original)
                content["reply_to_message"].pop("reply_to_message", None)

    def _media_object(self, kind: str, value: Any, request: _Request) -> dict[str, Any]:
        """Store an uploaded or referenced file and describe it as Telegram would."""
        params = request.params
        stored: _StoredFile | None = None
        if isinstance(value, dict):
            upload = request.files.get(kind)
            data = upload.data if upload else b""
            filename = value.get("filename")
            mime = upload.content_type if upload else None
            stored = self._store_file(kind, data, filename, mime)
        elif isinstance(value, str) and value.startswith("attach://"):
            upload = request.files.get(value.removeprefix("attach://"))
            if upload is None:
                raise BotApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
            stored = self._store_file(kind, upload.data, upload.filename, upload.content_type)
        elif isinstance(value, str) and value.startswith(("http://", "https://")):
            name = value.rsplit("/", 1)[-1] or None
            stored = self._store_file(kind, None, name, None)
        elif isinstance(value, str):
            stored = self._files.get(value)
            if stored is None:
                if self.strict_ids:
                    raise BotApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
                stored = self._register_file(value, f"U{value}", None, None, None)
        assert stored is not None
        base: dict[str, Any] = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id}
        if stored.size is not None:
            base["file_size"] = stored.size
        mime = stored.mime_type or _DEFAULT_MIME[kind]
        duration = int(params.get("duration", 1))
        if kind == "document":
            base.update(file_name=stored.filename or "document", mime_type=mime)
        elif kind == "voice":
            base.update(duration=duration, mime_type=mime)
        elif kind == "audio":
            base.update(duration=duration, mime_type=mime)
            if stored.filename:
                base["file_name"] = stored.filename
        elif kind in ("video", "animation"):
            base.update(
                width=int(params.get("width", 640)),
                height=int(params.get("height", 360)),
                duration=duration,
                mime_type=mime,
            )
        elif kind == "sticker":
            base.update(type="regular", width=512, height=512, is_animated=False, is_video=False)
        elif kind == "video_note":
            base.update(length=int(params.get("length", 240)), duration=duration)
        return base

    def _send_media(self, request: _Request, kind: str) -> Any:
        media = self._media_object(kind, request.params[kind], request)
        content: dict[str, Any] = {}
        if kind == "photo":
            thumb = {**media, "file_id": media["file_id"] + "-S", "width": 90, "height": 67}
            thumb["file_unique_id"] = media["file_unique_id"] + "S"
            thumb.pop("file_size", None)
            content["photo"] = [thumb, {**media, "width": 1280, "height": 960}]
        else:
            content[kind] = media
        if request.caption is not None and request.caption.text:
            content["caption"] = request.caption.text
            if request.caption.entities:
                content["caption_entities"] = request.caption.entities
        self._add_common(content, request.params)
        return self._new_message(request.params["chat_id"], **content)

    def _send_media_group(self, request: _Request) -> Any:
        self._media_group_seq += 1
        group_id = f"{1_300_000_000_000 + self._media_group_seq}"
        messages = []
        for item in request.params["media"]:
            kind = item.get("type", "document")
            media = self._media_object(kind, item.get("media"), request)
            content: dict[str, Any] = {"media_group_id": group_id}
            if kind == "photo":
                content["photo"] = [{**media, "width": 1280, "height": 960}]
            else:
                content[kind] = media
            if item.get("caption"):
                caption = self._format(
                    item["caption"], item.get("parse_mode"), item.get("caption_entities")
                )
                content["caption"] = caption.text
                if caption.entities:
                    content["caption_entities"] = caption.entities
            messages.append(self._new_message(request.params["chat_id"], **content))
        return messages

    def _edit_message_text(self, request: _Request) -> Any:
        params = request.params
        if "inline_message_id" in params:
            return True
        assert request.text is not None
        message = self._find_message(params, "message to edit not found")
        if "text" not in message:
            raise BotApiError(400, "Bad Request: there is no text in the message to edit")
        markup = _inline_markup(params)
        entities = request.text.entities
        if (
            message.get("text") == request.text.text
            and message.get("entities", []) == entities
            and message.get("reply_markup") == markup
        ):
            raise BotApiError(400, _NOT_MODIFIED)
        message["text"] = request.text.text
        _set_or_drop(message, "entities", entities or None)
        _set_or_drop(message, "reply_markup", markup)
        message["edit_date"] = int(time.time())
        return message

    def _edit_message_caption(self, request: _Request) -> Any:
        params = request.params
        if "inline_message_id" in params:
            return True
        message = self._find_message(params, "message to edit not found")
        caption = request.caption.text if request.caption else ""
        entities = request.caption.entities if request.caption else []
        markup = _inline_markup(params)
        if (
            message.get("caption", "") == caption
            and message.get("caption_entities", []) == entities
            and message.get("reply_markup") == markup
        ):
            raise BotApiError(400, _NOT_MODIFIED)
        _set_or_drop(message, "caption", caption or None)
        _set_or_drop(message, "caption_entities", entities or None)
        _set_or_drop(message, "reply_markup", markup)
        message["edit_date"] = int(time.time())
        return message

    def _edit_message_reply_markup(self, request: _Request) -> Any:
        params = request.params
        if "inline_message_id" in params:
            return True
        message = self._find_message(params, "message to edit not found")
        markup = _inline_markup(params)
        if message.get("reply_markup") == markup:
            raise BotApiError(400, _NOT_MODIFIED)
        _set_or_drop(message, "reply_markup", markup)
        message["edit_date"] = int(time.time())
        return message

    def _delete_message(self, request: _Request) -> Any:
        chat = self._chat_for(request.params["chat_id"])
        key = (chat["id"], int(request.params["message_id"]))
        if self._messages.pop(key, None) is None and self.strict_ids:
            raise BotApiError(400, "Bad Request: message to delete not found")
        return True

    def _delete_messages(self, request: _Request) -> Any:
        chat = self._chat_for(request.params["chat_id"])
        for message_id in request.params["message_ids"]:
            self._messages.pop((chat["id"], int(message_id)), None)
        return True

    def _copy_or_forward(self, request: _Request, *, forward: bool) -> Any:
        params = request.params
        source_chat = self._chat_for(params["from_chat_id"])
        source = self._messages.get((source_chat["id"], int(params["message_id"])))
        content: dict[str, Any] = {}
        if source is not None:
            skip = {"message_id", "from", "chat", "date", "edit_date", "reply_to_message"}
            content = {k: copy.deepcopy(v) for k, v in source.items() if k not in skip}
        if forward:
            content["forward_origin"] = {
                "type": "hidden_user",
                "sender_user_name": "Unknown",
                "date": int(time.time()),
            }
            return self._new_message(params["chat_id"], **content)
        if "caption" in params and request.caption is not None:
            content["caption"] = request.caption.text
        self._add_common(content, params)
        return {"message_id": self._new_message(params["chat_id"], **content)["message_id"]}

    def _copy_message(self, request: _Request) -> Any:
        return self._copy_or_forward(request, forward=False)

    def _forward_message(self, request: _Request) -> Any:
        return self._copy_or_forward(request, forward=True)

    def _get_updates(self, request: _Request) -> Any:
        params = request.params
        if self._webhook["url"]:
            raise BotApiError(409, _CONFLICT_WEBHOOK)
        if "allowed_updates" in params:
            # Telegram remembers the last list; an empty list means "the default kinds".
            self._allowed_updates = frozenset(params["allowed_updates"]) or None
        limit = min(100, max(1, int(params.get("limit", 100))))
        timeout = max(0.0, float(params.get("timeout", 0)))
        self._poll_generation += 1
        generation = self._poll_generation
        cancel = self._poll_cancel
        deadline = time.monotonic() + min(timeout, self.long_poll_cap_s)
        while True:
            self._confirm_updates(params.get("offset"))
            ready = self._deliverable(limit)
            remaining = deadline - time.monotonic()
            if ready or remaining <= 0:
                return ready
            self._updates_changed.wait(remaining)
            if self._poll_generation != generation:
                raise BotApiError(409, _CONFLICT_POLLER)
            if self._poll_cancel != cancel:
                return []

    def _confirm_updates(self, offset: int | None) -> None:
        """Forget updates an offset confirms (negative: keep only the last ``-offset``)."""
        if offset is None:
            return
        if offset < 0:
            del self._updates[: max(0, len(self._updates) + offset)]
        else:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]

    def _deliverable(self, limit: int) -> list[dict[str, Any]]:
        """Drop updates of kinds not allowed (Telegram never sends them) and return the rest."""
        if self._allowed_updates is None:
            keep = [u for u in self._updates if _update_kind(u) not in _OPT_IN_UPDATES]
        else:
            keep = [u for u in self._updates if _update_kind(u) in self._allowed_updates]
        self._updates = keep
        return keep[:limit]

    def _set_webhook(self, request: _Request) -> Any:
        params = request.params
        url = params["url"]
        if url and self.strict_webhook_url:
            parts = _split_url(url)
            if parts is None or parts[0] != "https":
                raise BotApiError(
                    400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
                )
            if parts[1] not in _WEBHOOK_PORTS:
                raise BotApiError(
                    400,
                    "Bad Request: bad webhook: Webhook can be set up only on ports "
                    "80, 88, 443 or 8443",
                )
        secret = params.get("secret_token")
        if secret is not None and not _SECRET_TOKEN_RE.fullmatch(secret):
            raise BotApiError(
                400, "Bad Request: bad webhook: secret token contains unallowed characters"
            )
        if params.get("drop_pending_updates"):
            self._updates.clear()
        if "allowed_updates" in params:
            self._allowed_updates = frozenset(params["allowed_updates"]) or None
        self._webhook = {
            "url": url,
            "secret_token": secret,
            "max_connections": params.get("max_connections", 40),
        }
        self._updates_changed.notify_all()
        return True

    def _delete_webhook(self, request: _Request) -> Any:
        if request.params.get("drop_pending_updates"):
            self._updates.clear()
        self._webhook = {"url": ""}
        return True

    def _get_webhook_info(self, request: _Request) -> Any:
        info: dict[str, Any] = {
            "url": self._webhook["url"],
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        if self._webhook["url"]:
            info["max_connections"] = self._webhook["max_connections"]
            if self._allowed_updates is not None:
                info["allowed_updates"] = sorted(self._allowed_updates)
        return info

    def _set_my_commands(self, request: _Request) -> Any:
        params = request.params
        key = _commands_key(params.get("scope"), params.get("language_code", ""))
        self._commands[key] = [
            {"command": c["command"], "description": c["description"]} for c in params["commands"]
        ]
        return True

    def _get_my_commands(self, request: _Request) -> Any:
        params = request.params
        key = _commands_key(params.get("scope"), params.get("language_code", ""))
        return self._commands.get(key, [])

    def _delete_my_commands(self, request: _Request) -> Any:
        params = request.params
        self._commands.pop(
            _commands_key(params.get("scope"), params.get("language_code", "")), None
        )
        return True

    def _get_file(self, request: _Request) -> Any:
        file_id = request.params["file_id"]
        stored = self._files.get(file_id)
        if stored is None:
            if self.strict_ids:
                raise BotApiError(400, "Bad Request: invalid file_id")
            stored = self._register_file(file_id, f"U{file_id}", b"", None, None)
        result: dict[str, Any] = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_path": stored.file_path,
        }
        if stored.size is not None:
            result["file_size"] = stored.size
        return result

    def _get_chat(self, request: _Request) -> Any:
        chat = self._chat_for(request.params["chat_id"])
        info = self.spec.minimal_object("ChatFullInfo", chat) or chat
        info["max_reaction_count"] = 11
        return info

    def _get_chat_member(self, request: _Request) -> Any:
        user_id = int(request.params["user_id"])
        if user_id == self.bot_id:
            user = self._bot_from()
        else:
            user = self._users.get(user_id) or {
                "id": user_id,
                "is_bot": False,
                "first_name": f"User {user_id}",
            }
        return {"status": "member", "user": dict(user)}

    def _answer_true(self, request: _Request) -> Any:
        return True

    def _generic(self, request: _Request) -> Any:
        """Answer any other documented method with the smallest result its spec allows."""
        returns = self.spec.returns(request.method)
        params = request.params
        if not returns or "Boolean" in returns or returns == ("True",):
            return True
        first = returns[0]
        if first == "Message" and "chat_id" in params:
            content: dict[str, Any] = {}
            kind_type = request.method.removeprefix("send")
            kind = re.sub(r"(?<!^)(?=[A-Z])", "_", kind_type).lower()
            obj = self.spec.minimal_object(kind_type) if request.method.startswith("send") else None
            if obj is not None:
                # Echo scalar parameters that are fields of the content (latitude, emoji, ...).
                type_fields = {f["name"] for f in self.spec.types[kind_type].get("fields", [])}
                for name, value in params.items():
                    if name in type_fields and isinstance(value, str | int | float | bool):
                        obj[name] = value
                content[kind] = obj
            if request.caption is not None and request.caption.text:
                content["caption"] = request.caption.text
            self._add_common(content, params)
            return self._new_message(params["chat_id"], **content)
        if first == "Array of MessageId":
            chat_id = params.get("chat_id")
            if chat_id is None:
                return []
            return [
                {"message_id": self._new_message(chat_id)["message_id"]}
                for _ in params.get("message_ids", [])
            ]
        if first.startswith("Array of "):
            return []
        if first in _PRIMITIVE_DEFAULTS:
            return _PRIMITIVE_DEFAULTS[first]
        return self.spec.minimal_object(first) or True


_BEHAVIOURS: Final[dict[str, Callable[[FakeBotAPI, _Request], Any]]] = {
    "getMe": FakeBotAPI._get_me,
    "sendMessage": FakeBotAPI._send_message,
    "sendMediaGroup": FakeBotAPI._send_media_group,
    "editMessageText": FakeBotAPI._edit_message_text,
    "editMessageCaption": FakeBotAPI._edit_message_caption,
    "editMessageReplyMarkup": FakeBotAPI._edit_message_reply_markup,
    "deleteMessage": FakeBotAPI._delete_message,
    "deleteMessages": FakeBotAPI._delete_messages,
    "copyMessage": FakeBotAPI._copy_message,
    "forwardMessage": FakeBotAPI._forward_message,
    "getUpdates": FakeBotAPI._get_updates,
    "setWebhook": FakeBotAPI._set_webhook,
    "deleteWebhook": FakeBotAPI._delete_webhook,
    "getWebhookInfo": FakeBotAPI._get_webhook_info,
    "setMyCommands": FakeBotAPI._set_my_commands,
    "getMyCommands": FakeBotAPI._get_my_commands,
    "deleteMyCommands": FakeBotAPI._delete_my_commands,
    "getFile": FakeBotAPI._get_file,
    "getChat": FakeBotAPI._get_chat,
    "getChatMember": FakeBotAPI._get_chat_member,
    "answerCallbackQuery": FakeBotAPI._answer_true,
    "sendChatAction": FakeBotAPI._answer_true,
    "logOut": FakeBotAPI._answer_true,
    "close": FakeBotAPI._answer_true,
}


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def _window(per_second: float | None) -> tuple[int | None, float]:
    """Turn a rate into (capacity, window seconds) for a sliding-window limiter."""
    if per_second is None or per_second <= 0:
        return None, 1.0
    if per_second >= 1:
        return max(1, math.floor(per_second)), 1.0
    return 1, 1.0 / per_second


def _admit(times: deque[float], capacity: int, window_s: float, now: float) -> None:
    """Raise a 429 if ``times`` already holds ``capacity`` sends within the window."""
    while times and times[0] <= now - window_s:
        times.popleft()
    if len(times) >= capacity:
        retry_after = max(1, math.ceil(times[0] + window_s - now))
        raise BotApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after)


def _inline_markup(params: dict[str, Any]) -> dict[str, Any] | None:
    markup = params.get("reply_markup")
    return markup if isinstance(markup, dict) and "inline_keyboard" in markup else None


def _set_or_drop(target: dict[str, Any], key: str, value: Any) -> None:
    if value is None:
        target.pop(key, None)
    else:
        target[key] = value


def _commands_key(scope: Mapping[str, Any] | None, language_code: str | None) -> tuple[str, str]:
    scope_json = json.dumps(dict(scope or {"type": "default"}), sort_keys=True)
    return scope_json, language_code or ""


def _split_url(url: str) -> tuple[str, int] | None:
    """Return (scheme, port) of an absolute URL, or None if it is not one."""
    match = re.fullmatch(r"([a-zA-Z][a-zA-Z0-9+.-]*)://([^/?#]+)(.*)", url)
    if match is None:
        return None
    scheme = match.group(1).lower()
    host = match.group(2).rsplit("@", 1)[-1]
    port_text = host.rsplit(":", 1)[1] if ":" in host and not host.endswith("]") else ""
    default = 443 if scheme == "https" else 80
    return scheme, int(port_text) if port_text.isdigit() else default


def _validate_reply_markup(markup: Any) -> None:
    """Refuse keyboards Telegram refuses (button texts, callback_data size, URLs)."""
    if not isinstance(markup, dict):
        raise BotApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise BotApiError(
                400, "Bad Request: can't parse inline keyboard: field must be an Array of Arrays"
            )
        if sum(len(row) for row in rows) > MAX_INLINE_BUTTONS:
            raise BotApiError(400, "Bad Request: reply markup is too long")
        for row in rows:
            for button in row:
                _validate_inline_button(button)
    elif "keyboard" in markup:
        rows = markup["keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise BotApiError(
                400, "Bad Request: can't parse keyboard: field must be an Array of Arrays"
            )
        for row in rows:
            for button in row:
                text = button.get("text") if isinstance(button, dict) else button
                if not isinstance(text, str) or not text:
                    raise BotApiError(
                        400, "Bad Request: can't parse keyboard button: text is empty"
                    )


def _validate_inline_button(button: Any) -> None:
    prefix = "Bad Request: can't parse InlineKeyboardButton:"
    if not isinstance(button, dict):
        raise BotApiError(400, f"{prefix} InlineKeyboardButton must be an Object")
    text = button.get("text")
    if not isinstance(text, str):
        raise BotApiError(400, f'{prefix} Field "text" must be of type String')
    if not text.strip():
        # Approximation: Telegram refuses empty labels, its exact wording is undocumented.
        raise BotApiError(400, f"{prefix} button text must be non-empty")
    # An empty callback_data/url counts as absent, like on Telegram.
    actions = [key for key in _INLINE_BUTTON_ACTIONS if button.get(key) not in (None, "")]
    if not actions:
        raise BotApiError(400, f"{prefix} Text buttons are not allowed in the inline keyboard")
    data = button.get("callback_data")
    if data not in (None, ""):
        if not isinstance(data, str) or len(data.encode("utf-8")) > MAX_CALLBACK_DATA_BYTES:
            raise BotApiError(400, "Bad Request: BUTTON_DATA_INVALID")
    url = button.get("url")
    if url not in (None, ""):
        parts = _split_url(url) if isinstance(url, str) else None
        if parts is None or parts[0] not in ("http", "https", "tg"):
            raise BotApiError(400, "Bad Request: BUTTON_URL_INVALID")


def _validate_commands(commands: Any) -> None:
    if not isinstance(commands, list):
        raise BotApiError(400, 'Bad Request: field "commands" must be an Array')
    if len(commands) > 100:
        raise BotApiError(400, "Bad Request: too many commands")
    for command in commands:
        if not isinstance(command, dict):
            raise BotApiError(400, "Bad Request: can't parse BotCommand: must be an Object")
        if not _COMMAND_RE.fullmatch(str(command.get("command", ""))):
            raise BotApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        description = command.get("description")
        if not isinstance(description, str) or not 1 <= len(description) <= 256:
            raise BotApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
