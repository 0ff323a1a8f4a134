<?php
// PHP 7.4 and older have no str_contains/str_starts_with/str_ends_with. PHP 8.2 prints the same message when
// the functions are removed with disable_functions, which reproduces an old-runtime server here.
// hubls-run: php -d display_errors=1 -d log_errors=0 -d disable_functions=str_contains,str_starts_with {file} a; php -d display_errors=1 -d log_errors=0 -d disable_functions=str_contains,str_starts_with {file} b
if ($argv[1] === 'a') {
    var_dump(str_contains('hello world', 'world'));
} else {
    var_dump(str_starts_with('/api/users', '/api'));
}
