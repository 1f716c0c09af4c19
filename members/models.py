from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models.functions import Lower


class MemberManager(UserManager):
    def get_by_natural_key(self, username):
        return self.get(username=username)

    @classmethod
    def normalize_email(cls, email):
        return (email or "").strip().lower()


class Member(AbstractUser):
    """An artist who sells, a collector who buys, or a member of staff."""

    class UserType(models.TextChoices):
        ARTIST = "artist", "Artist"
        COLLECTOR = "collector", "Collector"

    email = models.EmailField(unique=True)
    user_type = models.CharField(max_length=10, choices=UserType.choices, blank=True)
    address = models.CharField(max_length=255, blank=True)
    postcode = models.CharField(max_length=8, blank=True)
    bio = models.TextField(max_length=700, blank=True)
    website = models.URLField(blank=True)
    # Raised to revoke every token issued before (logout, password change).
    token_version = models.PositiveIntegerField(default=0, editable=False)

    objects = MemberManager()

    REQUIRED_FIELDS = ["email"]

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="member_email_ci_unique"),
        ]

    def save(self, *args, **kwargs):
        self.email = MemberManager.normalize_email(self.email)
        super().save(*args, **kwargs)

    @property
    def is_artist(self) -> bool:
        return self.user_type == self.UserType.ARTIST

    @property
    def is_collector(self) -> bool:
        return self.user_type == self.UserType.COLLECTOR
