-- hubls-needs: mariadb
-- hubls-run: mariadb < {file}; mariadb -D hubls_dup -e "INSERT INTO tags (id, slug) VALUES (3, 'rust')"
CREATE DATABASE IF NOT EXISTS hubls_dup;
USE hubls_dup;
DROP TABLE IF EXISTS users, tags;
CREATE TABLE users (id INT AUTO_INCREMENT PRIMARY KEY, email VARCHAR(100) NOT NULL UNIQUE) ENGINE=InnoDB;
CREATE TABLE tags (id INT PRIMARY KEY, slug VARCHAR(30) NOT NULL) ENGINE=InnoDB;
INSERT INTO users (email) VALUES ('ada@example.com');
INSERT INTO tags (id, slug) VALUES (3, 'go');
INSERT INTO users (email) VALUES ('ada@example.com');
