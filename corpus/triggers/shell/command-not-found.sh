# hubls-run: bash {file}; sh {file}; bash -c 'kubeclt get pods'
# Typos in tool names (and tools that are not installed or not on PATH).
pyhton3 manage.py migrate
