"""Given names' genders decide which person a "she" or "he" can be."""

from app.extract import run

_STORY = (
    "NAIROBI — The clinic reopened on Monday after a two-week strike.\n\n"
    "{woman} Gitau, a nurse at the clinic, said the wait had been hard on patients. "
    "“We turned people away every day,” she said.\n\n"
    "Peter Otieno, the clinic's manager, said supplies had arrived. “We are ready,” he said.\n\n"
    "“It was the worst month of my career,” she added."
)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_key for q in run(text).quotes if q.kind == "direct"]


def test_kikuyu_and_kamba_women_s_names_are_women_s() -> None:
    for woman in ("Nyambura", "Wambui", "Njeri", "Mwende"):
        key = f"{woman.lower()} gitau"
        assert _speakers(_STORY.format(woman=woman)) == [key, "peter otieno", key], woman


def test_a_man_s_name_is_not_the_she() -> None:
    speakers = _speakers(_STORY.format(woman="Kamau"))
    assert speakers[0] != "kamau gitau" and speakers[2] != "kamau gitau"
