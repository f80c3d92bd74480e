"""The article's key subjects as short lower-case noun phrases, ranked.

A RAKE-style reading: candidate phrases are the runs of words between stop
words, punctuation and names; they are scored by how often they and their
words recur, with longer phrases and phrases in the title preferred.
"""

from __future__ import annotations

import re
from collections import Counter

from app.extract.lexicon import _read_text
from app.extract.types import Span

MAX_TOPICS = 8
_STOPWORDS = frozenset(
    word
    for line in _read_text("topic_stopwords.txt").splitlines()
    if not line.startswith("#")
    for word in line.split()
)
# Words and the punctuation that always ends a phrase; hyphenated words stay whole ("cross-border").
_WORD = re.compile(r"[A-Za-z][a-z]*(?:[-’'][A-Za-z]+)*|[^\sA-Za-z]+")
_PHRASE_BREAK = re.compile(r"[^\w\s-]|\d")


def _phrases(text: str, entity_spans: list[Span], offset: int) -> list[tuple[str, ...]]:
    phrases: list[tuple[str, ...]] = []
    current: list[str] = []
    starts = [span.start for span in entity_spans]
    ends = [span.end for span in entity_spans]
    count = len(entity_spans)
    span_index = 0
    stopwords, not_adverbs, phrase_break = _STOPWORDS, _NOT_ADVERBS, _PHRASE_BREAK
    for match in _WORD.finditer(text):
        word = match.group()
        start = match.start()
        position = start + offset
        while span_index < count and ends[span_index] <= position:
            span_index += 1
        lower = word.lower()
        first = word[0]
        # Names are entities, not topics; capitalised words mid-sentence are usually names too.
        if (
            (span_index < count and starts[span_index] <= position)
            or len(lower) < 3
            or lower in stopwords
            or (not first.isalpha() and phrase_break.match(word) is not None)
            or (first.isupper() and start > 0 and text[start - 2 : start - 1] not in ".!?")
            or (lower.endswith("ly") and lower not in not_adverbs)
        ):
            if current:
                phrases.append(tuple(current))
                current = []
            continue
        current.append(lower.replace("’", "'"))
    if current:
        phrases.append(tuple(current))
    # Only noun-like endings: a phrase ending in "-ing"/"-ed" is a verb phrase fragment.
    cleaned: list[tuple[str, ...]] = []
    for phrase in phrases:
        words = list(phrase)
        while words and (words[0].endswith("ing") or (words[0].endswith("ed") and len(words) == 1)):
            words.pop(0)
        while words and (words[-1].endswith(("ed", "ing")) and words[-1] not in _NOUN_ING):
            words.pop()
        if words and len(words) <= 4:
            cleaned.append(tuple(words))
    return cleaned


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
    word_counts = Counter(word for phrase in phrases for word in phrase)
    scored: list[tuple[float, str]] = []
    for phrase, count in phrase_counts.items():
        if len(phrase) == 1 and (count < 3 or word_counts[phrase[0]] < 3):
            continue  # a single word is a topic only when the article keeps coming back to it
        word_score = sum(word_counts[w] for w in phrase) / len(phrase)
        score = count * (1.0 + 0.6 * (len(phrase) - 1)) + 0.4 * word_score
        if all(w in title_words for w in phrase):
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
