"""Files, folders and streams → raw article documents. No NLP here.

Decoding policy: UTF-8 first (a UTF-8 BOM is dropped); then UTF-16/32 when a BOM
says so; then charset detection (charset-normalizer; Windows-1252 wins near-ties, since
the articles are English). Binary data, NUL bytes and text that is empty once trimmed
(white space and invisible format characters such as zero-width spaces) are refused
with a reason.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

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


def read_text(text: str, *, name: str, origin: str | None = None, encoding: str = "utf-8") -> RawDocument:
    """Check and normalise already-decoded text."""
    if "\x00" in text:
        raise UnreadableInput(name, "contains NUL characters: binary data, not text")
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
    data: bytes, *, name: str, origin: str | None = None, declared_charset: str | None = None
) -> RawDocument:
    """Decode and check one article's bytes; errors name the input as ``name``."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise UnreadableInput(
            name, f"is {len(data):,} bytes; an article may be at most {MAX_ARTICLE_BYTES:,}"
        )
    text, encoding = decode_bytes(data, name=name, declared_charset=declared_charset)
    return read_text(text, name=name, origin=origin, encoding=encoding)


def read_file(path: Path) -> RawDocument:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise UnreadableInput(name, f"is {size:,} bytes; an article may be at most {MAX_ARTICLE_BYTES:,}")
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableInput(name, exc.strerror or str(exc)) from exc
    return read_bytes(data, origin=str(path.resolve()), name=name)


def expand_paths(paths: list[Path]) -> Iterator[Path]:
    """Files as given; folders recursively as their ``*.txt`` files, in name order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.txt") if p.is_file())
        else:
            yield path


# Zero-width and other format characters (Unicode category Cf): they show nothing.
_INVISIBLE = re.compile(r"[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
_CONTROL_CHARACTERS = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _control_ratio(text: str) -> float:
    return len(_CONTROL_CHARACTERS.findall(text)) / len(text)
