from django.contrib import admin
from django.db.models import Count

from galleries.models import Gallery, GalleryArtwork


class GalleryArtworkInline(admin.TabularInline):
    model = GalleryArtwork
    raw_id_fields = ["artwork"]
    readonly_fields = ["added_at"]
    extra = 0


@admin.register(Gallery)
class GalleryAdmin(admin.ModelAdmin):
    list_display = ["id", "curator", "artwork_count", "created_at"]
    list_select_related = ["curator"]
    search_fields = ["curator__username", "curator__email"]
    raw_id_fields = ["curator"]
    readonly_fields = ["created_at"]
    inlines = [GalleryArtworkInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(artwork_count=Count("entries"))

    def get_readonly_fields(self, request, obj=None):
        # A gallery belongs to the collector it was created for.
        if obj is not None:
            return [*self.readonly_fields, "curator"]
        return self.readonly_fields

    @admin.display(description="artworks", ordering="artwork_count")
    def artwork_count(self, gallery: Gallery) -> int:
        return gallery.artwork_count


@admin.register(GalleryArtwork)
class GalleryArtworkAdmin(admin.ModelAdmin):
    list_display = ["id", "gallery", "artwork", "added_at"]
    list_select_related = ["gallery__curator", "artwork"]
    search_fields = ["gallery__curator__username", "artwork__title"]
    raw_id_fields = ["gallery", "artwork"]
    readonly_fields = ["added_at"]
