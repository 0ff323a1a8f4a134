# hubls-run: python3 {file}; python3 -c "n = 42; print(n[0])"
def find_user(user_id):
    return None


user = find_user(7)
print(user["email"])
