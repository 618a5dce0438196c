"""The UK Patient Information Forum's PIF TICK criteria as a checklist for staff: each criterion's
status comes from the site's data where the data can tell, and from staff's notes otherwise."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.models import Site, WorkflowPage

from .citations import broken_links_report
from .models import TickNote
from .readability import reading_grade
from .reviews import live_entries_with_reviews

RECENT_DAYS = 90
Check = Callable[[], tuple[str, list[str]]]


def _entries() -> list[Any]:
    return list(live_entries_with_reviews().public())


def _process() -> tuple[str, list[str]]:
    from patientfaq.organisation.models import Organisation

    site = Site.objects.filter(is_default_site=True).first()
    policy = Organisation.for_site(site).editorial_policy_page if site else None
    workflow = WorkflowPage.objects.filter(page__depth=1, workflow__active=True).exists()
    entries = _entries()
    unreviewed = sum(entry.reviewed_on is None for entry in entries)
    evidence = [
        _("The editorial policy is published.")
        if policy is not None and policy.live
        else _("No published editorial policy is chosen in the organisation settings."),
        _("Every page goes through the clinical review workflow.")
        if workflow
        else _("No active workflow covers the whole site."),
        ngettext(
            "%(count)d live entry was never clinically reviewed.",
            "%(count)d live entries were never clinically reviewed.",
            unreviewed,
        )
        % {"count": unreviewed},
    ]
    met = policy is not None and policy.live and workflow and not unreviewed
    return ("met" if met else "partly"), evidence


def _evidence() -> tuple[str, list[str]]:
    entries = _entries()
    today = timezone.localdate()
    without = sum(not len(entry.sources) for entry in entries)
    overdue = sum(entry.due is None or entry.due < today for entry in entries)
    broken = len(broken_links_report()["broken"])
    evidence = [
        _("%(without)d of %(count)d live entries cite no source.")
        % {"without": without, "count": len(entries)},
        _("%(broken)d sources have a broken link or a malformed identifier.") % {"broken": broken},
        _("%(overdue)d live entries have no review date or are overdue for review.")
        % {"overdue": overdue},
    ]
    if not (without or broken or overdue):
        return "met", evidence
    return ("not_met" if without == len(entries) else "partly"), evidence


def _plain_language() -> tuple[str, list[str]]:
    measured = hard = 0
    languages = set()
    for entry in _entries():
        languages.add(entry.locale.language_code)
        reading = reading_grade(
            f"{entry.short_answer}\n{entry.answer_text()}", entry.locale.language_code
        )
        if reading is not None:
            measured += 1
            hard += reading.too_hard
    evidence = [
        _("%(hard)d of %(measured)d entries measured read above grade 8.")
        % {"hard": hard, "measured": measured},
        _("Reading grade is measured for English entries only; entries exist in: %(languages)s.")
        % {"languages": ", ".join(sorted(languages))},
    ]
    return ("met" if measured and not hard else "partly"), evidence


def _feedback() -> tuple[str, list[str]]:
    from patientfaq.questions.models import EntryFeedback, PatientQuestion

    since = timezone.localdate() - timedelta(days=RECENT_DAYS)
    votes = EntryFeedback.objects.filter(day__gte=since).count()
    questions = PatientQuestion.objects.filter(received_on__gte=since).count()
    evidence = [
        _(
            "Every entry asks whether it answered the reader's question; in the last %(days)d "
            "days readers voted %(votes)d times and sent %(questions)d questions."
        )
        % {"days": RECENT_DAYS, "votes": votes, "questions": questions}
    ]
    return ("met" if votes or questions else "partly"), evidence


def _impact_evidence() -> list[str]:
    from patientfaq.faq.models import EntryReadCount
    from patientfaq.questions.models import EntryFeedback

    since = timezone.localdate() - timedelta(days=RECENT_DAYS)
    reads = EntryReadCount.objects.filter(day__gte=since).aggregate(n=Sum("count"))["n"] or 0
    votes = EntryFeedback.objects.filter(day__gte=since)
    helpful = votes.filter(helpful=True).count()
    return [
        _(
            "In the last %(days)d days entries were read %(reads)d times; %(helpful)d of "
            "%(votes)d votes said the entry answered the question."
        )
        % {"days": RECENT_DAYS, "reads": reads, "helpful": helpful, "votes": votes.count()}
    ]


@dataclass(frozen=True)
class Criterion:
    key: str
    title: Any
    meaning: Any
    check: Check | None = None
    hints: Callable[[], list[str]] | None = None


# The ten criteria of the PIF TICK, in this project's own words.
CRITERIA = [
    Criterion(
        "process",
        gettext_lazy("A written-down way of working"),
        gettext_lazy(
            "Information is made and checked the same way each time, by a process the "
            "organisation has written down."
        ),
        _process,
    ),
    Criterion(
        "training",
        gettext_lazy("Trained people"),
        gettext_lazy("Those who write and check information are trained for it and keep learning."),
    ),
    Criterion(
        "need",
        gettext_lazy("A real need"),
        gettext_lazy("Each piece of information answers something people actually need to know."),
        hints=lambda: [_("The gaps report lists what readers asked that no entry answers.")],
    ),
    Criterion(
        "evidence",
        gettext_lazy("Sound, current evidence"),
        gettext_lazy(
            "It rests on reliable evidence that is still current, and says where the "
            "evidence comes from."
        ),
        _evidence,
    ),
    Criterion(
        "involvement",
        gettext_lazy("Patients take part"),
        gettext_lazy("Patients and carers help decide what is written and how."),
    ),
    Criterion(
        "plain_language",
        gettext_lazy("Words readers can use"),
        gettext_lazy(
            "It is written for the people it is for: plain words, their languages, "
            "their reading and digital skills."
        ),
        _plain_language,
    ),
    Criterion(
        "design",
        gettext_lazy("Easy to find and use"),
        gettext_lazy(
            "It is clear and easy to reach, read and move around, on screen and on "
            "paper, for people with disabilities too."
        ),
    ),
    Criterion(
        "feedback",
        gettext_lazy("Readers are heard"),
        gettext_lazy(
            "Readers can easily say what they think of it, and the organisation acts "
            "on what they say."
        ),
        _feedback,
    ),
    Criterion(
        "promotion",
        gettext_lazy("It reaches people"),
        gettext_lazy("The organisation makes sure the people who need it know it exists."),
    ),
    Criterion(
        "impact",
        gettext_lazy("Its difference is measured"),
        gettext_lazy("The organisation finds out what difference the information makes to people."),
        hints=_impact_evidence,
    ),
]
CRITERIA_BY_KEY = {criterion.key: criterion for criterion in CRITERIA}


@dataclass(frozen=True)
class CriterionStatus:
    criterion: Criterion
    status: str
    from_data: bool
    evidence: list[str]
    note: TickNote | None

    @property
    def status_label(self) -> str:
        return str(dict(TickNote.STATUSES)[self.status])


def checklist() -> list[CriterionStatus]:
    """Each criterion with its status (from the data where it can be), evidence and notes."""
    notes = {note.criterion: note for note in TickNote.objects.all()}
    items = []
    for criterion in CRITERIA:
        note = notes.get(criterion.key)
        if criterion.check is not None:
            status, evidence = criterion.check()
        else:
            status = note.status if note else ""
            evidence = criterion.hints() if criterion.hints else []
        items.append(
            CriterionStatus(criterion, status, criterion.check is not None, evidence, note)
        )
    return items


def save_note(key: str, status: str, notes: str, user: Any) -> TickNote:
    """Staff's status (ignored where the data decides) and notes for one criterion."""
    criterion = CRITERIA_BY_KEY[key]
    note, _created = TickNote.objects.get_or_create(criterion=key)
    if criterion.check is None:
        note.status = status
    note.notes = notes
    note.updated_by = user
    note.save()
    return note
