"""Parses message text the way Telegram does for ``parse_mode`` HTML, MarkdownV2 and Markdown.

The fake Bot API needs the text *as the user will see it* to enforce Telegram's limits (4096
characters after entity parsing, 1024 for captions) and to refuse markup Telegram refuses. The
rules follow the Bot API "Formatting options" documentation and the observable behaviour of
Telegram's server; the error texts mirror the ones Telegram puts after
``Bad Request: can't parse entities:``.

Deliberate choices, documented once here:

* Lengths are counted with ``len()`` of the Python ``str`` (Unicode code points). Telegram's
  server measures the limit in characters as well; entity *offsets* are UTF-16 code units, and
  those are what :func:`parse_html` and friends produce.
* ``strict_ampersand`` (the default) refuses a bare ``&`` that does not start one of Telegram's
  entities (``&lt;`` ``&gt;`` ``&amp;`` ``&quot;`` or a numeric reference, with its ``;``). Real
  Telegram is more lenient: it keeps such an ``&`` literally. The fake is stricter on purpose:
  a bare ``&`` in HTML almost always means text went out unescaped, and the next unescaped ``<``
  from the same source *will* be refused by Telegram.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

__all__ = [
    "EntityParseError",
    "FormattedText",
    "parse_html",
    "parse_markdown",
    "parse_markdown_v2",
    "parse_text",
    "strip_formatted",
    "utf16_len",
]


class EntityParseError(ValueError):
    """Raised when text cannot be parsed with its ``parse_mode``; the message is Telegram's."""


@dataclass(slots=True)
class FormattedText:
    """Holds text as the recipient sees it plus its entities (offsets in UTF-16 code units)."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)


def utf16_len(text: str) -> int:
    """Return the length of ``text`` in UTF-16 code units, the unit of entity offsets."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _byte_offset(text: str, index: int) -> int:
    # Telegram reports positions as byte offsets into the UTF-8 request text.
    return len(text[:index].encode("utf-8"))


def _sort_entities(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # Outer entities first, like Telegram: by offset, then longest first.
    return sorted(entities, key=lambda e: (e["offset"], -e["length"]))


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------

_HTML_SPACE: Final = frozenset(" \t\n\r\f\v\0")
_HTML_TAG_ENTITY: Final[dict[str, str]] = {
    "a": "text_link",
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
    "tg-time": "date_time",
}
_HTML_NAMED_ENTITIES: Final[dict[str, str]] = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


@dataclass(slots=True)
class _OpenTag:
    """One start tag waiting for its end tag."""

    name: str
    attrs: dict[str, str]
    utf16_start: int
    text_start: int


def _decode_html_entity(text: str, pos: int, *, strict: bool) -> tuple[str | None, int]:
    """Decode the character reference at ``text[pos] == '&'``; ``None`` if it is not one."""
    n = len(text)
    if text.startswith("&#", pos):
        end = pos + 2
        is_hex = end < n and text[end] == "x"
        if is_hex:
            end += 1
        digits_start = end
        valid = "0123456789abcdefABCDEF" if is_hex else "0123456789"
        while end < n and text[end] in valid:
            end += 1
        digits = text[digits_start:end]
        if not digits or end - pos >= 10:
            return None, pos
        code = int(digits, 16 if is_hex else 10)
        if code == 0 or code >= 0x10FFFF:
            return None, pos
        decoded = chr(code)
    else:
        end = pos + 1
        while end < n and text[end].isascii() and text[end].isalpha():
            end += 1
        name = text[pos + 1 : end]
        if name not in _HTML_NAMED_ENTITIES:
            return None, pos
        decoded = _HTML_NAMED_ENTITIES[name]
    if end < n and text[end] == ";":
        return decoded, end + 1
    # Telegram also accepts a reference without its ';'; strict mode treats that as a slip.
    return (None, pos) if strict else (decoded, end)


def _html_entity_for(tag: _OpenTag, inner: str, start: int, length: int) -> dict[str, Any] | None:
    """Build the MessageEntity a closed tag produces, or ``None`` when Telegram drops it."""
    entity: dict[str, Any] = {"type": _HTML_TAG_ENTITY[tag.name], "offset": start, "length": length}
    if tag.name == "a":
        url = tag.attrs.get("href") or inner
        if url.startswith("tg://user?id="):
            user_id = url.removeprefix("tg://user?id=")
            if not user_id.isdigit():
                return None
            entity["type"] = "text_mention"
            entity["user"] = {"id": int(user_id), "is_bot": False, "first_name": inner or "?"}
            return entity
        if "://" not in url:
            if "." not in url:
                return None  # Telegram silently drops links it cannot make sense of
            url = "http://" + url
        entity["url"] = url
    elif tag.name == "blockquote" and "expandable" in tag.attrs:
        entity["type"] = "expandable_blockquote"
    elif tag.name == "tg-emoji":
        entity["custom_emoji_id"] = tag.attrs["emoji-id"]
    elif tag.name == "tg-time":
        entity["unix_time"] = int(tag.attrs["unix"])
        if tag.attrs.get("format"):
            entity["date_time_format"] = tag.attrs["format"]
    elif tag.name == "code":
        language = tag.attrs.get("class", "")
        if language.startswith("language-"):
            entity["_language"] = language.removeprefix("language-")
    return entity


def _check_start_tag(tag: _OpenTag, where: int) -> None:
    """Refuse start tags whose attributes Telegram refuses."""
    if tag.name == "span" and tag.attrs.get("class") != "tg-spoiler":
        raise EntityParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {where}')
    if tag.name == "tg-emoji":
        emoji_id = tag.attrs.get("emoji-id", "")
        if not emoji_id.isdigit() or int(emoji_id) == 0:
            raise EntityParseError("Invalid custom emoji identifier specified")
    if tag.name == "tg-time":
        unix = tag.attrs.get("unix", "")
        if not unix.isdigit():
            raise EntityParseError("Invalid Unix time specified")


def parse_html(text: str, *, strict_ampersand: bool = True) -> FormattedText:
    """Parse Telegram-flavoured HTML into plain text and entities, or raise EntityParseError."""
    out: list[str] = []
    out_len = 0  # characters appended so far, to slice the inner text of an ``<a>``
    utf16 = 0
    stack: list[_OpenTag] = []
    entities: list[dict[str, Any]] = []
    n = len(text)
    i = 0

    def emit(chunk: str) -> None:
        nonlocal out_len, utf16
        out.append(chunk)
        out_len += len(chunk)
        utf16 += utf16_len(chunk)

    while i < n:
        ch = text[i]
        if ch == "&":
            decoded, end = _decode_html_entity(text, i, strict=strict_ampersand)
            if decoded is None:
                if strict_ampersand:
                    raise EntityParseError(
                        f'Bare "&" at byte offset {_byte_offset(text, i)}; escape it as "&amp;"'
                    )
                decoded, end = "&", i + 1
            if 0xD800 <= ord(decoded) <= 0xDFFF:
                raise EntityParseError(
                    "Text contains invalid Unicode characters after decoding HTML entities, "
                    "check for unmatched surrogate code units"
                )
            emit(decoded)
            i = end
            continue
        if ch != "<":
            emit(ch)
            i += 1
            continue

        begin = i
        where = _byte_offset(text, begin)
        i += 1
        if i < n and text[i] == "/":
            if not stack:
                raise EntityParseError(f"Unexpected end tag at byte offset {where}")
            j = i + 1
            while j < n and text[j] not in _HTML_SPACE and text[j] != ">":
                j += 1
            # Lower-cased like start tags: sources disagree whether Telegram does this, and a
            # fake must not refuse what Telegram may accept.
            end_name = text[i + 1 : j].lower()
            while j < n and text[j] in _HTML_SPACE:
                j += 1
            if j >= n or text[j] != ">":
                raise EntityParseError(f"Unclosed end tag at byte offset {where}")
            tag = stack.pop()
            # "</>" closes whatever is open; a name must match the start tag exactly.
            if end_name and end_name != tag.name:
                raise EntityParseError(
                    f'Unmatched end tag at byte offset {where}, expected "</{tag.name}>", '
                    f'found "</{end_name}>"'
                )
            if utf16 > tag.utf16_start:
                # Only a link needs its inner text (as the URL when href is missing).
                inner = "".join(out)[tag.text_start :] if tag.name == "a" else ""
                entity = _html_entity_for(tag, inner, tag.utf16_start, utf16 - tag.utf16_start)
                if entity is not None:
                    _merge_pre_code(entities, entity)
            i = j + 1
            continue

        j = i
        while j < n and text[j] not in _HTML_SPACE and text[j] != ">":
            j += 1
        if j >= n:
            raise EntityParseError(f"Unclosed start tag at byte offset {where}")
        name = text[i:j].lower()
        if name not in _HTML_TAG_ENTITY:
            raise EntityParseError(f'Unsupported start tag "{name}" at byte offset {where}')
        attrs: dict[str, str] = {}
        i = j
        while True:
            while i < n and text[i] in _HTML_SPACE:
                i += 1
            if i >= n:
                raise EntityParseError(f"Unclosed start tag at byte offset {where}")
            if text[i] == ">":
                break
            attr_start = i
            while i < n and text[i] not in _HTML_SPACE and text[i] not in "=>":
                i += 1
            attr = text[attr_start:i]
            if not attr:
                raise EntityParseError(
                    f'Empty attribute name in the tag "{name}" at byte offset {where}'
                )
            while i < n and text[i] in _HTML_SPACE:
                i += 1
            if i >= n:
                raise EntityParseError(f'Unclosed start tag "{name}" at byte offset {where}')
            if text[i] != "=":
                if name == "blockquote" and attr == "expandable":
                    attrs[attr] = ""  # the one valueless attribute Telegram knows
                    continue
                raise EntityParseError(
                    "Expected equal sign in declaration of an attribute of the tag "
                    f'"{name}" at byte offset {where}'
                )
            i += 1
            while i < n and text[i] in _HTML_SPACE:
                i += 1
            if i >= n:
                raise EntityParseError(f'Unclosed start tag "{name}" at byte offset {where}')
            value_chars: list[str] = []
            if text[i] in "'\"":
                quote = text[i]
                i += 1
                while i < n and text[i] != quote:
                    if text[i] == "&":
                        decoded, end = _decode_html_entity(text, i, strict=strict_ampersand)
                        if decoded is None:
                            if strict_ampersand:
                                raise EntityParseError(
                                    f'Bare "&" at byte offset {_byte_offset(text, i)}; '
                                    'escape it as "&amp;"'
                                )
                            decoded, end = "&", i + 1
                        value_chars.append(decoded)
                        i = end
                        continue
                    value_chars.append(text[i])
                    i += 1
                if i >= n:
                    raise EntityParseError(f"Unclosed start tag at byte offset {where}")
                i += 1
                value = "".join(value_chars)
            else:
                token_start = i
                while i < n and ((text[i].isascii() and text[i].isalnum()) or text[i] in ".-"):
                    i += 1
                if i < n and text[i] not in _HTML_SPACE and text[i] != ">":
                    raise EntityParseError(
                        f"Unexpected end of name token at byte offset "
                        f"{_byte_offset(text, token_start)}"
                    )
                value = text[token_start:i].lower()
            attrs[attr] = value
        i += 1  # the '>'
        tag = _OpenTag(name, attrs, utf16, out_len)
        _check_start_tag(tag, where)
        stack.append(tag)

    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    for entity in entities:
        entity.pop("_language", None)
    return FormattedText("".join(out), _sort_entities(entities))


def _merge_pre_code(entities: list[dict[str, Any]], entity: dict[str, Any]) -> None:
    """Append ``entity``; ``<pre><code class="language-x">`` becomes one pre with a language."""
    last = entities[-1] if entities else None
    same_span = (
        last is not None
        and last["offset"] == entity["offset"]
        and last["length"] == entity["length"]
    )
    if same_span and last is not None and entity["type"] == "pre" and last["type"] == "code":
        language = last.get("_language")
        if language:
            entities[-1] = {**entity, "language": language}
            return
    if same_span and last is not None and entity["type"] == "code" and last["type"] == "pre":
        language = entity.get("_language")
        if language:
            last["language"] = language
            return
    entities.append(entity)


# ---------------------------------------------------------------------------------------------
# MarkdownV2 and legacy Markdown
# ---------------------------------------------------------------------------------------------

_MDV2_RESERVED: Final = frozenset("_*[]()~`>#+-=|{}.!")
_MDV2_MARKERS: Final[dict[str, tuple[str, str]]] = {
    # marker -> (entity type, name Telegram uses in "Can't find end of ... entity")
    "*": ("bold", "Bold"),
    "_": ("italic", "Italic"),
    "__": ("underline", "Underline"),
    "~": ("strikethrough", "Strikethrough"),
    "||": ("spoiler", "Spoiler"),
    "[": ("text_link", "TextUrl"),
    "![": ("custom_emoji", "CustomEmoji"),
}


class _MarkdownBuilder:
    """Accumulates plain text and tracks the UTF-16 offset while a Markdown parser runs."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.utf16 = 0
        self.entities: list[dict[str, Any]] = []

    def emit(self, chunk: str) -> None:
        self.parts.append(chunk)
        self.utf16 += utf16_len(chunk)

    def add(self, kind: str, start: int, **extra: Any) -> None:
        if self.utf16 > start:
            self.entities.append(
                {"type": kind, "offset": start, "length": self.utf16 - start, **extra}
            )

    def result(self) -> FormattedText:
        return FormattedText("".join(self.parts), _sort_entities(self.entities))


def _read_until(text: str, pos: int, stop: str, escapable: str) -> tuple[str, int] | None:
    """Read to the next unescaped ``stop``; return (content, index of stop) or None."""
    chars: list[str] = []
    n = len(text)
    while pos < n:
        if text[pos] == "\\" and pos + 1 < n and text[pos + 1] in escapable:
            chars.append(text[pos + 1])
            pos += 2
            continue
        if text.startswith(stop, pos):
            return "".join(chars), pos
        chars.append(text[pos])
        pos += 1
    return None


def _close_quote(out: _MarkdownBuilder, quote: tuple[int, bool], end: int) -> None:
    """Add the blockquote entity that started at ``quote[0]`` and ends at ``end``."""
    if end > quote[0]:
        kind = "expandable_blockquote" if quote[1] else "blockquote"
        out.entities.append({"type": kind, "offset": quote[0], "length": end - quote[0]})


def parse_markdown_v2(text: str) -> FormattedText:
    """Parse MarkdownV2 into plain text and entities, or raise EntityParseError."""
    out = _MarkdownBuilder()
    stack: list[tuple[str, int, int]] = []  # (marker, utf16 start, byte offset)
    quote: tuple[int, bool] | None = None  # (utf16 start, expandable) of the open blockquote
    quote_end = 0
    n = len(text)
    i = 0
    line_start = True
    while i < n:
        ch = text[i]
        if line_start:
            line_start = False
            marker_len = 3 if text.startswith("**>", i) else 1 if ch == ">" else 0
            if marker_len:
                if quote is None:
                    quote = (out.utf16, marker_len == 3)
                i += marker_len
                continue
            if quote is not None:
                # The quote ended with the previous line; its newline is not part of it.
                _close_quote(out, quote, quote_end)
                quote = None
        if ch == "\\":
            if i + 1 < n and 0 < ord(text[i + 1]) <= 126:
                out.emit(text[i + 1])
                i += 2
            else:
                out.emit("\\")
                i += 1
            continue
        if ch == "\n":
            quote_end = out.utf16
            out.emit("\n")
            line_start = True
            i += 1
            continue
        if ch == "`":
            start = out.utf16
            where = _byte_offset(text, i)
            if text.startswith("```", i):
                found = _read_until(text, i + 3, "```", "`\\")
                if found is None:
                    raise EntityParseError(f"Can't find end of Pre entity at byte offset {where}")
                body, end = found
                language = ""
                first_line, newline, rest = body.partition("\n")
                if newline and first_line and not any(c.isspace() for c in first_line):
                    language, body = first_line, rest
                elif newline and not first_line:
                    body = rest
                out.emit(body)
                if language:
                    out.add("pre", start, language=language)
                else:
                    out.add("pre", start)
                i = end + 3
            else:
                found = _read_until(text, i + 1, "`", "`\\")
                if found is None:
                    raise EntityParseError(f"Can't find end of Code entity at byte offset {where}")
                body, end = found
                out.emit(body)
                out.add("code", start)
                i = end + 1
            continue
        if ch == "!" and text.startswith("![", i):
            stack.append(("![", out.utf16, _byte_offset(text, i)))
            i += 2
            continue
        if ch == "[":
            stack.append(("[", out.utf16, _byte_offset(text, i)))
            i += 1
            continue
        if ch == "]" and stack and stack[-1][0] in ("[", "!["):
            marker, start, where = stack.pop()
            if i + 1 < n and text[i + 1] == "(":
                found = _read_until(text, i + 2, ")", ")\\")
                if found is None:
                    raise EntityParseError(f"Can't find end of a url at byte offset {where}")
                url, end = found
                if marker == "![":
                    emoji_id = url.removeprefix("tg://emoji?id=")
                    if not emoji_id.isdigit():
                        raise EntityParseError("Invalid custom emoji identifier specified")
                    out.add("custom_emoji", start, custom_emoji_id=emoji_id)
                elif url:
                    out.add("text_link", start, url=url)
                i = end + 1
            else:
                i += 1  # a link without a URL keeps its text and loses the link
            continue
        if ch in "*_~|":
            if text.startswith("__", i):
                marker = "__"
            elif ch == "|":
                if not text.startswith("||", i):
                    raise EntityParseError(
                        "Character '|' is reserved and must be escaped with the preceding '\\'"
                    )
                marker = "||"
            else:
                marker = ch
            if stack and stack[-1][0] == marker:
                _, start, _ = stack.pop()
                out.add(_MDV2_MARKERS[marker][0], start)
            elif any(open_marker == marker for open_marker, _, _ in stack):
                open_marker, _, where = stack[-1]
                raise EntityParseError(
                    f"Can't find end of {_MDV2_MARKERS[open_marker][1]} entity "
                    f"at byte offset {where}"
                )
            else:
                stack.append((marker, out.utf16, _byte_offset(text, i)))
            i += len(marker)
            continue
        if ch in _MDV2_RESERVED:
            raise EntityParseError(
                f"Character '{ch}' is reserved and must be escaped with the preceding '\\'"
            )
        out.emit(ch)
        i += 1
    if quote is not None:
        _close_quote(out, quote, quote_end if line_start else out.utf16)
    if stack:
        marker, _, where = stack[-1]
        raise EntityParseError(
            f"Can't find end of {_MDV2_MARKERS[marker][1]} entity at byte offset {where}"
        )
    return out.result()


def parse_markdown(text: str) -> FormattedText:
    """Parse legacy Markdown (``*bold*``, ``_italic_``, code, links) or raise EntityParseError."""
    out = _MarkdownBuilder()
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        where = _byte_offset(text, i)
        if ch == "\\" and i + 1 < n and text[i + 1] in "_*`[":
            out.emit(text[i + 1])
            i += 2
            continue
        if ch in "*_":
            end = text.find(ch, i + 1)
            if end < 0:
                raise EntityParseError(
                    f"Can't find end of the entity starting at byte offset {where}"
                )
            start = out.utf16
            out.emit(text[i + 1 : end])
            out.add("bold" if ch == "*" else "italic", start)
            i = end + 1
            continue
        if ch == "`":
            fence = "```" if text.startswith("```", i) else "`"
            end = text.find(fence, i + len(fence))
            if end < 0:
                raise EntityParseError(
                    f"Can't find end of the entity starting at byte offset {where}"
                )
            start = out.utf16
            body = text[i + len(fence) : end]
            language = ""
            if fence == "```":
                first_line, newline, rest = body.partition("\n")
                if newline and first_line and " " not in first_line:
                    language, body = first_line, rest
            out.emit(body)
            if fence == "`":
                out.add("code", start)
            elif language:
                out.add("pre", start, language=language)
            else:
                out.add("pre", start)
            i = end + len(fence)
            continue
        if ch == "[":
            close = text.find("]", i + 1)
            if close < 0:
                raise EntityParseError(
                    f"Can't find end of the entity starting at byte offset {where}"
                )
            start = out.utf16
            out.emit(text[i + 1 : close])
            if close + 1 < n and text[close + 1] == "(":
                url_end = text.find(")", close + 2)
                if url_end < 0:
                    raise EntityParseError(
                        f"Can't find end of the entity starting at byte offset {where}"
                    )
                url = text[close + 2 : url_end]
                if url:
                    out.add("text_link", start, url=url)
                i = url_end + 1
            else:
                i = close + 1
            continue
        out.emit(ch)
        i += 1
    return out.result()


def strip_formatted(formatted: FormattedText) -> FormattedText:
    """Trim surrounding whitespace like Telegram does and clip the entities to what is left."""
    text = formatted.text
    stripped = text.strip()
    if stripped == text:
        return formatted
    lead = utf16_len(text[: len(text) - len(text.lstrip())])
    total = utf16_len(stripped)
    entities: list[dict[str, Any]] = []
    for entity in formatted.entities:
        start = max(0, entity["offset"] - lead)
        end = min(total, entity["offset"] + entity["length"] - lead)
        if end > start:
            entities.append({**entity, "offset": start, "length": end - start})
    return FormattedText(stripped, entities)


def parse_text(
    text: str,
    parse_mode: str | None,
    entities: list[dict[str, Any]] | None = None,
    *,
    strict_ampersand: bool = True,
) -> FormattedText:
    """Apply ``parse_mode`` (case-insensitive) or explicit ``entities``; trim like Telegram."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        formatted = parse_html(text, strict_ampersand=strict_ampersand)
    elif mode == "markdownv2":
        formatted = parse_markdown_v2(text)
    elif mode == "markdown":
        formatted = parse_markdown(text)
    elif mode == "":
        formatted = FormattedText(text, [dict(e) for e in entities or []])
    else:
        raise ValueError(f"unsupported parse_mode {parse_mode!r}")
    return strip_formatted(formatted)
