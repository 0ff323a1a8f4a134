// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 --module commonjs {file}
// Imports of a package that is not installed and of a file that does not exist.
import _ from "lodash";
import { slugify } from "./utils/strings";
export const x = [_, slugify];
