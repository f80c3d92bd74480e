"""Split raw article text into metadata, title, body paragraphs and reader comments."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from app.extract.lexicon import FIRST_NAMES, GIVEN_NAME_SYLLABLES, ORG_HEADS, PLACES, ROLE_HEADS
from app.extract.types import Document, PressContact, Span

# A run of three or more blank lines separates the article from reader comments.
_COMMENT_GAP = re.compile(r"\n[ \t]*\n(?:[ \t]*\n){2,}")
# A line announcing the comments section: "Comments", "Reader comments (3)", "12 comments", and with
# the thread's state after the count, "Comments (4) Closed".
_COMMENT_MARKER = re.compile(
    r"^[ \t]*(?:#+[ \t]*)?(?:(?:reader|readers['’]?|user)[ \t]+)?comments?[ \t]*(?:\(\d+\))?[ \t]*:?"
    r"(?:[ \t]*[|·•–-]?[ \t]*(?:closed|open))?[ \t]*$"
    r"|^[ \t]*\d+[ \t]+comments?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_HEADER_LINE = re.compile(
    r"^(title|headline|date|published|published_at|source|url|link|author|byline|by)[ \t]*:[ \t]*(.*?)[ \t]*$",
    re.IGNORECASE,
)
_HEADER_KEYS = {
    "title": "title",
    "headline": "title",
    "date": "date",
    "published": "date",
    "published_at": "date",
    "source": "source",
    "url": "url",
    "link": "url",
    "author": "author",
    "byline": "author",
    "by": "author",
}
# "By Jane Roe", "by Jane Roe", "By Jane Roe and John Doe", "By Jane Roe (Paris) and John Doe (Lyon)": each
# writer may have the city she files from in brackets.
_BYLINE = re.compile(
    # "By Colm Ó Briain": capitals with accents open Irish and other names too.
    r"^[Bb]y[ \t]+[A-Z][\w.'’-]*(?:[ \t,]+(?:and[ \t]+)?[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:[ \t]+\([A-Z][\w.'’ -]{0,30}\))?){0,7}"
    # "By Jane Roe ’95": an alumni magazine's writer with her class year.
    r"(?:[ \t]+[’']\d{2})?[ \t]*$"
)
_CAPITALS_BYLINE = re.compile(
    # "BY PARK EUN-JI [park.eunji@joongang.co.kr]": the writer's address in brackets may follow.
    r"^BY[ \t]+(?P<name>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’.-]*){1,4})(?:[ \t]+[\[(<][^\s@]+@[^\s\])>]+[\])>])?[ \t]*$"
)
# "By Jane Roe, Health correspondent", "Jane Roe, environment correspondent", "By Jane Roe-Smith, a reporter
# covering security": a name (or two) and the writer's post, on a line of its own.
_NAME = r"[A-Z][\w'’-]*\.?(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-Z][\w.'’-]*){1,3}"
_BYLINE_WITH_ROLE = re.compile(
    rf"^(?P<by>By[ \t]+)?(?P<name>{_NAME}(?:(?:,|[ \t]+and)[ \t]+{_NAME})?),[ \t]+(?P<role>[^.!?\n“”\"]{{1,90}})$"
)
# "By Jane Roe in Nairobi", "Jane Roe | Reuters": the writer and where or for whom she writes.
_BYLINE_PLACE = re.compile(
    rf"^(?:By[ \t]+(?P<name>{_NAME}(?:[ \t]+and[ \t]+{_NAME})?)[ \t]+(?:in|at(?:[ \t]+the)?)[ \t]+[A-Z][\w'’-]*"
    rf"(?:[ \t]+[A-Z][\w'’-]*){{0,2}}"
    # "By Jane Roe in Business on 12 March 2026": the section, then the day it ran.
    rf"(?:[ \t]+on[ \t]+(?:\d{{1,2}}[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+\d{{1,2}},?)[ \t]+\d{{4}})?"
    rf"|(?P<piped>{_NAME})[ \t]+\|[ \t]+[A-Z][^.!?\n]{{0,40}})$"
)
# "Jane Roe Political correspondent", "Jane Roe/Staff Reporter": a name, then the writer's newsroom post
# with no comma between.
_BYLINE_POST = re.compile(
    r"^(?:By[ \t]+)?(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}?)(?:[ \t]+|[ \t]*/[ \t]*)"
    r"(?:[A-Z][a-z]+[ \t]+)?(?:[a-z]+[ \t]+){0,2}"
    r"(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Ww]riter|[Jj]ournalist|[Cc]olumnist|[Cc]ritic)$"
)
# A credit line in parts: "Jane Roe | Published March 3, 2025", "Jane Roe · Daily Planet · Posted: …",
# "By: Jane Roe - Southern Bureau", "By Jane Roe, Acme.com | Posted - Nov. 19, 2025", "Jane Roe / TNN /
# Updated: May 24, 2025": the writer first (perhaps with a short post after a comma), then the outlet or
# the time stamp.
_CREDIT_SEPARATOR = re.compile(r"[ \t]+[|·•/–—-][ \t]+")
_CREDIT_WRITER = re.compile(rf"(?:[Bb]y:?[ \t]+)?(?P<name>{_NAME})(?:,[ \t]+[^,|/·]{{1,40}})?")
# A line of publishing metadata: "Published Mar 12, 2025", "Updated: …", "Wed Mar 11 2026 - 21:05".
_META_LINE = re.compile(
    r"(?:(?:first|last)[ \t]+)?(?:published|updated|posted)\b"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}\b"
    r"|\d{1,2}[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{4}"
    # "08-Nov-2025": the day, the month's short form and the year joined by hyphens.
    r"|\d{1,2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*-\d{2,4}\b"
    # "24-09-2026 14:32", "10.03.2026": the day, the month and the year in figures.
    r"|\d{1,2}([-./])\d{1,2}\1\d{4}\b"
    r"|\d{1,2}:\d{2}",
    re.IGNORECASE,
)
# A stamp that says what it dates. A bare date or time after a name credits a writer only when the name
# is a person's: "Philippine Daily Inquirer / 05:10 AM October 22" credits no one.
_TIME_STAMP = re.compile(r"^(?:Last[ \t]+)?(?:Updated|Posted|Published)\b")
# "KYODO", "AFP" on a line of its own above the date line: the wire service that sent the story.
_WIRE_CREDIT = re.compile(r"[A-Z]{2,10}")
# A sign-off or an author's note closing the story: "— Jane Roe", "Jane Roe is a health reporter at …".
_SIGN_OFF = re.compile(
    # "WAM/Jane Roe": a wire agency's letters and its writer.
    rf"^(?:[A-Z]{{2,8}}/(?P<wired>{_NAME})$|[—–-]+[ \t]*(?P<name>{_NAME})|(?P<bio>{_NAME}) is (?:a|an|the) (?:[\w'’-]+ ){{0,4}}?"
    r"(?i:correspondent|reporter|editor|writer|journalist|columnist|critic|contributor)s?"
    r"(?:[ ,](?:at|for|of|with|based|and|covering|who covers|who writes)\b[^\n]{0,140}|\.?))$"
)
# Without "By", the post must be a newsroom one.
_NEWSROOM_ROLE = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|journalist|columnist|critic|contributor|staff)s?\b", re.I
)
# "MADRID, June 3 (Reuters) -", "LONDON (AP) —", "Tokyo, March 3 --": kept in the body, read for hints.
_DATELINE = re.compile(
    # "MINNEAPOLIS / ST. PAUL (11/24/2026) —", "LONDON/NEW YORK —": twin cities share one dateline.
    # "Asunción (AFP) -": letters with accents too.
    r"^(?P<place>[A-Z](?:[^\W\d_]|[.'’ -]){1,40}?(?:[ \t]?/[ \t]?[A-Z](?:[^\W\d_]|[.'’ -]){1,30}?)?)"
    # "SAN JOSE, California (Reuters) -", "TOBERMORY, Isle of Mull —": the city's region or country.
    r"(?:,[ \t]*(?P<region>[A-Z][a-z][A-Za-z.'’-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+)?[A-Z][A-Za-z.'’-]*){0,3}))?"
    # "LEGAZPI CITY, Albay, Philippines —": the province, then the country.
    r"(?:,[ \t]*(?P<country>[A-Z][a-z][A-Za-z.'’-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+)?[A-Z][A-Za-z.'’-]*){0,3}))?"
    # "ABU DHABI, 9th February, 2026 (WAM) --": the day may carry its ordinal ending.
    r"(?:,[ \t]*(?P<date>(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}"
    r"(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"[a-z]*\.?)(?:,?[ \t]+\d{4})?))?"
    # "BRIDGETOWN, Barbados, Mar 11, CMC –": an agency's initials after the date, with no brackets.
    r"(?:(?<=\d),[ \t]*[A-Z]{2,6}(?=[ \t]*(?:--|-|–|—)[ \t]))?"
    # "(11/24/2026)": a date in figures, in brackets where an agency's name would stand.
    r"(?:[ \t]*\(\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\))?"
    # "SAN DIEGO--(BUSINESS WIRE)--Tidewell …": a release wire's dashes, with no space around them.
    r"[ \t]*(?:(?:--)?\((?P<source>[^)]{2,40})\))?[ \t]*(?:(?:--|-|–|—)[ \t]+|(?<=\))--(?=[A-Z])"
    # "MAY PEN, Clarendon:": a city in capitals and its region, then a colon.
    r"|(?(region)(?P<colon>:)(?:[ \t]+|$)|(?!)))"
)
# A line ending like this finished its sentence, so the next line is a new paragraph.
_SENTENCE_END = re.compile(r"[.!?:;\"”’»)\]]$")
_DATE_FORMATS = (
    "%B %d, %Y",
    "%b %d, %Y",
    "%b. %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y %H:%M",
    "%B %d, %Y %I:%M %p",
    "%Y/%m/%d",
    "%d/%m/%Y",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
)
_MAX_TITLE = 150


@dataclass(frozen=True, slots=True)
class _Header:
    fields: dict[str, str]
    rest: str


def parse_date(value: str) -> datetime | None:
    """A timezone-aware datetime from a header value; a bare date is midnight UTC."""
    value = value.strip().strip("\"'")
    if not value:
        return None
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        cleaned = re.sub(r"\s+(?:UTC|GMT)$", "", value)
        cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", cleaned)
        for pattern in _DATE_FORMATS:
            try:
                parsed = datetime.strptime(cleaned, pattern)
                break
            except ValueError:
                continue
        if parsed is None:
            try:
                parsed = parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def _date_line(lines: list[str]) -> datetime | None:
    """The date a line holds when it holds nothing else ("Sep 16, 2025"), else None."""
    line = lines[0].strip() if lines else ""
    if not line or len(line) > 40 or not any(c.isdigit() for c in line):
        return None
    return parse_date(line)


def _strip_header(text: str) -> _Header:
    """Read YAML front matter or leading ``Key: value`` lines off the top."""
    fields: dict[str, str] = {}
    front = _FRONT_MATTER.match(text)
    if front:
        for line in front.group(1).splitlines():
            key, sep, value = line.partition(":")
            normal = _HEADER_KEYS.get(key.strip().lower())
            if sep and normal:
                fields.setdefault(normal, value.strip().strip("\"'"))
        return _Header(fields, text[front.end() :])
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        match = _HEADER_LINE.match(line)
        if match and match.group(2):
            fields.setdefault(_HEADER_KEYS[match.group(1).lower()], match.group(2))
        elif (line.strip() or not fields) and line.strip():
            break
        index += 1
    if not fields:
        return _Header({}, text)
    return _Header(fields, "\n".join(lines[index:]))


def _split_comments(text: str) -> tuple[str, tuple[str, ...]]:
    """The article text, and each reader comment after a long gap or a "Comments" line."""
    cut: tuple[int, int] | None = None
    gap = _COMMENT_GAP.search(text)
    if gap:
        cut = (gap.start(), gap.end())
    # The marker line holds the word "comment": a cheap test spares most articles the line-by-line scan.
    marker = _COMMENT_MARKER.search(text) if "comment" in text.lower() else None
    if marker and (cut is None or marker.start() < cut[0]):
        cut = (marker.start(), marker.end())
    if cut is None:
        return text, ()
    section = text[cut[1] :].strip()
    if not section:
        return text[: cut[0]], ()
    blocks = [block.strip() for block in _BLANK_LINES.split(section) if block.strip()]
    if blocks and _COMMENT_MARKER.fullmatch(blocks[0].split("\n", 1)[0]):
        # A long gap and then a "Reader comments" line: the line heads the comments, it is none.
        first = blocks[0].split("\n", 1)
        blocks = ([first[1].strip()] if len(first) > 1 and first[1].strip() else []) + blocks[1:]
    if blocks and _is_comment_policy(blocks[0]):
        # "To encourage respectful conversations, names appear with each submission": the site's rule
        # for its comments, printed above them, is none of them.
        blocks = blocks[1:]
    if len(blocks) == 1 and "\n" in blocks[0]:
        # Comments listed one a line with no blank line between them.
        blocks = [line.strip() for line in blocks[0].split("\n") if line.strip()]
    return text[: cut[0]], tuple(blocks)


_COMMENT_POLICY_WORDS = re.compile(
    r"\b(communit(?:y|ies)|guidelines|moderat(?:ed|ion|ors?)|submissions?|respectful|civil|conversations?"
    r"|terms of (?:use|service)|house rules|comment(?:ing)? policy)\b",
    re.IGNORECASE,
)


def _is_comment_policy(block: str) -> bool:
    """One line naming two or more of a comment section's rules ("moderated", "community guidelines",
    "each submission"): the notice a site prints above its comments, not a reader's comment."""
    if "\n" in block:
        return False
    return len({m.group(1).casefold()[:6] for m in _COMMENT_POLICY_WORDS.finditer(block)}) >= 2


# Press-release furniture: a "FOR IMMEDIATE RELEASE" line opens one, "ENDS" / "###" closes the text
# (what follows is contacts and notes to editors, not the story).
_RELEASE_OPENER = re.compile(
    r"^[ \t]*(?:for immediate release|press release|news release)[ \t]*:?[ \t]*$", re.I
)
_RELEASE_END = re.compile(r"^[ \t]*(?:-+[ \t]*)?(?:ENDS|End|###|\*\*\*)(?:[ \t]*-+)?[ \t]*$", re.MULTILINE)
_RELEASE_END_MARKS = ("END", "End", "###", "***")  # one of them is in the text whenever _RELEASE_END matches


# "Media Contacts:", "Contacts", "Press enquiries", "For more information, please contact:" on a line of its
# own near a release's end: the press officers' names, telephones and addresses that follow are no part of
# the story (their people are read off the block, below).
_CONTACT_HEADING = re.compile(
    r"^[ \t]*(?:For[ \t]+(?:(?:more|further)[ \t]+information|(?:media|press|investor)[ \t]+(?:inquiries|enquiries))"
    r"(?:,?[ \t]+(?:please[ \t]+)?contact)?"
    # "Media Relations Contact", "Media and Investor Contacts", "Press enquiries".
    r"|(?:(?:Media|Press|Investor|News|Public)(?:[ \t]+Relations)?(?:[ \t]+(?:and|&)[ \t]+(?:Investor|Media)"
    r"(?:[ \t]+Relations)?)?[ \t]+)?(?:Contacts?|Inquiries|Enquiries))[ \t]*:?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
# "Media contact: Jane Roe, Acme Corp., +1 555 0100", "CONTACT: Jane Roe, …": the heading and the block
# on one line.
_CONTACT_LINE = re.compile(
    r"^[ \t]*(?:(?:Media|Press|Investor|News)(?:[ \t]+(?:and|&)[ \t]+(?:Investor|Media))?[ \t]+)?"
    r"(?:contacts?|inquiries|enquiries)[ \t]*:[ \t]*(?P<rest>\S[^\n]*)$",
    re.MULTILINE | re.IGNORECASE,
)
# A word every contact heading holds, in either case: most articles' ends are spared the heading's scan
# (plain substring tests: a case-blind regex search of the tail cost ~70 µs an article).
_CONTACT_WORDS = ("ontact", "ONTACT", "nquir", "NQUIR", "nformation", "NFORMATION")
# How many lines from the end a contact heading may stand (after a release's end mark, where nothing
# but notes to editors follows, more).
_CONTACT_LINES = 25
_CLOSING_LINES = 60
# "Media:", "Investors:", "Investor Relations:": a sub-heading over one contact, no post of hers; what
# follows the colon on its line is the contact.
_CONTACT_SUBHEADING = re.compile(
    r"(?i:(?:media|press|investors?|analysts?|journalists|news(?:room)?|financial|trade)"
    r"(?:[ \t]+(?:and|&)[ \t]+(?:investors?|media|analysts?))?"
    r"(?:[ \t]+(?:relations|contacts?|inquiries|enquiries|queries))?|contacts?)[ \t]*:[ \t]*(?P<rest>.*)"
)
# A telephone, e-mail or web line: how to reach a contact, never her name.
_REACH = re.compile(
    r"@|www\.|https?:|(?i:\b(?:tel|phone|telephone|mobile|mob|cell|fax|e-?mail|direct|office|main|web|[tmepow])"
    r"\.?[ \t]*:)|[+(]?\d[\d \t().+/-]{5,}"
)
# Words a department of communications is made of ("Corporate Communications Department", "Investor
# Relations", "Press Office"): a line of only these names no organisation and no person.
_DEPARTMENT_WORDS = frozenset(
    [
        "Corporate",
        "Public",
        "Media",
        "Investor",
        "Investors",
        "Press",
        "External",
        "Internal",
        "Global",
        "Communications",
        "Communication",
        "Relations",
        "Affairs",
        "Marketing",
        "Department",
        "Dept.",
        "Dept",
        "Office",
        "Team",
        "Desk",
        "Unit",
        "Division",
        "and",
        "&",
        "of",
        "the",
        "Strategic",
        "Brand",
        "PR",
        "IR",
        "News",
        "Newsroom",
        "Information",
        "Government",
        "Community",
        "Stakeholder",
        "Engagement",
        "Digital",
        "Analyst",
        "Analysts",
        "Financial",
        "Editorial",
    ]
)
# Capitalised post words that no contact's name holds ("Communications Director").
_POST_WORDS = frozenset(
    [
        "Director",
        "Manager",
        "Officer",
        "Head",
        "President",
        "Vice",
        "Spokesperson",
        "Spokesman",
        "Spokeswoman",
        "Specialist",
        "Coordinator",
        "Executive",
        "Chief",
        "Senior",
        "Associate",
        "Assistant",
        "Deputy",
        "Lead",
        "Advisor",
        "Adviser",
        "Consultant",
        "Secretary",
        "Counsel",
        "Editor",
        "Partner",
        "Principal",
        "Analyst",
        "Strategist",
    ]
)
# Degrees after a contact's name ("Jane Roe, PhD"): no post.
_DEGREES = frozenset(
    [
        "PhD",
        "Ph.D.",
        "MD",
        "M.D.",
        "MS",
        "M.S.",
        "MA",
        "MBA",
        "MSc",
        "MPH",
        "RN",
        "APR",
        "Jr.",
        "Jr",
        "Sr.",
        "Sr",
    ]
)
# Legal forms after a comma ("Acme Co., Ltd."): the end of the company's name, no part of its own.
_LEGAL_TAILS = frozenset(
    [
        "Ltd.",
        "Ltd",
        "Inc.",
        "Inc",
        "LLC",
        "LLP",
        "L.P.",
        "LP",
        "plc",
        "PLC",
        "GmbH",
        "AG",
        "SA",
        "S.A.",
        "Co.",
        "Corp.",
        "Limited",
        "N.V.",
        "B.V.",
    ]
)
_CONTACT_NAME = re.compile(
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[ \t]+)?"
    r"(?P<name>[A-Z][\w'’-]*\.?(?:[ \t]+(?:(?:de|del|della|van|von|der|den|da|di|du|la|le|bin|al|el|dos|das)"
    r"[ \t]+)*[A-Z][\w'’-]*\.?){1,3})"
    r"(?P<rest>(?:[ \t]*[,|;(•·]|[ \t]+[–—/-][ \t]+|:[ \t]).*)?"
)
_CONTACT_SEPARATOR = re.compile(r"[ \t]*(?:[,|;•·]|[ \t][–—/-][ \t]|\(|\)|:[ \t])[ \t]*")
# Role words that also open companies' names ("General Mills", "Safety-Kleen", "Forward Partners"):
# alone, they make no line a post.
_NOT_POST_WORDS = frozenset(
    ["general", "safety", "forward", "agent", "fellow", "expert", "pilot", "leader", "owner"]
)


def _tail_start(text: str, lines: int) -> int:
    """Where the text's last ``lines`` lines begin."""
    position = len(text)
    for _ in range(lines):
        position = text.rfind("\n", 0, position)
        if position < 0:
            return 0
    return position + 1


def _prose(line: str) -> bool:
    """Is a line a sentence of the story, not a line of a contact block?"""
    words = len(line.split())
    if len(line) > 200:
        return True
    if "@" in line or "www." in line:
        return words > 14
    # "Anna Berg, Vice President, Investor Relations, Acme Corp.": a legal form's stop ends no sentence.
    stop = line.endswith(".") and line.rsplit(None, 1)[-1] not in _LEGAL_TAILS
    return len(line) > 120 or words > 12 or (stop and words > 5)


def _without_contact_block(
    article: str, anywhere: bool = False
) -> tuple[str, tuple[tuple[PressContact, ...], tuple[str, ...]]]:
    """The article without a closing contact block, and the people and organisations it names. The
    heading must be among the last lines (more of them after a release's end mark) and every line under
    it a short one, no sentence: a "Contacts" heading over paragraphs of the story heads no block."""
    start = _tail_start(article, _CLOSING_LINES if anywhere else _CONTACT_LINES)
    # The end of the last line of prose: a block's heading comes after it.
    floor = len(article)
    while floor > start:
        line_start = article.rfind("\n", start, floor) + 1
        if _prose(article[line_start:floor].strip()):
            break
        floor = max(line_start - 1, start)
    found = sorted(
        [(m.start(), m.end(), "") for m in _CONTACT_HEADING.finditer(article, floor)]
        + [(m.start(), m.end(), m.group("rest")) for m in _CONTACT_LINE.finditer(article, floor)]
    )
    for begin, end, first in found:
        if anywhere or article[:begin].strip():
            lines = (first + article[end:]).split("\n")  # "Media contact: Jane Roe", then her lines
            return article[:begin], _block_contacts(lines)
    return article, ((), ())


def _is_department(text: str) -> bool:
    words = text.split()
    return bool(words) and all(word in _DEPARTMENT_WORDS for word in words)


def _is_post(text: str) -> bool:
    words = [word.lower().strip(",.") for word in text.split()]
    return any(word in ROLE_HEADS and word not in _NOT_POST_WORDS for word in words) and not text.startswith(
        ("Office", "Department", "Ministry")
    )


def _contact_parts(text: str) -> list[str]:
    """The parts of a contact line between commas, bars and brackets, with telephones, addresses and
    degrees dropped and a legal form kept with its company ("Acme Co., Ltd.")."""
    parts: list[str] = []
    for part in _CONTACT_SEPARATOR.split(text):
        part = part.strip(" \t/–—-|,;:")
        if not part or _REACH.search(part) or part in _DEGREES:
            continue
        if parts and part in _LEGAL_TAILS:
            parts[-1] = f"{parts[-1]}, {part}"
        else:
            parts.append(part)
    return parts


def _name_of(line: str) -> tuple[str, str, bool] | None:
    """(name, what follows it on the line, whether the given name is known) of a line opening with a
    person's name, else None."""
    match = _CONTACT_NAME.fullmatch(line)
    if match is None:
        return None
    name = match.group("name")
    words = name.split()
    if len(words) < 2 or any(
        word in ORG_HEADS or word in _POST_WORDS or word in _DEPARTMENT_WORDS or word in _LEGAL_TAILS
        for word in words
    ):
        return None
    if any(word.isupper() and len(word) > 2 for word in words) or any(c.isdigit() for c in name):
        return None  # "SOURCE Acme", "ICR Group": capitals are no one's name
    given = FIRST_NAMES.get(words[0])
    known = (given is not None and not given.is_word) or GIVEN_NAME_SYLLABLES.fullmatch(words[0]) is not None
    if not known and (name in PLACES or words[0] in PLACES or words[-1] in PLACES):
        return None
    return name, (match.group("rest") or "").strip(), known


def _block_contacts(lines: list[str]) -> tuple[tuple[PressContact, ...], tuple[str, ...]]:
    """The people a contact block names, and the organisations it names with no one under them. In each
    group of lines (between blank lines and sub-headings): a name, a post on its line or the next, and
    the organisation on a line under her (else over her)."""
    groups: list[list[str]] = [[]]
    for raw in lines:
        line = raw.strip().strip("*_").strip()
        sub = _CONTACT_SUBHEADING.fullmatch(line)
        if not line or sub:
            if groups[-1]:
                groups.append([])
            if sub and sub.group("rest").strip():
                groups[-1].append(sub.group("rest").strip())
            continue
        groups[-1].append(line)
    contacts: list[PressContact] = []
    organisations: list[str] = []
    for group in groups:
        if any(_name_of(line) for line in group):
            contacts += _group_contacts(group)
        else:
            # "For more information" over "Delegation of the European Union to Mozambique": a body
            # named with no one under it is still one of the release's organisations.
            organisations += [line for line in group if _is_organisation(line)]
    return tuple(contacts), tuple(organisations)


def _is_organisation(line: str) -> bool:
    """Is a block line with no person on it an organisation's name ("Acme Foundation")?"""
    if _REACH.search(line) or _is_department(line) or line.startswith("SOURCE") or _prose(line):
        return False
    return line[0].isupper() and any(part in ORG_HEADS for part in re.split(r"[ \t-]+", line.rstrip(".,")))


def _group_contacts(group: list[str]) -> list[PressContact]:
    named = [(index, found) for index, line in enumerate(group) if (found := _name_of(line)) is not None]
    strong = [(index, found) for index, found in named if found[2]]
    if strong:
        named = strong
    elif len(named) != 1:
        return []  # two lines read as names with no known given name: which is the person is unclear
    contacts: list[PressContact] = []
    above: str | None = None
    for line in group[: named[0][0]]:
        if not (_REACH.match(line) or _is_department(line) or _is_post(line) or line.startswith("SOURCE")):
            above = " ".join(_contact_parts(line)) or above
    for place, (index, (name, rest, _)) in enumerate(named):
        post: str | None = None
        organisation: str | None = None
        following = group[index + 1 : named[place + 1][0] if place + 1 < len(named) else len(group)]
        for part_line in [rest, *following]:
            if not part_line or part_line.startswith("SOURCE") or _REACH.match(part_line):
                continue  # "Tel: +1 555 0100", "Email: …": how to reach her
            parts = _contact_parts(part_line)
            position = 0
            if post is None and parts and _is_post(parts[0]):
                taken = [parts[0]]
                position = 1
                # "Director, Communications": a department after the post is part of it.
                while position < len(parts) and _is_department(parts[position]):
                    taken.append(parts[position])
                    position += 1
                post = ", ".join(taken)
                if " at " in post:
                    post, _, organisation = post.partition(" at ")
            for part in parts[position:]:
                if (
                    organisation is None
                    and not _is_department(part)
                    and not _is_post(part)
                    and part[0].isupper()
                ):
                    organisation = part
        contacts.append(PressContact(name, post, organisation or above))
    return contacts


def _looks_like_headline(line: str, following: str) -> bool:
    """A short line with no final period, followed by body text, is a headline."""
    stripped = line.strip()
    if not stripped or not following.strip():
        return False
    if len(stripped) > _MAX_TITLE or len(stripped.split()) > 22:
        return False
    if stripped[-1] in ".,;":
        return False
    if not (stripped[0].isupper() or stripped[0].isdigit() or stripped[0] in "\"“‘'"):
        # "kindrd to cut 18% of staff" over "SAN FRANCISCO — kindrd, …": a brand written in lower
        # case opens a headline only when a capitals dateline opens the story under it.
        dateline = _DATELINE.match(following.lstrip())
        if not (dateline and dateline.group("place").isupper() and following.startswith("\n")):
            return False
    if _DATELINE.match(stripped + " "):
        return False
    # A hard-wrapped sentence continues in lower case on the next line.
    return not following.lstrip()[:1].islower()


# White space other than the plain space ("[^\S ]"), its characters listed: a class of listed characters
# is looked up in a table, a negated category tested character by character (the scan takes ~0.6×).
# No white space character lies above U+3000 (the ideographic space).
_OTHER_SPACE = re.compile(
    "[" + re.escape("".join(c for c in map(chr, range(0x3001)) if c.isspace() and c != " ")) + "]"
)


def _paragraphs(article: str) -> list[str]:
    """Blocks split on blank lines; inside a block, wrapped lines are re-joined."""
    paragraphs: list[str] = []
    for block in _BLANK_LINES.split(article):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        current = ""
        for line in lines:
            if not current:
                current = line
            elif _SENTENCE_END.search(current) or (not line[0].islower() and len(current) < 40):
                paragraphs.append(current)
                current = line
            else:
                current = f"{current} {line}"
        if current:
            # Lines are stripped and joined by one space: only other white space or a double space
            # inside a line needs the (slower) split and join.
            irregular = "  " in current or _OTHER_SPACE.search(current)
            paragraphs.append(" ".join(current.split()) if irregular else current)
    return paragraphs


def _lead_title(body: str) -> str:
    """The lead sentence, cut at a word boundary when long."""
    from app.extract.sentences import first_sentence

    lead = first_sentence(body).rstrip(" .")
    if len(lead) <= _MAX_TITLE:
        return lead
    return lead[:_MAX_TITLE].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _writer_of(line: str, following: list[str]) -> str | None:
    """The writer a line at the story's top credits, or None: a byline with a post ("By Jane Roe,
    Health correspondent"), a credit line in parts ("Jane Roe | Published …"), or a name alone on its
    line right before the publishing date. ``following`` holds the lines after it."""
    if len(line) > 140:
        return None
    parts = _CREDIT_SEPARATOR.split(line)
    stamped = len(parts) > 1 and any(_TIME_STAMP.match(part) for part in parts[1:])
    if not stamped and (byline := _byline_of(line)) is not None:
        return byline
    if len(parts) > 1:
        return _credit_in_parts(line, parts, stamped)
    return _name_above_date(line, following)


def _byline_of(line: str) -> str | None:
    """The writer named on a byline line with a post ("By Jane Roe, Health correspondent"), or None."""
    if "," not in line:
        placed = _BYLINE_PLACE.match(line)
        if placed is None and (posted := _BYLINE_POST.match(line)) is not None:
            return posted.group("name")  # "Jane Roe Political correspondent"
        return line.removeprefix("By").strip() if placed else None
    # "By Jane Roe, a reporter covering courts and the police.": a "By" line may end its post with a period.
    found = _BYLINE_WITH_ROLE.match(line[:-1] if line.startswith("By ") and line[-1] == "." else line)
    if found is None or not (found.group("by") or _NEWSROOM_ROLE.search(found.group("role"))):
        return None
    return line[found.start("name") :]


def _credit_in_parts(line: str, parts: list[str], stamped: bool) -> str | None:
    """The writer of a credit line in parts: named first, on a "By" line, before a time stamp, or
    before a bare date when the name is a person's."""
    if len(parts) == 2 and not line.startswith(("By", "by ")) and _BYLINE.match(parts[1]):
        return parts[1][3:].strip()  # "ABC News / By Jane Roe": the outlet first, then the writer's "By"
    head = _CREDIT_WRITER.fullmatch(parts[0])
    if head is None:
        return None
    name = head.group("name")
    town = (
        PLACES.get(parts[1]) if len(parts) == 2 and line.startswith("By ") and "," not in parts[0] else None
    )
    if town is not None and town.kind == "city":
        # "By Jane Roe — São Paulo": the writer, then the town she files from, kept as "By Jane Roe, Abuja"
        # keeps it (the town is read as the story's filing town).
        return f"{name}, {parts[1]}"
    if stamped or line.startswith(("By", "by ")):  # "by Jane Roe | Nov 4, 2025": in lower case too
        return name
    dated = any(_META_LINE.match(part) for part in parts[1:])
    return name if dated and name.split()[0] in FIRST_NAMES else None


def _name_above_date(line: str, following: list[str]) -> str | None:
    """A name alone on its line right before the publishing date, perhaps with the writer's post or
    outlet on a line between, or with the town she files from after a comma ("Jane Roe, Kisumu")."""
    if line[-1] in '.!?”"':
        return None
    if not re.fullmatch(_NAME, line):
        filed = _NAME_AND_TOWN.fullmatch(line)
        below = next((f.strip() for f in following if f.strip()), "")
        return filed.group("name") if filed and _META_LINE.match(below) else None
    after = [stripped for stripped in (f.strip() for f in following[:4]) if stripped][:2]
    if after and _META_LINE.match(after[0]):
        return line
    # "Jane Roe", then "Political Correspondent" or "Daily Planet", then the date.
    short = len(after) == 2 and len(after[0].split()) <= 4 and after[0][-1] not in '.!?:;,”"'
    return line if short and _META_LINE.match(after[1]) else None


# "Jane Roe, Kisumu": a writer and the town she files from.
_NAME_AND_TOWN = re.compile(rf"(?P<name>{_NAME}),[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?")
# "Jane Roe (The Daily Planet)": a writer and, in brackets, the outlet she writes for.
_NAME_WITH_OUTLET = re.compile(
    rf"(?P<name>{_NAME})[ \t]+\((?P<outlet>(?:The[ \t]+)?[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){{0,4}})\)"
)
# A label on a line of its own over the writer's name ("Author", then "Jane Roe", then her post), and
# one over the writer's declared interests ("Disclosure statement", then a paragraph about funding).
_AUTHOR_LABEL = re.compile(r"(?i:authors?|written by|words by)")
# "Author: Jane Roe (WKYC)": the label and the writer on one line.
_AUTHOR_PREFIX = re.compile(r"(?i:authors?|written by|words by)[ \t]*:[ \t]+")
_DISCLOSURE_LABEL = re.compile(r"(?i:disclosure(?: statement)?|conflicts? of interest)")
# How many short lines over the story a credit is looked for among, however they read.
_PREAMBLE_LINES = 8


def _strong_credit(line: str, following: list[str]) -> str | None:
    """The writer a line credits in a form no line of a story's text takes: "By Jane Roe" (in lower case
    too), "By Jane Roe, at Lord's", "Jane Roe – Oct 2, 2025 6:12 pm", "Jane Roe (The Daily Planet)" over
    a date, or a name alone over the date."""
    if len(line) > 140:
        return None
    if _BYLINE.match(line):
        return line[3:].strip()
    capitals = _CAPITALS_BYLINE.match(line)
    if capitals and not line.startswith("BY THE "):
        return capitals["name"]  # "BY JANE ROE": a byline set in capitals, as Malaysian papers print it
    if line.startswith(("By ", "by ")):
        return _byline_of("By" + line[2:])
    parts = _CREDIT_SEPARATOR.split(line)
    if len(parts) > 1:
        stamped = any(_TIME_STAMP.match(part) for part in parts[1:])
        return _credit_in_parts(line, parts, stamped)
    outlet = _NAME_WITH_OUTLET.fullmatch(line)
    if outlet is not None:
        after = next((f.strip() for f in following if f.strip()), "")
        given = FIRST_NAMES.get(outlet.group("name").split()[0])
        if (given is not None and not given.is_word) or _META_LINE.search(after[:60]):
            return outlet.group("name")
        return None
    return _name_above_date(line, following)


def _preamble_byline(lines: list[str]) -> tuple[set[int], str] | None:
    """(line indices to drop, writer) of a credit further down the short lines over the story than a
    byline is looked for: under a kicker, a standfirst and a score line ("Scotland 27 Wales 20", then
    "By Jane Roe, at Murrayfield"), or under an "Author" label with the writer's post and disclosure."""
    seen = 0
    for index, line in enumerate(lines[: _PREAMBLE_LINES * 2]):
        stripped = line.strip()
        if not stripped:
            continue
        if len(stripped) > _MAX_PREAMBLE or seen == _PREAMBLE_LINES:
            return None
        following = lines[index + 1 : index + 6]
        if _AUTHOR_LABEL.fullmatch(stripped):
            block = _author_block(lines, index)
            if block is not None:
                return block
        labelled = _labelled_writer(stripped)
        if labelled is not None:
            return {index}, labelled
        writer = _strong_credit(stripped, following)
        if writer is not None:
            return {index}, writer
        seen += 1
    return None


def _labelled_writer(line: str) -> str | None:
    """The writer of "Author: Jane Roe" or "Author: Jane Roe (WKYC)", or None."""
    label = _AUTHOR_PREFIX.match(line)
    if label is None:
        return None
    rest = line[label.end() :]
    outlet = _NAME_WITH_OUTLET.fullmatch(rest)
    if outlet is not None:
        return outlet.group("name")
    return rest if re.fullmatch(_NAME, rest) else None


def _author_block(lines: list[str], label: int) -> tuple[set[int], str] | None:
    """The lines of a credit block under an "Author" label: the writer's name, her post (short lines
    with no final period) and a "Disclosure statement" with its paragraph."""
    rest = [i for i in range(label + 1, min(len(lines), label + 12)) if lines[i].strip()]
    if not rest or not re.fullmatch(_NAME, lines[rest[0]].strip()):
        return None
    drop = {label, rest[0]}
    position = 1
    while position < len(rest) and position <= 2:
        post = lines[rest[position]].strip()
        if len(post) > 120 or post[-1] in ".!?" or _DISCLOSURE_LABEL.fullmatch(post):
            break
        drop.add(rest[position])
        position += 1
    if position + 1 < len(rest) and _DISCLOSURE_LABEL.fullmatch(lines[rest[position]].strip()):
        drop |= {rest[position], rest[position + 1]}
    return drop, lines[rest[0]].strip()


def _bottom_byline(lines: list[str]) -> tuple[int, str] | None:
    """(line index, writer) of a sign-off or author's note on the story's last line, when the writer
    is named nowhere else in it ("— Jane Roe", "Jane Roe is the paper's health editor.")."""
    index = len(lines) - 1
    while index > 0 and not lines[index].strip():
        index -= 1
    if index <= 0:
        return None
    last = lines[index].strip()
    signed = last[0] in "—–-" or " is " in last or "/" in last
    found = _SIGN_OFF.match(last) if len(last) <= 200 and signed else None
    if found is None:
        return None
    name = found.group("name") or found.group("bio") or found.group("wired")
    surname = name.split()[-1]
    if any(surname in line for line in lines[:index]):
        return None  # a person of the story: "Jane Roe is a reporter who was held for 40 days."
    return index, name


def _top_byline(lines: list[str]) -> tuple[int, str] | None:
    """(line index, byline) of a byline among the story's first two lines: right after the headline,
    or after a one-line standfirst (a sentence with no final period)."""
    seen = 0
    for index, line in enumerate(lines[:6]):
        stripped = line.strip()
        if not stripped:
            continue
        byline = _writer_of(stripped, lines[index + 1 : index + 6])
        if byline is None and seen == 1 and (_BYLINE.match(stripped) or _bare_writer(stripped)):
            # A standfirst, then "By Jane Roe" or just "Jane Roe" on a line of its own.
            byline = stripped[3:].strip() if stripped.startswith(("By ", "by ")) else stripped
        elif (
            byline is None
            and seen == 0
            and _bare_writer(stripped)
            and (_short_line_next(lines, index + 1) or _named_nowhere_else(stripped, lines[index + 1 :]))
        ):
            # "Jane Roe" or "K.R. Roe" alone on the line right under the headline, over a dateline
            # ("Coonoor, March 12") or the outlet's name: the writer's credit, as Indian and Indonesian
            # papers print it. (Over the story's text, the name may be whom the story is about.)
            byline = stripped
        if byline is not None:
            return index, byline
        seen += 1
        if seen == 2 or len(stripped) > 250:
            return None  # body text: a byline comes before the story starts
        if stripped[-1] in ".!?”\"'’" and not _by_line_next(lines, index + 1):
            return None
    return None


# "Arizona Republic", "The Daily Planet": an outlet's name alone on its line under the writer's.
_OUTLET_LINE = re.compile(r"(?:The[ \t]+)?[A-Z][a-z][\w'’&-]*(?:[ \t]+[A-Z][a-z][\w'’&-]*){1,3}")


def _without_outlet_line(lines: list[str], index: int) -> list[str]:
    """The lines without the outlet's name that follows a writer's bare name (its line now at ``index``)
    right above the story's text ("Jane Roe", then "Arizona Republic", then a long paragraph)."""
    rest = [i for i in range(index, min(len(lines), index + 4)) if lines[i].strip()]
    if len(rest) < 2 or len(lines[rest[1]].strip()) <= _MAX_PREAMBLE // 2:
        return lines
    outlet = lines[rest[0]].strip()
    if not _OUTLET_LINE.fullmatch(outlet) or outlet in PLACES or _META_LINE.match(outlet):
        return lines
    return lines[: rest[0]] + lines[rest[0] + 1 :]


def _named_nowhere_else(name: str, rest: list[str]) -> bool:
    """Is a name alone under the headline named nowhere in the story below it? Then it credits the
    writer ("Jane Roe" over a long opening paragraph); a story about her would name her again. (Over a
    short paragraph, "she" may still be she.)"""
    surname = name.split()[-1]
    following = next((line.strip() for line in rest if line.strip()), "")
    return len(following) > _MAX_PREAMBLE // 2 and not any(surname in line for line in rest)


def _short_line_next(lines: list[str], index: int) -> bool:
    """Is the next non-blank line from ``index`` a short line that is no sentence (a dateline, an outlet)?"""
    following = next((line.strip() for line in lines[index : index + 3] if line.strip()), "")
    return 0 < len(following) <= 60 and following[-1] not in ".!?:;”\"'’"


# Capitals with accents open Irish and other names too ("Seán Ó Catháin").
_BARE_WRITER = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*){1,2}")


# "R. Sivaraman", "A. K. Roe": initials then a surname, as no line of a story's text reads.
_INITIALLED_WRITER = re.compile(r"(?:[A-Z]\.[ \t]?){1,3}[A-Z][a-z][\w'’-]+")


def _bare_writer(line: str) -> bool:
    """Is the line only a person's name ("Jane Roe", "R. Sivaraman"), as a writer's credit under a
    standfirst?"""
    if _INITIALLED_WRITER.fullmatch(line):
        return True
    if not _BARE_WRITER.fullmatch(line):
        return False
    given = FIRST_NAMES.get(line.split()[0])
    return given is not None and not given.is_word


def _by_line_next(lines: list[str], index: int) -> bool:
    """Is the next non-blank line a bare "By Jane Roe"? Then the line before it was a standfirst."""
    for line in lines[index : index + 3]:
        stripped = line.strip()
        if stripped:
            # "By Jane Roe" or "By Jane Roe, a reporter covering …": a byline under the standfirst.
            return (
                _BYLINE.match(stripped) is not None
                or _bare_writer(stripped)
                or (stripped.startswith("By ") and _writer_of(stripped, []) is not None)
            )
    return False


# Paragraphs a capitals dateline may open when short lines come first (a standfirst, the byline, "Published
# Mar 12, 2025"), and how long each of those lines may be: past them the story has begun.
_DATELINE_PARAGRAPHS = 6
_MAX_PREAMBLE = 250
# Capitalised labels that open a paragraph like a dateline but name no place ("UPDATE —").
_NOT_DATELINE_PLACES = frozenset({"UPDATE", "UPDATED", "BREAKING", "LIVE", "WATCH", "EXCLUSIVE", "ANALYSIS"})


# A place in capitals alone on its line, the story's dateline ("CHENNAI"); it has no source.
_BARE_DATELINE = re.compile(r"(?P<place>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2})(?P<source>(?!))?")


# "KAMPALA. Substitute Ivan …": a known place in capitals closed by a full stop (some East African
# papers' dateline).
_STOP_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]+){0,2})(?P<source>(?!))?\.[ \t]+(?=[A-Z])"
)


# "KARACHI: The Sindh High Court …", "RIYADH: Saudi Arabia welcomed …": a known place in capitals closed
# by a colon (some South Asian and Gulf papers' dateline).
_COLON_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]+){0,2})(?P<source>(?!))?:[ \t]+(?=[A-Z])"
)


# How a summary's bullet points open.
_SUMMARY_BULLETS = ("- ", "• ", "* ", "– ")


def _titled(text: str) -> str:
    return " ".join(word.capitalize() for word in text.split())


def _find_dateline(body: str, paragraphs: list[Span]) -> tuple[int, re.Match[str] | None]:
    """(paragraph start, match) of the story's dateline: at the body's start, or in capitals at the
    start of the first long paragraph ("SINGAPORE – …" under a standfirst and "Published …" lines)."""
    # A summary's bullet points ("- A study found …") above the story count as one short line each.
    bullets = 0
    for index, paragraph in enumerate(paragraphs):
        if (
            body.startswith(_SUMMARY_BULLETS, paragraph.start)
            and paragraph.end - paragraph.start <= _MAX_PREAMBLE
        ):
            bullets += 1
            continue
        if index - bullets >= _DATELINE_PARAGRAPHS:
            break
        bare = _BARE_DATELINE.fullmatch(body, paragraph.start, paragraph.end)
        if bare and index + 1 < len(paragraphs) and _titled(bare.group("place")) in PLACES:
            # "CHENNAI" on a line of its own above the story: a known place in capitals alone.
            return paragraph.start, _BARE_DATELINE.fullmatch(bare.group())
        stop = _STOP_DATELINE.match(body, paragraph.start, paragraph.end)
        if stop and _titled(stop.group("place")) in PLACES:
            return paragraph.start, _STOP_DATELINE.match(body[paragraph.start : paragraph.end])
        colon = _COLON_DATELINE.match(body, paragraph.start, paragraph.end)
        if colon and _titled(colon.group("place")) in PLACES:
            return paragraph.start, _COLON_DATELINE.match(body[paragraph.start : paragraph.end])
        dateline = _DATELINE.match(body[paragraph.start : paragraph.end])
        if dateline:
            place = dateline.group("place")
            if dateline.group("colon") and not place.isupper():
                continue  # "Paris, France: …" opens a sentence; only a city in capitals is a dateline
            if index == 0 and not place.isupper() and dateline.group("region"):
                return 0, None  # "Police, Fire and Rescue -": a region only follows a city in capitals
            if place.isupper() and place.strip() not in _NOT_DATELINE_PLACES:
                return paragraph.start, dateline
            if index == 0 and (dateline.group("source") or dateline.group("date")):
                return 0, dateline
        if paragraph.end - paragraph.start > _MAX_PREAMBLE:
            break
    return 0, None


def split_document(
    text: str,
    *,
    title: str | None = None,
    published_at: datetime | None = None,
    source: str | None = None,
    url: str | None = None,
) -> Document:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    header = _strip_header(text.strip("\n"))
    article, comments = _split_comments(header.rest.strip("\n"))
    end = _RELEASE_END.search(article) if any(mark in article for mark in _RELEASE_END_MARKS) else None
    contacts: tuple[PressContact, ...] = ()
    contact_organisations: tuple[str, ...] = ()
    if end and article[: end.start()].strip():
        # "###", then "Media Contact:": the block after a release's end mark names its press officers.
        closing = article[end.end() :]
        article = article[: end.start()]
        if any(word in closing for word in _CONTACT_WORDS):
            contacts, contact_organisations = _without_contact_block(closing, anywhere=True)[1]
    tail = article[_tail_start(article, _CONTACT_LINES) :]
    if any(word in tail for word in _CONTACT_WORDS):
        article, (found, named) = _without_contact_block(article)
        contacts, contact_organisations = found + contacts, named + contact_organisations
    lines = article.strip().split("\n")
    if lines and _RELEASE_OPENER.match(lines[0]):
        lines = lines[1:]
        while lines and not lines[0].strip():
            lines = lines[1:]
    found_title = header.fields.get("title")
    byline = header.fields.get("author")
    # A headline is only looked for when no metadata gave the title.
    if lines and not found_title and _looks_like_headline(lines[0], "\n".join(lines[1:])):
        found_title = lines[0].strip()
        lines = lines[1:]
    while lines and not lines[0].strip():
        lines = lines[1:]
    if len(lines) > 1 and _WIRE_CREDIT.fullmatch(lines[0].strip()) and _date_line(lines[1:]) is not None:
        # "KYODO" then "Mar 19, 2026": the wire's credit and the date are no paragraphs of the story.
        source = source or lines[0].strip()
        published_at = published_at or (None if "date" in header.fields else _date_line(lines[1:]))
        lines = lines[2:]
    if lines and _BYLINE.match(lines[0].strip()):
        byline = byline or lines[0].strip()[3:].strip()
        lines = lines[1:]
        dated = _date_line(lines)
        if dated is not None:
            # "By Jane Roe" then "Sep 16, 2025": the date line is no paragraph of the story.
            published_at = published_at or (None if "date" in header.fields else dated)
            lines = lines[1:]
    else:
        found_byline = _top_byline(lines)
        if found_byline is not None:
            index, byline_text = found_byline
            byline = byline or byline_text
            lines = lines[:index] + lines[index + 1 :]
            if _bare_writer(byline_text):
                lines = _without_outlet_line(lines, index)
        elif byline is None and (deeper := _preamble_byline(lines)) is not None:
            byline = deeper[1]
            kept = []
            for index, line in enumerate(lines):
                credit = line.strip()
                label = _AUTHOR_PREFIX.match(credit) if index in deeper[0] else None
                outlet = (
                    _NAME_WITH_OUTLET.fullmatch(credit[label.end() if label else 0 :])
                    if index in deeper[0]
                    else None
                )
                if outlet is not None:
                    kept.append(outlet.group("outlet"))  # the outlet credited is named in the story
                elif index not in deeper[0]:
                    kept.append(line)
            lines = kept
    signed = _bottom_byline(lines)
    if signed is not None:
        byline = byline or signed[1]
        lines = lines[: signed[0]] + lines[signed[0] + 1 :]
    paragraph_texts = _paragraphs("\n".join(lines))
    body = "\n\n".join(paragraph_texts)
    spans: list[Span] = []
    offset = 0
    for paragraph in paragraph_texts:
        spans.append(Span(offset, offset + len(paragraph)))
        offset += len(paragraph) + 2
    dateline_start, dateline = _find_dateline(body, spans)
    dateline_place: str | None = None
    if dateline:
        dateline_place = dateline.group("place").strip()
        if source is None and dateline.group("source"):
            source = dateline.group("source").strip()
    if published_at is None and "date" in header.fields:
        published_at = parse_date(header.fields["date"])
    elif published_at is not None and published_at.tzinfo is None:
        published_at = published_at.replace(tzinfo=UTC)
    return Document(
        title=title if title is not None else (found_title or _lead_title(body)),
        body=body,
        paragraphs=tuple(spans),
        comments=comments,
        published_at=published_at,
        source=source if source is not None else header.fields.get("source"),
        url=url if url is not None else header.fields.get("url"),
        byline=byline,
        dateline=Span(dateline_start, dateline_start + dateline.end()) if dateline else None,
        dateline_place=dateline_place,
        contacts=contacts,
        contact_organisations=contact_organisations,
    )
