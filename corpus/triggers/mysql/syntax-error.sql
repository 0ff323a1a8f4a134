-- hubls-needs: mariadb
-- hubls-run: mariadb < {file}; mariadb -e "SELECT id, name, FROM mysql.user"
CREATE DATABASE IF NOT EXISTS hubls_syntax;
USE hubls_syntax;
DROP TABLE IF EXISTS `order`;
-- ORDER is a reserved word
CREATE TABLE order (id INT PRIMARY KEY, total DECIMAL(10,2));
