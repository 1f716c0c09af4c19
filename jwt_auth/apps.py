from django.apps import AppConfig


class JwtAuthConfig(AppConfig):
    name = "jwt_auth"
    verbose_name = "JWT authentication"

    def ready(self):
        from jwt_auth import schema  # noqa: F401  (registers the OpenAPI scheme)
