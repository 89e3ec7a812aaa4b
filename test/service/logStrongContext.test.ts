import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverText } from '../helpers';

// A user-added language (smtpCodes.additionalLanguages: ["log"]) gets codes in strong contexts only.
const log = 'log';

test('strong contexts of MTA logs and configurations in a user-added language', () => {
  const cases: [string, RegExp][] = [
    ['  deny    message = 5|50 5.7.1 Relay not permitted', /^### 550 /],
    ['  deny    message = 550 5.7.|1 Relay not permitted', /^### 5\.7\.1 /],
    ['From:spam@example.com  ERROR:"5|50 5.7.1 Go away"', /^### 550 /],
    ['Connect:203.0.113.9  ERROR:4.7.|1:450 Try later', /^### 4\.7\.1 /],
    ['Connect:203.0.113.9  ERROR:4.7.1:4|50 Try later', /^### 450 /],
    ['ruleset=check_mail, arg1=<a@b.example>, reject=5|53 5.1.8 <a@b.example>... Domain does not exist', /^### 553 /],
    ['delivery 120: failure: 203.0.113.5_does_not_like_recipient./Remote_host_said:_5|50_5.1.1_<gone@example.net>:_User_unknown/', /^### 550 /],
    ['** x@example.org R=dnslookup T=remote_smtp: SMTP error from remote mail server after RCPT TO:<x@example.org>: 5|50 Unknown user', /^### 550 /],
    ['=> lena@example.org R=virtual_user T=dovecot_lmtp C="2|50 Saved"', /^### 250 /],
    ['courieresmtp: id=0001,from=<a@example.de>,addr=<n@example.org>: 5|50 User unknown', /^### 550 /],
    ['courieresmtpd: error,relay=::ffff:192.0.2.34,from=<>,to=<>: 5|50 User unknown.', /^### 550 /],
    ['host mx.example.net[192.0.2.7] refused to talk to me: 5|54 IP=192.0.2.1 - blocked', /^### 554 /],
    ['delivery 2518: failure: Sorry,_I_couldn\'t_find_any_host_named_x.example._(#5.1.|2)/', /^### 5\.1\.2 /],
    ['< 2|50 2.0.0 Ok: queued as 4Nq3Xk', /^### 250 /],
  ];
  for (const [line, expected] of cases) assert.match(hoverText(line, log) ?? '', expected, line);
});

test('never on bare numbers, versions, ports, IP addresses or regex quantifiers', () => {
  for (const line of [
    'Postfix 2.1|1.3 started', 'listening on port 5|87', 'pid 4|50 exited', 'client 5.1.|2.3 connected', '/^Subject: \\d{|3}/ REJECT',
    'message_size_limit = 5|50000', 'took 2|50 ms',
    // "<" is curl's marker only at the start of a line; "returned"/"said" need a colon or a quote.
    'retry if delay < 3|00 s', 'GET /api/items?limit=550 returned 2|00 in 250 ms', 'he said 2|00 times',
  ]) {
    assert.equal(hoverText(line, log), undefined, line);
  }
});
