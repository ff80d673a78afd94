"""Real HTTP servers on loopback for the receiver tests: uvicorn (ASGI, FastAPI), Werkzeug's threaded
server (WSGI, Flask) and the same server running Django's WSGI handler.

Each server starts once per session on a free port and always shuts down; a test mounts a fresh app
built by the real adapter (``Receiver.mount``), so a test costs a request, not a server start. The
``receiver`` fixture runs a test once in each framework.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from dataclasses import dataclass
from typing import Any

import django
import pytest
import uvicorn
from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.test.utils import override_settings
from django.urls import URLPattern, clear_url_caches, path
from django.urls.resolvers import URLResolver
from fastapi import FastAPI
from flask import Flask
from werkzeug.serving import BaseWSGIServer, make_server
from werkzeug.wrappers import Response as WerkzeugResponse

from hirehooks import Hooks
from hirehooks import django as django_adapter
from hirehooks import fastapi as fastapi_adapter
from hirehooks import flask as flask_adapter

FRAMEWORKS = ("fastapi", "flask", "django")
HOST = "127.0.0.1"
START_TIMEOUT = 10.0  # a server that is not up by then is a failure, not a wait

urlpatterns: list[URLPattern | URLResolver] = []
"""Django's ROOT_URLCONF is this module: ``Receiver.mount`` swaps this list's contents."""

Scope = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]]
WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Any]


def _configure_django() -> None:
    """Django's settings, once per process (here only): this module is the URLconf."""
    if not settings.configured:
        settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=[HOST], DEBUG=False)
        django.setup()


class SwapASGI:
    """The ASGI app uvicorn serves: it hands each request to whatever app the current test mounted."""

    def __init__(self) -> None:
        self.app: ASGIApp = FastAPI()

    async def __call__(
        self, scope: Scope, receive: Callable[[], Awaitable[Any]], send: Callable[[Any], Awaitable[None]]
    ) -> None:
        await self.app(scope, receive, send)


class SwapWSGI:
    """The WSGI app Werkzeug serves: it hands each request to whatever app the current test mounted."""

    def __init__(self, app: WSGIApp) -> None:
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        return self.app(environ, start_response)


_NOT_FOUND: WSGIApp = WerkzeugResponse("no app mounted", status=404)


@dataclass
class Server:
    """A running server: ``url`` is its base (``http://127.0.0.1:PORT``)."""

    framework: str
    url: str
    swap: SwapASGI | SwapWSGI

    def serve(self, app: Any) -> str:
        """Serve ``app`` (an ASGI app for uvicorn, a WSGI app otherwise) from now on; the base URL."""
        self.swap.app = app
        return self.url


@dataclass
class Receiver:
    """One framework's server, and how to mount a ``Hooks`` there with that framework's adapter."""

    server: Server

    @property
    def framework(self) -> str:
        return self.server.framework

    def mount(self, hooks: Hooks, route: str = "/hooks") -> str:
        """Serve ``hooks`` at ``route`` through the framework's adapter; the endpoint's URL."""
        if self.framework == "fastapi":
            app = FastAPI()
            app.add_api_route(route, fastapi_adapter.endpoint(hooks), methods=["POST"])
            self.server.serve(app)
        elif self.framework == "flask":
            flask_app = Flask("receiver")
            flask_app.add_url_rule(route, view_func=flask_adapter.view(hooks), methods=["POST"])
            self.server.serve(flask_app)
        else:
            urlpatterns[:] = [path(route.lstrip("/"), django_adapter.view(hooks))]
            clear_url_caches()
        return self.server.url + route


def _free_socket() -> socket.socket:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((HOST, 0))
    return listener


@pytest.fixture(scope="session")
def asgi_server() -> Iterator[Server]:
    """uvicorn in a thread on a free port, serving the mounted ASGI app."""
    swap = SwapASGI()
    config = uvicorn.Config(
        swap, host=HOST, port=0, log_level="warning", log_config=None, access_log=False, lifespan="off"
    )
    server = uvicorn.Server(config)
    listener = _free_socket()
    port = listener.getsockname()[1]
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not server.started and thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert server.started, "uvicorn did not start"
        yield Server("fastapi", f"http://{HOST}:{port}", swap)
    finally:
        server.should_exit = True
        thread.join(START_TIMEOUT)
        listener.close()


def _wsgi(framework: str, app: WSGIApp) -> Iterator[Server]:
    swap = SwapWSGI(app)
    werkzeug_log = logging.getLogger("werkzeug")
    level = werkzeug_log.level
    werkzeug_log.setLevel(logging.WARNING)  # not a line per request
    server: BaseWSGIServer = make_server(HOST, 0, swap, threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield Server(framework, f"http://{HOST}:{server.server_port}", swap)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(START_TIMEOUT)
        werkzeug_log.setLevel(level)


@pytest.fixture(scope="session")
def flask_server() -> Iterator[Server]:
    """Werkzeug's threaded server in a thread on a free port, serving the mounted Flask app."""
    yield from _wsgi("flask", _NOT_FOUND)


@pytest.fixture(scope="session")
def django_server() -> Iterator[Server]:
    """Werkzeug's threaded server running Django's WSGI handler; routes come from ``urlpatterns``."""
    _configure_django()
    with override_settings(ROOT_URLCONF=__name__, ALLOWED_HOSTS=[HOST]):  # whoever configured Django
        try:
            yield from _wsgi("django", WSGIHandler())
        finally:
            urlpatterns.clear()


@pytest.fixture(params=FRAMEWORKS)
def receiver(request: pytest.FixtureRequest) -> Receiver:
    """Each framework in turn, over real HTTP on loopback."""
    name = "asgi_server" if request.param == "fastapi" else f"{request.param}_server"
    server: Server = request.getfixturevalue(name)
    return Receiver(server)


@pytest.fixture(params=FRAMEWORKS[1:])
def wsgi_receiver(request: pytest.FixtureRequest) -> Receiver:
    """Flask and Django, the frameworks that call handlers synchronously."""
    server: Server = request.getfixturevalue(f"{request.param}_server")
    return Receiver(server)
