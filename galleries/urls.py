from django.urls import path

from galleries import views

urlpatterns = [
    path("my-gallery/", views.MyGalleryView.as_view(), name="gallery-mine"),
    path("all/", views.GalleryListView.as_view(), name="gallery-list"),
    path(
        "<int:gallery_id>/artworks/",
        views.GalleryArtworksView.as_view(),
        name="gallery-artworks",
    ),
    path(
        "<int:gallery_id>/curate/",
        views.GalleryCurateView.as_view(),
        name="gallery-curate",
    ),
]
