"""Translation memory: lookup cost with 100,000 units, against a plain rapidfuzz scan of the whole memory.

Builds a memory of made-up official-style French sentences (a Zipf vocabulary of French function
words and invented terms, numbers and dates, typical sentence lengths) with pseudo-English
targets, written as a TMX file and imported with `workbench.memory.import_tmx` (that is the
import speed). Then 1,000 document segments are looked up:

- exact: segments of the memory as a document would write them (curly apostrophes, no-break
  spaces), looked up the way `workbench run` does (one batch per document) and one at a time;
- fuzzy: segments with one to three words replaced, inserted or removed (and a fifth that the
  memory does not have at all), through our index (FTS5 candidates, rapidfuzz on those only)
  and through the peer: rapidfuzz's `process.extractOne` over every source of the memory,
  same scorer (`fuzz.ratio` on the normal form), same threshold, in the same run.

Agreement is the share of segments where both find a match of the same score, or both none.

    PYTHONPATH=$PWD python benchmarks/memory.py [--units 100000] [--lookups 1000] [--threshold 75]
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from rapidfuzz import fuzz, process

from workbench.memory import Matcher, import_tmx, normalise
from workbench.store import Store

FUNCTION_WORDS = [
    *("de", "la", "le", "les", "des", "du", "et", "à", "en", "un", "une", "pour", "par", "sur", "au", "aux"),
    *("que", "qui", "dans", "est", "a", "été", "sont", "ne", "pas", "plus", "son", "sa", "ses", "leur", "leurs"),
    *("ce", "cette", "ces", "il", "elle", "ils", "nous", "vous", "avec", "selon", "entre", "sous", "lors", "afin"),
    *("dont", "comme", "ainsi", "notamment"),
]
MONTHS = [
    *("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre"),
    *("novembre", "décembre"),
]
OPENINGS = [
    "Le Comité",
    "La Conférence",
    "Le Secrétariat",
    "L’Assemblée générale",
    "Le Conseil",
    "La délégation",
    "Le Groupe de travail",
    "Le Rapporteur spécial",
    "La Commission",
    "Les États parties",
]


class Corpus:
    """Deterministic sentence generator: the same seed gives the same memory and lookups."""

    def __init__(self, seed: int, vocabulary: int = 30_000) -> None:
        self.rng = random.Random(seed)
        letters = "abcdefghijlmnoprstuvéèàç"
        made: set[str] = set()
        while len(made) < vocabulary:
            made.add("".join(self.rng.choice(letters) for _ in range(self.rng.randint(4, 12))))
        self.words = FUNCTION_WORDS + sorted(made)
        # Zipf: the function words first, then the invented terms, ever rarer.
        weights = [1.0 / (rank + 1) ** 1.07 for rank in range(len(self.words))]
        self.cumulative = list(itertools.accumulate(weights))
        self.english = {w: w[::-1] for w in self.words}

    def word(self) -> str:
        return self.words[bisect.bisect(self.cumulative, self.rng.random() * self.cumulative[-1])]

    def sentence(self) -> tuple[str, str]:
        n = max(4, int(self.rng.lognormvariate(2.9, 0.45)))
        words = [self.word() for _ in range(n)]
        if self.rng.random() < 0.3:
            words.insert(self.rng.randrange(len(words)), f"{self.rng.randint(1, 28)} {self.rng.choice(MONTHS)}")
        if self.rng.random() < 0.3:
            words.insert(self.rng.randrange(len(words)), f"{self.rng.randint(2, 99_999):,}".replace(",", "\u00a0"))
        opening = self.rng.choice(OPENINGS)
        french = f"{opening} {' '.join(words)}."
        english = f"{opening.upper()} {' '.join(self.english.get(w, w) for w in words)}."
        return french, english

    def typed(self, text: str) -> str:
        """The same sentence as another document types it: straight apostrophes, plain spaces."""
        return text.replace("’", "'").replace("\u00a0", " ")

    def edited(self, text: str) -> str:
        """One to three words replaced, inserted or removed."""
        words = text.split(" ")
        for _ in range(self.rng.randint(1, 3)):
            at = self.rng.randrange(1, len(words))
            roll = self.rng.random()
            if roll < 0.6:
                words[at] = self.word()
            elif roll < 0.8:
                words.insert(at, self.word())
            elif len(words) > 4:
                del words[at]
        return " ".join(words)


def write_tmx(path: Path, pairs: list[tuple[str, str]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="bench"'
            ' creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="fr-FR"'
            ' datatype="plaintext"/><body>\n'
        )
        for fr, en in pairs:
            fh.write(
                f'<tu><tuv xml:lang="fr-FR"><seg>{escape(fr)}</seg></tuv>'
                f'<tuv xml:lang="en-US"><seg>{escape(en)}</seg></tuv></tu>\n'
            )
        fh.write("</body></tmx>\n")


def ms(seconds: float, n: int) -> float:
    return 1000 * seconds / max(n, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=100_000)
    parser.add_argument("--lookups", type=int, default=1000)
    parser.add_argument("--threshold", type=float, default=75.0)
    parser.add_argument("--seed", type=int, default=22)
    args = parser.parse_args()

    corpus = Corpus(args.seed)
    started = time.perf_counter()
    pairs = list(dict.fromkeys(corpus.sentence() for _ in range(args.units)))
    while len(pairs) < args.units:
        pairs = list(dict.fromkeys([*pairs, corpus.sentence()]))
    made = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as tmp:
        tmx = Path(tmp) / "memory.tmx"
        write_tmx(tmx, pairs)
        with Store.open_workspace(Path(tmp) / "ws") as store:
            imported = import_tmx(store, tmx, "bench")
            assert imported.units == len(pairs), imported
            tmx_mb = tmx.stat().st_size / 1e6

            sample = corpus.rng.sample(pairs, args.lookups)
            exact_queries = [corpus.typed(fr) for fr, _ in sample]
            novel = args.lookups // 5
            fuzzy_queries = [corpus.edited(fr) for fr, _ in sample[: args.lookups - novel]]
            fuzzy_queries += [corpus.sentence()[0] for _ in range(novel)]

            matcher = Matcher(store, fuzzy_threshold=args.threshold)
            t0 = time.perf_counter()
            batch = matcher.exact(exact_queries)
            exact_batch = time.perf_counter() - t0
            assert all(m is not None and m.target == en for m, (_, en) in zip(batch, sample, strict=True))
            t0 = time.perf_counter()
            for text in exact_queries:
                matcher.exact([text])
            exact_single = time.perf_counter() - t0

            cold = Matcher(store, fuzzy_threshold=args.threshold)  # no term counts remembered yet
            ours_times: list[float] = []
            ours: list[float | None] = []
            for text in fuzzy_queries:
                t0 = time.perf_counter()
                found = cold.fuzzy(text)
                ours_times.append(time.perf_counter() - t0)
                ours.append(found.score if found else None)

        sources = [normalise(fr) for fr, _ in pairs]
        peer_times: list[float] = []
        peer: list[float | None] = []
        for text in fuzzy_queries:
            t0 = time.perf_counter()
            best = process.extractOne(normalise(text), sources, scorer=fuzz.ratio, score_cutoff=args.threshold)
            peer_times.append(time.perf_counter() - t0)
            peer.append(best[1] if best else None)

    def same(a: float | None, b: float | None) -> bool:
        return (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 0.2)

    agreement = sum(same(a, b) for a, b in zip(ours, peer, strict=True)) / len(peer)
    found_by_peer = [i for i, b in enumerate(peer) if b is not None]
    recall = sum(1 for i in found_by_peer if same(ours[i], peer[i])) / max(len(found_by_peer), 1)
    fuzzy_ms = ms(sum(ours_times), len(ours_times))
    peer_ms = ms(sum(peer_times), len(peer_times))
    rows = [
        (
            "import (TMX → memory)",
            f"{imported.units_per_second:,.0f} units/s",
            f"{imported.seconds:.1f} s, {tmx_mb:.1f} MB",
        ),
        ("exact, per document batch", f"{ms(exact_batch, len(exact_queries)):.3f} ms/segment", "all found"),
        ("exact, one segment at a time", f"{ms(exact_single, len(exact_queries)):.3f} ms/segment", ""),
        (
            "fuzzy, ours (FTS5 candidates + rapidfuzz)",
            f"{fuzzy_ms:.2f} ms/segment",
            f"p95 {1000 * statistics.quantiles(ours_times, n=20)[-1]:.2f} ms; {sum(o is not None for o in ours)} found",
        ),
        (
            "fuzzy, peer (rapidfuzz over the whole memory)",
            f"{peer_ms:.2f} ms/segment",
            f"p95 {1000 * statistics.quantiles(peer_times, n=20)[-1]:.2f} ms; {len(found_by_peer)} found",
        ),
    ]
    print(
        f"translation memory: {len(pairs):,} units (made in {made:.1f} s), {len(fuzzy_queries):,} lookups, "
        f"threshold {args.threshold:g}%, {os.cpu_count()} CPU(s), load {os.getloadavg()[0]:.1f}"
    )
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"  {name:<{width}}  {value:>18}  {note}")
    print(f"  agreement with the peer: {agreement:.1%} of lookups; recall of its matches: {recall:.1%}")
    exact_ms, exact_single_ms = ms(exact_batch, len(exact_queries)), ms(exact_single, len(exact_queries))
    print(
        f"fuzzy_ms={fuzzy_ms:.3f} scan_ms={peer_ms:.3f} speedup={peer_ms / fuzzy_ms:.1f} "
        f"exact_ms={exact_ms:.4f} exact_single_ms={exact_single_ms:.3f} "
        f"import_units_per_s={imported.units_per_second:.0f} agreement={agreement:.3f} recall={recall:.3f} "
        f"units={len(pairs)} lookups={len(fuzzy_queries)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
