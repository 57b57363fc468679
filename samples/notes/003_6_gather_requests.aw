# Note 003, block 6 (first program): gather over 1000 requests, timed by @async_timed()
# aiohttp needs network I/O, which a later issue brings: ClientSession below
# is a local stand-in with aiohttp's shape (session.get(url) is an async
# context manager whose result has .status), each request a 10 ms sleep.
# The note imports async_timed and fetch_status from the author's package
# (Python.book_abstracts...); here async_timed comes from util and
# fetch_status is the book's, defined below.
import asyncio

from util import async_timed


class ClientSession:
    """Stand-in for aiohttp.ClientSession: every GET answers 200."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        return None

    def get(self, url):
        return _Response(url)


class _Response:
    def __init__(self, url):
        self.url = url
        self.status = None

    async def __aenter__(self):
        await asyncio.sleep(0.01)  # the request's round trip
        self.status = 200
        return self

    async def __aexit__(self, exc_type, exc, tb):
        return None


async def fetch_status(session, url):
    async with session.get(url) as result:
        return result.status


@async_timed()
async def main():
    async with ClientSession() as session:
        urls = ['https://example.com' for _ in range(1000)]
        requests = [fetch_status(session, url) for url in urls]
        status_codes = await asyncio.gather(*requests)
        print(status_codes)


asyncio.run(main())
