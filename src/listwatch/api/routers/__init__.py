"""The HTTP routers of the service, one per area."""
