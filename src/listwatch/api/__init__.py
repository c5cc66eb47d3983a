"""The screening service: REST API and web page (FastAPI)."""

from listwatch.api.app import app_from_env, create_app

__all__ = ["app_from_env", "create_app"]
