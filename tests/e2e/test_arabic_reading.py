"""Arabic messages as a phone shows them: the bot's real replies (through the PTB client
and the fake Bot API) laid out by a headless Chromium in a right-to-left paragraph, the
way Telegram lays out a message that starts in Arabic. What is checked is where each
character lands on the screen; every page is saved as a screenshot in test-artifacts/.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Database
from tests.e2e.browser import chromium, require_chromium
from tests.harness import BotHarness, bot_harness
from tests.world import build_group

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

COORDINATOR, FACILITATOR = 9_100_000_001, 9_100_000_002

# The x position (CSS pixels) of every character of the message in paragraph `index`.
POSITIONS = """([index]) => {
  const node = document.querySelectorAll('p')[index].firstChild;
  const range = document.createRange();
  const out = [];
  for (let i = 0; i < node.length; i++) {
    range.setStart(node, i); range.setEnd(node, i + 1);
    const box = range.getBoundingClientRect();
    out.push([box.left, box.top, box.width]);
  }
  return out;
}"""


async def arabic_facilitator(bot: BotHarness) -> None:
    await build_group(
        bot.services,
        coordinator=COORDINATOR,
        name="أمهات الشمال",
        language="ar",
        facilitators={FACILITATOR: ("فاطمة", "ar")},
    )


async def reply(bot: BotHarness, text: str) -> str:
    calls = await bot.send(
        bot.updates.message(text, user_id=FACILITATOR, first_name="فاطمة", language_code="ar")
    )
    [sent] = [c for c in calls if c.method == "sendMessage"]
    return sent.shown_text or ""


class Shown:
    """A message laid out in a Chromium page: where each of its characters landed."""

    def __init__(self, text: str, boxes: list[list[float]]) -> None:
        self.text = text
        self.boxes = boxes

    def x(self, index: int) -> float:
        return self.boxes[index][0]

    def line(self, index: int) -> float:
        return self.boxes[index][1]

    def left_to_right(self, word: str, start: int = 0) -> bool:
        """Whether `word` (found from `start`) shows its characters left to right."""
        at = self.text.index(word, start)
        xs = [self.x(i) for i in range(at, at + len(word)) if self.boxes[i][2] > 0]
        return xs == sorted(xs) and len(xs) == len(set(xs))


async def lay_out(page: Any, texts: list[str], shot: Path) -> list[Shown]:
    body = "".join(f'<p dir="auto">{html.escape(t)}</p>' for t in texts)
    await page.set_content(
        '<!doctype html><html lang="ar"><head><meta charset="utf-8"><style>'
        "body { font: 18px sans-serif; width: 360px; margin: 16px; }"
        "p { white-space: pre-wrap; border-bottom: 1px solid #ccc; padding: 8px 0; }"
        f"</style></head><body>{body}</body></html>"
    )
    await page.screenshot(path=str(shot), full_page=True)
    return [Shown(t, await page.evaluate(POSITIONS, [i])) for i, t in enumerate(texts)]


async def test_arabic_messages_show_commands_and_dates_the_right_way_round(
    sqlite_db: Database, artifacts_dir: Path
) -> None:
    require_chromium()
    async with bot_harness(sqlite_db) as bot:
        await arabic_facilitator(bot)
        unknown = await reply(bot, "/nonsense")
        blockday = await reply(bot, "/blockday")
        helped = await reply(bot, "/help")
    assert "/help" in unknown and "/blockday 24-12 31-12" in blockday

    async with chromium() as browser:
        page = await browser.new_page(viewport={"width": 400, "height": 900})
        shown = await lay_out(page, [unknown, blockday, helped], artifacts_dir / "arabic.png")
    unknown_shown, blockday_shown, help_shown = shown

    # "/help" inside an Arabic sentence: the slash stays before the word, on its left.
    assert unknown_shown.left_to_right("/help"), unknown
    # A command line with dates: "/blockday 24-12 31-12" reads as typed, first date left.
    assert blockday_shown.left_to_right("/blockday"), blockday
    first = blockday.index("24-12")
    second = blockday.index("31-12")
    assert blockday_shown.x(first) < blockday_shown.x(second)
    assert blockday_shown.x(blockday.index("/blockday")) < blockday_shown.x(first)
    # /help's list: each line reads right to left (the command at the right of its
    # description, as the start of an Arabic line), the command itself kept whole.
    lines = [line for line in helped.split("\n") if "/" in line]
    assert lines
    offset = 0
    for line in lines:
        at = helped.index(line, offset)
        offset = at + len(line)
        slash = at + line.index("/")
        word = line.split("/", 1)[1].split("\u2069")[0].split()[0]
        assert help_shown.left_to_right("/" + word, at), line
        described = at + line.index("– ") + 2  # the description's first letter
        assert help_shown.line(described) == help_shown.line(slash), line
        assert help_shown.x(described) < help_shown.x(slash), line
