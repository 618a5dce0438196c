from django.urls import path
from wagtail import hooks

from . import two_factor


@hooks.register("register_admin_urls")
def two_factor_urls():  # type: ignore[no-untyped-def]
    return [
        path("two-factor/setup/", two_factor.setup, name="two_factor_setup"),
        path("two-factor/verify/", two_factor.verify, name="two_factor_verify"),
    ]
