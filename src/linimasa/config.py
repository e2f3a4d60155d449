"""One Settings object. Packaged defaults; a user TOML file overrides only its keys.

``LINIMASA_CONFIG`` (or ``--config``) names the user file.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .errors import LinimasaError


@dataclass(frozen=True)
class Settings:
    db: str = "linimasa.db"
    # ingest
    max_file_bytes: int = 20 * 1024 * 1024  # bigger text files are cut, recorded, not loaded whole
    max_article_chars: int = 200_000  # a page longer than this is truncated at a paragraph
    min_body_chars: int = 80  # less body than this after cleaning -> skipped (boilerplate only)
    languages: tuple[str, ...] = ("id",)  # languages the Indonesian stages accept
    # linking
    minhash_perm: int = 64
    # extra LSH bands of 3 rows: also catch one copied sentence with a clause added (shingle Jaccard
    # ~0.5: found with ~0.54 chance by the 12 bands of 4 rows, ~0.76 with 5 extra), ~1.5x linking CPU
    minhash_extra_bands: int = 0
    passage_threshold: float = 0.5
    cluster_threshold: float = 0.5
    # web
    page_size_max: int = 500
    upload_max_bytes: int = 10 * 1024 * 1024


def load_settings(path: str | os.PathLike[str] | None = None, **overrides: object) -> Settings:
    """Defaults, then the user file (if any), then explicit overrides."""
    values: dict[str, object] = {}
    path = path or os.environ.get("LINIMASA_CONFIG")
    if path:
        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise LinimasaError(f"config file {p}: expected readable TOML, got {exc}") from exc
        known = {f.name for f in dataclasses.fields(Settings)}
        unknown = set(data) - known
        if unknown:
            raise LinimasaError(
                f"config file {p}: unknown keys {sorted(unknown)}; known keys are {sorted(known)}"
            )
        values.update({k: tuple(v) if isinstance(v, list) else v for k, v in data.items()})
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**values)  # type: ignore[arg-type]
