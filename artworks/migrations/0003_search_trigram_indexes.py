from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

# The marketplace search matches each word anywhere in these columns with
# `icontains`, which PostgreSQL runs as UPPER(column::text) LIKE '%WORD%'.
# Trigram indexes on exactly those expressions serve it. SQLite (used only
# for `make run` without DATABASE_URL) has no such index and scans instead.
SEARCHED_COLUMNS = [
    ("artworks_artwork", "title"),
    ("artworks_artwork", "description"),
    ("artworks_artwork", "material"),
    ("members_member", "first_name"),
    ("members_member", "last_name"),
]


def _index_name(table: str, column: str) -> str:
    return f"{table.split('_', 1)[1]}_{column}_trgm"


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, column in SEARCHED_COLUMNS:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {_index_name(table, column)} ON {table} "
            f"USING gin ((UPPER({column}::text)) gin_trgm_ops)"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, column in SEARCHED_COLUMNS:
        schema_editor.execute(f"DROP INDEX IF EXISTS {_index_name(table, column)}")


class Migration(migrations.Migration):
    dependencies = [
        ("artworks", "0002_catalogue_indexes"),
        ("members", "0001_initial"),
    ]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_indexes, drop_indexes),
    ]
