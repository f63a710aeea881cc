"""Button data, written and read one way: a prefix, then fields separated by colons
(written by `bot.render.button_data`, read here).

`callback_data` is 1-64 bytes, so a button carries ids and short codes, never text.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.render import button_data

__all__ = ["Tap", "button_data", "parse"]


@dataclass(frozen=True, slots=True)
class Tap:
    """The fields of a tapped button's data, read without guessing."""

    fields: tuple[str, ...]

    def text(self, index: int, default: str = "") -> str:
        """Field `index`, or `default` when the data is shorter."""
        return self.fields[index] if index < len(self.fields) else default

    def number(self, index: int, *, last: bool = False) -> int | None:
        """Field `index` as a whole number, or None when it is missing or not one.

        With `last`, the field must also end the data: the fields from `index` on are read
        as one (as `rest` joins them), so `5:x` is not the number 5.
        """
        value = self.rest(index) if last else self.text(index)
        return int(value) if value.isdigit() and len(value) < 19 else None

    def rest(self, index: int) -> str:
        """Fields from `index` on, joined again (a value that itself holds colons)."""
        return ":".join(self.fields[index:])


def parse(data: str | None, prefix: str) -> Tap | None:
    """The fields after `prefix`, or None when the data does not start with it."""
    if data is None or not data.startswith(prefix):
        return None
    return Tap(tuple(data[len(prefix) :].split(":")))
