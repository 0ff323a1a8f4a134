# hubls-run: sh {file}
# Host names that do not resolve (a typo, an internal name used outside its network).
curl -sS https://api.example.invalid/v1/orders
curl -sS http://db-service.invalid:8080/
