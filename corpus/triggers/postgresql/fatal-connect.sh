# hubls-needs: postgres
# hubls-run: sh {file}
psql -X -d shop_development -c "SELECT 1"
psql -X -U hubls_reader -c "SELECT 1"
psql -X -U deploy_bot -d postgres -c "SELECT 1"
psql -X -U api_service -d postgres -c "SELECT 1"
