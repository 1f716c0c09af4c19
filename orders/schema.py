"""OpenAPI generation for the order actions."""

from project.schema import OpenStudioAutoSchema


class WholeBodyPatchSchema(OpenStudioAutoSchema):
    """Document a PATCH body whole, with its required fields.

    The order actions are PATCH because the web client sends PATCH, but each
    one reads its body as a whole command, never as a partial update, so its
    request component must not be the optional-everything "Patched" variant.
    """

    def _get_request_for_media_type(self, serializer, direction="request"):
        method, self.method = self.method, "POST"
        try:
            return super()._get_request_for_media_type(serializer, direction)
        finally:
            self.method = method
