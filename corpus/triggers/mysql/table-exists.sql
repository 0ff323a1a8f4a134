-- hubls-needs: mariadb
-- hubls-run: mariadb < {file}; mariadb -D hubls_exists -e "CREATE TABLE audit_log (id INT)"
CREATE DATABASE IF NOT EXISTS hubls_exists;
USE hubls_exists;
DROP TABLE IF EXISTS sessions, audit_log;
CREATE TABLE sessions (id INT PRIMARY KEY);
CREATE TABLE audit_log (id INT PRIMARY KEY);
CREATE TABLE sessions (id INT PRIMARY KEY);
