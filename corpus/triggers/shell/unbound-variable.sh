# hubls-run: bash {file} ; bash -c 'set -u; echo "deploying to $DEPLOY_ENV"'
set -euo pipefail
# the script expects an argument: ./release.sh <version>
version=$1
echo "releasing $version"
