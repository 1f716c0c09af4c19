from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from jwt_auth.models import RefreshToken
from project.models import IdempotencyKey
from tests.factories import ArtistFactory


@pytest.mark.django_db
def test_prune_deletes_only_expired_rows():
    member = ArtistFactory()
    now = timezone.now()
    RefreshToken.objects.create(member=member, expires_at=now - timedelta(days=1))
    current = RefreshToken.objects.create(member=member, expires_at=now + timedelta(1))
    old, recent = (
        IdempotencyKey.objects.create(
            member=member, key=key, method="POST", path="/api/x/", request_hash="h"
        )
        for key in ("old", "recent")
    )
    IdempotencyKey.objects.filter(pk=old.pk).update(
        created_at=now - timedelta(hours=25)
    )

    call_command("prune_expired")

    assert list(RefreshToken.objects.values_list("jti", flat=True)) == [current.jti]
    assert list(IdempotencyKey.objects.values_list("pk", flat=True)) == [recent.pk]
