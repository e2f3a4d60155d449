"""Language identification, per document.

lingua (models shipped inside the package) restricted to the languages Indonesian news
sites publish in or quote at length, in low-accuracy mode: ~35 MB resident instead of
~390 MB for the high-accuracy models, and a document prefix is plenty for it. A fast path
skips lingua for text that is plainly Indonesian (many Indonesian function words, no
Malay-only words). Malay is a near neighbour: a document lingua calls Malay is taken as
Indonesian when Indonesian-only words outnumber Malay-only ones.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from .vocab import STOPWORDS_EN, STOPWORDS_ID

log = logging.getLogger(__name__)

# lingua names -> ISO 639-1. (lingua has no Javanese or Sundanese model.)
LANGUAGES = {
    "INDONESIAN": "id", "MALAY": "ms", "ENGLISH": "en", "TAGALOG": "tl", "DUTCH": "nl",
    "ARABIC": "ar", "CHINESE": "zh", "JAPANESE": "ja", "KOREAN": "ko", "FRENCH": "fr",
    "GERMAN": "de", "SPANISH": "es", "RUSSIAN": "ru", "TURKISH": "tr", "VIETNAMESE": "vi",
    "THAI": "th", "PORTUGUESE": "pt",
}
PREFIX_CHARS = 400
# Words that tell Indonesian and Malay apart (each is common in one, rare in the other).
ID_ONLY = frozenset(["karena", "yaitu", "bisa", "saat", "tapi", "pemerintah", "polisi", "kepolisian", "kabupaten", "provinsi", "kemarin", "sekarang", "mengatakan", "menurutnya", "bilang", "ujarnya", "katanya", "kantor", "tersebut", "wib", "rp", "dolar", "uang", "sepeda", "motor", "mobil"])
# Not "negeri", "beliau", "berkata", "boleh", "ialah", "kerajaan", "bagaimanapun", "seterusnya",
# "semasa": Indonesian news writes them daily ("Pengadilan Negeri", "Kerajaan Arab Saudi").
MS_ONLY = frozenset(["kerana", "iaitu", "bahawa", "polis", "sahaja", "sebarang", "disyaki", "rompakan", "rm", "manakala",
                     "justeru", "kenderaan", "wang"])
# The words of a text are its runs of a-z once lower-cased (``re.findall("[a-z]+")``, 2x faster):
# the text as ASCII bytes (any other character one "?"), every byte but a-z made a space, split.
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def _bytes(words: frozenset[str]) -> frozenset[bytes]:
    return frozenset(w.encode("ascii") for w in words if w.isascii())


_ID_STOP, _EN_STOP, _ID_ONLY, _MS_ONLY = map(_bytes, (STOPWORDS_ID, STOPWORDS_EN, ID_ONLY, MS_ONLY))


@dataclass
class LanguageGuess:
    code: str | None
    method: str  # fast | lingua | lingua+markers | empty


class LanguageIdentifier:
    """Build once (in ``load_resources``), then call :meth:`identify` per document."""

    def __init__(self) -> None:
        from lingua import Language, LanguageDetectorBuilder

        langs = [getattr(Language, name) for name in LANGUAGES]
        self._detector: Any = (
            LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode()
            .with_preloaded_language_models().build()
        )

    def identify(self, text: str) -> LanguageGuess:
        words = text[:2000].lower().encode("ascii", "replace").translate(_LETTERS_ONLY).split()
        if len(words) < 3:
            return LanguageGuess(None, "empty")
        id_stop = sum(map(_ID_STOP.__contains__, words)) / len(words)
        en_stop = sum(map(_EN_STOP.__contains__, words)) / len(words)
        id_marks = sum(map(_ID_ONLY.__contains__, words))
        ms_marks = sum(map(_MS_ONLY.__contains__, words))
        if id_stop >= 0.12 and en_stop < 0.05 and ms_marks <= id_marks // 3:
            return LanguageGuess("id", "fast")
        lang = self._detector.detect_language_of(text[:PREFIX_CHARS])
        code = LANGUAGES.get(lang.name) if lang is not None else None
        if code == "ms" and id_marks >= ms_marks:
            return LanguageGuess("id", "lingua+markers")
        return LanguageGuess(code, "lingua")
