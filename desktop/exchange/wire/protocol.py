"""The receiver's protocol, the same for the receiver and its clients (the village's sender,
the office's fetch): its paths, the name it gives in its health answer and the API version.
The request and answer bodies are in ``resources/schema/receiver-api.yaml``."""

from __future__ import annotations

API_VERSION = 1
SERVICE = "siaga-tppo-penerima"  # "layanan" in the health answer: a login page never says it
HEALTH_PATH = "/api/v1/health"
EXPORTS_PATH = "/api/v1/exports"  # a village posts one protected export
WAITING_PATH = "/api/v1/waiting"  # the office lists what waits for it
# The office puts its newest content pack here (PUT); villages take it (GET ?after=N).
CONTENT_PACK_PATH = "/api/v1/content-pack"
# The office posts its receipts (exchange/wire/receipt.py) here; a village gets its own.
RECEIPTS_PATH = "/api/v1/receipts"


def waiting_path(export_id: str) -> str:
    """Where the office gets (GET) or removes (DELETE) one waiting export."""
    return f"{WAITING_PATH}/{export_id}"
