# hubls-run: sh {file}
# The docker CLI is installed without the compose and buildx plugins.
# (With flags, e.g. `docker compose up -d`, the CLI reports the flag instead: unknown shorthand flag: 'd' in -d)
docker compose ps
docker buildx ls
