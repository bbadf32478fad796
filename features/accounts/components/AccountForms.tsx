"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, Notice, TextField } from "@/features/site/components/FormFields";
import { idleFormState, type FormState } from "@/lib/form-state";
import { acceptInvitation, acceptInvitationSignedIn, requestPasswordReset, resetPassword, signIn, verifySignInCode } from "../actions";
import { MIN_PASSWORD_LENGTH } from "../limits";

/* The sign-in, code, reset and invitation forms: plain forms that post to server actions, so they work without JavaScript. */

type Translator = ReturnType<typeof useTranslations<"Account">>;

function useErrors(state: FormState, t: Translator) {
  const message = (key: string | undefined | null) => (key ? t(`errors.${key}` as "errors.required") : null);
  return {
    errorOf: (path: string) => message(state.fieldErrors[path]),
    summary: <ErrorSummary title={t("errorSummary")} formError={message(state.formError)} fieldErrors={Object.entries(state.fieldErrors).map(([path, key]) => ({ path, message: message(key) ?? "" }))} />,
  };
}

function SubmitButton({ pending, label, busyLabel }: { pending: boolean; label: string; busyLabel?: string }) {
  return (
    <button type="submit" className="button-primary" disabled={pending}>
      {pending && busyLabel ? busyLabel : label}
    </button>
  );
}

export function SignInForm({ locale, next }: { locale: string; next: string | null }) {
  const t = useTranslations("Account");
  const [state, action, pending] = useActionState(signIn, idleFormState({ email: "", next: next ?? "" }));
  const { errorOf, summary } = useErrors(state, t);
  return (
    <form action={action} noValidate className="space-y-4" data-testid="sign-in-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={state.values.next ?? ""} />
      {summary}
      <TextField path="email" label={t("email")} value={state.values.email ?? ""} error={errorOf("email")} type="email" autoComplete="username" inputMode="email" dir="ltr" required />
      <TextField path="password" label={t("password")} value="" error={errorOf("password")} type="password" autoComplete="current-password" dir="ltr" required />
      <SubmitButton pending={pending} label={t("signIn")} busyLabel={t("signingIn")} />
    </form>
  );
}

export function SignInCodeForm({ locale, next }: { locale: string; next: string | null }) {
  const t = useTranslations("Account");
  const [state, action, pending] = useActionState(verifySignInCode, idleFormState({ next: next ?? "" }));
  const { errorOf, summary } = useErrors(state, t);
  return (
    <form action={action} noValidate className="space-y-4" data-testid="two-factor-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={state.values.next ?? ""} />
      {summary}
      <TextField path="code" label={t("code")} hint={t("codeHint")} value="" error={errorOf("code")} autoComplete="one-time-code" inputMode="numeric" dir="ltr" required />
      <SubmitButton pending={pending} label={t("verify")} />
    </form>
  );
}

export function ForgotPasswordForm() {
  const t = useTranslations("Account");
  const [state, action, pending] = useActionState(requestPasswordReset, idleFormState({ email: "" }));
  const { errorOf, summary } = useErrors(state, t);
  return (
    <form action={action} noValidate className="space-y-4">
      {state.status === "done" ? <Notice>{t("resetLinkSent")}</Notice> : null}
      {summary}
      <TextField path="email" label={t("email")} value={state.values.email ?? ""} error={errorOf("email")} type="email" autoComplete="username" inputMode="email" dir="ltr" required />
      <SubmitButton pending={pending} label={t("sendResetLink")} />
    </form>
  );
}

function NewPasswordFields({ t, errorOf }: { t: Translator; errorOf: (path: string) => string | null }) {
  return (
    <>
      <TextField path="password" label={t("newPassword")} hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })} value="" error={errorOf("password")} type="password" autoComplete="new-password" dir="ltr" required />
      <TextField path="confirmPassword" label={t("confirmPassword")} value="" error={errorOf("confirmPassword")} type="password" autoComplete="new-password" dir="ltr" required />
    </>
  );
}

export function ResetPasswordForm({ locale, token }: { locale: string; token: string }) {
  const t = useTranslations("Account");
  const [state, action, pending] = useActionState(resetPassword, idleFormState({ token }));
  const { errorOf, summary } = useErrors(state, t);
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {summary}
      <NewPasswordFields t={t} errorOf={errorOf} />
      <SubmitButton pending={pending} label={t("savePassword")} />
    </form>
  );
}

export function InvitationForm({ locale, token, accountExists }: { locale: string; token: string; accountExists: boolean }) {
  const t = useTranslations("Account");
  const [state, action, pending] = useActionState(accountExists ? acceptInvitationSignedIn : acceptInvitation, idleFormState({ token, name: "" }));
  const { errorOf, summary } = useErrors(state, t);
  return (
    <form action={action} noValidate className="space-y-4" data-testid="invitation-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {summary}
      {accountExists ? (
        <>
          <p>{t("invitationExistingAccount")}</p>
          <TextField path="password" label={t("password")} value="" error={errorOf("password")} type="password" autoComplete="current-password" dir="ltr" required />
          <SubmitButton pending={pending} label={t("acceptInvitation")} />
        </>
      ) : (
        <>
          <TextField path="name" label={t("yourName")} hint={t("yourNameHint")} value={state.values.name ?? ""} error={errorOf("name")} autoComplete="name" required />
          <NewPasswordFields t={t} errorOf={errorOf} />
          <SubmitButton pending={pending} label={t("createAccount")} />
        </>
      )}
    </form>
  );
}
