"""Build linimasa; compile the per-article hot modules with mypyc when a C compiler is present.

Everything else (metadata, dependencies, packages) is in pyproject.toml. The modules in
``NATIVE`` become one mypyc shared library (they call each other natively inside it) plus a
small ``.so`` per module next to its ``.py``; ``_native_build.json`` records the hash of each
compiled source and of each linimasa source they import, so that ``linimasa/__init__.py`` can
refuse a stale build (see ``linimasa/_native.py``). When mypyc or the compiler fails, the install goes on in pure Python
with one warning. ``make native`` (``pip install -e .``) rebuilds in place, compiling only the C
files that changed, on every core; ``LINIMASA_NO_NATIVE=1`` skips compiling.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.machinery
import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from setuptools import Distribution, Extension, setup
from setuptools.command.build_ext import build_ext

SRC = Path("src")
MANIFEST = "_native_build.json"
# Hot per-article stages (scripts/profile_pipeline.py). Not here: model.py (dataclasses pickled
# by Dask), ner_kernels.py (numba), ner_crf.py (tests swap its kernels), langid.py (wraps lingua),
# I/O, storage, web and executors.
NATIVE = [
    "linimasa/nlp/sentences.py",
    "linimasa/nlp/numbers.py",
    "linimasa/nlp/timex.py",
    "linimasa/nlp/timex_handlers.py",
    "linimasa/nlp/timex_patterns.py",
    "linimasa/nlp/timex_resolve.py",
    "linimasa/nlp/ner.py",
    "linimasa/nlp/ner_rules.py",
    "linimasa/nlp/ner_features.py",
    "linimasa/nlp/entities.py",
    "linimasa/nlp/quotes.py",
    "linimasa/clean/lines.py",
    "linimasa/clean/metadata.py",
    "linimasa/clean/dates.py",
    "linimasa/clean/vocab.py",
    "linimasa/events/words.py",
    "linimasa/events/context.py",
    "linimasa/events/triggers.py",
    "linimasa/events/roles.py",
    "linimasa/events/office.py",
    "linimasa/events/casualties.py",
    "linimasa/events/attribution.py",
    "linimasa/events/factuality.py",
    "linimasa/events/when.py",
    "linimasa/events/where.py",
    "linimasa/events/placing.py",
    "linimasa/events/corefer.py",
    "linimasa/events/accident.py",
    "linimasa/events/filters.py",
    "linimasa/events/acled.py",
    "linimasa/events/extraction.py",
    "linimasa/geo/names.py",
    "linimasa/geo/gazetteer.py",
    "linimasa/geo/locate.py",
]


def _warn(message: str) -> str:
    sys.stderr.write(f"WARNING: linimasa: {message}; installing pure Python (slower, same results)\n")
    return message


def _last_line(err: BaseException) -> str:
    lines = str(err).strip().splitlines()
    line = lines[-1] if lines else ""
    return f"{type(err).__name__}: {line[:100]}{'...' if len(line) > 100 else ''}"


class BuildNative(build_ext):
    """build_ext that runs mypyc first, falls back to pure Python, and writes the build record."""

    _failed = ""  # why nothing was compiled
    _record: dict[str, object] | None = None  # the sources compiled, as they were when mypyc read them

    def finalize_options(self) -> None:
        self.distribution.ext_modules = self._mypyc_extensions()
        super().finalize_options()

    def _mypyc_extensions(self) -> list:
        if os.environ.get("LINIMASA_NO_NATIVE", "") not in ("", "0"):
            return []
        paths = [str(SRC / p) for p in NATIVE]
        try:
            from mypyc.build import mypycify

            t = time.monotonic()
            self._record = self._source_record()
            exts = mypycify(paths, group_name="linimasa_native", multi_file=True, verbose=False)
            sys.stderr.write(f"linimasa: mypyc generated C for {len(paths)} modules in {time.monotonic() - t:.0f} s\n")
            return exts
        except SystemExit:  # mypyc printed the type errors it stopped on
            self._failed = _warn("mypyc stopped on type errors")
        except Exception as err:  # noqa: BLE001 - no mypyc, or it fails in some other way
            self._failed = _warn(f"mypyc could not run: {_last_line(err)}")
        return []

    def build_extension(self, ext: Extension) -> None:
        """Compile the extension's C files on every core, skipping objects newer than their inputs
        (mypyc rewrites only the C files whose content changed)."""
        compiler = self.compiler
        if not hasattr(compiler, "_setup_compile") or not hasattr(compiler, "_compile"):
            return super().build_extension(ext)  # a compiler class without the usual hooks: one by one

        def compile_all(sources, output_dir=None, macros=None, include_dirs=None, debug=False,
                        extra_preargs=None, extra_postargs=None, depends=None):
            macros, objects, extra_postargs, pp_opts, build = compiler._setup_compile(
                output_dir, macros, include_dirs, sources, depends, extra_postargs)
            cc_args = compiler._get_cc_args(pp_opts, debug, extra_preargs)
            newest = max((os.path.getmtime(d) for d in ext.depends or () if os.path.exists(d)), default=0.0)
            todo = [(obj, *build[obj]) for obj in objects if obj in build and not (
                os.path.exists(obj) and os.path.getmtime(obj) > max(newest, os.path.getmtime(build[obj][0])))]
            with ThreadPoolExecutor(max(1, min(len(todo), os.cpu_count() or 1))) as pool:
                for job in [pool.submit(compiler._compile, obj, src, suffix, cc_args, extra_postargs, pp_opts)
                            for obj, src, suffix in todo]:
                    job.result()
            return objects

        compiler.compile = compile_all
        try:
            super().build_extension(ext)
        finally:
            del compiler.compile  # the class's own method again

    def run(self) -> None:
        package_dir = Path(self.get_finalized_command("build_py").get_package_dir("linimasa")) if self.inplace \
            else Path(self.build_lib) / "linimasa"
        (package_dir / MANIFEST).unlink(missing_ok=True)
        if not self.extensions:
            self._write_manifest(package_dir, failed=self._failed or "LINIMASA_NO_NATIVE is set")
            return
        try:
            super().run()
        except Exception as err:  # noqa: BLE001 - no compiler or headers: pure Python still works
            self._write_manifest(package_dir, failed=_warn(f"C compilation failed: {_last_line(err)}"))
            return
        self._write_manifest(package_dir)

    def _source_record(self) -> dict[str, object]:
        """The hashes of what mypyc is about to read: taken before it reads, so that an edit made
        during the build makes the build stale instead of being recorded as built."""

        def entry(source: Path) -> dict[str, object]:
            stat = source.stat()
            return {"sha256": hashlib.sha256(source.read_bytes()).hexdigest(), "size": stat.st_size,
                    "mtime_ns": stat.st_mtime_ns if self.inplace else None}  # installed copies get new mtimes

        compiled = [SRC / rel for rel in NATIVE]
        return {
            "suffix": importlib.machinery.EXTENSION_SUFFIXES[0],
            "modules": {rel[:-3].replace("/", "."): entry(SRC / rel) for rel in NATIVE},
            "depends": {p.relative_to(SRC / "linimasa").as_posix(): entry(p)
                        for p in sorted(_imported_sources(compiled) - set(compiled))},
        }

    def _write_manifest(self, package_dir: Path, failed: str = "") -> None:
        """The build record linimasa/_native.py checks; ``failed`` says why nothing was compiled."""
        record = {"failed": failed} if failed else self._record
        package_dir.mkdir(parents=True, exist_ok=True)
        (package_dir / MANIFEST).write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def _imported_sources(files: list[Path]) -> set[Path]:
    """``files`` and every linimasa source they import, transitively: what mypyc compiled against."""

    def resolve(parts: tuple[str, ...]) -> Path | None:
        base = SRC.joinpath(*parts)
        return next((f for f in (base.with_suffix(".py"), base / "__init__.py") if f.is_file()), None)

    seen, todo = set(files), list(files)
    while todo:
        path = todo.pop()
        package = path.relative_to(SRC).with_suffix("").parts[:-1]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [tuple(alias.name.split(".")) for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = package[:len(package) - node.level + 1] if node.level else ()
                base += tuple(node.module.split(".")) if node.module else ()
                names = [base] + [base + (alias.name,) for alias in node.names]
            else:
                continue
            for name in names:
                for i in range(2, len(name) + 1) if name[:1] == ("linimasa",) else ():
                    found = resolve(name[:i])  # a package, its __init__ and the module itself
                    if found is not None and found not in seen:
                        seen.add(found)
                        todo.append(found)
    return seen


class NativeDistribution(Distribution):
    def has_ext_modules(self) -> bool:  # the extensions are only known once build_ext runs mypyc
        return os.environ.get("LINIMASA_NO_NATIVE", "") in ("", "0")


setup(distclass=NativeDistribution, cmdclass={"build_ext": BuildNative})
