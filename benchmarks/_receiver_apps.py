"""The ASGI app ``benchmarks/receiver_load.py`` serves with ``uvicorn --workers 2 --factory``.

Configured by environment variables, since each worker process imports it afresh:
``HH_BENCH_STORE`` (the SQLite file both workers share), ``HH_BENCH_CALLS`` (a file every handler call
appends one line to, so the load test can count calls per delivery across workers) and the credentials
``HH_BENCH_SECRET`` (Standard Webhooks, HeyMilo), ``HH_BENCH_TOKEN`` (URL token, Hirempire),
``HH_BENCH_BASIC`` (``user:password``, Xobin) and ``HH_BENCH_APIKEY`` (InstaView's custom header).

``python -m benchmarks._receiver_apps <uvicorn options>`` is the ``uvicorn`` command with one fix:
with ``--workers N`` uvicorn binds the listening socket itself with ``proto`` 0, so asyncio never sets
``TCP_NODELAY`` on accepted connections and, on Linux, each keep-alive request waits ~40 ms on the
client's delayed ACK (uvicorn issue #3149, open); the fix re-reads the socket so that it says TCP.

Routes: ``POST /<vendor>`` is a hirehooks receiver (authenticate, detect, parse, log, dedupe, call the
handler); ``POST /bare`` only reads the body and answers 200, the same framework's floor. For the
breakdown of the documented report's latency: ``/threadpool`` (bare plus one thread-pool trip) and
``/heymilo-unlogged`` (HeyMilo's receiver without a store).
"""

from __future__ import annotations

import hashlib
import os
import socket
from collections.abc import Mapping

import uvicorn
import uvicorn.main
from fastapi import FastAPI, Request, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from hirehooks import Hooks, auth, events
from hirehooks.fastapi import endpoint
from hirehooks.store import SQLiteStore

APIKEY_HEADER = "X-Instaview-Hook"
HANDSHAKE = "hirempire.url_verification"  # answered by the core, never handled


def call_key(event: BaseModel) -> str:
    """What a handler call is counted by: the event's type and content (each delivery's is unique)."""
    kind = f"{type(event).__module__}.{type(event).__qualname__}"
    return hashlib.sha256(kind.encode() + event.model_dump_json().encode()).hexdigest()


def authenticators(settings: Mapping[str, str]) -> dict[str, auth.Authenticator]:
    """Each vendor's authentication, from the ``HH_BENCH_*`` credentials in ``settings``."""
    user, _, password = settings["HH_BENCH_BASIC"].partition(":")
    return {
        "heymilo": auth.StandardWebhooks(settings["HH_BENCH_SECRET"]),
        "hirempire": auth.UrlToken(settings["HH_BENCH_TOKEN"]),
        "xobin": auth.Basic(user, password),
        "instaview": auth.ApiKey(APIKEY_HEADER, settings["HH_BENCH_APIKEY"]),
    }


def create_app() -> FastAPI:
    store = SQLiteStore(os.environ["HH_BENCH_STORE"])
    calls = os.open(os.environ["HH_BENCH_CALLS"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def handle(event: BaseModel) -> None:
        os.write(calls, (call_key(event) + "\n").encode())  # one O_APPEND write: whole lines, any worker

    app = FastAPI()
    for vendor, authenticator in authenticators(os.environ).items():
        hooks = Hooks(vendor=vendor, auth=authenticator, store=store)
        for name in events(vendor):
            if name != HANDSHAKE:
                hooks.on(name)(handle)
        app.add_api_route(f"/{vendor}", endpoint(hooks), methods=["POST"])
    unlogged = Hooks(vendor="heymilo", auth=authenticators(os.environ)["heymilo"])  # no store
    for name in events("heymilo"):
        unlogged.on(name)(handle)
    app.add_api_route("/heymilo-unlogged", endpoint(unlogged), methods=["POST"])

    @app.post("/bare")
    async def bare(request: Request) -> Response:
        await request.body()
        return Response(b'{"status":"accepted"}', media_type="application/json")

    @app.post("/threadpool")
    async def threadpool(request: Request) -> Response:
        """The bare route plus one trip through the thread pool, as the adapter makes for ``receive``."""
        await run_in_threadpool(len, await request.body())
        return Response(b'{"status":"accepted"}', media_type="application/json")

    return app


def _bind_socket_as_tcp(config: uvicorn.Config) -> socket.socket:
    """uvicorn's listener, re-made from its descriptor so that ``proto`` is ``IPPROTO_TCP`` (the family,
    type and protocol are read back from the descriptor) and asyncio sets ``TCP_NODELAY``."""
    bound = _BIND_SOCKET(config)
    if bound.family not in (socket.AF_INET, socket.AF_INET6):
        return bound
    fixed = socket.socket(fileno=bound.detach())
    fixed.set_inheritable(True)
    return fixed


_BIND_SOCKET = uvicorn.Config.bind_socket

if __name__ == "__main__":
    uvicorn.Config.bind_socket = _bind_socket_as_tcp  # type: ignore[method-assign, assignment]
    uvicorn.main.main()
