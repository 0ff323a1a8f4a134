# hubls-run: python3 {file}; mkdir -p reports; python3 -c "import os; open(os.path.join(os.getcwd(), 'reports', ''), 'w')"
import os

os.makedirs("uploads", exist_ok=True)
with open("uploads") as fh:
    fh.read()
