import pytest


@pytest.mark.django_db
def test_health_answers_ok_after_a_database_round_trip(api_client):
    response = api_client.get("/api/health/")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
