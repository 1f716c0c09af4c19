"""Orders in the admin: read everything, change status only through services.

Nothing here edits an order's fields: the two actions call the same
services as the API, so every change is checked against the transition table
and written to the order's history with the member of staff as its actor.
"""

from django.contrib import admin, messages

from orders import services
from orders.models import Order, OrderEvent
from project.errors import ApplicationError

STAFF_NOTE = "From the admin."


class ReadOnlyAdminMixin:
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class NoAddOrDeleteMixin:
    # Orders are made by the API with the server's quote, and never deleted:
    # they are the marketplace's record of every sale.
    def has_add_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class OrderEventInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = OrderEvent
    fields = ["created_at", "from_status", "to_status", "actor", "reason", "note"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False


@admin.register(Order)
class OrderAdmin(NoAddOrDeleteMixin, admin.ModelAdmin):
    list_display = ["id", "status", "buyer", "seller", "artwork", "price", "created_at"]
    list_filter = ["status", "cancel_reason", "created_at", "paid_at"]
    search_fields = ["buyer__username", "seller__username", "artwork__title"]
    list_select_related = ["buyer", "seller", "artwork"]
    date_hierarchy = "created_at"
    ordering = ["-created_at", "-id"]
    inlines = [OrderEventInline]
    actions = ["cancel_as_staff", "mark_completed"]
    # Status and money only ever change through the services.
    readonly_fields = [field.name for field in Order._meta.fields]

    @admin.action(description="Cancel (staff)", permissions=["change"])
    def cancel_as_staff(self, request, queryset):
        self._apply(request, queryset, services.order_staff_cancel, "cancelled")

    @admin.action(description="Mark completed", permissions=["change"])
    def mark_completed(self, request, queryset):
        self._apply(request, queryset, services.order_staff_complete, "completed")

    def _apply(self, request, queryset, service, done: str) -> None:
        moved = 0
        for order_id in queryset.order_by("pk").values_list("pk", flat=True):
            # One refusal (a paid order cannot be cancelled here) must not
            # stop the rest: each order is its own transaction.
            try:
                service(order_id=order_id, staff=request.user, note=STAFF_NOTE)
            except ApplicationError as error:
                self.message_user(
                    request, f"Order {order_id}: {error.detail}", messages.WARNING
                )
            else:
                moved += 1
        if moved:
            self.message_user(request, f"{moved} order(s) {done}.", messages.SUCCESS)


@admin.register(OrderEvent)
class OrderEventAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = [
        "order",
        "from_status",
        "to_status",
        "actor",
        "reason",
        "created_at",
    ]
    list_filter = ["to_status", "reason", "created_at"]
    search_fields = ["order__id", "actor__username"]
    list_select_related = ["order", "actor"]
    raw_id_fields = ["order", "actor"]
