from django.http import JsonResponse
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from project.health import database_is_reachable

API_SECTIONS = {
    "members": "/api/members/",
    "artworks": "/api/artworks/",
    "galleries": "/api/galleries/",
    "orders": "/api/orders/",
    "images": "/api/images/",
    "health": "/api/health/",
}


class IndexView(APIView):
    authentication_classes = []
    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="api_index",
        tags=["index"],
        responses=inline_serializer(
            "ApiIndex",
            {
                "name": serializers.CharField(),
                "sections": serializers.DictField(child=serializers.CharField()),
            },
        ),
    )
    def get(self, request):
        return Response({"name": "OpenStudio API", "sections": API_SECTIONS})


class HealthView(APIView):
    authentication_classes = []
    permission_classes = [AllowAny]

    @extend_schema(
        operation_id="health_check",
        responses={
            200: inline_serializer(
                "Health",
                {
                    "status": serializers.CharField(),
                    "database": serializers.CharField(),
                },
            ),
            503: inline_serializer(
                "HealthFailing",
                {
                    "status": serializers.CharField(),
                    "database": serializers.CharField(),
                },
            ),
        },
    )
    def get(self, request):
        if database_is_reachable():
            return Response({"status": "ok", "database": "ok"})
        return Response(
            {"status": "error", "database": "unreachable"},
            status=status.HTTP_503_SERVICE_UNAVAILABLE,
        )


def json_not_found(request, exception=None):
    detail = "No endpoint or object matches this URL."
    return JsonResponse(
        {"detail": detail, "code": "not_found", "errors": [detail]}, status=404
    )


def json_server_error(request):
    detail = "The server failed to handle this request."
    return JsonResponse(
        {"detail": detail, "code": "server_error", "errors": [detail]}, status=500
    )
