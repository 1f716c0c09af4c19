"""Example requests and answers shown in the OpenAPI docs of the catalogue."""

from drf_spectacular.utils import OpenApiExample

IMAGE_URL = "https://res.cloudinary.com/demo/image/upload/v1712345678/sample.jpg"
ARTWORK_FIELDS = {
    "title": "Self-portrait with monkey",
    "description": "Oil on masonite.",
    "year": 2024,
    "price": 1200,
    "quantity_for_sale": 1,
    "is_for_sale": True,
    "medium": "painting",
    "material": "oil on masonite",
    "width": 40.6,
    "depth": 2,
    "height": 55.9,
    "weight": 1.8,
}
ARTWORK = {
    "id": 7,
    **ARTWORK_FIELDS,
    "artist": {
        "id": 3,
        "username": "frida",
        "first_name": "Frida",
        "last_name": "Kahlo",
        "bio": "Paints what she knows best.",
        "website": "https://frida.example.com",
        "postcode": "M1",
    },
    "artworks_images": [{"id": 11, "image_url": IMAGE_URL}],
    "is_archived": False,
    "created_at": "2026-11-02T10:15:00Z",
    "updated_at": "2026-11-02T10:15:00Z",
}

ARTWORK_CREATE = [
    OpenApiExample(
        "An artist lists a painting",
        request_only=True,
        value={**ARTWORK_FIELDS, "artworks_images": [IMAGE_URL]},
    ),
    OpenApiExample("Listed", response_only=True, status_codes=["201"], value=ARTWORK),
]

ARTWORK_UPDATE = [
    OpenApiExample(
        "Lower the price",
        request_only=True,
        value={"price": 950, "artworks_images": [IMAGE_URL]},
    ),
    OpenApiExample("Updated", response_only=True, status_codes=["200"], value=ARTWORK),
]

IMAGE_ADD = [
    OpenApiExample(
        "Add an uploaded image", request_only=True, value={"image_url": IMAGE_URL}
    ),
    OpenApiExample(
        "Added",
        response_only=True,
        status_codes=["201"],
        value={
            "id": 12,
            "image_url": IMAGE_URL,
            "position": 1,
            "thumbnail_url": "https://res.cloudinary.com/demo/image/upload/"
            "c_fill,g_auto,h_400,w_400/v1712345678/sample.jpg",
        },
    ),
]

UPLOAD_SIGNATURE = [
    OpenApiExample("Ask for a signature", request_only=True, value={}),
    OpenApiExample(
        "Signed upload parameters",
        response_only=True,
        status_codes=["200"],
        value={
            "cloud_name": "demo",
            "api_key": "123456789012345",
            "timestamp": 1764806400,
            "folder": "openstudio/artworks/3",
            "signature": "a3f1c0d2e4b5968778695a4b3c2d1e0f9a8b7c6d",
            "upload_url": "https://api.cloudinary.com/v1_1/demo/image/upload",
        },
    ),
]
