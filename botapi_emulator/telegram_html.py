"""Telegram's HTML parse mode: text and entities, refused where Telegram refuses."""

from __future__ import annotations

import re
from dataclasses import dataclass

from botapi_emulator.protocol import BotApiError, JsonDict, bad_request, utf16_len

# --------------------------------------------------------------------------------------------
# Telegram HTML
# --------------------------------------------------------------------------------------------

_SPACES = frozenset(" \t\r\n\v\f")
_PLAIN_RUN = re.compile(r"[^<&]+")
_NAME_TOKEN = re.compile(r"[A-Za-z0-9.\-]*")
_HTML_ENTITY = re.compile(r"&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]+));")
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_TAG_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "a": "text_link",
    "tg-emoji": "custom_emoji",
}


@dataclass(slots=True)
class _OpenTag:
    name: str
    argument: str
    offset: int


def _decode_html_entity(source: str, pos: int) -> tuple[str, int] | None:
    """Telegram decodes only &lt; &gt; &amp; &quot; and numeric references; any other "&"
    stays literal text (it is not an error)."""
    match = _HTML_ENTITY.match(source, pos)
    if match is None:
        return None
    decimal, hexadecimal, name = match.groups()
    if name is not None:
        char = _NAMED_ENTITIES.get(name)
        return (char, match.end()) if char else None
    code = int(decimal) if decimal is not None else int(hexadecimal, 16)
    if not 0 < code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code), match.end()


def _tag_argument(tag: str, attribute: str, value: str) -> str | None:
    """Which attribute values matter to Telegram (everything else is silently ignored)."""
    if tag == "a" and attribute == "href":
        return value
    if tag == "code" and attribute == "class" and value.startswith("language-"):
        return value.removeprefix("language-")
    if tag == "span" and attribute == "class" and value.startswith("tg-"):
        return value.removeprefix("tg-")
    if tag == "tg-emoji" and attribute == "emoji-id":
        return value
    if tag == "blockquote" and attribute == "expandable":
        return "expandable"
    return None


class _TelegramHtmlParser:
    """A port of tdlib's ``parse_html``, the parser behind ``parse_mode="HTML"``.

    ``html.parser`` is not used because it is lenient where Telegram is not: it reads
    "a < b" as text, whereas Telegram rejects any "<" that does not open a supported tag -
    exactly the unescaped-user-data bug the emulator exists to catch.
    """

    def __init__(self, source: str) -> None:
        self._src = source
        self._pos = 0
        self._chunks: list[str] = []
        self._offset = 0
        self._open: list[_OpenTag] = []
        self._entities: list[JsonDict] = []

    def parse(self) -> tuple[str, list[JsonDict]]:
        while self._pos < len(self._src):
            char = self._src[self._pos]
            if char == "<":
                self._parse_tag()
            elif char == "&":
                self._parse_ampersand()
            else:
                run = _PLAIN_RUN.match(self._src, self._pos)
                assert run is not None  # the current char is neither "<" nor "&"
                self._emit(run.group())
                self._pos = run.end()
        if self._open:
            raise self._error(
                f'Can\'t find end tag corresponding to start tag "{self._open[-1].name}"'
            )
        for entity in self._entities:
            if entity["type"] == "code":
                entity.pop("language", None)
        self._entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
        return "".join(self._chunks), self._entities

    def _emit(self, text: str) -> None:
        self._chunks.append(text)
        self._offset += utf16_len(text)

    def _error(self, detail: str) -> BotApiError:
        return bad_request(f"can't parse entities: {detail}")

    def _error_at(self, detail: str, pos: int, suffix: str = "") -> BotApiError:
        byte_offset = len(self._src[:pos].encode("utf-8"))
        return self._error(f"{detail} at byte offset {byte_offset}{suffix}")

    def _skip_spaces(self, pos: int) -> int:
        while pos < len(self._src) and self._src[pos] in _SPACES:
            pos += 1
        return pos

    def _scan_name(self, pos: int, stop: str) -> int:
        while pos < len(self._src) and self._src[pos] not in _SPACES and self._src[pos] not in stop:
            pos += 1
        return pos

    def _parse_ampersand(self) -> None:
        decoded = _decode_html_entity(self._src, self._pos)
        if decoded is None:
            self._emit("&")
            self._pos += 1
        else:
            self._emit(decoded[0])
            self._pos = decoded[1]

    def _parse_tag(self) -> None:
        if self._src.startswith("</", self._pos):
            self._parse_end_tag(self._pos)
        else:
            self._parse_start_tag(self._pos)

    def _parse_start_tag(self, begin: int) -> None:
        end = self._scan_name(begin + 1, ">")
        if end >= len(self._src):
            raise self._error_at("Unclosed start tag", begin)
        name = self._src[begin + 1 : end].lower()
        if name not in _TAG_ENTITY_TYPES:
            raise self._error_at(f'Unsupported start tag "{name}"', begin)
        argument, close = self._parse_attributes(name, end, begin)
        if name == "span" and argument != "spoiler":
            raise self._error_at('Tag "span" must have class "tg-spoiler"', begin)
        self._open.append(_OpenTag(name, argument, self._offset))
        self._pos = close + 1

    def _parse_attributes(self, tag: str, pos: int, begin: int) -> tuple[str, int]:
        """Returns the tag's meaningful argument and the index of its closing ">"."""
        argument = ""
        while True:
            pos = self._skip_spaces(pos)
            if pos >= len(self._src):
                raise self._error_at("Unclosed start tag", begin)
            if self._src[pos] == ">":
                return argument, pos
            name_end = self._scan_name(pos, "=>")
            attribute = self._src[pos:name_end]
            if not attribute:
                raise self._error_at(f'Empty attribute name in the tag "{tag}"', begin)
            pos = self._skip_spaces(name_end)
            if pos < len(self._src) and self._src[pos] != "=":
                if tag == "blockquote" and attribute == "expandable":
                    argument = "expandable"
                    continue
                raise self._error_at(
                    f'Expected equal sign in declaration of an attribute of the tag "{tag}"',
                    begin,
                )
            pos = self._skip_spaces(pos + 1)
            if pos >= len(self._src):
                raise self._error_at(f'Unclosed start tag "{tag}"', begin)
            value, pos = self._parse_attribute_value(pos, begin)
            argument = _tag_argument(tag, attribute, value) or argument

    def _parse_attribute_value(self, pos: int, begin: int) -> tuple[str, int]:
        quote = self._src[pos]
        if quote not in "'\"":
            token = _NAME_TOKEN.match(self._src, pos)
            assert token is not None  # the pattern matches the empty string
            end = token.end()
            if end >= len(self._src):
                raise self._error_at("Unclosed start tag", begin)
            if self._src[end] not in _SPACES and self._src[end] != ">":
                raise self._error_at("Unexpected end of name token", pos)
            return token.group().lower(), end
        chars: list[str] = []
        pos += 1
        while pos < len(self._src) and self._src[pos] != quote:
            decoded = _decode_html_entity(self._src, pos) if self._src[pos] == "&" else None
            if decoded is None:
                chars.append(self._src[pos])
                pos += 1
            else:
                chars.append(decoded[0])
                pos = decoded[1]
        if pos >= len(self._src):
            raise self._error_at("Unclosed start tag", begin)
        return "".join(chars), pos + 1

    def _parse_end_tag(self, begin: int) -> None:
        if not self._open:
            raise self._error_at("Unexpected end tag", begin)
        name_end = self._scan_name(begin + 2, ">")
        name = self._src[begin + 2 : name_end].lower()
        close = self._skip_spaces(name_end)
        if close >= len(self._src) or self._src[close] != ">":
            raise self._error_at("Unclosed end tag", begin)
        tag = self._open.pop()
        if name and name != tag.name:
            found = f', expected "</{tag.name}>", found "</{name}>"'
            raise self._error_at("Unmatched end tag", begin, found)
        self._add_entity(tag)
        self._pos = close + 1

    def _add_entity(self, tag: _OpenTag) -> None:
        length = self._offset - tag.offset
        if length <= 0:
            return
        entity: JsonDict = {"type": _TAG_ENTITY_TYPES[tag.name], "offset": tag.offset}
        entity["length"] = length
        if tag.name == "a":
            if not tag.argument:
                return
            entity["url"] = tag.argument
        elif tag.name == "tg-emoji":
            if not tag.argument:
                return
            entity["custom_emoji_id"] = tag.argument
        elif tag.name == "blockquote" and tag.argument:
            entity["type"] = "expandable_blockquote"
        elif tag.name == "code" and tag.argument:
            entity["language"] = tag.argument  # only kept if a <pre> absorbs it
        elif tag.name == "pre":
            self._absorb_inner_code(entity)
        self._entities.append(entity)

    def _absorb_inner_code(self, pre: JsonDict) -> None:
        """<pre><code class="language-x"> is one "pre" entity with a language, as in tdlib."""
        if not self._entities:
            return
        inner = self._entities[-1]
        same_span = inner["offset"] == pre["offset"] and inner["length"] == pre["length"]
        if inner["type"] == "code" and same_span:
            self._entities.pop()
            if "language" in inner:
                pre["language"] = inner["language"]


def parse_html(text: str) -> tuple[str, list[JsonDict]]:
    """Telegram's view of an HTML message: the plain text and its entities.

    Raises BotApiError(400, "Bad Request: can't parse entities: ...") like Telegram does.
    """
    return _TelegramHtmlParser(text).parse()
