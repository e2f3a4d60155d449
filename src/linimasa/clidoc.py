"""The CLI reference in Markdown, generated from the command tree itself, so the README
can be checked against the real commands (tests/test_docs.py)."""

from __future__ import annotations

from typing import Any

import typer.main

from .cli import app


def _params(cmd: Any) -> list[str]:
    lines = []
    for p in cmd.params:
        if getattr(p, "param_type_name", "") == "argument":
            lines.append(f"- `{(p.name or '').upper()}`" + (" (one or more)" if p.nargs == -1 else ""))
        elif getattr(p, "param_type_name", "") == "option" and p.name != "help":
            flags = ", ".join(f"`{o}`" for o in p.opts + p.secondary_opts)
            default = p.default if p.default not in (None, False, (), []) and not p.is_flag else None
            extra = f" (default: `{default}`)" if default is not None else ""
            lines.append(f"- {flags}: {p.help or ''}{extra}".rstrip())
    return lines


def _walk(cmd: Any, prefix: str) -> list[str]:
    out: list[str] = []
    if hasattr(cmd, "list_commands"):
        ctx = type(cmd).context_class(cmd)
        for name in cmd.list_commands(ctx):
            sub = cmd.get_command(ctx, name)
            if sub is not None:
                out += _walk(sub, f"{prefix} {name}")
        return out
    out.append(f"### `{prefix}`")
    out.append("")
    out.append((cmd.help or "").strip().splitlines()[0] if cmd.help else "")
    out.append("")
    out += _params(cmd)
    out.append("")
    return out


def cli_reference() -> str:
    root = typer.main.get_command(app)
    return "\n".join(_walk(root, "linimasa")).rstrip() + "\n"


START, END = "<!-- cli-reference:start -->", "<!-- cli-reference:end -->"


def readme_section(readme: str) -> str:
    """The generated part of a README (between the markers)."""
    return readme.split(START, 1)[1].split(END, 1)[0].strip("\n") + "\n"


def update_readme(path: str) -> None:
    from pathlib import Path

    p = Path(path)
    text = p.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    p.write_text(f"{head}{START}\n{cli_reference()}{END}{tail}", encoding="utf-8")


if __name__ == "__main__":  # python -m linimasa.clidoc [README.md]
    import sys

    if len(sys.argv) > 1:
        update_readme(sys.argv[1])
    else:
        sys.stdout.write(cli_reference())
