"""Registration, login and account changes of members."""

import logging

from django.contrib.auth import authenticate
from django.contrib.auth.models import update_last_login
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from galleries.models import Gallery
from galleries.services import gallery_create
from jwt_auth.services import TokenPair, tokens_issue, tokens_revoke_all
from members.models import Member
from project.errors import ApplicationError

logger = logging.getLogger(__name__)

PROFILE_FIELDS = ("first_name", "last_name", "address", "postcode", "bio", "website")


class InvalidCredentials(ApplicationError):
    status_code = 401
    code = "invalid_credentials"
    default_detail = "The email or password is incorrect."


def _check_password_strength(password: str, member: Member, field: str) -> None:
    try:
        validate_password(password, user=member)
    except ValidationError as error:
        raise ValidationError({field: error.messages}) from error


@transaction.atomic
def member_register(
    *,
    email: str,
    username: str,
    password: str,
    user_type: str,
    first_name: str,
    last_name: str,
    address: str,
    postcode: str,
    bio: str = "",
    website: str = "",
) -> Member:
    """Create a member, and for a collector their gallery, in one transaction."""
    member = Member(
        email=Member.objects.normalize_email(email),
        username=username,
        user_type=user_type,
        first_name=first_name,
        last_name=last_name,
        address=address,
        postcode=postcode,
        bio=bio,
        website=website,
    )
    taken = {}
    if Member.objects.filter(email=member.email).exists():
        taken["email"] = ["A member with this email already exists."]
    if Member.objects.filter(username__iexact=username).exists():
        taken["username"] = ["A member with this username already exists."]
    if taken:
        raise ValidationError(taken)
    _check_password_strength(password, member, "password")

    member.set_password(password)
    try:
        with transaction.atomic():
            member.save()
    except IntegrityError as error:
        # Another registration with the same email or username won the race.
        raise ValidationError(
            {"email": ["A member with this email or username already exists."]}
        ) from error
    if member.is_collector:
        gallery_create(curator=member)

    logger.info("Member registered member=%s type=%s", member.pk, member.user_type)
    return member


def member_gallery_ensure(*, member: Member) -> Gallery | None:
    """Give a collector their gallery if they have none yet; return it.

    Registration and the admin create it, but a collector made another way
    (or before the admin did) may have none.
    """
    if not member.is_collector:
        return None
    try:
        return member.gallery
    except Gallery.DoesNotExist:
        pass

    try:
        with transaction.atomic():
            gallery = gallery_create(curator=member)
    except IntegrityError:
        # A concurrent request created it first: one gallery per curator.
        return Gallery.objects.get(curator=member)
    logger.info("Gallery created for collector member=%s", member.pk)
    return gallery


@transaction.atomic
def member_save_by_staff(*, member: Member) -> Member:
    """Save a member added or changed in the admin, with a collector's gallery."""
    member.save()
    member_gallery_ensure(member=member)
    return member


def member_login(*, email: str, password: str) -> tuple[Member, TokenPair]:
    """Check an email and password and issue the member's tokens."""
    member = authenticate(email=email, password=password)
    if member is None:
        logger.info("Login refused")
        raise InvalidCredentials()

    update_last_login(None, member)
    member_gallery_ensure(member=member)
    return member, tokens_issue(member)


@transaction.atomic
def member_update_profile(*, member: Member, data: dict) -> Member:
    """Update the fields a member may change about themselves."""
    changed = [field for field in PROFILE_FIELDS if field in data]
    for field in changed:
        setattr(member, field, data[field])
    if changed:
        member.save(update_fields=changed)
    return member


@transaction.atomic
def member_change_password(
    *, member: Member, old_password: str, new_password: str
) -> TokenPair:
    """Change a password, revoke every earlier token and issue new ones."""
    if not member.check_password(old_password):
        raise ValidationError({"old_password": ["The current password is incorrect."]})
    _check_password_strength(new_password, member, "new_password")

    member.set_password(new_password)
    member.save(update_fields=["password"])
    tokens_revoke_all(member)

    logger.info("Password changed member=%s", member.pk)
    return tokens_issue(member)


def member_logout(*, member: Member) -> None:
    """Revoke every token of the member, on every device."""
    tokens_revoke_all(member)
    logger.info("Member logged out member=%s", member.pk)
