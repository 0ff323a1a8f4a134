<?php
// Other _doing_it_wrong() notices from misused WordPress APIs, shown with WP_DEBUG.
// Runs WordPress 6.1 from Debian's package (/usr/share/wordpress) against MariaDB; wp-site.inc.php plays
// wp-config.php and installs a fresh site with the plugins below for each case.
// hubls-needs: mariadb
// hubls-include: wp-site.inc.php
// hubls-run: for c in run; do mariadb -e "DROP DATABASE IF EXISTS hubls_wp; CREATE DATABASE hubls_wp"; php {file} install $c >/dev/null 2>&1; php -d display_errors=1 -d log_errors=0 {file} run $c; done
$case = $argv[2] ?? '';

$plugins = [
    'run' => [],
];
require __DIR__ . '/wp-site.inc.php';
add_action('wp_enqueue_scripts', function () {
    wp_register_script('shop-cart', 'https://example.test/cart.js', [], '1.0', true);
    wp_add_inline_script('shop-cart', '<script>var cartTotal = 0;</script>');
    wp_localize_script('shop-cart', 'shopCart', 'not-an-array');
});
do_action('wp_enqueue_scripts');
register_post_type('event_registration_form', ['public' => true]);
