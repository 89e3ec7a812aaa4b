// Annotations of the held-out group (see annotations.mjs for the format). Kept apart from the
// written-against groups so that the reader's authors never open them.
const ANY = /^/;
export const FILES = [
  // ---------------------------------------------------------------- holdout (second round, 2026-12-06)
  // Each logged read holds the whole reply, its lines joined by a literal <CRLF>: every line is listed.
  { group: 'holdout', producer: 'lettre-vaultwarden', file: 'lettre-vaultwarden/gh-vaultwarden-392-read-wrote-port-25.txt',
    rules: [['S', /\] Read: /, { more: /<CRLF>/ }], ['C', /\] Wrote: /]] },
  { group: 'holdout', producer: 'roundcube-net-smtp', file: 'roundcube-net-smtp/gh-roundcubemail-7089-plain-log.txt',
    rules: [['S', /> Recv: /], ['C', /> Send: /]] },
  { group: 'holdout', producer: 'roundcube-net-smtp', file: 'roundcube-net-smtp/gh-roundcubemail-8067-bare-first-line.txt',
    rules: [['S', /> Recv: /], ['C', /> Send: /]],
    faults: [{ at: /Recv: 250$/, what: 'malformed EHLO reply: a bare final 250 line followed by further 250- lines' }] },
  { group: 'holdout', producer: 'roundcube-net-smtp', file: 'roundcube-net-smtp/gh-roundcubemail-5547-quoted-extracts.txt',
    rules: [['S', /> Recv: /], ['C', /> Send: /]] },
  // Client side (SMTPC): RECEIVED is the server; the EHLO reply is one logged line joined by [nl].
  { group: 'holdout', producer: 'hmailserver-log', file: 'hmailserver-log/gh-progressiverobot-hmailserver-33-smtpc.txt',
    rules: [['S', /"RECEIVED: /, { more: /\[nl\]/ }], ['C', /"SENT: /]] },
  // Server side (SMTPD): SENT is the server. Session ids like 278 and 301 are not codes; IMAPD lines are not SMTP.
  { group: 'holdout', producer: 'hmailserver-log', file: 'hmailserver-log/gh-ipban-193-xml-comment.txt',
    rules: [['S', /"SMTPD".*?"SENT: /], ['C', /"SMTPD".*?"RECEIVED: /]] },
  { group: 'holdout', producer: 'hmailserver-log', file: 'hmailserver-log/gh-hmailserver-436-space-separated.txt',
    rules: [['S', /"SMTPD".*?"SENT: /], ['C', /"SMTPD".*?"RECEIVED: /]] },
  { group: 'holdout', producer: 'perl-net-smtp', file: 'perl-net-smtp/gh-davmail-112-email-stuffer-debug.txt',
    rules: [['S', /\)<<< /], ['C', /\)>>> /]] },
  // `+URE` is the site's wrap of the RCPT line, not a line of its own.
  { group: 'holdout', producer: 'perl-net-smtp', file: 'perl-net-smtp/perlmonks-821468-wrapped-notify.txt',
    rules: [['S', /\)<<< /], ['C', /\)>>> /]] },
  // `Expected response code 250` names the code the library wanted, not a reply: not listed.
  { group: 'holdout', producer: 'swiftmailer-logger', file: 'swiftmailer-logger/gh-freescout-5455-ehlo-rejected.txt',
    rules: [['S', /^<< /], ['C', /^>> /], ['E', /(?:got code "|with message ")/]] },
  { group: 'holdout', producer: 'swiftmailer-logger', file: 'swiftmailer-logger/gh-nextcloud-helm-254-authenticator-login.txt',
    rules: [['E', /(?:got code "|with message ")/]] },
  { group: 'holdout', producer: 'swiftmailer-logger', file: 'swiftmailer-logger/gh-swiftmailer-1300-laravel-log.txt',
    rules: [['E', /(?:got code \\?"|with message \\?"|\(code: |assertResponseCode\(')/]] },
  // The debugger prints each step's label (hello:, from:, data:) and the reply: labels are not commands.
  { group: 'holdout', producer: 'codeigniter-email-debugger', file: 'codeigniter-email-debugger/gh-codeigniter-5231-pre-tags.txt',
    rules: [['S', /^(?:ERROR - .*?Email Debug: |(?:<br \/>|<\/pre>)*<pre>[a-z]+: )?/], ['E', /error was encountered: /]] },
  { group: 'holdout', producer: 'codeigniter-email-debugger', file: 'codeigniter-email-debugger/gh-codeigniter-2042-empty-hello.txt',
    rules: [['S', ANY]],
    faults: [{ at: /^hello: ?$/, what: 'empty reply to EHLO (the client sent it before the greeting had arrived)' }] },
  { group: 'holdout', producer: 'mailspring-mailcore', file: 'mailspring-mailcore/gh-mailspring-850-last-response.txt',
    rules: [['S', ANY], ['C', ANY], ['E', /Last Response Code: /]],
    skipCommands: [26, 27] /* the summary repeats the EHLO keywords AUTH and HELP: not commands */ },
  // Reply lines after the first come unmarked, each followed by a blank line.
  { group: 'holdout', producer: 'mailcore2-nslog', file: 'mailcore2-nslog/gh-mailcore2-1095-mcosmtpsession.txt',
    rules: [['S', /^(?:.*?MCOSMTPSession: )?/], ['C', /MCOSMTPSession: /]] },
  // Unmarked EHLO reply lines continue `<<<getline<<< 250-net`; the page puts a `|` line between all lines.
  { group: 'holdout', producer: 'blat-debug', file: 'blat-debug/blat-sourceforge-debug-example.txt',
    rules: [['S', /^(?:<<<getline<<< )?/], ['C', /^>>>putline>>> /]],
    faults: [{ at: /putline>>> MAIL From: e@/, what: 'MAIL address without angle brackets' }] },
  { group: 'holdout', producer: 'blat-debug', file: 'blat-debug/blat-net-debug-table.txt',
    rules: [['S', /^\| (?:<<<getline<<< )?/], ['C', /^\| >>>putline>>> /]],
    faults: [{ at: /putline>>> MAIL From: \[email/, what: 'MAIL address without angle brackets' }] },
  { group: 'holdout', producer: 'wireshark-follow', file: 'wireshark-follow/gh-mailkit-587-rcpt-without-mail.txt',
    rules: [['S', /^</], ['C', /^>/]],
    faults: [{ at: /^>RCPT TO/, what: 'RCPT before MAIL (no MAIL command in the session)' }] },
  // `$str is` repeats the line just read and `$data is/was` the reply read so far: each code there is an echo.
  { group: 'holdout', producer: 'phpmailer-5-legacy', file: 'phpmailer-5-legacy/gh-phpmailer-2076-from-server.txt',
    rules: [['S', /SMTP -> FROM SERVER:/], ['E', /(?<=\$(?:str|data) (?:is|was) "(?:[^"]* )?)(?=[2-5]\d\d[ -])/]] },
  // The last line is cut inside the stack field where the stored text ends; its code is complete.
  { group: 'holdout', producer: 'authelia-logfmt', file: 'authelia-logfmt/gh-authelia-3086-startup-check-535.txt',
    rules: [['E', /startup check: /]] },
  { group: 'holdout', producer: 'authelia-logfmt', file: 'authelia-logfmt/gh-authelia-8042-rset-500.txt',
    rules: [['E', /to SMTP client: /]] },
  { group: 'holdout', producer: 'windows-live-mail-error', file: 'windows-live-mail-error/gh-vmail-68-relay-denied.txt',
    rules: [['E', /^(?:Erro de Servidor|Resposta do Servidor): /]] },
  // Exim's main log quotes the input it refused: a MAIL sent before the greeting, on two connections.
  { group: 'holdout', producer: 'exim-mainlog', file: 'exim-mainlog/gh-smtp-connection-29-sync-error.txt',
    rules: [['C', /input="/]],
    faults: [{ at: /input="MAIL FROM/, n: 1, what: 'MAIL sent before the greeting (input sent without waiting for greeting)' },
      { at: /input="MAIL FROM/, n: 2, what: 'MAIL sent before the greeting (input sent without waiting for greeting)' }] },
  { group: 'holdout', producer: 'exim-mainlog', file: 'exim-mainlog/gh-hestiacp-4852-relay-not-permitted.txt',
    rules: [['E', /after RCPT TO:<[^>]*>: /]] },
  // DavMail's own SMTP server log: `>` is what DavMail sent, `<` what the client sent. `status: 302` is HTTP.
  { group: 'holdout', producer: 'davmail-log', file: 'davmail-log/gh-davmail-40-opera-m2.txt',
    rules: [['S', /^Message:\t\t> /], ['C', /^Message:\t\t< /]] },
];
