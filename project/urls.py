from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularRedocView,
    SpectacularSwaggerView,
)

from project.views import HealthView, IndexView

urlpatterns = [
    path("", IndexView.as_view(schema=None), name="index"),
    path("api/", IndexView.as_view(), name="api-index"),
    path("api/health/", HealthView.as_view(), name="health"),
    path("api/members/", include("members.urls")),
    path("api/artworks/", include("artworks.urls")),
    path("api/images/", include("artworks.image_urls")),
    path("api/galleries/", include("galleries.urls")),
    path("api/orders/", include("orders.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="docs"),
    path(
        "api/redoc/",
        # The stock template links Google Fonts; this one loads nothing remote.
        SpectacularRedocView.as_view(
            url_name="schema", template_name="project/redoc.html"
        ),
        name="redoc",
    ),
    path("admin/", admin.site.urls),
]

handler404 = "project.views.json_not_found"
handler500 = "project.views.json_server_error"
