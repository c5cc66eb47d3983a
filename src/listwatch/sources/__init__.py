"""Official list formats, one module each, behind the :class:`Source` protocol."""

from listwatch.sources.base import Download, Source
from listwatch.sources.registry import SOURCES, all_sources, get_source

__all__ = ["SOURCES", "Download", "Source", "all_sources", "get_source"]
