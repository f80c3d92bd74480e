"""Decoding policy and refusals: every bad input is named with its reason."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from app.readers import UnreadableInput, expand_paths, read_bytes, read_file

TEXT = "Ministers met in Zürich on Friday. “We agreed,” said Ms Müller."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    ],
)
def test_unicode_encodings_decode_to_the_same_text(data: bytes, encoding: str) -> None:
    raw = read_bytes(data, name="a.txt")
    assert raw.text == TEXT
    assert raw.encoding == encoding


def test_legacy_encodings_fall_back_to_charset_detection() -> None:
    text = "Les ministres se sont réunis à Genève. « Nous sommes d'accord », a déclaré Mme Lefèvre. " * 3
    raw = read_bytes(text.encode("latin-1"), name="latin.txt")
    assert raw.text == text.strip()
    assert raw.encoding != "utf-8"


def test_same_text_hashes_the_same_whatever_the_line_endings() -> None:
    unix = read_bytes(b"Title\n\nBody text.  \n", name="a")
    windows = read_bytes(b"Title\r\n\r\nBody text.\r\n", name="b")
    assert unix.sha256 == windows.sha256


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t\n  ", "empty"),
        (b"abc\x00def", "NUL"),
        (bytes(range(1, 32)) * 40, "control characters"),
        (b"\xff\xfe\x00", "utf-16"),
    ],
)
def test_bad_input_is_refused_with_its_name_and_reason(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableInput) as refused:
        read_bytes(data, name="bad.txt")
    assert str(refused.value).startswith("bad.txt: ")
    assert reason in refused.value.reason


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput, match=r"nothing\.txt: No such file"):
        read_file(tmp_path / "nothing.txt")


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (2 * 1024 * 1024 + 1))
    with pytest.raises(UnreadableInput, match="at most"):
        read_file(big)


def test_folders_expand_to_their_txt_files_recursively(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "1.txt", "notes.md", "b/3.gold.json"):
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in expand_paths([tmp_path])] == ["1.txt", "b/2.txt"]
