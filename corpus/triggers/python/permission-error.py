# Runs as root here, so it drops to 'nobody' before opening a root-only file, then runs a non-executable script.
# hubls-run: python3 {file} 1; python3 {file} 2
import os, subprocess, sys, pathlib

if sys.argv[1] == "1":
    pathlib.Path("deploy.sh").write_text("#!/bin/sh\necho deploying\n")
    subprocess.run(["./deploy.sh"])
else:
    secret = pathlib.Path("/tmp/hubls-trigger/secret.key")
    secret.write_text("k")
    secret.chmod(0o600)
    os.setuid(65534)
    open(secret).read()
