"""Fuzzed requests over every public address, form and question parameter of a running site;
prints how many came back with each status, and every 5xx with its address.

    API_RATE_LIMIT_PER_ADDRESS=100000000 QUESTION_RATE_LIMIT=100000000 \\
        ADDRESS=127.0.0.1:8150 bin/start                                  # in one terminal
    .venv/bin/python bench/fuzz_site.py --requests 10000

Hypothesis makes the values (any Unicode text, numbers, long strings, control characters); the
forms are posted with a real CSRF token, so they reach their validation. The API's documented
operations are covered more deeply by bench/api_fuzz.py (schemathesis). Questions sent by the
run stay in the site's inbox, marked by their odd text.
"""

from __future__ import annotations

import argparse
import collections
import http.cookiejar
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

LANGUAGES = ["en", "es", "fr", "de", "pt", "ar"]
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)
words = st.one_of(text, st.sampled_from(["what is myoclonus", "", " ", "a" * 3000, "0", "-1"]))
language = st.one_of(st.sampled_from(LANGUAGES), text)
number = st.one_of(st.integers(-(2**70), 2**70).map(str), text)


class Site:
    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.statuses: collections.Counter[int] = collections.Counter()
        self.failures: list[str] = []

    def request(self, path: str, form: dict[str, str] | None = None) -> str:
        data = None
        headers = {}
        if form is not None:
            token = self.csrf_token()
            data = urllib.parse.urlencode({**form, "csrfmiddlewaretoken": token}).encode()
            headers = {"Referer": self.base + "/", "X-CSRFToken": token}
        request = urllib.request.Request(self.base + path, data=data, headers=headers)
        try:
            with self.opener.open(request, timeout=60) as response:
                status, body = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, body = error.code, error.read()
        self.statuses[status] += 1
        if status >= 500:
            self.failures.append(f"{status} {'POST' if form else 'GET'} {path[:200]}")
        return body.decode("utf-8", "replace")

    def csrf_token(self) -> str:
        for cookie in self.jar:
            if cookie.name == "csrftoken":
                return cookie.value or ""
        page = self.request("/en/ask/")
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        return found.group(1) if found else ""


def q(**params: str) -> str:
    return urllib.parse.urlencode(params)


def targets(site: Site) -> dict[str, object]:
    @given(language, words)
    def search(lang: str, query: str) -> None:
        site.request(f"/{urllib.parse.quote(lang)}/search/?" + q(q=query))

    @given(words, language)
    def answers_api(query: str, lang: str) -> None:
        site.request("/api/answers/?" + q(q=query, language=lang))

    @given(st.sampled_from(LANGUAGES), words, text, text, st.sampled_from(["", "send", "x"]), text)
    def ask(lang: str, question: str, email: str, consent: str, step: str, website: str) -> None:
        form = {"question": question, "email": email, "consent": consent, "step": step}
        site.request(f"/{lang}/ask/", form | ({"website": website} if website else {}))

    @given(st.sampled_from(LANGUAGES), number, text, text)
    def feedback(lang: str, entry: str, helpful: str, reason: str) -> None:
        site.request(f"/{lang}/feedback/", {"entry": entry, "helpful": helpful, "reason": reason})

    @given(language, st.lists(text, min_size=1, max_size=4), text)
    def pages(lang: str, segments: list[str], query: str) -> None:
        path = "/".join(urllib.parse.quote(s, safe="") for s in segments)
        site.request(f"/{urllib.parse.quote(lang)}/{path}/?" + q(q=query))

    @given(language, number, number, number)
    def entries_api(lang: str, category: str, page: str, size: str) -> None:
        site.request(
            "/api/v1/entries/?" + q(language=lang, category=category, page=page, page_size=size)
        )

    @given(st.sampled_from(["entries", "categories"]), number, language)
    def one_api(kind: str, ident: str, lang: str) -> None:
        site.request(f"/api/v1/{kind}/{urllib.parse.quote(ident, safe='')}/?" + q(language=lang))

    @given(number, st.sampled_from(LANGUAGES), text)
    def publishing(page_id: str, lang: str, ids: str) -> None:
        site.request(f"/handouts/{urllib.parse.quote(page_id, safe='')}.pdf")
        site.request(f"/{lang}/my-list/?" + q(ids=ids))
        site.request(f"/{lang}/feed.atom?" + q(page=ids))

    every = (search, answers_api, ask, feedback, pages, entries_api, one_api, publishing)
    return {f.__name__: f for f in every}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--base-url", default="http://127.0.0.1:8150")
    parser.add_argument("--requests", type=int, default=10_000, help="About this many in all.")
    args = parser.parse_args()
    site = Site(args.base_url.rstrip("/"))
    found = targets(site)
    each = max(1, args.requests // len(found))
    start = time.monotonic()
    for name, target in found.items():
        run = settings(
            max_examples=each,
            deadline=None,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )(target)
        run()  # type: ignore[operator]
        done = sum(site.statuses.values())
        print(f"{name}: {done} requests so far, {len(site.failures)} 5xx", flush=True)
    total = sum(site.statuses.values())
    print(f"\n{total} requests in {time.monotonic() - start:.0f} s against {args.base_url}")
    for status, count in sorted(site.statuses.items()):
        print(f"  {status}: {count}")
    print(f"5xx: {len(site.failures)}")
    for failure in site.failures[:50]:
        print("  " + failure)
    return 1 if site.failures else 0


if __name__ == "__main__":
    sys.exit(main())
