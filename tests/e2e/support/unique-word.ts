let calls = 0;

/** A whole number in the letters a–z (base 26). */
function letters(n: number): string {
  let text = "";
  do {
    text = String.fromCharCode(97 + (n % 26)) + text;
    n = Math.floor(n / 26);
  } while (n > 0);
  return text;
}

/**
 * `prefix` and letters unique to this moment: letters only, because search tokenizes digits apart,
 * and unique, so parallel specs never share a title or name (time, a per-process counter and a
 * random part: two workers would have to meet in the same millisecond, call and 1 in 456 976).
 */
export function uniqueWord(prefix: string) {
  calls += 1;
  return `${prefix}${letters(Date.now())}${letters(calls)}${letters(Math.floor(Math.random() * 26 ** 4))}`;
}
