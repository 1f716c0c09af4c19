from rest_framework.permissions import BasePermission


class IsArtist(BasePermission):
    message = "Only artists can do this."

    def has_permission(self, request, view):
        return bool(
            request.user and request.user.is_authenticated and request.user.is_artist
        )


class IsCollector(BasePermission):
    message = "Only collectors can do this."

    def has_permission(self, request, view):
        return bool(
            request.user and request.user.is_authenticated and request.user.is_collector
        )
