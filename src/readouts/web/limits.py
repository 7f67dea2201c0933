"""The request body size limit, enforced before a route reads the body (ASGI middleware):
a declared ``Content-Length`` over the limit is refused at once; a body sent in chunks is
counted as it arrives and refused when it passes the limit."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .problems import ApiError, error_response


def _too_large(limit: int) -> ApiError:
    return ApiError(
        413,
        "body_too_large",
        f"the request body is larger than {limit} bytes (readouts serve --max-body)",
    )


class BodyLimit:
    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
                if declared > self.limit or declared < 0:
                    error = _too_large(self.limit)
                    if declared < 0:
                        error = ApiError(400, "bad_request", "invalid Content-Length header")
                    response = error_response(error.status_code, error.code, error.message)
                    await response(scope, receive, send)
                    return
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise _too_large(self.limit)
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except ApiError as error:
            if started or error.code != "body_too_large":
                raise
            response = error_response(error.status_code, error.code, error.message)
            await response(scope, receive, send)


__all__ = ["BodyLimit"]
