import zlib from 'node:zlib';

export interface ZipPart {
  name: string;
  data: Buffer;
  /** 8 deflate (default), 0 stored. */
  method?: 0 | 8;
  /** The uncompressed size the directory claims; a zip bomb claims less than it holds. */
  claimedSize?: number;
}

/**
 * A minimal zip writer for hostile test files (lying sizes, thousands of parts) that no real zip
 * library would produce. CRCs are left 0: the guard under test never trusts them.
 */
export function zipFile(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const method = part.method ?? 8;
    const body = method === 8 ? zlib.deflateRawSync(part.data) : part.data;
    const name = Buffer.from(part.name, 'utf8');
    const size = part.claimedSize ?? part.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A worksheet part of `rows` rows of one inline-string cell each, built without holding the rows as objects. */
export function sheetXml(rows: number, cellsPerRow = 1): Buffer {
  const cell = '<c t="inlineStr"><is><t>Xã Đắk Ui</t></is></c>'.repeat(cellsPerRow);
  const chunks: Buffer[] = [
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    ),
  ];
  const batch = 10_000;
  for (let start = 1; start <= rows; start += batch) {
    let text = '';
    for (let r = start; r < Math.min(rows + 1, start + batch); r++) text += `<row r="${r}">${cell}</row>`;
    chunks.push(Buffer.from(text));
  }
  chunks.push(Buffer.from('</sheetData></worksheet>'));
  return Buffer.concat(chunks);
}
