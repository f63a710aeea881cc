"""Renderers: every message Kring writes, as plain values.

A renderer takes plain values (a `Translator`, views from storage, numbers) and returns a
`Reply`: the text, and buttons as data (a label, an action and its arguments). No Telegram
type is used here, so the same words serve a reply, an outbox row, the dashboard and, one
day, another chat channel; `handlers.keyboards` is the one place that turns a `Reply` into
Telegram's `InlineKeyboardMarkup` (and `bot.delivery` the one place for outbox rows).

Action prefixes (`"att:"`, `"mt:"`…) live with the renderer that writes them; a callback
handler imports the prefix it reads (`handlers.callbacks.parse`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

MAX_DATA_BYTES = 64  # Telegram's limit for a button's callback data


def button_data(action: str, *args: object) -> str:
    """`action` followed by the arguments, joined by colons (at most 64 bytes)."""
    data = action + ":".join(str(a) for a in args)
    if len(data.encode()) > MAX_DATA_BYTES:
        raise ValueError(f"button data over {MAX_DATA_BYTES} bytes: {data!r}")
    return data


@dataclass(frozen=True, slots=True)
class Button:
    """One button: tapping it sends `action` and `args` back, or opens `url`."""

    label: str
    action: str = ""
    args: tuple[str | int, ...] = ()
    url: str | None = None

    @property
    def data(self) -> str:
        """The button's data as Telegram carries it (`action` then `args`, colon-separated)."""
        return button_data(self.action, *self.args)

    def as_json(self) -> dict[str, Any]:
        """The button as JSON for an outbox row."""
        if self.url is not None:
            return {"label": self.label, "url": self.url}
        return {"label": self.label, "action": self.action, "args": list(self.args)}

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> Button:
        """A button read back from an outbox row."""
        if "url" in value:
            return cls(str(value["label"]), url=str(value["url"]))
        args = tuple(a if isinstance(a, int) else str(a) for a in value.get("args", ()))
        return cls(str(value["label"]), str(value.get("action", "")), args)


def tap(label: str, action: str, *args: str | int) -> Button:
    """A button that sends `action` with `args` when tapped."""
    return Button(label, action, tuple(args))


def link(label: str, url: str) -> Button:
    """A button that opens `url`."""
    return Button(label, url=url)


Rows = tuple[tuple[Button, ...], ...]


def rows(*lines: Iterable[Button] | Button) -> Rows:
    """Button rows from rows (iterables) or single buttons (a row of one)."""
    return tuple((line,) if isinstance(line, Button) else tuple(line) for line in lines)


def column(buttons: Iterable[Button]) -> Rows:
    """One button a row."""
    return tuple((b,) for b in buttons)


def grid(buttons: Sequence[Button], width: int) -> Rows:
    """Buttons `width` to a row."""
    return tuple(tuple(buttons[i : i + width]) for i in range(0, len(buttons), width))


@dataclass(frozen=True, slots=True)
class Reply:
    """A message as Kring writes it: HTML text (or plain) and rows of buttons."""

    text: str
    buttons: Rows = field(default=())
    html: bool = True

    def payload(self) -> dict[str, Any]:
        """The message as an outbox row's JSON payload for `sendMessage`."""
        payload: dict[str, Any] = {"text": self.text}
        if self.html:
            payload["parse_mode"] = "HTML"
        if self.buttons:
            payload[BUTTONS_KEY] = buttons_json(self.buttons)
        return payload


# The key of an outbox payload that holds buttons as data; `bot.delivery` turns it into
# Telegram's `reply_markup` when it sends.
BUTTONS_KEY = "buttons"


def buttons_json(buttons: Rows) -> list[list[dict[str, Any]]]:
    """Rows of buttons as JSON."""
    return [[b.as_json() for b in row] for row in buttons]


def buttons_from_json(value: object) -> Rows:
    """Rows of buttons read back from JSON (what `buttons_json` wrote)."""
    if not isinstance(value, list):
        return ()
    return tuple(
        tuple(Button.from_json(b) for b in row if isinstance(b, dict))
        for row in value
        if isinstance(row, list)
    )
