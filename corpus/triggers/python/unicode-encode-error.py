# The C/POSIX locale makes stdout ASCII-only in many containers and cron jobs; here it is forced.
# hubls-run: PYTHONIOENCODING=ascii python3 {file}; python3 -c "'Zoë'.encode('ascii')"
print("Café ☕")
