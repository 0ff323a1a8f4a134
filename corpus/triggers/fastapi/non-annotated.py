# Pydantic v2: class attribute without a type annotation.
# needs: pip install pydantic
# hubls-run: python3 {file} 1; python3 {file} 2
import sys
from pydantic import BaseModel

if sys.argv[1] == "1":
    class Settings(BaseModel):
        debug = False
else:
    class Page(BaseModel):
        size: int = 20
        order = "asc"
