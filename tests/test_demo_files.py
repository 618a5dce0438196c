"""The demo's data files: read cleanly, and a mistake stops the load with the file and line."""

import shutil

import pytest

from patientfaq.demo import files
from patientfaq.demo.files import DemoContentError, read_content


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A copy of the demo's data files that a test may break."""
    for path in files.CONTENT_DIR.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    monkeypatch.setattr(files, "CONTENT_DIR", tmp_path)
    return tmp_path


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_demo_files_read_as_one_organisation_in_two_languages():
    english, spanish = read_content("en"), read_content("es")
    assert (len(english["entries"]), len(spanish["entries"])) == (25, 15)
    assert len(english["categories"]) == len(spanish["categories"]) == 6
    myoclonus = next(e for e in english["entries"] if e["slug"] == "what-is-myoclonus")
    assert myoclonus["sources"][0]["title"] == "Myoclonus"
    assert myoclonus["reviewer"]["name"] == "Dr. Amara Okafor"
    # Wrapped lines in the file are one paragraph again, and blocks follow each other directly.
    assert "\n" not in myoclonus["answer"] and "</p><h2>" in myoclonus["answer"]
    en_sources = {e["slug"]: e["sources"] for e in english["entries"]}
    assert all(e["sources"] == en_sources[e["slug"]] for e in spanish["entries"])
    assert spanish["organisation"]["tax_id"] == english["organisation"]["tax_id"]
    assert files.translations() == ["es"]


def test_a_missing_field_names_the_file_the_line_and_the_field(folder):
    _edit(folder / "en.yaml", "    question: What is myoclonus?\n", "")
    with pytest.raises(DemoContentError) as error:
        read_content("en")
    message = str(error.value)
    assert message.startswith(f"{folder / 'en.yaml'}, line ")
    assert "'what-is-myoclonus' is missing 'question'" in message


MISTAKES = {
    "an unknown source": (
        "en.yaml",
        "sources: [ninds-myoclonus,",
        "sources: [ninds-myoclonos,",
        "there is no source 'ninds-myoclonos'",
    ),
    "a malformed PubMed ID": (
        "en.yaml",
        'pmid: "18851928"',
        'pmid: "PMID18851928"',
        "a PubMed ID is digits only",
    ),
    "broken YAML": ("en.yaml", "home:\n  title:", "home:\n title: [\n  title:", r"line \d+: "),
    "a translation without an original": (
        "es.yaml",
        "- slug: what-is-myoclonus",
        "- slug: que-es-la-mioclonia",
        "'que-es-la-mioclonia' has no English original",
    ),
    "a funder of an unknown kind": (
        "en.yaml",
        "    kind: foundation\n",
        "    kind: charity\n",
        "'kind' must be one of individuals, foundation",
    ),
    "a funder's share over 100": ("en.yaml", "    share: 71\n", "    share: 171\n", "0 to 100"),
    "a field given twice": (
        "en.yaml",
        "    question: What is myoclonus?\n",
        "    question: A\n    question: B\n",
        "'question' is given twice",
    ),
}


@pytest.mark.parametrize("mistake", MISTAKES)
def test_a_mistake_stops_the_load_and_says_what_to_change(folder, mistake):
    name, old, new, message = MISTAKES[mistake]
    _edit(folder / name, old, new)
    with pytest.raises(DemoContentError, match=message) as error:
        read_content("es")
    assert str(error.value).startswith(str(folder / name))
