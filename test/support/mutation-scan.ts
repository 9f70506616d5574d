import ts from 'typescript';

/** A function of the renderer that can send more than one change to the backend in one go. */
export type SequencedMutations = {
  readonly line: number;
  readonly name: string;
  /** The changing methods it calls, in the order written. */
  readonly methods: readonly string[];
};

type Tally = { readonly most: number; readonly methods: readonly string[] };

const NONE: Tally = { most: 0, methods: [] };
const then = (a: Tally, b: Tally): Tally => ({ most: a.most + b.most, methods: [...a.methods, ...b.methods] });
const either = (a: Tally, b: Tally): Tally => ({ most: Math.max(a.most, b.most), methods: [...a.methods, ...b.methods] });
/** What runs once per element or per turn may run many times: twice stands for many. */
const repeated = (t: Tally): Tally => ({ most: t.most * 2, methods: t.methods });

const ITERATING = new Set(['map', 'flatMap', 'forEach', 'reduce', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast']);

const isFunction = (node: ts.Node): node is ts.FunctionLikeDeclaration =>
  ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node);

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
}

/**
 * A callback handed to a call runs as part of the function that hands it over (`run(async () => ...)`, `.then(...)`),
 * except one handed to a React hook, which keeps it for later: a handler of its own.
 */
function runsInline(fn: ts.Node): boolean {
  const parent = fn.parent;
  if (!(ts.isCallExpression(parent) || ts.isNewExpression(parent)) || !(parent.arguments ?? []).some((a) => a === fn)) return false;
  return !/^use[A-Z]/.test(calleeName(parent));
}

/** `call('minutes.approve', ...)` or `api.call(...)`: the method named, if it is one that changes something. */
function changingMethod(call: ts.CallExpression, changes: (method: string) => boolean): string | undefined {
  if (calleeName(call) !== 'call') return undefined;
  const [first] = call.arguments;
  if (first === undefined || !(ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) return undefined;
  return changes(first.text) ? first.text : undefined;
}

/** A statement after which control never goes on to the next one. */
const exits = (statement: ts.Statement): boolean =>
  ts.isReturnStatement(statement) ||
  ts.isThrowStatement(statement) ||
  (ts.isBlock(statement) && statement.statements.length > 0 && exits(statement.statements[statement.statements.length - 1] as ts.Statement));

function tally(node: ts.Node, changes: (method: string) => boolean): Tally {
  const of = (child: ts.Node | undefined): Tally => (child === undefined ? NONE : tally(child, changes));
  const all = (children: readonly ts.Node[]): Tally => children.reduce((sum, child) => then(sum, of(child)), NONE);
  // `if (x) { ...; return; }` and what follows it are either-or.
  const statements = (list: readonly ts.Statement[]): Tally => {
    const at = list.findIndex((s) => ts.isIfStatement(s) && s.elseStatement === undefined && exits(s.thenStatement));
    const guard = list[at];
    if (guard === undefined || !ts.isIfStatement(guard)) return all(list);
    return then(all(list.slice(0, at)), then(of(guard.expression), either(of(guard.thenStatement), statements(list.slice(at + 1)))));
  };
  if (isFunction(node)) return runsInline(node) ? of(node.body) : NONE;
  if (ts.isBlock(node)) return statements(node.statements);
  if (ts.isConditionalExpression(node)) return then(of(node.condition), either(of(node.whenTrue), of(node.whenFalse)));
  if (ts.isIfStatement(node)) return then(of(node.expression), either(of(node.thenStatement), of(node.elseStatement)));
  if (ts.isSwitchStatement(node)) {
    return then(
      of(node.expression),
      node.caseBlock.clauses.reduce((most, clause) => either(most, all(clause.statements)), NONE),
    );
  }
  if (ts.isForStatement(node))
    return then(all([node.initializer, node.condition, node.incrementor].filter((n) => n !== undefined)), repeated(of(node.statement)));
  if (ts.isForOfStatement(node) || ts.isForInStatement(node) || ts.isWhileStatement(node) || ts.isDoStatement(node)) {
    return then(of(node.expression), repeated(of(node.statement)));
  }
  if (ts.isCallExpression(node)) {
    const method = changingMethod(node, changes);
    const own: Tally = method === undefined ? NONE : { most: 1, methods: [method] };
    const args = ITERATING.has(calleeName(node)) ? repeated(all(node.arguments)) : all(node.arguments);
    return then(then(of(node.expression), args), own);
  }
  return all(node.getChildren());
}

function nameOf(fn: ts.FunctionLikeDeclaration): string {
  if (fn.name !== undefined && (ts.isIdentifier(fn.name) || ts.isStringLiteral(fn.name))) return fn.name.text;
  const parent = fn.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isJsxExpression(parent) && ts.isJsxAttribute(parent.parent)) return `${parent.parent.name.getText()} handler`;
  if (ts.isCallExpression(parent)) return `callback of ${calleeName(parent)}`;
  return 'an unnamed function';
}

/**
 * Every function in `source` that can call two or more changing methods of the contract in one run: in sequence,
 * in a loop, or through callbacks it runs. Either-or branches count as one. A function handed to a React hook,
 * or set as a JSX handler, is judged on its own.
 */
export function sequencedMutations(fileName: string, source: string, changes: (method: string) => boolean): SequencedMutations[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: SequencedMutations[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunction(node) && !runsInline(node) && node.body !== undefined) {
      const counted = tally(node.body, changes);
      if (counted.most >= 2) {
        found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, name: nameOf(node), methods: counted.methods });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
