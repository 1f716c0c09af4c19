"""UK postcodes: normalising, validating and splitting them."""

import re

from django.core.exceptions import ValidationError

POSTCODE_PATTERN = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$")
OUTWARD_PATTERN = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")


def normalise_postcode(value: str) -> str:
    """Return the postcode upper-cased with one space, or raise ValidationError."""
    compact = re.sub(r"\s+", "", str(value)).upper()
    match = POSTCODE_PATTERN.match(compact)
    if match is None:
        raise ValidationError(
            "Enter a valid UK postcode, such as E1 6AN.", code="invalid_postcode"
        )
    outward, inward = match.groups()
    return f"{outward} {inward}"


def outward_code(postcode: str) -> str:
    """Return the outward code alone: "E1" of "E1 6AN", "e1 6an" or "E16AN".

    This is the only part of a postcode that is ever public. A postcode is
    read by its shape rather than by its space, which the admin does not
    enforce: the inward code is always the last three characters. Anything
    that is neither a full postcode nor an outward code gives "".
    """
    compact = re.sub(r"\s+", "", postcode or "").upper()
    match = POSTCODE_PATTERN.match(compact)
    if match is not None:
        return match.group(1)
    return compact if OUTWARD_PATTERN.match(compact) else ""


def postcode_area(postcode: str) -> str:
    """Return the leading letters: "E" of "E1 6AN", "SW" of "SW1A 1AA"."""
    match = re.match(r"^[A-Z]{1,2}", postcode.upper()) if postcode else None
    return match.group(0) if match else ""
