"""Regenerate ``first_names.tsv`` from Faker's per-locale person providers, plus two lists Faker's
Latin-script locales lack: Indian given names and romanised Arabic (and Persian, Urdu) given names.

A development tool, not imported by the pipeline: run it with Faker installed
(``pip install faker``; MIT licence, its name lists come from public census and
civil-registry sources) and, when present, ``indian-names`` (BSD-3-Clause; its male and female
first-name lists) and ``arabic-name-romanizer`` (MIT; only the rows of its name index that come from
Wikidata, CC0: the Latin spellings recorded as given names at least ``MIN_ARABIC_COUNT`` times and more often as
given names than as surnames). Output lines are ``name<TAB>gender<TAB>flag`` where
gender is m, f or u and flag is ``w`` when the name is also an ordinary English
word (so "Will", "Mark", "Hope" need more evidence than "Anneli" to start a name).
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import re
import sqlite3
from pathlib import Path

LATIN_NAME = re.compile(r"^[A-Z\u00c0-\u024f][a-z\u00c0-\u024f'’-]+$")
HERE = Path(__file__).resolve().parent
DICTIONARY = Path("/usr/share/dict/words")  # Debian's wamerican, used only to flag word-like names
MIN_ARABIC_COUNT = 5
# Particles and name prefixes that open a family name ("Abu Shanab", "Al Thani"), never a given name
# on their own; and index entries too short or too vague to trust.
# Given names whose English word ("tom", "john", "nick") the news almost never writes with a capital:
# a capitalised one opens a name, even at a sentence start.
NAMES_BEFORE_WORDS = frozenset(
    [
        "Tom",
        "John",
        "Jack",
        "Harry",
        "Mike",
        "Bob",
        "Bobby",
        "Billy",
        "Jimmy",
        "Nick",
        "Matt",
        "Josh",
        "Ken",
        "Martin",
        "Peter",
        "Tony",
        "Terry",
        "Roger",
        "Rick",
        "Rob",
        "Hank",
        "Brad",
        "Eddy",
        "Mickey",
        "Sonny",
        "Troy",
        "Victor",
        "Warren",
        "Randy",
        "Barney",
        "Hector",
        "Jasper",
        "Derrick",
        "Clement",
        "Sherry",
        "Heather",
        "Rosemary",
        "Sally",
        "Carol",
        "Colleen",
        "Beryl",
        "Patty",
    ]
)
# Words the news uses on their own far more than as given names: faiths, rites, parties, a country's name.
NOT_GIVEN = frozenset(
    [
        *("Abu", "Abou", "Abd", "Al", "El", "Bin", "Ibn", "Bint", "Ben", "Bou", "Bani", "Ould"),
        *("Allah", "Islam", "Hajj", "Haji", "Fatah", "Bharat", "Eid", "Imam", "Emir", "Sheikh", "Mullah"),
    ]
)

# Kikuyu and Kamba women's given names that Faker's Swahili locale lists among men's: they are
# women's names, so a "she" after one must be able to reach her.
KENYAN_WOMEN = frozenset(
    [
        *("Wanjiru", "Wanjiku", "Wambui", "Wangari", "Wairimu", "Wangui", "Njeri", "Nyambura"),
        *("Muthoni", "Wanja", "Njoki", "Kanini", "Mwende", "Nduku"),
    ]
)


def _names(attribute: object) -> list[str]:
    if isinstance(attribute, dict):
        return [str(key) for key in attribute]
    if isinstance(attribute, list | tuple):
        return [str(item) for item in attribute]
    return []


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _indian_names() -> list[tuple[str, str]]:
    """(name, gender) from indian-names' first-name lists (lower case, one a line after a count)."""
    folder = _package_dir("indian_names")
    if folder is None:
        return []
    found = []
    for file_name, gender in (("first.male.names", "m"), ("first.female.names", "f")):
        for line in (folder / file_name).read_text(encoding="utf-8").splitlines():
            word = line.strip()
            if word.isalpha():
                found.append((word.capitalize(), gender))
    return found


def _place_names() -> frozenset[str]:
    """The pipeline's gazetteer, when the build runs with the project importable."""
    try:
        from app.extract.lexicon import PLACES
    except ImportError:
        return frozenset()
    return frozenset(PLACES)


def _arabic_given_names() -> list[str]:
    """Romanised given names from arabic-name-romanizer's Wikidata-derived index."""
    folder = _package_dir("arabic_name_romanizer")
    if folder is None:
        return []
    connection = sqlite3.connect(folder / "resources" / "names.sqlite3")
    rows = connection.execute(
        "SELECT latin, SUM(CASE WHEN role = 'given' THEN count ELSE 0 END) AS given,"
        " SUM(CASE WHEN role = 'surname' THEN count ELSE 0 END) AS surname"
        " FROM units WHERE source = 'wikidata' GROUP BY latin HAVING given >= ? AND given > surname",
        (MIN_ARABIC_COUNT,),
    ).fetchall()
    connection.close()
    return [str(row[0]) for row in rows]


def main() -> None:
    import faker.providers.person as person_providers

    genders: dict[str, set[str]] = {}
    for module_info in pkgutil.iter_modules(person_providers.__path__):
        module = importlib.import_module(f"faker.providers.person.{module_info.name}")
        provider = getattr(module, "Provider", None)
        if provider is None:
            continue
        for attribute, gender in (
            ("first_names_male", "m"),
            ("first_names_female", "f"),
            ("first_names", "u"),
            ("first_romanized_names_male", "m"),
            ("first_romanized_names_female", "f"),
            ("first_romanized_names", "u"),
        ):
            for name in _names(getattr(provider, attribute, ())):
                for part in name.split():
                    if LATIN_NAME.match(part):
                        genders.setdefault(part, set()).add(gender)
    words = set()
    if DICTIONARY.exists():
        words = {
            w.strip() for w in DICTIONARY.read_text(encoding="utf-8").splitlines() if w.strip().islower()
        }
    # The added lists only add names Faker lacks, and none that is also an English word or a place
    # ("Doha", "Riyadh" are given names too): they never change what an existing entry says.
    places = _place_names()
    added: dict[str, set[str]] = {}
    extra = [*_indian_names(), *((name, "u") for name in _arabic_given_names())]
    for name, gender in extra:
        if (
            LATIN_NAME.match(name)
            and name not in genders
            and name not in NOT_GIVEN
            and name.lower() not in words
            and name not in places
        ):
            added.setdefault(name, set()).add(gender)
    genders.update(added)
    for name in KENYAN_WOMEN:
        genders[name] = {"f"}
    lines = []
    for name in sorted(genders):
        seen = genders[name] - {"u"}
        gender = seen.pop() if len(seen) == 1 else "u"
        flag = "w" if name.lower() in words and name not in NAMES_BEFORE_WORDS else ""
        lines.append(f"{name}\t{gender}\t{flag}".rstrip("\t"))
    (HERE / "first_names.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(lines), "names")


if __name__ == "__main__":
    main()
