from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView

from . import problems, views

app_name = "api"

urlpatterns = [
    path("v1/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("v1/entries/", views.EntryList.as_view(), name="entries"),
    path("v1/entries/<str:id>/", views.EntryDetail.as_view(), name="entry"),
    path("v1/categories/", views.CategoryList.as_view(), name="categories"),
    path("v1/categories/<str:id>/", views.CategoryDetail.as_view(), name="category"),
    path("v1/organisation/", views.OrganisationDetail.as_view(), name="organisation"),
    path("v1/answers/", views.Answers.as_view(), name="answers"),
    path("v1/drafts/", views.DraftCreate.as_view(), name="drafts"),
    path("v1/drafts/<str:id>/", views.DraftDetail.as_view(), name="draft"),
    path("v1/drafts/<str:id>/submit/", views.DraftSubmit.as_view(), name="submit"),
    re_path(r"^.*$", problems.not_found),
]
