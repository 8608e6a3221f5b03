/** Indices of the n highest positive scores, best first. */
export function topIndices(scores: ArrayLike<number>, n: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i]!;
    if (score <= 0) continue;
    if (top.length === n && score <= scores[top[n - 1]!]!) continue;
    let at = top.length === n ? n - 1 : top.length;
    while (at > 0 && scores[top[at - 1]!]! < score) at--;
    top.splice(at, 0, i);
    if (top.length > n) top.pop();
  }
  return top;
}
