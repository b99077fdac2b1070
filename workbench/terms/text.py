"""Word tokens with their character spans, and the folds used to compare them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Letters and digits; apostrophes and hyphens separate tokens, so "l’Union" gives "l", "Union"
# and "porte-parole" gives "porte", "parole" (the gap between them is checked when matching).
_TOKEN = re.compile(r"[^\W_]+")
APOSTROPHES = "'’ʼ`"
# French words that lose their vowel before another vowel: "l’État", "d’accord", "qu’il".
ELIDED = frozenset({"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"})


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def fold(text: str) -> str:
    """Case- and accent-blind key: "État" and "etat" fold alike."""
    return strip_accents(text).casefold().replace("œ", "oe").replace("æ", "ae")


def has_accent(char: str) -> bool:
    return strip_accents(char) != char


def plural_forms(word: str, lang: str = "fr") -> set[str]:
    """Folded singular/plural variants of one word, so "droit" meets "droits" and "journal" meets "journaux".

    Short words (articles, prepositions) only match themselves: "des" must not meet "de".
    """
    key = fold(word)
    forms = {key}
    if len(key) <= 3:
        return forms
    if lang == "fr":
        if key.endswith("aux"):
            forms |= {key[:-3] + "al", key[:-3] + "ail"}
        elif key.endswith(("s", "x")):
            forms.add(key[:-1])
        if key.endswith("al"):
            forms.add(key[:-2] + "aux")
        elif key.endswith("ail"):
            forms.add(key[:-3] + "aux")
        elif key.endswith(("eau", "eu")):
            forms.add(key + "x")
        elif not key.endswith(("s", "x", "z")):
            forms.add(key + "s")
    else:
        if key.endswith("ies"):
            forms.add(key[:-3] + "y")
        elif key.endswith("es"):
            forms |= {key[:-2], key[:-1]}
        elif key.endswith("s") and not key.endswith("ss"):
            forms.add(key[:-1])
        if key.endswith("y") and len(key) > 1 and key[-2] not in "aeiou":
            forms.add(key[:-1] + "ies")
        elif key.endswith(("s", "x", "z", "ch", "sh")):
            forms.add(key + "es")
        else:
            forms.add(key + "s")
    return forms


def pluralize_en(phrase: str) -> str:
    """English plural of a term's head (its last word): "human right" → "human rights"."""
    head = phrase.rstrip()
    if not head or not head[-1].isalpha():
        return phrase
    if head.endswith("y") and len(head) > 1 and head[-2].lower() not in "aeiou":
        return head[:-1] + "ies"
    if head.endswith(("s", "x", "z", "ch", "sh")):
        return head if head.endswith("s") else head + "es"
    return head + "s"
