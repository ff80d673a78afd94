"""Receive deliveries in Flask: ``app.add_url_rule(path, view_func=view(hooks), methods=["POST"])``.
Needs ``pip install "hirehooks[flask]"``. The raw body is read as sent, at most ``hooks.max_bytes``;
handlers are called synchronously (an ``async def`` handler is answered 500 and logged)."""

from __future__ import annotations

from collections.abc import Callable

try:
    from flask import Response, request
except ModuleNotFoundError:  # the extra is not installed: say which one
    raise ModuleNotFoundError('hirehooks.flask needs Flask: pip install "hirehooks[flask]"') from None

from hirehooks._hooks import Hooks

__all__ = ["view"]


def view(hooks: Hooks) -> Callable[[], Response]:
    """A Flask view that receives ``hooks``' deliveries and calls their handlers, synchronously (an
    ``async`` one is a ``ConfigError`` here). Its endpoint name is ``hirehooks_<vendor>``; pass
    ``endpoint=`` to ``add_url_rule`` to mount two of one vendor."""
    hooks.require_sync("Flask")

    def receive_delivery() -> Response:
        body = request.stream.read(hooks.max_bytes + 1)  # enough to tell it is too large
        answer = hooks.respond(dict(request.headers), body, request.url)
        return Response(answer.body, status=answer.status, headers=answer.headers)

    receive_delivery.__name__ = f"hirehooks_{hooks.setup.vendor}"
    return receive_delivery
