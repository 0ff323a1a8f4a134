# hubls-run: sh {file}
mariadb --socket=/tmp/hubls-no-such-mysqld.sock -e "SELECT 1"
mariadb --socket=/run/mysqld/hubls-missing.sock -e "SELECT 1"
mariadb -h 127.0.0.1 -P 3399 -e "SELECT 1"
