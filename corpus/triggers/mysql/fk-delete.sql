-- hubls-needs: mariadb
-- hubls-run: mariadb < {file}; mariadb -D hubls_fkdel -e "DELETE FROM accounts WHERE id = 3"
CREATE DATABASE IF NOT EXISTS hubls_fkdel;
USE hubls_fkdel;
DROP TABLE IF EXISTS orders, invoices, customers, accounts;
CREATE TABLE customers (id INT PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE accounts (id INT PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL, FOREIGN KEY (customer_id) REFERENCES customers (id)) ENGINE=InnoDB;
CREATE TABLE invoices (id INT PRIMARY KEY, account_id INT, CONSTRAINT fk_invoices_account FOREIGN KEY (account_id) REFERENCES accounts (id)) ENGINE=InnoDB;
INSERT INTO customers VALUES (7); INSERT INTO orders VALUES (1, 7);
INSERT INTO accounts VALUES (3); INSERT INTO invoices VALUES (1, 3);
DELETE FROM customers WHERE id = 7;
