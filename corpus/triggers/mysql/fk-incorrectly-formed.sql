-- hubls-needs: mariadb
-- hubls-run: mariadb -f < {file}
CREATE DATABASE IF NOT EXISTS hubls_fk150;
USE hubls_fk150;
DROP TABLE IF EXISTS orders, payments, customers, accounts;
CREATE TABLE customers (id INT UNSIGNED PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE accounts (code VARCHAR(10) NOT NULL, id INT PRIMARY KEY) ENGINE=InnoDB;
-- signed INT referencing INT UNSIGNED
CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT, FOREIGN KEY (customer_id) REFERENCES customers (id)) ENGINE=InnoDB;
-- referenced column has no index
CREATE TABLE payments (id INT PRIMARY KEY, account_code VARCHAR(10), CONSTRAINT fk_payments_account FOREIGN KEY (account_code) REFERENCES accounts (code)) ENGINE=InnoDB;
