# hubls-needs: mariadb
# hubls-run: sh {file}
mariadb -e "CREATE USER IF NOT EXISTS 'hubls_app'@'localhost' IDENTIFIED BY 'correct-horse'; CREATE USER IF NOT EXISTS 'hubls_report'@'%' IDENTIFIED BY 'battery-staple'"
mariadb -u hubls_app -pwrong-password -e "SELECT 1"
mariadb -h 127.0.0.1 -u hubls_report -e "SELECT 1"
mariadb -u no_such_user -e "SELECT 1"
