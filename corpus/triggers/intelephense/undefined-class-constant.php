<?php
// hubls-run: node run-intelephense.js {file}
// hubls-include: run-intelephense.js
// hubls-tool: intelephense
class Status { const ACTIVE = 'active'; }
echo Status::DISABLED;
echo Status::ACTIV;
