"""The installed package as a user meets it: one import name, components spaCy finds,
a saved pipeline that loads again, and a Python API that agrees with the CLI.

The wheel is built once per session (about 10-20 s) from a copy of the package
folders, so the build leaves nothing in the repository.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import pressfacts
from pressfacts.cli import main as cli_main
from pressfacts.extensions import ENTITY_SPAN_GROUP
from pressfacts.knowledge.store import read_knowledge_set

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
BUILD_INPUTS = ("pyproject.toml", "README.md", "pipeline", "models")

# Text of our own invention: a rank, a force, a charity, a quote and figures with periods.
TEXT = (
    "Detective Chief Inspector Marcus Ellery of Cumbria Constabulary said: “Every report "
    "we receive is followed up within a day, and families can call us at any hour.” "
    "The NSPCC said referrals rose by 18% in 2023, to 2,410 referrals."
)


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel of the repository, built without network from a copy of its package files."""
    pytest.importorskip("build")
    source = tmp_path_factory.mktemp("source")
    for name in BUILD_INPUTS:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(path, source / name)
    out = tmp_path_factory.mktemp("dist")
    # --skip-dependency-check: setuptools >= 70.1 (a test extra) makes wheels without
    # the "wheel" package that [build-system] also names for isolated builds.
    command = [sys.executable, "-m", "build", "--wheel", "--no-isolation"]
    command += ["--skip-dependency-check", "--outdir", str(out)]
    result = subprocess.run(command, cwd=source, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    (built,) = out.glob("*.whl")
    return built


def test_wheel_holds_only_the_pressfacts_import_name(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        dist_info = {name.split("/")[0] for name in names if ".dist-info/" in name}
        assert len(dist_info) == 1
        stray = [n for n in names if not n.startswith(("pressfacts/", *dist_info))]
        assert not stray
        top_level = [n for n in names if n.endswith(".dist-info/top_level.txt")]
        if top_level:
            assert archive.read(top_level[0]).decode().split() == ["pressfacts"]
    assert "pressfacts/models/records.py" in names
    assert "pressfacts/config.cfg" in names
    assert any(n.startswith("pressfacts/resources/") and n.endswith(".jsonl") for n in names)


@pytest.fixture
def shadowing_folder(tmp_path: Path) -> Path:
    """A working folder holding a ``models.py`` and a ``pipeline.py`` of its own."""
    (tmp_path / "models.py").write_text("raise ImportError('the user module models.py')\n")
    (tmp_path / "pipeline.py").write_text("raise ImportError('the user module pipeline.py')\n")
    return tmp_path


def _installed_name(path: Path) -> str:
    """Where a source file lands in the wheel (pipeline/ is pressfacts/)."""
    relative = path.relative_to(ROOT)
    if relative.parts[0] == "models":
        return "pressfacts/" + relative.as_posix()
    return "pressfacts/" + Path(*relative.parts[1:]).as_posix()


def test_wheel_holds_every_module_and_resource(wheel: Path) -> None:
    """A sub-package missing from pyproject's package list would vanish from installs."""
    sources = [
        path
        for folder in ("pipeline", "models")
        for path in (ROOT / folder).rglob("*")
        if path.suffix in {".py", ".jsonl", ".cfg"} and "__pycache__" not in path.parts
    ]
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    missing = sorted(
        _installed_name(path) for path in sources if _installed_name(path) not in names
    )
    assert not missing


def test_components_found_without_importing_pressfacts(shadowing_folder: Path) -> None:
    code = (
        "import sys, spacy\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('pressfacts_entities')\n"
        "print(nlp.pipe_names)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=shadowing_folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "pressfacts_entities" in result.stdout


def test_cli_runs_beside_user_models_and_pipeline_modules(shadowing_folder: Path) -> None:
    script = Path(sys.executable).with_name("pressfacts")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "pressfacts.cli"]
    out = shadowing_folder / "out"
    result = subprocess.run(
        [*command, "run", str(SEEDS), "--out", str(out), "--quiet"],
        cwd=shadowing_folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert (out / "knowledge.jsonl").stat().st_size > 0


def _findings(doc: Doc) -> tuple[object, ...]:
    spans = [(s.start_char, s.end_char, s.label_, s.id_) for s in doc.spans[ENTITY_SPAN_GROUP]]
    return (
        [s.is_sent_start for s in doc],
        spans,
        doc._.entity_info,
        doc._.quotes,
        doc._.periods,
        doc._.statistics,
    )


def test_saved_pipeline_loads_again(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "saved")
    loaded = spacy.load(tmp_path / "saved")
    assert loaded.pipe_names == nlp.pipe_names
    expected, got = nlp(TEXT), loaded(TEXT)
    assert got._.quotes and got._.statistics and got.spans[ENTITY_SPAN_GROUP]
    assert _findings(got) == _findings(expected)


def test_saved_pipeline_loads_in_a_process_that_never_imports_pressfacts(
    nlp: Language, tmp_path: Path
) -> None:
    """Entry points name every registered function the config uses (tokenizer included)."""
    nlp.to_disk(tmp_path / "saved")
    code = (
        "import sys, spacy\n"
        f"nlp = spacy.load({str(tmp_path / 'saved')!r})\n"
        "doc = nlp('Sergeant Ada Quill of Gwent Police said: \u201cWe made 14 arrests.\u201d')\n"
        "print(len(doc._.statistics), 'pressfacts' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split()[0] == "1"


def test_api_returns_the_records_the_cli_writes(nlp: Language, tmp_path: Path) -> None:
    source = str(SEEDS)  # the same path string for both: sources are the paths as given
    assert cli_main(["run", source, "--out", str(tmp_path), "--quiet"]) == 0
    written = [r.model_dump() for r in read_knowledge_set(tmp_path / "knowledge.jsonl")]
    returned = [r.model_dump() for r in pressfacts.extract([source], nlp)]
    assert returned == written
