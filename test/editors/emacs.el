;;; emacs.el --- drive the README's Emacs configuration headless  -*- lexical-binding: t -*-
;; Loads the README block ($SMTP_CODES_SNIPPET), reports the major mode Emacs picks for each file
;; of the job ($SMTP_CODES_JOB), then opens each session file as a user would, lets eglot start
;; the server, and reports the languageId, the diagnostics Flymake shows, a hover and the quick
;; fixes, as JSON to $SMTP_CODES_OUT.
(require 'json)
(require 'subr-x)
;; Emacs 28 has eglot only as a package (Debian's elpa-eglot); 29+ has it built in.
(package-activate-all)
(load (getenv "SMTP_CODES_SNIPPET") nil t)

(defconst smtp-codes-timeout 20 "Seconds to wait for the server; a hung server fails the test.")

(defun smtp-codes-wait (what predicate)
  "Process events until PREDICATE is non-nil; signal an error naming WHAT after the timeout."
  (let ((deadline (+ (float-time) smtp-codes-timeout)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (or (funcall predicate) (error "Timed out waiting for %s" what))))

(defun smtp-codes-position (line character)
  (list :textDocument (list :uri (eglot--path-to-uri buffer-file-name))
        :position (list :line line :character character)))

(defun smtp-codes-diagnostic (diagnostic)
  "DIAGNOSTIC as the server sent it: line, column, code and severity."
  (let ((beg (flymake-diagnostic-beg diagnostic)))
    `((line . ,(1- (line-number-at-pos beg)))
      (col . ,(save-excursion (goto-char beg) (current-column)))
      ;; Eglot writes the code into the text: "smtp-codes [smtp.failure-reply]: ...".
      (code . ,(and (string-match "\\[\\([^]]+\\)\\]" (flymake-diagnostic-text diagnostic))
                    (match-string 1 (flymake-diagnostic-text diagnostic))))
      (severity . ,(pcase (flymake-diagnostic-type diagnostic)
                     ('eglot-error 1) ('eglot-warning 2) (_ 3))))))

(defun smtp-codes-session (job)
  (find-file (alist-get 'file job))
  ;; eglot-ensure connects from `post-command-hook', once the command that opened the file ends.
  (run-hooks 'post-command-hook)
  (let* ((server (smtp-codes-wait "eglot to connect"
                                 (lambda () (and (fboundp 'eglot-current-server) (eglot-current-server)))))
         (hover-at (alist-get 'hover job))
         (hover (jsonrpc-request server :textDocument/hover
                                 (smtp-codes-position (aref hover-at 0) (aref hover-at 1))))
         (diagnostics (smtp-codes-wait "diagnostics" #'flymake-diagnostics))
         (line (alist-get 'line (smtp-codes-diagnostic (car diagnostics))))
         (actions (jsonrpc-request
                   server :textDocument/codeAction
                   (list :textDocument (list :uri (eglot--path-to-uri buffer-file-name))
                         :range (list :start (list :line line :character 0)
                                      :end (list :line (1+ line) :character 0))
                         :context (list :diagnostics
                                        (vconcat (mapcar (lambda (d) (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d)))
                                                         diagnostics)))))))
    `((mode . ,(symbol-name major-mode))
      (command . ,(vconcat (process-command (jsonrpc--process server))))
      (languageId . ,(eglot--language-id server))
      (diagnostics . ,(vconcat (mapcar #'smtp-codes-diagnostic
                                       (sort diagnostics (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))))
      (hover . ,(plist-get (plist-get hover :contents) :value))
      (actions . ,(vconcat (mapcar (lambda (a) (plist-get a :title)) actions))))))

(condition-case err
    (let* ((job (json-read-file (getenv "SMTP_CODES_JOB")))
           (modes
            ;; Detection only: no server for these buffers (the hook's pending connects are dropped).
            (let ((post-command-hook nil))
              (mapcar (lambda (file)
                        (let* ((buffer (find-file-noselect file))
                               (mode (buffer-local-value 'major-mode buffer)))
                          (kill-buffer buffer)
                          (cons file (symbol-name mode))))
                      (alist-get 'detect job))))
           (sessions (mapcar #'smtp-codes-session (alist-get 'sessions job))))
      (with-temp-file (getenv "SMTP_CODES_OUT")
        (insert (json-encode `((modes . ,modes) (sessions . ,(vconcat sessions))))))
      (dolist (server (hash-table-values eglot--servers-by-project))
        (mapc #'eglot-shutdown server))
      (kill-emacs 0))
  (error (message "emacs.el: %s" (error-message-string err))
         (kill-emacs 1)))
