#!/bin/bash
# hubls-run: sh {file}; sh -c 'file=report.tar.gz; echo ${file^^}'
# A bash script run with sh (dash): bash-only expansions fail.
name="app-v1.2.3"
echo "${name//./-}"
