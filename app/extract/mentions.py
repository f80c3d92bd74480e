"""Find people, organisations, places, pronouns and descriptors in an article body.

The unit of work is a *chunk*: a run of capitalised words, joined across "of",
"for", "and", "&" and list commas when the words around them make one name
("Department for Environment, Food and Rural Affairs"). Each chunk is then read as an
organisation, a place, a title, a person or nothing, using lexicons plus the
words around it (titles, roles, reporting verbs) rather than capitalisation
alone: sentence-initial capitals are the classic false positive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.extract.lexicon import (
    DESCRIPTORS,
    FIRST_NAMES,
    HONORIFICS,
    KNOWN_ORGS,
    NOT_NAMES,
    ORG_HEADS,
    PLACE_FIRST_WORDS,
    PLACE_MAX_WORDS,
    PLACES,
    REPORTING_VERBS,
    ROLE_HEADS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    KnownOrg,
)
from app.extract.types import (
    Document,
    Mentions,
    OrganisationMention,
    PersonMention,
    PlaceMention,
    ReferenceMention,
)

_UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())
_LOWER = "".join(chr(c) for c in range(0x61, 0x250) if chr(c).islower())
U = f"[{_UPPER}]"
W = f"[{_UPPER}{_LOWER}0-9]"
_ABBREVIATED = (
    "Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Col|Lt|Capt|Sgt|Maj|Adm|Prof|Rev|Jr|Sr|Inc|Corp|Co|Ltd|Mt|Ft|Cmdr|Hon"
)
_PARTICLE = r"(?:von|van|der|den|de|del|della|di|da|du|la|le|bin|ibn|al|el|dos|das|ter|zu|y)"
# One capitalised word: an abbreviation with its period, a dotted acronym, an initial, or a word.
_WORD = (
    rf"(?:(?:{_ABBREVIATED})\.|(?:{U}\.){{2,}}|{U}\.(?!{W})|{U}(?:{W}|[’'\-](?={W}))*(?:(?<=s)[’'](?= {U}))?)"
)
# A run of capitalised words; name particles may sit between them ("Ursula von der Leyen").
_RUN = re.compile(
    rf"(?<![\w’'\-])(?:{_PARTICLE} (?:{_PARTICLE} )?)?{_WORD}(?: (?:{_PARTICLE} ){{0,3}}{_WORD})*"
)
_TOKEN = re.compile(r"\S+")
_PARTICLE_WORD = re.compile(_PARTICLE)
_ACRONYM_AFTER = re.compile(r" \((?:the )?([A-Z][A-Za-z0-9&.]{1,9})\)")
_POSSESSIVE = re.compile(r"[’']s?$")
_INITIAL = re.compile(r"[A-Z]\.")
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
            "Federation",
            "Union",
            "Association",
            "League",
            "Society",
            "Church",
            "Museum",
            "College",
            "School",
            "Board",
            "Bureau",
            "Agency",
            "Chamber",
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
            "Fund",
            "Party",
            "Assembly",
            "Parliament",
            "Army",
            "Navy",
            "Forces",
            "Duke",
            "Duchess",
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
    ]
)
_ROLE_HEAD_ALT = "|".join(sorted((re.escape(h) for h in ROLE_HEADS), key=len, reverse=True))
_ROLE_MOD_ALT = "|".join(sorted((re.escape(m) for m in _ROLE_MODIFIERS), key=len, reverse=True))
# "Acme chief executive Jane Roe", "spokeswoman Ana Lima", "the company's chief executive Jane Roe".
_ROLE_BEFORE = re.compile(
    rf"(?:(?P<org>(?:{_WORD} )*{_WORD})(?:[’']s)? |(?P<desc>(?:the|its|their) [a-z]+[’']s )|(?<![\w-]))"
    rf"(?P<role>(?:(?:{_ROLE_MOD_ALT}) ){{0,3}}(?:{_ROLE_HEAD_ALT})) $"
)
# "The health minister, Helen Carter, said": a role set off by commas before the name.
_ROLE_BEFORE_COMMA = re.compile(
    rf"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]n?)|(?P<org>{_WORD})[’']s?) "
    rf"(?P<role>(?:(?:{_ROLE_MOD_ALT}) ){{0,3}}(?:{_ROLE_HEAD_ALT})), $"
)
# ", chief executive of Acme," / ", a senior fellow at the Atlantic Council," / ", 45, a nurse".
_ROLE_AFTER = re.compile(
    rf",(?: \d{{1,3}},)? (?:who is |who was |is |was )?(?:the |a |an |its |their )?"
    rf"(?P<role>(?:[a-z][\w’'-]* ){{0,4}}?(?:{_ROLE_HEAD_ALT})(?: of [a-z][a-z ]{{0,30}}?)?)"
    rf"(?: (?:of|at|for|with|in) (?:the )?(?P<org>(?:{_WORD} )*{_WORD})| (?:on|in) the [a-z -]{{1,40}})?"
    rf"(?=[,.;)]| said| says| told|$)"
)
# ", who leads the emergency department at St Mary's Hospital": an affiliation without a title.
_ROLE_AFTER_WHO = re.compile(
    rf", who (?:leads|heads|runs|chairs|directs|manages|works at|works for|teaches at|founded|co-founded)"
    rf"(?: (?:the |a |an )?[a-z][a-z -]{{0,40}}? (?:at|of|for))? (?:the )?(?P<org>(?:{_WORD} )*{_WORD})"
)
# "the Lisbon-based industry group X", "the chipmaker X": an organisation noun right before a name.
_GROUP_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?) (?:[\w’'-]+ ){0,3}?(?P<noun>group|company|firm|startup|start-up|association|charity|union|"
    r"party|think tank|lobby|organisation|organization|bank|insurer|retailer|carrier|airline|chipmaker|carmaker|"
    r"automaker|broadcaster|publisher|developer|manufacturer|lender|fund|consultancy|agency|network|alliance|"
    r"coalition|federation|club|newspaper|website) $"
)
# "Analyst Rebecca Osei of Northgate Research said": the organisation right after the name.
_OF_ORG_AFTER = re.compile(
    rf" (?:of|at|from) (?:the )?(?P<org>(?:{_WORD} )*{_WORD})(?=[,.;]| said| says| told)"
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
_ORG_APPOSITIVE = re.compile(
    r", (?:which|that) (?:operates|owns|runs|makes|builds|sells|employs|manages|produces|publishes) "
    r"|, (?:the|a|an) (?:[\w’'-]+ ){0,4}?(?:company|service|firm|group|startup|start-up|maker|retailer|chain|"
    r"platform|operator|provider|lender|bank|insurer|airline|carrier|developer|manufacturer|charity|"
    r"organisation|organization|broadcaster|publisher|supplier),"
)
# Wire credits ("(Reporting by Anna Weber; Editing by Tom Hale)") name staff, not people in the story.
_CREDITS = re.compile(
    r"^\(?(?:Reporting|Writing|Editing|Additional reporting|Compiled|Produced|Photos?)\b[^\n]*? by [^\n]*$",
    re.MULTILINE,
)
# ", Acme's chief executive," / ", the ministry's spokeswoman,".
_ROLE_AFTER_POSSESSIVE = re.compile(
    rf", (?:(?P<org>(?:{_WORD} )*{_WORD})|(?P<desc>the [a-z]+))[’']s "
    rf"(?P<role>(?:[a-z][\w’'-]* ){{0,3}}?(?:{_ROLE_HEAD_ALT}))(?=[,.;)]| said| says| told|$)"
)
_VERB_ALT = "|".join(sorted(REPORTING_VERBS, key=len, reverse=True))
_VERB_AFTER = re.compile(
    rf"(?:[’']s?)?,? (?:[a-z]+ly |also |later |then |has |had |have |would |will )?(?:{_VERB_ALT})\b"
)
_VERB_BEFORE = re.compile(rf"\b(?:{_VERB_ALT}|according to|quoted|quoting|by) $")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Hh]im|[Tt]hem)\b")
_DESCRIPTOR_ALT = "|".join(sorted(DESCRIPTORS, key=len, reverse=True))
_DESCRIPTOR = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat) (?:[\w-]+ ){{0,2}}?(?P<word>(?i:{_DESCRIPTOR_ALT}))(?![\w-])(?!’s? (?:{_ROLE_HEAD_ALT}))"
)
_DOCUMENT = re.compile(
    r"\b(?:[Tt]he|[Aa]|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir|[Aa] joint|[Tt]he joint) (?:(?:joint|new|written|brief|"
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
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(body, start, end)]


def _is_name_token(token: str) -> bool:
    """Could this word be part of a personal name?"""
    bare = _POSSESSIVE.sub("", token.rstrip(","))
    if bare.islower():
        return _PARTICLE_WORD.fullmatch(bare) is not None
    if bare in NOT_NAMES or bare in TITLE_HEADS or bare in HONORIFICS or bare.rstrip(".") in HONORIFICS:
        return False
    if bare in ORG_HEADS or bare in KNOWN_ORGS:
        return False
    if _ALL_CAPS.match(bare) and not re.fullmatch(r"[A-Z]\.", bare):
        return False  # acronyms ("WTTC") are organisations, not names
    if any(c.isdigit() for c in bare):
        return False
    parts = bare.split("-")
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
    if first not in PLACE_FIRST_WORDS and _POSSESSIVE.sub("", first) not in PLACE_FIRST_WORDS:
        return 0
    longest = 0
    for size in range(min(PLACE_MAX_WORDS, len(tokens) - index), 0, -1):
        words = [t[2] for t in tokens[index : index + size]]
        words[-1] = _POSSESSIVE.sub("", words[-1]) if words[-1].endswith(("’s", "'s")) else words[-1]
        if " ".join(words) in PLACES:
            longest = size
            break
    return longest


def _merge_runs(body: str, runs: list[_Chunk]) -> list[_Chunk]:
    """Join runs across "of"/"for"/"&"/list commas when they make one name."""
    merged: list[_Chunk] = []
    index = 0
    while index < len(runs):
        current = runs[index]
        index += 1
        while index < len(runs):
            following = runs[index]
            gap = body[current.end : following.start]
            last = _POSSESSIVE.sub("", current.tokens[-1][2])
            if current.tokens[-1][2].endswith(("’s", "'s")):
                break
            if gap == " & ":
                current = _Chunk(current.start, following.end, _tokens(body, current.start, following.end))
                index += 1
                continue
            if gap in (" of ", " of the ", " for ", " for the ", " on ") and last in _OF_HEADS:
                if gap == " on " and last not in ("Committee", "Commission", "Council", "Panel"):
                    break
                current = _Chunk(current.start, following.end, _tokens(body, current.start, following.end))
                index, current = _absorb_list(body, runs, index + 1, current)
                continue
            if (
                gap == " and "
                and len(current.tokens) == 1
                and following.tokens[-1][2] in ORG_HEADS
                and (last not in PLACES and last not in KNOWN_ORGS and last not in FIRST_NAMES)
            ):
                current = _Chunk(current.start, following.end, _tokens(body, current.start, following.end))
                index += 1
                continue
            break
        merged.append(current)
    return merged


def _list_item_ok(chunk: _Chunk) -> bool:
    words = [t[2] for t in chunk.tokens]
    return (
        len(words) <= 2
        and not any(w in ORG_HEADS or w in TITLE_HEADS or w in KNOWN_ORGS for w in words)
        and " ".join(words) not in PLACES
        and words[0] not in FIRST_NAMES
    )


def _absorb_list(body: str, runs: list[_Chunk], index: int, current: _Chunk) -> tuple[int, _Chunk]:
    """After "of X": take ", Y and Z" into the name when it is a closed list of plain words."""
    items: list[_Chunk] = []
    probe = index
    end_chunk = current
    while probe < len(runs):
        gap = body[end_chunk.end : runs[probe].start]
        candidate = runs[probe]
        if gap == ", ":
            if not _list_item_ok(candidate):
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
            if not _list_item_ok(head):
                break
            joined = _Chunk(current.start, head.end, _tokens(body, current.start, head.end))
            if cut < len(words):
                runs[probe] = _Chunk(words[cut][0], candidate.end, words[cut:])
                return probe, joined
            return probe + 1, joined
        break
    return index, current


def _chunks(body: str) -> list[_Chunk]:
    runs = [_Chunk(m.start(), m.end(), _tokens(body, m.start(), m.end())) for m in _RUN.finditer(body)]
    return _merge_runs(body, runs)


def _org_from_text(
    name: str, country_code: str | None = None, known: KnownOrg | None = None
) -> dict[str, object]:
    words = name.split()
    kind = "organisation"
    for word in reversed(words):
        if word in ORG_HEADS:
            kind = ORG_HEADS[word]
            break
    if words and words[0] in ORG_HEADS and ORG_HEADS[words[0]] in ("ministry", "agency"):
        kind = ORG_HEADS[words[0]]
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


def _add_org(state: _State, start: int, end: int, data: dict[str, object]) -> None:
    state.orgs.append(
        OrganisationMention(
            start=start,
            end=end,
            name=str(data["name"]),
            canonical=str(data["canonical"]),
            acronym=data["acronym"] if isinstance(data["acronym"], str) else None,
            country_code=data["country_code"] if isinstance(data["country_code"], str) else None,
            kind=str(data["kind"]),
        )
    )


def _add_place(state: _State, start: int, end: int) -> None:
    name = state.body[start:end]
    info = PLACES.get(name)
    if info is None:
        return
    state.places.append(PlaceMention(start, end, name, info.name, info.country_code, info.kind))


_ACRONYM = re.compile(r"[A-Z](?:[A-Z]|&(?=[A-Z])){1,5}")
_ROMAN = re.compile(r"[IVXLC]+")


def _is_acronym(word: str) -> bool:
    """An all-capitals word that stands for an organisation rather than a thing, place or title."""
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


def _org_of(state: _State, text: str) -> dict[str, object] | None:
    """Read a capitalised phrase as an organisation, if it is one."""
    bare = text[4:] if text.startswith("The ") else text
    if bare in KNOWN_ORGS:
        return _org_from_text(bare, known=KNOWN_ORGS[bare])
    if bare in state.acronyms:
        return state.acronyms[bare]
    if _is_acronym(bare):
        # An undefined acronym ("the WTTC said") names an organisation: it is no name, place or title.
        return {
            "name": bare,
            "canonical": bare,
            "acronym": bare,
            "country_code": None,
            "kind": "organisation",
        }
    words = bare.split()
    if words and (words[-1] in ORG_HEADS or (words[0] in ORG_HEADS and " of " in bare)) and len(words) > 1:
        return _org_from_text(bare)
    return None


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
    ]
)


def _person_like(tokens: list[tuple[int, int, str]]) -> bool:
    entry = FIRST_NAMES.get(tokens[0][2])
    return len(tokens) >= 2 and entry is not None and not entry.is_word


def _starts_name(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Does a personal name begin at ``tokens[index]``: a first name or an initial, then more name?"""
    word = tokens[index][2]
    if _INITIAL.fullmatch(word):
        return True
    entry = FIRST_NAMES.get(word) or FIRST_NAMES.get(word.split("-")[0])
    if entry is None or index + 1 >= len(tokens) or not _is_name_token(tokens[index + 1][2]):
        return False
    return not entry.is_word or index + 2 == len(tokens)


# Role nouns that stand capitalised before a name only as a title ("Analyst Jane Roe").
_CAPITAL_ROLES = ROLE_HEADS - {"board", "member", "partner", "general", "head", "chief", "leader", "owner"}


def _title_split(tokens: list[tuple[int, int, str]]) -> int:
    """Index of the first token of a title inside a chunk's leading words, or -1."""
    for index, (_, _, word) in enumerate(tokens):
        bare = word.rstrip(".")
        if bare in TITLE_HEADS or bare in TITLE_MODIFIERS:
            rest = [t[2].rstrip(".") for t in tokens[index:]]
            if any(w in TITLE_HEADS for w in rest):
                return index
        if index == 0 and len(tokens) > 2 and bare.islower() is False and bare.lower() in _CAPITAL_ROLES:
            return 0  # "Analyst Jane Roe said": a role capitalised at a sentence start
    return -1


def _classify(state: _State, chunk: _Chunk, owner_country: str | None) -> None:
    """Label one chunk, splitting possessives ("Brazil’s Ministry of Health") first."""
    body = state.body
    tokens = chunk.tokens
    for index, (start, end, word) in enumerate(tokens[:-1]):
        # "St Mary's Hospital", "King's College": a possessive inside an institution's name.
        if word.endswith(("’s", "'s")) and not (
            tokens[-1][2] in ORG_HEADS
            and (index == len(tokens) - 2 or (index == 0 and _place_at(tokens[:1], 0) == 0))
        ):
            # "St Mary's Hospital", "Alzheimer's Research Trust" stay whole; "Chile's Mining Agency" splits.
            owner = _Chunk(tokens[0][0], end - 2, [*tokens[:index], (start, end - 2, word[:-2])])
            _classify(state, owner, None)
            country = None
            if owner.label == "place" and state.places:
                country = state.places[-1].country_code
            rest = _Chunk(tokens[index + 1][0], chunk.end, tokens[index + 1 :])
            _classify(state, rest, country)
            chunk.label = "split"
            return
    if tokens[-1][2].endswith(("’s", "'s", "’", "'")):
        last_start, _last_end, last_word = tokens[-1]
        trimmed = last_word[:-2] if last_word.endswith(("’s", "'s")) else last_word[:-1]
        tokens = [*tokens[:-1], (last_start, last_start + len(trimmed), trimmed)]
        chunk.tokens = tokens
        chunk.end = tokens[-1][1]
    text = body[chunk.start : chunk.end]
    # Drop sentence openers and determiners that only look like part of a name.
    while (
        len(tokens) > 1
        and tokens[0][2] in NOT_NAMES
        and tokens[0][2] not in TITLE_HEADS
        and _place_at(tokens, 0) == 0
        and (
            _org_of(state, text) is None
            or (
                tokens[0][2] in _FUNCTION_OPENERS
                and _org_of(state, body[tokens[1][0] : chunk.end]) is not None
            )
        )
        and tokens[1][2] not in ORG_HEADS
        and f"{tokens[0][2]} {tokens[1][2]}" not in KNOWN_ORGS
    ):
        tokens = tokens[1:]
        chunk.tokens = tokens
        chunk.start = tokens[0][0]
        text = body[chunk.start : chunk.end]
    acronym = _ACRONYM_AFTER.match(body, chunk.end)
    org = _org_of(state, text)
    if acronym and len(tokens) > 1 and _title_split(tokens) != 0:
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
    if (
        org is None
        and len(tokens) <= 4
        and _ORG_APPOSITIVE.match(body, chunk.end)
        and not _person_like(tokens)
    ):
        org = _org_from_text(text, owner_country)
        org["kind"] = "company"
    if org is None and _GROUP_BEFORE.search(body, max(0, chunk.start - 60), chunk.start) and len(tokens) <= 5:
        # "the industry group Minerals Europe": a name right after an organisation noun.
        kind = _GROUP_BEFORE.search(body, max(0, chunk.start - 60), chunk.start)
        org = _org_from_text(text, owner_country)
        if kind and org["kind"] == "organisation":
            org["kind"] = _GROUP_KINDS.get(kind.group("noun"), "organisation")
    if org is not None:
        if owner_country and not org.get("country_code"):
            org = {**org, "country_code": owner_country}
        chunk.label, chunk.data = "org", org
        _add_org(state, chunk.start, chunk.end, org)
        return
    place_size = _place_at(tokens, 0)
    if place_size == len(tokens):
        chunk.label = "place"
        _add_place(state, chunk.start, chunk.end)
        return
    title_at = _title_split(tokens)
    name_start = 0
    if title_at >= 0:
        # Title words lead the chunk: the name (if any) is what follows the last title word.
        name_start = title_at
        complement = False  # past "Secretary for …": the title's subject runs on until a name starts
        while name_start < len(tokens) and (
            tokens[name_start][2].rstrip(".") in TITLE_HEADS
            or tokens[name_start][2].rstrip(".") in TITLE_MODIFIERS
            or tokens[name_start][2] in ("of", "for", "the", "and")
            or not _is_name_token(tokens[name_start][2])
            or (complement and not _starts_name(tokens, name_start))
            or (name_start == 0 and tokens[0][2].lower() in _CAPITAL_ROLES)
        ):
            complement = complement or tokens[name_start][2] in ("of", "for")
            name_start += 1
        if title_at > 0:
            _classify_prefix(state, tokens[:title_at])
        chunk.data["title"] = (
            body[tokens[title_at][0] : tokens[name_start - 1][1]] if name_start > title_at else ""
        )
    else:
        while name_start < len(tokens) and not _is_name_token(tokens[name_start][2]):
            name_start += 1
        if name_start > 0:
            _classify_prefix(state, tokens[:name_start])
    name_tokens = tokens[name_start:]
    if place_size and name_start == 0 and not (tokens[0][2] in FIRST_NAMES and len(tokens) == 2):
        _add_place(state, tokens[0][0], tokens[place_size - 1][1])
        name_tokens = tokens[place_size:]
        if not name_tokens or not all(_is_name_token(t[2]) for t in name_tokens):
            _classify_leftovers(state, name_tokens)
            return
    if not name_tokens:
        chunk.label = "title" if title_at >= 0 else "unknown"
        return
    # The name may start at a first name after other capitalised words ("Sport Anneli Virtanen").
    leading = FIRST_NAMES.get(name_tokens[0][2]) if name_tokens else None
    if (
        len(name_tokens) > 2
        and (leading is None or leading.is_word)
        and not _INITIAL.fullmatch(name_tokens[0][2])
    ):
        for k in range(1, len(name_tokens) - 1):
            entry = FIRST_NAMES.get(name_tokens[k][2])
            if (entry and not entry.is_word) or re.fullmatch(r"[A-Z]\.", name_tokens[k][2]):
                name_tokens = name_tokens[k:]
                break
    # The name is the run of name-like words that ends the chunk ("Irish MEP Siobhán O'Sullivan").
    bad = max((k for k, t in enumerate(name_tokens) if not _is_name_token(t[2])), default=-1)
    leftovers = name_tokens[: bad + 1]
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
    chunk.label = "person-candidate"
    chunk.data["name_tokens"] = name_tokens
    chunk.data["has_title"] = bool(chunk.data.get("has_title")) or (title_at >= 0 and name_start > title_at)
    chunk.data["honorific"] = next(
        (t[2].rstrip(".") for t in tokens[:name_start] if t[2].rstrip(".") in HONORIFICS), None
    )


def _classify_prefix(state: _State, tokens: list[tuple[int, int, str]]) -> None:
    """Words before a title: an organisation or place that the title belongs to."""
    if not tokens:
        return
    text = state.body[tokens[0][0] : tokens[-1][1]]
    org = _org_of(state, text)
    if org:
        _add_org(state, tokens[0][0], tokens[-1][1], org)
        return
    _classify_leftovers(state, tokens)


def _classify_leftovers(state: _State, tokens: list[tuple[int, int, str]]) -> None:
    """Known acronyms and places among words that are not a name."""
    index = 0
    while index < len(tokens):
        start, end, word = tokens[index]
        size = _place_at(tokens, index)
        if size:
            _add_place(state, start, tokens[index + size - 1][1])
            index += size
            continue
        org = _org_of(state, word)
        if org:
            _add_org(state, start, end, org)
        index += 1


def _person_evidence(state: _State, chunk: _Chunk, name_tokens: list[tuple[int, int, str]]) -> int:
    """How strongly the words and context say these tokens are a person's name."""
    body = state.body
    words = [t[2] for t in name_tokens]
    score = 0
    first = FIRST_NAMES.get(words[0].split("-")[0]) or FIRST_NAMES.get(words[0])
    if len(words) >= 2:
        if first is not None:
            score += 1 if first.is_word else 2
        elif all(re.fullmatch(r"[A-Z]\.", w) for w in words[:-1]):
            score += 2  # initials and a surname: "J. R. R. Tolkien"
        if any(re.fullmatch(r"[A-Z]\.", w) for w in words[1:-1]):
            score += 1  # a middle initial: "George W. Bush"
        if any(w.islower() for w in words):
            score += 1  # name particles: "Ursula von der Leyen"
    if chunk.data.get("has_title") or chunk.data.get("honorific"):
        score += 2
    start, end = name_tokens[0][0], name_tokens[-1][1]
    if _VERB_AFTER.match(body, end) or _VERB_BEFORE.search(body, max(0, start - 20), start):
        score += 1
    if (
        _ROLE_AFTER.match(body, end)
        or _ROLE_AFTER_POSSESSIVE.match(body, end)
        or re.match(r", \d{1,3},", body[end:])
    ):
        score += 2
    if _role_before(body, start) is not None:
        score += 2
    if start in state.sentence_starts and first is not None and first.is_word:
        score -= 1  # "Will", "Mark" at a sentence start are usually just words
    if len(words) == 1 and not chunk.data.get("honorific"):
        score = 0  # one bare word is never a new person; resolve links surnames to full names
    return score


def _role_before(body: str, position: int) -> re.Match[str] | None:
    """A role right before the name at ``position``: "chief executive Jane Roe", "The minister, Jane Roe"."""
    # Cheap test first: the word right before the name must be a role's head noun.
    if position < 2 or body[position - 1] != " ":
        return None
    space = body.rfind(" ", max(0, position - 40), position - 1)
    word = body[space + 1 : position - 1]
    if word.endswith(","):
        if word[:-1] in ROLE_HEADS:
            return _ROLE_BEFORE_COMMA.search(body, max(0, position - 60), position)
        return None
    if word in ROLE_HEADS:
        return _ROLE_BEFORE.search(body, max(0, position - 80), position)
    return None


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
        if split > 0:
            prefix = body[title_tokens[0][0] : title_tokens[split - 1][1]]
            if _org_of(state, prefix):
                org = prefix
    elif position > 0:
        previous = chunks[position - 1]
        gap = body[previous.end : chunk.start]
        if previous.label == "title" and gap in (" ", ", "):
            title_tokens = previous.tokens
            split = max(_title_split(title_tokens), 0)
            title = body[title_tokens[split][0] : previous.end]
            if split > 0:
                prefix = body[title_tokens[0][0] : title_tokens[split - 1][1]]
                if _org_of(state, prefix):
                    org = prefix
    if title:
        # "Governor of the Bank of Canada": an organisation inside the title is the affiliation.
        inner = re.search(r" (?:of|for|at) (?:the )?(.+)$", title)
        if inner and org is None and _org_of(state, inner.group(1)):
            org = inner.group(1)
            title = title[: inner.start()]
        return title, org, None
    name_start = chunk.data["name_tokens"][0][0]  # type: ignore[index]
    role = _role_before(body, name_start)
    if role is not None and role.re is _ROLE_BEFORE_COMMA:
        return role.group("role"), role.group("org"), role.group("role")
    if role:
        found_org = role.group("org")
        if found_org and not (_org_of(state, found_org) or found_org in state.acronyms):
            found_org = (
                found_org if found_org not in PLACES and found_org.split()[0] not in NOT_NAMES else None
            )
        return role.group("role"), found_org or (role.group("desc") or "").strip() or None, role.group("role")
    return None, None, None


def _role_after(state: _State, end: int) -> tuple[str | None, str | None]:
    body = state.body
    match = _ROLE_AFTER.match(body, end) or _ROLE_AFTER_POSSESSIVE.match(body, end)
    if not match:
        of_org = _OF_ORG_AFTER.match(body, end)
        if of_org and _looks_like_org(state, of_org.group("org")):
            return "", of_org.group("org")
        who = _ROLE_AFTER_WHO.match(body, end)
        if who and _looks_like_org(state, who.group("org")):
            return "", who.group("org")
        return None, None
    org = match.group("org") or (match.groupdict().get("desc") or None)
    return match.group("role"), org


def _looks_like_org(state: _State, text: str) -> bool:
    return _org_of(state, text) is not None or (text not in PLACES and text.split()[0] not in NOT_NAMES)


def _find_people(state: _State, chunks: list[_Chunk]) -> None:
    body = state.body
    for position, chunk in enumerate(chunks):
        if chunk.label != "person-candidate":
            continue
        name_tokens: list[tuple[int, int, str]] = chunk.data["name_tokens"]  # type: ignore[assignment]
        if _person_evidence(state, chunk, name_tokens) < 2:
            chunk.label = "unknown"
            continue
        start, end = name_tokens[0][0], name_tokens[-1][1]
        name = body[start:end]
        titles: list[str] = []
        affiliations: list[tuple[str, str | None]] = []
        title, org, role = _title_before(state, chunks, position)
        title, role = _clean_title(title), _clean_title(role)
        if title and title.split()[0].lower() in _DESCRIPTOR_ROLES and len(title.split()) > 1:
            # "union negotiator Jane Roe": the union is her organisation, "negotiator" her title.
            org = org or f"the {title.split()[0].lower()}"
            title = role = title.split(" ", 1)[1]
        if title:
            titles.append(title)
        if org:
            affiliations.append((org, role or title))
        after_role, after_org = _role_after(state, end)
        if after_role is not None:
            after_role = _clean_title(after_role) or ""
            if after_role and after_role not in titles:
                titles.append(after_role)
            if after_org:
                affiliations.append((after_org, after_role or None))
        for org_text, org_role in affiliations:
            _promote_org(state, chunks, org_text, org_role)
        honorific = chunk.data.get("honorific")
        gender = "u"
        if honorific in ("Mr", "Sir", "Lord"):
            gender = "m"
        elif honorific in ("Mrs", "Ms", "Miss", "Dame", "Lady"):
            gender = "f"
        else:
            entry = FIRST_NAMES.get(name_tokens[0][2]) or FIRST_NAMES.get(name_tokens[0][2].split("-")[0])
            if entry:
                gender = entry.gender
        chunk.label = "person"
        state.people.append(
            PersonMention(
                start=start,
                end=end,
                name=name,
                titles=tuple(titles),
                affiliations=tuple(affiliations),
                gender=gender,
                partial=len(name_tokens) == 1,
            )
        )


# Lower-case words that open a role and name the organisation rather than the post ("union negotiator").
_DESCRIPTOR_ROLES = frozenset(["union", "party", "club", "council", "company", "team", "ministry"])
_FORMER = re.compile(r"^(?:[Ff]ormer|[Ee]x-|[Tt]hen-?|[Ll]ocal)\s*")


def _clean_title(title: str | None) -> str | None:
    """A title without "former": the gold record keeps the post, the tie still holds."""
    if not title:
        return title
    return _FORMER.sub("", title) or None


def _promote_org(state: _State, chunks: list[_Chunk], org_text: str, role: str | None) -> None:
    """An organisation named only by a role ("chief executive of Acme") becomes an organisation."""
    if org_text.startswith(("the ", "its ", "their ")):
        return
    for chunk in chunks:
        if state.body[chunk.start : chunk.end] == org_text and chunk.label in ("unknown", "person-candidate"):
            company = role is not None and any(word in _COMPANY_ROLES for word in role.split())
            data = _org_from_text(org_text)
            if data["kind"] == "organisation" and company:
                data["kind"] = "company"
            chunk.label, chunk.data = "org", data
            _add_org(state, chunk.start, chunk.end, data)
            # Later bare mentions of the same name are the same organisation.
            for other in chunks:
                if (
                    other is not chunk
                    and state.body[other.start : other.end] == org_text
                    and other.label
                    in (
                        "unknown",
                        "person-candidate",
                    )
                ):
                    other.label = "org"
                    _add_org(state, other.start, other.end, data)
            return


def _find_partial_people(state: _State, chunks: list[_Chunk]) -> None:
    """Surnames on their own, and "Ms Roe", for people already named in full."""
    body = state.body
    surnames: dict[str, PersonMention] = {}
    for person in state.people:
        parts = person.name.split()
        surnames[parts[-1]] = person
        for k, part in enumerate(parts[1:], 1):
            if part.islower():  # "von der Leyen" is also written on its own
                surnames[" ".join(parts[k:])] = person
                surnames[" ".join(parts[k:])[0].upper() + " ".join(parts[k:])[1:]] = person
                break
    claimed = {(p.start, p.end) for p in state.people}
    for chunk in chunks:
        if chunk.label not in ("unknown", "person-candidate", "title"):
            continue
        tokens = chunk.tokens
        honorific = None
        if len(tokens) >= 2 and tokens[0][2].rstrip(".") in HONORIFICS | TITLE_HEADS:
            honorific = tokens[0][2].rstrip(".")
            tokens = tokens[1:]
        start, end = tokens[0][0], tokens[-1][1]
        text = body[start:end]
        if (start, end) in claimed:
            continue
        if text in surnames:
            full = surnames[text]
            state.people.append(PersonMention(start, end, text, gender=full.gender, partial=True))
            chunk.label = "person"
        elif honorific in HONORIFICS and len(tokens) == 1 and _is_name_token(text):
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


def _references(body: str, taken: list[tuple[int, int]]) -> list[ReferenceMention]:
    found: list[ReferenceMention] = []
    for match in _PRONOUN.finditer(body):
        found.append(ReferenceMention(match.start(), match.end(), match.group(), "pronoun"))
    for match in _DESCRIPTOR.finditer(body):
        start, end = match.start(), match.end()
        if any(s < end and start < e for s, e in taken):
            continue
        word = match.group("word").lower()
        found.append(ReferenceMention(start, end, match.group(), "descriptor", DESCRIPTORS[word]))
    for match in _DOCUMENT.finditer(body):
        found.append(ReferenceMention(match.start(), match.end(), match.group(), "document"))
    found.sort(key=lambda r: r.start)
    return found


def find_mentions(document: Document, sentence_starts: frozenset[int] = frozenset()) -> Mentions:
    """Every person, organisation, place and referring expression in the body."""
    body = document.body
    state = _State(body, sentence_starts=sentence_starts | {p.start for p in document.paragraphs})
    chunks = _chunks(body)
    if document.dateline and document.dateline_place:
        # A dateline's capitalised city ("MADRID") is a place hint in title case.
        dateline_end = document.dateline.end
        place_text = document.dateline_place
        titled = " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in place_text.split())
        info = PLACES.get(titled) or PLACES.get(place_text)
        if info:
            state.places.append(
                PlaceMention(0, len(place_text), place_text, info.name, info.country_code, info.kind)
            )
        chunks = [
            c
            for c in chunks
            if c.start >= dateline_end or (c.end > dateline_end and c.start > len(place_text))
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
    credits = [(m.start(), m.end()) for m in _CREDITS.finditer(body)]
    chunks = [c for c in chunks if not any(a <= c.start < b for a, b in credits)]
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
    _find_people(state, chunks)
    _find_partial_people(state, chunks)
    taken = [(o.start, o.end) for o in state.orgs]
    return Mentions(
        people=tuple(sorted(state.people, key=lambda p: p.start)),
        organisations=tuple(sorted(state.orgs, key=lambda o: o.start)),
        places=tuple(sorted(state.places, key=lambda p: p.start)),
        references=tuple(_references(body, taken)),
    )
