from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.db import models

from members import services
from members.models import Member


@admin.register(Member)
class MemberAdmin(UserAdmin):
    list_display = ["username", "email", "user_type", "is_active", "date_joined"]
    list_filter = ["user_type", "is_active", "is_staff"]
    search_fields = ["username", "email", "first_name", "last_name"]
    ordering = ["-date_joined"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        *UserAdmin.fieldsets,
        (
            "Marketplace",
            {"fields": ["user_type", "address", "postcode", "bio", "website"]},
        ),
    ]
    add_fieldsets = [
        (
            None,
            {
                "classes": ["wide"],
                "fields": ["username", "email", "user_type", "password1", "password2"],
            },
        ),
    ]

    def save_model(self, request, obj, form, change):
        services.member_save_by_staff(member=obj)
