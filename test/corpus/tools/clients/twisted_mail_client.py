# Twisted's SMTP client (twisted.mail.smtp.ESMTPSenderFactory) with Twisted's log on stdout. The sender keeps
# a log of the dialogue (">>> " sent, "<<< " received; 10 lines by default, here enough for the whole session)
# that Twisted prints inside its SMTP errors; it is printed on success too, as users do to debug.
#   twisted_mail_client.py <plain|starttls|smtps> <port> <auth|noauth|badauth> [rcpt ...]
import io
import sys

from twisted.internet import defer, reactor, ssl
from twisted.mail import smtp
from twisted.python import log, util

mode, port, auth = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rcpts = sys.argv[4:] or ['bob@example.net']
log.startLogging(sys.stdout)
msg = io.BytesIO(b'From: alice@example.com\r\nTo: ' + ', '.join(rcpts).encode() + b'\r\nSubject: Corpus test 42\r\n\r\nHello Bob, message 42.\r\n')
protocols = []


class Factory(smtp.ESMTPSenderFactory):
    def buildProtocol(self, addr):
        p = smtp.ESMTPSenderFactory.buildProtocol(self, addr)
        p.log = util.LineLog(200)
        protocols.append(p)
        return p


result = defer.Deferred()
user, password = (b'alice@example.com', b'wrong' if auth == 'badauth' else b's3cret-Pa55') if auth != 'noauth' else (None, None)
f = Factory(user, password, 'alice@example.com', rcpts, msg, result, contextFactory=ssl.CertificateOptions(verify=False),
            retries=0, heloFallback=True, requireAuthentication=auth != 'noauth', requireTransportSecurity=mode == 'starttls')
f.domain = b'client.example'


def show_log():
    for p in protocols:
        print(p.log.str().decode('utf-8', 'replace'))


def ok(r):
    print(f'Sent: {r!r}')
    show_log()


def failed(failure):
    print(f'Failed: {failure.getErrorMessage()}')
    show_log()


result.addCallbacks(ok, failed).addBoth(lambda _: reactor.callLater(0.2, reactor.stop))
if mode == 'smtps':
    reactor.connectSSL('127.0.0.1', port, f, ssl.CertificateOptions(verify=False))
else:
    reactor.connectTCP('127.0.0.1', port, f)
reactor.run()
