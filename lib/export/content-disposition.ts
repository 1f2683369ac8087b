// RFC 5987 attr-char leaves these to percent-encoding, though encodeURIComponent does not.
const encodeExtra = (char: string) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`;

/** `attachment` with an ASCII `filename` for old clients and the exact UTF-8 name in `filename*` (RFC 6266). */
export function exportContentDisposition(filename: string): string {
  const name =
    filename
      .toWellFormed()
      .replace(/\p{Cc}/gu, '')
      .trim() || 'download';
  const asciiName = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\/%]/g, '_');
  const encodedName = encodeURIComponent(name).replace(/['()*]/g, encodeExtra);
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodedName}`;
}
