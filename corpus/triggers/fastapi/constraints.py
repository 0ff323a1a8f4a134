# Pydantic v2: extra fields forbidden and Field() constraints violated.
# needs: pip install pydantic
# hubls-run: for s in extra extra-2 too-long too-short greater pattern list; do python3 {file} $s; done
import sys
from pydantic import BaseModel, ConfigDict, Field


class SignUp(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str = Field(min_length=3, max_length=20)
    age: int = Field(default=18, gt=0)
    invite_code: str = Field(default="A1", pattern=r"^[A-Z]\d$")
    interests: list[str] = Field(default_factory=lambda: ["python"], min_length=1)


s = sys.argv[1]
if s == "extra":
    SignUp(username="ada", is_admin=True)
elif s == "extra-2":
    SignUp.model_validate({"username": "ada", "emial": "ada@example.com"})
elif s == "too-long":
    SignUp(username="x" * 30)
elif s == "too-short":
    SignUp(username="al")
elif s == "greater":
    SignUp(username="ada", age=0)
elif s == "pattern":
    SignUp(username="ada", invite_code="zz")
else:
    SignUp(username="ada", interests=[])
