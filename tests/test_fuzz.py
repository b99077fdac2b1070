"""Property tests and a fuzz run over what reads the outside world: the readers, the segmenter and
the TMX importer. Whatever bytes come in, the answer is a Document (or units) or one InputError,
never another exception, and never a hang.

The suite runs a few hundred examples per property (seconds). For a long fuzz run:

    WORKBENCH_FUZZ_EXAMPLES=5000 pytest tests/test_fuzz.py -p no:randomly -q
"""

from __future__ import annotations

import io
import os
import tempfile
import time
import zipfile
from pathlib import Path

import hostile_files as hf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.errors import InputError
from workbench.export.base import ExportMeta, ExportUnit
from workbench.export.tmx import TmxReader, TmxWriter
from workbench.readers import document_from_text, read_document
from workbench.readers.plaintext import decode
from workbench.segment import segment_document, split_sentences
from workbench.xmlsafe import clean_text

EXAMPLES = int(os.environ.get("WORKBENCH_FUZZ_EXAMPLES", "0"))


def fuzz(default: int) -> settings:
    return settings(
        max_examples=EXAMPLES or default,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )


_DIR = Path(tempfile.mkdtemp(prefix="workbench-fuzz-"))


def _file(name: str, data: bytes) -> Path:
    path = _DIR / name
    path.write_bytes(data)
    return path


# Valid files of every format, built once; mutations of them reach deeper than random bytes.
SEEDS: dict[str, bytes] = {
    ".txt": hf.LETTER.encode("utf-8"),
    ".html": (
        "<html><head><meta charset='utf-8'><title>t</title></head><body><h1>Lettre</h1>"
        + "".join(f"<p>{p}</p>" for p in hf.LETTER.split("\n\n"))
        + "<table><tr><td>Une cellule.</td></tr></table></body></html>"
    ).encode("utf-8"),
    ".docx": hf.docx_bytes(hf.LETTER.replace("\n", " ")),
    ".pdf": hf.pdf_bytes(["Geneve, le 14 mars 2024.", "M. Brissac presidera les travaux.", "Merci."]),
}
TMX_SEED = hf.tmx([("Bonjour, M. Dupont.", "Hello, Mr. Dupont."), ("À bientôt !", "See you soon!")])


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """The seed with a few bytes flipped, a slice cut out or repeated, or cut short."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(0, 6))):
        choice = draw(st.integers(0, 3))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if choice == 0 and data:
            data[at] = draw(st.integers(0, 255))
        elif choice == 1:
            data[at:at] = draw(st.binary(max_size=40))
        elif choice == 2:
            del data[at : at + draw(st.integers(1, 200))]
        else:
            data[at:at] = data[at : at + draw(st.integers(1, 64))] * draw(st.integers(1, 20))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


def mutated_zip(seed: bytes) -> st.SearchStrategy[bytes]:
    """A .docx whose parts (not the zip structure) are damaged: reaches python-docx's XML parsing."""

    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        src = zipfile.ZipFile(io.BytesIO(seed))
        victim = draw(st.sampled_from([i.filename for i in src.infolist()]))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for item in src.infolist():
                body = src.read(item)
                z.writestr(item.filename, draw(mutated(body)) if item.filename == victim else body)
        return out.getvalue()

    return build()


def _read(suffix: str, data: bytes) -> None:
    try:
        doc = read_document(_file("fuzz" + suffix, data))
    except InputError:
        return
    # A document read is a document that can be segmented, with spans inside its text.
    segment_document(doc)
    for seg in doc.segments:
        assert 0 <= seg.start <= seg.end <= len(doc.text)


@fuzz(150)
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(sorted(SEEDS)))
def test_any_bytes_under_any_name_are_read_or_refused_cleanly(data: bytes, suffix: str) -> None:
    _read(suffix, data)


def test_the_undamaged_seeds_are_read() -> None:
    for suffix, seed in SEEDS.items():
        doc = segment_document(read_document(_file("seed" + suffix, seed)))
        assert doc.segments, suffix


@fuzz(80)
@given(st.data())
def test_damaged_files_of_every_format_are_read_or_refused_cleanly(data: st.DataObject) -> None:
    suffix = data.draw(st.sampled_from(sorted(SEEDS)))
    seed = SEEDS[suffix]
    strategy = mutated_zip(seed) if suffix == ".docx" and data.draw(st.booleans()) else mutated(seed)
    _read(suffix, data.draw(strategy))


@fuzz(200)
@given(st.binary(max_size=2000))
def test_decoding_gives_text_or_one_clear_refusal(data: bytes) -> None:
    try:
        text, encoding = decode(data, "fuzz.txt")
    except InputError:
        return
    assert isinstance(text, str) and encoding
    assert "\x00" not in text  # NUL means binary: refused, never passed on to the store


@fuzz(200)
@given(text=st.text(max_size=400), lang=st.sampled_from(["fr", "en"]))
def test_the_segmenter_takes_any_unicode(text: str, lang: str) -> None:
    spans = split_sentences(text, lang)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        last = b
    covered = "".join(text[a:b] for a, b in spans)
    assert [c for c in covered if not c.isspace()] == [c for c in text if not c.isspace()]
    try:
        doc = segment_document(document_from_text(text, lang))
    except InputError:
        return
    for seg in doc.segments:
        assert seg.text.strip() and 0 <= seg.start < seg.end <= len(doc.text)


PATHOLOGICAL = [
    "." * 200_000,
    "M. " * 50_000,
    "«" * 50_000 + "»" * 50_000,
    ("a" * 5000 + "!") * 40,
    "1." * 100_000,
    "(" * 100_000,
    " \n" * 100_000,
    "A" * 300_000,
]


def test_pathological_paragraphs_are_split_in_linear_time() -> None:
    """No regular expression in the rules backtracks badly: each 200-300 kB paragraph in well under 5 s."""
    for text in PATHOLOGICAL:
        started = time.perf_counter()
        split_sentences(text, "fr")
        segment_document(document_from_text(text[:100_000], "fr"))
        assert time.perf_counter() - started < 5, text[:20]


def _import(data: bytes) -> None:
    try:
        result = TmxReader().read(_file("fuzz.tmx", data))
    except InputError:
        return
    for unit in result.units:
        assert unit.source.strip() and unit.target.strip()


@fuzz(200)
@given(mutated(TMX_SEED))
def test_damaged_tmx_is_imported_or_refused_cleanly(data: bytes) -> None:
    _import(data)


XML_TRICKS = [
    b"<!DOCTYPE tmx SYSTEM 'http://example.org/tmx14.dtd'>",
    b"<!DOCTYPE tmx [<!ELEMENT tmx ANY>]>",
    b"<?xml-stylesheet href='http://example.org/x.xsl'?>",
    b'<!DOCTYPE tmx [<!ENTITY % p SYSTEM "http://example.org/p.dtd"> %p;]>',
    hf.LAUGHS.replace(b"lolz", b"tmx"),
    hf.EXTERNAL,
]


@fuzz(100)
@given(trick=st.sampled_from(XML_TRICKS), units=st.integers(0, 3))
def test_xml_prologue_tricks_never_reach_the_network_or_expand(trick: bytes, units: int) -> None:
    data = hf.tmx([("Bonjour.", "Hello.")] * units, trick, seg_extra="&lol9;" if b"lol9" in trick else "")
    started = time.perf_counter()
    _import(data)
    assert time.perf_counter() - started < 2


@fuzz(150)
@given(st.lists(st.tuples(st.text(min_size=1, max_size=60), st.text(min_size=1, max_size=60)), max_size=6))
def test_any_text_survives_a_tmx_round_trip(pairs: list[tuple[str, str]]) -> None:
    units = []
    for fr, en in pairs:
        fr, en = clean_text(fr)[0], clean_text(en)[0]
        if fr.strip() and en.strip():
            units.append(ExportUnit(fr, en))
    buf = io.BytesIO()
    TmxWriter().write(units, buf, ExportMeta())
    if not units:
        return
    back = TmxReader().read(_file("round.tmx", buf.getvalue()))
    assert [(u.source, u.target) for u in back.units] == [(u.source, u.target) for u in units]
