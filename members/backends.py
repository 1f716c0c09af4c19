from django.contrib.auth.backends import ModelBackend

from members.models import Member


class EmailBackend(ModelBackend):
    """Authenticate with an email address, compared case-insensitively."""

    def authenticate(self, request, email=None, password=None, **kwargs):
        if email is None or password is None:
            return None
        member = Member.objects.filter(email=email.strip().lower()).first()
        if member is None:
            # Hash anyway, so a missing account takes as long as a wrong password.
            Member().set_password(password)
            return None
        if member.check_password(password) and self.user_can_authenticate(member):
            return member
        return None
