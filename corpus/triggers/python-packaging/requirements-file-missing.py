# hubls-run: pip install -r requirements.txt; pip install -r requirements/dev.txt
