# Django 3.2 (Debian python3-django) send_mail() with the SMTP email backend, as a management shell runs it: Django
# logs nothing of the session, so what a user pastes is the uncaught exception's traceback (nothing on success).
#   /usr/bin/python3 django_send_mail_client.py plain|starttls|smtps PORT auth|badauth|noauth [RCPT ...]
import sys
import django
from django.conf import settings

mode, port, auth, rcpts = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:] or ['bob@example.net']
settings.configure(EMAIL_BACKEND='django.core.mail.backends.smtp.EmailBackend', EMAIL_HOST='127.0.0.1', EMAIL_PORT=port,
                   EMAIL_USE_TLS=mode == 'starttls', EMAIL_USE_SSL=mode == 'smtps', EMAIL_TIMEOUT=10,
                   EMAIL_HOST_USER='alice@example.com' if auth != 'noauth' else '',
                   EMAIL_HOST_PASSWORD={'auth': 's3cret-Pa55', 'badauth': 'wrong'}.get(auth, ''))
django.setup()
from django.core.mail import send_mail  # noqa: E402 (needs the settings above)

print(send_mail('Corpus test 42', 'Hello Bob,\nthis is test message 42.\n', 'alice@example.com', rcpts, fail_silently=False))
