# Pydantic v2: a field typed with an arbitrary class Pydantic cannot validate.
# needs: pip install pydantic
# hubls-run: python3 {file} 1; python3 {file} 2
import sys
from pydantic import BaseModel


class Connection:
    pass


class Money:
    def __init__(self, cents: int):
        self.cents = cents


if sys.argv[1] == "1":
    class Job(BaseModel):
        conn: Connection
else:
    class Invoice(BaseModel):
        total: Money
