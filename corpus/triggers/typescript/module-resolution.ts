// hubls-run: mkdir -p node_modules/dayjs; printf 'export declare const v: number;\n' > node_modules/dayjs/index.d.ts; /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 --module es2015 {file}
// With --module es2015 and no moduleResolution, TypeScript uses "classic" resolution, which ignores node_modules.
import { v } from "dayjs";
import { z } from "zod";
console.log(v, z);
