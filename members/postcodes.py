"""UK postcodes: normalising, validating and splitting them."""

import re

from django.core.exceptions import ValidationError

POSTCODE_PATTERN = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})$")


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
    """Return the part before the space: "E1" of "E1 6AN"."""
    return postcode.split(" ", 1)[0] if postcode else ""


def postcode_area(postcode: str) -> str:
    """Return the leading letters: "E" of "E1 6AN", "SW" of "SW1A 1AA"."""
    match = re.match(r"^[A-Z]{1,2}", postcode.upper()) if postcode else None
    return match.group(0) if match else ""
