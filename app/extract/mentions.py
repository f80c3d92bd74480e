"""Find people, organisations, places, pronouns and descriptors in an article body.

The unit of work is a *chunk*: a run of capitalised words, joined across "of",
"for", "and", "&" and list commas when the words around them make one name
("Department for Environment, Food and Rural Affairs"). Each chunk is then read as an
organisation, a place, a title, a person or nothing, using lexicons plus the
words around it (titles, roles, reporting verbs) rather than capitalisation
alone: sentence-initial capitals are the classic false positive.

Organisations with no organisation word are found by what surrounds them: a role before a
name ("Nuvola chief executive"), "which" or "it" after it ("Aslef, which represents…",
"Stratus said it would appeal"), "-based" before it, a club name in a match report, a
party or agency from the small lexicon; and a short form ("Norwell", "Wanderers") joins
the full name the article gives elsewhere.

Speed matters (every import runs this): body-wide patterns begin with a character class so
the regex engine can skip ahead, long word lists are grouped by first letter, and most
one-word chunks ("The", "But") are dismissed before any pattern runs.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate, pairwise

from app.extract.lexicon import (
    AMBIGUOUS_PLACES,
    CANDIDATE_POPULATION,
    CAPITAL_PARTICLES,
    CITY_POPULATION,
    COMPASS_ONLY_WORDS,
    DESCRIPTORS,
    FIRST_NAMES,
    GENERATIONS,
    GIVEN_NAME_SYLLABLES,
    HOME_FORMS,
    HONORIFICS,
    KNOWN_ORGS,
    KNOWN_SHORT_FORMS,
    NOT_JOBS,
    NOT_NAMES,
    ORG_ADJECTIVES,
    ORG_HEADS,
    PLACE_CANDIDATES,
    PLACE_FIRST_WORDS,
    PLACE_MAX_WORDS,
    PLACES,
    REPORTING_VERBS,
    ROLE_HEADS,
    STATE_SHORT_FORMS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TOWNS,
    FirstName,
    KnownOrg,
    PlaceInfo,
    family_name_first,
    fold,
    given_name_after_family,
    inner_surnames,
    is_capital_of,
    is_currency_code,
    is_language,
    particle_surname,
    paternal_surname,
    without_generation,
)
from app.extract.types import (
    Document,
    Mentions,
    OrganisationMention,
    PersonMention,
    PlaceMention,
    ReferenceMention,
    Span,
)

# Latin letters, with the Latin Extended Additional block (U+1E00–U+1EFF) Vietnamese writes its
# vowels in ("Cửu", "Việt", "Nguyễn").
_LATIN = [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]
_UPPER = "".join(chr(c) for c in _LATIN if chr(c).isupper())
_LOWER = "".join(chr(c) for c in _LATIN if chr(c).islower())
U = f"[{_UPPER}]"
W = f"[{_UPPER}{_LOWER}0-9]"
# "Md.", "Moh.", "Muh.", "Mohd.", "Muhd.", "Mhd.": Muhammad abbreviated, as South and Southeast Asian
# papers write it before the rest of the name. "Ll.", "Rh.": Welsh initials of a letter written with two
# ("Huw Ll. Morgan").
_ABBREVIATED = "Ll|Rh|Mr|Mrs|Ms|Md|Moh|Muh|Mohd|Muhd|Mhd|Dr|St|Sta|Sto|Ste|Gov|Sen|Coun|Ald|Rep|Gen|Col|Lt|Capt|Sgt|Maj|Adm|Prof|Rev|Jr|Sr|Inc|Corp|Co|Ltd|Mt|Ft|Cmdr|Hon|Atty|Engr|Eng|Dra|Cllr"
# "ap" is Welsh "son of" ("Huw ap Gruffydd"); "s/o", "d/o", "a/l" and "a/p" are the Tamil "son of" and
# "daughter of" of the Singaporean and Malaysian press ("Ravindran s/o Krishnasamy"); "a'" is Scottish
# Gaelic "of the" inside a surname ("Mac a' Phearsain"). "i" is the Catalan "and" joining a person's two
# surnames ("Jordi Puigvert i Casals"), as "y" is the Spanish one.
_PARTICLE = r"(?:von|van|der|den|dela|delos|de|del|della|di|da|du|la|le|los|bin|bint|binti|binte|ibn|al|el|dos|das|ter|ten|te|zu|y|i|ap|s/o|d/o|a/l|a/p|a'|a’)"
# The Arabic article written joined to a family name in lower case: "al-Hashimi", "el-Masri"; the
# French one elided before a capital: "Côte d'Ivoire", "Giscard d'Estaing".
_ARTICLE_PREFIX = r"(?<![\w’'\-])(?:(?:al|el)-|[dl][’'])(?=[A-Z])"
# One capitalised word: an abbreviation with its period, a dotted acronym, an initial, or a word
# ("H&M" and "B&Q" are one word).
# The Polynesian glottal stop (ʻokina, U+02BB) is a letter of the word, and may open it: "Taufaʻahau",
# "ʻOfa"; Hawaiian papers often write it as a left quote mark between letters ("O‘ahu", "Wai‘anae").
# An apostrophe after "ng" ends a Luo name before the next name word ("Joseph Ochieng' Odera").
# Khoekhoe names open on a click letter, which Namibian papers write "!" (or with the IPA click
# letters): "!Naruseb", "ǂGaseb".
_CLICK_PREFIX = rf"(?<![\w!])[!ǃǂǀǁ](?={U}[{_LOWER}])"
# Mongolian papers write the patronymic initial (one or two letters: "G.", "Ts.") joined to the
# given name with no space: "G.Sarangerel" is one word of one name.
_JOINED_INITIAL = rf"(?!(?:{_ABBREVIATED})\.)[A-Z][a-z]?\.{U}[{_LOWER}]{{2,}}(?![\w.’'-])"
_WORD = rf"(?:{_JOINED_INITIAL}|[A-Z]{{2,5}}[/+][A-Z]{{1,5}}(?![\w/+])|(?:{_ABBREVIATED})\.|(?:{U}\.){{2,}}|{U}\.(?!{W})|(?:{_ARTICLE_PREFIX}|{_CLICK_PREFIX})?\u02bb?{U}(?:{W}|[’'\-\u02bb](?={W})|(?<={W})\u2018(?=[{_LOWER}])|&(?={U}))*(?:(?:(?<=s)|(?<=ng))[’'](?= {U}))?)"
# A run of capitalised words; name particles may sit between them ("Ursula von der Leyen").
_RUN = re.compile(
    rf"(?<![\w’'\-])(?:{_PARTICLE} (?:{_PARTICLE} )?)?{_WORD}(?: (?:{_PARTICLE} ){{0,3}}{_WORD})*"
)
# _RUN from a capital after no word character, as one scan: the leading look-ahead lets the engine
# skip to capitals (scanning with _RUN itself tries every character), and one finditer costs far less
# than a Python step and a match per capital. Particles before the capital ("von der Leyen") are
# added afterwards.
_RUN_AT_CAPITAL = re.compile(
    rf"(?=[{_UPPER}\u02bb!ǃǂǀǁ])(?<![\w’'\-]){_WORD}(?: (?:{_PARTICLE} ){{0,3}}{_WORD})*"
)
# A run from where it is asked for, whatever precedes it (after a dash written "--").
_RUN_HERE = re.compile(rf"{_WORD}(?: (?:{_PARTICLE} ){{0,3}}{_WORD})*")
# Name particles right before a capitalised word: "von der Leyen said" starts at "von".
_PARTICLES_BEFORE = re.compile(rf"(?<![\w’'\-])(?:{_PARTICLE} ){{1,2}}$")
_PARTICLE_WORDS = frozenset(_PARTICLE.strip("(?:)").split("|"))
_PARTICLE_WORD = re.compile(_PARTICLE)
_ACRONYM_BEFORE = re.compile(r"\(([A-Z][A-Za-z0-9&.]{1,9})\) $")
# Not "(Amendment) Bill": a word in brackets before a law's head is part of the law's name.
_ACRONYM_AFTER = re.compile(
    r" [(\[](?:the )?([A-Z][A-Za-z0-9&.]{1,9}(?:-[A-Z]{1,5})?)[)\]](?! (?:Bill|Act|Law|Regulations?|Rules|Order|Decree)\b)"
)
_POSSESSIVE = re.compile(r"[’']s?$")
_INITIAL = re.compile(r"[A-Z]\.")
_JOINED_INITIAL_WORD = re.compile(_JOINED_INITIAL)
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
# ", 58," / ", who is 81 and": an age is said only of a person.
# An age is under 120: "Biological Conservation, 301, 110912" cites a journal's volume and page.
# "…; and Jane Roe, 19.": an age also closes a list's item or its sentence.
_AGE_AFTER = re.compile(
    r", (?:(?:1[01]|[1-9]?)\d(?:,|;|\.(?=\s|$))|(?:who is|who was|aged) (?:1[01]|[1-9]?)\d\b(?![.,]\d| ?%))"
)
_INNER_ORG = re.compile(r" (?:of|for|at|on) (?:the )?(.+)$")
_ALL_CAPS = re.compile(r"^[A-Z][A-Z0-9&.]{1,7}$")

# Words after a "Ministry"/"Secretary" that keep going with "of"/"for" into one name.
_OF_HEADS = (
    frozenset(
        [
            "Ministry",
            "Department",
            "Bank",
            "University",
            "Republic",
            "Kingdom",
            "Office",
            "Institute",
            "Commission",
            "Council",
            "Court",
            "Tribunal",
            "Federation",
            "Union",
            "Association",
            "Conference",
            "League",
            "Society",
            "Guild",
            "Church",
            "Museum",
            "College",
            "School",
            "Board",
            "Bureau",
            "Agency",
            "Chamber",
            "Chambers",
            "Administration",
            "Directorate",
            "House",
            "Organization",
            "Organisation",
            "Secretariat",
            "Academy",
            "States",
            "Isle",
            "Gulf",
            "Sea",
            "Bay",
            "City",
            "Province",
            "State",
            "Federal",
            "Committee",
            "Centre",
            "Center",
            # "the Centers for Disease Control", "the National Institutes of Health": the plural heads too.
            "Centres",
            "Centers",
            "Institutes",
            "Fund",
            "Party",
            "Assembly",
            "Parliament",
            "Army",
            "Navy",
            "Forces",
            "Duke",
            "Duchess",
            "Friends",
            "Hospital",
            "Hospitals",
            "Trust",
            "Incorporation",
            # "the Institution of Civil Engineers", "the Authority for …", "the Foundation for …".
            "Institution",
            "Authority",
            "Foundation",
            # "the National Endowment for the Arts", "the Inspectorate of Education", "the Regulator for …".
            "Endowment",
            # "the Municipality of Santa Cruz": a town's council named by the town.
            "Municipality",
            "Inspectorate",
            "Regulator",
            "Observatory",
            # "the Controller of Budget": an office of state named by what it controls.
            "Controller",
            # "the National Service of Meteorology and Hydrology".
            "Service",
        ]
    )
    | TITLE_HEADS
)
_COMPANY_ROLES = frozenset(
    [
        "executive",
        "chief",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "founder",
        "co-founder",
        "chairman",
        "chairwoman",
        "president",
        "director",
        "manager",
    ]
)
# Lower-case words that may sit in a role before its head ("former deputy finance minister").
_ROLE_MODIFIERS = frozenset(
    [
        "former",
        "deputy",
        "vice",
        "chief",
        "senior",
        "executive",
        "foreign",
        "finance",
        "defence",
        "defense",
        "prime",
        "managing",
        "general",
        "lead",
        "acting",
        "interim",
        "financial",
        "operating",
        "technology",
        "technical",
        "marketing",
        "policy",
        "economic",
        "political",
        "assistant",
        "associate",
        "programme",
        "program",
        "research",
        "press",
        "communications",
        "head",
        "top",
        "trade",
        "health",
        "interior",
        "energy",
        "environment",
        "education",
        "justice",
        "labour",
        "labor",
        "agriculture",
        "digital",
        "regional",
        "national",
        "international",
        "global",
        "european",
        "state",
        "junior",
        "principal",
        "co-founder",
        "founding",
        "outgoing",
        "incoming",
        "incumbent",
        "then",
        "local",
        "union",
        "party",
        "club",
        # Fields a post heads that end as verb forms do, which plain words may not ("coaching director").
        "coaching",
        "nursing",
        "engineering",
        "planning",
        "housing",
        "training",
        "accounting",
        "banking",
        "lending",
        "manufacturing",
        "publishing",
        "scouting",
        "recruiting",
        "fundraising",
        "programming",
        "teaching",
        "licensing",
        "purchasing",
        "ticketing",
        "broadcasting",
    ]
)


def _word_trie(
    words: frozenset[str] | set[str] | list[str], capital: bool = False, after_first: str = ""
) -> str:
    """A regex alternation of ``words`` grouped by first letter (a capital allowed there when
    ``capital``): the engine then tries the few words that can match instead of every one.
    ``after_first`` goes right after each first letter (a look back that would otherwise open the
    pattern, where it would keep the engine from skipping straight to those letters)."""
    by_letter: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        by_letter.setdefault(word[0], []).append(re.escape(word[1:]))
    groups = []
    for letter, rests in sorted(by_letter.items()):
        first = f"[{letter}{letter.upper()}]" if capital and letter.isalpha() else re.escape(letter)
        groups.append(f"{first}{after_first}(?:{'|'.join(rests)})")
    return "(?:" + "|".join(groups) + ")"


_ROLE_HEAD_ALT = _word_trie(ROLE_HEADS)
_ROLE_MOD_ALT = _word_trie(_ROLE_MODIFIERS)
_VERB_ALT = _word_trie(REPORTING_VERBS)
# Words that never sit inside a role: function words and verbs ("met chief executive …" is no role).
_NOT_ROLE_WORDS = "|".join(
    sorted(
        set(REPORTING_VERBS)
        | set(
            [
                "the",
                "a",
                "an",
                "and",
                "or",
                "but",
                "nor",
                "of",
                "for",
                "to",
                "in",
                "on",
                "at",
                "by",
                "with",
                "from",
                "as",
                "into",
                "than",
                "then",
                "that",
                "this",
                "these",
                "those",
                "who",
                "whom",
                "whose",
                "which",
                "what",
                "when",
                "whether",
                "if",
                "where",
                "while",
                "after",
                "before",
                "since",
                "until",
                "is",
                "was",
                "are",
                "were",
                "be",
                "been",
                "being",
                "has",
                "have",
                "had",
                "will",
                "would",
                "can",
                "could",
                "may",
                "might",
                "must",
                "shall",
                "should",
                "do",
                "does",
                "did",
                "not",
                "no",
                "also",
                "met",
                "led",
                "saw",
                "won",
                "beat",
                "hit",
                "let",
                "sent",
                "took",
                "gave",
                "made",
                # Irregular past tenses: "the long ball found winger Jane Roe" is no "found winger".
                "found",
                "got",
                "put",
                "kept",
                "brought",
                "caught",
                "held",
                "struck",
                "threw",
                "sought",
                "drew",
                "chose",
                "lost",
                "became",
                "named",
                "appointed",
                "hired",
                "fired",
                "replaced",
                "join",
                "joined",
                # "may be without captain Jane Roe", "refused to blame referee Jane Roe": a preposition
                # and verbs that take a person as object.
                "without",
                "blame",
                "blamed",
                "thank",
                "praise",
                "his",
                "her",
                "its",
                "their",
                "our",
                "my",
                "your",
                "him",
                "them",
                "us",
                "me",
                "it",
                "he",
                "she",
                "they",
                "we",
                "you",
            ]
        ),
        key=len,
        reverse=True,
    )
)
# A word that may qualify a role: the listed modifiers, or any plain word that is not a verb form,
# function word or plural ("chief medical officer", "senior biotech analyst", "new finance director"); a word
# ending in "us" is no plural ("caucus leader", "campus director").
_ROLE_MOD = (
    rf"(?:{_ROLE_MOD_ALT}|(?!(?:{_NOT_ROLE_WORDS})\b)[a-z][a-z’'-]*(?<![^su’']s)(?<!ed)(?<!ing)(?<!ly))"
)
# An organisation's name: capitalised words, with "&", "of" and "for" inside ("University of Kent").
# "University of Dar es Salaam", "Universidade do Porto": a place's particle inside the name; "Unión por la
# Patria": a Spanish name's "for the".
_ORG_WORDS = rf"(?:{_WORD} (?:(?:&|of(?: the)?|for|and|de(?:l| la)?|por(?: la| el)?|y|es|da|do|dos|das|di|du) (?={U}))?)*{_WORD}"
# "Acme chief executive Jane Roe", "spokeswoman Ana Lima", "the company's chief executive Jane Roe".
_ROLE_BEFORE = re.compile(
    # "Samajwadi Party (SP) president …": the organisation's acronym may follow its name.
    rf"(?:(?P<org>{_ORG_WORDS})(?: \([A-Z][A-Za-z]{{1,6}}\))?(?:[’']s)? |(?P<desc>(?:the|its|their) [a-z]+[’']s? )"
    # "Acme founder and chief investment officer Jane Roe": two posts joined by "and" (not two people:
    # "talks between the president and chief executive Jane Roe").
    rf"|(?<![\w’'-]))(?P<role>(?:{_ROLE_MOD} ){{0,3}}(?:{_ROLE_HEAD_ALT})) $"
)
# The same, with a first post joined by "and": tried only when "and" is in reach (it costs more).
_ROLE_BEFORE_JOINED = re.compile(
    _ROLE_BEFORE.pattern.replace(
        "(?P<role>",
        rf"(?P<role>(?:(?<!between )(?<!between the )(?:{_ROLE_MOD} ){{0,2}}(?:{_ROLE_HEAD_ALT}) and )?",
        1,
    )
)
_ROLE_BEFORE_PATTERNS = (_ROLE_BEFORE, _ROLE_BEFORE_JOINED)
# Capitalised determiners that open a sentence, no organisation's name ("Another analyst, …").
_DETERMINER_OPENERS = (
    "(?:Another|Other|One|Each|Every|Some|Any|No|This|That|These|Those|Such|Many|Most|Several|Both|All)"
)
# Words that open a sentence's description of a person's role without naming a body ("Another farmer,",
# "Veteran guitarist …,").
_DESCRIPTIVE_OPENERS = (
    "Another|Veteran|Longtime|Long-time|Renowned|Legendary|Celebrated|Acclaimed|Award-winning|Prominent|Famed"
)
# "The health minister, Helen Carter, said": a role set off by commas before the name;
# "the trust's chair, Helen Roe," / "Its co-leader, Tom Roe,": the possessive names the organisation.
_ROLE_BEFORE_COMMA = re.compile(
    rf"(?:(?P<desc>\b(?:[Tt]he|[Ii]ts|[Tt]heir) (?:[a-z]+ )?[a-z]+[’']s?|\b(?:[Ii]ts|[Tt]heir))|\b(?:[Tt]he|[Hh]is|[Hh]er|[Aa]n?)"
    # "Another farmer, Ms Jane Roe,", "Veteran guitarist and bandleader, Jane Roe,": a word that only
    # describes the role opens the sentence, no organisation.
    rf"|(?:^|(?<=\n)|(?<=[.!?”] ))(?:{_DESCRIPTIVE_OPENERS})"
    # "Banque Privée Rhône's chairman, Jane Roe,", "Kunene Rare Earths' managing director, …": the whole name.
    rf"|(?![Tt]he )(?P<org>{_WORD}(?: {_WORD}){{0,4}})[’']s?"
    # "The Athletic manager, Siobhan Keane,": the organisation named before the role; "The Acme Ports
    # Authority (APA) director general, Jane Roe," / "Acme deputy secretary general, Jane Roe,": a longer
    # name, its acronym, or a name that opens the sentence.
    rf"|\b[Tt]he (?P<team>{_WORD}(?: {_WORD}){{0,3}})(?<![’']s)(?: \([A-Z][A-Za-z]{{1,5}}\))?"
    # "Led in evidence by ACC counsel, Jane Roe,": a body's letters after "by" or "to".
    rf"|(?:^|(?<=\n)|(?<=[.!?”] )|(?:(?<= by )|(?<= to ))(?=[A-Z]{{2,6}} [a-z]))(?!{_DETERMINER_OPENERS}\b)"
    rf"(?P<lead>{_WORD}(?: {_WORD}){{0,3}})(?<![’']s)"
    # "Its co-founder and chief scientific officer, Jane Roe,": two posts joined by "and".
    rf"(?: \([A-Z]{{2,6}}\))?) (?P<role>(?:(?<!between )(?<!between the )(?:{_ROLE_MOD} ){{0,2}}(?:{_ROLE_HEAD_ALT}) and )?"
    # "Asked whether the area manager, …": a function word is no part of the post.
    # "a Lagos-based bureau de change operator, Jane Roe,": where she works may open it.
    rf"(?:{U}[\w’'-]*-based )?"
    rf"(?:{_ROLE_MOD} |(?!(?:whether|if|that|when|where|which|who|whom)\b)[a-z][a-z-]+ ){{0,3}}(?:{_ROLE_HEAD_ALT})"
    # "Its vice president in charge of sales, Jane Roe,": the post's remit is part of it.
    rf"(?: (?:of|for|in charge of) (?!(?:the|a|an) )[a-z]+(?: [a-z]+| and [a-z]+)?)?)"
    # "A spokeswoman for Mr. Roe, Jane Doe,": whom the post serves, by honorific and surname;
    # "A community leader in Abeokuta, Jane Doe,": where.
    # "The JLP's candidate for St Catherine South Central, Jane Roe,": a candidate's or member's seat.
    rf"(?: for (?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep)\.? {U}[\w’'-]+| in {U}[\w’'-]+"
    rf"|(?:(?<=candidate)|(?<=member)|(?<=nominee)) for {U}[\w’'-]+(?: {U}[\w’'-]+){{0,3}})?, $"
)
# "The governor of the Reserve Bank of New Zealand, Jane Roe,": the role and its organisation, then the name.
_ROLE_OF_ORG_BEFORE_COMMA = re.compile(
    # "A spokesperson for Acme Ltd, Jane Roe,": whom the post serves.
    rf"\b(?:[Tt]he|[Aa]n?) (?P<role>(?:{_ROLE_MOD} ){{0,2}}(?:{_ROLE_HEAD_ALT})"
    # "The Chairman of the Acme Traders Association, Jane Roe,": the post may be written in capitals.
    # "a former Director of Procurement at the Acme Commission, Jane Roe,": a capitalised post's field.
    rf"|(?:former )?(?:[A-Z][a-z]+ ){{0,2}}(?:{_word_trie(ROLE_HEADS, capital=True)})(?: of [A-Z][a-z]+(?= at ))?)"
    # "An investigator with the Acme Commission, Jane Roe,": the body she works with.
    rf" (?:of|at|for|with) (?:the )?"
    # "The chair of the Treasury select committee, Jane Roe,": a committee written in lower case.
    rf"(?P<org>{_ORG_WORDS}(?: (?:select |standing |joint )?committee)?)"
    # "… of the Labour Party (LP) in the 2023 election, Jane Roe,": its acronym, the race.
    rf"(?: \([A-Z]{{2,6}}\))?(?: in the (?:\d{{4}} )?(?:[a-z]+ )?elections?)?, $"
)
# "the president of the committee, Jane Roe,": the post, then the body the article named before, by its noun.
_ROLE_OF_DESCRIPTOR_BEFORE_COMMA = re.compile(
    rf"\b[Tt]he (?P<role>(?:{_ROLE_MOD} ){{0,2}}(?:{_ROLE_HEAD_ALT})) (?:of|at|for) "
    rf"(?P<desc>the (?:{_word_trie(frozenset(DESCRIPTORS))})), $"
)
# Nationality words that may qualify a role: "chief European economist", "senior British diplomat".
# (_NATIONALITY_WORDS: the same words as a set.)
_NATIONALITY_WORDS = frozenset(
    w
    for w in NOT_NAMES
    if w[:1].isupper() and w.endswith(("an", "ish", "ese", "ian", "ch", "i")) and len(w) > 3
)
# Grouped by first letter: every state's demonym is listed, and the engine then tries only a few.
_NATIONALITY = _word_trie(_NATIONALITY_WORDS)
# World regions that may open a post's field: "head of Asia-Pacific equities", "director of Middle East
# research".
_WORLD_REGIONS = (
    "Asia-Pacific|Asia Pacific|Asia|Europe|Africa|Latin America|North America|South America|Middle East"
    "|Americas|Greater China|Emerging Markets|Gulf|Eurozone|Euro Area|Nordic|Pacific|Caribbean"
)
# ", chief executive of Acme," / ", a senior fellow at the Atlantic Council," / ", 45, a nurse".
# A part of a country named by its compass point ("eastern Poland", "north-western Syria").
_COMPASS_PART = r"(?:(?:north|south)-?(?:east|west)ern|northern|southern|eastern|western|central)"
_ROLE_AFTER = re.compile(
    # ", who remains president of …", ", now an adviser to …": a post held still or since.
    rf",(?: \d{{1,3}},)? (?:who (?:is|was|remains|became) (?:now |also |still )?|is |was |now )?"
    # ", Jane Roe, as acting chair": the post she was named to.
    rf"(?:as )?(?:the |a |an |its |their )?(?:\d{{1,3}}-year-old )?"
    # ", has written to the minister": a verb after the name opens no role.
    rf"(?P<role>(?!(?:has|have|had|will|would|can|could|did|does|also|then) )"
    # ", now professor emeritus,": a retired professor keeps the title.
    rf"(?:(?:[a-z][\w’'-]*|[A-Z]{{2,4}}|{_NATIONALITY}) ){{0,4}}?(?:{_ROLE_HEAD_ALT})(?: emerit(?:us|a))?"
    # "head of European rates strategy at …": a nationality may open the field.
    # "professor of EU law": an acronym may open the field too.
    rf"(?: (?:of|for|in(?= (?:[a-z]+ )?(?:medicine|surgery|law|economics|history|physics|chemistry|biology|engineering|studies|science|sciences|agriculture|agronomy|forestry|fisheries|nursing|mathematics|geography|politics|sociology|psychology|philosophy|finance|accounting|architecture|journalism|anthropology|ecology)\b)) (?!(?:the|a|an|this|that|its|their) )(?:(?:{_NATIONALITY}|{_WORLD_REGIONS}|[A-Z]{{2,4}}) )?[a-z][a-z -]{{0,44}}?)?"
    # "head of the food division at the Acme Chamber": a unit of the body, written with "the".
    rf"(?: of the [a-z]+ (?:division|department|unit|section|desk|branch|wing)(?= at ))?)"
    rf"(?: (?:standing |running )?(?:of|at|for|with|in|from) (?:the )?(?:(?:{U}[\w’'-]* )?{U}[\w’'-]*-based )?"
    # "leader of the more moderate CFDT", "a spokesman for the ruling Acme Party": an adjective first.
    # "an MEP from the centre-right Acme Party": where the party sits.
    # "of the once-ruling Acme Party": a hyphened adjective.
    rf"(?:(?:more |less |most )?(?:[a-z]+-)?[a-z]+(?:al|ive|ate|ic|ous|ful|ent|ant|ist|ed|ing) (?={U})"
    # "an MP for the right-wing Confederation": a wing.
    rf"|(?:(?:centre|center|far|hard|extreme)-(?:right|left)|(?:right|left)-wing) (?={U}))?"
    # "founder of the London-based macro hedge fund Acme Capital": the kind of body before its name.
    # "at Lisbon consultancy Acme Analysis": where the body is, before its kind.
    # "owner of pipe-laying firm Acme", "at shipbroker Acme Shipbrokers": a hyphened kind word too.
    # "at the anti-corruption NGO Acme": an NGO, by its letters.
    rf"(?:(?:{U}[\w’'-]+ ){{0,2}}(?=[a-z]|NGO )(?:[a-z][a-z-]* ){{0,2}}(?:NGO|fund|firm|company|group|bank|consultancy|agency|charity|startup|start-up|insurer|lender|"
    rf"brokerage|shipbroker|broker|platform|developer|retailer|carmaker|automaker|airline|publisher|broadcaster|"
    rf"think tank|research institute|lobby group|campaign group|network|association|federation|coalition|"
    rf"alliance|foundation|organisation|organization|nonprofit|non-profit|watchdog) (?={U}))?"
    # "a reviewer in the agency's Office of Neuroscience": a unit of the body a descriptor names.
    rf"(?:(?<= in the )[a-z]+[’']s (?={U}))?"
    # "at the University of Louisiana at Lafayette,": a university's campus ends its name.
    # "the director of Acme Power (Pvt) Ltd,": a company's legal form in brackets is part of its name.
    # "a fellow at the Middle East Council on Global Affairs": a council's or commission's remit.
    # "president of Unifor Local 7021": a union's local branch, by its number.
    rf"(?P<org>{_ORG_WORDS}(?:(?<=[a-z]) at {U}[\w’'-]+(?=[,;]| who\b)| \((?:Pty|Pvt|Private|Pte)\.?\) (?:Ltd\b\.?|Limited\b)"
    rf"|(?<= Local) \d{{1,5}}(?![\w-])"
    rf"|(?:(?<=Council)|(?<=Commission)|(?<=Committee)|(?<=Conference)|(?<=Panel)|(?<=Forum)) on "
    rf"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
    rf"|July|August|September|October|November|December)\b){U}[\w’'-]+(?: (?:and |& )?{U}[\w’'-]+){{0,3}})?)"
    # "… at the Crown Prosecution Service (CPS), said": the organisation's acronym after it.
    # "… at the National University (UNA) in Heredia,": the acronym, then where the body is.
    # "… for Kraków Smog Alert (Krakowski Alarm Smogowy), said": its name in the local language.
    rf"(?: \((?:[A-Z][A-Za-z]{{1,6}}|{U}[\w’'-]+(?: [\w’'-]+){{1,4}})\)(?=,| in {U}|[.;]$|[.;]\s))?"
    # "co-leader of the Greens’ parliamentary group": a group inside the organisation.
    # "head of the IMD's regional meteorological centre in Mumbai": the unit, then where it is.
    rf"(?:[’']s? [a-z][a-z -]{{1,40}}?(?=[,.;]| in {U}))?"
    # ", a fish vendor at the city market who …", ", an adviser to consumer companies": a place or
    # clientele in lower case, perhaps after a place's name (", a trader at the Mile One market,").
    # ", the president of the village women's committee,": a possessive inside the lower-case words
    # (after two words or more: "the association's department" is the body's, read below).
    rf"| (?:on|in|of|for|at) (?:the|a|an|this|that) (?:{U}[\w’'-]* ){{0,3}}(?:[a-z][a-z-]* [a-z][a-z -]{{0,25}}?[’']s [a-z][a-z -]{{0,25}}|[a-z][a-z -]{{0,39}})"
    # ", a fisherman from Tanjung village,", ", a teacher in Block 9 of North Karachi,": where the person
    # lives or works, by a settlement's name and its kind, or by a block or sector's number.
    rf"| (?:from|in|near) {U}[\w’'-]+(?: {U}[\w’'-]+)? (?:village|town|township|district|county|province|"
    rf"region|municipality|island|camp|neighbourhood|neighborhood|suburb|commune|barangay|soum|aimag|wilayat|governorate)"
    # ", a camel herder in the wilayat of Sadah,": the unit's kind, then its name.
    # ", a farmer from a village near the Chenab,": an unnamed settlement, placed by what it lies near.
    rf"| (?:from|in) (?:a|an|the) (?:small |remote |nearby |coastal |riverside |hill |mountain )?"
    rf"(?:village|town|hamlet|settlement|camp|suburb) (?:near|outside|on|along|by) (?:the )?{U}[\w’'-]+(?: {U}[\w’'-]+)?"
    # "the mayor of the village of Ostrowek": the settlement the post is of.
    rf"| (?:from|in|near|of) the (?:village|town|district|province|region|municipality|commune|wilayat|governorate|"
    rf"soum|aimag) of {U}[\w’'-]+(?: {U}[\w’'-]+)?"
    rf"| (?:in|from) (?:Block|Sector|Phase|Zone|Ward|Area) \d{{1,4}}(?: of {U}[\w’'-]+(?: {U}[\w’'-]+)?)?"
    rf"|(?:(?<=adviser)|(?<=advisor)|(?<=consultant)|(?<=ambassador)|(?<=envoy)|(?<=aide)) to (?:the |a |an )?"
    rf"[a-z][a-z -]{{1,40}})?"
    rf"(?: (?:union|group|party|charity|campaign|movement))?"
    # "… at the Centre for Policy Dialogue in Dhaka, said": where the organisation is (also at a
    # sentence's end: "…, a credit analyst at Acme in Singapore.").
    # "… at the University of Exeter in the United Kingdom,": a country named with its article.
    # "the mayor of Ostrowek in eastern Poland,": the part of the country.
    # "… of Acme Rice JSC in An Giang Province,": a province's name of two words and its kind.
    rf"(?: in (?:the )?(?:{_COMPASS_PART} )?{U}[\w’'-]+(?: {U}[\w’'-]+){{0,2}}(?=[,.;]| who\b| and [a-z]))?"
    # ", a Dutch executive hired from a rival, …": a participle that says how the post came.
    rf"(?=[,.;)]| said| says| told| who\b| whose\b| which\b| and (?:a|an|the)\b|$"
    # ", a judge at Acme Court and spokeswoman for …": a second post follows.
    rf"| and (?:[a-z][\w-]* ){{0,2}}(?:{_ROLE_HEAD_ALT}) (?:for|at|of|with)\b"
    rf"| (?:based|hired|appointed|named|elected|recruited|seconded) (?:in|at|from|by|to|as)\b"
    # ", a Kuwaiti engineer visiting AlUla", ", a crane operator with 17 years' experience": what the
    # person is doing, or how long they have done the job.
    rf"| (?:visiting|living|working|travelling|traveling|staying|speaking|studying|representing)\b"
    # ", the MSP for Na h-Eileanan an Iar,": a member's seat, whatever its name's words.
    rf"|(?:(?<=MP)|(?<=MSP)|(?<=MEP)|(?<=MLA)|(?<=MPP)|(?<=MNA)|(?<=MPA)|(?<=TD)|(?<=MHA)|(?<=MLC)) for {U}"
    rf"| with (?:\d+|more than|over|nearly|almost|about|some) )"
)
# ", who sits on the committee,": a member of a body the article named before by its kind.
_SITS_ON_BODY_AFTER = re.compile(
    r", who (?:[^,.;“”\"]{1,60} and )?(?:sits|sat|serves|served) on the "
    r"(?P<body>committee|board|council|commission|panel|tribunal)(?=[,.;]| said| says| told)"
)
# ", who leads the emergency department at St Mary's Hospital": an affiliation without a title.
_ROLE_AFTER_WHO = re.compile(
    # ", who leads …" or, after an appositive, ", no relation to the actor, leads …".
    # ", a retired teacher who taught at …": also after a role without an organisation.
    rf"(?:,? who|,(?: [^,]{{1,40}},)?) (?:also |now |still |currently )?(?:leads|led|heads|headed|runs|ran|chairs|chaired|directs|directed|manages|"
    rf"managed|works at|works for|worked at|worked for|teaches at|taught at|teaches|taught|lectures at|lectured at|lectures in|lectured in|sits on|sat on|serves on|served on|founded|co-founded|coaches|coached|"
    rf"covers [a-z ]{{1,30}}? for|studies [a-z ]{{1,40}}? at|"
    rf"captains|captained|joined|represents|represented|"
    # ", who rides for the German team Acme", ", the accordionist who played in Roe's band, the Acme Ramblers,":
    # a player's side, a musician's band.
    rf"plays for|played for|rides for|rode for|races for|raced for|plays in|played in|sings in|sang in)"
    # "… leads the Brussels-based industry group Minerals Europe".
    rf"(?: (?:the |a |an )?(?:[\w’'-]+ ){{0,4}}?(?:group|company|firm|association|charity|union|organisation|"
    rf"organization|federation|alliance|lobby|institute|team|club|party|coalition|campaign|band|orchestra|choir)"
    rf"(?:, the)? (?P<grouped>{_ORG_WORDS})"
    rf"|(?: (?:the |a |an )?[a-z][a-z -]{{0,40}}? (?:at|of|for|in(?= the )))? (?:the )?(?P<org>{_ORG_WORDS}))"
    # ", who organised the protest on behalf of the Friends of …": acting for an organisation.
    rf"|, who [a-z][^,.;]{{0,60}}? on behalf of (?:the )?(?P<behalf>{_ORG_WORDS})"
    # ", who coordinates the group's peatland campaign": working for the organisation "the group" is.
    rf"|, who (?:leads|runs|heads|manages|directs|coordinates|co-ordinates|oversees|organises|organizes) "
    rf"(?P<owner>the (?:group|union|company|firm|charity|organisation|organization|association|party|"
    rf"campaign|council|trust|federation))[’']s "
    # ", who chairs the committee,": the body the article named before, by its noun.
    rf"|, who (?:chairs|chaired|heads|headed|leads|led) "
    rf"(?P<chaired>the (?:committee|panel|board|council|commission|inquiry|tribunal))(?=[,.;])"
    # ", who was elected on a United Democratic Alliance (UDA) ticket": the party she stood for.
    rf"|, who (?:was |were )?(?:re-)?elected on (?:a|an|the) (?P<ticket>{_ORG_WORDS})(?: \([A-Z]{{2,6}}\))? ticket\b"
)
# "the Lisbon-based industry group X", "the chipmaker X": an organisation noun right before a name.
_GROUP_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|from|by|to|at|for|with) (?:[\w’'-]+ ){0,3}?|(?<![^\n])[A-Z][\w’'-]* (?:[\w’'-]+ ){0,2}?|(?<=[.!?] )[A-Z][\w’'-]* (?:[\w’'-]+ ){0,2}?)(?P<noun>group|company|firm|startup|start-up|association|charity|union|"
    r"party|think tank|lobby|organisation|organization|bank|insurer|retailer|carrier|airline|chipmaker|carmaker|"
    r"automaker|broadcaster|publisher|developer|manufacturer|lender|fund|consultancy|agency|network|alliance|"
    r"coalition|federation|club|newspaper|website|team|band|label|brokerage|operator|utility|distributor) $"
)
# The last word of each _GROUP_BEFORE noun: only a chunk after one of them is worth the search.
_GROUP_NOUNS = frozenset(
    [
        "group",
        "company",
        "firm",
        "startup",
        "start-up",
        "association",
        "charity",
        "union",
        "party",
        "tank",
        "lobby",
        "organisation",
        "organization",
        "bank",
        "insurer",
        "retailer",
        "carrier",
        "airline",
        "chipmaker",
        "carmaker",
        "automaker",
        "broadcaster",
        "publisher",
        "developer",
        "manufacturer",
        "lender",
        "fund",
        "consultancy",
        "agency",
        "network",
        "alliance",
        "coalition",
        "federation",
        "club",
        "newspaper",
        "website",
        # "the German team Zenwerk", "the band Harbour Lights", "the brokerage Acme Homes".
        "team",
        "band",
        "label",
        "brokerage",
        "operator",
        "utility",
        "distributor",
    ]
)
_GROUP_NOUN_ENDS = tuple(f"{noun} " for noun in sorted(_GROUP_NOUNS))


def _word_after(body: str, position: int) -> str:
    """The word that starts one space after ``position`` ("" if none)."""
    if body[position : position + 1] != " ":
        return ""
    space = body.find(" ", position + 1, position + 40)
    return body[position + 1 : space if space > 0 else position + 40].rstrip(",.;:")


def _second_portfolio_before(body: str, start: int) -> bool:
    """ "Minister of State for Sustainability and the Environment Lim Wei Ming": the chunk's first word
    closes a second portfolio after " and the ", within a post opened by " for "."""
    if not body.endswith(" and the ", 0, start):
        return False
    return _word_before(body, start - 8)[:1].isupper() and " for " in body[max(0, start - 60) : start - 9]


def _word_before(body: str, position: int) -> str:
    """The word that ends one space before ``position`` ("" if none)."""
    if position < 2 or body[position - 1] != " ":
        return ""
    window = position - 40 if position > 40 else 0
    # A paragraph's first word ("In Virac, …") starts after its line break, not after a space.
    space = body.rfind(" ", window, position - 1)
    # A line break can only be the later one if it falls after that space: search just the word.
    line = body.rfind("\n", space + 1 if space >= 0 else window, position - 1)
    return body[(line if line > space else space) + 1 : position - 1]


# "Analyst Rebecca Osei of Northgate Research said": the organisation right after the name.
# "Jane Roe of the SPD opened the debate": a verb in the past tense after the organisation.
_PAST_VERB_AFTER = r" (?:[a-z]{3,}ed|has|had|was|is|will|would)\b"
_LEGISLATURE_ACTS = re.compile(r" (?:adopted|passed|approved|rejected|voted|amended|ratified|debated)\b")
_OF_THE_ORG_THEN_VERB = re.compile(rf" of the (?P<org>{_ORG_WORDS})(?={_PAST_VERB_AFTER})")
_OF_ORG_AFTER = re.compile(
    # "of The University of the West Indies": "The" written as part of the name.
    rf",? (?:of|at|from) (?:[Tt]he )?"
    # "of the centre-right Acme Party": where a party sits is no part of its name.
    rf"(?:(?:centre|center|far|hard|extreme)-(?:right|left) (?={U}))?"
    # ", of the consultancy Alton Aviation Partners,", "of the Istanbul-based think tank Acme": an
    # organisation noun (and where it is based) before the name.
    # ", of Manchester broker Acme Capital,": the town the body is in, then its kind.
    rf"(?:(?:{U}[\w’'-]*-based |{U}[a-z]+ (?=[a-z]))?(?:consultancy|company|firm|group|charity|union|bank|agency|think tank|"
    rf"law firm|investment bank|investment firm|broker|brokerage|stockbroker|asset manager|fund manager|insurer|"
    rf"lender) )?"
    # "of the Shiv Sena (UBT) alleged": a faction's or the name's letters in brackets after it.
    rf"(?P<org>{_ORG_WORDS})(?: \((?P<letters>[A-Z][A-Za-z]{{1,6}})\))?(?P<town> in {U}[\w’'-]+(?: {U}[\w’'-]+)?)?"
    # ", of Lincolnshire Police's economic crime unit,": a unit of the organisation.
    rf"(?:[’']s [a-z][a-z -]{{1,40}})?(?=[,.;]| said| says| told| (?:{_VERB_ALT})\b"
    # "Jane Roe of Acme Capital in Calgary was more pessimistic": the verb after the body's town.
    rf"|(?(town) (?:was|is)\b|(?!)))"
)
# The kind of organisation an organisation noun names, for later descriptors ("the union").
_GROUP_KINDS = {
    "company": "company",
    "firm": "company",
    "startup": "company",
    "start-up": "company",
    "union": "union",
    "party": "party",
    "bank": "bank",
    "lender": "bank",
    "fund": "fund",
    "agency": "agency",
    "association": "association",
    "federation": "association",
    "club": "association",
    "charity": "institute",
    "alliance": "alliance",
}
# "Streamline, the video streaming service, will…": an organisation described in apposition.
_PUBLIC_APPOSITIVE = re.compile(
    r", the (?:(?:[\w’'-]+ ){0,3}?(?:police|force|regulator|agency|watchdog|authority|ombudsman)[,.;]"
    # "Zenfund, the sovereign wealth fund": a body the state owns, by the adjective that says so.
    r"|(?:state|sovereign|government|state-owned|state-run|publicly owned|public) )"
)
_ORG_APPOSITIVE = re.compile(
    r", (?:which|that) (?:operates|owns|runs|makes|builds|sells|employs|manages|produces|publishes) "
    # ", a former engineer at a bank,": a noun after a preposition is where a person works, not what X is.
    r"|, (?:the|a|an|its) (?:(?!(?:at|of|for|with|in|to) )[\w’'-]+ ){0,4}?(?:company|service|firm|group|startup|start-up|maker|retailer|chain|"
    r"platform|operator|provider|lender|bank|insurer|airline|carrier|developer|manufacturer|charity|"
    r"organisation|organization|broadcaster|publisher|supplier|producer|miner|exporter|importer|drugmaker|"
    r"chipmaker|carmaker|automaker|conglomerate|subsidiary|unit|owner|brewer|utility|regulator|agency|police|"
    r"force|consultancy|union|party|council|university|institute|group|app|"
    # "Zenlec, the city-owned electricity distributor,", "the public spending watchdog", "the sovereign
    # wealth fund known as": what trades, oversees or pools money, and the bodies people join.
    r"distributor|wholesaler|watchdog|ombudsman|authority|commission|board|fund|brokerage|broker|investor|"
    r"association|federation|coalition|alliance|network|club|team|band|label|studio|"
    r"(?:bus|transit|rail|transport|transportation) system)"
    # "Unison, the union representing hospital staff, said": the noun may run on into what it does;
    # "Pixlane, the start-up owned by Acme,": or into who owns it.
    r"(?:[,.;]| (?:representing|which|that|whose|behind|owned|backed|founded|run|led|known as)\b)"
)
# Nouns in apposition that no person is: "Hollis Telecom, a regional Internet provider, said".
_BODY_APPOSITIVE = re.compile(
    r", (?:a|an) (?:[\w’'-]+ ){0,4}?(?:company|firm|startup|start-up|retailer|chain|platform|lender|bank|"
    r"insurer|airline|manufacturer|charity|organisation|organization|broadcaster|conglomerate|subsidiary|"
    r"utility|regulator|consultancy|(?:Internet|internet|broadband|telecoms?|mobile|cloud) (?:service )?provider)"
    r"(?:[,.;]| (?:that|which|whose|based|owned|backed|founded|run)\b)"
)
_OWNER_APPOSITIVE = re.compile(r", (?:a|an) (?:[\w’'-]+ ){1,3}owner[,.;]")
_BASED_IN = re.compile(
    # "a Togo-flagged cargo ship", "a Panama-registered tanker": the country whose flag a ship flies.
    rf"(?<![\w’'-])(?P<place>{U}[\w.’']*(?: {U}[\w.’']*){{0,2}})-(?:based|born|headquartered|flagged|registered)\b"
)
# Wire credits ("(Reporting by Anna Weber; Editing by Tom Hale)", "Edited by: Tom Hale") name staff, not
# people in the story.
_CREDITS = re.compile(
    r"^\(?(?:Reporting|Writing|Editing|Additional reporting|Compiled|Produced|Photos?|Edited|Written|Reported|"
    # "by" soon after the opener: "Writing for the Bench, Justice Roe said … held by the State" is prose.
    r"Translated|Photographs?|Photography|Illustrations?|Graphics|Video)\b[^\n]{0,40}? by:? [^\n]*$"
    # "Photo: Jane Roe/Reuters", "Picture credit: Jane Roe": a credit line of its own.
    r"|^(?:Photo(?:graph)?s?|Pictures?|Images?)(?: credits?)?: [^\n]{1,80}$"
    # "Contact reporter Jane Roe (jane@acme.com)", "Contact editor: Tom Hale": a closing contact line.
    r"|^Contact (?:reporters?|editors?|writers?):? [^\n]{1,120}$"
    # "—With a report from Jane Roe", "With files from The Canadian Press", "With assistance from …": a
    # closing credit line, often in capitals, after a dash or with no full stop (a sentence that opens
    # so has one).
    r"|^(?:[—–-]{1,2} ?(?i:with (?:a )?(?:reports?|files|reporting|additional reporting|assistance) (?:from|by)) [^\n]{1,120}"
    r"|(?i:with (?:a )?(?:reports?|files|reporting|additional reporting|assistance) (?:from|by)) [^\n]{0,119}[^\n.!?])$"
    # "(With AFP)", "(with Reuters and AP)": the wire agencies a story was written with, on a line of its own.
    r"|^\((?i:with) [A-Z][\w’'. -]{1,40}\)$"
    # "(By Jane Roe and Tom Lee)", "(Japanese original by Jane Roe, Osaka Bureau)": a wire's closing credit.
    r"|^\((?:By|[A-Z][a-z]+ original by) [A-Z][^\n()]{1,80}\)$"
    # "SOURCE: AL JAZEERA AND NEWS AGENCIES": a web story's closing source line.
    r"|^(?:SOURCE|Source): [A-Z][^\n]{1,80}$"
    # "(END) RMH/JCC": a wire story's end mark, then its editors' initials.
    r"|^\((?:END|End)\)(?: [^\n]{1,40})?$"
    # "Enditem/AW": Xinhua's end mark, then its editor's initials.
    r"|^(?:Enditem|ENDITEM)(?:/[A-Za-z]{1,6})?$"
    # "Saudi Gazette report", "Staff report": the outlet's own credit on a line of its own.
    r"|^(?:[A-Z][\w’'.&-]* ){1,4}(?:report|Report)$",
    re.MULTILINE,
)


# A writer's or photographer's credit inside the body names staff, not people of the story:
# "By Jane Roe" on a line of its own (a live blog's entries), "Editor: Jane Roe" closing the story,
# "… on Wednesday. Jane Roe/The Daily Planet" or "… last month. Image: Jane Roe/Acme" ending a caption,
# "Jane Roe · The Daily Planet" over the story, and "Jane Roe, freelance journalist, Lagos" signing it off.
_CREDIT_NAME = rf"{U}[\w’'.-]*(?: (?:[a-z]{{1,3}} )?{U}[\w’'.-]*){{1,3}}"
_WRITER_CREDIT = re.compile(
    rf"^By (?P<by>{_CREDIT_NAME})$"
    rf"|^(?:Editors?|Editing|Translation|Translator|Translated by|Reporting|Reporter|Photos?|Photographer)"
    rf": (?P<staff>{_CREDIT_NAME})$"
    rf"|^(?P<piped>{_CREDIT_NAME}) [·|•] (?:The )?{U}[\w’'&.-]*(?: {U}[\w’'&.-]*){{0,3}}$"
    # "— Jane Roe" on a line of its own: a live blog's entry signed by its writer.
    rf"|^[—–] ?(?P<dashed>{_CREDIT_NAME})$"
    rf"|^(?P<signed>{_CREDIT_NAME}), (?:[a-z-]+ ){{0,2}}"
    r"(?:journalist|correspondent|reporter|writer|editor|columnist|contributor|photographer)"
    rf"(?:, {U}[\w’'-]*(?: {U}[\w’'-]*)?)?$",
    re.MULTILINE,
)
# "By Jane Roe Globe Staff, Updated March 12, 2027, 4:15 p.m.": the writer, then the time stamp; "Jane Roe
# reports from Nowlan Park": a sports writer's credit over the match report. (Tried only where their fixed
# words occur.)
_STAMPED_CREDIT = re.compile(
    rf"^By (?P<stamped>{_CREDIT_NAME}), (?:Updated|Published|Posted) [^\n]{{1,60}}$", re.M
)
_REPORTING_CREDIT = re.compile(
    rf"^(?P<reporting>{_CREDIT_NAME}) reports from {U}[\w’'-]*(?: {U}[\w’'-]*){{0,3}}$", re.M
)
_CAPTION_CREDIT = re.compile(
    rf"(?<=[.!?] )(?:(?:Photos?|Images?|Pictures?)(?: credits?)?: )?(?P<name>{_CREDIT_NAME})"
    rf"/(?:The )?{U}[\w’'&.-]*(?: {U}[\w’'&.-]*){{0,3}}$",
    re.MULTILINE,
)


def _writer_credit_spans(body: str, byline: str | None) -> list[tuple[int, int]]:
    """The spans of the names a writer's or photographer's credit inside the body gives, and of any
    paragraph that is only such a name or the byline's (a name alone, perhaps with the town filed from,
    or a closing note on the writer: "Jane Roe covers courts for the Planet.")."""
    spans: list[tuple[int, int]] = []
    names: set[str] = set()
    start = 0
    while start >= 0:
        # Tried at each line's start only (the pattern opens with "^").
        found = _WRITER_CREDIT.match(body, start)
        if found is not None and found.lastgroup is not None:
            spans.append(found.span(found.lastgroup))
            names.add(found.group(found.lastgroup))
        start = body.find("\n", start)
        start = start + 1 if start >= 0 else -1
    for credit, word in (
        (_STAMPED_CREDIT, ", Updated "),
        (_STAMPED_CREDIT, ", Published "),
        (_STAMPED_CREDIT, ", Posted "),
        (_REPORTING_CREDIT, " reports from "),
    ):
        at = body.find(word)
        while at >= 0:
            line = body.rfind("\n", 0, at) + 1
            found = credit.match(body, line)
            if found is not None:
                spans.append(found.span(found.lastgroup or 0))
                names.add(found.group(found.lastgroup or 0))
            at = body.find(word, at + 1)
    if "/" in body:
        for found in _CAPTION_CREDIT.finditer(body):
            spans.append(found.span("name"))
            names.add(found.group("name"))
    if byline:
        names.add(byline.removeprefix("By ").strip())
    for name in names:
        if " " not in name:
            continue
        start = body.find(name)
        while start >= 0:
            end = start + len(name)
            opens = start == 0 or body[start - 1] == "\n"
            if opens and _WRITER_NOTE.match(body, end):
                spans.append((start, end))
            start = body.find(name, end)
    return spans


# After a name opening its paragraph: the paragraph is only the name (perhaps with the town it was
# filed from), or a note on the writer ("… covers the courts for …", "… is a reporter …").
_WRITER_NOTE = re.compile(
    rf"(?:, {U}[\w’'-]*(?: {U}[\w’'-]*)?)?(?:\n|$)"
    r"| (?:covers|writes|reports) [^\n]{1,120}?\bfor\b"
    r"| is (?:a|an|the) (?:[\w’'-]+ ){0,4}?(?:correspondent|reporter|editor|writer|journalist|columnist)s?\b"
    r"| can be reached\b"
)


# "MARÍA JOSÉ DE LA CALLE" over the story: a writer's name in capitals, a paragraph of its own.
_CAPITALS_NAME = re.compile(rf"{U}[{_UPPER}’'-]+(?: {U}[{_UPPER}’'-]*){{1,5}}")
# "Lima, March 14 (ANDINA). The Ministry …": the agency's name in capitals after the town and date.
_DATELINE_AGENCY = re.compile(r"[A-Z][\w .’'-]{1,30}, [A-Z][a-z]{2,8}\.? \d{1,2},? \(([A-Z]{3,10})\)[.,:]? ")
# Only a story's first paragraphs carry its writer's and agency's credit.
_OPENING_PARAGRAPHS = 4


def _opening_credit_spans(body: str, paragraphs: tuple[Span, ...]) -> list[tuple[int, int]]:
    """The spans of a writer's name in capitals on a paragraph of its own, and of an agency no list holds
    bracketed after a dateline's town and date, in the story's first paragraphs: staff and the outlet's
    own wire credit, not people or bodies of the story."""
    spans: list[tuple[int, int]] = []
    for paragraph in paragraphs[:_OPENING_PARAGRAPHS]:
        start, end = paragraph.start, paragraph.end
        if (
            _CAPITALS_NAME.fullmatch(body, start, end)
            and body[start:end].split()[0].capitalize() in FIRST_NAMES
        ):
            spans.append((start, end))
            continue
        agency = _DATELINE_AGENCY.match(body, start, end)
        if agency is not None and agency.group(1) not in KNOWN_ORGS:
            spans.append(agency.span(1))
    return spans


def _line_spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The spans ``pattern.finditer(text)`` gives, for a pattern that matches only from a line's start
    ("^" in MULTILINE) and never across a line break: tried at each line's start only, where a scan
    would try every position of the text."""
    spans: list[tuple[int, int]] = []
    start = 0
    while True:
        found = pattern.match(text, start)
        if found is not None:
            spans.append(found.span())
        newline = text.find("\n", start)
        if newline < 0:
            return spans
        start = newline + 1


# "Acme News' Jane Roe contributed to this report.", "Staff writer Jane Roe in Paris contributed reporting.":
# a closing credit of its own; the place the writer files from is still a place of the story.
_CONTRIBUTED_CREDIT = re.compile(
    r"^[^\n.!?]{1,120}? contributed (?:to this (?:report|story|article)|(?:additional )?reporting)[^\n.!?]{0,60}[.!]?$",
    re.MULTILINE,
)
# ", Acme's chief executive," / ", the ministry's spokeswoman,".
_ROLE_AFTER_POSSESSIVE = re.compile(
    # ", the European Commission's lead negotiator,": "the" before a name that needs it.
    # ", who was the European Parliament's lead negotiator on the rules,": a relative clause may open it.
    # ", the health department's state epidemiologist,": a body named by its kind, perhaps with its field.
    # ", the Acme Police Service's (APS) district commander,": the body's letters after its possessive.
    rf", (?:who (?:is|was) )?(?:(?:the )?(?P<org>(?:{_WORD} )*{_WORD}(?: of {_WORD}(?: {_WORD})*)?)|(?P<desc>the (?:[a-z]+ )?[a-z]+))"
    rf"[’']s (?:\([A-Z]{{2,6}}\) )?"
    rf"(?P<role>(?:[a-z][\w’'-]* ){{0,3}}?(?:{_ROLE_HEAD_ALT})"
    # ", Ofwat’s director of enforcement,": the field the post covers, in lower case, is part of it.
    rf"(?: of (?!the )[a-z][a-z-]*(?: (?:and )?[a-z][a-z-]*){{0,3}}(?= said|[,.;]))?"
    # ", the Commission's Deputy Chief Commissioner,": a post written in capitals.
    rf"|(?:(?:{_word_trie(TITLE_MODIFIERS)}) ){{0,3}}(?:{_word_trie(TITLE_HEADS)}))"
    # ", the fund's mission chief for Ruritania.": the country or field the post covers.
    # "… lead negotiator on the methane regulation for the …": the file the post covers.
    # "… epidemiologist for infectious disease,": the field, in lower case.
    rf"(?: (?:for|in) {U}[\w’'-]+(?: {U}[\w’'-]+)?| on (?:the )?[a-z][a-z -]{{1,40}}?(?= for the | said|[,.;])"
    rf"|(?P<field> for [a-z][a-z -]{{1,40}}?)(?= said|[,.;]))?"
    rf"(?=[,.;)]| said| says| told| for the |$"
    # ", Tonga's ambassador to the United Nations and chair of …": a second post follows.
    rf"| to (?:the )?{U}[\w’'-]+(?: {U}[\w’'-]+){{0,3}} and )"
)
_VERB_AFTER = re.compile(
    rf"(?:[’']s?)?,? (?:[a-z]+ly |also |later |then |has |had |have |would |will )?(?:{_VERB_ALT})\b"
)
# "Jane Roe (45), whose house flooded": an age in brackets (South Asian, German and Dutch papers),
# then what is said only of a person: a who-clause, an appositive noun or speech.
# "Jane Roe (47) of Mbare", "Jane Roe (52), the director of …": the court and police reports' age in
# brackets, then a who-clause, an appositive, a home town or a reporting verb.
_BRACKETED_AGE_AFTER = re.compile(
    rf" \((?:aged )?\d{{1,3}}\)(?=, (?:who|whose|a|an|the)\b|,? of [A-Z]|,? (?:{_VERB_ALT})\b)"
)
_VERB_BEFORE = re.compile(rf"\b(?:{_VERB_ALT}|according to|quoted|quoting|by) $")
_WORDS_BEFORE_SPEAKER = REPORTING_VERBS | {"to", "quoted", "quoting", "by"}
# Body-wide patterns open with a character class, and check the word boundary only after it:
# the regex engine then skips straight to the few places that can start a match. The letter that must
# follow it (a lookahead) is tested next, before the costlier look back.
_NO_WORD_BEFORE = r"(?<![\w’'-].)"
# Pronouns, found by their "h" (he, his, her, him; she, they, them, their: the "late" group, which
# starts one character before its "h") and by "it"/"its": scanning for the two letters "Hh" and
# then "Ii" is faster than for every "h", "s", "i" and "t" of the body.
_PRONOUN_H = re.compile(
    rf"[Hh](?=[ei])(?:{_NO_WORD_BEFORE}(?:e|is|er|im)|(?<=[SsTt]h)(?<![\w’'-]..)"
    r"(?P<late>(?<=[Ss]h)e|(?<=[Tt]h)(?:ey|eir|em)))\b"
)
_PRONOUN_IT = re.compile(rf"[Ii](?=t){_NO_WORD_BEFORE}ts?\b")
_DESCRIPTOR_ALT = _word_trie(frozenset(DESCRIPTORS), capital=True)
_DESCRIPTOR = re.compile(
    rf"[TtIi](?=[ht]){_NO_WORD_BEFORE}(?:(?<=[Tt])he|(?<=[Ii])ts|(?<=[Tt])his|(?<=[Tt])hat|(?<=[Tt])heir) (?:[\w’'-]+ ){{0,2}}?"
    # "The San Francisco- and Bengaluru-based company": where it is based may take more words.
    # "The Santa Clara, California-based company": a city and its state.
    rf"(?:(?:[A-Z][\w.’'-]*,? (?:and |& )?){{1,4}}?[A-Z][\w.’'-]*-based (?:[a-z][\w’'-]* )?)?"
    rf"(?P<word>{_DESCRIPTOR_ALT}"
    # "The Seattle-based maker of data-management software": a company described by what it makes.
    r"|(?:maker|manufacturer) of (?!(?:the|a|an|his|her|their|this|that)\b)(?:[a-z][\w’'-]* ){0,2}[a-z][\w’'-]*(?= (?:has |had |also )?(?:said|says|told|tells)\b)"
    r")(?![\w-])"
)
# Roles that stand for a person already named: "the judge said", "the 31-year-old striker said".
_PERSON_ROLE_WORDS = (
    ROLE_HEADS - frozenset(DESCRIPTORS) - {"board", "member", "partner", "general", "head", "owner"}
)
# It begins with the literal "he " (the "t" is checked behind it) so the engine can search for that
# string: three times faster than trying every "t" of the body. A match starts one after the "t".
_PERSON_ROLE = re.compile(
    r"he (?<=[Tt]he )(?<![\w’'-].he )(?:(?:\d+|[a-z]+(?:-[a-z]+)*)-year-old )?(?:[a-z][\w-]* ){0,2}(?P<role>"
    + _word_trie(_PERSON_ROLE_WORDS)
    + r")\b(?![’'-])"
)
# An age alone, right before where the person is from or a reporting verb: "…,’ said the 27-year-old
# from Leeds", "the 27-year-old said". Not "the 27-year-old man", a newcomer more often than not.
_AGE_ALONE = re.compile(
    r"he (?<=[Tt]he )(?<![\w’'-].he )(?:\d+|[a-z]+(?:-[a-z]+)*)-year-old"
    # "…,” said the 26-year-old." ending the sentence; "said the 26-year-old Basque.": a capitalised
    # nationality or home after the age, then the sentence's end or the verb.
    r"(?= from [A-Z]|,|\.(?:\s|$)| (?:said|says|added|adds|told|tells)\b"
    r"| [A-Z][a-z]+(?:,|\.(?:\s|$)| (?:said|says|added|adds|told|tells)\b))"
)
# A post written as its initials: "said the PS" after "Principal Secretary Jane Roe", "the MP said".
# Resolved only to someone whose title has those initials; an organisation's acronym overlaps a name.
_INITIALS_ROLE = re.compile(r"he (?<=[Tt]he )(?<![\w’'-].he )[A-Z]{2,4}(?![\w’'&-]|\.\w)")
# Nationality words that stand for a person just named: "the Norwegian singer", "the German
# replied". Adjectives in -an/-ese/-i are also nouns ("the German"); the rest need a role after them.
_DEMONYM_ADJECTIVES = _NATIONALITY_WORDS - {
    "Spokeswoman",
    "Spokesman",
    "Republican",
    "Ramadan",
    "Christian",
    "Jewish",
    "March",
    "These",
    "Which",
    "Each",
} | {"Swiss", "Greek", "Slovak", "Kazakh", "Icelandic", "Welsh"}
_DEMONYM_NOUNS = frozenset(w for w in _DEMONYM_ADJECTIVES if w.endswith(("an", "ese", "i"))) | {
    "Briton",
    "Scot",
    "Englishman",
    "Englishwoman",
    "Frenchman",
    "Frenchwoman",
    "Dutchman",
    "Dutchwoman",
    "Irishman",
    "Irishwoman",
    "Welshman",
    "Welshwoman",
    "Spaniard",
    "Swede",
    "Dane",
    "Finn",
    "Pole",
    "Turk",
}
_DEMONYM_ROLE = re.compile(
    r"he (?<=[Tt]he )(?<![\w’'-].he )(?:(?P<adjective>"
    + _word_trie(_DEMONYM_ADJECTIVES)
    + r") (?P<role>"
    + _word_trie(_PERSON_ROLE_WORDS)
    + r")|(?P<noun>"
    + _word_trie(_DEMONYM_NOUNS)
    + rf")(?=,? (?:[a-z]+ly )?(?:{_VERB_ALT})\b))(?![\w’'-])"
)
_OFFICIAL_WORD = re.compile(r" official\b")
_SPOKESPERSON = re.compile(
    rf"[Aa]{_NO_WORD_BEFORE}n? (?P<word>{_DESCRIPTOR_ALT}) (?:spokes(?:man|woman|person)|official|source|"
    rf"representative)\b"
)
_BODY_KINDS: dict[str, frozenset[str]] = {
    "civic": frozenset(["council"]),
    "municipal": frozenset(["council"]),
    "trade": frozenset(["association"]),
    "industry": frozenset(["association"]),
    "umbrella": frozenset(["association", "union", "alliance"]),
    "professional": frozenset(["association"]),
    "regulatory": frozenset(["agency"]),
    "statutory": frozenset(["agency", "council"]),
    "oversight": frozenset(["agency", "committee"]),
    "governing": frozenset(["association", "agency", "council"]),
    "apex": frozenset(["association", "agency", "council", "bank"]),
}
_DESCRIBED_BODY = re.compile(r"\b[Tt]he (?P<modifier>" + "|".join(_BODY_KINDS) + r") body\b")
_STAFF = re.compile(r" (?:staff|officials|executives)\b")
# The description alone at the start of a sentence or clause: "Agency", ", company".
_BARE_DESCRIPTOR_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=[.,;:] ))(?P<word>[A-Za-z]+)$")
_DOCUMENT_WORDS = (
    "statement",
    "communiqu",
    "declaration",
    "release",
    "report",
    "letter",
    "filing",
    "announcement",
    "notice",
)
_DOCUMENT = re.compile(
    rf"[TtAaIi](?=[ht ]){_NO_WORD_BEFORE}(?:(?<=[Tt])he|(?<=[Aa])|(?<=[Tt])hat|(?<=[Tt])his|(?<=[Ii])ts|(?<=[Tt])heir)"
    r"(?: joint)? (?:(?:joint|new|written|brief|"
    r"separate|final|official|short|same|earlier) )*(?:statement|communiqu[ée]|declaration|press release|"
    r"release|report|letter|filing|announcement|notice)\b"
)


@dataclass(slots=True)
class _Chunk:
    start: int
    end: int
    tokens: list[tuple[int, int, str]]
    label: str = "unknown"  # org, place, person, title, unknown
    data: dict[str, object] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return " ".join(t[2] for t in self.tokens)


def _tokens(body: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of ``body[start:end]`` with their offsets (runs are words joined by single spaces)."""
    if start < end and body.find(" ", start, end) < 0:
        return [(start, end, body[start:end])]  # most runs are one word
    tokens = []
    for word in body[start:end].split(" "):
        if word:
            tokens.append((start, start + len(word), word))
        start += len(word) + 1
    return tokens


# Short second halves of capitalised compounds that make adjectives, not Korean given names.
_COMPOUND_TAILS = frozenset(
    ["led", "run", "born", "made", "era", "wide", "like", "only", "held", "free", "bred"]
)


def _is_initials(word: str) -> bool:
    """ "J." or "P.K.": a person's initials, not a dotted abbreviation ("U.S.", "U.N.")."""
    return _INITIAL.fullmatch(word) is not None or (
        _DOTTED_INITIALS.fullmatch(word) is not None and word not in PLACES and word not in KNOWN_ORGS
    )


_GAELIC_ARTICLES = frozenset(["a'", "a’"])


# The party letters of AP style's tag after a lawmaker's name ("D-Ohio", "R-Blue Ridge", "DFL-Duluth").
_PARTY_TAG_LETTERS = frozenset(["D", "R", "I", "DFL"])


@lru_cache(maxsize=8192)
def _is_name_token(token: str) -> bool:
    """Could this word be part of a personal name?"""
    if token in _GAELIC_ARTICLES:
        return True  # "Mac a' Phearsain": the apostrophe is the word's, no possessive
    bare = _POSSESSIVE.sub("", token.rstrip(","))
    if bare.islower():
        return _PARTICLE_WORD.fullmatch(bare) is not None
    if bare in NOT_NAMES or bare in TITLE_HEADS or bare in HONORIFICS or bare.rstrip(".") in HONORIFICS:
        return False
    if bare in _DOTTED_STYLES or bare in ORG_HEADS or bare in KNOWN_ORGS:
        return False
    if _ALL_CAPS.match(bare) and not _is_initials(bare):
        return False  # acronyms ("WTTC") are organisations, not names
    if any(c.isdigit() for c in bare):
        return False
    parts = bare.split("-")
    if parts[0] in _PARTY_TAG_LETTERS and len(parts) > 1:
        return False  # "Jane Roe, R-Blue Ridge,": AP style's party letter and home town, no name
    if (
        len(parts) > 1
        and parts[0][:1].isupper()
        and parts[-1].islower()
        and not (
            len(parts) == 2 and GIVEN_NAME_SYLLABLES.fullmatch(bare) and parts[-1] not in _COMPOUND_TAILS
        )
    ):
        return False  # "Paris-based", "Kenyan-born": an adjective, not a name
    # "Asia-Pacific", "Afro-Asia": capitalised compounds are adjectives unless they start with a first name.
    return not (
        len(parts) > 1
        and all(p[:1].isupper() for p in parts)
        and parts[0] not in FIRST_NAMES
        and bare in PLACES
    )


def _place_at(tokens: list[tuple[int, int, str]], index: int) -> int:
    """Number of tokens from ``index`` that spell a known place (0 if none)."""
    first = tokens[index][2]
    if first not in PLACE_FIRST_WORDS and (
        # Only a word ending in an apostrophe or "'s" changes without its possessive: no regex for the rest.
        not first.endswith(("’", "'", "’s", "'s")) or _POSSESSIVE.sub("", first) not in PLACE_FIRST_WORDS
    ):
        return 0
    longest = 0
    for size in range(min(PLACE_MAX_WORDS, len(tokens) - index), 0, -1):
        words = [t[2] for t in tokens[index : index + size]]
        words[-1] = _POSSESSIVE.sub("", words[-1]) if words[-1].endswith(("’s", "'s")) else words[-1]
        if " ".join(words) in PLACES:
            longest = size
            break
    return longest


_ACRONYM_GAPS = frozenset([" and ", " on ", " of ", " for ", " of the ", " for the ", " and the ", " in "])
# "(AMAP-RJ)": a body's letters, then its state's or city's after a hyphen.
_BRACKETED_ACRONYM = re.compile(r" \(([A-Z]{3,10})(?:-([A-Z]{2,3}))?\)")


def _acronym_spans(body: str, current: _Chunk, following: _Chunk) -> bool:
    """The acronym in brackets after the second run spells the two runs' words (not the second's alone)."""
    found = _BRACKETED_ACRONYM.match(body, following.end)
    if found is None:
        return False
    acronym = found.group(1)
    words = [t[2] for t in current.tokens + following.tokens if t[2][:1].isupper() and t[2] != "The"]
    own = "".join(t[2][0] for t in following.tokens if t[2][:1].isupper())
    if found.group(2):
        # "the Association of App Riders of Rio de Janeiro (AMAP-RJ)": the letters after the hyphen spell the
        # place that closes the name, those before it the body's (often in its own language: only the first
        # need match).
        return (
            own == found.group(2)
            and following.tokens[0][2] in PLACE_FIRST_WORDS
            and len(current.tokens) >= 2
            and acronym[0] == current.tokens[current.tokens[0][2] == "The"][2][0]
        )
    if len(words) < 3 or own == acronym or acronym[0] != words[0][0] or words[-1][0] not in acronym[1:]:
        return False
    # "Intergovernmental Authority on Development (IGAD)": the letters in order, each word's first.
    letters = iter("".join(words).upper())
    return all(letter in letters for letter in acronym)


_NUMBER_WORDS = frozenset(
    [
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "Eleven",
        "Twelve",
        "Fifteen",
        "Twenty",
        "Twenty-Four",
        "Seventy-Seven",
    ]
)


# Days and months: "on Wednesday" after a body's name says when it acted, not what it works on.
_CALENDAR_WORDS = frozenset(
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
    ]
)


_MEMBER_OF_BEFORE = ("Member of ", "Member of the ", "member of ", "member of the ")


# " & Co", " & Partners": what follows the last partner's surname in a firm's name.
_PARTNERS_AFTER = re.compile(r" & (?:Co\b|Partners|Associates)")


def _merge_runs(body: str, runs: list[_Chunk]) -> list[_Chunk]:
    """Join runs across "of"/"for"/"&"/list commas when they make one name."""
    merged: list[_Chunk] = []
    index = 0
    while index < len(runs):
        current = runs[index]
        index += 1
        while index < len(runs):
            following = runs[index]
            if following.start - current.end > 9:
                break  # every joining gap below (" for the " the longest) is short; most gaps are not
            gap = body[current.end : following.start]
            last = _POSSESSIVE.sub("", current.tokens[-1][2])
            if current.tokens[-1][2].endswith(("’s", "'s")):
                break
            if gap == ", " and _comma_list_body(body, current, runs, index):
                # "the Food, Agriculture and Cocoa Affairs Committee": a committee named for a list of fields.
                closing = runs[index + 1]
                current = _Chunk(current.start, closing.end, _tokens(body, current.start, closing.end))
                index += 2
                continue
            if gap in _ACRONYM_GAPS and _acronym_spans(body, current, following):
                # "the Authority on Development for Asia (ADA)": the acronym after it spells the whole name.
                current = _Chunk(current.start, following.end, _tokens(body, current.start, following.end))
                index += 1
                continue
            if (
                gap == ", "
                and len(current.tokens) == 1
                and len(following.tokens) == 1
                and _PARTNERS_AFTER.match(body, following.end) is not None
                and current.tokens[0][2] not in PLACES
            ):
                # "Kiggundu, Mayanja & Co Advocates": a firm named for its partners keeps the comma
                # between their surnames (the "&" joins the last one next).
                current = _Chunk(current.start, following.end, _tokens(body, current.start, following.end))
                index += 1
                continue
            if gap == " & " or _joins_known_or_local_name(body, current, following, gap):
                current = _Chunk(current.start, following.end, _tokens(body, current.start, following.end))
                index += 1
                continue
            if gap in (" for ", " for the ") and body.endswith(_MEMBER_OF_BEFORE, 0, current.start):
                break  # "the Member of Parliament for Aleipata": a member's seat, no part of the chamber's name
            if gap in (" of ", " of the ", " for ", " for the ", " on ", " on the ") and (
                last in _OF_HEADS
                or _of_continues(body, current, following, gap)
                # "the Conference of Heads of Government": a body of heads of state or government.
                or (
                    last == "Heads"
                    and gap == " of "
                    and following.tokens[0][2] in ("Government", "State")
                    and current.tokens[current.tokens[0][2] == "The"][2] in _OF_HEADS
                )
            ):
                # "the Research Commission on the Tax System": a commission named for its subject.
                if gap in (" on ", " on the ") and (
                    last not in ("Committee", "Commission", "Council", "Panel")
                    or following.tokens[0][2] in _CALENDAR_WORDS  # "the Commission on Wednesday proposed"
                ):
                    break
                if last in TITLE_HEADS and _place_goes_on(body, following, runs, index):
                    # "Special Envoy for the Horn of Africa": a post's region keeps its own "of" (a
                    # body's name goes on: "the Central Bank of the Republic of Türkiye").
                    break
                current = _Chunk(current.start, following.end, _tokens(body, current.start, following.end))
                index, current = _absorb_list(body, runs, index + 1, current)
                continue
            if (
                gap == " and "
                and any(t[2] == "of" for t in current.tokens)
                and current.tokens[current.tokens[0][2] == "The" and len(current.tokens) > 1][2] in ORG_HEADS
                and following.tokens[-1][2] in ORG_HEADS
                and len(following.tokens) <= 3
                and following.tokens[0][2] not in ORG_HEADS
                and following.tokens[0][2] not in PLACES
                and following.tokens[0][2] not in FIRST_NAMES
                # "University of Leeds and Aarhus University": two names with the same head noun.
                and following.tokens[-1][2] != current.tokens[current.tokens[0][2] == "The"][2]
            ):
                # "Association of Mineworkers and Construction Union": one name across "and".
                current = _Chunk(current.start, following.end, _tokens(body, current.start, following.end))
                index += 1
                continue
            if (
                gap == " and "
                and len(current.tokens) <= 4
                and current.tokens[current.tokens[0][2] == "The"][2] in ("House", "Senate")
                and len(current.tokens) - (current.tokens[0][2] == "The") >= 2
                and current.tokens[-1][2] not in KNOWN_ORGS  # "Senate Democrats and …": the party
                # "House Speaker Jane Roe and …": a title and a person, no committee's fields.
                and not any(t[2] in FIRST_NAMES or t[2] in TITLE_HEADS for t in current.tokens[1:])
                and following.tokens[-1][2] in ("Committee", "Subcommittee")
                and len(following.tokens) <= 4
            ):
                # "the House Energy and Commerce Committee": a chamber's committee named for two fields.
                current = _Chunk(current.start, following.end, _tokens(body, current.start, following.end))
                index += 1
                continue
            if (
                gap == " of "
                and last == "Group"
                and len(following.tokens) == 1
                and following.tokens[0][2] in _NUMBER_WORDS
            ):
                # "the Group of Eight", "the Group of Seventy-Seven": a group named by its members' count.
                current = _Chunk(current.start, following.end, _tokens(body, current.start, following.end))
                index += 1
                continue
            if (
                gap == " at "
                and len(following.tokens) <= 2
                and [t[2] for t in current.tokens[current.tokens[0][2] == "The" :][:2]]
                == ["University", "of"]
                and (
                    following.tokens[0][2] in PLACES
                    or body[following.start : following.end] in PLACE_CANDIDATES
                )
            ):
                # "the University of Texas at Austin": one campus of a state university, named by its town.
                current = _Chunk(current.start, following.end, _tokens(body, current.start, following.end))
                index += 1
                continue
            if (
                gap == " and "
                and len(following.tokens) <= 3
                and _portfolio_body_opening(current.tokens)
                and (
                    following.tokens[0][2] in TITLE_MODIFIERS  # a portfolio's word: "Energy", "Social"
                    # "the Department of Community and Government Services": the government's own services.
                    or (following.tokens[0][2] == "Government" and len(following.tokens) == 2)
                )
                and all(
                    (_is_portfolio_word(t[2]) or t[2] == "Government") and t[2] not in TITLE_HEADS
                    for t in following.tokens
                )
            ):
                # "the Ministry of Mines and Energy", "the Department of Health and Social Care": a
                # ministry named for two portfolios.
                current = _Chunk(current.start, following.end, _tokens(body, current.start, following.end))
                index += 1
                continue
            if gap == " and " and _and_joins_group(body, current, following):
                # "the Socialists and Democrats group": a parliamentary group named for two kinds of member.
                current = _Chunk(current.start, following.end, _tokens(body, current.start, following.end))
                current.data["group"] = True
                index += 1
                continue
            if (
                gap in (" – ", " - ")
                and _portfolio_body_opening(current.tokens)
                and body[following.start : following.end] in PLACES
                and PLACES[body[following.start : following.end]].kind in ("city", "region")
            ):
                # "the Department of Health – Zenford": an emirate's or a city's own department, named so.
                current = _Chunk(current.start, following.end, _tokens(body, current.start, following.end))
                index += 1
                continue
            if gap == " and " and _and_joins_company_trades(current, following):
                # "Zenland Gas Transmission and Distribution Company": one company named for two trades.
                current = _Chunk(current.start, following.end, _tokens(body, current.start, following.end))
                index += 1
                continue
            if gap == " and " and _and_joins_agency(body, current, following):
                # "U.S. Customs and Border Protection said": one agency named for what it does.
                current = _Chunk(current.start, following.end, _tokens(body, current.start, following.end))
                current.data["agency"] = True
                index += 1
                continue
            if gap == " and " and (
                _and_joins_portfolios(current, following) or _and_joins_post_of_portfolios(current, following)
            ):
                # "Labour and Employment Minister Md. Shahidul Alam": one title across "and".
                current = _Chunk(current.start, following.end, _tokens(body, current.start, following.end))
                index += 1
                continue
            if (
                gap == " and "
                and len(current.tokens) == 1
                and last in PLACES
                and 2 <= len(following.tokens) <= 3
                and following.tokens[0][2] == "District"
                and following.tokens[-1][2] in ORG_HEADS
            ):
                # "Cromer and District Hospital", "Ilkley and District Rotary Club": a British body
                # named for its town and the country round it is one name, the town its first word.
                current = _Chunk(current.start, following.end, _tokens(body, current.start, following.end))
                index += 1
                continue
            if (
                gap == " and "
                and following.tokens[-1][2] in ORG_HEADS
                and (last not in PLACES and last not in KNOWN_ORGS and last not in FIRST_NAMES)
                and not _ALL_CAPS.match(following.tokens[0][2])  # "Sanofi and GC Biopharma": two names
                # "a joint venture between Samruk-Energy and Golden Falcon Renewables": two parties.
                and not (body.endswith("between ", 0, current.start) and len(following.tokens) >= 2)
                and (
                    len(current.tokens) == 1
                    or (
                        # "Korea Disease Control and Prevention Agency": descriptive words joined by
                        # "and" before one head noun; never a person's or an organisation's full name.
                        len(current.tokens) <= 4
                        # "Environment and Natural Resources Trust Fund": a head of two nouns may follow three.
                        and (
                            len(following.tokens) <= 3
                            or (len(following.tokens) == 4 and following.tokens[-2][2] in ORG_HEADS)
                        )
                        and last not in ORG_HEADS
                        and following.tokens[0][2] not in ORG_HEADS
                        # "Banque Lemaire and Alpstein Bank": a name its organisation noun opens is whole.
                        and current.tokens[current.tokens[0][2] == "The"][2] not in _LEADING_HEADS
                        # "Viet Nam Disaster and …": a country's words may be given names too.
                        and not any(
                            t[2] in FIRST_NAMES or t[2] in TITLE_HEADS
                            for t in current.tokens[_leading_place_words(current.tokens) :]
                        )
                    )
                )
            ):
                current = _Chunk(current.start, following.end, _tokens(body, current.start, following.end))
                index += 1
                continue
            break
        merged.append(current)
    return merged


# The last word of an agency named for its function: "Border Protection", "Customs Enforcement".
_FUNCTION_NOUN = re.compile(r"[A-Z][a-z]+(?:tion|sion|ment|ance|ence)")
# A name used as an actor: what only a body that reports or employs is written with.
_ACTOR_AFTER = re.compile(
    rf",? (?:(?:[a-z]+ly |also )?(?:{_VERB_ALT})\b|(?:agents|officers|officials|staff)\b)"
)


_GROUP_AFTER = re.compile(r" group\b")


def _and_joins_portfolios(current: _Chunk, following: _Chunk) -> bool:
    """Do two runs joined by "and" name one minister's portfolios ("Labour and Employment Minister",
    "Civil Protection and Sea Policies Minister", "Agriculture and Food Security Minister")?"""
    if len(current.tokens) > 2 or (
        len(current.tokens) == 2 and not all(_is_portfolio_word(t[2]) for t in current.tokens)
    ):
        return False
    head = next(
        (k for k in (1, 2) if k < len(following.tokens) and following.tokens[k][2] in _PORTFOLIO_HEADS), 0
    )
    return head > 0 and all(_is_portfolio_word(t[2]) for t in following.tokens[:head])


def _and_joins_post_of_portfolios(current: _Chunk, following: _Chunk) -> bool:
    """ "Deputy Minister of Agriculture and Environment Jane Roe", "Minister of Water Development and
    Sanitation Hon. Jane Roe": a minister's post of one portfolio, "and", then a second portfolio's
    words (perhaps with the holder's name after them) are one title across "and"."""
    tokens = current.tokens
    of = next((k for k in range(1, len(tokens) - 1) if tokens[k][2] == "of"), -1)
    if of < 0 or tokens[of - 1][2] not in _PORTFOLIO_HEADS or len(tokens) - of - 1 > 3:
        return False
    if not all(_is_portfolio_word(t[2]) for t in tokens[of + 1 :]):
        return False
    # "… of Health and Deputy Mayor Jane Roe": a second post after "and" is no portfolio.
    return (
        _is_portfolio_word(following.tokens[0][2])
        and following.tokens[0][2] not in ORG_HEADS
        and not any(t[2].rstrip(".") in TITLE_HEADS for t in following.tokens)
    )


def _and_joins_group(body: str, current: _Chunk, following: _Chunk) -> bool:
    """ "from the European Conservatives and Reformists group": plural capitalised words joined by "and"
    right before a lower-case "group" name one group; "France and Germany", "Acme and HSBC" do not."""
    if not _GROUP_AFTER.match(body, following.end):
        return False
    words = [t[2] for t in current.tokens] + [t[2] for t in following.tokens]
    return (
        len(words) <= 5
        and current.tokens[-1][2].endswith("s")
        and following.tokens[-1][2].endswith("s")
        and not any(
            w in PLACES
            or w in FIRST_NAMES
            or _is_acronym(w)
            or (w in KNOWN_ORGS and KNOWN_ORGS[w].kind != "party")  # "the Barclays and Lloyds group"
            for w in (current.tokens[-1][2], following.tokens[-1][2])
        )
    )


# Head nouns of a company named for its trades ("… Transmission and Distribution Company").
_TRADES_COMPANY_HEADS = frozenset(["Company", "Corporation"])


def _and_joins_company_trades(current: _Chunk, following: _Chunk) -> bool:
    """A name, a trade ("Gas", "Oil") and an activity, "and", a second activity and a company's head noun:
    one company ("Zenland Gas Transmission and Distribution Company"); "Acme Holdings and Beta Company"
    are two, the first ending in a head noun of its own."""
    words = [t[2] for t in current.tokens]
    after = [t[2] for t in following.tokens]
    return (
        len(after) == 2
        and after[1] in _TRADES_COMPANY_HEADS
        and len(words) == 3
        and words[0] != "The"
        and ORG_HEADS.get(words[1]) == "company"
        and all(
            _is_portfolio_word(w) and w not in ORG_HEADS and w not in TITLE_HEADS
            for w in (words[2], after[0])
        )
    )


def _and_joins_agency(body: str, current: _Chunk, following: _Chunk) -> bool:
    """ "according to U.S. Customs and Border Protection", "Immigration and Customs Enforcement said":
    capitalised words joined by "and" that end in a function noun, used as one actor, are one name;
    two companies ("Acme Holdings and Beta Capital") end in no such noun."""
    words = [t[2] for t in current.tokens] + [t[2] for t in following.tokens]
    if words[0] in _COUNTRY_PREFIXES:
        words = words[1:]
    return (
        len(current.tokens) <= 3
        and len(following.tokens) <= 3
        and _FUNCTION_NOUN.fullmatch(words[-1]) is not None
        and not any(
            (w in FIRST_NAMES and not FIRST_NAMES[w].is_word)
            or w in TITLE_HEADS
            or w in PLACE_FIRST_WORDS
            or w in KNOWN_ORGS
            or w in NOT_NAMES
            for w in words
        )
        and (
            body.endswith("according to ", 0, current.start)
            or _ACTOR_AFTER.match(body, following.end) is not None
        )
    )


# Lower-case words inside Portuguese, Spanish, French and Italian names ("Banco Central do Brasil").
_ROMANCE_JOINS = frozenset(
    [
        *(" do ", " da ", " dos ", " das ", " de ", " del ", " de la ", " di ", " du ", " des "),
        # French "pour" and "et" ("Rassemblement pour la Justice et le Progrès"), Spanish "para" and "y".
        *(" pour ", " pour la ", " pour le ", " pour les ", " et ", " et la ", " et le ", " et les "),
        *(" para ", " para la ", " para el ", " y ", " y la ", " y el "),
        # Spanish and Portuguese "por" ("Unión por la Patria", "Movimento pela Vida").
        *(" por ", " por la ", " por el ", " por los ", " por las ", " pela ", " pelo "),
    ]
)
# Bodies named with the country they serve ("European Union Chamber of Commerce in China").
_IN_COUNTRY_HEADS = frozenset(["Chamber", "Incorporation"])


@lru_cache(maxsize=1)
def _known_name_openings() -> frozenset[str]:
    """Each opening of a known organisation's form that ends before a lower-case word and goes on past the
    next one ("United Nations Office on Drugs" of "United Nations Office on Drugs and Crime")."""
    openings: set[str] = set()
    for form in KNOWN_ORGS:
        words = form.split()
        lower = [k for k, word in enumerate(words) if word.islower()]
        for k in lower[1:]:
            openings.add(" ".join(words[:k]))
    return frozenset(openings)


def _joins_known_or_local_name(body: str, current: _Chunk, following: _Chunk, gap: str) -> bool:
    """Two runs that make one name across a lower-case gap: a known organisation's full name
    ("Federal Office for the Protection of the Constitution"), a Romance name opened by its organisation
    noun ("Banco Central do Brasil"), or a chamber named with its country ("… Chamber of Commerce in
    China", "Royal Incorporation of Architects in Scotland")."""
    if not gap.startswith(" ") or not gap.endswith(" ") or not gap.strip().islower():
        return False
    joined = body[current.start : following.end]
    if joined.removeprefix("The ") in KNOWN_ORGS:
        return True
    if joined.removeprefix("The ") in _known_name_openings():
        # "the United Nations Office on Drugs and Crime": the opening of a known name that two lower-case
        # gaps break into three runs joins on, so the whole can join at the last gap.
        return True
    if gap == " of " and (joined in PLACES or joined in PLACE_CANDIDATES):
        # "the Horn of Africa", "the Isle of Man": a known place's full name ("the Vale of Glamorgan", one
        # the gazetteer holds only as a district, is read whole in its country's stories).
        return True
    if gap == " and the " and any(body[current.start : t[1]] in PLACES for t in following.tokens[:2]):
        return True  # "St Vincent and the Grenadines (Prime Minister)": a country named for two lands
    if gap == " and " and any(
        _POSSESSIVE.sub("", body[current.start : t[1]]) in PLACES for t in following.tokens[:2]
    ):
        # "Perth and Kinross (Council)", "Dumfries and Galloway": one region's name; "Trinidad and
        # Tobago's government": its possessive too.
        return True
    words = [t[2] for t in current.tokens]
    if gap in _GAELIC_NAME_ARTICLES and len(words) - (words[0] == "The") == 1 and len(following.tokens) == 1:
        return (
            True  # "Conradh na Gaeilge", "Bord na Móna": an Irish or Scottish Gaelic name keeps its article
        )
    if gap == " and " and _two_places_one_body(body, current, following):
        return True
    if gap in _ROMANCE_JOINS and words[words[0] == "The" and len(words) > 1] in _LEADING_HEADS:
        return True
    if gap in _ROMANCE_JOINS and len(words) == 1 and words[0] in _JOINED_HEADS:
        return True  # "Hospital de Clínicas", "Hôpital de la Pitié": a Romance hospital's name
    if gap == " in " and "of" in words and any(w in _IN_COUNTRY_HEADS for w in words):
        place = PLACES.get(body[following.start : following.end])
        return place is not None and place.kind in ("country", "region")
    return False


_COMPASS_WORDS = frozenset(["North", "South", "East", "West", "Mid", "Central"])
# The Gaelic article inside a name ("Conradh na Gaeilge", "Comhairle nan Eilean Siar").
_GAELIC_NAME_ARTICLES = frozenset([" na ", " nan "])


def _two_places_one_body(body: str, current: _Chunk, following: _Chunk) -> bool:
    """ "the Wildlife Trust of South and West Wales": a body's region named by two compass points;
    "the Punjab and Haryana High Court": one body of two places, named after both."""
    words = [t[2] for t in current.tokens]
    after = [t[2] for t in following.tokens]
    if (
        len(words) >= 3
        and words[-2] == "of"
        and words[-1] in _COMPASS_WORDS
        and len(after) == 2
        and after[0] in _COMPASS_WORDS
        and after[1] in PLACES  # "West Wales"
    ):
        return True
    place = words[-1]
    return (
        (words == ["The", place] or (words == [place] and body.endswith("the ", 0, current.start)))
        and place in PLACES
        and 2 <= len(after) <= 4
        and after[0] in PLACES
        and after[-1] in ORG_HEADS
        and after[-2] not in ORG_HEADS  # "Kenya and Uganda Railways", not "Acme and Zenland Bank Group"
    )


def _portfolio_body_opening(tokens: list[tuple[int, int, str]]) -> bool:
    """ "the Ministry of …", "the Nunavut Department of …": a ministry's name, perhaps after its region's."""
    words = [t[2] for t in tokens[tokens[0][2] in ("The", "THE") :][:3]]
    if words[:1] and words[0] in PLACES and PLACES[words[0]].kind == "region":
        words = words[1:]
    return words[:2] in (["Ministry", "of"], ["Department", "of"])


def _of_continues(body: str, current: _Chunk, following: _Chunk, gap: str) -> bool:
    """ "International Union for Conservation of Nature": a name that already joined its head noun
    to a complement ("Union for Conservation") runs on through one more "of" word."""
    if gap != " of " or len(following.tokens) > 2:
        return False
    if len(following.tokens) == 2:
        # "the Association for the Protection of Property Buyers (APPB)": two words, where the body's letters
        # follow in brackets.
        return (
            _ACRONYM_AFTER.match(body, following.end) is not None
            and not any(t[2] in PLACES or t[2] in FIRST_NAMES for t in following.tokens)
            and any(t[2] == "for" for t in current.tokens)
            and any(t[2] in ORG_HEADS for t in current.tokens)
        )
    word = following.tokens[0][2]
    if word not in PLACES:
        return any(t[2] == "for" for t in current.tokens) and any(t[2] in ORG_HEADS for t in current.tokens)
    # "the Chamber of Mines of Malawi": a body named for its field ("Chamber of Mines") closes with its
    # country; a head noun then "of" opens the name ("the Bank of Spain of …" is no name).
    opening = current.tokens[current.tokens[0][2] == "The" :]
    # "the National Academy of Sciences of Tajikistan": one adjective may come before the head noun.
    head = 1 if opening and opening[0][2] in _HEAD_ADJECTIVES else 0
    return (
        PLACES[word].kind == "country"
        and len(opening) >= head + 3
        and opening[head][2] in _OF_HEADS
        and opening[head + 1][2] == "of"
        and opening[-1][2] not in PLACES
    )


_HEAD_ADJECTIVES = frozenset(["National", "Federal", "Royal", "Central", "Supreme", "State"])


_PORTFOLIO_BODIES = frozenset(["Ministry", "Department", "Minister", "Secretary"])
_MINISTRY_HEADS = frozenset(["Ministry", "Department"])


# Bodies named for a list of fields: "the Net Zero, Energy and Transport Committee".
_FIELD_LIST_HEADS = frozenset(["Committee", "Subcommittee", "Commission", "Council", "Board", "Authority"])
_ARTICLE_OR_POSSESSIVE_BEFORE = re.compile(r"(?:(?<![\w’'-])[Tt]he|[’']s) $")


def _comma_list_body(body: str, current: _Chunk, runs: list[_Chunk], index: int) -> bool:
    """ "the Food, Agriculture and Cocoa Affairs Committee", "the Parliament’s Net Zero, Energy and Transport
    Committee": a first field, a comma, a second, "and", then the last with the body's head noun."""
    if index + 1 >= len(runs):
        return False
    item, closing = runs[index], runs[index + 1]
    if body[item.end : closing.start] != " and ":
        return False
    if _places_list_council(current, item, closing):
        return True
    # "Zenland Oil, Gas and Mineral Corporation": a state company opened by its country's name, named for
    # what it deals in.
    national = (
        closing.tokens[-1][2] in _NATIONAL_COMPANY_HEADS
        and PLACES.get(current.tokens[0][2]) is not None
        and PLACES[current.tokens[0][2]].kind == "country"
        and len(current.tokens) == 2
    )
    if closing.tokens[-1][2] not in _FIELD_LIST_HEADS and not national:
        return False
    # The first field: the chunk's words after any possessive owner ("Scottish Parliament's Net Zero").
    opening = current.tokens
    owned = next((k for k in range(len(opening) - 1, -1, -1) if opening[k][2].endswith(("’s", "'s"))), None)
    if owned is not None:
        opening = opening[owned + 1 :]
    elif national:
        opening = opening[1:]
    elif not _ARTICLE_OR_POSSESSIVE_BEFORE.search(body, max(0, current.start - 6), current.start):
        return False
    return (
        _field_item_ok([t[2] for t in opening])
        and _field_item_ok([t[2] for t in item.tokens])
        and len(closing.tokens) <= 4
        and not any(t[2] in FIRST_NAMES or t[2] in PLACES for t in closing.tokens[:-1])
    )


# Head nouns of the state companies a country's name opens ("Zenland Oil, Gas and Mineral Corporation").
_NATIONAL_COMPANY_HEADS = frozenset(["Corporation", "Company", "Authority"])
# Councils merged from several towns, named for them all ("Armagh City, Banbridge and Craigavon Borough Council").
_MERGED_COUNCIL_WORDS = frozenset(["City", "Borough", "District", "County", "Council"])


def _places_list_council(current: _Chunk, item: _Chunk, closing: _Chunk) -> bool:
    """A town (perhaps with "City"), a comma, a town, "and", a town, then the council's words: one
    council named for the towns it was merged from."""
    opening = [t[2] for t in current.tokens]
    last = [t[2] for t in closing.tokens]
    return (
        1 <= len(opening) <= 2
        # "Armagh City": a city by its word, though the gazetteer lacks it.
        and (opening[0] in PLACE_CANDIDATES or opening[1:] == ["City"])
        and all(w in _MERGED_COUNCIL_WORDS for w in opening[1:])
        and len(item.tokens) == 1
        and item.tokens[0][2] in PLACE_CANDIDATES
        and 2 <= len(last) <= 4
        and last[0] in PLACE_CANDIDATES
        and last[-1] == "Council"
        and all(w in _MERGED_COUNCIL_WORDS for w in last[1:])
    )


def _field_item_ok(words: list[str]) -> bool:
    """A field in a body's name: one or two plain words ("Energy", "Net Zero"), no one's name or place."""
    return (
        0 < len(words) <= 2
        and not any(
            ORG_HEADS.get(w, "company") != "company"
            or w in TITLE_HEADS
            or w in KNOWN_ORGS
            or w in FIRST_NAMES
            for w in words
        )
        and " ".join(words) not in PLACES
    )


def _list_item_ok(chunk: _Chunk, portfolio: bool = False, size: int = 2, ministry: bool = False) -> bool:
    """A field in a list after "of": a plain word or two; a ministry's may be a company's head noun alone
    ("Ministry of Trade, Industry and Energy"), where a minister's post stays a post."""
    words = [t[2] for t in chunk.tokens]
    return (
        len(words) <= size
        and not any(
            # A ministry's field may be or open with a company's head noun ("Energy, Water Resources and
            # Irrigation"); one closing a longer item is a company ("Kestrel Energy", "Harbour Water").
            (
                w in ORG_HEADS
                and not (ministry and ORG_HEADS[w] == "company" and (len(words) == 1 or w != words[-1]))
            )
            or w in TITLE_HEADS
            or (w in KNOWN_ORGS and not portfolio)
            for w in words
        )
        and " ".join(words) not in PLACES
        # "… and Energy Australia": a company's word before a place is another body's name.
        and not (ministry and len(words) > 1 and any(w in PLACES for w in words))
        and (words[0] not in FIRST_NAMES or _plain_word_before_field(words))
    )


def _leading_place_words(tokens: list[tuple[int, int, str]]) -> int:
    """How many of a chunk's first two or three words (before at least one more) name a place ("Viet Nam")."""
    for size in (3, 2):
        if len(tokens) > size:
            name = " ".join(t[2] for t in tokens[:size])
            plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
            if name in PLACES or plain in PLACES:
                return size
    return 0


def _plain_word_before_field(words: list[str]) -> bool:
    """ "Urban Development", "Grace Period": a given name that is also a word, before a portfolio's field."""
    last = words[-1]
    if last.endswith(("’s", "'s")) and last[:-2].endswith(_FIELD_NOUN_ENDINGS):
        # "Urban Development's zonal office": a field's noun may own what follows; a surname may not.
        last = last[:-2]
    return len(words) > 1 and FIRST_NAMES[words[0]].is_word and _is_portfolio_word(last)


# Endings of the abstract nouns that name fields ("Development", "Transportation", "Agriculture").
_FIELD_NOUN_ENDINGS = ("ment", "tion", "sion", "ture", "ism", "ity", "ics", "ance", "ence", "ing")


def _absorb_list(body: str, runs: list[_Chunk], index: int, current: _Chunk) -> tuple[int, _Chunk]:
    """After "of X": take ", Y and Z" into the name when it is a closed list of plain words."""
    items: list[_Chunk] = []
    probe = index
    end_chunk = current
    # "Ministry of Health, Labour and Welfare": a portfolio's words may also name a party.
    portfolio = any(t[2] in _PORTFOLIO_BODIES for t in current.tokens)
    # A college's or faculty's fields are read as a ministry's ("College of Design and Engineering").
    ministry = any(t[2] in _MINISTRY_HEADS or t[2] in _ACADEMIC_UNIT_HEADS for t in current.tokens)
    while probe < len(runs):
        gap = body[end_chunk.end : runs[probe].start]
        candidate = runs[probe]
        if gap == ", ":
            if not _list_item_ok(candidate, portfolio, ministry=ministry):
                break
            items.append(candidate)
            end_chunk = candidate
            probe += 1
            continue
        if gap in (" and ", ", and "):
            # The closing item may run on into a name: "… Culture and Sport Anneli Virtanen".
            words = candidate.tokens
            cut = next(
                (
                    k
                    for k, t in enumerate(words)
                    if k > 0 and t[2] in FIRST_NAMES and not FIRST_NAMES[t[2]].is_word
                ),
                len(words),
            )
            head = _Chunk(candidate.start, words[cut - 1][1], words[:cut])
            # After a comma's item the list is plainly one: its last field may run to three words ("College
            # of Food, Agricultural and Natural Resource Sciences").
            # "the Ministry of Interior and Police.": the police alone, closing the sentence's phrase, is a
            # ministry's last field ("… and Police chiefs" are other people).
            police = (
                ministry
                and len(words) == 1
                and ORG_HEADS.get(words[0][2]) == "police"
                and body[candidate.end : candidate.end + 1] in (".", ",", ";", ":", ")", "")
            )
            if not police and not _list_item_ok(head, portfolio, 3 if items else 2, ministry):
                break
            joined = _Chunk(current.start, head.end, _tokens(body, current.start, head.end))
            if cut < len(words):
                runs[probe] = _Chunk(words[cut][0], candidate.end, words[cut:])
                return probe, joined
            return probe + 1, joined
        if gap == " and the " and ministry and items and _the_closing_field(candidate):
            # "the Department of Agriculture, Food and the Marine": a department's last field may take "the".
            return probe + 1, _Chunk(
                current.start, candidate.end, _tokens(body, current.start, candidate.end)
            )
        break
    return index, current


_ACADEMIC_UNIT_HEADS = frozenset(["College", "School", "Faculty"])


def _the_closing_field(chunk: _Chunk) -> bool:
    """ "the Marine" closing a department's list of fields: one plain word, no body, post or place."""
    word = chunk.tokens[0][2] if len(chunk.tokens) == 1 else ""
    return (
        bool(word)
        and word not in ORG_HEADS
        and word not in TITLE_HEADS
        and word not in KNOWN_ORGS
        and (word not in PLACES)
    )


def _runs(body: str) -> list[_Chunk]:
    """Every run of capitalised words (with name particles) in the body, in order."""
    runs: list[_Chunk] = []
    covered = 0
    for found in _RUN_AT_CAPITAL.finditer(body):
        start = found.start()
        particles = (
            _PARTICLES_BEFORE.search(body, max(covered, start - 12), start)
            # Particles are lower-case words: a cheap look at the letter before the space first.
            if body[start - 2 : start - 1].islower() and _word_before(body, start) in _PARTICLE_WORDS
            else None
        )
        if particles:
            # The same words from the first particle on: the run ends where the scan's match ends.
            found = _RUN.match(body, particles.start()) or found
        run_start, covered = found.span()
        if body.startswith((" el-", " al-"), covered):
            # "Deir el-Balah": an Arabic article joined to the place name's second word.
            tail = _ARTICLE_JOINED.match(body, covered)
            if tail and body[run_start : tail.end()] in PLACES:
                covered = tail.end()
        if (
            body.startswith("THE ", run_start)
            and covered > run_start + 5
            and not body[run_start + 5].isupper()
        ):
            # "THE Ministry of Mines said": a lead's first word set in capitals is "The", no name's word.
            run_start += 4
        if (
            body[covered - 1] == "."
            and body[covered - 3] == " "
            and body[run_start : covered - 1] in KNOWN_ORGS
        ):
            covered -= 1  # "in Serie A.": a listed name ending on a letter, then the sentence's full stop
        runs.append(_Chunk(run_start, covered, _tokens(body, run_start, covered)))
    if "--" in body:
        runs = _runs_after_double_hyphens(body, runs)
    if "al-" in body or "el-" in body:
        runs = _article_runs(body, runs)
    if "Ma. " in body:
        runs = _abbreviated_maria_runs(body, runs)
    if _GLUED_INITIAL_NAME.search(body):
        runs = _runs_before_glued_initials(runs)
    if "doubles" in body and _PAIR_HYPHEN.search(body):
        # Only where the story reports doubles play: elsewhere "Kwaku Ofori-Atta Mensah" is one name.
        runs = _paired_name_runs(body, runs)
    return runs


# "S.Batchuluun", "Ts.Enkhbold": a Mongolian name, its patronymic's initial glued to the given name.
_GLUED_INITIAL_NAME = re.compile(r"(?<![\w.])[A-Z][a-z]?\.[A-Z][a-z]{2,}(?![\w.’'-])")


def _runs_before_glued_initials(runs: list[_Chunk]) -> list[_Chunk]:
    """ "the Health Department of the Capital City S.Batchuluun said": the glued initial opens a person's
    name, so a body's name before it ends there (a post's title before it stays with the name)."""
    split: list[_Chunk] = []
    for run in runs:
        cut = next(
            (
                k
                for k, t in enumerate(run.tokens)
                if k
                and _GLUED_INITIAL_NAME.fullmatch(t[2])
                and run.tokens[k - 1][2] not in TITLE_HEADS
                and run.tokens[k - 1][2] not in HONORIFICS
                and run.tokens[k - 1][2] not in TITLE_MODIFIERS
            ),
            0,
        )
        if cut:
            split.append(_Chunk(run.start, run.tokens[cut - 1][1], run.tokens[:cut]))
            split.append(_Chunk(run.tokens[cut][0], run.end, run.tokens[cut:]))
        else:
            split.append(run)
    return split


# A hyphen between a lower-case letter and a capital: where two names of a sports pair may meet.
_PAIR_HYPHEN = re.compile(r"[a-zà-ÿ]-[A-ZÀ-Þ]")


def _full_name_words(words: list[str]) -> bool:
    """Do the words make a full name by their shape: a listed given name first, a Chinese name with its
    given name's syllables apart ("Ong Jun Kit"), or a family name and a hyphenated two-syllable given
    name ("Seo Dong-min")?"""
    first = FIRST_NAMES.get(words[0])
    return (
        (first is not None and not first.is_word)
        or given_name_after_family(words) is not None
        or (len(words) == 2 and GIVEN_NAME_SYLLABLES.fullmatch(words[1]) is not None)
    )


def _paired_name_runs(body: str, runs: list[_Chunk]) -> list[_Chunk]:
    """ "Ong Jun Kit-Yap Shi Hao", "Mikkel Søndergaard-Freja Østergård": a doubles pair written as two
    full names joined by a hyphen is two runs, one per player; a double surname ("Jane Smith-Jones")
    has no full name after its hyphen."""
    split: list[_Chunk] = []
    for run in runs:
        pieces = [run]
        if len(run.tokens) >= 3 and _PAIR_HYPHEN.search(body, run.start, run.end):
            words = [t[2] for t in run.tokens]
            for index, (token_start, _token_end, word) in enumerate(run.tokens):
                found = _PAIR_HYPHEN.search(word)
                if found is None:
                    continue
                cut = found.start() + 1
                left = [*words[:index], word[:cut]]
                right = [word[cut + 1 :], *words[index + 1 :]]
                # "South Korea's Seo Dong-min-Jang Woo-jin": the names are the words next to the hyphen.
                if any(_full_name_words(left[-size:]) for size in (2, 3) if len(left) >= size) and any(
                    _full_name_words(right[:size]) for size in (2, 3) if len(right) >= size
                ):
                    middle = token_start + cut
                    pieces = [
                        _Chunk(run.start, middle, _tokens(body, run.start, middle), data={"paired": True}),
                        _Chunk(
                            middle + 1, run.end, _tokens(body, middle + 1, run.end), data={"paired": True}
                        ),
                    ]
                    break
        split += pieces
    return split


def _runs_after_double_hyphens(body: str, runs: list[_Chunk]) -> list[_Chunk]:
    """ "SAN DIEGO--(BUSINESS WIRE)--Tidewell Medical": a double hyphen is a dash, never inside a word,
    so a name opens right after it (the scan skips capitals after a hyphen)."""
    added = []
    dash = body.find("--")
    while dash >= 0:
        start = dash + 2
        if body[start : start + 1].isupper():
            found = _RUN_HERE.match(body, start)
            if found is not None:
                added.append(_Chunk(start, found.end(), _tokens(body, start, found.end())))
        dash = body.find("--", start)
    if not added:
        return runs
    # ("Medical" was a run of its own while "Tidewell" was skipped: the longer run covers it now.)
    inside = _inside_longer_span([(run.start, run.end) for run in added], or_same=True)
    kept = [run for run in runs if not inside(run.start, run.end)]
    return sorted(kept + added, key=lambda run: run.start)


_TITLES_AND_HONORIFICS = TITLE_HEADS | HONORIFICS


def _abbreviated_maria_runs(body: str, runs: list[_Chunk]) -> list[_Chunk]:
    """ "Gov. Ma. Cristina Reyes": the Filipino "Ma." (Maria) before a listed given name opens the
    name, where the period would end the run. Only where "Ma" opens the run or follows a title or
    honorific: "Jack Ma. Teresa said" is a surname ending a sentence."""
    merged: list[_Chunk] = []
    for run in runs:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.tokens[-1][2] == "Ma"
            and run.start == previous.end + 2
            and body.startswith(". ", previous.end)
            and (len(previous.tokens) == 1 or previous.tokens[-2][2].rstrip(".") in _TITLES_AND_HONORIFICS)
            and _plain_given_name(run.tokens[0][2])
            and run.tokens[0][2] not in NOT_NAMES
        ):
            merged[-1] = _Chunk(previous.start, run.end, _tokens(body, previous.start, run.end))
            continue
        merged.append(run)
    return merged


_ARTICLE_JOINED = re.compile(rf" (?:el|al)-{U}[\w’'-]*(?<![’'-])")


def _article_runs(body: str, runs: list[_Chunk]) -> list[_Chunk]:
    """Runs that open with the Arabic article in lower case ("al-Hashimi told reporters"): the scan
    for capitals cannot start them, so each "al-"/"el-" before a capital outside a run starts one."""
    starts = []
    for article in ("al-", "el-"):
        position = body.find(article)
        while position >= 0:
            if body[position + 3 : position + 4].isupper() and (
                position == 0 or not (body[position - 1].isalnum() or body[position - 1] in "’'-")
            ):
                starts.append(position)
            position = body.find(article, position + 3)
    if not starts:
        return runs
    run_starts = [r.start for r in runs]
    found = []
    for start in sorted(starts):
        before = bisect.bisect_right(run_starts, start) - 1
        if before >= 0 and runs[before].end > start:
            continue  # inside a run already ("Faisal bin Jassim al-Hashimi")
        match = _RUN.match(body, start)
        if match is not None:
            found.append(_Chunk(start, match.end(), _tokens(body, start, match.end())))
    if not found:
        return runs
    # A capitalised run the article's word swallowed ("al-Masri Group") is the new run's tail.
    swallowed = {
        index
        for f in found
        for index in range(bisect.bisect_right(run_starts, f.start), bisect.bisect_left(run_starts, f.end))
    }
    kept = [r for index, r in enumerate(runs) if index not in swallowed]
    return sorted(kept + found, key=lambda r: r.start)


# Gazetteer names with a lower-case word inside ("Dar es Salaam", "Frankfurt am Main", "Caxias do Sul",
# a Gaelic name's "h-" or "t-" word): the scan for capitals stops at that word, so the name is found whole.
_LOWER_INNER_WORDS = frozenset(["and", "of", "the", "in"])
_LOWER_INNER_NAMES = [
    name
    for name in PLACES
    if name[-1:].isalpha()
    and name.split()[-1][:1].isupper()
    and any(
        w[:1].islower() and w not in _PARTICLE_WORDS and w not in _LOWER_INNER_WORDS
        for w in name.split()[1:-1]
    )
]
_LOWER_INNER_PLACES = re.compile(
    # The names' first letters open the pattern, so the scan skips straight to them; no word
    # character before the name is checked once the first letter has matched.
    _word_trie(_LOWER_INNER_NAMES, after_first=r"(?<![\w’'-].)") + r"(?![\w’'-])"
)


def _lower_inner_place_runs(body: str, runs: list[_Chunk]) -> list[_Chunk]:
    """One run for each gazetteer name with a lower-case word inside, from the run that opens it."""
    starts = [r.start for r in runs]
    kept: list[_Chunk] = []
    taken = 0  # runs before this index are in ``kept`` already
    for found in _LOWER_INNER_PLACES.finditer(body):
        first = bisect.bisect_left(starts, found.start())
        # "In Dar es Salaam, …": the run that holds the name's first word may open with another word.
        opener = (
            runs[first - 1] if first > 0 and (first == len(runs) or starts[first] != found.start()) else None
        )
        if opener is not None and not (
            opener.start < found.start() < opener.end == found.start() + len(found.group().split()[0])
            and body[found.start() - 1] == " "
        ):
            continue
        if opener is not None:
            first -= 1
        if first < taken or first == len(runs):
            continue
        if runs[first].end >= found.end():
            continue  # the run holds the whole name already
        last = bisect.bisect_left(starts, found.end()) - 1
        end = max(found.end(), runs[last].end)
        kept += runs[taken:first]
        if opener is not None:
            kept.append(
                _Chunk(opener.start, found.start() - 1, _tokens(body, opener.start, found.start() - 1))
            )
        kept.append(_Chunk(found.start(), end, _tokens(body, found.start(), end)))
        taken = last + 1
    return kept + runs[taken:] if kept else runs


def _chunks(body: str) -> list[_Chunk]:
    runs = _runs(body)
    runs = _lower_inner_place_runs(body, runs)
    runs = _join_nicknames(body, runs)
    return _merge_runs(body, runs)


_NICKNAME_OPENS = frozenset([' "', " “", " ‘", " ''"])
_NICKNAME_CLOSES = frozenset(['" ', "” ", "’ ", "'' "])


def _join_nicknames(body: str, runs: list[_Chunk]) -> list[_Chunk]:
    """One chunk for a name with a quoted nickname inside it (Emeka "The Hammer" Okafor); the
    nickname is no part of the name."""
    index = 0
    while index + 2 < len(runs):
        if body[runs[index].end : runs[index + 1].start] not in _NICKNAME_OPENS:
            index += 1
            continue  # most runs: no opening quote mark before the next, tested before the rest is read
        first, nickname, last = runs[index : index + 3]
        given = first.tokens[-1][2]
        closing = body[nickname.end : last.start]
        # "Jun “Boy” dela Cruz": name particles may stand between the nickname and the surname.
        particles = closing[2:].split() if closing[:2] in _NICKNAME_CLOSES else []
        if (
            body[first.end : nickname.start] in _NICKNAME_OPENS
            and closing[:2] in _NICKNAME_CLOSES
            and all(_PARTICLE_WORD.fullmatch(word) for word in particles)
            and closing.endswith(" ")
            and len(nickname.tokens) <= 4
            # "DeShawn": a given name written with a capital inside it; or one no list holds, alone
            # before the nickname, with a one-word surname after it ("Alasdair “Big Eck” McAllister").
            and (
                given in FIRST_NAMES
                or given.capitalize() in FIRST_NAMES
                or (
                    # "Barangay Chair Rodelio “Dodong” Roe": a title may stand before the given name.
                    (len(first.tokens) == 1 or _title_split(first.tokens) >= 0)
                    and len(last.tokens) == 1
                    and _is_name_token(given)
                    and given not in PLACES
                    and given not in KNOWN_ORGS
                    and given not in AMBIGUOUS_PLACES
                )
            )
            and _is_name_token(last.tokens[0][2])
        ):
            particle_tokens: list[tuple[int, int, str]] = []
            position = nickname.end + 2
            for word in particles:
                particle_tokens.append((position, position + len(word), word))
                position += len(word) + 1
            joined = _Chunk(first.start, last.end, first.tokens + particle_tokens + last.tokens)
            joined.data["nickname"] = body[nickname.start : nickname.end]
            runs[index : index + 3] = [joined]
        index += 1
    return runs


# Trades that head a company's name only as its last word; inside a name they are a field of study or
# work ("the Chinese Academy of International Shipping Studies" is an academy).
_TRADE_FIELD_HEADS = frozenset(["Shipping"])


def _org_from_text(
    name: str, country_code: str | None = None, known: KnownOrg | None = None
) -> dict[str, object]:
    words = name.split()
    kind = "organisation"
    for position, word in enumerate(reversed(words)):
        if word in ORG_HEADS and (word not in _TRADE_FIELD_HEADS or word == words[-1]):
            kind = ORG_HEADS[word]
            if position == 0 and len(words) > 2 and word in ("Plc", "PLC", "JSC"):
                # "Mwambao Bank Plc": a legal form after a head keeps that head's kind ("the bank").
                kind = ORG_HEADS.get(words[-2], kind)
            break
    if words and words[0] in ORG_HEADS and ORG_HEADS[words[0]] in ("ministry", "agency"):
        kind = ORG_HEADS[words[0]]
    if country_code is None and " of " in name:
        # "Central Bank of Nigeria", "Ministry of Health of Brazil": the country closing the name.
        country = PLACES.get(name.rsplit(" of ", 1)[1].removeprefix("the "))
        if country is not None and country.kind == "country":
            country_code = country.country_code
    if country_code is None and len(words) >= 3 and kind in _NATIONAL_BODY_KINDS:
        # "Ogun State Police Command", "Kenya Revenue Authority": a public body named after its country or
        # region is that country's.
        place = PLACES.get(words[0])
        pair = PLACES.get(f"{words[0]} {words[1]}")
        if pair is not None and pair.kind != "country":
            place = (
                pair  # "the Niger Delta Development Commission": a region whose name opens with a country's
            )
        if (
            place is not None
            and place.kind in ("country", "region")
            # "Punjab Provincial …": a region of two countries' names waits for the story's country, as
            # does a country's name that is another country's region ("the Georgia Public Service Commission").
            and len(PLACE_CANDIDATES.get(place.name, ())) <= (1 if place.kind == "region" else 0)
        ):
            country_code = place.country_code
    if known:
        return {
            "name": name,
            "canonical": known.name,
            "acronym": known.acronym,
            "country_code": country_code or known.country_code,
            "kind": known.kind,
        }
    return {"name": name, "canonical": name, "acronym": None, "country_code": country_code, "kind": kind}


@dataclass(slots=True)
class _State:
    body: str
    acronyms: dict[str, dict[str, object]] = field(default_factory=dict)
    people: list[PersonMention] = field(default_factory=list)
    orgs: list[OrganisationMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    sentence_starts: frozenset[int] = frozenset()
    sports: bool | None = None  # a match report ("Harbour City" is a club)? None: not read yet
    based: bool = False  # does "-based" occur at all ("Paris-based Nuvola")?
    dateline_start: int = 0  # where the dateline's place starts (past a standfirst and "Published …")
    things: set[str] = field(default_factory=set)  # acronyms the article defines as things ("NDMA")
    spanned: set[str] = field(default_factory=set)  # names _promote_spanning_org has judged already
    chunk_index: _ChunkIndex | None = None  # the chunks list _promote_org last indexed
    surnames_read: dict[str, _SurnameRead] = field(default_factory=dict)  # by _surname_stands_alone
    nicknames: set[str] = field(default_factory=set)  # quoted names given as someone's nickname
    name_words: frozenset[str] = frozenset()  # words of the article's longer person candidates
    in_body: dict[str, bool] = field(default_factory=dict)  # texts looked for in the body, by _in_body
    laws: dict[str, bool] = field(default_factory=dict)  # acronyms judged by _spells_a_law
    nation_codes: bool | None = None  # does a results list bracket sport's nation codes? None: not read yet
    web_country: str | None = None  # the country of the article's web address ("theage.com.au" → AU)


# "the 9th U.S. Circuit Court of Appeals", "the 82nd Airborne Division": the ordinal is part of the name.
_ORDINAL_BEFORE = re.compile(r"(?<![\w’'.-])[Tt]he (\d{1,3}(?:st|nd|rd|th)) $")


# Leanings written before a body's one-word name ("the Islamist Tewassoul party", "far-right Vox").
_IDEOLOGY_WORDS = frozenset(
    ["Islamist", "Far-right", "Far-left", "Hardline", "Ultranationalist", "Centre-right"]
)


def _add_org(state: _State, start: int, end: int, data: dict[str, object]) -> None:
    canonical = str(data["canonical"])
    country = data["country_code"] if isinstance(data["country_code"], str) else None
    name = str(data["name"])
    if start > 4 and state.body[start - 1] == " " and state.body[start - 2].isalpha():
        ordinal = _ORDINAL_BEFORE.search(state.body, max(0, start - 10), start)
        if ordinal and canonical == name:
            start = ordinal.start(1)
            name = canonical = state.body[start:end]
    first, _, rest = name.partition(" ")
    if first in _IDEOLOGY_WORDS and rest and " " not in rest and canonical == name:
        # "the Islamist Tewassoul party": the party's leaning describes it, no part of its one-word name.
        start += len(first) + 1
        name = canonical = rest
    if name.startswith("SOURCE ") and (start == 0 or state.body[start - 1] == "\n"):
        # A press release's closing "SOURCE Acme Co., Ltd." line: the issuer, after the wire's label.
        start += 7
        name = state.body[start:end]
        canonical = canonical.removeprefix("SOURCE ")
    if canonical == name and name.endswith(" Local"):
        number = _LOCAL_NUMBER.match(state.body, end)
        if number:
            # "Transport Workers Union Local 234": a union's local branch is named by its number.
            end = number.end()
            name = canonical = state.body[start:end]
    if (
        " " not in name
        and state.body.startswith(" party", end)
        and not state.body[end + 6 : end + 7].isalpha()
    ):
        known = KNOWN_ORGS.get(f"{name} Party")
        if known is not None and known.kind == "party":
            # "the Left party": a listed party's name, its "party" written in lower case.
            end += 6
            name, canonical = state.body[start:end], known.name
            data = {**data, "acronym": known.acronym, "kind": "party"}
            country = country or known.country_code
    if canonical == name and _PRESIDENCY_AFTER.match(state.body, end) and _ALL_CAPS.match(name) is not None:
        # "the ZOP12 presidency": the office that runs a summit or a rotating body, named by it.
        end += 11
        name = canonical = state.body[start:end]
        data = {**data, "acronym": None, "kind": "organisation"}
    if (
        state.body.startswith("+", end)
        and not state.body[end + 1 : end + 2].isalnum()
        and _ALL_CAPS.match(name) is not None
    ):
        # "OPEC+": an acronym with a plus names the wider group round that body, no alias of it.
        end += 1
        name = canonical = state.body[start:end]
        data = {**data, "acronym": None}
    if state.body.startswith("! ", end) and state.body[end + 2 : end + 3].islower() and " " not in name:
        # "posted to Yodelio! by members": an exclamation mark inside a sentence is part of the name.
        end += 1
        name = state.body[start:end]
        if canonical == name[:-1]:
            canonical = name
    if name.endswith(_COMPANY_ABBREVIATIONS) and state.body.startswith(", ", end):
        suffix = _LEGAL_SUFFIX_AFTER.match(state.body, end)
        if suffix:
            # "Acme Garment Co., Ltd": the legal form after the comma is the company name's last part.
            end = suffix.end()
            name = state.body[start:end]
            if canonical == name[: len(canonical)]:
                canonical = name
    if canonical == name and name.endswith(" Mission") and state.body.startswith(" in ", end):
        served = _COUNTRY_AFTER_IN.match(state.body, end)
        place = PLACES.get(served.group(1).removeprefix("the ")) if served is not None else None
        if served is not None and place is not None and place.kind == "country":
            # "the UN Assistance Mission in Zenland": a mission is named with the country it serves.
            end = served.end()
            name = canonical = state.body[start:end]
    if canonical == name and name.endswith(" Court") and state.body.startswith(" in ", end):
        seat = _TOWN_AFTER_IN.match(state.body, end)
        town = PLACES.get(seat.group(1)) if seat is not None else None
        if (
            seat is not None
            and town is not None
            and town.kind == "city"
            and town.country_code in _SEAT_COURTS
        ):
            # "the Regional Court in Kraków": where courts are named by their seat (Sąd Okręgowy w Krakowie,
            # Viši sud u Podgorici) the town is part of the court's name.
            end = seat.end()
            name = canonical = state.body[start:end]
    if canonical == name and name.endswith(" Radio"):
        number = _STATION_NUMBER.match(state.body, end)
        if number:
            # "BBC Radio 4's Today programme": a network's station is named by its number.
            end = number.end()
            name = canonical = state.body[start:end]
    if canonical.endswith((" Member", " Members")):
        return  # "County Executive Committee Member for Health": a post, never an organisation's last word
    prefix = canonical.split(" ", 1)[0]
    if prefix in _COUNTRY_PREFIXES and " " in canonical:
        # "the U.S. Commerce Department" and "the Commerce Department" are one department.
        canonical, country = canonical.split(" ", 1)[1], country or _COUNTRY_PREFIXES[prefix]
    elif prefix in _DEMONYM_COUNTRIES and _GOVERNMENT_BODY.fullmatch(canonical.partition(" ")[2]):
        # "the Russian Foreign Ministry" is Russia's "Foreign Ministry"; "the British Museum" keeps its name.
        canonical, country = canonical.partition(" ")[2], country or _DEMONYM_COUNTRIES[prefix]
    elif prefix in _DEMONYM_COUNTRIES and country is None and data["kind"] in _NATIONAL_BODY_KINDS:
        # "the Australian Securities Commission", "the Indian Army": a public body named by its nationality.
        country = _DEMONYM_COUNTRIES[prefix]
    state.orgs.append(
        OrganisationMention(
            start=start,
            end=end,
            name=name,
            canonical=canonical,
            acronym=data["acronym"] if isinstance(data["acronym"], str) else None,
            country_code=country,
            kind=str(data["kind"]),
        )
    )


_LOCAL_NUMBER = re.compile(r" \d{1,5}\b")
_STATION_NUMBER = re.compile(r" \d{1,2}(?![\d.,:])\b")
_COUNTRY_AFTER_IN = re.compile(rf" in ((?:the )?{U}[\w’'-]*(?: (?:of )?{U}[\w’'-]*){{0,2}})(?![\w’'-])")
_PRESIDENCY_AFTER = re.compile(r" presidency\b")
_TOWN_AFTER_IN = re.compile(rf" in ({U}[\w’'-]*)(?![\w’'-])")
# Countries whose courts' names include their seat town (Polish, Czech, Slovak and former Yugoslav courts).
_SEAT_COURTS = frozenset(["PL", "CZ", "SK", "ME", "RS", "HR", "BA", "MK", "SI", "XK"])
_BETWEEN_PLACE_AFTER = re.compile(rf" and ({U}[\w’'-]*(?: {U}[\w’'-]*)?)(?![\w’'-])")
# "the ZOP12 climate summit", "ZOP12 talks": a meeting named by its acronym and number, no body.
_MEETING_AFTER = re.compile(r"(?: [a-z]+)? (?:summit|talks|conference|negotiations|meeting)\b")
_COMPANY_ABBREVIATIONS = (" Co.", " Corp.", " Co", " Corp")
_LEGAL_SUFFIX_AFTER = re.compile(
    r", (?:Ltd|Inc|LLC|Limited|JSC|Pte\.? Ltd|Pvt\.? Ltd)(?:\.(?!\s*(?:[A-Z\"\u201c\u2018]|$)))?(?![\w&-])"
)
_COUNTRY_PREFIXES = {"U.S.": "US", "US": "US", "U.K.": "GB", "UK": "GB"}
# Nationality adjectives that name a government's country before one of its bodies.
_DEMONYM_COUNTRIES = {
    "American": "US", "Australian": "AU", "Brazilian": "BR", "British": "GB", "Canadian": "CA",
    "Chinese": "CN", "Egyptian": "EG", "French": "FR", "German": "DE", "Indian": "IN",
    "Iranian": "IR", "Iraqi": "IQ", "Israeli": "IL", "Italian": "IT", "Japanese": "JP",
    "Kenyan": "KE", "Mexican": "MX", "Nigerian": "NG", "Pakistani": "PK", "Polish": "PL",
    "Russian": "RU", "Saudi": "SA", "Spanish": "ES", "Syrian": "SY", "Turkish": "TR",
    "Ukrainian": "UA", "Philippine": "PH", "Filipino": "PH", "Indonesian": "ID", "Malaysian": "MY",
    "Thai": "TH", "Vietnamese": "VN", "Irish": "IE", "Dutch": "NL", "Swedish": "SE", "Norwegian": "NO",
    "Danish": "DK", "Finnish": "FI", "Greek": "GR", "Portuguese": "PT", "Argentine": "AR",
    "Colombian": "CO", "Chilean": "CL", "Peruvian": "PE", "Ghanaian": "GH", "Ethiopian": "ET",
    "Ugandan": "UG", "Tanzanian": "TZ", "Bangladeshi": "BD", "Afghan": "AF", "Lebanese": "LB",
    "Jordanian": "JO", "Qatari": "QA", "Emirati": "AE", "Moroccan": "MA", "Algerian": "DZ",
    "Sudanese": "SD", "Singaporean": "SG", "Taiwanese": "TW", "Swiss": "CH", "Austrian": "AT",
    "Belgian": "BE", "Czech": "CZ", "Hungarian": "HU", "Romanian": "RO",
    # Hindi's "Indian", which opens many of India's bodies' names ("Bharatiya Mazdoor Sangh").
    "Bharatiya": "IN",
    # The other sovereign states' one-word adjectives that name one country only ("Korean" names two), and
    # the nations of the United Kingdom ("the Scottish Government").
    "Scottish": "GB", "Welsh": "GB", "Nepali": "NP", "Nepalese": "NP", "Jamaican": "JM",
    "Zambian": "ZM", "Zimbabwean": "ZW", "Namibian": "NA", "Rwandan": "RW", "Senegalese": "SN",
    "Ivorian": "CI", "Cameroonian": "CM", "Tunisian": "TN", "Libyan": "LY", "Omani": "OM",
    "Kuwaiti": "KW", "Bahraini": "BH", "Yemeni": "YE", "Burmese": "MM", "Cambodian": "KH",
    "Mongolian": "MN", "Kazakh": "KZ", "Uzbek": "UZ", "Armenian": "AM", "Azerbaijani": "AZ",
    "Belarusian": "BY", "Lithuanian": "LT", "Latvian": "LV", "Estonian": "EE", "Slovak": "SK",
    "Slovenian": "SI", "Croatian": "HR", "Serbian": "RS", "Bosnian": "BA", "Bulgarian": "BG",
    "Icelandic": "IS", "Venezuelan": "VE", "Ecuadorian": "EC", "Bolivian": "BO", "Uruguayan": "UY",
    "Paraguayan": "PY", "Cuban": "CU", "Haitian": "HT", "Guatemalan": "GT", "Honduran": "HN",
    "Nicaraguan": "NI", "Salvadoran": "SV", "Panamanian": "PA", "Cypriot": "CY", "Maltese": "MT",
    "Palestinian": "PS", "Malawian": "MW", "Mozambican": "MZ", "Angolan": "AO",
    "Somali": "SO", "Eritrean": "ER", "Botswanan": "BW", "Malian": "ML", "Nigerien": "NE",
    "Burkinabe": "BF", "Liberian": "LR", "Gambian": "GM",
    "Fijian": "FJ", "Samoan": "WS", "Tongan": "TO", "Bhutanese": "BT", "Maldivian": "MV",
    "Kyrgyz": "KG", "Tajik": "TJ", "Turkmen": "TM", "Moldovan": "MD", "Albanian": "AL",
    "Montenegrin": "ME", "Luxembourgish": "LU",
}  # fmt: skip
# Nationality adjectives of two words ("the Costa Rican Tourism Board", "a Sri Lankan court").
_DEMONYM_PAIRS = {
    "Costa Rican": "CR", "Sri Lankan": "LK", "South African": "ZA", "South Korean": "KR",
    "North Korean": "KP", "Puerto Rican": "PR", "Sierra Leonean": "SL", "Saudi Arabian": "SA",
    "South Sudanese": "SS", "Equatorial Guinean": "GQ", "Cape Verdean": "CV", "El Salvadoran": "SV",
}  # fmt: skip


def _demonym_at(words: list[str], index: int) -> str | None:
    """The country a nationality adjective of one or two words at ``index`` names, if any."""
    pair = " ".join(words[index : index + 2])
    if pair in _DEMONYM_PAIRS:
        return _DEMONYM_PAIRS[pair]
    return _DEMONYM_COUNTRIES.get(words[index])


# A government body named by its field: "Foreign Ministry", "Defence Ministry", "General Staff".
# ("the Finnish Ministry of Economic Affairs": a ministry named by its fields, after "of" or "for".)
_GOVERNMENT_BODY = re.compile(r"(?:[A-Z][a-z]+ ){1,2}Ministry|General Staff|Ministry (?:of|for) [A-Z].*")


_MARKETS_AFTER = re.compile(
    r"(?:[’']s)? (?:forecasts|expectations|estimates|analysts|banks|firms|investors|traders|consensus)\b"
)


# "U.S. District Judge", "U.S. Magistrate Judge": a federal judge's title names the court, not the country.
_FEDERAL_COURT_AFTER = re.compile(r" (?:District|Circuit|Magistrate|Bankruptcy) (?:Judge|Court)\b")


_CRUDE_AFTER = re.compile(r" crude\b")
# "3 million U.S. dollars", "the Canton Fair", "the Geneva Motor Show": a currency or an event named
# after a country or city.
_NAMED_AFTER_PLACE = re.compile(
    r" (?:dollars?\b|(?:(?:Trade|Book|Motor|Air|Auto|Flower|Film) )?(?:Fair|Expo|Show|Biennale|Festival)\b"
    r"|Marathon\b|Fashion Week\b"
    # "the Africa Cup of Nations", "the Asia Cup": a competition named after a continent or a country.
    r"|Cup\b"
    # "the Thailand Open", "the Malaysia Masters": a tournament named after its country or city.
    r"|Open\b(?! (?:Society|University|Data|Source|Government)\b)|Masters\b"
    # "the Baltic Dry Index", "the Shanghai Composite Index": a market index named after a place.
    r"|(?:[A-Z][a-z]+ )?Index\b)"
)
# "a Gulf producer", "a Gulf summit": a region of no one country after "a" qualifies the noun after it.
# ("several Gulf donors", "some Gulf states": a quantifier does the same.)
_INDEFINITE_BEFORE = re.compile(
    # "other Pacific suppliers", "without Pacific workers": a region of no one country qualifying a noun.
    r"(?<![\w’'-])(?:a|an|A|An|several|Several|some|Some|many|Many|various|other|Other|fellow|without) $"
)
# "the Pacific Community", "the Caribbean Development Bank": a region of no one country opening a
# longer capitalised name (a body's) after "the"; the name goes on with a capitalised word that is no place.
_NAME_GOES_ON_AFTER = re.compile(rf" ({U}[a-z]+)(?![\w’'-])")
_THE_BEFORE = re.compile(r"(?<![\w’'-])the $")
_LOWER_NOUN_AFTER = re.compile(r" [a-z]")
_OPENING_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ing|ed)|Nearby")


def _add_place(state: _State, start: int, end: int) -> None:
    name = state.body[start:end]
    info = PLACES.get(name)
    if info is None:
        return
    if state.body.startswith("$", end):
        return  # "US$122 million", "HK$5": a currency, not the place
    if info.country_code == "US" and info.kind == "country" and _FEDERAL_COURT_AFTER.match(state.body, end):
        return  # "U.S. District Judge Jane Roe": the federal court's name, not the country
    if info.kind != "country" and _CRUDE_AFTER.match(state.body, end):
        return  # "Brent crude futures", "Dubai crude": an oil benchmark named after a field or port
    if _NAMED_AFTER_PLACE.match(state.body, end):
        return  # "U.S. dollars", "the Canton Fair": a currency or an event, not the place
    if info.kind != "country" and _WATERWAY_AFTER.match(state.body, end):
        return  # "Colorado River water", "Stockton Creek", "Bute Park": a river or a park named after it
    if (
        info.country_code is None
        and _LOWER_NOUN_AFTER.match(state.body, end)
        and _INDEFINITE_BEFORE.search(state.body, max(0, start - 9), start)
    ):
        return  # "a Gulf producer": the region qualifies the noun
    if info.country_code is None and info.kind == "region" and _opens_a_name(state.body, start, end):
        return  # "the Pacific Community": the region opens a body's name
    if info.country_code is None and info.kind == "region" and _ISLANDERS_AFTER.match(state.body, end):
        return  # "Pacific Islander workers": a people named after the region, not the place
    if _ROAD_NUMBER_AFTER.match(state.body, end):
        return  # "the México 15 highway", "the Kenya A104 road": a numbered road named after a place
    if info.country_code is None and info.kind != "country" and _closes_a_name(state, start):
        return  # "Super Rugby Pacific", "Team Europe": a continent or ocean ending another name
    if info.kind == "other" and _MARKETS_AFTER.match(state.body, end):
        return  # "beat Wall Street forecasts": the financial industry, not the street
    if info.kind != "country" and start in state.sentence_starts and _written_as_word(state.body, name):
        return  # "Rivers feeding the Thames …" where the article also writes "rivers": a word
    state.places.append(PlaceMention(start, end, name, info.name, info.country_code, info.kind))


_ISLANDERS_AFTER = re.compile(r" Islanders?\b")
# A river, creek or park named after a place ("the Yangtze River Delta" is a region, and the place).
_WATERWAY_AFTER = re.compile(
    r" (?:River|Creek|Brook|Park)\b(?! (?:Delta|Valley|Basin|Region|District|County)\b)"
)
# A number, then what kind of road it is: "México 15 highway", "Nairobi A104 road".
_ROAD_NUMBER_AFTER = re.compile(r" [A-Z]?\d{1,4}[A-Z]? (?:highway|motorway|freeway|expressway|road|route)\b")
# The capitalised word right before a name, with one space between.
_CAPITALISED_BEFORE = re.compile(rf"(?<![\w’'.-])({U}[a-z]+|[A-Z]{{2,}}) $")


def _closes_a_name(state: _State, start: int) -> bool:
    """Is the region at ``start`` the last word of a longer capitalised name ("Super Rugby Pacific",
    "Team Europe", "Global Gateway Africa-Europe")? Not after a place ("Southeast Asia" is read whole),
    a date or a function word ("On Monday Europe …"), nor after a sentence's first word."""
    before = _CAPITALISED_BEFORE.search(state.body, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1)
    return (
        before.start(1) not in state.sentence_starts
        and word not in NOT_NAMES
        and word not in PLACES
        and word not in PLACE_FIRST_WORDS
        and word not in HONORIFICS
        and word not in TITLE_HEADS
    )


def _opens_a_name(body: str, start: int, end: int) -> bool:
    """Does the region at ``start``, after "the", open a longer capitalised name ("the Pacific
    Community") whose next word is neither a place, a date word nor a word opening a place's name?"""
    after = _NAME_GOES_ON_AFTER.match(body, end)
    # ("Hong Kong's Pacific Meridian Shipping": an owner's possessive stands where "the" would)
    if after is None or (
        _THE_BEFORE.search(body, max(0, start - 4), start) is None
        and not body.endswith(("'s ", "’s "), 0, start)
    ):
        return False
    word = after.group(1)
    return (
        word not in PLACES
        and word not in PLACE_FIRST_WORDS
        and word not in NOT_NAMES
        and word not in _FEATURE_WORDS
        and f"{body[start:end]} {word}" not in PLACE_CANDIDATES
    )


# Words that go on a region's name as part of a place ("the Caribbean Sea", "the Pacific Islands").
_FEATURE_WORDS = frozenset(
    ["Sea", "Ocean", "Coast", "Island", "Islands", "Basin", "Rim", "Region", "Seaboard", "Shelf", "Current"]
)


def _written_as_word(body: str, name: str) -> bool:
    """Does the article write this one-word name in lower case somewhere, as a common word?"""
    if " " in name or not name[1:].islower():
        return False
    return re.search(rf"(?<![\w’'-]){name.lower()}(?![\w-])", body) is not None


# "the U.S.-Mexico border", "India-Pakistan talks": countries joined by a hyphen, each a place.
# The pattern opens with the hyphen, so the engine scans for that one character; the word before
# it is read backwards only at the few hyphens that have a capital after them.
_COUNTRY_AFTER_HYPHEN = re.compile(rf"-({U}\w+)(?![\w’'-])")
_COUNTRY_BEFORE_HYPHEN = re.compile(rf"(?<![\w’'.-])(?:(?:{U}\.){{2,}}|{U}\w+)$")


def _find_country_pairs(state: _State) -> None:
    body = state.body
    taken = {p.start for p in state.places}
    for match in _COUNTRY_AFTER_HYPHEN.finditer(body):
        second = PLACES.get(match.group(1))
        if second is None or second.kind != "country":
            continue
        before = _COUNTRY_BEFORE_HYPHEN.search(body, max(0, match.start() - 30), match.start())
        first = PLACES.get(before.group()) if before else None
        if before is None or first is None or first.kind != "country":
            continue
        for start, end in ((before.start(), before.end()), match.span(1)):
            if start not in taken:
                _add_place(state, start, end)


_ACRONYM = re.compile(r"[A-Z](?:[A-Z]|&(?=[A-Z])){1,5}")
_ROMAN = re.compile(r"[IVXLC]+")


# Two sets of initials joined by a hyphen: a party and its alliance ("PDCI-RDA"), a faction ("PDI-P").
_HYPHENED_ACRONYM = re.compile(r"([A-Z]{2,5})[-/+]([A-Z]{1,5})")


@lru_cache(maxsize=8192)
def _is_acronym(word: str) -> bool:
    """An all-capitals word that stands for an organisation rather than a thing, place or title."""
    # "RFE/RL": a broadcaster named by two sets of initials joined by a slash.
    hyphened = _HYPHENED_ACRONYM.fullmatch(word) if "-" in word or "/" in word or "+" in word else None
    if hyphened is not None and "+" in word:
        # "APNU+AFC": a coalition of two parties written as one name; only places' initials pair off.
        return not any(part in PLACES for part in hyphened.groups())
    if hyphened is not None:
        # "US-EU", "UK-ANC": two places' or bodies' initials paired name no one body.
        return not any(
            part in PLACES or part in KNOWN_ORGS or part in NOT_NAMES for part in hyphened.groups()
        )
    return (
        _ACRONYM.fullmatch(word) is not None
        and _ROMAN.fullmatch(word) is None
        and word not in NOT_NAMES
        and word.capitalize() not in NOT_NAMES
        and word not in TITLE_HEADS
        and word not in HONORIFICS
        and word not in PLACES
        and word.capitalize() not in PLACES
    )


# "the Brawl of the ", "the Battle of the ": a capitalised name running on through "of the".
_EVENT_OF_THE_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][a-z]+ of the $")


def _org_of(state: _State, text: str) -> dict[str, object] | None:
    """Read a capitalised phrase as an organisation, if it is one."""
    bare = text[4:] if text.startswith("The ") else text
    if bare in state.acronyms:
        return state.acronyms[bare]
    known = KNOWN_ORGS.get(bare)
    if known is not None:
        if known.sport and bare in KNOWN_SHORT_FORMS:
            # "held by Highlanders" in a report whose other teams are Zimbabwean: that league's team of the
            # name, not the Super Rugby side listed under it.
            known = _home_league_team(state, (known, *KNOWN_SHORT_FORMS[bare])) or known
        return _org_from_text(bare, known=known)
    if bare in KNOWN_SHORT_FORMS:
        known = _short_form_org(state, bare)
        if known is not None:
            return _org_from_text(bare, known=known)
    if bare in HOME_FORMS and _story_country(state) == HOME_FORMS[bare].country_code:
        return _org_from_text(bare, known=HOME_FORMS[bare])  # "Congress MLA" in a story from India
    first, _, rest = bare.partition(" ")
    if " " in rest and (owner := PLACES.get(first)) is not None and owner.kind == "country":
        # "the US Homeland Security Investigations office": a listed body's full name after its own
        # country's name, whatever its last word ("Germany Ifo business climate" is a data release's).
        known = KNOWN_ORGS.get(rest)
        if known is not None and known.country_code == owner.country_code:
            return _org_from_text(bare, known=known)
    words = bare.split()
    if len(words) == 1 and not _is_acronym(bare):
        return None  # one plain word is no organisation by itself
    found = _static_org(bare)
    if found is not None:
        return dict(found)
    return _org_in_context(state, bare, words)


def _in_body(state: _State, text: str) -> bool:
    """Does the body contain ``text`` anywhere? Read once per text and article."""
    found = state.in_body.get(text)
    if found is None:
        found = state.in_body[text] = text in state.body
    return found


def _short_form_org(state: _State, form: str) -> KnownOrg | None:
    """The organisation a short form ("Broncos", "Ford") names in this article: the one the article
    also names in full; else, in a match report, the only team of that short form (not a place)."""
    candidates = KNOWN_SHORT_FORMS[form]
    named = [org for org in candidates if any(_in_body(state, full) for full in org.forms)]
    if len(named) == 1:
        return named[0]
    if (
        not named
        and len(candidates) == 1
        and candidates[0].sport
        and form not in PLACES
        and form not in FIRST_NAMES
        and _is_sports(state)
    ):
        return candidates[0]
    if not named and len(candidates) > 1 and form not in PLACES and _is_sports(state):
        return _home_league_team(state, candidates)
    return None


def _home_league_team(state: _State, candidates: tuple[KnownOrg, ...]) -> KnownOrg | None:
    """ "face the Broncos" in a report whose other teams are all of one country: of the listed teams that
    share the short form, the one of that country."""
    homes = {
        KNOWN_ORGS[o.canonical].country_code
        for o in state.orgs
        if o.canonical in KNOWN_ORGS and KNOWN_ORGS[o.canonical].sport
    }
    fitting = [c for c in candidates if c.sport and c.country_code in homes]
    return fitting[0] if len(homes) == 1 and len(fitting) == 1 else None


# Organisation nouns that open a name in Spanish, Portuguese, French and Italian ("Partido Socialista",
# "Observatorio Electoral del Sur", "Banque de France"), with the kind later descriptors may name.
_LEADING_HEADS = {
    **dict.fromkeys(["Partido", "Parti", "Partito", "Frente", "Movimiento", "Movimento"], "party"),
    **dict.fromkeys(["Mouvement", "Alianza", "Aliança", "Alliance", "Alleanza", "Coalición"], "party"),
    **dict.fromkeys(["Rassemblement", "Congrès"], "party"),
    **dict.fromkeys(["Banco", "Banque", "Banca"], "bank"),
    **dict.fromkeys(["Bolsa", "Borsa", "Bourse", "Börse", "Bursa"], "company"),  # stock exchanges
    **dict.fromkeys(["Ministerio", "Ministério", "Ministère", "Ministero", "Secretaría"], "ministry"),
    **dict.fromkeys(["Universidad", "Universidade", "Université", "Università"], "university"),
    **dict.fromkeys(["Sindicato", "Syndicat", "Confederación", "Confédération", "Unión"], "union"),
    **dict.fromkeys(["Observatorio", "Observatório", "Observatoire", "Instituto", "Institut"], "institute"),
    **dict.fromkeys(["Istituto", "Fundación", "Fundação", "Fondation", "Fondazione"], "institute"),
    **dict.fromkeys(["Asociación", "Associação", "Associazione", "Federación", "Federação"], "association"),
    **dict.fromkeys(["Fédération", "Federazione", "Cámara", "Câmara", "Chambre"], "association"),
    **dict.fromkeys(["Consejo", "Conselho", "Conseil", "Consiglio", "Comisión", "Comissão"], "agency"),
    **dict.fromkeys(["Agencia", "Agência", "Agence", "Agenzia", "Oficina", "Servicio"], "agency"),
    # "Guardia Civil", "Guardia di Finanza", "Guardia Nacional": a police force's name opens with its noun.
    **dict.fromkeys(["Guardia"], "agency"),
    **dict.fromkeys(["Corte", "Cour", "Jurado"], "court"),
    **dict.fromkeys(
        ["Compañía", "Companhia", "Compagnie", "Grupo", "Groupe", "Gruppo", "Sociedad"], "company"
    ),
    # "Corretora Paulista", "Correduría Andina": a brokerage named by its Portuguese or Spanish noun.
    **dict.fromkeys(["Corretora", "Correduría", "Aseguradora", "Seguradora"], "company"),
}


# Romance hospital nouns that open a name only before a joining word ("Hospital de Clínicas").
_JOINED_HEADS = frozenset(["Hospital", "Hôpital", "Ospedale", "Clínica", "Clinica"])


# Heads of two words whose last word alone heads no name: "Mercy Valley Health System" (a hospital group).
_TWO_WORD_HEADS = frozenset(
    [
        *("Health System", "Healthcare System", "Hospital System", "School System"),
        # "the Health Service Executive": an executive agency that runs a public service.
        "Service Executive",
        # "Western Uusimaa Wellbeing Services County": a Finnish region's public health and social services.
        "Services County",
    ]
)


@lru_cache(maxsize=8192)
def _static_org(bare: str) -> dict[str, object] | None:
    """The organisation a phrase names by its own words (organisation words, "&", a country)."""
    words = bare.split()
    if (
        words
        and len(words) > 1
        and (
            words[-1] in ORG_HEADS
            or _HEAD_BEFORE_OF.search(bare)
            or (len(words) > 2 and " ".join(words[-2:]) in _TWO_WORD_HEADS)
        )
    ):
        # "National Union of Mineworkers", "Office for National Statistics": the head may come before "of".
        if words[-1] not in ORG_HEADS and _post_then_holder(words):
            return None  # "Conservative Party of Zenland Leader Jane Roe": the body, a post, its holder
        return _org_from_text(bare)
    if (
        len(words) > 1
        and words[0] in _LEADING_HEADS
        # "Unión por la Patria": or a Romance joining word, then a capital.
        and (
            words[1][:1].isupper()
            or (f" {words[1]} " in _ROMANCE_JOINS and any(w[:1].isupper() for w in words[2:]))
        )
        # "Parti Québécois Leader Jean Roe": an English post ends the name, a person follows.
        and not any(w.lower() in ROLE_HEADS for w in words[2:])
        # (or any title word before the last, the holder's name: "Alliance MLA Jane Roe" too)
        and not any(w in TITLE_HEADS for w in words[1:-1])
    ):
        # "Alianza Tierra y Futuro": in Romance languages the organisation noun comes first.
        return {**_org_from_text(bare), "kind": _LEADING_HEADS[words[0]]}
    if (
        len(words) > 2
        and words[0] in _JOINED_HEADS
        and f" {words[1]} " in _ROMANCE_JOINS
        and words[2][:1].isupper()
    ):
        # "Hospital de Clínicas", "Ospedale di Circolo": a Romance hospital's noun opens its name, before "de"
        # only ("Hospital Road" is a street).
        return {**_org_from_text(bare), "kind": "hospital"}
    if (
        len(words) > 1
        and words[0] == "Team"
        and words[1][:1].isupper()
        and words[1].lower() not in ROLE_HEADS
    ):
        # "Team Zenith-Velo", "Team Harbour": a sports team named with "Team" first ("Team Leader" is a post).
        return {**_org_from_text(bare), "kind": "association"}
    if len(words) > 2:
        # "Minerals Council South Africa", "Cancer Research UK": an organisation named with its country.
        for size in (2, 1):
            country = PLACES.get(" ".join(words[-size:]))
            rest = words[:-size]
            if (
                country is not None
                and country.kind == "country"
                and len(rest) >= 2
                and rest[-1] in ORG_HEADS
                and rest[0] not in _FUNCTION_OPENERS
            ):
                return _org_from_text(bare, country.country_code)
        if "&" in words and not any(w in TITLE_HEADS for w in words):
            # "Hollis & Grange", "Procter & Gamble": partners' names joined by "&" make a firm.
            org = _org_from_text(bare)
            # "the Centers for Medicare & Medicaid Services": a head noun and its complement make a body
            # named for its fields, no firm.
            if org["kind"] == "organisation" and not (words[0] in _OF_HEADS and words[1] in ("for", "of")):
                org["kind"] = "company"
            return org
    return None


def _post_then_holder(words: list[str]) -> bool:
    """A title word, then a given name, after a body's first words: "… of Zenland Leader Jane Roe"."""
    return any(
        words[i] in TITLE_HEADS and words[i + 1] in FIRST_NAMES and words[i + 1] not in PLACES
        for i in range(2, len(words) - 1)
    )


def _org_in_context(state: _State, bare: str, words: list[str]) -> dict[str, object] | None:
    """An organisation the article's own context makes of a phrase: an acronym, a club."""
    if _is_acronym(bare):
        spelled = _spelled_by(state, bare)
        if spelled is not None:
            return spelled  # "the ONS" after "the Office for National Statistics"
        # An undefined acronym ("the WTTC said") names an organisation: it is no name, place or title.
        return {
            "name": bare,
            "canonical": bare,
            "acronym": bare,
            "country_code": None,
            "kind": "organisation",
        }
    if (
        len(words) > 1
        and words[-1] in _CLUB_SUFFIXES
        and bare not in PLACES
        and words[0] not in _FUNCTION_OPENERS
        and words[0] not in TITLE_HEADS
        and _is_sports(state)
    ):
        # "Harbour City", "Linford Town" in a match report: clubs, not places.
        return {"name": bare, "canonical": bare, "acronym": None, "country_code": None, "kind": "association"}
    return None


# Last words of a football club's name that, outside sport, name a place ("Harbour City").
_CLUB_SUFFIXES = frozenset(["City", "Town", "County", "United"])
# Words that only a sports report uses, and scorelines: two of them make an article a match report.
_SPORTS_WORDS = re.compile(
    # Every word here opens with a small letter or a digit: testing that first skips most positions.
    r"\b(?=[a-z\d])(?:goals?|scored|scorer|striker|midfielder|goalkeeper|defender|hat-trick|penalty|penalties|"
    r"equaliser|equalizer|league|semi-final|quarter-final|relegation|kick-off|stoppage time|half-time|"
    r"second half|first half|dressing room|season|fixture|stadium|touchdowns?|field goal|innings?|rebounds|playoffs?|\d{1,2}-\d{1,2} (?:win|draw|defeat|victory|loss)|"
    # Baseball's and basketball's: "a two-run homer", "the bullpen", "struck out eight", "the 10-day injured
    # list", a triple-double.
    r"inning|home runs?|homers?|homered|bullpen|strikeouts?|struck out|striking out|injured list|wild card|"
    r"triple-doubles?|"
    r"(?:beat|drew with|lost to|held|rallied past|edged|routed|blanked) (?:the )?[A-Z][\w ]{2,30} \d{1,2}-\d{1,2})\b"
)


def _is_sports(state: _State) -> bool:
    """Is the article a match report? Read once, and only when a club-like name needs it."""
    if state.sports is None:
        seen: set[str] = set()
        for match in _SPORTS_WORDS.finditer(state.body):
            seen.add(match.group().lower())
            if len(seen) >= 2:  # the second different word settles it: the rest need not be read
                break
        state.sports = len(seen) >= 2
    return state.sports


# (Only whether it matches is asked.) The word boundary is tested after each head's first letter, so
# the pattern opens with those letters and the engine skips to them (an opening "\b" made it try
# every head at every word; ~4× the search).
# ("the National Conference of State Legislatures": a conference heads a body only before "of".)
_HEAD_BEFORE_OF = re.compile(
    _word_trie([*ORG_HEADS, "Conference"], after_first=r"(?<!\w.)") + r" (?:of|for|on) "
)


@lru_cache(maxsize=8192)  # asked of every organisation found so far on each acronym looked up
def _initials(canonical: str) -> str:
    """The initials of a name's capitalised words: "Ghana Cocoa Board" → "GCB"."""
    return "".join(w[0] for w in canonical.split() if w[:1].isupper())


def _written_initials(name: str) -> str:
    """ "U.S. Department of Agriculture" → "USDA": a dotted or capitals prefix gives all its letters."""
    letters = []
    for word in name.split():
        if "." in word and word.replace(".", "").isupper():
            letters.append(word.replace(".", ""))
        elif word[:1].isupper():
            letters.append(word if word.isupper() and len(word) <= 3 else word[0])
    return "".join(letters)


def _spelled_by(state: _State, acronym: str) -> dict[str, object] | None:
    """The organisation found earlier whose capitalised words' initials spell ``acronym``."""
    if len(acronym) < 2:
        return None
    for org in reversed(state.orgs):
        if _initials(org.canonical) == acronym or (
            len(acronym) >= 3 and " " in org.name and _written_initials(org.name) == acronym
        ):
            data: dict[str, object] = {
                "name": acronym,
                "canonical": org.canonical,
                "acronym": acronym,
                "country_code": org.country_code,
                "kind": org.kind,
            }
            state.acronyms[acronym] = data
            return data
    return None


def _adjective_org(text: str) -> dict[str, object] | None:
    """A party's adjective form before a role or people ("Conservative candidate"): the party."""
    known = ORG_ADJECTIVES.get(text)
    return _org_from_text(text, known=known) if known else None


_LEGISLATURES = frozenset(
    [
        "Senate",
        "Congress",
        "Legislature",
        "Parliament",
        "House",
        "Bundestag",
        "Bundesrat",
        "Knesset",
        "Duma",
        "Dáil",
        "Sejm",
        "Riksdag",
        "Storting",
        "Folketing",
        "Eduskunta",
        "Seanad",
        "Lok Sabha",
        "Rajya Sabha",
    ]
)
_SPEAKS = re.compile(rf"(?:,[^,.;]{{1,80}},)? (?:[a-z]+ly |also |later |then )?(?:{_VERB_ALT})\b")
# ", which represents most train drivers,": what only an organisation does.
_WHICH_ACTS = re.compile(
    r", which (?:represents|operates|runs|owns|funds|funded|part-funded|co-funded|campaigns|lobbies|advises|"
    r"employs|manages|organises|organizes|organised|organized|speaks for|publishes|regulates|oversees|"
    r"supplies|makes|builds|sells|provides)\b"
)
# "Stratus said it would appeal": a name that is "it" is an organisation.
_SAID_IT = re.compile(rf" (?:{_VERB_ALT}) (?:that )?(?:it|its)\b")
# "Paris-based Nuvola", "the Lisbon-based Acme": companies are "based" somewhere.
_BASED_BEFORE = re.compile(r"-based (?:(?:[a-z][\w-]* ){0,3})?$")
_WHICH_SPEAKS = re.compile(
    rf", (?:which|that) [^,.;]{{1,80}}, (?:[a-z]+ly |also |later |then )?(?:{_VERB_ALT})\b"
)
# "Pfizer, which does not supply …": "which" (not "who") takes an organisation.
_WHICH_DOES = re.compile(
    r", which (?:[a-z]+ly )?(?:does not |did not |has |had |also )?(?:suppl|sell|sold|rate|represent|run|ran|"
    r"operat|own|fund|employ|make|made|build|built|provid|publish|regulat|oversee|oversaw|manag|lobb|campaign|"
    r"advis|invest|acquir|bought|buy|design|develop|produc|distribut|serv|offer|manufactur|insur|lend|lent|"
    r"trad|ship|fl[iey]|charg|hire|hiring|sign|licens|inspect)[a-z]*\b"
)
# "H&M said in a statement": people speak in statements too, but a name with no given name does not.
# "a league match between Acme Rovers and Roe Town": the two sides are teams.
_MATCH_BETWEEN = re.compile(
    r"\b(?:match|game|fixture|clash|derby|tie|final) between (?:the )?"
    r"(?:[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3} and (?:the )?)?$"
)


def _team_like(tokens: list[tuple[int, int, str]]) -> bool:
    """ "Preston North End", "Leeds United": three capitalised words, or a town's name and another word
    ("Roger Federer" is neither)."""
    if len(tokens) < 2 or not all(t[2][:1].isupper() for t in tokens):
        return False
    return len(tokens) >= 3 or tokens[0][2] in PLACES or tokens[-1][2] in ORG_HEADS


def _second_side(state: _State, chunk: _Chunk) -> bool:
    """The name after "a match between <team> and": the other team, though it opens with a given name."""
    if not state.orgs or not state.body.endswith(" and ", 0, chunk.start):
        return False
    before = state.orgs[-1]
    return (
        before.end == chunk.start - 5
        and _MATCH_BETWEEN.search(state.body, max(0, before.start - 30), before.start) is not None
    )


# A listed company's shares moving by a percentage: "Acme slipped 1%", "Roe Homes lost 3.8 per cent".
_SHARE_MOVE_AFTER = re.compile(
    r" (?:rose|fell|slipped|slid|gained|climbed|dropped|lost|jumped|added|tumbled|surged|sank|rallied|"
    r"plunged|soared|shed|advanced|declined|edged (?:up|down|higher|lower)) \d+(?:\.\d+)?(?:%| per ?cent)"
)
# Things priced in markets whose moves are reported like a share's.
_MARKET_THINGS = frozenset(
    ["Brent", "Sterling", "Bitcoin", "Ether", "Gold", "Silver", "Copper", "Oil", "WTI"]
)


def _share_move(state: _State, chunk: _Chunk, text: str) -> bool:
    """A name, not opening a sentence nor after "the" (an index: "the Nikkei fell 1%"), whose shares
    moved by a percentage."""
    return (
        _SHARE_MOVE_AFTER.match(state.body, chunk.end) is not None
        and chunk.start not in state.sentence_starts
        and not state.body.endswith(("the ", "The "), 0, chunk.start)
        and chunk.tokens[0][2] not in _MARKET_THINGS
        and text not in PLACES
    )


_STATEMENT_AFTER = re.compile(r" (?:said|says) in a (?:[a-z]+ )?statement\b")
# Words that only come before an organisation's name.
_ORG_CONTEXT_BEFORE = re.compile(
    r"(?:\bspokes(?:person|man|woman) for (?:the )?|\b[Ss]hares (?:in|of) (?:rival )?|\b(?:made|owned|operated) by |"
    # "lawmakers from the ruling Unity Front": a party or coalition in power.
    r"\bthe (?:ruling|governing) |"
    r"\b(?:companies|firms|retailers|brands|customers|clients|rivals|competitors|airlines|carriers|banks|"
    r"lenders|insurers|chains|suppliers|manufacturers|makers|drugmakers|carmakers|buyers|publishers|studios|"
    r"developers|platforms|operators|providers|labels|utilities|broadcasters|outlets|newspapers),? "
    r"(?:such as|including|include|like) "
    # "Acme's recall processor, Clearpath Returns,": a firm named as another's business partner.
    r"|[’']s (?:[a-z-]+ ){0,2}(?:processor|supplier|distributor|contractor|subcontractor|subsidiary|auditor|"
    r"partner|broker|underwriter|insurer|lender|logistics provider|parent company|parent), )$"
)
# How every phrase of _ORG_CONTEXT_BEFORE ends: a test far cheaper than the search, which tries each of
# the 40 characters before the name (most names follow none of these).
_ORG_CONTEXT_ENDS = (
    *(" for ", " the ", " in ", " of ", " rival ", " by ", " ruling ", " governing "),
    *(" as ", " including ", " include ", " like ", ", "),
)
_LIST_GAPS = (", ", " and ", ", and ")
# "3,000 Border Patrol agents": the people a body employs, after its name.
_STAFF_AFTER = re.compile(r" (?:agents|officers|officials|employees|staff|workers|executives)\b")
# "the Bangladesh Garment Workers Solidarity union": a name, then the kind of body it is.
_ORG_NOUN_AFTER = re.compile(
    r" (?:union|group|party|charity|campaign|movement|coalition|alliance|federation)\b"
)


def _listed_with_org(state: _State, start: int, end: int) -> bool:
    """ "Shares in Persimmon and Barratt Redrow": the next item of a list that began with an organisation."""
    if not state.orgs:
        return False
    last = state.orgs[-1]
    # The gap is two to six characters: only then is it cut out and compared with each.
    if not 2 <= start - last.end <= 6 or state.body[last.end : start] not in _LIST_GAPS:
        return False
    # "the chairman of the Acme Traders Association, Alhaji Jane Roe,": a post's holder in apposition.
    first = state.body[start : start + 12].split(" ", 1)[0].rstrip(".,")
    if first in HONORIFICS or _POST_OF_BEFORE.search(state.body, max(0, last.start - 48), last.start):
        return False
    return not _holder_after_post(state.body, start, end)


# Letters after a name: honours, degrees, seats and generations.
_POST_NOMINALS = frozenset(
    [
        "KC",
        "QC",
        "SC",
        "MP",
        "MEP",
        "MSP",
        "MLA",
        "TD",
        "OBE",
        "MBE",
        "CBE",
        "KBE",
        "DBE",
        "CH",
        "OM",
        "FRS",
        "PhD",
        "DPhil",
        "MD",
        "Jr",
        "Sr",
        "II",
        "III",
        "IV",
    ]
)
# Conjunctions that open a clause: even before a head noun ("If Congress"), never a name's first word.
_CONJUNCTION_OPENERS = frozenset(
    ["If", "When", "While", "Although", "Though", "Because", "Unless", "Whether"]
)
_ARTICLES = frozenset(["The", "A", "An"])
# Capitalised only because they open a sentence or heading: never part of an organisation's name.
_FUNCTION_OPENERS = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "About",
        "But",
        "And",
        "Or",
        "If",
        "As",
        "By",
        "For",
        "From",
        "Of",
        "To",
        "With",
        "After",
        "Before",
        "During",
        "While",
        "When",
        "Where",
        "Why",
        "How",
        "What",
        "There",
        "Here",
        "Then",
        "Now",
        "Also",
        "So",
        "Despite",
        "Although",
        "However",
        "Meanwhile",
        # Auxiliaries that open a question: "Has Transport Canada asked …?"
        "Has",
        "Have",
        "Had",
        "Did",
        "Does",
        "Is",
        "Are",
        "Was",
        "Were",
        "Would",
        "Could",
        "Should",
    ]
)


def _plain_given_name(word: str) -> bool:
    """Is the word a listed given name that is no ordinary English word?"""
    entry = FIRST_NAMES.get(word)
    return entry is not None and not entry.is_word


def _person_like(tokens: list[tuple[int, int, str]]) -> bool:
    if len(tokens) < 2:
        return False  # most chunks are one word: no look-up
    return _plain_given_name(tokens[0][2])


_DOUBLE_BARRELLED = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")
# "McPhail-Wong", "O’Brien-Kelly": a double-barrelled surname, either part with a capital inside.
_DOUBLE_SURNAME = re.compile(r"[A-Z][a-z]*[A-Z’']?[a-z]+-[A-Z][a-z]*[A-Z’']?[a-z]+")


def _given_name_before_double_surname(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """ "Christian Okafor-Reyes", "June Ashby-Reid": a given name that is also a word of the not-a-name
    list (a faith, a month, a nationality) is the given name when a double-barrelled surname ends the
    chunk right after it (no place's or organisation's name is written that way)."""
    if index + 2 != len(tokens):
        return False
    entry = FIRST_NAMES.get(tokens[index][2])
    surname = tokens[index + 1][2]
    return (
        entry is not None
        and not entry.is_word
        and _DOUBLE_BARRELLED.fullmatch(surname) is not None
        and surname not in PLACES
        and surname not in KNOWN_ORGS
        and not any(part in PLACES or part in ORG_HEADS or part in NOT_NAMES for part in surname.split("-"))
    )


# Title words that are also given names in West Africa and elsewhere; ranks ("spokesman Colonel Jane
# Roe") and professions ("defence lawyer Lawyer Jane Roe") keep their sense after a role noun.
_GIVEN_NAME_TITLES = frozenset(["Justice", "Prince", "Princess"])


def _given_name_after_role(body: str, start: int, tokens: list[tuple[int, int, str]]) -> bool:
    """ "Medeama coach Justice Kwaku Boamah", "midfielder Prince Opoku Agyemang": a title word that is
    also a given name, right after a role noun with no comma between, opens the name (nobody holds two
    posts in a row); "chairperson, Justice Halima Abdi" keeps the judge's style."""
    return (
        len(tokens) >= 2
        and tokens[0][2] in _GIVEN_NAME_TITLES
        and body.endswith(" ", 0, start)
        and _word_before(body, start) in ROLE_HEADS
        and all(_is_name_token(t[2]) for t in tokens[1:])
    )


def _name_word_at(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Is ``tokens[index]`` part of a name: a name word, or a given name that is also a common word
    or a month ("Jan", "Mark") right before a name particle ("Jan van der Berg")?"""
    if _is_name_token(tokens[index][2]) or _given_name_before_double_surname(tokens, index):
        return True
    if (
        index >= 2
        and tokens[index - 1][2] in _VIETNAMESE_MIDDLE_NAMES
        and tokens[index][2].isalpha()
        and tokens[index][2][1:].islower()
        and _unlisted_name_word(tokens[index - 2][2])
    ):
        return True  # "Ho Van An": after a family name and "Van" or "Thi", "An" is the given name
    return (
        index + 1 < len(tokens)
        and tokens[index + 1][2] in _PARTICLE_WORDS
        and tokens[index][2] in FIRST_NAMES
        and tokens[index][2] not in _FUNCTION_OPENERS
    )


def _middle_given_name(tokens: list[tuple[int, int, str]]) -> bool:
    """ "Nalini Prasad Tiwari", "Ravi Kumar Maurya": three name words whose middle one is a given name
    (South Asian style: a second given name or father's name before the surname)."""
    if len(tokens) != 3 or not all(t[2][:1].isupper() and t[2][1:].islower() for t in tokens):
        return False
    return _plain_given_name(tokens[1][2]) and tokens[2][2] not in ORG_HEADS


def _unlisted_name_word(word: str) -> bool:
    """A capitalised word no lexicon knows: neither a first name, a title word, a place nor a common word."""
    return (
        word not in FIRST_NAMES
        and word not in TITLE_HEADS
        and word not in TITLE_MODIFIERS
        and word not in NOT_NAMES
        and word not in PLACES
        and word[1:].islower()
    )


def _starts_name(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Does a personal name begin at ``tokens[index]``: a first name or an initial, then more name?"""
    word = tokens[index][2]
    if _is_initials(word) or ("." in word and _JOINED_INITIAL_WORD.fullmatch(word)):
        return True
    entry = FIRST_NAMES.get(word) or FIRST_NAMES.get(word.split("-")[0])
    if entry is not None and index > 0 and f"{tokens[index - 1][2]} {word}" in PLACES:
        return False  # "Director for Central Asia Jane Roe": the word ends a region's name
    if (
        index + 2 < len(tokens)
        and tokens[index + 1][2] in CAPITAL_PARTICLES
        and _is_name_token(word)
        and _is_name_token(tokens[index + 2][2])
    ):
        return True  # "Minister for Housing Pádraig Ó Briain": a capitalised particle opens the surname
    if (
        entry is None
        and index + 2 < len(tokens)
        and tokens[index + 1][2] in _VIETNAMESE_MIDDLE_NAMES
        and _unlisted_name_word(word)
    ):
        return True  # "Vice Chairman of the Provincial Committee Vo Thi Thu Trang": a family name opens it
    if entry is None or index + 1 >= len(tokens) or not _is_name_token(tokens[index + 1][2]):
        return False
    return not entry.is_word or index + 2 == len(tokens)


# Role nouns that stand capitalised before a name only as a title ("Analyst Jane Roe").
_CAPITAL_ROLES = ROLE_HEADS - {"board", "member", "partner", "general", "head", "chief", "leader", "owner"}


_PORTFOLIO_HEADS = frozenset(
    ["Minister", "Secretary", "Undersecretary", "Under-Secretary", "Commissioner", "Envoy", "Speaker"]
)
# "District Judge", "Police Chief": the court or force a judge or chief sits in is part of the title.
_OFFICE_HEADS = frozenset(["Judge", "Chief", "Clerk"])
# "City Manager Jane Roe", "County Executive …": a local government's post, the place word its part.
_LOCAL_OFFICE_HEADS = frozenset(
    ["Manager", "Executive", "Attorney", "Treasurer", "Administrator", "Auditor", "Clerk"]
)
_LOCAL_OFFICE_WORDS = frozenset(["City", "County", "Town", "Borough", "Village", "Parish"])
# Bodies whose members hold a post called after them ("Council member", "Board member").
_MEMBER_BODIES = frozenset(["Council", "Board", "Committee", "Commission", "Assembly"])
# "Chancery Clerk Jane Roe": the clerk of a chancery court.
_OFFICE_WORDS = frozenset(["District", "Circuit", "Magistrate", "Bankruptcy", "Police", "Fire", "Chancery"])
# The sides of a legislature ("Majority Leader", "Minority Whip"): a chamber before one is the post's.
_CAUCUS_SIDES = frozenset(["Majority", "Minority"])
# A state senate's or assembly's presiding officer is called after the chamber ("Senate President").
_PRESIDED_CHAMBERS = frozenset(["Senate", "Assembly"])
_PRESIDING_POSTS = frozenset(["President", "Speaker"])


def _place_goes_on(body: str, following: _Chunk, runs: list[_Chunk], index: int) -> bool:
    """Does ``following`` open a place named across "of" with the run after it ("Horn of Africa")?"""
    if index + 1 >= len(runs) or not body.startswith(" of ", following.end):
        return False
    beyond = runs[index + 1]
    gap = body[following.end : beyond.start]
    return gap in (" of ", " of the ") and body[following.start : beyond.end] in PLACES


def _opens_body_before_title(tokens: list[tuple[int, int, str]]) -> bool:
    """Do the words open an organisation's name whose head noun stands right before a title
    ("National Transport Agency Administrator Jane Roe")?"""
    head = next((k for k, token in enumerate(tokens) if token[2] in TITLE_HEADS), -1)
    return head > 1 and tokens[head - 1][2] in ORG_HEADS


def _is_portfolio_word(word: str) -> bool:
    """A capitalised word that can name a minister's portfolio: not a name, place, nationality or acronym."""
    return (
        word[:1].isupper()
        and word[1:].islower()
        and word not in NOT_NAMES
        and word not in PLACES
        and word not in FIRST_NAMES
        and word not in KNOWN_ORGS
        and not word.endswith(("’s", "'s"))
    )


def _title_split(tokens: list[tuple[int, int, str]]) -> int:
    """Index of the first token of a title inside a chunk's leading words, or -1."""
    return _title_split_words(tuple([t[2] for t in tokens]))  # a list is built faster than a generator runs


# Legislators' posts written as acronyms: the capitalised words before one name the party, not the post
# ("Labour MP Jane Roe", "Social Democrats TD Jane Roe"), unless they only date or rank it.
_MEMBER_ACRONYMS = frozenset(
    ["MP", "MEP", "MLA", "MSP", "TD", "MNA", "MPA", "MPP", "MHA", "MLC", "MK", "MHK"]
)
_MEMBER_RANKS = frozenset(["Opposition", "Former", "Junior", "Senior", "Deputy", "Backbench"])


# "NMP Programme Manager Jane Roe", "Project Director Jane Roe": a post that runs one programme or project,
# when the word opens the chunk or follows a body's acronym, and the head follows it at once
# ("World Food Programme Director": the body's last word, not the post's).
_UNIT_POST_WORDS = frozenset(["Programme", "Program", "Project"])


def _unit_post_word(words: tuple[str, ...], index: int) -> bool:
    return (
        words[index] in _UNIT_POST_WORDS
        and index + 1 < len(words)
        and words[index + 1] in TITLE_HEADS
        and (index == 0 or (index == 1 and _ALL_CAPS.match(words[0]) is not None))
    )


@lru_cache(maxsize=8192)
def _title_split_words(words: tuple[str, ...]) -> int:
    tokens = [(0, 0, word) for word in words]
    for index, (_, _, word) in enumerate(tokens):
        bare = word.rstrip(".")
        if _unit_post_word(words, index):
            return index
        if bare in TITLE_HEADS or bare in TITLE_MODIFIERS:
            rest = [t[2].rstrip(".") for t in tokens[index:]]
            if any(w in TITLE_HEADS for w in rest):
                head = index + next(k for k, w in enumerate(rest) if w in TITLE_HEADS)
                if words[head] in _MEMBER_ACRONYMS and any(w not in _MEMBER_RANKS for w in words[index:head]):
                    return head  # "Labour MP Jane Roe": the party, then the post
                if (
                    head - index > 1
                    and words[head - 1] in ORG_HEADS
                    and bare not in TITLE_HEADS
                    and words[head] != "Executive"  # "the Health Service Executive" is a body
                    and " ".join(words[index : head + 1]) not in KNOWN_ORGS
                ):
                    return head  # "National Transport Authority Chairman Jane Roe": the body, then the post
                if (
                    index > 0
                    and _ALL_CAPS.match(words[0])
                    and words[0] not in PLACES
                    and "and" not in words[index:head]
                    and any(w not in TITLE_MODIFIERS and w not in TITLE_HEADS for w in words[index:head])
                ):
                    # "LG Energy Solution CEO Jane Roe": a modifier's word inside a company's name that
                    # opens with its letters, a word no post holds before the head.
                    return head
                if bare not in TITLE_HEADS:
                    # "Social Democrats TD Jane Roe": a listed party's words before the title are no modifier.
                    head = next(offset for offset, w in enumerate(rest) if w in TITLE_HEADS)
                    if head > 1 and " ".join(rest[:head]) in KNOWN_ORGS:
                        continue
                if bare in _OFFICE_HEADS and index > 0 and tokens[index - 1][2] in _OFFICE_WORDS:
                    return index - 1
                if bare in _CAUCUS_SIDES and index > 0 and tokens[index - 1][2] in _LEGISLATURES:
                    return index - 1  # "Senate Majority Leader Jane Roe": the chamber is part of the post
                if bare in _PRESIDING_POSTS and index == 1 and tokens[0][2] in _PRESIDED_CHAMBERS:
                    return 0  # "Senate President Jane Roe": the chamber's presiding officer
                if bare in _LOCAL_OFFICE_HEADS and index == 1 and tokens[0][2] in _LOCAL_OFFICE_WORDS:
                    return 0
                first_head = index + next(k for k, w in enumerate(rest) if w in TITLE_HEADS)
                if bare in _PORTFOLIO_HEADS or (
                    # "Higher Education and Skills Minister": a listed portfolio word opens the title.
                    words[first_head] in _PORTFOLIO_HEADS
                    and all(_is_portfolio_word(w) or w == "and" for w in words[index:first_head])
                    and index > 0
                    and _is_portfolio_word(words[index - 1])
                    and words[index - 1] not in TITLE_MODIFIERS
                ):
                    # "Mineral Resources Minister": a portfolio named in words no lexicon lists.
                    while (
                        index > 0
                        and (
                            _is_portfolio_word(tokens[index - 1][2])
                            # "Local Government Minister": the portfolio of local government, no body.
                            or (index > 1 and words[index - 2 : index] == ("Local", "Government"))
                            or words[index - 1 : index + 1] == ("Local", "Government")
                        )
                    ):
                        index -= 1
                    # "Labour and Employment Minister": two portfolios joined by "and".
                    if (
                        index > 1
                        and tokens[index - 1][2] == "and"
                        and tokens[index - 2][2][:1].isupper()
                        and tokens[index - 2][2] not in PLACES
                        and tokens[index - 2][2] not in FIRST_NAMES
                    ):
                        index -= 2
                        if index > 0 and _is_portfolio_word(tokens[index - 1][2]):
                            index -= 1  # "Civil Protection and Sea Policies Minister": two words before "and"
                return index
        if index == 0 and len(tokens) > 2 and bare.islower() is False and bare.lower() in _CAPITAL_ROLES:
            return 0  # "Analyst Jane Roe said": a role capitalised at a sentence start
    return -1


def _member_then_name(tokens: list[tuple[int, int, str]]) -> bool:
    """ "Social Democratic MP Jane Roe (SDE)": a party's words, a legislator's letters, then a name of two
    or more words; the letters in brackets after it are the party's, and the words no organisation."""
    split = _title_split(tokens)
    return (
        split > 0
        and tokens[split][2] in _MEMBER_ACRONYMS
        and len(tokens) - split - 1 >= 2
        and all(_is_name_token(t[2]) for t in tokens[split + 1 :])
    )


_LOCATIVES = frozenset(["in", "near", "from", "outside"])
_WATER_HEADS = frozenset(["Gulf", "Bay", "Sea", "Strait", "Straits"])


def _head_then_name(tokens: list[tuple[int, int, str]]) -> bool:
    tail = tokens[-1][2]
    if (
        (tail in FIRST_NAMES and tail not in PLACES)
        or tail in TITLE_HEADS
        or tail in HONORIFICS
        or tail in ORG_HEADS
    ):
        return False
    if not tail[:1].isupper() or (not _is_name_token(tail) and tail not in PLACES):
        return False
    before = tokens[-2][2]
    if before in ORG_HEADS:
        return len(tokens) > 2 or before not in FIRST_NAMES
    return len(tokens) == 2 and _is_acronym(before) and tokens[0][2] not in PLACES


def _named_like_place(state: _State, tokens: list[tuple[int, int, str]], place_size: int) -> bool:
    """ "Chief executive Anand Raghunathan told": a given name that is also a town, then a surname,
    with a role before or a reporting verb after."""
    if len(tokens) != 2 or place_size != 1 or not _is_name_token(tokens[1][2]) or tokens[1][2] in PLACES:
        return False
    start, end = tokens[0][0], tokens[1][1]
    return _role_evidence(state.body, start) or _VERB_AFTER.match(state.body, end) is not None


def _given_name_opens(tokens: list[tuple[int, int, str]], place_size: int) -> bool:
    """ "Devon O. Samuda", "Carlota Alcalá Ferrer": a given name that is also a place's opens three name
    words, the middle one an initial or a place's name too (a Spanish paternal surname), the last none."""
    if place_size != 1 or len(tokens) != 3:
        return False
    entry = FIRST_NAMES.get(tokens[0][2])
    middle, last = tokens[1][2], tokens[2][2]
    return (
        entry is not None
        and not entry.is_word
        # ("Rangel" is a town the gazetteer holds, though too often a surname to read bare)
        and (
            _INITIAL.fullmatch(middle) is not None
            or ((middle in PLACES or middle in PLACE_CANDIDATES) and _is_name_token(middle))
        )
        and _is_name_token(last)
        and last not in PLACES
        and last not in ORG_HEADS
    )


def _opens_org_name(state: _State, tokens: list[tuple[int, int, str]]) -> bool:
    """ "Andes Crest's board" after "Andes Crest Mining": the first words of an organisation found
    already, not a place ("Andes") and a leftover word."""
    words = [t[2] for t in tokens]
    words[-1] = _POSSESSIVE.sub("", words[-1]) if words[-1].endswith(("’s", "'s")) else words[-1]
    prefix = " ".join(words) + " "
    return any(org.name.startswith(prefix) for org in state.orgs)


_QUOTE_CHARACTERS = frozenset("\"“”‘’'")
# "N-nitrosodimethylamine (NDMA)", "body mass index (BMI)": a thing spelled out before its acronym.
_THING_BEFORE = re.compile(r"(?<![\w’'-])(?:[a-z][\w’'-]*|[A-Z]-[a-z][\w-]*) \($")


def _names_a_thing(state: _State, chunk: _Chunk) -> bool:
    """An acronym in quote marks ("HB" stamped on a tablet), before a code number ("NDC 71234-412"),
    or defined after words in lower case, names a marking or a thing, not an organisation."""
    body, start, end = state.body, chunk.start, chunk.end
    if body[start - 1 : start] in _QUOTE_CHARACTERS and body[end : end + 1] in _QUOTE_CHARACTERS:
        return True
    if _CODE_AFTER.match(body, end):
        return True
    if body[end : end + 1] in _CURRENCY_SIGNS:
        return True  # "HK$38 million", "GH¢2,800": a currency's code, not an organisation
    word = chunk.tokens[0][2]
    if _INDEX_POINTS_AFTER.match(body, end):
        return True  # "the BIST 100 index": a stock index named by its size
    if (
        body[start - 2 : start - 1].isdigit()
        and word not in KNOWN_ORGS
        and word not in state.acronyms
        and _MEASURE_BEFORE.search(body, max(0, start - 16), start)
    ):
        return True  # "readings of 14,000 NTU", "a 40 GWh plant": a unit after its amount
    counted = _COUNTED_BEFORE.search(body, max(0, start - 8), start)
    if (
        counted
        and (word not in KNOWN_ORGS or counted.group() in ("My ", "my "))
        and word not in state.acronyms
        and _THING_END_AFTER.match(body, end)
    ):
        return True  # "treated as an ATM for", "still looking for a PSW.", "My EMI is": a thing one has
    if word not in KNOWN_ORGS and word not in state.acronyms and _spells_a_law(state, word):
        state.things.add(word)
        return True  # "the ZDA" beside "the Zenland Data Act": a law's initials
    if _RATING_GRADE.fullmatch(chunk.tokens[0][2]) and (
        _RATING_BEFORE.search(body, max(0, start - 48), start)
        or body.startswith((" by ", " rating", " bond rating", " credit rating", " status"), end)
    ):
        return True  # "rated BBB by Fitch": a credit rating, not the Better Business Bureau
    if (
        body.startswith(")", end)
        and chunk.tokens[0][2] not in KNOWN_ORGS  # "the UN agency for Palestine refugees (UNRWA)"
        and _THING_BEFORE.search(body, max(0, start - 40), start)
    ):
        state.things.add(chunk.tokens[0][2])
        return True
    return False


# A sum of money right before a name: "the $7bn Extended Zenith Facility" is a loan programme.
_LOAN_WORDS = frozenset(["Facility", "Programme", "Program", "Scheme", "Instrument", "Arrangement"])
_AMOUNT_BEFORE = re.compile(
    r"(?:[$€£¥₹]|[A-Z]{1,3}\$|\b(?:Rs|USD|EUR)\.? ?)\d[\d.,]*(?: ?(?:bn|billion|m|mn|million|trillion|tn))? $"
)
# Last words of a law's or treaty's name: the name is no organisation's ("Fund" and "Programme" may be).
_LAW_HEADS = frozenset(
    [
        "Act",
        "Law",
        "Bill",
        "Treaty",
        "Directive",
        "Regulation",
        "Convention",
        "Agreement",
        "Accord",
        "Accords",
        "Protocol",
        "Charter",
        "Code",
    ]
)
# Last words of a law's, treaty's or loan programme's name, whose initials name that, not a body.
_LAW_WORDS = (
    "Act|Law|Bill|Treaty|Directive|Regulation|Convention|Agreement|Accord|Facility|Programme|Program|Scheme|"
    "Charter|Protocol|Code"
)


@lru_cache(maxsize=1024)
def _law_pattern(acronym: str) -> re.Pattern[str] | None:
    if not 2 <= len(acronym) <= 6 or not acronym.isalpha() or not acronym.isupper():
        return None
    last = [w for w in _LAW_WORDS.split("|") if w.startswith(acronym[-1])]
    if not last:
        return None
    opening = "".join(rf"{letter}[\w’'-]* (?:(?:of|and|on|for|the) )*" for letter in acronym[:-1])
    return re.compile(rf"(?<![\w’'-]){opening}(?:{'|'.join(last)})\b")


def _spells_a_law(state: _State, acronym: str) -> bool:
    """Does the article name a law, treaty or loan programme whose initials spell ``acronym``?"""
    known = state.laws.get(acronym)
    if known is None:
        pattern = _law_pattern(acronym)
        known = state.laws[acronym] = pattern is not None and pattern.search(state.body) is not None
    return known


_CODE_AFTER = re.compile(r" \d+-\d")
# An amount right before initials, not a year ("Copyright 2024 WTVN"): what the initials measure.
_MEASURE_BEFORE = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d )\d[\d,.]* $")
_CURRENCY_SIGNS = frozenset("$¢£€¥₹₦₵₱₩₪")
_INDEX_POINTS_AFTER = re.compile(r" \d{2,4} index\b")
# An article or possessive determiner before an acronym that ends its phrase: a thing, which an organisation
# is not ("an ATM for", "a PSW.", "my EMI is"); "a CDU lawmaker" names the party as a modifier.
_COUNTED_BEFORE = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Mm]y|[Yy]our|[Oo]ur) $")
_THING_END_AFTER = re.compile(
    r"(?:[.,;:!?)\"”’]|\s*$| (?:for|is|was|and|or|to|in|on|at|with|from|that|which|but|as)\b)"
)
# A clock time right before an acronym: the acronym is its time zone ("08:15 IST", "9 p.m. ET").
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}(?:[:.]\d{2}(?: ?[ap]\.?m\.?)?|(?:[:.]\d{2})? ?[ap]\.?m\.?) $")
# Credit-rating grades ("AAA", "BB", "CCC"), read as grades only beside rating words.
_RATING_GRADE = re.compile(r"(?:A{1,3}|B{2,3}|C{2,3})[+-]?")
_RATING_BEFORE = re.compile(
    r"\b(?:rated|rating|ratings|grade|graded|downgraded|upgraded|investment-grade)\b[^.;]*$"
)
# Stock indices named by their provider and size ("the FTSE 100", "the S&P 500"), a share's ticker after
# its exchange ("(NASDAQ: ACME)") and government debt ("the 10-year Treasury yield") name no organisation.
_INDEX_NAMES = frozenset(
    ["FTSE", "S&P", "Nasdaq", "NASDAQ", "DAX", "CAC", "Nikkei", "ASX", "Stoxx", "STOXX", "KOSPI"]
)
# "the S&P 500", "the S&P/ASX 200": the size after the provider, or after a second provider joined by "/".
_INDEX_AFTER = re.compile(r"(?:/[A-Z][A-Za-z]*)? \d{2,4}\b")
# "the MSCI Asia Pacific Index": a provider's name opening an index's capitalised name.
_NAMED_INDEX_AFTER = re.compile(r"(?: [A-Z][\w-]*){0,4} Index\b")
# Stock indices whose names are no body's ("Japan's Topix fell 2%", "Hong Kong's Hang Seng rose").
_MARKET_INDICES = frozenset(
    [
        *("Topix", "TOPIX", "Kospi", "KOSPI", "Kosdaq", "KOSDAQ", "Sensex", "Nifty", "Taiex", "Hang Seng"),
        *(
            "Bovespa",
            "Ibovespa",
            "Merval",
            "Euro Stoxx",
            "Nikkei 225",
            "Jakarta Composite",
            "Shanghai Composite",
        ),
    ]
)
# The words a stock market's index is named by before "Index" ("the All Share Price Index").
_INDEX_KIND_WORDS = frozenset(["Price", "Composite", "Share", "Stock", "Equity", "All-Share", "Industrial"])


def _names_market_index(before: str) -> bool:
    """Do the words before "Index" name a stock market's index ("Hang Seng", "Share Price")?"""
    words = before.removeprefix("The ").split()
    return bool(words) and (" ".join(words) in _MARKET_INDICES or words[-1] in _INDEX_KIND_WORDS)


_TICKER_BEFORE = re.compile(r"[(;,] ?[A-Z][A-Za-z]+: ?$")
_DEBT_AFTER = re.compile(r" (?:yields?|bonds?|bills?|notes|securities|prices|auctions?|curve)\b")


def _names_a_security(body: str, start: int, end: int, word: str) -> bool:
    if word in _INDEX_NAMES and _INDEX_AFTER.match(body, end):
        return True
    if _is_acronym(word) and _NAMED_INDEX_AFTER.match(body, end):
        return True
    if word == "Treasury" and _DEBT_AFTER.match(body, end):
        return True
    return word.isupper() and _TICKER_BEFORE.search(body, max(0, start - 12), start) is not None


# Where a party sits, written before its name: "Opposition Zenland Party MP Jane Roe".
_PARTY_STANDINGS = frozenset(["Opposition", "Ruling", "Governing"])


def _without_standing(text: str) -> str:
    """ "Opposition Zenland Party" → "Zenland Party": where a party sits is no part of its name."""
    first, _, rest = text.partition(" ")
    if first in _PARTY_STANDINGS and " " in rest and ORG_HEADS.get(rest.rsplit(" ", 1)[-1]) == "party":
        return rest
    return text


_CONTROLLED_BY = re.compile(r"-(?:controlled|led|run|backed|owned|dominated|held)$")

# Last words that make a name a stretch of land or water ("the Blue Mountains", "Nelson Mandela Bay"),
# and first words that make it a mountain or the town named after one ("Mount Victoria").
_LANDFORM_HEADS = frozenset(
    [
        "Mountains",
        "Hills",
        "Highlands",
        "Tablelands",
        "Valley",
        "Plains",
        "Coast",
        "Peninsula",
        "Islands",
        "Isles",
        "Lakes",
        "Ranges",
        "Basin",
        "Heights",
        "Bay",
    ]
)
# Other languages' landform words that open the name, as "Mount" does: Arabic mountain and valley
# ("Jabal Jane", "Wadi Roe"), Malay and Indonesian mountain, island and lake ("Gunung Roe", "Pulau Roe").
_MOUNT_WORDS = frozenset(
    ["Mount", "Mt", "Mt.", "Lake", "Cape", "Jabal", "Jebel", "Djebel", "Wadi", "Gunung", "Pulau", "Danau"]
)
# Last words of a road's or canal's name: "the Mount Victoria Highway", "the East Anglia Road", "the Suez
# Canal" are no places (a canal is a waterway, as a river is).
_ROAD_HEADS = frozenset(
    [
        "Road",
        "Highway",
        "Street",
        "Avenue",
        "Lane",
        "Motorway",
        "Drive",
        "Boulevard",
        "Freeway",
        "Parkway",
        "Canal",
    ]
)
_LANDFORM_BEFORE = frozenset(["the", "in", "near", "from", "outside", "across", "around", "to", "of", "at"])


def _is_landform_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and (words[-1] in _LANDFORM_HEADS or words[0] in _MOUNT_WORDS)


def _landform_country(name: str, body: str, end: int) -> str | None:
    """ "Lake Turkana" beside Turkana County, Kenya: the one country whose town or region names the
    lake or mountain; None when no or several countries have one. "the Cameron Highlands in Malaysia":
    the country named right after it."""
    after = _IN_PLACE_AFTER.match(body, end)
    known = PLACES.get(after.group(1)) if after else None
    if known is not None and known.kind == "country":
        return known.country_code
    # "the Bay of Plenty", "the Isles of Scilly": a region the gazetteer holds in one country, by name.
    whole = PLACE_CANDIDATES.get(name, {})
    if len(whole) == 1:
        return next(iter(whole))
    words = name.split()
    if words[0] == "Cape":
        return None  # "Cape Breton", "Cape Metro": a cape's name names no town of its own country
    rest = " ".join(words[1:] if words[0] in _MOUNT_WORDS else words[:-1])
    candidates = PLACE_CANDIDATES.get(rest, {})
    return next(iter(candidates)) if len(candidates) == 1 else None


def _is_landform(body: str, chunk: _Chunk) -> bool:
    tokens = chunk.tokens
    if not (tokens[-1][2] in _LANDFORM_HEADS or tokens[0][2] in _MOUNT_WORDS) or not 2 <= len(tokens) <= 4:
        return False
    if tokens[-1][2] in _ROAD_HEADS:
        return False
    if any(t[2] in ORG_HEADS or t[2] in KNOWN_ORGS or not t[2][:1].isupper() for t in tokens):
        return False
    # "Mount Victoria" is a place wherever it stands; "Blue Mountains" after "the" or "in".
    return tokens[0][2] in _MOUNT_WORDS or _word_before(body, chunk.start).lower() in _LANDFORM_BEFORE


# Nouns after a craft's name: it is a thing, not its maker.
_CRAFT_AFTER = re.compile(r" (?:spacecraft|probe|rover|lander|orbiter|telescope)\b")
_ORDINAL = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth"
)
_COUNCIL_MEMBER_AFTER = re.compile(r" (?:Council|Board) (?:member|representative)\b")


# Capitalised posts that open "the Chairman of the Acme Traders Association": the post, then its body.
_POSTS_BEFORE_OF = frozenset(
    [
        "Chairman",
        "Chairwoman",
        "Chairperson",
        "Chair",
        "President",
        "Director",
        "Secretary",
        "Head",
        "Leader",
        "Founder",
        "Treasurer",
        "Coordinator",
        "Spokesman",
        "Spokeswoman",
        "Spokesperson",
        "Patron",
        "Officer",
        "Executive",
    ]
)


# "Chief Executive Officer of the Acme Bank": "Chief", "Operating" and "Financial" rank a post too, and
# "Group" a post over a group's bodies ("Group Director of the Environmental Health Institute").
_POST_RANKS = frozenset(
    ["Executive", "Deputy", "Assistant", "Associate", "Managing", "Acting", "Interim", "Regional", "Senior"]
) | frozenset(["Chief", "Operating", "Financial", "Group"])


def _post_of_org_split(state: _State, chunk: _Chunk, owner_country: str | None) -> bool:
    """ "The Chairman of the Acme Traders Association, Jane Roe,": a post written in capitals before the
    organisation it is held in is no part of the organisation's name; the rest is classified alone."""
    tokens = chunk.tokens
    lead = 1 if tokens[0][2] in ("The", "the") else 0
    # "Executive Director of the World Food Programme": ranks and fields may come before the post.
    while lead < len(tokens) - 4 and tokens[lead][2] in _POST_RANKS:
        lead += 1
    if lead and tokens[lead][2] == "of" and tokens[lead - 1][2] in _POSTS_BEFORE_OF:
        lead -= 1  # "Chief Executive of …": the last rank word was the post itself
    if len(tokens) < lead + 4 or tokens[lead][2] not in _POSTS_BEFORE_OF or tokens[lead + 1][2] != "of":
        return False
    at = lead + (3 if tokens[lead + 2][2] == "the" else 2)
    rest_tokens = tokens[at:]
    rest_text = state.body[rest_tokens[0][0] : chunk.end] if rest_tokens else ""
    if len(rest_tokens) < 2 or not (rest_text in KNOWN_ORGS or _static_org(rest_text) is not None):
        return False
    rest = _Chunk(rest_tokens[0][0], chunk.end, rest_tokens)
    _classify(state, rest, owner_country)
    chunk.label = "split"
    return True


# Legal forms written before a company's name: Indonesia's "PT" (perseroan terbatas), Russia's joint-stock
# companies ("PJSC", "OJSC", "JSC").
# Adjectives of the nations and regions inside a state whose branch of a national party takes their name
# ("Scottish Labour", "Welsh Conservatives", "Catalan Socialists", "Bavarian Greens").
_REGIONAL_ADJECTIVES = frozenset(
    [
        "Scottish",
        "Welsh",
        "Catalan",
        "Basque",
        "Galician",
        "Andalusian",
        "Bavarian",
        "Saxon",
        "Flemish",
        "Walloon",
        "Corsican",
        "Sardinian",
        "Sicilian",
        "Breton",
        "Tasmanian",
        "Victorian",
        "Quebec",
    ]
)


def _faction_tag(text: str, canonical: str, short: str, acronym: object) -> bool:
    """ "Shiv Sena (UBT)", "Janata Dal (S)": capitals in brackets after a party's name that are not its
    acronym nor the initials of any form of its name; or one word in brackets that is no place, after any
    party's or union's name ("the Kisan Sangh (Rajewal)", "Janata Dal (United)"): the faction's leader or
    creed."""
    if short == acronym:
        return False
    if len(short) > 2 and short[1:].islower():
        # "the Kenya National Union of Teachers (Knut)": the initials written as a word are no faction.
        initials = "".join(w[0] for w in text.removeprefix("The ").split() if w[:1].isupper())
        return short.upper() != initials and short not in PLACES and short not in PLACE_CANDIDATES
    if not short.isupper():
        return False
    bare = text.removeprefix("The ")
    if bare not in KNOWN_ORGS:
        return False
    for form in (bare, canonical):
        initials = "".join(w[0] for w in form.split() if w[:1].isupper())
        if short[0] == initials[:1] or short in (initials, initials.upper()):
            return False
    return True


def _regional_party_branch(tokens: list[tuple[int, int, str]]) -> bool:
    """ "Scottish Labour", "The Welsh Liberal Democrats": a regional adjective before a listed party's name."""
    first = 1 if tokens[0][2] == "The" else 0
    if not 2 <= len(tokens) - first <= 4 or tokens[first][2] not in _REGIONAL_ADJECTIVES:
        return False
    rest = " ".join(t[2] for t in tokens[first + 1 :])
    known = KNOWN_ORGS.get(rest) or HOME_FORMS.get(rest)
    return known is not None and known.kind == "party"


_LEADING_LEGAL_FORMS = frozenset(["PT", "PJSC", "OJSC", "JSC"])


# Plural nouns whose possessive opens or sits inside a body's name ("the People's Bank", "the Women's
# Institute"): a group of people named in general, not an owner.
_COLLECTIVE_PLURALS = frozenset(["People", "Women", "Men", "Children"])


def _named_with_the(state: _State, name: str) -> bool:
    """Does the article write ``name`` after "the" somewhere, with no capitalised word after it ("the
    Hela Wigmen 26-18", not "the Jane Roberts Foundation")? Each text is looked for once an article."""
    body = state.body
    for opener in ("the ", "The "):
        if not _in_body(state, opener + name):
            continue
        at = body.find(opener + name)
        while at >= 0:
            after = at + len(opener) + len(name)
            if not body.startswith(" ", after) or not body[after + 1 : after + 2].isupper():
                return True
            at = body.find(opener + name, after)
    return False


_SAINT_WORDS = frozenset(["St", "St.", "Saint", "Ste", "Ste."])
# Spanish, Portuguese and Italian "saint" before a given name opens a town's name, never a person's.
_HOLY_NAME_OPENERS = frozenset(["San", "Santa", "Santo", "São", "Sao", "Sant"])
# Kinds of public body whose possessive owns a committee or an office named after it.
_OWNING_BODY_KINDS = frozenset(["council", "parliament", "ministry", "government"])


def _public_body_word(word: str) -> bool:
    """Is one word a public body by itself: a chamber's or a council's head noun ("Council",
    "Parliament") or a listed legislature or ministry ("Riigikogu", "Knesset")?"""
    known = KNOWN_ORGS.get(word)
    if known is not None:
        return known.kind in _OWNING_BODY_KINDS
    return ORG_HEADS.get(word) in _OWNING_BODY_KINDS


def _collective_possessive(stem: str) -> bool:
    """ "People's", "Farmers'", "Workers'": a plural of a common noun for people (a role such as "farmer"),
    whose possessive is part of a name ("the Farmers' Union"), where "Chile's" or "Acme's" owns what follows."""
    if stem in _COLLECTIVE_PLURALS:
        return True
    if len(stem) > 5 and stem.endswith("men") and stem not in FIRST_NAMES:
        return True  # "the Inlandboatmen's Union", "the Longshoremen's Association": a trade's men
    return len(stem) > 3 and stem.endswith("s") and stem[:-1].lower() in ROLE_HEADS


_BEFORE_A_MASTHEAD = frozenset(
    ["a", "an", "the", "told", "by", "to", "from", "with", "for", "in", "on", "at", "of", "and"]
)
# A word in capitals that may belong to a name set in capitals: letters only, too long for most acronyms.
_CAPITALS_WORD = re.compile(r"[A-Z]{4,}")


def _name_in_capitals(state: _State, chunk: _Chunk) -> bool:
    """ "a DAILY CLARION survey": two to four long words in capitals inside a sentence in lower case are one
    name (a masthead or a newswire), not acronyms; a place, a person or a shouted phrase is none."""
    tokens = chunk.tokens
    if not 2 <= len(tokens) <= 4 or not all(_CAPITALS_WORD.fullmatch(t[2]) for t in tokens):
        return False
    body = state.body
    if (
        body[chunk.start - 1 : chunk.start] != "("
        and _word_before(body, chunk.start) not in _BEFORE_A_MASTHEAD
        # "ZENLAND HERALD had reported …" opening a sentence: a name the story writes so again.
        and not (chunk.start in state.sentence_starts and body.count(body[chunk.start : chunk.end]) > 1)
    ):
        return False  # "chanted STOP KILLING": only a name follows "told", "a", "by" or an opening bracket
    if not (
        any(c.islower() for c in body[max(0, chunk.start - 20) : chunk.start])
        and any(c.islower() for c in body[chunk.end : chunk.end + 20])
    ):
        return False  # a line in capitals throughout
    titled = " ".join(t[2].capitalize() for t in tokens)
    return (
        titled not in PLACES
        and tokens[0][2].capitalize() not in FIRST_NAMES
        and not any(
            t[2].capitalize() in NOT_NAMES or t[2] in TITLE_HEADS or t[2].capitalize() in TITLE_HEADS
            for t in tokens
        )
    )


def _possessed_post(state: _State, tokens: list[tuple[int, int, str]]) -> bool:
    """Are these words a capitalised post and its portfolio ("Principal Secretary for Trade")?"""
    k = 0
    while k < len(tokens) - 1 and tokens[k][2] in TITLE_MODIFIERS and tokens[k][2] not in TITLE_HEADS:
        k += 1
    if not (k + 2 < len(tokens) and tokens[k][2] in TITLE_HEADS and tokens[k + 1][2] in ("of", "for")):
        return False
    portfolio = state.body[tokens[k + 2][0] : tokens[-1][1]]
    if any(
        (t[2].islower() and t[2] not in _POST_JOINERS)
        or (t[2] in FIRST_NAMES and not FIRST_NAMES[t[2]].is_word)
        for t in tokens[k + 2 :]
    ):
        return (
            False  # "Qatar's Minister of State for Foreign Affairs Jane bin Roe,": the holder's name follows
        )
    return portfolio not in KNOWN_ORGS and portfolio not in PLACES and _org_of(state, portfolio) is None


# A weekend title before a paper's name ("the Sunday Guardian", "the Saturday Star").
_EDITION_DAYS = ("Sunday ", "Saturday ", "Weekend ")
_EDITION_BEFORE = re.compile(r"(?<![\w’'-])the (?:Sunday|Saturday|Weekend) $")


# Independent offices of state that reports name as institutions, by the office ("the Auditor-General
# said the municipality had …", "the Parliamentary Budget Officer estimated …").
_STATUTORY_OFFICES = frozenset(
    [
        *("Auditor-General", "Auditor General", "Comptroller and Auditor General", "Public Protector"),
        *("Parliamentary Budget Officer", "Controller of Budget", "Information Commissioner"),
        "Privacy Commissioner",
    ]
)
_OFFICE_LAST_WORDS = frozenset(name.rsplit(" ", 1)[-1].rsplit("-", 1)[-1] for name in _STATUTORY_OFFICES) | {
    "Auditor-General"
}
# A name right after the office ("the Auditor-General, Jane Roe," "the Auditor-General Jane Roe"): the holder.
_HOLDER_AFTER = re.compile(r",? ([A-Z][\w’'-]*)")


def _statutory_office(state: _State, chunk: _Chunk) -> bool:
    body, tokens = state.body, chunk.tokens
    opening = 1 if tokens[0][2] == "The" else 0
    if opening == len(tokens):
        return False
    start = tokens[opening][0]
    name = body[start : chunk.end]
    end = chunk.end
    if name.endswith(("’s", "'s")) and name[:-2] in _STATUTORY_OFFICES:
        name, end = name[:-2], end - 2  # "the Controller of Budget's office": the office by its possessive
    holder = _HOLDER_AFTER.match(body, end)
    # "the Office of the Auditor General": the office's own body, named by it, never a post.
    office_body = (
        name.startswith("Office of the ") and name.removeprefix("Office of the ") in _STATUTORY_OFFICES
    )
    if not office_body and (
        name not in _STATUTORY_OFFICES
        or (
            # "the Controller of Budget, Kilifi spent …": a place after the comma opens the next clause.
            holder is not None and not (body[end] == "," and holder.group(1) in PLACES)
        )
    ):
        return False
    if not opening and not office_body and not body.endswith(("the ", "The "), 0, start):
        return False  # "Auditor-General Jane Roe", "as Auditor-General": the post
    data: dict[str, object] = {"name": name, "canonical": name, "acronym": None, "country_code": None}
    data["kind"] = "agency"
    chunk.start, chunk.tokens, chunk.label, chunk.data = start, tokens[opening:], "org", data
    _add_org(state, start, end, data)
    return True


# "(Amendment) Bill", "(No. 2) Act": a bracketed word, then a law's head, close a law's name.
_LAW_TAIL_AFTER = re.compile(r" \([A-Z][\w .]{0,20}\) (?:Bill|Act|Law|Regulations?|Rules|Order|Decree)\b")


# Kinds of body written by their initials, which name no one body ("a local NGO").
_BODY_KIND_INITIALS = frozenset(["NGO", "NGOs", "INGO"])


_POST_INITIALS_FOLLOWER = re.compile(r" (?:of |[A-Z][a-z])")


def _title_initials(state: _State, chunk: _Chunk, word: str) -> bool:
    """Is a bracketed acronym the initials of the capitalised post right before it ("Chief Executive
    Officer (CEO)", "Upazila Nirbahi Officer (UNO)")?"""
    body = state.body
    if (
        not 2 <= len(word) <= 6
        or not word.isupper()
        or not body.endswith(" (", 0, chunk.start)
        or not body.startswith(")", chunk.end)
        or word in KNOWN_ORGS
    ):
        return False
    before = body[max(0, chunk.start - 2 - 14 * len(word)) : chunk.start - 2].split()
    if _POST_INITIALS_FOLLOWER.match(body, chunk.end + 1) is None:
        # The holder's name or the post's body follows ("(UNO) Jane Roe", "(CEO) of Acme"); "the Health
        # Service Executive (HSE) said" is a body's name. A rank after "a" is a post whatever follows:
        # "Jane Roe, a Senior Advocate of Zenland (SAZ), said" (its "of" no initial).
        capitals = [w for w in before[-len(word) - 2 :] if w != "of"][-len(word) :]
        return (
            len(capitals) == len(word)
            and any(w in TITLE_HEADS for w in capitals)
            and "".join(w[0] for w in capitals) == word
            and all(w[:1].isupper() for w in capitals)
            and _indefinite_rank_before(before, capitals)
        )
    words = before[-len(word) :]
    return (
        len(words) == len(word)
        and words[-1] in TITLE_HEADS
        and "".join(w[0] for w in words) == word
        and all(w[:1].isupper() for w in words)
    )


def _indefinite_rank_before(before: list[str], capitals: list[str]) -> bool:
    """Whether "a" or "an" opens the words the initials spell ("a Senior Advocate of Zenland")."""
    spelled = 0
    for index in range(len(before) - 1, -1, -1):
        if spelled == len(capitals):
            return before[index] in ("a", "an")
        if before[index] != "of":
            spelled += 1
    return False


# The three-letter codes sport gives nations (the Olympic committees' and the home nations'), written in
# brackets after each player's name in results lists ("Jane Roe (NZL) 67 64"); the few that name a listed
# body (ESA, SCO) or a place by themselves (USA, UAE), or a well-known party (Bolivia's MAS), are left out.
_SPORT_NATION_CODES = frozenset(
    [
    "AFG", "ALB", "ALG", "AND", "ANG", "ANT", "ARG", "ARM", "ARU", "ASA", "AUS", "AUT", "AZE", "BAH", "BAN",
    "BAR", "BDI", "BEL", "BEN", "BER", "BHU", "BIH", "BIZ", "BLR", "BOL", "BOT", "BRA", "BRN", "BRU", "BUL",
    "BUR", "CAF", "CAM", "CAN", "CAY", "CGO", "CHA", "CHI", "CHN", "CIV", "CMR", "COD", "COK", "COL", "COM",
    "CPV", "CRC", "CRO", "CUB", "CYP", "CZE", "DEN", "DJI", "DMA", "DOM", "ECU", "EGY", "ERI", "ESP", "EST",
    "ETH", "FIJ", "FIN", "FRA", "FSM", "GAB", "GAM", "GBR", "GBS", "GEO", "GEQ", "GER", "GHA", "GRE", "GRN",
    "GUA", "GUI", "GUM", "GUY", "HAI", "HKG", "HON", "HUN", "INA", "IND", "IRI", "IRL", "IRQ", "ISL", "ISR",
    "ISV", "ITA", "IVB", "JAM", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KIR", "KOR", "KOS", "KSA", "KUW", "LAO",
    "LAT", "LBA", "LBN", "LBR", "LCA", "LES", "LIE", "LTU", "LUX", "MAD", "MAR", "MAW", "MDA", "MDV", "MEX",
    "MGL", "MHL", "MKD", "MLI", "MLT", "MNE", "MON", "MOZ", "MRI", "MTN", "MYA", "NAM", "NED", "NEP", "NGR",
    "NIG", "NOR", "NRU", "NZL", "OMA", "PAK", "PAN", "PAR", "PER", "PHI", "PLE", "PLW", "PNG", "POL", "POR",
    "PRK", "PUR", "QAT", "ROU", "RSA", "RUS", "RWA", "SAM", "SEN", "SEY", "SGP", "SKN", "SLE", "SLO", "SMR",
    "SOL", "SOM", "SRB", "SRI", "SSD", "STP", "SUD", "SUI", "SUR", "SVK", "SWE", "SWZ", "SYR", "TAN", "TGA",
    "THA", "TJK", "TKM", "TLS", "TOG", "TPE", "TTO", "TUN", "TUR", "TUV", "UGA", "UKR", "URU", "UZB", "VAN",
    "VEN", "VIE", "VIN", "YEM", "ZAM", "ZIM", "ENG", "WAL", "NIR",
    ]
)  # fmt: skip
_BRACKETED_CODE = re.compile(r"\(([A-Z]{3})\)")


def _nation_code_in_results(state: _State, chunk: _Chunk, word: str) -> bool:
    """Is a bracketed three-letter word a player's nation: a sport's code for a nation, in an article that
    brackets at least two such codes (a results list), and no body the article names otherwise?"""
    body = state.body
    if (
        word not in _SPORT_NATION_CODES
        or not body.endswith("(", 0, chunk.start)
        or not body.startswith(")", chunk.end)
        or word in state.acronyms
    ):
        return False
    return _nation_codes_bracketed(state)


# Words of a news site's section headings ("Business News", "Breaking News Events", "Latest News
# Updates"), which a page's footer lists in capitals; the last one closes such a heading.
_NEWS_SECTION_WORDS = frozenset(
    [
        "Breaking", "Latest", "Top", "Business", "Market", "Markets", "World", "Sports", "Local", "Politics",
        "Entertainment", "Technology", "Tech", "Health", "Lifestyle", "Live", "Today's", "News", "Updates",
        "Events", "Headlines", "Stories",
    ]
)  # fmt: skip
_NEWS_SECTION_LAST_WORDS = frozenset(["News", "Updates", "Events", "Headlines", "Stories"])


def _news_section(tokens: list[tuple[int, int, str]]) -> bool:
    """Are the words a news site's section heading, no organisation's name ("Market News")?"""
    return (
        len(tokens) >= 2
        and tokens[-1][2] in _NEWS_SECTION_LAST_WORDS
        and all(t[2] in _NEWS_SECTION_WORDS for t in tokens)
    )


# Plural nouns for the businesses of a trade, after its initials ("three BDC firms", "BDC operators").
_TRADE_MEMBERS_AFTER = re.compile(r" (?:firms|operators|companies|dealers|outlets)\b")


def _kind_initials(body: str, word: str, end: int) -> bool:
    """Whether initials name a kind of business, not one body: each time the text writes them, a plural
    noun for the trade's businesses follows ("three BDC firms"), and it never spells them out in brackets,
    as one body's acronym is ("the EFCC", "EFCC investigators")."""
    if not 2 <= len(word) <= 5 or not word.isupper() or not word.isalpha():
        return False
    if _TRADE_MEMBERS_AFTER.match(body, end) is None or f"({word})" in body:
        return False
    return all(
        _TRADE_MEMBERS_AFTER.match(body, m.end()) is not None
        for m in re.finditer(rf"(?<![\w-]){word}(?![\w-])", body)
    )


def _body_kind_at(tokens: list[tuple[int, int, str]]) -> int:
    """Where a kind of body by its initials ("NGO", "the NGO's") stands among the words, or -1."""
    for index, (_start, _end, word) in enumerate(tokens):
        # Every such word holds "NGO": a substring test spares the pattern for nearly every word.
        if "NGO" in word and _POSSESSIVE.sub("", word) in _BODY_KIND_INITIALS:
            return index
    return -1


def _based_word_at(tokens: list[tuple[int, int, str]]) -> int:
    """Where "Paris-based", "-born" or "-headquartered" stands among the first three words, or -1."""
    for index, (_start, _end, word) in enumerate(tokens[:3]):
        if word.endswith(("-based", "-born", "-headquartered")):
            return index
    return -1


def _classify(state: _State, chunk: _Chunk, owner_country: str | None) -> None:
    """Label one chunk, splitting possessives ("Brazil’s Ministry of Health") first."""
    body = state.body
    tokens = chunk.tokens
    if len(tokens) == 1 and tokens[0][2] in _INERT_WORDS:
        if body.startswith("?", chunk.end) and f"{tokens[0][2]}?" in KNOWN_ORGS:
            # "Which?, the consumer group,": a name that ends in its question mark.
            name = f"{tokens[0][2]}?"
            chunk.label, chunk.data = "org", _org_from_text(name, known=KNOWN_ORGS[name])
            _add_org(state, chunk.start, chunk.end + 1, chunk.data)
        return  # "The", "But", "Monday": a capital that names nothing (most single-word runs)
    if len(tokens) == 1 and (ORG_HEADS.get(tokens[0][2]) == "company" or tokens[0][2] in state.things):
        return  # ", Inc.": a company suffix names no company by itself
    if len(tokens) == 1 and _title_initials(state, chunk, tokens[0][2]):
        state.things.add(tokens[0][2])
        return  # "Upazila Nirbahi Officer (UNO) Jane Roe": a post's initials, no organisation
    kind_at = _body_kind_at(tokens)
    if kind_at >= 0 and (kind_at == len(tokens) - 1 or tokens[-1][2] not in ORG_HEADS):
        # "Environmental NGO Zelena Akcija said", "the NGO's coordinator": a kind of body by its initials,
        # then perhaps the body's name ("the NGO Forum" is one name, its head noun last).
        if kind_at < len(tokens) - 1:
            rest = _Chunk(tokens[kind_at + 1][0], chunk.end, tokens[kind_at + 1 :])
            name = body[rest.start : rest.end]
            # "the Argentine NGO Mar Sur": the nationality before the kind is the body's.
            nation = _DEMONYM_COUNTRIES.get(tokens[kind_at - 1][2]) if kind_at else None
            rest.label, rest.data = (
                "org",
                _org_of(state, name) or _org_from_text(name, owner_country or nation),
            )
            _add_org(state, rest.start, rest.end, rest.data)
        chunk.label = "split"
        return
    if (
        len(tokens) == 2
        and tokens[1][2] == "Hall"
        and tokens[0][2] in ("City", "Town")
        and _word_after(body, chunk.end) in REPORTING_VERBS
    ):
        # "City Hall said": a town's government, speaking by the building it sits in.
        chunk.label, chunk.data = "org", _org_from_text(body[chunk.start : chunk.end], owner_country)
        chunk.data["kind"] = "council"
        _add_org(state, chunk.start, chunk.end, chunk.data)
        return
    if len(tokens) == 1 and _nation_code_in_results(state, chunk, tokens[0][2]):
        return  # "Iker Olaizola (ESP) 63 66": a player's nation in a results list, no organisation
    if _news_section(tokens) and body[chunk.start : chunk.end] not in KNOWN_ORGS:
        return  # "Catch all the Business News, Market News and Latest News Updates": a site's sections
    # "the Controller of Budget's office": the office's last word with its possessive too.
    last = tokens[-1][2].removesuffix("’s").removesuffix("'s")
    if last in _OFFICE_LAST_WORDS and _statutory_office(state, chunk):
        return
    # Most chunks are one word, which the rules for several words below never fit: the length is
    # tested before each of their calls.
    if len(tokens) > 1 and _name_in_capitals(state, chunk):
        # "told PREMIUM HERALD the", "--(MARKET WIRE)--": a masthead or agency set in capitals mid-sentence.
        text = body[chunk.start : chunk.end]
        chunk.label, chunk.data = "org", _org_from_text(text)
        _add_org(state, chunk.start, chunk.end, chunk.data)
        return
    if (
        len(tokens) >= 2
        and tokens[-1][2] in _LOAN_WORDS
        and _AMOUNT_BEFORE.search(body, max(0, chunk.start - 24), chunk.start)
    ):
        # "the $7bn Extended Zenith Facility (EZF)": a loan programme by its size, and its acronym too.
        acronym = _ACRONYM_AFTER.match(body, chunk.end)
        if acronym:
            state.things.add(acronym.group(1))
        return
    if len(tokens) == 2 and tokens[0][2] in ("The", "My", "Your") and _is_acronym(tokens[1][2]):
        last = tokens[1][2]
        if last in state.things or (
            last not in KNOWN_ORGS and last not in state.acronyms and _spells_a_law(state, last)
        ):
            state.things.add(last)
            return  # "The ZDA is …" beside "the Zenland Data Act": the law, by its initials
        if tokens[0][2] != "The" and _THING_END_AFTER.match(body, chunk.end):
            return  # "My EMI is …": a thing one has, whatever else the letters name
    if len(tokens) >= 2 and _is_acronym(tokens[-1][2]) and _INDEX_POINTS_AFTER.match(body, chunk.end):
        # "the Bolsa Zenda ZEX 30 index": the index's name and size follow the exchange's name.
        tokens = chunk.tokens = tokens[:-1]
        chunk.end = tokens[-1][1]
    if (
        len(tokens) >= 2
        and tokens[0][2] in _LEADING_LEGAL_FORMS
        and all(t[2][:1].isupper() for t in tokens[1:])
    ):
        # "PT Perusahaan Listrik Negara", "PJSC Acme": a legal form that opens a company's name.
        text = body[chunk.start : chunk.end]
        chunk.label, chunk.data = "org", {**_org_from_text(text, owner_country), "kind": "company"}
        letters = _ACRONYM_AFTER.match(body, chunk.end) if body.startswith(" (", chunk.end) else None
        if letters and letters.group(1) == "".join(t[2][0] for t in tokens[1:]):
            # "PT Bumi Nikel Sejahtera (BNS)": the initials of the name after its legal form.
            chunk.data["acronym"] = letters.group(1)
            state.acronyms[letters.group(1)] = chunk.data
        _add_org(state, chunk.start, chunk.end, chunk.data)
        return
    if chunk.data.get("group") is True:
        # "the Socialists and Democrats group" (_and_joins_group): one group's name, whatever its words.
        text = body[chunk.start : chunk.end]
        chunk.label, chunk.data = "org", {**_org_from_text(text), "kind": "party"}
        _add_org(state, chunk.start, chunk.end, chunk.data)
        return
    if len(tokens) == 1 and _is_acronym(tokens[0][2]) and _names_a_thing(state, chunk):
        return
    if (
        len(tokens) == 1
        and body.endswith("between ", 0, chunk.start)
        and tokens[0][2] not in KNOWN_ORGS
        and _is_acronym(tokens[0][2])
    ):
        other = _BETWEEN_PLACE_AFTER.match(body, chunk.end)
        town = PLACES.get(other.group(1)) if other is not None else None
        if town is not None and town.kind == "city":
            return  # "the section between ZSMT and Dorvan": a station or stop, the other end a place
    if (
        len(tokens) == 1
        and tokens[0][2][-1:].isdigit()
        and tokens[0][2][:1].isupper()
        and tokens[0][2] not in KNOWN_ORGS
        and _MEETING_AFTER.match(body, chunk.end)
    ):
        return  # "the ZOP12 climate summit": the meeting, not a body
    if (
        len(tokens) <= 2
        and (len(tokens) == 1 or tokens[0][2] in ("AM", "PM"))
        and _is_acronym(tokens[-1][2])
        and _CLOCK_BEFORE.search(body, max(0, chunk.start - 12), chunk.start)
    ):
        return  # "08:15 IST", "12:47 AM ET", "9 p.m. PT": a time zone after a clock time
    if (len(tokens) == 1 or (len(tokens) == 2 and tokens[0][2] == "The")) and _names_a_security(
        body, tokens[-1][0], chunk.end, tokens[-1][2]
    ):
        return
    if len(tokens) <= 3 and body[chunk.start : chunk.end].removeprefix("The ") in _MARKET_INDICES:
        return
    if (
        len(tokens) >= 2
        and tokens[-1][2] == "Index"
        and _names_market_index(body[chunk.start : tokens[-1][0]])
    ):
        return  # "the Hang Seng Index", "the All Share Price Index": a market's measure, not a body
    provider = tokens[1][2] if tokens[0][2] == "The" and len(tokens) > 1 else tokens[0][2]
    if len(tokens) >= 2 and tokens[-1][2] == "Index" and provider != "Index" and _is_acronym(provider):
        return  # "the MSCI Asia Pacific Index": an index its provider names, not the provider
    if (
        len(tokens) == 1
        and body.startswith(" ", chunk.end)
        and _CRAFT_AFTER.match(body, chunk.end)
        and tokens[0][2] not in KNOWN_ORGS
    ):
        state.things.add(tokens[0][2])  # "the Vireo spacecraft": a craft, then "Vireo, which cost …"
        return
    if len(tokens) == 1 and tokens[0][2] in ROLE_HEADS:
        return  # "a GP who covers the north": a role written in capitals, not an acronym
    if (
        len(tokens) == 3
        and tokens[1][2] in ("Ward", "District")
        and _ORDINAL.fullmatch(tokens[0][2])
        and _COUNCIL_MEMBER_AFTER.match(body, tokens[1][1])
    ):
        chunk.label = "title"  # "Fourth Ward Council member Jane Roe": the ward she represents
        return
    if (
        len(tokens) >= 4
        and tokens[-1][2] in ("Plc", "JSC")
        and body.endswith(", ", 0, chunk.start)
        and any(t[2] == "and" for t in tokens[1:-2])
    ):
        # "…, HSBC Holdings Plc, Mandiri Sekuritas and Standard Chartered Plc": a list's last two
        # companies, the legal form closing only the second.
        cut = max(k for k, t in enumerate(tokens[:-2]) if t[2] == "and")
        _classify(state, _Chunk(tokens[0][0], tokens[cut - 1][1], tokens[:cut]), owner_country)
        _classify(state, _Chunk(tokens[cut + 1][0], chunk.end, tokens[cut + 1 :]), owner_country)
        chunk.label = "split"
        return
    if len(tokens) == 2 and tokens[0][2] in _LEGISLATURES and tokens[1][2] in KNOWN_ORGS:
        # "House Republicans", "Senate Democrats": the chamber, then the party's members in it.
        chamber = tokens[0][2]
        chamber_org: dict[str, object] = {"name": chamber, "canonical": chamber, "acronym": None}
        _add_org(
            state,
            tokens[0][0],
            tokens[0][1],
            {**chamber_org, "country_code": owner_country, "kind": "parliament"},
        )
        _classify(state, _Chunk(tokens[1][0], chunk.end, tokens[1:]), owner_country)
        chunk.label = "split"
        return
    if (
        len(tokens) > 1
        # The phrase's "between" lies inside the window: finding it is cheaper than trying the pattern,
        # or reading the words (few chunks follow a "between").
        and body.find(" between ", max(0, chunk.start - 70), chunk.start) >= 0
        and _team_like(tokens)
        and _MATCH_BETWEEN.search(body, max(0, chunk.start - 70), chunk.start) is not None
    ):
        # "a match between Preston Rovers and …": a team, though its name opens with a town's.
        team = body[chunk.start : chunk.end]
        chunk.label, chunk.data = "org", _org_of(state, team) or _org_from_text(team, owner_country)
        _add_org(state, chunk.start, chunk.end, chunk.data)
        return
    if (
        len(tokens) == 3
        and tokens[0][2] in TITLE_HEADS
        and tokens[1][2] == "of"
        and tokens[2][2] not in KNOWN_ORGS
        and body.endswith(", ", 0, chunk.start)
    ):
        chunk.label = "title"  # "Jane Roe, Head of Communications": her role, after her name
        return
    if (
        len(tokens) >= 3
        and body.startswith(", ", chunk.end)
        and body.endswith(("’s ", "'s "), 0, chunk.start)
        and _possessed_post(state, tokens)
    ):
        chunk.label = "title"  # "Chile's Undersecretary of Mining, Jane Roe,": a state's post, no body
        return
    head = 1 if tokens[0][2] == "The" else 0
    # "General Secretary of …": a post of two words may open it too.
    post_end = head + 1 if len(tokens) > head + 1 and tokens[head + 1][2] != "of" else head
    if (
        len(tokens) >= post_end + 4
        and tokens[post_end][2] in TITLE_HEADS
        and (post_end == head or tokens[head][2] in TITLE_MODIFIERS)
        and tokens[post_end + 1][2] == "of"
        and tokens[post_end + 2][2] != "State"  # "Secretary of State for …"
        and (
            tokens[-1][2] in ORG_HEADS
            or _org_of(state, body[tokens[post_end + 2 + (tokens[post_end + 2][2] == "the")][0] : chunk.end])
            is not None
        )
    ):
        # "The Chairman of the Acme Traders Association, Jane Roe,": the role is no part of the name.
        tokens = tokens[post_end + 3 :] if tokens[post_end + 2][2] == "the" else tokens[post_end + 2 :]
        chunk.tokens, chunk.start = tokens, tokens[0][0]
    if (
        len(tokens) == 2
        and tokens[0][2] in TITLE_MODIFIERS
        and tokens[1][2] in state.acronyms
        and _STAFF_AFTER.match(body, chunk.end)
    ):
        # "Senior HSE officials faced questions": the staff's rank is no part of their body's name.
        tokens = tokens[1:]
        chunk.tokens, chunk.start = tokens, tokens[0][0]
    if len(tokens) > 2 and tokens[0][2] in _PARTY_STANDINGS and ORG_HEADS.get(tokens[-1][2]) == "party":
        # "the opposition Zenland People's Party": where a party sits is no part of its name.
        tokens = tokens[1:]
        chunk.tokens, chunk.start = tokens, tokens[0][0]
    if len(tokens) > 1 and _CONTROLLED_BY.search(tokens[0][2]):
        # "the Democratic-controlled Senate": who holds it is no part of its name.
        tokens = tokens[1:]
        chunk.tokens, chunk.start = tokens, tokens[0][0]
    if len(tokens) > 1 and _post_of_org_split(state, chunk, owner_country):
        return
    # "Moody's Ratings": a listed name.
    whole_known = len(tokens) > 1 and body[chunk.start : chunk.end] in KNOWN_ORGS
    for index, (start, end, word) in enumerate(tokens[:-1]):
        # "St Mary's Hospital", "King's College": a possessive inside an institution's name.
        # "Acme Petronas' Jane Roe": a name ending in "s" takes the apostrophe alone.
        mark = 2 if word.endswith(("’s", "'s")) else 1 if word.endswith(("s’", "s'")) else 0
        if (
            mark
            and not whole_known
            and not _collective_possessive(word[:-mark])
            # "Hawke's Bay", "St John's": the apostrophe is inside a place's name, no possessive.
            and not (mark == 2 and body[start : tokens[index + 1][1]] in PLACE_CANDIDATES)
            # "St Clare's Primary School", "Saint Luke's Hospital": a saint's name opens the institution's.
            and not (index == 1 and tokens[0][2] in _SAINT_WORDS)
            # "King's College London", "Queen's University Belfast": the one word before a head noun
            # that a city closes is a possessive inside the name.
            and not (
                index == len(tokens) - 3
                and index <= 1
                and word[:-mark] not in PLACES
                and tokens[-2][2] in ORG_HEADS
                and PLACES.get(tokens[-1][2]) is not None
                and PLACES[tokens[-1][2]].kind == "city"
            )
            and not (
                tokens[-1][2] in ORG_HEADS
                and (
                    index == len(tokens) - 2
                    or (index == 0 and _place_at(tokens[:1], 0) == 0)
                    # "The Hawke's Bay Growers Collective": the article before the name changes nothing.
                    or (index == 1 and tokens[0][2] == "The" and _place_at(tokens[1:2], 0) == 0)
                )
                # "the ZLC's National Executive Council": an organisation's acronym owns its organ, and
                # any acronym its unit ("KZIT's Department of Marine Engineering", "MIT's School of …").
                and not (
                    index == 0
                    and (
                        word[:-mark] in state.acronyms
                        or (tokens[1][2] in _UNIT_OPENERS and _is_acronym(word[:-mark]))
                    )
                )
                # "the Council's Budget Committee", "the Riigikogu's Cultural Affairs Committee": a public
                # body's possessive owns its organ, as a country's owns its ministry.
                and not (index == 0 and _public_body_word(word[:-mark]))
            )
        ):
            # "St Mary's Hospital", "Alzheimer's Research Trust" stay whole; "Chile's Mining Agency" splits.
            owner = _Chunk(tokens[0][0], end - mark, [*tokens[:index], (start, end - mark, word[:-mark])])
            _classify(state, owner, None)
            country = None
            if owner.label == "place" and state.places:
                country = state.places[-1].country_code
            rest = _Chunk(tokens[index + 1][0], chunk.end, tokens[index + 1 :])
            _classify(state, rest, country)
            chunk.label = "split"
            if rest.label == "person-candidate" and len(rest.data.get("name_tokens") or ()) > 1:  # type: ignore[arg-type]
                _adopt_owned_person(chunk, owner, rest)
            return
    if tokens[-1][2].endswith(("’s", "'s", "’", "'")) and body[chunk.start : chunk.end] not in KNOWN_ORGS:
        # ("Crain's reported …": a listed name that ends in a possessive keeps it)
        last_start, _last_end, last_word = tokens[-1]
        trimmed = last_word[:-2] if last_word.endswith(("’s", "'s")) else last_word[:-1]
        tokens = [*tokens[:-1], (last_start, last_start + len(trimmed), trimmed)]
        chunk.tokens = tokens
        chunk.end = tokens[-1][1]
    while len(tokens) > 2 and tokens[-1][2].rstrip(".,") in _POST_NOMINALS:
        # "James Thornbury KC", "Jane Roe OBE": honours after a name are neither name nor organisation;
        # a generation ("Jr.", "III") is no honour but part of the name, added back to a person's.
        if tokens[-1][2].rstrip(".,") in GENERATIONS and "generation_end" not in chunk.data:
            chunk.data["generation_end"] = tokens[-1][1]
        if tokens[-1][2].rstrip(".,") in _MEMBER_ACRONYMS:
            chunk.data["member_after"] = tokens[-1][2].rstrip(".,")  # "Jane Roe TD said": her seat's title
        tokens = tokens[:-1]
        chunk.tokens = tokens
        chunk.end = tokens[-1][1]
    based = _based_word_at(tokens)
    if based == len(tokens) - 1 and body[chunk.end : chunk.end + 2].strip()[:1].islower():
        return  # "Salford-based online retailer": where a body is based, its name not given here
    if 0 <= based < len(tokens) - 1:
        # "Paris-based Nuvola", "Addis Abeba-based Acme": the place is read on its own (_BASED_IN); the
        # name follows it.
        tokens = tokens[based + 1 :]
        chunk.tokens = tokens
        chunk.start = tokens[0][0]
    text = body[chunk.start : chunk.end]
    if (
        len(tokens) >= 2
        and tokens[-1][2] in _LAW_HEADS
        and text not in KNOWN_ORGS
        and _HEAD_BEFORE_OF.search(text) is None
    ):
        # "the Digital Services Act (DSA)", "the Customs Union Protocol": a law or treaty, whose
        # initials name it too, is no organisation.
        acronym_after = _ACRONYM_AFTER.match(body, chunk.end)
        if acronym_after:
            state.things.add(acronym_after.group(1))
        return
    if (
        len(tokens) <= 2
        and text in TOWNS
        and text not in PLACES
        and not _company_short_name(state, text, chunk.end)
        and (
            _word_before(body, chunk.start) in _LOCATIVES
            or body.endswith(", of ", 0, chunk.start)
            # "a new unit at Pontefract": "at" a town, unless a person's or organisation's name follows.
            or (
                body.endswith(" at ", 0, chunk.start)
                and len(tokens) == 1
                and not _VERB_AFTER.match(body, chunk.end)
            )
        )
    ):
        # "from Chelmsford", "Jane Roe, 58, of Sleaford,": a town too small to trust anywhere else.
        town = TOWNS[text]
        chunk.label = "place"
        state.places.append(
            PlaceMention(chunk.start, chunk.end, text, town.name, town.country_code, town.kind)
        )
        return
    if (
        len(tokens) == 2
        and tokens[0][2] == "The"
        and tokens[1][2] in _MASTHEADS
        and chunk.start not in state.sentence_starts
    ):
        # "an interview with The Herald": a capital "The" inside a sentence is part of a title.
        masthead = {**_org_from_text(text, owner_country), "kind": "media"}
        chunk.label, chunk.data = "org", masthead
        _add_org(state, chunk.start, chunk.end, masthead)
        return
    if (
        3 <= len(tokens) <= 4
        and tokens[0][2] == "The"
        and tokens[-1][2] in _MASTHEADS
        and chunk.start not in state.sentence_starts
        and body[tokens[1][0] : tokens[-2][1]] in PLACE_CANDIDATES
    ):
        # "told The Nassau Guardian": a paper named after its town, whole (no town, and no other paper of
        # the masthead's word alone), named as where "The" opens a sentence ("Nassau Guardian").
        start = tokens[1][0]
        masthead = {**_org_from_text(body[start : chunk.end], owner_country), "kind": "media"}
        chunk.label, chunk.data = "org", masthead
        _add_org(state, start, chunk.end, masthead)
        return
    if len(tokens) > 2 and tokens[0][2] == "The" and _is_landform_name(text):
        tokens = tokens[1:]  # "The Blue Mountains" opening a sentence
        chunk.tokens, chunk.start, text = tokens, tokens[0][0], body[tokens[0][0] : chunk.end]
    if (
        len(tokens) > 1
        and _is_landform(body, chunk)
        and _org_of(state, text) is None
        # "the Falkland Islands", "the Canary Islands": islands the gazetteer knows keep its country.
        and not (text in PLACES and PLACES[text].country_code)
    ):
        # "the Blue Mountains", "in Nelson Mandela Bay", "Mount Victoria": the country comes later,
        # from the article's other places (_find_local_places).
        chunk.label = "place"
        # ("the Fergana Valley", which the gazetteer lists with no country, is no more Fergana's country's)
        country = None if text in PLACES else _landform_country(text, body, chunk.end)
        state.places.append(PlaceMention(chunk.start, chunk.end, text, text, country, "region"))
        return
    if len(tokens) > 1 and tokens[0][2] in _CONJUNCTION_OPENERS:
        # "If Congress thought …": a conjunction opening the clause, even before a head noun.
        tokens = chunk.tokens = tokens[1:]
        chunk.start = tokens[0][0]
        text = body[chunk.start : chunk.end]
    if (
        len(tokens) >= 2
        and chunk.start in state.sentence_starts
        and _OPENING_ADJECTIVE.fullmatch(tokens[0][2])
        and _place_at(tokens, 1) == len(tokens) - 1
        and _place_at(tokens, 0) == 0
    ):
        # "Neighbouring Thuringia and Brandenburg also vote": an adjective capitalised only because it
        # opens the sentence, before a known place's name.
        tokens = chunk.tokens = tokens[1:]
        chunk.start = tokens[0][0]
        text = body[chunk.start : chunk.end]
    if len(tokens) > 1 and _regional_party_branch(tokens):
        # "Scottish Labour", "the Welsh Conservatives": a party's branch in one nation or region of a state.
        if tokens[0][2] == "The":
            tokens = chunk.tokens = tokens[1:]
            chunk.start = tokens[0][0]
        text = body[chunk.start : chunk.end]
        known = KNOWN_ORGS.get(text.partition(" ")[2]) or HOME_FORMS.get(text.partition(" ")[2])
        country = _DEMONYM_COUNTRIES.get(tokens[0][2]) or (known.country_code if known else None)
        chunk.label, chunk.data = "org", {**_org_from_text(text, country), "kind": "party"}
        _add_org(state, chunk.start, chunk.end, chunk.data)
        return
    # Drop sentence openers and determiners that only look like part of a name.
    while (
        len(tokens) > 1
        and tokens[0][2] in NOT_NAMES
        and tokens[0][2] not in TITLE_HEADS
        and tokens[0][2].rstrip(".") not in HONORIFICS  # "Dr Ciarán Moloney": evidence of a person
        and tokens[1][2] != "and"  # "Labour and Employment Minister": joined on purpose
        and not _given_name_before_double_surname(tokens, 0)
        # "Labour Minister Jane Roe": a portfolio word that also names a party, before its head.
        # "National Security Minister Jane Roe": two portfolio words before the head.
        and not (
            tokens[0][2] in TITLE_MODIFIERS
            and (
                tokens[1][2] in _PORTFOLIO_HEADS
                or (
                    len(tokens) > 2
                    and tokens[1][2] in TITLE_MODIFIERS
                    and tokens[2][2] in _PORTFOLIO_HEADS
                    and tokens[0][2] not in KNOWN_ORGS  # "Labour Health Secretary": the party, then the post
                )
            )
        )
        # "Additional Advocate General Jane Roe": the rank opens the post, at a sentence's start too.
        and not (
            tokens[0][2] == "Additional" and (tokens[1][2] in TITLE_HEADS or tokens[1][2] in TITLE_MODIFIERS)
        )
        # "Senate Majority Leader Jane Roe": the chamber opens the post.
        and not (tokens[0][2] in _LEGISLATURES and tokens[1][2] in _CAUCUS_SIDES)
        # "Senate President Jane Roe", "Assembly Speaker Jane Roe": a chamber's presiding officer.
        and not (tokens[0][2] in _PRESIDED_CHAMBERS and tokens[1][2] in _PRESIDING_POSTS)
        # "Conservative MP Jane Roe": a party's adjective before a member's post names the party.
        # (with a name after it: "a senior Green MP" alone names no one's party for the quote)
        and not (len(tokens) > 2 and tokens[0][2] in ORG_ADJECTIVES and tokens[1][2] in _MEMBER_ACRONYMS)
        # "Jan van der Berg": a word before a name particle is the given name, whatever else it means.
        and not (tokens[1][2] in _PARTICLE_WORDS and tokens[0][2] not in _FUNCTION_OPENERS)
        and _place_at(tokens, 0) == 0
        # "the Old Southwest neighborhood": the opener is part of the district's name.
        and not (tokens[0][2] in _DISTRICT_OPENERS and _LOCAL_AFTER.match(body, chunk.end))
        # "in South Salt Lake": the opener is part of a town's name the gazetteer holds.
        and not (tokens[0][2] in _DISTRICT_OPENERS and text in PLACE_CANDIDATES)
        and (
            _org_of(state, text) is None
            or (
                tokens[0][2] in _FUNCTION_OPENERS
                # "In Parliament, …": a preposition or conjunction never opens a name; an article may.
                and (
                    tokens[0][2] not in _ARTICLES
                    or _org_of(state, body[tokens[1][0] : chunk.end]) is not None
                )
            )
        )
        # "A Department of Health spokesperson": an article never opens an organisation's name.
        and (
            tokens[1][2] not in ORG_HEADS
            or tokens[0][2] in ("A", "An")
            or (tokens[0][2] in _FUNCTION_OPENERS and tokens[0][2] not in _ARTICLES)  # "In Parliament,"
        )
        and f"{tokens[0][2]} {tokens[1][2]}" not in KNOWN_ORGS
        and text not in ORG_ADJECTIVES
        # "Congress MLA Jane Roe" in a story from India: the party, before its member's title.
        and not (tokens[0][2] in HOME_FORMS and _org_of(state, tokens[0][2]) is not None)
        # "lives in North Central": a compass point opens the name of the neighbourhood someone lives in.
        and not (
            tokens[0][2] in _DISTRICT_OPENERS
            and _HOME_IN_BEFORE.search(body, max(0, chunk.start - 20), chunk.start) is not None
        )
        # "cuts to Go COMO, the city's bus system,": inside a sentence, the word opens the name.
        and not (
            body.startswith(",", chunk.end)
            and chunk.start not in state.sentence_starts
            and _ORG_APPOSITIVE.match(body, chunk.end)
        )
        # "Federal Emergency Management Agency Administrator Jane Roe": the word opens the name of the
        # body whose head noun comes right before the title.
        and not _opens_body_before_title(tokens)
    ):
        tokens = tokens[1:]
        chunk.tokens = tokens
        chunk.start = tokens[0][0]
        text = body[chunk.start : chunk.end]
    # "the National Health System [ESY]": a translated name with its own-language letters in square brackets.
    acronym = _ACRONYM_AFTER.match(body, chunk.end) if body.startswith((" (", " ["), chunk.end) else None
    org = _org_of(state, text)
    if (
        org is not None
        and len(tokens) == 1
        and text in PLACES
        and _word_before(body, chunk.start) in _LOCATIVES
    ):
        org = None  # "a branch in Santander": the city, though a bank bears its name
    if (
        org is not None
        and len(tokens) == 1
        and text not in KNOWN_ORGS
        and text in KNOWN_SHORT_FORMS
        and _EVENT_OF_THE_BEFORE.search(body, max(0, chunk.start - 30), chunk.start) is not None
    ):
        org = None  # "the Brawl of the Wild": a team's short form closing an event's or a prize's name
    if (
        org is None
        and 2 <= len(tokens) <= 3
        and all(t[2] in KNOWN_ORGS and _ACRONYM.fullmatch(t[2]) for t in tokens)
    ):
        # "AP NFL:": known acronyms side by side are each their organisation.
        for start, end, word in tokens:
            _add_org(state, start, end, _org_from_text(word, known=KNOWN_ORGS[word]))
        chunk.label = "split"
        return
    if (
        acronym
        and org is not None
        and org.get("kind") in ("party", "union")
        and _faction_tag(text, str(org["canonical"]), acronym.group(1), org.get("acronym"))
    ):
        # "the Shiv Sena (UBT)": letters in brackets that spell no form of a listed party name its faction.
        state.things.add(acronym.group(1))
        chunk.end = acronym.end()
        text = body[chunk.start : chunk.end]
        org = {**org, "name": text, "canonical": text, "acronym": None}
        acronym = None
    if acronym and len(tokens) > 1 and _title_split(tokens) != 0 and not _member_then_name(tokens):
        short = acronym.group(1)
        initials = "".join(t[2][0] for t in tokens if t[2][0].isupper())
        if (
            org is not None
            or short.replace(".", "").upper() in (initials, initials.upper())
            or short[0] == initials[0]
        ):
            org = dict(org) if org else _org_from_text(text, owner_country)
            org["acronym"] = short
            known = KNOWN_ORGS.get(short)
            if known and known.name.casefold() == str(org["canonical"]).casefold():
                org["kind"] = known.kind
            state.acronyms[short] = org
    comma_after = body.startswith(",", chunk.end)
    if (
        org is None
        and comma_after
        and len(tokens) <= 4
        and _ORG_APPOSITIVE.match(body, chunk.end)
        # "in China, the top importer,": a country described by its trade is still the country;
        # "In Athens, the government launched": a place a sentence opens in is the place.
        and not (
            text in PLACES
            and (PLACES[text].kind == "country" or _word_before(body, chunk.start).lower() in _LOCATIVES)
        )
        # "Jane Roe, a spaza shop owner, said": a business's owner is a person, not the business.
        and not (
            len(tokens) in (2, 3)
            and all(_is_name_token(t[2]) and t[2] not in ORG_HEADS for t in tokens)
            and not tokens[-1][2].endswith("s")  # "Varrow Estates, a property owner,": a plural
            and _OWNER_APPOSITIVE.match(body, chunk.end)
        )
        # ", the Irish police,": no person is "the" organisation, whatever the first word; nor is one
        # "a regional internet provider that ships …" (a person's appositive goes on with "who"), nor
        # anyone "a payments company".
        and (
            not _person_like(tokens)
            or body.startswith(", the ", chunk.end)
            or _ORG_APPOSITIVE.match(body, chunk.end).group().endswith((" that", " which"))  # type: ignore[union-attr]
            or _BODY_APPOSITIVE.match(body, chunk.end) is not None
        )
    ):
        org = _org_from_text(text, owner_country)
        # ", the Irish police,": a public body, not a company "the group" or "the firm" could mean.
        org["kind"] = "agency" if _PUBLIC_APPOSITIVE.match(body, chunk.end) else "company"
    group = (
        _GROUP_BEFORE.search(body, max(0, chunk.start - 60), chunk.start)
        if org is None
        and len(tokens) <= 5
        and body.endswith(_GROUP_NOUN_ENDS, 0, chunk.start)  # one test, before the word is cut out
        and _word_before(body, chunk.start) in _GROUP_NOUNS
        # "Central bank President Jane Roe": a title opens a person's name, not an organisation's.
        and tokens[0][2] not in TITLE_HEADS
        # "George St retailer Jane Roe-Smith": a given name and a double-barrelled surname are a person,
        # whom a noun such as "retailer" or "developer" describes as well as a firm.
        and not (
            len(tokens) == 2
            and _plain_given_name(tokens[0][2])
            and _DOUBLE_SURNAME.fullmatch(tokens[1][2]) is not None
        )
        else None
    )
    if group:
        # "the industry group Minerals Europe": a name right after an organisation noun.
        org = _org_from_text(text, owner_country)
        if org["kind"] == "organisation":
            org["kind"] = _GROUP_KINDS.get(group.group("noun"), "organisation")
    if (
        org is None
        and len(tokens) == 3
        and tokens[0][2] == "House"
        and tokens[1][2] == "of"
        and tokens[2][2] in ("Commons", "Lords", "Representatives", "Delegates")
    ):
        org = _org_from_text(text, owner_country)  # "the House of Commons", "the House of Lords"
        org["kind"] = "parliament"
    if org is None and tokens[-1][2] == "House" and _us_state_house(text):
        org = _org_from_text(text.removeprefix("The "), "US")  # "the Ohio House": a state's lower chamber
        org["kind"] = "parliament"
        if tokens[0][2] == "The":
            chunk.start, chunk.tokens, text = tokens[1][0], tokens[1:], text.removeprefix("The ")
    if org is None and tokens[-1][2] in _LEGISLATURES and len(tokens) <= 2:
        # "the Senate", "Parliament voted": the legislature, not a word that opens a sentence.
        name = tokens[-1][2]
        determined = len(tokens) == 2 and tokens[0][2] == "The"
        if len(tokens) == 1:
            determined = body[max(0, chunk.start - 4) : chunk.start] == "the "
        if (
            determined
            or (len(tokens) == 1 and name != "House" and chunk.start not in state.sentence_starts)
            # "Parliament adopted a law …": a sentence's subject, doing what a legislature does.
            or (len(tokens) == 1 and name != "House" and _LEGISLATURE_ACTS.match(body, chunk.end) is not None)
            # "Parliament's Public Accounts Committee": a legislature owning its organ.
            or (len(tokens) == 1 and name != "House" and body.startswith(("’s ", "'s "), chunk.end))
        ):
            chunk.start, chunk.tokens, text = tokens[-1][0], tokens[-1:], name
            org = {
                "name": name,
                "canonical": name,
                "acronym": None,
                "country_code": owner_country,
                "kind": "parliament",
            }
    if org is None and _second_side(state, chunk):
        org = _org_from_text(text, owner_country)  # "a match between Acme Rovers and Ashby Town"
    if (
        org is None
        and not _person_like(tokens)
        and not _middle_given_name(tokens)
        and tokens[0][2] not in FIRST_NAMES
        and tokens[0][2] not in NOT_NAMES
        # "Officials said it cost …": people by their post, in the plural, at a sentence's start.
        and not (len(tokens) == 1 and tokens[0][2].endswith("s") and tokens[0][2][:-1].lower() in ROLE_HEADS)
        and tokens[0][2].rstrip(".") not in HONORIFICS  # "Alhaji Rasaki Olaniyan said": a person
        and text not in PLACES
        and _title_split(tokens) < 0
        and (
            (comma_after and (_WHICH_SPEAKS.match(body, chunk.end) or _WHICH_ACTS.match(body, chunk.end)))
            or (
                len(tokens) >= 2
                and _place_at(tokens, len(tokens) - 1)
                # "Dos Santos said": a surname with its particle, though "Santos" is also a city.
                and tokens[0][2].lower() not in _PARTICLE_WORDS
                and tokens[0][2] not in CAPITAL_PARTICLES  # "Abu Lima said" too
                # "coach Jane Lima said": a lower-case post right before names its holder.
                and _word_before(body, chunk.start) not in ROLE_HEADS
                and _SPEAKS.match(body, chunk.end)
            )
            or (
                _word_after(body, chunk.end) in REPORTING_VERBS
                and _SAID_IT.match(body, chunk.end)
                # "councillor Jane Roe said it was the third notice": a role's holder says "it" too.
                and _word_before(body, chunk.start) not in ROLE_HEADS
            )
            or (state.based and _BASED_BEFORE.search(body, max(0, chunk.start - 30), chunk.start))
            or (comma_after and _WHICH_DOES.match(body, chunk.end))
            # "paramedic Jane Roe says in a statement": a lower-case post right before names its holder.
            or (_STATEMENT_AFTER.match(body, chunk.end) and _word_before(body, chunk.start) not in ROLE_HEADS)
            or _share_move(state, chunk, text)
            or (
                body.endswith(_ORG_CONTEXT_ENDS, 0, chunk.start)
                and _ORG_CONTEXT_BEFORE.search(body, max(0, chunk.start - 40), chunk.start)
            )
            or _listed_with_org(state, chunk.start, chunk.end)
            or (body.endswith("the ", 0, chunk.start) and _ORG_NOUN_AFTER.match(body, chunk.end))
            or chunk.data.get("agency") is True
            or (len(tokens) >= 2 and _STAFF_AFTER.match(body, chunk.end) is not None)
        )
    ):
        # "Minera Andina Sur, which operates the mine, said", "Water UK said", "Stratus said it would
        # appeal", "Paris-based Nuvola": a name that is no person ("which", "it") or is based somewhere.
        org = _org_from_text(text, owner_country)
        if (
            org["kind"] == "organisation"
            and state.based
            and _BASED_BEFORE.search(body, max(0, chunk.start - 30), chunk.start)
        ):
            org["kind"] = "company"
    if org is None and 2 <= len(tokens) <= 4 and _head_then_name(tokens):
        # "University College London", "BBC Radio Bramford", "SK Hynix": an organisation's head
        # noun or acronym, then one more name word that is no person's.
        org = _org_from_text(text, owner_country)
    if org is not None and text not in KNOWN_ORGS and _LAW_TAIL_AFTER.match(body, chunk.end):
        return  # "the Minerals and Mining (Amendment) Bill": the opening of a law's name
    if (
        org is not None
        and len(tokens) == 1
        and _kind_initials(body, text, chunk.end)
        and text not in KNOWN_ORGS
    ):
        return  # "moved cash through BDCs", "three BDC firms": a kind of business by its initials
    if org is not None:
        if (
            org.get("kind") == "media"
            and len(tokens) == 1
            and body.endswith(_EDITION_DAYS, 0, chunk.start)
            and _EDITION_BEFORE.search(body, max(0, chunk.start - 14), chunk.start)
        ):
            # "told the Sunday Guardian": a paper's weekend title is a paper of its own.
            chunk.start = body.rfind(" ", 0, chunk.start - 1) + 1
            name = body[chunk.start : chunk.end]
            org = {"name": name, "canonical": name, "acronym": None, "country_code": None, "kind": "media"}
        if owner_country and not org.get("country_code"):
            org = {**org, "country_code": owner_country}
        chunk.label, chunk.data = "org", org
        _add_org(state, chunk.start, chunk.end, org)
        return
    if len(tokens) == 1:
        _classify_word(state, chunk)
        return
    if len(tokens) >= 3 and tokens[0][2] in _WATER_HEADS and tokens[1][2] == "of":
        # "the Gulf of Tonkin", "the Bay of Bengal": a body of water, in no one country ("the Bay of
        # Plenty", a region the gazetteer holds in one country, is that country's).
        chunk.label = "place"
        whole = PLACE_CANDIDATES.get(text, {})
        country = next(iter(whole)) if len(whole) == 1 else None
        state.places.append(PlaceMention(chunk.start, chunk.end, text, text, country, "region"))
        return
    place_size = _place_at(tokens, 0)
    if place_size and chunk.data.get("paired") and given_name_after_family([t[2] for t in tokens]):
        place_size = 0  # "Yap Shi Hao" of a doubles pair: a Chinese family name, not the island
    if place_size == len(tokens):
        chunk.label = "place"
        _add_place(state, chunk.start, chunk.end)
        return
    if (
        place_size
        and place_size == len(tokens) - 1
        and tokens[-1][2] in _PAPER_NAME_WORDS
        and body.endswith(("the ", "The "), 0, chunk.start)
    ):
        # "told The Nassau Guardian", "the Lethbridge Herald": a town's paper, not the town and another paper.
        if body.startswith("The ", chunk.start - 4) and chunk.start - 4 not in state.sentence_starts:
            chunk.start -= 4
            text = body[chunk.start : chunk.end]
        chunk.label, chunk.data = "org", {**_org_from_text(text, owner_country), "kind": "media"}
        _add_org(state, chunk.start, chunk.end, chunk.data)
        return
    if (place_size and _is_team_name(body, chunk.start, tokens, place_size)) or (
        not place_size
        and body.endswith(("the ", "The "), 0, chunk.start)
        and _is_team_name(body, chunk.start, tokens, _town_size(tokens))
    ):
        # "the Green Bay Packers", "the Kansas City Chiefs": a city and a plural nickname name a team.
        chunk.label, chunk.data = "org", {**_org_from_text(text, owner_country), "kind": "association"}
        _add_org(state, chunk.start, chunk.end, chunk.data)
        return
    title_at = _title_split(tokens)
    given_after_role = title_at == 0 and _given_name_after_role(body, chunk.start, tokens)
    if given_after_role:
        title_at = -1
    name_start = 0
    if title_at >= 0:
        # Title words lead the chunk: the name (if any) is what follows the last title word.
        name_start = title_at
        complement = False  # past "Secretary for …": the title's subject runs on until a name starts
        while (
            name_start < len(tokens)
            and (
                # "Minister of Health Hon. Jane Roe": a courtesy form ends the post; its name follows.
                name_start == title_at
                or not _is_style(tokens[name_start - 1][2])
                or not _is_name_token(tokens[name_start][2])
            )
            and (
                tokens[name_start][2].rstrip(".") in TITLE_HEADS
                or tokens[name_start][2].rstrip(".") in TITLE_MODIFIERS
                or tokens[name_start][2] in ("of", "for", "the", "and")
                or not _is_name_token(tokens[name_start][2])
                or (
                    complement
                    and not _starts_name(tokens, name_start)
                    and not _complement_ends(state, chunk, name_start)
                )
                or (name_start == 0 and tokens[0][2].lower() in _CAPITAL_ROLES)
                # "Labour and Employment Minister": a portfolio word right before its head.
                or (name_start + 1 < len(tokens) and tokens[name_start + 1][2] in _PORTFOLIO_HEADS)
                # "Agriculture and Food Security Minister": two portfolio words before the head.
                or (
                    name_start + 2 < len(tokens)
                    and tokens[name_start + 2][2] in _PORTFOLIO_HEADS
                    and _is_portfolio_word(tokens[name_start][2])
                    and _is_portfolio_word(tokens[name_start + 1][2])
                )
                or (tokens[name_start][2] in _OFFICE_WORDS and name_start == title_at)
                or (tokens[name_start][2] in _LOCAL_OFFICE_WORDS and name_start == title_at == 0)
                # "Chief District Officer Jane Roe": a word between the post's words is one of them.
                or (
                    name_start > title_at
                    and name_start + 1 < len(tokens)
                    and tokens[name_start + 1][2].rstrip(".") in TITLE_HEADS
                    and tokens[name_start][2] not in FIRST_NAMES
                    and tokens[name_start][2] not in PLACES
                )
            )
        ):
            complement = complement or tokens[name_start][2] in ("of", "for")
            name_start += 1
        if title_at > 0:
            _classify_prefix(state, tokens[:title_at])
        title_end = name_start - 1
        while title_end > title_at and (
            _is_style(tokens[title_end][2])
            # "Minister of Municipality H E Jane Roe": a style of two words.
            or (tokens[title_end - 1][2], tokens[title_end][2]) in _TWO_WORD_STYLES
        ):
            if not _is_style(tokens[title_end][2]):
                title_end -= 1
            title_end -= 1  # "Health Minister Dr Jane Roe": the honorific is no part of the title
        chunk.data["title"] = (
            body[tokens[title_at][0] : tokens[title_end][1]] if name_start > title_at else ""
        )
    else:
        if len(tokens) > 2 and tokens[0][2] in _BYSTANDER_WORDS and chunk.start in state.sentence_starts:
            name_start = 1  # "Neighbor Jane Roe said": her tie to the story, capitalised at a sentence start
        elif (
            len(tokens) > 2
            and tokens[0][2] in TITLE_MODIFIERS
            and tokens[0][2][1:].islower()
            and tokens[1][2] not in TITLE_MODIFIERS
            and tokens[1][2] not in TITLE_HEADS
            # "for Digital Affairs Jane Roe": a plural second word goes on with the portfolio.
            and (tokens[1][2] in FIRST_NAMES or not tokens[1][2].endswith("s"))
            and _name_word_at(tokens, 0)
            and (
                (body.endswith(" for ", 0, chunk.start) and _word_before(body, chunk.start - 4)[:1].isupper())
                or _second_portfolio_before(body, chunk.start)
            )
        ):
            # "Member for Infrastructure Jane Roe", "MMC for Finance Jane Roe": the post's portfolio, then
            # the holder's name.
            name_start = 1
            chunk.data["has_title"] = True
        elif _portfolio_then_unlisted_name(state, chunk):
            name_start = 1  # "Director of Services for Roads Pádraig Roe told": a field in the plural
            chunk.data["has_title"] = True
        while name_start < len(tokens) and not given_after_role and not _name_word_at(tokens, name_start):
            name_start += 1
        if name_start > 0:
            _classify_prefix(state, tokens[:name_start])
    name_tokens = tokens[name_start:]
    if (
        place_size
        and name_start == 0
        and not (tokens[0][2] in FIRST_NAMES and len(tokens) == 2)
        # "Devon O. Samuda": a middle initial after the place's word makes it a given name.
        and not (place_size == 1 and len(tokens) == 3 and _INITIAL.fullmatch(tokens[1][2]))
        # "Van der Berg said": a capitalised particle that is also a place opens a surname.
        and not (place_size == 1 and tokens[0][2] in CAPITAL_PARTICLES and tokens[1][2] in _PARTICLE_WORDS)
        and not _named_like_place(state, tokens, place_size)
        and not _given_name_opens(tokens, place_size)
        and not _opens_org_name(state, tokens)
        and tokens[-1][2] not in _ROAD_HEADS  # "Lancashire Road": a road named after the place
    ):
        info = PLACES.get(body[tokens[0][0] : tokens[place_size - 1][1]])
        if (
            place_size < len(tokens)
            and tokens[place_size][2] in _REGION_AFTER_CITY
            and info is not None
            and info.kind == "city"
        ):
            # "Russia's Bryansk Oblast": the region named after its city, in the city's country.
            end = tokens[place_size][1]
            region = body[tokens[0][0] : end]
            state.places.append(PlaceMention(tokens[0][0], end, region, region, info.country_code, "region"))
            place_size += 1
        else:
            _add_place(state, tokens[0][0], tokens[place_size - 1][1])
        name_tokens = tokens[place_size:]
        styles = 0
        while styles < len(name_tokens) - 1 and name_tokens[styles][2].rstrip(".") in HONORIFICS:
            styles += 1
        if styles and all(_is_name_token(t[2]) for t in name_tokens[styles:]):
            # "Representative to Mongolia Dr. Jane Roe": the place ends the post; a courtesy form
            # opens the name.
            name_start = place_size + styles
            name_tokens = tokens[name_start:]
        if not name_tokens or not all(_is_name_token(t[2]) for t in name_tokens):
            _classify_leftovers(state, name_tokens)
            return
    if not name_tokens:
        chunk.label = "title" if title_at >= 0 else "unknown"
        return
    # The name may start at a first name after other capitalised words ("Sport Anneli Virtanen").
    leading = FIRST_NAMES.get(name_tokens[0][2]) if name_tokens else None
    skipped: list[tuple[int, int, str]] = []
    if (
        len(name_tokens) > 2
        and (leading is None or leading.is_word)
        and not given_after_role
        and not _is_initials(name_tokens[0][2])
        and not _three_part_name(state, name_tokens, leading)
    ):
        for k in range(1, len(name_tokens) - 1):
            entry = FIRST_NAMES.get(name_tokens[k][2])
            if (
                (entry and not entry.is_word)
                or _INITIAL.fullmatch(name_tokens[k][2])
                # "Economic Planning Dr Grace Akinyi Roe": after a courtesy form even a given name
                # that is also a word ("Grace") opens the name.
                or (entry and name_tokens[k - 1][2].rstrip(".") in HONORIFICS)
            ):
                if (
                    k >= 2
                    and name_tokens[k - 2][2] in TITLE_HEADS
                    and _unlisted_name_word(name_tokens[k - 1][2])
                ):
                    k -= 1  # "Affairs Secretary Anil Kumar Bhardwaj": a first name no list holds, after the title
                elif (
                    entry is None
                    and _unlisted_name_word(name_tokens[k - 1][2])
                    and name_tokens[k - 1][2].lower() not in _CAPITAL_ROLES
                ):
                    k -= 1  # "Roshan D. Peiris": a middle initial follows the given name no list holds
                if k == 0 or any(t[2].islower() for t in name_tokens[:k]):
                    # "Maria da Luz Ferreira", "Awang bin Haji Md Yassin": a particle binds the words
                    # around it into one name
                    break
                if k == 1 and (
                    (name_tokens[1][2] in _VIETNAMESE_MIDDLE_NAMES and _unlisted_name_word(name_tokens[0][2]))
                    or (name_tokens[0][2] in _VIETNAMESE_FAMILY_NAMES and len(name_tokens) <= 4)
                ):
                    break  # "Vo Thi Thu Trang": the family name before the middle name "Thi" or "Van"
                if (
                    name_tokens[k][2] in CAPITAL_PARTICLES
                    # "Cheikh Tourad Ould Ahmed Salem": "son of" binds the given name to the words before.
                    or name_tokens[k - 1][2] in CAPITAL_PARTICLES
                    or _leads_the_name(state, chunk, name_tokens[:k], title_at >= 0 and name_start > title_at)
                ):
                    break  # "Séamus Mac Cárthaigh", "Maria Elena Roe", "Deputy Prosecutor Nur Aini Mohamed Ali"
                if k == 1 and name_tokens[0][2] in _HOLY_NAME_OPENERS and name_tokens[0] is tokens[0]:
                    # "San Nicolás de los Agustinos", "Santa María del Oro": a town named after a saint.
                    chunk.label = "unknown"
                    return
                skipped, name_tokens = name_tokens[:k], name_tokens[k:]
                break
    # The name is the run of name-like words that ends the chunk ("Irish MEP Siobhán O'Sullivan").
    bad = max(
        (
            k
            for k in range(len(name_tokens))
            if not _name_word_at(name_tokens, k) and not (given_after_role and name_tokens[k] is tokens[0])
        ),
        default=-1,
    )
    leftovers = skipped + name_tokens[: bad + 1]  # "Transportation Secretary" before "Luis Ocampo"
    name_tokens = name_tokens[bad + 1 :]
    if leftovers:
        split = _title_split(leftovers)
        if split >= 0 and name_tokens:
            chunk.data["title"] = body[leftovers[split][0] : leftovers[-1][1]]
            chunk.data["has_title"] = True
            _classify_prefix(state, leftovers[:split])
        else:
            _classify_leftovers(state, leftovers)
    if not name_tokens:
        return
    if (
        len(name_tokens) >= 2
        and name_tokens[0] is tokens[0]
        and name_tokens[-1][2].endswith(("s", "men"))
        and _named_with_the(state, body[name_tokens[0][0] : name_tokens[-1][1]])
    ):
        # "d Hela Wigmen 18" in a results line after "outlasting the Hela Wigmen": a plural name the
        # article writes after "the" is a team's or a group's, never a person's.
        chunk.label = "unknown"
        return
    if (
        name_tokens[0] is tokens[0]
        and tokens[0][2] == "Te"
        and len(tokens) > 1
        and not _CAPITAL_WORD_BEFORE.search(body, 0, body.find(f" {text}") + 1)
    ):
        # "Te Whatu Ora", "Te Tiriti": a Māori name opening with the article names a body, a treaty or a
        # place; a person's "Te" follows the given name ("Pita Te Hau-Whaanga").
        chunk.label = "unknown"
        return
    if len(name_tokens) > 2 and name_tokens[-1][2] in _WATER_HEADS:
        chunk.label = "unknown"  # "Nelson Mandela Bay": a place named after a person, never a person
        return
    if name_tokens[-1][2] in _FACILITY_HEADS or _FACILITY_AFTER.match(body, name_tokens[-1][1]):
        # "King Abdullah Port", "Charles de Gaulle airport": a thing named after a person.
        chunk.label = "unknown"
        return
    if len(name_tokens) > 1 and _place_tail(body, name_tokens):
        chunk.label = "unknown"  # "Milton Cemetery", "Clara Bog", "George St", "Hamilton Parish"
        return
    if (
        len(tokens) == 2
        and name_tokens[0] is tokens[0]
        and tokens[0][2] in state.acronyms
        and tokens[1][2] in PLACES
    ):
        # "Knut Kilifi branch" after "the Kenya National Union of Teachers (Knut)": the body's short
        # form and a place, no given name and surname.
        chunk.label = "unknown"
        _add_org(state, tokens[0][0], tokens[0][1], state.acronyms[tokens[0][2]])
        _add_place(state, tokens[1][0], tokens[1][1])
        return
    styled = _without_style(tokens, name_tokens)
    if len(styled) < len(name_tokens):
        chunk.data["styled"] = True  # "Dato Seri Setia Awang Haji Jane binti Roe": a conferred style
    name_tokens = styled
    chunk.label = "person-candidate"
    chunk.data["name_tokens"] = name_tokens
    chunk.data["has_title"] = bool(chunk.data.get("has_title")) or (title_at >= 0 and name_start > title_at)
    chunk.data["honorific"] = next(
        (t[2].rstrip(".") for t in tokens[:name_start] if t[2].rstrip(".") in HONORIFICS), None
    )


# Malaysian and Bruneian two-word conferred styles before a name ("Tan Sri Jane Roe", "Datuk Seri Jane
# Roe"): no part of the name. The second word alone after a one-word style ("Datuk" is an honorific).
_TWO_WORD_STYLES = frozenset(
    [
        ("Tan", "Sri"),
        ("Puan", "Sri"),
        ("Toh", "Puan"),
        ("Datuk", "Seri"),
        ("Dato", "Seri"),
        ("Dato", "Sri"),
        ("Datin", "Paduka"),
        ("Datin", "Seri"),
        ("Datuk", "Patinggi"),
        ("Pehin", "Orang"),
        # "H E Jane Roe": His or Her Excellency, its initials spaced, as the Gulf press writes it.
        ("H", "E"),
    ]
)
_STYLE_SECOND_WORDS = frozenset(second for _, second in _TWO_WORD_STYLES)
# Akan day names, the given name every Akan person bears ("Kwame": born on a Saturday). "Nana" before
# one and a family name is a chief's or elder's style ("Nana Kwame Roe"), not part of the name;
# before any other word it may be the name itself ("Nana Akufo-Addo").
_AKAN_DAY_NAMES = frozenset(
    [
        "Kwadwo",
        "Kojo",
        "Kodjo",
        "Adwoa",
        "Adjoa",
        "Kwabena",
        "Kobina",
        "Ebo",
        "Abena",
        "Abenaa",
        "Kwaku",
        "Kweku",
        "Akua",
        "Ekua",
        "Yaw",
        "Yao",
        "Yaa",
        "Aba",
        "Kofi",
        "Fiifi",
        "Afua",
        "Efua",
        "Afia",
        "Kwame",
        "Kwamena",
        "Ama",
        "Amma",
        "Kwasi",
        "Kwesi",
        "Akwasi",
        "Akosua",
        "Esi",
    ]
)


# Bruneian and Malaysian styles and courtesy words that open a patronymic name ("Yang Berhormat Dato Seri
# Setia Awang Haji Jane bin Roe": "Awang"/"Dayang" are Mr/Ms, "Haji"/"Hajah" a pilgrim's style). Before
# "bin"/"binti" they are no part of the name; after it ("bin Haji Roe") they are the father's and stay.
_MALAY_STYLE_WORDS = frozenset(
    [
        "Yang",
        "Berhormat",
        "Mulia",
        "Dato",
        "Datin",
        "Datuk",
        "Seri",
        "Sri",
        "Setia",
        "Paduka",
        "Awang",
        "Dayang",
        "Haji",
        "Hajah",
        "Hj",
        "Hjh",
    ]
)
_PATRONYMIC_LINKS = frozenset(["bin", "binti", "bte", "bt"])


def _without_malay_styles(name_tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The patronymic name less the styles that open it, keeping at least one word before "bin"."""
    link = next((i for i, t in enumerate(name_tokens) if t[2] in _PATRONYMIC_LINKS), -1)
    start = 0
    while start < link - 1 and name_tokens[start][2].rstrip(".'’") in _MALAY_STYLE_WORDS:
        start += 1
    return name_tokens[start:]


def _without_style(
    tokens: list[tuple[int, int, str]], name_tokens: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The name less a conferred style that opens it, when at least two name words remain."""
    name_tokens = _without_malay_styles(name_tokens)
    if len(name_tokens) > 3 and (name_tokens[0][2], name_tokens[1][2]) in _TWO_WORD_STYLES:
        return name_tokens[2:]
    if (
        len(name_tokens) > 2
        and name_tokens[0][2] == "Nana"
        and (
            name_tokens[1][2] in _AKAN_DAY_NAMES
            # "Nana Grace Asare Roe": before a full name of three words that opens with a given name.
            or (len(name_tokens) > 3 and _plain_given_name(name_tokens[1][2]))
        )
    ):
        return name_tokens[1:]
    if len(name_tokens) > 2 and name_tokens[0][2] in _STYLE_SECOND_WORDS:
        at = len(tokens) - len(name_tokens)
        if at > 0 and (tokens[at - 1][2].rstrip("'’"), name_tokens[0][2]) in _TWO_WORD_STYLES:
            return name_tokens[1:]
    return name_tokens


# Members of the public named by their tie to the story, written before the name at a sentence start
# ("Neighbor Jane Roe said", "Witness Jane Roe told reporters"): no part of the name, and no post.
# Courtesy forms only their full stop tells from a name word ("Eng. Jane Roe": an engineer, as the Gulf
# and Southern African press write it; "Eng" alone is a Chinese name's word, as in "Tan Eng Hock").
_DOTTED_STYLES = frozenset(["Eng."])


def _is_style(word: str) -> bool:
    """Is the word a courtesy form before a name ("Dr", "Hon.", "Eng.")?"""
    return word.rstrip(".") in HONORIFICS or word in _DOTTED_STYLES


_BYSTANDER_WORDS = frozenset(
    [
        "Retiree",
        "Pensioner",
        "Neighbor",
        "Neighbour",
        "Resident",
        "Witness",
        "Eyewitness",
        "Bystander",
        "Onlooker",
        "Passerby",
        "Passenger",
        "Shopper",
        "Commuter",
        "Motorist",
        "Homeowner",
        "Tenant",
        "Villager",
        "Survivor",
        "Parishioner",
        "Customer",
        "Voter",
    ]
)


# Vietnamese middle names that mark a woman's ("Thi") or a man's ("Van") name: the word before them
# is the family name ("Vo Thi Thu Trang", "Le Van Tuan").
_VIETNAMESE_MIDDLE_NAMES = frozenset(["Thi", "Van"])
# The commonest Vietnamese family names, which open a name written family name first ("Dang Minh Quan")
# even when the given name after them is listed on its own.
_VIETNAMESE_FAMILY_NAMES = frozenset(
    [
        *("Nguyen", "Tran", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Ngo", "Duong"),
        *("Dinh", "Trinh", "Truong", "Doan", "Luong", "Trieu"),
    ]
)


def _complement_ends(state: _State, chunk: _Chunk, index: int) -> bool:
    """ "Vice Minister of Commerce Jane Roe said": past the title's subject, the last two words are a
    name no list holds when neither is a title's or a common word and a reporting verb follows."""
    tokens = chunk.tokens
    if _unlisted_name_after_post(state, chunk, index):
        return True
    if tokens[index][2] in _MALAY_STYLE_WORDS and any(t[2] in _PATRONYMIC_LINKS for t in tokens[index + 2 :]):
        return True  # "Minister of Tourism Dayang Hajah Jane binti Roe": a style opens the holder's name
    return (
        index == len(tokens) - 2
        and tokens[index - 1][2] not in ("of", "for", "the", "and")
        and _unlisted_name_word(tokens[index][2])
        and _unlisted_name_word(tokens[index + 1][2])
        and tokens[index][2] not in ORG_HEADS
        and tokens[index + 1][2] not in ORG_HEADS
        and (
            _VERB_AFTER.match(state.body, chunk.end) is not None
            # "Minister of Digital Affairs Chiu Kuan-ming": a family name, then a two-syllable given name.
            or (
                len(tokens[index][2]) <= 5
                and GIVEN_NAME_SYLLABLES.fullmatch(tokens[index + 1][2]) is not None
            )
        )
    )


def _unlisted_name_after_post(state: _State, chunk: _Chunk, index: int) -> bool:
    """ "Minister of Housing Aminath Zuhoora Ali said", "Minister of Agriculture Tesfaye Gebremedhin Alemu
    told": past the title's subject, a given name no list holds opens the last two or three words when
    the words after it are name words (a listed surname or given name among them: "Ali") and a reporting
    verb or an age follows."""
    tokens = chunk.tokens
    rest = tokens[index:]
    if not 2 <= len(rest) <= 3 or tokens[index - 1][2] in ("of", "for", "the", "and"):
        return False
    if not _unlisted_name_word(rest[0][2]) or rest[0][2] in ORG_HEADS:
        return False
    if len(rest) == 3 and _plain_given_name(rest[1][2]):
        return False  # "for Digital Affairs Jane Roe-Smith": the name opens at the listed given name
    if not all(
        _is_name_token(t[2])
        and all(part[1:].islower() for part in t[2].split("-"))
        and t[2] not in ORG_HEADS
        and t[2] not in TITLE_HEADS
        and t[2] not in TITLE_MODIFIERS
        and t[2] not in NOT_NAMES
        and t[2] not in PLACES
        for t in rest[1:]
    ):
        return False
    body = state.body
    return _VERB_AFTER.match(body, chunk.end) is not None or _AGE_AFTER.match(body, chunk.end) is not None


def _portfolio_then_unlisted_name(state: _State, chunk: _Chunk) -> bool:
    """ "Director of Services for Roads Pádraig Roe told": after a capitalised post and "for", one common
    word names the post's field, then a given name (listed or no word of any list) opens a name of two
    or three words that a reporting verb follows."""
    tokens = chunk.tokens
    body = state.body
    if not 3 <= len(tokens) <= 4 or not body.endswith(" for ", 0, chunk.start):
        return False
    field = tokens[0][2]
    common = field in NOT_NAMES or (field.endswith("s") and field[:-1] in NOT_NAMES)  # "Roads"
    if not common or field in FIRST_NAMES or field in PLACES or not field[1:].islower():
        return False
    if not _word_before(body, chunk.start - 4)[:1].isupper():
        return False
    return (
        # "for Digital Affairs Jane Roe": a plural word no list holds goes on with the field.
        (_plain_given_name(tokens[1][2]) or (_unlisted_name_word(tokens[1][2]) and tokens[1][2][-1] != "s"))
        and all(_is_name_token(t[2]) and t[2] not in NOT_NAMES for t in tokens[2:])
        and _VERB_AFTER.match(body, chunk.end) is not None
    )


def _after_in_elsewhere(body: str, word: str) -> bool:
    """Does the article write ``word`` alone after "in", as a place ("In Shorkot, residents …")?"""
    return any(f"{opener} {word}{stop}" in body for opener in ("in", "In") for stop in (",", ".", ";"))


def _leads_the_name(state: _State, chunk: _Chunk, leading: list[tuple[int, int, str]], titled: bool) -> bool:
    """Are the words before a listed given name the start of the same name? Given names themselves
    ("Maria Elena Roe"), or words no lexicon knows where only a name can stand: after a title, an
    honorific, or before an age ("Deputy Prosecutor Nur Aini Mohamed Ali", "her brother, Tan Wei Ming, 42,")."""
    if all(t[2] in FIRST_NAMES and t[2] not in NOT_NAMES for t in leading):
        return True
    if chunk.data.get("paired") and given_name_after_family([t[2] for t in chunk.tokens]) is not None:
        return True  # "Ong Jun Kit" of "Ong Jun Kit-Yap Shi Hao": a Chinese name, family name first
    if len(leading) >= 2 and all(len(t[2]) == 1 and t[2].isupper() for t in leading):
        return True  # "K S Lakshmi Narasimhaiah": South Indian initials written without dots
    if not all(_unlisted_name_word(t[2]) and t[2].lower() not in _CAPITAL_ROLES for t in leading):
        return False
    if len(leading) == 1 and _after_in_elsewhere(state.body, leading[0][2]):
        return False  # "Assistant Commissioner Shorkot Jane Roe" after "In Shorkot,": the post's town
    honorific = any(t[2].rstrip(".") in HONORIFICS for t in chunk.tokens[:1])
    age = _AGE_AFTER.match(state.body, chunk.end) or _BRACKETED_AGE_AFTER.match(state.body, chunk.end)
    # "deputy public prosecutor Nur Aini Mohamed Ali": a lower-case post right before the words.
    posted = leading[0][0] == chunk.start and _role_evidence(state.body, chunk.start)
    if titled or honorific or age is not None or posted:
        return True
    # "His widow, Jane Doe Roe, said", "Ruritania's Minister of Trade, Jane Doe Roe, said": a kin noun or a
    # post set off by commas on both sides, where only a name can stand.
    return (
        leading[0][0] == chunk.start
        and state.body.startswith(",", chunk.end)
        and _post_comma_before(state.body, chunk.start) is not None
    )


def _adopt_owned_person(chunk: _Chunk, owner: _Chunk, rest: _Chunk) -> None:
    """ "Norway’s Foreign Minister Jane Roe", "the BBC’s Jane Roe": the name after a possessive owner
    is the chunk's person; an organisation that owns her is her affiliation."""
    chunk.label, chunk.data = rest.label, rest.data
    chunk.start, chunk.tokens = rest.start, rest.tokens
    if owner.label == "org":
        chunk.data["owner_org"] = " ".join(t[2] for t in owner.tokens)


# What is named after a person without being one: "King Abdullah Port", "Charles de Gaulle airport".
# ("Park", "Arena" and "Dam" are also surnames: not here.)
_FACILITY_HEADS = frozenset(
    [
        *("Port", "Airport", "Stadium", "Bridge", "Station", "Avenue", "Boulevard", "Square", "Highway"),
        *("Expressway", "Canal", "Tunnel", "Terminal", "Airbase", "Mosque", "Cathedral"),
        # Treaties and doctrines named after a place or person: "the Paris Agreement", "Monroe Doctrine".
        *("Agreement", "Accord", "Accords", "Treaty", "Protocol", "Convention", "Doctrine", "Pact"),
    ]
)
_FACILITY_AFTER = re.compile(
    r" (?:international )?(?:airport|stadium|arena|bridge|station|avenue|boulevard|square|expressway|highway|"
    r"dam|tunnel|terminal|airbase|memorial|mausoleum|mosque|cathedral)\b"
)


# Last words of a place's name that no surname takes: a burial ground, a bog, a street written short.
_PLACE_TAILS = frozenset(["Cemetery", "Graveyard", "Churchyard", "Crematorium", "Bog", "St"])
# Last words of a parish's or a town's name that are also surnames ("Hamilton Parish", "Frazer Town").
_SURNAME_PLACE_TAILS = frozenset(["Parish", "Town"])


def _place_tail(body: str, name_tokens: list[tuple[int, int, str]]) -> bool:
    """Does the name end in a word that makes it a place's? A parish's or town's last word only when
    it never stands alone for a person elsewhere and no reporting verb follows."""
    last = name_tokens[-1][2]
    if last in _PLACE_TAILS:
        return True
    if last not in _SURNAME_PLACE_TAILS or _VERB_AFTER.match(body, name_tokens[-1][1]):
        return False
    alone = re.search(rf"(?<![\w’'-] )(?<!\w)\b{last}\b(?! ?[A-Z])", body)
    return alone is None


# Words for a region named after its main city ("Bryansk Oblast", "Krasnodar Krai"): no body's.
_REGION_AFTER_CITY = frozenset(["Oblast", "Krai"])
# Newspapers' names after "The": "The Herald", "The Times".
_MASTHEADS = frozenset(
    [
        "Times",
        "Post",
        "Herald",
        "Gazette",
        "Tribune",
        "Chronicle",
        "Telegraph",
        "Journal",
        "Guardian",
        "Observer",
        "Independent",
        "Scotsman",
        "Economist",
        "Examiner",
        "Courier",
    ]
)
_APPOSITION_AFTER = re.compile(r",(?: \d{1,3},)? (?:a|an|the|who)\b")


def _three_part_name(state: _State, tokens: list[tuple[int, int, str]], leading: FirstName | None) -> bool:
    """ "Peter Otieno Mwangi", "Rezaul Karim Chowdhury": a given name, then more given names or a
    middle name, then the surname: the leading word belongs to the name when it is a first name
    mid-sentence, or an unknown word right before a comma-set role or a reporting verb."""
    if len(tokens) != 3:
        return False
    start, end = tokens[0][0], tokens[-1][1]
    if leading is not None:
        return start not in state.sentence_starts
    return bool(
        _APPOSITION_AFTER.match(state.body, end)
        or _VERB_AFTER.match(state.body, end)
        or _role_comma_before(state.body, start)
    )


def _role_comma_before(body: str, start: int) -> bool:
    """ "his Vietnamese counterpart, Nguyen Thi Lan,": a role noun and a comma right before a name."""
    before = body[max(0, start - 30) : start - 1].rsplit(" ", 1)[-1]
    return before.endswith(",") and before[:-1] in ROLE_HEADS


# Kin a person is named through in apposition: "the jailed man's mother, Jane Roe, said".
_KIN_NOUNS = frozenset(
    [
        *("mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "cousin"),
        *("uncle", "aunt", "nephew", "niece", "widow", "widower", "grandmother", "grandfather"),
        *("grandson", "granddaughter", "stepfather", "stepmother", "fiancée", "fiancé"),
    ]
)
# Capitalised words that open a post before its head ("Acting Chief Executive Officer").
_POST_MODIFIERS = frozenset(
    [
        "Deputy",
        "Vice",
        "Senior",
        "Principal",
        "Special",
        "Acting",
        "Assistant",
        "Associate",
        "Interim",
        "Executive",
    ]
)
_POST_JOINERS = frozenset(["of", "for", "and", "on", "the", "to", "&"])


def _post_comma_before(body: str, start: int) -> str | None:
    """ "one of its two directors, Jane Roe,", "the jailed man's mother, Jane Roe,", "Ruritania's Minister
    of Trade, Industry and Labour, Jane Roe,": a plural post, a kin noun or a capitalised post set off by
    a comma right before the name. The post, as her title ("director", "Minister of Trade, Industry and
    Labour"; "" for kin), or None."""
    if not body.endswith(", ", 0, start):
        return None
    words = body[max(0, start - 120) : start - 2].split(" ")
    last = words[-1]
    if last in _KIN_NOUNS:
        return ""
    if last.endswith("s") and last[:-1] in ROLE_HEADS:
        return last[:-1]
    head = -1
    for index in range(len(words) - 1, 0, -1):
        word = words[index]
        if word in TITLE_HEADS:
            head = index  # the first post's head ("Special Adviser to the President on …")
        elif (not word[:1].isupper() and word.rstrip(",") not in _POST_JOINERS) or _POSSESSIVE.search(
            word
        ) is not None:
            break
    if head < 0:
        return None
    # The post runs back over the capitalised words before its head ("Chief Executive Officer").
    capital = head
    while (
        capital > 1
        and words[capital - 1][:1].isupper()
        and not words[capital - 1].endswith((",", "’s", "'s", "s’", "s'"))
        and words[capital - 1] not in _ARTICLES
    ):
        capital -= 1
    if _POSSESSIVE.search(words[capital - 1]) is not None:
        head = capital  # "Acme's Corporate Communications Manager": all the words after the owner
    while head > 1 and (words[head - 1] in TITLE_HEADS or words[head - 1] in _POST_MODIFIERS):
        head -= 1
    if words[head - 1] in _POST_JOINERS and (words[head - 1] != "the" or words[head - 2] in _POST_JOINERS):
        return ""  # "Adviser to the President on …": the head ends a longer post that has no head listed
    if any(word.rstrip(",") in _CALENDAR_WORDS for word in words[head + 1 :]):
        return None  # "the President on Monday, Jane Roe said": when, not a post's field
    return " ".join(words[head:])


# Plural nouns that name an event after its place, not a team: "the Malaysia Masters", "the Paris
# Games", "the Doha Championships".
_EVENT_PLURALS = frozenset(["Masters", "Games", "Championships", "Finals", "Awards"])


def _team_nickname(word: str) -> bool:
    """ "Packers", "Chiefs": a capitalised plural, as a team's nickname is."""
    return (
        len(word) > 4
        and word not in _EVENT_PLURALS
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ys"))
        and word[1:].islower()
        and word not in ORG_HEADS
        and word not in TITLE_HEADS
        and word not in PLACES
    )


def _town_size(tokens: list[tuple[int, int, str]]) -> int:
    """Number of leading tokens that spell a town or a place that is also a word ("Buffalo", "Green Bay")."""
    for size in (2, 1):
        if len(tokens) > size:
            words = " ".join(t[2] for t in tokens[:size])
            if words in TOWNS or words in AMBIGUOUS_PLACES:
                return size
    return 0


def _is_team_name(body: str, start: int, tokens: list[tuple[int, int, str]], place_size: int) -> bool:
    """ "the Green Bay Packers", "the Kansas City Chiefs": a place, then one or two words ending in a
    plural nickname, written with "the" here or elsewhere ("The Packers (6-4)"). A person named like
    a city ("Austin Rivers") is never "the Rivers"."""
    rest = tokens[place_size:]
    if not place_size or not 1 <= len(rest) <= 2 or not _team_nickname(rest[-1][2]):
        return False
    nickname = rest[-1][2]
    return body.endswith(("the ", "The "), 0, start) or f"the {nickname}" in body or f"The {nickname}" in body


def _classify_word(state: _State, chunk: _Chunk) -> None:
    """The rest of _classify for a one-word chunk that is no organisation: most chunks are one word."""
    word = chunk.tokens[0][2]
    if word in PLACES:
        chunk.label = "place"
        _add_place(state, chunk.start, chunk.end)
    elif word.rstrip(".") in TITLE_HEADS:
        chunk.label = "title"
        chunk.data["title"] = word
    elif _is_name_token(word):
        # A surname on its own ("Roe said"): never a new person, but resolve may tie it to one.
        chunk.label = "person-candidate"
        chunk.data.update(name_tokens=chunk.tokens, has_title=False, honorific=None)
    else:
        _classify_leftovers(state, chunk.tokens)


# A street's kind abbreviated after its name ("George St", "Queen Rd").
_STREET_ABBREVIATIONS = frozenset(["St", "St.", "Rd", "Rd.", "Ave", "Ave."])


def _classify_prefix(state: _State, tokens: list[tuple[int, int, str]]) -> None:
    """Words before a title: an organisation or place that the title belongs to."""
    if not tokens:
        return
    if len(tokens) > 2 and tokens[0][2] in _PARTY_STANDINGS and ORG_HEADS.get(tokens[-1][2]) == "party":
        tokens = tokens[1:]  # "Opposition Zenland Party MP Jane Roe": where the party sits is no part of it
    text = state.body[tokens[0][0] : tokens[-1][1]]
    if len(tokens) == 1 and text in _POSITION_SET and _is_sports(state):
        return  # "WR Jane Roe": a playing position, read with the name (_position_before)
    org = _org_of(state, text) or _adjective_org(text)  # "Conservative MP Jane Roe": the party
    if org:
        _add_org(state, tokens[0][0], tokens[-1][1], org)
        return
    if _opens_org_name(state, tokens):
        return  # "Andes Crest Chairman …": the short form of an organisation, read later
    if len(tokens) == 2 and _place_at(tokens, 1) == 1 and _unknown_word(state, tokens[0][2]):
        # "Tenakee Springs Mayor Jane Roe": a word no list holds before a town's name ends one longer
        # town's name, the mayor's own, not the gazetteer's "Springs".
        return
    _classify_leftovers(state, tokens)


def _unknown_word(state: _State, word: str) -> bool:
    """A capitalised word no list holds: no place, organisation, name, title or acronym."""
    return (
        word[:1].isupper()
        and word[1:].islower()
        and word.isalpha()
        and word not in PLACE_FIRST_WORDS
        and word not in KNOWN_ORGS
        and word not in NOT_NAMES
        and word not in ORG_HEADS
        and word not in FIRST_NAMES
        and word not in TITLE_HEADS
        and word not in _INERT_WORDS
        and word not in state.acronyms
    )


def _unlisted_acronym(state: _State, word: str) -> bool:
    return word not in KNOWN_ORGS and word not in state.acronyms and _is_acronym(word)


def _classify_leftovers(state: _State, tokens: list[tuple[int, int, str]]) -> None:
    """Known acronyms and places among words that are not a name."""
    if len(tokens) >= 2 and tokens[-1][2].endswith(("s'", "s’")):
        # "Mercedes-AMG Petronas' Jane Roe": a known name in the plural possessive, whole.
        text = state.body[tokens[0][0] : tokens[-1][1] - 1]
        if text in KNOWN_ORGS:
            _add_org(state, tokens[0][0], tokens[-1][1] - 1, _org_from_text(text, known=KNOWN_ORGS[text]))
            return
    index = 0
    while index < len(tokens):
        start, end, word = tokens[index]
        size = _place_at(tokens, index)
        if size and index + size < len(tokens) and tokens[index + size][2] in _ROAD_HEADS:
            size = 0  # "East Lancashire Road": a road named after the place
        if size:
            _add_place(state, start, tokens[index + size - 1][1])
            index += size
            continue
        if word.isupper() and word in _POSITION_SET and _is_sports(state):
            index += 1  # "Acme Sox LHP Jane Roe": the team, then the position's abbreviation, no acronym
            continue
        if (
            index + 1 < len(tokens)
            and tokens[index + 1][0] == end + 1
            and _unlisted_acronym(state, word)
            and _unlisted_acronym(state, tokens[index + 1][2])
        ):
            # "DG ENER": two sets of initials no list or definition gives, side by side, are one name.
            name = state.body[start : tokens[index + 1][1]]
            _add_org(state, start, tokens[index + 1][1], _org_from_text(name))
            index += 2
            continue
        org = _org_of(state, word)
        if org:
            _add_org(state, start, end, org)
        index += 1


_LOCATIVES_BEFORE_LES = frozenset(["at", "in", "near", "through", "into", "around", "past"])


# Words no personal name ends with: administrative divisions and documents.
# "the" right before the words, perhaps with one capitalised word between ("the Royal", "The Columbus
# Dispatch"); not a possessive between ("The SDLP's Jane Roe").
# "known across the islands as “", "nicknamed “": a quoted name after these is a nickname.
_NICKNAME_CUE_BEFORE = re.compile(
    r"\b(?:known|nicknamed|dubbed|affectionately called)\b[^.;“”\"]{0,50}?[“\"]$"
)
_THE_BEFORE_NAME = re.compile(r"(?<![\w’'-])[Tt]he (?:[A-Z][\w’'-]*(?<![’']s) )?$")
_NEVER_LAST_NAME_WORDS = frozenset(
    [
        "State",
        "Province",
        "Prefecture",
        "County",
        "District",
        "Region",
        "Oblast",
        "Governorate",
        "Schedule",
        "City",
        # "all five Kerry TDs", "Labour MPs": legislators in the plural, no one person.
        "TDs",
        "MPs",
        "MEPs",
        "MLAs",
        "MSPs",
        "MPPs",
        "MNAs",
        "MCAs",
    ]
)
# The kinds of a court's panel of judges ("a Division Bench", "the Full Bench", "a Constitution Bench").
_BENCH_KINDS = frozenset(["Division", "Full", "Constitution", "Larger", "Vacation", "Single", "Special"])
# A lower-case noun right after the words that makes them a place's or a product's name.
_UNIT_WORDS = "district|province|county|prefecture|municipality|township"
_NO_PERSON_AFTER = re.compile(rf" (?:{_UNIT_WORDS}|crude)\b")


def _demonym_of_place(text: str) -> bool:
    """ "Nova Scotians", "Sri Lankans", "New Zealanders": the people of a place of two words."""
    return text.removesuffix("ns") in PLACES or text.removesuffix("ers") in PLACES


_UNIT_AFTER_NAME = re.compile(rf" (?:{_UNIT_WORDS})\b")


def _named_as_unit(body: str, text: str) -> bool:
    """Does the article write ``text`` elsewhere as a district's, province's or county's name?"""
    return text in _unit_names(body)


@lru_cache(maxsize=4)
def _unit_names(body: str) -> frozenset[str]:
    """Every run of up to six words that stands right before a unit word ("Mae Sai district" gives
    "Mae Sai" and "Sai"): read once per body, since looking each candidate name up through the
    whole body made a long article quadratic."""
    names: set[str] = set()
    for unit in _UNIT_AFTER_NAME.finditer(body):
        words = body[max(0, unit.start() - 200) : unit.start()].rsplit("\n", 1)[-1].split(" ")[-6:]
        names.update(" ".join(words[i:]) for i in range(len(words)))
    return frozenset(names)


def _person_evidence(state: _State, chunk: _Chunk, name_tokens: list[tuple[int, int, str]]) -> int:
    """How strongly the words and context say these tokens are a person's name."""
    body = state.body
    words = [t[2] for t in name_tokens]
    # "G.Sarangerel": an initial joined to the name is a full name in one word.
    joined = len(words) == 1 and "." in words[0] and _JOINED_INITIAL_WORD.fullmatch(words[0]) is not None
    if len(words) == 1 and not chunk.data.get("honorific") and not joined:
        if (
            name_tokens[0][0] in state.sentence_starts
            and words[0] not in NOT_NAMES
            and words[0] not in PLACES
            and _AGED_PERSON_AFTER.match(body, name_tokens[0][1])
            and not any(person.name.split()[-1] == words[0] for person in state.people)
        ):
            # "Akinyi, a 29-year-old hairdresser who gave only one name, said": a person with one name.
            chunk.data["single_name"] = True
            return 2
        if _one_name_person(state, chunk, name_tokens[0]):
            chunk.data["single_name"] = True
            return 2
        if (
            name_tokens[0][0] in state.sentence_starts
            and body.startswith(", a", name_tokens[0][1])
            and (given_entry := FIRST_NAMES.get(words[0])) is not None
            and not given_entry.is_word
            and words[0] not in state.name_words
            and words[0] not in PLACES
            and (worker := _WORKER_AFTER.match(body, name_tokens[0][1])) is not None
            and worker.group("role") in ROLE_HEADS
            and not any(words[0] in person.name.split() for person in state.people)
        ):
            # "Ramesh, a delivery rider from Kerala, said": a worker the story names by his given
            # name only, opening the sentence with his trade in apposition.
            chunk.data["single_name"] = True
            return 2
        return 0  # one bare word is never a new person; resolve links surnames to full names
    if words[-1] in _NEVER_LAST_NAME_WORDS or _NO_PERSON_AFTER.match(body, name_tokens[-1][1]):
        # "Myanmar's Shan State", "the Physician Fee Schedule", "Mae Sai district", "West Texas
        # Intermediate crude": a region, a document, a grade of oil.
        return 0
    if len(words) == 2 and words[1] == "Bench" and words[0] in _BENCH_KINDS:
        return 0  # "A Division Bench of Justice …": a court's panel of judges, no person
    if len(words) == 2 and words[1].endswith(("ns", "ers")) and _demonym_of_place(" ".join(words)):
        return 0  # "built by Nova Scotians", "New Zealanders said": a place's people, no person
    if len(words) == 2 and words[0] in FIRST_NAMES and _named_as_unit(body, " ".join(words)):
        return 0  # "Mae Sai mayor …" where the article also writes "Mae Sai district": the district's name
    if (
        len(words) == 2
        and words[0] == "El"
        and words[1] not in FIRST_NAMES
        and not chunk.data.get("has_title")
        and not chunk.data.get("honorific")
    ):
        return 0  # "its El Teniente mine", "El Fasher": the Spanish or Arabic article opens a place's name
    if (
        body.startswith(("“", '"'), name_tokens[0][0] - 1)
        and _NICKNAME_CUE_BEFORE.search(body, max(0, name_tokens[0][0] - 70), name_tokens[0][0])
        and not chunk.data.get("has_title")
        and not chunk.data.get("honorific")
    ):
        state.nicknames.add(" ".join(words))
        return 0  # 'known across the islands as "Tía Lina"': a nickname of someone named before
    if state.nicknames and " ".join(words) in state.nicknames:
        return 0  # the nickname again
    if words[0] in ("Los", "Las") and not chunk.data.get("has_title") and not chunk.data.get("honorific"):
        return 0  # "the band she founded, Los Cantores de Lopinot,": the Spanish plural article opens a group's name
    if words[0] == "Les" and _word_before(body, name_tokens[0][0]) in _LOCATIVES_BEFORE_LES:
        return 0  # "brave at Les Combes", "in Les Halles": the French article opens a place's name
    if (
        not chunk.data.get("has_title")
        and not chunk.data.get("honorific")
        and not joined
        and _THE_BEFORE_NAME.search(body, max(0, name_tokens[0][0] - 30), name_tokens[0][0])
    ):
        # "amend the Texas Constitution", "told the Manila Bulletin", "the Royal Victoria Infirmary":
        # "the" before the words names a thing; a person's name takes no article.
        return 0
    score = 0
    first = FIRST_NAMES.get(words[0].split("-")[0]) or FIRST_NAMES.get(words[0])
    # "Maria Elena Roe": a given name that is also a word ("maria") is one before a second given name.
    second = FIRST_NAMES.get(words[1]) if len(words) >= 3 else None
    given_pair = first is not None and second is not None and not second.is_word
    if len(words) >= 2 and all(_is_initials(w) for w in words):
        return 0  # "Siregar, D. A., Lindqvist, M.": a cited author's initials, no name of their own
    if "i" in words and first is None:
        # "Hawl i Gartref" (Welsh "Right to a Home"): the Catalan "i" joins the two surnames of a
        # person only after a given name ("Jordi Puigvert i Casals").
        return 0
    if joined:
        score += 2
    if len(words) >= 2:
        if first is not None:
            score += 1 if first.is_word and not given_pair else 2
        elif all(_is_initials(w) for w in words[:-1]):
            score += 2  # initials and a surname: "J. R. R. Tolkien"
        elif (
            len(words) >= 4
            and len(words[0]) == len(words[1]) == 1
            and words[0].isupper()
            and words[1].isupper()
            and words[2] in FIRST_NAMES
        ):
            score += 2  # "K S Lakshmi Narasimhaiah": initials without dots, then a given name
        if any(_INITIAL.fullmatch(w) for w in words[1:-1]):
            score += 1  # a middle initial: "George W. Bush"
        if any(w.islower() for w in words):
            score += 1  # name particles: "Ursula von der Leyen"
        if first is None and _middle_given_name(name_tokens):
            score += 1  # "Nalini Prasad Tiwari": a given name no list holds, then a listed one
    if chunk.data.get("has_title") or chunk.data.get("honorific") or chunk.data.get("styled"):
        score += 2
    elif chunk.data.get("nickname"):
        score += 2  # "Alasdair “Big Eck” McAllister": a quoted nickname inside is a person's
    start, end = name_tokens[0][0], name_tokens[-1][1]
    if _VERB_AFTER.match(body, end) or (
        _word_before(body, start) in _WORDS_BEFORE_SPEAKER
        and _VERB_BEFORE.search(body, max(0, start - 20), start)
    ):
        score += 1
    if (
        body.startswith(",", end)
        and (
            _ROLE_AFTER.match(body, end)
            or _ROLE_AFTER_POSSESSIVE.match(body, end)
            or _AGE_AFTER.match(body, end)
            or _aged_person_appositive(body, end)  # ", a 58-year-old former resident"
        )
    ) or _BRACKETED_AGE_AFTER.match(body, end):
        score += 2
    if (
        _role_evidence(body, start)
        or (score < 2 and _role_comma_before(body, start))
        or (score < 2 and _ROLE_FOR_FIELD_BEFORE.search(body, max(0, start - 80), start) is not None)
    ):
        score += 2
    elif (
        score < 2
        and (body.startswith(",", end) or _VERB_AFTER.match(body, end))
        and _post_comma_before(body, start) is not None
    ):
        score += 2  # a name in apposition after a plural post, a kin noun or a capitalised post
    # "Jane Roe of Malawi, who chairs the group, said": a country or town of origin before the who-clause.
    of_place = _OF_PLACE_AFTER.match(body, end)
    if (
        score < 2
        and len(words) >= 2
        and first is None
        and (
            (
                body.startswith(",", end)
                and (_ROLE_APPOSITION.match(body, end) or _WHO_THEN_SAYS.match(body, end))
            )
            or (
                of_place is not None
                and of_place.group(1) in PLACES
                and _WHO_THEN_SAYS.match(body, of_place.end())
            )
        )
    ):
        # An unknown given name ("Morag Lamont", "Kalpona Akter") set off by an appositive that
        # only a person takes: ", a sleep scientist at …", ", who has run the bakery …, said".
        score += 2
    if (
        score < 2
        and len(words) >= 2
        and words[0] not in PLACES
        and words[-1] not in PLACES
        and _surname_stands_alone(state, words[-1], start)
    ):
        # "Naledi Khumalo, Executive Director …" then "Ms. Khumalo told journalists": a given name no
        # list holds, whose surname the article later gives an honorific or a reporting verb.
        score += 2
    if (
        score < 2
        and 2 <= len(words) <= 4
        and body.startswith(" (", end)
        and (code := _NATION_CODE_AFTER.match(body, end)) is not None
        and code.group(1) in _SPORT_NATION_CODES
        and not any(w in ORG_HEADS or w in PLACES for w in words)
        and _nation_codes_bracketed(state)
    ):
        score += 2  # "-10 Kittipat Sornsawat (THA) 66 66": a player with the country's code in a table
    if (
        score < 2
        and 2 <= len(words) <= 3
        and body.startswith(("’s ", "'s "), start - 3)
        and not any(w in ORG_HEADS or w in PLACES or w in KNOWN_ORGS or w in NOT_NAMES for w in words)
        and _country_before_possessive(body, start - 3)
        and (_is_sports(state) or _SET_SCORES.search(body) is not None)
    ):
        score += 2  # "dispatch Japan's Ren Nakamura 21-12": a player by the country they play for
    if score < 2 and len(words) >= 2 and _more_person_evidence(state, words, start, end, first):
        score += 2
    if (
        score < 2
        and 2 <= len(words) <= 4
        and not any(w in ORG_HEADS or w in PLACES or w in KNOWN_ORGS or w in NOT_NAMES for w in words)
        and _holder_after_post(body, start, end)
    ):
        # The holder of a post the sentence opens on, whatever words (a Samoan chief's title, an
        # unlisted given name) the name is made of.
        score += 2
    if (
        score < 2
        and first is None
        and (given := given_name_after_family(words)) is not None
        and not any(w in PLACES or w in ORG_HEADS or w in NOT_NAMES or w in KNOWN_ORGS for w in words)
        and _surname_stands_alone(state, given, name_tokens[1][0])
    ):
        # "Teoh Kah Wei" then "…,” said Kah Wei.": a family name first, then a two-word given name the
        # story goes on to call the person by (Chinese names in Malaysia and Singapore).
        score += 2
    if len(words) >= 3 and words[1] in _VIETNAMESE_MIDDLE_NAMES and _unlisted_name_word(words[0]):
        score += 2  # "Vo Thi Thu Trang": a family name, then a Vietnamese middle name
    if chunk.data.get("paired") and score < 2:
        score += 2  # "Ong Jun Kit-Yap Shi Hao": one of a pair of full names joined by a hyphen
    if len(words) == 2 and GIVEN_NAME_SYLLABLES.fullmatch(words[1]):
        score += 2  # "Jee Young-mee", "Park Soo-jin": a family name, then a two-syllable given name
    elif (
        score < 2
        and len(core := [w for w in words if w not in _PARTICLE_WORDS]) == 2
        and _double_barrelled_name(core)
        and _in_running_text(body, start)
    ):
        # "Oluwaseun Adeyemi-Gallant", "Ursulina de Freitas-Mejías": a given name no list holds, then a
        # double surname (after a particle, if any).
        score += 2
    if start in state.sentence_starts and first is not None and first.is_word and not given_pair:
        score -= 1  # "Will", "Mark" at a sentence start are usually just words
    if len(words) == 1 and not chunk.data.get("honorific") and not joined:
        score = 0  # one bare word is never a new person; resolve links surnames to full names
    return score


# "Adeyemi-Gallant", "McPhail-Wong": a surname of two capitalised parts joined by a hyphen.
# Accented lower-case letters count ("Freitas-Mejías").
_DOUBLE_SURNAME = re.compile(r"[A-Z][a-zß-öø-ÿ]*[A-Z]?[a-zß-öø-ÿ]+-[A-Z][a-zß-öø-ÿ]*[A-Z]?[a-zß-öø-ÿ]+")


def _double_barrelled_name(words: list[str]) -> bool:
    """Are two words a given name and a double-barrelled surname: a capitalised word that no list gives
    a place's, a body's or a post's, then two surnames joined by a hyphen that name no place or body?"""
    given, surname = words
    if not _DOUBLE_SURNAME.fullmatch(surname) or not given[1:].islower():
        return False
    parts = surname.split("-")
    return not (
        surname in PLACES
        or surname in KNOWN_ORGS
        or given in PLACES
        or given in NOT_NAMES
        or given in ORG_HEADS
        or given in TITLE_HEADS
        or given in TITLE_MODIFIERS
        or given in KNOWN_ORGS
        or parts[0] in ("Al", "El")  # "Jleeb Al-Shuyoukh": the Arabic article opens a place's name too
        or any(p in PLACES or p in ORG_HEADS or p in NOT_NAMES or p in KNOWN_ORGS for p in parts)
    )


# Words a writer's or photographer's credit puts before the name ("By: Jane Roe", "Photo: Acme / Jane Roe").
_CREDIT_WORDS_BEFORE = frozenset(["By", "By:", "by", "From", "/", "Photo:"])


def _in_running_text(body: str, start: int) -> bool:
    """Is the name inside a paragraph of the story's text (long, the name not after "By" or "From"),
    not on a credit line of its own ("Jane Roe, Senior Journalist")?"""
    if _word_before(body, start) in _CREDIT_WORDS_BEFORE:
        return False
    opening = body.rfind("\n", 0, start) + 1
    closing = body.find("\n", start)
    return (len(body) if closing < 0 else closing) - opening >= 80


# Nouns for people by where they live or what they do without a post ("Another resident, Jane Roe,"):
# evidence a name follows, though no title.
_PERSON_NOUNS_BEFORE = re.compile(
    r"(?<![\w’'-])(?:[Aa]nother|[Oo]ne|[Aa]n?|[Tt]he) (?:[a-z-]+ )?(?:resident|villager|neighbou?r|passenger|"
    r"commuter|shopper|homeowner|tenant|motorist|pensioner|survivor|witness|parent|mother|father|local), $"
)


def _holder_after_post(body: str, start: int, end: int) -> bool:
    """ "The chairman of the Acme No. 2 District Council, Jane Roe Doe, said": a sentence opening on a
    post and what it serves, then the words at start–end set off by commas and a verb: the post's
    holder, no second name of the body."""
    if not body.endswith(", ", 0, start) or not _SAYS_OR_DOES_AFTER_COMMA.match(body, end):
        return False
    post = _POST_OF_SENTENCE_OPENING.search(body, max(0, start - 120), start - 2)
    # "The head of the supplier, Acme Advisory, told": a body named by a common noun is then named.
    return (
        post is not None
        and post.group("head").lower() in ROLE_HEADS
        and any(c.isupper() for c in post.group("body"))
    )


# ", said", ", rejected": what a name set off by commas goes on to do.
_SAYS_OR_DOES_AFTER_COMMA = re.compile(rf", (?:{_VERB_ALT}|[a-z]{{3,}}ed)\b")
# "The Member of Parliament for Acme No. 2" ending right before the comma: a sentence opening on a
# post (its head looked up in ROLE_HEADS) and the body or seat it serves.
_POST_OF_SENTENCE_OPENING = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?”\"] ))(?:The|Its|Their) (?:[A-Za-z-]+ ){0,2}?(?P<head>[A-Za-z]+) (?:of|for) (?P<body>[^,;:!?\n]{2,90})$"
)


def _more_person_evidence(
    state: _State, words: list[str], start: int, end: int, first: FirstName | None
) -> bool:
    """Other signs that name words are a person's: a noun for a person set off by a comma before them
    ("Another resident, Jane Roe,"); initials before a listed given name ("M. Lakshmi Priya"); a listed
    given name then a capitalised post after a comma ("Sandy Roe, Director of Acme at Acme,")."""
    body = state.body
    if words[-1] in ORG_HEADS:
        return False  # "A resident, Acme Holdings,": a company
    # (The pattern ends on ", " and "$", which also holds before a closing "\n": looked for first.)
    if body.endswith((", ", ", \n"), 0, start) and _PERSON_NOUNS_BEFORE.search(
        body, max(0, start - 40), start
    ):
        return True
    if _is_initials(words[0]) and len(words) >= 3:
        given = FIRST_NAMES.get(words[1])
        if given is not None and not given.is_word and words[-1] not in ORG_HEADS:
            return True
    return (
        first is not None
        and len(words) == 2
        and body.startswith(", ", end)
        and _CAPITAL_ROLE_AFTER.match(body, end) is not None
    )


# "who gave his surname only as Roe", "identified only as Roe", "asked to be named only by her first
# name, Roe,": the story says it has one name for the person.
_ONE_NAME_BEFORE = re.compile(
    r"(?:(?:gave|giving|give|gives) (?:only )?(?:his|her|their) (?:first |last |given |family |sur)?name (?:only )?as"
    r"|(?:identified|named|known|referred to|(?:him|her|them)sel(?:f|ves)) only as"
    r"|(?:identified|named|known) only by (?:his|her|their) (?:first |last |given |family |sur)?name,"
    r"|(?:his|her|their) (?:first |given |family |sur)?name, which is|"
    r"gave (?:only )?(?:his|her|their) (?:first |last |given |family |sur)?name,) $"
)
_ONE_NAME_ROLE = re.compile(
    rf"(?<![\w’'-])(?:a|an) (?:\d{{1,3}}-year-old )?(?P<role>(?:[a-z-]+ )?(?:{_ROLE_HEAD_ALT})),? who (?:[a-z]+ ){{0,2}}$"
)
# ", who like many Indonesians goes by one name": the person has no other name to give.
_ONE_NAME_AFTER = re.compile(
    r",(?: [^.;:“”\"]{1,120}?,)? who (?:[^.;:,“”\"]{1,40} )?(?:goes|went) by (?:one|a single|only one) name\b"
)
# "Roe's eldest son, ", "her younger sister, ": a named person's relative, whose name follows.
_KIN_COMMA_BEFORE = re.compile(
    r"(?:[A-Za-z][’']s|\b(?:his|her|their)) (?:(?:eldest|oldest|youngest|elder|older|younger|only|twin) )?"
    r"(?:son|daughter|wife|husband|brother|sister|mother|father|grandson|granddaughter|nephew|niece), $"
)
# "said Roe, head of fixed income at Acme": a reporting verb right before the word, for a person
# whose appositive names a post.
_VERB_JUST_BEFORE = re.compile(rf"(?<![\w’'-])(?:{_VERB_ALT}) $")


# A country's three-letter code in brackets after a player's name, with a score or a line's end after it.
_NATION_CODE_AFTER = re.compile(r" \(([A-Z]{3})\)(?= [-+]?\d|,|$|\n)")


def _nation_codes_bracketed(state: _State) -> bool:
    """Does the article bracket at least two sports' nation codes (a results list)?"""
    if state.nation_codes is None:
        state.nation_codes = len(_SPORT_NATION_CODES.intersection(_BRACKETED_CODE.findall(state.body))) >= 2
    return state.nation_codes


def _one_name_person(state: _State, chunk: _Chunk, token: tuple[int, int, str]) -> bool:
    """A person the article names by one word: the story says so ("gave his surname only as Roe",
    ", who goes by one name"), or the word speaks with a post in apposition ("said Roe, head of fixed
    income at Acme,", "Roe, a fund manager, said") and is no word of any fuller name in the article."""
    body = state.body
    start, end, word = token
    told_cue = body.endswith(("as ", "name, ", "is "), 0, start)
    if not told_cue and not body.startswith(",", end):
        return False  # neither the story's phrase before it nor a comma after it: no test below can hold
    if word in NOT_NAMES or word in PLACES or word in KNOWN_ORGS or not _is_name_token(word):
        return False
    told = _ONE_NAME_BEFORE.search(body, max(0, start - 60), start) if told_cue else None
    if told:
        # "a 58-year-old trader who gave his surname only as Roe": the noun before is her post.
        role = _ONE_NAME_ROLE.search(body, max(0, told.start() - 80), told.start())
        if role:
            chunk.data["one_name_role"] = role.group("role")
        return True
    if not body.startswith(",", end) or word in state.name_words:
        return False
    if _KIN_COMMA_BEFORE.search(body, max(0, start - 40), start):
        return True  # "Roe's eldest son, Jamshed, spent four years abroad": a relative by his given name
    if word in FIRST_NAMES:
        return False
    if _ONE_NAME_AFTER.match(body, end):
        return True
    if body.endswith(("the ", "The "), 0, start):
        return False  # "in a statement to The Kerryman, a spokesperson said": a paper's name takes "the"
    if _word_before(body, start) in _LOCATIVES:
        return False  # "But in Lonorore, the chief says": a village the sentence is set in
    role = _ROLE_AFTER.match(body, end)
    if role is None or not role.group("role") or role.group("role").split()[0] in NOT_JOBS:
        return False
    return bool(
        _VERB_JUST_BEFORE.search(body, max(0, start - 20), start) or _VERB_AFTER.match(body, role.end())
    )


_HONORIFIC_JUST_BEFORE = re.compile(r"(?<![\w’'-])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.? $")


def _surname_stands_alone(state: _State, surname: str, name_start: int) -> bool:
    """Does the article write ``surname`` on its own after the full name, as only a person's is: after
    an honorific ("Ms Roe") or as the subject of a reporting verb ("Roe told the board")?

    The body is read once per surname for calls in the body's order (as the chunks come): each call
    goes on from where the last stopped. A surname whose start is also its end ("Abab") may occur
    overlapping itself, so a call for it reads the body itself."""
    start = name_start + len(surname) + 1
    if not surname or any(surname.endswith(surname[:k]) for k in range(1, len(surname))):
        return _surname_alone_at(state, surname, start) >= 0
    read = state.surnames_read.get(surname)
    if (
        read is None
        or read.sentence_starts is not state.sentence_starts
        or not read.low <= start <= read.high
    ):
        read = _SurnameRead(state.sentence_starts, start, start)
        state.surnames_read[surname] = read
    if read.alone and read.alone[-1] >= start:
        return True  # every place it stands alone in [low, high) is known
    found = _surname_alone_at(state, surname, read.high)
    if found < 0:
        read.high = len(state.body) + 1
        return False
    read.alone.append(found)
    read.high = found + len(surname)
    return True


@dataclass(slots=True)
class _SurnameRead:
    """How far _surname_stands_alone has read the body for one surname, and where it stood alone."""

    sentence_starts: frozenset[int]  # the sentence starts it was read with
    low: int
    high: int  # [low, high) is read
    alone: list[int] = field(default_factory=list)  # the places in it, in order


def _surname_alone_at(state: _State, surname: str, start: int) -> int:
    """The first place from ``start`` (reading occurrences one after another) where ``surname``
    stands alone as only a person's name does; -1 if none."""
    body = state.body
    position = body.find(surname, start)
    while position >= 0:
        after = position + len(surname)
        if not (body[position - 1 : position].isalnum() or body[after : after + 1].isalnum()):
            if _HONORIFIC_JUST_BEFORE.search(body, max(0, position - 6), position):
                return position
            # Not the last word of another name ("Acme Roe said"), even one in quote marks.
            before = body[max(0, position - 30) : position].rsplit(None, 1)[-1:] or [""]
            capital_before = before[0].lstrip("\"“‘'(")[:1].isupper()
            if (position in state.sentence_starts or not capital_before) and _VERB_AFTER.match(body, after):
                return position
            if position in state.sentence_starts and _AGE_JUST_AFTER.match(body, after):
                return position  # "Roe, 58, now grows potatoes": an age is said only of a person
            if body.startswith(".", after) and _SAID_JUST_BEFORE.search(
                body, max(0, position - 12), position
            ):
                return position  # "…,” said Roe.": the speaker a quote's tag names after the verb
        position = body.find(surname, after)
    return -1


_AGE_JUST_AFTER = re.compile(r", \d{1,3},")
# "…,” said Roe.": the verb of a quote's tag, inverted before the speaker's name that ends the sentence.
_SAID_JUST_BEFORE = re.compile(r"[,.!?][”\"] (?:said|says|added|adds) $")
_OF_PLACE_AFTER = re.compile(r" of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=,)")
# ", 71, a retired engineer", ", president of …": a role noun in the appositive after a name.
_ROLE_APPOSITION = re.compile(
    rf",(?: \d{{1,3}},)? (?:who is |who was )?(?:a |an |the |its |their )?(?:[\w’'-]+ ){{0,4}}?(?:{_ROLE_HEAD_ALT})\b"
)
# ", who has run the bakery on Main Street for 22 years, said": a relative clause, then speech.
# ", a neighbour who escaped with her family, said": a noun that takes "who" first.
_WHO_THEN_SAYS = re.compile(
    rf",(?: (?:a|an) (?!(?:company|firm|group|business|team|unit|body|party|union|charity|bank|fund)\b)[a-z]+)?"
    rf" who [^.;:“”\"]{{1,140}}?, (?:[a-z]+ly )?(?:{_VERB_ALT})\b"
)


# ", a 29-year-old hairdresser": an age and a noun are said only of a person.
_AGED_PERSON_AFTER = re.compile(
    r", (?:a|an) \d{1,3}-year-old (?:[a-z-]+ )?(?!(?:building|house|church|bridge|company|firm|tree|ship|"
    r"vessel|business|shop|pub|hotel|school|mill)\b)[a-z]+\b"
)


# ", a delivery rider from Kerala who", ", a nurse at …,": a trade in apposition, then where or whom.
_WORKER_AFTER = re.compile(
    r", an? (?:[a-z-]+ ){0,2}?(?P<role>[a-z]+)(?:,| (?:from|who|in|at|with|for|based)\b)"
)
# ", a 90-year-old stone building near the port,": what the age is of, up to the clause's end.
_AGED_APPOSITIVE = re.compile(r", (?:a|an) \d{1,3}-year-old ([a-z][^,.;:()“”\"]{1,60})")
# Things an age is given for: no person is one.
_AGED_THINGS = frozenset(
    [
        *("building", "house", "home", "church", "bridge", "company", "firm", "tree", "ship", "vessel"),
        *(
            "business",
            "shop",
            "pub",
            "hotel",
            "school",
            "mill",
            "car",
            "truck",
            "plant",
            "factory",
            "station",
        ),
        *("dam", "pipe", "pipeline", "tower", "hall", "road", "line", "system", "law", "boat", "aircraft"),
        *("plane", "structure", "landmark", "market", "restaurant", "site", "brand", "club", "newspaper"),
        *("tradition", "festival", "reactor", "jet", "train", "ferry", "theatre", "theater", "cinema"),
        *("museum", "library", "temple", "mosque", "synagogue", "cathedral", "stadium", "farm", "estate"),
    ]
)


def _aged_person_appositive(body: str, end: int) -> bool:
    """ ", a 58-year-old former resident of Lideta,": an age in apposition, of no building or company."""
    found = _AGED_APPOSITIVE.match(body, end)
    return found is not None and not any(word in _AGED_THINGS for word in found.group(1).split())


# Only when the role opens the sentence: "She met a lawyer in Paris, Jane Roe said" is no apposition.
_ROLE_IN_PLACE_BEFORE = re.compile(
    # "The AfD's lead candidate in Saxony, Jane Roe,": the organisation's possessive may open it.
    rf"(?:^|(?<=\n)|(?<=[.!?”] ))(?:An?|The) (?:{U}[\w-]*[’']s )?(?:[a-z-]+ )?(?:{_ROLE_HEAD_ALT}) in {U}[\w’'-]+, $"
)
# "the Liberal member for Epping, Jane Roe,", "the county executive committee member for Health, Dr Jane Roe,":
# a member's seat or portfolio, capitalised, before the name.
_MEMBER_FOR_BEFORE = re.compile(rf"\bmember for {U}[\w’'-]+(?: {U}[\w’'-]+){{0,3}}, $")
_FOR_HONORIFIC_BEFORE = re.compile(r" for (?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep)\.? [A-Z][\w’'-]+, $")


# "executive councillor for local government Lee Mun Chong": a post, "for" and its field in lower case
# right before the name.
_ROLE_FOR_FIELD_BEFORE = re.compile(rf"(?<![\w-])(?:{_ROLE_HEAD_ALT}) for (?:[a-z][a-z-]+ ){{1,3}}$")


# "21-12, 21-10": the games or sets of a badminton, tennis or squash match, which no football word marks.
_SET_SCORES = re.compile(r"(?<![\d-])\d{1,2}-\d{1,2}, \d{1,2}-\d{1,2}(?![\d-])")


def _country_before_possessive(body: str, end: int) -> bool:
    """Is the word ending at ``end`` (before "'s") a country's name ("Japan's", "Indonesia's")?"""
    word = body[body.rfind(" ", max(0, end - 30), end) + 1 : end]
    place = PLACES.get(word)
    return place is not None and place.kind == "country"


def _role_evidence(body: str, position: int) -> bool:
    """Is there a role before ``position`` that tells a person's name follows? "The head of the
    supplier, Acme Advisory," may set the supplier's own name in apposition: no evidence."""
    role = _role_before(body, position)
    return role is not None and role.re is not _ROLE_OF_DESCRIPTOR_BEFORE_COMMA


# The last words of role heads written in several words ("operator" of "crane operator").
_MULTIWORD_HEAD_ENDS = frozenset(h.rsplit(" ", 1)[1] for h in ROLE_HEADS if " " in h) - ROLE_HEADS


def _role_before(body: str, position: int) -> re.Match[str] | None:
    """A role right before the name at ``position``: "chief executive Jane Roe", "The minister, Jane Roe"."""
    if body.endswith(", one ", 0, position):
        position -= 4  # "the area manager, one Jane Roe,": "one" (a certain) stands before the name
    # Cheap test first: the word right before the name must be a role's head noun.
    if position < 2 or body[position - 1] != " ":
        return None
    space = body.rfind(" ", max(0, position - 40), position - 1)
    word = body[space + 1 : position - 1]
    if word.endswith(","):
        # "The minister, Jane Roe," / "Its director of research, Jane Roe," / "a crane operator, Jane Roe,".
        if (
            word[:-1] in ROLE_HEADS
            or word[:-1] in _MULTIWORD_HEAD_ENDS
            or _COMPLEMENT_BEFORE.search(body, max(0, position - 30), position)
            or (
                word[:1].isupper()
                and (
                    _FOR_HONORIFIC_BEFORE.search(body, max(0, position - 30), position)
                    or _ROLE_IN_PLACE_BEFORE.search(body, max(0, position - 60), position)
                    or _MEMBER_FOR_BEFORE.search(body, max(0, position - 60), position)
                )
            )
        ):
            found = _ROLE_BEFORE_COMMA.search(body, max(0, position - 90), position)
            if found or word[:-1] not in DESCRIPTORS:
                return found
        if (
            word[:1].isupper() or word[:1] == "(" or word in ("election,", "elections,", "committee,")
        ) and any(w in body[max(0, position - 90) : position] for w in (" of ", " at ", " for ", " with ")):
            of_org = _ROLE_OF_ORG_BEFORE_COMMA.search(body, max(0, position - 110), position)
            if of_org or word[:-1] not in DESCRIPTORS:
                return of_org
        if word[:-1] in DESCRIPTORS:
            return _ROLE_OF_DESCRIPTOR_BEFORE_COMMA.search(body, max(0, position - 80), position)
        return None
    if word in ROLE_HEADS:
        joined = body.find(" and ", max(0, position - 80), position) >= 0
        pattern = _ROLE_BEFORE_JOINED if joined else _ROLE_BEFORE
        found = pattern.search(body, max(0, position - 80), position)
        if found and found.group("org") and found.start() < position - 64:
            # "Malaysian Agricultural Research and Development Institute (MARDI) senior researcher
            # Jane Roe": a long name the window cut; read it whole.
            found = pattern.search(body, max(0, position - 160), position)
        return found
    return None


# "commissioner (projects) Jane Roe": the post's field in brackets between the post and the name.
_BRACKETED_FIELD_BEFORE = re.compile(r"(?<=[a-z]) \([a-z][a-z &-]{1,30}\) $")
# "MP for Hove": a member's seat is no part of the title ("the Labour MP for Hove, Jane Roe,").
_SEAT_TITLE = re.compile(r"(?P<head>MP|MPs|MLA|MEP|MSP|MS|TD|MNA|MPA|MPP|MHA|MLC) for [A-Z][^,;]*")


def _member_with_party(
    state: _State, seat: re.Match[str], at: int, org: str | None
) -> tuple[str, str | None]:
    """The member's title without the seat, and the party named right before it when there is one."""
    if org is None:
        before = state.body[max(0, at - 30) : at].rstrip()
        word = before.rsplit(" ", 1)[-1]
        known = _org_of(state, word) if word[:1].isupper() else None
        if known is not None and known.get("kind") == "party":
            org = word
    return seat.group("head"), org


# "the APC Publicity Secretary in the state, Jane Roe,": the post's scope between title and name.
_FOR_GROUP_AFTER = re.compile(
    rf", (?:who|a|an|the)\b[^.;:“”\"()]{{0,150}}? for the (?:(?:[a-z]+|(?:centre|center)-(?:right|left)) )?"
    rf"(?P<group>{_ORG_WORDS}) (?:group|grouping|caucus)\b"
)
_WHOSE_POST_BEFORE = re.compile(
    rf"(?<![\w’'-])(?:(?P<org>{_ORG_WORDS})|(?P<desc>[Tt]he [a-z]+)),(?: (?:the|a|an) [^,;.]{{1,70}}?)? whose "
    rf"(?P<role>(?:{_ROLE_MOD} ){{0,2}}(?:{_ROLE_HEAD_ALT})) is $"
)
_PORTFOLIO_AND_BEFORE = re.compile(rf"(?<![\w’'-])({U}[a-z]+(?: {U}[a-z]+)?) and $")
_TITLE_SCOPE_GAP = re.compile(r" (?:in|for) the (?:state|country|region|province|county|city|district), ")


def _ministry_named(state: _State, portfolio: str) -> str | None:
    """ "Ministry of Water and Irrigation" when the article names the ministry of a minister's portfolio."""
    ministry = f"Ministry of {portfolio}"
    return ministry if ministry in state.body else None


def _place_leads(chunk: _Chunk, body: str) -> bool:
    """ "Mongolia Jane Roe" after "FAO Representative in": a place, where the post is held, opens the chunk."""
    name_tokens = chunk.data.get("name_tokens")
    if not isinstance(name_tokens, list) or not name_tokens or name_tokens[0][0] <= chunk.start:
        return False
    return body[chunk.start : name_tokens[0][0]].strip() in PLACES


# "County Executive Committee Member for Finance and Economic Planning, ": a capitalised member's post
# with its portfolio, set off by a comma before the name.
_MEMBER_POST_COMMA_BEFORE = re.compile(
    rf"(?<![\w’'-])((?:{U}[a-z]+ ){{1,4}}Member for {U}[a-z]+(?: (?:and|&) {U}[a-z]+| {U}[a-z]+){{0,5}}), $"
)
# A police rank written after the post it holds ("Provincial Police Commander Chief Superintendent").
_TRAILING_RANK = re.compile(r" (?:(?:Chief|Senior|Assistant|Deputy) )?(?:Superintendent|Inspector|Sergeant)$")
_COMMAND_HEADS = frozenset(["Commander", "Commissioner", "Head", "Director"])
# A place and its force's scope ("Morobe Provincial Police"): where the commander serves.
_SCOPED_FORCE = re.compile(rf"{U}[\w’'-]+ (?:Provincial|Regional|District|Divisional|County|State) Police")
# "(retd)", "(Ret'd)": a retired officer's rank before the name.
_RETIRED_BEFORE = re.compile(r"\((?:[Rr]et(?:[’'.])?d|[Rr]td|[Rr]etired)\.?\) $")
# Military and judicial ranks a retired officer keeps before the name.
_RANK_WORDS = frozenset(
    [
        "Lt",
        "Gen",
        "Maj",
        "Brig",
        "Col",
        "Capt",
        "Adm",
        "Cdr",
        "Cmdr",
        "Air",
        "Vice",
        "Rear",
        "Marshal",
        "General",
        "Major",
        "Colonel",
        "Brigadier",
        "Lieutenant",
        "Admiral",
        "Commodore",
        "Justice",
        "Judge",
        "Sqn",
        "Ldr",
        "Wg",
    ]
)
# A member's titles that a party's name may stand before: "Labour MP", "Greens TD", "Liberal senator".
_MEMBER_TITLES = frozenset(
    [
        "MP",
        "MPs",
        "MSP",
        "MEP",
        "MLA",
        "MPP",
        "MNA",
        "MPA",
        "TD",
        "MHA",
        "MLC",
        "Senator",
        "Sen.",
        "Councillor",
        "Cllr",
    ]
)
_ONE_WORD_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][\w’'-]+) $")


def _title_before(
    state: _State, chunks: list[_Chunk], position: int
) -> tuple[str | None, str | None, str | None]:
    """(title, organisation as written, role) from a title chunk or role words right before a name."""
    body = state.body
    chunk = chunks[position]
    title = str(chunk.data.get("title") or "") or None
    org: str | None = None
    title_tokens = chunk.tokens
    if title:
        split = _title_split(title_tokens)
        party_before = (
            _ONE_WORD_BEFORE.search(body, max(0, chunk.start - 30), chunk.start)
            if split == 0 and title_tokens[0][2] in _MEMBER_TITLES
            else None
        )
        if party_before:
            # "Labour MP Jane Roe", "Greens TD Jane Roe": a party's one-word name or adjective, left
            # out of the name's run, before a member's title.
            party_data = _org_of(state, party_before.group(1)) or _adjective_org(party_before.group(1))
            if party_data is not None and party_data.get("kind") == "party":
                org = party_before.group(1)
                if all(o.start != party_before.start(1) for o in state.orgs):
                    _add_org(state, party_before.start(1), party_before.end(1), party_data)
        if split > 0:
            prefix = _without_standing(body[title_tokens[0][0] : title_tokens[split - 1][1]])
            if _org_of(state, prefix) or _adjective_org(prefix) or _prefix_names_org(state, prefix):
                org = prefix
            elif prefix in PLACES and title_tokens[split][2] in ("Police", "Fire"):
                # "Raleigh Police Chief Jane Roe": the town's force, when the article names it in full.
                force = re.search(
                    rf"(?<![\w’'-]){re.escape(prefix)} {title_tokens[split][2]} (?:Department|Service|Force)\b",
                    body,
                )
                org = force.group() if force else None
    elif position > 0:
        previous = chunks[position - 1]
        gap = body[previous.end : chunk.start]
        if (
            gap == ") "
            and position > 1
            and body.endswith(" (", 0, previous.start)
            and chunks[position - 2].end == previous.start - 2
            and chunks[position - 2].label == "title"
            and not body[previous.start : previous.end].isupper()
        ):
            # "Judicial Magistrate (Malir) Jane Roe": the court's seat in brackets between post and name (a
            # body's letters there are read as the body's, "Chief Executive of Acme (AC) Jane Roe").
            previous, gap = chunks[position - 2], " "
        name_tokens_at = chunk.data.get("name_tokens")
        name_at = name_tokens_at[0][0] if isinstance(name_tokens_at, list) and name_tokens_at else chunk.start
        if (
            gap == " for "
            and chunk.data.get("has_title")
            and name_at > chunk.start
            and body.endswith(" Member", 0, previous.end)
        ):
            # "County Executive Committee Member for Education Jane Roe", "Mayoral Committee Member for
            # Infrastructure Jane Roe": the member's whole post, up to the portfolio.
            member_post = body[previous.start : name_at].rstrip()
            return member_post.removeprefix("The ").removeprefix("the "), None, None
        if gap == ", " and body.find(" Member for ", max(0, chunk.start - 120), chunk.start) >= 0:
            # "the County Executive Committee Member for Finance and Economic Planning, Ms Jane Roe,": the
            # member's whole post, up to the comma, portfolio and all.
            member = _MEMBER_POST_COMMA_BEFORE.search(body, max(0, chunk.start - 120), chunk.start)
            if member:
                return member.group(1), None, None
        if (
            gap == ", "
            and position > 1
            and chunks[position - 2].label == "title"
            and body[chunks[position - 2].end : previous.start] == " in charge of "
            and previous.label != "person-candidate"
        ):
            # "Musanze District Vice Mayor in charge of Economic Development, Jane Roe,": the remit is part of
            # the post (the place before it is not).
            posted = chunks[position - 2].tokens
            split = max(_title_split(posted), 0)
            return body[posted[split][0] : previous.end], None, None
        retired = _RETIRED_BEFORE.search(body, max(0, chunk.start - 14), chunk.start)
        ranked = (
            next(
                (
                    c
                    for c in chunks[max(0, position - 2) : position]
                    if c.label == "title" and c.end == retired.start() - 1
                ),
                None,
            )
            if retired
            else None
        )
        ranked_tokens = ranked.tokens if ranked is not None else []
        keep = len(ranked_tokens)
        while keep > 1 and ranked_tokens[keep - 1][2].rstrip(".") in _RANK_WORDS:
            keep -= 1
        rank_split = max(_title_split(ranked_tokens[:keep]), 0) if ranked_tokens else 0
        if (
            ranked_tokens
            and keep < len(ranked_tokens)
            and rank_split < keep
            and ranked_tokens[keep - 1][2].rstrip(".") not in _RANK_WORDS
        ):
            # "NDMA Chairman Lt Gen (retd) Jane Roe", "ECJ Chairman Justice (Ret'd) Jane Roe": the post before a
            # retired officer's rank; the rank is no part of it.
            title_tokens = ranked_tokens
            title = body[ranked_tokens[rank_split][0] : ranked_tokens[keep - 1][1]]
            if rank_split > 0:
                prefix = body[ranked_tokens[0][0] : ranked_tokens[rank_split - 1][1]]
                if _org_of(state, prefix):
                    org = prefix
        elif previous.label == "title" and (
            gap in (" ", ", ")
            or _TITLE_SCOPE_GAP.fullmatch(gap)
            or (gap == " in " and _place_leads(chunk, body))
        ):
            title_tokens = previous.tokens
            split = max(_title_split(title_tokens), 0)
            title = body[title_tokens[split][0] : previous.end]
            if split > 0:
                prefix = body[title_tokens[0][0] : title_tokens[split - 1][1]]
                if _org_of(state, prefix):
                    org = prefix
            joined = (
                _PORTFOLIO_AND_BEFORE.search(body, max(0, previous.start - 40), previous.start)
                if split == 0 and body.endswith(" and ", 0, previous.start)
                else None
            )
            if joined and all(w in TITLE_MODIFIERS for w in joined.group(1).split()):
                title = f"{joined.group(1)} and {title}"  # "Alberta's Forestry and Parks Minister, Jane Roe,"
            if org is None and gap == ", ":
                org = _owner_of_title(
                    state, previous.start
                )  # "signed by its Publicity Secretary, Mr Jane Roe,"
    if title in ("OF", "DH") and not _is_sports(state):
        title = None  # "OF Jane Roe" outside a match report: a word in capitals, no playing position
    if title and org is None and title in _POSITION_SET and _is_sports(state):
        org = _heading_team(state, title_tokens[0][0])  # "Chargers: WR Jane Roe"
    if org is None and isinstance(chunk.data.get("owner_org"), str):
        org = str(chunk.data["owner_org"])  # "the BBC’s Jane Roe", "Acme’s Chief Executive Jane Roe"
    if title and org is None:
        # "Acme Rural Service (ARS) Deputy Commissioner Jane Roe": the organisation, its acronym, then the title.
        before = _ACRONYM_BEFORE.search(body, max(0, title_tokens[0][0] - 14), title_tokens[0][0])
        if before and before.group(1) in state.acronyms:
            org = before.group(1)
    if title:
        # "Governor of the Bank of Canada": an organisation inside the title is the affiliation.
        inner = _INNER_ORG.search(title)
        inner_data = _org_of(state, inner.group(1)) if inner and org is None else None
        if inner and inner_data:
            org = inner.group(1)
            title = title[: inner.start()]
            at = body.find(org, title_tokens[0][0], chunk.end)
            if at >= 0 and not any(o.start < at + len(org) and at < o.end for o in state.orgs):
                # "Vice Chairman of the Binh Duong People's Committee Jane Roe": the body named only
                # inside the title chunk is an organisation of the article.
                _add_org(state, at, at + len(org), inner_data)
        elif inner and org is None and title.startswith("Minister of "):
            org = _ministry_named(
                state, title.removeprefix("Minister of ")
            )  # "Minister of Water and Irrigation"
        seat = _SEAT_TITLE.fullmatch(title)
        if seat:
            title, org = _member_with_party(state, seat, title_tokens[0][0], org)
        rank = _TRAILING_RANK.search(title) if " " in title else None
        if rank and rank.start() > 0 and title[: rank.start()].rsplit(" ", 1)[-1] in _COMMAND_HEADS:
            title = title[
                : rank.start()
            ]  # "Police Commander Chief Superintendent Jane Roe": the rank is no post
            if org and title.startswith("Commander") and _SCOPED_FORCE.fullmatch(org):
                # "Morobe Provincial Police Commander": the province's force names the post, not a body.
                at = title_tokens[0][0]
                state.orgs[:] = [o for o in state.orgs if not (o.start == at and o.name == org)]
                title, org = f"{org.split(' ', 1)[1]} {title}", None
        served = _POST_FOR_PLACE.fullmatch(title) if " for " in title else None
        if served and (
            served.group(2) in PLACES
            or re.search(
                rf"\b{re.escape(served.group(2))} (?:District|Region|Province|County|Municipality)\b", body
            )
        ):
            title = served.group(
                1
            )  # "Resident District Commissioner for Kassanda": the district is no part of the post
        return title, org, None
    name_tokens: list[tuple[int, int, str]] = chunk.data["name_tokens"]  # type: ignore[assignment]
    name_start = name_tokens[0][0]
    honorific = _HONORIFIC_BEFORE.search(body, max(0, name_start - 24), name_start)
    if honorific:
        name_start = honorific.start()  # "chief medical officer Dr Hannah Okoro": the role stands before "Dr"
    field = _BRACKETED_FIELD_BEFORE.search(body, max(0, name_start - 40), name_start)
    if field:
        name_start = field.start() + 1  # "Additional municipal commissioner (projects) Dr Jane Roe"
    return _role_words_before(state, name_start, org)


def _role_words_before(
    state: _State, name_start: int, org: str | None
) -> tuple[str | None, str | None, str | None]:
    """(title, organisation as written, role) from lower-case role words right before ``name_start``."""
    body = state.body
    role = _role_before(body, name_start)
    if role is not None and role.re is _ROLE_OF_ORG_BEFORE_COMMA:
        org_text = role.group("org")
        if _names_person(state, org_text) or org_text.split()[0] in FIRST_NAMES:
            return role.group("role"), None, role.group("role")  # "A lawyer for Jane Roe, Tom Lee,": a client
        if (
            role.group("role") in _PORTFOLIO_HEADS
            and all(w == "and" or _is_portfolio_word(w) for w in org_text.split())
            and org_text not in KNOWN_ORGS
            and not any(o.name == org_text for o in state.orgs)
        ):
            # "The Minister of Hydrocarbons and Energy, Jane Roe,": the portfolio is part of the post.
            post = body[role.start("role") : role.end("org")]
            return post, _ministry_named(state, org_text), post
        return role.group("role"), org_text, role.group("role")
    if role is not None and role.re is _ROLE_OF_DESCRIPTOR_BEFORE_COMMA:
        return role.group("role"), role.group("desc"), role.group("role")
    if role is not None and role.re is _ROLE_BEFORE_COMMA and role.group("role").split()[0] in _POST_JOINERS:
        # "the Chief Press Secretary to the governor, Jane Roe,": the capitalised words are the post, the
        # lower-case ones whom it serves.
        post = role.group("team") or ""
        if post.split()[-1:] and post.split()[-1] in TITLE_HEADS:
            return post, None, post
        return None, org, None
    if role is not None and role.re is _ROLE_BEFORE_COMMA:
        found_org = role.group("org") or role.group("desc") or role.group("team")
        if role.group("org") and " " in role.group("org"):
            # "But Acme Bank's chairman, …", "… Ltd. Acme's chairman, …": a sentence opener, or the end
            # of the sentence before, is no part of the name.
            at = role.start("org")
            words = role.group("org").split(" ")
            while len(words) > 1 and (
                (words[0] in NOT_NAMES and words[0] not in ORG_HEADS)
                or at + len(words[0]) + 1 in state.sentence_starts
                or words[0] in ("Ltd.", "Inc.", "Corp.", "Co.", "Plc.")
            ):
                at += len(words[0]) + 1
                words = words[1:]
            found_org = " ".join(words)
        lead = role.group("lead")
        portfolio = _PORTFOLIO_OWNER.fullmatch(lead) if lead else None
        if portfolio and all(w in TITLE_MODIFIERS for w in portfolio.group("portfolio").split()):
            # "Their Treasury spokesperson, Jane Roe,": the portfolio is part of the post, "their" its owner.
            role_text = f"{portfolio.group('portfolio')} {role.group('role')}"
            if portfolio.group("owner") not in ("Its", "Their"):
                return role_text, None, role_text
            # The organisation named last before the post (not the portfolio's own "Treasury").
            named = [o for o in state.orgs if o.end <= role.start() and role.start() - o.end < 400]
            last = max(named, key=lambda o: o.end, default=None)
            return role_text, last.name if last else portfolio.group("owner").lower(), role_text
        if (
            lead
            and _looks_like_org(state, lead)
            and lead.lower() not in DESCRIPTORS
            and lead not in FIRST_NAMES
        ):
            found_org = lead  # "Acme deputy secretary general, Jane Roe,"; not "Former …" nor "Council …"
        if found_org and (
            _names_person(state, found_org)
            or (
                role.group("role").split()[-1] in _CLIENT_ROLES
                and not _org_of(state, found_org)
                # "Golden Harvest's lawyer, …" after "Golden Harvest Trading Corporation": the company's.
                and not any(o.name.startswith(found_org + " ") for o in state.orgs)
            )
        ):
            found_org = None  # "Roe's barrister, Tom Lee,": Roe is a client, not an employer
        longer = (
            next((o.name for o in state.orgs if o.name.startswith(found_org + " ")), None)
            if found_org
            and found_org[:1].isupper()
            and not _org_of(state, found_org)
            # "Kraków's mayor, …" before "Kraków Smog Alert": a place's own post is no body's named after
            # it (but "the Colorado candidate" is the Colorado Party's).
            and not (
                found_org in PLACES and role.group("org") and body.startswith(("’", "'"), role.end("org"))
            )
            else None
        )
        if longer:
            found_org = longer  # "Golden Harvest's lawyer": Golden Harvest Trading Corporation, named before
        role_text = role.group("role")
        if role_text.endswith("member") and body.startswith(" for ", role.end("role")):
            # "the county executive committee member for Health, Jane Roe,": the portfolio or seat is the post's.
            role_text += body[role.end("role") : role.end()].removesuffix(", ")
        if role.group("team") in _LEGISLATURES and role_text.startswith(("majority ", "minority ")):
            role_text = (
                f"{role.group('team')} {role_text}"  # "The Senate majority leader, Jane Roe,": the post
            )
        first, _, rest = role_text.partition(" ")
        if not found_org and rest and first[:1].islower() and any(o.name == first for o in state.orgs):
            found_org, role_text = first, rest  # "A kindrd spokesperson, Jane Roe,": a name in lower case
        if not found_org:
            # "At Acme University, the vice-chancellor, Jane Roe, said": where the sentence opens.
            fronted = _FRONTED_AT.search(body, max(0, role.start() - 80), role.start())
            if fronted and _looks_like_org(state, fronted.group("org")):
                found_org = fronted.group("org")
        return role_text, found_org, role_text
    if (
        role
        and not (role.group("org") or role.group("desc"))
        and _POSITION_TAIL.search(body, max(0, name_start - 20), name_start)
        and _is_sports(state)
    ):
        return _position_before(state, name_start)  # "Toronto played without forward Jane Roe"
    if role:
        found_org, role_text, desc = role.group("org"), role.group("role"), role.group("desc")
        if found_org:
            found_org = _without_standing(found_org)  # "Opposition Acme Party spokesperson Jane Roe"
            opener, _, rest_of_org = found_org.partition(" ")
            if rest_of_org and opener in _FUNCTION_OPENERS and role.start("org") in state.sentence_starts:
                # "But Labour group leader Jane Roe": the word opening the sentence is no part of the name.
                found_org = rest_of_org
            words = found_org.split(" ")
            for size in range(1, min(3, len(words) - 1) + 1):
                body_name, branch_place = " ".join(words[:-size]), " ".join(words[-size:])
                if body_name in state.acronyms and branch_place in PLACES:
                    # "Knut Kilifi branch executive secretary Jane Roe", "DILG Western Visayas regional
                    # director Jane Roe": the body's branch in a place.
                    found_org = body_name
                    break
        if (
            found_org
            and found_org.split()[-1] == "State"
            and " of " not in found_org
            and not _org_of(state, found_org)
        ):
            # "State secretariat member Jane Roe", "BJP State president Jane Roe": India's "State" is the
            # post's scope, as a lower-case "state president" is; the party before it is the organisation.
            role_text = f"State {role_text}"
            found_org = found_org.removesuffix("State").strip() or None
        branch = _OWNER_THEN_PLACE.fullmatch(found_org) if found_org else None
        if branch and branch.group(2) in PLACES:
            found_org = branch.group(1)  # "Acme Party's Karachi deputy chief": the party, its city's branch
        possessive = bool(found_org and _POSSESSIVE.search(found_org))
        if found_org and possessive:
            found_org = _POSSESSIVE.sub("", found_org)  # "Acme's chief executive": the organisation is Acme
        if found_org and _CAPITAL_ADJECTIVE.fullmatch(found_org):
            # "Left-arm spinner Jane Roe": a capitalised compound adjective is part of the role.
            role_text, found_org = f"{found_org} {role_text}", None
        if (
            found_org
            and role_text == "minister"
            and not possessive
            and _is_portfolio_word(found_org)
            and not (
                _adjective_org(found_org)
                or any(o.name == found_org and o.kind == "party" for o in state.orgs)
            )
            and (_org_of(state, found_org) or {}).get("kind") != "party"
        ):
            # "Housing minister Jane Roe" beside "the Ministry of Housing": the portfolio is the post's, as
            # "Housing Minister" is; a minister is tied to no ministry his title alone names.
            role_text, found_org = f"{found_org} {role_text}", None
        if (
            found_org
            and " " not in found_org
            and not (branch and branch.group(2) in PLACES)  # a possessive's owner, whatever opens it
            and role.start("org") in state.sentence_starts
            and not (
                _org_of(state, found_org)
                or _adjective_org(found_org)
                or _is_org_short_form(state, found_org)
                or (found_org.lower() not in DESCRIPTORS and _capitalised_elsewhere(state, found_org))
            )
        ):
            # "Marine biologist Jane Roe", "Council leader Jane Roe": a capital only because it opens the sentence.
            if (
                found_org in _FUNCTION_OPENERS
                or found_org in _NATIONALITY_WORDS
                or found_org in PLACES
                # "Peronist deputy Jane Roe": a movement's adjective says whose side, not the post.
                or found_org.endswith("ist")
                # "Silves mayor Jane Roe": the town she is mayor of, whether or not the gazetteer holds it.
                or role_text == "mayor"
            ):
                # "The cellist Ruth Abara", "Austrian climber Jane Roe", "Scotland head coach Roe": no
                # part of the role.
                pass
            elif role_text in _SIDE_POSTS:
                role_text = f"{found_org} {role_text}"  # "Coalition whip Jane Roe": the side is the post's
            elif (
                found_org.lower() in DESCRIPTORS
                or possessive
                or found_org in _BODY_OPENERS
                # "Observatorio director Jane Roe": the noun that opens the article's body's name.
                or (found_org in _LEADING_HEADS and found_org not in _POST_OWNERS)
            ):
                # "Council leader …" is the article's council; "Sheriff's spokeswoman …" an office named no further.
                desc = f"the {found_org.lower()} "
            elif found_org not in ORG_HEADS or found_org in _POST_OWNERS:
                # "Marine biologist …", "Government spokeswoman …": the word is part of the post.
                role_text = f"{found_org} {role_text}"
            found_org = None
        if found_org and not (
            _org_of(state, found_org)
            or found_org in state.acronyms
            or _adjective_org(found_org)
            # "Scottish Labour leader Jane Roe": an organisation already found, whatever word opens it.
            or any(o.name == found_org for o in state.orgs)
        ):
            found_org = (
                _home_team(state, found_org) or found_org
                if (found_org not in PLACES or _home_team(state, found_org))
                and found_org.split()[0] not in NOT_NAMES
                and not _names_person(state, found_org)
                else None
            )
        words = role_text.split()
        split = max((k for k, w in enumerate(words[:-1]) if w.lower() in _DESCRIPTOR_ROLES), default=-1)
        if split >= 0:
            # "port authority spokesperson", "club captain": the noun names the organisation, not the post.
            desc = desc or f"the {words[split].lower()}"
            if " ".join(words[split:]).lower() not in _DESCRIPTOR_POSTS:
                role_text = " ".join(words[split + 1 :])
        owner = (found_org or desc or "").split()
        if role_text == "member" and owner and owner[-1].capitalize() in _MEMBER_BODIES:
            # "Council member Jane Roe", "Fourth Ward Council member …": a member of a body is its post.
            role_text = f"{owner[-1].capitalize()} member"
        return role_text, found_org or (desc or "").strip() or None, role_text
    if _POSITION_TAIL.search(body, max(0, name_start - 20), name_start) and _is_sports(state):
        return _position_before(state, name_start)
    return None, org, None  # "the BBC’s Jane Roe": her organisation, no title


# Playing positions, as a match report writes them before or after a player's name.
_POSITIONS = (
    "quarterback|linebacker|cornerback|safety|tight end|running back|wide receiver|receiver|kicker|punter|"
    "lineman|offensive lineman|defensive end|defensive tackle|nose tackle|center|centre|pitcher|catcher|"
    "shortstop|outfielder|infielder|point guard|shooting guard|guard|power forward|small forward|defenseman|"
    "defenceman|goaltender|goalie|fullback|halfback|fly-half|scrum-half|hooker|flanker|prop|lock|wing|"
    # Hockey and football: "Montreal forward Jane Roe", "Acme City striker Jane Roe".
    "forward|winger|striker|midfielder|goalkeeper|centre-back|center-back|full-back|left-back|right-back|"
    # Baseball: "reliever Jane Roe", "New York starter Jane Roe", "the Boston first baseman".
    "reliever|starter|closer|right-hander|left-hander|first baseman|second baseman|third baseman|"
    "designated hitter"
)
_POSITION_ALT = "|".join(f"{w}|{w[:1].upper()}{w[1:]}" for w in _POSITIONS.split("|"))
# "WR", "QB": a position's abbreviation in an injury report or a box score; baseball's "RHP" and "LHP"
# (right- and left-handed pitcher), "INF", "OF", "DH" and the bases.
_POSITION_ABBREVIATIONS = "QB|WR|RB|TE|LB|CB|DE|DT|OL|OT|OG|FB|SS|FS|RHP|LHP|INF|OF|DH|1B|2B|3B|CF|LF|RF"
_POSITION_SET = frozenset(_POSITION_ABBREVIATIONS.split("|")) | frozenset(
    w[:1].upper() + w[1:] for w in _POSITIONS.split("|")
)
# "Broncos linebacker Jane Roe", "safety Jane Roe", "Chargers: WR Jane Roe".
_POSITION_BEFORE = re.compile(
    rf"(?:(?P<team>{_WORD}(?: {_WORD})?) |(?P<heading>^{_WORD}(?: {_WORD})?: )|(?<![\w’'-]))"
    # A word before the position only when the position is not two words ("Denver power forward").
    rf"(?:[a-z][\w-]* )??(?P<role>{_POSITION_ALT}|{_POSITION_ABBREVIATIONS}) $",
    re.MULTILINE,
)
_POSITION_END = re.compile(rf"(?<![\w-])({_POSITIONS})$")
# (Only whether it matches is asked.) No word character before the position, tested after its first
# letter: the pattern then opens with those letters and the engine skips to them (~3× the search).
_POSITION_TAIL = re.compile(
    _word_trie([*_POSITION_ALT.split("|"), *_POSITION_ABBREVIATIONS.split("|")], after_first=r"(?<![\w-].)")
    + " $"
)
# ", a second-year quarterback who", ", the Broncos' safety,": a position after the name.
_POSITION_AFTER = re.compile(
    # ", the South Korean infielder who": a nationality or home town may qualify it.
    rf",(?: \d{{1,3}},)? (?:a|an|the|their|his|her) (?:{U}[a-z]+ ){{0,2}}(?:[a-z][\w-]* ){{0,2}}?(?P<role>{_POSITIONS})"
    rf"(?=[,.;)]| said| says| told| who\b| whose\b|$)"
)


def _team_named(state: _State, text: str | None) -> str | None:
    """The team a capitalised word before a position names ("Broncos"), if it is an organisation."""
    if not text:
        return None
    text = _POSSESSIVE.sub("", text)
    team = _home_team(state, text)
    if team:
        return team  # "Denver guard Jane Roe": the Denver team the article names
    if _org_of(state, text) or _is_org_short_form(state, text) or any(o.name == text for o in state.orgs):
        return text
    if " " not in text and text not in PLACES and text not in NOT_NAMES and _is_sports(state):
        # "14 points for Meralco" in a report on "the Meralco Bolts": a team named by its first word.
        for full in re.finditer(rf"(?<![\w’'-]){re.escape(text)} ({U}[a-z]+)(?![\w’'-])", state.body):
            if _team_nickname(full.group(1)):
                return full.group()
    return None


def _home_team(state: _State, place: str) -> str | None:
    """In a match report, "Minnesota forward Jane Roe": the home town of a team the article names
    ("Minnesota Timberwolves") stands for that team, whose name this returns."""
    if place not in PLACES or not _is_sports(state):
        return None
    return next(
        (
            o.name
            for o in state.orgs
            if o.name.startswith(place + " ") and o.name[len(place) + 1 : len(place) + 2].isupper()
        ),
        None,
    )


def _heading_team(state: _State, position: int) -> str | None:
    """The team a paragraph opens with ("Chargers: …") when ``position`` follows that heading at once."""
    body = state.body
    start = body.rfind("\n", 0, position) + 1
    heading = _TEAM_HEADING.match(body, start, position)
    return _team_named(state, heading.group(1)) if heading and heading.end() == position else None


_TEAM_HEADING = re.compile(rf"({_WORD}(?: {_WORD})?): ")


def _position_before(state: _State, name_start: int) -> tuple[str | None, str | None, str | None]:
    """A playing position right before a player's name, and the team before it or heading the paragraph."""
    body = state.body
    found = _POSITION_BEFORE.search(body, max(0, name_start - 60), name_start)
    if found is None:
        return None, None, None
    role = found.group("role")
    team = _team_named(state, found.group("team"))
    if team is None and found.group("heading"):
        team = _team_named(state, found.group("heading")[:-2])
    if team is None:
        # "The Timberwolves were without starting center Jane Roe": the side that missed its player.
        without = _TEAM_WITHOUT.search(body, max(0, found.start("role") - 80), found.start("role"))
        team = _team_named(state, without.group("team")) if without else None
    return role, team, role


_TEAM_WITHOUT = re.compile(
    rf"(?<![\w’'-])(?:The )?(?P<team>{_WORD}(?: {_WORD})?) (?:were|was|are|is|will be|played|went) without "
    rf"(?:(?:their|its|the) )?(?:[a-z][\w-]* )?$"
)


# "Jane Roe scored twice for the Harriers", "Jane Roe and captain Ann Lee replied for Acme (14-9-3)":
# the subject's verb, its object, then the side it was done for.
_PLAYED_FOR_AFTER = re.compile(
    rf"(?: and (?:[a-z]+ )?(?:{_WORD} ){{0,3}}{_WORD})? (?:[a-z]{{2,}}ed|had|made|hit|got|won|struck|kicked)\b"
    rf"[^,.;:!?\"“”()\n]{{0,60}}? for (?:the )?(?P<team>{_WORD}(?: {_WORD})?)(?=[,.;:!?)]| \(| who\b| which\b| and [a-z]|$)"
)
# "Jane Roe and …" opening a sentence: the second name shares the first's verb.
_FIRST_SUBJECT_BEFORE = re.compile(
    rf"(?:^|(?<=[.!?] )|(?<=[.!?][\"”] )|(?<=\n))(?:{_WORD} ){{1,3}}and (?:[a-z]+ )?$"
)


def _side_played_for(state: _State, start: int, end: int) -> str | None:
    """In a match report, the team a player who opens the sentence did something for."""
    body = state.body
    if (
        start not in state.sentence_starts
        # The phrase's " and " lies inside the window: finding it is cheaper than trying the pattern.
        and not (
            body.find(" and ", max(0, start - 80), start) >= 0
            and _FIRST_SUBJECT_BEFORE.search(body, max(0, start - 80), start)
        )
        and not _DATELINE_BEFORE.search(body, max(0, start - 60), start)
    ):
        return None
    found = _PLAYED_FOR_AFTER.match(body, end) or _AS_SIDE_WON_AFTER.match(body, end)
    # Whether the article is a match report is read last: the phrases rule out most names first.
    return _team_named(state, found.group("team")) if found and _is_sports(state) else None


# "TORONTO — Jane Roe made 38 saves": a dateline opening the paragraph before the subject.
_DATELINE_BEFORE = re.compile(r"(?:^|(?<=\n))[A-Z][A-Z .,’'-]{1,40}(?: \([A-Za-z]+\))? (?:—|–|--|-) $")
# "Jane Roe made 38 saves as the Montreal Canadiens beat the Toronto Maple Leafs 3-2": what the
# subject did, then the side that won by it.
_AS_SIDE_WON_AFTER = re.compile(
    rf" [a-z]{{2,}}\b[^.;:!?\"“”()\n]{{0,120}}? as (?:the )?(?P<team>{_WORD}(?: {_WORD}){{0,2}}) (?:beat|defeated|edged|"
    rf"downed|topped|routed|blanked|thrashed|rallied past|rallied to beat|held off|cruised past|swept)\b"
)


def _prefix_names_org(state: _State, prefix: str) -> bool:
    """ "Petrobras Chief Executive Jane Roe": a name before a capitalised title that the article
    writes again elsewhere, and that is no place, person or common word, is the organisation."""
    words = prefix.split()
    return (
        prefix not in PLACES
        and words[0] not in NOT_NAMES
        and not (len(words) == 1 and words[0] in FIRST_NAMES)
        and not _names_person(state, prefix)
        and _adjective_org(prefix) is None
        and state.body.count(prefix) > 1
    )


def _role_before_role(body: str, name_start: int) -> tuple[str | None, str | None]:
    """ "Their spokesman, CDU lawmaker Jane Roe": a role set off by a comma before the role before the
    name, and the organisation written with it ("The JLP's candidate, businesswoman Jane Roe")."""
    honorific = _HONORIFIC_BEFORE.search(body, max(0, name_start - 24), name_start)
    if honorific:
        name_start = honorific.start()  # "The report's lead author, volcanologist Dr. Jane Roe"
    role = _role_before(body, name_start)
    if role is None or role.re not in _ROLE_BEFORE_PATTERNS or not body.endswith(", ", 0, role.start()):
        return None, None
    first = _ROLE_BEFORE_COMMA.search(body, max(0, role.start() - 90), role.start())
    if first is None:
        return None, None
    return _clean_title(first.group("role")), first.group("org")


# Bodies no single organisation record stands for, whose posts are named after them.
_POST_OWNERS = frozenset(["Government", "Cabinet", "Palace", "Kremlin"])


# "Left-arm", "Right-handed": a capital, then a lower-case second half; an adjective, never a name.
_CAPITAL_ADJECTIVE = re.compile(r"[A-Z][a-z]+-[a-z]+")
# "The minister of mines and energy, Jane Roe,": two portfolios joined by "and".
_COMPLEMENT_BEFORE = re.compile(r" (?:of|for) [a-z]+(?: [a-z]+| and [a-z]+)?, $")
# Conferred styles left out of the name count as courtesy forms before it ("spokesperson, Nana Kofi Roe").
_STYLES_BEFORE_NAMES = HONORIFICS | {"Nana"} | {" ".join(pair) for pair in _TWO_WORD_STYLES}
_HONORIFIC_BEFORE = re.compile(
    r"(?<![\w.])(?:(?:"
    + "|".join(re.escape(h) for h in sorted(_STYLES_BEFORE_NAMES, key=len, reverse=True))
    + r")\.? )+$"
)


def _is_org_short_form(state: _State, word: str) -> bool:
    """Is ``word`` the first or last word of an organisation's name found so far ("Kalahari", "Rovers")?

    Generic organisation words ("Council", "Ministry") are no one organisation's short name; a club's
    ("Rovers", "Wanderers") are."""
    if ORG_HEADS.get(word, "association") != "association":
        return False
    for org in state.orgs:
        if org.name == word:
            return True  # "Nuvola", found as an organisation on its own
        words = org.name.split()
        # "Transport for London": a first word that a lower-case "for" or "of" ties to the rest is the
        # field the body works in, no short name of it.
        if len(words) > 1 and ((words[0] == word and not words[1].islower()) or words[-1] == word):
            return True
    return False


def _inside_name(body: str, position: int) -> bool:
    """Does a capitalised word (not a "Paris-based") come right before ``position``?"""
    before = _word_before(body, position)
    return before[:1].isupper() and not before.endswith(("-based", "-born", "-headquartered"))


def _capitalised_elsewhere(state: _State, word: str) -> bool:
    """Does the article write ``word`` capitalised where no sentence starts? Then it is a name
    ("Nuvola chief executive …"), not an adjective that opens a sentence ("Marine biologist …")."""
    body = state.body
    position = body.find(word)
    while position >= 0:
        end = position + len(word)
        if (
            position not in state.sentence_starts
            and (position == 0 or not body[position - 1].isalnum())
            and (end == len(body) or not body[end].isalnum())
            and body[max(0, position - 2) : position] not in (". ", "\n", "“", '"')
            # On its own, not inside a longer name ("Marine Ecology Letters" says nothing of "Marine").
            and not (body[end : end + 1] == " " and body[end + 1 : end + 2].isupper())
            and not _inside_name(body, position)
        ):
            return True
        position = body.find(word, end)
    return False


# Roles held for a person, not in an organisation: "Mercer's barrister" is no employee of a "Mercer".
_CLIENT_ROLES = frozenset(
    [
        "barrister",
        "lawyer",
        "solicitor",
        "attorney",
        "counsel",
        "agent",
        "doctor",
        "physician",
        "wife",
        "husband",
        "partner",
        "son",
        "daughter",
        "mother",
        "father",
        "brother",
        "sister",
        "friend",
    ]
)


def _names_person(state: _State, text: str) -> bool:
    """Is ``text`` a person already found, by full name or surname?"""
    # ("Villacorta's trainer" for "Jerome Villacorta Jr.": a generation is never the surname)
    return any(text == p.name or text == without_generation(p.name).split()[-1] for p in state.people)


# " of Acme University's Department of Physics", " from the Department of Physics at Acme University": a
# unit and the body it belongs to, right after a name.
_UNIT_OF_BODY_AFTER = re.compile(
    rf" (?:of|from) (?:(?P<owner>{_ORG_WORDS})[’'] ?s? (?P<unit>{_ORG_WORDS})"
    rf"|the (?P<unit2>{_ORG_WORDS}) at (?:the )?(?P<owner2>{_ORG_WORDS}))"
    rf"(?=[,.;)]| and | said| says| told| who\b| in\b| was\b| is\b)"
)
# ", the Progressive Labour Party MP for Warwick North,": a legislator and the party named in full.
_NAMED_PARTY_ROLE_AFTER = re.compile(
    rf", (?:the |an? )?(?P<party>{_ORG_WORDS}) (?P<role>MP|MEP|MSP|MLA|MPP|MHA|TD|senator|councillor|lawmaker)"
    rf" (?:for|from) {U}"
)
_PARTY_ROLE_AFTER = re.compile(
    r", (?:the |a |an )?(?P<party>"
    + "|".join(sorted(ORG_ADJECTIVES, key=len, reverse=True))
    # ", the Liberal member for Epping,": a member and the seat she holds.
    + r") (?P<role>MP|MEP|MSP|MLA|senator|councillor|candidate|lawmaker|peer"
    + rf"|member for {U}[\w’'-]+(?: {U}[\w’'-]+){{0,3}}(?=[,.;]))\b"
)


# ", a first-term Democrat widely expected …", ", a Republican from Centre County,": a party's member.
_PARTY_MEMBER_AFTER = re.compile(
    r", (?:a|an) (?:[a-z-]+ ){0,2}?(?P<party>"
    + "|".join(sorted(ORG_ADJECTIVES, key=len, reverse=True))
    + r")(?=,|\.|;| (?:from|who|widely|and|in|representing|elected)\b)"
)


# ", UNICEF Regional Director for Asia,", ", the UN Under-Secretary-General for Humanitarian Affairs and
# Emergency Relief Coordinator,": an organisation's acronym, then capitalised posts, after a name.
_ACRONYM_TITLES_AFTER = re.compile(
    rf", (?:the )?(?P<org>[A-Z][A-Z&]{{1,7}}) (?P<titles>{U}[\w’'-]*(?: (?:{U}[\w’'-]*|for|and|of|the)){{0,12}}?)"
    rf"(?: in {U}[\w’'-]+(?: {U}[\w’'-]+)?)?(?=, | said| says| told)"
)


def _capital_post(words: list[str]) -> bool:
    """Is the last of these capitalised words (or of a hyphened compound) a post's head?"""
    last = words[-1].rsplit("-", 1)[-1] if words else ""
    return last in TITLE_HEADS or last.lower() in ROLE_HEADS


def _acronym_titles(state: _State, end: int) -> tuple[list[str], str | None]:
    """The posts and organisation of ", WHO Representative in Chad," after a name (none if not so)."""
    found = _ACRONYM_TITLES_AFTER.match(state.body, end)
    data = _org_of(state, found.group("org")) if found else None
    if found is None or data is None:
        return [], None
    titles: list[str] = []
    parts: list[str] = []
    for part in found.group("titles").split(" and "):
        if parts and " for " in parts[-1] and not _capital_post(part.split()):
            parts[-1] += f" and {part}"  # "for the Middle East and North Africa": one scope
        else:
            parts.append(part)
    for part in parts:
        post, _, scope = part.partition(" for ")
        if not _capital_post(post.split()):
            return [], None
        # "Under-Secretary-General for Humanitarian Affairs" is the post; "… for the Middle East" its region.
        titles.append(part if scope and not scope.startswith("the ") else post)
    start, end = found.span("org")
    # "UN Under-Secretary-General" read as one organisation: the acronym is, the post is not.
    state.orgs[:] = [o for o in state.orgs if not (o.start == start and o.end > end)]
    if all(o.start != start for o in state.orgs):
        _add_org(state, start, end, data)  # the acronym, read inside a title run
    return titles, found.group("org")


# "Acme was founded in 2021 by CEO Jane Roe … and CTO Tom Lee": the founders' company.
_FOUNDED_BY = re.compile(rf"(?P<org>{_ORG_WORDS}) (?:was|were) (?:co-)?founded(?: in \d{{4}})? by ")
_FOUNDER_ROLE = r"(?:(?:[A-Z]{2,5}|[a-z][\w-]*(?: [a-z][\w-]*){0,2}|(?:{U}[a-z]+ ){1,3}) )?"
_FIRST_FOUNDER = re.compile(_FOUNDER_ROLE.replace("{U}", U))
_LATER_FOUNDER = re.compile(r"[^.!?;“”\"]{0,200}?,? and " + _FOUNDER_ROLE.replace("{U}", U))


_ACADEMIC_UNITS = ("Department of ", "Faculty of ", "School of ")
_SAME_UNIT_AFTER = re.compile(
    r", (?:a|an|the) [^,.;()]{1,60}? (?:in|at|of) the same (department|faculty|school)\b"
)


def _sole_university(state: _State, before: int) -> str | None:
    """The one university the article has named before ``before``, whose department a person's is."""
    names = {o.name for o in state.orgs if o.start < before and o.kind == "university"}
    return names.pop() if len(names) == 1 else None


def _founded_by(state: _State, start: int) -> str | None:
    """The company whose founding the sentence credits to the person named at ``start``."""
    body = state.body
    floor = max(0, start - 240)
    for found in _FOUNDED_BY.finditer(body, floor, start):
        between = found.end()
        if (
            _FIRST_FOUNDER.fullmatch(body, between, start) or _LATER_FOUNDER.fullmatch(body, between, start)
        ) and _looks_like_org(state, found.group("org")):
            return found.group("org")
    return None


_BRACKETED_AGE_THEN_COMMA = re.compile(r" \(\d{1,3}\)(?=, )")


# ", the Ranking Member on the Finance Committee,": a legislature's senior minority member of a
# committee, who sits "on" it.
_RANKING_MEMBER_AFTER = re.compile(
    rf", (?:the )?(?P<role>[Rr]anking (?:[Mm]inority )?[Mm]ember) (?:on|of) (?:the )?(?P<org>{_ORG_WORDS})"
    r"(?=[,.;)]| said| says| told)"
)


_VERB_JUST_AFTER_ROLE = re.compile(r" (?:said|says|told|tells|added|asked|ruled|noted|replied)\b")


def _role_after(state: _State, end: int) -> tuple[str | None, str | None]:
    body = state.body
    ranking = _RANKING_MEMBER_AFTER.match(body, end) if body.startswith(", ", end) else None
    if ranking and _looks_like_org(state, ranking.group("org")):
        return ranking.group("role"), ranking.group("org")
    if body.startswith(" (", end):
        age = _BRACKETED_AGE_THEN_COMMA.match(body, end)
        if age:
            end = age.end()  # "Jane Roe (52), the director of Acme,": past the age in brackets
    degree = _DEGREE_AFTER.match(body, end) if body.startswith(", ", end) else None
    if degree:
        end = degree.end()  # "Jane Roe, M.D., Chief Medical Officer of Acme": past the degree
    if body.startswith(", ", end) and body[end + 2 : end + 3].islower() and " and " in body[end : end + 40]:
        mixed = _MIXED_ROLE_AFTER.match(body, end)
        if mixed and mixed.group("link") != "for" and _looks_like_org(state, mixed.group("org")):
            return mixed.group("role"), mixed.group("org")
    if (
        body.startswith(", ", end)
        and (
            body[end + 2 : end + 3].isupper()
            # ", the Minister of Home Affairs,": the capitalised post after "the" is read the same way.
            or (
                body.startswith("the ", end + 2)
                and body[end + 6 : end + 7].isupper()
                and _first_word(body, end + 6) in _TITLE_WORDS
            )
            or _WHO_IS_THE_CAPITAL.match(body, end) is not None
        )
    ):
        capital = _CAPITAL_ROLE_AFTER.match(body, end)
        if (
            capital
            and capital.group("role").rsplit(" ", 1)[-1] in _PORTFOLIO_HEADS
            and body.startswith((" of ", " for "), capital.end("role"))
            and _portfolio_named(state, capital.group("org"))
        ):
            # ", Minister of Climate Change and Environment;", ", Minister of State for Food Security,":
            # the portfolio is part of the post.
            portfolio = capital.group("org")
            post = body[capital.start("role") : capital.end("org")]
            return post, _ministry_named(state, portfolio) if not portfolio.startswith("State ") else None
        if capital and capital.group("link") == "for":
            capital = None  # only a minister's portfolio follows "for" here
        if capital and _looks_like_org(state, capital.group("org")):
            # ", Senior Vice President of Quality Operations at Acme": a capitalised title, then where.
            return capital.group("role"), capital.group("org")
        alone = _CAPITAL_ROLE_ALONE_AFTER.match(body, end)
        if alone:
            return alone.group("role"), None
        listed = _capital_post_comma_org_after(state, end)
        if listed is not None:
            return listed
    match = _ROLE_AFTER.match(body, end)
    if (
        match is not None
        and body.endswith("the ", 0, match.start("role"))
        and _VERB_JUST_AFTER_ROLE.match(body, match.end("role"))
    ):
        # "Turning to Roe, the judge said …": a role the verb follows at once, with no closing comma, is
        # the next clause's subject, not the name's appositive.
        return None, None
    if match is None or "’s " in match.group("role") or "'s " in match.group("role"):
        # ", the health department's state epidemiologist,": the owner's name, then the post.
        match = _ROLE_AFTER_POSSESSIVE.match(body, end) or match
    if not match and body.startswith(", ", end):
        party = _PARTY_ROLE_AFTER.match(body, end)
        if party:
            # ", the Conservative MP for X,": an MP, for the party the adjective names.
            start = party.start("party")
            data = _adjective_org(party.group("party"))
            if data is not None and all(o.start != start for o in state.orgs):
                _add_org(state, start, party.end("party"), data)
            return party.group("role"), party.group("party")
        named = _NAMED_PARTY_ROLE_AFTER.match(body, end)
        if named and any(o.name == named.group("party") and o.kind == "party" for o in state.orgs):
            return named.group("role"), named.group("party")
        member = _PARTY_MEMBER_AFTER.match(body, end)
        if member:
            # ", a first-term Democrat widely expected to …", ", a Republican from Centre County,": a member.
            start = member.start("party")
            data = _adjective_org(member.group("party"))
            if data is not None and all(o.start != start for o in state.orgs):
                _add_org(state, start, member.end("party"), data)
            return "", member.group("party")
    if not match and body.startswith(", ", end) and body[end + 2 : end + 3].isupper():
        bare = _BARE_ORG_ROLE_AFTER.match(body, end)
        if bare and bare.group("org") not in PLACES and _org_inside_role(state, bare.group("org")):
            # ", IG Metall district head for Baden-Württemberg,", ", Acme Bank chief economist,": the
            # organisation, then the post, with no article.
            return bare.group("role"), bare.group("org")
    if not match:
        inside = _ROLE_AFTER_ORG_INSIDE.match(body, end) if body.startswith(", ", end) else None
        if inside is None and body.startswith(", ", end):
            # ", a retired Acme Works engineer and resident of Roeville": a second, lower-case description.
            inside = _ROLE_AFTER_ORG_INSIDE_AND.match(body, end)
            if inside and not _org_inside_role(state, inside.group("org")):
                inside = None
        if inside and _org_inside_role(state, inside.group("org")):
            # ", a senior Hamas official,": the organisation inside the role, the title after it.
            return inside.group("role"), inside.group("org")
        if inside and (
            inside.group("org") in PLACES
            or inside.group("org") in NOT_NAMES
            or _COMPOUND_ADJECTIVE.search(inside.group("org"))
        ):
            # ", a Paris lawyer,", ", a Harvard-trained economist,", ", a Cajun fiddler,"
            return inside.group("role"), None
        lower = _LOWER_ORG_ROLE_AFTER.match(body, end) if body.startswith(", ", end) else None
        lower_org = (lower.group("owner") or lower.group("at")) if lower else None
        if lower and any(o.name == lower_org for o in state.orgs):
            # ", fernly’s co-founder and CEO,", ", a researcher at watchTowr,": a name in lower case.
            return lower.group("role"), lower_org
        position = _POSITION_AFTER.match(body, end) if body.startswith(", ", end) else None
        if position and _is_sports(state):
            return position.group("role"), None  # ", a second-year quarterback who …"
    if not match:
        of_org = _OF_ORG_AFTER.match(body, end) or _OF_THE_ORG_THEN_VERB.match(body, end)
        if of_org and of_org.re is _OF_ORG_AFTER and of_org.group("letters"):
            # "of the Shiv Sena (UBT)": the faction, when the article names it with its letters.
            faction = f"{of_org.group('org')} ({of_org.group('letters')})"
            if any(o.name == faction for o in state.orgs):
                return "", faction
        if of_org and body.startswith(", ", of_org.end("org")):
            # "of Kiggundu, Mayanja & Co Advocates": a firm whose name runs on past a comma.
            longer = next(
                (o for o in state.orgs if o.start == of_org.start("org") and o.end > of_org.end()), None
            )
            if longer is not None:
                return "", longer.name
        if of_org and _looks_like_org(state, of_org.group("org")):
            return "", of_org.group("org")
        seated = _SITS_ON_BODY_AFTER.match(body, end) if body.startswith(", who ", end) else None
        if seated:
            # ", who represents Chikwawa East and sits on the committee,": a member of the body named
            # before (the seat she represents is a place, no organisation).
            return "", f"the {seated.group('body')}"
        who = _ROLE_AFTER_WHO.match(body, end)
        if who is None and of_org and of_org.group("org") in PLACES:
            who = _ROLE_AFTER_WHO.match(body, of_org.end())  # "Jane Roe of Malawi, who chairs the group of …"
        tied = who and (
            who.group("org")
            or who.group("grouped")
            or who.group("behalf")
            or who.group("owner")
            or who.group("chaired")
            or who.group("ticket")
        )
        if (
            tied
            and _looks_like_org(state, tied)
            # "Counsel Jane Roe, who represented Lim,": a word of a person's name the article gives is her
            # client, no body.
            and not (
                " " not in tied
                and tied in state.name_words
                and tied not in KNOWN_ORGS
                and "represent" in who.group()  # type: ignore[union-attr]
            )
        ):
            return "", tied
        joined = _JOINED_AS_AFTER.match(body, end) if body.startswith(" joined ", end) else None
        if joined and (joined.group("org").startswith("the ") or _looks_like_org(state, joined.group("org"))):
            # "Roe joined the company as an accountant in 2014"
            return joined.group("role"), joined.group("org")
        became = _BECAME_AFTER.match(body, end)
        if became:
            # "Jane Roe, 44, will take over as chief executive officer in July", "Roe was appointed
            # president of the Acme Union in 2019": the post she took up.
            org = became.group("org")
            return became.group("role"), org if org and _looks_like_org(state, org) else None
        return _more_role_after(state, end)
    org = match.group("org") or (match.groupdict().get("desc") or None)
    if (
        match.re is _ROLE_AFTER_POSSESSIVE
        and org
        and org in ORG_HEADS
        and body.startswith(", the ", end)
        and not any(o.name == org for o in state.orgs)
    ):
        org = f"the {org.lower()}"  # ", the Commission's Deputy Chief Commissioner,": the body named before
    if org is None and body.startswith(" who ", match.end()):
        who = _ROLE_AFTER_WHO.match(body, match.end())
        tied = who and (who.group("org") or who.group("grouped"))
        if tied and _looks_like_org(state, tied):
            return match.group("role"), tied  # ", a retired teacher who taught at Acme School"
    if org and " at " in org and not org.startswith("University"):
        org = org.split(" at ")[0]  # only a university's campus is part of its name
    owner = _PLACE_OWNER.match(org) if org else None
    if org and owner and owner.group(1) in PLACES:
        org = org[owner.end() :]  # ", a spokesman for Ruritania's General Staff": the body, not the country
    if (
        org
        and " " not in org
        and match.group("org") == org
        and _HOME_TOWN_BEFORE.search(body, max(0, match.start("org") - 6), match.start("org"))
        and not (_org_of(state, org) or org in state.acronyms or any(o.name == org for o in state.orgs))
    ):
        org = None  # ", a teacher from Modiin,": one unknown word after "from" or "in" is a town
    if match.group("org"):
        # "president of the Royal Incorporation of Architects in Scotland": the name runs on past
        # where the role's words stop, as the organisation found there says.
        start = match.start("org")
        org = next((o.name for o in state.orgs if o.start == start and o.end > match.end("org")), org)
    role = match.group("role")
    if match.re is _ROLE_AFTER_POSSESSIVE and match.group("field"):
        role += match.group("field")  # "state epidemiologist for infectious disease": the field is the post's
    first, _, rest = role.partition(" ")
    if org is None and rest and _ALL_CAPS.match(first) and (first in state.acronyms or _org_of(state, first)):
        return rest, first  # ", an ANC councillor in Soweto,": the party's letters, then the post
    if org is None and match.group().endswith(_DESCRIBED_BODY_ENDS):
        body_at = _DESCRIBED_BODY_AFTER_ROLE.search(match.group())
        if body_at and body.startswith((",", ".", ";"), match.end()):
            # ", a senior forecaster at the agency,": the body named before, by its kind (resolve finds it).
            return role, f"the {body_at.group(1)}"
    return role, org


# "… at the agency", "… of the company": a body the article named before, by its kind alone.
_DESCRIBED_BODY_WORDS = tuple(
    w for w in DESCRIPTORS if w not in ("county", "side", "entity", "metro", "bench", "force", "military")
)
_DESCRIBED_BODY_ENDS = tuple(f" the {w}" for w in _DESCRIBED_BODY_WORDS)
_DESCRIBED_BODY_AFTER_ROLE = re.compile(r" (?:at|of|for|with) the ([a-z]+)$")


_TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS


def _first_word(body: str, start: int) -> str:
    """The word that opens at ``start`` ("Minister" of "Minister of Home Affairs,")."""
    space = body.find(" ", start, start + 40)
    return body[start : space if space >= 0 else start + 40].rstrip(",.;")


def _portfolio_named(state: _State, text: str) -> bool:
    """Are the capitalised words a minister's portfolio ("Climate Change and Environment", "State for
    Food Security"), named by no organisation?"""
    words = text.split()
    return (
        all(w in ("and", "&", "for", "of") or w == "State" or _is_portfolio_word(w) for w in words)
        and text not in KNOWN_ORGS
        and _static_org(text) is None
        and not any(o.name == text for o in state.orgs)
    )


_HOME_TOWN_BEFORE = re.compile(r" (?:from|in) $")
# "Jane Roe joined the company as an accounts executive in 2014", "… joined Acme Bank as its treasurer.":
# the post she took up there.
_JOINED_AS_AFTER = re.compile(
    rf" joined (?P<org>the (?:company|firm|bank|group|agency|council|ministry|department|union|party|club|"
    rf"team|charity|board)|{_ORG_WORDS}) as (?:a|an|its|their) "
    rf"(?P<role>(?:[a-z][\w-]* ){{0,2}}(?:{_ROLE_HEAD_ALT}))(?=[,.;]| in \d| and | before | after | on | from )"
)
_BECAME_AFTER = re.compile(
    rf"(?:, \d{{1,3}},)? (?:(?:will|would|has|had) )?(?:was |is |has been |had been )?(?:named|appointed|promoted to|"
    rf"elected|became|become|take over as|takes over as|took over as|step in as|steps in as|stepped in as)"
    rf" (?:the |a |an |its |their )?(?:new |interim |acting )?"
    rf"(?P<role>(?:[a-z][\w-]* ){{0,2}}(?:{_ROLE_HEAD_ALT}))"
    rf"(?: (?:of|at) (?:the )?(?P<org>{_ORG_WORDS}))?(?=[,.;]| in | on | from | after | before | and |$)"
)
# "Ruritania's " opening an organisation's name as written: the country it belongs to.
_PLACE_OWNER = re.compile(rf"({U}[\w-]*(?: {U}[\w-]*)?)[’']s (?={U})")


def _split_role(state: _State, role: str | None, org: str | None) -> tuple[str | None, str | None]:
    """A role after a name, with the organisation a possessive inside it names taken out."""
    if not role:
        return role, org
    position = _POSITION_END.search(role) if " " in role else None
    if position and _is_sports(state):
        role = position.group(1)  # "a second-year quarterback": the position is the title
    if " and " in role and _ROLE_HEAD_END.search(role.split(" and ")[0]):
        role = role.split(" and ")[0]  # ", co-founder and CEO,": the second post is read on its own
    # ", the Chinese company’s vice president": the nationality qualifies the owner, not the post.
    owner = _OWNER_IN_ROLE.match(_NATIONALITY_OPENING.sub("", role))
    if owner and org is None and any(o.name == owner.group(1) for o in state.orgs):
        return owner.group(2), owner.group(1)  # ", fernly’s co-founder,": a name in lower case
    if owner and org is None and (owner.group(1) in DESCRIPTORS or _ROLE_HEAD_END.search(owner.group(2))):
        # ", the trust’s head of science,", ", the coalition's lawyer,": the post, in the body the
        # noun names (resolve finds it, or leaves the post without one).
        return owner.group(2), f"the {owner.group(1)}"
    return role, org


_ROLE_HEAD_END = re.compile(rf"\b(?:{_ROLE_HEAD_ALT})$")


# "Acme Water's regional operations manager for Leinster, Jane Roe,", "The KRA's Commissioner for
# Domestic Taxes, Jane Roe,", "The ministry's director general of tax policy, Jane Roe,", "Chile's
# Undersecretary of Mining, Jane Roe,": an owner's possessive, the post (its portfolio kept), then
# where or what it covers ("for Leinster", "in charge of exports": no part of the post), then the name.
_POSSESSIVE_POST_BEFORE = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.!?”\"] )|(?<=[a-z,;:] ))"
    rf"(?:(?P<desc>[Tt]he [a-z]+)|(?:[Tt]he )?(?P<owner>{_WORD}(?: {_WORD}){{0,3}}))[’']s? "
    rf"(?:(?P<capital>(?:{U}[\w-]* ){{0,3}}{U}[\w-]*(?: (?:of|for) {U}[a-z]+(?: (?:and |& )?{U}[a-z]+){{0,3}})?)"
    rf"|(?P<lower>(?:[a-z][\w-]* ){{0,3}}?(?:{_ROLE_HEAD_ALT})(?: of [a-z]+(?: (?:and )?[a-z]+){{0,3}})?))"
    rf"(?P<scope> (?:for|in) [^,;.“”\"()]{{1,40}}| in charge of [^,;.“”\"()]{{1,40}})?, $"
)


# "INZ general manager of border operations Jane Roe said": a post and its field in lower case, no comma.
_POST_OF_FIELD_BEFORE = re.compile(
    rf"(?:(?P<org>{_ORG_WORDS}) |(?<![\w’'-]))"
    rf"(?P<role>(?:{_ROLE_MOD} ){{0,2}}(?:{_ROLE_HEAD_ALT}) of (?!the )[a-z]+(?: (?:and )?[a-z]+){{0,3}}) $"
)


def _post_of_field_before(state: _State, lead: int) -> tuple[str | None, str | None]:
    """(post, organisation as written) of "Acme head of research " right before ``lead``."""
    body = state.body
    space = body.rfind(" ", max(0, lead - 40), lead - 1)
    if not body[space + 1 : lead - 1].isalpha() or not body[space + 1 : lead - 1].islower():
        return None, None
    if body.find(" of ", max(0, lead - 70), lead) < 0:
        return None, None
    found = _POST_OF_FIELD_BEFORE.search(body, max(0, lead - 120), lead)
    if found is None:
        return None, None
    org = found.group("org")
    if org and not (_org_of(state, org) or org in state.acronyms or any(o.name == org for o in state.orgs)):
        org = None
    role = found.group("role")
    owned = _OWNER_IN_ROLE.fullmatch(role)
    if owned is not None:
        # "the corporation's director of finance Mr. Jane Roe": the post is the body's the descriptor names.
        # The owner is a known descriptor, or the last word of a body's name found ("the corporation").
        owner, role = owned.groups()
        named = owner in DESCRIPTORS or any(o.name.rsplit(" ", 1)[-1].lower() == owner for o in state.orgs)
        return role, f"the {owner}" if named and body.endswith(" the ", 0, found.start()) else org
    return role, org


# "Counsel to the third defendant, Jane Roe,", "a lawyer for the accused, Jane Roe,": a lawyer named by
# the party to a case she acts for, which is no body.
_PARTY_COUNSEL_BEFORE = re.compile(
    r"(?<![\w’'-])(?P<role>[Cc]ounsel|[Ll]awyer|[Ss]olicitor|[Bb]arrister|[Aa]ttorney|[Aa]dvocate) (?:to|for) "
    r"(?:the|his|her|their) (?:[a-z]+ )?(?:defendants?|accused|defence|prosecution|plaintiffs?|claimants?|"
    r"respondents?|petitioners?|applicants?|appellants?|complainants?|family|families|victims?), $"
)


def _party_counsel_before(body: str, lead: int) -> str | None:
    """The lawyer's post ("counsel") of "Counsel to the third defendant, " right before ``lead``."""
    found = _PARTY_COUNSEL_BEFORE.search(body, max(0, lead - 60), lead)
    return found.group("role").lower() if found else None


# "The executive director in the ministry, Jane Roe,": a post in the body a descriptor names.
_POST_IN_BODY_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?) (?P<role>(?:{_ROLE_MOD} ){{0,2}}(?:{_ROLE_HEAD_ALT})) (?:in|at) (?P<desc>the [a-z]+), $"
)


def _post_in_body_before(state: _State, lead: int) -> tuple[str | None, str | None]:
    """(post, descriptor) of "The executive director in the ministry, " right before ``lead``."""
    body = state.body
    if not body.endswith(", ", 0, lead):
        return None, None
    space = body.rfind(" ", max(0, lead - 30), lead - 2)
    if body[space + 1 : lead - 2] not in DESCRIPTORS:
        return None, None
    found = _POST_IN_BODY_BEFORE.search(body, max(0, lead - 90), lead)
    return (found.group("role"), found.group("desc")) if found else (None, None)


# "the Special Adviser to the President on Media and Publicity, Jane Roe,": a capitalised post with the
# office it serves and its field, set off by commas before the name.
_COMPLEMENTED_POST_BEFORE = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.!?”\"] )|(?<=, ))[Tt]he (?P<post>(?:{U}[\w-]* ){{0,3}}{U}[\w-]*"
    rf"(?: (?:to|of|for|on) (?:the )?{U}[\w-]+(?:,? (?:and |& )?{U}[\w-]+){{0,4}}){{1,3}}), $"
)


def _complemented_post_before(state: _State, lead: int) -> tuple[str | None, str | None]:
    """(post, organisation as written) of "the Special Adviser to the President on Media, " or "the
    Ranking Member on the Acme Committee, " right before ``lead``."""
    body = state.body
    if not body.endswith(", ", 0, lead) or not body[lead - 3 : lead - 2].isalpha():
        return None, None
    found = _COMPLEMENTED_POST_BEFORE.search(body, max(0, lead - 120), lead)
    if found is None:
        return None, None
    post = found.group("post")
    head = re.split(r" (?:to|of|for|on) ", post, maxsplit=1)[0]
    rest = post[len(head) :]
    if not _capital_post(head.split()) or (" to the " not in rest and " on " not in rest):
        # Only an office served or a field past the head: "for Trade" alone is read elsewhere.
        return None, None
    if any(word.rstrip(",") in _CALENDAR_WORDS or word.rstrip(",") in PLACES for word in rest.split()):
        return None, None  # "the President on Monday", "the Ambassador to the Netherlands": when or where
    if rest.startswith(" on the "):
        # "the Ranking Member on the Acme Committee": a seat on a body the article names is a post
        # held in that organisation.
        body_name = rest.removeprefix(" on the ")
        if ORG_HEADS.get(body_name.rsplit(" ", 1)[-1]) and any(o.name == body_name for o in state.orgs):
            return head, body_name
    if "," in rest:
        return None, None  # a list of fields runs only inside a body's name
    return post, None


def _possessive_post_before(state: _State, lead: int) -> tuple[str | None, str | None]:
    """(post, owner as written) of "Acme's chief engineer for Leinster, " right before ``lead``."""
    body = state.body
    if not body.endswith(", ", 0, lead):
        return None, None
    window = max(0, lead - 140)
    if body.find("’s ", window, lead) < 0 and body.find("'s ", window, lead) < 0:
        return None, None
    found = _POSSESSIVE_POST_BEFORE.search(body, window, lead)
    if found is None:
        return None, None
    post = found.group("capital") or found.group("lower")
    if found.group("capital"):
        head, _, portfolio = post.partition(" of ") if " of " in post else post.partition(" for ")
        if not _capital_post(head.split()):
            return None, None
        if portfolio and (portfolio in PLACES or portfolio.split()[0] in PLACES):
            return None, None  # "Acme's Director for Leinster": the region would be read as the post
    owner = found.group("owner")
    if owner:
        words = owner.split()
        while len(words) > 1 and words[0] in NOT_NAMES and words[0] not in ORG_HEADS:
            words = words[1:]  # "But Acme's …": a sentence opener is no part of the owner
        owner = " ".join(words)
        if owner in PLACES or _names_person(state, owner):
            return post, None  # "Kenya's Principal Secretary for Trade": a state's post, no organisation
        if not (
            _org_of(state, owner)
            or owner in state.acronyms
            or _adjective_org(owner)
            or any(o.name == owner for o in state.orgs)
        ):
            if _company_owning_post(state, owner, post):
                owner_end = found.end("owner")
                _add_org(state, owner_end - len(owner), owner_end, _org_from_text(owner))
                return post, owner
            return post, None  # an owner read as no organisation anywhere else: the post alone
        return post, owner
    desc = found.group("desc")
    return post, desc.lower() if desc else None


# The posts only a company or a body has, whose owner named before "'s" is an organisation.
_COMPANY_POSTS = frozenset(
    [
        "managing director",
        "chief executive",
        "chief executive officer",
        "ceo",
        "founder",
        "co-founder",
        "general manager",
        "chief operating officer",
        "chief financial officer",
        "executive director",
        "chairman",
        "chairwoman",
        "chairperson",
    ]
)


def _company_owning_post(state: _State, owner: str, post: str) -> bool:
    """ "Fellside Fibre's Managing Director, Jane Roe,": two to four capitalised words no lexicon reads as
    a person's or a place's name, owning a company's post, are a company's name."""
    words = owner.split()
    return (
        post.lower() in _COMPANY_POSTS
        and 2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not _plain_given_name(words[0])
        and words[0] not in NOT_NAMES
        and owner not in PLACES
        and not any(p.name == owner or p.name.endswith(" " + words[-1]) for p in state.people)
    )


# "talks between the Prime Minister and Finance Minister Jane Roe", "The President and Finance Minister
# Jane Roe met": "the" before the first post names another holder.
_BETWEEN_BEFORE = re.compile(r"(?:\bbetween |\b[Tt]he )$")


def _joined_posts(title: str) -> list[str]:
    """ "founder and chief investment officer": each of two posts in lower case joined by "and", and
    "Co-author Professor": a role before a title; any other title as it is ("Minister for Works and
    Transport", "head of research and development")."""
    first, _, second = title.partition(" and ")
    if second and title.islower() and _ROLE_HEAD_END.search(first) and _ROLE_HEAD_END.search(second):
        return [first, second]
    opening, _, rest = title.partition(" ")
    if (
        rest
        and opening.lower() in ROLE_HEADS
        and opening not in TITLE_HEADS
        and opening not in TITLE_MODIFIERS
        and rest.split()[0] in TITLE_HEADS
    ):
        return [
            opening,
            rest,
        ]  # "Co-author Professor Jane Roe": a role capitalised at a sentence start, a title
    return [title]


def _joined_capital_posts(role: str) -> str | None:
    """The second of two capitalised posts joined by "and" ("Co-Founder and Chief Technology
    Officer"), when both halves are posts; None otherwise ("Head of Research and Development")."""
    first, _, second = role.partition(" and ")
    words = first.split()
    if not second or not words:
        return None
    if words[0][:1].islower():
        # "co-founder and Chief Executive Officer": a lower-case post, then a capitalised one.
        if not _ROLE_HEAD_END.search(first) or not second[:1].isupper():
            return None
    elif not _capital_post(words):
        return None
    return second if _capital_post(second.split()) else None


# ", a French MEP", ", a Dutch executive": the nationality describes the person, the post follows it.
_NATIONALITY_OPENING = re.compile(rf"^(?:{_NATIONALITY}) (?=[a-zA-Z])")


# ", fernly’s co-founder", ", a security researcher at watchTowr": an organisation whose name is
# written in lower case (checked against those found).
_LOWER_ORG_ROLE_AFTER = re.compile(
    rf", (?:(?P<owner>[a-z][\w.-]*)[’']s |(?:a |an |the )?)"
    rf"(?P<role>(?:[a-z][\w’'-]* ){{0,3}}?(?:{_ROLE_HEAD_ALT}))"
    rf"(?(owner)| (?:at|of|for|with) (?P<at>[a-z][\w.-]*))(?=[,.;)]| said| says| told| who\b| which\b| and\b|$)"
)
# ", M.D.", ", PhD": a degree or honour between a name and the role after it.
_DEGREE_AFTER = re.compile(
    # "P.Geo.", "P.Eng.": a Canadian professional geoscientist's or engineer's designation.
    r", (?:M\.D\.|Ph\.D\.|MD|PhD|DPhil|MBA|CPA|RN|Esq\.|OBE|MBE|CBE|KC|QC|P\.Geo\.|P\.Eng\.|P\.Geol\.)(?=,)"
)
_TITLE_HEAD_ALT = "|".join(sorted((re.escape(w) for w in TITLE_HEADS), key=len, reverse=True))
_TITLE_MOD_ALT = "|".join(sorted((re.escape(w) for w in TITLE_MODIFIERS), key=len, reverse=True))
# "Regional Commissioner for Dodoma": a post, then the place it serves.
_POST_FOR_PLACE = re.compile(rf"(.+\b(?:{_TITLE_HEAD_ALT})) for ({U}[\w’'-]+(?: {U}[\w’'-]+)?)")
# ", Chief Medical Officer of Acme", ", Senior Vice President of Quality Operations at Acme".
_CAPITAL_ROLE_AFTER = re.compile(
    # ", Director General of …": a post whose head "General" follows.
    rf", (?:the )?(?P<role>(?:(?:{_TITLE_MOD_ALT}) ){{0,4}}(?:{_TITLE_HEAD_ALT})(?: General| Fiscal)?"
    # ", President and CEO of Acme": two posts joined.
    rf"(?: (?:and|&) (?:(?:{_TITLE_MOD_ALT}) ){{0,4}}(?:{_TITLE_HEAD_ALT}))?"
    # ", Deputy Director General in charge of Research and Extension at Acme": the remit is part of the
    # post; ", Chairman of the Management Board of Acme": the board is the post's, the body follows.
    rf"(?: in charge of {U}[\w’'-]+(?: (?:and |& )?{U}[\w’'-]+){{0,5}}(?= at )"
    rf"| of the (?:{U}[a-z]+ )?Board(?: of Directors)?(?= of ))?"
    rf"(?: (?:of|for) {U}[\w’'-]+(?: (?:and |& )?{U}[\w’'-]+){{0,3}}(?= at ))?)"
    # ", Executive Vice President, North America, at Acme": the region the post covers.
    rf"(?:, {U}[a-z]+(?: {U}[a-z]+)?,)?"
    # "… of the World Health Programme (WHP), said": the organisation's acronym after it.
    # ", Minister for Housing,": "for" opens a portfolio as "of" does.
    rf" (?P<link>of|at|for) (?:the )?(?P<org>{_ORG_WORDS})(?: \([A-Z][A-Za-z]{{1,6}}\))?(?=[,.;)]| said| says| told|$)"
)
# ", co-founder and Chief Executive Officer of Acme": a lower-case post joined to a capitalised one, as
# press releases write them.
_MIXED_ROLE_AFTER = re.compile(
    _CAPITAL_ROLE_AFTER.pattern.replace(
        r", (?:the )?(?P<role>",
        rf", (?:the )?(?P<role>(?:[a-z][\w-]* )?(?:{_ROLE_HEAD_ALT}) (?:and|&) (?=[A-Z])",
        1,
    )
)
# "said Jane Roe, Chief Financial Officer.": a capitalised title of two words or more alone closes the
# sentence (or the appositive before "said"); a bare "…, Minister." may be an address.
# ", Executive Vice President and Chief Financial Officer.": two such posts joined.
_WHO_IS_THE_CAPITAL = re.compile(rf", who is (?:also |now )?the {U}")
_CAPITAL_ROLE_ALONE_AFTER = re.compile(
    # ", who is also the Majority Whip, said": a second post, held besides the one before the name.
    rf", (?:who is (?:also |now )?the )?(?P<role>(?:(?:{_TITLE_MOD_ALT}) ){{1,4}}(?:{_TITLE_HEAD_ALT})"
    rf"(?: and (?:(?:{_TITLE_MOD_ALT}) ){{0,4}}(?:{_TITLE_HEAD_ALT}))?"
    # ", President and Chief Executive Officer.": a one-word post joined to a longer one.
    rf"|(?:{_TITLE_HEAD_ALT}) and (?:(?:{_TITLE_MOD_ALT}) ){{1,4}}(?:{_TITLE_HEAD_ALT}))"
    rf"(?=[.;](?:\s|$)|, (?:said|says|told)\b)"
)
# ", Director, Acme Traders.": a capitalised post, a comma, then the organisation, as Indian and
# press-release styles credit a speaker.
_CAPITAL_POST_COMMA_ORG_AFTER = re.compile(
    rf", (?P<role>(?:(?:{_TITLE_MOD_ALT}) ){{0,4}}(?:{_TITLE_HEAD_ALT})), (?:the )?(?P<org>{_ORG_WORDS})"
    rf"(?=[.;](?:\s|$)|, (?:said|says|told|added)\b|$)"
)


def _capital_post_comma_org_after(state: _State, end: int) -> tuple[str, str] | None:
    """(post, organisation) from ", Director, Acme Traders." right after a name, or None."""
    found = _CAPITAL_POST_COMMA_ORG_AFTER.match(state.body, end)
    if found is None:
        return None
    org = found.group("org")
    words = org.split()
    headed = len(words) > 1 and words[-1] in ORG_HEADS  # "Global Tea Brokers": a plain word may open it
    if org in PLACES or (words[0] in NOT_NAMES and not headed) or _names_person(state, org):
        return None
    if words[0] in FIRST_NAMES and _org_of(state, org) is None:
        return None  # ", Director, Jane Roe.": a list of people, no body
    return found.group("role"), org


# ", Vice President, Exploration of Acme,": a capitalised post, the field it covers, then the body.
_CAPITAL_POST_FIELD_OF_ORG_AFTER = re.compile(
    rf", (?P<role>(?:(?:{_TITLE_MOD_ALT}) ){{0,4}}(?:{_TITLE_HEAD_ALT}), {U}[a-z]+(?: {U}[a-z]+)?)"
    rf" (?:of|at) (?:the )?(?P<org>{_ORG_WORDS})(?=[,.;]| said| says| told| who\b)"
)
# ", a marine scientist at the University of Acme (UA) St Roe campus,": the organisation's letters in
# brackets close its name; the words after them say where.
_ROLE_AT_ORG_LETTERS_AFTER = re.compile(
    rf",(?: \d{{1,3}},)? (?:a|an|the) (?P<role>(?:[a-z][\w’'-]* ){{0,2}}?(?:{_ROLE_HEAD_ALT})) (?:at|of|with|for) "
    rf"(?:the )?(?P<org>{_ORG_WORDS}) \([A-Z][A-Za-z]{{1,6}}\)[^,.;()“”\"]{{1,40}}(?=[,.;])"
)
# ", 72, a retired schoolteacher from the north end,": a role noun after "a", with words after it that
# name no organisation.
_BARE_ROLE_AFTER = re.compile(
    rf",(?: \d{{1,3}},)? (?:a|an) (?P<role>(?:[a-z][\w’'-]* ){{0,2}}?(?:{_ROLE_HEAD_ALT}))"
    rf" (?=(?:from|in|near|on|with|since) (?:the|a|an|his|her|their) [a-z])"
)


# ", a plant biotechnologist at Acme University in Roeville,": a scientist's or practitioner's noun no
# list holds, known by its ending, and where she works.
_SCIENTIST_AFTER = re.compile(
    rf",(?: \d{{1,3}},)? (?:a|an) (?P<role>(?:[a-z]+ )?[a-z]{{3,}}(?:ologist|ician|ographer|ometrist))"
    rf"(?: (?:at|of|with) (?:the )?(?P<org>{_ORG_WORDS})(?: \([A-Z][A-Za-z]{{1,6}}\))?"
    rf"(?: in {U}[\w’'-]+(?: {U}[\w’'-]+)?)?)?(?=[,.;]| said| says| told| who\b)"
)


def _more_role_after(state: _State, end: int) -> tuple[str | None, str | None]:
    """(role, organisation) from appositives after a name that the longer patterns leave: a capitalised
    post with its field, a role at a body whose letters close its name, a role noun alone."""
    body = state.body
    if not body.startswith(", ", end):
        return None, None
    field = _CAPITAL_POST_FIELD_OF_ORG_AFTER.match(body, end)
    if field and _looks_like_org(state, field.group("org")):
        return field.group("role"), field.group("org")
    lettered = _ROLE_AT_ORG_LETTERS_AFTER.match(body, end)
    if lettered and _looks_like_org(state, lettered.group("org")):
        return lettered.group("role"), lettered.group("org")
    bare = _BARE_ROLE_AFTER.match(body, end)
    if bare:
        return bare.group("role"), None
    scientist = _SCIENTIST_AFTER.match(body, end)
    if scientist:
        org = scientist.group("org")
        return scientist.group("role"), org if org and _looks_like_org(state, org) else None
    unit = _UNIT_HEAD_AT_ORG_AFTER.match(body, end)
    if unit and _looks_like_org(state, unit.group("org")):
        return unit.group("role"), unit.group("org")
    owned = _UNIT_HEAD_OF_DESCRIPTOR_AFTER.match(body, end)
    if owned and owned.group("desc") in DESCRIPTORS:
        # ", the head of the association's regulatory department,": the body named before by its kind.
        return owned.group("role"), f"the {owned.group('desc')}"
    return None, None


# ", head of the foreign exchange team at Acme Bank,": the head of a unit named in lower case, at the
# organisation it belongs to; the post is the head's, the organisation the one named.
_UNIT_HEAD_OF_DESCRIPTOR_AFTER = re.compile(
    r", (?:the )?(?P<role>head|chief|director|manager|leader) of the (?P<desc>[a-z]+)[’']s (?:[a-z-]+ ){0,3}"
    r"(?:team|department|desk|division|unit|section|programme|program)(?=[,.;]| said| says| told)"
)
_UNIT_HEAD_AT_ORG_AFTER = re.compile(
    rf", (?:the )?(?P<role>head|chief|director|manager|leader) of (?:the |its )?(?:[a-z-]+ ){{1,3}}"
    rf"(?:team|department|desk|division|unit|section|programme|program) (?:at|of) (?:the )?(?P<org>{_ORG_WORDS})"
    rf"(?=[,.;]| said| says| told)"
)


# "General Secretary of the Acme Workers' Union (AWU) Jane Roe said": a capitalised post of a body whose
# letters in brackets close it, with no comma before the name.
_POST_OF_LETTERED_BODY_BEFORE = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.!?] )|(?<=, )|(?<=[Tt]he ))(?P<role>(?:(?:{_TITLE_MOD_ALT}) ){{0,3}}(?:{_TITLE_HEAD_ALT}))"
    rf" of (?:the )?(?P<org>{_ORG_WORDS}) \([A-Z][A-Za-z]{{1,6}}\) $"
)


def _post_closing_before(
    state: _State, lead: int, closing: str, pattern: re.Pattern[str]
) -> re.Match[str] | None:
    """``pattern`` ending right before ``lead``, where the text there ends with ``closing``: the closing
    test first, since most names have no post before them, and then a search of the 160 characters back."""
    if not state.body.endswith(closing, 0, lead):
        return None
    return pattern.search(state.body, max(0, lead - 160), lead)


def _names_body(state: _State, org: str) -> bool:
    """Whether words a post is "of" name a body: not a place, not a person, and shaped like a body."""
    return org not in PLACES and not _names_person(state, org) and _looks_like_org(state, org)


def _post_of_lettered_body_before(state: _State, lead: int) -> tuple[str | None, str | None]:
    """(post, organisation) of "General Secretary of the Acme Union (AU) " right before ``lead``."""
    found = _post_closing_before(state, lead, ") ", _POST_OF_LETTERED_BODY_BEFORE)
    if found is None or not _names_body(state, found.group("org")):
        return None, None
    return found.group("role"), found.group("org")


# "A law officer of the corporation, Jane Roe,", "the Zonal Coordinator of NEMA in charge of Kano and
# Jigawa States, Jane Roe,": a post of a body, perhaps with its remit, set off before the name.
# "Director of the Local Content Secretariat, Jane Roe,": a capitalised post may open the sentence bare.
_FRONTED_POST_OF_BEFORE = re.compile(
    rf"(?:(?<![\w’'-])(?:[Tt]he|[Aa]n?) (?P<role>(?:[a-z]+ )?(?:{_ROLE_HEAD_ALT})"
    rf"|(?:(?:{_TITLE_MOD_ALT}|{U}[a-z]+) ){{0,3}}(?:{_TITLE_HEAD_ALT}|{_word_trie(ROLE_HEADS, capital=True)}))"
    rf"|(?:^|(?<=\n)|(?<=[.!?] ))(?P<bare>(?:(?:{_TITLE_MOD_ALT}) ){{0,3}}(?:{_TITLE_HEAD_ALT})))"
    rf" (?:of|at|for) "
    # "(Diresa Piura)": its short name in brackets, perhaps with its place.
    rf"(?P<org>the [a-z]+|(?:the )?{_ORG_WORDS})(?: \([A-Z][A-Za-z]{{1,6}}(?: {U}[a-z]+)?\))?"
    rf"(?: in charge of [^,;.“”\"]{{1,60}})?, $"
)


def _fronted_post_of_before(state: _State, lead: int) -> tuple[str | None, str | None]:
    """(post, organisation) from a post of a body set off by a comma right before ``lead``."""
    found = _post_closing_before(state, lead, ", ", _FRONTED_POST_OF_BEFORE)
    if found is None:
        return None, None
    org = found.group("org")
    role = found.group("role") or found.group("bare")
    if org.startswith("the ") and org[4:].islower():
        # "of the corporation": the body the article named before, when its noun is a known descriptor.
        return role, org if org[4:] in DESCRIPTORS else None
    org = org.removeprefix("the ")
    return (role, org) if _names_body(state, org) else (None, None)


# ", the trust’s head of science": a descriptor's possessive opens the role.
_OWNER_IN_ROLE = re.compile(r"([a-z]+)[’']s (.+)")
# ", a senior Hamas official,", ", an UNRWA spokesperson in Amman", ", a University of Missouri graduate
# student who": an organisation's name inside the role, the title after it.
_ROLE_AFTER_ORG_INSIDE = re.compile(
    rf",(?: \d{{1,3}},)? (?:who is |who was |is |was )?(?:a|an|the|its|their) (?:[a-z][\w’'-]* ){{0,2}}?"
    # ", a Dutch Greens MEP": the nationality describes the person, the party follows it;
    # ", a Kurdistan Unity Party (KUP) member of parliament from Duhok": its letters, the seat's town.
    rf"(?:(?:{_NATIONALITY}) (?={U}))?(?P<org>{_ORG_WORDS})(?: \([A-Z][A-Za-z]{{1,6}}\))? "
    rf"(?P<role>(?:[a-z][\w’'-]* ){{0,2}}?(?:{_ROLE_HEAD_ALT})(?: of parliament)?)"
    rf"(?: (?:in|from) {U}[\w’'-]+(?: {U}[\w’'-]+)?)?(?=[,.;)]| said| says| told| who\b| whose\b| which\b|$)"
)
# ", Acme Bank chief economist,", ", IG Metall district head for Bavaria,": no article before the
# organisation; the region the post covers may follow.
_BARE_ORG_ROLE_AFTER = re.compile(
    rf", (?P<org>{_ORG_WORDS}) (?P<role>(?:[a-z][\w’'-]* ){{0,2}}?(?:{_ROLE_HEAD_ALT}))"
    rf"(?: (?:for|in) {U}[\w’'-]+(?: {U}[\w’'-]+)?)?(?=[,.;]| said| says| told)"
)
_ROLE_AFTER_ORG_INSIDE_AND = re.compile(
    _ROLE_AFTER_ORG_INSIDE.pattern.removesuffix(")") + r"| and (?:a |an )?[a-z])"
)


# "Prize-winning", "Harvard-trained", "London-based": a capitalised compound adjective, no organisation.
_COMPOUND_ADJECTIVE = re.compile(r"-[a-z]+$")


def _org_inside_role(state: _State, org: str) -> bool:
    """Is the capitalised text inside a role an organisation (not "a Paris lawyer", "a British diplomat")?"""
    if _COMPOUND_ADJECTIVE.search(org):
        return False
    if _org_of(state, org) or _adjective_org(org) or org in state.acronyms:
        return True
    words = org.split()
    return org not in PLACES and words[0] not in NOT_NAMES and not _names_person(state, org)


def _looks_like_org(state: _State, text: str) -> bool:
    return (
        _org_of(state, text) is not None
        or (text not in PLACES and text.split()[0] not in NOT_NAMES)
        or any(org.name == text for org in state.orgs)  # found already: "University College London"
    )


# One capitalised word that is never a name, place, organisation or title by itself ("The", "But",
# "Monday"): such runs, most of them, skip classification.
_INERT_WORDS = (
    NOT_NAMES
    - TITLE_HEADS
    - HONORIFICS
    - frozenset(KNOWN_ORGS)
    - frozenset(KNOWN_SHORT_FORMS)
    - frozenset(HOME_FORMS)
    - frozenset(ORG_ADJECTIVES)
    - frozenset(PLACES)
    - _LEGISLATURES
    - frozenset(ORG_HEADS)
    - frozenset(w.capitalize() for w in DESCRIPTORS)
    - frozenset(FIRST_NAMES)
)


# Words that open towns' names as they open titles: "Prince Rupert", "Fort McMurray", "Port Hedland".
_TOWN_OPENERS = frozenset(
    ["Prince", "Princess", "Port", "Fort", "Saint", "St", "Mount", "Cape", "King", "Queen"]
)
# "Prince Rupert, British Columbia, will …": the state or province closes the town's name.
_STATE_CLOSED = re.compile(r"(?:,|\.(?:\s|$)|;)")


def _town_of_its_region(word: str, region: PlaceInfo) -> PlaceInfo | None:
    """The town of this name the gazetteer holds in the region's country, if the word names no bigger
    place elsewhere (a known place is read already)."""
    if word in PLACES or word in NOT_NAMES or word.isupper():
        return None
    town = PLACE_CANDIDATES.get(word, {}).get(str(region.country_code))
    return town if town is not None and town.kind == "city" else None


def _find_cities_by_region(state: _State, chunks: list[_Chunk]) -> None:
    """ "Austin, Texas", "the Austin, Texas-based company": a city whose name is also a common name
    or word, made certain by the region or country written after it."""
    body = state.body
    for previous, chunk in pairwise(chunks):
        if (
            len(previous.tokens) != 1
            or previous.label not in ("unknown", "person-candidate")
            or body[previous.end : chunk.start] != ", "
        ):
            continue
        city = AMBIGUOUS_PLACES.get(previous.tokens[0][2])
        words = [t[2] for t in chunk.tokens[:2]]
        words[-1] = words[-1].removesuffix("-based")
        region = PLACES.get(" ".join(words)) or PLACES.get(words[0])
        if city is None and region is not None and region.kind in ("region", "country"):
            # "a sister, Jane Roe of Tralee, Ireland": a small town the gazetteer holds in the country or
            # state written after it.
            city = _town_of_its_region(previous.tokens[0][2], region)
        if (
            city
            and region
            and region.kind in ("region", "country")
            and city.country_code == region.country_code
        ):
            start, end, name = previous.tokens[0]
            previous.label = "place"
            state.places.append(PlaceMention(start, end, name, city.name, city.country_code, city.kind))


def _find_towns_before_regions(state: _State, chunks: list[_Chunk]) -> None:
    """ "Prince Rupert, British Columbia, will have no service": a town the gazetteer lacks, named as
    towns are, with its state or province after it (read once the story's own country is settled)."""
    body = state.body
    for previous, chunk in pairwise(chunks):
        if (
            2 <= len(previous.tokens) <= 3
            and previous.label in ("unknown", "person-candidate")
            and body[previous.end : chunk.start] == ", "
            and chunk.label == "place"
            and _STATE_CLOSED.match(body, chunk.end)
        ):
            region = PLACES.get(body[chunk.start : chunk.end])
            words = [t[2] for t in previous.tokens]
            if (
                region is not None
                and region.kind == "region"
                and region.country_code
                and all(
                    (_is_name_token(w) or (k == 0 and w in _TOWN_OPENERS))
                    and w not in NOT_NAMES
                    and w not in ORG_HEADS
                    for k, w in enumerate(words)
                )
            ):
                previous.label = "place"
                text = body[previous.start : previous.end]
                state.places.append(
                    PlaceMention(previous.start, previous.end, text, text, region.country_code, "city")
                )


# "from Phoenix to Portland": the two ends of a journey.
_ROUTE = re.compile(
    rf"(?=[fb][re])\b(?:from|between) ({U}[\w’'-]+(?: {U}[\w’'-]+)?) (?:to|and) ({U}[\w’'-]+(?: {U}[\w’'-]+)?)"
)


def _find_route_ends(state: _State) -> None:
    """ "driving from Phoenix to Portland": a city whose name is also a word or a name ("Phoenix",
    "Austin") is the city at one end of a journey whose other end is a city of the same country."""
    body = state.body
    if " from " not in body and " between " not in body:
        return
    taken = {(p.start, p.end) for p in state.places} | {(o.start, o.end) for o in state.orgs}
    taken |= {(p.start, p.end) for p in state.people}
    # Towns read already by the words around them: "the ascent from Lourdes" makes Lourdes known.
    read = {(p.start, p.end): PlaceInfo(p.canonical, p.country_code, p.kind) for p in state.places}
    for route in _ROUTE.finditer(body):
        for ambiguous, other in ((1, 2), (2, 1)):
            known = PLACES.get(route.group(other)) or read.get((route.start(other), route.end(other)))
            city = AMBIGUOUS_PLACES.get(route.group(ambiguous))
            if city is None and known is not None and route.group(ambiguous) not in PLACES:
                # "from Lourdes to Castres": a smaller town of the same country at the other end.
                city = PLACE_CANDIDATES.get(route.group(ambiguous), {}).get(str(known.country_code))
            span = (route.start(ambiguous), route.end(ambiguous))
            if (
                city
                and known
                and known.kind == "city"
                and known.country_code == city.country_code
                and span not in taken
            ):
                state.places.append(
                    PlaceMention(*span, route.group(ambiguous), city.name, city.country_code, "city")
                )
                taken.add(span)


def _find_states_after_cities(state: _State) -> None:
    """ "Portland, Ore.": the abbreviated American state after a city is a place too, and makes the
    city the American one ("Paris, Tenn.")."""
    body = state.body
    taken = {(p.start, p.end) for p in state.places}
    for index, place in enumerate(list(state.places)):
        if not body.startswith(", ", place.end) or place.start == place.end:
            continue
        region = _DATELINE_REGION.match(body, place.end)
        if region is not None and _placed_by_its_country(state, index, region):
            continue
        place = state.places[index]
        if place.kind not in ("city", "region"):
            continue
        if place.kind == "region" and not place.name.endswith(" County"):
            continue  # (a county's state is read below; a state is followed by no other)
        abbreviation = region.group(1) if region else ""
        if not abbreviation.endswith(".") or abbreviation not in _US_STATES:
            if region is not None:
                _place_in_named_state(state, index, region)
            continue
        span = (region.start(1), region.end(1)) if region else (0, 0)
        if span not in taken:
            state.places.append(PlaceMention(*span, abbreviation, _US_STATES[abbreviation], "US", "region"))
            taken.add(span)
        american = PLACE_CANDIDATES.get(place.name, {}).get("US")
        if place.country_code != "US" and american is not None:
            state.places[index] = dataclasses.replace(place, canonical=american.name, country_code="US")
        elif place.country_code not in ("US", None) and place.kind == "city":
            _home_town_of_its_state(state, index)


def _placed_by_its_country(state: _State, index: int, after: re.Match[str]) -> bool:
    """ "its plant in Georgia, U.S.", "a distillery in Perth, Scotland": the country (or home nation)
    written after a place the gazetteer also holds there makes it that country's, here and wherever
    else the story names it in the first country's reading (a writer who had to say which Perth means
    the same one later)."""
    place = state.places[index]
    country = PLACES.get(after.group(1))
    if (
        country is None
        or country.kind not in ("country", "region")
        or not country.country_code
        or country.country_code == place.country_code
        or (country.kind == "region" and country.name not in _HOME_NATIONS)
    ):
        return False
    there = PLACE_CANDIDATES.get(place.name, {}).get(country.country_code)
    if there is None or there.kind == "country":
        return False
    old = (place.name, place.country_code)
    state.places = [
        dataclasses.replace(p, canonical=there.name, country_code=there.country_code, kind=there.kind)
        if (p.name, p.country_code) == old
        else p
        for p in state.places
    ]
    return True


# The United Kingdom's nations, written after a town as a country is ("Perth, Scotland").
_HOME_NATIONS = frozenset(["England", "Scotland", "Wales", "Northern Ireland"])


def _home_town_of_its_state(state: _State, index: int) -> None:
    """ "GLASGOW, Mont." and "north of Glasgow": a town the gazetteer holds only abroad is, with an
    American state's short form after it, a small American town of that name, wherever the story names it."""
    place = state.places[index]
    foreign = (place.canonical, place.country_code)
    for other, named in enumerate(state.places):
        if other != index and (named.canonical, named.country_code) != foreign:
            continue
        region = _DATELINE_REGION.match(state.body, named.end)
        placed = PLACES.get(region.group(1).rstrip(".")) if region else None
        if placed is None or placed.country_code != place.country_code:  # (not "Paris, France")
            state.places[other] = dataclasses.replace(named, country_code="US")


# Canadian provinces and territories as Canadian papers shorten them after a town ("Sydney, N.S.").
_CANADIAN_PROVINCES = {
    "N.S.": "Nova Scotia",
    "N.B.": "New Brunswick",
    "N.L.": "Newfoundland and Labrador",
    "Nfld.": "Newfoundland and Labrador",
    "P.E.I.": "Prince Edward Island",
    "Que.": "Quebec",
    "Ont.": "Ontario",
    "Man.": "Manitoba",
    "Sask.": "Saskatchewan",
    "Alta.": "Alberta",
    "B.C.": "British Columbia",
    "N.W.T.": "Northwest Territories",
    "Y.T.": "Yukon",
}
_CANADIAN_PROVINCE_AFTER = re.compile(
    ", (" + "|".join(re.escape(short) for short in _CANADIAN_PROVINCES) + r")(?![\w.])"
)


def _find_provinces_after_towns(state: _State) -> None:
    """ "in Sydney, N.S.", "near Hornepayne, Ont.": a Canadian province's short form after a town is a
    place of Canada, and makes the town (wherever the story names it) the Canadian one of its name."""
    body = state.body
    starts = {p.start for p in state.places}
    canadian: dict[str, PlaceInfo] = {}
    for place in list(state.places):
        if place.kind != "city" or place.end == place.start:
            continue
        province = _CANADIAN_PROVINCE_AFTER.match(body, place.end)
        if province is None:
            continue
        short = province.group(1)
        if province.start(1) not in starts:
            state.places.append(
                PlaceMention(*province.span(1), short, _CANADIAN_PROVINCES[short], "CA", "region")
            )
            starts.add(province.start(1))
        town = PLACE_CANDIDATES.get(place.name, {}).get("CA")
        if place.country_code != "CA" and town is not None:
            canadian[place.name] = town
    if canadian:
        state.places = [
            dataclasses.replace(p, canonical=canadian[p.name].name, country_code="CA")
            if p.name in canadian
            else p
            for p in state.places
        ]


def _place_in_named_state(state: _State, index: int, region: re.Match[str]) -> None:
    """ "Bryan County, Georgia", "the Santa Clara, California-based company": an American state written
    out after a town that America has (or a county) makes the town American, and the state too, here
    and wherever else the story names it ("the Georgia plant"), though the name is also a country's."""
    place = state.places[index]
    name = region.group(1)
    if "-" in name and name.rsplit("-", 1)[1].islower():
        name = name.rsplit("-", 1)[0]  # "California-based"
    if _US_STATES.get(name) != name:
        return
    american = PLACE_CANDIDATES.get(place.name, {}).get("US")
    if american is None and not (place.kind == "region" and place.name.endswith(" County")):
        return
    if place.country_code != "US":
        canonical = american.name if american is not None else place.canonical
        state.places[index] = dataclasses.replace(place, canonical=canonical, country_code="US")
    known = PLACES.get(name)
    if known is not None and known.country_code != "US":
        # "Georgia": the state, not the country, everywhere in this story.
        state.places = [
            dataclasses.replace(p, canonical=name, country_code="US", kind="region") if p.name == name else p
            for p in state.places
        ]
    start = region.start(1)
    if not any(p.start == start for p in state.places):
        state.places.append(PlaceMention(start, start + len(name), name, name, "US", "region"))


# "Chile's Atacama region", "China's Yunnan province": a region of the country named before it.
_POSSESSED_REGION = re.compile(
    rf"(?:[’']s)? ({U}[\w’'-]+(?: {U}[\w’'-]+)?) (?:region|province|state|department|prefecture|governorate)\b"
)


def _find_possessed_regions(state: _State) -> None:
    body = state.body
    taken = {(p.start, p.end) for p in state.places} | {(o.start, o.end) for o in state.orgs}
    for place in list(state.places):
        if place.kind != "country" or not place.country_code:
            continue
        found = _POSSESSED_REGION.match(body, place.end)
        if found is None or found.start() == found.start(1) - 1 or found.span(1) in taken:
            continue  # "Chile Atacama region" without the possessive says nothing
        name = found.group(1)
        if name in PLACES or any(w in NOT_NAMES or w in ORG_HEADS for w in name.split()):
            continue
        info = PLACE_CANDIDATES.get(name, {}).get(place.country_code)
        canonical = info.name if info else name
        state.places.append(
            PlaceMention(found.start(1), found.end(1), name, canonical, place.country_code, "region")
        )


def _party_of_unit(state: _State, org_text: str) -> str:
    """ "Mumbai BJP", "Scottish Labour": a party's unit named by its place; the person is in the party."""
    place, _, rest = org_text.partition(" ")
    if rest and place in PLACES and _static_party(state, rest):
        if ORG_HEADS.get(rest.rsplit(" ", 1)[-1]) and any(o.name == org_text for o in state.orgs):
            return org_text  # "the Quebec Liberal Party": a party of its own, named in full with its head
        return rest
    return org_text


def _static_party(state: _State, text: str) -> bool:
    """Is ``text`` a listed party, or the acronym of a party the article spells out?"""
    found = KNOWN_ORGS.get(text)
    if found is not None:
        return found.kind == "party"
    return text in state.acronyms and state.acronyms[text].get("kind") == "party"


# Heads of the names of administrative areas: "Gaines County", "Ashanti Region" name no one. ("Parish"
# and "Borough" are also surnames: not here.)
_AREA_HEADS = frozenset(
    [
        *("County", "Region", "Province", "District", "Township", "Municipality", "Prefecture"),
        *("Governorate", "Oblast", "Raion", "Krai", "Voivodeship", "Canton", "Emirate"),
    ]
)
# "CrimeStoppers", "FarmLink": two words run together, the second capitalised, name a brand; the
# surnames written so ("McDonald", "DeSantis", "LaFleur") open with a short prefix.
_RUN_TOGETHER = re.compile(r"[A-Z][a-z]{3,}[A-Z][a-z]{3,}")
_RUN_TOGETHER_PREFIXES = ("Fitz", "Mac", "Van", "Von", "Del", "Della", "Ten", "Ver")


def _names_no_person(state: _State, name_tokens: list[tuple[int, int, str]]) -> bool:
    """Do these name-like words name something other than a person, whatever first name opens them?"""
    words = [t[2] for t in name_tokens]
    if len(words) < 2:
        return False
    if words[-1] in _AREA_HEADS:
        return True  # "in Gaines County": an area
    if _chamber_of_place(words):
        return True  # "the Texas House voted": a legislature's chamber
    if _LOCAL_AFTER.match(state.body, name_tokens[-1][1]):
        return True  # "flood-hit Ban Khlong district": an area, named before what kind of area it is
    if _RUN_TOGETHER.fullmatch(words[-1]) and not words[-1].startswith(_RUN_TOGETHER_PREFIXES):
        return True  # "call Eastbrook CrimeStoppers": a brand
    if (
        words[0] in ("Al", "El")
        and len(words) == 2
        and _word_before(state.body, name_tokens[0][0]) in _FROM_OR_IN
        and not re.search(rf"(?<![\w’'-]){re.escape(words[1])}(?![\w’'-])", state.body[name_tokens[-1][1] :])
    ):
        # "drove from Al Ain": after "from" or "in", the Arabic article opens a place's name, unless the
        # second word comes back on its own later, as a surname does ("Al Gore … Gore said").
        return True
    # "Al Jaddaf Creekside": an Arabic article opens a family name or a place, not a given name.
    return words[0] in ("Al", "El") and len(words) > 2 and words[1] not in FIRST_NAMES


_FROM_OR_IN = frozenset(["from", "in", "near", "outside", "around"])
# Chambers a place's legislature is called by ("the Texas House", "the Ohio Senate").
_CHAMBER_WORDS = frozenset(["House", "Senate", "Assembly", "Legislature"])


def _us_state_house(text: str) -> bool:
    """ "the Ohio House", "The Texas House voted": a US state's name, then "House", names the state's
    lower chamber ("the Senate" of the same state is read by its head word already)."""
    state_name = text.removeprefix("The ").removesuffix(" House")
    place = PLACES.get(state_name)
    return place is not None and place.kind == "region" and place.country_code == "US"


def _chamber_of_place(words: list[str]) -> bool:
    """Are the two words a place's name and a legislative chamber ("Texas House"), no person?"""
    return len(words) == 2 and words[1] in _CHAMBER_WORDS and words[0] in PLACES


# Legal forms that end a company's name ("Acme Co., Ltd", "Acme GmbH"); not "Foundation" or "Group",
# which a person's name may also come before.
_TRAILING_LEGAL_FORMS = frozenset(
    [
        *("Co", "Ltd", "Limited", "Inc", "Incorporated", "Corp", "Corporation", "LLC", "LLP", "PLC", "Plc"),
        *(
            "SpA",
            "GmbH",
            "AG",
            "SA",
            "NV",
            "BV",
            "Pty",
            "JSC",
            "Bhd",
            "Sdn",
            "KK",
            "SAS",
            "SARL",
            "AB",
            "AS",
            "Oy",
        ),
    ]
)


def _companies_by_bare_name(state: _State) -> dict[str, OrganisationMention]:
    """The article's companies by their names without the legal forms that end them ("Acme Garment"
    for "Acme Garment Co., Ltd")."""
    found: dict[str, OrganisationMention] = {}
    for org in state.orgs:
        words = org.name.split()
        cut = len(words)
        while cut > 1 and words[cut - 1].strip(".,") in _TRAILING_LEGAL_FORMS:
            cut -= 1
        if cut < len(words):
            found.setdefault(" ".join(words[:cut]).rstrip(","), org)
    return found


def _named_after_opening(
    state: _State, name_tokens: list[tuple[int, int, str]]
) -> OrganisationMention | None:
    """The body named earlier whose name opens with these words and goes on to its kind ("Frances Mahon"
    after "Frances Mahon Deaconess Hospital"): the story's short form of that body, not a person."""
    end = name_tokens[-1][1]
    if state.body.startswith(("'s", "’s"), end) or _VERB_AFTER.match(state.body, end):
        # "Golden Tarvel's lawyer" (the possessive is read elsewhere); "Rashid Al Ketbi said": the
        # person the body is named after speaks.
        return None
    text = " ".join(t[2] for t in name_tokens)
    for org in state.orgs:
        if (
            org.start < name_tokens[0][0]
            and org.name.startswith(text + " ")
            and org.name.count(" ") >= len(name_tokens)
            and org.name.split()[-1] in ORG_HEADS
        ):
            return org
    return None


_OWNED_UNIT = re.compile(
    # "the University of Jordan's Marine Science Station": the owner's name may hold "of" too.
    rf"({U}[\w.&-]*(?: (?:of |for )?{U}[\w.&-]*)*)[’']s ({U}[\w&-]*(?: (?:of |for |and )?{U}[\w&-]*)+)"
)


# Head nouns of a body's own unit ("Major Crime Team", "Fraud Squad"), besides organisation heads.
_UNIT_HEADS = frozenset(
    [
        "Team",
        "Squad",
        "Unit",
        "Division",
        "Branch",
        "Section",
        "Desk",
        "Directorate",
        "Station",
        "Laboratory",
        "Lab",
    ]
)


def _owned_unit(state: _State, org_text: str, role: str | None) -> list[tuple[str, str | None]]:
    """ "of Northumbria Police's Major Crime Team": a body's unit, named after its owner's possessive,
    is two organisations, the owner and its unit (the post is the unit's)."""
    owned = _OWNED_UNIT.fullmatch(org_text)
    if owned is None:
        return [(org_text, role)]
    owner, unit = owned.groups()
    head = unit.rsplit(" ", 1)[-1]
    if (head not in ORG_HEADS and head not in _UNIT_HEADS) or owner in PLACES:
        return [(org_text, role)]  # "Chile's Mining Agency": a country's body is one organisation
    if owner.rsplit(" ", 1)[-1] not in ORG_HEADS and _org_of(state, owner) is None:
        return [(org_text, role)]
    return [(owner, None), (unit, role)]


# Between two names of a list: a comma or "and", perhaps past a name no list gives ("…, Arnel Roe and …").
_NAME_LIST_GAP = re.compile(rf"(?:, {U}[\w’'.-]+(?: {U}[\w’'.-]+){{1,3}})*(?:, |,? and )")


# "the neighborhood of Tierra Blanca", "the barrio of San Juan": a part of a town, never a person; "the
# Port of Milford Haven": a port authority, named for its town.
_NEIGHBOURHOOD_OF_BEFORE = re.compile(r"\b(?:neighbou?rhoods?|barrios?|colonias?|quarters?|Port) of $")
# "the final at Eden Park", "a village near Milford Haven": a two-word name whose last word names a
# ground or a harbour, right after "at" or "near", is a venue or a town ("Park" is a surname elsewhere).
_VENUE_LAST_WORDS = frozenset(["Park", "Haven", "Gardens", "Heights", "Meadows", "Downs"])
_AT_OR_NEAR_BEFORE = re.compile(r"(?<![\w’'])(?:at|near) $")


def _is_venue_after_preposition(body: str, chunk: _Chunk, name_tokens: list[tuple[int, int, str]]) -> bool:
    """Is the name a ground or a harbour town named after "at" or "near" ("at Eden Park")?"""
    return (
        len(name_tokens) == 2
        and name_tokens[-1][2] in _VENUE_LAST_WORDS
        # "at Ratu Cakobau Park": a ground named after a chief keeps his style before it.
        and all(w.rstrip(".") in HONORIFICS for w in body[chunk.start : name_tokens[0][0]].split())
        and _AT_OR_NEAR_BEFORE.search(body, max(0, chunk.start - 6), chunk.start) is not None
    )


# "Jane Roe (Isamaa)", "Jane Roe (Eesti 200)": a party's name in brackets after a politician's, as the
# Baltic and Nordic press tag each one.
_PARTY_TAG_AFTER = re.compile(r" \(([A-Z][\w’'-]{2,20}(?: \d{1,3})?)\)")
# Bracketed words after a name that are no party: a picture's side, a caption's cue, a rank.
_NOT_PARTY_TAGS = frozenset(["Left", "Right", "Centre", "Photo", "Pictured", "File", "Retd", "Hons"])


def _find_bracketed_party_tags(state: _State, chunks: list[_Chunk]) -> None:
    """ "Mayor Jane Roe (Center) and MP John Roe (Isamaa)": a capitalised word in brackets after each of
    two or more people's names, that no list or place gives, is the party each belongs to."""
    body = state.body
    if " (" not in body:
        return
    tags: list[re.Match[str]] = []
    for chunk in chunks:
        if chunk.label != "person-candidate":
            continue
        name_tokens: list[tuple[int, int, str]] = chunk.data["name_tokens"]  # type: ignore[assignment]
        end = name_tokens[-1][1]
        found = (
            _PARTY_TAG_AFTER.match(body, end) if len(name_tokens) > 1 and body.startswith(" (", end) else None
        )
        if found is None:
            continue
        text = found.group(1)
        first = text.split(" ", 1)[0]
        if (
            text in PLACES
            or first in _NOT_PARTY_TAGS
            or first in FIRST_NAMES
            or first.rstrip(".") in TITLE_HEADS
            or first.lower() in ROLE_HEADS
            or _is_acronym(first)
        ):
            continue
        known = _org_of(state, text)
        if known is None or known.get("kind") == "party":
            tags.append(found)
    if len(tags) < 2:
        return
    for found in tags:
        if _org_of(state, found.group(1)) is None:
            _add_org(state, found.start(1), found.end(1), {**_org_from_text(found.group(1)), "kind": "party"})


def _find_people(state: _State, chunks: list[_Chunk]) -> None:
    body = state.body
    companies = _companies_by_bare_name(state)
    candidates: list[list[tuple[int, int, str]]] = [
        c.data["name_tokens"]  # type: ignore[misc]
        for c in chunks
        if c.label == "person-candidate"
    ]
    state.name_words = frozenset(t[2] for tokens in candidates if len(tokens) > 1 for t in tokens)
    list_post: tuple[int, str] | None = None  # (end of the last name, post) of a list of names under one post
    for position, chunk in enumerate(chunks):
        if chunk.label != "person-candidate":
            continue
        name_tokens: list[tuple[int, int, str]] = chunk.data["name_tokens"]  # type: ignore[assignment]
        if len(name_tokens) == 2 and _addressed_by_given_name(state, name_tokens):
            continue  # "Dona Conceição": a person already named in full (_find_partial_people)
        if _particle_surname_of_someone(state, name_tokens):
            chunk.label = (
                "unknown"  # "De Oliveira said": the surname of a person named in full (_find_partial_people)
            )
            continue
        if (
            chunk.data.get("title") == "Major"
            and len(name_tokens) >= 2
            and name_tokens[0][2] not in FIRST_NAMES
            and not _is_initials(name_tokens[0][2])
        ):
            # "the Major Fraud Unit", "Major Incident Room": the adjective, not the rank, unless a
            # given name or an initial follows it ("Major Jane Roe", "Major J. Roe").
            chunk.label = "unknown"
            continue
        if _names_no_person(state, name_tokens):
            chunk.label = "unknown"
            continue
        shortened = companies.get(" ".join(t[2] for t in name_tokens))
        if (
            shortened is None
            and len(name_tokens) >= 2
            and not chunk.data.get("has_title")
            and not chunk.data.get("honorific")
        ):
            shortened = _named_after_opening(state, name_tokens)
        if shortened is not None:
            # "Hoang Phat Garment" after "Hoang Phat Garment Co.": the company without its legal form.
            start, end = name_tokens[0][0], name_tokens[-1][1]
            chunk.label = "org"
            chunk.data = {**_org_from_text(body[start:end]), "canonical": shortened.canonical}
            _add_org(state, start, end, chunk.data)
            continue
        if (
            _person_evidence(state, chunk, name_tokens) < 2
            or _PLACE_OF_BEFORE.search(body, max(0, chunk.start - 20), chunk.start)
            or _NEIGHBOURHOOD_OF_BEFORE.search(body, max(0, chunk.start - 20), chunk.start)
            or _is_venue_after_preposition(body, chunk, name_tokens)
        ):
            chunk.label = "unknown"  # "the island of Bach Long Vi" names a place
            continue
        start, end = name_tokens[0][0], name_tokens[-1][1]
        generation_end = chunk.data.get("generation_end")
        if isinstance(generation_end, int) and body[end:generation_end].count(" ") == 1:
            end = generation_end  # "Gerald P. Roe Jr."
        # A nickname inside the span ("Emeka “The Hammer” Okafor") is left out of the name.
        name = body[start:end]
        if chunk.data.get("nickname"):
            # "Rodolfo “Jun” dela Cruz Jr.": the name's words and its generation, without the nickname.
            name = " ".join(t[2] for t in name_tokens) + body[name_tokens[-1][1] : end]
        titles: list[str] = []
        affiliations: list[tuple[str, str | None]] = []
        title, org, role = _title_before(state, chunks, position)
        if title is None and org is None and body.startswith(" ", start - 1):
            # "The KRA's Commissioner for Domestic Taxes, Dr Jane Roe,": the owner's post before the name.
            before_name = _HONORIFIC_BEFORE.search(body, max(0, start - 24), start)
            lead = before_name.start() if before_name else start
            if lead == start and body.endswith(", Eng. ", 0, start):
                lead -= len("Eng. ")  # "Jordan's Minister of Transport, Eng. Jane Roe,": an engineer's style
            title, org = _possessive_post_before(state, lead)
            if title is None:
                title, org = _post_of_field_before(state, lead)
            if title is None:
                title, org = _post_in_body_before(state, lead)
            if title is None:
                title, org = _complemented_post_before(state, lead)
            if title is None:
                title, org = _fronted_post_of_before(state, lead)
            if title is None:
                title, org = _post_of_lettered_body_before(state, lead)
            if title is None and body.endswith(", ", 0, lead):
                title = _party_counsel_before(body, lead)
            role = title
        title, role = _clean_title(title), _clean_title(role)
        title_start = chunk.start
        if (
            title in _STATE_LEGISLATOR_TITLES
            and body.endswith(" state ", 0, chunk.start)
            and body.startswith(title, chunk.start)
        ):
            # "state Rep. Jane Roe", "state Sen. Jane Roe": a member of a state's legislature, not Congress.
            title = role = f"state {title}"
            title_start = chunk.start - len("state ")
        elif title in _STATE_LEGISLATOR_TITLES and body.startswith(f"U.S. {title} ", chunk.start):
            title = role = f"U.S. {title}"  # "U.S. Rep. Jane Roe": a member of Congress, as written
        if (
            title
            and title.split()[0].lower() in _DESCRIPTOR_ROLES
            and len(title.split()) > 1
            and title.split(" ", 1)[1] != "member"  # "Council member" is the post itself
        ):
            # "union negotiator Jane Roe": the union is her organisation, "negotiator" her title.
            org = org or f"the {title.split()[0].lower()}"
            if title.lower() not in _DESCRIPTOR_POSTS:
                title = role = title.split(" ", 1)[1]
        if title and position > 0 and body.startswith(title, chunk.start):
            # "Deputy Prime Minister and Finance Minister Jane Roe": a capitalised post joined by "and"
            # to the one before the name.
            previous = chunks[position - 1]
            split = _title_split(previous.tokens) if previous.label == "title" else -1
            if (
                split >= 0
                and body[previous.end : chunk.start] == " and "
                and not _BETWEEN_BEFORE.search(body, max(0, previous.start - 14), previous.start)
            ):
                if split == 0:
                    titles.append(body[previous.start : previous.end])
                elif org is None:
                    # "Acme Motor President and CEO Jane Roe": the company's name, then both its posts.
                    prefix = body[previous.start : previous.tokens[split - 1][1]]
                    if _org_of(state, prefix) or any(o.name == prefix for o in state.orgs):
                        titles.append(body[previous.tokens[split][0] : previous.end])
                        org = prefix
        if title:
            titles += _joined_posts(title)
        if org:
            affiliations.append((org, role or title))
        if title and (
            (body.startswith(title, chunk.start) and body.startswith(" ", chunk.start - 1))
            # "The budget committee chairman, Kolwa East MCA Jane Roe,": a post set off before a seat's title.
            or (
                body.startswith(", ", chunk.start - 2)
                and title.isupper()
                and body.find(f" {title} ", chunk.start, chunk.end) > chunk.start
            )
        ):
            # "Opposition leader MK Jane Roe", "party chairman MP Jane Roe": a post in words before the
            # title that opens the chunk.
            post, post_org, _post_role = _role_words_before(state, chunk.start, None)
            post = _clean_title(post)
            if post and post != title and post not in titles:
                titles.insert(0, post)
                if post_org and not org and body.startswith(title, chunk.start):
                    affiliations.append((post_org, post))
        whose = (
            _WHOSE_POST_BEFORE.search(body, max(0, chunk.start - 150), chunk.start)
            if body.endswith(" is ", 0, chunk.start) and body.find(" whose ", max(0, chunk.start - 60)) >= 0
            else None
        )
        whose_org = (
            (whose.group("desc") or "").lower()
            or (whose.group("org") if _looks_like_org(state, whose.group("org")) else "")
            if whose
            else ""
        )
        if (
            whose
            and whose_org
            and whose_org not in PLACES
            and (whose_org[:4] != "the " or whose_org[4:] in DESCRIPTORS)
        ):
            # "Acme Development, the Dubai-based developer whose chairman is Sheikh Jane Roe,": her post there.
            if whose.group("role") not in titles:
                titles.append(whose.group("role"))
            affiliations.append((whose_org, whose.group("role")))
        post_before = _post_comma_before(body, start) if body.endswith(", ", 0, start) else None
        if isinstance(post_before, str) and not post_before:
            pass  # kin: no post
        elif isinstance(post_before, str) and not titles:
            titles.append(post_before)  # "Ruritania's Minister of Trade, Industry and Labour, Jane Roe,"
        elif isinstance(post_before, str) and post_before.endswith(f" {titles[0]}"):
            titles[0] = post_before  # "Chief Executive Officer for …": the whole capitalised post
        one_name_role = chunk.data.get("one_name_role")
        if isinstance(one_name_role, str) and one_name_role not in titles:
            titles.append(one_name_role)
        member_after = chunk.data.get("member_after")
        if isinstance(member_after, str) and member_after not in titles:
            titles.append(member_after)  # "Sinn Féin health spokesman Jane Roe TD"
        party_state = _PARTY_STATE.match(body, end)
        if party_state:
            # AP style "Sen. Jane Roe, D-Ohio,": her party and her state.
            party = _PARTY_LETTERS.get(party_state.group("party"))
            if party:
                known = KNOWN_ORGS[party]
                _add_org(
                    state,
                    party_state.start("party"),
                    party_state.end("party"),
                    _org_from_text(party, known=known),
                )
                affiliations.append((party, None))
            elif any(o.name == party_state.group("party") for o in state.orgs):
                # "Jane Roe, DFL-Duluth,": a party the article names by its letters elsewhere.
                affiliations.append((party_state.group("party"), None))
            home = party_state.group("state")
            region = _US_STATES.get(home)
            known_home = PLACES.get(home)
            if region:
                state.places.append(
                    PlaceMention(
                        party_state.start("state"), party_state.end("state"), home, region, "US", "region"
                    )
                )
            elif known_home is not None and known_home.country_code == "US":
                # "D-Texas", "R-Houston": a state or a city the gazetteer holds in the United States.
                _add_place(state, party_state.start("state"), party_state.end("state"))
            else:
                # "R-Lubbock", "D-McAllen": a state lawmaker's home town, an American town of that name.
                town = PLACE_CANDIDATES.get(home, {}).get("US")
                state.places.append(
                    PlaceMention(
                        party_state.start("state"),
                        party_state.end("state"),
                        home,
                        town.name if town else home,
                        "US",
                        town.kind if town else "city",
                    )
                )
        bracketed = _PARTY_IN_BRACKETS.match(body, end) if body.startswith(" (", end) else None
        if bracketed:
            party_org = _org_of(state, bracketed.group(1))
            if party_org is None and any(
                o.start == bracketed.start(1) and o.kind == "party" for o in state.orgs
            ):
                party_org = {"kind": "party"}  # "Jane Roe (Isamaa)": a tag _find_bracketed_party_tags read
            if party_org is not None and party_org.get("kind") == "party":
                affiliations.append((bracketed.group(1), None))
        seat = _PARTY_AND_SEAT.match(body, end) if bracketed is None and body.startswith(" (", end) else None
        if seat:
            party_letters = seat.group("party")
            party_org = _org_of(state, party_letters)
            seat_words = seat.group("seat").split()
            if (
                (party_org is None or party_org.get("kind") != "party")
                and _GROUP_LETTERS.fullmatch(party_letters)
                and party_letters not in KNOWN_ORGS
                and party_letters not in state.acronyms
                and (
                    seat_words[0] in PLACES
                    or seat_words[-1] in _COMPASS_WORDS
                    or _COUNTRY_CODE.fullmatch(seat.group("seat"))
                )
            ):
                # "Senator Jane Roe (LP, Kaduna Central)": a lawmaker's party letters, then her seat,
                # even for a party no list holds.
                party_org = {
                    "name": party_letters,
                    "canonical": party_letters,
                    "acronym": party_letters,
                    "country_code": None,
                    "kind": "party",
                }
                if all(o.start != seat.start("party") for o in state.orgs):
                    _add_org(state, seat.start("party"), seat.end("party"), party_org)
            if party_org is not None and party_org.get("kind") == "party":
                affiliations.append((party_letters, None))
        dashed = (
            _PARTY_DASH_SEAT.match(body, end)
            if bracketed is None and seat is None and body.startswith(" (", end)
            else None
        )
        if dashed and (dashed.group("seat") in PLACES or dashed.group("seat").split()[0] in PLACES):
            # "Senator Jane Roe (La Libertad Avanza–Mendoza)", "(UCR–Santa Fe)": a party the article
            # names, then the province the member sits for.
            party_text = dashed.group("party")
            if any(o.name == party_text or o.acronym == party_text for o in state.orgs):
                affiliations.append((party_text, None))
        acronym_titles, acronym_org = (
            _acronym_titles(state, end) if body.startswith(", ", end) else ([], None)
        )
        if acronym_titles and acronym_org:
            titles += [t for t in acronym_titles if t not in titles]
            affiliations.append((acronym_org, acronym_titles[0]))
        # "Jane Roe (R-Tex.), who sits on …": the role after a lawmaker's party and state tag.
        tag = _PARTISAN_TAG_AFTER.match(body, end) if body.startswith(" (", end) else None
        if tag is None and body.startswith(" (", end):
            # "Lin Mei-hua (林美華), a research fellow at …": the name in its own script, an age or a
            # party's letters in brackets, then the role.
            tag = _BRACKETED_AFTER_NAME.match(body, end)
        if tag is None and dashed and body.startswith(", ", dashed.end()):
            tag = dashed  # "Jane Roe (UCR–Santa Fe), who chairs the Budget Committee,"
        written_role, after_org = _role_after(state, tag.end() if tag else end)
        if written_role is None and after_org is None:
            written_role, after_org = _copula_role(state, start, end)
        job = _WHO_WORKS_AS.match(body, end) if body.startswith(",", end) else None
        if job and NOT_JOBS & set(job.group("job").split()):
            job = None
        if job and written_role and written_role.startswith("who "):
            written_role = job.group("job")  # ", who works as a cook at Acme,": the job, not the clause
        after_role, after_org = _split_role(state, written_role, after_org)
        if after_role is not None:
            after_role = _clean_title(_NATIONALITY_OPENING.sub("", after_role)) or ""
            if after_role and after_role not in titles:
                titles.append(after_role)
                if titles[0] in _ABBREVIATED_RANKS and len(titles) > 1:
                    # "Ch Insp Jane Roe, the Acme Police's district commander,": the rank is no post.
                    del titles[0]
            joined = written_role.split(" and ", 1)[1] if written_role and " and " in written_role else ""
            if joined and joined.islower() and _ROLE_HEAD_END.search(joined) and joined not in titles:
                titles.append(joined)  # ", a fiddler and singer whose …": two posts
            elif joined and written_role and (capital := _joined_capital_posts(written_role)):
                # ", Co-Founder and Chief Technology Officer of Acme": the joined posts as written, and
                # each post on its own.
                for post in (written_role.split(" and ")[0], capital):
                    if post not in titles:
                        titles.append(post)
            if after_role:
                # ", a sleep scientist at Leeds and the study's lead author.": a second role.
                # The appositive ends within a few hundred characters (or at the text's end).
                degree = _DEGREE_AFTER.match(body, end) if body.startswith(", ", end) else None
                opens = (
                    degree.end() if degree else end
                )  # "Jane Roe, PhD, associate professor …": past the degree
                window = min(len(body), opens + 300)
                stop = _APPOSITIVE_STOP.search(body, opens + 1, window)
                limit = stop.start() if stop else window if window == len(body) else -1
                second = _AND_ROLE.search(body, end, limit) if limit >= 0 else None
                if second and second.group("role") not in titles:
                    titles.append(second.group("role"))
                second_of = None if second or limit < 0 else _AND_ROLE_OF.search(body, end, limit)
                if second_of and _looks_like_org(state, second_of.group("org")):
                    if second_of.group("role") not in titles:
                        titles.append(second_of.group("role"))
                    affiliations.append((second_of.group("org"), second_of.group("role")))
            unit = _ORG_UNIT.fullmatch(after_org) if after_org else None
            if unit and after_org not in KNOWN_ORGS and not any(o.name == after_org for o in state.orgs):
                # "of Acme Police's Major Crime Team": the body and its unit, each an organisation;
                # "of Bishkek's Leninsky District Court": the court, in the city.
                owner, after_org = unit.group(1), unit.group(2)
                if owner not in PLACES and _looks_like_org(state, owner):
                    affiliations.append((owner, after_role or None))
            if after_org:
                affiliations.append((after_org, after_role or None))
        unit_of = _UNIT_OF_BODY_AFTER.match(body, end) if body.startswith((" of ", " from "), end) else None
        if unit_of:
            # "Professor Jane Roe of Acme University's Department of Physics", "… from the Department of
            # Physics at Acme University": the unit and the body it belongs to, both named as found.
            unit_name: str = unit_of.group("unit") or unit_of.group("unit2")
            owner_name: str = unit_of.group("owner") or unit_of.group("owner2")
            names = {o.name for o in state.orgs}
            if unit_name in names and owner_name in names:
                for org_name in (owner_name, unit_name):
                    if all(org_name != o for o, _ in affiliations):
                        affiliations.append((org_name, titles[0] if titles else None))
        group_after = _FOR_GROUP_AFTER.match(body, end) if body.startswith(", ", end) else None
        if group_after and _looks_like_org(state, group_after.group("group")):
            # "…, who was the Parliament's lead negotiator … for the liberal Renew Europe group.": her group.
            affiliations.append((group_after.group("group"), None))
        if job and job.group("job") not in titles:
            titles.append(job.group("job"))  # ", a nurse who has worked as a care coordinator …"
        previous_title = chunks[position - 1] if position > 0 else None
        if (
            chunk.data.get("title")
            and previous_title is not None
            and previous_title.label == "title"
            and previous_title.end == title_start - 2
            and body.startswith(", ", title_start - 2)
        ):
            # "the Minister for Works and Transport, Prof Jane Roe,": a capitalised post set off by a
            # comma before the honorific title that opens the name.
            split = max(_title_split(previous_title.tokens), 0)
            prefix = body[previous_title.start : previous_title.tokens[split - 1][1]] if split else ""
            prefix_org = bool(prefix) and bool(_org_of(state, prefix) or _adjective_org(prefix))
            if prefix and not prefix_org and prefix not in PLACES:
                split = 0  # "Police Public Relations Officer": a word of the post, no body's name
            post = body[previous_title.tokens[split][0] : previous_title.end]
            # Its head alone, read from the words before the name ("Minister"), is the same post.
            titles[:] = [t for t in titles if not post.startswith(f"{t} ")]
            affiliations[:] = [(o, r) for o, r in affiliations if not (r and post.startswith(f"{r} "))]
            if post not in titles:
                titles.insert(0, post)
            # "The command's Police Public Relations Officer, SP Jane Roe,": whose post it is.
            owner = prefix if prefix_org else _owner_of_title(state, previous_title.start)
            if owner:
                affiliations.append((owner, post))
        elif chunk.data.get("title") and body.startswith(", ", title_start - 2):
            # "Her co-author, Professor Søren Kjærgaard": the role before the title.
            role_first = _ROLE_BEFORE_COMMA.search(body, max(0, title_start - 70), title_start)
            of_org = (
                _ROLE_OF_ORG_BEFORE_COMMA.search(body, max(0, title_start - 110), title_start)
                if role_first is None and " of " in body[max(0, title_start - 90) : title_start]
                else None
            )
            found_first = role_first or of_org
            first_role = _clean_title(found_first.group("role")) if found_first else None
            if first_role and first_role not in titles:
                titles.append(first_role)
            # "The vice-chancellor of Acme University, Prof Jane Roe,": the post's organisation;
            # "At Acme University, the vice-chancellor, Prof Jane Roe,": the place the sentence opens at.
            first_org = of_org.group("org") if of_org else None
            if role_first is not None and not (role_first.group("org") or role_first.group("desc")):
                fronted = _FRONTED_AT.search(body, max(0, role_first.start() - 80), role_first.start())
                first_org = fronted.group("org") if fronted else None
            if first_role and first_org and _looks_like_org(state, first_org):
                affiliations.append((first_org, first_role))
            elif first_role and role_first is not None and role_first.group("desc"):
                # "The committee's chairman, Likud MK Jane Roe,": the body the description refers to.
                affiliations.append((role_first.group("desc"), first_role))
        elif titles and not chunk.data.get("title"):
            first_role, first_org = _role_before_role(body, start)
            if first_role and first_role not in titles:
                titles.append(first_role)  # "Their spokesman, CDU lawmaker Jane Roe,"
                if first_org and not affiliations and _org_of(state, first_org):
                    affiliations.append((first_org, first_role))  # "The JLP's candidate, …"
        if (
            not affiliations
            and titles
            and titles[0].isalpha()
            and titles[0].islower()
            and (f"he {titles[0]} of " in body or f"he {titles[0]} at " in body)
        ):
            # "… after the governor of the Bank of England warned …" then "governor Jane Roe said":
            # the post's body, named with it earlier in the article.
            earlier = re.search(
                rf"\b[Tt]he {titles[0]} (?:of|at) (?:the )?(?P<org>{_ORG_WORDS})", body[:start]
            )
            if earlier and _looks_like_org(state, earlier.group("org")):
                affiliations.append((earlier.group("org"), titles[0]))
        if not affiliations and " founded " in body[max(0, start - 240) : start]:
            founder_of = _founded_by(state, start)
            if founder_of:
                affiliations.append((founder_of, titles[0] if titles else None))
        if titles and " charge of " in body[max(0, title_start - 130) : title_start]:
            in_charge = _IN_CHARGE_OPENING.search(body, max(0, title_start - 130), title_start)
            if in_charge and in_charge.group("post") not in titles:
                titles.insert(0, in_charge.group("post"))
        if not titles and "Sui " in body[max(0, start - 60) : start]:
            particle_post = _PARTICLE_POST_BEFORE.search(body, max(0, start - 60), start)
            if particle_post:
                titles.append(particle_post.group("post"))
        if not affiliations:
            side = _side_played_for(state, start, end)
            if side:
                affiliations.append(
                    (side, titles[0] if titles else None)
                )  # "Jane Roe scored twice for the Harriers"
        affiliations = [
            (_party_of_unit(state, _BASED_PREFIX.sub("", org_text)), org_role)
            for org_text, org_role in affiliations
        ]
        owned_units: list[str] = []
        if any("s " in org_text for org_text, _ in affiliations):
            before_split = {org_text for org_text, _ in affiliations}
            affiliations = [
                pair for org_text, role in affiliations for pair in _owned_unit(state, org_text, role)
            ]
            owned_units = [org_text for org_text, _ in affiliations if org_text not in before_split]
        same_unit = _SAME_UNIT_AFTER.match(body, end) if body.startswith(", ", end) else None
        if same_unit:
            # ", a postdoctoral researcher in the same department": the department named last before.
            unit_name = same_unit.group(1).capitalize() + " of "
            named = [o for o in state.orgs if o.end <= start and o.name.startswith(unit_name)]
            if named and all(org_text != named[-1].name for org_text, _ in affiliations):
                affiliations.append((named[-1].name, titles[0] if titles else None))
        if any(org_text.startswith(_ACADEMIC_UNITS) for org_text, _ in affiliations):
            university = _sole_university(state, start)
            if university and all(org_text != university for org_text, _ in affiliations):
                affiliations.append((university, None))  # "… of the Department of Biology": its university
        for org_text, org_role in affiliations:
            _promote_org(state, chunks, org_text, org_role)
        for owned_unit in owned_units:
            # "at the University of Jordan's Marine Science Station": the unit read inside one run with its
            # owner is an organisation of its own, as the owner is.
            if any(o.name == owned_unit for o in state.orgs):
                continue
            unit_at = re.compile(rf"[’']s ({re.escape(owned_unit)})(?![\w’'-])").search(body, end, end + 300)
            if unit_at and not any(o.start < unit_at.end(1) and unit_at.start(1) < o.end for o in state.orgs):
                _add_org(state, unit_at.start(1), unit_at.end(1), _org_from_text(owned_unit))
        origins: tuple[str, ...] = ()
        if body.startswith(" from ", end) and position + 1 < len(chunks):
            # "the signing of striker Jane Roe from Acme City": the organisation she comes from, if
            # the article names it as one anywhere (resolve drops it otherwise: "Roe from Leeds").
            following = chunks[position + 1]
            if following.start == end + len(" from ") and following.label in _MAYBE_ORG_LABELS:
                origins = (body[following.start : following.end],)
        honorific = chunk.data.get("honorific")
        gender = "u"
        if honorific in ("Mr", "Sir", "Lord", "Ato"):
            gender = "m"
        elif honorific in (
            "Mrs",
            "Ms",
            "Miss",
            "Dame",
            "Lady",
            "W/ro",
            "W/rt",
            "Weizero",
            "Woizero",
            "Weizerit",
            "Woizerit",
        ):
            gender = "f"
        elif not GIVEN_NAME_SYLLABLES.fullmatch(name_tokens[-1][2]):
            # "Kim Dong-hyun": a family name first says nothing of gender.
            entry = FIRST_NAMES.get(name_tokens[0][2]) or FIRST_NAMES.get(name_tokens[0][2].split("-")[0])
            if entry and not (entry.is_word and given_name_after_family([t[2] for t in name_tokens])):
                # "Tan Boon Keat": a rare given name that is also a word ("tan"), before the two
                # syllables of a Chinese given name, is the family name, which says nothing of gender.
                gender = entry.gender
            if any(token[2] == "Kaur" for token in name_tokens[1:]):
                gender = "f"  # "Navneet Kaur Chahal": the Sikh name "Kaur" is given to women only
        chunk.label = "person"
        sibling = (
            _SHARED_SURNAME.search(body, max(0, start - 30), start)
            if len(name_tokens) == 2 and body.endswith(" and ", 0, start)
            else None
        )
        given = FIRST_NAMES.get(sibling.group(1)) if sibling else None
        if (
            sibling
            and given
            and not given.is_word
            and not _CAPITAL_WORD_BEFORE.search(body, max(0, sibling.start(1) - 40), sibling.start(1))
            # "Jane Roe alias Kala and Junaid Khan": a nickname, no sibling's given name.
            and not body.endswith(" alias ", 0, sibling.start(1))
        ):
            # "Liam and Sarah Kettering": two people who share the surname.
            state.people.append(
                PersonMention(
                    sibling.start(1),
                    sibling.end(1),
                    f"{sibling.group(1)} {name_tokens[-1][2]}",
                    gender=given.gender,
                )
            )
        if list_post is not None and not titles and _NAME_LIST_GAP.fullmatch(body, list_post[0], start):
            # "kagawad Jane Roe, Tom Lee and Ana Lima": a post in one word before a list names each one's.
            titles.append(list_post[1])
            list_post = (end, list_post[1])
        elif (
            titles
            and titles[-1].isalpha()
            and titles[-1].islower()
            and body.endswith(f" {titles[-1]} ", 0, start)
            and body.startswith(", ", end)
        ):
            list_post = (end, titles[-1])
        else:
            list_post = None
        state.people.append(
            PersonMention(
                start=start,
                end=end,
                name=name,
                titles=tuple(titles),
                affiliations=tuple(affiliations),
                gender=gender,
                partial=len(name_tokens) == 1 and not chunk.data.get("single_name"),
                origins=origins,
            )
        )


# "Officer in charge of the Acme Detective Unit (ADU) Chief Superintendent Jane Roe": the post the sentence
# opens on, before the rank that opens the name (its unit is read with the rank).
_IN_CHARGE_OPENING = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?”] ))(?P<post>Officer[- ]in[- ][Cc]harge) of [^.;:\n“”\"]{3,110}? (?:\([A-Z]{2,6}\) )?$"
)
# "The Sui o le Nu'u of Safotu, Jane Roe,": Samoan posts (a village's mayor, the women's and the
# government's representatives) written with lower-case particles, which no run of capitals holds.
_PARTICLE_POST_BEFORE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?”] )|(?<=, )|(?<=[a-z] ))(?:[Tt]he )?(?P<post>Sui(?: Tamaitai)? o le (?:Nu[’']u|Malo))"
    r"(?: of [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)?,? $"
)
# Police ranks written short before a name ("Ch Insp", "Supt"): dropped when a post follows the name.
_ABBREVIATED_RANKS = frozenset(
    ["Insp", "Insp.", "Supt", "Supt.", "Sgt", "Sgt.", "DCI", "DI", "DS", "PC", "Con"]
)
# "the Kyiv-based Energy Transition Institute": where a body is based is no part of its name.
_BASED_PREFIX = re.compile(r"^(?:[A-Z][\w.’'-]* ){0,2}[A-Z][\w.’'-]*-(?:based|headquartered) (?=[A-Z])")
_MAYBE_ORG_LABELS = frozenset(["org", "unknown", "person-candidate"])
# "At Acme University, the vice-chancellor, …": a sentence that opens at an organisation.
_FRONTED_AT = re.compile(rf"(?:^|(?<=\n)|(?<=[.!?”] ))At (?P<org>{_ORG_WORDS}), $")


def _particle_surname_of_someone(state: _State, tokens: list[tuple[int, int, str]]) -> bool:
    """ "De Oliveira", "Van der Berg" opening a sentence: a capitalised particle and the rest of the
    surname of someone already named in full ("Marcelo de Oliveira"), not a new person."""
    if len(tokens) < 2 or tokens[0][2] not in CAPITAL_PARTICLES:
        return False
    surname = " ".join([tokens[0][2].lower(), *(t[2] for t in tokens[1:])])
    written = " " + " ".join(t[2] for t in tokens)  # "Mac Lochlainn" keeps its capital inside the name
    return any(not p.partial and p.name.endswith((" " + surname, written)) for p in state.people)


# Courtesy forms put before a given name, not a surname ("Dona Conceição", "Don Ignacio").
_GIVEN_NAME_HONORIFICS = frozenset(["Don", "Dona", "Doña", "Dom", "Sheikh", "Sheikha", "Shaikh", "Shaikha"])


def _addressed_by_given_name(state: _State, tokens: list[tuple[int, int, str]]) -> PersonMention | None:
    """The person named in full earlier whose given names include the word after "Dona"/"Don"."""
    if len(tokens) != 2 or tokens[0][2] not in _GIVEN_NAME_HONORIFICS:
        return None
    given = tokens[1][2]
    for person in reversed(state.people):
        parts = without_generation(person.name).split()
        if not person.partial and given in parts[:-1]:
            return person
    return None


_SHARED_SURNAME = re.compile(rf"(?<![\w’'-])({U}[a-z]+) and $")
# "Cole Addison and Mathieu Roe": the word before "and" ends another name, not a sibling's given name.
_CAPITAL_WORD_BEFORE = re.compile(rf"(?<![\w’'.-]){U}[\w’'-]* $")
_APPOSITIVE_STOP = re.compile(r"[,.;:]")
_AND_ROLE = re.compile(
    rf" and (?:the |a |an )?(?:[\w’'-]+[’']s )?(?P<role>(?:[a-z][\w-]* ){{0,2}}(?:{_ROLE_HEAD_ALT}))"
    # "…, a dendrochronologist at Acme University and a co-author of the study.": what the post is of.
    rf"(?: of (?:the|a|an|this|that) [a-z]+)?$"
)
# ", a judge at Acme Court and spokeswoman for Orbis,": a second post with its own organisation.
_AND_ROLE_OF = re.compile(
    # "… and an associate professor of obstetrics and gynaecology at Acme": the post's field is part of it.
    rf" and (?:the |a |an )?(?P<role>(?=[a-z])(?:[a-z][\w-]* ){{0,2}}(?:{_ROLE_HEAD_ALT})"
    rf"(?: of [a-z]+(?: [a-z]+)?(?: and [a-z]+)?(?= at ))?) (?:for|at|of|with) (?:the )?"
    # "… and chair of the Alliance of Small Island States (AOSIS),": its letters may follow.
    # "… at the Acme Clinic in Rochester": where the body is ends the appositive.
    rf"(?P<org>{_ORG_WORDS})(?: \([A-Z][A-Za-z]{{1,6}}\))?(?: in {U}[\w’'-]+)?$"
)
# "Roe is president of the Acme Association", "Roe, who has driven a bus for 14 years and is a shop
# steward with Acme Local 234,": the post of the one just named, said with "is" and no comma.
_COPULA_AFTER_NAME = re.compile(r" is (?=(?:also |now |currently )?(?:the |a |an )?[a-z])")
# ", who majored in physics at Acme University, is co-founder of …": the who-clause closed, then "is".
_WHO_CLAUSE_AND_IS = re.compile(
    r", who (?:[^,.;:\"“”()]|(?:Mr|Ms|Mrs|Dr|St)\.){1,200}?(?: and|,) is "
    r"(?=(?:also |now |currently )?(?:the |a |an )?[a-z])"
)
# "the daughter of Jane Roe is …", "a cousin of Roe is …": a name after a preposition is no subject.
_OBJECT_BEFORE_NAME = re.compile(
    r"(?<![\w-])(?:of|to|by|for|with|from|at|than|and|or|as|like|about|on|in|against|behind|after|before) "
    r"(?:(?:[A-Z][\w.’'-]*|the) ){0,3}$"
)


def _copula_role(state: _State, start: int, end: int) -> tuple[str | None, str | None]:
    """(role, organisation) a name's "is …" clause gives: only with the body the post is of or at."""
    body = state.body
    if not body.startswith((" is ", ", who "), end):
        return None, None
    match = _COPULA_AFTER_NAME.match(body, end) or _WHO_CLAUSE_AND_IS.match(body, end)
    if match is None or _OBJECT_BEFORE_NAME.search(body, max(0, start - 40), start):
        return None, None
    # The clause read as the appositive it stands for: ", is president of the Acme Association".
    clause = ", " + body[match.end() : match.end() + 300]
    role = _ROLE_AFTER.match(clause)
    post = role.group("role") if role else None
    if role is not None and role.group("org") is None and clause.startswith(" and ", role.end()):
        # "is co-founder and chief executive of Acme": two posts, the body after the second.
        role = _ROLE_AFTER.match(", " + clause[role.end() + 5 :])
        post = f"{post} and {role.group('role')}" if role else None
    if role is None or role.group("org") is None or not _looks_like_org(state, role.group("org")):
        return None, None
    return post, role.group("org")


# AP style party and state after a name: "Sen. Jane Roe, D-Ohio," / "(R-Texas)".
_PARTY_STATE = re.compile(
    # "D-El Paso": a home town of two or three words, as state papers write the tag.
    # "DFL-Duluth": Minnesota's Democratic-Farmer-Labor party tags its members so.
    r"(?:, |\s?\()(?P<party>[DRI]|DFL)-(?P<state>[A-Z][A-Za-z]*\.?(?: ?[A-Z][A-Za-z]*\.| [A-Z][a-z]+(?: [A-Z][a-z]+)?)?)(?=[,)])"
)
_PARTY_LETTERS = {"D": "Democratic Party", "R": "Republican Party"}
# ", a nurse who has worked as a care coordinator in …", ", who works as a cook at …": a job held.
_WHO_WORKS_AS = re.compile(
    r",(?: \d{1,3},)?(?: (?:a|an|the) [a-z][\w’'-]*(?: [a-z][\w’'-]*){0,3})? who (?:also |now |still )?"
    r"(?:works|worked|has worked|had worked|has been working) as (?:a|an) (?P<job>[a-z][\w-]*(?: [a-z][\w-]*){0,2}?)"
    r"(?=[,.;]| (?:at|for|in|with|on|since|until|and|before|after|from)\b)"
)
# "Mayor Jane Roe (ANC) said": a party's acronym or name in brackets right after a name.
# " (R-Tex.)", " (D-N.Y.)": a US lawmaker's party and state, before a comma.
_PARTISAN_TAG_AFTER = re.compile(r" \([DRI]-[A-Z][A-Za-z.]{1,14}\)(?=,)")
_PARTY_IN_BRACKETS = re.compile(r" \(([A-Z][A-Za-z]{1,11}(?: \d{1,3})?)\)")
# "Senator Jane Roe (APC, Kebbi North)", "Jane Roe (BJP, Varanasi)": a party's letters and the seat.
# "Jane Roe (Labour, Anfield)": a listed party's name and the ward; "Jane Roe (EPP, PL)", "(S&D, IT)": a
# European Parliament group's letters and the member's country code.
_PARTY_AND_SEAT = re.compile(
    rf" \((?P<party>[A-Z][A-Za-z&]{{1,11}}), (?P<seat>{U}[\w’'-]+(?: {U}[\w’'-]+){{0,2}})\)"
)
# "Jane Roe (La Libertad Avanza–Mendoza)": a party's name or letters, a dash, then the seat's province.
_PARTY_DASH_SEAT = re.compile(
    rf" \((?P<party>{U}[\w’'&]*(?: [\w’'&]+){{0,5}}?)[–-](?P<seat>{U}[\w’'-]+(?: {U}[\w’'-]+){{0,2}})\)"
)
_GROUP_LETTERS = re.compile(r"[A-Z][A-Z&]{1,4}")
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")
# "Lin Mei-hua (林美華),", "Jane Roe (45),", "Jane Roe (DA),": the name in its own script, an age, a
# party's letters (not an organisation's words: "Jane Roe (Rivers Trust), who …").
_OWNER_BEFORE_TITLE = re.compile(
    rf"(?:(?P<desc>\b[Tt]he [a-z]+)[’']s?|(?P<org>{_WORD}(?: {_WORD}){{0,3}})[’']s?|\b(?P<its>[Ii]ts|[Tt]heir)) $"
)


def _owner_of_title(state: _State, at: int) -> str | None:
    """Whose is the capitalised post at ``at``: "the command's", "its", "Acme's" (not "Kenya's")."""
    owner = _OWNER_BEFORE_TITLE.search(state.body, max(0, at - 60), at)
    if owner is None:
        return None
    if owner.group("desc") or owner.group("its"):
        return (owner.group("desc") or owner.group("its")).lower()
    org = owner.group("org")
    if org in PLACES or not _looks_like_org(state, org) or _names_person(state, org):
        return None
    return org


_PORTFOLIO_OWNER = re.compile(rf"(?P<owner>Its|Their|His|Her) (?P<portfolio>{U}[a-z]+(?: {U}[a-z]+)?)")
_OWNER_THEN_PLACE = re.compile(rf"(.+?)[’']s ({U}[\w-]*(?: {U}[\w-]*)?)")
_ORG_UNIT = re.compile(
    rf"({U}[\w&-]*(?: {U}[\w&-]*){{0,3}})[’']s ({U}[\w&-]*(?: (?:of |for |and |& )?{U}[\w&-]*){{1,5}})"
)
_STATE_LEGISLATOR_TITLES = frozenset(
    [
        "Rep.",
        "Sen.",
        "Senator",
        "Representative",
        "Assemblyman",
        "Assemblywoman",
        "Assemblymember",
        "Delegate",
    ]
)
_BRACKETED_AFTER_NAME = re.compile(r" \((?:[^\x00-\x7f()\n,;]{1,20}|\d{1,3}|[A-Z]{2,6})\)(?=, )")
_US_STATES = {
    abbreviation: name
    for name, abbreviations in {
        "Alabama": "Ala.",
        "Alaska": "Alaska",
        "Arizona": "Ariz.",
        "Arkansas": "Ark.",
        "California": "Calif.",
        "Colorado": "Colo.",
        "Connecticut": "Conn.",
        "Delaware": "Del.",
        "Florida": "Fla.",
        "Georgia": "Ga.",
        "Hawaii": "Hawaii",
        "Idaho": "Idaho",
        "Illinois": "Ill.",
        "Indiana": "Ind.",
        "Iowa": "Iowa",
        "Kansas": "Kan.",
        "Kentucky": "Ky.",
        "Louisiana": "La.",
        "Maine": "Maine",
        "Maryland": "Md.",
        "Massachusetts": "Mass.",
        "Michigan": "Mich.",
        "Minnesota": "Minn.",
        "Mississippi": "Miss.",
        "Missouri": "Mo.",
        "Montana": "Mont.",
        "Nebraska": "Neb.",
        "Nevada": "Nev.",
        "New Hampshire": "N.H.",
        "New Jersey": "N.J.",
        "New Mexico": "N.M.",
        "New York": "N.Y.",
        "North Carolina": "N.C.",
        "North Dakota": "N.D.",
        "Ohio": "Ohio",
        "Oklahoma": "Okla.",
        "Oregon": "Ore.",
        "Pennsylvania": "Pa.",
        "Rhode Island": "R.I.",
        "South Carolina": "S.C.",
        "South Dakota": "S.D.",
        "Tennessee": "Tenn.",
        "Texas": "Texas",
        "Utah": "Utah",
        "Vermont": "Vt.",
        "Virginia": "Va.",
        "Washington": "Wash.",
        "West Virginia": "W.Va.",
        "Wisconsin": "Wis.",
        "Wyoming": "Wyo.",
    }.items()
    for abbreviation in (abbreviations, name)
}
# Older abbreviations still written ("R-Tex.", "Eugene, Oreg."), beside AP style's.
_US_STATES.update(
    {
        "Tex.": "Texas",
        "Oreg.": "Oregon",
        "Penn.": "Pennsylvania",
        "Wisc.": "Wisconsin",
        "Kans.": "Kansas",
        "Nebr.": "Nebraska",
        "N.Mex.": "New Mexico",
        "N.Dak.": "North Dakota",
        "S.Dak.": "South Dakota",
    }
)
# Lower-case words that open a role and name the organisation rather than the post ("union negotiator").
_DESCRIPTOR_ROLES = frozenset(
    ["union", "party", "club", "council", "company", "team", "ministry", "authority", "trust", "congress"]
)
# Posts whose first word is such a noun but still part of the post: a "team principal" runs a racing
# team (a "principal" alone heads a school), a "team doctor" is no doctor of the team's own name.
_DESCRIPTOR_POSTS = frozenset(["team principal", "team doctor"])
# Capitalised nouns that, opening a sentence before a role, stand for the article's body of that kind:
# "Board member Jane Roe" (the board), "District spokesman Tom Lee" (the district).
_BODY_OPENERS = frozenset(["Board", "District", "Bureau", "Office", "Authority"])
# Posts named for the side in a legislature they keep in line ("Coalition whip", "Government whip").
_SIDE_POSTS = frozenset(["whip"])
# Words that date a post rather than name it: "former", "new", "current", "outgoing" …
_FORMER = re.compile(
    # Whole words only: "newly elected treasurer" is no "new" post-holder with "ly elected" left over.
    r"^(?:(?:[Ee]x-|(?:[Ff]ormer|[Tt]hen|[Ll]ocal(?! [Gg]overnment| official$)|[Nn]ew|[Nn]ewly (?:appointed|elected)|[Cc]urrent|[Oo]utgoing|"
    r"[Ii]ncoming|[Ss]itting|[Ll]ongtime|[Ll]ong-time|[Vv]eteran|[Rr]etired)\b-?)\s*)+"
)
# ("Local Government Minister": local government is a portfolio; "local" there is no qualifier; a "local
# official" is a post of its own, where "official" alone says nothing.)
# "an opposition MP", "a centre-left economist": the side a person takes, not the post
# (a capitalised "Opposition lawmaker" is a title).
_SIDE_TAKEN = re.compile(
    r"^(?:(?:opposition|backbench) (?=(?:MP|MEP|MLA|lawmaker|legislator|senator|councillor)$)"
    # "Independent councillor Jane Roe", "Independent TD": a member of no party; her post is the rest.
    r"|[Ii]ndependent (?=(?:MP|MEP|MLA|MSP|TD|lawmaker|legislator|senator|councillor|Senator|Councillor)$)"
    r"|(?:(?:centre|center|far)-(?:left|right)|(?:left|right)-wing|conservative|liberal|progressive|populist) "
    r"(?=[a-z]))"
)

# Words that open a partial name ("Ms Roe", "Judge Roe"): built once, not per chunk.
_HONORIFICS_AND_TITLES = HONORIFICS | TITLE_HEADS


def _clean_title(title: str | None) -> str | None:
    """A title without "former": the gold record keeps the post, the tie still holds."""
    if not title:
        return title
    if "-based " in title:
        title = _BASED_OPENING.sub("", title)
    if title.startswith("board ") and title[6:] in _BOARD_HEADS:
        title = title[6:]  # "the board chairman": the board is the company's own, the post is "chairman"
    elif " committee " in title:
        # "the environment committee chairman": the committee is the body, the post is "chairman".
        title = _COMMITTEE_OPENING.sub("", title)
    return _SIDE_TAKEN.sub("", _FORMER.sub("", title)) or None


# "budget and appropriations committee " before a chair's post: the committee, in lower case.
_COMMITTEE_OPENING = re.compile(r"^[a-z]+(?: and [a-z]+)? committee (?=(?:chairman|chairwoman|chairperson)$)")
# Heads of a company's board, written with "board" alone before them ("the board chairman"); a named
# board stays in the post ("dairy board chairman").
_BOARD_HEADS = frozenset(["chairman", "chairwoman", "chair", "chairperson", "president"])
# "Linden-based welder": where the person works opens the phrase, no part of the post.
_BASED_OPENING = re.compile(r"^[A-Z][\w’'-]*-based (?=[a-z])")


def _is_town_mayor(org_text: str, role: str | None) -> bool:
    """One plain word before "Mayor" names a town, unless it is a known organisation."""
    return (
        role is not None
        # "Shu district akim Jane Roe": a Kazakh town's or district's head, as an Uzbek one is "hokim".
        and role.split()[-1].lower() in ("mayor", "akim", "hokim")
        # "Mae Sai mayor Jane Roe": a town's name of one or two plain words; "Tenakee Springs Mayor": of
        # two or three words that ends like one.
        and (
            (
                org_text.count(" ") <= 1
                and all(w[1:].islower() and w not in ORG_HEADS for w in org_text.split())
            )
            or _TOWN_MAYOR.fullmatch(f"{org_text} Mayor ") is not None
        )
        and org_text not in KNOWN_ORGS
    )


# Posts held for a place, not in a body: a legislator's seat ("Fox Hill MP", "the MHA for Bonavista"), a
# governor's region, a district commissioner's town.
_PLACE_POSTS = frozenset(
    [
        "governor",
        "commissioner",
        "mp",
        "mha",
        "mla",
        "mpp",
        "msp",
        "td",
        "mna",
        "mpa",
        "mlc",
        "mhk",
        "mca",
        "mep",
    ]
)
# "Brinnington councillor Jane Roe": the ward a councillor sits for, unless a people's government names
# the seat ("Kainai First Nation councillor").
_WARD_POSTS = frozenset(["councillor", "councilor"])
_NATION_WORDS = frozenset(["Nation", "Nations", "Tribe", "Band", "Reserve", "Reservation", "Pueblo"])
# Local units a name ends in that are places, never bodies ("a farmer in Ba Tri Commune", "from Merti Woreda").
_PLACE_UNIT_WORDS = frozenset(
    ["Commune", "Woreda", "Kebele", "Village", "Township", "Barangay", "Upazila", "Oblast"]
)


def _is_place_of_post(org_text: str, role: str | None) -> bool:
    """Plain capitalised words (no organisation noun, no acronym, no known body) tied to a post held for a
    place, or any name that ends in a local unit's word, name a place."""
    words = org_text.split()
    if not words or org_text in KNOWN_ORGS or org_text in KNOWN_SHORT_FORMS:
        return False
    if len(words) >= 2 and words[-1] in _PLACE_UNIT_WORDS and not any(w in ORG_HEADS for w in words):
        return True
    return (
        role is not None
        and (
            role.split()[-1].lower() in _PLACE_POSTS
            or (role.split()[-1].lower() in _WARD_POSTS and not any(w in _NATION_WORDS for w in words))
        )
        and len(words) <= 3
        # "WorkSafe Commissioner": a name written with a capital inside it is a brand's, a body's.
        and all(
            w not in ORG_HEADS and all(p[:1].isupper() and p[1:].islower() for p in w.split("-"))
            for w in words
        )
    )


@dataclass(slots=True)
class _ChunkIndex:
    """A chunks list indexed once its chunks' bounds no longer change (after classification)."""

    chunks: list[_Chunk]
    by_text: dict[str, list[_Chunk]]  # by their text in the body, each group in the list's order
    starts: list[int]  # the chunks' starts, sorted
    order: list[int]  # the list positions of the chunks in ``starts`` order
    longest: int  # the longest chunk's length

    def overlapping(self, start: int, end: int) -> list[_Chunk]:
        """The chunks that overlap ``[start, end)``, in the list's order."""
        low = bisect.bisect_left(self.starts, start - self.longest)
        high = bisect.bisect_left(self.starts, end)
        found = sorted(
            k for k in self.order[low:high] if self.chunks[k].end > start and self.chunks[k].start < end
        )
        return [self.chunks[k] for k in found]


def _chunk_index(state: _State, chunks: list[_Chunk]) -> _ChunkIndex:
    """The index of ``chunks``, built once per list so that a lookup costs no scan of them all."""
    if state.chunk_index is None or state.chunk_index.chunks is not chunks:
        by_text: dict[str, list[_Chunk]] = {}
        for chunk in chunks:
            by_text.setdefault(state.body[chunk.start : chunk.end], []).append(chunk)
        order = sorted(range(len(chunks)), key=lambda k: chunks[k].start)
        state.chunk_index = _ChunkIndex(
            chunks,
            by_text,
            [chunks[k].start for k in order],
            order,
            max((c.end - c.start for c in chunks), default=0),
        )
    return state.chunk_index


def _promote_org(state: _State, chunks: list[_Chunk], org_text: str, role: str | None) -> None:
    """An organisation named only by a role ("chief executive of Acme") becomes an organisation."""
    if org_text.lower().startswith(("the ", "its ", "their ")) or org_text.lower() in ("its", "their"):
        return  # a descriptor or possessive: resolve ties it to the organisation it refers to
    if org_text in state.things:
        return  # "Vireo’s project scientist": the craft's, not an organisation's
    if _is_town_mayor(org_text, role):
        return  # "Springvale Mayor Jane Roe": the town she is mayor of, no organisation
    last = org_text.rsplit(" ", 1)[-1]
    if " " in org_text and (last in _ROAD_HEADS or last in _STREET_ABBREVIATIONS):
        return  # "George St retailer Jane Roe": the street she trades on, no organisation
    if _is_place_of_post(org_text, role):
        # "Fox Hill MP Jane Roe", "a farmer in Ba Tri Commune": a seat or a place, no organisation, nor anyone.
        # "in Ba Tri Commune" where the story names Ba Tri alone too: the same place.
        bare = org_text.rsplit(" ", 1)[0]
        canonical = next((p.canonical for p in state.places if p.name == bare), org_text)
        for chunk in _chunk_index(state, chunks).by_text.get(org_text, []):
            if chunk.label in ("unknown", "person-candidate") and org_text.split()[-1] in _PLACE_UNIT_WORDS:
                chunk.label = "place"
                state.places.append(
                    PlaceMention(chunk.start, chunk.end, org_text, canonical, _story_country(state), "region")
                )
        return
    same_text = _chunk_index(state, chunks).by_text.get(org_text, [])
    for chunk in same_text:
        if chunk.label in ("unknown", "person-candidate"):
            company = role is not None and any(word in _COMPANY_ROLES for word in role.split())
            data = dict(_org_of(state, org_text) or _adjective_org(org_text) or _org_from_text(org_text))
            if data["kind"] == "organisation" and company:
                data["kind"] = "company"
            chunk.label, chunk.data = "org", data
            _add_org(state, chunk.start, chunk.end, data)
            # Later bare mentions of the same name are the same organisation.
            for other in same_text:
                if other is not chunk and other.label in ("unknown", "person-candidate"):
                    other.label = "org"
                    _add_org(state, other.start, other.end, data)
            return
    _promote_spanning_org(state, chunks, org_text)


def _promote_spanning_org(state: _State, chunks: list[_Chunk], org_text: str) -> None:
    """An organisation a role names whose name the chunker read as several runs ("a MEP from the
    Socialists and Democrats group"): the runs become one organisation, replacing any smaller one
    read inside it ("Democrats" is then no party of its own)."""
    if " " not in org_text or org_text in PLACES or org_text in state.spanned:
        return  # "Blue Mountains Mayor": the place she is mayor of; a name judged once stays judged
    state.spanned.add(org_text)  # each later call would scan the whole body again
    body = state.body
    index = _chunk_index(state, chunks)
    start = body.find(org_text)
    while start >= 0:
        end = start + len(org_text)
        bounded = (start == 0 or not body[start - 1].isalnum()) and (
            end == len(body) or not body[end].isalnum()
        )
        inside = index.overlapping(start, end)
        if (
            bounded
            # One run read as the whole name was judged already (a place: "Blue Mountains Mayor").
            and inside
            and (len(inside) > 1 or (inside[0].start, inside[0].end) != (start, end))
            and all(start <= c.start and c.end <= end and c.label in _SPANNED_LABELS for c in inside)
            and not any(o.start <= start and end <= o.end for o in state.orgs)
        ):
            data = dict(_org_of(state, org_text) or _org_from_text(org_text))
            letters = _ACRONYM_AFTER.match(body, end)
            if (
                letters
                and not data.get("acronym")
                and letters.group(1) in (_initials(org_text), "".join(w[0].upper() for w in org_text.split()))
            ):
                data["acronym"] = letters.group(1)  # "the Alliance of Small Island States (AOSIS)"
            state.orgs[:] = [o for o in state.orgs if not (start <= o.start and o.end <= end)]
            for part in inside:
                part.label = "org"
            _add_org(state, start, end, data)
            return
        start = body.find(org_text, end)


# A run inside an organisation's longer name may have been read as a smaller organisation or place.
_SPANNED_LABELS = frozenset(["unknown", "person-candidate", "org", "place"])


_HONORIFIC_GENDER = {"Mr": "m", "Sir": "m", "Lord": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Dame": "f"}


_CLOSING_SINGLE = re.compile(r"’(?![A-Za-z])")


def _inside_quotation(body: str, position: int) -> bool:
    """Is ``position`` inside quotation marks opened earlier in its paragraph?"""
    start = body.rfind("\n", 0, position) + 1
    before = body[start:position]
    if before.count('"') % 2 or before.count("“") > before.count("”"):
        return True
    return before.count("‘") > len(_CLOSING_SINGLE.findall(before))


# "Waseem alias Kala", "identified as Sajid alias Bhaloo": a one-word name before "alias" and the
# nickname after it, as South Asian police reports name suspects.
_ONE_NAME_ALIAS = re.compile(rf"(?<![\w’'.-])({U}[a-z]+) alias {U}[a-z]+\b")


def _find_alias_people(state: _State) -> None:
    """Suspects known by one name and a nickname ("Waseem alias Kala"): the name before "alias" is a
    person's, though no list holds it and no surname follows."""
    for match in _ONE_NAME_ALIAS.finditer(state.body):
        start, end = match.span(1)
        word = match.group(1)
        entry = FIRST_NAMES.get(word)
        if (entry is None and not _unlisted_name_word(word)) or (entry is not None and entry.is_word):
            continue
        if any(p.start <= start < p.end for p in state.people) or any(
            o.start <= start < o.end for o in state.orgs
        ):
            continue  # "Constable Jane Roe alias Kala": the name is read already
        state.people.append(PersonMention(start, end, word, gender=entry.gender if entry else "u"))


_PEERS_STYLES = {"Lord": "m", "Lady": "f"}


def _find_partial_people(state: _State, chunks: list[_Chunk]) -> None:
    """Surnames on their own, and "Ms Roe", for people already named in full."""
    body = state.body
    surnames: dict[str, PersonMention] = {}
    # "Jean Roe … his wife, Anne Roe": a surname two people of different genders share says nothing
    # of the gender of the one a bare "Roe" names.
    shared: set[str] = set()
    inner_forms: dict[str, PersonMention] = {}
    for person in state.people:
        parts = without_generation(person.name).split()
        earlier = surnames.get(parts[-1])
        if earlier is not None and earlier.gender != person.gender:
            shared.add(parts[-1])
        surnames[parts[-1]] = person
        family = family_name_first(parts)
        if family and family not in surnames:
            surnames[family] = person
        given = given_name_after_family(parts)
        if given:
            surnames.setdefault(given, person)  # "Kah Wei" of Teoh Kah Wei
        particled = particle_surname(parts)
        if particled:
            surnames[particled] = person
        paternal = paternal_surname(parts)
        if paternal and paternal not in surnames:
            surnames[paternal] = person
        if paternal:
            surnames.setdefault(" ".join(parts[-2:]), person)  # both surnames: "Mr Alcántara Villena"
        if parts[-1][:3] in ("al-", "el-"):
            surnames[parts[-1][0].upper() + parts[-1][1:]] = person  # "Al-Hashimi said" opening a sentence
        initials = 0
        while initials < len(parts) - 2 and _INITIAL.fullmatch(parts[initials]):
            initials += 1
        if initials:
            # "Justice M. Sundar Rajan … Justice Sundar Rajan said": a South Indian name's initials dropped.
            surnames.setdefault(" ".join(parts[initials:]), person)
        for inner in inner_surnames(parts):
            inner_forms.setdefault(inner, person)  # "Chia" of Raymond Chia Boon Kiat
        for k, part in enumerate(parts[1:], 1):
            if part.islower():  # "von der Leyen" is also written on its own
                surnames[" ".join(parts[k:])] = person
                surnames[" ".join(parts[k:])[0].upper() + " ".join(parts[k:])[1:]] = person
                break
    surnames = {**inner_forms, **surnames}  # a last word or family name wins over an inner word
    # "Natalia Roe … Natalia moved to the UK in 2014": a listed given name on its own, after the full
    # name, is that person when no one else in the story bears it (as given name or surname).
    given_names: dict[str, PersonMention | None] = {}
    for person in state.people:
        parts = person.name.split()
        if not person.partial and len(parts) >= 2 and _plain_given_name(parts[0]):
            known = given_names.get(parts[0], person)
            given_names[parts[0]] = person if known is not None and known.name == person.name else None
    claimed = {(p.start, p.end) for p in state.people}
    for chunk in chunks:
        if chunk.label not in ("unknown", "person-candidate", "title"):
            continue
        tokens = chunk.tokens
        honorific = None
        # "H.E. Dr. Al Marri": courtesy forms may stack; the name follows the last of them.
        while len(tokens) >= 2 and (
            tokens[0][2].rstrip(".") in _HONORIFICS_AND_TITLES
            or tokens[0][2] in _DOTTED_STYLES
            # "Asst Prof Roe", "Deputy Mayor Roe": a modifier of the title word that follows it.
            or (
                len(tokens) >= 3
                and tokens[0][2].rstrip(".") in TITLE_MODIFIERS
                and tokens[1][2].rstrip(".") in _HONORIFICS_AND_TITLES
            )
        ):
            honorific = tokens[0][2].rstrip(".")
            tokens = tokens[1:]
        start, end = tokens[0][0], tokens[-1][1]
        text = body[start:end]
        if (start, end) in claimed:
            continue
        addressed = _addressed_by_given_name(state, chunk.tokens)
        if addressed is None and honorific is None and len(tokens) == 1 and text not in surnames:
            bearer = given_names.get(text)
            if (
                bearer is not None
                and bearer.start < start
                and chunk.label != "title"
                and not _inside_quotation(body, start)  # "Daniel gave us the moment," the coach said
            ):
                addressed = bearer
        if addressed is not None:
            # The mention stands for the full name: a given name is no surname to resolve by.
            state.people.append(PersonMention(start, end, addressed.name, gender=addressed.gender))
            chunk.label = "person"
        elif text in surnames:
            full = surnames[text]
            gender = _HONORIFIC_GENDER.get(honorific or "", "u" if text in shared else full.gender)
            # "Mercer, who led the Brightpath Trust from 2012, …": a surname can carry the tie too.
            role, org = _split_role(state, *_role_after(state, end))
            joined_post = None
            if role is None and org is None:
                copula = _copula_role(state, start, end)  # "Roe is president of …"
                role, org = _split_role(state, *copula)
                if copula[0] and " and " in copula[0]:
                    joined_post = _clean_title(copula[0].split(" and ", 1)[1]) or None
            role = _clean_title(role) or None
            if role is None and org is None and body.startswith(" ", start - 1):
                # "Scotland head coach Lennox was relieved": the post in words before the surname.
                role, org, _role = _role_words_before(state, start, None)
                role = _clean_title(role) or None
            ties: tuple[tuple[str, str | None], ...] = ((org, role),) if org else ()
            state.people.append(
                PersonMention(
                    start,
                    end,
                    text,
                    titles=tuple(dict.fromkeys(t for t in (role, joined_post) if t)),
                    affiliations=ties,
                    gender=gender,
                    partial=True,
                )
            )
            chunk.label = "person"
            if org:
                _promote_org(state, chunks, org, role)
        elif (
            (honorific in HONORIFICS or f"{honorific}." in _DOTTED_STYLES)
            and len(tokens) == 1
            and _is_name_token(text)
        ):
            gender = (
                "m"
                if honorific in ("Mr", "Sir", "Lord")
                else "f"
                if honorific in ("Mrs", "Ms", "Miss")
                else "u"
            )
            state.people.append(PersonMention(start, end, text, gender=gender, partial=True))
            surnames[text] = state.people[-1]
            chunk.label = "person"
        elif (
            honorific in _PEERS_STYLES
            and len(chunk.tokens) == 2
            and _unlisted_name_word(text)
            and chunk.tokens[1][2] not in ORG_HEADS
        ):
            # "Lord Ardmillan said": a peer, or a Scottish judge, known only by the title's name.
            name = f"{honorific} {text}"
            state.people.append(PersonMention(chunk.start, end, name, gender=_PEERS_STYLES[honorific]))
            surnames[text] = state.people[-1]
            chunk.label = "person"


# Words before a town's name that keep it a town though a person of the story bears it as a surname.
_TOWN_BEFORE = frozenset(["in", "near", "from", "outside", "at", "to", "of", "across", "around", "into"])


def _find_surnames_read_as_towns(state: _State, chunks: list[_Chunk]) -> None:
    """ "said Arakawa" after "Kenji Arakawa": a town's name that is the surname of someone the story
    names in full is that person, unless a locative says place ("in Arakawa")."""
    surnames = {p.name.split()[-1] for p in state.people if not p.partial and " " in p.name}
    if not surnames:
        return
    body = state.body
    for chunk in chunks:
        if chunk.label != "place" or len(chunk.tokens) != 1 or chunk.tokens[0][2] not in surnames:
            continue
        if _word_before(body, chunk.start).lower() in _TOWN_BEFORE:
            continue
        place = next((p for p in state.places if p.start == chunk.start and p.end == chunk.end), None)
        if place is None or place.kind != "city":
            continue
        state.places.remove(place)
        state.people.append(PersonMention(chunk.start, chunk.end, chunk.tokens[0][2], partial=True))
        chunk.label = "person"


# "A former treasurer of Hollins Valley Council has been jailed …": a lead that names its subject
# only by role, leaving the name to the next sentence or paragraph.
# Verbs in the past tense that do not end in "-ed": "The chief executive of Acme told MPs …".
_IRREGULAR_PAST = (
    "told|said|says|tells|took|gave|made|left|met|spoke|wrote|won|lost|became|came|went|sought|kept|held|"
    "ran|led|saw|began|fell|rose|sold|bought|paid|struck|stood|drove|flew|fought|brought|thought|felt|found"
)
_ANONYMOUS_LEDE = re.compile(
    rf"(?:A|An|The) (?P<role>(?:{_ROLE_MOD} ){{0,3}}(?:{_ROLE_HEAD_ALT}))"
    rf"(?: (?:of|at|for|with) (?:(?:the|a|an) )?(?:(?P<org>{_ORG_WORDS})|[a-z][\w’'-]*(?: [a-z][\w’'-]*){{0,3}}))?"
    rf"(?:,[^,]{{1,60}},)? (?:has|have|had|was|is|will|who|[a-z]+ed|{_IRREGULAR_PAST})\b"
)


# "A glaciologist at the Norwegian Polar Institute in Tromsø, she led …": a role fronted before the
# pronoun of the person the sentence before named.
_FRONTED_ROLE = re.compile(
    rf"An? (?P<role>(?:{_ROLE_MOD} ){{0,2}}(?:{_ROLE_HEAD_ALT}))"
    rf"(?: (?:at|of|with|for) (?:the )?(?P<org>{_ORG_WORDS}))?(?: in {U}[\w’'-]+(?: {U}[\w’'-]+)?)?, (?:she|he) "
)


def _find_fronted_roles(state: _State) -> None:
    body = state.body
    for start in state.sentence_starts:
        if not body.startswith(("A ", "An "), start):
            continue
        fronted = _FRONTED_ROLE.match(body, start)
        if fronted is None:
            continue
        previous = [(index, p) for index, p in enumerate(state.people) if p.end <= start and not p.partial]
        if not previous:
            continue
        index, person = max(previous, key=lambda pair: pair[1].start)
        pronoun = body[fronted.end() - 4 : fronted.end() - 1].strip()
        if body.find("\n\n", person.end, start) >= 0 or person.gender == ("m" if pronoun == "she" else "f"):
            continue  # named in an earlier paragraph, or someone of the other gender
        role = _clean_title(fronted.group("role"))
        org = fronted.group("org")
        state.people[index] = dataclasses.replace(
            person,
            titles=person.titles + ((role,) if role and role not in person.titles else ()),
            affiliations=person.affiliations + (((org, role),) if org else ()),
        )


def _identify_lede_subject(state: _State, chunks: list[_Chunk], document: Document) -> None:
    """Give the lead's role (and organisation) to the person the next sentences name."""
    starts = sorted(state.sentence_starts)
    lede_start = document.dateline.end if document.dateline else 0
    lede_end = next((s for s in starts if s > lede_start), len(state.body))
    lede = _ANONYMOUS_LEDE.match(state.body, lede_start, lede_end)
    if lede is None or any(lede_start <= p.start < lede_end for p in state.people):
        return
    following = [s for s in starts if s >= lede_end]
    window_end = following[2] if len(following) > 2 else len(state.body)  # the next two sentences
    for index, person in enumerate(state.people):
        if (
            person.partial
            or not (lede_end <= person.start < window_end)
            or person.start not in state.sentence_starts
        ):
            continue
        if person.titles:
            return
        role = _clean_title(lede.group("role")) or lede.group("role")
        org = lede.group("org")
        ties = ((org, role),) if org and (_org_of(state, org) or _looks_like_org(state, org)) else ()
        state.people[index] = dataclasses.replace(
            person, titles=(role,), affiliations=person.affiliations + ties
        )
        if ties:
            _promote_org(state, chunks, ties[0][0], role)
        return


def _other_full_name(text: str, full_names: list[str]) -> bool:
    """Does an organisation found in full share ``text``'s first word without ``text`` being its start?"""
    first = text.split(" ", 1)[0] + " "
    starts = [name for name in full_names if name.startswith(first)]
    return bool(starts) and not any(name == text or name.startswith(text + " ") for name in starts)


# "easyJet said", "eBay says": a name with a lower-case first letter, right before the verb.
_CAMEL_WORD = re.compile(rf"[a-z]{{1,4}}{U}[a-z]\w*")


def _find_camel_case_orgs(state: _State) -> None:
    """Companies written with a lower-case first letter, which no capitalised run holds: found where
    they say something, then wherever else the article writes them."""
    body = state.body
    names: set[str] = set()
    for verb in (" said", " says"):
        at = body.find(verb)
        while at >= 0:
            word = body[body.rfind(" ", max(0, at - 30), at) + 1 : at]
            # Most words before "said" start with a capital or have none inside: no regex for them.
            if (
                word[:1].islower()
                and not word.islower()
                and not body[at + len(verb) : at + len(verb) + 1].isalpha()
            ):
                found = _CAMEL_WORD.fullmatch(word.lstrip("(“\"‘'"))
                if found:
                    names.add(found.group())
            at = body.find(verb, at + 1)
    taken = {(o.start, o.end) for o in state.orgs}
    for name in names:
        for match in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])", body):
            if match.span() not in taken:
                _add_org(state, match.start(), match.end(), {**_org_from_text(name), "kind": "company"})


# "kindrd, the scheduling app,", "streamr.tv, the video platform backed by …": a name in lower case.
# "kindrd, the scheduling app,", "streamr.tv, the video platform backed by …": a name in lower case.
_LOWER_CASE_NAME = re.compile(r"[a-z][a-z0-9]*(?:\.[a-z]{2,})?(?=, )")
# "streamr.tv, ": a domain name before a comma; the pattern opens with a literal, so the scan is fast.
_DOMAIN_BEFORE_COMMA = re.compile(r"\.[a-z]{2,}(?=, )")


def _find_lower_case_orgs(state: _State) -> None:
    """Organisations whose names are written in lower case, which no capitalised run holds: found where
    the article describes one in apposition, then wherever else it writes the name."""
    body = state.body
    # A plain word is a name only where a sentence opens with it ("kindrd, the app …", "SAN FRANCISCO —
    # kindrd, …"); one with a domain ending is a name anywhere ("and streamr.tv, the platform …").
    starts = [s for s in state.sentence_starts if body[s : s + 1].islower()]
    dash = body.find("— ")
    while dash >= 0:
        starts.append(dash + 2)
        dash = body.find("— ", dash + 2)
    for domain in _DOMAIN_BEFORE_COMMA.finditer(body):
        starts.append(max(body.rfind(" ", max(0, domain.start() - 30), domain.start()), 0) + 1)
    names: set[str] = set()
    for start in starts:
        found = _LOWER_CASE_NAME.match(body, start)
        if (
            found
            and (start == 0 or not body[start - 1].isalnum())
            and _ORG_APPOSITIVE.match(body, found.end())
        ):
            names.add(found.group())
    taken = {(o.start, o.end) for o in state.orgs}
    for name in names:
        for match in re.finditer(rf"(?<![\w’'.-]){re.escape(name)}(?![\w-]|\.\w)", body):
            if match.span() not in taken:
                _add_org(state, match.start(), match.end(), {**_org_from_text(name), "kind": "company"})


# After an organisation's name, an optional organisation noun ("fund", "agency"), then a comma: the
# place for its other name in apposition.
_APPOSITIVE_NAME_GAP = re.compile(rf"(?: (?:{_word_trie(frozenset(DESCRIPTORS))}))?, (?={U})")


# "the chairman of the Acme Traders Association, Jane Roe,": a post held in the organisation before it
# makes the name in apposition its holder, not another name of the organisation.
_POST_OF_BEFORE = re.compile(
    r"\b(?:[Cc]hair(?:man|woman|person)?|[Pp]resident|[Ss]ecretary|[Ss]pokes(?:man|woman|person)"
    r"|[Dd]irector|[Hh]ead|[Ll]eader|[Cc]hief|[Ff]ounder|[Tt]reasurer|[Cc]oordinator|[Pp]atron) of (?:the )?$"
)


# "(Pty) Ltd", "(Pvt.) Ltd", "(Private) Limited": a legal form written with its first word in brackets
# (South Africa, Namibia, Botswana, Zimbabwe, Pakistan, India, Sri Lanka).
_BRACKETED_LEGAL_FORM = re.compile(r" \((?:Pty|Pvt|Private|Pte)\.?\) (?:Ltd\b\.?|Limited\b)")


def _find_bracketed_legal_forms(state: _State, chunks: list[_Chunk]) -> None:
    """ "Orange River Minerals (Pty) Ltd": a company's name runs on through its bracketed legal form,
    whatever its words were read as alone (a region's name, a person's)."""
    if ") L" not in state.body:
        return
    for chunk in chunks:
        form = _BRACKETED_LEGAL_FORM.match(state.body, chunk.end)
        if form is None or chunk.label == "split":
            continue
        start, end = chunk.start, form.end()
        if state.body.startswith("The ", start) and start in state.sentence_starts:
            start += 4
        state.orgs = [o for o in state.orgs if not (start <= o.start and o.end <= chunk.end)]
        state.places = [p for p in state.places if not (start <= p.start and p.end <= chunk.end)]
        state.people = [p for p in state.people if not (start <= p.start and p.end <= chunk.end)]
        chunk.label = "org"
        name = state.body[start:end]
        _add_org(state, start, end, {**_org_from_text(name), "kind": "company"})


# "Drina Holding d.o.o.", "Fjord Bygg ehf.", "Tatra Stav s.r.o.": a legal form written in lower case after
# a company's name (Balkan, Icelandic, Czech and Slovak, Polish forms; British "plc" is a head noun).
_LOWER_CASE_LEGAL_FORM = re.compile(r" (?:d\.o\.o\.|d\.d\.|e?hf\.|s\.r\.o\.|a\.s\.|sp\. z o\.o\.)(?!\w)")
# Strings one of those forms holds: most articles hold none, and plain substring tests are far cheaper
# than the scan.
_LOWER_CASE_LEGAL_FORM_CUES = ("o.o.", "d.d.", "hf.", "a.s.")


# "Iqaluit city council", "the Isfara district administration", "Enontekiö municipality": a town's or
# district's own council named by the place and a lower-case noun (found by the nouns, then the place).
_CIVIC_NOUNS = (" council", " administration", " government", " municipality", " police", " town hall")
_CIVIC_MODIFIERS = frozenset(
    ["city", "town", "county", "district", "village", "municipal", "borough", "parish"]
)


def _reads_as_town(name: str) -> bool:
    """Is ``name`` one the gazetteer holds as a town or region (a city's, not a country's)?"""
    place = PLACES.get(name)
    if place is not None:
        return place.kind != "country"
    return name in PLACE_CANDIDATES


def _find_lower_case_civic_bodies(state: _State) -> None:
    """ "Iqaluit city council voted …": a place's council or administration written in lower case is an
    organisation, named as written; the place must be one the article reads as a place."""
    body = state.body
    spans: list[tuple[int, int]] = []  # (where the place must end, where the body's name ends)
    for noun in _CIVIC_NOUNS:
        at = body.find(noun)
        while at >= 0:
            end = at + len(noun)
            if end == len(body) or not (body[end].isalnum() or body[end] == "-"):
                if noun in (" municipality", " police", " town hall"):
                    # "Lakewood police identified him": a town's police force; "Torremolinos town hall
                    # approved": a Spanish or Italian town's council, as English papers there call it.
                    spans.append((at, end))
                else:
                    space = body.rfind(" ", 0, at)
                    if space >= 0 and body[space + 1 : at] in _CIVIC_MODIFIERS:
                        spans.append((space, end))
            at = body.find(noun, end)
    if not spans:
        return
    places: dict[int, tuple[int, str | None]] = {
        p.end: (p.start, p.kind) for p in state.places if p.start < p.end
    }
    for o in state.orgs:
        if o.name == o.canonical and o.end not in places and _reads_as_town(o.name):
            # "Lohja city council chair Jane Roe": a town read as the body owning the post, before the
            # council that does.
            places[o.end] = (o.start, None)
    for place_end, end in spans:
        start, kind = places.get(place_end, (-1, "country"))
        if start < 0 and body.startswith((" city ", " town "), place_end):
            town = _town_before_its_council(state, place_end)
            if town is not None:
                start, kind = town.start, town.kind
        if kind == "country":
            continue
        if any(
            o.start < end and start < o.end and not (start <= o.start and o.end <= end) for o in state.orgs
        ):
            continue  # a longer name holds it
        state.orgs = [o for o in state.orgs if not (start <= o.start and o.end <= end)]
        name = body[start:end]
        kind = "police" if name.endswith(" police") else "council"
        _add_org(
            state,
            start,
            end,
            {"name": name, "canonical": name, "acronym": None, "country_code": None, "kind": kind},
        )
        _council_owns_post(state, body[start:place_end], name, end)


# "Lohja city council chair Jane Roe": the lower-case post words between a council and the name.
_POST_WORDS_THEN_NAME = re.compile(r" (?:[a-z][\w-]* ){1,3}(?=[A-Z\u00c0-\u024f])")


def _council_owns_post(state: _State, town: str, council: str, end: int) -> None:
    """The post a person was given before her name ("Lohja city council chair Jane Roe") belongs to the
    council found since, not to the town the post was first read with."""
    words = _POST_WORDS_THEN_NAME.match(state.body, end)
    if words is None:
        return
    for index, person in enumerate(state.people):
        if person.start == words.end() and any(org == town for org, _ in person.affiliations):
            affiliations = tuple((council if org == town else org, role) for org, role in person.affiliations)
            state.people[index] = dataclasses.replace(person, affiliations=affiliations)


def _town_before_its_council(state: _State, end: int) -> PlaceMention | None:
    """ "Torremolinos town hall", "Lohja city council": a town too small to be read bare is named by the
    council it has (a one-word name the gazetteer holds as a town, not a person's or a body's)."""
    body = state.body
    start = end
    while start > 0 and (body[start - 1].isalpha() or body[start - 1] in "-'’"):
        start -= 1
    word = body[start:end]
    town = TOWNS.get(word)
    if (
        town is None
        or not word[:1].isupper()
        or word.isupper()
        or word in NOT_NAMES
        or word in FIRST_NAMES
        or any(p.start < end and start < p.end for p in state.people)
    ):
        return None
    place = PlaceMention(start, end, word, town.name, town.country_code, town.kind)
    state.places.append(place)
    return place


# "the Government of Nunavut", "the Government of India": a government named by its country or region;
# "the Regional Government of Piura": a level of government may come before it.
_GOVERNMENT_OF = re.compile(
    r"(?<![\w-])(?:(?:Regional|Provincial|State|Federal|Municipal|Territorial|Autonomous|County) )?"
    r"(Government) of (?:the )?"
)


def _find_governments_of_places(state: _State) -> None:
    """ "the Government of Nunavut": the government of a country or region the article reads as a place."""
    body = state.body
    if "Government of " not in body:
        return
    places = {p.start: p for p in state.places}
    for found in _GOVERNMENT_OF.finditer(body):
        place = places.get(found.end())
        if place is None:
            continue
        # a city's own government is named with its level ("the Provincial Government of Piura").
        if place.kind not in ("country", "region") and (
            place.kind != "city" or found.start() == found.start(1)
        ):
            continue
        start, end = found.start(), place.end
        # "Regional Government" read alone before its region gives way to the whole name.
        head_end = found.end(1)
        state.orgs = [o for o in state.orgs if not (o.start == start and o.end == head_end)]
        if any(o.start < end and start < o.end for o in state.orgs):
            continue
        name = body[start:end]
        _add_org(
            state,
            start,
            end,
            {
                "name": name,
                "canonical": name,
                "acronym": None,
                "country_code": place.country_code,
                "kind": "government",
            },
        )


def _find_lower_case_legal_forms(state: _State, chunks: list[_Chunk]) -> None:
    """ "Drina Holding d.o.o.": a company's name runs on through its legal form in lower case, whatever
    its words were read as alone (a person's, a place's, or nothing)."""
    body = state.body
    if not any(form in body for form in _LOWER_CASE_LEGAL_FORM_CUES):
        return  # most articles have none: plain substring tests are far cheaper than the scan
    forms = {m.start(): m for m in _LOWER_CASE_LEGAL_FORM.finditer(body)}
    for chunk in chunks:
        form = forms.get(chunk.end)
        if form is None or chunk.label == "split" or not chunk.tokens[-1][2][:1].isupper():
            continue
        start, end = chunk.start, form.end()
        if body.startswith("The ", start) and start in state.sentence_starts:
            start += 4
        state.orgs = [o for o in state.orgs if not (start <= o.start and o.end <= chunk.end)]
        state.places = [p for p in state.places if not (start <= p.start and p.end <= chunk.end)]
        state.people = [p for p in state.people if not (start <= p.start and p.end <= chunk.end)]
        chunk.label = "org"
        name = body[start:end]
        _add_org(state, start, end, {**_org_from_text(name), "kind": "company"})


def _find_appositive_org_names(state: _State, chunks: list[_Chunk]) -> None:
    """ "The German Pension Insurance fund, Deutsche Rentenversicherung, said": the name between commas
    right after an organisation is another name of it (often its own language's), not a new body."""
    if not state.orgs:
        return
    by_start = {c.start: c for c in chunks if c.label not in ("org", "place", "split")}
    for org in list(state.orgs):
        gap = _APPOSITIVE_NAME_GAP.match(state.body, org.end)
        chunk = by_start.get(gap.end()) if gap else None
        if (
            chunk is None
            or not 2 <= len(chunk.tokens) <= 5
            or not state.body.startswith(",", chunk.end)
            or _person_like(chunk.tokens)
            or any(
                t[2] in FIRST_NAMES or t[2] in TITLE_HEADS or t[2] in NOT_NAMES or not t[2][:1].isupper()
                for t in chunk.tokens
            )
            or chunk.tokens[0][2].rstrip(".") in HONORIFICS
            or _POST_OF_BEFORE.search(state.body, max(0, org.start - 48), org.start)
            or _holder_after_post(state.body, chunk.start, chunk.end)
        ):
            continue
        name = state.body[chunk.start : chunk.end]
        chunk.label = "org"
        chunk.data = {
            "name": name,
            "canonical": org.canonical,
            "acronym": org.acronym,
            "country_code": org.country_code,
            "kind": org.kind,
        }
        _add_org(state, chunk.start, chunk.end, chunk.data)


# "Acme Power, the state utility known as AP,", "(known as AP)": the short name the article uses next.
_KNOWN_AS_AFTER = re.compile(
    r",? \(?(?:(?:the|a|an|its) (?:[\w’'-]+ ){0,5}?)?(?:also |better |commonly |locally )?(?:known|referred to) as "
    rf"(?P<alias>{U}[\w&’'-]*(?: {U}[\w&’'-]*){{0,3}})"
)
# "The utility, known as AP, is …": a description opening the next sentence, then the short name.
_DESCRIBED_KNOWN_AS = re.compile(
    rf"(?:(?<=[.!?] )|(?<=\n)|^)The [a-z]+, (?:also |better |commonly )?known as (?P<alias>{U}[\w&’'-]*(?: {U}[\w&’'-]*){{0,3}}),"
)


# "Acme Power, Indonesia’s state electricity company,": the country whose company the appositive says it is.
_COUNTRYS_APPOSITIVE = re.compile(rf", (?P<country>{U}[a-z]+(?: {U}[a-z]+)?)[’']s (?=[a-z])")


# "Italy’s competition authority, the AGCM,": the description, then the name, in apposition.
_COUNTRYS_DESCRIPTION_BEFORE = re.compile(
    rf"(?<![\w’'-])(?P<country>{U}[a-z]+(?: {U}[a-z]+)?)[’']s (?:[a-z][\w-]* ){{0,3}}[a-z][\w-]*, (?:the )?$"
)


# "Acme Capital, a Singapore-based fund,": the place the appositive says the body is based in.
# "Zumba, the São Paulo-based app,": the article is "the" too.
_BASED_APPOSITIVE = re.compile(
    rf", (?:an?|the) (?P<place>{U}[\w’'.]*(?: {U}[\w’'.]*){{0,2}})-based (?=[a-z])"
)
# "Lyon-based Zumba", "the Kolkata-based lender Vardhan Securities": where it is based, right before its name.
_BASED_BEFORE_NAME = re.compile(
    rf"(?<![\w’'-])(?P<place>{U}[\w’'.]*(?: {U}[\w’'.]*){{0,2}})-based (?:(?!(?:at|of|for|with|from|in|by|and|to) )[a-z][\w’'-]* ){{0,2}}$"
)


def _find_appositive_countries(state: _State) -> None:
    for index, org in enumerate(state.orgs):
        if org.country_code:
            continue
        found = _COUNTRYS_APPOSITIVE.match(state.body, org.end)
        if found is None and state.body.endswith((", ", ", the "), 0, org.start):
            found = _COUNTRYS_DESCRIPTION_BEFORE.search(state.body, max(0, org.start - 70), org.start)
        place = PLACES.get(found.group("country")) if found else None
        based = _BASED_APPOSITIVE.match(state.body, org.end) if found is None else None
        if based is None and found is None and state.based:
            based = _BASED_BEFORE_NAME.search(state.body, max(0, org.start - 60), org.start)
        if based is not None:
            # A city's name says its country as well as a country's does ("a Tokyo-based lender").
            place = PLACES.get(based.group("place"))
            if place is not None and place.kind in ("country", "city", "region") and place.country_code:
                state.orgs[index] = dataclasses.replace(org, country_code=place.country_code)
            continue
        if place is not None and place.kind == "country":
            state.orgs[index] = OrganisationMention(
                org.start, org.end, org.name, org.canonical, org.acronym, place.country_code, org.kind
            )


# "told Zenpost that", "seen by the Zenpost": the news outlet a source spoke to or a document reached;
# "had not responded to Zenpost's questions": the outlet that asked.
# The phrase right before a name: read backwards from each name, not by a scan of the whole body.
_OUTLET_BEFORE = re.compile(
    r"(?<![\w’'-])(?:(?P<told>(?:told|tells|telling|seen by|obtained by|reviewed by|interview with|"
    # "admitted to Zenpost that …": a confession made to an outlet.
    r"(?:[Ss]poke|[Ss]peaking|[Tt]alking|[Aa]dmitted|[Cc]onfided|[Ee]xplained) to)"
    # "told news wire Zenpost", "told the daily Zenpost": what kind of outlet, before its name.
    r"(?: (?:the )?(?:news ?wire|wire service|news agency|daily|broadcaster|newspaper|news site|news website))?)"
    r"|(?:respond(?:ed)?|repl(?:y|ied)|answer(?:ed)?) to) (?P<the>[Tt]he )?\Z"
)
# How those phrases end: a cheap test before the pattern is tried.
_OUTLET_BEFORE_ENDS = (
    "told ", "tells ", "telling ", "by ", "with ", "to ", "the ", "The ", "wire ", "service ", "agency ",
    "daily ", "broadcaster ", "newspaper ", "site ", "website ",
)  # fmt: skip
_MEDIA_OF_PLACE = re.compile(rf" of ({U}[\w’'-]+(?: {U}[\w’'-]+)?)")
# Words that open or close a paper's or broadcaster's name ("told the Herald", "told Times of Malta",
# "told Radio Prague International"): organisation nouns that an outlet's name may hold.
_MEDIA_NAME_WORDS = frozenset(
    [
        "Times", "Herald", "Post", "News", "Gazette", "Chronicle", "Tribune", "Observer", "Journal", "Mail",
        "Express", "Telegraph", "Guardian", "Mirror", "Radio", "Television", "Channel", "Broadcasting",
        "Courier", "Echo", "Examiner", "Inquirer", "Globe", "Monitor", "Online", "International",
    ]
)  # fmt: skip
# A broadcaster's or news service's words inside its name ("Sky Sport Italia", "Star TV").
_BROADCAST_WORDS = frozenset(["Sport", "Sports", "TV", "Radio", "News", "Television", "Channel"])
# The words that close a newspaper's name after its town's ("the Nassau Guardian", "the Kingston Gleaner").
_PAPER_NAME_WORDS = frozenset(
    ["Times", "Herald", "Post", "Gazette", "Chronicle", "Tribune", "Observer", "Journal", "Guardian", "Courier",
     "Examiner", "Inquirer", "Gleaner", "Star", "Standard", "Sun", "Mercury", "Advertiser"]
)  # fmt: skip
# "who spoke to Zenpost welcomed the plan": the clause ends at the speaker's own verb.
_OUTLET_AFTER = re.compile(
    # "Speaking to Zenpost over the phone, he said": how the outlet was spoken to.
    r"(?: that\b| on [A-Z]| in an?\b| in [A-Z]| by\b| after\b| afterwards\b| last\b| this\b|[.,;:]|$|"
    r" over the (?:tele)?phone\b|"
    # "told the Gazeta Krakowska daily that": what kind of outlet, after its name.
    r" (?:daily|weekly|newspaper|paper|tabloid|broadcaster|magazine|news (?:site|website|portal))\b|"
    r" [a-z]{3,}ed (?:the|a|an|it)\b)"
)
_PRONOUN_AFTER = re.compile(r" (?:she|he|they|it|we|I)\b")
_TOLD_CLAUSE_AFTER = re.compile(r" (?:she|he|they|it|we|I|their|its|his|her|the company|the ministry)\b")
_OUTLET_QUESTIONS_AFTER = re.compile(r"[’']s (?:questions|queries|inquiries|request|requests) ")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
# ("told the Bench", "told the Jury": the judges or jurors a court's hearing is put to.)
_NOT_OUTLET_WORDS = ORG_HEADS.keys() | _LEGISLATURES | TITLE_HEADS | HONORIFICS | {"Bench", "Jury"}


def _named_spans(state: _State) -> list[tuple[int, int]]:
    """Where the people and organisations found so far stand: what an outlet's name may not overlap."""
    return [(m.start, m.end) for m in state.people] + [(m.start, m.end) for m in state.orgs]


# A publication's name as its metadata gives it: capitalised words, "from", "of", "the" or "&" between.
_SOURCE_NAME = re.compile(rf"(?:The )?{U}[\w’'.-]*(?: (?:(?:of|from|the|&) )?{U}[\w’'.-]*){{0,5}}")


def _find_source_outlet(state: _State, source: str | None) -> None:
    """ "Source: Harbour Ledger" over a story that says a witness "told the Harbour Ledger": the outlet
    that published the story, named in its own text, is an organisation even where its name holds a
    place ("Notes from Zenland") or a nationality ("Zenlandic Courier") that no other rule reads as one."""
    if not source or not _SOURCE_NAME.fullmatch(source) or source in PLACES:
        return
    body = state.body
    bare = source.removeprefix("The ")
    if " " not in bare and bare not in KNOWN_ORGS:
        return  # a one-word name ("Mercury", "Nation") is as often a word or a place in the text
    named = _overlapping(_named_spans(state))
    found: list[tuple[int, int]] = []
    # No word character before the name, tested after its first character: the pattern then opens with
    # that character and the engine skips to it (a look back first makes it try every position).
    names = "|".join(
        rf"{re.escape(n[0])}(?<![\w’'-]{re.escape(n[0])}){re.escape(n[1:])}" for n in (source, bare)
    )
    for match in re.finditer(rf"(?:{names})(?![\w’'-])", body):
        start, end = match.span()
        if not named(start, end):
            found.append((start, end))
    if not found:
        return
    inside = _overlapping(found)
    state.places = [p for p in state.places if not inside(p.start, p.end)]
    data = {**_org_from_text(source, known=KNOWN_ORGS.get(source)), "kind": "media"}
    for start, end in found:
        _add_org(state, start, end, {**data, "name": body[start:end]})


def _outlet_cue(body: str, start: int) -> bool | None:
    """ "told Zenpost", "told the Zenpost", "replied to The Zenpost": True after a phrase that tells, False
    after one that answers, None after neither. "the" or "The" before the name belongs to the phrase,
    unless "The" opens a capitalised name itself ("told The Zenpost": the cue is before "Zenpost")."""
    # "told ČTK": a capital of any Latin alphabet.
    if not (body[start : start + 1].isupper() and body.endswith(_OUTLET_BEFORE_ENDS, 0, start)):
        return None
    found = _OUTLET_BEFORE.search(body, max(0, start - 30), start)
    if found is None:
        return None
    if (
        found.group("the") is None
        and body.startswith("The ", start)
        and "A" <= body[start + 4 : start + 5] <= "Z"
    ):
        return None
    return found.group("told") is not None


def _KNOWN_MEDIA_FIRST(word: str) -> bool:
    """ "BBC Sport Wales": a listed broadcaster's or paper's name opens a name of its own service."""
    known = KNOWN_ORGS.get(word)
    return known is not None and known.kind == "media"


def _find_outlets(state: _State, chunks: list[_Chunk]) -> None:
    """A name no rule read as anything, which a source "told" or which asked for comment: a news outlet.
    A person a source tells is named in the article first, so a name that is no one's is the outlet's."""
    body = state.body
    cued = [
        (chunk, told)
        for chunk in chunks
        if chunk.label not in ("org", "place", "split")
        and 1 <= len(chunk.tokens) <= 3
        and (told := _outlet_cue(body, chunk.start)) is not None
    ]
    if not cued:
        return
    for chunk, told in cued:
        words = [t[2] for t in chunk.tokens]
        first = FIRST_NAMES.get(words[0])
        if (
            told
            and len(words) >= 2
            and first is not None
            and first.is_word
            and any(w in _BROADCAST_WORDS for w in words[1:])
        ):
            # "told Sky Sport Italia it was …": a channel whose first word is also a given name.
            state.people = [p for p in state.people if not (p.start == chunk.start and p.end == chunk.end)]
    named = _named_spans(state)
    overlaps = _overlapping(named + [(m.start, m.end) for m in state.places])
    overlaps_named = _overlapping(named)
    places_at = {(p.start, p.end) for p in state.places}
    place_opened: set[str] = set()
    added: list[tuple[int, int]] = []  # the masthead lines' full names (one per outlet at most)
    name_words = {w for p in state.people for w in p.name.split()}
    people_at = {(p.start, p.end) for p in state.people}
    names: set[str] = set()
    for chunk, told in cued:
        tokens, end = chunk.tokens, chunk.end
        if tokens[-1][2].endswith(("’s", "'s")):
            end -= 2  # the classifier may have cut the possessive off already
        if told and len(tokens) == 1 and tokens[0][2] in _MEDIA_NAME_WORDS:
            # "told Times of Malta after the meeting": the paper's name runs on through "of" and a place.
            of_place = _MEDIA_OF_PLACE.match(body, end)
            if of_place and of_place.group(1) in PLACES and _OUTLET_AFTER.match(body, of_place.end()):
                end = of_place.end()
        name = body[chunk.start : end]
        words = name.split()
        if (
            not (_OUTLET_AFTER.match(body, end) if told else _OUTLET_QUESTIONS_AFTER.match(body, end))
            and not (
                # "told BBC News Zenland she had voted": a listed broadcaster's service, then the speaker's words.
                told and len(words) >= 2 and _PRONOUN_AFTER.match(body, end) and _KNOWN_MEDIA_FIRST(words[0])
            )
            and not (
                # "told BNamericas their permits …": a name no one bears, told what a clause then says.
                told and _TOLD_CLAUSE_AFTER.match(body, end) and not body.endswith(" to ", 0, chunk.start)
            )
            and not (
                # "told Zenpost their permits …" in an interview whose questions are "Zenpost: …?" lines: the
                # outlet that asks, whatever follows its name in the telling.
                told and body.count(f"\n{name}: ") >= 2
            )
        ):
            continue
        # "told the Harbour Bulletin": no person is told with "the" before the name; the outlet is.
        the_before = bool(told) and body.endswith(" the ", 0, chunk.start) and len(words) >= 2
        media_first = len(words) >= 2 and _KNOWN_MEDIA_FIRST(words[0])
        if media_first or (the_before and words[-1] not in PLACES):
            drop = {(chunk.start, end)} if the_before else set()
            if media_first:
                drop.add((chunk.start, tokens[0][1]))  # "told BBC Sport Wales": the service, not "BBC"
                # "told BBC News NI": nor the letters of the region it serves.
                drop |= {(o.start, o.end) for o in state.orgs if chunk.start < o.start and o.end <= end}
            if any(span in drop for span in people_at) or any((o.start, o.end) in drop for o in state.orgs):
                state.people = [p for p in state.people if (p.start, p.end) not in drop]
                state.orgs = [o for o in state.orgs if (o.start, o.end) not in drop]
                people_at = {(p.start, p.end) for p in state.people}
                named = _named_spans(state)
                overlaps = _overlapping(named + [(m.start, m.end) for m in state.places])
                overlaps_named = _overlapping(named)
                name_words = {w for p in state.people for w in p.name.split()}
        # "told Zenland Reports": a place opens the outlet's name, the words after it no place's.
        place_first = (
            len(words) >= 2
            and (
                media_first  # "told BBC Sport Wales", "told BBC Scotland": a listed outlet's own service
                or ((chunk.start, tokens[0][1]) in places_at and words[-1] not in PLACES)
                # "told Times of Malta", "told Radio Prague International": a paper's or station's word
                # opens the name, a place inside it.
                or (bool(told) and words[0] in _MEDIA_NAME_WORDS)
            )
            and not overlaps_named(chunk.start, end)
        )
        if (
            (overlaps(chunk.start, end) and not place_first)
            or name in PLACES
            or (words[0] in FIRST_NAMES and body.startswith("The ", chunk.start - 4))
            or any(w in name_words or (w in _NOT_OUTLET_WORDS and w not in _MEDIA_NAME_WORDS) for w in words)
            or _PLURAL_ACRONYM.fullmatch(words[-1])  # "told MPs": the members, not an outlet
            or (not the_before and words[0] in FIRST_NAMES and not FIRST_NAMES[words[0]].is_word)
            or (not the_before and len(words) > 1 and _person_like(tokens))
        ):
            continue
        if body.startswith("The ", chunk.start - 4) and chunk.start - 4 not in state.sentence_starts:
            name = f"The {name}"  # "told The Zenpost": a capital "The" inside a sentence is the title's
        names.add(name)
        if place_first:
            place_opened.add(name)
    for name in names:
        data = {**_org_from_text(name), "kind": "media"}
        if " " not in name:
            # "told the Zenpost" and a masthead line "Daily Zenpost / 05:10 AM": the paper's full name.
            full = re.search(rf"(?:^|\n)((?:{U}[\w’'-]* ){{1,3}}{re.escape(name)})(?= [/|–—-] |\n)", body)
            # "told the Herald" where the story names the "Lethbridge Herald": that paper, by its last word.
            longer = next(
                (o.canonical for o in state.orgs if o.name.endswith(f" {name}") and o.name.count(" ") < 4),
                None,
            )
            if longer is not None and name in _MEDIA_NAME_WORDS:
                data["canonical"] = longer
            elif full is not None:  # a person's name there was read as one already (``named``)
                start, end = full.span(1)
                data["canonical"] = full.group(1)
                if not any(a < end and start < b for a, b in named):
                    state.places = [p for p in state.places if not (p.start < end and start < p.end)]
                    _add_org(state, start, end, {**data, "name": full.group(1)})
                    added.append((start, end))
        clear = overlaps_named if name in place_opened else overlaps
        for match in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])", body):
            start, end = match.span()
            if name in place_opened and not any(p.start < end and start < p.end for p in state.people):
                # "BBC News NI" again on a byline line: the service's whole name there, not its parts.
                state.orgs = [o for o in state.orgs if not (start <= o.start and o.end <= end)]
                if not any(a < end and start < b for a, b in added):
                    _add_org(state, start, end, data)
                continue
            if not clear(start, end) and not any(a < end and start < b for a, b in added):
                _add_org(state, start, end, data)


# "the radio station Kol Zenit", "told Channel 14 news", "speaking on Zenland 2", "told Match of the
# Week", "said on the Pitch Talk Show", "a Korvo poll": a broadcaster, paper, programme or pollster the
# article names as its source, by what is said of it rather than by its name.
_OUTLET_KIND_BEFORE = re.compile(
    r"(?<![\w’'-])(?:(?:radio|television|TV|news|talk|satellite|cable) (?:station|channel|network|programme|"
    r"program|show)|broadcaster|newspaper|tabloid|news (?:site|website|portal|outlet|agency)|"
    r"(?:daily|weekly) (?:newspaper|paper)|magazine|podcast) $"
)
_OUTLET_ON_BEFORE = re.compile(
    r"(?<![\w’'-])(?:(?:[Ss]peaking|spoke|[Aa]ppearing|appeared|said|says|told [a-z]+|interview(?:ed)?) on|told|tells|"
    r"(?:an )?interview with|(?:[Ss]peaking|spoke|[Tt]alking) to) (?:the )?$"
)
# The last word before an outlet's name in those phrases: a cheap test before the patterns are tried.
_OUTLET_CUE_WORDS = frozenset(
    [
        "on",
        "to",
        "with",
        "told",
        "tells",
        "the",
        "station",
        "channel",
        "network",
        "programme",
        "program",
        "show",
        "broadcaster",
        "newspaper",
        "tabloid",
        "site",
        "website",
        "portal",
        "outlet",
        "agency",
        "paper",
        "magazine",
        "podcast",
    ]
)
_OUTLET_CUE_ENDS = tuple(f"{word} " for word in sorted(_OUTLET_CUE_WORDS))  # one suffix test first
_OUTLET_NUMBER_AFTER = re.compile(r" (?:[1-9]\d?)(?![\w.,:/%-]| ?(?:per|percent|million|billion|years?)\b)")
_OUTLET_OF_THE_AFTER = re.compile(rf" of the {U}[a-z]+(?![\w’'-]| of\b| [A-Z])")
_PROGRAMME_HEADS = frozenset(["Show", "Podcast", "Programme", "Program", "Tonight", "Hour"])
_POLL_AFTER = re.compile(r" (?:poll|survey|opinion poll)\b")
_POLL_ARTICLE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Tt]he|[Aa] new|[Tt]he latest|[Aa] recent) $")


# "Economica.net reported", "according to Zenpost.com": a news site named by its web address.
_WEB_ADDRESS = (
    rf"(?<![\w.@/-])({U}[\w-]*[a-z][\w-]*\.(?:com|net|org|info|news|co\.uk|com\.au|co\.za|[a-z]{{2}}))"
)
_WEB_OUTLET = re.compile(rf"{_WEB_ADDRESS}(?= (?:reported|reports|wrote|writes|quoted|cited|said|says)\b)")
_WEB_OUTLET_BEFORE = re.compile(
    r"(?:\b(?:told|according to|quoted by|cited by|reported by|[Ss]peaking to) )\Z"
)
_WEB_OUTLET_AFTER_CUE = re.compile(rf"{_WEB_ADDRESS}(?=[ ,.;:]|$)")


# Opens on the dot and looks back for the letter: the engine skips from dot to dot (same test, far faster).
_ADDRESS_DOT = re.compile(r"\.(?<=[a-z]\.)[a-z]{2}")


def _find_web_outlets(state: _State) -> None:
    """A news site the article names by its address as a source: an organisation of the media kind."""
    body = state.body
    if _ADDRESS_DOT.search(body) is None:
        return  # most articles name no web address at all
    found = list(_WEB_OUTLET.finditer(body))
    found += [
        m
        for m in _WEB_OUTLET_AFTER_CUE.finditer(body)
        if _WEB_OUTLET_BEFORE.search(body, max(0, m.start() - 16), m.start())
    ]
    for match in found:
        start, end = match.span(1)
        if any(o.start < end and start < o.end for o in state.orgs) or any(
            p.start < end and start < p.end for p in state.people
        ):
            continue
        name = match.group(1)
        state.places = [p for p in state.places if not (p.start < end and start < p.end)]
        _add_org(
            state, start, end, {**_org_from_text(name), "name": name, "canonical": name, "kind": "media"}
        )


# "wrote on X", "in a post on X", "X, formerly Twitter": the platform, a name of one capital letter that
# only the words about posting around it make a name.
_PLATFORM_X = re.compile(
    r"(?:\b(?:wrote|writes|write|writing|written|posted|posts|post|posting|tweeted|shared|shares|"
    r"statement|message|video|account|reposted|announced|published|comments?)"
    r"(?: [\w’'.,-]+){0,5}? on |(?<![\w-])(?=X,? \(?formerly(?: known as)? Twitter))"
    r"(X)(?![\w’'&/-]| [A-Z0-9]|\.[\w])"
)


def _find_platform_x(state: _State) -> None:
    """ "She wrote on X that …", "a post on X on Monday": the social platform X, an organisation."""
    body = state.body
    if " on X" not in body and "X, formerly" not in body and "X (formerly" not in body:
        return
    for match in _PLATFORM_X.finditer(body):
        start, end = match.span(1)
        if any(o.start < end and start < o.end for o in state.orgs) or any(
            p.start < end and start < p.end for p in state.people
        ):
            continue
        _add_org(state, start, end, {**_org_from_text("X"), "kind": "company"})


# "under the symbol ACME", "ticker symbol ACME": a share's symbol, no organisation of its own.
_SYMBOL_BEFORE = re.compile(r"\b(?:[Ss]ymbols?|[Tt]ickers?|[Tt]icker symbols?) (?:“|\"|')?$")
# "House Bill 4", "Senate Bill 2215": a bill's number after the chamber that files it names a bill.
_BILL_NAMES = frozenset(["House Bill", "Senate Bill", "Assembly Bill", "House Joint Resolution"])
_BILL_NUMBER_AFTER = re.compile(r" (?:No\. ?)?\d")
# "On behalf of the Board of Directors": a company's board, named by its generic name, is no body to list.
_GENERIC_BOARDS = frozenset(["Board of Directors", "Board of directors"])


def _drop_filing_words(state: _State) -> None:
    """A share's symbol ("trades under the symbol ACME"), a numbered bill ("House Bill 4") and a company's
    "Board of Directors" are words of a filing or a statute, not organisations."""
    body = state.body
    symbols = "ymbol" in body or "icker" in body
    bills = " Bill " in body or "Joint Resolution" in body
    boards = "Board of" in body
    if not (symbols or bills or boards):
        return
    kept: list[OrganisationMention] = []
    for org in state.orgs:
        text = body[org.start : org.end]
        if (
            (
                symbols
                and text.isupper()
                and _SYMBOL_BEFORE.search(body, max(0, org.start - 20), org.start) is not None
            )
            or (bills and text in _BILL_NAMES and _BILL_NUMBER_AFTER.match(body, org.end) is not None)
            or (boards and org.name in _GENERIC_BOARDS and org.name == org.canonical)
        ):
            continue
        kept.append(org)
    state.orgs = kept


# Words that end the name of a firm, a band or a ministry's unit but that no lexicon of heads holds, being
# as often plain words: "Global Tea Brokers", "the Ramblers Dance Band", "the Fisheries Division".
_UNIT_HEAD_KINDS = {"Division": "agency", "Brokers": "company", "Band": "association", "Mills": "company"}
# The name before a head found at the window's end ("… Global Tea Brokers"), not running on ("Bandung").
_HEADED_UNIT_BEFORE = re.compile(rf"(?<![\w’'&.-])((?:{U}[\w’'&-]* ){{1,4}}(?:Division|Brokers|Band|Mills))$")
# Words before a head that make a league's, a region's or an army's "Division" (the "Central Division",
# "the Western Division", "the First Division"), or no name ("The Division", "Its Division").
_NOT_UNIT_WORDS = frozenset(
    [
        *("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"),
        *("Northeast", "Northwest", "Southeast", "Southwest", "Atlantic", "Pacific", "Metropolitan"),
        *("Premier", "First", "Second", "Third", "Fourth", "Championship", "Super", "Elite", "National"),
        *("Upper", "Lower", "Middle", "Coastal", "Northeastern", "Northwestern", "Southeastern"),
        *("The", "A", "An", "This", "That", "Its", "His", "Her", "Their", "Our", "Every", "Each"),
    ]
)  # fmt: skip


def _find_headed_units(state: _State) -> None:
    """ "Global Tea Brokers said", "the ministry's Fisheries Division", "the Ramblers Dance Band": a
    capitalised name ending in a firm's, band's or unit's word, not a region's or a league's, is a body."""
    body = state.body
    matches: list[re.Match[str]] = []
    for head in _UNIT_HEAD_KINDS:
        at = body.find(" " + head)
        while at >= 0:
            end = at + 1 + len(head)
            found = _HEADED_UNIT_BEFORE.search(body, max(0, at - 90), end)
            after = body[end : end + 1]
            if found is not None and not (after and (after.isalnum() or after in "’'-_")):
                matches.append(found)
            at = body.find(" " + head, at + 1)
    for match in matches:
        start, end = match.span(1)
        words = match.group(1).split()
        while words and words[0] in _NOT_UNIT_WORDS:
            start += len(words[0]) + 1
            words = words[1:]
        head = words[-1]
        # A name of a place or direction alone before the head ("the Africa Division") names a region's.
        if len(words) < 2 or all(w in _NOT_UNIT_WORDS or w in PLACES for w in words[:-1]):
            continue
        if start in state.sentence_starts and len(words) == 2 and words[0] in FIRST_NAMES:
            continue
        if any(o.start < end and start < o.end for o in state.orgs):
            continue
        inside = [p for p in state.people if p.start < end and start < p.end]
        # "President John Mills": a surname that is also a head; a person never ends in "Brokers".
        if inside and (head == "Mills" or any(p.start < start or p.end > end for p in inside)):
            continue
        state.people = [p for p in state.people if p not in inside]
        state.places = [p for p in state.places if not (p.start < end and start < p.end)]
        name = body[start:end]
        _add_org(state, start, end, {**_org_from_text(name), "kind": _UNIT_HEAD_KINDS[head]})


# "Mayaro/" right before a body's name: the first of two places a joint body is named after.
_SLASHED_PLACE_BEFORE = re.compile(rf"(?<![\w/’'-])((?:{U}[\w’'-]+ ){{0,2}}{U}[a-z][\w’'-]*)/$")


def _slashed_prefixes(state: _State) -> None:
    """ "the Mayaro/Rio Claro Regional Corporation", "Dallas/Fort Worth International Airport": a body
    named after two places joined by a slash; its name opens with the first."""
    body = state.body
    if "/" not in body:
        return
    for index, org in enumerate(state.orgs):
        if org.start < 2 or body[org.start - 1] != "/" or org.name != org.canonical or " " not in org.name:
            continue
        before = _SLASHED_PLACE_BEFORE.search(body, max(0, org.start - 40), org.start)
        # The joint body's own word closes its name ("… Regional Corporation"); a credit's "Jane Roe/Acme
        # Media" opens with a person's given name.
        if (
            before is None
            or before.group(1).split()[0] in NOT_NAMES
            or before.group(1).split()[0] in FIRST_NAMES
            or org.name.rsplit(" ", 1)[-1] not in ORG_HEADS
        ):
            continue
        start = before.start(1)
        if any(p.start < org.start and start < p.end for p in state.people):
            continue
        name = body[start : org.end]
        state.orgs[index] = dataclasses.replace(org, start=start, name=name, canonical=name)
        state.places = [p for p in state.places if not (p.start < org.start and start < p.end)]
        # A post read before the join names the body by its shorter name: the whole name now.
        state.people = [
            dataclasses.replace(
                p, affiliations=tuple((name if o == org.name else o, r) for o, r in p.affiliations)
            )
            if any(o == org.name for o, _ in p.affiliations)
            else p
            for p in state.people
        ]


# "Allianz Stadium", "the Emirates Stadium", "T-Mobile Arena": a sponsor's name before a ground's word.
_GROUND_AFTER = re.compile(r" (?:Stadium|Arena|Coliseum|Dome|Oval|Ballpark)\b")


def _drop_sponsored_grounds(state: _State) -> None:
    """A listed company's name that a ground's word follows names the ground it sponsors, not the company."""
    body = state.body
    state.orgs = [
        o
        for o in state.orgs
        if not (
            o.canonical in KNOWN_ORGS
            and KNOWN_ORGS[o.canonical].kind not in ("association", "university")
            and _GROUND_AFTER.match(body, o.end) is not None
        )
    ]


def _team_city_forms(state: _State) -> None:
    """ "Vegas forward Jon Roe" in a report on the Vegas Golden Knights: a team's city, read as a body of
    its own, is that team."""
    teams = {
        o.canonical
        for o in state.orgs
        if o.canonical in KNOWN_ORGS and KNOWN_ORGS[o.canonical].sport and " " in o.canonical
    }
    if not teams:
        return
    for index, org in enumerate(state.orgs):
        if org.name != org.canonical or org.canonical in KNOWN_ORGS:
            continue
        team = [t for t in teams if t.startswith(org.name + " ")]
        if len(team) == 1:
            known = KNOWN_ORGS[team[0]]
            state.orgs[index] = dataclasses.replace(
                org,
                canonical=known.name,
                acronym=known.acronym,
                country_code=known.country_code,
                kind=known.kind,
            )


# "Lime, one of the companies in the pilot, said": a name set beside the group of firms it is one of.
_FIRM_PLURALS = (
    r"(?:companies|firms|operators|"
    r"providers|lenders|banks|insurers|airlines|retailers|startups|start-ups|carriers|platforms|charities|"
    r"manufacturers|developers|suppliers|utilities|brands|chains|businesses|vendors|contractors)"
)
_ONE_OF_THE_FIRMS = re.compile(
    rf"(?<![\w’'-])({U}[\w’'&.-]*(?: {U}[\w’'&.-]*){{0,3}}), one of (?:the|its|several|many|two|three|four|five|"
    r"six|seven|eight|nine|ten|a (?:few|handful of|number of)) (?:[\w’'-]+ ){0,3}?"
    + _FIRM_PLURALS
    + r"\b"
    # "One of those companies, Halcyon Compute, which is building …": the group first, then the name.
    + rf"|(?<![\w’'-])[Oo]ne of (?:the|those|these|its|their) (?:[\w’'-]+ ){{0,2}}?{_FIRM_PLURALS}, "
    rf"({U}[\w’'&.-]*(?: {U}[\w’'&.-]*){{0,3}}),"
)


def _find_firms_one_of_many(state: _State) -> None:
    """ "Lime, one of the companies in the pilot, said": a name the text calls one of several firms is a
    company, there and wherever else the article writes it (a town's name too: "Lime" in Peru)."""
    body = state.body
    if ", one of " not in body and "ne of th" not in body:
        return
    for match in _ONE_OF_THE_FIRMS.finditer(body):
        group = 1 if match.group(1) else 2
        name = match.group(group)
        start, end = match.span(group)
        if name.split()[0] in NOT_NAMES or any(p.start < end and start < p.end for p in state.people):
            continue
        if any(o.start < end and start < o.end for o in state.orgs):
            continue
        spans = [m.span() for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", body)]
        state.places = [p for p in state.places if (p.start, p.end) not in spans]
        for span in spans:
            if not any(o.start < span[1] and span[0] < o.end for o in state.orgs) and not any(
                p.start < span[1] and span[0] < p.end for p in state.people
            ):
                _add_org(state, span[0], span[1], {**_org_from_text(name), "kind": "company"})


# "Councillor Jane Roe (Lab)", "Jon Roe (Lib Dem)": the British short forms of a party, bracketed after a
# name, as councils' and election reports write them.
_PARTY_SHORT_TAGS = {
    "Lab": "Labour Party",
    "Con": "Conservative Party",
    "LD": "Liberal Democrats",
    "Lib Dem": "Liberal Democrats",
}
_PARTY_SHORT_TAG = re.compile(r" \((Lab|Con|LD|Lib Dem)\)")


def _find_party_short_tags(state: _State) -> None:
    """ "Councillor Jane Roe (Lab) said": a party's short form in brackets right after a person's name is
    that party, and the person's."""
    body = state.body
    # (One search, which opens on " (", finds the tags or that there are none: cheaper than four looks.)
    for match in _PARTY_SHORT_TAG.finditer(body):
        person = next((p for p in state.people if p.end == match.start()), None)
        if person is None:
            continue
        start, end = match.span(1)
        tag = match.group(1)
        known = KNOWN_ORGS.get(_PARTY_SHORT_TAGS[tag])
        if known is None or any(o.start < end and start < o.end for o in state.orgs):
            continue
        _add_org(state, start, end, {**_org_from_text(tag, known=known), "canonical": known.name})
        if all(org != tag for org, _ in person.affiliations):
            index = state.people.index(person)
            state.people[index] = dataclasses.replace(
                person, affiliations=(*person.affiliations, (tag, None))
            )


# "CRISPR–Cas9", "CVE-2025-41877": letters glued by a dash to a code or a second name: a thing's name.
_GLUED_CODE_AFTER = re.compile(r"[–-][A-Za-z]*\d")
# "no FIR had been filed", "an FIR against them": letters after an article that then act as a noun.
_ARTICLE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Nn]o|[Aa]ny) $")
_NOUN_USE_AFTER = re.compile(
    r"(?:[.,;:)]| (?:had|has|have|was|is|were|be|been|would|could|should|will|against|for|into|under|"
    r"with|was|being)\b)"
)
# "the Bus Rapid Transit (BRT) service": the bracketed letters of a system, a scheme or a route.
_THING_NOUN_AFTER_BRACKET = re.compile(
    r"\) (?:service|system|programme|program|project|scheme|network|line|route|corridor|technology|test)\b"
)


def _drop_acronym_things(state: _State) -> None:
    """Letters no list gives that the text uses as a thing's name (a technique glued to a code, a form
    filed, a transit system bracketed before its noun) name no body, anywhere in the article."""
    body = state.body
    things: set[str] = set()
    for org in state.orgs:
        # (Each pattern is tried only where its first or last fixed character stands: "$" also holds
        # before a closing "\n".)
        if not (
            (body.startswith(("–", "-"), org.end) and _GLUED_CODE_AFTER.match(body, org.end))
            or (
                body.endswith((" ", " \n"), 0, org.start)
                and _ARTICLE_BEFORE.search(body, max(0, org.start - 4), org.start)
                and _NOUN_USE_AFTER.match(body, org.end)
            )
            or (body[org.start - 1 : org.start] == "(" and _THING_NOUN_AFTER_BRACKET.match(body, org.end))
        ):
            continue
        text = body[org.start : org.end]
        if _is_acronym(text) and text not in KNOWN_ORGS and org.canonical not in KNOWN_ORGS:
            things.add(org.canonical)
    if things:
        state.orgs = [o for o in state.orgs if o.canonical not in things]
        state.things |= {t for t in things if " " not in t}
    # "U.S. AI chip designer …": a country's name before letters that name a thing ("AI") is no body.
    state.orgs = [
        o
        for o in state.orgs
        if not (o.name != o.canonical and o.canonical in NOT_NAMES and o.canonical.isupper())
        or o.canonical in KNOWN_ORGS
    ]


# "(HoSE: BXF)", "(NASDAQ: KLVR)": an exchange's name, a colon, then the company's ticker.
_TICKER = re.compile(r"\((?:[A-Z][A-Za-z]{1,7}): ?([A-Z][A-Z0-9.]{0,5})\)")


# "(ITC, Liquid Fuels Tax)": a tax's initials and its English name, in brackets after its own.
_BRACKETED_TAX = re.compile(rf"\(([A-Z]{{2,6}}), (?:{U}[\w’'-]* ){{0,4}}(?:Tax|Levy)\)")


def _drop_tax_names(state: _State) -> None:
    """ "the Liquid Fuels Tax", "(ITC, Liquid Fuels Tax)": a tax, by its name or its initials, is no
    body."""
    initials = {m.group(1) for m in _BRACKETED_TAX.finditer(state.body)}
    state.orgs = [
        o
        for o in state.orgs
        if o.canonical in KNOWN_ORGS
        or not (o.name.endswith((" Tax", " Levy")) or o.canonical in initials or o.name in initials)
    ]


# Words round a fund's name that make it a pot of money another body pays out, not a body: "a grant
# from the Modernisation Fund", "the Texas Water Fund, which is managed by", "financed through the …".
_POT_BEFORE = re.compile(r"(?:\bgrants? (?:from|under) the|\bmoney from the|\bfinanced (?:through|by) the) $")
_POT_AFTER = re.compile(
    r",? (?:(?:which|that) (?:is|was|will be) )?(?:administered|managed) by\b|"
    r" grants?\b|, an? (?:[A-Z]{2,3} )?(?:instrument|programme|program|scheme)\b|"
    r" (?:will|would) open for applications\b"
)


def _drop_money_pots(state: _State) -> None:
    """ "a grant from the Modernisation Fund", "the Authority's Urban Improvement Fund": a fund another
    body pays out of, or owned by a named body, is no body itself (all its mentions go)."""
    body = state.body
    pots: set[str] = set()
    ends = {o.end for o in state.orgs}
    for org in state.orgs:
        if not org.name.endswith(" Fund") or org.name in KNOWN_ORGS or org.canonical in KNOWN_ORGS:
            continue
        before = body[max(0, org.start - 24) : org.start]
        # "the EU's Just Transition Fund": a named body's own fund (not "the government's", no name).
        owned = before.endswith(("'s ", "’s ")) and org.start - 3 in ends
        if owned or _POT_BEFORE.search(before) or _POT_AFTER.match(body, org.end):
            pots.add(org.canonical)
    if pots:
        # "Island businesses …" beside "the Island Business Resilience Fund": a short form read off the
        # fund's first words goes with it.
        heads = {p.split(" ", 1)[0] for p in pots}
        state.orgs = [o for o in state.orgs if o.canonical not in pots and o.canonical not in heads]


def _drop_tickers_and_indices(state: _State) -> None:
    """A ticker written after its exchange ("(HoSE: BXF)", then "BXF shares rose") names a share, and a
    market index ("the benchmark VN-Index") a figure: neither is a body, anywhere in the article."""
    body = state.body
    tickers = {m.group(1) for m in _TICKER.finditer(body)} if ":" in body else set()
    kept = [
        o
        for o in state.orgs
        if not (
            (body[o.start : o.end] in tickers and o.canonical not in KNOWN_ORGS)
            or (o.name.endswith(("-Index", " Index")) and o.canonical not in KNOWN_ORGS)
        )
    ]
    if len(kept) < len(state.orgs):
        state.orgs = kept
        state.things |= tickers


# "the Inspector General of Sindh Police": a post, then the body it heads.
_POST_OF_BODY = re.compile(
    r"(?:Inspector[- ]General|Director[- ]General|Deputy Inspector[- ]General|Commissioner|Chairman|"
    r"Chairperson|Chief Executive|Head|Secretary[- ]General) of (?:the )?(?P<body>[A-Z][\w’'&-]*(?: [\w’'&-]+){1,6})"
)


def _bodies_after_posts(state: _State) -> None:
    """ "notices to the Inspector General of Sindh Police": a post and the body it heads read as one name;
    the body, named after "of", is the organisation."""
    body = state.body
    for index, org in enumerate(state.orgs):
        if org.name != org.canonical or org.canonical in KNOWN_ORGS:
            continue
        found = _POST_OF_BODY.fullmatch(org.name)
        if found is None or found.group("body").rsplit(" ", 1)[-1] not in ORG_HEADS:
            continue
        start = org.start + found.start("body")
        name = body[start : org.end]
        data = _org_of(state, name) or _org_from_text(name, org.country_code)
        known = data.get("canonical")
        country = data.get("country_code") if isinstance(data.get("country_code"), str) else org.country_code
        place = PLACES.get(name.split()[0])
        if country is None and place is not None and len(PLACE_CANDIDATES.get(name.split()[0], ())) <= 1:
            country = place.country_code  # "Sindh Police": the force of a region of one country
        state.orgs[index] = dataclasses.replace(
            org,
            start=start,
            name=name,
            canonical=known if isinstance(known, str) else name,
            country_code=country if isinstance(country, str) else None,
        )


# "commuters interviewed by The Citizen at the terminal", "a letter seen by the Harbour Ledger": what a
# paper does to its sources and documents, the paper named after "by" (no person is "the" Name).
_OUTLET_BY_VERBS = (
    "interviewed",
    "contacted",
    "reached",
    "approached",
    "seen",
    "obtained",
    "reviewed",
    "surveyed",
)
_OUTLET_BY = re.compile(
    r" by (?:the |(?=The ))"
    rf"((?:The )?{U}[\w’'-]+(?: {U}[\w’'-]+){{0,2}})(?= (?:at|on|in|last|this|that|and)\b|[.,;:])"
)


def _find_outlets_by(state: _State) -> None:
    """ "interviewed by The Citizen", "seen by the Harbour Ledger": a paper that interviews or obtains,
    named after "by" with its article, is a news outlet."""
    body = state.body
    # The literal first: few articles have a "by the" after one of the verbs at all.
    matches: list[re.Match[str]] = []
    for cue in (" by the ", " by The "):
        at = body.find(cue)
        while at >= 0:
            if body.endswith(_OUTLET_BY_VERBS, max(0, at - 12), at):
                found = _OUTLET_BY.match(body, at)
                if found is not None:
                    matches.append(found)
            at = body.find(cue, at + 4)
    for match in matches:
        start, end = match.span(1)
        name = match.group(1)
        if name.removeprefix("The ") in PLACES or any(p.start < end and start < p.end for p in state.people):
            continue
        inside = [o for o in state.orgs if o.start < end and start < o.end]
        if inside and not all(start <= o.start and o.end <= end for o in inside):
            continue
        if any(o.start == start and o.end == end for o in inside):
            continue
        if inside and any(o.canonical in KNOWN_ORGS for o in inside):
            continue  # "seen by the Guardian": a listed paper, read already
        state.orgs = [o for o in state.orgs if o not in inside]
        state.places = [p for p in state.places if not (p.start < end and start < p.end)]
        _add_org(state, start, end, {**_org_from_text(name), "kind": "media"})


# "As Notes from Poland has reported,", "as the Harbour Ledger first reported": an outlet whose earlier
# reporting the article cites (a name with "from"/"of" inside it, as titles of news sites often are).
_AS_OUTLET_REPORTED = re.compile(
    rf"(?<![\w’'-])[Aa]s (?:the )?((?:The )?{U}[\w’'-]+(?: (?:from|of|on|in) )?(?:{U}[\w’'-]+ ?){{0,2}})"
    r" (?:has |had |first |previously |earlier )*reported\b"
)


def _find_outlets_as_reported(state: _State) -> None:
    """ "As Notes from Poland has reported, …": what cites an earlier report names the outlet that made it."""
    body = state.body
    for match in _AS_OUTLET_REPORTED.finditer(body):
        start, end = match.span(1)
        name = match.group(1).rstrip()
        end = start + len(name)
        if (
            name.removeprefix("The ") in PLACES
            or name.split()[0] in FIRST_NAMES
            or name in NOT_NAMES  # "As We reported": a pronoun
            or any(p.start < end and start < p.end for p in state.people)
            or any(o.start < end and start < o.end for o in state.orgs)
        ):
            continue  # "as Zenland reported", "as Jane Roe reported", "as Reuters reported": read already
        state.places = [p for p in state.places if not (start <= p.start and p.end <= end)]
        _add_org(state, start, end, {**_org_from_text(name), "kind": "media"})


# "(CER)" after a name: the bracketed letters a body's name is shortened to.
_BRACKETED_LETTERS = re.compile(r" \(([A-Z]{2,6})\)")
_JOINING_WORDS = frozenset(["of", "and", "for", "the", "&", "on", "in"])


def _join_names_spelled_by_acronyms(state: _State) -> None:
    """ "The Community of European Railway and Infrastructure Companies (CER)": a name that "of" and
    "and" break into parts, which the bracketed letters after it spell from its first word on, is one
    body's name."""
    body = state.body
    if " (" not in body:
        return
    ends = {o.end for o in state.orgs}
    for match in _BRACKETED_LETTERS.finditer(body):
        letters, close = match.group(1), match.start()
        if close not in ends:
            continue
        parts = [o for o in state.orgs if o.end <= close and o.end > close - 120]
        if len(parts) < 2 or not any(o.end == close for o in parts):
            continue
        words: list[tuple[int, str]] = []
        at = close
        while len(words) < 12:
            space = body.rfind(" ", 0, at)
            word = body[space + 1 : at]
            if word.endswith(",") and words and words[0][1][:1].isupper():
                # "the Ministry of Housing, Communities and Local Government (MHCLG)": a list of fields
                # inside the name (the letters must still spell it, across two bodies read apart).
                word = word[:-1]
            if (
                not word
                or not (word[:1].isupper() or word in _JOINING_WORDS)
                or word.endswith((",", ".", ":", ";"))
                or any(c.isspace() for c in word)
            ):
                break
            words.insert(0, (space + 1, word))
            at = space
        while words and (words[0][1] in _JOINING_WORDS or words[0][1] == "The"):
            words = words[1:]
        # The name opens where its first capital is the acronym's first letter, and its capitals spell the
        # acronym in order.
        for k, (start, word) in enumerate(words):
            if word[0] != letters[0]:
                continue
            initials = "".join(w[0] for _, w in words[k:] if w[:1].isupper() and w != "The")
            spelled = iter(initials)
            if initials.startswith(letters[:2]) and all(c in spelled for c in letters) and len(initials) >= 3:
                inside = [o for o in state.orgs if start <= o.start and o.end <= close]
                if len(inside) < 2 or any(o.canonical in KNOWN_ORGS for o in inside):
                    break
                if any(o.start < close and start < o.end and o not in inside for o in state.orgs) or any(
                    p.start < close and start < p.end for p in state.people
                ):
                    break
                name = body[start:close]
                state.orgs = [o for o in state.orgs if o not in inside]
                state.places = [p for p in state.places if not (p.start < close and start < p.end)]
                data = _org_from_text(name)
                _add_org(state, start, close, {**data, "acronym": letters})
                # The letters read already as the part before them: the whole name's now.
                state.orgs = [
                    dataclasses.replace(o, canonical=name)
                    if o.start > close and o.acronym == letters and body[o.start : o.end] == letters
                    else o
                    for o in state.orgs
                ]
                for later in re.finditer(rf"(?<![\w-]){letters}(?![\w-])", body):
                    if later.start() > match.end() and not any(
                        o.start <= later.start() < o.end for o in state.orgs
                    ):
                        _add_org(state, later.start(), later.end(), {**data, "acronym": letters})
                break


def _find_described_outlets(state: _State, chunks: list[_Chunk]) -> None:
    """A name no rule read as a person or organisation, which the text describes as a broadcaster,
    paper, programme or pollster: an organisation (the outlet), the channel's number in its name."""
    body = state.body
    # Built on the first chunk that the phrases around it describe as an outlet (few articles have one).
    taken: Callable[[int, int], bool] | None = None
    names: dict[str, tuple[int, int]] = {}
    for chunk in chunks:
        if chunk.label not in ("unknown", "person-candidate", "place") or not 1 <= len(chunk.tokens) <= 3:
            continue
        start, end = chunk.start, chunk.end
        if chunk.tokens[-1][2].endswith(("’s", "'s")):
            continue
        cue = body.endswith(_OUTLET_CUE_ENDS, 0, start) and _word_before(body, start) in _OUTLET_CUE_WORDS
        described = cue and _OUTLET_KIND_BEFORE.search(body, max(0, start - 40), start) is not None
        spoken_on = cue and _OUTLET_ON_BEFORE.search(body, max(0, start - 40), start) is not None
        programme = len(chunk.tokens) > 1 and chunk.tokens[-1][2] in _PROGRAMME_HEADS
        # The phrases around the name first (cheap, and most names fail them), then what it overlaps.
        number = _OUTLET_NUMBER_AFTER.match(body, end) if described or spoken_on else None
        if number is not None and len(chunk.tokens) == 1:
            end = number.end()  # "Channel 14", "Zenland 2"
        elif chunk.label == "place":
            continue
        elif spoken_on and _OUTLET_OF_THE_AFTER.match(body, end) and len(chunk.tokens) == 1:
            end = _OUTLET_OF_THE_AFTER.match(body, end).end()  # type: ignore[union-attr]
            if not _OUTLET_AFTER.match(body, end):
                continue
        elif spoken_on and programme:
            pass  # "on the Pitch F1 Show": a programme, whose name may hold another body's ("F1")
        elif described:
            if not _OUTLET_AFTER.match(body, end) and not body.startswith((" reported", " said"), end):
                continue
        elif (
            _POLL_AFTER.match(body, end)
            and _POLL_ARTICLE_BEFORE.search(body, max(0, start - 20), start)
            and len(chunk.tokens) == 1
            and chunk.label == "unknown"
        ):
            pass
        else:
            continue
        if taken is None:
            taken = _overlapping(_named_spans(state))
        inner: list[OrganisationMention] = []
        if taken(start, chunk.end):
            if programme and spoken_on:
                inner = [
                    o
                    for o in state.orgs
                    if start <= o.start and o.end <= chunk.end and o.end - o.start < chunk.end - start
                ]
            if not inner or any(start < p.end and p.start < chunk.end for p in state.people):
                continue
        name = body[start:end]
        words = name.split()
        if (
            (taken(start, end) and not (programme and spoken_on))
            or name in PLACES
            or any(w in _CALENDAR_WORDS or w in _NOT_OUTLET_WORDS or w in _DEMONYM_ADJECTIVES for w in words)
            or (words[0] in FIRST_NAMES and not FIRST_NAMES[words[0]].is_word and number is None)
            or (len(chunk.tokens) > 1 and end == chunk.end and _person_like(chunk.tokens))
        ):
            continue
        if inner:
            state.orgs = [o for o in state.orgs if o not in inner]
            taken = _overlapping(_named_spans(state))
        names.setdefault(name, (start, end))
    if not names or taken is None:  # a name is kept only once the overlaps are built
        return
    spans: list[tuple[int, int]] = []
    for name in names:
        for match in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])", body):
            if not taken(match.start(), match.end()):
                spans.append(match.span())
                _add_org(state, match.start(), match.end(), {**_org_from_text(name), "kind": "media"})
    inside = _overlapping(spans)
    state.places = [p for p in state.places if not inside(p.start, p.end)]


# "With reports from El Zenit and Milenia", "With files from Zenpost": the outlets a closing line credits.
_CREDITED_OUTLETS = re.compile(r"(?i:with (?:reports?|files) from) (.+?)\.?$")
_CREDITED_NAME = re.compile(rf"(?:{U}[\w’'&-]*)(?: (?:de |del |la )?{U}[\w’'&-]*){{0,3}}")


def _find_credited_outlets(state: _State, credits: list[tuple[int, int]]) -> None:
    """The names a closing "with reports from" line credits: news outlets, unless people's names."""
    body = state.body
    for start, end in credits:
        line = _CREDITED_OUTLETS.search(body, start, end)
        if line is None:
            continue
        position = line.start(1)
        for part in re.split(r", and |, | and ", line.group(1)):
            found = _CREDITED_NAME.fullmatch(part)
            first = part.split()[0] if part else ""
            if (
                found is not None
                and part not in PLACES
                and not (
                    first in FIRST_NAMES
                    and not FIRST_NAMES[first].is_word
                    and first not in ("El", "La", "Le", "Al", "The", "Il", "Die", "Der")
                )
                and not any(w in _NOT_OUTLET_WORDS for w in part.split())
            ):
                at = body.find(part, position, end)
                if at >= 0:
                    _add_org(state, at, at + len(part), {**_org_from_text(part), "kind": "media"})
            position += len(part)


# "a study published last month in Nature Geoscience": the journal a study appeared in, named bare
# right after "published … in" (not "published in London", a place, nor "in March", a date).
_PUBLISHED_BARE_IN = re.compile(r"\bpublished(?: [a-z]+| \d{1,4}| [A-Z][a-z]+){0,4} in $")
_JOURNAL_AFTER = re.compile(r"(?:[.,;:]| (?:on|this|last|and|that|by|which|found|shows?|showing)\b)")


# "in the journal BMC Pregnancy and Childbirth": a name written right after "the journal", which may hold
# "and" or "of" between its capitalised words.
_NAMED_JOURNAL = re.compile(
    rf"(?<![\w’'-])the (?:[a-z-]+ )?journal (?P<name>{U}[\w’'&-]*(?:(?: (?:and|of|&|for|in))? {U}[\w’'&-]*)*)"
)


def _find_named_journals(state: _State) -> None:
    """ "the journal BMC Pregnancy and Childbirth": the whole name after "the journal" is one journal,
    not two names split at its "and"."""
    for match in _NAMED_JOURNAL.finditer(state.body):
        start, end = match.span("name")
        if " and " not in match.group("name") and " of " not in match.group("name"):
            continue  # one run of capitals: the chunks read it whole already
        inside = [o for o in state.orgs if o.start < end and start < o.end]
        if (
            any(o.canonical in KNOWN_ORGS or o.start < start or o.end > end for o in inside)
            or any(p.start < end and start < p.end for p in state.people)
            or any(p.start < end and start < p.end for p in state.places)
        ):
            continue
        state.orgs = [o for o in state.orgs if o not in inside]
        _add_org(state, start, end, {**_org_from_text(match.group("name")), "kind": "media"})


def _find_journals(state: _State, chunks: list[_Chunk]) -> None:
    """A name no rule read as anything right after "published … in": the journal or paper the work
    appeared in, an organisation."""
    body = state.body
    if "published" not in body:
        return
    taken = _overlapping(_named_spans(state) + [(m.start, m.end) for m in state.places])
    for chunk in chunks:
        if chunk.label not in ("unknown", "person-candidate") or not 1 <= len(chunk.tokens) <= 4:
            continue
        if body[chunk.start - 4 : chunk.start] != " in " or not _JOURNAL_AFTER.match(body, chunk.end):
            continue
        if not _PUBLISHED_BARE_IN.search(body, max(0, chunk.start - 60), chunk.start):
            continue
        name = body[chunk.start : chunk.end]
        words = name.split()
        if (
            taken(chunk.start, chunk.end)
            or name in PLACES
            or any(w in _CALENDAR_WORDS or w in PLACES for w in words)
            or (words[0] in FIRST_NAMES and not FIRST_NAMES[words[0]].is_word)
            or (len(words) > 1 and _person_like(chunk.tokens))
        ):
            continue
        _add_org(state, chunk.start, chunk.end, {**_org_from_text(name), "kind": "media"})
        chunk.label = "org"


# "Russia's defence ministry", "the Indian foreign ministry": a country's ministry named in lower case by
# its field, after the country's possessive or its nationality adjective.
_MINISTRY_FIELDS = (
    "defence|defense|foreign|foreign affairs|finance|interior|home affairs|health|justice|economy|education|"
    "agriculture|energy|trade|transport|environment|labour|labor|culture|industry|emergencies|oil|"
    "information|communications|economic development"
)
_LOWER_CASE_MINISTRY = re.compile(
    rf"(?<![\w’'-])(?:(?P<owner>{U}[a-z]+(?: {U}[a-z]+)?)[’']s|(?P<demonym>{U}[a-z]+)) "
    rf"(?P<body>(?:{_MINISTRY_FIELDS}) ministry)(?![\w’'-])"
)


def _find_lower_case_ministries(state: _State) -> None:
    """ "Russia's defence ministry said": the country's Defence Ministry, though written in lower case."""
    body = state.body
    if " ministry" not in body:
        return
    taken = _overlapping([(o.start, o.end) for o in state.orgs])
    for match in _LOWER_CASE_MINISTRY.finditer(body):
        owner, demonym = match.group("owner"), match.group("demonym")
        country = None
        if owner is not None:
            place = PLACES.get(owner)
            if place is not None and place.kind == "country":
                country = place.country_code
        elif demonym is not None:
            country = _DEMONYM_COUNTRIES.get(demonym)
        start, end = match.start("body"), match.end("body")
        if country is None or taken(start, end):
            continue
        name = " ".join(w[:1].upper() + w[1:] for w in match.group("body").split())
        state.orgs.append(OrganisationMention(start, end, name, name, None, country, "ministry"))


# "the Treasury select committee", "the home affairs select committee": a Westminster-style committee of
# MPs, named by its field (a department's name or words in lower case) before "select committee".
_SELECT_COMMITTEE = re.compile(
    r"(?<![\w’'-])[Tt]he (?:Commons |Lords )?"
    r"(?P<name>(?:(?!(?:the|of|a|an|for|to|in|on|at|by|with)\b)(?:[A-Z][\w’'-]*|[a-z]+) ){1,5}select committee)\b"
)
_NOT_COMMITTEE_FIELDS = frozenset(
    ["a", "an", "the", "its", "his", "her", "their", "new", "powerful", "influential"]
)


def _find_select_committees(state: _State) -> None:
    """ "the chair of the Treasury select committee": the committee, an organisation, whose name keeps the
    body it shadows ("Treasury") inside it."""
    body = state.body
    if "select committee" not in body:
        return
    committees: list[OrganisationMention] = []
    for match in _SELECT_COMMITTEE.finditer(body):
        words = match.group("name").split()
        while words[0].lower() in _NOT_COMMITTEE_FIELDS and len(words) > 2:
            words = words[1:]
        if len(words) < 3 or words[0].lower() in _NOT_COMMITTEE_FIELDS:
            continue  # "the select committee", "the new select committee": no field names it
        end = match.end("name")
        start = end - len(" ".join(words))
        committees.append(
            OrganisationMention(start, end, body[start:end], body[start:end], None, None, "committee")
        )
    if committees:
        # The bodies inside a committee's name ("Treasury") go; the committees take their place.
        inside = _overlapping([(c.start, c.end) for c in committees])
        state.orgs = [o for o in state.orgs if not inside(o.start, o.end)] + committees


# The comma closing an acronym in apposition, then a lower-case word that is no list's joining word.
_APPOSED_ACRONYM_END = re.compile(r", (?!(?:and|or|nor|as well)\b)[a-z]")


def _find_acronym_appositives(state: _State) -> None:
    """ "BEUC, the European Consumer Organisation,": an acronym, then the full name in apposition, is one
    organisation however the letters were formed (often from its own language's name)."""
    body = state.body
    by_start = {o.start: o for o in state.orgs}
    pairs: dict[str, OrganisationMention] = {}
    for org in state.orgs:
        if org.name != org.canonical or not _is_acronym(org.name) or not body.startswith(", the ", org.end):
            continue
        full = by_start.get(org.end + 6)
        if (
            full is not None
            and " " in full.name
            and full.acronym in (None, org.name)
            and body[full.end : full.end + 1] in (",", ".", ";")
        ):
            pairs[org.name] = full
    for full in state.orgs:
        # "the Special State Prosecutor's Office, SDT, said": the acronym in apposition after the full name,
        # then a verb or a lower-case word (no list: "the EU, NATO, and the UN").
        if " " not in full.name or full.acronym is not None or not body.startswith(", ", full.end):
            continue
        apposed = by_start.get(full.end + 2)
        if (
            apposed is not None
            and apposed.name == apposed.canonical
            and _is_acronym(apposed.name)
            and apposed.name not in KNOWN_ORGS
            and _APPOSED_ACRONYM_END.match(body, apposed.end) is not None
        ):
            pairs[apposed.name] = full
    if not pairs:
        return
    acronyms = {full.canonical: acronym for acronym, full in pairs.items()}
    for index, org in enumerate(state.orgs):
        if org.name in pairs:
            full = pairs[org.name]
            country = org.country_code or full.country_code
            state.orgs[index] = dataclasses.replace(
                org, canonical=full.canonical, acronym=org.name, country_code=country
            )
        elif org.canonical in acronyms:
            state.orgs[index] = dataclasses.replace(org, acronym=acronyms[org.canonical])


# "General Staff of Zenland's Armed Forces": a body, "of", a country's possessive, the country's body.
_BODY_OF_COUNTRYS = re.compile(
    rf"(?P<body>{U}[\w-]*(?: {U}[\w-]*){{0,3}}) of (?P<country>{U}[\w-]*(?: {U}[\w-]*){{0,2}})['’]s {U}"
)


def _join_bodies_of_country_bodies(state: _State) -> None:
    """ "the General Staff of Zenland's Armed Forces": a body of a country's body, read apart (the first
    perhaps with the country and its apostrophe), is one name."""
    orgs = sorted(state.orgs, key=lambda o: o.start)
    for first, second in pairwise(orgs):
        if second.start - first.end > 20 or second.name != second.canonical or _is_acronym(second.name):
            continue
        found = _BODY_OF_COUNTRYS.match(state.body, first.start, second.start + 1)
        if found is None or found.end() != second.start + 1 or _is_acronym(found.group("body")):
            continue
        if " of " in first.name and not first.name.endswith(("'", "’")):
            continue  # "the University of Zenland's Marine Station": a named body, then its unit
        place = PLACES.get(found.group("country"))
        if place is None or place.kind != "country":
            continue
        name = state.body[first.start : second.end]
        joined = OrganisationMention(
            first.start, second.end, name, name, None, first.country_code or place.country_code, first.kind
        )
        state.orgs = [o for o in state.orgs if o is not first and o is not second] + [joined]
        state.places = [p for p in state.places if not (first.start <= p.start and p.end <= second.end)]
    state.orgs.sort(key=lambda o: o.start)


def _find_known_as_names(state: _State) -> None:
    """The short name an organisation is "known as" names it too, there and wherever the article uses it."""
    if not state.orgs or " known as " not in state.body:
        return
    body = state.body
    aliases: list[tuple[int, int, OrganisationMention]] = []
    for org in state.orgs:
        found = _KNOWN_AS_AFTER.match(body, org.end)
        if found is not None:
            aliases.append((found.start("alias"), found.end("alias"), org))
    for found in _DESCRIBED_KNOWN_AS.finditer(body):
        # The sentence before's subject: the organisation it names first.
        opened = max((s for s in state.sentence_starts if s < found.start()), default=0)
        before = [o for o in state.orgs if opened <= o.start and o.end <= found.start()]
        if before:
            aliases.append((found.start("alias"), found.end("alias"), before[0]))
    for start, end, org in aliases:
        alias = body[start:end]
        if alias in PLACES or alias in KNOWN_ORGS or alias == org.name:
            continue
        acronym = alias if _is_acronym(alias) else org.acronym
        spans = [(start, end)]
        at = body.find(alias, end)
        while at >= 0:
            after = body[at + len(alias) : at + len(alias) + 1]
            if not body[at - 1 : at].isalnum() and not (after.isalnum() or after == "-"):
                spans.append((at, at + len(alias)))
            at = body.find(alias, at + len(alias))
        for span_start, span_end in spans:
            if any(o.start < span_end and span_start < o.end and o.name != alias for o in state.orgs):
                continue  # inside a longer name
            state.orgs = [o for o in state.orgs if not (o.start == span_start and o.end == span_end)]
            state.orgs.append(
                OrganisationMention(
                    span_start, span_end, alias, org.canonical, acronym, org.country_code, org.kind
                )
            )
    state.orgs.sort(key=lambda o: o.start)


# "who traded as DTM Home Improvements", "trading as Acme Lettings": the business name a trader uses.
_TRADING_AS = re.compile(rf"\btrad(?:es|ed|ing) (?:as|under) ({U}[\w&’'.-]*(?: (?:&|{U}[\w&’'.-]*)){{0,5}})")


def _find_trading_names(state: _State) -> None:
    """The name a trader "traded as" is a business's, whatever its words were read as alone (an acronym,
    a person's name): a company of its own, named whole."""
    body = state.body
    for found in _TRADING_AS.finditer(body):
        start, end = found.span(1)
        name = found.group(1).rstrip(".")
        end = start + len(name)
        words = name.split()
        given = FIRST_NAMES.get(words[0])
        if name in PLACES or (
            given is not None and not given.is_word and not any(w in ORG_HEADS for w in words)
        ):
            continue  # "trading as Jane Roe": a person's own name
        if any(o.start < end and start < o.end and (o.start < start or o.end > end) for o in state.orgs):
            continue  # a longer name holds it
        state.orgs = [o for o in state.orgs if not (start <= o.start and o.end <= end)]
        state.people = [q for q in state.people if not (start <= q.start and q.end <= end)]
        _add_org(state, start, end, {**_org_from_text(name), "kind": "company"})
    state.orgs.sort(key=lambda o: o.start)


# Known organisations written with a lower-case first letter ("dpa", "eBay"): no capitalised run holds them.
_LOWER_CASE_KNOWN = tuple(form for form in KNOWN_ORGS if form[:1].islower())
# Words in lower case that capitalised runs join across or that describe the name ("Houthi movement").
_RUN_JOINING_WORDS = frozenset(["of", "and", "for", "the", "on", "in", "at", "to", "&"]) | _PARTICLE_WORDS
_MIXED_CASE_KNOWN = tuple(
    form
    for form in KNOWN_ORGS
    if form[:1].isupper()
    and any(
        w[:1].islower() and w not in _RUN_JOINING_WORDS and w not in DESCRIPTORS for w in form.split()[1:]
    )
)
# "Formula 1", "Ligue 1": names with a number for a word, which no capitalised run holds whole (not
# "France 24", whose first word is a place: "in France 24 hours a day").
_NUMBERED_KNOWN = tuple(
    form
    for form in KNOWN_ORGS
    if " " in form and any(w.isdigit() for w in form.split()) and form.split()[0] not in PLACES
)


def _find_lower_case_known_orgs(state: _State) -> None:
    body = state.body
    taken = {o.start for o in state.orgs}
    for form in _LOWER_CASE_KNOWN:
        at = body.find(form)
        while at >= 0:
            end = at + len(form)
            before, after = body[at - 1 : at], body[end : end + 1]
            # A word of its own, not part of an address ("dpa.de", "@dpa") or of a longer word.
            if (
                at not in taken
                and not (before.isalnum() or before in ("-", ".", "@", "/"))
                and not (after.isalnum() or after in ("-", "@", "/"))
                and not (after == "." and body[end + 1 : end + 2].isalpha())
            ):
                _add_org(state, at, end, _org_from_text(form, known=KNOWN_ORGS[form]))
            at = body.find(form, end)
    for form in _MIXED_CASE_KNOWN:
        at = body.find(form)
        while at >= 0:
            end = at + len(form)
            if not body[at - 1 : at].isalnum() and not body[end : end + 1].isalnum():
                # "Québec solidaire", "Nippon Ishin no Kai": a listed name with a word in lower case, which
                # no capitalised run holds whole; the runs read inside it are parts of it.
                state.orgs = [o for o in state.orgs if not (at <= o.start and o.end <= end)]
                _add_org(state, at, end, _org_from_text(form, known=KNOWN_ORGS[form]))
            at = body.find(form, end)
    spans = [(o.start, o.end) for o in state.orgs]
    for form in _NUMBERED_KNOWN:
        at = body.find(form)
        while at >= 0:
            end = at + len(form)
            if (
                not body[at - 1 : at].isalnum()
                and not body[end : end + 1].isalnum()
                and not any(start <= at < stop for start, stop in spans)  # "McLaren Formula 1 Team"
            ):
                _add_org(state, at, end, _org_from_text(form, known=KNOWN_ORGS[form]))
            at = body.find(form, end)


# The nouns an appositive uses to say a name is a body ("Acme Crest, a family-owned company based in …"):
# the descriptors, less those that as often describe a place or a player's side, and a few more trades.
_KIND_APPOSITIVE_NOUNS = (
    frozenset(DESCRIPTORS)
    # ("a film producer", "a property developer": a person's trade; "county", "side": a place, a team)
    - {"county", "side", "bench", "metro", "center", "centre", "force", "producer", "publisher", "team"}
) | {
    "shipowner", "coalition", "consortium", "cooperative", "co-operative", "chain", "nonprofit",
    "non-profit", "collective", "movement", "authorities", "consultancy",
}  # fmt: skip
# ", a family-owned company based in", ", the Piraeus-based dry bulk shipowner listed on", ", one of the
# traditional authorities in": an appositive whose head noun is a kind of body, then what ends it.
_KIND_APPOSITIVE = re.compile(
    r", (?:an?|the|one of the) (?:(?!(?:of|for|at|in|with|to|who|and|on|by|whose|as)\b)[\w’'-]+ ){0,4}?"
    r"(?P<noun>[a-z][\w-]*)"
    r"(?=[,.;]| (?:that|which|whose|based|in|on|listed|owned|run|with|founded|headquartered|from|set up)\b)"
)
# "Acme Water said the notice …": a name, then a reporting verb (read with the name's other mentions).
_VERB_RIGHT_AFTER = re.compile(rf" (?:[a-z]+ly |also )?(?:{_VERB_ALT})\b(?! (?:he|she)\b)")
# "According to Acme Health,", "according to data from Acme Grid": a source that is no person's name.
_ACCORDING_TO_BEFORE = re.compile(
    r"\b[Aa]ccording to (?P<data>(?:(?:the )?(?:latest )?(?:data|figures|estimates|statistics|numbers|records)"
    r"|an? (?:statement|report|survey|analysis)) (?:from|by|released by|published by) )?(?:the )?$"
)
# "according to Government estimates": the source's own figures, after its one-word name.
_FIGURES_AFTER = re.compile(r" (?:estimates|figures|data|statistics)\b")


def _find_described_bodies(state: _State, chunks: list[_Chunk]) -> None:
    """A name no rule has read, said by its context to be a body: an appositive naming its kind ("Acme
    Crest, a family-owned company, said"), a source of figures ("according to data from Acme Grid"), or
    a name of two to four words that speaks and recurs whole ("Acme Water said …"; a person's second
    mention is their surname). The name is no part of a person's, nor opens with a given name."""
    body = state.body
    person_words = {w for p in state.people for w in p.name.split()}
    for chunk in chunks:
        if (
            chunk.label != "unknown"
            or not chunk.tokens[-1][2][:1].isupper()
            or body.startswith(" (", chunk.end)  # "Acme Port (AP)": left to the acronym's rules
        ):
            continue
        tokens = chunk.tokens
        first = tokens[0][2]
        if (
            first in FIRST_NAMES
            or first in NOT_NAMES
            or first.rstrip(".") in HONORIFICS
            or first in TITLE_HEADS
            or _person_like(tokens)
        ):
            continue
        text = body[chunk.start : chunk.end]
        cue = False
        if body.startswith(", ", chunk.end):
            found = _KIND_APPOSITIVE.match(body, chunk.end)
            noun = found.group("noun") if found else ""
            # ("one of the traditional authorities": the plural names the kind too)
            cue = noun in _KIND_APPOSITIVE_NOUNS or noun.removesuffix("s") in _KIND_APPOSITIVE_NOUNS
        if not cue and body.endswith(("to ", "from ", "by ", "the "), 0, chunk.start):
            according = _ACCORDING_TO_BEFORE.search(body, max(0, chunk.start - 60), chunk.start)
            cue = according is not None and (
                len(tokens) >= 2
                or according.group("data") is not None
                or _FIGURES_AFTER.match(body, chunk.end) is not None
            )
        if (
            not cue
            and 2 <= len(tokens) <= 4
            and body.count(text) >= 2
            and _word_before(body, chunk.start) not in _LOCATIVES  # "in To Kwa Wan had …": a place
        ):
            cue = _VERB_RIGHT_AFTER.match(body, chunk.end) is not None
        # ("Mamosta Jalal wrote" beside the poet Jalal Roe: a form of a person's name)
        if not cue or text in PLACES or any(t[2] in person_words for t in tokens):
            continue
        if any(o.start < chunk.end and chunk.start < o.end for o in state.orgs):
            continue
        data = _org_from_text(text)
        # "Acme Crest Egg Farms" elsewhere: the short name the appositive follows is that body's.
        longer = [c for c in chunks if c.label == "unknown" and body.startswith(text + " ", c.start)]
        wholes = {body[c.start : c.end] for c in longer}
        if len(wholes) == 1:
            whole = wholes.pop()
            for other in longer:
                other.label = "org"
                _add_org(state, other.start, other.end, _org_from_text(whole))
            data = {**data, "canonical": whole}
        chunk.label = "org"
        _add_org(state, chunk.start, chunk.end, data)


def _find_long_org_names(state: _State, chunks: list[_Chunk]) -> None:
    """ "Stratus Cloud" when the article also has "Stratus said it would appeal": the full name of an
    organisation found only by its short name."""
    singles = {o.name for o in state.orgs if " " not in o.name and o.acronym != o.name}
    if not singles:
        return
    full_names = [o.name for o in state.orgs if " " in o.name]
    for chunk in chunks:
        if (
            chunk.label in ("unknown", "person-candidate")
            and 2 <= len(chunk.tokens) <= 3
            and chunk.tokens[0][2] in singles
            and not _person_like(chunk.tokens)
            # "Halcyon" after "Halcyon Devices": with the full name known, "the Halcyon Fold" is something
            # else, unless it begins another name ("Acme City" of "Acme City Supporters' Trust").
            and not _other_full_name(state.body[chunk.start : chunk.end], full_names)
        ):
            chunk.label = "org"
            country = PLACES.get(chunk.tokens[-1][2])
            # "told Guardian Australia": a national arm, whose first word, read before as an organisation
            # of its own, is here only part of the arm's name; "Samsung SDI said": the words after the
            # first are only part of the name too ("Qualcomm Snapdragon" keeps its maker).
            first = chunk.start if country is not None and country.kind == "country" else chunk.start + 1
            state.orgs = [o for o in state.orgs if not (first <= o.start and o.end <= chunk.end)]
            _add_org(state, chunk.start, chunk.end, _org_from_text(state.body[chunk.start : chunk.end]))


def _find_repeated_org_names(state: _State, chunks: list[_Chunk]) -> None:
    """ "the agreement with Harbour Crest Terminals" before "Harbour Crest Terminals said": a name of
    several words the article gives an organisation elsewhere is that organisation wherever it stands
    whole, even where no rule read it as one (or read only a place inside it)."""
    named: dict[str, OrganisationMention] = {}
    for org in state.orgs:
        if " " in org.name and org.name == state.body[org.start : org.end]:
            named.setdefault(org.name, org)
    if not named:
        return
    taken = {(o.start, o.end) for o in state.orgs}
    for chunk in chunks:
        if chunk.label not in ("unknown", "place") or (chunk.start, chunk.end) in taken:
            continue
        found = named.get(state.body[chunk.start : chunk.end])
        if found is None:
            continue
        chunk.label = "org"
        state.places = [p for p in state.places if not (chunk.start <= p.start and p.end <= chunk.end)]
        state.orgs.append(dataclasses.replace(found, start=chunk.start, end=chunk.end))


def _place_side(state: _State, chunks: list[_Chunk], index: int) -> bool:
    """ "at Acme-Ota", "in Abeokuta and Acme-Ota": the town an organisation is named after, not it."""
    chunk = chunks[index]
    if _word_before(state.body, chunk.start) in _LOCATIVES:
        return True
    return (
        index > 0
        and chunks[index - 1].label == "place"
        and state.body[chunks[index - 1].end : chunk.start] in (" and ", ", ")
    )


# "in Acme-Ota", "at Acme-Ota", "in Lagos and Acme-Ota": a place, not a body named after it.
_LOCATIVE_BEFORE = re.compile(rf"\b(?:in|at|near|around|outside)(?: {_WORD},?(?: and| or)?)? $")


def _find_short_org_names(state: _State, chunks: list[_Chunk]) -> None:
    """One word standing for an organisation named in full elsewhere: "Norwell" for "Norwell
    Pharmaceuticals", "Wanderers" or "Town" for a club. Resolve ties each to its full name."""
    short: dict[str, str] = {}
    shared: set[str] = set()  # "Border" of "Border Patrol" and of "Border Rights Coalition": neither
    for org in state.orgs:
        words = org.name.split()
        if len(words) < 2 or org.acronym == org.name:
            continue
        first, last = words[0], _POSSESSIVE.sub("", words[-1])
        if org.kind == "association" and (last in _CLUB_SUFFIXES or ORG_HEADS.get(last) == "association"):
            short.setdefault(last, org.name)
        elif org.kind == "association" and _team_nickname(last) and first in PLACE_FIRST_WORDS:
            short.setdefault(last, org.name)  # "the Packers" of the Green Bay Packers
        if (
            first not in NOT_NAMES
            and first not in ORG_HEADS
            and first not in PLACE_FIRST_WORDS
            and first not in TITLE_HEADS
            and first not in _FUNCTION_OPENERS
            # "a Zambian consortium" beside the Zambian Justice Forum: a nationality opens many names.
            and first not in _DEMONYM_COUNTRIES
            and not first.isupper()
            # "Armagh City, Banbridge and …": the first word of "… City" is the city's name, a place.
            and words[1].rstrip(",") != "City"
            # "Air" of "Air Force", "Coast" of "Coast Guard": a force's first word is a common noun
            and org.kind not in ("military", "police")
        ):
            named = short.setdefault(first, org.name)
            if not (
                named == org.name or org.name.startswith(named + " ") or named.startswith(org.name + " ")
            ):
                shared.add(first)
        elif org.kind in ("military", "police"):
            shared.add(first)  # "Border agents" beside the Border Patrol: the force's word, no one's name
    for word in shared:
        short.pop(word, None)
    if not short:
        return
    surnames = {p.name.split()[-1] for p in state.people}
    companies = {o.name.split()[0] for o in state.orgs if o.kind == "company"}
    for index, chunk in enumerate(chunks):
        if chunk.label not in ("unknown", "person-candidate") or len(chunk.tokens) != 1:
            continue
        word = _POSSESSIVE.sub("", chunk.tokens[0][2])
        if word in short and word not in surnames and not _place_side(state, chunks, index):
            start = chunk.tokens[0][0]
            if word not in companies and _LOCATIVE_BEFORE.search(state.body, max(0, start - 40), start):
                continue  # "in Abeokuta and Acme-Ota": the place a members' body is named for
            chunk.label = "org"
            _add_org(state, start, start + len(word), _org_from_text(word))


def _references(body: str, taken: list[tuple[int, int]]) -> list[ReferenceMention]:
    found: list[ReferenceMention] = []
    taken = sorted(taken)
    taken_starts = [s for s, _ in taken]

    def overlaps_organisation(start: int, end: int) -> bool:
        """Is ``[start, end)`` inside an organisation's name ("the Bank of Canada" is no "the bank")?"""
        index = bisect.bisect_left(taken_starts, end)
        return any(e > start for _, e in taken[max(0, index - 3) : index])

    for match in _PRONOUN_H.finditer(body):
        start = match.start() - 1 if match.group("late") is not None else match.start()
        found.append(ReferenceMention(start, match.end(), body[start : match.end()], "pronoun"))
    for match in _PRONOUN_IT.finditer(body):
        found.append(ReferenceMention(match.start(), match.end(), match.group(), "pronoun"))
    for match in _DESCRIPTOR.finditer(body):
        start, end = match.start(), match.end()
        if overlaps_organisation(start, end):
            continue
        word = match.group("word").lower()
        kinds = DESCRIPTORS.get(word) or DESCRIPTORS["company"]  # "the maker of …" is a company
        found.append(ReferenceMention(start, end, match.group(), "descriptor", kinds))
    for match in _PERSON_ROLE.finditer(body):
        # "the judge", "the 31-year-old striker": a person named earlier, by role.
        start, end = match.start() - 1, match.end()
        if not overlaps_organisation(start, end):
            found.append(ReferenceMention(start, end, body[start:end], "role"))
    for match in _INITIALS_ROLE.finditer(body):
        start, end = match.start() - 1, match.end()
        # "the CEO", "the MP": posts the lexicon holds as words are read as words elsewhere.
        if match.group()[3:].lower() not in ROLE_HEADS and not overlaps_organisation(start, end):
            found.append(ReferenceMention(start, end, body[start:end], "role"))
    if "-year-old" in body:
        for match in _AGE_ALONE.finditer(body):
            # "said the 27-year-old": the person the paragraphs around have just named, if only one.
            start, end = match.start() - 1, match.end()
            if not overlaps_organisation(start, end):
                found.append(ReferenceMention(start, end, body[start:end], "role"))
    for match in _DEMONYM_ROLE.finditer(body):
        # "the Norwegian singer", "the German replied": a person named earlier, by nationality.
        start, end = match.start() - 1, match.end()
        if not overlaps_organisation(start, end):
            found.append(ReferenceMention(start, end, body[start:end], "role"))
    # The words stand after a space; "officials" (no match: "official" must end the word) is common
    # enough that "official" is looked for as a whole word before the costlier scan is run.
    if (
        " spokes" in body
        or " source" in body
        or " representative" in body
        or (" official" in body and _OFFICIAL_WORD.search(body) is not None)
    ):
        for match in _SPOKESPERSON.finditer(body):
            # "a council spokesman", "a company official": the organisation speaks through them.
            word = match.group("word").lower()
            found.append(
                ReferenceMention(match.start(), match.end(), match.group(), "descriptor", DESCRIPTORS[word])
            )
    if " body" in body:
        for match in _DESCRIBED_BODY.finditer(body):
            # "the civic body", "the apex body": a description that names an organisation's kind by its
            # modifier ("the body" alone is as often a corpse).
            kinds = _BODY_KINDS[match.group("modifier").lower()]
            if not overlaps_organisation(match.start(), match.end()):
                found.append(ReferenceMention(match.start(), match.end(), match.group(), "descriptor", kinds))
    for match in _STAFF.finditer(body):
        # "Agency staff wrote that …", "…, company executives said": the organisation's people, as a
        # body, speak for it; the description, bare, opens the clause.
        before = _BARE_DESCRIPTOR_BEFORE.search(body, max(0, match.start() - 24), match.start())
        if before is not None and before.group("word").lower() in DESCRIPTORS:
            start = before.start("word")
            if not overlaps_organisation(start, match.end()):
                word = before.group("word").lower()
                found.append(
                    ReferenceMention(
                        start, match.end(), body[start : match.end()], "descriptor", DESCRIPTORS[word]
                    )
                )
    if any(word in body for word in _DOCUMENT_WORDS):
        for match in _DOCUMENT.finditer(body):
            found.append(ReferenceMention(match.start(), match.end(), match.group(), "document"))
    found.sort(key=lambda r: r.start)
    return found


# Words before a place no gazetteer holds: "a plant in Osong", "near Rochfortbridge", "the village of X".
# "the village of", "the port of": what a settlement's name follows.
# ("the ports of Ras Marwa and Safaga", "the towns of X and Y": the plural names each of a list.)
_SETTLEMENT_OF = (
    # ("the moshav of Ramat Raziel", "the kibbutz of Nir Oz": Israel's cooperative villages)
    r"\b(?:villages?|towns?|townships?|hamlets?|islands?|suburbs?|districts?|ports?|city|cities|municipality"
    r"|moshavs?|moshavim|kibbutz|kibbutzim) of"
)
# "residents of Alfama", "families from Kilbeggan": the people who live there.
_DWELLERS_OF = (
    r"\b(?:(?:[Rr]esidents?|[Ff]amilies|[Pp]eople|[Vv]illagers|[Ii]nhabitants|[Pp]opulation|[Nn]atives?|"
    r"[Hh]ouseholds|[Ll]ocals) (?:of|from)"
    # "residents in Zenica told reporters": those who live there, whatever verb follows.
    r"|(?:[Rr]esidents?|[Vv]illagers|[Ii]nhabitants|[Hh]ouseholds|[Ll]ocals) in)"
)
# "a mother from Gerehu", "a 41-year-old reservist from Zenby": a person described by kin, age or a
# home-bound trade comes from a place (a spokesperson or analyst "from" names an employer instead).
_PERSON_FROM = (
    r"\b(?:man|woman|men|women|mother|father|grandmother|grandfather|widow|widower|teenager|boy|girl|"
    r"couple|farmer|herder|fisherman|villager|pensioner|reservist|retiree|homeowner) from"
)
# "we'll go home to Wellington", "flew home to Dale": where someone goes home to ("is home to" is not).
_HOME_TO = (
    r"\b(?:go|goes|going|gone|went|come|comes|coming|came|head|heads|heading|headed|fly|flew|flying|"
    r"return|returns|returning|returned|back) home to"
)
# "patients will be directed to Brandon", "driving to Dauphin": people sent or driven to a town.
_SENT_TO = r"\b(?:drive|driving|drove|driven|directed|diverted|transferred|airlifted|flown|rerouted) to"
_SENT_TO_BEFORE = re.compile(_SENT_TO + " $")
_DIRECTION_FROM = re.compile(r"(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)? from $")
_SEAT_FOR_BEFORE = re.compile(
    r"\b(?:MPs?|MSPs?|MLAs?|MHAs?|MPPs?|MNAs?|TDs?|Member of Parliament|member of parliament|(?P<member>member))(?: \(MP\))? for $"
)
_LOCAL_BEFORE = re.compile(
    r"(?:\b(?:[Ii]n|[Nn]ear|[Oo]utside)|"
    + _SETTLEMENT_OF
    + "|"
    + _DWELLERS_OF
    + "|"
    + _PERSON_FROM
    # "Jane Roe, 79, from Bentilee, said": a person's age, then the place they come from.
    + r"|, \d{1,3}, from"
    # "the service to Oban", "flights to Lanzarote", "still walk to Kondele": travel to somewhere.
    + r"|\b(?:service|flights?|ferry|ferries|route|trains?|road|journey|crossing|moved|travelled|returned|trip|walks?|walked|walking) to"
    + "|"
    + _SENT_TO
    + "|"
    + _HOME_TO
    # "the final ascent to Hautacam", "a stage from Pau": the climb or town a race's stage ends or
    # starts in ("the slopes of Mayon Volcano" names a mountain, no place).
    + r"|\bascent to|\bstage (?:from|to)"
    # "the border crossing at Petrapole": a frontier post.
    + r"|\b(?:border|crossing|checkpoint|frontier) at"
    # "a centre has opened at Springwood", "troops stationed at Bamford": where a facility or people are.
    + r"|\b(?:opened|reopened|set up|established|stationed|deployed|evacuated) at"
    # "closed south of Beaudesert", "25 kilometres north-west of Coraki": a direction from a town.
    + r"|\b(?:north|south|east|west)(?:-?(?:east|west))? of"
    # "machines heading east from Five Dock": a direction of travel from a town.
    + r"|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)? from"
    # "the MP for Hove": a constituency, named for its town.
    + r"|\b(?:MPs?|MSPs?|MLAs?|MHAs?|MPPs?|MNAs?|TDs?|Member of Parliament|member of parliament) for"
    r") $"
)
# "a pilot plant at Llanfair", "the mine at Oruro": a works and the town it stands in; "the outskirts
# of Zenburg", "the mountains of Zenland", "the wilayat of Zenby": an area and what it lies around or
# belongs to. (Read only after "at", "of" or "around", when _LOCAL_BEFORE has not matched.)
_WORKS_OR_AREA_BEFORE = re.compile(
    # ("the depots at Mangrove and Speightstown": the plural names each of a list)
    r"\b(?:(?:plants?|factory|factories|mines?|refinery|refineries|smelters?|mills?|facility|facilities"
    r"|camps?|bases?|depots?) at"
    r"|(?:outskirts|mountains|hills|highlands|coast|shores|region|province|governorate|prefecture|"
    r"emirate|wilayat|county|parish|canton|commune|department|municipality) of"
    # "the area around Zenvik", "defences built around Zenvik": what lies about a town.
    r"|(?:area|areas|built|centred|centered|communities|villages|farms) around) $"
)
# "Couva North MP Jane Roe", "the Hounslow MP": a seat's name, then a legislator's title and a name.
_SEAT_BEFORE_MEMBER = re.compile(
    rf"(?<![\w’'-])((?:{U}[a-z][\w’'-]* ){{1,4}})(?:MP|MLA|MHA|MNA|MPP|MSP|TD|(Coun\.)) {U}[a-z]"
    # "the Asunafo South MP said": the seat's member, named before or not at all.
    rf"|(?<=\bthe )((?:{U}[a-z][\w’'-]* ){{1,4}})(?:MP|MLA|MHA|MNA|MPP|MSP|TD)\b"
)
# Looked for as plain substrings: a few of them cost far less than a pattern tried at every space.
_MEMBER_TITLE_WORDS = tuple(f" {word} " for word in ("MP", "MLA", "MHA", "MNA", "MPP", "MSP", "TD", "Coun."))
_COMPASS_ENDS = frozenset(["North", "South", "East", "West", "Central"])
# Words that qualify a councillor before the short title, never a ward's name.
_COUNCILLOR_QUALIFIERS = frozenset(
    [
        "Veteran", "Longtime", "Long-time", "Rookie", "Fellow", "Former", "Outgoing", "Incumbent", "Rural",
        "Suburban", "Downtown", "Urban", "Local", "First-term", "Second-term", "Newly", "Retiring", "Area",
    ]
)  # fmt: skip


def _find_seats_before_members(state: _State, country: str, taken: set[tuple[int, int]]) -> set[str]:
    """ "Couva North MP Jane Roe": the seat before a legislator's title is a place of the story's
    country, when the gazetteer holds it there or a compass word ends it; its names, and the town a
    compass seat is named after ("Couva"), are returned to be read elsewhere too."""
    body = state.body
    found: set[str] = set()
    for match in _SEAT_BEFORE_MEMBER.finditer(body):
        group = 1 if match.group(1) else 3
        start, words = match.start(group), match.group(group).split()
        while words and (words[0] in NOT_NAMES or words[0] in _INERT_WORDS):
            start += len(words.pop(0)) + 1  # "But Couva North MP": a sentence's opening word
        if not words:
            continue
        text = " ".join(words)
        end = start + len(text)
        compass = len(words) > 1 and words[-1] in _COMPASS_ENDS
        known = PLACE_CANDIDATES.get(text, {}).get(country)
        # "Osgoode Coun. Jane Roe": a Canadian councillor's ward, which no gazetteer holds, is written
        # before the short title as a member's seat is, in a story that speaks of wards (not a word the
        # story writes as a word, "Rural", nor one that qualifies the councillor, "Veteran").
        ward = (
            match.group(2) is not None
            and " ward" in body
            and not _written_as_word(body, text)
            and words[0] not in _COUNCILLOR_QUALIFIERS
            and not any(
                w in TITLE_HEADS or w in TITLE_MODIFIERS or w.lower() in ROLE_HEADS or w in ORG_ADJECTIVES
                for w in words
            )
        )
        if (
            (start, end) in taken
            or not (compass or known is not None or ward)
            or not _local_name_ok(words, settlement=True)
            or any(o.start < end and start < o.end for o in state.orgs)
            or any(p.start < end and start < p.end for p in state.places)
        ):
            continue
        taken.add((start, end))
        state.places.append(PlaceMention(start, end, text, known.name if known else text, country, "city"))
        found.add(text)
        if compass:
            found.add(" ".join(words[:-1]))
    return found


# " 14," after "Sebokeng Zone": a section's number, then no more of a name.
_NUMBER_AFTER = re.compile(r" \d{1,4}\b(?![.,]\d)")
# ", Chaguanas, …": a town's name between commas, right after a district's.
_TOWN_AFTER = re.compile(rf", ({U}[a-z]+(?: {U}[a-z]+)?)(?=[,;.])")
_PLACE_OF_BEFORE = re.compile(_SETTLEMENT_OF + " $")
_AGE_OF_BEFORE = re.compile(r"(?:\(\d{1,3}\)|, \d{1,3},) of $")
# "Tenakee Springs Mayor Jane Roe": a town's name of two or three plain words, the last a word towns'
# names end in, before a mayor's title ("Acting Mayor", "Interim Mayor" are one word: no town).
_TOWN_MAYOR = re.compile(
    rf"(?<![\w’'-])({U}[a-z]+(?: {U}[a-z]+)?"
    r" (?:Springs|Falls|Rapids|Beach|Bay|Harbou?r|Heights|Creek|Hills?|Lake|Valley|Junction|Landing|Point"
    rf"|Ridge|Grove|Park|Crossing|Station|Mills?|Forks?|Bluffs?|Cove|Port|Wells)) Mayor (?={U}[a-z]|$)"
)


# "Emfuleni, which includes Vereeniging and …": an area named by the towns it holds.
_INCLUDES_PLACE_AFTER = re.compile(
    rf", which (?:includes|covers|encompasses|takes in|spans) ({U}[\w’'-]*(?: {U}[\w’'-]*){{0,2}})"
)


_HOLDING_IN_BEFORE = re.compile(r"\b(?:[Ss]hares|[Ss]takes?|[Ss]hareholdings?|[Ss]hareholders) in $")


def _company_short_name(state: _State, text: str, end: int) -> bool:
    """ "trading in Huayuan's shares" after "Huayuan Land Holdings": an owner's name that opens an
    organisation's longer name is the organisation's short name, not a town of that name ("shares in
    Huayuan plunged": the stock a holder has is a company's)."""
    start = end - len(text)
    return (
        (
            state.body.startswith(("’s", "'s"), end)
            or _HOLDING_IN_BEFORE.search(state.body, max(0, start - 24), start) is not None
        )
        and text not in PLACES
        and any(o.name.startswith(f"{text} ") for o in state.orgs)
    )


def _short_form_of_area_body(state: _State, start: int, end: int) -> bool:
    """Is the organisation read here the short form of a local body named after its area ("Emfuleni"
    for "Emfuleni Local Municipality")?"""
    text = state.body[start:end]
    return any(o.name.startswith(f"{text} ") and o.name.split()[-1] in _AREA_BODY_HEADS for o in state.orgs)


_AREA_BODY_HEADS = frozenset(["Municipality", "Council", "Corporation", "Authority"])


def _place_at_span(state: _State, start: int, end: int) -> PlaceMention | PlaceInfo | None:
    return next((p for p in state.places if p.start == start and p.end == end), None)


# "a facility to be built at the Port of Sheet Harbour": a port is named after its town.
_PORT_OF = re.compile(
    rf"\b[Tt]he Port of ({U}[a-z]+(?: {U}[a-z]+)?)(?![\w’'-]| {U})"
    # "at Mandela National Stadium, Namboole, on Tuesday": a stadium, then the town it stands in.
    rf"|\b(?:Stadium|Arena|Oval), ({U}[a-z]+(?: {U}[a-z]+)?)(?=[,.])"
)


def _find_port_towns(state: _State, country: str, taken: set[tuple[int, int]], dated: str | None) -> set[str]:
    """Towns the gazetteer lacks, named by their port or after their stadium: places of the story's
    country."""
    found: set[str] = set()
    for match in _PORT_OF.finditer(state.body):
        group = 1 if match.group(1) else 2
        start, end = match.span(group)
        words = match.group(group).split()
        if (
            (start, end) in taken
            or not _local_name_ok(words, settlement=True)
            or any(o.start <= start and end <= o.end for o in state.orgs)
            or any(p.start < end and start < p.end for p in state.places)
            or any(p.start < end and start < p.end for p in state.people)
            or any(w in NOT_NAMES for w in words)
        ):
            continue
        text = match.group(group)
        taken.add((start, end))
        found.add(text)
        code = _named_town_country(state, text, country)
        if group == 2 and dated:
            code = dated  # a match report's ground is in its dateline's country, whoever the visitors are
        state.places.append(PlaceMention(start, end, text, text, code, "city"))
    return found


# "Dunedin Mayor Jane Roe", "Lake Macquarie mayor Jane Roe", "Dunedin city councillors": a town named by
# its mayor (before the mayor's name) or its councillors.
_TOWN_BEFORE_MAYOR = re.compile(
    rf"(?<![\w’'.-])({U}[a-z]+(?: {U}[a-z]+)?) (?:[Mm]ayor (?={U}[a-z])|city councill?ors\b)"
)


def _find_towns_before_mayors(state: _State, country: str | None) -> set[str]:
    """The town whose mayor or councillors the story names ("Dunedin Mayor Jane Roe"): the gazetteer's town
    of that name in the story's country, or with no country settled, the one it holds of that name."""
    body = state.body
    found: set[str] = set()
    for match in _TOWN_BEFORE_MAYOR.finditer(body):
        start, end = match.span(1)
        text = match.group(1)
        words = text.split()
        if (
            text in PLACES
            or words[0] in _LOCAL_OFFICE_WORDS  # ("Lapu-Lapu City Mayor": the town's name opens earlier)
            or f"{text} City" in PLACE_CANDIDATES
            or not _local_name_ok(words, settlement=False)
            or _OPENING_ADJECTIVE.fullmatch(words[0])  # "Acting Mayor Jane Roe": a post's qualifier
            or any(w in TITLE_HEADS or w in HONORIFICS for w in words)
            or any(p.start < end and start < p.end for p in state.places)
            or any(q.start < end and start < q.end for q in state.people)
            or any(o.start <= start and end <= o.end and o.end > end for o in state.orgs)
        ):
            continue
        # (only a town the gazetteer holds: "Interim Mayor Jane Roe" names a post, not a town)
        known = PLACE_CANDIDATES.get(text, {})
        if country is not None:
            code: str | None = country if country in known else None
        else:
            town = TOWNS.get(text)
            code = town.country_code if town is not None and len(known) <= 2 else None
        if code is None:
            continue
        state.orgs = [o for o in state.orgs if (o.start, o.end) != (start, end)]
        state.places.append(PlaceMention(start, end, text, text, code, "city"))
        found.add(text)
    return found


def _find_mayors_towns(state: _State, country: str, taken: set[tuple[int, int]]) -> set[str]:
    """Towns the gazetteer lacks, named by their mayor's title: places of the story's country."""
    body = state.body
    found: set[str] = set()
    for match in _TOWN_MAYOR.finditer(body):
        start, end = match.span(1)
        words = match.group(1).split()
        if (
            (start, end) in taken
            or not _local_name_ok(words, settlement=False)
            or _OPENING_ADJECTIVE.fullmatch(words[0])  # "Acting Harbour Mayor": a post's qualifier
            or any(w in TITLE_HEADS or w in ORG_HEADS or w in HONORIFICS for w in words)
            or any(o.start < end and start < o.end for o in state.orgs if o.canonical in KNOWN_ORGS)
            or any(p.start < end and start < p.end for p in state.places)
        ):
            continue
        # (an organisation read from the title alone, "Tenakee Springs" as the mayor's body, is the town)
        state.orgs = [o for o in state.orgs if (o.start, o.end) != (start, end)]
        text = match.group(1)
        taken.add((start, end))
        found.add(text)
        state.places.append(
            PlaceMention(start, end, text, text, _named_town_country(state, text, country), "city")
        )
    return found


# "Councillor Jane Roe, who represents Meir Park,": an elected member's ward or seat, named for its area
# (a lawyer or an agent "represents" a client instead: only a member's title before it counts).
# A ward's name: "Meir Park", "Y Ferwig" (Welsh names may open with the article "Y" or "Yr").
_WARD_NAME = rf"(?:Yr? )?{U}[a-z][\w’'-]*(?: {U}[a-z][\w’'-]*){{0,2}}"
_REPRESENTED_WARD = re.compile(
    r"\b(?:[Cc]ouncill?ors?|Cllr|MPs?|MLAs?|MCAs?|MPPs?|MSPs?|TDs?|[Aa]lderm[ae]n|[Aa]ssembly(?:man|woman|member)"
    # "Hon. Jane Roe, who represents Chikwawa East": the style of a member of parliament.
    r"|Hon\.)(?![\w])"
    # "who represents Aberporth and Y Ferwig": a ward named after two places names each ("… East and
    # sits on the committee": the clause goes on with its second verb).
    rf"[^.;:\n]{{0,80}}?\bwho represents ({_WARD_NAME}(?: and {_WARD_NAME})?)(?=[,.;)]| ward\b| and [a-z])"
)


def _find_represented_wards(
    state: _State, chunks: list[_Chunk], country: str, taken: set[tuple[int, int]]
) -> set[str]:
    """Wards an elected member "represents": places of the story's country, whatever they were read as
    (a ward named "… Park" is no venue). Their names are returned to be read elsewhere too."""
    body = state.body
    found: set[str] = set()
    for whole in _REPRESENTED_WARD.finditer(body):
        parts = [whole.span(1)]
        if " and " in whole.group(1):
            split = whole.group(1).index(" and ") + whole.start(1)
            parts = [(whole.start(1), split), (split + len(" and "), whole.end(1))]
            if any((o.start, o.end) == whole.span(1) for o in state.orgs):
                # The body read across both names is none, nor is either name read alone elsewhere.
                names = {body[a:b] for a, b in parts}
                gone = {
                    (o.start, o.end)
                    for o in state.orgs
                    if (o.start, o.end) == whole.span(1)
                    or (o.name in names and o.canonical not in KNOWN_ORGS)
                }
                state.orgs = [o for o in state.orgs if (o.start, o.end) not in gone]
                for chunk in chunks:
                    if chunk.label == "org" and (chunk.start, chunk.end) in gone:
                        chunk.label = "unknown"
        for start, end in parts:
            _read_represented_ward(state, chunks, country, taken, start, end, found)
    return found


def _read_represented_ward(
    state: _State,
    chunks: list[_Chunk],
    country: str,
    taken: set[tuple[int, int]],
    start: int,
    end: int,
    found: set[str],
) -> None:
    """One ward a member represents, from ``start`` to ``end``: a place of the story's country."""
    body = state.body
    words = body[start:end].split()
    if (
        (start, end) in taken
        or any(w in TITLE_HEADS or w in HONORIFICS for w in words)
        or any(o.start < end and start < o.end for o in state.orgs if o.canonical in KNOWN_ORGS)
        or any(p.start < end and start < p.end for p in state.places)
        or any(p.start < end and start < p.end for p in state.people)
    ):
        return
    text = body[start:end]
    # The body read there, and its shorter forms elsewhere ("Meir" for "Meir Park"), are no body.
    dropped = {o.canonical for o in state.orgs if (o.start, o.end) == (start, end)}
    if dropped:
        shorter = {
            (o.start, o.end)
            for o in state.orgs
            if o.canonical in dropped or (text.startswith(f"{o.name} ") and o.canonical not in KNOWN_ORGS)
        }
        state.orgs = [o for o in state.orgs if (o.start, o.end) not in shorter]
        for chunk in chunks:
            if chunk.label == "org" and (chunk.start, chunk.end) in shorter:
                chunk.label = "unknown"
    for chunk in chunks:
        if (chunk.start, chunk.end) == (start, end):
            chunk.label = "place"
    taken.add((start, end))
    found.add(text)
    state.places.append(PlaceMention(start, end, text, text, country, "city"))


_NATION_SETTLEMENT_BEFORE = re.compile(
    rf"\b({U}[a-z]+(?: {U}[a-z]+)?) (?:village|town|township|hamlet|island|suburb|district|port|city) of $"
)
# "at his home in Eunice", "grew up in Florence": where someone lives is a place even when its name
# is also a given name.
_HOME_IN_BEFORE = re.compile(
    r"\b(?:homes?|grew up|raised|buried|lives|lived) in $"
    r"|" + _HOME_TO + " $"
)
# "has lived in the Black Country", "grew up in the Bronx": where someone lives, named with "the".
_HOME_IN_THE_BEFORE = re.compile(r"\b(?:grew up|raised|lives|lived|living) in the $")
_DWELLERS_BEFORE = re.compile(_DWELLERS_OF + " $")
# A lower-case word right after the name that is no adverb or function word: the name modifies it.
_NOUN_AFTER = re.compile(
    r" (?!(?:and|or|but|on|in|at|near|for|to|from|with|by|of|as|when|where|while|after|before|last|this|"
    r"that|which|who|whose|is|was|has|had|have|were|are|will|would|shortly|early|late|since|until|"
    # "31 times in Neepawa alone": words that stand after a place and modify nothing.
    r"alone|itself|too|also|again|instead|overnight)\b)"
    r"(?![a-z]+ly\b)[a-z]"
)
# ... unless it is a verb in the past tense after "near": "a fire near Katoomba jumped the lines".
_PAST_AFTER = re.compile(r" [a-z]{3,}ed\b")
# ... or after one: "the Kibera neighbourhood".
# ... or "the Kherson region", "the city's Saltivskyi district": an area of the country.
_LOCAL_AFTER = re.compile(
    r" (?:neighbou?rhood|suburb|village|district|sub-?district|region|regency|oblast|province|prefecture|"
    r"governorate|municipality|tehsil|taluka?"
    # "a herder in Tosontsengel soum", "in Gulele woreda": the lower units of Mongolia, Ethiopia,
    # Bangladesh, the Philippines, Vietnam and France.
    r"|soum|aimag|woreda|kebele|upazila|barangay|commune"
    # "the Namanga one-stop border post": the frontier town a crossing is named after.
    r"|(?:one-stop )?border (?:post|crossing|point|town)"
    # "a bypass of Killarney town", "Dingle town centre": a town named with the word (not "a Zoom town hall").
    r"|town(?! halls?\b| meetings?\b))\b"
)
# ... or "town" itself, even after a body's short name ("Killarney town" after "Killarney Chamber").
_TOWN_WORD_AFTER = re.compile(r" town\b(?! halls?\b| meetings?\b)")
# ... or an apposition that says what it is: "Kilbeggan, a market town in County Westmeath".
_SETTLEMENT_APPOSITION = re.compile(
    r", (?:a|an|the) (?:[a-z-]+ ){0,2}?(?:town|village|township|hamlet|suburb|city|district|port|"
    r"neighbou?rhood|settlement|municipality)\b(?![’'-])"
)
# ... and closed there or by where it lies ("a village near …"), not "a town councillor".
_SETTLEMENT_APPOSITION_CLOSED = re.compile(
    _SETTLEMENT_APPOSITION.pattern + r"(?=[,.;]| (?:near|in|on|of|outside|north|south|east|west|close)\b)"
)
# "at Lasalgaon in Maharashtra": a name placed inside a known region or country.
_IN_PLACE_AFTER = re.compile(rf" in ({U}\w+(?: {U}\w+)?)")
# "published last month in", "appeared in": a journal or newspaper follows, not a place.
# ("published on 12 March in": a date may come between.)
_PUBLISHED_IN = re.compile(
    r"\b(?:published|appeared|appears|printed|reported)(?: [a-z]+| \d{1,4}| [A-Z][a-z]+){0,4} in $"
)
# Verbs whose "in" is part of the verb: "rein in Big Oil", "weighed in", "ushered in".
_PHRASAL_IN = re.compile(
    r"\b(?:rein|weigh|cash|factor|chip|usher|zero|phase|hem|fence|rope|pencil)(?:s|e?d|ing|[pml](?:ed|ing))? in $",
    re.IGNORECASE,
)
# The last word of every phrase _LOCAL_BEFORE matches, and "at" (before "X in Maharashtra").
_CONTEXT_LAST_WORDS = frozenset(["in", "near", "outside", "of", "from", "to", "at", "for", "around"])


_IN_THE_PLACE_AFTER = re.compile(rf" in (?:the )?({U}[a-z]+(?: {U}[a-z]+)?)(?![\w’'-])")
# "across the border in Zenburg, in Myanmar's Shan State": the country the next phrase puts the town in.
_IN_COUNTRYS_AFTER = re.compile(rf", in ({U}[a-z]+(?: {U}[a-z]+)?)[’']s {U}")


def _placed_in_its_country(body: str, text: str, end: int) -> bool:
    """Is the name followed by "in" and a country or region that has a place of that name?"""
    after = _IN_PLACE_AFTER.match(body, end)
    known = PLACES.get(after.group(1)) if after else None
    return (
        known is not None
        and known.kind in ("country", "region")
        and str(known.country_code) in PLACE_CANDIDATES.get(text, {})
    )


def _in_region_of(body: str, end: int, country: str) -> bool:
    """Is the name ending at ``end`` followed by "in" and a region of ``country``?"""
    after = _IN_PLACE_AFTER.match(body, end)
    if after is None:
        return False
    # ("at Kandol in Belait District": a region written with its kind, which the story's country has)
    region = PLACES.get(after.group(1)) or PLACE_CANDIDATES.get(after.group(1), {}).get(country)
    return region is not None and region.kind == "region" and region.country_code == country


# Planets and the like: "returned to Earth" names no town.
_CELESTIAL = frozenset(["Earth", "Moon", "Mars", "Venus", "Mercury", "Jupiter", "Saturn", "Sun"])


def _own_country_town(text: str, country: str) -> bool:
    """Is ``text`` a town the gazetteer holds in ``country`` alone, and no other kind of word?"""
    towns = PLACE_CANDIDATES.get(text)
    return (
        towns is not None
        and len(towns) == 1
        and country in towns
        and towns[country].kind in ("city", "region")
        and _local_name_ok([text], settlement=False)
        and text not in PLACES
    )


def _local_name_ok(words: list[str], settlement: bool) -> bool:
    """Could these capitalised words name a small place (no first name, title, organisation word)?"""
    return (
        not any(
            ((w in FIRST_NAMES and not settlement) or w in NOT_NAMES or w in ORG_HEADS or w in KNOWN_ORGS)
            # "Old Southwest", "North Central": a compass point or "Old" may open a district's name,
            # and after "lives in" end it too.
            and not ((k < len(words) - 1 or (settlement and k > 0)) and w in _DISTRICT_OPENERS)
            for k, w in enumerate(words)
        )
        and all((w[:1].isupper() and not _PRODUCT_CASE.fullmatch(w)) or w in _PARTICLE_WORDS for w in words)
        # "data from the SENTINEL-HF study": a word in capitals names a trial, a code or a firm in running
        # text (a town in capitals stands in a dateline, read elsewhere).
        and not any(len(w) > 3 and w.isupper() for w in words)
    )


# "FileBridge", "PayNow": a capital inside a word names a product or company, not a town ("McAllen",
# "DeKalb" and "LaSalle" keep theirs after a surname prefix, "AlUla" after the Arabic article).
_PRODUCT_CASE = re.compile(r"(?!Mc|Mac|De|La|Le|Di|Du|Fitz|Van|Kwa|Ga|Al[A-Z])[A-Z][a-z]+[A-Z][\w-]*")


# Words that open many districts' names ("Old Town", "North Central", "Upper West Side").
_DISTRICT_OPENERS = frozenset(
    [
        "Old",
        "New",
        "North",
        "South",
        "East",
        "West",
        "Northeast",
        "Northwest",
        "Southeast",
        "Southwest",
        "Central",
        "Upper",
        "Lower",
        "Inner",
        "Outer",
        "Greater",
        "Little",
        "Great",
    ]
)


def _weak_city(place: PlaceMention) -> bool:
    """A town too small to trust out of context, or another spelling of a far bigger city ("Puno" for
    Pune): which place it is depends on the story."""
    if place.kind != "city":
        return False
    known = PLACES.get(place.name)
    if known is None:
        return place.name in TOWNS
    return known.name != place.name


def _article_country(state: _State) -> str | None:
    """The country most of the article's places are in, if one clearly leads."""
    ranked = Counter(p.country_code for p in state.places if p.country_code).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _rehome_shared_regions(state: _State, country: str) -> None:
    """ "Punjab" in a Pakistani story is Pakistan's province, not India's state: a region whose name a
    region of the story's country shares is that one, unless the story names its default's country."""
    domestic = False
    for index, place in enumerate(state.places):
        if place.kind not in ("region", "country") or place.country_code in (None, country):
            continue
        local = PLACE_CANDIDATES.get(place.name, {}).get(country)
        if local is None or local.kind != "region":
            continue
        if place.kind == "country" and not _listed_with_region(state, place, country):
            if not _domestic_story(state, place, country):
                continue  # "Georgia" is the country unless listed with the story's states ("Georgia and Alabama")
            domestic = True
        # "Punjab" in a story that also names India or Delhi is India's, unless the story names four times
        # as many of its own country's places ("Lahore, Multan, Jhang, … and rains upstream in India").
        elsewhere = {
            p.canonical for p in state.places if p.country_code == place.country_code and p.name != place.name
        }
        if elsewhere and len({p.canonical for p in state.places if p.country_code == country}) < 4 * len(
            elsewhere
        ):
            continue
        state.places[index] = dataclasses.replace(
            place, canonical=local.name, country_code=country, kind=local.kind
        )
    if domestic:
        # "a campus near Rome" in that story: any other name it shares with a town abroad is its own town.
        for index, place in enumerate(state.places):
            local = PLACE_CANDIDATES.get(place.name, {}).get(country)
            if local is not None and place.country_code not in (None, country):
                state.places[index] = dataclasses.replace(
                    place, canonical=local.name, country_code=country, kind=local.kind
                )


# A story naming this many regions of its own country, and no foreign place, is about its regions.
_MIN_DOMESTIC_REGIONS = 2


def _domestic_story(state: _State, place: PlaceMention, country: str) -> bool:
    """ "Georgia senators" in a story from Atlanta that names South Carolina and Alabama, and nothing
    abroad: a country's name that a region of the story's own country shares is that region, when every
    other place of the story may be in its country and it names other regions of it."""
    regions: set[str] = set()
    for other in state.places:
        if other.name == place.name:
            continue
        if other.country_code != country and country not in PLACE_CANDIDATES.get(other.name, {}):
            return False  # (a town abroad whose name the country's own towns share is no sure sign)
        if other.kind == "region" and other.country_code == country:
            regions.add(other.canonical)
    return len(regions) >= _MIN_DOMESTIC_REGIONS


# "the Municipality of Santa Cruz", "Santa Cruz Mayor Jane Roe": a town has a mayor, a province does not.
_MUNICIPALITY_BEFORE = re.compile(r"(?:[Mm]unicipality|[Mm]ayor|[Tt]own [Cc]ouncil) of $")
_MUNICIPALITY_AFTER = re.compile(r" (?:[Mm]ayor|[Mm]unicipality|[Tt]own [Cc]ouncil)\b")


def _rehome_foreign_municipalities(state: _State, country: str) -> None:
    """ "Santa Cruz" (Argentina's province by default) whose mayor a Costa Rican story quotes: a foreign
    region named as a town with a mayor or a municipality, whose country no other place of the story
    shares, is a town of the story's country."""
    body = state.body
    for index, place in enumerate(state.places):
        if place.kind != "region" or place.country_code in (None, country):
            continue
        if any(p.country_code == place.country_code and p.name != place.name for p in state.places):
            continue
        mentions = [p for p in state.places if p.name == place.name]
        if not any(
            _MUNICIPALITY_BEFORE.search(body, max(0, p.start - 20), p.start)
            or _MUNICIPALITY_AFTER.match(body, p.end)
            for p in mentions
        ):
            continue
        local = PLACE_CANDIDATES.get(place.name, {}).get(country)
        state.places[index] = dataclasses.replace(
            place, canonical=local.name if local else place.name, country_code=country, kind="city"
        )


def _listed_with_region(state: _State, place: PlaceMention, country: str) -> bool:
    """Whether a region of this country stands next to the place in a list ("Georgia and Alabama")."""
    body = state.body
    for other in state.places:
        if other.kind != "region" or other.country_code != country or other is place:
            continue
        if other.start >= place.end and body[place.end : other.start] in _LIST_JOINS:
            return True
        if other.end <= place.start and body[other.end : place.start] in _LIST_JOINS:
            return True
    return False


# "near the town of Costa Rica", "the village of Guadalupe": what only a settlement's name follows.
_ONE_SETTLEMENT_OF = re.compile(r"\bthe (?:town|village|hamlet|township|municipality) of $")


def _rehome_named_settlements(state: _State, country: str) -> None:
    """ "near the town of Costa Rica, south of Culiacán": a country's or a foreign region's name after
    "the town of" names a town of the story's country (the gazetteer's, or as written)."""
    body = state.body
    for index, place in enumerate(state.places):
        if place.kind not in ("country", "region") or place.country_code in (None, country):
            continue
        if place.end == place.start or not _ONE_SETTLEMENT_OF.search(
            body, max(0, place.start - 20), place.start
        ):
            continue
        local = PLACE_CANDIDATES.get(place.name, {}).get(country)
        state.places[index] = dataclasses.replace(
            place, canonical=local.name if local else place.name, country_code=country, kind="city"
        )


# A city at least this big in the story's country outweighs a foreign region of its name.
_LOCAL_CITY_OVER_REGION = 500_000


def _rehome_foreign_regions_to_big_cities(state: _State, country: str) -> None:
    """ "the Kochi auction" in an Indian story is Kochi, Kerala, not Japan's Kōchi prefecture: a foreign
    region whose name a big city of the story's country shares is that city, when the story names
    nothing else of the region's country and three or more places of its own."""
    for index, place in enumerate(state.places):
        if place.kind != "region" or place.country_code in (None, country):
            continue
        local = PLACE_CANDIDATES.get(place.name, {}).get(country)
        if (
            local is None
            or local.kind != "city"
            or CANDIDATE_POPULATION.get((place.name, country), 0) < _LOCAL_CITY_OVER_REGION
        ):
            continue
        if any(p.country_code == place.country_code and p.name != place.name for p in state.places):
            continue
        if len({p.canonical for p in state.places if p.country_code == country}) < 3:
            continue
        state.places[index] = dataclasses.replace(
            place, canonical=local.name, country_code=country, kind=local.kind
        )


# A city of the story's own country this big is the one its name means there, not a namesake abroad.
_LOCAL_BIG_CITY_POPULATION = 1_000_000


def _rehome_foreign_cities_to_local_capitals(state: _State, country: str) -> None:
    """ "priced out of George Town" in a story from the Cayman Islands is their capital, not Penang's
    bigger city: a foreign city named as the story's own country's capital is that capital, when the
    story names nothing else of the foreign city's country. So is a city of a million or more there
    ("Hyderabad" in a Pakistani story is Sindh's, not India's)."""
    for index, place in enumerate(state.places):
        if place.kind != "city" or place.country_code in (None, country):
            continue
        local = PLACE_CANDIDATES.get(place.name, {}).get(country)
        if local is None or not (
            is_capital_of(place.name, country)
            or CANDIDATE_POPULATION.get((local.name, country), 0) >= _LOCAL_BIG_CITY_POPULATION
        ):
            continue
        if any(p.country_code == place.country_code and p.name != place.name for p in state.places):
            continue
        state.places[index] = dataclasses.replace(
            place, canonical=local.name, country_code=country, kind=local.kind
        )


def _rehome_weak_places(state: _State, country: str) -> None:
    """ "Puno" in a Peruvian story is Puno, Peru, not Pune; "Motherwell" in a South African one is the
    township, not the Scottish town, when the story does not name Scotland's country."""
    _rehome_shared_regions(state, country)
    _rehome_foreign_regions_to_big_cities(state, country)
    _rehome_named_settlements(state, country)
    _rehome_foreign_municipalities(state, country)
    _rehome_foreign_cities_to_local_capitals(state, country)
    weak = [index for index, place in enumerate(state.places) if _weak_city(place)]
    if not weak:
        return
    counts = Counter(p.country_code for p in state.places if p.country_code and not _weak_city(p))
    named = [country, *(code for code, _ in counts.most_common())]
    strong = set(counts)
    drop: set[int] = set()
    for index in weak:
        place = state.places[index]
        candidates = PLACE_CANDIDATES.get(place.name, {})
        # The town of that name in a country the story names, its own country first.
        local = next((candidates[c] for c in named if c in candidates), None)
        if local is not None:
            if local.country_code != place.country_code:
                state.places[index] = PlaceMention(
                    place.start, place.end, place.name, local.name, local.country_code, local.kind
                )
        elif place.name not in PLACES and place.country_code not in strong:
            # "outside Mamou" in a Louisiana story that names France and Canada, never Guinea: a town
            # of the story's own country that the gazetteer lacks.
            state.places[index] = PlaceMention(
                place.start, place.end, place.name, place.name, country, "city"
            )
        elif (
            place.country_code not in strong
            and place.name in PLACES
            # (another spelling, not the same one without its accents: "Brasilia")
            and fold(PLACES[place.name].name) != fold(place.name)
            and len({p.name for p in state.places if p.country_code == country}) >= 3
        ):
            # "Sana naman …" quoted in Tagalog in a Philippine story: another spelling of a far-off city
            # (Sanaa) whose country the story, set plainly elsewhere, never names is no place of it.
            if _word_before(state.body, place.start) in _LOCATIVES:
                # "Same problem in Tanna" in a story from Vanuatu: after "in", a place of the story's own
                # country, not Thane (which the gazetteer also calls "Tanna").
                state.places[index] = PlaceMention(
                    place.start, place.end, place.name, place.name, country, "city"
                )
            else:
                drop.add(index)
    if drop:
        state.places = [p for index, p in enumerate(state.places) if index not in drop]


# "Kharkiv, Sumy and Poltava oblasts": the kind, in the plural, after a list of regions named for cities.
_REGIONS_AFTER = re.compile(r" (oblast|krai)s\b")


def _name_listed_regions(state: _State) -> None:
    """ "hourly outage schedules in Kharkiv, Sumy and Poltava oblasts": each city of a list closed by
    the plural of a kind of region is the region named after it ("Sumy Oblast")."""
    body = state.body
    places = sorted((p for p in state.places if p.end > p.start), key=lambda p: p.start)
    renamed: dict[tuple[int, int], PlaceMention] = {}
    group: list[PlaceMention] = []
    for k, place in enumerate(places):
        if group and body[group[-1].end : place.start] in _LIST_JOINS:
            group.append(place)
        else:
            group = [place]
        closing = _REGIONS_AFTER.match(body, place.end)
        if closing is None or (k + 1 < len(places) and body[place.end : places[k + 1].start] in _LIST_JOINS):
            continue
        kind = closing.group(1).capitalize()
        for member in group:
            if member.kind == "city":
                region = f"{member.canonical} {kind}"
                renamed[member.start, member.end] = dataclasses.replace(
                    member, name=region, canonical=region, kind="region"
                )
    if renamed:
        state.places = [renamed.get((p.start, p.end), p) for p in state.places]


def _join_short_forms_of_local_places(state: _State, country: str) -> None:
    """ "the fear in Pinewood tonight" after "a shooting in Pinewood Gardens" in a story from The Bahamas:
    a small foreign town's name that opens the name of one place of the story's own country is that
    place, written short."""
    for index, place in enumerate(state.places):
        if place.country_code in (None, country) or not _weak_city(place):
            continue
        longer = {
            (q.canonical, q.kind)
            for q in state.places
            if q.country_code == country and q.name.startswith(f"{place.name} ")
        }
        if len(longer) == 1:
            canonical, kind = next(iter(longer))
            state.places[index] = dataclasses.replace(
                place, canonical=canonical, country_code=country, kind=kind
            )


# A listed town no bigger than this may be a namesake of the story's own country.
_LISTED_NAMESAKE_POPULATION = 500_000


def _rehome_listed_foreign_towns(state: _State, country: str) -> None:
    """ "customers from Hidd, Arad and Busaiteen" in a Bahraini story: towns of a list read as a foreign
    country's (Arad, Romania) that the story names nowhere else, in a list with one name the gazetteer
    lacks (a small local place), are the story's own country's."""
    abroad = {
        p.country_code
        for p in state.places
        if p.kind in ("city", "region") and p.country_code not in (None, country)
    }
    if not abroad or all(p.name in PLACE_CANDIDATES for p in state.places):
        return  # no foreign town, or no name the gazetteer lacks
    body = state.body
    # "in Havana, Okuryangava, Okahandja Park and other informal settlements" in a story that writes
    # "Namibia" and never "Cuba": a big city's name too is a local place's, listed with local names, when
    # the story names its own country and never the city's.
    unnamed = (
        {code for code in abroad if not _names_country(body, code)}
        if _names_country(body, country)
        else set()
    )
    if not unnamed and not any(
        p.country_code in abroad and CITY_POPULATION.get(p.name, 0) < _LISTED_NAMESAKE_POPULATION
        for p in state.places
    ):
        return  # no foreign town of middling size
    places = sorted((p for p in state.places if p.end > p.start), key=lambda p: p.start)
    groups: list[list[PlaceMention]] = []
    for place in places:
        if groups and body[groups[-1][-1].end : place.start] in _LIST_JOINS:
            groups[-1].append(place)
        else:
            groups.append([place])
    rehomed: dict[tuple[int, int], PlaceMention] = {}
    for group in groups:
        foreign = {p.country_code for p in group if p.country_code not in (None, country)}
        if len(group) < 2 or len(foreign) != 1:
            continue
        code = next(iter(foreign))
        members = {(p.start, p.end) for p in group}
        moved = [p for p in group if p.country_code == code]
        # (the same town named again alone is no other place of that country)
        again = {p.name for p in moved} if code in unnamed else set()
        if any(
            p.country_code == code and (p.start, p.end) not in members and p.name not in again
            for p in state.places
        ):
            continue  # the story names that country elsewhere
        # ("Arima, Santa Cruz and Paramin" in a Trinidadian story: a foreign province's name, too, is a
        # village's in a list of the story's own)
        if any(
            p.kind not in ("city", "region")
            or (CITY_POPULATION.get(p.name, 0) >= _LISTED_NAMESAKE_POPULATION and code not in unnamed)
            or (p.kind == "region" and not any(q.country_code == country for q in group))
            for p in moved
        ):
            continue
        if all(p.name in PLACE_CANDIDATES for p in group):
            continue  # ("Lyon, Bordeaux and Arad" in a French story: all known towns, Arad is Romania's)
        moved += [p for p in state.places if p.name in again and (p.start, p.end) not in members]
        for place in moved:
            local = PLACE_CANDIDATES.get(place.name, {}).get(country)
            rehomed[place.start, place.end] = dataclasses.replace(
                place, canonical=local.name if local else place.name, country_code=country
            )
    if rehomed:
        state.places = [rehomed.get((p.start, p.end), p) for p in state.places]


# A city this big is the one its name means, whatever country the story is set in ("Paris").
_SHARED_CITY_POPULATION = 1_000_000


def _rehome_shared_cities(state: _State) -> None:
    """ "Newcastle" beside Gateshead and Sunderland is Newcastle upon Tyne, not the Australian city the
    name means alone: a city no bigger than a million, whose country no other place in the story
    shares, is the city of that name in the country most of the story's other places (three at least,
    by name) are in, when that one is at least a quarter its size."""
    names = {(p.name, p.country_code) for p in state.places if p.country_code}
    names_in = Counter(code for _, code in names)
    ranked = names_in.most_common()
    if len(ranked) < 2 or ranked[0][1] < 3:
        return  # one country only, or too few places to say which the story sits in
    for index, place in enumerate(state.places):
        if (
            place.kind != "city"
            or place.country_code is None
            or CITY_POPULATION.get(place.name, _SHARED_CITY_POPULATION) >= _SHARED_CITY_POPULATION
            or PLACES.get(place.name) is None
        ):
            continue
        if names_in[place.country_code] > ((place.name, place.country_code) in names):
            continue  # "Newcastle" in a story that also names Sydney or Australia
        candidates = PLACE_CANDIDATES.get(place.name, {})
        named = [code for code, _ in ranked if code in candidates and code != place.country_code]
        if len(named) != 1 or named[0] != ranked[0][0] or ranked[1][1] == ranked[0][1]:
            continue  # "Concepcion" in a story naming Chile and Spain: either may be meant
        local = candidates[named[0]]
        # "Amsterdam" in an American story is still the Dutch capital, not the town in New York: the
        # local city must be a fair size beside the one the name means alone.
        size = CANDIDATE_POPULATION.get((place.name, named[0]), 0)
        if local.kind == "city" and size * 4 >= CITY_POPULATION[place.name]:
            state.places[index] = dataclasses.replace(place, canonical=local.name, country_code=named[0])


def _add_listed_place(state: _State, chunk: _Chunk, country: str) -> None:
    text = state.body[chunk.start : chunk.end]
    info = PLACE_CANDIDATES.get(text, {}).get(country)
    chunk.label = "place"
    state.places.append(
        PlaceMention(
            chunk.start, chunk.end, text, info.name if info else text, country, info.kind if info else "city"
        )
    )


# One capitalised word ending in "-ing" ("Responding", "Speaking"): a participle when it opens a sentence.
_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing")
# "Ballinrobe, Partry and parts of Kilmaine": part of a town is still a place of the list.
_LIST_JOINS = frozenset([", ", " and ", " or ", ", and ", ", or ", " and parts of ", ", and parts of "])
_LIST_OPENERS = (", ", " and ", " or ")


def _listed_country(
    state: _State,
    chunk: _Chunk,
    anchor_country: str,
    article_country: str | None,
    surnames: set[str],
    dwellers: bool = False,
    amid_places: bool = False,
    located: bool = False,
) -> str | None:
    """The country of this chunk if it is one more town in a list of places, else None. ``amid_places``:
    the list has two places already or goes on to one past it, so a given name there is a town too; in
    a list that a preposition of place governs (``located``), a name that is also a given name may be
    a town."""
    if (
        chunk.label not in ("unknown", "person-candidate")
        or len(chunk.tokens) > 3
        or chunk.end - chunk.start < 2
    ):
        return None  # (a letter alone, as a party's "(D, Kailua)", is no town)
    words = [t[2] for t in chunk.tokens]
    body = state.body
    text = body[chunk.start : chunk.end]
    if _VERB_AFTER.match(body, chunk.end) and not dwellers:
        # "Sydney and Telford said": a person's surname ("Residents of Carlsen Field and Preysal said":
        # the residents say it).
        return None
    if _NAME_OF_BEFORE.search(body, max(0, chunk.start - 40), chunk.start):
        return None  # "the Controller of Budget, Kilifi": the end of a longer name
    if words[0].rstrip(".") in HONORIFICS or words[0].rstrip(".") in TITLE_HEADS:
        return None  # "In Albay, Gov. Ma. Cristina Reyes": a title opens a person's name
    if _word_before(body, chunk.start) in ORG_HEADS:
        return None  # "Parliament House, Accra": the end of a building's or a body's name
    candidates = PLACE_CANDIDATES.get(text, {})
    if anchor_country in candidates:
        return anchor_country  # "from Victoria and Queensland": the state of that name
    if article_country in candidates and _word_before(body, chunk.start).lower() in _LOCATIVES:
        return article_country  # "offices in Austin and Dublin" in an American story
    if body.startswith(".", chunk.end) and len(text) <= 5:
        return None  # "near Hornepayne, Ont.": an abbreviated province, read elsewhere
    if (
        (
            _local_name_ok(words, settlement=located)
            # "Guadalupe, Tisa, Labangon and Pardo", "to Bentilee, Meir and Fenton": a given name amid
            # places (and no one's in the story) is one more of them.
            or (amid_places and len(words) == 1 and _local_name_ok(words, settlement=True))
            # "Dadar, Parel and Santacruz West": a listed district may end in a compass word.
            or (
                len(words) > 1
                and words[-1] in _COMPASS_ENDS
                and _local_name_ok(words[:-1], settlement=located)
            )
        )
        and all(_is_name_token(w) for w in (words[:-1] if words[-1] in _COMPASS_ENDS else words))
        and not any(w in surnames for w in words)
        and text not in AMBIGUOUS_PLACES
        and text not in _CELESTIAL
    ):
        return anchor_country
    return None


def _list_goes_on(body: str, listed: _Chunk, beyond: _Chunk, place_starts: set[int]) -> bool:
    """Does the list go on past ``listed`` to ``beyond``, a known place or another plain name ("Pelican,
    Gustavus and Tenakee Springs": a third name of the list, no one's)?"""
    return (beyond.start in place_starts or (beyond.label == "unknown" and len(beyond.tokens) <= 3)) and body[
        min(listed.end, beyond.end) : max(listed.start, beyond.start)
    ] in _LIST_JOINS


def _extend_place_lists(state: _State, chunks: list[_Chunk], article_country: str | None) -> dict[int, int]:
    """ "Motherwell, KwaNobuhle and Kariega", "in Mount Victoria or Blackheath": a name listed next to a
    town or region takes its country. Returns where each listed name starts, by the start of the known
    place its list was read from."""
    links: dict[int, int] = {}
    body = state.body
    anchors = [
        p
        for p in state.places
        if p.country_code
        and p.kind in ("city", "region")
        and (body.startswith(_LIST_OPENERS, p.end) or body.endswith(_LIST_OPENERS, 0, p.start))
    ]
    # "from Põlva" read, then "in Kiviõli, Põlva, Otepää and Kärdla": the same name again, read there as
    # another word (the short form of "Põlva Rural Municipality"), still anchors its list.
    named = {p.name: p for p in state.places if p.country_code and p.kind in ("city", "region") and p.end}
    read = {(p.start, p.end) for p in state.places}
    for chunk in chunks:
        if (chunk.start, chunk.end) in read or body[chunk.start : chunk.end] not in named:
            continue
        if body.startswith(_LIST_OPENERS, chunk.end) and body.endswith(_LIST_OPENERS, 0, chunk.start):
            anchors.append(
                dataclasses.replace(named[body[chunk.start : chunk.end]], start=chunk.start, end=chunk.end)
            )
    if not anchors:
        return links  # no known town or region stands in a list
    surnames = {w for p in state.people for w in p.name.split()[1:]}
    given = {p.name.split()[0] for p in state.people}
    place_starts = {p.start for p in state.places}
    starts = [c.start for c in chunks]
    for anchor in anchors:
        index = bisect.bisect_right(starts, anchor.start) - 1
        if index < 0:
            continue
        # Forward from a place that ends its chunk, then back from one that starts it.
        dwellers = _DWELLERS_BEFORE.search(body, max(0, anchor.start - 20), anchor.start) is not None
        # "headquartered in Nashville, Tennessee, Corvanta partners …": a state after its city closes the
        # city's name; what follows the comma is no third place of a list.
        closes_city = anchor.kind == "region" and any(
            p.kind == "city" and p.country_code == anchor.country_code and body[p.end : anchor.start] == ", "
            for p in state.places
        )
        # "meals for people in Mitchells Plain, Gugulethu and Mfuleni", "residents of Ness Harim, Eshtaol,
        # Bar Giora and Tzur Hadassah": a list after a preposition of place, or after those who live
        # there, is a list of places even where a name is also a given name.
        head = index
        # (a list is read back a dozen names at most: a megabyte of commas must not cost each anchor a walk)
        while head > max(0, index - 12) and body[chunks[head - 1].end : chunks[head].start] in _LIST_JOINS:
            head -= 1
        opening = chunks[head].start
        located = (
            _word_before(body, opening).lower() in _LOCATIVES
            or _DWELLERS_BEFORE.search(body, max(0, opening - 20), opening) is not None
        )
        for step, edge in (
            (1, chunks[index].end == anchor.end and not closes_city),
            (-1, chunks[index].start == anchor.start),
        ):
            code, at = anchor.country_code or "", index
            while edge and 0 <= at + step < len(chunks):
                first, second = (chunks[at], chunks[at + 1]) if step == 1 else (chunks[at - 1], chunks[at])
                if body[first.end : second.start] not in _LIST_JOINS:
                    break
                listed = chunks[at + step]
                if _OPENING_PARTICIPLE.fullmatch(body, listed.start, listed.end) and (
                    listed.start in state.sentence_starts
                    and body[listed.start : listed.end] not in PLACE_CANDIDATES
                ):
                    break  # "Responding, Fox Hill MP Jane Roe said": a sentence's opening participle
                beyond = at + 2 * step
                amid = listed.tokens[0][2] not in given and (
                    at != index
                    or (
                        0 <= beyond < len(chunks)
                        and _list_goes_on(body, listed, chunks[beyond], place_starts)
                    )
                )
                found = _listed_country(
                    state,
                    listed,
                    code,
                    article_country,
                    surnames,
                    dwellers and step == 1,
                    amid_places=amid,
                    located=located,
                )
                if not found:
                    break
                _add_listed_place(state, listed, found)
                if body[listed.start : listed.end] not in PLACE_CANDIDATES:
                    links[listed.start] = anchor.start  # (a name the gazetteer lacks: the anchor's country)
                code, at = found, at + step
    return links


# "the Labour MP for Hove": a title that ends in the constituency's town.
_CONSTITUENCY = re.compile(rf"\b(?:MPs?|MSPs?|Member of Parliament) for ({U}\w+(?: {U}\w+)?)$")


_SEAT_AREA = re.compile(rf"\b(?:MPs?|MSPs?|Member of Parliament) for ({U}.*)$")
_SEAT_COUNTRIES = ("GB", "CA", "AU", "NZ", "IE", "IN")


def _find_constituencies(state: _State, chunks: list[_Chunk]) -> None:
    """A known town named as an MP's seat is a place, in the country that has an MP for it."""
    body = state.body
    for chunk in chunks:
        if chunk.label not in ("title", "unknown") or " for " not in body[chunk.start : chunk.end]:
            continue
        seat = _CONSTITUENCY.search(body, chunk.start, chunk.end) if chunk.label == "title" else None
        if seat is None:
            # "the MSP for Argyll and Bute": a seat named for a region the gazetteer holds.
            area = _SEAT_AREA.search(body, chunk.start, chunk.end)
            known = PLACES.get(area.group(1)) if area else None
            if area and known and known.kind == "region" and known.country_code in _SEAT_COUNTRIES:
                state.places.append(
                    PlaceMention(
                        area.start(1), area.end(1), area.group(1), known.name, known.country_code, "region"
                    )
                )
            continue
        name = seat.group(1)
        candidates = PLACE_CANDIDATES.get(name, {})
        code = next((c for c in _SEAT_COUNTRIES if c in candidates), None)
        if code is not None:
            state.places.append(PlaceMention(seat.start(1), seat.end(1), name, name, code, "city"))


_COUNTY_BEFORE = frozenset(["in", "from", "of", "near", "outside", "across", "throughout"])
_COUNTY_DETERMINERS = frozenset(["the", "a", "an"])
_LOWER_WORD_AFTER = re.compile(r" (?!of\b|and\b|or\b)[a-z]")


def _find_counties(state: _State, chunks: list[_Chunk]) -> None:
    """ "a Democrat from Bucks County", "voters in Allen County": a county named before its head word is
    a region of the story's country (American unless the story says otherwise)."""
    body = state.body
    country: str | None = None
    found: set[str] = set()
    for chunk in chunks:
        tokens = chunk.tokens
        article = len(tokens) == 3 and tokens[0][2] in _ARTICLES and tokens[0][0] in state.sentence_starts
        if article:
            # "A Cook County judge threw out …": the sentence's article, then the county.
            tokens = tokens[1:]
        if (
            not 2 <= len(tokens) <= 3
            or tokens[-1][2] != "County"
            or chunk.label not in ("unknown", "org", "person-candidate", "person")
            or not all(t[2][:1].isupper() and t[2][1:].islower() for t in tokens[:-1])
        ):
            continue
        before = chunk.tokens[0][2] if article else _word_before(body, chunk.start)
        if before in _ARTICLES:
            before = before.lower()  # (the sentence's own article, read apart from the name or not)
        if country is None:
            # (not from the name before "County" itself: "Bolivar County" in Mississippi is no place of
            # Venezuela's Bolívar state)
            inside = [(c.start, c.end) for c in chunks if c.tokens and c.tokens[-1][2] == "County"]
            ranked = Counter(
                p.country_code
                for p in state.places
                if p.country_code and not any(s <= p.start and p.end <= e for s, e in inside)
            ).most_common(2)
            tied = len(ranked) == 2 and ranked[0][1] == ranked[1][1]
            country = ranked[0][0] if ranked and not tied else "US"
        if (
            before not in _COUNTY_BEFORE
            and not (
                # "held in the Wake County jail", "a Polk County deputy", "a former Bolivar County clerk":
                # the county before a common noun, though not a club's ("the Derby County striker") in a
                # match report.
                (before in _COUNTY_DETERMINERS or (before.isalpha() and before.islower()))
                and _LOWER_WORD_AFTER.match(body, chunk.end)
                and not _is_sports(state)
            )
            # "programs for Kisumu County": a county of the story's country that the gazetteer holds.
            and not (
                _county_of(body[chunk.start : tokens[-1][0]].rstrip(), country) and not _is_sports(state)
            )
        ):
            continue
        start, end = tokens[0][0], chunk.end
        state.orgs = [o for o in state.orgs if not (o.start == chunk.start and o.end == end)]
        state.places = [p for p in state.places if not (start <= p.start and p.end <= end)]
        if chunk.label == "person":
            # "communities in Gaines County": a surname before "County" names no one.
            state.people = [p for p in state.people if not (start <= p.start and p.end <= end)]
        chunk.label = "place"
        text = body[start:end]
        state.places.append(PlaceMention(start, end, text, text, country, "region"))
        found.add(text)
    if found:
        # "Bolivar County District Attorney …" once the story has named Bolivar County: the name before
        # "County" is that county's elsewhere too, not the foreign region it would mean alone.
        state.places = [
            p
            for p in state.places
            if not (body.startswith(" County", p.end) and f"{body[p.start : p.end]} County" in found)
        ]


# "three neighboring counties — Lyon, O'Brien and Plymouth", "Lyon, O'Brien and Sioux counties": counties
# named by their names alone, in a list the plural "counties" opens or closes.
_COUNTY_NAME = rf"{U}[\w’'.-]*(?: {U}[\w’'.-]*)?"
_COUNTY_LIST = rf"{_COUNTY_NAME}(?:, {_COUNTY_NAME})*,? and {_COUNTY_NAME}"
_COUNTIES_THEN_LIST = re.compile(rf"\bcounties(?: (?:—|–|-|of)|:|,) ({_COUNTY_LIST})(?![\w’'-])")
_LIST_THEN_COUNTIES = re.compile(rf"(?<![\w’'-])({_COUNTY_LIST}) counties\b")
_COUNTY_LIST_ITEM = re.compile(_COUNTY_NAME)


def _find_listed_counties(state: _State) -> None:
    """Counties listed by name with "counties" before or after the list are regions of the country the
    story's own "X County" places lie in (read only when the story names one)."""
    body = state.body
    counties = [p for p in state.places if p.name.endswith(" County") and p.country_code]
    if not counties or " counties" not in body:
        return
    country = counties[0].country_code
    for pattern in (_COUNTIES_THEN_LIST, _LIST_THEN_COUNTIES):
        for listed in pattern.finditer(body):
            items = list(_COUNTY_LIST_ITEM.finditer(body, listed.start(1), listed.end(1)))
            if any(
                item.group() in NOT_NAMES
                # ("Pierce, King, Kitsap and Thurston counties": a given name in a list "counties" closes
                # is a county's)
                or (item.group() in FIRST_NAMES and pattern is _COUNTIES_THEN_LIST)
                or item.group().endswith(".")
                for item in items
            ):
                continue  # ("counties, Mr Smith said"): a word that names no county
            for item in items:
                start, end = item.span()
                if any(p.start == start and p.end == end and p.country_code == country for p in state.places):
                    continue
                state.places = [p for p in state.places if not (p.start < end and start < p.end)]
                state.orgs = [o for o in state.orgs if not (o.start < end and start < o.end)]
                state.people = [q for q in state.people if not (q.start < end and start < q.end)]
                name = item.group()
                state.places.append(PlaceMention(start, end, name, name, country, "region"))


# "between Ballyvourney and Macroom in Co Cork", "Co. Tyrone": Ireland's counties after the short form of
# "County" (not after "&": "Smith & Co Dublin" is a firm).
_IRISH_COUNTY_SHORT = re.compile(rf"(?<!& )(?<![\w’'-])Co\.? ({U}[a-z]+)(?![\w’'-])")
# Northern Ireland's six counties, which the gazetteer holds as no region of their own.
_NORTHERN_IRISH_COUNTIES = frozenset(
    ["Antrim", "Armagh", "Down", "Fermanagh", "Londonderry", "Derry", "Tyrone"]
)


def _find_irish_short_counties(state: _State) -> None:
    """ "in Co Cork": the county named after "Co" is a place (of Ireland, or of the UK in the North), and
    "Co Cork" no firm."""
    body = state.body
    for short in _IRISH_COUNTY_SHORT.finditer(body):
        name = short.group(1)
        if name in _NORTHERN_IRISH_COUNTIES:
            country, canonical = "GB", name
        else:
            county = PLACE_CANDIDATES.get(name, {}).get("IE")
            if county is None or not (county.kind == "region" or name in PLACES):
                continue
            country, canonical = "IE", county.name
        whole_start, start, end = short.start(), short.start(1), short.end(1)
        state.orgs = [o for o in state.orgs if not (o.start <= whole_start and end <= o.end)]
        state.people = [q for q in state.people if not (q.start < end and start < q.end)]
        state.places = [p for p in state.places if not (p.start < end and whole_start < p.end)]
        state.places.append(PlaceMention(start, end, name, canonical, country, "region"))


# "between Ballyvourney and Macroom in Co Cork": two names a stretch runs between, placed in a region.
_BETWEEN_IN_REGION = re.compile(
    rf"\bbetween ({U}[\w’'-]+(?: {U}[\w’'-]+)?) and ({U}[\w’'-]+(?: {U}[\w’'-]+)?) in (?:the )?(?:Co\.? |County )?"
)


def _find_towns_between_in_region(state: _State) -> None:
    """Both ends of "between A and B in R", where R is a region or country the story names as a place,
    are towns of R's country (unless a word of them names a person, a body or a month)."""
    body = state.body
    for between in _BETWEEN_IN_REGION.finditer(body):
        region = next((p for p in state.places if p.start == between.end()), None)
        if region is None or region.country_code is None or region.kind not in ("region", "country"):
            continue
        ends = [between.span(1), between.span(2)]
        if not all(_local_name_ok(body[s:e].split(), settlement=False) for s, e in ends):
            continue
        for start, end in ends:
            if any(p.start <= start and end <= p.end for p in state.places):
                continue
            if any(o.start <= start and end <= o.end for o in state.orgs) or any(
                q.start <= start and end <= q.end for q in state.people
            ):
                continue
            text = body[start:end]
            state.places.append(PlaceMention(start, end, text, text, region.country_code, "city"))


# "based in Orange City": a name closed by "City" after a word that says "where" is a town, no person.
_CITY_TOWN_NAME = re.compile(rf"{U}[a-z]+(?:-{U}[a-z]+)? City")
_WHERE_WORDS = frozenset(["in", "near", "outside", "from", "to", "at"])


def _find_city_named_towns(state: _State) -> None:
    """A person's name read from "X City" after "in", "near", "from" … is a town of the story's country
    (or of the one country the gazetteer holds it in)."""
    body = state.body
    if " City" not in body:
        return
    towns: list[tuple[int, int, PersonMention | None]] = [
        (q.start, q.end, q)
        for q in state.people
        if _CITY_TOWN_NAME.fullmatch(body, q.start, q.end) and _word_before(body, q.start) in _WHERE_WORDS
    ]
    # Names no stage read at all (a person's name never ends in "City"), where no mention covers them.
    claimed = [(m.start, m.end) for m in state.people]
    claimed += [(m.start, m.end) for m in state.orgs]
    claimed += [(m.start, m.end) for m in state.places]
    for match in _CITY_TOWN_NAME.finditer(body):
        start, end = match.span()
        if (
            (start == 0 or not (body[start - 1].isalnum() or body[start - 1] == "-"))
            and (end == len(body) or not body[end].isalnum())
            and _word_before(body, start) in _WHERE_WORDS
            and not any(s < end and start < e for s, e in claimed)
        ):
            towns.append((start, end, None))
    if not towns:
        return
    country = _story_country(state)
    for start, end, person in towns:
        text = body[start:end]
        known = PLACE_CANDIDATES.get(text, {})
        code = next(iter(known)) if len(known) == 1 else country
        if code is None:
            continue
        if person is not None:
            state.people.remove(person)
        canonical = known[code].name if code in known else text
        state.places.append(PlaceMention(start, end, text, canonical, code, "city"))


def _county_of(name: str, country: str) -> bool:
    """Whether the gazetteer holds a county or county town of this name in the story's country."""
    info = PLACE_CANDIDATES.get(name, {}).get(country)
    return info is not None and (info.kind == "region" or name in PLACES or name in TOWNS)


def _named_town_country(state: _State, text: str, country: str) -> str:
    """ "near the town of Valuyki" in a Ukrainian story that also names Russia: the gazetteer's town of
    that name in another country the story names, when the story's own country has none."""
    candidates = PLACE_CANDIDATES.get(text)
    if not candidates or country in candidates:
        return country
    named = {p.country_code for p in state.places if p.country_code}
    found = [code for code in candidates if code in named]
    return found[0] if len(found) == 1 else country


# "the Cienfuegos sector of …", "the Gurabo neighbourhood of …": a part of the town named after it.
_DISTRICT_OF_AFTER = re.compile(r" (?:sector|neighbou?rhood|district|suburb|barrio|quarter|ward) of ")


def _rehome_districts_of_local_towns(state: _State, country: str) -> None:
    """ "the Cienfuegos sector of Santiago de los Caballeros" in a Dominican story: a foreign city's name
    (of a country the story names nowhere else) before "sector of" and a town of the story's own country
    names a part of that town, of the story's country, wherever the story names it."""
    body = state.body
    starts = {p.start: p for p in state.places}
    moved: set[tuple[str, str | None]] = set()
    for place in state.places:
        if place.kind != "city" or place.country_code in (None, country):
            continue
        part = _DISTRICT_OF_AFTER.match(body, place.end)
        town = starts.get(part.end()) if part else None
        if town is None or town.country_code != country:
            continue
        if any(p.country_code == place.country_code and p.canonical != place.canonical for p in state.places):
            continue  # ("the Cienfuegos sector of …" in a story that names Havana too)
        moved.add((place.canonical, place.country_code))
    if moved:
        state.places = [
            dataclasses.replace(p, canonical=p.name, country_code=country)
            if (p.canonical, p.country_code) in moved
            else p
            for p in state.places
        ]


# "the Tibet Autonomous Region of China": a unit named with its kind, then its country after "of".
_UNIT_NAME_ENDS = (
    " Region",
    " Province",
    " Prefecture",
    " State",
    " District",
    " County",
    " Governorate",
    " Oblast",
)
_OF_COUNTRY_AFTER = re.compile(rf" of ((?:the )?{U}[a-z]+(?: {U}[a-z]+)?)(?![\w’'-])")


def _units_of_named_countries(state: _State) -> None:
    """ "another 47 in the Tibet Autonomous Region of China" in a Nepali story: a region named with its
    kind is of the country written after it, not of the story's own."""
    body = state.body
    for index, place in enumerate(state.places):
        if place.kind == "country" or not place.name.endswith(_UNIT_NAME_ENDS):
            continue
        owner = _OF_COUNTRY_AFTER.match(body, place.end)
        country = PLACES.get(owner.group(1).removeprefix("the ")) if owner else None
        if country is not None and country.kind == "country" and country.country_code != place.country_code:
            state.places[index] = dataclasses.replace(place, country_code=country.country_code)


def _short_forms_of_named_places(state: _State) -> None:
    """ "Santiago" in a story that names Santiago de los Caballeros: a town's short form that the gazetteer
    holds for a place the story names in full is that place's, not the bigger namesake's (Chile's)."""
    named = {
        p.canonical: p.country_code
        for p in state.places
        if p.country_code and (p.canonical != p.name or " " in p.name)
    }
    if not named:
        return
    # "In San Pedro they have …" in a story that names San Pedro Garza García: the town's opening words.
    long_towns = {p.name: p for p in state.places if p.kind == "city" and p.name.count(" ") >= 2}
    for index, place in enumerate(state.places):
        if long_towns and " " in place.name:
            whole = next(
                (t for name, t in long_towns.items() if name.startswith(f"{place.name} ") and t is not place),
                None,
            )
            if whole is not None:
                state.places[index] = dataclasses.replace(
                    place, canonical=whole.canonical, country_code=whole.country_code, kind=whole.kind
                )
                continue
        for code, info in PLACE_CANDIDATES.get(place.name, {}).items():
            if code != place.country_code and info.name != place.canonical and named.get(info.name) == code:
                state.places[index] = dataclasses.replace(place, canonical=place.name, country_code=code)
                break


def _local_country(state: _State, document: Document, chunks: list[_Chunk]) -> str | None:
    """The country of the article's places; its dateline's place counts twice, and a place the story
    sets in its country ("Genting Highlands in Malaysia") not at all: writers say so of places abroad.
    So "SINGAPORE –" over a trip to Genting Highlands in Malaysia is a story from Singapore."""
    dated = None
    if document.dateline is not None:
        dated = next((p.country_code for p in state.places if p.start == document.dateline.start), None)
    if dated is None:
        found = (
            _bodies_country(state)
            or _article_country(state)
            or _first_of_tied_countries(state)
            or _country_bodies_are_named_after(state)
            or _strong_places_country(state)
        )
        return _small_places_country(state, chunks, found)
    counts = Counter(
        p.country_code for p in state.places if p.country_code and not _set_in_country(state.body, p)
    )
    counts[dated] += 1
    if all(counts[dated] > n for code, n in counts.items() if code != dated):
        return dated
    return _article_country(state)


# A story names at least this many of its own districts and small towns the gazetteer holds in one
# country only, before they outweigh the big places it names abroad.
_MIN_SMALL_PLACES = 3


def _small_places_country(state: _State, chunks: list[_Chunk], found: str | None) -> str | None:
    """ "Kurigram's Chilmari … upazilas" and "Kurigram and Gaibandha" in a story that also names
    "India's Assam and Meghalaya": with no dateline, the story's own districts and small towns, names the
    gazetteer holds in one country only and read as nothing yet, say where it is set when they and
    that country's read places outnumber the places read in the country the count gave."""
    body = state.body
    read = {(p.start, p.end) for p in state.places}
    small: set[tuple[str, str]] = set()
    for chunk in chunks:
        if chunk.label not in ("unknown", "person-candidate", "org") or (chunk.start, chunk.end) in read:
            continue
        text = body[chunk.start : chunk.end]
        candidates = PLACE_CANDIDATES.get(text)
        if candidates is not None and len(candidates) == 1 and text not in PLACES:
            small.add((text, next(iter(candidates))))
    if len(small) < _MIN_SMALL_PLACES:
        return found
    (leader, votes), *_ = Counter(code for _, code in small).most_common(1)
    if leader == found or votes < _MIN_SMALL_PLACES:
        return found
    counts = Counter(p.country_code for p in state.places if p.country_code)
    return leader if found is None or votes + counts[leader] > counts[found] else found


def _bodies_country(state: _State) -> str | None:
    """ "the Costa Rican Tourism Board" and "the Costa Rican Institute of Aqueducts" over a march in
    Santa Cruz: a story whose bodies are named by one nationality, twice at least, and whose places name
    no country by two names or more, is set in that nationality's country."""
    named = {(p.name, p.country_code) for p in state.places if p.country_code}
    by_country = Counter(code for _, code in named)
    if by_country and by_country.most_common(1)[0][1] >= 2:
        return None  # the places say where the story is
    bodies: Counter[str] = Counter()
    for org in {o.name for o in state.orgs}:
        words = org.split()
        # (the nationality must open a longer name: "Costa Rican" alone is no body)
        code = _demonym_at(words, 0) if len(words) > 2 or words[0] in _DEMONYM_COUNTRIES else None
        if code is not None and not any(w in _INTERNATIONAL_WORDS for w in words):
            bodies[code] += 1
    ranked = bodies.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _country_bodies_are_named_after(state: _State) -> str | None:
    """ "the One Bermuda Alliance" and "the Regulatory Authority of Bermuda" in a story that names
    Bermuda, Somerset and New York once each: two of the story's bodies named after one country the story
    names as a place, and no other, say it is set there."""
    countries = {p.country_code: p.canonical for p in state.places if p.kind == "country" and p.country_code}
    if not countries:
        return None
    bodies: Counter[str] = Counter()
    for org in {o.name for o in state.orgs}:
        words = org.split()
        named = {
            code
            for size in (1, 2, 3)
            for k in range(len(words) - size + 1)
            if (info := PLACES.get(" ".join(words[k : k + size]))) is not None
            and info.kind == "country"
            and (code := info.country_code) is not None
        }
        if len(named) == 1 and not any(w in _INTERNATIONAL_WORDS for w in words):
            bodies[next(iter(named))] += 1
    ranked = [(code, n) for code, n in bodies.most_common(2) if code in countries]
    if not ranked or ranked[0][1] < 2 or len(bodies) > 1:
        return None
    return ranked[0][0]


def _strong_places_country(state: _State) -> str | None:
    """ "Sydney Road in Brunswick" beside Melbourne: where the story's places tie, the country its big
    places lead, not the one a small town's namesake abroad would add (the town follows it later)."""
    ranked = Counter(
        p.country_code for p in state.places if p.country_code and not _weak_city(p)
    ).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _first_of_tied_countries(state: _State) -> str | None:
    """Two countries named equally often, each at least three times (an Italian firm and its American
    arm): the story is set in the one it names first, in its headline or opening lines."""
    ranked = Counter(p.country_code for p in state.places if p.country_code).most_common()
    if len(ranked) < 2 or ranked[0][1] < 3:
        return None
    tied = {code for code, count in ranked if count == ranked[0][1]}
    # "Havana" (a Windhoek settlement) as often as "Windhoek" in a story that writes "Namibia" and never
    # "Cuba": the country the story names (or names its people after) wins the tie.
    named = {code for code in tied if _names_country(state.body, code)}
    if named and len(named) < len(tied):
        tied = named
    return min((p for p in state.places if p.country_code in tied), key=lambda p: p.start).country_code


# Each country's names in the gazetteer ("Namibia"; "Britain", "United Kingdom"), by country code.
_COUNTRY_NAMES_OF: dict[str, list[str]] = {}
for _name, _info in PLACES.items():
    if _info.kind == "country" and _info.country_code and len(_name) > 3:
        _COUNTRY_NAMES_OF.setdefault(_info.country_code, []).append(_name)


def _names_country(body: str, code: str) -> bool:
    """Does the text write one of the country's names, alone or opening a word ("Namibian")?"""
    return any(re.search(rf"(?<![\w’'-]){re.escape(name)}", body) for name in _COUNTRY_NAMES_OF.get(code, ()))


# Unit words written before a place's name ("Barangay Tabuc Suba").
# "Kampong Wasan": the Malay "village" before its name (a known place such as "Kampong Cham" is read whole).
_UNIT_BEFORE_NAME = frozenset(["Barangay", "Brgy.", "Kampong", "Kampung"])
# "the former Aso faction", "the Kishida camp": a leader's name before his followers, not a town's.
_FOLLOWERS_AFTER = re.compile(r" (?:faction|camp|wing|loyalists|supporters|allies|clan|dynasty|cabinet)\b")
# Languages named by what kind they are, which no standard list names alone ("in Pidgin").
_CONTACT_LANGUAGES = frozenset(["Pidgin", "Creole", "Kreol", "Kriol", "Patois", "Krio"])
# "he said in Hiligaynon", "wrote in Tagalog": a language after a verb of speech.
_SPOKE_IN_BEFORE = re.compile(
    r"\b(?:said|says|spoke|speaks|speaking|wrote|writes|written|added|shouted|chanted|sang|replied) in $"
)
# ... when a translation or the words themselves follow ("speaking in Kangundo on Wednesday" is where).
_TRANSLATED_AFTER = re.compile(r"[.,:;]?[ \n]*[(“\"‘]")
# "Mua Ward MCA Jane Roe", "the Kilimani Ward representative": a ward, named for its area.
_WARD_SEAT = re.compile(
    rf"(?<![\w’'-])(?!(?:Nominated|Former|Deputy|Majority|Minority|The|An?) )"
    rf"({U}[a-z][\w’'-]*(?: (?!Ward ){U}[a-z][\w’'-]*)?(?: [A-Z](?= ))?)"
    # "Kolwa East MCA Jane Roe", "Nyalenda A MCA": a Kenyan county assembly member's title follows the
    # ward's name with or without "Ward" (a ward may end in a letter).
    r"(?: Ward (?=MCAs?\b|[Rr]epresentative|[Cc]ouncill?ors?\b)| (?=MCAs?\b))"
)
# "Jane Roe, who represents Mua Ward, said": the ward a member represents, named for its area.
_WARD_REPRESENTED = re.compile(
    rf"\b(?:represents|representing) ({U}[a-z][\w’'-]*(?: {U}[a-z][\w’'-]*)?) Ward\b"
)
# The words for a part of a city, and a district's name of one or two words.
_CITY_PART = r"(?:neighbou?rhood|district|suburb|borough|quarter)"
_DISTRICT_NAME = rf"({U}[a-z][\w’'-]*(?: {U}[a-z][\w’'-]*)?)"
# "in the Culiacán neighborhood of Tierra Blanca": a district of the city named before it, after "of".
_CITY_DISTRICT_OF = re.compile(rf" {_CITY_PART} of {_DISTRICT_NAME}\b")
# "a bar in Cleveland's Edgewater neighborhood": a district of the city named before it.
_CITYS_DISTRICT = re.compile(rf"[’']s {_DISTRICT_NAME} {_CITY_PART}\b")


# "Senator Jane Roe (APC, Kebbi North)": a party's acronym, then the seat, named for its area and a side.
_BRACKETED_SEAT = re.compile(
    rf"\([A-Z]{{2,5}}, ({U}[a-z][\w’'-]*(?: {U}[a-z][\w’'-]*)? (?:North|South|East|West|Central))\)"
)


# "Al Wakrah", "El Fasher", "Umm Salal": the Arabic article or "mother of", then one word, names a town
# as often as it opens a person's name.
_ARTICLE_TOWN_OPENERS = frozenset(["Al", "El", "Umm"])
_ARTICLE_TOWN_BEFORE = frozenset(["in", "from", "near"])


def _article_town(state: _State, chunk: _Chunk) -> bool:
    """Is the chunk "Al X", "El X" or "Umm X", read as a person or as nothing yet, with one plain word
    after the opener?"""
    tokens = chunk.tokens
    return (
        chunk.label in ("person", "person-candidate", "unknown")
        and len(tokens) == 2
        and tokens[0][2] in _ARTICLE_TOWN_OPENERS
        and tokens[1][2] not in FIRST_NAMES
        and _local_name_ok([tokens[1][2]], settlement=True)
        and not state.body.startswith(("’s", "'s"), chunk.end)
    )


def _find_article_towns(
    state: _State, chunks: list[_Chunk], country: str, taken: set[tuple[int, int]]
) -> set[str]:
    """ "farms in Al Khor, Al Shamal and Al Sheehaniya", "a farm in Umm Salal": after "in", "from" or
    "near", a name of the Arabic article (or "Umm") and one word, read as a person, is a town, and so
    is each such name listed after it; in the story's country unless the gazetteer holds it only
    elsewhere."""
    body = state.body
    found: set[str] = set()
    towns: list[_Chunk] = []
    for index, chunk in enumerate(chunks):
        if not _article_town(state, chunk) or _word_before(body, chunk.start) not in _ARTICLE_TOWN_BEFORE:
            continue
        towns.append(chunk)
        at = index + 1
        while at < len(chunks) and body[towns[-1].end : chunks[at].start] in _LIST_JOINS:
            if not _article_town(state, chunks[at]):
                break
            towns.append(chunks[at])
            at += 1
    for chunk in towns:
        start, end = chunk.start, chunk.end
        if (start, end) in taken:
            continue
        text = body[start:end]
        candidates = PLACE_CANDIDATES.get(text, {})
        code = country if country in candidates or len(candidates) != 1 else next(iter(candidates))
        known = candidates.get(code)
        taken.add((start, end))
        found.add(text)
        chunk.label = "place"
        state.places.append(PlaceMention(start, end, text, known.name if known else text, code, "city"))
    if found:
        state.people = [p for p in state.people if p.name not in found]
    return found


def _find_bracketed_seats(state: _State, country: str, taken: set[tuple[int, int]]) -> None:
    """ "(PDP, Anambra South)": the seat after a member's party in brackets, of the story's country."""
    for match in _BRACKETED_SEAT.finditer(state.body):
        start, end = match.span(1)
        if (start, end) in taken or not _local_name_ok(match.group(1).split()[:-1], settlement=False):
            continue
        taken.add((start, end))
        state.places.append(PlaceMention(start, end, match.group(1), match.group(1), country, "city"))
        # (no organisation is named by it: "Kebbi North" reads like a firm's name when no cue says place)
        state.orgs = [o for o in state.orgs if (o.start, o.end) != (start, end)]
    if "(D, " in state.body or "(R, " in state.body:
        _find_bracketed_district_towns(state, country, taken)


# An obituary's list of the family left behind ("leaves", "is survived by"): "she leaves a son, Declan of
# Quincy; a daughter, …".
_SURVIVORS_TOWN = re.compile(
    r"\b(?:son|daughter|sister|brother|stepson|stepdaughter|grandson|granddaughter|husband|wife|partner)s?, "
    rf"{U}[\w’'.-]*(?: {U}[\w’'.-]*){{0,3}} of ({U}[a-z]+(?: {U}[a-z]+)?)(?=[,;.])"
)


def _find_survivors_towns(state: _State, country: str, taken: set[tuple[int, int]]) -> None:
    """ "She leaves a son, Declan of Quincy;": in an obituary's list of the family left behind, the town
    after a relative's name and "of" is where they live, a town the gazetteer holds in the story's country
    (though it is also a given name)."""
    for match in _SURVIVORS_TOWN.finditer(state.body):
        start, end = match.span(1)
        town = PLACE_CANDIDATES.get(match.group(1), {}).get(country)
        if town is None or (start, end) in taken or any(p.start == start for p in state.places):
            continue
        taken.add((start, end))
        state.people = [q for q in state.people if not (q.start < end and start < q.end)]
        state.places.append(PlaceMention(start, end, match.group(1), town.name, country, town.kind))


# "a Hamilton Parish resident", "Savannah resident Jane Roe", "Ladywood residents": where people live,
# named before the word.
_RESIDENTS_TOWN = re.compile(rf"(?<![\w’'.-])({U}[a-z]+(?: {U}[a-z]+){{0,2}}) residents?\b(?! (?:of|in)\b)")


def _find_residents_towns(state: _State, country: str, taken: set[tuple[int, int]]) -> None:
    """ "Jane Roe, a Hamilton Parish resident, said": the name before "resident" is where people live, a
    town or district of the story's country, unless it names a person, a body or a known place."""
    body = state.body
    for match in _RESIDENTS_TOWN.finditer(body):
        start, end = match.span(1)
        words = match.group(1).split()
        before = _word_before(body, start)
        # ("a Hamilton Parish resident": no person is named after "a"; one read so there is the place)
        named = {
            w
            for q in state.people
            if before not in ("a", "an") or (q.start, q.end) != (start, end)
            for w in q.name.split()
        }
        if (
            (start, end) in taken
            or any(p.start < end and start < p.end for p in state.places)
            or any(o.start < end and start < o.end for o in state.orgs)
            or any(w in named for w in words)
            or not (
                before in ("a", "an", "A", "An")
                # "Savannah resident Jane Roe" opens a sentence: a town the gazetteer holds ("Another
                # resident" is none).
                or (
                    (before.endswith((".", "!", "?", "\n")) or not before)
                    and match.group(1) in PLACE_CANDIDATES
                )
            )
            or match.group(1) in PLACES
            or not _local_name_ok(words, settlement=True)
        ):
            continue
        taken.add((start, end))
        state.people = [q for q in state.people if (q.start, q.end) != (start, end)]
        state.places.append(PlaceMention(start, end, match.group(1), match.group(1), country, "city"))


# "two boys, both from Walton,", "a widow in her eighties from Moira,": people said by their number or
# their age to come from a town.
_PEOPLE_FROM_TOWN = re.compile(rf" from ({U}[a-z]+(?: {U}[a-z]+)?)(?=[,;.])")
_PEOPLE_FROM_WORDS = frozenset(
    [
        *("both", "all", "each", "teens", "twenties", "thirties", "forties", "fifties", "sixties"),
        *("seventies", "eighties", "nineties"),
    ]
)


def _find_peoples_home_towns(state: _State, country: str, taken: set[tuple[int, int]]) -> None:
    """ "Two boys, aged 16 and 17 and both from Walton, were arrested": the town people come from, after
    their number or their age, is a town of the story's country (though it is also a given name), unless a
    person of the story bears the name."""
    names = {word for q in state.people for word in q.name.split()}
    for match in _PEOPLE_FROM_TOWN.finditer(state.body):
        start, end = match.span(1)
        words = match.group(1).split()
        if (
            _word_before(state.body, match.start() + 1) not in _PEOPLE_FROM_WORDS
            or (start, end) in taken
            or any(p.start < end and start < p.end for p in state.places)
            or any(w in names for w in words)
            or match.group(1) in KNOWN_ORGS
            or not _local_name_ok(words, settlement=True)
        ):
            continue
        taken.add((start, end))
        state.orgs = [o for o in state.orgs if not (o.start < end and start < o.end)]
        state.places.append(PlaceMention(start, end, match.group(1), match.group(1), country, "city"))


# "Coun. Jane Roe (St. Boniface)", "Cllr Jane Roe (Lab, Splott)": a councillor's ward in brackets after
# the name, after the party's short form if one stands there.
_COUNCILLORS_WARD = re.compile(
    rf"\b(?:Coun\.|Cllr\.?|Councill?or) {U}[\w’'.-]*(?: {U}[\w’'.-]*){{1,3}} \((?:[^(),]{{1,20}}, )?"
    rf"((?:St\. )?{U}[a-z][\w’'-]*(?: {U}[a-z][\w’'-]*){{0,2}})\)"
)
# Parties' short forms a councillor's name carries in brackets ("(Lab)", "(Lib Dem)", "(Ind)").
_COUNCILLORS_PARTIES = frozenset(
    ["Lab", "Labour", "Con", "Conservative", "Lib", "Dem", "Ind", "Independent", "Green", "Reform", "Plaid"]
)


def _find_councillors_wards(state: _State, country: str, taken: set[tuple[int, int]]) -> None:
    """The ward in brackets after a councillor's name ("Coun. Jane Roe (Point Douglas)") is a place of the
    story's country, and no body or person."""
    for match in _COUNCILLORS_WARD.finditer(state.body):
        start, end = match.span(1)
        words = match.group(1).split()
        if (
            (start, end) in taken
            or any(w in _COUNCILLORS_PARTIES for w in words)
            or match.group(1) in KNOWN_ORGS
            or not _local_name_ok([w for w in words if w != "St."], settlement=True)
        ):
            continue
        taken.add((start, end))
        state.orgs = [o for o in state.orgs if not (o.start < end and start < o.end)]
        state.places = [p for p in state.places if not (p.start < end and start < p.end)]
        state.places.append(PlaceMention(start, end, match.group(1), match.group(1), country, "city"))


# "state Sen. Jane Roe (D, Kailua-Kāneʻohe)": a legislator's party letter, then the towns of the
# district, joined by hyphens.
_BRACKETED_DISTRICT = re.compile(rf"\([DRI], ({U}[\w’‘ʻ'-]*(?: {U}[\w’‘ʻ'-]*)?)\)")


def _find_bracketed_district_towns(state: _State, country: str, taken: set[tuple[int, int]]) -> None:
    """ "(D, Kailua-Kāneʻohe)": each town of a member's district that the gazetteer holds in the story's
    country is a place of it."""
    for match in _BRACKETED_DISTRICT.finditer(state.body):
        position = match.start(1)
        for part in match.group(1).split("-"):
            start, end = position, position + len(part)
            position = end + 1
            known = PLACE_CANDIDATES.get(part, {}).get(country)
            if known is None or (start, end) in taken:
                continue
            taken.add((start, end))
            state.places.append(PlaceMention(start, end, part, known.name, country, known.kind))


def _find_ward_seats(state: _State, country: str, taken: set[tuple[int, int]]) -> set[str]:
    """ "sponsored by Mua Ward MCA Jane Roe": the area a ward is named for, of the story's country."""
    found: set[str] = set()
    matches = list(_WARD_SEAT.finditer(state.body))
    if " Ward" in state.body:
        matches += _WARD_REPRESENTED.finditer(state.body)
    for match in matches:
        start, end = match.span(1)
        words = match.group(1).split()
        if len(words) > 1 and (len(words[-1]) == 1 or words[-1] in _COMPASS_ENDS):
            words = words[:-1]  # ("Nyalenda A", "Kolwa East": the letter or the side of a divided ward)
        if words[0].split("-")[0] in _NUMBER_WORDS:
            continue  # "Twenty-three MCAs voted": how many, not where
        if (start, end) in taken or not _local_name_ok(words, settlement=False):
            continue
        if match.re is _WARD_REPRESENTED:
            # "represents Manga Ward": the ward is an area a member speaks for, not a body.
            state.orgs = [o for o in state.orgs if (o.start, o.end) != (start, match.end())]
        if any(o.start < end and start < o.end for o in state.orgs):
            continue
        taken.add((start, end))
        found.add(match.group(1))
        state.places.append(PlaceMention(start, end, match.group(1), match.group(1), country, "city"))
    return found


# "At Government Day Secondary School, Adeta, in Ilorin": an institution, the district it stands in,
# then the city (read back from ", in " and the city after it).
_INSTITUTION_TOWN_BEFORE = re.compile(
    rf"\b(?:School|College|Academy|Hospital|Clinic|Church|Mosque|Market), ({U}[a-z]+(?: {U}[a-z]+)?)$"
)
_CITY_AFTER_IN = re.compile(rf", in ({U}[a-z]+(?: {U}[a-z]+)?)\b")


def _find_institutions_towns(state: _State, country: str, taken: set[tuple[int, int]]) -> set[str]:
    """ "Government Day Secondary School, Adeta, in Ilorin": the name between an institution's and a
    city of the story's country is the district the institution stands in."""
    body = state.body
    found: set[str] = set()
    comma = body.find(", in ")
    while comma >= 0:
        city = _CITY_AFTER_IN.match(body, comma)
        district = _INSTITUTION_TOWN_BEFORE.search(body, max(0, comma - 60), comma) if city else None
        if city is not None and district is not None:
            known = PLACE_CANDIDATES.get(city.group(1), {}).get(country)
            start, end = district.span(1)
            if (
                known is not None
                and (start, end) not in taken
                and _local_name_ok(district.group(1).split(), True)
            ):
                taken.add((start, end))
                found.add(district.group(1))
                state.places.append(
                    PlaceMention(start, end, district.group(1), district.group(1), country, "city")
                )
        comma = body.find(", in ", comma + 5)
    if found:
        # (no organisation is named by it: "Adeta" was read as one when no cue said "place")
        state.orgs = [
            o for o in state.orgs if (o.start, o.end) not in taken or body[o.start : o.end] not in found
        ]
    return found


def _find_possessed_districts(state: _State, taken: set[tuple[int, int]]) -> None:
    """ "in Cleveland's Edgewater neighborhood", "the Culiacán neighborhood of Tierra Blanca": a district
    of the city before it, in its country."""
    body = state.body
    for city in [p for p in state.places if p.kind == "city" and p.country_code]:
        match = _CITYS_DISTRICT.match(body, city.end) or (
            _CITY_DISTRICT_OF.match(body, city.end) if body.endswith("the ", 0, city.start) else None
        )
        if match is None:
            continue
        start, end = match.span(1)
        if (start, end) in taken or not _local_name_ok(match.group(1).split(), True):
            continue
        taken.add((start, end))
        state.places.append(
            PlaceMention(start, end, match.group(1), match.group(1), city.country_code, "city")
        )
        if match.re is _CITY_DISTRICT_OF:
            # ("the neighborhood of Tierra Blanca": the cue says place, though the words read as a name)
            state.people = [p for p in state.people if (p.start, p.end) != (start, end)]


def _sentence_country(state: _State, sentence_starts: list[int], start: int, country: str) -> str:
    """ "Chile's Codelco suspended work … after heavy rain in the O'Higgins region" in a story on
    Chinese demand: a name no gazetteer holds is in the country its sentence opens with, when the
    sentence names no other country's place before it ("… and China's Hengtai … in Bahodopi district"
    names a partner's country, not where the works are)."""
    if not sentence_starts:
        sentence_starts.extend(sorted(state.sentence_starts))
    index = bisect.bisect_right(sentence_starts, start) - 1
    opening = sentence_starts[index] if index >= 0 else 0
    named = [p for p in state.places if opening <= p.start < start and p.country_code]
    if not any(p.start == opening and p.kind == "country" for p in named):
        return country
    codes = {p.country_code for p in named}
    return str(named[0].country_code) if len(codes) == 1 else country


def _set_in_country(body: str, place: PlaceMention) -> bool:
    """Is the place followed by its own country ("in Malaysia", ", Malaysia")?"""
    if not body.startswith((",", " in "), place.end):
        return False  # what both patterns open with: most places are followed by neither
    after = _DATELINE_REGION.match(body, place.end) or _IN_PLACE_AFTER.match(body, place.end)
    known = PLACES.get(after.group(1)) if after else None
    return known is not None and known.kind == "country" and known.country_code == place.country_code


_COMPASS_ADJECTIVES = frozenset(["Northern", "Southern", "Eastern", "Western", "Central"])
# Nouns a country calls its first-level regions by, after the region's name ("Western Division").
_DIVISION_NOUNS = frozenset(["Division", "Province", "Region", "District", "Department", "State"])


_WARD_NUMBER = re.compile(r"-\d{1,3}$")
_CAPITAL_AFTER = re.compile(r" [A-Z]")
_HYPHEN_LOWER = re.compile(r"-[a-z]")
_OWNER_THEN_POST = re.compile(r"([A-Z][\w-]*(?: [A-Z][\w-]*)?)(?:[’']s|(?<=s)[’']) ([A-Z][\w-]*)\b")


# A landform written in lower case after the name it takes from its region ("the Atacama salt flat").
_LOWER_LANDFORM_AFTER = re.compile(r" (?:salt flats?|salar|desert|basin|valley|plateau|lagoon|glacier)\b")
# "the Pacific", "the western Pacific": the ocean named with its article.
_OCEAN_ARTICLE = re.compile(r"\b[Tt]he (?:[a-z]+ )?$")
# The rest of a cartel's name after the place it opens with ("… New Generation Cartel", "… de Lima Cartel").
_CARTEL_AFTER = re.compile(r"(?: (?:[A-Z][\w'’-]*|de|del|la|las|los))* Cartel\b")


# Countries whose cities are written with "City" after the name ("Toledo City", "Bago City"), where a
# club is not ("Hull City" is a team).
_CITY_SUFFIXED = frozenset({"PH"})


def _add_city_suffixes(state: _State, country: str) -> None:
    """ "Danilo Pableo of Toledo City" in a Philippine story: the city is named with its "City"."""
    body = state.body
    for index, place in enumerate(state.places):
        end = place.end + len(" City")
        if (
            place.kind == "city"
            and place.country_code == country
            and body.startswith(" City", place.end)
            and not body[end : end + 1].isalnum()
            and f"{place.name} City" not in PLACES
        ):
            name = f"{place.name} City"
            state.places[index] = PlaceMention(place.start, end, name, name, country, "city")


def _find_local_places(state: _State, chunks: list[_Chunk], document: Document) -> None:
    """Villages and neighbourhoods too small for the gazetteer, where the words around them say
    "place": they take the country every other place in the article shares, or else the dateline's."""
    _rehome_shared_cities(state)
    _short_forms_of_named_places(state)
    if "Pacific" in state.body:
        # "Pacific workers", "RNZ Pacific", "Asia Pacific crown": bare, with no "the", the ocean's name
        # is an adjective or part of a name, not the ocean ("across the Pacific").
        state.places = [
            p
            for p in state.places
            if p.name != "Pacific"
            or (
                _OCEAN_ARTICLE.search(state.body, max(0, p.start - 24), p.start)
                and not _CAPITAL_AFTER.match(state.body, p.end)  # ("the Pacific Australia Labour …")
            )
        ]
    if " Cartel" in state.body:
        # "the Jalisco New Generation Cartel", "the Santa Rosa de Lima Cartel": a gang named after a place.
        state.places = [p for p in state.places if not _CARTEL_AFTER.match(state.body, p.end)]
    country = _local_country(state, document, chunks)
    mayors = " mayor " in state.body or " Mayor " in state.body or " city council" in state.body
    if country is None:
        if mayors:
            _find_towns_before_mayors(state, None)
        _extend_place_lists(state, chunks, None)
        return  # no country clearly the article's own
    _rehome_weak_places(state, country)
    if country in _CITY_SUFFIXED and " City" in state.body:
        _add_city_suffixes(state, country)
    if " of " in state.body:
        _rehome_districts_of_local_towns(state, country)
    body = state.body
    for index, place in enumerate(state.places):
        # ("the Arabian Peninsula", listed with no country, spans several: it keeps none)
        if place.country_code is None and _is_landform_name(place.name) and place.canonical not in PLACES:
            state.places[index] = dataclasses.replace(place, country_code=country)
    taken = {(p.start, p.end) for p in state.places}
    local_names: set[str] = set()
    sentence_starts: list[int] = []  # sorted once, when a local place first needs them
    for chunk in chunks:
        label = chunk.label
        if label not in ("unknown", "person-candidate", "org") or len(chunk.tokens) > 3:
            continue
        start, end = chunk.start, chunk.end
        previous = _word_before(body, start)
        if label == "unknown" and len(chunk.tokens) > 1 and chunk.tokens[0][2] in _UNIT_BEFORE_NAME:
            # "of Barangay Tabuc Suba": the unit word before the name says what it is.
            name_start = chunk.tokens[1][0]
            unit_words = [t[2] for t in chunk.tokens[1:]]
            # ("Barangay Chair Jane Roe": a post of the unit, then its holder's name.)
            if (
                (name_start, end) not in taken
                and body[start:end] not in PLACE_CANDIDATES  # ("Kampong Cham": a province's whole name)
                and unit_words[0].rstrip(".") not in TITLE_HEADS
                and _local_name_ok(unit_words, settlement=True)
            ):
                chunk.label = "place"
                local_names.add(body[name_start:end])
                taken.add((name_start, end))
                state.places.append(
                    PlaceMention(name_start, end, body[name_start:end], body[name_start:end], country, "city")
                )
                continue
        if previous[:1].isupper() and previous in NOT_NAMES and label != "org":
            # "in the Northern Province", "Enga, Eastern Highlands and …": a compass adjective the chunk
            # left out opens the name of a region or town of the story's country.
            opened = start - len(previous) - 1
            own_region = PLACE_CANDIDATES.get(body[opened:end], {}).get(country)
            if own_region is None and body[start:end] in _DIVISION_NOUNS:
                # "in the Western Division": the region "Western" of the story's country, with the noun
                # its country calls such a region by.
                own_region = PLACE_CANDIDATES.get(previous, {}).get(country)
                if own_region is not None and own_region.kind != "region":
                    own_region = None
                if (
                    own_region is None
                    and previous in _COMPASS_ADJECTIVES
                    and body[start:end] in ("Region", "Province")
                    and body.endswith(" the ", 0, opened)
                    and not _NOUN_AFTER.match(body, end)  # ("the Western Region sales team": a firm's)
                ):
                    # "the Ruler's Representative in the Western Region": a region's name that the
                    # gazetteer lacks, written with its capitals.
                    own_region = PlaceInfo(body[opened:end], country, "region")
            if own_region is not None and (opened, end) not in taken and not _VERB_AFTER.match(body, end):
                chunk.label = "place"
                state.places.append(
                    PlaceMention(opened, end, body[opened:end], own_region.name, country, own_region.kind)
                )
                continue
        if (
            label == "unknown"
            and body.startswith(("'s", "’s"), end)
            and not _CAPITAL_AFTER.match(body, end + 2)
        ):
            # "a hotel in St Julian's", "the St Julian's local council": a town of the story's own country
            # whose name ends in a possessive the chunk left out (not "St John's Church").
            owned = body[start : end + 2]
            town = PLACE_CANDIDATES.get(owned.replace("’", "'"), {}).get(country)
            if town is not None and (start, end + 2) not in taken:
                chunk.label = "place"
                taken.add((start, end + 2))
                state.places.append(PlaceMention(start, end + 2, owned, town.name, country, town.kind))
                continue
        if len(chunk.tokens) >= 2 and label != "org" and (start, end) not in taken:
            # "its Yau Ma Tei branch", "communities such as Dubai Marina": a town of the story's own
            # country that the gazetteer holds under a name of several words needs no cue.
            town = PLACE_CANDIDATES.get(body[start:end], {}).get(country)
            # ("Reaction on Capitol Hill": after "on", a hill's or a street's name stands for what is there.)
            if (
                town is not None
                and (label == "unknown" or not _VERB_AFTER.match(body, end))
                and previous != "on"
            ):
                chunk.label = "place"
                state.places.append(PlaceMention(start, end, body[start:end], town.name, country, town.kind))
                continue
        if (
            label == "unknown"
            and len(chunk.tokens) == 1
            and (start, end) not in taken
            and previous[:1].islower()
            and _own_country_town(body[start:end], country)
            and not _VERB_AFTER.match(body, end)
            and not _FOLLOWERS_AFTER.match(body, end)
            and not _LOWER_LANDFORM_AFTER.match(body, end)  # ("the Atacama salt flat": no town)
            and not _company_short_name(state, body[start:end], end)
        ):
            # "the outskirts of Hafnarfjörður": mid-sentence, a word the gazetteer holds only as a town
            # of the story's own country, and no given name or other word, is that town.
            text = body[start:end]
            town = PLACE_CANDIDATES[text][country]
            chunk.label = "place"
            state.places.append(PlaceMention(start, end, text, town.name, country, town.kind))
            continue
        if (
            label == "org"
            and previous in ("in", "across", "throughout")
            and (start, end) not in taken
            and body[start:end] in STATE_SHORT_FORMS
            and country in PLACE_CANDIDATES.get(body[start:end], {})
            and not _NOUN_AFTER.match(body, end)
        ):
            # "laws introduced in WA in 2020": a state's short form the story's country writes, read as
            # an acronym's body, after "in" (and no noun it qualifies: "in WA Labor's ranks").
            text = body[start:end]
            state.orgs = [o for o in state.orgs if (o.start, o.end) != (start, end)]
            whole = PLACE_CANDIDATES[text][country]
            chunk.label = "place"
            state.places.append(PlaceMention(start, end, text, whole.name, country, whole.kind))
            continue
        included = _INCLUDES_PLACE_AFTER.match(body, end)
        if (
            included is not None
            and (start, end) not in taken
            and (label != "org" or _short_form_of_area_body(state, start, end))
            and _local_name_ok([t[2] for t in chunk.tokens], settlement=False)
            and (
                known_part := _place_at_span(state, included.start(1), included.end(1))
                or PLACE_CANDIDATES.get(included.group(1), {}).get(country)
            )
            is not None
            and known_part.country_code
        ):
            # "Emfuleni, which includes Vereeniging and Vanderbijlpark": an area that holds known towns.
            state.orgs = [o for o in state.orgs if (o.start, o.end) != (start, end)]
            text = body[start:end]
            chunk.label = "place"
            local_names.add(text)
            state.places.append(PlaceMention(start, end, text, text, known_part.country_code, "region"))
            continue
        home_the = (
            _HOME_IN_THE_BEFORE.search(body, max(0, start - 24), start)
            # ("lives in the Kibera neighbourhood" is read by the word after it.)
            if previous == "the" and label != "org" and not _LOCAL_AFTER.match(body, end)
            else None
        )
        # Every phrase before a place ends in one of these words: most chunks are ruled out here.
        if (
            previous.lower() not in _CONTEXT_LAST_WORDS
            and home_the is None
            and not (_LOCAL_AFTER.match(body, end) or _SETTLEMENT_APPOSITION.match(body, end))
        ):
            continue
        text = body[start:end]
        short_org = None
        if label == "org":
            # "prices at Lasalgaon in Maharashtra" and "the Lasalgaon Market Committee": the town an
            # organisation is named after, where the words around it say "place".
            short_org = next((o for o in state.orgs if o.start == start and o.end == end), None)
            if (
                short_org is None
                or len(chunk.tokens) != 1
                or (previous != "at" and not _TOWN_WORD_AFTER.match(body, end))
            ):
                continue
        words = [t[2] for t in chunk.tokens]
        window = max(0, start - 20)
        # "In Felicity, Chaguanas, a grandmother said": a district, then the town of the story's country
        # it lies in, after "in"; the district is a place even when its name is also a given name.
        # "Jane Roe (47) of Borrowdale Brooke, Harare,": after an age, the suburb and its city.
        aged = previous == "of" and _AGE_OF_BEFORE.search(body, max(0, start - 12), start) is not None
        town_after = _TOWN_AFTER.match(body, end) if previous.lower() == "in" or aged else None
        # "the Member of Parliament (MP) for Amansie Central": a seat, named for its area.
        seat_for = _SEAT_FOR_BEFORE.search(body, max(0, start - 40), start) if previous == "for" else None
        if seat_for and seat_for.group("member") and country not in PLACE_CANDIDATES.get(body[start:end], {}):
            seat_for = None  # "the Liberal member for Epping": a seat, when the gazetteer has the town
        home_town = PLACE_CANDIDATES.get(town_after.group(1), {}).get(country) if town_after else None
        settlement = (
            _PLACE_OF_BEFORE.search(body, window, start) is not None
            # "in Dale, a village near Milford Haven": an apposition that says it is a settlement, even
            # when the name is also a given name.
            or (
                previous.lower() in _CONTEXT_LAST_WORDS
                and _SETTLEMENT_APPOSITION_CLOSED.match(body, end) is not None
            )
            # "the MP for Amansie Central": a seat's name may end in a compass word.
            or (words[-1] in _COMPASS_ENDS and seat_for is not None)
            or _HOME_IN_BEFORE.search(body, window, start) is not None
            or (home_town is not None and home_town.kind == "city")
            # "directed to Brandon": a town of the story's country the gazetteer holds, though a given name.
            or (
                country in PLACE_CANDIDATES.get(text, {})
                and _SENT_TO_BEFORE.search(body, window, start) is not None
            )
        )
        if body.startswith(" ", end) and body[end + 1 : end + 2].isdigit():
            # "in Block 13 of …", "in Sebokeng Zone 14": a numbered section is no place; the town whose
            # section it is may open the name.
            if len(words) == 1 or not _NUMBER_AFTER.match(body, end):
                continue
            words.pop()
            end = chunk.tokens[len(words) - 1][1]
            text = body[start:end]
        if (start, end) in taken or not _local_name_ok(words, settlement) or text in _CELESTIAL:
            continue
        if _company_short_name(state, text, end):
            continue
        if previous == "in" and _PUBLISHED_IN.search(body, max(0, start - 60), start):
            continue  # "a study published last month in Nature Geoscience": a journal
        if previous == "in" and _PHRASAL_IN.search(body, max(0, start - 20), start):
            continue  # "to rein in Big Pharma": "in" belongs to the verb, not to a place
        if (
            previous == "in"
            and _TRANSLATED_AFTER.match(body, end)
            and _SPOKE_IN_BEFORE.search(body, max(0, start - 20), start)
        ):
            continue  # "he said in Hiligaynon. (We are …)": the language spoken, then the translation
        if (
            previous == "in"
            and _SPOKE_IN_BEFORE.search(body, max(0, start - 20), start)
            and is_language(body[start:end])
        ):
            continue  # "she said in Cebuano.": a language the gazetteer holds no place of
        if previous == "in" and text in _CONTACT_LANGUAGES:
            continue  # "he told the paper in Pidgin": a language, wherever the verb stands
        before = (
            (
                _LOCAL_BEFORE.search(body, window, start)
                or seat_for
                or home_the
                or (
                    _WORKS_OR_AREA_BEFORE.search(body, window, start)
                    if previous in ("at", "of", "around")
                    else None
                )
            )
            if short_org is None
            else None
        )
        if before is None and not (
            (short_org is None and (_LOCAL_AFTER.match(body, end) or _SETTLEMENT_APPOSITION.match(body, end)))
            or (aged and home_town is not None and home_town.kind == "city")
            # "prices at Lasalgaon in Maharashtra": a region of the article's own country.
            or (previous == "at" and _in_region_of(body, end, country))
            # "from Vava'u in Tonga": a town or region the gazetteer holds in the country named next.
            or (previous in ("at", "from") and _placed_in_its_country(body, text, end))
            # "a bypass of Killarney town" after "Killarney Chamber of Commerce": the word says "town".
            or (short_org is not None and _TOWN_WORD_AFTER.match(body, end) is not None)
            # "a farmer at Wenchi": a town of the story's country, read as a workplace only by "at".
            or (
                short_org is not None
                and short_org.kind == "organisation"
                and short_org.canonical not in KNOWN_ORGS
                and country in PLACE_CANDIDATES.get(text, {})
            )
        ):
            continue
        if (
            before is not None
            and not _DWELLERS_BEFORE.search(body, window, start)
            # "the town of Kelso lost power", "the island of Tavua into a hub": after "the town of" a
            # word in lower case is the sentence's verb or preposition, not a noun the name modifies.
            and not settlement
            # "in Bahodopi district": the noun after it says what kind of place it is.
            and not _LOCAL_AFTER.match(body, end)
            and (
                (
                    _NOUN_AFTER.match(body, end)
                    and not (before.group().startswith(("near", "Near")) and _PAST_AFTER.match(body, end))
                    # "heading east from Five Dock hit rock": the travel's verb may follow the town.
                    and not _DIRECTION_FROM.match(before.group())
                )
                or words[-1].endswith(("ic", "ish", "ese"))
            )
        ):
            continue  # "in Brexit talks", "in Gaelic": a modifier or a language, not a place
        if short_org is not None:
            state.orgs.remove(short_org)
        region = _DATELINE_REGION.match(body, end) or _IN_COUNTRYS_AFTER.match(body, end)
        known = PLACES.get(region.group(1).rstrip(".")) if region else None
        if known is None and (placed := _IN_THE_PLACE_AFTER.match(body, end)) is not None:
            # "a plant in Plzeň in the Czech Republic": the country or region named right after "in".
            known = PLACES.get(placed.group(1))
            known = known if known is not None and known.kind in ("country", "region") else None
        chunk.label = "place"
        local_names.add(text)
        # "in Penang, Malaysia": the country named right after it wins.
        code = known.country_code if known and known.kind in ("country", "region") else country
        if known is None:
            code = _named_town_country(state, text, country)
        if known is None and code == country and country not in PLACE_CANDIDATES.get(text, {}):
            code = _sentence_country(state, sentence_starts, start, country)
        nation = _NATION_SETTLEMENT_BEFORE.search(body, max(0, start - 40), start)
        if nation is not None:
            # "the Croatian port of Ploče" in a Bosnian story: the nationality says whose town it is.
            code = _demonym_at(nation.group(1).split(), 0) or code
        elif body[start - 3 : start] in ("'s ", "’s ") and _country_before_possessive(body, start - 3):
            # "an oil depot in Russia's Bryansk Oblast" in a Ukrainian story: the country's possessive.
            owner = PLACES[body[body.rfind(" ", max(0, start - 33), start - 3) + 1 : start - 3]]
            code = owner.country_code or code
        if town_after is not None and home_town is not None and home_town.kind == "city":
            span = town_after.span(1)
            if span not in taken:
                taken.add(span)
                state.places.append(PlaceMention(*span, town_after.group(1), home_town.name, country, "city"))
        ward = _WARD_NUMBER.search(text)
        if ward is not None:
            # "in Jugal Rural Municipality-4": ward 4 of the municipality, which is the place.
            text, end = text[: ward.start()], end - len(ward.group())
        # "in Kassanda District": the district is named "Kassanda" (as "the RDC for Kassanda" writes it).
        canonical = text.removesuffix(" District") if text.endswith(" District") and " " in text else text
        state.places.append(PlaceMention(start, end, text, canonical, code, "city"))
    _find_bracketed_seats(state, country, taken)  # (one pass, its pattern opening on a bracket)
    if " (" in body and ("Coun" in body or "Cllr" in body):
        _find_councillors_wards(state, country, taken)
    if (" leaves " in body or " survived" in body) and " of " in body:
        _find_survivors_towns(state, country, taken)
    if " from " in body:
        _find_peoples_home_towns(state, country, taken)
    if " resident" in body:
        _find_residents_towns(state, country, taken)
    if " Al " in body or " El " in body or " Umm " in body:
        local_names |= _find_article_towns(state, chunks, country, taken)
    if " Ward " in body or " MCA" in body:
        local_names |= _find_ward_seats(state, country, taken)
    if ", in " in body:
        local_names |= _find_institutions_towns(state, country, taken)
    _find_possessed_districts(state, taken)
    if " Mayor " in body:
        local_names |= _find_mayors_towns(state, country, taken)
    if mayors:
        local_names |= _find_towns_before_mayors(state, country)
    if " represents " in body:
        local_names |= _find_represented_wards(state, chunks, country, taken)
    if "Port of " in body or "Stadium, " in body:
        dated = None
        if document.dateline is not None:
            dated = next((p.country_code for p in state.places if p.start == document.dateline.start), None)
        local_names |= _find_port_towns(state, country, taken, dated)
    if any(word in body for word in _MEMBER_TITLE_WORDS):
        local_names |= _find_seats_before_members(state, country, taken)
    local_names |= {p.name for p in state.places if _weak_city(p)}
    if local_names:
        named = {p.name: p for p in state.places}
        for name in local_names - set(named):
            # "Couva" after "Couva North MP": the town a seat is named after, of the seat's country.
            named[name] = PlaceMention(0, 0, name, name, country, "city")
        for chunk in chunks:
            # "between Katoomba and Lithgow" after "a fire near Katoomba": the same town named again.
            if chunk.label not in ("unknown", "person-candidate"):
                continue
            text = body[chunk.start : chunk.end]
            if text in local_names and not _VERB_AFTER.match(body, chunk.end):
                chunk.label = "place"
                if named[text].start != chunk.start:  # (a mayor's or a port's town is read already)
                    state.places.append(dataclasses.replace(named[text], start=chunk.start, end=chunk.end))
    if " zone" in body:
        _find_compass_zones(state, country)
    if " Municipality" in body:
        _find_municipal_areas(state, chunks, country)
    if (
        " such as " in body
        or " including " in body
        or " councils" in body
        or _LISTED_UNITS.search(body)
        or " islands of " in body
    ):
        _find_listed_units(state, chunks, country)
    if document.dateline_place and document.dateline_place.isupper():
        _find_dateline_town_again(state, chunks, document.dateline_place, country)
    _find_locative_lists(state, chunks, country)
    _find_named_regions_before_their_kind(state, chunks, country)
    if _UNIT_KIND_WORD.search(body):
        _find_units_named_with_their_kind(state, chunks, country)
    links = _extend_place_lists(state, chunks, country)
    _rehome_shared_cities(state)  # again, with the towns read from their lists and cues
    if links:
        # "Guadalupe, Tisa, Labangon": a known town the list re-homed (or the story names as its own
        # country's elsewhere) takes its listed neighbours along.
        home = {p.name for p in state.places if p.country_code == country}
        codes = {
            p.start: country if p.name in home else p.country_code
            for p in state.places
            if p.start in links.values()
        }
        state.places = [
            dataclasses.replace(p, country_code=codes[links[p.start]])
            if p.start in links and codes.get(links[p.start], p.country_code) != p.country_code
            else p
            for p in state.places
        ]
    _rehome_listed_foreign_towns(state, country)
    _join_short_forms_of_local_places(state, country)
    if "oblasts" in body or "krais" in body:
        _name_listed_regions(state)
    if document.dateline and document.dateline_place:
        place_text = document.dateline_place
        place_start = document.dateline.start
        if not any(p.start == place_start for p in state.places) and place_text.isupper():
            # "TOBERMORY, Isle of Mull —": a dateline's town is a place even when unknown.
            # "RIO DE JANEIRO": the particles inside a name stay in lower case.
            for part_start, part_text in _dateline_parts(place_start, place_text):
                if any(p.start == part_start for p in state.places):
                    continue
                titled = " ".join(
                    w.lower() if k and w.lower() in _DATELINE_PARTICLES else w.capitalize()
                    for k, w in enumerate(part_text.split())
                )
                state.places.append(
                    PlaceMention(part_start, part_start + len(part_text), part_text, titled, country, "city")
                )
            region = _DATELINE_REGION.match(body, place_start + len(place_text), document.dateline.end)
            if (
                region
                and region.group(1) not in PLACES
                and region.group(1) not in _US_STATES
                and not _DATE_AFTER_PLACE.match(body, region.start(1))  # "LAGOS, Dec 10 —": the date
            ):
                # "TOBERMORY, Isle of Mull —": the region after it too.
                name = region.group(1)
                # "BLACK RIVER, St Elizabeth:": a region of the country the gazetteer spells otherwise.
                known_region = PLACE_CANDIDATES.get(name, {}).get(country)
                canonical = known_region.name if known_region else name
                state.places.append(
                    PlaceMention(region.start(1), region.end(1), name, canonical, country, "region")
                )


# The words before a list of places ("in New Quay, Aberporth and Borth", "boats from Tombo, Goderich and
# Lumley").
_LIST_LOCATIVES = frozenset(["in", "from", "near", "outside", "around", "across"])
_LIST_ENDS = frozenset([" and ", ", and ", " or ", ", or "])


# A list's join with a word such as "New" that the next chunk left out (", New Quay").
_OPENER_JOIN = re.compile(
    r"(?:, |,? and |,? or )(?:New|Old|Upper|Lower|North|South|East|West|Great|Little|Greater|Central) "
)


def _opened_start(body: str, chunk: _Chunk) -> int:
    """Where a listed name starts, with a word such as "New" or "Upper" that the chunk left out."""
    before = _word_before(body, chunk.start)
    return chunk.start - len(before) - 1 if before in _DISTRICT_OPENERS else chunk.start


def _find_locative_lists(state: _State, chunks: list[_Chunk], country: str) -> None:
    """ "the highest numbers in New Quay, Aberporth, Llangrannog and Borth": three names or more listed
    after a preposition of place, none known as anything else, are towns of the story's country (the
    gazetteer's when it holds them there). A list with a known place of another country is left to the
    lists read from it."""
    body = state.body
    # Where each chunk is joined to the next as one more name of a list (read in one pass: most are not).
    joined = [
        (gap := body[a.end : b.start]) in _LIST_JOINS
        # (the pattern opens on ", ", " and " or " or ": a gap that does not is no join)
        or (len(gap) < 16 and gap.startswith(_LIST_OPENERS) and _OPENER_JOIN.fullmatch(gap) is not None)
        for a, b in pairwise(chunks)
    ]
    if sum(joined) < 2:
        return
    taken = {(p.start, p.end): p for p in state.places}
    surnames = {w for q in state.people for w in q.name.split()[1:]}
    index, count = 0, len(chunks)
    while index < count:
        last = index
        while last + 1 < count and joined[last]:
            last += 1
        listed, index = chunks[index : last + 1], last + 1
        if len(listed) < 3:
            continue
        spans = [(_opened_start(body, c), c.end) for c in listed]
        if (
            body[listed[-2].end : spans[-1][0]] not in _LIST_ENDS
            or _word_before(body, spans[0][0]) not in _LIST_LOCATIVES
            or _VERB_AFTER.match(body, listed[-1].end)
            or any(
                c.label not in ("unknown", "person-candidate", "place", "org") or len(c.tokens) > 3
                for c in listed
            )
        ):
            continue
        # "across Pentecost, Maewo, Ambae and Santo" where the story names the "Maewo Women Growers
        # Cooperative": a name read as the short form of a body named after it is still a listed place.
        named_for = [
            c for c in listed if c.label == "org" and _short_form_of_placed_body(state, c.start, c.end)
        ]
        if sum(c.label == "org" for c in listed) > len(named_for) or len(listed) - len(named_for) < 2:
            continue
        known = [taken.get(span) for span in spans]
        if any(p is not None and p.country_code != country for p in known):
            continue  # ("in Paris, Lyon and Zorville" in a British story: read from Paris's list)
        words_of = [body[a:b].split() for a, b in spans]
        if sum(words[0] in FIRST_NAMES for words in words_of) > 1:
            continue  # ("in John, Paul and Zorville")
        if any(
            place is None and any(p.start < span[1] and span[0] < p.end for p in state.places)
            for span, place in zip(spans, known, strict=True)
        ):
            continue  # ("in Kyiv, Kyiv Oblast and …": a name read in part already, as a region's)
        new = [
            (span, words) for span, words, place in zip(spans, words_of, known, strict=True) if place is None
        ]
        if not new or not all(
            _local_name_ok(words, settlement=True)
            and all(_is_name_token(w) or w in _DISTRICT_OPENERS for w in words)
            and not any(w in surnames for w in words)
            and " ".join(words) not in _CELESTIAL
            for _, words in new
        ):
            continue
        if named_for:
            shorts = {(c.start, c.end) for c in named_for}
            state.orgs = [o for o in state.orgs if (o.start, o.end) not in shorts]
        for (start, end), _ in new:
            text = body[start:end]
            local = PLACE_CANDIDATES.get(text, {}).get(country)
            state.places.append(
                PlaceMention(
                    start, end, text, local.name if local else text, country, local.kind if local else "city"
                )
            )
        for chunk, place in zip(listed, known, strict=True):
            if place is None:
                chunk.label = "place"


# "in Constanța county", "the Kisumu county government": a region's kind in lower case after its name.
# ("Bayelsa and Delta states": the kind's plural closes a list of regions.)
_REGION_KIND_AFTER = re.compile(
    r" (?:county|counties|provinces?|regions?|districts?|states?|prefectures?|governorates?|oblasts?)\b"
)


def _find_named_regions_before_their_kind(state: _State, chunks: list[_Chunk], country: str) -> None:
    """A region of the story's country named before the lower-case word for its kind ("Constanța
    county") is that region, even where its name is also a given name."""
    body = state.body
    kinds = [kind.start() for kind in _REGION_KIND_AFTER.finditer(body)]
    if not kinds:
        return
    taken = {(p.start, p.end) for p in state.places}
    ending = {c.end: c for c in chunks}
    for kind_start in kinds:
        chunk = ending.get(kind_start)
        if (
            chunk is None
            or chunk.label not in ("unknown", "person-candidate")
            or (chunk.start, chunk.end) in taken
        ):
            continue
        text = body[chunk.start : chunk.end]
        region = PLACE_CANDIDATES.get(text, {}).get(country)
        if region is None or region.kind != "region" or any(q.start == chunk.start for q in state.people):
            continue
        chunk.label = "place"
        state.places.append(PlaceMention(chunk.start, chunk.end, text, region.name, country, "region"))


# The kinds of area a name is written with, capitalised, as part of it ("Merti Woreda", "Arsi Zone",
# "the Moravian-Silesian Region").
_UNIT_KIND_WORDS = frozenset(
    [
        "Woreda",
        "Kebele",
        "Upazila",
        "Zone",
        "Sub-County",
        "Subcounty",
        "Oblast",
        "Governorate",
        "Prefecture",
        "District",
        "Region",
        "Province",
        "Commune",
    ]
)
# Any of those words after a space: one search of the body, not thirteen.
_UNIT_KIND_WORD = re.compile(" (?:" + "|".join(re.escape(word) for word in sorted(_UNIT_KIND_WORDS)) + ")")
_UNIT_LOCATIVES = frozenset(["in", "from", "near", "outside", "across", "of"])


def _find_units_named_with_their_kind(state: _State, chunks: list[_Chunk], country: str) -> None:
    """ "a farmer from Merti Woreda in Arsi Zone", "the governor of the Moravian-Silesian Region": a name
    closed by the capitalised word for a kind of area, after a preposition of place (and "the"), is that
    area of the story's country, and no body (unless a capitalised word goes on with the body's name)."""
    body = state.body
    taken = [(p.start, p.end) for p in state.places]
    for chunk in chunks:
        tokens = chunk.tokens
        if not 2 <= len(tokens) <= 4 or tokens[-1][2] not in _UNIT_KIND_WORDS:
            continue
        if chunk.label not in ("unknown", "org", "person-candidate"):
            continue
        start, end = chunk.start, chunk.end
        if any(a < end and start < b for a, b in taken) or _CAPITAL_AFTER.match(body, end):
            continue
        if _NOUN_AFTER.match(body, end) and not _VERB_AFTER.match(body, end):
            continue  # ("chair of the Chinook Plains Irrigation District board": the body's board)
        before = _word_before(body, start)
        if before == "the":
            before = _word_before(body, start - 4)
        if before not in _UNIT_LOCATIVES:
            continue
        words = [t[2] for t in tokens[:-1]]
        if COMPASS_ONLY_WORDS.issuperset(words) or not _local_name_ok(words, settlement=True):
            continue
        orgs = [o for o in state.orgs if o.start == start and o.end == end]
        # "in Ba Tri Commune" where the story names Ba Tri alone too: the same place.
        bare = " ".join(words)
        named = next((p.canonical for p in state.places if p.name == bare), None)
        if orgs and ((len(tokens) > 2 and named is None) or any(o.canonical in KNOWN_ORGS for o in orgs)):
            continue  # ("the Chinook Plains Irrigation District": a body's longer name)
        if any(o.name == body[start:end] and (o.start, o.end) != (start, end) for o in state.orgs):
            continue  # (a body the story names so elsewhere)
        state.orgs = [o for o in state.orgs if not (o.start == start and o.end == end)]
        text = body[start:end]
        known = PLACE_CANDIDATES.get(text, {}).get(country)
        canonical = known.name if known else named or text
        chunk.label = "place"
        state.places.append(PlaceMention(start, end, text, canonical, country, "region"))
    # An area read with its kind by an earlier stage ("a farmer in Ba Tri Commune") joins the bare name too.
    for k, place in enumerate(state.places):
        words = place.name.split()
        if len(words) < 2 or words[-1] not in _UNIT_KIND_WORDS or place.canonical != place.name:
            continue
        bare = " ".join(words[:-1])
        # ("Sumy Oblast" is the region around the city of Sumy, not the city.)
        named = next(
            (
                p.canonical
                for p in state.places
                if p.name == bare
                and p.country_code == place.country_code
                and not (p.kind == "city" and words[-1] in _REGION_AFTER_CITY)
            ),
            None,
        )
        if named is not None:
            state.places[k] = replace(place, canonical=named)


def _short_form_of_placed_body(state: _State, start: int, end: int) -> bool:
    """Is the organisation read at this one word only the short form of a longer body the story names
    after it ("Maewo" for "Maewo Women Kava Growers Cooperative"), and no known body?"""
    text = state.body[start:end]
    here = [o for o in state.orgs if o.start == start and o.end == end]
    return (
        " " not in text
        and all(o.canonical not in KNOWN_ORGS for o in here)
        and any(o.name.startswith(f"{text} ") for o in state.orgs)
    )


# "the village of Lonorore": only a settlement's name follows.
_ONE_VILLAGE_OF = r"\bthe (?:village|town|hamlet|township|settlement|island) of "
# The same words, opened on "the " and looking back for the word's edge: the engine skips from "the " to
# "the " rather than trying "\b" at every position (same test, a tenth of the time).
_ANY_VILLAGE_OF = re.compile(r"the (?<!\wthe )(?:village|town|hamlet|township|settlement|island) of ")


def _find_villages_read_as_people(state: _State) -> None:
    """ "above the village of Lonorore", then "But in Lonorore, the chief says …": a one-word name that
    the story writes after "the village of" is that village wherever it is read as a person's, when no
    person of the story has that name as part of a longer one."""
    body = state.body
    single = {q.name for q in state.people if " " not in q.name and body[q.start : q.end] == q.name}
    if not single or " of " not in body:
        return
    longer = {w for q in state.people if " " in q.name for w in q.name.split()}
    country = _story_country(state) or _article_country(state)
    if country is None:
        return
    for name in single - longer:
        if re.search(_ONE_VILLAGE_OF + re.escape(name) + r"(?![\w’'-])", body) is None:
            continue
        mentions = [q for q in state.people if q.name == name]
        state.people = [q for q in state.people if q.name != name]
        for q in mentions:
            state.places.append(PlaceMention(q.start, q.end, name, name, country, "city"))


# "about six kilometres outside Qardho", "a camp near Dangora": only a place stands after these.
_TOWN_ONLY_BEFORE = re.compile(r"\b(?:outside|near|towards|north of|south of|east of|west of) $")


def _find_towns_read_as_bodies(state: _State) -> None:
    """A one-word name read only as a body of its own (no known body, no longer name it shortens) that
    the story writes after "outside" or "near" is a town of the story's country, wherever it stands."""
    body = state.body
    country = _story_country(state)
    if country is None:
        return
    names = {o.name for o in state.orgs if " " not in o.name and body[o.start : o.end] == o.name}
    for name in names:
        if (
            name in KNOWN_ORGS
            or name in ORG_HEADS
            or name.isupper()
            or not name[1:].islower()
            or any(o.name.startswith(f"{name} ") for o in state.orgs)
        ):
            continue
        mentions = [o for o in state.orgs if o.name == name]
        if not any(
            _TOWN_ONLY_BEFORE.search(body, max(0, o.start - 10), o.start)
            and not _CAPITAL_AFTER.match(body, o.end)
            for o in mentions
        ):
            continue
        state.orgs = [o for o in state.orgs if o.name != name]
        for o in mentions:
            state.places.append(PlaceMention(o.start, o.end, name, name, country, "city"))


# "an MLA for Foyle", "the MHA for Bonavista": the seat a legislator is elected for, named for its area.
_MEMBER_TITLES_FOR = (
    "MP",
    "MSP",
    "MLA",
    "MHA",
    "MPP",
    "MNA",
    "TD",
    "ember of Parliament",
    "ember of parliament",
    "legislator",
)
_SEAT_AFTER_MEMBER = re.compile(
    r"\b(?:MPs?|MSPs?|MLAs?|MHAs?|MPPs?|MNAs?|TDs?|Member of Parliament|member of parliament|legislator) for "
    rf"({U}[a-z][\w’'-]*(?: {U}[a-z][\w’'-]*){{0,2}})(?=[,.;)]| [a-z])"
)


def _find_seats_after_members(state: _State) -> None:
    """The seat named after a legislator's title and "for" is a place of the story's country when the
    gazetteer holds a town of that name there or the story names it elsewhere too ("In Bonavista, …"),
    unless it is read as something else already."""
    body = state.body
    country = _story_country(state)
    if country is None:
        return
    for seat in _SEAT_AFTER_MEMBER.finditer(body):
        start, end = seat.span(1)
        words = seat.group(1).split()
        if (
            any(p.start < end and start < p.end for p in state.places)
            or any(q.start < end and start < q.end for q in state.people)
            or any(o.start < end and start < o.end for o in state.orgs if o.canonical in KNOWN_ORGS)
            or not _local_name_ok(words, settlement=True)
        ):
            continue
        text = seat.group(1)
        known = PLACE_CANDIDATES.get(text, {}).get(country)
        # "legislator for Mzimba North": a district or town of the story's country with a compass word
        # after it is a seat named after it.
        compass = (
            len(words) > 1
            and words[-1] in _COMPASS_ENDS
            and " ".join(words[:-1]) in PLACE_CANDIDATES
            and country in PLACE_CANDIDATES[" ".join(words[:-1])]
        )
        if known is None and not compass and not _named_elsewhere(body, text, start):
            continue  # ("the MP for Wexford Vale": a seat alone, which the story names as no place)
        # (the name read alone as a body of its own elsewhere is the seat's place too)
        state.orgs = [
            o
            for o in state.orgs
            if not (o.start < end and start < o.end) and (o.name != text or o.canonical in KNOWN_ORGS)
        ]
        state.places.append(PlaceMention(start, end, text, known.name if known else text, country, "city"))


# "legislator for Mzimba North", "who represents Chikwawa East": a seat named for a town or district and
# a side of it, after a legislator's title or "represents".
_COMPASS_SEAT = re.compile(
    r"\b(?:(?:legislator|lawmaker|MP|member|parliamentarian|councillor|councilor) for|represents|representing) "
    rf"({U}[a-z][\w’'-]*(?: {U}[a-z][\w’'-]*)?) (North|South|East|West|Central|North[ -]East|North[ -]West|"
    rf"South[ -]East|South[ -]West)\b(?![ -]{U})"
)


def _find_compass_seats(state: _State) -> None:
    """A seat named for a town or district of the story's country and a side of it is a place there,
    whatever the words were read as (a side's name reads as a body's)."""
    body = state.body
    country = _story_country(state)
    if country is None:
        return
    for seat in _COMPASS_SEAT.finditer(body):
        if country not in PLACE_CANDIDATES.get(seat.group(1), {}) and (
            (place := PLACES.get(seat.group(1))) is None or place.country_code != country
        ):
            continue
        start, end = seat.start(1), seat.end(2)
        if any(p.start < end and start < p.end for p in state.places) or any(
            q.start < end and start < q.end for q in state.people
        ):
            continue
        text = body[start:end]
        state.orgs = [o for o in state.orgs if not (o.start < end and start < o.end)]
        state.places.append(PlaceMention(start, end, text, text, country, "region"))


def _named_elsewhere(body: str, text: str, start: int) -> bool:
    """Does the story write this name, as a word of its own, anywhere but at ``start``?"""
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(text)}(?![\w’'-])")
    return any(found.start() != start for found in pattern.finditer(body))


# "the Killarney to Kenmare greenway", "the N22 Farranfore to Killarney scheme": a route named by its ends.
_NAMED_ROUTE = re.compile(
    # (read from its " to ", which the engine finds fast; the first end is read back from there)
    rf" to ({U}[a-z][\w’'-]*(?: {U}[a-z][\w’'-]*)?)"
    r" (?:greenway|road|route|line|railway|rail line|motorway|highway|expressway|scheme|bypass|pipeline|"
    r"corridor|link|ferry|flights?|section|stretch|trail|cycleway|bus service)\b"
)
_ROUTE_START = re.compile(rf"(?<![\w’'-])({U}[a-z][\w’'-]*(?: {U}[a-z][\w’'-]*)?)$")


def _find_named_route_ends(state: _State) -> None:
    """Both ends of a route named "A to B <road>" are towns: an end the story reads as no place yet takes
    the country of the other, which the story names as a town (here or elsewhere); an end read here only
    as a body's short name that the story names as a town elsewhere is that town."""
    body = state.body
    towns = {p.name: p for p in state.places if p.kind == "city" and p.country_code}
    for route in _NAMED_ROUTE.finditer(body):
        first = _ROUTE_START.search(body, max(0, route.start() - 40), route.start())
        if first is None:
            continue
        ends = [first.span(1), route.span(1)]
        for (start, end), (other_start, other_end) in ((ends[0], ends[1]), (ends[1], ends[0])):
            other = towns.get(body[other_start:other_end])
            if other is None or any(p.start < end and start < p.end for p in state.places):
                continue
            text = body[start:end]
            orgs = [o for o in state.orgs if o.start < end and start < o.end]
            if any(q.start < end and start < q.end for q in state.people) or (
                orgs and (text not in towns or any(o.canonical in KNOWN_ORGS for o in orgs))
            ):
                continue
            if text not in towns and not _local_name_ok(text.split(), settlement=False):
                continue
            state.orgs = [o for o in state.orgs if o not in orgs]
            named = towns.get(text)
            info = PLACE_CANDIDATES.get(text, {}).get(str(other.country_code))
            canonical = named.canonical if named else info.name if info else text
            state.places.append(PlaceMention(start, end, text, canonical, other.country_code, "city"))


def _find_dateline_town_again(state: _State, chunks: list[_Chunk], dateline_place: str, country: str) -> None:
    """ "SIOUX CENTER, Iowa —" then "members in Sioux Center": the dateline's town named again in the
    story, read alone as a body's name (its last word an organisation's head), is that town."""
    titled = " ".join(word.capitalize() for word in dateline_place.split())
    if " " not in titled:
        return
    body = state.body
    for chunk in chunks:
        if chunk.label != "org" or body[chunk.start : chunk.end] != titled:
            continue
        if _word_before(body, chunk.start) not in _WHERE_WORDS or _CAPITAL_AFTER.match(body, chunk.end):
            continue
        state.orgs = [o for o in state.orgs if not (o.start == chunk.start and o.end == chunk.end)]
        chunk.label = "place"
        state.places.append(PlaceMention(chunk.start, chunk.end, titled, titled, country, "city"))


# "the North-West and South-South zones", "the South-East geopolitical zone": a country's zones named by
# hyphened compass words (Nigeria's six), before the noun that says what they are.
_COMPASS_ZONE = r"(?:North|South)-(?:East|West|Central|South)"
_COMPASS_ZONES = re.compile(
    rf"(?<![\w’'-])({_COMPASS_ZONE})(?:(?:,| and|, and) (?:the )?({_COMPASS_ZONE}))*"
    r" (?:geo-?political )?zones?\b"
)
_COMPASS_ZONE_NAME = re.compile(_COMPASS_ZONE)


def _find_compass_zones(state: _State, country: str) -> None:
    """Zones named by compass words before "zone(s)": regions of the story's country."""
    body = state.body
    taken = {(p.start, p.end) for p in state.places}
    for match in _COMPASS_ZONES.finditer(body):
        for name in _COMPASS_ZONE_NAME.finditer(body, match.start(), match.end()):
            if name.span() not in taken:
                state.places.append(PlaceMention(*name.span(), name.group(), name.group(), country, "region"))


# "the Kyebi plant in the Abuakwa South Municipality": where something stands is the area a
# municipality covers, a place (the body that governs it acts: "the Mangaung Metropolitan Municipality
# owes …"). Kinds of municipality that name its body ("Local", "Metropolitan") are left to it.
_IN_MUNICIPALITY = re.compile(
    rf"\b(?:in|within|across|inside) the ((?:{U}[a-z][\w’'-]* ){{1,3}}?)Municipality\b(?! of\b)"
)
_MUNICIPALITY_KINDS = frozenset(["Local", "Metropolitan", "District", "Municipal", "City", "Rural", "Urban"])


def _find_municipal_areas(state: _State, chunks: list[_Chunk], country: str) -> None:
    body = state.body
    for match in _IN_MUNICIPALITY.finditer(body):
        start, end = match.start(1), match.end(1) - 1
        words = body[start:end].split()
        whole = (start, match.end())
        if (
            words[-1] in _MUNICIPALITY_KINDS
            or not _local_name_ok(words, settlement=True)
            or any(p.start < whole[1] and whole[0] < p.end for p in state.places)
            or any(o.start < whole[1] and whole[0] < o.end and o.canonical in KNOWN_ORGS for o in state.orgs)
        ):
            continue
        state.orgs = [o for o in state.orgs if not (o.start < whole[1] and whole[0] < o.end)]
        for chunk in chunks:
            if (chunk.start, chunk.end) == whole:
                chunk.label = "place"
        state.places.append(PlaceMention(start, end, body[start:end], body[start:end], country, "region"))


def _dateline_parts(start: int, place_text: str) -> list[tuple[int, str]]:
    """(start, text) of each city a dateline names: "MINNEAPOLIS / ST. PAUL" names two."""
    if "/" not in place_text:
        return [(start, place_text)]
    parts = []
    offset = 0
    for part in place_text.split("/"):
        stripped = part.strip()
        parts.append((start + offset + part.index(stripped), stripped))
        offset += len(part) + 1
    return parts


# "the Western, Ashanti and Eastern regions", "in Jaro and La Paz districts", "Kaiama, Baruten and Edu
# local government areas": names listed before the plural of the kind of area they all are.
_LISTED_UNITS = re.compile(
    r" (?:regions|provinces|districts|sub-districts|counties|municipalities|neighbou?rhoods|suburbs|villages|"
    r"towns|wards|barangays|communes|prefectures|governorates|oblasts|parishes|boroughs|townships|"
    r"local government areas|LGAs|constituencies)\b"
)
_LISTED_COUNCILS = re.compile(r" (?:councils|local authorities)\b")
# "the Mississippi, Minnesota and St. Croix river basins": names listed before what no place is.
_LISTED_WATERS = re.compile(r" (?:rivers|river basins|river valleys|lakes|watersheds|catchments)\b")
_LIST_ITEM = rf"{U}[\w’'.-]*(?: (?:de |del |la |el )?{U}[\w’'.-]*){{0,2}}"
# The list itself, read back from the noun: "A, B and C", "A and B", after "the" or a preposition.
_UNIT_LIST_BEFORE = re.compile(
    rf"(?:^|(?<=[a-z] )|(?<=\n))((?:{_LIST_ITEM}, )*{_LIST_ITEM},? (?:and|or) {_LIST_ITEM})$"
)


# "remote regions, such as the Gaspé and Abitibi-Témiscamingue": the kind of area, then names of it.
_UNITS_SUCH_AS = re.compile(
    r"\b(?:regions|provinces|districts|towns|cities|communities|villages|suburbs|neighbou?rhoods|"
    rf"counties|municipalities),? (?:such as|including) (?:the )?((?:{_LIST_ITEM}, )*{_LIST_ITEM},? "
    rf"(?:and|or) (?:the )?{_LIST_ITEM})(?=[,.;:)]| [a-z])"
)

# "the coastal communes of Ba Tri, Thạnh Phú and Cầu Ngang", "the villages of Aldo and Bray": a list of
# names after the plural of a kind of settlement or area and "of" (not "communities of", which people form).
_UNITS_OF = re.compile(
    r"\b(?:regions|provinces|districts|sub-districts|towns|villages|suburbs|neighbou?rhoods|counties|"
    rf"municipalities|communes|wards|barangays|parishes|townships|islands) of ((?:{_LIST_ITEM}, )*"
    # ("… and San Nicolás de los Garza": a particle goes on the last name)
    rf"{_LIST_ITEM},? and {_LIST_ITEM})(?=[,.;:)]| (?!(?:de|del|da|do|dos|di|la|las|los|el|von|van) )[a-z])"
)


def _list_spans(body: str, listed: re.Match[str]) -> list[tuple[int, int]]:
    """The spans of the names in a matched list ("A, B and the C")."""
    spans = []
    position = listed.start(1)
    for item in re.split(r",? (?:and|or) (?:the )?|, ", listed.group(1)):
        position = body.index(item, position)
        spans.append((position, position + len(item)))
        position += len(item)
    return spans


def _unit_lists(body: str, noun: re.Pattern[str]) -> list[list[tuple[int, int]]]:
    """The spans of the names in each list that stands right before one of ``noun``'s plurals."""
    lists = []
    for match in noun.finditer(body):
        window = max(0, match.start() - 120)
        listed = _UNIT_LIST_BEFORE.search(body, window, match.start())
        if listed is not None:
            lists.append(_list_spans(body, listed))
    return lists


# Faiths, factions and parties that stand before areas' plurals as adjectives ("the Sunni neighbourhoods").
_FACTION_WORDS = frozenset(
    [
        "Sunni",
        "Shia",
        "Shiite",
        "Muslim",
        "Christian",
        "Catholic",
        "Protestant",
        "Hindu",
        "Jewish",
        "Druze",
        "Alawite",
        "Green",
        "Labour",
        "Labor",
        "Tory",
        "Liberal",
        "Conservative",
        "Republican",
        "Democratic",
        "Socialist",
        "Communist",
        "Opposition",
    ]
)


def _find_listed_units(state: _State, chunks: list[_Chunk], country: str) -> None:
    """ "mostly in the Western, Ashanti and Eastern regions": each name listed before the plural of a
    kind of area is one such area, of the story's country unless the gazetteer holds it only elsewhere."""
    body = state.body
    chunk_at = {(c.start, c.end): c for c in chunks}
    # Before the noun, one name at least must be a place the story or the gazetteer knows: "the Sunni
    # and Shia neighbourhoods", "the Socialist and Green districts" name none. After "regions such as"
    # the noun has said what they are.
    lists = [(spans, True) for spans in _unit_lists(body, _LISTED_UNITS)]
    councils: set[tuple[int, int]] = set()
    if " councils" in body:
        # "the Staffordshire Moorlands and Newcastle-under-Lyme councils": local authorities named by
        # their areas, each area a place (the noun says what they are, so no name need be known).
        for spans in _unit_lists(body, _LISTED_COUNCILS):
            lists.append((spans, False))
            councils.update(spans)
    if " such as " in body or " including " in body:
        lists += [(_list_spans(body, listed), False) for listed in _UNITS_SUCH_AS.finditer(body)]
    if " of " in body:
        lists += [(_list_spans(body, listed), False) for listed in _UNITS_OF.finditer(body)]
    read = {(p.start, p.end) for p in state.places}
    listed: list[PlaceMention] = []
    for spans, anchored in lists:
        found: list[PlaceMention] = []
        if anchored and not any(body[a:b] in PLACE_CANDIDATES or (a, b) in read for a, b in spans):
            continue
        for start, end in spans:
            text = body[start:end]
            words = text.split()
            if any(w in _FACTION_WORDS for w in words) or _demonym_at(words, 0) is not None:
                found = []
                break
            candidates = PLACE_CANDIDATES.get(text, {})
            known = PLACES.get(text)
            if country in candidates:
                info = candidates[country]
                found.append(PlaceMention(start, end, text, info.name, country, info.kind))
            elif known is not None:
                # "the Belgorod, Kursk and Bryansk regions" in a Ukrainian story: Russia's.
                found.append(PlaceMention(start, end, text, known.name, known.country_code, known.kind))
            elif len(candidates) == 1:
                info = next(iter(candidates.values()))
                found.append(PlaceMention(start, end, text, info.name, info.country_code, info.kind))
            elif _local_name_ok(words, settlement=True) and all(
                _is_name_token(w) or w in PLACES for w in words
            ):
                found.append(PlaceMention(start, end, text, text, country, "city"))
            else:
                found = []
                break  # "the Labour and Tory councils": one name that is no place's, and the list is none
        listed += found
    if not listed:
        return
    for place in listed:
        if (place.start, place.end) in chunk_at:
            chunk_at[place.start, place.end].label = "place"  # (read: no list or cue reads it again)
    # The listed names replace what was read there before ("La Paz" in Bolivia).
    overlaps = _overlapping(sorted((p.start, p.end) for p in listed))
    state.places = [p for p in state.places if not overlaps(p.start, p.end)] + listed
    if councils:
        # (a council's area read as a body of its own name is the place only)
        areas = {(p.start, p.end) for p in listed} & councils
        state.orgs = [o for o in state.orgs if (o.start, o.end) not in areas]


def _drop_listed_waters(state: _State) -> None:
    """ "the Mississippi, Minnesota and St. Croix river basins": names listed before rivers or lakes
    are the waters', not places (a state of the same name is named so elsewhere, or not at all)."""
    waters = {span for spans in _unit_lists(state.body, _LISTED_WATERS) for span in spans}
    if waters:
        state.places = [p for p in state.places if (p.start, p.end) not in waters]


_DATELINE_PARTICLES = frozenset(
    ["de", "da", "do", "dos", "das", "del", "la", "le", "of", "the", "upon", "on"]
)
# "LAGOS, Dec 10 (Reuters) -": the month that opens a dateline's date.
_DATE_AFTER_PLACE = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d")


# A capitalised word and "of" right before a headline's run: "Bank of England", "University of Leeds".
_NAME_OF_BEFORE = re.compile(rf"{U}\w+ of (?:the )?$")


# "close Lake Ridge and Oquirrh View elementary schools": names before a kind of school are the schools'.
_SCHOOLS_AFTER = re.compile(
    rf"(?: and {U}[\w'’-]*(?: {U}[\w'’-]*){{0,3}})? (?:elementary|primary|secondary|high|middle|junior|"
    r"grammar|charter|boarding) schools?\b"
)


# "Sunday 27 July 2025 16:48, UK": a time stamp's zone, not a place the story names.
_CLOCK_BEFORE = re.compile(r"\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?,? $")


# "at 10:00 a.m. Atlantic Time": a zone named after a place, after a clock time.
_TIME_AFTER = re.compile(r" (?:Standard |Daylight )?Time\b")


def _drop_time_zone_places(state: _State) -> None:
    """A place that closes a time stamp's line ("16:48, UK") or names a clock time's zone ("10:00 a.m.
    Atlantic Time") is the zone the time is given in."""
    body = state.body
    state.places = [
        p
        for p in state.places
        if not (
            p.end > p.start
            and (body[p.end : p.end + 1] in ("", "\n") or _TIME_AFTER.match(body, p.end))
            and _CLOCK_BEFORE.search(body, max(0, p.start - 12), p.start)
        )
    ]


# "(international name: Lingling)", "code-named Falcon": what follows is a name given to a thing.
_NAME_GIVEN_BEFORE = re.compile(r"\b(?:[Nn]ame:?|[Nn]amed|[Cc]ode-?named) $")


def _drop_given_names(state: _State) -> None:
    """A place's name right after "name:" names a storm, an operation or a product, not the place."""
    body = state.body
    state.places = [
        p
        for p in state.places
        if p.end == p.start or not _NAME_GIVEN_BEFORE.search(body, max(0, p.start - 12), p.start)
    ]


_LOWER_COMPASS_BEFORE = re.compile(
    r"(?<![\w’'-])(southern|northern|eastern|western|central|sub-Saharan|(?:south|north)-?(?:east|west)) $"
)
# "Central and Eastern Europe", "South and Southeast Asia": two compass words joined before one continent.
_COMPASS_PAIR_BEFORE = re.compile(
    r"(?<![\w’'-])(Central|Eastern|Western|Northern|Southern|East|West|North|South) and $"
)
_REGION_COMPASS = frozenset(
    [
        "Central",
        "Eastern",
        "Western",
        "Northern",
        "Southern",
        "East",
        "West",
        "North",
        "South",
        "Southeast",
        "Southwest",
        "Northeast",
        "Northwest",
    ]
)


def _widen_compass_regions(state: _State) -> None:
    """ "much of southern Africa": a compass word in lower case before a continent names a region of it
    when the gazetteer holds that region ("Southern Africa"); "southern Spain" stays Spain."""
    body = state.body
    for index, place in enumerate(state.places):
        if place.country_code is not None or place.kind not in ("continent", "region"):
            continue
        compass = _LOWER_COMPASS_BEFORE.search(body, max(0, place.start - 13), place.start)
        word = compass.group(1) if compass else ""
        # ("south-east Asia" is Southeast Asia)
        word = word if word == "sub-Saharan" else word.replace("-", "")
        known = PLACES.get(f"{word[:1].upper()}{word[1:]} {place.name}") if compass else None
        if compass is not None and known is not None and known.country_code is None:
            start = compass.start(1)
            state.places[index] = dataclasses.replace(
                place, start=start, name=body[start : place.end], canonical=known.name, kind=known.kind
            )
            continue
        # "Central and Eastern Europe": the first compass word must make a known region of the continent too
        pair = _COMPASS_PAIR_BEFORE.search(body, max(0, place.start - 14), place.start)
        continent = place.name.rsplit(" ", 1)[-1]
        if pair is None or " " not in place.name or place.name.split(" ", 1)[0] not in _REGION_COMPASS:
            continue
        first = PLACES.get(f"{pair.group(1)} {continent}")
        if first is None or first.country_code is not None:
            continue
        start = pair.start(1)
        written = body[start : place.end]
        state.places[index] = dataclasses.replace(place, start=start, name=written, canonical=written)


def _drop_nested_places(state: _State) -> None:
    """ "In Naga City": the town read inside a longer place's name is that place, not another."""
    inside_longer = _inside_longer_span([(p.start, p.end) for p in state.places if p.end > p.start])
    state.places = [p for p in state.places if p.end == p.start or not inside_longer(p.start, p.end)]


def _overlapping(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether a span overlaps any of ``spans``, in one lookup (sorted starts, furthest end so far)."""
    ordered = sorted(spans)
    starts = [start for start, _ in ordered]
    furthest = list(accumulate((end for _, end in ordered), max))

    def overlaps(start: int, end: int) -> bool:
        index = bisect.bisect_left(starts, end)
        return index > 0 and furthest[index - 1] > start

    return overlaps


def _inside_longer_span(spans: list[tuple[int, int]], *, or_same: bool = False) -> Callable[[int, int], bool]:
    """Whether a span lies inside a longer one of ``spans`` (or, with ``or_same``, is one of them): sorted
    starts and the furthest end reached so far make it one lookup, not a scan of every span (a megabyte
    of text names tens of thousands)."""
    ordered = sorted(set(spans))
    starts = [start for start, _ in ordered]
    furthest = list(accumulate((end for _, end in ordered), max))
    longest_from: dict[int, int] = {}
    for start, end in ordered:
        longest_from[start] = max(end, longest_from.get(start, end))

    def inside_longer(start: int, end: int) -> bool:
        earlier = bisect.bisect_left(starts, start)  # the spans that start before this one
        if earlier and furthest[earlier - 1] >= end:
            return True
        reach = longest_from.get(start, 0)
        return reach >= end if or_same else reach > end

    return inside_longer


_SHORTENED_KINDS = (" Town", " County")


def _town_short_forms(state: _State) -> None:
    """ "residents of Orangi Town …" and "in Orangi" (a headline's short form), "Pinellas County" and "homes
    in Pinellas": a place no gazetteer holds (or holds as a region), named elsewhere with "Town" or "County"
    after it in the same country, is that town or county."""
    towns = {
        (p.name.rsplit(" ", 1)[0], p.country_code): p
        for p in state.places
        if p.name.endswith(_SHORTENED_KINDS)
    }
    if not towns:
        return
    for index, place in enumerate(state.places):
        town = towns.get((place.name, place.country_code))
        known = PLACES.get(place.name)
        # ("Kiambu" and "Kiambu County": the gazetteer's region is the county; Kisumu the city is no county)
        if town is not None and (known is None or (known.kind == "region" and town.kind == "region")):
            state.places[index] = dataclasses.replace(
                place, name=town.name, canonical=town.canonical, kind=town.kind
            )


# "Quezon province", "Ratchaburi province": a province named after its city is a region of that name.
_PROVINCE_AFTER = re.compile(r" province\b")


# "Panama disease", "Marburg virus", "Lassa fever": a disease named after where it was found; "the Order of
# the Volta": an honour named after a place.
_DISEASE_AFTER_PLACE = re.compile(r" (?:disease|virus|fever)\b")
_HONOUR_BEFORE_PLACE = re.compile(r"\bOrder of the $")
_NAMED_THING_AROUND_PLACE = re.compile(r"[A-Z]\w* (?:disease|virus|fever)\b|\bOrder of the [A-Z]")


def _drop_places_naming_things(state: _State) -> None:
    """A place's name inside a disease's ("Panama disease") or an honour's ("the Order of the Volta") name
    names that thing, not the place."""
    body = state.body
    state.places = [
        p
        for p in state.places
        if p.end == p.start
        or not (
            _DISEASE_AFTER_PLACE.match(body, p.end)
            or _HONOUR_BEFORE_PLACE.search(body, max(0, p.start - 13), p.start)
        )
    ]


# "From Jane Roe, Kumasi": a correspondent's byline line, the writer and the town filed from.
_FROM_BYLINE = re.compile(
    r"^From (?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3}), (?P<town>[A-Z][^\n,]{1,40})$", re.M
)


def _drop_correspondents_read_as_places(state: _State) -> None:
    """ "From Jane Roe, Kumasi" on a line of its own: a name opening with a given name before the town a
    correspondent files from is the writer, not a place."""
    body = state.body
    writers = set()
    for line in _FROM_BYLINE.finditer(body):
        name, town = line.group("name"), line.group("town")
        if (
            name.split()[0] in FIRST_NAMES
            and (town in PLACES or town in TOWNS)
            and name not in PLACES
            and name not in PLACE_CANDIDATES
        ):
            writers.add(line.start("name"))
    if writers:
        state.places = [p for p in state.places if p.start not in writers]


def _states_named_like_cities(state: _State) -> None:
    """ "Kano and Jigawa States": the last of two states written with one plural "States" is that state.
    "Kano State" beside "the Kano metropolis": a state named after its city, when the story names the city
    too, is a place of its own, not the city."""
    for index, place in enumerate(state.places):
        if place.name.endswith(" States") and place.end > place.start:
            single = PLACES.get(place.name[:-1])
            if single is not None and single.kind == "region":
                end = place.end - len(" States")
                state.places[index] = dataclasses.replace(
                    place, end=end, name=place.name[: -len(" States")], canonical=single.name, kind="region"
                )
    cities = {(p.name, p.country_code) for p in state.places if p.kind == "city"}
    for index, place in enumerate(state.places):
        if place.kind != "region" or not place.name.endswith(" State") or place.canonical == place.name:
            continue
        city = PLACES.get(place.canonical)
        if city is not None and city.kind == "city" and (place.canonical, place.country_code) in cities:
            state.places[index] = dataclasses.replace(place, canonical=place.name)


def _provinces_named_after_cities(state: _State) -> None:
    body = state.body
    for index, place in enumerate(state.places):
        if place.kind == "city" and place.end > place.start and _PROVINCE_AFTER.match(body, place.end):
            state.places[index] = dataclasses.replace(place, canonical=place.name, kind="region")


def _drop_school_names(state: _State) -> None:
    """A name the gazetteer holds as no city or region that stands right before "elementary school"
    names the school, there and wherever the article names it again ("parents at Lake Ridge"); a known
    city before it is where the schools are ("Denver elementary schools")."""
    schools = {
        p.name for p in state.places if p.name not in PLACES and _SCHOOLS_AFTER.match(state.body, p.end)
    }
    if schools:
        state.places = [p for p in state.places if p.name not in schools]


_LOWER_CIVIC_TAIL = re.compile(
    r"(?<=[a-z]) (?:city|town|county|district|village|municipal|borough|parish) (?:council|hall)$"
)


def _drop_places_inside_orgs(state: _State) -> None:
    """ "Wexford Row Asset Management": a place read before a longer organisation's name was found
    around it is part of that name. A town's council or hall written in lower case ("Ottawa city
    council", "Torremolinos town hall") holds no name of its own: the town is still a place; nor does an
    adjective misread as a body's name ("Salford-based"), which is dropped."""
    if "-based" in state.body:
        state.orgs = [o for o in state.orgs if not o.name.endswith("-based")]
    spans = sorted(
        (o.start, o.end) for o in state.orgs if o.end - o.start > 0 and not _LOWER_CIVIC_TAIL.search(o.name)
    )
    if not spans or not state.places:
        return
    inside = _inside_longer_span(spans)
    state.places = [p for p in state.places if p.start == p.end or not inside(p.start, p.end)]


# An American lawmaker's party letter and home ("R-Blue Ridge", "DFL-Duluth").
_PARTY_HOME = re.compile(r"(?:[DRI]|DFL)-[A-Z]")


def _drop_places_inside_people(state: _State) -> None:
    """ "Ibarra Ruiz" after "Santiago Ibarra Ruiz": a place's name inside a person's name is part of the
    name. (Not "R-Blue Ridge" after a lawmaker: his party and home town, read as a name, are no person's.)"""
    spans = [(p.start, p.end) for p in state.people if p.end > p.start and not _PARTY_HOME.match(p.name)]
    if not spans or not state.places:
        return
    inside_person = _inside_longer_span(spans, or_same=True)
    state.places = [p for p in state.places if p.start == p.end or not inside_person(p.start, p.end)]


# "Frankfurt (Oder)", "Halle (Saale)": a German town's name carries its river or region in brackets.
_BRACKETED_QUALIFIER = re.compile(rf" \(({U}[a-z]+)\)")
_BRACKET_NAMED_COUNTRIES = frozenset(["DE", "AT", "CH"])


def _widen_bracketed_town_names(state: _State) -> None:
    """ "across the river from Frankfurt (Oder)": the bracket is part of the town's name, which is not
    the Frankfurt the gazetteer means by the bare word (an agency's name in brackets is no part)."""
    body = state.body
    for index, place in enumerate(state.places):
        if place.kind != "city" or place.country_code not in _BRACKET_NAMED_COUNTRIES:
            continue
        qualifier = _BRACKETED_QUALIFIER.match(body, place.end)
        if qualifier is None or qualifier.group(1) in KNOWN_ORGS or qualifier.group(1) in PLACES:
            continue
        name = body[place.start : qualifier.end()]
        state.places[index] = dataclasses.replace(place, end=qualifier.end(), name=name, canonical=name)


def _drop_party_adjectives(state: _State) -> None:
    """ "the Colorado candidate" in a story on Paraguay's Colorado Party: a place's name before a noun
    is the party's, when the story names a party after that place."""
    parties = {o.name.removesuffix(" Party") for o in state.orgs if o.name.endswith(" Party")}
    if not parties:
        return
    body = state.body
    state.places = [
        p
        for p in state.places
        if p.name not in parties or p.end == p.start or not _NOUN_AFTER.match(body, p.end)
    ]


# "against Houston", "beat Denver": the other side in a match report ("over", "host" and "to" name places
# as often: "concerns over London", "to host Paris").
_OPPONENT_WORDS = frozenset(["against", "versus", "vs", "vs.", "v", "v.", "beat", "beating"])
_SCORE_OPENERS = frozenset("(0123456789")
_WIN_OVER = ("victory over ", "win over ", "victories over ", "wins over ", "triumph over ")
# "Bath 31-24", "Leicester (10) 24": a side's score after its name.
_SCORE_AFTER = re.compile(r" (?:\(\d{1,3}\) \d{1,3}|\d{1,3}-\d{1,3})(?:\n|$| [A-Z])")
# "a game in Denver", "fans from Oakland": where a place, not a side, is meant.
_PLACE_WORDS_BEFORE = frozenset(["in", "at", "near", "from", "outside", "across", "around", "into", "of"])


def _side_nickname(word: str) -> bool:
    """ "Cats", "Swans", "Lions" after a town: a team's nickname (four letters will do here, where the
    town must also be a side in a match report)."""
    if not word[:1].isupper() or word in ("News", "Arms"):
        return False
    return _team_nickname(word) or (
        len(word) == 4
        and word.endswith("s")
        and word[1:].islower()
        and word not in ORG_HEADS
        and word not in PLACES
    )


def _drop_team_towns(state: _State) -> None:
    """In a match report, a town named as a side ("against Houston", "a victory over Leicester Tigers",
    "Bath 31-24") is the side wherever it is not placed by "in", "at" or "from": "Leicester, who had won
    four" is the club, "since Nov. 5 in Denver" the city."""
    body = state.body
    sides = {
        p.canonical
        for p in state.places
        if p.kind == "city"
        and p.end > p.start
        and (
            # (a score opens with a digit or a bracket: the pattern is tried only then)
            (body[p.end + 1 : p.end + 2] in _SCORE_OPENERS and _SCORE_AFTER.match(body, p.end) is not None)
            or body.endswith(_WIN_OVER, 0, p.start)
            or _word_before(body, p.start).lower() in _OPPONENT_WORDS
            # "the Geelong Cats", "the ladder-leading Brisbane Lions": a town before a team's nickname
            or _side_nickname(_word_after(body, p.end))
        )
    }
    if not sides or not _is_sports(state):  # (the phrases rule out most stories before the words are read)
        return
    state.places = [
        p
        for p in state.places
        if p.canonical not in sides
        # ("OAKLAND, Calif. —": a dateline's town in capitals is where the match was played)
        or p.name.isupper()
        or (p.end > p.start and _word_before(body, p.start).lower() in _PLACE_WORDS_BEFORE)
    ]


# A paragraph this short above the story is a standfirst, a credit or a dateline line, not its text.
_MAX_PREAMBLE_LINE = 200
# "By Jane Roe, Abuja", "Jane Roe in Nairobi": the town a byline files the story from.
_BYLINE_TOWN = re.compile(rf"(?:, | in )({U}[\w’'.-]*(?: {U}[\w’'.-]*)?)$")
# "Quebec City" on a line of its own above the story: a dateline in title case.
_BARE_TOWN_LINE = re.compile(rf"{U}[\w’'.-]*(?: {U}[\w’'.-]*){{0,2}}")


def _align_namesake_towns(state: _State) -> None:
    """ "Guadalupe, Tisa and Pardo" then "in Barangay Guadalupe": a town the gazetteer puts abroad that
    the story also names, by a cue, as a place of its own country is that place, when no other place of
    the gazetteer's country is named."""
    country = _article_country(state)
    if country is None:
        return
    local = {p.name for p in state.places if p.country_code == country and p.end > p.start}
    foreign = Counter(p.country_code for p in state.places if p.country_code not in (None, country))
    named = Counter(p.name for p in state.places)
    for index, place in enumerate(state.places):
        if place.kind != "city" or place.country_code in (None, country) or place.name not in local:
            continue
        if foreign[place.country_code] > named[place.name]:
            continue  # ("Guadalupe" in a story that names Monterrey too is the Mexican one)
        state.places[index] = dataclasses.replace(place, canonical=place.name, country_code=country)


# "in Austin.", "offices in Austin and Dublin", "plays at Dallas on Monday": a preposition of place before a
# city whose name is as often a person's or a word, then the clause's end or a lower-case word.
# The match opens on the capital and looks back for the word before it: the engine then skips to capitals
# only, rather than trying the look-behind at every position of the body (same matches, half the time).
_AMBIGUOUS_TOWN_AFTER_PREPOSITION = re.compile(
    r"(?P<town>[A-Z](?:"
    + "|".join(rf"(?<=(?<![\w’'-]){word} [A-Z])" for word in ("in", "from", "near", "outside", "at"))
    + r")[a-z]+)(?=[.,;:!?)]|\Z| (?!of\b|de\b|del\b|da\b|la\b)[a-z])"
)
_MONTH_NAMES = frozenset(calendar.month_name[1:])


def _find_ambiguous_towns_after_prepositions(state: _State) -> None:
    """ "The session of the Legislature in Austin.": a city whose name is as often a person's or a word is
    that city after "in", "from" or "at" when the story names other places of its country and no one in
    the story bears the name."""
    body = state.body
    countries = {p.country_code for p in state.places if p.country_code}
    if not countries:
        return
    found = []
    for match in _AMBIGUOUS_TOWN_AFTER_PREPOSITION.finditer(body):
        name = match.group("town")
        city = AMBIGUOUS_PLACES.get(name)
        if city is not None and city.country_code in countries and name not in _MONTH_NAMES:
            found.append((match.span("town"), name, city))
    if not found:
        return  # (most stories: no such name, and no need to index what the other stages found)
    taken = _overlapping(
        [(p.start, p.end) for p in state.places]
        + [(o.start, o.end) for o in state.orgs]
        + [(p.start, p.end) for p in state.people]
    )
    for (start, end), name, city in found:
        if taken(start, end) or any(name in p.name.split() for p in state.people):
            continue
        state.places.append(PlaceMention(start, end, name, city.name, city.country_code, city.kind))


# "in New Waterford", "Glace Bay, New Waterford": "New" inside a sentence, right before a place's name.
_NEW_BEFORE = re.compile(r"(?<=[a-z,] )New $")


def _find_new_namesake_towns(state: _State) -> None:
    """ "a meeting in New Waterford": a town or region's name after "New" (inside a sentence), when the
    gazetteer holds no "New X", is a town named after it, in the country of the story's other places."""
    body = state.body
    found = [
        (index, place)
        for index, place in enumerate(state.places)
        if place.end > place.start
        and place.kind in ("city", "region")
        and _NEW_BEFORE.search(body, max(0, place.start - 6), place.start)
        and f"New {place.name}" not in PLACES
        and f"New {place.name}" not in TOWNS
    ]
    if not found:
        return
    named = {place.name for _, place in found}
    countries = Counter(p.country_code for p in state.places if p.country_code and p.name not in named)
    country = countries.most_common(1)[0][0] if countries else None
    new_names = {f"New {place.name}" for _, place in found}
    for index, place in found:
        name = f"New {place.name}"
        state.places[index] = PlaceMention(place.start - 4, place.end, name, name, country, "city")
    # "New Waterford" in the headline: the same town wherever the story names it so.
    for index, place in enumerate(state.places):
        if place.end == place.start and f"New {place.name}" in new_names:
            name = f"New {place.name}"
            state.places[index] = dataclasses.replace(place, name=name, canonical=name, country_code=country)


# "residents on the Southwest Side", "aldermen from the North Side": a city's side, named by its compass point.
_CITY_SIDE = re.compile(
    r"(?<=\bthe )(?:(?:Far|Near) )?(?:North|South|East|West|Northwest|Southwest|Northeast|Southeast) Side\b"
    r"(?![ -][A-Z]|-?\w)"
)


def _find_city_sides(state: _State) -> None:
    """ "on the Southwest Side and the Far South Side": a part of a city named by its compass point and
    "Side" is a place of the story's country (one its places clearly lead)."""
    country = _article_country(state)
    if country is None:
        return
    taken = _overlapping([(p.start, p.end) for p in state.places] + [(o.start, o.end) for o in state.orgs])
    for match in _CITY_SIDE.finditer(state.body):
        if not taken(match.start(), match.end()):
            name = match.group()
            state.places.append(PlaceMention(match.start(), match.end(), name, name, country, "city"))


def _find_filing_towns(state: _State, document: Document) -> None:
    """The town a story is filed from, named outside its sentences: after the writer's name in the byline
    (recorded with no span, as a headline's places are), or alone on a line above the first paragraph."""
    body = state.body
    found = {(p.canonical, p.country_code) for p in state.places}
    byline = _BYLINE_TOWN.search(document.byline) if document.byline else None
    known = PLACES.get(byline.group(1)) if byline else None
    if known is not None and known.kind == "city" and (known.name, known.country_code) not in found:
        found.add((known.name, known.country_code))
        state.places.append(PlaceMention(0, 0, known.name, known.name, known.country_code, known.kind))
    for paragraph, following in pairwise(document.paragraphs[:4]):
        if following.end - following.start <= _MAX_PREAMBLE_LINE:
            continue  # (the line must stand right above the story's first long paragraph)
        text = body[paragraph.start : paragraph.end]
        if not _BARE_TOWN_LINE.fullmatch(text) or any(
            (p.start, p.end) == (paragraph.start, paragraph.end) for p in state.places
        ):
            break
        town = PLACES.get(text)
        if town is None and text.endswith(" City"):
            # "Quebec City", "Panama City": the city that shares its name with a province or a country
            town = PLACES.get(text.removesuffix(" City"))
            town = PlaceInfo(text, town.country_code, "city") if town and town.kind != "city" else None
        if town is not None and town.kind == "city":
            # (it replaces a shorter name read inside it: "Quebec" in "Quebec City")
            state.places = [p for p in state.places if not paragraph.start <= p.start < paragraph.end]
            state.places.append(
                PlaceMention(paragraph.start, paragraph.end, text, town.name, town.country_code, "city")
            )
        break


# "the City of Kigali", "Kicukiro District": a town or district written with the word for its kind.
_UNIT_FORM = re.compile(r"City of (.+)|(.+) District")


def _join_unit_forms(state: _State) -> None:
    """ "in the City of Kigali" and "Kigali", "at the launch in Kicukiro District" and "Kicukiro": a
    place written with the word for its kind is the place the story also names bare, in its country."""
    bare = {(p.canonical, p.country_code or ""): p for p in state.places if p.country_code}
    for index, place in enumerate(state.places):
        form = _UNIT_FORM.fullmatch(place.canonical) if place.country_code else None
        if form is None:
            continue
        known = bare.get((form.group(1) or form.group(2), place.country_code or ""))
        if known is not None:
            state.places[index] = dataclasses.replace(place, canonical=known.canonical, kind=known.kind)


_HEADLINE_LISTED_BEFORE = re.compile(rf"({U}[\w’'-]*(?: {U}[\w’'-]*)?)(?:, | and )$")


def _find_headline_places(state: _State, document: Document) -> None:
    """A known place the headline names that the body names only inside other names ("reshaped
    Glasgow's riverside" over "the Glasgow School of Art"): recorded with no span in the body."""
    title = document.title
    if not title or document.body.startswith(title.rstrip("…").rstrip()):
        return  # no headline: the title is the lead sentence
    found = {(p.canonical, p.country_code) for p in state.places}
    org_names = {o.name for o in state.orgs}
    for run in _RUN_AT_CAPITAL.finditer(title):
        if _NAME_OF_BEFORE.search(title, max(0, run.start() - 40), run.start()):
            continue  # "Bank of England governor warns": the end of a longer name
        tokens = _tokens(title, run.start(), run.end())
        listed = _HEADLINE_LISTED_BEFORE.search(title, 0, run.start())
        if (
            listed is not None
            and _place_at(tokens, 0) == 0
            and title.startswith(" residents", run.end())
            and (known := next((p for p in state.places if p.name == listed.group(1)), None)) is not None
            and known.country_code
            and all(_unknown_word(state, t[2]) for t in tokens)
        ):
            # "Kurla, Sion residents say …": a name listed after a town of the story, before "residents".
            state.places.append(PlaceMention(0, 0, run.group(), run.group(), known.country_code, "city"))
            continue
        if _place_at(tokens, 0) != len(tokens) or (len(tokens) == 1 and tokens[0][2] in FIRST_NAMES):
            continue  # part of a longer name ("Glasgow School of Art"), or "Jordan" the player
        if run.group() in KNOWN_ORGS or run.group() in org_names:
            continue  # a name the gazetteer also gives a town that the article names as an organisation
        if run.group() == "Pacific" and not _OCEAN_ARTICLE.search(
            title, max(0, run.start() - 24), run.start()
        ):
            continue  # "Pacific farm workers underpaid": an adjective, as in the body
        info = PLACES[" ".join([*(t[2] for t in tokens[:-1]), _POSSESSIVE.sub("", tokens[-1][2])])]
        if any(p.name == info.name or p.canonical == info.name for p in state.places):
            continue  # "Punjab" over a story of Pakistan's Punjab: the body's reading of the name wins
        if info.kind != "other" and (info.name, info.country_code) not in found:
            found.add((info.name, info.country_code))
            state.places.append(PlaceMention(0, 0, info.name, info.name, info.country_code, info.kind))


def _find_late_home_forms(state: _State, chunks: list[_Chunk]) -> None:
    """ "Labor had lost control", "told reporters in the Diet": a home country's short form read before
    the places that make the story that country's were (the first town after it): read again with all
    of them known."""
    country = None
    for chunk in chunks:
        words = [t[2] for t in chunk.tokens]
        if (
            chunk.label not in ("unknown", "person-candidate")
            or words[-1] not in HOME_FORMS
            or (len(words) != 1 and words != ["The", words[-1]])  # "The Coalition seized on …"
        ):
            continue
        known = HOME_FORMS[words[-1]]
        country = country or _story_country(state) or "-"
        if known.country_code != country:
            continue
        if any(p.start <= chunk.start < p.end for p in state.people) or any(
            o.start <= chunk.start < o.end for o in state.orgs
        ):
            continue
        chunk.label = "org"
        start = chunk.tokens[-1][0]
        _add_org(state, start, chunk.end, _org_from_text(words[-1], known=known))


def _find_headline_orgs(state: _State, document: Document) -> None:
    """A known organisation the headline names that the body does not ("Labor's new funding model
    leaves sector short"): recorded with no span in the body, as a headline's places are."""
    title = document.title
    if not title or document.body.startswith(title.rstrip("…").rstrip()):
        return  # no headline: the title is the lead sentence
    found = {o.canonical for o in state.orgs}
    chambers = [
        words
        for run in _RUN_AT_CAPITAL.finditer(title)
        if _chamber_of_place(words := _POSSESSIVE.sub("", run.group()).removeprefix("The ").split())
    ]
    if len(chambers) == 1 and chambers[0][1] in found and " ".join(chambers[0]) not in found:
        # "Georgia Senate votes to …" over a body that says only "The Senate passed": that chamber.
        name = " ".join(chambers[0])
        state.orgs = [
            dataclasses.replace(o, canonical=name) if o.canonical == chambers[0][1] else o for o in state.orgs
        ]
        found.add(name)
    for run in _RUN_AT_CAPITAL.finditer(title):
        if _NAME_OF_BEFORE.search(title, max(0, run.start() - 40), run.start()):
            continue  # "Bank of England governor warns": the end of a longer name
        bare = _POSSESSIVE.sub("", run.group()).removeprefix("The ")
        if (
            bare == run.group()
            and title[run.end() : run.end() + 1] not in ("’", "'")  # "Greens’ plan"
            and _word_after(title, run.end()) not in REPORTING_VERBS
        ):
            continue  # "EU leaders back new rules": a name qualifying a noun only, as in the body
        known = KNOWN_ORGS.get(bare)
        if known is None and bare in HOME_FORMS and _story_country(state) == HOME_FORMS[bare].country_code:
            known = HOME_FORMS[bare]  # "Labor" in a story from Australia
        if known is not None and known.name not in found:
            found.add(known.name)
            org = _org_from_text(bare, known=known)
            state.orgs.append(
                OrganisationMention(
                    0, 0, bare, known.name, known.acronym, known.country_code, str(org["kind"])
                )
            )


# ", California" after a dateline's city: its region or country.
# Kinds of body a country has one of ("the Finance Ministry", "Parliament"), and words that make a body
# international or another country's ("European", "UN", "Chinese").
_NATIONAL_BODY_KINDS = frozenset(
    {"ministry", "agency", "government", "parliament", "police", "military", "court"}
)
_INTERNATIONAL_WORDS = frozenset(
    ["European", "International", "Global", "World", "United", "UN", "U.N.", "Asian", "African", "Arab"]
)


def _story_country(state: _State) -> str | None:
    """The country the story is from: its dateline's (the place read at the body's start), else the one
    its places lead, named more than once ("a villa in Portugal" alone makes no story Portuguese)."""
    first = next((p.country_code for p in state.places if p.start == state.dateline_start), None)
    if first:
        return first
    country = _article_country(state)
    if country and sum(p.country_code == country for p in state.places) >= 2:
        return country
    web = state.web_country
    if web is not None and country in (None, web):
        # "Melbourne" against a "Brunswick" the gazetteer puts in the US, in a story at theage.com.au:
        # an outlet's national address settles a tie among the places, when one of them is its country's.
        counts = Counter(p.country_code for p in state.places if p.country_code)
        if counts[web] and counts[web] == max(counts.values()):
            return web
    return None


# The codes of the countries the gazetteer names.
_COUNTRY_CODES = frozenset(p.country_code for p in PLACES.values() if p.kind == "country" and p.country_code)
# Two-letter top-level domains sites take for their sound, not their country ("news.io", "radio.fm").
_GENERIC_COUNTRY_DOMAINS = frozenset(
    ["co", "io", "tv", "me", "ai", "fm", "ly", "cc", "ws", "to", "gg", "am", "nu"]
)
_WEB_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://([^/:?#]+)", re.IGNORECASE)


def _web_country(url: str | None) -> str | None:
    """The country whose top-level domain ends the address's host ("www.theage.com.au" → AU)."""
    host = _WEB_HOST.match(url) if url else None
    if host is None:
        return None
    domain = host.group(1).rsplit(".", 1)[-1].lower()
    if len(domain) != 2 or not domain.isalpha() or domain in _GENERIC_COUNTRY_DOMAINS:
        return None
    code = "GB" if domain == "uk" else domain.upper()
    return code if code in _COUNTRY_CODES else None


# Words of the party names many countries share ("Social Democratic Party", "Democratic Progressive
# Party"), which name a listed foreign party only where the story is about its country.
_PARTY_NAME_WORDS = frozenset(
    [
        "Party", "Democratic", "Social", "Progressive", "Liberal", "Conservative", "Labour", "National",
        "People's", "Peoples", "Popular", "Republican", "Freedom", "Alliance", "Union", "Unionist",
        "Christian", "Free", "New", "Green", "Socialist", "Workers'", "Movement", "Front", "Reform",
        "Justice", "Development", "Democrats", "Democracy", "and", "for", "of", "the",
    ]
)  # fmt: skip


def _generic_party_name(name: str) -> bool:
    return all(word in _PARTY_NAME_WORDS for word in name.split())


def _rehome_foreign_party_aliases(state: _State) -> None:
    """ "Labour" in a story from New Zealand is no British party: a party's short form ("Labour",
    "Conservatives") or a name many countries' parties share ("Social Democratic Party") names the listed
    party only in a story from its country, or one that names that country; elsewhere it is that story's
    country's party of the name."""
    parties = [
        org
        for org in state.orgs
        if (known := KNOWN_ORGS.get(org.name)) is not None
        and known.kind == "party"
        and known.country_code
        and (org.name not in (known.name, known.acronym) or _generic_party_name(org.name))
    ]
    if not parties:
        return
    country = _story_country(state)
    if country is None:
        return
    named = {p.country_code for p in state.places}
    party_names = {org.name for org in parties}  # which organisations are parties depends on the name alone
    for index, org in enumerate(state.orgs):
        code = KNOWN_ORGS[org.name].country_code if org.name in party_names else None
        if code and code != country and code not in named:
            # "Labour" in a story from New Zealand: that country's party of the name.
            state.orgs[index] = OrganisationMention(
                org.start, org.end, org.name, org.name, None, country, "party"
            )


def _rehome_foreign_team_short_forms(state: _State) -> None:
    """ "the Hurricanes" in a rugby report from New Zealand are no American ice-hockey team: a listed
    team's short form names it only in a story from its country, or one that names that country; elsewhere
    it is the story's country's team of that name."""
    if not any(
        (known := KNOWN_ORGS.get(org.canonical)) is not None and known.sport and org.name != known.name
        for org in state.orgs
    ):
        return
    country = _story_country(state)
    if country is None:
        return
    named = {p.country_code for p in state.places}
    for index, org in enumerate(state.orgs):
        known = KNOWN_ORGS.get(org.canonical)
        if (
            known is None
            or not known.sport
            or org.name in (known.name, known.acronym)
            or known.country_code in (None, country)
            or known.country_code in named
        ):
            continue
        state.orgs[index] = OrganisationMention(
            org.start, org.end, org.name, org.name, None, country, org.kind
        )


# Kinds of listed public body whose generic name other countries' bodies share ("Environmental Protection
# Agency", "Securities and Exchange Commission", "Serious Fraud Office").
_GENERIC_BODY_KINDS = frozenset({"ministry", "agency", "court", "police"})


@lru_cache(maxsize=2048)
def _generic_body_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and not any(
        w in PLACES or w in _DEMONYM_ADJECTIVES or w in _INTERNATIONAL_WORDS or w in KNOWN_ORGS for w in words
    )


def _rehome_foreign_generic_bodies(state: _State) -> None:
    """ "the Environmental Protection Agency" in a story from Ireland is Ireland's: a listed foreign
    public body named in full by a generic name, in a story from another country that names no place of
    the listed body's, is the story's country's body of that name."""
    foreign = {
        known.name
        for org in state.orgs
        if org.name == org.canonical
        and (known := KNOWN_ORGS.get(org.name)) is not None
        and known.name == org.name
        and known.country_code
        and known.kind in _GENERIC_BODY_KINDS
        and _generic_body_name(known.name)
    }
    if not foreign:
        return
    country = _story_country(state)
    coded = [p.country_code for p in state.places if p.country_code]
    if country is None or len(coded) < 3 or coded.count(country) * 4 < len(coded) * 3:
        return  # only a story that stays in its country (three in four of its places there)
    named = set(coded)
    for index, org in enumerate(state.orgs):
        if org.canonical not in foreign:
            continue
        known = KNOWN_ORGS[org.canonical]
        if (
            known.country_code == country
            or known.country_code in named
            or org.country_code != known.country_code
        ):
            continue
        # The listed acronym is kept only where the article writes it.
        acronym = known.acronym if known.acronym and _in_body(state, known.acronym) else None
        state.orgs[index] = OrganisationMention(
            org.start, org.end, org.name, org.canonical, acronym, country, org.kind
        )


def _regional_bodies(state: _State, country: str) -> list[int]:
    """Bodies named after an abbreviated region of the story's own country ("NSW ...", "Qld ...")."""
    found = []
    for index, org in enumerate(state.orgs):
        first = org.name.split()[0]
        place = PLACES.get(first) if first.isupper() else None
        if (
            place is not None
            and org.country_code is None
            and org.kind in _NATIONAL_BODY_KINDS
            and place.kind == "region"
            and place.country_code == country
        ):
            found.append(index)
    return found


# Listed bodies that every country has: "the Treasury" in a story from London is Britain's.
_COUNTRYLESS_KNOWN_BODIES = frozenset(["Treasury", "General Staff", "Cabinet"])


def _organisations_country(state: _State) -> str | None:
    """The one country of the article's organisations that have one, when at least three name it."""
    named = {(o.canonical, o.country_code) for o in state.orgs if o.country_code}
    countries = {code for _, code in named}
    if len(countries) == 1 and len(named) >= 3:
        return countries.pop()
    return None


# Chambers a bare "the House" may sit beside as a name of its own: the US-style Congress and legislatures.
_HOUSE_PARTNERS = frozenset(
    ["Senate", "Congress", "House", "Legislature", "Representatives", "Commons", "Lords"]
)
_OTHER_CHAMBER_WORDS = (_LEGISLATURES | {"Assembly", "Oireachtas"}) - _HOUSE_PARTNERS


# ", Inc." after a company's name: its legal form, written after a comma (US style).
_COMMA_LEGAL_FORM = re.compile(
    r", (?:Inc\.|Inc\b|LLC\b|L\.L\.C\.|Ltd\.|Ltd\b|Corp\.|Co\.|N\.V\.|S\.A\.|P\.C\.)"
)


# "a joint venture between Samruk-Energy and …": one capitalised name (a coined compound or a few words)
# right before " and " after "between".
_PARTNER_BETWEEN = re.compile(rf"between ((?:{U}[\w’'&-]*[\w])(?: {U}[\w’'&-]*[\w]){{0,3}}) and $")


def _find_partners_between(state: _State) -> None:
    """ "a joint venture between Samruk-Energy and Golden Falcon Renewables": the other party of a deal
    between a company and a name nobody read is a company too (not a person or a place)."""
    body = state.body
    added: list[OrganisationMention] = []
    for org in state.orgs:
        if org.kind not in ("company", "organisation") or not body.endswith(" and ", 0, org.start):
            continue
        partner = _PARTNER_BETWEEN.search(body, max(0, org.start - 70), org.start)
        if partner is None:
            continue
        start, end = partner.span(1)
        text = partner.group(1)
        if (
            text in PLACES
            or text in PLACE_CANDIDATES
            or any(o.start < end and start < o.end for o in state.orgs)
            or any(p.start < end and start < p.end for p in state.people)
            or any(p.start < end and start < p.end for p in state.places)
            or not any(c.isupper() for c in text[1:])  # one plain word ("Monday") is no company's name
        ):
            continue
        added.append(OrganisationMention(start, end, text, text, None, org.country_code, org.kind))
    state.orgs.extend(added)


# Honours and ranks at the bar written after a name ("Jane Roe, KC,"); "MP" and the like name a seat.
_HONOUR_LETTERS = frozenset(["KC", "QC", "SC", "SAN", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS"])


def _drop_post_nominal_letters(state: _State) -> None:
    """ "attorney-at-law Jane Roe, KC, who represented …": the letters after a person's name are her
    rank or honour, no organisation."""
    body = state.body
    ends = {p.end for p in state.people}
    state.orgs = [
        o
        for o in state.orgs
        if not (
            body[o.start : o.end] in _HONOUR_LETTERS
            and body[o.start - 2 : o.start] == ", "
            and o.start - 2 in ends
        )
    ]


def _take_legal_forms_after_commas(state: _State) -> None:
    """ "Zorvex Health, Inc. (NASDAQ: ZVX)": the company's name as written runs on through its legal form."""
    body = state.body
    for index, org in enumerate(state.orgs):
        if org.end > org.start and body.startswith(", ", org.end) and org.name == org.canonical:
            form = _COMMA_LEGAL_FORM.match(body, org.end)
            if form is not None:
                name = body[org.start : form.end()]
                # The name as written; the company keeps its bare name, the form being an alias.
                state.orgs[index] = dataclasses.replace(org, end=form.end(), name=name)


# Words that end the name of a unit inside a ministry ("the Water Directorate", "the Consumer Affairs
# Division"), which is a body of its own.
_MINISTRY_UNIT_HEADS = "Directorate|Division|Unit|Inspectorate|Secretariat|Department|Office|Bureau|Service"
_MINISTRY_UNIT_IN_NAME = re.compile(
    rf"(?P<unit>(?:{U}[\w’'&-]* ){{1,4}}(?:{_MINISTRY_UNIT_HEADS})) of the (?P<ministry>Ministry of .+)"
)
_MINISTRY_UNIT_BEFORE = re.compile(
    rf"(?<![\w’'-])(?P<unit>(?:{U}[\w’'&-]* ){{1,4}}(?:{_MINISTRY_UNIT_HEADS})) of the $"
)


# " and Energy (MINAE)": a ministry's last field, which the bracketed acronym shows is part of its name.
_MINISTRY_FIELD_BEFORE_ACRONYM = re.compile(rf"( and {U}[a-z]+) \(({U}[\w]+)\)")


def _split_ministry_units(state: _State) -> None:
    """ "the Consumer Affairs Division of the Ministry of Trade", "the Water Directorate of the Ministry of
    Environment": a ministry's named unit is an organisation of its own, and the ministry is another."""
    if " of the Ministry of " not in state.body:
        return
    body = state.body
    added: list[OrganisationMention] = []
    for index, org in enumerate(state.orgs):
        if org.name != org.canonical:
            continue
        joined = _MINISTRY_UNIT_IN_NAME.fullmatch(org.name)
        if joined is not None and not joined.group("unit").startswith(("The ", "Ministry ")):
            if body[org.start : org.end] != org.name:
                # A later "MINAE" under the joined name: the acronym is the ministry's, not its unit's.
                ministry = joined.group("ministry")
                state.orgs[index] = OrganisationMention(
                    org.start, org.end, ministry, ministry, org.acronym, org.country_code, "ministry"
                )
                continue
            unit_end = org.start + joined.end("unit")
            ministry_start = org.start + joined.start("ministry")
            unit = body[org.start : unit_end]
            end, acronym = org.end, org.acronym
            more = _MINISTRY_FIELD_BEFORE_ACRONYM.match(body, end)
            if more is not None:
                # "… of the Ministry of Environment and Energy (MINAE)": one ministry, with its acronym.
                end, acronym = more.end(1), acronym or more.group(2)
            ministry = body[ministry_start:end]
            state.orgs[index] = OrganisationMention(
                ministry_start, end, ministry, ministry, acronym, org.country_code, "ministry"
            )
            added.append(
                OrganisationMention(org.start, unit_end, unit, unit, None, org.country_code, "agency")
            )
        elif org.kind == "ministry" and org.name.startswith("Ministry of "):
            before = _MINISTRY_UNIT_BEFORE.search(body, max(0, org.start - 80), org.start)
            if before is None:
                continue
            start, end = before.span("unit")
            if body.startswith("The ", start):
                start += 4  # "The Consumer Affairs Division of the …" opening a sentence
            if body.startswith("Ministry ", start) or " " not in body[start:end]:
                continue
            if any(o.start < end and start < o.end for o in state.orgs):
                continue
            unit = body[start:end]
            added.append(OrganisationMention(start, end, unit, unit, None, org.country_code, "agency"))
    state.orgs.extend(added)


def _elided_initials(name: str) -> str:
    """ "Service public d'assainissement non collectif" → "spanc": French acronyms written as words ("Spanc")
    take each word's initial, an elided article's word too, and skip the links."""
    words = [w.rpartition("’")[2].rpartition("'")[2] for w in name.split() if w not in _FOREIGN_LINKS]
    return "".join(w[:1] for w in words).lower()


# "(CDC-Peru)", "(INE-Chile)": an acronym, a hyphen and a country's name, in brackets.
_COUNTRY_BRANDED_ACRONYM = re.compile(r" \((([A-Z]{2,6})-([A-Z][a-z]+))\)")


def _attach_bracketed_acronyms(state: _State) -> None:
    """ "China's General Administration of Customs (GACC)": capitals in brackets right after a body's
    name, opening with its first initial, are its acronym though they spell its words loosely; the bare
    acronym elsewhere is that body."""
    body = state.body
    for index, org in enumerate(state.orgs):
        # "the Ministry of Digital Affairs' (MODA) budget": a plural name's possessive mark may come first.
        at = org.end + 1 if body.startswith(("' (", "’ ("), org.end) and org.name.endswith("s") else org.end
        if not body.startswith(" (", at) or org.acronym is not None or org.name != org.canonical:
            continue
        found = _ACRONYM_AFTER.match(body, at) if " " in org.name else None
        short = found.group(1) if found else ""
        branded = _COUNTRY_BRANDED_ACRONYM.match(body, at) if " " in org.name and not found else None
        if branded is not None:
            # "the National Center for Epidemiology, Prevention and Disease Control (CDC-Peru)": a short
            # form branded with the body's own country is its acronym, whatever letters open it.
            place = PLACES.get(branded.group(3))
            if place is None or place.kind != "country" or org.country_code not in (None, place.country_code):
                continue
            short = branded.group(1)
        elif (
            not (short.isalpha() and short.isupper() and short[0] == _initials(org.canonical)[:1])
            and not (
                short.istitle() and 3 <= len(short) <= 6 and short.lower() == _elided_initials(org.canonical)
            )
            # "the Executive Secretariat of the National Public Security System (SESNSP)": the initials
            # of the name in its own language, the same words in another order.
            and not (
                len(short) >= 4 and short.isupper() and sorted(short) == sorted(_initials(org.canonical))
            )
        ):
            continue
        known = KNOWN_ORGS.get(short)
        if known is not None and known.name != org.canonical:
            continue
        state.orgs[index] = dataclasses.replace(org, acronym=short)
        for other, bare in enumerate(state.orgs):
            if bare.name == short and bare.canonical == short and bare.country_code is None:
                state.orgs[other] = dataclasses.replace(bare, country_code=org.country_code)


_DEMONSTRATIVE_BODY = re.compile(r"(?:This|That|These|Those|Our|Your|Their) [A-Z][a-z]+")


def _drop_demonstrative_bodies(state: _State) -> None:
    """ "This Government will not …": a demonstrative or possessive before a body's generic noun names no
    body."""
    state.orgs = [
        o for o in state.orgs if o.name[:1] not in "TOY" or not _DEMONSTRATIVE_BODY.fullmatch(o.name)
    ]


# "Cabinet member for housing, Cllr Jane Roe": a British council's portfolio post, of which "Cabinet" is
# a part and no body of its own (the council is named elsewhere).
_CABINET_PORTFOLIO_AFTER = re.compile(r" [Mm]ember for [a-z]")


# "the County Executive Committee Member for Finance and Economic Planning": a capitalised post, "for",
# then its portfolio.
_CAPITAL_MEMBER_FOR_BEFORE = re.compile(rf"(?<![\w’'-])((?:{U}[\w-]* ){{1,4}}(?:Member|Secretary)) for $")


def _portfolios_of_member_posts(state: _State) -> None:
    """ "the County Executive Committee Member for Finance and Economic Planning, Ms Jane Roe": the
    portfolio after a capitalised post's "for" is part of her post, no body of its own."""
    body = state.body
    portfolios: dict[str, str] = {}
    kept = []
    for org in state.orgs:
        words = org.name.split()
        post = _CAPITAL_MEMBER_FOR_BEFORE.search(body, max(0, org.start - 60), org.start)
        if (
            post is not None
            and org.canonical == org.name
            and all(w in ("and", "&") or _is_portfolio_word(w) for w in words)
            and words[0] not in ("and", "&")
        ):
            portfolios[org.name] = f"{post.group(1)} for {org.name}"
            continue
        kept.append(org)
    if not portfolios:
        return
    # "The Finance executive says": the portfolio's short form, read as the body's, goes with it.
    openers = {name.split()[0] for name in portfolios}
    state.orgs = [o for o in kept if o.canonical not in portfolios and o.name not in openers]
    for index, person in enumerate(state.people):
        tied = [(o, r) for o, r in person.affiliations if o in portfolios]
        if not tied:
            continue
        titles = tuple(portfolios[o] if t == r else t for o, r in tied for t in person.titles)
        state.people[index] = dataclasses.replace(
            person,
            titles=titles or tuple(portfolios[o] for o, _ in tied),
            affiliations=tuple((o, r) for o, r in person.affiliations if o not in portfolios),
        )


_POLICE_LEVELS = frozenset(["Provincial", "Regional", "District", "Divisional", "County"])


def _regional_police_commanders(state: _State) -> None:
    """ "Morobe Provincial Police Commander Chief Superintendent Jane Roe": the province before the post is
    dropped and the rank after it is no part of it; the post is "Provincial Police Commander", no body."""
    body = state.body
    posts: dict[str, str] = {}
    kept = []
    for org in state.orgs:
        words = org.name.split()
        if (
            len(words) >= 3
            and words[-1] == "Police"
            and words[-2] in _POLICE_LEVELS
            and org.canonical == org.name
            and body.startswith(" Commander ", org.end)
        ):
            posts[org.name] = f"{words[-2]} Police Commander"
            _add_place(state, org.start, org.start + len(" ".join(words[:-2])))  # the province, a place
            continue
        kept.append(org)
    if not posts:
        return
    state.orgs = kept
    for index, person in enumerate(state.people):
        tied = [o for o, _ in person.affiliations if o in posts]
        if tied:
            state.people[index] = dataclasses.replace(
                person,
                titles=(posts[tied[0]],),
                affiliations=tuple((o, r) for o, r in person.affiliations if o not in posts),
            )


def _drop_post_initials(state: _State) -> None:
    """ "given the CEC every opportunity" beside "the County Executive Committee Member for Finance":
    letters that spell the opening words of a post a person of the story holds name that post, no body."""
    openings = {
        "".join(w[0] for w in words[:size])
        for person in state.people
        for title in person.titles
        if len(words := [w for w in title.split() if w not in ("of", "for", "the", "and")]) >= 2
        for size in range(3, min(len(words), 5) + 1)
        if all(w[:1].isupper() for w in words[:size])
    }
    # ("The Chief Harbour Officer, CHO, …": letters the post itself writes are read as its holder later.)
    openings -= {w.strip(",()") for person in state.people for title in person.titles for w in title.split()}
    if openings:
        state.orgs = [
            o
            for o in state.orgs
            if not (o.name in openings and o.canonical == o.name and o.name not in KNOWN_ORGS)
        ]


def _drop_cabinet_portfolio_posts(state: _State) -> None:
    """ "Cabinet member for climate change": the cabinet in a portfolio post names no body."""
    body = state.body
    state.orgs = [
        o for o in state.orgs if o.name != "Cabinet" or not _CABINET_PORTFOLIO_AFTER.match(body, o.end)
    ]


# "a BWF Super 500 event", "an ATP Masters 1000 title": a governing body's acronym, one capitalised word and
# a number name a tier of its events; the body is the acronym alone.
_TIER_NUMBER_AFTER = re.compile(r" \d{2,4}\b")


def _bodies_before_event_tiers(state: _State) -> None:
    """ "BWF Super 500": the listed acronym before a tier's name is the body; the tier is none."""
    body = state.body
    for index, org in enumerate(state.orgs):
        first, _, rest = org.name.partition(" ")
        if not rest or " " in rest or not rest.istitle() or not _TIER_NUMBER_AFTER.match(body, org.end):
            continue
        known = KNOWN_ORGS.get(first) if first.isupper() else None
        if known is None or body[org.start : org.start + len(first)] != first:
            continue
        state.orgs[index] = OrganisationMention(
            org.start,
            org.start + len(first),
            first,
            known.name,
            known.acronym,
            known.country_code,
            known.kind,
        )


_FIELD_AND_BEFORE = re.compile(rf"({U}[\w’'-]*) and $")


def _drop_fields_of_named_bodies(state: _State) -> None:
    """ "the Minister of Lands and Water Affairs" beside "the Ministry of Lands and Water Affairs": the last
    field of a body the story names, written after "and" in a post, is no body of its own."""
    body = state.body
    tails = {o.name for o in state.orgs if " and " in o.name}
    if not tails:
        return
    kept = []
    for org in state.orgs:
        before = _FIELD_AND_BEFORE.search(body, max(0, org.start - 30), org.start)
        if (
            before is not None
            and org.name == org.canonical
            and org.name not in KNOWN_ORGS
            and any(t.endswith(f" {before.group(1)} and {org.name}") for t in tails)
        ):
            continue
        kept.append(org)
    state.orgs = kept


# "HAL Airport Road", "the BKC Link Road": one or two capitalised words and a road's kind after an acronym.
_ROAD_NAME_AFTER = re.compile(
    r"(?: [A-Z][a-z]+){0,2} (?:Road|Highway|Street|Avenue|Lane|Expressway|Flyover)\b"
)


def _drop_acronyms_naming_roads(state: _State) -> None:
    """ "stretches of HAL Airport Road": an unlisted acronym opening a road's name names the road, no
    body (the road is no place either)."""
    body = state.body
    state.orgs = [
        o
        for o in state.orgs
        if not (
            o.name.isupper()
            and " " not in o.name
            and o.canonical not in KNOWN_ORGS
            and _ROAD_NAME_AFTER.match(body, o.end) is not None
        )
    ]


def _drop_party_standings(state: _State) -> None:
    """ "Opposition Zenland Progressive Party spokesperson Jane Roe": where a party sits is no part of the
    party's name, wherever the name was read (a title before a person is stripped of it as it is read)."""
    if not any(f"{word} " in state.body for word in _PARTY_STANDINGS):
        return
    for index, org in enumerate(state.orgs):
        first, _, rest = org.name.partition(" ")
        if first not in _PARTY_STANDINGS or " " not in rest or org.name != org.canonical:
            continue
        known = KNOWN_ORGS.get(rest)
        if ORG_HEADS.get(rest.rsplit(" ", 1)[1]) != "party" and (known is None or known.kind != "party"):
            continue
        state.orgs[index] = OrganisationMention(
            org.start + len(first) + 1,
            org.end,
            rest,
            known.name if known else rest,
            org.acronym or (known.acronym if known else None),
            known.country_code if known else org.country_code,
            "party",
        )


# "the Minority has called on …", "The Majority in Parliament": a parliament's opposition or governing
# side as a body (Ghanaian and other Westminster-style usage), not "the Majority Leader".
_PARLIAMENTARY_SIDE = re.compile(
    r"(?<![\w’'-])[Tt]he (Minority|Majority)(?= (?:in|has|had|is|was|will|would|said|says)\b)"
)


# French bodies named in lower case after their head noun, closing on the place they serve: "the Régie de
# l'assurance maladie du Québec", "the Fédération des médecins omnipraticiens du Québec".
_FRENCH_HEADS = (
    "Régie|Fédération|Confédération|Société|Caisse|Agence|Conseil|Office|Institut|Centre|Commission|"
    "Association|Union|Syndicat|Ordre|Collège|Autorité|Bureau|Direction|Ministère|Université"
)
_FRENCH_BODY = re.compile(
    rf"(?<![\w’'-])(?=[RFCSAOIUDMB])(?:{_FRENCH_HEADS})"
    rf" (?:de|des|du|de la|[dl][’'][a-zà-ÿœ][\w-]*|de l[’'][a-zà-ÿœ][\w-]*)"
    rf"(?: (?:[a-zà-ÿœ][\w-]*|[dl][’'][a-zà-ÿœ][\w-]*)){{0,6}}? (?:du|de|des|de la) (?P<place>{U}[\w-]+)"
)


def _find_french_bodies(state: _State) -> None:
    """A French body's name, its words after the head in lower case, closing on a place the gazetteer
    knows ("du Québec"): one organisation, the capitalised words read inside it parts of it."""
    body = state.body
    if " du " not in body and " de " not in body and " des " not in body:
        return
    for found in _FRENCH_BODY.finditer(body):
        if found.group("place") not in PLACES:
            continue
        start, end = found.span()
        if any(o.start < start < o.end or o.start < end < o.end for o in state.orgs):
            continue
        state.orgs = [o for o in state.orgs if not (start <= o.start and o.end <= end)]
        state.people = [p for p in state.people if not (start <= p.start and p.end <= end)]
        _add_org(state, start, end, {**_org_from_text(found.group()), "kind": "organisation"})


# French and Portuguese bodies whose name runs on in lower case, or on a region's name, after the head and
# its preposition, with no known place to close it: "the Ministère de la Transition écologique", "the
# Communauté de communes Périgord-Limousin", "Águas do Algarve". Heads that are no English words too.
_OPEN_FOREIGN_BODY = re.compile(
    r"(?<![\w’'-])(?:Ministère|Agence|Communauté|Service public|Conseil|Régie|Fédération|Confédération|Caisse"
    r"|Syndicat|Préfecture|Autorité|Société|Águas|Ministério|Agência|Autoridade|Câmara Municipal)"
    r"(?: (?:national|nationale|régional|régionale|départemental|départementale))?"
    r" (?:de la |de l[’']|des |du |de |d[’']|do |da |dos |das )(?=[\w])"
)
# The heads above as plain words, one of which the pattern needs.
_OPEN_FOREIGN_HEADS = (
    "Ministère", "Agence", "Communauté", "Service public", "Conseil", "Régie", "Fédération", "Confédération",
    "Caisse", "Syndicat", "Préfecture", "Autorité", "Société", "Águas", "Ministério", "Agência", "Autoridade",
    "Câmara Municipal",
)  # fmt: skip
_OPEN_BODY_WORD = re.compile(r"[\w’'-]+")
# Words that end such a name: the English sentence around it goes on.
_ENGLISH_AFTER_BODY = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "had",
        "has",
        "have",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "said",
        "says",
        "than",
        "that",
        "the",
        "their",
        "they",
        "this",
        "to",
        "told",
        "was",
        "were",
        "which",
        "who",
        "will",
        "with",
        "would",
    ]
)
_FOREIGN_LINKS = frozenset(["de", "des", "du", "la", "le", "les", "et", "do", "da", "dos", "das", "e"])


def _find_open_foreign_bodies(state: _State) -> None:
    """ "the Agence de l'eau Adour-Garonne for households": a French or Portuguese body's name is its head,
    a preposition and the words after it up to punctuation or an English word; it ends on no link."""
    body = state.body
    for found in _OPEN_FOREIGN_BODY.finditer(body):
        end = position = found.end()
        while True:
            word = _OPEN_BODY_WORD.match(body, position)
            if word is None or word.group() in _ENGLISH_AFTER_BODY or word.group() == "The":
                break
            if word.group() not in _FOREIGN_LINKS and not word.group().endswith(("'", "’")):
                end = word.end()
            if body[word.end() : word.end() + 1] != " ":
                break
            position = word.end() + 1
        start = found.start()
        if end == found.end() or any(o.start < start < o.end or o.start < end < o.end for o in state.orgs):
            continue
        state.orgs = [o for o in state.orgs if not (start <= o.start and o.end <= end)]
        state.people = [p for p in state.people if not (start <= p.start and p.end <= end)]
        _add_org(state, start, end, {**_org_from_text(body[start:end]), "kind": "organisation"})


# "the Heart Failure Society of America Annual Scientific Meeting": a body's yearly meeting named after it.
_EVENT_AFTER_BODY = re.compile(
    r"(?P<body>.+?) (?:Annual|Biennial|\d{1,3}(?:st|nd|rd|th)(?: Annual)?)(?: Scientific| General)?"
    r" (?:Meeting|Conference|Symposium|Sessions|Convention|Congress)"
)


def _bodies_of_events(state: _State) -> None:
    """An event named after the body that holds it ("… Society of America Annual Scientific Meeting"):
    the organisation the story names is the body; the meeting is no organisation."""
    for index, org in enumerate(state.orgs):
        if org.name != org.canonical or (" Annual " not in org.name and "th " not in org.name):
            continue
        found = _EVENT_AFTER_BODY.fullmatch(org.name)
        if found is None or not any(w in ORG_HEADS for w in found.group("body").split()):
            continue
        name = found.group("body")
        state.orgs[index] = OrganisationMention(
            org.start, org.start + len(name), name, name, org.acronym, org.country_code, org.kind
        )


# "two seats short in the Assembly": a chamber named bare, not before a post ("Assembly Speaker").
_BARE_ASSEMBLY = re.compile(r"(?<![\w’'-])the (Assembly)(?! [A-Z])")


def _find_bare_assemblies(state: _State) -> None:
    """ "the Assembly and … the Senate": a bare Assembly in a story that names another chamber of its
    legislature is that legislature's lower house."""
    if "the Assembly" not in state.body or any(o.name.endswith("Assembly") for o in state.orgs):
        return
    if not any(o.kind == "parliament" and o.name in ("Senate", "Legislature") for o in state.orgs):
        return
    for found in _BARE_ASSEMBLY.finditer(state.body):
        _add_org(state, found.start(1), found.end(1), {**_org_from_text("Assembly"), "kind": "parliament"})


def _regional_offices_as_bodies(state: _State) -> None:
    """ "DILG Western Visayas regional director": a body's acronym, then the region its office serves, is a
    mention of that body, the region a place of its own."""
    acronyms = {o.acronym: o for o in state.orgs if o.acronym and o.name != o.acronym}
    if not acronyms:
        return
    for index, org in enumerate(state.orgs):
        first, _, rest = org.name.partition(" ")
        owner = acronyms.get(first)
        if owner is None or org.name != org.canonical or org.acronym:
            continue
        place = PLACES.get(rest)
        if place is None or place.kind == "country":
            continue
        end = org.start + len(first)
        state.orgs[index] = OrganisationMention(
            org.start, end, first, owner.canonical, owner.acronym, owner.country_code, owner.kind
        )
        _add_place(state, end + 1, org.end)


# Last words of a ground's name: "at Chase Center", "at the Smart Arena" in a match report is where the
# game was played, no body that acts.
_VENUE_HEADS = frozenset(["Center", "Centre", "Arena", "Coliseum", "Stadium", "Dome", "Oval", "Field"])
_AT_BEFORE = re.compile(r"(?<![\w’'-])at (?:the )?$")
# Words of a centre that treats or studies, not a ground: "at Dunmore Medical Center" after a game.
_CENTRE_WORDS = frozenset(["Medical", "Health", "Trauma", "Cancer", "Research", "Care", "Rehabilitation"])


def _drop_sports_venues(state: _State) -> None:
    """A short name ending in a ground's word right after "at", in a match report: the venue."""
    venues = {
        o.canonical
        for o in state.orgs
        if o.name.rsplit(" ", 1)[-1] in _VENUE_HEADS
        and 2 <= o.name.count(" ") + 1 <= 3
        and o.canonical not in KNOWN_ORGS
        # "at MetroHealth Medical Center": a hospital, whose name holds another body's word; a stadium or
        # an arena is a ground whatever sponsor's word it holds ("at HFC Bank Stadium").
        and (
            o.name.endswith((" Stadium", " Arena"))
            or not any(word in ORG_HEADS or word in _CENTRE_WORDS for word in o.name.split()[:-1])
        )
        and _AT_BEFORE.search(state.body, max(0, o.start - 8), o.start)
    }
    if venues and _is_sports(state):
        state.orgs = [o for o in state.orgs if o.canonical not in venues]


def _find_parliamentary_sides(state: _State) -> None:
    """A parliament's Minority and Majority, in a story that names the parliament, are bodies of their own."""
    if "Minority" not in state.body and "Majority" not in state.body:
        return
    if not any(o.kind == "parliament" for o in state.orgs):
        return
    sides = list(_PARLIAMENTARY_SIDE.finditer(state.body))
    if len(sides) < 2:
        return  # one passing "the Minority in Parliament": a story about other things, the sides no actors in it
    taken = {o.start for o in state.orgs}
    for found in sides:
        if found.start(1) not in taken:
            _add_org(state, found.start(1), found.end(1), {**_org_from_text(found.group(1)), "kind": "party"})


def _drop_bare_house(state: _State) -> None:
    """ "told the House" in a story about the Dáil or a county assembly: the chamber the story names,
    not a body called "House"; a bare "House" names one only beside a Senate or Congress, or alone."""
    if not any(o.name == "House" for o in state.orgs):
        return
    if any(o.name != "House" and _OTHER_CHAMBER_WORDS.intersection(o.name.split()) for o in state.orgs):
        state.orgs = [o for o in state.orgs if o.name != "House"]


# "EUR 3.2 million", "paid MAD 500,000", "2,200 EUR": a currency code beside an amount.
_AMOUNT_AFTER = re.compile(r" ?\d")
_AMOUNT_BEFORE = re.compile(r"\d(?:[\d,.]*\d)?(?: ?(?:million|billion|trillion|mln|bln|bn|m|k))? ?$")
# US and other time zones written after a clock time ("4:17 p.m. CT", "09:30 GMT").
_TIME_ZONES = frozenset(
    [
        "CT",
        "ET",
        "PT",
        "MT",
        "EST",
        "EDT",
        "CST",
        "CDT",
        "MST",
        "MDT",
        "PST",
        "PDT",
        "AKST",
        "AKDT",
        "HST",
        "AST",
        "ADT",
        "NST",
        "NDT",
        "GMT",
        "UTC",
        "BST",
        "CET",
        "CEST",
        "EET",
        "EEST",
        "WET",
        "WEST",
        "IST",
        "JST",
        "KST",
        "AEST",
        "AEDT",
        "ACST",
        "ACDT",
        "AWST",
        "NZST",
        "NZDT",
        "SAST",
        "EAT",
        "WAT",
        "CAT",
        "PKT",
        "ICT",
        "WIB",
        "SGT",
        "HKT",
        "MSK",
    ]
)
_CLOCK_TIME_BEFORE = re.compile(r"\d{1,2}(?:[:.]\d{2})?(?: ?[AaPp]\.?[Mm]\.?|[:.]\d{2}),? $")
# "RIO DE JANEIRO, BRAZIL – ", "ST. JOHN'S, N.L. — ": a dateline in capitals that opens a paragraph.
_CAPS_DATELINE = re.compile(
    r"(?:^|(?<=\n))[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*)+(?:, [A-Z][A-Za-z.'’]*(?: [A-Z][A-Za-z.'’]*)*)* ?[–—-]+ ",
    re.MULTILINE,
)
# "PHOTO COURTESY HONOLULU CITY COUNCIL": a picture's credit line written in capitals.
_CAPS_CREDIT_LINE = re.compile(
    r"^(?:FILE )?(?:PHOTOS?|PICTURES?|IMAGES?|COURTESY|CREDIT)\b[^\na-z]*$", re.MULTILINE
)
# Posts written as letters before or instead of a name ("Education MEC Jane Roe", "the lender's MD", "the
# SDO said"): a managing director, a South African provincial executive member, a senior divisional
# officer, a district or deputy commissioner; never a body's name.
_POST_ACRONYMS = frozenset(["MD", "MEC", "SDO", "DC", "DCE", "MCE", "DCEO", "GM", "PRO"])


# The Gulf's and Malaysia's own marks for their currencies, written before an amount as ISO codes are
# ("paid KD 1,100", "a fee of JD 95", "RM 2 million"): the Kuwaiti, Jordanian and Bahraini dinars, the
# Omani rial, the Qatari and Saudi riyals and the ringgit.
_CURRENCY_MARKS = frozenset(["KD", "JD", "BD", "RO", "QR", "SR", "RM"])


_OPENING_NOUN_AFTER = re.compile(r" (?:of|to|for|in|on|at|with|from|across|over|who|whose|and|living)\b")


def _caps_junk(state: _State, org: OrganisationMention, credit_lines: list[tuple[int, int]]) -> bool:
    """Is this capitalised "organisation" a currency code, a time zone, a word of a capitals dateline or
    credit line, a capitalised opening word, a web address's first part, or a post written as letters?"""
    body, text = state.body, org.name
    if not text.replace(".", "").replace("’", "").replace("'", "").isupper() or org.canonical != text:
        return False
    if " " not in text:
        if text in KNOWN_ORGS or (org.acronym and org.acronym != text):
            return False
        if (is_currency_code(text) or text in _CURRENCY_MARKS) and (
            _AMOUNT_AFTER.match(body, org.end)
            or _AMOUNT_BEFORE.search(body, max(0, org.start - 24), org.start)
        ):
            return True
        if text in _TIME_ZONES and _CLOCK_TIME_BEFORE.search(body, max(0, org.start - 16), org.start):
            return True
        if text in _POST_ACRONYMS and re.match(r" [A-Z][a-z]", body[org.end : org.end + 3]):
            return True  # "Education MEC Jane Roe": the post before her name
        # "on GOV.UK": the first part of a web address.
        if re.match(r"\.[A-Za-z]{2,4}\b(?![.’']?\w)", body[org.end : org.end + 6]):
            return True
        # "OWNERS of second homes …", "PLANS to introduce …": a paper's capitalised first word, met once.
        if (
            len(text) >= 4
            and (org.start == 0 or body[org.start - 1] == "\n")
            # "OWNERS of …", "PLANS to …": a noun's preposition after it ("VOLTA has given …" is a name).
            and _OPENING_NOUN_AFTER.match(body, org.end)
            and any(v in text for v in "AEIOU")
            and len(re.findall(rf"\b{re.escape(text)}\b", body)) == 1
        ):
            return True
    line_start = body.rfind("\n", 0, org.start) + 1
    dateline = _CAPS_DATELINE.match(body, line_start)
    if dateline and org.end <= dateline.end():
        return True
    return any(a <= org.start < b for a, b in credit_lines)


# "The City of Lethbridge has committed …", "accused the City of Cape Town of failing", "County of Lethbridge
# Reeve Jane Roe": a city's or county's corporation, named as the body it is.
_CITY_OF_PLACE = re.compile(
    rf"(?<![\w’'-])(?:[Tt]he )?(?P<name>(?:City|County|Municipality|Borough|Town|District) of "
    rf"{U}[\w’'-]+(?: {U}[\w’'-]+)?)(?=[’']s\b|(?![\w’'-]| {U}))"
)
# "City of ", "County of " …: opened on " of " and looking back, so the engine skips from " of " to " of ".
_CITY_OF_WORDS = re.compile(
    r" of (?:"
    + "|".join(
        f"(?<={kind} of )" for kind in ("City", "County", "Municipality", "Borough", "Town", "District")
    )
    + ")"
)
# "in the City of Kigali", "from the County of Kerry": a place the words stand for.
_PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|from|near|across|throughout|around|outside|within|into|to|at|of|for|between|and|on) (?:the )?\Z"
)


def _find_city_corporations(state: _State) -> None:
    """ "the City of X" or "the County of X" as a body that acts (not after "in", "from" and other place
    words), the place's own name a place the gazetteer or the story knows: the city's or county's council."""
    body = state.body
    if " of " not in body or not _CITY_OF_WORDS.search(body):
        return
    for match in _CITY_OF_PLACE.finditer(body):
        start, end = match.span("name")
        place = match.group("name").split(" of ", 1)[1]
        if _PLACE_PREPOSITION_BEFORE.search(body, max(0, match.start() - 16), match.start()):
            continue
        known = place in PLACES or place in TOWNS or place in PLACE_CANDIDATES
        if (
            not known
            and not any(p.name == place for p in state.places)
            and not any(o.name == place for o in state.orgs)
        ):
            continue  # "the County of Origin": no place's name
        if any(o.start <= start and end <= o.end and o.end - o.start > end - start for o in state.orgs):
            continue  # inside a longer body's name
        state.orgs = [o for o in state.orgs if not (o.start < end and start < o.end)]
        state.people = [p for p in state.people if not (p.start < end and start < p.end)]
        _add_org(state, start, end, {**_org_from_text(match.group("name")), "kind": "council"})


# Ireland's 26 counties and Northern Ireland's six, which Irish and British papers write after "Co" ("Co Cork").
_IRISH_COUNTIES = frozenset(
    [
        "Carlow", "Cavan", "Clare", "Cork", "Donegal", "Dublin", "Galway", "Kerry", "Kildare", "Kilkenny",
        "Laois", "Leitrim", "Limerick", "Longford", "Louth", "Mayo", "Meath", "Monaghan", "Offaly",
        "Roscommon", "Sligo", "Tipperary", "Waterford", "Westmeath", "Wexford", "Wicklow",
    ]
)  # fmt: skip
_NORTHERN_IRISH_COUNTIES = frozenset(
    ["Antrim", "Armagh", "Down", "Fermanagh", "Londonderry", "Derry", "Tyrone"]
)


def _irish_counties(state: _State) -> None:
    """ "from Co Donegal", "in Co. Cork": the county, a place; never a company ("Co" as in "& Co")."""
    kept: list[OrganisationMention] = []
    for org in state.orgs:
        words = org.name.split()
        county = words[1] if len(words) == 2 and words[0] in ("Co", "Co.") else ""
        if county in _IRISH_COUNTIES or county in _NORTHERN_IRISH_COUNTIES:
            start = org.end - len(county)
            info = PLACES.get(county)
            country = "IE" if county in _IRISH_COUNTIES else "GB"
            known = info is not None and info.country_code == country
            if not any(p.start == start for p in state.places):
                name, kind = (info.name, info.kind) if info is not None and known else (county, "region")
                state.places.append(PlaceMention(start, org.end, county, name, country, kind))
        else:
            kept.append(org)
    state.orgs = kept


# "People's Progressive Party/Civic (PPP/C)": a name's slashed last part, spelled in its bracketed acronym.
_SLASHED_TAIL = re.compile(rf"/({U}[a-z]+) \(([A-Z]{{2,6}})/([A-Z]{{1,5}})\)")


def _slashed_names(state: _State) -> None:
    """A body whose name runs on past a slash, as its bracketed acronym shows: the whole name, and the
    acronym with its slashed part, are that body's."""
    body = state.body
    if "/" not in body:
        return
    for org in list(state.orgs):
        tail = _SLASHED_TAIL.match(body, org.end)
        if tail is None or not tail.group(1).startswith(tail.group(3)[0]):
            continue
        old, name = org.canonical, f"{org.name}/{tail.group(1)}"
        acronym = f"{tail.group(2)}/{tail.group(3)}"
        renamed: list[OrganisationMention] = []
        for other in state.orgs:
            if other.canonical != old:
                renamed.append(other)
                continue
            end = other.end
            if other is org:
                end = tail.end(1)
            elif body.startswith(f"/{tail.group(3)}", other.end) and other.name == tail.group(2):
                end = other.end + 1 + len(tail.group(3))  # "PPP/C": the acronym's slashed part too
            renamed.append(
                dataclasses.replace(
                    other, end=end, name=body[other.start : end], canonical=name, acronym=acronym
                )
            )
        state.orgs = renamed


def _capital_initials(name: str) -> str:
    """ "FrontPage Africa" → "FPA", "U.S. Department of Agriculture" → "USDA": every capital a word opens
    or holds (a dotted prefix gives all its letters), the small words skipped."""
    return "".join(c for word in name.split() if word[:1].isupper() for c in word if c.isupper())


def _late_spelled_acronyms(state: _State) -> None:
    """ "told FPA that …" where the story also names "FrontPage Africa": an acronym no list or bracket
    explains, spelled by the capitals of a longer name the story gives, is that body."""
    bare = [o for o in state.orgs if o.name.isupper() and o.canonical == o.name and o.name not in KNOWN_ORGS]
    if not bare:
        return
    longer = {_capital_initials(o.canonical): o for o in state.orgs if " " in o.canonical}
    for index, org in enumerate(state.orgs):
        full = longer.get(org.name) if org in bare and len(org.name) >= 3 else None
        if full is not None:
            state.orgs[index] = dataclasses.replace(
                org,
                canonical=full.canonical,
                acronym=org.name,
                country_code=full.country_code,
                kind=full.kind,
            )


# Prepositions that open a sentence before a name ("Under Welsh Government rules, …", "Outside Parliament
# Buildings, …"): no part of the name.
_OPENING_PREPOSITIONS = frozenset(
    [
        "Under", "Outside", "Inside", "Across", "Within", "Following", "Amid", "Near", "Behind", "Throughout",
        "Among", "Against", "Alongside", "Unlike", "Beside", "Opposite", "Towards", "Toward", "Per",
    ]
)  # fmt: skip
# Last words of a building's or street's name, a place where the preposition leaves one.
_BUILDING_WORDS = frozenset(
    ["Buildings", "Building", "Square", "Street", "Road", "Avenue", "Gardens", "Plaza"]
)


def _opening_prepositions(state: _State) -> None:
    """ "Under Welsh Government rules": a sentence's opening preposition is no part of the body's name;
    "Outside Parliament Buildings": where it leaves a building's name, there is no body at all."""
    kept: list[OrganisationMention] = []
    for org in state.orgs:
        first, _, rest = org.name.partition(" ")
        if (
            first not in _OPENING_PREPOSITIONS
            or not rest
            or org.start not in state.sentence_starts
            or org.name in KNOWN_ORGS
            or org.canonical != org.name
        ):
            kept.append(org)
            continue
        words = rest.split()
        if words[-1] in _BUILDING_WORDS:
            continue
        if rest in KNOWN_ORGS or words[-1] in ORG_HEADS:
            start = org.start + len(first) + 1
            data = _org_of(state, rest) or _org_from_text(rest, org.country_code)
            known = data.get("canonical")
            canonical = known if isinstance(known, str) else rest
            kept.append(dataclasses.replace(org, start=start, name=rest, canonical=canonical))
        else:
            kept.append(org)
    state.orgs = kept


# States whose name with "State" after it is the state itself ("Washington State" beside Washington, D.C.).
_STATES_NAMED_WITH_STATE = frozenset(["Washington", "New York"])


def _drop_state_universities(state: _State) -> None:
    """ "The Montana State quarterback", "an Ohio State study": an American state's name with "State" after
    it and a lower-case noun after that is the state's university or its team, not a place (nor is the
    state: the place read there is dropped whole)."""
    body = state.body
    kept: list[PlaceMention] = []
    for place in state.places:
        stem = place.name.removesuffix(" State")
        if (
            stem != place.name
            and place.country_code == "US"
            and _US_STATES.get(stem) == stem
            and stem not in _STATES_NAMED_WITH_STATE
            and _LOWER_WORD_AFTER.match(body, place.end)
        ):
            continue  # (the body itself is left to its initials: "MSU" names it with no "University")
        kept.append(place)
    state.places = kept


_COUNTY_AFTER = re.compile(r" County(?![\w’'-])")


def _find_counties_named_after_states(state: _State) -> None:
    """ "Delaware County Auditor Jane Roe", "in Ohio County": an American state's name before "County" is
    a county of that name, not the state (a post or a body read after it takes no word of it)."""
    body = state.body
    for index, place in enumerate(state.places):
        if place.country_code != "US" or place.kind != "region" or _US_STATES.get(place.name) != place.name:
            continue
        county = _COUNTY_AFTER.match(body, place.end)
        if county is None:
            continue
        name = f"{place.name} County"
        state.places[index] = PlaceMention(place.start, county.end(), name, name, "US", "region")


# Capitalised words right after a place's name, which may make it part of a longer name.
_CAPITALISED_RUN_AFTER = re.compile(rf"(?: {U}[\w’'-]*)+")


def _drop_places_opening_org_short_forms(state: _State) -> None:
    """ "Serra Verde, controlled by the founding family," after "Laticínios Serra Verde SA": a town's name
    that opens capitalised words the story's organisation's longer name holds is that organisation,
    named short, not the town (Serra, Brazil)."""
    body = state.body
    # Each run of two words or more inside a longer name, to its organisation (one lookup a place).
    inner: dict[str, OrganisationMention] = {}
    for org in state.orgs:
        words = org.name.split()
        if len(words) < 3 or len(words) > 12:
            continue
        for first in range(len(words) - 1):
            for last in range(first + 2, len(words) + (first > 0)):
                inner.setdefault(" ".join(words[first:last]), org)
    if not inner:
        return
    kept: list[PlaceMention] = []
    for place in state.places:
        run = _CAPITALISED_RUN_AFTER.match(body, place.end) if place.end > place.start else None
        if run is not None and place.kind == "city":
            short = body[place.start : run.end()]
            owner = inner.get(short)
            if owner is not None and not any(o.start < run.end() and place.start < o.end for o in state.orgs):
                state.orgs.append(dataclasses.replace(owner, start=place.start, end=run.end(), name=short))
                continue
        kept.append(place)
    state.places = kept


_LOWER_PENINSULA = re.compile(rf"(?<![\w’'-])({U}[\w’'-]+(?: {U}[\w’'-]+)?) peninsula\b")


def _find_lower_case_peninsulas(state: _State) -> None:
    """ "on the Reykjanes peninsula": a peninsula the gazetteer holds, written with its kind in lower
    case (the scan for capitals stops before the word)."""
    body = state.body
    for found in _LOWER_PENINSULA.finditer(body):
        info = PLACES.get(f"{found.group(1)} Peninsula")
        if info is None:
            continue
        start, end = found.start(1), found.end()
        if any(o.start < end and start < o.end for o in state.orgs if o.canonical in KNOWN_ORGS):
            continue
        state.orgs = [o for o in state.orgs if not (start <= o.start and o.end <= end)]
        state.places = [p for p in state.places if not (start <= p.start and p.end <= end)]
        state.places.append(
            PlaceMention(start, end, body[start:end], info.name, info.country_code, info.kind)
        )


def _find_places_after_opening_prepositions(state: _State, chunks: list[_Chunk]) -> None:
    """ "Under Ontario rules, …", "Amid Kenya's drought, …": a place right after the preposition that
    opens a sentence, read as one unknown name with it (as "In Ontario" is read without it)."""
    body = state.body
    starts: list[int] | None = None
    ends: list[int] = []
    for chunk in chunks:
        if (
            chunk.label != "unknown"
            or len(chunk.tokens) < 2
            or chunk.tokens[0][2] not in _OPENING_PREPOSITIONS
            or chunk.tokens[0][0] not in state.sentence_starts
        ):
            continue
        start = chunk.tokens[1][0]
        end = chunk.end
        if body.startswith(("’s", "'s"), end - 2):
            end -= 2
        if starts is None:
            spans = [(m.start, m.end) for m in state.places]
            spans += [(m.start, m.end) for m in state.orgs]
            spans += [(m.start, m.end) for m in state.people]
            starts = sorted(a for a, _ in spans)
            ends = sorted(b for _, b in spans)
        # (a span overlaps this one if it starts inside it, or starts before it and ends inside or after)
        inside = bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)
        before = bisect.bisect_left(starts, start) - bisect.bisect_right(ends, start)
        if inside or before > 0:
            continue
        _add_place(state, start, end)


def _posts_glued_to_bodies(state: _State) -> None:
    """ "Alliance MLA Dr Jane Roe": a body's name, a post's letters or word, then an honorific and a name
    read as one body; the body is the words before the post."""
    kept: list[OrganisationMention] = []
    for org in state.orgs:
        words = org.name.split()
        cut = next(
            (
                k
                for k in range(1, len(words) - 2)
                if words[k] in TITLE_HEADS
                and words[k + 1].rstrip(".") in HONORIFICS
                and words[k + 2][:1].isupper()
            ),
            None,
        )
        if cut is None or org.name in KNOWN_ORGS:
            kept.append(org)
            continue
        body_name = " ".join(words[:cut])
        if not (body_name in KNOWN_ORGS or body_name in KNOWN_SHORT_FORMS or words[cut - 1] in ORG_HEADS):
            continue  # "Health MEC Dr Jane Roe": no body's name before the post
        data = _org_of(state, body_name) or _org_from_text(body_name, org.country_code)
        known = data.get("canonical")
        canonical = known if isinstance(known, str) else body_name
        kept.append(
            dataclasses.replace(org, end=org.start + len(body_name), name=body_name, canonical=canonical)
        )
        # The name after the honorific is the post's holder.
        person = " ".join(words[cut + 2 :])
        start = org.end - len(person)
        if org.name.endswith(person) and not any(p.start < org.end and start < p.end for p in state.people):
            given = FIRST_NAMES.get(words[cut + 2])
            state.people.append(
                PersonMention(
                    start,
                    org.end,
                    person,
                    titles=(words[cut],),
                    affiliations=((body_name, words[cut]),),
                    gender=given.gender if given else "u",
                )
            )
    state.orgs = kept


_PARTICLE_IN_NAME_BEFORE = re.compile(rf"{U}[\w’'-]* [a-z]{{1,3}} $")


def _drop_region_bodies(state: _State) -> None:
    """ "Iowa, the nation's top egg producer, has …": a country's or region's bare name that a description
    made a company is the place, outside a match report (where "Iowa" may be its team)."""
    regions = [
        o
        for o in state.orgs
        if o.kind in ("company", "organisation")
        and o.canonical == o.name
        and o.name not in KNOWN_ORGS
        and o.name not in KNOWN_SHORT_FORMS
        and (info := PLACES.get(o.name)) is not None
        and info.kind in ("country", "region")
        # "Samahang Magsasaka ng Nueva Ecija": the close of a longer name joined by a particle.
        and not _PARTICLE_IN_NAME_BEFORE.search(state.body, max(0, o.start - 30), o.start)
    ]
    if regions and not _is_sports(state):
        state.orgs = [o for o in state.orgs if o not in regions]


# Last words of a street's or junction's name ("SKD Boulevard", "Hospital Roundabout"): a place on a map.
_STREET_WORDS = frozenset(
    ["Boulevard", "Roundabout", "Avenue", "Street", "Road", "Highway", "Junction", "Interchange", "Flyover",
     "Overpass", "Expressway", "Motorway", "Lane"]
)  # fmt: skip
# "the Council of Europe Member States": the members of a body its name is followed by.
_MEMBERS_AFTER = (" Member States", " Member Countries", " Member Nations", " Members")


def _drop_streets_and_members(state: _State) -> None:
    """A street's name is no body ("SKD Boulevard"), unless a list knows it as one ("Downing Street"); a known
    body's name followed by "Member States" is that body's name alone."""
    kept: list[OrganisationMention] = []
    for org in state.orgs:
        if org.name.rsplit(" ", 1)[-1] in _STREET_WORDS and " " in org.name and org.name not in KNOWN_ORGS:
            continue
        members = next((m for m in _MEMBERS_AFTER if org.name.endswith(m)), None)
        short = org.name[: -len(members)] if members else ""
        if members and short in KNOWN_ORGS:
            known = KNOWN_ORGS[short]
            org = dataclasses.replace(
                org,
                end=org.start + len(short),
                name=short,
                canonical=known.name,
                acronym=known.acronym,
                country_code=known.country_code or org.country_code,
                kind=known.kind,
            )
        kept.append(org)
    state.orgs = kept


_LAW_CLOSING_WORDS = frozenset(["Act", "Bill", "Law", "Ordinance", "Decree", "Regulations"])
# "under the Water Supply and Sanitation Act": a law's name that "and" runs on to its closing word.
_LAW_CLOSE_AFTER = re.compile(rf" and (?:{U}[\w’'-]* ){{0,4}}(?:Act|Bill|Law|Ordinance|Regulations)\b")


def _drop_law_names(state: _State) -> None:
    """A law's closing word alone ("Act"), or a law's name read up to its "and" ("Water Supply" in "the
    Water Supply and Sanitation Act"), is no body."""
    state.orgs = [
        o
        for o in state.orgs
        if o.name not in _LAW_CLOSING_WORDS
        and (o.name in KNOWN_ORGS or not _LAW_CLOSE_AFTER.match(state.body, o.end))
    ]


def _honorifics_glued_to_bodies(state: _State) -> None:
    """ "Sanitation Hon. Jane Roe": an honorific and a name inside a body's name; where the words before it
    name no body, there is none, and the name is a person's."""
    kept: list[OrganisationMention] = []
    for org in state.orgs:
        words = org.name.split()
        cut = next(
            (
                k
                for k in range(1, len(words) - 1)
                if words[k].rstrip(".") in HONORIFICS and words[k + 1][:1].isupper()
            ),
            None,
        )
        if cut is None or org.name in KNOWN_ORGS or org.canonical != org.name:
            kept.append(org)
            continue
        before = " ".join(words[:cut])
        if before in KNOWN_ORGS or any(w in ORG_HEADS for w in words[:cut]):
            kept.append(org)  # a body's name with a person's in it ("Hon. Jane Roe Foundation") stays
            continue
        person = " ".join(words[cut + 1 :])
        start = org.end - len(person)
        if len(words) - cut - 1 >= 2 and not any(p.start < org.end and start < p.end for p in state.people):
            given = FIRST_NAMES.get(words[cut + 1])
            state.people.append(PersonMention(start, org.end, person, gender=given.gender if given else "u"))
    state.orgs = kept


def _drop_caps_junk(state: _State) -> None:
    """Drop capitals that name no body: currency codes, time zones, dateline and credit-line words,
    capitalised opening words, web addresses and posts written as letters."""
    if not any(o.name[:2].isupper() for o in state.orgs):
        return
    credit_lines = [(m.start(), m.end()) for m in _CAPS_CREDIT_LINE.finditer(state.body)]
    state.orgs = [o for o in state.orgs if not _caps_junk(state, o, credit_lines)]
    _posts_before_surnames(state)


# A line's opening run of words in capitals ("LEVEL 2 WATER RESTRICTIONS FOR …", "KILKENNY ARE BACK in …").
_CAPITALS_RUN = re.compile(r"[A-Z0-9][A-Z0-9’'&.,:-]*(?:[ \t]+[A-Z0-9][A-Z0-9’'&.,:-]*)*")


def _drop_capitals_heading_words(state: _State) -> None:
    """ "LEVEL 2 WATER RESTRICTIONS FOR GREATER GABORONE", "ISSUED BY:", "KILKENNY ARE BACK in a final": a
    word of a heading set in capitals, or of a paragraph's lead-in in capitals, is no body unless a list
    knows it or the story writes it so elsewhere (an acronym)."""
    body = state.body
    kept: list[OrganisationMention] = []
    for org in state.orgs:
        if not org.name.isupper() or org.name in KNOWN_ORGS or org.canonical != org.name:
            kept.append(org)
            continue
        line_start = body.rfind("\n", 0, org.start) + 1
        run = _CAPITALS_RUN.match(body, line_start)
        heading = (
            run is not None
            and run.end() >= org.end
            # A whole line of capitals ("ISSUED BY:"), or a lead-in of three words and more.
            and (body.startswith("\n", run.end()) or run.end() == len(body) or run.group().count(" ") >= 2)
            and " " in run.group().strip()
        )
        if heading and not _written_in_running_text(body, org.name):
            continue
        kept.append(org)
    state.orgs = kept


def _written_in_running_text(body: str, name: str) -> bool:
    """Whether the story writes this name anywhere but in a line's opening run of capitals (an acronym)."""
    for found in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", body):
        run = _CAPITALS_RUN.match(body, body.rfind("\n", 0, found.start()) + 1)
        if run is None or run.end() < found.end():
            return True
    return False


# "Manitoba Municipal and Northern Relations": a Canadian province's department is named by the province and
# its portfolios, the last closing on a portfolio's word; the run of capitals stops at "and".
_PROVINCE_PORTFOLIO_AFTER = re.compile(
    r" and (?:[A-Z][a-z]+ ){0,3}(?:Relations|Affairs|Services|Development|Resources|Training|Trade|Renewal)"
    r"(?![\w’'-])"
)


_PORTFOLIO_ADJECTIVE = re.compile(r"(?:al|ic|ous|ive)$")
_PROVINCE_NAMES = frozenset(_CANADIAN_PROVINCES.values())


def _provincial_departments(state: _State) -> None:
    """ "a spokesperson for Manitoba Municipal and Northern Relations": the province and its first portfolio,
    read as a body that ends on an adjective no body's name ends on, take the portfolios after "and"."""
    for index, org in enumerate(state.orgs):
        province, _, last = org.name.rpartition(" ")
        if (
            province not in _PROVINCE_NAMES
            or org.name != org.canonical
            or not _PORTFOLIO_ADJECTIVE.search(last)
        ):
            continue
        found = _PROVINCE_PORTFOLIO_AFTER.match(state.body, org.end)
        if found is None:
            continue
        name = state.body[org.start : found.end()]
        state.orgs[index] = dataclasses.replace(
            org, end=found.end(), name=name, canonical=name, kind="ministry"
        )


def _units_of_listed_bodies(state: _State) -> None:
    """ "the PSNI's Economic Crime Unit": a listed body's possessive before a unit's own name is two bodies,
    the owner and its unit."""
    kept: list[OrganisationMention] = []
    for org in state.orgs:
        owner, mark, unit = org.name.partition("'s ")
        if not mark:
            owner, mark, unit = org.name.partition("’s ")
        if not mark or org.name != org.canonical or owner not in KNOWN_ORGS or " " not in unit:
            kept.append(org)
            continue
        found = _static_org(unit)
        if found is None:
            kept.append(org)
            continue
        known = KNOWN_ORGS[owner]
        kept.append(
            OrganisationMention(
                org.start,
                org.start + len(owner),
                owner,
                known.name,
                known.acronym,
                known.country_code,
                known.kind,
            )
        )
        start = org.start + len(owner) + len(mark)
        kept.append(dataclasses.replace(org, start=start, name=unit, canonical=unit))
    state.orgs = kept


# After a party's one-word name: a list of portfolios closing on a minister's post ("Labour, Industrial
# Relations and Employment Creation Minister"), or a noun that makes it the common word ("Labour rights
# groups", "Labour costs").
_PORTFOLIO_LIST_AFTER = re.compile(
    r"(?:, [A-Z][\w-]*(?: [A-Z][\w-]*){0,3})+,? and [A-Z][\w-]*(?: [A-Z][\w-]*){0,3}"
    r" (?:Minister|Ministry|Secretary|Department)(?![\w-])"
)
_COMMON_NOUN_AFTER = re.compile(
    r" (?:rights|laws?|market|costs?|shortages?|force|standards|disputes|productivity|inspectors?|protections?)"
    r"(?![\w-])"
)


def _portfolios_read_as_parties(state: _State) -> None:
    """ "Labour, Industrial Relations and Employment Creation Minister Jane Roe", "Labour rights groups": a
    party's one-word name opening a minister's portfolios, or before a noun it qualifies as a common word,
    is no party."""
    state.orgs = [
        o
        for o in state.orgs
        if " " in o.name
        or o.kind != "party"
        or not (_PORTFOLIO_LIST_AFTER.match(state.body, o.end) or _COMMON_NOUN_AFTER.match(state.body, o.end))
    ]


# Abbreviated ranks that may stand alone before an officer's name ("Col Jane Roe"); "Gen" only after one.
_GLUED_RANKS = frozenset(["Brig", "Maj", "Lt", "Col", "Capt", "Cdr", "Cmdr", "Adm", "Sgt", "Supt", "Insp"])


# "Unifor Local 7021", "Transport Workers Union Local 234": a union's numbered local branch.
_UNION_LOCAL = re.compile(
    rf"(?<![\w’'-])((?:{U}[\w&-]*) (?:{U}[\w&-]* ){{0,3}}?Local \d{{1,5}}[A-Z]?)(?![\w-])"
)


def _find_union_locals(state: _State) -> None:
    """ "president of Unifor Local 7021": a union's name, "Local" and the branch's number are one body,
    the branch (read before the people, whose posts name it)."""
    for match in _UNION_LOCAL.finditer(state.body):
        start, end = match.span(1)
        if state.body.startswith("The ", start):
            start += 4
        if any(p.start < end and start < p.end for p in state.people):
            continue
        inside = [o for o in state.orgs if o.start < end and start < o.end]
        if any(o.start < start or o.end > end for o in inside):
            continue
        state.orgs = [o for o in state.orgs if o not in inside]
        country = next((o.country_code for o in inside if o.country_code), None)
        _add_org(state, start, end, {**_org_from_text(state.body[start:end], country), "kind": "union"})


def _field_ministries_as_full_names(state: _State) -> None:
    """ "the Finance Ministry" in a story that also writes "the Ministry of Finance": one ministry, by the
    full name."""
    full = {o.name.removeprefix("Ministry of "): o for o in state.orgs if o.name.startswith("Ministry of ")}
    if not full:
        return
    for index, org in enumerate(state.orgs):
        words = org.name.split()
        if len(words) == 2 and words[1] == "Ministry" and words[0] in full and org.canonical == org.name:
            named = full[words[0]]
            state.orgs[index] = dataclasses.replace(
                org, canonical=named.canonical, country_code=org.country_code or named.country_code
            )


# "plans the Government says will end …", "the Government said on Monday": the government as the one
# who speaks, by its capitalised generic name.
_GOVERNMENT_SAYS = re.compile(r"(?<![\w’'-])(?:[Tt]he )(Government) (?:says|said)\b")


# "The Welsh government said", "the Punjab government announced": a nation's or region's government,
# named by its adjective or place and the noun in lower case, as the one who speaks.
_LOWER_CASE_GOVERNMENT_SPEAKS = re.compile(
    r"(?<![\w’'-])[Tt]he (?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) government"
    r"(?= (?:[a-z]+ly |also |has |had )?(?:said|says|announced|announces|stated|confirmed|warned|insisted)\b)"
)


def _find_lower_case_governments(state: _State) -> None:
    """ "The Welsh government said …": a government that speaks, named in lower case after its nation's
    adjective or its country's or region's name, is a body of that country."""
    for match in _LOWER_CASE_GOVERNMENT_SPEAKS.finditer(state.body):
        name = match.group("name")
        # (the story's own reading of the place first: "Punjab" may be Pakistan's or India's)
        country = next((p.country_code for p in state.places if p.start == match.start("name")), None)
        country = country or _DEMONYM_COUNTRIES.get(name)
        place = PLACES.get(name)
        if country is None and place is not None and place.kind in ("country", "region"):
            country = place.country_code
        if country is None:
            continue
        start, end = match.start("name"), match.end()
        if any(o.start < end and start < o.end for o in state.orgs):
            continue
        text = state.body[start:end]
        _add_org(
            state,
            start,
            end,
            {"name": text, "canonical": text, "acronym": None, "country_code": country, "kind": "government"},
        )


def _find_speaking_governments(state: _State) -> None:
    """ "the Government says": a country's government that speaks, named by its capitalised noun alone,
    is a body (of the story's country, placed with the national bodies)."""
    for match in _GOVERNMENT_SAYS.finditer(state.body):
        start, end = match.span(1)
        if not any(o.start < end and start < o.end for o in state.orgs):
            _add_org(state, start, end, {**_org_from_text("Government"), "kind": "government"})


def _bare_house_as_named_house(state: _State) -> None:
    """ "the speaker of the House" in a story that names the "House of Representatives": that chamber."""
    named = {o.canonical for o in state.orgs if o.name.startswith("House of ")}
    if len(named) != 1:
        return
    full = named.pop()
    state.orgs = [
        dataclasses.replace(o, canonical=full) if o.name == "House" and o.canonical == "House" else o
        for o in state.orgs
    ]


def _split_owned_committees(state: _State) -> None:
    """ "the House of Representatives' Economic Affairs Committee": a body's possessive, then its own unit,
    are two bodies (the unit named by its head noun), not one name."""
    body = state.body
    for org in list(state.orgs):
        if org.canonical != org.name or org.canonical in KNOWN_ORGS:
            continue
        text = body[org.start : org.end]
        cut = max(text.find("s' "), text.find("’s "), text.find("'s "), text.find("s’ "))
        if cut < 0:
            continue
        owner_end = org.start + cut + 1
        unit_start = org.start + text.index(" ", cut) + 1
        owner, unit = body[org.start : owner_end], body[unit_start : org.end]
        owner_words, unit_words = owner.split(), unit.split()
        if (
            len(unit_words) < 2
            or unit_words[-1] not in ORG_HEADS
            or unit_words[0] in TITLE_HEADS  # "Rangers' Head of Communications": the owner's post, no unit
            or not (
                owner_words[-1] in ORG_HEADS
                or _HEAD_BEFORE_OF.search(owner + " ")
                or (owner_words[0] in _OF_HEADS and "of" in owner_words)  # "House of Representatives"
            )
            or owner_words[0] in PLACES
        ):
            continue
        state.orgs.remove(org)
        _add_org(state, org.start, owner_end, _org_from_text(owner, org.country_code))
        _add_org(state, unit_start, org.end, _org_from_text(unit, org.country_code))


def _plural_possessives_in_names(state: _State) -> None:
    """ "the Adoor Bank Depositors’ Action Council": a body's name may hold its members' plural possessive
    ("Depositors’", "Farmers’"); the words before it name no body of their own, so the two are one."""
    body = state.body
    orgs = sorted(state.orgs, key=lambda o: o.start)
    for first, second in itertools.pairwise(orgs):
        if (
            body[first.end : second.start] not in ("’ ", "' ")
            or not first.name.endswith("s")
            or first.name.split()[-1] in ORG_HEADS
            or first.canonical in KNOWN_ORGS
            or first.canonical != first.name
            or second.canonical in KNOWN_ORGS
            or second.name.split()[-1] not in ORG_HEADS
            or len(second.name.split()) > 3
            or first not in state.orgs
            or second not in state.orgs
        ):
            continue
        name = body[first.start : second.end]
        state.orgs = [o for o in state.orgs if o is not first and o is not second]
        _add_org(
            state, first.start, second.end, _org_from_text(name, first.country_code or second.country_code)
        )


def _names_glued_to_bodies(state: _State) -> None:
    """A body's name run on into what follows it: "… Residency Affairs Investigations Brig Gen Fahad …"
    (an officer's rank, the body is the words before it) and "advocacy group Spokes Dunedin Hannah
    Vervoort said" (a given name and a surname the story uses for a person elsewhere: that person)."""
    surnames = {p.name.split()[-1] for p in state.people}
    kept: list[OrganisationMention] = []
    for org in state.orgs:
        words = org.name.split()
        if len(words) < 4 or org.name != org.canonical or org.name in KNOWN_ORGS:
            kept.append(org)
            continue
        cut = len(words)
        while cut > 2 and (
            words[cut - 1] in _GLUED_RANKS or (words[cut - 1] == "Gen" and words[cut - 2] in _GLUED_RANKS)
        ):
            cut -= 1
        if cut < len(words) and _ONE_NAME_AFTER.match(state.body, org.end):
            # The rank is the holder's title, read with the name that follows it.
            name = " ".join(words[:cut])
            kept.append(dataclasses.replace(org, end=org.start + len(name), name=name, canonical=name))
            continue
        given = FIRST_NAMES.get(words[-2])
        if (
            given is None
            or given.is_word
            or words[-1] not in surnames
            or words[-3] in FIRST_NAMES
            or any(w in ORG_HEADS for w in words[-2:])
        ):
            kept.append(org)
            continue
        name = " ".join(words[:-2])
        kept.append(dataclasses.replace(org, end=org.start + len(name), name=name, canonical=name))
        person = " ".join(words[-2:])
        state.people.append(
            PersonMention(
                org.end - len(person), org.end, person, affiliations=((name, None),), gender=given.gender
            )
        )
    state.orgs = kept


_ONE_NAME_AFTER = re.compile(r" [A-Z][\w’'-]+")


def _people_read_as_bodies(state: _State) -> None:
    """ "…," Pettis-Whitaker said": a surname, or the full name, of a person the story names elsewhere is
    that person; and "Jane Roe (Janey)", a given name then a bracketed word that is no acronym, is a
    person with a nickname. Neither is a body."""
    full = {p.name: p for p in state.people if not p.partial and " " in p.name}
    # "Morikawa said it would restate": a surname that opens a body's name is that body's short form.
    openings = {o.name.split()[0] for o in state.orgs if " " in o.name}
    surnames = {name.split()[-1] for name in full} - openings
    kept: list[OrganisationMention] = []
    for org in state.orgs:
        text = org.name
        if org.acronym is None and text not in full and text not in surnames:
            kept.append(org)  # (most bodies: neither test below can hold, so skip building them)
            continue
        words = text.split()
        plain = (
            text not in KNOWN_ORGS
            and org.canonical == text
            and not any(w in ORG_HEADS or w.isupper() for w in words)
            and text not in PLACES
        )
        nickname = (
            plain
            and org.acronym is not None
            and not org.acronym.isupper()
            and 2 <= len(words) <= 3
            and words[0] in FIRST_NAMES
            and not FIRST_NAMES[words[0]].is_word
        )
        if plain and (text in full or nickname):
            gender = FIRST_NAMES[words[0]].gender if words[0] in FIRST_NAMES else "u"
            state.people.append(PersonMention(org.start, org.end, text, gender=gender))
        elif plain and text in surnames and text not in full:
            state.people.append(PersonMention(org.start, org.end, text, partial=True))
        else:
            kept.append(org)
    state.orgs = kept


def _posts_before_surnames(state: _State) -> None:
    """ "DC Roe said": a post written as letters before the surname of a person the story names is that
    person, not a body called "DC Roe"."""
    surnames = {p.name.split()[-1] for p in state.people if " " in p.name}
    kept: list[OrganisationMention] = []
    for org in state.orgs:
        post, _, rest = org.name.partition(" ")
        if post in _POST_ACRONYMS and rest in surnames and org.canonical == org.name:
            start = org.start + len(post) + 1
            state.people.append(PersonMention(start, org.end, rest, partial=True))
        else:
            kept.append(org)
    state.orgs = kept


# Kinds of body a place in the name makes that place's country's ("Nepal Police", "Dubai Land
# Department", "the Turkish Statistical Institute", and a body of no listed kind such as "Transport
# Canada" or "Aguas de Saltillo"); companies, banks, parties, unions and universities named after a
# place are not the state's.
_PLACE_NAMED_BODY_KINDS = _NATIONAL_BODY_KINDS | {"council", "committee", "institute", "organisation"}
# Kinds a story's country owns when the name gives none: its local councils and committees too.
_HOME_BODY_KINDS = _NATIONAL_BODY_KINDS | {"council", "committee"}


def _named_place_country(name: str, named: set[str | None], home: str | None = None) -> str | None:
    """The country a public body's name places it in: a country or a nationality in it ("Nepal Army",
    "Scottish Government"), or a city or region of a country the article names ("Odesa City Military
    Administration", "Dubai Land Department", "Aguas de Sonora"); a region two countries share is the
    story's own country's (``home``: "Punjab" in a story from Lahore)."""
    words = name.split()
    international = _first_international(words)
    for index, word in enumerate(words):
        if index == international:
            return None  # "the European Police Office", "UN Country Team in Nepal": no one country's
        if index == 0 and word in _SHORT_COUNTRY_NAMES:
            return _SHORT_COUNTRY_NAMES[word]  # "Emirates Development Bank"
        demonym = _demonym_at(words, index)
        if demonym is not None:
            # "the Chinese Academy of International Trade": the nationality first owns what follows.
            return demonym
        pair = " ".join(words[index : index + 2])
        if pair in _TWO_WORD_COUNTRY_OPENINGS:
            return _TWO_WORD_COUNTRY_OPENINGS[pair]  # "the New Zealand Qualifications Authority"
        for size in (3, 2, 1):
            text = " ".join(words[index : index + size])
            place = PLACES.get(text) if index + size <= len(words) else None
            if place is None and size > 1 and index + size < len(words):
                # "Montego Bay Police Division": a town of several words the gazetteer holds in one country
                # only, a country the article names, opening a longer name.
                towns = PLACE_CANDIDATES.get(text, {})
                place = next(iter(towns.values())) if len(towns) == 1 else None
                if place is not None and place.country_code not in named:
                    place = None
            if place is None or place.country_code is None:
                continue
            if home is not None and home in _place_countries(text):
                if place.kind != "country":
                    return home
                if home != place.country_code and PLACE_CANDIDATES[text][home].kind == "region":
                    return home  # "Georgia Ports Authority" in a story from Atlanta: the US state's
            if place.kind == "country" or (place.kind in ("city", "region") and place.country_code in named):
                return place.country_code
            if size > 1:
                break  # "the Niger Delta Development Commission": the region, not the country its name opens with
    return None


def _place_countries(name: str) -> Collection[str]:
    """The countries the gazetteer holds a town or region of this name in."""
    return PLACE_CANDIDATES.get(name, {}).keys()


def _first_international(words: list[str]) -> int:
    """Where a name's first word of many countries ("European", "United") is (past its end if none); one
    inside a country's own name does not count ("United Arab Emirates University", "the South African
    Revenue Service")."""
    if _INTERNATIONAL_WORDS.isdisjoint(words):
        return len(words)  # most names: nothing to look for, so no country names to skip
    index = 0
    while index < len(words):
        for size in (3, 2):
            text = " ".join(words[index : index + size])
            place = PLACES.get(text) if index + size <= len(words) else None
            if (place is not None and place.kind == "country") or text in _DEMONYM_PAIRS:
                index += size
                break
        else:
            if words[index] in _INTERNATIONAL_WORDS:
                return index
            index += 1
    return len(words)


# A country's short name that opens its bodies' names in place of a nationality ("Emirates Post").
_SHORT_COUNTRY_NAMES = {"Emirates": "AE"}


# Two-word countries (or the first two words of one) that open a body's name as its nationality
# does; the two-word nationalities ("Costa Rican") are in _DEMONYM_PAIRS.
_TWO_WORD_COUNTRY_OPENINGS = {
    "New Zealand": "NZ", "Papua New": "PG", "El Salvador": "SV", "Burkina Faso": "BF", "East Timorese": "TL",
}  # fmt: skip


# "the American University of Beirut": a place after "of" or "in" inside a name is where the body is,
# whatever nationality opens the name.
_NAME_PLACE_LINKS = frozenset(["of", "in"])


def _named_country(name: str, home: str | None = None) -> str | None:
    """The country any body's name places it in by a country or a nationality ("Bolivian Catholic
    University", "Union of Greek Shipowners", "Fiji Sugar Corporation"); a city or region counts only
    after "of" or "in" ("the American University of Beirut")."""
    words = name.split()
    if _first_international(words) < len(words):
        return None
    for index, word in enumerate(words[:-1]):
        if word not in _NAME_PLACE_LINKS:
            continue
        for size in (3, 2, 1):
            if index + 1 + size > len(words):
                continue
            text = " ".join(words[index + 1 : index + 1 + size])
            place = PLACES.get(text)
            if place is not None and place.country_code is not None:
                return place.country_code
            towns = PLACE_CANDIDATES.get(text, {})
            if place is None and len(towns) == 1 and index + 1 + size == len(words):
                # "the University of Exeter": a town of one country only, closing the name ("the Spanish
                # Association of Holiday Rental Owners" is of holiday lets, not of Holiday, Florida).
                return next(iter(towns))
    # Otherwise the public bodies' reading with no story country named: countries and nationalities only.
    return _named_place_country(name, set(), home)


@lru_cache(maxsize=4096)
def _gazetteer_countries_in_name(name: str) -> frozenset[str]:
    """The countries of the gazetteer's towns and regions whose names a body's name holds."""
    words = name.split()
    found = set()
    for index in range(len(words)):
        for size in (3, 2, 1):
            if index + size <= len(words):
                place = PLACES.get(" ".join(words[index : index + size]))
                if place is not None and place.kind != "country" and place.country_code:
                    found.add(place.country_code)
    return frozenset(found)


def _names_home_place(name: str, country: str, written: list[str]) -> bool:
    """Whether a body's name holds a town or region of the story's country: the gazetteer's own, or one of
    that country's the story names as a place (``written``: "Newcastle" in a British story, though the
    gazetteer's first Newcastle is Australian)."""
    if country in _gazetteer_countries_in_name(name):
        return True
    padded = f" {name} "
    return any(f" {text} " in padded for text in written)


# Nationality adjectives two countries share: the story's own country, where it is one of them.
_SHARED_DEMONYMS = {"Korean": ("KR", "KP"), "Congolese": ("CD", "CG")}


def _university_town_country(name: str, country: str | None) -> str | None:
    """The country of the town a university is named after, opening its name ("Liverpool John Moores
    University") or after "of" ("the University of Canterbury"): the story's own where the town's name
    is one of its towns too, else the gazetteer's town, else the one country a town of that name is in."""
    words = name.split()
    starts = [0] + [i + 1 for i, w in enumerate(words[:-1]) if w in _NAME_PLACE_LINKS]
    if len(words) > 2 and words[-2] in ORG_HEADS:
        starts.append(len(words) - 1)  # "Imperial College London": the city closing the name, after its head
    for start in starts:
        for size in (2, 1):
            if start + size > len(words) or (start == 0 and size == len(words)):
                continue
            if any(w in ORG_HEADS or not w[:1].isupper() for w in words[start : start + size]):
                continue  # "University" is a town in Florida too
            text = " ".join(words[start : start + size])
            towns = PLACE_CANDIDATES.get(text, {})
            if country in towns:
                return country
            place = PLACES.get(text)
            if place is not None and place.kind == "city" and place.country_code:
                return place.country_code
            # "Ain Shams University": a region's name (a French department) is no town the name is after.
            if place is None and len(towns) == 1 and next(iter(towns.values())).kind == "city":
                return next(iter(towns))
    return None


def _read_place_after_link(name: str, read: dict[str, str]) -> str | None:
    """The country of a place the story reads, named after "of" or "in" closing a body's name: "the
    Association of Pharmacy Owners of Santiago" in a story whose Santiago is the Dominican city."""
    words = name.split()
    for index in range(len(words) - 2, 0, -1):
        if words[index] in _NAME_PLACE_LINKS:
            code = read.get(" ".join(words[index + 1 :]))
            if code is not None:
                return code
    return None


def _place_named_bodies(state: _State, country: str | None) -> None:
    named: set[str | None] = {p.country_code for p in state.places} | {country}
    read = {p.name: p.country_code for p in state.places if p.country_code}
    written = [
        text
        for text in {p.name for p in state.places}
        if country is not None and country in PLACE_CANDIDATES.get(text, {})
    ]
    for index, org in enumerate(state.orgs):
        if org.country_code is not None or org.kind == "media":
            continue
        if org.canonical in KNOWN_ORGS and org.canonical not in _COUNTRYLESS_KNOWN_BODIES:
            continue
        # A public body by any place in its name; any other (a company, a party, a university, a club)
        # only by a country or a nationality, or a place after "of".
        if org.kind in _PLACE_NAMED_BODY_KINDS:
            code = _named_place_country(org.name, named, country)
        else:
            code = _read_place_after_link(org.name, read) or _named_country(org.name, country)
        if code is None and org.kind == "university":
            # "Aga Khan University in Karachi": the town written after it outweighs one read in its name.
            code = _sited_country(state.body, org.end, country) or _university_town_country(org.name, country)
        if code is None and country in _SHARED_DEMONYMS.get(org.name.partition(" ")[0], ()):
            code = country  # "the Korean Society of Nephrology" in a story from Seoul
        if code is None and country is not None and _names_home_place(org.name, country, written):
            # "Newcastle City Council" in a story from Britain, "the Athens Stock Exchange" in one from
            # Greece; a company named after a town of the story's own country is that country's too
            # ("Dubai Future Power Company" in a story from Abu Dhabi), as it is seldom a foreign firm's name.
            code = country
        if code is not None:
            state.orgs[index] = dataclasses.replace(org, country_code=code)


# Units a university or another body owns ("Korea University's Graduate School of Energy").
_UNIT_OPENERS = frozenset(
    ["Graduate", "School", "Faculty", "Department", "College", "Institute", "Centre", "Center", "Laboratory"]
)
# "Zenland University's (ZU) School of Law": the owner's possessive, then its acronym in brackets.
_OWNER_ACRONYM_BEFORE = re.compile(r"[’']s \([A-Z][A-Za-z&]{1,9}\) $")
# Bodies that stand where they are: a university "in Quebec City" is Canada's.
_SITED_KINDS = frozenset(["university", "institute", "hospital"])
_IN_PLACE_AFTER = re.compile(
    rf" in ({U}[\w’'-]*(?: {U}[\w’'-]*){{0,2}})(?![\w’'-])(?:, ({U}[\w’'-]*(?: {U}[\w’'-]*){{0,2}})(?![\w’'-]))?"
)
# "the Greater Chennai Corporation", "Dhaka North City Corporation": a city's municipal corporation.
_CITY_CORPORATION = re.compile(
    rf"(?:Greater )?(?P<city>{U}[\w’'-]*(?: {U}[\w’'-]*)?) (?:City |Municipal )?Corporation"
)


# Words that name a public utility by what it supplies ("Copperbelt Water and Sewerage Company").
_UTILITY_WORDS = frozenset(["Water", "Sewerage", "Sanitation", "Electricity"])
# Last words of a newspaper's title ("The Rio Times", "Morocco World News", "the Daily Herald").
_MASTHEAD_LAST_WORDS = frozenset(
    ["Times", "News", "Post", "Herald", "Tribune", "Gazette", "Chronicle", "Telegraph", "Courier", "Observer"]
)


def _masthead_country(name: str, named: set[str | None]) -> str | None:
    """The country a newspaper's title names: a nation or nationality, a town or region of a country the
    story names, or a town of one country only ("the Lusaka Times")."""
    code = _named_place_country(name, named)
    if code is not None:
        return code
    for word in name.split()[:2]:
        towns = PLACE_CANDIDATES.get(word, {})
        # ("Stabroek News" in a Guyanese story is no paper of Stabroek, a Belgian village: a town too
        # small for the gazetteer's main list places a paper only in a country the story names.)
        if len(towns) == 1 and (word in PLACES or not named - {None} or next(iter(towns)) in named):
            return next(iter(towns))
    return None


def _sited_country(body: str, end: int, country: str | None) -> str | None:
    """The country of the town written after a university, institute or hospital ("at Acme University
    in Quebec City, Canada"): the country after the town, else the town's own; a town several countries
    share, qualified by what the gazetteer cannot read ("Sydney, N.S."), is the story's own if it can be."""
    sited = _IN_PLACE_AFTER.match(body, end)
    if sited is None:
        return None
    place = PLACES.get(sited.group(2) or "")
    if place is None and sited.group(2) and country in PLACE_CANDIDATES.get(sited.group(1), {}):
        return country
    place = place or PLACES.get(sited.group(1))
    return place.country_code if place is not None else None


def _bodies_placed_by_context(state: _State, country: str | None) -> None:
    """Bodies whose country what is written around them gives: a unit after its owner's possessive
    ("Korea University's Graduate School …"), a university or hospital "in" a place, a city's municipal
    corporation or a newspaper of the story's own country, and a party named after a region of a country
    the story never names ("the Colorado Party" in a story from Paraguay)."""
    body = state.body
    ends = {o.end: o.country_code for o in state.orgs if o.country_code}
    named = Counter(p.country_code for p in state.places)
    for index, org in enumerate(state.orgs):
        if org.country_code is not None or (org.canonical in KNOWN_ORGS and org.kind != "party"):
            continue
        code: str | None = None
        first = org.name.split(" ", 1)[0]
        if first in _UNIT_OPENERS and body[org.start - 3 : org.start] in ("’s ", "'s "):
            code = ends.get(org.start - 3)
        elif first in _UNIT_OPENERS and body.endswith(") ", 0, org.start):
            # "… Institute of Technology's (ZIT) School of …": the owner's acronym between them.
            owned = _OWNER_ACRONYM_BEFORE.search(body, max(0, org.start - 16), org.start)
            code = ends.get(owned.start()) if owned is not None else None
        elif first in KNOWN_ORGS and KNOWN_ORGS[first].kind == "media" and " " in org.name:
            code = KNOWN_ORGS[
                first
            ].country_code  # "BBC Radio 4": a network's station is the network's country's
        elif org.kind in _SITED_KINDS:
            code = _sited_country(body, org.end, country)
        elif org.kind == "company" and body.endswith(" at ", 0, org.start):
            # "chief strategist at Acme Securities Co. in Tokyo": the town where a speaker works for it.
            sited = _IN_PLACE_AFTER.match(body, org.end)
            place = PLACES.get(sited.group(1)) if sited is not None and sited.group(2) is None else None
            code = place.country_code if place is not None and place.kind == "city" else None
        elif org.kind in _PRIVATE_KINDS and org.name.rsplit(" ", 1)[-1] in _MASTHEAD_LAST_WORDS:
            # "the Lusaka Times", "Morocco World News", "The New Times": a newspaper is the country of the
            # town or the nation its title names, else the story's own.
            code = _masthead_country(org.name, set(named) | {country}) or country
        elif country is None:
            continue
        elif (
            org.kind == "media"
            or (org.kind == "company" and _is_city_corporation(org.name, country))
            # "the Water and Sewerage Corporation": a water or power utility serves the story's own towns.
            or (org.kind == "company" and not _UTILITY_WORDS.isdisjoint(org.name.split()))
        ):
            code = country
        elif org.kind == "party":
            places = [PLACES[w] for w in org.name.split() if w in PLACES]
            if places and all(
                p.kind != "country" and p.country_code != country and named[p.country_code] < named[country]
                for p in places
            ):
                code = country
        if code is not None:
            state.orgs[index] = dataclasses.replace(org, country_code=code)


# Legal forms that companies of one country, or of a few, end their names with ("Acme Oy", "Acme Pty
# Ltd"); where a few share one, the first is the country most companies of that form are from.
_LEGAL_FORM_COUNTRIES: dict[str, tuple[str, ...]] = {
    "Oy": ("FI",), "Oyj": ("FI",), "Oy Ab": ("FI",), "Oyj Abp": ("FI",),
    "GmbH": ("DE", "AT", "CH"), "GmbH & Co. KG": ("DE", "AT"),
    "Pty Ltd": ("AU", "ZA"), "Pty. Ltd.": ("AU", "ZA"), "Pty Limited": ("AU", "ZA"),
    "(Pty) Ltd": ("ZA", "AU"), "(Pty) Limited": ("ZA", "AU"),
    "Pte Ltd": ("SG",), "Pte. Ltd.": ("SG",), "Pte Limited": ("SG",),
    "Sdn Bhd": ("MY",), "Sdn. Bhd.": ("MY",), "Berhad": ("MY",), "Bhd": ("MY",), "Tbk": ("ID",),
    "K.K.": ("JP",), "Kabushiki Kaisha": ("JP",), "S.p.A.": ("IT",), "SpA": ("IT",), "S.r.l.": ("IT",),
    "B.V.": ("NL",), "BV": ("NL",), "ASA": ("NO",), "A/S": ("DK", "NO"), "Kft.": ("HU",),
    "Sp. z o.o.": ("PL",), "(Pvt) Ltd": ("PK", "LK"), "(Pvt.) Ltd": ("PK", "LK"),
}  # fmt: skip
_LEGAL_FORM_ENDING = re.compile(
    "(?<= )(?:" + "|".join(re.escape(f) for f in sorted(_LEGAL_FORM_COUNTRIES, key=len, reverse=True)) + ")$"
)


# Last words of a listed company's full legal name ("Toyota Motor Corp.", "Sony Group Corporation").
_FULL_NAME_ENDS = frozenset(
    [
        "Corp",
        "Corporation",
        "Co",
        "Company",
        "Inc",
        "Group",
        "Holdings",
        "Ltd",
        "Limited",
        "PLC",
        "Plc",
        "AG",
        "SE",
    ]
)


def _listed_company_country(name: str) -> str | None:
    """ "Toyota Motor Corp.": the country of the listed company whose name opens a full legal name."""
    words = name.split()
    if len(words) < 2 or words[-1].rstrip(".,") not in _FULL_NAME_ENDS:
        return None
    for size in (2, 1):
        known = KNOWN_ORGS.get(" ".join(words[:size])) if len(words) > size else None
        if known is not None and known.kind == "company" and known.country_code:
            return known.country_code
    return None


def _companies_placed_by_legal_form(state: _State, country: str | None) -> None:
    """ "Acme Systems Oy" is Finnish: a company whose legal form one country's companies use is that
    country's, or, where a few countries share the form, the story's own among them, else the first;
    and a listed company's full legal name ("Toyota Motor Corp.") is the listed company's country's."""
    for index, org in enumerate(state.orgs):
        if org.country_code is not None or org.canonical in KNOWN_ORGS or org.kind != "company":
            continue
        found = _LEGAL_FORM_ENDING.search(org.name)
        if org.name.startswith("PT "):
            code: str | None = "ID"  # "PT Sinar Abadi": Indonesia's limited company (perseroan terbatas)
        elif found is not None:
            countries = _LEGAL_FORM_COUNTRIES[found.group()]
            code = country if country in countries else countries[0]
        else:
            code = _listed_company_country(org.name)
        if code is not None:
            state.orgs[index] = dataclasses.replace(org, country_code=code)


def _is_city_corporation(name: str, country: str) -> bool:
    found = _CITY_CORPORATION.fullmatch(name)
    place = PLACES.get(found.group("city")) if found is not None else None
    return place is not None and place.kind == "city" and place.country_code == country


_LOCAL_OFFICE_OPENERS = frozenset(
    ["District", "Area", "Divisional", "Zonal", "Ward", "Municipal", "Sub-Divisional"]
)
_LOCAL_OFFICE_ENDS = frozenset(["Office", "Administration"])


def _join_local_offices_to_districts(state: _State) -> None:
    """ "the District Police Office, Dorvali.": a local office named with its district after a comma (a
    convention in South Asian reports) is one organisation, the district's name part of it."""
    if ", " not in state.body:
        return
    body = state.body
    orgs = sorted(state.orgs, key=lambda o: o.start)
    drop: set[int] = set()
    for index, org in enumerate(orgs[:-1]):
        words = org.name.split()
        following = orgs[index + 1]
        if (
            len(words) < 2
            or words[0] not in _LOCAL_OFFICE_OPENERS
            or words[-1] not in _LOCAL_OFFICE_ENDS
            or body[org.end : following.start] != ", "
            or body[following.end : following.end + 1] not in (".", ";")
            or " " in following.name
            or following.name in KNOWN_ORGS
            or following.kind != "organisation"
        ):
            continue
        name = body[org.start : following.end]
        orgs[index] = OrganisationMention(
            org.start, following.end, name, name, org.acronym, org.country_code, org.kind
        )
        drop.add(index + 1)
    if drop:
        state.orgs = [o for i, o in enumerate(orgs) if i not in drop]


def _national_short_forms(state: _State) -> None:
    """ "the Zenlandic Air Force" then "the Air Force": a body named without its country, whose name ends a
    national body's the article names with its country's adjective, is that body."""
    full: dict[str, OrganisationMention | None] = {}
    for org in state.orgs:
        first, _, rest = org.name.partition(" ")
        if org.country_code and rest and org.kind in _HOME_BODY_KINDS and first in _DEMONYM_ADJECTIVES:
            known = full.get(rest)
            full[rest] = org if known is None or known.canonical == org.canonical else None
    if not full:
        return
    for index, org in enumerate(state.orgs):
        named = full.get(org.name)
        if named is not None and org.country_code != named.country_code and org.kind in _HOME_BODY_KINDS:
            state.orgs[index] = OrganisationMention(
                org.start, org.end, org.name, named.canonical, named.acronym, named.country_code, named.kind
            )


_GENERIC_CENTRAL_BANKS = frozenset(["Central Bank", "Reserve Bank"])
_HOME_OTHER_KINDS = frozenset(["institute", "fund", "alliance", "organisation", "university", "association"])
_NATIONAL_OPENERS = frozenset(["National", "Federal"])
_PRIVATE_KINDS = frozenset(["company", "media"])
_STATE_OWNED_BEFORE = re.compile(r"\bstate(?:-owned|-run|-controlled)?(?: [a-z]+){0,2} (?:the )?$")


# "In Germany, the CDU has pushed for …": a sentence that opens on a country is about its politics.
_IN_COUNTRY_OPENING = re.compile(rf"In ({U}[\w’'-]*(?: {U}[\w’'-]*)?),")


def _parties_in_country_sentences(state: _State) -> None:
    """ "In Germany, …, while the Greens say …": a party of no listed country in a sentence that opens on a
    country is that country's party."""
    if "In " not in state.body:
        return
    starts: list[int] | None = None
    for index, org in enumerate(state.orgs):
        if org.kind != "party" or org.country_code is not None:
            continue
        if starts is None:
            starts = sorted(state.sentence_starts)
        at = bisect.bisect_right(starts, org.start) - 1
        opening = _IN_COUNTRY_OPENING.match(state.body, starts[at]) if at >= 0 else None
        place = PLACES.get(opening.group(1)) if opening is not None and opening.end() <= org.start else None
        if place is not None and place.kind == "country":
            state.orgs[index] = dataclasses.replace(org, country_code=place.country_code)


def _home_national_bodies(state: _State, document: Document) -> None:
    """ "the Ministry of Commerce" in a story from Beijing is China's: a national body the article names
    without a country belongs to the article's country, its dateline's or else the one its places lead."""
    _parties_in_country_sentences(state)
    _rehome_foreign_party_aliases(state)
    _rehome_foreign_team_short_forms(state)
    _rehome_foreign_generic_bodies(state)
    _place_named_bodies(state, _story_country(state))
    _bodies_placed_by_context(state, _story_country(state))
    _companies_placed_by_legal_form(state, _story_country(state))
    _national_short_forms(state)
    transnational = any(
        o.kind == "parliament" and any(w in _INTERNATIONAL_WORDS for w in o.name.split()) for o in state.orgs
    )
    bare = [
        index
        for index, org in enumerate(state.orgs)
        if org.country_code is None
        # "the Council of Governors", "the Monetary Policy Committee": a council or committee is the country's too.
        # "the Central Bank" by its generic name is the country's too, where other banks are companies.
        and (
            org.kind in _HOME_BODY_KINDS
            # "the Institute of Earth Sciences", "the Rural Electrification Fund", "Sultan Qaboos
            # University": a body of no private kind that no list or cue places elsewhere is the country's.
            or org.kind in _HOME_OTHER_KINDS
            # "the Independence Party" in a story from Reykjavik: a party no list or cue places elsewhere,
            # unless the story is about a parliament of many countries, whose groups are no country's.
            or (org.kind == "party" and not org.name.isupper() and not transnational)
            or org.name in _GENERIC_CENTRAL_BANKS
            # "the National Weather Service", "the Federal Cartel Office": a body of any kind but a
            # company's that calls itself national or federal is the country's.
            or (org.name.split(" ", 1)[0] in _NATIONAL_OPENERS and org.kind not in _PRIVATE_KINDS)
            # "the state-owned company Autoceste": a company the state owns is the story's state's.
            or (
                org.kind == "company"
                and _STATE_OWNED_BEFORE.search(state.body, max(0, org.start - 40), org.start) is not None
            )
        )
        and (
            org.canonical not in KNOWN_ORGS
            or org.canonical in _COUNTRYLESS_KNOWN_BODIES
            # "Sinn Féin", "the Greens": a listed party of several countries is the story's country's.
            or (org.kind == "party" and KNOWN_ORGS[org.canonical].country_code is None)
        )
        and not any(
            w in _INTERNATIONAL_WORDS or w in PLACES or w in _DEMONYM_ADJECTIVES for w in org.name.split()
        )
    ]
    if not bare and not any(o.name.split()[0].isupper() and o.country_code is None for o in state.orgs):
        return
    country = _story_country(state)
    if country is None:
        # "the Treasury" beside Labour and the Conservatives, with no place to go by: the parties' country.
        country = _organisations_country(state)
        bare = [i for i in bare if state.orgs[i].canonical in _COUNTRYLESS_KNOWN_BODIES]
    if country is None:
        return
    # "the NSW Reconstruction Authority" in an Australian story.
    bare += _regional_bodies(state, country)
    for index in bare:
        org = state.orgs[index]
        state.orgs[index] = OrganisationMention(
            org.start, org.end, org.name, org.canonical, org.acronym, country, org.kind
        )


_DATELINE_REGION = re.compile(
    r",[ \t]*([A-Z][a-z][\w.'’-]*(?: (?:of |and )?[A-Z][\w.'’-]*){0,3}|[A-Z]\.[A-Z]\.(?:[A-Z][a-z]\.)?)"
)


# A transcript line's speaker: a name in capitals, then a colon ("DES ROSIERS: …", "ROE: …").
_SPEAKER_LABEL = re.compile(r"[A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+){0,3}: ")


def _find_speaker_labels(state: _State, labels: list[_Chunk]) -> None:
    """A label that spells a person's surname or full name in capitals is a mention of that person."""
    forms: dict[str, tuple[str, PersonMention]] = {}
    for person in state.people:
        if person.partial:
            continue
        parts = without_generation(person.name).split()
        for form in (parts[-1], family_name_first(parts), particle_surname(parts), " ".join(parts)):
            if form:
                forms.setdefault(form.upper(), (form, person))
    for label in labels:
        found = forms.get(state.body[label.start : label.end])
        if found is not None:
            form, person = found
            state.people.append(
                PersonMention(label.start, label.end, form, gender=person.gender, partial=form != person.name)
            )
        elif all(t[2] in KNOWN_ORGS for t in label.tokens):
            # "AP NFL: https://…": a wire's section link, its words known organisations, not a speaker.
            for start, end, word in label.tokens:
                _add_org(state, start, end, _org_from_text(word, known=KNOWN_ORGS[word]))


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    """The ISO alpha-2 codes of the gazetteer's countries."""
    return frozenset(p.country_code for p in PLACES.values() if p.country_code)


def _drop_bracketed_country_codes(state: _State) -> None:
    """ "Jane Roe (EPP, PL)": a member's group, then the code of her country, which is no body; "Jane Roe
    (Labour, Anfield)": a party, then the ward or seat she holds, a place and no body either."""
    body = state.body
    group_ends = {o.end for o in state.orgs}
    party_ends = {o.end for o in state.orgs if o.kind == "party"}
    state.orgs = [
        o
        for o in state.orgs
        if not (
            body.startswith(")", o.end)
            and o.start - 2 in group_ends
            and body.startswith(", ", o.start - 2)
            and o.name not in KNOWN_ORGS
            and (
                (len(o.name) == 2 and o.name in _country_codes())
                or (
                    o.start - 2 in party_ends
                    and o.name == o.canonical
                    and not o.acronym
                    and not any(w in ORG_HEADS for w in o.name.split())
                )
            )
        )
    ]


# Words of a body of many countries' ("International Rescue Committee", "Global Witness").
_SUPRANATIONAL_WORDS = _INTERNATIONAL_WORDS - {"United"}


# "Saudi importer ", "a Kenyan tea exporter ": a nationality and one or two lower-case nouns right before
# a body's name describe it.
_DESCRIBED_NATIONALITY = re.compile(r"(?<![\w’'-])([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:[a-z]+ ){1,2}$")


def _described_bodies_countries(state: _State) -> None:
    """ "with Saudi importer Al Noor Foods", "the Buenos Aires consultancy Cuenca Analytics": the
    nationality or the city its description gives an unlisted body, before the story's own country."""
    for index, org in enumerate(state.orgs):
        if org.country_code is not None or org.kind == "party" or org.canonical in KNOWN_ORGS:
            continue
        described = _DESCRIBED_NATIONALITY.search(state.body, max(0, org.start - 40), org.start)
        if described is None:
            continue
        named_by = described.group(1).split()  # ("The Saudi importer": the last word is the nationality)
        code = _demonym_at(named_by, 0) or _DEMONYM_COUNTRIES.get(named_by[-1])
        if code is None:
            place = PLACES.get(" ".join(named_by)) or PLACES.get(named_by[-1])
            if place is not None and len(PLACE_CANDIDATES.get(place.name, ())) <= 1:
                code = place.country_code
        if code is not None:
            state.orgs[index] = dataclasses.replace(org, country_code=code)


def _countrys_place(word: str) -> bool:
    """Whether a word is a place of some country's (not an ocean's or a continent's, "Pacific", "Asia")."""
    place = PLACES.get(word)
    return place is not None and (place.country_code is not None or place.kind not in ("continent", "region"))


def _home_unlisted_bodies(state: _State, dated: bool) -> None:
    """ "Kite Consulting", "the Cromer and District Hospital" in a story from Norfolk are British: an
    unlisted organisation no name, list or cue places elsewhere is the story's country's, whatever its
    kind, as a reader takes it (parties are placed with the national bodies)."""
    if not any(o.country_code is None and o.kind != "party" for o in state.orgs):
        return
    country = _story_country(state)
    if not dated and any(p.start == 0 and state.body.startswith("-based", p.end) for p in state.places):
        country = None  # "Paris-based analysts at …" opening an undated story is no dateline
    if country is None:
        # No dateline: the one country every coded place and body of the story is in, named twice.
        coded = [p.country_code for p in state.places] + [o.country_code for o in state.orgs]
        countries = {code for code in coded if code}
        if len(countries) != 1 or sum(code is not None for code in coded) < 2:
            return
        country = countries.pop()
    named = {p.country_code for p in state.places} | {country}
    for index, org in enumerate(state.orgs):
        if (
            org.country_code is not None
            or org.kind == "party"
            or org.canonical in KNOWN_ORGS
            or org.name in KNOWN_ORGS
        ):
            continue
        words = org.name.split()
        if any(w in _SUPRANATIONAL_WORDS for w in words) and not (
            # "Yakasai Global Exchange Limited": a registered company's brand word, no supranational body.
            words[-1].rstrip(".") in _TRAILING_LEGAL_FORMS and not set(words) & {"European", "UN", "U.N."}
        ):
            continue
        # "Imperial College London", "the Colombo Stock Exchange": a place in the name says whose it is;
        # a place the gazetteer cannot tie to one country leaves it open.
        code = _named_place_country(org.name, named, country)
        # "Highlands Pacific Agro Ltd": an ocean's or a continent's word (no country's) leaves a company or
        # a trade association the story's; a council so named ("the Pacific Reef Council") may be several
        # countries'.
        private = org.kind in ("company", "association")
        if code is None and any(
            (_countrys_place(w) if private else w in PLACES) or w in _DEMONYM_ADJECTIVES for w in words
        ):
            continue
        state.orgs[index] = dataclasses.replace(org, country_code=code or country)


# "Scarlets: Tries: Bowen, Fifita. Cons: Llewellyn 3.": a side's scorers line under a match report.
_SCORERS_LINE = re.compile(
    r"^(?P<team>[A-Z][\w’'.& -]{1,40}?): (?P<rest>(?:Tries|Try|Goals|Scorers|Scorer|Cons|Pens|Drop goals|Field goals)"
    r": [^\n]+)$",
    re.MULTILINE,
)
# "Bath (17) 31 Tries: Roe 2, Lee Cons: Poe 4": a side's score, then its scorers (on the next line, or run
# on as the page's text gives it).
_SCORE_HEAD = re.compile(
    r"(?<![\w’'-])(?P<team>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}) (?:\(\d{1,3}\) )?\d{1,3}\s+"
    r"(?=(?:Tries|Try|Goals|Scorers|Scorer): )"
)


def _score_heads(body: str, names: Callable[[str], bool]) -> list[tuple[str, str]]:
    """Each side's score head as (the side's name, its scorers' text up to the next head or line's end):
    the side is the longest last words of the head that are a name in ``names``."""
    heads = list(_SCORE_HEAD.finditer(body))
    found = []
    for index, head in enumerate(heads):
        words = head.group("team").split()
        team = next((" ".join(words[k:]) for k in range(len(words)) if names(" ".join(words[k:]))), None)
        if team is None:
            continue
        close = body.find("\n", head.end())
        close = len(body) if close < 0 else close
        if index + 1 < len(heads):
            close = min(close, heads[index + 1].start())
        found.append((team, body[head.end() : close]))
    return found


_SCORE_THEN_BRACKET = re.compile(r" \d{1,3} \(([A-Z][^()\n]{2,200})\)")
_SCORER_WORD = re.compile(rf"{U}[\w’'-]+")
_SCORER_LABELS = frozenset(["Tries", "Try", "Goals", "Scorers", "Scorer", "Cons", "Pens", "Drop", "Field"])
# The posts that tie a person to a side when a post before the name names it ("Acme head coach Jane Roe").
_SIDE_POSTS_OF_TEAMS = frozenset(["coach", "head coach", "captain", "manager", "skipper"])
_POSITION_WORDS = frozenset(w.lower() for w in _POSITIONS.split("|"))


# A side's verb right after its name, in the past as match reports tell: "the Scarlets went wide".
_SIDE_ACTS = re.compile(
    r" (?:[a-z]+ed|went|won|hit|led|made|took|came|ran|got|drew|beat|held|kept|struck|broke|threw|found|"
    r"put|set|gave|scored|stole|forced|won)\b"
)


def _names_side_tag(body: str, end: int) -> bool:
    """Does a playing position or a side's post follow the side's name ending at ``end`` ("Vegas goalie")?"""
    words = body[end : end + 30].split(maxsplit=3)[:2]
    return bool(words) and (
        words[0].lower() in _POSITION_WORDS
        or words[0].lower() in _SIDE_POSTS_OF_TEAMS
        or " ".join(words).lower().rstrip(",") in _SIDE_POSTS_OF_TEAMS
    )


def _may_name_sides(state: _State) -> bool:
    """A player after a position or a scorers line: the cheap cue before the sports test (which reads the
    whole body) and _players_of_sides."""
    return any(t.lower() in _POSITION_WORDS for p in state.people for t in p.titles) or any(
        label in state.body for label in (": Tries:", ": Try:", ": Goals:", ": Scorers:", ": Scorer:")
    )


def _short_forms_joined(orgs: list[OrganisationMention]) -> list[OrganisationMention]:
    """ "Marrowby" beside "Marrowby FC", "Rangers" beside "Velora Rangers": a one-word side read on its own
    joined to the one longer name it opens or ends (resolve joins them later; the sides are counted now)."""
    longer = {o.canonical for o in orgs if " " in o.canonical}
    joined = []
    for org in orgs:
        if " " not in org.canonical:
            owners = [
                c for c in longer if c.startswith(org.canonical + " ") or c.endswith(" " + org.canonical)
            ]
            if len(owners) == 1:
                org = dataclasses.replace(org, canonical=owners[0])
        joined.append(org)
    return joined


def _players_of_sides(state: _State) -> None:
    """In a match report, a player no post ties to a side: the side whose scorers line lists the surname,
    else the only side the sentence naming the player (after a playing position) names. The sides are
    those a scorers line heads or a coach, captain or player is tied to; two at least."""
    body = state.body
    orgs = _short_forms_joined(state.orgs)
    by_name = {o.name: o for o in orgs}
    sides: dict[str, str] = {}  # canonical → name as written
    scorers: dict[str, set[str]] = {}  # surname → canonicals of the sides whose line lists it
    if ": " in body:
        lines = [(line.group("team"), line.group("rest")) for line in _SCORERS_LINE.finditer(body)]
        if "Tries: " in body or "Scorers: " in body:
            lines += _score_heads(body, by_name.__contains__)
        for team, rest in lines:
            org = by_name.get(team)
            if org is None:
                continue
            sides[org.canonical] = org.name
            for word in _SCORER_WORD.findall(rest):
                if word not in _SCORER_LABELS:
                    scorers.setdefault(word, set()).add(org.canonical)
    for person in state.people:
        if any(t.lower() in _SIDE_POSTS_OF_TEAMS or t.lower() in _POSITION_WORDS for t in person.titles):
            for org_text, _role in person.affiliations:
                org = by_name.get(org_text)
                if org is not None:
                    sides.setdefault(org.canonical, org.name)
    if " (" in body:
        # "Blues 26 (J Roe, K Lee tries; M Poe 7 goals) d Reds 18 (…)": a side, its score, then in brackets
        # the players who scored for it.
        for org in orgs:
            bracket = _SCORE_THEN_BRACKET.match(body, org.end)
            if bracket is None:
                continue
            sides[org.canonical] = org.name
            for word in _SCORER_WORD.findall(bracket.group(1)):
                scorers.setdefault(word, set()).add(org.canonical)
    if len(sides) < 2:
        return
    # "past Vegas goalie Jane Roe": a side written as another player's tag ("tag" below) names that
    # player's side, which is the player's own only when it comes first ("Acme flanker Ann Lee was sent
    # off, and lock Jane Roe followed him").
    spans = [(o.start, o.canonical, _names_side_tag(body, o.end)) for o in orgs if o.canonical in sides]
    for place in state.places:
        # "Colorado trailed 3-1": a side's home town, kept as a place, names the side as well.
        home = [
            c for c, n in sides.items() if c.startswith(place.name + " ") or n.startswith(place.name + " ")
        ]
        if len(home) == 1:
            spans.append((place.start, home[0], _names_side_tag(body, place.end)))
    starts = sorted(state.sentence_starts)
    spans_ends = [(o.start, o.canonical, o.end) for o in orgs if o.canonical in sides]
    for index, person in enumerate(state.people):
        if person.partial or any(
            by_name[o].canonical in sides for o, _r in person.affiliations if o in by_name
        ):
            continue
        found = scorers.get(without_generation(person.name).split()[-1], set())
        side = next(iter(found)) if len(found) == 1 else None
        if side is None and any(t.lower() in _POSITION_WORDS for t in person.titles):
            # "The Scarlets hit back when scrum-half Jane Roe darted over": the one side the sentence names.
            at = bisect.bisect_right(starts, person.start)
            opening = max(starts[at - 1] if at else 0, body.rfind("\n", 0, person.start) + 1)
            closing = starts[at] if at < len(starts) else len(body)
            newline = body.find("\n", person.start, closing)
            closing = newline if newline >= 0 else closing
            named = {c for s, c, tag in spans if opening <= s < closing and not (tag and s > person.start)}
            if (
                not named
                and at > 1
                and opening == starts[at - 1]
                and body[opening : person.start].rstrip().lower() in {t.lower() for t in person.titles}
            ):
                # "… the Scarlets went wide. Centre Jane Roe drew two defenders": a sentence naming no
                # side that opens with the player carries on the move of the side the one before it last
                # set acting.
                before = [
                    (s, c)
                    for s, c, e in spans_ends
                    if starts[at - 2] <= s < opening and _SIDE_ACTS.match(body, e)
                ]
                named = {max(before)[1]} if before else set()
            side = named.pop() if len(named) == 1 else None
        if side is not None:
            state.people[index] = replace(person, affiliations=(*person.affiliations, (sides[side], None)))


# A club's name in a match report: capitalised words, perhaps with "of" ("Hearts of Oak").
_CLUB_RUN_AT_END = re.compile(r"(?<![\w’'.-])([A-Z][a-z][\w’'-]*(?: (?:of )?[A-Z][a-z][\w’'-]*){0,3})$")
_CLUB_RUN = re.compile(r"[A-Z][a-z][\w’'-]*(?: (?:of )?[A-Z][a-z][\w’'-]*){0,3}(?![\w’'-])")
# What a side does or has done to it: the name stands before the cue ("Hela Wigmen 26-18", "Hearts of Oak
# were held") or after it ("held 1-1 by Aduana FC", "host Accra Lions", "edged the Goroka Lahanis").
_CLUB_CUE_AFTER = re.compile(
    r"(?:,? who)? (?:\d{1,3}-\d{1,3}(?![\d-])|(?:were|was) held\b|drew (?:with|\d)|thrashed\b|edged\b|beat\b)"
)
_CLUB_CUE_BEFORE = re.compile(
    r"\b(?:held (?:\d{1,2}-\d{1,2} |to an? [a-z -]{1,30} )?by|beat|beating|edged|outlasting|outlasted|"
    r"thrashed|host|hosts|hosting|face|faces|facing|travel to|travels to|win over|victory over|"
    r"defeat to|loss to|draw with|against) (?:the )?(?=[A-Z][a-z])"
)
_CAPITAL_AFTER = re.compile(r" [A-Z]")
# The last word of a club named by its town and its sport ("Cardiff Rugby").
_CLUB_SPORT_WORDS = frozenset(["Rugby", "Football", "Hockey", "Cricket", "Netball", "Basketball"])


def _club_nickname(word: str) -> bool:
    """ "Lions", "Lahanis", "Wigmen": a capitalised plural, as a side's nickname is (wider than
    _team_nickname, for names a match verb has already set as a side)."""
    return (
        len(word) > 3
        and word[1:].islower()
        and (word.endswith("men") or (word.endswith("s") and not word.endswith(("ss", "us"))))
        and word not in _EVENT_PLURALS
        and word not in PLACES
        and word not in TITLE_HEADS
        and word not in ORG_HEADS
    )


def _club_shaped(state: _State, words: list[str]) -> bool:
    """A run of words a match verb sets as a side that reads as a club: a plural nickname in it ("Bibiani
    Gold Stars", "Hearts of Oak"), or a town and its sport ("Cardiff Rugby"); no person's name ("Mark
    Williams", a given name then a surname ending in s)."""
    if len(words) < 2 or " ".join(words) in PLACES or any(_HYPHEN_LOWER.search(w) for w in words):
        return False  # ("Bundaberg-based Acme Solutions" is a firm)
    if words[0] in FIRST_NAMES and words[-1].endswith("s"):
        return False
    surnames = {p.name.split()[-1] for p in state.people}
    if any(w in surnames for w in words):
        return False
    return (
        _club_nickname(words[-1])
        or (words[1] == "of" and _club_nickname(words[0]))
        or (words[0] in PLACES and words[-1] in _CLUB_SPORT_WORDS)
    )


def _trim_club_run(body: str, start: int, end: int, posts: bool = True) -> tuple[int, int] | None:
    """The run without words that open a sentence or (unless a match verb right before opens it) name a post
    ("The", "Striker"; "beat Barangay Ginebra" keeps its first word)."""
    words = body[start:end].split(" ")
    while words and (
        words[0] in _FUNCTION_OPENERS
        or (posts and (words[0] in TITLE_HEADS or words[0] in TITLE_MODIFIERS))
        or words[0] == "of"
    ):
        start += len(words.pop(0)) + 1
    return (start, end) if words else None


def _add_club(state: _State, start: int, end: int, canonical: str) -> None:
    """A club's mention over [start, end): what it overlaps (its town read as a place, its nickname read
    as a body of its own) gives way."""
    state.places = [p for p in state.places if not (p.start < end and start < p.end)]
    state.orgs = [o for o in state.orgs if not (o.start < end and start < o.end)]
    name = state.body[start:end]
    state.orgs.append(OrganisationMention(start, end, name, canonical, None, None, "association"))


def _is_town(name: str) -> bool:
    """A town's name, as a club is named ("Bath"), not a country's (a national side is kept a place)."""
    info = PLACES.get(name) or AMBIGUOUS_PLACES.get(name)
    return info is not None and info.kind == "city"


def _find_score_line_towns(state: _State) -> None:
    """ "Bath (17) 31 Tries: …": the side a town heading its scorers names, a club (the one whose name it opens,
    "Leicester" for Leicester Tigers) wherever the story writes the town but as a place ("in Bath")."""
    body = state.body
    orgs = {o.name for o in state.orgs}
    for town, _rest in _score_heads(body, _is_town):
        if town in orgs:
            continue
        longer = {o.canonical for o in state.orgs if o.canonical.startswith(town + " ")}
        canonical = longer.pop() if len(longer) == 1 else town
        taken = _overlapping(
            [(o.start, o.end) for o in state.orgs] + [(p.start, p.end) for p in state.people]
        )
        for match in re.finditer(rf"(?<![\w’'-]){re.escape(town)}(?![\w’'-]| [A-Z])", body):
            if taken(*match.span()) or _word_before(body, match.start()).lower() in _PLACE_WORDS_BEFORE:
                continue
            _add_club(state, match.start(), match.end(), canonical)


def _lone_club(state: _State, word: str) -> bool:
    """One capitalised word a match verb sets as a side that can be a club's name: no place, month, post,
    listed word or surname of the story's people ("against Carlton", "travel to Brentford")."""
    return (
        len(word) > 3
        and word[1:].islower()
        and word not in PLACES
        and word not in AMBIGUOUS_PLACES
        and word not in NOT_NAMES
        and word not in TITLE_HEADS
        and word not in _CALENDAR_WORDS
        and word not in _FUNCTION_OPENERS
        and word not in KNOWN_ORGS
        and not any(p.name.split()[-1] == word for p in state.people)
    )


def _sides_in_capitals(state: _State) -> None:
    """ "DYNAMOS coach Jane Roe" opening a report in capitals: the side the story names as "Dynamos", and
    the post after it."""
    names = {o.name for o in state.orgs}
    for index, person in enumerate(state.people):
        titles, sides = [], []
        for title in person.titles:
            first, _, rest = title.partition(" ")
            if rest and len(first) > 2 and first.isupper() and first.capitalize() in names:
                titles.append(rest)
                sides.append((first.capitalize(), rest))
            else:
                titles.append(title)
        if sides:
            state.people[index] = replace(
                person, titles=tuple(titles), affiliations=(*person.affiliations, *sides)
            )


def _find_match_clubs(state: _State) -> None:
    """In a match report, the sides: a run of capitalised words a match verb or a score sets as a side
    ("beat the Hela Wigmen 26-18", "held by Heart of Lions", "host Accra Lions"); and the full name a
    one-word side is the short form of ("Asante Kotoko" for "Kotoko", "Lae Snax Tigers" for "the
    Tigers"), which owns it wherever it is written."""
    body = state.body
    people = _overlapping([(p.start, p.end) for p in state.people])
    spans: list[tuple[int, int, bool]] = []  # (start, end, whether a post's words may open it)
    for cue in _CLUB_CUE_AFTER.finditer(body):
        run = _CLUB_RUN_AT_END.search(body, max(0, cue.start() - 50), cue.start())
        if run is not None:
            spans.append((*run.span(1), True))
    for cue in _CLUB_CUE_BEFORE.finditer(body):
        run = _CLUB_RUN.match(body, cue.end())
        if run is not None:
            spans.append((*run.span(), False))
    clubs: dict[str, str | None] = {}  # last word → full name (None: two sides end with it)
    cued: set[str] = set()
    # A team sport's report: a coach, captain or player is tied to a side (a tennis player's one-word
    # opponent, "beat Alcaraz", is a person).
    team_sport = any(
        p.affiliations
        and any(t.lower() in _SIDE_POSTS_OF_TEAMS or t.lower() in _POSITION_WORDS for t in p.titles)
        for p in state.people
    )
    for span in spans if team_sport else ():
        trimmed = _trim_club_run(body, span[0], span[1], span[2])
        if trimmed is None or people(*trimmed):
            continue
        start, end = trimmed
        name = body[start:end]
        if any(o.start <= start and end <= o.end and o.name != o.name.split()[-1] for o in state.orgs):
            continue  # a longer name already read ("Aduana FC")
        if " " not in name:
            if (
                team_sport
                and _lone_club(state, name)
                and not body.endswith("the ", 0, start)  # "a loss to the Wolves": a nickname, read elsewhere
                and not any(o.start <= start and end <= o.end for o in state.orgs)
            ):
                # "the Cats finish against Carlton": one word a match verb sets as a side, in a team sport.
                clubs[name] = name if clubs.get(name, name) == name else None
                _add_club(state, start, end, name)
            continue
        if not _club_shaped(state, name.split()):
            if " " in name:
                cued.add(name)  # "beat Barangay Ginebra San Miguel": the full name of a side read short
            continue
        last = name.split()[-1]
        clubs[last] = name if clubs.get(last, name) == name else None  # two sides share the word
        _add_club(state, start, end, name)
    # "Kotoko", "the Tigers": a one-word side whose full name the story writes once.
    words = {
        o.name for o in state.orgs if " " not in o.name and o.name[1:].islower() and o.canonical == o.name
    }
    for word in words:
        if word in KNOWN_ORGS or word in clubs:
            continue
        others = _overlapping([(o.start, o.end) for o in state.orgs if o.name != word])
        forms: dict[int, tuple[int, str]] = {}  # start of the full form → (its end, its text)
        for match in re.finditer(rf"(?<![\w’'.-])((?:[A-Z][a-z][\w’']* ){{1,2}}){word}(?![\w’'-])", body):
            trimmed = _trim_club_run(body, match.start(), match.end())
            if (
                trimmed is None
                or trimmed[1] - trimmed[0] <= len(word)
                or people(*trimmed)
                or others(*trimmed)
                or _CAPITAL_AFTER.match(body, trimmed[1])  # inside a longer name ("Scuderia Ferrari HP")
            ):
                continue
            forms[trimmed[0]] = (trimmed[1], body[trimmed[0] : trimmed[1]])
        if not forms:
            owners = [run for run in cued if word in run.split()]
            if len(owners) == 1 and owners[0].split()[0] not in FIRST_NAMES:
                clubs[word] = owners[0]
            continue
        full = max((text for _end, text in forms.values()), key=len)
        if any(not full.endswith(" " + text) and text != full for _end, text in forms.values()):
            continue  # two sides share the nickname ("Accra Lions", "Kumasi Lions")
        if any(w in TITLE_HEADS or w in _POSITION_WORDS for w in full.split()):
            continue
        clubs[word] = full
        for start, (end, _text) in forms.items():
            _add_club(state, start, end, full)
    for index, org in enumerate(state.orgs):
        # "Kotoko's Head of Communications": a side's post read with the side, which is all the body.
        owner = _OWNER_THEN_POST.match(org.name)
        if owner is not None and owner.group(2) in TITLE_HEADS and org.name == org.canonical:
            name = owner.group(1)
            state.orgs[index] = OrganisationMention(
                org.start, org.start + len(name), name, name, None, org.country_code, "association"
            )
    _sides_in_capitals(state)
    written = {o.name.split()[-1]: o.canonical for o in state.orgs if " " in o.name and o.name == o.canonical}
    for index, org in enumerate(state.orgs):
        # "the Tigers" in a report on Leicester Tigers: not the listed club of that nickname elsewhere.
        known = KNOWN_ORGS.get(org.canonical)
        local = written.get(org.name)
        if (
            known is not None
            and known.sport
            and org.name != known.name
            and local
            and local not in KNOWN_ORGS
            and not any(o.name == known.name for o in state.orgs)
        ):
            state.orgs[index] = OrganisationMention(
                org.start, org.end, org.name, local, None, None, "association"
            )
    if not clubs:
        return
    for index, org in enumerate(state.orgs):
        full_name = clubs.get(org.name)
        if full_name is not None and org.canonical == org.name:
            state.orgs[index] = dataclasses.replace(org, canonical=full_name, kind="association")
    # The full name written again where no cue stood ("Results: … d Hela Wigmen 18 (…)").
    taken = _overlapping([(o.start, o.end) for o in state.orgs] + [(p.start, p.end) for p in state.people])
    for full_name in {n for n in clubs.values() if n is not None}:
        for match in re.finditer(rf"(?<![\w’'-]){re.escape(full_name)}(?![\w’'-])", body):
            if not taken(*match.span()):
                _add_club(state, match.start(), match.end(), full_name)


def find_mentions(document: Document, sentence_starts: frozenset[int] = frozenset()) -> Mentions:
    """Every person, organisation, place and referring expression in the body."""
    body = document.body
    state = _State(
        body, sentence_starts=sentence_starts | {p.start for p in document.paragraphs}, based="-based" in body
    )
    state.web_country = _web_country(document.url)
    chunks = _chunks(body)
    if document.dateline and document.dateline_place:
        # A dateline's capitalised city ("MADRID") is a place hint in title case.
        dateline_start, dateline_end = document.dateline.start, document.dateline.end
        state.dateline_start = dateline_start
        place_text = document.dateline_place
        place_end = dateline_start + len(place_text)
        for part_start, part_text in _dateline_parts(dateline_start, place_text):
            titled = " ".join(
                w.lower()
                if k and w.lower() in _DATELINE_PARTICLES  # "RIO DE JANEIRO"
                else w.capitalize()
                if w.isupper() and len(w) > 2
                else w
                for k, w in enumerate(part_text.split())
            )
            info = PLACES.get(titled) or PLACES.get(part_text)
            if info is None and part_text.isupper():
                # "LAGOS —", "AUSTIN, Texas —": a name as often a word or a person's is a town in a dateline.
                info = AMBIGUOUS_PLACES.get(titled)
            if info:
                state.places.append(
                    PlaceMention(
                        part_start,
                        part_start + len(part_text),
                        part_text,
                        info.name,
                        info.country_code,
                        info.kind,
                    )
                )
        region = _DATELINE_REGION.match(body, place_end, dateline_end)
        # "LEGAZPI CITY, Albay, Philippines —": the province, then the country.
        for _ in range(2):
            if region and region.group(1) in PLACES:
                _add_place(state, region.start(1), region.end(1))
            elif region and region.group(1) in _US_STATES:
                # AP style "FORT WAYNE, Ind. —": the state's abbreviation.
                state.places.append(
                    PlaceMention(
                        region.start(1),
                        region.end(1),
                        region.group(1),
                        _US_STATES[region.group(1)],
                        "US",
                        "region",
                    )
                )
            if region is None:
                break
            region = _DATELINE_REGION.match(body, region.end(), dateline_end)
        chunks = [
            c
            for c in chunks
            if c.end <= dateline_start
            or c.start >= dateline_end
            or (c.end > dateline_end and c.start > place_end)
        ]
    if document.dateline and document.source:
        # "(Reuters)" in a dateline: the agency is an organisation the story names.
        agency = body.find(f"({document.source})", 0, document.dateline.end)
        known = KNOWN_ORGS.get(document.source)
        if agency >= 0 and known:
            _add_org(
                state,
                agency + 1,
                agency + 1 + len(document.source),
                _org_from_text(document.source, known=known),
            )
    if (
        "-based" in body
        or "-born" in body
        or "-headquartered" in body
        or "-flagged" in body
        or "-registered" in body
    ):
        for match in _BASED_IN.finditer(body):
            # "The Boston-based drugmaker": the place inside a compound adjective.
            start, end = match.start("place"), match.end("place")
            while (
                start < end
                and body[start:end] not in PLACES
                and body[start:end] not in AMBIGUOUS_PLACES
                and body[start:end] not in TOWNS
            ):
                space = body.find(" ", start, end)
                start = end if space < 0 else space + 1
            if start < end and body[start:end] in PLACES:
                _add_place(state, start, end)
            elif start < end and body[start:end] not in AMBIGUOUS_PLACES:
                # "Parramatta-based": a town too small to be read bare is a place before "-based".
                town = TOWNS[body[start:end]]
                state.places.append(
                    PlaceMention(start, end, body[start:end], town.name, town.country_code, town.kind)
                )
            elif start < end:
                # "Lagos-based": a name that is as often a word or surname is a place before "-based".
                city = AMBIGUOUS_PLACES[body[start:end]]
                state.places.append(
                    PlaceMention(start, end, body[start:end], city.name, city.country_code, city.kind)
                )
    paragraph_starts = {p.start for p in document.paragraphs}
    labels = [
        c
        for c in chunks
        if c.start in paragraph_starts and _SPEAKER_LABEL.fullmatch(body, c.start, c.end + 2)
    ]
    if labels:
        # "DES ROSIERS: They have not.": a transcript's speaker label, read once the people are known.
        chunks = [c for c in chunks if c not in labels]
        state.sentence_starts |= {c.end + 2 for c in labels}
    credits = _line_spans(_CREDITS, body) + _opening_credit_spans(body, document.paragraphs)
    if credits:
        chunks = [c for c in chunks if not any(a <= c.start < b for a, b in credits)]
    writer_credits = _writer_credit_spans(body, document.byline)
    if writer_credits:
        chunks = [c for c in chunks if not any(c.start < b and a < c.end for a, b in writer_credits)]
    # The pattern tries every line's start; its one fixed word is far cheaper to look for first.
    contributed = (
        [(m.start(), m.end()) for m in _CONTRIBUTED_CREDIT.finditer(body)] if " contributed " in body else []
    )
    if contributed:
        chunks = [
            c
            for c in chunks
            if body[c.start : c.end] in PLACES or not any(a <= c.start < b for a, b in contributed)
        ]
    previous: _Chunk | None = None
    for chunk in chunks:
        orgs_before = len(state.orgs)
        _classify(state, chunk, None)
        # "Brazil’s Ministry of Health and Ministry of Finance": the possessive covers both.
        if (
            previous is not None
            and len(state.orgs) == orgs_before + 1
            and state.orgs[-1].country_code is None
            and orgs_before
            and state.orgs[orgs_before - 1].country_code
            and state.orgs[orgs_before - 1].end == previous.end
            and body[previous.end : chunk.start] in (" and ", ", ")
            and previous.tokens[0][2].endswith(("’s", "'s"))
        ):
            last = state.orgs[-1]
            state.orgs[-1] = OrganisationMention(
                last.start,
                last.end,
                last.name,
                last.canonical,
                last.acronym,
                state.orgs[orgs_before - 1].country_code,
                last.kind,
            )
        previous = chunk
    _find_bracketed_legal_forms(state, chunks)
    _find_lower_case_legal_forms(state, chunks)
    _find_appositive_org_names(state, chunks)
    _find_appositive_countries(state)
    _find_known_as_names(state)
    _find_acronym_appositives(state)
    _find_cities_by_region(state, chunks)
    _find_lower_case_orgs(state)  # before the people, whose roles may name them ("a kindrd spokesperson")
    _find_lower_case_known_orgs(state)
    _find_lower_case_ministries(state)
    _find_select_committees(state)
    if " Local " in body:
        _find_union_locals(state)
    _find_bracketed_party_tags(state, chunks)
    _find_people(state, chunks)
    if " alias " in body:
        _find_alias_people(state)
    _find_partial_people(state, chunks)
    _find_outlets(state, chunks)
    _find_described_outlets(state, chunks)
    _find_web_outlets(state)
    _find_platform_x(state)
    _find_outlets_by(state)
    if " reported" in body:
        _find_outlets_as_reported(state)
    _find_credited_outlets(state, credits)
    _find_source_outlet(state, document.source)
    _find_journals(state, chunks)
    if "journal " in body:
        _find_named_journals(state)
    _find_surnames_read_as_towns(state, chunks)
    if labels:
        _find_speaker_labels(state, labels)
    _identify_lede_subject(state, chunks, document)
    _find_fronted_roles(state)
    _find_camel_case_orgs(state)
    _find_headed_units(state)
    _find_firms_one_of_many(state)
    _find_described_bodies(state, chunks)
    _find_long_org_names(state, chunks)
    _find_short_org_names(state, chunks)
    _find_repeated_org_names(state, chunks)
    _find_possessed_regions(state)
    _find_constituencies(state, chunks)
    _find_counties(state, chunks)
    # ("Sydney, N.S.": the town is Canadian before the story's own country is worked out from it.)
    if ", " in state.body:
        _find_provinces_after_towns(state)
    if "New " in state.body:
        _find_new_namesake_towns(state)
    _find_local_places(state, chunks, document)
    if " of " in state.body:
        _units_of_named_countries(state)
    _find_listed_counties(state)
    if " City" in state.body:
        _find_city_named_towns(state)
    if _ANY_VILLAGE_OF.search(state.body):
        _find_villages_read_as_people(state)
    if " for " in state.body and any(word in state.body for word in _MEMBER_TITLES_FOR):
        _find_seats_after_members(state)
    if " for " in state.body or " represent" in state.body:
        _find_compass_seats(state)
    if " to " in state.body:
        _find_named_route_ends(state)
    if " outside " in state.body or " near " in state.body:
        _find_towns_read_as_bodies(state)
    if "Co " in state.body or "Co. " in state.body:
        _find_irish_short_counties(state)
    if "between " in state.body:
        _find_towns_between_in_region(state)
    _align_namesake_towns(state)
    _find_towns_before_regions(state, chunks)
    _find_route_ends(state)
    _find_states_after_cities(state)
    _find_country_pairs(state)
    _find_headline_places(state, document)
    _find_places_after_opening_prepositions(state, chunks)
    if " County" in state.body:
        _find_counties_named_after_states(state)
    if " State " in state.body:
        _drop_state_universities(state)
    if " peninsula" in state.body:
        _find_lower_case_peninsulas(state)
    # "through Cape Verdean winger Jane Roe": a nationality adjective, read by no gazetteer, is no place
    # (Ethiopia's "Somali" region is one).
    state.places = [
        p
        for p in state.places
        if not (p.name in _DEMONYM_PAIRS or p.name in _DEMONYM_COUNTRIES)
        or p.name in PLACES
        or p.country_code in PLACE_CANDIDATES.get(p.name, {})
    ]
    _find_filing_towns(state, document)
    if state.orgs:
        _drop_places_opening_org_short_forms(state)
    _find_ambiguous_towns_after_prepositions(state)
    if " Side" in state.body:
        _find_city_sides(state)
    _find_late_home_forms(state, chunks)
    _join_unit_forms(state)
    _find_headline_orgs(state, document)
    _find_lower_case_civic_bodies(state)
    _drop_school_names(state)
    _drop_given_names(state)
    _widen_compass_regions(state)
    _drop_nested_places(state)
    if " Town" in state.body or " County" in state.body:
        _town_short_forms(state)
    _provinces_named_after_cities(state)
    if " State" in state.body:
        _states_named_like_cities(state)
    _drop_time_zone_places(state)
    _drop_places_inside_orgs(state)
    _drop_places_inside_people(state)
    _drop_team_towns(state)
    if (
        "Order of the " in state.body
        or " disease" in state.body
        or " virus" in state.body
        or " fever" in state.body
    ) and _NAMED_THING_AROUND_PLACE.search(state.body):
        _drop_places_naming_things(state)
    if "From " in state.body:
        _drop_correspondents_read_as_places(state)
    if " (" in state.body:
        _widen_bracketed_town_names(state)
    _drop_party_adjectives(state)
    if _LISTED_WATERS.search(state.body):
        _drop_listed_waters(state)
    # After the drop: the place a government is named by is also a place the article names.
    _find_governments_of_places(state)
    if " as " in state.body and "trad" in state.body:
        _find_trading_names(state)
    _drop_bare_house(state)
    _drop_sports_venues(state)
    _drop_sponsored_grounds(state)
    _team_city_forms(state)
    _find_parliamentary_sides(state)
    _regional_offices_as_bodies(state)
    _find_bare_assemblies(state)
    _bodies_of_events(state)
    _find_french_bodies(state)
    # The pattern is tried at every position; one of its heads must be in the text, which plain
    # substring tests find far more cheaply (most articles hold none).
    if any(head in state.body for head in _OPEN_FOREIGN_HEADS) and _OPEN_FOREIGN_BODY.search(state.body):
        _find_open_foreign_bodies(state)
    _take_legal_forms_after_commas(state)
    if state.people and ", " in state.body:
        _drop_post_nominal_letters(state)
    if "between " in state.body:
        _find_partners_between(state)
    _join_local_offices_to_districts(state)
    _drop_demonstrative_bodies(state)
    if " Road" in state.body or " Street" in state.body or " Highway" in state.body:
        _drop_acronyms_naming_roads(state)
    if "abinet " in state.body:
        _drop_cabinet_portfolio_posts(state)
    if "Member for " in state.body or "Secretary for " in state.body:
        _portfolios_of_member_posts(state)
    if state.people and any(o.name.isupper() and o.canonical == o.name for o in state.orgs):
        _drop_post_initials(state)
    if " Police Commander " in state.body:
        _regional_police_commanders(state)
    _bodies_before_event_tiers(state)
    if " and " in state.body:
        _drop_fields_of_named_bodies(state)
    _drop_party_standings(state)
    _join_names_spelled_by_acronyms(state)
    _attach_bracketed_acronyms(state)
    _split_ministry_units(state)
    _find_city_corporations(state)
    _opening_prepositions(state)
    _drop_law_names(state)
    _honorifics_glued_to_bodies(state)
    _drop_streets_and_members(state)
    _drop_region_bodies(state)
    _posts_glued_to_bodies(state)
    if "Government sa" in state.body:
        _find_speaking_governments(state)
    if " government " in state.body:
        _find_lower_case_governments(state)
    _home_national_bodies(state, document)
    _slashed_names(state)
    _slashed_prefixes(state)
    _late_spelled_acronyms(state)
    _irish_counties(state)
    _drop_caps_junk(state)
    _drop_capitals_heading_words(state)
    _drop_filing_words(state)
    _bodies_after_posts(state)
    _drop_acronym_things(state)
    if "Index" in state.body or ":" in state.body:
        _drop_tickers_and_indices(state)
    if " Tax" in state.body or " Levy" in state.body:
        _drop_tax_names(state)
    _find_party_short_tags(state)
    _names_glued_to_bodies(state)
    if "s’ " in state.body or "s' " in state.body:
        _plural_possessives_in_names(state)
    if "’s " in state.body or "'s " in state.body or "s’ " in state.body or "s' " in state.body:
        _split_owned_committees(state)
        _join_bodies_of_country_bodies(state)
    if "House of " in state.body:
        _bare_house_as_named_house(state)
    if "Ministry of " in state.body:
        _field_ministries_as_full_names(state)
    _portfolios_read_as_parties(state)
    if "'s " in state.body or "’s " in state.body:
        _units_of_listed_bodies(state)
    if " Fund" in state.body:
        _drop_money_pots(state)
    if " and " in state.body:
        _provincial_departments(state)
    _people_read_as_bodies(state)
    _drop_bracketed_country_codes(state)
    if state.orgs and _is_sports(state):
        _find_match_clubs(state)
        if "Tries: " in state.body or "Scorers: " in state.body:
            _find_score_line_towns(state)
    _described_bodies_countries(state)
    _home_unlisted_bodies(state, bool(document.dateline and document.dateline_place))
    if state.people and _may_name_sides(state) and _is_sports(state):
        _players_of_sides(state)
    taken = [(o.start, o.end) for o in state.orgs]
    return Mentions(
        people=tuple(sorted(state.people, key=lambda p: p.start)),
        organisations=tuple(sorted(state.orgs, key=lambda o: o.start)),
        places=tuple(sorted(state.places, key=lambda p: p.start)),
        references=tuple(_references(body, taken)),
        sentence_starts=tuple(sorted(state.sentence_starts)),
    )
