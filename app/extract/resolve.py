"""Turn mentions into one entity per real person, organisation and place.

Surnames ("Roe"), honorific forms ("Ms Roe") and pronouns ("She") join the
full name named earlier; acronyms, aliases and descriptors ("the union")
join the organisation the article established.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from app.extract.lexicon import (
    DESCRIPTORS,
    KNOWN_ORGS,
    NOT_JOBS,
    ORG_HEADS,
    PLACE_CANDIDATES,
    PLACES,
    ROLE_HEADS,
    family_name_first,
    fold,
    given_name_after_family,
    inner_surnames,
    particle_surname,
    paternal_surname,
    without_generation,
)
from app.extract.types import (
    Affiliation,
    Mentions,
    OrganisationEntity,
    OrganisationMention,
    PersonEntity,
    PersonMention,
    PlaceEntity,
    PressContact,
    Reference,
    ReferenceMention,
    Span,
)

# Titles that belong to an institution: with no organisation named, they are the article's main one.
_INSTITUTIONAL_TITLES = frozenset(
    title.strip()
    for title in [
        "secretary general",
        "secretary-general",
        "deputy secretary general",
        "director general",
        "director-general",
        "\n    spokesperson",
        "spokesman",
        "spokeswoman",
        "chief executive",
        "ceo",
        "chairman",
        "chairwoman",
        "chair",
        "managing director",
        "\n    executive director",
        "president and chief executive",
        "chief financial officer",
        "chief operating officer",
        "\n    general secretary",
        "deputy general secretary",
        "assistant general secretary",
    ]
)
_MALE = frozenset({"he", "his", "him"})
_FEMALE = frozenset({"she", "her", "hers"})
# Possessive pronouns: "his" in "his lawyer said" stands before the subject and is never one.
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "His", "Her", "Its", "Their"})
# "His Excellency", "Her Majesty": a pronoun that opens a style of address points to no one before it.
_STYLE_AFTER = re.compile(
    r" (?:Royal )?(?:Excellency|Highness|Majesty|Holiness|Eminence|Grace|Lordship|Ladyship)\b"
)
# A preposition right before a mention ("secretary to the governor"), but not "according to".
# ", though he said", ", but she added": a clause joined to the sentence, whose pronoun subject is
# most often the main clause's subject.
# "what he called", "which she described as": a pronoun that names something in its own words.
_NAMING_AFTER = (
    " called",
    " described",
    " termed",
    " dubbed",
    " branded",
    " later called",
    " later described",
)
_CLAUSE_JOIN_BEFORE = re.compile(r", (?:though|although|but|even as|while) \S*$")
# "Hurricanes coach ", "Senior lawyer ": capitalised or lower-case title words before the sentence's first
# name, no verb or comma between.
_SUBJECT_OPENING = re.compile(r"(?:[A-Z][\w’'.-]* ){0,3}(?:[a-z][\w-]* ){0,2}")
_GOVERNED_BEFORE = re.compile(r"(?<!ccording) (?:to|of|for) (?:the )?$")
_OPENING_MARKS = frozenset(["“", '"', "‘", "'", "«"])
# Kinds whose bare name ("Ministry of Health") needs its country to be one organisation across articles.
_NATIONAL_KINDS = frozenset({"ministry", "agency", "government", "parliament", "police", "military", "court"})


@dataclass(frozen=True, slots=True)
class Resolution:
    people: tuple[PersonEntity, ...]
    organisations: tuple[OrganisationEntity, ...]
    places: tuple[PlaceEntity, ...]
    references: tuple[Reference, ...]  # every mention that names or refers to a person or organisation
    org_kinds: dict[str, str]  # organisation key → kind, for descriptors and speakers


def _org_key(mention: OrganisationMention) -> str:
    key = fold(mention.canonical)
    if mention.country_code and mention.kind in _NATIONAL_KINDS and mention.canonical == mention.name:
        key = f"{key} ({mention.country_code.lower()})"
    return key


# A newspaper's or broadcaster's last word stays: "UN News" is no short form of the UN, nor "Sky News" of Sky.
_MASTHEAD_HEADS = frozenset(
    ["News", "Times", "Post", "Herald", "Journal", "Gazette", "Tribune", "Chronicle", "Telegraph", "Courier"]
)


@lru_cache(maxsize=4096)  # asked twice per organisation mention, and names recur across articles
def _strip_suffix(name: str) -> str:
    words = name.split()
    # "Acme Co., Ltd.": each legal form, the comma between them too, is no part of the name.
    while (
        len(words) > 1
        and ORG_HEADS.get(words[-1].rstrip(",")) == "company"
        and words[-1] not in _MASTHEAD_HEADS
    ):
        words.pop()
    return " ".join(words).rstrip(",")  # "Acme Health, Inc.": the comma before the legal form goes too


# Legal forms after a company's name: "Morikawa Seiki Co." is also written "Morikawa Seiki".
# ("Acme Minerals (Pty) Ltd", "(Pvt) Ltd", "(Private) Limited": the bracketed first word of the form too.)
_LEGAL_FORMS = frozenset(
    [
        *(
            "Co.",
            "Co",
            "Ltd.",
            "Ltd",
            "Inc.",
            "Inc",
            "Corp.",
            "Corp",
            "LLC",
            "plc",
            "PLC",
            "AG",
            "SA",
            "GmbH",
        ),
        *("(Pty)", "(Pty.)", "(Pvt)", "(Pvt.)", "(Private)", "(Pte)", "(Pte.)", "Limited"),
    ]
)


def _without_legal_form(name: str) -> str:
    head, _, last = name.rpartition(" ")
    if head and last in _LEGAL_FORMS:
        return _without_legal_form(head.rstrip(","))  # "Acme Co., Ltd.": both legal forms go
    return name


def _other_full_name(name: str, earlier: str | None) -> bool:
    """Do two names of one stem ("Acme Group", "Acme Holdings") differ by more than a legal form, neither
    running on from the other ("Acme Energy", "Acme Energy Group")?"""
    if earlier is None:
        return False
    one, other = _without_legal_form(name), _without_legal_form(earlier)
    return not (one.startswith(other) or other.startswith(one))


def _other_forms(name: str) -> list[str]:
    """Forms a long name is written in later: its first word or two and the initials of the rest
    ("Vardhan Small Finance Bank Ltd" → "Vardhan SFB"), and the name without its country after "of"
    ("Reserve Bank of India" → "Reserve Bank")."""
    words = _without_legal_form(name).split()
    found = []
    for cut in (1, 2):
        rest = words[cut:]
        if len(rest) >= 2 and all(w[:1].isupper() and w.isalpha() for w in words):
            found.append(" ".join(words[:cut]) + " " + "".join(w[0] for w in rest))
    head, _, tail = name.rpartition(" of ")
    place = PLACES.get(tail.removeprefix("the ")) if head else None
    if place is not None and place.kind == "country" and " " in head:
        found.append(head)
    return found


def _short_forms(mentions: tuple[OrganisationMention, ...]) -> dict[str, str | None]:
    """One-word forms of multiword names → the full name's key, or None when two names share it.

    "Norwell" is "Norwell Pharmaceuticals"; a club is also its last word ("Wanderers", "City").
    """
    forms: dict[str, str | None] = {}
    named: dict[str, str] = {}  # short form → the full name it was first taken from
    for mention in mentions:
        words = mention.name.split()
        if len(words) < 2 or mention.acronym == mention.name:
            continue
        if words[-1].islower():
            continue  # "the Treasury select committee": its first word names another body, the Treasury
        key = _org_key(mention)
        # "the Senate Blue Ribbon Committee", "the House Farm Caucus": a chamber opening a body's name is
        # the chamber, no short form of the body.
        candidates = [] if ORG_HEADS.get(words[0]) == "parliament" or words[0] == "House" else [words[0]]
        if len(words[0]) > 1 and words[0].isupper() and ORG_HEADS.get(words[-1], "company") != "company":
            candidates = []  # "the EAC Secretariat": the acronym alone names the parent body, not its organ
        if mention.kind == "association":
            candidates.append(words[-1])
        for word in candidates:
            if word in forms and forms[word] != key:
                first = named[word]
                if _strip_suffix(first) == _strip_suffix(mention.name):
                    continue  # "Helix Robotics Inc" and "Helix Robotics": one company
                if mention.name.startswith(first + " "):
                    continue  # "Acme City Supporters' Trust" is named after Acme City: "Acme" is the club
                if word == words[0] and _strip_suffix(first) != first:
                    continue  # "Acme Co." then "Acme Sensing America Inc.": "Acme" is the company named first
                if first.startswith(mention.name + " "):
                    forms[word], named[word] = key, mention.name
                    continue
                forms[word] = None  # ambiguous: "City" with two clubs called "… City"
            else:
                forms.setdefault(word, key)
                named.setdefault(word, mention.name)
    return forms


def _conjoined_short_forms(mentions: tuple[OrganisationMention, ...]) -> dict[str, str | None]:
    """ "The Globe" after "The Globe and Mail": the words before a name's "and" or "&" and its one last word
    are its short form (with or without "The"), when only one name in the article opens with them."""
    forms: dict[str, str | None] = {}
    for mention in mentions:
        words = mention.name.split()
        cut = next((k for k, w in enumerate(words) if w in ("and", "&")), 0)
        if cut < 1 or (cut == 1 and words[0] == "The") or cut != len(words) - 2:
            continue  # "Acme Bank and Zenith Bank": a second name after "and" makes two, not one
        key = _org_key(mention)
        head = " ".join(words[:cut])
        for form in {head, head.removeprefix("The "), f"The {head}"}:
            forms[form] = key if forms.get(form, key) == key else None
    return forms


def _join_bare_acronyms(
    groups: dict[str, list[OrganisationMention]], keys: dict[int, str], forms: dict[str, str]
) -> None:
    """ "(TSE: 7489)" then "the Tokyo Stock Exchange": an acronym written alone before the full name
    whose initials it spells is that organisation."""
    bare = [k for k, g in groups.items() if all(m.name == m.acronym for m in g) and len(g[0].name) >= 2]
    for key in bare:
        acronym = groups[key][0].name
        target = next(
            (
                k
                for k, g in groups.items()
                if k != key
                and k not in bare
                and (
                    "".join(w[0] for w in g[0].canonical.split() if w[:1].isupper()) == acronym
                    # "WASA blames …" over "the Water and Sewerage Authority (WASA)": defined later on.
                    or any(m.acronym == acronym for m in g)
                )
            ),
            None,
        )
        if target is None:
            continue
        groups[target].extend(groups.pop(key))
        for start, value in keys.items():
            if value == key:
                keys[start] = target
        for form, value in forms.items():
            if value == key:
                forms[form] = target  # "INMO general secretary Jane Roe": her tie is to the joined body


def _country_tag(key: str) -> str:
    """A national body's key ends in its country ("… (ke)"): that tag, or "" for none."""
    return key[key.rfind(" (") :] if key.endswith(")") else ""


def _join_heads_before_full_names(
    groups: dict[str, list[OrganisationMention]], keys: dict[int, str], forms: dict[str, str]
) -> None:
    """ "the Regulatory Authority", then "the Regulatory Authority of Bermuda": a name written alone
    before the same name with its country after "of" is that body, as it is when written after it."""
    heads: dict[str, str | None] = {}
    for key, group in groups.items():
        head, _, tail = group[0].canonical.rpartition(" of ")
        place = PLACES.get(tail.removeprefix("the ")) if " " in head else None
        if place is not None and place.kind == "country":
            heads[head] = None if heads.get(head, key) != key else key  # two bodies' head: neither's
    for key in list(groups):
        group = groups[key]
        name = group[0].name
        target = heads.get(name)
        if (
            target is None
            or target == key
            or target not in groups
            or any(m.name != name or m.canonical != name for m in group)
            or group[0].start > groups[target][0].start  # a head written after is joined as it is read
            or (group[0].country_code or "") not in ("", groups[target][0].country_code or "")
        ):
            continue
        groups[target] = sorted([*groups[target], *groups.pop(key)], key=lambda m: m.start)
        for start, value in keys.items():
            if value == key:
                keys[start] = target
        for form, value in forms.items():
            if value == key:
                forms[form] = target


def _add_part_forms(parts: dict[str, str], mention: OrganisationMention, key: str) -> None:
    """The shorter forms a long name is later written in: its head without the place it opens with
    ("the City Administration" after "the Addis Abeba City Administration") and a company's first words
    ("Hanbit Marine" after "Hanbit Marine Heavy Industries Co.")."""
    words = mention.name.split()
    for cut in range(1, min(3, len(words) - 1)):
        place = PLACES.get(" ".join(words[:cut]))
        if place is not None and place.kind != "other" and words[-1] in ORG_HEADS:
            parts.setdefault(" ".join(words[cut:]), key)
    if mention.kind == "company":
        stem = _without_legal_form(mention.name).split()
        for cut in range(2, len(stem)):
            prefix = " ".join(stem[:cut])
            if prefix not in KNOWN_ORGS and prefix not in PLACES and not stem[cut - 1].islower():
                parts.setdefault(prefix, key)


# A legislature's chambers, named bare ("the House") after or before the name in full ("the Ohio House").
_CHAMBER_HEADS = frozenset(["House", "Senate", "Assembly", "Legislature"])


def _named_chambers(mentions: tuple[OrganisationMention, ...]) -> dict[str, set[str]]:
    """Each chamber word → the keys of the chambers the article names with it in two words ("Ohio
    House")."""
    chambers: dict[str, set[str]] = {}
    for mention in mentions:
        words = mention.name.split()
        if mention.kind == "parliament" and len(words) == 2 and words[1] in _CHAMBER_HEADS:
            chambers.setdefault(words[1], set()).add(_org_key(mention))
    return chambers


def _listed_apart(mention: OrganisationMention, group: list[OrganisationMention] | None) -> bool:
    """Is the mention a listed body's own name ("KFF") while the group it would join is another body
    ("KFF Health News")?"""
    known = KNOWN_ORGS.get(mention.name)
    return (
        group is not None
        and known is not None
        and known.name == mention.canonical
        # ("Nvidia" after "Nvidia Corp.": the same company without its legal form)
        and all(m.canonical != mention.canonical and _strip_suffix(m.name) != mention.name for m in group)
    )


def _resolve_orgs(
    mentions: tuple[OrganisationMention, ...],
) -> tuple[list[OrganisationEntity], dict[int, str], dict[str, str], dict[str, str]]:
    """Entities, mention start → key, every written form → key, key → kind."""
    keys: dict[int, str] = {}
    forms: dict[str, str] = {}
    groups: dict[str, list[OrganisationMention]] = {}
    short = _short_forms(mentions)
    conjoined = (
        _conjoined_short_forms(mentions)
        if any(" and " in m.name or " & " in m.name for m in mentions)
        else {}
    )
    fulls: dict[str, str] = {}  # a stem ("Acme") → the first name written with more after it
    parts: dict[
        str, str
    ] = {}  # "City Council" → "Acme City Council"'s key; "Acme Marine" → "Acme Marine Works Co."'s
    formed: set[tuple[str, str, str | None]] = set()  # (name, canonical, acronym) whose forms are set
    chambers = _named_chambers(mentions)
    for mention in mentions:
        own = _org_key(mention)
        # "Acme" after "Acme Corp", or an acronym defined earlier: the same organisation.
        stem = _strip_suffix(mention.name)
        key = forms.get(mention.name)
        if key is None:
            key = forms.get(stem, own)
            if stem != mention.name and _other_full_name(mention.name, fulls.get(stem)):
                key = own  # "Acme Holdings" beside "Acme Group": two companies of one family
        if stem != mention.name:
            fulls.setdefault(stem, mention.name)
        if key == own and mention.canonical != mention.name:
            # "Federal Cartel Office (Bundeskartellamt)": the other name of a body named just before.
            key = forms.get(mention.canonical, own)
        if key != own and own.endswith(")") and key.endswith(")") and _country_tag(own) != _country_tag(key):
            key = own  # "China's Ministry of Foreign Affairs" after Vietnam's: another ministry
        if key == own and mention.kind == "parliament" and " " not in mention.name:
            # "the State Senate", then "the Senate": the chamber the article named in full.
            key = next(
                (
                    k
                    for m in mentions
                    if m.kind == "parliament" and m.name.endswith(" " + mention.name)
                    for k in [keys.get(m.start, "")]
                    if k
                ),
                own,
            )
        if key == own and mention.name == mention.canonical and len(chambers.get(mention.name, ())) == 1:
            # "the House" in a headline over "The Texas House voted …": the one chamber of that name the
            # article names in full, even when the bare word comes first.
            key = next(iter(chambers[mention.name]))
        if key == own and own not in groups and mention.name in parts and mention.name == mention.canonical:
            key = parts[mention.name]
        if " " not in mention.name and mention.name == mention.canonical and short.get(mention.name):
            key = short[mention.name] or key
        elif key == own and mention.name == mention.canonical and conjoined.get(mention.name):
            key = conjoined[mention.name] or key
        if key != own and _listed_apart(mention, groups.get(key)):
            key = own  # "KFF" after "KFF Health News": a listed body of its own, not the other's short form
        groups.setdefault(key, []).append(mention)
        keys[mention.start] = key
        # A name written again adds no form: each is already set (setdefault keeps the first key).
        names = (mention.name, mention.canonical, mention.acronym)
        if names not in formed:
            formed.add(names)
            for form in (
                mention.name,
                mention.canonical,
                mention.acronym,
                stem,
                # "Acme Logistics (Pty) Ltd", later "Acme Logistics’ two directors": the name without its form.
                _without_legal_form(mention.name),
                *_other_forms(mention.canonical),
            ):
                if form:
                    forms.setdefault(form, key)
        if mention.name.count(" ") >= 2 and mention.name == mention.canonical:
            _add_part_forms(parts, mention, key)
    _join_bare_acronyms(groups, keys, forms)
    if any(" of " in key for key in groups):
        _join_heads_before_full_names(groups, keys, forms)
    entities: list[OrganisationEntity] = []
    kinds: dict[str, str] = {}
    for key, group in groups.items():
        canonical = max((m.canonical for m in group), key=lambda c: (c != group[0].name or True, len(c)))
        acronym = next((m.acronym for m in group if m.acronym), None)
        country = next((m.country_code for m in group if m.country_code), None)
        # "Morikawa Seiki" is also the name of "Morikawa Seiki Co.": the bare name is another form.
        written = ({m.name for m in group} | {_without_legal_form(canonical)}) - {canonical, acronym}
        # The full name's kind: a short form ("Town") was read without its organisation word.
        kinds[key] = next(m.kind for m in group if m.canonical == canonical)
        entities.append(
            OrganisationEntity(
                key=key,
                name=canonical,
                acronym=acronym,
                aliases=tuple(sorted(written)),
                country_code=country,
                # In text order, and the same order whatever the hash seed: two names may start together.
                mentions=tuple(sorted((Span(m.start, m.end) for m in group), key=lambda s: (s.start, s.end))),
            )
        )
    return entities, keys, forms, kinds


def _surname_forms(name: str) -> list[str]:
    parts = without_generation(name).split()
    forms = [parts[-1]]
    family = family_name_first(parts)
    if family:
        forms.append(family)
    given = given_name_after_family(parts)
    if given:
        forms.append(given)  # "Kah Wei" of Teoh Kah Wei
    particled = particle_surname(parts)
    if particled:
        forms.append(particled)
    paternal = paternal_surname(parts)
    if paternal:
        forms += [paternal, " ".join(parts[-2:])]  # "Alcántara" and "Alcántara Villena"
    if parts[-1][:3] in ("al-", "el-"):
        forms.append(parts[-1][0].upper() + parts[-1][1:])  # "Al-Hashimi said" opening a sentence
    for index, part in enumerate(parts[1:], 1):
        if part.islower():
            tail = " ".join(parts[index:])
            forms += [tail, tail[0].upper() + tail[1:]]
            break
    return forms


# "His eldest daughter, Jane Roe": a relative's noun, then a comma, right before the name.
_GENDERED_STYLE_BEFORE = re.compile(r"\b(?P<style>Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.? $")
_FEMALE_STYLES = frozenset(["Mrs", "Ms", "Miss", "Dame", "Lady"])
_KIN_BEFORE_NAME = re.compile(
    r"\b(?P<kin>daughter|wife|widow|sister|mother|granddaughter|grandmother|niece|aunt|"
    r"son|husband|widower|brother|father|grandson|grandfather|nephew|uncle), (?:(?:Dr|Mr|Mrs|Ms|Prof|Rev)\.? )?$"
)
_FEMALE_KIN = frozenset(
    ["daughter", "wife", "widow", "sister", "mother", "granddaughter", "grandmother", "niece", "aunt"]
)


def _resolve_people(
    people: tuple[PersonMention, ...], body: str = ""
) -> tuple[dict[int, str], dict[str, list[PersonMention]]]:
    """Mention start → person key, and key → its mentions (full names first)."""
    keys: dict[int, str] = {}
    groups: dict[str, list[PersonMention]] = {}
    surnames: dict[str, list[tuple[int, str]]] = {}
    inner: dict[
        str, list[tuple[int, str]]
    ] = {}  # "Chia" of Raymond Chia Boon Kiat: used when no surname fits
    # A "full" name that is only another person's surname ("von der Leyen") is a partial mention.
    tails = {form for p in people if not p.partial for form in _surname_forms(p.name)[1:]}
    # "Nur Syafiqah" or "Owusu-Ansah Bediako" after "Nur Syafiqah Mohamed Ismail" or "Kwabena
    # Owusu-Ansah Bediako": the first or last words of a longer name given earlier are its short form.
    shown = {p.name: p.start for p in people if not p.partial and " " in p.name}
    runs: dict[str, list[tuple[int, str]]] = {}
    for person in people:
        parts = without_generation(person.name).split() if not person.partial else []
        for size in range(2, len(parts)):
            for form in (" ".join(parts[:size]), " ".join(parts[-size:])):
                if shown.get(form, -1) > person.start:
                    runs.setdefault(form, []).append((person.start, fold(person.name)))
    people = tuple(
        PersonMention(p.start, p.end, p.name, p.titles, p.affiliations, p.gender, True, p.origins)
        if not p.partial and (p.name in tails or p.name in runs)
        else p
        for p in people
    )
    full_names = [p for p in people if not p.partial]
    by_ends: dict[tuple[str, str], str] = {}  # (first word, last word) → the first key with them
    # "Mr Thanawat" after "Thanawat Limpaiboon", "Kittisak" after "Kittisak Sor Pornchai": a given name
    # alone that no surname matches names the one person whose full name it opens.
    first_words: dict[str, set[str]] = {}
    for person in full_names:
        key = fold(person.name)
        # "Jane A. Roe" after "Jane Roe": same first and last word.
        words = fold(without_generation(person.name)).split()
        key = by_ends.setdefault((words[0], words[-1]), key)
        groups.setdefault(key, []).append(person)
        keys[person.start] = key
        for form in _surname_forms(person.name):
            surnames.setdefault(form, []).append((person.start, key))
        for form in inner_surnames(without_generation(person.name).split()):
            inner.setdefault(form, []).append((person.start, key))
        if " " in person.name:
            first_words.setdefault(person.name.split()[0], set()).add(key)
    for form, longer in runs.items():
        runs[form] = [(start, keys[start]) for start, _name in longer]  # the key its group took
    # Where each list of candidates has those an honorific of each gender fits (by their place in it).
    fits: dict[tuple[int, str], list[int]] = {}
    for person in people:
        if not person.partial:
            continue
        candidates = surnames.get(person.name) or inner.get(person.name) or runs.get(person.name, [])
        # Full names come in the text's order: those before the mention are a prefix of its candidates.
        count = bisect.bisect_left(candidates, person.start, key=lambda c: c[0])
        last = count - 1
        if person.gender != "u" and count:
            # "Liam and Sarah Kettering … Mr Kettering": the one of that name an honorific fits.
            fitting = fits.get((id(candidates), person.gender))
            if fitting is None:
                fitting = fits[id(candidates), person.gender] = [
                    at
                    for at, (_, key) in enumerate(candidates)
                    if groups[key][0].gender in (person.gender, "u")
                ]
            found = bisect.bisect_left(fitting, count) - 1
            last = fitting[found] if found >= 0 else last
        if (
            last > 0
            and body
            and _KIN_BEFORE_NAME.search(body, max(0, candidates[last][0] - 40), candidates[last][0])
        ):
            # "Jalal Roe … His son, Dr. Karwan Roe, … Roe was arrested twice": a relative introduced by
            # kinship shares the surname of the one the story is about, whom the bare surname means.
            for at in range(last - 1, -1, -1):
                start, key = candidates[at]
                if (
                    key != candidates[last][1]
                    and (person.gender == "u" or groups[key][0].gender in (person.gender, "u"))
                    and not _KIN_BEFORE_NAME.search(body, max(0, start - 40), start)
                ):
                    last = at
                    break
        if candidates:
            key = candidates[last][1] if last >= 0 else candidates[0][1]
        else:
            opened = first_words.get(person.name, set())
            key = next(iter(opened)) if len(opened) == 1 else fold(person.name)
        groups.setdefault(key, []).append(person)
        keys[person.start] = key
    return keys, groups


# "The Senior Divisional Officer, SDO, for Mezam, Jean-Claude Roe": a post's capitalised words, its
# initials set off by commas, a place it serves, then the holder's name.
_POST_WORDS_BEFORE = re.compile(r"(?:\b[A-Z][a-z]+ (?:(?:of|for|and|the) ){0,2}){1,5}[A-Z][a-z]+, $")
_POST_AFTER = re.compile(
    r", (?:(?:for|of|in) (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}, )?"
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Hon)\.? )?"
)
_POST_INITIALS = re.compile(r"[A-Z]{2,6}")
_RANK_THEN_NAME = re.compile(r"(?P<rank>[A-Z]{2,4}) (?P<name>[A-Z][\w’'-]+(?: [\w’'-]+){0,3})")


def _people_named_as_orgs(mentions: Mentions, body: str) -> dict[int, int]:
    """Organisation mentions that name a person given in full earlier: the post's initials written
    after it ("the SDO said" after "The Senior Divisional Officer, SDO, …, Jane Roe"), a rank's
    initials before a surname ("DC Roe" after "Deputy Commissioner Jane Roe"), or the last words of a
    longer name ("Ferreira dos Santos" of Josué Ferreira dos Santos). Mention start → person mention start."""
    found: dict[int, int] = {}
    people = [p for p in mentions.people if not p.partial]
    if not people or not mentions.organisations:
        return found
    people_starts = [p.start for p in people]
    posts: dict[str, int | None] = {}  # initials → the start of the person holding that post
    plain_names: list[str] | None = None  # the people's names without "Jr." and the like, when first needed
    for org in mentions.organisations:
        if org.name in KNOWN_ORGS or (org.acronym and org.acronym != org.name):
            continue
        if _POST_INITIALS.fullmatch(org.name):
            if org.name not in posts:
                posts[org.name] = None
                before = _POST_WORDS_BEFORE.search(body, max(0, org.start - 120), org.start)
                words = before.group().split() if before else []
                initials = "".join(w[0] for w in words if w[0].isupper() and w != "The")
                after = _POST_AFTER.match(body, org.end, org.end + 100)
                if initials == org.name and after is not None:
                    at = bisect.bisect_left(people_starts, after.end())
                    if at < len(people) and people[at].start == after.end():
                        posts[org.name] = people[at].start
            holder = posts[org.name]
            if holder is not None:
                found[org.start] = holder
            continue
        if org.acronym:
            continue
        rank = _RANK_THEN_NAME.fullmatch(org.name)
        tail = " " + (rank.group("name") if rank else org.name)
        if " " not in tail.strip() and rank is None:
            continue
        if plain_names is None:
            plain_names = [without_generation(p.name) for p in people]  # (once, not once per body)
        for k in range(bisect.bisect_left(people_starts, org.start) - 1, -1, -1):
            if plain_names[k].endswith(tail):
                found[org.start] = people[k].start
                break
    return found


def _dominant_org(references: list[Reference]) -> str | None:
    """The organisation the article is about: clearly the most mentioned one."""
    # Counted in a plain dict, the two highest counts kept by hand: Counter and most_common cost more
    # than the counting itself on an article's few dozen references (asked twice per article).
    counts: dict[str, int] = {}
    for r in references:
        if r.type == "organisation" and r.key:
            counts[r.key] = counts.get(r.key, 0) + 1
    best_key, best, second = None, 0, 0
    for key, count in counts.items():
        if count > best:
            best_key, best, second = key, count, best
        elif count > second:
            second = count
    if best < 2 or second == best:
        return None
    return best_key


class _SettledReferences:
    """The article's references once all are resolved: its descriptions by their folded words, in
    order, and the first organisation of each kind (with its place in the list)."""

    def __init__(self, references: list[Reference], org_kinds: dict[str, str]) -> None:
        self.descriptors: dict[str, tuple[list[int], list[Reference]]] = {}
        self.first_of_kind: dict[str | None, tuple[int, Reference]] = {}
        for index, r in enumerate(references):
            if r.kind == "descriptor" and r.key:
                starts, found = self.descriptors.setdefault(fold(r.text), ([], []))
                starts.append(r.start)
                found.append(r)
            if r.type == "organisation":
                self.first_of_kind.setdefault(org_kinds.get(r.key or ""), (index, r))


def _possessive_org(
    org_text: str,
    position: int,
    settled: _SettledReferences,
    last_before: Callable[[int, Callable[[Reference], bool]], Reference | None],
    org_kinds: dict[str, str],
) -> str | None:
    """The organisation behind "Its co-leader", "Their manager" or "the trust's chair" at ``position``."""
    lowered = org_text.lower().strip()
    if lowered in ("its", "their"):
        # The organisation the article was just talking about, by name or by "the union".
        hit = last_before(position, lambda r: r.type == "organisation" and r.key is not None)
        return hit.key if hit else None
    if not lowered.startswith(("the ", "its ", "their ")):
        return None
    wanted = fold(lowered.removesuffix("'s").removesuffix("’s").removesuffix("'").removesuffix("’"))
    starts, described = settled.descriptors.get(wanted, ([], []))
    near = described[bisect.bisect_left(starts, position - 119) : bisect.bisect_right(starts, position + 119)]
    if near:
        return min(near, key=lambda r: abs(r.start - position)).key
    # "Bureau senior hydrologist Jane Roe": the organisation whose own name has the word.
    word = wanted.split()[-1]
    named = last_before(
        position, lambda r: r.type == "organisation" and r.key is not None and word in r.key.split()
    )
    if named is not None:
        return named.key
    # "Council leader Jane Roe": no "the council" in the text, but the article's council.
    kinds = DESCRIPTORS.get(wanted.split()[-1], frozenset())
    fitting = last_before(
        position, lambda r: r.type == "organisation" and org_kinds.get(r.key or "") in kinds
    )
    if fitting is None:
        first = [settled.first_of_kind[kind] for kind in kinds if kind in settled.first_of_kind]
        fitting = min(first)[1] if first else None
    return fitting.key if fitting else None


# "… directed the Acme Police (and the District Commander) to ensure …": whom an order goes to.
_ORDERED_TO = re.compile(r"[^.;\n]{0,80}? to [a-z]+")
_SPOKES = frozenset(["spokesman", "spokeswoman", "spokesperson"])
# Verbs that tie their subject to the organisation right after them.
_TIE_VERB_AFTER = re.compile(
    r" (?:also )?(?:founded|co-founded|set up|joined|rejoined|leads|led|runs|ran|heads|headed|chairs|chaired|"
    r"manages|managed|directs|directed) (?:the )?"
)
# ", then attached to the Acme Police Division,", ", 52, who was attached to the Ministry of Lands": the
# unit or body a police officer or civil servant was posted to.
_ATTACHED_AFTER = re.compile(
    r"(?:, \d{1,3})?, (?:then |who (?:is|was|had been) (?:then )?)?(?:attached|posted|seconded) to (?:the )?"
)
# Words of a post inside an organisation: with no organisation named, the post is the article's one's.
_POST_WORDS = frozenset(
    [
        "executive",
        "chief",  # "finance chief Jane Roe"
        "ceo",
        "cfo",
        "coo",
        "cto",
        "chairman",
        "chairwoman",
        "chair",
        "chairperson",
        "president",
        "director",
        "officer",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "founder",
        "co-founder",
        "treasurer",
        "councillor",
        "councilor",
        "secretary-general",
        "director-general",
    ]
)
# Posts in a club: they name its club only in a sports report.
_CLUB_POSTS = frozenset(
    ["captain", "manager", "coach", "goalkeeper", "striker", "midfielder", "defender", "winger"]
)


# "told ABC News", "(Reuters) -", "obtained by WTVN": an organisation the article's people speak to, or
# that credits the story, is the news medium, no employer of the posts the story names.
_TOLD_BEFORE = (
    " told ",
    " told the ",
    " obtained by ",
    " reported by ",
    " interview with ",
    " interview with the ",
)


def _news_media(body: str, references: list[Reference], org_kinds: dict[str, str]) -> set[str]:
    """Keys of the organisations the article writes as news media (by how it names them): by name,
    and of no public body's kind ("told the council", "told Parliament" name no medium)."""
    media: set[str] = set()
    for reference in references:
        if (
            reference.type != "organisation"
            or reference.kind != "name"
            or reference.key is None
            or reference.key in media
            or org_kinds.get(reference.key, "organisation") not in ("company", "organisation", "media")
        ):
            continue
        before = body[max(0, reference.start - 20) : reference.start]
        if before.endswith(_TOLD_BEFORE) or (
            before.endswith("(") and body.startswith(_CREDIT_AFTER, reference.end)
        ):
            media.add(reference.key)
    return media


# Ranks that make a post another one: "the minister" is not the "Deputy Minister".
_LOWER_RANKS = frozenset(["deputy", "vice", "assistant", "junior", "under", "associate"])


# Small words that a post's initials leave out ("DPP" of "Director of Public Prosecutions").
_INITIALS_SKIPPED = frozenset(["of", "the", "and", "for", "&"])


def _title_words(title: str) -> list[str]:
    """A title's words in lower case, less a post's head right after a rank below it, which goes with the
    rank instead ("Deputy Minister of Health" gives "deputy", "of", "health", "deputy minister": "the
    minister" is someone else)."""
    words = title.lower().split()
    kept = [w for k, w in enumerate(words) if k == 0 or words[k - 1] not in _LOWER_RANKS]
    # "the PS" after "Principal Secretary Jane Roe", "the DPP" after "Director of Public Prosecutions":
    # a post of two or more words goes by its initials (kept apart from words with a leading space).
    initials = "".join(
        w[0] for w in title.lower().replace("-", " ").split() if w not in _INITIALS_SKIPPED and w[0].isalpha()
    )
    if len(initials) >= 2:
        kept.append(" " + initials)
    # "the SSP" after "Malir SSP Jane Roe": a post written as its initials goes by them too.
    kept += [" " + w.lower() for w in title.split() if len(w) >= 2 and w.isupper() and w.isalpha()]
    # "the vice minister" is the one ranked so: the rank and the head together.
    return kept + [f"{words[k - 1]} {w}" for k, w in enumerate(words) if k and words[k - 1] in _LOWER_RANKS]


# "At Acme Hospital in Roeville, Dr Jane Roe, consultant nephrologist, said": a sentence that opens on
# the place of work, then names one who holds a post there.
_FRONTED_WORKPLACE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?] ))At (?:the )?(?P<org>[A-Z][^,.;\n]{1,80}?)(?: in [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)?, "
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.? )?$"
)


def _fronted_workplace(body: str, start: int, references: list[Reference]) -> str | None:
    """The organisation a sentence opens on ("At Acme Hospital, Dr Jane Roe, …") right before the name."""
    floor = max(0, start - 130)
    if "At " not in body[floor:start]:
        return None
    fronted = _FRONTED_WORKPLACE.search(body, floor, start)
    if fronted is None:
        return None
    org_start, org_end = fronted.span("org")
    for reference in references:
        if reference.start == org_start and reference.end == org_end and reference.type == "organisation":
            return reference.key
    return None


def _post_holder(
    title: str,
    position: int,
    body: str,
    references: list[Reference],
    org_kinds: dict[str, str],
    dominant: str | None,
    media: set[str],
) -> str | None:
    """The organisation behind a post with no organisation named: "chief executive Jane Roe"."""
    words = set(title.lower().split())
    club = (
        bool(words & _CLUB_POSTS) and not words & _POST_WORDS and title.lower() not in _INSTITUTIONAL_TITLES
    )
    institutional = title.lower() in _INSTITUTIONAL_TITLES or bool(words & _POST_WORDS)
    if not (institutional or club) or words & {"minister", "judge", "prosecutor"}:
        return None
    if " to the " in title:
        return None  # "Special Adviser to the President": the post names whom it serves, no organisation

    def fits(key: str | None) -> bool:
        return key is not None and key not in media and (not club or org_kinds.get(key) == "association")

    paragraph_start = body.rfind("\n\n", 0, position) + 1 if body else 0
    nearest = None
    for reference in references:
        if reference.start >= position:
            break
        if reference.start >= paragraph_start and reference.type == "organisation" and fits(reference.key):
            if nearest is not None and nearest == dominant and not club:
                continue  # "The company buys from X and Y. Finance chief Jane Roe": the article's company
            nearest = reference.key
    if nearest:
        return nearest
    return dominant if fits(dominant) else None


# "Blues 27 (Jane Roe, Ana Lee tries; …)", "Geelong 13.12 (90) (…)": a team, its score, then in brackets
# the players who scored for it, as rugby and football reports close.
_SCORE_THEN_SCORERS = re.compile(r" \d{1,3}(?:\.\d{1,2} \(\d{1,3}\))? \((?=[A-Z\u00c0-\u024f])")
_LINE_OR_RESULT_BEFORE = re.compile(r"(?:^|\n|\) (?:def|beat|bt|drew with|lost to) )$")


def _scorers_of_teams(body: str, references: list[Reference], stated_ties: dict[str, list[str]]) -> None:
    """Tie each person named in a team's scoring brackets to the team."""
    for index, reference in enumerate(references):
        if reference.type != "organisation" or not reference.key:
            continue
        scores = _SCORE_THEN_SCORERS.match(body, reference.end)
        if scores is None or not _LINE_OR_RESULT_BEFORE.search(
            body, max(0, reference.start - 12), reference.start
        ):
            continue
        close = body.find(")", scores.end())
        if close < 0 or "\n" in body[scores.end() : close]:
            continue
        for scorer in references[index + 1 :]:
            if scorer.start >= close:
                break
            if scorer.type == "person" and scorer.key:
                stated_ties.setdefault(scorer.key, []).append(reference.key)


# A court's name, and the posts of those who sit in one ("Judge", "Presiding Judge", "Chief Justice",
# "Principal Magistrate"): the judicial word heads the post. "County Judge" is a US county's executive,
# "Justice Minister" and "Minister of Justice" a government's post.
_COURT_NAME = re.compile(r"\b(?:Courts?|Tribunal)\b")
_JUDICIAL_POST = re.compile(r"(?i)(?<!county )\b(?:judge|justice|magistrate)$")


# Words before a judge's post that name the kind of court she sits in ("District Judge"): a court named
# otherwise is not hers ("U.S. District Judge Jane Roe" is no judge of the Court of Appeals).
_COURT_KIND_WORDS = frozenset(
    [
        "District",
        "Circuit",
        "High",
        "Supreme",
        "Appeals",
        "Appellate",
        "Sessions",
        "Crown",
        "Family",
        "Superior",
    ]
)


def _sitting_court(
    title: str, first: PersonMention, references: list[Reference], courts: frozenset[str]
) -> str | None:
    """The court a judge with no court named sits in: one named right after her name ("Judge Jane Roe,
    of the 7th Civil Court,"), else the one the article names last before her, else its only court
    ("… at Acme Crown Court. Judge Jane Roe said": the case's court)."""
    if not _JUDICIAL_POST.search(title) or " of " in title:
        return None
    kinds = [word for word in title.split()[:-1] if word in _COURT_KIND_WORDS]
    before = after = None
    named: set[str] = set()
    for reference in references:
        if reference.type != "organisation" or reference.key not in courts:
            continue
        if any(kind not in reference.text for kind in kinds):
            continue
        named.add(reference.key)
        if reference.start < first.start:
            before = reference.key
        elif after is None:
            after = reference.key
            if reference.start - first.end < 16:
                return after
    return before or (after if len(named) == 1 else None)


_AGE = re.compile(r"\b(?:\d+|[a-z]+(?:-[a-z]+)*)-year-old\b")
# "Roe, who …", "Roe struck …", "Roe had …": a name that opens a clause as its subject.
_SUBJECT_AFTER_NAME = re.compile(r",? who\b| (?:had|has|was|is|[a-z]+ed|[a-z]+s)\b")
_AGE_ALONE = re.compile(r"[Tt]he (?:\d+|[a-z]+(?:-[a-z]+)*)-year-old")
# "the 31-year-old striker", "the Norwegian singer": a description of someone just named, whose
# role ("striker") is then one of their titles.
_NATIONALITY_ALONE = re.compile(r"[Tt]he [A-Z][\w’'-]*$")  # "the German replied"
# "She works as a care assistant (at Acme).": a job given after "he" or "she" (at most three words
# up to a preposition or the clause's end).
_WORKS_AS = re.compile(
    r" (?:(?:also|still|now) )?(?:works|worked|has worked|had worked|has been working|is working|was working)"
    r" as (?:a|an) (?P<role>[a-z][\w-]*(?: [a-z][\w-]*){0,2}?)"
    r"(?=[,.;]| (?:at|for|in|with|on|since|until|and|before|after|from)\b)(?: (?:at|for|with) (?:the )?)?"
)
_EPITHET = re.compile(r"[Tt]he (?:(?:\d+|[a-z]+(?:-[a-z]+)*)-year-old|[A-Z][\w’'-]*)(?: (?P<role>[a-z].*))?$")
_SPOKES_FOR = re.compile(r"spokes(?:man|woman|person) (?:for|at) (?:the )?$")


def _unnamed_since(body: str, role: str, start: int, end: int) -> bool:
    """Was an unnamed "an Egyptian official" brought in between a titled person and "the official"?"""
    found = body.rfind(f" {role}", start, end)
    if found < 0:
        return False
    unnamed = _UNNAMED_ROLE.search(body, max(start, found - 60), found + 1 + len(role))
    # ", a senior Fatah official,": an appositive describes the person just named.
    return unnamed is not None and not body.endswith(", ", 0, unnamed.start())


# "An Egyptian official familiar with …", "a senior diplomat": a new, unnamed holder of the role.
_UNNAMED_ROLE = re.compile(r"(?<![\w’'-])(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:[\w’'-]+ ){0,4}[a-z]+$")


class _NamedPeople:
    """The article's names (the reference list's "name" entries, which never change while pronouns
    and descriptions are resolved): where each key was last named, and who the paragraph names."""

    def __init__(self, references: list[Reference]) -> None:
        self.ends: dict[str, tuple[list[int], list[int]]] = {}  # key → starts, running maximum of ends
        self.people: list[Reference] = []  # people's names, with the start of the last other name before
        self.starts: list[int] = []
        self.other_before: list[int] = []
        for r in references:
            if r.kind != "name" or not r.key:
                continue
            starts, ends = self.ends.setdefault(r.key, ([], []))
            starts.append(r.start)
            ends.append(max(r.end, ends[-1]) if ends else r.end)
            if r.type == "person":
                if self.people and self.people[-1].key == r.key:
                    other = self.other_before[-1]
                else:
                    other = self.people[-1].start if self.people else -1
                self.people.append(r)
                self.starts.append(r.start)
                self.other_before.append(other)

    def last_end(self, key: str, position: int) -> int:
        """The end of the furthest-reaching name of ``key`` starting before ``position``, else 0."""
        found = self.ends.get(key)
        if found is None:
            return 0
        index = bisect.bisect_left(found[0], position) - 1
        return found[1][index] if index >= 0 else 0

    def last_person_before(self, position: int) -> Reference | None:
        """The last person named before ``position``."""
        index = bisect.bisect_left(self.starts, position) - 1
        return self.people[index] if index >= 0 else None

    def only_one_since(self, floor: int, position: int) -> Reference | None:
        """The last person named in [floor, position), when that is the only person named there."""
        index = bisect.bisect_left(self.starts, position) - 1
        if index < 0 or self.starts[index] < floor or self.other_before[index] >= floor:
            return None
        return self.people[index]


def _role_target(
    text: str,
    position: int,
    body: str,
    index: _RefIndex,
    named_people: _NamedPeople,
    antecedent: Callable[[int, Callable[[Reference], bool]], Reference | None],
) -> Reference | None:
    """Who "the judge", "the 31-year-old striker" or "the spokesperson" at ``position`` is."""
    initials = text.split()[-1]
    if initials.isupper() and initials.lower() not in ROLE_HEADS:
        # "the PS": only someone whose post has those initials, never the one person just named ("the
        # CEO", a word of the lexicon, is read as the word it is).
        titled = index.last(("titled", " " + initials.lower()), position)
        if titled is None or not titled.key:
            return None
        last_named = named_people.last_end(titled.key, position)
        return None if _unnamed_since(body, initials.lower(), last_named, position) else titled
    role = text.split()[-1].lower()
    parts = text.lower().split()
    ranked = len(parts) > 1 and parts[-2] in _LOWER_RANKS
    titled = index.last(("titled", f"{parts[-2]} {role}" if ranked else role), position)
    if titled is not None and titled.key:
        # From where the person was last named: a pronoun since may itself be the newcomer's.
        last_named = named_people.last_end(titled.key, position)
        if not _unnamed_since(body, role, last_named, position):
            return titled
    if role in _SPOKES:
        # "A spokesperson for the Trust said … the spokesperson added": the organisation they speak for.
        starts, organisations = index.groups.get(("organisation", None), ([], []))
        for at in range(bisect.bisect_left(starts, position) - 1, -1, -1):
            reference = organisations[at]
            after = body[reference.end : reference.end + 14].lstrip("’'s ")
            if after.startswith("spokes") or _SPOKES_FOR.search(
                body, max(0, reference.start - 30), reference.start
            ):
                return reference
        return None
    if _AGE_ALONE.fullmatch(text):
        # "…,’ said the 27-year-old": an age with no role is someone the paragraph, or the one before
        # it, has named, and only when they name no one else.
        paragraph = body.rfind("\n\n", 0, position)
        previous = body.rfind("\n\n", 0, paragraph) + 1 if paragraph > 0 else 0
        only = named_people.only_one_since(previous, position)
        if only is None and body[paragraph + 2 : paragraph + 3] in _OPENING_MARKS:
            # "… and Roe, who had missed twice, struck it cleanly.\n\n“…,” the 23-year-old said.": a
            # paragraph that opens with the quote and names no one goes on from the person the paragraph
            # before named last, as the subject of a clause ("beat Roe in three sets" names an opponent).
            last = named_people.last_person_before(position)
            if (
                last is not None
                and previous <= last.start < paragraph
                and _SUBJECT_AFTER_NAME.match(body, last.end, paragraph) is not None
            ):
                return last
            # "Al-Harbi, on for nine minutes, met Al-Shahrani’s cross …\n\n“…,” the 22-year-old said.":
            # names in the possessive qualify a thing; the one other person, opening the paragraph, is
            # its subject.
            subjects = [
                p
                for p in named_people.people
                if previous <= p.start < paragraph and not body.startswith(("’s", "'s", "’ ", "' "), p.end)
            ]
            opening = body[previous : subjects[0].start].strip() if subjects else ""
            # ("With a draw looking likely, Al-Harbi, …": a fronted phrase may come first.)
            if (
                subjects
                and (not opening or opening.endswith(","))
                and all(p.key == subjects[0].key for p in subjects)
            ):
                return subjects[-1]
        if only is None:
            return None
        found = antecedent(position, lambda r: r.type == "person")
        return found if found is not None and found.key == only.key else None
    if _AGE.search(text) or _NATIONALITY_ALONE.match(text):
        # "the 31-year-old striker", "the German": an age or a nationality alone is given only for
        # someone just named.
        return antecedent(position, lambda r: r.type == "person")
    if role not in _OTHER_PARTY_ROLES and text[:4].lower() == "the ":
        # "Ashworth … was philosophical. “…,” the defender said": the one person the paragraph names.
        paragraph = body.rfind("\n\n", 0, position) + 1
        only = named_people.only_one_since(paragraph, position)
        if only is None and body[paragraph + 1 : paragraph + 2] in _OPENING_MARKS:
            # "Roe said …\n\n“…,” the union leader said.": a paragraph of the quote alone, naming no
            # one, goes on from the one before; its one person is the speaker.
            last = named_people.last_person_before(position)
            if last is None or last.start < paragraph:
                previous = body.rfind("\n\n", 0, max(0, paragraph - 2)) + 1
                only = named_people.only_one_since(previous, paragraph)
        return only
    return None


# Roles that usually belong to someone other than the person just named ("Smith denied the charge.
# The judge said …").
_OTHER_PARTY_ROLES = frozenset(
    [
        "judge",
        "prosecutor",
        "coroner",
        "magistrate",
        "lawyer",
        "barrister",
        "solicitor",
        "officer",
        "detective",
        "minister",
        "official",
        "doctor",
        "referee",
        "victim",
        "witness",
        "police",
    ]
)


class _OrgHeads:
    """The organisations by the last word of their names, each with where it is mentioned, in order."""

    def __init__(self, org_entities: list[OrganisationEntity], body: str = "") -> None:
        self.heads: dict[str, list[tuple[str, list[int]]]] = {}
        # "European Court of Human Rights": the noun before "of" heads the name too, for "the Court".
        self.of_heads: dict[str, list[tuple[str, list[int]]]] = {}
        for org in org_entities:
            words = fold(org.name).split()
            if not words:
                continue
            starts = sorted(m.start for m in org.mentions)
            self.heads.setdefault(words[-1], []).append((org.key, starts))
            if "of" in words[1:]:
                self.of_heads.setdefault(words[words.index("of", 1) - 1], []).append((org.key, starts))
        self.body = body
        self._defined: dict[str, bool] = {}

    def defined(self, head: str) -> bool:
        """Does the text write "the Court" capitalised in mid-sentence, a defined term for one body?
        (Searched once per head noun.)"""
        if head not in self._defined:
            pattern = re.compile(
                rf"(?<=[a-z,] )the {re.escape(head.capitalize())}\b(?! (?:of|for) )(?! [A-Z])"
            )
            self._defined[head] = pattern.search(self.body) is not None
        return self._defined[head]


def _named_with_head(word: str, heads: _OrgHeads, position: int, capitalised: bool = False) -> str | None:
    """ "the trust" after "Pennine Moors Hospitals NHS Foundation Trust": the organisation last named
    before ``position`` whose name ends in the descriptor's noun. A capitalised noun ("the Fund")
    is always the short form of such a name."""
    head = word.split()[-1]
    if head not in _NAME_HEADS and not capitalised:
        return None
    best: tuple[int, str] | None = None
    if capitalised and heads.defined(head):
        # A court's or commission's own release calls itself "the Court" throughout, naming it first
        # ("the European Court of Human Rights held …"): the body named first, not a lower court since.
        for key, starts in [*heads.heads.get(head, ()), *heads.of_heads.get(head, ())]:
            if starts and starts[0] < position and (best is None or starts[0] < best[0]):
                best = (starts[0], key)
        return best[1] if best else None
    for key, starts in heads.heads.get(head, ()):
        index = bisect.bisect_left(starts, position) - 1
        last = starts[index] if index >= 0 else -1
        if last >= 0 and (best is None or last > best[0]):
            best = (last, key)
    return best[1] if best else None


# Descriptor nouns that end the names they stand for ("the trust": "… Foundation Trust").
# "the authority" after "Estate Agents Authority": public bodies named by what they are.
_NAME_HEADS = frozenset(
    [
        "trust",
        "charity",
        "foundation",
        "council",
        "institute",
        "airport",
        "hospital",
        "centre",
        "center",
        "authority",
        "commission",
        "committee",
        "bureau",
        "tribunal",
        "agency",
        # "the ombudsman" after "the Fair Work Ombudsman": the office named for its holder.
        "ombudsman",
        # "the county" after "the Western Uplands Wellbeing Services County": a body named as a county.
        "county",
    ]
)
# Facilities run as organisations ("Tampa International Airport", "St Mary's Hospital", "the National
# Storm Center"): "the airport" stands only for one so named.
_FACILITY_HEADS = frozenset(["airport", "hospital", "centre", "center"])
# "the ombudsman" is an office named for its holder's post: only one whose name ends so, never
# another agency of the story.
# "the county" is as often the land as a body: only a body whose name ends so, never a council.
_OWN_NAME_ONLY_HEADS = frozenset(["ombudsman", "county"])


# "the town's planning department", "the ward office": a unit of local government, by its place.
_LOCAL_OWNER = re.compile(
    r"the (?:(?:town|city|county|village|municipality|borough|district)[’']s [a-z]|"
    r"(?:ward|village|parish) [a-z])"
)


# "the governor's office", "the mayor's team": a unit that belongs to a post, named in lower case.
_POST_HOLDERS_UNIT = re.compile(r"the (?P<post>[a-z]+)[’']s (?:[a-z]+ )?[a-z]+$")


def _descriptor_target(
    ref: ReferenceMention,
    word: str,
    org_entities: list[OrganisationEntity],
    org_kinds: dict[str, str],
    references: list[Reference],
    last_before: Callable[..., Reference | None],
    body: str,
    heads: _OrgHeads,
) -> Reference | None:
    """The organisation "the union", "the company" or "a council spokesman" refers to."""
    owner = _POST_HOLDERS_UNIT.match(word)
    if (
        owner is not None
        and owner.group("post") in ROLE_HEADS
        and not any(owner.group("post") in fold(o.name).split() for o in org_entities)
    ):
        # "the governor's office": the office of a post holder, no body the story named (but "the
        # auditor's office" after "the Office of the State Auditor" is that body).
        return None
    kinds = ref.org_kinds
    headed = _named_with_head(word, heads, ref.start, ref.text.split()[-1][:1].isupper())
    if headed is not None:
        return Reference(ref.start, ref.end, ref.text, headed, "organisation")
    if word.split()[-1] in _FACILITY_HEADS or word.split()[-1] in _OWN_NAME_ONLY_HEADS:
        return None  # "the airport" is one whose name ends so, or a place: never another company
    # "the central bank": an organisation of that kind whose name has the modifier wins.
    modifiers = {w for w in word.split()[1:-1] if len(w) > 3}
    named = (
        [o for o in org_entities if org_kinds.get(o.key) in kinds and modifiers & set(fold(o.name).split())]
        if modifiers
        else []
    )
    if modifiers and not named:
        # "the regional health authority" for "Prairie Mountain Health", a body of no known kind: the one
        # such organisation whose name holds the modifier.
        named = [
            o
            for o in org_entities
            if org_kinds.get(o.key) in _GENERIC and modifiers & set(fold(o.name).split())
        ]
        if len(named) > 1:
            # ("Shared Health" named only further on: the one named before the description is meant)
            named_before = [o for o in named if o.mentions and o.mentions[0].start < ref.start]
            named = named_before if len(named_before) == 1 else []
    if named:
        return Reference(ref.start, ref.end, ref.text, named[-1].key, "organisation")
    if (
        modifiers - _SCOPE_WORDS
        and not named
        and word.split()[-1] in _UNIT_HEADS
        and not any("'" in m or "’" in m for m in modifiers)  # "the auditor's office": the auditor's
    ):
        # "the district relief office" when no body named holds "relief": an office of its own, not
        # the last body of its kind the article named (a water board).
        return None
    if modifiers and _LOCAL_OWNER.match(word):
        # "the town's planning department": a unit of the town's own government, which no body the
        # article names by a name holding "planning" is; not the ministry named last.
        return None
    target = last_before(ref.start, _organisation_of_kind(org_kinds, kinds))
    if target is not None and word.split()[-1] in _OWN_WORD_HEADS:
        # "The Ministry of Interior's General Department of … has arrested 14, the ministry announced":
        # the ministry is the body so named, not a department of it named after.
        head = word.split()[-1]
        own = {o.key for o in org_entities if head in fold(o.name).split()}
        if own and target.key not in own:
            target = last_before(ref.start, lambda r: r.type == "organisation" and r.key in own) or target
    if target is not None and _passing_owner(body, target):
        # "inspectors, with the Ministry of Interior's Supply Police, seized …. Ministry spokesman Jane Roe":
        # a body named in passing as the owner of another is not the one of its kind the story follows.
        earlier = last_before(target.start, _organisation_of_kind(org_kinds, kinds))
        if earlier is not None and earlier.key != target.key:
            target = earlier
    if target is not None:
        return _appositive_head(target, org_kinds, kinds, last_before, body) or target
    # An organisation of no known kind ("Stratus", "Aslef") may be "the company" or "the union":
    # the one the paragraph has just named.
    paragraph_start = body.rfind("\n\n", 0, ref.start) + 1 if body else 0
    target = last_before(ref.start, _organisation_of_kind(org_kinds, _GENERIC), floor=paragraph_start)
    if target is not None:
        return target
    # "“Workers cannot pay …,” the union said.": after the quote that opens the paragraph, the
    # description is the paragraph's first words of the story's own, as if it opened it.
    after_quote = body.startswith(("“", '"'), paragraph_start + 1) and body.endswith(
        (",” the ", '," the ', "?” the ", "!” the ", '?" the ', '!" the '), 0, ref.start + 4
    )
    if paragraph_start > 1 and (body.startswith("The ", ref.start) or after_quote):
        # "Acme has given the city a deadline.\n\nThe power utility said …": a paragraph that opens on the
        # description continues the one before, which named the organisation.
        previous_start = body.rfind("\n\n", 0, paragraph_start - 1) + 1
        if ref.start == paragraph_start + 1 or after_quote:
            target = last_before(ref.start, _organisation_of_kind(org_kinds, _GENERIC), floor=previous_start)
            if target is not None:
                return target
    same_kind = [o.key for o in org_entities if org_kinds.get(o.key) in kinds]
    # A description points back to a name, except in a lead that has named no organisation yet.
    first_named = last_before(ref.start, lambda r: r.type == "organisation") is None
    if len(same_kind) == 1 and (
        first_named or _named_before(next(o for o in org_entities if o.key == same_kind[0]), ref.start)
    ):
        return Reference(ref.start, ref.end, ref.text, same_kind[0], "organisation")
    if not same_kind and first_named:
        # "…, their union said." in a lead, the union named in the next paragraph.
        paragraph_end = body.find("\n\n", body.find("\n\n", ref.end) + 2) if body else -1
        following = [
            r
            for r in references
            if ref.end <= r.start < (paragraph_end if paragraph_end > 0 else len(body))
            and r.type == "organisation"
            and r.kind == "name"
            and org_kinds.get(r.key or "") in _GENERIC
        ]
        if following:
            return Reference(ref.start, ref.end, ref.text, following[0].key, "organisation")
    return None


def _passing_owner(body: str, target: Reference) -> bool:
    """Is ``target`` written as the owner of another capitalised name ("the Ministry of Interior's Supply
    Police") inside a sentence, not as the subject opening it?"""
    if (
        not body
        or not body.startswith(("'s ", "’s "), target.end)
        or not body[target.end + 3 : target.end + 4].isupper()
    ):
        return False
    before = body[max(0, target.start - 6) : target.start]
    return not (target.start == 0 or before.endswith(("\n", ". ", "The ", "\nthe ")))


_GENERIC = frozenset(["organisation"])
# Modifiers that say only how far a body reaches ("the district office"), not what it does.
_SCOPE_WORDS = frozenset(
    [
        "district",
        "regional",
        "local",
        "state",
        "national",
        "provincial",
        "federal",
        "county",
        "city",
        "central",
    ]
)
# Government heads that a body's name holds ("Ministry of Interior"): "the ministry" is one so named,
# when one is, rather than any body of its kind named since.
_OWN_WORD_HEADS = frozenset(["ministry", "department"])
# Heads of a unit of a larger body: "the district relief office" names its own work in its modifier.
_UNIT_HEADS = frozenset(["office", "unit", "desk", "cell"])
# "Acme, a joint venture between Roe Mining and Lee Metals, said …": the description set off after a name.
_APPOSITIVE_OPEN = re.compile(r", (?:a|an) [^,.;:()“”\"]{0,120}")


def _appositive_head(
    target: Reference,
    org_kinds: dict[str, str],
    kinds: frozenset[str] | None,
    last_before: Callable[..., Reference | None],
    body: str,
) -> Reference | None:
    """The organisation a description set off after it names ``target`` in: "the company" after "Acme, a
    joint venture between Roe Mining and Lee Metals, …" is Acme, the sentence's subject, not its owners."""
    if not body or body[target.start - 2 : target.start] == ", ":
        return None
    floor = max(body.rfind(". ", 0, target.start), body.rfind("\n", 0, target.start)) + 1
    opening = body.find(", a", floor, target.start)
    if opening < 0:
        return None
    head = last_before(opening + 1, lambda r: r.type == "organisation" and r.end == opening, floor=floor)
    if (
        head is None
        or head.key == target.key
        or (kinds is not None and org_kinds.get(head.key or "") not in kinds | _GENERIC)
        or _APPOSITIVE_OPEN.fullmatch(body, opening, target.start) is None
    ):
        return None
    return head


# "published on the Botswana Stock Exchange (": the name, or its acronym in brackets after it.
_PUBLISHED_ON = re.compile(r"\b(?:published|posted) on (?:the )?(?:[A-Z][\w’'&.-]* ){0,6}\(?$")


# A stock exchange is "the exchange" or "the bourse", never "the company" whose shares it lists.
_EXCHANGE_ENDINGS = ("Stock Exchange", "Securities Exchange")
_EXCHANGE_WORDS = frozenset(["exchange", "bourse", "operator"])


def _descriptor_in_context(
    ref: ReferenceMention,
    word: str,
    org_kinds: dict[str, str],
    references: list[Reference],
    last_before: Callable[..., Reference | None],
    body: str,
    exchanges: frozenset[str] = frozenset(),
) -> Reference | None:
    """What the words around a description settle before its kind is weighed: a name in apposition
    or right after it, or what the same description named last."""
    beside = _named_beside(ref, references, body)
    if beside is not None:
        return beside
    # "the union" again: the organisation the last "the union" was, unless one of its kind was named since.
    same = last_before(ref.start, _SameDescriptor(word))
    if same is not None:
        by_kind = last_before(ref.start, _organisation_of_kind(org_kinds, ref.org_kinds))
        if (
            by_kind is None
            or by_kind.start < same.start
            # "the group's results, published on the Botswana Stock Exchange's news service": where it
            # was published is no body of its kind that the description could now stand for.
            or _PUBLISHED_ON.search(body, max(0, by_kind.start - 80), by_kind.start) is not None
            or (by_kind.key in exchanges and word.split()[-1] not in _EXCHANGE_WORDS)
        ):
            return Reference(ref.start, ref.end, ref.text, same.key, same.type)
    return None


# "a report by the Rivers Trust", "In a statement, the BJP's state unit said": who issued the document.
_ISSUED_BY = re.compile(
    r" (?:(?:issued|published|written|released|compiled|commissioned|submitted|prepared|presented|filed|tabled) )?"
    r"(?:by|from) (?:the )?"
)
# "In a statement sent to newsrooms on Tuesday, Roe said": how the document went out may come between.
_FRONTED_DOCUMENT = re.compile(
    r"(?: (?:sent|issued|released|posted|published|shared|circulated) [^,.;:“”\"]{1,60}"
    # "In a statement earlier this month, the ministry said": when it was issued.
    r"| (?:earlier|later|last|this|on) [^,.;:“”\"]{1,40})?, "
    r"(?:the |(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.? )?"
)


def _pronoun_at(references: list[Reference], position: int) -> Reference | None:
    """The resolved pronoun starting at ``position``, if one does."""
    index = bisect.bisect_left(references, position, key=lambda r: r.start)
    while index < len(references) and references[index].start == position:
        if references[index].kind == "pronoun" and references[index].key:
            return references[index]
        index += 1
    return None


def _document_issuer(ref: ReferenceMention, references: list[Reference], body: str) -> Reference | None:
    if not body:
        return None
    by = _ISSUED_BY.match(body, ref.end)
    fronted = None if by else _FRONTED_DOCUMENT.match(body, ref.end)
    if fronted is not None and not body[max(0, ref.start - 3) : ref.start].lower().endswith("in "):
        fronted = None  # only "In a statement, X said …" names its issuer after the comma
    match = by or fronted
    if match is None:
        return None
    index = bisect.bisect_left(references, match.end(), key=lambda r: r.start)
    if index < len(references):
        issuer = references[index]
        if (
            fronted is not None
            and issuer.start == match.end()
            and issuer.type == "organisation"
            and index + 1 < len(references)
        ):
            # "In a statement, Acme district secretary Jane Roe said …": the post holder the body's name
            # and her post lead to issued it, not the body.
            holder = references[index + 1]
            if (
                holder.type == "person"
                and holder.kind == "name"
                and holder.key
                and _LOWER_POST_BETWEEN.fullmatch(body, issuer.end, holder.start) is not None
                and _SAID_AFTER_NAME.match(body, holder.end) is not None
            ):
                return Reference(ref.start, ref.end, ref.text, holder.key, "person")
        if issuer.start == match.end() and issuer.type == "organisation" and issuer.kind == "name":
            return Reference(ref.start, ref.end, ref.text, issuer.key, "organisation")
        if fronted is not None and issuer.start == match.end() and issuer.type == "person" and issuer.key:
            # "In a statement, Dr Roe said …": the statement is hers.
            return Reference(ref.start, ref.end, ref.text, issuer.key, "person")
    post = _POST_THEN_NAME.match(body, match.end()) if by is not None else None
    if post is not None:
        # "a report from the city's chief financial officer, Priyanka Roe": the post, then its holder.
        index = bisect.bisect_left(references, post.end(), key=lambda r: r.start)
        if index < len(references):
            issuer = references[index]
            if (
                issuer.start == post.end()
                and issuer.type == "person"
                and issuer.kind == "name"
                and issuer.key
            ):
                return Reference(ref.start, ref.end, ref.text, issuer.key, "person")
    return None


# " district secretary ": a post in lower case between a body's name and its holder's.
_LOWER_POST_BETWEEN = re.compile(r"(?:\([A-Za-z]{1,4}\))?(?:[’']s)? (?:[a-z][\w-]* ){1,4}")  # "CPI(M)"
_SAID_AFTER_NAME = re.compile(r" (?:said|says|stated|added)\b")
# "the city's chief financial officer, ": a post in lower case (after a possessor), then a comma.
_POST_THEN_NAME = re.compile(r"(?:[A-Za-z][\w-]*[’']s )?(?:[a-z][\w-]* ){0,4}[a-z][\w-]*, ")


# "filed with the Ministry of Transport", "submitted to the regulator": the body a document went to.
_RECIPIENT_BEFORE = re.compile(
    r"\b(?:filed|lodged|submitted|sent|addressed|delivered|presented|handed) (?:with|to) (?:the )?$"
)
# "40 MPs signed a letter", "residents have written to …": a document its signers wrote; the verb,
# then its optional "have", end right before the document.
_SIGNED_BEFORE = re.compile(r"(?: (?:have|has|had))? (?:signed|co-signed|wrote|written|penned|drafted) $")


_SUMMIT_DOCUMENTS = frozenset(
    ["the communiqué", "the communique", "the final communiqué", "the final communique"]
)


# "According to a report to the cabinet, a survey …": a document the text gives only its recipient;
# whoever was named last did not write it.
_ADDRESSED_ONLY = re.compile(r" to (?:the |a |an )?[a-z][\w-]*(?: [a-z][\w-]*)?,")


# "Jane Roe said in a statement": the one who said it issued it ("Jane Roe, its secretary, said in …":
# after the comma closing an appositive too).
_SAID_IN_BEFORE = re.compile(r",? (?:said|says|added|stated|wrote|writes) (?:in|on) $")
# ", who did not attend the session,": a relative clause between a name and its verb.
_WHO_CLAUSE_BEFORE = re.compile(r", who [^,.;:“”\"]{1,100}$")


def _person_ending_at(position: int) -> Callable[[Reference], bool]:
    return lambda r: r.end == position and r.type == "person"


def _organisation_ending_at(position: int) -> Callable[[Reference], bool]:
    return lambda r: r.end == position and r.type == "organisation"


def _unissued_before(
    ref: ReferenceMention,
    word: str,
    last_before: Callable[[int, Callable[[Reference], bool]], Reference | None],
) -> bool:
    """ "MPs signed a letter …. The letter says": "the letter" is the one before, which no organisation
    issued."""
    if not word.startswith(("the ", "this ")):
        return False
    head = word.rsplit(" ", 1)[-1]
    earlier = last_before(ref.start, lambda r: r.kind == "document" and r.text.lower().endswith(head))
    return earlier is not None and earlier.type is None


def _named_before(organisation: OrganisationEntity, position: int) -> bool:
    """Was the organisation named before ``position``? A description points back, not ahead."""
    return bool(organisation.mentions) and organisation.mentions[0].start < position


def _named_beside(ref: ReferenceMention, references: list[Reference], body: str) -> Reference | None:
    """ "the Rivers Association, the union that …" and "the statistics agency Statnor": a description
    in apposition to the name right before it, or followed by the name itself."""
    if not body:
        return None
    index = bisect.bisect_left(references, ref.start, key=lambda r: r.start)
    if body.startswith(" ", ref.end) and index < len(references):
        after = references[index]
        if after.start == ref.end + 1 and after.type == "organisation" and after.kind == "name":
            return Reference(ref.start, ref.end, ref.text, after.key, "organisation")
    if index > 0 and body.startswith(", ", ref.start - 2):
        before = references[index - 1]
        if before.end == ref.start - 2 and before.type == "organisation" and before.kind == "name":
            return Reference(ref.start, ref.end, ref.text, before.key, "organisation")
    return None


def _outside(accept: Callable[[Reference], bool], start: int, end: int) -> Callable[[Reference], bool]:
    return lambda r: accept(r) and not start <= r.start < end


def _person_of_gender(gender_of: dict[str, str], wanted: str) -> Callable[[Reference], bool]:
    """Accepts a person whose gender is ``wanted`` or unknown ("he" may be a Jordan Lee), but not
    through a pronoun of the other gender: a "she" is never what a later "he" stands for."""
    other = _FEMALE if wanted == "m" else _MALE
    return lambda r: (
        r.type == "person"
        and gender_of.get(r.key or "", "u") in (wanted, "u")
        and not (r.kind == "pronoun" and r.text.lower() in other)
    )


@dataclass(frozen=True, slots=True, eq=False)
class _OfKind:
    """Accepts an organisation of one of ``kinds`` ("the union" is a union)."""

    org_kinds: dict[str, str]
    kinds: frozenset[str]

    def __call__(self, r: Reference) -> bool:
        return r.type == "organisation" and self.org_kinds.get(r.key or "") in self.kinds


def _organisation_of_kind(org_kinds: dict[str, str], kinds: frozenset[str]) -> Callable[[Reference], bool]:
    """Accepts an organisation of one of ``kinds`` ("the union" is a union)."""
    return _OfKind(org_kinds, kinds)


@dataclass(frozen=True, slots=True, eq=False)
class _SameDescriptor:
    """Accepts a resolved description written ``word`` ("the union" again)."""

    word: str

    def __call__(self, r: Reference) -> bool:
        return r.kind == "descriptor" and bool(r.key) and r.text.lower() == self.word


class _RefIndex:
    """References by group, each group in the order of the article's reference list, kept in step
    with it as references are inserted: the last one of a group before a position is a bisection."""

    def __init__(self) -> None:
        self.groups: dict[tuple[str, str | None], tuple[list[int], list[Reference]]] = {}

    def add(self, group: tuple[str, str | None], reference: Reference) -> None:
        starts, refs = self.groups.setdefault(group, ([], []))
        if not starts or starts[-1] <= reference.start:
            starts.append(reference.start)
            refs.append(reference)
            return
        at = bisect.bisect_right(starts, reference.start)
        starts.insert(at, reference.start)
        refs.insert(at, reference)

    def last(self, group: tuple[str, str | None], position: int, floor: int = 0) -> Reference | None:
        """The last reference of ``group`` starting in [floor, position)."""
        found = self.groups.get(group)
        if found is None:
            return None
        index = bisect.bisect_left(found[0], position) - 1
        return found[1][index] if index >= 0 and found[0][index] >= floor else None

    def last_of(
        self, groups: list[tuple[str, str | None]], position: int, floor: int
    ) -> tuple[bool, Reference | None]:
        """The last reference of any of ``groups`` in [floor, position), after whether it is
        ambiguous: two groups' last ones starting together (their order is the reference list's)."""
        best: Reference | None = None
        for group in groups:
            found = self.last(group, position, floor)
            if found is None:
                continue
            if best is not None and found.start == best.start:
                return True, None
            if best is None or found.start > best.start:
                best = found
        return False, best


_SPEECH_AFTER = (" said", " says", " told")
# A sentence that ends on its own attribution ("He then moved the money abroad, the prosecutor said.")
# goes on with what the speaker reported, not with the speaker.
_TAIL_ATTRIBUTION = re.compile(
    r", (?:the [A-Za-z][\w-]*(?: [a-z][\w-]*)?|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) (?:said|says|added)\.[”\"’]?\s*$"
)
# "Roe said Lee had …": the subject of the reported clause, right after the verb.
_SAID_THEN_SUBJECT = re.compile(r" (?:said|says|told the court|told reporters)(?: that)? ")
# A clause before the subject it belongs to: its pronouns point forward to that subject.
_FRONTED_CLAUSES = ("Asked ", "Pressed ", "Questioned ")
_SUBORDINATE_OPENINGS = (
    "When ",
    "As ",
    "After ",
    "Before ",
    "While ",
    "Once ",
    "Although ",
    "Though ",
    "Until ",
)
_QUOTE_MARKS = frozenset("“”‘’\"'")
# "Under cross-examination by counsel Jane Roe, the witness was asked …": the questioner, in a phrase
# that opens the sentence, is not its subject; who was asked answers next.
_QUESTIONED_BY_OPENING = re.compile(
    r"(?:Under (?:cross-examination|re-examination|questioning)|(?:Cross-examined|Questioned) by|"
    r"In response to (?:a question|questions) from)[^,;“”\"\n]{0,100}, "
)


# "wrote on Telegram", "said via X", "KYIV (Reuters) -": a platform an item went out on, or the
# agency credited in a dateline, is not what a later "it" stands for.
_MEDIUM_BEFORE = (" on ", " via ")
_CREDIT_AFTER = (") -", ") –", ") —")
# "told the Stock Exchange": the body spoken to, no actor a later "it" stands for.
_TOLD_LISTENER = (" told ", " told the ")


def _medium_not_actor(body: str, reference: Reference) -> bool:
    if body[max(0, reference.start - 4) : reference.start] in _MEDIUM_BEFORE:
        return True
    if body.endswith(_TOLD_LISTENER, max(0, reference.start - 10), reference.start):
        return True  # "the company told the stock exchange …. According to its filing": the teller's
    return body[reference.start - 1 : reference.start] == "(" and body.startswith(
        _CREDIT_AFTER, reference.end
    )


def _inside_closed_quote(body: str, end: int, position: int) -> bool:
    """Does a quote close between ``end`` and ``position`` before any opens: is the mention quoted?

    In "‘The governor and I agree,’ she said", "she" is the speaker, not the governor she mentions.
    """
    for at in range(end, position):
        mark = body[at]
        if mark not in _QUOTE_MARKS:
            continue
        if mark in "“‘":
            return False
        after = body[at + 1 : at + 2]
        if mark in "’'" and after.isalpha():
            continue  # an apostrophe: "Roe’s", "don’t"
        # A straight mark after a space opens a quote; any other mark here closes one.
        return not (mark == '"' and body[at - 1 : at].isspace())
    return False


def _in_double_quotes(body: str, position: int) -> bool:
    """Is ``position`` inside a double-quoted passage of its paragraph (single marks are left out:
    they are as often apostrophes, "Growers' Federation")?"""
    opening = body.rfind("\n", 0, position) + 1
    if body.rfind("“", opening, position) > body.rfind("”", opening, position):
        return True
    return body.count('"', opening, position) % 2 == 1


_CLOSED_BEFORE = re.compile(r"[,.?!—–-] ?[”\"’']\s*$")


def _quote_closed_before(body: str, position: int) -> tuple[int, int] | None:
    """Where the quote that closes right before ``position`` opens and closes, if one does.

    In "\u201cWe gave Roe two lives. …,\u201d he said", "he" is the speaker, and no one the quote
    names, in this sentence or in an earlier one the quote spans."""
    closed = _CLOSED_BEFORE.search(body, max(0, position - 5), position)
    if closed is None:
        return None
    close = closed.end() - 1
    while body[close].isspace():
        close -= 1
    mark = body[close]
    opener = {"”": "“", '"': '"', "’": "‘", "'": "'"}[mark]
    paragraph = body.rfind("\n", 0, close) + 1
    opened = body.rfind(opener, paragraph, close)
    if opened < 0 or (mark in "’'" and body[opened - 1 : opened].isalpha()):
        return None
    return opened, close


def resolve(
    mentions: Mentions,
    body: str = "",
    contacts: tuple[PressContact, ...] = (),
    contact_organisations: tuple[str, ...] = (),
) -> Resolution:
    """One entity per person, organisation and place; every reference tied to its entity.

    ``body`` (the article's text) lets pronouns pass over possessives ("Roe's lawyer"); ``contacts`` are
    the press officers a release's closing contact block names (people of the story, outside the body),
    ``contact_organisations`` the bodies it names with no one under them.
    """
    named_as_orgs = _people_named_as_orgs(mentions, body)
    if named_as_orgs:
        organisations = tuple(o for o in mentions.organisations if o.start not in named_as_orgs)
        org_entities, org_keys, org_forms, org_kinds = _resolve_orgs(organisations)
    else:
        org_entities, org_keys, org_forms, org_kinds = _resolve_orgs(mentions.organisations)
    person_keys, person_groups = _resolve_people(mentions.people, body)
    gender_of: dict[str, str] = {}
    for key, group in person_groups.items():
        gender_of[key] = next((p.gender for p in group if p.gender != "u"), "u")
        if len(group) > 1 and body:
            # "Nura Roe … Mr Roe said": a style the article gives outranks a guess from the given name.
            for person in group:
                style = _GENDERED_STYLE_BEFORE.search(body, max(0, person.start - 6), person.start)
                if style is not None:
                    gender_of[key] = "f" if style.group("style") in _FEMALE_STYLES else "m"
                    break
        if gender_of[key] == "u" and body:
            # "His eldest daughter, Ndeshipanda Roe, …": the kin word right before the name says which.
            for person in group:
                kin = _KIN_BEFORE_NAME.search(body, max(0, person.start - 40), person.start)
                if kin is not None:
                    gender_of[key] = "f" if kin.group("kin") in _FEMALE_KIN else "m"
                    break

    # Every word of every title a person was given: "the judge" is the one titled "Judge".
    title_words: dict[str, set[str]] = {
        key: {word for p in group for title in p.titles for word in _title_words(title)}
        for key, group in person_groups.items()
    }
    for words in title_words.values():
        if "justice" in words:
            words.add("judge")  # "Justice Jane Roe … the judge said": a judge styled by her court's title
    references: list[Reference] = [
        Reference(p.start, p.end, p.name, person_keys[p.start], "person") for p in mentions.people
    ] + [
        Reference(o.start, o.end, o.name, org_keys[o.start], "organisation")
        if o.start not in named_as_orgs
        else Reference(o.start, o.end, o.name, person_keys[named_as_orgs[o.start]], "person")
        for o in mentions.organisations
    ]
    references.sort(key=lambda r: r.start)
    dominant = _dominant_org(references)

    reference_starts = [r.start for r in references]  # kept in step with ``references``
    # Indexes built when first asked for (many articles need none), then kept in step with ``references``.
    ref_index: _RefIndex | None = None
    named_people: _NamedPeople | None = None
    org_heads: _OrgHeads | None = None
    # Stock exchanges named: where a company is listed or files, never "the company" or its "its".
    exchanges = frozenset(o.key for o in org_entities if o.name.endswith(_EXCHANGE_ENDINGS))
    role_words: dict[str, list[str]] = {}  # person key → the words of its titles, sorted

    def add_to_index(index: _RefIndex, reference: Reference) -> None:
        if reference.type == "organisation":
            index.add(("kind", org_kinds.get(reference.key or "")), reference)
            if reference.key:
                index.add(("organisation", None), reference)
        if reference.kind == "descriptor" and reference.key:
            index.add(("descriptor", reference.text.lower()), reference)
        if reference.type == "person" and reference.key:
            words = role_words.get(reference.key)
            if words is None:
                words = role_words[reference.key] = sorted(title_words.get(reference.key, ()))
            for word in words:
                index.add(("titled", word), reference)

    def indexed() -> _RefIndex:
        nonlocal ref_index
        if ref_index is None:
            ref_index = _RefIndex()
            for reference in references:
                add_to_index(ref_index, reference)
        return ref_index

    def last_before(position: int, accept: Callable[[Reference], bool], floor: int = 0) -> Reference | None:
        """The last reference starting in [floor, position) that ``accept`` takes."""
        if isinstance(accept, _SameDescriptor):
            return indexed().last(("descriptor", accept.word), position, floor)
        if isinstance(accept, _OfKind) and accept.org_kinds is org_kinds:
            ambiguous, found = indexed().last_of([("kind", kind) for kind in accept.kinds], position, floor)
            if not ambiguous:
                return found
        return scan_before(position, accept, floor)

    def scan_before(position: int, accept: Callable[[Reference], bool], floor: int = 0) -> Reference | None:
        index = bisect.bisect_left(reference_starts, position) - 1
        while index >= 0 and references[index].start >= floor:
            if accept(references[index]):
                return references[index]
            index -= 1
        return None

    def scan_after(floor: int, limit: int, accept: Callable[[Reference], bool]) -> Reference | None:
        """The first reference starting in [floor, limit) that ``accept`` takes."""
        index = bisect.bisect_left(reference_starts, floor)
        while index < len(references) and references[index].start < limit:
            if accept(references[index]):
                return references[index]
            index += 1
        return None

    starts = mentions.sentence_starts

    def antecedent(position: int, accept: Callable[[Reference], bool]) -> Reference | None:
        """What a pronoun refers to: the nearest fit earlier in its own sentence, else the subject
        (the first fit, not a possessive) of the nearest earlier sentence with one: in "Roe met Lee.
        He said…", "He" is Roe."""
        index = bisect.bisect_right(starts, position) - 1
        if index < 0:
            return last_before(position, accept)
        quoted = _quote_closed_before(body, position)
        if quoted is not None:
            accept = _outside(accept, *quoted)
        same = last_before(
            position,
            lambda r: accept(r) and not _inside_closed_quote(body, r.end, position),
            floor=starts[index],
        )
        if (
            same is not None
            and same.start > starts[index]
            and (
                _CLAUSE_JOIN_BEFORE.search(body, max(same.end, position - 16), position)
                # "Roe complained that the referee failed to punish what he called “a clear foul”":
                # the words are the speaker's, the subject the sentence opened with.
                or (
                    body.endswith(("what ", "which "), 0, position)
                    and body.startswith(_NAMING_AFTER, position + len(body[position:].split(" ", 1)[0]))
                )
            )
        ):
            # "Coach Roe refused to blame referee Lee for the call, though he said …": after a joining word,
            # "he" goes on with the subject the sentence opened with, not the object named since.
            first = scan_after(starts[index], same.start, accept)
            if first is not None and _SUBJECT_OPENING.fullmatch(body, starts[index], first.start):
                return first
        if same is not None:
            return same
        sentence_end = starts[index + 1] if index + 1 < len(starts) else len(body)
        reported = _TAIL_ATTRIBUTION.search(body, max(position, sentence_end - 80), sentence_end)
        outside_quotes = position == starts[index] and not body.startswith(("“", '"'), position)
        for previous in range(index - 1, max(-1, index - 6), -1):
            low, high = starts[previous], starts[previous + 1]
            governed = None  # the first fit after a preposition: the sentence's subject only if no other
            # "When the judge asked whether she wished to speak, Roe turned …": a fronted clause's
            # pronoun looks ahead to the main clause's subject, which is the sentence's subject.
            fronted_end = body.find(", ", low, high) if body.startswith(_SUBORDINATE_OPENINGS, low) else -1
            questioned = (
                _QUESTIONED_BY_OPENING.match(body, low, high)
                if body.startswith(("Under ", "Cross-", "Questioned ", "In response "), low)
                else None
            )
            for at in range(bisect.bisect_left(reference_starts, low), len(references)):
                reference = references[at]
                if reference.start >= high:
                    break
                if (
                    accept(reference)
                    and body[reference.end : reference.end + 2] not in ("'s", "’s")
                    # "A trader who gave his name as Roe said …": a possessive pronoun is no subject.
                    and reference.text not in _POSSESSIVE_PRONOUNS
                    # "“… working with him,” said Roe. He added …": one the sentence's quote speaks of
                    # is not the subject a pronoun of the narrative after it goes on with.
                    and not (outside_quotes and _in_double_quotes(body, reference.start))
                ):
                    if (reference.kind == "pronoun" and reference.start < fronted_end) or (
                        questioned is not None and reference.start < questioned.end()
                    ):
                        governed = governed or reference
                        continue
                    # "The press secretary to the governor, Jane Roe, said …": "the governor" is the
                    # object of a preposition inside the subject's title, not the subject.
                    if _GOVERNED_BEFORE.search(body, max(low, reference.start - 6), reference.start):
                        governed = governed or reference
                        continue
                    said = _SAID_THEN_SUBJECT.match(body, reference.end) if reported else None
                    if said is not None and at + 1 < len(references):
                        # "Roe said Lee had forged the invoices. He then …, the prosecutor said": "He"
                        # goes on with the reported clause's subject, Lee.
                        subject = references[at + 1]
                        if subject.start == said.end() and accept(subject):
                            return subject
                    return reference
            if questioned is not None and (governed is None or governed.start < questioned.end()):
                # "Under cross-examination by Roe, the witness was asked …. “…,” he replied": the one
                # asked, whom the sentence did not name, answers; never the questioner.
                return None
            if governed is not None:
                return governed
        return last_before(position, accept)

    def fronted_subject(position: int, accept: Callable[[Reference], bool]) -> Reference | None:
        """In "Asked whether she would stay, Roe said …", "she" is the main clause's subject, named after."""
        index = bisect.bisect_right(starts, position) - 1
        sentence_start = starts[index] if index >= 0 else 0
        if not body.startswith(_FRONTED_CLAUSES, sentence_start):
            return None
        limit = starts[index + 1] if index + 1 < len(starts) else len(body)
        comma = body.find(", ", position, limit)
        while comma >= 0:  # "Asked about X, which …, Roe said": the subject follows one of the commas
            at = bisect.bisect_left(reference_starts, comma + 2)
            if at < len(references) and references[at].start == comma + 2 and accept(references[at]):
                return references[at]
            comma = body.find(", ", comma + 2, limit)
        return None

    def speaking_org(position: int) -> Reference | None:
        """ "Shares in A and B fell, and the C federation said …. Its chairman …": "Its" is the
        organisation that spoke in the sentence before, not the first one named there."""
        index = bisect.bisect_right(starts, position) - 1
        if index < 1 or position != starts[index]:
            return None
        spoke = None
        for at in range(bisect.bisect_left(reference_starts, starts[index - 1]), len(references)):
            reference = references[at]
            if reference.start >= position:
                break
            if reference.type == "organisation" and body.startswith(_SPEECH_AFTER, reference.end):
                spoke = reference
        return spoke

    def document_opening_before(position: int) -> Reference | None:
        """The document ("The letter") that opens the sentence before the one ``position`` opens."""
        index = bisect.bisect_right(starts, position) - 1
        if index < 1 or position != starts[index]:
            return None
        at = bisect.bisect_left(reference_starts, starts[index - 1])
        if (
            at < len(references)
            and references[at].start == starts[index - 1]
            and references[at].kind == "document"
        ):
            return references[at]
        return None

    epithet_titles: dict[str, list[str]] = {}  # person key → roles only "the Norwegian singer" gives
    works_at: dict[int, str] = {}  # where the workplace after "she works as a nurse at" starts → her key
    for ref in mentions.references:
        word = ref.text.lower()
        target: Reference | None = None
        if ref.kind == "pronoun":
            if _STYLE_AFTER.match(body, ref.end):
                pass  # "Her Excellency Jane Roe": a style of address before the name, no one earlier
            elif word in _MALE or word in _FEMALE:
                wanted = "m" if word in _MALE else "f"
                accept = _person_of_gender(gender_of, wanted)
                target = fronted_subject(ref.start, accept) or antecedent(ref.start, accept)
                if (
                    target is not None
                    and target.key
                    and gender_of.get(target.key, "u") == "u"
                    # "“… He treated it as his own,” the judge said": a pronoun in a quote is most often
                    # someone the speaker talks about, so it tells nothing of whom it was resolved to.
                    and not _inside_closed_quote(body, ref.end, min(len(body), ref.end + 600))
                ):
                    # "Sam Roe … He was 84. …, she said": once "he" is Roe, a later "she" is not.
                    gender_of[target.key] = wanted
            elif word == "it" and (document := document_opening_before(ref.start)) is not None:
                # "The letter, signed by 40 MPs, urges …. It says …": "It" is the document the sentence
                # before opened with, and stands for whoever issued it, if anyone.
                target = document if document.type is not None else None
            elif word in ("it", "its"):
                target = (speaking_org(ref.start) if word == "its" else None) or antecedent(
                    ref.start,
                    lambda r: (
                        r.type == "organisation" and r.key not in exchanges and not _medium_not_actor(body, r)
                    ),
                )
        elif ref.kind == "descriptor":
            if org_heads is None:
                org_heads = _OrgHeads(org_entities, body)
            target = _descriptor_in_context(
                ref, word, org_kinds, references, last_before, body, exchanges
            ) or _descriptor_target(
                ref, word, org_entities, org_kinds, references, last_before, body, org_heads
            )
            if (
                target is not None
                and target.key in exchanges
                and word.split()[-1] not in _EXCHANGE_WORDS
                and ref.kind == "descriptor"
            ):
                # "listed on the Athens Stock Exchange … the company said": a company is listed on an
                # exchange or files with it; "the company" is the one of its kind named before it.
                kinds = ref.org_kinds | _GENERIC

                def listed(r: Reference, kinds: frozenset[str] = kinds) -> bool:
                    return (
                        r.type == "organisation"
                        and r.key not in exchanges
                        and org_kinds.get(r.key or "") in kinds
                    )

                target = last_before(ref.start, listed)
                if target is not None:
                    target = Reference(ref.start, ref.end, ref.text, target.key, "organisation")
        elif ref.kind == "role":
            if named_people is None:
                named_people = _NamedPeople(references)
            at = bisect.bisect_left(reference_starts, ref.end + 1)
            if (
                _AGE_ALONE.fullmatch(ref.text)
                and at < len(references)
                and references[at].start == ref.end + 1
                and references[at].type == "person"
                and references[at].key
            ):
                # "The 31-year-old Kittisak, who …, said": the age describes the name right after it.
                named = references[at]
                target = Reference(named.start, named.end, named.text, named.key, "person")
            else:
                target = _role_target(ref.text, ref.start, body, indexed(), named_people, antecedent)
            epithet = _EPITHET.match(ref.text)
            role = epithet.group("role") if epithet else None
            if role and target is not None and target.type == "person" and target.key:
                epithet_titles.setdefault(target.key, []).append(role)
        else:  # a statement or report: the organisation behind it
            target = _document_issuer(ref, references, body)
            signed = (
                _SIGNED_BEFORE.search(body, max(0, ref.start - 24), ref.start) if target is None else None
            )
            said_in = (
                _SAID_IN_BEFORE.search(body, max(0, ref.start - 16), ref.start)
                if target is None and signed is None and word.startswith(("a ", "an "))
                else None
            )
            if said_in is not None:
                # "Health Minister Jane Roe said in a statement that …": the statement is hers.
                target = last_before(
                    said_in.start(), _person_ending_at(said_in.start()), floor=max(0, said_in.start() - 60)
                )
                who = (
                    _WHO_CLAUSE_BEFORE.search(body, max(0, said_in.start() - 120), said_in.start())
                    if target is None
                    else None
                )
                if who is not None:
                    # "Ms Roe, who did not attend the session, said in a statement …": past her clause.
                    target = last_before(
                        who.start(), _person_ending_at(who.start()), floor=max(0, who.start() - 60)
                    )
            if target is not None:
                pass
            elif signed is not None:
                # "40 MPs signed a letter": its signers wrote it, not the organisation named last; one
                # organisation named right before the verb is ("the union wrote a letter").
                target = last_before(
                    signed.start(),
                    _organisation_ending_at(signed.start()),
                    floor=max(0, signed.start() - 120),
                )
            elif (
                target is None
                and not _unissued_before(ref, word, last_before)
                and not word.startswith("a joint ")
                and not _ADDRESSED_ONLY.match(body, ref.end)
            ):
                # "a joint communiqué read by the mediators": several parties issued it, no one body ("That
                # joint statement" points back to one whose issuer the article gave).
                if word in _SUMMIT_DOCUMENTS:
                    # "…, according to the communiqué": a summit's closing text is the gathering's, the
                    # body the story is about, not the last one it named nor the last report.
                    gathering = dominant or _dominant_org(references)
                    if gathering:
                        target = Reference(ref.start, ref.end, ref.text, gathering, "organisation")
                if target is None and word.startswith(("the ", "this ")):
                    # "according to the statement": the statement the article mentioned before.
                    target = last_before(
                        ref.start, lambda r: r.kind == "document" and r.type in ("organisation", "person")
                    )
                if target is None and word.startswith("its "):
                    # "according to its filing": the filing is the body "its" stands for.
                    owner = _pronoun_at(references, ref.start)
                    if owner is not None and owner.type == "organisation":
                        target = Reference(ref.start, ref.end, ref.text, owner.key, "organisation")
                if target is None:
                    target = last_before(ref.start, lambda r: r.type == "organisation" and r.kind == "name")
                    if target is not None:
                        target = _appositive_head(target, org_kinds, None, last_before, body) or target
                    if target is not None and _RECIPIENT_BEFORE.search(
                        body, max(0, target.start - 24), target.start
                    ):
                        # "The recall, filed with the Ministry …, according to the filing": the document
                        # went to that body; it did not issue it.
                        target = None
                    elif target is None and dominant:
                        target = Reference(ref.start, ref.end, ref.text, dominant, "organisation")
        if ref.kind == "pronoun" and target is not None and target.key and word in ("he", "she"):
            job = _WORKS_AS.match(body, ref.end) if " as a" in body[ref.end : ref.end + 32] else None
            if job and not NOT_JOBS & set(job.group("role").split()):
                epithet_titles.setdefault(target.key, []).append(job.group("role"))
                if job.end() > job.end("role"):
                    works_at[job.end()] = target.key
        at = bisect.bisect_right(reference_starts, ref.start)
        reference_starts.insert(at, ref.start)
        added = Reference(
            ref.start,
            ref.end,
            ref.text,
            target.key if target else None,
            target.type if target else None,
            ref.kind,
        )
        references.insert(at, added)
        if ref_index is not None:
            add_to_index(ref_index, added)

    settled_dominant = _dominant_org(references) or dominant  # now "the company" and "it" count too
    # "She founded Acme Partnership in 1978": a tie stated with the person (or "she") as subject.
    stated_ties: dict[str, list[str]] = {}
    for reference, following in pairwise(references):
        # The cheap tests first: a person, then an organisation a few words on.
        if not (
            following.type == "organisation"
            and reference.type == "person"
            and reference.key
            and following.key
        ):
            continue
        gap = following.start - reference.end
        # The two cues open differently (a space, a comma), so at most one matches.
        if gap < 24 and body.startswith(" ", reference.end):
            tie = _TIE_VERB_AFTER.match(body, reference.end)
        elif gap < 40 and body.startswith(",", reference.end):
            tie = _ATTACHED_AFTER.match(body, reference.end)
        else:
            continue
        if tie is not None and tie.end() == following.start:
            if tie.group().endswith(("directed ", "directs ", "directed the ", "directs the ")) and (
                _ORDERED_TO.match(body, following.end)
            ):
                continue  # "Justice Roe directed the Inspector General of Police to ensure …": an order
            stated_ties.setdefault(reference.key, []).append(following.key)
    if " (" in body:
        _scorers_of_teams(body, references, stated_ties)
    for reference in references if works_at else ():
        holder = works_at.get(reference.start)
        if holder and reference.type == "organisation" and reference.key:
            stated_ties.setdefault(holder, []).append(reference.key)
    courts = frozenset(o.key for o in org_entities if _COURT_NAME.search(o.name))
    people: list[PersonEntity] = []
    settled: _SettledReferences | None = None
    media: set[str] | None = None  # the news media the article names (read when first needed)
    for key, group in person_groups.items():
        full = next((p for p in group if not p.partial), group[0])
        titles: list[str] = []
        affiliations: list[Affiliation] = []
        for mention in group:
            for title in mention.titles:
                if title not in titles:
                    titles.append(title)
        for role in epithet_titles.get(key, ()):
            if not any(role in title.lower().split() for title in titles):
                titles.append(role)
        for mention in group:
            for org_text, role in mention.affiliations:
                org_key = org_forms.get(org_text) or org_forms.get(_strip_suffix(org_text))
                if org_key is None:
                    if settled is None:
                        settled = _SettledReferences(references, org_kinds)
                    org_key = _possessive_org(org_text, mention.start, settled, antecedent, org_kinds)
                if org_key and all(a.organisation_key != org_key for a in affiliations):
                    affiliations.append(Affiliation(org_key, role))
        if not affiliations and titles:
            org_key = _fronted_workplace(body, full.start, references)
            if org_key:
                affiliations.append(Affiliation(org_key, titles[0]))
        if not affiliations:
            # A post named with no organisation ("chief executive Jane Roe said") belongs to the
            # organisation the paragraph was just about, else to the one the article is about.
            first = min(m.start for m in group)
            for title in titles:
                if title.split()[0].lower() == "government":
                    break  # "Government spokeswoman": the government is no organisation the article names
                if media is None:
                    media = _news_media(body, references, org_kinds)
                # The paragraph of the mention the post was written with, else of the first mention.
                at = min((m.start for m in group if title in m.titles), default=first)
                org_key = _post_holder(title, at, body, references, org_kinds, settled_dominant, media)
                if org_key:
                    affiliations.append(Affiliation(org_key, title))
                    break
        for org_key in stated_ties.get(key, ()):
            if all(a.organisation_key != org_key for a in affiliations):
                affiliations.append(Affiliation(org_key, None))
        if courts and not affiliations:
            # A judge's court: only for one tied to nothing else ("Justice Jane Roe, chairperson of the
            # electoral commission" is a former judge in another post).
            earliest = min(group, key=lambda m: m.start)
            for title in titles:
                org_key = _sitting_court(title, earliest, references, courts)
                if org_key:
                    affiliations.append(Affiliation(org_key, title))
                    break
        for mention in group:
            for org_text in mention.origins:
                org_key = org_forms.get(org_text)
                if org_key and all(a.organisation_key != org_key for a in affiliations):
                    affiliations.append(Affiliation(org_key, None))
        aliases = sorted({m.name for m in group} - {full.name})
        people.append(
            PersonEntity(
                key=key,
                name=full.name,
                titles=tuple(titles),
                affiliations=tuple(affiliations),
                aliases=tuple(aliases),
                mentions=tuple(Span(m.start, m.end) for m in sorted(group, key=lambda m: m.start)),
            )
        )
    people.sort(key=lambda p: p.mentions[0].start)

    place_entities: dict[str, PlaceEntity] = {}
    place_spans: dict[str, list[Span]] = {}
    for place in mentions.places:
        key = fold(place.canonical) + (f" ({place.country_code.lower()})" if place.country_code else "")
        if key not in place_entities:
            # "MADRID" in a dateline and "Wyo." after a senator's name are written as their canonical names.
            abbreviated = place.name.endswith(".") and not place.name.replace(".", "").isupper()
            # "Kassanda District" is the district "Kassanda", as the story names it alone too: a district
            # the gazetteer lacks is named without the kind word (a known one, "Belait District", keeps
            # the name as written).
            name = (
                place.canonical
                if abbreviated
                or (place.name.isupper() and len(place.name) > 3)
                or (place.name == f"{place.canonical} District" and place.canonical not in PLACE_CANDIDATES)
                else place.name
            )
            place_entities[key] = PlaceEntity(key, name, place.country_code, place.kind)
        spans = place_spans.setdefault(key, [])
        if place.end > place.start:  # a place named only in the headline has no span in the body
            spans.append(Span(place.start, place.end))
    places = [
        PlaceEntity(entity.key, entity.name, entity.country_code, entity.kind, tuple(place_spans[key]))
        for key, entity in place_entities.items()
    ]
    places.sort(key=lambda p: p.mentions[0].start if p.mentions else 0)
    org_entities.sort(key=lambda o: o.mentions[0].start)
    if contacts or contact_organisations:
        _add_press_contacts(contacts, contact_organisations, people, org_entities, org_forms, org_kinds)
    return Resolution(tuple(people), tuple(org_entities), tuple(places), tuple(references), org_kinds)


def _add_press_contacts(
    contacts: tuple[PressContact, ...],
    contact_organisations: tuple[str, ...],
    people: list[PersonEntity],
    organisations: list[OrganisationEntity],
    org_forms: dict[str, str],
    org_kinds: dict[str, str],
) -> None:
    """Add the press officers of a release's contact block to its people, tied to the organisation the
    block names (an organisation of its own when the story names it nowhere) and to the post written.
    They come last, with no mention: the block is no part of the body, so nothing in it has an offset."""

    def organisation_key(written: str) -> str:
        key = _contact_org_key(written, organisations, org_forms)
        if key is None:
            key = fold(written)
            organisations.append(OrganisationEntity(key, written))
            org_forms.setdefault(written, key)
            org_kinds.setdefault(key, ORG_HEADS.get(written.split()[-1], "organisation"))
        return key

    for written in contact_organisations:
        organisation_key(written)
    for contact in contacts:
        org_key = organisation_key(contact.organisation) if contact.organisation else None
        key = fold(contact.name)
        index = next(
            (i for i, p in enumerate(people) if p.key == key or contact.name in (p.name, *p.aliases)), None
        )
        person = people[index] if index is not None else PersonEntity(key, contact.name)
        titles = person.titles
        if contact.post and contact.post not in titles:
            titles = (*titles, contact.post)
        affiliations = person.affiliations
        if org_key and all(a.organisation_key != org_key for a in affiliations):
            affiliations = (*affiliations, Affiliation(org_key, contact.post))
        person = PersonEntity(person.key, person.name, titles, affiliations, person.aliases, person.mentions)
        if index is None:
            people.append(person)
        else:
            people[index] = person


def _contact_org_key(
    written: str, organisations: list[OrganisationEntity], org_forms: dict[str, str]
) -> str | None:
    """The key of the organisation a contact block names, when the story names it too ("Acme Co., Ltd."
    in the block, "Acme" in the story)."""
    for form in (written, _strip_suffix(written), _without_legal_form(written)):
        if form in org_forms:
            return org_forms[form]
    folded = {fold(written), fold(_strip_suffix(written)), fold(_without_legal_form(written))}
    for organisation in organisations:
        names = {organisation.name, *organisation.aliases, organisation.acronym or ""}
        if folded & {fold(name) for name in names if name} or fold(organisation.name) in folded:
            return organisation.key
    return None
