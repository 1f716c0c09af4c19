"""Serializers shared by the apps' views."""

from rest_framework import serializers


class EmptyBodySerializer(serializers.Serializer):
    """No fields: send `{}` (or no body at all)."""
