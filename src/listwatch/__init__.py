"""listwatch: screen people, companies and vessels against official sanctions lists.

The library does the work; the CLI, API and web page are thin shells over it::

    import listwatch
    results = listwatch.screen("Nicolas Maduro", birth_date="1962-11-23")
    listwatch.compare("MADURO MOROS, Nicolas", "Nicolás Maduro").score
"""

from __future__ import annotations

__version__ = "0.1.0"

from listwatch.native import install as _install_native

_install_native()  # the compiled comparator, when built from this code (listwatch.native)

from listwatch.api_facade import compare, screen  # noqa: E402

__all__ = ["__version__", "compare", "screen"]
