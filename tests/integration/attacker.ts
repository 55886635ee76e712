/*
 * The attacker of the leak tests (#25): it knows every figure it was shown, as a sum of unknown
 * quantities equal to a number, and every sum anyone knows those quantities obey (a split of a
 * group adds up to the group). It works out everything linear algebra allows: a sum of
 * quantities is known when it is a combination of what was shown. It also uses what every count
 * obeys, that none is negative: a shown nought makes each quantity in it nought.
 *
 * The equations fall apart into independent blocks (figures about one criterion never share a
 * quantity with another's), so each block is solved on its own.
 */

type Row = Map<string, number>;

const tiny = 1e-9;

function minus(a: Row, b: Row, factor: number): Row {
  const out = new Map(a);
  for (const [name, x] of b) {
    const y = (out.get(name) ?? 0) - factor * x;
    if (Math.abs(y) > tiny) out.set(name, y);
    else out.delete(name);
  }
  return out;
}

export class Attacker {
  /** Each equation: a sum of quantities (with their coefficients) minus its value is nought. */
  private readonly equations: { terms: Row; value: number }[] = [];
  private solved: { pivot: string; row: Row; value: number }[] | undefined;

  /** A figure shown: these quantities add up to `value`. */
  saw(terms: string[], value: number) {
    this.solved = undefined;
    this.equations.push({ terms: counted(terms), value });
    if (value === 0)
      for (const term of new Set(terms)) this.equations.push({ terms: counted([term]), value: 0 });
  }

  /** A sum anyone knows: the parts add up to the whole. */
  knowsThat(parts: string[], whole: string[]) {
    this.solved = undefined;
    const terms = counted(parts);
    for (const t of whole) terms.set(t, (terms.get(t) ?? 0) - 1);
    for (const [t, x] of terms) if (Math.abs(x) < tiny) terms.delete(t);
    if (terms.size) this.equations.push({ terms, value: 0 });
  }

  /** The value of this sum of quantities when the attacker can work it out, else undefined. */
  workOut(terms: string[]): number | undefined {
    let row = counted(terms);
    let value = 0;
    for (const { pivot, row: reduced, value: v } of this.reduced()) {
      const x = row.get(pivot);
      if (x === undefined) continue;
      row = minus(row, reduced, x);
      value += x * v;
    }
    return row.size === 0 ? Math.round(value * 1e6) / 1e6 : undefined;
  }

  /** Reduced row echelon form, by blocks of equations that share quantities. */
  private reduced() {
    if (this.solved) return this.solved;
    const solved: { pivot: string; row: Row; value: number }[] = [];
    for (const block of blocks(this.equations)) {
      const rows = block.map((e) => ({ row: new Map(e.terms), value: e.value }));
      const done: { pivot: string; row: Row; value: number }[] = [];
      for (let { row, value } of rows) {
        for (const d of done) {
          const x = row.get(d.pivot);
          if (x === undefined) continue;
          row = minus(row, d.row, x);
          value -= x * d.value;
        }
        const first = row.entries().next();
        if (first.done) continue;
        const [pivot, x] = first.value;
        const scaled = new Map([...row].map(([n, y]) => [n, y / x]));
        const v = value / x;
        // Keep the form reduced: the new pivot leaves every earlier row.
        for (const d of done) {
          const y = d.row.get(pivot);
          if (y === undefined) continue;
          d.row = minus(d.row, scaled, y);
          d.value -= y * v;
        }
        done.push({ pivot, row: scaled, value: v });
      }
      solved.push(...done);
    }
    this.solved = solved;
    return solved;
  }
}

function counted(terms: string[]): Row {
  const row: Row = new Map();
  for (const t of terms) row.set(t, (row.get(t) ?? 0) + 1);
  return row;
}

/** Equations grouped so that no two groups share a quantity (union-find over quantities). */
function blocks<E extends { terms: Row }>(equations: E[]): E[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const e of equations) {
    const names = [...e.terms.keys()];
    for (const n of names) if (!parent.has(n)) parent.set(n, n);
    for (const n of names.slice(1)) parent.set(find(n), find(names[0]!));
  }
  const groups = new Map<string, E[]>();
  for (const e of equations) {
    const first = e.terms.keys().next();
    if (first.done) continue;
    const root = find(first.value);
    const group = groups.get(root);
    if (group) group.push(e);
    else groups.set(root, [e]);
  }
  return [...groups.values()];
}
