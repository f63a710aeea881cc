"""Refresh `messages.pot` from the source and merge new messages into every catalog.

Run `python -m locales.update` after adding or changing a message, then translate the new
empty entries in all five `.po` files (the tests fail until every one is translated).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
SOURCES = ["bot", "handlers", "scheduler", "storage"]
KEYWORDS = ["-k", "gettext", "-k", "ngettext:1,2", "-k", "pgettext:1c,2", "-k", "N_"]


def extract_command(output: Path) -> list[str]:
    """The `pybabel extract` command line that writes the template to `output`."""
    return [
        sys.executable, "-m", "babel.messages.frontend", "extract",
        "-F", str(LOCALES / "babel.cfg"), *KEYWORDS,
        "--no-location", "--sort-output", "--omit-header",
        "-o", str(output), *SOURCES,
    ]  # fmt: skip


def main() -> None:
    """Extract, then `pybabel update` each catalog without fuzzy guesses."""
    pot = LOCALES / "messages.pot"
    subprocess.run(extract_command(pot), check=True, cwd=ROOT)
    subprocess.run(
        [
            sys.executable, "-m", "babel.messages.frontend", "update",
            "-i", str(pot), "-d", str(LOCALES), "-D", "messages",
            "--no-fuzzy-matching", "--width", "88",
        ],
        check=True,
        cwd=ROOT,
    )  # fmt: skip


if __name__ == "__main__":
    main()
