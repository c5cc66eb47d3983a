"""A JSON response serialised by orjson: an order of magnitude faster than ``json.dumps`` on
screening answers (floats and nested explanations), and byte for byte the same output for them
(compact separators, UTF-8 rather than ``\\u`` escapes)."""

from __future__ import annotations

from typing import Any

import orjson
from starlette.responses import JSONResponse

__all__ = ["OrjsonResponse"]


class OrjsonResponse(JSONResponse):
    def render(self, content: Any) -> bytes:
        # Non-string keys become strings, as json.dumps makes them.
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)
