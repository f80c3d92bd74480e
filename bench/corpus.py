"""A seeded generator of short, realistic English news articles for benchmarks.

Every article is a function of (seed, index) alone, so a corpus of 1,000 articles is the first
1,000 of a corpus of 10,000, and two runs with the same seed write byte-identical files.
The cast (people, organisations, places) comes from one shared pool per seed, so entities
repeat across articles the way they do in a real news feed, which is what makes the entity
tables, the name filters and the facets behave realistically.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

DEFAULT_SEED = 20240601
PEOPLE_IN_POOL = 3000
ORGANISATIONS_IN_POOL = 600


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST_NAMES = _words(
    "Ana Maria Sofia Elena Laura Clara Julia Marta Ines Lucia Carmen Teresa Paula Rosa Beatriz Olga Irina "
    "Natalia Katarina Agnieszka Zofia Hanna Ingrid Astrid Freya Sigrid Leila Amira Yasmin Fatima Noor Aisha "
    "Priya Ananya Meera Kavita Sunita Mei Lin Hui Yuki Haruka Akiko Emi Soo Min Ji Grace Emily Sarah Rachel "
    "Claire Helen Susan Margaret Catherine Fiona Sinead Aoife Chloe Amelie Camille Manon Giulia Chiara Francesca "
    "Adriana Gabriela Valentina Camila Renata Thandiwe Nomvula Amina Chiamaka Ngozi Wanjiru Akosua Lerato "
    "Mark Peter John James David Michael Thomas Richard Robert William Daniel Andrew Paul Simon Stephen Martin "
    "Carlos Luis Miguel Javier Pedro Rafael Diego Mateo Joao Tiago Marco Luca Giovanni Matteo Pierre Jean "
    "Antoine Julien Nicolas Hans Klaus Jurgen Stefan Tobias Lars Henrik Anders Mikael Olaf Piotr Tomasz Marek "
    "Pavel Dmitri Sergei Andrei Viktor Yuri Oleksandr Taras Bogdan Mehmet Emre Kemal Omar Ahmed Hassan Karim "
    "Tariq Rahul Arjun Vikram Sanjay Rajesh Wei Jun Hao Kenji Hiroshi Takeshi Daisuke Minho Jae Hyun Kwame "
    "Kofi Chinedu Emeka Tunde Sipho Thabo Jomo Otieno Abebe Tesfaye Samuel Joseph George Edward Henry Oliver"
)

SURNAMES = _words(
    "Lima Silva Santos Costa Pereira Oliveira Rodrigues Almeida Ferreira Carvalho Gomes Martins Rocha Ribeiro "
    "Garcia Fernandez Lopez Martinez Sanchez Perez Gonzalez Romero Navarro Torres Dominguez Vazquez Ramos "
    "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Mancini Moretti "
    "Dubois Laurent Bernard Moreau Lefebvre Leroy Roux Fournier Girard Bonnet Lambert Fontaine Rousseau "
    "Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schulz Koch Richter Klein Wolf "
    "Jansen Visser Smit Bakker Mulder Bos Vos Peters Hendriks Dekker Janssens Maes Jacobs Willems Claes "
    "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsen Hansen Nielsen Jensen Pedersen Lindqvist "
    "Virtanen Korhonen Nieminen Makinen Jaakkola Kowalski Nowak Wisniewski Wojcik Kaminski Lewandowski "
    "Novak Horvat Kovacs Nagy Szabo Toth Popescu Ionescu Dimitrov Petrov Ivanov Smirnov Kuznetsov Popov "
    "Shevchenko Bondarenko Kovalenko Yilmaz Kaya Demir Celik Sahin Ozturk Aydin Haddad Khalil Nasser "
    "Mansour Hamdan Aziz Rahman Hussain Qureshi Malik Sharma Verma Gupta Patel Reddy Iyer Nair Menon Rao "
    "Chen Wang Zhang Liu Yang Huang Zhao Zhou Wu Xu Sun Tanaka Suzuki Takahashi Watanabe Ito Yamamoto "
    "Nakamura Kobayashi Kato Kim Park Choi Jung Kang Cho Yoon Nguyen Tran Pham Le Hoang Phan Okafor "
    "Okonkwo Adeyemi Balogun Mensah Owusu Boateng Kamau Mwangi Otieno Ochieng Dlamini Nkosi Ndlovu Mokoena "
    "Smith Jones Williams Brown Taylor Davies Evans Wilson Thomas Roberts Johnson Walker Wright Robinson "
    "Thompson White Hughes Edwards Green Hall Wood Harris Lewis Martin Jackson Clarke Clark Turner Hill "
    "Scott Cooper Morris Ward Moore King Watson Baker Harrison Morgan Patterson Murphy Kelly Byrne Walsh "
    "Ryan OConnor Doyle McCarthy Gallagher Doherty Kennedy Lynch Murray Quinn Moran Fitzgerald Brennan"
)

# (display name, ISO 3166-1 alpha-2, demonym, capital, two more cities)
COUNTRIES = (
    ("Japan", "JP", "Japanese", "Tokyo", ("Osaka", "Yokohama")),
    ("Germany", "DE", "German", "Berlin", ("Munich", "Hamburg")),
    ("France", "FR", "French", "Paris", ("Lyon", "Marseille")),
    ("Brazil", "BR", "Brazilian", "Brasilia", ("Sao Paulo", "Rio de Janeiro")),
    ("India", "IN", "Indian", "New Delhi", ("Mumbai", "Bangalore")),
    ("Kenya", "KE", "Kenyan", "Nairobi", ("Mombasa", "Kisumu")),
    ("Canada", "CA", "Canadian", "Ottawa", ("Toronto", "Vancouver")),
    ("Australia", "AU", "Australian", "Canberra", ("Sydney", "Melbourne")),
    ("Spain", "ES", "Spanish", "Madrid", ("Barcelona", "Valencia")),
    ("Italy", "IT", "Italian", "Rome", ("Milan", "Naples")),
    ("Poland", "PL", "Polish", "Warsaw", ("Krakow", "Gdansk")),
    ("Nigeria", "NG", "Nigerian", "Abuja", ("Lagos", "Kano")),
    ("Mexico", "MX", "Mexican", "Mexico City", ("Guadalajara", "Monterrey")),
    ("Indonesia", "ID", "Indonesian", "Jakarta", ("Surabaya", "Bandung")),
    ("Turkey", "TR", "Turkish", "Ankara", ("Istanbul", "Izmir")),
    ("Sweden", "SE", "Swedish", "Stockholm", ("Gothenburg", "Malmo")),
    ("Egypt", "EG", "Egyptian", "Cairo", ("Alexandria", "Giza")),
    ("Argentina", "AR", "Argentine", "Buenos Aires", ("Cordoba", "Rosario")),
    ("South Africa", "ZA", "South African", "Pretoria", ("Johannesburg", "Cape Town")),
    ("Vietnam", "VN", "Vietnamese", "Hanoi", ("Da Nang", "Haiphong")),
    ("Norway", "NO", "Norwegian", "Oslo", ("Bergen", "Trondheim")),
    ("Portugal", "PT", "Portuguese", "Lisbon", ("Porto", "Braga")),
    ("Ukraine", "UA", "Ukrainian", "Kyiv", ("Lviv", "Odesa")),
    ("Chile", "CL", "Chilean", "Santiago", ("Valparaiso", "Concepcion")),
    ("Belgium", "BE", "Belgian", "Brussels", ("Antwerp", "Ghent")),
    ("Netherlands", "NL", "Dutch", "Amsterdam", ("Rotterdam", "Utrecht")),
    ("Ghana", "GH", "Ghanaian", "Accra", ("Kumasi", "Tamale")),
    ("Philippines", "PH", "Philippine", "Manila", ("Cebu", "Davao")),
)
# Weighted so some countries dominate coverage, as in real feeds (and facets have a clear top value).
COUNTRY_WEIGHTS = tuple(max(1, 12 - i // 2) for i in range(len(COUNTRIES)))

SOURCES = (
    "Reuters", "AP", "AFP", "Bloomberg", "BBC News", "The Guardian", "Nikkei", "Al Jazeera",
    "Deutsche Welle", "Financial Times", "Associated Press", "Politico",
)  # fmt: skip

# Topic → (ministry domain, nouns, verbs phrases, goals): vocabulary varies by topic so FTS is realistic.
TOPICS: dict[str, dict[str, tuple[str, ...]]] = {
    "economy": {
        "domain": ("Finance", "Economy", "Treasury"),
        "nouns": (
            "inflation",
            "interest rates",
            "growth forecast",
            "budget deficit",
            "bond yields",
            "wages",
            "consumer spending",
            "public debt",
            "tax reform",
            "recession risk",
            "currency",
            "exports",
        ),
        "actions": (
            "cut its growth forecast",
            "raise interest rates",
            "announce a stimulus package",
            "tighten fiscal rules",
            "lower the sales tax",
            "review pension spending",
        ),
        "goals": (
            "bring inflation back to target",
            "protect household incomes",
            "restore investor confidence",
            "keep public finances sustainable",
            "support small businesses",
        ),
    },
    "defence": {
        "domain": ("Defence", "Defense", "Security"),
        "nouns": (
            "air defence",
            "military aid",
            "drone production",
            "ammunition stocks",
            "naval patrols",
            "border security",
            "cyber attacks",
            "joint exercises",
            "procurement",
            "troop deployment",
        ),
        "actions": (
            "sign a joint procurement deal",
            "expand naval patrols",
            "increase military spending",
            "deploy additional troops",
            "open a new drone factory",
            "hold joint exercises",
        ),
        "goals": (
            "deter aggression",
            "strengthen our defence industry",
            "protect critical infrastructure",
            "meet our alliance commitments",
            "modernise the armed forces",
        ),
    },
    "health": {
        "domain": ("Health",),
        "nouns": (
            "hospital waiting lists",
            "vaccination",
            "nurses",
            "drug prices",
            "outbreak",
            "clinics",
            "mental health services",
            "antibiotic resistance",
            "pandemic preparedness",
            "medical staff",
        ),
        "actions": (
            "extend the vaccination campaign",
            "hire more nurses",
            "cap drug prices",
            "open emergency clinics",
            "fund mental health services",
            "review hospital budgets",
        ),
        "goals": (
            "cut waiting times",
            "protect vulnerable patients",
            "contain the outbreak",
            "keep hospitals running through the winter",
            "make medicines affordable",
        ),
    },
    "energy": {
        "domain": ("Energy",),
        "nouns": (
            "gas prices",
            "wind farms",
            "solar capacity",
            "power grid",
            "electricity bills",
            "oil output",
            "nuclear plants",
            "battery storage",
            "hydrogen",
            "coal phase-out",
            "pipelines",
        ),
        "actions": (
            "auction new offshore wind licences",
            "cap electricity prices",
            "extend nuclear plants",
            "build a hydrogen pipeline",
            "expand battery storage",
            "cut oil output",
        ),
        "goals": (
            "secure affordable energy",
            "reduce dependence on imports",
            "decarbonise the grid",
            "avoid blackouts this winter",
            "attract investment in renewables",
        ),
    },
    "climate": {
        "domain": ("Environment", "Climate"),
        "nouns": (
            "emissions",
            "floods",
            "drought",
            "heatwave",
            "deforestation",
            "carbon tax",
            "wildfires",
            "sea levels",
            "climate finance",
            "biodiversity",
            "air pollution",
        ),
        "actions": (
            "tighten emissions targets",
            "introduce a carbon tax",
            "ban new coal plants",
            "fund flood defences",
            "protect rainforest areas",
            "publish an adaptation plan",
        ),
        "goals": (
            "halve emissions by the end of the decade",
            "protect communities from floods",
            "meet our climate commitments",
            "restore damaged ecosystems",
            "keep warming below 1.5 degrees",
        ),
    },
    "technology": {
        "domain": ("Digital", "Industry"),
        "nouns": (
            "artificial intelligence",
            "semiconductors",
            "data protection",
            "broadband",
            "chip factories",
            "cyber security",
            "online platforms",
            "quantum computing",
            "startups",
            "satellite internet",
        ),
        "actions": (
            "regulate artificial intelligence",
            "subsidise chip factories",
            "fine online platforms",
            "expand broadband coverage",
            "launch a quantum computing programme",
            "screen foreign takeovers",
        ),
        "goals": (
            "build a competitive chip industry",
            "protect users' data",
            "close the digital divide",
            "keep our networks secure",
            "help startups scale up",
        ),
    },
    "trade": {
        "domain": ("Trade", "Commerce"),
        "nouns": (
            "tariffs",
            "export controls",
            "supply chains",
            "free trade agreement",
            "shipping costs",
            "customs checks",
            "steel imports",
            "rare earths",
            "trade deficit",
            "ports",
        ),
        "actions": (
            "impose tariffs on steel imports",
            "sign a free trade agreement",
            "tighten export controls",
            "reopen talks on customs checks",
            "diversify supply chains",
            "cut shipping fees",
        ),
        "goals": (
            "open new markets for our exporters",
            "protect strategic industries",
            "keep supply chains moving",
            "reduce the trade deficit",
            "secure access to critical minerals",
        ),
    },
    "elections": {
        "domain": ("Interior", "Justice"),
        "nouns": (
            "polling stations",
            "turnout",
            "coalition talks",
            "ballots",
            "campaign finance",
            "opinion polls",
            "electoral commission",
            "voter registration",
            "runoff",
            "disinformation",
        ),
        "actions": (
            "call an early election",
            "form a coalition government",
            "reform campaign finance rules",
            "extend voter registration",
            "hold a runoff vote",
            "recount the ballots",
        ),
        "goals": (
            "guarantee a free and fair vote",
            "restore trust in institutions",
            "form a stable government",
            "fight disinformation",
            "increase turnout among young voters",
        ),
    },
    "transport": {
        "domain": ("Transport",),
        "nouns": (
            "high-speed rail",
            "airport expansion",
            "bus fares",
            "road safety",
            "electric vehicles",
            "rail strikes",
            "port congestion",
            "flight delays",
            "motorway tolls",
            "metro lines",
        ),
        "actions": (
            "approve a new high-speed rail line",
            "freeze bus fares",
            "expand the airport",
            "subsidise electric vehicles",
            "settle the rail strike",
            "build two new metro lines",
        ),
        "goals": (
            "cut journey times",
            "make public transport affordable",
            "reduce traffic deaths",
            "connect rural communities",
            "clean up urban air",
        ),
    },
    "agriculture": {
        "domain": ("Agriculture",),
        "nouns": (
            "grain harvest",
            "fertiliser prices",
            "farm subsidies",
            "food prices",
            "irrigation",
            "livestock disease",
            "crop insurance",
            "fishing quotas",
            "rice exports",
            "water rationing",
        ),
        "actions": (
            "raise farm subsidies",
            "ban rice exports",
            "cut fertiliser tariffs",
            "compensate farmers for drought losses",
            "set new fishing quotas",
            "expand irrigation schemes",
        ),
        "goals": (
            "keep food on the table",
            "support farmers through the drought",
            "stabilise food prices",
            "protect rural livelihoods",
            "secure next year's harvest",
        ),
    },
}

ORG_PREFIXES = (
    "National", "Northern", "Southern", "Eastern", "Western", "Central", "Federal", "Regional", "United",
    "Atlantic", "Pacific", "Continental", "Global", "Independent", "Royal", "Metropolitan", "Allied",
    "Coastal", "Highland", "Meridian", "Horizon", "Summit", "Pioneer", "Keystone", "Crescent",
)  # fmt: skip
ORG_SUBJECTS = (
    "Water", "Energy", "Health", "Rail", "Grain", "Steel", "Shipping", "Data", "Aviation", "Housing",
    "Mining", "Chemical", "Textile", "Fisheries", "Broadband", "Solar", "Nuclear", "Pharmaceutical",
    "Automotive", "Insurance", "Labour", "Consumer", "Research", "Space", "Cyber", "Forestry",
)  # fmt: skip
# Head word → (kind, the title its people carry). Heads come from the extractor's organisation lexicon.
ORG_HEADS = {
    "Authority": ("agency", ("Director", "Deputy Director", "Chief Executive")),
    "Agency": ("agency", ("Director", "Director-General", "Spokeswoman", "Spokesman")),
    "Council": ("council", ("Chairman", "Chairwoman", "Secretary")),
    "Association": ("association", ("President", "Chairwoman", "Spokesperson")),
    "Federation": ("association", ("President", "Secretary-General")),
    "Institute": ("institute", ("Director", "Professor", "Senior Economist")),
    "Group": ("company", ("Chief Executive", "CEO", "Chief Financial Officer")),
    "Holdings": ("company", ("Chief Executive", "Chairman", "CFO")),
    "Corporation": ("company", ("Chief Executive", "Managing Director")),
    "Bank": ("bank", ("Governor", "Chief Economist", "Deputy Governor")),
    "Union": ("union", ("General Secretary", "Leader")),
    "Commission": ("agency", ("Commissioner", "Chairwoman")),
    "University": ("university", ("Professor", "Vice Chancellor")),
}
MINISTER_TITLES = ("Minister", "Deputy Minister", "State Secretary")

COMMENTS = (
    "This is exactly what everyone predicted a year ago. Nobody listened.",
    "Finally some good news, although I will believe it when I see it.",
    "Who is going to pay for all of this? Taxpayers, as usual.",
    "Great reporting, thank you for explaining the background so clearly.",
    "The government keeps promising and never delivers. Same story every time.",
    "I work in this sector and the situation on the ground is much worse than described.",
    "Interesting that nobody from the opposition was asked for a comment.",
    "Sad times. We should have acted ten years ago.",
    "Does anyone know when the new rules actually take effect?",
    "More talk, less action. Wake me up when something changes.",
    "My town has been waiting for this for decades, so I am cautiously optimistic.",
    "The numbers in the third paragraph do not add up to me.",
)
FILLER = (
    "Officials did not give a timetable for the next steps.",
    "The announcement came after weeks of negotiations behind closed doors.",
    "Critics have questioned whether the plan goes far enough.",
    "Opposition lawmakers are expected to challenge the proposal in parliament next week.",
    "Analysts said markets had largely priced in the decision.",
    "The measure still needs approval from regional governments.",
    "Similar schemes in neighbouring countries have had mixed results.",
    "Unions have threatened strikes if their concerns are ignored.",
    "Business groups broadly welcomed the move but asked for more detail.",
    "The details will be published in a white paper later this month.",
    "Public support for the policy has fallen in recent polls.",
    "The cost of the programme has not been disclosed.",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    acronym: str | None
    country_index: int
    titles: tuple[str, ...]  # titles its people carry


@dataclass(frozen=True, slots=True)
class Person:
    first: str
    last: str
    title: str
    organisation_index: int
    feminine: bool

    @property
    def full_name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass(frozen=True, slots=True)
class Cast:
    """The shared pool every article draws its people and organisations from."""

    people: tuple[Person, ...]
    organisations: tuple[Organisation, ...]


# Names ending in "a" (and a few others) read as feminine; only used to pick "she"/"he" and titles.
_FEMININE_ENDINGS = ("a", "e", "i", "n", "y", "d")
_MASCULINE_EXCEPTIONS = frozenset(
    _words(
        "Jean Pierre Luca Andrea Mateo Joao Olaf Jun Henrik Kenji Daisuke Takeshi Hiroshi Jomo Otieno Abebe "
        "Tesfaye Minho Jae Hyun Wei Hao Simon Stephen Martin Julien Antoine Daniel Andrew Richard David "
        "George Joseph Samuel Kwame Sanjay Karim Hassan Ahmed Emre Pavel Dmitri Sergei Andrei Yuri Stefan "
        "Kemal Tunde Sipho Thabo Bogdan Mikael Anders Marek Chinedu Emeka John Henry Edward Mehmet Viktor "
        "Oleksandr Taras Tobias Klaus Hans Jurgen Lars Piotr Tomasz Rahul Arjun Rajesh Vikram Michael Rafael "
        "Diego Pedro Miguel Luis Carlos Javier Marco Giovanni Matteo Nicolas Tiago Omar Tariq Kofi"
    )
)


def _is_feminine(first_name: str) -> bool:
    return first_name not in _MASCULINE_EXCEPTIONS and first_name.endswith(_FEMININE_ENDINGS)


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[0].isupper() and w not in ("of", "for", "and"))


def build_cast(seed: int = DEFAULT_SEED) -> Cast:
    """A few thousand people and a few hundred organisations, the same for the same seed."""
    rng = random.Random(seed)
    organisations: list[Organisation] = []
    seen_names: set[str] = set()
    domains = sorted({d for topic in TOPICS.values() for d in topic["domain"]})
    for country_index in range(len(COUNTRIES)):
        # Every country has its ministries; their people are ministers.
        organisations += [
            Organisation(f"Ministry of {domain}", None, country_index, MINISTER_TITLES) for domain in domains
        ]
    while len(organisations) < ORGANISATIONS_IN_POOL:
        head = rng.choice(sorted(ORG_HEADS))
        words = [rng.choice(ORG_PREFIXES), rng.choice(ORG_SUBJECTS), head]
        name = " ".join(words)
        if name in seen_names:
            continue
        seen_names.add(name)
        kind, titles = ORG_HEADS[head]
        # Agencies and associations introduce an acronym; companies mostly do not.
        acronym = _acronym(words) if kind != "company" or rng.random() < 0.2 else None
        organisations.append(Organisation(name, acronym, rng.randrange(len(COUNTRIES)), titles))
    people: list[Person] = []
    seen_people: set[tuple[str, str]] = set()
    while len(people) < PEOPLE_IN_POOL:
        first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
        if (first, last) in seen_people:
            continue
        seen_people.add((first, last))
        organisation_index = rng.randrange(len(organisations))
        organisation = organisations[organisation_index]
        title = rng.choice(organisation.titles)
        people.append(Person(first, last, title, organisation_index, _is_feminine(first)))
    return Cast(tuple(people), tuple(organisations))


def _ministry_title(person: Person, organisation: Organisation) -> str:
    """ "Finance Minister" for the Ministry of Finance's minister; other titles stay as they are."""
    domain = organisation.name.removeprefix("Ministry of ")
    if person.title == "Minister":
        return f"{domain} Minister"
    return person.title


class _ArticleWriter:
    """Writes one article; an object so the many small sentence builders share the random state."""

    def __init__(self, cast: Cast, rng: random.Random) -> None:
        self.cast = cast
        self.rng = rng
        self.introduced: set[int] = set()  # people named in full already (later: surname only)
        self.orgs_introduced: set[int] = set()

    def pick_people(self, country_index: int, domains: tuple[str, ...], count: int) -> list[int]:
        rng = self.rng
        chosen: list[int] = []
        # Prefer the dateline country's minister of the topic's domain, like a real story would.
        ministers = [
            i
            for i, p in enumerate(self.cast.people)
            if self.cast.organisations[p.organisation_index].country_index == country_index
            and self.cast.organisations[p.organisation_index].name.removeprefix("Ministry of ") in domains
        ]
        if ministers and rng.random() < 0.8:
            chosen.append(rng.choice(ministers))
        # A skewed draw: the first few hundred people are the "famous" ones quoted often.
        while len(chosen) < count:
            if rng.random() < 0.5:
                index = min(int((rng.paretovariate(1.0) - 1) * 50), len(self.cast.people) - 1)
            else:
                index = rng.randrange(len(self.cast.people))
            if index not in chosen:
                chosen.append(index)
        return chosen

    def org_name(self, index: int) -> str:
        """Full name with the acronym in brackets the first time, the acronym (or "the …") later."""
        organisation = self.cast.organisations[index]
        country = COUNTRIES[organisation.country_index]
        if index in self.orgs_introduced:
            if organisation.acronym:
                return organisation.acronym
            return f"the {organisation.name}"
        self.orgs_introduced.add(index)
        if organisation.name.startswith("Ministry of "):
            return f"{country[0]}'s {organisation.name}"
        if organisation.acronym:
            return f"the {organisation.name} ({organisation.acronym})"
        return organisation.name

    def person_name(self, index: int) -> str:
        """ "Foreign Minister Ana Lima" the first time, "Lima" after."""
        person = self.cast.people[index]
        if index in self.introduced:
            return person.last
        self.introduced.add(index)
        organisation = self.cast.organisations[person.organisation_index]
        return f"{_ministry_title(person, organisation)} {person.full_name}"

    def person_with_org(self, index: int) -> str:
        """ "Ana Lima, director of the National Water Authority (NWA)," on first mention."""
        person = self.cast.people[index]
        if index in self.introduced:
            return person.last
        if self.rng.random() < 0.5:
            return self.person_name(index)
        self.introduced.add(index)
        organisation_index = person.organisation_index
        role = _ministry_title(person, self.cast.organisations[organisation_index]).lower()
        return f"{person.full_name}, {role} at {self.org_name(organisation_index)},"

    def quote_text(self, topic: dict[str, tuple[str, ...]]) -> str:
        rng = self.rng
        templates = (
            "We will {action} because we have to {goal}.",
            "Nobody should be surprised by the {noun}, and we are ready to act.",
            "Our priority is to {goal}, and that means we must {action}",
            "The situation with {noun} is serious but it is under control.",
            "This decision will help us {goal} over the next two years.",
            "We cannot {action} overnight, but we are moving in the right direction.",
            "People are worried about {noun} and they are right to be.",
            "There is no quick fix for {noun}, but we intend to {goal}.",
        )
        text = rng.choice(templates).format(
            action=rng.choice(topic["actions"]),
            goal=rng.choice(topic["goals"]),
            noun=rng.choice(topic["nouns"]),
        )
        return text if text.endswith(".") else text + "."

    def direct_quote(self, topic: dict[str, tuple[str, ...]], speaker: int) -> str:
        rng = self.rng
        curly = rng.random() < 0.6
        opening, closing = ("“", "”") if curly else ('"', '"')
        quote = self.quote_text(topic)
        shape = rng.randrange(5)
        if shape == 0:
            return f"{opening}{quote.rstrip('.')},{closing} {self.person_name(speaker)} told reporters."
        if shape == 1:
            return f"{self.person_name(speaker)} said: {opening}{quote}{closing}"
        if shape == 2:
            return f"{opening}{quote.rstrip('.')},{closing} said {self.person_with_org(speaker).rstrip(',')}."
        if shape == 3:
            pronoun = "She" if self.cast.people[speaker].feminine else "He"
            claim = rng.choice(
                (
                    "the government was prepared to act",
                    f"talks on {rng.choice(topic['nouns'])} had made progress",
                    f"the {rng.choice(topic['nouns'])} figures were worse than expected",
                    "the decision had not been taken lightly",
                )
            )
            first = f"{self.person_name(speaker)} said {claim}."
            return f"{first} {pronoun} added: {opening}{quote}{closing}"
        return (
            f"{opening}{quote.rstrip('.')},{closing} {self.person_name(speaker)} told reporters in "
            f"{rng.choice(COUNTRIES)[3]} on {rng.choice(WEEKDAYS)}."
        )

    def reported_speech(self, topic: dict[str, tuple[str, ...]], speaker: int) -> str:
        rng = self.rng
        shape = rng.randrange(4)
        name = self.person_with_org(speaker)
        if shape == 0:
            return (
                f"{name} said the {rng.choice(topic['nouns'])} would be reviewed before the end of the year."
            )
        if shape == 1:
            return (
                f"{name} warned that failing to {rng.choice(topic['actions'])} could cost thousands of jobs."
            )
        if shape == 2:
            return f"{name} told lawmakers that the plan would {rng.choice(topic['goals'])}."
        return f"{name} argued that {rng.choice(topic['nouns'])} remained the biggest risk for the country."

    def according_to(self, topic: dict[str, tuple[str, ...]], organisation: int) -> str:
        rng = self.rng
        figure = rng.randrange(2, 95)
        return (
            f"According to {self.org_name(organisation)}, {rng.choice(topic['nouns'])} rose by {figure} percent "
            f"in the {rng.choice(('first', 'second', 'third', 'last'))} quarter."
        )

    def org_statement(self, topic: dict[str, tuple[str, ...]], organisation: int) -> str:
        rng = self.rng
        name = self.org_name(organisation)
        name = name[0].upper() + name[1:]
        return f"{name} said in a statement that it would {rng.choice(topic['actions'])}."


def article_text(cast: Cast, seed: int, index: int) -> str:
    """The article number ``index`` of the corpus for ``seed``: headline, 5–8 paragraphs, maybe comments."""
    rng = random.Random(f"{seed}:{index}")
    writer = _ArticleWriter(cast, rng)
    topic_name = rng.choice(sorted(TOPICS))
    topic = TOPICS[topic_name]
    country_index = rng.choices(range(len(COUNTRIES)), weights=COUNTRY_WEIGHTS)[0]
    country, _code, demonym, capital, cities = COUNTRIES[country_index]
    dateline_city = rng.choice((capital, capital, *cities))
    people = writer.pick_people(country_index, topic["domain"], rng.randint(2, 4))
    org_candidates = [
        i for i, o in enumerate(cast.organisations) if o.country_index == country_index and o.acronym
    ] or list(range(len(cast.organisations)))
    organisations = rng.sample(org_candidates, k=min(len(org_candidates), rng.randint(1, 3)))
    # Newsworthy foreign places: another country and a city.
    other = COUNTRIES[rng.randrange(len(COUNTRIES))]
    published = date(2023, 1, 1) + timedelta(days=rng.randrange(900))
    source = rng.choice(SOURCES)
    noun = rng.choice(topic["nouns"])
    action = rng.choice(topic["actions"])

    headline = rng.choice(
        (
            f"{demonym} government moves to {action}",
            f"{country} pledges to {rng.choice(topic['goals'])}",
            f"Row over {noun} dominates talks in {dateline_city}",
            f"{demonym} officials and {other[0]} clash over {noun}",
            f"What the {noun} row means for {country}",
        )
    )
    lead = (
        f"{dateline_city.upper()}, {MONTHS[published.month - 1]} {published.day} ({source}) - "
        f"{country}'s government on {rng.choice(WEEKDAYS)} said it would {action}, as concern over "
        f"{noun} grew in {dateline_city} and across the region."
    )
    paragraphs = [lead]
    sentence_makers = [
        lambda: writer.direct_quote(topic, rng.choice(people)),
        lambda: writer.direct_quote(topic, rng.choice(people)),
        lambda: writer.reported_speech(topic, rng.choice(people)),
        lambda: writer.according_to(topic, rng.choice(organisations)),
        lambda: writer.org_statement(topic, rng.choice(organisations)),
        lambda: rng.choice(FILLER),
        lambda: (
            f"Talks with {other[0]} on {rng.choice(topic['nouns'])} are due to resume in {other[3]} "
            f"next month, while officials in {rng.choice(other[4])} expect a deal by {rng.randint(2025, 2030)}."
        ),
        lambda: (
            f"The plan, worth {rng.randint(2, 900)} million {rng.choice(('euros', 'dollars'))}, follows "
            f"{rng.choice(topic['nouns'])} in {rng.choice(cities)} and {rng.choice(topic['nouns'])} elsewhere."
        ),
    ]
    # Everyone in the cast speaks at least once, so quotes and speakers are plentiful.
    paragraphs.append(writer.direct_quote(topic, people[0]) + " " + rng.choice(FILLER))
    for speaker in people[1:]:
        paragraphs.append(writer.reported_speech(topic, speaker) + " " + writer.direct_quote(topic, speaker))
    paragraph_count = rng.randint(6, 9)
    while len(paragraphs) < paragraph_count:
        paragraphs.append(" ".join(maker() for maker in rng.sample(sentence_makers, k=rng.randint(2, 4))))

    header = ""
    if rng.random() < 0.85:  # most feeds carry a date; the rest fall back to undated
        header = f"Published: {published.isoformat()}\n"
    text = header + headline + "\n\n" + "\n\n".join(paragraphs) + "\n"
    comment_count = rng.choice((0, 0, 1, 2, 3))
    if comment_count:
        text += "\n" * rng.randint(6, 9) + "\n\n".join(rng.sample(COMMENTS, k=comment_count)) + "\n"
    return text


def generate(count: int, seed: int = DEFAULT_SEED) -> Iterator[str]:
    """``count`` article texts, all distinct."""
    cast = build_cast(seed)
    seen: set[bytes] = set()
    index = 0
    produced = 0
    while produced < count:
        text = article_text(cast, seed, index)
        index += 1
        digest = hashlib.sha256(text.encode()).digest()
        if digest in seen:  # two identical articles would import as one
            continue
        seen.add(digest)
        produced += 1
        yield text


def write_corpus(folder: Path, count: int, seed: int = DEFAULT_SEED) -> list[Path]:
    """Write ``count`` articles as ``folder/000001.txt`` …; returns the paths in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for number, text in enumerate(generate(count, seed), start=1):
        path = folder / f"{number:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
