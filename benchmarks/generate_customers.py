"""Deterministic synthetic customers: people from many cultures and scripts, companies, and a
known share of perturbed listed names taken from the screening index.

    .venv/bin/python benchmarks/generate_customers.py 1000000 /tmp/customers-1m.csv

Same arguments, same file (``--seed``). Columns: id,name,schema,birth_date,country; the
``expected`` column (``listed`` for a perturbed listed name, else empty) tells which rows were
planted, so recall can be read off the batch output.
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

GIVEN = {
    "en": [
        "James",
        "Mary",
        "John",
        "Patricia",
        "Robert",
        "Jennifer",
        "Michael",
        "Linda",
        "David",
        "Sarah",
        "Thomas",
        "Emily",
        "Daniel",
        "Laura",
        "George",
        "Helen",
    ],
    "es": [
        "José",
        "María",
        "Juan",
        "Carmen",
        "Luis",
        "Lucía",
        "Carlos",
        "Ana",
        "Javier",
        "Isabel",
        "Miguel",
        "Elena",
        "Alejandro",
        "Rosa",
    ],
    "fr": ["Jean", "Marie", "Pierre", "Sophie", "Louis", "Camille", "François", "Chloé"],
    "de": ["Hans", "Anna", "Jürgen", "Katrin", "Stefan", "Ursula", "Matthias", "Sabine"],
    "tr": ["Mehmet", "Ayşe", "Mustafa", "Fatma", "Ahmet", "Emine", "Hüseyin", "Zeynep"],
    "vi": ["Nguyen Van", "Tran Thi", "Le Van", "Pham Thi", "Hoang Van"],
    "ar-Latn": ["Mohammed", "Fatima", "Ahmed", "Aisha", "Omar", "Khadija", "Youssef", "Layla"],
}
FAMILY = {
    "en": [
        "Smith",
        "Johnson",
        "Williams",
        "Brown",
        "Jones",
        "Taylor",
        "Wilson",
        "Evans",
        "Walker",
        "Wright",
        "Thompson",
        "Clarke",
    ],
    "es": [
        "García",
        "Rodríguez",
        "Martínez",
        "López",
        "Hernández",
        "González",
        "Pérez",
        "Sánchez",
        "Ramírez",
        "Torres",
        "Flores",
        "Rivera",
    ],
    "fr": ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand"],
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker"],
    "tr": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk"],
    "vi": ["Minh", "Lan", "Hung", "Mai", "Tuan", "Huong", "Duc"],
    "ar-Latn": ["Al-Sayed", "Haddad", "Nasser", "Khalil", "Mansour", "Hussein", "Abdullah"],
}
#: Names written in their own script, whole (given + family).
SCRIPTS = {
    "ar": (
        ["محمد", "أحمد", "فاطمة", "علي", "يوسف", "مريم", "خالد"],
        ["العلي", "حسن", "الخطيب", "منصور", "السيد", "حداد"],
    ),
    "ru": (
        ["Александр", "Елена", "Дмитрий", "Ольга", "Сергей", "Наталья", "Иван"],
        ["Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева"],
    ),
    "zh": (["伟", "芳", "娜", "敏", "静", "强", "磊"], ["王", "李", "张", "刘", "陈", "杨"]),
    "ko": (["민준", "서연", "도윤", "지우", "하준", "서윤"], ["김", "이", "박", "최", "정"]),
    "hi": (
        ["राहुल", "प्रिया", "अमित", "सुनीता", "विजय", "अनीता"],
        ["शर्मा", "वर्मा", "गुप्ता", "सिंह", "पटेल"],
    ),
    "ja": (["翔太", "さくら", "大輔", "陽子", "健"], ["佐藤", "鈴木", "高橋", "田中", "渡辺"]),
}
COMPANY_WORDS = [
    "Global",
    "Northern",
    "Pacific",
    "Atlas",
    "Summit",
    "Blue River",
    "Golden",
    "Horizon",
    "Evergreen",
    "Delta",
    "Union",
    "Silverline",
    "Apex",
    "Crescent",
]
COMPANY_TRADES = [
    "Trading",
    "Logistics",
    "Holdings",
    "Shipping",
    "Textiles",
    "Foods",
    "Engineering",
    "Consulting",
    "Imports",
    "Energy",
    "Pharma",
    "Software",
]
LEGAL = ["Ltd", "LLC", "GmbH", "S.A.", "SARL", "Inc.", "Co., Ltd.", "OOO", "JSC", "B.V.", "AG"]
COUNTRIES = [
    "gb",
    "us",
    "es",
    "mx",
    "fr",
    "de",
    "tr",
    "vn",
    "eg",
    "ae",
    "ru",
    "cn",
    "kr",
    "in",
    "jp",
    "br",
    "ng",
    "pk",
    "",
]


_SYLLABLES = ("ka", "lo", "ma", "ri", "sen", "tu", "vel", "dor", "an", "be", "chi", "na", "por",
              "ge", "lu", "mi", "ra", "so", "ter", "vi", "al", "do", "fer", "nan")  # fmt: skip


def _invented(rng: random.Random) -> str:
    """A made-up family or company word (the long tail of rare real names)."""
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _person(rng: random.Random, invented_share: float = 0.0) -> str:
    if invented_share and rng.random() < invented_share:
        culture = rng.choice(sorted(GIVEN))
        return f"{rng.choice(GIVEN[culture])} {_invented(rng)}"
    if rng.random() < 0.3:
        given, family = SCRIPTS[rng.choice(sorted(SCRIPTS))]
        first, last = rng.choice(given), rng.choice(family)
        return (
            f"{last}{first}"
            if rng.random() < 0.5 and last in "王李张刘陈杨佐藤鈴木"
            else f"{first} {last}"
        )
    culture = rng.choice(sorted(GIVEN))
    parts = [rng.choice(GIVEN[culture]), rng.choice(FAMILY[culture])]
    if culture == "es" and rng.random() < 0.6:
        parts.append(rng.choice(FAMILY["es"]))
    return " ".join(parts)


def _company(rng: random.Random, invented_share: float = 0.0) -> str:
    if invented_share and rng.random() < invented_share:
        return f"{_invented(rng)} {rng.choice(COMPANY_TRADES)} {rng.choice(LEGAL)}"
    return f"{rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_TRADES)} {rng.choice(LEGAL)}"


def _perturb(rng: random.Random, name: str) -> str:
    tokens = name.replace(",", " ").split()
    how = rng.randrange(4)
    if how == 0 and len(tokens) > 1:
        tokens.reverse()
    elif how == 1 and len(tokens) > 2:
        tokens.pop(rng.randrange(len(tokens)))
    elif how == 2:
        i = rng.randrange(len(tokens))
        word = tokens[i]
        if len(word) > 3:
            j = rng.randrange(1, len(word) - 1)
            tokens[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    out = " ".join(tokens)
    return out.title() if rng.random() < 0.5 else out


def listed_names(home: str | None) -> list[tuple[str, str]]:
    """(name, schema) of every primary name in the default index (all bundled lists)."""
    from listwatch.api_facade import get_screener
    from listwatch.config import load_settings

    index = get_screener(load_settings(home=home)).index
    names = [
        (n.form.original, index.entries[n.entry_no].schema) for n in index.names if n.kind == "name"
    ]
    return sorted(set(names))


def generate(
    count: int,
    path: Path,
    *,
    seed: int = 42,
    listed_share: float = 0.01,
    invented_share: float = 0.0,
    home: str | None = None,
) -> None:
    """Write ``count`` customers; ``invented_share`` of the people and companies get a made-up
    family or company word, so that share of the names is (almost always) distinct."""
    rng = random.Random(seed)
    listed = listed_names(home) if listed_share > 0 else []
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["id", "name", "schema", "birth_date", "country", "expected"])
        for no in range(count):
            roll = rng.random()
            country = rng.choice(COUNTRIES)
            if roll < listed_share and listed:
                name, schema = rng.choice(listed)
                writer.writerow([f"C{no:08d}", _perturb(rng, name), schema, "", "", "listed"])
            elif roll < 0.8:
                dob = (
                    (
                        f"{rng.randrange(1930, 2006)}-{rng.randrange(1, 13):02d}-"
                        f"{rng.randrange(1, 29):02d}"
                    )
                    if rng.random() < 0.7
                    else ""
                )
                name = _person(rng, invented_share)
                writer.writerow([f"C{no:08d}", name, "Person", dob, country, ""])
            else:
                name = _company(rng, invented_share)
                writer.writerow([f"C{no:08d}", name, "Company", "", country, ""])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("output", type=Path)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--listed-share", type=float, default=0.01)
    parser.add_argument(
        "--invented-share",
        type=float,
        default=0.0,
        help="share of people and companies with a made-up (distinct) family or company word",
    )
    parser.add_argument("--home", help="listwatch home (default: $LISTWATCH_HOME)")
    args = parser.parse_args()
    generate(
        args.count,
        args.output,
        seed=args.seed,
        listed_share=args.listed_share,
        invented_share=args.invented_share,
        home=args.home,
    )


if __name__ == "__main__":
    main()
