"""Direct quotes in every mark style, reported speech, and who said each.

A speaker is a resolved reference (a name, a pronoun, a descriptor such as
"the company", or a statement an organisation issued) standing as the subject
of a reporting verb next to the quote. When no such reference is found the
quote keeps no speaker: a missing speaker is better than a wrong one.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate

from app.extract.document import parse_date
from app.extract.lexicon import (
    HONORIFICS,
    NOT_NAMES,
    REPORTING_VERBS,
    ROLE_HEADS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from app.extract.sentences import ends_sentence
from app.extract.types import Document, QuoteRecord, Reference, Sentence, Span, SpeakerType

# Marks that open and close a quote, by style. Straight and doubled-apostrophe marks are
# told apart by what surrounds them (an opening mark is followed by a word, not a space).
_MARK = re.compile(r"``|''|“|”|„|«|»|\"|‘|’|'")
_DOUBLE_MARKS = frozenset({"``", "''", "“", "”", "„", "«", "»", '"'})
_OPENERS = {"“": "”", "„": "“", "«": "»", "``": "''"}
# "the residents' accounts": an apostrophe after a plural, followed by the word it qualifies.
_FUNCTION_WORD_AFTER = re.compile(
    r" (?:on|in|at|to|for|with|and|or|but|from|by|of|over|after|before|as|that|which|because|when)\b"
)
_PLURAL_POSSESSIVE = re.compile(r"' (?!(?:said|says|added|told|he|she|they|it|the)\b)[a-z]")
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
# Verbs whose listener comes before "that": "reminded passengers that …", "told investors that …".
_LISTENER_VERBS = frozenset(
    {"told", "tells", "reminded", "reminds", "assured", "assures", "informed", "informs"}
)
# "The court held that …", "It considered that …", "It accepted that …", "It concluded that …": a
# judgment's reasoning, its words as a reported clause; "accepted the verdict", "held talks" are acts, so
# these cue nothing without "that", not even a quote later in the sentence.
_REASONING_VERBS = frozenset(
    [
        *("held", "holds", "considered", "considers", "accepted", "accepts", "concluded", "concludes"),
        # "She pointed out that …"; "pointed to the loans" is no speech.
        *("pointed", "points"),
    ]
)
# "The report showed that …": what a document the article ties to its issuer shows is the issuer's
# reported clause (data and records that show something speak for no one: see _SHOWN_BY).
_DOCUMENT_SHOWS = frozenset(["showed", "shows"])
# "declared a state of emergency" is an act; "declared that …" is speech.
_THAT_ONLY_VERBS = frozenset(
    {
        "reminded",  # "reminded passengers of the rules" is no speech either
        "reminds",
        "assured",
        "assures",
        "informed",
        "informs",
        "announced",
        "announces",
        "agreed",
        "agrees",
        "reported",
        "reports",
        "recalled",
        "declared",
        "declares",
        "heard",
        "disclosed",
        "alleged",  # "alleged that paper leaks had become an industry"
        "alleges",
        "highlighted",  # "highlighted that …"; "highlighted the risks" is no speech
        "highlights",
        "posted",  # "posted on LinkedIn that …"
        "found",  # "The report also found that …": a study's finding, by whoever issued it
        "finds",
        "concede",  # "ministers concede that …": present-tense admissions
        "concedes",
        "admit",
        "admits",
        "acknowledge",
        "acknowledges",
        # "replied that …", "countered that …": an answer in a debate or hearing.
        "replied",
        "replies",
        "responded",
        "responds",
        "countered",
        "counters",
        "retorted",
        # "The tribunal ruled that …": a court's or arbitrator's finding, by whoever ruled.
        "ruled",
        "rules",
        *_REASONING_VERBS,
        *_DOCUMENT_SHOWS,
        # "complained afterwards that …": a grievance voiced.
        "complained",
        "complains",
        # "The MP charges that the government ignored …": an accusation voiced ("charged with" is no speech).
        "charged",
        "charges",
        # "Officials have denied that journalists are targeted": a denial states the clause it denies.
        "denied",
        "denies",
        # "The minister affirmed that …" is speech; "the court affirmed the conviction" is not.
        "affirmed",
        "affirms",
        # "Counsel submitted that …": an argument put to a court; "submitted a report" is no speech.
        "submitted",
        "submits",
        # "The deputy mayor furthered that …" (West African English: went on to say); "furthered
        # his career" is no speech.
        "furthered",
        # "The minister indicated that …" (a translation's "indicó"), "She recommended that people …":
        # speech with "that"; "indicated support", "recommended a drug" are not. A study or department
        # that "recommends" gives advice in the present, no one's reported words, so only the past.
        *("indicated", "indicates", "recommended"),
        # "The treasurer testified that …": evidence given to a hearing or court.
        *("testified", "testifies"),
        # "Some in the industry warn that …", "critics argue that …": plural present, with "that" only.
        *("warn", "argue", "insist", "claim", "note", "contend", "maintain", "stress", "caution"),
    }
)
# "…, the researchers found.", "…, local media reported.": a finding or report after the clause.
# "…, the authors write.": a paper's authors in the present tense.
# "…, the ministry announced on Monday.": after the clause it reports, "announced" is its cue (before
# one, "announced a plan" is news, so it cues only with "that" there).
_TRAILING_VERBS = (_CLAUSE_VERBS - {"told", "tells"}) | {
    "found",
    "reported",
    "announced",
    "heard",
    "write",
    "disclosed",
}
# "…, the court heard.": evidence given in court; "heard" trails only after a court.
_COURT_HEARD = re.compile(r"(?:the )?(?:court|jury|inquest|tribunal|hearing)\s*$")
# Between a subject and its verb: an appositive in commas, "and other officials", adverbs, auxiliaries.
# Letters after a name: silk, honours, degrees, generations, and every legislature's members' letters
# ("Jane Roe TD said", "Jane Roe MLA said").
_LETTERS_AFTER_NAME = r"KC|QC|SC|MP|MEP|MSP|MS|TD|MLA|MNA|MPA|MPP|MHA|MLC|MHK|OBE|MBE|CBE|PhD|Jr\.?|Sr\.?"
_SUBJECT_GAP = re.compile(
    # "The National Elections Jury (JNE), which …, said": the acronym in brackets.
    r"\)?"
    # "The GMB union, which …, said": an organisation noun after the name.
    r"(?:[’']s?)?(?:\s+(?:union|party|group|company|firm|club|council|trust|charity|bank|agency|committee|"
    r"association|federation|alliance|coalition|authority|board|commission|movement|campaign|fund|institute|"
    # "…, Azattyk correspondents reported": an outlet's reporters speak for it.
    r"correspondents?|reporters|journalists|"
    # "the BJP's state unit said": a unit of the organisation speaks for it.
    r"(?:(?:state|local|regional|national|youth|women's|women’s|provincial|district) )?(?:unit|wing|branch|chapter))"
    # "The INDEC national statistics bureau reported": what kind of body the name is, in lower case (not
    # after a possessive: "Roe's press office" is hers).
    r"|(?<![’']s)\s+(?:[a-z]+ ){0,2}(?:bureau|office|agency|institute|service|regulator|watchdog|ministry|department|"
    # "An IMF review mission, which visited Colombo, said": a mission the body sent speaks for it.
    r"mission|delegation))?"
    # "Jane Roe of Malawi, who chairs the group, said": where the speaker is from, before an appositive.
    # "Jane Roe from Dera Woreda in Arsi Zone said": from a place within a place.
    r"(?:\s+(?:of|from) [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?(?=,| in [A-Z])"
    # "Chief Jane Roe of the Lomahasha area told": the area a chief or councillor stands for.
    r"|\s+(?:of|from) the [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? (?:area|district|village|community|chiefdom|ward))?"
    # "The miners' union at the site said": where the speaker stands.
    r"(?:\s+at (?:the|its|their) [a-z]+(?: [a-z]+)??,?)?"
    # "the Centre for Policy Studies in New Delhi said": where the speaker is based.
    r"(?:\s+in [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?"
    # "the Peoples Democratic Party (PDP) in the state described": its branch where the story is.
    r"|\s+in the (?:state|country|region|province|county|city|district|capital))?"
    # "The Korea Disease Control and Prevention Agency (KDCA) said": the acronym after the name.
    # "Acme Pharmaceuticals, Inc. ("Acme" or "the Company")": the legal form, then how it will be called.
    r"(?:,? (?:Inc|Ltd|LLC|Corp|Co|plc|PLC|AG|SE|SA|NV|GmbH)\.?)?"
    r"(?:\s+\([A-Z][\w&.]{1,9}\)|,?\s+\([^()]{1,240}\))?"
    # "Jane Roe KC said": letters after a name.
    rf"(?:\s+(?:{_LETTERS_AFTER_NAME}))?"
    # "Abdirahman Mohamed Abdi “Dhegey”, told": the name he goes by, in quote marks after his name.
    r"(?: [“\"][A-Z][\w’'-]*[”\"])?"
    # Appositives in commas, up to three: "Jane Roe, 72, who has lived here for years, said".
    # "a strategist at Acme Inc. in Hong Kong,": a period before a lower-case word abbreviates.
    # "which represents groups in Italy, Spain and Portugal,": a list may add commas.
    # "a retired captain in St. Petersburg,": "St.", "Mt.", "Ft." abbreviate before a name.
    # "with the U.S. Geological Survey,": a period after a single capital abbreviates too.
    # "popularly known as “Mammy Fish”,": a nickname in quote marks inside an appositive.
    r"(?:(?:,(?:[^,.;:“”\"«»]|\.(?=[,\w]| [a-z])|(?<=St|Mt|Ft)\.(?= [A-Z])|(?<=\b[A-Z])\.(?= [A-Z])"
    r"|(?<=known as )[“\"][^“”\"]{1,40}[”\"]"
    # "which staged the “Fight Night 14” card,": a capitalised name in quote marks.
    r"|[“\"][A-Z][^“”\",.;:]{0,40}[”\"]){1,200}){1,5},)?\s*"
    r"(?:(?:and|&) (?:[\w’-]+ ){0,3}?(?:representatives|officials|leaders|ministers|partners|counterparts|"
    r"colleagues|others|delegates|executives|members|allies|team|researchers|co-authors|scientists)\s+)?"
    # "A KWSC spokesperson, when contacted, said": how the spokesperson came to speak, in commas.
    r"(?:(?:spokesperson|spokesman|spokeswoman|official|source|representative|executive)s?"
    r"(?:, (?:when|after being) (?:contacted|asked|approached|reached)[^,.;:“”\"]{0,40},)?\s+)?"
    r"(?:(?:also|later|then|previously|again|repeatedly|separately|earlier|once|further|had|has|have|would|will|"
    # Adverbs in -ly, but not the nouns: in "Her family said", the family speaks, not "her".
    r"(?!(?:family|assembly|ally|rally|supply|monopoly)\b)[a-z]+ly|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"today|yesterday|tonight|"
    # "Jane Roe last week told Parliament that …": when, between the subject and the verb.
    r"(?:last|earlier this|this) (?:week|month|year)|"
    r"in a (?:\w+ )?statement,?)\s+)*"
)
_WORD_BEFORE_MARK = re.compile(
    r"(?<![\w-])(?!(?:has|have|had|was|were|is|are|will|would|be|been)\b)(?P<verb>[a-z]+)"
    r"(?: (?:that|as|to|it as|them as|this as|reporters|journalists|me|us|him|her|them|"
    r"it|a|an|"
    # "urged both sides to “…”", "called on ministers to “…”": the people urged, then "to"; "urged
    # all sides to allow “…”": and the verb the quote is the object of.
    r"(?:[a-z]+ ){1,3}to(?: [a-z]+)?(?=\s*$)|"
    r"the (?:audience|crowd|committee|press|conference|meeting|newspaper|broadcaster)|on \w+|in a statement|"
    r"in an interview|in a post|on social media|at a news conference"
    # "described the study as “…”", "called the closures “…”": the verb's object, then the quote.
    r"|(?:the|a|an|his|her|its|their|this|that|these|those) (?:[a-z][\w’'-]* ){0,2}?[a-z][\w’'-]*(?= as\b| of\s*$|\s*$)"
    # "called Acme “…”", "described Jane Roe as “…”": a name as the object.
    r"|[A-Z][\w’'&-]*(?: [A-Z][\w’'&-]*){0,3}(?= as\b|\s*$)"
    # "accused the union of “…”": the charge the quote states.
    r"|of(?=\s*$)"
    r")){0,3}(?: that| as)?\s*[:,]?\s*$"
)
_VERB_AT = re.compile(r"\s*(?P<verb>[a-z]+)\b")
_ACCORDING = re.compile(r"\b[Aa]ccording to ")
# The first character outside the repeat lets the engine skip to candidates (an opening repeat does not).
_CLAUSE_END = re.compile(r"[\s.,;:!?”\"’»][\s.,;:!?”\"’»]*$")
_LEADING_THAT = re.compile(r"^(?:,\s*)?(?:that\s+)?")
_AFTER_THAT = re.compile(r"\bthat\s+$")
_AFTER_VERB_GAP = re.compile(r"\s+(?:[A-Za-z][\w.’'-]*\s+){0,5}")
_PREPOSITION_START = re.compile(
    # "as much as 400 million": a quantity opening the clause's subject, no adverbial.
    r"(?!at (?:least|most)\b|as (?:much|many|few|little|high|low) as\b)(?:in|on|at|for|to|with|by|from|after|before|during|as|of|outside|inside|ahead|near|following|amid|"
    r"despite|over|while|when|afterwards|later|earlier|today|yesterday"
    # "said in a filing late on Nov. 6": when it was said, no clause.
    r"|(?:late|early)(?= (?:on|in|last|this|yesterday|today|tonight)\b))\b"
)
# Between a quote and its speaker's name: role words, a possessive, an honorific, set off by commas:
# "…,” chief medical officer Dr Hannah Okoro said / "…,” the group’s director, Imogen Clarke, said.
# "…,” the NGO's coordinator, Jane Roe, said": a capitalised possessive among them.
_ROLE_WORDS = re.compile(
    # "the bill's author, state Rep. Jane Roe": a legislator's or cleric's abbreviated title too.
    r"(?:(?:[a-z][\w’'-]*|[A-Z][\w&.-]*[’']s|Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Rep|Sen|Gov|Cllr|Rev)\.?,? ){1,6}"
)
# "regional operations manager for Connacht, Jane Roe": the place or unit a role covers, after it.
_ROLE_COMPLEMENT = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?, ")
_AFTER_NAME = re.compile(r",?\s*")
_ORG_TEAM_GAP = re.compile(
    # "The BMA Scotland's GP committee said": a committee or board of the body speaks for it.
    r"[’']s (?:[a-z][\w-]* |[A-Z]{2,4} ){0,3}(?:team|unit|division|office|desk|secretariat|directorate|press service|"
    r"committee|board)"
    r"(?: (?:also|later|then))?\s+"
)
_TITLE_CASE_SMALL = frozenset(
    [
        *("a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with"),
        # Lower-case articles and particles of French, Spanish, Italian, Portuguese, German and Dutch
        # titles: "“Valse de la Prairie”", "“El Canto de los Pájaros”" stay titles.
        *("de", "la", "le", "les", "du", "des", "del", "della", "di", "da", "do", "dos", "das", "von", "van"),
        *("der", "den", "het", "el", "los", "las", "y", "e", "et", "und"),
    ]
)
# "a forum thread titled “…”": the quote is a name of a work or post, whatever its case.
# A work named after what it is: "the poem ‘The Mountain Does Not Forget’", "her album “Blue Roads”".
_WORK_BEFORE = re.compile(
    r"\b(?:poem|song|book|album|film|movie|novel|play|single|documentary|painting|hymn|anthem|memoir|opera)"
    r"s?,? $"
)
_TITLED = re.compile(r"\b(?:titled|entitled|headlined|subtitled)[:,]?\s*$")


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


def _opens_with_single(body: str, found: list[tuple[int, str]]) -> bool:
    """Does the paragraph's first opening mark open a ‘…’ quote (not an apostrophe or a “…” quote)?"""
    for position, mark in found:
        if mark == "‘" and _is_opening(body, position, mark):
            return True
        if mark in _OPENERS or (mark == '"' and _is_opening(body, position, mark)):
            return False
    return False


def _paragraph_marks(body: str, start: int, end: int) -> list[tuple[int, str, bool]]:
    """(position, mark, is_opening) for every quote mark that can delimit a quote here."""
    marks: list[tuple[int, str, bool]] = []
    found = [(m.start(), m.group()) for m in _MARK.finditer(body, start, end)]
    has_double = any(mark in _DOUBLE_MARKS for _, mark in found)
    if has_double and _opens_with_single(body, found):
        # British style: ‘…’ quotes, with “…” for a quote inside one; the inner marks are its words.
        found = [(position, mark) for position, mark in found if mark not in _DOUBLE_MARKS]
        has_double = False
    for position, mark in found:
        if mark == "'":
            # British style with straight single marks: 'We will,' she said. An apostrophe
            # sits inside a word ("don't") or after a plural before a noun ("residents' homes").
            if has_double:
                continue
            before = body[position - 1] if position > start else " "
            after = body[position + 1] if position + 1 < end else " "
            if before.isalnum() and after.isalpha():
                continue
            if _is_opening(body, position, mark):
                marks.append((position, mark, True))
            elif not before.isspace() and not (
                before == "s"
                and _PLURAL_POSSESSIVE.match(body, position)
                # "to use 'alternative services' on nearby roads": an open quote closes before a
                # function word, where a plural's possessive would be followed by its noun.
                and not (
                    marks
                    and marks[-1][1] == "'"
                    and marks[-1][2]
                    and _FUNCTION_WORD_AFTER.match(body, position + 1)
                )
            ):
                marks.append((position, mark, False))
            continue
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
                ("“", '"', "«", "``", "'", "‘")
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


# "“That's football.”": a sentence of its own in quote marks, however short, is a quotation.
_WHOLE_SENTENCE = re.compile(r"[A-Z][\w’'-]*(?: [\w’'-]+)?[.!?]")


# Words that name a phrase rather than quote a speaker: "the so-called", "a reference to", "the term".
_LABEL_BEFORE = re.compile(
    # The word boundary is tested after each form's first letter ("(?<!\w.)"), so the pattern opens with
    # those letters and the engine skips to them (an opening "\b" makes it try every position).
    r"(?:s(?<!\w.)o-called|r(?<!\w.)eferences? to(?: the (?:words?|phrases?|terms?))?|"
    r"t(?<!\w.)he (?:words?|phrases?|terms?|labels?|slogans?|mottos?|hashtags?)|"
    # "popularly known as “Mammy Fish”", "commercial motorbikes, popularly called “okada”": a name for it.
    r"k(?<!\w.)nown as|n(?<!\w.)icknamed|"
    r"(?:popularly|commonly|locally|widely|affectionately|colloquially) called)\s*$"
)


# "the parallel “blue” dollar", "Russia's “foreign agent” legislation", "the ‘Tell us something’ page":
# a quoted modifier before the noun it qualifies is a label. A noun is told by what it is not.
_WORD_AFTER = re.compile(r" (?P<word>[a-z][a-z-]+)\b(?![’'-])")
_NOT_NOUNS = frozenset(
    [
        *("that", "which", "who", "whose", "whom", "and", "or", "but", "nor", "in", "on", "at", "to", "for"),
        *("of", "with", "from", "by", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have"),
        *("had", "will", "would", "could", "can", "should", "may", "might", "must", "shall", "do", "does"),
        *(
            "did",
            "the",
            "a",
            "an",
            "it",
            "he",
            "she",
            "they",
            "we",
            "you",
            "i",
            "not",
            "about",
            "over",
            "into",
        ),
        *(
            "after",
            "before",
            "because",
            "if",
            "when",
            "while",
            "than",
            "so",
            "then",
            "there",
            "this",
            "these",
        ),
        *("those", "its", "his", "her", "their", "our", "my", "your", "under", "against", "amid", "despite"),
        *("during", "since", "until", "without", "within", "among", "between", "through", "across", "also"),
        *("only", "even", "just", "now", "still", "again", "too", "instead", "rather", "unless", "though"),
        *("although", "where", "why", "how", "what", "upon", "per", "via", "towards", "toward", "around"),
    ]
)


def _attributive(body: str, quote: _Quote) -> bool:
    after = _WORD_AFTER.match(body, quote.close_mark)
    if after is None or body[quote.close_mark - 1 : quote.close_mark] not in "”\"’'»":
        return False
    word = after.group("word")
    if word in _NOT_NOUNS or word in REPORTING_VERBS or word.endswith(("ed", "ly", "ing")):
        return False
    # The words before the mark: a definite determiner or a possessive, as a name for a known thing opens
    # ("a “fair and reasonable” offer" judges one; "what it called the firm's “family-first” rule" quotes).
    if word in _LABEL_NOUNS and " " not in body[quote.start : quote.end].strip():
        return True  # "kept a “hold” recommendation", "an “amber” alert": one word, a rating's name
    before = body[max(0, quote.open_mark - 60) : quote.open_mark]
    return _DEFINITE_BEFORE.search(before) is not None and _CALLED_BEFORE.search(before) is None


# Nouns a one-word label names a grade or class of: "a “buy” rating", "a “red” warning".
_LABEL_NOUNS = frozenset(
    ["recommendation", "rating", "status", "label", "designation", "category", "grade", "alert", "warning"]
)


_DEFINITE_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her|our)|[’']s)(?: [a-z][\w-]*)? $")
_CALLED_BEFORE = re.compile(
    r"\b(?:called|calls|dubbed|dubs|described|describes|termed|terms|branded|brands)\b"
)


# "said on “Good Morning America”", "told “Face the Nation”": a programme's title after the verb.
_ON_PROGRAMME = re.compile(r"\b(?:(?:said|says|appeared|appearing|speaking) on|told|tells) $")
_TITLE_SMALL_WORDS = frozenset(["the", "a", "an", "of", "and", "in", "on", "with", "at", "for", "to"])


def _is_title(text: str) -> bool:
    """ "Good Morning America.", "Face the Nation": a few words, each capitalised but the small ones."""
    words = text.rstrip(".,!?").split()
    return (
        0 < len(words) <= 6
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words)
    )


_NICKNAME = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}")


def _is_nickname(speakers: _Speakers, quote: _Quote) -> bool:
    """ "Jane Roe “Janey”": one to three capitalised words in quote marks right after a person's name,
    or inside it ("Roger “Shorty” Baptiste", read as one name around them)."""
    if (
        speakers.body[quote.open_mark - 1 : quote.open_mark] != " "
        or _NICKNAME.fullmatch(speakers.body, quote.start, quote.end) is None
    ):
        return False
    if speakers.person_ending_at(quote.open_mark - 1) is not None:
        return True
    index = bisect.bisect_right(speakers.starts, quote.open_mark) - 1
    while index >= 0 and quote.open_mark - speakers.references[index].start <= 40:
        reference = speakers.references[index]
        if reference.type == "person" and reference.kind == "name" and reference.end > quote.close_mark:
            return True
        index -= 1
    return False


# "referring to Roe as “the farmer”", "nicknamed “the Bull”": what someone is called, not words said.
_CALLED_AS_BEFORE = re.compile(
    r"\b(?:referr(?:ing|ed) to|refers? to|nicknamed|dubbed|known as)(?: [\w’'-]+){0,3}?(?: as)? $"
)
# "1,250 “Ahlan Ramadan” exhibitions": a capitalised name in quote marks before the noun it names.
_NAMED_THING_AFTER = re.compile(r" (?!(?:said|says|told|added|and|or|but|is|was|were|are)\b)[a-z][\w-]+")


_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:the|a|an|its|their)) $")


def _is_label(body: str, quote: _Quote) -> bool:
    """A name or label in quote marks: "known as “the farmer”", '1,250 "Ahlan Ramadan" exhibitions'."""
    if len(body[quote.start : quote.end].split()) > 4:
        return False
    if _CALLED_AS_BEFORE.search(body, max(0, quote.open_mark - 60), quote.open_mark):
        return True
    return (
        _NICKNAME.fullmatch(body, quote.start, quote.end) is not None
        and body[quote.open_mark - 1 : quote.open_mark] == " "
        and _NAMED_THING_AFTER.match(body, quote.close_mark) is not None
        and _COUNT_BEFORE.search(body, max(0, quote.open_mark - 8), quote.open_mark) is not None
    )


def _is_real_quote(body: str, quote: _Quote, has_cue: bool) -> bool:
    words = body[quote.start : quote.end].split()
    # Scare quotes of one or two words ("so-called ‘reforms’") are not quotations.
    if len(words) <= 2 and not has_cue and not _WHOLE_SENTENCE.fullmatch(body, quote.start, quote.end):
        return False
    if len(words) > 8 or has_cue:
        return True  # too long for a title, or introduced as speech: no need to read its case
    # All-title-case content is a title ("“The Art of War”"), not a quotation (cf. textacy).
    content = [w for w in words if w.lower() not in _TITLE_CASE_SMALL]
    return not (content and all(w[:1].isupper() for w in content))


# ", Councillor Jane Roe, said", ", former Ghanaian president John Asante, said": honorifics or
# title words may stand before the name.
# Every courtesy form and abbreviated rank ("Hon. Jane Roe", "Capt. Jane Roe").
_COURTESY = "|".join(
    sorted(HONORIFICS | {"Prof", "Professor", "Sen", "Rep", "Gov", "Gen", "Col", "Capt", "Lt", "Sgt", "Maj"})
)
# ", volcanologist Dr. ", ", Prof. Dr. ": role words, then one or two courtesy titles, before the name.
_COMMA_BEFORE_NAME = re.compile(
    # ", Poland's deputy infrastructure minister ": a country's or body's possessive among them.
    rf", (?:(?:[a-z][\w-]* ){{0,3}}(?:(?:{_COURTESY})\.? ){{1,2}}|(?:[A-Za-z][\w-]*(?:[’']s)? ){{1,4}})?$"
)
# ", a trader who gave his surname only as Roe, said", ", known only as Roe, said": the appositive
# that says how the person is named ends with the name.
_COMMA_NAMED_AS = re.compile(
    r", [^,.;:“”\"]{1,100}?\b(?:(?:sur|first |last |given |family )?name (?:only )?|(?:known|identified) (?:only )?)as $"
)
_PERSON_OFFICE_GAP = re.compile(r"[’']s office\s+")  # not "press office" (test_quote_speakers_11)
# "Jane Roe KC, representing John Doe, said", "Jane Roe, for Doe, said": a lawyer's client in her
# appositive is not who speaks.
_CLIENT_BEFORE = re.compile(r", (?:for|representing|acting for|defending) $")
# After an appositive name: letters, where the person works ("…, Professor Jane Roe of Aarhus
# University, said"), or the party's letters in brackets, with the seat or state ("…, Jane Roe (CDU),
# said", "…, Senator Jane Roe (PDP, Kano North), said").
_APPOSITIVE_NAME_END = re.compile(
    rf"(?:\s+(?:{_LETTERS_AFTER_NAME})|\s+(?:of|at|from) (?:the )?[A-Z][^,.;:“”\"]{{1,60}}"
    r"|\s+\([A-Z][^()\n“”\"]{0,40}\)|\s[“\"][A-Z][\w’'-]*[”\"])?,\s*"
)
# "Jane Roe of the Kyiv-based Acme Institute said": where the organisation is based may come between.
# "Jane Roe of the Samahang Magsasaka ng Velmar, a farmers' group, said": a longer name around the
# organisation found (its last words), still the person's group.
_TIE_BEFORE_WORDS = re.compile(
    r" (?:of|at|from|with) (?:the )?(?:[A-Z][\w’'-]* (?:(?:ng|de|del|da|do|of|and|for|sa|la) )?){1,4}$"
)
# "Jane Roe of the Istanbul-based think tank Acme said": the kind of body, in lower case, may come too.
_TIE_BEFORE = re.compile(
    r",? (?:of|at|from|with) (?:the )?(?:[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?-based )?(?:[a-z][\w-]* ){0,2}$"
)


_POSSESSIVE_PRONOUNS = frozenset(["his", "her", "their", "its"])
# "A group of 18 lawmakers from the X and ", "One researcher at ", "A person close to ", "An adviser
# to ": an unnamed head whose prepositional phrase names where it belongs (a spokesperson "for" an
# organisation speaks for it).
_PRONOUN_CUE = re.compile(r", (?:he|she|they|it) [a-z]+")
_UNNAMED_HEAD = re.compile(
    r"(?:(?:But|And|However|Meanwhile),? )?(?:A|An|One|Another|Some|Several|Two|Three|Four|Five|Many|\d+"
    # "In Ankara, an official at …": a place or time set before the head.
    r"|(?:In|At|On|From|Outside|Elsewhere) [^,.;:“”\"]{1,40}, (?:a|an|one|another|some|several|two|three|many))"
    r" (?!(?:[\w’'-]+ ){0,3}(?:spokes|representative))(?:(?:[\w’'-]+ ){1,5}?(?:of|from|at|in|within|inside|among|"
    r"close to|closer to|familiar with)|(?:[\w’'-]+ ){0,4}?(?:advis[eo]rs?|consultants?) to) "
    r"(?:[^,;:“”\"]{0,60} (?:and|or) )?(?:the |a |an |its |their )?"
    # "an official at Turkey's Energy Ministry": the country whose body it is.
    r"(?:[A-Z][\w-]*[’']s )?"
    # "a senior official in the county Finance department": a lower-case word or two before the name.
    r"(?:[a-z][\w-]* ){0,2}"
)
# "Officials at the regulator said": officials of no one name, with no determiner, at the body named next.
_UNNAMED_PLURAL_HEAD = re.compile(
    r"(?:(?:But|And|However|Meanwhile),? )?(?:Officials|Sources) (?:at|of|from|in|within) "
    r"(?:the |its |their )?(?:[A-Z][\w-]*[’']s )?"
)
# "A senior Acme official said": one member of the organisation, unnamed, speaks for himself; a
# spokesperson or representative would speak for it.
_ONE_UNNAMED_BEFORE = re.compile(
    r"(?:(?:But|And|However|Meanwhile),? )?(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:[a-z][\w-]* ){0,2}"
)
_MEMBER_AFTER = re.compile(
    r"(?:[’']s)? (?:[a-z][\w-]* ){0,2}(?:official|source|insider|aide|executive|employee|staffer|diplomat|member)"
    r"(?:,[^,“”\"]{1,140},)?\s*"
)
_NAMED_AFTER_POSSESSIVE = re.compile(r" (?:[a-z][\w’'-]* ){0,3}?[a-z][\w’'-]*, ")


# "The chief executive of Acme told MPs": the role holder, unnamed here, speaks, not the organisation.
_ROLE_OF = re.compile(
    r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) (?:[a-z-]+ ){0,2}?(?P<head>[a-z-]+) (?:of|at) (?:the )?"
)
_NOT_ROLE_OF = frozenset(["spokesperson", "spokesman", "spokeswoman", "representative", "partner", "member"])


def _unnamed_role_of(body: str, start: int, end: int) -> bool:
    role = _ROLE_OF.fullmatch(body, start, end)
    return role is not None and role.group("head") in ROLE_HEADS and role.group("head") not in _NOT_ROLE_OF


def _person_before_appositive(
    speakers: _Speakers, start: int, found: Reference, verb_start: int
) -> Reference | None:
    """ "Jane Roe, a modeller at Acme University, UK, who was not involved, says …": the person the
    sentence opens with, not the organisation inside her appositive."""
    first = speakers.sentence_subject(start, verb_start)
    body = speakers.body
    if (
        first is None
        or first.type != "person"
        or first.kind != "name"
        or first.end >= found.start
        or not body.startswith(", ", first.end)
        # ("Mr Ronald Roe, of Roe & Co Advocates, …": an honorific may open the sentence.)
        or body[start : first.start].strip(" ")
        not in ("", "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.")
        or not body[max(start, verb_start - 4) : verb_start].rstrip().endswith(",")
    ):
        return None
    return first


_ROLE_BEFORE_ORG = re.compile(r"(?:[Tt]he|[Ii]ts) (?:[a-z-]+ ){0,2}?(?P<head>[a-z-]+) of (?:the )?$")


# "the head of the Suez Canal Authority (SCA) said": a post of a named organisation after a trailing comma.
_TRAILING_ROLE_OF = re.compile(r"the (?:[a-z-]+ ){0,2}?(?P<head>[a-z-]+) of (?:the )?")


def _trailing_role_of_org(speakers: _Speakers, start: int, verb_start: int) -> bool:
    """Is ``body[start:verb_start]`` a post of an organisation the article names, then the verb?"""
    role = _TRAILING_ROLE_OF.match(speakers.body, start, verb_start)
    if role is None or role.group("head") not in ROLE_HEADS or role.group("head") in _NOT_ROLE_OF:
        return False
    organisation = speakers.starting_at(role.end())
    return (
        organisation is not None
        and organisation.type == "organisation"
        and _SUBJECT_GAP.fullmatch(speakers.body, organisation.end, verb_start) is not None
    )


def _role_before_org(body: str, org_start: int, floor: int, verb_start: int) -> str | None:
    """The role head in "the governor of <org> warned", when the organisation ends the subject."""
    role = _ROLE_BEFORE_ORG.search(body, max(floor, org_start - 40), org_start)
    if role is None or role.group("head") not in ROLE_HEADS or role.group("head") in _NOT_ROLE_OF:
        return None
    return role.group("head")


# "The Speaker ", "The Governor ": a capitalised title alone opens the sentence, right before its verb.
# "The FCC Deputy Mayor ": up to two capitalised words (a body's initials, a rank) before the title.
_THE_TITLE = re.compile(
    r"The (?:[A-Z][\w.’'-]* ){0,2}?(?P<head>[A-Z][a-z]+) (?:(?:also|later|then|had|has|further) )?"
)
# "The Dynamos coach said …": a post qualified by its team, party or place, opening the sentence.
_THE_QUALIFIED_POST = re.compile(
    r"The (?P<qualifier>(?:[A-Z][\w.’'-]* ){1,3})(?P<head>[a-z]+) (?:(?:also|later|then|had|has|further) )?"
)


def _qualified_holder(speakers: _Speakers, opening: int, verb_start: int) -> Reference | None:
    """The one holder of the post "The Dynamos coach" names, if the article named them with that
    qualifier right before the post ("DYNAMOS coach Jane Roe"): no other club's coach."""
    post = _THE_QUALIFIED_POST.fullmatch(speakers.body, opening, verb_start)
    if post is None or post.group("head") not in ROLE_HEADS:
        return None
    holder = _role_holder(speakers, post.group("head"))
    if holder is None:
        return None
    before = speakers.body[max(0, holder.start - 60) : holder.start].lower()
    qualifier = post.group("qualifier").strip().lower()
    return holder if before.endswith(f"{qualifier} {post.group('head')} ") else None


def _role_holder(speakers: _Speakers, head: str) -> Reference | None:
    """The one person the article names right after the role word ("governor Jane Roe")."""
    if head not in speakers.holders:
        speakers.holders[head] = _scan_role_holder(speakers, head)
    return speakers.holders[head]


# " of the Bamenda City Council, Dr ": the body a post is of, then a comma (and an honorific) before
# its holder's name, as in "The Mayor of the Bamenda City Council, Dr Jane Roe, said …".
_POST_OF_BODY_THEN_NAME = re.compile(
    r" (?:of|for|at) (?:the )?(?:[A-Z][\w’'.&-]*(?: (?:of|for|and|the|de|du|des))? ){0,6}?[A-Z][\w’'.&-]*, "
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Rev)\.? )?"
)


def _scan_role_holder(speakers: _Speakers, head: str) -> Reference | None:
    body = speakers.body
    found: Reference | None = None
    for word in (head, head.capitalize()):
        at = body.find(word + " ")
        while at >= 0:
            named = speakers.starting_at(at + len(word) + 1)
            if named is None and word[:1].isupper():
                of_body = _POST_OF_BODY_THEN_NAME.match(body, at + len(word), at + len(word) + 160)
                named = speakers.starting_at(of_body.end()) if of_body is not None else None
            if named is not None and named.type == "person" and named.kind == "name" and named.key:
                if found is not None and found.key != named.key:
                    return None  # two holders of that title: no one
                found = named
            at = body.find(word + " ", at + 1)
    return found


# Words for whoever leads a body, whatever the post is called: "the SCA chief", "the head of the SCA".
_LEADER_WORDS = frozenset(["head", "chief", "boss", "leader"])
_TOP_POSTS = frozenset(
    [
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "president",
        "chief",
        "head",
        "governor",
        "director-general",
        "secretary-general",
        "commissioner",
    ]
)
_TOP_POST_PHRASES = ("managing director", "director general", "secretary general", "executive director")
# "Jane Roe, chairman and managing director of the ": the post set off after a name, then the body.
_POST_OF_BEFORE = re.compile(r", (?P<post>[a-z][a-z -]{2,80}?) (?:of|at) (?:the )?$")


def _leads(post: str, head: str) -> bool:
    """Is ``post`` ("chairman and managing director") the post ``head`` ("chief", "chairman") names?"""
    words = set(post.split())
    if head not in _LEADER_WORDS:
        return head in words
    return not _TOP_POSTS.isdisjoint(words) or any(phrase in post for phrase in _TOP_POST_PHRASES)


_POST_BEFORE_NAME = re.compile(r"(?:[’']s)? (?P<post>(?:[a-z-]+ ){0,2}[a-z-]+) (?=[A-Z])")


def _post_holder_of(speakers: _Speakers, head: str, organisation: Reference) -> Reference | None:
    """The one person the article names as holding the post ``head`` at ``organisation`` ("Jane Roe,
    chairman of the SCA" for "the SCA chief"), else None."""
    found: Reference | None = None
    body = speakers.body
    for reference in speakers.references:
        if reference.key != organisation.key or reference.type != "organisation":
            continue
        post = _POST_OF_BEFORE.search(body, max(0, reference.start - 100), reference.start)
        if post is None:
            # "Dynamos coach Tonderai Roe": the body, the post, then the holder's name.
            post = _POST_BEFORE_NAME.match(body, reference.end)
            if post is None or not _leads(post.group("post"), head):
                continue
            holder = speakers.starting_at(post.end())
            if holder is None or holder.type != "person" or holder.kind != "name" or not holder.key:
                continue
            if found is not None and found.key != holder.key:
                return None
            found = holder
            continue
        if not _leads(post.group("post"), head):
            continue
        holder = speakers.person_ending_at(post.start())
        if holder is None or holder.kind != "name" or not holder.key:
            continue
        if found is not None and found.key != holder.key:
            return None  # two holders named: no one
        found = holder
    return found


# "The SCA chief ", "The bank's governor ": a post of the body just named, then the verb.
_POST_AFTER_ORG = re.compile(r"(?: \([A-Z][\w&.-]{1,9}\))?(?:[’']s)? (?P<head>[a-z-]+) ")


def _post_after_org(speakers: _Speakers, opening: int, verb_start: int) -> Reference | None:
    """ "The SCA chief said …": the one holder of that post at that body the article names, if any."""
    if not speakers.body.startswith("The ", opening):
        return None
    organisation = speakers.starting_at(opening + 4)
    if organisation is None or organisation.type != "organisation" or organisation.kind != "name":
        return None
    post = _POST_AFTER_ORG.fullmatch(speakers.body, organisation.end, verb_start)
    if (
        post is None
        or (post.group("head") not in ROLE_HEADS and post.group("head") not in _MEMBER_NOUNS)
        or post.group("head") in _NOT_ROLE_OF
    ):
        return None
    holder = _post_holder_of(speakers, post.group("head"), organisation)
    if holder is None and post.group("head") in _MEMBER_NOUNS:
        # "Jane Roe … said ….\n\nThe Labour Party politician said …": an epithet for the one person
        # the article just named, who is of that party.
        holder = _last_person_named(speakers, opening)
    return holder


# A member of a party or a house, not a post it has one holder of.
_MEMBER_NOUNS = frozenset(["politician", "lawmaker", "legislator", "parliamentarian"])


def _last_person_named(speakers: _Speakers, position: int) -> Reference | None:
    """The person last named by name before ``position``, within a few sentences, if no one else was."""
    found: Reference | None = None
    index = bisect.bisect_left(speakers.starts, position) - 1
    while index >= 0 and speakers.references[index].start >= position - 400:
        reference = speakers.references[index]
        if reference.type == "person" and reference.key:
            if found is not None and reference.key != found.key:
                return None  # two people named just before: no telling which
            if reference.kind == "name":
                found = reference
        index -= 1
    return found


_OWNED_UNIT = re.compile(r"(?:[’']s?)? (?:[a-z][\w-]* ){1,2}")


def _unit_named_after(speakers: _Speakers, owner: Reference | None, verb_start: int) -> Reference | None:
    """ "ABC News' affiliate WFTS reported": the body named after its owner's possessive speaks."""
    if owner is None or owner.type != "organisation" or not _is_possessive(speakers.body, owner):
        return None
    unit = _OWNED_UNIT.match(speakers.body, owner.end, verb_start)
    named = speakers.starting_at(unit.end()) if unit is not None else None
    if (
        named is None
        or named.type != "organisation"
        or named.kind != "name"
        or _SUBJECT_GAP.fullmatch(speakers.body, named.end, verb_start) is None
    ):
        return None
    return named


def _is_possessive(body: str, reference: Reference) -> bool:
    """ "Acme's", or "Pellmont Labs' " after a name ending in s: the name qualifies what follows."""
    after = body[reference.end : reference.end + 2]
    return after in ("'s", "’s") or (after in ("' ", "’ ") and reference.text.endswith("s"))


# "The supplier, Lyon-based ": a sentence that opens with a lower-case description, then its name set
# off by commas, maybe after "the" and hyphenated modifiers ("state-owned", "Lyon-based"). Not "The
# head of the supplier, …": the unnamed role holder speaks there.
_DESCRIPTION_THEN_NAME = re.compile(
    r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er) (?:(?!(?:of|at|for|from|with|in)\b)[a-z][\w’'-]* ){0,4}?[a-z][\w’'-]*, "
    r"(?:the )?"
    r"(?:[A-Za-z][\w’'-]*-[a-z][\w-]* ){0,2}"
)


# "Acme officials said", "the ministry's senior officials told": unnamed members of a named body.
_ORG_OFFICIALS = re.compile(
    r"(?:[’']s?)? (?:[a-z]+ )?(?:officials|sources|insiders)(?: (?:have|had|also))?\s*"
)


def _org_officials(speakers: _Speakers, start: int, verb_start: int) -> bool:
    """Does the sentence open on "ORG officials" right before its verb?"""
    opening = speakers.past_dateline(start)
    if speakers.body.startswith(("The ", "the "), opening):
        opening += 4
    found = speakers.starting_at(opening)
    return (
        found is not None
        and found.type == "organisation"
        and _ORG_OFFICIALS.fullmatch(speakers.body, found.end, verb_start) is not None
    )


# What may open a sentence before its subject's name: nothing, or a description set off by a comma
# ("Her son, ", "The club's captain, ").
_OPENING_BEFORE_NAME = re.compile(
    r"(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) (?:[\w’'-]+ ){0,3}?[\w’'-]+, )?"
)


# ", chairman of the ", ", a senior lecturer at the ": a person's post at the body named next.
_ROLE_OF_ORG_BETWEEN = re.compile(
    r", (?:(?:the|a|an) )?(?:[A-Za-z][\w-]* ){0,3}?[A-Za-z][\w-]* (?:of|at|for|with) (?:the )?"
)
_POSSESSOR_ROLE_GAP = re.compile(r" the [a-z][\w-]*[’']s? (?:[a-z][\w-]* ){0,2}?[a-z][\w-]*, ")
_ACRONYM_THEN_COMMA = re.compile(r" \([A-Z][\w&.]{1,9}\), ")
# "The liquidator of ", "The auditor for the ": a description whose "of" names another organisation.
_DESCRIPTION_OF = re.compile(r"(?:[Tt]he|[Ii]ts) (?:[a-z][\w’'-]* ){0,2}?[a-z][\w’'-]* (?:of|for) (?:the )?")
# ", Leeds-based firm ", ", accounting firm ": the kind of firm named in the appositive.
_FIRM_APPOSITIVE = re.compile(
    r", (?:the )?(?:[A-Za-z][\w’'-]* ){0,2}?(?:firm|company|consultancy|group|agency|practice|partnership) "
)


_FRONTED_QUESTION = ("Asked ", "Pressed ", "Questioned ")
# "Turning to Gaskell, the judge said …": whom the speaker addresses, fronted, is not the subject.
_FRONTED_ADDRESSEE = re.compile(r"(?:Turning|Speaking|Referring|Returning) to [^,.;:\n]{1,60}, ")


def _role_plural(text: str) -> bool:
    """ "Officials", "Analysts": one capitalised word, the plural of a role."""
    word = text.lower()
    return (
        text[:1].isupper()
        and word.isalpha()
        and word.endswith("s")
        and (word[:-1] in ROLE_HEADS or (word.endswith("ies") and word[:-3] + "y" in ROLE_HEADS))
    )


class _Speakers:
    """Look-ups over the resolved references of one article."""

    def __init__(self, body: str, references: tuple[Reference, ...], dateline: Span | None = None) -> None:
        self.body = body
        self.dateline_start = dateline.start if dateline is not None else 0
        self.dateline_end = dateline.end if dateline is not None else 0
        # The wire credit in "BRASILIA, Nov 5 (Reuters) -" says who reported, never who spoke.
        # "a team source", "a company official": one member of the organisation, unnamed, speaks for
        # himself; only a spokesperson or representative speaks for it.
        self.references = [
            r
            for r in references
            if (r.type is not None or r.kind != "name")
            and (dateline is None or not dateline.start <= r.start < dateline.end)
            and not (r.kind == "descriptor" and r.text.endswith((" source", " official")))
            # "Officials said …": a role's plural opening a sentence, read as a name, is no one named.
            and not (r.kind == "name" and r.type == "organisation" and _role_plural(r.text))
        ]
        self.starts = [r.start for r in self.references]
        self.by_start = {r.start: r for r in self.references}
        self.ends = sorted(self.references, key=lambda r: r.end)
        self.end_positions = [r.end for r in self.ends]
        self.holders: dict[str, Reference | None] = {}  # role word → its one named holder
        self.acronyms: dict[str, Reference] | None = None  # an organisation's acronym → its reference

    def spelled_by(self, initials: str) -> Reference | None:
        """The organisation the article names by the acronym ``initials`` ("HSE"), if any."""
        if self.acronyms is None:
            self.acronyms = {}
            for r in self.references:
                if r.type == "organisation" and r.kind == "name" and r.text.isupper():
                    self.acronyms.setdefault(r.text, r)
        return self.acronyms.get(initials)

    def named_in(self, start: int, end: int) -> bool:
        """Does a reference to someone or something start in ``body[start:end]``?"""
        index = bisect.bisect_left(self.starts, start)
        while index < len(self.references) and self.references[index].start < end:
            if self.references[index].type is not None:
                return True
            index += 1
        return False

    def named_by_first_words(self, words: str) -> Reference | None:
        """The one organisation whose name opens with ``words`` ("Larkspur" for "Larkspur AI")."""
        found: Reference | None = None
        for r in self.references:
            if r.type == "organisation" and r.kind == "name" and r.key and r.text.startswith(words + " "):
                if found is not None and found.key != r.key:
                    return None  # two bodies share those words: neither
                found = found or r
        return found

    def starting_at(self, position: int) -> Reference | None:
        """The reference that begins at ``position`` (the longest, if several)."""
        index = bisect.bisect_left(self.starts, position)
        best = None
        while index < len(self.references) and self.references[index].start == position:
            if best is None or self.references[index].end > best.end:
                best = self.references[index]
            index += 1
        return best

    def sentence_subject(self, start: int, end: int) -> Reference | None:
        """The first name, pronoun or descriptor in ``body[start:end]`` that is not a possessive: the
        subject of "Roe ruled out a pact, insisting …" and of "Roe declared an emergency and said …"."""
        references = self.references
        opening = self.past_dateline(start)
        if self.body.startswith(_FRONTED_QUESTION, opening):
            # "Asked by Senator Roe why the bureau waited, Lee answered: …": the subject follows one of
            # the commas; the asker and the question's words are no subject.
            comma = self.body.find(", ", opening, end)
            while comma >= 0:
                after = self.starting_at(comma + 2)
                if after is not None and after.type is not None:
                    return after
                comma = self.body.find(", ", comma + 2, end)
            return None
        for index in range(bisect.bisect_left(self.starts, start), len(references)):
            reference = references[index]
            if reference.start >= end:
                break
            if (
                reference.type is not None
                and (
                    not _is_possessive(self.body, reference)
                    or (reference.type == "organisation" and _ORG_TEAM_GAP.match(self.body, reference.end))
                )
                and reference.text.lower() not in _POSSESSIVE_PRONOUNS  # "its benchmark rate"
                # "As one official put it: …": the idiom's object, not its subject.
                and not (reference.kind == "pronoun" and self.body.endswith(" put ", 0, reference.start))
                # "The mission welcomed the announcement and said …": a document past the sentence's
                # opening is what the subject acted on, not the subject.
                and not (reference.kind == "document" and reference.start > self.past_dateline(start))
            ):
                if reference.type == "organisation":
                    # "Liberal Democrat leader Fiona Calloway …": the person the role belongs to.
                    person = self.after_verb(reference.end, min(end, reference.end + 60))
                    if person is not None and person.type == "person":
                        return person
                    # "The Senate spokesman, Senator Jane Roe, …": the role, then its holder set off by commas.
                    role = _ORG_ROLE_COMMA.match(self.body, reference.end, min(end, reference.end + 60))
                    holder = self.next_person(role.end(), min(end, role.end() + 40)) if role else None
                    if (
                        holder is not None
                        and role is not None
                        and _TITLE_BEFORE_NAME.fullmatch(self.body, role.end(), holder.start)
                        and self.body.startswith(",", holder.end)
                    ):
                        return holder
                    # "The President of the Riders Union, Jane Roe, described …": the post of the body
                    # opens the sentence; its holder, set off by commas after it, is the subject.
                    if _POST_OF_OPENING.fullmatch(
                        self.body, opening, reference.start
                    ) and self.body.startswith(", ", reference.end):
                        holder = self.next_person(reference.end + 2, min(end, reference.end + 60))
                        if (
                            holder is not None
                            and _TITLE_BEFORE_NAME.fullmatch(self.body, reference.end + 2, holder.start)
                            and self.body.startswith(",", holder.end)
                        ):
                            return holder
                return reference
        return None

    def _who_clause_owner(self, opening: int, position: int) -> Reference | None:
        """The person named at the opening of a sentence ("Her son, Jane Roe, who …") whose "who" clause
        runs on to ``position``."""
        index = bisect.bisect_left(self.starts, opening)
        references = self.references
        while index < len(references) and references[index].start < position:
            reference = references[index]
            index += 1
            if reference.type != "person" or reference.kind != "name":
                continue  # "Her son, …": the possessive's pronoun is no subject
            if (
                self.body.startswith(", who ", reference.end)
                and _OPENING_BEFORE_NAME.fullmatch(self.body, opening, reference.start) is not None
                and not any(c in self.body[reference.end : position] for c in '.;:“”"')
            ):
                return reference
            return None  # only the sentence's first person may own the clause
        return None

    def subject_before(self, verb_start: int, floor: int) -> Reference | None:
        """The reference standing as the subject of a verb starting at ``verb_start``."""
        best: Reference | None = None
        person_subject: Reference | None = None  # the last person that could stand as the subject
        # References are sorted by start: begin at the floor instead of the top of the article.
        # Walked from the floor by index, not over a copy of the list's tail: long articles have many.
        references = self.references
        for index in range(bisect.bisect_left(self.starts, floor), len(references)):
            reference = references[index]
            if reference.start >= verb_start:
                break
            if reference.start < floor:
                continue
            gap = _SUBJECT_GAP.fullmatch(self.body, reference.end, verb_start)
            if gap is None and reference.type == "organisation" and reference.kind in ("name", "descriptor"):
                # "NOAA's sargassum outlook team said": a team or unit of the organisation speaks for it;
                # "the ministry’s press service added": so of the body a description stands for.
                gap = _ORG_TEAM_GAP.fullmatch(self.body, reference.end, verb_start)
            if (
                gap is None
                and reference.type == "person"
                and (
                    _COMMA_BEFORE_NAME.search(self.body, max(0, reference.start - 60), reference.start)
                    or (
                        self.body.endswith(" as ", 0, reference.start)
                        and _COMMA_NAMED_AS.search(self.body, max(0, reference.start - 120), reference.start)
                    )
                )
            ):
                # "His former captain, Daniel Mbeki, said": the name is itself the appositive.
                gap = _APPOSITIVE_NAME_END.fullmatch(self.body, reference.end, verb_start)
            if (
                gap is None
                and reference.type == "organisation"
                and (
                    (self.body.startswith(", ", reference.end) and reference.end + 2 == verb_start)
                    # "The race organiser, Acme Events (AE), said": its acronym in brackets after it.
                    or _ACRONYM_THEN_COMMA.fullmatch(self.body, reference.end, verb_start) is not None
                )
                and (
                    self.body.endswith(", the ", 0, reference.start)
                    or _DESCRIPTION_THEN_NAME.fullmatch(self.body, self.past_dateline(floor), reference.start)
                    or self._firm_of_other(self.past_dateline(floor), reference)
                )
            ):
                # "The union representing the drivers, the Rail Workers' Union, said", "The supplier,
                # Lyon-based Acme SA, said": the name is the appositive of a description.
                best = reference
                continue
            if gap is None and reference.type == "person" and reference.kind == "name":
                # "Governor Jane Roe's office said": her office speaks for her, as a spokesperson does.
                gap = _PERSON_OFFICE_GAP.fullmatch(self.body, reference.end, verb_start)
            if (
                gap is not None
                and reference.type == "person"
                and _CLIENT_BEFORE.search(self.body, max(0, reference.start - 20), reference.start)
            ):
                continue  # "Jane Roe KC, representing John Doe, said": the client in her appositive
            if gap is not None and reference.type == "person":
                person_subject = reference
            if gap is not None and (best is None or reference.end >= best.end):
                # Only a short stretch is read: a bracket after a name is a few words long.
                between = (
                    self.body[best.end : min(reference.start, best.end + 61)] if best is not None else ""
                )
                if (
                    best is not None
                    and best.type == "person"
                    and reference.start - best.end <= 60
                    and "(" in between
                    and ")" not in between
                ):
                    continue  # "Jane Roe (PDP, Kano North), said": the party in her brackets is hers
                best = reference
        opening = self.past_dateline(floor)
        # A direct quote's sentence is bounded just past the full stop before it: the space after
        # that stop is no part of "A METI official said".
        while opening < verb_start and self.body[opening] in " \n":
            opening += 1
        if (
            best is not None
            and best.type == "organisation"
            and _ORG_OFFICIALS.fullmatch(self.body, best.end, verb_start) is not None
        ):
            # "Ministry of Finance officials said": officials of the body, unnamed, speak for themselves, not
            # for it (a spokesperson would).
            return None
        head_start = best.start if best is not None else 0
        if best is not None and best.type == "organisation" and self.body.endswith(" (", 0, best.start):
            # "An official at the Bank of Korea (BOK), who …, said": the head stands before the name
            # that the acronym in brackets repeats.
            spelled = next(
                (r for r in self.references if r.end == best.start - 2 and r.key == best.key), None
            )
            head_start = spelled.start if spelled is not None else head_start
        if best is not None and (
            _UNNAMED_HEAD.fullmatch(self.body, opening, head_start)
            or _UNNAMED_PLURAL_HEAD.fullmatch(self.body, opening, head_start)
            or _unnamed_role_of(self.body, opening, head_start)
            or (
                best.type == "organisation"
                and _ONE_UNNAMED_BEFORE.fullmatch(self.body, opening, head_start) is not None
                and _MEMBER_AFTER.fullmatch(self.body, best.end, verb_start) is not None
            )
        ):
            # "One researcher at the institute, who asked not to be named, said": the institute is where
            # the unnamed speaker works, not who speaks.
            return None
        if (
            best is not None
            and best.type == "organisation"
            and person_subject is not None
            and person_subject.end < best.start
            and _ROLE_OF_ORG_BETWEEN.fullmatch(self.body, person_subject.end, best.start) is not None
        ):
            # "Dr Jane Roe, chairman of the GP Alliance, which represents 250 practices, told …": the
            # body's relative clause sits inside her appositive; she speaks.
            return person_subject
        if (
            best is not None
            and self.body.startswith(", ", best.end)
            and self.body.endswith(", ", 0, best.start)
        ):
            # "Her son, Jane Roe, who plays in the band she founded, Acme Singers, said …": the band ends
            # the relative clause on the person the sentence opens with; she speaks.
            owner = self._who_clause_owner(opening, best.start)
            if owner is not None:
                return owner
        if best is not None and best.type == "organisation" and self.body.endswith(" (", 0, best.start):
            # "Jane Roe of the Acme Party (AP) said": the name before its acronym is where the subject begins.
            named = next((r for r in self.references if r.end == best.start - 2 and r.key == best.key), None)
            best = named or best
        if best is not None and best.type == "organisation":
            # "Mayor Jane Roe (Labour) told": the party in brackets after a name is hers; she speaks.
            if self.body.endswith(" (", 0, best.start) and self.body.startswith(")", best.end):
                person = next(
                    (r for r in self.references if r.end == best.start - 2 and r.type == "person"), None
                )
                if person is not None:
                    return person
            # "Analyst Jane Roe of Acme Research said": the person named before "of ORG" is the subject.
            tie = _TIE_BEFORE.search(
                self.body, max(floor, best.start - 60), best.start
            ) or _TIE_BEFORE_WORDS.search(self.body, max(floor, best.start - 80), best.start)
            if tie is not None:
                person = self.person_ending_at(tie.start())
                if person is not None:
                    return person
        return best

    def person_ending_at(self, position: int) -> Reference | None:
        """The person reference that ends at ``position``, found by bisection over the ends."""
        index = bisect.bisect_left(self.end_positions, position)
        while index < len(self.ends) and self.ends[index].end == position:
            if self.ends[index].type == "person":
                return self.ends[index]
            index += 1
        return None

    def _firm_of_other(self, opening: int, found: Reference) -> bool:
        """ "The liquidator of Acme, Leeds-based firm Roe Partners, said": the description names another
        organisation after "of", and the appositive names the firm that fills the description."""
        description = _DESCRIPTION_OF.match(self.body, opening, found.start)
        other = self.starting_at(description.end()) if description is not None else None
        if other is None or other.type != "organisation" or other.key == found.key:
            return False
        return _FIRM_APPOSITIVE.fullmatch(self.body, other.end, found.start) is not None

    def person_named_between(self, start: int, end: int) -> bool:
        """Is a person named by name in ``body[start:end]`` ("Roe disagreed")?"""
        for index in range(bisect.bisect_left(self.starts, start), len(self.references)):
            reference = self.references[index]
            if reference.start >= end:
                return False
            if reference.type == "person" and reference.kind == "name":
                return True
        return False

    def other_person_named_between(
        self, start: int, end: int, key: str | None, listeners: bool = True
    ) -> bool:
        """Is a person other than ``key`` named by name in ``body[start:end]``? Without ``listeners``, one
        named as whom a speaker told ("the judge told Roe.") does not count."""
        for index in range(bisect.bisect_left(self.starts, start), len(self.references)):
            reference = self.references[index]
            if reference.start >= end:
                return False
            if (
                reference.type == "person"
                and reference.kind == "name"
                and reference.key != key
                and (listeners or not self.body.endswith(" told ", 0, reference.start))
            ):
                return True
        return False

    def past_dateline(self, floor: int) -> int:
        """A sentence's start, past "OTTAWA — " when the sentence opens the article."""
        if self.dateline_start <= floor < self.dateline_end:
            end = self.dateline_end
            while end < len(self.body) and self.body[end] == " ":
                end += 1
            return end
        return floor

    def role_of_subject(self, floor: int, verb_start: int) -> bool:
        """Does the sentence open "The chief executive of Acme told …": an unnamed role holder?"""
        opening = self.past_dateline(floor)
        for index in range(bisect.bisect_left(self.starts, opening), len(self.references)):
            reference = self.references[index]
            if reference.start >= verb_start:
                break
            if (
                reference.type == "organisation"
                and _unnamed_role_of(self.body, opening, reference.start)
                and _SUBJECT_GAP.fullmatch(self.body, reference.end, verb_start)
            ):
                return True
        return False

    def next_person(self, position: int, limit: int) -> Reference | None:
        """The first reference starting in [position, limit), if it is a person's name."""
        index = bisect.bisect_left(self.starts, position)
        if index >= len(self.references):
            return None
        found = self.references[index]
        return found if found.start < limit and found.type == "person" and found.kind == "name" else None

    def after_verb(self, position: int, limit: int) -> Reference | None:
        """ "said Roe", "said Chief Constable Ruth Okafor": the reference right after a verb."""
        index = bisect.bisect_left(self.starts, position)
        if index >= len(self.references):
            return None
        candidate = self.references[index]
        between = self.body[position : candidate.start]
        # Up to five title or role words may stand between the verb and the name; no punctuation.
        if candidate.start < limit and _AFTER_VERB_GAP.fullmatch(between):
            if candidate.text.lower() in _POSSESSIVE_PRONOUNS:
                # "said her daughter, Isabel Roe,": the relative named after the noun speaks, not "her";
                # "said his lawyer" names no one.
                named = _NAMED_AFTER_POSSESSIVE.match(self.body, candidate.end, limit)
                found = self.starting_at(named.end()) if named else None
                return found if found is not None and found.type == "person" else None
            found = self.starting_at(candidate.start)
            if found is not None and (found.type == "organisation" or found.kind == "descriptor"):
                return self._role_holder_after(found, limit) or found
            return found
        if (
            candidate.start < limit
            and candidate.type == "person"
            and candidate.kind == "name"
            and _POSSESSOR_ROLE_GAP.fullmatch(between)
        ):
            # "said the coalition's president, Jane Roe.": the role, then the name set off by a comma.
            return candidate
        return None

    def _role_holder_after(self, organisation: Reference, limit: int) -> Reference | None:
        """ "said Packers safety Jane Roe", "said Acme's chief executive Jane Roe": the person the
        organisation's role words lead to speaks, not the organisation."""
        role = _ORG_ROLE_GAP.match(self.body, organisation.end, limit)
        if role is None:
            return None
        holder = self.starting_at(role.end())
        return holder if holder is not None and holder.type == "person" else None


# " spokesman, ", "'s chief whip, Senator ": an organisation's role, a comma, then capitalised title words
# before the holder's name.
# "The President of the ", "The regional director of ": a post of the body named next opens the sentence.
_POST_OF_OPENING = re.compile(
    r"(?:[Tt]he |[Ii]ts )?(?:[A-Za-z][\w-]* ){0,3}?[A-Za-z][\w-]* (?:of|at|for) (?:the )?"
)
_ORG_ROLE_COMMA = re.compile(r"(?:[’']s)? (?:[a-z][\w-]* ){0,2}[a-z][\w-]*, ")
_TITLE_BEFORE_NAME = re.compile(r"(?:[A-Z][\w.’'-]* ){0,3}")
# Lower-case role words between an organisation and its role holder's name: " safety ", "'s chief executive ".
# "said the group's coordinator, Jane Roe": after a possessive, the role may end in a comma.
_ORG_ROLE_GAP = re.compile(
    r"(?:[’']s (?:[a-z][\w-]* ){0,2}[a-z][\w-]*, |(?:[’']s)? (?:[a-z][\w-]* ){1,3})(?=[A-Z])"
)


def _verb_at(body: str, position: int, limit: int) -> re.Match[str] | None:
    match = _VERB_AT.match(body, position, limit)
    if match and match.group("verb") in REPORTING_VERBS:
        return match
    return None


# Up to five capitalised words (an organisation's short name and a title) before a name.
_CAPITALS_BEFORE_NAME = re.compile(r"(?:[A-Z][\w.’'&-]* ){1,5}")


def _named_after_capitals(speakers: _Speakers, position: int, limit: int) -> Reference | None:
    """The person named right after capitalised words that open the text at ``position``."""
    words = _CAPITALS_BEFORE_NAME.match(speakers.body, position, limit)
    if words is None:
        return None
    index = bisect.bisect_left(speakers.starts, position)
    if index >= len(speakers.references):
        return None
    candidate = speakers.references[index]
    if candidate.type != "person" or candidate.start > words.end() or candidate.end > limit:
        return None
    return candidate


# "Ngoumou Essomba said": one to three capitalised words, then a reporting verb.
# "Eng. Al Nuaimi said": an abbreviated title may come first.
_CAPITAL_RUN_SAID = re.compile(
    r"(?:[A-Z][a-z]{1,4}\. )?(?P<words>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}) (?P<verb>[a-z]+)\b"
)


def _name_tail_said(
    speakers: _Speakers, opening: int, position: int, limit: int
) -> tuple[Reference, str] | None:
    """“…,” Ngoumou Essomba said: the person named in full earlier ("Jean-Claude Ngoumou Essomba")
    whose name ends with the capitalised words before the verb, when no reference covers them (a
    nickname inside a name, "Jose “Momo” Roe said", is no quote of that name's)."""
    run = _CAPITAL_RUN_SAID.match(speakers.body, position, limit)
    if (
        run is None
        or run.group("verb") not in REPORTING_VERBS
        or speakers.named_in(position, run.end("words"))
    ):
        return None
    ending = " " + run.group("words")
    nickname = max(
        speakers.body.rfind(f" ({ending[1:]})", 0, opening),
        speakers.body.rfind(f" “{ending[1:]}”", 0, opening),
        speakers.body.rfind(f' "{ending[1:]}"', 0, opening),
    )
    if nickname > 0 and " " not in ending[1:]:
        # "Ibrahim Waheed (Ibbe), of the MDP, …” … “…,” Ibbe said.": the name the nickname followed,
        # in brackets or in quote marks ("Abdirahman Mohamed Abdi “Dhegey”").
        index = bisect.bisect_left(speakers.end_positions, nickname)
        if index < len(speakers.ends) and speakers.end_positions[index] == nickname:
            person = speakers.ends[index]
            if person.type == "person" and person.kind == "name":
                return speakers.starting_at(person.start) or person, run.group("verb")
    index = bisect.bisect_left(speakers.starts, opening) - 1
    while index >= 0:
        person = speakers.references[index]
        if person.end > opening:
            return None
        if person.type == "person" and person.kind == "name" and person.text.endswith(ending):
            return speakers.starting_at(person.start) or person, run.group("verb")
        index -= 1
    return None


# "…,” a Labour source said. / "…,” a senior Tory MP said.": a voice unnamed on purpose; the party
# or body named in it is not the speaker.
_UNNAMED_VOICE = re.compile(
    # "“…,” one Sydney-based fund manager said": a market voice the story does not name.
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:[\w-]+ ){0,3}?(?:source|MP|insider|aide|official|minister|backbencher|"
    r"manager|trader|banker|investor|strategist|analyst|economist|dealer)"
    r"(?: (?:close to|familiar with) [^,“”\"]{1,60}?)? (?=[a-z])"
)


def _unnamed_voice_verb(body: str, position: int, limit: int) -> str | None:
    unnamed = _UNNAMED_VOICE.match(body, position, limit)
    if unnamed is None:
        return None
    verb = _verb_at(body, unnamed.end() - 1, limit)
    return verb.group("verb") if verb else None


def _speaker_after(speakers: _Speakers, quote: _Quote, limit: int) -> tuple[Reference | None, str | None]:
    """“…,” Roe said. / “…,” said Roe. / “…,” she told reporters."""
    body = speakers.body
    position = quote.close_mark
    while position < limit and body[position] in " ,":
        position += 1
    quoted = _QUOTED_AS.match(body, position, limit)
    if quoted is not None:
        # "“…,” the statement quoted Jane Roe as saying.": the one it quotes speaks.
        named = speakers.starting_at(quoted.end())
        if named is None:
            # "quoted Minister Jane Roe": past a title word no reference covers.
            space = body.find(" ", quoted.end(), limit)
            named = speakers.starting_at(space + 1) if space > 0 else None
        if named is not None and named.type == "person" and _AS_SAYING.match(body, named.end, limit):
            return named, "quoted"
    verb = _verb_at(body, position, limit)
    if verb:
        if _UNNAMED_VOICE.match(body, verb.end() + 1, limit) is not None:
            return None, verb.group("verb")  # "…,” said a Labour source.
        found = speakers.after_verb(verb.end(), limit)
        if found:
            return _holder_named_after(speakers, found, limit), verb.group("verb")
        demonym = _THE_DEMONYM.match(body, verb.end(), limit)
        if demonym is not None and _is_demonym(demonym.group("word")):
            return _last_person_before(speakers, quote.open_mark), verb.group("verb")  # “…,” said the Belgian
        return None, verb.group("verb")
    according = _ACCORDING.match(body, position, limit)
    if according:
        return _according_source(speakers, according.end()), "according to"
    unnamed = _unnamed_voice_verb(body, position, limit)
    if unnamed is not None:
        return None, unnamed
    candidates = [speakers.starting_at(position)]
    if candidates[0] is None:
        # "…,” Acme Chief Executive Jane Roe told …": capitalised words no reference covers, then the name.
        candidates.append(_named_after_capitals(speakers, position, limit))
        # "…,” Ngoumou Essomba said.": the last words of a name given earlier, which no reference covers.
        tail = _name_tail_said(speakers, quote.open_mark, position, limit)
        if tail is not None:
            return tail
    # "…,” union negotiator Jeroen Bakker said / "…,” the group’s director, Imogen Clarke, said:
    # role words (and a possessive, an honorific) before the name.
    role = _ROLE_WORDS.match(body, position, limit)
    if role:
        candidates.append(speakers.starting_at(role.end()))
    first = candidates[0]
    if first is not None and first.type == "organisation":
        # "…,” Congress president Lakshmi Rao told …: the organisation's role holder speaks.
        # "…,” Acme's chief executive, Jane Roe, told …": past the possessive to the role.
        skip = 3 if body[first.end : first.end + 3] in ("'s ", "’s ") else 1
        role = (
            _ROLE_WORDS.match(body, first.end + skip, limit)
            if body[first.end + skip - 1 : first.end + skip] == " "
            else None
        )
        if role:
            end = role.end()
            if role.group().endswith((" for ", " of ", " in ")):
                complement = _ROLE_COMPLEMENT.match(body, end, limit)
                end = complement.end() if complement else end
            candidates.insert(0, speakers.starting_at(end))
        else:
            # "…,” KDCA Commissioner Jee Young-mee told …: a capitalised title between them.
            holder = speakers.after_verb(first.end, limit)
            if holder is not None and holder.type == "person":
                candidates.insert(0, holder)
    for subject in candidates:
        if subject is None:
            continue
        gap = _SUBJECT_GAP.match(body, subject.end, limit)
        verb = _verb_at(body, gap.end() if gap else subject.end, limit)
        if verb is None:
            after = _AFTER_NAME.match(body, subject.end, limit)
            verb = _verb_at(body, after.end() if after else subject.end, limit)
        if (
            verb is None
            and subject.kind == "document"
            and _DOCUMENT_READ_AFTER.match(body, subject.end, limit)
        ):
            return subject, "read"  # "“…,” the statement read.": the words are its issuer's
        if verb:
            if subject.type == "organisation" and _ORG_OFFICIALS.fullmatch(body, subject.end, verb.start()):
                return None, verb.group("verb")  # "…,” Acme officials said.": unnamed, for themselves
            return subject, verb.group("verb")
    qualified = _QUALIFIED_ROLE.match(body, position, limit)
    if qualified is not None and qualified.group("role") in ROLE_HEADS:
        verb = _verb_at(body, qualified.end(), limit)
        holder = _role_holder(speakers, qualified.group("role")) if verb else None
        if verb and holder is not None:
            # "…,” the Toronto captain said.": the one captain the article named ("captain Jane Roe").
            return holder, verb.group("verb")
    title = _THE_TITLE_AFTER.match(body, position, limit)
    if title is not None and _is_demonym(title.group("head")):
        verb = _verb_at(body, title.end(), limit)
        if verb is not None:
            # "“…,” the Belgian said.": the one the story was just about, called by nationality.
            return _last_person_before(speakers, quote.open_mark), verb.group("verb")
    if title is not None and title.group("head") in TITLE_HEADS:
        verb = _verb_at(body, title.end(), limit)
        holder = _role_holder(speakers, title.group("head").lower()) if verb else None
        if verb and holder is not None:
            # "…,” the Speaker said.": the one holder of the capitalised title ("House Speaker Jane Roe").
            return holder, verb.group("verb")
    titled = _titled_speaker_after(speakers, position, limit)
    if titled[1] is None:
        return _appositive_name_said(speakers, position, limit)
    return titled


# "the bank's Vice-President for the Middle East, ": a post (its owner, words, a place or unit it
# covers) in one run with no quote mark or clause break, before the name set off in commas.
_POST_RUN = re.compile(r"(?:the |[A-Z])[^“”\"«»\n;:!?()]{2,100}?, ")
_NAME_THEN_VERB = re.compile(r",\s*(?P<verb>[a-z]+)\b")


def _appositive_name_said(
    speakers: _Speakers, position: int, limit: int
) -> tuple[Reference | None, str | None]:
    """“…,” Acme's regional manager for Connacht, Jane Roe, said.: the name set off in commas after
    a post, then a reporting verb; the one named speaks, whatever the post's words are."""
    body = speakers.body
    post = _POST_RUN.match(body, position, min(limit, position + 104))
    if post is None or ". " in body[position : post.end()]:
        return None, None
    person = speakers.starting_at(post.end())
    if person is None or person.type != "person" or person.kind != "name" or not person.key:
        return None, None
    verb = _NAME_THEN_VERB.match(body, person.end, limit)
    if (
        verb is None
        or verb.group("verb") not in REPORTING_VERBS
        or speakers.person_named_between(position, post.end() - 2)
    ):
        return None, None
    return person, verb.group("verb")


_QUOTED_AS = re.compile(r"(?:[^,.;:“”\"\n]{1,60} )?quoted (?=[A-Z])")
_AS_SAYING = re.compile(r" as (?:saying|having said)\b")
_THE_TITLE_AFTER = re.compile(r"the (?P<head>[A-Z][a-z]+)\b(?! [A-Z])")
# " the Belgian," " the Finn, who …": a nationality noun right after the verb, nothing named after it.
_THE_DEMONYM = re.compile(r" the (?P<word>[A-Z][a-z]+)(?=[,.;!?]|$)")
# Nationality nouns that are no adjective: "the Finn", "the Swede", "the Frenchman".
_DEMONYM_NOUNS = frozenset(
    [
        *("Finn", "Swede", "Dane", "Pole", "Scot", "Brit", "Briton", "Turk", "Czech", "Slovak", "Swiss"),
        *("Frenchman", "Englishman", "Irishman", "Welshman", "Scotsman", "Dutchman", "Kiwi", "Aussie"),
        *("Frenchwoman", "Englishwoman", "Irishwoman", "Welshwoman", "Scotswoman", "Dutchwoman"),
    ]
)
_DEMONYM_REACH = 600  # characters back to the person a nationality noun stands for


def _is_demonym(word: str) -> bool:
    return word in _DEMONYM_NOUNS or _is_nationality(word)


def _last_person_before(speakers: _Speakers, position: int) -> Reference | None:
    """The person last referred to (by name or pronoun) in the few sentences before ``position``."""
    index = bisect.bisect_left(speakers.starts, position) - 1
    while index >= 0 and speakers.references[index].start >= position - _DEMONYM_REACH:
        reference = speakers.references[index]
        if reference.type == "person" and reference.key:
            return reference
        index -= 1
    return None


# "the statement read", "the letter reads": what a document says, in its own words.
_DOCUMENT_READ_AFTER = re.compile(r" (?:read|reads)\b(?! (?:out|by|aloud)\b)")
# "the Toronto captain ", "the Labour leader ": a role qualified by a capitalised place, team or party.
_QUALIFIED_ROLE = re.compile(r"the (?:[A-Z][\w.’'-]* ){1,3}(?P<role>[a-z]+)")


# "Acme Chief Executive Jane Roe", "Broncos safety": title and organisation words before a name, no
# punctuation but a possessive; "and", "or" and prepositions would join another noun phrase, but for
# "of" or "for" inside a lower-case post ("Bath director of rugby Jane Roe").
_TITLE_WORDS = re.compile(
    r"(?:(?!(?:and|or|of|for|with|to|in|on|at|by|from|who|which|that|the|a|an)\b)[\w’'&.-]+ "
    r"|(?<=[a-z] )(?:of|for) (?!(?:the|a|an)\b)(?=[a-z])){1,6}"
)


_CAPITAL_TITLE = re.compile(r"(?:[A-Z][\w’'&.-]* (?:(?:for|of|and) (?=[A-Z]))?){2,9}")


def _holder_named_after(speakers: _Speakers, found: Reference, limit: int) -> Reference:
    """“…,” said Acme safety Jane Roe: the person named after the organisation and the role words;
    “…,” said the organisation's Western Cape coordinator, Jane Roe: the person its post is given to."""
    if (
        found.kind == "descriptor"
        and found.type == "organisation"
        and _char_at(speakers.body, found.end) in "'’"
    ):
        index = bisect.bisect_left(speakers.starts, found.end + 1)
        person = speakers.references[index] if index < len(speakers.references) else None
        if (
            person is not None
            and person.type == "person"
            and person.kind == "name"
            and person.start < min(limit, found.end + 80)
            and _POSSESSIVE_POST.fullmatch(speakers.body, found.end, person.start) is not None
        ):
            return speakers.starting_at(person.start) or person
        return found
    if found.kind != "name":
        return found
    if (
        found.type == "organisation"
        and speakers.body.endswith(" the ", 0, found.start)
        and _MEMBER_NOUN_AFTER.match(speakers.body, found.end, limit) is not None
    ):
        # "…,” said the Orange Democratic Movement (ODM) legislator.": a member the paragraph before
        # named speaks, described by party.
        person = _last_person_before(speakers, found.start)
        if person is not None:
            return person
    index = bisect.bisect_left(speakers.starts, found.end + 1)
    if index < len(speakers.references):
        person = speakers.references[index]
        if (
            person.type == "person"
            and person.kind == "name"
            and person.start < min(limit, found.end + 50)
            and _char_at(speakers.body, found.end) == " "
            and _TITLE_WORDS.fullmatch(speakers.body, found.end + 1, person.start) is not None
        ):
            return speakers.starting_at(person.start) or person
    return found


# " (ODM) legislator.": after a party's name (and its letters), the one member it describes.
_MEMBER_NOUN_AFTER = re.compile(
    r"(?: \([A-Z][\w&.-]{1,9}\))? (?:legislator|lawmaker|MP|MCA|MLA|senator|politician|congressman|"
    r"congresswoman|assemblyman|assemblywoman|councillor|councilor)(?=[.,;!?]|$)"
)
# "'s Western Cape coordinator, ": a possessive, then a post whose head is a lower-case noun, then a comma.
_POSSESSIVE_POST = re.compile(r"[’']s (?:[\w’'&.-]+ ){0,4}[a-z][\w-]*, ")


def _char_at(body: str, position: int) -> str:
    return body[position] if position < len(body) else ""


def _titled_speaker_after(
    speakers: _Speakers, position: int, limit: int
) -> tuple[Reference | None, str | None]:
    """“…,” Acme Chief Executive Jane Roe told Reuters: a person after capitalised title words (which
    the role patterns, made for lower-case roles, pass over), then a reporting verb."""
    body = speakers.body
    words = _TITLE_WORDS.match(body, position, min(limit, position + 90))
    # "…,” French Minister Delegate for Digital Affairs Jane Roe told …": a capitalised post with its "for".
    capitals = _CAPITAL_TITLE.match(body, position, min(limit, position + 120))
    if words is None and capitals is None:
        return None, None
    reach = max(words.end() if words else 0, capitals.end() if capitals else 0)
    index = bisect.bisect_left(speakers.starts, position + 1)
    while index < len(speakers.references) and speakers.references[index].start <= reach:
        person = speakers.references[index]
        index += 1
        if person.type != "person" or person.kind != "name" or body[person.start - 1] != " ":
            continue
        if (
            _TITLE_WORDS.fullmatch(body, position, person.start) is None
            and _CAPITAL_TITLE.fullmatch(body, position, person.start) is None
        ):
            continue
        gap = _SUBJECT_GAP.match(body, person.end, limit)
        verb = _verb_at(body, gap.end() if gap else person.end, limit)
        if verb:
            return speakers.starting_at(person.start), verb.group("verb")
        return None, None
    return None, None


# "dismissed the plan as “…”", "hailed the deal as “…”": the subject's own words for the thing.
_CHARACTERISING_VERBS = frozenset(
    [
        "dismissed",
        "dismisses",
        "branded",
        "brands",
        "hailed",
        "hails",
        "denounced",
        "denounces",
        "decried",
        "decries",
        "condemned",
        "condemns",
        "criticised",
        "criticized",
        "criticises",
        "criticizes",
        "praised",
        "praises",
        "slammed",
        "slams",
        "welcomed",
        "welcomes",
        "characterised",
        "characterized",
        "portrayed",
        "portrays",
        "ridiculed",
        "derided",
        "derides",
    ]
)


def _speaker_before(speakers: _Speakers, quote: _Quote, floor: int) -> tuple[Reference | None, str | None]:
    """Roe said: “…” / She added that “…” / agreed to “…” / what she called “…"."""
    body = speakers.body
    window = body[floor : quote.open_mark]
    cue = _WORD_BEFORE_MARK.search(window)
    if cue and (
        cue.group("verb") in REPORTING_VERBS
        or (
            cue.group("verb") in _CHARACTERISING_VERBS
            # "slammed the measure as a “stopgap”": the article before the quoted noun may end the cue.
            and (
                cue.group().rstrip(" :,").endswith((" as", " as a", " as an", " as the"))
                # "hailed his side's “character”": the quoted noun is the subject's word for what
                # the possessor showed.
                or cue.group().rstrip().endswith(("'s", "’s"))
            )
        )
    ):
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
        return _according_source(speakers, according[-1].end()), "according to"
    if window.rstrip().endswith(":") and not _earlier_cue(speakers, window, floor)[1]:
        # "He put it bluntly: “…”", "The problem, as she saw it: “…”": a sentence that only
        # introduces the quote; its subject speaks.
        subject = speakers.sentence_subject(floor, quote.open_mark)
        if subject is not None:
            return subject, "colon"
    # A reporting verb earlier in the sentence: "Roe said the results were “very encouraging”".
    return _earlier_cue(speakers, window, floor)


# ", even as residents alleged", ", while critics argued": a clause with a subject of its own.
_CONTRAST_CLAUSE = re.compile(r", (?:even )?(?:as|while|whereas|although|though|but) [^,;:“”\"]{1,80}$")


# "Roe accused the government of relying on curfews instead of “real policing”", "Roe urged the board to
# act “without delay”": a verb that acts by speaking; its subject speaks the words quoted in what it
# accused of or urged to (not "accused the “rogue” trader", a word of the object's own).
_SPEECH_ACT_VERBS = {"accused": " of ", "accuses": " of ", "urged": " to ", "urges": " to "}


# "a statement posted", "a letter published": the document right before a participle.
_DOCUMENT_JUST_BEFORE = re.compile(r"\b(?:statement|post|letter|report|message|video|note) $")


def _earlier_cue(speakers: _Speakers, window: str, floor: int) -> tuple[Reference | None, str | None]:
    for match in reversed(list(re.finditer(r"(?<![\w-])[a-z]+\b", window))):
        word = match.group()
        if word.endswith("ed") and _DOCUMENT_JUST_BEFORE.search(
            window, max(0, match.start() - 14), match.start()
        ):
            continue  # "a statement posted on Telegram": a participle telling where the document went
        if (word in _REASONING_VERBS or word in _DOCUMENT_SHOWS) and not window.startswith(
            (" that ", " out that "), match.end()
        ):
            continue
        if (
            word in _CLAUSE_VERBS
            or word in _THAT_ONLY_VERBS
            or (word in _SPEECH_ACT_VERBS and _SPEECH_ACT_VERBS[word] in window[match.end() :])
        ):
            subject = speakers.subject_before(floor + match.start(), floor)
            if subject is None and _COORDINATED.search(window, max(0, match.start() - 14), match.start()):
                subject = speakers.sentence_subject(floor, floor + match.start())
            if subject is not None:
                return subject, word
            if _CONTRAST_CLAUSE.search(window, max(0, match.start() - 100), match.start()):
                # "Acme claimed …, even as residents alleged that it was “…”": the nearer clause has
                # its own speaker, unnamed; the earlier one's subject does not reach past it.
                return None, word
        elif word in _DESCRIBING_VERBS and " as " in window[match.end() :]:
            # "Roe read a statement describing her daughter as a nurse who “…”": the words describing
            # someone as something are the describer's, the sentence's subject.
            subject = speakers.subject_before(floor + match.start(), floor)
            if subject is None or subject.type is None:  # "read a statement describing": its reader
                subject = speakers.sentence_subject(floor, floor + match.start())
            if (
                subject is not None
                and subject.text.lower() not in _POSSESSIVE_PRONOUNS  # "his party described …": not "his"
                and not _is_possessive(speakers.body, subject)
            ):
                return subject, word
        elif word in _PARTICIPLE_CUES and _PARTICIPLE_LEAD.search(
            window, max(0, match.start() - 24), match.start()
        ):
            # "Roe ruled out a pact, insisting voters deserved “a real choice”": the sentence's subject.
            subject = speakers.sentence_subject(floor, floor + match.start())
            if subject is not None:
                return subject, word
    return None, None


_DESCRIBING_VERBS = frozenset(["described", "describes", "describing"])
# "…, insisting …", "…, adding …": a participle that reports the main clause's subject's words.
_PARTICIPLE_CUES = frozenset(
    [
        "insisting",
        "saying",
        "adding",
        "arguing",
        "warning",
        "noting",
        "claiming",
        "stressing",
        "explaining",
        "telling",
        "acknowledging",
        "admitting",
        "declaring",
        "calling",
        "writing",  # "Roe replied in a post, writing that the team had “got it wrong”"
    ]
)
# Before such a participle: its comma, and maybe a word or two saying when ("…, at one point telling …").
_PARTICIPLE_LEAD = re.compile(
    r", (?:(?:at one point|at times|in turn|later|again|also|then|once more|[a-z]+ly) )?$"
)
# "Roe declared an emergency and said …": the verb shares the sentence's subject.
# "… closed three schools and has said …": an auxiliary may stand between.
_COORDINATED = re.compile(r"(?:,? and|, but| but)(?: (?:has|have|had|also|later|then))? $")


# A sentence end (terminal punctuation followed by a space, a closing mark or the paragraph's end)
# or an opening quote mark. One character class opens the pattern, the two cases told apart behind
# it: the engine then skips to those characters (a top-level "|" makes it try every position; ~3×).
_END_OR_OPEN = re.compile(r"[.!?“\"«‘](?:(?<=[.!?])(?=[\s”\"’»)\]]|$)|(?<=[“\"«‘]))")
# "Jane Roe (D-Calif.) said", "(R-Tex.), who …": an abbreviation closing a bracket, the sentence going on.
_PERIOD_IN_BRACKETS = re.compile(r"\.\)(?:[,;:]| +[a-z])")
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
    # Spans inside quotes, sorted: a sentence end or opening mark in one of them does not count.
    inside = sorted(
        (q.open_mark, min(q.close_mark, paragraph_end))
        for q in quotes
        if paragraph_start <= q.open_mark < paragraph_end
    )
    ends_before_space: list[int] = []
    ends: list[int] = []
    opens: list[int] = []
    cursor = 0
    for match in _END_OR_OPEN.finditer(body, paragraph_start, paragraph_end):
        position = match.start()
        while cursor < len(inside) and inside[cursor][1] <= position:
            cursor += 1
        if cursor < len(inside) and any(a <= position < b for a, b in inside[cursor : cursor + 3]):
            continue
        character = match.group()
        if character in ".!?":
            if character == "." and (
                not ends_sentence(body, position) or _PERIOD_IN_BRACKETS.match(body, position)
            ):
                # "Sen.", "Gov.", "J. Smith": an abbreviation or initial; "(D-Calif.) said": one in brackets
                continue
            ends.append(position)
            if body[position + 1 : position + 2].isspace():
                ends_before_space.append(position)
        elif position > 0 and body[position - 1].isspace():
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


class _DirectQuotes(list[QuoteRecord]):
    """The direct quotes of an article sorted by start, searchable by position: every reported
    clause asks which quotes open or close inside it, and a scan of all of them per clause made a
    long run-on text (a 1 MB line of quotes) quadratic."""

    def __init__(self, records: list[QuoteRecord]) -> None:
        super().__init__(sorted(records, key=lambda r: r.start))
        self.starts = [r.start for r in self]
        self.reach = list(accumulate((r.end for r in self), max))  # the furthest end so far

    def starting_in(self, after: int, upto: int) -> list[QuoteRecord]:
        """Quotes with ``after < start <= upto``, in order."""
        return self[bisect.bisect_right(self.starts, after) : bisect.bisect_right(self.starts, upto)]

    def indices_within(self, start: int, end: int) -> range:
        """Indices of the quotes with ``start <= quote.start <= end``."""
        return range(bisect.bisect_left(self.starts, start), bisect.bisect_right(self.starts, end))

    def covers(self, start: int, end: int) -> bool:
        """Whether a quote opens by ``start + 1`` and runs to ``end - 1`` or further."""
        index = bisect.bisect_right(self.starts, start + 1) - 1
        return index >= 0 and self.reach[index] >= end - 1


def _clause_record(
    body: str, start: int, end: int, speaker: Reference | None, cue: str, direct: _DirectQuotes
) -> QuoteRecord | None:
    """An indirect quote over ``body[start:end]`` unless it is empty, too short or a direct quote."""
    text = body[start:end]
    trimmed = _CLAUSE_END.sub("", text)
    lead = _LEADING_THAT.match(trimmed)
    offset = lead.end() if lead else 0
    start, end = start + offset, start + len(trimmed)
    if start == 0 or body[start - 1] == "\n":
        capitals = _CAPITALS_COLON.match(body, start, end)
        start = capitals.end() if capitals else start  # "KARACHI: The first phase …": a dateline
    participle = _PARTICIPLE_AFTER.search(body, start, end)
    if participle is not None:
        # "…denied that journalists are targeted, insisting that the law applies to all": the participle
        # adds the subject's next point; the reported clause ends before it.
        end = participle.start()
    if end - start < 10 or len(body[start:end].split()) < 3:
        return None
    if body[start] in "“\"«‘`'" and not _quote_opens_clause(body, start, end, direct):
        return None
    # A partial quote that closes the clause keeps its closing mark: "… agreed to “explore options”".
    closing = next((q for q in direct.starting_in(start, end) if end <= q.end), None)
    if closing is not None:
        close_end = closing.end
        while close_end < len(body) and body[close_end] in "”\"’»'":
            close_end += 1
        end = close_end
    if _PREPOSITION_START.match(body, start) and not _AFTER_THAT.search(body, max(0, start - 6), start):
        # "he said in a note to clients": an adverbial, not a reported clause. After "that" the
        # clause has begun: "said that in the north, crops had failed", "said that while …".
        return None
    first = body[start : body.find(" ", start, end)]
    if first in _QUANTITY_OBJECTS and not body.endswith("that ", 0, start):
        # (After "that", "much of the growth had come …" is the clause's subject.)
        second = _LOWER_WORDS.match(body, start + len(first) + 1, end)
        if second is None or _FINITE.fullmatch(second.group()) is None:
            return None  # "said little during the hearing": what was said was little, not a clause
    if cue in _TALLY_CUES:
        tally = _TALLY.match(body, start, end)
        if tally and not (tally.group("next") and _FINITE.fullmatch(tally.group("next"))):
            return None  # "added 18 points and nine rebounds": a tally added to the score, not speech
    if first in _PARTICIPLE_CUES or (first.endswith("ing") and body[start - 2 : start] == ", "):
        # "she said, adding that …", "he said, speaking by phone from Doha": a participle clause is not
        # listed as reported speech.
        return None
    if body[start - 2 : start] == ", " and _TIME_PHRASE.match(body, start, end):
        return None  # "said on Tuesday, a day after Germany extended checks": when it was said
    if body[start - 2 : start] == ", " and _ADVERB_THEN_PARTICIPLE.match(body, start, end):
        return None  # "she said afterwards, still clutching a towel": what she did as she said it
    if (
        body[start - 2 : start] == ", "
        and _ABSOLUTE_PHRASE.match(body, start, end)
        and not _has_finite_verb(body, start, end)
    ):
        return None  # "he said, his voice breaking": how he spoke
    if body[start - 2 : start] == ", " and _PAST_PARTICIPLE_PHRASE.match(body, start, end):
        return None  # "said at the signing ceremony, held at the ministry": the occasion described
    if _WHEN_THEN_PARTICIPLE.match(body, start, end):
        return None  # "she says afterward, sitting on a crate": when and how she said it, no clause
    if direct.covers(start, end):
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


# "held at the ministry", "organised by the union": a past participle, then where or by whom; no subject.
_PAST_PARTICIPLE_PHRASE = re.compile(
    r"(?:held|organi[sz]ed|hosted|attended|chaired|convened|staged|broadcast|televised|streamed|"
    r"called|arranged) (?:at|in|on|by|near|outside|inside|after|before) "
)
_CAPITALS_COLON = re.compile(r"[A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+){0,2}: (?=[A-Z])")
_PARTICIPLE_AFTER = re.compile(
    r", (?:insisting|adding|arguing|noting|claiming|stressing|acknowledging|admitting|declaring) that "
)
_WHEN_THEN_PARTICIPLE = re.compile(
    r"(?:afterwards?|later|again|today|yesterday|tonight), (?!(?:no|some|any|every)thing\b)[a-z]{2,}ing\b"
)
# "still clutching a towel", "visibly shaking": an adverb, then a participle; no clause.
_ADVERB_THEN_PARTICIPLE = re.compile(
    r"(?:still|again|also|even|just|now|then|[a-z]+ly) (?!(?:no|some|any|every)thing\b)[a-z]{2,}ing\b"
)
# "he said, his voice breaking", "she said, her hands shaking with anger": how the speaker looked or
# sounded as they spoke, a noun and a participle with no verb of their own.
_ABSOLUTE_PHRASE = re.compile(
    r"(?:his|her|their) (?:[a-z]+ )?[a-z]+ (?!(?:no|some|any|every)thing\b)[a-z]{2,}ing\b[^,;:“”\"]{0,60}$"
)


# "added 18 points", "added two more goals": a number and a noun with no verb after it is a tally;
# "added 200 jobs would go" reports a clause.
_TALLY_CUES = frozenset(["added", "adds"])
_TALLY = re.compile(
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) [a-z]+(?: (?P<next>[a-z]+))?"
)
# "said nothing about the deal", but "said nothing would change": a clause only if a verb follows.
_QUANTITY_OBJECTS = frozenset(["little", "nothing", "much", "something", "anything", "everything"])


def _quote_opens_clause(body: str, start: int, end: int, direct: _DirectQuotes) -> bool:
    """ "warned that ‘sustained pressure’ on the wards had forced…": a partial quote opens the clause,
    which goes on for a few words of its own after it."""
    opening = next(iter(direct.starting_in(start, start + 2)), None)
    if opening is None:
        return False
    rest = body[opening.end : end].lstrip("”\"’'» ").split()
    # "underlined that “…” and called for …": the quote was the whole clause; a new verb follows.
    return len(rest) >= 3 and rest[0] not in ("and", "but", "or") and rest[0][:1].islower()


# Words between a reporting verb and its clause: when, where and how it was said.
_COMPARISON = re.compile(r"\b(?:compared (?:with|to)|up from|down from) ")
_CUE_TAIL = (
    r"(?: (?:(?:late |early |(?:late |early )?on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: (?:morning|afternoon|evening|night))?|"
    r"afterwards|later|earlier|yesterday|today|again|also|"
    r"(?<=pointed )out|(?<=points )out|"  # "pointed out that …"
    r"last (?:week|month|year|night)|this (?:week|month|year)|"
    # "submitted through his counsel that": who put it to the court for the speaker.
    r"through (?:his|her|their|its) (?:counsel|lawyers?|attorneys?|advocates?|solicitors?|representatives?)|"
    r"through (?:an|his|her|their|a) (?:interpreter|translator)|"  # "said through an interpreter that …"
    # "reported on March 11", "said on 11 March": the date it was said.
    r"on (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}|"
    r"\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December))|"
    # "said in March it would build …": the month it was said in.
    r"in (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?|"
    # "said in its response", "wrote in the same post", "wrote in a note to clients", "said in a filing to
    # the Shenzhen Stock Exchange": the document it was said in, and to whom.
    r"in (?:an?|its|his|her|their|the(?: same)?) (?:[\w-]+ ){0,3}?(?:statement|interview|note|letter|memo|email|e-mail|"
    r"post|speech|filing|report|op-ed|submission|response|opinion|ruling|judgment|judgement|decision|affidavit|"
    r"complaint|column|essay|review|update|outlook|release|briefing|assessment)(?: (?:to|with) (?:clients|investors|customers|members|staff|employees|shareholders|"
    r"(?:the )?[A-Z][\w&’'-]*(?: (?:of |and |for )?[A-Z][\w&’'-]*){0,5}(?: \([A-Z][\w&.]{1,9}\))?))?"
    # "said in a statement posted on Telegram that", "in a report released on Sunday that": where or when
    # the document appeared.
    r"(?: (?:posted|published|shared|released|issued)(?: on (?:social media|[A-Z][\w.-]+))?"
    # "said in a victim impact statement read out in court": read for the speaker, where it was heard.
    r"| read (?:out|aloud)(?: (?:in|to|at) (?:the )?(?:court|courtroom|hearing|tribunal|inquest|jury|judge))?)?|"
    # "posted on LinkedIn that", "said on social media that".
    r"on (?:social media|(?:its|his|her|their) (?:website|blog|account|page)|"
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z][\w.-]+)|"
    # "said at the opening ceremony that": the occasion it was said at.
    # Not "said at the meeting that was held on Tuesday": a relative clause on the occasion.
    r"at (?:an?|the) (?:[\w-]+ )?(?:briefing|conference|rally|hearing|meeting|event|ceremony|summit|forum|launch)"
    r"(?! that (?:is|was|are|were|has|had|have|will|would)\b)|"
    # "said outside the court that": where the speaker stood.
    r"outside (?:the )?(?:court|courthouse|courtroom|tribunal|parliament|hospital|stadium)|"
    # "said at 8.05pm that": the time of day it was said.
    r"at (?:\d{1,2}(?:[.:]\d{2})? ?[ap]\.?m\.?|noon|midday|midnight)|"
    # "said on a call with analysts that", "told investors on an earnings call that".
    r"on (?:an?|the) (?:[\w-]+ ){0,2}?call(?: with (?:analysts|investors|reporters|journalists))?))"
)
_CLAUSE_CUE = re.compile(
    r"\b(?P<verb>[a-z]+)(?P<tail>(?: (?P<listener>reporters|journalists|lawmakers|investors|analysts|"
    r"(?:a|an|the) (?:news |press )?(?:conference|briefing)|the [a-z]+|me|us|him|her|them"
    # "told the House the corporation …", "told members the plan …": a chamber or its members, then a
    # clause opening on a pronoun or an article.
    # "told BBC News NI she …": a broadcaster's name may run to three words.
    r"|(?:(?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}|members|senators|delegates|shareholders|employees|staff)"
    r"(?= (?:he|she|they|it|the|his|her|their|its)\b)))?"
    # "pointed out, however, that …": a connective set off in commas before the clause.
    rf"{_CUE_TAIL}{{0,2}}(?:, (?:however|though|moreover|furthermore|meanwhile|too|also)(?=, that\b))?,?)"
    r"(?: that)? (?=[\w“\"‘'$€£¥₹])"
)
# "told employees in a memo that …", "told a rally outside the mine that …": any listener before "that".
_TOLD_THAT = re.compile(
    # "told Dawn.com that": an outlet's web address may hold a dot before lower-case letters.
    r"\b(?P<verb>told|tells|reminded|reminds|assured|assures|informed|informs) "
    r"(?P<listener>(?:[^.;:“”\"]|\.(?=[a-z]{2})){1,90}?),? "
    r"that (?=[\w“\"‘'$€£¥₹])"
)
# "Counsel put it to the witness that …": a court's cross-examination, the clause the lawyer's.
_PUT_IT_TO = re.compile(
    r"\b(?P<verb>put) it to (?P<listener>(?:the |a )?[a-z]+(?: [a-z]+)?|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) "
    r"that (?=[\w“\"‘'$€£¥₹])"
)
_TRAILING_CUE = re.compile(
    rf",[”\"’»]? (?P<rest>.{{2,80}}?)\s*(?P<verb>[a-z]+)(?:{_CUE_TAIL}| (?:on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    # "…, the company announced on Monday, August 17.": the date after the day.
    r"(?:,? (?:\d{1,2} )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?: \d{1,2}(?!\d))?)?|"
    r"in a (?:\w+ )?(?:statement|resolution)(?: (?:published|posted|filed) (?:on|with|to) [^,.;:]{1,60})?"
    r"|in an interview|last week|earlier|on (?:the )?condition of anonymity"
    # "…, the company said in a filing late on Nov. 6.": when, by the month's short name.
    r"|(?:(?:late|early) )?on (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?!\d))"
    # "…, the company said in a separate filing with the state regulator.": where it was said.
    # "…, the centre said in its 5 a.m. advisory.": a notice of its own, when it was issued.
    r"|in (?:an?|its|their) (?:[\w.-]+ ){0,3}?(?:filing|letter|report|post|note|email|memo|submission|advisory|"
    r"bulletin|review|update|outlook|release|briefing|assessment)(?: (?:with|to) [^,.;:]{1,50})?"
    # "…, the chief minister said after a meeting at his residence.": when it was said.
    r"|(?:after|following|during) (?:a|an|the|his|her|its|their) [^,;:“”\"]{1,80}?)){0,2}"
    # "…, the ministry said on Thursday, after two days of talks in the capital, Muscat.": when it was
    # said, after a comma of its own.
    r"(?:, (?:after|following|during|ahead of) [^;:“”\"]{1,200}?"
    # "No workers were injured, the company said in a statement, adding that …": what it said next.
    r"|, (?:adding|saying|noting|warning|insisting|arguing|stressing) [^;:“”\"]{1,200}?"
    # "…, the mayor wrote on Telegram, describing the damage as “significant”.": how the speaker
    # called it, in the speaker's own quoted words.
    r"|, (?:describing|calling) (?:it|them|the [a-z]+(?: [a-z]+)?) (?:as )?[“\"][^;:“”\"]{1,150}[”\"])?\.?[”\"]?$"
)
# "…forced 6,000 people from their homes on Tuesday, officials said, as crews…": a cue in mid-sentence.
_MID_CUE = re.compile(
    r", (?P<rest>[^,“”\"]{2,60}?) (?P<verb>said|says|say|added|warned|confirmed|stated|reported|announced)"
    # "…, she said, “for more money”": the clause may go on in quote marks with a phrase of its own
    # ("knowing, she says, “exactly two people”" is narration whose object is quoted).
    r"(?: (?:on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?, "
    r"(?=[a-z]|[“\"‘](?:for|and|but|because|as|with|without|so|or|while|after|before|until|since|if)\b)"
)
# Unnamed speakers: "officials said", "But opposition councillors said": reported speech with no one to name.
_UNNAMED_SUBJECT = re.compile(
    # "In the Kibera neighbourhood, where queues formed, voters said": a scene set before them.
    # "In Ashby, about 20km east of the city, residents said": the place, then where it is.
    # "But at a meeting with officials at the district office on Wednesday, residents said": a connective first.
    r"(?:(?:(?:But|And|Yet|Still) (?:in|at|on|outside|across|elsewhere|among) [^,.;:]{1,90}"
    r"|(?:In|At|On|Outside|Across|Elsewhere|Among) [^,.;:]{1,60}), (?:(?:where )?[^,.;:]{1,60}, )?)?"
    r"(?:[A-Z][a-z]+ly, )?"  # "Privately, ministers concede …"
    r"(?:(?:But|And|However|Meanwhile|Yet|Still),? )?(?:(?:the|The|some|Some|many|Many|several|Several|other|"
    r"Other|two|three|four|\d+) )?(?:[A-Za-z][\w-]*(?:s[’'])? ){0,2}(?:and [A-Z][\w-]* )?(?:(?!(?:of|for|and|the)\b)[a-z][\w-]* )?(?:[Oo]fficials|[Aa]uthorities|[Pp]olice|[Rr]esidents|"
    r"[Aa]nalysts|[Ee]xperts|[Cc]ritics|[Cc]ampaigners|[Aa]dvocates|[Ee]conomists|[Ii]nvestigators|[Pp]rosecutors|[Ss]ources|"
    r"[Dd]octors|[Ss]cientists|[Rr]esearchers|[Ww]itnesses|[Oo]rgani[sz]ers|[Cc]ouncill?ors|[Ll]awmakers|"
    r"[Ll]egislators|[Mm]inisters|[Dd]iplomats|[Oo]bservers|[Tt]raders|[Uu]nions|[Ww]orkers|[Pp]arents|"
    r"[Tt]eachers|[Oo]pponents|[Ss]upporters|[Aa]ctivists|[Pp]rotesters|[Nn]eighbou?rs|[Pp]eople|[Mm]embers|"
    r"[Ee]xecutives|[Ii]nsiders|[Rr]escuers|[Ff]irefighters|[Mm]edics|[Oo]fficers|[Ss]taff|[Ff]ans|[Vv]oters|"
    r"[Ss]ides|[Mm]edia|[Ff]amily|[Ww]h[aā]nau|[Rr]elatives|[Ff]riends|[Cc]olleagues|[Ee]ngineers|[Ll]awyers|[Aa]ttorneys|"
    r"[Ii]nspectors|[Mm]anagers|[Ff]armers|[Ss]hoppers|[Pp]atients|[Ss]tudents|[Nn]urses|[Cc]ommuters|[Pp]assengers|"
    r"[Tt]enants|[Ee]mployees|[Vv]illagers|[Vv]ictims|[Ll]ocals|[Ss]urvivors|[Ff]amilies|[Uu]sers|[Cc]ustomers|[Ii]nvestors|"
    r"[Ss]hareholders|[Cc]onsumers|[Cc]lients|[Rr]eaders|[Vv]iewers|[Ll]isteners|[Bb]ankers|[Bb]rokers|"
    # "…, fishers told the paper": people of a trade, by what they work at.
    r"[Ff]ishers|[Ff]ishermen|[Gg]rowers|"
    # "Several panelists said", "oil-producing countries said": panels, and states at a negotiation.
    r"[Pp]anell?ists|[Jj]urors|[Aa]uthors|[Ll]eaders|[Dd]elegates|[Dd]elegations|[Nn]egotiators|[Mm]ediators|[Cc]ountries|[Nn]ations|[Gg]overnments|"
    # "…, the companies said Thursday, …": firms the story has named, speaking together.
    r"[Cc]ompanies|[Ff]irms|"
    # "Industry groups warn that …", "Rights groups say …": groups of no one name.
    r"[Gg]roups|"
    # "Lorry drivers' associations said": trade bodies of no one name.
    r"[Aa]ssociations|"
    # "… a Labour source said. Another said …": one more of the same unnamed voices.
    r"Another|Others)"
    # "residents and former councillors": a second group coordinated with the first.
    r"(?: and (?:[a-z][\w-]* ){0,2}[a-z][\w-]*s)?"
    # "residents who spoke to our correspondent said": how the group came to speak.
    r"(?: who (?:spoke|talked) (?:to|with) (?:(?:our|the|this|a) [a-z]+|(?:the )?[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,3})"
    # "commuters interviewed by The Citizen": a paper or broadcaster that heard them.
    r"| (?:interviewed|polled|surveyed|questioned|contacted|approached) by (?:the )?[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,3}"
    # "residents who have taken shelter at a school say": who they are, in a short relative clause.
    r"| who (?:have |had |are |were )?[a-z]+ [^,.;:“”\"]{1,60}?)?"
    # "residents in Motherwell", "lawyers for the state": where the group is, or whom it acts for.
    r"(?: (?:in|on|from|for|at|of|near) (?:the )?(?:[A-Za-z][\w’'-]* )?[A-Za-z][\w’'-]*"
    # "residents of Gulshan and North Karachi", "residents of several villages in Central Trinidad",
    # "residents of Nangan, the county seat,": places joined, where they lie, or what they are.
    # "residents in Whitstable, where a warning was in place for 41 days,": what happened there.
    # "leaders in Ida County and southern Estonia": a compass point or region before the second place.
    r"(?: (?:and|in) (?:the )?(?:(?:northern|southern|eastern|western|central|north|south|east|west) )?"
    r"(?:[A-Z][\w’'-]* ){0,2}[A-Z][\w’'-]*)?"
    # "groups in Podkarpackie and Warmia-Masuria provinces, where …,": the places' kind, then what happened.
    r"(?: (?:provinces|regions|districts|counties|states|villages|towns)(?=,))?"
    r"(?:, (?:the|a) [^,.;:“”\"]{1,40},"
    r"|, where [^,.;:“”\"]{1,100},)?"
    # "commuters at the Kimara and Gerezani terminals": the places' kind after their names.
    r"(?: [a-z]{3,}s)?"
    # "traders in the border district of Mchinji, near Zambia,": the place the area is named for, where it lies.
    r"(?: of [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)?(?:, (?:near|outside|close to) [A-Z][^,.;:“”\"]{1,40},)?)?"
    # "two sources familiar with the matter", "people briefed on the talks".
    r"(?: (?:familiar with|close to|briefed on|with knowledge of|involved in) (?:the |a |an )?[\w’'-]+(?: [\w’'-]+)?)?"
    # "Locals, however, said": a connective set off in commas; "City officials, who rely on the
    # ministry's grants, said": who they are, in a relative clause in commas.
    r"(?:, (?:however|meanwhile|though|too|in turn|for their part),|, who [^,.;:“”\"]{1,120},"
    # "Executives at two other firms, speaking on condition of anonymity, told …": why they go unnamed.
    r"|, (?:speaking|requesting|asking) (?:on (?:the )?condition of anonymity|anonymity|not to be named),)?"
    # "officials have repeatedly denied": an auxiliary, then an adverb.
    r"(?: (?:have|had|also|later))?(?: (?:repeatedly|consistently|previously|also|again|long|already))?\s*"
)
# "In Córdoba, car dealers said", "Regulators told reporters": any plural noun for people by what they
# do, in lower case ("Sanders said" may be a name), before a plain "said" or "told" only (what "shop
# owners had argued" is background, not what the story reports).
# "who spoke to", "interviewed by": the paper or broadcaster an unnamed group spoke to follows.
_HEARD_BY_BEFORE = re.compile(
    r"(?:\bwho (?:spoke|talked) (?:to|with)|\b(?:interviewed|polled|surveyed|questioned|contacted|approached) by)"
    r" (?:[Tt]he )?$"
)
_UNNAMED_AGENTS = re.compile(
    # The plural ends its word: "spokespers" in "spokesperson" is none.
    _UNNAMED_SUBJECT.pattern.replace("Another|Others)", "[a-z][a-z-]*(?:ers|ors|ists|ians|ants|ents|ees)\\b)")
)
# "Herders in Zavkhan said": the same plural opening the sentence, capitalised there (used only where no
# name the article gave starts: "Sanders said" after "Bernie Sanders" is him).
_UNNAMED_AGENTS_OPENING = re.compile(
    _UNNAMED_SUBJECT.pattern.replace("Another|Others)", "[A-Z][a-z-]*(?:ers|ors|ists|ians|ants|ents|ees)\\b)")
)
# Capitalised, the plural must say where the group is ("Herders in Zavkhan"): "Walters said" is a name.
_PLURAL_IN_PLACE = re.compile(r"[A-Z][a-z-]+s (?:in|from|at|near|across|around) ")
_PLAIN_SAID = frozenset(["said", "says", "say", "told", "tells"])
_LOWER_WORD_NEXT = re.compile(r"\s*[a-z]")
# "according to a study by the X", "according to data compiled by X": the source, not the document.
_SOURCE_DOCUMENT = re.compile(
    r"(?:(?:a|an|the|new|recent|latest|its|their|his|her|official|separate|annual|joint|preliminary) )*"
    # "a December report by …", "its 2024 survey": when it came out.
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:19|20)\d\d(?:-\d\d)?) )?"
    r"(?:[a-z][\w-]* )?(?:study|report|survey|poll|polling|data|figures|analysis|research|estimates|review|"
    r"paper|census|audit|forecast|projections|count|tally|statistics|scans|measurements|calculations|"
    r"findings|tracking|monitoring|modelling|modeling)"
    r"(?: (?:[a-z][\w-]* ){0,3}?(?:by|from)(?: the)? | |$)"
)
# "after the arrest that", "on the floor of the house that": an adverbial phrase with no punctuation,
# then "that" opening a clause (not "that was …", a relative clause on the phrase's noun).
# "announced in September that …", "found last year that …": when, then "that".
_WHEN_THEN_THAT = re.compile(
    # "announced after the game that …": after or before an event.
    r"(?:(?:in|on|during|earlier|late|early|last|this|after|before|following) [A-Za-z0-9 ]{1,30}?|earlier|later|"
    r"today|yesterday) that (?=[\w“\"‘'$€£¥₹])"
)
# "The regulator alleges the company paid …": an accusation's clause without "that", when a
# determiner's noun phrase and its finite verb follow ("alleged fraud", "alleges a breach" stay objects).
_ALLEGED_CLAUSE = re.compile(
    r" (?:the|a|an|its|his|her|their|this|that) (?:[\w’'-]+ ){1,3}?"
    r"(?:had|has|have|was|were|is|are|would|will|could|did|failed|paid|made|took|gave|kept|used|[a-z]+ed) "
)
_ALLEGING_VERBS = frozenset(["alleges", "alleged"])
_ADVERBIAL_THEN_THAT = re.compile(
    r"[^.;:,“”\"]{1,100}? that (?!(?:is|was|are|were|has|had|have|will|would|can|could)\b)"
    # "said during a floor debate that stretched past two hours": a verb right after "that" opens a
    # relative clause on the noun, not what was said.
    r"(?![a-z]{3,}ed\b)(?=[\w“\"‘'$€£¥₹])"
)
_LATE_ACCORDING = re.compile(
    r",? according to (?P<who>(?:[^,.]|(?<=\d),(?=\d)|(?<=[A-Z])\.|(?<=\d)\.(?=\d)|(?<=\b[A-Z][a-z])\.|"
    r"(?<=\b[A-Z][a-z]{2})\.|(?<=\b[A-Z][a-z]{3})\.)+)"
    # ", who supervised the scene." / ", the fifth decline in a row.": an appositive to the source or clause.
    r"(?:, (?:who|which|the|a|an) [^.]+)?\.?$"
)
# After a clause and its "according to" source, a second clause joined on: ", while officials said …".
_JOINED_AFTER_CUE = re.compile(
    r"[,”\"’]*\s+[^,.;:“”\"]{2,60}?\b(?:said|says|reported|reports|warned|warns|told [A-Za-z ]{1,30}?)"
    r"(?: on)?(?: (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day| today| yesterday)?, (?:while|whereas|and|but) "
)
_JOINED_AFTER_SOURCE = re.compile(r"[\s,.]*according to [^,.;:“”\"]{1,80}, (?:while|whereas|and|but) ")
_QUOTED_AS_SAYING = re.compile(r"\b(?:quoted|cited) (?P<who>[^.;:“”\"]{1,120}?) as saying,?(?: that)? ")
_MID_ACCORDING = re.compile(
    r", according to (?P<who>(?:[^,.]|(?<=\d),(?=\d)|(?<=[A-Z])\.|(?<=\d)\.(?=\d))+), "
    r"(?P<joined>(?:and|but|while|as|whereas) )?[^.]+\.?$"
)
# "…, according to Iranian media, in what would be the first such visit.": a phrase on the clause
# before the source, not a clause of its own.
_ADJUNCT_AFTER_SOURCE = re.compile(r"(?:in|amid|with|despite|after|following) (?:what|a|an|the)\b")
_LOWER_WORDS = re.compile(r"[a-z]+")
_WHEN_SAID = frozenset(["after", "following", "during"])
_PARTICIPLE_NEXT = re.compile(
    r", (?:adding|saying|noting|warning|insisting|arguing|stressing|describing|calling) "
)
_WRITTEN_IN = frozenset(
    # "…, the centre said in its 5 a.m. advisory.": an agency's notices too.
    [
        *(
            "filing",
            "letter",
            "report",
            "post",
            "note",
            "email",
            "memo",
            "submission",
            "advisory",
            "bulletin",
        ),
        # "…, the company said in a statement to the Abu Dhabi Securities Exchange (ADX) on Tuesday."
        *("statement", "review", "update", "outlook", "release", "briefing", "assessment", "resolution"),
    ]
)
_LEADING_ACCORDING = re.compile(r"(?:[A-Z][a-z]+ )?[Aa]ccording to ")
# "As Zenpost has reported, the city in 2019 became …": the outlet or person whose report the clause is.
_AS_REPORTED = re.compile(
    r"As (?P<who>(?:the )?[A-Z][^,.;:“”\"]{1,60}?) (?:has |had |have )?(?:reported|revealed|written), (?=[\w“\"‘'])"
)
_JOINED_ACCORDING = re.compile(r"[,;] (?:but|and|while|yet|though|although) (?=according to [^,.;:]{1,80}, )")
_SHORT_APPOSITIVE = re.compile(r",[^,]{1,80},(?=\s)")
# ", inspectors from the ministry,": a plural noun, maybe where it is from; no participle.
_PLURAL_THEN_PHRASE = re.compile(
    r", (?:(?:the|some|two|three|four|five|several|many) )?[a-z]+s (?:from|of|at|in) "
)
_PERSON_APPOSITIVE = re.compile(r", (?:a|an|the) [a-z][^,;:“”\"]{1,160} who [^,;:“”\"]{1,80},(?=\s)")
_DESCRIBED_BODY = re.compile(
    r", (?:a|an) (?:[\w-]+ ){0,3}(?:nonprofit|non-profit|charity|group|organi[sz]ation|firm|company|think tank|"
    r"watchdog|body|agency|consultancy|coalition|network|institute|NGO|association|union|foundation|"
    r"campaign|project|initiative|platform|lab|laboratory|centre|center) (?:that|which|who) "
)
_CUE_VERBS = _CLAUSE_VERBS | _THAT_ONLY_VERBS | _TRAILING_VERBS | _LISTENER_VERBS


_DESCRIBED_SOURCE = re.compile(
    r"(?:(?:the|a|an) )?(?:[a-z][\w-]* ){0,3}(?:firm|company|group|consultancy|agency|tracker|provider|"
    r"organisation|organization|body|regulator|charity|union|association|federation|lobby|institute|"
    r"think tank|watchdog|network|alliance|coalition|foundation|trust) "
)


# "the provincial Department of Education": a name after "the" and a word or two that describe it.
_THE_DESCRIBED = re.compile(r"the (?:[a-z][\w-]* ){1,2}")


# " statement ", " press release ": a document between its issuer's name and the trailing verb.
_ISSUED_DOCUMENT = re.compile(r" (?:joint |press |written |separate )?(?:statement|release|communiqu[eé]) ")


def _named_at(speakers: _Speakers, position: int) -> Reference | None:
    """The reference at ``position``, or the name right after "the" and its describing words there."""
    found = speakers.starting_at(position)
    if found is None and speakers.body.startswith("the ", position):
        found = speakers.starting_at(position + 4)
        described = _THE_DESCRIBED.match(speakers.body, position) if found is None else None
        if described is not None:
            named = speakers.starting_at(described.end())
            found = named if named is not None and named.kind == "name" else None
    if found is None:
        # "Oman's Ministry of Foreign Affairs said": past the country's possessive, the body it names.
        country = _COUNTRY_POSSESSIVE.match(speakers.body, position)
        named = speakers.starting_at(country.end()) if country is not None else None
        if named is not None and named.type == "organisation" and named.kind == "name":
            found = named
    if found is None and (honorific := _HONORIFIC_AT.match(speakers.body, position)) is not None:
        # "…, Mr Dharejo added.": the name past its honorific.
        named = speakers.starting_at(honorific.end())
        found = named if named is not None and named.type == "person" and named.kind == "name" else None
    if (found is None or found.type == "place") and speakers.body[position : position + 1].isalpha():
        # "…, Kharkiv Mayor Jane Roe wrote.": the place names the post, its holder speaks.
        found = _titled_name_at(speakers, position) or found
    return found


# "…, regional Governor Jane Roe said.": up to two lower-case words, then title words, then the name.
_TITLE_THEN_NAME = re.compile(r"(?:[a-z][\w-]* ){0,2}(?P<title>(?:[A-Z][\w.’'-]* ){1,3})")


def _titled_name_at(speakers: _Speakers, position: int) -> Reference | None:
    """The person named right after title words at ``position`` ("regional Governor Jane Roe")."""
    titled = _TITLE_THEN_NAME.match(speakers.body, position)
    if titled is None:
        return None
    at = titled.start("title")
    has_head = False
    words = titled.group("title").split()
    for number, word in enumerate(words):
        named = speakers.starting_at(at)
        if (
            number == 0
            and len(words) > 1
            and words[1].rstrip(".") in TITLE_HEADS
            and (named is None or (named.type == "place" and named.end == at + len(word)))
        ):
            at += len(word) + 1  # "Kharkiv Mayor Jane Roe": the place whose post it is, like "Polish"
            continue
        if named is not None:
            return named if has_head and named.type == "person" and named.kind == "name" else None
        bare = word.rstrip(".")
        if (
            bare not in TITLE_HEADS
            and bare not in TITLE_MODIFIERS
            and not (
                at == titled.start("title") and _is_nationality(bare)  # "Polish Interior Minister Jane Roe"
            )
        ):
            return None
        has_head = has_head or bare in TITLE_HEADS
        at += len(word) + 1
    named = speakers.starting_at(at)  # "Polish Interior Minister Jane Roe": three title words, then the name
    return (
        named if has_head and named is not None and named.type == "person" and named.kind == "name" else None
    )


def _is_nationality(word: str) -> bool:
    """ "Polish", "Kenyan", "Japanese": a nationality adjective (a capitalised word no name holds)."""
    return word in NOT_NAMES and len(word) > 3 and word.endswith(("an", "ish", "ese", "ian", "ch", "i"))


# "according to Sgt. Ruth Roe": the rank's abbreviation, then the name.
# "according to Lt. Col. Jane Roe", "according to Dr Jane Roe": abbreviated ranks and courtesy forms.
_RANK_BEFORE_NAME = re.compile(r"(?:(?:[A-Z][a-z]{1,4}\.|Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame) )+")


# "according to official results released on Monday by X": a document, when and how it came out, its author.
_RELEASED_BY = re.compile(
    r"(?:(?:the|new|official|final|preliminary|provisional|latest|partial) )*(?:[a-z-]+ )?"
    r"(?:results|figures|data|estimates|statistics|count|tally|report|study|survey|documents?)"
    r" (?:released|published|issued|compiled|announced|provided|gathered|shared)[^,.;:“”\"]{0,40}? (?:by|from) (?:the )?"
)
# "a circular issued by its regional office": a notice from a unit of the body "its" stands for.
_ISSUED_BY_ITS = re.compile(
    r"(?:an?|the) (?:[a-z-]+ )?(?:circular|notice|notification|directive|order|memo|statement|letter)"
    r" (?:issued|released|published|sent|signed) by its "
)
_COUNTRY_POSSESSIVE = re.compile(r"[A-Z][\w-]*(?: [A-Z][\w-]*)?[’']s ")
# "according to a note to clients he co-wrote": the document, then its author.
_AUTHORED_DOCUMENT = re.compile(
    r"(?:an?|the|their|his|her|its) (?:[\w-]+ )?(?:note|report|memo|letter|analysis|study|paper|post)"
    r"(?: to (?:clients|investors|customers))? (?:that )?"
)
_AUTHOR_VERB = re.compile(r" (?:co-)?(?:wrote|authored|published|sent|prepared|signed)\b")
# "a Reuters survey", "the IMF's latest estimates": a document a body's name qualifies.
# "according to a 2025 ICIMOD assessment": the year the document came out may stand before its owner.
# "the bourse's", "the regulator's": a body by what it is, owning the document after it.
_DESCRIBED_OWNER = re.compile(
    r"the (?P<noun>bourse|exchange|regulator|lender|bank|company|ministry)(?=[’']s )"
)
_DESCRIBED_DOCUMENT = re.compile(
    r"[’']s (?:[a-z][\w-]* ){0,3}(?:report|data|figures|statistics|survey|statement|filing|bulletin)\b"
)
# The words of an organisation's name that a description of it stands for.
_DESCRIBED_NAME_WORDS = {
    "bourse": ("exchange", "bourse", "börse"),
    "exchange": ("exchange",),
    "lender": ("bank",),
    "bank": ("bank",),
    "regulator": ("authority", "commission", "regulator", "regulatory"),
    "company": ("company", "ltd", "plc", "inc", "corp", "corporation", "group", "jsc"),
    "ministry": ("ministry",),
}


def _last_org_called(speakers: _Speakers, noun: str, position: int) -> Reference | None:
    """The organisation named last before ``position`` whose name has a word the description ``noun``
    stands for."""
    words = _DESCRIBED_NAME_WORDS[noun]
    index = bisect.bisect_left(speakers.starts, position) - 1
    while index >= 0:
        reference = speakers.references[index]
        index -= 1
        if (
            reference.type == "organisation"
            and reference.kind == "name"
            and reference.key
            and any(word in reference.key.split() for word in words)
        ):
            return reference
    return None


_ARTICLE_YEAR = re.compile(r"(?:[Tt]he|[Aa]n?) (?:(?:19|20)\d\d )?")
_OWNED_DOCUMENT = re.compile(
    r"(?:[’']s)? (?:[a-z][\w-]* )?(?:survey|poll|tally|count|analysis|assessment|calculations?|estimates?|review|data|"
    r"figures|report|study|census|audit|forecast|projections|statistics)\b"
)


# "according to a statement from the office of Mobility Minister Jane Roe": the office speaks for her.
_FROM_OFFICE_OF = re.compile(
    r"(?:an? |the )?(?:[a-z]+ )?(?:statement|release|note|letter|communiqu[eé]) (?:from|by|issued by) "
    r"(?:the )?office of (?:the )?"
)


def _according_source(speakers: _Speakers, position: int) -> Reference | None:
    """Who stands after "according to" at ``position``, past "a study by" and the like."""
    office = _FROM_OFFICE_OF.match(speakers.body, position, position + 80)
    if office is not None:
        holder = _named_after_capitals(speakers, office.end(), office.end() + 100)
        if (
            holder is not None
            and holder.kind == "name"
            and holder.key
            # "the office of Brussels Mobility Minister Jane Roe": a post's words before her name.
            and any(w in TITLE_HEADS for w in speakers.body[office.end() : holder.start].split())
        ):
            return holder
    own = _ISSUED_BY_ITS.match(speakers.body, position, position + 80)
    if own is not None:
        # "according to a circular issued by its regional office": the body "its" stands for.
        owner = speakers.starting_at(own.end() - 4)
        if owner is not None and owner.type == "organisation" and owner.key:
            return owner
    described = _DESCRIBED_OWNER.match(speakers.body, position)
    if described is not None and _DESCRIBED_DOCUMENT.match(speakers.body, described.end()):
        # "according to the bourse's weekly market report": the exchange the story named.
        owner = _last_org_called(speakers, described.group("noun").lower(), position)
        if owner is not None:
            return owner
    article = _ARTICLE_YEAR.match(speakers.body, position)
    if article is not None:
        # "according to a Reuters survey": the body whose name qualifies the document made it.
        owner = speakers.starting_at(article.end())
        if (
            owner is not None
            and owner.type == "organisation"
            and owner.kind == "name"
            and _OWNED_DOCUMENT.match(speakers.body, owner.end)
        ):
            return owner
    document = _SOURCE_DOCUMENT.match(speakers.body, position, position + 80) or _RELEASED_BY.match(
        speakers.body, position, position + 120
    )
    if document and document.group().rstrip().endswith((" by", " from", " by the", " from the")):
        # "according to a report by the Rivers Trust": the author, not whoever "a report" would resolve to.
        at = document.end()
        author = speakers.starting_at(at)
        if author is None:
            # "results released by Peru's National Office of …": past the country's possessive;
            # "estimates from market research firm AppScope": past what the source is.
            country = _COUNTRY_POSSESSIVE.match(speakers.body, at) or _DESCRIBED_SOURCE.match(
                speakers.body, at, at + 80
            )
            author = speakers.starting_at(country.end()) if country else None
        if author is not None and author.kind == "name":
            return author
        body_described = speakers.starting_at(at - 4) if document.group().endswith(" the ") else None
        if (
            body_described is not None
            and body_described.kind == "descriptor"
            and body_described.type == "organisation"
        ):
            return body_described  # "according to data shared by the civic body": the body it stands for
    authored = _AUTHORED_DOCUMENT.match(speakers.body, position, position + 80)
    if authored:
        author = speakers.starting_at(authored.end())
        if author is not None and author.type is not None and _AUTHOR_VERB.match(speakers.body, author.end):
            return author
    found = speakers.starting_at(position)
    if found is not None and found.kind == "descriptor":
        # "according to the statistics agency IBGE": the name that follows the description.
        named = speakers.starting_at(found.end + 1)
        if named is not None and named.kind == "name" and speakers.body[found.end] == " ":
            return named
    if found is None and speakers.body.startswith("the ", position):
        found = speakers.starting_at(position + 4)  # "according to the U.S. Forest Service"
    if found is None or found.type == "place":
        # "according to Kraków's Public Transport Authority": past the place's possessive, its body.
        country = _COUNTRY_POSSESSIVE.match(speakers.body, position, position + 40)
        named = speakers.starting_at(country.end()) if country is not None else None
        if named is not None and named.type == "organisation" and named.kind == "name":
            found = named
    if found is None:
        rank = _RANK_BEFORE_NAME.match(speakers.body, position, position + 30)
        found = speakers.starting_at(rank.end()) if rank else None
    if found is None:
        document = _SOURCE_DOCUMENT.match(speakers.body, position, position + 80)
        if document and document.end() > position:
            found = speakers.starting_at(document.end())
    if found is None:
        described = _DESCRIBED_SOURCE.match(speakers.body, position, position + 80)
        if described:
            found = speakers.starting_at(described.end())  # "according to market research firm IDC"
    return found


# One unnamed person, whom the next sentence may name: "the daughter of one of the victims".
_UNNAMED_ONE = re.compile(
    # "In Leeds, West Yorkshire, a 67-year-old man …": up to two place phrases before.
    r"(?:(?:[A-Z][^,.;]{1,30}, ){0,2}"
    # "At Good Shepherd Hospital in Siteki, where most cases were sent, a nurse …": where, and what happens there.
    r"|(?:In|At|Outside|Elsewhere in) [^,.;:“”\"]{1,60}, where [^,.;:“”\"]{1,80}, )"
    r"(?P<article>[Tt]he|[Aa]n?|[Oo]ne|His|Her|Their) (?:[a-z\d-]+(?:[’']s)? ){0,2}"
    r"(?:daughter|son|wife|husband|"
    r"mother|"
    r"father|sister|brother|neighbou?r|friend|relative|resident|colleague|partner|widow|widower|woman|man|"
    r"girl|boy|patient|pensioner|mum|dad|grandmother|grandfather|"
    # "A commercial motorcyclist who witnessed the crash told …": one unnamed by what he does or saw.
    r"witness|bystander|passer-by|motorcyclist|motorist|driver|rider|pedestrian|passenger|commuter|trader|"
    r"vendor|shopkeeper|farmer|fisherman|nurse|teacher|student|worker|employee|customer)"
    r"(?: of [a-z ]{1,40})?"
    # "A woman who has waited two years for surgery says …": the next sentence names her.
    r"(?: who [^,.;:“”\"]{1,120}?)?"
    # "…, but asked not to be named for fear of reprisal,": why he is not named, in commas.
    r"(?:, (?:but |and )?(?:asked|requested|spoke|declined) [^,.;:“”\"]{1,100},)?"
    # "The victim's mother, who asked not to be named, told …": one the story leaves unnamed on purpose.
    r"(?:(?P<anonymous>, who (?:asked|requested|declined|did not want|spoke on condition)[^,.;:“”\"]{1,100},)"
    # "One elderly neighbour, who sang with her band in the 1970s, said …": what the unnamed one did.
    r"|, who [^,.;:“”\"]{1,120},)?\s*"
)


# A phrase of time: "hours before …", "a day after …", "two weeks after …".
_TIME_PHRASE = re.compile(
    r"(?:\w+ )?(?:hours|days|weeks|minutes|months|years|a day|a week|a month|shortly|just|soon) (?:before|after)\b"
)
# After a comma: a phrase of time or a participle ("blaming …").
_ADJUNCT_OPENING = re.compile(rf"{_TIME_PHRASE.pattern}|[a-z]+ing\b")
# "as some ministers have suggested", "as analysts had expected": who else thought so, after the clause.
_AS_ASIDE = re.compile(r"as [^,;:“”\"]{1,60} (?:have|has|had|long|previously)\s*")
# "Hong Kong's housing minister has insisted": a post of a place, its holder not yet named.
_PLACE_ROLE = re.compile(
    r"[A-Z][\w-]+(?: [A-Z][\w-]+)?[’']s (?:[a-z][\w-]* ){0,2}?(?P<role>[a-z]+) (?:(?:has|have|had|also) )?"
)


def _space_after(body: str, position: int) -> int:
    skipped = 0
    while position + skipped < len(body) and body[position + skipped] in " \n":
        skipped += 1
    return skipped


# "…, overriding neighbours who said the tower …": an unnamed group in mid-sentence, then its words.
_UNNAMED_WHO = re.compile(
    r"\b(?:officials|residents|neighbou?rs|critics|campaigners|experts|analysts|opponents|protesters|"
    r"people|workers|parents|teachers|doctors|activists|families|witnesses) who (?:have |had )?$"
)


# "A spokesman for the Prime Minister said": one unnamed voice for a post, not for an organisation.
_UNNAMED_SPOKESPERSON = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Oo]ne) (?:senior )?(?:spokes(?:man|woman|person)|aide|source) (?:for|to|close to) "
    # "for the Prime Minister", "for the summit presidency": an office, not a named organisation.
    r"(?:the )?(?:(?:[A-Z][\w-]+ ){1,3}(?:(?:presidency|secretariat|office|team|campaign) )?"
    # "for the governor's office": the office of a post the story names in lower case.
    r"|[a-z]+[’']s (?:office|team|campaign) )\s*"
)


# "A Larkspur spokesperson said": a body called by the first words of its name; its spokesperson speaks for it.
_SHORT_NAME_SPOKESPERSON = re.compile(
    r"(?:[Aa]n?|[Tt]he) (?P<name>[A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2}) spokes(?:man|woman|person)\s*"
)


# "A central bank official, who spoke on condition of anonymity, said": one voice, unnamed on purpose;
# "A senior Northern Valley Railway official": up to four words for rank and organisation.
_UNNAMED_OFFICIAL = re.compile(
    r"(?:(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:[\w-]+ ){0,4}(?:official|source|diplomat|insider|aide|executive|shareholder|"
    r"investor|analyst|trader|banker|employee|researcher|lawmaker|negotiator|leader|functionary|adviser|advisor|person|member|delegate|"
    r"envoy|spokes(?:man|woman|person))"
    # "One of the people familiar with the deal said": one of several unnamed sources.
    r"|(?:[Oo]ne|[Aa]nother) of (?:the|those) (?:[\w-]+ )?(?:people|sources|officials|delegates))"
    # "An Egyptian official familiar with the negotiations", "A senior official of the board".
    r"(?: (?:of|at|from|in|within|inside|close to|familiar with|involved in|briefed on) [^,“”\"]{1,60}?)?"
    # ", who asked not to be named because …,", ", requesting anonymity,"; "who asked not to be named"
    # without commas too.
    r"(?:,? (?:who|speaking|requesting|declining|asking|citing|granted|given|on condition) [^,“”\"]{1,140}?,?)?"
    # "An official who was at the talks, however, said": an adverb set off by commas.
    r"(?: (?:however|meanwhile|though|too|also|separately),)?\s*"
    # "…, an official has said.": the perfect's auxiliary before the verb.
    r"(?:(?:has|had) )?"
)


# "…, the affidavit says.": a document no one is named as having issued.
_UNNAMED_DOCUMENT = re.compile(
    r"(?:[Tt]he|[Aa]n?) (?:[a-z-]+ ){0,2}(?:affidavit|complaint|indictment|lawsuit|filing|document|memo|"
    r"report|study|survey|ruling|judgment|judgement|order|letter|notice|petition|charge sheet|warrant"
    # "A joint statement released by the three delegations said": issued by several, none of them named.
    r"|statement (?:released|issued|signed|published) by (?:the )?(?:two|three|four|five|several|all|both) "
    r"(?:[a-z-]+ )?[a-z-]+s)\s*"
)


# "However, some in the industry warn that …": part of a trade or a body, unnamed.
_SOME_IN = re.compile(
    r"(?:(?:But|And|However|Meanwhile|Yet|Still),? )?(?:[Ss]ome|[Mm]any|[Oo]thers) (?:in|at|within|across|inside) "
    r"(?:the )?[a-z]+(?: [a-z]+)?\s*"
)


# "Residents were divided. Some said …, while others said …": some of a group just described.
_SOME_ALONE = re.compile(
    r"(?:(?:But|And|However|Meanwhile|Yet|Still),? )?(?:[Ss]ome|[Mm]any|[Ss]everal|[Oo]thers)\s*"
)


def _unnamed(body: str, start: int, end: int) -> bool:
    """Is ``body[start:end]`` an unnamed group of people ("opposition councillors ")?"""
    return (
        _UNNAMED_SUBJECT.fullmatch(body, start, end) is not None
        or _SOME_IN.fullmatch(body, start, end) is not None
        or _SOME_ALONE.fullmatch(body, start, end) is not None
        or _UNNAMED_DOCUMENT.fullmatch(body, start, end) is not None
        or _UNNAMED_SPOKESPERSON.fullmatch(body, start, end) is not None
        or _UNNAMED_OFFICIAL.fullmatch(body, start, end) is not None
        or _ANONYMOUS_ONE.fullmatch(body, start, end) is not None
        or _ONE_OF_THEM.fullmatch(body, start, end) is not None
    )


# "Former students paid tribute. One, now a lecturer at Koya University, wrote …", "Another said …": one of
# a group just named, unnamed, maybe described in commas.
_ONE_OF_THEM = re.compile(r"(?:(?:But|And),? )?(?:One|Another)(?:, [^,.;:“”\"]{1,100},)?\s*")


# "But a driver with 22 years' service, who asked not to be named for fear of victimisation, said": whoever
# the words describe, the person asked not to be named.
_ANONYMOUS_ONE = re.compile(
    r"(?:(?:But|And|However|Meanwhile|Yet|Still),? )?(?:[Aa]n?|[Oo]ne|[Aa]nother) [^,.;:“”\"]{1,80}, (?:and )?who "
    r"(?:asked|requested|declined|did not want|spoke on condition)[^,.;:“”\"]{1,120}, "
)


# A sentence's subject that no reference covers: a name the mention finder missed ("Ana Roe-Diaz of
# Chile, who chairs the group, said"), or a description it did not resolve ("The power utility said").
_UNRESOLVED_SUBJECT = re.compile(
    # "In a statement, the Health Service Executive said": where it was said, set before the subject.
    r"(?:In (?:a|an|its|their|his|her) (?:[a-z]+ )?(?:statement|report|letter|interview|post|filing|release)"
    r"(?: [^,.;:“”\"]{1,40})?, "
    # "However, the Vita Royal House … says": a conjunction before the subject.
    r"|(?:However|But|Meanwhile|Yet|Still),? "
    # "In Bengaluru, Karnataka's Water Resources Minister told reporters": where, before the subject.
    r"|In [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?, )?(?:the (?=[A-Z]))?"
    # "The regional administration", "The Kherson regional administration": a description.
    r"(?:[Tt]he (?:[A-Z][\w-]+ )?(?:[a-z][\w-]* )?[a-z][\w-]*"
    # "Ukraine's military", "Acme's board": a description of a country's or organisation's body.
    r"|[A-Z][\w-]+(?: [A-Z][\w-]+){0,2}[’']s (?:[a-z][\w-]* )?[a-z][\w-]*"
    # "Denmark has gone furthest. Its government announced …": a body of a place, by a possessive pronoun.
    r"|(?:Its|Their) (?:[a-z][\w-]* )?[a-z][\w-]*"
    # A name of two to four words, or one with a hyphen ("Roe-Diaz"): one capitalised word alone is as
    # often a common noun opening a headline ("Union says …") or a sentence ("Forecasters said …").
    # (A capital may be accented: "Uisce Éireann".)
    r"|[A-Z][\w’'-]+(?: [A-ZÀ-ÖØ-Þ][\w’'-]+){1,3}(?: of [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)?"
    r"|[A-Z][a-z’']+-[A-Z][\w’'-]+)"
)
_SAID_VERBS = frozenset(["said", "says", "say", "told", "tells", "warned"])
# "The Prosecution confirmed to BIRN that …": verbs as plainly reporting as "said", for a subject no
# reference stands for.
_PLAIN_REPORTING = frozenset(["confirmed", "confirms", "announced", "announces", "stated", "states"])
# "In a statement, the Health Service Executive said" in an article that calls it "the HSE": a name
# no reference covers, whose capitals spell the acronym of an organisation the article names.
_SPELLED_SUBJECT = re.compile(
    r"(?:In (?:a|an|its|their|his|her) (?:[a-z]+ )?(?:statement|report|letter|interview|post|filing|release)"
    r"(?: [^,.;:“”\"]{1,40})?, )?(?:[Tt]he )?"
    r"(?P<name>[A-Z][\w’'-]+(?: (?:(?:of|and|for|on|the) )*[A-Z][\w’'-]+){1,6})\s*"
)


def _spelled_out_org(speakers: _Speakers, start: int, verb_start: int) -> Reference | None:
    """The organisation whose acronym the capitals of the sentence's unresolved subject spell."""
    match = _SPELLED_SUBJECT.fullmatch(speakers.body, speakers.past_dateline(start), verb_start)
    if match is None:
        return None
    initials = "".join(word[0] for word in match.group("name").split() if word[0].isupper())
    return speakers.spelled_by(initials) if len(initials) >= 2 else None


_ACRONYM_WORD = re.compile(r"[A-Z][a-z]{2,7}(?=[\s,])")


def _acronym_word_org(speakers: _Speakers, start: int, verb_start: int) -> Reference | None:
    """ "Rera, the regulatory arm of the DLD, said" after "the Real Estate Regulatory Agency": an acronym
    written as a word (as "Nato", "Unicef" are), opening the sentence, for the organisation it spells."""
    opening = speakers.past_dateline(start)
    word = _ACRONYM_WORD.match(speakers.body, opening, verb_start)
    if word is None or _SUBJECT_GAP.fullmatch(speakers.body, word.end(), verb_start) is None:
        return None
    initials = word.group().upper()
    found: Reference | None = None
    for reference in speakers.references:
        if reference.type != "organisation" or reference.kind != "name" or reference.start >= opening:
            continue
        if "".join(w[0] for w in reference.text.split() if w[0].isupper()) == initials:
            if found is not None and found.key != reference.key:
                return None
            found = reference
    return found


# "…, the regional administration said.": a description after a trailing cue's comma that no reference
# stands for.
_UNRESOLVED_TRAILING = re.compile(r"the (?:[A-Z][\w-]+ )?(?:[a-z][\w-]* )?[a-z][\w-]*\s*")


def _unresolved_trailing(body: str, start: int, verb_start: int, verb: str) -> bool:
    """Is ``body[start:verb_start]`` a description no reference stands for, before a plain "said"?"""
    words = _UNRESOLVED_TRAILING.fullmatch(body, start, verb_start) if verb in _SAID_VERBS else None
    return words is not None and not any(w in _PRONOUN_WORDS for w in words.group().split())


def _unresolved_subject(speakers: _Speakers, start: int, verb_start: int, verb: str) -> bool:
    """Does the sentence open with a subject no reference stands for, then a plain reporting verb?"""
    if verb not in _SAID_VERBS and verb not in _PLAIN_REPORTING:
        return False
    opening = speakers.past_dateline(start)
    words = _UNRESOLVED_SUBJECT.match(speakers.body, opening, verb_start)
    # The subject itself, past a set-off opening ("In a statement this afternoon, "), has no pronoun.
    if words is None or any(w in _PRONOUN_WORDS for w in words.group().rsplit(", ", 1)[-1].split()):
        return False
    return _SUBJECT_GAP.fullmatch(speakers.body, words.end(), verb_start) is not None


_PRONOUN_WORDS = frozenset(
    ["he", "she", "they", "it", "we", "you", "i", "who", "which", "that", "this", "did", "does", "do", "not"]
)
_BULLET = re.compile(r"[-–—•*▪] +")
# "…, while several member states said …": an unnamed group that opens a second clause of the sentence.
# "… marked as completed even though residents said …": a concession's own subject, with or without a comma.
_JOINED_CLAUSE = re.compile(
    r"(?:, (?:while|whereas|but|and|as|even as)|;|,? (?:even though|although|though)) "
)


def _joined_unnamed(body: str, floor: int, verb_start: int) -> bool:
    """Does an unnamed group (_UNNAMED_SUBJECT) stand right before the verb, after a clause joiner?"""
    joiners = list(_JOINED_CLAUSE.finditer(body, max(floor, verb_start - 90), verb_start))
    return bool(joiners) and _UNNAMED_SUBJECT.fullmatch(body, joiners[-1].end(), verb_start) is not None


# ", which supplies the city,": what the body is, in a relative clause in commas.
_ORG_RELATIVE_GAP = re.compile(r"(?:, which [^,.;:“”\"]{1,120},)?\s*")


def _officials_at(speakers: _Speakers, start: int, verb_start: int) -> bool:
    """Does the sentence open on "Officials at ORG" right before its verb?"""
    head = _UNNAMED_PLURAL_HEAD.match(speakers.body, speakers.past_dateline(start), verb_start)
    found = speakers.starting_at(head.end()) if head is not None else None
    return (
        found is not None
        and found.type == "organisation"
        and _ORG_RELATIVE_GAP.fullmatch(speakers.body, found.end, verb_start) is not None
    )


# "Malaysia's national news agency ", "state broadcaster ": what the body named next is.
# (Not "the head of the ": a post at the body, whose holder speaks.)
_DESCRIPTION_BEFORE_ORG = re.compile(
    r"(?:the )?(?:[A-Z][\w-]*[’']s )?(?:(?!(?:of|for|at|to|with|from|by|in|on|the)\b)[a-z][\w-]* ){1,4}"
)


def _described_org_before(speakers: _Speakers, start: int, verb_start: int) -> Reference | None:
    """The organisation named right before the verb after a lower-case description of it."""
    index = bisect.bisect_left(speakers.starts, start)
    while index < len(speakers.references) and speakers.references[index].start < verb_start:
        found = speakers.references[index]
        if (
            found.type == "organisation"
            and found.kind == "name"
            and found.end == verb_start - 1
            and _DESCRIPTION_BEFORE_ORG.fullmatch(speakers.body, start, found.start) is not None
        ):
            return found
        index += 1
    return None


# ',” said': a direct quote's closing mark right before the verb; what follows names the speaker.
_QUOTE_TAG_BEFORE = re.compile(r",?[”\"] $")


def _indirect(
    body: str, sentence: Sentence, speakers: _Speakers, direct: _DirectQuotes
) -> QuoteRecord | None:
    bullet = _BULLET.match(sentence.text)
    if bullet is not None:
        # "- Residents say they cannot cope.": a summary bullet; its sentence starts after the marker.
        sentence = Sentence(sentence.start + bullet.end(), sentence.end, sentence.text[bullet.end() :])
    text = sentence.text
    has_according = "ccording to " in text
    according = _LEADING_ACCORDING.match(text) if has_according else None
    if according:
        subject = _according_source(speakers, sentence.start + according.end())
        after = according.end()
        if subject is not None:
            # Skip the speaker's appositive: "According to Jane Roe, chief executive of Acme, …".
            after = subject.end - sentence.start
            appositive = _SHORT_APPOSITIVE.match(text, after)
            described = None
            if subject.type == "person":
                # "According to Dr Jane Roe, a biologist at Acme who has studied the beds since 2019, …":
                # a person described at length, who clause and all.
                described = _PERSON_APPOSITIVE.match(text, after)
                appositive = described or appositive
            if (
                appositive
                and len(text[appositive.end() :].split()) >= 4
                # "According to the company, the attackers exploited a flaw, …": a clause, no appositive;
                # "According to Acme, a nonprofit that tracks exposed devices, …" describes the source.
                and (
                    described is not None
                    or not _has_finite_verb(text, appositive.start(), appositive.end())
                    or _DESCRIBED_BODY.match(text, appositive.start(), appositive.end()) is not None
                )
                # "According to the statement, inspectors from the ministry, in coordination with the
                # police, seized …": a document's "appositive" of plain words, then a phrase, is the
                # clause's subject ("the report, published on Monday," does describe it).
                and not (
                    subject.kind == "document"
                    and _PLURAL_THEN_PHRASE.match(text, appositive.start())
                    and _PREPOSITION_START.match(text, appositive.end() + 1)
                )
            ):
                after = appositive.end() - 1
        comma = text.find(", ", after)
        if comma > 0:
            return _clause_record(
                body, sentence.start + comma + 2, sentence.end, subject, "according to", direct
            )
    if text.startswith("As ") and (reported := _AS_REPORTED.match(text)) is not None:
        who = _named_at(speakers, sentence.start + reported.start("who"))
        if who is not None and who.end != sentence.start + reported.end("who"):
            who = None
        return _clause_record(body, sentence.start + reported.end(), sentence.end, who, "reported", direct)
    joined = _JOINED_ACCORDING.search(text) if has_according and according is None else None
    if joined is not None:
        # "It named no suspects, but according to documents seen by BIRN, investigators have …": the
        # second clause opens with its source, as a sentence of its own would.
        rest = Sentence(sentence.start + joined.end(), sentence.end, text[joined.end() :])
        found = _indirect(body, rest, speakers, direct)
        if found is not None:
            return found
    late = _LATE_ACCORDING.search(text) if has_according else None
    if late is None and has_according:
        # "Inflation slowed to 4.4%, according to the statistics agency, inside the target range.":
        # the source in mid-sentence, then a phrase with no verb of its own.
        late = _MID_ACCORDING.search(text)
        if (
            late is not None
            and not late.group("joined")
            and _has_finite_verb(text, late.end("who"), len(text))
            and not _ADJUNCT_AFTER_SOURCE.match(text, late.end("who") + 2)
        ):
            late = None
    if late:
        subject = _according_source(speakers, sentence.start + late.start("who"))
        if not _CUE_VERBS.isdisjoint(_LOWER_WORDS.findall(text, 0, late.start())):
            # "Roe told staff that …, according to an internal memo": the memo only shows what Roe said;
            # "Roe said emissions must fall …, according to the UN's panel": the panel is Roe's source.
            before = Sentence(sentence.start, sentence.start + late.start(), text[: late.start()])
            found = _indirect(body, before, speakers, direct)
            # "The report also found that …, according to the Commission": the source named after
            # speaks for the document, whoever the document alone would be read as.
            if (
                found is not None
                and (subject is None or found.speaker_key is not None)
                and (
                    subject is None
                    or not _UNNAMED_FINDING.match(body, speakers.past_dateline(sentence.start))
                )
            ):
                return found
        return _clause_record(
            body,
            speakers.past_dateline(sentence.start),
            sentence.start + late.start(),
            subject,
            "according to",
            direct,
        )
    if " as saying " in text:
        quoted = _QUOTED_AS_SAYING.search(text)
        if quoted is not None:
            # "Xinhua quoted an unnamed official as saying that …": the one quoted speaks, if named.
            source = _named_at(speakers, sentence.start + quoted.start("who"))
            if source is not None and source.end > sentence.start + quoted.end("who"):
                source = None
            return _clause_record(body, sentence.start + quoted.end(), sentence.end, source, "saying", direct)
    words = _LOWER_WORDS.findall(text)
    if _CUE_VERBS.isdisjoint(words) and not ("put" in words and " it to " in text):
        if _SHOWN_VERBS.isdisjoint(words):
            return None
        return _shown_by_records(speakers, sentence, speakers.past_dateline(sentence.start), direct)
    middle = _MID_CUE.search(text)
    if middle:
        rest_start = sentence.start + middle.start("rest")
        rest_end = sentence.start + middle.start("verb")
        subject = _named_at(speakers, rest_start)  # ", the ONS said,"
        subject = _unit_named_after(speakers, subject, rest_end) or subject
        if (subject is not None and _SUBJECT_GAP.fullmatch(body, subject.end, rest_end)) or _unnamed(
            body, rest_start, rest_end
        ):
            verb = middle.group("verb")
            # "Most of them, it said, could have been treated …": a few words with no verb of their own
            # only open the clause, which goes on past the cue.
            opener = len(text[: middle.start()].split()) <= 4 and not _has_finite_verb(
                body, sentence.start, sentence.start + middle.start()
            )
            found = (
                None
                if opener
                else _clause_record(
                    body, sentence.start, sentence.start + middle.start(), subject, verb, direct
                )
            )
            if found is None and len(text[: middle.start()].split()) <= 4:
                # "If confirmed, she said, it would be a first": the clause follows the cue.
                found = _clause_record(
                    body, sentence.start + middle.end(), sentence.end, subject, verb, direct
                )
            return found
    for cue in _cues(text, words):
        verb = cue.group("verb")
        if (
            cue.re is not _PUT_IT_TO
            and verb not in _CLAUSE_VERBS
            and not (
                verb in _THAT_ONLY_VERBS
                and (
                    cue.group().rstrip().endswith("that")
                    or _WHEN_THEN_THAT.match(text, cue.end())
                    or (verb in _ALLEGING_VERBS and _ALLEGED_CLAUSE.match(text, cue.end("verb")))
                )
            )
        ):
            continue
        if verb in ("told", "tells") and not cue.group("listener"):
            continue  # "told" needs its listener: "told reporters"
        if verb in ("added", "adds") and (
            _SCORE_ADDED.match(text, cue.end("verb")) or _OBJECT_PRONOUN_TO.match(text, cue.end("verb"))
        ):
            # "Roe added the conversion and a penalty": points scored, not words; "added them to its
            # list": something put on a list.
            continue
        verb_start = sentence.start + cue.start("verb")
        if (
            _QUOTE_TAG_BEFORE.search(body, max(sentence.start, verb_start - 3), verb_start)
            and not cue.group().rstrip().endswith("that")
            and (
                "“" not in text[: cue.start("verb")]
                if body[verb_start - 2] == "”"
                else text.count('"', 0, cue.start("verb")) == 1
            )
        ):
            # "… Some have moved their orders,” said Jane Roe, president of Acme.": the sentence began
            # inside a direct quote; its tag names the speaker, and no clause follows.
            continue
        if _inverted_at(body, sentence, speakers, verb_start):
            continue  # "…, said Jane Roe, the office's deputy.": the speaker after the verb, read below
        if verb == "states" and _NOUN_STATES.match(body, verb_start):
            continue  # "GCC states still account for …", "member states have agreed": the noun
        if verb == "heard":
            # "The court heard that …": evidence given in court, by a speaker it does not name.
            found = _clause_record(body, sentence.start + cue.end(), sentence.end, None, verb, direct)
            if found is not None:
                return found
            continue
        subject = speakers.subject_before(verb_start, sentence.start)
        if subject is not None and subject.kind == "role":
            court_role = _THE_COUNSEL_SUBJECT.fullmatch(subject.text)
            if court_role is not None:
                # "Turning to Gaskell, the judge said": the court's judge or lawyer introduced by name a
                # few paragraphs back, not whoever the role was last read as.
                floor = sentence.start
                for _ in range(_PARAGRAPHS_BACK.get(court_role.group("role"), 3)):
                    floor = max(0, body.rfind("\n\n", 0, max(0, floor - 1)))
                subject = _counsel_named(speakers, court_role.group("role"), floor, sentence.start) or subject
        if (
            subject is not None
            and _HEARD_BY_BEFORE.search(body, max(sentence.start, subject.start - 24), subject.start)
            and _unnamed(body, sentence.start, verb_start)
        ):
            subject = None  # "victims who spoke to the Gazette alleged": the group speaks, not the paper
        if verb in _DOCUMENT_SHOWS and (subject is None or subject.kind != "document" or not subject.key):
            continue
        if subject is not None and subject.type == "organisation":
            subject = _person_before_appositive(speakers, sentence.start, subject, verb_start) or subject
        research_by = False
        if subject is not None and subject.type == "person":
            # "Research led by oceanographer Jane Roe suggests that …": the research finds, not its author.
            led = _RESEARCH_BY.match(body, speakers.past_dateline(sentence.start), verb_start)
            if led is not None and subject.start >= led.end():
                subject, research_by = None, True
        role_holder = False
        if subject is None:
            title = _THE_TITLE.fullmatch(body, speakers.past_dateline(sentence.start), verb_start)
            if title is not None and title.group("head") in TITLE_HEADS:
                # "The Speaker said …" after "Speaker Jane Roe declined …": the one holder the article named.
                subject = _role_holder(speakers, title.group("head").lower())
                role_holder = subject is not None
        if subject is None:
            subject = _qualified_holder(speakers, speakers.past_dateline(sentence.start), verb_start)
            role_holder = subject is not None
        if subject is None:
            subject = _post_after_org(speakers, speakers.past_dateline(sentence.start), verb_start)
            role_holder = subject is not None
        if subject is None or (subject.kind == "role" and not subject.key):
            opening = speakers.past_dateline(sentence.start)
            if body.startswith(_FRONTED_QUESTION, opening) or _FRONTED_ADDRESSEE.match(body, opening):
                # "Asked whether the manager was questioned, the witness said …": after the question.
                comma = body.rfind(", ", opening, verb_start)
                opening = comma + 2 if comma >= 0 else opening
            counsel = _THE_COUNSEL_SUBJECT.fullmatch(body, opening, verb_start)
            comma = body.rfind(", ", opening, verb_start) if counsel is None else -1
            if comma >= 0:
                # "Under cross-examination by the defence, the witness admitted …": a fronted phrase.
                counsel = _THE_COUNSEL_SUBJECT.fullmatch(body, comma + 2, verb_start)
            if counsel is not None:
                # "The prosecutor said …" after "Prosecuting barrister Jane Roe KC said …": a court report's
                # lawyer or judge, introduced a few paragraphs back.
                floor = sentence.start
                for _ in range(_PARAGRAPHS_BACK.get(counsel.group("role"), 3)):
                    floor = max(0, body.rfind("\n\n", 0, max(0, floor - 1)))
                subject = _counsel_named(speakers, counsel.group("role"), floor, sentence.start) or subject
                role_holder = subject is not None and subject.key is not None
        if subject is not None and subject.type == "organisation":
            head = _role_before_org(body, subject.start, sentence.start, verb_start)
            if head is not None:
                # "after the governor of the Bank of England warned that …": the governor speaks.
                subject, role_holder = _role_holder(speakers, head), True
        coordinated_group = False
        if subject is None and _COORDINATED.search(body, max(sentence.start, verb_start - 14), verb_start):
            group = _UNNAMED_AGENTS.match(body, speakers.past_dateline(sentence.start), verb_start)
            if (
                group is not None
                and _LOWER_WORD_NEXT.match(body, group.end())
                # "Speaking to supporters in Lima, De la Torre promised …": a phrase before the subject.
                and "," not in body[group.end() : verb_start]
            ):
                # "Farmers in the Ashanti Region who spoke to GhanaWeb welcomed it but said …": the
                # unnamed group that opens the sentence speaks, not a name inside its description.
                coordinated_group = True
            else:
                subject = speakers.sentence_subject(sentence.start, verb_start)
                # "The United Nations Verification Mission welcomed the plan and said …": a name no
                # reference covers opens the sentence; it speaks, unnamed here.
                coordinated_group = subject is None and (
                    _UNRESOLVED_SUBJECT.match(body, speakers.past_dateline(sentence.start), verb_start)
                    is not None
                )
        one = _UNNAMED_ONE.fullmatch(body, sentence.start, verb_start) if subject is None else None
        unnamed_one = False
        if one is not None:
            # "The daughter of one of the victims said … Margaret Dunn, whose mother …, said:": the
            # person the next sentence names and quotes.
            following = speakers.starting_at(sentence.end + _space_after(body, sentence.end))
            if following is not None and following.type == "person" and following.kind == "name":
                subject = following
            elif one.group("article").lower() in ("the", "his", "her", "their") and not one.group(
                "anonymous"
            ):
                continue  # "the man" stands for someone the article has named: not an unnamed voice
            else:
                unnamed_one = True  # "a 40-year-old nurse who lives nearby said": one unnamed person
        unnamed_role = subject is None and speakers.role_of_subject(sentence.start, verb_start)
        if unnamed_role:
            # "The chief executive of Acme told MPs that …\n\nJane Roe, who has led Acme since 2019, …":
            # the person the next sentence introduces; else no one.
            following = speakers.starting_at(sentence.end + _space_after(body, sentence.end))
            if (
                following is not None
                and following.type == "person"
                and following.kind == "name"
                and body.startswith(", who ", following.end)
            ):
                subject = following
        if subject is None and not unnamed_role:
            placed = _PLACE_ROLE.fullmatch(body, speakers.past_dateline(sentence.start), verb_start)
            if placed is not None and placed.group("role") in ROLE_HEADS:
                # "Hong Kong's housing minister has insisted …\n\nSecretary for Housing Jane Roe told …":
                # a lede's post, whom the next sentence names as its subject; else no one named.
                unnamed_role = True
                next_start = sentence.end + _space_after(body, sentence.end)
                named = speakers.sentence_subject(next_start, next_start + 60)
                if named is not None and named.type == "person" and named.kind == "name":
                    subject = named
        if subject is None and body[verb_start - 2 : verb_start - 1] in ("”", '"', "’", "»", ","):
            subject = _appositive_subject(speakers, sentence.start, verb_start)
        if subject is None and verb in _SAID_VERBS:
            subject = _spelled_out_org(speakers, sentence.start, verb_start) or _acronym_word_org(
                speakers, sentence.start, verb_start
            )
        if subject is None:
            short = _SHORT_NAME_SPOKESPERSON.fullmatch(
                body, speakers.past_dateline(sentence.start), verb_start
            )
            if short is not None:
                # "A Larkspur spokesperson said" after "Larkspur AI": the body, by the first word of its name.
                subject = speakers.named_by_first_words(short.group("name"))
        unnamed_finding = False
        if subject is None and verb in _FINDING_VERBS:
            subject = _study_issuer(speakers, sentence.start, verb_start)
            unnamed_finding = subject is None and bool(
                _UNNAMED_FINDING.fullmatch(body, speakers.past_dateline(sentence.start), verb_start)
            )
            if subject is None and not unnamed_finding:
                continue  # "Police found that the door was open": a discovery, not reported speech
        if subject is None and not (
            unnamed_one
            or coordinated_group
            or unnamed_finding
            or research_by
            or _unresolved_subject(speakers, sentence.start, verb_start, verb)
            or unnamed_role
            or role_holder
            or _unnamed(body, sentence.start, verb_start)
            or (
                verb in _PLAIN_SAID
                and (
                    _UNNAMED_AGENTS.fullmatch(body, sentence.start, verb_start) is not None
                    or (
                        _UNNAMED_AGENTS_OPENING.fullmatch(body, sentence.start, verb_start) is not None
                        and _PLURAL_IN_PLACE.match(body, speakers.past_dateline(sentence.start)) is not None
                        and not speakers.named_in(sentence.start, verb_start)
                    )
                )
            )
            or _UNNAMED_WHO.search(body, max(sentence.start, verb_start - 40), verb_start)
            or _joined_unnamed(body, sentence.start, verb_start)
            or _UNNAMED_HEAD.match(body, sentence.start, verb_start)
            # "Officials at Acme Gas Company, which supplies the city, said": unnamed members of the body.
            or _officials_at(speakers, sentence.start, verb_start)
            or _org_officials(speakers, sentence.start, verb_start)
        ):
            continue
        if verb in ("added", "adds") and not cue.group().rstrip().endswith("that"):
            put = _ADDED_TO.match(body, sentence.start + cue.start("verb") + len(verb) + 1, sentence.end)
            comma = body.find(",", put.end(), sentence.end) if put is not None else -1
            if put is not None and not _has_finite_verb(
                body, put.end(), comma if comma > 0 else sentence.end
            ):
                continue  # "CISA added the flaw to its catalogue": a thing put somewhere, no words
            if _ADDED_THING.match(body, sentence.start + cue.start("verb") + len(verb) + 1, sentence.end):
                continue  # "Roe added a third try as …": a thing scored or added, no words
        if (
            verb in ("warned", "warns", "warn")
            and not cue.group().rstrip().endswith("that")
            and _WARNED_AGAINST.match(body, sentence.start + cue.start("verb") + len(verb) + 1, sentence.end)
        ):
            continue  # "warned suppliers against price gouging": whom it warned, and of what; no clause
        if verb in _OBJECT_VERBS and not cue.group().rstrip().endswith(" that"):
            # "admitted 14 counts of fraud": a verb with an object, not reported speech; "acknowledged the
            # anger in the room but said …": the second verb reports the clause. After "that" a clause
            # follows, whatever its verb ("added that farming accounts for …").
            second = _SECOND_CUE.search(body, sentence.start + cue.end(), sentence.end)
            object_end = second.start() if second is not None else sentence.end
            # "confirmed the figures on Wednesday, hours before they were due to be tabled": the verbs
            # after a comma that opens a phrase of time or manner are not the object's.
            object_start = sentence.start + cue.start("verb") + len(verb)
            comma = body.find(", ", object_start, object_end)
            if comma > 0 and _ADJUNCT_OPENING.match(body, comma + 2):
                object_end = comma
            if not _has_finite_verb(body, object_start, object_end):
                if second is None:
                    continue
                found = _clause_record(body, second.end(), sentence.end, subject, second.group(1), direct)
                if found is not None:
                    return found
                continue
        clause_start = cue.end()
        if verb in _LISTENER_VERBS and text.startswith(("to ", "not to ", "never to "), clause_start):
            continue  # "told investors not to expect a recovery": an instruction, no reported clause
        if (
            verb in _ADVISING_VERBS
            and (advised := _ADVISED_AGAINST.match(text, clause_start)) is not None
            and not _has_finite_verb(text, clause_start, _clause_comma(text, advised.end()))
        ):
            continue  # "cautioned residents against taking painkillers": advice to someone, no clause
        if cue.re is _CLAUSE_CUE and cue.group("listener") and verb not in ("told", "tells"):
            clause_start = cue.start("listener")  # "said the talks…": "the talks" starts the clause
        found = _clause_record(body, sentence.start + clause_start, sentence.end, subject, verb, direct)
        if found is None and _PREPOSITION_START.match(text, clause_start):
            # "said in a statement after the arrest that …", "admitted in 2017 that …": when, where or
            # to whom it was said, then "that" and the clause.
            adverbial = _ADVERBIAL_THEN_THAT.match(text, clause_start)
            if adverbial is not None:
                found = _clause_record(
                    body, sentence.start + adverbial.end(), sentence.end, subject, verb, direct
                )
        if found is not None:
            return found  # else "said on Tuesday." at the end: the clause is before the cue
    # "KYIV, Oct 15 (Reuters) - …": the clause starts past the dateline, and so does the search for the
    # trailing cue's comma (the dateline's own comma is none).
    opening = speakers.past_dateline(sentence.start)
    # The trailing cue needs a reporting verb among the sentence's last few words.
    trailing = (
        _TRAILING_CUE.search(text, opening - sentence.start)
        if not _TRAILING_VERBS.isdisjoint(words[-6:])
        # "…, the company said in a filing with the state regulator.": the verb a few words further back.
        or (not _WRITTEN_IN.isdisjoint(words[-12:]) and not _TRAILING_VERBS.isdisjoint(words[-16:]))
        or (not _WHEN_SAID.isdisjoint(words[-32:]) and not _TRAILING_VERBS.isdisjoint(words[-32:]))
        # "…, exporters said yesterday, warning that shipments …": what the speaker said next.
        or (_PARTICIPLE_NEXT.search(text) is not None and not _TRAILING_VERBS.isdisjoint(words[-40:]))
        else None
    )
    tries = 0
    while trailing and trailing.group("verb") in _TRAILING_VERBS and tries < 3:
        rest_start = sentence.start + trailing.start("rest")
        verb_start = sentence.start + trailing.start("verb")
        if _AS_ASIDE.fullmatch(body, rest_start, verb_start):
            break  # "…, as some ministers have suggested.": an aside on the clause, not its source
        subject = _named_at(speakers, rest_start)  # "…, the Ministry of Finance said."
        subject = _unit_named_after(speakers, subject, verb_start) or subject
        if (
            subject is not None
            and subject.kind == "pronoun"
            and subject.text.lower() in ("his", "her", "their")
            and _unnamed(body, rest_start, verb_start)
        ):
            subject = None  # "…, his family said.": the family speaks, unnamed
        if subject is None or subject.type == "place":
            # "…, Malaysia's national news agency Bernama reported.": a description, then the name.
            subject = _described_org_before(speakers, rest_start, verb_start) or subject
        issued = None
        if subject is None and body.startswith("a ", rest_start):
            # "…, a Ministry of Transport statement said.": the body that issued the statement.
            issued = speakers.starting_at(rest_start + 2)
            if not (
                issued is not None
                and issued.type == "organisation"
                and issued.kind == "name"
                and _ISSUED_DOCUMENT.fullmatch(body, issued.end, verb_start)
            ):
                issued = None
            subject = issued
        role_of_org = (subject is None or subject.kind == "role") and _trailing_role_of_org(
            speakers, rest_start, verb_start
        )
        if role_of_org and subject is None:
            # "…, the head of the Suez Canal Authority (SCA) said on Sunday.": the one holder of that
            # post the article names, else no one.
            post = _TRAILING_ROLE_OF.match(body, rest_start)
            subject = _role_holder(speakers, post.group("head")) if post is not None else None
            organisation = speakers.starting_at(post.end()) if post is not None and subject is None else None
            if post is not None and organisation is not None:
                # "Jane Roe, chairman of the SCA, told …": the post the article gave her at that body.
                subject = _post_holder_of(speakers, post.group("head"), organisation)
        relative = _relative_named(speakers, subject, verb_start) if subject is not None else None
        if relative is not None:
            subject = relative  # "…, his daughter, Jane Roe, said."
        if trailing.group("verb") == "heard":
            if not _COURT_HEARD.match(body, rest_start, verb_start):
                break
            subject = None
        if trailing.group("verb") == "heard" or (
            role_of_org
            or issued is not None
            or relative is not None
            or (subject is not None and _SUBJECT_GAP.fullmatch(body, subject.end, verb_start))
            # "…, the Ministry of Energy’s press service reported.": a unit of the body speaks for it.
            or (
                subject is not None
                and subject.type == "organisation"
                and subject.kind in ("name", "descriptor")
                and _ORG_TEAM_GAP.fullmatch(body, subject.end, verb_start)
            )
            or (
                subject is None
                and (
                    _unnamed(body, rest_start, verb_start)
                    or _unresolved_trailing(body, rest_start, verb_start, trailing.group("verb"))
                    # "…, meteorologists said.": any plural of people by what they do, in lower case.
                    or (
                        trailing.group("verb") in _PLAIN_SAID
                        and _UNNAMED_AGENTS.fullmatch(body, rest_start, verb_start) is not None
                    )
                )
            )
        ):
            return _clause_record(
                body,
                opening,
                sentence.start + trailing.start(),
                subject,
                trailing.group("verb"),
                direct,
            )
        # "…, showing patches that scientists believe are ice, the agency said": the cue is after a
        # later comma; the first one only opened a participle phrase.
        tries += 1
        if not _PARTICIPLE_OPENING.match(text, trailing.start("rest")):
            # "Two children, aged 6 and 11, were among the wounded, he said.": an appositive's commas
            # come first; the cue follows the last comma before its verb.
            last = text.rfind(",", trailing.start("rest"), trailing.start("verb")) if tries == 1 else -1
            # "…, so that the money went to accounts she held, the prosecutor said.": a pronoun, a name
            # or a role right after that comma.
            named = _named_at(speakers, sentence.start + last + 2) if last >= 0 else None
            if last < 0 or not (
                _PRONOUN_CUE.match(text, last)
                or (named is not None and named.kind in ("name", "role"))
                # "…, mostly to Vietnam, the report said.": a document the article has tied to its issuer.
                or (named is not None and named.kind == "document" and bool(named.key))
                # "…, from Dh158 million a year earlier, the company said": a phrase, then the description.
                or (
                    named is not None
                    and named.kind == "descriptor"
                    and (
                        _PREPOSITION_START.match(text, trailing.start("rest")) is not None
                        # "…, compared with $31.5 million a year earlier, the company said": a comparison.
                        or _COMPARISON.search(text, trailing.start("rest"), last) is not None
                    )
                )
                or _trailing_role_of_org(speakers, sentence.start + last + 2, verb_start)
                # "…, Guanajuato, on Sunday night, state authorities said.": an unnamed group.
                or _unnamed(body, sentence.start + last + 2, verb_start)
                or _described_org_before(speakers, sentence.start + last + 2, verb_start) is not None
            ):
                break
            trailing = _TRAILING_CUE.match(text, last)
            if trailing is None or trailing.group("verb") not in _TRAILING_VERBS:
                break
            continue
        trailing = _TRAILING_CUE.search(text, trailing.start("rest"))
    if "told" in words or "tells" in words:
        told = _TRAILING_TOLD.search(text)
        if told is not None:
            # "…, a team source told the Gazette.": the listener, a paper or broadcaster, ends the sentence.
            rest_start = sentence.start + told.start("rest")
            verb_start = sentence.start + told.start("verb")
            subject = _named_at(speakers, rest_start)
            if (subject is not None and _SUBJECT_GAP.fullmatch(body, subject.end, verb_start)) or (
                subject is None and _unnamed(body, rest_start, verb_start)
            ):
                return _clause_record(
                    body, opening, sentence.start + told.start(), subject, told.group("verb"), direct
                )
    inverted = _inverted_trailing(body, sentence, speakers, direct)
    if inverted is None and not _SHOWN_VERBS.isdisjoint(words):
        # "Records show …" with a reporting verb that reported nothing: "Records show the deal was
        # agreed, and analysts said little."; a cue that does report ("…, the court heard.") wins.
        return _shown_by_records(speakers, sentence, opening, direct)
    return inverted


# Records, data and projections that show a clause: "…, state data show.", "Court records show he was
# convicted in 2019." The records speak for no one the sentence names.
_SHOWN_BY = (
    # "The Bank of Guyana's own figures show": the body whose records they are speaks through them.
    r"(?P<rest>(?:(?P<owner>(?:[Tt]he )?[A-Z][\w&.-]*(?: (?:of |and |for |the )?[A-Z][\w&.-]*){0,5})[’']s (?:own )?)?"
    r"(?:(?:[Tt]he|[Oo]fficial|[Ll]atest|[Nn]ew|[Pp]reliminary|[Pp]rovisional|[Ff]inal|[Pp]ublic) )*"
    r"(?:[A-Za-z][\w-]* ){0,2}?(?i:data|figures|records|statistics|projections|results|estimates|documents|"
    r"filings|polls|surveys|numbers|returns|forecasts|tallies))"
    # "Figures obtained by the group under freedom of information show": who got them, not whose they are.
    r"(?: (?:obtained|compiled|gathered|analysed|analyzed) by [^,;:“”\"]{1,80}?)?"
    r" (?P<verb>show|shows|showed|indicate|indicates|indicated)"
)
_TRAILING_SHOWN = re.compile(rf", {_SHOWN_BY}\.?$")
_LEADING_SHOWN = re.compile(rf"{_SHOWN_BY}(?: that)? (?=[\w“\"‘'])")
_SHOWN_VERBS = frozenset(["show", "shows", "showed", "indicate", "indicates", "indicated"])


def _shown_by_records(
    speakers: _Speakers, sentence: Sentence, opening: int, direct: _DirectQuotes
) -> QuoteRecord | None:
    """ "…, state data show." / "Court records show Roe was convicted …": what records show, no speaker
    but the organisation whose records they are ("the central bank's figures show")."""
    body = speakers.body
    text = sentence.text
    trailing = _TRAILING_SHOWN.search(text, opening - sentence.start)
    if trailing is not None:
        return _clause_record(
            body,
            opening,
            sentence.start + trailing.start(),
            _records_owner(speakers, sentence.start, trailing),
            trailing.group("verb"),
            direct,
        )
    leading = _LEADING_SHOWN.match(text, opening - sentence.start)
    if leading is None:
        return None
    clause = sentence.start + leading.end()
    first = _LOWER_WORDS.match(body, clause, sentence.end)
    # "Figures show increased demand": no clause, the verb's object; "that" or a finite verb later opens one.
    if not leading.group().rstrip().endswith(" that") and (
        (first is not None and first.start() == clause and _FINITE.fullmatch(first.group()))
        or not _has_finite_verb(body, clause, sentence.end)
    ):
        return None
    return _clause_record(
        body,
        clause,
        sentence.end,
        _records_owner(speakers, sentence.start, leading),
        leading.group("verb"),
        direct,
    )


def _records_owner(speakers: _Speakers, offset: int, shown: re.Match[str]) -> Reference | None:
    """The organisation named in the possessive before the records, if any."""
    if shown.group("owner") is None:
        return None
    start = offset + shown.start("owner")
    owner = speakers.starting_at(start)
    if owner is None and speakers.body.startswith(("The ", "the "), start):
        owner = speakers.starting_at(start + 4)
    if owner is None or owner.type != "organisation" or not owner.key:
        return None
    return owner


_TRAILING_TOLD = re.compile(
    r", (?P<rest>[^,“”\"]{2,60}?) (?P<verb>told|tells) (?:reporters|journalists|(?:the )?[A-Z][\w&’'-]*"
    r"(?: [A-Z][\w&’'-]*){0,3}"
    # "…, the company told the Stock Exchange of Thailand (SET) on Tuesday.": a body's name with "of",
    # its letters, and the day.
    r"(?: (?:of|for) (?:the )?[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,2})?(?: \([A-Z][\w&.]{1,9}\))?"
    r"(?: (?:on|last|this) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day| (?:on|last|this) week)?"
    # "…, the authority told a meeting of the assembly's committee on local government on Monday.": a body
    # it spoke to.
    r"|(?:a|the) (?:[a-z]+ )?(?:meeting|hearing|session|briefing|conference|committee|panel|inquiry|court|"
    r"tribunal|forum|summit)(?: of [^,.;:“”\"]{1,80}?)?(?: on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?)"
    # "…, four sources told Reuters, as weak demand weighs on prices.": why or when, after a comma.
    r"(?:, (?:as|after|while|following|ahead of|before) [^;:“”\"]{1,160}?)?\.?$"
)


def _relative_named(speakers: _Speakers, opening: Reference, verb_start: int) -> Reference | None:
    """ "his daughter, Jane Roe, said": the person named after a possessive and a relation word."""
    if opening.text.lower() not in _POSSESSIVE_PRONOUNS:
        return None
    relation = _RELATION_AFTER_POSSESSIVE.match(speakers.body, opening.end, verb_start)
    named = speakers.starting_at(relation.end()) if relation is not None else None
    if named is None or named.type != "person" or named.kind != "name":
        return None
    return named if _NAME_THEN_COMMA.fullmatch(speakers.body, named.end, verb_start) else None


_NAME_THEN_COMMA = re.compile(r",(?: (?:has|had))? ?")
# "its Chief Executive Officer, Dr. Jane Roe, has said": a relation or a post, then the name.
_RELATION_AFTER_POSSESSIVE = re.compile(
    r" (?:[A-Za-z][\w’'-]* ){0,3}?[A-Za-z][\w’'-]*, (?:(?:Dr|Mr|Mrs|Ms|Prof|Hon|Sen|Rep|Gen|Col|Capt)\.? )?"
)


# "…, says Jane Roe, a geologist at Acme University.": the verb before the speaker at the end.
_HONORIFIC_AT = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame)\.? (?=[A-Z])")
_INVERTED_TRAILING = re.compile(r", (?P<verb>says|said|adds|added|argues|argued|writes|wrote) (?=[A-Z])")


def _inverted_named(body: str, sentence: Sentence, speakers: _Speakers, cue_end: int) -> Reference | None:
    """The name after an inverted "…, said" at ``cue_end`` that ends the sentence (alone or with an
    appositive), if one does."""
    honorific = _HONORIFIC_AT.match(body, cue_end)
    # "…, says Dr. Jane Roe, an obstetrician.": the name after the honorific.
    named = speakers.starting_at(cue_end) or (speakers.starting_at(honorific.end()) if honorific else None)
    if named is None or named.kind != "name" or named.type is None:
        return None
    after = body[named.end : sentence.end].rstrip()
    if after not in ("", ".") and not (after.startswith(", ") and after.endswith(".")):
        return None  # "…, says Roe, who …" ends the sentence; "said Roe would …" does not
    return named


def _inverted_at(body: str, sentence: Sentence, speakers: _Speakers, verb_start: int) -> bool:
    """Is the cue verb at ``verb_start`` an inverted "…, said Jane Roe, a …." at the sentence's end?"""
    if verb_start - 2 < sentence.start or not body.startswith(", ", verb_start - 2):
        return False  # (the pattern opens on ", ": most verbs follow a subject, not a comma)
    cue = _INVERTED_TRAILING.match(body, verb_start - 2, sentence.end)
    return cue is not None and _inverted_named(body, sentence, speakers, cue.end()) is not None


def _inverted_trailing(
    body: str, sentence: Sentence, speakers: _Speakers, direct: _DirectQuotes
) -> QuoteRecord | None:
    cue = _INVERTED_TRAILING.search(sentence.text)
    if cue is None:
        return None
    named = _inverted_named(body, sentence, speakers, sentence.start + cue.end())
    if named is None:
        return None
    return _clause_record(
        body, sentence.start, sentence.start + cue.start(), named, cue.group("verb"), direct
    )


# "Acme, the app that calls itself “a friendlier bank,” says …": an appositive holding a quote,
# between the subject that opens the sentence and its verb.
_QUOTED_APPOSITIVE = re.compile(r", (?:the|a|an|which|who|whose) [^.;:]{1,240}?[”\"’»],?\s*")


def _appositive_subject(speakers: _Speakers, start: int, verb_start: int) -> Reference | None:
    body = speakers.body
    opening = speakers.starting_at(start) or (
        speakers.starting_at(start + 4) if body.startswith(("The ", "the "), start) else None
    )
    if opening is None or opening.type is None or opening.kind == "pronoun":
        return None
    return opening if _QUOTED_APPOSITIVE.fullmatch(body, opening.end, verb_start) else None


# After the first comma: a participle phrase or a new clause's subject, not a predicate ("will raise").
_PARTICIPLE_OPENING = re.compile(r"[a-z]+ing\b|(?:the|a|an|he|she|it|they|we|i|his|her|its|their)\b")
_FINDING_VERBS = frozenset(["found", "finds"])
_RESEARCH_BY = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|[Nn]ew|[Rr]ecent|[Ee]arlier) )?(?:[a-z]+ )?(?:[Rr]esearch|[Ss]tudy|[Aa]nalysis|[Ww]ork|"
    r"[Mm]odelling|[Mm]odeling|[Pp]aper|[Ss]urvey|[Ee]xperiments)(?: (?:led|conducted|carried out|co-authored|authored))? by "
)
# "The charity’s analysis of ten years of data found": the study's issuer, named as its possessor.
# "An Acme poll published on Monday found": the pollster named before the document, no possessive.
_STUDY_OF = re.compile(
    r"(?:[’']s?)? (?:[a-z-]+ )?(?:analysis|report|study|survey|poll|review|research|audit|investigation|inquiry|"
    r"assessment|data|figures)\b[^,;:“”\"]{0,80}$"
)
_ARTICLE = re.compile(r"(?:[Tt]he|[Aa]n?) ")
# "The study also found that …", "A survey published on Monday found that …": a document whose issuer
# the sentence does not name finds, and no one is named as its speaker.
_UNNAMED_FINDING = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his) (?:(?:new|latest|same|recent|separate|annual|preliminary|"
    r"[a-z]+-(?:year|month|week)) )?(?:[A-Z][\w&’'-]* ){0,2}(?:analysis|report|study|survey|poll|review|research|audit|assessment|paper)"
    r"(?: (?:published|released|conducted|carried out) [^,;:“”\"]{1,60}?)?(?: (?:also|further|however))?\s*"
)


def _study_issuer(speakers: _Speakers, start: int, verb_start: int) -> Reference | None:
    body = speakers.body
    article = _ARTICLE.match(body, start)
    opening = speakers.starting_at(start) or (speakers.starting_at(article.end()) if article else None)
    if opening is None or opening.type != "organisation":
        return None
    return opening if _STUDY_OF.match(body, opening.end, verb_start) else None


# "states" followed by an adverb or an auxiliary verb is the plural noun, not the reporting verb.
_NOUN_STATES = re.compile(
    r"states (?:still|also|now|already|have|had|are|were|will|would|can|could|must|should|may|might|do|did)\b"
)
# Reporting verbs that as often take a plain object ("confirmed the deal") as a reported clause.
_OBJECT_VERBS = frozenset(
    [
        "added",  # "added the second from the penalty spot": a goal, not words
        "admitted",
        "admits",
        "acknowledged",
        "acknowledges",
        "confirmed",
        "confirms",
        "predicted",
        "predicts",
        "estimated",
        "estimates",
        "noted",
        "notes",
        "stressed",
        "stresses",
        "emphasised",
        "emphasized",
        "underlined",
        "underscored",
        "reiterated",
        "maintained",
        "maintains",
        "observed",
        "explained",
        "explains",
        "cautioned",
        "conceded",
        "wrote",
        "writes",
        "suggested",
        "suggests",
    ]
)
# " the conversion", " a penalty goal", " two more tries": what a player adds to a score.
_SCORE_ADDED = re.compile(
    r" (?:the|a|an|another|two|three|four|five|his|her|their|a further|two more|three more) (?:[a-z-]+ )?"
    r"(?:conversions?|penalt(?:y|ies)|tries|try|goals?|drop-goal|field goals?|points?|runs?|wickets?|"
    r"touchdowns?|baskets?|free throws?|birdies?|eagles?|assists?|centuries|century|fifty)\b"
)
_OBJECT_PRONOUN_TO = re.compile(r" (?:them|it|him|her|us|me)\b (?:to|in|on)\b")
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|should|may|might|must|shall|does|do|did|"
    r"[a-z]{3,}ed|held|grew|fell|rose|made|took|came|went|saw|gave|found|kept|left|lost|met|paid|put|ran|sent|"
    r"spent|stood|told|won|hit|cut|led|sold|bought|brought|thought|began|became|broke|built|chose|drew|felt|"
    r"heard|knew|meant|showed|spoke|spread|struck|taught|threw|understood|wrote|remains|needs|means|shows|"
    r"seems|looks|wants|plans|expects|faces|hopes|includes|continues|holds|stands|takes|gives|costs|lacks)\b"
)


def _has_finite_verb(body: str, start: int, end: int) -> bool:
    return _FINITE.search(body, start, end) is not None


def _cues(text: str, words: list[str]) -> list[re.Match[str]]:
    """Reporting verbs in a sentence that may introduce a clause, in order.

    Only the verbs the sentence holds are looked for, each matched where it stands: far cheaper
    than matching the cue pattern at every word.
    """
    found: list[re.Match[str]] = []
    for verb in _CUE_VERBS.intersection(words):
        position = text.find(verb)
        while position >= 0:
            end = position + len(verb)
            if (position == 0 or not _is_word_character(text[position - 1])) and (
                end == len(text) or not _is_word_character(text[end])
            ):
                cue = _CLAUSE_CUE.match(text, position)
                if cue is not None:
                    found.append(cue)
                if verb in _LISTENER_VERBS:
                    told = _TOLD_THAT.match(text, position)
                    if told is not None:
                        found.append(told)
            position = text.find(verb, end)
    if "put" in words and " it to " in text:
        found += _PUT_IT_TO.finditer(text)
    if len(found) > 1:  # most sentences hold one cue at most
        found.sort(key=lambda m: (m.start(), m.re is not _TOLD_THAT))
    return found


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character in "-_"


# "‘We won’t get carried away’" or "‘We were robbed’ - manager fumes" on a line of its own: a
# subheading that quotes the body, not a quotation. The line opens with the quote, has no sentence
# punctuation anywhere and is short.
_SUBHEAD_PUNCTUATION = re.compile(r"[.!?,;:…]")


def _is_subhead(body: str, quote: _Quote, start: int, end: int) -> bool:
    if quote.open_mark != start or end - start > 90:
        return False
    return _SUBHEAD_PUNCTUATION.search(body, start, end) is None


# "“…,” the spokesperson said." after "A Acme spokesperson said …" or "a spokesman for Acme said …":
# the organisation the spokesperson was introduced for.
_THE_SPOKESPERSON = re.compile(r"[\s,]*the spokes(?:man|woman|person) [a-z]+")
_SPOKESPERSON_FOR = re.compile(r"spokes(?:man|woman|person) for (?:the )?")
_SPOKESPERSON_AFTER = re.compile(r"(?:[’']s)? spokes(?:man|woman|person)\b")


def _spokesperson_org(speakers: _Speakers, floor: int, position: int) -> Reference | None:
    """The organisation the nearest earlier "spokesperson" was introduced for, if any."""
    body = speakers.body
    at = body.rfind("spokes", floor, position)
    if at < 0:
        return None
    index = bisect.bisect_left(speakers.starts, at) - 1
    while index >= 0 and speakers.references[index].end >= at - 2:
        reference = speakers.references[index]  # "Acme spokesperson", "Acme's spokesperson"
        if (
            reference.type == "organisation"
            and reference.kind == "name"
            and _SPOKESPERSON_AFTER.match(body, reference.end)
            and body.find("spokes", reference.end) == at
        ):
            return reference
        index -= 1
    tail = _SPOKESPERSON_FOR.match(body, at)
    if tail is not None:
        named = speakers.starting_at(tail.end())
        if named is not None and named.type == "organisation" and named.kind == "name":
            return named
    return None


# "“…,” the barrister said." after "Jane Roe, defending, said …": in court reports, the lawyer or
# judge introduced just before.
_THE_COUNSEL = re.compile(
    r"[\s,]*the (?P<role>barrister|lawyer|solicitor|counsel|prosecutor|judge|witness) (?P<verb>[a-z]+)"
)
_COUNSEL_AFTER = re.compile(
    r", (?:defending|prosecuting|representing [^,]{1,60}|for the (?:defence|prosecution)),"
)


# "The prosecutor said …": a court report's lawyer or judge as a sentence's subject.
_THE_COUNSEL_SUBJECT = re.compile(
    r"(?:The|the) (?P<role>barrister|lawyer|solicitor|counsel|prosecutor|judge|witness)\s*"
)
# "Prosecuting barrister Jane Roe KC": the side a lawyer acts for, before the name.
_SIDE_BEFORE_NAME = re.compile(
    r"\b(?P<side>[Pp]rosecuting|[Dd]efending|[Pp]rosecutor|[Aa]dvocate [Dd]epute|[Ff]iscal [Dd]epute)"
    r"(?: (?:barrister|counsel|lawyer|solicitor))? $"
)


# "Passing sentence, Lord Roe said": the person who sentences is the judge.
_SENTENCING_BEFORE = re.compile(r"\b(?:[Pp]assing sentence|[Ss]entencing(?: [^,.\n]{1,40})?), $")


# A witness is introduced once in a court report ("The second prosecution witness, Jane Roe, …") and is
# "the witness" for the rest of the testimony: further back than a lawyer's "defending" is looked for.
_WITNESS_BEFORE = re.compile(r"\bwitness,? (?:[A-Z][\w.]* )?$")  # "witness, Alhaji Jane Roe"
_WITNESS_AFTER = re.compile(r", (?:a|an|the) (?:[\w-]+ ){0,3}witness(?:,| for\b)")  # not ", the witness was"
_PARAGRAPHS_BACK = {"witness": 10, "prosecutor": 5}


def _counsel_named(speakers: _Speakers, role: str, floor: int, position: int) -> Reference | None:
    body = speakers.body
    index = bisect.bisect_left(speakers.starts, position) - 1
    while index >= 0 and speakers.references[index].start >= floor:
        reference = speakers.references[index]
        index -= 1
        if reference.type != "person" or reference.kind != "name":
            continue
        if role == "judge":
            if (
                body.endswith(("Judge ", "judge ", "Justice ", "Lord ", "Lady "), 0, reference.start)
                or body.startswith(("Lord ", "Lady "), reference.start)
                or _SENTENCING_BEFORE.search(body, max(0, reference.start - 60), reference.start)
            ):
                return reference
            continue
        if role == "witness":
            # "The second prosecution witness, Jane Roe, …" or "Jane Roe, a defence witness, …": the
            # witness last introduced by name.
            before = _WITNESS_BEFORE.search(body, max(0, reference.start - 32), reference.start)
            if before is not None or _WITNESS_AFTER.match(body, reference.end):
                return reference
            continue
        counsel = _COUNSEL_AFTER.match(body, reference.end)
        if counsel is not None and (role != "prosecutor" or "prosecut" in counsel.group()):
            return reference
        side = _SIDE_BEFORE_NAME.search(body, max(0, reference.start - 32), reference.start)
        if side is not None and (
            # Scotland's Crown prosecutors: the advocate depute, the procurator fiscal depute.
            role != "prosecutor" or side.group("side").lower().startswith(("prosecut", "advocate", "fiscal"))
        ):
            return reference
    return None


_DOCUMENT_READ = re.compile(r"\bread(?: in (?:part|full))?[,:]?\s*$")


def _introduced_by_paragraph(
    speakers: _Speakers, document: Document, quote: _Quote
) -> tuple[Reference | None, str | None]:
    """A paragraph ending "…, his widow, Jane Roe, said:" introduces the quote that opens the next one."""
    before = document.paragraphs[quote.paragraph - 1]
    end = before.end
    body = speakers.body
    while end > before.start and body[end - 1].isspace():
        end -= 1
    if body[end - 1 : end] != ":":
        return None, None
    lead = dataclasses.replace(quote, open_mark=end)
    return _speaker_before(speakers, lead, max(before.start, end - CUE_REACH))


def find_quotes(
    document: Document, sentences: tuple[Sentence, ...], references: tuple[Reference, ...]
) -> tuple[QuoteRecord, ...]:
    body = document.body
    speakers = _Speakers(body, references, document.dateline)
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
    short: list[_Quote] = []  # one or two words with no cue: kept only inside reported speech
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
            if speaker is None and cue is not None:
                # "Acme, the app that calls itself “a friendlier bank,” says …": the sentence's subject.
                position = quote.close_mark
                while position < end and body[position] in " ,":
                    position += 1
                speaker = _appositive_subject(speakers, start, position)
            if cue is None:
                speaker, cue = _speaker_before(speakers, quote, start)
        if cue is None and _is_subhead(body, quote, span.start, span.end):
            continue
        if cue is None and _TITLED.search(body, max(span.start, quote.open_mark - 16), quote.open_mark):
            continue
        if _WORK_BEFORE.search(body, max(span.start, quote.open_mark - 16), quote.open_mark) and _is_title(
            body[quote.start : quote.end]
        ):
            continue  # "said his poem ‘The Mountain Does Not Forget’ had been read": the work's title
        if cue is None and quote.open_mark == span.start and quote.paragraph > 0:
            speaker, cue = _introduced_by_paragraph(speakers, document, quote)
        if cue is None:
            read = _DOCUMENT_READ.search(body, max(start, quote.open_mark - 30), quote.open_mark)
            if read is not None:
                # "The statement read in part, “…”": the document's issuer speaks.
                document_ref = speakers.subject_before(read.start(), start)
                if document_ref is not None and document_ref.kind == "document" and document_ref.key:
                    speaker, cue = document_ref, "read"
        counsel = (
            _THE_COUNSEL.match(body, quote.close_mark, end) if speaker is None or not speaker.key else None
        )
        if counsel is not None and (cue or counsel.group("verb") in REPORTING_VERBS):
            # "defending", "prosecuting" stand out: a few paragraphs back. "…,” the witness told the court.":
            # no reference stands for the witness, so the verb after the role is the cue.
            back = _PARAGRAPHS_BACK.get(counsel.group("role"), 3)
            floor = document.paragraphs[max(0, quote.paragraph - back)].start
            role_holder = _counsel_named(speakers, counsel.group("role"), floor, quote.open_mark)
            if role_holder is not None or cue:
                speaker, cue = role_holder or speaker, cue or counsel.group("verb")
        if (
            (speaker is None or not speaker.key)
            and cue
            and _THE_SPOKESPERSON.match(body, quote.close_mark, end)
        ):
            floor = document.paragraphs[max(0, quote.paragraph - 1)].start
            speaker = _spokesperson_org(speakers, floor, quote.open_mark)
        if _is_nickname(speakers, quote):
            continue  # "Abdirahman Mohamed Abdi “Dhegey”": the name he goes by, not his words
        if _is_label(body, quote):
            continue
        if (
            _LABEL_BEFORE.search(body, max(0, quote.open_mark - 40), quote.open_mark)
            or _attributive(body, quote)
        ) and len(body[quote.start : quote.end].split()) <= 4:
            continue  # "the so-called “Korea discount”", "a reference to “further tightening”": a label
        if _ON_PROGRAMME.search(body, max(0, quote.open_mark - 12), quote.open_mark) and _is_title(
            body[quote.start : quote.end]
        ):
            continue  # "Lin said on “Good Morning America.”": the programme she said it on
        if not _is_real_quote(body, quote, cue is not None):
            words = body[quote.start : quote.end].split()
            if len(words) <= 2 and not all(w[:1].isupper() for w in words):
                short.append(quote)
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
    first_of_group: dict[int, _Quote] = {}
    for quote in kept:
        first_of_group.setdefault(quote.group, quote)
    for group_id in grouped - set(group_speaker):
        # A quote over several paragraphs with no cue at all: the one person the paragraph before it names.
        first = first_of_group[group_id]
        if first.paragraph == 0 or first.cue is not None:
            continue
        before = document.paragraphs[first.paragraph - 1]
        # "Mr Roe's mother, Jane Lee, described …": a name in the possessive qualifies another noun
        # and is not who speaks.
        named = {
            r.key
            for r in speakers.references
            if before.start <= r.start < before.end
            and r.type == "person"
            and r.kind == "name"
            and body[r.end : r.end + 2] not in ("'s", "’s")
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
                # "…,” Roe said. Lee called it “…”": another person named since speaks, not Roe.
                # "…,” the judge told Roe. “…”": whom the speaker told does not speak.
                and not speakers.other_person_named_between(
                    previous.close_mark, quote.open_mark, previous.speaker.key, listeners=False
                )
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
    records += _transcript_lines(document, speakers, set(by_paragraph))
    answers = _interview_answers(document, speakers)
    records += answers
    records += _unmarked_statement(document, speakers, set(by_paragraph))
    # (a labelled interview's answers are read already: its paragraphs are no unlabelled interview)
    unlabelled = [] if answers else _unlabelled_interview(document, speakers, set(by_paragraph))
    records += unlabelled
    # A transcript's turns are whole paragraphs in no quote marks: the reported speech inside them
    # ("OCHA tells us that …") is still found, so they join the records only at the end.
    turns = [] if answers or unlabelled else _speaker_turns(document, speakers, set(by_paragraph))
    records.sort(key=lambda r: r.start)
    direct = _DirectQuotes(records)
    direct_starts = direct.starts
    for sentence in sentences:
        if (
            " said would " in sentence.text
            or " say would " in sentence.text
            or ", which " in sentence.text
            or " say " in sentence.text
            or (" that " in sentence.text and " argue " in sentence.text)
        ):
            relative = _relative_clause(speakers, sentence, direct)
            if relative is not None:
                records.append(relative)
                if relative.speaker_key is not None:
                    # "…, which said that Acme had taken “foreign money” to “stir unrest”": the partial
                    # quotes inside have the body's voice.
                    for index in direct.indices_within(relative.start, relative.end + 1):
                        if direct[index].speaker_key is None and direct[index].end <= relative.end + 1:
                            records[index] = dataclasses.replace(
                                direct[index],
                                speaker_key=relative.speaker_key,
                                speaker_type=relative.speaker_type,
                                speaker_text=relative.speaker_text,
                            )
        found = _indirect(body, sentence, speakers, direct)
        if found is None and " that " in sentence.text:
            found = (
                _document_saying(speakers, sentence, direct)
                or _concern_that(speakers, sentence, direct)
                or (_claims_by(speakers, sentence, direct) if " by " in sentence.text else None)
            )
        if " who " in sentence.text or " that say" in sentence.text:
            relative_said = _who_said(speakers, sentence, direct)
            if (
                relative_said is not None
                and found is not None
                and found.start == relative_said.start
                and found.speaker_key is None
                and relative_said.speaker_key is not None
                and relative_said.end < found.end
            ):
                # "Jane Roe, 52, who said she was displaced, told our reporter that …": the relative
                # clause ends at its comma, and the main verb's clause is hers too.
                found = relative_said
                main = _main_after_who(body, sentence, relative_said, direct)
                if main is not None:
                    records.append(main)
            elif relative_said is not None and (found is None or found.start != relative_said.start):
                if found is None:
                    found = relative_said
                else:
                    records.append(relative_said)
        if found is not None:
            inside = bisect.bisect_right(direct_starts, found.start) - 1
            if inside >= 0 and found.start < direct[inside].end:
                continue  # "“She believed that …,” said her daughter": reported speech inside someone's quote

            records.append(found)
            second = _SECOND_CUE.search(body, found.start, found.end)
            quoted_second = False
            other_split = False
            if second is not None and len(body[second.end() : found.end].split()) >= 3:
                # "She told reporters that …, but said every result would be verified": the same
                # speaker's second reported clause, a quote of its own.
                records[-1] = dataclasses.replace(
                    found, text=body[found.start : second.start()], end=second.start()
                )
                quoted_second = direct.covers(second.end(), found.end)
                if not quoted_second:
                    # "…, but warned that “risks remain.”": a second clause all in quotes is the direct
                    # quote alone.
                    records.append(
                        dataclasses.replace(
                            found,
                            text=body[second.end() : found.end],
                            start=second.end(),
                            cue=second.group(1),
                        )
                    )
            else:
                other = _other_speaker_clause(speakers, found)
                if other is not None:
                    # "Ryanair said it had added flights, and easyJet said it was doing the same": a
                    # second speaker's clause, a quote of its own.
                    records[-1] = dataclasses.replace(found, text=body[found.start : other[0]], end=other[0])
                    records.append(other[1])
                    other_split = True
            # The quoted second clause's words have the speaker of the clause it was split from.
            pieces = [found] if records[-1] is found or quoted_second else records[-2:]
            joined = (
                _JOINED_AFTER_SOURCE.match(body, found.end, sentence.end)
                if found.cue == "according to"
                else None
            )
            if joined is None and found.cue in _TRAILING_VERBS and sentence.end - found.end > 40:
                # "…, researchers said Thursday, and the company says a fix won't be ready": the same.
                joined = _JOINED_AFTER_CUE.match(body, found.end, sentence.end)
            if joined is not None:
                # "…, according to local authorities, while officials said a drone had hit a depot": the
                # clause joined after the source has its own speaker and words.
                rest = Sentence(joined.end(), sentence.end, body[joined.end() : sentence.end])
                more = _indirect(body, rest, speakers, direct)
                if more is not None:
                    records.append(more)
            for piece in pieces:
                if piece.speaker_key is None:
                    continue
                # A partial quote inside reported speech ("said the company was “the quiet winner”")
                # has the reported speech's speaker when its own cue found none.
                for index in direct.indices_within(piece.start, piece.end + 1):
                    record = direct[index]
                    # One with the same verb as its cue was given that verb's subject: the reported
                    # speech's reading of the subject, past its appositives, wins ("Jane Roe, a judge
                    # and spokeswoman for Acme, said the bill was “imperfect”").
                    # The first of two speakers' clauses holds its own partial quote, whoever the
                    # second speaker's verb after it gave it to ("… was “a relief”, but the
                    # platform said …").
                    if (
                        record.speaker_key is None
                        or (record.cue == piece.cue and _distinct_voice(record, piece))
                        or (other_split and piece is pieces[0])
                    ) and record.end <= piece.end + 1:
                        records[index] = dataclasses.replace(
                            record,
                            speaker_key=piece.speaker_key,
                            speaker_type=piece.speaker_type,
                            speaker_text=piece.speaker_text,
                        )
    for quote in short:
        # "said he retained ‘full confidence’ in her": a partial quote inside reported speech.
        holder = next(
            (r for r in records if r.kind == "indirect" and r.start <= quote.start and quote.end <= r.end),
            None,
        )
        if holder is not None:
            records.append(
                dataclasses.replace(
                    holder,
                    text=body[quote.start : quote.end],
                    kind="direct",
                    start=quote.start,
                    end=quote.end,
                )
            )
    records.sort(key=lambda r: r.start)
    title = (document.title or "").rstrip("…").rstrip()
    if title and document.paragraphs and body.startswith(title):
        # The title was read off the body's first line: "…, the alliance announced." there is the
        # headline's news, no one's reported words.
        # Only a clause that opens the line, its cue trailing; "Acme today announced that …" still speaks.
        opening = speakers.past_dateline(document.paragraphs[0].start)
        records = [r for r in records if not (r.cue == "announced" and r.start == opening)]
    story_start = _standfirst_end(document)
    if story_start:
        records = [r for r in records if r.start >= story_start]
    headlines = _entry_headlines(document)
    if headlines:
        records = [r for r in records if not any(start <= r.start < end for start, end in headlines)]
    _they_who_just_spoke(body, records)
    _the_spokesperson_again(speakers, records)
    _pronoun_after_an_unnamed_voice(speakers, records)
    _pronoun_after_quoted_speaker(speakers, records)
    _quote_after_reported_speech(document, records)
    if turns:
        # "It also tells us the ore is shallower": inside an answer, "it" is the speaker's subject (the
        # drilling, the data), no body reporting anything.
        records = [
            r
            for r in records
            if not (
                r.kind == "indirect"
                and (r.speaker_text or "").lower() == "it"
                and any(t.start <= r.start < t.end for t in turns)
            )
        ]
        records = sorted(records + turns, key=lambda r: r.start)
    return tuple(records)


# "6:42 pm", "16:05", "4.35pm", "10:15 a.m. ET": a live blog's entry time, alone on its line.
# "6:42 pm" on a line of its own, or "8.15pm: " before the headline on the same line.
_ENTRY_TIME = re.compile(
    r"\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?(?:[ \t]*(?:\n|$)|(?<=[Mm]):[ \t]+(?=[A-Z]))"
)
_SENTENCE_CLOSE = re.compile(r"[.!?…][”\"’»)]*\s*$")


def _entry_headlines(document: Document) -> list[tuple[int, int]]:
    """The headline under a live-blog entry's time ("6:42 pm\nFire service says blaze ‘contained’"): a
    line with no closing full stop right after the time, which sums up the entry rather than quotes
    anyone; the entry's own sentences repeat what it quotes."""
    body = document.body
    spans: list[tuple[int, int]] = []
    for span in document.paragraphs:
        time = _ENTRY_TIME.match(body, span.start, span.end)
        if time is None:
            continue
        start = time.end()
        if start >= span.end:  # the time is a paragraph of its own: the headline opens the next one
            start = body.find("\n\n", span.end - 1)
            if start < 0:
                continue
            while start < len(body) and body[start] == "\n":
                start += 1
        end = body.find("\n", start)
        end = len(body) if end < 0 else end
        if end > start and not _SENTENCE_CLOSE.search(body, start, end):
            spans.append((start, end))
    return spans


def _quote_after_reported_speech(document: Document, records: list[QuoteRecord]) -> None:
    """ "He said the team would not give up.\n\n“This team has been here before.”": a paragraph that
    is only a quote, with no cue, goes on in the words of the person whose reported speech ended the
    paragraph before."""
    body = document.body
    last: QuoteRecord | None = None
    for index, record in enumerate(records):
        if record.kind != "direct" or record.speaker_key is not None or record.cue is not None:
            last = record
            continue
        # The quote before left its paragraph open ("…it rains.\n\n“Seagrass …"): one quote over
        # several paragraphs, so the voice given to its first paragraph goes on.
        continued = (
            last is not None
            and last.kind == "direct"
            and last.speaker_key is not None
            and last.cue is None
            and body.endswith("\n\n", 0, record.start - 1)
            and body[last.end : record.start - 1].strip(" .!?…\n") == ""
        )
        after_reported = (
            last is not None
            and last.kind == "indirect"
            and last.speaker_type == "person"
            and body[record.start - 1 : record.start] in _OPENING_MARKS
            # ("Roe said the man had earned it. “He bowls and bowls.”": or its sentence, the quote next.)
            and body.endswith(("\n\n", ". "), 0, record.start - 1)
            # The reported speech ends its paragraph: nothing but its sentence's close between.
            and body[last.end : record.start - 1].strip(' .”"’\n') == ""
            # The quote is the whole paragraph: no cue after it ("…,” another worker said).
            and body[record.end : _paragraph_end(body, record.end)].strip(' .,!?…”"’»') == ""
        )
        if last is not None and (continued or after_reported):
            records[index] = dataclasses.replace(
                record,
                speaker_key=last.speaker_key,
                speaker_type=last.speaker_type,
                speaker_text=last.speaker_text,
            )
        last = records[index]


def _paragraph_end(body: str, position: int) -> int:
    end = body.find("\n\n", position)
    return len(body) if end < 0 else end


_OPENING_MARKS = frozenset(["“", '"', "‘", "'", "«", "„"])


def _distinct_voice(record: QuoteRecord, piece: QuoteRecord) -> bool:
    """Did a partial quote get a speaker other than the reported speech around it, by the same verb?"""
    return record.speaker_key != piece.speaker_key and record.speaker_type != piece.speaker_type


_MAX_STANDFIRST = 300  # characters: a standfirst is a line or two under the headline
_MAX_DATE_LINE = 40


def _standfirst_end(document: Document) -> int:
    """Where the story begins past a standfirst, else 0. The standfirst is the short first paragraph
    with the date line ("Mar 12, 2026, 10:41 AM EDT") one or two paragraphs after it: the headline's
    summary of the story ("The company says the change protects worn batteries."), whose "says"
    clauses sum up what the story quotes rather than quote anyone."""
    paragraphs = document.paragraphs
    if len(paragraphs) < 3 or paragraphs[0].end - paragraphs[0].start > _MAX_STANDFIRST:
        return 0
    if document.dateline is not None and document.dateline.start < paragraphs[0].end:
        return 0
    first = document.body[paragraphs[0].start : paragraphs[0].end].rstrip().rstrip("'’\"”")
    if document.byline is not None and first and first[-1].isalnum():
        # "Union says nurses have gone without a contract since March", under the headline, then the byline
        # taken out of the body: a subtitle, no sentence of the story (which ends its sentences).
        return paragraphs[1].start
    for paragraph in paragraphs[1:3]:
        line = document.body[paragraph.start : paragraph.end].strip()
        if len(line) > _MAX_BYLINE or not any(c.isdigit() for c in line):
            continue
        # "Jane Roe · CBC News · Posted: Jan 21, 2025 4:00 AM CST | Last Updated: 2 hours ago": a byline
        # whose pieces hold the date.
        for piece in _BYLINE_SEPARATOR.split(line):
            piece = _DATE_LABEL.sub("", piece.strip())
            if (
                len(piece) <= _MAX_DATE_LINE
                and any(c.isdigit() for c in piece)
                and parse_date(piece) is not None
            ):
                return paragraphs[1].start
    return 0


_MAX_BYLINE = 160
_BYLINE_SEPARATOR = re.compile(r" [·|•] ")
_DATE_LABEL = re.compile(r"^(?:(?:Last )?Updated|Posted|Published|First published)(?: on)?:? ", re.IGNORECASE)


# "One product designer in Austin said …": one unnamed person reports; a "she said" right after is her.
_SINGLE_UNNAMED_BEFORE = re.compile(
    r"(?:^|[.!?”\"]\s+|\n)(?:One|A|An|Another) (?:[\w’'-]+ ){0,3}?[a-z][\w-]*"
    r"(?: (?:in|at|from|of|with) [^,.;:“”\"]{1,50})?(?:, [^,“”\"]{1,140},)? (?:said|says|told [\w ]{1,30}?)(?: that)? $"
)
_SHE_OR_HE = frozenset(["she", "he", "She", "He"])
# "The victim's mother, who asked not to be named, told the ECHO …": a voice unnamed on purpose.
_ANONYMOUS_BEFORE = re.compile(
    r", (?:and )?who (?:asked|requested|declined|did not want|spoke on condition)[^,.;:“”\"]{1,100}, "
    r"(?:said|says|told [\w ]{1,30}?)(?: that)? $"
)
# "A spokeswoman for Belco, which …, said": the body's unnamed spokesperson, whose "she said" next is
# the body's too.
_SPOKESPERSON_BEFORE = re.compile(
    r"(?:^|[.!?”\"]\s+|\n)(?:A|An|The) (?:[\w’'-]+ )?spokes(?:man|woman|person) (?:for|of|at) "
    r"[^.;:“”\"]{1,160}? (?:said|says|told [\w ]{1,30}?)(?: that)? $"
)


def _pronoun_after_an_unnamed_voice(speakers: _Speakers, records: list[QuoteRecord]) -> None:
    """A "she said" right after an unnamed person's words is that person, not the woman named before:
    no speaker rather than a wrong one."""
    body = speakers.body
    after: int | None = None
    cleared: str | None = None
    voice: QuoteRecord | None = None  # the body whose unnamed spokesperson spoke, if one did
    for index, record in enumerate(records):
        if (
            record.kind == "indirect"
            and record.speaker_key is None
            and record.cue in ("said", "says", "told")
            and (
                _SINGLE_UNNAMED_BEFORE.search(body, max(0, record.start - 220), record.start)
                or _ANONYMOUS_BEFORE.search(body, max(0, record.start - 160), record.start)
            )
        ):
            after, cleared, voice = record.end, None, None
            continue
        if (
            record.kind == "indirect"
            and record.speaker_type == "organisation"
            and record.cue in ("said", "says", "told")
            and _SPOKESPERSON_BEFORE.search(body, max(0, record.start - 220), record.start)
        ):
            after, cleared, voice = record.end, None, record
            continue
        if after is None:
            continue
        if record.start < after:
            continue  # a partial quote inside the unnamed person's own clause
        near = body.count("\n\n", after, record.start) <= 1 and not speakers.person_named_between(
            after, record.start
        )
        if (
            near
            and record.speaker_text in _SHE_OR_HE
            and record.speaker_key
            and cleared in (None, record.speaker_key)
        ):
            cleared = record.speaker_key
            records[index] = dataclasses.replace(
                record,
                speaker_key=voice.speaker_key if voice else None,
                speaker_type=voice.speaker_type if voice else None,
                speaker_text=record.speaker_text if voice else None,
            )
            continue
        after = None


# "He said police had …" opening a paragraph: the pronoun and its verb, up to the clause.
_PRONOUN_OPENS = re.compile(r"(?:He|She) (?:said|added|told [^,.;:“”\"]{1,40}?)(?: that)? ")


def _pronoun_after_quoted_speaker(speakers: _Speakers, records: list[QuoteRecord]) -> None:
    """'“…,” the SSP said.' then a paragraph "He said police had …": the one who was just quoted goes on,
    not the last man named before the quote, when no one is named in between."""
    body = speakers.body
    for index in range(1, len(records)):
        record, before = records[index], records[index - 1]
        if (
            record.speaker_text not in _SHE_OR_HE
            or before.kind != "direct"
            or before.speaker_type != "person"
            or not before.speaker_key
            or before.speaker_key == record.speaker_key
        ):
            continue
        opening = body.rfind("\n\n", 0, record.start) + 2
        # '“…,” the judge told Roe. “…”': the paragraph may open with an earlier quote of the same speaker.
        first = index - 1
        while (
            first > 0
            and records[first - 1].kind == "direct"
            and records[first - 1].speaker_key == before.speaker_key
            and "\n\n" not in body[records[first - 1].end : records[first].start]
        ):
            first -= 1
        if (
            _PRONOUN_OPENS.fullmatch(body, opening, record.start) is None
            # The quote ends the paragraph just before, which opens with it: nothing else stands between.
            or body.count("\n\n", before.end, record.start) != 1
            or body[body.rfind("\n\n", 0, records[first].start) + 2 : records[first].start]
            not in _OPENING_QUOTE_MARKS
            or speakers.person_named_between(before.start, record.start)
            or speakers.other_person_named_between(
                records[first].start, before.start, before.speaker_key, listeners=False
            )
        ):
            continue
        records[index] = dataclasses.replace(
            record, speaker_key=before.speaker_key, speaker_type=before.speaker_type
        )
        for inner in range(index + 1, len(records)):
            # 'He said … “must have known”': a partial quote inside the clause goes with it.
            piece = records[inner]
            if piece.start > record.end:
                break
            if (
                piece.kind == "direct"
                and piece.end <= record.end + 1
                and piece.speaker_key == record.speaker_key
            ):
                records[inner] = dataclasses.replace(
                    piece, speaker_key=before.speaker_key, speaker_type=before.speaker_type
                )


_OPENING_QUOTE_MARKS = frozenset(["'", '"', "“", "‘"])


_SENTENCE_BREAK = re.compile(r"[.!?][”\"’»]?\s")


_THE_SPOKESPERSON_TEXTS = frozenset(["the spokesperson", "the spokesman", "the spokeswoman"])


def _the_spokesperson_again(speakers: _Speakers, records: list[QuoteRecord]) -> None:
    """ "An ECP spokesperson said …. The spokesperson added that …": a "the spokesperson" no reference
    resolved is the one introduced for a body just before (in that paragraph or the one before it)."""
    body = speakers.body
    for index, record in enumerate(records):
        if (
            record.kind != "indirect"
            or record.speaker_key is not None
            or record.speaker_text is None
            or record.speaker_text.lower() not in _THE_SPOKESPERSON_TEXTS
        ):
            continue
        subject = body.rfind(record.speaker_text, 0, record.start)
        paragraph = body.rfind("\n\n", 0, subject)
        floor = body.rfind("\n\n", 0, paragraph) if paragraph > 0 else 0
        organisation = _spokesperson_org(speakers, max(floor, 0), subject) if subject > 0 else None
        if organisation is not None and organisation.key:
            records[index] = dataclasses.replace(
                record, speaker_key=organisation.key, speaker_type=organisation.type
            )


def _they_who_just_spoke(body: str, records: list[QuoteRecord]) -> None:
    """ "Observers from the OAS said … They said …": an unresolved "they" reporting right after an
    organisation's words, in the same paragraph, is that organisation again."""
    last: QuoteRecord | None = None
    for index, record in enumerate(records):
        if (
            record.speaker_key is None
            and record.speaker_text in ("They", "they")
            and last is not None
            and body.find("\n\n", last.end, record.start) < 0
            # The very next sentence: "… Protesters disagreed. They said …" is someone else.
            and len(_SENTENCE_BREAK.findall(body, last.end, record.start)) <= 1
        ):
            records[index] = dataclasses.replace(
                record,
                speaker_key=last.speaker_key,
                speaker_type=last.speaker_type,
                speaker_text=record.speaker_text,
            )
            continue
        if record.speaker_key is not None:
            last = record if record.speaker_type == "organisation" else None


def _transcript_lines(document: Document, speakers: _Speakers, quoted: set[int]) -> list[QuoteRecord]:
    """ "DES ROSIERS: They have not.": a transcript line, in no quote marks, is its speaker's words."""
    body = document.body
    records = []
    for number, span in enumerate(document.paragraphs):
        if number in quoted or not body[span.start : span.start + 1].isupper():
            continue
        if body.find(": ", span.start, span.start + 60) < 0:
            continue  # most paragraphs: no label at all
        speaker = speakers.starting_at(span.start)
        if speaker is None or speaker.type != "person" or not body.startswith(": ", speaker.end):
            continue
        if not body[span.start : speaker.end].isupper():
            continue  # "Roe: a profile" is a heading: a label is a name in capitals
        record = _paragraph_quote(body, speaker.end + 2, span.end, speaker)
        if record is not None and not record.text.isupper():  # "ROE: A PROFILE" is a heading
            records.append(record)
    return records


# A release's quote set as paragraphs with no quote marks after "Jane Roe, minister, said:": the words
# after the first paragraph go on while they speak in the first or second person.
_FIRST_OR_SECOND_PERSON = re.compile(
    r"\b(?:I|I[’']m|I[’']ve|I[’']ll|[Ww]e|[Ww]e[’'](?:re|ve|ll)|[Oo]ur|[Uu]s|[Mm]y|[Mm]e|[Yy]ou|[Yy]our)\b"
)
_SENTENCE_PARAGRAPH = re.compile(r"[A-Z0-9][^\n]*[.!?…]\s*$")


def _unmarked_statement(document: Document, speakers: _Speakers, quoted: set[int]) -> list[QuoteRecord]:
    """ "Telecoms Minister Jane Roe said:" as a paragraph of its own, then her words as plain
    paragraphs in no quote marks (the gov.uk press-release style): each paragraph is a direct quote."""
    body = document.body
    paragraphs = document.paragraphs
    records: list[QuoteRecord] = []
    number = 1
    while number < len(paragraphs):
        span = paragraphs[number]
        before = paragraphs[number - 1]
        end = before.end
        while end > before.start and body[end - 1].isspace():
            end -= 1
        if (
            body[end - 1 : end] != ":"
            or number in quoted
            or number - 1 in quoted
            or not _SENTENCE_PARAGRAPH.match(body, span.start, span.end)
        ):
            number += 1
            continue
        lead = _Quote(span.start, span.start, end, end, number, -1)
        speaker, cue = _speaker_before(speakers, lead, max(before.start, end - CUE_REACH))
        if (
            speaker is None
            or not speaker.key
            or cue not in REPORTING_VERBS
            or not body.endswith(cue, 0, end - 1)
        ):
            number += 1  # the verb must end the paragraph: "They are:" after "…, Roe explained." is a list
            continue
        first = number
        while number < len(paragraphs):
            span = paragraphs[number]
            if number in quoted or not _SENTENCE_PARAGRAPH.match(body, span.start, span.end):
                break
            if number > first and not _FIRST_OR_SECOND_PERSON.search(body, span.start, span.end):
                break  # the release's own narrative again
            record = _paragraph_quote(body, span.start, span.end, speaker, cue)
            if record is not None:
                records.append(record)
            number += 1
    return records


# "Question: …" / "Correspondent: …": a briefing transcript's turn by an unnamed journalist.
_ASKER_LABEL = re.compile(r"(?:Q|Question|Questioner|Correspondent|Reporter|Journalist)\s?:\s")
# "Deputy Spokesperson: …", "Ms. Okafor: …": a turn label in ordinary capitals (the capitals' kind is
# _transcript_lines'); a short run of capitalised words (with "of", "for", "the") before a colon.
_TURN_LABEL = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Prof)?\.? ?[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|for|the|and)){0,5}:\s"
)
# "a near-verbatim transcript of today's noon briefing by Ana Ruiz, …": who speaks before any label.
_BRIEFED_BY = re.compile(
    r"\b(?:transcript|briefing|press conference|news conference|remarks)\b[^.\n]{0,80}? by "
)


def _speaker_turns(document: Document, speakers: _Speakers, quoted: set[int]) -> list[QuoteRecord]:
    """A briefing transcript in speaker turns ("Deputy Spokesperson: …", "Question: …", "Ms. Okafor:
    …"): every paragraph is a direct quote by the turn's speaker, unlabelled paragraphs continue the
    last turn, the introduction's "briefing by NAME" speaks first, and the journalists' questions
    are quotes by no one named. Headings (no closing stop) are no one's words."""
    body = document.body
    paragraphs = document.paragraphs
    if body.count(": ") < 4:
        return []  # most articles: no turns at all
    people = [r for r in speakers.references if r.type == "person" and r.key]
    turns: list[tuple[int, Reference | None] | None] = []  # (text start, speaker) per labelled paragraph
    askers = named = 0
    outlet_asks = False
    posts: dict[str, Reference | None] = {}  # each post label looked up once
    for span in paragraphs:
        asker = _ASKER_LABEL.match(body, span.start, span.start + 16)
        if asker is not None:
            turns.append((asker.end(), None))
            askers += 1
            continue
        label = _TURN_LABEL.match(body, span.start, span.start + 80)
        if label is None or body[span.start : label.end()].isupper():
            turns.append(None)
            continue
        outlet = speakers.starting_at(span.start)
        if (
            outlet is not None
            and outlet.type == "organisation"
            and outlet.key
            and outlet.end == label.end() - 2
        ):
            # "BNamericas: How far along is …?": the outlet interviewing asks, under its own name.
            turns.append((label.end(), outlet))
            askers += 1
            outlet_asks = True
            continue
        speaker = _turn_speaker(body, people, speakers, span.start, label.end() - 2, posts)
        turns.append((label.end(), speaker) if speaker is not None else None)
        named += speaker is not None
    # A transcript asks and answers more than once; an article with a "Update:" line does not.
    if askers < 2 or named < 2:
        return []
    first = next(number for number, turn in enumerate(turns) if turn is not None)
    for number in range(first):
        span = paragraphs[number]
        match = _BRIEFED_BY.search(body, span.start, span.end)
        found = speakers.starting_at(match.end()) if match is not None else None
        if found is not None and found.type == "person" and found.key:
            # The introduction names the briefer: what follows it, up to the first label, is theirs.
            for later in range(number + 1, first):
                turns[later] = (paragraphs[later].start, found)
            first = number + 1
            break
    # An interview whose outlet asks ends at its last turn: the story goes on in its own words.
    last = max(number for number, turn in enumerate(turns) if turn is not None) if outlet_asks else len(turns)
    current: Reference | None = None
    records: list[QuoteRecord] = []
    for number, span in enumerate(paragraphs):
        turn = turns[number]
        if turn is not None:
            start, current = turn
        elif first < number <= last:
            start = span.start
        else:
            continue
        if number in quoted:
            continue
        record = _paragraph_quote(body, start, span.end, current, "turn")
        if record is None or record.text[-1] not in ".?!…":
            continue  # a heading ("Questions and Answers") or an empty turn
        records.append(record)
    return records


def _turn_speaker(
    body: str,
    people: list[Reference],
    speakers: _Speakers,
    start: int,
    colon: int,
    posts: dict[str, Reference | None],
) -> Reference | None:
    """Whom a turn label names: the person it spells ("Ms. Okafor"), or the one the text presents
    with that post ("Ana Ruiz, Deputy Spokesperson for …")."""
    space = body.find(" ", start, colon)
    for at in (start, space + 1) if space > 0 else (start,):  # "Ms. Okafor": the name after "Ms."
        found = speakers.starting_at(at)
        if found is not None and found.end == colon:
            return found if found.type == "person" and found.key else None
    label = body[start:colon]
    if label.split()[-1] not in TITLE_HEADS:
        return None
    if label not in posts:
        posts[label] = None
        for reference in people:
            after = body[reference.end : reference.end + len(label) + 8]
            if after.startswith(", ") and after[2:].removeprefix("the ").startswith(label):
                posts[label] = reference
                break
    return posts[label]


# "Q: …" / "A: …": a question-and-answer interview's labels.
_QUESTION_LABEL = re.compile(r"(?:Q|Question)\s?:\s")
_ANSWER_LABEL = re.compile(r"(?:A|Answer)\s?:\s")
# "We spoke to her about …": whom the introduction says was interviewed.
_INTERVIEWED = re.compile(r"\b(?:spoke|talked|speaks|talks) (?:to|with) |\binterviewed ")


def _most_named(named: list[Reference]) -> Reference | None:
    """The person an interview's introduction names most often by name (at least twice, and more than
    anyone else): the one it presents, when others (a predecessor, a colleague) are named in passing."""
    counts: dict[str, int] = {}
    for reference in named:
        if reference.kind == "name" and reference.key:
            counts[reference.key] = counts.get(reference.key, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return None
    return next(r for r in named if r.kind == "name" and counts.get(r.key or "") == ranked[0])


def _interview_answers(document: Document, speakers: _Speakers) -> list[QuoteRecord]:
    """A question-and-answer interview: every answer ("A: …", and the unlabelled paragraphs that
    continue it up to the next question) is a direct quote by the person the introduction presents;
    the questions are the interviewer's and no quotes."""
    body = document.body
    paragraphs = document.paragraphs
    labels: list[str | None] = []
    for span in paragraphs:
        if _QUESTION_LABEL.match(body, span.start, span.start + 12):
            labels.append("q")
        elif _ANSWER_LABEL.match(body, span.start, span.start + 12):
            labels.append("a")
        else:
            labels.append(None)
    if labels.count("q") < 2 or "a" not in labels:
        return []
    first_question = labels.index("q")
    intro_end = paragraphs[first_question].start
    named = [r for r in speakers.references if r.start < intro_end and r.type == "person" and r.key]
    keys = {r.key for r in named if r.kind == "name"}
    interviewee: Reference | None = None
    if len(keys) == 1:
        interviewee = next(r for r in named if r.kind == "name")
    else:
        for match in _INTERVIEWED.finditer(body, 0, intro_end):
            found = speakers.starting_at(match.end())
            if found is not None and found.type == "person" and found.key:
                interviewee = found
                break
        if interviewee is None:
            interviewee = _most_named(named)
    records: list[QuoteRecord] = []
    for number, span in enumerate(paragraphs):
        label = labels[number]
        if label == "a":
            start = _ANSWER_LABEL.match(body, span.start, span.start + 12).end()  # type: ignore[union-attr]
        elif label is None and number > first_question and _continues_answer(labels, number):
            start = span.start
        else:
            continue
        record = _paragraph_quote(body, start, span.end, interviewee, "answer")
        if record is not None:
            records.append(record)
    return records


# "…, spoke about the recovery. Edited excerpts:": an interview's questions and answers follow, unlabelled.
_EXCERPTS = re.compile(
    r"(?:\b[Ee]xcerpts?\b[^.!?\n]{0,60}:|\bedited (?:and condensed )?for (?:length|clarity|brevity)[^\n]{0,40}[.:])"
    r"\s*$"
)


def _paragraph_text_end(body: str, span: Span) -> int:
    end = span.end
    while end > span.start and body[end - 1].isspace():
        end -= 1
    return end


def _paragraph_quote(
    body: str, start: int, end: int, speaker: Reference | None, cue: str | None = None
) -> QuoteRecord | None:
    """A paragraph's words from ``start`` to ``end`` as one direct quote by ``speaker`` (None: by no one
    named), without the white space that ends the paragraph; None when no words are left."""
    while end > start and body[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    return QuoteRecord(
        text=body[start:end],
        kind="direct",
        start=start,
        end=end,
        speaker_key=speaker.key if speaker else None,
        speaker_type=_speaker_type(speaker),
        speaker_text=speaker.text if speaker else None,
        cue=cue,
    )


_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)\b")


def _is_question(body: str, span: Span) -> bool:
    """An interviewer's paragraph: it ends in a question mark, or opens with a question and goes on to
    a statement that is not the interviewee's own ("What about capital? Your ratio fell last year.")."""
    end = _paragraph_text_end(body, span)
    if body[end - 1 : end] == "?":
        return True
    mark = body.find("?", span.start, end)
    return (
        0 <= mark - span.start < 120
        and not any(c in ".!" for c in body[span.start : mark])
        and not _FIRST_PERSON.search(body, span.start, end)
    )


def _unlabelled_interview(document: Document, speakers: _Speakers, quoted: set[int]) -> list[QuoteRecord]:
    """ "Edited excerpts:" then questions and answers with no "Q:"/"A:" labels: a paragraph ending in a
    question mark is the interviewer's, and the paragraphs after it, up to the next question, are the
    interviewee's answer; after the last question the answer goes on while it speaks in the first person."""
    body = document.body
    if "xcerpt" not in body and "edited " not in body:
        return _introduced_interview(document, speakers, quoted)
    paragraphs = document.paragraphs
    marker = next(
        (
            number
            for number, span in enumerate(paragraphs)
            if _EXCERPTS.search(body, max(span.start, span.end - 120), span.end)
        ),
        None,
    )
    if marker is None or marker + 1 >= len(paragraphs):
        return _introduced_interview(document, speakers, quoted)
    is_question = [_is_question(body, span) for span in paragraphs]
    if not is_question[marker + 1] or sum(is_question[marker + 1 :]) < 2:
        return []
    intro = paragraphs[marker]
    named = [r for r in speakers.references if r.type == "person" and r.key and r.kind == "name"]
    in_marker = {r.key for r in named if intro.start <= r.start < intro.end}
    interviewee: Reference | None = None
    if len(in_marker) == 1:
        interviewee = next(r for r in named if r.key in in_marker and intro.start <= r.start)
    else:
        before = {r.key for r in named if r.start < intro.end}
        if len(before) == 1:
            interviewee = next(r for r in named if r.start < intro.end)
    if interviewee is None:
        return []
    last_question = max(number for number, question in enumerate(is_question) if question)
    return _answer_paragraphs(body, paragraphs, marker + 2, is_question, last_question, quoted, interviewee)


def _answer_paragraphs(
    body: str,
    paragraphs: tuple[Span, ...],
    first: int,
    is_question: list[bool],
    last_question: int,
    quoted: set[int],
    interviewee: Reference,
) -> list[QuoteRecord]:
    """The paragraphs from `first` on that are not questions, each an answer of the interviewee, until
    a paragraph that is no sentence or, past the last question, speaks in no first or second person."""
    records: list[QuoteRecord] = []
    for number in range(first, len(paragraphs)):
        span = paragraphs[number]
        if is_question[number] or number in quoted:
            continue
        if not _SENTENCE_PARAGRAPH.match(body, span.start, span.end):
            break
        if number > last_question + 1 and not _FIRST_OR_SECOND_PERSON.search(body, span.start, span.end):
            break  # the story's own narrative after the interview
        record = _paragraph_quote(body, span.start, span.end, interviewee, "answer")
        if record is not None:
            records.append(record)
    return records


# "Dr Roe of the University of Galway talks about drones, methane and …": an introduction that
# presents an interview with no "Excerpts:" line before its unlabelled questions.
_INTERVIEW_INTRO = re.compile(
    r"\b(?:talks?|speaks?|talked|spoke|chats?|chatted) (?:to|with|about)\b|\binterview\b|\bQ ?& ?A\b"
)
_MIN_UNMARKED_QUESTIONS = 3  # one question paragraph is a rhetorical line; three make an interview


def _introduced_interview(document: Document, speakers: _Speakers, quoted: set[int]) -> list[QuoteRecord]:
    """An interview with neither labels nor an "Excerpts:" line: the introduction says someone talks
    about something, then at least three short paragraphs ending in a question mark each come before
    an answer in the first person ("I grew up …", "We measure …"). An explainer's question subheads
    are answered in the third person, and are no interview. Every answer is a direct quote by the
    person the introduction names most."""
    body = document.body
    if body.count("?\n") < _MIN_UNMARKED_QUESTIONS:
        return []  # most stories: no question paragraphs at all
    paragraphs = document.paragraphs
    is_question = [
        _paragraph_text_end(body, span) - span.start < 200
        and body[_paragraph_text_end(body, span) - 1] == "?"
        and number not in quoted
        for number, span in enumerate(paragraphs)
    ]
    if sum(is_question) < _MIN_UNMARKED_QUESTIONS:
        return []
    first = is_question.index(True)
    last = max(number for number, question in enumerate(is_question) if question)
    if first == 0 or not _INTERVIEW_INTRO.search(body, 0, paragraphs[first].start):
        return []
    if _TURN_LABEL.match(body, paragraphs[first].start, paragraphs[first].start + 80):
        return []  # "BNamericas: …?": labelled turns, read as such
    # Every question is answered at once, in the first person.
    for number in range(first, last + 1):
        if is_question[number] and (
            number + 1 >= len(paragraphs)
            or is_question[number + 1]
            or not _FIRST_PERSON.search(body, paragraphs[number + 1].start, paragraphs[number + 1].end)
        ):
            return []
    intro_end = paragraphs[first].start
    named = [r for r in speakers.references if r.start < intro_end and r.type == "person" and r.key]
    keys = {r.key for r in named if r.kind == "name"}
    interviewee = next(r for r in named if r.kind == "name") if len(keys) == 1 else _most_named(named)
    if interviewee is None:
        return []
    return _answer_paragraphs(body, paragraphs, first + 1, is_question, last, quoted, interviewee)


def _continues_answer(labels: list[str | None], number: int) -> bool:
    """An unlabelled paragraph continues an answer when an answer stands before it and a question
    after it, with only unlabelled paragraphs between."""
    before = number - 1
    while before >= 0 and labels[before] is None:
        before -= 1
    after = number + 1
    while after < len(labels) and labels[after] is None:
        after += 1
    return before >= 0 and labels[before] == "a" and after < len(labels) and labels[after] == "q"


# "…, in a move analysts said would strengthen China's hand": what the move would do, by whom.
_SAID_WOULD = re.compile(
    r"\b(?:a|an|the|this|which) (?:[a-z-]+ )?(?:move|step|decision|deal|plan|change|policy|measure|shift|ruling|"
    r"law|bill|rule|rules|cut|rise|hike) (?P<who>[^,.;:“”\"]{2,50}?) (?:said|say) (?P<clause>would [^.;:]+)"
)
# "…, which some traders said could test demand": what the thing just named would do, by whom; after a
# comma, a relative "which" and a modal verb opening the clause.
_WHICH_SAID_MODAL = re.compile(
    r", which (?P<who>[^,.;:“”\"]{2,50}?) (?:said|say|says) "
    # "accounts, which the city says are often left unpaid": the verb right after, of be or have too.
    r"(?P<clause>(?:would|could|might|may|will|can|should|is|are|was|were|has|have|had) [^.;:]+)"
)


_MOVE_CAPITALS_SAY = re.compile(
    r"\b(?:a|an|the|this) (?:[a-z-]+ )?(?:move|step|decision|deal|plan|change|policy|measure|ruling|law|bill|rule|"
    r"duty|tariff|ban|levy) (?P<who>[A-Z][\w’'-]+(?: (?:and )?[A-Z][\w’'-]+){0,3}) say "
    r"(?P<clause>[a-z]{3,}s\b[^.;:]+)"
)
# "a case that rights groups say is part of a crackdown", "a law that critics say is modeled on …": what
# an unnamed group says of the thing just named, up to a clause joined after a comma.
_THAT_GROUP_SAY = re.compile(
    # "a measure that provincial officials say falls short", "which the authors say is a sign that …".
    r"\b(?:that|which) (?P<who>(?:[a-z-]+ ){0,2}(?:critics|groups|activists|analysts|experts|observers|opponents|"
    r"campaigners|residents|economists|lawyers|scientists|researchers|advocates|officials|authors)) "
    r"(?:say|said|argue|argued|claim|claimed|allege|alleged) "
    r"(?P<clause>(?:(?:is|are|was|were|has|have|had|will|would|could|can|may|might)\b|[a-z]+s (?!of\b))[^.;:]+?)"
    r"(?=, (?:and|but|while|whereas) |[;:]|\.?$)"
)
# "environmental groups who say they were not consulted": an unnamed group's words in a relative clause.
_GROUP_WHO_SAY = re.compile(
    r"\b(?:[a-z-]+ ){0,2}(?:critics|groups|activists|analysts|experts|observers|opponents|campaigners|residents|"
    r"economists|lawyers|scientists|researchers|advocates|officials|farmers|workers|traders|unions) who "
    r"(?:say|said|argue|argued|claim|claimed|allege|alleged) (?:that )?"
    r"(?P<clause>(?:they|it|the|their|he|she)\b[^.;:]+?)(?=, (?:and|but|while|whereas) |[;:]|\.?$)"
)


# "… by officers of the State Security Committee (SSC), which said at the time that …": the body just
# named reports the clause.
_WHICH_SAID_THAT = re.compile(
    r"(?:\s+\([A-Z][\w&.]{1,9}\)|\))?, which (?:also |later )?"
    r"(?P<verb>said|says|claimed|alleged|warned|estimates|estimated|reported|reports)"
    # "which said in its annual report in June that": the document and the time, before "that".
    r"(?: (?:at the time|then|earlier|in a statement|in (?:its|a|an|their) (?:[\w-]+ ){0,3}?"
    r"(?:report|statement|review|assessment|update|study|survey|outlook|bulletin)|"
    r"in (?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})|"
    r"last (?:week|month|year)))* that (?P<clause>[^;:]+?)\.?$"
)


# "the Acme Group, which says it has more than 9,000 members, said …": the body's claim inside the
# appositive, closed by its comma.
_WHICH_SAYS_APPOSITIVE = re.compile(
    r"(?:\s+\([A-Z][\w&.]{1,9}\))?, which (?P<verb>says|said|claims|claimed) (?:that )?"
    r"(?P<clause>(?:it|they|its|their) (?:[^,;:“”\"]|(?<=\d),(?=\d)){6,120}?)(?=, )"
)


def _body_which_said(speakers: _Speakers, sentence: Sentence, direct: _DirectQuotes) -> QuoteRecord | None:
    at = sentence.text.find(", which ")
    while at >= 0:
        for index in range(bisect.bisect_left(speakers.starts, sentence.start + at) - 1, -1, -1):
            reference = speakers.references[index]
            if reference.start < sentence.start:
                break
            if reference.type != "organisation" or reference.kind != "name":
                continue
            match = _WHICH_SAID_THAT.match(speakers.body, reference.end, sentence.end) or (
                _WHICH_SAYS_APPOSITIVE.match(speakers.body, reference.end, sentence.end)
            )
            if match is not None:
                start = match.start("clause")
                return _clause_record(
                    speakers.body, start, match.end("clause"), reference, match.group("verb"), direct
                )
            break
        at = sentence.text.find(", which ", at + 8)
    return None


def _relative_clause(speakers: _Speakers, sentence: Sentence, direct: _DirectQuotes) -> QuoteRecord | None:
    if ", which " in sentence.text:
        found = _body_which_said(speakers, sentence, direct)
        if found is not None:
            return found
    match = _SAID_WOULD.search(sentence.text) or _WHICH_SAID_MODAL.search(sentence.text)
    if match is None and " say " in sentence.text:
        # "a move Kampala and Dodoma say violates the protocol": capitals standing for governments.
        capitals = _MOVE_CAPITALS_SAY.search(sentence.text)
        if capitals is not None:
            who_start, who_end = sentence.start + capitals.start("who"), sentence.start + capitals.end("who")
            if speakers.starting_at(who_start) is None and not speakers.person_named_between(
                who_start, who_end
            ):
                start, end = sentence.start + capitals.start("clause"), sentence.end
                return _clause_record(speakers.body, start, end, None, "say", direct)
    if match is None and (" that " in sentence.text or " which " in sentence.text):
        match = _THAT_GROUP_SAY.search(sentence.text)
        if match is not None:  # the group is in lower case: no one named
            start, end = sentence.start + match.start("clause"), sentence.start + match.end("clause")
            return _clause_record(speakers.body, start, end, None, "say", direct)
    if match is None and " who " in sentence.text:
        match = _GROUP_WHO_SAY.search(sentence.text)
        if match is not None:
            start, end = sentence.start + match.start("clause"), sentence.start + match.end("clause")
            return _clause_record(speakers.body, start, end, None, "say", direct)
    if match is None:
        return None
    who_start, who_end = sentence.start + match.start("who"), sentence.start + match.end("who")
    subject = _named_at(speakers, who_start)
    if subject is not None and not _SUBJECT_GAP.fullmatch(speakers.body, subject.end, who_end + 1):
        return None
    if subject is None and not _unnamed(speakers.body, who_start, who_end + 1):
        return None
    start = sentence.start + match.start("clause")
    return _clause_record(speakers.body, start, sentence.end, subject, "said", direct)


# "Jane Roe, a grain trader who said he had stopped buying …", "Acme, the app that says it has …": a
# relative clause's reported speech, by the name it describes.
_WHO_SAID = re.compile(r"\b(?:who|that) (?:has |had |have )?(?P<verb>said|says|say)(?: that)? (?=[a-z“\"‘])")
# Between the name and "who": nothing, or its appositive (", 71, ", ", a grain trader ").
_RELATIVE_GAP = re.compile(r"(?:,(?: [^,.;:“”\"()]{1,60}?)?,?)? ")
_RELATIVE_END = re.compile(r",(?= )")


# "sentenced by a judge who said …": the court's one judge, named later as "Justice Jane Roe".
_A_JUDGE_BEFORE = re.compile(r"\b[Aa] (?P<role>judge|magistrate) $")


def _the_one_judge(speakers: _Speakers, role: str) -> Reference | None:
    """The one person the article titles judge (or styles Justice) or magistrate, if only one."""
    heads = ("judge", "justice") if role == "judge" else (role,)
    found = [holder for head in heads if (holder := _role_holder(speakers, head)) is not None]
    return found[0] if found and all(f.key == found[0].key for f in found) else None


def _who_said(speakers: _Speakers, sentence: Sentence, direct: _DirectQuotes) -> QuoteRecord | None:
    body = speakers.body
    match = _WHO_SAID.search(body, sentence.start, sentence.end)
    if match is None:
        return None
    unnamed = _A_JUDGE_BEFORE.search(body, max(sentence.start, match.start() - 14), match.start())
    if unnamed is not None:
        # A court story's "a judge who said …" is its one judge, whom it names later by post.
        judge = _the_one_judge(speakers, unnamed.group("role"))
        if judge is None:
            return None
        return _clause_record(body, match.end(), sentence.end, judge, match.group("verb"), direct)
    index = bisect.bisect_left(speakers.starts, match.start()) - 1
    while index >= 0 and speakers.references[index].end > match.start():
        index -= 1  # a reference inside "who said" itself: none stands there
    if index < 0 or speakers.references[index].start < sentence.start:
        # "The residents, who say they have lived there since the 1970s, accuse …": an unnamed group
        # opening the sentence, its own words in the relative clause up to the comma closing it.
        opening = speakers.past_dateline(sentence.start)
        group_end = match.start() - 2 if body.endswith(", ", 0, match.start()) else match.start() - 1
        if (
            match.group("verb") in ("say", "says")
            and body[group_end] == ","
            and _UNNAMED_SUBJECT.fullmatch(body, opening, group_end)
        ):
            for comma in _RELATIVE_END.finditer(body, match.end(), sentence.end):
                if not direct.covers(comma.start(), comma.start() + 1):
                    return _clause_record(body, match.end(), comma.start(), None, match.group("verb"), direct)
        return None
    named = speakers.references[index]
    if (
        named.start < sentence.start
        or not named.key
        or named.type not in ("person", "organisation")
        or named.kind not in ("name", "role", "descriptor")
        or _is_possessive(body, named)
        or _RELATIVE_GAP.fullmatch(body, named.end, match.start()) is None
    ):
        return None
    start = match.end()
    end = sentence.end
    if body[named.end : named.end + 1] == ",":
        # "Mavis Roe, 71, who said she had known her for years, said …": the appositive's comma closes it,
        # outside any quote marks.
        for comma in _RELATIVE_END.finditer(body, start, end):
            if not direct.covers(comma.start(), comma.start() + 1):
                end = comma.start()
                break
    return _clause_record(body, start, end, named, match.group("verb"), direct)


# ", told our reporter that ": the main verb after a subject's "who said …" clause.
_MAIN_CUE_AFTER_WHO = re.compile(
    r"[\s.,;:!?”\"’»]*, (?P<verb>told|said|says|added)(?: [^,.;:“”\"]{1,60}?)? that (?=[\w“\"‘])"
)


def _main_after_who(
    body: str, sentence: Sentence, relative: QuoteRecord, direct: _DirectQuotes
) -> QuoteRecord | None:
    """The main clause after the subject's relative "who said …" clause, in the relative's voice."""
    cue = _MAIN_CUE_AFTER_WHO.match(body, relative.end, sentence.end)
    if cue is None or relative.speaker_key is None:
        return None
    speaker = Reference(
        relative.start, relative.end, relative.speaker_text or "", relative.speaker_key, relative.speaker_type
    )
    return _clause_record(body, cue.end(), sentence.end, speaker, cue.group("verb"), direct)


# "MPs signed a letter warning that …", "issued a statement saying that …": a document's words,
# reported through a participle.
_DOCUMENT_SAYING = re.compile(
    r"\b(?:a|an|the|its|their) (?:[a-z-]+ ){0,2}?(?:letter|statement|motion|petition|report|note|resolution|"
    r"communiqu[eé]|notice) (?P<cue>warning|saying|stating|arguing|claiming|insisting|alleging) that "
)


# "Rights groups have raised concerns that …", "voiced fears that …": what was said, as a noun's content.
_CONCERN_THAT = re.compile(
    r"\b(?P<verb>raised|voiced|expressed|aired) (?:(?:serious|growing|new) )?(?:concerns?|fears?|doubts?|worries) that "
)


def _concern_that(speakers: _Speakers, sentence: Sentence, direct: _DirectQuotes) -> QuoteRecord | None:
    match = _CONCERN_THAT.search(sentence.text)
    if match is None:
        return None
    verb_start = sentence.start + match.start("verb")
    subject = speakers.subject_before(verb_start, sentence.start)
    if subject is None and not _unnamed(speakers.body, speakers.past_dateline(sentence.start), verb_start):
        return None
    return _clause_record(
        speakers.body, sentence.start + match.end(), sentence.end, subject, match.group("verb"), direct
    )


# "cautioned residents against taking …", "warned drivers not to …": whom the advice is for, then it.
_ADVISING_VERBS = frozenset(
    ["cautioned", "cautions", "warned", "warns", "urged", "urges", "advised", "advises"]
)
_ADVISED_AGAINST = re.compile(r"(?!that )(?:[a-z][\w-]* ){1,3}?(?:against|not to) [a-z]")


def _clause_comma(text: str, start: int) -> int:
    """Where the phrase from ``start`` ends: its next comma, else the sentence's end."""
    comma = text.find(",", start)
    return comma if comma >= 0 else len(text)


# "rejected claims by the Liberal Party that the government had cut …": the claim is its maker's words.
_CLAIMS_BY = re.compile(
    r"\b(?:rejected|rejects|denied|denies|dismissed|dismisses|refuted|refutes|disputed|disputes) "
    r"(?:the )?(?:claims?|allegations?|accusations?|suggestions?) (?:by|from) (?P<who>[^,.;:“”\"]{2,80}?)"
    r"(?: \([A-Z][\w&.]{1,9}\))? that (?=[\w“\"‘])"
)


def _claims_by(speakers: _Speakers, sentence: Sentence, direct: _DirectQuotes) -> QuoteRecord | None:
    match = _CLAIMS_BY.search(sentence.text)
    if match is None:
        return None
    who = _named_at(speakers, sentence.start + match.start("who"))
    if who is not None and who.end != sentence.start + match.end("who"):
        who = None
    return _clause_record(speakers.body, sentence.start + match.end(), sentence.end, who, "claims", direct)


def _document_saying(speakers: _Speakers, sentence: Sentence, direct: _DirectQuotes) -> QuoteRecord | None:
    match = _DOCUMENT_SAYING.search(sentence.text)
    if match is None:
        return None
    document = speakers.starting_at(sentence.start + match.start())
    issuer = document if document is not None and document.kind == "document" and document.key else None
    return _clause_record(
        speakers.body, sentence.start + match.end(), sentence.end, issuer, match.group("cue"), direct
    )


_OTHER_SPEAKER = re.compile(r", (?:and|but|while|whereas|even as|as|although|though) ")
# An unnamed group, then its reporting verb and "that": "critics in the town argued that ".
_UNNAMED_OTHER = re.compile(
    r"[^,;:“”\"]{2,80}? (?P<verb>said|says|argued|argue|alleged|allege|claimed|claim|insisted|insist|warned|warn)"
    # "…, while others said they got nothing": "said" may report a clause without "that".
    # "…, as landlords warned lawmakers that …": whom they told, before "that".
    r"(?:(?: (?:lawmakers|legislators|reporters|journalists|officials|ministers|MPs|investors|residents))? that"
    r"|(?<=said)|(?<=says)) "
)
# "…, as landlords warned …": owners of homes and land, in any form of the word.
_LANDLORDS = re.compile(r"(?:some |many |other )?(?:landlords|landladies|homeowners|property owners)\s*")
_OTHER_SPEAKER_VERB = re.compile(
    r"(?:said|says|added|warned|insisted|argued|(?:cautioned|noted)(?= that))(?: that)? "
)


def _other_speaker_clause(speakers: _Speakers, found: QuoteRecord) -> tuple[int, QuoteRecord] | None:
    """Where a second named speaker's reported clause starts inside ``found``, and that clause."""
    body = speakers.body
    for match in _OTHER_SPEAKER.finditer(body, found.start, found.end):
        subject = speakers.starting_at(match.end())
        if subject is None and body.startswith("the ", match.end()):
            # "…, but the Clean Air Platform said …": a body's name after its article.
            named = speakers.starting_at(match.end() + 4)
            subject = (
                named if named is not None and named.type == "organisation" and named.kind == "name" else None
            )
        if subject is None:
            unnamed = _UNNAMED_OTHER.match(body, match.end(), found.end)
            if unnamed is not None and (
                _unnamed(body, match.end(), unnamed.start("verb"))
                or _UNNAMED_AGENTS.fullmatch(body, match.end(), unnamed.start("verb")) is not None
                or _LANDLORDS.fullmatch(body, match.end(), unnamed.start("verb")) is not None
            ):
                # "…, even as residents alleged that the work was “only on paper”": a voice the
                # article does not name, whose clause is not the first speaker's.
                if len(body[unnamed.end() : found.end].split()) < 3:
                    continue
                return match.start(), dataclasses.replace(
                    found,
                    text=body[unnamed.end() : found.end],
                    start=unnamed.end(),
                    speaker_key=None,
                    speaker_type=None,
                    speaker_text=None,
                    cue=unnamed.group("verb"),
                )
            continue
        # "…, although the bureau cautioned that …": a body named before, by its descriptor, speaks too.
        if subject.kind not in ("name", "descriptor") or subject.key is None:
            continue
        gap = _SUBJECT_GAP.match(body, subject.end, found.end)
        verb = _OTHER_SPEAKER_VERB.match(body, gap.end() if gap else subject.end)
        if verb is None or len(body[verb.end() : found.end].split()) < 3:
            continue
        return match.start(), dataclasses.replace(
            found,
            text=body[verb.end() : found.end],
            start=verb.end(),
            speaker_key=subject.key,
            speaker_type=subject.type,
            speaker_text=subject.text,
            cue=verb.group().split()[0],
        )
    return None


# "added CVE-2025-1234 to its list": an object, then where it was put, before any verb of a clause.
_ADDED_TO = re.compile(
    r"(?:(?!\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must)\b)[^,.;:“”\"])"
    r"{1,80}? to (?:its|the|their|his|her|our|a|an) "
)
# "warned private water suppliers against price gouging", "warned residents of flooding": the people
# warned, then what of, with no verb of a clause between.
_WARNED_AGAINST = re.compile(
    r"(?:(?!\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|that)\b)[^,.;:“”\"])"
    r"{1,60}? (?:against|of|about) "
)
# "added a third try as …", "added two more goals before the break": a counted thing, then a phrase.
_ADDED_THING = re.compile(
    r"(?:a|an|another|his|her|their|its|two|three|four|five|\d+) (?:[\w-]+ ){0,3}?[\w-]+"
    r"(?:[,.]| (?:as|in|for|with|from|on|off|before|after|when|while|late|early|just|to|at)\b)"
)
# ", but said …", " and added that …": a second reporting verb for the same subject.
# "and added a public plaza": without "that", "added" is the reported clause's own verb.
_SECOND_CUE = re.compile(
    # The comma or space every form opens with comes first, each form told apart behind it: the engine
    # then skips to those characters (an opening "(?:,? …|…)" makes it try every position).
    # ", but he accepted that …": the same speaker again, by a pronoun.
    r"[, ](?:(?<=,) (?:but|and) (?:also |later )?(?:(?:he|she) (?=accepted|admitted|conceded|acknowledged))?"
    r"|(?<= )(?:but|and) (?:also |later )?"
    # ", where it said …": the same speaker's words about the place just named.
    r"|(?<=,) where (?:it|he|she|they) )"
    r"(said|(?:added|insisted|warned|conceded|acknowledged|admitted|accepted|complained)(?= that)"
    # "…, but insisted his side had …": "that" left out before a pronoun or a determiner.
    r"|(?:insisted|admitted|conceded|acknowledged)(?= (?:he|she|they|it|we|his|her|their|its|the)\b)"
    # "…, but warned council that …": whom the same speaker warned or told, one or two words, then "that".
    r"|(?:warned|told)(?= (?:the )?[A-Za-z][\w’'-]*(?: [a-z][\w’'-]*)? that ))"
    r"(?:(?:(?<=warned)|(?<=told)) (?:the )?[A-Za-z][\w’'-]*(?: [a-z][\w’'-]*)?(?= that))?(?: that)? "
)


def _speaker_type(speaker: Reference | None) -> SpeakerType | None:
    return speaker.type if speaker is not None else None
