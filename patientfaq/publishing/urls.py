"""Addresses of the published outputs: site-wide ones, and ones under a language prefix."""

from django.urls import path
from wagtail.contrib.sitemaps.views import sitemap

from . import views
from .sitemaps import PublicPagesSitemap

site_wide = [
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PublicPagesSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("llms.txt", views.llms_txt, name="llms_txt"),
]

per_language = [
    path("feed.atom", views.entries_feed, name="entries_feed"),
    path("handouts/<int:page_id>.pdf", views.handout, name="handout"),
    path("my-list/", views.my_list, name="my_list"),
    path("my-list/handout.pdf", views.my_list_handout, name="my_list_handout"),
]
