# Flask-Mail 0.9.1 (Debian python3-flask-mail) with MAIL_DEBUG = True, as an app's send view would run it; an error
# is left uncaught, so its traceback is printed as a user sees it.
#   /usr/bin/python3 flask_mail_client.py plain|starttls|smtps PORT auth|badauth|noauth [RCPT ...]
import sys
from flask import Flask
from flask_mail import Mail, Message

mode, port, auth, rcpts = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:] or ['bob@example.net']
app = Flask('corpus')
app.config.update(MAIL_SERVER='127.0.0.1', MAIL_PORT=port, MAIL_USE_TLS=mode == 'starttls', MAIL_USE_SSL=mode == 'smtps', MAIL_DEBUG=True,
                  MAIL_DEFAULT_SENDER='alice@example.com')
if auth != 'noauth':
    app.config.update(MAIL_USERNAME='alice@example.com', MAIL_PASSWORD='s3cret-Pa55' if auth == 'auth' else 'wrong')
mail = Mail(app)
with app.app_context():
    mail.send(Message('Corpus test 42', recipients=rcpts, body='Hello Bob,\nthis is test message 42.\n'))
    print('sent')
