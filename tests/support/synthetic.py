"""Synthetic letter-sized document pairs for tests and benchmarks.

Made from a pool of hand-written parallel sentences, grouped into paragraphs,
with the kinds of divergence real translations have: an English sentence left
out, two French sentences rendered as one English sentence. Deterministic for
a given seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path


def sentence_pairs() -> list[tuple[str, str]]:
    text = (Path(__file__).parent / "sentences.tsv").read_text(encoding="utf-8")
    pairs = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            fr, en = line.split("\t")
            pairs.append((fr, en))
    return pairs


@dataclass
class SyntheticPair:
    french: str
    english: str
    links: list[tuple[list[int], list[int]]]
    """Gold links as sentence indices, in the `[src]:[tgt]` sense."""


def make_pair(rng: random.Random, sentences: int = 12) -> SyntheticPair:
    pool = sentence_pairs()
    chosen = rng.sample(pool, k=min(sentences, len(pool)))
    fr_pars: list[list[str]] = []
    en_pars: list[list[str]] = []
    links: list[tuple[list[int], list[int]]] = []
    i = fr_i = en_i = 0
    while i < len(chosen):
        size = min(rng.randint(1, 4), len(chosen) - i)
        fr_par: list[str] = []
        en_par: list[str] = []
        j = 0
        while j < size:
            fr, en = chosen[i + j]
            roll = rng.random()
            if roll < 0.08:
                fr_par.append(fr)
                links.append(([fr_i], []))
                fr_i += 1
            elif roll < 0.16 and j + 1 < size:
                fr2, en2 = chosen[i + j + 1]
                fr_par += [fr, fr2]
                en_par.append(en.rstrip(".") + "; " + en2[0].lower() + en2[1:])
                links.append(([fr_i, fr_i + 1], [en_i]))
                fr_i += 2
                en_i += 1
                j += 1
            else:
                fr_par.append(fr)
                en_par.append(en)
                links.append(([fr_i], [en_i]))
                fr_i += 1
                en_i += 1
            j += 1
        fr_pars.append(fr_par)
        if en_par:
            en_pars.append(en_par)
        i += size
    return SyntheticPair(
        "\n\n".join(" ".join(p) for p in fr_pars) + "\n",
        "\n\n".join(" ".join(p) for p in en_pars) + "\n",
        links,
    )


def write_corpus(folder: Path, n: int, seed: int = 1, sentences: int = 12) -> list[Path]:
    """Write `n` pairs as NAME.fr.txt / NAME.en.txt into `folder`; return the French files."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    out = []
    for k in range(n):
        pair = make_pair(rng, sentences)
        fr = folder / f"doc{k:05d}.fr.txt"
        fr.write_text(pair.french, encoding="utf-8")
        (folder / f"doc{k:05d}.en.txt").write_text(pair.english, encoding="utf-8")
        out.append(fr)
    return out
