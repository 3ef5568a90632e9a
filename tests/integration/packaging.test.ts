import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

async function bundledImports(entry: string): Promise<{ inputs: string[]; externals: string[] }> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // As electron/build/build-node.mjs: native and heavy runtime modules load from node_modules.
    external: ['electron', 'better-sqlite3', 'pdfmake', 'exceljs', 'archiver', 'unzipper'],
  });
  const outputs = Object.values(result.metafile.outputs);
  return {
    inputs: Object.keys(result.metafile.inputs),
    externals: outputs.flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)),
  };
}

describe('packaging', () => {
  it('electron-builder.yml is a valid configuration for a Windows NSIS x64 build', async () => {
    const { getConfig, validateConfiguration } = await import('app-builder-lib/out/util/config/config');
    const { DebugLogger } = await import('builder-util');
    const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.asarUnpack).toContain('**/*.node');
    // Fuses of the installed app: no Node mode, no inspector, no file:// privileges.
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeCliInspectArguments: false,
      enableNodeOptionsEnvironmentVariable: false,
      grantFileProtocolExtraPrivileges: false,
      onlyLoadAppFromAsar: true,
    });
  });

  it('the browser host never loads electron, so it runs under plain Node', async () => {
    const { externals } = await bundledImports('electron/host/index.ts');
    expect(externals).not.toContain('electron');
    expect(externals).toContain('better-sqlite3');
  });

  it('the preload bundles only the contract besides electron (no Node modules, no database)', async () => {
    const { inputs, externals } = await bundledImports('electron/preload/index.ts');
    expect(externals).toEqual(['electron']);
    expect(inputs.some((file) => file.includes('electron/main'))).toBe(false);
  });
});
