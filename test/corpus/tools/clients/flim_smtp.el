;; FLIM 1.14.9's smtp.el (Debian flim, the SMTP library of Wanderlust and SEMI) with smtp-debug: the
;; "*trace of SMTP session to …*" buffer a user copies out, printed after the send (and the error Emacs reports, if any).
;; Not Emacs's own smtpmail (dev4/).
;;   emacs --batch -Q -l flim_smtp.el PORT starttls|plain|ssl auth|badauth|noauth RCPT[,RCPT…]
(add-to-list 'load-path "/usr/share/emacs/site-lisp/flim")
(add-to-list 'load-path "/usr/share/emacs/site-lisp/apel")
(require 'smtp)
(let* ((args command-line-args-left)
       (port (string-to-number (nth 0 args))) (mode (nth 1 args)) (auth (nth 2 args))
       (rcpts (split-string (or (nth 3 args) "bob@example.net") ",")))
  (setq command-line-args-left nil)
  (setq smtp-server "127.0.0.1" smtp-service port smtp-local-domain "client.example" smtp-fqdn "client.example"
        smtp-debug t smtp-use-starttls (string= mode "starttls") smtp-open-connection-function
        (if (string= mode "ssl")
            (lambda (name buffer host service) (open-network-stream name buffer host service :type 'tls))
          #'open-network-stream)
        smtp-use-sasl (not (string= auth "noauth")) smtp-sasl-user-name "alice@example.com" smtp-sasl-mechanisms '("PLAIN")
        gnutls-verify-error nil gnutls-min-prime-bits 1024 network-security-level 'low)
  (advice-add 'read-passwd :override (lambda (&rest _) (if (string= auth "auth") "s3cret-Pa55" "wrong")))
  (condition-case err
      (with-temp-buffer
        (insert "From: alice@example.com\nTo: bob@example.net\nSubject: Corpus test 42\n\nHello Bob, message 42.\n")
        (smtp-send-buffer "alice@example.com" rcpts (current-buffer))
        (message "Sending...done"))
    (error (message "%s" (error-message-string err))))
  (dolist (b (buffer-list))
    (when (string-prefix-p "*trace of SMTP session" (buffer-name b))
      (princ (with-current-buffer b (buffer-string))))))
