"""Example requests and answers shown in the OpenAPI docs of the members API."""

from drf_spectacular.utils import OpenApiExample

TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiJ9.signature"
REFRESH = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0eXBlIjoicmVmcmVzaCJ9.signature"

REGISTER = [
    OpenApiExample(
        "A collector registers",
        request_only=True,
        value={
            "email": "ada@example.com",
            "username": "ada",
            "first_name": "Ada",
            "last_name": "Lovelace",
            "password": "Analytical-Engine-1843",
            "password_confirmation": "Analytical-Engine-1843",
            "user_type": "collector",
            "address": "12 St James Square, London",
            "postcode": "SW1Y 4JH",
        },
    ),
    OpenApiExample(
        "Registered",
        response_only=True,
        status_codes=["201"],
        value={"message": "Registration successful.", "id": 42},
    ),
]

LOGIN = [
    OpenApiExample(
        "Log in",
        request_only=True,
        value={"email": "ada@example.com", "password": "Analytical-Engine-1843"},
    ),
    OpenApiExample(
        "A collector is logged in",
        response_only=True,
        value={
            "token": TOKEN,
            "refresh": REFRESH,
            "message": "Welcome back, ada!",
            "gallery_id": 7,
        },
    ),
]

TOKEN_REFRESH = [
    OpenApiExample("Refresh", request_only=True, value={"refresh": REFRESH}),
    OpenApiExample(
        "A new pair", response_only=True, value={"token": TOKEN, "refresh": REFRESH}
    ),
]

LOGOUT = [
    OpenApiExample(
        "Logged out",
        response_only=True,
        value={"message": "Logged out on every device."},
    ),
]

PASSWORD_CHANGE = [
    OpenApiExample(
        "Change the password",
        request_only=True,
        value={
            "old_password": "Analytical-Engine-1843",
            "new_password": "Difference-Engine-1822",
            "new_password_confirmation": "Difference-Engine-1822",
        },
    ),
    OpenApiExample(
        "Changed, with new tokens",
        response_only=True,
        value={"token": TOKEN, "refresh": REFRESH, "message": "Password changed."},
    ),
]

PROFILE_UPDATE = [
    OpenApiExample(
        "Move to Leeds",
        request_only=True,
        value={"address": "1 Park Row, Leeds", "postcode": "LS1 5AB"},
    ),
    OpenApiExample(
        "The updated profile",
        response_only=True,
        value={
            "id": 42,
            "username": "ada",
            "email": "ada@example.com",
            "first_name": "Ada",
            "last_name": "Lovelace",
            "user_type": "collector",
            "address": "1 Park Row, Leeds",
            "postcode": "LS1 5AB",
            "bio": "",
            "website": "",
        },
    ),
]
