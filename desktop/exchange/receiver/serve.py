"""Running the receiver: uvicorn behind the guard (``guard.py``), over HTTPS with the
receiver's certificate, or plain HTTP on this computer's own address only (where a reverse
proxy on the same machine does HTTPS, see ``docs/dev/receiver.md``)."""

from __future__ import annotations

import ipaddress
import logging
from typing import Any

from desktop.exchange.receiver.certificate import TlsFiles
from desktop.exchange.receiver.guard import Limits, close_after_response, guarded

log = logging.getLogger(__name__)


def is_loopback(host: str) -> bool:
    """Whether ``host`` (an address to listen on or a host name) is this computer only."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _raise_open_files_limit() -> None:
    """Let the process hold as many connections as the guard allows (Linux: 1024 by default
    for the soft limit, often far more for the hard one)."""
    try:
        import resource
    except ImportError:  # Windows
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = 4096 if hard == resource.RLIM_INFINITY else min(hard, 4096)
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))


def uvicorn_config(
    app: Any, host: str, port: int, tls: TlsFiles | None, limits: Limits, log_level: str = "info"
) -> Any:
    import uvicorn
    from uvicorn.protocols.http.auto import AutoHTTPProtocol

    return uvicorn.Config(
        close_after_response(app),
        host=host,
        port=port,
        http=guarded(AutoHTTPProtocol, limits),
        ws="none",
        lifespan="on",
        log_level=log_level,
        # The guard limits connections per client and in all; uvicorn's own limit would
        # answer 503 to everyone once it is reached.
        limit_concurrency=None,
        timeout_keep_alive=5,
        ssl_certfile=str(tls.certificate) if tls else None,
        ssl_keyfile=str(tls.private_key) if tls else None,
        proxy_headers=bool(limits.proxies),
        forwarded_allow_ips=",".join(sorted(limits.proxies)) or None,
        server_header=False,
    )


def serve(app: Any, host: str, port: int, tls: TlsFiles | None, limits: Limits) -> None:
    """Run the receiver until Ctrl+C (or SIGTERM from a service manager)."""
    import uvicorn

    _raise_open_files_limit()
    uvicorn.Server(uvicorn_config(app, host, port, tls, limits)).run()
