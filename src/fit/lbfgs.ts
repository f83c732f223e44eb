// Limited-memory BFGS: minimises a smooth function given its value and gradient, keeping the last few
// steps to approximate the inverse Hessian (two-loop recursion), with a backtracking (Armijo) line
// search. Used to fit the query adapter (query-adapter-fit.ts), whose parameters number in the
// hundreds of thousands. Pure.

export interface Objective {
  (x: Float64Array): { value: number; gradient: Float64Array };
}

export interface LbfgsOptions {
  iterations: number;
  /** Steps remembered (the rank of the Hessian approximation). */
  memory?: number;
  /** Stop when an iteration lowers the value by less than this share of it. */
  tolerance?: number;
  /** Called after each iteration (progress). */
  onIteration?: (iteration: number, value: number) => void;
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/** The minimiser found from x0 (x0 is not changed) and the value there. */
export function minimise(f: Objective, x0: Float64Array, options: LbfgsOptions): { x: Float64Array; value: number; iterations: number } {
  const memory = options.memory ?? 10;
  const tolerance = options.tolerance ?? 1e-9;
  let x = Float64Array.from(x0);
  let { value, gradient } = f(x);
  const steps: { s: Float64Array; y: Float64Array; rho: number }[] = [];
  let it = 0;
  for (; it < options.iterations; it++) {
    // Two-loop recursion: direction = −H·gradient.
    const q = Float64Array.from(gradient);
    const alphas: number[] = [];
    for (let k = steps.length - 1; k >= 0; k--) {
      const { s, y, rho } = steps[k]!;
      const a = rho * dot(s, q);
      alphas[k] = a;
      for (let i = 0; i < q.length; i++) q[i]! -= a * y[i]!;
    }
    const last = steps[steps.length - 1];
    const gamma = last ? dot(last.s, last.y) / dot(last.y, last.y) : 1 / Math.max(Math.sqrt(dot(gradient, gradient)), 1e-12);
    for (let i = 0; i < q.length; i++) q[i]! *= gamma;
    for (let k = 0; k < steps.length; k++) {
      const { s, y, rho } = steps[k]!;
      const b = rho * dot(y, q);
      for (let i = 0; i < q.length; i++) q[i]! += s[i]! * (alphas[k]! - b);
    }
    const direction = q.map((v) => -v);
    let slope = dot(direction, gradient);
    if (slope >= 0) {
      // Not a descent direction (curvature lost): restart from steepest descent.
      steps.length = 0;
      for (let i = 0; i < direction.length; i++) direction[i] = -gradient[i]! * gamma;
      slope = dot(direction, gradient);
    }
    let t = 1;
    let xNext = x.map((v, i) => v + t * direction[i]!);
    let next = f(xNext);
    while (next.value > value + 1e-4 * t * slope && t > 1e-10) {
      t /= 2;
      xNext = x.map((v, i) => v + t * direction[i]!);
      next = f(xNext);
    }
    if (next.value > value) break;
    const s = xNext.map((v, i) => v - x[i]!);
    const y = next.gradient.map((v, i) => v - gradient[i]!);
    const sy = dot(s, y);
    if (sy > 1e-12) {
      steps.push({ s, y, rho: 1 / sy });
      if (steps.length > memory) steps.shift();
    }
    const drop = value - next.value;
    x = xNext;
    value = next.value;
    gradient = next.gradient;
    options.onIteration?.(it + 1, value);
    if (drop <= tolerance * Math.abs(value)) {
      it++;
      break;
    }
  }
  return { x, value, iterations: it };
}
