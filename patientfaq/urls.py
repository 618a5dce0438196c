from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from patientfaq import health
from patientfaq.answers import views as answer_views
from patientfaq.api import views as api_views
from patientfaq.organisation import views as organisation_views
from patientfaq.publishing import urls as publishing_urls
from patientfaq.questions import views as questions_views

urlpatterns = [
    path("health/", health.health, name="health"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    *publishing_urls.site_wide,
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/answers/", api_views.answers_api, name="answers_api"),
    path("api/", include("patientfaq.api.urls")),
]

urlpatterns += i18n_patterns(
    path("search/", answer_views.search, name="search"),
    path(
        "financial-statements/",
        organisation_views.financial_statements,
        name="financial_statements",
    ),
    path("trust/", organisation_views.trust, name="trust"),
    path("ask/", questions_views.ask, name="ask"),
    path("ask/sent/", questions_views.ask_sent, name="ask_sent"),
    path("feedback/", questions_views.feedback, name="feedback"),
    *publishing_urls.per_language,
    path("", include(wagtail_urls)),
)

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns = (
        staticfiles_urlpatterns()
        + static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
        + urlpatterns
    )

handler500 = "patientfaq.errors.server_error"
