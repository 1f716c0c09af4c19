from django.contrib import admin
from django.db import models

from artworks.models import Artwork, ArtworkImage


class ArtworkImageInline(admin.TabularInline):
    model = ArtworkImage
    extra = 0
    max_num = 5
    fields = ["image_url", "position"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Artwork)
class ArtworkAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "artist",
        "price",
        "quantity_for_sale",
        "is_for_sale",
        "medium",
        "is_archived",
        "created_at",
    ]
    list_filter = ["medium", "is_for_sale", "is_archived"]
    search_fields = [
        "title",
        "artist__username",
        "artist__first_name",
        "artist__last_name",
    ]
    list_select_related = ["artist"]
    raw_id_fields = ["artist"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [ArtworkImageInline]


@admin.register(ArtworkImage)
class ArtworkImageAdmin(admin.ModelAdmin):
    list_display = ["image_url", "artwork", "position"]
    search_fields = ["artwork__title", "image_url"]
    list_select_related = ["artwork"]
    raw_id_fields = ["artwork"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
