"""The one settings module. Every value an operator may change comes from the environment.

`.env.example` lists them all; a bad value stops start-up with a message saying what to set.
"""

import os
import sys
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str = "") -> str:
    """A setting from the environment; unset and empty both mean the default."""
    return os.getenv(name) or default


def envbool(name: str, default: str) -> bool:
    value = env(name, default).strip().lower()
    if value not in {"true", "false", "1", "0", "yes", "no"}:
        raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")
    return value in {"true", "1", "yes"}


def envint(name: str, default: str) -> int:
    value = env(name, default)
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def envlist(name: str, default: str) -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = envbool("DEBUG", "false")
SECRET_KEY = env("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG and "pytest" not in sys.modules:
        raise ImproperlyConfigured(
            "Set SECRET_KEY to a long random string (or DEBUG=true on a development machine)."
        )
    SECRET_KEY = "development-only-key-never-use-in-production"

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", "")
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = SITE_URL

# Where the SQLite database, uploaded media and the engine's embedding cache live by default.
VAR_DIR = Path(env("VAR_DIR", BASE_DIR / "var"))

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{VAR_DIR / 'patientfaq.sqlite3'}"),
        conn_max_age=envint("DATABASE_CONN_MAX_AGE", "0"),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # WAL lets readers carry on while an editor saves; the timeout rides out short write bursts.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "timeout": 20,
    }
DATABASES["default"]["TEST"] = {"NAME": env("TEST_DATABASE_NAME") or None}

INSTALLED_APPS = [
    "patientfaq.faq",
    "patientfaq.editorial",
    "patientfaq.organisation",
    "patientfaq.answers",
    "patientfaq.questions",
    "patientfaq.publishing",
    "patientfaq.api",
    "patientfaq.demo",
    "patientfaq.security",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "rest_framework",
    "drf_spectacular",
]

MIDDLEWARE = [
    "patientfaq.security.middleware.ClientBehindProxies",
    "django.middleware.security.SecurityMiddleware",
    "patientfaq.security.middleware.SecurityHeaders",
    "patientfaq.publishing.page_cache.PublicPageCache",
    # Static files with hashed names, compressed, cached for a year (after collectstatic).
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "patientfaq.api.cors.AnswerApiCors",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "patientfaq.security.lockout.SignInLockout",
    "django_otp.middleware.OTPMiddleware",
    "patientfaq.security.two_factor.StaffVerification",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "patientfaq.urls"
WSGI_APPLICATION = "patientfaq.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "patientfaq" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "patientfaq.faq.context_processors.site_navigation",
                "patientfaq.organisation.context_processors.organisation",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en"
# The interface languages; each is also a content locale. Names are in their own language,
# which is how a reader looks for theirs in the switcher.
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("pt", "Português"),
    ("ar", "العربية"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "patientfaq" / "locale"]
TIME_ZONE = env("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", VAR_DIR / "static"))
# Outside development, static files are served under hashed names (bin/serve runs collectstatic).
# The test suite renders pages without collecting them first.
if not DEBUG and "pytest" not in sys.modules:
    STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", VAR_DIR / "media"))
# Financial statements and other documents are public on purpose; serve them directly.
WAGTAILDOCS_SERVE_METHOD = "direct"
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

WAGTAIL_SITE_NAME = env("SITE_NAME", "patientfaq")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Editors must see the reading level and accessibility problems before they submit.
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["h2", "h3", "bold", "italic", "ol", "ul", "link"]},
    }
}
# A reviewer's approval covers the words they read: any later edit needs a fresh approval.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# Machine translation helps editors draft translations; it never reaches readers unreviewed.
# Off unless configured: MACHINE_TRANSLATOR=libretranslate (with LIBRETRANSLATE_URL and
# LIBRETRANSLATE_API_KEY) or MACHINE_TRANSLATOR=deepl (with DEEPL_API_KEY).
MACHINE_TRANSLATOR = env("MACHINE_TRANSLATOR", "").strip().lower()
if MACHINE_TRANSLATOR == "libretranslate":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": env("LIBRETRANSLATE_URL", ""),
            "API_KEY": env("LIBRETRANSLATE_API_KEY", ""),
        },
    }
elif MACHINE_TRANSLATOR == "deepl":
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env("DEEPL_API_KEY", "")},
    }
elif MACHINE_TRANSLATOR:
    raise ImproperlyConfigured(
        f"MACHINE_TRANSLATOR must be libretranslate, deepl or empty, not {MACHINE_TRANSLATOR!r}."
    )

# Development prints mail; production sends it by SMTP unless told otherwise.
EMAIL_BACKEND = env("EMAIL_BACKEND") or (
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", "25")
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", "false")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "faq@example.org")

# HTTPS=true where the site is served over HTTPS: cookies only over HTTPS, plain HTTP redirected
# (except /health/, for load balancers), and HSTS telling browsers to use HTTPS for a year.
HTTPS = envbool("HTTPS", "false")
SESSION_COOKIE_SECURE = envbool("SECURE_COOKIES", str(HTTPS))
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = HTTPS
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SECURE_HSTS_SECONDS = envint("HSTS_SECONDS", "31536000" if HTTPS else "0")
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading is a promise about the whole domain that only the organisation can make.
SECURE_HSTS_PRELOAD = envbool("HSTS_PRELOAD", "false")
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
# Proxies in front of the app (a load balancer, a CDN): how many, so that the client's address
# and whether it came over HTTPS are read from the headers the last of them set.
PROXY_HOPS = envint("PROXY_HOPS", "0")
if PROXY_HOPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# The admin calls no third party: no avatars from Gravatar, no check for Wagtail releases.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Patients' words are personal health data: nothing here logs request bodies or query strings,
# and never SQL (its parameters would carry a question). One JSON object per line.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"no_query_strings": {"()": "patientfaq.logging_filters.DropQueryStrings"}},
    "formatters": {"json": {"()": "patientfaq.logging_filters.JsonLines"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["no_query_strings"],
            "formatter": "json",
        },
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
    "loggers": {
        # The development server's access log: on, but without query strings.
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.db.backends": {"level": "INFO"},
    },
}

# The answer engine's embedding cache: derived data, safe to delete, rebuilt at start-up.
ENGINE_CACHE_DIR = Path(env("ENGINE_CACHE_DIR", VAR_DIR / "engine-cache"))
# Entry and topic handouts, each made once for the words it shows (derived data; safe to delete).
HANDOUT_DIR = Path(env("HANDOUT_DIR", VAR_DIR / "handouts"))
# The embedding model ships inside a Python package; nothing may reach for a model hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

# The site's default months between clinical reviews; a topic (category) may set its own.
PATIENTFAQ_REVIEW_INTERVAL_MONTHS = envint("REVIEW_INTERVAL_MONTHS", "12")
# Reviews falling due this many days ahead show on the dashboard and in reminders.
PATIENTFAQ_REVIEW_REMINDER_DAYS = envint("REVIEW_REMINDER_DAYS", "30")
# Seconds to wait for a source's web address to answer when links are checked.
PATIENTFAQ_LINK_CHECK_TIMEOUT = envint("LINK_CHECK_TIMEOUT", "5")

# Patients' questions, searches and feedback are deleted after this many days (manage.py
# purge_questions, from cron); daily counts stay. Questions one client may send per hour.
QUESTION_RETENTION_DAYS = envint("QUESTION_RETENTION_DAYS", "90")
QUESTION_RATE_LIMIT = envint("QUESTION_RATE_LIMIT", "5")
# Staff two-step verification with an authenticator app: required, or optional (each staff
# member may turn it on; then it is asked for). Required unless DEBUG (bin/start's demo).
STAFF_TWO_FACTOR = env("STAFF_TWO_FACTOR", "optional" if DEBUG else "required")
if STAFF_TWO_FACTOR not in {"required", "optional"}:
    raise ImproperlyConfigured(
        f"STAFF_TWO_FACTOR must be required or optional, not {STAFF_TWO_FACTOR!r}."
    )
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# Staff sign-in locks for LOGIN_LOCKOUT_MINUTES after this many failures for one user name, or
# from one address (whatever the user names tried).
LOGIN_FAILURES_PER_USER = envint("LOGIN_FAILURES_PER_USER", "5")
LOGIN_FAILURES_PER_ADDRESS = envint("LOGIN_FAILURES_PER_ADDRESS", "20")
LOGIN_LOCKOUT_MINUTES = envint("LOGIN_LOCKOUT_MINUTES", "15")
# Searches (the results page and /api/answers/) one client may make a minute; 0 turns it off.
SEARCH_RATE_LIMIT = envint("SEARCH_RATE_LIMIT", "60")
# PDF handouts one client may fetch a minute (each takes a few hundred ms to make); 0: no limit.
HANDOUT_RATE_LIMIT = envint("HANDOUT_RATE_LIMIT", "20")
# Password reset e-mails asked for an hour, from one address or for one e-mail address; 0: none.
PASSWORD_RESET_RATE_LIMIT = envint("PASSWORD_RESET_RATE_LIMIT", "5")
# Seconds a public page is kept in the cache for anonymous readers (0: not kept; bin/serve: 300).
# Publishing or any change saved in the admin forgets them all at once.
PAGE_CACHE_SECONDS = envint("PAGE_CACHE_SECONDS", "0")
# Rate limits and lockouts live in the cache; with several processes it must be shared.
# CACHE_URL: locmem:// (this process only, the default), db:// (a table in the database, shared
# by every process; bin/serve's default) or redis://HOST:6379/0.
CACHE_URL = env("CACHE_URL", "locmem://")
if CACHE_URL.startswith("locmem:"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
elif CACHE_URL.startswith("db:"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "patientfaq_cache",
        }
    }
elif CACHE_URL.startswith(("redis:", "rediss:")):
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
    }
else:
    raise ImproperlyConfigured(
        f"CACHE_URL must start locmem://, db:// or redis://, not {CACHE_URL!r}."
    )

# The REST API (patientfaq/api/): JSON only, errors as application/problem+json, staff act through
# their own tokens. Requests a minute per calling address and per token.
API_RATE_LIMIT_PER_ADDRESS = envint("API_RATE_LIMIT_PER_ADDRESS", "120")
API_RATE_LIMIT_PER_TOKEN = envint("API_RATE_LIMIT_PER_TOKEN", "600")
# Static exports allowed to ask this site's answer API from the browser (CORS), e.g.
# https://faq-static.example.org; only the answer endpoints answer them.
ANSWER_API_CORS_ORIGINS = envlist("ANSWER_API_CORS_ORIGINS", "")
for _origin in ANSWER_API_CORS_ORIGINS:
    if not _origin.startswith(("http://", "https://")) or _origin.count("/") != 2:
        raise ImproperlyConfigured(
            f"ANSWER_API_CORS_ORIGINS holds origins such as https://example.org, not {_origin!r}."
        )
# Wagtail's admin uses REST framework too, so this API's choices live on its own views.
REST_FRAMEWORK = {"DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema"}
SPECTACULAR_SETTINGS = {
    "TITLE": "patientfaq API",
    "DESCRIPTION": "Read published entries, ask a question, and write drafts for clinical review.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "PREPROCESSING_HOOKS": ["patientfaq.api.schema.this_api_only"],
}
