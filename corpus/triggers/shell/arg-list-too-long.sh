# hubls-run: bash {file}; sh -c 'mkdir logs && cd logs && /bin/rm -f $(seq -f "/tmp/hubls-trigger/logs/access-%07g.log" 1 120000)'
# Expanding a huge list of words onto one command line exceeds ARG_MAX.
/bin/echo $(seq 1 400000) > /dev/null
