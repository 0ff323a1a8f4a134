# hubls-needs: mariadb
# hubls-run: sh {file}
mariadb -D shop_development -e "SELECT 1"
mariadb -e "USE analytics_prod"
