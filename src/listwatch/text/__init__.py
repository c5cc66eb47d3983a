"""Name analysis: normalisation, transliteration, tokens, legal forms, phonetics."""

from listwatch.text.common_words import COMMON_WORDS, is_common
from listwatch.text.legal_forms import is_legal_form, split_legal_forms
from listwatch.text.name_form import NameForm, form_schema, prepare_name
from listwatch.text.nicknames import related_names
from listwatch.text.normalize import clean, joined, normalize
from listwatch.text.phonetics import phonetic_key, skeleton
from listwatch.text.tokens import NameTokens, tokenize_name
from listwatch.text.translit import script_of, transliterate_word

__all__ = [
    "COMMON_WORDS",
    "NameForm",
    "NameTokens",
    "clean",
    "form_schema",
    "is_common",
    "is_legal_form",
    "joined",
    "normalize",
    "phonetic_key",
    "prepare_name",
    "related_names",
    "script_of",
    "skeleton",
    "split_legal_forms",
    "tokenize_name",
    "transliterate_word",
]
