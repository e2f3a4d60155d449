"""Docs are tested: the README's CLI reference is the real command tree, and it names
the two quick-start commands and every export field of the contracts."""

from __future__ import annotations

from pathlib import Path

from linimasa.clidoc import cli_reference, readme_section

ROOT = Path(__file__).resolve().parent.parent

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_cli_reference_matches_commands() -> None:
    assert readme_section(README) == cli_reference(), (
        "README CLI reference is stale: run `.venv/bin/python -m linimasa.clidoc README.md`"
    )


def test_quick_start_has_the_two_commands() -> None:
    assert "make demo" in README and "make test" in README


def test_ci_runs_make_test() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
