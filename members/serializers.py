from django.contrib.auth.validators import UnicodeUsernameValidator
from rest_framework import serializers

from members.models import Member
from members.postcodes import normalise_postcode


class PostcodeField(serializers.CharField):
    """A UK postcode, stored upper-case with a single space."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 10)
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        return normalise_postcode(super().to_internal_value(data))


class RegistrationSerializer(serializers.Serializer):
    email = serializers.EmailField(max_length=254)
    username = serializers.CharField(
        max_length=150, validators=[UnicodeUsernameValidator()]
    )
    first_name = serializers.CharField(max_length=150)
    last_name = serializers.CharField(max_length=150)
    password = serializers.CharField(max_length=128, write_only=True)
    password_confirmation = serializers.CharField(max_length=128, write_only=True)
    user_type = serializers.ChoiceField(choices=Member.UserType.choices)
    address = serializers.CharField(max_length=255)
    postcode = PostcodeField()
    bio = serializers.CharField(
        max_length=700, required=False, allow_blank=True, default=""
    )
    website = serializers.URLField(
        max_length=200, required=False, allow_blank=True, default=""
    )

    def validate(self, attrs):
        if attrs["password"] != attrs.pop("password_confirmation"):
            raise serializers.ValidationError(
                {"password_confirmation": "The passwords do not match."}
            )
        return attrs


class MessageSerializer(serializers.Serializer):
    message = serializers.CharField()


class RegistrationResponseSerializer(MessageSerializer):
    id = serializers.IntegerField()


class LoginSerializer(serializers.Serializer):
    email = serializers.EmailField(max_length=254)
    password = serializers.CharField(max_length=128)


class TokenPairSerializer(serializers.Serializer):
    token = serializers.CharField(help_text="Access token: send as 'Bearer <token>'.")
    refresh = serializers.CharField(help_text="Single-use refresh token.")


class LoginResponseSerializer(TokenPairSerializer, MessageSerializer):
    gallery_id = serializers.IntegerField(
        required=False, help_text="Collectors only: the id of their gallery."
    )


class TokenRefreshSerializer(serializers.Serializer):
    refresh = serializers.CharField(max_length=2000)


class PasswordChangeSerializer(serializers.Serializer):
    old_password = serializers.CharField(max_length=128)
    new_password = serializers.CharField(max_length=128)
    new_password_confirmation = serializers.CharField(max_length=128)

    def validate(self, attrs):
        if attrs["new_password"] != attrs["new_password_confirmation"]:
            raise serializers.ValidationError(
                {"new_password_confirmation": "The passwords do not match."}
            )
        return attrs


class MemberSerializer(serializers.ModelSerializer):
    postcode = PostcodeField(required=False)

    class Meta:
        model = Member
        fields = [
            "id",
            "username",
            "email",
            "first_name",
            "last_name",
            "user_type",
            "address",
            "postcode",
            "bio",
            "website",
        ]
        read_only_fields = ["id", "username", "email", "user_type"]
        # Registration requires these; a profile update may not blank them.
        extra_kwargs = {
            field: {"allow_blank": False}
            for field in ("first_name", "last_name", "address")
        }

    def to_representation(self, member: Member) -> dict:
        # Every field is a plain string or number on the model, so the answer
        # is built directly, skipping DRF's per-instance field construction.
        return {field: getattr(member, field) for field in self.Meta.fields}
