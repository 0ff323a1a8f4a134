// hubls-run: ln -s /opt/hubls-tools/eslint/node_modules node_modules; node_modules/.bin/eslint --format ./hubls-format.cjs {file}
// hubls-include: eslint.config.mjs hubls-format.cjs
// hubls-tool: eslint
/// <reference path="./globals.d.ts" />
import legacy = require("legacy-lib");
const fs = require("fs");

export function parse(input: any): any {
  return JSON.parse(input);
}

export interface Empty {}
export type Anything = {};
export type Callback = Function;
export type Handler = (cb: Function) => void;
export function greet(name: String, count: Number): string {
  return `${name} ${count}`;
}

export function first(order?: { lines?: string[]; total?: number }): string {
  const lines = order?.lines!;
  const total = order?.total!.toFixed(2);
  return lines.join(",") + total;
}

export class Timer {
  ticks = 0;
  start() {
    const self = this;
    setTimeout(function () { self.ticks++; }, 1000);
  }
}

export const mode = "dark" as "dark";
export const level: 3 = 3 as 3;
export { fs, legacy };
