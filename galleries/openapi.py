"""OpenAPI documentation of the galleries API: examples and a DELETE body."""

from drf_spectacular.utils import OpenApiExample

from project.schema import OpenStudioAutoSchema

ARTWORK = {
    "id": 12,
    "title": "Low tide, Whitstable",
    "description": "Oil on linen, the harbour at dusk.",
    "year": 2023,
    "price": 450.0,
    "quantity_for_sale": 1,
    "is_for_sale": True,
    "medium": "painting",
    "material": "oil on linen",
    "width": 60.0,
    "depth": 2.5,
    "height": 40.0,
    "weight": 1.8,
    "artist": {
        "id": 3,
        "username": "mira",
        "first_name": "Mira",
        "last_name": "Okafor",
        "bio": "Paints the Kent coast.",
        "website": "https://mira.example.com",
        "postcode": "CT5",
    },
    "artworks_images": [
        {
            "id": 31,
            "image_url": "https://res.cloudinary.com/demo/image/upload/v1/low-tide.jpg",
        }
    ],
    "is_archived": False,
    "created_at": "2025-03-01T10:15:00Z",
    "updated_at": "2025-03-01T10:15:00Z",
}

CURATE_ADD = [
    OpenApiExample("Add an artwork", request_only=True, value={"artwork": 12}),
    OpenApiExample(
        "Added",
        response_only=True,
        status_codes=["201"],
        value={"message": "Added to your gallery.", "artwork": ARTWORK},
    ),
    OpenApiExample(
        "Already there",
        response_only=True,
        status_codes=["200"],
        value={"message": "Already in your gallery.", "artwork": ARTWORK},
    ),
    OpenApiExample(
        "Withdrawn by the artist",
        response_only=True,
        status_codes=["400"],
        value={
            "detail": "This artwork was withdrawn by its artist and can no longer "
            "be added to a gallery.",
            "code": "artwork_archived",
            "errors": [
                "This artwork was withdrawn by its artist and can no longer be "
                "added to a gallery."
            ],
        },
    ),
]

CURATE_REMOVE = [
    OpenApiExample("Remove an artwork", request_only=True, value={"artwork": 12}),
    OpenApiExample(
        "Not in the gallery",
        response_only=True,
        status_codes=["404"],
        value={
            "detail": "This artwork is not in the gallery.",
            "code": "not_in_gallery",
            "errors": ["This artwork is not in the gallery."],
        },
    ),
]


class RequestBodyOnDeleteSchema(OpenStudioAutoSchema):
    """Also document the request body of DELETE, which drf-spectacular omits.

    The contract's DELETE galleries/<id>/curate/ names its artwork in the
    body; without this, generated clients would not know to send it.
    """

    def _get_request_body(self, direction="request"):
        if self.method != "DELETE":
            return super()._get_request_body(direction)
        # The base class only reads a body for POST, PUT and PATCH.
        self.method = "POST"
        try:
            return super()._get_request_body(direction)
        finally:
            self.method = "DELETE"
