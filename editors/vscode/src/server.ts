// Which hubls binary the extension runs: `hubls.serverPath` when the user set it, else the binary
// bundled in a platform package (`<extension>/server/hubls`), else `hubls` on PATH (or in the
// directories `cargo install` and `pip install --user` use, which a VS Code started from a desktop
// menu may not have on PATH). Pure logic over an injected file system: no `vscode` import, so node's
// test runner tests it.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface ServerBinary {
  command: string;
  origin: 'setting' | 'bundled' | 'PATH';
}

export interface LookupEnv {
  platform: NodeJS.Platform;
  /** The PATH variable. */
  pathVar: string;
  home: string;
  extensionPath: string;
  /** An executable regular file. */
  isExecutable(file: string): boolean;
}

export const INSTALL_HINT = 'Install it with "cargo install hubls" or "pip install hubls", or set "hubls.serverPath".';

export function nodeLookupEnv(extensionPath: string): LookupEnv {
  return {
    platform: process.platform,
    pathVar: process.env.PATH ?? '',
    home: os.homedir(),
    extensionPath,
    isExecutable(file: string): boolean {
      try {
        fs.accessSync(file, process.platform === 'win32' ? fs.constants.F_OK : fs.constants.X_OK);
        return fs.statSync(file).isFile();
      } catch {
        return false;
      }
    },
  };
}

function pathApi(env: LookupEnv): typeof path.posix {
  return env.platform === 'win32' ? path.win32 : path.posix;
}

/** `name` on PATH, then in ~/.cargo/bin and ~/.local/bin. */
export function findOnPath(name: string, env: LookupEnv): string | undefined {
  const p = pathApi(env);
  const windows = env.platform === 'win32';
  const names = windows && !/\.exe$/i.test(name) ? [`${name}.exe`, name] : [name];
  const dirs = env.pathVar.split(windows ? ';' : ':').filter((d) => d.length > 0);
  dirs.push(p.join(env.home, '.cargo', 'bin'), p.join(env.home, '.local', 'bin'));
  for (const dir of dirs) {
    for (const n of names) {
      const candidate = p.join(dir, n);
      if (env.isExecutable(candidate)) {
        return candidate;
      }
    }
  }
  return undefined;
}

/**
 * The server to run, or a message saying why there is none. `configured` is the user's
 * `hubls.serverPath` (undefined or blank when not set).
 */
export function resolveServer(configured: string | undefined, env: LookupEnv): ServerBinary | string {
  const p = pathApi(env);
  const setting = configured?.trim() ?? '';
  if (setting.length > 0) {
    const expanded = setting === '~' || setting.startsWith('~/') ? p.join(env.home, setting.slice(1)) : setting;
    if (expanded.includes('/') || expanded.includes('\\')) {
      return env.isExecutable(expanded)
        ? { command: expanded, origin: 'setting' }
        : `"hubls.serverPath" is set to ${expanded}, which is not an executable file.`;
    }
    const found = findOnPath(expanded, env);
    return found ? { command: found, origin: 'setting' } : `"hubls.serverPath" is set to ${expanded}, which is not on PATH.`;
  }
  const bundled = p.join(env.extensionPath, 'server', env.platform === 'win32' ? 'hubls.exe' : 'hubls');
  if (env.isExecutable(bundled)) {
    return { command: bundled, origin: 'bundled' };
  }
  const found = findOnPath('hubls', env);
  if (found) {
    return { command: found, origin: 'PATH' };
  }
  return `the hubls server was not found: this package has no bundled binary and "hubls" is not on PATH. ${INSTALL_HINT}`;
}
