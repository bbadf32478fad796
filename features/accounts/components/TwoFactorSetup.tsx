"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, Notice, TextField } from "@/features/site/components/FormFields";
import { setUpTwoFactor, type TwoFactorSetupState } from "../actions";

const START: TwoFactorSetupState = { status: "idle", formError: null, fieldErrors: {}, values: {}, setup: null };

/**
 * Two-factor setup without JavaScript: the password, then the QR code (drawn
 * on the server), its key as text, the backup codes to keep, and the first
 * code from the app.
 */
export function TwoFactorSetup() {
  const t = useTranslations("Account");
  const [state, action, pending] = useActionState(setUpTwoFactor, START);
  const message = (key: string | undefined | null) => (key ? t(`errors.${key}` as "errors.required") : null);
  const summary = (
    <ErrorSummary title={t("errorSummary")} formError={message(state.formError)} fieldErrors={Object.entries(state.fieldErrors).map(([path, key]) => ({ path, message: message(key) ?? "" }))} />
  );
  const { setup } = state;

  if (state.status === "done") {
    return (
      <div className="space-y-4">
        <Notice>{t("setUpDone")}</Notice>
        {setup ? <BackupCodes codes={setup.backupCodes} /> : null}
      </div>
    );
  }
  if (!setup) {
    return (
      <form action={action} noValidate className="space-y-4" data-testid="two-factor-start">
        <input type="hidden" name="step" value="start" />
        {summary}
        <p>{t("setUpPasswordHint")}</p>
        <TextField path="password" label={t("password")} value="" error={message(state.fieldErrors.password)} type="password" autoComplete="current-password" dir="ltr" required />
        <button type="submit" className="button-primary" disabled={pending}>
          {t("setUpStart")}
        </button>
      </form>
    );
  }
  return (
    <form action={action} noValidate className="space-y-4" data-testid="two-factor-confirm">
      <input type="hidden" name="step" value="confirm" />
      <input type="hidden" name="totpUri" value={setup.totpUri} />
      <input type="hidden" name="backupCodes" value={setup.backupCodes.join(" ")} />
      {summary}
      <p>{t("setUpScan")}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL drawn by the server; nothing to optimize or fetch */}
      <img src={`data:image/svg+xml;base64,${setup.qrSvg}`} alt={t("qrLabel")} width={220} height={220} className="rounded border border-slate-300 bg-white p-2" />
      <p>{t("setUpManual")}</p>
      <p>
        <code dir="ltr" className="break-all rounded bg-slate-100 px-2 py-1 text-lg tracking-wider" data-testid="totp-secret">
          {setup.secret}
        </code>
      </p>
      <BackupCodes codes={setup.backupCodes} />
      <p>{t("setUpConfirm")}</p>
      <TextField path="code" label={t("code")} value="" error={message(state.fieldErrors.code)} autoComplete="one-time-code" inputMode="numeric" dir="ltr" required />
      <button type="submit" className="button-primary" disabled={pending}>
        {t("setUpFinish")}
      </button>
    </form>
  );
}

function BackupCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("Account");
  return (
    <section className="card space-y-2" aria-labelledby="backup-codes-heading">
      <h2 id="backup-codes-heading" className="text-lg">
        {t("backupCodesTitle")}
      </h2>
      <p>{t("backupCodesIntro")}</p>
      <ul className="grid grid-cols-2 gap-1 font-mono" dir="ltr" data-testid="backup-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </section>
  );
}
