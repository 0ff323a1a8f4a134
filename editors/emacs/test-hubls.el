;;; test-hubls.el --- batch test of hubls.el with Eglot against a real hubls  -*- lexical-binding: t; -*-
;; Run by editors/emacs/test.sh: emacs --batch -l test-hubls.el (HUBLS_BIN names the server binary).

(require 'package)
(package-initialize)
(add-to-list 'load-path (file-name-directory (or load-file-name buffer-file-name)))
(require 'hubls)

(defvar hubls-test--failures 0)
(defun hubls-test--check (name ok &optional detail)
  (if ok
      (princ (format "ok   %s\n" name))
    (setq hubls-test--failures (1+ hubls-test--failures))
    (princ (format "FAIL %s%s\n" name (if detail (format ": %s" detail) "")))))

(let* ((dir (make-temp-file "hubls-emacs-" t))
       (file (expand-file-name "worker.log" dir)))
  (with-temp-file file
    (insert "starting worker\nTraceback (most recent call last):\n  File \"/srv/app.py\", line 3, in <module>\n"
            "    print(settings[\"timeout\"])\nKeyError: 'timeout'\nworker stopped\n"))
  (setq hubls-server-command (list (getenv "HUBLS_BIN") "--stdio"))
  (hubls-eglot-setup)
  (find-file file)
  (text-mode)
  (apply #'eglot (eglot--guess-contact))
  (let ((deadline (+ (float-time) 60)) diags)
    (while (and (< (float-time) deadline)
                (null (setq diags (and (bound-and-true-p flymake-mode) (flymake-diagnostics)))))
      (accept-process-output nil 0.2))
    (hubls-test--check "server diagnostic on the KeyError line"
                       (and diags (= 5 (line-number-at-pos (flymake-diagnostic-beg (car diags)))))
                       (format "%S" (mapcar #'flymake-diagnostic-text diags))))
  (cl-letf (((symbol-function 'completing-read) (lambda (_prompt choices &rest _) (caar choices))))
    (let ((buffer (hubls-search "KeyError timeout")))
      (hubls-test--check "hubls-search shows python/key-error"
                         (and (bufferp buffer) (equal (buffer-name buffer) "*hubls python/key-error*")
                              (with-current-buffer buffer (string-match-p "Root cause" (buffer-string))))
                         (and (bufferp buffer) (buffer-name buffer)))))
  (with-current-buffer (find-buffer-visiting file)
    (goto-char (point-min))
    (forward-line 4)
    (let ((buffer (hubls-explain)))
      (hubls-test--check "hubls-explain shows the entry with its parameters"
                         (and (bufferp buffer)
                              (with-current-buffer buffer
                                (and (string-match-p "KeyError" (buffer-string))
                                     (string-match-p "timeout" (buffer-string)))))
                         (and (bufferp buffer) (buffer-name buffer)))))
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (princ (format "%d passed, %d failed\n" (- 3 hubls-test--failures) hubls-test--failures))
  (kill-emacs (if (zerop hubls-test--failures) 0 1)))
