"""Hostile and damaged input files, made on the spot (small, or sparse when they must look enormous)."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

LETTER = (
    "Genève, le 14 mars 2024\n\n"
    "J’ai l’honneur de vous faire part de la décision de mon Gouvernement. "
    "M. Anatole Brissac présidera les travaux.\n\n"
    "La conférence réunira environ 1 200 participants venus de 42 pays.\n"
)

LAUGHS = (
    b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode() for i in range(1, 10)
    )
    + b"]>"
)
"""The billion-laughs prologue: &lol9; expands to 10^9 'lol's."""

EXTERNAL = b'<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def tmx(units: list[tuple[str, str]], prologue: bytes = b"", seg_extra: str = "") -> bytes:
    body = "".join(
        f'<tu><tuv xml:lang="fr-FR"><seg>{fr}{seg_extra}</seg></tuv><tuv xml:lang="en-US"><seg>{en}</seg></tuv></tu>'
        for fr, en in units
    )
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        + prologue
        + f'<tmx version="1.4"><header srclang="fr-FR" datatype="plaintext" segtype="sentence" adminlang="en"'
        f' creationtool="t" creationtoolversion="1" o-tmf="t"/><body>{body}</body></tmx>'.encode()
    )


GOOD_TMX = tmx([("Bonjour.", "Hello."), ("Merci.", "Thank you.")])


def sparse(path: Path, size: int, head: bytes = b"") -> Path:
    """A file that reports `size` bytes but takes no disk space (a hole after `head`)."""
    with path.open("wb") as fh:
        fh.write(head)
        fh.truncate(size)
    return path


def docx_bytes(text: str = "Bonjour le monde. Ceci est un essai.", document_xml: bytes | None = None) -> bytes:
    import docx

    buf = io.BytesIO()
    d = docx.Document()
    d.add_paragraph(text)
    d.save(buf)
    if document_xml is None:
        return buf.getvalue()
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            z.writestr(item.filename, document_xml if item.filename == "word/document.xml" else src.read(item))
    return out.getvalue()


def word_xml(inner: str, prologue: bytes = b"") -> bytes:
    return (
        b'<?xml version="1.0"?>'
        + prologue
        + (
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body><w:p><w:r><w:t>{inner}</w:t></w:r></w:p></w:body></w:document>"
        ).encode()
    )


def docx_zip_bomb(inflated_mb: int) -> bytes:
    """A valid .docx whose document.xml inflates to `inflated_mb` MB (spaces compress ~1000:1)."""
    src = zipfile.ZipFile(io.BytesIO(docx_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            if item.filename != "word/document.xml":
                z.writestr(item.filename, src.read(item))
                continue
            with z.open(item.filename, "w", force_zip64=True) as fh:
                fh.write(src.read(item)[:-30])
                chunk = b" " * (1 << 20)
                for _ in range(inflated_mb):
                    fh.write(chunk)
    return out.getvalue()


def pdf_bytes(lines: list[str], inflate_extra: int = 0) -> bytes:
    """A one-page PDF with a text layer, built by hand (optionally a Flate stream that inflates enormously)."""
    content = ("BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) '" for line in lines) + " ET").encode("latin-1")
    if inflate_extra:
        content = zlib.compress(content + b" " * inflate_extra, 9)
        head = f"<< /Length {len(content)} /Filter /FlateDecode >>".encode()
    else:
        head = f"<< /Length {len(content)} >>".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        head + b"\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def blank_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf_bytes(["Bonjour."]))).pages:
        writer.add_page(page)
    writer.encrypt("secret")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


ARGOS_META = b'{"package_version": "1.9", "from_code": "fr", "to_code": "en", "type": "translate"}'


def argos_package(top: str = "translate-fr_en-1_9", extra: dict[str, bytes] | None = None) -> dict[str, bytes]:
    return {
        f"{top}/metadata.json": ARGOS_META,
        f"{top}/sentencepiece.model": b"x",
        f"{top}/model/model.bin": b"x",
        **(extra or {}),
    }


def declared_size(data: bytes, size: int) -> bytes:
    """A zip whose central directory claims every member unzips to `size` bytes (a bomb, cheaply)."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at >= 0:
        out[at + 24 : at + 28] = size.to_bytes(4, "little")
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)
