"""Receive deliveries in Django: ``path("hooks/heymilo", view(hooks))`` in ``urlpatterns``.
Needs ``pip install "hirehooks[django]"``. The view is exempt from CSRF (a vendor has no token); the raw
body is read as sent, at most ``hooks.max_bytes``; handlers are called synchronously."""

from __future__ import annotations

from collections.abc import Callable

try:
    from django.http import HttpRequest, HttpResponse
    from django.views.decorators.csrf import csrf_exempt
except ModuleNotFoundError:  # the extra is not installed: say which one
    raise ModuleNotFoundError('hirehooks.django needs Django: pip install "hirehooks[django]"') from None

from hirehooks._hooks import Hooks

__all__ = ["view"]


def view(hooks: Hooks) -> Callable[[HttpRequest], HttpResponse]:
    """A Django view that receives ``hooks``' deliveries and calls their handlers (an ``async`` one is a
    ``ConfigError`` here: they are called synchronously)."""
    hooks.require_sync("Django")

    def receive_delivery(request: HttpRequest) -> HttpResponse:
        limit = hooks.max_bytes + 1  # enough to tell it is too large
        if "CONTENT_LENGTH" not in request.META and request.META.get("wsgi.input_terminated"):
            body = request.META["wsgi.input"].read(limit)  # chunked: Django reads only CONTENT_LENGTH bytes
        else:
            body = request.read(limit)
        answer = hooks.respond(request.headers, body, request.get_full_path())
        return HttpResponse(answer.body, status=answer.status, headers=answer.headers)

    exempt: Callable[[HttpRequest], HttpResponse] = csrf_exempt(receive_delivery)
    return exempt
