import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import ts from 'typescript';

/** Where a refusal is made: its code, and the facts (detail keys) it carries, when the source says them. */
export interface RefusalSite {
  readonly code: string;
  readonly where: string;
  /** The keys of its details; undefined when they are not written out (a spread, a variable, a key computed). */
  readonly keys: readonly string[] | undefined;
}

export interface RefusalScan {
  readonly sites: readonly RefusalSite[];
  /** Codes the scan could not read (neither a literal nor a known family nor a forwarded parameter), by place. */
  readonly unread: readonly string[];
}

/** A code made at run time from a template (`${what}_not_registered`): the pattern, `*` for each hole, and its values. */
export type CodeFamilies = Readonly<Record<string, readonly string[]>>;

/** A KhaiError class: its fixed code, or which constructor argument carries the code (and its default). */
interface ErrorClass {
  readonly code?: string;
  readonly codeArg?: number;
  readonly codeDefault?: string;
  /** Which constructor argument carries the details; undefined when the constructor builds them itself. */
  readonly detailsArg?: number;
}

/** A code, or keys, not known where they are made: the function's parameter they come from. */
interface Forwarded {
  readonly fn: string;
  readonly param: number;
}

type Code = { readonly code: string } | { readonly family: string } | { readonly forwarded: Forwarded } | undefined;
type Key = string | { readonly forwarded: Forwarded } | undefined;

const SPEC = /\.(spec|int-spec|e2e-spec)\.ts$/;

function sourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'dist') walk(path);
      else if (entry.isFile() && entry.name.endsWith('.ts') && !SPEC.test(entry.name)) files.push(path);
    }
  };
  for (const top of ['apps', 'libs']) walk(join(root, top));
  return files;
}

const nameOf = (node: ts.PropertyName | ts.BindingName): string | undefined =>
  ts.isIdentifier(node) || ts.isStringLiteral(node) ? node.text : undefined;

/** The function a node is in, by name, and the index of a parameter of it called `name`. */
function parameterOf(node: ts.Node, name: string): Forwarded | undefined {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (!ts.isFunctionDeclaration(at) && !ts.isArrowFunction(at) && !ts.isFunctionExpression(at)) continue;
    const param = at.parameters.findIndex((p) => nameOf(p.name) === name);
    if (param < 0) continue;
    const fn = ts.isFunctionDeclaration(at)
      ? at.name?.text
      : ts.isVariableDeclaration(at.parent)
        ? nameOf(at.parent.name)
        : undefined;
    return fn === undefined ? undefined : { fn, param };
  }
  return undefined;
}

function codeOf(arg: ts.Expression): Code {
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return { code: arg.text };
  if (ts.isTemplateExpression(arg))
    return { family: [arg.head.text, ...arg.templateSpans.map((s) => `*${s.literal.text}`)].join('') };
  if (ts.isIdentifier(arg)) {
    const forwarded = parameterOf(arg, arg.text);
    return forwarded && { forwarded };
  }
  return undefined;
}

/** The keys of a details argument written as an object literal; undefined where they cannot be read. */
function keysOf(arg: ts.Expression | undefined): Key[] | undefined {
  if (arg === undefined) return [];
  if (!ts.isObjectLiteralExpression(arg)) return undefined;
  const keys: Key[] = [];
  for (const p of arg.properties) {
    if (ts.isShorthandPropertyAssignment(p)) keys.push(p.name.text);
    else if (ts.isPropertyAssignment(p) && ts.isComputedPropertyName(p.name)) {
      // `{ [field]: value }`: the key is the argument each caller gives for `field`.
      const e = p.name.expression;
      const forwarded = ts.isIdentifier(e) ? parameterOf(e, e.text) : undefined;
      keys.push(forwarded && { forwarded });
    } else if (ts.isPropertyAssignment(p)) keys.push(nameOf(p.name));
    else return undefined;
  }
  return keys;
}

/** The KhaiError classes the sources declare: those extending KhaiError, or one of them. */
function errorClasses(files: readonly ts.SourceFile[]): Map<string, ErrorClass> {
  const classes = new Map<string, ErrorClass>();
  const declarations: ts.ClassDeclaration[] = [];
  for (const file of files)
    for (const n of file.statements) if (ts.isClassDeclaration(n) && n.name) declarations.push(n);
  const base = (c: ts.ClassDeclaration) =>
    c.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression.getText();
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of declarations) {
      const name = c.name!.text;
      const parent = base(c);
      if (classes.has(name) || parent === undefined || (parent !== 'KhaiError' && !classes.has(parent))) continue;
      const inherited = classes.get(parent ?? '') ?? { detailsArg: 1 };
      const field = c.members.find(
        (m): m is ts.PropertyDeclaration => ts.isPropertyDeclaration(m) && nameOf(m.name) === 'code',
      );
      const ctor = c.members.find(ts.isConstructorDeclaration);
      const params = ctor?.parameters.map((p) => nameOf(p.name)) ?? [];
      const codeArg = params.indexOf('code');
      const codeInit = ctor?.parameters[codeArg]?.initializer;
      const detailsArg = ctor ? params.indexOf('details') : inherited.detailsArg;
      classes.set(name, {
        ...(ctor ? {} : inherited),
        ...(field?.initializer && ts.isStringLiteral(field.initializer) ? { code: field.initializer.text } : {}),
        ...(codeArg >= 0 ? { codeArg } : {}),
        ...(codeInit && ts.isStringLiteral(codeInit) ? { codeDefault: codeInit.text } : {}),
        ...(detailsArg !== undefined && detailsArg >= 0 ? { detailsArg } : {}),
      });
      grew = true;
    }
  }
  return classes;
}

/**
 * Every refusal the sources of apps/ and libs/ can make (tests left out): the codes of the KhaiError classes, the
 * code given at each `new` of a class that takes one, and, where that code is a parameter of the function making it
 * (`requireDistinct(keys, code, message)`), the code at each call of that function. Read with the TypeScript
 * compiler, so a code moved, added or built differently is found without a list to keep.
 */
export function scanRefusals(root: string, families: CodeFamilies): RefusalScan {
  const files = sourceFiles(root).map((path) =>
    ts.createSourceFile(relative(root, path), readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true),
  );
  const classes = errorClasses(files);
  const sites: RefusalSite[] = [];
  const unread: string[] = [];
  const where = (n: ts.Node) =>
    `${n.getSourceFile().fileName}:${n.getSourceFile().getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const calls = new Map<string, ts.CallExpression[]>();
  const made: { node: ts.Node; code: Code; keys: Key[] | undefined }[] = [];

  for (const [, c] of classes) if (c.code !== undefined) sites.push({ code: c.code, where: 'class', keys: undefined });
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression)) {
      calls.set(n.expression.text, [...(calls.get(n.expression.text) ?? []), n]);
    }
    const c = ts.isNewExpression(n) && ts.isIdentifier(n.expression) ? classes.get(n.expression.text) : undefined;
    if (c && ts.isNewExpression(n)) {
      const args = n.arguments ?? [];
      const codeArg = c.codeArg === undefined ? undefined : args[c.codeArg];
      const code: Code =
        c.code !== undefined
          ? { code: c.code }
          : codeArg
            ? codeOf(codeArg)
            : c.codeDefault !== undefined
              ? { code: c.codeDefault }
              : undefined;
      made.push({ node: n, code, keys: c.detailsArg === undefined ? undefined : keysOf(args[c.detailsArg]) });
    }
    n.forEachChild(visit);
  };
  files.forEach(visit);

  /** The code and keys of a refusal, its forwarded parameters taken from each call's arguments (calls of calls too). */
  const resolve = (node: ts.Node, code: Code, keys: Key[] | undefined, depth: number): void => {
    const isForwarded = (k: Code | Key): k is { forwarded: Forwarded } => typeof k === 'object' && 'forwarded' in k;
    const fn = [code, ...(keys ?? [])].find(isForwarded)?.forwarded.fn;
    if (fn !== undefined && depth < 5) {
      const callers = calls.get(fn) ?? [];
      if (callers.length === 0) unread.push(`${where(node)} (no call of ${fn})`);
      for (const call of callers) {
        const argument = (k: { forwarded: Forwarded }): Code => {
          const arg = call.arguments[k.forwarded.param];
          return arg && codeOf(arg);
        };
        const nextCode = isForwarded(code) && code.forwarded.fn === fn ? argument(code) : code;
        const nextKeys = keys?.map((k): Key => {
          if (!isForwarded(k) || k.forwarded.fn !== fn) return k;
          const value = argument(k);
          return value && 'code' in value ? value.code : value && 'forwarded' in value ? value : undefined;
        });
        resolve(call, nextCode, nextKeys, depth + 1);
      }
      return;
    }
    const known = keys?.every((k): k is string => typeof k === 'string') ? keys : undefined;
    if (code && 'code' in code) sites.push({ code: code.code, where: where(node), keys: known });
    else if (code && 'family' in code && families[code.family])
      for (const c of families[code.family] ?? []) sites.push({ code: c, where: where(node), keys: known });
    else unread.push(`${where(node)} (${code && 'family' in code ? `family ${code.family}` : 'code not read'})`);
  };
  for (const m of made) resolve(m.node, m.code, m.keys, 0);
  return { sites, unread };
}
