from galleries.models import Gallery
from members.models import Member


def gallery_create(*, curator: Member) -> Gallery:
    """Create the private gallery of a collector."""
    return Gallery.objects.create(curator=curator)
