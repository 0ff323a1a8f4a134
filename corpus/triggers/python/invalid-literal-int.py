# hubls-run: python3 {file}; python3 -c "int('3.14')"; python3 -c "int('')"
port = "80a"
print(int(port))
