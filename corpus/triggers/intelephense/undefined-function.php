<?php
// hubls-run: node run-intelephense.js {file}
// hubls-include: run-intelephense.js
// hubls-tool: intelephense
$name = str_contain('hubls', 'hub') ? 'yes' : 'no';
$slug = slugify($name);
// Extension function (APCu): not in the default stubs.
$hits = apcu_fetch('hits');
