"""Bytes to text: byte-order marks, then strict UTF-8, then a maintained detector.

Why this order: a byte-order mark is the writer's own statement of the encoding
(UTF-16 and UTF-32 files carry one and are full of NUL bytes, so they must be
recognised before the binary check); UTF-8 is what nearly every release is in and a
strict decode never mistakes another encoding for it; only then is a guess needed, and
charset-normalizer makes it. Press releases here are English, so among the detector's
equally good candidates Windows-1252 (what Word and most UK sites wrote) is preferred.
Every decode that is not plain UTF-8 says so in a warning on the document.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass


class InputError(ValueError):
    """The bytes of an input cannot be turned into text (empty, binary, undecodable)."""


# UTF-32 first: the UTF-32-LE mark begins with the UTF-16-LE one.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
)
PREFERRED_FALLBACK = "cp1252"
"""Windows-1252 wins a tie among the detector's candidates."""

# C0 controls other than tab, newline and carriage return, and DEL: many of them mean
# binary data. Matches "\x00\x01"; does not match "\t" or "\n".
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Decoded:
    """Decoded text, and a warning naming the decoder when it was not plain UTF-8."""

    text: str
    warning: str | None = None
    extractor: str | None = None
    """The distribution that chose the encoding (charset-normalizer), when one did."""


def decode(data: bytes) -> Decoded:
    """Decode an input's bytes; newlines normalised to ``\\n``.

    Raises:
        InputError: the data is empty, binary, or no encoding fits it.
    """
    if not data.strip():
        raise InputError("empty file")
    text, warning = _decode_with_bom(data)
    extractor = None
    if text is None:
        if b"\x00" in data:
            raise InputError("binary file (contains NUL bytes)")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text, warning = _detect(data)
            extractor = "charset-normalizer"
    if not text.strip():
        raise InputError("empty file")
    if len(_CONTROL.findall(text)) > max(3, len(text) // 100):
        raise InputError("binary file (too many control characters)")
    return Decoded(text.replace("\r\n", "\n").replace("\r", "\n"), warning, extractor)


def decode_bytes(data: bytes) -> str:
    """The text of :func:`decode`, without its warning."""
    return decode(data).text


def _decode_with_bom(data: bytes) -> tuple[str | None, str | None]:
    for mark, codec, label in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                text = data[len(mark) :].decode(codec)
            except UnicodeDecodeError as error:
                raise InputError(
                    f"undecodable: starts with a {label} byte-order mark but is not {label} "
                    f"(offset {error.start + len(mark)})"
                ) from error
            return text, None if codec == "utf-8" else f"decoded as {label} (byte-order mark)"
    return None, None


def _detect(data: bytes) -> tuple[str, str]:
    """Not UTF-8: ask charset-normalizer, preferring Windows-1252 when it fits as well."""
    import charset_normalizer  # only here: nearly every input is UTF-8

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError("undecodable: not UTF-8 and no known encoding fits")
    preferred = charset_normalizer.from_bytes(data, cp_isolation=[PREFERRED_FALLBACK]).best()
    if preferred is not None and preferred.chaos <= best.chaos:
        best = preferred
    encoding = (
        PREFERRED_FALLBACK if PREFERRED_FALLBACK in best.could_be_from_charset else best.encoding
    )
    return str(best), f"not UTF-8: decoded as {encoding} (charset-normalizer)"
