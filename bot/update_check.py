"""Is this body an update Telegram could have sent? Checked before anything stores it.

Telegram never sends a body nested a thousand deep, a `language_code` that is a number, an
id beyond 64 bits, a NUL character or half of a surrogate pair, but whoever reaches the
webhook can; refusing them at the door (the webhook answers 400) keeps them out of the
inbox, the handlers and the database. Field types come from the Bot API specification
(`update_schema.json`, made from it by `python -m bot.update_check`); fields the
specification does not list yet are allowed, still within the limits of depth, size and
characters.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

SCHEMA = Path(__file__).with_name("update_schema.json")
MAX_DEPTH = 24  # a real update nests about eight deep (a reply to a message in a topic)
MAX_ITEMS = 10_000  # values in all: a long text's entities are a few hundred
MAX_STRING = 65_536  # characters; a message text is at most 4,096, a caption 1,024
INT_MIN, INT_MAX = -(2**63), 2**63 - 1


class _Refused(Exception):
    pass


@cache
def schema() -> dict[str, Any]:
    """The update's part of the Bot API specification (read on first use)."""
    loaded: dict[str, Any] = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return loaded


def check_update(data: Any) -> str | None:
    """None if `data` may be an Update, else why not (for the log; never shown to people)."""
    if not isinstance(data, dict):
        return "not an object"
    update_id = data.get("update_id")
    if (
        not isinstance(update_id, int)
        or isinstance(update_id, bool)
        or not 0 <= update_id <= INT_MAX
    ):
        return "update_id is not a non-negative 64-bit integer"
    budget = [MAX_ITEMS]
    try:
        _object(data, "Update", 0, budget, "update")
    except _Refused as refused:
        return str(refused)
    except RecursionError:
        return "nested too deep"
    return None


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _count(depth: int, budget: list[int], where: str) -> None:
    if depth > MAX_DEPTH:
        raise _Refused(f"{where}: nested deeper than {MAX_DEPTH}")
    budget[0] -= 1
    if budget[0] < 0:
        raise _Refused(f"more than {MAX_ITEMS} values")


def _object(value: Any, name: str, depth: int, budget: list[int], where: str) -> None:
    """`value` as the specification's type `name` (an object or a union of objects)."""
    spec = schema().get(name)
    if spec is None:  # a type the specification gained after this file was made
        _any(value, depth, budget, where)
        return
    if "subtypes" in spec:
        problems = []
        for subtype in spec["subtypes"]:
            trial = [budget[0]]
            try:
                _object(value, subtype, depth, trial, where)
            except _Refused as refused:
                problems.append(str(refused))
                continue
            budget[0] = trial[0]
            return
        raise _Refused(f"{where}: not any {name} ({problems[0] if problems else 'none'})")
    _count(depth, budget, where)
    if not isinstance(value, dict):
        raise _Refused(f"{where}: {name} is not an object")
    fields: dict[str, list[str]] = spec["fields"]
    for required in spec["required"]:
        if required not in value:
            raise _Refused(f"{where}: {name} without {required}")
    for key, item in value.items():
        if not isinstance(key, str):
            raise _Refused(f"{where}: a key that is not text")
        _text(key, where)
        types = fields.get(key)
        inner = f"{where}.{key}"
        if types is None:
            _any(item, depth + 1, budget, inner)
        else:
            _one_of(item, types, depth + 1, budget, inner)


def _one_of(value: Any, types: list[str], depth: int, budget: list[int], where: str) -> None:
    if len(types) == 1:
        _typed(value, types[0], depth, budget, where)
        return
    problems = []
    for kind in types:
        trial = [budget[0]]
        try:
            _typed(value, kind, depth, trial, where)
        except _Refused as refused:
            problems.append(str(refused))
            continue
        budget[0] = trial[0]
        return
    raise _Refused(problems[0])


def _typed(value: Any, kind: str, depth: int, budget: list[int], where: str) -> None:
    if kind.startswith("Array of "):
        _count(depth, budget, where)
        if not isinstance(value, list):
            raise _Refused(f"{where}: not a list")
        for index, item in enumerate(value):
            _typed(item, kind.removeprefix("Array of "), depth + 1, budget, f"{where}[{index}]")
        return
    if kind == "Integer":
        _count(depth, budget, where)
        if not _is_int(value) or not INT_MIN <= value <= INT_MAX:
            raise _Refused(f"{where}: not a 64-bit integer")
    elif kind == "Float":
        _count(depth, budget, where)
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise _Refused(f"{where}: not a number")
    elif kind == "String":
        _count(depth, budget, where)
        if not isinstance(value, str):
            raise _Refused(f"{where}: not text")
        _text(value, where)
    elif kind in ("Boolean", "True"):
        _count(depth, budget, where)
        if not isinstance(value, bool):
            raise _Refused(f"{where}: not true or false")
    else:
        _object(value, kind, depth, budget, where)


def _text(value: str, where: str) -> None:
    if len(value) > MAX_STRING:
        raise _Refused(f"{where}: text longer than {MAX_STRING}")
    if "\x00" in value:
        raise _Refused(f"{where}: a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate ("\ud800"): no real text holds one
        raise _Refused(f"{where}: not valid Unicode") from None


def _any(value: Any, depth: int, budget: list[int], where: str) -> None:
    """A value of a field the specification does not list: only the general limits."""
    _count(depth, budget, where)
    if isinstance(value, dict):
        for key, item in value.items():
            _text(str(key), where)
            _any(item, depth + 1, budget, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _any(item, depth + 1, budget, f"{where}[{index}]")
    elif isinstance(value, str):
        _text(value, where)
    elif _is_int(value) and not INT_MIN <= value <= INT_MAX:
        raise _Refused(f"{where}: an integer beyond 64 bits")


def build_schema(api: dict[str, Any]) -> dict[str, Any]:
    """The types an Update can hold, from the Bot API specification (`api.min.json`):
    for each object its fields' types and its required fields; for a union its subtypes."""
    types = api["types"]
    wanted: dict[str, Any] = {}
    todo = ["Update"]
    while todo:
        name = todo.pop()
        if name in wanted or name not in types:
            continue
        spec = types[name]
        if "subtypes" in spec:
            wanted[name] = {"subtypes": list(spec["subtypes"])}
            todo.extend(spec["subtypes"])
            continue
        fields = {f["name"]: list(f["types"]) for f in spec.get("fields", [])}
        required = sorted(f["name"] for f in spec.get("fields", []) if f.get("required"))
        wanted[name] = {"fields": fields, "required": required}
        for kinds in fields.values():
            todo.extend(k.replace("Array of ", "") for k in kinds)
    return dict(sorted(wanted.items()))


def main(argv: list[str]) -> None:
    """`python -m bot.update_check path/to/api.min.json`: write update_schema.json."""
    api = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    text = json.dumps(build_schema(api), ensure_ascii=False, indent=0, sort_keys=True)
    SCHEMA.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
