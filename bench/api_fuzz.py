"""Schemathesis over the served API schema with many examples per operation, against a running site.

The test suite runs the same checks with 4 examples per operation (tests/api/test_schema_fuzz.py);
this runs as many as you like against a real server, and prints schemathesis' summary.

    API_RATE_LIMIT_PER_ADDRESS=1000000 ADDRESS=127.0.0.1:8150 bin/start      # in one terminal
    .venv/bin/python manage.py api_tokens create --user editor --name fuzz    # prints a token
    .venv/bin/python bench/api_fuzz.py --token wagtail_... --examples 500

Drafts made by the run stay in the demo database as drafts (never published).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

CHECKS = ",".join(
    [
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_schema_conformance",
    ]
)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--base-url", default="http://127.0.0.1:8150")
    parser.add_argument("--token", help="A staff member's API token, for the drafts endpoints.")
    parser.add_argument("--examples", type=int, default=200, help="Examples per operation.")
    args = parser.parse_args()

    schema = f"{args.base_url}/api/v1/schema/?format=json"
    try:
        urllib.request.urlopen(schema, timeout=10).read()
    except (urllib.error.URLError, OSError) as error:
        print(f"No schema at {schema} ({error}). Start the site first (see this file's docstring).")
        return 2
    st = shutil.which("st") or str(Path(sys.executable).with_name("st"))
    command = [st, "run", schema, "--checks", CHECKS, "--max-examples", str(args.examples)]
    if args.token:
        command += ["--header", f"Authorization: Bearer {args.token}"]
    print(
        "$",
        " ".join(c if "Bearer" not in c else "--header 'Authorization: Bearer …'" for c in command),
    )
    return subprocess.call(command)


if __name__ == "__main__":
    sys.exit(main())
