"""Regenerate the README's command reference from the CLI itself (like datasette's cog).

    python scripts/cli_reference.py          # rewrite README.md between the COMMANDS markers
    python scripts/cli_reference.py --check  # exit 1 if README.md is out of date (tests/test_docs.py)
"""
from __future__ import annotations

import sys
from pathlib import Path

import click
import typer.main

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BEGIN, END = "<!-- COMMANDS -->", "<!-- /COMMANDS -->"


def reference() -> str:
    """Markdown for every command: its summary and a table of its options."""
    from claimgraph.cli.main import app

    group = typer.main.get_command(app)
    ctx = click.Context(group, info_name="claimgraph")
    parts = ["## Commands", "",
             "Generated from `--help` by `scripts/cli_reference.py`; `claimgraph COMMAND --help` says the same.", ""]
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        args = [p.name.upper() + ("..." if p.nargs == -1 else "") for p in cmd.params if isinstance(p, click.Argument)]
        usage = " ".join(["[OPTIONS]", *args])
        parts += [f"### claimgraph {name}", "", f"`claimgraph {name} {usage}`", "",
                  (cmd.help or "").strip().split("\n\n")[0], ""]
        rows = []
        for p in cmd.params:
            if isinstance(p, click.Argument):
                rows.append((p.human_readable_name, getattr(p, "help", "") or ""))
            elif not p.hidden and p.name != "help":
                opts = ", ".join(f"`{o}`" for o in [*p.opts, *p.secondary_opts])
                default = "" if p.default in (None, False, (), []) or p.is_flag else f" (default: {p.default})"
                rows.append((opts, (p.help or "") + default))
        if rows:
            parts += ["| argument / option | meaning |", "|---|---|"]
            parts += [f"| {a} | {b.replace('|', '/')} |" for a, b in rows]
            parts.append("")
    return "\n".join(parts).rstrip() + "\n"


def render(readme: str) -> str:
    head, rest = readme.split(BEGIN, 1)
    tail = rest.split(END, 1)[1] if END in rest else rest
    return f"{head}{BEGIN}\n{reference()}{END}{tail}"


def main(argv: list[str]) -> int:
    text = README.read_text(encoding="utf-8")
    new = render(text)
    if "--check" in argv:
        if new != text:
            print("README.md command reference is out of date: run python scripts/cli_reference.py")
            return 1
        return 0
    README.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
