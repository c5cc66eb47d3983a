"""The registry of list sources: dataset name → source object.

One line per source. Modules are imported on first use so that loading one list does not import
every parser.
"""

from __future__ import annotations

import importlib
from functools import cache

from listwatch.errors import ConfigError
from listwatch.sources.base import Source

__all__ = ["SOURCES", "all_sources", "dataset_rank", "get_source"]

#: dataset → "module:attribute" of its Source instance.
SOURCES: dict[str, str] = {
    "us_ofac_sdn": "listwatch.sources.ofac_sdn:SOURCE",
    "us_ofac_cons": "listwatch.sources.ofac_cons:SOURCE",
    "un_sc_sanctions": "listwatch.sources.un_sc:SOURCE",
    "eu_fsf": "listwatch.sources.eu_fsf:SOURCE",
    "gb_hmt_sanctions": "listwatch.sources.uk_ofsi:SOURCE",
    "gb_fcdo_sanctions": "listwatch.sources.uk_fcdo:SOURCE",
    "ca_dfatd_sema_sanctions": "listwatch.sources.ca_sema:SOURCE",
    "au_dfat_sanctions": "listwatch.sources.au_dfat:SOURCE",
    "us_trade_csl": "listwatch.sources.us_csl:SOURCE",
    "us_bis_denied": "listwatch.sources.us_bis_dpl:SOURCE",
    "internal": "listwatch.sources.internal_csv:SOURCE",
}


@cache
def get_source(dataset: str) -> Source:
    target = SOURCES.get(dataset)
    if target is None:
        known = ", ".join(sorted(SOURCES))
        raise ConfigError(f"unknown dataset {dataset!r}; known datasets: {known}")
    module_name, _, attr = target.partition(":")
    source: Source = getattr(importlib.import_module(module_name), attr)
    return source


def dataset_rank(dataset: str) -> int:
    """Order of authority for ties: official primary lists before aggregations (the CSL
    republishes other lists) and before a user's own list."""
    names = list(SOURCES)
    return names.index(dataset) if dataset in names else len(names)


def all_sources() -> list[Source]:
    return [get_source(name) for name in SOURCES]
