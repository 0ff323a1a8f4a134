<?php
// The MySQL errors behind two classic `php artisan migrate` failures, produced with plain PDO and the DDL that
// Laravel's schema builder generates (Laravel itself cannot be installed here: no Packagist access).
// hubls-needs: mariadb
// hubls-run: mariadb -e "DROP DATABASE IF EXISTS hubls_laravel; CREATE DATABASE hubls_laravel CHARACTER SET utf8mb4"; php -d display_errors=1 -d log_errors=0 {file}
$pdo = new PDO('mysql:unix_socket=/run/mysqld/mysqld.sock;dbname=hubls_laravel;charset=utf8mb4', 'root', '', [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);
$statements = [
    // 2014_10_12_000000_create_users_table, run twice (migrations table out of sync with the schema)
    "create table `users` (`id` bigint unsigned not null auto_increment primary key, `name` varchar(255) not null, `email` varchar(255) not null) default character set utf8mb4 collate 'utf8mb4_unicode_ci'",
    "create table `users` (`id` bigint unsigned not null auto_increment primary key, `name` varchar(255) not null, `email` varchar(255) not null) default character set utf8mb4 collate 'utf8mb4_unicode_ci'",
    "create table `personal_access_tokens` (`id` bigint unsigned not null auto_increment primary key, `token` varchar(64) not null) default character set utf8mb4 collate 'utf8mb4_unicode_ci'",
    "create table `personal_access_tokens` (`id` bigint unsigned not null auto_increment primary key) default character set utf8mb4 collate 'utf8mb4_unicode_ci'",
    // indexes over long utf8mb4 strings (4 bytes per character) exceed the engine's key length limit
    "create table `posts` (`id` bigint unsigned not null auto_increment primary key, `title` varchar(255) not null, `slug` varchar(255) not null, `locale` varchar(255) not null, `author` varchar(255) not null) default character set utf8mb4 collate 'utf8mb4_unicode_ci' engine = InnoDB",
    "alter table `posts` add index `posts_title_slug_locale_author_index`(`title`, `slug`, `locale`, `author`)",
    "create table `tags` (`id` bigint unsigned not null auto_increment primary key, `name` varchar(255) not null, `slug` varchar(255) not null) default character set utf8mb4 collate 'utf8mb4_unicode_ci' engine = MyISAM",
    "alter table `tags` add index `tags_name_slug_index`(`name`, `slug`)",
    // the MySQL 5.6 / old MariaDB situation: COMPACT row format limits an index column to 767 bytes
    "create table `password_resets` (`email` varchar(255) not null, `token` varchar(255) not null) default character set utf8mb4 collate 'utf8mb4_unicode_ci' engine = InnoDB row_format = compact",
    "alter table `password_resets` add index `password_resets_email_index`(`email`)",
];
foreach ($statements as $sql) {
    try {
        $pdo->exec($sql);
    } catch (PDOException $e) {
        echo 'PDOException: ', $e->getMessage(), "\n";
    }
}
