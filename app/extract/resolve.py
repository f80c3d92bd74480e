"""Turn mentions into one entity per real person, organisation and place.

Surnames ("Roe"), honorific forms ("Ms Roe") and pronouns ("She") join the
full name named earlier; acronyms, aliases and descriptors ("the union")
join the organisation the article established.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from app.extract.lexicon import ORG_HEADS, fold
from app.extract.types import (
    Affiliation,
    Mentions,
    OrganisationEntity,
    OrganisationMention,
    PersonEntity,
    PersonMention,
    PlaceEntity,
    Reference,
    Span,
)

# Titles that belong to an institution: with no organisation named, they are the article's main one.
_INSTITUTIONAL_TITLES = frozenset(
    """secretary general|secretary-general|deputy secretary general|director general|director-general|
    spokesperson|spokesman|spokeswoman|chief executive|ceo|chairman|chairwoman|chair|managing director|
    executive director|president and chief executive|chief financial officer|chief operating officer""".replace(
        "\n", ""
    ).split("|")
)
_MALE = frozenset({"he", "his", "him"})
_FEMALE = frozenset({"she", "her", "hers"})
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


def _strip_suffix(name: str) -> str:
    words = name.split()
    while len(words) > 1 and ORG_HEADS.get(words[-1]) == "company":
        words.pop()
    return " ".join(words)


def _resolve_orgs(
    mentions: tuple[OrganisationMention, ...],
) -> tuple[list[OrganisationEntity], dict[int, str], dict[str, str], dict[str, str]]:
    """Entities, mention start → key, every written form → key, key → kind."""
    keys: dict[int, str] = {}
    forms: dict[str, str] = {}
    groups: dict[str, list[OrganisationMention]] = {}
    for mention in mentions:
        key = _org_key(mention)
        # "Acme" after "Acme Corp", or an acronym defined earlier: the same organisation.
        key = forms.get(mention.name, forms.get(_strip_suffix(mention.name), key))
        groups.setdefault(key, []).append(mention)
        keys[mention.start] = key
        for form in (mention.name, mention.canonical, mention.acronym, _strip_suffix(mention.name)):
            if form:
                forms.setdefault(form, key)
    entities: list[OrganisationEntity] = []
    kinds: dict[str, str] = {}
    for key, group in groups.items():
        canonical = max((m.canonical for m in group), key=lambda c: (c != group[0].name or True, len(c)))
        acronym = next((m.acronym for m in group if m.acronym), None)
        country = next((m.country_code for m in group if m.country_code), None)
        written = {m.name for m in group} - {canonical, acronym}
        kinds[key] = group[0].kind
        entities.append(
            OrganisationEntity(
                key=key,
                name=canonical,
                acronym=acronym,
                aliases=tuple(sorted(written)),
                country_code=country,
                mentions=tuple(Span(m.start, m.end) for m in group),
            )
        )
    return entities, keys, forms, kinds


def _surname_forms(name: str) -> list[str]:
    parts = name.split()
    forms = [parts[-1]]
    for index, part in enumerate(parts[1:], 1):
        if part.islower():
            tail = " ".join(parts[index:])
            forms += [tail, tail[0].upper() + tail[1:]]
            break
    return forms


def _resolve_people(
    people: tuple[PersonMention, ...],
) -> tuple[dict[int, str], dict[str, list[PersonMention]]]:
    """Mention start → person key, and key → its mentions (full names first)."""
    keys: dict[int, str] = {}
    groups: dict[str, list[PersonMention]] = {}
    surnames: dict[str, list[tuple[int, str]]] = {}
    # A "full" name that is only another person's surname ("von der Leyen") is a partial mention.
    tails = {form for p in people if not p.partial for form in _surname_forms(p.name)[1:]}
    people = tuple(
        PersonMention(p.start, p.end, p.name, p.titles, p.affiliations, p.gender, True)
        if not p.partial and p.name in tails
        else p
        for p in people
    )
    full_names = [p for p in people if not p.partial]
    for person in full_names:
        key = fold(person.name)
        # "Jane A. Roe" after "Jane Roe": same first and last word.
        for existing in groups:
            a, b = existing.split(), key.split()
            if a[0] == b[0] and a[-1] == b[-1]:
                key = existing
                break
        groups.setdefault(key, []).append(person)
        keys[person.start] = key
        for form in _surname_forms(person.name):
            surnames.setdefault(form, []).append((person.start, key))
    for person in people:
        if not person.partial:
            continue
        candidates = surnames.get(person.name, [])
        before = [key for start, key in candidates if start < person.start]
        key = before[-1] if before else candidates[0][1] if candidates else fold(person.name)
        groups.setdefault(key, []).append(person)
        keys[person.start] = key
    return keys, groups


def _dominant_org(references: list[Reference]) -> str | None:
    """The organisation the article is about: clearly the most mentioned one."""
    counts = Counter(r.key for r in references if r.type == "organisation" and r.key)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def resolve(mentions: Mentions) -> Resolution:
    org_entities, org_keys, org_forms, org_kinds = _resolve_orgs(mentions.organisations)
    person_keys, person_groups = _resolve_people(mentions.people)
    gender_of: dict[str, str] = {}
    for key, group in person_groups.items():
        gender_of[key] = next((p.gender for p in group if p.gender != "u"), "u")

    references: list[Reference] = [
        Reference(p.start, p.end, p.name, person_keys[p.start], "person") for p in mentions.people
    ] + [Reference(o.start, o.end, o.name, org_keys[o.start], "organisation") for o in mentions.organisations]
    references.sort(key=lambda r: r.start)
    dominant = _dominant_org(references)

    def last_before(position: int, accept: object) -> Reference | None:
        found = None
        for reference in references:
            if reference.start >= position:
                break
            if callable(accept) and accept(reference):
                found = reference
        return found

    for ref in mentions.references:
        word = ref.text.lower()
        target: Reference | None = None
        if ref.kind == "pronoun":
            if word in _MALE or word in _FEMALE:
                wanted = "m" if word in _MALE else "f"
                target = last_before(
                    ref.start,
                    lambda r, wanted=wanted: (
                        r.type == "person" and gender_of.get(r.key or "", "u") in (wanted, "u")
                    ),
                )
            elif word in ("it", "its"):
                target = last_before(ref.start, lambda r: r.type == "organisation")
        elif ref.kind == "descriptor":
            kinds = ref.org_kinds
            # "the central bank": an organisation of that kind whose name has the modifier wins.
            modifiers = {w for w in word.split()[1:-1] if len(w) > 3}
            named = [
                o
                for o in org_entities
                if org_kinds.get(o.key) in kinds and modifiers & set(fold(o.name).split())
            ]
            if named:
                chosen = named[-1].key
                target = Reference(ref.start, ref.end, ref.text, chosen, "organisation")
            else:
                target = None
            target = target or last_before(
                ref.start,
                lambda r, kinds=kinds: r.type == "organisation" and org_kinds.get(r.key or "") in kinds,
            )
            if target is None:
                same_kind = [o.key for o in org_entities if org_kinds.get(o.key) in kinds]
                if len(same_kind) == 1:
                    target = Reference(ref.start, ref.end, ref.text, same_kind[0], "organisation")
        else:  # a statement or report: the organisation behind it
            target = last_before(ref.start, lambda r: r.type == "organisation" and r.kind == "name")
            if target is None and dominant:
                target = Reference(ref.start, ref.end, ref.text, dominant, "organisation")
        references.append(
            Reference(
                ref.start,
                ref.end,
                ref.text,
                target.key if target else None,
                target.type if target else None,
                ref.kind,
            )
        )
        references.sort(key=lambda r: r.start)

    people: list[PersonEntity] = []
    for key, group in person_groups.items():
        full = next((p for p in group if not p.partial), group[0])
        titles: list[str] = []
        affiliations: list[Affiliation] = []
        for mention in group:
            for title in mention.titles:
                if title not in titles:
                    titles.append(title)
            for org_text, role in mention.affiliations:
                org_key = org_forms.get(org_text) or org_forms.get(_strip_suffix(org_text))
                if org_key is None and org_text.lower().startswith(("the ", "its ", "their ")):
                    # "the company's chief executive": the descriptor's organisation.
                    hit = next(
                        (
                            r
                            for r in references
                            if r.kind == "descriptor" and r.start < mention.start and r.key
                        ),
                        None,
                    )
                    org_key = hit.key if hit else None
                if org_key and all(a.organisation_key != org_key for a in affiliations):
                    affiliations.append(Affiliation(org_key, role))
        if not affiliations and dominant:
            for title in titles:
                if title.lower() in _INSTITUTIONAL_TITLES:
                    affiliations.append(Affiliation(dominant, title))
                    break
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
            name = place.name if not place.name.isupper() or len(place.name) <= 3 else place.canonical
            place_entities[key] = PlaceEntity(key, name, place.country_code, place.kind)
        place_spans.setdefault(key, []).append(Span(place.start, place.end))
    places = [
        PlaceEntity(entity.key, entity.name, entity.country_code, entity.kind, tuple(place_spans[key]))
        for key, entity in place_entities.items()
    ]
    places.sort(key=lambda p: p.mentions[0].start if p.mentions else 0)
    org_entities.sort(key=lambda o: o.mentions[0].start)
    return Resolution(tuple(people), tuple(org_entities), tuple(places), tuple(references), org_kinds)
