"""Settings for OpenStudio API.

Every value comes from the environment (or a `.env` file beside manage.py).
ENVIRONMENT=DEV has safe defaults so that a fresh clone runs with no file at
all; ENVIRONMENT=PROD refuses to start without a secret key and a database.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
import environ
from corsheaders.defaults import default_headers
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")

ENVIRONMENT = env.str("ENVIRONMENT", default="DEV").upper()
if ENVIRONMENT not in {"DEV", "PROD"}:
    raise ImproperlyConfigured("ENVIRONMENT must be DEV or PROD.")
IS_PRODUCTION = ENVIRONMENT == "PROD"


def _required_in_production(name: str, dev_default: str) -> str:
    value = env.str(name, default="")
    if value:
        return value
    if IS_PRODUCTION:
        raise ImproperlyConfigured(
            f"{name} must be set when ENVIRONMENT=PROD (see .env.example)."
        )
    return dev_default


SECRET_KEY = _required_in_production(
    "SECRET_KEY", "dev-only-secret-key-do-not-use-in-production-0123456789abcdef0123"
)
DEBUG = env.bool("DEBUG", default=not IS_PRODUCTION)
ALLOWED_HOSTS = env.list(
    "ALLOWED_HOSTS", default=[] if IS_PRODUCTION else ["127.0.0.1", "localhost"]
)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "corsheaders",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "project",
    "jwt_auth",
    "members",
    "artworks",
    "galleries",
    "orders",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "project.middleware.JSONErrorMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # ETags on every GET, so that a client polling a list that has not changed
    # gets an empty 304 instead of the whole list again.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "project.middleware.IdempotencyMiddleware",
]

ROOT_URLCONF = "project.urls"
WSGI_APPLICATION = "project.wsgi.application"
APPEND_SLASH = False

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: DATABASE_URL, or in DEV an embedded SQLite file.
DATABASE_URL = _required_in_production(
    "DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
)
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL,
        conn_max_age=env.int("CONN_MAX_AGE", default=600 if IS_PRODUCTION else 0),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The development server answers on threads. WAL lets reads go on while
    # one request writes, and a transaction that takes the write lock when it
    # begins waits its turn instead of failing half-way with "database is
    # locked".
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The cache backs throttling, so it must be shared by every worker process:
# Redis when REDIS_URL is set, otherwise a table in the database.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "openstudio_cache",
        }
    }

AUTH_USER_MODEL = "members.Member"
AUTHENTICATION_BACKENDS = [
    "members.backends.EmailBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "members.hashers.TunedArgon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if IS_PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# Outside production, static files are found in the apps' folders on each
# request, so `collectstatic` is needed only for deploys.
WHITENOISE_USE_FINDERS = not IS_PRODUCTION
WHITENOISE_AUTOREFRESH = not IS_PRODUCTION

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["jwt_auth.authentication.JWTAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["project.renderers.ORJSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["project.parsers.SafeJSONParser"],
    "DEFAULT_SCHEMA_CLASS": "project.schema.OpenStudioAutoSchema",
    "EXCEPTION_HANDLER": "project.exception_handler.api_exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    "DEFAULT_THROTTLE_RATES": dict.fromkeys(
        ["login", "register", "refresh"],
        env.str("AUTH_THROTTLE_RATE", default="10/minute"),
    ),
    "NUM_PROXIES": env.int("NUM_PROXIES", default=1 if IS_PRODUCTION else 0),
    "DATETIME_FORMAT": "iso-8601",
    "COERCE_DECIMAL_TO_STRING": False,
}

SPECTACULAR_SETTINGS = {
    "TITLE": "OpenStudio API",
    "DESCRIPTION": "An art marketplace: artists list artworks, collectors curate "
    "a private gallery, order, pay and receive.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": "/api/",
}

JWT_SIGNING_KEY = env.str("JWT_SIGNING_KEY", default="") or SECRET_KEY
JWT_ACCESS_TOKEN_LIFETIME = timedelta(
    minutes=env.int("JWT_ACCESS_TOKEN_LIFETIME_MINUTES", default=24 * 60)
)
JWT_REFRESH_TOKEN_LIFETIME = timedelta(
    days=env.int("JWT_REFRESH_TOKEN_LIFETIME_DAYS", default=30)
)

CORS_ALLOWED_ORIGINS = env.list(
    "CORS_ALLOWED_ORIGINS",
    default=[]
    if IS_PRODUCTION
    else [
        "http://localhost:3000",
        "http://127.0.0.1:3000",
        "http://localhost:5173",
        "http://127.0.0.1:5173",
    ],
)
# In DEV the frontend's dev server may run on any local port (Vite, its
# preview server, Create React App...), so every local origin is allowed.
CORS_ALLOWED_ORIGIN_REGEXES = (
    [] if IS_PRODUCTION else [r"^https?://(localhost|127\.0\.0\.1)(:\d+)?$"]
)
# Browsers may send the retry key and read the headers that describe it.
CORS_ALLOW_HEADERS = (*default_headers, "idempotency-key")
CORS_EXPOSE_HEADERS = ["Idempotent-Replayed", "Retry-After", "ETag"]

CLOUDINARY_URL = env.str("CLOUDINARY_URL", default="")

# Behind Heroku's router: trust its forwarded scheme, force HTTPS, secure
# cookies, and ask browsers to remember HTTPS for a year.
if IS_PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

LOG_LEVEL = env.str("LOG_LEVEL", default="INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {
            "format": "%(asctime)s %(levelname)s %(name)s %(message)s",
        },
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "plain",
        },
    },
    "root": {"handlers": ["stdout"], "level": LOG_LEVEL},
    "loggers": {
        # project.middleware logs each failed request once, with the member
        # id; Django's own request logger would log it a second time.
        "django.request": {"level": "CRITICAL"},
        "django.server": {"level": "INFO"},
    },
}

# Orders: how long each side may wait before the order moves on by itself
# (see `manage.py run_order_timers`), and who takes payments.
ORDER_RESPONSE_DAYS = env.int("ORDER_RESPONSE_DAYS", default=7)
ORDER_PAYMENT_DAYS = env.int("ORDER_PAYMENT_DAYS", default=7)
ORDER_AUTO_COMPLETE_DAYS = env.int("ORDER_AUTO_COMPLETE_DAYS", default=14)
ORDER_PAYMENT_PROVIDER = env.str(
    "ORDER_PAYMENT_PROVIDER", default="orders.payments.DemoPaymentProvider"
)
