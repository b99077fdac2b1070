"""A deterministic look-alike of a neural MT model, to test and measure glossary enforcement.

Real models on real text do things an identity model never does; this stub
does them on purpose, driven by a hash of the sentence so runs repeat:
- translates word by word from a small dictionary and copies unknown words;
- garbles some unknown capitalised words (drops accents, changes the ending),
  as a model does with names it has never seen;
- renders some words one way alone and another way in context (`synonyms`);
- writes numbers the English way ("13 400" → "13,400", "3,5" → "3.5"), groups
  four-digit numbers now and then ("7301" → "7,301") and moves a number by one
  word;
- sometimes drops a number altogether.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping

from workbench.terms.text import strip_accents

_TOKEN = re.compile(r"\d+(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?|[^\W\d_]+|[^\w\s]|_")


class StubMT:
    def __init__(
        self,
        dictionary: Mapping[str, str],
        *,
        synonyms: Mapping[str, str] | None = None,
        context_rate: float = 0.5,
        garble_rate: float = 0.5,
        group_rate: float = 0.5,
        move_rate: float = 0.3,
        drop_rate: float = 0.1,
        seed: int = 0,
    ) -> None:
        self.dictionary = {k.casefold(): v for k, v in dictionary.items()}
        self.synonyms = {k.casefold(): v for k, v in (synonyms or {}).items()}
        self.context_rate = context_rate
        self.garble_rate = garble_rate
        self.group_rate = group_rate
        self.move_rate = move_rate
        self.drop_rate = drop_rate
        self.seed = seed

    def _roll(self, text: str, what: str, i: int) -> float:
        digest = hashlib.sha256(f"{self.seed}|{what}|{i}|{text}".encode()).digest()
        return int.from_bytes(digest[:4], "big") / 2**32

    def _word(self, word: str, sentence: str, i: int) -> str:
        found = self.dictionary.get(word.casefold())
        in_context = len(sentence.split()) > 4
        synonym = self.synonyms.get(word.casefold())
        if synonym and in_context and self._roll(sentence, "context", i) < self.context_rate:
            found = synonym
        if found is not None:
            return found[:1].upper() + found[1:] if word[:1].isupper() else found
        if word[:1].isupper() and self._roll(sentence, "garble", i) < self.garble_rate:
            plain = strip_accents(word)
            return plain[:-1] + "a" if len(plain) > 3 else plain.lower()
        return word

    def _number(self, raw: str, sentence: str, i: int) -> str:
        whole, _, frac = raw.partition(",")
        digits = re.sub(r"\D", "", whole)
        if " " in whole or "\u00a0" in whole or "\u202f" in whole:
            digits = f"{int(digits):,}"
        elif len(digits) == 4 and self._roll(sentence, "group", i) < self.group_rate:
            digits = f"{digits[0]},{digits[1:]}"
        return digits + ("." + frac if frac else "")

    def translate_one(self, text: str) -> str:
        toks = _TOKEN.findall(text.replace("’", "'"))
        out: list[str] = []
        for i, tok in enumerate(toks):
            if tok[0].isdigit():
                if self._roll(text, "drop", i) < self.drop_rate:
                    continue
                out.append(self._number(tok, text, i))
            elif tok == "'":
                continue  # "l'" and "d'" are translated as words below
            else:
                out.append(self._word(tok, text, i))
        # A number slips by one word, as adjectives and numbers move between languages.
        for j in range(len(out) - 1):
            if out[j][:1].isdigit() and out[j + 1][:1].isalpha() and self._roll(text, "move", j) < self.move_rate:
                out[j], out[j + 1] = out[j + 1], out[j]
        sentence = " ".join(w for w in out if w)
        return re.sub(r" ([.,;:!?)])", r"\1", sentence)

    def __call__(self, texts: list[str]) -> list[str]:
        return [self.translate_one(t) for t in texts]

    translate = __call__
