"""Input files the reader tests generate: a PDF with and without a text layer, a DOCX.

Generated here, offline, so no binary file is committed and each test says what is in
its input. The PDF is written by hand (five objects, one page, Helvetica text).
"""

from __future__ import annotations

from pathlib import Path

import docx


def make_pdf(lines: list[str], with_text: bool = True) -> bytes:
    """A one-page PDF showing ``lines`` (ASCII) as text, or only a drawn line."""
    if with_text:
        shown = " ".join(f"({_pdf_escape(line)}) '" for line in lines)
        content = f"BT /F1 12 Tf 72 740 Td 16 TL {shown} ET"
    else:
        content = "0 0 m 300 300 l S"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return out


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_docx(path: Path, paragraphs: list[str], title: str | None = None) -> Path:
    """A DOCX of ``paragraphs`` (and a title in its metadata), written with python-docx."""
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if title:
        document.core_properties.title = title
    document.save(str(path))
    return path
