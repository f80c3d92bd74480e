"""Regenerate ``first_names.tsv`` from Faker's per-locale person providers.

A development tool, not imported by the pipeline: run it with Faker installed
(``pip install faker``; MIT licence, its name lists come from public census and
civil-registry sources). Output lines are ``name<TAB>gender<TAB>flag`` where
gender is m, f or u and flag is ``w`` when the name is also an ordinary English
word (so "Will", "Mark", "Hope" need more evidence than "Anneli" to start a name).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

LATIN_NAME = re.compile(r"^[A-Z\u00c0-\u024f][a-z\u00c0-\u024f'’-]+$")
HERE = Path(__file__).resolve().parent
DICTIONARY = Path("/usr/share/dict/words")  # Debian's wamerican, used only to flag word-like names


def _names(attribute: object) -> list[str]:
    if isinstance(attribute, dict):
        return [str(key) for key in attribute]
    if isinstance(attribute, list | tuple):
        return [str(item) for item in attribute]
    return []


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
    lines = []
    for name in sorted(genders):
        seen = genders[name] - {"u"}
        gender = seen.pop() if len(seen) == 1 else "u"
        flag = "w" if name.lower() in words else ""
        lines.append(f"{name}\t{gender}\t{flag}".rstrip("\t"))
    (HERE / "first_names.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(lines), "names")


if __name__ == "__main__":
    main()
