"""The splitter's rules as SRX rules: (break?, before-break regex, after-break regex).

Java/ICU regex syntax, as SRX 2.0 expects. SRX applies the first matching
rule at each position, so the no-break exceptions come before the break
rules. What SRX cannot say (quote balance, a writer who never capitalises,
list markers only at a paragraph start) is approximated or left out.
"""

from __future__ import annotations

import re

from workbench.segment.rules import rules_for

_FINAL = r"(?:\.{2,}|…|[.!?‽]+)[»”\"’')\]]*"
_PERIOD = r"(?:\.+|…)[»”\"’')\]]*"


def _alternation(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def srx_rules(lang: str) -> list[tuple[bool, str, str]]:
    """SRX rules for `lang` ('fr' or 'en'), exceptions first."""
    rules = rules_for(lang)
    starters = "|".join(sorted(rules.sentence_starters))
    out: list[tuple[bool, str, str]] = [
        (False, rf"(?i)(?<![\p{{L}}.])(?:{_alternation(rules.never_final)})\.", r"\s"),
        (False, rf"(?i)(?<![\p{{L}}.])(?:{_alternation(rules.before_number)})\.", r"\s+\p{N}"),
        (False, rf"(?i)(?<![\p{{L}}.])(?:{_alternation(rules.maybe_final)})\.", rf"\s+(?!(?:{starters})\b)"),
        (False, r"(?<![\p{L}.])\p{Lu}\.", r"\s"),  # initials: "P. K. Ostrander"
        (False, r"(?<![\p{L}.])(?:\p{L}\.){2,}", rf"\s+(?!(?:{starters})\b)"),  # "U.S." mid-sentence
        (False, r"^\s*(?:\p{N}{1,3}|[IVXLCDM]{1,5})\.", r"\s"),  # list marker opening a paragraph
        # a lowercase word goes on with the sentence (in English, not after "?" or "!")
        (False, _PERIOD if rules.question_then_lowercase_breaks else _FINAL, r"\s+[«“\"‘(\[]*\s*\p{Ll}"),
        (True, _FINAL, r"\s"),
    ]
    return out
