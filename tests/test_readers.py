"""Decoding policy and refusals: every bad input is named with its reason."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from app import extract
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


# --- HTML and JSON articles ---------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Ministers meet | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2024-05-02T08:00:00Z">
<link rel="canonical" href="https://example.com/ministers-meet">
<style>p { color: red; }</style><script>var tracking = "“not a quote,” said nobody";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ministers meet in Brussels</h1>
<p class="byline">By Tom Reyes</p>
<p>&ldquo;We agreed,&rdquo; said Foreign Minister Ana Lima.</p>
<p>Talks resume on <b>Monday</b>.</p>
<figure><figcaption>Ministers arrive.</figcaption></figure></article>
<aside><p>Most read: something else</p></aside>
<section id="comments"><h3>Comments (2)</h3>
<div class="comment"><span class="author">jd</span><p>About time.</p></div>
<div class="comment"><p>Not so sure.</p></div></section>
<footer><p>© The Daily Example</p></footer></body></html>
"""


def test_an_html_page_becomes_its_article(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(PAGE, encoding="utf-8")
    raw = read_file(page)
    extraction = extract.run(raw.text)
    document = extraction.document
    assert document.title == "Ministers meet in Brussels"
    assert document.body == "“We agreed,” said Foreign Minister Ana Lima.\n\nTalks resume on Monday."
    assert document.byline == "Tom Reyes"
    assert document.source == "The Daily Example"
    assert document.url == "https://example.com/ministers-meet"
    assert (
        document.published_at is not None and document.published_at.isoformat() == "2024-05-02T08:00:00+00:00"
    )
    assert document.comments == ("About time.", "Not so sure.")
    assert [q.text for q in extraction.quotes] == ["We agreed"]


@pytest.mark.parametrize("name", ["page.htm", "page.txt"])
def test_html_is_read_by_suffix_or_by_its_look(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(PAGE, encoding="utf-8")
    assert "<" not in read_file(path).text


def test_an_html_page_declaring_a_legacy_charset_is_decoded_with_it(tmp_path: Path) -> None:
    page = tmp_path / "old.html"
    page.write_bytes(
        '<html><head><meta charset="windows-1252"></head><body><p>“Café,” said José.</p></body></html>'.encode(
            "cp1252"
        )
    )
    raw = read_file(page)
    assert raw.text == "“Café,” said José."
    assert raw.encoding == "windows-1252"


def test_a_json_article_becomes_its_article(tmp_path: Path) -> None:
    path = tmp_path / "story.json"
    path.write_text(
        json.dumps(
            {
                "title": "Ministers meet",
                "body": "“We agreed,” said Ana Lima.\n\nTalks resume on Monday.",
                "published_at": "2024-05-02T08:00:00Z",
                "source": "Wire",
                "url": "https://example.com/a",
                "tags": ["ignored"],
            }
        ),
        encoding="utf-8",
    )
    document = extract.run(read_file(path).text).document
    assert (document.title, document.source, document.url) == (
        "Ministers meet",
        "Wire",
        "https://example.com/a",
    )
    assert document.body == "“We agreed,” said Ana Lima.\n\nTalks resume on Monday."
    assert document.published_at is not None and document.published_at.year == 2024


def test_a_json_article_may_use_text_and_date_and_an_html_body(tmp_path: Path) -> None:
    path = tmp_path / "story.json"
    path.write_text(
        json.dumps({"text": "<p>First paragraph.</p><p>Second &amp; last.</p>", "date": "2024-05-02"}),
        encoding="utf-8",
    )
    document = extract.run(read_file(path).text).document
    assert document.body == "First paragraph.\n\nSecond & last."
    assert document.published_at is not None and document.published_at.day == 2


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"title": "x", "body": ', "is not valid JSON"),
        ('[{"body": "a"}]', "holds a list"),
        ('{"title": "No body"}', 'no "body" or "text" field'),
        ('{"body": 42}', '"body" field that is not a string'),
        ('{"body": "text", "title": ["a"]}', '"title" field that is not a string'),
        ('{"body": "   "}', 'has an empty "body"'),
    ],
)
def test_bad_json_is_refused_with_a_reason(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UnreadableInput) as refused:
        read_file(path)
    assert str(refused.value).startswith(f"{path}: ")
    assert reason in refused.value.reason


def test_an_html_page_with_no_article_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Nothing</title><script>x()</script></head><body></body></html>")
    with pytest.raises(UnreadableInput, match="no article text"):
        read_file(path)


def test_plain_text_that_merely_mentions_braces_or_tags_stays_text() -> None:
    text = "{Draft} The <b> tag was left in. Ministers met on Friday."
    assert read_bytes(text.encode(), name="a.txt").text == text


def test_folders_expand_to_every_article_format_but_not_gold_files(tmp_path: Path) -> None:
    for name in ("a.txt", "b.html", "c.htm", "d.json", "d.gold.json", "e.md"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in expand_paths([tmp_path])] == ["a.txt", "b.html", "c.htm", "d.json"]
