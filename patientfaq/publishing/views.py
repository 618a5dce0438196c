from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from patientfaq.questions.ratelimit import MINUTE, handouts_exhausted

from . import handouts, listings
from .feeds import EntriesFeed


def robots_txt(request: HttpRequest) -> HttpResponse:
    return HttpResponse(listings.robots_txt(request), content_type="text/plain; charset=utf-8")


def llms_txt(request: HttpRequest) -> HttpResponse:
    return HttpResponse(listings.llms_txt(request), content_type="text/plain; charset=utf-8")


def entries_feed(request: HttpRequest) -> HttpResponse:
    """One feed object a request: it remembers the request's language while it renders."""
    return EntriesFeed()(request)


def _pdf_response(pdf: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def _too_many_handouts(request: HttpRequest) -> HttpResponse:
    message = _(
        "We have made many handouts for your connection in the last minute. Please wait a "
        "minute and try again; the page itself can also be printed."
    )
    response = render(request, "questions/problem.html", {"message": message}, status=429)
    response["Retry-After"] = str(MINUTE)
    return response


def handout(request: HttpRequest, page_id: int) -> HttpResponse:
    """The PDF handout of one public entry or topic."""
    if handouts_exhausted(request):
        return _too_many_handouts(request)
    page = handouts.public_handout_page(page_id)
    if page is None:
        raise Http404(_("There is no handout at this address."))
    html = handouts.handout_html(page, handouts.handout_entries(page), request)
    return _pdf_response(handouts.page_handout_pdf(page, html, request), f"{page.slug}.pdf")


def my_list(request: HttpRequest) -> HttpResponse:
    """The patient's chosen entries, ready to print, or a form to choose them."""
    entries = handouts.chosen_entries(request.GET.getlist("entries"))
    context = {
        "entries": entries,
        "ids": ",".join(str(entry.pk) for entry in entries),
        "choices": [] if entries else handouts.entries_to_choose(get_language() or "en"),
        "limit": handouts.MY_LIST_LIMIT,
    }
    return render(request, "publishing/my_list.html", context)


def my_list_handout(request: HttpRequest) -> HttpResponse:
    """The patient's chosen entries as one PDF, with room for notes."""
    if handouts_exhausted(request):
        return _too_many_handouts(request)
    entries = handouts.chosen_entries(request.GET.getlist("entries"))
    if not entries:
        return HttpResponse(
            _("Choose at least one answer for your list first."),
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    html = handouts.handout_html(None, entries, request, notes=True)
    return _pdf_response(handouts.handout_pdf(html, request), "my-list-for-the-doctor.pdf")
