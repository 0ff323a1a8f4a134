# Needs PyPI. A version that does not exist, and a package name that does not exist.
# hubls-run: pip install -q requests==99.0.0; pip install -q hubls-no-such-package-xyz
