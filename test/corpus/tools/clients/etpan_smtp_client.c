/* libetpan 1.9.4 (Debian libetpan-dev) SMTP client with mailstream_debug = 1: libetpan writes every chunk it sends and
 * reads to ./libetpan-stream-debug.log (">>>>>>> send >>>>>>" … "<<<<<<< read <<<<<<" blocks); the run script prints that
 * file after the script's own result lines.
 *   gcc -o /tmp/corpus-etpan/etpansmtp clients/etpan_smtp_client.c $(pkg-config --cflags --libs libetpan) || \
 *   gcc -o /tmp/corpus-etpan/etpansmtp clients/etpan_smtp_client.c -letpan
 *   etpansmtp <plain|starttls|smtps> <port> <auth|noauth|badauth> [rcpt ...]            */
#include <libetpan/libetpan.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check(const char *what, int r, mailsmtp *s) {
  if (r == MAILSMTP_NO_ERROR) return 1;
  printf("%s failed: %s (%d)%s%s\n", what, mailsmtp_strerror(r), r, s && s->response ? ", response: " : "",
         s && s->response ? s->response : "");
  return 0;
}

int main(int argc, char **argv) {
  const char *mode = argv[1], *auth = argv[3];
  int port = atoi(argv[2]);
  const char *msg = "Subject: Corpus test 42\r\nFrom: alice@example.com\r\n\r\nHello Bob, message 42.\r\n";
  mailstream_debug = 1;
  mailsmtp *s = mailsmtp_new(0, NULL);
  int r = strcmp(mode, "smtps") == 0 ? mailsmtp_ssl_connect(s, "127.0.0.1", port) : mailsmtp_socket_connect(s, "127.0.0.1", port);
  if (!check("connect", r, s)) return 1;
  if (!check("EHLO", mailesmtp_ehlo(s), s)) goto quit;
  if (strcmp(mode, "starttls") == 0) {
    if (!check("STARTTLS", mailsmtp_socket_starttls(s), s)) goto quit;
    if (!check("EHLO", mailesmtp_ehlo(s), s)) goto quit;
  }
  if (strcmp(auth, "noauth") != 0 &&
      !check("AUTH", mailsmtp_auth_type(s, "alice@example.com", strcmp(auth, "auth") == 0 ? "s3cret-Pa55" : "wrong", MAILSMTP_AUTH_PLAIN), s))
    goto quit;
  if (!check("MAIL", mailesmtp_mail(s, "alice@example.com", 1, NULL), s)) goto quit;
  int ok = 0;
  for (int i = 4; i < (argc > 4 ? argc : 5); i++)
    if (check("RCPT", mailesmtp_rcpt(s, argc > 4 ? argv[i] : "bob@example.net", 0, NULL), s)) ok++;
  if (ok && check("DATA", mailsmtp_data(s), s) && check("message", mailsmtp_data_message(s, msg, strlen(msg)), s))
    printf("sent: %s\n", s->response);
quit:
  mailsmtp_quit(s);
  mailsmtp_free(s);
  return 0;
}
