;; Emacs 28 smtpmail with smtpmail-debug-info: the "*trace of SMTP session to …*" buffer a user copies out, printed
;; after the send (and the error Emacs reports, if any).
;;   emacs --batch -Q -l emacs_smtpmail.el plain|starttls|ssl PORT auth|badauth|noauth RCPT[,RCPT…]
(require 'smtpmail)
(require 'sendmail)
(let* ((args command-line-args-left)
       (mode (nth 0 args)) (port (string-to-number (nth 1 args))) (auth (nth 2 args)) (rcpts (or (nth 3 args) "bob@example.net"))
       (netrc (make-temp-file "corpus-authinfo")))
  (setq command-line-args-left nil)
  (with-temp-file netrc
    (unless (string= auth "noauth")
      (insert (format "machine 127.0.0.1 login alice@example.com port %d password %s\n" port (if (string= auth "auth") "s3cret-Pa55" "wrong")))))
  (setq auth-sources (list netrc)
        smtpmail-smtp-server "127.0.0.1" smtpmail-smtp-service port
        smtpmail-stream-type (intern mode) smtpmail-local-domain "client.example" smtpmail-sendto-domain nil
        smtpmail-debug-info t smtpmail-debug-verb t
        smtpmail-servers-requiring-authorization (if (string= auth "noauth") nil ".")
        nsm-settings-file (make-temp-file "corpus-nsm") network-security-level (quote low) gnutls-verify-error nil gnutls-min-prime-bits 1024
        user-mail-address "alice@example.com" send-mail-function 'smtpmail-send-it)
  (condition-case err
      (with-temp-buffer
        (insert (format "From: alice@example.com\nTo: %s\nSubject: Corpus test 42\n%s\nHello Bob, message 42.\n" rcpts mail-header-separator))
        (smtpmail-send-it)
        (message "Sending...done"))
    (error (message "%s" (error-message-string err))))
  (dolist (b (buffer-list))
    (when (string-prefix-p "*trace of SMTP session" (buffer-name b))
      (princ (with-current-buffer b (buffer-string))))))
