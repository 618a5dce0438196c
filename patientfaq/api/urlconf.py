"""The API's addresses alone, without the site's language-prefixed pages.

API views answer with this as `request.urlconf`, so a 404 from the API stays a 404 instead of
Django's LocaleMiddleware redirecting it to /en/api/..., where Wagtail would serve a page.
"""

from django.urls import include, path

urlpatterns = [path("api/", include("patientfaq.api.urls"))]
