// Strict UTF-8 decoding for pickle strings (app/ has no TextDecoder in its type library). Python
// writes str as UTF-8 with lone surrogates passed through; those are decoded too, anything else
// malformed returns null.

export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string | null {
  const units: number[] = [];
  let text = '';
  let i = start;
  while (i < end) {
    const b0 = bytes[i];
    let code: number;
    let extra: number;
    if (b0 < 0x80) [code, extra] = [b0, 0];
    else if (b0 >= 0xc2 && b0 < 0xe0) [code, extra] = [b0 & 0x1f, 1];
    else if (b0 >= 0xe0 && b0 < 0xf0) [code, extra] = [b0 & 0x0f, 2];
    else if (b0 >= 0xf0 && b0 < 0xf5) [code, extra] = [b0 & 0x07, 3];
    else return null;
    for (let k = 1; k <= extra; k++) {
      if (i + k >= end || (bytes[i + k] & 0xc0) !== 0x80) return null;
      code = (code << 6) | (bytes[i + k] & 0x3f);
    }
    const minimum = [0, 0x80, 0x800, 0x10000][extra];
    if (code < minimum || code > 0x10ffff) return null; // overlong or out of range
    i += extra + 1;
    if (code >= 0x10000) {
      code -= 0x10000;
      units.push(0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff));
    } else units.push(code);
    if (units.length >= 4096) {
      text += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return text + String.fromCharCode(...units);
}
