"""Receive deliveries in FastAPI or Starlette: ``app.add_api_route(path, endpoint(hooks), methods=["POST"])``
(Starlette: ``Route(path, endpoint(hooks), methods=["POST"])``). Needs ``pip install "hirehooks[fastapi]"``.

The raw body is read as sent, at most ``hooks.max_bytes``; authentication, parsing, the delivery log and
plain handlers run in the thread pool (in one trip when no handler is ``async def``), so the event loop
never waits on them; an ``async def`` handler is awaited on the loop.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable

try:
    from starlette.concurrency import run_in_threadpool
    from starlette.requests import Request
    from starlette.responses import Response
except ModuleNotFoundError:  # the extra is not installed: say which one
    raise ModuleNotFoundError(
        'hirehooks.fastapi needs Starlette (FastAPI): pip install "hirehooks[fastapi]"'
    ) from None

from hirehooks._hooks import Answer, Hooks

__all__ = ["endpoint"]


async def _body(request: Request, limit: int) -> bytes:
    """The raw body, read no further than ``limit + 1`` bytes (enough for ``Hooks`` to answer 413)."""
    chunks, size = [], 0
    async for chunk in request.stream():
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            break
    return b"".join(chunks)


def _response(answer: Answer) -> Response:
    return Response(answer.body, status_code=answer.status, headers=answer.headers)


def endpoint(hooks: Hooks) -> Callable[[Request], Awaitable[Response]]:
    """An ASGI endpoint that receives ``hooks``' deliveries and calls their handlers."""

    async def receive_delivery(request: Request) -> Response:
        body = await _body(request, hooks.max_bytes)
        if not hooks.awaits:  # every handler is a plain function: the whole exchange in one thread trip
            return _response(await run_in_threadpool(hooks.respond, request.headers, body, str(request.url)))
        outcome = await run_in_threadpool(hooks.receive, request.headers, body, str(request.url))
        if isinstance(outcome, Answer):
            return _response(outcome)
        handler = hooks.handler(outcome.name)
        assert handler is not None  # receive answers a delivery that has no handler itself
        try:
            result = await run_in_threadpool(handler, outcome.event)  # an async one returns at once
            if inspect.isawaitable(result):
                await result
        except Exception as error:
            return _response(await run_in_threadpool(hooks.failed, outcome, error))
        except BaseException as error:  # cancelled, or the worker is stopping: release the claim first
            hooks.failed(outcome, error)
            raise
        return _response(await run_in_threadpool(hooks.done, outcome))

    return receive_delivery
