-- hubls-needs: mariadb
-- hubls-run: mariadb < {file}; mariadb -e "USE hubls_fk; INSERT INTO invoices (account_id, total) VALUES (42, 10)"
CREATE DATABASE IF NOT EXISTS hubls_fk;
USE hubls_fk;
DROP TABLE IF EXISTS orders, invoices, customers, accounts;
CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(50)) ENGINE=InnoDB;
CREATE TABLE accounts (id INT PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE orders (
  id INT AUTO_INCREMENT PRIMARY KEY,
  customer_id INT NOT NULL,
  FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB;
CREATE TABLE invoices (
  id INT AUTO_INCREMENT PRIMARY KEY,
  account_id INT NOT NULL,
  total INT,
  CONSTRAINT fk_invoices_account FOREIGN KEY (account_id) REFERENCES accounts (id)
) ENGINE=InnoDB;
-- the parent row 7 was never inserted
INSERT INTO orders (customer_id) VALUES (7);
