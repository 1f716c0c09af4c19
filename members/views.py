from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from jwt_auth.services import TokenPair, token_refresh
from members import openapi, services
from members.serializers import (
    LoginResponseSerializer,
    LoginSerializer,
    MemberSerializer,
    MessageSerializer,
    PasswordChangeSerializer,
    RegistrationResponseSerializer,
    RegistrationSerializer,
    TokenPairSerializer,
    TokenRefreshSerializer,
)
from project.schema import ErrorSerializer


def token_body(pair: TokenPair) -> dict:
    return {"token": pair.access, "refresh": pair.refresh}


class PublicAuthView(APIView):
    """Base of the unauthenticated, rate-limited account endpoints."""

    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = [ScopedRateThrottle]
    error_detail_aliases = ("message",)


class RegisterView(PublicAuthView):
    throttle_scope = "register"

    @extend_schema(
        operation_id="members_register",
        examples=openapi.REGISTER,
        request=RegistrationSerializer,
        responses={201: RegistrationResponseSerializer},
    )
    def post(self, request):
        serializer = RegistrationSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        member = services.member_register(**serializer.validated_data)
        return Response(
            {"message": "Registration successful.", "id": member.pk},
            status=status.HTTP_201_CREATED,
        )


class LoginView(PublicAuthView):
    throttle_scope = "login"

    @extend_schema(
        operation_id="members_login",
        examples=openapi.LOGIN,
        request=LoginSerializer,
        responses={
            200: LoginResponseSerializer,
            401: OpenApiResponse(ErrorSerializer, "Wrong email or password."),
        },
    )
    def post(self, request):
        serializer = LoginSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        member, pair = services.member_login(**serializer.validated_data)
        body = {**token_body(pair), "message": f"Welcome back, {member.username}!"}
        if member.is_collector:
            body["gallery_id"] = member.gallery.pk
        return Response(body)


class TokenRefreshView(PublicAuthView):
    throttle_scope = "refresh"

    @extend_schema(
        operation_id="members_token_refresh",
        examples=openapi.TOKEN_REFRESH,
        request=TokenRefreshSerializer,
        responses={
            200: TokenPairSerializer,
            401: OpenApiResponse(
                ErrorSerializer,
                "The refresh token is invalid, expired, used or revoked.",
            ),
        },
    )
    def post(self, request):
        serializer = TokenRefreshSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        pair = token_refresh(serializer.validated_data["refresh"])
        return Response(token_body(pair))


class LogoutView(APIView):
    @extend_schema(
        operation_id="members_logout",
        request=None,
        responses=MessageSerializer,
        examples=openapi.LOGOUT,
    )
    def post(self, request):
        services.member_logout(member=request.user)
        return Response({"message": "Logged out on every device."})


class PasswordChangeView(APIView):
    @extend_schema(
        operation_id="members_password_change",
        examples=openapi.PASSWORD_CHANGE,
        request=PasswordChangeSerializer,
        responses={200: LoginResponseSerializer},
    )
    def post(self, request):
        serializer = PasswordChangeSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        pair = services.member_change_password(
            member=request.user,
            old_password=serializer.validated_data["old_password"],
            new_password=serializer.validated_data["new_password"],
        )
        return Response({**token_body(pair), "message": "Password changed."})


class CurrentMemberView(APIView):
    @extend_schema(operation_id="members_me_retrieve", responses=MemberSerializer)
    def get(self, request):
        return Response(MemberSerializer(request.user).data)

    @extend_schema(
        operation_id="members_me_update",
        examples=openapi.PROFILE_UPDATE,
        request=MemberSerializer,
        responses=MemberSerializer,
    )
    def patch(self, request):
        serializer = MemberSerializer(request.user, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        member = services.member_update_profile(
            member=request.user, data=serializer.validated_data
        )
        return Response(MemberSerializer(member).data)
