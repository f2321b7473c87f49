/**
 * `prefix` and letters unique to this moment: letters only, because search tokenizes digits apart,
 * and unique, so parallel specs never share a title or name.
 */
export function uniqueWord(prefix: string) {
  let n = Date.now() * 1000 + Math.floor(Math.random() * 1000);
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(97 + (n % 26)) + letters;
    n = Math.floor(n / 26);
  }
  return `${prefix}${letters}`;
}
