from django.contrib import admin
from django.urls import include, path

from project.views import HealthView, IndexView

urlpatterns = [
    path("", IndexView.as_view(), name="index"),
    path("api/", IndexView.as_view(), name="api-index"),
    path("api/health/", HealthView.as_view(), name="health"),
    path("api/members/", include("members.urls")),
    path("admin/", admin.site.urls),
]

handler404 = "project.views.json_not_found"
handler500 = "project.views.json_server_error"
