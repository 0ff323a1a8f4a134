# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select I001 {file}
# hubls-tool: ruff
import sys
import os
from pathlib import Path
import json

print(sys, os, Path, json)


def main():
    from typing import Any
    import argparse
    return argparse, Any
