"""Compiled or pure Python: the one decision, taken when ``linimasa`` is first imported.

``setup.py`` compiles the per-article hot modules with mypyc into one shared library (the
modules call each other natively inside it) and records, in ``_native_build.json`` beside this
file, the hash of every source it compiled and of every linimasa source those import (what they
were compiled against). Python prefers ``X.<abi>.so`` over ``X.py``, so an
edited source with an old ``.so`` beside it would silently run the old code. Before any other
``linimasa`` module is imported, :func:`decide` checks the record against the sources; when one
of those sources changed (or ``.so`` files have no record, or ``LINIMASA_PURE_PYTHON=1`` is set)
it installs :class:`PurePythonFinder`, which loads *every* ``linimasa.*`` module from its ``.py``:
all or nothing, never a mix of old native code and new Python.

This module must stay pure Python (``setup.py`` never compiles it, nor ``linimasa/__init__.py``).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

MANIFEST = "_native_build.json"
ENV_PURE = "LINIMASA_PURE_PYTHON"
REBUILD_HINT = "rebuild with `make native` (or set LINIMASA_PURE_PYTHON=1 to silence this)"

log = logging.getLogger("linimasa")


@dataclass(frozen=True)
class NativeStatus:
    """``mode`` is ``compiled``, ``pure`` or ``stale`` (compiled files present but not used)."""

    mode: str
    detail: str
    modules: int = 0  # modules running compiled

    def __str__(self) -> str:
        if self.mode == "compiled":
            return f"compiled (mypyc, {self.modules} modules)"
        return f"{'stale build, ' if self.mode == 'stale' else ''}pure Python ({self.detail})"


class PurePythonFinder:
    """A ``sys.meta_path`` finder that loads ``linimasa`` submodules from ``.py`` files only."""

    def __init__(self, package: str = "linimasa") -> None:
        self.prefix = package + "."

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith(self.prefix) or path is None:
            return None
        leaf = fullname.rpartition(".")[2]
        for entry in path:
            init = os.path.join(entry, leaf, "__init__.py")
            if os.path.isfile(init):
                return importlib.util.spec_from_file_location(
                    fullname, init, submodule_search_locations=[os.path.join(entry, leaf)])
            source = os.path.join(entry, leaf + ".py")
            if os.path.isfile(source):
                return importlib.util.spec_from_file_location(fullname, source)
        return None  # not a source module here: the ordinary finders decide (and find no .py either)


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _compiled_files(package_dir: Path) -> list[Path]:
    """Extension modules in the package and its subpackages (linimasa is two levels deep)."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    extensions = {s.rpartition(".")[2] for s in suffixes}  # so, pyd
    found = {p for ext in extensions for pattern in (f"*.{ext}", f"*/*.{ext}") for p in package_dir.glob(pattern)}
    return sorted(p for p in found if p.name.endswith(suffixes) and p.is_file())


def _check(package_dir: Path) -> NativeStatus:
    """Compare the build record with the sources and the compiled files now on disk."""
    compiled = _compiled_files(package_dir)
    record_path = package_dir / MANIFEST
    if not record_path.is_file():
        if compiled:
            return NativeStatus("stale", f"{len(compiled)} compiled files but no {MANIFEST} build record")
        return NativeStatus("pure", "not compiled")
    try:
        record = json.loads(record_path.read_text(encoding="utf-8"))
        if record.get("failed"):
            if compiled:
                return NativeStatus("stale", f"the last build failed ({record['failed']}) but compiled files remain")
            return NativeStatus("pure", f"not compiled: {record['failed']}")
        modules: dict[str, dict[str, object]] = record["modules"]
        suffix = str(record["suffix"])
    except (OSError, ValueError, KeyError, TypeError) as err:
        return NativeStatus("stale", f"unreadable {MANIFEST}: {err}")
    if suffix not in importlib.machinery.EXTENSION_SUFFIXES:
        return NativeStatus("stale", f"built for another Python ({suffix})")
    expected: set[Path] = set()
    sources: dict[str, dict[str, object]] = dict(record.get("depends", {}))  # what they were compiled against
    for name, entry in modules.items():
        rel = Path(*name.split(".")[1:])
        binary = package_dir / rel.parent / (rel.name + suffix)
        expected.add(binary)
        if not binary.is_file():
            return NativeStatus("stale", f"{binary.name} missing")
        sources[rel.with_suffix(".py").as_posix()] = entry
    for rel_path, entry in sources.items():
        source = package_dir / rel_path
        try:
            stat = source.stat()
        except OSError:
            return NativeStatus("stale", f"{rel_path} is gone")
        if stat.st_size == entry.get("size") and stat.st_mtime_ns == entry.get("mtime_ns"):
            continue  # untouched since the build; a touched file is hashed
        if file_hash(source) != entry.get("sha256"):
            return NativeStatus("stale", f"{rel_path} changed since the build")
    extra = [p for p in compiled if p not in expected]
    if extra:
        return NativeStatus("stale", f"{extra[0].relative_to(package_dir)} is not in the build record")
    return NativeStatus("compiled", "mypyc", len(modules))


_status: NativeStatus | None = None


def decide(package_dir: Path) -> NativeStatus:
    """Choose compiled or pure once; install the pure finder unless the build is current."""
    global _status
    if _status is not None:
        return _status
    if os.environ.get(ENV_PURE, "") not in ("", "0"):
        _status = NativeStatus("pure", f"{ENV_PURE}=1")
    else:
        _status = _check(package_dir)
        if _status.mode == "stale":
            log.warning("linimasa: compiled modules are stale (%s); running pure Python; %s",
                        _status.detail, REBUILD_HINT)
    if _status.mode != "compiled" and not any(isinstance(f, PurePythonFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, PurePythonFinder())
    return _status


def native_status() -> NativeStatus:
    """What this process runs: ``compiled`` (mypyc), ``pure`` or ``stale`` (compiled but out of date)."""
    assert _status is not None, "linimasa/__init__.py decides before anything else is imported"
    return _status
