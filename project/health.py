from django.db import DatabaseError, connection


def database_is_reachable() -> bool:
    """Make one round trip to the database and say whether it answered."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return False
    return True
