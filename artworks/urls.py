from django.urls import path

from artworks import views

urlpatterns = [
    path("", views.ArtworkListView.as_view(), name="artwork-list"),
    path("create/", views.ArtworkCreateView.as_view(), name="artwork-create"),
    path("<int:artwork_id>/", views.ArtworkDetailView.as_view(), name="artwork-detail"),
]
