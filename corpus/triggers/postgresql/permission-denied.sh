# hubls-needs: postgres
# hubls-run: sh {file}
psql -X -q -c "SET client_min_messages = warning; DROP SCHEMA IF EXISTS hubls_perm CASCADE; CREATE SCHEMA hubls_perm; CREATE TABLE hubls_perm.invoices (id int); CREATE SEQUENCE hubls_perm.invoice_no; DROP ROLE IF EXISTS hubls_reader; CREATE ROLE hubls_reader LOGIN; GRANT USAGE ON SCHEMA hubls_perm TO hubls_reader"
psql -X -q -U hubls_reader -d postgres -c "SELECT * FROM hubls_perm.invoices"
psql -X -q -U hubls_reader -d postgres -c "SELECT nextval('hubls_perm.invoice_no')"
psql -X -q -U hubls_reader -d postgres -c "CREATE TABLE hubls_perm.notes (id int)"
psql -X -q -U hubls_reader -c "SELECT 1"
