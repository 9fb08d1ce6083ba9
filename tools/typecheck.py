"""Type-check the package with mypy under its import names (``pressfacts``, ``pressfacts.models``).

Why a wrapper: pyproject.toml maps the design card's folders into one import name
(``pipeline/`` is ``pressfacts``, ``models/`` is ``pressfacts.models``). mypy names a
module after its folder and does not run setuptools' editable-install import hook, so
``mypy pipeline`` would check a package called ``pipeline``. This script reads the
mapping from pyproject.toml and hands mypy every file under its real module name,
with the settings of ``[tool.mypy]``. Usage: ``python tools/typecheck.py`` (exit 1 on
any error, as mypy).
"""

from __future__ import annotations

import sys
from pathlib import Path

from mypy import build
from mypy.main import process_options
from mypy.modulefinder import BuildSource

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent


def module_sources(package_dirs: dict[str, str]) -> list[BuildSource]:
    """One BuildSource per ``.py`` file, named by the package-dir mapping (longest wins)."""
    by_path: dict[Path, str] = {}
    for package, folder in sorted(package_dirs.items(), key=lambda item: len(item[0])):
        root = ROOT / folder
        for path in sorted(root.rglob("*.py")):
            parts = [part for part in path.relative_to(root).with_suffix("").parts]
            if parts[-1] == "__init__":
                parts = parts[:-1]
            by_path[path] = ".".join([package, *parts])
    return [BuildSource(str(path), name, None) for path, name in sorted(by_path.items())]


def main() -> int:
    """Check every module; print mypy's messages; return mypy's exit status."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package_dirs = config["tool"]["setuptools"]["package-dir"]
    _, options = process_options(["--config-file", str(ROOT / "pyproject.toml"), "-c", "pass"])
    sources = module_sources(package_dirs)
    result = build.build(sources, options)
    for line in result.errors:
        print(line)
    files = len(sources)
    if result.errors:
        print(f"typecheck: {len(result.errors)} messages in {files} files", file=sys.stderr)
        return 1
    print(f"Success: no issues found in {files} source files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
