"""``python -m listwatch.native_build``: compile name preparation, retrieval and comparison.

mypyc compiles the typed Python modules (:data:`~listwatch.native.COMPILED`), Cython the
kernels written for it (:data:`~listwatch.native.KERNELS`). The build goes into
:func:`listwatch.native.build_folder` and is loaded by :mod:`listwatch.native` from the next
start on. The Makefile runs this after installing; without a C compiler it says so and exits
1, and names are compared in Python.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from listwatch.fingerprint import PACKAGE, code_fingerprint
from listwatch.native import (
    COMPILED,
    DONE_MARK,
    EXTENSION,
    KERNELS,
    build_folder,
    interpreter_tag,
    module_file,
)

__all__ = ["KEEP_BUILDS", "build", "main"]

#: Builds kept for this interpreter, the current one included.
KEEP_BUILDS = 3
#: Builds the kernels in place with setuptools (arguments: module name, ``.pyx`` path, ...).
#: A multiply and an add are never contracted into one instruction (one rounding instead of
#: two), so the kernels compute the same floats as numpy.
_CYTHON_SETUP = """
import sys
from Cython.Build import cythonize
from setuptools import Extension, setup

flags = ["-ffp-contract=off"]
named = zip(sys.argv[1::2], sys.argv[2::2])
modules = [Extension(name, [path], extra_compile_args=flags) for name, path in named]
setup(
    script_args=["build_ext", "--inplace"],
    ext_modules=cythonize(modules, compiler_directives={"language_level": 3}, quiet=True),
)
"""


def build(root: Path | None = None) -> Path:
    """Compile :data:`COMPILED` for the current code into :func:`build_folder` (nothing to do
    when it is there). The sources are copied first, so no extension module is ever written
    beside them; the finished build is moved into place in one rename."""
    folder = build_folder(root)
    if (folder / DONE_MARK).is_file():
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder.parent, prefix=".build-") as work:
        source = Path(work) / "src"
        shutil.copytree(PACKAGE, source / "listwatch", ignore=_not_source)
        files = [str(module_file(name, ".py")) for name in COMPILED]
        _run("mypyc", [sys.executable, "-m", "mypyc", *files], source)
        kernels = [str(part) for name in KERNELS for part in (name, module_file(name, ".pyx"))]
        _run("Cython", [sys.executable, "-c", _CYTHON_SETUP, *kernels], source)
        staged = Path(work) / "out"
        for built in source.rglob("*" + EXTENSION):
            if "build" in built.relative_to(source).parts:
                continue
            place = staged / built.relative_to(source)
            place.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(built, place)
        (staged / DONE_MARK).write_text(code_fingerprint() + "\n", encoding="utf-8")
        try:
            staged.rename(folder)
        except OSError:
            if not (folder / DONE_MARK).is_file():  # not another build finished first
                raise
    _forget_older(folder)
    return folder


def _run(what: str, command: list[str], folder: Path) -> None:
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        detail = (done.stdout + done.stderr)[-2000:]
        raise RuntimeError(f"{what} failed (exit {done.returncode}): {detail}")


def _forget_older(kept: Path) -> None:
    """Remove the builds of earlier code for this interpreter, all but the newest
    :data:`KEEP_BUILDS` (switching between two branches does not rebuild each time)."""
    builds = [p for p in kept.parent.glob(f"{interpreter_tag()}-*") if p.is_dir() and p != kept]
    builds.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    for old in builds[KEEP_BUILDS - 1 :]:
        shutil.rmtree(old, ignore_errors=True)


def _not_source(folder: str, names: list[str]) -> set[str]:
    return {n for n in names if n in ("__pycache__", "snapshot") or n.endswith(EXTENSION)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m listwatch.native_build", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--root", type=Path, help="where builds are kept")
    args = parser.parse_args(argv)
    try:
        folder = build(args.root)
    except (OSError, RuntimeError) as exc:
        print(f"listwatch: matching was not compiled and runs as Python: {exc}")
        return 1
    print(f"listwatch: matching compiled (mypyc, Cython) in {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
