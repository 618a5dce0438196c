"""gunicorn's settings for bin/serve: where to listen, how many workers, JSON log lines.

Workers come from WEB_CONCURRENCY (gunicorn's own variable), threads in each from WEB_THREADS;
any other gunicorn option can be given in GUNICORN_CMD_ARGS. Each worker loads the answer engine
once it has started, so the first patient does not wait for it.
"""

import os
import threading
from typing import Any

bind = os.getenv("ADDRESS") or "127.0.0.1:8000"
# Each worker holds its own copy of the engine's models (about 600 MB): one per core, plus one
# to cover a worker busy building its index, is what two cores and a few GB carry comfortably.
workers = int(os.getenv("WEB_CONCURRENCY") or (os.cpu_count() or 1) + 1)
# Threads in each worker keep readers' connections open between requests (gunicorn's sync
# worker closes each one): a kept page is then answered in well under a millisecond.
threads = int(os.getenv("WEB_THREADS") or 8)
# A slow request is cut after this long; the patient sees an error page instead of waiting on.
timeout = 30
accesslog = "-"
access_log_format = "%(m)s %(U)s %(s)s"

_json_to_stderr = {
    "class": "logging.StreamHandler",
    "formatter": "json",
    "filters": ["no_query_strings"],
    "stream": "ext://sys.stderr",
}
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"no_query_strings": {"()": "patientfaq.logging_filters.DropQueryStrings"}},
    "formatters": {"json": {"()": "patientfaq.logging_filters.JsonLines"}},
    "handlers": {"console": _json_to_stderr, "error_console": _json_to_stderr},
    "root": {"level": "WARNING", "handlers": ["console"]},
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["error_console"], "propagate": False},
        "gunicorn.access": {"level": "INFO", "handlers": ["console"], "propagate": False},
        # Django answers HEAD with a body that gunicorn drops, as it should: no need to say so.
        "gunicorn.http.wsgi": {"level": "ERROR"},
    },
}


def _load_answer_engine() -> None:
    from django.db import connection

    from patientfaq.answers.index import get_crosslingual, get_engine

    try:
        get_engine()
        get_crosslingual()
    except Exception as error:  # the first search tries again
        import logging

        logging.getLogger("patientfaq.serve").warning(
            "The answer engine could not load at start-up (%s).", type(error).__name__
        )
    finally:
        connection.close()


def post_worker_init(worker: Any) -> None:
    threading.Thread(target=_load_answer_engine, name="load-answer-engine", daemon=True).start()


def worker_exit(server: Any, worker: Any) -> None:
    from patientfaq.faq.reads import write_reads

    write_reads()
