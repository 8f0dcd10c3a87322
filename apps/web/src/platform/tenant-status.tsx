// A tenant's status and what a platform admin can do about it: suspend with a reason (kept in the
// audit log) or reactivate. The server's typed errors show next to the reason or above the buttons.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../graphql/client';
import type { TenantSummaryFragment } from './generated/graphql';
import type { TenantStatus } from './messages';
import { ReactivateTenantMutation, SuspendTenantMutation } from './operations';
import { usePlatformI18n } from './platform-i18n';
import { usePlatformSession } from './platform-session';

export type Tenant = TenantSummaryFragment;

function statusOf(tenant: Tenant): TenantStatus {
  return tenant.status === 'suspended' || tenant.status === 'provisioning' ? tenant.status : 'active';
}

export function StatusBadge({ tenant }: { tenant: Tenant }) {
  const { t } = usePlatformI18n();
  const status = statusOf(tenant);
  return (
    <span className={`tenant-status tenant-status--${status}`} data-testid="tenant-status">
      {t.status[status]}
    </span>
  );
}

export function TenantStatusActions({ tenant, onChanged }: { tenant: Tenant; onChanged(tenant: Tenant): void }) {
  const { t } = usePlatformI18n();
  const session = usePlatformSession();
  const [suspending, setSuspending] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useEffect(() => {
    if (suspending) reasonRef.current?.focus();
  }, [suspending]);

  const explain = (error: unknown) => {
    if (error instanceof ApiError && error.field === 'reason') {
      setReasonError(t.suspension.reasonInvalid);
      reasonRef.current?.focus();
    } else setFailure(error instanceof ApiError && error.code === 'CONFLICT' ? t.suspension.alreadyChanged : t.suspension.failed);
  };

  const suspend = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed.length < 3 || trimmed.length > 500) {
      setReasonError(t.suspension.reasonInvalid);
      reasonRef.current?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const { suspendTenant } = await session.call(SuspendTenantMutation, { id: tenant.id, reason: trimmed });
      setSuspending(false);
      setReason('');
      onChanged(suspendTenant);
    } catch (error) {
      explain(error);
    } finally {
      setBusy(false);
    }
  };

  const reactivate = async () => {
    setBusy(true);
    setFailure(null);
    try {
      onChanged((await session.call(ReactivateTenantMutation, { id: tenant.id })).reactivateTenant);
    } catch (error) {
      explain(error);
    } finally {
      setBusy(false);
    }
  };

  const failureNotice = failure ? (
    <p className="notice notice--error tenant-actions__failure" role="alert">
      {failure}
    </p>
  ) : null;

  if (tenant.status === 'suspended') {
    return (
      <div className="tenant-actions">
        <button className="button button--secondary" type="button" onClick={() => void reactivate()} disabled={busy} data-testid="reactivate-tenant">
          {t.suspension.reactivate}
        </button>
        {failureNotice}
      </div>
    );
  }
  if (!suspending) {
    return (
      <div className="tenant-actions">
        <button className="button button--secondary" type="button" onClick={() => setSuspending(true)} data-testid="suspend-tenant">
          {t.suspension.suspend}
        </button>
        {failureNotice}
      </div>
    );
  }
  const described = [reasonError ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(' ');
  return (
    <form className="tenant-actions tenant-actions--form form-stack" onSubmit={suspend} noValidate aria-busy={busy}>
      <div className="field">
        <label htmlFor={id}>{t.suspension.reason}</label>
        <textarea
          id={id}
          ref={reasonRef}
          rows={2}
          value={reason}
          maxLength={500}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={described}
          data-testid="suspend-reason"
          onChange={(event) => {
            setReason(event.target.value);
            setReasonError(null);
          }}
        />
        <p className="field__hint" id={`${id}-hint`}>
          {t.suspension.reasonHint}
        </p>
        {reasonError ? (
          <p className="field__error" id={`${id}-error`} data-testid="suspend-reason-error">
            {reasonError}
          </p>
        ) : null}
      </div>
      {failureNotice}
      <div className="button-row">
        <button className="button button--danger" type="submit" disabled={busy} data-testid="confirm-suspend">
          {t.suspension.confirm}
        </button>
        <button
          className="button button--secondary"
          type="button"
          onClick={() => {
            setSuspending(false);
            setReasonError(null);
          }}
        >
          {t.suspension.cancel}
        </button>
      </div>
    </form>
  );
}
