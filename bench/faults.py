"""PostgreSQL stopped and started again under load: what patients get meanwhile, and after.

Runs its own PostgreSQL cluster (Debian's pg_createcluster, port 5440) so that nobody else's
database stops, serves the demo organisation with bin/serve on it, and keeps a few clients
asking for an entry page, the question API and /health/ while the database is stopped for
--down seconds and started again. Prints, per phase, the answers by status, whether every
failure was the kind 503 page (never a 500), how soon each address answered again, and whether
everything stored before the stop is still there.

    .venv/bin/python bench/faults.py            # as root, on a machine with PostgreSQL 15
"""

from __future__ import annotations

import argparse
import collections
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _site import get, prepare_database, serve, stop

VERSION, CLUSTER, PORT = "15", "faults", 5440
DATABASE_URL = f"postgres://postgres@127.0.0.1:{PORT}/patientfaq_faults"
COUNTED = (
    "SELECT (SELECT count(*) FROM wagtailcore_page), (SELECT count(*) FROM wagtailcore_revision),"
    " (SELECT count(*) FROM faq_entrypage), (SELECT coalesce(max(id), 0) FROM django_migrations)"
)


def cluster(action: str) -> None:
    subprocess.run(
        ["pg_ctlcluster", VERSION, CLUSTER, action, *(["-m", "fast"] if action == "stop" else [])],
        check=True,
    )


def cluster_status() -> str | None:
    """'online' or 'down' for this bench's cluster, None when it does not exist."""
    listed = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True).stdout
    for line in listed.splitlines():
        fields = line.split()
        if fields[:2] == [VERSION, CLUSTER]:
            return fields[3]
    return None


def ensure_cluster() -> None:
    if cluster_status() is None:
        subprocess.run(
            ["pg_createcluster", VERSION, CLUSTER, "-p", str(PORT), "--", "--auth=trust"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    if cluster_status() != "online":
        cluster("start")


def stored() -> str:
    return subprocess.run(
        ["psql", DATABASE_URL, "-tAc", COUNTED], capture_output=True, text=True, check=True
    ).stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--before", type=float, default=10, help="Seconds of load before the stop.")
    parser.add_argument("--down", type=float, default=15, help="Seconds the database is stopped.")
    parser.add_argument("--after", type=float, default=20, help="Seconds of load after the start.")
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()

    ensure_cluster()
    prepare_database(DATABASE_URL)
    workdir = Path(tempfile.mkdtemp(prefix="patientfaq-faults-"))
    app = serve(DATABASE_URL, 8270, 2, workdir / "serve.log")
    entries = get("http://127.0.0.1:8270/api/v1/entries/?language=en")[1].decode()
    entry = entries.split('"url":"', 1)[1].split('"', 1)[0].split("127.0.0.1:8270", 1)[1]
    addresses = {
        "entry page": entry,
        "question API": "/api/answers/?language=en&q=what+is+myoclonus",
        "health": "/health/",
    }
    phase = ["before"]
    seen: list[tuple[str, str, int, bool, float]] = []
    running = True

    def client(number: int) -> None:
        names = list(addresses)
        i = number
        while running:
            name = names[i % len(names)]
            i += 1
            try:
                status, body = get(f"http://127.0.0.1:8270{addresses[name]}", timeout=15)
            except OSError:
                status, body = 0, b""  # no answer at all
            kind = b"briefly unavailable" in body or b"try again" in body or name == "health"
            seen.append((phase[0], name, status, kind, time.monotonic()))
            time.sleep(0.02)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
    try:
        before = stored()
        for thread in threads:
            thread.start()
        time.sleep(args.before)
        phase[0] = "down"
        cluster("stop")
        time.sleep(args.down)
        phase[0] = "after"
        starting = time.monotonic()
        cluster("start")  # returns once PostgreSQL accepts connections
        started = time.monotonic()
        time.sleep(args.after)
        running = False
        for thread in threads:
            thread.join()
        after = stored()
    finally:
        running = False
        stop(app)

    print(
        f"\n{args.clients} clients; PostgreSQL stopped for {args.down:.0f} s "
        f"(cluster {CLUSTER}, port {PORT})\n"
    )
    print(f"{'phase':<8}{'address':<14}{'200':>7}{'503':>7}{'other':>7}{'kind 503s':>11}")
    for when in ("before", "down", "after"):
        for name in addresses:
            statuses = collections.Counter(s for p, n, s, _, _ in seen if p == when and n == name)
            kind = sum(1 for p, n, s, k, _ in seen if p == when and n == name and s == 503 and k)
            other = sum(v for k, v in statuses.items() if k not in (200, 503))
            print(f"{when:<8}{name:<14}{statuses[200]:>7}{statuses[503]:>7}{other:>7}{kind:>11}")
    print(f"\nPostgreSQL took {started - starting:.2f} s to start again.")
    for name in addresses:
        back = [t for p, n, s, _, t in seen if p == "after" and n == name and s == 200]
        first = f"{back[0] - started:+.2f} s" if back else "never"
        last_fail = [t for p, n, s, _, t in seen if p == "after" and n == name and s != 200]
        tail = f", last failure {last_fail[-1] - started:+.2f} s" if last_fail else ""
        print(f"{name}: first 200 {first} from PostgreSQL ready{tail}")
    errors_500 = sum(1 for _, _, s, _, _ in seen if s >= 500 and s != 503)
    print(f"5xx other than 503: {errors_500}")
    print(
        f"stored before the stop (pages, revisions, entries, migrations): {before}; after: {after}"
    )
    print("nothing lost" if before == after else "CHANGED")
    return 0 if errors_500 == 0 and before == after else 1


if __name__ == "__main__":
    sys.exit(main())
