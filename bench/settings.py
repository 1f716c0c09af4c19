"""Production settings plus the reference endpoints the benchmark compares with."""

from project.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
