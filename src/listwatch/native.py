"""Matching compiled to C with mypyc (and Cython kernels), used when built from the current code.

Comparing names is Python work per word pair (:mod:`listwatch.matching`), and with candidate
retrieval (:mod:`listwatch.index.retrieval`) and preparing names (:mod:`listwatch.text`) it is
nearly all of a batch's time. ``python -m listwatch.native_build`` compiles those modules
(:data:`COMPILED`) with mypyc, the compiler of mypy's own typed Python, and the loops written
for the C compiler (:data:`KERNELS`) with Cython, into a folder named after the Python
version and the code's fingerprint (:func:`listwatch.fingerprint.code_fingerprint`).
Importing :mod:`listwatch` loads those extension modules in place of the Python ones only
when that folder exists: after any change to the text, index or matching code, the Python
modules are used until the comparator is built again, so compiled code never disagrees with
the source. The scores are the same either way (the test suite checks it).

``LISTWATCH_PURE=1`` keeps the Python modules; ``LISTWATCH_NATIVE_DIR`` says where builds
are kept (default: ``listwatch-native`` in the virtual environment, ``sys.prefix``).
Building needs a C compiler (gcc) and the Python headers; without them nothing changes but
speed. Standard library only at import time: this runs while :mod:`listwatch` is imported.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from listwatch.fingerprint import code_fingerprint

__all__ = [
    "COMPILED",
    "DONE_MARK",
    "EXTENSION",
    "KERNELS",
    "build_folder",
    "compiled_modules",
    "install",
    "interpreter_tag",
    "kernel",
    "module_file",
    "status",
]

#: The modules compiled, in the order they depend on each other: text analysis, name
#: comparison and candidate retrieval.
COMPILED = (
    "listwatch.text.word_groups",
    "listwatch.text.common_words",
    "listwatch.text.business_words",
    "listwatch.text.legal_forms",
    "listwatch.text.nicknames",
    "listwatch.text.syllables",
    "listwatch.text.translit",
    "listwatch.text.normalize",
    "listwatch.text.phonetics",
    "listwatch.text.former_names",
    "listwatch.text.patronymics",
    "listwatch.text.articles",
    "listwatch.text.nasab",
    "listwatch.text.tokens",
    "listwatch.text.name_form",
    "listwatch.matching.token_similarity",
    "listwatch.matching.name_weights",
    "listwatch.matching.left_out",
    "listwatch.matching.name_compare",
    "listwatch.index.coverage",
    "listwatch.index.retrieval",
)
#: Modules written for the C compiler (Cython, ``.pyx``): the loops over arrays that typed
#: Python cannot make cheap. The compiled modules use them when they are loaded.
KERNELS = ("listwatch.index.candidate_kernel", "listwatch.matching.ceiling_kernel")
EXTENSION = importlib.machinery.EXTENSION_SUFFIXES[0]
DONE_MARK = "complete"


def native_root() -> Path:
    """Where builds are kept: ``LISTWATCH_NATIVE_DIR`` or ``<sys.prefix>/listwatch-native``."""
    configured = os.environ.get("LISTWATCH_NATIVE_DIR")
    return Path(configured) if configured else Path(sys.prefix) / "listwatch-native"


def interpreter_tag() -> str:
    """The start of every build folder's name for this interpreter (``cpython-311``)."""
    return sys.implementation.cache_tag or sys.implementation.name


def build_folder(root: Path | None = None) -> Path:
    """The folder of the build for this interpreter, the current code, :data:`COMPILED` and
    :data:`KERNELS`."""
    modules = ",".join(COMPILED + KERNELS)
    key = hashlib.sha256(f"{code_fingerprint()}:{modules}".encode()).hexdigest()
    return (root or native_root()) / f"{interpreter_tag()}-{key[:24]}"


def module_file(name: str, suffix: str) -> Path:
    """The relative path of module ``name`` with ``suffix`` (``listwatch/text/tokens.py``)."""
    return Path(*name.split(".")).with_suffix(suffix)


class _CompiledFinder(importlib.abc.MetaPathFinder):
    """Finds the compiled comparator modules, and mypyc's shared runtime module, in a build."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname in COMPILED or fullname in KERNELS:
            file = self.folder / module_file(fullname, EXTENSION)
        elif fullname.endswith("__mypyc") and "." not in fullname:
            file = self.folder / (fullname + EXTENSION)
        else:
            return None
        if not file.is_file():
            return None
        return importlib.util.spec_from_file_location(fullname, file)


def install() -> bool:
    """Load the compiled comparator from now on, if it was built from the current code (and
    ``LISTWATCH_PURE`` is not set); whether it will be."""
    if os.environ.get("LISTWATCH_PURE") == "1":
        return False
    if any(isinstance(f, _CompiledFinder) for f in sys.meta_path):
        return True
    folder = build_folder()
    if not (folder / DONE_MARK).is_file():
        return False
    sys.meta_path.insert(0, _CompiledFinder(folder))
    return True


def kernel(name: str) -> ModuleType | None:
    """Kernel ``name`` (one of :data:`KERNELS`), if it is loaded with the compiled modules: a
    kernel has no Python module, so without a build for this code (or with
    ``LISTWATCH_PURE=1``) there is none, and its caller falls back to Python."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def compiled_modules() -> list[str]:
    """Which of :data:`COMPILED` and :data:`KERNELS` are loaded from machine code."""
    return [
        name
        for name in COMPILED + KERNELS
        if (module := sys.modules.get(name)) is not None
        and str(getattr(module, "__file__", "")).endswith(EXTENSION)
    ]


def status() -> str:
    """One line for reports: whether names are prepared, retrieved and compared by compiled or
    Python code."""
    for name in COMPILED:
        importlib.import_module(name)
    for name in KERNELS:
        kernel(name)
    done = compiled_modules()
    if len(done) == len(COMPILED + KERNELS):
        return "matching compiled (mypyc, Cython)"
    if os.environ.get("LISTWATCH_PURE") == "1":
        return "matching in Python (LISTWATCH_PURE=1)"
    return "matching in Python (not built for this code: python -m listwatch.native_build)"
