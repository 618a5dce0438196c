"""Load on the real server: wrk over loopback against bin/serve (gunicorn) on PostgreSQL with the
demo organisation, side by side with nginx serving a saved copy of the same responses.

    apt-get install -y wrk nginx-light        # once
    .venv/bin/python bench/load.py --duration 600     # the issue's 10 minutes per row

Rows: an entry page, the results page for a question, and the question API. Each row runs wrk
for --duration seconds against gunicorn, then against nginx serving the bytes gunicorn sent,
and prints requests a second, p50 and p99, errors, and the ratios. Goals (issue 13): entry page
>= 1,500 req/s with p99 <= 50 ms; question API >= 300 req/s with p99 <= 100 ms; no errors.
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
from pathlib import Path

from _site import get, prepare_database, serve, stop

QUESTION = "my son has jerks in his sleep, is that myoclonus?"
ROWS = {
    "entry page": "/en/{entry}",
    "results page": "/en/search/?q=" + QUESTION.replace(" ", "+").replace(",", "%2C"),
    "question API": "/api/answers/?language=en&q=" + QUESTION.replace(" ", "+").replace(",", "%2C"),
}
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url: str, seconds: int, connections: int, threads: int) -> dict[str, float]:
    """wrk's figures: requests a second, p50 and p99 in ms, and errors of any kind."""
    command = ["wrk", "--latency", "-t", str(threads), "-c", str(connections)]
    command += ["-d", f"{seconds}s", "--timeout", "10s", url]
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
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2, help="wrk's threads.")
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) + 1)
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
    app = serve(args.database_url, 8260, args.workers, workdir / "serve.log")
    static = workdir / "static"
    try:
        entries = json.loads(get("http://127.0.0.1:8260/api/v1/entries/?language=en")[1])
        first = entries["results"][0] if isinstance(entries, dict) else entries[0]
        entry = first["url"].split("/en/", 1)[1]
        paths = {name: path.format(entry=entry) for name, path in ROWS.items()}
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
            ours = wrk(
                f"http://127.0.0.1:8260{path}", args.duration, args.connections, args.threads
            )
            copy = "/" + name.replace(" ", "-") + ("/index.json" if "API" in name else "/")
            theirs = wrk(
                f"http://127.0.0.1:8261{copy}", args.duration, args.connections, args.threads
            )
            results.append((name, ours, theirs))
        web.terminate()
    finally:
        stop(app)

    load = os.getloadavg()[0]
    print(
        f"\nwrk {args.duration} s a row, {args.connections} connections, {args.threads} threads; "
        f"gunicorn {args.workers} workers (bin/serve) on PostgreSQL; {os.cpu_count()} cores "
        f"shared with other work (load {load:.1f} at the end)\n"
    )
    header = f"{'row':<14}{'server':<10}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}"
    header += f"{'errors':>8}{'requests':>10}"
    print(header)
    print("-" * len(header))
    for name, ours, theirs in results:
        for server, f in (("gunicorn", ours), ("nginx", theirs)):
            print(
                f"{name:<14}{server:<10}{f['rps']:>9.0f}{f['p50']:>9.2f}{f['p99']:>9.2f}"
                f"{f['errors']:>8.0f}{f['requests']:>10.0f}"
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
