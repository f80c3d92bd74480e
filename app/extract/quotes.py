"""Direct quotes in every mark style, reported speech, and who said each.

A speaker is a resolved reference (a name, a pronoun, a descriptor such as
"the company", or a statement an organisation issued) standing as the subject
of a reporting verb next to the quote. When no such reference is found the
quote keeps no speaker: a missing speaker is better than a wrong one.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from app.extract.lexicon import REPORTING_VERBS
from app.extract.types import Document, QuoteRecord, Reference, Sentence, SpeakerType

# Marks that open and close a quote, by style. Straight and doubled-apostrophe marks are
# told apart by what surrounds them (an opening mark is followed by a word, not a space).
_MARK = re.compile(r"``|''|“|”|„|«|»|\"|‘|’")
_DOUBLE_MARKS = frozenset({"``", "''", "“", "”", "„", "«", "»", '"'})
_OPENERS = {"“": "”", "„": "“", "«": "»", "``": "''"}
# Verbs that report speech as a clause ("X said the talks…"); "announced" alone is news, not speech.
_CLAUSE_VERBS = frozenset(
    [
        "said",
        "says",
        "say",
        "added",
        "adds",
        "told",
        "tells",
        "stated",
        "states",
        "warned",
        "warns",
        "argued",
        "argues",
        "claimed",
        "claims",
        "insisted",
        "insists",
        "noted",
        "notes",
        "explained",
        "explains",
        "stressed",
        "stresses",
        "emphasised",
        "emphasized",
        "underlined",
        "underscored",
        "acknowledged",
        "admitted",
        "confirmed",
        "confirms",
        "declared",
        "believes",
        "believed",
        "predicted",
        "predicts",
        "estimated",
        "estimates",
        "suggested",
        "suggests",
        "reiterated",
        "cautioned",
        "conceded",
        "maintained",
        "maintains",
        "observed",
        "wrote",
        "writes",
        "contended",
        "contends",
    ]
)
_THAT_ONLY_VERBS = frozenset(
    {"announced", "announces", "agreed", "agrees", "reported", "reports", "recalled"}
)
_TRAILING_VERBS = _CLAUSE_VERBS - {"told", "tells"}
# Between a subject and its verb: an appositive in commas, "and other officials", adverbs, auxiliaries.
_SUBJECT_GAP = re.compile(
    r"(?:[’']s?)?(?:,[^,.;:“”\"«»]{1,90},)?\s*"
    r"(?:(?:and|&) (?:[\w’-]+ ){0,3}?(?:representatives|officials|leaders|ministers|partners|counterparts|"
    r"colleagues|others|delegates|executives|members|allies)\s+)?"
    r"(?:(?:spokesperson|spokesman|spokeswoman|official|source|representative)s?\s+)?"
    r"(?:(?:also|later|then|previously|again|repeatedly|separately|earlier|once|had|has|have|would|will|"
    r"[a-z]+ly|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|in a (?:\w+ )?statement,?)\s+)*"
)
_WORD_BEFORE_MARK = re.compile(
    r"(?<![\w-])(?P<verb>[a-z]+)(?: (?:that|as|to|it as|them as|this as|reporters|journalists|me|us|him|her|them|"
    r"the (?:audience|crowd|committee|press|conference|meeting|newspaper|broadcaster)|on \w+|in a statement|"
    r"in an interview|in a post|on social media|at a news conference)){0,3}(?: that| as)?\s*[:,]?\s*$"
)
_VERB_AT = re.compile(r"\s*(?P<verb>[a-z]+)\b")
_ACCORDING = re.compile(r"\b[Aa]ccording to ")
_CLAUSE_END = re.compile(r"[\s.,;:!?”\"’»]+$")
_LEADING_THAT = re.compile(r"^(?:,\s*)?(?:that\s+)?")
_AFTER_VERB_GAP = re.compile(r"\s+(?:[A-Za-z][\w.’'-]*\s+){0,5}")
_PREPOSITION_START = re.compile(
    r"(?:in|on|at|for|to|with|by|from|after|before|during|as|of|outside|inside|ahead|near|following|amid|"
    r"despite|over|while|when|afterwards|later|earlier|today|yesterday)\b"
)
_ROLE_WORDS = re.compile(r"(?:[a-z][\w-]* ){1,4}(?=[A-Z])")
_TITLE_CASE_SMALL = frozenset(
    ["a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with"]
)


@dataclass(slots=True)
class _Quote:
    start: int  # content start (after the opening mark)
    end: int  # content end (before the closing mark)
    open_mark: int  # position of the opening mark
    close_mark: int  # position just after the closing mark (or the paragraph end)
    paragraph: int
    group: int  # quotes continued over paragraphs share a group
    speaker: Reference | None = None
    cue: str | None = None


def _is_opening(text: str, index: int, mark: str) -> bool:
    before = text[index - 1] if index > 0 else " "
    after = text[index + len(mark)] if index + len(mark) < len(text) else " "
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _paragraph_marks(body: str, start: int, end: int) -> list[tuple[int, str, bool]]:
    """(position, mark, is_opening) for every quote mark that can delimit a quote here."""
    marks: list[tuple[int, str, bool]] = []
    found = [(m.start(), m.group()) for m in _MARK.finditer(body, start, end)]
    has_double = any(mark in _DOUBLE_MARKS for _, mark in found)
    for position, mark in found:
        if mark in ("‘", "’"):
            if has_double:
                continue  # nested single quotes are part of the outer quote's words
            if mark == "’" and position + 1 < end and body[position + 1].isalpha():
                continue  # an apostrophe: "Company’s", "don’t"
            if mark == "‘":
                if _is_opening(body, position, mark):
                    marks.append((position, mark, True))
                continue
            marks.append((position, mark, False))
            continue
        if mark in _OPENERS:
            marks.append((position, mark, True))
        elif mark in ("”", "»"):
            marks.append((position, mark, False))
        else:  # " or '' : direction from the surrounding characters
            marks.append((position, mark, _is_opening(body, position, mark)))
    return marks


def _scan_direct(document: Document) -> list[_Quote]:
    """Pair quote marks paragraph by paragraph; an unclosed quote continues only into a paragraph
    that reopens with a mark (the newspaper convention), otherwise it is dropped."""
    body = document.body
    quotes: list[_Quote] = []
    group = 0
    carried: _Quote | None = None  # an unclosed quote waiting for the next paragraph
    for index, span in enumerate(document.paragraphs):
        marks = _paragraph_marks(body, span.start, span.end)
        opened: tuple[int, str] | None = None
        opened_group = -1
        continuing = carried
        carried = None
        for number, (position, mark, is_open) in enumerate(marks):
            if is_open:
                if opened is not None:
                    opened = None  # two openings in a row: the first was unbalanced, skip it
                opened = (position, mark)
                if number == 0 and continuing is not None and position == span.start:
                    group_id = continuing.group
                else:
                    group_id = -1
                    continuing = None
                opened_group = group_id
                continue
            if opened is None:
                continue  # a closing mark with nothing open: skip it, keep the rest
            content_start = opened[0] + len(opened[1])
            if opened_group < 0:
                group += 1
                opened_group = group
            quotes.append(
                _Quote(content_start, position, opened[0], position + len(mark), index, opened_group)
            )
            opened = None
            continuing = None
        if opened is not None:
            # Open at the paragraph's end: continued only if the next paragraph reopens.
            following = document.paragraphs[index + 1] if index + 1 < len(document.paragraphs) else None
            if following is not None and body[following.start : following.start + 2].startswith(
                ("“", '"', "«", "``", "''", "‘")
            ):
                if opened_group < 0:
                    group += 1
                    opened_group = group
                carried = _Quote(
                    opened[0] + len(opened[1]), span.end, opened[0], span.end, index, opened_group
                )
                quotes.append(carried)
    return [q for q in (_trim(body, q) for q in quotes) if q is not None]


def _trim(body: str, quote: _Quote) -> _Quote | None:
    start, end = quote.start, quote.end
    while start < end and body[start].isspace():
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] == ","):
        end -= 1
    if end <= start:
        return None
    quote.start, quote.end = start, end
    return quote


def _is_real_quote(body: str, quote: _Quote, has_cue: bool) -> bool:
    words = body[quote.start : quote.end].split()
    # Scare quotes of one or two words ("so-called ‘reforms’") are not quotations.
    if len(words) <= 2 and not has_cue:
        return False
    # All-title-case content is a title ("“The Art of War”"), not a quotation (cf. textacy).
    content = [w for w in words if w.lower() not in _TITLE_CASE_SMALL]
    return not (len(words) <= 8 and content and all(w[:1].isupper() for w in content) and not has_cue)


_TIE_BEFORE = re.compile(r",? (?:of|at|from|with) (?:the )?$")


class _Speakers:
    """Look-ups over the resolved references of one article."""

    def __init__(self, body: str, references: tuple[Reference, ...]) -> None:
        self.body = body
        self.references = [r for r in references if r.type is not None or r.kind != "name"]
        self.starts = [r.start for r in self.references]
        self.by_start = {r.start: r for r in self.references}
        self.ends = sorted(self.references, key=lambda r: r.end)

    def starting_at(self, position: int) -> Reference | None:
        """The reference that begins at ``position`` (the longest, if several)."""
        index = bisect.bisect_left(self.starts, position)
        best = None
        while index < len(self.references) and self.references[index].start == position:
            if best is None or self.references[index].end > best.end:
                best = self.references[index]
            index += 1
        return best

    def subject_before(self, verb_start: int, floor: int) -> Reference | None:
        """The reference standing as the subject of a verb starting at ``verb_start``."""
        best: Reference | None = None
        # References are sorted by start: begin at the floor instead of the top of the article.
        for reference in self.references[bisect.bisect_left(self.starts, floor) :]:
            if reference.start >= verb_start:
                break
            if reference.start < floor:
                continue
            gap = _SUBJECT_GAP.fullmatch(self.body, reference.end, verb_start)
            if (
                gap is None
                and reference.type == "person"
                and self.body[reference.start - 2 : reference.start] == ", "
            ):
                # "His former captain, Daniel Mbeki, said": the name is itself the appositive.
                gap = re.fullmatch(r",\s*", self.body[reference.end : verb_start])
            if gap is not None and (best is None or reference.end >= best.end):
                best = reference
        if best is not None and best.type == "organisation":
            # "Analyst Jane Roe of Acme Research said": the person named before "of ORG" is the subject.
            tie = _TIE_BEFORE.search(self.body, max(floor, best.start - 12), best.start)
            if tie is not None:
                person = next(
                    (r for r in self.references if r.end == tie.start() and r.type == "person"), None
                )
                if person is not None:
                    return person
        return best

    def after_verb(self, position: int, limit: int) -> Reference | None:
        """ "said Roe", "said Chief Constable Ruth Okafor": the reference right after a verb."""
        index = bisect.bisect_left(self.starts, position)
        if index >= len(self.references):
            return None
        candidate = self.references[index]
        between = self.body[position : candidate.start]
        # Up to five title or role words may stand between the verb and the name; no punctuation.
        if candidate.start < limit and _AFTER_VERB_GAP.fullmatch(between):
            return self.starting_at(candidate.start)
        return None


def _verb_at(body: str, position: int, limit: int) -> re.Match[str] | None:
    match = _VERB_AT.match(body, position, limit)
    if match and match.group("verb") in REPORTING_VERBS:
        return match
    return None


def _speaker_after(speakers: _Speakers, quote: _Quote, limit: int) -> tuple[Reference | None, str | None]:
    """“…,” Roe said. / “…,” said Roe. / “…,” she told reporters."""
    body = speakers.body
    position = quote.close_mark
    while position < limit and body[position] in " ,":
        position += 1
    verb = _verb_at(body, position, limit)
    if verb:
        found = speakers.after_verb(verb.end(), limit)
        if found:
            return found, verb.group("verb")
        return None, verb.group("verb")
    according = _ACCORDING.match(body, position, limit)
    if according:
        return speakers.starting_at(according.end()), "according to"
    subject = speakers.starting_at(position)
    if subject is None:
        # "…,” union negotiator Jeroen Bakker said: role words before the name.
        role = _ROLE_WORDS.match(body, position, limit)
        if role:
            subject = speakers.starting_at(role.end())
    if subject is not None:
        gap = _SUBJECT_GAP.match(body, subject.end, limit)
        verb = _verb_at(body, gap.end() if gap else subject.end, limit)
        if verb is None and gap is not None:
            verb = _verb_at(body, subject.end, limit)
        if verb:
            return subject, verb.group("verb")
    return None, None


def _speaker_before(speakers: _Speakers, quote: _Quote, floor: int) -> tuple[Reference | None, str | None]:
    """Roe said: “…” / She added that “…” / agreed to “…” / what she called “…"."""
    body = speakers.body
    window = body[floor : quote.open_mark]
    cue = _WORD_BEFORE_MARK.search(window)
    if cue and cue.group("verb") in REPORTING_VERBS:
        verb_start = floor + cue.start("verb")
        subject = speakers.subject_before(verb_start, floor)
        if subject is not None:
            return subject, cue.group("verb")
        # "Roe said the board agreed to “…”": an earlier verb in the sentence may have the subject.
        window = body[floor:verb_start]
        found, earlier = _earlier_cue(speakers, window, floor)
        return (found, earlier) if found is not None else (None, cue.group("verb"))
    according = list(_ACCORDING.finditer(body, floor, quote.open_mark))
    if according:
        return speakers.starting_at(according[-1].end()), "according to"
    # A reporting verb earlier in the sentence: "Roe said the results were “very encouraging”".
    return _earlier_cue(speakers, window, floor)


def _earlier_cue(speakers: _Speakers, window: str, floor: int) -> tuple[Reference | None, str | None]:
    for match in reversed(list(re.finditer(r"(?<![\w-])[a-z]+\b", window))):
        if match.group() in _CLAUSE_VERBS or match.group() in _THAT_ONLY_VERBS:
            subject = speakers.subject_before(floor + match.start(), floor)
            if subject is not None:
                return subject, match.group()
    return None, None


def _sentence_bounds(sentences: tuple[Sentence, ...], starts: list[int], position: int) -> tuple[int, int]:
    index = max(bisect.bisect_right(starts, position) - 1, 0)
    sentence = sentences[index]
    return sentence.start, sentence.end


CUE_REACH = 400  # characters before or after a quote searched for its reporting verb and speaker


@dataclass(frozen=True, slots=True)
class _SentenceMarks:
    """Where sentences end and new quotes open in one paragraph, outside every quote.

    Computed once per paragraph, so finding a quote's sentence costs two binary searches
    rather than a walk of the paragraph that tests every character against every quote
    (which took minutes on a long paragraph full of quotes).
    """

    ends_before_space: list[int]  # "." "!" "?" followed by white space: a sentence may start after it
    ends: list[int]  # every "." "!" "?"
    opens: list[int]  # an opening mark after white space: another quote begins there


def _sentence_marks(
    body: str, quotes: list[_Quote], paragraph_start: int, paragraph_end: int
) -> _SentenceMarks:
    length = paragraph_end - paragraph_start
    depth = [0] * (length + 1)
    for q in quotes:
        if paragraph_start <= q.open_mark < paragraph_end:
            depth[q.open_mark - paragraph_start] += 1
            depth[min(q.close_mark, paragraph_end) - paragraph_start] -= 1
    ends_before_space: list[int] = []
    ends: list[int] = []
    opens: list[int] = []
    inside = 0
    for offset in range(length):
        inside += depth[offset]
        if inside > 0:
            continue
        position = paragraph_start + offset
        character = body[position]
        if character in ".!?":
            ends.append(position)
            if body[position + 1 : position + 2].isspace():
                ends_before_space.append(position)
        elif character in '“"«‘' and position > 0 and body[position - 1].isspace():
            opens.append(position)
    return _SentenceMarks(ends_before_space, ends, opens)


def _masked_bounds(
    marks: _SentenceMarks, paragraph_start: int, paragraph_end: int, quote: _Quote
) -> tuple[int, int]:
    """Sentence bounds around a quote, ignoring sentence ends inside any quote."""
    before = bisect.bisect_left(marks.ends_before_space, quote.open_mark) - 1
    start = marks.ends_before_space[before] + 1 if before >= 0 else paragraph_start
    start = max(start, paragraph_start)
    end = paragraph_end
    after = bisect.bisect_left(marks.ends, quote.close_mark)
    if after < len(marks.ends):
        end = min(end, marks.ends[after] + 1)
    # Another quote opening first ends this one's sentence: its own cues belong to it.
    following = bisect.bisect_right(marks.opens, quote.close_mark + 1)
    if following < len(marks.opens) and marks.opens[following] < end:
        end = marks.opens[following]
    return start, end


def _clause_record(
    body: str, start: int, end: int, speaker: Reference | None, cue: str, direct: list[QuoteRecord]
) -> QuoteRecord | None:
    """An indirect quote over ``body[start:end]`` unless it is empty, too short or a direct quote."""
    text = body[start:end]
    trimmed = _CLAUSE_END.sub("", text)
    lead = _LEADING_THAT.match(trimmed)
    offset = lead.end() if lead else 0
    start, end = start + offset, start + len(trimmed)
    if end - start < 10 or len(body[start:end].split()) < 3 or body[start] in "“\"«‘`'":
        return None
    if _PREPOSITION_START.match(body, start):
        return None  # "he said in a note to clients": an adverbial, not a reported clause
    covered = sum(max(0, min(end, q.end) - max(start, q.start)) for q in direct)
    if covered > (end - start) * 0.6:
        return None  # the clause is itself a direct quote: "She added that “…”"
    return QuoteRecord(
        text=body[start:end],
        kind="indirect",
        start=start,
        end=end,
        speaker_key=speaker.key if speaker else None,
        speaker_type=speaker.type if speaker else None,
        speaker_text=speaker.text if speaker else None,
        cue=cue,
    )


_CLAUSE_CUE = re.compile(
    r"\b(?P<verb>[a-z]+)(?P<tail>(?: (?P<listener>reporters|journalists|lawmakers|investors|analysts|"
    r"(?:a|an|the) (?:news |press )?(?:conference|briefing)|the [a-z]+|me|us|him|her|them))?(?: on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day| in a (?:\w+ )?statement"
    r"| in an interview| last week| earlier)?,?)(?: that)? (?=[\w“\"])"
)
_TRAILING_CUE = re.compile(
    r",[”\"’»]? (?P<rest>.{2,80}?)\s*(?P<verb>[a-z]+)(?: (?:on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"in a (?:\w+ )?statement|in an interview|last week|earlier))?\.?$"
)


_LATE_ACCORDING = re.compile(r",? according to (?P<who>[^,.]+)\.?$")
_LOWER_WORDS = re.compile(r"[a-z]+")
_CUE_VERBS = _CLAUSE_VERBS | _THAT_ONLY_VERBS


def _indirect(
    body: str, sentence: Sentence, speakers: _Speakers, direct: list[QuoteRecord]
) -> QuoteRecord | None:
    text = sentence.text
    according = re.match(r"(?:[A-Z][a-z]+ )?[Aa]ccording to ", text)
    if according:
        subject = speakers.starting_at(sentence.start + according.end())
        after = according.end()
        if subject is not None:
            # Skip the speaker's appositive: "According to Jane Roe, chief executive of Acme, …".
            after = subject.end - sentence.start
            appositive = re.match(r",[^,]{1,80},(?=\s)", text[after:])
            if appositive and len(text[after + appositive.end() :].split()) >= 4:
                after += appositive.end() - 1
        comma = text.find(", ", after)
        if comma > 0:
            return _clause_record(
                body, sentence.start + comma + 2, sentence.end, subject, "according to", direct
            )
    late = _LATE_ACCORDING.search(text) if "according to" in text else None
    if late:
        subject = speakers.starting_at(sentence.start + late.start("who"))
        return _clause_record(
            body, sentence.start, sentence.start + late.start(), subject, "according to", direct
        )
    words = _LOWER_WORDS.findall(text)
    has_verb = not _CUE_VERBS.isdisjoint(words)
    for cue in _CLAUSE_CUE.finditer(text) if has_verb else ():
        verb = cue.group("verb")
        if verb not in _CLAUSE_VERBS and not (
            verb in _THAT_ONLY_VERBS and cue.group().rstrip().endswith("that")
        ):
            continue
        if verb in ("told", "tells") and not cue.group("listener"):
            continue  # "told" needs its listener: "told reporters"
        subject = speakers.subject_before(sentence.start + cue.start("verb"), sentence.start)
        if subject is None:
            continue
        clause_start = cue.end()
        if cue.group("listener") and verb not in ("told", "tells"):
            clause_start = cue.start("listener")  # "said the talks…": "the talks" starts the clause
        return _clause_record(body, sentence.start + clause_start, sentence.end, subject, verb, direct)
    # The trailing cue needs a reporting verb among the sentence's last few words.
    trailing = _TRAILING_CUE.search(text) if not _TRAILING_VERBS.isdisjoint(words[-6:]) else None
    if trailing and trailing.group("verb") in _TRAILING_VERBS:
        rest_start = sentence.start + trailing.start("rest")
        subject = speakers.starting_at(rest_start)
        if subject is not None and _SUBJECT_GAP.fullmatch(
            body, subject.end, sentence.start + trailing.start("verb")
        ):
            return _clause_record(
                body,
                sentence.start,
                sentence.start + trailing.start(),
                subject,
                trailing.group("verb"),
                direct,
            )
    return None


def find_quotes(
    document: Document, sentences: tuple[Sentence, ...], references: tuple[Reference, ...]
) -> tuple[QuoteRecord, ...]:
    body = document.body
    speakers = _Speakers(body, references)
    scanned = _scan_direct(document)
    by_paragraph: dict[int, list[_Quote]] = {}
    for quote in scanned:
        by_paragraph.setdefault(quote.paragraph, []).append(quote)
    marks = {
        number: _sentence_marks(
            body, quotes, document.paragraphs[number].start, document.paragraphs[number].end
        )
        for number, quotes in by_paragraph.items()
    }
    kept: list[_Quote] = []
    for quote in scanned:
        span = document.paragraphs[quote.paragraph]
        start, end = _masked_bounds(marks[quote.paragraph], span.start, span.end, quote)
        # A cue and its speaker stand near the quote; capping the look-around keeps a run-on
        # "sentence" (a paragraph with no full stop, a 1 MB line) from costing its length per quote.
        start = max(start, quote.open_mark - CUE_REACH)
        end = min(end, quote.close_mark + CUE_REACH)
        # A quote that ends its own sentence ("…this year.”) is introduced by what precedes it;
        # one that ends on a comma ("…,” Roe said) is attributed by what follows.
        if body[quote.end - 1 : quote.end] in ".!?…":
            speaker, cue = _speaker_before(speakers, quote, start)
            if (
                cue is None and body[quote.close_mark : quote.close_mark + 2].strip()[:1].islower()
            ) or cue is None:
                speaker, cue = _speaker_after(speakers, quote, end)
        else:
            speaker, cue = _speaker_after(speakers, quote, end)
            if cue is None:
                speaker, cue = _speaker_before(speakers, quote, start)
        if not _is_real_quote(body, quote, cue is not None):
            continue
        quote.speaker, quote.cue = speaker, cue
        kept.append(quote)
    # Quotes without a cue share the speaker of their group (a quote over several paragraphs) or of
    # a quote earlier in the same paragraph; a paragraph that is only a quote continues the last speaker.
    group_speaker: dict[int, tuple[Reference, str | None]] = {}
    for quote in kept:
        if quote.speaker is not None:
            group_speaker.setdefault(quote.group, (quote.speaker, quote.cue))
    group_sizes = Counter(q.group for q in kept)
    grouped = {group for group, size in group_sizes.items() if size > 1}
    for group_id in grouped - set(group_speaker):
        # A quote over several paragraphs with no cue at all: the one person the paragraph before it names.
        first = next(q for q in kept if q.group == group_id)
        if first.paragraph == 0 or first.cue is not None:
            continue
        before = document.paragraphs[first.paragraph - 1]
        named = {
            r.key
            for r in speakers.references
            if before.start <= r.start < before.end and r.type == "person" and r.kind == "name"
        }
        if len(named) == 1:
            reference = next(r for r in speakers.references if r.key in named and before.start <= r.start)
            group_speaker[group_id] = (reference, None)
    previous: _Quote | None = None
    for quote in kept:
        if quote.speaker is None and quote.cue is None:
            if quote.group in group_speaker:
                quote.speaker, quote.cue = group_speaker[quote.group]
            elif (
                previous is not None
                and previous.speaker is not None
                and (
                    previous.paragraph == quote.paragraph
                    or (
                        previous.paragraph == quote.paragraph - 1
                        and quote.open_mark == document.paragraphs[quote.paragraph].start
                        and previous.speaker.type == "person"
                    )
                )
            ):
                quote.speaker, quote.cue = previous.speaker, previous.cue
        previous = quote
    records: list[QuoteRecord] = []
    for quote in kept:
        speaker = quote.speaker if quote.speaker is not None and quote.speaker.key else None
        records.append(
            QuoteRecord(
                text=body[quote.start : quote.end],
                kind="direct",
                start=quote.start,
                end=quote.end,
                speaker_key=speaker.key if speaker else None,
                speaker_type=_speaker_type(speaker),
                speaker_text=speaker.text if speaker else None,
                cue=quote.cue,
            )
        )
    direct = list(records)
    for sentence in sentences:
        found = _indirect(body, sentence, speakers, direct)
        if found is not None:
            records.append(found)
    records.sort(key=lambda r: r.start)
    return tuple(records)


def _speaker_type(speaker: Reference | None) -> SpeakerType | None:
    return speaker.type if speaker is not None else None
