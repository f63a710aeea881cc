"""`kring admin add-to-project` (issue 16): an operator adds organisations to a project
several of them share; an unknown organisation is refused with a one-line hint."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.__main__ import main
from storage.db import create_engine, create_sessionmaker
from storage.impact import ImpactService


async def _projects(url: str) -> tuple[list[tuple[int, str]], dict[int, str]]:
    engine = create_engine(url)
    try:
        service = ImpactService(create_sessionmaker(engine))
        found = await service.projects_of({1, 2})
        return found, await service.project_organisations(found[0][0]) if found else {}
    finally:
        await engine.dispose()


def test_an_operator_adds_two_organisations_to_a_project(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'kring.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    for name, person in (("Stichting Buurtmoeders", "11"), ("Somali Vrouwen", "12")):
        main(["admin", "add-coordinator", "--organisation", name, "--telegram-id", person])
    main(["admin", "add-to-project", "--project", "Krachtige Gezinnen",
          "--organisation", "Stichting Buurtmoeders"])  # fmt: skip
    main(["admin", "add-to-project", "--project", "Krachtige Gezinnen", "--organisation", "2"])
    said = capsys.readouterr().out
    assert "organisation 2 takes part in 'Krachtige Gezinnen'" in said
    projects, organisations = asyncio.run(_projects(url))
    assert [name for _, name in projects] == ["Krachtige Gezinnen"]
    assert organisations == {1: "Stichting Buurtmoeders", 2: "Somali Vrouwen"}

    with pytest.raises(SystemExit) as refused:
        main(["admin", "add-to-project", "--project", "Krachtige Gezinnen",
              "--organisation", "Nobody"])  # fmt: skip
    assert refused.value.code != 0
    assert "no organisation 'Nobody'" in capsys.readouterr().err
