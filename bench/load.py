"""Load on the real server: wrk over loopback against bin/serve (gunicorn) on PostgreSQL with the
demo organisation, side by side with nginx serving a saved copy of the same responses.

    apt-get install -y wrk nginx-light        # once
    .venv/bin/python bench/load.py --duration 600     # the issue's 10 minutes per row

Rows: an entry page, the results page and the question API. Questions are not one question
repeated: each request asks the next of the project's English lay and off-topic questions
(bench/data, about 600 distinct ones; each wrk thread starts at its own place in the list), as
patients ask different things. Each row runs wrk for --duration seconds against gunicorn, then
against nginx serving the bytes gunicorn sent, and prints requests a second, p50 and p99,
errors, the load average of the machine, and the ratios. Goals (issue 13): entry page >= 1,500
req/s with p99 <= 50 ms; question API >= 300 req/s with p99 <= 100 ms; no errors.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

from _site import get, prepare_database, serve, stop

QUESTION = "my son has jerks in his sleep, is that myoclonus?"
QUESTION_FILES = (
    "demo_lay_queries",
    "lay_queries",
    "lay_queries_blind",
    "lay_queries_fresh",
    "lay_queries_fresh2",
    "offtopic_queries",
)
# The address of each row; {q} is each request's question.
ROWS = {
    "entry page": "/en/{entry}",
    "results page": "/en/search/?q={q}",
    "question API": "/api/answers/?language=en&q={q}",
}
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}
# Each wrk thread asks the questions in turn from its own starting place.
ROTATION = """
local questions = {%s}
local base = "%s"
local next_one = 0
local threads = 0
function setup(thread)
  thread:set("start", threads)
  threads = threads + 1
end
function init(args)
  next_one = math.floor(start * #questions / %d)
end
function request()
  next_one = next_one + 1
  return wrk.format("GET", base .. questions[next_one %% #questions + 1])
end
"""


def questions() -> list[str]:
    """The English lay and off-topic questions in bench/data, each once, URL-encoded."""
    seen: dict[str, None] = {}
    for name in QUESTION_FILES:
        with (Path(__file__).parent / "data" / f"{name}.jsonl").open() as lines:
            for line in lines:
                seen.setdefault(json.loads(line)["text"], None)
    return [urllib.parse.quote_plus(text) for text in seen]


def rotation_script(base: str, threads: int, workdir: Path) -> Path:
    """A wrk script asking `base` + each question in turn."""
    script = workdir / f"rotation-{abs(hash(base))}.lua"
    listed = ",".join(f'"{q}"' for q in questions())
    script.write_text(ROTATION % (listed, base, threads))
    return script


def wrk(
    url: str, seconds: int, connections: int, threads: int, script: Path | None = None
) -> dict[str, float]:
    """wrk's figures: requests a second, p50 and p99 in ms, errors of any kind, load average."""
    command = ["wrk", "--latency", "-t", str(threads), "-c", str(connections)]
    command += ["-d", f"{seconds}s", "--timeout", "10s", url]
    if script is not None:
        command += ["-s", str(script)]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    figures = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))}
    for pct in ("50", "99"):
        value, unit = re.search(rf"^\s+{pct}%\s+([\d.]+)(us|ms|s)\b", out, re.M).groups()
        figures[f"p{pct}"] = float(value) * UNITS[unit]
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    )
    figures["errors"] = (int(non_2xx.group(1)) if non_2xx else 0) + (
        sum(int(n) for n in sockets.groups()) if sockets else 0
    )
    figures["requests"] = float(re.search(r"(\d+) requests in", out).group(1))
    figures["load"] = os.getloadavg()[0]
    return figures


def nginx(root: Path, port: int, workdir: Path) -> subprocess.Popen[bytes]:
    """nginx serving `root` as static files, one worker per core, as for a static export."""
    conf = workdir / "nginx.conf"
    conf.write_text(
        f"""daemon off; worker_processes auto; pid {workdir}/nginx.pid; user root;
error_log {workdir}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{ access_log off; default_type text/html; types {{ application/json json; }}
  server {{ listen 127.0.0.1:{port}; root {root};
    location / {{ try_files $uri $uri/index.html =404; }} }} }}
"""
    )
    server = subprocess.Popen(["nginx", "-c", str(conf), "-p", str(workdir)])
    time.sleep(1)
    return server


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument(
        "--duration", type=int, default=600, help="Seconds of wrk per server and row."
    )
    parser.add_argument(
        "--nginx-duration",
        type=int,
        help="Seconds of wrk against nginx per row (default: --duration); nginx's figures "
        "settle within a minute.",
    )
    parser.add_argument(
        "--rows", nargs="+", choices=list(ROWS), metavar="ROW", help=f"Only these: {list(ROWS)}."
    )
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2, help="wrk's threads.")
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) + 1)
    parser.add_argument(
        "--web-threads", type=int, help="Threads in each gunicorn worker (bin/serve's default: 8)."
    )
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/patientfaq_bench"
    )
    args = parser.parse_args()
    for tool in ("wrk", "nginx"):
        if not shutil.which(tool):
            print(f"{tool} is not installed: apt-get install -y wrk nginx-light")
            return 2

    prepare_database(args.database_url)
    workdir = Path(tempfile.mkdtemp(prefix="patientfaq-load-"))
    os.chmod(workdir, 0o755)
    app = serve(args.database_url, 8260, args.workers, workdir / "serve.log", args.web_threads)
    static = workdir / "static"
    try:
        entries = json.loads(get("http://127.0.0.1:8260/api/v1/entries/?language=en")[1])
        first = entries["results"][0] if isinstance(entries, dict) else entries[0]
        entry = first["url"].split("/en/", 1)[1]
        first_question = urllib.parse.quote_plus(QUESTION)
        paths = {
            name: path.format(entry=entry, q=first_question)
            for name, path in ROWS.items()
            if not args.rows or name in args.rows
        }
        # The saved copies: the same bytes gunicorn answers, at one file each.
        for name, path in paths.items():
            status, body = get(f"http://127.0.0.1:8260{path}")
            assert status == 200, (name, status)
            target = (
                static / name.replace(" ", "-") / ("index.json" if "API" in name else "index.html")
            )
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(body)
        web = nginx(static, 8261, workdir)
        results = []
        for name, path in paths.items():
            copy = "/" + name.replace(" ", "-") + ("/index.json" if "API" in name else "/")
            asks = "{q}" in ROWS[name]
            for port, address in ((8260, ROWS[name].split("{q}")[0]), (8261, copy + "?q=")):
                script = rotation_script(address, args.threads, workdir) if asks else None
                figures = wrk(
                    f"http://127.0.0.1:{port}{path if port == 8260 else copy}",
                    args.duration if port == 8260 else args.nginx_duration or args.duration,
                    args.connections,
                    args.threads,
                    script,
                )
                if port == 8260:
                    ours = figures
            results.append((name, ours, figures))
        web.terminate()
    finally:
        stop(app)

    print(
        f"\n{time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC; wrk {args.duration} s a row "
        f"(nginx {args.nginx_duration or args.duration} s), "
        f"{args.connections} connections, {args.threads} threads; gunicorn {args.workers} workers "
        f"x {args.web_threads or 8} threads (bin/serve) on PostgreSQL; {os.cpu_count()} cores "
        f"shared with other work; questions: {len(questions())} distinct, in turn; load: the "
        "1-minute load average after each run\n"
    )
    header = f"{'row':<14}{'server':<10}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}"
    header += f"{'errors':>8}{'requests':>10}{'load':>6}"
    print(header)
    print("-" * len(header))
    for name, ours, theirs in results:
        for server, f in (("gunicorn", ours), ("nginx", theirs)):
            print(
                f"{name:<14}{server:<10}{f['rps']:>9.0f}{f['p50']:>9.2f}{f['p99']:>9.2f}"
                f"{f['errors']:>8.0f}{f['requests']:>10.0f}{f['load']:>6.1f}"
            )
        print(
            f"{'':<14}{'ratio':<10}{ours['rps'] / theirs['rps']:>9.3f}"
            f"{ours['p50'] / theirs['p50']:>9.1f}{ours['p99'] / theirs['p99']:>9.1f}"
        )
    goals = {"entry page": (1500, 50), "question API": (300, 100)}
    print()
    for name, ours, _ in results:
        if name in goals:
            rps, p99 = goals[name]
            met = ours["rps"] >= rps and ours["p99"] <= p99 and ours["errors"] == 0
            print(
                f"goal {name}: >= {rps} req/s, p99 <= {p99} ms, no errors: "
                f"{'met' if met else 'NOT met'}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
