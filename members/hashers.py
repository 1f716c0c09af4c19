from django.contrib.auth.hashers import Argon2PasswordHasher


class TunedArgon2PasswordHasher(Argon2PasswordHasher):
    """Argon2id at the OWASP minimum: 19 MiB of memory, 2 passes, 1 lane.

    Django's default (100 MiB, 8 lanes) costs about ten times as much CPU per
    login on a small dyno for no practical gain against offline attacks; the
    OWASP settings keep a login near 20 ms. Hashes made with other parameters
    still verify and are upgraded on the next login.
    """

    time_cost = 2
    memory_cost = 19 * 1024
    parallelism = 1
