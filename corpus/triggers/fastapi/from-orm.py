# Pydantic v2: from_orm / model_validate on an object without from_attributes, and v1 orm_mode config.
# needs: pip install pydantic
# hubls-run: python3 {file} from_orm; python3 {file} model_validate; python3 {file} orm_mode
import sys
from dataclasses import dataclass
from pydantic import BaseModel


@dataclass
class UserRow:
    id: int
    name: str


class UserOut(BaseModel):
    id: int
    name: str


row = UserRow(1, "ada")
if sys.argv[1] == "from_orm":
    import warnings
    warnings.simplefilter("ignore")
    UserOut.from_orm(row)
elif sys.argv[1] == "model_validate":
    UserOut.model_validate(row)
else:
    class UserOrm(BaseModel):
        id: int

        class Config:
            orm_mode = True
