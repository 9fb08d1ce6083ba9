"""Compile the installed pressfacts package's bytecode before a benchmark starts processes.

Why: ``pip install .`` compiles every module's bytecode as it installs, so a user's
``pressfacts run`` reads ``.pyc`` files. An editable checkout run with
``PYTHONDONTWRITEBYTECODE`` set (as on the development machine) compiles every module
from source in every new process instead: about 0.1 s of each run's start-up that no
installed copy pays. The benchmarks that time fresh processes (start-up, 1 vs 2
workers, ``--help``) call :func:`compile_package` first, so they time what a user runs.
"""

from __future__ import annotations

import compileall
from pathlib import Path

import pressfacts


def compile_package() -> str:
    """Write the bytecode of every pressfacts module (as pip does); a line saying so."""
    package = Path(pressfacts.__file__).resolve().parent
    compileall.compile_dir(str(package), quiet=1)
    return f"bytecode compiled in {package} (as pip install does)"
