import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { INSTALL_HINT, LookupEnv, findOnPath, resolveServer } from '../src/server';

function env(executables: string[], over: Partial<LookupEnv> = {}): LookupEnv {
  const files = new Set(executables);
  return {
    platform: 'linux',
    pathVar: '/usr/local/bin:/usr/bin',
    home: '/home/u',
    extensionPath: '/ext/hubls.hubls-0.1.0',
    isExecutable: (f) => files.has(f),
    ...over,
  };
}

test('the bundled binary comes first when no setting is given', () => {
  const e = env(['/ext/hubls.hubls-0.1.0/server/hubls', '/usr/bin/hubls']);
  assert.deepEqual(resolveServer(undefined, e), { command: '/ext/hubls.hubls-0.1.0/server/hubls', origin: 'bundled' });
  assert.deepEqual(resolveServer('  ', e), { command: '/ext/hubls.hubls-0.1.0/server/hubls', origin: 'bundled' });
});

test('hubls.serverPath overrides the bundled binary', () => {
  const e = env(['/ext/hubls.hubls-0.1.0/server/hubls', '/opt/hubls/bin/hubls', '/usr/bin/hubls', '/home/u/bin/hubls']);
  assert.deepEqual(resolveServer('/opt/hubls/bin/hubls', e), { command: '/opt/hubls/bin/hubls', origin: 'setting' });
  assert.deepEqual(resolveServer('hubls', e), { command: '/usr/bin/hubls', origin: 'setting' });
  assert.deepEqual(resolveServer('~/bin/hubls', e), { command: '/home/u/bin/hubls', origin: 'setting' });
});

test('a wrong hubls.serverPath is named, not silently replaced', () => {
  const e = env(['/ext/hubls.hubls-0.1.0/server/hubls']);
  assert.match(resolveServer('/nope/hubls', e) as string, /"hubls.serverPath" is set to \/nope\/hubls, which is not an executable file/);
  assert.match(resolveServer('hubls-dev', e) as string, /"hubls.serverPath" is set to hubls-dev, which is not on PATH/);
});

test('without a bundled binary: PATH, then ~/.cargo/bin and ~/.local/bin', () => {
  assert.deepEqual(resolveServer(undefined, env(['/usr/bin/hubls', '/home/u/.cargo/bin/hubls'])), { command: '/usr/bin/hubls', origin: 'PATH' });
  assert.deepEqual(resolveServer(undefined, env(['/home/u/.cargo/bin/hubls', '/home/u/.local/bin/hubls'])), { command: '/home/u/.cargo/bin/hubls', origin: 'PATH' });
  assert.deepEqual(resolveServer(undefined, env(['/home/u/.local/bin/hubls'])), { command: '/home/u/.local/bin/hubls', origin: 'PATH' });
});

test('nothing found: the message says how to install', () => {
  const message = resolveServer(undefined, env([]));
  assert.equal(typeof message, 'string');
  assert.ok((message as string).includes(INSTALL_HINT));
  assert.match(message as string, /cargo install hubls/);
  assert.match(message as string, /pip install hubls/);
});

test('Windows: hubls.exe, ;-separated PATH', () => {
  const e = env(['C:\\tools\\hubls.exe'], { platform: 'win32', pathVar: 'C:\\Windows;C:\\tools', home: 'C:\\Users\\u', extensionPath: 'C:\\ext' });
  assert.equal(findOnPath('hubls', e), 'C:\\tools\\hubls.exe');
  assert.deepEqual(resolveServer(undefined, env(['C:\\ext\\server\\hubls.exe'], { platform: 'win32', extensionPath: 'C:\\ext' })),
    { command: 'C:\\ext\\server\\hubls.exe', origin: 'bundled' });
});
