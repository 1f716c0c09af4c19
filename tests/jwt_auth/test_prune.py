from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from jwt_auth.models import RefreshToken
from tests.factories import ArtistFactory


@pytest.mark.django_db
def test_prune_deletes_only_expired_refresh_tokens():
    member = ArtistFactory()
    now = timezone.now()
    expired = RefreshToken.objects.create(member=member, expires_at=now - timedelta(1))
    current = RefreshToken.objects.create(member=member, expires_at=now + timedelta(1))

    call_command("prune_refresh_tokens")

    remaining = set(RefreshToken.objects.values_list("jti", flat=True))
    assert remaining == {current.jti}
    assert expired.jti not in remaining
