"""Keep patients' words out of logs, and write each record as one line of JSON.

Questions travel in query strings, so the filter cuts those from every message. Exception
messages are left out too (a database error can quote the row it failed on); the exception's
type and the frames it passed through stay, which is what an operator needs to find the fault.
"""

import json
import logging
import re
import traceback
from datetime import UTC, datetime
from typing import Any

_QUERY_STRING = re.compile(r"\?[^\s\"]*")


class DropQueryStrings(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = _QUERY_STRING.sub("?…", record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(
                _QUERY_STRING.sub("?…", arg) if isinstance(arg, str) else arg for arg in record.args
            )
        return True


# gunicorn's access log passes its request facts as a mapping; these are the ones kept
# (never the query string, the referrer or the client's address).
_ACCESS_FIELDS = {"m": "method", "U": "path", "s": "status", "B": "bytes", "M": "duration_ms"}


class JsonLines(logging.Formatter):
    """One JSON object per record: time, level, logger, message and a few safe facts."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
        }
        if record.name == "gunicorn.access" and isinstance(record.args, dict):
            line.update({name: record.args.get(atom) for atom, name in _ACCESS_FIELDS.items()})
        else:
            line["message"] = record.getMessage()
        status = getattr(record, "status_code", None)
        if isinstance(status, int):
            line["status"] = status
        if record.exc_info and record.exc_info[0] is not None:
            kind, _, trace = record.exc_info
            line["error"] = kind.__name__
            line["frames"] = [
                f"{frame.filename}:{frame.lineno} in {frame.name}"
                for frame in traceback.extract_tb(trace)
            ]
        return json.dumps(line, ensure_ascii=False, default=str)
