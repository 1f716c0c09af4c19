"""Artwork image URLs and the Cloudinary assets behind them.

Browsers upload images straight to Cloudinary with a signature from the API,
then send the API the delivery URLs. With CLOUDINARY_URL set, only delivery
URLs of that cloud are accepted, so every stored image is an asset the API
can remove; without it (local development) any https URL is accepted.
"""

import logging
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any
from urllib.parse import unquote, urlsplit

import cloudinary
import cloudinary.uploader
import cloudinary.utils
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.validators import URLValidator
from django.db import transaction

from project.errors import Unavailable

logger = logging.getLogger(__name__)

DELIVERY_HOST = "res.cloudinary.com"
UPLOAD_FOLDER = "openstudio/artworks"
UPLOAD_URL = "https://api.cloudinary.com/v1_1/{cloud_name}/image/upload"
DESTROY_TIMEOUT_SECONDS = 10
THUMBNAIL = {"width": 400, "height": 400, "crop": "fill", "gravity": "auto"}
DELIVERY_PATH = re.compile(
    r"^/(?P<cloud_name>[A-Za-z0-9_-]+)/image/upload/(?P<rest>.+)$"
)
VERSION_SEGMENT = re.compile(r"^v[0-9]+$")

https_url = URLValidator(
    schemes=["https"],
    message="Enter a valid https URL; http, data: and javascript: URLs are refused.",
)


@dataclass(frozen=True)
class CloudinaryAccount:
    cloud_name: str
    api_key: str
    api_secret: str


@dataclass(frozen=True)
class Asset:
    """An image in a Cloudinary cloud, as named by one of its delivery URLs."""

    cloud_name: str
    public_id: str
    version: str | None
    format: str | None


def cloudinary_account() -> CloudinaryAccount | None:
    """Return the account named by settings.CLOUDINARY_URL, or None when unset."""
    if not settings.CLOUDINARY_URL:
        return None
    parts = urlsplit(settings.CLOUDINARY_URL)
    account = CloudinaryAccount(
        cloud_name=parts.hostname or "",
        api_key=unquote(parts.username or ""),
        api_secret=unquote(parts.password or ""),
    )
    if parts.scheme != "cloudinary" or not all(vars(account).values()):
        raise ImproperlyConfigured(
            "CLOUDINARY_URL must look like cloudinary://<api_key>:<api_secret>@<cloud>."
        )
    return account


def cloudinary_configure() -> None:
    """Configure the Cloudinary SDK from settings.CLOUDINARY_URL, if it is set."""
    account = cloudinary_account()
    if account is not None:
        cloudinary.config(secure=True, **vars(account))


def cloudinary_asset(url: str) -> Asset | None:
    """Return the asset an image delivery URL points to, or None if it is not one.

    Segments before the version (`v1712345678`) are transformations; without
    a version, the whole path after `image/upload/` is the public id.
    """
    parts = urlsplit(url)
    match = DELIVERY_PATH.match(parts.path)
    if parts.scheme != "https" or parts.hostname != DELIVERY_HOST or not match:
        return None
    segments = match["rest"].split("/")
    version = None
    for index, segment in enumerate(segments):
        if VERSION_SEGMENT.match(segment):
            version, segments = segment[1:], segments[index + 1 :]
            break
    if not segments or not all(segments):
        return None

    stem, _, extension = segments[-1].rpartition(".")
    if stem and extension:
        segments[-1] = stem
    return Asset(
        cloud_name=match["cloud_name"],
        public_id=unquote("/".join(segments)),
        version=version,
        format=extension if stem else None,
    )


def validate_image_url(url: str) -> None:
    """Refuse anything but an https URL, and one of our cloud when it is set."""
    https_url(url)
    account = cloudinary_account()
    if account is None:
        return
    asset = cloudinary_asset(url)
    if asset is None or asset.cloud_name != account.cloud_name:
        raise ValidationError(
            "Upload the image to our Cloudinary cloud first and send its URL "
            "(https://%(host)s/%(cloud)s/image/upload/...).",
            code="foreign_image",
            params={"host": DELIVERY_HOST, "cloud": account.cloud_name},
        )


@lru_cache(maxsize=8192)
def thumbnail_url(image_url: str) -> str:
    """Return a small square version of a Cloudinary image, or the URL itself."""
    asset = cloudinary_asset(image_url)
    if asset is None:
        return image_url
    url, _options = cloudinary.utils.cloudinary_url(
        asset.public_id,
        cloud_name=asset.cloud_name,
        secure=True,
        version=asset.version,
        format=asset.format,
        transformation=[THUMBNAIL],
        urlAnalytics=False,
    )
    return url


def upload_signature(*, artist_id: int) -> dict[str, Any]:
    """Return what a browser needs to upload one image straight to Cloudinary."""
    account = cloudinary_account()
    if account is None:
        raise Unavailable(
            "Image uploads are not available: this server has no Cloudinary "
            "account configured (CLOUDINARY_URL).",
            code="uploads_not_configured",
        )

    # Each artist uploads into their own folder, so that assets can be traced.
    signed = {"folder": f"{UPLOAD_FOLDER}/{artist_id}", "timestamp": int(time.time())}
    signature = cloudinary.utils.api_sign_request(signed, account.api_secret)
    return {
        **signed,
        "signature": signature,
        "api_key": account.api_key,
        "cloud_name": account.cloud_name,
        "upload_url": UPLOAD_URL.format(cloud_name=account.cloud_name),
    }


def image_assets_destroy_on_commit(image_urls: Iterable[str]) -> None:
    """Destroy the Cloudinary assets of our cloud behind these URLs after commit."""
    account = cloudinary_account()
    if account is None:
        return
    for url in image_urls:
        asset = cloudinary_asset(url)
        if asset is not None and asset.cloud_name == account.cloud_name:
            transaction.on_commit(partial(_asset_destroy, account, asset.public_id))


def _asset_destroy(account: CloudinaryAccount, public_id: str) -> None:
    try:
        result = cloudinary.uploader.destroy(
            public_id,
            invalidate=True,
            timeout=DESTROY_TIMEOUT_SECONDS,
            **vars(account),
        )
    # The rows are already gone and committed; an asset left behind only
    # costs storage, so no failure here may turn the request into an error.
    except Exception:
        logger.warning(
            "Cloudinary asset not destroyed public_id=%s", public_id, exc_info=True
        )
        return
    if result.get("result") != "ok":
        logger.warning(
            "Cloudinary destroy answered result=%s public_id=%s",
            result.get("result"),
            public_id,
        )
