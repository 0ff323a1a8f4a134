<?php
// hubls-run: node run-intelephense.js {file}
// hubls-include: run-intelephense.js
// hubls-tool: intelephense
echo APP_VERSION;
echo MAX_RETRYS;
