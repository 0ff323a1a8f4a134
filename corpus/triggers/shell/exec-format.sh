# hubls-run: sh {file}
# Binaries built for another CPU architecture (here: a stub ELF header for aarch64) and a file without a shebang.
python3 -c "
import struct
elf = b'\x7fELF' + bytes([2, 1, 1, 0]) + bytes(8) + struct.pack('<HHI', 2, 183, 1) + bytes(48)
open('node-arm64', 'wb').write(elf)
open('kubectl', 'wb').write(elf.replace(struct.pack('<H', 183), struct.pack('<H', 40)))
"
chmod +x node-arm64 kubectl
./node-arm64 --version
bash -c './kubectl version'
