from django.conf import settings
from django.db import models


class Gallery(models.Model):
    """A collector's private selection of artworks; one per collector."""

    curator = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="gallery"
    )
    artworks = models.ManyToManyField(
        "artworks.Artwork", through="GalleryArtwork", related_name="galleries"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "galleries"
        ordering = ["id"]

    def __str__(self):
        return f"Gallery of {self.curator.username}"


class GalleryArtwork(models.Model):
    gallery = models.ForeignKey(
        Gallery, on_delete=models.CASCADE, related_name="entries"
    )
    artwork = models.ForeignKey(
        "artworks.Artwork", on_delete=models.CASCADE, related_name="gallery_entries"
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-added_at", "-id"]
        indexes = [
            models.Index(
                fields=["gallery", "-added_at", "-id"], name="gallery_entry_newest"
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["gallery", "artwork"], name="gallery_artwork_unique"
            ),
        ]

    def __str__(self):
        return f"{self.artwork_id} in gallery {self.gallery_id}"
