"""JSON rendering with orjson: the same output as DRF's renderer, faster."""

from decimal import Decimal

import orjson
from rest_framework.renderers import JSONRenderer
from rest_framework.utils.encoders import JSONEncoder

_drf_encoder = JSONEncoder()


def _default(value):
    # Money and sizes are JSON numbers in this API, as DRF renders them with
    # COERCE_DECIMAL_TO_STRING off; anything else orjson does not know
    # (lazy translations, UUIDs in odd places) falls back to DRF's encoder.
    if isinstance(value, Decimal):
        return float(value)
    return _drf_encoder.default(value)


class ORJSONRenderer(JSONRenderer):
    """Render response data with orjson; compact UTF-8, like DRF's default."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None:
            return b""
        return orjson.dumps(data, default=_default, option=orjson.OPT_NON_STR_KEYS)
