// hubls-run: printf 'export const x = 1;\n' > utils.js && node {file}; printf 'import dayjs from "dayjs";\n' > app.mjs && node app.mjs
// ES modules need the file extension on relative imports, and the package must be installed.
import { x } from "./utils";
console.log(x);
