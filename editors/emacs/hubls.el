;;; hubls.el --- Knowledge Hub (hubls) through Eglot  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "28.1") (eglot "1.9"))
;; Keywords: tools, languages, convenience

;;; Commentary:

;; Registers the hubls language server with Eglot and adds two commands:
;;
;;   M-x hubls-search   search the Knowledge Hub and show an entry
;;   M-x hubls-explain  explain the diagnostic or the error text on the current line
;;
;; Set-up:
;;
;;   (add-to-list 'load-path "/path/to/hubls/editors/emacs")
;;   (require 'hubls)
;;   (hubls-eglot-setup)                 ; hubls for `hubls-modes'
;;   (add-hook 'text-mode-hook #'eglot-ensure)  ; e.g. logs opened in text-mode
;;
;; Eglot runs one server per buffer: in a major mode that already has a language server (Pyright,
;; typescript-language-server, ...) that server wins, and hubls is for logs, plain text and modes
;; without another server.  `hubls-explain' and `hubls-search' work in any buffer once a hubls
;; server runs in the project.

;;; Code:

(require 'eglot)
(require 'jsonrpc)
(require 'seq)
(require 'subr-x)

(defgroup hubls nil
  "The Knowledge Hub language server."
  :group 'tools
  :prefix "hubls-")

(defcustom hubls-server-command '("hubls" "--stdio")
  "Command line that starts the hubls language server."
  :type '(repeat string))

(defcustom hubls-corpus nil
  "Extra corpus directories, loaded after the built-in corpus."
  :type '(repeat directory))

(defcustom hubls-scan t
  "Whether hubls marks known errors in open documents."
  :type 'boolean)

(defcustom hubls-modes
  '(text-mode log-view-mode fundamental-mode compilation-mode sql-mode sh-mode php-mode)
  "Major modes for which Eglot starts hubls."
  :type '(repeat symbol))

(defun hubls--settings ()
  "The settings object the server reads."
  (append (list :scan (if hubls-scan t :json-false))
          (when hubls-corpus
            (list :corpus (vconcat (mapcar #'expand-file-name hubls-corpus))))))

(defclass hubls-server (eglot-lsp-server) ()
  :documentation "The hubls language server.")

(cl-defmethod eglot-initialization-options ((_server hubls-server))
  (hubls--settings))

;;;###autoload
(defun hubls-eglot-setup ()
  "Register hubls with Eglot for `hubls-modes'."
  (interactive)
  (add-to-list 'eglot-server-programs
               (cons hubls-modes (cons 'hubls-server hubls-server-command))))

(defun hubls--server ()
  "The hubls server of the current buffer's project."
  (let ((server (eglot-current-server)))
    (unless (and server (cl-typep server 'hubls-server))
      (setq server (seq-find (lambda (s) (cl-typep s 'hubls-server))
                             (let (all)
                               (maphash (lambda (_ servers) (setq all (append servers all)))
                                        eglot--servers-by-project)
                               all))))
    (or server (user-error "hubls: no hubls server is running (M-x eglot in a log or text buffer)"))))

(defun hubls--execute (command argument)
  "Run the server COMMAND with ARGUMENT and return its result."
  (jsonrpc-request (hubls--server) :workspace/executeCommand
                   (list :command command :arguments (vector argument))))

(defun hubls--show (id markdown)
  "Show MARKDOWN of entry ID in a read-only buffer."
  (let ((buffer (get-buffer-create (format "*hubls %s*" id))))
    (with-current-buffer buffer
      (let ((inhibit-read-only t))
        (erase-buffer)
        (insert markdown)
        (goto-char (point-min)))
      (if (fboundp 'markdown-view-mode) (markdown-view-mode) (special-mode)))
    (pop-to-buffer buffer)
    buffer))

(defun hubls-show-entry (id &optional params)
  "Show the entry ID, with PARAMS filled in."
  (interactive "sEntry id: ")
  (let ((entry (hubls--execute "hubls.entry" (list :id id :params (or params (make-hash-table))))))
    (hubls--show (plist-get entry :id) (plist-get entry :markdown))))

;;;###autoload
(defun hubls-search (query)
  "Search the Knowledge Hub for QUERY and show the chosen entry."
  (interactive "sKnowledge Hub search: ")
  (let* ((hits (append (hubls--execute "hubls.search" (list :query query :limit 50)) nil))
         (choices (mapcar (lambda (hit)
                            (cons (format "%s  [%s] %s" (plist-get hit :title) (plist-get hit :kind) (plist-get hit :id))
                                  (plist-get hit :id)))
                          hits)))
    (if (null choices)
        (message "hubls: no entry matches %s" query)
      (let ((choice (completing-read "Entry: " choices nil t nil nil (caar choices))))
        (hubls-show-entry (cdr (assoc choice choices)))))))

;;;###autoload
(defun hubls-explain ()
  "Show the entry for the diagnostics at point, else for the error text on the current line."
  (interactive)
  (let* ((diags (and (bound-and-true-p flymake-mode)
                     (flymake-diagnostics (line-beginning-position) (line-end-position))))
         (text (if diags
                   (mapconcat #'flymake-diagnostic-text diags "\n")
                 (buffer-substring-no-properties (line-beginning-position) (line-end-position))))
         (language (string-remove-suffix "-mode" (symbol-name major-mode)))
         (results (append (hubls--execute "hubls.explain" (list :text text :language language)) nil)))
    (when (and (null results) diags)
      (setq results (append (hubls--execute "hubls.explain"
                                            (list :text (buffer-substring-no-properties
                                                         (line-beginning-position) (line-end-position))
                                                  :language language))
                            nil)))
    (if (null results)
        (message "hubls: no Knowledge Hub entry explains this")
      (let ((first (car results)))
        (hubls--show (plist-get first :id) (plist-get first :markdown))))))

(provide 'hubls)
;;; hubls.el ends here
