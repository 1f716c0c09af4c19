from functools import partial

from django.contrib import admin
from django.db import models, transaction

from artworks.models import Artwork, ArtworkImage
from orders.services import orders_cancel_withdrawn


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

    def save_model(self, request, obj, form, change):
        is_newly_archived = obj.is_archived and "is_archived" in form.changed_data
        if is_newly_archived:
            obj.is_for_sale = False
        super().save_model(request, obj, form, change)
        if is_newly_archived:
            # An archived artwork can no longer be ordered. As in
            # artwork_delete, its open orders are cancelled once this save
            # has committed, each in its own transaction, so that the order
            # rows are locked before the artwork row, as every move does.
            transaction.on_commit(partial(orders_cancel_withdrawn, artwork_id=obj.pk))


@admin.register(ArtworkImage)
class ArtworkImageAdmin(admin.ModelAdmin):
    list_display = ["image_url", "artwork", "position"]
    search_fields = ["artwork__title", "image_url"]
    list_select_related = ["artwork"]
    raw_id_fields = ["artwork"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
