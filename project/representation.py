"""Helpers for serializers that build their output by hand on hot paths."""

from datetime import datetime

from django.utils import timezone


def iso_datetime(value: datetime | None) -> str | None:
    """Render a datetime exactly as DRF's DateTimeField does here (ISO 8601, Z)."""
    if value is None:
        return None
    text = timezone.localtime(value).isoformat()
    if text.endswith("+00:00"):
        text = text[:-6] + "Z"
    return text
