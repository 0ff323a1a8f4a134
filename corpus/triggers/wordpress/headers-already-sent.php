<?php
// A plugin prints output (whitespace after a closing tag, an echo at load) before WordPress sends a redirect.
// Runs WordPress 6.1 from Debian's package (/usr/share/wordpress) against MariaDB; wp-site.inc.php plays
// wp-config.php and installs a fresh site with the plugins below for each case.
// hubls-needs: mariadb
// hubls-include: wp-site.inc.php
// hubls-run: for c in whitespace echo; do mariadb -e "DROP DATABASE IF EXISTS hubls_wp; CREATE DATABASE hubls_wp"; php {file} install $c >/dev/null 2>&1; php -d display_errors=1 -d log_errors=0 {file} run $c; done
$case = $argv[2] ?? '';

$plugins = [
    'whitespace' => ['legacy-widget/legacy-widget.php' => "<?php\n/* Plugin Name: Legacy Widget */\nfunction legacy_widget_init() {\n    return true;\n}\n?" . ">\n\n"],
    'echo' => ['promo-banner/promo-banner.php' => <<<'PHP'
<?php
/* Plugin Name: Promo Banner */
echo '<div class="promo">Sale!</div>';
PHP],
];
require __DIR__ . '/wp-site.inc.php';
wp_redirect(home_url('/thank-you/'));
