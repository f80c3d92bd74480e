"""Files, folders and streams → raw article documents. No NLP here.

Decoding policy: UTF-8 first (a UTF-8 BOM is dropped); then UTF-16/32 when a BOM
says so; then charset detection (charset-normalizer; Windows-1252 wins near-ties, since
the articles are English). Binary data, NUL bytes and text that is empty once trimmed
(white space and invisible format characters such as zero-width spaces) are refused
with a reason.

Formats: an ``.html``/``.htm`` file (or any text that is clearly an HTML document) becomes
the article's text — title from ``<h1>`` or ``<title>``, paragraphs from ``<p>``, scripts,
styles, navigation and page furniture dropped, a "comments" section kept as reader
comments — and a ``.json`` file holding one ``{title, body|text, published_at|date, source,
url}`` object becomes that article. Both are rewritten as the plain-text form the pipeline
reads (``Title:``/``Date:``/``Source:``/``URL:`` lines, a blank line, the paragraphs), so
everything after this module sees one format.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Literal

import charset_normalizer

MAX_ARTICLE_BYTES = 2 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class UnreadableInput(ValueError):
    """An input that cannot become an article; ``str()`` names the input and the reason."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


@dataclass(frozen=True, slots=True)
class RawDocument:
    name: str  # how messages name the input: the path as given, or "<stdin>"
    origin: str | None  # a stable identity (resolved file path): new text from it replaces the old
    text: str  # normalised text
    sha256: str  # of the normalised text: identical articles hash the same
    encoding: str = "utf-8"


def normalise_text(text: str) -> str:
    """One form for one article: NFC, Unix newlines, no trailing spaces, trimmed."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decode_bytes(data: bytes, *, name: str, declared_charset: str | None = None) -> tuple[str, str]:
    """Decode article bytes; returns ``(text, encoding used)`` or raises UnreadableInput."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.removesuffix("-sig")
            except UnicodeDecodeError as exc:
                label = encoding.removesuffix("-sig")
                raise UnreadableInput(
                    name, f"starts with a {label} byte-order mark but is not valid {label}"
                ) from exc
    if declared_charset and _is_wide(declared_charset):  # UTF-16/32 text is full of NUL bytes
        try:
            return data.decode(declared_charset), declared_charset.lower()
        except (UnicodeDecodeError, LookupError) as exc:
            raise UnreadableInput(name, f"is not valid {declared_charset}") from exc
    if b"\x00" in data:
        if _looks_like_utf16(data):
            raise UnreadableInput(
                name, "contains NUL bytes: UTF-16 without a byte-order mark? Save it as UTF-8"
            )
        raise UnreadableInput(name, "contains NUL bytes: binary data, not text")
    if declared_charset:
        try:
            return data.decode(declared_charset), declared_charset.lower()
        except (UnicodeDecodeError, LookupError) as exc:
            raise UnreadableInput(name, f"is not valid {declared_charset}") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        raise UnreadableInput(name, "is not text in any encoding Byline recognises (binary data?)")
    # Western text fits several code pages about as well (Genève, Genčve): English news means Windows-1252.
    for match in matches:
        if match.chaos <= best.chaos + 0.1 and _WINDOWS_1252 in match.could_be_from_charset:
            return data.decode(_WINDOWS_1252), _WINDOWS_1252
    return str(best), best.encoding


_WINDOWS_1252 = "cp1252"


def _is_wide(charset: str) -> bool:
    return charset.lower().replace("_", "-").startswith(("utf-16", "utf-32", "utf16", "utf32"))


def _looks_like_utf16(data: bytes) -> bool:
    """Every other byte NUL, as in ASCII text saved as UTF-16 with no byte-order mark."""
    sample = data[:4096]
    return len(sample) >= 4 and (
        sample[0::2].count(0) > len(sample) // 4 or sample[1::2].count(0) > len(sample) // 4
    )


Format = Literal["text", "html", "json"]
# File name endings that say what a file holds; anything else is read as text (and sniffed).
FORMAT_SUFFIXES: dict[str, Format | None] = {".txt": None, ".html": "html", ".htm": "html", ".json": "json"}


def read_text(
    text: str,
    *,
    name: str,
    origin: str | None = None,
    encoding: str = "utf-8",
    format: Format | None = None,
) -> RawDocument:
    """Check and normalise already-decoded text; HTML and JSON articles become plain text first.

    ``format`` None sniffs: text that is clearly an HTML document or a JSON article object is
    read as one; anything else is plain text.
    """
    if "\x00" in text:
        raise UnreadableInput(name, "contains NUL characters: binary data, not text")
    if format is None:
        format = sniff_format(text)
    if format == "html":
        text = html_to_text(text, name=name)
    elif format == "json":
        text = json_to_text(text, name=name)
    normalised = normalise_text(text)
    if not normalised:
        raise UnreadableInput(name, "is empty (nothing but white space)")
    if not _INVISIBLE.sub("", normalised).strip():
        raise UnreadableInput(name, "is empty (nothing but white space and invisible characters)")
    if _control_ratio(normalised) > 0.05:
        raise UnreadableInput(name, "is mostly control characters: binary data, not text")
    return RawDocument(
        name=name, origin=origin, text=normalised, sha256=content_hash(normalised), encoding=encoding
    )


def read_bytes(
    data: bytes,
    *,
    name: str,
    origin: str | None = None,
    declared_charset: str | None = None,
    format: Format | None = None,
) -> RawDocument:
    """Decode and check one article's bytes; errors name the input as ``name``."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise UnreadableInput(
            name, f"is {len(data):,} bytes; an article may be at most {MAX_ARTICLE_BYTES:,}"
        )
    if declared_charset is None and format == "html":
        declared_charset = _meta_charset(data)
    text, encoding = decode_bytes(data, name=name, declared_charset=declared_charset)
    return read_text(text, name=name, origin=origin, encoding=encoding, format=format)


def read_file(path: Path) -> RawDocument:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise UnreadableInput(name, f"is {size:,} bytes; an article may be at most {MAX_ARTICLE_BYTES:,}")
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableInput(name, exc.strerror or str(exc)) from exc
    # A .txt file may still hold a whole HTML page or a JSON article: that is sniffed.
    return read_bytes(
        data, origin=str(path.resolve()), name=name, format=FORMAT_SUFFIXES.get(path.suffix.lower())
    )


def is_article_file(path: Path) -> bool:
    """An article's file by its name: ``.txt``, ``.html``, ``.htm`` or ``.json``, but no gold file."""
    return path.suffix.lower() in FORMAT_SUFFIXES and not path.name.lower().endswith(".gold.json")


def expand_paths(paths: list[Path]) -> Iterator[Path]:
    """Files as given; folders recursively as their article files (see :func:`is_article_file`),
    in name order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and is_article_file(p))
        else:
            yield path


# Zero-width and other format characters (Unicode category Cf): they show nothing.
_INVISIBLE = re.compile(r"[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
_CONTROL_CHARACTERS = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _control_ratio(text: str) -> float:
    return len(_CONTROL_CHARACTERS.findall(text)) / len(text)


# --- HTML and JSON articles ------------------------------------------------------------------------

_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article)\b", re.I | re.S)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
# Elements whose text is never article text: code, page furniture, forms, media.
_SKIPPED = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "nav",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "textarea",
        "iframe",
        "object",
        "embed",
        "canvas",
        "figure",
        "figcaption",
        "picture",
        "video",
        "audio",
        "map",
        "dialog",
    ]
)
# Elements that end a paragraph: their text never runs into the next block's.
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "li",
        "ul",
        "ol",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "tr",
        "td",
        "th",
        "dl",
        "dt",
        "dd",
        "pre",
        "hr",
        "address",
        "details",
        "summary",
        "body",
    ]
)
_VOID = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
)
_COMMENTS_MARKER = re.compile(r"(?:^|[-_ ])comments?(?:$|[-_ ])|^(?:disqus_thread|respond)$", re.I)
_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class _Element:
    tag: str
    skipped: bool  # inside page furniture: its text is dropped
    comments: bool  # inside the reader-comments section


class _PageText(HTMLParser):
    """Collects a page's title, metadata, paragraphs and reader comments in one pass."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[_Element] = []
        self.title = ""
        self.headline = ""
        self.meta: dict[str, str] = {}
        self.paragraphs: list[tuple[bool, str]] = []  # (inside an <article>, text)
        self.loose: list[str] = []  # block text outside any <p>: the body when a page has no <p>
        self.comments: list[str] = []
        self._text: list[str] = []
        self._capture: str | None = None  # what _text collects: "p", "title", "h1", "comment", "loose"
        self._articles = 0  # how many <article> elements are open
        self._comment_item_depth = -1  # stack depth of the open comment item, -1 if none

    @property
    def _skipped(self) -> bool:
        return bool(self.stack) and self.stack[-1].skipped

    @property
    def _in_comments(self) -> bool:
        return bool(self.stack) and self.stack[-1].comments

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key and "content" in values:
                self.meta.setdefault(key, values["content"].strip())
            return
        if tag == "link" and values.get("rel", "").lower() == "canonical" and values.get("href"):
            self.meta.setdefault("canonical", values["href"].strip())
            return
        if tag == "br":
            if self._capture and not self._skipped:
                self._text.append("\n")
            return
        if tag == "time" and values.get("datetime"):
            self.meta.setdefault("time", values["datetime"].strip())
        if tag in _VOID:
            return
        marker = f"{values.get('id', '')} {values.get('class', '')}".strip()
        comments = self._in_comments or bool(marker and _COMMENTS_MARKER.search(marker))
        skipped = self._skipped or (tag in _SKIPPED and not comments)
        if tag in _BLOCKS:
            self._flush()
        self.stack.append(_Element(tag, skipped, comments))
        if tag == "article" and not comments:
            self._articles += 1
        if skipped:
            return
        if comments:
            # Each <li>/<article> in the comments section is one comment; failing those, each <p>.
            if tag in ("li", "article") and self._comment_item_depth < 0:
                self._comment_item_depth = len(self.stack)
                self._capture, self._text = "comment", []
            elif tag == "p" and self._comment_item_depth < 0:
                self._capture, self._text = "comment", []
            elif tag == "p" and self._text and self._text[-1] != "\n":
                self._text.append("\n")
            return
        if tag == "title" and not self.title:
            self._capture, self._text = "title", []
        elif tag == "h1" and not self.headline:
            self._capture, self._text = "h1", []
        elif tag in ("p", "blockquote", "li", "pre"):
            self._capture, self._text = "p", []
        elif tag in _BLOCKS:
            self._capture, self._text = "loose", []

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not any(element.tag == tag for element in self.stack):
            return  # a stray closing tag: ignore it, as browsers do
        while self.stack:
            element = self.stack.pop()
            if element.comments and self._comment_item_depth > len(self.stack):
                self._finish_comment()
            elif element.tag in _BLOCKS or element.tag in ("title", "h1"):
                self._flush(element.tag)
            if element.tag == "article" and not element.comments:
                self._articles -= 1
            if element.tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._capture and not self._skipped:
            self._text.append(data)

    def _finish_comment(self) -> None:
        text = _paragraph_text(self._text)
        if text:
            self.comments.append(text)
        self._capture, self._text, self._comment_item_depth = None, [], -1

    def _flush(self, closing: str | None = None) -> None:
        capture, text = self._capture, _paragraph_text(self._text)
        if capture is None:
            return
        if capture == "comment":
            if self._comment_item_depth < 0 and closing == "p":
                self._finish_comment()
            return
        self._capture, self._text = None, []
        if not text:
            return
        if capture == "title":
            self.title = text
        elif capture == "h1":
            self.headline = text
        elif capture == "p":
            self.paragraphs.append((self._articles > 0, text))
        else:
            self.loose.append(text)


def _paragraph_text(parts: list[str]) -> str:
    """One paragraph's text: white space squeezed, explicit line breaks kept."""
    lines = [_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n")]
    return "\n".join(line for line in lines if line)


def sniff_format(text: str) -> Format:
    """ "html" for text that is clearly an HTML document, "json" for a JSON article object, else "text"."""
    if _HTML_START.match(text):
        return "html"
    stripped = text.strip()
    if stripped.startswith("{") and stripped.endswith("}"):
        try:
            value = json.loads(stripped)
        except ValueError:
            return "text"
        if isinstance(value, dict) and any(isinstance(value.get(key), str) for key in _BODY_KEYS):
            return "json"
    return "text"


def _meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first kilobytes (``<meta charset=…>``)."""
    found = _META_CHARSET.search(data[:4096])
    if not found:
        return None
    charset = found.group(1).decode("ascii", "replace")
    try:
        codecs.lookup(charset)
    except LookupError:
        return None
    return charset


def _header_lines(title: str | None, date: str | None, source: str | None, url: str | None) -> list[str]:
    lines = []
    for key, value in (("Title", title), ("Date", date), ("Source", source), ("URL", url)):
        value = _SPACES.sub(" ", value or "").strip()
        if value:
            lines.append(f"{key}: {value}")
    return lines


def _article_text(header: list[str], paragraphs: list[str], comments: list[str] | None = None) -> str:
    parts = ["\n".join(header)] if header else []
    parts += paragraphs
    if comments:
        parts.append("Comments")
        parts += comments
    return "\n\n".join(parts) + "\n"


def html_to_text(html: str, *, name: str) -> str:
    """An HTML page's article as plain text with ``Title:``/``Date:``/``Source:``/``URL:`` lines."""
    page = _PageText()
    try:
        page.feed(html)
        page.close()
    except (AssertionError, ValueError) as exc:  # html.parser's own complaints on broken markup
        raise UnreadableInput(name, f"is HTML that cannot be parsed ({exc})") from exc
    # Paragraphs inside <article> are the story; elsewhere they are used only when there is no <article>.
    in_article = [text for inside, text in page.paragraphs if inside]
    paragraphs = in_article or [text for _, text in page.paragraphs] or page.loose
    meta = page.meta
    title = page.headline or meta.get("og:title") or page.title
    site = meta.get("og:site_name")
    if site and not page.headline:
        # "<title>Ministers meet | The Daily Example</title>": the site's name is no part of the headline.
        for separator in (" | ", " - ", " — ", " – "):
            title = title.removesuffix(separator + site)
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    if not paragraphs:
        raise UnreadableInput(name, "is an HTML page with no article text (no paragraphs found)")
    date = (
        meta.get("article:published_time")
        or meta.get("datepublished")
        or meta.get("date")
        or meta.get("pubdate")
        or meta.get("time")
    )
    source = meta.get("og:site_name")
    url = meta.get("canonical") or meta.get("og:url")
    return _article_text(_header_lines(title, date, source, url), paragraphs, page.comments)


_BODY_KEYS = ("body", "text", "content")
_JSON_FIELDS = {
    "title": ("title", "headline"),
    "date": ("published_at", "date", "published", "datePublished"),
    "source": ("source", "publisher"),
    "url": ("url", "link"),
}


def json_to_text(text: str, *, name: str) -> str:
    """A JSON article object ``{title, body|text, published_at|date, source, url}`` as plain text."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnreadableInput(
            name, f"is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from exc
    if not isinstance(value, dict):
        kind = "a list" if isinstance(value, list) else f"a JSON {type(value).__name__}"
        raise UnreadableInput(
            name, f'holds {kind}, not an article: expected one object with a "body" or "text" string'
        )
    body_key = next((key for key in _BODY_KEYS if key in value), None)
    if body_key is None:
        raise UnreadableInput(name, 'is a JSON object with no "body" or "text" field: no article text')
    body = value[body_key]
    if not isinstance(body, str):
        raise UnreadableInput(name, f'has a "{body_key}" field that is not a string')
    fields: dict[str, str | None] = {}
    for target, keys in _JSON_FIELDS.items():
        key = next((k for k in keys if value.get(k) is not None), None)
        found = value.get(key) if key else None
        if isinstance(found, dict) and target == "source":
            found = found.get("name")  # {"source": {"name": "Reuters", …}}
        if found is not None and not isinstance(found, str):
            raise UnreadableInput(name, f'has a "{key}" field that is not a string')
        fields[target] = found
    if _HTML_START.match(body) or re.search(r"</p\s*>", body, re.I):
        # A body that is HTML (as many feeds send it): its paragraphs, not its tags.
        page = _PageText()
        page.feed(body)
        page.close()
        paragraphs = [text for _, text in page.paragraphs] or page.loose
    else:
        paragraphs = [body.strip()]
    if not any(p.strip() for p in paragraphs):
        raise UnreadableInput(name, f'has an empty "{body_key}": no article text')
    header = _header_lines(fields["title"], fields["date"], fields["source"], fields["url"])
    return _article_text(header, paragraphs)
