"""Importing and exporting entries: every row becomes a draft for review or is reported, never
half; importing again changes nothing; what is exported imports back as the same entries."""

import html
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Site

from patientfaq.api.exchange import formats
from patientfaq.api.exchange.export import READERS, export, published_entries
from patientfaq.api.exchange.importer import import_reading
from patientfaq.api.models import ImportedEntry, SettingsProposal
from patientfaq.faq.models import CategoryPage, EntryPage
from patientfaq.organisation.models import Organisation

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures"
DEMO_PAGE = FIXTURES / "demo_faq_page.html"


def organisation() -> Organisation:
    return Organisation.for_site(Site.objects.get(is_default_site=True))


def imported(source: str) -> list[EntryPage]:
    ids = ImportedEntry.objects.filter(source=source).values_list("page_id", flat=True)
    return list(EntryPage.objects.filter(pk__in=ids).order_by("path"))


def words(entry: EntryPage) -> list[str]:
    return html.unescape(entry.answer_text()).split()


def test_the_old_faq_page_becomes_drafts_with_its_disclaimer_and_footer_proposed(alice, capsys):
    tax_id_before = organisation().tax_id
    call_command("import_entries", str(DEMO_PAGE), user="alice", dry_run=True)
    assert "5 drafts would be created or updated; nothing was stored." in capsys.readouterr().out
    assert not ImportedEntry.objects.exists()

    call_command("import_entries", str(DEMO_PAGE), user="alice")
    out = capsys.readouterr().out
    assert "5 drafts created, 0 updated, 0 unchanged, 0 rows not imported." in out

    entries = imported(DEMO_PAGE.name)
    assert [e.title for e in entries] == [
        "My hand jumps when I hold a cup of tea, and sometimes my whole arm jerks as I am "
        'falling asleep. My neurologist wrote "myoclonus" in her letter. What is myoclonus?',
        "Is myoclonus the same thing as a seizure?",
        "Can I still drive if I have myoclonus?",
        "What can I do at home when the jerks are bad?",
        "Will my children get myoclonus too?",
    ]
    assert not any(e.live for e in entries)
    first = entries[0]
    assert first.short_answer.startswith("Myoclonus is the name for a quick, brief jerk")
    assert "<li>blood tests" in first.answer and "<i>EEG</i>" in first.answer
    assert "Medical disclaimer" not in "".join(e.answer for e in entries)
    assert entries[3].answer.startswith("<p>Start with the things")
    assert {e.get_parent().title for e in entries} == {"Understanding myoclonus", "Daily life"}
    assert not any(e.get_parent().live for e in entries)

    proposal = SettingsProposal.objects.get()
    proposed = proposal.proposed
    assert proposed["charity_status"] == "501(c)(3) nonprofit organization"
    assert proposed["legal_name"] == "The Brightwater Myoclonus Alliance (demo)"
    assert proposed["tax_id"] == "00-1234567"
    assert proposed["founded_year"] == 2003
    assert proposed["founders"] == "Ruth Amsel and Tomas Viljoen"
    assert proposed["contact_email"] == "info@brightwater-demo.example"
    assert proposed["financial_statements"] == "Financial statements are available upon request."
    assert proposed["donate_link"] == "donate.html"
    assert proposed["disclaimer"].startswith("The information on this page is for general")
    assert "Make a donation" in out  # the page-select menu, reported, not imported
    assert organisation().tax_id == tax_id_before  # proposed, not applied

    call_command("import_entries", str(DEMO_PAGE), user="alice")
    assert "0 drafts created, 0 updated, 5 unchanged" in capsys.readouterr().out
    assert len(imported(DEMO_PAGE.name)) == 5


MALFORMED_CSV = (
    "source_id,category,question,short_answer,answer\n"
    "ok-1,Symptoms and signs,Can I swim?,Often yes.,<p>With someone watching.</p>\n"
    "bad-1,Symptoms and signs,Missing an answer?,Yes.,\n"
    "bad-2,Symptoms and signs,Too many cells?,Yes.,Answer,extra\n"
    "bad-3,Symptoms and signs," + "Long? " * 60 + ",Yes.,An answer.\n"
    "bad-4,Symptoms and signs,<b>Markup</b> in the question?,Yes.,An answer.\n"
    "bad-5,A new category,Unknown language?,Yes.,An answer.\n"
)


def test_a_malformed_file_reports_its_bad_rows_and_imports_nothing_from_them(alice):
    reading = formats.read_csv(MALFORMED_CSV.encode())
    reading.rows[-1].language = "xx"
    categories_before = CategoryPage.objects.count()
    report = import_reading(reading, source="old.csv", user=alice)

    assert report.created == ["ok-1"]
    failed = dict(report.failed)
    assert set(failed) == {"line 3", "line 4", "line 5", "line 6", "line 7"}
    assert "answer is missing" in failed["line 3"]
    assert "more cells" in failed["line 4"]
    assert "at most 255" in failed["line 5"]
    assert "plain text" in failed["line 6"]
    assert "Unknown language" in failed["line 7"]
    assert [e.title for e in imported("old.csv")] == ["Can I swim?"]
    assert ImportedEntry.objects.filter(source="old.csv").count() == 1
    assert CategoryPage.objects.count() == categories_before  # no category left by bad-5
    assert not report.new_categories


def test_the_command_says_what_is_wrong_with_a_file(alice, tmp_path):
    junk = tmp_path / "entries.csv"
    junk.write_bytes(b"\x00\x01\x02")
    with pytest.raises(CommandError, match="not a text file"):
        call_command("import_entries", str(junk), user="alice")
    with pytest.raises(CommandError, match="No active staff member"):
        call_command("import_entries", str(DEMO_PAGE), user="nobody")


def test_questions_in_other_scripts_import_as_written(alice):
    data = (
        "question,short_answer,answer,language\n"
        "ما هو الرمع العضلي؟,حركة سريعة.,<p>حركة سريعة لا إرادية للعضلة.</p>,\n"
        "肌阵挛是什么？,一种短暂的抽动。,肌肉短暂、不自主的抽动。,\n"
        "¿Qué es la mioclonía?,Un tirón breve.,Un tirón breve de un músculo.,es\n"
    )
    report = import_reading(formats.read_csv(data.encode()), source="s.csv", user=alice)
    assert len(report.created) == 3, report.failed
    titles = {e.title: e.locale.language_code for e in imported("s.csv")}
    assert titles == {
        "ما هو الرمع العضلي؟": "en",
        "肌阵挛是什么？": "en",
        "¿Qué es la mioclonía?": "es",
    }


def test_medquad_pairs_become_drafts_and_an_empty_answer_is_reported(alice):
    xml = b"""<?xml version="1.0" encoding="UTF-8"?>
<Document id="0000042" source="demo" url="https://example.org/demo">
<Focus>Demo syndrome</Focus>
<QAPairs>
<QAPair pid="1"><Question qid="0000042-1" qtype="information">What is demo syndrome?</Question>
<Answer>Demo syndrome is a made-up condition used in tests.

It has no real symptoms.</Answer></QAPair>
<QAPair pid="2"><Question qid="0000042-2" qtype="treatment">How is it treated?</Question>
<Answer>  </Answer></QAPair>
</QAPairs>
</Document>"""
    report = import_reading(formats.read_medquad(xml), source="mq", user=alice)
    assert report.created == ["0000042-1"]
    assert report.failed == [("document 0000042, QA pair 2", "The answer is missing.")]
    entry = imported("mq")[0]
    assert entry.answer == (
        "<p>Demo syndrome is a made-up condition used in tests.</p><p>It has no real symptoms.</p>"
    )
    assert entry.get_parent().title == "Demo syndrome"


@pytest.mark.parametrize("fmt", ["csv", "json", "medquad", "page"])
def test_what_is_exported_imports_back_as_the_same_entries(alice, fmt):
    everything = list(published_entries("en"))
    read_back = READERS[fmt](export(fmt, everything, organisation()))
    assert not read_back.unreadable
    assert [row.question for row in read_back.rows] == [e.title for e in everything]

    entries = list(published_entries("en", "symptoms"))
    assert entries
    reading = READERS[fmt](export(fmt, entries, organisation()))
    assert not reading.unreadable
    assert [row.question for row in reading.rows] == [e.title for e in entries]

    report = import_reading(reading, source=f"export.{fmt}", user=alice)
    assert len(report.created) == len(entries), report.failed
    drafts = imported(f"export.{fmt}")
    for original, draft in zip(entries, drafts, strict=True):
        assert words(draft) == words(original)
        if fmt in ("csv", "json"):
            assert draft.short_answer == original.short_answer
            assert draft.also_asked == original.also_asked
    if fmt == "page":
        assert reading.proposed_settings["tax_id"] == organisation().tax_id.split()[0]

    again = import_reading(reading, source=f"export.{fmt}", user=alice)
    assert len(again.unchanged) == len(entries) and not again.created


def test_a_changed_row_updates_its_draft_and_nothing_else(alice):
    first = formats.read_json(b'[{"source_id": "a", "question": "Q one?", "answer": "One."}]')
    import_reading(first, source="j", user=alice)
    changed = formats.read_json(b'[{"source_id": "a", "question": "Q one?", "answer": "Two."}]')
    report = import_reading(changed, source="j", user=alice)
    assert report.updated == ["a"]
    (entry,) = imported("j")
    assert entry.get_latest_revision_as_object().answer == "<p>Two.</p>"
    assert not entry.live
