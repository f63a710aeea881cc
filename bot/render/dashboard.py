"""The dashboard's words: what its pages, its CSV export and its starting page say.

`Page` is what the templates get for one page in one language: translated messages (the
templates' `gettext`), numbers, dates, the hidden mark and typed text, escaped and
isolated. The routes in `bot.web.dashboard` decide who sees what; the words are here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from babel.core import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal, format_percent
from markupsafe import Markup, escape

from bot.i18n import FSI, PDI, Translator, strip_bidi
from bot.prompts import Source, source_name
from bot.render.digest_text import hidden_legend, hidden_word
from storage.digest_stats import Hidden


class Page:
    """Formatting helpers for one page in one language (passed to the templates)."""

    def __init__(self, tr: Translator, timezone: str = "Europe/Amsterdam") -> None:
        self.tr = tr
        self.zone = ZoneInfo(timezone)
        self.locale = Locale.parse(tr.locale)
        self.dir = "rtl" if tr.rtl else "ltr"
        self.lang = tr.locale
        self.used_hidden = False  # a hidden mark was written: the page shows its legend

    def gettext(self, message: str, **values: Any) -> Markup:
        """A translated message; `values` fill `{placeholders}`, escaped."""
        return Markup(escape(self.tr.gettext(message))).format(**values)

    def pgettext(self, context: str, message: str, **values: Any) -> Markup:
        """A translated message with a context (a word used in two places)."""
        return Markup(escape(self.tr.pgettext(context, message))).format(**values)

    def ngettext(self, singular: str, plural: str, n: int, **values: Any) -> Markup:
        text = self.tr.ngettext(singular, plural, n)
        return Markup(escape(text)).format(n=n, **values)

    def user(self, value: str | None) -> Markup:
        """Text someone typed: escaped, bidi controls removed, isolated in its direction."""
        return Markup(FSI) + escape(strip_bidi(value or "–")) + Markup(PDI)

    def hidden(self) -> Markup:
        """The mark of a figure about fewer than five parents (see `hidden_legend`)."""
        self.used_hidden = True
        return Markup('<i class="hidden-figure">{}</i>').format(hidden_word(self.tr))

    def hidden_legend(self) -> Markup:
        """The one line that says what the hidden mark means."""
        return Markup(escape(hidden_legend(self.tr, markup=False)))

    def num(self, value: Any) -> str:
        if isinstance(value, Hidden):
            return self.hidden()
        if value is None:
            return "–"
        if isinstance(value, float):
            return format_decimal(value, "#,##0.0", locale=self.locale)
        return format_decimal(value, locale=self.locale)

    def pct(self, value: Any) -> str:
        if isinstance(value, Hidden):
            return self.hidden()
        if value is None:
            return "–"
        return format_percent(value, locale=self.locale)

    def points(self, value: Any, scale: float = 100.0) -> str:
        """A trend: signed, in percentage points (scale 100) or mood points (scale 1)."""
        if isinstance(value, Hidden):
            return self.hidden()
        if value is None:
            return "–"
        number = value * scale
        arrow = "↗" if number > 0.05 else "↘" if number < -0.05 else "→"
        return f"{arrow} {format_decimal(number, '+#,##0.0;-#,##0.0', locale=self.locale)}"

    def date(self, value: datetime | None) -> str:
        if value is None:
            return "–"
        return format_date(value.astimezone(self.zone), "medium", locale=self.locale)

    def datetime(self, value: datetime | None) -> str:
        if value is None:
            return "–"
        return format_datetime(value, "d MMM y HH:mm", tzinfo=self.zone, locale=self.locale)


def starting_page(tr: Translator) -> str:
    """A short page while the bot is still starting (HTML)."""
    text = escape(tr.gettext("Kring is starting. Try again in a minute."))
    return (
        f'<!doctype html><html lang="{tr.locale}" dir="{"rtl" if tr.rtl else "ltr"}">'
        '<head><meta charset="utf-8"><title>Kring</title></head><body><p id="starting">'
        f"{text}</p></body></html>"
    )


def csv_headers(tr: Translator) -> dict[str, str]:
    """The export's column names in the reader's language (see `EXPORT_COLUMNS`)."""
    mood = tr.pgettext("csv column", "mood {value}")
    reflection = tr.pgettext("csv column", "question of the week {value}")
    return {
        "group_id": tr.pgettext("csv column", "group number"),
        "group_name": tr.pgettext("csv column", "group"),
        "week_start": tr.pgettext("csv column", "week from"),
        "week_end": tr.pgettext("csv column", "week until"),
        "rounds": tr.pgettext("csv column", "check-ins held"),
        "invited": tr.pgettext("csv column", "parents asked"),
        "answered": tr.pgettext("csv column", "parents who answered"),
        "response_rate": tr.pgettext("csv column", "share who answered"),
        **{f"mood_{v}": mood.format(value=v) for v in range(1, 6)},
        "mood_mean": tr.pgettext("csv column", "average mood"),
        **{f"reflection_{v}": reflection.format(value=v) for v in range(1, 4)},
        "contacts_opened": tr.pgettext("csv column", "contact requests"),
        "contacts_handled": tr.pgettext("csv column", "contact requests handled"),
        "meetings": tr.pgettext("csv column", "meetings"),
        "attendance_yes": tr.pgettext("dashboard column", "Coming"),
        "attendance_no": tr.pgettext("dashboard column", "Not coming"),
        "attendance_maybe": tr.pgettext("dashboard column", "Not sure"),
        "moderation_actions": tr.pgettext("csv column", "moderation actions"),
    }


def source_label(tr: Translator, value: str | None) -> str:
    """A source of strength by name, or "Own questions" for a group's own."""
    try:
        return source_name(tr, Source(value or ""))
    except ValueError:
        return tr.gettext("Own questions")
