"""Keep patients' words out of logs: questions travel in query strings, so those are cut."""

import logging
import re

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
