"""Thin endpoints over the same functions the site and the admin use.

Reading is open to anyone and shows only what is published. Writing needs a staff member's token
and goes through patientfaq.api.drafts, which never publishes.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, permissions
from rest_framework.exceptions import ParseError, ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.parsers import JSONParser
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from patientfaq.answers.serialise import answer_as_json
from patientfaq.answers.views import answer_and_record
from patientfaq.faq.models import CategoryPage, EntryPage
from patientfaq.organisation.models import LocalisedOrganisation, Organisation
from patientfaq.questions.ratelimit import MINUTE, searches_exhausted

from . import drafts, serializers
from .auth import ApiTokenAuthentication
from .limits import PerAddress, PerToken
from .problems import problem_exception_handler

MAX_BODY_BYTES = 512 * 1024
API_URLCONF = "patientfaq.api.urlconf"


def _problem(description: str) -> OpenApiResponse:
    return OpenApiResponse(serializers.ProblemSerializer, description=description)


PROBLEM_TYPE = "application/problem+json"
PROBLEMS = {
    (400, PROBLEM_TYPE): _problem(_("Bad input.")),
    (404, PROBLEM_TYPE): _problem(_("Not found.")),
    (429, PROBLEM_TYPE): _problem(_("Too many requests.")),
}
WRITE_PROBLEMS = {
    **PROBLEMS,
    (401, PROBLEM_TYPE): _problem(_("No valid token.")),
    (403, PROBLEM_TYPE): _problem(_("Not allowed.")),
    (409, PROBLEM_TYPE): _problem(_("Not just now.")),
    (413, PROBLEM_TYPE): _problem(_("Body too large.")),
    (415, PROBLEM_TYPE): _problem(_("Not JSON.")),
}


class Pagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200


def answers_api(request: HttpRequest) -> JsonResponse:
    """GET ?q=...&language=en: the same answer the results page shows, as JSON."""
    if searches_exhausted(request):
        message = _("Too many questions from this address; wait a minute and ask again.")
        return JsonResponse({"error": message}, status=429, headers={"Retry-After": str(MINUTE)})
    language = request.GET.get("language") or get_language() or "en"
    if language not in dict(settings.LANGUAGES):
        codes = ", ".join(dict(settings.LANGUAGES))
        return JsonResponse(
            {"error": _("language must be one of: %(codes)s.") % {"codes": codes}}, status=400
        )
    query, notice, result = answer_and_record(request.GET.get("q", ""), language)
    if not query:
        message = notice or _("Ask a question with the q parameter, in words.")
        return JsonResponse({"error": message}, status=400)
    return JsonResponse(answer_as_json(result, request, notice))


def _checked(serializer_class: type, data: Any) -> dict[str, Any]:
    serializer = serializer_class(data=data)
    serializer.is_valid(raise_exception=True)
    return dict(serializer.validated_data)


def _language(request: Request) -> str:
    query = _checked(serializers.LanguageQuery, request.query_params)
    return str(query.get("language") or settings.LANGUAGE_CODE)


def _page_id(value: str) -> int:
    # isdecimal, not isdigit: int() refuses digits such as "³".
    if not value.isdecimal() or len(value) > 12:
        raise ValidationError({"id": [_("An id is a whole number.")]})
    return int(value)


class ApiView(APIView):
    """JSON in and out, token or anonymous, rate-limited, errors as problem+json.

    Bodies far larger than any entry are refused before they are read.
    """

    renderer_classes = [JSONRenderer]
    parser_classes = [JSONParser]
    authentication_classes = [ApiTokenAuthentication]
    permission_classes = [permissions.AllowAny]
    throttle_classes = [PerAddress, PerToken]
    pagination_class = Pagination

    def get_exception_handler(self) -> Any:
        return problem_exception_handler

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        request.urlconf = API_URLCONF  # type: ignore[attr-defined]
        return super().dispatch(request, *args, **kwargs)

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError as error:
            raise ParseError(_("The Content-Length header is not a number.")) from error
        if length > MAX_BODY_BYTES:
            raise drafts.DraftRefused(_("The request body is too large for this API."), status=413)
        super().initial(request, *args, **kwargs)


class EntryList(ApiView, generics.ListAPIView):  # type: ignore[misc]
    """Published entries in one language, in the site's order; filter by category."""

    serializer_class = serializers.EntrySerializer

    @extend_schema(
        parameters=[serializers.EntryListQuery],
        responses={200: serializers.EntrySerializer(many=True), **PROBLEMS},
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    def get_queryset(self) -> Any:
        query = _checked(serializers.EntryListQuery, self.request.query_params)
        entries = EntryPage.objects.live().public().order_by("path")
        entries = entries.filter(
            locale__language_code=query.get("language") or settings.LANGUAGE_CODE
        )
        if "category" in query:
            category = get_object_or_404(CategoryPage.objects.live().public(), pk=query["category"])
            entries = entries.child_of(category)
        return entries.select_related("locale")


class EntryDetail(ApiView):
    @extend_schema(responses={200: serializers.EntrySerializer, **PROBLEMS})
    def get(self, request: Request, id: str) -> Response:
        """One published entry."""
        entry = get_object_or_404(EntryPage.objects.live().public(), pk=_page_id(id))
        return Response(serializers.EntrySerializer(entry, context={"request": request}).data)


class CategoryList(ApiView, generics.ListAPIView):  # type: ignore[misc]
    """Published categories in one language."""

    serializer_class = serializers.CategorySerializer

    @extend_schema(
        parameters=[serializers.LanguageQuery],
        responses={200: serializers.CategorySerializer(many=True), **PROBLEMS},
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().get(request, *args, **kwargs)

    def get_queryset(self) -> Any:
        language = _language(self.request)
        categories = CategoryPage.objects.live().public().order_by("path")
        return categories.filter(locale__language_code=language).select_related("locale")


class CategoryDetail(ApiView):
    @extend_schema(responses={200: serializers.CategorySerializer, **PROBLEMS})
    def get(self, request: Request, id: str) -> Response:
        """One published category."""
        category = get_object_or_404(CategoryPage.objects.live().public(), pk=_page_id(id))
        return Response(serializers.CategorySerializer(category, context={"request": request}).data)


class OrganisationDetail(ApiView):
    @extend_schema(
        parameters=[serializers.LanguageQuery],
        responses={200: serializers.OrganisationSerializer, **PROBLEMS},
    )
    def get(self, request: Request) -> Response:
        """The charity's identity, contacts, urgent numbers and disclaimer, in one language."""
        language = _language(request)
        organisation = LocalisedOrganisation(Organisation.for_request(request), language)
        context = {"request": request}
        return Response(serializers.OrganisationSerializer(organisation, context=context).data)


class Answers(ApiView):
    """A patient's question: urgent guidance first, then vetted entries, and the disclaimer."""

    def _answer(self, request: Request, data: Any) -> Response:
        query = _checked(serializers.QuestionQuery, data)
        language = str(query.get("language") or settings.LANGUAGE_CODE)
        text, notice, result = answer_and_record(query["q"], language)
        if not text:
            message = notice or _("Ask a question with the q parameter, in words.")
            raise ValidationError({"q": [message]})
        return Response(answer_as_json(result, request, notice))

    @extend_schema(
        parameters=[serializers.QuestionQuery],
        responses={200: serializers.AnswerSerializer, **PROBLEMS},
    )
    def get(self, request: Request) -> Response:
        """Ask with ?q=...; POST keeps the question out of addresses and their logs."""
        return self._answer(request, request.query_params)

    @extend_schema(
        request=serializers.QuestionQuery,
        responses={
            200: serializers.AnswerSerializer,
            **PROBLEMS,
            (413, PROBLEM_TYPE): _problem(_("Body too large.")),
        },
    )
    def post(self, request: Request) -> Response:
        """Ask with a JSON body {"q": ..., "language": ...}."""
        if not isinstance(request.data, dict):
            raise ValidationError({"q": [_("Send a JSON object with the question in q.")]})
        return self._answer(request, request.data)


def _draft_data(request: Request, entry: EntryPage) -> dict[str, Any]:
    text = drafts.latest_text(entry)
    return {
        "id": entry.pk,
        "category": entry.get_parent().pk,
        **text,
        "live": entry.live,
        "has_unpublished_changes": entry.has_unpublished_changes,
        "in_review": entry.workflow_in_progress,
        "admin_url": request.build_absolute_uri(
            reverse("wagtailadmin_pages:edit", args=[entry.pk])
        ),
    }


def _editable_entry(request: Request, id: str) -> EntryPage:
    entry = get_object_or_404(EntryPage, pk=_page_id(id))
    if not entry.permissions_for_user(request.user).can_edit():
        raise drafts.DraftRefused(_("You may not change this entry."), status=403)
    return entry


class DraftCreate(ApiView):
    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(
        request=serializers.DraftWrite,
        responses={201: serializers.DraftSerializer, **WRITE_PROBLEMS},
    )
    def post(self, request: Request) -> Response:
        """A new draft entry in a category; it goes live only when a clinical reviewer approves."""
        values = _checked(serializers.DraftWrite, request.data)
        category = get_object_or_404(CategoryPage, pk=values.pop("category"))
        entry = drafts.create_draft(request.user, category, drafts.checked_text(values))
        return Response(_draft_data(request, entry), status=201)


class DraftDetail(ApiView):
    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(responses={200: serializers.DraftSerializer, **WRITE_PROBLEMS})
    def get(self, request: Request, id: str) -> Response:
        """The entry's latest draft, and whether it is live or waiting for review."""
        return Response(_draft_data(request, _editable_entry(request, id)))

    @extend_schema(
        request=serializers.DraftUpdate,
        responses={200: serializers.DraftSerializer, **WRITE_PROBLEMS},
    )
    def patch(self, request: Request, id: str) -> Response:
        """Change the draft: a new revision; what readers see changes only after review."""
        entry = _editable_entry(request, id)
        values = _checked(serializers.DraftUpdate, request.data)
        entry = drafts.update_draft(request.user, entry, drafts.checked_text(values, partial=True))
        return Response(_draft_data(request, entry))


class DraftSubmit(ApiView):
    permission_classes = [permissions.IsAuthenticated]

    @extend_schema(request=None, responses={202: serializers.ReviewStarted, **WRITE_PROBLEMS})
    def post(self, request: Request, id: str) -> Response:
        """Send the latest draft to clinical review; a reviewer's approval publishes it."""
        entry = _editable_entry(request, id)
        state = drafts.submit_for_review(request.user, entry)
        body = {
            "id": entry.pk,
            "in_review": True,
            "workflow": state.workflow.name,
            "detail": _("Sent for clinical review. A reviewer's approval publishes it."),
        }
        return Response(body, status=202)
