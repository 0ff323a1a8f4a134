# hubls-run: pip install "flask=3.0"; printf 'django>=4.2\nrequests = 2.31\n' > requirements.txt; pip install -r requirements.txt
