<?php
// A plugin or theme file requested directly (by URL or `php file.php`), outside WordPress: no WordPress
// function exists yet. The second case is a theme template opened directly.
// hubls-run: php -d display_errors=1 -d log_errors=0 {file}; printf '<?php\n// Template Name: Landing\nget_header();\necho "<main>Landing</main>";\nget_footer();\n' > page-landing.php; php -d display_errors=1 -d log_errors=0 page-landing.php
/*
 * Plugin Name: Contact Form Lite
 */
add_action('init', 'cfl_register_shortcode');
function cfl_register_shortcode() {
    add_shortcode('contact_form', 'cfl_render');
}
