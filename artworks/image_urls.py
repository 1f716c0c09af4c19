from django.urls import path

from artworks import views

urlpatterns = [
    path(
        "artwork/<int:artwork_id>/images/",
        views.ArtworkImagesView.as_view(),
        name="artwork-images",
    ),
    path("image/<int:image_id>/", views.ImageDeleteView.as_view(), name="image-delete"),
    path("signature/", views.UploadSignatureView.as_view(), name="upload-signature"),
]
