"""The article's key subjects as short lower-case noun phrases, ranked.

A RAKE-style reading: candidate phrases are the runs of words between stop
words, punctuation and names; they are scored by how often they and their
words recur, with longer phrases and phrases in the title preferred.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain

from app.extract.lexicon import _read_text
from app.extract.types import Span

MAX_TOPICS = 8
# Words ending in "-ly" that are no adverbs, so they may sit in a topic.
_NOT_ADVERBS = frozenset(
    [
        "supply",
        "family",
        "assembly",
        "ally",
        "rally",
        "anomaly",
        "monopoly",
        "reply",
        "italy",
        "july",
        "folly",
    ]
)
# Words and the punctuation that always ends a phrase; hyphenated words stay whole ("cross-border").
_WORD = re.compile(r"[A-Za-z][a-z]*(?:[-’'][A-Za-z]+)*|[^\sA-Za-z]+")
_STOPWORDS = frozenset(
    word
    for line in _read_text("topic_stopwords.txt").splitlines()
    if not line.startswith("#")
    for word in line.split()
)


def _phrases(text: str, entity_spans: list[Span], offset: int) -> list[tuple[str, ...]]:
    # Names are entities, not topics: their characters become a break before the text is read.
    pieces: list[str] = []
    cursor = 0
    for span in entity_spans:
        start, end = span.start - offset, span.end - offset
        if end <= cursor or start >= len(text):
            continue
        start = max(start, cursor)
        rest = _REST_OF_WORD.match(text, end)  # "Brussels-based" goes with "Brussels"
        end = rest.end() if rest else end
        pieces.append(text[cursor:start])
        pieces.append("\x00" * (end - start))
        cursor = end
    pieces.append(text[cursor:])
    masked = "".join(pieces)
    # A capital that opens a sentence is only a capital; anywhere else it starts a name (a break).
    masked = _lower_sentence_capitals(masked)
    phrases: list[tuple[str, ...]] = []
    current: list[str] = []
    known = _PHRASE_WORDS
    if len(known) > _PHRASE_WORDS_LIMIT:
        known.clear()  # a bounded memo: news vocabulary repeats, odd words do not
    for word in _WORD.findall(masked):
        normal = known.get(word, _UNSEEN)
        if normal is _UNSEEN:
            normal = known[word] = _phrase_word(word)
        if normal is None:
            if current:
                phrases.append(tuple(current))
                current = []
        else:
            current.append(normal)  # type: ignore[arg-type]
    if current:
        phrases.append(tuple(current))
    # Only noun-like endings: a phrase ending in "-ing"/"-ed" is a verb phrase fragment.
    cleaned: list[tuple[str, ...]] = []
    for phrase in phrases:
        if not phrase[0].endswith(("ing", "ed")) and not phrase[-1].endswith(("ed", "ing")):
            if len(phrase) <= 4:
                cleaned.append(phrase)  # nothing to trim: most phrases
            continue
        words = list(phrase)
        while words and (words[0].endswith("ing") or (words[0].endswith("ed") and len(words) == 1)):
            words.pop(0)
        while words and (words[-1].endswith(("ed", "ing")) and words[-1] not in _NOUN_ING):
            words.pop()
        if words and len(words) <= 4:
            cleaned.append(tuple(words))
    return cleaned


_UNSEEN = object()
_PHRASE_WORDS: dict[str, object] = {}  # word as written → its phrase form, or None for a break
_PHRASE_WORDS_LIMIT = 50_000


def _phrase_word(word: str) -> str | None:
    """A word's lower-case form inside a topic phrase, or None when it breaks the phrase: a stop
    word, a name (capitalised), a number or punctuation, a short word, an adverb."""
    first = word[0]
    lower = word.lower()
    if (
        len(lower) < 3
        or first.isupper()
        or lower in _STOPWORDS
        or (not first.isalpha() and (first != "-" or any(c.isdigit() for c in word)))
        or (lower.endswith("ly") and lower not in _NOT_ADVERBS)
    ):
        return None
    return lower.replace("’", "'")


# A word's first letter where the character two before it ends a sentence (". Word"), the one between
# being no letter and no line break: such a capital is the sentence's, not a name's. The scan looks for
# the punctuation, far rarer than capitals; the match ends at the capital.
_SENTENCE_CAPITAL = re.compile(r"([.!?][^\nA-Za-z])([A-Z])")


_REST_OF_WORD = re.compile(r"[\w’'-]*")


def _lower_capital(match: re.Match[str]) -> str:
    return match.group(1) + match.group(2).lower()


def _lower_sentence_capitals(text: str) -> str:
    """The text with each sentence's opening capital in lower case: after a sentence end (". Word"), or
    as the first character, or the second after one that is no letter and no line break ('"Word')."""
    text = _SENTENCE_CAPITAL.sub(_lower_capital, text)
    if "A" <= text[:1] <= "Z":
        return text[0].lower() + text[1:]
    if "A" <= text[1:2] <= "Z" and text[0] != "\n" and not ("a" <= text[0] <= "z" or "A" <= text[0] <= "Z"):
        return text[0] + text[1].lower() + text[2:]
    return text


_NOUN_ING = frozenset(
    [
        "meeting",
        "funding",
        "spending",
        "manufacturing",
        "building",
        "training",
        "planning",
        "housing",
        "banking",
        "shipping",
        "processing",
        "engineering",
        "policing",
        "pricing",
        "trading",
        "lending",
        "borrowing",
        "rating",
        "ceasefire",
    ]
)


def find_topics(title: str, body: str, entity_spans: list[Span]) -> tuple[str, ...]:
    spans = sorted(entity_spans, key=lambda s: s.start)
    phrases = _phrases(body, spans, 0)
    title_words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", title)}
    phrase_counts = Counter(phrases)
    word_counts = Counter(chain.from_iterable(phrases))
    scored: list[tuple[float, str]] = []
    for phrase, count in phrase_counts.items():
        if len(phrase) == 1 and (count < 3 or word_counts[phrase[0]] < 3):
            continue  # a single word is a topic only when the article keeps coming back to it
        word_score = sum(map(word_counts.__getitem__, phrase)) / len(phrase)
        score = count * (1.0 + 0.6 * (len(phrase) - 1)) + 0.4 * word_score
        if title_words.issuperset(phrase):
            score += 1.5
        scored.append((score, " ".join(phrase)))
    scored.sort(key=lambda item: (-item[0], item[1]))
    chosen: list[str] = []
    for _, text in scored:
        if any(text in other or other in text for other in chosen):
            continue  # "interest rates" adds nothing next to "higher interest rates"
        chosen.append(text)
        if len(chosen) == MAX_TOPICS:
            break
    return tuple(chosen)
