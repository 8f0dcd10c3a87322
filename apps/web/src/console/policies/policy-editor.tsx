// Policies: one section per kind with the version in force (number, when, by whom), its document in a
// JSON editor saved as a new version (updatePolicy), and the versions before it. The page checks that
// the text is a JSON object first; the server's refusal names a path inside the document, shown with
// its reason under the editor, and nothing is stored.
import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../graphql/client';
import type { PolicyKind, PolicyVersionFieldsFragment as PolicyVersion } from '../../graphql/generated/graphql';
import { Link } from '../../link';
import { useSession } from '../../session/session';
import { useSite } from '../../tenant/site';
import { useRemote } from '../../use-remote';
import { LoadFailed } from '../load-failed';
import type { ConsoleMessages } from '../messages';
import { consoleHref } from '../routes';
import { policyMessages, type PolicyMessages } from './messages';
import { documentText, parseDocument, refusedPath } from './policy-document';
import { PoliciesQuery, PolicyHistoryQuery, UpdatePolicyMutation } from './operations';
import './policies.css';

/** The kinds in the order an operator usually needs them; branding last, as it has its own editor. */
const KINDS: PolicyKind[] = ['PRICING', 'VETTING', 'SLA', 'CANCELLATION', 'PAYOUTS', 'REWARDS', 'REVIEWS', 'BRANDING'];

const QUERY_FIELD: Record<PolicyKind, 'pricing' | 'vetting' | 'sla' | 'cancellation' | 'payouts' | 'rewards' | 'reviews' | 'branding'> = {
  PRICING: 'pricing',
  VETTING: 'vetting',
  SLA: 'sla',
  CANCELLATION: 'cancellation',
  PAYOUTS: 'payouts',
  REWARDS: 'rewards',
  REVIEWS: 'reviews',
  BRANDING: 'branding',
};

type Problem = { kind: 'json'; text: string } | { kind: 'field'; path: string; reason: string } | null;

function useAuthor(p: PolicyMessages): (createdBy: string) => string {
  const { account } = useSession();
  const viewerId = account.status === 'signed-in' ? account.viewer.id : null;
  return (createdBy) => {
    const [who, id] = createdBy.split(':');
    if (who === 'user') return id === viewerId ? p.by.you : p.by.operator;
    if (who === 'platform_admin') return p.by.platform;
    if (who === 'system') return p.by.system;
    return p.by.unknown;
  };
}

function History({ c, p, kind, current }: { c: ConsoleMessages; p: PolicyMessages; kind: PolicyKind; current: PolicyVersion }) {
  const session = useSession();
  const { format } = useSite();
  const author = useAuthor(p);
  const [open, setOpen] = useState(false);
  // Loaded when first opened, and again once a save made a new version.
  const [remote, reload] = useRemote(open ? `history:${kind}:${current.version}` : null, (signal) => session.call(PolicyHistoryQuery, { kind }, { signal }));
  return (
    <details className="policy-history" onToggle={(event) => setOpen(event.currentTarget.open)} data-testid="policy-history">
      <summary>{p.history(current.version)}</summary>
      {!open ? null : remote.status === 'loading' ? (
        <p className="muted" role="status">
          {p.historyLoading}
        </p>
      ) : remote.status === 'failed' ? (
        <p className="notice notice--error" role="alert">
          {c.failed}{' '}
          <button className="button button--secondary" type="button" onClick={reload}>
            {c.retry}
          </button>
        </p>
      ) : remote.data.tenantPolicyHistory.edges.length === 0 ? (
        <p className="muted">{p.historyEmpty}</p>
      ) : (
        <>
          <ol className="policy-history__list">
            {remote.data.tenantPolicyHistory.edges.map(({ node }) => (
              <li key={node.version} data-testid="policy-version" data-version={node.version}>
                <p>
                  <strong>{p.version(node.version)}</strong>
                  {node.version === current.version ? <span className="status">{p.inForce}</span> : null}
                  <span className="muted">
                    {' '}
                    {format.dateTime(node.createdAt)} · {author(node.createdBy)}
                  </span>
                </p>
                <details>
                  <summary>{p.showDocument}</summary>
                  <pre className="policy-document" tabIndex={0}>
                    {JSON.stringify(node.document, null, 2)}
                  </pre>
                </details>
              </li>
            ))}
          </ol>
          {remote.data.tenantPolicyHistory.pageInfo.hasNextPage ? (
            <p className="muted">{p.historyShown(remote.data.tenantPolicyHistory.edges.length, remote.data.tenantPolicyHistory.totalCount)}</p>
          ) : null}
        </>
      )}
    </details>
  );
}

function PolicySection({ c, p, kind, initial }: { c: ConsoleMessages; p: PolicyMessages; kind: PolicyKind; initial: PolicyVersion | null }) {
  const session = useSession();
  const { format } = useSite();
  const author = useAuthor(p);
  const titleId = useId();
  const editorId = useId();
  const [current, setCurrent] = useState(initial);
  const [text, setText] = useState(() => documentText(initial));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const editor = useRef<HTMLTextAreaElement>(null);
  const name = p.kinds[kind].name;
  const dirty = text !== documentText(current);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setRefusal(null);
    setSaved(null);
    const parsed = parseDocument(p, text);
    if ('problem' in parsed) {
      setProblem({ kind: 'json', text: parsed.problem });
      editor.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const { updatePolicy } = await session.call(UpdatePolicyMutation, { kind, document: parsed.document });
      setCurrent(updatePolicy);
      setText(documentText(updatePolicy));
      setSaved(updatePolicy.version);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError('INTERNAL', 'Saving failed');
      if (apiError.code === 'BAD_USER_INPUT') {
        setProblem({ kind: 'field', ...refusedPath(apiError) });
        editor.current?.focus();
      } else {
        setRefusal(apiError.code === 'FORBIDDEN' ? c.forbidden : apiError.code === 'CONFLICT' ? p.errors.conflict : c.failed);
      }
    } finally {
      setBusy(false);
    }
  };

  const discard = () => {
    setText(documentText(current));
    setProblem(null);
    setSaved(null);
  };

  const lines = text.split('\n').length;
  const described = [problem ? `${editorId}-error` : null, `${editorId}-hint`].filter(Boolean).join(' ');
  return (
    <section className="panel policy" id={`policy-${kind}`} aria-labelledby={titleId} data-testid={`policy-${kind}`}>
      <h2 id={titleId}>{name}</h2>
      <p className="muted">{p.kinds[kind].about}</p>
      {kind === 'BRANDING' ? (
        <p>
          <Link href={consoleHref.branding()}>{p.brandingEditor}</Link>
        </p>
      ) : null}
      <p data-testid="policy-current">{current ? p.current(current.version, format.dateTime(current.createdAt), author(current.createdBy)) : p.notSet}</p>
      <form className="policy-form" onSubmit={(event) => void save(event)} noValidate>
        <div className="field">
          <label htmlFor={editorId}>
            {p.document}: {name}
          </label>
          <textarea
            id={editorId}
            ref={editor}
            className="policy-document"
            rows={Math.min(24, Math.max(6, lines))}
            spellCheck={false}
            autoCapitalize="none"
            autoCorrect="off"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setSaved(null);
            }}
            aria-invalid={problem ? true : undefined}
            aria-describedby={described}
          />
          <p className="field__hint" id={`${editorId}-hint`}>
            {p.documentHint}
          </p>
          {problem ? (
            <p className="field__error" id={`${editorId}-error`} data-testid="policy-error">
              {problem.kind === 'json' ? (
                problem.text
              ) : (
                <>
                  {p.errors.refused} <code data-testid="policy-error-path">{problem.path || 'document'}</code>
                  {problem.reason ? (
                    <>
                      {': '}
                      <span lang="en">{problem.reason}</span>
                    </>
                  ) : null}
                </>
              )}
            </p>
          ) : null}
        </div>
        {refusal ? (
          <p className="notice notice--error" role="alert">
            {refusal}
          </p>
        ) : null}
        <div role="status">
          {saved !== null ? (
            <p className="notice console-saved" data-testid="policy-saved">
              {p.saved(saved)}
            </p>
          ) : null}
        </div>
        <div className="button-row">
          <button className="button button--primary" type="submit" disabled={busy}>
            {busy ? p.saving : p.save}
          </button>
          {dirty ? (
            <button className="button button--secondary" type="button" onClick={discard}>
              {p.discard}
            </button>
          ) : null}
        </div>
      </form>
      {current ? <History c={c} p={p} kind={kind} current={current} /> : null}
    </section>
  );
}

export function PolicyEditor({ c }: { c: ConsoleMessages }) {
  const session = useSession();
  const { locale } = useSite();
  const p = policyMessages(locale);
  const [remote, reload] = useRemote('policies', (signal) => session.call(PoliciesQuery, {}, { signal }));
  return (
    <section aria-labelledby="console-policies-title" className="policy-editor">
      <h1 id="console-policies-title">{p.title}</h1>
      <p className="page-lead muted">{p.lead}</p>
      {remote.status === 'loading' ? (
        <p className="muted" role="status">
          {p.loading}
        </p>
      ) : remote.status === 'failed' ? (
        <LoadFailed c={c} error={remote.error} retry={reload} />
      ) : (
        <>
          <nav aria-label={p.contents}>
            <ul className="policy-contents">
              {KINDS.map((kind) => (
                <li key={kind}>
                  <a href={`#policy-${kind}`}>{p.kinds[kind].name}</a>
                </li>
              ))}
            </ul>
          </nav>
          {KINDS.map((kind) => (
            <PolicySection key={kind} c={c} p={p} kind={kind} initial={remote.data[QUERY_FIELD[kind]] ?? null} />
          ))}
        </>
      )}
    </section>
  );
}
