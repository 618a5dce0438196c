"""The shapes of DOIs and PubMed IDs, without Django: used by citation blocks and data files."""

import re

DOI_PATTERN = re.compile(r"^10\.\d{4,9}/\S+$")
PMID_PATTERN = re.compile(r"^[1-9]\d{0,8}$")


def is_doi(value: str) -> bool:
    """True when `value` looks like a DOI such as 10.1016/S1474-4422(15)00401-9."""
    return bool(DOI_PATTERN.match(value))


def is_pmid(value: str) -> bool:
    """True when `value` looks like a PubMed ID: one to nine digits, not starting with 0."""
    return bool(PMID_PATTERN.match(value))
