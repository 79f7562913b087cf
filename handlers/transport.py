"""The bot's HTTP transport to the Bot API: aiohttp behind PTB's `BaseRequest` interface.

PTB's default `HTTPXRequest` costs about 0.8 ms of CPU per Bot API call; this one about
0.3 ms (bench/throughput.py, bench/broadcast.py). Every reply, button answer and outbox
message is such a call, so at a few hundred calls a second the transport is most of what
the bot's process does. `HTTP_TRANSPORT=httpx` switches back to PTB's own.
"""

from __future__ import annotations

import ssl
import urllib.request
from typing import Any
from urllib.parse import urlencode

import aiohttp
import certifi
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData


class AiohttpRequest(BaseRequest):
    """`BaseRequest` over one `aiohttp.ClientSession`, opened in `initialize`.

    Timeouts map onto aiohttp's as closely as its model allows: `pool_timeout` bounds
    waiting for a free connection (aiohttp's `connect`, which includes connecting),
    `connect_timeout` the TCP connect, `read_timeout` each wait for response bytes.
    aiohttp has no write timeout, so the sum of all four bounds the whole request: a
    stalled upload still ends.
    """

    def __init__(
        self,
        *,
        connection_pool_size: int = 32,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
        trust_env: bool = True,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._trust_env = trust_env  # HTTP(S)_PROXY and NO_PROXY, as httpx reads them
        self._env_proxies: dict[str, str] = {}
        self._proxy_by_origin: dict[tuple[str, str], str | None] = {}
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            # The environment is read here, once: aiohttp's own trust_env would read it,
            # and ~/.netrc in a worker thread, on every request.
            self._env_proxies = urllib.request.getproxies() if self._trust_env else {}
            self._proxy_by_origin.clear()
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size, ssl=trusted_authorities()),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("this AiohttpRequest is not initialized")
        has_files = bool(request_data and request_data.contains_files)
        timeout = self._timeout(
            _given(read_timeout, self._read_timeout),
            _given(write_timeout, self._media_write_timeout if has_files else self._write_timeout),
            _given(connect_timeout, self._connect_timeout),
            _given(pool_timeout, self._pool_timeout),
        )
        try:
            body, headers = _body(request_data)
            async with self._session.request(
                method,
                url,
                data=body,
                headers=headers,
                timeout=timeout,
                proxy=self._proxy_for(url),
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:  # aiohttp's timeouts subclass it
            if isinstance(error, aiohttp.ConnectionTimeoutError):
                raise TimedOut(
                    "Connect timeout: no connection to the Bot API in time (all busy, or the "
                    "server unreachable); the request was not sent"
                ) from error
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error

    def _proxy_for(self, url: str) -> str | None:
        scheme, _, rest = url.partition("://")
        origin = (scheme, rest.split("/", 1)[0])
        if origin not in self._proxy_by_origin:
            host = origin[1].rsplit(":", 1)[0]
            bypass = not self._env_proxies or urllib.request.proxy_bypass_environment(
                host, self._env_proxies
            )
            self._proxy_by_origin[origin] = None if bypass else self._env_proxies.get(scheme)
        return self._proxy_by_origin[origin]

    @staticmethod
    def _timeout(
        read: float | None, write: float | None, connect: float | None, pool: float | None
    ) -> aiohttp.ClientTimeout:
        parts = (read, write, connect, pool)
        total = None if None in parts else sum(p for p in parts if p is not None)
        connect_total = None if pool is None or connect is None else pool + connect
        return aiohttp.ClientTimeout(
            total=total, connect=connect_total, sock_connect=connect, sock_read=read
        )


def trusted_authorities() -> ssl.SSLContext:
    """The system's certificate authorities (and SSL_CERT_FILE / SSL_CERT_DIR) plus
    certifi's bundle, which PTB's httpx transport uses: a slim container without a system
    CA store still reaches api.telegram.org over TLS."""
    context = ssl.create_default_context()
    context.load_verify_locations(certifi.where())
    return context


def _given(value: Any, default: float | None) -> float | None:
    return default if value is BaseRequest.DEFAULT_NONE else value  # type: ignore[no-any-return]


def _body(request_data: RequestData | None) -> tuple[Any, dict[str, str] | None]:
    """The body and the headers naming its type: a urlencoded form (as PTB sends it), or multipart
    when files are attached. The form is encoded here because aiohttp would build a
    multipart writer (and a random boundary) for every dict it is given."""
    if request_data is None:
        return None, None
    fields = request_data.json_parameters
    if not request_data.contains_files:
        if not fields:
            return None, None
        return urlencode(fields).encode(), {"Content-Type": "application/x-www-form-urlencoded"}
    form = aiohttp.FormData(fields)
    for name, (filename, content, mime_type) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=mime_type)
    return form, None


def make_request(
    transport: str, *, for_updates: bool = False, trust_env: bool = True, timeout: float = 5.0
) -> BaseRequest:
    """The request object PTB needs twice: once for Bot API calls, once for getUpdates
    (a single long poll at a time, so one connection)."""
    pool = 1 if for_updates else 32
    timeouts = dict.fromkeys(("read_timeout", "write_timeout", "connect_timeout"), timeout)
    if transport == "aiohttp":
        return AiohttpRequest(
            connection_pool_size=pool, pool_timeout=timeout, trust_env=trust_env, **timeouts
        )
    if transport == "httpx":
        return HTTPXRequest(
            connection_pool_size=pool,
            pool_timeout=timeout,
            httpx_kwargs={"trust_env": trust_env},
            **timeouts,
        )
    raise ValueError(f"unknown HTTP transport {transport!r}; choose aiohttp or httpx")
