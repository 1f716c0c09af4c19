"""The API's URLs plus reference endpoints that show what the stack allows.

- constant: a constant JSON answer from a DRF view (no database).
- constant-jwt: the same behind our JWT authentication (one query).
- values: the artworks list built from `.values()` and rendered by orjson,
  the fastest the same nested rows can be produced by hand.
"""

import orjson
from django.http import HttpResponse
from django.urls import path
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from artworks.models import Artwork, ArtworkImage
from members.models import Member
from project.urls import urlpatterns as api_urlpatterns

CONSTANT = {"status": "ok", "items": list(range(10))}


class ConstantView(APIView):
    authentication_classes = []
    permission_classes = [AllowAny]
    schema = None

    def get(self, request):
        return Response(CONSTANT)


class ConstantBehindJWTView(APIView):
    permission_classes = [IsAuthenticated]
    schema = None

    def get(self, request):
        return Response(CONSTANT)


def artworks_from_values(request):
    artworks = list(
        Artwork.objects.filter(is_archived=False).values(
            "id", "title", "description", "year", "price", "quantity_for_sale",
            "is_for_sale", "medium", "material", "width", "depth", "height",
            "weight", "artist_id",
        )
    )  # fmt: skip
    artist_ids = {artwork["artist_id"] for artwork in artworks}
    artists = {
        artist["id"]: artist
        for artist in Member.objects.filter(pk__in=artist_ids).values(
            "id", "username", "first_name", "last_name", "bio", "website", "postcode"
        )
    }
    images: dict[int, list] = {}
    for image in ArtworkImage.objects.filter(
        artwork_id__in=[artwork["id"] for artwork in artworks]
    ).values("id", "image_url", "artwork_id"):
        images.setdefault(image.pop("artwork_id"), []).append(image)
    for artwork in artworks:
        artwork["artist"] = artists[artwork.pop("artist_id")]
        artwork["artworks_images"] = images.get(artwork["id"], [])
        for field in ("price", "width", "depth", "height", "weight"):
            artwork[field] = float(artwork[field])
    return HttpResponse(orjson.dumps(artworks), content_type="application/json")


urlpatterns = [
    path("bench/constant/", ConstantView.as_view()),
    path("bench/constant-jwt/", ConstantBehindJWTView.as_view()),
    path("bench/values/", artworks_from_values),
    *api_urlpatterns,
]
