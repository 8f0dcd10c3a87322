// Checks a template an operator wrote before Quartier stores it: lengths per channel, and that every
// {{placeholder}} is a variable of its kind or an {{#if}}/{{#unless}} around one. The text is only
// parsed, never compiled, so nothing an operator types can run while it is being checked.
import { ValidationError } from '@quartier/platform';
import Handlebars from 'handlebars';
import { COMMON_VARIABLES, kindDefinition, USER_CHANNELS, type UserChannel, variablesOf } from '../catalog/notification-kinds.js';

const SUBJECT_MAX_LENGTH = 200;
const BODY_MAX_LENGTH: Readonly<Record<UserChannel, number>> = { email: 5000, sms: 640, in_app: 5000 };
const CONDITIONAL_BLOCKS = new Set(['if', 'unless']);

type TextField = 'subject' | 'body';

export function validateTemplate(input: { kind: string; channel: UserChannel; subject: string | null; body: string }): void {
  if (!kindDefinition(input.kind)) throw new ValidationError('kind', `There is no notification called "${input.kind}"`);
  if (!USER_CHANNELS.includes(input.channel)) throw new ValidationError('channel', `Messages can be sent by ${USER_CHANNELS.join(', ')}, not "${input.channel}"`);
  const variables = variablesOf(input.kind);

  if (input.channel === 'sms') {
    if (input.subject !== null && input.subject !== '') throw new ValidationError('subject', 'Text messages have no subject; leave it empty');
  } else {
    const subject = input.subject ?? '';
    const label = input.channel === 'email' ? 'subject' : 'title';
    if (subject.trim() === '') throw new ValidationError('subject', `Enter a ${label}`);
    if (subject.length > SUBJECT_MAX_LENGTH) throw new ValidationError('subject', `The ${label} can have at most ${SUBJECT_MAX_LENGTH} characters; it has ${subject.length}`);
    if (/[\r\n]/.test(subject)) throw new ValidationError('subject', `The ${label} must fit on one line`);
    checkPlaceholders('subject', subject, variables);
  }

  const maxLength = BODY_MAX_LENGTH[input.channel];
  if (input.body.trim() === '') throw new ValidationError('body', 'Enter the message text');
  if (input.body.length > maxLength) throw new ValidationError('body', `The message text can have at most ${maxLength} characters; it has ${input.body.length}`);
  checkPlaceholders('body', input.body, variables);
}

function checkPlaceholders(field: TextField, text: string, variables: readonly string[]): void {
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(text);
  } catch (error) {
    throw syntaxError(field, text, error);
  }
  new PlaceholderCheck(field, text, variables).program(program);
}

/** Walks the parsed template and refuses the first node that is not a plain variable or a conditional. */
class PlaceholderCheck {
  private readonly lines: string[];

  constructor(
    private readonly field: TextField,
    text: string,
    private readonly variables: readonly string[],
  ) {
    // Handlebars counts \r\n, \r and \n each as one line break; locations must match its count.
    this.lines = text.split(/\r\n?|\n/);
  }

  program(program: hbs.AST.Program | undefined): void {
    for (const statement of program?.body ?? []) this.statement(statement);
  }

  private statement(node: hbs.AST.Statement): void {
    switch (node.type) {
      case 'ContentStatement':
      case 'CommentStatement':
        return;
      case 'MustacheStatement':
        return this.mustache(node as hbs.AST.MustacheStatement);
      case 'BlockStatement':
        return this.block(node as hbs.AST.BlockStatement);
      case 'PartialStatement':
      case 'PartialBlockStatement':
        throw this.refuse(`${this.quote(node)} would insert another template, which messages cannot do; write the text here instead`);
      default:
        throw this.refuse(`${this.quote(node)} is not supported; ${this.howToInsert()}`);
    }
  }

  private mustache(node: hbs.AST.MustacheStatement): void {
    if (node.path.type !== 'PathExpression') throw this.refuse(`${this.quote(node)} is not supported; ${this.howToInsert()}`);
    const path = node.path as hbs.AST.PathExpression;
    if (!node.escaped) {
      const name = this.isPlainName(path) ? path.original : this.exampleVariable();
      throw this.refuse(`${this.quote(node)} is not supported; write variables with two braces and nothing else, like {{${name}}}`);
    }
    if (node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0) {
      // "{{formatDate startsAt}}": the variable the operator meant is the best example to offer.
      const meant = [path, ...node.params].find((expression) => expression.type === 'PathExpression' && this.isKnownVariable(expression as hbs.AST.PathExpression));
      throw this.refuse(`${this.quote(node)} is not supported; ${this.howToInsert(meant ? (meant as hbs.AST.PathExpression).original : undefined)}`);
    }
    this.variable(node, path);
  }

  private block(node: hbs.AST.BlockStatement): void {
    const name = node.path.original;
    if (!this.isPlainName(node.path) || !CONDITIONAL_BLOCKS.has(name)) {
      throw this.refuse(`${this.quote(node)} is not supported; the only blocks a message can use are {{#if variable}} … {{/if}} and {{#unless variable}} … {{/unless}}`);
    }
    const [argument] = node.params;
    const blockParams = node.program?.blockParams ?? [];
    if (node.params.length !== 1 || !argument || argument.type !== 'PathExpression' || (node.hash?.pairs.length ?? 0) > 0 || blockParams.length > 0) {
      throw this.refuse(`${this.quote(node)} is not supported; {{#${name}}} takes exactly one variable, like {{#${name} ${this.exampleVariable()}}}`);
    }
    this.variable(node, argument as hbs.AST.PathExpression);
    this.program(node.program);
    this.program(node.inverse);
  }

  private variable(node: hbs.AST.Node, path: hbs.AST.PathExpression): void {
    if (!this.isPlainName(path)) {
      throw this.refuse(`${this.quote(node)} is not supported; write the variable name alone, like {{${path.parts.at(-1) || this.exampleVariable()}}}`);
    }
    if (!this.isKnownVariable(path)) {
      throw this.refuse(`Unknown variable {{${path.original}}}; this message can use: ${this.variables.join(', ')}`);
    }
  }

  /** `name` only: no `this`, `../`, `@data`, `a.b` or `./name`. */
  private isPlainName(path: hbs.AST.PathExpression): boolean {
    return !path.data && path.depth === 0 && path.parts.length === 1 && path.original === path.parts[0];
  }

  private isKnownVariable(path: hbs.AST.PathExpression): boolean {
    return this.isPlainName(path) && this.variables.includes(path.original);
  }

  private howToInsert(example = this.exampleVariable()): string {
    return `a placeholder holds one variable name, like {{${example}}}`;
  }

  /** The kind's own first variable makes the most telling example; kinds without one get recipientName. */
  private exampleVariable(): string {
    return this.variables[COMMON_VARIABLES.length] ?? 'recipientName';
  }

  /** The placeholder as the operator typed it: from its opening braces to the first closing ones. */
  private quote(node: hbs.AST.Node): string {
    const line = this.lines[node.loc.start.line - 1] ?? '';
    const from = line.slice(node.loc.start.column);
    const close = /\}{2,4}/.exec(from);
    const placeholder = close ? from.slice(0, close.index + close[0].length) : from;
    return `"${placeholder.length > 60 ? `${placeholder.slice(0, 57)}...` : placeholder}"`;
  }

  private refuse(message: string): ValidationError {
    return new ValidationError(this.field, message);
  }
}

/** Turns Handlebars' parser message (tokens, carets) into something an operator can act on. */
function syntaxError(field: TextField, text: string, error: unknown): ValidationError {
  const message = error instanceof Error ? error.message : String(error);
  const lineNumber = (error as { lineNumber?: unknown } | null)?.lineNumber;
  const line = typeof lineNumber === 'number' ? lineNumber : Number(/on line (\d+)/.exec(message)?.[1] ?? Number.NaN);
  const where = Number.isFinite(line) ? ` on line ${line}` : '';
  const what = field === 'subject' ? 'subject' : 'message text';
  return new ValidationError(field, `The ${what} has a placeholder problem${where}: ${describeSyntaxProblem(message, text)}`);
}

function describeSyntaxProblem(message: string, text: string): string {
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(message);
  if (mismatch) return `{{#${mismatch[1]}}} is closed with {{/${mismatch[2]}}}; close it with {{/${mismatch[1]}}}`;
  if (/got 'EOF'/.test(message) && /OPEN_ENDBLOCK/.test(message)) {
    const opener = unclosedBlock(text);
    return opener
      ? `the block ${opener.tag} that starts on line ${opener.line} is never closed; end it with {{/${opener.name}}}`
      : 'a block that starts with {{#if …}} or {{#unless …}} is never closed; end it with {{/if}} or {{/unless}}';
  }
  if (/got 'OPEN_ENDBLOCK'/.test(message)) return 'a {{/…}} closes a block that was never opened';
  if (/got 'INVERSE'/.test(message)) return '{{else}} can only be used once, inside an {{#if …}} or {{#unless …}} block';
  return 'every placeholder needs two opening and two closing braces around a variable name, like {{siteName}}';
}

/**
 * Handlebars reports an unclosed block where the text ends; the operator needs the line it opens on.
 * Pairs block tags in order and returns the innermost one left open.
 */
function unclosedBlock(text: string): { tag: string; name: string; line: number } | null {
  const open: { tag: string; name: string; line: number }[] = [];
  for (const match of text.matchAll(/\{\{~?\s*([#/])\s*([^\s}~]+)[^}]*\}\}/g)) {
    const name = match[2] ?? '';
    if (match[1] === '#') open.push({ tag: match[0], name, line: text.slice(0, match.index).split(/\r\n?|\n/).length });
    else if (open.at(-1)?.name === name) open.pop();
  }
  return open.at(-1) ?? null;
}
