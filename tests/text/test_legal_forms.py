"""Legal forms from the ISO 20275 list, removed from the ends of organisation names."""

from __future__ import annotations

from listwatch.text.legal_forms import (
    is_legal_form,
    legal_form_phrases,
    legal_form_span,
    split_legal_forms,
)
from listwatch.text.normalize import normalize
from listwatch.text.tokens import tokenize_name


def _split(name: str) -> tuple[list[str], list[str]]:
    return split_legal_forms(normalize(name).split())


def test_the_iso_list_is_loaded() -> None:
    assert len(legal_form_phrases()) > 3000
    for form in ("gmbh", "llc", "ooo", "sarl", "s a", "ltda", "kft", "sp z o o", "pvt ltd"):
        assert is_legal_form(form.split())


def test_forms_of_the_hand_supplement() -> None:
    assert _split("VENTORA MINING S.A.S.U.") == (["ventora", "mining"], ["s a s u"])
    assert _split("HAMRIYAH STEEL FREE ZONE COMPANY") == (
        ["hamriyah", "steel"],
        ["free zone company"],
    )
    assert _split("MACPAR MAKINA ANONIM SIRKETI")[0] == ["macpar", "makina"]
    assert _split("TOSE-E MELLI INVESTMENT PUBLIC SHAREHOLDING COMPANY")[1] == [
        "public shareholding company"
    ]


def test_an_ampersand_in_a_form_and_initials_joined_by_one() -> None:
    assert tokenize_name("MUELLER GMBH & CO. KG", "Company").legal_forms == ["gmbh and co kg"]
    assert tokenize_name("J & P ADVERTISING", "Company").tokens == ["j", "and", "p", "advertising"]


def test_a_name_after_a_leading_form_and_a_comma() -> None:
    parts = tokenize_name("AO, KRIMTETS", "Company")
    assert (parts.tokens, parts.legal_forms, parts.annotations) == (["krimtets"], ["ao"], [])


def test_spaced_and_dotted_spellings_are_one_form() -> None:
    assert is_legal_form(["s", "r", "o"])
    assert is_legal_form(["sro"])
    assert is_legal_form(["sa", "de", "cv"])


def test_forms_at_either_end_are_removed() -> None:
    assert _split("Tovarro Industries de México, S.A. de C.V.") == (
        ["tovarro", "industries", "de", "mexico"],
        ["s a de c v"],
    )
    assert _split("ООО Ромашка") == (["romashka"], ["ooo"])
    assert _split("Spedycja Wisłoujście Sp. z o.o. Sp. k.") == (
        ["spedycja", "wisloujscie"],
        ["sp z o o sp k"],
    )
    assert _split("Pellbrook Cold Storage, Limited Liability Company")[1] == [
        "limited liability company"
    ]


def test_syllables_of_han_and_hangul_forms() -> None:
    assert _split("株式会社霜月水産")[1] == ["zhu shi hui she"]
    assert _split("새벽별물류 주식회사")[1] == ["ju sig hoe sa"]


def test_a_name_is_never_emptied() -> None:
    assert _split("Limited") == (["limited"], [])


def test_name_words_of_the_code_list_are_kept() -> None:
    assert _split("National Bank of Cuba")[0] == ["national", "bank", "of", "cuba"]
    assert _split("First National Bank")[0] == ["first", "national", "bank"]


def test_a_leading_form_before_only_common_words_is_the_name() -> None:
    # MB (Military Bank) and IS (Isbank) also spell legal forms; BANK alone matches every bank.
    assert _split("JSC MB BANK") == (["mb", "bank"], ["jsc"])
    assert _split("IS BANK")[0] == ["is", "bank"]
    assert _split("AGRICULTURAL COOPERATIVE BANK")[0] == ["agricultural", "cooperative", "bank"]
    assert _split("OOO APEX") == (["apex"], ["ooo"])
    # a trailing form still goes, and a number is never all that is left
    assert _split("Global Trading S.A.") == (["global", "trading"], ["s a"])
    assert _split("MS-13")[0] == ["ms", "13"]
    assert _split("13 LLC")[0] == ["13", "llc"]


def test_russian_forms_in_any_common_romanisation() -> None:
    for name in (
        "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU ROST PROGRESS",
        "Obshchestvo s Ogranichennoy Otvetstvennostyu Rost Progress",
        "OBSHCHESTVO S OGRANICHENNOJ OTVETSTVENNOSTJU ROST PROGRESS",
        "AKTSIONERNOYE OBSHCHESTVO ROST PROGRESS",
        "Akcionernoe obshchestvo Rost Progress",
        "ROST PROGRESS AO",
        "JOINT-STOCK COMPANY ROST PROGRESS",
        "FEDERALNOE GOSUDARSTVENNOE UNITARNOE PREDPRIYATIE ROST PROGRESS",
    ):
        assert _split(name)[0] == ["rost", "progress"], name


def test_forms_found_through_folding_are_reported_as_written() -> None:
    assert _split("AKTSIONERNOYE OBSHCHESTVO TSENTR") == (
        ["tsentr"],
        ["aktsionernoye obshchestvo"],
    )
    assert not is_legal_form(["aktsionernoye"])  # the phrase is a form, not its first word


def test_a_lone_letter_is_an_initial_not_a_form() -> None:
    assert _split("S AND D SOLUTIONS LIMITED LIABILITY COMPANY") == (
        ["s", "and", "d", "solutions"],
        ["limited liability company"],
    )
    assert _split("LLC A INVEST")[0] == ["a", "invest"]
    assert is_legal_form(["s", "a"])  # S.A. is still one


def test_one_leading_form_only() -> None:
    # RT is a form somewhere, but here the name's own first word
    assert _split("AKTSIONERNOE OBSHCHESTVO RT-AVTO")[0] == ["rt", "avto"]
    assert _split("OOO APEX LLC") == (["apex"], ["ooo", "llc"])


def test_the_words_of_a_form_in_another_order_are_the_form() -> None:
    assert _split("Company Stock Joint Sovfracht") == (["sovfracht"], ["company stock joint"])
    assert _split("ARSENAL OBSHCHESTVO AKTSIONERNOE") == (
        ["arsenal"],
        ["obshchestvo aktsionernoe"],
    )
    assert not is_legal_form(["stock", "joint"])  # every word of the form, not some


def test_a_form_is_made_of_whole_words() -> None:
    # STG is a form somewhere, but here it is half of the hyphenated name.
    for name in ("'STG-EKO' LLC", "OOO 'STG-EKO'", "RT-AVTO AO"):
        tokens = tokenize_name(name, "Organization").tokens
        assert tokens[0] in ("stg", "rt"), name
    assert tokenize_name("ACME S.A. DE C.V.", "Organization").legal_forms == ["s a de c v"]
    assert legal_form_span(["stg", "eko"], [True, False]) == (0, 2)
    assert legal_form_span(["ao", "stg", "eko"], [True, True, False]) == (1, 3)
