// Hand-written annotations: for each pasted transcript, where the server's replies (S), the client's commands (C)
// and tool echoes of a reply code (E: a reply code the tool repeats in a summary or error line) begin.
// `cont`: unmarked lines right after a server line that start with a reply code continue that reply.
// Faults are anchored on the text of their line (`n`: which occurrence), so no line number is typed by hand.
const ANY = /^/;
export const FILES = [
  // ---------------------------------------------------------------- dev
  { group: 'dev', producer: 'phpmailer', file: 'phpmailer/gh-phpmailer-2550-qq-empty-reply.txt',
    rules: [['S', /\tSERVER -> CLIENT: /], ['C', /\tCLIENT -> SERVER: /]],
    faults: [{ at: /SERVER -> CLIENT:$/, what: 'empty reply to EHLO' }] },
  { group: 'dev', producer: 'phpmailer', file: 'phpmailer/gh-phpmailer-2820-json-in-backticks.txt',
    rules: [['S', /SERVER -> CLIENT: /]] },
  { group: 'dev', producer: 'phpmailer-errorlog', file: 'phpmailer-errorlog/gh-luminary-47-apache-referer.txt',
    rules: [['S', /SERVER -> CLIENT: /], ['C', /CLIENT -> SERVER: /], ['E', /SMTP INBOUND: "/]] },
  { group: 'dev', producer: 'mailkit', file: 'mailkit/gh-mailkit-162-strato.txt', rules: [['S', /^S: /], ['C', /^C: /]] },
  { group: 'dev', producer: 'mailkit', file: 'mailkit/gh-mailkit-216-fakesmtp.txt', rules: [['S', /^S: /], ['C', /^C: /]],
    skipCommands: [12] /* "AUTH LOGIN …" sent as the SASL answer to 334, not as a command */ },
  { group: 'dev', producer: 'python-smtplib', file: 'python-smtplib/gh-cpython-115251-timestamped.txt',
    rules: [['S', /reply: b'/], ['C', /send: '/], ['E', /reply: retcode \(/, { textSkip: /^\); Msg: b'/ }]] },
  { group: 'dev', producer: 'python-smtplib', file: 'python-smtplib/gh-msmtp-45-lowercase-ehlo.txt',
    rules: [['S', /^reply: b'/], ['C', /^send: '/], ['E', /reply: retcode \(/, { textSkip: /^\); Msg: b'/ }]] },
  { group: 'dev', producer: 'nodemailer', file: 'nodemailer/gh-nodemailer-1508-mail-before-greeting.txt',
    rules: [['S', /\] S: /], ['C', /\] C: /], ['E', /(?:response=|Ok: )/]],
    faults: [{ at: /C: MAIL FROM/, what: 'MAIL sent before the greeting, without EHLO/HELO' }] },
  { group: 'dev', producer: 'curl', file: 'curl/gh-curl-9464-tls-progress.txt', rules: [['S', /^< /], ['C', /^> /]] },
  { group: 'dev', producer: 'curl', file: 'curl/gh-interactsh-991-vrfy.txt', rules: [['S', /^< /], ['C', /^> /], ['E', /Command failed: /]] },
  { group: 'dev', producer: 'swaks', file: 'swaks/gh-htmlgraphic-10-tls-auth-failed.txt', rules: [['S', /^<~\*? +/], ['C', /^ (?:~> )?/]] },
  { group: 'dev', producer: 'swaks', file: 'swaks/gh-swaks-15-ses-starttls-required.txt', rules: [['S', /^<[-*]{1,2} +/], ['C', /^ -> /]] },
  { group: 'dev', producer: 'telnet', file: 'telnet/gh-openhab1-4130-exim-bare-ehlo.txt', rules: [['S', ANY], ['C', ANY]],
    faults: [{ at: /^EHLO$/, what: 'EHLO without a domain' }] },
  { group: 'dev', producer: 'telnet', file: 'telnet/gh-smtp4dev-5-stray-size-line.txt', rules: [['S', ANY], ['C', ANY]],
    faults: [{ at: /^SIZE$/, what: 'malformed EHLO reply: a stray line after the final 250 line' }] },
  { group: 'dev', producer: 'telnet', file: 'telnet/gh-smtp-cli-26-mailgun-bare-ehlo.txt', rules: [['S', ANY], ['C', ANY]],
    faults: [{ at: /^EHLO$/, what: 'EHLO without a domain' }] },
  { group: 'dev', producer: 'exchange-protocol-log', file: 'exchange-protocol-log/gh-ipban-269-frontend-receive.txt',
    rules: [['S', /^(?:[^,]*,){6}>,/], ['C', /^(?:[^,]*,){6}<,/]] },
  { group: 'dev', producer: 'haraka', file: 'haraka/gh-haraka-2945-implicit-tls-465.txt', rules: [['S', /\] S: /], ['C', /\] C: /]] },
  { group: 'dev', producer: 'haraka', file: 'haraka/gh-haraka-2344-outbound-tutorial.txt', rules: [['S', /\] S: /], ['C', /\] C: /]] },
  { group: 'dev', producer: 'postfix-verbose', file: 'postfix-verbose/gh-docker-postfix-181-iso-info.txt', rules: [['S', /: > [^:]+: /], ['C', /: < [^:]+: /]] },
  { group: 'dev', producer: 'postfix-verbose', file: 'postfix-verbose/gh-anonaddy-290-docker-syslog.txt', rules: [['S', /: > [^:]+: /], ['C', /: < [^:]+: /]] },
  { group: 'dev', producer: 'mdaemon', file: 'mdaemon/gh-qbittorrent-1845-markdown-escaped.txt', rules: [['S', /\] --> /], ['C', /\] <-- /]] },
  { group: 'dev', producer: 'subethasmtp', file: 'subethasmtp/gh-helo-community-24-fakesmtp.txt', rules: [['S', / - Server: /], ['C', / - Client: /]], cont: true },
  { group: 'dev', producer: 'subethasmtp', file: 'subethasmtp/gh-subethasmtp-1-530-answers-rset.txt', rules: [['S', / - Server: /], ['C', / - Client: /]], cont: true,
    faults: [{ at: /Server: 530 Must issue/, what: '530 answering RSET (RFC 4954 forbids 530 for RSET)' }] },
  { group: 'dev', producer: 'subethasmtp', file: 'subethasmtp/gh-subethasmtp-1-auth-before-starttls.txt', rules: [['S', / - Server: /], ['C', / - Client: /]], cont: true },
  { group: 'dev', producer: 'stalwart-tracing', file: 'stalwart-tracing/gh-stalwart-smtp-31-rset-auth.txt',
    rules: [['S', /event="write" data="/], ['C', /event="read" data="/]] },
  { group: 'dev', producer: 'markdown-backticks', file: 'markdown-backticks/gh-genmon-108-telnet-inline-code.txt', rules: [['S', /^`/], ['C', /^`/]] },
  // dev, second round (producers in neither first corpus)
  { group: 'dev', producer: 'mailhog', file: 'mailhog/gh-mailhog-355-http-get-to-smtp.txt',
    rules: [['S', /\] Sent \d+ bytes: '/], ['C', /\] Received \d+ bytes: '/]],
    faults: [{ at: /Received \d+ bytes: 'GET /, what: 'not an SMTP command: an HTTP request (GET) sent to the SMTP port' }] },
  { group: 'dev', producer: 'mailhog', file: 'mailhog/gh-mailhog-358-browser-to-smtp-port.txt',
    rules: [['S', /\] Sent \d+ bytes: '/], ['C', /\] Received \d+ bytes: '/]],
    faults: [{ at: /Received \d+ bytes: 'GET /, what: 'not an SMTP command: a browser\'s HTTP request (GET) sent to the SMTP port' }] },
  { group: 'dev', producer: 'thunderbird-android', file: 'thunderbird-android/gh-thunderbird-android-9059-logcat-ehlo.txt', rules: [['S', /^SMTP <<< /]] },
  // Each logged line repeats the reply so far, its lines joined by a literal <CRLF>: every printed reply line is listed.
  { group: 'dev', producer: 'rust-async-smtp', file: 'rust-async-smtp/gh-check-if-email-exists-1221-crlf-accumulating.txt',
    rules: [['S', /\] << /, { more: /<CRLF>/ }], ['C', /\] >> /]] },
  { group: 'dev', producer: 'go-smtp-debugwriter', file: 'go-smtp-debugwriter/gh-go-smtp-288-bare-tab-indented.txt', rules: [['S', /^\t/], ['C', /^\t/]] },
  { group: 'dev', producer: 'go-smtp-debugwriter', file: 'go-smtp-debugwriter/gh-go-smtp-288-server-client-prefix.txt',
    rules: [['S', /^\tSERVER  /], ['C', /^\tCLIENT  /]] },
  { group: 'dev', producer: 'gitea-gomail', file: 'gitea-gomail/gh-gitea-28335-ses-auth-error.txt', rules: [['E', /failed to authenticate SMTP: /]] },
  // dev, third round (producers in neither corpus: embedded, monitoring/NAS/web apps, other ecosystems)
  { group: 'dev', producer: 'esp-mail-client', file: 'esp-mail-client/gh-esp-mail-client-244-530-auth-required.txt', rules: [['S', /^< S: /]] },
  // The raw lines the library printed and its `< S: ` copies alternate; `code: 250,` (comma) is an echo the build's code pattern cannot take.
  { group: 'dev', producer: 'esp-mail-client', file: 'esp-mail-client/gh-esp-mail-client-13-raw-and-marked.txt', rules: [['S', /^(?:< S: )?/], ['C', ANY]] },
  { group: 'dev', producer: 'esp-mail-client', file: 'esp-mail-client/gh-esp-mail-client-33-python-serial-repr.txt', rules: [['S', /b'< S: /]] },
  // `[DEBUG] - 465` is the port: only a line whose text starts with a code and a space or hyphen is a reply.
  { group: 'dev', producer: 'esp32-mail-client-debug', file: 'esp32-mail-client-debug/gh-esp32-mail-client-66-debug-blank-lines.txt',
    rules: [['S', /^\[DEBUG\] - (?=[2-5]\d\d[ -])/]] },
  { group: 'dev', producer: 'arduino-serial-monitor', file: 'arduino-serial-monitor/gh-arduino-esp32-3813-timestamped.txt', rules: [['S', /^\d\d:\d\d:\d\d\.\d{3} -> /]] },
  { group: 'dev', producer: 'dokuwiki-smtp', file: 'dokuwiki-smtp/gh-dokuwiki-smtp-65-got-sent-inline-code.txt', rules: [['S', /^`?Got: /], ['C', /^Sent: /]],
    faults: [{ at: /^Sent: AUTH LOGIN/, what: 'AUTH LOGIN used although not advertised (only AUTH PLAIN after STARTTLS)' }] },
  { group: 'dev', producer: 'synology-ssnotifyd', file: 'synology-ssnotifyd/gh-spksrc-4340-ssnotifyd-require.txt', rules: [['E', /responded error message: /]] },
  { group: 'dev', producer: 'uptime-kuma', file: 'uptime-kuma/gh-uptime-kuma-3434-invalid-login.txt', rules: [['E', /Invalid login: /]] },
  { group: 'dev', producer: 'uptime-kuma', file: 'uptime-kuma/gh-uptime-kuma-242-response-spam-rejected.txt', rules: [['E', /response: '/]] },
  { group: 'dev', producer: 'grafana-alerting', file: 'grafana-alerting/gh-grafana-72261-test-alert.txt', rules: [['E', /\*\*: /]] },
  { group: 'dev', producer: 'stalwart-raw-io', file: 'stalwart-raw-io/gh-stalwart-698-raw-io-starttls.txt',
    rules: [['S', /\(smtp\.raw-output\) .*?contents = "/], ['C', /\(smtp\.raw-input\) .*?contents = "/]] },
  // One raw-input line can hold several pipelined commands ("RSET\r\nQUIT\r\n"): only the first is listed.
  { group: 'dev', producer: 'stalwart-raw-io', file: 'stalwart-raw-io/gh-stalwart-698-raw-io-mail-after-quit.txt',
    rules: [['S', /\(smtp\.raw-output\) .*?contents = "/], ['C', /\(smtp\.raw-input\) .*?contents = "/]],
    faults: [{ at: /contents = "MAIL FROM/, what: 'MAIL sent after QUIT (the server had already answered 221)' }] },
  // The enhanced code and text follow on the next line, after the bare code.
  { group: 'dev', producer: 'odoo-ir-mail-server', file: 'odoo-ir-mail-server/gh-odoo-8021-sender-refused-quoted.txt', rules: [['E', /SMTPSenderRefused: /]] },
  { group: 'dev', producer: 'odoo-ir-mail-server', file: 'odoo-ir-mail-server/gh-odoo-13479-sender-refused-553.txt', rules: [['E', /SMTPSenderRefused: /]] },
  { group: 'dev', producer: 'rails-actionmailer', file: 'rails-actionmailer/gh-mastodon-22669-smtpfatalerror.txt', rules: [['E', /Net::SMTP\w+Error: /]] },
  { group: 'dev', producer: 'rails-actionmailer', file: 'rails-actionmailer/gh-fromthepage-1341-rake-authentication-error.txt', rules: [['E', /Net::SMTP\w+Error: /]] },
  { group: 'dev', producer: 'opensmtpd-mta-trace', file: 'opensmtpd-mta-trace/gh-opensmtpd-446-mta-banner-554.txt', rules: [['S', /: <<< /], ['C', /: >>> /]] },
  { group: 'dev', producer: 'postal-smtp-debug', file: 'postal-smtp-debug/gh-postal-993-garbage-input.txt', rules: [['S', /\] => /], ['C', /\] <= /]],
    faults: [{ at: /<= \\q$/, what: 'not an SMTP command: a psql meta-command (\\q) typed into the SMTP session' },
      { at: /<= cd\.\.$/, what: 'not an SMTP command: a shell command (cd..) typed into the SMTP session' }] },
  { group: 'dev', producer: 'smtptool-csharp', file: 'smtptool-csharp/gh-smtptool-2-duplicate-mail-from.txt', rules: [['S', /^<< /], ['C', /^>> /]],
    faults: [{ at: /^>> mail from/, n: 2, what: 'second MAIL inside an open transaction' }] },
  { group: 'dev', producer: 'dma', file: 'dma/gh-dma-54-smarthost-auth-not-available.txt', rules: [['E', /not available: /]] },
  // ---------------------------------------------------------------- opened (held out until 2026-12-06)
  { group: 'opened', producer: 'wp-mail-smtp', file: 'wp-mail-smtp/gh-phpmailer-1437-office365-starttls.txt',
    rules: [['S', /\tSERVER -> CLIENT: /], ['C', /\tCLIENT -> SERVER: /]], cont: true,
    faults: [{ at: /SERVER -> CLIENT:$/, what: 'empty reply to QUIT' }] },
  { group: 'opened', producer: 'phpmailer-debug4', file: 'phpmailer-debug4/gh-phpmailer-797-errorlog-greeting-timeout.txt',
    rules: [['S', /\] SERVER -> CLIENT: /], ['C', /\] CLIENT -> SERVER: /], ['E', /\$str is  "/]],
    faults: [{ at: /SERVER -> CLIENT: $/, what: 'empty reply (greeting timed out)' }] },
  { group: 'opened', producer: 'nodemailer-legacy', file: 'nodemailer-legacy/gh-nodemailer-13-nested-mail.txt',
    rules: [['S', /^(?:CONNECTION: |")/], ['C', /^"/], ['E', /email: "/]],
    faults: [{ at: /^"MAIL FROM/, n: 1, what: 'MAIL sent before the HELO reply without PIPELINING' },
      { at: /^"MAIL FROM/, n: 2, what: 'second MAIL inside an open transaction' }] },
  { group: 'opened', producer: 'nodemailer-legacy', file: 'nodemailer-legacy/gh-nodemailer-56-exim-sync-error.txt',
    rules: [['S', /^"/], ['C', /^"/], ['E', /responded with /]] },
  { group: 'opened', producer: 'simplesmtp-tree', file: 'simplesmtp-tree/gh-simplesmtp-7-naver-auth-failure.txt',
    rules: [['S', /^└──/], ['C', /^└──/], ['E', /login - /]], cont: true },
  { group: 'opened', producer: 'nodemailer-smtp-server', file: 'nodemailer-smtp-server/gh-smtp-server-104-thunderbird-probe.txt',
    rules: [['S', /^S: /], ['C', /^C: /]], cont: true },
  { group: 'opened', producer: 'haxe-smtpmailer', file: 'haxe-smtpmailer/gh-smtpmailer-2-ovh.txt', rules: [['S', /<<</], ['C', />>>/]] },
  { group: 'opened', producer: 'tmail-go', file: 'tmail-go/gh-tmail-17-smtp-client-debug.txt', rules: [['S', / - < /], ['C', / - > /]] },
  { group: 'opened', producer: 'nim-smtp', file: 'nim-smtp/gh-nim-15029-fence-starttls-after-helo.txt',
    rules: [['S', /^(?:```)?S:/], ['C', /^C:/]],
    faults: [{ at: /^C:STARTTLS/, what: 'STARTTLS used although not advertised (HELO session, no extensions)' },
      { at: /^C:AUTH LOGIN/, what: 'AUTH used although not advertised (no EHLO, none after STARTTLS)' },
      { at: /^C:MAIL FROM/, what: 'MAIL after STARTTLS without a new HELO/EHLO' }] },
  { group: 'opened', producer: 'libcurl-r-emayili', file: 'libcurl-r-emayili/gh-emayili-147-office365-twice.txt', rules: [['S', ANY], ['C', ANY]] },
  { group: 'opened', producer: 'email-oauth2-proxy', file: 'email-oauth2-proxy/gh-email-oauth2-proxy-372-imap-login-to-smtp.txt',
    rules: [['S', /<-- b['"]/], ['C', /--> b'/]],
    faults: [{ at: /a1 login \[\[/, what: 'not an SMTP command: an IMAP "a1 login" sent to the SMTP server' }] },
  { group: 'opened', producer: 'mailsend', file: 'mailsend/gh-mailsend-152-wrapped-console.txt', rules: [['S', /^\[S\] /], ['C', /^\[C\] /]] },
  { group: 'opened', producer: 'harbour-tip', file: 'harbour-tip/gh-hb-204-tip-mailsend-log.txt',
    rules: [['S', /^>> /], ['C', /INETSENDALL\( <pointer>, \d+, /]] },
  { group: 'opened', producer: 'openssl-s-client', file: 'openssl-s-client/gh-aiosmtpd-305-quiet-crlf.txt', rules: [['S', ANY], ['C', ANY]] },
  { group: 'opened', producer: 'netcat', file: 'netcat/gh-opensmtpd-1147-second-ehlo.txt', rules: [['S', ANY], ['C', ANY]] },
  { group: 'opened', producer: 'netcat', file: 'netcat/gh-maildump-20-here-string.txt', rules: [['S', ANY], ['C', ANY]] },
  { group: 'opened', producer: 'symfony-mailer', file: 'symfony-mailer/gh-symfony-34760-indented.txt', rules: [['S', /^\s+< /], ['C', /^\s+> /]] },
  { group: 'opened', producer: 'nagios-check-smtp', file: 'nagios-check-smtp/gh-monitoring-plugins-997-verbose.txt',
    rules: [['S', /^(?:received )?/], ['C', /^(?:HELOCMD: |sent )/], ['E', /response time, /]] },
  { group: 'opened', producer: 'flutter-enough-mail', file: 'flutter-enough-mail/gh-enough-mail-53-auth-plain-not-offered.txt',
    rules: [['S', /^flutter: S: /], ['C', /^flutter: C: /]],
    faults: [{ at: /C: AUTH PLAIN/, what: 'AUTH PLAIN used although not advertised (only LOGIN)' }] },
  { group: 'opened', producer: 'printer-oauth-relay', file: 'printer-oauth-relay/gh-smtp-oauth-relay-57-xerox-tcpdump.txt',
    rules: [['S', /^(?:-->|<--) /], ['C', /^(?:-->|<--) /]] },
  { group: 'opened', producer: 'javamail-keycloak', file: 'javamail-keycloak/gh-keycloak-12175-jboss-finest.txt',
    rules: [['S', /\[com\.sun\.mail\.smtp\.protocol\] \([^)]*\) /]] },
  { group: 'opened', producer: 'javamail-keycloak', file: 'javamail-keycloak/gh-keycloak-42973-debug-smtp-465.txt', rules: [['S', ANY], ['C', ANY]] },
  { group: 'opened', producer: 'msmtpd-capture', file: 'msmtpd-capture/gh-msmtp-216-noop-blank-lines.txt', rules: [['S', ANY], ['C', ANY]] },
  { group: 'opened', producer: 'qore-smtpclient', file: 'qore-smtpclient/gh-qore-2833-send-hello-first.txt',
    rules: [['S', /reply: \\"/], ['C', /send \\"/]],
    faults: [{ at: /send \\"AUTH PLAIN/, what: 'AUTH PLAIN used although not advertised (only GSSAPI NTLM; no EHLO after STARTTLS)' }] },
  { group: 'opened', producer: 'ruby-net-smtp', file: 'ruby-net-smtp/gh-email-veracity-2-debug-output.txt', rules: [['S', /^-> "/], ['C', /^<- "/]] },
  { group: 'opened', producer: 'smtp-cli', file: 'smtp-cli/gh-smtp-cli-26-mailgun-relaying-denied.txt', rules: [['S', /^\[/], ['C', /^> /], ['E', /failed: '/]] },
  { group: 'opened', producer: 'smtp-cli', file: 'smtp-cli/gh-smtp-cli-4-163-ssl.txt', rules: [['S', /^\[/], ['C', /^> /], ['E', /failed: '/]] },
  { group: 'opened', producer: 'sendmail-verbose', file: 'sendmail-verbose/oreilly-sendmail-ch04-verbose.txt', rules: [['S', ANY], ['C', /^>>> /]] },
  // ---------------------------------------------------------------- dev, fourth round (2026-12-06)
  // Producers in no group before: app and library error lines that echo a reply code, server logs, tracers.
  // nymea's Qt log prints each reply line twice: the raw line, then the parsed code and the line again (both echoes).
  { group: 'dev', producer: 'nymea-mailnotification', file: 'nymea-mailnotification/gh-nymea-plugins-724-qt-server-response.txt',
    rules: [['S', /MailNotification: <-- "/], ['C', /MailNotification: --> "/], ['E', /Server response: /], ['E', /Server response: \d{3} "/]] },
  { group: 'dev', producer: 'zammad-rails-logger', file: 'zammad-rails-logger/gh-zammad-5675-error-lines.txt', rules: [['E', /ERROR -- : /]] },
  { group: 'dev', producer: 'zammad-rails-logger', file: 'zammad-rails-logger/gh-zammad-2133-inspect-in-prose.txt', rules: [['E', /#<Net::SMTP\w+Error: /]] },
  // `The server response was: 5.7.57` is an enhanced code without a reply code: the format cannot list it.
  { group: 'dev', producer: 'dotnet-smtpexception', file: 'dotnet-smtpexception/gh-officedocs-exchange-3124-error-message.txt', rules: [['E', /\. Error: /]] },
  { group: 'dev', producer: 'dotnet-smtpexception', file: 'dotnet-smtpexception/gh-sendemail-buildtask-49-azure-pipelines.txt', rules: [['E', /\. Error: /]] },
  // KumoMTA's multi-line 501 draws a caret under the parse error: `501-1 | RCPT TO: …` is a reply line, not a command.
  { group: 'dev', producer: 'kumomta-session', file: 'kumomta-session/gh-kumomta-76-501-parser-caret.txt', rules: [['S', ANY], ['C', ANY]] },
  // ktrace's GIO dump shows the client's four lines arriving in one read, before any reply (HELO session, no PIPELINING).
  { group: 'dev', producer: 'bsd-ktrace', file: 'bsd-ktrace/gh-opensmtpd-214-gio-pipelined-helo.txt', rules: [['S', /: >>> /], ['C', /^\s+"?/]],
    faults: [{ at: /^\s+MAIL FROM:<>/, what: 'MAIL sent before the HELO reply without PIPELINING (HELO, MAIL, RCPTO and QUIT in one read)' },
      { at: /^\s+RCPTO TO:/, what: 'not an SMTP command: "RCPTO" (a misspelt RCPT)' }] },
  // Mailpit's logrus lines: the further lines of a multi-line reply follow without the prefix.
  { group: 'dev', producer: 'mailpit-smtpd-log', file: 'mailpit-smtpd-log/gh-mailpit-407-logrus-unmarked-lines.txt',
    rules: [['S', /\[smtpd\] response \([^)]*\) /], ['C', /\[smtpd\] received \([^)]*\) /]], cont: true,
    faults: [{ at: /received \([^)]*\) MAIL FROM:.* BODY=8BITMIME/, what: 'BODY=8BITMIME used although 8BITMIME was not advertised (EHLO reply: SIZE, AUTH, ENHANCEDSTATUSCODES)' }] },
  { group: 'dev', producer: 'mailpit-smtpd-log', file: 'mailpit-smtpd-log/gh-mailpit-721-logfmt-in-prose.txt', rules: [['S', /\[smtpd\] response \([^)]*\) /]] },
  { group: 'dev', producer: 'mailpit-smtpd-log', file: 'mailpit-smtpd-log/gh-mailpit-132-relay-rcpt-error.txt', rules: [['E', /error response to \w+ command for [^:]*: /]] },
  // The reply text on a line of its own under the Markdown heading; `smtp.rb:1059` is a line number.
  { group: 'dev', producer: 'bugsnag-issue', file: 'bugsnag-issue/gh-exercism-3149-bugsnag-markdown.txt', rules: [['E', /^(?=[2-5]\d\d )/]] },
  { group: 'dev', producer: 'bugsnag-issue', file: 'bugsnag-issue/gh-exercism-2119-bugsnag-markdown.txt', rules: [['E', /^(?=[2-5]\d\d )/]] },
  { group: 'dev', producer: 'rails-xml-error', file: 'rails-xml-error/gh-eff-action-center-874-xml-message.txt', rules: [['E', /<message>/]] },
  { group: 'dev', producer: 'gogs-log', file: 'gogs-log/gh-gogs-1514-async-send-err.txt', rules: [['E', / err: /]] },
  { group: 'dev', producer: 'mailtrain-npmlog', file: 'mailtrain-npmlog/gh-mailtrain-248-npmlog-err.txt', rules: [['E', /Mail command failed: /]] },
  { group: 'dev', producer: 'deanproxy-email', file: 'deanproxy-email/gh-email-45-fatal-smtp-error.txt', rules: [['E', /Smtp error: /]] },
  { group: 'dev', producer: 'horde-smtp-log', file: 'horde-smtp-log/gh-nextcloud-mail-129-details-fence.txt', rules: [['S', ANY]] },
  // A summary line names the failed command and the reply (`"RCPT TO:<…>" => 550 …`): the command is listed, the code as an echo.
  { group: 'dev', producer: 'opensmtpd-debug-log', file: 'opensmtpd-debug-log/gh-opensmtpd-541-failed-command.txt',
    rules: [['C', /Failed command on session \w+: "/], ['E', /" => /], ['E', /stat=/]] },
  // strace cut the reply at 32 bytes; 8192 and 261 are sizes.
  { group: 'dev', producer: 'strace', file: 'strace/gh-pyxbackup-26-recvfrom-truncated.txt', rules: [['S', /recvfrom\(\d+, "/]] },
  // `POST /admin/testEmail 200` is an HTTP status, not a reply code.
  { group: 'dev', producer: 'node-console-error', file: 'node-console-error/gh-expresscart-14-invalid-login-inspect.txt',
    rules: [['E', /Invalid login: /], ['E', /^(?=[2-5]\d\d[ -]\d\.)/]] },
  { group: 'dev', producer: 'node-console-error', file: 'node-console-error/gh-smtp-connection-37-message-failed.txt', rules: [['E', /Message failed: /]] },
  { group: 'dev', producer: 'github-actions-send-mail', file: 'github-actions-send-mail/gh-action-send-mail-205-invalid-login.txt',
    rules: [['E', /Invalid login: /], ['E', /^(?=[2-5]\d\d[ -]\d\.)/]] },
  // Postfix's own summary lines: the EHLO that AUTH was pipelined behind, the rejected DATA and its 503 (an echo).
  { group: 'dev', producer: 'postfix-smtpd-maillog', file: 'postfix-smtpd-maillog/gh-xsibackup-12-improper-pipelining.txt',
    rules: [['C', /pipelining after \w+ from [^:]*: /], ['C', /reject: (?=\w+ from )/], ['E', /reject: \w+ from [^:]*: /]],
    faults: [{ at: /improper command pipelining after HELO/, what: 'AUTH pipelined behind EHLO before its reply (EHLO must end a pipelined group, RFC 2920)' },
      { at: /warning: non-SMTP command from/, what: 'not an SMTP command: message header text (SUBJECT:) sent as a command after DATA was rejected' }] },
  // `"530: 5.7.0 …"` (a colon after the code) is an echo the build's code pattern cannot take; `"5.7.0 Must …"` has no reply code.
  { group: 'dev', producer: 'mailpile-event-json', file: 'mailpile-event-json/gh-mailpile-2251-last-error.txt', rules: [['E', /command first \(/]] },
  { group: 'dev', producer: 'javamail-sendfailedexception', file: 'javamail-sendfailedexception/gh-tubewarder-29-wildfly-stderr.txt', rules: [['E', /SMTPSendFailedException: /]] },
  { group: 'dev', producer: 'javamail-sendfailedexception', file: 'javamail-sendfailedexception/gh-hertzbeat-2365-angus-inline-code.txt', rules: [['E', /SMTPSendFailedException: /]] },
  { group: 'dev', producer: 'javamail-sendfailedexception', file: 'javamail-sendfailedexception/gh-alfio-536-spring-indented.txt', rules: [['E', /SMTPSendFailedException: /]] },
  // Rails logs `Class (message):`; the message is the first line of a multi-line reply (`530-5.7.0 …`). `Completed 500` is HTTP.
  { group: 'dev', producer: 'rails-production-log', file: 'rails-production-log/gh-mail-form-75-completed-500.txt', rules: [['E', /Error \(/]] },
  { group: 'dev', producer: 'rails-production-log', file: 'rails-production-log/gh-theofficial-24-fatal-logger.txt', rules: [['E', /Error \(/]] },
  { group: 'dev', producer: 'ruby-uncaught-exception', file: 'ruby-uncaught-exception/gh-ruby-gmail-22-tlsmail-auth-plain.txt', rules: [['E', /in `auth_plain': /]] },
  // maddy's debug log gives both sides the same prefix: a line is a reply when its text starts with a code.
  { group: 'dev', producer: 'maddy-debug', file: 'maddy-debug/gh-maddy-103-unmarked-both-sides.txt', rules: [['S', /smtp: /], ['C', /smtp: /]] },
  // ---------------------------------------------------------------- dev5: fifth round (2026-12-06), written against, not yet absorbed
  // Producers in no group before: old server logs and their docs, PHP/Java/Node/Go application errors that echo a reply code
  // in other wrappers (Markdown quotes, JSON fields with a literal \n, pm2 and journald prefixes, Whoops stack frames),
  // SnappyMail's log with a literal \r\n, and Exim's test suite seen through diffs (+/- prefixes).
  // Exchange 5.5's Internet Mail Service logs each command twice: the raw read (`<<< IO: |…`) and the parsed line.
  { group: 'dev5', producer: 'exchange55-ims-protocol-log', file: 'exchange55-ims-protocol-log/techtarget-gci948057-io-and-parsed.txt',
    rules: [['S', / : >>> /], ['C', / : <<< (?:IO: \|)?/]] },
  // IIS SMTP log formats: the W3C and NCSA lines end in the reply code (echoes); the CSV's `, 250, 0,` (comma after the code) cannot be listed.
  { group: 'dev5', producer: 'iis-smtp-log-formats', file: 'iis-smtp-log-formats/winintro-four-log-formats.txt',
    rules: [['E', /HTTP\/1\.0 /], ['E', / MAIL FROM - /], ['C', /SMTPSVC1, (?:[^,]*, ){7}/], ['C', /\] "/], ['C', /^\d\d:\d\d:\d\d [\d.]+ /]] },
  // Swift_TransportException: `got code "535"` and the quoted reply are echoes; `Expected response code 250` is what Swift wanted, not a reply.
  { group: 'dev5', producer: 'swift-transport-exception', file: 'swift-transport-exception/gh-yii2-swiftmailer-41-markdown-quote.txt',
    rules: [['E', /got code "/], ['E', /with message "/], ['E', /^> (?=5\d\d )/]] },
  // The second reply line joined to the first with a space (`Learn more at 535 5.7.8 …`).
  { group: 'dev5', producer: 'swift-transport-exception', file: 'swift-transport-exception/gh-l-shop-51-joined-one-line.txt',
    rules: [['E', /got code "/], ['E', /with message "/], ['E', /Learn more at (?=5\d\d )/]] },
  { group: 'dev5', producer: 'swift-transport-exception', file: 'swift-transport-exception/gh-ticketit-app-7-quote-on-next-line.txt',
    rules: [['E', /got code "/], ['E', /with message "/]] },
  // `Port number 587` is a port.
  { group: 'dev5', producer: 'swift-transport-exception', file: 'swift-transport-exception/gh-webtrees-2717-site-log.txt',
    rules: [['E', /got code "/], ['E', /with message "/], ['E', /^(?=535 )/]] },
  // Laravel's log line: the message, then the JSON context repeating it with escaped quotes; `(code: 535)` is the exception's code, an echo.
  { group: 'dev5', producer: 'laravel-log-json-context', file: 'laravel-log-json-context/gh-swiftmailer-1083-exception-context.txt',
    rules: [['E', /got code \\?"/], ['E', /with message \\?"/], ['E', /\(code: /], ['E', /^(?=535 )/]] },
  // Whoops page quoted in Markdown; `array('250')` holds the expected codes and `line 383` is a line number.
  { group: 'dev5', producer: 'laravel-whoops-trace', file: 'laravel-whoops-trace/gh-nosh-in-a-box-5-quoted-stack.txt',
    rules: [['E', /got code "/], ['E', /with message "/], ['E', /^> (?=535 )/], ['E', /_assertResponseCode\('/], ['E', /Learn more at (?=535 )/]] },
  // Go's net/smtp error after `auth: `; `ip-10-64-64-250` is a host name, `dispatch.go:309` a source line.
  { group: 'dev5', producer: 'alertmanager-logfmt', file: 'alertmanager-logfmt/gh-alertmanager-2389-journald-plainauth.txt', rules: [['E', / auth: /]] },
  // Go joined the reply lines with a literal \n and dropped the second line's code: only `5.7.8` follows, not listable.
  { group: 'dev5', producer: 'alertmanager-logfmt', file: 'alertmanager-logfmt/gh-elastalert-2975-loginauth-escaped-newline.txt', rules: [['E', / auth: /]] },
  // Postfix's smtp/lmtp client: the remote reply after `said: ` / `refused to talk to me: `; `dsn=5.1.1` has no reply code and is not listable,
  // `(in reply to RCPT TO command)` names the command without being one.
  { group: 'dev5', producer: 'postfix-smtp-delivery-status', file: 'postfix-smtp-delivery-status/gh-mailu-1614-refused-to-talk.txt',
    rules: [['E', /refused to talk to me: /]] },
  { group: 'dev5', producer: 'postfix-smtp-delivery-status', file: 'postfix-smtp-delivery-status/gh-mailu-1614-lmtp-said-in-reply-to.txt', rules: [['E', / said: /]] },
  { group: 'dev5', producer: 'postfix-smtp-delivery-status', file: 'postfix-smtp-delivery-status/gh-mailcow-dockerized-2532-compose-prefix-quote.txt',
    rules: [['E', /refused to talk to me: /]] },
  // Spring's `nested exception is javax.mail.AuthenticationFailedException: 535-…`, the next reply line bare below; `500 Status Code` is HTTP.
  { group: 'dev5', producer: 'spring-mail-exception', file: 'spring-mail-exception/gh-jhipster-2097-nested-exception-warn.txt',
    rules: [['E', /AuthenticationFailedException: /], ['E', /^(?=535 )/]] },
  { group: 'dev5', producer: 'spring-mail-exception', file: 'spring-mail-exception/gh-baeldung-registration-45-abbreviated-packages.txt',
    rules: [['E', /AuthenticationFailedException: /]] },
  // JavaMail's AuthenticationFailedException with its stack (`~[jakarta.mail-1.6.7.jar:1.6.7]`, `SMTPTransport.java:947`: versions and lines).
  { group: 'dev5', producer: 'javamail-authenticationfailed', file: 'javamail-authenticationfailed/gh-jeecgboot-5917-health-indicator.txt',
    rules: [['E', /AuthenticationFailedException: /]] },
  { group: 'dev5', producer: 'javamail-authenticationfailed', file: 'javamail-authenticationfailed/gh-halo-6217-angus-caused-by.txt',
    rules: [['E', /AuthenticationFailedException: /]] },
  { group: 'dev5', producer: 'javamail-authenticationfailed', file: 'javamail-authenticationfailed/gh-ruoyi-ai-113-wrapped-logback.txt',
    rules: [['E', /AuthenticationFailedException: /]] },
  { group: 'dev5', producer: 'javamail-authenticationfailed', file: 'javamail-authenticationfailed/gh-mailr-107-debug-smtp-then-exception.txt',
    rules: [['E', /AuthenticationFailedException: /]] },
  // Nodemailer's error as JSON: the reply lines joined by a literal \n; `"responseCode": 535,` (a comma after the code) cannot be listed.
  { group: 'dev5', producer: 'nodemailer-error-json', file: 'nodemailer-error-json/gh-streetmerchant-1190-escaped-newline.txt',
    rules: [['E', /"response": "/], ['E', /\\n(?=535 )/], ['C', /"command": "/]] },
  { group: 'dev5', producer: 'pm2-log', file: 'pm2-log/gh-puppeteer-sign-2-pm2-prefix.txt', rules: [['E', /Invalid login: /]] },
  { group: 'dev5', producer: 'react-native-smtp-mailer', file: 'react-native-smtp-mailer/gh-react-native-smtp-mailer-40-bracketed-error.txt',
    rules: [['E', /\[Error: /], ['E', /^(?=535 )/]] },
  // `notify.go:111` is a source line.
  { group: 'dev5', producer: 'bosun-notify-log', file: 'bosun-notify-log/gh-bosun-2229-title-and-quoted.txt', rules: [['E', /\] (?=553 )/]] },
  { group: 'dev5', producer: 'ghost-emailerror', file: 'ghost-emailerror/gh-railway-ghost-16-admin-api-json.txt', rules: [['E', /Invalid login: /]] },
  // `versions/4.1.1/` is a version, not an enhanced code.
  { group: 'dev5', producer: 'ghost-emailerror', file: 'ghost-emailerror/gh-ghost-12819-ghost-log-simplesmtp.txt', rules: [['E', /command failed - /]] },
  // The reply on the line after `Raw error: `, then quoted in an inline code span inside a Markdown link; 587 is a port.
  { group: 'dev5', producer: 'pocketbase-test-email', file: 'pocketbase-test-email/gh-pocketbase-584-raw-error-next-line.txt',
    rules: [['E', /^(?=535 )/], ['E', /\[`/]] },
  { group: 'dev5', producer: 'borgbackupserver-ui', file: 'borgbackupserver-ui/gh-borgbackupserver-16-failed-line-and-prose.txt',
    rules: [['E', /Authentication failed: /], ['E', /server \(/]] },
  { group: 'dev5', producer: 'snappymail-log', file: 'snappymail-log/gh-snappymail-1575-escaped-crlf.txt',
    rules: [['S', /SMTP\[INFO\]: < /], ['C', /SMTP\[INFO\]: > /]] },
  // Exim's test client in a diff: `???` lines are the codes the script expects next (not replies); one write can hold several
  // commands (`\r\n`), only the first is listed; `+++ 1` is the script's own line.
  { group: 'dev5', producer: 'exim-testsuite-client-diff', file: 'exim-testsuite-client-diff/exim-jgh-blobdiff-stdout-0300-pipelined.txt',
    rules: [['S', /^[+-]?<<< /], ['C', /^[+-]?>>> /]],
    faults: [{ at: /^>>> rcpt to:.*\\r\\ndata\\r\\nthe message/, what: 'message text sent in the same write as DATA, before the 354 reply (RFC 2920: DATA must end a pipelined group)' }] },
  // Exim's debug output (`SMTP>>`/`SMTP<<`) in diffs; `<= CALLER@…` is Exim's arrival log line, `timeout=300` a number.
  { group: 'dev5', producer: 'exim-debug-stderr', file: 'exim-debug-stderr/exim-jgh-blobdiff-stderr-2035-sync-responses.txt',
    rules: [['S', /^SMTP<< /], ['C', /^SMTP>> /]] },
  { group: 'dev5', producer: 'exim-debug-stderr', file: 'exim-debug-stderr/exim-jgh-blobdiff-stderr-0143-sendfile.txt',
    rules: [['S', /^SMTP<< /], ['C', /^SMTP>> /]] },
  // JavaMail's debug output HTML-escaped (`MAIL FROM:&lt;…&gt;`) in a <pre><code> block, with the author's <span> notes between the lines
  // (`SMTP服务器响应250:` names a code, it is no reply); `...` stands for lines the author left out.
  { group: 'dev5', producer: 'javamail-debug-html-annotated', file: 'javamail-debug-html-annotated/gh-liaoxuefeng-send-email-pre-code-spans.txt',
    rules: [['S', ANY], ['C', ANY]] },
  { group: 'dev5', producer: 'markdown-list-inline-code', file: 'markdown-list-inline-code/gh-go-sisimai-149-microsoft-replies.txt', rules: [['S', /^- `/]] },
  // ---------------------------------------------------------------- dev6: sixth round (2026-12-06)
  // Producers in no group before: other servers' protocol logs (Axigen, IceWarp, go-guerrilla's logrus lines, Postfix's
  // postmaster transcript), client libraries' own wrappings (nodemailer's smtp-connection log objects, avbot's Boost.Log,
  // Claws Mail's network log, emailjs's error object), appliances and monitoring (a printer's syslog, monit, ns8-sendmail's
  // journal), Windows PHP mail() warnings in event logs, an Arduino library, Exim's line-numbered test output, sendmail -v
  // as extracted from printed manuals, and a Go error wrapped by goja.
  { group: 'dev6', producer: 'axigen-protocol-log', file: 'axigen-protocol-log/axigen-docs-email-flow.txt',
    rules: [['S', /^SMTP-IN:00000022: >> /], ['C', /^SMTP-IN:00000022: << /]],
    // Lead review: the page's own example sends both paths without angle brackets (RFC 5321 §4.1.2).
    faults: [{ at: /<< MAIL FROM: remote_user/, what: 'MAIL address without angle brackets' }, { at: /<< RCPT TO: test@/, what: 'RCPT address without angle brackets' }] },
  // The same page with its table cells flattened: several log lines on one line, `250 -SIZE` (a space before the hyphen).
  // Where a line holds commands and replies, only its replies are listed (`more`): EHLO, RCPT and data there are not.
  // `[ 127.0 . 0.1 : 25 ]` and `00000022` are no codes.
  { group: 'dev6', producer: 'axigen-protocol-log', file: 'axigen-protocol-log/axigen-docs-email-flow-flattened-cells.txt',
    rules: [['S', /SMTP-IN: 00000022 : >> /, { more: /SMTP-IN: 00000022 : >> / }], ['C', /^SMTP-IN: 00000022 : << /]],
    faults: [{ at: /MAIL FROM: remote_user/, what: 'MAIL address without angle brackets' }, { at: /RCPT TO: test @/, what: 'RCPT address without angle brackets' }] },
  // `*** … 1 348 0` is IceWarp's summary line (counts and size).
  { group: 'dev6', producer: 'icewarp-session-log', file: 'icewarp-session-log/icewarp-kb-session-history.txt',
    rules: [['S', / \+0200 >>> /], ['C', / \+0200 <<< /]] },
  // util.inspect of smtp-connection's log objects: a server message may sit on the line after `{ type: 'server',`,
  // and a multi-line reply is one string with its lines joined by a literal \n.
  { group: 'dev6', producer: 'nodemailer-smtp-connection', file: 'nodemailer-smtp-connection/gh-smtp-connection-24-gandi-log-objects.txt',
    rules: [['S', /(?:^  |type: 'server', )message: '/, { more: /\\n/ }], ['C', /type: 'client', message: '/]] },
  // The reply glued to `failed:` (no space), and quoted after `msg : "'`.
  { group: 'dev6', producer: 'nodemailer-smtp-connection', file: 'nodemailer-smtp-connection/gh-smtp-connection-28-mail-command-failed.txt',
    rules: [['E', /command failed:/], ['E', /msg : "'/]] },
  // Only the replies are logged, each followed by a blank line; `0xb7fd16e0` is a thread id.
  { group: 'dev6', producer: 'avbot-boost-log', file: 'avbot-boost-log/gh-avbot-3-debug-replies-only.txt', rules: [['S', /\[debug\]   /]] },
  // Each reply after a literal \n inside the quoted msg; the block is wrapped in single backticks.
  { group: 'dev6', producer: 'go-guerrilla-logrus', file: 'go-guerrilla-logrus/gh-go-guerrilla-100-inline-code.txt',
    rules: [['S', /Writing response to client: \\n/], ['C', /Client sent: /]] },
  // `code: 2` is emailjs's error number and `2500` a port; DevNullSmtp answered RSET with 354.
  { group: 'dev6', producer: 'emailjs-error-object', file: 'emailjs-error-object/gh-emailjs-24-devnullsmtp-354-rset.txt',
    rules: [['E', /smtp: '/]],
    faults: [{ at: /smtp: '354/, what: '354 answering RSET (RSET is answered 250; emailjs reports a bad response on rset)' }] },
  { group: 'dev6', producer: 'monit-log', file: 'monit-log/gh-monit-2-mailserver-response-error.txt',
    rules: [['E', /response error -- /], ['E', /said `/]] },
  // The second reply line is cut inside its text where the stored thread ends; its code is complete.
  { group: 'dev6', producer: 'claws-mail-network-log', file: 'claws-mail-network-log/gh-email-oauth2-proxy-315-smtp-lt.txt', rules: [['S', /SMTP< /]] },
  // Exim's test output with a line number before each reply and `\r` on the next line; the numbers are no codes.
  { group: 'dev6', producer: 'exim-testsuite-stdout-numbered', file: 'exim-testsuite-stdout-numbered/exim-blob-stdout-0485-numbered-replies.txt',
    rules: [['S', /^\d+ /]] },
  // EMailSender prints the code it waits for (` 250`), then the error with the reply it got: only the 501 is a reply.
  { group: 'dev6', producer: 'emailsender-arduino', file: 'emailsender-arduino/gh-emailsender-11-identification-error.txt',
    rules: [['E', /Identification error \(/]] },
  // PHP's mail() on Windows: `SMTP server response: 530 …`; `php[11076]`, `line 153`, `Event ID: 2` and ports are numbers, not codes.
  { group: 'dev6', producer: 'php-mail-windows-warning', file: 'php-mail-windows-warning/gh-osticket-636-event-log.txt',
    rules: [['E', /SMTP server response: /]] },
  { group: 'dev6', producer: 'php-mail-windows-warning', file: 'php-mail-windows-warning/gh-osticket-1-7-860-event-viewer.txt',
    rules: [['E', /SMTP server response: /]] },
  { group: 'dev6', producer: 'php-mail-windows-warning', file: 'php-mail-windows-warning/gh-codeigniter-aauth-153-message-line.txt',
    rules: [['E', /SMTP server response: /]] },
  { group: 'dev6', producer: 'php-mail-windows-warning', file: 'php-mail-windows-warning/gh-swiftmailer-169-simplemailinvoker.txt',
    rules: [['E', /SMTP server response: /]] },
  // The printer's SMTP client logs the code in brackets; `(8000)` and `(801)` are its own error numbers.
  { group: 'dev6', producer: 'printer-syslog-smtpc', file: 'printer-syslog-smtpc/gh-ecaconcordia-it-21-dcs-nas.txt',
    rules: [['E', /received error code\. \[/]] },
  // `code=535 message="5.7.8 …"`: the enhanced code is in the next field, so it is not the reply text's start.
  { group: 'dev6', producer: 'ns8-sendmail-journal', file: 'ns8-sendmail-journal/gh-nethserver-dev-7983-status-code.txt', rules: [['E', / code=/]] },
  // sendmail -v as printed in HP-UX's manual: lines broken by the page width, `>>` and `>>>` prompts, a bare QUIT;
  // `Chapter 2 95` is a page number.
  { group: 'dev6', producer: 'sendmail-verbose-print-extracts', file: 'sendmail-verbose-print-extracts/hpux-mailing-services-guide-page-95.txt',
    rules: [['S', /^(?=[2-5]\d\d[ -])/], ['C', /^(?:>{2,3} ?)?/]] },
  // The O'Reilly page as an e-book site shows it: page furniture inside the EHLO reply (`1.7 Basic Modes of sendmail | 25`),
  // the date's `-0800` broken over two lines, and the site's page list (53…77).
  { group: 'dev6', producer: 'sendmail-verbose-print-extracts', file: 'sendmail-verbose-print-extracts/sendmail-4th-edition-ebook-page-furniture.txt',
    rules: [['S', /^(?=[2-5]\d\d[ -])/], ['C', /^>>> /]] },
  { group: 'dev6', producer: 'goja-goerror-test-email', file: 'goja-goerror-test-email/gh-zublo-11-goerror-and-inline-code.txt',
    rules: [['E', /GoError: /], ['E', /error — `/]] },
  // Postfix's transcript mailed to the postmaster (`Out:`/`In:`): check_smtp sent a bare MAIL without any HELO/EHLO.
  { group: 'dev6', producer: 'postfix-postmaster-transcript', file: 'postfix-postmaster-transcript/gh-monitoring-plugins-81-out-in.txt',
    rules: [['S', /^ Out: /], ['C', /^ In:  /]],
    faults: [{ at: /^ In:  MAIL$/, what: 'MAIL sent without EHLO/HELO first (and without FROM:<address>)' }] },
  // ---------------------------------------------------------------- dev7: seventh round (2026-12-06)
  // Producers in no group before, mostly client libraries and applications: Elixir/Erlang terms (bamboo_smtp over gen_smtp),
  // Go and Rust app logs (listmonk, himalaya/lettre), node-sendmail's own logger (`recv host>`/`send host>`, and `R:`/`S:` where
  // S is the client), Symfony Mailer through Monolog (JSON lines, request.CRITICAL), Mautic's mailer errors (nested quotes, a
  // Swift log flattened on one line), Twisted via Synapse, Dart mailer, Rails ActiveJob's logger, Outlook's exception text,
  // a PHP print_r debug array, nginx's FastCGI stderr, MailDev and zone-mta pastes, YAM's dialog text, OpenSMTPD's
  // failed-command report line, PeerTube's winston JSON behind docker compose, and an Arduino library's issue title.
  // Erlang crash report: the Elixir inspect inside a binary (`\"501 …\\r\\n\"`) and the raw binary (`<<"501 …\r\n">>`);
  // `<0.1563.0>`, `{line,80}` and `line 125` are no codes.
  { group: 'dev7', producer: 'bamboo-smtp-gen-smtp', file: 'bamboo-smtp-gen-smtp/gh-bamboo-smtp-71-erlang-crash-report.txt',
    rules: [['E', /'10\.0\.0\.141', \\"/], ['E', /<<"(?=501)/]] },
  { group: 'dev7', producer: 'bamboo-smtp-gen-smtp', file: 'bamboo-smtp-gen-smtp/gh-bamboo-smtp-148-nocatch-title.txt',
    rules: [['E', /:permanent_failure, "/]] },
  // listmonk names the subscriber (`subscriber 1588229`) before the reply and quotes the command after it (` in "MAIL FROM:…"`,
  // listed as a command); the PowerMTA log line quoted in inline code (`(in 2283)<<< 550 …`) is a reply line, and as on any
  // line that holds a logged reply, its quoted `RCPT TO:` is not listed.
  { group: 'dev7', producer: 'listmonk-log', file: 'listmonk-log/gh-listmonk-1497-out-of-sequence-powermta.txt',
    rules: [['E', /subscriber \d+: /], ['C', / in "(?=MAIL)/], ['S', /\(in \d+\)<<< /]] },
  // The timestamp glued to the message (`14:38:01error`); the subscriber is a UUID.
  { group: 'dev7', producer: 'listmonk-log', file: 'listmonk-log/gh-listmonk-789-timestamp-glued.txt', rules: [['E', /subscriber [0-9a-f-]+: /]] },
  // A fence opened and closed on the same line; a 250 reported as an error.
  { group: 'dev7', producer: 'listmonk-log', file: 'listmonk-log/gh-listmonk-2206-fence-on-one-line.txt',
    rules: [['E', /subscriber \d+: /], ['E', /^Why does (?=250 )/]] },
  // node-sendmail's logger: `recv <domain>>` is the server, `send <domain>>` the client; the MX list's `priority: 40` are no codes.
  { group: 'dev7', producer: 'node-sendmail-logger', file: 'node-sendmail-logger/gh-node-sendmail-52-recv-send-host-prefix.txt',
    rules: [['S', /^recv [\w.]+>/], ['C', /^send [\w.]+>/]] },
  // The older logger: `R:` (received) is the server and `S:` (sent) the client. Both paths are sent without angle brackets;
  // `sendmail.js:166` is a source line.
  { group: 'dev7', producer: 'node-sendmail-logger', file: 'node-sendmail-logger/gh-node-sendmail-4-r-s-markers-no-brackets.txt',
    rules: [['S', /^R: /], ['C', /^S: /]],
    faults: [{ at: /^S: MAIL FROM:noreply/, what: 'MAIL address without angle brackets' }, { at: /^S: RCPT TO:arina/, what: 'RCPT address without angle brackets' }] },
  // Monolog JSON lines in one inline code span: `Error Code: 550 \\r\\n`, then the exception with escaped quotes; `"250"` is the
  // code Symfony expected, `"level":600` and `"level":100` are log levels.
  { group: 'dev7', producer: 'symfony-mailer-monolog', file: 'symfony-mailer-monolog/gh-symfony-49173-json-lines-inline-code.txt',
    rules: [['E', /Error Code: /], ['E', /got code \\"/], ['E', /with message \\"/]] },
  // `Expected response code "250"` names the expected code (not listed); `line 300`, `(code: 0)` are no codes; the real reply in a Markdown quote.
  { group: 'dev7', producer: 'symfony-mailer-monolog', file: 'symfony-mailer-monolog/gh-symfony-40414-critical-line-and-quote.txt',
    rules: [['E', /^> (?=421 )/]] },
  // A 250 (RCPT's `2.1.5`) where DATA's 354 was expected, in the title and in inline code; `"354"` is the expected code.
  { group: 'dev7', producer: 'symfony-mailer-monolog', file: 'symfony-mailer-monolog/gh-symfony-54169-354-expected-got-250.txt',
    rules: [['E', /got code "/], ['E', /with message "/]] },
  // Symfony Mailer's authenticator errors nested in quotes (`returned "Expected response code "235" but got code "535", …`);
  // `:465` is a port and `"235"` the expected code.
  { group: 'dev7', producer: 'mautic-mailer-error', file: 'mautic-mailer-error/gh-mautic-recommended-project-74-authenticators.txt',
    rules: [['E', /got code "/], ['E', /with message "/]] },
  // Swift's log flattened into one line after `Log data:` (`>> MAIL FROM:  << 503 …  !! …`): the `<< 503` is the logged reply;
  // the line's command is not listed (a line with replies lists only those). The log starts mid-session: no fault for what it omits.
  { group: 'dev7', producer: 'mautic-mailer-error', file: 'mautic-mailer-error/gh-postal-785-swift-log-data-one-line.txt',
    rules: [['S', / << /], ['E', /got code "/], ['E', /with message "/], ['E', /\(code: /]] },
  { group: 'dev7', producer: 'mautic-mailer-error', file: 'mautic-mailer-error/gh-mautic-7384-notice-and-error.txt',
    rules: [['E', /got code "/], ['E', /with message "/]] },
  // Twisted's AUTHRequiredError carries a 502 of its own making (an echo), then the EHLO reply from `openssl s_client`, bare.
  { group: 'dev7', producer: 'synapse-twisted-mail', file: 'synapse-twisted-mail/gh-synapse-18037-authrequired-and-ehlo.txt',
    rules: [['E', /AUTHRequiredError: /], ['S', /^(?=250[ -])/]] },
  // `#0` … `#8` are frame numbers and `zone.dart:526` a source line.
  { group: 'dev7', producer: 'dart-mailer', file: 'dart-mailer/gh-dart-mailer-5-uncaught-354.txt', rules: [['E', /Could not send email: /]] },
  { group: 'dev7', producer: 'himalaya-lettre', file: 'himalaya-lettre/gh-himalaya-294-permanent-error-title.txt', rules: [['E', /permanent error \(/]] },
  // Rails' logger: the reply inside `Net::SMTPFatalError (…` with its CRLF breaking the line before `):`; `#1`, `1391.28ms` and the
  // `smtp.rb:1011` source lines are no codes, and `` `data' ``/`` `rcptto_list' `` are method names, not commands.
  { group: 'dev7', producer: 'rails-activejob-logger', file: 'rails-activejob-logger/gh-docuseal-193-smtpfatalerror-paren-next-line.txt',
    rules: [['E', /SMTPFatalError \(/]] },
  // Outlook's exception: the reply after `'727' (`, the CRLF leaving `).` on the next line, then `whole response: 550 …`;
  // `Expected: 250` is the expected code and `actual: 550,` (a comma after the code) cannot be listed.
  { group: 'dev7', producer: 'outlook-invalidrecipients', file: 'outlook-invalidrecipients/gh-stalwart-716-invalidrecipientsexception.txt',
    rules: [['E', /'727' \(/], ['E', /whole response: /]] },
  // print_r of verifyEmail's debug array: `[11] => Response: 250 …` are logged replies; `Got a 220 response` echoes the greeting's code;
  // `Sending HELO...` is prose, not a command.
  { group: 'dev7', producer: 'php-verifyemail-print-r', file: 'php-verifyemail-print-r/gh-verifyemail-43-print-r-array.txt',
    rules: [['S', /\] => Response: /], ['E', /Got a /]] },
  // `[error] 1040#0: *4785`, `HTTP/1.1`, the IP and the `_unlock` number are no codes.
  { group: 'dev7', producer: 'nginx-fastcgi-php-message', file: 'nginx-fastcgi-php-message/gh-roundcubemail-6826-fastcgi-stderr.txt',
    rules: [['E', /SMTP Error \(/], ['E', /received from server \(/]] },
  { group: 'dev7', producer: 'maildev-bare-session', file: 'maildev-bare-session/gh-maildev-212-mail-from-without-brackets.txt',
    rules: [['S', /^(?=[2-5]\d\d[ -])/], ['C', ANY]],
    faults: [{ at: /^MAIL FROM: test@test\.com/, what: 'MAIL address without angle brackets' }] },
  // Starts mid-session (after the HELO reply); lowercase commands with odd but bracketed addresses.
  { group: 'dev7', producer: 'maildev-bare-session', file: 'maildev-bare-session/gh-maildev-488-quoted-local-parts.txt',
    rules: [['S', /^(?=[2-5]\d\d[ -])/], ['C', ANY]] },
  // The reply and the command each in inline code inside prose; `:2525` is a port. `"Mail FROM" command` names the command.
  { group: 'dev7', producer: 'zone-mta-prose', file: 'zone-mta-prose/gh-zone-mta-116-inline-mail-from.txt',
    rules: [['E', /`(?=501 )/], ['C', /^`(?=MAIL)/]],
    faults: [{ at: /^`MAIL FROM : name@anydomain/, what: 'MAIL address without angle brackets (and a space before the colon)' }] },
  // YAM's error dialog: the reply on its own line under `to command 'EHLO':` (which names the command without being one).
  { group: 'dev7', producer: 'yam-amiga', file: 'yam-amiga/gh-yam-325-bad-response-dialog.txt', rules: [['E', /^(?=501 )/]] },
  // OpenSMTPD's failed-command report (key="value"): the UPS sent `HELO ` without a domain.
  { group: 'dev7', producer: 'opensmtpd-report-logfmt', file: 'opensmtpd-report-logfmt/gh-opensmtpd-1054-helo-without-domain.txt',
    rules: [['C', / command="/], ['E', / result="/]],
    faults: [{ at: /command="HELO "/, what: 'HELO without a domain' }] },
  // winston's JSON behind docker compose's `peertube-1  | `; ports (`:465`, `58714`) and the IPs are no codes.
  { group: 'dev7', producer: 'peertube-winston-json', file: 'peertube-winston-json/gh-peertube-7658-docker-compose-json.txt',
    rules: [['E', /Invalid login: /]] },
  // The issue title is the reply; `_client->print("EHLO 192.168.1.1");` is C++ code, not a command.
  { group: 'dev7', producer: 'gregington-smtpclient-arduino', file: 'gregington-smtpclient-arduino/gh-smtpclient-3-helo-hostname.txt',
    rules: [['E', /^# (?=501 )/]] },
  // ---------------------------------------------------------------- dev8: eighth round (2026-12-06)
  // Producers in no group before, servers, gateways, network tools and GUI clients: testssl.sh's STARTTLS debug, tcpdump's
  // SMTP printer, qmail's recordio, sendmail's -X traffic log, Metasploit, MITMsmtp, Apple Mail's connection log, mitmdump's
  // flow file, check-ssl-heartbleed, OpenSMTPD's sendmail -v (HTML-escaped), MXToolbox's SMTP test, a hosting provider's
  // SMTP log, HESK's SMTP debug against a Sophos appliance, and the bounce texts of sendmail, qmail-send, Exim, Exchange
  // Online, another mailer daemon and Thunderbird's error dialog.
  // `> found:` repeats what testssl.sh found (an echo); `"^250[ -]STARTTLS"` is the pattern it searches for, no reply.
  { group: 'dev8', producer: 'testssl-debug', file: 'testssl-debug/gh-testssl-2090-starttls-dialog-indented.txt',
    rules: [['S', /^    S: /], ['C', /^    C: /], ['E', /^      > found:  /], ['E', /`S: /]] },
  // The EHLO and STARTTLS sent in one go (FAST_STARTTLS); `"220"` is the code testssl.sh wanted, no reply.
  { group: 'dev8', producer: 'testssl-debug', file: 'testssl-debug/gh-testssl-218-fast-starttls-sync-error.txt',
    rules: [['S', /^(?=554 )/], ['C', /^=== sending "/]],
    faults: [{ at: /^=== sending "STARTTLS"/, what: 'STARTTLS sent before the reply to EHLO, without PIPELINING (the server answers 554 SMTP synchronization error)' }] },
  // tcpdump prints the payload's first line after `length N: SMTP: `; seq/ack/win/TS/length values and ports are numbers.
  { group: 'dev8', producer: 'tcpdump-smtp-printer', file: 'tcpdump-smtp-printer/gh-zulip-10879-tcpdump-smtp-payload.txt',
    rules: [['S', /: SMTP: (?=[2-5]\d\d[ -])/], ['C', /: SMTP: /]] },
  // recordio's `>` is the server (qmail-smtpd's output), `<` the client; `?` stands for the CR; `(#4.4.2)` is qmail's own status.
  { group: 'dev8', producer: 'qmail-recordio', file: 'qmail-recordio/maexotic-recordio-0.88-hostname-loglines.txt',
    rules: [['S', /:10\.0\.0\.1 > /], ['C', /:10\.0\.0\.1 < /]] },
  // sendmail -X: `<<<` is what sendmail read (the message on stdin, then the server's replies), `>>>` what it wrote; the PID leads
  // each line. `14.3 Log with syslog | 513` and the page list are page furniture.
  { group: 'dev8', producer: 'sendmail-traffic-log', file: 'sendmail-traffic-log/book4u-sendmail-4th-xfile-page-furniture.txt',
    rules: [['S', /^\d+ <<< /], ['C', /^\d+ >>> /]] },
  // Metasploit's console markers as the stored page renders them (`[_]` for most `[*]`); the module logs no HELO.
  { group: 'dev8', producer: 'metasploit-console', file: 'metasploit-console/gh-metasploit-105-open-relay-bracket-markers.txt',
    rules: [['S', /(?:banner : |^\[-\]  )/], ['C', /^\[[_*]\]  /]],
    faults: [{ at: /RCPT TO:angela/, what: 'RCPT address without angle brackets' }] },
  { group: 'dev8', producer: 'metasploit-console', file: 'metasploit-console/gh-metasploit-16153-emailer-request-response.txt',
    rules: [['S', ANY], ['C', ANY]] },
  // `Expecting: /220.*OpenSMTPD/` names the codes the exploit waits for (regexes, no replies); only the sent commands are listed.
  { group: 'dev8', producer: 'metasploit-console', file: 'metasploit-console/gh-metasploit-14637-expecting-regex-sending.txt',
    rules: [['C', /- Sending: /]] },
  // `S:`/`C:` without a space; the empty `C:` is the read at end of file; `line 362` and `60137` are numbers.
  { group: 'dev8', producer: 'mitmsmtp', file: 'mitmsmtp/gh-mitmsmtp-15-print-lines-no-space.txt', rules: [['S', /^S:/], ['C', /^C:/]] },
  // Apple Mail's READ/WROTE headers with the protocol lines below them; the prose quotes two EHLO lines in inline code (echoes).
  { group: 'dev8', producer: 'apple-mail-connection-log', file: 'apple-mail-connection-log/gh-email-oauth2-proxy-93-read-wrote-blocks.txt',
    rules: [['S', ANY], ['C', ANY], ['E', /`(?=250-)/]] },
  // mitmdump's tnetstring flow file: `31:` is the length of the string that holds the greeting.
  { group: 'dev8', producer: 'mitmdump-flow-file', file: 'mitmdump-flow-file/gh-mitmproxy-5071-tnetstring-dump.txt', rules: [['S', /!31:/]] },
  // The tool's summary of the STARTTLS reply (an echo), then openssl s_client's last EHLO line.
  { group: 'dev8', producer: 'check-ssl-heartbleed', file: 'check-ssl-heartbleed/gh-p5-ssl-tools-1-reply-to-starttls.txt',
    rules: [['E', /reply to starttls: /], ['S', /^(?=250 )/]] },
  { group: 'dev8', producer: 'opensmtpd-enqueue-verbose', file: 'opensmtpd-enqueue-verbose/gh-opensmtpd-184-html-escaped-code.txt',
    rules: [['S', /^&lt;&lt;&lt; /], ['C', /^&gt;&gt;&gt; /]] },
  // MXToolbox joins lines: the EHLO follows the greeting's `[129 ms]` (only the reply of that line is listed, as in dev6's
  // flattened Axigen page) and the EHLO reply's second line follows its first.
  { group: 'dev8', producer: 'mxtoolbox-smtp-diag', file: 'mxtoolbox-smtp-diag/gh-datatracker-5888-timed-joined-lines.txt',
    rules: [['S', /^(?=[2-5]\d\d[ -])/, { more: /\] (?=250-)/ }], ['C', /^(?=(?:MAIL|RCPT) )/]] },
  // A provider's SMTP log as its help page flattens it: every `, resp, ` reply of one paragraph on one line; `from,`/`to,`
  // name the commands without being them. Ports, `200-299`, `500-599`, sizes and `qp 15309` are numbers.
  { group: 'dev8', producer: 'hosting-smtp-resp-log', file: 'hosting-smtp-resp-log/webinstinct-boston-mail-logs-format-one-line.txt',
    rules: [['S', /, resp, /, { more: /, resp, / }]] },
  { group: 'dev8', producer: 'hosting-smtp-resp-log', file: 'hosting-smtp-resp-log/webinstinct-mail-logs-format-addresses-stripped.txt',
    rules: [['S', /, resp, /, { more: /, resp, / }]] },
  // HESK's SMTP class (`S `/`C ` without a colon) against a Sophos Email Appliance; MAIL, RCPT and DATA pipelined (advertised),
  // the server closed without answering DATA.
  { group: 'dev8', producer: 'hesk-smtp-debug', file: 'hesk-smtp-debug/gh-mods-for-hesk-116-sophos-appliance-pipelined.txt',
    rules: [['S', /^S /], ['C', /^C /], ['E', /^Error: /]] },
  // sendmail's DSN transcript: `<<<` marks the remote reply; the last line is sendmail's own status for the DSN (an echo);
  // `BODY=7BIT` is the MAIL line wrapped by the mail client.
  { group: 'dev8', producer: 'sendmail-dsn-transcript', file: 'sendmail-dsn-transcript/gh-haraka-376-transcript-wrapped-mail.txt',
    rules: [['S', /^<<< /], ['C', /^(?=MAIL )/], ['E', /^(?=554 )/]] },
  // Office 365's NDR body: the remote reply in `Status code:` and `Reported error:` (echoes); dates are numbers.
  { group: 'dev8', producer: 'exchange-online-ndr', file: 'exchange-online-ndr/gh-rb-sisimai-91-office365-ndr-body.txt',
    rules: [['E', /is `/], ['E', /Status code: /], ['E', /Reported error: +/]] },
  // qmail-send's bounce: `Remote host said:` and the further reply lines below it (echoes); `qmail 30701` is a PID.
  { group: 'dev8', producer: 'qmail-send-bounce', file: 'qmail-send-bounce/gh-ezmlm-idx-11-remote-host-said-dmarc.txt',
    rules: [['E', /^Remote host said: /], ['E', /^(?=550[- ])/]] },
  // Exim's bounce: `SMTP error from remote mail server after …:` then the reply, indented; `[193.95.241.239      12]` is Gmail's text.
  { group: 'dev8', producer: 'exim-bounce-message', file: 'exim-bounce-message/gh-cgeo-5737-after-end-of-data-indented.txt',
    rules: [['E', /\]: (?=550)/], ['E', /^    (?=550[- ])/]] },
  // `after RCPT TO:<…>:` names the command the reply answered; it is no command.
  { group: 'dev8', producer: 'exim-bounce-message', file: 'exim-bounce-message/gh-dhcpcd-6-after-rcpt-to.txt', rules: [['E', /^    (?=550 )/]] },
  // A mailer daemon's `SMTP error from remote server for TEXT command, … reason: 554 …` (rspamd's rejection, an echo); `(164.` is an IP.
  { group: 'dev8', producer: 'smtp-error-text-command-bounce', file: 'smtp-error-text-command-bounce/gh-nethserver-dev-5811-rspamd-multimap.txt',
    rules: [['E', / reason: /]] },
  // Thunderbird's dialog drops the reply code and shows only `4.3.5 …`: nothing is listable (an enhanced code without a reply code).
  { group: 'dev8', producer: 'thunderbird-send-error-dialog', file: 'thunderbird-send-error-dialog/gh-modoboa-installer-380-server-responded.txt',
    rules: [] },
  // ---------------------------------------------------------------- dev9: ninth round (2026-12-06)
  // Producers in no group before, from Q&A sites, forums, mailing lists, blogs and tutorials, many not in English: telnet pastes
  // with the author's own wrapping (replies in brackets, `//` and `/* */` comments, translated prompts `回：`, indented replies,
  // `<Server>:`/`CLIENT:`/`c:` labels, `YOU SEND ->`/`<-` columns, `>>`/`<<` joined on one line, `<ENTER>` markers, HTML tables
  // flattened to pipes or to one line), a machine-translated session, a Windows console flattened into one line, a Markdown bash
  // fence with replies in comments, calibre-web's worker log, and Postfix's smtpd_check test reference seen in a source browser.
  { group: 'dev9', producer: 'bracketed-reply-console', file: 'bracketed-reply-console/r33net-smtp-dialog-helo-brackets.txt',
    rules: [['S', /^\[/], ['C', /^> ?/]],
    faults: [{ at: /^> helo$/, what: 'HELO without a domain' },
      { at: /^>mail from:test@web\.de/, what: 'MAIL address without angle brackets' },
      { at: /^>rcpt to:user1@/, what: 'RCPT address without angle brackets' }] },
  // `//` comment lines between the protocol lines; `Mail Context` is message text after 354, not a command.
  { group: 'dev9', producer: 'telnet-slash-comments', file: 'telnet-slash-comments/runxinzhi-eqmanager-ehlo-comments.txt',
    rules: [['S', /^(?=[2-5]\d\d[ -])/], ['C', ANY]], skipCommands: [45],
    faults: [{ at: /^ehlo$/, what: 'EHLO without a domain' },
      { at: /^mail from:zhangxinji/, what: 'MAIL address without angle brackets' },
      { at: /^rcpt to:lyychee/, what: 'RCPT address without angle brackets' }] },
  // `//` comments after the commands; the EHLO after `221 … Bye` is a second example in the prose, not a command after QUIT.
  { group: 'dev9', producer: 'telnet-slash-comments', file: 'telnet-slash-comments/futuremix-postfix-helo-noop.txt',
    rules: [['S', /^(?=[2-5]\d\d[ -])/], ['C', ANY]],
    faults: [{ at: /^MAIL FROM:hoge@/, what: 'MAIL address without angle brackets' },
      { at: /^RCPT TO:test@/, what: 'RCPT address without angle brackets' }] },
  // Replies indented by two or three spaces, commands behind `> `; `SIZE 10240000` in the Japanese prose is no code.
  { group: 'dev9', producer: 'indented-console-gt-commands', file: 'indented-console-gt-commands/fulldigit-postfix-bare-ehlo.txt',
    rules: [['S', /^ {2,3}(?=[2-5]\d\d[ -])/], ['C', /^> /]],
    faults: [{ at: /^> EHLO$/, what: 'EHLO without a domain' }] },
  // Exim answering HELO with a bare `250` and QUIT with a bare `221` (text is optional); `кроме 250 Ок` in the prose echoes the code.
  { group: 'dev9', producer: 'exim-bare-code-replies', file: 'exim-bare-code-replies/hostline-testiruem-smtp-bare-250.txt',
    rules: [['S', /^(?=[2-5]\d\d(?:$|[ -]))/], ['C', ANY], ['E', /кроме /]],
    faults: [{ at: /^MAIL FROM: info@/, what: 'MAIL address without angle brackets' },
      { at: /^RCPT TO: admin@/, what: 'RCPT address without angle brackets' }] },
  // A vendor page machine-translated to French: `Courrier de :` (MAIL FROM), `Données` (DATA), `Arrêter de fumer` (QUIT) are
  // translated commands, not SMTP verbs, and are not listed; `RCPT à :` keeps its verb and is listed. No faults listed.
  { group: 'dev9', producer: 'machine-translated-telnet', file: 'machine-translated-telnet/vircom-fr-comment-utiliser-telnet.txt',
    rules: [['S', /^(?=[2-5]\d\d[ -])/], ['C', ANY]] },
  // A mailing-list answer with two columns: `YOU SEND … -> cmd` and `YOU RECEIVE 250 "OK TO SEND"<- reply`; the `250` in the
  // label is the author's expectation, not a reply; `section 4.2.3` is a section number, not an enhanced code.
  { group: 'dev9', producer: 'you-send-you-receive-arrows', file: 'you-send-you-receive-arrows/pmmail-list-2003-06-qmail-protocol.txt',
    rules: [['S', /<- /], ['C', /-> /]] },
  // A wiki page that joins each command and its reply on one line (`>> HELO … << 250 …`): as for dev8's MXToolbox, such a line
  // lists its replies only; the DATA lines hold two replies (354 and the final 254/250).
  { group: 'dev9', producer: 'wiki-flattened-double-arrows', file: 'wiki-flattened-double-arrows/brapci-enviar-emails-telnet.txt',
    rules: [['S', /(?:^| )<< /, { more: / << / }]],
    faults: [{ at: /^>> MAIL FROM: usuario@/, what: 'MAIL address without angle brackets' },
      { at: /^>> RCPT TO: usuario2@/, what: 'RCPT address without angle brackets' }] },
  { group: 'dev9', producer: 'lowercase-c-s-labels', file: 'lowercase-c-s-labels/tamer-citadel-starttls-554.txt',
    rules: [['S', /^s: /], ['C', /^c: /]] },
  { group: 'dev9', producer: 'client-server-uppercase-labels', file: 'client-server-uppercase-labels/v0clinux-gmail-starttls-conversation.txt',
    rules: [['S', /^SERVER: /], ['C', /^CLIENT: /]] },
  // An HTML table flattened to `| S: | reply |` rows between prose rows; `RFC 5321` and `[1.2.3.4]` are no codes.
  { group: 'dev9', producer: 'html-table-rows', file: 'html-table-rows/anothercoldcupofcoffee-smtp-session-pipes.txt',
    rules: [['S', /^\| S: \| /], ['C', /^\| C: \| /]],
    faults: [{ at: /MAIL FROM: john@/, what: 'MAIL address without angle brackets' },
      { at: /\| RCPT TO: kennyl@/, what: 'RCPT address without angle brackets' }] },
  // MaxBulk Mailer's help page: each table cell on its own line between `|` lines; RFC 821's `SEND FROM:` is no verb of the list.
  { group: 'dev9', producer: 'html-table-rows', file: 'html-table-rows/maxprog-maxbulk-connection-log-table.txt',
    rules: [['S', /^(?=[2-5]\d\d )/], ['C', ANY]],
    faults: [{ at: /^DATA \|/, what: 'DATA after the only RCPT was refused (450), accepted with 354' }] },
  // A three-column table read out row by row: a French description line, then the command or the reply.
  { group: 'dev9', producer: 'linearized-three-column-table', file: 'linearized-three-column-table/dibai-free-fr-connexion-smtp.txt',
    rules: [['S', /^(?=[2-5]\d\d )/], ['C', ANY]],
    faults: [{ at: /^RCPT To:<titi@destinataire\.fr$/, what: 'RCPT address with an unclosed angle bracket' }] },
  // A mailing-list answer: an nc session explained in prose, then a second session whose MAIL follows the greeting directly.
  { group: 'dev9', producer: 'nc-mailing-list-explained', file: 'nc-mailing-list-explained/trisquel-users-nc-exim-mail-before-ehlo.txt',
    rules: [['S', /^(?=[2-5]\d\d[ -])/], ['C', ANY]],
    faults: [{ at: /^MAIL FROM:<mampir@libtec,org>/, what: 'MAIL sent after the greeting without EHLO/HELO' }] },
  // Cisco's French tech note: the AsyncOS session, then its list of 421 replies with `#4.4.5`-style codes (listed as replies, as
  // dev5's Markdown list); `Message 214 accepted` holds a message number, no code.
  { group: 'dev9', producer: 'asyncos-esa-telnet-fr', file: 'asyncos-esa-telnet-fr/cisco-esa-technote-helo-bare.txt',
    rules: [['S', /^(?=[2-5]\d\d )/], ['C', ANY]],
    faults: [{ at: /^helo$/, what: 'HELO without a domain' }] },
  // `回：` ("reply:") lines between command and reply; AUTH is sent right after the greeting, and `HELO/EHLO first` is the
  // server's complaint quoted in prose (no code, no command); the page shows no reply to `HELO qq` before the MAIL.
  { group: 'dev9', producer: 'annotated-telnet-zh-prompts', file: 'annotated-telnet-zh-prompts/gh-mengzhaofly-blog-77-auth-before-helo.txt',
    rules: [['S', /^(?=[2-5]\d\d[ -])/], ['C', ANY]],
    faults: [{ at: /^auth login$/, what: 'AUTH before EHLO/HELO (no mechanism advertised)' },
      { at: /^mail from:<1501995112/, what: 'MAIL sent before the reply to HELO (none shown), without PIPELINING' }] },
  // calibre-web's worker logs smtplib's `send:` lines only (no replies); `{cps.worker:125}`, `{cps.config_sql:259}` are source
  // lines and `'465'` a port. The SASL line after AUTH LOGIN is no command.
  { group: 'dev9', producer: 'calibre-web-worker-log', file: 'calibre-web-worker-log/gh-gshang2017-docker-18-cps-worker-send.txt',
    rules: [['C', /send: '/]] },
  // A DokuWiki page whose stored copy flattened the whole session to one line: every ` S: ` reply is listed, the commands are not
  // (a line lists its replies, as dev6's flattened Axigen page).
  { group: 'dev9', producer: 'dokuwiki-flattened-export', file: 'dokuwiki-flattened-export/rainsbrook-export-raw-one-line.txt',
    rules: [['S', /(?:^| )S: /, { more: / S: / }]] },
  { group: 'dev9', producer: 'dokuwiki-flattened-export', file: 'dokuwiki-flattened-export/rainsbrook-rendered-page-one-line.txt',
    rules: [['S', /(?:^| )S: /, { more: / S: / }]] },
  // A Windows console table flattened: the greeting, the bare `ehlo` and the EHLO reply lines on one line (cut inside `250-8BI`).
  { group: 'dev9', producer: 'windows-console-flattened', file: 'windows-console-flattened/ehlo-me-gmail-bare-ehlo.txt',
    rules: [['S', /^(?=220 )/, { more: / (?=250-)/ }]],
    faults: [{ at: /d4sm5659138fga\.5 ehlo 250-/, what: 'EHLO without a domain' }] },
  // A Stack Overflow answer: commands end in `<ENTER>`, inline code split onto lines of their own; `welcoming 250 HELP` echoes the
  // last EHLO line. The AUTH examples are alternatives, not one session.
  { group: 'dev9', producer: 'enter-key-markers', file: 'enter-key-markers/so-32663768-openssl-auth-login-plain.txt',
    rules: [['S', /^(?=[2-5]\d\d(?:$|[ -]))/], ['C', ANY], ['E', /welcoming /]] },
  // A generated "communication sample" in numbered steps: STARTTLS after HELO (nothing advertised), then AUTH and MAIL without a
  // new HELO/EHLO; `# Base64 encoded …` comments on the SASL lines; `[email protected]` is Cloudflare's address obfuscation.
  { group: 'dev9', producer: 'numbered-steps-sample', file: 'numbered-steps-sample/errorhandle-ai-smtp-over-tls-sample.txt',
    rules: [['S', /^(?=[2-5]\d\d[ -])/], ['C', ANY]],
    faults: [{ at: /^STARTTLS$/, what: 'STARTTLS not advertised (the session opened with HELO)' },
      { at: /^AUTH LOGIN$/, what: 'AUTH after STARTTLS without a new EHLO (no mechanism advertised)' },
      { at: /^MAIL FROM:<\[email/, what: 'MAIL after STARTTLS without a new EHLO/HELO' }] },
  // A troubleshooting page: replies quoted in inline code in the symptom list (echoes), and in `# …` comments of a bash fence
  // (`# Look for: 250-AUTH …`, `# 235 2.7.0 …`, echoes); the commands in the fence are listed. `25 vs 587` are ports.
  { group: 'dev9', producer: 'markdown-bash-comment-replies', file: 'markdown-bash-comment-replies/statuscodefyi-fr-relay-denied-diagnostic.txt',
    rules: [['E', /^(?=550 Relay)/], ['E', /fails: `/], ['E', /Server response: /], ['E', /responded: /], ['E', /\]: (?=554 )/],
      ['E', /^# (?:Look for: )?(?=2\d\d[ -])/], ['C', /^(?=(?:EHLO|AUTH|RCPT) )/]],
    faults: [{ at: /^RCPT TO:<\[email/, what: 'RCPT before MAIL' }] },
  // `S:`/`C:` with or without a space and `/* … */` comments after the lines; `(126com[071018])` is no code.
  { group: 'dev9', producer: 'c-comment-annotated-s-c', file: 'c-comment-annotated-s-c/hunterpro-126-esmtp-example.txt',
    rules: [['S', /^S: ?/], ['C', /^C: ?/]],
    faults: [{ at: /^C: MAIL FROM: bripengandre/, what: 'MAIL address without angle brackets' },
      { at: /^C:RCPT TO: bripengandre/, what: 'RCPT address without angle brackets' }] },
  // `<Server>: `/`<Client>:` (addresses in angle brackets lost to HTML), then a numbered Chinese list with `键入:` ("type:") and
  // `服务器应答:` ("server replies:"); the MAIL without an address and the missing DATA are the page's losses, not listed.
  { group: 'dev9', producer: 'server-client-angle-tags', file: 'server-client-angle-tags/woodaway-telnet-exchange-angle-tags.txt',
    rules: [['S', /^<Server>: ?/], ['C', /^<Client>: ?/], ['S', /服务器应答: /], ['C', /键入: /]] },
  // Both sides behind `>` in an indented console block with blank lines between; AUTH straight after the greeting.
  { group: 'dev9', producer: 'gt-prefixed-console', file: 'gt-prefixed-console/alibabacloud-smtp-commands-sina-auth-first.txt',
    rules: [['S', /^ {6}>(?=[2-5]\d\d )/], ['C', /^ {6}>/], ['E', /The (?=235 )/]],
    faults: [{ at: /^ {6}>auth login/, what: 'AUTH before EHLO/HELO (no mechanism advertised)' }] },
  // Postfix's smtpd_check test reference: `>>>` lines are the test driver's input (no SMTP commands), bare reply lines follow the
  // reject log line that echoes them after `]: `; IPs, `/8`, `/28` are numbers.
  { group: 'dev9', producer: 'postfix-smtpd-check-ref', file: 'postfix-smtpd-check-ref/tu-dortmund-elixir-smtpd-check-ref.txt',
    rules: [['S', /^(?=[45]\d\d )/], ['E', /\]: (?=[45]\d\d )/]] },
  // ---------------------------------------------------------------- dev10: tenth round (2026-12-06)
  // Producers in no group before, from GitHub issue threads of projects not used before: embedded (ESP-IDF's smtp_client example),
  // Haskell (HaskellNet-SSL's RECV/SEND, inline error texts), Erlang/Elixir (gen_smtp `nocatch` terms via Zotonic, Mua's SMTPError),
  // Go (mox's logfmt trace, mokey, watchtower, diun), mail test servers (GreenMail, MailSlurper, mini-smtp-server, MailHog's smtp),
  // mail servers (Stalwart LMTP, DSN fields), home-lab and CI tools (Immich, GitLab's Sidekiq and a tcpdump -A payload, Postal's UI,
  // gophish, Plausible), a neomutt paste of the server side, a Gitalk blog excerpt and an old node_mailer paste.
  // The example logs progress lines (`Writing EHLO to server...`, `Write AUTH LOGIN`) rather than the commands: not listed; a stray CRLF
  // breaks `250-ENHANCEDSTATUSCODE` / `S`; `write_ssl_and_get_response=535` echoes the AUTH reply; `(14233)` are ticks.
  { group: 'dev10', producer: 'esp-idf-smtp-client-example', file: 'esp-idf-smtp-client-example/gh-esp-idf-9494-split-ehlo-line.txt',
    rules: [['S', /^(?=[2-5]\d\d[ -])/], ['E', /get_response=/]] },
  // A bare session in a fence; the 501 to `MAIL FROM:<>` is the server's bug (not listed); the comment quotes a later reply (an echo).
  { group: 'dev10', producer: 'greenmail-session', file: 'greenmail-session/gh-greenmail-28-null-sender-501.txt',
    rules: [['S', /^(?=[2-5]\d\d )/], ['C', ANY], ['E', /the error "/]] },
  // mox's logfmt trace: `m="RC: …\r\n"` is what the server read, `m="LS: …"` what it wrote, the EHLO reply joined by literal `\r\n`;
  // `code=250` echoes the result. Cut before the 334 line, whose stored text ends mid-line.
  { group: 'dev10', producer: 'mox-trace-logfmt', file: 'mox-trace-logfmt/gh-mox-189-rc-ls-trace.txt',
    rules: [['S', /m="LS: /, { more: /\\r\\n/ }], ['C', /m="RC: /], ['E', / code=/]] },
  // HaskellNet-SSL's `RECV: "…\r"`/`SEND: "…\r\n"`, then an openssl s_client session on 465 whose EHLO reply starts with a keyword.
  { group: 'dev10', producer: 'haskellnet-ssl-recv-send', file: 'haskellnet-ssl-recv-send/gh-haskellnet-ssl-31-yandex-helo-502.txt',
    rules: [['S', /RECV: "/], ['C', /SEND: "/], ['S', /^(?=[2-5]\d\d[ -])/], ['C', /^(?=EHLO )/]],
    faults: [{ at: /^250-8BITMIME$/, what: "malformed EHLO reply: the first line carries a keyword instead of the server's domain" }] },
  // Library errors quoted in prose as inline code (echoes); `L153` in the link and `1&1` are no codes; `AUTH` in prose is no command.
  { group: 'dev10', producer: 'haskell-smtp-error-inline', file: 'haskell-smtp-error-inline/gh-haskellnet-ssl-20-dosmtpstarttls-503.txt',
    rules: [['E', /cannot connect to server: /]] },
  { group: 'dev10', producer: 'haskell-smtp-error-inline', file: 'haskell-smtp-error-inline/gh-smtp-mail-18-530-then-502.txt',
    rules: [['E', /`(?=5\d\d )/]] },
  // gen_smtp's error term: the multi-line reply inside `<<"…">>`, its lines joined by literal `\r\n` (echoes); `{line,309}` and the
  // arities are numbers.
  { group: 'dev10', producer: 'zotonic-gen-smtp-nocatch', file: 'zotonic-gen-smtp-nocatch/gh-zotonic-2229-permanent-temporary-failure.txt',
    rules: [['E', /(?:<<"|\\r\\n)/]] },
  { group: 'dev10', producer: 'zotonic-gen-smtp-nocatch', file: 'zotonic-gen-smtp-nocatch/gh-zotonic-3508-plex-quota-fence.txt',
    rules: [['E', /^(?=554 )/]] },
  // tcpdump -A: the server's reply glued to the packet's binary bytes (`..8...A.421 …`); ports, seq/ack, TS values are numbers.
  { group: 'dev10', producer: 'tcpdump-ascii-payload', file: 'tcpdump-ascii-payload/gh-docker-gitlab-179-exim-lost-input.txt',
    rules: [['S', /^\.\.8\.\.\.A\./]] },
  // Replies marked `> ` (the reverse of the usual quoting); an LMTP listener, so EHLO is the wrong greeting and MAIL follows no
  // accepted greeting.
  { group: 'dev10', producer: 'stalwart-lmtp-gt-replies', file: 'stalwart-lmtp-gt-replies/gh-stalwart-380-lmtp-ehlo.txt',
    rules: [['S', /^> /], ['C', ANY]],
    faults: [{ at: /^EHLO test\.com$/, what: 'EHLO sent to an LMTP server (LMTP requires LHLO)' },
      { at: /^MAIL FROM:<foo@foo\.com>$/, what: 'MAIL before an accepted EHLO/HELO/LHLO' }] },
  // neomutt's error in inline code (an echo), then the test server's side of the session pasted bare: STARTTLS was not advertised.
  { group: 'dev10', producer: 'neomutt-error-bare-session', file: 'neomutt-error-bare-session/gh-neomutt-3161-starttls-not-advertised.txt',
    rules: [['S', /^(?=[2-5]\d\d[ -])/], ['C', ANY], ['E', /session failed: /]],
    faults: [{ at: /^STARTTLS$/, what: 'STARTTLS not advertised' }] },
  { group: 'dev10', producer: 'sidekiq-warn-log', file: 'sidekiq-warn-log/gh-docker-gitlab-1581-sidekiq-warn.txt',
    rules: [['E', /SMTPFatalError: /]] },
  // Exchange's SendAsDenied in inline code, its diagnostic data full of `1.36674:`/`255.23226:` pairs (no codes); the stored text ends
  // inside the diagnostic data (kept, the code is complete). The address before `@outlook.com` is masked with `x`s.
  { group: 'dev10', producer: 'gophish-error-text', file: 'gophish-error-text/gh-gophish-2900-sendasdenied-inline-code.txt',
    rules: [['E', /^` (?=554 )/]] },
  { group: 'dev10', producer: 'gophish-error-text', file: 'gophish-error-text/gh-gophish-1600-prose-error.txt',
    rules: [['E', /error message: /]] },
  // Elixir's `** (Mua.SMTPError) 503 …` and a stack trace whose `mailer.ex:234:` line numbers are no codes.
  { group: 'dev10', producer: 'elixir-mua-smtperror', file: 'elixir-mua-smtperror/gh-plausible-5664-mua-smtperror.txt',
    rules: [['E', /SMTPError\) /]] },
  // djb's sample indented by five spaces, then a telnet session whose fence is glued to the shell prompt; `telnet> quit` is telnet's own
  // prompt, not an SMTP command. The server answers EHLO with 220, which RFC 5321 §4.3.2 does not allow (listed, as a malformed EHLO reply is).
  { group: 'dev10', producer: 'fence-glued-telnet-prompt', file: 'fence-glued-telnet-prompt/gh-mini-smtp-server-17-indented-sample-telnet-prompt.txt',
    rules: [['S', /^ *(?=[2-5]\d\d[ -])/], ['C', /^ */]],
    faults: [{ at: /^220 go on\.\.\.$/, what: '220 answering EHLO (RFC 5321 §4.3.2 allows 250 or an error reply)' }] },
  // DSN fields: `Diagnostic-Code: smtp;503 …` (echoes); `Status: 5.0.3` is an enhanced code without a reply code (not listable);
  // the repro lists typed commands without their replies.
  { group: 'dev10', producer: 'dsn-diagnostic-code-fields', file: 'dsn-diagnostic-code-fields/gh-stalwart-2050-dsn-503-double-ehlo.txt',
    rules: [['E', /smtp; ?/], ['C', /^(?=(?:EHLO|RSET|MAIL|RCPT) )|^(?=RSET$)/]] },
  { group: 'dev10', producer: 'dsn-diagnostic-code-fields', file: 'dsn-diagnostic-code-fields/gh-sms-bomber-2-need-mail-before-rcpt.txt',
    rules: [['E', /smtp; ?(?=\d)/]] },
  { group: 'dev10', producer: 'immich-nest-job-error', file: 'immich-nest-job-error/gh-immich-9638-invalid-login-inline.txt',
    rules: [['E', /Invalid login: /]] },
  // A Gitalk issue body: a blog excerpt with the telnet session flattened into one line (`'^]'.220 …`), cut by Gitalk; `25#` is a port.
  { group: 'dev10', producer: 'gitalk-flattened-blog-excerpt', file: 'gitalk-flattened-blog-excerpt/gh-greycodee-blog-comment-22-qq-telnet.txt',
    rules: [['S', /'\^\]'\./]] },
  { group: 'dev10', producer: 'aws-smtp-relay-telnet', file: 'aws-smtp-relay-telnet/gh-aws-smtp-relay-7-mail-from-space.txt',
    rules: [['S', /^(?=[2-5]\d\d[ -])/], ['C', ANY]],
    faults: [{ at: /^MAIL FROM: craig@/, what: 'MAIL address without angle brackets' }] },
  // A here-document fed to telnet: every command is written at once, before any reply, to a server without PIPELINING.
  { group: 'dev10', producer: 'telnet-heredoc-script', file: 'telnet-heredoc-script/gh-mailhog-smtp-1-heredoc-pipelined.txt',
    rules: [['C', /^(?=(?:HELO|MAIL|RCPT|DATA|QUIT)\b)/]],
    faults: [{ at: /^MAIL FROM:<test@test\.com>$/, what: 'MAIL sent before the HELO reply, without PIPELINING' }] },
  // logrus in journald: `msg="550 …"` and `err="550 …"` echo the reply; `code=408` is an HTTP status, `[12409]` a PID.
  { group: 'dev10', producer: 'mokey-logrus-journal', file: 'mokey-logrus-journal/gh-mokey-149-helo-localhost.txt',
    rules: [['E', /(?:msg|err)="(?=550 )/]] },
  // watchtower's error line and Postfix's reject line flattened from a table (`info | …`, `-- | -- | --`); `(256/256 bits)` is no code.
  { group: 'dev10', producer: 'watchtower-notification-log', file: 'watchtower-notification-log/gh-watchtower-572-helo-localhost.txt',
    rules: [['E', /notification email: {2}/], ['E', /\]: (?=504 )/]] },
  // diun's zerolog JSON with its start cut off: the gomail error text ends in `","image":…`.
  { group: 'dev10', producer: 'diun-gomail-json-fragment', file: 'diun-gomail-json-fragment/gh-diun-165-gomail-could-not-send.txt',
    rules: [['E', /send email 1: /]] },
  { group: 'dev10', producer: 'postal-delivery-detail', file: 'postal-delivery-detail/gh-postal-576-451-try-again.txt',
    rules: [['E', /^(?=451 )/]] },
  // The server's replies pasted without the commands (so the client's faults behind them cannot be anchored on a line).
  { group: 'dev10', producer: 'node-mailer-replies-only', file: 'node-mailer-replies-only/gh-node-mailer-8-need-mail-command.txt',
    rules: [['S', /^(?=[2-5]\d\d )/]] },
  // The end of a telnet session: the lone `.` ends the message text (no command), then the replies.
  { group: 'dev10', producer: 'mailslurper-telnet-fragment', file: 'mailslurper-telnet-fragment/gh-mailslurper-149-transaction-failed.txt',
    rules: [['S', /^(?=[2-5]\d\d )/]] },
  // ---------------------------------------------------------------- dev11: eleventh round (2026-12-06)
  // Producers in no group before: what people paste when device and enterprise alerts do not arrive (Jira/Atlassian mail logs, a NAS and
  // a backup tool through hydroxide, a Ricoh MFP's session quoted from Postal's log, kapacitor, OpenCloud, DSpace, SCM-Manager, ActivMail,
  // Oracle UTL_SMTP, SAP, sSMTP on Nagios/Unraid, a Netgear router, PowerShell, Logstash, Open-Falcon, Exchange/IIS telnet how-tos,
  // a PDF manual with its spaces lost, smtpf's reply list, Invoice Ninja, MailEnable's code list).
  // Atlassian KB: a code-block gutter `1`…`5` on lines of its own, then Jira's outgoing-mail debug lines; `805x4100x1`, `8080`, the IP are
  // numbers. The title and the symptom echo the reply; the trailing dot of `jira.mycompany.com.` is left alone (not in the fault list).
  { group: 'dev11', producer: 'jira-outgoing-mail-debug', file: 'jira-outgoing-mail-debug/atlassian-kb-501-invalid-domain-name-gutter.txt',
    rules: [['S', /\[com\.atlassian\.mail\.outgoing\] (?=[2-5]\d\d )/], ['C', /\[com\.atlassian\.mail\.outgoing\] /],
      ['E', /(?:due to error|you get an exception): /]] },
  // The gutter `1 2 3 … 32` glued before the log line on one line; the stored text ends inside `gsmt` (kept, the code is complete).
  { group: 'dev11', producer: 'atlassian-mail-queue-error', file: 'atlassian-mail-queue-error/atlassian-kb-454-too-many-login-attempts.txt',
    rules: [['E', /AuthenticationFailedException: /]] },
  // hydroxide's bridge printing a NAS's and a backup tool's sessions bare, with its own Go log lines between (`Code:1000`, `0xc…`);
  // SASL blobs masked with `X`s of the same length.
  { group: 'dev11', producer: 'hydroxide-bridge-bare-session', file: 'hydroxide-bridge-bare-session/gh-hydroxide-173-synology-auth-login.txt',
    rules: [['S', /^(?=[2-5]\d\d[ -])/], ['C', ANY]] },
  { group: 'dev11', producer: 'hydroxide-bridge-bare-session', file: 'hydroxide-bridge-bare-session/gh-hydroxide-173-acronis-desktop-session.txt',
    rules: [['S', /^(?=[2-5]\d\d[ -])/], ['C', ANY]] },
  // Postal's SMTP log with its prefixes stripped, both sides behind a Markdown `> `; the MFP quits right after 235 (no protocol fault).
  { group: 'dev11', producer: 'ricoh-mfp-postal-quoted', file: 'ricoh-mfp-postal-quoted/gh-postal-663-ricoh-cram-md5-quit.txt',
    rules: [['S', /^> (?=[2-5]\d\d[ -])/], ['C', /^> /]] },
  { group: 'dev11', producer: 'kapacitor-logfmt', file: 'kapacitor-logfmt/gh-cubecos-730-service-tests-vs-log.txt', rules: [['E', /err="/]] },
  // A zerolog JSON line whose end the stored text cuts (`"line":"g`); kept, the code is complete.
  { group: 'dev11', producer: 'opencloud-json-log', file: 'opencloud-json-log/gh-opencloud-514-notifications-json-cut.txt', rules: [['E', /"error":"/]] },
  { group: 'dev11', producer: 'dspace-test-email', file: 'dspace-test-email/gh-dspace-9763-smtpaddressfailed-550.txt',
    rules: [['E', /SMTPAddressFailedException: /], ['E', /^`(?=550 )/]] },
  // `issue/302` in the link is no code; the 334 challenge is echoed as the exception text.
  { group: 'dev11', producer: 'simplejavamail-log', file: 'simplejavamail-log/gh-scm-manager-302-334-as-exception.txt',
    rules: [['E', /Mailer - /], ['E', /AuthenticationFailedException: /]] },
  // A W3C-style CSV log with the reply in the ErrorMsg column; `"127.0.0.1"`, dates and row numbers are numbers.
  { group: 'dev11', producer: 'activmail-csv-log', file: 'activmail-csv-log/activsoftware-activmail-2-log-format.txt', rules: [['E', /,"(?=550 )/]] },
  { group: 'dev11', producer: 'oracle-utl-smtp-error-list', file: 'oracle-utl-smtp-error-list/jrdba-ora-29279-permanent-error-examples.txt',
    rules: [['E', /permanent error: (?=\d)/]] },
  // `5.3.0 -` and `SMTP Status Code: 5.1.1` are enhanced codes without a reply code (not listable); `554 - "…"` and `“554 …` echo replies.
  { group: 'dev11', producer: 'sap-service-cloud-kb', file: 'sap-service-cloud-kb/sap-kb-3731791-outbound-bounces.txt',
    rules: [['E', /• (?=554 )/], ['E', /“(?=554 )/]] },
  // sSMTP's syslog line names the command it sent and the reply in parentheses; `sSMTP[157]` is a PID.
  { group: 'dev11', producer: 'ssmtp-syslog-error', file: 'ssmtp-syslog-error/gh-docker-nagios-54-rcpt-relaying-denied.txt',
    rules: [['C', /sSMTP\[\d+\]: (?=RCPT )/], ['E', /> \((?=550 )/]] },
  { group: 'dev11', producer: 'ssmtp-syslog-error', file: 'ssmtp-syslog-error/gh-unraid-zfs-snapshots-7-user-script-output.txt',
    rules: [['E', /Authorization failed \(/]] },
  // The router's log line and the issue title; `D7000`, `0100a`, ports and the date are numbers.
  { group: 'dev11', producer: 'netgear-router-email-log', file: 'netgear-router-email-log/gh-ancistrus-57-email-failed-500.txt',
    rules: [['E', /(?:\[email failed\] |^# email failed )/]] },
  // PowerShell error records around .NET's SmtpException: only enhanced codes (`5.7.1`, `5.7.3`), not listable; `ps1:615`, `ps1:225`,
  // `char:4` are line and column numbers.
  { group: 'dev11', producer: 'powershell-smtpclient-exception', file: 'powershell-smtpclient-exception/gh-vcheck-vsphere-284-exception-calling-send.txt',
    rules: [] },
  { group: 'dev11', producer: 'powershell-smtpclient-exception', file: 'powershell-smtpclient-exception/gh-veeamhub-powershell-190-error-record.txt',
    rules: [] },
  // Ruby's exception inspected in Logstash's log, once with the reply's CRLF putting `>}` on the next line; `7.5.2`, `pull/11115` are no codes.
  { group: 'dev11', producer: 'logstash-email-output', file: 'logstash-email-output/gh-logstash-11556-smtpauthenticationerror.txt',
    rules: [['E', /SMTPAuthenticationError: /]] },
  // The title glues the code to Chinese text (`公司邮箱报504 …`, an echo); the bare error line after `报错：`.
  { group: 'dev11', producer: 'open-falcon-mail-provider', file: 'open-falcon-mail-provider/gh-mail-provider-29-exchange-504.txt',
    rules: [['E', /^# 公司邮箱报/], ['E', /^(?=504 )/]] },
  // A bare session that starts mid-way (a 502 without its command); AUTH although the EHLO reply lists no AUTH.
  { group: 'dev11', producer: 'imap-devel-postfix-telnet', file: 'imap-devel-postfix-telnet/gh-docker-imap-devel-6-auth-not-enabled.txt',
    rules: [['S', /^(?=[2-5]\d\d[ -])/], ['C', ANY]],
    faults: [{ at: /^AUTH LOGIN$/, what: 'AUTH not advertised (the EHLO reply lists no AUTH mechanism)' }] },
  // Steps in prose with the typed lines between; `respond with a 250 – OK` names the expected code (not listed); the HELO reply is not shown.
  { group: 'dev11', producer: 'exchange-telnet-prose-steps', file: 'exchange-telnet-prose-steps/myuclab-how-to-test-smtp-with-telnet.txt',
    rules: [['S', /^(?=[2-5]\d\d )/], ['C', ANY]],
    faults: [{ at: /^mail from: test@test\.nl$/, what: 'MAIL address without angle brackets' },
      { at: /^rcpt to: user@company\.com$/, what: 'RCPT address without angle brackets' }] },
  // IIS SMTP 5.0 in a blog; the message's closing `.` line is lost on the page (not listed); `RFC 821` is no code.
  { group: 'dev11', producer: 'iis-smtp-telnet-blog', file: 'iis-smtp-telnet-blog/thevega-2009-iis-smtp-telnet-test.txt',
    rules: [['S', /^(?=[2-5]\d\d )/], ['C', ANY]],
    faults: [{ at: /^mail from: admin@test\.com$/, what: 'MAIL address without angle brackets' },
      { at: /^rcpt to: Sam@acc\.net$/, what: 'RCPT address without angle brackets' }] },
  // A PDF page whose text lost its spaces: replies and commands glued to prose (`response:220 …`, `appears:250`, `isfrom:MAIL FROM:…`,
  // `DATATheserverresponds:354 …`, where DATA cannot be told from the glued word); `33`, `822/2822` are a page and RFC numbers.
  { group: 'dev11', producer: 'flightconnect-manual-squashed-pdf', file: 'flightconnect-manual-squashed-pdf/liquid-controls-flightconnect-office-page-33.txt',
    rules: [['S', /response:(?=220 )/], ['S', /appears:(?=250$)/], ['S', /^(?=250 – )/], ['S', /responds:(?=354 )/], ['S', /^(?=500 )/],
      ['C', /^(?=EHLO )/], ['C', /isfrom:(?=MAIL )/], ['C', /recipient: (?=RCPT )/]],
    faults: [{ at: /isfrom:MAIL FROM:Admin@test\.com$/, what: 'MAIL address without angle brackets' },
      { at: /recipient: RCPT TO: User@Domain\.Com$/, what: 'RCPT address without angle brackets' }] },
  // Microsoft's telnet article exported from DokuWiki as text: table rows flattened to `Note: |`/`---|`, example replies on lines of their own;
  // `Open mail1.fabrikam.com 25` is telnet's command, `RFC 2821` and `Exchange Server 2010` no codes.
  { group: 'dev11', producer: 'exchange-telnet-doc-dokuwiki', file: 'exchange-telnet-doc-dokuwiki/netsec-pro-use-telnet-to-test-smtp-export-xhtml.txt',
    rules: [['S', /^(?=[2-5]\d\d )/], ['C', /^(?=EHLO )/]] },
  // smtpf's reply templates as a list (`- 550 5.7.1 host %s [%s] %s #120`); the `#120`…`#856` message numbers are no codes.
  { group: 'dev11', producer: 'smtpf-reply-list', file: 'smtpf-reply-list/snertsoft-smtpf-2-3-12-reply-list.txt', rules: [['S', /^- (?=[45]\d\d )/]] },
  { group: 'dev11', producer: 'invoiceninja-dashboard-log', file: 'invoiceninja-dashboard-log/gh-invoiceninja-7872-421-ehlo-inline.txt',
    rules: [['E', /message `/]] },
  // MailEnable's code list copied into a blog: each reply on a line of its own, its explanation below.
  { group: 'dev11', producer: 'mailenable-kb-response-codes', file: 'mailenable-kb-response-codes/gaurang-blog-smtp-custom-error-codes.txt',
    rules: [['S', /^(?=[2-5]\d\d )/]] },
  // ---------------------------------------------------------------- dev12: twelfth round (2026-12-06)
  // Producers in no group before: legacy web stacks and their logs (ColdFusion's mail log, phpBB's SMTP backtrace, MyBB, Dolibarr's
  // CMailFile, nette/mail), chat and collaboration servers (Mattermost, Delta Chat's desktop log), a Windows/Mac mail server's debug log
  // (Kerio Connect), device service manuals (a Canon imageRUNNER send kit, a Toshiba fax), delivery-event JSON (Amazon SES bounce objects,
  // sisimai, ActiveCampaign's smtp-field-manual, mailsherpa), a migrated bounce (Perl RT's TFS mailer), a C++/Qt client (qBittorrent),
  // an Android app (SmsForwarder), a webmail (AfterLogic) and a JS validator's issue (email-deep-validator).
  // ColdFusion's mail log: a CSV line whose quotes the blog turned into curly ones (“ ” ″), the reply inside the last quoted field;
  // `04/16/08`, `18:12:34`, `scheduler-0` are no codes.
  { group: 'dev12', producer: 'coldfusion-mail-log', file: 'coldfusion-mail-log/zeroonezero-sawing-logs-curly-quoted-csv.txt',
    rules: [['E', /SendFailedException: /]] },
  // The same JavaMail text from ColdFusion's error log in a blog; the blog lost the link, so the joined second reply line is a bare `550`.
  { group: 'dev12', producer: 'coldfusion-mail-log', file: 'coldfusion-mail-log/sltaylor-spamhaus-cf-error-log.txt',
    rules: [['E', /SendFailedException: /], ['E', /is listed at \( (?=550$)/]] },
  // A service manual page whose PDF text lost its line breaks: the example session glued into one line (`readyC: EHLO …S: 250-…`,
  // `250-8BITMIMES: 250-STARTTLS`); the line lists its replies only. The stored text ends inside `S: 25`, cut before it.
  // `#839`, `#843`, `2.1.2`, `0010-7593`, `F-2-2`, `RFC2487` are no codes.
  { group: 'dev12', producer: 'canon-imagerunner-service-manual', file: 'canon-imagerunner-service-manual/manualarchiveguide-du7-1178-page-56-glued-pdf.txt',
    rules: [['S', /S: (?=\d{3})/, { more: /S: / }]] },
  // The same manual on another site with its line breaks; annotations after the replies (`:<-- Indicates …`); `C & S:` lines and
  // `C: <starts TLS negotiation>` are no commands; `MAIL FROM <…>` lacks the colon. `2-8`, `2270`, `RFC 2487` are no codes.
  { group: 'dev12', producer: 'canon-imagerunner-service-manual', file: 'canon-imagerunner-service-manual/manualshive-du7-1178-page-60-smtp-reception.txt',
    rules: [['S', /^S: /], ['C', /^C: /]],
    faults: [{ at: /^C: MAIL FROM </, what: 'MAIL without the colon after FROM' }] },
  // Perl's RT migrated to GitHub: the bounce text with `&#8203;` entities and Markdown escapes (`\,`, `\#`, `\.`); `8203` is no code.
  { group: 'dev12', producer: 'perl-rt-tfs-bounce', file: 'perl-rt-tfs-bounce/gh-perl5-7593-tfs-failure-when-sending.txt',
    rules: [['E', /SMTP error&#8203;: /]] },
  { group: 'dev12', producer: 'afterlogic-webmail-error', file: 'afterlogic-webmail-error/gh-webmail-lite-8-77-parenthesised-535.txt',
    rules: [['E', /^\(/]] },
  // A JSON field with a literal `\r\n`; then replies pasted bare, one with `#5.1.0` (no enhanced code in this format).
  { group: 'dev12', producer: 'mailsherpa', file: 'mailsherpa/gh-mailsherpa-11-smtpresponse-json-field.txt',
    rules: [['E', /"SmtpResponse": "/]] },
  { group: 'dev12', producer: 'mailsherpa', file: 'mailsherpa/gh-mailsherpa-19-bare-replies-hash-enhanced.txt',
    rules: [['S', /^(?=[2-5]\d\d )/]] },
  // A Postfix status line in inline code and a diff of the field manual's JSON (`"response": "smtp;550 …`); `17514`, `3875`,
  // `3869/3.3/3.1/0`, `dsn=4.0.0`/`"status": "4.0.0"` (no reply code), `[102]`, hunk numbers and `"severity": 3` are no codes.
  { group: 'dev12', producer: 'smtp-field-manual-json', file: 'smtp-field-manual-json/gh-smtp-field-manual-60-orange-550-diff.txt',
    rules: [['E', /refused to talk to me: /], ['E', /"response": "smtp;/]] },
  // phpBB's SMTP backtrace: `LINE: 1443 <- 250-…` (phpBB's source line, then the reply), commands as `# EHLO`, blank lines between;
  // `# Omitting sensitive information` is no command; `Line 1553`, `587`, `31457280` are no codes.
  { group: 'dev12', producer: 'phpbb-smtp-backtrace', file: 'phpbb-smtp-backtrace/gh-sendgrid-docs-2491-phpbb-line-backtrace.txt',
    rules: [['S', /^LINE: \d+ <- /], ['C', /^# /], ['E', /Response: /]],
    // phpBB logs the command it sent: `# EHLO` with nothing after it (once with a trailing space), twice.
    faults: [{ at: /^# EHLO ?$/, what: 'EHLO without a domain' }, { at: /^# EHLO ?$/, n: 2, what: 'EHLO without a domain' }] },
  // `the RCPT TO command` is prose, not a command.
  { group: 'dev12', producer: 'mybb-mail-error', file: 'mybb-mail-error/gh-mybb-2578-rcpt-reason-554.txt',
    rules: [['E', /Reason: /]] },
  // The test button's message and the same text in Mattermost's JSON log; `"http_code":500`, `log.go:174`, the `ts` float are no codes.
  { group: 'dev12', producer: 'mattermost-smtp-test', file: 'mattermost-smtp-test/gh-mattermost-13224-zoho-553-ui-and-json.txt',
    rules: [['E', /SMTP server, /]] },
  { group: 'dev12', producer: 'mattermost-smtp-test', file: 'mattermost-smtp-test/gh-mattermost-1012-add-to-address-554.txt',
    rules: [['E', /email address - /]] },
  // Dolibarr's CMailFile: `Error [120]: … Response: 535 …` (several on one line), and its log's `mail SMTP error code 535` at the end of
  // a line; `[120]`, `[126]`, `[130]`, `465`, `msgishtml=-1` are no codes. The stored text of 10695 ends inside its last line (kept,
  // the code is complete).
  { group: 'dev12', producer: 'dolibarr-cmailfile', file: 'dolibarr-cmailfile/gh-dolibarr-25822-test-tool-and-dolibarr-log.txt',
    rules: [['E', /Response: /], ['E', /SMTP error code /]] },
  { group: 'dev12', producer: 'dolibarr-cmailfile', file: 'dolibarr-cmailfile/gh-dolibarr-10695-responses-joined-on-one-line.txt',
    rules: [['E', /Response: /]] },
  // Delta Chat desktop: the connectivity error quoting the greeting's first line with a literal `\r\n` in inline code, then the
  // tab-separated log (`1`, `4` account columns, `scheduler.rs:814`); `1.46.5`, `4.96.2`, `#2` are no codes.
  { group: 'dev12', producer: 'deltachat-desktop-log', file: 'deltachat-desktop-log/gh-chatmail-core-5911-unexpected-greeting-tsv.txt',
    rules: [['E', /Unexpected greeting: "/]] },
  // An SES bounce notification: `"diagnosticCode":"smtp; 550 5.1.1 …"`; `"status":"5.1.1"` has no reply code (not listable).
  { group: 'dev12', producer: 'amazon-ses-bounce-json', file: 'amazon-ses-bounce-json/gh-fxa-auth-server-834-bounce-object.txt',
    rules: [['E', /"diagnosticCode":"smtp; /]] },
  // sisimai's JSON: the reply in `diagnosticcode` and the code alone in `"replycode": "550"`; `"deliverystatus": "5.1.0"` (no reply code),
  // the timestamp, `AUP#In-1310` and `"softbounce": 0` are no codes.
  { group: 'dev12', producer: 'sisimai-json', file: 'sisimai-json/gh-p5-sisimai-395-diagnosticcode-replycode.txt',
    rules: [['E', /"diagnosticcode": "/], ['E', /"replycode": "/]] },
  // `3.1.3`, `3.1.2` (versions), `pull/67`, `'port' => 25` are no codes.
  { group: 'dev12', producer: 'nette-mail-smtpexception', file: 'nette-mail-smtpexception/gh-nette-mail-71-starttls-send-hello-first.txt',
    rules: [['E', /with error: /]] },
  // Kerio Connect's debug log: `{smtps} Command EHLO …` and `{smtps} Sent reply to EHLO: 250 …`; the thread id `[4522610688]`,
  // `Task 5647` and the client's address and port are no codes.
  { group: 'dev12', producer: 'kerio-connect-debug-log', file: 'kerio-connect-debug-log/gh-autopkgr-316-digest-md5-debug-log.txt',
    rules: [['S', /Sent reply to \w+: /], ['C', /\{smtps\} Command /]] },
  // A multi-line reply pasted bare after prose naming its code; `34032` (a port) and the IP digits are no codes.
  { group: 'dev12', producer: 'email-deep-validator', file: 'email-deep-validator/gh-email-deep-validator-9-junkmail-rbl.txt',
    rules: [['S', /^(?=[2-5]\d\d[ -])/], ['E', /send a (?=550 )/]] },
  // qBittorrent's own (Qt) SMTP client error in inline code; `v5.1.2`, `64-bit`, `6.9.1`, `2.0.11.0` and the list numbers are no codes.
  { group: 'dev12', producer: 'qbittorrent-email-notification', file: 'qbittorrent-email-notification/gh-qbittorrent-23480-535-msg-inline.txt',
    rules: [['E', /msg: /]] },
  // An Android app's error in the issue title, glued to Chinese text before it; `V3.3.1.240418` is a version.
  { group: 'dev12', producer: 'smsforwarder-android', file: 'smsforwarder-android/gh-smsforwarder-507-title-535-chinese.txt',
    rules: [['E', /send email: /]] },
  // A fax's service manual page: the session bare, the diagram's timers (`[5 minutes]`) and the vertical `D`/`A`/`T`/`A` below it;
  // `DATA BLOCK 1` is message text, not a command; the wrapped `transmission channel` continues the 221. The 250 answering DATA (the
  // manual's own error) is listed as a fault. `277`, `9.8.`, `RFC1123`, `Port No. 25`, `TCP 3 Way` are no codes.
  { group: 'dev12', producer: 'toshiba-fax-service-manual', file: 'toshiba-fax-service-manual/manualshive-e-studio190f-page-277-diagram.txt',
    rules: [['S', /^(?=[2-5]\d\d )/], ['C', /^(?!DATA BLOCK)/]],
    faults: [{ at: /^250 Start mail out/, what: '250 answering DATA (354 expected)' }] },
  // ---------------------------------------------------------------- dev13: thirteenth round (2026-12-06)
  // Producers in no group before: mail fetchers and small MTA clients (fetchmail -v, msmtp -v in English and in a Chinese blog,
  // sendEmail's syslog line), library loggers (Crystal's EMail shard, go-mail's WithDebugLog with the EHLO reply's keywords on lines of
  // their own, Go's glog in a Cloud Run log, Go slog JSON lines in Portuguese), test servers (blackhole's debug flag, a Python smtpd
  // dummy server's `Data: '…'` lines), web applications (Redmine, AVideo's PHPMailer log with console wrapping, a Honeybadger issue),
  // delivery-event JSON (Mailgun's bounces API), sendmail's syslog `reject=` lines in Japanese pages, a Japanese mail server's FAQ,
  // German and Spanish hosting FAQ code lists and a university help desk's bounce table.
  // fetchmail -v: `fetchmail: SMTP< 250-…`/`SMTP> …` between POP3 lines (`POP3> LIST 1`, `+OK 1 5661` are no SMTP); `SMTP error: 530 …` is an
  // echo; `99999999`, `5661`, `7447`, `587` are no codes. The MAIL address has no angle brackets.
  { group: 'dev13', producer: 'fetchmail-verbose', file: 'fetchmail-verbose/ubuntuforums-fetchmail-exchange-530-unbracketed-mail.txt',
    rules: [['S', /^fetchmail: SMTP< /], ['C', /^fetchmail: SMTP> /], ['E', /SMTP error: /]],
    faults: [{ at: /SMTP> MAIL FROM:someone@somewhere/, what: 'MAIL address without angle brackets' }] },
  // fetchmail's syslog line under Postfix's NOQUEUE reject (`…[127.0.0.1]: 553 5.7.1 …`); `[5540]`, `[5616]`, `2 of 4`, `14129` are no codes.
  { group: 'dev13', producer: 'fetchmail-verbose', file: 'fetchmail-verbose/gh-hardware-mailserver-276-syslog-smtp-error.txt',
    rules: [['E', /\]: /], ['E', /SMTP error: /]] },
  // msmtp -v: `<-- 250-…`/`--> EHLO …`.
  { group: 'dev13', producer: 'msmtp-verbose', file: 'msmtp-verbose/gh-mailrise-38-ehlo-without-auth.txt', rules: [['S', /^<-- /], ['C', /^--> /]] },
  // The same in a Chinese blog: MAIL, RCPT and DATA pipelined (PIPELINING advertised), their replies after them; `--> From: …` and `--> .`
  // are message text; the SASL blob was starred by the author.
  { group: 'dev13', producer: 'msmtp-verbose', file: 'msmtp-verbose/blog-zh-ssh-login-alert-qq-pipelined.txt', rules: [['S', /^<-- /], ['C', /^--> /]] },
  // Crystal's EMail shard at DEBUG: `[MailBot/24031] DEBUG <-- 250 …`; `--> Sending mail data` is no command; `51380224`, `3 recipient(s)` no codes.
  { group: 'dev13', producer: 'crystal-email-logger', file: 'crystal-email-logger/gh-crystal-email-readme-debug-log.txt',
    rules: [['S', /DEBUG <-- /], ['C', /DEBUG --> /]] },
  // go-mail's WithDebugLog: `[DEBUG] C <-- S: 250 server.example.com` with the further EHLO lines printed without their code (Go's textproto
  // joins them); those keyword lines are not listable; the empty `C --> S: ` is the SASL answer. `152428800` is no code.
  { group: 'dev13', producer: 'go-mail-debug-log', file: 'go-mail-debug-log/go-mail-docs-withdebuglog-joined-ehlo-reply.txt',
    rules: [['S', /C <-- S: /], ['C', /C --> S: /]] },
  // glog in a Cloud Run log, in inline code: `E1210 04:12:44.669479 1 notifiers.go:449] … failed to send email: 554 …`; `1210`, `449`, `1` no codes.
  { group: 'dev13', producer: 'gcp-cloud-run-glog', file: 'gcp-cloud-run-glog/gh-cloud-build-notifiers-87-ses-554-inline.txt',
    rules: [['E', /failed to send email: /]] },
  // sendmail's syslog `reject=553 5.1.8 …` in a Japanese page that joined each reject line with the next log lines; `[4702]`, `[345]`, IPs,
  // `size=0`, `nrcpts=0` are no codes.
  { group: 'dev13', producer: 'sendmail-syslog-reject', file: 'sendmail-syslog-reject/nyanta-jp-check-mail-check-rcpt-joined-lines.txt',
    rules: [['E', /reject=/]] },
  // NEC's Japanese KB: `reject=553 ****** …` with the address starred; `reject=******`, `MW300f`, `Express5800` are no codes.
  { group: 'dev13', producer: 'sendmail-syslog-reject', file: 'sendmail-syslog-reject/nec-support-jp-reject-display-examples.txt',
    rules: [['E', /reject=/]] },
  // e-Post Mail Server's Japanese FAQ: the replies in double quotes on lines of their own; `Level:1xx` is no code.
  { group: 'dev13', producer: 'e-post-mail-server-faq', file: 'e-post-mail-server-faq/e-postinc-jp-faq04-25-quoted-replies.txt',
    rules: [['E', /^"/]] },
  // Redmine's production log: `Net::SMTPFatalError (554 DT:SPM 163 …` with `):` on the next line; `Completed 500 Internal Server Error`
  // (HTTP), `(2.0ms)`, `197ms`, `mailer.rb:455`, `10-patches.rb:154`, `issue.rb:909` are no codes.
  { group: 'dev13', producer: 'redmine-delivery-error', file: 'redmine-delivery-error/gh-docker-redmine-133-163-spam-554.txt',
    rules: [['E', /SMTPFatalError \(/]] },
  { group: 'dev13', producer: 'redmine-delivery-error', file: 'redmine-delivery-error/gh-bitnami-redmine-100-console-501.txt',
    rules: [['E', /Email delivery error: /]] },
  // sendEmail (Perl) in syslog: `sendEmail.exe[4908]: ERROR => Received:     530 …`; `[4908]` is no code.
  { group: 'dev13', producer: 'sendemail-perl-syslog', file: 'sendemail-perl-syslog/gh-prey-bash-client-77-exe-530.txt',
    rules: [['E', /ERROR => Received: +/]] },
  // AVideo's log wrapping PHPMailer's debug output: `AVideoLog::ERROR: SMTP ERROR 2; message: SERVER -> CLIENT: 250-…` with the further EHLO
  // lines unprefixed and a blank line after each entry; `SMTP ERROR 1/2/3` are debug levels, `587`, `timeout=300` no codes.
  { group: 'dev13', producer: 'avideo-phpmailer-log', file: 'avideo-phpmailer-log/gh-avideo-3212-error-level-unprefixed-ehlo.txt',
    rules: [['S', /SERVER -> CLIENT: /], ['C', /CLIENT -> SERVER: /]], cont: true },
  // The same log pasted from an 80-column console into a wider one: the marker is cut into `SERVER -> CL` + 88 spaces + `IENT: `.
  { group: 'dev13', producer: 'avideo-phpmailer-log', file: 'avideo-phpmailer-log/gh-avideo-3212-console-wrapped-at-80.txt',
    rules: [['S', /SERVER -> CL +IENT: /], ['C', /CLIENT -> SE +RVER: /]], cont: true },
  // blackhole's debug flag: `- [9AF260AB7F] RECV: HELO` / `SEND: 250 2.5.0 OK, done`, indented by a reST literal block; message text after
  // 354 is `RECV:` too (`From:`, `To:`, `.`); `3.5.4` in `354 3.5.4` is no valid enhanced code (class 3): not listed as enhanced, listed as a fault; `,788` no code.
  { group: 'dev13', producer: 'blackhole-debug-log', file: 'blackhole-debug-log/blackhole-docs-debug-flag-bare-helo.txt',
    rules: [['S', /\] SEND: /], ['C', /\] RECV: /]],
    faults: [{ at: /RECV: HELO$/, what: 'HELO without a domain' },
      { at: /SEND: 354 3\.5\.4/, what: 'malformed enhanced status code 3.5.4 in the 354 reply (class must be 2, 4 or 5)' }] },
  // A Python smtpd dummy server's `Data: 'EHLO localhost'` lines (commands, no replies), then a telnet session; `55023`, `10025` no codes.
  { group: 'dev13', producer: 'smtp2mqtt-dummy-server', file: 'smtp2mqtt-dummy-server/gh-smtp2mqtt-1-camera-data-lines-and-telnet.txt',
    rules: [['C', /^Data: '/], ['S', /^(?=[2-5]\d\d )/], ['C', /^(?=(?:helo|AUTH) )/]],
    faults: [{ at: /^AUTH LOGIN$/, what: 'AUTH used although not advertised (HELO session)' }] },
  // German hosting FAQs: replies at the start of a line with German prose below; `571 5.7.1` has a second digit outside RFC 5321's grammar (listed as a fault, issue 19 wants it warned about);
  // `554 5.7.1 : Relay…` lost its address; `6 min`, `20 min` are no codes.
  { group: 'dev13', producer: 'german-hoster-faq-replies', file: 'german-hoster-faq-replies/bytecamp-de-faq-zustellen-571.txt',
    rules: [['S', /^(?=[2-5]\d\d )/]],
    faults: [{ at: /^571 5\.7\.1/, what: 'reply code 571 outside RFC 5321 §4.2 grammar (second digit 7)' }] },
  { group: 'dev13', producer: 'german-hoster-faq-replies', file: 'german-hoster-faq-replies/onesystems-ch-haeufige-fehlermeldungen.txt',
    rules: [['S', /^(?=[2-5]\d\d )/]] },
  // A university help desk's table flattened to one cell per line (`|` and `--` rows): `>>> RCPT To:…`, `<<< 550 …`, `< 554 …` and the bare
  // bounce lines; `19 (17 max)`, `line 1` are no codes.
  { group: 'dev13', producer: 'helpdesk-bounce-table', file: 'helpdesk-bounce-table/umd-helpdesk-3025-session-transcript-table.txt',
    rules: [['S', /^<<< /], ['S', /^< /], ['S', /^(?=[2-5]\d\d )/], ['C', /^>>> /]] },
  // A Honeybadger issue title: `[Figgy/staging] Net::SMTPServerBusy: 454 4.7.1 <…>: …`; `53391`, `108965016` are no codes.
  { group: 'dev13', producer: 'honeybadger-issue-title', file: 'honeybadger-issue-title/gh-figgy-6455-smtpserverbusy-454.txt',
    rules: [['E', /SMTPServerBusy: /]] },
  // Mailgun's bounces API JSON, minified on one line and pretty-printed: `"code":"550","error":"550 5.1.1 …\n5.1.1 …"`; the joined
  // continuation lines after a literal `\n` carry only the enhanced code (not listable); `limit=100`, `%40`, `\u0026` are no codes.
  { group: 'dev13', producer: 'mailgun-bounces-json', file: 'mailgun-bounces-json/gh-prettyjson-m-readme-bounces-one-line-and-pretty.txt',
    rules: [['E', /"error":"/], ['E', /"code":"/]] },
  // Go slog JSON lines in a Portuguese issue text: `"error":"535 5.7.8 …\n5.7.8  https://…"` and `… after 4 attempts: 535 …`; `"attempt":1`
  // and the nanosecond timestamps are no codes.
  { group: 'dev13', producer: 'go-slog-json-pt', file: 'go-slog-json-pt/stored-go-notification-slog-json-535-retries.txt',
    rules: [['E', /"error":"/], ['E', /after 4 attempts: /]] },
  // Spanish hosting error lists: `SMTP 421 ERROR – Service not available…` and `SMTP 421` alone above its text; `SMTP 502.` (a dot after the
  // code) is not listable; `30 minutos` is no code.
  { group: 'dev13', producer: 'spanish-hosting-smtp-error-list', file: 'spanish-hosting-smtp-error-list/deservidores-blog-smtp-nnn-error-dash.txt',
    rules: [['S', /^SMTP (?=\d{3} ERROR)/]] },
  { group: 'dev13', producer: 'spanish-hosting-smtp-error-list', file: 'spanish-hosting-smtp-error-list/americandominios-kb-303-code-on-own-line.txt',
    rules: [['S', /^SMTP (?=\d{3}$)/]] },
  // ---------------------------------------------------------------- dev14: fourteenth round (2026-12-06)
  // Producers in no group before: application frameworks and self-hosted apps that print the server's reply inside their own error text
  // (Zulip's send_test_email with its captured smtplib log, Home Assistant, Frappe, a Sentry issue mirrored to GitLab, DefectDojo under
  // docker compose, JumpServer's JSON, motionEye, a Splunk app quoted with `>`, ComicBook in Chinese), JVM/Deno/Go libraries (Vert.x mail
  // via Quarkus, denomailer, go-simple-mail, wg-gen-web's logrus `err="…"`), monitoring and embedded senders (keepalived with the relay's
  // Exchange protocol log, ESPMailer on an ESP8266, an OpenWrt LuCI app), mail servers' own logs from pastebin (SmarterMail `rsp:`/`cmd:`,
  // MailEnable's SMTP-IN activity log, Halon smtpd, sendmail's syslog `---`/`<--` trace) and two bulk mailers' session logs.
  // Python tuples `(535, b'5.7.8 …')` put a comma after the code: their rules take `comma` (and a textSkip to the enhanced code).
  // send_test_email: the smtplib debug log it captures; `Failed to send mails: (535, b'…')` is an echo; `connect: b'…'` repeats the greeting
  // text without its code (not listable); `587`, `15728640` are no codes.
  { group: 'dev14', producer: 'zulip-send-test-email', file: 'zulip-send-test-email/gh-zulip-30505-auth-failed-smtp-log.txt',
    rules: [['S', /^reply: b'/], ['C', /^send: '/], ['E', /reply: retcode \(/, { textSkip: /^\); Msg: b'/ }],
      ['E', /Failed to send mails: \(/, { comma: true, textSkip: /^, b'/ }]] },
  // The same with the refused recipients as a dict (`{'…': (550, b'Verification failed …\n…')}`) and Exim's three-line greeting.
  { group: 'dev14', producer: 'zulip-send-test-email', file: 'zulip-send-test-email/gh-zulip-23990-recipients-dict-exim-greeting.txt',
    rules: [['S', /^reply: b'/], ['C', /^send: '/], ['E', /reply: retcode \(/, { textSkip: /^\); Msg: b'/ }],
      ['E', /': \(/, { comma: true, textSkip: /^, b'/ }]] },
  // Home Assistant's log: `smtplib.SMTPAuthenticationError: (534, b'5.7.9 …\n5.7.9  https://…')`; the part after the literal `\n` carries only
  // the enhanced code (not listable); `line 750`, `python3.13` are no codes.
  { group: 'dev14', producer: 'home-assistant-smtp', file: 'home-assistant-smtp/gh-ha-core-147484-traceback-534.txt',
    rules: [['E', /SMTPAuthenticationError: \(/, { comma: true, textSkip: /^, b'/ }]] },
  // Frappe's email queue (Python 2): `{u'admin@example.com': (501, '5.1.5 …')}` on its own and after `SMTPRecipientsRefused: `.
  { group: 'dev14', producer: 'frappe-email-queue', file: 'frappe-email-queue/gh-frappe-8514-recipients-refused-dict.txt',
    rules: [['E', /': \(/, { comma: true, textSkip: /^, '/ }]] },
  // A Sentry issue mirrored into GitLab: `SMTPRecipientsRefused: {'…': (550, b'5.1.1 <…>: Recipient address rejected: …')}`; `(11 additional …)` no code.
  { group: 'dev14', producer: 'sentry-gitlab-issue', file: 'sentry-gitlab-issue/gh-sith-91-recipients-refused-django.txt',
    rules: [['E', /': \(/, { comma: true, textSkip: /^, b'/ }]] },
  // DefectDojo under docker compose: `uwsgi_1         | smtplib.SMTPSenderRefused: (530, b'5.7.0 Must issue a STARTTLS command first', 'defectdojo')`.
  { group: 'dev14', producer: 'defectdojo-uwsgi', file: 'defectdojo-uwsgi/gh-defectdojo-5112-compose-sender-refused.txt',
    rules: [['E', /SMTPSenderRefused: \(/, { comma: true, textSkip: /^, b'/ }]] },
  // JumpServer's test button, quoted in a Chinese issue: `{"error":"(535, b'5.7.3 Authentication unsuccessful')"}`, twice on one line; `25`,
  // `1.4.8-2`, `0.3.x` are no codes.
  { group: 'dev14', producer: 'jumpserver-test-connection', file: 'jumpserver-test-connection/gh-jumpserver-3561-json-error-tuple.txt',
    rules: [['E', /"error":"\(/, { comma: true, textSkip: /^, b'/ }]] },
  // motionEye's log: `[sendmail]    ERROR: failed to send mail: (535, '5.7.8 …\n5.7.8  https://…')` and the traceback's last line.
  { group: 'dev14', producer: 'motioneye-sendmail', file: 'motioneye-sendmail/gh-motioneyeos-133-failed-to-send-mail-tuple.txt',
    rules: [['E', /failed to send mail: \(/, { comma: true, textSkip: /^, '/ }], ['E', /SMTPAuthenticationError: \(/, { comma: true, textSkip: /^, '/ }]] },
  // A Splunk app's log quoted line by line with `>` (the quote mark also lands mid-line): `>SMTPAuthenticationError: (535, '5.7.8 …')`;
  // `,747`, `line 272`, `line 615` are no codes.
  { group: 'dev14', producer: 'splunk-alert-manager', file: 'splunk-alert-manager/gh-alert-manager-63-quoted-traceback.txt',
    rules: [['E', /SMTPAuthenticationError: \(/, { comma: true, textSkip: /^, '/ }]] },
  // ComicBook's own print in a Chinese issue: `！error:(535, b'…')` (a full-width exclamation mark) and the bare tuple below.
  { group: 'dev14', producer: 'comicbook-notify', file: 'comicbook-notify/gh-comicbook-3-fullwidth-error-535.txt',
    rules: [['E', /error:\(/, { comma: true, textSkip: /^, b'/ }], ['E', /^\(/, { comma: true, textSkip: /^, b'/ }]] },
  // Vert.x mail through Quarkus: `NoStackTraceThrowable: AUTH XOAUTH2 failed 535-5.7.8 …` with the reply's last line `535 5.7.8  https://…`
  // at the start of the next line; `java:292`, `748` are no codes.
  { group: 'dev14', producer: 'vertx-mail-client', file: 'vertx-mail-client/gh-quarkus-4510-xoauth2-535-two-lines.txt',
    rules: [['E', /AUTH XOAUTH2 failed /], ['E', /^(?=\d{3} )/]] },
  // denomailer 0.12: `Error: 250: -srv8…` (its parser split `250-`; a colon after the code: not listable, a hover there counts as a false
  // hover), then the debug log's first greeting line `220-srv8… ` bare; `391:13`, `#2`, `1.19.3` are no codes.
  { group: 'dev14', producer: 'denomailer', file: 'denomailer/gh-denomailer-9-error-250-colon-exim-banner.txt',
    rules: [['S', /^(?=220-)/]] },
  // denomailer's debug output as console.table: the command's verb in a cell, `│     0 │ "EHLO"         │`; `0`, `1` are row indexes.
  { group: 'dev14', producer: 'denomailer', file: 'denomailer/gh-denomailer-4-console-table-ehlo.txt',
    rules: [['C', /^│ +0 │ "/]] },
  // go-simple-mail: `Mail Error on Auth: 535 5.7.8 …`, once in inline code and once in a fence.
  { group: 'dev14', producer: 'go-simple-mail', file: 'go-simple-mail/gh-go-simple-mail-69-mail-error-on-auth.txt',
    rules: [['E', /Mail Error on Auth: /]] },
  // wg-gen-web under docker compose, logrus: `err="535 5.7.3 Authentication unsuccessful"`.
  { group: 'dev14', producer: 'wg-gen-web-logrus', file: 'wg-gen-web-logrus/gh-wg-gen-web-68-compose-err-field.txt',
    rules: [['E', /err="/]] },
  // keepalived's syslog `SMTP status code = 501` below the relay's Exchange protocol log (`<,MAIL FROM:…`, `*,Tarpit … due to '501 5.1.7 …'`);
  // the MAIL path holds a display name inside the angle brackets. `:25`, `45458`, `[1854439]`, `4`, `5` (sequence numbers) are no codes.
  { group: 'dev14', producer: 'keepalived', file: 'keepalived/gh-keepalived-2365-exchange-csv-and-syslog.txt',
    rules: [['C', /^(?:[^,]*,){6}<,/], ['E', /due to '/], ['E', /SMTP status code = /]],
    faults: [{ at: /<,MAIL FROM:<REDACTED SERVICE NAME </, what: 'MAIL path is not a mailbox: a display name inside the angle brackets (501 5.1.7)' }] },
  // An OpenWrt LuCI app's message: `Error: MAIL FROM failed: '550 Authentication is required for relay'`.
  { group: 'dev14', producer: 'luci-app-sms-tool-js', file: 'luci-app-sms-tool-js/gh-luci-app-sms-tool-js-45-mail-from-failed.txt',
    rules: [['E', /MAIL FROM failed: '/]] },
  // ESPMailer on an ESP8266, quoted with `> `: `<220 …` and `>HELO …` glued to their marks; the error block repeats the command (not sent
  // again) and the reply (an echo). AUTH after HELO although nothing was advertised.
  { group: 'dev14', producer: 'espmailer-arduino', file: 'espmailer-arduino/gh-espmailer-2-quoted-angle-markers.txt',
    rules: [['S', /^> </], ['C', /^> >/], ['E', /^> (?=\d{3} )/]], skipCommands: [13],
    faults: [{ at: /^> >AUTH LOGIN/, what: 'AUTH used although not advertised (HELO session)' }] },
  // SmarterMail's SMTP log on pastebin (`- ` list marks): `[…][43884679] rsp: 250-…` / `cmd: EHLO …`; the EHLO reply's lines are glued
  // without their CRLF (`…[113.176.99.244]250-SIZE 52428800250-AUTH …250 OK`): every glued line is listed. `senderEmail(1)`, ids, IPs no codes.
  { group: 'dev14', producer: 'smartermail-smtp-log', file: 'smartermail-smtp-log/pastebin-KcVhXQws-rsp-cmd-joined-ehlo.txt',
    rules: [['S', /\] rsp: /, { more: /(?<=.)(?=250[- ])/ }], ['C', /\] cmd: /]] },
  // MailEnable's SMTP-IN activity log: verb column, the command, then the reply on the same line (listed as echoes, as for OpenSMTPD's
  // `"RCPT TO:<…>" => 550`); the greeting line has no command. `880`, `120 11`, `18 30` (byte counts) are no codes; `{blank}` is SASL data.
  { group: 'dev14', producer: 'mailenable-smtp-activity-log', file: 'mailenable-smtp-activity-log/pastebin-vSC45Rhz-smtp-in-command-and-reply.txt',
    rules: [['C', /\d+\.\d+\.\d+\.\d+ [A-Z]+ /], ['S', /\d+\.\d+\.\d+\.\d+ (?=\d{3} )/], ['E', /(?<!\d\.\d{1,3}) (?=[2-5]\d\d[- ][A-Za-z])/]] },
  // Halon's smtpd log, numbered: `[SMTP] [___] 250-…|250-PIPELINING|…|250 8BITMIME` (the EHLO reply joined by `|`, every part listed),
  // `[SMTP] [EHLO] EHLO …`, `[SMTP] [tls] 220 2.0.0 …`; `:9341`, `(mailserver:1)`, `(256 bits)` are no codes.
  { group: 'dev14', producer: 'halon-smtpd-log', file: 'halon-smtpd-log/pastebin-e3WKzvej-numbered-pipe-joined-ehlo.txt',
    rules: [['S', /\] \[SMTP\] \[(?:___|tls)\] /, { more: /\|/ }], ['C', /\] \[SMTP\] \[[A-Z]+\] /]] },
  // The same later in the session (`- ` list marks, the first line cut as stored): RCPT, DATA, `[EOD] .`, and `Accepted: "250 2.1.5 Ok"`
  // (an echo of the reply logged below it); `(rcptflow:1)`, `0.009105317000000002` are no codes.
  { group: 'dev14', producer: 'halon-smtpd-log', file: 'halon-smtpd-log/pastebin-UdZiCJ6i-rcpt-data-script-lines.txt',
    rules: [['S', /\] \[SMTP\] \[___\] /], ['C', /\] \[SMTP\] \[[A-Z]+\] /], ['E', /Accepted: "/]] },
  // sendmail's own syslog trace of an inbound session: `q02ES2ap016232: --- 250-…` (replies) / `<-- EHLO userPC`; `[16232]` no code.
  { group: 'dev14', producer: 'sendmail-syslog-smtp-trace', file: 'sendmail-syslog-smtp-trace/pastebin-vWehuBFM-dashes-and-arrows.txt',
    rules: [['S', /: --- /], ['C', /: <-- /]] },
  // A bulk mailer's session log: only the server's replies, `- ` list marks, between the tool's own lines; `60162034` is a queue id.
  { group: 'dev14', producer: 'bulk-mailer-session-log', file: 'bulk-mailer-session-log/pastebin-kihUg8mc-replies-only-communigate.txt',
    rules: [['S', /^- (?=\d{3}[ -])/]] },
  // phpSMTPBulk's session (`- ` list marks): both sides bare, each AUTH LOGIN answer logged before the 334 it answers, message text after 354.
  { group: 'dev14', producer: 'phpsmtpbulk-session', file: 'phpsmtpbulk-session/pastebin-JShULfKH-auth-answers-before-334.txt',
    rules: [['S', /^- (?=\d{3}[ -])/], ['C', /^- /]] },
  // ---------------------------------------------------------------- dev15: fifteenth round (2026-12-06)
  // Producers in no group before: self-hosted apps' error text (Rocket.Chat's Meteor email, Paperless-ngx, authentik, Overseerr's winston
  // JSON, Chatwoot's sidekiq, BillionMail's bounce and nodemailer info object, Craft CMS, LTB Self Service Password), Python/Ruby/PHP
  // libraries inside apps (fastapi-mail, FitTrackee's dramatiq traceback, ipwatch, mailanes' net/smtp backtrace, a Django debug page, CakePHP's
  // SmtpTransport in two apps, Zend_Mail in Magento 1), protocol logs (CPP-SMTPClient's `c:`/`s:` log, wolfSSL's example client with blank
  // lines between replies), docs and KB text (Exchange Queue Viewer's Last Error, ntool's smtp-diag example, MaxBulk Mailer's flattened
  // table) and a Gmail bounce ("The response from the remote server was:").
  // Expected codes a tool names (`_expect(235)`, `Expected response code \"250\/251\/252\"`) are not listed: no reply carried them.
  // Rocket.Chat under journald: `Exception in defer callback: { Error: Mail command failed: 555 5.5.2 …`; `558:19` no code.
  { group: 'dev15', producer: 'rocketchat-meteor-email', file: 'rocketchat-meteor-email/gh-rocketchat-15016-journald-mail-command-failed.txt',
    rules: [['E', /Mail command failed: /]] },
  // Rocket.Chat 0.x in Markdown bold italics: `SenderError: Mail from command failed - 555 5.5.2 …_**`.
  { group: 'dev15', producer: 'rocketchat-meteor-email', file: 'rocketchat-meteor-email/gh-rocketchat-1808-bold-italic-sendererror-555.txt',
    rules: [['E', /command failed - /]] },
  // Paperless-ngx: `smtplib.SMTPRecipientsRefused: {'…': (504, b'5.5.2 <webmaster@localhost>: …')}` and the first postfix line.
  { group: 'dev15', producer: 'paperless-ngx-smtplib', file: 'paperless-ngx-smtplib/gh-paperless-ngx-4866-recipients-refused-504-postfix.txt',
    rules: [['E', /': \(/, { comma: true, textSkip: /^, b'/ }]] },
  // authentik: the title's `fails with 503 auth required` (the reply's code named) and `SMTPSenderRefused: (503, '5.5.1 …')` in inline code.
  { group: 'dev15', producer: 'authentik-email-stage', file: 'authentik-email-stage/gh-authentik-22544-sender-refused-503-prose.txt',
    rules: [['E', /fails with /], ['E', /SMTPSenderRefused: \(/, { comma: true, textSkip: /^, '/ }]] },
  // fastapi-mail: `ConnectionErrors: Exception raised (535, '5.7.8 …'), check your credentials …`, bare and in inline code.
  { group: 'dev15', producer: 'fastapi-mail', file: 'fastapi-mail/gh-fastapi-mail-212-connection-errors-535.txt',
    rules: [['E', /Exception raised \(/, { comma: true, textSkip: /^, '/ }]] },
  // FitTrackee's dramatiq worker: the traceback's last line `smtplib.SMTPAuthenticationError: (535, b'5.7.8 …')`; line numbers no codes.
  { group: 'dev15', producer: 'fittrackee-dramatiq', file: 'fittrackee-dramatiq/gh-fittrackee-412-traceback-535.txt',
    rules: [['E', /SMTPAuthenticationError: \(/, { comma: true, textSkip: /^, b'/ }]] },
  // ipwatch: `smtplib.SMTPDataError: (550, b'2f1360f5227ac95-29a5c Mail rejected')`; `line 888`, `python3.6` no codes.
  { group: 'dev15', producer: 'ipwatch', file: 'ipwatch/gh-ipwatch-15-smtpdataerror-550.txt',
    rules: [['E', /SMTPDataError: \(/, { comma: true, textSkip: /^, b'/ }]] },
  // mailanes (Ruby): `Net::SMTPAuthenticationError: 535 Authentication Credentials Invalid` above a net/smtp backtrace (`smtp.rb:981` no code).
  { group: 'dev15', producer: 'mailanes-ruby', file: 'mailanes-ruby/gh-mailanes-94-net-smtp-535-backtrace.txt',
    rules: [['E', /SMTPAuthenticationError: /]] },
  // Zend_Mail 1 in Magento 1: the exception message keeps only the enhanced codes (`'5.7.8 Username and Password not accepted…`, ` 5.7.8 http…`):
  // nothing listable; `_expect(235)` is the code it waited for, not a reply; `:431`, `(95)` no codes.
  { group: 'dev15', producer: 'zend-mail-magento1', file: 'zend-mail-magento1/gh-smtppro-70-zend-protocol-exception-multiline.txt',
    rules: [] },
  // Overseerr's winston line: `"errorMessage":"Server terminates connection. response=421 4.7.0 … gsmtp: 421 4.7.0 …"` (nodemailer's text, twice).
  { group: 'dev15', producer: 'overseerr-winston', file: 'overseerr-winston/gh-overseerr-1887-421-ehlo-errormessage.txt',
    rules: [['E', /response=/], ['E', /gsmtp: /]] },
  // BillionMail (Postfix with its own names): the bounce's `said: 530` with the reply's text on the next line, `Diagnostic-Code: smtp; 530 …`,
  // and nodemailer's info object `response: '250 2.0.0 Ok: queued as …'`; `Status: 5.0.0` (no reply code), sizes and times no codes.
  { group: 'dev15', producer: 'billionmail', file: 'billionmail/gh-billionmail-156-bounce-and-nodemailer-info.txt',
    rules: [['E', /said: /], ['E', /smtp; /], ['E', /response: '/]] },
  // CakePHP's SmtpTransport: `SMTP Error: 535 5.7.8 …` in inline code, then a telnet check with the bare greeting; `587` no code.
  { group: 'dev15', producer: 'cakephp-smtp-transport', file: 'cakephp-smtp-transport/gh-cakephp-13708-socketexception-535-telnet.txt',
    rules: [['E', /SMTP Error: /], ['S', /^(?=220 )/]] },
  // MISP (CakePHP 2): `**[SocketException] SMTP Error: 535 5.7.8 …**` and the stack trace (`(186)`, `#10` no codes).
  { group: 'dev15', producer: 'cakephp-smtp-transport', file: 'cakephp-smtp-transport/gh-misp-4422-socketexception-stack-trace.txt',
    rules: [['E', /SMTP Error: /]] },
  // Chatwoot's sidekiq UI: `Net::SMTPFatalError` with the reply `550 The from address …` on the next line.
  { group: 'dev15', producer: 'chatwoot-sidekiq', file: 'chatwoot-sidekiq/gh-chatwoot-2541-smtpfatalerror-next-line.txt',
    rules: [['E', /^(?=550 )/]] },
  // Gmail's bounce quoted in an ntfy issue: `The response from the remote server was:` then the reply `554 5.0.0 Error: …` with JSON in its text.
  { group: 'dev15', producer: 'gmail-ndr-text', file: 'gmail-ndr-text/gh-ntfy-776-remote-server-response-554.txt',
    rules: [['S', /^(?=554 )/]] },
  // Django's debug page (copy-paste view): `(530, b'5.5.1 Authentication Required. Learn more at\n5.5.1  https://…', '…')` twice; the part after
  // the literal `\n` has only the enhanced code (not listable); ports, `line 783`, versions no codes.
  { group: 'dev15', producer: 'django-debug-page', file: 'django-debug-page/gh-signalserver-151-sender-refused-530.txt',
    rules: [['E', /^\(/, { comma: true, textSkip: /^, b'/ }]] },
  // LTB Self Service Password's log, quoted in prose: PHPMailer's `SMTP ERROR: MAIL FROM command failed: 503 Error: need EHLO and AUTH first !\r\n,`.
  { group: 'dev15', producer: 'ltb-self-service-password', file: 'ltb-self-service-password/gh-ltb-ssp-436-phpmailer-error-crlf.txt',
    rules: [['E', /command failed: /]] },
  // Craft CMS, Symfony Mailer's text JSON-escaped: `but got code \"550\", with message \"550 relay access denied …\"`; the expected codes
  // `\"250\/251\/252\"` are not listed; `:331` no code.
  { group: 'dev15', producer: 'craftcms-symfony-mailer', file: 'craftcms-symfony-mailer/gh-craftcms-18248-json-escaped-550.txt',
    rules: [['E', /got code \\"/], ['E', /with message \\"/]] },
  // Exchange Queue Viewer's Last Error in a KB page (headings glued to the text): `451 4.4.0 Primary target IP address responded with:
  // "451 5.7.3 …"` (Exchange's own status, then the remote reply it quotes) and the shell filter `-like "451 4.4.0*"`; `979175`, `2.0` no codes.
  { group: 'dev15', producer: 'exchange-queue-viewer', file: 'exchange-queue-viewer/mskb-979175-last-error-451-primary-target.txt',
    rules: [['S', /^(?=451 )/], ['E', /responded with: "/], ['E', /-like "/]] },
  // wolfSSL's example client with `-M smtp`: the replies bare, a blank line after each, no commands shown; `587`, sizes, times no codes.
  { group: 'dev15', producer: 'wolfssl-example-client', file: 'wolfssl-example-client/gh-wolfssl-395-starttls-blank-lines.txt',
    rules: [['S', /^(?=[2-5]\d\d[ -])/]] },
  // ntool's smtp-diag example (Italian): `[2/6] Banner SMTP: 220 …` and `[3/6] EHLO... 250-STARTTLS, 250-AUTH, 250-SIZE 52428800` (the EHLO
  // reply's lines joined by commas, each listed); the step labels `EHLO...`, `STARTTLS...` are not commands; `25`, `23ms`, `[1/6]` no codes.
  { group: 'dev15', producer: 'ntool-smtp-diag', file: 'ntool-smtp-diag/ntool-guide-smtp-diag-comma-joined-ehlo.txt',
    rules: [['E', /Banner SMTP: /], ['E', /(?:EHLO\.\.\. |, )(?=250[- ])/]] },
  // MaxBulk Mailer's help page, its table flattened: `Server:`/`Client:` cells on their own lines between `|`, each reply or command followed
  // by ` |`; then a list of codes, each code alone on its line above its text. RFC 821's `SEND FROM:` is no verb the corpus lists.
  // (Its only RCPT is refused with 450, yet DATA follows and gets 354: DATA without an accepted recipient, RFC 5321 §3.3.)
  { group: 'dev15', producer: 'maxbulk-mailer-docs', file: 'maxbulk-mailer-docs/maxprog-connection-log-meaning-flattened-table.txt',
    rules: [['S', /^(?=\d{3}(?: |$))/], ['C', /^(?:- )?/]],
    faults: [{ at: /^DATA \|$/, what: 'DATA after the only RCPT was refused (450), accepted with 354' }] },
  // CPP-SMTPClient-library's log: `s: 250-…` with the reply's further lines bare, `c: ehlo …\r\n` (a literal `\r\n`), the library's own
  // `c:` notes and `c & s:` lines; `error code [550]` repeats the RCPT reply's code. The greeting shows only its `220-` line (as logged).
  { group: 'dev15', producer: 'cpp-smtpclient', file: 'cpp-smtpclient/gh-cpp-smtpclient-57-c-s-prefixes-proton-550.txt',
    rules: [['S', /^s: /], ['C', /^c: /], ['E', /error code \[/]], cont: true },
  // ---------------------------------------------------------------- dev16: sixteenth round (2026-12-06)
  // Producers in no group before: Q&A, forum and wiki pages (a howtoforge post whose `:p` became a smiley, a French wiki's `Commande:`/
  // `Réponse:` steps, a wiki flattening a session into `Mailserver says:`/`Sender says:` and `S:`/`C:` runs on one line, a Server Fault
  // question listing replies), vendors' KB and docs (Xeams' audit log, Symantec Email Security.cloud's `Reason:` bullets, VPOP3's DokuWiki
  // export, Gordano GMS, a Plesk KB maillog), error-code explainer pages (TamingDNS in two stored copies, SMTPTester, a blog quoting Gmail),
  // libraries in languages not used before (NodeMCU Lua, lua-resty-smtp, D's vibe.d, Swift's Kitura Swift-SMTP and SwiftMail, chasquid's
  // reply in prose) and apps (SickChill, tgtg, Pi.Alert) and an iRedMail server's postfix log with amavis' reinjection reply.
  // Numbers that are not codes are not listed (ports, line numbers such as `smtp.lua:124:` and `line 308`, `Microsoft 365`, `RFC 2821`, ids);
  // enhanced codes with no reply code (`5.7.8` alone on a line, Plesk's `milter-reject: … 5.7.1 Command rejected`, `SDK 2.1.0`) are not listed.
  // howtoforge forum post: a telnet session whose `:<p` of `mail from:<pop…` was eaten by the forum (a smiley), then `tailmail`; the second
  // `mail to` is a MAIL in an open transaction, answered `503 5.5.1 Error: nested MAIL command`.
  { group: 'dev16', producer: 'howtoforge-forum-telnet', file: 'howtoforge-forum-telnet/howtoforge-275699-telnet-nested-mail-and-tailmail.txt',
    rules: [['S', ANY], ['C', ANY]],
    faults: [{ at: /^mail to$/, what: 'a second MAIL in an open transaction (answered 503 nested MAIL command)' }] },
  // Fedora-fr wiki (French): `Commande:` and `Réponse:` labels on lines of their own, blank lines between; `ehlo test@localhost` as typed.
  { group: 'dev16', producer: 'fedora-fr-wiki-commande-reponse', file: 'fedora-fr-wiki-commande-reponse/fedora-fr-postfix-telnet-commande-reponse.txt',
    rules: [['S', ANY], ['C', ANY]] },
  // A wiki page that flattens two sessions onto one line each (`Mailserver says: 220 … Sender says: Helo …`, `S: 220 … C: EHLO … R: 221 …`)
  // and joins commands and replies on a third (`MAIL FROM:<…> 250 2.1.0 Ok RCPT TO:<…> 554 5.7.1 <…>`): as in dev9, such lines list their
  // replies only; the `HELO … MAIL FROM:… QUIT` line of commands to type and the POP3 line list nothing.
  { group: 'dev16', producer: 'robotz-wiki-says-flattened', file: 'robotz-wiki-says-flattened/robotz-mail-talk-smtp-flattened-says.txt',
    rules: [['S', /^Mailserver says: /, { more: / Mailserver says: / }], ['S', /^S: /, { more: / [SR]: / }],
      ['S', /^MAIL FROM:<[^>]*> /, { more: / RCPT TO:<[^>]*> / }]] },
  // SickChill's issue template: `What happened: Success in sending / ERROR: (535, '5.7.8 Authentication failed')`; its debug log names
  // commands (`Sending STARTTLS command!`), which are notes, not commands sent; `587` is the port.
  { group: 'dev16', producer: 'sickchill-notifier', file: 'sickchill-notifier/gh-sickchill-4943-error-tuple-and-debug-log.txt',
    rules: [['E', /ERROR: \(/, { comma: true, textSkip: /^, '/ }]] },
  // NodeMCU (Lua) bug template: `sent: DATA` / `response: 354  Go ahead` (two spaces), and the prose `the server responds with 250 2.0.0 OK`.
  { group: 'dev16', producer: 'nodemcu-lua-smtp', file: 'nodemcu-lua-smtp/gh-nodemcu-2200-sent-response-bug-template.txt',
    rules: [['S', /^response: /], ['C', /^sent: /], ['E', /responds with /]] },
  // lua-resty-smtp: the issue title `smtp.lua:124: 500 Error: bad syntax` (124 is the line number).
  { group: 'dev16', producer: 'lua-resty-smtp', file: 'lua-resty-smtp/gh-lua-resty-smtp-23-title-500-bad-syntax.txt',
    rules: [['E', /smtp\.lua:124: /]] },
  // vibe.d (D): `Expected status 220 got 502:  5.5.1 Error: command not implemented` (220 is the status it expected, not listed); `smtp.d(187)`.
  { group: 'dev16', producer: 'vibe-d-smtp', file: 'vibe-d-smtp/gh-vibe-d-126-expected-status-got-502.txt',
    rules: [['E', / got /, { colon: true, textSkip: /^:\s*/ }]] },
  // Kitura Swift-SMTP: `Bad response received for command. command: (), response: 535 AUTH failed`; `587`, `465` are ports.
  { group: 'dev16', producer: 'kitura-swift-smtp', file: 'kitura-swift-smtp/gh-swift-smtp-141-bad-response-535.txt',
    rules: [['E', /response: /]] },
  // SwiftMail PR: a Markdown table row with the reply in inline code, `` `PLAIN: 535-5.7.8 Username and Password not accepted. For more infor``
  // (the stored text ends inside that row; the code is complete).
  { group: 'dev16', producer: 'cocoanetics-swiftmail', file: 'cocoanetics-swiftmail/gh-swiftmail-231-markdown-table-535.txt',
    rules: [['E', /`PLAIN: /]] },
  // chasquid: the reply quoted in prose with a colon after its code, `i get "535: 5.7.8 Incorrect user or password"`.
  { group: 'dev16', producer: 'chasquid', file: 'chasquid/gh-chasquid-79-535-colon-prose.txt',
    rules: [['E', /i get "/, { colon: true, textSkip: /^:\s*/ }]] },
  // Xeams' OutboundAuditTrailFailure.log in its docs page: `[Failure reason: Unable to send email to the server. 550 #5.1.0 Address rejected.`
  // with `]` on the next line; `#5.1.0` is listed as the reply's enhanced code (Exchange-style `#`).
  { group: 'dev16', producer: 'xeams-audit-log', file: 'xeams-audit-log/xeams-outbound-failure-log-bracketed-reason.txt',
    rules: [['E', /to the server\. /, { textSkip: /^[\s#]*/ }]] },
  // Symantec Email Security.cloud KB (Broadcom): a bullet list `  • Reason: 550 5.7.1 Rejecting mail, …`; `161393` is the article id.
  { group: 'dev16', producer: 'symantec-email-security-kb', file: 'symantec-email-security-kb/broadcom-161393-reason-bullets.txt',
    rules: [['E', /Reason: /]] },
  // VPOP3's wiki exported raw from DokuWiki: `======550 5.7.1 Recipient Prohibited (x)====== (where 'x' is a number) …` on one line.
  { group: 'dev16', producer: 'vpop3-wiki', file: 'vpop3-wiki/pscs-wiki-550-recipient-prohibited-raw.txt',
    rules: [['E', /^======/]] },
  // A Server Fault question (copy on snapoverflow) listing the replies its bounces carried, bare or after `smtp; `, mixed with texts
  // without a code; `550 #5.1.0 Address rejected` as in Xeams; `RFC 2821` no code.
  { group: 'dev16', producer: 'serverfault-bounce-list', file: 'serverfault-bounce-list/snapoverflow-758971-reply-list.txt',
    rules: [['S', /^(?=[2-5]\d\d )/, { textSkip: /^[\s#]*/ }], ['E', /^smtp; /]] },
  // TamingDNS' bounce decoder page: `535 5.7.8: Authentication …` as its heading, `535` and `5.7.8` on lines of their own (the second not
  // listable), `The 535 5.7.8 SMTP error …`, `… will return 535 5.7.8.` (the enhanced code before a full stop is not taken by the build);
  // the second stored copy joins two example replies on one line. `| Class | 5 |`, `RFC 3463` no codes.
  { group: 'dev16', producer: 'tamingdns-bounce-decoder', file: 'tamingdns-bounce-decoder/tamingdns-535-5-7-8-page.txt',
    rules: [['S', /^(?=535(?: |$))/], ['E', /^The /], ['E', /will return /]] },
  { group: 'dev16', producer: 'tamingdns-bounce-decoder', file: 'tamingdns-bounce-decoder/tamingdns-535-5-7-8-second-copy-joined-examples.txt',
    rules: [['S', /^(?=535 )/, { more: / (?=535 )/ }], ['E', /^The /], ['E', /will return /]] },
  // iRedMail's postfix log: amavis' reply relayed by postfix, `status=sent (250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: …)`,
  // both codes listed; `dsn=2.0.0`, ports and queue ids are not.
  { group: 'dev16', producer: 'iredmail-amavis-postfix', file: 'iredmail-amavis-postfix/gh-iredmail-156-amavis-reinjection-250.txt',
    rules: [['E', /status=sent \(/], ['E', /MTA\(smtp:\[[\d.]+\]:\d+\): /]] },
  // Gordano GMS KB: a "See Also" list item `What does the error message "550 Mail Relay not allowed" mean?`; `RFC 1734` no code.
  { group: 'dev16', producer: 'gordano-gms-kb', file: 'gordano-gms-kb/gordano-alert-8019-see-also-550.txt',
    rules: [['E', /error message "/]] },
  // tgtg's log line: `[ERROR] Configuration Error: (534, b'5.7.9 … go to\n5.7.9  https://…')` (a literal `\n`).
  { group: 'dev16', producer: 'tgtg-python', file: 'tgtg-python/gh-tgtg-517-configuration-error-534-tuple.txt',
    rules: [['E', /Configuration Error: \(/, { comma: true, textSkip: /^, b'/ }]] },
  // Pi.Alert's traceback (no indentation, caret lines): `smtplib.SMTPAuthenticationError: (534, b'5.7.9 …')`; `line 308`, `python3.11` no codes.
  { group: 'dev16', producer: 'pialert-smtplib', file: 'pialert-smtplib/gh-pialert-236-traceback-534.txt',
    rules: [['E', /SMTPAuthenticationError: \(/, { comma: true, textSkip: /^, b'/ }]] },
  // Plesk KB: the maillog lines of a milter reject (`milter-reject: END-OF-MESSAGE from …: 5.7.1 Command rejected; …`, two lines glued):
  // only an enhanced code, nothing listable; `1024-bit`, pids, ids no codes.
  { group: 'dev16', producer: 'plesk-kb-maillog', file: 'plesk-kb-maillog/plesk-kb-12377061932567-milter-reject-enhanced-only.txt',
    rules: [] },
  // SMTPTester's blog: codes named in the title `(535, 530, 534)`, in prose (`are 535 (invalid credentials), 530 (…), and 534 (…)`,
  // `A 530 reply means`) and as headings (`535 5.7.8 — Authentication credentials invalid`); `5xx`, `port 25`, `(587 or 465)`,
  // `Microsoft 365`, `16-character` no codes; `You issued MAIL FROM before AUTH.` is prose, not a command.
  { group: 'dev16', producer: 'smtptester-blog', file: 'smtptester-blog/smtptester-fix-smtp-authentication-errors.txt',
    rules: [['S', /^(?=5\d\d 5\.)/], ['E', /(?:\(|, )(?=5\d\d[,)])/, { comma: true }], ['E', /(?:are |\), |and )(?=5\d\d \()/], ['E', /^A (?=530 )/]] },
  // A blog quoting Gmail's reply on a line of its own: `535-5.7.8 Username and Password not accepted. Learn more at https://… gsmtp`.
  { group: 'dev16', producer: 'daimto-blog', file: 'daimto-blog/daimto-gmail-535-5-7-8-without-app-password.txt',
    rules: [['S', /^(?=535-)/]] },
  // ---------------------------------------------------------------- dev17: seventeenth round (2026-12-06)
  // Producers in no group before: Python apps' and tools' error text (yagmail's traceback, logging's SMTPHandler in pyramid_exclog,
  // ReviewNB, a TrueNAS send script's `KO: (501, b'…', '…')`, a GSIL issue title with `\x..` escapes, a Rollbar issue title), libraries
  // and test servers (mailin's `Server answer - 535 …`, upyo's issue naming `251 User not local; will forward`, SMTPClient.jl's libcurl
  // verbose log printed with a `,` line after each line, Inbucket's telnet session beside Postfix's), a tool's SMTP check dump in a
  // Mail-in-a-Box issue (`SMTP Last Response Code: 250`), issue titles quoting Postfix (docker-mailserver), pages (a forum question, a
  // hosting blog quoting the CDO/.NET error, an error-code page, a copy of Microsoft's KB with Outlook's 0x800CCC79 errors, a vendor FAQ
  // list, a hosting KB list of NDR codes, an MFP scan-to-email guide) and a fax machine's service manual quoting RFC 4954.
  // Not listed: line numbers (`line 730`, `144  self.login()`), ports, the page number `339`, codes in inline code followed by a backtick
  // (`` `250` ``, `` `251` ``: the build's code pattern wants a space, quote or bracket), enhanced codes without a reply code (the NDR
  // list's `5.1.0 - Sender denied`, `(#5.7.1)` inside a reply's text is part of that reply).
  { group: 'dev17', producer: 'yagmail-traceback', file: 'yagmail-traceback/gh-selfteaching-1066-yagmail-535-traceback.txt',
    rules: [['E', /SMTPAuthenticationError: \(/, { comma: true, textSkip: /^, b'/ }]] },
  // logging.handlers.SMTPHandler in pyramid_exclog: the title and the description quote `(530, 'Must issue a STARTTLS command first')`.
  { group: 'dev17', producer: 'python-logging-smtphandler', file: 'python-logging-smtphandler/gh-pyramid-exclog-24-smtphandler-530-title.txt',
    rules: [['E', /SMTPAuthenticationError: \(/, { comma: true, textSkip: /^, '/ }]] },
  { group: 'dev17', producer: 'reviewnb-smtplib', file: 'reviewnb-smtplib/gh-reviewnb-support-70-traceback-530.txt',
    rules: [['E', /SMTPAuthenticationError: \(/, { comma: true, textSkip: /^, b'/ }]] },
  // A TrueNAS send script: `"detail": "KO: (501, b': sender address must contain a domain', 'MySMTPUserNameHere')"` and its log line.
  { group: 'dev17', producer: 'truenas-standalone-send-email', file: 'truenas-standalone-send-email/gh-standalone-tn-send-email-12-ko-501-tuple.txt',
    rules: [['E', /KO: \(/, { comma: true, textSkip: /^, b'/ }]] },
  // mailin (Node): the title `# 535 Error: …` and `Server answer - 535 Error: Authentication credentials invalid`; `2525` is the port.
  { group: 'dev17', producer: 'mailin-node', file: 'mailin-node/gh-mailin-106-server-answer-535.txt',
    rules: [['E', /^# /], ['E', /Server answer - /]] },
  // upyo (TypeScript): `a server replying with \`251 User not local; will forward\``; the bare `` `250` `` and `` `251` `` are not listable.
  { group: 'dev17', producer: 'upyo-smtp', file: 'upyo-smtp/gh-upyo-37-251-rcpt-prose.txt',
    rules: [['E', /replying with `/]] },
  // A tool's SMTP check in a Mail-in-a-Box issue: a bare session after `----------SMTP----------`, then `SMTP Last Response Code: 250`
  // (an echo) and the last reply's text joined without codes (its `ETRN` line is reply text, not a command).
  { group: 'dev17', producer: 'mailsmtp-diagnostic-dump', file: 'mailsmtp-diagnostic-dump/gh-mailinabox-1535-smtp-last-response.txt',
    rules: [['S', /^(?=[2-5]\d\d[ -])/], ['C', ANY], ['E', /Last Response Code: /]], skipCommands: [15] },
  // SMTPClient.jl (Julia) printing libcurl's verbose log: `< 250-…` / `> EHLO …` with a `,` line after each, and one reply line whose
  // `< ` was lost in the paste (`250-ENHANCEDSTATUSCODES`).
  { group: 'dev17', producer: 'julia-smtpclient-libcurl', file: 'julia-smtpclient-libcurl/gh-smtpclient-jl-44-curl-verbose-comma-lines.txt',
    rules: [['S', /^(?:< )?/], ['C', /^> /]] },
  // Inbucket: a telnet session whose second EHLO is answered `503 Command EHLO is out of sequence` (a server oddity, not listed), quoted in
  // the first line, then the same in Postfix; an RFC 5321 paragraph in a Markdown quote between.
  { group: 'dev17', producer: 'inbucket-telnet', file: 'inbucket-telnet/gh-inbucket-141-second-ehlo-503.txt',
    rules: [['S', ANY], ['C', ANY], ['E', /responds with "/]] },
  // A hosting blog quoting the CDO/.NET error: `The server response was: 550 5.7.1 Unable to relay.”`.
  { group: 'dev17', producer: 'bobcares-blog', file: 'bobcares-blog/bobcares-server-rejected-recipient-550-unable-to-relay.txt',
    rules: [['E', /server response was: /]] },
  // An error-code page: headings `550 5.7.1 high` / `550 5.7.1 Unable to Relay`, the example `550 5.7.1 Unable to relay The server response
  // was: 550 5.7.1 …` (both listed) and the code in prose (`with a 550 5.7.1 NDR`, `The 550 means`, `Most 550 5.7.1 bounces`).
  { group: 'dev17', producer: 'simplefastwebsites-error-page', file: 'simplefastwebsites-error-page/simplefastwebsites-550-5-7-1-unable-to-relay.txt',
    rules: [['S', /^(?=550 )/], ['E', /response was: /], ['E', /(?:immediately with a |The |Most )(?=550 )/]] },
  // A copy of Microsoft's KB: Outlook's errors `server response: '550 <…>... Forwarding Denied', Port: 25, …, Server Error: 550, Error
  // Number: 0x800CCC79.` (`Server Error: 550,` is Outlook's echo of the code, listed with `comma`), and `a 550, 553, or Relay Prohibited` in prose.
  { group: 'dev17', producer: 'outlook-relay-error-kb-copy', file: 'outlook-relay-error-kb-copy/bazoat-550-553-relay-prohibited-outlook-errors.txt',
    rules: [['E', /[Ss]erver [Rr]esponse: '/], ['E', /Server Error: /, { comma: true }], ['E', /\ba (?=550, 553,)/, { comma: true }],
      ['E', /550, (?=553, or)/, { comma: true }]] },
  // Spambrella's FAQ: each item starts with a reply (`452 4.3.1 Insufficient system resources: …`, `550 5.7.1 : Recipient address rejected: …`).
  { group: 'dev17', producer: 'spambrella-faq', file: 'spambrella-faq/spambrella-email-delivery-error-codes.txt',
    rules: [['S', /^(?=[45]\d\d )/]] },
  // A hosting KB's NDR list: enhanced codes only (`5.1.0 - Sender denied.`), except `5.1.2 - SMTP; 550 Host unknown.`; `Exchange 2007` no code.
  { group: 'dev17', producer: 'cloudplus-exchange-ndr-kb', file: 'cloudplus-exchange-ndr-kb/cloudplus-exchange-2013-ndr-list.txt',
    rules: [['E', /SMTP; /]] },
  // A forum question: `the server sends back the message "554 <"the recipients email addy here">: Recipient address rejected: …"`;
  // the `"rcpt to:" command` named in prose is no command.
  { group: 'dev17', producer: 'antionline-forum', file: 'antionline-forum/antionline-692064-relay-access-denied-question.txt',
    rules: [['E', /the message "/]] },
  // GSIL: the title and the description `smtplib.SMTPAuthenticationError: (535, b'Error: \xc7\xeb…: http://…')` (GBK bytes as escapes).
  { group: 'dev17', producer: 'gsil-smtplib-title', file: 'gsil-smtplib-title/gh-gsil-70-escaped-bytes-535-title.txt',
    rules: [['E', /SMTPAuthenticationError: \(/, { comma: true, textSkip: /^, b'/ }]] },
  // A Rollbar issue: the title `SMTPAuthenticationError: (535, 'Authentication failed: Bad username / password')`, then the traceback.
  { group: 'dev17', producer: 'rollbar-django-traceback', file: 'rollbar-django-traceback/gh-coderbounty-342-rollbar-535.txt',
    rules: [['E', /SMTPAuthenticationError: \(/, { comma: true, textSkip: /^, '/ }]] },
  // An MFP scan-to-email guide: `421` and `535` alone on their lines as headings; `30 to 90 seconds`, `Microsoft 365`, `§01` no codes.
  { group: 'dev17', producer: 'mfp-scan-to-email-blog', file: 'mfp-scan-to-email-blog/fotocopiastrebol-scan-to-email-smtp-codes.txt',
    rules: [['S', /^(?=[45]\d\d$)/]] },
  // Panasonic Panafax UF-9000 service manual quoting RFC 4954: `501 reply.` at a line start, `with a 501 reply`, `with a 535 reply`,
  // `issues a 235 reply`, and `432: A password transition is needed` (a colon after the code); `339` is the page number.
  { group: 'dev17', producer: 'panasonic-panafax-service-manual', file: 'panasonic-panafax-service-manual/manualshive-uf-9000-p339-auth-error-codes.txt',
    rules: [['S', /^(?=501 reply)/], ['E', /(?:with a |issues a )(?=\d{3} reply)/], ['E', /^(?=[45]\d\d: )/, { colon: true, textSkip: /^:\s*/ }]] },
  // docker-mailserver issues: titles quoting Postfix's reply (`# 554 5.7.1 <test@example.com>: Relay access denied`), and the reply on a
  // line of its own in the description.
  { group: 'dev17', producer: 'docker-mailserver-issue', file: 'docker-mailserver-issue/gh-docker-mailserver-385-title-554-relay-access-denied.txt',
    rules: [['E', /^# /]] },
  { group: 'dev17', producer: 'docker-mailserver-issue', file: 'docker-mailserver-issue/gh-docker-mailserver-19-title-554-relay-access-denied.txt',
    rules: [['E', /^# /], ['S', /^(?=554 )/]] },
  // ---------------------------------------------------------------- dev18: eighteenth round (2026-12-06)
  // Producers in no group before, found with the search corpora in the order they came: a PHP webmail's own SMTP log (RainLoop's MailSo
  // `SMTP[DATA]: < …\r\n`), a Clojure app's error text and EDN log (Metabase's `No matching clause: 535 …`), Node apps quoting nodemailer's
  // error (Node-RED's email node, one with Gmail's lines joined by `↵`; n8n; YApi), a .NET app's issue answered with the reply in prose, a bare
  // session beside a Postfix log (a Jellyfin plugin), MailKit error text with enhanced codes only (Ombi), an issue quoting a reply, a vendor KB
  // quoting JavaMail's `SendFailedException: 550 …` (Infrascale), a helpdesk KB's transcript table (`>>> RCPT To:` / `>>> 550 …`), a sample
  // session page, a Debian doc with an EHLO reply, and a McAfee MEG blog with `s_client` output and codes in prose.
  // Not listed: HTTP statuses (`PUT /api/email 500`), line numbers (`SmtpClient.php:789`, `(670)`, `email.clj:35`), the expected code in a
  // call `sendRequestWithCheck('…', 235, …)`, ports, sizes, versions, ids, enhanced codes without a reply code (Ombi's `5.7.0`), `452.` before a
  // period, commands named in prose (`the command “ehlo hostname.example.com”`, `such as EHLO and QUIT`, `from HELO and MAIL FROM`).
  // RainLoop (MailSo): the client's SASL line `SMTP[SECURE]: > ********`, the reply `SMTP[DATA]: < 435 …\r\n`, and the exception repeating it.
  { group: 'dev18', producer: 'rainloop-mailso-log', file: 'rainloop-mailso-log/gh-rainloop-1373-negativeresponse-435.txt',
    rules: [['S', /SMTP\[DATA\]: < /], ['C', /SMTP\[DATA\]: > /], ['E', /NegativeResponseException: /]] },
  // The maintainer's answer: an EHLO reply without AUTH, then his "correct answer" whose EHLO reply starts `250-SIZE 20480000` (a keyword
  // on the first line instead of the server's domain: listed, as the text shows it, though it is likely trimmed by hand).
  { group: 'dev18', producer: 'rainloop-mailso-log', file: 'rainloop-mailso-log/gh-rainloop-813-ehlo-without-auth.txt',
    rules: [['S', /SMTP\[DATA\]: < /], ['C', /SMTP\[DATA\]: > /]],
    faults: [{ at: /< 250-SIZE 20480000/, what: 'malformed EHLO reply: the first line carries a keyword (SIZE) instead of the server\'s domain' }] },
  // Metabase (Clojure, postal/JavaMail): `` `No matching clause: 535-5.7.8 Username and Password not accepted. ` `` in inline code.
  { group: 'dev18', producer: 'metabase-clojure-email', file: 'metabase-clojure-email/gh-metabase-9827-no-matching-clause-535.txt',
    rules: [['E', /No matching clause: /]] },
  // Metabase's EDN log: `{:message "No matching clause: 535 Authentication Credentials Invalid\n",`; `PUT /api/email 500` is the HTTP status.
  { group: 'dev18', producer: 'metabase-clojure-email', file: 'metabase-clojure-email/gh-metabase-12466-edn-log-535.txt',
    rules: [['E', /No matching clause: /], ['E', /show the message "/]] },
  // Commercial Marketplace SaaS Accelerator (.NET): a comment `This error :Error: 535 5.7.3 Authentication unsuccessful  means …`.
  { group: 'dev18', producer: 'azure-saas-accelerator', file: 'azure-saas-accelerator/gh-saas-accelerator-777-error-535-5-7-3.txt',
    rules: [['E', /:Error: /]] },
  // Node-RED's email node (nodemailer inside): `Error: Mail command failed: 530-5.5.1 …` in the title and the text, Gmail's last line alone.
  { group: 'dev18', producer: 'node-red-email-node', file: 'node-red-email-node/gh-node-red-1199-mail-command-failed-530.txt',
    rules: [['E', /command failed: /], ['S', /^(?=530 )/]] },
  // The error as the debug sidebar shows it: Gmail's multi-line reply joined on one line by `↵` (each reply line listed).
  { group: 'dev18', producer: 'node-red-email-node', file: 'node-red-email-node/gh-node-red-nodes-284-invalid-login-534-return-arrows.txt',
    rules: [['E', /(?:Invalid login: |↵)/]] },
  // n8n's credential test: `Invalid login: 535 Incorrect authentication data` (title and text); versions, `168 hours`, `2500 executions` no codes.
  { group: 'dev18', producer: 'n8n-credential-test', file: 'n8n-credential-test/gh-n8n-34376-invalid-login-535.txt',
    rules: [['E', /Invalid login: /]] },
  // YApi: `` `error: send mail …,…error,Invalid login: 535 Login Fail. …` `` in inline code; `1.9.2`, `no=1001256` no codes.
  { group: 'dev18', producer: 'yapi-mail-error', file: 'yapi-mail-error/gh-yapi-2219-send-mail-error-535.txt',
    rules: [['E', /Invalid login: /]] },
  // A helpdesk KB's table flattened to text: sendmail-style `>>> RCPT To:<…>` / `>>> 550 <…>... User unknown`, replies alone on their lines,
  // one after `---> | ` in a row; `19 (17 max)`, `line 1` no codes.
  { group: 'dev18', producer: 'icglink-helpdesk-kb', file: 'icglink-helpdesk-kb/icglink-kb-73-session-transcript-table.txt',
    rules: [['S', /^(?:>>> |> )?/], ['C', /^>>> /], ['E', /---> \| /]] },
  // Infrascale's KB quoting its appliance's error: `javax.mail.SendFailedException: 550 rejecting spoofed message`; `port 25` no code.
  { group: 'dev18', producer: 'infrascale-docs', file: 'infrascale-docs/infrascale-kb-email-notification-troubleshooting.txt',
    rules: [['E', /SendFailedException: /]] },
  // A Jellyfin plugin's issue: Postfix's smtpd log lines (no codes; `ehlo=1 commands=1`), then a bare session in a fence.
  { group: 'dev18', producer: 'jellyfin-newsletter-plugin', file: 'jellyfin-newsletter-plugin/gh-jellyfin-newsletter-74-postfix-log-and-session.txt',
    rules: [['S', ANY], ['C', ANY]] },
  // Ombi (MailKit): `Failed: 5.7.0 Mail relay denied …` — Gmail's reply text with its enhanced codes, the reply code dropped: nothing listable.
  { group: 'dev18', producer: 'ombi-notification', file: 'ombi-notification/gh-ombi-1442-failed-5-7-0-relay-denied.txt',
    rules: [] },
  // inboxkitten: `please fix the error "550 5.7.1 Relaying denied"`.
  { group: 'dev18', producer: 'inboxkitten-issue', file: 'inboxkitten-issue/gh-inboxkitten-101-550-relaying-denied.txt',
    rules: [['E', /the error "/]] },
  // A sample session page: bare lines under numbered steps, SASL lines with `# Base64 encoded …` comments. STARTTLS follows a HELO (nothing
  // advertised), AUTH LOGIN and MAIL follow STARTTLS with no new HELO/EHLO.
  { group: 'dev18', producer: 'errorhandle-sample-page', file: 'errorhandle-sample-page/errorhandle-ai-smtp-over-tls-communication-sample.txt',
    rules: [['S', ANY], ['C', ANY]],
    faults: [{ at: /^STARTTLS$/, what: 'STARTTLS used although not advertised (HELO, no extensions)' },
      { at: /^AUTH LOGIN$/, what: 'AUTH LOGIN used although not advertised (no EHLO, none after STARTTLS)' },
      { at: /^MAIL FROM:/, what: 'MAIL after STARTTLS without a new EHLO/HELO' }] },
  // A Debian doc: an EHLO reply on lines of its own, `you will receive a 220 message` and `the 250-AUTH message` in prose (echoes).
  { group: 'dev18', producer: 'coker-debug-doc', file: 'coker-debug-doc/coker-how-to-debug-smtp-with-tls-and-auth.txt',
    rules: [['S', /^(?=250)/], ['E', /receive a (?=220 )/], ['E', /the (?=250-AUTH message)/]] },
  // McAfee MEG blog: `s_client` output ending `250 OK`; `response code like 250 back`, `such as 250 or 452.` (`452.` not listable),
  // `see the "250 OK" message`, `shows like "451 4.7.0 Timeout waiting for client input"`.
  { group: 'dev18', producer: 'mcafee-meg-blog', file: 'mcafee-meg-blog/mcafee-meg-troubleshoot-tls-connectivity-s-client.txt',
    rules: [['S', /^(?=250 OK$)/], ['E', /code like (?=250 )/], ['E', /such as (?=250 or)/], ['E', /see the "/], ['E', /shows like "/]] },
  // ---------------------------------------------------------------- dev19: nineteenth round (2026-12-06)
  // Producers in no group before, found with the search corpora in the order they came (two at most per query): error-code pages and
  // FAQs (MangoMail's lookup, an oreate blog, Wormly, errors.fyi, BlueMail's help, an ISP helpdesk FAQ, a Korean blog's IceWarp table),
  // a telnet how-to, a mass mailer's error list (reply, then the `RSET` it sent), a flattened sample session, a C++ class's S:/C: page,
  // a Flutter crash reporter's log of Dart's mailer, and issue threads (luxletter, email_verifier, smtp-sts, node-smtp-protocol, an
  // Exchange docs issue, sendria, SimpleLogin, nodemailer-examples, Mageplaza SMTP, Indy).
  // Not listed: counts (`250 mails per batch`), codes in inline code followed by a backtick (`` `250` ``), `2**`/`4**`, enhanced codes
  // without a reply code (`5.1.10`, the IceWarp table's and Mageplaza's `5.7.8`), ids, dates, ports, sizes, `smtpresponse_421`.
  // MangoMail's lookup page: `Lookup for "500 4.7.1"` and `Basic Status Code Details (500)`.
  { group: 'dev19', producer: 'mymangomail-error-lookup', file: 'mymangomail-error-lookup/mymangomail-lookup-500-4-7-1.txt',
    rules: [['E', /^Lookup for "/], ['E', /Details \((?=500\))/]] },
  { group: 'dev19', producer: 'oreateai-blog', file: 'oreateai-blog/oreateai-decoding-550-5-7-1-relaying-denied.txt',
    rules: [['E', /is '(?=550 )/], ['E', /code like '(?=550 )/]] },
  // A telnet how-to: bulleted prose, then the bare session (`telnet mail.domain.com 25` is the shell line).
  { group: 'dev19', producer: 'ponderworthy-notes-telnet', file: 'ponderworthy-notes-telnet/ponderworthy-smtp-conversation.txt',
    rules: [['S', ANY], ['C', ANY]] },
  { group: 'dev19', producer: 'wormly-answers', file: 'wormly-answers/wormly-530-5-7-0-authentication-required.txt',
    rules: [['E', /^(?=530 )/]] },
  // A mass mailer's error list: each reply as the program shows it, then the `RSET` it sent; Gmail's two lines glued as `Learn more at535 …`.
  { group: 'dev19', producer: 'freeport-mailer-errors', file: 'freeport-mailer-errors/freeport-outlet-sending-errors-list.txt',
    rules: [['S', /^(?=5\d\d[ -])/, { more: /Learn more at(?=535 )/ }], ['C', /^(?=RSET$)/]] },
  // luxletter (TYPO3): the title `# 421 …`, `returns "421 …"` and the SQL pattern `LIKE '%421 …%'`; `250 mails`/`250 batches` are counts.
  { group: 'dev19', producer: 'luxletter-typo3', file: 'luxletter-typo3/gh-luxletter-247-421-too-many-connections.txt',
    rules: [['E', /^# (?=421 )/], ['E', /returns "/], ['E', /LIKE '%/]] },
  { group: 'dev19', producer: 'ruby-email-verifier', file: 'ruby-email-verifier/gh-email-verifier-15-421-raised.txt',
    rules: [['E', /SMTP raised: `/]] },
  // A mailed reply in a PR thread: `the status 220 reply` in prose, then Gmail's greeting alone on its line.
  { group: 'dev19', producer: 'smtp-sts-mail-reply', file: 'smtp-sts-mail-reply/gh-smtp-sts-58-220-greeting-quoted.txt',
    rules: [['E', /the status (?=220 reply)/], ['S', /^(?=220 smtp)/]] },
  { group: 'dev19', producer: 'node-smtp-protocol-pr', file: 'node-smtp-protocol-pr/gh-node-smtp-protocol-38-250-hello-quoted.txt',
    rules: [['E', /should returned "/]] },
  // An Exchange docs issue: `# Additional NDR code "550 5.5.0"` and `550 5.5.0` alone under `**NDR code**`; `5.1.10` has no reply code.
  { group: 'dev19', producer: 'exchange-ndr-docs-issue', file: 'exchange-ndr-docs-issue/gh-officedocs-exchange-2836-ndr-550-5-5-0.txt',
    rules: [['E', /NDR code "/], ['E', /^(?=550 5\.5\.0$)/]] },
  { group: 'dev19', producer: 'errors-fyi-code-page', file: 'errors-fyi-code-page/errors-fyi-smtp-354.txt', rules: [['E', /^(?=354$)/]] },
  // Wikipedia's sample session flattened onto one line (`S: 220 … C: HELO … S: 250 …`): as in dev9, the line lists its replies only;
  // `(250 Ok: queued as 12345)` and `the 221 reply` in the prose after it.
  { group: 'dev19', producer: 'notryan-flattened-sample', file: 'notryan-flattened-sample/notryan-smtp-send-one-line.txt',
    rules: [['S', /^S: /, { more: / S: / }], ['E', /accepted \(/], ['E', /send the (?=221 reply)/]] },
  // Catcher (Flutter) printing Dart's mailer log: `flutter: [time | Connection | FINE] < 220 …`, the EHLO reply's further lines as
  // `< 250 SIZE …` (each with a space: the logger's rendering, not a fault); `> Y3Vz…` lines are SASL data.
  { group: 'dev19', producer: 'catcher-flutter-mailer-log', file: 'catcher-flutter-mailer-log/gh-catcher-198-connection-fine-535.txt',
    rules: [['E', /^# (?=535 )/], ['S', /\| Connection \| FINE\] < /], ['S', /^< /], ['C', /\| Connection \| FINE\] > /]] },
  // A Korean blog's table of IceWarp's 5xx codes flattened to one cell a line: the reply code and the enhanced code on lines of their own.
  { group: 'dev19', producer: 'softmail-icewarp-code-table', file: 'softmail-icewarp-code-table/softmail-icewarp-smtp-5xx-table.txt',
    rules: [['E', /^(?=5\d\d$)/]] },
  // sendria: `(e.g. '550 Mailbox unavailable' and '421 Service not available')` and an aiosmtpd handler's `return '421 …'`.
  { group: 'dev19', producer: 'sendria-handler-replies', file: 'sendria-handler-replies/gh-sendria-9-handle-rcpt-replies.txt',
    rules: [['E', /\(e\.g\. '/], ['E', /and '(?=421 )/], ['E', /return '/]] },
  // SimpleLogin: `returns  "450 ignored"` and `it returns 250 instead of 450` (prose); `` `250` ``, `` `450` ``, `2**`, `4**` not listed.
  { group: 'dev19', producer: 'simple-login-pr', file: 'simple-login-pr/gh-simple-login-21-450-ignored.txt',
    rules: [['E', /returns  "/], ['E', /it returns (?=250 instead)/], ['E', /instead of (?=450$)/]] },
  // nodemailer's error object printed by an example app: `response: '535-5.7.8 …\n' +` / `'535 5.7.8 …'`, `responseCode: 535,`
  // (rule option `comma`) and `command: 'AUTH PLAIN'`.
  { group: 'dev19', producer: 'nodemailer-examples-eauth', file: 'nodemailer-examples-eauth/gh-nodemailer-examples-3-eauth-535.txt',
    rules: [['E', /response: '/], ['E', /^    '/], ['E', /responseCode: /, { comma: true }], ['C', /command: '/]] },
  // Mageplaza SMTP (Magento 2): Gmail's reply with its reply codes dropped (`5.7.8 Username … at 5.7.8 https://…`): nothing listable.
  { group: 'dev19', producer: 'magento2-smtp-enhanced-only', file: 'magento2-smtp-enhanced-only/gh-magento-2-smtp-178-5-7-8-only.txt',
    rules: [] },
  { group: 'dev19', producer: 'bluemail-help', file: 'bluemail-help/bluemail-smtp-error-codes.txt', rules: [['E', /^- (?=\d{3} –)/]] },
  { group: 'dev19', producer: 'ausics-helpdesk-faq', file: 'ausics-helpdesk-faq/ausics-faq-31-4xx-5xx-list.txt',
    rules: [['E', /^(?=\d{3} )/], ['E', /more common than (?=550$)/]] },
  // A CSDN copy of a C++ class's article (CSmtp): `S:`/`C:` lines, the EHLO reply's further lines bare. Both EHLO replies end on
  // `250-8BITMIME` before `C: AUTH LOGIN` (no final line, as the text shows it); `C: RCPR TO:<…>` is no SMTP command (answered `250 ok`).
  // Not listed: `EHLO: mydomain.com` (a colon after the verb), `234 go ahead` answering DATA (a server-side oddity).
  { group: 'dev19', producer: 'csmtp-csdn-blog', file: 'csmtp-csdn-blog/csdn-mhfh611-csmtp-scenarios.txt',
    rules: [['S', /^S: /], ['C', /^C: /]], cont: true,
    faults: [{ at: /^250-8BITMIME$/, what: 'malformed EHLO reply: no final line (the last line 250-8BITMIME continues, then the client sends AUTH)' },
      { at: /^250-8BITMIME$/, n: 2, what: 'malformed EHLO reply: no final line (the last line 250-8BITMIME continues, then the client sends AUTH)' },
      { at: /^C: RCPR TO:/, what: 'not an SMTP command: RCPR (a misspelt RCPT)' }] },
  // Indy (Delphi): `the server response is "421 4.7.1 SSL certificate error"` and `the response is not 250, and` (rule option `comma`).
  { group: 'dev19', producer: 'indy-tidsmtp', file: 'indy-tidsmtp/gh-indy-318-ehlo-421-4-7-1.txt',
    rules: [['E', /server response is "/], ['E', /response is not (?=250,)/, { comma: true }]] },
  // ---------------------------------------------------------------- dev20: twentieth round (2026-12-06)
  // Producers in no group before, found with the search corpora in the order they came (two at most per query, one where the results were
  // error text only): issue threads quoting a reply (Mailu, Fork CMS, jeboehm's docker-mailserver, SendGrid's docs, chrj/smtpd, cutelyst's
  // simple-mail, OpenCart), a Windows test client's debug pasted into a Postal issue, mbed TLS's ssl_mail_client, a code page (errcodes.dev),
  // a Wikipedia mirror's flattened sample, telnet cheat sheets and notes (invisible.ch, gerardnico's wiki, a `#`-commented Markdown fence),
  // an Arduino book's session on manualslib, a Python client's README, a STARTTLS blog (MailSlurp) and an ASCII ladder diagram.
  // Not listed: codes in inline code followed by a backtick (`` `503` ``), `2xx`, codes before a period (`250.`, `220.`), page numbers
  // (`186`), line:column numbers (`async1.cpp:22:105`), ports, sizes, dates, ids, commands on flattened lines.
  { group: 'dev20', producer: 'mailu-server-said', file: 'mailu-server-said/gh-mailu-1742-451-try-again-later.txt',
    rules: [['E', /mailu said: /]] },
  { group: 'dev20', producer: 'forkcms-smtp-response', file: 'forkcms-smtp-response/gh-forkcms-665-smtp-response-503.txt',
    rules: [['E', /SMTP response: /], ['E', /replies with (?=503 error)/]] },
  // A code page: `The 354 code is …`, `DATA 354 End data …` (command and reply flattened onto one line: its reply only, as in dev9),
  // `354 Start mail input` alone, `responds to DATA with 354` and a whole exchange flattened onto one line ending `. . 250 2.0.0 OK: queued`.
  { group: 'dev20', producer: 'errcodes-dev-page', file: 'errcodes-dev-page/errcodes-dev-smtp-354-start-mail-input.txt',
    rules: [['E', /^The (?=354 code)/], ['S', /^DATA (?=354 )/, { more: /\. \. (?=250 )/ }], ['S', /^(?=354 Start)/], ['E', /DATA with (?=354$)/]] },
  // Postfix's `550 5.1.1 <addr>: Recipient address rejected …` with the address lost as an HTML tag, in the title and in inline triple backticks.
  { group: 'dev20', producer: 'jeboehm-docker-mailserver', file: 'jeboehm-docker-mailserver/gh-jeboehm-docker-mailserver-221-550-5-1-1.txt',
    rules: [['E', /^# /], ['E', /^```/]] },
  { group: 'dev20', producer: 'sendgrid-docs-issue', file: 'sendgrid-docs-issue/gh-sendgrid-docs-2638-250-ok-queued.txt',
    rules: [['S', /^(?=250 Ok: queued as)/], ['E', /^(?=250 Ok: queued is)/]] },
  // A Windows SMTP test client's debug pasted into a Postal issue: bare lines between `Connecting to mail server.` and `Disconnected.`;
  // the server closed the connection after the message's final dot without a reply.
  { group: 'dev20', producer: 'windows-smtp-test-client', file: 'windows-smtp-test-client/gh-postal-2167-smtp-debug-connection-closed.txt',
    rules: [['S', ANY], ['C', ANY]],
    faults: [{ at: /^\.$/, what: 'no reply after the end of DATA (the connection closed: "Disconnected.")' }] },
  // Wikipedia's In-band control example on a mirror, flattened onto one line (`anServer: 220 … Client: HELO … Server: 250 …`): its replies only.
  { group: 'dev20', producer: 'theinfolist-wiki-mirror', file: 'theinfolist-wiki-mirror/theinfolist-in-band-control-smtp-example.txt',
    rules: [['S', /anServer: /, { more: /[ :]Server: / }]] },
  // A telnet cheat sheet: MAIL right after the greeting (no HELO/EHLO), both addresses without angle brackets.
  { group: 'dev20', producer: 'invisible-ch-cheat-sheet', file: 'invisible-ch-cheat-sheet/invisible-ch-smtp-cheat-sheet.txt',
    rules: [['S', /^(?=\d{3} )/], ['C', ANY]],
    faults: [{ at: /^MAIL FROM:/, what: 'MAIL sent after the greeting without EHLO/HELO' },
      { at: /^MAIL FROM:/, what: 'MAIL address without angle brackets' },
      { at: /^RCPT TO:/, what: 'RCPT address without angle brackets' }] },
  { group: 'dev20', producer: 'chrj-smtpd-pr', file: 'chrj-smtpd-pr/gh-chrj-smtpd-70-503-already-authenticated.txt',
    rules: [['E', /gets `/]] },
  // mbed TLS's ssl_mail_client: `  > Write EHLO to server:` steps, bare lines; `250-ENHANCEDSTA` / `TUSCODES` is one reply line the
  // program printed in two reads (not a fault).
  { group: 'dev20', producer: 'mbedtls-ssl-mail-client', file: 'mbedtls-ssl-mail-client/gh-mbedtls-2863-office365-starttls-log.txt',
    rules: [['S', /^(?=\d{3}[ -])/], ['C', ANY]] },
  // An Arduino book's session as text on manualslib: bare lines starting `EHLO` (no domain, as the page shows it), then the book's prose
  // with PDF fragments `EHLO` and `AUTH LOGIN` on lines of their own (prose, not commands) and the page number `186`.
  { group: 'dev20', producer: 'manualslib-arduino-book', file: 'manualslib-arduino-book/manualslib-arduino-quick-start-smtp-session-p202.txt',
    rules: [['S', /^(?=[2-5]\d\d[ -])/], ['C', ANY]], skipCommands: [46, 48, 49],
    faults: [{ at: /^EHLO$/, what: 'EHLO without a domain' }] },
  { group: 'dev20', producer: 'cutelyst-simple-mail', file: 'cutelyst-simple-mail/gh-simple-mail-28-response-code-too-strict.txt',
    rules: [['E', /return (?=250 to)/], ['E', /e\.g\. (?=251 is)/], ['E', /RCTP commands (?=250 251)/], ['E', /commands 250 (?=251 and)/],
      ['E', /and (?=252 are)/]] },
  // OpenCart: codes in the PR's prose, then Exim's three-line greeting and the first EHLO line, cut inside its text (kept: the code is complete).
  { group: 'dev20', producer: 'opencart-smtp-pr', file: 'opencart-smtp-pr/gh-opencart-4035-multiline-220-greeting.txt',
    rules: [['E', /Server's (?=220 response)/], ['E', /respond with (?=220 code)/], ['E', /responding with (?=250 response)/],
      ['E', /need to ignore (?=220 response)/], ['E', /server before (?=250 and)/], ['E', /reading line "/], ['E', /get the code "/],
      ['E', /contains (?=220 in)/], ['E', /example, (?=220 is)/], ['E', /response code is "/], ['E', /ignore the (?=220 response as)/],
      ['S', /^(?=2[25]0[ -])/]] },
  // MailSlurp's blog: `it returns 220 after …`, an EHLO reply cut by the page, `If 250-STARTTLS is missing`, an `S:`/`C:` probe whose EHLO
  // replies are one `250-` keyword line each (the first before `C: STARTTLS`), and `530 Must issue STARTTLS first` as a heading.
  { group: 'dev20', producer: 'mailslurp-blog', file: 'mailslurp-blog/mailslurp-test-if-mailserver-supports-starttls.txt',
    rules: [['E', /it returns (?=220 after)/], ['S', /^(?=250-)/], ['C', /^(?=EHLO )/], ['E', /^If (?=250-STARTTLS)/], ['S', /^S: /], ['C', /^C: /],
      ['E', /^(?=530 Must)/]],
    faults: [{ at: /^S: 250-STARTTLS$/, what: 'malformed EHLO reply: the first line carries a keyword (STARTTLS) instead of the server\'s domain' },
      { at: /^S: 250-STARTTLS$/, what: 'malformed EHLO reply: no final line (250-STARTTLS continues, then the client sends STARTTLS)' },
      { at: /^S: 250-AUTH LOGIN PLAIN$/, what: 'malformed EHLO reply: the first line carries a keyword (AUTH) instead of the server\'s domain' }] },
  // gerardnico's wiki: the session flattened onto lines (`ehlo nico AUTH LOGIN … QUIT`: no replies) and `QUIT 500 5.5.1 Command unrecognized`.
  { group: 'dev20', producer: 'gerardnico-wiki-telnet', file: 'gerardnico-wiki-telnet/gerardnico-smtp-telnet.txt',
    rules: [['S', /^QUIT (?=500 )/]] },
  // A Python client's README: `    => HELO …` / `    <= 220 …`, the replies printed one step late (the README says so: not a fault);
  // both addresses sent without angle brackets.
  { group: 'dev20', producer: 'chooper-smtpclient-readme', file: 'chooper-smtpclient-readme/chooper-csc-251-smtpclient-readme.txt',
    rules: [['S', /^ {4}<= /], ['C', /^ {4}=> /]],
    faults: [{ at: /=> MAIL FROM: /, what: 'MAIL address without angle brackets' },
      { at: /=> RCPT TO: /, what: 'RCPT address without angle brackets' }] },
  // Markdown notes: a telnet session in a shell fence, the server's lines commented out with `#`. `mail from: ` and `rcpt to: ` carry no
  // path at all (likely lost as HTML tags; listed as the text shows it).
  { group: 'dev20', producer: 'hash-commented-telnet-notes', file: 'hash-commented-telnet-notes/gh-584f525f-smtp-md-telnet-hash-replies.txt',
    rules: [['S', /^#(?=\d{3} )/], ['C', ANY]],
    faults: [{ at: /^mail from: $/, what: 'MAIL without a reverse-path (nothing after FROM:)' },
      { at: /^rcpt to: $/, what: 'RCPT without a forward-path (nothing after TO:)' }] },
  // An ASCII ladder diagram: `-------HELO example.com---->` before `<-220 …---`, `<-------250 sender ok------`. `--------DATA-----` and
  // `-------QUIT---` are not listed (the build's verb rule takes no hyphen after a verb). HELO is drawn before the greeting.
  { group: 'dev20', producer: 'ascii-ladder-diagram', file: 'ascii-ladder-diagram/gh-code-with-amitk-smtp-packet-flow.txt',
    rules: [['S', /<-+(?=\d{3} )/], ['C', /^ +-+ ?(?=[A-Z])/]],
    faults: [{ at: /-HELO example\.com-/, what: 'HELO sent before the server\'s 220 greeting' }] },
  // ---------------------------------------------------------------- dev21: twenty-first round (2026-12-06)
  // Producers in no group before, found with the search corpora in the order they came (two at most per query; error text and code
  // lists only until four such files were taken, conversations only after that): issue threads (commcare-hq, a CVE exploit's issue,
  // worker-mailer, GMass's SMTP test log pasted into an smtp-server issue), a hosting KB's code table, a Postfix README mirror, a Chinese
  // wiki flattening a telnet session, a scraped Q&A page, an SRE handbook's textbook sample, a blog's AUTH LOGIN sample, a flattened
  // Wikipedia mirror, a French course page (Exim's greeting) and a Japanese vendor's protocol page.
  // Not listed: codes glued to a word (`blacklisted.541The`, `Client端 220的`), codes before a period (`559.`), `5xx`, ports, ids, IPs,
  // commands on flattened lines.
  { group: 'dev21', producer: 'commcare-hq-pr', file: 'commcare-hq-pr/gh-commcare-hq-23474-522-or-552.txt',
    rules: [['E', /if (?=522 is)/], ['E', /find (?=552 which)/]] },
  // A hosting KB's table of commands and their replies read out cell by cell: `220 |` on a line of its own.
  { group: 'dev21', producer: 'prestige-kb-code-table', file: 'prestige-kb-code-table/prestigetechnologies-kb-21-smtp-reply-codes.txt',
    rules: [['E', /^(?=\d{3} \|)/]] },
  { group: 'dev21', producer: 'cve-2024-45519-exploit-issue', file: 'cve-2024-45519-exploit-issue/gh-cve-2024-45519-2-response-after-data-554.txt',
    rules: [['E', /Response after data: /]] },
  // worker-mailer: the greeting it sends in a fence (`EHLO 127.0.0.1` / `HELO 127.0.0.1`), replies quoted in inline code.
  { group: 'dev21', producer: 'worker-mailer-issue', file: 'worker-mailer-issue/gh-worker-mailer-55-ehlo-127-0-0-1.txt',
    rules: [['E', /completes with `/], ['E', /server returns `/], ['C', /^(?=[EH][EH]LO 127)/]] },
  // GMass's SMTP test (`<< 220 …` / `>> EHLO …`) pasted into an smtp-server issue; message text behind `>> ` is no command.
  // The client sends RSET after the server's 421 closing reply.
  { group: 'dev21', producer: 'gmass-smtp-test-log', file: 'gmass-smtp-test-log/gh-smtp-server-190-gmass-421-timeout.txt',
    rules: [['S', /^<< /], ['C', /^>> /]],
    faults: [{ at: /^>> RSET$/, what: 'RSET sent after the server\'s 421 (the server is closing the transmission channel)' }] },
  // A Chinese wiki: `… '^]'. 220 server1… 表示 …`, `helo …` alone, the EHLO reply flattened after `ehlo …`, and MAIL/RCPT/DATA with
  // their replies and Chinese notes on one line (replies only); both addresses without angle brackets.
  { group: 'dev21', producer: 'utshop-wiki-flattened-telnet', file: 'utshop-wiki-flattened-telnet/utshop-wiki-linux-mail-smtp.txt',
    rules: [['S', /\^\]'\. (?=220 )/], ['S', /^(?=250 )/], ['S', /^ehlo \S+ (?=250-)/, { more: / (?=250[ -])/ }],
      ['S', /表明寄件者 (?=250 )/, { more: /(?:表明收件者|開始傳輸內容) (?=[23]\d\d )/ }], ['C', /^(?=helo )/]],
    faults: [{ at: /^mail from:/, what: 'MAIL address without angle brackets' },
      { at: /^mail from:/, what: 'RCPT address without angle brackets (rcpt to: on the same flattened line)' }] },
  // Postfix's XFORWARD_README example on a mirror (bold client lines lost): bare lines; XFORWARD is no verb of the build's list.
  { group: 'dev21', producer: 'postfix-xforward-doc-mirror', file: 'postfix-xforward-doc-mirror/linuxtopia-postfix-xforward-readme-example.txt',
    rules: [['S', /^(?=\d{3}[ -])/], ['C', ANY]] },
  // A scraped page stitching Q&A answers: quoted replies in prose, a redacted transcript (MAIL/RCPT without angle brackets), a
  // flattened `>DATA <354 … >. <250 …` session, `from 550 to 559.` and `Error 550`.
  { group: 'dev21', producer: 'new-contents-scraped-page', file: 'new-contents-scraped-page/new-contents-esmtp-mail-from-syntax-error.txt',
    rules: [['E', /like "/], ['E', /or "(?=421 Try)/], ['S', /^(?=[25]\d\d )/], ['C', /^(?=(?:MAIL FROM|RCPT TO): )/],
      ['S', /ok >DATA </, { more: />\. </ }], ['E', /from (?=550 to)/], ['E', /^Error (?=550$)/]],
    faults: [{ at: /^MAIL FROM: /, what: 'MAIL address without angle brackets' },
      { at: /^RCPT TO: /, what: 'RCPT address without angle brackets' }] },
  { group: 'dev21', producer: 'sre-handbook-gitbook', file: 'sre-handbook-gitbook/s905060-sre-handbook-how-smtp-work.txt',
    rules: [['S', /^S: /], ['C', /^C: /]] },
  // A blog's AUTH LOGIN sample: `S:`/`C:` lines, the greeting wrapped onto a bare second line, `<<<<` notes after the SASL lines.
  { group: 'dev21', producer: 'yangwentao-blog-auth-login', file: 'yangwentao-blog-auth-login/yangwentao-esmtp-auth-command.txt',
    rules: [['S', /^S: /], ['C', /^C: /]] },
  // A Wikipedia mirror's ESMTP article flattened with search-snippet dates (`… I am glad to May 7th 2025`): its replies only.
  { group: 'dev21', producer: 'esmtp-wiki-mirror', file: 'esmtp-wiki-mirror/michaeldemichele-the-esmtp.txt',
    rules: [['S', /"S": S: /, { more: / S: / }]] },
  // A French course page: `débutant par 220 suivi`, Exim's three-line greeting after a macOS prompt, then `EHLO localhost`.
  { group: 'dev21', producer: 'evecourtois-jeedom-course', file: 'evecourtois-jeedom-course/apical-evecourtois-tester-connexion-smtp-telnet.txt',
    rules: [['E', /par (?=220 suivi)/], ['S', /^(?=220[ -])/], ['C', /^(?=EHLO )/]] },
  // A Japanese vendor's protocol page: the session indented by one space; `MAIL From:` and `RCPT To:` carry no path (likely lost as
  // HTML tags; listed as the text shows it).
  { group: 'dev21', producer: 'cuenote-docs', file: 'cuenote-docs/cuenote-smtp-000193.txt',
    rules: [['S', /^ (?=\d{3} )/], ['C', /^ (?=[A-Z])/]],
    faults: [{ at: /^ MAIL From:$/, what: 'MAIL without a reverse-path (nothing after FROM:)' },
      { at: /^ RCPT To:$/, what: 'RCPT without a forward-path (nothing after TO:)' }] },
  // ---------------------------------------------------------------- dev22: twenty-second round (2026-12-06)
  // Producers in no group before, found with the search corpora in the order they came, leaning to three families: library and
  // framework debug output (go-smtp-mock's README log, aiosmtplib, SmtpClient-for-Qt, Duplicati, a 1998 C++ article's listing, Rails'
  // ar_mailer, a Rust mock server's PR), mail clients (Emacs smtpmail's *Messages*) and MTAs/relays (nullmailer's syslog JSON, Cyrus'
  // smtpclient, namshi's Exim relay container, an auto-generated "ICS" error notice).
  // Not listed: enhanced codes alone (`5.7.8 Error: …`, `"5.7.3 …"`), codes followed by an HTML entity (`\# 551&#8203;: …`), `\`502\``
  // (inline code followed by an escaped backtick), ports, IPs, ids, timestamps, and commands on flattened lines or named in prose.
  { group: 'dev22', producer: 'go-smtp-mock-readme', file: 'go-smtp-mock-readme/gh-go-smtp-mock-readme-stdout-log.txt',
    rules: [['S', /SMTP response: /], ['C', /SMTP request: /]] },
  { group: 'dev22', producer: 'nullmailer-syslog-json', file: 'nullmailer-syslog-json/gh-nullmailer-21-succeeded-250-json.txt',
    rules: [['E', /"smtp: Succeeded: /]] },
  // EHLO reply lines quoted in bold on lines of their own (`**250-AUTH PLAIN**`).
  { group: 'dev22', producer: 'qt-smtpclient-issue', file: 'qt-smtpclient-issue/gh-smtpclient-for-qt-165-auth-plain-only.txt',
    rules: [['S', /^\*\*(?=250-)/]] },
  { group: 'dev22', producer: 'aiosmtplib-issue', file: 'aiosmtplib-issue/gh-aiosmtplib-13-login-needs-ehlo-503.txt',
    rules: [['E', /I will get (?=503$)/]] },
  // A Markdown link whose text is `535: 5.7.3 …` (a colon after the code).
  { group: 'dev22', producer: 'duplicati-issue', file: 'duplicati-issue/gh-duplicati-3813-535-5-7-3-office365.txt',
    rules: [['E', /^\[/, { colon: true, textSkip: /^:\s*/ }]] },
  // A 1998 C/C++ Users Journal listing flattened onto one line: `S:` is the sending client, `R:` the receiving server.
  { group: 'dev22', producer: 'cuj-smtp-listing', file: 'cuj-smtp-listing/egoodwin-cuj-1998-9807-fazio-list1.txt',
    rules: [['S', /^S: MAIL FROM:\S+ R: /, { more: / R: / }]] },
  // Emacs smtpmail's *Messages* buffer: the server's reply alone between auth-source lines.
  { group: 'dev22', producer: 'emacs-smtpmail-messages', file: 'emacs-smtpmail-messages/gh-m365-imap-3-emacs-smtpmail-530-5-7-57.txt',
    rules: [['S', /^(?=530 )/]] },
  { group: 'dev22', producer: 'ar-mailer-sendmail', file: 'ar-mailer-sendmail/gh-redu-340-ar-sendmail-535-5-7-1.txt',
    rules: [['E', /giving up: /]] },
  { group: 'dev22', producer: 'cyrus-smtpclient-issue', file: 'cyrus-smtpclient-issue/gh-cyrus-imapd-4960-504-5-5-2-helo-localhost.txt',
    rules: [['E', /the error `/]] },
  // Markdown-escaped notice with `&#8203;` leftovers: its codes sit before an HTML entity and are not listed (numbers only).
  { group: 'dev22', producer: 'ics-auto-mail-system-notice', file: 'ics-auto-mail-system-notice/gh-perl5-7605-ics-occured-errors.txt',
    rules: [] },
  // Telnet to an Exim relay container in two fences; the EHLO reply's first line is already final (`250 …`), four lines follow it.
  { group: 'dev22', producer: 'namshi-docker-smtp-relay', file: 'namshi-docker-smtp-relay/gh-namshi-docker-smtp-85-550-relay-not-permitted.txt',
    rules: [['S', /^(?=\d{3}[ -])/], ['C', /^(?=(?:HELO|EHLO|MAIL FROM|RCPT TO)[ :])/]],
    faults: [{ at: /^250-SIZE 52428800$/, what: 'malformed EHLO reply: lines after the final 250 line (the first line has a space after 250)' }] },
  // A Rust mock server's PR: replies quoted in escaped inline code (\`334 VXNlcm5hbWU6\`) and an escaped quote (\"502 …\").
  { group: 'dev22', producer: 'mockforge-smtp-pr', file: 'mockforge-smtp-pr/gh-mockforge-197-auth-plain-login.txt',
    rules: [['E', /into \\"/], ['E', /advertises \\`/], ['E', /→ \\`(?=334 )/], ['E', /two-step \\`/], ['E', / \/ \\`(?=334 )/],
      ['E', /mechanism → \\`/]] },
  // ---------------------------------------------------------------- dev23: twenty-third round (2026-12-06)
  // Producers in no group before, found with the search corpora in the order they came, leaning to three families: devices that
  // send mail (a Xiaomi Dafang camera's busybox sendmail, an MFP scan-to-email guide), monitoring and self-hosted apps (ntopng's
  // libcurl debug, a WordPress theme's SMTP test, Janssen's MailService log) and pages in other languages (German session and FAQ,
  // a French telnet tutorial, Japanese hosting FAQ and blog).
  // Not listed: codes glued to a character (`50-CHUNKING`, `551〜555`), line numbers (`MailService.java:299-`), ports, IPs, sizes.
  // ntopng's `[CURL] <`/`[CURL] >` lines from two threads interleaved: fragments (`< G`, `< 50-CHUNKING`) are no replies.
  { group: 'dev23', producer: 'ntopng-curl-debug', file: 'ntopng-curl-debug/gh-ntopng-5778-curl-interleaved-ehlo.txt',
    rules: [['S', /\[CURL\] < /], ['C', /\[CURL\] > /]] },
  // busybox sendmail on a camera: `sendmail: send:'…'` / `sendmail: recv:'…'`; a bare `250 STARTTLS` printed by its TLS helper.
  { group: 'dev23', producer: 'dafang-busybox-sendmail', file: 'dafang-busybox-sendmail/gh-xiaomi-dafang-hacks-1362-sendmail-send-recv.txt',
    rules: [['S', /sendmail: recv:'/], ['C', /sendmail: send:'/], ['E', /^(?=250 STARTTLS$)/]] },
  // An MFP troubleshooting page: each code as a heading on a line of its own.
  { group: 'dev23', producer: 'fotocopiastrebol-mfp-guide', file: 'fotocopiastrebol-mfp-guide/fotocopiastrebol-troubleshoot-scan-to-email-smtp.txt',
    rules: [['E', /^(?=[245]\d\d$)/]] },
  // A WordPress theme's test-mail error: a two-line greeting joined by a comma (`…unsolicited, 220 and/or…`).
  { group: 'dev23', producer: 'snn-brx-theme-smtp-test', file: 'snn-brx-theme-smtp-test/gh-snn-brx-child-theme-200-rejected-ehlo-220.txt',
    rules: [['E', /Response: /], ['E', /unsolicited, /]] },
  { group: 'dev23', producer: 'jans-mailservice-log', file: 'jans-mailservice-log/gh-jans-7537-mailservice-535-5-7-8.txt',
    rules: [['E', /AuthenticationFailedException: /], ['E', /^(?=535 )/]] },
  // A German page's session: the EHLO command and its reply, bare, between prose.
  { group: 'dev23', producer: 'rmc-de-smtp-session', file: 'rmc-de-smtp-session/rmc-de-smtp-protokoll-ehlo-t-online.txt',
    rules: [['S', /^(?=250[ -])/], ['C', /^(?=ehlo )/]] },
  // A French telnet tutorial: Sendmail's greeting wrapped onto a second line (the date), no command.
  { group: 'dev23', producer: 'benoitaudet-fr-telnet', file: 'benoitaudet-fr-telnet/benoitaudet-les-commandes-smtp-sendmail-greeting.txt',
    rules: [['S', /^(?=220 )/]] },
  // A Swiss hoster's German FAQ: replies as headings (`554 5.7.1 : Relay access denied`).
  { group: 'dev23', producer: 'onesystems-ch-faq', file: 'onesystems-ch-faq/onesystems-722126-haeufige-fehlermeldungen.txt',
    rules: [['E', /^(?=[245]\d\d )/]] },
  // A Japanese hosting FAQ: replies on lines of their own, one Gmail reply quoted as `550, "5.7.1", …`.
  { group: 'dev23', producer: 'arena-ne-jp-faq', file: 'arena-ne-jp-faq/arena-360038694154-error-mail-causes.txt',
    rules: [['E', /^(?=[245]\d\d )/], ['E', /^(?=550, )/, { comma: true, textSkip: /^,\s*"/ }]] },
  // A Japanese blog: Postfix's `said: 550 5.7.1` quoted, the code in 「…」 brackets, then a list of replies.
  { group: 'dev23', producer: 'mediarium-hatena-blog', file: 'mediarium-hatena-blog/mediarium-hatenadiary-20070906-error-mail.txt',
    rules: [['E', /said: /], ['E', /の「/], ['E', /^(?=[245]\d\d )/]] },
  // ---------------------------------------------------------------- dev24: twenty-fourth round (2026-12-06)
  // Producers in no group before, found with the search corpora in the order they came, from what users and support staff publish when
  // mail does not go out: hosting providers' KB pages (catalyst2, paymonthlyhosting, ultrawebhosting, a Blesta KB copying Google's
  // list, a Help Scout table, a vendor help centre), vendor support pages (Google's Gmail error list, Microsoft Learn's
  // TenantAttribution page, Microsoft's Exchange 5.5 KB Q173656 in an archive), a project's support report for its mail admin (xamxam),
  // magazine and blog telnet walk-throughs (Linux Format's answers, onmylemon, a Taiwanese blog flattening its session onto one line,
  // a Japanese blog's openssl session to Gmail) and an error-code help page (falconyte).
  // Not listed: codes named in prose (`if this error code is 550 it means`, `Typically a 550 error message`, `with 550 instead`,
  // `SMTP Error 530:`), codes glued to a word (`connections530 Must …`), `4xx`, ports (`port 587`), version strings
  // (`5.5.1664.3`), IPs, and commands named in prose, in inline code or on the flattened line.
  // Linux Format's answer: a bare telnet session whose EHLO reply lines are wrapped by the magazine's column (`250-… Hello other.` /
  // `domain.rezd.org.uk [192.168.0.1],` / `pleased to meet you`, `250-AUTH DIGEST-MD5 CRAM-` / `MD5 LOGIN PLAIN`).
  { group: 'dev24', producer: 'linuxformat-answers-telnet', file: 'linuxformat-answers-telnet/subdude-linuxanswers-312-telnet-auth-login-wrapped.txt',
    rules: [['S', /^(?=\d{3}[ -])/], ['C', /^(?=(?:EHLO|AUTH) )/]] },
  // Microsoft KB Q173656 (Exchange 5.5 IMS): replies and commands indented by six spaces in numbered steps; the greeting wraps onto a
  // second indented line (`Internet Mail Service 5.5.1664.3) ready`). The steps send AUTH right after the greeting, with no EHLO.
  { group: 'dev24', producer: 'ms-kb-q173656-ims-telnet', file: 'ms-kb-q173656-ims-telnet/helparchive-q173656-xfor-ims-auth-login.txt',
    rules: [['S', /^ {6}(?=\d{3} )/], ['C', /^ {6}(?=auth login$)/]],
    faults: [{ at: /^ {6}auth login$/, what: 'AUTH after the greeting without any EHLO: the AUTH extension was never advertised' }] },
  { group: 'dev24', producer: 'onmylemon-blog-telnet', file: 'onmylemon-blog-telnet/onmylemon-2013-02-testing-login-smtp-telnet.txt',
    rules: [['S', /^(?=\d{3} )/], ['C', /^(?=(?:ehlo|auth) )/]] },
  // A hosting KB: one reply as a heading.
  { group: 'dev24', producer: 'catalyst2-kb', file: 'catalyst2-kb/catalyst2-common-smtp-errors.txt',
    rules: [['E', /^(?=550 )/]] },
  // A hosting KB's list `550 - Verification failed`.
  { group: 'dev24', producer: 'paymonthlyhosting-kb', file: 'paymonthlyhosting-kb/paymonthlyhosting-kb-120-cannot-send-or-receive.txt',
    rules: [['E', /^(?=550 - )/]] },
  // A hosting KB whose title is `550-not permitted to relay through this server` (a hyphen after the code) and whose prose quotes the reply.
  { group: 'dev24', producer: 'ultrawebhosting-kb', file: 'ultrawebhosting-kb/ultrawebhosting-kb-164-550-not-permitted-to-relay.txt',
    rules: [['E', /^(?=550-)/], ['E', /The "(?=550 )/], ['E', /with "(?=550 )/]] },
  // Google's list `421, "4.3.0", Temporary System Problem.` (a comma after the code, the enhanced code quoted) and one quoted example.
  { group: 'dev24', producer: 'google-workspace-smtp-errors', file: 'google-workspace-smtp-errors/google-support-3726730-gmail-smtp-errors-and-codes.txt',
    rules: [['E', /^(?=4\d\d, )/, { comma: true, textSkip: /^,\s*"/ }], ['E', /For example, "/]] },
  // A vendor help centre: `421 4.3.0 – Temporary system problem` and headings `421 – Temporary System or Policy Issues`.
  { group: 'dev24', producer: 'kyriossystems-help', file: 'kyriossystems-help/kyriossystems-13680062-error-codes-library-gmail.txt',
    rules: [['E', /^(?=4\d\d )/]] },
  { group: 'dev24', producer: 'ms-learn-tenantattribution', file: 'ms-learn-tenantattribution/ms-learn-relay-access-denied-smtp-550-5-7-64.txt',
    rules: [['E', /^"(?=550 )/], ['E', /^(?=550 )/]] },
  // A project's support report for its mail admin (Markdown in a commit view): the reply in a code fence.
  { group: 'dev24', producer: 'xamxam-postfix-report', file: 'xamxam-postfix-report/erg-xamxam-2188ff5-smtp-550-postfix-fix-md.txt',
    rules: [['E', /^(?=550 )/]] },
  // A Blesta KB copying Google's list (`450, "4.2.1" The user …` without the second comma once).
  { group: 'dev24', producer: 'vedova-blesta-kb', file: 'vedova-blesta-kb/vedova-kb-smtp-error-messages.txt',
    rules: [['E', /^(?=4\d\d, )/, { comma: true, textSkip: /^,\s*"/ }]] },
  // A Help Scout table flattened to one cell a line, each ending ` |`: `421, "4.3.0" |`.
  { group: 'dev24', producer: 'mastermind-helpscout-table', file: 'mastermind-helpscout-table/mastermind-963-error-codes-library-gmail-table.txt',
    rules: [['E', /^(?=4\d\d, )/, { comma: true, textSkip: /^,\s*"/ }]] },
  // A Taiwanese blog: the whole telnet session flattened onto one line (greeting, EHLO reply, QUIT's 221); its replies are listed at
  // their columns, the commands on it are not. `114-32-152-63` (a host name) and the date are no codes.
  { group: 'dev24', producer: 'gslin-blog-flattened-telnet', file: 'gslin-blog-flattened-telnet/gslin-2016-02-11-6295-hinet-no-starttls.txt',
    rules: [['S', /Escape character is '\^\]'\. /, { more: / (?=2[25][01][ -])/ }]] },
  // A Japanese blog: `openssl s_client -starttls smtp` to Gmail, one EHLO line shown, lowercase commands, `354  Go ahead` (two spaces).
  // `AUTH PLAINでは` in the prose is no command.
  { group: 'dev24', producer: 'tototoshi-hatena-openssl-gmail', file: 'tototoshi-hatena-openssl-gmail/tototoshi-hatenablog-20100602-openssl-s-client-gmail.txt',
    rules: [['S', /^(?=\d{3}[ -])/], ['C', /^(?=(?:ehlo |auth plain base64|mail from:|rcpt to:|data$))/]] },
  // An error-code help page: prose and a line glued to the code (`connections530 Must …`), then a bare reply line.
  { group: 'dev24', producer: 'falconyte-help-530', file: 'falconyte-help-530/falconyte-help-smtp-errors-530-starttls-required.txt',
    rules: [['E', /^(?=530 )/]] },
];
