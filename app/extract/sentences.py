"""Sentence boundaries and word tokens, robust to abbreviations, initials and quotes."""

from __future__ import annotations

import re

from app.extract.lexicon import FIRST_NAMES
from app.extract.types import Document, Sentence, Span

# A candidate boundary: terminal punctuation, any closing quotes/brackets, then space and
# something that can start a sentence. "?” she asked" is no boundary: lower case follows.
# (The first mark stands outside its repeat: a pattern opening with a character lets the engine skip
# to those characters, one opening with a repeat makes it try every position; ~3.5× the scan.)
_BOUNDARY = re.compile(r"([.!?…][.!?…]*)([\"”’'»)\]]*)(?=\s+[\"“‘'«(\[]*[A-Z0-9\u00c0-\u024f])")
# The word right before a period; an abbreviation there is no sentence end.
_WORD_BEFORE = re.compile(r"(?:^|[\s(\"“])((?:[A-Za-z]\.)*[A-Za-z]+)$")
_NEXT_WORD = re.compile(r"\s+[\"“‘'«(\[]*([\w’'-]+)")

# Abbreviations that never end a sentence: titles, months, "St.", single letters (initials).
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "mx",
        "md",  # "Md. Shahidul Alam": Mohammad, abbreviated
        *("moh", "muh", "mohd", "muhd", "mhd"),  # "Moh. Taufik Lamarauna" too
        "dr",
        "prof",
        "gov",
        "sen",
        "coun",  # Canadian "Coun. Jane Roe": councillor
        "ald",  # Chicago "Ald. Jane Roe (22nd)": alderman
        # Professional titles before a name, as the Philippine press writes them: "Atty. Jane Roe",
        # "Engr. Jane Roe" (attorney, engineer), "Dra. Jane Roe" (doctor).
        "atty",
        "engr",
        "eng",  # "Eng. Jane Roe": engineer, as the Gulf press writes it
        "dra",
        "rep",
        "gen",
        "col",
        "lt",
        "capt",
        "sgt",
        "maj",
        "adm",
        "cmdr",
        "cpl",
        "pvt",
        "rev",
        "fr",
        "hon",
        "h.e",  # "H.E. Jane Roe": His or Her Excellency, before a Gulf or African official's name
        "pres",
        "supt",
        "insp",
        "st",
        "sta",  # "Sta. Rosa", "Sto. Niño": Santa, Santo, as the Philippine press writes them
        "sto",
        "mt",
        "ft",
        "ave",
        "blvd",
        "rd",
        "dept",
        "univ",
        "no",
        "nos",
        "vol",
        "fig",
        "figs",
        "approx",
        "est",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "e.g",
        "i.e",
        "cf",
        "al",
        "vs",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "d.c",
    ]
)
# These usually don't end a sentence, but do when a typical sentence opener follows.
_WEAK_ABBREVIATIONS = frozenset(
    [
        "inc",
        "corp",
        "ltd",
        "co",
        "bros",
        "jr",
        "sr",
        "etc",
        "plc",
        "llc",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "d.c",
        "a.m",
        "p.m",
    ]
)
_SENTENCE_OPENERS = frozenset(
    [
        "The",
        "A",
        "An",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "In",
        "On",
        "At",
        "But",
        "And",
        "Its",
        "His",
        "Her",
        "Their",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "However",
        "Meanwhile",
        "Shares",
        "Analysts",
        "Officials",
    ]
)
# "K.C", "A.P": the word before the last period of dotted initials.
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[’'-]\w+)*|[^\w\s]")


def _is_boundary(text: str, match: re.Match[str], start: int) -> bool:
    if match.group(1) != ".":
        return True
    before = _WORD_BEFORE.search(text[max(start, match.start() - 24) : match.start()])
    if before is None:
        return True
    word = before.group(1).lower()
    if len(word) == 1 and before.group(1).isupper():
        return False  # an initial: "George W. Bush", "J. R. R. Tolkien"
    if before.group(1) == "Ma":
        # "Gov. Ma. Cristina Reyes": the Filipino abbreviation of Maria before a given name (not the
        # surname of "Jack Ma. Teresa …": a capitalised name word before it).
        previous = text[max(start, match.start() - 30) : match.start() - 2].split()[-1:]
        opens = not previous or not previous[0][:1].isupper() or previous[0].endswith(".")
        following = _NEXT_WORD.match(text, match.end()) if opens else None
        given = FIRST_NAMES.get(following.group(1)) if following else None
        if given is not None and not given.is_word:
            return False
    if word in _WEAK_ABBREVIATIONS or _DOTTED_INITIALS.fullmatch(before.group(1)):
        # "K.C. Thomaskutty said": dotted initials before a name end no sentence, unless an opener follows.
        following = _NEXT_WORD.match(text, match.end())
        return following is not None and following.group(1) in _SENTENCE_OPENERS
    return word not in _ABBREVIATIONS


def ends_sentence(text: str, period: int) -> bool:
    """Can the period at ``text[period]`` end a sentence (it ends no abbreviation or initial)?"""
    if not text[period - 1 : period].isalpha():
        return True  # after a digit, a quote mark or a bracket: no abbreviation
    before = _WORD_BEFORE.search(text, max(0, period - 24), period)
    if before is None:
        return True
    word = before.group(1)
    if len(word) == 1 and word.isupper():
        return False
    return word.lower() not in _ABBREVIATIONS or word.lower() in _WEAK_ABBREVIATIONS


def _split_range(text: str, start: int, end: int) -> list[Sentence]:
    sentences: list[Sentence] = []
    current = start
    for match in _BOUNDARY.finditer(text, start, end):
        if not _is_boundary(text, match, current):
            continue
        stop = match.end()
        if stop > current:
            sentences.append(Sentence(current, stop, text[current:stop]))
        current = stop
        while current < end and text[current].isspace():
            current += 1
    if current < end:
        sentences.append(Sentence(current, end, text[current:end]))
    return sentences


def split_sentences(body: str, paragraphs: tuple[Span, ...] | None = None) -> tuple[Sentence, ...]:
    """Sentences of the body; no sentence crosses a paragraph break."""
    spans = paragraphs if paragraphs is not None else (Span(0, len(body)),)
    sentences: list[Sentence] = []
    for span in spans:
        sentences.extend(_split_range(body, span.start, span.end))
    return tuple(sentences)


def sentences_of(document: Document) -> tuple[Sentence, ...]:
    return split_sentences(document.body, document.paragraphs)


def first_sentence(text: str) -> str:
    end = text.find("\n\n")
    found = _split_range(text, 0, len(text) if end < 0 else end)
    return found[0].text if found else ""


def tokens(text: str) -> list[str]:
    """Word and punctuation tokens; dotted acronyms ("U.S.") stay whole."""
    return TOKEN.findall(text)
