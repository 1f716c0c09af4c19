"""The JSON parser of every API view."""

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser


class SafeJSONParser(JSONParser):
    """Parse JSON, refusing a body nested too deeply for the decoder as a 400.

    Python's decoder recurses once per level of nesting, so a small body such
    as a thousand opening brackets exhausts the stack; DRF only turns
    ValueError into a parse error, which would leave that one a server error.
    """

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError as error:
            raise ParseError(
                "JSON parse error - the body is nested too deeply to be read."
            ) from error
