"""Request body limit as pure ASGI middleware: a declared Content-Length over the limit
is refused before anything is read; a body without one (chunked) is read here up to the
limit and then handed on, so the app never sees more than the limit."""

from __future__ import annotations

from .errors import error_response


class BodyLimit:
    def __init__(self, app, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                size = -1
            if size < 0:
                await error_response(400, "E400", "bad Content-Length")(scope, receive, send)
            elif size > self.max_body:
                await self._refuse(scope, receive, send)
            else:
                await self.app(scope, receive, send)
            return
        if headers.get(b"transfer-encoding") is None:  # no body at all
            await self.app(scope, receive, send)
            return
        chunks, seen = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                await self._refuse(scope, receive, send)
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        sent = False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope, receive, send) -> None:
        response = error_response(413, "E403",
                                  f"request body over the limit of {self.max_body} bytes")
        await response(scope, receive, send)
