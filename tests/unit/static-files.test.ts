import fs from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { resolveStaticFile } from '../../electron/host/static-files';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir('static');
const root = path.join(temp.dir, 'renderer');

beforeAll(() => {
  fs.mkdirSync(path.join(root, 'assets', 'fonts'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(root, 'assets', 'index-3f2a.js'), '');
  fs.writeFileSync(path.join(root, 'assets', 'index-3f2a.css'), '');
  fs.writeFileSync(path.join(root, 'assets', 'fonts', 'Tinos-Regular.ttf'), '');
  fs.writeFileSync(path.join(root, 'assets', 'blob.bin'), '');
  fs.writeFileSync(path.join(temp.dir, 'secret.txt'), 'SECRET');
  fs.mkdirSync(path.join(temp.dir, 'renderer-evil'));
  fs.writeFileSync(path.join(temp.dir, 'renderer-evil', 'x.js'), '');
});
afterAll(() => temp.cleanup());

const file = (...parts: string[]) => path.join(root, ...parts);

describe('resolveStaticFile', () => {
  it('finds files inside the folder with their content type', () => {
    expect(resolveStaticFile(root, '/index.html')).toEqual({ file: file('index.html'), contentType: 'text/html; charset=utf-8' });
    expect(resolveStaticFile(root, '/assets/index-3f2a.js')).toEqual({
      file: file('assets', 'index-3f2a.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(resolveStaticFile(root, '/assets/index-3f2a.css')?.contentType).toBe('text/css; charset=utf-8');
    expect(resolveStaticFile(root, '/assets/fonts/Tinos-Regular.ttf')?.contentType).toBe('font/ttf');
    expect(resolveStaticFile(root, '/assets/blob.bin')?.contentType).toBe('application/octet-stream');
  });

  it('ignores a query string and decodes the path', () => {
    expect(resolveStaticFile(root, '/assets/index-3f2a.js?v=2')?.file).toBe(file('assets', 'index-3f2a.js'));
    expect(resolveStaticFile(root, '/assets/index%2D3f2a.js')?.file).toBe(file('assets', 'index-3f2a.js'));
  });

  it('falls back to index.html for client routes and folders, not for missing files', () => {
    expect(resolveStaticFile(root, '/')?.file).toBe(file('index.html'));
    expect(resolveStaticFile(root, '/units/12')?.file).toBe(file('index.html'));
    expect(resolveStaticFile(root, '/assets')?.file).toBe(file('index.html'));
    expect(resolveStaticFile(root, '/assets/missing.js')).toBeNull();
  });

  it('answers null when there is no index.html to fall back to', () => {
    expect(resolveStaticFile(path.join(root, 'assets'), '/units')).toBeNull();
  });

  it('never resolves outside the folder', () => {
    for (const urlPath of [
      '/../secret.txt',
      '/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/../renderer-evil/x.js',
      '/%2e%2e/renderer-evil/x.js',
      '..',
      '../secret.txt',
    ]) {
      const found = resolveStaticFile(root, urlPath);
      if (found) expect(found.file === file('index.html') || found.file.startsWith(root + path.sep), urlPath).toBe(true);
      expect(found?.file, urlPath).not.toBe(path.join(temp.dir, 'secret.txt'));
    }
  });

  it('refuses NUL bytes and malformed escapes', () => {
    expect(resolveStaticFile(root, '/index.html%00.js')).toBeNull();
    expect(resolveStaticFile(root, '/%E0%A4%A')).toBeNull();
  });
});
