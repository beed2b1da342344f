"""The office's receiver: villages upload their protected exports here once they are online,
and the office app fetches them (``siaga-tppo receive``; Starlette served by uvicorn, the
optional ``office`` extra). It opens no database and never holds the office's private key:
it checks signatures and keeps the files, still encrypted, until the office fetched them.

* ``app``: the HTTP interface (``resources/schema/receiver-api.yaml``);
* ``store``: the files waiting, streamed to disk, with a quota per village;
* ``receipts``: the office's receipts waiting for their villages;
* ``tokens``: who may upload, read again whenever the tokens file changes;
* ``guard``: time limits and connection limits in front of uvicorn;
* ``serve``: running it, over HTTPS unless it listens on this computer only;
* ``certificate``: the self-signed certificate villages pin (by its SHA-256).

See ``docs/dev/receiver.md`` for running it in production.
"""
