"""Compiled or pure Python (linimasa/_native.py): a stale or unwanted build is never run.

The subprocess tests import a copy of the package's sources with a planted fake ``.so``: an
empty file that would fail to import, so a module importing at all proves it came from its
``.py``. They need no compiler and pass the same in a compiled and a pure checkout.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import linimasa
from linimasa import _native

PACKAGE = Path(linimasa.__file__).resolve().parent
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]
PROBE = ("import json, linimasa, linimasa.nlp.numbers as n, linimasa.clean.lines as l; "
         "s = linimasa.native_status(); print(json.dumps([s.mode, str(s), n.__file__, l.__file__]))")


def _source_copy(tmp: Path) -> Path:
    """The package's .py files (no compiled files, no record) under tmp/src/linimasa."""
    dest = tmp / "src" / "linimasa"
    shutil.copytree(PACKAGE, dest, ignore=shutil.ignore_patterns("*.so", "*.pyd", "__pycache__", _native.MANIFEST))
    return dest


def _plant(pkg: Path, sha: str | None) -> None:
    """A fake compiled nlp/numbers with a build record whose hash is ``sha`` (None: no record)."""
    (pkg / "nlp" / f"numbers{SUFFIX}").write_bytes(b"not a shared library")
    if sha is not None:
        source = pkg / "nlp" / "numbers.py"
        record = {"suffix": SUFFIX, "modules": {"linimasa.nlp.numbers": {
            "sha256": sha, "size": source.stat().st_size, "mtime_ns": None}}}
        (pkg / _native.MANIFEST).write_text(json.dumps(record), encoding="utf-8")


def _probe(src: Path, **env: str) -> tuple[list[str], str]:
    environ = {k: v for k, v in os.environ.items() if k != _native.ENV_PURE}
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True,
                          env={**environ, "PYTHONPATH": str(src), **env})
    return json.loads(proc.stdout), proc.stderr


def test_pure_env_loads_every_module_from_py(tmp_path: Path) -> None:
    pkg = _source_copy(tmp_path)
    _plant(pkg, _native.file_hash(pkg / "nlp" / "numbers.py"))  # a current record: would be compiled
    (mode, text, numbers, lines), err = _probe(pkg.parent, LINIMASA_PURE_PYTHON="1")
    assert (mode, numbers, lines) == ("pure", str(pkg / "nlp" / "numbers.py"), str(pkg / "clean" / "lines.py"))
    assert "LINIMASA_PURE_PYTHON" in text and err == ""


def test_stale_record_runs_pure_with_one_warning(tmp_path: Path) -> None:
    pkg = _source_copy(tmp_path)
    _plant(pkg, "0" * 64)  # the source changed since the build
    (mode, text, numbers, _), err = _probe(pkg.parent)
    assert mode == "stale" and numbers.endswith("numbers.py")
    assert "nlp/numbers.py changed since the build" in text
    assert err.count("\n") == 1 and "stale" in err and "make native" in err


def test_compiled_files_without_record_are_stale(tmp_path: Path) -> None:
    pkg = _source_copy(tmp_path)
    _plant(pkg, None)
    (mode, _, numbers, _), err = _probe(pkg.parent)
    assert mode == "stale" and numbers.endswith("numbers.py") and "no _native_build.json" in err


def test_no_build_is_plain_pure(tmp_path: Path) -> None:
    pkg = _source_copy(tmp_path)
    (mode, text, numbers, _), err = _probe(pkg.parent)
    assert (mode, text, err) == ("pure", "pure Python (not compiled)", "") and numbers.endswith(".py")


def test_check_accepts_a_current_record_and_refuses_extras(tmp_path: Path) -> None:
    pkg = _source_copy(tmp_path)
    _plant(pkg, _native.file_hash(pkg / "nlp" / "numbers.py"))
    assert _native._check(pkg) == _native.NativeStatus("compiled", "mypyc", 1)
    (pkg / "clean" / f"lines{SUFFIX}").write_bytes(b"left over from an older build")
    assert _native._check(pkg).mode == "stale"


def test_a_changed_dependency_is_stale(tmp_path: Path) -> None:
    """model.py is not compiled, but the compiled modules were built against it."""
    pkg = _source_copy(tmp_path)
    _plant(pkg, _native.file_hash(pkg / "nlp" / "numbers.py"))
    record = json.loads((pkg / _native.MANIFEST).read_text())
    model = pkg / "model.py"
    record["depends"] = {"model.py": {"sha256": _native.file_hash(model), "size": model.stat().st_size}}
    (pkg / _native.MANIFEST).write_text(json.dumps(record))
    assert _native._check(pkg).mode == "compiled"
    model.write_text(model.read_text() + "\n# edited\n")
    assert _native._check(pkg) == _native.NativeStatus("stale", "model.py changed since the build")


def test_this_process_runs_what_its_status_says() -> None:
    status = linimasa.native_status()
    record = PACKAGE / _native.MANIFEST
    modules = json.loads(record.read_text())["modules"] if record.is_file() else {"linimasa.nlp.numbers": {}}
    for name in modules:
        path = importlib.import_module(name).__file__ or ""
        assert path.endswith(SUFFIX if status.mode == "compiled" else ".py"), (status, path)
    if os.environ.get(_native.ENV_PURE, "") not in ("", "0"):
        assert status.mode == "pure"
