<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file}
function current_user() { return null; }
$user = current_user();
echo $user->name, "\n";
$post = false;
echo $post->title, "\n";
